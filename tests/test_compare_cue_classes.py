"""Counting only some cue classes as sources (``cue_classes=``, ``--cue-classes``; branch cueclass).

Hand-written articles: outlet X has one speech row ("said"), one intention row ("decided to") and one
cognition row ("believe"); outlet Y one writing row ("reported") and one evaluation row ("defended").
"""
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.compare import check_cue_classes, reported_attributions
from newsanalysis.pipeline import AnalysisResult

TEXTS = {
    "x1": "The defence minister said that the border would stay closed.",
    "x2": "Japan decided to stage joint drills every year.",
    "x3": "Officials in Seoul believe that the missiles came from Russia.",
    "y1": "Yonhap reported that two ships had docked in Vladivostok.",
    "y2": "The minister defended the decision to close the port.",
}
OUTLET = {"x1": "X", "x2": "X", "x3": "X", "y1": "Y", "y2": "Y"}


def _result():
    arts = pd.DataFrame({"article_id": list(TEXTS), "language": "en", "text": list(TEXTS.values()),
                         "outlet": [OUTLET[k] for k in TEXTS]})
    a = na.attributions(arts)
    summary = pd.DataFrame({"article_id": list(TEXTS), "outlet": arts["outlet"], "language": "en",
                            "analysed": True, "mean_compound": [0.1, 0.2, 0.3, 0.4, 0.5], "n_scored": 1})
    frames = pd.DataFrame([(x, f, True, False) for x in TEXTS for f in na.GENERIC_FRAMES],
                          columns=["article_id", "frame", "analysed", "present"])
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, a, summary, {"fingerprint": "t"})


def test_the_articles_give_the_classes_read_off_them():
    a = _result().attributions
    assert list(zip(a["article_id"], a["cue"], a["cue_class"])) == [
        ("x1", "said", "speech"), ("x2", "decided", "intention"), ("x3", "believe", "cognition"),
        ("y1", "reported", "writing"), ("y2", "defended", "evaluation")]


def test_reported_attributions_default_counts_every_class_and_the_option_chooses():
    a = _result().attributions
    before = a.copy()
    assert len(reported_attributions(a)) == 5
    kept = reported_attributions(a, cue_classes=("speech", "writing"))
    assert kept["article_id"].tolist() == ["x1", "y1"]
    assert reported_attributions(a, cue_classes="intention, cognition")["article_id"].tolist() == ["x2", "x3"]
    pd.testing.assert_frame_equal(a, before)


def test_unknown_class_and_a_table_without_the_column_are_clear_errors():
    a = _result().attributions
    with pytest.raises(ValueError, match="'speach'.*speech, writing, cognition"):
        reported_attributions(a, cue_classes=("speach",))
    with pytest.raises(ValueError, match="empty"):
        check_cue_classes("")
    with pytest.raises(ValueError, match="no 'cue_class' column"):
        reported_attributions(a.drop(columns="cue_class"), cue_classes="speech")
    # without a selection an old table still counts every row
    assert len(reported_attributions(a.drop(columns="cue_class"))) == 5


def test_compare_shows_the_class_counts_and_counts_only_the_chosen_classes():
    res = _result()
    c = na.compare(res, by="outlet").set_index("outlet")
    # default: every class counts; the class columns show what the three X rows report
    assert c.loc["X", "attributions"] == 3 and c.loc["X", "cue_classes_left_out"] == 0
    assert c.loc["X", ["cue_speech", "cue_intention", "cue_cognition", "cue_writing"]].tolist() == [1, 1, 1, 0]
    assert c.loc["Y", ["cue_writing", "cue_evaluation", "cue_speech"]].tolist() == [1, 1, 0]
    s = na.compare(res, by="outlet", cue_classes=("speech", "writing")).set_index("outlet")
    # X: only "the defence minister said" (government); Y: only Yonhap (media)
    assert s.loc["X", "attributions"] == 1 and s.loc["X", "cue_classes_left_out"] == 2
    assert s.loc["X", "source_government"] == 1.0
    assert s.loc["Y", "attributions"] == 1 and s.loc["Y", "source_media"] == 1.0
    # the class counts describe the reported rows before the choice
    assert s.loc["X", ["cue_speech", "cue_intention", "cue_cognition"]].tolist() == [1, 1, 1]


def test_estimates_and_tests_take_the_option():
    res = _result()
    e = na.estimates(res, by="outlet", cue_classes=["speech", "writing"])
    src = e[(e["family"] == "source") & (e["measure"] == "media")].set_index("outlet")
    assert src.loc["Y", "estimate"] == 1.0 and src.loc["X", "estimate"] == 0.0
    t = na.compare_tests(res, by="outlet", min_articles=1, cue_classes="speech,writing")
    assert set(t["family"]) >= {"source"}
    with pytest.raises(ValueError, match="'talk'"):
        na.compare_tests(res, by="outlet", cue_classes="talk")


def test_report_option_counts_only_speech_and_writing(tmp_path):
    from newsanalysis.cli import main

    folder = tmp_path / "mine"
    folder.mkdir()
    for k in ("x1", "x2", "x3"):
        (folder / f"{k}.txt").write_text(f"---\ntitle: {k}\noutlet: Schoolpaper\ndate: 2024-11-20\nlanguage: en\n"
                                         "---\n" + TEXTS[k] + "\n", encoding="utf-8")
    out = tmp_path / "rep"
    assert main(["report", str(folder), "--out", str(out), "--quiet", "--formats", "png",
                 "--cue-classes", "speech,writing"]) == 0
    row = pd.read_csv(out / "tables" / "comparison_by_outlet.csv").set_index("outlet").loc["Schoolpaper"]
    assert row["attributions"] == 1 and row["cue_classes_left_out"] == 2
    assert (row["cue_speech"], row["cue_intention"], row["cue_cognition"]) == (1, 1, 1)
    page = " ".join((out / "index.html").read_text(encoding="utf-8").split())
    assert "only speech, writing count as sources (--cue-classes): 2 rows of the other classes are left out" in page
    assert "cue_intention" in page

    out2 = tmp_path / "rep2"
    assert main(["report", str(folder), "--out", str(out2), "--quiet", "--formats", "png"]) == 0
    row = pd.read_csv(out2 / "tables" / "comparison_by_outlet.csv").set_index("outlet").loc["Schoolpaper"]
    assert row["attributions"] == 3 and row["cue_classes_left_out"] == 0
    page = " ".join((out2 / "index.html").read_text(encoding="utf-8").split())
    assert "2 rows whose cue is no speech or writing" in page and "--cue-classes speech,writing" in page


def test_report_rejects_an_unknown_class_before_analysing(tmp_path, capsys):
    from newsanalysis.cli import main

    assert main(["report", str(tmp_path), "--out", str(tmp_path / "rep"), "--cue-classes", "speech,opinion"]) == 2
    assert "'opinion'" in capsys.readouterr().err
