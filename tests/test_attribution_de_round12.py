"""Round 12 of the German attribution rules (Redewiedergabe dev errors counted by class, fixed by class).

Every sentence here is hand-written (other people, places and words than the corpus) and the expected kinds,
sources and contents were worked out by reading it.
"""
from conftest import att, att_with_sentences, one




# --- a caller's sentence table that cuts inside a sentence


def test_a_sentence_cut_without_final_punctuation_is_one_sentence():
    # the table cuts before and after an emphasised word ("Brücke"), as Redewiedergabe and OCR'd prints do;
    # the reported clause runs to the real end of the sentence
    text = "Der Bürgermeister versicherte, dass die neue Brücke noch vor dem Winter fertig werde."
    a = att_with_sentences(text, ["neue", "Brücke"])
    assert len(a) == 1
    r = a.iloc[0]
    assert (r["kind"], r["cue"], r["source"]) == ("indirect", "versicherte", "Der Bürgermeister")
    assert r["content"] == "dass die neue Brücke noch vor dem Winter fertig werde"
    assert r["sentence_id"] == 0


def test_a_headline_without_punctuation_stays_apart():
    # a line break after the unpunctuated headline: the headline is no part of the next sentence
    text = "Neue Brücke für Kesselbach\nDer Bürgermeister versicherte, dass sie vor dem Winter fertig werde."
    a = att_with_sentences(text, ["Kesselbach"])
    assert len(a) == 1
    r = a.iloc[0]
    assert (r["source"], r["content"]) == ("Der Bürgermeister", "dass sie vor dem Winter fertig werde")
    assert r["sentence_id"] == 1


# --- names of papers and agencies in quotation marks


def test_inverted_speaker_with_a_quoted_paper_name():
    r = one("Am Dienstag berichtete die „Rheinpost“, der Stadtrat habe den Haushalt abgelehnt.", "de")
    assert (r["kind"], r["cue"]) == ("indirect", "berichtete")
    assert r["source"] == "die „Rheinpost“"
    assert r["content"] == "der Stadtrat habe den Haushalt abgelehnt"


def test_quoted_agency_name_between_verb_and_particle():
    r = one("Zuvor teilte die Agentur „Nordpress“ mit, dass zwei Schiffe ausgelaufen seien.", "de")
    assert (r["cue"], r["source"]) == ("teilte mit", "die Agentur „Nordpress“")
    assert r["content"] == "dass zwei Schiffe ausgelaufen seien"


def test_zufolge_after_a_quoted_paper_name():
    r = one("Dem „Tageblatt“ zufolge wurde die Brücke in der Nacht gesperrt.", "de")
    assert (r["kind"], r["cue"], r["source"]) == ("according_to", "zufolge", "Dem „Tageblatt“")
    assert r["content"] == "wurde die Brücke in der Nacht gesperrt"


def test_a_quoted_paper_after_the_speaker_is_the_addressee():
    # "der „Rheinpost“" after the speaker is the paper he spoke to (dative), not part of his name
    r = one("Die Lage sei ernst, sagte der Bürgermeister der „Rheinpost“.", "de")
    assert (r["source"], r["content"]) == ("der Bürgermeister", "Die Lage sei ernst")


def test_a_quoted_phrase_after_a_name_is_no_part_of_the_source():
    a = att("Das neue Modell soll laut Hersteller „Technik sichtbar machen“.", "de")
    r = a[a["kind"] == "according_to"].iloc[0]
    assert r["source"] == "Hersteller"


# --- request and question nouns with a clause


def test_request_noun_with_a_zu_infinitive():
    r = one("Der Verein richtete die Bitte an alle Mitglieder, ihre Beiträge bis Ende März zu zahlen.", "de")
    assert (r["kind"], r["cue"]) == ("indirect", "Bitte")
    assert r["content"] == "ihre Beiträge bis Ende März zu zahlen"


def test_question_noun_with_an_ob_clause():
    r = one("Die Abgeordnete stellte die Anfrage an den Senat, ob die Bäder im Sommer öffnen.", "de")
    assert (r["kind"], r["cue"]) == ("indirect", "Anfrage")
    assert r["content"] == "ob die Bäder im Sommer öffnen"


def test_order_noun_after_a_passive():
    r = one("Am Abend wurde den Wachen der Befehl erteilt, die Tore zu schließen.", "de")
    assert (r["cue"], r["content"]) == ("Befehl", "die Tore zu schließen")


def test_no_request_row_for_the_particle_bitte_or_auf_anfrage():
    assert len(att("Bitte beachten Sie, dass der Eingang verlegt wurde.", "de")) == 0
    r = one("Die Pressestelle bestätigte auf Anfrage, dass der Termin verschoben wird.", "de")
    assert (r["cue"], r["source"]) == ("bestätigte", "Die Pressestelle")


def test_no_request_row_for_a_relative_or_purpose_clause():
    assert len(att("Die Bitte, die der Verein vortrug, blieb lange ohne Antwort.", "de")) == 0
    assert "Bitte" not in list(att("Er schrieb eine Bitte, um Hilfe zu bekommen.", "de")["cue"])
