"""Topic selection with a Boolean query over words and phrases.

Query syntax
------------
``AND``, ``OR``, ``NOT`` (upper case), parentheses, ``"quoted phrases"``,
and a trailing ``*`` on a word for any ending (``nordkorean*``). Two terms
side by side without an operator are joined by ``AND``. ``NOT`` binds
tightest, then ``AND``, then ``OR``. Example::

    ("north korea" OR dprk OR pyongyang OR nordkorea OR 북한)
    AND (russia OR moscow OR kremlin OR russland OR 러시아)

Matching is case-insensitive (Unicode case folding) and whole-word, with the
inflection rules of the article's language from
``resources/<lang>/select.yaml``: ``suffixes`` a word may take (German
"Russland" matches "Russlands"; English "Russia" matches "Russia's"), and
``open_end`` for languages whose particles attach to the noun (Korean "북한"
matches "북한은"). Languages without such a file match whole words exactly.

Shipped queries live in ``resources/queries/<name>.yaml`` (``queries:`` one
query per language); ``russia_north_korea`` covers en, de, ko and ru.
"""
from __future__ import annotations

import collections
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ._tables import normalise_languages, require_columns, resource_path

_TOKEN = re.compile(r'\s*(\(|\)|"[^"]*"|[^\s()"]+)')


@dataclass(frozen=True)
class Term:
    text: str  # as written in the query (without quotes)


@dataclass(frozen=True)
class Op:
    op: str  # AND, OR, NOT
    args: tuple


def parse_query(query: str):
    """Parse a Boolean query into a tree of :class:`Op` and :class:`Term`.

    Raises
    ------
    ValueError
        On an empty query, unbalanced parentheses or quotes, or an operator
        without an operand (the message names the position).
    """
    if not isinstance(query, str) or not query.strip():
        raise ValueError("empty query")
    if query.count('"') % 2:
        raise ValueError(f"unbalanced quotes in query {query!r}")
    tokens = _TOKEN.findall(query)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def or_expr():
        args = [and_expr()]
        while peek() == "OR":
            take()
            args.append(and_expr())
        return args[0] if len(args) == 1 else Op("OR", tuple(args))

    def and_expr():
        args = [not_expr()]
        while peek() not in (None, ")", "OR"):
            if peek() == "AND":
                take()
            args.append(not_expr())
        return args[0] if len(args) == 1 else Op("AND", tuple(args))

    def not_expr():
        if peek() == "NOT":
            take()
            return Op("NOT", (not_expr(),))
        return atom()

    def atom():
        tok = peek()
        if tok is None:
            raise ValueError(f"query ends where a term is expected: {query!r}")
        if tok in ("AND", "OR", ")"):
            raise ValueError(f"{tok!r} at token {pos + 1} where a term is expected in {query!r}")
        take()
        if tok == "(":
            node = or_expr()
            if peek() != ")":
                raise ValueError(f"missing ')' in query {query!r}")
            take()
            return node
        text = tok[1:-1].strip() if tok.startswith('"') else tok
        if not text:
            raise ValueError(f"empty phrase in query {query!r}")
        return Term(text)

    tree = or_expr()
    if pos != len(tokens):
        raise ValueError(f"unexpected {tokens[pos]!r} at token {pos + 1} in query {query!r}")
    return tree


def _terms(node) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    return [t for a in node.args for t in _terms(a)]


@lru_cache(maxsize=16)
def _language_rules(language: str) -> tuple[tuple[str, ...], bool]:
    import yaml

    p = resource_path(language or "_", "select.yaml")
    if not p.is_file():
        return (), False
    data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    return tuple(data.get("suffixes") or ()), bool(data.get("open_end"))


_APOSTROPHE = re.compile("['\u2019\u02bc]")
_APOSTROPHES = "['\u2019\u02bc]"


@lru_cache(maxsize=4096)
def term_pattern(term: str, language: str) -> re.Pattern:
    """The regular expression a query term compiles to for ``language`` (case-insensitive, whole word, inflected;
    ' and ’ match each other)."""
    suffixes, open_end = _language_rules(language)
    suf = "(?:" + "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True)) + ")?" if suffixes else ""
    parts = []
    for word in term.casefold().split():
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word) + suf)
    body = r"[\s\-]+".join(parts)
    # a typographic apostrophe (’, U+2019; ʼ, U+02BC) and the ASCII one are the same letter: Kremlin.ru writes
    # "Democratic People’s Republic of Korea", the query "people's"
    body = _APOSTROPHE.sub(lambda m: _APOSTROPHES, body)
    end = "" if open_end else r"(?!\w)"
    return re.compile(rf"(?<!\w){body}{end}", re.IGNORECASE)


def _evaluate(node, hits: dict[str, int]) -> bool:
    if isinstance(node, Term):
        return hits.get(node.text, 0) > 0
    if node.op == "AND":
        return all(_evaluate(a, hits) for a in node.args)
    if node.op == "OR":
        return any(_evaluate(a, hits) for a in node.args)
    return not _evaluate(node.args[0], hits)


def _positive_terms(node, negated=False) -> set[str]:
    if isinstance(node, Term):
        return set() if negated else {node.text}
    return set().union(*(_positive_terms(a, negated ^ (node.op == "NOT")) for a in node.args))


