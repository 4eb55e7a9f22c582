"""Write an analysis to a folder: every table as CSV and Parquet, figures, and an ``index.html``.

Presentation only: every number shown comes from a table written beside it,
and every table joins back to sentences (``article_id``, ``sentence_id``,
character offsets) so that a figure can be traced to the text behind it.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from . import __version__
from .compare import compare, frame_shares_long, source_mix_long
from .plot import frame_heatmap, group_palette, save_figure, source_mix_plot, tone_plot


def language_counts(result) -> pd.DataFrame:
    """Articles loaded and analysed per language: ``language, articles, analysed, not_analysed``."""
    s = result.summary
    out = s.groupby("language").agg(articles=("article_id", "size"), analysed=("analysed", "sum")).reset_index()
    out["analysed"] = out["analysed"].astype(int)
    out["not_analysed"] = out["articles"] - out["analysed"]
    return out.sort_values("articles", ascending=False, ignore_index=True)


def _write_table(df: pd.DataFrame, stem: Path) -> None:
    df = df.copy()
    df.attrs = {}
    df.to_csv(stem.with_suffix(".csv"), index=False)
    for c in df.columns:  # Parquet needs one type per column: mixed object columns become strings
        if df[c].dtype == object:
            kinds = {type(v) for v in df[c].dropna()}
            if len(kinds) > 1 or (kinds and not kinds <= {str}):
                df[c] = df[c].map(lambda v: None if v is None or (isinstance(v, float) and pd.isna(v)) else str(v))
    df.to_parquet(stem.with_suffix(".parquet"), index=False)


def write_report(result, out_dir: str | Path, *, by: str = "outlet", load_report: dict | None = None) -> Path:
    """Write tables, figures and ``index.html`` for an :class:`~newsanalysis.AnalysisResult`.

    Parameters
    ----------
    result : AnalysisResult
    out_dir : path
        Created if needed; existing files of the same names are replaced.
    by : str
        Grouping for the comparison (see :func:`newsanalysis.compare`).
    load_report : dict, optional
        ``articles.attrs["load_report"]`` from :func:`newsanalysis.load_corpus`.

    Returns
    -------
    Path
        The ``index.html`` written. Beside it: ``tables/<name>.csv`` and
        ``.parquet`` for every table of the result plus ``comparison`` and
        ``languages``; ``figures/tone_by_<by>``, ``frames_by_<by>``,
        ``sources_by_<by>`` as PNG, SVG and PDF; ``load_report.json``.
    """
    out = Path(out_dir)
    (out / "tables").mkdir(parents=True, exist_ok=True)
    (out / "figures").mkdir(parents=True, exist_ok=True)
    cmp = compare(result, by=by)
    langs = language_counts(result)
    tables = dict(result.tables())
    tables["comparison"] = cmp
    tables["languages"] = langs
    for name, df in tables.items():
        _write_table(df, out / "tables" / name)

    palette = group_palette(cmp.loc[cmp["analysed_articles"] > 0, by])
    figs = {}
    ax = tone_plot(cmp, y=by, palette=palette)
    ax.set_title(f"Tone by {by}\n(mean over articles of the mean sentence compound score)", fontsize=10)
    figs["tone"] = save_figure(ax, out / "figures" / f"tone_by_{by}")
    plt.close(ax.figure)
    ax = frame_heatmap(frame_shares_long(cmp, by), y=by)
    ax.set_title(f"Share of articles with each frame, by {by}")
    figs["frames"] = save_figure(ax, out / "figures" / f"frames_by_{by}")
    plt.close(ax.figure)
    ax = source_mix_plot(source_mix_long(cmp, by), y=by)
    ax.set_title(f"Who is cited: source types by {by}")
    figs["sources"] = save_figure(ax, out / "figures" / f"sources_by_{by}")
    plt.close(ax.figure)

    rep = load_report or {}
    (out / "load_report.json").write_text(json.dumps(rep, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    prov = result.provenance
    skipped = pd.DataFrame(rep.get("skipped", []))
    excluded = pd.DataFrame(rep.get("excluded_files", []))

    def table_html(df: pd.DataFrame, max_rows: int = 60) -> str:
        if df is None or df.empty:
            return "<p><em>none</em></p>"
        return df.head(max_rows).to_html(index=False, float_format=lambda v: f"{v:.3f}", na_rep="–", border=0)

    shown = cmp[[by, "articles", "analysed_articles", "sentences_analysed", "mean_compound", "compound_low",
                 "compound_high", "attributions", "anonymous_share", "warning"]]
    links = " · ".join(f'<a href="tables/{n}.csv">{n}.csv</a>' for n in tables)
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsanalysis report</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto;line-height:1.4}}
table{{border-collapse:collapse;font-size:0.85em}}td,th{{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}}
img{{max-width:100%}} .note{{color:#555;font-size:0.9em}}</style></head><body>
<h1>newsanalysis report</h1>
<p class="note">newsanalysis {html.escape(__version__)} · corpus fingerprint {html.escape(str(prov.get('fingerprint')))}
 · {prov.get('n_articles')} articles</p>
<h2>Load report</h2>
<p>Records read: {rep.get('records_read', '–')}, loaded: {rep.get('records_loaded', '–')},
skipped: {rep.get('records_skipped', '–')}; lines of site furniture removed: {len(rep.get('removed', []))}
(listed in <a href="load_report.json">load_report.json</a>).</p>
<h3>Skipped records</h3>{table_html(skipped)}
<h3>Files not read</h3>{table_html(excluded)}
<h2>Languages</h2>
<p>Articles in a language without analysers are loaded and counted, but not scored (no zeros).</p>
{table_html(langs)}
<h2>Outlet comparison (by {html.escape(by)})</h2>
<p class="note">Tone: mean over articles of the article's mean sentence compound score (VADER for English,
SentiWS for German), with a 95% bootstrap interval over articles. Groups with fewer than 5 analysed articles
are flagged. Frame shares and the source mix are in <a href="tables/comparison.csv">comparison.csv</a>.</p>
{table_html(shown)}
<h2>Figures</h2>
<h3>Tone</h3><img src="figures/tone_by_{by}.png" alt="tone by {by}">
<h3>Frames</h3><img src="figures/frames_by_{by}.png" alt="frames by {by}">
<h3>Sources</h3><img src="figures/sources_by_{by}.png" alt="source types by {by}">
<p class="note">Each figure also as SVG and PDF in <code>figures/</code>.</p>
<h2>Tables (trace every number to its sentences)</h2><p>{links}</p>
</body></html>
"""
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index
