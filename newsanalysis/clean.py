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
   (:func:`repeated_lines`, :class:`LineCounter`), applied by the loader
   across the corpus.

The text of every record, whatever its format (plain-text pages after these
furniture rules, JSON, CSV, Parquet, HTML, front-matter pages), is then
cleaned by :func:`clean_text`: glued names and sentences repaired,
datelines and bylines (which fill ``dateline`` and ``author``), boilerplate
lines, echoed titles, teasers, repeated paragraphs and trailers removed, by
general rules and the per-language rules of
``resources/<lang>/boilerplate.yaml``.

Every removed line is returned with its reason so that it can be audited.
"""
from __future__ import annotations

import html as _html
import re
import unicodedata as _ud
from collections import Counter
from functools import lru_cache as _lru_cache

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
# full-width stops and closing brackets too: a Japanese or Chinese paragraph has no spaces, so it is "at most six
# words" long, and without its "。" every paragraph of a Japanese .txt page was footer furniture (trial s14 check)
_SENTENCE_END = re.compile(r"[.!?:;…\"”“»«'’)。！？」』）]\s*$")
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
    counter = LineCounter()
    for t in texts:
        counter.add("", t)
    keys = counter.repeated("", min_articles=min_articles, min_share=min_share)
    return {ln.strip() for t in texts for ln in t.split("\n") if LineCounter.key(ln) in keys}


class LineCounter:
    """Counts, per outlet, the articles each short line (at most 200 characters) occurs in.

    Keeps only a hash of each line, so a corpus can be counted while it
    streams past without keeping a second copy of its text.
    """

    def __init__(self):
        self.counts: dict[str, Counter] = {}
        self.articles: Counter = Counter()

    @staticmethod
    def key(line: str):
        s = line.strip()
        return hash(s) if 0 < len(s) <= 200 else None

    def add(self, outlet: str, text: str) -> None:
        self.articles[outlet] += 1
        keys = {self.key(ln) for ln in text.split("\n")}
        keys.discard(None)
        self.counts.setdefault(outlet, Counter()).update(keys)

    def repeated(self, outlet: str, *, min_articles: int = 5, min_share: float = 0.5) -> set:
        """Hashes of lines found in at least ``min_share`` (and at least 2) of the outlet's articles."""
        n = self.articles[outlet]
        if n < min_articles:
            return set()
        threshold = max(2, min_share * n)
        return {k for k, c in self.counts.get(outlet, {}).items() if c >= threshold}


# --------------------------------------------------------------------------- text records (JSON, CSV, …)
#
# Rules applied by the loader to the text of every record (a plain-text page
# after :func:`strip_furniture` has removed its page furniture). Language rules
# come from ``resources/<lang>/boilerplate.yaml``; see :func:`clean_text`.

# A sentence end glued to the next sentence ("…했다.김 위원장은", "…Label).Singer"): the
# crawler dropped the paragraph break. A lowercase letter, Hangul or closing mark before the
# stop keeps "U.S.A" and "N.Korea" intact; an uppercase letter, Hangul or opening quote after it.
# A quotation mark right after the stop is decided by what it is: a closing mark ("…decision.” The",
# "…partnership.”The") stays with its sentence and the break goes after it, or nowhere when a space
# follows; an opening one ("…said.“We") starts the new paragraph. A straight '"' closes when the
# paragraph so far holds an odd number of them.
_GLUED_SENTENCE = re.compile(r"(?<=[a-z\u00df-\u00ff\uac00-\ud7a3%)\]”\"'’])[.!?](?P<q>[”\"’]?)(?=(?P<next>[A-Z\u00c0-\u00de\uac00-\ud7a3“\"‘\[(]|\s))")
_NEXT_STARTS = re.compile(r"[A-Z\u00c0-\u00de\uac00-\ud7a3“\"‘\[(]")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")


def normalise_text(s):
    """HTML entities decoded (``&#x27;`` → ``'``), Unicode NFC; non-strings are returned unchanged."""
    if not isinstance(s, str):
        return s
    if "&" in s:
        s = _html.unescape(s)
    return _ud.normalize("NFC", s)


