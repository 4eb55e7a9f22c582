"""Session 13: claims and media-citing-media defects a trial user found on the real corpus
(scratch13/trial/report.md, findings 5 and 6).

All sentences are hand-written for these tests (not copied from any corpus); expected values are worked
out by reading them.
"""
import math

import pandas as pd

from conftest import att


def cl(text, lang="en"):
    """The claims table of one hand-written text."""
    from newsanalysis.attribution import claims

    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "language": [lang]})
    return claims(arts)


def units(text, lang="en"):
    """(number_text, value, unit) of every claim."""
    return [(r.number_text, r.value, r.unit) for r in cl(text, lang).itertuples()]


# ---------------------------------------------------------------- 1. reversed quotation marks
REVERSED = ("The forum opened on Monday with more than 200 guests from 40 countries and a long programme "
            "of panels on trade. The organisers chose the motto ”open doors,“ which the host explained. "
            "The mayor said, ”We expect 5,000 visitors next year.“ Nobody disagreed.")


def test_reversed_closing_mark_does_not_open_the_text_as_a_quote():
    a = att(REVERSED)
    # the lead is the outlet's own text: no attribution starts at the text's first character
    assert not (a["start"] == 0).any()
    assert not any("200 guests" in c for c in a["content"])


def test_reversed_pair_still_quotes_the_mayor():
    a = att(REVERSED)
    row = a[a["source"] == "The mayor"]
    assert len(row) == 1
    assert "5,000 visitors" in row["content"].iloc[0]
    assert row["kind"].iloc[0] == "direct"


def test_reversed_marks_give_no_claim_for_the_outlets_own_figures():
    assert [u for _, _, u in units(REVERSED)] == ["visitors"]


def test_normal_curly_quotes_unchanged():
    a = att("The mayor said, \u201cWe expect 5,000 visitors next year.\u201d Nobody disagreed.")
    assert list(a["source"]) == ["The mayor"]
    assert a["content"].iloc[0].startswith("\u201cWe expect")


def test_titled_label_with_space_before_colon_is_a_turn():
    text = ("Director of the Institute for Regional Studies, moderator Anna Petrova : Good evening, friends.\n\n"
            "We have 300 guests tonight.\n\n"
            "Anna Petrova: Let us begin.\n\n"
            "Boris Ivanov: Thank you.\n\n"
            "Anna Petrova : The next question, please.")
    a = att(text)
    turns = a[a["speaker_turn"]]
    assert "moderator Anna Petrova" in list(turns["source"])
    first = turns[turns["source"] == "moderator Anna Petrova"].iloc[0]
    assert first["content"].startswith("Good evening, friends.")
    assert "300 guests" in first["content"]


# ---------------------------------------------------------------- 2. units and values of number claims
def test_currency_before_the_number_is_the_unit():
    assert units("The minister said the fund would reach $12 trillion compared to last year.") == [
        ("$12 trillion", 12e12, "$")]
    assert units("The minister said they lost $250 million worth of fees.") == [("$250 million", 2.5e8, "$")]
    assert units("The minister said that $35 plus is enough.") == [("$35", 35.0, "$")]


def test_qualifier_before_a_currency_amount():
    assert units("Officials said about \u20ac3 billion had been spent.") == [("about \u20ac3 billion", 3e9, "\u20ac")]


def test_adjective_before_a_capitalised_plural_is_not_the_unit():
    assert units("She said 12 million ethnic Germans lived abroad.") == [("12 million ethnic Germans", 1.2e7, "Germans")]


def test_coordinated_adjectives_before_the_noun():
    assert units("He said: We hire 40,000 bright, talented young engineers every year.") == [
        ("40,000 bright, talented young engineers", 40000.0, "engineers")]


def test_words_that_are_no_nouns_give_no_claim():
    # a verb, an adjective or a preposition after the number is no unit
    for text in ("He said that 5,000 remain in the camps.",
                 "He said that only 700 left after the war.",
                 "He said: \u201cWhere does 7.5 come from?\u201d",
                 "He said two billion live without power.",
                 "He said that 90 plus is a good score."):
        assert units(text) == [], text


