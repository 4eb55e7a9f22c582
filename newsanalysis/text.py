"""Sentences and tokens as character spans into the untouched article text.

Sentence boundaries come from NLTK's Punkt algorithm (Kiss & Strunk 2006,
*Unsupervised Multilingual Sentence Boundary Detection*, Computational
Linguistics 32(4)) run with our own parameters, because no trained
``nltk_data`` model is available: the abbreviation lists in
``resources/<lang>/abbreviations.txt``. Three rules are added on top:

* a newline-separated line (heading, bullet, KCNA paragraph) is a unit of
  its own, except where the line break is a wrap: a line that ends without a
  sentence mark and is followed, with no blank line, by a line starting in
  lower case continues on it (Kremlin.ru transcripts wrap "we are indeed\nready
  to"); in a hard-wrapped text (:func:`hard_wrapped`: at least three quarters
  of its single line breaks follow a line without a sentence mark, one of them
  runs on in lower case) so does one starting in upper case ("Vladimir\nPutin
  took part", "State Affairs\nCommission"), unless it starts with a list mark;
* sentences glued without a space by a crawler ("…Cha.Singer-producer…",
  "…했다.김 위원장은…") are split where a sentence end is directly followed
  by a capitalised word or a Hangul syllable;
* German day ordinals ("am 5. Juni") do not end a sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from ._tables import check_articles, read_word_list

SENTENCE_COLUMNS = ["article_id", "sentence_id", "start", "end", "text", "language"]

_LINE = re.compile(r"[^\n]+")
# a line continuing a hard-wrapped one: starts in lower case (after the single newline)
_WRAPPED = re.compile(r"[ \t\u00a0]*[a-zäöüß]")
_LINE_END = set(".!?:;\"”“»«)…")
# a single line break: a newline with a non-blank line on either side
_SINGLE_BREAK = re.compile(r"(?<=[^\s])[ \t\u00a0]*\n(?=[ \t\u00a0]*[^\s])")
# a line that starts a list item, never joined to the line before it
_LIST_MARK = re.compile(r"[ \t\u00a0]*(?:[•·▪■▶►*\-–—]|\d{1,3}[.)](?:\s|$))")
# a sentence end glued to the next sentence: letter letter [.!?] then Capital+lower or Hangul
_GLUED = re.compile(r"(?<=[^\W\d_]{2}[.!?])(?=[A-ZÄÖÜ][a-zäöüß]|[\uac00-\ud7a3])")
_DE_MONTHS = (
    "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    "|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez"
)
_DE_ORDINAL_END = re.compile(r"(?:^|[\s(\[])\d{1,2}\.$")  # round 10: also "(22. März)"
_DE_MONTH_START = re.compile(rf"(?:{_DE_MONTHS})\b")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


@lru_cache(maxsize=None)
def _punkt(language: str) -> PunktSentenceTokenizer:
    """Punkt with the language's abbreviation list; other languages get the union of ours."""
    params = PunktParameters()
    langs = (language,) if language in ("en", "de") else ("en", "de")
    params.abbrev_types = {a for lang in langs for a in read_word_list(lang, "abbreviations.txt")}
    return PunktSentenceTokenizer(params)


def hard_wrapped(text: str) -> bool:
    """Whether ``text`` is hard-wrapped: its single line breaks fall inside sentences, not between paragraphs.

    Looks at every single line break (a newline with a non-blank line on either side). The text is
    hard-wrapped when at least three quarters of them follow a line that ends without a sentence mark
    and at least one of those is followed by a line starting in lower case (a sentence running on).
    Kremlin.ru pages (paragraphs separated by blank lines, the HTML source wrapped at about 80
    characters) are; KCNA and KBS items (one paragraph per line) and lists of headings or bullets
    (no lower-case continuation) are not.
    """
    n = open_ends = lower = 0
    for m in _SINGLE_BREAK.finditer(text):
        n += 1
        prev = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
        if prev[-1:] not in _LINE_END:
            open_ends += 1
            lower += bool(_WRAPPED.match(text, m.end()))
    return n > 0 and lower > 0 and open_ends * 4 >= n * 3


