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
    got = _ev("Die Haubitzen standen am Bahnhof. Das Treffen war am Weltraumbahnhof, am Ende ihrer Laufbahn. "
              "Die Bahn fährt über die neue Eisenbahnbrücke. China hat nie Öl ins Feuer gegossen.", "de", "story")
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
