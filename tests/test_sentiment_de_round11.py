"""Round 11 of the German rules, on hand-written sentences (none taken from the gold or a corpus).

Expected values are worked out by hand from SentiWS 1.8c weights (gersent lists) and the supplement:
unklar -0.5023, Soldaten -0.15 and getötet -0.5 (supplement), Katastrophe -0.5027, vermeiden -0.5265, Entlassungen and
Anschlag the unrated negative -0.4, Niederlage -0.3651; x 4 (scale),
negation x -0.74, compound x / sqrt(x^2 + 15); the German cut-offs are -0.15 / +0.15.
"""

import pytest

from newsanalysis.sentiment_de import german_scorer, sentiws

from _sentiment_de_helpers import compound, norm, terms


def label(text):
    return german_scorer().label(compound(text))


# -- "unklar": not known yet, no evaluation ---------------------------------------------------------------
def test_unclear_is_not_scored():
    assert sentiws().get("unklar") == pytest.approx(-0.5023, abs=1e-4)
    # was -0.5023 x 4 = -2.0092: -0.4605, negative; the sentence only says that nobody knows yet
    assert compound("Wie viele Menschen dort wohnen, ist unklar.") == 0.0
    assert label("Wie viele Menschen dort wohnen, ist unklar.") == "neutral"
    # capitalised at the sentence start too
    assert compound("Unklar ist, ob der Minister zurücktritt.") == 0.0


def test_unclear_leaves_the_other_words():
    # only Soldaten -0.15 x 4 = -0.6 and getötet -0.5 x 4 = -2.0 count: -2.6 (was -4.6092: -0.7656)
    text = "Es blieb zunächst unklar, wer die Soldaten getötet hat."
    assert "unklar" not in terms(text)
    assert compound(text) == pytest.approx(norm(-2.6), abs=1e-4)
    # a word of the same field that is an evaluation keeps its weight
    assert compound("Die Anleitung ist unverständlich.") < -0.15


# -- preventing or averting something reverses it, like a reduction ---------------------------------------
def test_averted_and_avoided_harm_is_hopeful():
    # Katastrophe -0.5027 x 4 x -0.74 = +1.4880: 0.3586 (was -2.0108: -0.4608, negative)
    assert compound("Die Feuerwehr konnte eine Katastrophe abwenden.") == pytest.approx(norm(-0.5027 * 4 * -0.74), abs=1e-4)
    assert label("Die Feuerwehr konnte eine Katastrophe abwenden.") == "positive"
    # Entlassungen (SentiWS's unrated negative, -0.4) reversed: +1.184: 0.2924; "vermeiden" (SentiWS -0.5265) carries
    # no weight of its own (was -1.6 - 2.106 = -3.706: -0.6912)
    t = terms("Die Regierung will Entlassungen vermeiden.")
    assert "vermeiden" not in t and "reduced by 'vermeiden' (x-0.74)" in t["Entlassungen"]["rules"]
    assert compound("Die Regierung will Entlassungen vermeiden.") == pytest.approx(norm(1.184), abs=1e-4)
    assert label("Der Vertrag soll einen Krieg verhindern.") == "positive"


def test_prevention_without_harm_or_negated():
    # nothing polar to reverse: 0 (was "vermeiden" -2.106: -0.4775)
    assert compound("Sie vermeiden den Kontakt.") == 0.0
    # a negated prevention reverses nothing: Niederlage -0.3651 x 4 = -1.4604: -0.3528
    assert compound("Er konnte die Niederlage nicht verhindern.") == pytest.approx(norm(-1.4604), abs=1e-4)
    assert label("Er konnte die Niederlage nicht verhindern.") == "negative"


# -- "-pflicht" compounds name a rule, not a burden --------------------------------------------------------
def test_duty_compounds_have_no_head():
    assert sentiws().get("Pflicht") == pytest.approx(-0.3577, abs=1e-4)
    # was the compound head "Pflicht": -0.3577 x 4 = -1.4308: -0.3465, negative
    assert compound("Im Winter gilt wieder die Maskenpflicht in Bussen.") == 0.0
    assert label("Die Regierung plant eine Dienstpflicht für junge Leute.") == "neutral"
    assert "Testpflichten" not in terms("Die Testpflichten laufen im März aus.")


def test_duty_alone_keeps_its_weight():
    assert compound("Die Steuer ist eine Pflicht.") == pytest.approx(norm(-0.3577 * 4), abs=1e-4)


# -- "-gegner" compounds name a group, not an enemy --------------------------------------------------------
def test_opponent_compounds_have_no_head():
    assert sentiws().get("Gegner") == pytest.approx(-0.344, abs=1e-4)
    # was the compound head "Gegner": -0.344 x 4 = -1.376: -0.3348, negative
    assert compound("Die Impfgegner versammelten sich vor dem Rathaus.") == 0.0
    assert label("Die Impfgegner versammelten sich vor dem Rathaus.") == "neutral"
    # only "Klage" (SentiWS's unrated negative, -0.4 x 4 = -1.6) counts
    assert compound("Die Abtreibungsgegner haben Klage eingereicht.") == pytest.approx(norm(-1.6), abs=1e-4)


def test_opponent_alone_keeps_its_weight():
    assert compound("Der Gegner griff im Morgengrauen an.") == pytest.approx(norm(-1.376), abs=1e-4)


# -- supplement 0.8: refusal ---------------------------------------------------------------------------------
def test_refusal_verbs_are_negative():
    # SentiWS lists only the noun "Verweigerung"; the verbs were unscored (0)
    assert sentiws().get("weigert") is None and sentiws().get("verweigerte") is None
    # -0.3 x 4 = -1.2: -0.2960
    assert compound("Der Zeuge verweigerte die Aussage.") == pytest.approx(norm(-1.2), abs=1e-4)
    assert label("Die Regierung weigert sich, die Gefangenen freizulassen.") == "negative"
    # negated like any other word: +0.888: 0.2235
    assert compound("Er hat nie die Aussage verweigert.") == pytest.approx(norm(-1.2 * -0.74), abs=1e-4)
