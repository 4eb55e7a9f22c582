"""Session 15: English closing cues (docs/attribution.md, "Indirect speech in English"). Hand-written sentences;
spans worked out by reading them."""
from conftest import att


def _rows(text):
    a = att(text, "en")
    return {(r["cue"], r["source"], r["content"]) for _, r in a.iterrows()}


def test_participle_phrase_then_said_and_a_clause_is_not_a_closing_cue():
    assert _rows("President Obama, dedicating the museum on Saturday, said the building told a story.") == {
        ("said", "President Obama", "the building told a story")}


def test_a_speaker_with_a_relative_clause_still_closes_the_sentence():
    assert ("said", "an official", "The plan will fail") in _rows("The plan will fail, said an official, who was present.")
    assert _rows("Peace is possible, said Kim Jong Un, leader of North Korea.") == {
        ("said", "Kim Jong Un", "Peace is possible")}


def test_second_cue_with_its_own_it_clause_keeps_the_first_report():
    assert _rows("She said buses would come, though she acknowledged it was unlikely.") == {
        ("said", "She", "buses would come"), ("acknowledged", "she", "it was unlikely")}


def test_surname_after_an_apposition_takes_the_full_names_country():
    # the full name's source phrase ends in "Brunson," inside its apposition; the later bare surname is his
    a = att("Gen. Xavier Brunson, commander of U.S. Forces Korea, said the alliance was strong. "
            "Brunson said the drills would continue.", "en")
    r = a[a["source"] == "Brunson"].iloc[0]
    assert (r["source_type"], r["source_country"]) == ("military", "US")
