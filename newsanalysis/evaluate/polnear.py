"""Attribution relations against PolNeAR (Newell, Margolin & Ruths 2018, LREC).

Data: ``<shared>/validation/polnear/{dev,test}/{text,attributions}`` (brat
standoff; see that folder's README). Each ``E`` line links a Cue, a Content
and (usually) a Source span. Articles annotated by several people have one
``.ann`` per annotator; we score against the alphabetically first annotator
file of each article so every article counts once.

Matching (as in the GenderGapTracker evaluation, Asr et al. 2021): a
predicted relation matches a gold one when their cue spans overlap and the
character intersection-over-union of their content spans is at least the
threshold (0.3, also reported at 0.8); each gold relation is matched at most
once (greedy by IoU). A predicted content is its parts
(:func:`newsanalysis.attribution.content_spans`), as PolNeAR's discontinuous
Content spans are: '“A,” he said. “B.”' is one relation whose content is the
two quotations without "he said". ``source_correct`` is the share of matched relations
whose predicted source span overlaps the gold source span (among matches
whose gold relation has a source).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .._tables import shared_dir
from .intervals import (N_RESAMPLES, SEED, bootstrap_sums, describe_method, f1_counts, ratio, ratio_or_zero,
                        with_intervals)

THRESHOLDS = (0.3, 0.8)


def _spans(spec: str) -> list[tuple[int, int]]:
    out = []
    for frag in spec.split(";"):
        a, b = frag.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: str | Path) -> list[dict]:
    """Relations of one brat ``.ann`` file: dicts with ``cue``, ``content``, ``source`` span lists."""
    T: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    rels = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, spec = parts[1].split(" ", 1)
            T[parts[0]] = (label, _spans(spec))
    for line in lines:
        if not line.startswith("E"):
            continue
        roles = {}
        for item in line.split("\t")[1].split():
            role, tid = item.split(":")
            role = role.rstrip("0123456789")
            if tid in T:
                roles.setdefault(role, []).extend(T[tid][1])
        if "Cue" in roles and "Content" in roles:
            rels.append({"cue": roles["Cue"], "content": roles["Content"], "source": roles.get("Source", [])})
    return rels


def load_split(split: str = "dev", shared: str | Path | None = None) -> tuple[pd.DataFrame, dict[str, list[dict]]]:
    """Articles (``article_id, text, language``) and gold relations by article for ``split``.

    Raises
    ------
    ValueError
        For a split other than "dev" or "test".
    FileNotFoundError
        When the PolNeAR folder is absent.
    """
    if split not in ("dev", "test"):
        raise ValueError(f"split must be 'dev' or 'test', got {split!r}")
    root = Path(shared) if shared is not None else shared_dir()
    base = root / "validation" / "polnear" / split
    if not base.is_dir():
        raise FileNotFoundError(f"PolNeAR {split} data not found at {base}")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((base / "text").glob("*.txt"))}
    gold: dict[str, list[dict]] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem in texts and stem not in gold:
            gold[stem] = read_ann(ann)
    arts = pd.DataFrame({"article_id": list(gold), "text": [texts[k] for k in gold], "language": "en"})
    return arts, gold


def _chars(spans) -> set[int]:
    out: set[int] = set()
    for a, b in spans:
        out.update(range(a, b))
    return out


def _overlap(a, b) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b)


def score(pred: pd.DataFrame, gold: dict[str, list[dict]], threshold: float = 0.3) -> dict:
    """Precision, recall, F1 and source accuracy of ``pred`` against ``gold`` at one IoU threshold.

    Rows sharing cue and content spans count as one predicted relation whose source is all their sources
    (a coordinated subject gives one row per speaker). Matching is within an article, so the pooled figures
    are sums over articles: ``per_article`` (DataFrame, one row per gold article: ``article_id, matched,
    n_pred, n_gold, source_ok, source_n``) holds them, the counts a bootstrap over articles resamples."""
    from ..attribution import content_spans

    tp = n_pred = n_gold = src_ok = src_n = 0
    per: list[tuple] = []
    by_art = {k: g for k, g in pred.groupby("article_id")} if len(pred) else {}
    for aid, grels in gold.items():
        before = (tp, n_pred, n_gold, src_ok, src_n)
        n_gold += len(grels)
        p = by_art.get(aid)
        if p is None:
            per.append((aid, *(a - b for a, b in zip((tp, n_pred, n_gold, src_ok, src_n), before))))
            continue
        # rows with the same cue and content are one relation with several speakers ("Putin and Kim said":
        # one row per speaker for source counts); PolNeAR has one relation with both in its source
        prels, seen = [], {}
        for r in p.itertuples(index=False):
            cue = [(int(r.cue_start), int(r.cue_end))] if pd.notna(r.cue_start) else []
            src = [(int(r.source_start), int(r.source_end))] if pd.notna(r.source_start) else []
            content = content_spans(r)
            key = (tuple(cue), tuple(content))
            if cue and key in seen:
                seen[key]["source"] += src
                continue
            seen[key] = {"cue": cue, "content": content, "source": src}
            prels.append(seen[key])
        n_pred += len(prels)
        gchars = [_chars(g["content"]) for g in grels]
        cands = []
        for i, pr in enumerate(prels):
            pc = _chars(pr["content"])
            for j, g in enumerate(grels):
                if not pr["cue"] or not _overlap(pr["cue"], g["cue"]):
                    continue
                union = len(pc | gchars[j])
                iou = len(pc & gchars[j]) / union if union else 0.0
                if iou >= threshold:
                    cands.append((iou, i, j))
        used_p, used_g = set(), set()
        for iou, i, j in sorted(cands, reverse=True):
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            tp += 1
            if grels[j]["source"]:
                src_n += 1
                src_ok += bool(prels[i]["source"]) and _overlap(prels[i]["source"], grels[j]["source"])
        per.append((aid, *(a - b for a, b in zip((tp, n_pred, n_gold, src_ok, src_n), before))))
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "matched": tp, "n_pred": n_pred, "n_gold": n_gold,
            "source_correct": src_ok / src_n if src_n else float("nan"),
            "per_article": pd.DataFrame(per, columns=["article_id", "matched", "n_pred", "n_gold", "source_ok",
                                                      "source_n"])}


def intervals(per_article: dict[float, pd.DataFrame], *, n_resamples: int = N_RESAMPLES,
              seed: int = SEED) -> dict[str, tuple[float, float]]:
    """95 % percentile bootstrap intervals over articles of ``precision@t``, ``recall@t``, ``f1@t`` and
    ``source_correct`` (at 0.3), from :func:`score`'s ``per_article`` counts per threshold t.

    Each resample draws the articles with replacement and sums their matched, predicted and gold relations
    (micro figures, as the point estimate); both thresholds share the same resamples. See
    :mod:`newsanalysis.evaluate.intervals`.
    """
    ts = sorted(per_article)
    cols = ["matched", "n_pred", "n_gold", "source_ok", "source_n"]
    counts = np.hstack([per_article[t][cols].to_numpy(float) for t in ts])
    stats = {}
    for i, t in enumerate(ts):
        o = 5 * i
        stats[f"precision@{t}"] = ratio_or_zero(o, o + 1)
        stats[f"recall@{t}"] = ratio_or_zero(o, o + 2)
        stats[f"f1@{t}"] = f1_counts(o, o + 1, o + 2)
        if t == 0.3:
            stats["source_correct"] = ratio(o + 3, o + 4)
    return bootstrap_sums(counts, stats, n_resamples=n_resamples, seed=seed)


def evaluate(shared: str | Path | None = None, *, split: str = "dev", parser: bool = False,
             n_resamples: int = N_RESAMPLES) -> dict:
    """Score :func:`newsanalysis.attributions` on a PolNeAR split.

    Parameters
    ----------
    shared : path, optional
        The shared data folder (default :func:`newsanalysis._tables.shared_dir`).
    split : {"dev", "test"}
        Develop on "dev"; "test" is for the final report only.
    parser : bool
        Score ``attributions(..., parser=True)`` (rules plus the spaCy
        dependency-parse method; needs the ``parser`` extra).
    n_resamples : int
        Bootstrap resamples of the intervals (default 2,000; seed 0; see :func:`intervals`).

    Returns
    -------
    dict
        ``split``, ``parser``, ``articles``, ``n_gold``, ``n_pred``, and for each
        threshold t in (0.3, 0.8): ``precision@t``, ``recall@t``, ``f1@t``
        (floats in [0, 1]); ``source_correct`` (share of matches at 0.3 whose
        source span overlaps the gold source); after each of these figures
        ``<figure>_low`` and ``<figure>_high``, its 95 % percentile bootstrap
        interval over articles (:func:`intervals`), and ``ci_method`` (what
        was resampled, how often, the level and seed); ``by_kind``
        (DataFrame: kind, predicted, matched at 0.3, precision).

    Raises
    ------
    ValueError, FileNotFoundError
        As :func:`load_split`.
    ImportError
        With ``parser=True`` when the ``parser`` extra is not installed.
    """
    from ..attribution import attributions

    arts, gold = load_split(split, shared)
    pred = attributions(arts, parser=parser)
    out: dict = {"split": split, "parser": bool(parser), "articles": len(arts)}
    per = {}
    for t in THRESHOLDS:
        s = score(pred, gold, t)
        per[t] = s["per_article"]
        out.update({f"precision@{t}": s["precision"], f"recall@{t}": s["recall"], f"f1@{t}": s["f1"]})
        if t == 0.3:
            out.update({"n_gold": s["n_gold"], "n_pred": s["n_pred"], "source_correct": s["source_correct"]})
    rows = []
    for kind, p in pred.groupby("kind"):
        s = score(p, gold, 0.3)
        rows.append({"kind": kind, "predicted": len(p), "matched": s["matched"], "precision": s["precision"]})
    out = with_intervals(out, intervals(per, n_resamples=n_resamples))
    out["ci_method"] = describe_method("articles", len(gold), n_resamples)
    out["by_kind"] = pd.DataFrame(rows)
    return out
