"""Compare groups of articles (outlets, countries, affiliations, languages, months) with intervals and tests.

Statistics are computed on the tidy tables of an :class:`~newsanalysis.AnalysisResult`,
never on raw text. Intervals come from an article-level (cluster) bootstrap
(Efron & Tibshirani 1993; Field & Welsh 2007 for clustered data), via
:func:`scipy.stats.bootstrap`, seeded. Tests come from scipy
(:func:`~scipy.stats.chi2_contingency`, :func:`~scipy.stats.fisher_exact`,
:func:`~scipy.stats.kruskal`, :func:`~scipy.stats.permutation_test`) and
statsmodels (:func:`~statsmodels.stats.multitest.multipletests`,
Benjamini & Hochberg 1995; Holm 1979).

Groups can be any column of the articles or of the editable outlet table
``corpus/outlets.csv`` (:func:`load_outlets`, joined on ``outlet``), or
``"month"``.
"""
from __future__ import annotations

import itertools
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats
from scipy.stats.contingency import association
from statsmodels.stats.multitest import multipletests

from .attribution import SOURCE_TYPES
from .framing import GENERIC_FRAMES

#: The editable outlet table shipped with the repository.
OUTLETS_CSV = Path(__file__).resolve().parent.parent / "corpus" / "outlets.csv"
UNKNOWN = "(unknown)"

MIN_GROUP_ARTICLES = 5


def bootstrap_mean_ci(values, *, confidence: float = 0.95, n_resamples: int = 2000, seed: int = 0) -> tuple[float, float, float]:
    """Mean of ``values`` with a percentile bootstrap interval.

    Parameters
    ----------
    values : array-like of float
        One value per article (NaN are dropped).
    confidence : float
        Interval level in (0, 1).
    n_resamples : int
        Bootstrap resamples.
    seed : int
        Seed of the resampling: the same input and seed give the same interval.

    Returns
    -------
    (mean, low, high) : tuple of float
        NaN for all three with no value; ``low == high == mean`` with one value.
    """
    x = np.asarray(pd.Series(values, dtype="float64").dropna(), dtype=float)
    if x.size == 0:
        return (np.nan, np.nan, np.nan)
    m = float(x.mean())
    if x.size == 1 or np.all(x == x[0]):
        return (m, m, m)
    res = stats.bootstrap((x,), np.mean, confidence_level=confidence, n_resamples=n_resamples,
                          method="percentile", random_state=np.random.default_rng(seed))
    return (m, float(res.confidence_interval.low), float(res.confidence_interval.high))


def load_outlets(path: str | Path | None = None) -> pd.DataFrame:
    """Read the outlet table (``corpus/outlets.csv`` by default).

    Parameters
    ----------
    path : path, optional
        A CSV with at least an ``outlet`` column; by default the editable
        ``corpus/outlets.csv`` of the repository (columns ``outlet, country,
        language, affiliation, type, note``; ``language`` lists the outlet's
        languages separated by ``;``).

    Returns
    -------
    DataFrame
        One row per outlet, all values as strings (empty cells → NA).

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    ValueError
        If it lacks an ``outlet`` column or lists an outlet twice (naming it).
    """
    path = Path(path) if path is not None else OUTLETS_CSV
    if not path.is_file():
        raise FileNotFoundError(f"{path}: outlet table not found")
    out = pd.read_csv(path, dtype="string", keep_default_na=False, na_values=[""])
    if "outlet" not in out.columns:
        raise ValueError(f"{path}: the outlet table needs an 'outlet' column; it has {list(out.columns)}")
    out["outlet"] = out["outlet"].str.strip()
    dup = out["outlet"].duplicated()
    if dup.any():
        raise ValueError(f"{path}: outlet {out.loc[dup, 'outlet'].iloc[0]!r} is listed more than once")
    return out


def article_groups(articles: pd.DataFrame, by: str, *, outlets: pd.DataFrame | None = None) -> pd.Series:
    """The group of each article for ``by``, indexed by ``article_id`` (str).

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``; ``published`` (datetime, tz-aware) for
        ``by="month"``/``"week"``; ``outlet`` to join the outlet table.
    by : str
        A column of ``articles``; else ``"month"`` (``YYYY-MM`` of
        ``published`` in UTC), ``"week"`` (ISO week, ``YYYY-Www``) or a
        column of the outlet table joined on ``outlet`` (``country``,
        ``affiliation``, ``type``…). Article columns win over outlet columns
        of the same name (e.g. ``language``).
    outlets : DataFrame, optional
        The outlet table; :func:`load_outlets` by default.

    Returns
    -------
    Series of str
        Named ``by``; missing values and outlets absent from the outlet table
        are ``"(unknown)"``.

    Raises
    ------
    KeyError
        If ``by`` is none of the above (the message lists the choices).
    """
    ids = articles["article_id"].astype(str).values
    if by in articles.columns:
        key = articles[by]
    elif by in ("month", "week"):
        if "published" not in articles.columns:
            raise KeyError(f"cannot group by {by!r}: the articles have no 'published' column")
        pub = pd.to_datetime(articles["published"], utc=True)
        key = pub.dt.strftime("%Y-%m") if by == "month" else pub.dt.strftime("%G-W%V")
    else:
        meta = load_outlets() if outlets is None else outlets
        if by not in meta.columns or "outlet" not in articles.columns:
            raise KeyError(f"cannot group by {by!r}: not 'month', 'week', a column of the articles "
                           f"({list(articles.columns)}) nor of the outlet table ({list(meta.columns)})")
        key = articles["outlet"].map(meta.set_index("outlet")[by])
    key = pd.Series(key).astype("object").where(pd.Series(key).notna().values, UNKNOWN)
    return pd.Series(key.astype(str).values, index=pd.Index(ids, name="article_id"), name=by)


