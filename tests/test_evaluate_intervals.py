"""Bootstrap intervals of the evaluation figures (session 17): behaviour worked out by hand on tiny per-unit
counts, and the real Redewiedergabe dev and German gold runs."""
import math

import numpy as np
import pandas as pd
import pytest

from newsanalysis.evaluate import describe
from newsanalysis.evaluate.intervals import (bootstrap_sums, bootstrap_units, describe_method, f1_counts,
                                             resample_weights, with_intervals)
from newsanalysis.evaluate.sentiment_gold import class_intervals, pearson_interval

F1 = {"f1": f1_counts(0, 1, 2)}  # columns: true positives, predicted, gold


def test_identical_units_collapse_onto_the_figure():
    # ten articles, each 3 matched of 4 predicted and 5 gold: every resample is ten such articles,
    # F1 = 2*30 / (40 + 50) = 2/3 whatever is drawn
    lo, hi = bootstrap_sums([[3, 4, 5]] * 10, F1)["f1"]
    assert lo == pytest.approx(2 / 3) and hi == pytest.approx(2 / 3)


def test_one_unit_gives_no_interval():
    lo, hi = bootstrap_sums([[3, 4, 5]], F1)["f1"]
    assert math.isnan(lo) and math.isnan(hi)
    assert all(math.isnan(x) for x in bootstrap_sums(np.zeros((0, 3)), F1)["f1"])


def test_micro_f1_sums_the_drawn_units_counts():
    # A: 9 of 9 right (F1 1), B: 0 of 1 (F1 0). Resamples AA -> 1 (1/4), BB -> 0 (1/4), AB -> pooled
    # 2*9 / (10 + 10) = 0.9 (1/2); a mean of per-article F1 would give 0.5 there. The 30th and 70th
    # percentiles (confidence 0.4) both fall in the middle half: 0.9.
    lo, hi = bootstrap_sums([[9, 9, 9], [0, 1, 1]], F1, confidence=0.4)["f1"]
    assert lo == pytest.approx(0.9) and hi == pytest.approx(0.9)
    # at 95 % the tails AA and BB (a quarter each) are the bounds
    assert bootstrap_sums([[9, 9, 9], [0, 1, 1]], F1)["f1"] == (0.0, 1.0)


def test_every_resample_draws_as_many_units_as_there_are():
    w = np.vstack(list(resample_weights(7, n_resamples=450, seed=0)))
    assert w.shape == (450, 7) and (w.sum(1) == 7).all() and (w >= 0).all()
    # uniform: each unit drawn once per resample on average (450 * 7 draws, about 450 each)
    assert np.allclose(w.mean(0), 1, atol=0.15)


COUNTS = [[12, 15, 20], [3, 3, 9], [0, 2, 1], [7, 8, 8], [20, 25, 31], [5, 9, 6], [1, 1, 4], [9, 10, 15],
          [4, 4, 4], [0, 0, 3], [15, 17, 19], [6, 11, 10]]


def test_interval_holds_the_estimate_and_is_deterministic():
    c = np.array(COUNTS)
    point = 2 * c[:, 0].sum() / (c[:, 1].sum() + c[:, 2].sum())  # 2*82 / (105 + 130) = 0.698
    lo, hi = bootstrap_sums(c, F1)["f1"]
    assert lo < point < hi and 0.05 < hi - lo < 0.4
    assert bootstrap_sums(c, F1)["f1"] == (lo, hi)  # seed 0 every time
    assert bootstrap_sums(c, F1, seed=1)["f1"] != (lo, hi)
    # more resamples, nearly the same interval; an invalid number is an error
    lo2, hi2 = bootstrap_sums(c, F1, n_resamples=4000)["f1"]
    assert abs(lo2 - lo) < 0.03 and abs(hi2 - hi) < 0.03
    with pytest.raises(ValueError, match="n_resamples"):
        bootstrap_sums(c, F1, n_resamples=0)


def test_a_figure_undefined_on_some_resamples_uses_the_others():
    # share of found spans: A has 2 of 2 found, B has no span (0 of 0). BB (1/4 of the resamples) has no
    # span at all and is left out; every other resample gives 1.0
    ratio = {"share": lambda s: np.divide(s[:, 0], s[:, 1], out=np.full(len(s), np.nan), where=s[:, 1] > 0)}
    assert bootstrap_sums([[2, 2], [0, 0]], ratio)["share"] == (1.0, 1.0)


