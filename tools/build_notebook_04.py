"""Write notebooks/04_tone.ipynb (without outputs). Run: python tools/build_notebook_04.py"""
from _nbbuild import Notebook

nb = Notebook(min_figures=3)

nb.md("""
# 4. Tone: how positive or negative is the coverage, and toward whom?

This notebook teaches how to read a **tone** (sentiment) figure for news outlets, and how
far to trust it. It measures, per outlet:

1. the tone of the outlet's **own words** (authorial voice) apart from the words it
   **quotes** (quoted voice);
2. the tone toward six **actors**: Kim Jong Un, Putin, Russia, North Korea, the US and
   South Korea, each with a 95 % interval;
3. the **terms behind a score** (which words made it positive or negative);
4. where a word list goes wrong (negation, irony, domain words, quotes), shown on
   sentences the notebook finds in the corpus;
5. why German (SentiWS) and English (VADER) scores are not on one scale, and what happens
   to Korean and Vietnamese articles (loaded, not analysed).

> **What this can and cannot tell you.**
> *Can:* which words a lexicon counts as positive or negative in each outlet's text, how
> often, and (from the 95 % intervals over articles) how precisely each outlet's average is
> known with this many articles. Every score can be traced back to its words and sentences.
> Tests of the differences between outlets are in notebook 6.
> *What the intervals describe:* an interval treats an outlet's articles as exchangeable
> draws from what the outlet published **in the period and genre the corpus holds** (KCNA
> items of 2024, Kremlin.ru transcripts of 2000–2019, South Korean English news of two weeks
> around the turn of 2025/26). The corpus is a convenience collection, not a random sample:
> the interval covers the variation between these articles, not how they were collected, and
> it says nothing about the outlet's coverage in other years or on other topics.
> *Cannot:* what a reader feels, whether a report is true, or whether an outlet is
> "biased". A **compound score** (VADER, Hutto & Gilbert 2014) is a sum of word weights
> squashed into [-1, 1]; it does not understand irony, context or who is speaking. English
> and German scores come from different lexicons and must not be compared with each other.
> Korean and Vietnamese articles get no score at all (no lexicon yet): they are shown as
> *not analysed*, never as neutral (0).
""")

nb.md("""
## Parameters
`CORPUS` is the real corpus (JSON Lines, see `../../shared/corpus/real/SOURCES.md`);
`EMBEDDED` the seed article shipped in this repository. Both are read from environment
variables when set. `MIN_ARTICLES`: groups with fewer analysed articles are shown in the
tables but left out of the figures (their intervals would be meaningless).
""")
nb.parameters("""
import os
from pathlib import Path

CORPUS = Path(os.environ.get("NEWSANALYSIS_CORPUS", "../../shared/corpus/real"))
EMBEDDED = Path(os.environ.get("NEWSANALYSIS_EMBEDDED", "../corpus"))  # the seed article shipped with the repo
MIN_ARTICLES = 5
ACTORS = ["kim_jong_un", "putin", "russia", "north_korea", "united_states", "south_korea"]
""")
nb.code("""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

import newsanalysis as na
from newsanalysis.kwic import kwic
from newsanalysis.plot import display_label, group_palette, interval_plot

pd.set_option("display.max_colwidth", 160)
pd.set_option("display.width", 200)
paths = [p for p in (CORPUS, EMBEDDED) if p.exists()]
if CORPUS not in paths:
    print(f"The real corpus was not found at {CORPUS}: only the embedded seed article is used, "
          "so most tables below will be nearly empty.")
articles = na.load_corpus(paths)
result = na.analyze(articles)
arts = result.articles
sent_text = result.sentences.set_index(["article_id", "sentence_id"])["text"]
outlet_of = dict(zip(arts["article_id"], arts["outlet"]))
print(f"{len(arts)} articles from {arts['outlet'].nunique()} outlets")
""")

nb.md("""
## Which articles get a score at all
Tone needs a lexicon for the article's language: English uses VADER 3.3.2, German SentiWS
1.8c with German rules. Korean and Vietnamese articles are loaded and counted, but every
sentence is marked `scored = False` with a reason. Their tone is *missing*, not zero.
""")
nb.code("""
s = result.sentiment
by_lang = s.groupby("language").agg(sentences=("scored", "size"), scored=("scored", "sum"),
                                    lexicon=("lexicon", lambda x: ", ".join(sorted(set(x.dropna()))) or "none"),
                                    reason=("reason", lambda x: ", ".join(sorted(set(x.dropna()))) or ""))
by_lang.insert(0, "articles", arts.groupby("language").size())
by_lang
""")
nb.code("""
# the per-article summary keeps Korean/Vietnamese articles with analysed=False and an empty (NaN) tone
not_analysed = result.summary[~result.summary["analysed"].astype(bool)]
print(f"{len(not_analysed)} articles not analysed ({', '.join(sorted(not_analysed['language'].unique()))}); "
      f"their mean_compound values: {not_analysed['mean_compound'].unique()}")
""")

