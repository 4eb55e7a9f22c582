"""Evaluation against PolNeAR and Redewiedergabe: the matching arithmetic by hand, and the dev runs CI does."""
import pandas as pd
import pytest

from newsanalysis.evaluate import get_evaluator
from newsanalysis.evaluate.polnear import read_ann, score


def pred_table(rows):
    cols = ["article_id", "cue_start", "cue_end", "start", "end", "source_start", "source_end", "kind"]
    df = pd.DataFrame(rows, columns=cols)
    for c in ("cue_start", "cue_end", "source_start", "source_end"):
        df[c] = df[c].astype("Int64")
    return df


GOLD = {"a": [
    {"cue": [(10, 14)], "content": [(20, 40)], "source": [(0, 9)]},
    {"cue": [(50, 54)], "content": [(60, 70)], "source": [(45, 49)]},
]}


def test_score_matches_by_cue_overlap_and_content_iou():
    pred = pred_table([
        # cue overlaps, content [20, 35) vs [20, 40): IoU 15/20 = 0.75; source overlaps
        ("a", 11, 14, 20, 35, 0, 3, "indirect"),
        # cue overlaps the second, content [60, 100) vs [60, 70): IoU 10/40 = 0.25 < 0.3: no match
        ("a", 50, 54, 60, 100, 44, 46, "indirect"),
        # no cue: never matches
        ("a", None, None, 60, 70, None, None, "direct"),
    ])
    s = score(pred, GOLD, 0.3)
    assert (s["matched"], s["n_pred"], s["n_gold"]) == (1, 3, 2)
    assert s["precision"] == pytest.approx(1 / 3) and s["recall"] == pytest.approx(0.5)
    assert s["f1"] == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))
    assert s["source_correct"] == 1.0
    assert score(pred, GOLD, 0.8)["matched"] == 0  # 0.75 < 0.8


def test_each_gold_relation_matches_once():
    pred = pred_table([("a", 10, 14, 20, 40, 100, 105, "indirect"), ("a", 12, 13, 22, 40, 0, 2, "direct")])
    s = score(pred, GOLD, 0.3)
    assert s["matched"] == 1 and s["source_correct"] == 0.0  # the exact-content one wins; its source is wrong


def test_coordinated_speakers_are_one_predicted_relation():
    # "Putin and Kim said …": two rows (one per speaker) with the same cue and content are one relation;
    # the second speaker's span (0, 3) overlaps the gold source, so the source is right
    pred = pred_table([("a", 10, 14, 20, 40, 100, 105, "indirect"), ("a", 10, 14, 20, 40, 0, 3, "indirect")])
    s = score(pred, GOLD, 0.3)
    assert (s["matched"], s["n_pred"]) == (1, 1) and s["precision"] == 1.0 and s["source_correct"] == 1.0


def test_read_ann_first_relation(shared):
    f = shared / "validation" / "polnear" / "dev" / "attributions" / \
        "breitbart_2016-09-12_stealth-over-health-hillary-clin_ef2d.ann"
    text = (shared / "validation" / "polnear" / "dev" / "text" /
            "breitbart_2016-09-12_stealth-over-health-hillary-clin.txt").read_text(encoding="utf-8")
    rel = read_ann(f)[0]
    assert text[slice(*rel["source"][0])] == "The New York Post"
    assert text[slice(*rel["cue"][0])] == "reports"


def test_polnear_dev_runs(shared):
    r = get_evaluator("attribution", "polnear")(shared, split="dev")
    assert r["articles"] == 84 and r["n_gold"] > 2000
    # floors well below the measured dev figures (docs/history/attribution.md, "Measured figures"), to catch breakage
    assert r["precision@0.3"] > 0.7 and r["recall@0.3"] > 0.4 and r["f1@0.3"] > 0.55
    assert r["source_correct"] > 0.9
    assert r["f1@0.8"] <= r["f1@0.3"]


def test_redewiedergabe_dev_runs(shared):
    r = get_evaluator("attribution", "redewiedergabe")(shared, split="dev")
    assert r["samples"] == 172 and r["gold_direct"] > 5000
    assert r["f1_direct"] > 0.71 and r["f1_indirect"] > 0.4  # round 5 dev: 0.724 / 0.428 (round 3: 0.706)


def test_bad_split():
    from newsanalysis.evaluate.polnear import load_split
    with pytest.raises(ValueError, match="split"):
        load_split("train")
