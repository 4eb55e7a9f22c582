"""The clean stage: recognise site furniture (page chrome that is not the article) by general rules.

Rules, in the order they apply to a plain-text page (never to one outlet's
sentences):

1. *Pattern lines* anywhere: reading time ("Lesezeit: 3 Minuten",
   "5 min read"), share and comment widgets ("Diesen Artikel teilen",
   "Kommentare (0)", "Share this article"), copyright lines ("© 2024 …",
   "Alle Rechte vorbehalten", "All rights reserved"), section links
   ("Russland: Neueste Nachrichten", "More news"), time stamps
   ("Stand: 19.06.2024 11:47 Uhr"), bylines ("Durch …", "Von …", "By …",
   recorded as the author).
2. *Header zone*: after the title, a block of lines (no blank line between
   them) in which most lines are furniture is furniture as a whole: the
   image caption standing in it goes with it.
3. *Footer zone*: scanning back from the end, pattern lines, short lines
   that are not sentences (no final punctuation, at most six words), and
   paragraphs that name the publisher of the copyright line (its
   self-description) are furniture, until the first paragraph of prose.
4. Lines repeated across many articles of one outlet
   (:func:`repeated_lines`), applied by the loader across the corpus.

Every removed line is returned with its reason so that it can be audited.
"""
from __future__ import annotations

import re
from collections import Counter

# Rule 1 patterns: (reason, regex on a stripped line)
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("reading time", re.compile(r"^(lesezeit|lesedauer|reading time|read time)\b.{0,20}\d+\s*(min|minute)", re.I)),
    ("reading time", re.compile(r"^\d+\s*(min\.?|minuten?|minutes?)\s*(read|lesezeit|lesen)?$", re.I)),
    ("share widget", re.compile(r"^(diesen |den )?(artikel|beitrag|seite)\s+(teilen|drucken|versenden|merken)$", re.I)),
    ("share widget", re.compile(r"^(share|teilen|tweet|print|drucken|e-?mail)( this( article| story)?| on \w+)?$", re.I)),
    ("share widget", re.compile(r"^[-•·|]?\s*(in|fb|x|li|wa|linkedin|facebook|twitter|whatsapp|telegram|mail)$", re.I)),
    ("comment widget", re.compile(r"^(kommentare?|comments?)\s*(\(\d+\)|\d+)?$", re.I)),
    ("comment widget", re.compile(r"^(kommentar|comment)\s+(veröffentlichen|schreiben|abgeben|posten|post|write|leave|add)", re.I)),
    ("comment widget", re.compile(r"^(leave|add|post|write) a (comment|reply)", re.I)),
    ("copyright", re.compile(r"^(©|\(c\)|copyright\b)", re.I)),
    ("copyright", re.compile(r"(alle rechte vorbehalten|all rights reserved)\.?$", re.I)),
    ("section link", re.compile(r"^[\w .\-–]{1,40}:\s*(neueste|aktuelle|weitere|mehr) (nachrichten|news|artikel|meldungen)$", re.I)),
    ("section link", re.compile(r"^(more|latest|related) (news|stories|articles)( from| on| about)?[\w .\-]{0,30}$", re.I)),
    ("section link", re.compile(r"^(mehr zum thema|weitere artikel|lesen sie auch|auch interessant|read more|see also)\b.{0,60}$", re.I)),
    ("time stamp", re.compile(r"^stand:\s*\d{1,2}\.\d{1,2}\.\d{2,4}(\s+\d{1,2}:\d{2}(\s*uhr)?)?$", re.I)),
    ("time stamp", re.compile(r"^(updated|published|aktualisiert|veröffentlicht)( am| on)?:?\s*[\w .,:]{4,40}$", re.I)),
]

_BYLINE = re.compile(
    r"^(?i:von|durch|by|text:|autor:|author:)\s+"
    r"(?P<author>[A-ZÄÖÜ][\w'’.\-]+(?:\s+(?:und|and|&|von|van|de|der)?\s*[A-ZÄÖÜ][\w'’.\-]+){0,4})\s*$",
)
_SENTENCE_END = re.compile(r"[.!?:;…\"”“»«'’)]\s*$")
_COPYRIGHT_HOLDER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<holder>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})",
    re.I,
)


