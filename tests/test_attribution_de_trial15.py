"""Session 15, a teacher's first-use trial (docs/history/attribution.md, "Session 15"): German news formulas the
rules missed or misread: "sprach … von", "bezeichnete … als „…“", "Nach Informationen aus Regierungskreisen in
Seoul", a Konjunktiv continuation with a verb in -te ("Es leite … ein"), "mit Sanktionen belegt" (no report), and
a spokesperson of a named institution ("Ein Sprecher des Auswärtigen Amts": a role, DE).

The sentences are hand-written; sources, cues, contents and categories were worked out by reading them.
"""
import pandas as pd

import newsanalysis as na
from conftest import att


def _rows(text):
    return att(text, "de")


def _one(text, kind=None):
    a = _rows(text)
    if kind is not None:
        a = a[a["kind"] == kind]
    assert len(a) == 1, _rows(text)[["kind", "cue", "source", "content"]].to_string()
    return a.iloc[0]


# --- 1. "sprechen von"


def test_sprach_von_with_words_between_verb_and_von():
    r = _one("Kremlchef Wladimir Putin sprach nach dem Treffen mit Machthaber Kim Jong Un von einem "
             "„Durchbruchsdokument“.")
    assert (r["source"], r["cue"], r["content"]) == ("Kremlchef Wladimir Putin", "sprach von",
                                                      "einem „Durchbruchsdokument“")
    assert r["kind"] == "indirect" and r["named"]


def test_sprach_von_with_a_one_word_quotation():
    # a capitalised one-word quotation is the term, not a quoted name in the addressee
    r = _one("Putin sprach von einem «Durchbruchsdokument».")
    assert (r["source"], r["cue"], r["content"]) == ("Putin", "sprach von", "einem «Durchbruchsdokument»")


def test_sprechen_von_without_quotation_marks():
    r = _one("Beobachter sprechen von einer Inszenierung.")
    assert (r["source"], r["cue"], r["content"]) == ("Beobachter", "sprechen von", "einer Inszenierung")
    assert r["anonymous"]
    r = _one("Nach dem Treffen sprach Putin von einem Durchbruch.")
    assert (r["source"], r["content"]) == ("Putin", "einem Durchbruch")
    r = _one("Die Staatsmedien sprachen nach dem Treffen vom „Beginn einer neuen Ära“.")
    assert (r["source"], r["cue"]) == ("Die Staatsmedien", "sprachen vom")


def test_sprechen_without_von_or_with_a_name_after_von_is_no_report():
    assert _rows("Sie sprachen lange miteinander.").empty
    assert _rows("Putin sprach mit dem Chef von Rosatom über die Lage.").empty
    assert _rows("Man kann von einem Erfolg sprechen.").empty


# --- 2. "bezeichnen … als „…“"


def test_bezeichnete_als_with_a_quotation():
    text = "Die USA bezeichneten das Abkommen als „äußerst besorgniserregend“."
    r = _one(text)
    assert (r["source"], r["cue"], r["content"]) == ("Die USA", "bezeichneten",
                                                      "das Abkommen als „äußerst besorgniserregend“")
    assert r["stance"] == "emotive"
    r = _one("Die USA haben das Abkommen als „äußerst besorgniserregend“ bezeichnet.")
    assert (r["source"], r["cue"]) == ("Die USA", "bezeichnet")


def test_bezeichnete_without_als_quotation_is_no_report():
    assert _rows("Die USA bezeichneten das Abkommen als gefährlich.").empty
    assert _rows("Der Lehrer bezeichnete die Stelle mit einem Kreuz.").empty


# --- 3. "Nach Informationen aus …"


def test_nach_informationen_aus_regierungskreisen():
    r = _one("Nach Informationen aus Regierungskreisen in Seoul soll Russland im Gegenzug Technik für Satelliten "
             "liefern.")
    assert (r["kind"], r["source"], r["cue"]) == ("according_to", "Regierungskreisen in Seoul",
                                                   "Nach Informationen aus")
    assert r["content"] == "soll Russland im Gegenzug Technik für Satelliten liefern"
    assert r["anonymous"] and not r["named"] and r["source_country"] == "KR"
    r = _one("Nach Informationen aus Regierungskreisen hat Russland Technik geliefert.")
    assert (r["kind"], r["source"], r["content"]) == ("according_to", "Regierungskreisen",
                                                       "hat Russland Technik geliefert")
    assert r["anonymous"]


# --- 4. Konjunktiv continuation with a verb in -te


def test_konjunktiv_continuation_of_a_t_stem_verb():
    rows = _rows("„Ich habe keinen Zweifel“, sagte der Machthaber. Es leite eine neue Epoche ein.")
    assert len(rows) == 2
    r = rows.iloc[1]
    assert (r["kind"], r["source"], r["content"]) == ("indirect", "der Machthaber", "Es leite eine neue Epoche ein")
    # the preterite "leitete" is the writer's narration
    rows = _rows("Kim sagte, das Abkommen sei historisch. Es leitete eine neue Epoche ein.")
    assert len(rows) == 1


# --- 5. "mit Sanktionen belegt"