def test_odd_after_a_hyphen_is_approximate():
    assert units("He said prices rose by 15-odd percent.") == [("15-odd percent", 15.0, "percent")]


def test_number_word_with_two_scale_words():
    assert units("He said at least three hundred million people would vote.") == [
        ("at least three hundred million people", 3e8, "people")]


def test_number_in_a_name_after_the():
    assert units("He said that the 123 Agreement was signed.") == []


def test_german_currency_and_adjective():
    assert units("Der Minister sagte, es seien 3 Milliarden Euro für 500 neue Panzer.", "de") == [
        ("3 Milliarden Euro", 3e9, "Euro"), ("500 neue Panzer", 500.0, "Panzer")]
    assert units("Der Minister sagte, man habe \u20ac40 Millionen gezahlt.", "de") == [("\u20ac40 Millionen", 4e7, "\u20ac")]


def test_adjectives_joined_by_and_before_the_noun():
    assert units("He said 30 million small and mid-sized firms need credit.") == [
        ("30 million small and mid-sized firms", 3e7, "firms")]


def test_capitalised_singular_after_an_adjective_is_no_unit():
    assert units("He praised a 9-million strong Austria, the host said.") == []


# ---------------------------------------------------------------- 3. the chain of a claim
def test_claim_carries_the_chain_of_its_attribution():
    c = cl("Reuters, citing Yonhap, reported that about 8,000 soldiers had arrived in the port.")
    assert list(c["number_text"]) == ["about 8,000 soldiers"]
    assert list(c["source"]) == ["Reuters"]
    assert list(c["chain"]) == ["Reuters > Yonhap"]


def test_claim_without_chain_has_none():
    c = cl("The ministry said 300 trucks had crossed the border.")
    assert list(c["chain"]) == [None]


def test_claims_accept_attributions_without_a_chain_column():
    from newsanalysis.attribution import attributions, claims

    arts = pd.DataFrame({"article_id": ["a"], "text": ["The ministry said 300 trucks had crossed."], "language": ["en"]})
    a = attributions(arts).drop(columns=["chain"])
    assert list(claims(arts, attributions=a)["chain"]) == [None]


# ---------------------------------------------------------------- 5. media citing media
def chains(text, lang="en"):
    a = att(text, lang)
    return [(r.source, r.chain) for r in a.itertuples()]


def test_quoting_after_the_cue_is_a_chain():
    a = att("Kyodo reported, quoting a defence official, that 4,000 workers had been sent.")
    assert list(a["source"]) == ["Kyodo"]
    assert list(a["chain"]) == ["Kyodo > a defence official"]
    assert list(a["content"]) == ["4,000 workers had been sent"]


def test_according_to_a_medium_citing_intelligence_is_a_chain():
    a = att("According to Kyodo, citing Japanese intelligence, the navy moved 12 ships.")
    assert list(a["source"]) == ["Kyodo"]
    assert list(a["chain"]) == ["Kyodo > Japanese intelligence"]
    assert list(a["content"]) == ["the navy moved 12 ships"]


def test_mit_verweis_auf_is_a_chain():
    a = att("Das Regiment habe 900 Soldaten verloren, schreibt der Kyiv Independent mit Verweis auf britische Offiziere.",
            "de")
    assert list(a["source"]) == ["der Kyiv Independent"]
    assert list(a["chain"]) == ["der Kyiv Independent > britische Offiziere"]


def test_zitiert_medium_object_chain():
    a = att("Die Truppen würden bleiben, zitiert Interfax den russischen Außenminister Sergej Lawrow.", "de")
    assert list(a["source"]) == ["den russischen Außenminister Sergej Lawrow"]
    assert list(a["chain"]) == ["Interfax > den russischen Außenminister Sergej Lawrow"]


def test_laut_medium_inside_a_speech_clause_is_a_chain_de():
    text = "Die Ministerin teilte laut staatlichen Medien mit, dass 300 Lastwagen gekommen seien."
    a = att(text, "de")
    # the "laut" row stays (Redewiedergabe marks it as indirect speech); the speech row carries the chain
    speech = a[a["kind"] != "according_to"]
    assert list(speech["source"]) == ["Die Ministerin"]
    assert list(speech["chain"]) == ["staatlichen Medien > Die Ministerin"]
    assert list(speech["content"]) == ["dass 300 Lastwagen gekommen seien"]
    c = cl(text, "de")
    assert list(c["source"]) == ["Die Ministerin"]
    assert list(c["chain"]) == ["staatlichen Medien > Die Ministerin"]


