"""Figures on matplotlib, seaborn-style: ``data=`` plus column names, ``ax=`` in, ``Axes`` out.

Colours: the Okabe & Ito (2008) colour-blind-safe palette, one colour per
group kept across figures (pass the same ``palette``); bars also carry
hatches so that figures stay readable in black and white. Heatmaps use the
perceptually uniform, colour-blind-safe ``cividis`` map and print values.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
import re
from typing import Iterable

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"]
HATCHES = ["", "//", "..", "xx", "\\\\", "oo", "++", "--", "**"]
MARKERS = ["o", "s", "D", "^", "v", "P", "X", "<", ">"]


#: Fill colours for groups: Okabe–Ito without black (black hides hatches and edges), then grey.
GROUP_COLOURS = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"]


def group_palette(groups: Iterable) -> dict:
    """A colour per group (sorted by name; Okabe–Ito without black, cycled after 8 groups, so markers
    and hatches tell repeated colours apart): pass the same palette to every plot to keep colours fixed."""
    names = sorted({str(g) for g in groups if g is not None and not (isinstance(g, float) and np.isnan(g))})
    return {g: GROUP_COLOURS[i % len(GROUP_COLOURS)] for i, g in enumerate(names)}


_NON_LATIN = re.compile(r"[^\u0000-\u024F\u0370-\u04FF\u2000-\u206F\u20A0-\u20CF\u2100-\u214F]")
_GLOSS = re.compile(r"\(([^()]*[A-Za-z][^()]*)\)\s*$")


def display_label(name) -> str:
    """A label the default font can draw: for names in scripts it lacks (Hangul, Han…),
    the parenthesised Latin gloss when there is one ("연합뉴스 (Yonhap News Agency)" → "Yonhap News Agency"),
    else that of the outlet-table row the name is a spelling of (``compare.match_outlets``: "연합뉴스" →
    "Yonhap News Agency", "조선중앙통신" → "KCNA (Korean Central News Agency, English)", "한국방송공사" → "KBS");
    a name without either is returned as it is."""
    s = str(name)
    if _NON_LATIN.search(s):
        m = _GLOSS.search(s)
        if m:
            return m.group(1).strip()
        return _table_label(s)
    return s


@lru_cache(maxsize=4096)
def _table_label(name: str) -> str:
    """The drawable name of the shipped outlet-table row ``name`` spells (its gloss, or the row's name when
    that is drawable), else ``name``. Before session 17 the command line promised "labels with an English
    gloss in the outlet table show the gloss", but only a gloss inside the name itself was used: an export's
    "조선중앙통신" or "코리아헤럴드" drew as empty boxes."""
    from .compare import load_outlets, match_outlets  # plot is imported by compare's users, not by compare

    try:
        row = match_outlets(pd.Series([name]), load_outlets()).iloc[0]
    except (OSError, ValueError, KeyError):
        return name
    if not isinstance(row, str) or not row:
        return name
    if not _NON_LATIN.search(row):
        return row
    m = _GLOSS.search(row)
    return m.group(1).strip() if m else name


def _ax(ax, height: float):
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, height)))
    return ax


#: The lexicon behind the compound score of each analysed language (VADER and SentiWS are different scales).
LEXICONS = {"en": "VADER", "de": "SentiWS"}


def lexicon_label(languages) -> str:
    """``"en"`` → ``"en · VADER"``, ``"de"`` → ``"de · SentiWS"``, ``"de;en"`` → ``"mixed: de;en"`` (not one scale)."""
    s = "" if languages is None or (isinstance(languages, float) and np.isnan(languages)) else str(languages)
    if not s:
        return ""
    if ";" in s:
        return f"mixed: {s}"
    return f"{s} · {LEXICONS[s]}" if s in LEXICONS else s


def tone_plot(data: pd.DataFrame, *, x: str = "mean_compound", y: str = "outlet", low: str = "compound_low",
              high: str = "compound_high", n: str | None = "analysed_articles", palette: dict | None = None,
              language: str | None = "languages", ax=None):
    """Dot-and-interval plot of a score per group, one block per language/lexicon.

    Parameters
    ----------
    data : DataFrame
        One row per group with columns ``y`` (group label), ``x`` (estimate)
        and ``low``/``high`` (interval bounds; NaN draws the dot without a
        bar), e.g. :func:`newsanalysis.compare` output. Groups without an
        estimate are left out.
    n : str or None
        Column with the group size, shown in the label as "(n=…)".
    palette : dict, optional
        Group → colour (see :func:`group_palette`).
    language : str or None
        Column with the language(s) of each group's scores (``languages`` of
        :func:`newsanalysis.compare`). When present, rows are grouped by
        language, each label names its lexicon ("[en · VADER]", "[de ·
        SentiWS]", "[mixed: de;en]"), German and mixed groups get hollow
        markers, and a line separates the blocks: VADER and SentiWS scores
        are not on one scale and must not be read against each other.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes
    """
    d = data.dropna(subset=[x])
    has_lang = bool(language) and language in d.columns
    if has_lang:
        lex = d[language].map(lexicon_label)
        block = np.select([lex.str.startswith("en "), lex.str.startswith("de "), lex.str.startswith("mixed")],
                          [0, 1, 3], 2)
        d = d.assign(_lex=lex, _block=block).sort_values(["_block", "_lex", x])
    else:
        d = d.sort_values(x)
    ax = _ax(ax, 0.35 * len(d) + 1)
    palette = palette or group_palette(d[y])
    pos = np.arange(len(d))
    order = sorted(str(v) for v in d[y])
    for i, (_, r) in enumerate(d.iterrows()):
        c = palette.get(str(r[y]), "#000000")
        lo, hi = r[low], r[high]
        xerr = None if pd.isna(lo) or pd.isna(hi) else [[r[x] - lo], [hi - r[x]]]
        hollow = has_lang and not str(r["_lex"]).startswith("en")
        ax.errorbar(r[x], i, xerr=xerr, fmt=MARKERS[order.index(str(r[y])) % len(MARKERS)],
                    color=c, ecolor="#333333", capsize=3, markeredgecolor="black", markersize=7,
                    markerfacecolor="white" if hollow else c)
    labels = [display_label(v) + (f" (n={int(k)})" if n and n in d.columns else "") for v, k in
              zip(d[y], d[n] if n and n in d.columns else d[y])]
    if has_lang:
        labels = [f"{lab} [{lex}]" if lex else lab for lab, lex in zip(labels, d["_lex"])]
        lex = list(d["_lex"])
        for i in range(1, len(lex)):
            if lex[i] != lex[i - 1]:
                ax.axhline(i - 0.5, color="#333333", lw=1.2)
    ax.set_yticks(pos, labels)
    ax.axvline(0, color="#777777", lw=0.8, ls="--")
    xlabel = f"{x} (95% interval)"
    if has_lang and d["_lex"].nunique() > 1:
        xlabel += "\nlexicons differ (VADER for en, SentiWS for de): compare groups within a block only"
    ax.set_xlabel(xlabel)
    ax.set_ylabel("")
    return ax


def _language_tag(languages) -> str:
    """``"en"`` → ``"en"``, ``"de;en"`` → ``"mixed: de;en"``, missing → ``""`` (frame codebooks differ by
    language)."""
    s = "" if languages is None or (not isinstance(languages, str) and pd.isna(languages)) else str(languages)
    return f"mixed: {s}" if ";" in s else s


def _language_block(tag: str) -> int:
    """Sort key of a language tag: English first, then German, other languages, mixed groups last."""
    return 0 if tag == "en" else 1 if tag == "de" else 3 if tag.startswith("mixed") else 2


#: Below this many articles a group is marked in the frame figures (the tests' ``min_articles``).
MIN_N = 5


def frame_heatmap(data: pd.DataFrame, *, x: str = "frame", y: str = "outlet", value: str = "share",
                  n: str | None = "analysed_articles", language: str | None = "languages",
                  min_n: int | None = MIN_N, ax=None):
    """Heatmap of a value per (group, frame), values printed in the cells.

    Parameters
    ----------
    data : DataFrame
        Long table with columns ``x``, ``y``, ``value`` (e.g.
        :func:`newsanalysis.compare.frame_shares_long` output; shares in [0, 1]).
        Rows (groups) keep the order of their first appearance in ``data``.
    n : str or None
        Column with each group's number of articles (``analysed_articles``
        of :func:`newsanalysis.compare.frame_shares_long`), shown in the row
        label as "(n=…)"; ignored when ``data`` lacks it.
    language : str or None
        Column with each group's language(s) (``languages``). When present,
        rows are grouped in blocks (English, German, other, mixed), each
        label ends in "[en]", "[de]" or "[mixed: de;en]", and a line
        separates the blocks: English and German frames come from
        different codebooks with other thresholds, so compare rows within a
        block only.
    min_n : int or None
        Groups with fewer articles (by ``n``) are hatched over and greyed,
        their label says "below 5": with one article every share is 0 or 1.
        Default 5, the ``min_articles`` of :func:`newsanalysis.compare_tests`;
        ``None`` marks nothing.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes

    Raises
    ------
    ValueError
        If ``data`` lacks ``x``, ``y`` or ``value``; a wide ``compare`` table (one ``frame_*`` column per
        frame) is named, with the call that makes the long table.
    """
    from matplotlib.patches import Rectangle

    missing = [c for c in (x, y, value) if c not in data.columns]
    if missing:
        wide = any(str(c).startswith("frame_") for c in data.columns)
        hint = (f"; this looks like a compare() table (one frame_* column per frame): pass "
                f"frame_shares_long(cmp, by={y!r}) instead" if wide else
                "; frame_shares_long(compare(result, by=...), by=...) makes the long table")
        raise ValueError(f"frame_heatmap: data lacks column(s) {missing}{hint}")
    d = data.dropna(subset=[value])
    m = d.pivot_table(index=y, columns=x, values=value, aggfunc="mean", observed=True).dropna(how="all")
    m = m[[c for c in pd.unique(data[x]) if c in m.columns]]  # keep the codebook's order
    m = m.loc[[g for g in pd.unique(d[y]) if g in m.index]]   # groups in the order given (largest first)
    first = d.drop_duplicates(y).set_index(y)
    sizes = first[n].reindex(m.index) if n and n in d.columns else None
    tags = first[language].reindex(m.index).map(_language_tag) if language and language in d.columns else None
    if tags is not None:  # language blocks: English, German, other, mixed (a stable sort keeps the order within)
        order = sorted(range(len(m)), key=lambda i: (_language_block(tags.iloc[i]), tags.iloc[i]))
        m, tags = m.iloc[order], tags.iloc[order]
        sizes = sizes.iloc[order] if sizes is not None else None
    small = ([bool(pd.notna(k) and k < min_n) for k in sizes] if sizes is not None and min_n is not None
             else [False] * len(m))
    ax = _ax(ax, 0.4 * len(m) + 2.5)
    if ax.figure.get_size_inches()[0] < 10:
        ax.figure.set_size_inches(12, ax.figure.get_size_inches()[1])
    im = ax.imshow(m.values.astype(float), cmap="cividis", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(m.shape[1]), [c.replace("_", " ") for c in m.columns], rotation=45, ha="right", fontsize=8)
    labels = []
    for i, g in enumerate(m.index):
        lab = display_label(g)
        if sizes is not None and pd.notna(sizes.iloc[i]):
            k = int(sizes.iloc[i])
            lab += f" (n={k}, below {min_n})" if small[i] else f" (n={k})"
        if tags is not None and tags.iloc[i]:
            lab += f" [{tags.iloc[i]}]"
        labels.append(lab)
    ax.set_yticks(range(m.shape[0]), labels, fontsize=8)
    for i in range(m.shape[0]):
        if small[i]:  # a share of 0 or 1 from one article: greyed and hatched, so it is not read as a finding
            ax.add_patch(Rectangle((-0.5, i - 0.5), m.shape[1], 1, facecolor="white", alpha=0.6, hatch="///",
                                   edgecolor="#888888", linewidth=0))
            ax.get_yticklabels()[i].set_color("#666666")
        for j in range(m.shape[1]):
            v = m.values[i, j]
            if not np.isnan(v):
                ax.text(j, i, f"{v:.2f}", ha="center", va="center", fontsize=7,
                        color="#555555" if small[i] else "black" if v > 0.5 else "white",
                        fontstyle="italic" if small[i] else "normal")
    notes = []
    if tags is not None:
        for i in range(1, len(tags)):
            if tags.iloc[i] != tags.iloc[i - 1]:
                ax.axhline(i - 0.5, color="#d62728", lw=2)
        if tags.nunique() > 1:
            notes.append("frame codebooks differ by language: compare rows within a block only")
    if any(small):
        notes.append(f"hatched: fewer than {min_n} articles, not tested")
    if notes:
        ax.set_xlabel("\n".join(notes), fontsize=8)
    ax.figure.colorbar(im, ax=ax, label=f"{value} of articles")
    return ax


def source_mix_plot(data: pd.DataFrame, *, y: str = "outlet", hue: str = "source_type", x: str = "share", ax=None):
    """Stacked horizontal bars of shares per group (e.g. the source-type mix), hatched per ``hue`` level.

    Parameters
    ----------
    data : DataFrame
        Long table with columns ``y``, ``hue`` and ``x`` (shares in [0, 1]),
        e.g. :func:`newsanalysis.compare.source_mix_long` output.

    Returns
    -------
    matplotlib Axes
    """
    m = data.pivot_table(index=y, columns=hue, values=x, aggfunc="mean").fillna(0.0)
    m = m.loc[m.sum(axis=1) > 0]
    ax = _ax(ax, 0.35 * len(m) + 1.5)
    if m.empty:
        ax.text(0.5, 0.5, "no attributions found", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    left = np.zeros(len(m))
    for k, col in enumerate(m.columns):
        ax.barh(range(len(m)), m[col].values, left=left, label=str(col), color=OKABE_ITO[k % len(OKABE_ITO)],
                hatch=HATCHES[k % len(HATCHES)], edgecolor="black", linewidth=0.4)
        left += m[col].values
    ax.set_yticks(range(len(m)), [display_label(v) for v in m.index], fontsize=8)
    ax.set_xlim(0, 1)
    ax.set_xlabel(f"{x} of attributions")
    ax.legend(title=hue, bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    return ax


def save_figure(ax_or_fig, path: str | Path, formats: Iterable[str] = ("png", "svg", "pdf"), dpi: int = 150) -> list[Path]:
    """Save a figure under ``path`` (suffix replaced) in each format; returns the written paths."""
    fig = ax_or_fig.figure if hasattr(ax_or_fig, "figure") and not hasattr(ax_or_fig, "savefig") else ax_or_fig
    fig.tight_layout()
    out = []
    for fmt in formats:
        p = Path(path).with_suffix("." + fmt)
        p.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(p, dpi=dpi, bbox_inches="tight")
        out.append(p)
    return out


def interval_plot(data: pd.DataFrame, *, x: str = "estimate", y: str = "measure", low: str = "low",
                  high: str = "high", hue: str | None = None, palette: dict | None = None, n: str | None = None,
                  language: str | None = "languages", min_n: int | None = None, ax=None):
    """Dots with interval bars for any estimate, optionally one colour and marker per ``hue`` level (dodged).

    Parameters
    ----------
    data : DataFrame
        Long table, one row per (``y``, ``hue``) with columns ``x``
        (estimate), ``low``, ``high`` (interval bounds), e.g.
        :func:`newsanalysis.compare.estimates` output filtered to one family.
        Rows without an estimate are left out.
    y : str
        Categories on the vertical axis (e.g. ``"measure"`` for frames).
    hue : str, optional
        Groups drawn side by side within each category (e.g. ``"outlet"``);
        colours from ``palette`` (see :func:`group_palette`), markers and the
        legend keep them apart in black and white.
    n : str, optional
        Column with a group size shown in the legend label as "(n=…)" (its maximum per group).
    language : str or None
        Column with the language(s) behind each row (``languages`` of
        :func:`newsanalysis.compare.estimates`); ignored when ``data``
        lacks it. With ``hue``, each legend label ends in "[en]", "[de]" or
        "[mixed: de;en]", the groups are ordered by language (English,
        German, other, mixed) and, when they differ, the axis label says
        that English and German figures come from different codebooks or
        lexicons and are compared within a language only.
    min_n : int or None
        With ``hue`` and ``n``: groups whose ``n`` is below this are drawn
        faded with hollow markers and labelled "below …" (e.g. the tests'
        5). Default None: no group is marked.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes
    """
    d = data.dropna(subset=[x])
    cats = list(pd.unique(d[y]))
    levels = sorted(pd.unique(d[hue]).astype(str)) if hue else [None]
    tag = {}
    if hue and language and language in d.columns:
        for lev in levels:
            langs = sorted({t for v in d.loc[d[hue].astype(str) == lev, language].dropna().astype(str)
                            for t in v.split(";") if t})
            tag[lev] = _language_tag(";".join(langs))
        levels = sorted(levels, key=lambda lev: (_language_block(tag[lev]), tag[lev]))  # stable: names within
    ax = _ax(ax, 0.3 * len(cats) * max(1, len(levels) ** 0.5) + 1.5)
    palette = palette or (group_palette(levels) if hue else {})
    step = 0.8 / max(len(levels), 1)
    markers = {lev: MARKERS[k % len(MARKERS)] for k, lev in enumerate(sorted(levels, key=str))}
    for k, lev in enumerate(levels):
        sub = d if lev is None else d[d[hue].astype(str) == lev]
        pos = np.array([cats.index(c) for c in sub[y]]) + (k - (len(levels) - 1) / 2) * step
        err = np.vstack([sub[x] - sub[low], sub[high] - sub[x]]).clip(min=0)
        label = None
        size = int(sub[n].max()) if lev is not None and n and n in sub.columns and len(sub) else None
        faded = size is not None and min_n is not None and size < min_n
        if lev is not None:
            label = display_label(lev)
            if tag.get(lev):
                label += f" [{tag[lev]}]"
            if size is not None:
                label += f" (n={size}, below {min_n})" if faded else f" (n={size})"
        colour = palette.get(lev, "#000000") if lev is not None else "#000000"
        ax.errorbar(sub[x], pos, xerr=err, fmt=markers[lev], linestyle="none",
                    color=colour, ecolor="#999999" if faded else "#333333", alpha=0.5 if faded else 1.0,
                    elinewidth=1, capsize=2, markeredgecolor="black", markersize=6, label=label,
                    markerfacecolor="white" if faded else colour)
    ax.set_yticks(range(len(cats)), [display_label(str(c)).replace("_", " ") for c in cats], fontsize=8)
    ax.invert_yaxis()
    xlabel = f"{x} (95% interval)"
    if len({t for t in tag.values() if t}) > 1:
        xlabel += "\nlanguages differ (other codebook or lexicon): compare groups within a language only"
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    if hue and ax.get_legend_handles_labels()[1]:
        ax.legend(title=hue, bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    return ax


def actor_tone_plot(data: pd.DataFrame, *, hue: str = "outlet", y: str = "actor", x: str = "mean_tone",
                    low: str = "ci_low", high: str = "ci_high", language: str | None = "language",
                    palette: dict | None = None, ax=None):
    """Tone toward each actor per group: one row per (actor, language), the groups side by side with intervals.

    Parameters
    ----------
    data : DataFrame
        One row per (group, language, actor), e.g. :func:`newsanalysis.report.actor_tone_by_group` or
        :func:`newsanalysis.sentiment.actor_tone_summary` output, in the order the rows should appear
        (top to bottom). Rows without an estimate are left out; NaN bounds (one article) draw the dot alone.
    hue : str
        Group column (colour and marker per group; pass the report's ``palette`` to keep its colours).
    y : str
        Actor label column.
    language : str or None
        Language column: each row's label names its lexicon ("Putin [en · VADER]"), because English and
        German tone are not on one scale.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes
    """
    d = data.dropna(subset=[x]).copy()
    d[low] = d[low].fillna(d[x])
    d[high] = d[high].fillna(d[x])
    lab = d[y].astype(str)
    if language and language in d.columns:
        lab = lab + " [" + d[language].map(lexicon_label) + "]"
    ax = interval_plot(d.assign(_row=lab), x=x, y="_row", low=low, high=high, hue=hue, palette=palette, ax=ax)
    ax.axvline(0, color="#777777", lw=0.8, ls="--")
    ax.set_ylabel("")
    ax.set_xlabel("mean tone toward the actor over articles (95% t-interval); −1 negative, +1 positive words")
    return ax


def _event_marks(ax, events: pd.DataFrame | None, xmin, xmax):
    """Vertical dashed lines for the events inside [xmin, xmax], numbered; returns the legend text lines."""
    if events is None or not len(events):
        return []
    ev = events[(events["date"] >= xmin) & (events["date"] <= xmax)].reset_index(drop=True)
    lines = []
    for i, r in ev.iterrows():
        x = r["date"].tz_convert("UTC").tz_localize(None) if getattr(r["date"], "tzinfo", None) else r["date"]
        ax.axvline(x, color="#555555", lw=0.9, ls=(0, (4, 2)), zorder=0)
        ax.text(x, 0.98 - 0.06 * (i % 3), f"{i + 1}", transform=ax.get_xaxis_transform(), va="top",
                ha="center", fontsize=7, color="#222222",
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "#555555", "lw": 0.5})
        lines.append(f"{i + 1}: {r['date']:%Y-%m-%d} {r['event']}")
    return lines


def _naive_utc(value):
    """A date-like as a tz-naive Timestamp in UTC (None stays None): "2023-06-01", a naive or an aware Timestamp."""
    if value is None:
        return None
    ts = pd.Timestamp(value)
    return ts.tz_convert("UTC").tz_localize(None) if ts.tzinfo is not None else ts


def _line_lexicons(d: pd.DataFrame, hue: str, levels) -> dict:
    """Each group's lexicon label for a tone line (``lexicon_label`` of the analysed languages among its rows'
    ``languages``: "en · VADER", "de · SentiWS", "mixed: de;en"); a language without a lexicon (ko, vi: not
    analysed, no tone) does not count."""
    out = {}
    for lev in levels:
        langs = set()
        for v in d.loc[d[hue].astype(str) == lev, "languages"].dropna().astype(str):
            langs |= {x for x in v.split(";") if x in LEXICONS}
        out[lev] = lexicon_label(";".join(sorted(langs))) if langs else ""
    return out


def time_plot(data: pd.DataFrame, *, x: str = "period_start", y: str = "articles", hue: str | None = "outlet",
              low: str | None = None, high: str | None = None, events: pd.DataFrame | None = None,
              palette: dict | None = None, freq: str | None = "month", start=None, end=None,
              min_n: int | None = MIN_N, n: str = "analysed_articles", ax=None):
    """A value per period and group, with intervals (when given) and events as numbered vertical lines.

    Parameters
    ----------
    data : DataFrame
        Long table, one row per (period, group), e.g.
        :func:`newsanalysis.timeline.timeline` output; ``x`` a datetime column.
    y : str
        Value to draw (``"articles"``, ``"mean_compound"``…).
    hue : str, optional
        Group column: one colour (``palette``) and marker per group.
    low, high : str, optional
        Interval bounds (e.g. ``"compound_low"``/``"compound_high"``): drawn as error bars.
    events : DataFrame, optional
        :func:`newsanalysis.timeline.load_events` output; events inside the
        plotted time span are drawn as dashed lines numbered at the top and
        listed under the plot.
        With a ``languages`` column (:func:`newsanalysis.timeline.timeline`
        has one) and a tone (``y`` naming a compound or tone), each legend label names the
        line's lexicon ("Germany [de · SentiWS]", "North Korea [en · VADER]";
        languages without a lexicon, such as ko, are left out) and, when lines
        of two lexicons are drawn, the title says to compare lines of one
        lexicon only.
    freq : {"month", "week"} or None
        Period of the data. Periods without articles are then shown as 0 for
        counts (``y`` ``"articles"``/``"analysed_articles"``) and as gaps
        (a broken line) for other values; ``None`` joins the points as given.
    start, end : date-like, optional
        Time span to draw (default: the data's, padded by 20 days): the
        axis runs from ``start`` to ``end`` even where there are no data,
        events in that span are drawn, and a count line is 0 in its periods
        without articles (the Vostochny summit of September 2023 is on a plot
        from ``start="2023-06-01"`` although no article of the shared corpus
        is from 2023).
    min_n : int or None
        For a value that is not a count: a period whose ``n`` column is below ``min_n`` (default 5 articles)
        is drawn with a hollow marker and a faded interval, and a note under the plot says so (an interval from
        two articles spans most of the scale and looked like one from 26). None draws every point alike; a
        table without the ``n`` column is drawn alike too.
    n : str
        Column with each period's number of articles behind the value (``timeline`` output:
        ``"analysed_articles"``).
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes
    """
    d = data.dropna(subset=[y]).copy()
    if ax is None:
        _, ax = plt.subplots(figsize=(11, 4.5))
    d["_x"] = pd.to_datetime(d[x], utc=True).dt.tz_localize(None)
    start = _naive_utc(start)
    end = _naive_utc(end)
    if start is not None:
        d = d[d["_x"] >= start]
    if end is not None:
        d = d[d["_x"] <= end]
    levels = sorted(pd.unique(d[hue]).astype(str)) if hue else [None]
    palette = palette or (group_palette(levels) if hue else {})
    count = y in ("articles", "analysed_articles")
    # tone lines from two lexicons are not on one scale: say each line's (as tone_plot does; session 17 trial K
    # read KCNA's VADER line and the German outlets' SentiWS line as one scale)
    # (only for tone: a frame share from frame_timeline is no lexicon score)
    tone = "compound" in y or "tone" in y
    lex = _line_lexicons(d, hue, levels) if hue and tone and "languages" in d.columns else {}
    full = None
    any_small = False
    if freq in ("month", "week") and len(d):
        rule = "MS" if freq == "month" else "W-MON"
        full = pd.date_range(d["_x"].min() if start is None else start,
                             d["_x"].max() if end is None else end, freq=rule)
    for k, lev in enumerate(levels):
        sub = (d if lev is None else d[d[hue].astype(str) == lev]).sort_values("_x")
        c = palette.get(lev, "#000000") if lev is not None else "#000000"
        line = sub.set_index("_x")[y]
        if full is not None:
            line = line.reindex(full.union(line.index), fill_value=0 if count else np.nan)
        ax.plot(line.index, line.values, "-", color=c, lw=1)
        yerr = None
        if low and high and low in sub and high in sub:
            yerr = np.vstack([sub[y] - sub[low], sub[high] - sub[y]]).clip(min=0)
        label = display_label(lev) if lev is not None else None
        if label is not None and lex.get(lev):
            label = re.sub(r"\s*\[[a-z]{2}\]$", "", label) + f" [{lex[lev]}]"
        small = np.zeros(len(sub), dtype=bool)
        if min_n is not None and not count and n in sub.columns:
            small = (pd.to_numeric(sub[n], errors="coerce") < min_n).to_numpy()
        any_small = any_small or bool(small.any())
        big = ~small
        # the full points carry the legend label; the hollow ones (few articles) have the same colour and marker
        if big.any() or not small.any():
            ax.errorbar(sub["_x"][big], sub[y][big], yerr=None if yerr is None else yerr[:, big],
                        fmt=MARKERS[k % len(MARKERS)], linestyle="none", color=c, ecolor=c, capsize=2,
                        markeredgecolor="black", markersize=5, label=label)
        if small.any():
            ax.errorbar(sub["_x"][small], sub[y][small], yerr=None if yerr is None else yerr[:, small],
                        fmt=MARKERS[k % len(MARKERS)], linestyle="none", color=c, ecolor=c, alpha=0.45,
                        capsize=2, markeredgecolor=c, markerfacecolor="white", markersize=5,
                        label=None if big.any() else label)
    if len(d) or (start is not None and end is not None):
        # the span asked for, else the data's with a margin (before session 17 start/end only filtered the
        # data: the axis and the events drawn still followed the data)
        pad = pd.Timedelta(days=20)
        lo = start if start is not None else d["_x"].min() - pad
        hi = end if end is not None else d["_x"].max() + pad
        ax.set_xlim(lo, hi)
        # at most 8 date ticks, labelled concisely ("Jun", "15", "2024"): on a two-month span the default
        # labels ran into one another ("2024-05-152024-05-22", report of a --since/--until window, session 17)
        import matplotlib.dates as mdates
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        lines = _event_marks(ax, events, pd.Timestamp(lo, tz="UTC"), pd.Timestamp(hi, tz="UTC"))
        if any_small:
            lines = [f"hollow: fewer than {min_n} articles in the period, interval unreliable"] + lines
        if lines:
            ax.text(0, -0.16, ("" if not any_small else lines.pop(0) + ". ") + ("Events: " + "; ".join(lines)
                    if lines else ""), transform=ax.transAxes, fontsize=7, va="top", wrap=True)
    if not len(d):
        ax.text(0.5, 0.5, "no dated articles", ha="center", va="center", transform=ax.transAxes)
    ylabel = y.replace("_", " ") + (" (95% interval)" if low and high else "")
    if len({v for v in lex.values() if v}) > 1:
        ylabel += "\nlexicons differ: compare lines\nof one lexicon only"
    ax.set_ylabel(ylabel)
    if hue and ax.get_legend_handles_labels()[1]:
        ax.legend(title=hue, bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    return ax


def keyness_plot(data: pd.DataFrame, *, n: int = 10, value: str = "g2", palette: dict | None = None, ax=None):
    """Horizontal bars of the top over-used terms per group of a keyness table, labelled with Log Ratio.

    Parameters
    ----------
    data : DataFrame
        :func:`newsanalysis.keyness.keyness` output, or its
        :func:`~newsanalysis.keyness.top_terms`; rows with ``direction`` "+"
        and ``significant`` are drawn, the ``n`` highest ``value`` per group.
        For pairwise tables pass the rows of one comparison.
    value : str
        Bar length: ``"g2"`` (default) or ``"log_ratio"``.
    palette : dict, optional
        Group → colour; bars are also hatched per group.

    Returns
    -------
    matplotlib Axes
    """
    d = data[(data["direction"] == "+") & data["significant"].astype(bool)]
    d = d.sort_values(value, ascending=False).groupby("group", sort=True).head(n)
    groups = sorted(pd.unique(d["group"]).astype(str))
    ax = _ax(ax, 0.22 * len(d) + 1.5)
    if d.empty:
        ax.text(0.5, 0.5, "no significant key terms", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    palette = palette or group_palette(groups)
    pos, labels, y = [], [], 0
    for k, g in enumerate(groups):
        sub = d[d["group"].astype(str) == g].sort_values(value, ascending=False)
        ax.text(0, y - 0.2, display_label(g), fontsize=8, fontweight="bold", va="bottom")
        y += 1
        ys = np.arange(y, y + len(sub))
        ax.barh(ys, sub[value], color=palette.get(g, GROUP_COLOURS[k % len(GROUP_COLOURS)]), edgecolor="black",
                linewidth=0.4, hatch=HATCHES[k % len(HATCHES)], label=display_label(g))
        for yy, (_, r) in zip(ys, sub.iterrows()):
            ax.text(r[value], yy, f"  LR {r['log_ratio']:.1f}", va="center", fontsize=7)
        labels += list(sub["term"])
        pos += list(ys)
        y += len(sub) + 1
    ax.set_yticks(pos, labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("log-likelihood G²" if value == "g2" else "Log Ratio (log2)")
    ax.legend(title="group", bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    ax.margins(x=0.15)
    return ax
