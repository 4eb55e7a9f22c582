"""Speed of ``attributions(parser=True)`` against the rules alone, measured in the same run.

Data: the 84 PolNeAR dev articles (``<shared>/validation/polnear/dev``; English political news). Times,
on the same articles and the same sentence table: the rules alone (the reference), and rules plus the
spaCy dependency-parse method (model loading timed apart). CPU seconds are printed beside wall seconds
(the shared machine makes wall-clock ratios swing).

Run: ``python benchmarks/bench_attribution_parser.py``. Needs the ``parser`` extra; prints, asserts nothing.
"""
from __future__ import annotations

import time

import newsanalysis as na
from newsanalysis.attribution import attributions
from newsanalysis.evaluate.polnear import load_split
from newsanalysis.models import load_parser


def _timed(fn):
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w, time.process_time() - c


def main() -> None:
    arts, _ = load_split("dev")
    sents = na.sentences(arts)
    chars = int(arts["text"].str.len().sum())
    _, wl, cl = _timed(lambda: load_parser("en"))
    rules, wr, cr = _timed(lambda: attributions(arts, sentences=sents))
    parsed, wp, cp = _timed(lambda: attributions(arts, sentences=sents, parser=True))
    n = len(arts)
    print(f"{n} articles, {chars:,} characters")
    print(f"model load:           {wl:7.2f} s wall {cl:7.2f} s CPU (once per process)")
    print(f"rules (reference):    {wr:7.2f} s wall {cr:7.2f} s CPU  {n / wr:6.1f} articles/s  {len(rules)} relations")
    print(f"rules + parser:       {wp:7.2f} s wall {cp:7.2f} s CPU  {n / wp:6.1f} articles/s  {len(parsed)} relations"
          f"  ({cp / cr:.1f} x reference CPU)")


if __name__ == "__main__":
    main()
