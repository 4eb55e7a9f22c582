"""Validation kit: coding sheets for human coders, agreement (Krippendorff's alpha) and per-category scores.

Workflow:

1. :func:`coding_sheet` draws a stratified random sample of units
   (sentences, attributions or articles) and returns a sheet with the text
   to code and empty code columns; the tool's own codes are not on it.
   :func:`write_coding_sheet` saves it as CSV or XLSX (with an instructions tab).
2. Coders fill the code column(s); :func:`read_coding_sheets` reads the
   filled sheets into one long table (one row per unit and coder).
3. :func:`agreement` gives Krippendorff's alpha (Krippendorff 2011,
   *Computing Krippendorff's Alpha-Reliability*; via the ``krippendorff``
   package, Castro 2017) between coders and between coders and the tool,
   nominal or ordinal, with a bootstrap interval over units
   (:func:`scipy.stats.bootstrap`); :func:`category_scores` gives precision,
   recall and F1 per category of the tool against the coders' majority code
   (scikit-learn); :func:`agreement_report` writes both on one HTML page;
   :func:`frame_validation` gives both per frame for frame decisions coded
   as 1/0 per article.
"""
from __future__ import annotations

import html
import itertools
import re
import warnings
from pathlib import Path
from typing import Iterable

import krippendorff
import numpy as np
import pandas as pd
from scipy import stats
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

UNIT_KEYS = {
    "sentence": ["article_id", "sentence_id"],
    "attribution": ["article_id", "start", "end"],
    "article": ["article_id"],
}
CONTEXT_COLUMNS = ("outlet", "published", "language", "sentence_id", "start", "end", "text", "source", "cue",
                   "content", "title")
INSTRUCTIONS = (
    "Code every row independently, without looking at other coders' sheets or the tool's output. "
    "Write your code in the empty code column(s) and your name in 'coder'. Leave a cell empty when the unit "
    "cannot be coded (say why in 'comment'); empty cells count as missing, not as a category."
)


def unit_ids(units: pd.DataFrame, unit: str = "sentence") -> pd.Series:
    """A stable id per unit: ``article_id`` for articles, ``article_id#sentence_id`` for sentences,
    ``article_id@start-end`` for attributions.

    Raises
    ------
    ValueError
        For an unknown ``unit`` or a missing key column (naming it).
    """
    if unit not in UNIT_KEYS:
        raise ValueError(f"unit must be one of {sorted(UNIT_KEYS)}, got {unit!r}")
    missing = [c for c in UNIT_KEYS[unit] if c not in units.columns]
    if missing:
        raise ValueError(f"{unit} table lacks column(s) {missing} needed for unit ids")
    aid = units["article_id"].astype(str)
    if unit == "article":
        ids = aid
    elif unit == "sentence":
        ids = aid + "#" + units["sentence_id"].astype("int64").astype(str)
    else:
        ids = aid + "@" + units["start"].astype("int64").astype(str) + "-" + units["end"].astype("int64").astype(str)
    return pd.Series(ids.values, index=units.index, name="unit_id")


