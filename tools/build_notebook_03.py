"""Write notebooks/03_framing.ipynb (without outputs). Run: python tools/build_notebook_03.py"""
from _nbbuild import Notebook

nb = Notebook(min_figures=2)

nb.md("""
# 3. Framing: which frames, in which outlets, when, and how sure we are

A **frame** is a way of presenting a story: the same summit can be told as
diplomacy, as a security threat, as economics. `newsanalysis` finds frames
with **cue words** from a codebook and always keeps the evidence: which
words, in which sentence. This notebook shows

1. **generic frames** (the 14 frames of the Policy Frames Codebook, Boydstun
   et al. 2014, as named in SemEval-2023 Task 3) and **story frames** (written
   for the Russia–North Korea story) **per outlet**;
2. story frames **over time**, against the events of the story;
3. the **evidence** behind a frame decision (cue words in context);
4. **how valid the measure is** against a human-coded gold standard (SemEval-2023);
5. its **limits**, among them saturation on long transcripts;
6. how to load **your own codebook** (a few lines of YAML).

> **What this can and cannot tell you.** A frame here is *a set of words
> that appear*, counted per 1,000 words. That finds topics and vocabularies
> well (security, diplomacy, economy) and stances poorly (public opinion,
> fairness, policy prescription): against human coders the generic frames
> reach a micro-F1 of about 0.63 (see section 4), i.e. many decisions are
> wrong. Negation ("no troops were sent") and quotation count like
> assertions. Use the shares to find differences worth reading, then read
> the evidence. Korean and Vietnamese articles have no cue lists: they are
> **not analysed**, never counted as "no frame".
""")
nb.md("""
## Parameters
""")
nb.parameters("""
import os
from pathlib import Path

CORPUS = Path(os.environ.get("NEWSANALYSIS_CORPUS", "../../shared/corpus/real"))
EMBEDDED = Path(os.environ.get("NEWSANALYSIS_EMBEDDED", "../corpus"))  # the seed article shipped in the repo
SHARED = Path(os.environ.get("NEWSANALYSIS_SHARED", "../../shared"))    # gold standards (validation/)
MIN_ARTICLES = 5        # groups with fewer analysed articles are left out (as compare_tests(min_articles=5))
RUN_EVALUATION = True   # re-run the SemEval check for German (about 10-30 s)
""")
nb.code("""
from tempfile import mkdtemp

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

import newsanalysis as na
from newsanalysis.plot import display_label, frame_heatmap, time_plot
from newsanalysis.timeline import load_events

pd.set_option("display.max_colwidth", 100)
pd.set_option("display.width", 200)

HAVE_CORPUS = CORPUS.exists()
if not HAVE_CORPUS:
    print(f"The real corpus was not found at {CORPUS} (set NEWSANALYSIS_CORPUS).\\n"
          "Going on with the embedded seed article only: comparisons and time need the corpus.")
paths = [p for p in (CORPUS, EMBEDDED) if p.exists()]
articles = na.load_corpus(paths, errors="skip")


def group_of(row):
    \"\"\"Outlet, with the few German outlets pooled into one group.\"\"\"
    return "German outlets" if row["language"] == "de" else display_label(row["outlet"])


articles["group"] = articles.apply(group_of, axis=1)   # a new column on our own table; `text` is untouched
generic = na.frames(articles)                        # one row per (article, frame)
story = na.frames(articles, codebook="story")
analysed = generic.drop_duplicates("article_id")["analysed"].astype(bool)
print(f"{len(articles)} articles; {int(analysed.sum())} analysed (English, German), "
      f"{int((~analysed).sum())} not analysed (Korean, Vietnamese)")
""")
nb.md("""
## 1. Frames per outlet
`frame_profile` gives, per group, the share of analysed articles in which
each frame is **present** (the frame's cue weight reaches its threshold).
Groups with fewer than `MIN_ARTICLES` analysed articles are left out: with
two articles a share is 0, 0.5 or 1 and tells little.
""")
nb.code("""
def profile(frame_table):
    p = na.frame_profile(frame_table, articles, by="group")
    return p[p["articles"] >= MIN_ARTICLES]


gp, sp = profile(generic), profile(story)
sizes = sp.drop_duplicates("group").set_index("group")["articles"].sort_values(ascending=False)
print("analysed articles per group:", sizes.to_dict())
""")
nb.code("""
order = list(sizes.index)
labels = {g: f"{g} (n={sizes[g]})" for g in order}


def for_heatmap(prof, frame_table):
    \"\"\"Groups largest first (with their size), frames in codebook order.\"\"\"
    return (prof.assign(group=pd.Categorical(prof["group"].map(labels), [labels[g] for g in order]),
                        frame=pd.Categorical(prof["frame"], list(frame_table["frame"].unique())))
            .sort_values(["group", "frame"]).rename(columns={"share_present": "share"}))


ax = frame_heatmap(for_heatmap(sp, story), x="frame", y="group")
ax.set_title("Story frames: share of articles with the frame present");
""")
nb.code("""
ax = frame_heatmap(for_heatmap(gp, generic), x="frame", y="group")
ax.set_title("Generic frames (Policy Frames Codebook): share of articles with the frame present");
""")
nb.md("""
**Dominant frame.** The frame with the most cue weight in an article is its
*dominant* frame: one per article, so the counts add up to the group size.
""")
nb.code("""
dom = story[story["dominant"].fillna(False).astype(bool)].merge(articles[["article_id", "group"]], on="article_id")
dom = dom[dom["group"].isin(order)]
pd.crosstab(dom["frame"], dom["group"])[order]
""")
nb.md("""
## 2. Evidence: the cue words behind a frame decision
A share is a claim about texts; here are the texts. `frame_evidence` lists
every cue hit with its sentence and character offsets. For two contrasts
from the heat map (KCNA's *Multipolar_narrative*, the German outlets'
*Arms_transfers*), the cues found and a few hits in context:
""")
nb.code("""
story_ev = na.frame_evidence(articles, codebook="story").merge(articles[["article_id", "group"]], on="article_id")
texts = articles.set_index("article_id")["text"]


def show_hits(group, frame, n=5, width=70):
    hits = story_ev[(story_ev["group"] == group) & (story_ev["frame"] == frame)]
    print(f"--- {frame} in {group}: {len(hits)} cue hits in {hits['article_id'].nunique()} articles")
    print("    cues:", "; ".join(f"{c} ×{k}" for c, k in hits["cue"].value_counts().head(8).items()))
    for r in hits.drop_duplicates("article_id").head(n).itertuples():
        t = texts[r.article_id]
        left, right = t[max(0, r.start - width):r.start], t[r.end:r.end + width]
        print(f"    …{left}[[{t[r.start:r.end]}]]{right}…".replace("\\n", " "))


kcna = next((g for g in order if g.startswith("KCNA")), None)
if kcna:
    show_hits(kcna, "Multipolar_narrative")
if "German outlets" in order:
    show_hits("German outlets", "Arms_transfers")
""")
nb.md("""
Read the lines: does each one really present the relationship as a
multipolar struggle against "hegemony", or as arms deliveries? A cue such as
*imperialist* in KCNA is almost always framing; *Waffen* in a German liveblog
may be about Ukraine's own weapons. That difference is invisible to a count.

## 3. Story frames over time
Monthly share of analysed (English and German) articles with the frame
present, with the events from `newsanalysis/resources/events.csv`. Months with few articles
give jumpy shares; the number of articles behind each point is in the table
below the plot.
""")
nb.code("""
events = load_events()
FRAMES = ["Treaty_and_diplomacy", "Arms_transfers", "Troop_deployment", "Ukraine_war_link"]
st = story[story["analysed"].astype(bool) & story["frame"].isin(FRAMES)].merge(
    articles[["article_id", "published"]], on="article_id").dropna(subset=["published"])
st["period_start"] = st["published"].dt.tz_convert("UTC").dt.tz_localize(None).dt.to_period("M").dt.start_time
over_time = (st.groupby(["period_start", "frame"]).agg(articles=("article_id", "nunique"),
                                                       share=("present", "mean")).reset_index())
over_time["share"] = over_time["share"].astype(float)
recent = over_time[over_time["period_start"] >= "2024-01-01"]
if len(recent):
    ax = time_plot(recent, y="share", hue="frame", events=events, freq="month", start="2024-01-01")
    ax.set_ylim(-0.02, 1.02)
    ax.set_ylabel("share of articles with the frame")
    ax.set_title("Story frames per month (English and German articles)")
else:
    print("No dated analysed articles since 2024.")
""")
nb.code("""
recent.pivot_table(index="period_start", columns="frame", values="share").round(2).join(
    recent.groupby("period_start")["articles"].first().rename("articles")).tail(14)
""")
nb.md("""
Before reading a curve as a trend, read its evidence. *Troop_deployment*
should rise after the first official reports of North Korean troops in
Russia (event 3, October 2024). Here are its cue hits since 2024, one per
article:
""")
nb.code("""
troops = story_ev[(story_ev["frame"] == "Troop_deployment")].merge(articles[["article_id", "published"]],
                                                                    on="article_id")
troops = troops[troops["published"] >= "2024-01-01"].sort_values("published")
for r in troops.drop_duplicates("article_id").head(20).itertuples():
    t = texts[r.article_id]
    print(f"{r.published:%Y-%m-%d} {r.group:22.22s} …{t[max(0, r.start - 60):r.end + 60]}…".replace("\\n", " "))
""")
nb.md("""
Many of these hits are not about North Korean troops in Russia at all:
soldiers of the Red Army in a KCNA anniversary message, US troops in Japan,
a soldier *captured* in 1939, soldiers marching at the Pyongyang welcome
ceremony. Only the later German and Korean items speak of North Korean
soldiers sent to Russia. The cue list finds the *vocabulary* of troops; a
frame decision needs the reader. (Kremlin transcripts before 2024 show the
same: *troops* in Syria or Iraq.)

## 4. How valid is the measure?
The generic frames were checked against **SemEval-2023 Task 3, subtask 2**
(Piskorski et al. 2023): news articles labelled by trained annotators with
the 14 frames (multi-label). Only the training articles have labels, so the
figures are 5-fold cross-validated: thresholds (and models) are fitted on
four folds and scored on the fifth, never on the articles they are scored
on. The **micro-F1** pools all (article, frame) decisions: 1 is perfect.

Figures from `docs/framing.md` (outer 5-fold CV):

| method | German (132 articles) | English (433 articles) |
|---|---|---|
| always the frames in ≥ 40 % of training articles (baseline) | 0.484 | 0.558 |
| TF-IDF + logistic regression (baseline) | 0.574 | 0.672 |
| **cue-word dictionary** (this notebook; only thresholds fitted) | **0.645** | **0.634** |
| supervised `FrameClassifierCV` (nested CV) | 0.658 | 0.690 |

The dictionary beats both baselines in German and the frequent-frame
baseline in English, but not TF-IDF + logistic regression in English. It is
good for frames named by their vocabulary (security, politics, crime,
economy, international relations) and weak for frames that are a stance
(public opinion, policy prescription, fairness).

If the shared gold standards are present, the German dictionary figure is
re-computed here with the package's evaluation (`newsanalysis evaluate
framing --gold semeval --lang de` on the command line):
""")
nb.code("""
semeval = SHARED / "validation" / "semeval2023_task3_framing"
if RUN_EVALUATION and semeval.exists():
    from newsanalysis.evaluate import get_evaluator

    res = get_evaluator("framing", "semeval")(SHARED, lang="de", method="dictionary")
    figures = {k: v for k, v in res.items() if np.isscalar(v)}
    display(pd.Series(figures, name="value").to_frame())
else:
    print(f"SemEval data not found under {SHARED / 'validation'} (or RUN_EVALUATION is False): "
          "see the table above for the figures measured by the developers.")
""")
nb.md("""
`dictionary_micro_f1` is the cue-word method, `frequent_*` and `tfidf_lr_*`
the two baselines, on the same folds. The **story frames have no gold
standard**: their figures are descriptive, checked only by example sentences
and hand-read articles. To validate them on your corpus, see `07_validation`.

## 5. Limits: saturation on long texts
Story frames have no rate threshold: a frame is present with two cue hits
(`min_hits: 2`), however long the text. In a 5,000-word Kremlin transcript or a
German liveblog almost every frame reaches two hits somewhere, so long texts
"have" nearly all frames. The plot shows the number of story frames present
against article length:
""")
nb.code("""
per_article = (story[story["analysed"].astype(bool)].groupby("article_id")
               .agg(words=("words", "first"), frames_present=("present", "sum"))
               .join(articles.set_index("article_id")["group"]))
per_article["frames_present"] = per_article["frames_present"].astype(int)

# the same with a rate threshold: at least 5 cue weight per 1,000 words (an illustration, not a validated value)
cues = na.load_codebook("story")
rate = pd.DataFrame([(f, l, 5.0) for f, l in cues[["frame", "language"]].drop_duplicates().itertuples(index=False)],
                    columns=["frame", "language", "threshold"])
story_rate = na.frames(articles, codebook="story", thresholds=rate)
per_article["with_rate_threshold"] = (story_rate[story_rate["analysed"].astype(bool)]
                                      .groupby("article_id")["present"].sum().astype(int))

fig, axes = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
for ax, col, title in ((axes[0], "frames_present", "shipped rule (2 cue hits)"),
                       (axes[1], "with_rate_threshold", "with ≥ 5 per 1,000 words as well")):
    ax.scatter(per_article["words"], per_article[col], s=14, alpha=0.6, color="#0072B2")
    ax.set_xscale("log")
    ax.set_xlabel("article length (words, log scale)")
    ax.set_title(title, fontsize=10)
axes[0].set_ylabel("story frames present (of 11)")
fig.suptitle("Saturation: long texts 'have' most frames");
""")
nb.code("""
bins = pd.cut(per_article["words"], [0, 300, 1000, 3000, 10**6], labels=["<300", "300–1,000", "1,000–3,000", ">3,000"])
per_article.groupby(bins, observed=True)[["frames_present", "with_rate_threshold"]].agg(["count", "mean"]).round(2)
""")
nb.md("""
With the rate threshold, long texts no longer collect frames just by being
long, but short texts lose frames named once or twice. No value is right for
every corpus: for long transcripts, prefer the rate (`per_1000_words`), the
`share` of cue weight, or the dominant frame over `present`, or split the
transcript into its parts (e.g. one row per answer) before framing. Other
limits (`docs/framing.md`): negation and quotation count like assertions;
the generic thresholds were fitted on SemEval articles of 2020–2022, and
KCNA communiqués or Kremlin transcripts have other word rates.

## 6. Your own codebook
A codebook is a small YAML file: frames, each with a definition, cue words
(with optional weights, `*` for any ending or beginning) and example
sentences. Here is a tiny one with two frames, written to a temporary file:
""")
nb.code("""
MY_CODEBOOK = '''
name: energy_and_food
min_hits: 1
frames:
  Energy:
    definition: Energy supplies and energy deals between the two states.
    cues:
      en: [oil, gas, fuel, energy*, {pipeline*: 2}]      # {cue: weight}; * = any ending
      de: ["*öl", "*gas", treibstoff*, energie*, {pipeline*: 2}]   # "*gas": any beginning (Erdgas); quote it
    examples:
      - "Russia ships fuel and oil to North Korea."
  Food:
    definition: Food aid and food trade.
    cues:
      en: [food, grain, wheat, flour, {famine: 2}]
      de: [nahrungsmittel*, getreide, weizen, mehl, {hungersnot: 2}]
    examples:
      - "Moscow sent wheat and flour to Pyongyang."
'''
path = Path(mkdtemp()) / "energy_and_food.yaml"
path.write_text(MY_CODEBOOK, encoding="utf-8")
na.load_codebook(path)
""")
nb.code("""
mine = na.frames(articles, codebook=path)
ours = mine[mine["analysed"].astype(bool)].merge(articles[["article_id", "group"]], on="article_id")
ours.groupby(["group", "frame"])["present"].agg(["sum", "size"]).rename(columns={"sum": "present", "size": "articles"}).query(
    "present > 0")
""")
nb.code("""
hits = na.frame_evidence(articles, codebook=path)
for r in hits[hits["frame"] == "Food"].drop_duplicates("article_id").head(4).itertuples():
    t = texts[r.article_id]
    print(f"{r.cue:16s} …{t[max(0, r.start - 60):r.end + 60]}…".replace("\\n", " "))
""")
nb.md("""
The second line is a proverb ("The chicken pecks one grain at a time"), not
food trade: a new codebook needs the same reading of its evidence as the
shipped ones, and a check against human coding (`07_validation`).

A mistake in the file is reported with the file, the frame and the field:
""")
nb.code("""
bad = Path(mkdtemp()) / "bad.yaml"
bad.write_text("name: bad\\nlanguage: en\\nframes:\\n  Energy:\\n    definition: no cues here\\n", encoding="utf-8")
try:
    na.load_codebook(bad)
except na.CodebookError as err:
    print("CodebookError:", err)
""")
nb.md("""
`codebook=` also accepts a quanteda YAML dictionary, a LIWC `.dic` file or a
DataFrame (`frame, language, cue[, weight]`). To learn frames from your own
labelled articles instead of cue words, see `FrameClassifierCV` in
`docs/framing.md`.
""")

nb.save("notebooks/03_framing.ipynb")