nb.md("""
## 1. The outlet's own voice and the voices it quotes
`analyze` finds every attribution ("X said that ...", quotation marks, "according to")
first. Characters inside attributed content are the **quoted voice**, all other characters
the **authorial voice**. Each sentence gets a compound score for each voice
(`authorial_compound`, `quoted_compound` in `result.sentiment`), and each article the mean
over its sentences (`authorial_mean_compound`, `quoted_mean_compound` in
`result.summary`). `na.outlet_tone` averages over **articles** (not sentences: one long
transcript must not outweigh fifty short reports) with a Student-t 95 % interval.
""")
nb.code("""
voices = {"all words": "mean_compound", "authorial voice": "authorial_mean_compound",
          "quoted voice": "quoted_mean_compound"}
analysed = result.summary[result.summary["analysed"].astype(bool)]
tone = pd.concat([na.outlet_tone(analysed, arts, by="outlet", column=col).assign(voice=v)
                  for v, col in voices.items()], ignore_index=True)
# the languages of the articles that were scored (KBS and Yonhap also have Korean articles: loaded, not scored)
tone = tone.merge(analysed.groupby("outlet")["language"].agg(lambda x: ";".join(sorted(set(x))))
                  .rename("languages scored"), on="outlet")
tone.pivot_table(index=["outlet", "languages scored"], columns="voice", values=["n_articles", "mean"]).round(3)
""")
nb.code("""
big = sorted(tone.loc[(tone["voice"] == "all words") & (tone["n_articles"] >= MIN_ARTICLES), "outlet"])
palette = group_palette(big)
fig, ax = plt.subplots(figsize=(8, 3.5))
interval_plot(tone[tone["outlet"].isin(big)], x="mean", y="voice", low="ci_low", high="ci_high", hue="outlet",
              palette=palette, n="n_articles", ax=ax)
ax.axvline(0, color="grey", lw=0.8, ls="--")
ax.set_xlabel("mean article compound score (VADER, English articles; 95% t-interval)")
ax.set_title(f"Tone by voice, outlets with at least {MIN_ARTICLES} analysed articles");
""")
nb.md("""
**Evidence.** The sentences where the two voices pull in opposite directions most
strongly: the outlet's own words are neutral or one way, the quoted words the other.
Read them and decide whether the split is right.
""")
nb.code("""
both = s.dropna(subset=["authorial_compound", "quoted_compound"]).copy()
both["gap"] = (both["authorial_compound"] - both["quoted_compound"]).abs()
both = both[np.sign(both["authorial_compound"]) != np.sign(both["quoted_compound"])].nlargest(5, "gap")
both["outlet"] = both["article_id"].map(outlet_of)
both["text"] = [sent_text[k] for k in zip(both["article_id"], both["sentence_id"])]
both[["outlet", "authorial_compound", "quoted_compound", "text"]]
""")

nb.md("""
## 2. The terms behind a score
`na.sentiment_terms` lists every word that contributed to a sentence score, its weight in
the lexicon, the weight after the rules (negation, boosters, "but"), the rules applied and
the voice. Summing the weights per outlet shows what drives an outlet's tone.
""")
nb.code("""
terms = na.sentiment_terms(arts, sentences=result.sentences, attributions=result.attributions)
terms["outlet"] = terms["article_id"].map(outlet_of)
terms["word"] = terms["term"].str.lower()
drivers = (terms[terms["outlet"].isin(big)].groupby(["outlet", "word"])
           .agg(hits=("weight", "size"), total_weight=("weight", "sum"), lexicon_weight=("lexicon_weight", "first"))
           .reset_index())
top = pd.concat([d.reindex(d["total_weight"].abs().sort_values(ascending=False).index).head(8)
                 for _, d in drivers.groupby("outlet")])
top
""")
nb.code("""
fig, axes = plt.subplots(1, len(big), figsize=(4 * len(big), 3.5), squeeze=False)
for ax, outlet in zip(axes[0], big):
    d = top[top["outlet"] == outlet].sort_values("total_weight")
    ax.barh(d["word"], d["total_weight"], color=["#D55E00" if w < 0 else "#0072B2" for w in d["total_weight"]],
            hatch="//", edgecolor="black", linewidth=0.4)
    ax.axvline(0, color="grey", lw=0.8)
    ax.set_title(display_label(outlet).split(" (")[0], fontsize=10)
    ax.set_xlabel("summed weight (VADER units)")
fig.suptitle("The words that move each outlet's score most (blue positive, orange negative)")
fig.tight_layout()
""")
nb.md("""
Look at the list before trusting the score. In this corpus, words such as **party** (the Workers' *Party*
of Korea), **united** (the *United* States, the *United* Nations), **like** ("I would
like to") or **well** ("as well") are positive in VADER's general-language lexicon, but in
these texts they are names and fillers, not evaluations. The next section finds such
cases systematically.
""")

