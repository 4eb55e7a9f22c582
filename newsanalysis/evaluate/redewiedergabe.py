"""German speech and writing representation against Corpus Redewiedergabe (Brunner et al. 2020, LREC).

Data: ``<shared>/validation/redewiedergabe/main_tsv_mkhz/*.tsv`` (343
newspaper and magazine samples, 1840–1919; CC BY-NC-SA 4.0; see that
folder's README). One token a line; column ``stwr`` holds the
speech/thought/writing representation (``type.medium.id``, nested layers
joined by ``|``, combined types and media separated by spaces).

Mapping to our kinds (documented in ``docs/attribution.md``):

* gold **direct** = a layer whose type includes ``direct`` and whose medium
  includes ``speech`` or ``writing``; predicted direct = tokens inside the
  content of a ``direct`` attribution (its parts,
  :func:`newsanalysis.attribution.content_spans`: the narrator's "…“, sagte
  er, „…" between two parts of one quotation is no speech, as in the gold);
* gold **indirect** = type ``indirect`` (also combined with
  ``freeIndirect``), medium speech or writing; predicted indirect = tokens
  inside the content of an ``indirect`` or ``according_to`` attribution
  (German "laut X, …", "X zufolge …" clauses are annotated as indirect
  speech in the corpus when they carry a proposition).
* ``reported`` (narrated speech acts) and ``thought`` have no counterpart:
  our rules target speech and writing; ``reportative`` rows are not scored.

The corpus has no dev/test split of its own in the copy here; we split the
samples by sorted file name, even positions = "dev", odd = "test". The text
is rebuilt from the tokens (no space before closing punctuation) and the
corpus's ``sentstart`` column gives the sentences. Token-level precision,
recall and F1 per type, as in the corpus's own tagger evaluation.
"""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd

from .._tables import shared_dir
from .intervals import N_RESAMPLES, SEED, bootstrap_sums, describe_method, f1_counts, ratio_or_zero, with_intervals

_NO_SPACE_BEFORE = set(",.;:!?)]“‘«")
_NO_SPACE_AFTER = set("([„‚»")


def _files(shared: Path, split: str) -> list[Path]:
    if split not in ("dev", "test", "all"):
        raise ValueError(f"split must be 'dev', 'test' or 'all', got {split!r}")
    base = shared / "validation" / "redewiedergabe" / "main_tsv_mkhz"
    if not base.is_dir():
        raise FileNotFoundError(f"Redewiedergabe data not found at {base}")
    files = sorted(base.glob("*.tsv"))
    if split == "all":
        return files
    return files[0::2] if split == "dev" else files[1::2]


def read_sample(path: str | Path) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]], list[set[str]]]:
    """Rebuild one sample: text, token spans, sentence spans, gold labels per token ({"direct", "indirect"})."""
    parts: list[str] = []
    pos = 0
    spans: list[tuple[int, int]] = []
    sent_starts: list[int] = []
    labels: list[set[str]] = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        i_tok, i_ss, i_stwr = header.index("tok"), header.index("sentstart"), header.index("stwr")
        prev = ""
        for row in reader:
            if len(row) <= i_stwr:
                continue
            tok = row[i_tok]
            sep = "" if not parts or tok[:1] in _NO_SPACE_BEFORE or prev[-1:] in _NO_SPACE_AFTER else " "
            parts.append(sep)
            pos += len(sep)
            spans.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
            if row[i_ss] == "yes":
                sent_starts.append(len(spans) - 1)
            lab = set()
            for layer in row[i_stwr].split("|"):
                if layer in ("-", ""):
                    continue
                bits = layer.split(".")
                if len(bits) < 2:
                    continue
                types, media = set(bits[0].split()), set(bits[1].split())
                if not media & {"speech", "writing"}:
                    continue
                if "direct" in types:
                    lab.add("direct")
                if "indirect" in types:
                    lab.add("indirect")
            labels.append(lab)
            prev = tok
    text = "".join(parts)
    if not sent_starts or sent_starts[0] != 0:
        sent_starts.insert(0, 0)
    sents = []
    for a, b in zip(sent_starts, sent_starts[1:] + [len(spans)]):
        if b > a:
            sents.append((spans[a][0], spans[b - 1][1]))
    return text, spans, sents, labels


KIND_MAP = {"direct": "direct", "indirect": "indirect", "according_to": "indirect"}


TYPES = ("direct", "indirect")


