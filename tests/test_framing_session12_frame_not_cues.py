"""Session 12: false cues of one frame that a right cue of another, fixed with frame-level ``not_cues``.

Each sentence is hand-written after a kind of hit read in the real English and German on-topic articles; the
expected hits are worked out by reading it against the frame's definition in the codebook.
"""
import pandas as pd

import newsanalysis as na


def _hits(text, language, frame, codebook="generic"):
    ev = na.frame_evidence(pd.DataFrame({"article_id": ["a"], "language": [language], "text": [text]}),
                           codebook=codebook)
    return ev.loc[ev["frame"] == frame, "matched"].tolist()


# ------------------------------------------------------------------ English generic

def test_weapons_of_mass_destruction_are_no_resources_but_still_security():
    text = "Syria used chemical weapons. North Korea supplied weapons to Russia."
    # Capacity: the supply ("supplied") and the weapons supplied, not the chemical weapons
    assert _hits(text, "en", "Capacity_and_resources") == ["supplied", "weapons"]
    assert _hits(text, "en", "Security_and_defense") == ["weapons", "weapons"]


def test_provisions_of_a_treaty_are_no_supplies():
    text = "The provisions of the treaty were kept, and the provision of housing continues."
    assert _hits(text, "en", "Capacity_and_resources") == ["provision", "housing"]


def test_courtesy_is_no_morality():
    text = "It is a great honour to be here. Honour and duty demand the truth."
    assert _hits(text, "en", "Morality") == ["Honour", "duty", "truth"]


def test_not_only_is_no_moral_should_not():
    text = "Agreements should not only be written but kept. We should not lie."
    assert _hits(text, "en", "Morality") == ["should not", "lie"]


def test_trade_wars_and_artificial_intelligence_are_no_security():
    text = "A trade war and artificial intelligence worry them; military intelligence warns of war."
    assert _hits(text, "en", "Security_and_defense") == ["military", "intelligence", "war"]
    assert "trade" in _hits(text, "en", "Economic")                      # the trade war is still Economic


def test_a_labour_strike_is_no_security():
    text = "The dockers went on strike; a missile strike hit the port."
    assert _hits(text, "en", "Security_and_defense") == ["missile", "strike"]


def test_the_international_community_and_a_political_struggle_are_no_quality_of_life():
    text = ("The international community and the business community met amid a political struggle. "
            "Families in the community struggle to pay for heating.")
    assert _hits(text, "en", "Quality_of_life") == ["Families", "community", "struggle", "heating"]


def test_a_civilian_aircraft_is_no_quality_of_life_but_civilians_are():
    text = "A civilian aircraft was hit; civilians fled their homes."
    assert _hits(text, "en", "Quality_of_life") == ["civilians", "fled", "homes"]


def test_a_party_to_a_deal_and_business_leaders_are_no_politics():
    text = "The parties to the agreement and business leaders met the ruling party and opposition leaders."
    assert _hits(text, "en", "Political") == ["party", "opposition", "leaders"]
