"""Draw wave 5 of the German sentiment gold (validation/german_sentiment, GUIDE.md "Wave 5").

150 sentences from the German records of ``corpus/real/nguyenvulebinh__trends_general.jsonl`` (records
shuffled, one sentence drawn from each of the first 150 records that have one) and 150 from the sentences
left in the German SemEval-2023 Task 3 training articles, 5-60 words, overlapping no item of waves 1-4, not
ending in a teaser's "...", no repeated sentence text; shuffled; seed 20261201; cut by
``newsanalysis.text.sentence_spans`` (German). Items are numbered from 1346.

Usage: ``python tools/sample_german_gold_wave5.py OUT.csv`` (the shared folder from $NEWSANALYSIS_SHARED,
default ../shared). OUT.csv holds ``item, source, article_id, start, end, sentence``: the sentences are
for the annotators and must not be committed (their licences forbid it). Run against labels.csv as it
was before wave 5 was added (waves 1-4), it reproduces the committed wave 5 items.
"""
import csv
import json
import os
import random
import sys
from pathlib import Path

import pandas as pd

from newsanalysis.text import sentence_spans

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSANALYSIS_SHARED", ROOT.parent / "shared"))
SEED, FIRST_ITEM, N_GENERAL, N_SEMEVAL = 20261201, 1346, 150, 150


def main(out: str) -> None:
    lab = pd.read_csv(ROOT / "validation" / "german_sentiment" / "labels.csv")
    lab = lab[lab["wave"] < 5]
    used: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for r in lab.itertuples():
        used.setdefault((r.source, str(r.article_id)), []).append((r.start, r.end))

    def eligible(text: str, s: int, e: int, src: str, aid: str) -> bool:
        t = text[s:e]
        if not (5 <= len(t.split()) <= 60) or t.rstrip().endswith(("...", "…")) or "\n" in t.strip():
            return False
        return not any(s < ue and us < e for us, ue in used.get((src, aid), []))

    rng = random.Random(SEED)
    rows: list[tuple] = []
    seen: set[str] = set()
    with open(SHARED / "corpus" / "real" / "nguyenvulebinh__trends_general.jsonl", encoding="utf-8") as f:
        recs = [json.loads(ln) for ln in f if ln.strip()]
    recs = [r for r in recs if r.get("language") == "de"]
    rng.shuffle(recs)
    for r in recs:
        if len(rows) >= N_GENERAL:
            break
        text, aid = r["text"], str(r["id"])
        cand = [(s, e) for s, e in sentence_spans(text, "de")
                if eligible(text, s, e, "trends_general", aid) and text[s:e] not in seen]
        if cand:
            s, e = rng.choice(cand)
            seen.add(text[s:e])
            rows.append(("trends_general", aid, s, e, text[s:e]))
    pool = []
    folder = SHARED / "validation" / "semeval2023_task3_framing" / "ge" / "train-articles-subtask-2"
    for p in sorted(folder.glob("article*.txt")):
        aid = p.stem[len("article"):]
        text = p.read_text(encoding="utf-8")
        pool += [("semeval", aid, s, e, text[s:e]) for s, e in sentence_spans(text, "de")
                 if eligible(text, s, e, "semeval", aid) and text[s:e] not in seen]
    rows += rng.sample(pool, N_SEMEVAL)
    rng.shuffle(rows)
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["item", "source", "article_id", "start", "end", "sentence"])
        for i, r in enumerate(rows, start=FIRST_ITEM):
            w.writerow([i, *r])
    print(f"{len(rows)} items written to {out} ({len(pool)} SemEval sentences were eligible)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tools/sample_german_gold_wave5.py OUT.csv")
    main(sys.argv[1])
