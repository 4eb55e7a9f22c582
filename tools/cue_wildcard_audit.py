"""Which words do a codebook's wildcard cues catch? One line per (frame, wildcard cue, matched word).

A cue with ``*`` (``court*``, ``*gericht*``) catches every word that fits the pattern: "court" and "courts",
but also "courteously". This lists, for every wildcard cue of the generic and the story codebook, the
distinct words (or phrases, for multi-word cues) it matches in the real corpus (on-topic and ``_general``
files) and in the SemEval-2023 training articles, with counts, so that a reader can check each word.
The codebooks' ``not_cues`` apply (what is listed counts); the story codebook's anchor does not (every
match is listed, also those that the anchor would drop).

Usage: ``python tools/cue_wildcard_audit.py OUT.csv [--lang en|de] [--codebook generic|story]``
(the shared folder from $NEWSANALYSIS_SHARED, default ../shared). Prints the words per cue; writes
``frame, cue, language, matched, n_real, n_semeval`` to OUT.csv.
"""
import argparse
import dataclasses
from collections import Counter
from pathlib import Path

import pandas as pd

import newsanalysis as na
from newsanalysis import framing
from newsanalysis._tables import shared_dir
from newsanalysis.evaluate.semeval import load_semeval


def corpora(lang: str) -> dict[str, pd.DataFrame]:
    real = shared_dir() / "corpus" / "real"
    parts = [na.load_corpus(f, errors="skip") for f in sorted(real.glob("*.jsonl"))]
    arts = pd.concat(parts, ignore_index=True)
    arts = arts[arts["language"] == lang].drop_duplicates("article_id")
    sem, _ = load_semeval(shared_dir(), lang)
    sem = sem.assign(article_id="semeval-" + sem["article_id"])
    return {"real": arts[["article_id", "text", "language"]].reset_index(drop=True), "semeval": sem}


def audit(codebook: str, lang: str, texts: dict[str, pd.DataFrame]) -> pd.DataFrame:
    cb = dataclasses.replace(framing._resolve(codebook), anchor=(), anchor_window=0)  # every match
    wild = cb.cues[(cb.cues["language"] == lang) & cb.cues["cue"].str.contains("*", regex=False)]
    wanted = set(zip(wild["frame"], wild["cue"].str.lower()))
    counts: dict[str, Counter] = {}
    for name, arts in texts.items():
        ev = framing._evidence(arts, cb, None)
        ev = ev[[(f, c.lower()) in wanted for f, c in zip(ev["frame"], ev["cue"])]]
        counts[name] = Counter(zip(ev["frame"], ev["cue"], ev["matched"].str.lower()))
    keys = sorted(set().union(*counts.values()))
    rows = [(f, c, lang, m, counts["real"].get((f, c, m), 0), counts["semeval"].get((f, c, m), 0))
            for f, c, m in keys]
    return pd.DataFrame(rows, columns=["frame", "cue", "language", "matched", "n_real", "n_semeval"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--lang", nargs="+", default=["en", "de"])
    ap.add_argument("--codebook", nargs="+", default=["generic", "story"])
    args = ap.parse_args()
    tables = []
    for lang in args.lang:
        texts = corpora(lang)
        for codebook in args.codebook:
            t = audit(codebook, lang, texts).assign(codebook=codebook)
            tables.append(t)
            for (f, c), g in t.groupby(["frame", "cue"], sort=True):
                words = ", ".join(f"{m} {r}/{s}" for m, r, s in
                                  g.sort_values(["n_real", "n_semeval"], ascending=False)[
                                      ["matched", "n_real", "n_semeval"]].itertuples(index=False))
                print(f"{codebook} {lang} {f} {c!r}: {words}")
    pd.concat(tables, ignore_index=True).to_csv(Path(args.out), index=False)


if __name__ == "__main__":
    main()
