"""Write notebooks/01_compare_outlets.ipynb (without outputs). Run: python tools/build_notebook_01.py"""
from pathlib import Path

import nbformat as nbf

cells = []
md = lambda s: cells.append(nbf.v4.new_markdown_cell(s.strip()))  # noqa: E731
code = lambda s, **kw: cells.append(nbf.v4.new_code_cell(s.strip(), **kw))  # noqa: E731

md("""
# 1. Comparing outlets: from a corpus to a table you can defend

This notebook walks through the whole flow of `newsanalysis` on the real
Russia–North Korea corpus: load, check what was loaded, analyse, compare
outlets, and go back to the sentences behind a number.

> **What this can and cannot tell you.** Lexicon tone, cue-word frames and
> rule-based attribution are transparent measures: every number points to
> the words that produced it. They are not a reader's judgement. Differences
> between outlets are only worth reporting with their intervals, and only
> for groups with enough articles. Korean and Vietnamese articles are
> loaded and counted but not analysed (no lexicons yet): they appear with
> empty scores, never as zero.
""")
md("""
## Parameters
The corpus path comes from the environment variable `NEWSANALYSIS_CORPUS`;
the default is the shared corpus seen from this `notebooks/` folder. Change
it to point at your own files (JSON Lines or plain-text articles).
""")
code("""
import os
from pathlib import Path

CORPUS = Path(os.environ.get("NEWSANALYSIS_CORPUS", "../../shared/corpus/real"))
EMBEDDED = Path(os.environ.get("NEWSANALYSIS_EMBEDDED", "../corpus"))  # the seed article shipped with the repo
GROUP_BY = "outlet"
""", metadata={"tags": ["parameters"]})
code("""
import matplotlib.pyplot as plt
import pandas as pd

import newsanalysis as na
from newsanalysis.compare import frame_shares_long, source_mix_long
from newsanalysis.plot import frame_heatmap, group_palette, source_mix_plot, tone_plot

pd.set_option("display.max_colwidth", 120)
paths = [p for p in (CORPUS, EMBEDDED) if p.exists()]
if CORPUS not in paths:
    print(f"The real corpus was not found at {CORPUS}: only the embedded seed article is used.")
articles = na.load_corpus(paths)
print(f"{len(articles)} articles from {articles['outlet'].nunique()} outlets")
""")
md("""
## What was loaded, and what was not
Every record read is either loaded or listed with its reason. Site
furniture (reading time, bylines, share widgets, copyright lines, lines
repeated across an outlet's pages) is removed and listed too.
""")
code("""
report = articles.attrs["load_report"]
print({k: report[k] for k in ("records_read", "records_loaded", "records_skipped")})
na.load_report(articles, "removed")["reason"].value_counts()
""")
code("""
articles.groupby("language").size().rename("articles")
""")
md("""
## Analyse
`analyze` splits sentences and runs sentiment, framing and attribution. Each
table is tidy and joins on `article_id` (and `sentence_id`).
""")
code("""
result = na.analyze(articles)
result.summary[["article_id", "outlet", "language", "analysed", "sentences", "mean_compound", "attributions"]].head()
""")
md("""
## Compare outlets
Tone is the mean over an outlet's articles of each article's mean sentence
compound score, with a 95 % bootstrap interval over articles (so long
articles do not weigh more). Groups with fewer than 5 analysed articles are
flagged in `warning`.
""")
code("""
cmp = na.compare(result, by=GROUP_BY)
cmp[[GROUP_BY, "articles", "analysed_articles", "mean_compound", "compound_low", "compound_high", "warning"]].head(12)
""")
code("""
palette = group_palette(cmp.loc[cmp["analysed_articles"] > 0, GROUP_BY])
ax = tone_plot(cmp, y=GROUP_BY, palette=palette)
ax.set_title("Tone by outlet (95% interval)");
""")
code("""
ax = frame_heatmap(frame_shares_long(cmp, GROUP_BY), y=GROUP_BY)
ax.set_title("Share of articles with each frame");
""")
code("""
ax = source_mix_plot(source_mix_long(cmp, GROUP_BY), y=GROUP_BY)
ax.set_title("Who is cited");
""")
md("""
## Back to the sentences
A number is only as good as the sentences behind it. Here are the most
negative and most positive sentences of the outlet with the most analysed
articles: read them and ask whether the lexicon got them right.
""")
code("""
top = cmp.loc[cmp["analysed_articles"].idxmax(), GROUP_BY]
ids = set(result.articles.loc[result.articles[GROUP_BY] == top, "article_id"])
scored = result.sentiment[result.sentiment["article_id"].isin(ids) & result.sentiment["scored"]]
scored = scored.merge(result.sentences[["article_id", "sentence_id", "text"]], on=["article_id", "sentence_id"])
pd.concat([scored.nsmallest(3, "compound"), scored.nlargest(3, "compound")])[["article_id", "sentence_id", "compound", "text"]]
""")
md("""
## Write the full report
The command line does the same in one step:
`newsanalysis report ../shared/corpus/real corpus --out report/`.
""")
code("""
from tempfile import mkdtemp

from newsanalysis.report import write_report

index = write_report(result, Path(mkdtemp()) / "report", by=GROUP_BY, load_report=report)
print(index)
""")

nb = nbf.v4.new_notebook(cells=cells, metadata={
    "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
    "language_info": {"name": "python"},
})
out = Path(__file__).resolve().parent.parent / "notebooks" / "01_compare_outlets.ipynb"
nbf.write(nb, out)
print(out)
