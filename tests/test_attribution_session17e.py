"""Session 17, fifth round (issue #4): defects a German teacher and a Korea-studies researcher found.

1. Origin-only and unspecified sources ("nach südkoreanischen Angaben", "den Berichten zufolge", "according to
   South Korean data", "reports say") are unspecific attributions: anonymous, not "neither"; the country comes
   from the adjective; a country's data are its government's, unspecified reports are media.
2. A denial in a relative clause ("…, Vorwürfe, die beide Staaten zurückweisen", "allegations which both
   countries deny") is a row: cue the verb, source the relative clause's subject, content what is denied.
3. "…, expressing the hope that …" after a report clause is the main clause's speaker's own row.
4. "Officials of the Ministry of A and the Ministry of B of Japan said" keeps the whole subject.
5. "The message said:" / "Das Schreiben lautet:" introduces the whole text over several paragraphs.
6. "discussed" with a noun-phrase object is cue class "topic" (a topic, not what was said).

Every sentence is hand-written; the expected rows were worked out by reading it.
"""
import pandas as pd

from conftest import att
from newsanalysis.compare import reported_attributions, source_status


def _rows(a, *cols):
    return [tuple(getattr(r, c) for c in cols) for r in a.itertuples()]


# ---------------------------------------------------------------- 1. unspecific sources are anonymous
def test_country_data_de_is_anonymous_government_with_country():
    a = att("Nach südkoreanischen Angaben hat Nordkorea Tausende Soldaten nach Russland geschickt.", "de")
    assert _rows(a, "kind", "source", "named", "anonymous", "source_type", "source_country") == [
        ("according_to", "südkoreanischen Angaben", False, True, "government", "KR")]
    assert list(source_status(a)) == ["anonymous"]


def test_country_data_zufolge_at_sentence_start():
    # the adjective opens the sentence and is capitalised: still only an origin
    a = att("Russischen Angaben zufolge wurde die Region Kursk zurückerobert.", "de")
    assert _rows(a, "source", "anonymous", "source_type", "source_country") == [
        ("Russischen Angaben", True, "government", "RU")]


def test_unspecified_reports_de_are_anonymous_media():
    a = att("Den Berichten zufolge waren Lawrow und Belousow in Pjöngjang.", "de")
    assert _rows(a, "source", "named", "anonymous", "source_type", "source_country") == [
        ("Den Berichten", False, True, "media", None)]


def test_named_institution_in_genitive_stays():
    # the Militär is an institution named by its country: a source as before, not anonymous
    a = att("Nach Angaben des südkoreanischen Militärs hat Nordkorea eine Rakete abgefeuert.", "de")
    assert _rows(a, "source", "named", "anonymous", "source_type", "source_country") == [
        ("südkoreanischen Militärs", False, False, "military", "KR")]
    assert list(source_status(a)) == ["neither"]


def test_country_data_en_and_reports_en():
    a = att("According to South Korean data, North Korea has sent about 11,000 troops to Russia. "
            "Reports say the troops were deployed in the Kursk region.")
    assert _rows(a, "source", "anonymous", "source_type", "source_country") == [
        ("South Korean data", True, "government", "KR"),
        ("Reports", True, "media", None)]
    assert list(source_status(a)) == ["anonymous", "anonymous"]


def test_data_noun_after_bare_article_is_left_as_before():
    # "the data" refers back to a study named before: no unspecific source of its own
    a = att("Gallup polled 1,000 adults in May. According to the data, most of them oppose the deal.")
    assert not a["anonymous"].any()


# ---------------------------------------------------------------- 2. denial in a relative clause
def test_relative_denial_de_takes_the_accusation_as_content():
    a = att("Pjöngjang wird vorgeworfen, Russland mit Waffenlieferungen zu unterstützen - Vorwürfe, die beide "
            "Staaten zurückweisen.", "de")
    assert _rows(a, "cue", "source", "content") == [
        ("vorgeworfen", None, "Russland mit Waffenlieferungen zu unterstützen"),
        ("zurückweisen", "beide Staaten", "Russland mit Waffenlieferungen zu unterstützen")]
    row = a.iloc[1]
    assert row["kind"] == "indirect" and row["source_type"] == "government"
    assert row["stance"] == "emotive"  # the stance of "zurückweisen" in the cue lists, as "wies zurück"


def test_relative_denial_de_was_clause():
    a = att("Russland liefert Technik für Satelliten nach Pjöngjang, was der Kreml bestreitet.", "de")
    assert _rows(a, "cue", "source", "source_country", "content") == [
        ("bestreitet", "der Kreml", "RU", "Russland liefert Technik für Satelliten nach Pjöngjang")]


