"""Session 17: a test of exactly two groups names them, so the sign of its difference can be read.

With two groups compare_tests writes no pairwise rows; its "all" row carries a signed difference (a risk
difference, a difference in mean tone). Before, group_a and group_b of that row were empty, and a reader of
tests_by_outlet.csv or the report (KCNA against Kremlin.ru: Economic frame −0.342) could not tell which outlet
was subtracted from which."""
import warnings

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.compare import compare_tests
from newsanalysis.pipeline import AnalysisResult


def _two_outlets():
    """Zeta and Alpha, five English articles each (Alpha first in sorted order).

    Economic frame: present in Alpha 1 of 5, Zeta 4 of 5. Article tone: Alpha 0.0, 0.05, 0.1, 0.15, 0.2
    (mean 0.1); Zeta 0.1 … 0.5 (mean 0.3)."""
    ids = [f"z{i}" for i in range(5)] + [f"a{i}" for i in range(5)]
    outlet = ["Zeta"] * 5 + ["Alpha"] * 5
    arts = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "text": "x",
                         "published": pd.to_datetime(["2024-06-19"] * 10, utc=True)})
    tone = [0.1, 0.2, 0.3, 0.4, 0.5] + [0.0, 0.05, 0.1, 0.15, 0.2]
    summary = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "analysed": True,
                            "mean_compound": tone, "n_scored": 3})
    present = {"z0", "z1", "z2", "z3", "a0"}
    frames = pd.DataFrame([(a, f, True, f == "Economic" and a in present) for a in ids for f in na.GENERIC_FRAMES],
                          columns=["article_id", "frame", "analysed", "present"])
    frames["present"] = frames["present"].astype("boolean")
    att = pd.DataFrame(columns=["article_id", "anonymous", "source_type"])
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, att, summary, {"fingerprint": "t"})


def test_two_group_test_names_the_groups_in_the_order_of_its_difference():
    t = compare_tests(_two_outlets(), by="outlet", n_resamples=99)
    assert set(t["scope"]) == {"all"}  # two groups: no pairwise rows
    eco = t[(t["family"] == "frame") & (t["measure"] == "Economic")].iloc[0]
    # Alpha 1/5 = 0.2, Zeta 4/5 = 0.8: the difference −0.6 is Alpha − Zeta, and the row says so
    assert (eco["group_a"], eco["group_b"]) == ("Alpha", "Zeta")
    assert eco["difference"] == pytest.approx(0.2 - 0.8)
    tone = t[(t["family"] == "tone") & (t["measure"] == "mean_compound")].iloc[0]
    # mean tone Alpha 0.1, Zeta 0.3: −0.2 = Alpha − Zeta
    assert (tone["group_a"], tone["group_b"]) == ("Alpha", "Zeta")
    assert tone["difference"] == pytest.approx(0.1 - 0.3)


def test_three_groups_keep_the_all_row_unnamed():
    res = _two_outlets()
    arts = res.articles.copy()
    arts.loc[arts["article_id"].isin(["a3", "a4"]), "outlet"] = "Mid"
    summ = res.summary.copy()
    summ["outlet"] = arts["outlet"].values
    more = AnalysisResult(arts, res.sentences, res.sentiment, res.frames, res.frame_evidence, res.attributions,
                          summ, {"fingerprint": "t"})
    t = compare_tests(more, by="outlet", min_articles=2, n_resamples=99)
    omni = t[(t["scope"] == "all") & (t["family"] == "tone")].iloc[0]
    assert omni["groups"] == 3 and omni["group_a"] == "" and omni["group_b"] == ""


@pytest.mark.filterwarnings("ignore:Precision loss:RuntimeWarning")  # identical texts: every score equal
def test_report_names_the_two_groups_of_its_tests(tmp_path):
    from newsanalysis.report import write_report

    good = "The talks were a great success and a wonderful achievement for peace."
    bad = "The talks were a terrible failure and a disaster for peace."
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(5)] + [f"b{i}" for i in range(5)],
                         "text": [good] * 5 + [bad] * 5, "language": "en", "outlet": ["A"] * 5 + ["B"] * 5})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        write_report(na.analyze(arts), tmp_path / "rep", formats=("png",))
    page = (tmp_path / "rep" / "index.html").read_text(encoding="utf-8")
    assert "With two groups the test across all groups is their pairwise test" in page
    tests = pd.read_csv(tmp_path / "rep" / "tables" / "tests_by_outlet.csv")
    tone = tests[(tests["family"] == "tone") & (tests["measure"] == "mean_compound")].iloc[0]
    # A praises, B condemns: A − B is positive
    assert (tone["group_a"], tone["group_b"]) == ("A", "B") and tone["difference"] > 0.5