@_lru_cache(maxsize=16)
def boilerplate_rules(language: str) -> dict:
    """The compiled rules of ``resources/<language>/boilerplate.yaml`` (empty lists when absent)."""
    import yaml

    from ._tables import resource_path

    p = resource_path(language or "_", "boilerplate.yaml")
    data = yaml.safe_load(p.read_text(encoding="utf-8")) if p.is_file() else {}
    out = {"glued_names": [str(n).strip() for n in (data or {}).get("glued_names") or [] if str(n).strip()],
           "list_items": (data or {}).get("list_items") or {}}
    for key in ("head", "line_start", "lines", "tail"):
        out[key] = [(r["reason"], re.compile(r["pattern"], re.S if key == "tail" else 0), r.get("prefix"), bool(r.get("more")))
                    for r in (data or {}).get(key) or []]
    return out


@_lru_cache(maxsize=16)
def _glued_names(language: str) -> tuple[str, ...]:
    from .actors import actor_aliases

    extra = boilerplate_rules(language).get("glued_names", [])
    # only proper names (every word capitalised): an alias with a lower-case word ("the Kremlin") is a phrase
    # the scraper did not set in bold
    names = {a for a, _ in actor_aliases(language) if " " in a and "'" not in a
             and all(w[:1].isupper() for w in a.split())} | set(extra)
    return tuple(sorted(names, key=len, reverse=True))


@_lru_cache(maxsize=256)
def _glued_name_pattern(names: tuple[str, ...]):
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?P<pre>[a-z])?(?P<name>{alt})(?P<post>[a-z]{{2,}})?")


def repair_glued_names(text: str, language: str) -> tuple[str, int]:
    """Put back the spaces a scraper dropped around multi-word actor names.

    "The respected ComradeKim Jong Unreceived" → "The respected Comrade Kim
    Jong Un received" (KCNA pages set leader names in bold; the scraper lost
    the spaces around them). Names come from the actor table
    (:func:`newsanalysis.actors.actor_aliases`) and the ``glued_names`` of
    ``resources/<lang>/boilerplate.yaml``; only names of two or more words,
    glued to a lowercase letter, are repaired, and only in English: German
    inflects and compounds names ("des südkoreanischen Geheimdienstes",
    "Kremlchef"), which no scraper glued. Returns the text and the number of
    repairs.
    """
    if (language or "").lower() != "en":
        return text, 0
    present = tuple(n for n in _glued_names(language) if n in text)
    if not present:
        return text, 0
    pat = _glued_name_pattern(present)
    n = 0

    def fix(m):
        nonlocal n
        pre, post = m.group("pre"), m.group("post")
        if not pre and not post:
            return m.group(0)
        n += 1
        return (pre + " " if pre else "") + m.group("name") + (" " + post if post else "")

    return pat.sub(fix, text), n


def split_glued_sentences(text: str) -> tuple[str, int]:
    """Insert a paragraph break where a sentence end is glued to the next sentence ("…했다.김 위원장은"),
    after a closing quotation mark that ends the sentence ("…partnership.”The disclosure"), never inside
    a quotation ("…a \"strategic decision.\" North Korea's …" is left as it is)."""
    n = 0

    def fix(m: re.Match) -> str:
        nonlocal n
        stop, q, nxt = m.group(0)[0], m.group("q"), m.group("next")
        if q == '"' or (not q and nxt == '"'):
            para_start = text.rfind("\n", 0, m.start()) + 1
            if text.count('"', para_start, m.start()) % 2 == 0:  # an opening mark: the break goes before it
                if q and nxt.isspace():
                    return m.group(0)
                n += 1
                return stop + "\n" + q
            if not q:
                return m.group(0)
        if nxt.isspace():
            return m.group(0)  # "…decision.” North": the sentence splitter handles it
        n += 1
        return stop + q + "\n"

    return _GLUED_SENTENCE.sub(fix, text), n


# Yonhap's weekly digests glue their items together: "…this week.------------N. Korea's Kim attends
# ceremony SEOUL -- North Korean leader …": a run of dashes and an upper-case dateline inside a paragraph
# start a new paragraph, so that an item's headline ends before its dateline.
_INLINE_BREAK = re.compile(r"\s*-{6,}\s*|(?<=[a-z0-9)\]”\"’'])[ \t]+(?=[A-Z]{3,}(?: [A-Z]{3,}){0,2} -- )")


