"""Benchmark of the whole analysis against the floor and the reference, 1k -> 100k articles.

    python benchmarks/run.py                                # sizes 1000 all 10000 100000
    python benchmarks/run.py --sizes 1000 all --n-jobs 2 --markdown bench.md

Corpus: the ~5,000 off-topic articles of ``<shared>/corpus/real/*_general.jsonl``
(``all``), a seeded sample of them (smaller sizes) or the same replicated
(larger sizes: copy k of an article gets id ``<id>~k`` and outlet
``<outlet> ~k``, so the loader's per-outlet repeated-line rule sees each copy
as the original). The corpus of each size is written as JSON Lines to a temporary
folder, then analysed in a fresh subprocess (so peak memory is that size's
own), which times, through the public functions only:

* floor: one ``re.findall(r"\\w+")`` pass over the loaded texts;
* load (``load_corpus``), sentences, sentiment, frames, attributions (each
  serial, on the whole table, given the sentences), compare (``by="outlet"``);
* reference: vaderSentiment 3.3.2 ``polarity_scores`` over the same English
  sentences, and whether ``sentiment``'s compound scores are identical;
* whole analysis: ``analyze(n_jobs=N)`` + ``compare``;
* peak memory: the subprocess's peak resident set size (``getrusage``);
  worker processes of ``n_jobs`` are not included.

Timings are wall-clock seconds of one run; they are not tests. If
``benchmarks/bench_sentiment.py`` exists, it is run afterwards as its own
command and its output printed.
"""
from __future__ import annotations

import argparse
import gc
import json
import math
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ["load", "sentences", "sentiment", "frames", "attributions", "compare"]


def _import_na():
    try:
        import newsanalysis  # noqa: F401
    except ImportError:  # running from a checkout that is not installed
        sys.path.insert(0, str(ROOT))
    import newsanalysis as na
    return na


def _base_records(shared: Path) -> list[dict]:
    files = sorted((shared / "corpus" / "real").glob("*_general.jsonl"))
    if not files:
        raise SystemExit(f"no *_general.jsonl under {shared / 'corpus' / 'real'} (set --shared or NEWSANALYSIS_SHARED)")
    recs = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            recs.extend(json.loads(line) for line in fh if line.strip())
    return recs


def _records(base: list[dict], n: int) -> list[dict]:
    if n <= len(base):
        idx = sorted(random.Random(0).sample(range(len(base)), n))
        return [base[i] for i in idx]
    out = []
    for k in range(math.ceil(n / len(base))):
        for r in base:
            if len(out) == n:
                return out
            if k:
                r = dict(r, id=f"{r['id']}~{k}", outlet=f"{r.get('outlet')} ~{k}")
            out.append(r)
    return out


