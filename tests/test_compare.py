import numpy as np
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.compare import bootstrap_mean_ci, frame_shares_long, source_mix_long
from newsanalysis.pipeline import AnalysisResult


def _result():
    """Three outlets worked out by hand: A has two English articles, B one German, C one Korean."""
    arts = pd.DataFrame({
        "article_id": ["a1", "a2", "b1", "c1"],
        "outlet": ["A", "A", "B", "C"],
        "language": ["en", "en", "de", "ko"],
        "published": pd.to_datetime(["2024-06-19", "2024-07-01", "2024-06-20", None], utc=True),
        "text": ["x", "y", "z", "w"],
    })
    summary = pd.DataFrame({
        "article_id": ["a1", "a2", "b1", "c1"], "outlet": ["A", "A", "B", "C"],
        "language": ["en", "en", "de", "ko"], "analysed": [True, True, True, False],
        "mean_compound": [0.5, -0.1, -0.4, np.nan], "n_scored": [4, 6, 3, np.nan],
    })
    frames = pd.DataFrame({
        "article_id": ["a1", "a1", "a2", "a2", "b1", "b1", "c1", "c1"],
        "frame": ["Economic", "Political"] * 4,
        "analysed": [True] * 6 + [False] * 2,
        "present": pd.array([True, False, True, True, False, True, None, None], dtype="boolean"),
    })
    att = pd.DataFrame({
        "article_id": ["a1", "a1", "a2", "b1"],
        "anonymous": [True, False, False, True],
        "source_type": ["government", "expert", "government", "media"],
    })
    empty = pd.DataFrame()
    return AnalysisResult(arts, empty, empty, frames, empty, att, summary, {"fingerprint": "t"})


def test_compare_by_outlet_hand_computed():
    cmp = na.compare(_result(), by="outlet").set_index("outlet")
    assert cmp.loc["A", "articles"] == 2 and cmp.loc["C", "articles"] == 1
    assert cmp.loc["A", "analysed_articles"] == 2 and cmp.loc["C", "analysed_articles"] == 0
    assert cmp.loc["A", "sentences_analysed"] == 10
    assert cmp.loc["A", "mean_compound"] == pytest.approx(0.2)          # (0.5 - 0.1) / 2
    # Student t over the two article means: sd = 0.6/sqrt(2) = 0.4243, se = 0.3, t(0.975, 1) = 12.706
    # -> 0.2 -/+ 3.81, clipped to the scale [-1, 1] and said so
    assert cmp.loc["A", "compound_low"] == -1.0 and cmp.loc["A", "compound_high"] == 1.0
    assert "clipped to [-1, 1]" in cmp.loc["A", "warning"]
    # the note says it is about the tone interval, not the anonymous share's (same row)
    assert cmp.loc["A", "warning"].startswith("tone interval: ")
    # one article: no interval (never the zero-width [-0.4, -0.4])
    assert np.isnan(cmp.loc["B", "compound_low"]) and np.isnan(cmp.loc["B", "compound_high"])
    assert cmp.loc["B", "mean_compound"] == pytest.approx(-0.4)
    assert np.isnan(cmp.loc["C", "mean_compound"])                      # not analysed: NaN, not 0
    assert cmp.loc["A", "frame_Economic"] == 1.0 and cmp.loc["A", "frame_Political"] == 0.5
    assert np.isnan(cmp.loc["C", "frame_Economic"])
    assert cmp.loc["A", "anonymous_share"] == pytest.approx(1 / 3)
    assert cmp.loc["A", "source_government"] == pytest.approx(2 / 3)
    assert cmp.loc["B", "source_media"] == 1.0
    assert "only 2 analysed" in cmp.loc["A", "warning"]
    assert cmp.loc["C", "warning"] == "not analysed (language ko)"        # not "interval unreliable"


def test_compare_by_month_and_unknown_column():
    cmp = na.compare(_result(), by="month").set_index("month")
    assert cmp.loc["2024-06", "articles"] == 2 and cmp.loc["(unknown)", "articles"] == 1
    with pytest.raises(KeyError, match="nonexistent"):
        na.compare(_result(), by="nonexistent")


