"""Write notebooks/06_comparing_outlets.ipynb (without outputs). Run: python tools/build_notebook_06.py

Folds in the former notebooks 01_compare_outlets and 02_compare_statistics.
"""
from _nbbuild import Notebook

nb = Notebook(min_figures=4)

nb.md("""
# 6. Comparing outlets: state media against South Korean and German news

This notebook runs the whole comparison of `newsanalysis` and writes it up: North Korean
state media (KCNA), the Kremlin's website, South Korean outlets (English articles of
Yonhap, KBS, The Korea Herald) and German outlets. It teaches

1. how to go from a corpus to a table you can defend: what was loaded, what was not;
2. the **unit of analysis**: articles, not sentences, and why it changes the p-values;
3. estimates with 95 % intervals, tests across groups and pairwise, **effect sizes**
   (Cramér's V, risk differences, differences in means with Hedges' g) and **multiple-comparison adjustment**
   (Benjamini–Hochberg, Holm);
4. **keyness** (the words that set a group apart) and **KWIC** (those words in context);
5. coverage over time against the events of the story;
6. a short results section written from the numbers of this run, and the full report
   (`write_report`, also on the command line).

> **What this can and cannot tell you.**
> *Can:* whether the differences between groups of outlets in tone, frames and sources
> are larger than the variation between articles would produce by chance, how large they
> are, and which sentences and words produce them.
> *What the tests assume:* each group's articles are treated as exchangeable draws from what
> its outlets published in the period and genre the corpus holds; a permutation test asks
> whether the group labels matter *for these articles*. The corpus is a convenience
> collection, and the groups come from different periods and genres (KCNA items of 2024,
> Kremlin.ru transcripts of 2000–2019, South Korean agency news of two weeks of 2025/26:
> section 7), so a "group" difference is a difference of period × genre × outlet at once.
> *Cannot:* why an outlet writes as it does, or whether it is right. A p-value says
> whether a difference could be chance, not whether it matters: read the effect size and
> the interval. The p-values here do not license claims about the outlets' coverage in
> general, in other years or on other topics. Groups are small here (South Korean English:
> 9 articles, German: 6) and the corpus is not a sample of all coverage (see `SOURCES.md`). Tone from the English (VADER)
> and German (SentiWS) lexicons is not on one scale, so tone is compared among English
> articles only. Korean and Vietnamese articles are loaded and counted but not analysed:
> they appear as *not analysed*, never as 0.
""")

nb.md("""
## Parameters
`GROUP_BY`: any article column or column of the outlet table `newsanalysis/resources/outlets.csv`
(`country`, `affiliation`, `type`) or `"month"`. `CORRECTION`: `"fdr_bh"`
(Benjamini–Hochberg) or `"holm"`. `WRITE_REPORT=False` skips the full report at the end
(it takes about a minute).
""")
nb.parameters("""
import os
from pathlib import Path

CORPUS = Path(os.environ.get("NEWSANALYSIS_CORPUS", "../../shared/corpus/real"))
EMBEDDED = Path(os.environ.get("NEWSANALYSIS_EMBEDDED", "../corpus"))  # the seed article shipped with the repo
GROUP_BY = "country"          # North Korea = KCNA, Russia = Kremlin.ru, South Korea, Germany, ...
SECOND_BY = "affiliation"     # state, public, private, aggregator (newsanalysis/resources/outlets.csv)
CORRECTION = "fdr_bh"
MIN_ARTICLES = 5
ALPHA = 0.05
WRITE_REPORT = True
""")
nb.code("""
import warnings
from tempfile import mkdtemp

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import Markdown, display
from scipy import stats

import newsanalysis as na
from newsanalysis.compare import PeriodWarning, article_groups, frame_shares_long
from newsanalysis.keyness import top_terms
from newsanalysis.plot import frame_heatmap, group_palette, interval_plot, keyness_plot, time_plot, tone_plot
from newsanalysis.report import tone_evidence, write_report

pd.set_option("display.max_colwidth", 120)
pd.set_option("display.width", 200)
# compare() and compare_tests() warn when the groups cover different periods (PeriodWarning, naming each
# group's dates); section 7 shows the periods, so the warning is not repeated under every cell here
warnings.simplefilter("ignore", PeriodWarning)

paths = [p for p in (CORPUS, EMBEDDED) if p.exists()]
if CORPUS not in paths:
    print(f"The real corpus was not found at {CORPUS}: only the embedded seed article is used, "
          "so the comparisons below have too few articles to test anything.")
articles = na.load_corpus(paths)
print(f"{len(articles)} articles from {articles['outlet'].nunique()} outlets")
""")