def _turn_mask(attributions: pd.DataFrame) -> pd.Series:
    """True for the rows that are transcript speaker turns (``speaker_turn``; missing values and a
    missing column count as False)."""
    if "speaker_turn" not in attributions.columns:
        return pd.Series(False, index=attributions.index)
    return attributions["speaker_turn"].astype("boolean").fillna(False).astype(bool)


def reported_attributions(attributions: pd.DataFrame, speaker_turns: bool = False) -> pd.DataFrame:
    """The attributions that count as sources in outlet comparisons.

    Transcript speaker turns (``speaker_turn`` True: "Vladimir Putin: …",
    "Question: …" in Kremlin.ru transcripts) are who speaks in a published
    transcript, not whom a journalist chose to quote; 929 of the 1,474 rows
    of the real corpus are turns, nearly all Kremlin.ru, and counting them
    swamps every source figure of that outlet. They are left out unless
    ``speaker_turns=True``.

    Parameters
    ----------
    attributions : DataFrame
        The attribution table (one row per attribution; ``speaker_turn``
        optional: without it every row counts).
    speaker_turns : bool
        Keep the transcript turns.

    Returns
    -------
    DataFrame
        The same columns, the rows that count (a copy).
    """
    if speaker_turns or not len(attributions):
        return attributions.copy()
    return attributions[~_turn_mask(attributions)].copy()


def _wilson(k: float, n: float, confidence: float) -> tuple[float, float]:
    """Wilson score interval of k successes in n trials (statsmodels ``proportion_confint``)."""
    from statsmodels.stats.proportion import proportion_confint

    lo, hi = proportion_confint(int(round(k)), int(round(n)), alpha=1 - confidence, method="wilson")
    return float(lo), float(hi)


def _ratio_ci(num, den, *, confidence: float, n_resamples: int, seed: int) -> tuple[float, float, float]:
    """sum(num)/sum(den) over clusters with a percentile cluster-bootstrap interval (clusters with den=0 dropped).

    When resampling articles cannot vary the ratio (one article, or the same share in every article,
    typically none or all: 0 anonymous sources of 32), the bootstrap interval would be [est, est], which
    claims certainty; the Wilson score interval of the pooled counts is given instead (it treats the
    attributions as independent, so it is, if anything, too narrow, but never zero-width: 0 of 32 gives
    [0, 0.107])."""
    num = np.asarray(num, dtype=float)
    den = np.asarray(den, dtype=float)
    keep = den > 0
    num, den = num[keep], den[keep]
    if den.size == 0:
        return (np.nan, np.nan, np.nan)
    est = float(num.sum() / den.sum())
    if den.size == 1 or np.allclose(num / den, est):
        lo, hi = _wilson(num.sum(), den.sum(), confidence)
        return (est, lo, hi)
    res = stats.bootstrap((num, den), lambda n, d, axis=-1: n.sum(axis=axis) / d.sum(axis=axis), paired=True,
                          vectorized=True, confidence_level=confidence, n_resamples=n_resamples,
                          method="percentile", random_state=np.random.default_rng(seed))
    return (est, float(res.confidence_interval.low), float(res.confidence_interval.high))


