"""Compare groups of articles (outlets, countries, languages, months) with intervals.

Statistics are computed on the tidy tables of an :class:`~newsanalysis.AnalysisResult`,
never on raw text. Intervals come from an article-level bootstrap
(Efron & Tibshirani 1993), via :func:`scipy.stats.bootstrap`, seeded.
"""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
from scipy import stats

from .attribution import SOURCE_TYPES
from .framing import GENERIC_FRAMES

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


def compare(result, by: str = "outlet", *, confidence: float = 0.95, n_resamples: int = 2000, seed: int = 0) -> pd.DataFrame:
    """One row per group: size, tone with an interval, frame shares, sources.

    Parameters
    ----------
    result : AnalysisResult
        From :func:`newsanalysis.analyze`.
    by : str
        A column of ``result.articles`` (e.g. ``"outlet"``, ``"language"``)
        or ``"month"`` (from ``published``, UTC).
    confidence, n_resamples, seed
        Bootstrap settings (see :func:`bootstrap_mean_ci`).

    Returns
    -------
    DataFrame
        One row per group, sorted by number of articles (descending), columns:
        ``<by>``; ``articles`` (all loaded); ``analysed_articles`` (in a
        language with analysers); ``sentences_analysed`` (scored sentences);
        ``mean_compound`` (mean over articles of the article's mean sentence
        compound score, in [-1, 1]) with ``compound_low`` and
        ``compound_high`` (the bootstrap interval over articles);
        ``frame_<Frame>`` for the 14 generic frames (share of analysed
        articles where the frame is present, in [0, 1]);
        ``attributions``, ``anonymous_share`` (share of attributions whose
        source is anonymous, NaN with none); ``source_<type>`` (share of
        attributions by source type); ``warning`` (text when the group has
        fewer than 5 analysed articles, else empty).

    Raises
    ------
    KeyError
        If ``by`` is neither ``"month"`` nor a column of the articles.
    """
    arts = result.articles
    if by == "month":
        key = arts["published"].dt.tz_convert("UTC").dt.strftime("%Y-%m") if "published" in arts else None
    elif by in arts.columns:
        key = arts[by]
    else:
        raise KeyError(f"cannot group by {by!r}: not 'month' nor a column of the articles ({list(arts.columns)})")
    groups = pd.Series(key.fillna("(unknown)").astype(str).values, index=arts["article_id"].values, name=by)

    summary = result.summary.set_index("article_id")
    frames = result.frames
    att = result.attributions
    rows = []
    for g, ids in groups.groupby(groups).groups.items():
        ids = list(ids)
        s = summary.loc[ids]
        analysed = s[s["analysed"]]
        mean, low, high = bootstrap_mean_ci(analysed["mean_compound"], confidence=confidence,
                                            n_resamples=n_resamples, seed=seed)
        row = {
            by: g,
            "articles": len(s),
            "analysed_articles": len(analysed),
            "sentences_analysed": int(analysed["n_scored"].fillna(0).sum()),
            "mean_compound": mean, "compound_low": low, "compound_high": high,
        }
        fr = frames[frames["article_id"].isin(analysed.index) & frames["analysed"].astype(bool)]
        share = fr.groupby("frame")["present"].apply(lambda p: float(p.fillna(False).astype(bool).mean()))
        for f in GENERIC_FRAMES:
            row[f"frame_{f}"] = share.get(f, np.nan) if len(analysed) else np.nan
        a = att[att["article_id"].isin(analysed.index)]
        row["attributions"] = len(a)
        row["anonymous_share"] = float(a["anonymous"].astype(bool).mean()) if len(a) else np.nan
        mix = a["source_type"].value_counts(normalize=True) if len(a) else pd.Series(dtype=float)
        for t in SOURCE_TYPES:
            row[f"source_{t}"] = float(mix.get(t, 0.0)) if len(a) else np.nan
        row["warning"] = (f"only {len(analysed)} analysed article(s): interval unreliable"
                          if len(analysed) < MIN_GROUP_ARTICLES else "")
        rows.append(row)
    out = pd.DataFrame(rows)
    return out.sort_values(["articles", by], ascending=[False, True], ignore_index=True)


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
