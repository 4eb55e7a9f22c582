"""Speed of cue matching: the token matcher of :func:`newsanalysis.frames` against a reference.

The reference is the obvious implementation: one regular expression per
frame, an alternation of :func:`newsanalysis.framing.cue_regex` patterns,
longest cue first (what the first version of the module did). Both run in the
same process on the same articles; the script checks they find the same hits
and prints the times and the ratio. Not a test (no timing in the test suite).

    python benchmarks/bench_framing.py [--n 40] [--lang de]

Data: the off-topic ``*_general.jsonl`` files of ``../shared/corpus/real``
(read at run time, never copied).
"""
from __future__ import annotations

import argparse
import re
import time

import newsanalysis as na
from newsanalysis._tables import shared_dir
from newsanalysis.framing import _is_acronym, _matchers_for, _resolve, cue_regex, load_codebook


def reference_hits(text, patterns, not_cues=()):
    out = []
    for frame, pat, cues in patterns:
        for m in pat.finditer(text):
            # the codebook's not_cues never count (the token matcher skips them the same way)
            if any(re.fullmatch(r"\w*".join(re.escape(p) for p in w.split("*")), x.lower())
                   for x in re.findall(r"\w+", m.group()) for w in not_cues):
                continue
            cue = cues[int(m.lastgroup[1:])]
            if _is_acronym(cue) and m.group() != cue:
                continue
            out.append((frame, cue, m.start(), m.end()))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--lang", default="de", choices=["de", "en"])
    a = ap.parse_args(argv)
    arts = na.load_corpus(shared_dir() / "corpus" / "real", exclude=("README*", "SOURCES*", "*.md", "*.csv"), errors="skip")
    arts = arts[arts["language"] == a.lang].head(a.n)
    texts = list(arts["text"])
    cb = load_codebook("generic")
    cb = cb[cb["language"] == a.lang]
    patterns = []
    for frame, g in cb.groupby("frame", sort=False):
        # acronym cues ("UN") match only in capitals, as in the token matcher
        cues = sorted(dict.fromkeys(c if _is_acronym(c) else c.lower() for c in g["cue"]),
                      key=lambda c: (-len(c.replace("*", "")), c))
        pat = re.compile("|".join(f"(?P<c{i}>{cue_regex(c)})" for i, c in enumerate(cues)), re.IGNORECASE)
        patterns.append((frame, pat, cues))
    matcher = _matchers_for(_resolve("generic"), a.lang)

    t0 = time.perf_counter()
    ours = [[(f, c, s, e) for f, c, _m, _w, s, e in matcher.hits(t)] for t in texts]
    t1 = time.perf_counter()
    not_cues = [w for lg, w in _resolve("generic").not_cues if lg == a.lang]
    ref = [reference_hits(t, patterns, not_cues) for t in texts]
    t2 = time.perf_counter()
    same = all(sorted(x) == sorted(y) for x, y in zip(ours, ref))
    chars = sum(map(len, texts))
    print(f"{len(texts)} {a.lang} articles, {chars:,} characters; same hits: {same}")
    print(f"token matcher: {t1 - t0:.2f} s   regex reference: {t2 - t1:.2f} s   ratio {((t2 - t1) / max(t1 - t0, 1e-9)):.0f}x")


if __name__ == "__main__":
    main()
