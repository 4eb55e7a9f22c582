"""Validation kit: sampling, sheets round trip, Krippendorff's alpha on Krippendorff's (2011) worked examples, P/R/F1."""
import numpy as np
import pandas as pd
import pytest

from newsanalysis.validation_kit import (agreement, agreement_report, category_scores, coding_sheet,
                                         krippendorff_alpha, majority_codes, read_coding_sheets, unit_ids,
                                         write_coding_sheet)

NAN = np.nan
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units,
# missing values; published alpha: nominal 0.743, ordinal 0.815, interval 0.849.
K2011 = [[1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
         [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
         [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
         [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN]]
# Section A: two observers, binary data, 10 units; published alpha 0.095.
K2011_BINARY = [[0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
                [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]


def _coded(matrix, coders="ABCD"):
    rows = []
    for c, row in zip(coders, matrix):
        for u, v in enumerate(row):
            rows.append({"unit_id": f"u{u + 1}", "coder": c, "code": None if np.isnan(v) else str(int(v))})
    return pd.DataFrame(rows)


def test_alpha_matches_krippendorff_2011_examples():
    assert krippendorff_alpha(K2011, level="nominal", n_resamples=50)[0] == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha(K2011, level="ordinal", n_resamples=50)[0] == pytest.approx(0.815, abs=5e-4)
    assert krippendorff_alpha(K2011, level="interval", n_resamples=50)[0] == pytest.approx(0.849, abs=5e-4)
    assert krippendorff_alpha(K2011_BINARY, level="nominal", n_resamples=50)[0] == pytest.approx(0.095, abs=5e-4)


def test_agreement_table_from_coded_sheets():
    ag = agreement(_coded(K2011), level="nominal", n_resamples=300).set_index("comparison")
    row = ag.loc["coders"]
    assert row["alpha"] == pytest.approx(0.743, abs=5e-4)
    assert row["coders"] == 4 and row["units"] == 11      # unit 12 has a single value: not pairable
    assert row["alpha_low"] < row["alpha"] < row["alpha_high"] <= 1
    # percent agreement: units 1,3,4,5,7,9,10,11 agree fully, 2,6,8 do not -> 8/11
    assert row["percent_agreement"] == pytest.approx(8 / 11)
    assert "A vs B" in ag.index
    ordinal = agreement(_coded(K2011), level="ordinal", n_resamples=50).set_index("comparison")
    assert ordinal.loc["coders", "alpha"] == pytest.approx(0.815, abs=5e-4)
    # text categories in order: the same data coded as words gives the same ordinal alpha
    words = {"1": "very negative", "2": "negative", "3": "neutral", "4": "positive", "5": "very positive"}
    coded = _coded(K2011).assign(code=lambda d: d["code"].map(words))
    ow = agreement(coded, level="ordinal", categories=list(words.values()), n_resamples=50).set_index("comparison")
    assert ow.loc["coders", "alpha"] == pytest.approx(0.815, abs=5e-4)


def test_agreement_with_tool_and_seeded_interval():
    coded = _coded(K2011_BINARY, coders="AB")
    tool = pd.DataFrame({"unit_id": [f"u{i}" for i in range(1, 11)], "code": ["0", "1", "0", "0", "0", "0", "0",
                                                                               "0", "1", "0"]})
    ag = agreement(coded, tool=tool, n_resamples=200, seed=3).set_index("comparison")
    # the tool codes exactly as coder A: alpha(tool, A) = 1; alpha(tool, B) = alpha(A, B) = 0.095
    assert ag.loc["tool vs A", "alpha"] == pytest.approx(1.0)
    assert ag.loc["tool vs B", "alpha"] == pytest.approx(0.095, abs=5e-4)
    assert ag.loc["coders + tool", "coders"] == 3
    again = agreement(coded, tool=tool, n_resamples=200, seed=3)
    pd.testing.assert_frame_equal(ag.reset_index(), again)


def test_category_scores_by_hand():
    coded = pd.DataFrame({"unit_id": ["1", "2", "3", "4", "1", "2", "3", "4"], "coder": list("AAAABBBB"),
                          "code": ["pos", "pos", "neg", "neu", "pos", "pos", "neg", "neu"]})
    tool = pd.DataFrame({"unit_id": ["1", "2", "3", "4"], "code": ["pos", "neg", "neg", "neu"]})
    sc = category_scores(coded, tool).set_index("category")
    # pos: tool says pos once (right) of 2 true pos -> P 1, R 0.5, F1 2/3
    assert (sc.loc["pos", "precision"], sc.loc["pos", "recall"]) == (1.0, 0.5)
    assert sc.loc["pos", "f1"] == pytest.approx(2 / 3)
    # neg: tool says neg twice, once right -> P 0.5, R 1
    assert (sc.loc["neg", "precision"], sc.loc["neg", "recall"]) == (0.5, 1.0)
    assert sc.loc["micro avg", "f1"] == pytest.approx(3 / 4)       # 3 of 4 units right
    assert sc.loc["macro avg", "f1"] == pytest.approx((2 / 3 + 2 / 3 + 1) / 3)


def test_majority_with_tie():
    coded = pd.DataFrame({"unit_id": ["1", "1", "2", "2", "2"], "coder": ["A", "B", "A", "B", "C"],
                          "code": ["x", "y", "x", "x", "y"]})
    m = majority_codes(coded).set_index("unit_id")
    assert m.loc["1", "tie"] and pd.isna(m.loc["1", "reference"])
    assert m.loc["2", "reference"] == "x" and m.loc["2", "coders"] == 3


def _units():
    return pd.DataFrame({
        "article_id": [f"a{i}" for i in range(30)], "sentence_id": 0, "start": 0, "end": 10,
        "outlet": ["X"] * 20 + ["Y"] * 9 + ["Z"], "text": [f"sentence {i}" for i in range(30)],
        "code": ["tool says"] * 30,
    })


def test_coding_sheet_is_stratified_seeded_and_hides_tool_codes():
    sheet = coding_sheet(_units(), n=10, strata="outlet", seed=1)
    # quotas 20/30*10 = 6.67, 9/30*10 = 3, 1/30*10 = 0.33 -> floor 6, 3, 0; at least one per stratum -> 6, 3, 1
    assert sheet["outlet"].value_counts().to_dict() == {"X": 6, "Y": 3, "Z": 1}
    assert (sheet["code"] == "").all() and "tool says" not in sheet.to_string()
    assert sheet["unit_id"].str.fullmatch(r"a\d+#0").all() and sheet["row"].tolist() == list(range(1, 11))
    pd.testing.assert_frame_equal(sheet, coding_sheet(_units(), n=10, strata="outlet", seed=1))
    assert len(coding_sheet(_units(), n=100)) == 30
    with pytest.raises(ValueError, match="strata column 'country'"):
        coding_sheet(_units(), strata="country")
    with pytest.raises(ValueError, match="sentence_id"):
        unit_ids(_units().drop(columns=["sentence_id"]))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_sheet_round_trip(tmp_path, suffix):
    sheet = coding_sheet(_units(), n=4, codes=["polarity"], seed=0)
    for coder, vals in (("Ana", ["pos", "neg", "neu", "pos"]), ("Ben", ["pos", "neg", "pos", ""])):
        filled = sheet.assign(polarity=vals, coder=coder)
        write_coding_sheet(filled, tmp_path / f"{coder}{suffix}")
    coded = read_coding_sheets(sorted(tmp_path.glob(f"*{suffix}")), codes="polarity")
    assert len(coded) == 8 and set(coded["coder"]) == {"Ana", "Ben"}
    ben = coded[coded["coder"] == "Ben"]
    assert ben["polarity"].isna().sum() == 1                # the empty cell is missing, not a category
    ag = agreement(coded, code="polarity", n_resamples=50).set_index("comparison")
    assert ag.loc["coders", "units"] == 3
    out = agreement_report(coded, tmp_path / "report.html", code="polarity", n_resamples=50,
                           tool=pd.DataFrame({"unit_id": sheet["unit_id"], "polarity": ["pos"] * 4}))
    page = out.read_text(encoding="utf-8")
    assert "Krippendorff's alpha" in page and "Confusion matrix" in page


def test_read_sheet_errors(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("unit_id,coder,code\nu1,A,1\nu1,A,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unit 'u1' coded twice by coder 'A'"):
        read_coding_sheets(p)
    p.write_text("unit_id,coder\nu1,A\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lacks column"):
        read_coding_sheets(p)


def test_interval_level_needs_numbers():
    coded = pd.DataFrame({"unit_id": ["u1", "u1"], "coder": ["A", "B"], "code": ["3", "high"]})
    with pytest.raises(ValueError, match="unit 'u1': field 'code' = 'high' is not a number"):
        agreement(coded, level="interval")