def compare(result, by: str = "outlet", *, outlets: pd.DataFrame | None = None, confidence: float = 0.95,
            n_resamples: int = 2000, seed: int = 0, progress: bool = False,
            speaker_turns: bool = False) -> pd.DataFrame:
    """One row per group: size, tone with an interval, frame shares, sources.

    Parameters
    ----------
    result : AnalysisResult
        From :func:`newsanalysis.analyze` (only ``articles``, ``summary``,
        ``frames`` and ``attributions`` are read; an empty attribution table
        gives NaN source figures).
    by : str
        A column of ``result.articles`` (e.g. ``"outlet"``, ``"language"``),
        ``"month"``/``"week"`` (from ``published``, UTC) or a column of the
        outlet table (``"country"``, ``"affiliation"``, ``"type"``), see
        :func:`article_groups`.
    outlets : DataFrame, optional
        Outlet table (:func:`load_outlets` by default).
    confidence, n_resamples, seed
        Bootstrap settings (see :func:`bootstrap_mean_ci`).
    progress : bool
        Show a tqdm progress bar (rate, ETA) over the groups; off when the
        output is not a terminal.
    speaker_turns : bool
        Count transcript speaker turns as attributions (default False: see
        :func:`reported_attributions`; ``speaker_turns_left_out`` says how
        many rows were left out).

    Returns
    -------
    DataFrame
        One row per group, sorted by number of articles (descending), columns:
        ``<by>``; ``articles`` (all loaded); ``analysed_articles`` (in a
        language with analysers); ``languages`` (languages of the analysed
        articles, ``;``-joined: tone from different lexicons is not
        comparable across languages); ``sentences_analysed`` (scored sentences);
        ``mean_compound`` (mean over articles of the article's mean sentence
        compound score, in [-1, 1]) with ``compound_low`` and
        ``compound_high`` (the bootstrap interval over articles);
        ``frame_<Frame>`` for the 14 generic frames (share of analysed
        articles where the frame is present, in [0, 1]);
        ``attributions`` (rows counted), ``speaker_turns_left_out`` (transcript
        turns not counted), ``anonymous_share`` (share of attributions whose
        source is anonymous, NaN with none) with ``anonymous_low`` and
        ``anonymous_high`` (cluster bootstrap over articles; the Wilson
        interval when every article has the same share, e.g. none); ``source_<type>``
        (share of attributions by source type); ``warning`` (text when the
        group has fewer than 5 analysed articles, and for the ``"(unknown)"``
        group of an outlet-table column, the outlets missing from the outlet
        table; else empty). Intervals for
        every share are in :func:`estimates`.

    Raises
    ------
    KeyError
        If ``by`` cannot be resolved (see :func:`article_groups`).
    """
    arts = result.articles
    groups = article_groups(arts, by, outlets=outlets)

    summary = result.summary.assign(article_id=result.summary["article_id"].astype(str)).set_index("article_id")
    # split the long tables by group once (one pass each), not once per group
    gmap = dict(zip(groups.index.astype(str), groups.values))
    frames = result.frames
    fr_by = {}
    if len(frames):
        fa = frames[frames["analysed"].astype(bool)]
        fr_by = dict(tuple(fa.groupby(fa["article_id"].astype(str).map(gmap), sort=False)))
    all_att = result.attributions
    att = reported_attributions(all_att, speaker_turns)
    att_by = dict(tuple(att.groupby(att["article_id"].astype(str).map(gmap), sort=False))) if len(att) else {}
    turns_by = pd.Series(dtype=int)
    if len(all_att) and not speaker_turns:
        turns_by = all_att.loc[_turn_mask(all_att), "article_id"].astype(str).map(gmap).value_counts()
    rows = []
    from ._tables import progress_bar

    for g, ids in progress_bar(groups.groupby(groups).groups.items(), progress=progress, unit="group",
                               desc="comparing"):
        ids = list(ids)
        s = summary.loc[ids]
        analysed = s[s["analysed"].astype(bool)]
        mean, low, high = bootstrap_mean_ci(analysed["mean_compound"], confidence=confidence,
                                            n_resamples=n_resamples, seed=seed)
        row = {
            by: g,
            "articles": len(s),
            "analysed_articles": len(analysed),
            "languages": ";".join(sorted(analysed["language"].dropna().astype(str).unique())),
            "sentences_analysed": int(analysed["n_scored"].fillna(0).sum()),
            "mean_compound": mean, "compound_low": low, "compound_high": high,
        }
        fr = fr_by.get(g, frames.iloc[:0])
        fr = fr[fr["article_id"].astype(str).isin(analysed.index)]
        share = fr.groupby("frame")["present"].apply(lambda p: float(p.fillna(False).astype(bool).mean()))
        for f in GENERIC_FRAMES:
            row[f"frame_{f}"] = share.get(f, np.nan) if len(analysed) else np.nan
        a = att_by.get(g, att.iloc[:0])
        a = a[a["article_id"].astype(str).isin(analysed.index)] if len(a) else a
        row["attributions"] = len(a)
        row["speaker_turns_left_out"] = int(turns_by.get(g, 0))
        if len(a):
            per = a.assign(anon=a["anonymous"].astype(bool)).groupby("article_id")["anon"].agg(["sum", "size"])
            row["anonymous_share"], row["anonymous_low"], row["anonymous_high"] = _ratio_ci(
                per["sum"], per["size"], confidence=confidence, n_resamples=n_resamples, seed=seed)
        else:
            row["anonymous_share"] = row["anonymous_low"] = row["anonymous_high"] = np.nan
        mix = a["source_type"].value_counts(normalize=True) if len(a) else pd.Series(dtype=float)
        for t in SOURCE_TYPES:
            row[f"source_{t}"] = float(mix.get(t, 0.0)) if len(a) else np.nan
        if len(analysed) == 0:  # e.g. an outlet publishing only in Korean: no figures, and not zero
            langs = ", ".join(sorted(s["language"].dropna().astype(str).unique())) or "unknown"
            row["warning"] = f"not analysed (language {langs})"
        else:
            row["warning"] = (f"only {len(analysed)} analysed article(s): interval unreliable"
                              if len(analysed) < MIN_GROUP_ARTICLES else "")
        if g == UNKNOWN and by not in arts.columns and "outlet" in s.columns:
            # outlets missing from the outlet table land here: say which, and how to place them
            missing = sorted(s["outlet"].dropna().astype(str).unique())
            hint = (f"{len(missing)} outlet(s) not in the outlet table or without a {by!r}: "
                    f"{', '.join(missing[:5])}{' …' if len(missing) > 5 else ''} (add them to corpus/outlets.csv "
                    f"or pass outlets=)")
            row["warning"] = "; ".join(x for x in (row["warning"], hint) if x)
        rows.append(row)
    out = pd.DataFrame(rows)
    return out.sort_values(["articles", by], ascending=[False, True], ignore_index=True)