def coding_sheet(units: pd.DataFrame, *, codes: str | Iterable[str] = "code", n: int = 100,
                 strata: str | None = "outlet", unit: str = "sentence", seed: int = 0,
                 context: Iterable[str] = CONTEXT_COLUMNS) -> pd.DataFrame:
    """A stratified random sample of units for human coding, the tool's codes hidden.

    Parameters
    ----------
    units : DataFrame
        One row per unit: sentences (:func:`newsanalysis.sentences`, joined
        to ``outlet`` if you want strata by outlet), attributions or
        articles. Not modified.
    codes : str or list of str
        Names of the code columns the coders fill in (e.g. ``"polarity"``,
        ``["frame", "stance"]``); they are created empty, and any column of
        ``units`` with the same name (the tool's code) is left out.
    n : int
        Units in the sample (all units if fewer). Allocation across strata is
        proportional, at least one per stratum while ``n`` allows
        (largest-remainder rounding).
    strata : str or None
        Column to stratify by (default ``"outlet"``); ``None`` for a simple
        random sample.
    unit : {"sentence", "attribution", "article"}
        Kind of unit (sets the id, see :func:`unit_ids`).
    seed : int
        Seed of the sampling: the same input gives the same sheet.
    context : iterable of str
        Columns copied to the sheet when present (text, outlet, offsets…).

    Returns
    -------
    DataFrame
        One row per sampled unit in random order: ``row`` (1…n), ``unit_id``,
        ``article_id``, the context columns, then the empty code columns,
        ``coder`` and ``comment``. ``attrs`` holds ``unit``, ``codes``, ``seed``.

    Raises
    ------
    ValueError
        For a missing key or strata column, ``n`` < 1, or a units table without rows.
    """
    codes = [codes] if isinstance(codes, str) else list(codes)
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    if not len(units):
        raise ValueError("the units table has no rows to sample")
    ids = unit_ids(units, unit)
    rng = np.random.default_rng(seed)
    if strata is not None:
        if strata not in units.columns:
            raise ValueError(f"strata column {strata!r} not in the units table ({list(units.columns)})")
        key = units[strata].astype("object").where(units[strata].notna(), "(unknown)").astype(str)
        sizes = key.value_counts().sort_index()
        take = min(n, len(units))
        quota = sizes / sizes.sum() * take
        alloc = np.floor(quota).astype(int)
        if take >= len(sizes):
            alloc = alloc.clip(lower=1)
        rest = take - alloc.sum()
        if rest > 0:
            order = (quota - np.floor(quota)).sort_values(ascending=False, kind="stable").index
            for s in order[:rest]:
                alloc[s] += 1
        while alloc.sum() > take:  # min-1 rule overshoot: trim the largest strata
            alloc[alloc.idxmax()] -= 1
        picked = []
        for s, k in alloc.items():
            idx = units.index[key.values == s]
            k = min(int(k), len(idx))
            if k:
                picked.extend(rng.choice(idx, size=k, replace=False).tolist())
        picked = rng.permutation(np.array(picked, dtype=object)).tolist()
    else:
        picked = rng.choice(units.index, size=min(n, len(units)), replace=False).tolist()
    sample = units.loc[picked]
    cols = ["article_id"] + [c for c in context if c in units.columns and c not in codes and c != "article_id"]
    sheet = sample[cols].copy()
    sheet.insert(0, "unit_id", ids.loc[picked].values)
    sheet.insert(0, "row", np.arange(1, len(sheet) + 1))
    for c in codes:
        sheet[c] = ""
    sheet["coder"] = ""
    sheet["comment"] = ""
    sheet = sheet.reset_index(drop=True)
    sheet.attrs = {"unit": unit, "codes": codes, "seed": seed}
    return sheet