def split_inline_datelines(text: str) -> tuple[str, int]:
    """Start a paragraph at a run of six or more dashes and before an upper-case dateline inside a paragraph
    ("… in regime SEOUL -- Car license plates …" → "… in regime\n\nSEOUL -- Car license plates …").
    Returns the text and the number of breaks made."""
    n = 0

    def fix(m: re.Match) -> str:
        nonlocal n
        n += 1
        return "\n\n"

    return _INLINE_BREAK.sub(fix, text), n


# A chronology whose line breaks a crawler dropped (Yonhap's "key developments this week"): "Dec. 28 -- <headline>
# <headline> 29 -- <headline> … Jan. 1 -- <headline>". A paragraph that opens with "<Month> <day> --", holds at
# least three day marks "<day> --" and no sentence end is such a list.
_MONTHS_EN = ("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August"
              "|September|October|November|December")
_DAY = r"(?:[1-9]|[12]\d|3[01])"
_CHRONOLOGY_START = re.compile(rf"(?:{_MONTHS_EN})\.? {_DAY} -- ")
_DAY_MARK = re.compile(rf"(?<=\S) (?=(?:(?:{_MONTHS_EN})\.? )?{_DAY} -- )")
_MONTH_END = re.compile(rf"(?:^|\s)(?:{_MONTHS_EN})\.?$")
_SENTENCE_STOP = re.compile(r"\b[a-z]+[.!?](?:\s|$)|[!?]")


def split_chronology(text: str, language: str | None = "en") -> tuple[str, int]:
    """Put the items of a chronology back on paragraphs of their own: before every day mark ("… paper mill
    30 -- N. Korea's Kim inspects …") and, within a day, before a word that opens a headline in the
    language's ``list_items`` rules of ``resources/<lang>/boilerplate.yaml`` ("… cruise missiles N. Korea's
    Kim attends …"), unless the word before it is one of the rules' ``not_after`` words ("… greeting by
    China's Xi to N. Korea's Kim") or the headline before it would have fewer than four words ("Lee urges
    N. Korea to …"). Only a paragraph that opens with "<Month> <day> --", holds at least three day marks
    and no sentence end is a chronology. Returns the text and the number of breaks made."""
    rules = boilerplate_rules((language or "").lower()).get("list_items") or {}
    starts = _headline_start_pattern(tuple(rules.get("headline_starts") or ()))
    not_after = {w.casefold() for w in rules.get("not_after") or ()}
    n = 0
    paras = text.split("\n")
    for i, p in enumerate(paras):
        body = p.strip()
        if not _CHRONOLOGY_START.match(body) or _SENTENCE_STOP.search(body):
            continue
        days: list[str] = []
        for piece in _DAY_MARK.split(body):
            if days and _MONTH_END.search(days[-1]):  # "Dec." | "28 -- …": the month goes with its day
                days[-1] += " " + piece
            else:
                days.append(piece)
        if len(days) < 3:
            continue
        items = []
        for day in days:
            cut = 0
            for m in starts.finditer(day) if starts else ():
                before = day[cut:m.start()].split()
                if len(before) >= 4 and before[-1].casefold() not in not_after:
                    items.append(day[cut:m.start()].strip())
                    cut = m.start()
            items.append(day[cut:].strip())
        n += len(items) - 1
        paras[i] = "\n\n".join(items)
    return "\n".join(paras), n


@_lru_cache(maxsize=16)
def _headline_start_pattern(words: tuple[str, ...]):
    if not words:
        return None
    return re.compile(r"(?<= )(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w.])")


# Kremlin.ru pages put a pop-up card after a person's name: the name reversed ("Lavrov Sergei"), then the
# role, set with plain spaces where the page's own text has no-break spaces after short words. A name
# followed by itself reversed does not occur in prose, so the reversed name opens a card; the card ends
# before " ," or " ." (the page's own punctuation, spaced off), a line break, or a word the page set with a
# no-break space ("… President of the United States of America of\xa0the key results").
_PERSON_CARD = re.compile(
    r"\b(?P<first>[A-Z][\w'\-]+)\s+(?P<last>[A-Z][\w'\-]+)(?P<card> (?P=last) (?P=first)"
    r"(?: [^\s.;:!?]+)*?)(?= [,.](?:\s|$)| \S+\xa0|\xa0|\n|$)")

