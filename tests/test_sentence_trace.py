"""sentence_trace: one row per sentence with everything measured in it (session 12)."""
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.pipeline import TRACE_COLUMNS


def test_sentence_trace_by_hand():
    text = ("North Korea has sent about 11,000 troops to Russia, officials said. "
            "The war is terrible. "
            "Kim Jong Un praised the great friendship.")
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "language": ["en"], "outlet": ["X"],
                         "published": ["2024-11-01"]})
    before = arts.copy()
    res = na.analyze(arts)
    t = na.sentence_trace(res)
    pd.testing.assert_frame_equal(arts, before)
    assert list(t.columns) == TRACE_COLUMNS and len(t) == 3
    assert t["outlet"].tolist() == ["X"] * 3 and t["sentence_id"].tolist() == [0, 1, 2]
    # sentence 1: the attribution "officials said" with its number, the troops a Security cue
    s0 = t.iloc[0]
    assert s0["attributions"] == 1 and s0["sources"] == "officials [government; said]"
    assert s0["claims"] == "about 11,000 troops (officials)"
    assert "Security_and_defense" in s0["frames"].split("; ") and "troops" in s0["frame_cues"]
    # sentence 2: VADER's "war" (-2.9) and "terrible" (-2.1) make it negative: the words and weights, strongest
    # first
    s1 = t.iloc[1]
    assert s1["tone"] == "negative" and s1["compound"] < -0.05 and s1["tone_words"] == "war −2.9; terrible −2.1"
    assert s1["attributions"] == 0 and s1["sources"] == "" and s1["claims"] == ""
    # sentence 3: VADER's "great" (3.1), "praised" (2.2) and "friendship" (1.9): positive
    s2 = t.iloc[2]
    assert s2["tone"] == "positive"
    words = [w.rsplit(" ", 1)[0] for w in s2["tone_words"].split("; ")]
    assert words == ["great", "praised", "friendship"]   # strongest first


def test_sentence_trace_marks_languages_not_analysed():
    arts = pd.DataFrame({"article_id": ["k"], "text": ["북한이 러시아에 병력을 보냈다."], "language": ["ko"]})
    t = na.sentence_trace(na.analyze(arts))
    assert (~t["scored"]).all() and t["compound"].isna().all() and (t["tone"] == "").all()


def test_sentence_trace_needs_a_result():
    with pytest.raises(TypeError, match="analyze"):
        na.sentence_trace(pd.DataFrame({"article_id": ["a"]}))


def test_a_table_without_language_says_how_to_add_it():
    # session 12 (a researcher's own corpus): the error named the column but not how to get it
    with pytest.raises(ValueError, match=r"lacks column\(s\) \['language'\].*assign\(language='en'\).*load_corpus"):
        na.analyze(pd.DataFrame({"article_id": ["a"], "text": ["North Korea sent troops."]}))