nb.md("""
## 3. Where a lexicon goes wrong
Four known failure types, each with sentences the notebook finds in the corpus (nothing
below is typed in by hand).

### 3a. Negation
VADER flips and shrinks a word's weight (× -0.74) when "not", "no", "never" … stand up to
three words before it. It does not see negation further away or expressed otherwise
("failed to", "far from").
""")
nb.code("""
neg = terms[terms["negated"]]
print(f"{len(neg)} of {len(terms)} scored terms ({len(neg) / max(len(terms), 1):.1%}) were negated by a rule")
ex = neg.drop_duplicates("word").drop_duplicates(["article_id", "sentence_id"]).head(5).copy()
ex["text"] = [sent_text[k] for k in zip(ex["article_id"], ex["sentence_id"])]
ex[["outlet", "term", "lexicon_weight", "weight", "rules", "text"]]
""")
nb.md("""
### 3b. Irony and distancing: "so-called" and scare quotes
A positive word after "so-called", or alone in quotation marks, is usually meant the other
way ("the so-called 'peace' plan"). The lexicon still counts it as positive.
""")
nb.code("""
full_text = dict(zip(arts["article_id"], arts["text"]))
pos_terms = terms[(terms["weight"] > 0) & terms["start"].notna()].copy()

def distanced(row):
    text = full_text[row.article_id]
    before = text[max(0, row.start - 12):row.start].lower()
    after = text[row.end:row.end + 2]
    return "so-called" in before or "so called" in before or (
        before[-1:] in "'\\"‘“" and after[:1] in "'\\"’”")

pos_terms["distanced"] = [distanced(r) for r in pos_terms.itertuples()]
irony = pos_terms[pos_terms["distanced"]].copy()
irony["text"] = [sent_text[k] for k in zip(irony["article_id"], irony["sentence_id"])]
irony = irony.drop_duplicates("text")  # teasers repeated in the body give the same sentence twice
print(f"{int(pos_terms['distanced'].sum())} positive terms after 'so-called' or inside scare quotes, still counted as positive")
irony[["outlet", "term", "weight", "text"]].head(6)
""")
nb.md("""
### 3c. Domain words
VADER was built for social media. In news about a war and an alliance, many frequent words
carry a weight that the news use does not have: **attack** or **war** in a factual military
report, **party** or **united** in names, **security** in "Security Council". The most
frequent scored words of the whole corpus, with the lexicon weight:
""")
nb.code("""
freq = (terms.groupby("word").agg(hits=("weight", "size"), lexicon_weight=("lexicon_weight", "first"))
        .sort_values("hits", ascending=False))
pd.concat([freq[freq["lexicon_weight"] > 0].head(10).reset_index(), freq[freq["lexicon_weight"] < 0].head(10).reset_index()],
          axis=1, keys=["most frequent positive words", "most frequent negative words"])
""")
nb.md("""
The same word in context (KWIC: keyword in context). A factual report of an attack and
an evaluation of an attack get the same negative weight; "party" as an organisation's name
gets the weight of "party" as a celebration.
""")
nb.code("""
en = arts[arts["language"] == "en"]
lines = kwic(en, ["attack", "attacks", "Party"], case=True, sentences=result.sentences)
lines.groupby(["match", "outlet"]).head(1)[["outlet", "left", "match", "right"]]
""")
nb.md("""
### 3d. Quoted vs authorial
A sentence score mixes the outlet's voice with the voices it quotes: an outlet that quotes
a furious official sounds furious. Per outlet: how many scored sentences contain quoted
words, how many are *entirely* quoted (no authorial word: e.g. the speaker turns of a
Kremlin transcript, which are Putin's words, not the website's), and among sentences with
both voices, how often the whole-sentence score has another sign than the outlet's own
words.
""")
nb.code("""
sc_ = s[s["scored"]].copy()
sc_["outlet"] = sc_["article_id"].map(outlet_of)
has_q = sc_["quoted_chars"].fillna(0) > 0
mixed = sc_[has_q & sc_["authorial_compound"].notna()]
flip = np.sign(mixed["compound"].round(2)) != np.sign(mixed["authorial_compound"].round(2))
summary_q = pd.DataFrame({
    "scored sentences": sc_.groupby("outlet").size(),
    "with quoted words": sc_[has_q].groupby("outlet").size(),
    "entirely quoted": sc_[has_q & sc_["authorial_compound"].isna()].groupby("outlet").size(),
    "both voices": mixed.groupby("outlet").size(),
    "sign differs from authorial voice": flip.groupby(mixed["outlet"]).sum(),
}).fillna(0).astype(int)
summary_q.loc[summary_q.index.isin(big)]
""")

