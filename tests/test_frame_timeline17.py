"""frame_timeline: the share of articles with a frame per period and group (session 17, a Korea-studies
researcher's trial: frames over time per outlet needed a hand recipe, and notebook 03 pooled every outlet).

Expected values worked out by hand from the small table below.
"""
import numpy as np
import pandas as pd
import pytest

from newsanalysis.pipeline import AnalysisResult
from newsanalysis.timeline import frame_timeline


def _result():
    arts = pd.DataFrame({
        "article_id": ["a1", "a2", "a3", "b1", "b2"],
        "outlet": ["A", "A", "A", "B", "B"],
        "language": ["en", "en", "en", "en", "ko"],
        "text": "x",
        "published": pd.to_datetime(["2024-06-19", "2024-06-30", "2024-07-01", "2024-06-20", "2024-06-21"],
                                    utc=True),
    })
    summary = pd.DataFrame({"article_id": arts["article_id"], "outlet": arts["outlet"], "language": arts["language"],
                            "analysed": [True, True, True, True, False],
                            "mean_compound": [0.2, 0.4, -0.5, 0.1, np.nan], "n_scored": [1, 1, 1, 1, np.nan]})
    ids = ["a1", "a2", "a3", "b1", "b2"]
    frames = pd.DataFrame({"article_id": ids * 2, "frame": ["Economic"] * 5 + ["Political"] * 5,
                           "present": [True, False, True, False, pd.NA, True, True, False, True, pd.NA],
                           "codebook": "generic"})
    story = frames.assign(frame=frames["frame"].map({"Economic": "Treaty", "Political": "Sanctions"}),
                          codebook="story")
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, e, summary, {}, story_frames=story)


def test_shares_per_month_outlet_and_frame():
    t = frame_timeline(_result(), by="outlet").set_index(["outlet", "period", "frame"])
    r = t.loc[("A", "2024-06", "Economic")]
    # a1 has the frame, a2 not: 1 of 2; Wilson 95 % for 1 of 2 is 0.5 -+ 0.4055
    assert (r["articles"], r["analysed_articles"], r["present"]) == (2, 2, 1)
    assert r["share"] == 0.5
    assert r["share_low"] == pytest.approx(0.0945, abs=1e-4) and r["share_high"] == pytest.approx(0.9055, abs=1e-4)
    assert "2 analysed articles" in r["warning"]
    assert t.loc[("A", "2024-06", "Political"), "share"] == 1.0
    assert t.loc[("A", "2024-07", "Economic"), "share"] == 1.0 and t.loc[("A", "2024-07", "Political"), "share"] == 0
    # B in June: b1 (en) decided, b2 (ko) has no decision: counted as an article, not in the share
    b = t.loc[("B", "2024-06", "Economic")]
    assert (b["articles"], b["analysed_articles"], b["present"], b["share"]) == (2, 1, 0, 0.0)
    assert "1 of 2 articles not analysed (language ko): the share rests on 1" in b["warning"]
    assert b["languages"] == "en;ko"
    assert len(t) == 6                                    # (A June, A July, B June) x 2 frames


def test_story_frames_one_frame_weeks_and_errors():
    t = frame_timeline(_result(), by=None, story_frames=True, frames=["Treaty"], freq="week")
    assert set(t["frame"]) == {"Treaty"} and t.attrs["codebook"] == "story"
    w = t.set_index("period")
    # week 25 (17-23 June): a1 (yes), b1 (no), b2 (no decision) -> 1 of 2
    assert (w.loc["2024-W25", "articles"], w.loc["2024-W25", "present"], w.loc["2024-W25", "share"]) == (3, 1, 0.5)
    with pytest.raises(ValueError, match="not in result.frames"):
        frame_timeline(_result(), frames=["Morality"])
    with pytest.raises(ValueError, match="freq"):
        frame_timeline(_result(), freq="day")
    r = _result()
    with pytest.raises(ValueError, match="result.story_frames is empty"):
        frame_timeline(AnalysisResult(r.articles, *(pd.DataFrame(),) * 2, r.frames, pd.DataFrame(), pd.DataFrame(),
                                      r.summary, {}), story_frames=True)


def test_input_is_not_modified():
    r = _result()
    before = r.frames.copy()
    frame_timeline(r)
    pd.testing.assert_frame_equal(r.frames, before)