def classify_line(line: str) -> str | None:
    """The furniture reason for one line, ``"byline"``, or ``None`` for prose."""
    s = line.strip()
    if not s:
        return None
    if _BYLINE.match(s):
        return "byline"
    for reason, pat in _PATTERNS:
        if pat.search(s):
            return reason
    return None


def byline_author(line: str) -> str | None:
    """The author named in a byline ("Durch Ernst Müller" → "Ernst Müller"), else ``None``."""
    m = _BYLINE.match(line.strip())
    return m.group("author") if m else None


def copyright_holder(line: str) -> str | None:
    """The holder named in a copyright line ("© 2024 NewsWorld™. …" → "NewsWorld")."""
    m = _COPYRIGHT_HOLDER.search(line.strip())
    if not m:
        return None
    holder = m.group("holder").rstrip(".™®")
    return holder.replace("™", "").replace("®", "").strip() or None


def _is_short_non_sentence(line: str, max_words: int = 6) -> bool:
    s = line.strip()
    return bool(s) and len(s.split()) <= max_words and not _SENTENCE_END.search(s)


def _blocks(lines: list[str]) -> list[list[int]]:
    """Indices of lines grouped into blocks separated by blank lines."""
    blocks, cur = [], []
    for i, line in enumerate(lines):
        if line.strip():
            cur.append(i)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def strip_furniture(lines: list[str], *, has_title: bool = False) -> tuple[list[int], dict[int, str], dict]:
    """Decide which lines of a page are furniture.

    Parameters
    ----------
    lines : list of str
        The page split on newlines.
    has_title : bool
        True when the first non-blank line is the title (plain-text pages):
        it is then neither body nor furniture.

    Returns
    -------
    keep : list of int
        Indices of the body lines, in order.
    removed : dict
        Line index → reason, for every furniture line.
    found : dict
        ``author`` (from a byline), ``publisher`` (from a copyright line),
        ``title_index`` (or ``None``).
    """
    removed: dict[int, str] = {}
    found: dict = {"author": None, "publisher": None, "title_index": None}
    blocks = _blocks(lines)
    if has_title and blocks:
        found["title_index"] = blocks[0][0]
        blocks[0] = blocks[0][1:]
        if not blocks[0]:
            blocks = blocks[1:]
    for block in blocks:
        for i in block:
            reason = classify_line(lines[i])
            if reason:
                removed[i] = reason
                if reason == "byline" and found["author"] is None:
                    found["author"] = byline_author(lines[i])
                if reason == "copyright" and found["publisher"] is None:
                    found["publisher"] = copyright_holder(lines[i])
    # Rule 2: header blocks where most lines are furniture (or short non-sentences)
    for block in blocks:
        flagged = [i for i in block if i in removed or _is_short_non_sentence(lines[i], 3)]
        if any(i in removed for i in block) and len(flagged) * 2 > len(block):
            for i in block:
                removed.setdefault(i, "furniture block (caption or widget)")
        elif not all(i in removed for i in block):
            break  # first prose block ends the header zone
    # Rule 3: footer zone, scanning back from the end
    publisher = found["publisher"]
    for block in reversed(blocks):
        text = " ".join(lines[i] for i in block)
        if all(i in removed for i in block):
            continue
        if publisher and re.search(rf"\b{re.escape(publisher)}", text):
            for i in block:
                removed.setdefault(i, "publisher self-description")
            continue
        if all(i in removed or _is_short_non_sentence(lines[i]) for i in block):
            for i in block:
                removed.setdefault(i, "short non-sentence line in footer")
            continue
        break
    keep = [i for i, line in enumerate(lines) if line.strip() and i not in removed and i != found["title_index"]]
    return keep, removed, found


def repeated_lines(texts: list[str], *, min_articles: int = 5, min_share: float = 0.5) -> set[str]:
    """Lines (stripped) that occur in at least ``min_share`` of ``texts``.

    Applied per outlet by the loader: with fewer than ``min_articles`` texts
    nothing is returned, since a line shared by two articles may be a quote.
    Lines of more than 200 characters are never counted (prose, not chrome).
    """
    if len(texts) < min_articles:
        return set()
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update({ln.strip() for ln in t.split("\n") if 0 < len(ln.strip()) <= 200})
    threshold = max(2, min_share * len(texts))
    return {ln for ln, n in counts.items() if n >= threshold}
