"""Keyness: which words one group of articles uses more (or less) than another.

Method: word counts per group from :func:`newsanalysis.text.word_spans`,
lower-cased, without stop words (``resources/<lang>/stopwords.txt``) and
tokens without a letter. For each term and each comparison (target group
against the rest, or against another group) the 2×2 table

==============  ============  =================
                term          other words
target          a             c − a
reference       b             d − b
==============  ============  =================

gives the log-likelihood statistic G² (Dunning 1993, *Accurate methods for
the statistics of surprise and coincidence*, Computational Linguistics
19(1)), computed by :func:`scipy.stats.power_divergence` with
``lambda_="log-likelihood"`` on the four cells (1 degree of freedom), and
the effect size Log Ratio (Hardie 2014, *Log Ratio – an informal
introduction*, CASS): log2 of the ratio of relative frequencies, with 0.5
in place of a zero frequency. p-values are corrected for the number of
terms in each comparison with Benjamini–Hochberg (statsmodels).

G² treats every token as independent. A term used often in one long
article is "key" for its whole group, so each row also gives the
dispersion of the term: the number of articles that use it
(``docs_target``, ``docs_reference``, with ``articles_target``,
``articles_reference``) and Gries's DP over the target group's articles
(Gries 2008, *Dispersions and adjusted frequencies in corpora*,
International Journal of Corpus Linguistics 13(4)): 0 = spread over the
articles in proportion to their length, near 1 = concentrated in one.

Note on G²: the four-cell G² computed here (the full 2×2 table) differs
from the two-cell "simplified" log-likelihood of Rayson & Garside (2000)
and the Lancaster wizard, 2 Σ over the term's two cells only
(a ln(a/E1) + b ln(b/E2)); the two agree closely when the term is rare
relative to the corpora and diverge for frequent terms, where the
four-cell value is the one that follows the χ²(1) distribution.
"""
from __future__ import annotations

import itertools
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd
from scipy import stats

from ._tables import check_articles, read_word_list, resource_path
from .compare import adjust_pvalues, article_groups
from .text import word_spans

KEYNESS_COLUMNS = [
    "comparison", "group", "reference", "term", "freq_target", "freq_reference", "total_target",
    "total_reference", "per_million_target", "per_million_reference", "g2", "p_value", "p_adjusted",
    "log_ratio", "direction", "significant", "docs_target", "docs_reference", "articles_target",
    "articles_reference", "dp_target",
]


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset:
    """The stop words of ``language`` (``resources/<lang>/stopwords.txt``); empty for a language without a list."""
    lang = str(language or "").lower()
    if not resource_path(lang, "stopwords.txt").is_file():
        return frozenset()
    return frozenset(w.lower() for w in read_word_list(lang, "stopwords.txt"))


def term_counts(articles: pd.DataFrame, by: str = "outlet", *, remove_stopwords: bool = True, min_length: int = 2,
                outlets: pd.DataFrame | None = None) -> pd.DataFrame:
    """Word counts per group.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``, ``text``, ``language`` and the column(s)
        needed for ``by``. Not modified.
    by : str
        Grouping (see :func:`newsanalysis.compare.article_groups`).
    remove_stopwords : bool
        Drop the stop words of each article's language.
    min_length : int
        Drop shorter tokens (default 2: the "u" and "s" of "U.S.").

    Typographic apostrophes count as straight ones, and in English the
    possessive ending is removed ("Korea’s", "Korea's" and "Korea" are one
    term, "korea").

    Returns
    -------
    DataFrame
        One row per (group, term): ``<by>``, ``term`` (lower case), ``freq``
        (int ≥ 1), ``total`` (tokens of the group after filtering).

    Raises
    ------
    ValueError
        For a malformed article table (see :func:`newsanalysis.sentences`).
    """
    long = _article_term_counts(articles, by, remove_stopwords=remove_stopwords, min_length=min_length,
                                outlets=outlets)
    out = long.groupby([by, "term"], as_index=False)["freq"].sum()
    out["total"] = out.groupby(by)["freq"].transform("sum")
    return out.sort_values([by, "freq", "term"], ascending=[True, False, True], ignore_index=True)


