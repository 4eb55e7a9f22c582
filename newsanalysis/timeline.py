"""Coverage over time: articles and tone per week or month and group, plus the events file.

The events to mark on every time plot live in the events table shipped with the
package, ``newsanalysis/resources/events.csv`` (``date, event, kind, source``);
:func:`load_events` reads it, or a file of your own.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .compare import UNKNOWN, _check_result, _wilson, _without_duplicates, article_groups, t_mean_ci

#: The events table shipped with the package (package data, so it is there after a normal ``pip install``).
EVENTS_CSV = Path(__file__).resolve().parent / "resources" / "events.csv"
TIMELINE_COLUMNS_TAIL = ["period", "period_start", "languages", "articles", "analysed_articles", "mean_compound",
                         "compound_low", "compound_high", "warning"]


def load_events(path: str | Path | None = None) -> pd.DataFrame:
    """Read the events table (the one shipped with the package, :data:`EVENTS_CSV`, by default; to change it,
    save ``load_events()`` to a file of your own, edit it, and pass its path).

    Parameters
    ----------
    path : path, optional
        CSV with at least ``date`` (ISO ``YYYY-MM-DD``) and ``event``;
        ``kind`` and ``source`` are kept when present.

    Returns
    -------
    DataFrame
        One row per event sorted by date: ``date`` (datetime, UTC),
        ``event`` (str), ``kind``, ``source``.

    Raises
    ------
    FileNotFoundError
        If the file does not exist.
    ValueError
        If a column is missing or a date cannot be read (naming the line).
    """
    own = path is not None
    path = Path(path) if own else EVENTS_CSV
    if not path.is_file():
        if own:
            raise FileNotFoundError(f"{path}: events table not found (the path given to load_events or --events)")
        raise FileNotFoundError(f"{path}: the events table shipped with newsanalysis is missing (a broken install? "
                                f"reinstall the package, or pass your own file)")
    ev = pd.read_csv(path, dtype="string", keep_default_na=False, na_values=[""])
    missing = [c for c in ("date", "event") if c not in ev.columns]
    if missing:
        raise ValueError(f"{path}: the events table lacks column(s) {missing}; it has {list(ev.columns)}")
    dates = pd.to_datetime(ev["date"], errors="coerce", utc=True, format="%Y-%m-%d")
    bad = dates.isna()
    if bad.any():
        i = int(np.flatnonzero(bad.values)[0])
        raise ValueError(f"{path}, line {i + 2}: field 'date': {ev['date'].iloc[i]!r} is not a YYYY-MM-DD date")
    ev["date"] = dates
    for c in ("kind", "source"):
        if c not in ev.columns:
            ev[c] = pd.NA
    return ev.sort_values("date", ignore_index=True)


def timeline(result, by: str | None = "outlet", *, freq: str = "month", outlets: pd.DataFrame | None = None,
             confidence: float = 0.95, n_resamples: int = 1000, seed: int = 0,
             duplicates: bool = False, split_languages: bool = True) -> pd.DataFrame:
    """Articles and tone per period (week or month) and group.

    Tone from different lexicons (VADER for English, SentiWS for German) is
    not on one scale, so a group whose analysed articles are in more than
    one language is split by language (``split_languages=True``, default):
    "public" becomes "public [de]" and "public [en]", each its own line in a
    plot (a fresh user's trial found tagesschau.de's German and Yonhap's
    English articles averaged on one "public" line). Groups in one language
    keep their name.

    Parameters
    ----------
    result : AnalysisResult
        From :func:`newsanalysis.analyze` (``articles`` with ``published``,
        and ``summary``).
    by : str or None
        Grouping (see :func:`newsanalysis.compare.article_groups`); ``None``
        for the whole corpus (group ``"all"``).
    freq : {"month", "week"}
        Period: calendar month or ISO week (Monday start), in UTC.
    outlets : DataFrame, optional
        Outlet table (:func:`newsanalysis.compare.load_outlets` by default).
    confidence : float
        Level of the Student t-interval over the period's analysed articles
        (the same interval as :func:`newsanalysis.compare.compare`; NaN
        bounds for fewer than 2 articles, clipped to [-1, 1]).
    n_resamples, seed
        Unused (kept for old calls: the interval no longer resamples).
    duplicates : bool
        Keep articles with ``duplicate_of`` set (default: left out, counted in
        ``attrs["duplicates_left_out"]``).
    split_languages : bool
        Split groups whose analysed articles span languages (see above);
        ``False`` keeps one row per group and period and says "tone mixes
        languages" in ``warning`` where it does.

    Returns
    -------
    DataFrame
        One row per (group, period) with at least one article, sorted by
        group and period: ``<by>`` (or ``group``; with the language in
        brackets for a split group), ``period`` (``YYYY-MM`` or
        ``YYYY-Www``), ``period_start`` (datetime, UTC), ``languages`` (of the
        row's articles, ``;``-joined), ``articles``,
        ``analysed_articles``, ``mean_compound`` (mean of article mean
        compound, NaN without analysed articles), ``compound_low``,
        ``compound_high``, ``warning`` (fewer than 5 analysed articles, fewer
        than 10, interval clipped, see :func:`newsanalysis.compare.t_mean_ci`;
        articles in a language not analysed, as :func:`newsanalysis.compare.compare`
        says them: "66 of 71 articles not analysed (language ko): the tone
        rests on 5", or "not analysed (language vi)" for a row without any).
        Articles without a date are left out (counted in
        ``attrs["undated"]``).

    Raises
    ------
    TypeError
        If ``result`` is not the result of :func:`newsanalysis.analyze`.
    ValueError
        If ``freq`` is not ``"month"`` or ``"week"``, or the articles have
        no ``published`` column.
    KeyError
        If ``by`` cannot be resolved.
    """
    if freq not in ("month", "week"):
        raise ValueError(f"freq must be 'month' or 'week', got {freq!r}")
    _check_result(result, "timeline")
    d, col, gone, undated = _dated_articles(result, by, outlets, duplicates, split_languages)
    _add_periods(d, freq)
    rows = []
    for (g, per, start), x in d.groupby([col, "period", "period_start"], sort=True):
        rows.append({col: g, "period": per, "period_start": start, **_tone_row(x, g, by, confidence)})
    out = pd.DataFrame(rows, columns=[col] + TIMELINE_COLUMNS_TAIL)
    out.attrs = {"undated": undated, "by": col, "freq": freq, "duplicates_left_out": len(gone)}
    return out


FRAME_TIMELINE_COLUMNS_TAIL = ["period", "period_start", "frame", "languages", "articles", "analysed_articles",
                               "present", "share", "share_low", "share_high", "warning"]


def frame_timeline(result, by: str | None = "outlet", *, story_frames: bool = False, freq: str = "month",
                   frames: list[str] | None = None, outlets: pd.DataFrame | None = None, confidence: float = 0.95,
                   duplicates: bool = False, split_languages: bool = True) -> pd.DataFrame:
    """Share of articles with each frame per period (week or month) and group: framing over time.

    The frame counterpart of :func:`timeline` (same periods, groups, language split and duplicates rule):
    "in June 2024, in how many of KCNA's articles was the treaty frame present?". A share is the number of
    articles whose ``present`` decision is True over the articles with a decision (``present`` not NA: a
    language without cues for the codebook has no decision and is counted in ``articles`` only).

    Parameters
    ----------
    result : AnalysisResult
        From :func:`newsanalysis.analyze` (``articles`` with ``published``, ``frames`` and ``story_frames``).
    by : str or None
        Grouping (see :func:`newsanalysis.compare.article_groups`); ``None`` for the whole corpus.
    story_frames : bool
        Use ``result.story_frames`` (the story codebook) instead of ``result.frames`` (generic frames).
    freq : {"month", "week"}
        Period: calendar month or ISO week (Monday start), in UTC.
    frames : list of str, optional
        Frames to keep (default: all of the table's).
    outlets, duplicates, split_languages
        As in :func:`timeline`. A group whose analysed articles span languages is split by language (German
        and English frame decisions come from different cue lists and thresholds).
    confidence : float
        Level of the Wilson score interval of each share (statsmodels ``proportion_confint``).

    Returns
    -------
    DataFrame
        One row per (group, period, frame) with at least one article in the group and period, sorted by
        group, period and frame: ``<by>`` (or ``group``), ``period`` (``YYYY-MM`` or ``YYYY-Www``),
        ``period_start`` (datetime, UTC), ``frame``, ``languages`` (of the row's articles, ``;``-joined),
        ``articles`` (dated articles of the group and period), ``analysed_articles`` (those with a decision
        for the frame), ``present`` (articles with the frame), ``share`` (present / analysed_articles in
        [0, 1], NaN without analysed articles), ``share_low``, ``share_high`` (Wilson interval),
        ``warning`` (fewer than 5 analysed articles; articles not analysed). Articles without a date are left
        out (``attrs["undated"]``); ``attrs`` also holds ``by``, ``freq``, ``codebook`` and
        ``duplicates_left_out``. Draw it with :func:`newsanalysis.plot.time_plot` (``y="share"``,
        ``low="share_low"``, ``high="share_high"``, ``hue`` the group, one frame at a time).

    Raises
    ------
    TypeError
        If ``result`` is not the result of :func:`newsanalysis.analyze`.
    ValueError
        If ``freq`` is not ``"month"`` or ``"week"``, the articles have no ``published`` column, the frame
        table is empty or lacks ``present``, or a frame asked for is not in it.
    KeyError
        If ``by`` cannot be resolved.
    """
    if freq not in ("month", "week"):
        raise ValueError(f"freq must be 'month' or 'week', got {freq!r}")
    _check_result(result, "frame_timeline")
    table = result.story_frames if story_frames else result.frames
    name = "story_frames" if story_frames else "frames"
    if table is None or not len(table) or "present" not in table.columns:
        raise ValueError(f"result.{name} is empty or has no 'present' column: analyse with frames")
    known = list(dict.fromkeys(table["frame"].astype(str)))
    wanted = known if frames is None else list(frames)
    missing = [f for f in wanted if f not in known]
    if missing:
        raise ValueError(f"frame(s) {missing} not in result.{name} (it has {', '.join(known)})")
    d, col, gone, undated = _dated_articles(result, by, outlets, duplicates, split_languages)
    _add_periods(d, freq)
    t = table[table["frame"].astype(str).isin(wanted)]
    dec = {(str(a), str(f)): p for a, f, p in zip(t["article_id"], t["frame"], t["present"])}
    rows = []
    for (g, per, start), x in d.groupby([col, "period", "period_start"], sort=True):
        langs = ";".join(sorted(x["language"].unique()))
        for f in wanted:
            vals = [dec.get((a, f)) for a in x["article_id"]]
            have = [bool(v) for v in vals if v is not None and not pd.isna(v)]
            n, k = len(have), int(sum(have))
            lo, hi = _wilson(k, n, confidence) if n else (np.nan, np.nan)
            warn = []
            if 0 < n < 5:
                warn.append(f"{n} analysed article{'s' if n > 1 else ''}: interval wide")
            if n < len(x):
                rest = ", ".join(sorted(x.loc[[v is None or pd.isna(v) for v in vals], "language"].unique()))
                warn.append(f"not analysed (language {rest})" if not n else
                            f"{len(x) - n} of {len(x)} articles not analysed (language {rest}): the share rests on {n}")
            if g == UNKNOWN or str(g).startswith(UNKNOWN + " ["):
                warn.append(f"no {by}: shown, not compared")
            rows.append({col: g, "period": per, "period_start": start, "frame": f, "languages": langs,
                         "articles": len(x), "analysed_articles": n, "present": k,
                         "share": k / n if n else np.nan, "share_low": lo, "share_high": hi,
                         "warning": "; ".join(warn)})
    out = pd.DataFrame(rows, columns=[col] + FRAME_TIMELINE_COLUMNS_TAIL)
    codebook = str(t["codebook"].iloc[0]) if "codebook" in t.columns and len(t) else name
    out.attrs = {"undated": undated, "by": col, "freq": freq, "codebook": codebook, "duplicates_left_out": len(gone)}
    return out


def _add_periods(d: pd.DataFrame, freq: str) -> None:
    """Add ``period_start`` (UTC) and ``period`` ("YYYY-MM" or "YYYY-Www") to :func:`_dated_articles` output, in
    place (the table is the function's own)."""
    naive = d["published"]
    if freq == "month":
        d["period_start"] = naive.dt.to_period("M").dt.start_time.dt.tz_localize("UTC")
        d["period"] = d["period_start"].dt.strftime("%Y-%m")
    else:
        d["period_start"] = naive.dt.to_period("W-SUN").dt.start_time.dt.tz_localize("UTC")
        d["period"] = d["period_start"].dt.strftime("%G-W%V")


def _dated_articles(result, by, outlets, duplicates, split_languages):
    """One row per dated article: ``article_id, published`` (naive UTC), the group column (split by language when
    asked), ``analysed, mean_compound, language``; with the group column's name, the duplicates left out and the
    number of undated articles."""
    if "published" not in result.articles.columns:
        raise ValueError("articles table lacks column 'published' needed for a timeline")
    result, gone = _without_duplicates(result, duplicates)
    arts = result.articles
    col = by or "group"
    ids = arts["article_id"].astype(str)
    pub = pd.to_datetime(arts["published"], utc=True)
    d = pd.DataFrame({"article_id": ids.values, "published": pub.dt.tz_convert("UTC").dt.tz_localize(None).values})
    d[col] = article_groups(arts, by, outlets=outlets).values if by else "all"
    undated = int(d["published"].isna().sum())
    d = d.dropna(subset=["published"])
    s = result.summary.assign(article_id=result.summary["article_id"].astype(str)).set_index("article_id")
    d["analysed"] = d["article_id"].map(s["analysed"]).fillna(False).astype(bool)
    d["mean_compound"] = d["article_id"].map(s["mean_compound"]).astype(float)
    lang_of = s["language"] if "language" in s.columns else pd.Series(dtype=object)
    d["language"] = d["article_id"].map(lang_of).astype("object").fillna("unknown").astype(str)
    if split_languages:
        spans = d[d["analysed"]].groupby(col)["language"].nunique()
        split = set(spans[spans > 1].index)
        if split:
            mixed = d[col].isin(split)
            d.loc[mixed, col] = d.loc[mixed, col].astype(str) + " [" + d.loc[mixed, "language"] + "]"
    return d, col, gone, undated


def _tone_row(x: pd.DataFrame, g, by, confidence: float) -> dict:
    """Counts, tone with its t-interval and the warning of one group's articles ``x`` (from
    :func:`_dated_articles`)."""
    a = x[x["analysed"]]
    m, lo, hi, warn = t_mean_ci(a["mean_compound"], confidence=confidence)
    if a["language"].nunique() > 1:
        langs = ";".join(sorted(a["language"].unique()))
        warn = "; ".join(w for w in (warn, f"tone mixes languages ({langs}): lexicons differ") if w)
    if len(a) < len(x):  # as in compare(): counted in "articles", in no figure
        rest = ", ".join(sorted(x.loc[~x["analysed"], "language"].unique()))
        note = (f"not analysed (language {rest})" if not len(a) else
                f"{len(x) - len(a)} of {len(x)} articles not analysed (language {rest}): the tone rests on "
                f"{len(a)}")
        warn = "; ".join(w for w in (warn, note) if w)
    if g == UNKNOWN or str(g).startswith(UNKNOWN + " ["):
        warn = "; ".join(w for w in (warn, f"no {by}: shown, not compared") if w)
    return {"languages": ";".join(sorted(x["language"].unique())), "articles": len(x), "analysed_articles": len(a),
            "mean_compound": m, "compound_low": lo, "compound_high": hi, "warning": warn}


EVENT_WINDOW_COLUMNS = ["event_date", "event", "window", "window_start", "window_end"]


def event_windows(result, events: pd.DataFrame | None = None, by: str | None = "outlet", *, before: int = 30,
                  after: int = 30, outlets: pd.DataFrame | None = None, confidence: float = 0.95,
                  duplicates: bool = False, split_languages: bool = True) -> pd.DataFrame:
    """Articles and tone per group in a window before and one after each event.

    ``before`` is days −``before`` … −1 before the event's day, ``after`` the event's day and the ``after``
    days that follow (days 0 … ``after``), by the articles' UTC calendar day. Tone, its Student t-interval,
    the split of groups whose analysed articles are in two languages and the warnings (few articles, articles
    not analysed) are those of :func:`timeline`. A window without any article is one row with the group
    "(none)" and ``articles`` 0: that nobody covered an event is a finding too. Frames or sources of one
    window: ``estimates(result.subset(mask), by=...)`` with the same days.

    Parameters
    ----------
    result : AnalysisResult
        From :func:`newsanalysis.analyze`.
    events : DataFrame, optional
        :func:`load_events` output (``date``, ``event``; the shipped table by default).
    by : str or None
        Grouping, as in :func:`timeline` (``None``: one group "all").
    before, after : int
        Window lengths in days (0 or more; ``before=0`` leaves the window before out).
    outlets, confidence, duplicates, split_languages
        As in :func:`timeline`.

    Returns
    -------
    DataFrame
        One row per (event, window, group), sorted by event date, window (before first) and group:
        ``event_date`` (datetime, UTC), ``event``, ``window`` ("before"/"after"), ``window_start``,
        ``window_end`` (first and last day, datetime UTC), ``<by>`` (or ``group``), ``languages``,
        ``articles``, ``analysed_articles``, ``mean_compound``, ``compound_low``, ``compound_high``,
        ``warning``. ``attrs``: ``undated``, ``duplicates_left_out``, ``before``, ``after``, ``by``.

    Raises
    ------
    TypeError
        If ``result`` is not the result of :func:`newsanalysis.analyze`.
    ValueError
        If ``before`` or ``after`` is negative, ``events`` lacks ``date`` or ``event``, or the articles have
        no ``published`` column.
    """
    _check_result(result, "event_windows")
    if before < 0 or after < 0:
        raise ValueError(f"before and after must be 0 or more days, got before={before}, after={after}")
    ev = load_events() if events is None else events
    missing = [c for c in ("date", "event") if c not in ev.columns]
    if missing:
        raise ValueError(f"events lacks column(s) {missing}; it has {list(ev.columns)}")
    d, col, gone, undated = _dated_articles(result, by, outlets, duplicates, split_languages)
    day_of = d["published"].dt.normalize()
    rows = []
    for _, e in ev.sort_values("date", kind="stable").iterrows():
        day = pd.Timestamp(e["date"])
        day = (day.tz_convert("UTC").tz_localize(None) if day.tzinfo else day).normalize()
        windows = [("after", day, day + pd.Timedelta(days=after))]
        if before:
            windows.insert(0, ("before", day - pd.Timedelta(days=before), day - pd.Timedelta(days=1)))
        for name, lo, hi in windows:
            base = {"event_date": day.tz_localize("UTC"), "event": e["event"], "window": name,
                    "window_start": lo.tz_localize("UTC"), "window_end": hi.tz_localize("UTC")}
            x = d[(day_of >= lo) & (day_of <= hi)]
            if not len(x):
                rows.append({**base, col: "(none)", "languages": "", "articles": 0, "analysed_articles": 0,
                             "mean_compound": np.nan, "compound_low": np.nan, "compound_high": np.nan,
                             "warning": "no article in this window"})
                continue
            for g, xg in x.groupby(col, sort=True):
                rows.append({**base, col: g, **_tone_row(xg, g, by, confidence)})
    out = pd.DataFrame(rows, columns=EVENT_WINDOW_COLUMNS + [col] + TIMELINE_COLUMNS_TAIL[2:])
    out.attrs = {"undated": undated, "duplicates_left_out": len(gone), "before": before, "after": after, "by": col}
    return out