def test_laut_medium_after_the_speaker_is_a_chain_de():
    a = att("„Wir bleiben hart“, sagte der Senator laut ABC.", "de")
    speech = a[a["kind"] != "according_to"]
    assert list(speech["source"]) == ["der Senator"]
    assert list(speech["chain"]) == ["ABC > der Senator"]


def test_relative_clause_beruft_sich_is_a_chain():
    a = att("Nach Angaben der Agentur Kyodo, die sich auf die Küstenwache beruft, wurden 12 Schiffe gesehen.", "de")
    assert len(a) == 1
    assert a["chain"].iloc[0] == "Agentur Kyodo > die Küstenwache"
    assert a["content"].iloc[0] == "wurden 12 Schiffe gesehen"


def test_das_berichtete_medium_unter_berufung_auf():
    text = ("Im Kraftwerk sei der Strom zweimal ausgefallen. Das berichtete die polnische Nachrichtenseite Daily Watch "
            "unter Berufung auf eine Erklärung des Direktors der Behörde, Jan Nowak.")
    a = att(text, "de")
    a = a[a["source"].notna()]  # (the Konjunktiv sentence also has its own sourceless row, as before)
    assert list(a["source"]) == ["die polnische Nachrichtenseite Daily Watch"]
    assert a["chain"].iloc[0] == ("die polnische Nachrichtenseite Daily Watch > eine Erklärung des Direktors der "
                                  "Behörde, Jan Nowak")
    assert a["content"].iloc[0] == "Im Kraftwerk sei der Strom zweimal ausgefallen"


def test_second_cited_source_after_sowie_auf():
    a = att("Die Zeitung «Morgenpost» berichtete unter Berufung auf Diplomaten sowie auf einen gut informierten Beamten, "
            "dass 500 Soldaten verlegt worden seien.", "de")
    assert len(a) == 1
    assert a["chain"].iloc[0] == "Die Zeitung «Morgenpost» > Diplomaten; einen gut informierten Beamten"


def test_claim_in_a_sentence_reported_by_das_berichtete_has_the_source():
    c = cl("Im Hafen seien 300 Soldaten gelandet. Das berichtete die Zeitung Daily Watch.", "de")
    assert list(c["source"]) == ["die Zeitung Daily Watch"]
    assert list(c["attributed"]) == [True]


def test_das_schreibt_medium_mit_verweis_auf_with_relative_clause():
    text = ("Die Einheit habe 700 Soldaten. Das schreibt die Zeitung Nord Post mit Verweis auf Offiziere, "
            "die an der Übung teilgenommen haben.")
    a = att(text, "de")
    a = a[a["source"].notna()]
    assert list(a["source"]) == ["die Zeitung Nord Post"]
    assert list(a["chain"]) == ["die Zeitung Nord Post > Offiziere"]
    assert list(a["content"]) == ["Die Einheit habe 700 Soldaten"]
    c = cl(text, "de")
    assert list(c["source"]) == ["die Zeitung Nord Post"]
    assert list(c["chain"]) == ["die Zeitung Nord Post > Offiziere"]


def test_second_cited_source_after_words_of_the_first():
    a = att("Der «Morgenkurier» berichtete unter Berufung auf Vermittler bei den Gesprächen sowie auf einen Diplomaten, "
            "dass 40 Gefangene frei seien.", "de")
    assert list(a["chain"]) == ["Der «Morgenkurier» > Vermittler bei den Gesprächen; einen Diplomaten"]
    assert list(a["content"]) == ["dass 40 Gefangene frei seien"]


# ---------------------------------------------------------------- 6. based_on: the media an article relies on
def based(text, lang):
    from newsanalysis.dedup import based_on

    v = based_on(pd.DataFrame({"article_id": ["a"], "text": [text], "language": [lang]}))[0]
    return None if pd.isna(v) else v


