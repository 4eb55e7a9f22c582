"""On-topic passages: cut long multi-topic texts down to the passages about the story.

A Kremlin.ru news conference or Direct Line runs for hours and touches the
Korean peninsula in a few answers (about 3 % of its sentences in the shared
corpus); every per-article figure of the whole transcript (tone, frames,
sources) describes mostly other things. Selecting the relevant passages
before the analysis is the keyword-in-context approach of content analysis
(quanteda's ``kwic`` with a window, ``corpus_reshape`` to paragraphs and
``corpus_subset``): split each text into units, keep the units that name the
topic (and ``window`` units on either side), and analyse what is kept.

Units (``unit=``):

* ``"paragraph"`` (default): text between blank lines (between line breaks
  in a text without blank lines: KCNA, one paragraph per line); in a
  transcript a paragraph never crosses a speaker label.
* ``"turn"``: in a transcript (speaker labels "Vladimir Putin: …",
  recognised by the rules of the attribution module), the speaker's whole
  turn (a whole answer, but also a whole 20-minute speech); the text before
  the first label is a unit of its own. In any other text a turn is a
  paragraph.
* ``"sentence"``: the sentences of :func:`newsanalysis.sentences`.

In a transcript every kept passage stays under its speaker's label: the
reduced text is again "Label: passage" turns, and the row's ``transcript``
column (True) tells the attribution rules to read each label as a turn
however few are left.

Terms: a Boolean query in the syntax of :func:`newsanalysis.select`, matched
in each unit with the inflection rules of the article's language. By default
the ``passages`` section of ``resources/queries/russia_north_korea.yaml``:
the North Korean side of the story's query (North Korea, DPRK, Pyongyang,
Kim Jong Un / Kim Jong-il, Korean Peninsula, inter-Korean; German, Korean,
Russian and Vietnamese forms too).
"""
from __future__ import annotations

import re
import warnings

import pandas as pd

from ._tables import check_articles, resource_path
from .select import _evaluate, _positive_terms, _terms, parse_query, term_pattern
from .text import sentence_spans

UNITS = ("paragraph", "turn", "sentence")

#: Columns of :func:`topic_passages` (one row per unit of every article).
PASSAGE_COLUMNS = ["article_id", "passage_id", "unit", "start", "end", "speaker", "turn_id", "matched_terms",
                   "n_matches", "kept", "why", "context_for", "new_start", "new_end", "text"]

#: Columns :func:`restrict_to_topic` adds to the article table.
RESTRICT_COLUMNS = ["topic_unit", "transcript", "passages_kept", "passages_context", "passages_total", "sentences_kept",
                    "sentences_total", "chars_kept", "chars_total", "topic_terms", "topic_matches", "kept_spans",
                    "topic_note"]

_BLANK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
#: between two kept passages in the reduced text
SEPARATOR = "\n\n"


def load_passage_terms(name: str = "russia_north_korea") -> dict[str, str]:
    """The per-language passage queries of a shipped query file (its ``passages:`` section).

    Raises
    ------
    KeyError
        If the query file is not shipped or has no ``passages`` section.
    """
    import yaml

    p = resource_path("queries", f"{name}.yaml")
    if not p.is_file():
        known = sorted(f.stem for f in resource_path("queries").glob("*.yaml"))
        raise KeyError(f"no shipped query {name!r}; shipped: {known}")
    data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    if not data.get("passages"):
        raise KeyError(f"the shipped query {name!r} has no 'passages' section")
    return dict(data["passages"])


