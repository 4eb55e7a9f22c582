"""Percentile bootstrap intervals for the evaluation figures, resampling the gold standard's own unit.

Every evaluation scores its figure from counts it has per unit (PolNeAR: per article the matched, predicted
and gold relations; Redewiedergabe: per sample the tokens; the sentiment golds: per sentence the cells of
the confusion matrix; …). The interval resamples those units with replacement, ``n_resamples`` times with
``numpy.random.default_rng(seed)``, recomputes the figure from the resampled units' summed counts (micro
figures are ratios of sums, never means of per-unit figures) and takes the 2.5th and 97.5th percentiles
(linear interpolation, ``numpy.percentile``). Nothing is re-run: the analysis and every fitted cut-off or
model stay as they are, so the interval is the sampling uncertainty of the gold's units only.

Conventions (tests in ``tests/test_evaluate_intervals.py``):

* Every figure of one evaluation that resamples the same units uses the same resamples (one draw, seed 0), so
  their intervals are from one bootstrap, and a run gives the same intervals every time.
* Fewer than two units: NaN, NaN (one unit shows no variability, so there is nothing to resample from).
* All units identical: every resample gives the figure, so the interval collapses onto it. That is what the
  bootstrap says about such data, not a claim of certainty.
* A resample on which the figure is undefined (e.g. a share of zero spans) is left out of the percentiles;
  when all are, the interval is NaN.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

#: Defaults of every evaluation: 2,000 resamples, 95 %, seed 0.
N_RESAMPLES = 2000
CONFIDENCE = 0.95
SEED = 0
_BATCH = 200  # resamples per batch: a batch's weight matrix is _BATCH x units


def _check(n_resamples: int, confidence: float) -> None:
    if int(n_resamples) != n_resamples or n_resamples < 1:
        raise ValueError(f"n_resamples must be a whole number >= 1, got {n_resamples!r}")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be in (0, 1), got {confidence!r}")


def resample_weights(n_units: int, n_resamples: int = N_RESAMPLES, seed: int = SEED):
    """How often each unit is drawn in each resample, in batches.

    Yields integer arrays of shape ``(b, n_units)`` (b <= 200; the batches together hold ``n_resamples``
    rows); each row sums to ``n_units``: drawing ``n_units`` units with replacement, uniformly, with
    ``numpy.random.default_rng(seed)``. The same arguments give the same weights.
    """
    rng = np.random.default_rng(seed)
    done = 0
    while done < n_resamples:
        b = min(_BATCH, n_resamples - done)
        idx = rng.integers(0, n_units, size=(b, n_units))
        flat = (idx + n_units * np.arange(b)[:, None]).ravel()
        yield np.bincount(flat, minlength=b * n_units).reshape(b, n_units)
        done += b


def _percentiles(values: np.ndarray, confidence: float) -> tuple[float, float]:
    v = values[np.isfinite(values)]
    if not len(v):
        return float("nan"), float("nan")
    a = (1 - confidence) / 2
    lo, hi = np.percentile(v, [100 * a, 100 * (1 - a)])
    return float(lo), float(hi)


def bootstrap_sums(counts, statistics: dict[str, Callable[[np.ndarray], np.ndarray]], *,
                   n_resamples: int = N_RESAMPLES, seed: int = SEED,
                   confidence: float = CONFIDENCE) -> dict[str, tuple[float, float]]:
    """Percentile bootstrap intervals of figures computed from summed per-unit counts.

    Parameters
    ----------
    counts : array-like, shape (n_units, k)
        One row per unit (article, sample, sentence, …), one column per additive count (true positives,
        predictions, gold items, confusion cells, sums of x and x², …). A 1-D array is one column.
    statistics : dict
        Figure name -> function taking an array of shape ``(m, k)`` of column sums (one row per resample)
        and returning the ``m`` figures (NaN where undefined). Apply it to ``counts.sum(0)[None]`` to get
        the point estimate the interval belongs to.
    n_resamples, seed : int
        Resamples and the seed of ``numpy.random.default_rng`` (defaults 2,000 and 0).
    confidence : float in (0, 1)
        Level of the interval (default 0.95: the 2.5th and 97.5th percentiles).

    Returns
    -------
    dict
        Figure name -> ``(low, high)``; ``(nan, nan)`` with fewer than two units.

    Raises
    ------
    ValueError
        For ``n_resamples`` < 1 or ``confidence`` outside (0, 1).
    """
    _check(n_resamples, confidence)
    c = np.asarray(counts, dtype=float)
    if c.ndim == 1:
        c = c[:, None]
    if len(c) < 2:
        return {k: (float("nan"), float("nan")) for k in statistics}
    vals = {k: [] for k in statistics}
    for w in resample_weights(len(c), n_resamples, seed):
        sums = w @ c
        for k, f in statistics.items():
            vals[k].append(np.asarray(f(sums), dtype=float))
    return {k: _percentiles(np.concatenate(v), confidence) for k, v in vals.items()}


def bootstrap_units(unit_of_row, statistics: dict[str, Callable[[np.ndarray], float]], *,
                    n_resamples: int = N_RESAMPLES, seed: int = SEED,
                    confidence: float = CONFIDENCE) -> dict[str, tuple[float, float]]:
    """Percentile bootstrap intervals of figures that are no function of sums (a rank correlation, an AUC).

    ``unit_of_row`` gives the unit (e.g. the article) of each row of the data; a resample draws units with
    replacement (the same draws as :func:`bootstrap_sums` with the same number of units and seed) and
    passes each statistic the row indices of the drawn units, a unit drawn twice giving its rows twice.
    Statistic: row indices (int array) -> figure (NaN where undefined). Returns and raises as
    :func:`bootstrap_sums`; slower, one call per resample.
    """
    _check(n_resamples, confidence)
    codes, _ = _factorize(unit_of_row)
    n_units = int(codes.max()) + 1 if len(codes) else 0
    if n_units < 2:
        return {k: (float("nan"), float("nan")) for k in statistics}
    rows_all = np.arange(len(codes))
    vals = {k: [] for k in statistics}
    for w in resample_weights(n_units, n_resamples, seed):
        for row in w:
            rows = np.repeat(rows_all, row[codes])  # each row as often as its unit was drawn
            for k, f in statistics.items():
                vals[k].append(float(f(rows)))
    return {k: _percentiles(np.asarray(v, dtype=float), confidence) for k, v in vals.items()}


def _factorize(values) -> tuple[np.ndarray, np.ndarray]:
    uniq, codes = np.unique(np.asarray(values, dtype=object).astype(str), return_inverse=True)
    return codes.ravel(), uniq


# -- figures from summed counts ------------------------------------------------------------------------
def ratio(num: int, den: int) -> Callable[[np.ndarray], np.ndarray]:
    """Column ``num`` over column ``den`` of the sums; NaN where ``den`` is 0."""
    def f(s):
        d = s[:, den]
        return np.divide(s[:, num], d, out=np.full(len(s), np.nan), where=d > 0)
    return f


def ratio_or_zero(num: int, den: int) -> Callable[[np.ndarray], np.ndarray]:
    """Column ``num`` over column ``den``; 0 where ``den`` is 0 (the evaluations' precision and recall)."""
    def f(s):
        d = s[:, den]
        return np.divide(s[:, num], d, out=np.zeros(len(s)), where=d > 0)
    return f


def f1_counts(tp: int, n_pred: int, n_gold: int) -> Callable[[np.ndarray], np.ndarray]:
    """F1 = 2 TP / (predicted + gold) from the summed columns; 0 when both are 0 (as the evaluations)."""
    def f(s):
        d = s[:, n_pred] + s[:, n_gold]
        return np.divide(2 * s[:, tp], d, out=np.zeros(len(s)), where=d > 0)
    return f


def confusion_columns(gold_codes, pred_codes, k: int = 3) -> np.ndarray:
    """One row per item, ``k * k`` columns: a 1 in cell ``k * gold + pred`` (a confusion matrix per item)."""
    g = np.asarray(gold_codes, dtype=int)
    p = np.asarray(pred_codes, dtype=int)
    out = np.zeros((len(g), k * k))
    out[np.arange(len(g)), k * g + p] = 1
    return out


def macro_f1_confusion(k: int = 3) -> Callable[[np.ndarray], np.ndarray]:
    """Macro-F1 from summed confusion cells (:func:`confusion_columns`): the mean over the k classes of
    2 TP / (gold + predicted), a class with neither counting 0 (scikit-learn's ``zero_division=0``)."""
    def f(s):
        cm = s.reshape(len(s), k, k)
        tp = cm[:, np.arange(k), np.arange(k)]
        den = cm.sum(1) + cm.sum(2)
        return np.divide(2 * tp, den, out=np.zeros_like(tp), where=den > 0).mean(1)
    return f


def accuracy_confusion(k: int = 3) -> Callable[[np.ndarray], np.ndarray]:
    """Accuracy from summed confusion cells: the diagonal over all items."""
    def f(s):
        cm = s.reshape(len(s), k, k)
        tot = cm.sum((1, 2))
        return np.divide(cm[:, np.arange(k), np.arange(k)].sum(1), tot, out=np.full(len(s), np.nan), where=tot > 0)
    return f


# -- results -------------------------------------------------------------------------------------------
def describe_method(unit: str, n_units, n_resamples: int = N_RESAMPLES, seed: int = SEED,
                    confidence: float = CONFIDENCE) -> str:
    """The fragment an evaluation's description prints, e.g. "percentile bootstrap, 95 %, 2,000 resamples
    of the 42 articles, seed 0" (``n_units`` None: the unit text alone, which then gives the numbers)."""
    what = unit if n_units is None else f"{int(n_units):,} {unit}"
    return f"percentile bootstrap, {100 * confidence:g} %, {n_resamples:,} resamples of the {what}, seed {seed}"


def with_intervals(result: dict, intervals: dict[str, tuple[float, float]], *, digits: int | None = 4) -> dict:
    """A copy of ``result`` with ``<figure>_low`` and ``<figure>_high`` right after each figure of
    ``intervals`` (rounded to ``digits``; None: not rounded). Figures not in ``result`` are appended."""
    def rnd(x):
        return x if digits is None or not np.isfinite(x) else round(float(x), digits)

    out: dict = {}
    for k, v in result.items():
        out[k] = v
        if k in intervals:
            out[f"{k}_low"], out[f"{k}_high"] = map(rnd, intervals[k])
    for k, (lo, hi) in intervals.items():
        if k not in result:
            out[f"{k}_low"], out[f"{k}_high"] = rnd(lo), rnd(hi)
    return out