nb.md("""
## 1. What was loaded, and what was not
Every record read is either loaded or listed with its reason. Site furniture (reading
time, bylines, share widgets, copyright lines, lines repeated across an outlet's pages) is
removed and listed too. Copies are flagged, not dropped.
""")
nb.code("""
report = articles.attrs["load_report"]
print({k: report[k] for k in ("records_read", "records_loaded", "records_skipped")})
na.load_report(articles, "removed")["reason"].value_counts()
""")
nb.code("""
outlets = na.load_outlets()
groups = article_groups(articles, GROUP_BY, outlets=outlets)
overview = (articles.assign(group=articles["article_id"].astype(str).map(groups))
            .groupby(["group", "language"]).agg(articles=("article_id", "size"), outlets=("outlet", "nunique")))
overview["analysed"] = [lang in ("en", "de") for _, lang in overview.index]
overview
""")
nb.md("""
The outlet table (`na.load_outlets()`, shipped as `newsanalysis/resources/outlets.csv`) gives
country, languages, affiliation and type of each outlet; every column can be used as a grouping.
To change it, save a copy, edit it and pass it as `outlets=`.
""")
nb.code("""
outlets[["outlet", "country", "language", "affiliation", "type"]].head(6)
""")

nb.md("""
## 2. Analyse
`analyze` splits sentences and runs sentiment, framing and attribution; each table is tidy
and joins on `article_id` (and `sentence_id`). Two subsets are used below:
* transcript **speaker turns** (Kremlin news conferences: "Vladimir Putin: …") are what a
  speaker says, not a journalist's choice of source; they are left out of the source tests
  (notebook 5 shows them);
* **tone** is compared among English articles only (one lexicon, one scale).

`result.subset(ids)` (or a boolean Series over `result.articles`) filters every table of
the result by `article_id`.
""")
nb.code("""
result = na.analyze(articles)

# compare, estimates and compare_tests leave transcript turns out themselves, and need them to see which
# rows were said inside a turn (Putin's own sources are not Kremlin.ru's): pass the whole result
reported = result
english = reported.subset(result.articles["language"] == "en")
result.summary[["article_id", "outlet", "language", "analysed", "sentences", "mean_compound", "attributions"]].head()
""")

nb.md("""
## 3. The unit of analysis: articles, not sentences
Sentences of one article share an author, a topic and a day: they are not independent
observations. Testing sentences as if they were inflates the sample and shrinks the
p-value. Worse, a few long texts dominate: one Kremlin news-conference transcript has more
sentences than all KCNA articles together. `compare` and `compare_tests` therefore
work on **articles** (each article's mean sentence score; shares of articles with a frame;
attributions resampled by article).
""")
nb.code("""
sc = result.sentiment[result.sentiment["scored"]].copy()
sc["group"] = sc["article_id"].astype(str).map(groups)
per_article = sc.groupby(["group", "article_id"]).size().rename("sentences").reset_index()
longest = per_article.sort_values("sentences", ascending=False).groupby("group").head(1).set_index("group")
units = pd.DataFrame({
    "articles": per_article.groupby("group").size(),
    "scored sentences": per_article.groupby("group")["sentences"].sum(),
    "median sentences per article": per_article.groupby("group")["sentences"].median(),
    "share of sentences in the longest article": longest["sentences"] / per_article.groupby("group")["sentences"].sum(),
})
units.round(3)
""")
nb.code("""
# the same question asked with the wrong and the right unit: is tone different between two groups?
pair = [g for g in ("North Korea", "Russia") if g in units.index]
if len(pair) == 2:
    a, b = pair
    by_sentence = stats.mannwhitneyu(sc.loc[sc["group"] == a, "compound"], sc.loc[sc["group"] == b, "compound"])
    art = result.summary.assign(group=result.summary["article_id"].astype(str).map(groups)).dropna(subset=["mean_compound"])
    by_article = stats.mannwhitneyu(art.loc[art["group"] == a, "mean_compound"], art.loc[art["group"] == b, "mean_compound"])
    unit_demo = pd.DataFrame({
        "unit": ["sentence (wrong)", "article (right)"],
        f"n {a}": [int((sc["group"] == a).sum()), int((art["group"] == a).sum())],
        f"n {b}": [int((sc["group"] == b).sum()), int((art["group"] == b).sum())],
        "Mann-Whitney U p-value": [by_sentence.pvalue, by_article.pvalue],
    })
    display(unit_demo)
""")

