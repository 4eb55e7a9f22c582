"""Coverage of the design-effect Wilson interval of an attribution share (compare.ratio_share_ci) when events
are rare, for the rule that estimates a design effect only from enough events (session 15, researcher trial F6).

Articles: k (20 or 48) with 1 + Poisson(2.5) attributions each (KCNA's 169 attributions in 48 articles);
true share p; each article's share drawn from Beta(p s, (1 - p) s), s = (1 - ICC) / ICC (intra-article
correlation ICC; 0 = independent attributions). For each rule (the rarer outcome needs at least E rows in at
least A articles, else n_eff = min(k, design-effect n)), the share of 1,000 samples whose interval holds p:
overall / among the samples with 1-4 events / mean width. "current (any event)" is the rule before session 15
(the design effect from any event). Seeded: the numbers in docs/history/compare.md come from

    PYTHONPATH=. python tools/share_interval_coverage.py 1000
"""
import sys

import numpy as np

from newsanalysis.compare import _ratio_share_interval

RULES = {"current (any event)": (1, 1), "3 in 2": (3, 2), "5 in 2": (5, 2), "10 in 3": (10, 3)}


def main(reps: int = 1000) -> None:
    rng = np.random.default_rng(1)
    print("k p icc | rule: coverage overall / coverage given 1-4 events / mean width")
    for k in (20, 48):
        for p in (0.01, 0.02, 0.05, 0.2):
            for icc in (0.0, 0.1, 0.3):
                res = {r: [] for r in RULES}
                for _ in range(reps):
                    den = 1 + rng.poisson(2.5, k)
                    if icc == 0:
                        pi = np.full(k, p)
                    else:
                        s = (1 - icc) / icc
                        pi = rng.beta(p * s, (1 - p) * s, size=k)
                    num = rng.binomial(den, pi)
                    ev = num.sum()
                    for name, (me, ma) in RULES.items():
                        _, lo, hi, _, _ = _ratio_share_interval(num, den, 0.95, me, ma)
                        res[name].append((lo <= p <= hi, 1 <= ev <= 4, hi - lo))
                out = []
                for name, v in res.items():
                    v = np.array(v, dtype=float)
                    few = v[v[:, 1] == 1]
                    cf = few[:, 0].mean() if len(few) else float("nan")
                    out.append(f"{name}: {v[:, 0].mean():.3f}/{cf:.3f}/{v[:, 2].mean():.3f}")
                print(k, p, icc, " | ".join(out), flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