def intervals(per_sample: pd.DataFrame, *, n_resamples: int = N_RESAMPLES,
              seed: int = SEED) -> dict[str, tuple[float, float]]:
    """95 % percentile bootstrap intervals over samples of ``precision_t``, ``recall_t`` and ``f1_t``.

    ``per_sample``: one row per sample with ``tp_t``, ``pred_t``, ``gold_t`` (token counts) for t in
    direct, indirect. Each resample draws the samples with replacement and sums their token counts (as
    the point estimate pools the tokens of the split); see :mod:`newsanalysis.evaluate.intervals`.
    """
    cols = [f"{c}_{t}" for t in TYPES for c in ("tp", "pred", "gold")]
    counts = per_sample[cols].to_numpy(float)
    stats = {}
    for i, t in enumerate(TYPES):
        o = 3 * i
        stats[f"precision_{t}"] = ratio_or_zero(o, o + 1)
        stats[f"recall_{t}"] = ratio_or_zero(o, o + 2)
        stats[f"f1_{t}"] = f1_counts(o, o + 1, o + 2)
    return bootstrap_sums(counts, stats, n_resamples=n_resamples, seed=seed)


def evaluate(shared: str | Path | None = None, *, split: str = "dev", n_resamples: int = N_RESAMPLES) -> dict:
    """Token-level F1 of :func:`newsanalysis.attributions` for direct and indirect speech/writing.

    Parameters
    ----------
    shared : path, optional
        The shared data folder (default :func:`newsanalysis._tables.shared_dir`).
    split : {"dev", "test", "all"}
        Half of the samples (see the module docstring); develop on "dev".
    n_resamples : int
        Bootstrap resamples of the intervals (default 2,000; seed 0; see :func:`intervals`).

    Returns
    -------
    dict
        ``split``, ``samples``, ``tokens``, and for t in (direct, indirect):
        ``precision_t``, ``recall_t``, ``f1_t`` (floats in [0, 1]),
        ``gold_t`` and ``pred_t`` (token counts); after each precision, recall
        and F1 its 95 % percentile bootstrap interval over samples,
        ``<figure>_low`` and ``<figure>_high`` (:func:`intervals`), and
        ``ci_method`` (what was resampled, how often, the level and seed).

    Raises
    ------
    ValueError
        For an unknown split.
    FileNotFoundError
        When the Redewiedergabe folder is absent.
    """
    from ..attribution import attributions, content_spans

    root = Path(shared) if shared is not None else shared_dir()
    files = _files(root, split)
    arts, sent_rows, meta = [], [], {}
    for f in files:
        text, spans, sents, labels = read_sample(f)
        aid = f.stem
        arts.append((aid, text, "de"))
        for i, (a, b) in enumerate(sents):
            sent_rows.append((aid, i, a, b, text[a:b], "de"))
        meta[aid] = (spans, labels)
    articles = pd.DataFrame(arts, columns=["article_id", "text", "language"])
    sentences = pd.DataFrame(sent_rows, columns=["article_id", "sentence_id", "start", "end", "text", "language"])
    pred = attributions(articles, sentences=sentences)
    counts = {t: {"tp": 0, "gold": 0, "pred": 0} for t in ("direct", "indirect")}
    n_tok = 0
    per: list[dict] = []
    by_art = dict(tuple(pred.groupby("article_id"))) if len(pred) else {}
    for aid, (spans, labels) in meta.items():
        p = by_art.get(aid)
        ranges = {"direct": [], "indirect": []}
        if p is not None:
            for r in p.itertuples(index=False):
                k = KIND_MAP.get(r.kind)
                if k:
                    ranges[k].extend(content_spans(r))
        row = {"sample": aid, **{f"{c}_{t}": 0 for t in TYPES for c in ("tp", "pred", "gold")}}
        for (a, b), lab in zip(spans, labels):
            n_tok += 1
            for t in TYPES:
                hit = any(s <= a and b <= e for s, e in ranges[t])
                row[f"pred_{t}"] += hit
                row[f"gold_{t}"] += t in lab
                row[f"tp_{t}"] += hit and t in lab
        per.append(row)
        for t in TYPES:
            for c in ("tp", "pred", "gold"):
                counts[t][c] += row[f"{c}_{t}"]
    out: dict = {"split": split, "samples": len(files), "tokens": n_tok}
    for t, c in counts.items():
        prec = c["tp"] / c["pred"] if c["pred"] else 0.0
        rec = c["tp"] / c["gold"] if c["gold"] else 0.0
        out[f"precision_{t}"] = prec
        out[f"recall_{t}"] = rec
        out[f"f1_{t}"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[f"gold_{t}"] = c["gold"]
        out[f"pred_{t}"] = c["pred"]
    out = with_intervals(out, intervals(pd.DataFrame(per), n_resamples=n_resamples))
    out["ci_method"] = describe_method("samples", len(per), n_resamples)
    return out