nb.md("""
## 4. Estimates with intervals
`na.compare` gives one row per group; `na.estimates` every figure with a 95 % interval:
Student t over the article means for tone (none for a single article, clipped to [−1, 1]),
Wilson on articles for frame shares, and for attribution shares a Wilson interval at the
design-effect effective sample size (the attributions of one article are not independent).
Groups with fewer than 5 analysed articles are flagged in `warning`. Attribution figures here count reported speech only (transcript turns left out).
""")
nb.code("""
cmp = na.compare(reported, by=GROUP_BY, outlets=outlets)  # attributions: reported speech, without transcript turns
cmp[[GROUP_BY, "articles", "analysed_articles", "languages", "mean_compound", "compound_low", "compound_high",
     "attributions", "sourced_attributions", "anonymous_share", "hearsay_share", "warning"]]
""")
nb.code("""
cmp_en = na.compare(english, by=GROUP_BY, outlets=outlets)
palette = group_palette(cmp.loc[cmp["analysed_articles"] > 0, GROUP_BY])
ax = tone_plot(cmp_en, y=GROUP_BY, palette=palette)
ax.set_xlabel("mean article compound score, VADER (95% t-interval over articles)")
ax.set_title("Tone by group, English articles only");
""")
nb.md("""
**Evidence.** The most negative and most positive sentences of each group. Read them and
ask whether the lexicon got them right (notebook 4 shows where it does not).
""")
nb.code("""
ev = tone_evidence(english, GROUP_BY, n=2, outlets=outlets)
ev[[GROUP_BY, "side", "compound", "text"]]
""")
nb.code("""
est = na.estimates(reported, by=GROUP_BY, outlets=outlets)
big = sorted(cmp.loc[cmp["analysed_articles"] >= MIN_ARTICLES, GROUP_BY])
fig, ax = plt.subplots(figsize=(8, 7))
interval_plot(est[(est["family"] == "frame") & est[GROUP_BY].isin(big)], y="measure", hue=GROUP_BY,
              palette=palette, n="n_articles", ax=ax)
ax.set_xlim(-0.02, 1.02)
ax.set_xlabel("share of articles with the frame (95% Wilson interval)")
ax.set_title(f"Generic frames by {GROUP_BY}");
""")
nb.code("""
ax = frame_heatmap(frame_shares_long(cmp, GROUP_BY), y=GROUP_BY)
ax.set_title(f"Share of analysed articles with each frame, by {GROUP_BY}");
""")
nb.md("""
**Evidence.** The cue words behind each frame, per group: the three most frequent cues of
the frames whose shares differ most **among the groups of one language** (the English
groups: the German group is coded with another codebook, so its shares are not compared with
theirs; compare rows within a language only). Every cue hit with its sentence is in
`result.frame_evidence`.
""")
nb.code("""
fe = result.frame_evidence.copy()
fe["group"] = fe["article_id"].astype(str).map(groups)
fe = fe[fe["group"].isin(big)]
cue_col = "matched"  # the text the cue pattern matched
# the spread of the frame shares among the English groups only (one codebook, one language)
en_big = [g for g in big if cmp.set_index(GROUP_BY).at[g, "languages"] == "en"]
spread = cmp.set_index(GROUP_BY).loc[en_big, [f"frame_{f}" for f in na.GENERIC_FRAMES]]
top_frames = (spread.max() - spread.min()).sort_values(ascending=False).head(3).index.str.replace("frame_", "")
(fe[fe["frame"].isin(top_frames)].assign(cue=lambda d: d[cue_col].astype(str).str.lower())
 .groupby(["frame", "group"])["cue"].agg(lambda x: ", ".join(f"{c} ({n})" for c, n in x.value_counts().head(3).items()))
 .unstack())
""")

