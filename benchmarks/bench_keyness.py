"""Benchmark: keyness on the off-topic English sample against a scikit-learn reference in the same run.

    python benchmarks/bench_keyness.py [--shared ../shared] [--articles 1500]   (PYTHONPATH=. without an install)

Reference: CountVectorizer (same lower-casing, scikit-learn's English stop
words) plus the same vectorised G² per outlet — the cost of counting words
with a C-level tokenizer. Reports seconds and the ratio; nothing is asserted.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from newsanalysis import load_corpus
from newsanalysis._tables import shared_dir
from newsanalysis.keyness import keyness, log_likelihood


def reference(articles, by="outlet", min_freq=5):
    from sklearn.feature_extraction.text import CountVectorizer

    vec = CountVectorizer(lowercase=True, stop_words="english", token_pattern=r"(?u)\b\w\w+\b")
    x = vec.fit_transform(articles["text"])
    groups = articles[by].astype(str).values
    out = 0
    for g in np.unique(groups):
        a = np.asarray(x[groups == g].sum(axis=0)).ravel()
        b = np.asarray(x[groups != g].sum(axis=0)).ravel()
        keep = a + b >= min_freq
        out += int((log_likelihood(a[keep], b[keep], a.sum(), b.sum()) > 3.84).sum())
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--shared", default=None)
    p.add_argument("--articles", type=int, default=1500)
    args = p.parse_args()
    shared = Path(args.shared) if args.shared else shared_dir()
    arts = load_corpus(shared / "corpus" / "real" / "iandennismiller__valdai-transcripts_general.jsonl")
    arts = arts.head(args.articles).assign(outlet=lambda d: np.where(np.arange(len(d)) % 3 == 0, "A", "B"))
    t0 = time.perf_counter()
    k = keyness(arts, "outlet")
    t1 = time.perf_counter()
    reference(arts)
    t2 = time.perf_counter()
    words = int(arts["text"].str.len().sum())
    print(f"{len(arts)} articles, {words:,} characters, {len(k)} keyness rows")
    print(f"keyness: {t1 - t0:.2f} s   reference (CountVectorizer + G²): {t2 - t1:.2f} s   "
          f"ratio {(t1 - t0) / (t2 - t1):.2f}")


if __name__ == "__main__":
    main()