nb.md("""
## 4. Tone toward actors
`result.actor_tone` has one row per mention of an actor of the actor table
(`na.load_actors()`): the scored words of the mention's clause count fully, the rest of the
sentence less with distance, plus a news target word list for English (derived from
NewsMTSC train; see `docs/sentiment.md`); words of names ("United" in "the United States",
"Korea Defense and Security Forum") carry no tone. `na.actor_tone_summary` first averages per
article (mentions in one article are not independent), then over articles with a 95 %
t-interval, one row per outlet, **language** and actor (English and German tone are never
pooled). On the NewsMTSC test sets this method reaches a macro-F1 of about 0.6 (the figures
are in the README's validation table and in notebook 7; a fine-tuned RoBERTa: 0.83): treat
single mentions with caution, look at averages; each
English mention's `tone_class` uses the cut-off ±0.175 fitted on NewsMTSC train.

Whose words? Each mention has a `voice`: *quoted* inside someone's reported words, *authorial*
otherwise. The default summary (`voice="all"`) counts both, the tone a reader meets;
`voice="authorial"` keeps the outlet's own words, its stance. Mentions inside transcript
speaker turns (Kremlin.ru's "Vladimir Putin: …") are left out of both by default
(`turn_mentions_left_out` counts them), as sources are in `compare`.
""")
nb.code("""
at = result.actor_tone
ats = na.actor_tone_summary(at, arts, by="outlet")
ats = ats[ats["actor_id"].isin(ACTORS)]
own = na.actor_tone_summary(at, arts, by="outlet", voice="authorial")
own = own[own["actor_id"].isin(ACTORS)]
print("Outlets with fewer than", MIN_ARTICLES, "analysed articles are in `ats` but not shown here.")
both = ats.merge(own, on=["outlet", "language", "actor_id"], how="left", suffixes=("", "_authorial"))
both = both[both["outlet"].isin(big)]
both.pivot_table(index="actor_id", columns=["outlet", "language"],
                 values=["n_articles", "mean_tone", "mean_tone_authorial"]).round(3)
""")
nb.code("""
shown = ats[ats["outlet"].isin(big) & (ats["n_articles"] >= 2)]
fig, ax = plt.subplots(figsize=(8, 5))
interval_plot(shown, x="mean_tone", y="actor_id", low="ci_low", high="ci_high", hue="outlet", palette=palette,
              n="n_articles", ax=ax)
ax.axvline(0, color="grey", lw=0.8, ls="--")
ax.set_xlabel("mean tone toward the actor (article means; 95% t-interval)")
ax.set_title("Tone toward actors, by outlet (English articles)");
""")
nb.md("""
**Evidence.** For each outlet, the most negative mention of the United States and the
most positive mention of Russia, with the words that made the score.
""")
nb.code("""
at2 = at[at["scored"]].copy()
at2["outlet"] = at2["article_id"].map(outlet_of)
picks = []
for outlet in big:
    d = at2[at2["outlet"] == outlet]
    us, ru = d[d["actor_id"] == "united_states"], d[d["actor_id"] == "russia"]
    if len(us):
        picks.append(us.nsmallest(1, "tone"))
    if len(ru):
        picks.append(ru.nlargest(1, "tone"))
ev = pd.concat(picks) if picks else at2.head(0)
ev["text"] = [sent_text[k] for k in zip(ev["article_id"], ev["sentence_id"])]
ev[["outlet", "actor_id", "mention", "tone", "terms", "text"]]
""")
nb.code("""
# Korean mentions are found (the actor table has Korean spellings) but not scored
ko = at[at["language"] == "ko"]
print(f"Korean: {len(ko)} actor mentions found, {int(ko['scored'].sum())} scored; "
      f"reason: {', '.join(ko['reason'].dropna().unique()) or '-'}")
""")