nb.md("""
Cue hits are not articles. A group's hits come from all its texts, and Kremlin.ru's
33 texts include long transcripts; a frame counts as *present* in a text only where its cue
weight per 1,000 words passes the frame's threshold in at least half of the text's windows
of about 1,000 words (`min_window_share=0.5`; `docs/framing.md`). So dozens of hits spread
thinly over a few long transcripts can leave a frame absent from every one of them: read the
hits next to the shares in the heat map, not instead of them.

## 5. Tests across groups and pairwise, with effect sizes and adjustment
Every test compares articles of **one language** (column `language`): VADER and SentiWS
scores, and the English and German codebooks, are not on one scale.
* **Frames**: chi-square (Fisher's exact test for small 2×2 tables; a permutation p-value
  when a larger table has small expected counts) on articles with and without the frame;
  effect size **Cramér's V**; pairwise also the **risk difference** with its Newcombe
  interval. How large a V is depends on the table's size: Cohen's (1988) benchmarks for
  small, medium and large are 0.1, 0.3 and 0.5 divided by √`df*`, with `df*` = min(rows − 1,
  columns − 1). A frame test (groups × present/absent) and every pairwise test (two groups)
  have `df*` = 1: 0.10 / 0.30 / 0.50 (in a 2×2 table, such as a pairwise frame test, V is |φ|,
  the correlation of two yes/no variables). The source-type test across three groups (3 groups
  × about 8 source types) has `df*` = 2: 0.07 / 0.21 / 0.35; a fourth group would make it
  `df*` = 3: 0.06 / 0.17 / 0.29.
* **Tone**: a permutation test of equal means with **Welch's F** (two groups: Welch's t),
  η² across groups; pairwise the difference in mean compound with its Welch interval and
  **Hedges' g**.
* **Sources**, **anonymous share** (anonymous sources among the attributions with a source)
  and **hearsay share** ("soll", "reportedly": no source at all, among all attributions):
  chi-square on attributions, p-value from permuting whole **articles** between groups
  (attributions of one article are not independent).
* **Articles with an anonymous source** (family `anonymous_article`): the share of a group's
  analysed articles with at least one anonymous source, tested like a frame (chi-square,
  Fisher or permutation, Cramér's V; pairwise the risk difference). The unit is the article,
  so no design effect is needed. It answers another question than the anonymous share: "in
  how many of its articles does an outlet rely on an unnamed source?", not "what share of
  its sources are unnamed?".
* Permutation p-values use 9,999 resamples; `p_mc_low`/`p_mc_high` give their Monte Carlo
  interval.
* `p_adjusted`: Benjamini–Hochberg within each family of tests (14 frame tests are one
  family; `correction_family="grouping"` corrects over all tests of the grouping);
  `correction="holm"` controls the family-wise error instead. A test that cannot be run
  says why in `note`, with NaN p-values (never 0). What holds for every test of a language
  (groups left out as too small, duplicates, different periods) is in `common_note`, printed
  once above the table.
""")
nb.code("""
tests = na.compare_tests(reported, by=GROUP_BY, outlets=outlets, correction=CORRECTION, min_articles=MIN_ARTICLES)
tests_en = na.compare_tests(english, by=GROUP_BY, outlets=outlets, correction=CORRECTION, min_articles=MIN_ARTICLES)
cols = ["family", "measure", "groups", "n", "test", "statistic", "p_value", "p_adjusted", "effect_size",
        "effect_measure"]
omni = pd.concat([tests[(tests["scope"] == "all") & (tests["family"] != "tone")],
                  tests_en[(tests_en["scope"] == "all") & (tests_en["family"] == "tone")]])
for lang, text in tests.attrs["notes"].items():  # what holds for every test of a language (common_note), once
    print(f"all {lang} tests: {text}")
omni[cols + ["note"]].sort_values(["family", "p_adjusted"])
""")
nb.code("""
pairwise = pd.concat([tests[(tests["scope"] == "pairwise") & (tests["family"] != "tone")],
                      tests_en[(tests_en["scope"] == "pairwise") & (tests_en["family"] == "tone")]])
pairwise = pairwise[pairwise["p_value"].notna()].sort_values("p_adjusted")
pairwise[["family", "measure", "group_a", "group_b", "n", "test", "p_value", "p_adjusted", "effect_size",
          "effect_measure"]].head(15)
""")
nb.md("""
**Why adjust.** With many tests, some come out "significant" by chance. The same pairwise
p-values, counted three ways:
""")
nb.code("""
from newsanalysis.compare import adjust_pvalues

rows = []
for fam, d in pairwise.groupby("family"):
    p = d["p_value"].to_numpy()
    rows.append({"family": fam, "pairwise tests": len(p), f"p < {ALPHA} unadjusted": int((p < ALPHA).sum()),
                 "Benjamini–Hochberg": int((adjust_pvalues(p, "fdr_bh") < ALPHA).sum()),
                 "Holm": int((adjust_pvalues(p, "holm") < ALPHA).sum())})
pd.DataFrame(rows)
""")

