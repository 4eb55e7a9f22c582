"""Session 18 (a user trial on Yonhap and the Korea Herald): a Korean surname is no Morality "sin", and "the
ruling party" is no court ruling.

Expected values worked out by reading the sentences: the generic English codebook has "sin" as a Morality cue
and "ruling*" (weight 2) as a Legality cue.
"""
import pandas as pd
import pytest

import newsanalysis as na

LEGALITY = "Legality_Constitutionality_and_jurisprudence"


def _evidence(text):
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "language": ["en"], "outlet": ["x"]})
    return na.frame_evidence(arts)


def _matched(ev, frame):
    return sorted(ev.loc[ev["frame"] == frame, "matched"].str.lower())


def test_a_korean_surname_is_no_sin():
    ev = _evidence("North Korean Ambassador to Russia Sin Hong-chol attended the ceremony.")
    assert _matched(ev, "Morality") == []
    # the name's title still counts where it did: "Ambassador" for External_regulation
    assert "ambassador" in _matched(ev, "External_regulation_and_reputation")


def test_the_word_sin_still_counts():
    assert _matched(_evidence("Greed is a sin, the pastor said."), "Morality") == ["sin"]
    # capitalised at a sentence start, with no given name after it, it is the word
    assert _matched(_evidence("Sin was the sermon's theme."), "Morality") == ["sin"]


def test_a_long_hyphenated_word_after_a_capitalised_cue_is_no_given_name():
    # "Co-operation" is no Korean given name: "Security" before it is a cue as before
    ev = _evidence("He leads the Security Co-operation Council.")
    assert _matched(ev, "Security_and_defense") == ["security"]


def test_the_ruling_party_is_no_court_ruling():
    ev = _evidence("The ruling Workers' Party met on Sunday. Japan's ruling coalition lost seats.")
    assert _matched(ev, LEGALITY) == []
    # "Party" still counts for Political, as it did
    assert "party" in _matched(ev, "Political")


def test_a_courts_ruling_still_counts():
    ev = _evidence("The court's ruling was clear, and the judges ruled again in May.")
    assert _matched(ev, LEGALITY) == ["court", "judges", "ruled", "ruling"]


@pytest.mark.shared
def test_yonhap_articles_read_by_hand(real_articles):
    # naver-001_0015826293: "North Korean Ambassador to Russia Sin Hong-chol" was its only Morality hit and
    # "the ruling Workers' Party" its only Legality hit; naver-001_0015816674 has "the ruling Workers' Party"
    # and nothing else about law
    arts = real_articles[real_articles["article_id"].isin(["naver-001_0015826293", "naver-001_0015816674"])]
    assert len(arts) == 2
    ev = na.frame_evidence(arts)
    assert _matched(ev, "Morality") == []
    assert _matched(ev, LEGALITY) == []