def _queries(terms) -> tuple[dict | None, object | None, str]:
    """(per-language trees, one tree for every language, a label of the terms)."""
    if terms is None:
        terms = "russia_north_korea"
    if isinstance(terms, str) and re.fullmatch(r"[a-z0-9_]+", terms) and resource_path(
            "queries", f"{terms}.yaml").is_file():
        return {k: parse_query(v) for k, v in load_passage_terms(terms).items()}, None, f"shipped:{terms}"
    if isinstance(terms, str) and re.fullmatch(r"[a-z0-9_]*_[a-z0-9_]*", terms):
        # looks like a query name ("russia_nk"), is none: as a search word it would silently drop every article
        known = sorted(f.stem for f in resource_path("queries").glob("*.yaml"))
        raise KeyError(f"no shipped query {terms!r}; shipped: {known} (to search for the word itself, quote it: "
                       f"'\"{terms}\"')")
    if isinstance(terms, dict):
        if not terms:
            raise ValueError("terms: an empty dict gives no query for any language")
        return {str(k).lower(): parse_query(v) for k, v in terms.items()}, None, "; ".join(
            f"{k}: {v}" for k, v in terms.items())
    if isinstance(terms, (list, tuple)):
        if not terms or not all(isinstance(t, str) and t.strip() for t in terms):
            raise ValueError(f"terms must be non-empty strings, got {terms!r}")
        q = " OR ".join(f'"{t.strip()}"' if not t.strip().startswith('"') else t.strip() for t in terms)
        return None, parse_query(q), q
    if isinstance(terms, str):
        return None, parse_query(terms), terms
    raise ValueError(f"terms must be None, a query, a list of terms or a dict language -> query, got {terms!r}")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _paragraphs(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Paragraph spans inside ``text[s:e]``: between blank lines, or between line breaks when the whole
    text has no blank line (KCNA: one paragraph per line)."""
    rx = _BLANK if _BLANK.search(text) else _LINE_BREAK
    out, cur = [], s
    for m in rx.finditer(text, s, e):
        a, b = _trim(text, cur, m.start())
        if b > a:
            out.append((a, b))
        cur = m.end()
    a, b = _trim(text, cur, e)
    if b > a:
        out.append((a, b))
    return out


def _turns(text: str, language: str) -> list[tuple[int, int, int, str | None]]:
    """``(start, end, label line start, label)`` of the transcript's blocks: the text before the first label
    (label None) and each speaker's turn; empty for a text that is no transcript."""
    if ":" not in text:
        return []
    from .attribution import transcript_turns

    turns = transcript_turns(text, language)
    if not turns:
        return []
    out = []
    if text[:turns[0][0]].strip():
        out.append((0, turns[0][0], 0, None))
    for i, (line, ls, le, cs) in enumerate(turns):
        end = turns[i + 1][0] if i + 1 < len(turns) else len(text)
        out.append((max(cs, line), max(end, cs), line, " ".join(text[line:cs].split())))
    return out


def _units(text: str, language: str, unit: str) -> tuple[list[tuple[int, int, int]], list[tuple[str | None, int]], bool]:
    """The units of one text: ``[(start, end, turn index)]``, the turns ``[(label, label line start)]`` and
    whether the text is a transcript."""
    turns = _turns(text, language)
    transcript = bool(turns)
    blocks = turns if turns else [(0, len(text), 0, None)]
    spans: list[tuple[int, int, int]] = []
    sents = sentence_spans(text, language) if unit == "sentence" else None
    for k, (s, e, _, _) in enumerate(blocks):
        if unit == "turn" and transcript:
            a, b = _trim(text, s, e)
            if b > a:
                spans.append((a, b, k))
        elif unit == "sentence":
            for a, b in sents:
                if s <= a < e:
                    a, b = _trim(text, a, min(b, e))
                    if b > a:
                        spans.append((a, b, k))
                elif a < s < b <= e:
                    # a sentence that takes in its speaker label ("Kate De Pury: Kate De Pury, Associated Press."):
                    # its speech part
                    a, b = _trim(text, s, b)
                    if b > a:
                        spans.append((a, b, k))
        else:
            spans.extend((a, b, k) for a, b in _paragraphs(text, s, e))
    return spans, [(t[3], t[2]) for t in blocks], transcript


def topic_passages(articles: pd.DataFrame, terms=None, *, unit: str = "paragraph", window: int = 0,
                   keep_context: bool = True) -> pd.DataFrame:
    """Every passage (turn, paragraph or sentence) of every article, with whether it is on topic.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``, ``text``, ``language``; never modified.
    terms : None, str, list of str or dict
        What makes a passage on topic. None: the story's own words (the
        ``passages`` section of the shipped ``russia_north_korea`` query,
        per language); the name of another shipped query file with such a
        section; a Boolean query in :func:`newsanalysis.select` syntax
        (``'"north korea" OR dprk'``, ``'(korea* AND sanction*)'``) for every
        language; a list of words or phrases (any of them); or a dict
        language → query. Matching is case-insensitive, whole-word, with
        the language's inflection rules (:func:`newsanalysis.select`).
    unit : {"paragraph", "turn", "sentence"}
        The passage: a paragraph (default), a transcript speaker's whole
        turn (a paragraph in a text that is no transcript), or a sentence.
        In a transcript each kept passage stays under its speaker's label
        whatever the unit.
    window : int
        Passages kept on each side of an on-topic passage (0: the on-topic
        passages alone). For ``unit="sentence"`` the context sentences of
        ``kwic(window=...)``.
    keep_context : bool, default True
        Also keep the passages that introduce a kept one: where a kept
        passage is (part of) the content of an attribution of the whole
        text (:func:`newsanalysis.attributions`: "X released the following
        statement:" and the statement's later paragraphs, a quotation
        opened in an earlier paragraph, "he said" resolved to a name in an
        earlier sentence), the passages holding its cue, its source and,
        for a quotation, its opening and closing marks are kept too, so the kept words
        keep the voice they have in the whole text (quoted, not the
        outlet's own). Repeated until nothing more is added. Only English
        and German texts (the attribution rules' languages) and only
        articles where something is dropped; costs one run of the
        attribution rules on those whole texts.

    Returns
    -------
    DataFrame
        One row per passage, in article then text order: ``article_id``,
        ``passage_id`` (0, 1, … within the article), ``unit`` (the unit
        used: "turn" only in a transcript), ``start``, ``end`` (character
        offsets into the article's original ``text``), ``speaker`` (the
        speaker label of the passage's turn in a transcript, "Vladimir
        Putin:"; NA elsewhere and before the first label), ``turn_id``
        (the transcript block: 0 before the first label or in a text that
        is no transcript), ``matched_terms`` (the query terms found, sorted,
        "; "-joined; NA when none), ``n_matches`` (int), ``kept`` (bool),
        ``why`` ("match", "window", "context" or NA), ``context_for``
        (for a "context" passage, the ``passage_id`` of the kept passages
        whose attribution it holds the cue, source or a quotation mark of,
        "; "-joined; NA otherwise), ``new_start``, ``new_end``
        (Int64: the passage's offsets in the text of
        :func:`restrict_to_topic`; NA when not kept) and ``text``. Articles
        in a language without a query have no rows.

    Raises
    ------
    ValueError
        On a malformed article table, an unknown ``unit``, a negative
        ``window`` or a malformed query.
    KeyError
        On a shipped query name without a ``passages`` section.
    """
    rows, _ = _run(articles, terms, unit, window, keep_context)
    return rows


_QUOTE_MARKS = set('"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u201a\u2018\u2019\'')


def _context(text: str, lang: str, spans: list, kept: list[bool], att: pd.DataFrame | None) -> dict[int, set[int]]:
    """Passages to keep as context: ``{passage index: {indices of the kept passages it introduces}}``.

    For every attribution of the whole text whose content overlaps a kept passage, the passages holding its
    cue, its source and (for a quotation) its opening and closing marks; repeated
    with the passages so added until nothing changes."""
    if att is None or att.empty:
        return {}
    from .attribution import content_spans

    starts = [a for a, _, _ in spans]

    def where(x):
        if x is None or pd.isna(x):
            return None
        x = int(x)
        # passages are sorted and disjoint: the last one starting at or before x
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= x:
                lo = mid + 1
            else:
                hi = mid
        i = lo - 1
        return i if i >= 0 and spans[i][0] <= x < spans[i][1] else None

    rels = []
    for r in att.itertuples(index=False):
        parts = content_spans(r)
        if not parts:
            continue
        holders = {where(r.cue_start), where(r.source_start)}
        if not pd.isna(r.source_end):
            holders.add(where(int(r.source_end) - 1))
        s0, e0 = int(parts[0][0]), int(parts[-1][1])
        if (s0 < len(text) and text[s0] in _QUOTE_MARKS) or (s0 > 0 and text[s0 - 1] in _QUOTE_MARKS):
            # a quotation: its opening mark, and its closing one (a quotation over several paragraphs, each
            # opening with a mark and only the last closing, is one quotation only up to that last mark)
            holders.add(where(s0))
            if (e0 > 0 and text[e0 - 1] in _QUOTE_MARKS) or (e0 < len(text) and text[e0] in _QUOTE_MARKS):
                holders.add(where(e0 - 1))
        holders.discard(None)
        inside = [i for i, (a, b, _) in enumerate(spans) if any(ps < b and a < pe for ps, pe in parts)]
        if holders and inside:
            rels.append((holders, inside))
    keep = list(kept)
    added: dict[int, set[int]] = {}
    changed = True
    while changed:
        changed = False
        for holders, inside in rels:
            served = [i for i in inside if keep[i]]
            if not served:
                continue
            for h in holders:
                if not keep[h]:
                    keep[h] = True
                    changed = True
                if h in added or not kept[h]:
                    added.setdefault(h, set()).update(i for i in served if i != h)
    return added


def _run(articles, terms, unit, window, keep_context=True):
    articles = check_articles(articles)
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")
    if isinstance(window, bool) or not isinstance(window, int) or window < 0:
        raise ValueError(f"window must be a whole number of passages ≥ 0, got {window!r}")
    trees, tree_all, label = _queries(terms)
    rows, per_article = [], {}
    for aid, text, lang in zip(articles["article_id"].astype(str), articles["text"], articles["language"]):
        lang = lang if isinstance(lang, str) else ""
        tree = tree_all if trees is None else trees.get(lang)
        if tree is None:
            per_article[aid] = {"note": f"no topic terms for language {lang or 'unknown'!r}"}
            continue
        words = sorted({t.text for t in _terms(tree)})
        positive = _positive_terms(tree)
        spans, turns, transcript = _units(text, lang, unit)
        found = []
        for a, b, _ in spans:
            hits = {}
            for w in words:
                n = len(term_pattern(w, lang).findall(text, a, b))
                if n:
                    hits[w] = n
            found.append((_evaluate(tree, hits), sorted(t for t in positive if hits.get(t)),
                          sum(n for t, n in hits.items() if t in positive)))
        match = [f[0] for f in found]
        kept = [any(match[max(0, i - window):i + window + 1]) for i in range(len(spans))]
        context: dict[int, set[int]] = {}
        if keep_context and any(kept) and not all(kept) and lang in ("en", "de"):
            from .attribution import attributions

            one = pd.DataFrame({"article_id": [aid], "text": [text], "language": [lang]})
            context = _context(text, lang, spans, kept, attributions(one))
            kept = [k or i in context for i, k in enumerate(kept)]
        # the reduced text: kept passages, each under its speaker's label in a transcript (one label per run of
        # passages of one turn), separated by a blank line
        parts, pos, last_turn, new = [], 0, None, []
        for i, (a, b, k) in enumerate(spans):
            if not kept[i]:
                last_turn = None if transcript else last_turn
                new.append((None, None))
                continue
            if parts:
                parts.append(SEPARATOR)
                pos += len(SEPARATOR)
            speaker = turns[k][0] if transcript else None
            if speaker and last_turn != k:
                head = speaker + " "
                parts.append(head)
                pos += len(head)
            last_turn = k
            parts.append(text[a:b])
            new.append((pos, pos + b - a))
            pos += b - a
        reduced = "".join(parts)
        for i, (a, b, k) in enumerate(spans):
            speaker = turns[k][0] if transcript else None
            rows.append({"article_id": aid, "passage_id": i, "unit": unit if (unit != "turn" or transcript) else
                         "paragraph", "start": a, "end": b, "speaker": speaker, "turn_id": k,
                         "matched_terms": "; ".join(found[i][1]) or None, "n_matches": found[i][2],
                         "kept": kept[i], "why": "match" if match[i] else (
                             "context" if i in context and not any(match[max(0, i - window):i + window + 1])
                             else ("window" if kept[i] else None)),
                         "context_for": "; ".join(str(j) for j in sorted(context[i])) or None
                         if i in context and not any(match[max(0, i - window):i + window + 1]) else None,
                         "new_start": new[i][0], "new_end": new[i][1], "text": text[a:b]})
        terms_found = sorted({t for f in found for t in f[1]})
        per_article[aid] = {
            "text": reduced, "transcript": transcript,
            "unit": unit if (unit != "turn" or transcript) else "paragraph",
            "passages_kept": sum(kept), "passages_total": len(spans),
            "passages_context": sum(1 for i in context if not any(match[max(0, i - window):i + window + 1])),
            "topic_terms": "; ".join(terms_found) or None, "topic_matches": sum(f[2] for f in found),
            "kept_spans": "; ".join(f"{a}-{b}@{n[0]}" for (a, b, _), k, n in zip(spans, kept, new) if k) or None,
            "note": None if any(kept) else ("no passage names the topic" if spans else "empty text"),
        }
    out = pd.DataFrame(rows, columns=PASSAGE_COLUMNS)
    out = out.astype({"passage_id": "int64", "start": "int64", "end": "int64", "turn_id": "int64",
                      "n_matches": "int64", "kept": bool})
    for c in ("new_start", "new_end"):
        out[c] = pd.array(out[c].tolist(), dtype="Int64")
    for c in ("unit", "speaker", "matched_terms", "why", "context_for"):
        out[c] = pd.array(out[c].tolist(), dtype="string")
    out.attrs["terms"] = label
    return out, per_article


def restrict_to_topic(articles: pd.DataFrame, terms=None, *, unit: str = "paragraph", window: int = 0,
                      keep_all: bool = False, keep_context: bool = True) -> pd.DataFrame:
    """The corpus cut down to its on-topic passages: one row per article, ``text`` the passages kept.

    Use it before :func:`newsanalysis.analyze` when long multi-topic texts
    (news conferences, interviews, live blogs) touch the story in a few
    passages: tone, frames and sources are then measured on those passages
    only. Which passages were kept, with their offsets in the original and
    the reduced text, is :func:`topic_passages` with the same arguments
    (deterministic); ``kept_spans`` gives the original offsets in the row.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``, ``text``, ``language`` (the output of
        :func:`newsanalysis.load_corpus`); never modified.
    terms, unit, window
        As :func:`topic_passages` (default: the story's own words,
        paragraphs, no window).
    keep_all : bool
        Return every article: those with no on-topic passage (or in a
        language without terms) with ``text`` "" and the reason in
        ``topic_note``. By default they are left out, with a warning that
        counts them and names the first few.
    keep_context : bool, default True
        As :func:`topic_passages`: also keep the passages that hold the
        cue, source or quotation marks of an attribution whose
        content is kept ("X released the following statement:" before a
        kept paragraph of the statement), so quoted words stay quoted
        after the cut. False: the on-topic passages (and window) alone.

    Returns
    -------
    DataFrame
        The input rows (in input order) and columns, ``text`` replaced by
        the kept passages separated by a blank line (in a transcript each
        run of passages of one turn under its speaker's label, "Vladimir
        Putin: …"), plus ``topic_unit`` ("turn", "paragraph" or "sentence":
        a text that is no transcript has paragraphs for turns),
        ``transcript`` (bool: the original was recognised as a transcript;
        the attribution rules then read every kept label as a turn),
        ``passages_kept`` (context passages included),
        ``passages_context`` (kept only as context), ``passages_total``, ``sentences_kept`` (sentences
        of the reduced text, as :func:`newsanalysis.sentences` splits it,
        speaker labels included), ``sentences_total`` (of the original),
        ``chars_kept``, ``chars_total``, ``topic_terms`` (the terms found),
        ``topic_matches`` (their occurrences), ``kept_spans`` (each kept
        passage as "start-end@new_start": its offsets in the original text
        and where it starts in the reduced one, "; "-joined; read by
        :func:`original_offsets`; an input that was cut before has its
        ``kept_spans`` composed with the new ones, so they still lead to
        the original text) and ``topic_note``
        (why nothing was kept; NA when something was). ``attrs`` keep the
        input's (the load report) plus ``topic_passages`` (the arguments).

    Raises
    ------
    ValueError, KeyError
        As :func:`topic_passages`.
    """
    _, per = _run(articles, terms, unit, window, keep_context)
    checked = check_articles(articles)
    out = articles.copy()
    # an input that was cut before: its kept_spans lead to the original text, the new ones only to the cut one
    prior = {}
    if "kept_spans" in checked.columns:
        for aid, spans in zip(checked["article_id"].astype(str), checked["kept_spans"]):
            if isinstance(spans, str) and spans:
                prior[aid] = _parse_spans(aid, spans)
    texts, cols = [], {c: [] for c in RESTRICT_COLUMNS}
    for aid, text, lang in zip(checked["article_id"].astype(str), checked["text"], checked["language"]):
        p = per[aid]
        reduced = p.get("text", "")
        texts.append(reduced)
        cols["topic_unit"].append(p.get("unit"))
        cols["transcript"].append(bool(p.get("transcript", False)))
        cols["passages_kept"].append(p.get("passages_kept", 0))
        cols["passages_context"].append(p.get("passages_context", 0))
        cols["passages_total"].append(p.get("passages_total", 0))
        lang = lang if isinstance(lang, str) else None
        cols["sentences_kept"].append(len(sentence_spans(reduced, lang)) if reduced else 0)
        cols["sentences_total"].append(len(sentence_spans(text, lang)))
        cols["chars_kept"].append(len(reduced))
        cols["chars_total"].append(len(text))
        cols["topic_terms"].append(p.get("topic_terms"))
        cols["topic_matches"].append(p.get("topic_matches", 0))
        cols["kept_spans"].append(_compose(p.get("kept_spans"), prior.get(aid)))
        cols["topic_note"].append(p.get("note"))
    out["text"] = texts
    for c, v in cols.items():
        dtype = {"transcript": bool, "topic_unit": "string", "topic_terms": "string", "kept_spans": "string",
                 "topic_note": "string"}.get(c, "int64")
        out[c] = pd.array(v, dtype=dtype) if dtype != bool else v
    out.attrs = dict(articles.attrs)
    out.attrs["topic_passages"] = {"terms": _queries(terms)[2], "unit": unit, "window": window,
                                   "keep_context": keep_context}
    if keep_all:
        return out
    empty = out["topic_note"].notna().to_numpy()
    if empty.any():
        notes = out.loc[empty, "topic_note"].astype(str)
        ids = out.loc[empty, "article_id"].astype(str)
        no_terms = notes.str.startswith("no topic terms").to_numpy()
        said = []
        if no_terms.any():
            counts = sorted(notes[no_terms].str.removeprefix("no topic terms for language ").value_counts().items())
            langs = ", ".join(f"{k}: {n}" for k, n in counts)
            said.append(f"{int(no_terms.sum())} article(s) left out because their language has no topic terms "
                        f"({langs}; give terms for it, e.g. terms={{{counts[0][0]}: ...}})")
        if (~no_terms).any():
            rest = ids[~no_terms].tolist()
            said.append(f"{len(rest)} article(s) left out with no on-topic passage ({', '.join(rest[:5])}"
                        f"{', …' if len(rest) > 5 else ''})")
        warnings.warn("; ".join(said) + "; restrict_to_topic(..., keep_all=True) lists them with the reason in "
                      "topic_note", UserWarning, stacklevel=2)
    return out[~empty]


def _parse_spans(aid: str, spans: str) -> list[tuple[int, int, int]]:
    """``[(new_start, new_end, original_start)]`` of a ``kept_spans`` string."""
    segs = []
    for item in spans.split("; "):
        m = re.fullmatch(r"(\d+)-(\d+)@(\d+)", item)
        if m is None:
            raise ValueError(f"article {aid!r}: kept_spans item {item!r} is not 'start-end@new_start'")
        a, b, n = (int(x) for x in m.groups())
        segs.append((n, n + b - a, a))
    return segs


def _compose(spans: str | None, prior: list[tuple[int, int, int]] | None) -> str | None:
    """``kept_spans`` of a second cut (offsets into the once-cut text) carried through the first cut's
    ``kept_spans`` to the original text: each new passage becomes the pieces of it that the first cut took from
    the original (the labels and separators the first cut inserted have no original offsets)."""
    if not spans or prior is None:
        return spans
    items = []
    for a, b, n in (tuple(int(x) for x in re.fullmatch(r"(\d+)-(\d+)@(\d+)", it).groups())
                    for it in spans.split("; ")):
        for ps, pe, po in prior:
            s, e = max(a, ps), min(b, pe)
            if e > s:
                items.append(f"{po + s - ps}-{po + e - ps}@{n + s - a}")
    return "; ".join(items) or None


def original_offsets(table: pd.DataFrame, restricted: pd.DataFrame, *, start: str = "start",
                     end: str = "end") -> pd.DataFrame:
    """``table`` with ``original_start`` and ``original_end``: its offsets into the reduced text of
    :func:`restrict_to_topic` mapped back to the article's original text.

    Parameters
    ----------
    table : DataFrame
        Any table with ``article_id`` and character offsets (``start``,
        ``end`` by default) into the reduced texts: sentences, attributions,
        frame evidence, actor tone of an analysis of ``restricted``. Not
        modified.
    restricted : DataFrame
        The output of :func:`restrict_to_topic` (its ``article_id`` and
        ``kept_spans`` are read).

    start, end : str
        The offset columns of ``table`` (``"cue_start"``, ``"cue_end"`` or
        ``"source_start"``, ``"source_end"`` for the cue or source of an
        attribution).

    Returns
    -------
    DataFrame
        A copy of ``table`` with ``original_start``, ``original_end``
        (Int64). An article of ``restricted`` whose text was not cut (no
        ``kept_spans``: an outlet left whole and concatenated with a cut
        one) maps to itself. A start offset inside the speaker label that
        the reduced text repeats before a passage (the first sentence of a
        run of kept passages, "Vladimir Putin: Regarding North Korea …")
        maps to the passage start, so the original slice is that sentence
        without its label. NA for any other offset inside a label or
        separator, for an end offset inside a label, for an article cut
        to nothing, and for an article not in ``restricted``.

    Raises
    ------
    ValueError
        If ``table`` lacks ``article_id`` or the offset columns (``source_trace``
        has none: map ``res.attributions`` instead, which has ``start``/``end``,
        ``cue_start``/``cue_end`` and ``source_start``/``source_end``), or on a
        malformed ``kept_spans``.
    """
    missing = [c for c in ("article_id", start, end) if c not in table.columns]
    if missing:
        raise ValueError(
            f"original_offsets needs the columns article_id, {start!r} and {end!r} (character offsets into the "
            f"reduced texts); the table lacks {missing}. Tables with start/end: sentences, attributions, "
            f"frame evidence, actor_tone, sentence_trace; attributions also have cue_start/cue_end and "
            f"source_start/source_end (pass start='cue_start', end='cue_end'). source_trace has no offsets: "
            f"map res.attributions instead")
    maps = {}
    identity = set()
    has_note = "topic_note" in restricted.columns
    notes = restricted["topic_note"] if has_note else [None] * len(restricted)
    spans_col = restricted["kept_spans"] if "kept_spans" in restricted.columns else [None] * len(restricted)
    for aid, spans, note in zip(restricted["article_id"].astype(str), spans_col, notes):
        if isinstance(spans, str) and spans:
            segs = _parse_spans(aid, spans)
            # the repeated speaker label before a passage: the gap between two kept passages (or before the
            # first) that is longer than the separator; a start offset in it maps to the passage start
            heads, prev = [], None
            for ns, ne, os_ in segs:
                gap_start = 0 if prev is None else prev + len(SEPARATOR)
                if ns > gap_start:
                    heads.append((gap_start, ns, os_))
                prev = ne
            maps[aid] = (segs, heads)
        elif not (isinstance(note, str) and note):
            identity.add(aid)
    out = table.copy()

    def conv(aid, x, is_end):
        if pd.isna(x):
            return pd.NA
        aid = str(aid)
        if aid in identity:
            return int(x)
        segs, heads = maps.get(aid, ((), ()))
        for ns, ne, os_ in segs:
            if ns <= x < ne or (is_end and ns < x <= ne):
                return os_ + int(x) - ns
        if not is_end:
            for hs, he, os_ in heads:
                if hs <= x < he:
                    return os_
        return pd.NA

    out["original_start"] = pd.array([conv(a, x, False) for a, x in zip(table["article_id"], table[start])],
                                     dtype="Int64")
    out["original_end"] = pd.array([conv(a, x, True) for a, x in zip(table["article_id"], table[end])],
                                   dtype="Int64")
    return out