def _article_measures(result, speaker_turns: bool = False) -> pd.DataFrame:
    """Per analysed article, one row per (article, measure): ``article_id, family, measure, num, den``.

    ``num/den`` summed over a group's articles gives the group's figure:
    tone (num = mean compound, den = 1), frame presence (0/1 over 1), anonymous
    share and source-type shares (attribution counts over the article's attributions).
    """
    s = result.summary
    s = s[s["analysed"].astype(bool)].assign(article_id=lambda d: d["article_id"].astype(str))
    parts = []
    tone = s.dropna(subset=["mean_compound"])
    parts.append(pd.DataFrame({"article_id": tone["article_id"], "family": "tone", "measure": "mean_compound",
                               "num": tone["mean_compound"].astype(float), "den": 1.0}))
    fr = result.frames
    if len(fr):
        fr = fr[fr["analysed"].astype(bool) & fr["article_id"].astype(str).isin(s["article_id"])]
        parts.append(pd.DataFrame({"article_id": fr["article_id"].astype(str), "family": "frame",
                                   "measure": fr["frame"].astype(str),
                                   "num": fr["present"].astype("boolean").fillna(False).astype(float), "den": 1.0}))
    att = reported_attributions(result.attributions, speaker_turns)
    if len(att):
        att = att[att["article_id"].astype(str).isin(s["article_id"])].assign(
            article_id=lambda d: d["article_id"].astype(str))
        n = att.groupby("article_id").size()
        anon = att[att["anonymous"].astype(bool)].groupby("article_id").size().reindex(n.index, fill_value=0)
        parts.append(pd.DataFrame({"article_id": n.index, "family": "anonymous", "measure": "anonymous_share",
                                   "num": anon.values.astype(float), "den": n.values.astype(float)}))
        ct = pd.crosstab(att["article_id"], att["source_type"]).reindex(columns=list(SOURCE_TYPES), fill_value=0)
        for t in SOURCE_TYPES:
            parts.append(pd.DataFrame({"article_id": ct.index, "family": "source", "measure": t,
                                       "num": ct[t].values.astype(float), "den": n.reindex(ct.index).values.astype(float)}))
    return pd.concat(parts, ignore_index=True)