def _article_term_counts(articles: pd.DataFrame, by: str, *, remove_stopwords: bool = True, min_length: int = 2,
                         outlets: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per (article, term): ``article_id, <by>, term, freq`` (the tokens of :func:`term_counts`)."""
    articles = check_articles(articles)
    groups = article_groups(articles, by, outlets=outlets)
    rows = []
    for aid, text, lang in zip(articles["article_id"].astype(str), articles["text"], articles["language"]):
        stop = stopwords(lang) if remove_stopwords and isinstance(lang, str) else frozenset()
        c: Counter = Counter()
        for s, e in word_spans(text):
            # one term whatever the apostrophe ("korea’s", "korea's"), and the English possessive is the
            # word itself ("korea's" → "korea", "countries'" → "countries"): else keyness measures typography
            w = text[s:e].lower().replace("’", "'").replace("‘", "'")
            if lang == "en" and w.endswith(("'s", "'")):
                w = w[:-2] if w.endswith("'s") else w[:-1]
            if len(w) < min_length or w in stop or not any(ch.isalpha() for ch in w):
                continue
            c[w] += 1
        g = groups[aid]
        rows.extend((aid, g, w, n) for w, n in c.items())
    return pd.DataFrame(rows, columns=["article_id", by, "term", "freq"])


def gries_dp(freqs, sizes) -> float:
    """Gries's (2008) DP of one term over corpus parts (here articles).

    Parameters
    ----------
    freqs : array-like of float
        The term's frequency in each part.
    sizes : array-like of float
        Each part's size in tokens (same order).

    Returns
    -------
    float
        DP = ½ Σ |f_i / F − s_i / S| in [0, 1 − min(s_i / S)]: 0 when the term is spread in
        proportion to the parts' sizes, near 1 when it sits in one small part. NaN when F = 0.
    """
    f = np.asarray(freqs, dtype=float)
    s = np.asarray(sizes, dtype=float)
    if f.sum() == 0 or s.sum() == 0:
        return np.nan
    return float(0.5 * np.abs(f / f.sum() - s / s.sum()).sum())


def _dispersion(long: pd.DataFrame, by: str) -> tuple[dict, dict, dict]:
    """Per group: term → number of articles using it; term → DP over the group's articles; articles in group."""
    docs, dps, n_art = {}, {}, {}
    sizes = long.groupby("article_id")["freq"].sum()
    for g, d in long.groupby(by):
        arts = d["article_id"].unique()
        n_art[g] = len(arts)
        sz = sizes.reindex(arts)
        S = float(sz.sum())
        share = sz / S
        docs[g] = d.groupby("term")["article_id"].nunique()
        # DP = ½ (Σ_{articles with the term} |v_i − s_i| + Σ_{articles without} s_i)
        dd = d.assign(v=d["freq"] / d.groupby("term")["freq"].transform("sum"),
                      s=d["article_id"].map(share).values)
        inside = (dd["v"] - dd["s"]).abs().groupby(dd["term"]).sum()
        s_in = dd.groupby("term")["s"].sum()
        dps[g] = 0.5 * (inside + (1 - s_in))
    return docs, dps, n_art


def log_likelihood(a, b, c, d) -> np.ndarray:
    """G² of the 2×2 tables [[a, c−a], [b, d−b]] (Dunning 1993), vectorised, via :func:`scipy.stats.power_divergence`.

    ``a``/``b``: term frequency in target/reference; ``c``/``d``: their token totals.
    Returns G² ≥ 0 (float array).
    """
    a, b, c, d = (np.asarray(v, dtype=float) for v in np.broadcast_arrays(a, b, c, d))
    obs = np.stack([a, c - a, b, d - b], axis=-1)
    n = c + d
    col1, col2 = a + b, n - a - b
    exp = np.stack([c * col1 / n, c * col2 / n, d * col1 / n, d * col2 / n], axis=-1)
    if obs.size == 0:
        return np.zeros(a.shape)
    return stats.power_divergence(obs, exp, axis=-1, lambda_="log-likelihood", ddof=2).statistic


def log_ratio(a, b, c, d) -> np.ndarray:
    """Log Ratio (Hardie 2014): log2((a/c) / (b/d)), a zero frequency replaced by 0.5."""
    a, b, c, d = (np.asarray(v, dtype=float) for v in np.broadcast_arrays(a, b, c, d))
    a = np.where(a == 0, 0.5, a)
    b = np.where(b == 0, 0.5, b)
    return np.log2((a / c) / (b / d))


def _compare(target: pd.Series, reference: pd.Series, group, ref_name, comparison, min_freq, alpha, correction,
             disp=None):
    terms = target.index.union(reference.index)
    a = target.reindex(terms, fill_value=0).values.astype(float)
    b = reference.reindex(terms, fill_value=0).values.astype(float)
    c, d = float(target.sum()), float(reference.sum())
    keep = (a + b) >= min_freq
    terms, a, b = terms[keep], a[keep], b[keep]
    if c == 0 or d == 0 or len(terms) == 0:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    g2 = log_likelihood(a, b, c, d)
    p = stats.chi2.sf(g2, 1)
    out = pd.DataFrame({
        "comparison": comparison, "group": group, "reference": ref_name, "term": terms,
        "freq_target": a.astype(int), "freq_reference": b.astype(int), "total_target": int(c),
        "total_reference": int(d), "per_million_target": a / c * 1e6, "per_million_reference": b / d * 1e6,
        "g2": g2, "p_value": p, "p_adjusted": adjust_pvalues(p, correction), "log_ratio": log_ratio(a, b, c, d),
    })
    out["direction"] = np.where(a / c >= b / d, "+", "-")
    out["significant"] = out["p_adjusted"] < alpha
    if disp is not None:
        docs_t, docs_r, n_t, n_r, dp_t = disp
        out["docs_target"] = docs_t.reindex(terms, fill_value=0).values.astype(int)
        out["docs_reference"] = docs_r.reindex(terms, fill_value=0).values.astype(int)
        out["articles_target"], out["articles_reference"] = int(n_t), int(n_r)
        out["dp_target"] = dp_t.reindex(terms).values.astype(float)
    return out


def _warn_keyness_input(articles: pd.DataFrame, n_art: dict) -> None:
    """UserWarnings for a keyness table that would mislead: groups of fewer than 5 articles (their "key" terms
    describe those articles: G² counts tokens, not articles) and articles in more than one language."""
    import warnings

    from ._tables import normalise_languages

    small = sorted((str(g), n) for g, n in n_art.items() if n < 5)
    if small:
        warnings.warn("keyness: groups with fewer than 5 articles: " + ", ".join(f"{g} ({n})" for g, n in small)
                      + "; their key terms describe those articles, not the group (see docs_target and dp_target)",
                      UserWarning, stacklevel=3)
    if "language" in articles.columns:
        langs = sorted(normalise_languages(articles)["language"].dropna().astype(str).unique())
        if len(langs) > 1:
            warnings.warn(f"keyness: articles in {len(langs)} languages ({', '.join(langs)}): across languages "
                          "every word is key; compare one language at a time", UserWarning, stacklevel=3)


def keyness(articles: pd.DataFrame, by: str = "outlet", *, comparison: str = "one_vs_rest", min_freq: int = 5,
            remove_stopwords: bool = True, min_length: int = 2, alpha: float = 0.05, correction: str = "fdr_bh",
            min_tokens: int = 0, outlets: pd.DataFrame | None = None, rank: str = "g2") -> pd.DataFrame:
    """Key terms of each group: G² (Dunning 1993) with Log Ratio (Hardie 2014), FDR-corrected, with dispersion.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``, ``text``, ``language`` and what ``by``
        needs. Not modified. Compare groups in one language at a time: across
        languages every word is "key" (a UserWarning says so, and names the
        groups of fewer than 5 articles, whose key terms describe those
        articles rather than the group).
    by : str
        Grouping: any column of the articles, ``"month"``, or an outlet-table
        column (see :func:`newsanalysis.compare.article_groups`).
    comparison : {"one_vs_rest", "pairwise", "both"}
        Each group against all other articles, each pair of groups, or both.
    min_freq : int
        A term is tested only if it occurs at least this often in target and
        reference together.
    remove_stopwords : bool
        Drop stop words (``resources/<lang>/stopwords.txt``; en and de).
    min_length : int
        Drop tokens shorter than this (characters).
    alpha : float
        Level for ``significant`` on the adjusted p-value.
    correction : str
        ``multipletests`` method, applied over the terms of each comparison
        (``"fdr_bh"``, Benjamini–Hochberg, by default).
    min_tokens : int
        Groups with fewer tokens (after filtering) are left out.
    rank : {"g2", "log_ratio"}
        Order within each comparison: G² descending (default), or
        significant terms first ranked by Log Ratio (over-used terms by Log
        Ratio descending, then under-used by Log Ratio ascending), then
        the rest by G² (Hardie 2014: rank by effect size among the
        significant terms, not by the significance statistic).

    Returns
    -------
    DataFrame
        One row per (comparison, group, reference, term), sorted by
        comparison, group, reference, then ``rank``. Columns:
        ``comparison`` (``"one_vs_rest"``/``"pairwise"``); ``group``;
        ``reference`` (``"rest"`` or the other group); ``term``;
        ``freq_target``, ``freq_reference`` (counts); ``total_target``,
        ``total_reference`` (tokens); ``per_million_target``,
        ``per_million_reference``; ``g2`` (≥ 0); ``p_value`` (χ², 1 df);
        ``p_adjusted``; ``log_ratio`` (log2 of the relative-frequency
        ratio: +1 means twice as frequent in the group); ``direction``
        (``"+"`` over-used by the group, ``"-"`` under-used);
        ``significant`` (bool); ``docs_target``, ``docs_reference`` (articles
        using the term); ``articles_target``, ``articles_reference``
        (articles with tokens); ``dp_target`` (Gries's DP of the term over
        the target group's articles, in [0, 1): near 1 = one article).
        ``attrs["by"]`` holds ``by``.

    Raises
    ------
    ValueError
        For a malformed article table or an unknown ``comparison``.
    KeyError
        If ``by`` cannot be resolved.
    """
    if comparison not in ("one_vs_rest", "pairwise", "both"):
        raise ValueError(f"comparison must be 'one_vs_rest', 'pairwise' or 'both', got {comparison!r}")
    if rank not in ("g2", "log_ratio"):
        raise ValueError(f"rank must be 'g2' or 'log_ratio', got {rank!r}")
    long = _article_term_counts(articles, by, remove_stopwords=remove_stopwords, min_length=min_length,
                                outlets=outlets)
    docs, dps, n_art = _dispersion(long, by)
    _warn_keyness_input(articles, n_art)
    table = long.pivot_table(index="term", columns=by, values="freq", aggfunc="sum", fill_value=0)
    totals = table.sum(axis=0)
    table = table.loc[:, totals[totals >= max(min_tokens, 1)].index]
    groups = sorted(table.columns)
    parts = []
    if comparison in ("one_vs_rest", "both") and len(groups) >= 2:
        all_counts = table.sum(axis=1)
        all_docs = pd.concat([docs[g] for g in groups], axis=1).fillna(0).sum(axis=1)
        n_all = sum(n_art[g] for g in groups)
        for g in groups:
            disp = (docs[g], all_docs.sub(docs[g], fill_value=0), n_art[g], n_all - n_art[g], dps[g])
            parts.append(_compare(table[g], all_counts - table[g], g, "rest", "one_vs_rest", min_freq, alpha,
                                  correction, disp))
    if comparison in ("pairwise", "both"):
        for g, h in itertools.combinations(groups, 2):
            parts.append(_compare(table[g], table[h], g, h, "pairwise", min_freq, alpha, correction,
                                  (docs[g], docs[h], n_art[g], n_art[h], dps[g])))
    parts = [p for p in parts if len(p)]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=KEYNESS_COLUMNS)
    if rank == "g2" or not len(out):
        out = out.sort_values(["comparison", "group", "reference", "g2"], ascending=[True, True, True, False],
                              ignore_index=True)
    else:
        sig = out["significant"].astype(bool)
        # significant over-used terms by Log Ratio, then significant under-used (most negative first), then
        # the others by G²
        key = np.where(sig & (out["direction"] == "+"), 0, np.where(sig, 1, 2))
        sub = np.where(key == 0, -out["log_ratio"], np.where(key == 1, out["log_ratio"], -out["g2"]))
        out = out.assign(_k=key, _s=sub).sort_values(["comparison", "group", "reference", "_k", "_s"],
                                                     ignore_index=True).drop(columns=["_k", "_s"])
    out.attrs = {"by": by, "rank": rank}
    return out[KEYNESS_COLUMNS]


def top_terms(table: pd.DataFrame, n: int = 10, *, direction: str = "+", significant_only: bool = True,
              rank: str = "g2") -> pd.DataFrame:
    """The ``n`` top terms per (comparison, group, reference) of a :func:`keyness` table.

    ``direction`` ``"+"`` (over-used, default), ``"-"`` (under-used) or
    ``None`` (both). ``rank`` ``"g2"`` (highest G², default) or
    ``"log_ratio"`` (largest absolute Log Ratio). Returns rows of ``table``
    (same columns), in that order.
    """
    if rank not in ("g2", "log_ratio"):
        raise ValueError(f"rank must be 'g2' or 'log_ratio', got {rank!r}")
    t = table
    if direction:
        t = t[t["direction"] == direction]
    if significant_only:
        t = t[t["significant"].astype(bool)]
    t = t.assign(_r=t["g2"] if rank == "g2" else t["log_ratio"].abs())
    t = t.sort_values("_r", ascending=False, kind="stable")
    return t.groupby(["comparison", "group", "reference"], sort=True).head(n).sort_values(
        ["comparison", "group", "reference", "_r"], ascending=[True, True, True, False],
        ignore_index=True).drop(columns="_r")
