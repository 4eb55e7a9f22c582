"""Draw a wave of the German sentiment gold (validation/german_sentiment, GUIDE.md "Wave 5", "Wave 6", "Wave 7").

Wave 5 and later: 150 sentences from the German records of
``corpus/real/nguyenvulebinh__trends_general.jsonl`` (records shuffled, one sentence drawn from each of the
first 150 records that have one and that no earlier wave drew from) and 150 from the sentences left in the
German SemEval-2023 Task 3 training articles, 5-60 words, overlapping no item of an earlier wave, not ending
in a teaser's "...", no repeated sentence text; shuffled; cut by ``newsanalysis.text.sentence_spans``
(German). Each wave has its own random seed and first item number (``WAVES``).

Usage: ``python tools/sample_german_gold.py WAVE OUT.csv`` (the shared folder from $NEWSANALYSIS_SHARED,
default ../shared). OUT.csv holds ``item, source, article_id, start, end, sentence``: the sentences are
for the annotators and must not be committed (their licences forbid it). Only the waves before WAVE in
labels.csv are read, so a committed wave's items are reproduced (wave 5 now: 298 of 300; the
sentence splitter has since moved the end of two trends_general sentences).
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
N_GENERAL, N_SEMEVAL = 150, 150
WAVES = {5: (20261201, 1346), 6: (20261202, 1646), 7: (20261203, 1946)}  # wave: (random seed, first item number)


def main(wave: int, out: str) -> None:
    seed, first_item = WAVES[wave]
    lab = pd.read_csv(ROOT / "validation" / "german_sentiment" / "labels.csv")
    lab = lab[lab["wave"] < wave]
    used_records = set(lab.loc[lab["source"] == "trends_general", "article_id"].astype(str))
    used: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for r in lab.itertuples():
        used.setdefault((r.source, str(r.article_id)), []).append((r.start, r.end))

    def eligible(text: str, s: int, e: int, src: str, aid: str) -> bool:
        t = text[s:e]
        if not (5 <= len(t.split()) <= 60) or t.rstrip().endswith(("...", "…")) or "\n" in t.strip():
            return False
        return not any(s < ue and us < e for us, ue in used.get((src, aid), []))

    rng = random.Random(seed)
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
        if aid in used_records:
            continue
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
        for i, r in enumerate(rows, start=first_item):
            w.writerow([i, *r])
    print(f"{len(rows)} items written to {out} ({len(pool)} SemEval sentences were eligible)")


if __name__ == "__main__":
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) not in WAVES:
        sys.exit(f"usage: python tools/sample_german_gold.py WAVE OUT.csv (WAVE one of {sorted(WAVES)})")
    main(int(sys.argv[1]), sys.argv[2])
