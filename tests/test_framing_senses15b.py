"""English frame cues read in the wrong sense, found in a researcher's first-use trial (session 15, F10): hand-written
sentences whose hits were worked out by reading them against the frame definitions of the Policy Frames Codebook.

- a government's protest ("summoned the ambassador to protest the new treaty", "lodged a strong protest") is
  diplomacy, no Public_opinion; crowds that protest are;
- "Western governments" and "a historic event" (momentous) are no Cultural_identity; "historical ties" and
  "historians" (the past) are;
- "propaganda" stays a Morality cue (a charge of manipulation in most of its real uses);
- an "emergency meeting" is no Health_and_safety cue; an emergency after a flood is;
- troops that "suffered heavy losses" are no Quality_of_life cue; civilians who suffer from hunger are.
"""
import pandas as pd
import pytest

import newsanalysis as na


def _hits(text, frame):
    arts = pd.DataFrame({"article_id": ["a"], "language": ["en"], "text": [text]})
    ev = na.frame_evidence(arts, codebook="generic")
    return [m for f, m in zip(ev["frame"], ev["matched"]) if f == frame]


@pytest.mark.parametrize("text", [
    # the researcher's Yonhap sentence
    "South Korea summoned the Russian ambassador on Thursday to protest the new treaty between Moscow and "
    "Pyongyang, the foreign ministry said.",
    "Seoul lodged a strong protest with Moscow.",
    "The foreign ministry handed over a protest note.",
    "Tokyo filed a protest through diplomatic channels.",
    "Japan protested the agreement.",
])
def test_a_governments_protest_is_no_public_opinion(text):
    assert _hits(text, "Public_opinion") == []


def test_the_publics_protest_stays_public_opinion():
    text = "Thousands took to the streets to protest against the war, and police detained the protesters."
    assert _hits(text, "Public_opinion") == ["protest", "protesters"]
    assert _hits("Protests broke out in Seoul over the treaty.", "Public_opinion") == ["Protests"]


def test_western_governments_and_a_historic_event_are_no_cultural_identity():
    # the researcher's NK News sentences
    text = ("Western governments have criticised the pact. Kim called the signing a historic event. "
            "The U.S. and the West should not underestimate Russia's warnings.")
    assert _hits(text, "Cultural_identity") == []
    # External_regulation_and_reputation still counts the West as a party among states ("west", "western" and
    # country names, weight 0.5 each)
    assert _hits(text, "External_regulation_and_reputation") == ["Western", "West", "Russia"]


def test_the_past_stays_cultural_identity():
    text = "Historians say the historical ties between the two peoples are part of their history."
    assert _hits(text, "Cultural_identity") == ["Historians", "historical", "history"]
    assert _hits("Western values and Western culture are under debate.", "Cultural_identity") == ["values", "culture"]


def test_propaganda_stays_a_morality_cue():
    # read and kept (a charge of manipulation in 8 of its 15 real hits): the researcher's KCNA Watch sentence
    # keeps its one Morality cue, which the docs say
    assert _hits("The parade met the standards of North Korean propaganda.", "Morality") == ["propaganda"]


def test_an_emergency_meeting_is_no_health_cue():
    # the researcher's Korea Herald sentence
    text = '"This is a grave security threat to our country," President Yoon Suk Yeol said at an emergency meeting.'
    assert _hits(text, "Health_and_safety") == []
    assert _hits("Turkey will convene an emergency summit; the UN held an emergency session.", "Health_and_safety") == []
    assert _hits("Rescue teams declared an emergency after the flood.", "Health_and_safety") == ["emergency"]
    assert _hits("He was taken to emergency care.", "Health_and_safety") == ["emergency"]


def test_losses_of_troops_are_no_quality_of_life_cue():
    text = ("North Korean troops suffered heavy losses in the Kursk region. The terrorist groups have suffered a "
            "major blow. Japan suffered a bitter defeat.")
    assert _hits(text, "Quality_of_life") == []
    assert _hits("Civilians in the city suffered from hunger and cold.", "Quality_of_life") == ["Civilians", "suffered"]
    assert _hits("Innocent people are suffering.", "Quality_of_life") == ["suffering"]
