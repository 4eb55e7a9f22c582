"""Session 16 (researcher trial): validating frame decisions against one's own coding.

The trial researcher took frames()' boolean ``present`` as the tool's code against coders' 1/0 and got
alpha −0.36 and F1 0 without a warning. Codes are now compared after booleans become "1"/"0", a tool whose
codes share no category with the coders' raises, and frame_validation gives the per-frame table. The
figures below are worked out by hand from the small tables.
"""
import numpy as np
import pandas as pd
import pytest

from newsanalysis.validation_kit import agreement, category_scores, frame_validation

# Krippendorff (2011), section A: two observers, binary data, 10 units; published alpha 0.095.
A = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
B = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]


def _coded(col="code"):
    rows = [{"unit_id": f"u{i + 1}", "coder": c, col: v} for c, vals in (("A", A), ("B", B))
            for i, v in enumerate(vals)]
    return pd.DataFrame(rows)


def test_boolean_tool_codes_meet_integer_coder_codes():
    coded = _coded()
    tool = pd.DataFrame({"unit_id": [f"u{i + 1}" for i in range(10)], "code": [bool(v) for v in A]})
    ag = agreement(coded, tool=tool, n_resamples=50).set_index("comparison")
    # the tool codes exactly as coder A (True = 1): alpha(tool, A) = 1, alpha(tool, B) = alpha(A, B) = 0.095
    assert ag.loc["tool vs A", "alpha"] == pytest.approx(1.0)
    assert ag.loc["tool vs B", "alpha"] == pytest.approx(0.095, abs=5e-4)


def test_spreadsheet_floats_meet_text_codes():
    coded = _coded().assign(code=lambda d: d["code"].astype(float))  # 1.0 / 0.0 from a spreadsheet
    tool = pd.DataFrame({"unit_id": [f"u{i + 1}" for i in range(10)], "code": [str(v) for v in A]})
    sc = category_scores(coded.assign(coder="A").iloc[:10], tool).set_index("category")
    assert sc.loc["1", "f1"] == pytest.approx(1.0)


def test_tool_codes_sharing_no_category_raise():
    coded = _coded()
    tool = pd.DataFrame({"unit_id": [f"u{i + 1}" for i in range(10)], "code": ["yes" if v else "no" for v in A]})
    with pytest.raises(ValueError, match="share no category"):
        agreement(coded, tool=tool, n_resamples=50)
    with pytest.raises(ValueError, match="share no category"):
        category_scores(coded, tool)


def test_frame_validation_by_hand():
    # three articles, two coders, two frames
    coded = pd.DataFrame({"unit_id": ["a1", "a2", "a3"] * 2, "coder": ["A"] * 3 + ["B"] * 3,
                          "Economic": [1, 0, 1, 1, 0, 0], "Morality": [0, 0, 1, 0, 0, 1]})
    frames = pd.DataFrame({"article_id": ["a1", "a2", "a3", "a1", "a2", "a3", "a4"],
                           "frame": ["Economic"] * 3 + ["Morality"] * 3 + ["Economic"],
                           "present": [True, True, False, False, False, True, pd.NA]})
    v = frame_validation(frames, coded, n_resamples=50).set_index("frame")
    # Economic: a3 is a tie (A 1, B 0) and is left out; majority a1 = 1, a2 = 0; tool a1 True (tp), a2 True (fp)
    assert v.loc["Economic", "ties"] == 1 and v.loc["Economic", "units"] == 2
    assert (v.loc["Economic", "precision"], v.loc["Economic", "recall"]) == (0.5, 1.0)
    # Morality: coders agree everywhere (a3 = 1) and the tool too: alpha 1, P = R = 1
    assert v.loc["Morality", "alpha_coders"] == pytest.approx(1.0)
    assert v.loc["Morality", "alpha_tool"] == pytest.approx(1.0)
    assert v.loc["Morality", "f1"] == 1.0
    # micro: tp 2 (a1 Economic, a3 Morality), fp 1, fn 0 -> P 2/3, R 1
    assert v.loc["micro", "precision"] == pytest.approx(2 / 3) and v.loc["micro", "recall"] == 1.0
    # a4 (language not analysed, present NA) is not a unit
    assert v.loc["Economic", "predicted"] == 2


def test_frame_validation_rejects_codes_that_are_not_zero_one():
    coded = pd.DataFrame({"unit_id": ["a1", "a1"], "coder": ["A", "B"], "Economic": [1, 2]})
    frames = pd.DataFrame({"article_id": ["a1"], "frame": ["Economic"], "present": [True]})
    with pytest.raises(ValueError, match="'a1'.*'Economic' = '2'"):
        frame_validation(frames, coded)