def test_perfect_predictions_give_one_one():
    gold = ["negative", "neutral", "positive"] * 10
    ci = class_intervals(gold, gold)
    assert ci["macro_f1"] == (1.0, 1.0) and ci["accuracy"] == (1.0, 1.0)


def test_targets_of_one_sentence_are_resampled_together():
    # sentence s1: two targets, both right; s2: two targets, both wrong. By sentence, accuracy is 1, 0.5 or 0
    # (a quarter, a half, a quarter): the 30th-70th percentile range is 0.5-0.5. By target (four units),
    # accuracy is k/4 with k ~ Binomial(4, 1/2): 1/16, 4/16, 6/16, 4/16, 1/16, so 0.25-0.75.
    gold = ["negative", "positive", "neutral", "neutral"]
    pred = ["negative", "positive", "positive", "negative"]
    assert class_intervals(gold, pred, ["s1", "s1", "s2", "s2"], confidence=0.4)["accuracy"] == (0.5, 0.5)
    assert class_intervals(gold, pred, confidence=0.4)["accuracy"] == (0.25, 0.75)


def test_pearson_of_an_exact_line_is_one():
    x = np.arange(10, dtype=float)
    assert pearson_interval(x, 2 * x + 1) == pytest.approx((1.0, 1.0))
    assert pearson_interval(x, -x) == pytest.approx((-1.0, -1.0))


def test_units_keep_their_rows_and_share_the_draws_of_the_sums():
    # article A: two rows of value 0; B: four rows of value 1. Mean over rows: AA 0, BB 1, AB 4/6.
    values = np.array([0, 0, 1, 1, 1, 1], dtype=float)
    units = ["A", "A", "B", "B", "B", "B"]
    got = bootstrap_units(units, {"mean": lambda r: values[r].mean()}, confidence=0.4)["mean"]
    assert got == pytest.approx((4 / 6, 4 / 6))
    # the same resamples as from per-article sums (sum of values, rows): identical percentiles at 95 %
    by_rows = bootstrap_units(units, {"mean": lambda r: values[r].mean()})["mean"]
    by_sums = bootstrap_sums([[0, 2], [4, 4]], {"mean": lambda s: s[:, 0] / s[:, 1]})["mean"]
    assert by_rows == pytest.approx(by_sums)


def test_keys_sit_next_to_their_figure_and_the_description_says_how():
    out = with_intervals({"articles": 84, "f1@0.3": 0.67, "n_gold": 2192}, {"f1@0.3": (0.63391, 0.70234)})
    assert list(out) == ["articles", "f1@0.3", "f1@0.3_low", "f1@0.3_high", "n_gold"]
    assert (out["f1@0.3_low"], out["f1@0.3_high"]) == (0.6339, 0.7023)
    text = describe("attribution", "polnear", dict(out, split="dev", ci_method=describe_method("articles", 84)))
    assert "percentile bootstrap, 95 %, 2,000 resamples of the 84 articles, seed 0" in text
    assert "F1 at both thresholds" in text
    # without ci_method no interval sentence (a result of an older evaluator, or a test's fake)
    assert "bootstrap" not in describe("attribution", "polnear", {"split": "dev"})


def test_polnear_per_article_counts_add_up():
    from newsanalysis.evaluate.polnear import score
    gold = {"a": [{"cue": [(10, 14)], "content": [(20, 40)], "source": [(0, 9)]},
                  {"cue": [(50, 54)], "content": [(60, 70)], "source": [(45, 49)]}],
            "b": [{"cue": [(5, 9)], "content": [(10, 30)], "source": []}]}  # b: nothing predicted
    cols = ["article_id", "cue_start", "cue_end", "start", "end", "source_start", "source_end", "kind"]
    # a: the first relation matched (cue overlaps, content IoU 15/20 = 0.75, source overlaps); the second
    # not (content IoU 10/40 = 0.25)
    pred = pd.DataFrame([("a", 11, 14, 20, 35, 0, 3, "indirect"), ("a", 50, 54, 60, 100, 44, 46, "indirect")],
                        columns=cols)
    per = score(pred, gold, 0.3)["per_article"].set_index("article_id")
    # a: one match (IoU 0.75) of 2 predicted, 2 gold, its source right; b: 0 of 0 predicted, 1 gold
    assert per.loc["a", ["matched", "n_pred", "n_gold", "source_ok", "source_n"]].tolist() == [1, 2, 2, 1, 1]
    assert per.loc["b", ["matched", "n_pred", "n_gold", "source_ok", "source_n"]].tolist() == [0, 0, 1, 0, 0]


