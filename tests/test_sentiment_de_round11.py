"""Round 11 of the German rules, on hand-written sentences (none taken from the gold or a corpus).

Expected values are worked out by hand from SentiWS 1.8c weights (gersent lists) and the supplement:
unklar -0.5023, sicher +0.3733, pünktlich +0.086, Soldaten -0.15 and getötet -0.5 (supplement); x 4 (scale),
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
