"""Write notebooks/02_compare_statistics.ipynb (without outputs). Run: python tools/build_notebook_02.py"""
from pathlib import Path

import nbformat as nbf

cells = []
md = lambda s: cells.append(nbf.v4.new_markdown_cell(s.strip()))  # noqa: E731
code = lambda s, **kw: cells.append(nbf.v4.new_code_cell(s.strip(), **kw))  # noqa: E731

md("""
# 2. Comparing outlets honestly: intervals, tests, keyness, time and KWIC

Notebook 1 compared outlets one figure at a time. Here we ask whether the
differences hold up: every estimate with a 95 % interval from an
article-level bootstrap, tests across all groups and pairwise with
corrected p-values and effect sizes, the words that set outlets apart
(keyness), coverage over time against the events of the story, and the
sentences behind each of these (KWIC).

> **Read with care.** A p-value says whether a difference could be chance,
> not whether it matters: look at the effect size and the interval. Groups
> with fewer than 5 analysed articles are left out of the tests. Tone from
> different lexicons (English VADER, German SentiWS) is not on one scale:
> compare within a language.
""")
md("""
## Parameters
""")
code("""
import os
from pathlib import Path

CORPUS = Path(os.environ.get("NEWSANALYSIS_CORPUS", "../../shared/corpus/real"))
EMBEDDED = Path(os.environ.get("NEWSANALYSIS_EMBEDDED", "../corpus"))
GROUP_BY = "outlet"          # any article column, "month", or a column of corpus/outlets.csv
SECOND_BY = "affiliation"    # state, public, private, aggregator (corpus/outlets.csv)
""", metadata={"tags": ["parameters"]})
code("""
import matplotlib.pyplot as plt
import pandas as pd

import newsanalysis as na
from newsanalysis.compare import compare_tests, estimates, load_outlets
from newsanalysis.keyness import keyness, top_terms
from newsanalysis.kwic import kwic, kwic_html
from newsanalysis.plot import group_palette, interval_plot, keyness_plot, time_plot, tone_plot
from newsanalysis.timeline import load_events, timeline

pd.set_option("display.max_colwidth", 100)
paths = [p for p in (CORPUS, EMBEDDED) if p.exists()]
articles = na.load_corpus(paths)
result = na.analyze(articles)
outlets = load_outlets()
print(f"{len(articles)} articles, {articles['outlet'].nunique()} outlets")
""")
md("""
## Outlet metadata
`corpus/outlets.csv` is yours to edit: country, languages, affiliation
(state, public broadcaster, private, aggregator) and type of each outlet.
Every column can be used as a grouping.
""")
code("""
outlets.head(8)
""")
md("""
## Estimates with intervals
One row per group and measure. Resampling is over articles, so that the
sentences and attributions of one article stay together.
""")
code("""
est = estimates(result, by=SECOND_BY)
est[est["family"] == "tone"]
""")
code("""
cmp = na.compare(result, by=SECOND_BY)
palette = group_palette(cmp.loc[cmp["analysed_articles"] > 0, SECOND_BY])
ax = tone_plot(cmp, y=SECOND_BY, palette=palette)
ax.set_title(f"Tone by {SECOND_BY} (95% interval)");
""")
md("""
## Tests across groups and pairwise
Frames: chi-square (Fisher's exact test for small 2×2 tables) with
Cramér's V; tone: Kruskal–Wallis with ε² (two groups: a permutation test with
Welch's t); sources and anonymous share: chi-square on attributions, with
the p-value from permuting whole articles between groups (the attributions
of one article are not independent). `p_adjusted` is Benjamini–Hochberg within each family (pass
`correction="holm"` for Holm). A test that cannot be run says why in `note`.
""")
code("""
tests = compare_tests(result, by=GROUP_BY)
tests[tests["family"] == "tone"][["scope", "group_a", "group_b", "n", "test", "statistic", "p_value",
                                  "p_adjusted", "effect_size", "effect_measure", "note"]]
""")
code("""
big = cmp.loc[cmp["analysed_articles"] >= 5, SECOND_BY]
ax = interval_plot(est[(est["family"] == "frame") & est[SECOND_BY].isin(big)], y="measure", hue=SECOND_BY,
                   palette=palette, n="n_articles")
ax.set_title("Frame shares (95% intervals)");
""")
md("""
## Keyness: the words that set an outlet apart
G² (Dunning 1993) with Log Ratio (Hardie 2014) as effect size, on
lower-cased words without stop words, FDR-corrected. One language at a time.
""")
code("""
en = articles[articles["language"] == "en"]
key = keyness(en, by=GROUP_BY, comparison="both")
top = top_terms(key[key["comparison"] == "one_vs_rest"], 8)
ax = keyness_plot(top, n=8)
ax.set_title("Key terms, one outlet against the rest (English)");
""")
md("""
## Back to the sentences: KWIC
Every key term can be read in its sentences, with outlet and date.
""")
code("""
kcna_terms = list(top.loc[top["group"].str.startswith("KCNA"), "term"].head(2))
lines = kwic(en[en["outlet"].str.startswith("KCNA")], kcna_terms)
kwic_html(lines.head(8))
""")
md("""
## Coverage over time, with the events of the story
Events come from `corpus/events.csv` (editable): summits, the 2024 treaty,
UN vetoes, the first reports of troops in Russia.
""")
code("""
events = load_events()
tl = timeline(result, by=SECOND_BY, freq="month")
ax = time_plot(tl, y="articles", hue=SECOND_BY, events=events, palette=palette, start="2023-06-01")
ax.set_title("Articles per month since June 2023");
""")
code("""
ax = time_plot(tl, y="mean_compound", hue=SECOND_BY, low="compound_low", high="compound_high", events=events,
               palette=palette, start="2023-06-01")
ax.axhline(0, color="grey", lw=0.8, ls="--")
ax.set_title("Tone per month (95% intervals)");
""")
md("""
## Checking the tool against people: the validation kit
Draw a stratified sample of sentences for two coders, without the tool's
scores on the sheet; read the filled sheets back; compute Krippendorff's
alpha between coders and against the tool, and precision/recall/F1 per
category. Here the sheet is only written to a temporary folder.
""")
code("""
from tempfile import mkdtemp

from newsanalysis.validation_kit import coding_sheet, write_coding_sheet

units = result.sentences.merge(result.articles[["article_id", "outlet"]], on="article_id")
units = units[units["language"] == "en"]
sheet = coding_sheet(units, codes="polarity", n=40, strata="outlet", seed=1)
path = write_coding_sheet(sheet, Path(mkdtemp()) / "coder_A.xlsx")
print(path)
sheet["outlet"].value_counts()
""")

nb = nbf.v4.new_notebook(cells=cells, metadata={
    "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
    "language_info": {"name": "python"},
})
out = Path(__file__).resolve().parent.parent / "notebooks" / "02_compare_statistics.ipynb"
nbf.write(nb, out)
print(out)
