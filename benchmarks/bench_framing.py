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


def _word_re(w):
    return r"\w*".join(re.escape(p) for p in w.strip("[]").split("*"))


def _blocked_spans(text, entries):
    """Character spans that not-cue entries leave out: a word entry blocks each word it matches; a phrase blocks
    its words (only its [bracketed] words when it has brackets), matched as words separated by non-word
    characters."""
    spans = []
    for w in entries:
        words = re.findall(r"\[?[\w*]+\]?", w)
        if len(words) == 1:
            spans += [m.span() for m in re.finditer(r"(?<!\w)" + _word_re(words[0]) + r"(?!\w)", text, re.I)]
            continue
        marked = [x.startswith("[") for x in words]
        rx = r"(?<!\w)" + r"\W+".join(f"({_word_re(x)})" for x in words) + r"(?!\w)"
        for m in re.finditer(rx, text, re.I):
            spans += [m.span(k + 1) for k in range(len(words)) if marked[k] or not any(marked)]
    return spans


def reference_hits(text, patterns, not_cues=(), frame_not_cues=None):
    out = []
    blocked = _blocked_spans(text, not_cues)
    for frame, pat, cues in patterns:
        own = blocked + _blocked_spans(text, (frame_not_cues or {}).get(frame, ()))
        for m in pat.finditer(text):
            # the codebook's not_cues (and the frame's own) never count: the token matcher skips them the same way
            if any(a < m.end() and m.start() < b for a, b in own):
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
    cb_ = _resolve("generic")
    not_cues = [w for lg, w in cb_.not_cues if lg == a.lang]
    frame_not_cues = {}
    for f, lg, w in cb_.frame_not_cues:
        if lg == a.lang:
            frame_not_cues.setdefault(f, []).append(w)
    ref = [reference_hits(t, patterns, not_cues, frame_not_cues) for t in texts]
    t2 = time.perf_counter()
    same = sum(sorted(x) == sorted(y) for x, y in zip(ours, ref))
    chars = sum(map(len, texts))
    # the reference matches each frame's longest cue first and then drops a blocked match, the token matcher
    # drops blocked words before it chooses: where a not-cue cuts a long cue, they can differ
    print(f"{len(texts)} {a.lang} articles, {chars:,} characters; same hits in {same} of {len(texts)} articles")
    print(f"token matcher: {t1 - t0:.2f} s   regex reference: {t2 - t1:.2f} s   ratio {((t2 - t1) / max(t1 - t0, 1e-9)):.0f}x")


if __name__ == "__main__":
    main()
