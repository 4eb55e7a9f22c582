"""Figures on matplotlib, seaborn-style: ``data=`` plus column names, ``ax=`` in, ``Axes`` out.

Colours: the Okabe & Ito (2008) colour-blind-safe palette, one colour per
group kept across figures (pass the same ``palette``); bars also carry
hatches so that figures stay readable in black and white. Heatmaps use the
perceptually uniform, colour-blind-safe ``cividis`` map and print values.
"""
from __future__ import annotations

from pathlib import Path
import re
from typing import Iterable

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999"]
HATCHES = ["", "//", "..", "xx", "\\\\", "oo", "++", "--", "**"]
MARKERS = ["o", "s", "D", "^", "v", "P", "X", "<", ">"]


def group_palette(groups: Iterable) -> dict:
    """A colour per group (sorted by name, Okabe–Ito cycled): pass it to every plot to keep colours fixed."""
    names = sorted({str(g) for g in groups})
    return {g: OKABE_ITO[i % len(OKABE_ITO)] for i, g in enumerate(names)}


_NON_LATIN = re.compile(r"[^\u0000-\u024F\u0370-\u04FF\u2000-\u206F\u20A0-\u20CF\u2100-\u214F]")
_GLOSS = re.compile(r"\(([^()]*[A-Za-z][^()]*)\)\s*$")


def display_label(name) -> str:
    """A label the default font can draw: for names in scripts it lacks (Hangul, Han…),
    the parenthesised Latin gloss when there is one ("연합뉴스 (Yonhap News Agency)" → "Yonhap News Agency")."""
    s = str(name)
    if _NON_LATIN.search(s):
        m = _GLOSS.search(s)
        if m:
            return m.group(1).strip()
    return s


def _ax(ax, height: float):
    if ax is None:
        _, ax = plt.subplots(figsize=(8, max(2.5, height)))
    return ax


def tone_plot(data: pd.DataFrame, *, x: str = "mean_compound", y: str = "outlet", low: str = "compound_low",
              high: str = "compound_high", n: str | None = "analysed_articles", palette: dict | None = None, ax=None):
    """Dot-and-interval plot of a score per group.

    Parameters
    ----------
    data : DataFrame
        One row per group with columns ``y`` (group label), ``x`` (estimate)
        and ``low``/``high`` (interval bounds), e.g. :func:`newsanalysis.compare` output.
        Groups without an estimate are left out.
    n : str or None
        Column with the group size, shown in the label as "(n=…)".
    palette : dict, optional
        Group → colour (see :func:`group_palette`).
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes
    """
    d = data.dropna(subset=[x]).sort_values(x)
    ax = _ax(ax, 0.35 * len(d) + 1)
    palette = palette or group_palette(d[y])
    pos = np.arange(len(d))
    order = sorted(str(v) for v in d[y])
    for i, (_, r) in enumerate(d.iterrows()):
        c = palette.get(str(r[y]), "#000000")
        ax.errorbar(r[x], i, xerr=[[r[x] - r[low]], [r[high] - r[x]]], fmt=MARKERS[order.index(str(r[y])) % len(MARKERS)],
                    color=c, ecolor="#333333", capsize=3, markeredgecolor="black", markersize=7)
    labels = [display_label(v) + (f" (n={int(k)})" if n and n in d.columns else "") for v, k in
              zip(d[y], d[n] if n and n in d.columns else d[y])]
    ax.set_yticks(pos, labels)
    ax.axvline(0, color="#777777", lw=0.8, ls="--")
    ax.set_xlabel(f"{x} (95% interval)")
    ax.set_ylabel("")
    return ax


def frame_heatmap(data: pd.DataFrame, *, x: str = "frame", y: str = "outlet", value: str = "share", ax=None):
    """Heatmap of a value per (group, frame), values printed in the cells.

    Parameters
    ----------
    data : DataFrame
        Long table with columns ``x``, ``y``, ``value`` (e.g.
        :func:`newsanalysis.compare.frame_shares_long` output; shares in [0, 1]).

    Returns
    -------
    matplotlib Axes
    """
    m = data.pivot_table(index=y, columns=x, values=value, aggfunc="mean").dropna(how="all")
    m = m[[c for c in pd.unique(data[x]) if c in m.columns]]  # keep the codebook's order
    ax = _ax(ax, 0.4 * len(m) + 2.5)
    if ax.figure.get_size_inches()[0] < 10:
        ax.figure.set_size_inches(12, ax.figure.get_size_inches()[1])
    im = ax.imshow(m.values, cmap="cividis", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(m.shape[1]), [c.replace("_", " ") for c in m.columns], rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(m.shape[0]), [display_label(v) for v in m.index], fontsize=8)
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            v = m.values[i, j]
            if not np.isnan(v):
                ax.text(j, i, f"{v:.2f}", ha="center", va="center", fontsize=7,
                        color="black" if v > 0.5 else "white")
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