def test_bootstrap_is_seeded_and_degenerate_cases():
    x = [0.1, 0.4, -0.2, 0.3, 0.0, 0.5]
    assert bootstrap_mean_ci(x, seed=1) == bootstrap_mean_ci(x, seed=1)
    m, lo, hi = bootstrap_mean_ci(x)
    assert m == pytest.approx(1.1 / 6)  # 0.1 + 0.4 - 0.2 + 0.3 + 0 + 0.5 and lo < m < hi and lo >= -0.2 and hi <= 0.5
    assert bootstrap_mean_ci([0.3]) == (0.3, 0.3, 0.3)
    assert all(np.isnan(v) for v in bootstrap_mean_ci([]))


def test_long_reshapes():
    cmp = na.compare(_result())
    fl = frame_shares_long(cmp)
    # each group's size and languages ride along, for the heatmap's n and language blocks
    # the frames of the table only (session 16: no empty columns for generic frames it does not hold)
    assert set(fl.columns) == {"outlet", "analysed_articles", "languages", "frame", "share"} and len(fl) == 3 * 2
    sl = source_mix_long(cmp)
    assert sl.loc[(sl.outlet == "B") & (sl.source_type == "media"), "share"].item() == 1.0


def test_story_frames_are_tested_on_request():
    """compare_tests(story_frames=True) adds the family ``story_frame``: six articles of outlet A report North
    Korean troops in Russia (Troop_deployment present: "troops", "soldiers", weight >= 2, both sides named),
    six of outlet B report trade talks of other countries (no story frame: the anchor is missing), so the
    Troop_deployment test compares 6 of 6 with 0 of 6 (Fisher's exact test: p = 2 / C(12, 6) = 0.0022)."""
    a = "North Korea has sent troops to Russia. The soldiers are in Kursk, officials said."
    b = "France and Spain held trade talks in Paris. The ministers discussed exports."
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(6)] + [f"b{i}" for i in range(6)],
                         "text": [a] * 6 + [b] * 6, "language": "en", "outlet": ["A"] * 6 + ["B"] * 6})
    res = na.analyze(arts)
    plain = na.compare_tests(res, by="outlet", n_resamples=99, n_cluster_resamples=99)
    assert "story_frame" not in set(plain["family"])
    t = na.compare_tests(res, by="outlet", story_frames=True, n_resamples=99, n_cluster_resamples=99)
    troops = t[(t["family"] == "story_frame") & (t["measure"] == "Troop_deployment")].iloc[0]
    assert troops["n"] == 12 and troops["p_value"] == pytest.approx(2 / 924, abs=1e-6)
    assert troops["difference"] == pytest.approx(1.0)          # risk difference 6/6 - 0/6
    # the generic frame tests are the same with or without the story frames
    pd.testing.assert_frame_equal(plain[plain["family"] == "frame"].reset_index(drop=True),
                                  t[t["family"] == "frame"].reset_index(drop=True))


@pytest.mark.filterwarnings("ignore:Precision loss:RuntimeWarning")  # identical texts: every score equal
def test_story_frames_and_actor_tone_survive_a_flagged_duplicate():
    """A corpus with one flagged copy (duplicate_of set) must still give the story-frame and actor-tone
    families: the copy is left out (outlet A keeps its six originals: 6 of 6 against 0 of 6, Fisher p =
    2 / C(12, 6) as above), it must not take the families with it (a view of four tables once did, silently)."""
    a = "North Korea has sent troops to Russia. The soldiers are in Kursk, officials said. Putin is a good friend."
    b = "France and Spain held trade talks in Paris. The ministers discussed exports. Putin is a bad enemy."
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(7)] + [f"b{i}" for i in range(6)],
                         "text": [a] * 7 + [b] * 6, "language": "en", "outlet": ["A"] * 7 + ["B"] * 6,
                         "duplicate_of": [None] * 6 + ["a0"] + [None] * 6})
    res = na.analyze(arts)
    t = na.compare_tests(res, by="outlet", story_frames=True, actor_tone_voice="authorial",
                         n_resamples=99, n_cluster_resamples=99)
    troops = t[(t["family"] == "story_frame") & (t["measure"] == "Troop_deployment")].iloc[0]
    assert troops["n"] == 12 and troops["p_value"] == pytest.approx(2 / 924, abs=1e-6)
    putin = t[(t["family"] == "actor_tone") & (t["measure"] == "putin")]
    assert len(putin) == 1 and "1 duplicate article(s) left out" in putin["common_note"].iloc[0]
    assert putin["p_value"].iloc[0] < 0.05   # "good friend" in all of A, "bad enemy" in all of B