def test_undefined_precision_and_recall_are_nan_not_zero():
    # a frame nobody codes and the tool never finds: precision, recall and F1 are undefined
    coded = pd.DataFrame({"unit_id": ["a1", "a2"] * 2, "coder": ["A", "A", "B", "B"],
                          "Economic": [1, 0, 1, 0], "Morality": [0, 0, 0, 0]})
    frames = pd.DataFrame({"article_id": ["a1", "a2"] * 2, "frame": ["Economic"] * 2 + ["Morality"] * 2,
                           "present": [True, False, False, False]})
    v = frame_validation(frames, coded, n_resamples=20).set_index("frame")
    assert np.isnan(v.loc["Morality", "precision"]) and np.isnan(v.loc["Morality", "recall"])
    assert np.isnan(v.loc["Morality", "f1"])
    assert v.loc["Economic", "f1"] == 1.0
    assert v.loc["macro", "f1"] == 1.0  # the mean of the defined values only


def test_a_coder_writing_only_ones_is_warned():
    coded = pd.DataFrame({"unit_id": ["a1", "a2", "a3"] * 2, "coder": ["A"] * 3 + ["B"] * 3,
                          "Economic": [1, 0, 0, 1, None, None]})
    frames = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "frame": "Economic", "present": [True, False, False]})
    with pytest.warns(UserWarning, match="coder 'B' wrote only 1 for 'Economic' and left 2 unit"):
        frame_validation(frames, coded, n_resamples=20)


def test_training_articles_of_a_classifier_are_warned():
    coded = pd.DataFrame({"unit_id": ["a1", "a2"] * 2, "coder": ["A", "A", "B", "B"], "Economic": [1, 0, 1, 0]})
    ft = pd.DataFrame({"article_id": ["a1", "a2"], "frame": "Economic", "present": [True, False],
                       "trained_on": [True, False]})
    with pytest.warns(UserWarning, match="1 of the 2 coded articles were training articles"):
        frame_validation(ft, coded, n_resamples=20)


def test_pooled_alpha_in_the_micro_row_and_no_mean_of_alphas():
    # session 17 (a reviewer): the macro row was a mean of the frames' alphas, which is no alpha. The micro row
    # now has alpha over the six (article, frame) pairs of test_frame_validation_by_hand as units, worked out by
    # hand: coders A and B disagree only on (a3, Economic); 12 values, 5 ones and 7 zeros:
    # Do = 2/12, De = 2*5*7/(12*11), alpha = 1 - 264/840 = 24/35. With the tool as a third coder (it says 1 for
    # (a2, Economic) and 0 for (a3, Economic)): 18 values, 8 ones, 10 zeros, Do = 4/18, De = 160/306,
    # alpha = 1 - 1224/2880 = 0.575.
    coded = pd.DataFrame({"unit_id": ["a1", "a2", "a3"] * 2, "coder": ["A"] * 3 + ["B"] * 3,
                          "Economic": [1, 0, 1, 1, 0, 0], "Morality": [0, 0, 1, 0, 0, 1]})
    frames = pd.DataFrame({"article_id": ["a1", "a2", "a3"] * 2, "frame": ["Economic"] * 3 + ["Morality"] * 3,
                           "present": [True, True, False, False, False, True]})
    v = frame_validation(frames, coded, n_resamples=50).set_index("frame")
    assert v.loc["micro", "alpha_coders"] == pytest.approx(24 / 35)
    assert v.loc["micro", "alpha_tool"] == pytest.approx(0.575)
    assert np.isnan(v.loc["macro", "alpha_coders"]) and np.isnan(v.loc["macro", "alpha_tool"])
    assert (v["single_coded"] == 0).all()


def test_single_coded_articles_are_counted():
    # a3 was coded by coder A only: its code is the reference without a second reading
    coded = pd.DataFrame({"unit_id": ["a1", "a2", "a3", "a1", "a2"], "coder": ["A", "A", "A", "B", "B"],
                          "Economic": [1, 0, 1, 1, 0]})
    frames = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "frame": "Economic", "present": [True, False, True]})
    v = frame_validation(frames, coded, n_resamples=20).set_index("frame")
    assert v.loc["Economic", "single_coded"] == 1 and v.loc["Economic", "units"] == 3
    assert v.loc["micro", "single_coded"] == 1