nb.md("""
## 6. Keyness: the words that set a group apart
Log-likelihood **G²** (Dunning 1993) with **Log Ratio** (Hardie 2014) as effect size (+1 =
twice as frequent in the group as in the rest), on lower-cased words without stop words,
FDR-corrected. One language at a time: here the English articles.
""")
nb.code("""
en_articles = result.articles[result.articles["language"] == "en"]
key = na.keyness(en_articles, by=GROUP_BY, comparison="one_vs_rest", outlets=outlets)
top = top_terms(key, 8)
ax = keyness_plot(top, n=8, palette=palette)
ax.set_title(f"Key terms by {GROUP_BY}, one group against the rest (English)");
""")
nb.md("""
**KWIC.** The top two key terms of each group in their sentences (keyword in context),
with outlet and date.
""")
nb.code("""
kw = []
for g, t in top.groupby("group"):
    ids = en_articles[en_articles["article_id"].astype(str).map(groups) == g]
    kw.append(na.kwic(ids, list(t["term"].head(2)), sentences=result.sentences).groupby("match").head(2))
lines = pd.concat(kw, ignore_index=True) if kw else pd.DataFrame()
na.kwic_html(lines, max_context=140) if len(lines) else print("no key terms")
""")

nb.md("""
## 7. Coverage over time, with the events of the story
Events come from `newsanalysis/resources/events.csv` (editable): summits, the 2024 treaty, UN vetoes, the
first reports of troops in Russia. Note how each group covers a different time span: the
Kremlin items end in 2019, KCNA covers 2024, the South Korean items the turn of 2025/26.
A difference between groups can be a difference between periods.
""")
nb.code("""
events = na.load_events()
tl = na.timeline(result, by=GROUP_BY, freq="month", outlets=outlets)
print(tl.groupby(GROUP_BY)["period_start"].agg(["min", "max"]).astype(str))
ax = time_plot(tl, y="articles", hue=GROUP_BY, events=events, palette=palette, start="2023-06-01")
ax.set_title("Articles per month since June 2023");
""")

