"""Keyword in context (KWIC): every match of a pattern with its whole sentence(s), outlet and date.

Sentences come from :func:`newsanalysis.sentences`; offsets are character
offsets into the article's ``text``, so every line can be traced back to the
article (and joined to the sentiment, frame-evidence and attribution tables
on ``article_id`` and ``sentence_id``).
"""
from __future__ import annotations

import html
import re
from typing import Iterable

import numpy as np
import pandas as pd

from ._tables import check_articles
from .text import sentences as _sentences

KWIC_COLUMNS = [
    "article_id", "outlet", "published", "language", "sentence_id", "start", "end", "match",
    "left", "right", "context_start", "context_end", "pattern",
]


class HTMLTable(str):
    """An HTML string that Jupyter renders as HTML (``_repr_html_``)."""

    def _repr_html_(self) -> str:
        return str(self)


def _compile(pattern, regex: bool, case: bool, whole_word: bool) -> re.Pattern:
    pats = [pattern] if isinstance(pattern, str) else list(pattern)
    if not pats or any(not isinstance(p, str) or not p for p in pats):
        raise ValueError(f"pattern must be a non-empty string or a list of them, got {pattern!r}")
    parts = []
    for p in pats:
        body = p if regex else re.escape(p).replace(r"\*", r"\w*")
        parts.append(rf"(?<!\w)(?:{body})(?!\w)" if whole_word else f"(?:{body})")
    try:
        return re.compile("|".join(parts), 0 if case else re.IGNORECASE)
    except re.error as e:
        raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {e}") from None


def kwic(articles: pd.DataFrame, pattern: str | Iterable[str], *, window: int = 0, regex: bool = False,
         case: bool = False, whole_word: bool = True, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Find a word or phrase and show it in its sentence(s).

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``, ``text``, ``language``; ``outlet`` and
        ``published`` are carried along when present. Not modified.
    pattern : str or list of str
        Literal word or phrase (``*`` matches the rest of a word:
        ``"sanction*"``), or a regular expression with ``regex=True``.
        Several patterns are alternatives.
    window : int
        Whole sentences of context on each side of the matching sentence
        (0: the sentence alone). Context never crosses articles.
    regex : bool
        Treat ``pattern`` as a regular expression.
    case : bool
        Case-sensitive matching (default: case-insensitive).
    whole_word : bool
        Match only at word boundaries (default).
    sentences : DataFrame, optional
        The output of :func:`newsanalysis.sentences` for ``articles`` (to
        avoid splitting twice).

    Returns
    -------
    DataFrame
        One row per match, in article then text order, columns
        ``article_id``, ``outlet``, ``published``, ``language``,
        ``sentence_id`` (of the matching sentence), ``start``, ``end`` (the
        match, character offsets into the article text), ``match`` (the
        matched text), ``left`` (context from ``context_start`` to the
        match), ``right`` (from the match to ``context_end``),
        ``context_start``, ``context_end`` (offsets of the first and last
        context sentence), ``pattern``. No match gives an empty table with
        these columns.

    Raises
    ------
    ValueError
        For a malformed article table, an empty pattern, an invalid regular
        expression or a negative ``window``.
    """
    articles = check_articles(articles)
    if not isinstance(window, (int, np.integer)) or window < 0:
        raise ValueError(f"window must be a whole number of sentences ≥ 0, got {window!r}")
    rx = _compile(pattern, regex, case, whole_word)
    sents = _sentences(articles) if sentences is None else sentences
    by_article = {aid: d for aid, d in sents.groupby("article_id", sort=False)}
    rows = []
    meta_cols = [c for c in ("outlet", "published") if c in articles.columns]
    for rec in articles.assign(article_id=articles["article_id"].astype(str)).itertuples(index=False):
        text = rec.text
        d = by_article.get(rec.article_id)
        if d is None or not rx.search(text):
            continue
        starts, ends, sids = d["start"].to_numpy(), d["end"].to_numpy(), d["sentence_id"].to_numpy()
        for i in range(len(d)):
            for m in rx.finditer(text, starts[i], ends[i]):
                lo, hi = max(0, i - window), min(len(d) - 1, i + window)
                cs, ce = int(starts[lo]), int(ends[hi])
                rows.append({
                    "article_id": rec.article_id,
                    "outlet": getattr(rec, "outlet", None) if "outlet" in meta_cols else None,
                    "published": getattr(rec, "published", None) if "published" in meta_cols else None,
                    "language": rec.language, "sentence_id": int(sids[i]),
                    "start": m.start(), "end": m.end(), "match": m.group(),
                    "left": text[cs:m.start()], "right": text[m.end():ce],
                    "context_start": cs, "context_end": ce,
                    "pattern": pattern if isinstance(pattern, str) else "|".join(pattern),
                })
    out = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    return out.astype({c: "int64" for c in ("sentence_id", "start", "end", "context_start", "context_end")})


def kwic_html(table: pd.DataFrame, *, max_rows: int = 200, max_context: int = 300) -> HTMLTable:
    """A styled HTML table of a :func:`kwic` result for notebooks and reports.

    Parameters
    ----------
    table : DataFrame
        Output of :func:`kwic` (at least ``left``, ``match``, ``right``;
        ``outlet``, ``published``, ``article_id``, ``sentence_id`` shown when present).
    max_rows : int
        Rows shown (a note tells how many were left out).
    max_context : int
        Characters of context kept on each side (cut with "…").

    Returns
    -------
    HTMLTable
        A ``str`` subclass; Jupyter shows it as a table with the match in
        bold, right-aligned left context and left-aligned right context.
        All text is HTML-escaped.
    """
    esc = html.escape
    rows = []
    for r in table.head(max_rows).itertuples(index=False):
        left = r.left if len(r.left) <= max_context else "…" + r.left[-max_context:]
        right = r.right if len(r.right) <= max_context else r.right[:max_context] + "…"
        pub = getattr(r, "published", None)
        date = pd.Timestamp(pub).strftime("%Y-%m-%d") if pub is not None and not pd.isna(pub) else ""
        src = f"{esc(str(getattr(r, 'article_id', '')))}#{getattr(r, 'sentence_id', '')}"
        rows.append(f"<tr><td class='kw-meta'>{esc(str(getattr(r, 'outlet', '') or ''))}<br>{date}"
                    f"<br><small>{src}</small></td><td class='kw-left'>{esc(left)}</td>"
                    f"<td class='kw-match'>{esc(r.match)}</td><td class='kw-right'>{esc(right)}</td></tr>")
    more = len(table) - min(len(table), max_rows)
    note = f"<caption>{len(table)} match(es){f', first {max_rows} shown' if more > 0 else ''}</caption>"
    style = ("<style>.kwic{border-collapse:collapse;font-size:0.85em}.kwic td{padding:3px 6px;"
             "border-bottom:1px solid #ddd;vertical-align:top}.kw-left{text-align:right;color:#333}"
             ".kw-match{font-weight:bold;text-decoration:underline;white-space:nowrap}"
             ".kw-meta{color:#555;font-size:0.85em;white-space:nowrap}</style>")
    head = "<tr><th>outlet · date · article#sentence</th><th>left</th><th>match</th><th>right</th></tr>"
    return HTMLTable(f"{style}<table class='kwic'>{note}{head}{''.join(rows)}</table>")
