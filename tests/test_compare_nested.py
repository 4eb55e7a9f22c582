"""Attributions made inside someone else's speech are that speaker's sourcing, not the outlet's (session 10).

A fresh user's trial found every anonymous Kremlin.ru row inside transcript speech ("allegedly ABM systems"
in the president's answer), read by the docs as the outlet's anonymous sourcing.
"""
import numpy as np
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.compare import nested_mask, reported_attributions
from newsanalysis.pipeline import AnalysisResult

# "Vladimir Putin: It has deployed systems, allegedly ABM systems, in Romania. Officials said, according to
# Yonhap, that the talks ended."  Offsets written out by hand:
#   turn content 16..69 ("It has … Romania."), "allegedly" 38..47 with content 16..68;
#   "Officials said" (cue 80..84) content 86..129 holds "according to Yonhap" (cue 86..98), same content
TURN = {"article_id": "k", "kind": "direct", "start": 16, "end": 69, "cue_start": 14, "cue_end": 15,
        "source_start": 0, "source_end": 14, "speaker_turn": True, "anonymous": False, "source_type": "government"}
ALLEGEDLY = {"article_id": "k", "kind": "reportative", "start": 16, "end": 68, "cue_start": 38, "cue_end": 47,
             "source_start": np.nan, "source_end": np.nan, "speaker_turn": False, "anonymous": True,
             "source_type": "unknown"}
OFFICIALS = {"article_id": "k", "kind": "indirect", "start": 86, "end": 129, "cue_start": 80, "cue_end": 84,
             "source_start": 70, "source_end": 79, "speaker_turn": False, "anonymous": True,
             "source_type": "government"}
YONHAP = {"article_id": "k", "kind": "according_to", "start": 86, "end": 129, "cue_start": 86, "cue_end": 98,
          "source_start": 99, "source_end": 105, "speaker_turn": False, "anonymous": False, "source_type": "media"}


def test_nested_mask_by_hand():
    att = pd.DataFrame([TURN, ALLEGEDLY, OFFICIALS, YONHAP], index=[10, 11, 12, 13])
    before = att.copy()
    m = nested_mask(att)
    # only "allegedly" is inside someone's speech; the outlet's own chain (officials per Yonhap) is not
    assert m.tolist() == [False, True, False, False] and list(m.index) == [10, 11, 12, 13]
    pd.testing.assert_frame_equal(att, before)
    kept = reported_attributions(att)
    assert kept.index.tolist() == [12, 13]  # the turn and the nested row left out
    assert reported_attributions(att, nested=True).index.tolist() == [11, 12, 13]
    assert reported_attributions(att, speaker_turns=True, nested=True).index.tolist() == [10, 11, 12, 13]
    # without offsets nothing can be nested (hand-made tables)
    assert not nested_mask(att.drop(columns=["cue_start"])).any()


def test_a_speakers_own_sources_in_a_transcript():
    text = ("Question: What about the missile defence?\n\nVladimir Putin: It has deployed systems, allegedly ABM "
            "systems, in Romania. According to our estimates, they can be converted.\n\nQuestion: And Korea?")
    a = na.attributions(pd.DataFrame({"article_id": ["a"], "text": [text], "language": "en"}))
    m = nested_mask(a)
    # the president's "allegedly" and "according to our estimates" are his, inside his turn
    assert sorted(a.loc[m, "cue"].str.lower()) == ["according to", "allegedly"]
    assert a.loc[~m, "speaker_turn"].all()  # what is left are the three turns themselves
    assert reported_attributions(a).empty
    # the outlet's own chain is not nested: one content shared by both rows
    a = na.attributions(pd.DataFrame({"article_id": ["b"], "text": ["Officials said, according to Yonhap, "
                                                                    "that the talks ended."], "language": "en"}))
    assert sorted(a["source"]) == ["Officials", "Yonhap"] and not nested_mask(a).any()


def _result():
    ids = ["k1", "k2", "c1", "c2"]
    arts = pd.DataFrame({"article_id": ids, "outlet": ["K", "K", "C", "C"], "language": "en", "text": "x"})
    summary = pd.DataFrame({"article_id": ids, "outlet": ["K", "K", "C", "C"], "language": "en", "analysed": True,
                            "mean_compound": [0.1, 0.2, 0.3, 0.4], "n_scored": 3})
    rows = []
    for aid in ids:
        rows.append({**OFFICIALS, "article_id": aid, "anonymous": False})  # one named source each
    rows.append({**TURN, "article_id": "k1"})
    rows.append({**ALLEGEDLY, "article_id": "k1"})  # nested: inside k1's transcript turn
    frames = pd.DataFrame([(a, f, True, False) for a in ids for f in na.GENERIC_FRAMES],
                          columns=["article_id", "frame", "analysed", "present"])
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, pd.DataFrame(rows), summary, {"fingerprint": "t"})


def test_compare_counts_only_the_outlets_own_sources():
    c = na.compare(_result(), by="outlet").set_index("outlet")
    assert c.loc["K", "attributions"] == 2 and c.loc["K", "nested_left_out"] == 1
    assert c.loc["K", "speaker_turns_left_out"] == 1 and c.loc["K", "anonymous_share"] == 0
    c = na.compare(_result(), by="outlet", nested=True).set_index("outlet")
    assert c.loc["K", "attributions"] == 3 and c.loc["K", "nested_left_out"] == 0
    # the nested "allegedly" is reportative: hearsay (1 of 3 rows), not an anonymous source (0 of 2 sources;
    # before session 13 it counted as anonymous, 1 of 3)
    assert c.loc["K", "anonymous_share"] == 0 and c.loc["K", "sourced_attributions"] == 2
    assert c.loc["K", "hearsay_share"] == pytest.approx(1 / 3)


def test_a_speech_own_first_person_is_no_source_of_the_outlet():
    """Session 12: a published speech without speaker labels ("I believe that the conference was a success. We
    agreed that …") gave "I" and "We" as sources of unknown type. They stay in the attribution table (the gold
    standards count them) but are no source of the outlet unless nested=True; a resolved "I" (an actor) and a
    named source stay."""
    text = ("I believe that the conference was a success. We agreed that the talks must go on. "
            "Lavrov said that the talks had ended.")
    att = na.attributions(pd.DataFrame({"article_id": ["s"], "text": [text], "language": ["en"]}))
    assert att["source"].tolist() == ["I", "We", "Lavrov"]
    assert reported_attributions(att)["source"].tolist() == ["Lavrov"]
    assert reported_attributions(att, nested=True)["source"].tolist() == ["I", "We", "Lavrov"]
    # German: "Wir haben beschlossen, dass …" in a speech
    de = na.attributions(pd.DataFrame({"article_id": ["d"], "language": ["de"],
                                       "text": ["Ich glaube, dass die Konferenz ein Erfolg war. Scholz sagte, "
                                                "dass die Gespräche weitergehen."]}))
    assert reported_attributions(de)["source"].tolist() == ["Scholz"]
    # a first-person source resolved to an actor is kept
    resolved = att.assign(actor_id=["putin", None, "lavrov"])
    assert reported_attributions(resolved)["source"].tolist() == ["I", "Lavrov"]