def estimates(result, by: str = "outlet", *, outlets: pd.DataFrame | None = None, confidence: float = 0.95,
              n_resamples: int = 2000, seed: int = 0, speaker_turns: bool = False) -> pd.DataFrame:
    """Every per-group figure with its cluster-bootstrap interval, in long form.

    Parameters
    ----------
    result : AnalysisResult
    by : str
        Grouping (see :func:`article_groups`).
    outlets : DataFrame, optional
        Outlet table (:func:`load_outlets` by default).
    confidence, n_resamples, seed
        Bootstrap settings; resampling is over articles (clusters), so that
        sentences and attributions of one article stay together. A share that
        is the same in every article (e.g. no anonymous source anywhere) gets
        the Wilson score interval of the pooled counts instead of a zero-width one.
    speaker_turns : bool
        Count transcript speaker turns as attributions (default False, see
        :func:`reported_attributions`).

    Returns
    -------
    DataFrame
        One row per (group, measure), columns ``<by>``; ``family`` (``tone``,
        ``frame``, ``anonymous``, ``source``); ``measure`` (``mean_compound``,
        the frame name, ``anonymous_share`` or the source type);
        ``estimate`` (tone: mean over articles of the article mean compound,
        in [-1, 1]; frame: share of analysed articles with the frame present;
        anonymous/source: share of the group's attributions, in [0, 1]);
        ``low``, ``high`` (percentile interval); ``n_articles`` (articles
        contributing); ``n_units`` (articles for tone and frames,
        attributions for anonymous and source); ``warning`` (fewer than 5
        articles). Only analysed articles count; a group without any has no rows.

    Raises
    ------
    KeyError
        If ``by`` cannot be resolved.
    """
    groups = article_groups(result.articles, by, outlets=outlets)
    m = _article_measures(result, speaker_turns)
    m[by] = m["article_id"].map(groups)
    rows = []
    for (g, fam, meas), d in m.groupby([by, "family", "measure"], sort=True):
        if fam == "tone":
            est, lo, hi = bootstrap_mean_ci(d["num"], confidence=confidence, n_resamples=n_resamples, seed=seed)
        elif fam == "frame":
            # a share of articles (den = 1 each): the bootstrap of the mean, with the Wilson interval when
            # every article agrees (a frame in none or all of them)
            est, lo, hi = _ratio_ci(d["num"], d["den"], confidence=confidence, n_resamples=n_resamples, seed=seed)
        else:
            est, lo, hi = _ratio_ci(d["num"], d["den"], confidence=confidence, n_resamples=n_resamples, seed=seed)
        k = int((d["den"] > 0).sum())
        rows.append({by: g, "family": fam, "measure": meas, "estimate": est, "low": lo, "high": hi,
                     "n_articles": k, "n_units": int(d["den"].sum()),
                     "warning": f"only {k} article(s): interval unreliable" if k < MIN_GROUP_ARTICLES else ""})
    cols = [by, "family", "measure", "estimate", "low", "high", "n_articles", "n_units", "warning"]
    return pd.DataFrame(rows, columns=cols)


def adjust_pvalues(p, method: str = "fdr_bh") -> np.ndarray:
    """Multiple-testing correction via :func:`statsmodels.stats.multitest.multipletests`.

    Parameters
    ----------
    p : array-like of float
        Raw p-values; NaN stay NaN and are not counted as tests.
    method : str
        ``"fdr_bh"`` (Benjamini & Hochberg 1995, default), ``"holm"`` (Holm
        1979), ``"bonferroni"`` or any other ``multipletests`` method.

    Returns
    -------
    ndarray of float
        Adjusted p-values in [0, 1], same order as ``p``.
    """
    p = np.asarray(p, dtype=float)
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    if ok.any():
        out[ok] = multipletests(p[ok], method=method)[1]
    return out


def contingency_test(table) -> dict:
    """Test of independence on a groups × categories count table, with Cramér's V.

    Fisher's exact test (:func:`scipy.stats.fisher_exact`, two-sided) for a
    2×2 table with an expected count below 5 (Cochran 1954), else Pearson's
    chi-square without continuity correction (:func:`scipy.stats.chi2_contingency`).
    Cramér's V from the uncorrected chi-square (:func:`scipy.stats.contingency.association`).

    Parameters
    ----------
    table : array-like of int, shape (k, c)
        Counts; rows or columns that are all zero are dropped first.

    Returns
    -------
    dict
        ``test`` (``"fisher_exact"``, ``"chi2"`` or ``""``), ``statistic``
        (chi-square, or Fisher's odds ratio), ``df``, ``p_value``,
        ``effect_size`` (Cramér's V in [0, 1]), ``n`` (total count),
        ``note`` (why no test, or how many expected counts are below 5).
    """
    t = np.asarray(table, dtype=float)
    t = t[t.sum(axis=1) > 0][:, t.sum(axis=0) > 0] if t.size else t
    out = {"test": "", "statistic": np.nan, "df": np.nan, "p_value": np.nan, "effect_size": np.nan,
           "n": int(t.sum()) if t.size else 0, "note": ""}
    if t.ndim != 2 or t.shape[0] < 2 or t.shape[1] < 2:
        out["note"] = "no variation: fewer than two non-empty groups or categories"
        return out
    expected = stats.contingency.expected_freq(t)
    v = float(association(np.rint(t).astype(np.int64), method="cramer", correction=False))
    out["effect_size"] = v
    if t.shape == (2, 2) and (expected < 5).any():
        r = stats.fisher_exact(t.astype(int))
        out.update(test="fisher_exact", statistic=float(r.statistic), df=1, p_value=float(r.pvalue))
    else:
        r = stats.chi2_contingency(t, correction=False)
        out.update(test="chi2", statistic=float(r.statistic), df=int(r.dof), p_value=float(r.pvalue))
        low = int((expected < 5).sum())
        if low:
            out["note"] = f"{low} of {expected.size} expected counts below 5: p-value approximate"
    return out


def _mean_diff(x, y, axis=-1):
    return np.mean(x, axis=axis) - np.mean(y, axis=axis)


def _welch_t(x, y, axis=-1):
    return stats.ttest_ind(x, y, equal_var=False, axis=axis).statistic


