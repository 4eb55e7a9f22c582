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


# ------------------------------------------------------------------ German generic

def test_energy_infrastructure_as_a_target_is_no_economy():
    text = ("Russland griff die Energieinfrastruktur an, teilte das Energieministerium mit. Die Internationale "
            "Atomenergie-Organisation warnte. Die Energiepreise steigen.")
    assert _hits(text, "de", "Economic") == ["Energiepreise"]
    assert _hits(text, "de", "Capacity_and_resources") == ["Energieinfrastruktur"]   # a resource still


def test_a_number_of_shells_or_people_is_no_money():
    text = ("Nordkorea lieferte 5 Millionen Artilleriegeschosse, Millionen Flüchtlinge flohen. Die Kosten: "
            "Millionen Euro.")
    assert _hits(text, "de", "Economic") == ["Kosten", "Millionen", "Euro"]


def test_the_verb_unternehmen_is_no_company():
    text = "Kiew will alles Mögliche unternehmen. Das Unternehmen liefert Waffen."
    assert _hits(text, "de", "Economic") == ["Unternehmen"]


def test_nuclear_weapons_and_seized_computers_are_no_german_resources():
    text = ("Nordkorea will Atomwaffen bauen und liefert Waffen. Bei der Durchsuchung wurden Computerausrüstung und "
            "Kommunikationsmittel gefunden.")
    assert _hits(text, "de", "Capacity_and_resources") == ["liefert", "Waffen"]


def test_condemning_is_no_verdict_but_still_external_regulation():
    text = "Norwegen verurteilt diesen Krieg scharf. Ein Gericht hat den Soldaten zu vier Jahren Haft verurteilt."
    assert _hits(text, "de", "Legality_Constitutionality_and_jurisprudence") == ["Gericht", "verurteilt"]
    text = "Die Regierung hat den Angriff scharf verurteilt."
    assert _hits(text, "de", "Legality_Constitutionality_and_jurisprudence") == []
    assert _hits(text, "de", "Crime_and_punishment") == []
    assert _hits(text, "de", "External_regulation_and_reputation") == ["verurteilt"]


def test_the_name_of_the_war_is_no_relation_between_states():
    text = ("Im Ukraine-Krieg nahm der Sicherheitsdienst der Ukraine einen Mann fest. Die Ukraine verhandelt mit "
            "Polen.")
    assert _hits(text, "de", "External_regulation_and_reputation") == ["Ukraine"]


# ------------------------------------------------------------------ story codebook (both sides named nearby)

def test_nuclear_weapons_are_no_arms_transfer():
    text = ("Russia fears that North Korea has nuclear weapons. North Korea sent weapons and shells to Russia, "
            "its comrades-in-arms.")
    assert _hits(text, "en", "Arms_transfers", "story") == ["weapons", "shells"]
    assert _hits(text, "en", "Nuclear_missile_space", "story") == ["nuclear"]   # the frame of nuclear weapons


def test_german_rocket_launchers_are_arms_not_a_missile_programme():
    text = "Nordkorea lieferte Mehrfachraketenwerfer an Russland. Russland hilft Nordkorea beim Bau von Raketen."
    assert _hits(text, "de", "Nuclear_missile_space", "story") == ["Raketen"]
    assert _hits(text, "de", "Arms_transfers", "story") == ["Mehrfachraketenwerfer"]


def test_german_atomwaffen_are_no_arms_transfer():
    text = "Russland hilft Nordkorea bei Atomwaffen; Nordkorea liefert Waffen an Russland."
    assert _hits(text, "de", "Arms_transfers", "story") == ["Waffen"]
