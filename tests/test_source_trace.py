"""source_trace and the source columns of sentence_trace (session 15, researcher trial F7): which attribution
rows the source figures count, with what status, so that "2.4 % of 169" traces to its sentences."""
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.compare import NOT_COUNTED_REASONS, SOURCE_TRACE_COLUMNS, compare, reported_attributions
from newsanalysis.pipeline import TRACE_COLUMNS

TURNS = ("Question: What about the missile defence?\n\nVladimir Putin: It has deployed systems, allegedly ABM "
         "systems, in Romania. According to our estimates, they can be converted.\n\nQuestion: And Korea?")
NEWS = "Officials said the talks went well. Kim Jong Un said he was glad. Pyongyang will reportedly send troops."
SPEECH = "I believe that the conference was a success. Lavrov said that the talks had ended."
CHAIN = "Die Ministerin Anna Beispiel teilte laut staatlichen Medien mit, dass 40 Panzer geliefert worden seien."


@pytest.fixture(scope="module")
def res():
    # t1: a transcript (3 turns; Putin's "allegedly" and "according to our estimates" inside his turn);
    # n1: a news item (anonymous officials, named Kim, hearsay "reportedly"); n2: a copy of n1 (duplicate);
    # s1: a speech's own "I" and a named Lavrov; d1: a German chain (the "laut" row is a chain part)
    arts = pd.DataFrame({"article_id": ["t1", "n1", "n2", "s1", "d1"], "text": [TURNS, NEWS, NEWS, SPEECH, CHAIN],
                         "language": ["en", "en", "en", "en", "de"], "outlet": ["K", "Y", "Y", "K", "D"],
                         "published": "2024-11-01", "duplicate_of": [None, None, "n1", None, None]})
    return na.analyze(arts)


def test_one_row_per_attribution_with_status_and_reason(res):
    before = res.attributions.copy()
    t = na.source_trace(res)
    assert list(t.columns) == SOURCE_TRACE_COLUMNS and len(t) == len(res.attributions)
    pd.testing.assert_frame_equal(res.attributions, before)
    rows = {(a, c): (s, w) for a, c, s, w in zip(t["article_id"], t["cue"].str.lower(), t["status"], t["not_counted"])}
    # worked out by reading the texts:
    assert rows[("t1", ":")][1] == "speaker turn"
    assert rows[("t1", "allegedly")] == ("hearsay", "inside someone's speech")
    assert rows[("t1", "according to")] == ("neither", "inside someone's speech")
    assert rows[("n1", "reportedly")] == ("hearsay", "")
    assert [rows[("n2", c)][1] for c in ("said", "reportedly")] == ["duplicate article"] * 2
    assert rows[("s1", "believe")] == ("neither", "the speech's own I/we")
    assert rows[("d1", "laut")][1] == "chain part" and rows[("d1", "teilte mit")] == ("named", "")
    n1 = t[t["article_id"] == "n1"]
    assert n1["status"].tolist() == ["anonymous", "named", "hearsay"] and n1["counted"].all()
    assert n1["sentence"].tolist()[0] == "Officials said the talks went well."
    assert set(t["not_counted"]) - {""} <= set(NOT_COUNTED_REASONS)


def test_counted_rows_are_the_rows_compare_counts(res):
    t = na.source_trace(res)
    kept = reported_attributions(res.attributions[~res.attributions["article_id"].eq("n2")])
    assert t.index[t["counted"]].tolist() == kept.index.tolist()
    # outlet Y: counted rows n1 only (n2 is a duplicate): named 1, anonymous 1, hearsay 1 -> anonymous 1 of 2
    # sourced, hearsay 1 of 3; outlet K: Lavrov only -> 0 of 1
    c = compare(res, by="outlet").set_index("outlet")
    for outlet, sourced, anon, hear in (("Y", 2, 0.5, 1 / 3), ("K", 1, 0.0, 0.0)):
        k = t[t["counted"] & t["outlet"].eq(outlet)]
        assert k["status"].isin(["named", "anonymous", "neither"]).sum() == sourced == c.loc[outlet,
                                                                                              "sourced_attributions"]
        assert (k["status"] == "anonymous").sum() / sourced == anon == c.loc[outlet, "anonymous_share"]
        assert (k["status"] == "hearsay").sum() / len(k) == pytest.approx(hear)
        assert c.loc[outlet, "hearsay_share"] == pytest.approx(hear)
    # the same arguments as compare: with speaker_turns=True and duplicates=True those rows count
    t2 = na.source_trace(res, speaker_turns=True, duplicates=True)
    assert t2.loc[t2["article_id"].eq("n2"), "counted"].all()
    assert t2.loc[t2["cue"].eq(":"), "counted"].all()


def test_sentence_trace_says_status_and_counted(res):
    s = na.sentence_trace(res)
    assert TRACE_COLUMNS[-2:] == ["source_status", "counted_sources"] and list(s.columns) == TRACE_COLUMNS
    row = s[(s["article_id"] == "t1") & (s["sentence_id"] == 1)].iloc[0]
    assert row["sources"].startswith("Vladimir Putin [government, RU; :]")  # the old column is unchanged
    assert row["source_status"] == ("named (not counted: speaker turn); "
                                    "hearsay (not counted: inside someone's speech)")
    assert row["counted_sources"] == 0
    n1 = s[s["article_id"] == "n1"]
    assert n1["source_status"].tolist() == ["anonymous", "named", "hearsay"]
    assert n1["counted_sources"].tolist() == [1, 1, 1]
    # the worksheet adds up to the figures: counted sources per outlet = rows counted by source_trace
    tr = na.source_trace(res)
    assert s.groupby("outlet")["counted_sources"].sum().to_dict() == \
        tr[tr["counted"]].groupby("outlet").size().reindex(["D", "K", "Y"], fill_value=0).to_dict()


def test_source_trace_needs_a_result():
    with pytest.raises(TypeError, match="source_trace"):
        na.source_trace(pd.DataFrame({"article_id": ["a"]}))
    with pytest.raises(ValueError, match="cue_classes"):
        na.source_trace(na.analyze(pd.DataFrame({"article_id": ["a"], "text": ["x"], "language": "en"})),
                        cue_classes="speeches")


def test_source_trace_has_the_date_and_the_canonical_speaker():
    # session 17 trial ("who is quoted per outlet over time"): the trace had neither the article's date nor the
    # resolved speaker, so "Mr Putin", "Putin" and "President Vladimir Putin" were three sources and every
    # monthly count needed a join with the articles
    arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["Kremlin", "Yonhap"], "language": "en",
                         "published": ["2019-04-25", "2025-12-28"],
                         "text": ["Mr Putin said the talks were useful.",
                                  "President Vladimir Putin said the treaty mattered. Officials said the talks would go on."]})
    t = na.source_trace(na.analyze(arts))
    assert list(t.columns) == SOURCE_TRACE_COLUMNS
    putin = t[t["source"].str.contains("Putin")]
    assert sorted(putin["article_id"]) == ["a", "b"]
    assert set(putin["source_name"]) == {"Vladimir Putin"} and set(putin["actor_id"]) == {"putin"}
    dates = dict(zip(t["article_id"], pd.to_datetime(t["published"], utc=True).dt.strftime("%Y-%m-%d")))
    assert dates == {"a": "2019-04-25", "b": "2025-12-28"}
    officials = t[t["source"] == "Officials"]
    assert len(officials) == 1 and officials["actor_id"].isna().all()   # no actor-table row for "Officials"