def tone_test(samples: dict, *, n_resamples: int = 9999, seed: int = 0) -> dict:
    """Tone across groups: Kruskal–Wallis for k ≥ 3 groups, a studentized permutation test for 2.

    The two-group test permutes articles between the groups with Welch's t
    as statistic (:func:`scipy.stats.permutation_test` with
    :func:`scipy.stats.ttest_ind`, ``equal_var=False``), which stays valid
    when the groups differ in spread and size (Janssen 1997); the effect size
    is the difference in mean compound.

    Parameters
    ----------
    samples : dict
        Group → article scores (mean compound per article, NaN dropped).
    n_resamples, seed
        Permutation settings (exact when the number of permutations is smaller).

    Returns
    -------
    dict
        ``test`` (``"kruskal"`` or ``"permutation (Welch t)"``), ``statistic``
        (H, or Welch's t of the first minus the second group),
        ``df``, ``p_value`` (two-sided), ``effect_size`` (Kruskal–Wallis:
        ε² = H / (n − 1), Tomczak & Tomczak 2014, in [0, 1]; two groups:
        difference in means in compound units), ``effect_measure``, ``n``, ``note``.
    """
    xs = {g: np.asarray(pd.Series(v, dtype="float64").dropna(), dtype=float) for g, v in samples.items()}
    xs = {g: v for g, v in xs.items() if v.size}
    n = int(sum(v.size for v in xs.values()))
    out = {"test": "", "statistic": np.nan, "df": np.nan, "p_value": np.nan, "effect_size": np.nan,
           "effect_measure": "", "n": n, "note": ""}
    if len(xs) < 2:
        out["note"] = "fewer than two groups with scores"
        return out
    vals = list(xs.values())
    if len(xs) == 2:
        if any(v.size < 2 for v in vals):
            out["note"] = "a group has fewer than two scores"
            return out
        if np.ptp(np.concatenate(vals)) == 0:
            out["note"] = "all scores equal"
            return out
        with np.errstate(divide="ignore", invalid="ignore"):
            r = stats.permutation_test(vals, _welch_t, vectorized=True, n_resamples=n_resamples,
                                       alternative="two-sided", random_state=np.random.default_rng(seed))
        d = float(_mean_diff(*vals))
        out.update(test="permutation (Welch t)", statistic=float(r.statistic), p_value=float(r.pvalue),
                   effect_size=d, effect_measure="difference in mean compound")
        return out
    if np.ptp(np.concatenate(vals)) == 0:
        out["note"] = "all scores equal"
        return out
    r = stats.kruskal(*vals)
    out.update(test="kruskal", statistic=float(r.statistic), df=len(xs) - 1, p_value=float(r.pvalue),
               effect_size=float(r.statistic) / (n - 1), effect_measure="epsilon squared")
    return out


def cluster_contingency_test(per_article: pd.DataFrame, labels, *, groups: list | None = None,
                             n_resamples: int = 1999, seed: int = 0) -> dict:
    """Chi-square of a groups × categories table whose units are clustered in articles, with a permutation p-value.

    The statistic is Pearson's chi-square of the summed table (and Cramér's
    V as effect size, see :func:`contingency_test`); the p-value comes from
    :func:`scipy.stats.permutation_test` reassigning whole articles to
    groups, so that an article with many attributions of one kind does not
    count as many independent observations (exact when the number of
    distinct reassignments is at most ``n_resamples``).

    Parameters
    ----------
    per_article : DataFrame
        One row per article (index), one column per category, counts ≥ 0.
    labels : array-like
        Group of each row of ``per_article``.
    groups : list, optional
        Groups to compare (others are dropped); default: all labels.
    n_resamples, seed
        Permutation settings.

    Returns
    -------
    dict
        As :func:`contingency_test`, with ``test`` ``"chi2, article permutation"``
        and ``n`` the total count; ``note`` says why no test was possible.
    """
    labels = np.asarray(labels, dtype=object)
    groups = list(pd.unique(labels)) if groups is None else list(groups)
    x = per_article.to_numpy(dtype=float)
    keep = np.isin(labels, groups) & (x.sum(axis=1) > 0)
    x, labels = x[keep], labels[keep]
    table = np.array([x[labels == g].sum(axis=0) for g in groups]) if len(groups) else np.zeros((0, 0))
    res = contingency_test(table)
    if not res["test"]:
        return res
    samples = [np.flatnonzero(labels == g) for g in groups if (labels == g).any()]
    x = x[:, x.sum(axis=0) > 0]  # category totals do not change when articles are reassigned

    def chi2_of(*idx, axis=-1):
        # summed table of each resample: (..., groups, categories); Pearson's statistic via scipy
        t = np.stack([x[np.asarray(i, dtype=np.int64)].sum(axis=-2) for i in idx], axis=-2)
        exp = t.sum(axis=-1, keepdims=True) * t.sum(axis=-2, keepdims=True) / t.sum(axis=(-1, -2), keepdims=True)
        flat = t.shape[:-2] + (t.shape[-2] * t.shape[-1],)
        return stats.power_divergence(t.reshape(flat), exp.reshape(flat), axis=-1, lambda_="pearson").statistic

    observed = float(chi2_of(*samples))
    perm = stats.permutation_test(samples, chi2_of, permutation_type="independent", vectorized=True,
                                  n_resamples=n_resamples, alternative="greater",
                                  random_state=np.random.default_rng(seed))
    res.update(test="chi2, article permutation", statistic=float(observed), p_value=float(perm.pvalue),
               df=(table[:, table.sum(axis=0) > 0].shape[1] - 1) * (len(samples) - 1), note="")
    return res