# For a name whose family name comes first ("Kim Jong-un", "Xi Jinping", "Moon Jae-in") the card's reversed name is
# the name itself: "Kim Jong-un Kim Jong-un Chairman of the State Affairs Commission of the Democratic People’s
# Republic of Korea will pay a\xa0visit". A two-word name followed by itself opens the card, and the card's role runs
# over capitalised words and "of"/"the" only, since the text after it need not have a no-break space (session 13).
_PERSON_CARD_SAME_ORDER = re.compile(
    r"\b(?P<name>[A-Z][\w'\-]+ [A-Z][\w'\-]+)(?P<card> (?P=name)(?: (?:of |the )*[A-Z][\w'’\-]*)*)(?![\w'’\-])")


def remove_person_cards(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Remove the person cards a scraper kept after names on Kremlin.ru pages.

    "Foreign Minister Sergei Lavrov Lavrov Sergei Foreign Minister of Russia
    , Defence Minister …" → "Foreign Minister Sergei Lavrov , Defence Minister
    …"; "Chairman Kim Jong-un Kim Jong-un Chairman of the State Affairs
    Commission of the Democratic People’s Republic of Korea will pay" →
    "Chairman Kim Jong-un will pay" (a family name first: the card repeats the
    name as it is). Returns the text and a list of ``(removed card, "person card")``.
    """
    removed: list[tuple[str, str]] = []

    def cut(m: re.Match) -> str:
        removed.append((m.group("card").strip(), "person card"))
        return m.group("first") + text[m.end("first"):m.start("card")]

    text = _PERSON_CARD.sub(cut, text)

    def cut_same(m: re.Match) -> str:
        removed.append((m.group("card").strip(), "person card"))
        return m.group("name")

    return _PERSON_CARD_SAME_ORDER.sub(cut_same, text), removed


def clean_text(text: str, *, language: str | None, title: str | None = None) -> tuple[str, list, dict]:
    """Clean the body text of one record by general and per-language rules, reporting everything removed.

    Steps, in order:

    1. repair glued actor names (:func:`repair_glued_names`), split glued
       sentences into paragraphs (:func:`split_glued_sentences`,
       :func:`split_inline_datelines`), put the items of a chronology whose
       line breaks were lost on paragraphs of their own
       (:func:`split_chronology`) and remove
       Kremlin.ru person cards (:func:`remove_person_cards`: "Sergei Lavrov
       Lavrov Sergei Foreign Minister of Russia ," → "Sergei Lavrov ,");
    2. *head*: in the first 600 characters, at a paragraph start, an agency
       dateline ("Pyongyang, January 16 (KCNA) --", "(서울=연합뉴스) 전명훈 기자 =",
       "Berlin (dpa) -") or a byline with dateline ("By Park Boram SEOUL, Dec.
       28 (Yonhap) --"), which gives ``author``, ``dateline`` and
       ``dateline_agency``; for rules marked with a ``prefix`` the text glued
       in front of the match in the same paragraph (at most 300 characters:
       a slug and headline, a photo caption) goes too;
    3. *lines*: marks at the start of a line that are not text (*line_start*:
       the segment tags of broadcast scripts, "[LEAD]", "[REPORT]"; the rest of
       the line stays); whole lines that are bylines ("By …", "Von: …", "김성훈
       기자"), time stamps, publication metadata, agency credit lines, and the
       general furniture patterns of :func:`classify_line`;
    4. the title repeated as the first or last line; a first paragraph that
       is a truncated teaser ("… Dabei geht es auch um …") whose start recurs
       in the body; later copies of a repeated paragraph of at least 120
       characters (shorter ones, "Thank you very much.", recur in transcripts);
    5. *tail*: end markers ("-0-", "(END)"), reporter e-mail addresses, tip-off
       boxes, agency credits at the very end.

    Returns
    -------
    (text, removed, found)
        The cleaned text; a list of ``(removed text, reason)``; a dict with
        ``author``, ``dateline``, ``dateline_agency`` (or ``None``) and
        ``repairs`` (glued names and sentences repaired).
    """
    found = {"author": None, "dateline": None, "dateline_agency": None, "repairs": 0}
    removed: list[tuple[str, str]] = []
    lang = (language or "").lower()
    rules = boilerplate_rules(lang)
    text, n1 = repair_glued_names(text, lang)
    text, n2 = split_glued_sentences(text)
    text, n3 = split_inline_datelines(text)
    text, n4 = split_chronology(text, lang)
    found["repairs"] = n1 + n2 + n3 + n4
    text, cards = remove_person_cards(text)
    removed.extend(cards)
    # 2. head
    for reason, pat, prefix, more in rules["head"]:
        m = None
        for pm in re.finditer(r"(?:^|\n)\s*", text[:600]):
            start = pm.end()
            m = pat.match(text, start) if not prefix else pat.search(text, start, min(len(text), start + 600))
            if m and prefix and (m.start() - start > 300 or "\n" in text[start:m.start()]):
                m = None
            if m:
                break
        if not m:
            continue
        g = m.groupdict()
        cut_from = start if prefix else m.start()
        if prefix and m.start() > start:
            removed.append((text[start:m.start()].strip(), prefix))
        removed.append((text[m.start():m.end()].strip(), reason))
        found["author"] = found["author"] or (g.get("author") or None)
        found["dateline"] = found["dateline"] or (g.get("dateline") or "").strip() or None
        found["dateline_agency"] = found["dateline_agency"] or (g.get("agency") or "").strip() or None
        text = text[:cut_from] + text[m.end():]
        if not more:
            break
    # 3. lines: first the marks that open a line and are not part of it (a broadcast script's "[LEAD]")
    kept = []
    for line in text.split("\n"):
        s = line.strip()
        reason = None
        for r, pat, _, _ in rules["line_start"] if s else ():
            lm = pat.match(s)
            if lm and lm.end() > 0:
                removed.append((lm.group(0).strip(), r))
                s = s[lm.end():].strip()
                line = s
                if not s:
                    break
        if s:
            for r, pat, _, _ in rules["lines"]:
                lm = pat.match(s)
                if lm:
                    reason = r
                    if r == "byline" and found["author"] is None:
                        found["author"] = lm.groupdict().get("author")
                    break
            if reason is None:
                reason = classify_line(s)
                if reason == "byline" and found["author"] is None:
                    found["author"] = byline_author(s)
        if reason:
            removed.append((s, reason))
        else:
            kept.append(line.rstrip())
    # 4. title repeated as the first or last line, teaser and repeated paragraphs
    if title and kept:
        t = " ".join(title.split()).casefold()
        nonblank = [i for i, ln in enumerate(kept) if ln.strip()]
        for i in (nonblank[:1] + nonblank[-1:]) if len(nonblank) > 1 else []:
            if " ".join(kept[i].split()).casefold() == t:
                removed.append((kept[i].strip(), "title repeated in the body"))
                kept[i] = ""
    # leading blank lines (left by a title line removed above) would make an empty first paragraph and hide
    # the teaser after it (the HTML copy of a Frankfurter Rundschau live blog, trial s14)
    paras = [p for p in "\n".join(kept).strip("\n").split("\n\n")]
    if len(paras) > 1 and _ELLIPSIS_END.search(paras[0]):
        head = _ELLIPSIS_END.sub("", paras[0]).strip()[:60]
        if len(head) >= 20 and head in "\n\n".join(paras[1:]):
            removed.append((paras[0].strip(), "truncated teaser repeated in the body"))
            paras = paras[1:]
    if len(paras) > 1:
        # an RSS teaser that the page repeats word for word at the start of a later paragraph
        # ("Russlands Staatschef Putin ist in Nordkorea zu Gast. …" twice in tagesschau pages)
        head = " ".join(paras[0].split())
        if len(head) >= 40 and any(" ".join(p.split()).startswith(head) for p in paras[1:4]):
            removed.append((paras[0].strip(), "teaser repeated in the body"))
            paras = paras[1:]
    seen: set[str] = set()
    out_paras = []
    for p in paras:
        key = p.strip()
        if key and len(key) >= 120 and key in seen:
            removed.append((key, "repeated paragraph"))
            continue
        seen.add(key)
        out_paras.append(p)
    text = "\n\n".join(out_paras).strip()
    # 5. tail
    changed = True
    while changed and text:
        changed = False
        for reason, pat, _, _ in rules["tail"]:
            m = pat.search(text, max(0, len(text) - 600))
            if m and m.start() > 0:
                removed.append((text[m.start():].strip(), reason))
                text = text[:m.start()].rstrip()
                changed = True
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text, removed, found
