"""Write notebooks/02_corpus.ipynb (without outputs). Run: python tools/build_notebook_02.py

(``tools/build_notebook_02.py`` builds the older ``02_compare_statistics.ipynb``; this one is the corpus notebook.)
"""
from _nbbuild import Notebook

nb = Notebook(min_figures=2)

nb.md("""
# 2. The corpus: what is in it, what is not, and how to look inside

Before measuring anything, know your corpus. This notebook loads the real
Russia–North Korea corpus and shows

1. **what was loaded and what was not** (the load report: files, skipped
   records, excluded files, cleaning notes),
2. **outlets and languages**, and which languages are analysed,
3. **time**: when the articles appeared, against the events of the story
   (`newsanalysis/resources/events.csv`),
4. **duplicates and wire copy**: which article copies which, which items are
   agency copy, which are based on another outlet's report,
5. **topic selection** with a Boolean query (`select`),
6. **KWIC** (keyword in context) and **collocations**: reading words in their
   sentences.

> **What this can and cannot tell you.** This corpus is what public
> repositories happened to hold: 84 KCNA items, 33 Kremlin transcripts,
> Korean-language Naver news of a few days, a handful of German and
> Vietnamese articles. It is not a sample of "the media"; counts describe
> this collection, not coverage in general. Korean and Vietnamese articles
> are loaded and counted but **not analysed** (no lexicons or cue lists
> yet): they appear as "not analysed", never as zero. KWIC and collocations
> show words, not meanings: read the lines.
""")
nb.md("""
## Parameters
`CORPUS` is the real corpus (JSON Lines files); `EMBEDDED` the seed article
shipped with the package. Point `CORPUS` at your own folder to inspect your
corpus the same way.
""")
nb.parameters("""
import os
from pathlib import Path

CORPUS = Path(os.environ.get("NEWSANALYSIS_CORPUS", "../../shared/corpus/real"))
EMBEDDED = Path(os.environ.get("NEWSANALYSIS_EMBEDDED", "../corpus"))  # the seed article shipped in the repo
KWIC_TERM = "treaty"          # a word (or "word*") to read in context
START = "2024-01-01"          # first month of the time plot
""")
nb.code("""
import re

import matplotlib.pyplot as plt
import pandas as pd
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

import newsanalysis as na
from newsanalysis.dedup import media_table
from newsanalysis.keyness import stopwords
from newsanalysis.plot import display_label, time_plot
from newsanalysis.timeline import load_events

pd.set_option("display.max_colwidth", 90)
pd.set_option("display.width", 200)

HAVE_CORPUS = CORPUS.exists()
if not HAVE_CORPUS:
    print(f"The real corpus was not found at {CORPUS} (set NEWSANALYSIS_CORPUS).\\n"
          "Going on with the embedded seed article only: most sections below will be nearly empty.")
paths = [p for p in (CORPUS, EMBEDDED) if p.exists()]
articles = na.load_corpus(paths, errors="skip")   # skip bad records, but list each one in the load report
print(f"{len(articles)} articles from {articles['outlet'].nunique()} outlets")
""")
nb.md("""
## 1. What was loaded, and what was not
The **load report** keeps everything the loader decided:

- `files`: every file read, its format, encoding and records loaded;
- `excluded_files`: files not read, with the reason (documentation, metadata
  tables, the `*_general.jsonl` off-topic benchmark files);
- `skipped`: records not loaded (empty text, furniture only…), with file, line and field;
- `removed`: lines of site furniture removed from texts;
- `notes`: repairs made to texts (e.g. names glued together by a scraper).
""")
nb.code("""
report = articles.attrs["load_report"]
print({k: report[k] for k in ("records_read", "records_loaded", "records_skipped")})
files = na.load_report(articles, "files")
files.assign(path=files["path"].map(lambda p: Path(p).name))[["path", "format", "encoding", "records", "loaded"]]
""")
nb.code("""
excluded = na.load_report(articles, "excluded_files")
excluded.assign(path=excluded["path"].map(lambda p: Path(p).name))
""")
nb.code("""
skipped = na.load_report(articles, "skipped")
print(f"{len(skipped)} records skipped")
skipped.head(10)
""")
nb.code("""
removed = na.load_report(articles, "removed")
notes = na.load_report(articles, "notes")
print(f"{len(removed)} furniture lines removed from {removed['article_id'].nunique()} articles; "
      f"{len(notes)} repair notes")
removed["reason"].value_counts().rename("lines removed").head(10).to_frame()
""")
nb.code("""
# the kinds of note, with numbers and quoted values left out
kinds = notes["note"].str.replace(r"'[^']*'", "'…'", regex=True).str.replace(r"\\d+", "N", regex=True)
kinds.value_counts().rename("notes").to_frame()
""")
nb.md("""
## 2. Outlets and languages
English and German articles are analysed (sentiment lexicons, frame cues and
attribution rules exist for them). Korean and Vietnamese articles are loaded
and counted, but every analysis marks them *not analysed* with a reason.
`frames` tells which articles are analysed:
""")
nb.code("""
generic = na.frames(articles)                       # one row per (article, frame)
per_article = generic.drop_duplicates("article_id")[["article_id", "analysed", "reason"]]
langs = (articles[["article_id", "language"]].merge(per_article, on="article_id")
         .groupby("language").agg(articles=("article_id", "size"), analysed=("analysed", "sum")))
langs["analysed"] = langs["analysed"].astype(int)
langs["not_analysed"] = langs["articles"] - langs["analysed"]
print("Why not analysed:", "; ".join(per_article["reason"].dropna().unique()))
langs.sort_values("articles", ascending=False)
""")
nb.code("""
outlets = na.load_outlets()
counts = (articles.groupby(["outlet", "language"]).size().rename("articles").reset_index()
          .merge(outlets[["outlet", "country", "affiliation", "type"]], on="outlet", how="left"))
counts.sort_values("articles", ascending=False).head(15)
""")
nb.code("""
top = counts.sort_values("articles", ascending=False).head(15).iloc[::-1]
analysed = top["language"].isin(langs.index[langs["analysed"] > 0])
fig, ax = plt.subplots(figsize=(8, 5))
ax.barh([f"{display_label(o)} [{l}]" for o, l in zip(top["outlet"], top["language"])], top["articles"],
        color=["#0072B2" if a else "#BBBBBB" for a in analysed])
ax.set_xlabel("articles")
ax.set_title("The 15 largest outlets (blue: analysed, grey: loaded but not analysed)");
""")
nb.md("""
Two outlets make up more than half of the corpus: KCNA (North Korea's state
agency, in English) and Kremlin.ru (transcripts and news of the Russian
president). Any corpus-wide figure is mostly about these two; compare outlets,
not the corpus as a whole.

## 3. Time and events
When were the articles published? The events of the story come from
`newsanalysis/resources/events.csv` (`load_events()`; pass a file of your own to add events). Each event is a numbered
dashed line, listed under the plot.
""")
nb.code("""
events = load_events()
dated = articles.dropna(subset=["published"])
span = f" from {dated['published'].min():%Y-%m-%d} to {dated['published'].max():%Y-%m-%d}" if len(dated) else ""
print(f"{len(dated)} dated articles{span}; {len(articles) - len(dated)} without a date")
dated.groupby(dated["published"].dt.year).size().rename("articles per year").to_frame().T
""")
nb.code("""
month = dated["published"].dt.tz_convert("UTC").dt.tz_localize(None).dt.to_period("M").dt.start_time
per_month = (dated.assign(period_start=month).groupby(["period_start", "language"]).size()
             .rename("articles").reset_index())
if len(per_month[per_month["period_start"] >= START]):
    ax = time_plot(per_month, y="articles", hue="language", events=events, start=START)
    ax.set_title(f"Articles per month and language since {START[:7]}")
else:
    print("No dated articles after", START)
""")
nb.md("""
**Evidence.** The articles of the busiest month, by outlet: a peak is often
one event covered by many outlets, or one outlet's archive.
""")
nb.code("""
if len(per_month):
    busiest = per_month.groupby("period_start")["articles"].sum().idxmax()
    in_month = dated[month == busiest]
    print(f"Busiest month: {busiest:%Y-%m} ({len(in_month)} articles)")
    display(in_month.groupby("outlet").size().rename("articles").sort_values(ascending=False).head(8))
    near = events[(events["date"].dt.tz_localize(None) >= busiest - pd.Timedelta(days=40))
                  & (events["date"].dt.tz_localize(None) < busiest + pd.offsets.MonthBegin(1))]
    if len(near):
        display(near[["date", "event"]])
    else:
        print("No event of events.csv falls in or just before that month: the peak is the collection "
              "(Korean news of a few days), not an event.")
""")
nb.md("""
## 4. Duplicates and wire copy
Copies are **flagged, never dropped**: every article keeps its row, and

- `duplicate_of` points to the first article of its cluster (exact copies:
  same words; near copies: MinHash estimate of word 5-gram overlap ≥ 0.8);
- `wire_agency` names the agency whose copy it is (dateline "(서울=연합뉴스)",
  a credit line, or the agency's own items);
- `based_on` names the outlet(s) an article says it reports from ("laut WSJ",
  "조선중앙통신에 따르면" = *according to KCNA*).

`articles[articles["duplicate_of"].isna()]` is the corpus without copies.
""")
nb.code("""
print(report.get("duplicates"))
copies = articles[articles["duplicate_of"].notna()]
originals = articles.set_index("article_id")
pd.DataFrame({
    "copy": copies["article_id"].values,
    "copy outlet": copies["outlet"].map(display_label).values,
    "original": copies["duplicate_of"].values,
    "original outlet": originals.loc[copies["duplicate_of"].astype(str), "outlet"].map(display_label).values,
    "kind": copies["duplicate_kind"].values,
    "similarity": copies["similarity"].round(2).values,
    "wire_agency": copies["wire_agency"].values,
})
""")
nb.code("""
wire = (articles.assign(outlet=articles["outlet"].map(display_label))
        .groupby(["wire_agency", "outlet"]).size().rename("articles").reset_index()
        .sort_values(["wire_agency", "articles"], ascending=[True, False]))
wire
""")
nb.code("""
based = articles[articles["based_on"].notna()]
print(f"{len(based)} articles say they are based on another outlet's report")
based.assign(outlet=based["outlet"].map(display_label)).groupby(["based_on", "outlet"]).size().rename("articles").reset_index()
""")
nb.md("""
**Evidence.** The words that made the loader decide: the dateline or credit
for wire copy, and for `based_on` the sentence with the cue.
""")
nb.code("""
print(articles["wire_evidence"].dropna().value_counts().head(6).to_string())
print()
aliases = {n: [n] + a.split("|") for n, a in zip(media_table()["name"], media_table()["aliases"])}
for r in pd.concat([based.head(3), based.tail(2)]).itertuples():
    name = r.based_on.split("; ")[0]
    # Korean attaches particles to names (조선중앙통신에 따르면): match inside words too
    hits = na.kwic(articles[articles["article_id"] == r.article_id], aliases.get(name, [name]), case=True,
                   whole_word=False)
    if len(hits):
        h = hits.iloc[0]
        print(f"{display_label(r.outlet)} → {r.based_on}:\\n   …{h['left'][-70:]}[[{h['match']}]]{h['right'][:70]}…")
""")
nb.md("""
## 5. Topic selection
The corpus files were filtered for the topic when they were made. For a
broader corpus, `select` keeps articles matching a Boolean query (AND, OR,
NOT, "phrases", `word*`), with per-language inflection ("Russland" also
matches "Russlands"; Korean particles: "북한" matches "북한은"). The shipped
query `russia_north_korea` asks for both sides to be named. With
`keep_all=True` every article comes back with `selected` (NA where the
language has no query) and the terms that matched.
""")
nb.code("""
sel = na.select(articles, "russia_north_korea", keep_all=True)
sel.groupby("language")["selected"].value_counts(dropna=False).unstack(fill_value=0)
""")
nb.code("""
print("Not selected (which side is missing?):")
sel.loc[sel["selected"].eq(False), ["article_id", "outlet", "language", "matched_terms", "title"]].head(10)
""")
nb.code("""
print("No query for this language (not analysed, not 'off topic'; the shipped query covers en, de, ko, ru, vi):")
sel.loc[sel["selected"].isna(), ["article_id", "outlet", "language", "select_note"]]
""")
nb.md("""
Read the title: the English article not selected, a Russian–Chinese press
statement, names "the Korean Peninsula" but not North Korea. KCNA items that
say "here" for Pyongyang are kept through their dateline ("Pyongyang, August
15 (KCNA) --"), which the loader moved out of the text and `select` searches.
The query is strict on purpose; decide for your study whether such items
belong in it.

Your own query works the same way, as a string (applied to every language
with its inflection rules) or a dict language → query. Articles in a language
the dict leaves out are dropped with a warning, so pass only the languages
you query:
""")
nb.code("""
en_de = articles[articles["language"].isin(["en", "de"])]
arms = na.select(en_de, {"en": '(shell* OR missile* OR munition* OR weapon*) AND (russia OR moscow)',
                         "de": '(waffe* OR munition* OR rakete*) AND (russland OR moskau)'})
print(f"{len(arms)} articles on arms and Russia")
arms.assign(outlet=arms["outlet"].map(display_label))[["outlet", "language", "matched_terms", "n_matches"]].head(8)
""")
nb.md("""
## 6. KWIC: a word in its sentences
**KWIC** (keyword in context) lists every occurrence of a word with the
words left and right of it, plus outlet and date. It is the way back from a
count to the text. Here: `KWIC_TERM` (default *treaty*) in the English
articles.
""")
nb.code("""
english = articles[articles["language"] == "en"]
lines = na.kwic(english, KWIC_TERM)
print(f"{len(lines)} matches of {KWIC_TERM!r} in {lines['article_id'].nunique()} articles")
lines.assign(outlet=lines["outlet"].map(display_label)).groupby("outlet").size().rename("matches")
""")
nb.code("""
na.kwic_html(lines.sort_values("published").head(12))
""")
nb.md("""
## 7. Collocations: the company a word keeps
A **collocate** is a word that occurs near the node word more often than
chance would predict. We count word pairs within a window of 5 words with
NLTK's collocation finder and rank them by the log-likelihood ratio (G²,
Dunning 1993), separately for KCNA and for Kremlin.ru, stop words removed
(the package's English list).

"More often than chance" needs a criterion. G² is read against the
chi-square distribution with 1 degree of freedom: **G² ≥ 3.84 means
p < 0.05, G² ≥ 10.83 means p < 0.001**, for one pair tested on its own. The
table keeps collocates that occur with the node at least twice and reach
3.84. Dozens of candidate words are tested at once, so some pass 3.84 by
chance: the column `p<.001` marks those above 10.83, the stricter line to
use. With two or three co-occurrences the test is rough: read such rows as
leads, and read their lines. Each word order ("treaty … X", "X … treaty") is
counted and scored on its own; the table keeps the order with the larger G²,
and `pairs` is that order's count.
""")
nb.code("""
STOP = stopwords("en")


G2_05, G2_001 = 3.84, 10.83   # chi-square, 1 df: p < 0.05 and p < 0.001


def collocates(texts, node, window=5, min_pairs=2, n=12):
    \"\"\"Collocates of `node` (lower case) within `window` words with G² ≥ 3.84, ranked by G².\"\"\"
    words = [w for t in texts for w in re.findall(r"[a-z]+(?:-[a-z]+)*", t.lower())]
    finder = BigramCollocationFinder.from_words(words, window_size=window)
    finder.apply_word_filter(lambda w: w in STOP or len(w) < 3)
    finder.apply_ngram_filter(lambda a, b: node not in (a, b))
    finder.apply_freq_filter(min_pairs)
    rows = [((b if a == node else a), f"{a} … {b}", s, finder.ngram_fd[(a, b)])
            for (a, b), s in finder.score_ngrams(BigramAssocMeasures.likelihood_ratio)]
    out = pd.DataFrame(rows, columns=["collocate", "order", "g2", "pairs"])
    # one row per collocate: the word order with the larger G², with that order's own count
    out = out.sort_values("g2", ascending=False).drop_duplicates("collocate")
    out = out[out["g2"] >= G2_05].assign(**{"p<.001": lambda d: d["g2"] >= G2_001})
    return out.head(n).reset_index(drop=True).astype({"g2": float, "pairs": "Int64", "p<.001": "boolean"})


node = KWIC_TERM.rstrip("*").lower()
groups = {"KCNA": english[english["outlet"].str.startswith("KCNA")],
          "Kremlin.ru": english[english["outlet"].str.startswith("Kremlin")]}
tables = {g: collocates(df["text"], node) for g, df in groups.items()}
pd.concat(tables, axis=1)
""")
nb.code("""
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
for ax, (g, t) in zip(axes, tables.items()):
    t = t.iloc[::-1]
    ax.barh(t["collocate"], t["g2"], color="#0072B2" if g == "KCNA" else "#E69F00")
    ax.axvline(G2_05, color="grey", lw=0.8, ls=":")
    ax.axvline(G2_001, color="grey", lw=0.8, ls="--")
    ax.set_title(f"{g}: collocates of '{node}'", fontsize=10)
    ax.set_xlabel("log-likelihood (G²); dotted: 3.84 (p < .05), dashed: 10.83 (p < .001)")
fig.tight_layout()
""")
nb.md("""
**Evidence.** Read the top collocate of each outlet in its sentences:
""")
nb.code("""
for g, t in tables.items():
    if len(t):
        word = t.iloc[0]["collocate"]
        hits = na.kwic(groups[g], word)
        both = hits[(hits["left"] + " " + hits["right"]).str.lower().str.contains(node)]   # node word nearby
        print(f"--- {g}: '{word}'")
        for r in both.head(3).itertuples():
            print(f"  …{r.left[-80:]}[[{r.match}]]{r.right[:80]}…")
""")
nb.md("""
## Your turn
1. Pick another node word (lower case) and run the cell. Which collocates
   pass 10.83 in each outlet? Read three lines of one of them with `na.kwic`
   (as in the evidence cell above): is it a collocation, or a phrase repeated
   in a few articles (a name, a formula)?
2. `collocates` counts pairs within 5 words. Rerun with `window=2`: which
   collocates survive, and why would a shorter window change the list?
""")
nb.code("""
WORD = "cooperation"
pd.concat({g: collocates(df["text"], WORD) for g, df in groups.items()}, axis=1)
""")
nb.md("""
## Where next
- `03_framing`: the frames per outlet and over time, with their evidence.
- `docs/corpus.md`: every cleaning rule with an example, the duplicate and
  wire-copy rules, formats you can load, and the fetch command for URL lists.
""")

nb.save("notebooks/02_corpus.ipynb")