nb.md("""
## 8. A second grouping: state, public, private outlets
The same comparison by affiliation (`newsanalysis/resources/outlets.csv`). The state group mixes KCNA and
the Kremlin; the public group mixes Yonhap, KBS and tagesschau.de (English and German), so
only frames and sources are tested here. The table of groups lists every affiliation; the tests
compare only the groups with at least `MIN_ARTICLES` analysed articles *in one language*: which
ones, and which were left out, is printed above the test table (the `common_note`). A share shown
for a group that is left out (or that mixes English and German articles) is a description, not
a tested figure.
""")
nb.code("""
cmp2 = na.compare(reported, by=SECOND_BY, outlets=outlets)
tests2 = na.compare_tests(reported, by=SECOND_BY, outlets=outlets, correction=CORRECTION, min_articles=MIN_ARTICLES,
                          pairwise=False)
display(cmp2[[SECOND_BY, "articles", "analysed_articles", "languages", "attributions", "anonymous_share",
              "hearsay_share", "warning"]])
for lang, text in tests2.attrs["notes"].items():  # which groups each language's tests compare, and which were left out
    print(f"all {lang} tests: {text}")
tests2[tests2["family"].isin(["source", "anonymous", "anonymous_article", "hearsay"])][cols + ["note"]]
""")

nb.md("""
## 9. Checking the tool against people: the validation kit
Draw a sample of sentences for two coders (without the tool's scores on the
sheet), read the filled sheets back, and compute **Krippendorff's alpha** between coders
and against the tool, plus precision/recall/F1 per category (`na.agreement_report`). Here
the sheet is only written to a temporary folder.
""")
nb.code("""
units_en = result.sentences.merge(result.articles[["article_id", "outlet"]], on="article_id")
units_en = units_en[units_en["language"] == "en"].assign(group=lambda d: d["article_id"].astype(str).map(groups))
# allocation within one sheet is proportional to sentences (the Kremlin transcripts would fill it);
# to check the tool equally well in every group, draw the same number from each group
sheet = pd.concat([na.coding_sheet(d, codes="polarity", n=10, strata="outlet", seed=1)
                   for _, d in units_en.groupby("group")], ignore_index=True)
path = na.write_coding_sheet(sheet, Path(mkdtemp()) / "coder_A.xlsx")
print(path.name, "written;", len(sheet), "sentences")
sheet["outlet"].value_counts()
""")