def write_coding_sheet(sheet: pd.DataFrame, path: str | Path, *, instructions: str = INSTRUCTIONS) -> Path:
    """Save a coding sheet as ``.csv`` or ``.xlsx`` (by suffix; XLSX adds an "instructions" tab).

    Returns the path written. Raises ``ValueError`` for another suffix.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    out = sheet.copy()
    if "published" in out.columns:
        out["published"] = out["published"].astype(str)
    if path.suffix.lower() == ".csv":
        out.to_csv(path, index=False, encoding="utf-8")
    elif path.suffix.lower() == ".xlsx":
        with pd.ExcelWriter(path, engine="openpyxl") as xw:
            out.to_excel(xw, sheet_name="coding", index=False)
            codes = ", ".join(sheet.attrs.get("codes", []))
            pd.DataFrame({"instructions": [instructions, f"Code column(s): {codes}",
                                           f"Unit: {sheet.attrs.get('unit', '')}"]}).to_excel(
                xw, sheet_name="instructions", index=False)
    else:
        raise ValueError(f"{path}: coding sheets are written as .csv or .xlsx, not {path.suffix!r}")
    return path


def read_coding_sheets(paths: str | Path | Iterable, *, codes: str | Iterable[str] = "code") -> pd.DataFrame:
    """Read filled coding sheets (CSV or XLSX) into one long table.

    Parameters
    ----------
    paths : path or list of paths
        One sheet per coder (or several coders in one sheet, told apart by
        the ``coder`` column). A row with an empty ``coder`` takes the file
        name (without suffix) as coder.
    codes : str or list of str
        Code columns to read.

    Returns
    -------
    DataFrame
        One row per (unit, coder): ``unit_id``, ``coder``, the code columns
        (strings, empty cells → NA), ``file``.

    Raises
    ------
    ValueError
        If a sheet lacks ``unit_id`` or a code column, or a coder coded the
        same unit twice (naming file, unit and coder).
    """
    codes = [codes] if isinstance(codes, str) else list(codes)
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    parts = []
    for p in map(Path, paths):
        if p.suffix.lower() == ".xlsx":
            d = pd.read_excel(p, sheet_name="coding", dtype=str)
        elif p.suffix.lower() == ".csv":
            d = pd.read_csv(p, dtype=str, keep_default_na=False, na_values=[""])
        else:
            raise ValueError(f"{p}: coding sheets are read from .csv or .xlsx, not {p.suffix!r}")
        missing = [c for c in ["unit_id", *codes] if c not in d.columns]
        if missing:
            raise ValueError(f"{p}: coding sheet lacks column(s) {missing}")
        coder = d["coder"] if "coder" in d.columns else pd.Series(pd.NA, index=d.index)
        coder = coder.astype("object").where(coder.notna() & (coder.astype(str).str.strip() != ""), p.stem)
        out = pd.DataFrame({"unit_id": d["unit_id"].astype(str), "coder": coder.astype(str).str.strip()})
        for c in codes:
            v = d[c].astype("object")
            out[c] = v.where(v.notna() & (v.astype(str).str.strip() != ""), pd.NA).map(
                lambda x: x.strip() if isinstance(x, str) else x)
        out["file"] = str(p)
        dup = out.duplicated(["unit_id", "coder"])
        if dup.any():
            r = out[dup].iloc[0]
            raise ValueError(f"{p}: unit {r['unit_id']!r} coded twice by coder {r['coder']!r}")
        parts.append(out)
    res = pd.concat(parts, ignore_index=True)
    dup = res.duplicated(["unit_id", "coder"])
    if dup.any():
        r = res[dup].iloc[0]
        raise ValueError(f"{r['file']}: unit {r['unit_id']!r} coded by coder {r['coder']!r} in another sheet too")
    return res


def _as_codes(values: pd.Series) -> pd.Series:
    """Codes as text, the same for the same value however a table stored it: booleans (a tool's ``present``)
    and "True"/"False" become "1"/"0", whole numbers lose a decimal part a spreadsheet added ("1.0" → "1")."""
    def one(v):
        if isinstance(v, (bool, np.bool_)):
            return "1" if v else "0"
        if isinstance(v, (int, np.integer)):
            return str(int(v))
        if isinstance(v, (float, np.floating)) and float(v).is_integer():
            return str(int(v))
        t = str(v).strip()
        if t in ("True", "False", "true", "false", "TRUE", "FALSE"):
            return "1" if t.lower() == "true" else "0"
        if re.fullmatch(r"-?\d+\.0+", t):
            return t.split(".")[0]
        return t
    return pd.Series([one(v) for v in values], index=values.index, dtype=object)


def _check_overlap(human: pd.Series, tool: pd.Series, code: str) -> None:
    """Session 16 (researcher trial): a tool coding True/False against coders' 1/0 gave alpha −0.36 and F1 0
    without a word. Raise when the tool's codes and the coders' share no category."""
    h, t = set(human.dropna()), set(tool.dropna())
    if h and t and not h & t:
        raise ValueError(f"the tool's codes for {code!r} ({sorted(t, key=_sort_key)}) share no category with the "
                         f"coders' ({sorted(h, key=_sort_key)}); map them to the same labels first")


def _matrix(coded: pd.DataFrame, code: str, coders: list[str], value_map: dict) -> np.ndarray:
    wide = coded.pivot(index="unit_id", columns="coder", values=code).reindex(columns=coders)
    return wide.apply(lambda col: col.map(lambda v: value_map.get(v, np.nan) if pd.notna(v) else np.nan)) \
        .to_numpy(dtype=float).T


def krippendorff_alpha(matrix, *, level: str = "nominal", n_resamples: int = 1000, confidence: float = 0.95,
                       seed: int = 0, value_domain=None) -> tuple[float, float, float]:
    """Krippendorff's alpha of a coders × units matrix (NaN = missing) with a bootstrap interval over units.

    Alpha from :func:`krippendorff.alpha`; the interval is a percentile
    bootstrap resampling units (columns) with :func:`scipy.stats.bootstrap`.
    Returns ``(alpha, low, high)``; NaN when fewer than two pairable values.
    """
    m = np.asarray(matrix, dtype=float)
    pairable = (np.sum(~np.isnan(m), axis=0) >= 2) if m.size else np.array([], dtype=bool)
    m = m[:, pairable] if m.size else m
    if m.size == 0 or m.shape[1] == 0 or len(np.unique(m[~np.isnan(m)])) < 2:
        return (np.nan, np.nan, np.nan)
    dom = value_domain if value_domain is not None else np.unique(m[~np.isnan(m)])

    def alpha_of(idx):
        sub = m[:, np.asarray(idx, dtype=int)]
        vals = sub[~np.isnan(sub)]
        if len(np.unique(vals)) < 2:
            return np.nan
        return krippendorff.alpha(reliability_data=sub, level_of_measurement=level, value_domain=dom)

    a = float(alpha_of(np.arange(m.shape[1])))
    if m.shape[1] < 2:
        return (a, np.nan, np.nan)
    with warnings.catch_warnings():  # degenerate resamples give NaN, dropped below
        warnings.simplefilter("ignore")
        res = stats.bootstrap((np.arange(m.shape[1]),), alpha_of, vectorized=False, n_resamples=n_resamples,
                              confidence_level=confidence, method="percentile",
                              random_state=np.random.default_rng(seed))
    dist = np.asarray(res.bootstrap_distribution, dtype=float)
    dist = dist[~np.isnan(dist)]
    if not dist.size:
        return (a, np.nan, np.nan)
    q = (1 - confidence) / 2
    return (a, float(np.quantile(dist, q)), float(np.quantile(dist, 1 - q)))


def agreement(coded: pd.DataFrame, *, code: str = "code", level: str = "nominal", tool: pd.DataFrame | None = None,
              tool_code: str | None = None, categories: list | None = None, n_resamples: int = 1000,
              confidence: float = 0.95, seed: int = 0) -> pd.DataFrame:
    """Krippendorff's alpha among human coders, and between them and the tool.

    Parameters
    ----------
    coded : DataFrame
        :func:`read_coding_sheets` output (``unit_id``, ``coder``, ``code``).
    code : str
        The code column to assess.
    level : {"nominal", "ordinal", "interval", "ratio"}
        Level of measurement. For ``"ordinal"`` give ``categories`` in order
        (else numeric codes are sorted as numbers, other codes as text).
    tool : DataFrame, optional
        The tool's codes: ``unit_id`` and ``tool_code`` (default: ``code``)
        columns; adds the rows "coders + tool" and "tool vs <coder>".
    categories : list, optional
        The ordered value domain (all categories, also unused ones).
    n_resamples, confidence, seed
        Bootstrap over units.

    Returns
    -------
    DataFrame
        One row per comparison: ``comparison`` ("coders", "coders + tool",
        "<coder> vs <coder>", "tool vs <coder>"), ``coders`` (number of
        coders incl. tool), ``units`` (units with at least two codes),
        ``level``, ``alpha`` (in [-1, 1]; 1 perfect, 0 chance),
        ``alpha_low``, ``alpha_high``, ``percent_agreement`` (share of
        pairable units where all codes agree).

    Raises
    ------
    ValueError
        For a missing column, a coder coding one unit twice, or (nominal
        level, no ``categories``) tool codes that share no category with the
        coders' codes. Codes are compared as text after booleans become
        "1"/"0" and whole numbers lose a decimal part ("1.0" → "1"), so a
        tool's True/False (``frames()["present"]``) meets coders' 1/0.
    """
    for c in ("unit_id", "coder", code):
        if c not in coded.columns:
            raise ValueError(f"coded table lacks column {c!r}")
    d = coded[["unit_id", "coder", code]].dropna(subset=[code]).copy()
    d[code] = _as_codes(d[code])
    if tool is not None:
        tc = tool_code or code
        if "unit_id" not in tool.columns or tc not in tool.columns:
            raise ValueError(f"tool table needs columns 'unit_id' and {tc!r}")
        t = tool[["unit_id", tc]].dropna().rename(columns={tc: code})
        t = t[t["unit_id"].astype(str).isin(set(d["unit_id"].astype(str)))]
        t_codes = _as_codes(t[code])
        if level == "nominal" and categories is None:
            _check_overlap(d[code], t_codes, code)
        d = pd.concat([d, pd.DataFrame({"unit_id": t["unit_id"].astype(str), "coder": "tool",
                                        code: t_codes})], ignore_index=True)
    dup = d.duplicated(["unit_id", "coder"])
    if dup.any():
        r = d[dup].iloc[0]
        raise ValueError(f"unit {r['unit_id']!r} has two codes from coder {r['coder']!r}")
    values = list(map(str, categories)) if categories is not None else sorted(d[code].unique(), key=_sort_key)
    value_map = {v: float(i) for i, v in enumerate(values)}
    if level in ("interval", "ratio"):
        value_map = {}
        for v in d[code].unique():
            try:
                value_map[v] = float(v)
            except ValueError:
                uid = d.loc[d[code] == v, "unit_id"].iloc[0]
                raise ValueError(f"unit {uid!r}: field {code!r} = {v!r} is not a number ({level} level)") from None
    humans = sorted(set(d["coder"]) - {"tool"})
    sets = [("coders", humans)]
    if tool is not None:
        sets.append(("coders + tool", humans + ["tool"]))
    sets += [(f"{a} vs {b}", [a, b]) for a, b in itertools.combinations(humans, 2)] if len(humans) > 2 else []
    if tool is not None:
        sets += [(f"tool vs {h}", ["tool", h]) for h in humans]
    rows = []
    dom = sorted(set(value_map.values()))
    for name, cs in sets:
        if len(cs) < 2:
            continue
        m = _matrix(d, code, cs, value_map)
        pairable = np.sum(~np.isnan(m), axis=0) >= 2
        a, lo, hi = krippendorff_alpha(m, level=level, n_resamples=n_resamples, confidence=confidence, seed=seed,
                                       value_domain=dom)
        mp = m[:, pairable]
        agree = [len(set(col[~np.isnan(col)])) == 1 for col in mp.T]
        rows.append({"comparison": name, "coders": len(cs), "units": int(pairable.sum()), "level": level,
                     "alpha": a, "alpha_low": lo, "alpha_high": hi,
                     "percent_agreement": float(np.mean(agree)) if agree else np.nan})
    return pd.DataFrame(rows, columns=["comparison", "coders", "units", "level", "alpha", "alpha_low",
                                       "alpha_high", "percent_agreement"])


def _sort_key(v):
    try:
        return (0, float(v), "")
    except (TypeError, ValueError):
        return (1, 0.0, str(v))


def majority_codes(coded: pd.DataFrame, *, code: str = "code") -> pd.DataFrame:
    """The human coders' majority code per unit: ``unit_id``, ``reference``, ``coders``, ``tie``.

    A tie (two codes equally frequent) gives ``reference`` NA and ``tie`` True:
    adjudicate those units by hand.
    """
    d = coded[coded["coder"] != "tool"].dropna(subset=[code])
    rows = []
    for uid, g in d.groupby("unit_id", sort=True):
        vc = _as_codes(g[code]).value_counts()
        tie = len(vc) > 1 and vc.iloc[0] == vc.iloc[1]
        rows.append({"unit_id": uid, "reference": pd.NA if tie else vc.index[0], "coders": len(g), "tie": tie})
    return pd.DataFrame(rows, columns=["unit_id", "reference", "coders", "tie"])


def category_scores(coded: pd.DataFrame, tool: pd.DataFrame, *, code: str = "code", tool_code: str | None = None,
                    reference: pd.DataFrame | None = None) -> pd.DataFrame:
    """Precision, recall and F1 of the tool per category, against the coders' majority code.

    Parameters
    ----------
    coded : DataFrame
        :func:`read_coding_sheets` output.
    tool : DataFrame
        ``unit_id`` and the tool's code column (``tool_code``, default ``code``).
    reference : DataFrame, optional
        Adjudicated codes (``unit_id``, ``reference``) instead of the majority.

    Returns
    -------
    DataFrame
        One row per category plus ``"macro avg"`` and ``"micro avg"``:
        ``category``, ``precision``, ``recall``, ``f1`` (in [0, 1]),
        ``support`` (units with that reference code), ``predicted`` (units the
        tool put there). Computed with
        :func:`sklearn.metrics.precision_recall_fscore_support` (zero_division=0)
        on the units that have both a reference (no tie) and a tool code.
        ``attrs["units"]``, ``attrs["ties"]`` count the units used and left out.
        Codes are compared as text after booleans become "1"/"0" and whole
        numbers lose a decimal part ("1.0" → "1"), so a tool's True/False
        meets coders' 1/0.

    Raises
    ------
    ValueError
        If the tool's codes and the reference codes share no category.
    """
    tc = tool_code or code
    ref = reference if reference is not None else majority_codes(coded, code=code)
    t = tool[["unit_id", tc]].rename(columns={tc: "tool"}).dropna()
    t["unit_id"] = t["unit_id"].astype(str)
    t["tool"] = _as_codes(t["tool"])
    ties = int(ref["reference"].isna().sum()) if "reference" in ref else 0
    ref = ref.dropna(subset=["reference"]).assign(unit_id=lambda x: x["unit_id"].astype(str))
    ref = ref.assign(reference=_as_codes(ref["reference"]))
    _check_overlap(ref["reference"], t.loc[t["unit_id"].isin(set(ref["unit_id"])), "tool"], code)
    j = ref.merge(t, on="unit_id")
    y_true, y_pred = j["reference"].astype(str).values, j["tool"].astype(str).values
    cats = sorted(set(y_true) | set(y_pred), key=_sort_key)
    rows = []
    if len(j):
        p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=cats, zero_division=0)
        for c, pi, ri, fi, si in zip(cats, p, r, f, s):
            rows.append({"category": c, "precision": pi, "recall": ri, "f1": fi, "support": int(si),
                         "predicted": int((y_pred == c).sum())})
        for avg in ("macro", "micro"):
            p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, labels=cats, average=avg, zero_division=0)
            rows.append({"category": f"{avg} avg", "precision": p, "recall": r, "f1": f, "support": len(j),
                         "predicted": len(j)})
    out = pd.DataFrame(rows, columns=["category", "precision", "recall", "f1", "support", "predicted"])
    out.attrs = {"units": len(j), "ties": ties,
                 "labels": cats, "confusion": confusion_matrix(y_true, y_pred, labels=cats) if len(j) else None}
    return out


def frame_validation(frames: pd.DataFrame, coded: pd.DataFrame, *, codes: Iterable[str] | None = None,
                     n_resamples: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Validate frame decisions against human coding of the same articles, frame by frame.

    The dictionary (or classifier) decides per (article, frame) whether a frame is present; coders code the
    same articles with one 1/0 column per frame (:func:`coding_sheet` with ``unit="article"`` and
    ``codes=[frame names]``, read back by :func:`read_coding_sheets`). This is the table a content analysis
    reports for a dictionary: reliability among the coders, agreement of the tool with them, and the tool's
    precision and recall of "present" against the coders' majority.

    Parameters
    ----------
    frames : DataFrame
        :func:`newsanalysis.frames` output (or any table with ``article_id``, ``frame`` and a boolean
        ``present``; one row per article and frame). Rows with ``present`` NA (a language not analysed)
        are left out. Not modified.
    coded : DataFrame
        :func:`read_coding_sheets` output: ``unit_id`` (the article id), ``coder`` and one column per frame
        holding 1/0 (or True/False, yes/no is not read).
    codes : iterable of str, optional
        The frames to validate (default: every frame of ``frames`` that is a column of ``coded``).
    n_resamples, seed
        Bootstrap of alpha's interval (see :func:`agreement`).

    Returns
    -------
    DataFrame
        One row per frame, then ``"micro"`` (every (article, frame) pair pooled: precision, recall and F1 of
        the pooled decisions, and alpha over the pooled pairs as units, the usual single figure for a
        multi-label coding) and ``"macro"`` (the mean of the frames' precision, recall and F1; its alphas are
        NaN: a mean of alphas is no alpha): ``frame``; ``units`` (articles with a majority code and a tool
        decision); ``ties`` (articles whose coders split evenly, left out of precision and recall: adjudicate
        them); ``single_coded`` (articles only one coder coded: that coder's code is the reference, unchecked
        by a second coder; such units add nothing to alpha);
        ``alpha_coders`` (Krippendorff's alpha among the human coders, nominal; NaN with one coder),
        ``alpha_tool`` (coders and tool together), ``alpha_tool_low`` / ``alpha_tool_high`` (bootstrap
        interval); ``precision``, ``recall``, ``f1`` of the tool's "present" against the majority "1"
        (in [0, 1]; NaN when undefined: precision when the tool finds the frame nowhere, recall when no
        article is coded 1, F1 when either is NaN; ``macro`` averages the defined values); ``support``
        (articles the majority codes 1), ``predicted`` (articles the tool finds the frame in).
        Empty coding cells are missing, not 0: write 0 where a frame is absent (a coder who wrote only 1s
        gets a warning). A ``frames`` table with ``trained_on`` (a classifier's frame table) warns when
        coded articles were training articles: validate on held-out decisions
        (:func:`newsanalysis.framing.cross_val_frame_table`). Alpha is Krippendorff (2011) via the ``krippendorff``
        package; precision/recall via scikit-learn.

    Raises
    ------
    ValueError
        If a column is missing, no frame is shared by both tables, or a frame's codes are not 0/1.
    """
    for c in ("article_id", "frame", "present"):
        if c not in frames.columns:
            raise ValueError(f"frames table lacks column {c!r} (give the output of newsanalysis.frames)")
    for c in ("unit_id", "coder"):
        if c not in coded.columns:
            raise ValueError(f"coded table lacks column {c!r} (give the output of read_coding_sheets)")
    known = list(dict.fromkeys(frames["frame"].astype(str)))
    wanted = list(codes) if codes is not None else [f for f in known if f in coded.columns]
    units = set(coded["unit_id"].astype(str))
    if "trained_on" in frames.columns:
        seen = set(frames.loc[frames["trained_on"].astype(bool), "article_id"].astype(str)) & units
        if seen:
            warnings.warn(f"frame_validation: {len(seen)} of the {len(units)} coded articles were training articles "
                          "of the classifier (trained_on): its figures on them are in-sample and optimistic. "
                          "Validate on held-out articles, e.g. cross_val_frame_table(FrameClassifierCV(), "
                          "articles, labels)", UserWarning, stacklevel=2)
    if not wanted:
        raise ValueError("no frame of the frames table is a column of the coded table; name the coded columns "
                         f"after the frames ({', '.join(known[:5])}, …) or pass codes=")
    rows = []
    pooled = {"tp": 0, "fp": 0, "fn": 0}
    for f in wanted:
        if f not in coded.columns:
            raise ValueError(f"coded table has no column {f!r}")
        if f not in known:
            raise ValueError(f"frames table has no frame {f!r}")
        human = _as_codes(coded[f].dropna())
        # session 16 (researcher trial): a coder who wrote only the 1s left the absences empty, which count as
        # missing, not 0 (alpha fell from 0.87 to 0.00 without a word)
        for coder, g in coded.groupby("coder"):
            vals = set(_as_codes(g[f].dropna()))
            empty = int(g[f].isna().sum())
            if vals == {"1"} and empty:
                warnings.warn(f"frame_validation: coder {coder!r} wrote only 1 for {f!r} and left {empty} unit(s) "
                              "empty; empty cells are missing, not 0 (absent): write 0 where the frame is absent",
                              UserWarning, stacklevel=2)
        bad = sorted(set(human) - {"0", "1"}, key=_sort_key)
        if bad:
            uid = coded.loc[human.index[human.isin(bad)][0], "unit_id"]
            raise ValueError(f"unit {uid!r}: field {f!r} = {bad[0]!r}; frame codes are 1 (present) or 0 (absent)")
        t = frames.loc[(frames["frame"].astype(str) == f) & frames["present"].notna(), ["article_id", "present"]]
        tool = pd.DataFrame({"unit_id": t["article_id"].astype(str), f: _as_codes(t["present"].astype(bool))})
        ag = agreement(coded, code=f, tool=tool, categories=["0", "1"], n_resamples=n_resamples, seed=seed)
        a = ag.set_index("comparison")
        ref = majority_codes(coded, code=f)
        ties = int(ref["tie"].sum())
        single = int(((ref["coders"] == 1) & ref["unit_id"].astype(str).isin(set(tool["unit_id"]))).sum())
        ref = ref.dropna(subset=["reference"]).assign(unit_id=lambda x: x["unit_id"].astype(str))
        j = ref.merge(tool, on="unit_id")
        y, p = j["reference"].astype(str) == "1", j[f] == "1"
        tp, fp, fn = int((y & p).sum()), int((~y & p).sum()), int((y & ~p).sum())
        for k, v in (("tp", tp), ("fp", fp), ("fn", fn)):
            pooled[k] += v
        rows.append({"frame": f, "units": len(j), "ties": ties, "single_coded": single,
                     "alpha_coders": a["alpha"].get("coders", np.nan),
                     "alpha_tool": a["alpha"].get("coders + tool", np.nan),
                     "alpha_tool_low": a["alpha_low"].get("coders + tool", np.nan),
                     "alpha_tool_high": a["alpha_high"].get("coders + tool", np.nan),
                     **_prf(tp, fp, fn), "support": int(y.sum()), "predicted": int(p.sum())})
    out = pd.DataFrame(rows)
    # session 17 (a reviewer): the macro row averaged the frames' alphas, which is no alpha; alpha over all
    # (article, frame) pairs as units is one (the micro row), computed by the same function as the frames'
    long = coded.melt(id_vars=["unit_id", "coder"], value_vars=wanted, var_name="_frame", value_name="_code")
    long = long.assign(unit_id=long["unit_id"].astype(str) + "\x1f" + long["_frame"])
    tl = frames.loc[frames["frame"].astype(str).isin(wanted) & frames["present"].notna(),
                    ["article_id", "frame", "present"]]
    tool_long = pd.DataFrame({"unit_id": tl["article_id"].astype(str) + "\x1f" + tl["frame"].astype(str),
                              "_code": _as_codes(tl["present"].astype(bool)).to_numpy()})
    pa = agreement(long[["unit_id", "coder", "_code"]], code="_code", tool=tool_long, categories=["0", "1"],
                   n_resamples=n_resamples, seed=seed).set_index("comparison")
    micro = {"frame": "micro", "units": int(out["units"].sum()), "ties": int(out["ties"].sum()),
             "single_coded": int(out["single_coded"].sum()),
             "alpha_coders": pa["alpha"].get("coders", np.nan), "alpha_tool": pa["alpha"].get("coders + tool", np.nan),
             "alpha_tool_low": pa["alpha_low"].get("coders + tool", np.nan),
             "alpha_tool_high": pa["alpha_high"].get("coders + tool", np.nan),
             **_prf(pooled["tp"], pooled["fp"], pooled["fn"]),
             "support": int(out["support"].sum()), "predicted": int(out["predicted"].sum())}
    macro = {"frame": "macro", "units": int(out["units"].sum()), "ties": int(out["ties"].sum()),
             "single_coded": int(out["single_coded"].sum()),
             **{c: float(out[c].mean()) if out[c].notna().any() else np.nan  # (NaN, undefined, left out)
                for c in ("precision", "recall", "f1")},
             "support": int(out["support"].sum()), "predicted": int(out["predicted"].sum())}
    cols = ["frame", "units", "ties", "single_coded", "alpha_coders", "alpha_tool", "alpha_tool_low",
            "alpha_tool_high", "precision", "recall", "f1", "support", "predicted"]
    return pd.concat([out, pd.DataFrame([micro, macro])], ignore_index=True).reindex(columns=cols)


def _prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall, F1; NaN where undefined (session 16: a frame neither coded nor predicted showed 0.000
    and pulled the macro average down): precision without predictions, recall without reference positives, F1
    when either is NaN; F1 0 when both are 0."""
    p = tp / (tp + fp) if tp + fp else np.nan
    r = tp / (tp + fn) if tp + fn else np.nan
    f = np.nan if np.isnan(p) or np.isnan(r) else (2 * p * r / (p + r) if p + r else 0.0)
    return {"precision": p, "recall": r, "f1": f}


def agreement_report(coded: pd.DataFrame, path: str | Path, *, code: str = "code", level: str = "nominal",
                     tool: pd.DataFrame | None = None, tool_code: str | None = None, categories: list | None = None,
                     title: str = "Agreement report", n_resamples: int = 1000, seed: int = 0) -> Path:
    """Write a one-page HTML agreement report: alpha with intervals, P/R/F1 per category, confusion matrix.

    Parameters
    ----------
    coded, code, level, tool, tool_code, categories, n_resamples, seed
        As :func:`agreement` and :func:`category_scores`.
    path : path
        The ``.html`` file to write (folders created).

    Returns
    -------
    Path
        The file written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    ag = agreement(coded, code=code, level=level, tool=tool, tool_code=tool_code, categories=categories,
                   n_resamples=n_resamples, seed=seed)
    fmt = {"float_format": lambda v: f"{v:.3f}", "index": False, "border": 0, "na_rep": "–"}
    parts = [f"<h1>{html.escape(title)}</h1>",
             f"<p>Code: <b>{html.escape(code)}</b> · level of measurement: {html.escape(level)} · "
             f"units coded: {coded['unit_id'].nunique()} · coders: "
             f"{html.escape(', '.join(sorted(set(coded['coder']))))}</p>",
             "<h2>Krippendorff's alpha</h2>", ag.to_html(**fmt),
             "<p class='note'>Alpha from the <code>krippendorff</code> package (Krippendorff 2011); 95% percentile "
             "bootstrap interval over units. Rule of thumb (Krippendorff 2004): α ≥ 0.800 reliable, "
             "0.667 ≤ α &lt; 0.800 tentative conclusions only.</p>"]
    if tool is not None:
        sc = category_scores(coded, tool, code=code, tool_code=tool_code)
        parts += ["<h2>Tool against the coders' majority code</h2>", sc.to_html(**fmt),
                  f"<p class='note'>{sc.attrs['units']} units with a majority code and a tool code; "
                  f"{sc.attrs['ties']} tied units left out (adjudicate them).</p>"]
        if sc.attrs["confusion"] is not None:
            labels = sc.attrs["labels"]
            cm = pd.DataFrame(sc.attrs["confusion"], index=[f"ref {c}" for c in labels],
                              columns=[f"tool {c}" for c in labels])
            parts += ["<h3>Confusion matrix (rows: reference, columns: tool)</h3>", cm.to_html(border=0)]
    page = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>" + html.escape(title) +
            "</title><style>body{font-family:sans-serif;max-width:800px;margin:1.5em auto;font-size:0.9em}"
            "table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd}"
            ".note{color:#555}@media print{body{margin:0}}</style></head><body>" + "".join(parts) +
            "</body></html>")
    path.write_text(page, encoding="utf-8")
    return path
