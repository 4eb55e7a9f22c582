"""Speed of the English scorer against vaderSentiment 3.3.2 on the same sentences, same run.

Sentences: the 5,190 NYT editorial snippets (read as latin-1) and every sentence of the
English real articles (``newsanalysis.sentences`` on ``load_corpus(shared/corpus/real)``).
Both scorers run alternately ``--repeat`` times; the table gives CPU seconds (min and
median), sentences per second and the ratio. The outputs are compared too.

Usage: python benchmarks/bench_sentiment.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import statistics
import time

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def load_sentences():
    import newsanalysis as na
    from newsanalysis._tables import shared_dir
    sh = shared_dir()
    path = sh / "validation" / "vader_nyt_editorials" / "nytEditorialSnippets_GroundTruth.txt"
    nyt = [ln.split("\t", 2)[2] for ln in path.read_text(encoding="latin-1").splitlines() if ln.strip()]
    arts = na.load_corpus(sh / "corpus" / "real")
    real = na.sentences(arts[arts["language"] == "en"])["text"].tolist()
    return nyt, real


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    from newsanalysis.sentiment_en import VaderScorer

    nyt, real = load_sentences()
    texts = nyt + real
    ref = SentimentIntensityAnalyzer()
    ours = VaderScorer()  # a fresh scorer: its token caches start empty in the first run
    t_ref, t_ours, t_first = [], [], None
    for k in range(args.repeat):
        t0 = time.process_time()
        a = [ref.polarity_scores(t)["compound"] for t in texts]
        t1 = time.process_time()
        b = ours.score_many(texts)[:, 0]
        t2 = time.process_time()
        t_ref.append(t1 - t0)
        t_ours.append(t2 - t1)
        if t_first is None:
            t_first = t2 - t1
    diff = float(np.max(np.abs(np.asarray(a) - b)))
    n = len(texts)
    print(f"sentences: {n} ({len(nyt)} NYT snippets + {len(real)} English real-article sentences), "
          f"repeats: {args.repeat}, CPU time (time.process_time)")
    print(f"{'scorer':<34}{'min s':>9}{'median s':>10}{'sent/s':>10}")
    for name, ts in (("vaderSentiment 3.3.2 polarity_scores", t_ref), ("newsanalysis VaderScorer.score_many", t_ours)):
        print(f"{name:<34}{min(ts):>9.3f}{statistics.median(ts):>10.3f}{n / min(ts):>10.0f}")
    print(f"first run of ours (empty caches): {t_first:.3f} s")
    print(f"speed-up (min/min): {min(t_ref) / min(t_ours):.1f}x; (median/median): "
          f"{statistics.median(t_ref) / statistics.median(t_ours):.1f}x; "
          f"first run: {statistics.median(t_ref) / t_first:.1f}x")
    print(f"max |compound difference|: {diff:.2e}")


if __name__ == "__main__":
    main()