nb.md("""
## 10. Results (written from this run)
The paragraph below is generated from the tables above; rerun the notebook on another
corpus and it changes with the numbers.
""")
nb.code("""
def fmt_p(p):
    return "n/a" if pd.isna(p) else ("< .001" if p < 0.001 else f"= {p:.3f}")

def fmt_perm_p(p, n_perm=9999):
    # a permutation p-value cannot be below 1 / (permutations + 1)
    if pd.isna(p):
        return "n/a"
    if p <= 1 / (n_perm + 1):
        return f"= {p:.4f} (the smallest possible with {n_perm:,} permutations)"
    return f"= {p:.4f}" if p < 0.01 else f"= {p:.3f}"  # 0.0004 must not print as 0.000

CORRECTION_NAME = {"fdr_bh": "Benjamini–Hochberg", "holm": "Holm"}.get(CORRECTION, CORRECTION)

n_art = cmp.set_index(GROUP_BY)["analysed_articles"]
lines = []
lines.append(f"**Data.** {len(result.articles)} articles were loaded; {int(result.summary['analysed'].sum())} in "
             f"English or German were analysed ({', '.join(f'{g}: {int(n)}' for g, n in n_art[n_art > 0].items())}). "
             f"{int((~result.summary['analysed'].astype(bool)).sum())} Korean and Vietnamese articles were not analysed. "
             f"The unit of analysis is the article.")
t_en = cmp_en.set_index(GROUP_BY)
# the test's measure: its name, what it scores, and its columns in compare() (mean, interval)
TONE_MEASURES = {"mean_compound": ("whole text", "all words of the article", "mean_compound", "compound"),
                 "authorial_mean_compound": ("authorial voice", "the outlet's own words, quotes left out",
                                             "authorial_compound", "authorial")}
pw_tone = tests_en[(tests_en["scope"] == "pairwise") & (tests_en["family"] == "tone") & tests_en["p_value"].notna()]
for measure, (name, words, value, ci) in TONE_MEASURES.items():
    tone_txt = "; ".join(f"{g} {r[value]:.2f} [{r[ci + '_low']:.2f}, {r[ci + '_high']:.2f}], n = {int(r['analysed_articles'])}"
                         for g, r in t_en.dropna(subset=[value]).iterrows())
    k = tests_en[(tests_en["scope"] == "all") & (tests_en["family"] == "tone") & (tests_en["measure"] == measure)]
    if len(k) and pd.notna(k["p_value"].iloc[0]):
        k = k.iloc[0]
        test_txt = (f"permutation test with Welch's F, F = {k['statistic']:.2f}, p {fmt_p(k['p_value'])}, "
                    f"{k['effect_measure']} = {k['effect_size']:.3f}")
    else:
        test_txt = "no test (too few groups with enough articles)"
    pw = pw_tone[pw_tone["measure"] == measure]
    pw_txt = ("; pairwise (Welch's t, permutation p, " + CORRECTION_NAME + "-adjusted over the "
              f"{len(pw_tone)} pairwise tone tests of both measures): " + "; ".join(
                  f"{r.group_a} vs {r.group_b}: difference {r.effect_size:+.2f} [{r.difference_low:+.2f}, "
                  f"{r.difference_high:+.2f}], Hedges' g = {r.hedges_g:.2f}, p_adj {fmt_p(r.p_adjusted)}"
                  for r in pw.itertuples())) if len(pw) else ""
    lines.append(f"**Tone, {name}** ({measure}: {words}; mean article compound score, VADER, English articles, "
                 f"95 % t-intervals): {tone_txt}. Across groups with at least {MIN_ARTICLES} articles: {test_txt}"
                 f"{pw_txt}.")
fr = tests[(tests["scope"] == "all") & (tests["family"] == "frame") & tests["p_adjusted"].notna()]
sig = fr[fr["p_adjusted"] < ALPHA].sort_values("effect_size", ascending=False)
lines.append(f"**Frames.** {len(sig)} of {len(fr)} generic frames differ between groups after {CORRECTION_NAME} adjustment "
             f"(α = {ALPHA})" + (": " + "; ".join(f"{r.measure.replace('_', ' ')} (V = {r.effect_size:.2f}, p_adj {fmt_p(r.p_adjusted)})"
                                           for r in sig.itertuples()) if len(sig) else "") + ".")
# the groups that enter a source test (the others are shown as descriptions only)
tested = set(tests.loc[tests["family"].isin(["source", "anonymous", "anonymous_article", "hearsay"])
                       & (tests["scope"] == "pairwise"), ["group_a", "group_b"]].stack())
for fam, label, unit in (("source", "Source types", "attributions"),
                         ("anonymous", "Anonymous sources (of attributions with a source)", "attributions"),
                         ("anonymous_article", "Articles with at least one anonymous source", "articles"),
                         ("hearsay", "Hearsay without a source", "attributions")):
    r = tests[(tests["scope"] == "all") & (tests["family"] == fam)]
    if len(r) and pd.notna(r["p_value"].iloc[0]):
        r = r.iloc[0]
        lines.append(f"**{label}** (reported speech, transcript turns excluded; unit: {unit}; "
                     f"{r['test']}; groups: {', '.join(sorted(tested)) or 'none'}): χ² = {r['statistic']:.1f}, "
                     f"p {fmt_perm_p(r['p_value'])}, Cramér's V = {r['effect_size']:.2f}, n = {int(r['n'])}"
                     + (f" ({r['note']})" if isinstance(r["note"], str) and r["note"] else "") + ".")


def shares(column, fmt):
    v = cmp.set_index(GROUP_BY).loc[big]
    v = v[v[column].notna()]
    return "; ".join(f"{g} {fmt(r)}" + ("" if g in tested else " (not tested)") for g, r in v.iterrows())


lines.append("Share of anonymous sources among attributions with a source: "
             + shares("anonymous_share", lambda r: f"{r['anonymous_share']:.1%}") + ". "
             "Share of articles with at least one anonymous source: "
             + shares("anonymous_article_share", lambda r: f"{int(r['articles_with_anonymous'])} of "
                      f"{int(r['analysed_articles'])} ({r['anonymous_article_share']:.1%})") + ". "
             "Share of hearsay ('soll', 'reportedly', no source) among attributions: "
             + shares("hearsay_share", lambda r: f"{r['hearsay_share']:.1%}") + ". "
             "Groups marked *not tested* have no second group of their language with enough articles.")
kt = top.groupby("group").head(3)
lines.append("**Keyness** (English, one group against the rest, top three terms by G²): " + "; ".join(
    f"{g}: " + ", ".join(f"*{r.term}* (LR {r.log_ratio:.1f})" for r in d.itertuples()) for g, d in kt.groupby("group")) + ".")
lines.append(f"**Limits.** Groups with fewer than {MIN_ARTICLES} analysed articles were left out of the tests; "
             "the groups cover different periods and genres, so a group difference is also a difference between "
             "periods; the corpus is a convenience collection, so the tests describe these articles, not the "
             "outlets' coverage in general; lexicon tone and cue-word frames are transparent but rough measures.")
display(Markdown("\\n\\n".join(lines)))
""")