def test_belegen_as_impose_or_rank_is_no_report():
    assert _rows("Die Vereinten Nationen hatten Nordkorea wegen seines Atomprogramms mit Sanktionen belegt, die "
                 "Russland nun beenden will.").empty
    assert _rows("Die Mannschaft belegte den dritten Platz.").empty


def test_belegen_with_a_clause_or_a_document_subject_reports():
    r = _one("Der Geheimdienst belegte, dass Nordkorea Munition geliefert habe.")
    assert (r["source"], r["content"]) == ("Der Geheimdienst", "dass Nordkorea Munition geliefert habe")
    r = _one("Die Satellitenbilder belegen den Ausbau der Anlage.")
    assert (r["source"], r["source_type"], r["content"]) == ("Die Satellitenbilder", "document",
                                                              "den Ausbau der Anlage")


# --- 6. named / role only / anonymous and the country of German institutions


def test_spokesperson_of_a_named_institution_is_a_role():
    for text, country in (("Ein Sprecher des Auswärtigen Amts sagte, die Lage sei ernst.", "DE"),
                          ("Ein Sprecher der Bundesregierung sagte, die Lage sei ernst.", "DE"),
                          ("Der Sprecher des Auswärtigen Amts sagte, die Lage sei ernst.", "DE"),
                          ("Ein Sprecher des russischen Außenministeriums sagte, die Lage sei ernst.", "RU")):
        r = _one(text)
        assert (r["named"], r["anonymous"], r["identified_by"]) == (False, False, "role"), text
        assert (r["source_type"], r["source_country"]) == ("government", country), text


def test_anonymous_stays_anonymous():
    r = _one("Ein hochrangiger Diplomat, der nicht namentlich genannt werden wollte, sagte, man sei „nicht "
             "überrascht“.")
    assert r["anonymous"] and not r["named"]
    r = _one("Ein Sprecher des Auswärtigen Amts, der nicht genannt werden wollte, sagte, die Lage sei ernst.")
    assert r["anonymous"] and not r["named"]
    r = _one("Ein Sprecher sagte, die Lage sei ernst.")
    assert r["anonymous"]


def test_german_institutions_and_spokesmen_have_country_de():
    r = _one("Regierungssprecher Steffen Hebestreit sagte, die Lage sei ernst.")
    assert r["named"] and r["source_country"] == "DE"
    r = _one("Die Bundeswehr teilte mit, die Lage sei ernst.")
    assert r["named"] and (r["source_type"], r["source_country"]) == ("military", "DE")
    r = _one("Das Kanzleramt teilte mit, die Lage sei ernst.")
    assert (r["source_type"], r["source_country"]) == ("government", "DE")
    r = _one("Die Bundesregierung erklärte, die Lage sei ernst.")
    assert r["named"] and r["source_country"] == "DE"


# --- 7. a claim credited to two sources


def test_claim_of_two_sources_keeps_both():
    c = na.claims(pd.DataFrame({"article_id": ["z"], "text": ["Nach Angaben der USA und Südkoreas sind etwa 10.000 "
                                                               "Soldaten in Russland stationiert."], "language": ["de"]}))
    assert len(c) == 1
    assert (c.iloc[0]["source"], c.iloc[0]["co_sources"], c.iloc[0]["value"]) == ("USA", "Südkoreas", 10000.0)


# --- the speaker before a relative clause followed by more clauses (lead, session 15)


def test_speaker_before_a_relative_clause_and_a_weil_clause_with_zu_infinitive():
    t = ("Ein hochrangiger Diplomat, der nicht namentlich genannt werden wollte, weil er nicht befugt ist, "
         "öffentlich zu sprechen, sagte, man sei nicht überrascht.")
    a = att(t, "de")
    assert len(a) == 1
    r = a.iloc[0]
    assert (r["cue"], r["source"], r["content"]) == ("sagte", "Ein hochrangiger Diplomat", "man sei nicht überrascht")
    assert r["anonymous"]  # the anonymity clause still counts


def test_speaker_before_a_relative_clause_and_an_um_zu_clause():
    a = att("Ein Beamter, der anonym bleiben wollte, um seine Stelle nicht zu gefährden, sagte, die Lage sei ernst.", "de")
    assert list(zip(a["cue"], a["source"], a["content"])) == [("sagte", "Ein Beamter", "die Lage sei ernst")]


def test_a_time_phrase_before_an_impersonal_cue_is_no_source():
    a = att("Im August hieß es, die Truppen seien abgezogen.", "de")
    assert list(a["cue"]) == ["hieß es"] and a["source"].isna().all()
    # also when the time phrase fills the first position and the speaker would follow the verb: the row
    # stays, with "hieß es" as its cue and nobody as its source (it was lost, or cue-less, before)
    for t in ("Am Montag hieß es, die Lage sei ernst.", "Heute hieß es, die Lage sei ernst.",
              "Am Montag hieß es, dass die Lage ernst sei."):
        a = att(t, "de")
        assert list(a["cue"]) == ["hieß es"] and a["source"].isna().all(), t
    # a place before it stays the source (a phrase of origin)
    assert list(att("In Moskau hieß es, die Gespräche seien gescheitert.", "de")["source"]) == ["In Moskau"]