def _rss_mb():
    """Current resident set size in MB (Linux), else None."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


class TreeMemory:
    """Samples (every 0.2 s, in a thread) the summed resident memory of this process and all its
    descendants (worker processes, the fork server): the peak the machine had to hold."""

    def __init__(self):
        import threading

        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _tree_mb() -> float:
        me, parents, rss = os.getpid(), {}, {}
        for d in Path("/proc").iterdir():
            if not d.name.isdigit():
                continue
            try:
                stat = (d / "stat").read_text()
                status = (d / "status").read_text()
            except OSError:
                continue
            parents[int(d.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            if "VmRSS:" in status:
                rss[int(d.name)] = int(status.split("VmRSS:")[1].split()[0]) / 1024
        total = 0.0
        for pid, kb in rss.items():
            p = pid
            while p and p != me:
                p = parents.get(p, 0)
            if p == me:
                total += kb
        return total

    def _run(self):
        while not self._stop.wait(0.2):
            self.peak_mb = max(self.peak_mb, self._tree_mb())

    def __enter__(self):
        if Path("/proc/self/status").exists():
            self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        return False


def _timed(fn):
    gc.collect()
    t, c = time.perf_counter(), time.process_time()
    out = fn()
    _timed.cpu = time.process_time() - c  # CPU seconds of this process: robust when the machine is shared
    return out, time.perf_counter() - t


def _stage(fig: dict, key: str, fn):
    """Run ``fn``; record its wall seconds as ``fig[key]`` and its CPU seconds as ``fig["cpu_" + key]``."""
    out, fig[key] = _timed(fn)
    fig["cpu_" + key] = _timed.cpu
    return out


def write_corpus_file(shared: Path, size: int, path: Path) -> int:
    """Write ``size`` articles (sampled or replicated) as JSON Lines to ``path``; return the count."""
    recs = _records(_base_records(shared), size)
    with path.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(recs)


def child(path: Path, n_jobs: int, n_resamples: int, stages: bool = True, comparison: bool = True,
          stream: bool = False) -> dict:
    """Run one size; return its figures (called in a fresh process).

    With ``stages=False`` only the floor, load, the whole analysis and peak
    memory are measured (the stage-by-stage and reference lines are None).
    With ``stream`` the whole analysis is ``analyze_to_parquet`` (tables
    written per 5,000 articles to a temporary folder) and ``compare_results``
    instead of ``analyze`` and ``compare`` in memory.
    """
    with TreeMemory() as tree:
        fig = _child(path, n_jobs, n_resamples, stages, comparison, stream)
    fig["peak_tree_mb"] = tree.peak_mb or None
    return fig


def _child(path: Path, n_jobs: int, n_resamples: int, stages: bool, comparison: bool, stream: bool) -> dict:
    na = _import_na()

    fig: dict = {"n_jobs": n_jobs, "mode": "stream" if stream else "memory"}
    arts = _stage(fig, "load", lambda: na.load_corpus(path, errors="skip"))
    fig["articles"] = len(arts)
    fig["rss_after_load_mb"] = _rss_mb()
    texts = arts["text"].tolist()
    fig["text_mb"] = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    word = re.compile(r"\w+")
    def floor():  # one pass; the word lists are dropped at once, so they add nothing to the peak memory
        for t in texts:
            word.findall(t)
    _ = _stage(fig, "floor", floor)
    del texts
    if stages:
        _stages(na, arts, fig)
    else:
        fig.update({k: None for k in ("sentences", "sentiment", "frames", "attributions", "vader",
                                      "n_sentences", "en_sentences", "compound_identical", "compound_max_abs_diff")})

    if stream:
        from newsanalysis.distributed import analyze_to_parquet, compare_results

        out = Path(tempfile.mkdtemp(prefix="newsanalysis-bench-out-"))
        parts = _stage(fig, "analyze", lambda: analyze_to_parquet(arts, out, n_jobs=n_jobs, progress=True))
        if not stages:
            fig["n_sentences"] = int(parts["sentences"].sum())
        fig["outlets"] = int(arts["outlet"].nunique())
        del arts
        fig["peak_rss_analyze_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if comparison:
            _ = _stage(fig, "compare", lambda: compare_results(out, by="outlet", n_resamples=n_resamples))
        else:
            fig["compare"] = None
        import shutil

        shutil.rmtree(out, ignore_errors=True)
    else:
        res = _stage(fig, "analyze", lambda: na.analyze(arts, n_jobs=n_jobs, progress=True))
        if not stages:
            fig["n_sentences"] = len(res.sentences)
        fig["peak_rss_analyze_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if comparison:
            _ = _stage(fig, "compare", lambda: na.compare(res, by="outlet", n_resamples=n_resamples))
        else:
            fig["compare"] = None
        fig["outlets"] = int(res.articles["outlet"].nunique())
    fig["whole"] = fig["analyze"] + (fig["compare"] or 0.0)
    fig["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    return fig


def _stages(na, arts, fig: dict) -> None:
    """Each stage on its own (serial) and the vaderSentiment reference."""
    import numpy as np

    sents = _stage(fig, "sentences", lambda: na.sentences(arts))
    fig["n_sentences"] = len(sents)
    senti = _stage(fig, "sentiment", lambda: na.sentiment(arts, sentences=sents))
    _ = _stage(fig, "frames", lambda: na.frames(arts, sentences=sents))
    _ = _stage(fig, "attributions", lambda: na.attributions(arts, sentences=sents))

    # reference: vaderSentiment on the same English sentences
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    en = (sents["language"] == "en").to_numpy()
    en_texts = sents.loc[en, "text"].tolist()
    fig["en_sentences"] = len(en_texts)

    def vader():
        sia = SentimentIntensityAnalyzer()
        return [sia.polarity_scores(s)["compound"] for s in en_texts]

    ref = _stage(fig, "vader", vader)
    ours = senti.loc[en, "compound"].to_numpy(dtype=float)
    ref = np.asarray(ref, dtype=float)
    fig["compound_identical"] = bool(len(ours) == len(ref) and np.array_equal(ours, ref))
    fig["compound_max_abs_diff"] = float(np.max(np.abs(ours - ref))) if len(ref) and len(ours) == len(ref) else None
    del sents, senti, en_texts, ref, ours


def _size_arg(s: str) -> str:
    if s != "all" and not s.isdigit():
        raise argparse.ArgumentTypeError(f"a size is a number of articles or 'all', got {s!r}")
    return s


def _fmt(x, nd=1):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    return f"{x:.{nd}f}" if isinstance(x, float) else str(x)


def table(results: list[dict]) -> str:
    """The figures as Markdown tables (one column per size)."""
    lines = []
    sizes = [r["articles"] for r in results]
    head = "| | " + " | ".join(f"{n:,} articles" for n in sizes) + " |"
    sep = "|---|" + "---:|" * len(sizes)

    def row(label, key=None, fn=None, nd=1):
        vals = [fn(r) if fn else r.get(key) for r in results]
        lines.append(f"| {label} | " + " | ".join(_fmt(v, nd) for v in vals) + " |")

    lines += [head, sep]
    row("text (MB, UTF-8)", "text_mb")
    row("sentences", "n_sentences")
    row("floor: `re.findall(r\"\\w+\")` (s)", "floor", nd=2)
    for st in STAGES:
        row(f"{st} (s)", st, nd=2)
    row("reference: vaderSentiment on the English sentences (s)", "vader", nd=2)
    row("whole analysis: `analyze(n_jobs=N)` + `compare` (s; without compare where it is n/a)", "whole", nd=2)
    row("N (processes)", "n_jobs")
    row("results held in memory or streamed to Parquet (`analyze_to_parquet`)", "mode")
    lines.append("| CPU seconds of the benchmark process (robust when other jobs share the machine): | |" + " |" * (len(sizes) - 1))
    for st in ["floor", "load"] + STAGES[1:-1] + ["vader"]:
        row(f"CPU: {st} (s)", fn=lambda r, st=st: r.get("cpu_" + st), nd=2)
    row("CPU: stages one by one (sentences + sentiment + frames + attributions) / floor",
        fn=lambda r: sum(r["cpu_" + s] for s in STAGES[1:-1]) / r["cpu_floor"]
        if r.get("cpu_sentences") is not None else None)
    row("CPU: load + stages one by one / floor",
        fn=lambda r: (r["cpu_load"] + sum(r["cpu_" + s] for s in STAGES[1:-1])) / r["cpu_floor"]
        if r.get("cpu_sentences") is not None else None)
    row("whole analysis / floor (target <= 15)", fn=lambda r: r["whole"] / r["floor"])
    row("load + whole analysis / floor", fn=lambda r: (r["load"] + r["whole"]) / r["floor"])
    row("stages run one by one (serial, load excluded) / floor",
        fn=lambda r: sum(r[s] for s in STAGES[1:]) / r["floor"] if r["sentences"] is not None else None)
    row("vaderSentiment (English only) / our whole sentiment stage (English and German, voice split, "
        "explanations); the scorer alone: bench_sentiment.py below",
        fn=lambda r: r["vader"] / r["sentiment"] if r["sentiment"] else None, nd=2)
    row("English compound scores identical to vaderSentiment", "compound_identical")
    row("memory after load_corpus (MB, main process)", fn=lambda r: r.get("rss_after_load_mb"), nd=0)
    row("peak memory up to the end of analyze (MB, main process)", fn=lambda r: r.get("peak_rss_analyze_mb"), nd=0)
    row("peak memory (MB, main process)", "peak_rss_mb", nd=0)
    row("peak memory (MB, all processes: main + workers + fork server, sampled)", "peak_tree_mb", nd=0)
    row("limit: 2 x text + 500 MB", fn=lambda r: 2 * r["text_mb"] + 500, nd=0)
    if len(results) > 1:
        lines += ["", "Scaling: seconds per 1,000 articles, and the exponent b of time ~ articles^b "
                  "between the smallest and the largest size measured (1 = linear).", ""]
        lines += ["| stage | " + " | ".join(f"{n:,}" for n in sizes) + " | b |", "|---|" + "---:|" * (len(sizes) + 1)]
        for st in ["floor"] + STAGES + ["vader", "analyze", "whole"]:
            def val(r, st=st):  # "whole" without compare is not comparable with "whole" with it
                return None if st == "whole" and r["compare"] is None else r[st]
            per = [1000 * val(r) / r["articles"] if val(r) is not None else None for r in results]
            have = [r for r in results if val(r)]
            a, z = (have[0], have[-1]) if have else (None, None)
            b = (math.log(val(z) / val(a)) / math.log(z["articles"] / a["articles"])
                 if have and z["articles"] != a["articles"] else None)
            lines.append(f"| {st} | " + " | ".join(_fmt(p, 3) for p in per) + f" | {_fmt(b, 2)} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", nargs="+", type=_size_arg, default=["1000", "all", "10000", "100000"],
                   help="numbers of articles, or 'all' for the whole off-topic corpus (default: 1000 all 10000 100000)")
    p.add_argument("--n-jobs", type=int, default=os.cpu_count() or 1, help="processes for analyze (default: every CPU)")
    p.add_argument("--n-resamples", type=int, default=2000, help="bootstrap resamples of compare (default 2000)")
    p.add_argument("--stages-up-to", type=int, default=None,
                   help="time the stages one by one and the vaderSentiment reference only up to this many "
                        "articles; larger sizes get the floor, load, whole analysis and memory (default: all sizes)")
    p.add_argument("--compare-up-to", type=int, default=None,
                   help="time compare only up to this many articles (its cost grows with outlets x articles); "
                        "larger sizes report the whole analysis without it (default: all sizes)")
    p.add_argument("--stream-from", type=int, default=None,
                   help="from this many articles on, run the whole analysis as analyze_to_parquet + "
                        "compare_results (bounded memory) instead of analyze + compare in memory")
    p.add_argument("--shared", default=None, help="shared data folder (default: $NEWSANALYSIS_SHARED or ../shared)")
    p.add_argument("--markdown", default=None, help="also write the table to this file")
    p.add_argument("--json", default=None, help="also write the raw figures to this file")
    p.add_argument("--from-json", nargs="+", default=None,
                   help="print the table from figures saved earlier with --json (no run)")
    p.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args.from_json:
        results = [r for f in args.from_json for r in json.loads(Path(f).read_text(encoding="utf-8"))]
        print(table(sorted(results, key=lambda r: r["articles"])))
        return 0
    na = _import_na()
    from newsanalysis._tables import shared_dir

    if args.child is not None:
        path = Path(args.child)
        n = sum(1 for _ in path.open(encoding="utf-8"))
        stages = args.stages_up_to is None or n <= args.stages_up_to
        comparison = args.compare_up_to is None or n <= args.compare_up_to
        stream = args.stream_from is not None and n >= args.stream_from
        print(json.dumps(child(path, args.n_jobs, args.n_resamples, stages, comparison, stream)))
        return 0

    shared = Path(args.shared) if args.shared else shared_dir()
    n_base = len(_base_records(shared))
    sizes = [n_base if s == "all" else int(s) for s in args.sizes]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    results = []
    for n in sizes:
        print(f"[bench] {n:,} articles (newsanalysis {na.__version__}, n_jobs={args.n_jobs}) ...", file=sys.stderr, flush=True)
        t = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="newsanalysis-bench-") as tmp:
            path = Path(tmp) / "bench.jsonl"
            write_corpus_file(shared, n, path)  # here, so that the subprocess's memory is the analysis's own
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(path),
                 "--n-jobs", str(args.n_jobs), "--n-resamples", str(args.n_resamples)]
                + (["--stages-up-to", str(args.stages_up_to)] if args.stages_up_to is not None else [])
                + (["--compare-up-to", str(args.compare_up_to)] if args.compare_up_to is not None else [])
                + (["--stream-from", str(args.stream_from)] if args.stream_from is not None else []),
                stdout=subprocess.PIPE, text=True, env=env, check=True)
        fig = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(fig)
        print(f"[bench] {n:,} articles done in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    text = table(results)
    print(text)
    if args.markdown:
        Path(args.markdown).write_text(text + "\n", encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")

    bench_sentiment = Path(__file__).with_name("bench_sentiment.py")
    if bench_sentiment.exists():
        print(f"\n## {bench_sentiment.name} (sentiment module's own benchmark)\n", flush=True)
        subprocess.run([sys.executable, str(bench_sentiment)], env=env, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