nb.md("""
## 11. The full report
`write_report` writes every table (CSV and Parquet), every figure (PNG, SVG, PDF) and an
`index.html` that links each figure to the tables of sentences behind it. The same on the
command line, for the whole corpus and the comparisons by outlet, affiliation and country:

```
newsanalysis report ../shared/corpus/real corpus --out report/
```

The report also compares tone toward actors (Kim Jong Un, Putin, South Korea, …) between the groups, in
the journalist's own words by default (`actor_tone="authorial"`; `"all"` or `"quoted"` for the other
voices, `None` to leave it out; `--actor-tone` on the command line): a table with intervals, a test
family of its own and a figure, with the caution that lexicon words near a name are not the outlet's stance.

Here it is written to a temporary folder, by `GROUP_BY` only (to keep the run short).
""")
nb.code("""
if WRITE_REPORT:
    out = Path(mkdtemp()) / "report"
    index = write_report(result, out, by=GROUP_BY, also_by=(), outlets=outlets, load_report=report,
                         correction=CORRECTION, min_articles=MIN_ARTICLES,
                         actor_tone="authorial",    # tone toward actors in the outlet's own words (None: left out)
                         recent_from="1900-01-01",  # one time span only (no second set of "recent" time plots)
                         formats=("png",))          # PNG only: SVG and PDF would double the time
    print(index.name, "written with", len(list((out / "tables").glob("*.csv"))), "tables and",
          len(list((out / "figures").glob("*.png"))), "figures")
""")

nb.md("""
## Your turn
1. **How fragile is a significant result?** The cell takes the pair of groups with the
   smallest p-value in the family `anonymous_article` (articles with an anonymous source),
   shows the counts behind it and recomputes Fisher's exact test, as counted and with one
   anonymous article fewer in the group with the larger share. What does one article change?
   Would you report this difference?
2. **Which yardstick?** For the source-type test above, work out `df*` = min(rows − 1,
   columns − 1) from its number of groups and source types, and read its Cramér's V against
   Cohen's thresholds 0.1, 0.3 and 0.5 divided by √`df*` (section 5).
""")
nb.code("""
from scipy.stats import fisher_exact

fam = pairwise[pairwise["family"] == "anonymous_article"]
if len(fam):
    r = fam.sort_values("p_value").iloc[0]
    counts = cmp.set_index(GROUP_BY).loc[[r.group_a, r.group_b], ["articles_with_anonymous", "analysed_articles"]].astype(int)
    counts["share"] = counts["articles_with_anonymous"] / counts["analysed_articles"]
    display(counts)
    print(f"{r.group_a} vs {r.group_b}: the notebook's test {r.test}, p = {r.p_value:.3f}, p_adj = {r.p_adjusted:.3f}")
    higher = counts["share"].idxmax()
    for change in (0, -1):
        k = counts["articles_with_anonymous"].copy()
        k[higher] += change
        table = [[k[g], counts.at[g, "analysed_articles"] - k[g]] for g in counts.index]
        print(f"{higher} with {k[higher]} anonymous article(s): Fisher's exact p = {fisher_exact(table).pvalue:.3f}")
else:
    print("no pairwise test of articles with an anonymous source")
""")

nb.save("notebooks/06_comparing_outlets.ipynb")
