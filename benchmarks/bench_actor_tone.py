"""Cost of ``actor_tone(method="parse")`` against the default clause method, same articles, same run.

Articles: the English real articles (``load_corpus(shared/corpus/real)``, language ``en``). Both
methods run ``--repeat`` times, alternately; the table gives CPU seconds (min and median), actor
mentions per second and the ratio, plus how often the two methods give the same sign. The parser
(optional ``parser`` extra, spaCy ``en_core_web_sm`` 3.8.0) is loaded once before timing; the
parse method's time includes parsing every sentence with a mention.

Usage: python benchmarks/bench_actor_tone.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    import newsanalysis as na
    from newsanalysis._tables import shared_dir
    from newsanalysis.models import load_parser
    from newsanalysis.sentiment import actor_tone

    arts = na.load_corpus(shared_dir() / "corpus" / "real")
    arts = arts[arts["language"] == "en"].reset_index(drop=True)
    sents = na.sentences(arts)
    load_parser("en")  # model loading is a one-off cost, not part of the comparison
    actor_tone(arts.head(3), sentences=sents[sents["article_id"].isin(arts["article_id"].head(3))])  # warm caches
    t_c, t_p = [], []
    for _ in range(args.repeat):
        t0 = time.process_time()
        c = actor_tone(arts, sentences=sents)
        t1 = time.process_time()
        p = actor_tone(arts, sentences=sents, method="parse")
        t2 = time.process_time()
        t_c.append(t1 - t0)
        t_p.append(t2 - t1)
    n = len(c)
    same = float(np.mean(np.sign(c["tone"].round(4)) == np.sign(p["tone"].round(4)))) if n else float("nan")
    print(f"English articles: {len(arts)}, sentences: {len(sents)}, actor mentions: {n}, repeats: {args.repeat}, "
          "CPU time (time.process_time)")
    print("| method | CPU s (min) | CPU s (median) | mentions / s |")
    print("|---|---|---|---|")
    for name, t in (("clause (default)", t_c), ("parse (spaCy)", t_p)):
        print(f"| {name} | {min(t):.2f} | {statistics.median(t):.2f} | {n / min(t):,.0f} |")
    print(f"parse / clause CPU time: {min(t_p) / min(t_c):.1f}x (min), "
          f"{statistics.median(t_p) / statistics.median(t_c):.1f}x (median)")
    print(f"same sign of tone (negative / zero / positive) in {same:.1%} of mentions; "
          f"mean |difference| {float(np.mean(np.abs(c['tone'] - p['tone']))):.3f}")


if __name__ == "__main__":
    main()
