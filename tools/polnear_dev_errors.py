"""PolNeAR dev error dump for the English attribution rounds (docs/history/attribution.md, "English round 12").

Scores ``newsanalysis.attributions`` on PolNeAR **dev** (never test) with the rules and with rules + parser,
on all of dev and on its two halves by document (half A: even positions in the sorted article list, half B:
odd), and writes one CSV row per unmatched gold relation (false negative) and per unmatched prediction
(false positive) with its cue, content, the nearest prediction on the same cue and a cause class:

- ``cue found, content too short|too long|misplaced``: a prediction has an overlapping cue but a content
  IoU below 0.3 (short: starts late or ends early; long: starts early or ends late);
- ``no cue: <how the gold content hangs on the cue>``: no prediction on the cue; the gold content's root is
  found in the parse (``dobj``, ``prep>pobj``, ``ccomp``, ``xcomp``, ``nsubjpass`` …) with the cue word's
  lemma and part of speech, and whether that lemma is in any list of ``resources/en/attribution_parser.yaml``.

Usage: ``python tools/polnear_dev_errors.py OUT_FOLDER`` (the shared folder from $NEWSANALYSIS_SHARED,
default ../shared; needs the ``parser`` extra). Writes ``OUT_FOLDER/errors_rules.csv`` and
``OUT_FOLDER/errors_parser.csv`` and prints the scores.
"""
import sys
from pathlib import Path

import pandas as pd
import yaml

from newsanalysis._tables import resource_path
from newsanalysis.attribution import attributions, content_spans
from newsanalysis.evaluate import polnear as P
from newsanalysis.models import load_parser


def _relations(p: pd.DataFrame) -> list[dict]:
    """Predicted relations as the scorer groups them (one per cue and content)."""
    out, seen = [], set()
    for r in p.itertuples(index=False):
        cue = [(int(r.cue_start), int(r.cue_end))] if pd.notna(r.cue_start) else []
        content = content_spans(r)  # its parts, as the scorer reads them
        key = (tuple(cue), tuple(content))
        if cue and key in seen:
            continue
        seen.add(key)
        out.append({"cue": cue, "content": content, "cue_text": r.cue, "kind": r.kind})
    return out


def _listed_lemmas() -> set[str]:
    data = yaml.safe_load(resource_path("en", "attribution_parser.yaml").read_text(encoding="utf-8"))
    out: set[str] = set()

    def walk(v):
        if isinstance(v, dict):
            for k, x in v.items():
                out.add(str(k).lower())
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, str):
            out.add(v.lower())
    for key, v in data.items():
        if key.endswith("cues") or key == "according_to":
            walk(v)
    return out


def _no_cue_class(doc, g: dict, listed: set[str]) -> tuple[str, str]:
    inside = lambda t, spans: any(a <= t.idx < b for a, b in spans)  # noqa: E731
    cue = [t for t in doc if inside(t, g["cue"])]
    con = [t for t in doc if inside(t, g["content"])]
    if not cue or not con:
        return "no cue: not in the parse", ""
    cue_i = {t.i for t in cue}
    root = next(t for t in con if not inside(t.head, g["content"]) or t.head.i == t.i)
    path, x = [], root
    for _ in range(6):
        if x.i in cue_i:
            break
        path.append(x.dep_)
        if x.head.i == x.i:
            x = None
            break
        x = x.head
    else:
        x = None
    if x is None or x.i not in cue_i:
        return f"no cue: content not governed by the cue ({root.dep_})", cue[0].lemma_.lower()
    while x.pos_ in ("ADP", "PART", "SCONJ") and x.head.i in cue_i and x.head.i != x.i:
        path.append(x.dep_)
        x = x.head  # "critical of", "worried about": the word the preposition belongs to
    lemma = x.lemma_.lower()
    how = ">".join(reversed(path)) or "the cue itself"
    return f"no cue: {x.pos_} {'listed' if lemma in listed else 'unlisted'}, content {how}", lemma