def test_redewiedergabe_dev_intervals(shared):
    from newsanalysis.evaluate.redewiedergabe import evaluate
    r = evaluate(shared, split="dev", n_resamples=500)
    assert "500 resamples of the 172 samples" in r["ci_method"]
    for t in ("direct", "indirect"):
        for fig in ("precision", "recall", "f1"):
            lo, x, hi = r[f"{fig}_{t}_low"], r[f"{fig}_{t}"], r[f"{fig}_{t}_high"]
            assert lo <= x <= hi, (fig, t)
        # 172 samples of very different sizes: a few points either way, far from the whole [0, 1]
        assert 0.03 < r[f"f1_{t}_high"] - r[f"f1_{t}_low"] < 0.25
    keys = list(r)
    assert keys[keys.index("f1_direct") + 1:keys.index("f1_direct") + 3] == ["f1_direct_low", "f1_direct_high"]


def test_german_gold_test_wave_intervals(shared):
    from newsanalysis.evaluate.sentiment_gold import evaluate_german
    r = evaluate_german(shared, n_resamples=500)
    assert r["test_macro_f1_low"] <= r["test_macro_f1"] <= r["test_macro_f1_high"]
    # 300 sentences: a macro-F1 moves by about +-0.06 (README: 0.48-0.60)
    assert 0.06 < r["test_macro_f1_high"] - r["test_macro_f1_low"] < 0.2
    # the positive class has fewer items than the others, so a wider interval
    name = f"test_wave{r['test_wave']}"
    assert (r[f"{name}_f1_positive_high"] - r[f"{name}_f1_positive_low"]
            > r[f"{name}_f1_negative_high"] - r[f"{name}_f1_negative_low"])
    assert f"sentences of wave {r['test_wave']}" in r["ci_method"]


def test_basil_rank_figures_as_scipy_and_scikit_learn_define_them():
    from newsanalysis.evaluate.basil import _auc, _spearman
    # ranks 1..4 against 1, 2, 4, 3: d = 0, 0, 1, 1; rho = 1 - 6 * 2 / (4 * 15) = 0.8
    assert _spearman(np.array([1.0, 2, 3, 4]), np.array([1.0, 2, 4, 3])) == pytest.approx(0.8)
    assert math.isnan(_spearman(np.array([1.0, 1]), np.array([0.0, 1])))  # one side constant
    # both positives above both negatives: 1; one tie between a positive and a negative counts half
    assert _auc(np.array([1.0, 2, 3, 4]), np.array([False, False, True, True])) == 1.0
    assert _auc(np.array([1.0, 2, 2, 4]), np.array([False, False, True, True])) == pytest.approx(3.5 / 4)
    assert math.isnan(_auc(np.array([1.0, 2]), np.array([True, True])))


def test_cli_passes_resamples_and_prints_the_interval_sentence(monkeypatch, capsys, tmp_path):
    from newsanalysis import cli, evaluate
    seen = []
    fake = {"split": "dev", "articles": 84, "f1@0.3": 0.67, "f1@0.3_low": 0.63, "f1@0.3_high": 0.70,
            "ci_method": describe_method("articles", 84, n_resamples=50)}
    monkeypatch.setattr(evaluate, "get_evaluator", lambda task, gold: lambda shared, **kw: seen.append(kw) or fake)
    (tmp_path / "validation").mkdir()
    sh = ["--shared", str(tmp_path)]
    assert cli.main(["evaluate", "attribution", "--gold", "polnear", "--split", "dev", "--resamples", "50"] + sh) == 0
    assert seen[-1]["n_resamples"] == 50
    out = " ".join(capsys.readouterr().out.split())
    assert "percentile bootstrap, 95 %, 50 resamples of the 84 articles, seed 0" in out
    assert cli.main(["evaluate", "attribution", "--gold", "polnear", "--split", "dev"] + sh) == 0
    assert "n_resamples" not in seen[-1]  # the evaluator's default (2,000)
