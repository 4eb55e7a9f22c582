"""Round 10 of the German rules and supplement 0.7, on hand-written sentences.

Expected values are worked out by hand from SentiWS 1.8c weights (gersent lists) and the supplement:
schwierig -0.0245 in SentiWS (supplement 0.7: -0.3), tot -0.1683 (0.7: -0.5), verpatzt / Fehleinschätzung -0.4,
verteuert -0.3, Chancen +0.2, gelang +0.3, Triumph +0.4, sicher +0.3733, erfreut +0.2112, besser +0.3716,
Sanktionen -0.3, Beschuss / Opfer -0.4; x 4 (scale), negation x -0.74, compound x / sqrt(x^2 + 15); the German
cut-offs are -0.2 / +0.2.
"""

import pytest

from newsanalysis.sentiment_de import german_lexicon, german_scorer, sentiws

from _sentiment_de_helpers import compound, norm, terms


def label(text):
    return german_scorer().label(compound(text))


# -- supplement 0.7: words SentiWS lacks or rates near zero -----------------------------------------------
def test_difficulty_words_are_negative():
    assert sentiws().get("schwierig") == pytest.approx(-0.0245, abs=1e-4)
    # -0.3 x 4 = -1.2: -0.2960 (was -0.098: -0.0253, neutral)
    assert compound("Die Verhandlungen waren schwierig.") == pytest.approx(norm(-1.2), abs=1e-4)
    assert label("Die Verhandlungen waren schwierig.") == "negative"
    assert label("Das ist eine der schwierigsten Aufgaben.") == "negative"


def test_death_and_failure_words_are_negative():
    # "tot" -0.5 x 4 = -2: -0.4588 (SentiWS -0.1683: -0.1712, neutral)
    assert compound("Der Sänger ist tot.") == pytest.approx(norm(-2.0), abs=1e-4)
    assert label("Die Mannschaft hat den Saisonstart verpatzt.") == "negative"
    assert compound("Die Entscheidung war eine Fehleinschätzung.") == pytest.approx(norm(-1.6), abs=1e-4)


def test_rising_prices_are_negative():
    assert compound("Der Neubau hat sich verteuert.") == pytest.approx(norm(-1.2), abs=1e-4)
    # the compound was its head "Steigerungen", SentiWS's unrated placeholder
    assert label("Die Preissteigerungen halten an.") == "negative"


def test_success_and_opportunity_words_are_positive():
    # +0.2 x 4 = 0.8: 0.2023, just positive
    assert compound("Die Gäste hatten weitere Chancen.") == pytest.approx(norm(0.8), abs=1e-4)
    assert label("Die Gäste hatten weitere Chancen.") == "positive"
    # negated: 0.8 x -0.74 = -0.592: -0.1511, no longer positive; "she had no chance" is a loss, negative at
    # the round-10 cut-off (-0.15)
    assert compound("Sie hatte keine Chance.") == pytest.approx(-0.1511, abs=1e-4)
    assert label("Sie hatte keine Chance.") == "negative"
    # exact forms beat SentiWS's placeholder entries: gelang 1.2 + Triumph 1.6 = 2.8 (Triumph was 0.05)
    assert compound("Ihr gelang ein Triumph.") == pytest.approx(norm(2.8), abs=1e-4)


def test_supplement_nouns_cover_their_inflected_forms():
    # "des Beschusses", "den Opfern" were unscored; the supplement lists "Beschuss", "Opfer"
    assert terms("Wegen des Beschusses.")["Beschusses"]["weight"] == pytest.approx(-1.6)
    assert compound("Sie gedachten den Opfern.") == pytest.approx(norm(-1.6), abs=1e-4)
    # a form SentiWS lists keeps SentiWS's weight
    assert german_lexicon().get("Tods") == pytest.approx(sentiws().get("Tods"))


# -- round 10 rules ---------------------------------------------------------------------------------------
def test_word_sense_traps_are_not_scored():
    # "pflegen" (maintain), "vertraut" (familiar with), "unterliegen" (be subject to)
    assert compound("Die beiden Länder pflegen enge Beziehungen.") == 0.0
    assert compound("Er ist mit den Plänen vertraut.") == 0.0
    # only the sanctions count: -0.3 x 4 = -1.2
    assert compound("Nordkorea unterliegt internationalen Sanktionen.") == pytest.approx(norm(-1.2), abs=1e-4)


def test_alles_andere_als_negates():
    # "anything but safe": 0.3733 x 4 x -0.74 = -1.1050: -0.2744 (was +0.3600, positive)
    t = terms("Der Sieg ist alles andere als sicher.")
    assert t["sicher"]["rules"] == ["negated by 'als' (x-0.74)"]
    assert label("Der Sieg ist alles andere als sicher.") == "negative"
    # "als" alone does not negate
    assert label("Er gilt als sicher.") == "positive"


def test_wenig_negates_but_ein_wenig_only_dampens():
    # "wenig erfreut" (displeased): 0.2112 x 4 x 0.5 x -0.74 = -0.3126, a negative sign (was +0.4224)
    assert compound("Die Regierung ist wenig erfreut.") == pytest.approx(norm(-0.312576), abs=1e-4)
    # "ein wenig besser" (a little better): 0.3716 x 4 x 0.5 = 0.7432, positive sign
    assert compound("Das ist ein wenig besser.") == pytest.approx(norm(0.7432), abs=1e-4)


def test_an_end_negated_after_it_reverses_nothing():
    w = sentiws().get("Krieges") * 4
    # no end in sight: the war stays negative (was reversed to +0.3793)
    assert compound("Ein Ende des Krieges ist nicht in Sicht.") == pytest.approx(norm(w), abs=1e-4)
    assert label("Der Krieg endete nicht.") == "negative"
    # an end in sight still reverses
    assert compound("Das Ende des Krieges ist in Sicht.") == pytest.approx(norm(w * -0.74), abs=1e-4)


def test_end_verb_reaches_four_words_back():
    # verb-final German: "die Kriege in der Welt beenden" (four words between), reversed: positive
    assert label("Er will die Kriege in der Welt beenden.") == "positive"