def compare_tests(result, by: str = "outlet", *, outlets: pd.DataFrame | None = None,
                  min_articles: int = MIN_GROUP_ARTICLES, pairwise: bool = True, correction: str = "fdr_bh",
                  n_resamples: int = 9999, n_cluster_resamples: int = 1999, seed: int = 0,
                  speaker_turns: bool = False) -> pd.DataFrame:
    """Tests of differences between groups: across all groups at once and pairwise, corrected.

    Families of tests: ``frame`` (one test per frame: groups × present/absent
    over analysed articles), ``tone`` (article mean compound),
    ``source`` (groups × source type over attributions) and ``anonymous``
    (groups × anonymous/named over attributions). See
    :func:`contingency_test` and :func:`tone_test` for the tests and effect sizes.

    Parameters
    ----------
    result : AnalysisResult
    by : str
        Grouping (see :func:`article_groups`).
    outlets : DataFrame, optional
        Outlet table (:func:`load_outlets` by default).
    min_articles : int
        Groups with fewer analysed articles are left out of the tests (and
        named in ``note``); a test needs two groups.
    pairwise : bool
        Also test every pair of groups.
    correction : str
        ``multipletests`` method for ``p_adjusted``: ``"fdr_bh"``
        (Benjamini–Hochberg, default) or ``"holm"``. Applied within each
        (family, scope): over the 14 omnibus frame tests, over all pairwise
        frame tests, over the pairwise tone tests, and so on.
    n_resamples, seed
        Permutation settings of the pairwise tone tests.
    n_cluster_resamples : int
        Permutations of articles for the ``source`` and ``anonymous`` tests
        (see :func:`cluster_contingency_test`).
    speaker_turns : bool
        Count transcript speaker turns as attributions (default False, see
        :func:`reported_attributions`).

    Returns
    -------
    DataFrame
        One row per test, columns ``family``, ``measure``, ``scope``
        (``"all"`` or ``"pairwise"``), ``group_a``, ``group_b`` (empty for
        ``"all"``), ``groups`` (number of groups), ``n`` (articles or
        attributions), ``test``, ``statistic``, ``df``, ``p_value``,
        ``p_adjusted``, ``correction``, ``effect_size``, ``effect_measure``
        (Cramér's V, ε² or difference in mean compound), ``note`` (why there
        is no test, small expected counts, left-out groups). A test that
        cannot be run has NaN p-values and a note, never 0.
        Attributions of one article are not independent, so the
        ``source``/``anonymous`` p-values come from permuting whole articles
        between groups (:func:`cluster_contingency_test`), not from the
        chi-square distribution.

    Raises
    ------
    KeyError
        If ``by`` cannot be resolved.
    """
    groups = article_groups(result.articles, by, outlets=outlets)
    m = _article_measures(result, speaker_turns)
    m["group"] = m["article_id"].map(groups)
    n_reported = len(reported_attributions(result.attributions, speaker_turns))
    s = result.summary
    analysed_ids = s.loc[s["analysed"].astype(bool), "article_id"].astype(str)
    n_art = analysed_ids.map(groups).value_counts()
    keep = sorted(n_art[n_art >= min_articles].index)
    small = sorted(set(n_art.index) - set(keep))
    left_out = f"left out (fewer than {min_articles} articles): {', '.join(small)}" if small else ""
    m = m[m["group"].isin(keep)]
    rows = []

    def add(family, measure, scope, ga, gb, k, res, effect_measure=None):
        note = "; ".join(x for x in (res.get("note", ""), left_out if scope == "all" else "") if x)
        rows.append({"family": family, "measure": measure, "scope": scope, "group_a": ga, "group_b": gb,
                     "groups": k, "n": res["n"], "test": res["test"], "statistic": res["statistic"],
                     "df": res["df"], "p_value": res["p_value"], "effect_size": res["effect_size"],
                     "effect_measure": effect_measure or res.get("effect_measure", ""), "note": note})

    pairs = list(itertools.combinations(keep, 2)) if pairwise and len(keep) > 2 else []

    def table_for(d, gs, cat_col, cats):
        return pd.crosstab(d["group"], d[cat_col]).reindex(index=gs, columns=cats, fill_value=0).values

    # frames: article counts present / absent
    fr = m[m["family"] == "frame"].assign(present=lambda d: d["num"] > 0)
    for f in GENERIC_FRAMES:
        d = fr[fr["measure"] == f]
        res = contingency_test(table_for(d, keep, "present", [True, False]))
        add("frame", f, "all", "", "", len(keep), res, "Cramér's V")
        for a, b in pairs:
            res = contingency_test(table_for(d[d["group"].isin([a, b])], [a, b], "present", [True, False]))
            add("frame", f, "pairwise", a, b, 2, res, "Cramér's V")
    # tone
    tone = m[m["family"] == "tone"]
    samples = {g: tone.loc[tone["group"] == g, "num"].values for g in keep}
    lang = s.assign(article_id=s["article_id"].astype(str)).set_index("article_id")["language"]
    tone_langs = tone.assign(lang=tone["article_id"].map(lang)).groupby("group")["lang"].agg(lambda v: set(v.dropna()))

    def mixed(gs):
        ls = set().union(*[tone_langs.get(g, set()) for g in gs]) if gs else set()
        return (f"scores from several languages ({', '.join(sorted(ls))}): lexicons differ, compare within a "
                "language" if len(ls) > 1 else "")

    res = tone_test(samples, n_resamples=n_resamples, seed=seed)
    res["note"] = "; ".join(x for x in (res["note"], mixed(keep)) if x)
    add("tone", "mean_compound", "all", "", "", len(keep), res)
    for a, b in pairs:
        la, lb = tone_langs.get(a, set()), tone_langs.get(b, set())
        if la and lb and not la & lb:
            # e.g. German articles (SentiWS) against English ones (VADER): a difference of lexicons, not of
            # outlets; no test (p is NaN, so the pair is not in the adjusted family either)
            res = tone_test({}, n_resamples=n_resamples, seed=seed)
            res["note"] = (f"not compared: different languages ({', '.join(sorted(la))} vs {', '.join(sorted(lb))}), "
                           "lexicons differ")
        else:
            res = tone_test({a: samples[a], b: samples[b]}, n_resamples=n_resamples, seed=seed)
            res["note"] = "; ".join(x for x in (res["note"], mixed([a, b])) if x)
        add("tone", "mean_compound", "pairwise", a, b, 2, res)
    # sources and anonymity: attribution counts, p-values from permuting whole articles
    src = m[m["family"] == "source"].pivot_table(index="article_id", columns="measure", values="num",
                                                 aggfunc="sum", fill_value=0)
    src = src.reindex(columns=list(SOURCE_TYPES), fill_value=0)
    an = m[m["family"] == "anonymous"].set_index("article_id")
    anon = pd.DataFrame({"anonymous": an["num"], "named": an["den"] - an["num"]})
    for fam, meas, per_article in (("source", "source_type", src), ("anonymous", "anonymous_share", anon)):
        if not n_reported:
            res = contingency_test(np.zeros((0, 0)))
            res["note"] = "no attributions"
        else:
            res = cluster_contingency_test(per_article, per_article.index.map(groups), groups=keep,
                                           n_resamples=n_cluster_resamples, seed=seed)
        add(fam, meas, "all", "", "", len(keep), res, "Cramér's V")
        for a, b in pairs:
            if n_reported:
                res = cluster_contingency_test(per_article, per_article.index.map(groups), groups=[a, b],
                                               n_resamples=n_cluster_resamples, seed=seed)
            add(fam, meas, "pairwise", a, b, 2, res, "Cramér's V")

    out = pd.DataFrame(rows, columns=["family", "measure", "scope", "group_a", "group_b", "groups", "n", "test",
                                      "statistic", "df", "p_value", "effect_size", "effect_measure", "note"])
    out["p_adjusted"] = np.nan
    for _, idx in out.groupby(["family", "scope"]).groups.items():
        out.loc[idx, "p_adjusted"] = adjust_pvalues(out.loc[idx, "p_value"].values, correction)
    out["correction"] = correction
    cols = ["family", "measure", "scope", "group_a", "group_b", "groups", "n", "test", "statistic", "df",
            "p_value", "p_adjusted", "correction", "effect_size", "effect_measure", "note"]
    return out[cols]


def frame_shares_long(comparison: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Reshape the ``frame_*`` columns of :func:`compare` to one row per (group, frame): ``<by>, frame, share``."""
    cols = [c for c in comparison.columns if c.startswith("frame_")]
    long = comparison.melt(id_vars=[by], value_vars=cols, var_name="frame", value_name="share")
    long["frame"] = long["frame"].str.removeprefix("frame_")
    return long


def source_mix_long(comparison: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Reshape the ``source_*`` columns of :func:`compare` to one row per (group, source type): ``<by>, source_type, share``."""
    cols = [f"source_{t}" for t in SOURCE_TYPES if f"source_{t}" in comparison.columns]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        long = comparison.melt(id_vars=[by], value_vars=cols, var_name="source_type", value_name="share")
    long["source_type"] = long["source_type"].str.removeprefix("source_")
    return long
