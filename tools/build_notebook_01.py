"""Write notebooks/01_quick_start.ipynb (without outputs). Run: python tools/build_notebook_01.py

(``tools/build_notebook_01.py`` builds the older ``01_compare_outlets.ipynb``; this one is the quick start.)
"""
from _nbbuild import Notebook

nb = Notebook(min_figures=2)

nb.md("""
# 1. Quick start: one article taken apart

This notebook takes **one German article** apart with `newsanalysis`: the
seed article shipped with the package (a NewsWorld.app rewrite of a Wall
Street Journal story on Putin and Kim Jong Un). Step by step you see

1. what the loader read and which site furniture it removed,
2. the sentences,
3. **who speaks**: attributions (quotes and reported speech), the source's
   type and country, named or anonymous, the cue word and its stance,
4. the **claims with numbers** ("11,000 containers") and who made them,
5. the **frames** (generic Policy Frames and the frames of this story) with
   the cue words that triggered them, in context,
6. the **tone**: a compound score per sentence, the author's voice against
   quoted voices, the words behind a score, and tone toward actors.

It needs nothing but the package: no real corpus, no internet.

> **What this can and cannot tell you.** Every number here is produced by
> transparent rules and word lists, and every number points to the words
> that produced it, so you can check it. That is also the limit: a lexicon
> reads words, not intentions (irony, negation across sentences, a "war" in
> a quotation all count like plain statements); cue words find topics, not a
> journalist's intent. One article is an illustration, not evidence about an
> outlet: for comparisons see the corpus notebooks.
""")
nb.md("""
## Parameters
`EMBEDDED` is the folder with the seed article shipped in the repository
(`CORPUS` is listed for the common parameter set only; this notebook does not use it).
Point it to another folder to take another article apart.
""")
nb.parameters("""
import os
from pathlib import Path

CORPUS = Path(os.environ.get("NEWSANALYSIS_CORPUS", "../../shared/corpus/real"))  # not needed here (see 02)
EMBEDDED = Path(os.environ.get("NEWSANALYSIS_EMBEDDED", "../corpus"))  # the seed article shipped in the repo
ARTICLE = "000_f582aa4241273fed"   # the article id (the file name without .txt)
""")
nb.code("""

import matplotlib.pyplot as plt
import pandas as pd

import newsanalysis as na

pd.set_option("display.max_colwidth", 110)
pd.set_option("display.width", 200)


def in_context(text, start, end, width=60):
    \"\"\"The words around a character span, the span itself in [[double brackets]].\"\"\"
    left = text[max(0, start - width):start].replace("\\n", " ")
    right = text[end:end + width].replace("\\n", " ")
    return f"…{left}[[{text[start:end]}]]{right}…"
""")
nb.md("""
## 1. What the loader read
`load_corpus` reads files and folders in many formats (here one `.txt`
file). Everything it read, skipped or removed is kept in the **load report**:
nothing disappears silently.
""")
nb.code("""
path = EMBEDDED / "articles" / f"{ARTICLE}.txt"
articles = na.load_corpus(path)
raw = path.read_text(encoding="utf-8")
art = articles.iloc[0]
text = art["text"]
print(f"raw file: {len(raw.splitlines())} lines, {len(raw):,} characters")
print(f"article text after cleaning: {len(text):,} characters")
art[["article_id", "outlet", "language", "title", "author", "based_on", "removed_lines", "duplicate_of"]]
""")
nb.md("""
The loader found the title and the author (from the byline "Durch Ernst
Müller"), identified the language as German and noticed that the article
is based on another outlet's report (`based_on`: the Wall Street Journal).

### The cleaning log: furniture removed
Reading time, bylines, share and comment widgets, picture captions, the
publisher's self-description and the copyright line are not part of the
article. Each removed line is listed with the rule that removed it:
""")
nb.code("""
na.load_report(articles, "removed")[["line", "reason"]]
""")
nb.code("""
report = articles.attrs["load_report"]
print({k: report[k] for k in ("records_read", "records_loaded", "records_skipped")})
na.load_report(articles, "files")[["path", "format", "encoding", "records", "loaded"]]
""")
nb.md("""
## 2. Sentences
Every later table points to a sentence (`sentence_id`) and to **character
offsets** (`start`, `end`) into the article's `text`; `text[start:end]` is
always the sentence. Abbreviations ("Dr.", "z. B.") and numbers ("11.000")
do not end a sentence.
""")
nb.code("""
result = na.analyze(articles)
sents = result.sentences
print(f"{len(sents)} sentences")
sents[["sentence_id", "start", "end", "text"]].head(8)
""")
nb.md("""
## 3. Who speaks: attributions
An **attribution** links a **source** (who), a **cue** (the verb or phrase
that marks speech: *sagte, betonen, laut*) and the **content** (what was
said). Each row says

- `kind`: *direct* (quotation marks), *indirect* (reported speech), *according_to*
  ("laut WSJ"), *reportative* (the German modal "soll": "X soll Y getan
  haben", i.e. *X is said to have done Y*, with no source named);
- `stance`: what the cue signals: *neutral* (sagen), *distancing* (behaupten:
  the author keeps a distance), *estimating* (schätzen), *emotive* (loben)…;
- `source_type` (government, expert, media, citizen…), `source_country`,
  `named` / `anonymous` ("Amerikanische Beamte" is anonymous: a group without
  a name). A row can be neither (a role such as "der südkoreanische
  Verteidigungsminister"). The reportative "soll" row has no source at all;
  it carries `anonymous` True, but `na.compare` counts it as **hearsay**, not as
  an anonymous source (`source_status` below gives one label per row; see
  "Before you count" in docs/attribution.md).
""")
nb.code("""
att = result.attributions
att[["sentence_id", "kind", "cue", "stance", "source", "source_type", "named", "anonymous", "source_country"]]
""")
nb.md("""
How often does the article rely on unnamed sources? Anonymous attributions
are common in reporting on North Korea, where little can be verified.
""")
nb.code("""
from newsanalysis.compare import source_status

status = source_status(att)  # named / anonymous / neither / no_source / hearsay
print(f"{len(att)} attributions: " + ", ".join(f"{n} {s}" for s, n in status.value_counts().items()))
att.assign(status=status).groupby(["source_type", "status"]).size().rename("attributions").reset_index()
""")
nb.md("""
**Evidence.** The content of each attribution with its cue in [[brackets]]:
read them and check the table above. The last one is the reportative
"soll": the article states a claim without saying who made it.
""")
nb.code("""
for r in att.itertuples():
    print(f"{r.kind:13s} {r.stance:11s} {str(r.source):40.40s} {in_context(text, r.cue_start, r.cue_end, 70)}")
""")
nb.code("""
soll = att[att["kind"] == "reportative"].iloc[0]
print("Reportative 'soll' (who says so? the article does not tell):")
print(text[soll["start"]:soll["end"]])
""")
nb.md("""
## 4. Claims with numbers
`claims` lists every number claim (a number with its unit and qualifier:
"etwa 11.000 Container", "bis zu 5 Millionen Artilleriegeschosse") and the
source it is attributed to. Read the units as well as the numbers: here
11,000 containers go *to Russia* and 9,000 *to North Korea* (a flow the
other way, or a slip in the rewrite?). Read the sources too, with the coding of
section 3 next to each number (`cue`, `stance`, `named`, `anonymous`, joined
from the attribution each claim belongs to): the three figures come from three
kinds of source. The 11,000 containers are a *claim* of "Amerikanische Beamte"
(anonymous, and *behaupten* is a distancing cue: the author keeps a distance),
the 5 million shells an *estimate* (*schätzt*) of "der südkoreanische
Verteidigungsminister" (an office: neither named nor anonymous), the 9,000
containers an estimate of "Südkorea" (a state, coded as named). Do you agree
with that coding? The table makes such questions visible; it cannot answer them.
""")
nb.code("""
cl = result.claims.merge(att[["attribution_id", "cue", "stance", "named", "anonymous"]], on="attribution_id", how="left")
cl[["sentence_id", "number_text", "value", "unit", "source", "cue", "stance", "named", "anonymous", "source_country"]]
""")
nb.code("""
for r in cl.itertuples():
    sent = sents.loc[sents["sentence_id"] == r.sentence_id, "text"].iloc[0]
    print(f"[{r.source}] {sent}\\n")
""")
nb.md("""
## 5. Frames
A **frame** is a way of presenting a story (as a security issue, as
diplomacy, as economics…). `newsanalysis` detects frames by **cue words**
from a codebook:

- **generic frames**: the 14 frames of the Policy Frames Codebook
  (Boydstun et al. 2014), the same for any topic;
- **story frames**: frames of the Russia–North Korea story written for this
  package (arms transfers, troops, sanctions, treaty and diplomacy…).

Each cue has a weight (0.5, 1 or 2: 2 for words that nearly always carry
the frame). `hits` is the **sum of the weights** of the cues found, not a count
(`n_cues` counts them); `evidence` lists the cues found.

How *present* is decided:

- **Generic frames**: a frame is present when its cue weight per 1,000 words
  (`per_1000_words`) reaches the frame's `threshold`, fitted on the SemEval-2023
  articles (and at least one cue is found).
- **Story frames**: no rate threshold. A frame needs a cue weight of at least
  2 (`min_hits: 2`: one strong cue or two ordinary ones), and a cue counts only
  where **both sides are named nearby**: Russia (Russia, Moscow, the Kremlin,
  Putin …) and North Korea (North Korea, the DPRK, Pyongyang, Kim Jong Un …) in
  the cue's sentence or within two sentences of it (the codebook's `anchor`;
  *China_role* and *Regional_security* need a name and a role word in the same
  sentence as well). "Troops" in a sentence about Syria is no story cue.
- **Long texts** (both codebooks): a text of more than 1,500 words is cut into
  windows of about 1,000 words, the rule is applied in each window, and the frame
  is present when it passes in at least half of them (`min_window_share=0.5`;
  columns `windows`, `window_share`). This article is one window.

The rules in full, with examples: `docs/framing.md`. For story frames, also
compare outlets on emphasis (`na.frame_profile`, `mean_share`: each frame's
part of the cue weight), not only on presence.
""")
nb.code("""
gen = result.frames
gen[["frame", "hits", "n_cues", "per_1000_words", "threshold", "present", "dominant", "evidence"]].sort_values(
    "hits", ascending=False)
""")
nb.md("""
Read the evidence of *External_regulation_and_reputation* and *Political*:
country and person names are cues (*russland*, *china*, *putin*). In an
article about Russia and North Korea every mention of Russia adds weight to
"relations between states", and every mention of Putin to "politics". Whether a
name should count towards a frame is a validity question the codebook answers
one way; you may answer it another (see section 6 of `03_framing` for a
codebook of your own).
""")
nb.code("""
story = result.story_frames
story[["frame", "hits", "n_cues", "present", "evidence"]].sort_values("hits", ascending=False)
""")
nb.code("""
fig, axes = plt.subplots(1, 2, figsize=(11, 4.5), sharey=False)
for ax, table, title in ((axes[0], gen, "Generic frames (Policy Frames Codebook)"),
                         (axes[1], story, "Story frames (Russia–North Korea)")):
    t = table.sort_values("per_1000_words")
    colours = ["#0072B2" if p else "#BBBBBB" for p in t["present"]]
    ax.barh(t["frame"].str.replace("_", " "), t["per_1000_words"], color=colours)
    ax.set_xlabel("cue weight per 1,000 words")
    ax.set_title(title, fontsize=10)
fig.suptitle("Frames in the seed article (blue: present, grey: below threshold)")
fig.tight_layout()
""")
nb.md("""
**Evidence.** Every cue hit is a row of `frame_evidence`, with offsets into
the text. Here are the hits for the dominant generic frame and for the story
frame *Arms_transfers*, each in its context:
""")
nb.code("""
dominant = gen.loc[gen["dominant"], "frame"].iloc[0]
ev = result.frame_evidence
print(f"Dominant generic frame: {dominant}")
for r in ev[ev["frame"] == dominant].head(8).itertuples():
    print(f"  {r.cue:16s} {in_context(text, r.start, r.end)}")
story_ev = na.frame_evidence(articles, codebook="story")
print("\\nStory frame Arms_transfers:")
for r in story_ev[story_ev["frame"] == "Arms_transfers"].head(8).itertuples():
    print(f"  {r.cue:22s} {in_context(text, r.start, r.end)}")
""")
nb.md("""
## 6. Tone
Each sentence gets a **compound score** between −1 (negative) and +1
(positive) from a sentiment lexicon: for German SentiWS 1.8c (Remus et al.
2010) with German rules for negation and intensifiers; for English VADER
(Hutto & Gilbert 2014). The score is split into the **authorial voice** (the
journalist's own words) and the **quoted voice** (what sources are reported
to say), using the attributions above.
""")
nb.code("""
tone = result.sentiment.merge(sents[["sentence_id", "text"]], on="sentence_id")
summary = result.summary.iloc[0]
print(f"mean compound over {summary['n_scored']} sentences: {summary['mean_compound']:+.3f}")
print(f"authorial voice: {summary['authorial_mean_compound']:+.3f}   quoted voice: {summary['quoted_mean_compound']:+.3f}")
tone[["sentence_id", "compound", "authorial_compound", "quoted_compound", "text"]].head(6)
""")
nb.code("""
fig, ax = plt.subplots(figsize=(11, 3.8))
colours = ["#D55E00" if c < 0 else "#0072B2" for c in tone["compound"]]
ax.bar(tone["sentence_id"], tone["compound"], color=colours)
quoted = tone[tone["quoted_compound"].notna()]
ax.scatter(quoted["sentence_id"], quoted["quoted_compound"], marker="D", color="black", zorder=3,
           label="quoted voice in the sentence")
ax.axhline(0, color="grey", lw=0.8)
ax.set_xlabel("sentence (in article order)")
ax.set_ylabel("compound score")
ax.set_ylim(-1, 1)
ax.set_title("Tone sentence by sentence (bars: whole sentence; red negative, blue positive)")
ax.legend(loc="lower right", fontsize=8);
""")
nb.md("""
**Evidence: the words behind a score.** `sentiment_terms` lists each scored
word, its lexicon weight and the rules applied (negation, intensifier).
Here are the most negative and the most positive sentence with their terms:
""")
nb.code("""
terms = na.sentiment_terms(articles, attributions=result.attributions)  # with attributions: each term's voice
for sid in (tone.loc[tone["compound"].idxmin(), "sentence_id"], tone.loc[tone["compound"].idxmax(), "sentence_id"]):
    row = tone[tone["sentence_id"] == sid].iloc[0]
    print(f"sentence {sid}, compound {row['compound']:+.3f}: {row['text']}")
    print(terms.loc[terms["sentence_id"] == sid, ["term", "lexicon_weight", "weight", "rules", "negated", "voice"]]
          .to_string(index=False), "\\n")
""")
nb.md("""
Read both. The most negative sentence (the first printed) has two negative
verbs, *erschwert* and *schwächt* (*it hampers … and weakens …*): negative,
and plausibly so. The most positive one is "Doch scheinen diese Ängste
vorerst übertrieben" (*but these fears seem exaggerated for now*). It scores
positive only because a hand-written rule ("dismissed by 'übertrieben'")
flips the negative word *Ängste*, and the contrast word *Doch* weights it up.
The rule is right that the sentence is not negative; but is "the fears seem
exaggerated" *positive* tone, or a reassuring, neutral assessment? That is a
coding decision, and the number hides it.

A plain lexicon error is elsewhere in this article: a sentence about Russian
tourists visiting North Korea scores negative because of one word.
""")
nb.code("""
sid = sents.loc[sents["text"].str.contains("Pandemie"), "sentence_id"].iloc[0]
row = tone[tone["sentence_id"] == sid].iloc[0]
print(f"sentence {sid}, compound {row['compound']:+.3f}: {row['text']}")
print(terms.loc[terms["sentence_id"] == sid, ["term", "lexicon_weight", "weight", "rules"]].to_string(index=False))
""")
nb.md("""
*Pandemie* is the only scored word, and here it only dates the visit ("after
the pandemic"); the sentence reports that tourism has resumed. This is the
kind of error to look for before trusting a tone figure: lexicons count
words, not what the sentence does with them.

### Tone toward actors
`actor_tone` scores the words in the clause around each mention of an actor
(Putin, Kim Jong Un, Russia, North Korea, the US, Ukraine…). Tone toward an
actor is not the same as the tone of the article: a sentence can be negative
about Ukraine's situation and neutral about Russia.
""")
nb.code("""
at = result.actor_tone
by_actor = (at[at["scored"]].groupby("actor_id")["tone"].agg(mentions="count", mean_tone="mean")
            .sort_values("mean_tone"))
by_actor
""")
nb.code("""
fig, ax = plt.subplots(figsize=(7, 3.8))
ax.barh(by_actor.index, by_actor["mean_tone"], color=["#D55E00" if v < 0 else "#0072B2" for v in by_actor["mean_tone"]])
for y, (n, v) in enumerate(zip(by_actor["mentions"], by_actor["mean_tone"])):
    ax.annotate(f"n={n}", (v, y), xytext=(4 if v >= 0 else -4, 0), textcoords="offset points",
                ha="left" if v >= 0 else "right", va="center", fontsize=8)
ax.axvline(0, color="grey", lw=0.8)
ax.set_xlabel("mean tone of the mentions' clauses (−1 … +1)")
ax.set_title("Tone toward actors in the seed article");
""")
nb.md("""
**Evidence.** The mentions of the actor with the most negative tone, with
the terms that scored:
""")
nb.code("""
worst = by_actor.index[0]
for r in at[(at["actor_id"] == worst) & at["scored"]].itertuples():
    print(f"{r.tone:+.3f}  {in_context(text, r.start, r.end, 70)}\\n        terms: {r.terms}")
""")
nb.md("""
Read the terms: Ukraine is the "most negative actor" because its clauses
contain *Krieg* and *Einmarsch*: Russia's war *on* Ukraine. The negativity
is near the name, not directed at it; the victim of an attack inherits the
tone of the attack. Tone near a name is not tone toward the actor: read the
evidence before you report an actor's score.

## Your turn
1. Write sentences of your own (German or English; set `language`) and
   predict, before you run the cell, each text's score and its story frames.
   The three given texts show a negation, the anchor rule (one side named,
   then both) and `min_hits` (is one weight-0.5 cue and one weight-1 cue
   enough?).
2. Change the third text until *Arms_transfers* is present. What did you
   have to add?
""")
nb.code("""
mine = pd.DataFrame({"article_id": ["a", "b", "c"], "language": "de", "text": [
    "Die Gespräche waren nicht erfolgreich.",
    "Russland liefert Waffen und Munition.",                  # one side named
    "Russland liefert Nordkorea Waffen und Munition.",        # both sides named
]})
display(na.sentiment(mine)[["article_id", "compound"]])
display(na.sentiment_terms(mine)[["article_id", "term", "lexicon_weight", "weight", "rules"]])
na.frames(mine, codebook="story").query("hits > 0")[["article_id", "frame", "hits", "n_cues", "present", "evidence"]]
""")
nb.md("""
## Where next
- `02_corpus`: the real corpus (outlets, languages, time, duplicates, topic selection, KWIC).
- `03_framing`: frames per outlet and over time, and how valid the measure is.
- `07_validation`: how good the measures are, and how to check them on your own corpus.
- Methods and rules, each with an example: `docs/` (corpus, sentiment, framing, attribution).
""")

nb.save("notebooks/01_quick_start.ipynb")