def test_based_on_with_adjective_and_type_noun_de():
    assert based("Die Truppen sind angekommen, berichtete die russische Nachrichtenagentur Ria Nowosti am Morgen.",
                 "de") == "RIA Novosti"
    assert based("Der Minister reiste ab. Das meldete die staatliche Nachrichtenagentur Tass.", "de") == "TASS"
    assert based("Wie die amtliche Nachrichtenagentur KCNA meldete, reiste Kim ab.", "de") == "KCNA"


def test_based_on_zitiert_medium_de():
    assert based("Die Lage sei ernst, zitiert Tass einen Sprecher.", "de") == "TASS"


def test_based_on_quoted_paper_name_as_subject_de():
    assert based("Das «Wall Street Journal» berichtete am Montag über die Lieferungen.", "de") == "WSJ"


def test_based_on_agency_said_and_photo_credit_en():
    assert based("KCNA said the leader inspected a factory on Monday.", "en") == "KCNA"
    assert based("Kim visits a factory in this undated photo. (KCNA-Yonhap)\nThe leader spoke about output.",
                 "en") == "KCNA"


def test_based_on_leaves_unrelated_mentions():
    assert based("The CNN building was closed for repairs on Monday.", "en") is None
    assert based("Die Zeitung liegt auf dem Tisch, und Tassen stehen daneben.", "de") is None


# ---------------------------------------------------------------- 4. German "gibt … an" with a figure
def test_gibt_an_with_a_figure_as_object():
    text = ("Kiew meldet mehr als 2.000 Verletzte. Der japanische Generalstab gibt dagegen die Zahl von 800 "
            "verletzten Soldaten an.")
    a = att(text, "de")
    row = a[a["cue"] == "gibt an"]
    assert list(row["source"]) == ["Der japanische Generalstab"]
    assert list(row["content"]) == ["die Zahl von 800 verletzten Soldaten"]
    c = cl(text, "de")
    assert list(c[c["source"] == "Der japanische Generalstab"]["number_text"]) == ["800 verletzten Soldaten"]


def test_gibt_an_without_a_figure_is_no_attribution():
    # "angeben" in other senses: to set (the tone, the direction), to brag
    for text in ("Der Dirigent gibt im Orchester den Takt an.",
                 "Die Regierung gibt in dieser Frage die Richtung an.",
                 "Der Junge gibt vor seinen Freunden gern an."):
        assert att(text, "de").empty, text


def test_informationen_resolve_two_sentences_back_and_content_after_hervorgeht():
    text = ("Wie die Marine auf Telegram mitteilt, wurden in der Nacht zwei Raketen abgefeuert. Zudem wurden 12 Drohnen "
            "eingesetzt. Wie aus den Informationen hervorgeht, zerstörte die Abwehr 10 Drohnen.")
    a = att(text, "de")
    row = a[a["cue"] == "Wie aus"]
    assert list(row["source"]) == ["die Marine auf Telegram"]
    assert list(row["resolved_from"]) == ["previous attribution"]
    assert list(row["content"]) == ["zerstörte die Abwehr 10 Drohnen"]


def test_informationen_do_not_resolve_across_a_paragraph():
    text = ("Wie die Marine mitteilt, wurden zwei Raketen abgefeuert. Zudem wurden 12 Drohnen eingesetzt.\n\n"
            "Wie aus den Informationen hervorgeht, zerstörte die Abwehr 10 Drohnen.")
    a = att(text, "de")
    assert list(a[a["cue"] == "Wie aus"]["source"]) == ["den Informationen"]


def test_gibt_an_with_a_long_object_holding_a_figure():
    text = ("Kiew meldet 2.000 Tote. Der japanische Generalstab gibt dagegen die Zahl von 1.800 verletzten oder "
            "getöteten feindlichen Soldaten an.")
    a = att(text, "de")
    row = a[a["cue"] == "gibt an"]
    assert list(row["source"]) == ["Der japanische Generalstab"]
    assert list(row["content"]) == ["die Zahl von 1.800 verletzten oder getöteten feindlichen Soldaten"]
    c = cl(text, "de")
    assert list(c[c["source"] == "Der japanische Generalstab"]["number_text"]) == [
        "1.800 verletzten oder getöteten feindlichen Soldaten"]