def errors(arts: pd.DataFrame, gold: dict, pred: pd.DataFrame, docs: dict, listed: set[str]) -> pd.DataFrame:
    texts = dict(zip(arts.article_id, arts.text))
    ids = list(gold)
    by_art = {k: g for k, g in pred.groupby("article_id")}
    rows = []
    for aid, grels in gold.items():
        t, prels = texts[aid], _relations(by_art[aid]) if aid in by_art else []
        gch = [P._chars(g["content"]) for g in grels]
        cands = []
        for i, pr in enumerate(prels):
            pc = P._chars(pr["content"])
            for j, g in enumerate(grels):
                if pr["cue"] and P._overlap(pr["cue"], g["cue"]):
                    union = len(pc | gch[j])
                    cands.append((len(pc & gch[j]) / union if union else 0.0, i, j))
        used_p, used_g = set(), set()
        for iou, i, j in sorted(cands, reverse=True):  # the scorer's greedy one-to-one matching
            if iou >= 0.3 and i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
        base = {"article_id": aid, "half": "AB"[ids.index(aid) % 2]}
        for j, g in enumerate(grels):
            if j in used_g:
                continue
            row = {**base, "error": "FN", "cue": " | ".join(t[a:b] for a, b in g["cue"]),
                   "source": " | ".join(t[a:b] for a, b in g["source"]),
                   "content": " | ".join(t[a:b] for a, b in g["content"])}
            near = max(((iou, i) for iou, i, jj in cands if jj == j), default=None)
            if near is not None:
                pr = prels[near[1]]
                ps, pe = pr["content"][0][0], pr["content"][-1][1]
                gs, ge = min(a for a, _ in g["content"]), max(b for _, b in g["content"])
                short, long_ = ps > gs + 2 or pe < ge - 2, ps < gs - 2 or pe > ge + 2
                row.update(cls="cue found, content " + ("misplaced" if short and long_ else "too short" if short
                                                         else "too long"),
                           predicted_content=" | ".join(t[a:b] for a, b in pr["content"]), iou=round(near[0], 3))
            else:
                row["cls"], row["lemma"] = _no_cue_class(docs[aid], g, listed)
            rows.append(row)
        for i, pr in enumerate(prels):
            if i not in used_p:
                rows.append({**base, "error": "FP", "cue": pr["cue_text"], "kind": pr["kind"],
                             "predicted_content": " | ".join(t[a:b] for a, b in pr["content"]),
                             "cls": "cue of a gold relation" if any(pr["cue"] and P._overlap(pr["cue"], g["cue"])
                                                                    for g in grels) else "no gold cue"})
    return pd.DataFrame(rows)


def main(out: str) -> None:
    arts, gold = P.load_split("dev")
    ids = list(gold)
    nlp = load_parser("en")
    docs = dict(zip(arts.article_id, nlp.pipe(arts.text)))
    listed = _listed_lemmas()
    Path(out).mkdir(parents=True, exist_ok=True)
    for parser in (False, True):
        pred = attributions(arts, parser=parser)
        for name, keep in (("dev", None), ("half A", 0), ("half B", 1)):
            g = {k: v for k, v in gold.items() if keep is None or ids.index(k) % 2 == keep}
            p = pred[pred.article_id.isin(g)]
            s3, s8 = P.score(p, g, 0.3), P.score(p, g, 0.8)
            print(f"{'rules + parser' if parser else 'rules'}, {name}: P {s3['precision']:.3f} R {s3['recall']:.3f} "
                  f"F1 {s3['f1']:.3f} | @0.8 P {s8['precision']:.3f} R {s8['recall']:.3f} F1 {s8['f1']:.3f} | "
                  f"source {s3['source_correct']:.3f} | predicted {s3['n_pred']}, matched {s3['matched']}, "
                  f"gold {s3['n_gold']}")
        err = errors(arts, gold, pred, docs, listed)
        err.to_csv(Path(out) / f"errors_{'parser' if parser else 'rules'}.csv", index=False)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
