"""Peak memory of load_corpus on a large generated JSON Lines file, against references in the same run.

Usage: python benchmarks/bench_load_memory.py [--size-mb 1024] [--dir DIR]

Writes a JSON Lines file of about SIZE MB of synthetic English articles (a
fixed vocabulary, seed 1), then measures in a fresh process each the peak
memory allocated by Python (tracemalloc; the texts are Python objects) while
running, above what was allocated before, of:

* ``json_list``: json.loads of every line into one list (the least any
  loader that keeps the texts needs: one copy of the text),
* ``pandas_read_json``: ``pd.read_json(path, lines=True)``,
* ``load_corpus``: ``newsanalysis.load_corpus(path, flag_duplicates=False)``,
* ``load_corpus_dedup``: the same with duplicate and wire-copy flags.

Prints one row per method: peak MB above the baseline (libraries and
py3langid's model are loaded before), that peak divided by the characters of
text (an ASCII ``str`` takes one byte a character, so 1.0 is one copy), and
seconds (slowed by tracemalloc).
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOCAB = ("russia north korea pyongyang moscow kremlin treaty leader summit troops missile sanctions talks "
         "minister foreign defence agreement cooperation military economic said officials reported week "
         "the a of and to in on for with by from that which was were has had will would could").split()

METHODS = {
    "json_list": "import json\nrows=[json.loads(l) for l in open(P, encoding='utf-8')]\nn=len(rows)",
    "pandas_read_json": "import pandas as pd\ndf=pd.read_json(P, lines=True)\nn=len(df)",
    "load_corpus": f"import sys; sys.path.insert(0, {str(ROOT)!r})\nimport newsanalysis as na\n"
                   "df=na.load_corpus(P, flag_duplicates=False)\nn=len(df)",
    "load_corpus_dedup": f"import sys; sys.path.insert(0, {str(ROOT)!r})\nimport newsanalysis as na\n"
                         "df=na.load_corpus(P)\nn=len(df)",
}

RUNNER = """
import time, gc, tracemalloc
P = {path!r}
import json, pandas, numpy  # noqa
try:  # the language model (~80 MB) is a fixed cost, not a copy of the text: loaded before measuring
    import sys; sys.path.insert(0, {root!r})
    import newsanalysis, newsanalysis.dedup, datasketch  # noqa
    newsanalysis.corpus._identifier()
except ImportError:
    pass
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
t = time.perf_counter()
{code}
dt = time.perf_counter() - t
cur, peak = tracemalloc.get_traced_memory()
print(base, peak, dt, n)
"""


def generate(path: Path, size_mb: float) -> tuple[int, int]:
    rnd = random.Random(1)
    target = int(size_mb * 1024 * 1024)
    written = chars = n = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < target:
            words = rnd.choices(VOCAB, k=700)
            sents = [" ".join(words[i:i + 14]).capitalize() + "." for i in range(0, 700, 14)]
            text = " ".join(sents)
            line = json.dumps({"id": f"g{n}", "outlet": f"Outlet {n % 50}", "date": "2024-06-19T10:00:00+09:00",
                               "language": "en", "title": f"Article {n}", "text": text}) + "\n"
            fh.write(line)
            written += len(line)
            chars += len(text)
            n += 1
    return n, chars


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=float, default=1024)
    ap.add_argument("--dir", default=None)
    ap.add_argument("--methods", default=",".join(METHODS))
    args = ap.parse_args()
    d = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="na_bench_"))
    path = d / "big.jsonl"
    t = time.perf_counter()
    n, chars = generate(path, args.size_mb)
    print(f"generated {path}: {n} articles, {chars / 1e6:.1f} M characters of text, "
          f"{path.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - t:.1f} s")
    print(f"{'method':20s} {'peak MB':>9s} {'x text':>7s} {'seconds':>8s}")
    for name in args.methods.split(","):
        out = subprocess.run([sys.executable, "-c", RUNNER.format(path=str(path), code=METHODS[name], root=str(ROOT))],
                             capture_output=True, text=True)
        if out.returncode:
            print(f"{name:20s} failed: {out.stderr.strip().splitlines()[-1]}")
            continue
        base, peak, dt, rows = out.stdout.split()
        mb = (int(peak) - int(base)) / 1024 / 1024
        print(f"{name:20s} {mb:9.1f} {mb * 1024 * 1024 / chars:7.2f} {float(dt):8.1f}")
    path.unlink()


if __name__ == "__main__":
    main()