def load_query(name: str) -> dict[str, str]:
    """The per-language queries of a shipped query file (``resources/queries/<name>.yaml``).

    Raises
    ------
    KeyError
        If no such query is shipped (the message lists the shipped ones).
    """
    import yaml

    p = resource_path("queries", f"{name}.yaml")
    if not p.is_file():
        known = sorted(f.stem for f in resource_path("queries").glob("*.yaml"))
        raise KeyError(f"no shipped query {name!r}; shipped: {known}")
    return dict(yaml.safe_load(p.read_text(encoding="utf-8"))["queries"])


def select(
    articles: pd.DataFrame,
    query: str | dict[str, str],
    *,
    fields: tuple[str, ...] = ("title", "dateline", "text"),
    keep_all: bool = False,
) -> pd.DataFrame:
    """Articles matching a Boolean query, with the terms that matched.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``, ``text``, ``language``; never modified.
    query : str or dict
        A query (applied to every article, with the inflection rules of the
        article's language), the name of a shipped query
        (``"russia_north_korea"``), or a dict language → query (articles in
        a language without a query are not analysed).
    fields : tuple of str
        Columns searched (default ``("title", "dateline", "text")``; missing
        ones and missing values are skipped). The loader moves a wire
        dateline ("Pyongyang, August 15 (KCNA) --") out of ``text`` into
        ``dateline``; it names the place, so it is searched too.
    keep_all : bool
        Return every article with a ``selected`` column instead of only the
        matching ones.

    Returns
    -------
    DataFrame
        The matching rows (all rows with ``keep_all``), in input order, with
        the input columns plus ``matched_terms`` (the query terms found, as
        written in the query, sorted, joined by "; "), ``n_matches`` (int,
        occurrences of those terms in ``fields``) and, with ``keep_all``,
        ``selected`` (boolean; NA when the article's language has no query)
        and ``select_note`` (why it was not analysed, else NA).

    Raises
    ------
    ValueError
        On a missing column or a malformed query (naming the position).
    KeyError
        On an unknown shipped query name: a one-word query that matches no
        article and is close to the name of a shipped query (a typo such as
        ``"russia_nk"``; a one-word query that matches articles is a search).
    """
    require_columns(articles, ["article_id", "text", "language"])
    if isinstance(query, str) and re.fullmatch(r"[a-z0-9_]+", query) and resource_path("queries", f"{query}.yaml").is_file():
        query = load_query(query)
    trees = {lang: parse_query(q) for lang, q in query.items()} if isinstance(query, dict) else None
    tree_all = parse_query(query) if trees is None else None
    cols = [c for c in fields if c in articles.columns]
    selected, matched, counts, notes = [], [], [], []
    # languages as the analysers read them ("English" -> "en"); the returned rows keep the caller's values
    for _, row in normalise_languages(articles)[cols + ["language"]].iterrows():
        lang = row["language"] if isinstance(row["language"], str) else ""
        tree = tree_all if trees is None else trees.get(lang)
        if tree is None:
            selected.append(pd.NA)
            matched.append(pd.NA)
            counts.append(0)
            notes.append(f"no query for language {lang or 'unknown'!r}")
            continue
        hits: dict[str, int] = {}
        for term in {t.text for t in _terms(tree)}:
            pat = term_pattern(term, lang)
            n = sum(len(pat.findall(row[c])) for c in cols if isinstance(row[c], str))
            if n:
                hits[term] = n
        ok = _evaluate(tree, hits)
        found = sorted(t for t in _positive_terms(tree) if hits.get(t))
        selected.append(ok)
        matched.append("; ".join(found) if found else pd.NA)
        counts.append(sum(hits[t] for t in found))
        notes.append(pd.NA)
    out = articles.copy()
    out["matched_terms"] = pd.array(matched, dtype="string")
    out["n_matches"] = pd.array(counts, dtype="int64")
    mask = pd.array(selected, dtype="boolean").fillna(False).to_numpy(dtype=bool)
    if isinstance(query, str) and not mask.any() and re.fullmatch(r"[a-z0-9_]+", query):
        # a misspelt shipped query name would otherwise be searched as a word and silently select nothing
        import difflib

        known = sorted(f.stem for f in resource_path("queries").glob("*.yaml"))
        close = difflib.get_close_matches(query, known, n=1)
        if close:
            raise KeyError(f"no shipped query {query!r} (did you mean {close[0]!r}?), and as a search word it "
                           f"matches no article; shipped: {known}")
    if keep_all:
        out["selected"] = pd.array(selected, dtype="boolean")
        out["select_note"] = pd.array(notes, dtype="string")
        return out
    unqueried = collections.Counter(n for n in notes if isinstance(n, str))
    if unqueried:
        # nothing is lost silently: say which languages had no query (keep_all=True lists the articles)
        import warnings

        warnings.warn("left out, no query for their language: " + ", ".join(
            f"{k} article(s) ({n.removeprefix('no query for language ')})" for n, k in sorted(unqueried.items()))
            + "; select(..., keep_all=True) lists them", UserWarning, stacklevel=2)
    return out[mask]
