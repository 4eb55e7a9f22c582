"""Speed of :func:`newsanalysis.attributions` against a reference measured in the same run.

Reference: :func:`newsanalysis.sentences` (Punkt splitting, which attribution needs anyway) on the same
articles. Data: the off-topic ``*_general.jsonl`` files of ``../shared/corpus/real`` (en and de items),
so the figures are about throughput on ordinary news, not about the story.

Run: ``python benchmarks/bench_attribution.py [N]`` (N articles, default 400). Prints seconds and the
ratio attribution / sentence splitting; no assertion (speed is not a test).
"""
from __future__ import annotations

import sys
import time

import newsanalysis as na
from newsanalysis._tables import shared_dir
from newsanalysis.attribution import attributions, claims


def main(n: int = 400) -> None:
    real = shared_dir() / "corpus" / "real"
    files = sorted(real.glob("*_general.jsonl"))
    arts = na.load_corpus(files, exclude=())
    arts = arts[arts["language"].isin(["en", "de"])].head(n).reset_index(drop=True)
    chars = int(arts["text"].str.len().sum())
    t0 = time.perf_counter()
    sents = na.sentences(arts)
    t1 = time.perf_counter()
    att = attributions(arts, sentences=sents)
    t2 = time.perf_counter()
    claims(arts, attributions=att)
    t3 = time.perf_counter()
    print(f"{len(arts)} articles, {chars:,} characters, {len(att)} attributions")
    print(f"sentences (reference): {t1 - t0:7.2f} s")
    print(f"attributions:          {t2 - t1:7.2f} s  ({(t2 - t1) / (t1 - t0):.1f} x reference)")
    print(f"claims:                {t3 - t2:7.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