nb.md("""
## 5. German and English scores are on different scales
German sentences are scored with **SentiWS 1.8c** (Remus, Quasthoff & Heyer 2010; CC
BY-NC-SA 3.0) plus a small news supplement and German negation/intensifier rules, English
with **VADER 3.3.2**. Both end in a compound score in [-1, 1], but the word lists, their
coverage and their weights differ. Below, pairs of hand-written sentences with the same
meaning: the scores are not equal. Tone must therefore be compared **within** a language.
""")
nb.code("""
pairs = pd.DataFrame({
    "en": ["The attack killed many civilians.", "The talks were very successful.",
           "Russia and North Korea signed a friendship treaty.", "The situation is not dangerous."],
    "de": ["Der Angriff tötete viele Zivilisten.", "Die Gespräche waren sehr erfolgreich.",
           "Russland und Nordkorea unterzeichneten einen Freundschaftsvertrag.", "Die Lage ist nicht gefährlich."],
})
long = pd.DataFrame({"article_id": [f"{lang}{i}" for lang in ("en", "de") for i in range(len(pairs))],
                     "text": list(pairs["en"]) + list(pairs["de"]),
                     "language": ["en"] * len(pairs) + ["de"] * len(pairs)})
sc = na.sentiment(long).set_index("article_id")
pairs["VADER (en)"] = [sc.at[f"en{i}", "compound"] for i in range(len(pairs))]
pairs["SentiWS (de)"] = [sc.at[f"de{i}", "compound"] for i in range(len(pairs))]
pairs
""")
nb.code("""
fig, ax = plt.subplots(figsize=(8, 3.5))
bins = np.linspace(-1, 1, 41)
for lang, colour, hatch in (("en", "#0072B2", ""), ("de", "#E69F00", "//")):
    x = s.loc[s["scored"] & (s["language"] == lang), "compound"]
    ax.hist(x, bins=bins, density=True, alpha=0.6, color=colour, hatch=hatch, edgecolor="black", linewidth=0.3,
            label=f"{lang}: {s.loc[s['language'] == lang, 'lexicon'].dropna().iloc[0] if len(x) else '-'} "
                  f"(n={len(x)} sentences)")
ax.set_xlabel("sentence compound score")
ax.set_ylabel("density")
ax.legend(fontsize=8)
ax.set_title("Sentence scores by language: different lexicons, different distributions");
""")
nb.code("""
# the sentences behind the German distribution: the most negative and most positive German sentences
de = s[s["scored"] & (s["language"] == "de")]
de = pd.concat([de.nsmallest(2, "compound"), de.nlargest(2, "compound")]).copy()
de["outlet"] = de["article_id"].map(outlet_of)
de["text"] = [sent_text[k] for k in zip(de["article_id"], de["sentence_id"])]
de[["outlet", "compound", "lexicon", "text"]]
""")

nb.md("""
## Your turn
The cell lists the most negative scored mentions of one actor in one outlet, with the words
that made each score. For each, decide: is the tone *toward* the actor (the outlet evaluates
it), or the tone of words that happen to stand near its name (an attack *on* it, a war it is
mentioned next to)? How many of the five would you code as negative toward the actor? Then
change `ACTOR` (one of `ACTORS`) or `OUTLET` (one of `big`).
""")
nb.code("""
OUTLET, ACTOR = big[0], "south_korea"
d = at2[(at2["outlet"] == OUTLET) & (at2["actor_id"] == ACTOR)].nsmallest(5, "tone").copy()
print(f"{int(((at2['outlet'] == OUTLET) & (at2['actor_id'] == ACTOR)).sum())} scored mentions of {ACTOR} in {OUTLET}; "
      "the five most negative:")
d["text"] = [sent_text[k] for k in zip(d["article_id"], d["sentence_id"])]
d[["mention", "tone", "voice", "terms", "text"]]
""")

nb.md("""
## Summary
* Report tone per outlet as the mean over **articles** with an interval, and per voice:
  an outlet's own words and the words it quotes can point in different directions.
* Always show the **terms behind a score**: in this corpus names and fillers ("party",
  "united", "like") move the scores of state media as much as evaluative words do.
* Lexicons miss negation at a distance, irony and scare quotes, and give military or
  diplomatic vocabulary general-language weights.
* Compare tone **within one language**. Korean and Vietnamese articles are not scored
  (missing, not neutral).

References: Hutto & Gilbert (2014), VADER, ICWSM; Remus, Quasthoff & Heyer (2010), SentiWS,
LREC; Hamborg & Donnay (2021), NewsMTSC, EACL. Method details and measured accuracy:
`docs/sentiment.md`.
""")

nb.save("notebooks/04_tone.ipynb")
