"""Cue hits a researcher found false in the real corpus's evidence (session 12), each with a hand-written sentence.

Expected hits are worked out by reading the sentence against the frame definitions of the codebooks.
"""
import pandas as pd
import pytest

import newsanalysis as na


def _ev(text, language, codebook="generic"):
    ev = na.frame_evidence(pd.DataFrame({"article_id": ["a"], "language": [language], "text": [text]}),
                           codebook=codebook)
    return sorted(zip(ev["frame"], ev["matched"]))


def test_the_workers_party_is_no_labour_but_still_a_party():
    # KCNA: 58 of 72 English "workers" hits were the Workers' Party (of Korea): a party's name, no resource
    text = "The Workers' Party of Korea sent greetings. Factory workers lack housing."
    got = _ev(text, "en")
    assert [m for f, m in got if f == "Capacity_and_resources"] == ["housing", "lack", "workers"]   # "lack": a lack of resources
    assert [m for f, m in got if f == "Political"] == ["Party"]          # the party still counts as Political
    ev = na.frame_evidence(pd.DataFrame({"article_id": ["a"], "language": ["en"], "text": [text]}))
    assert ev.loc[ev["matched"] == "workers", "start"].tolist() == [text.index("workers lack")]


def test_the_workers_party_in_the_story_codebook():
    # Economic_exchange: "workers" sent abroad, not the Workers’ Party (curly apostrophe too)
    got = _ev("The Workers’ Party of Korea praised the workers sent to Russia.", "en", "story")
    assert [m for f, m in got if f == "Economic_exchange"] == ["workers"]


def test_neighbouring_states_are_no_quality_of_life():
    # "neighbouring states", "good-neighbourly relations": geography and relations between states;
    # "neighbours" in a neighbourhood is community life
    got = _ev("Good-neighbourly relations with neighbouring states matter. Neighbours in the neighbourhood "
              "help each other.", "en")
    assert [m for f, m in got if f == "Quality_of_life"] == ["Neighbours", "neighbourhood"]
    assert ("External_regulation_and_reputation", "relations") in got


def test_a_public_broadcaster_and_an_idiom_are_no_german_cues():
    # "öffentlich-rechtlich": a public broadcaster, no legal question and no public opinion;
    # "Öl ins Feuer gießen": to escalate, no oil
    got = _ev("Der öffentlich-rechtliche Sender berichtete über die rechtliche Lage. China hat nie Öl ins Feuer "
              "gegossen, aber Öl verkauft.", "de")
    assert [m for f, m in got if f == "Legality_Constitutionality_and_jurisprudence"] == ["rechtliche"]
    assert [m for f, m in got if f == "Public_opinion"] == []
    assert [m for f, m in got if f == "Economic"] == ["Öl"]             # the oil that was sold


def test_railways_not_stations_cosmodromes_or_careers_in_the_german_story_codebook():
    # (both sides named in each sentence: story cues count only near Russia and North Korea, session 12)
    got = _ev("Russlands Haubitzen für Nordkorea standen am Bahnhof. Das Treffen von Putin und Kim war am "
              "Weltraumbahnhof, am Ende ihrer Laufbahn. Die Bahn von Russland nach Nordkorea fährt über die neue "
              "Eisenbahnbrücke. China hat nie Öl ins Feuer gegossen.", "de", "story")
    assert [m for f, m in got if f == "Economic_exchange"] == ["Bahn", "Eisenbahnbrücke"]
    assert ("Nuclear_missile_space", "Weltraumbahnhof") in got             # the cosmodrome is space


def test_brackets_leave_out_only_their_words(tmp_path):
    p = tmp_path / "cb.yaml"
    p.write_text("name: mine\nlanguage: en\nnot_cues: ['[red] cross']\nframes:\n  Colour:\n    definition: c\n"
                 "    cues: [red, cross]\n", encoding="utf-8")
    ev = na.frame_evidence(pd.DataFrame({"article_id": ["a"], "language": ["en"],
                                         "text": ["The Red Cross came. A red car."]}), codebook=p)
    assert ev["matched"].tolist() == ["Cross", "red"]


@pytest.mark.parametrize("bad", ["[red cross]", "[[red]] cross", "red] cross"])
def test_bad_brackets_name_the_field(tmp_path, bad):
    p = tmp_path / "bad.yaml"
    p.write_text(f"name: mine\nlanguage: en\nnot_cues: ['{bad}']\nframes:\n  C:\n    definition: c\n"
                 "    cues: [red]\n", encoding="utf-8")
    with pytest.raises(na.CodebookError, match="not_cues"):
        _ev("red", "en", codebook=p)


def test_story_cues_count_only_near_both_sides():
    """The story codebook's anchor: a hit counts when Russia and North Korea are both named in its sentence or
    within two sentences of it. US troops in Poland are no troops of this story; North Korean troops sent to
    Russia are, and so are "the soldiers" of the next sentence."""
    got = _ev("US troops arrived in Poland. The soldiers will stay for a year.", "en", "story")
    assert got == []
    got = _ev("North Korea has sent 10,000 troops to Russia. The soldiers are training in the Far East.", "en",
              "story")
    assert got == [("Troop_deployment", "soldiers"), ("Troop_deployment", "troops")]
    # the next sentence is inside the window of two; four sentences on, the anchor no longer reaches
    far = ("Putin met Kim Jong Un. The talks were long. The weather was cold. The menu was long. "
           "Trade in fuel grew.")
    assert _ev(far, "en", "story") == [("Treaty_and_diplomacy", "talks")]
    got = _ev("Russische Raketen trafen Kiew. Die Raketen wurden abgefangen.", "de", "story")
    assert got == []
    got = _ev("Nordkorea liefert Raketen an Russland.", "de", "story")
    assert got == [("Nuclear_missile_space", "Raketen")]


@pytest.mark.parametrize("window", [0, -1])
def test_an_anchor_in_a_users_codebook(tmp_path, window):
    p = tmp_path / "cb.yaml"
    p.write_text(f"name: mine\nlanguage: en\nanchor:\n  window: {window}\n  groups: [[whale*]]\nframes:\n"
                 "  Hunt:\n    definition: h\n    cues: [hunt*]\n", encoding="utf-8")
    if window < 0:
        with pytest.raises(na.CodebookError, match="anchor.*window"):
            _ev("hunt", "en", codebook=p)
        return
    ev = na.frame_evidence(pd.DataFrame({"article_id": ["a"], "language": ["en"],
                                         "text": ["They hunt whales. They hunt deer."]}), codebook=p)
    assert ev["sentence_id"].tolist() == [0]   # the hunt of the whales; the deer are no anchor


def test_transcript_speaker_labels_are_no_frame_cues():
    """"Vladimir Putin: …" names who speaks; it is no Political cue ("putin" is one in the text of a turn)."""
    text = ("Vladimir Putin: Good afternoon. We discussed the economy.\n\n"
            "Question: What about the election?\n\n"
            "Vladimir Putin: Putin will not comment on the election.")
    got = _ev(text, "en")
    political = [m for f, m in got if f == "Political"]
    assert political.count("Putin") == 1          # the one in the turn's text, not the two labels
    assert political.count("election") == 2
