"""Tone toward actors: a speaker's own words are not tone toward the speaker (session 13, speaker rule).

"Kim described the ties as a precious asset" gave Kim +0.76: the words of what a mention is reported to
have said are the speaker's evaluation of something else. With the attribution table, a mention in the
source span of an attribution gets that attribution's content at ``SPEAKER_CONTENT_FACTOR`` (0.25); the
cue verb ("condemned") keeps its weight.
"""
import sys

import pandas as pd
import pytest

import newsanalysis as na

S = sys.modules["newsanalysis.sentiment"]


def _arts(*texts):
    return pd.DataFrame({"article_id": [str(i) for i in range(len(texts))], "language": "en", "text": list(texts)})


def _both(text):
    arts = _arts(text)
    return na.actor_tone(arts), na.actor_tone(arts, attributions=na.attributions(arts))


def _contribs(row):
    # "word (+0.123, relation)" -> [(word, 0.123, relation)]
    out = []
    for part in row["terms"].split("; "):
        word, rest = part.split(" (", 1)
        num, _, rel = rest.rstrip(")").partition(", ")
        out.append((word, float(num), rel or None))
    return out


def test_the_speakers_reported_words_count_a_quarter():
    plain, att = _both("Putin said the summit was an excellent and wonderful success.")
    p, a = plain.iloc[0], att.iloc[0]
    assert p["mention"] == a["mention"] == "Putin"
    assert p["tone_class"] == "positive" and a["tone"] < p["tone"] / 2
    before = {(w, round(c, 3)) for w, c, _ in _contribs(p)}
    for w, c, rel in _contribs(a):
        if w in ("excellent", "wonderful", "success"):
            # the content words: a quarter of what they gave before, marked as the mention's own words
            assert rel == "the mention's own words"
            assert any(w == w0 and abs(c - c0 / 4) <= 0.0015 for w0, c0 in before)
    # "said" is the cue, outside the content: unchanged
    assert [c for w, c, _ in _contribs(a) if w == "said"] == [c for w, c, _ in _contribs(p) if w == "said"]


def test_the_cue_verbs_own_stance_still_counts():
    plain, att = _both("Putin condemned the sanctions.")
    cue = lambda r: [c for w, c, _ in _contribs(r) if w == "condemned"]
    assert cue(att.iloc[0]) == cue(plain.iloc[0]) and cue(att.iloc[0])[0] < 0
    assert att.iloc[0]["tone"] < 0


def test_a_mention_inside_the_content_is_not_the_speaker():
    plain, att = _both("The minister said Putin is a terrible liar.")
    assert plain.iloc[0]["tone"] == att.iloc[0]["tone"] < 0
    assert att.iloc[0]["voice"] == "quoted"


def test_a_possessive_mention_in_the_source_is_not_the_speaker():
    # whose spokesman: the words are still about someone else, but "Putin" is not who speaks
    plain, att = _both("Putin's rivals said the decision was a terrible mistake.")
    assert plain.iloc[0]["tone"] == att.iloc[0]["tone"]
    assert S.spoken_by([(0, 14, 20, 50)], 0, 5, "Putin's rivals said the decision was a terrible mistake.") == []
    assert S.spoken_by([(0, 14, 20, 50)], 0, 5) == [(20, 50)]


def test_target_tone_spoken_spans():
    text = "Kim praised the glorious friendship."
    terms = S._explain(*S._scorer("en", None), text)[1]
    full, _ = S.target_tone(terms, text, 0, 3, "en")
    cut, used = S.target_tone(terms, text, 0, 3, "en", spoken=[(12, 35)])
    assert 0 < cut < full
    glorious = [t for t in used if t["term"] == "glorious"]
    assert glorious and all(t["relation"] == "the mention's own words" for t in glorious)
    # the cue "praised" (before the content) is not touched
    assert [t["contribution"] for t in used if t["term"] == "praised"] == \
           [t["contribution"] for t in S.target_tone(terms, text, 0, 3, "en")[1] if t["term"] == "praised"]


def test_without_attributions_nothing_changes():
    t = na.actor_tone(_arts("Putin said the summit was an excellent success."))
    assert t.iloc[0]["voice"] is None and "own words" not in t.iloc[0]["terms"]


def test_a_mention_that_only_modifies_the_source_is_not_the_speaker():
    t = "The head of the Friendship Society of Russia said the reforms were a glorious success."
    src = (0, t.index(" said"))
    sp = [(src[0], src[1], t.index("the reforms"), len(t) - 1)]
    r = t.index("Russia")
    assert S.spoken_by(sp, r, r + 6, t) == []  # "of Russia": a modifier of who speaks
    t2 = "The Russia Foreign Ministry said the reforms were a glorious success."
    sp2 = [(0, t2.index(" said"), t2.index("the reforms"), len(t2) - 1)]
    assert S.spoken_by(sp2, 4, 10, t2) == []  # "Russia Foreign Ministry": the ministry speaks
    # coordination and apposition keep the speaker
    t3 = "Putin and Kim said the talks were excellent."
    sp3 = [(0, 13, 19, 43)]
    assert S.spoken_by(sp3, 0, 5, t3) == [(19, 43)] and S.spoken_by(sp3, 10, 13, t3) == [(19, 43)]
    t4 = "Putin, the president, said the talks were excellent."
    assert S.spoken_by([(0, 20, 27, 51)], 0, 5, t4) == [(27, 51)]
    plain, att = _both(t)
    assert plain.iloc[0]["tone"] == att.iloc[0]["tone"] > 0


def test_a_name_after_a_preposition_is_not_the_speaker_even_when_the_source_span_is_that_name_alone():
    # the source span can hold the last name only ("Russia" of "the foreign ministers of the DPRK and Russia")
    t = "The envoys of the Czech Republic and Russia said the plan was a wonderful success."
    r = t.index("Russia")
    sp = [(r, r + 6, t.index("the plan"), len(t) - 1)]
    assert S.spoken_by(sp, r, r + 6, t) == []
    t2 = "In his speech, Putin said the plan was a wonderful success."
    p = t2.index("Putin")
    assert S.spoken_by([(p, p + 5, 26, len(t2) - 1)], p, p + 5, t2) == [(26, len(t2) - 1)]


def test_an_infinitive_content_is_an_act_not_words():
    # "decided to …": what the source does, which the outlet describes in its own words
    t = "Russia decided to send a generous and welcome gift."
    assert S.spoken_by([(0, 6, 15, len(t) - 1)], 0, 6, t) == []
    t2 = "Russia said the gift was generous."
    assert S.spoken_by([(0, 6, 12, len(t2) - 1)], 0, 6, t2) == [(12, len(t2) - 1)]