def test_relative_denial_en_which_and_that():
    a = att("Pyongyang sent troops to Russia, claims that Moscow denies.")
    assert _rows(a, "cue", "source", "source_country", "content") == [
        ("denies", "Moscow", "RU", "Pyongyang sent troops to Russia")]
    b = att("The two states trade shells for oil, allegations which both countries deny.")
    assert _rows(b, "cue", "source", "content") == [
        ("deny", "both countries", "The two states trade shells for oil")]


def test_denial_verb_with_object_is_no_relative_denial():
    # "the claim that Russia denies responsibility": the verb has its own object; no row with source "Russia"
    a = att("He repeated the claim that Russia denies responsibility for the attack.")
    assert "Russia" not in list(a["source"])


# ---------------------------------------------------------------- 3. ", expressing the hope that …"
def test_expressing_hope_adjunct_has_the_main_speaker():
    a = att("The foreign minister said that the talks went well, expressing the hope that relations would "
            "grow further.")
    assert _rows(a, "cue", "source", "content") == [
        ("said", "The foreign minister", "that the talks went well"),
        ("expressing hope", "The foreign minister", "that relations would grow further")]


def test_expressing_support_without_clause_gives_no_row():
    # no that-clause: a stance the minister shows, no reported content (documented limit)
    a = att("The foreign minister said that the DPRK would stand by Russia, expressing invariable support for "
            "the just war.")
    assert list(a["cue"]) == ["said"]


# ---------------------------------------------------------------- 4. coordinated ministries
def test_officials_of_two_ministries_keep_whole_subject():
    a = att("Officials of the Ministry of Foreign Affairs and the Ministry of Defence of Japan said that they "
            "were watching the situation closely.")
    assert _rows(a, "source", "source_type", "source_country") == [
        ("Officials of the Ministry of Foreign Affairs and the Ministry of Defence of Japan", "government", "JP")]


# ---------------------------------------------------------------- 5. a message over several paragraphs
def test_message_colon_takes_following_paragraphs_until_stop():
    text = ("Kim Jong Un sent a message to Vladimir Putin.\n"
            "The message said:\n"
            "I extend warm congratulations to you on the Victory Day.\n"
            "Our friendship will grow stronger with each passing year.\n"
            "The message was delivered on Monday.")
    a = att(text)
    assert _rows(a, "kind", "cue", "source") == [("direct", "said", "The message")]
    assert a.iloc[0]["content"] == ("I extend warm congratulations to you on the Victory Day.\n"
                                    "Our friendship will grow stronger with each passing year")


def test_schreiben_lautet_takes_following_paragraphs_de():
    text = ("Kim schickte Putin ein Schreiben.\n"
            "Das Schreiben lautet:\n"
            "Wir danken Ihnen für Ihre Unterstützung in diesen Tagen.\n"
            "Unsere Freundschaft ist unzerstörbar und wird weiter wachsen.\n"
            "Das Schreiben wurde am Montag übergeben.")
    a = att(text, "de")
    assert _rows(a, "kind", "cue", "source") == [("direct", "lautet", "Das Schreiben")]
    assert a.iloc[0]["content"] == ("Wir danken Ihnen für Ihre Unterstützung in diesen Tagen.\n"
                                    "Unsere Freundschaft ist unzerstörbar und wird weiter wachsen")


def test_person_bare_colon_keeps_one_paragraph():
    text = ("The governor added:\n"
            "It is typical of the opposition and it will not work.\n"
            "The governor's comments came after a rally in the state capital.")
    a = att(text)
    assert _rows(a, "cue", "content") == [("added", "It is typical of the opposition and it will not work")]


# ---------------------------------------------------------------- 6. topic verbs
def test_discussed_noun_phrase_is_topic_class_and_counted_by_default():
    a = att("Mr Putin and Mr Kim discussed the relations between the two Koreas.")
    assert _rows(a, "cue", "cue_class", "content") == [
        ("discussed", "topic", "the relations between the two Koreas"),
        ("discussed", "topic", "the relations between the two Koreas")]
    # the rows stay in the table and compare counts them unless the user picks cue classes
    assert len(reported_attributions(a)) == 2
    assert len(reported_attributions(a, cue_classes=("speech", "writing"))) == 0


def test_discussed_with_clause_is_speech():
    a = att("The ministers discussed whether sanctions should be lifted.")
    assert _rows(a, "cue", "cue_class") == [("discussed", "speech")]