def _blocks(text: str) -> list[tuple[int, int]]:
    """Lines, with hard-wrapped lines joined: a line that does not end in a sentence mark and is
    directly followed by a line starting in lower case is one block with it; in a hard-wrapped text
    (:func:`hard_wrapped`) so is one followed by a line starting in upper case ("Vladimir\nPutin",
    "State Affairs\nCommission"), unless that line starts with a list mark ("•", "-", "1.")."""
    out: list[tuple[int, int]] = []
    wrapped = None
    for line in _LINE.finditer(text):
        s, e = line.span()
        if out and s == out[-1][1] + 1 and text[out[-1][0]:out[-1][1]].rstrip()[-1:] not in _LINE_END:
            if _WRAPPED.match(text, s):
                out[-1] = (out[-1][0], e)
                continue
            if wrapped is None:
                wrapped = hard_wrapped(text)
            if wrapped and not _LIST_MARK.match(text, s):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def sentence_spans(text: str, language: str | None = "en") -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of one text, as offsets into ``text``.

    Leading and trailing whitespace is excluded from every span; blank lines
    produce no span. Deterministic; the text is never modified.
    """
    lang = (language or "").lower()
    tok = _punkt(lang if lang in ("en", "de") else "other")
    spans: list[tuple[int, int]] = []
    for base, end in _blocks(text):
        chunk = text[base:end]
        if not chunk.strip():
            continue
        raw = list(tok.span_tokenize(chunk))
        pieces: list[tuple[int, int]] = []
        for s, e in raw:
            cut = s
            for m in _GLUED.finditer(chunk, s, e):
                if m.start() > cut:
                    pieces.append((cut, m.start()))
                    cut = m.start()
            pieces.append((cut, e))
        if lang == "de":
            merged: list[tuple[int, int]] = []
            for s, e in pieces:
                if merged and _DE_ORDINAL_END.search(chunk[merged[-1][0]:merged[-1][1]]) and _DE_MONTH_START.match(chunk, s):
                    merged[-1] = (merged[-1][0], e)
                else:
                    merged.append((s, e))
            pieces = merged
        for s, e in pieces:
            seg = chunk[s:e]
            ls = len(seg) - len(seg.lstrip())
            rs = len(seg.rstrip())
            if rs > ls:
                spans.append((base + s + ls, base + s + rs))
    return spans


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """Split every article into sentences.

    Parameters
    ----------
    articles : DataFrame
        One row per article with at least ``article_id`` (unique), ``text``
        (str) and ``language`` (ISO 639-1; any language is split, the
        abbreviation lists exist for ``en`` and ``de``). Not modified.

    Returns
    -------
    DataFrame
        One row per sentence, in article order then text order, columns
        ``article_id`` (str), ``sentence_id`` (int, 0-based within the
        article), ``start`` and ``end`` (int character offsets into the
        article's ``text``, ``text[start:end]`` is the sentence), ``text``
        (the sentence) and ``language`` (the article's language).

    Raises
    ------
    ValueError
        If a required column is missing, an ``article_id`` repeats or a
        ``text`` is not a string.

    Notes
    -----
    Method: Punkt (Kiss & Strunk 2006) via NLTK with the package's
    abbreviation lists, plus the line, glued-sentence and German-ordinal
    rules described in this module's docstring.
    """
    articles = check_articles(articles)
    rows = []
    for aid, text, lang in zip(articles["article_id"].astype(str), articles["text"], articles["language"]):
        for i, (s, e) in enumerate(sentence_spans(text, lang if isinstance(lang, str) else None)):
            rows.append((aid, i, s, e, text[s:e], lang))
    out = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    return out.astype({"sentence_id": "int64", "start": "int64", "end": "int64"})


def word_spans(text: str) -> list[tuple[int, int]]:
    """Word token spans ``(start, end)`` in ``text`` (letters, digits, inner hyphens and apostrophes)."""
    return [m.span() for m in _WORD.finditer(text)]


def word_count(text: str) -> int:
    """Number of word tokens in ``text`` (see :func:`word_spans`)."""
    return sum(1 for _ in _WORD.finditer(text))


# --------------------------------------------------------------------------- live blogs and news digests

#: A German live blog's time header ("Update vom 17. November, 19.33 Uhr: …", "+++ 16.05 Uhr: …"): the entry's
#: time stamp, not what was said (attribution, session 13) and the start of a new entry (framing, session 14).
LIVEBLOG_HEADER_DE = re.compile(r"(?:(?:\+\+\+\s*)?(?:Update|Aktualisierung|Eilmeldung)(?:\s+vom\s+\d{1,2}\.\s*"
                                r"[A-ZÄÖÜ][a-zäöü]+\.?(?:\s+\d{4})?)?,?\s*)?\b\d{1,2}[.:]\d{2}\s*Uhr\s*:\s*")
#: An English live blog's time header at a line start: a clock time with its time zone ("10.45 BST: …",
#: "Updated at 3:15 p.m. ET -"); a bare clock time is too often a sentence's own ("9:30 was the deadline").
LIVEBLOG_HEADER_EN = re.compile(r"(?:Updated?:?\s+(?:at\s+)?)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?\s*)?"
                                r"(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|KST|MSK)\b\s*[:\-\u2013\u2014]?\s*")
LIVEBLOG_HEADERS = {"de": LIVEBLOG_HEADER_DE, "en": LIVEBLOG_HEADER_EN}
#: An upper-case dateline that opens a paragraph ("SEOUL -- North Korean leader …"): where a report was filed.
#: In a news digest (Yonhap's "Summary of domestic news in North Korea this week") every item opens with one.
DATELINE_OPENING = re.compile(r"[A-Z]{3,}(?: [A-Z]{3,}){0,2}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? ?(?:--|\u2014|\u2013) ?")
# a title that says the page is a live blog or a ticker ("Ukraine-Liveblog: ++ … ++", "Russia-Ukraine war live:
# …", "… – live updates"), and the same said in the lead ("Alle Entwicklungen im Liveblog", "Aktuelle News zum
# Ukraine-Krieg im Ticker")
_LIVE_TITLE = re.compile(r"live[\s-]?blog|live[\s-]?ticker|news[\s-]?blog|\bticker\b|\blive updates\b|\blive:|"
                         r"\bas it happened\b", re.IGNORECASE)
_LIVE_LEAD = re.compile(r"live[\s-]?blog|live[\s-]?ticker|news[\s-]?blog|\b(?:im|unserem|zum) ticker\b|"
                        r"\blive updates\b", re.IGNORECASE)
_LINE_STARTS = re.compile(r"^[ \t\u00a0]*", re.MULTILINE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")


def entry_headers(text: str, language: str | None) -> list[int]:
    """Offsets where a line opens with a live-blog entry header or a digest item's dateline.

    A header is a time header of the language's live blogs (:data:`LIVEBLOG_HEADER_DE`,
    :data:`LIVEBLOG_HEADER_EN`) or an upper-case dateline (:data:`DATELINE_OPENING`, "SEOUL -- "), at the
    start of a line (after spaces). Returns the offsets of the headers' first characters, in text order.
    """
    pats = [p for p in (LIVEBLOG_HEADERS.get((language or "").lower()), DATELINE_OPENING) if p is not None]
    out = []
    for m in _LINE_STARTS.finditer(text):
        s = m.end()
        if s < len(text) and any(p.match(text, s) for p in pats):
            out.append(s)
    return out


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the upper-case datelines that open a line ("SEOUL -- ", "MOSCOW, June 19 -- "): where a report
    was filed, not what it says (:data:`DATELINE_OPENING`)."""
    out = []
    for m in _LINE_STARTS.finditer(text):
        d = DATELINE_OPENING.match(text, m.end())
        if d:
            out.append(d.span())
    return out


def is_live_blog(text: str, language: str | None, title: str | None = None) -> bool:
    """Whether ``text`` is a live blog, a ticker or a news digest: a page of separate short entries.

    True when the title says so ("Liveblog", "Ticker", "live updates", "… live: …"), or the first 300
    characters of the text ("Alle Entwicklungen im Liveblog", "im Ticker"), or when at least two lines open with an entry header
    (:func:`entry_headers`: "Update vom 17. November, 19.33 Uhr:", "SEOUL -- ").
    """
    if isinstance(title, str) and _LIVE_TITLE.search(title):
        return True
    if _LIVE_LEAD.search(text[:300]):
        return True
    return len(entry_headers(text, language)) >= 2


def entry_starts(text: str, language: str | None, title: str | None = None) -> list[int]:
    """Offsets where the entries of a live blog or news digest start; ``[]`` for any other text.

    In a text that :func:`is_live_blog`, every paragraph (text after a blank line; after a line break when
    the text has no blank line) and every entry header (:func:`entry_headers`) starts an entry: a live
    blog's entries are unrelated reports, and its paragraphs are the only boundaries some pages keep
    (tagesschau.de drops the time headers). Used by :func:`newsanalysis.frames` to keep a codebook's anchor
    window inside one entry.
    """
    if not is_live_blog(text, language, title):
        return []
    starts = set(entry_headers(text, language))
    breaks = list(_PARAGRAPH_BREAK.finditer(text))
    if not breaks:
        breaks = list(re.finditer(r"\n\s*", text))
    starts.update(m.end() for m in breaks if m.end() < len(text))
    return sorted(starts)
