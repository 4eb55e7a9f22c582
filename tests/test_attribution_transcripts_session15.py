"""Session 15: "Label: …" lines on web pages that are no transcript (docs/attribution.md, "Transcripts").

A transcript's turns open with speech; a page's "Topic: headline" lines and captions printed twice only look like
turns. The pages below are hand-written in the shape of German news pages of the shared corpus's general news
(an audio teaser printed twice, a section headline repeated, a fact box); the interview is hand-written too.
"""
import pandas as pd

from conftest import att
from newsanalysis.attribution import attributions


def _turns(text, lang="de"):
    a = att(text, lang)
    return a[a["speaker_turn"]] if len(a) else a


def test_audio_teaser_printed_twice_is_no_transcript():
    t = ("Der FC St. Pauli gewinnt knapp gegen Hansa Rostock.\n\n"
         "AUDIO: Trainer Hürzeler: \"Zufrieden mit der Leistung\" (2 Min)\n\n"
         "AUDIO: Trainer Hürzeler: \"Zufrieden mit der Leistung\" (2 Min)\n\n"
         "Die Gäste fanden keine Antwort auf den Rückstand. Das Spiel blieb zerfahren.\n\n"
         "Zuschauer: 29.163")
    turns = _turns(t)
    assert turns.empty
    # so the writer's own sentences after the teaser are not quoted voice
    a = att(t, "de")
    assert not a["content"].str.contains("keine Antwort auf den Rückstand").any()


def test_repeated_section_headline_is_no_speaker():
    t = ("Peter Maffay: Das muss er verkraften\n\n"
         "Die Quoten der neuen Staffel sind gesunken. Fans bleiben ihm dennoch treu.\n\n"
         "Peter Maffay: Hat er die Show gerettet?\n\n"
         "Die elfte Staffel verzeichnete mehr Zuschauer als die zehnte.")
    assert _turns(t).empty


def test_fact_box_labels_are_no_speakers():
    t = ("Datum: Donnerstag, 8. August\n\nBeginn: 17.30 Uhr\n\nOrt: Paris\n\n"
         "Deutschland trifft im Halbfinale auf Frankreich.\n\nDatum: Sonntag, 11. August\n\nOrt: Paris")
    assert _turns(t).empty


def test_interview_turns_that_open_with_speech_stay_turns():
    t = ("Bossi: „Wir spielen im Oktober in einer fantastischen Halle.“\n\n"
         "Claus: „Wenn die Gäste reinkommen, legen wir schon auf.“\n\n"
         "Bossi: „Es gibt auch Tickets direkt an der Bühne.“")
    turns = _turns(t)
    assert list(turns["source"]) == ["Bossi", "Claus", "Bossi"]
    assert turns.iloc[1]["content"] == "„Wenn die Gäste reinkommen, legen wir schon auf.“"


def test_a_short_turn_ending_in_a_stage_direction_is_a_turn():
    # Kremlin transcripts: "Vladimir Putin: Need help? (Laughter, applause)" is a turn, not a headline
    t = ("Vladimir Putin: Good afternoon, colleagues.\n\n"
         "Question: Is the treaty ready?\n\n"
         "Vladimir Putin: Need help? (Laughter, applause)\n\n"
         "Question: Thank you.")
    turns = _turns(t, "en")
    assert list(turns["content"]) == ["Good afternoon, colleagues.", "Is the treaty ready?",
                                      "Need help? (Laughter, applause)", "Thank you."]
