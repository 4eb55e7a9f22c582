"""Session 18: cue words in the wrong sense found in the real articles - German "Botschaft" as a message, "Mr
President" / "Herr Präsident" as a form of address - and the arrests that must stay Crime_and_punishment.

Expected values worked out by reading the sentences against the frame definitions: "Botschaft" is a cue of
External_regulation_and_reputation only where it is an embassy, "Botschafter" (ambassador) always; "President" /
"Präsident" is a Political cue where it names the office or its holder, not in a vocative address.
"""
import pandas as pd
import pytest

import newsanalysis as na


def _hits(text, frame, language="de"):
    arts = pd.DataFrame({"article_id": ["a"], "language": [language], "text": [text]})
    ev = na.frame_evidence(arts, codebook="generic")
    return list(ev.loc[ev["frame"] == frame, "matched"])


EXT = "External_regulation_and_reputation"


# --------------------------------------------------------------------------- "Botschaft": message or embassy

@pytest.mark.parametrize("text, expected", [
    # ZEIT, trends-2024-12-27-nordkoreanischer-soldat
    ("Laut nordkoreanischen Staatsmedien richtete Russlands Staatschef Wladimir Putin eine Neujahrsbotschaft an den "
     "nordkoreanischen Machthaber Kim Jong Un.", []),
    # tagesschau, trends-2024-11-17-russland
    ("„Der Anruf von Olaf öffnet meiner Meinung nach die Büchse der Pandora“, sagte Selenskyj mit Nachdruck in "
     "seiner abendlichen Videobotschaft.", []),
    ("Kim schickte eine Grußbotschaft nach Moskau.", []),
    ("Putin richtete eine Botschaft an Kim Jong Un.", []),
    # the summit is diplomacy, its message is not an embassy
    ("Die Botschaft des Gipfels ist eindeutig.", ["Gipfels"]),
    # "the West" is a bloc of states (External_regulation, weight 0.5); the clear message is not an embassy
    ("Das ist eine klare Botschaft an den Westen.", ["Westen"]),
    ("In einer Video-Botschaft dankte er den Soldaten.", []),
])
def test_botschaft_as_a_message_is_no_embassy(text, expected):
    assert _hits(text, EXT) == expected


def test_the_embassy_and_the_ambassador_still_count():
    # an embassy in a capital, the US embassy written with a hyphen, an embassy building, an ambassador
    assert _hits("Die russische Botschaft in Pjöngjang lud zum Empfang.", EXT) == ["Botschaft"]
    assert _hits("Demonstranten zogen vor die US-Botschaft.", EXT) == ["Botschaft"]
    assert _hits("Das Botschaftsgebäude wurde geräumt.", EXT) == ["Botschaftsgebäude"]
    assert _hits("Der russische Botschafter in Nordkorea verteidigte die Zusammenarbeit.", EXT) == \
        ["Botschafter", "Zusammenarbeit"]


def test_ambassador_weighs_two_and_embassy_one():
    arts = pd.DataFrame({"article_id": ["a"], "language": ["de"],
                         "text": ["Der Botschafter verließ die Botschaft."]})
    ev = na.frame_evidence(arts, codebook="generic")
    ev = ev[ev["frame"] == EXT]
    assert dict(zip(ev["matched"], ev["weight"])) == {"Botschafter": 2.0, "Botschaft": 1.0}


# --------------------------------------------------------------------------- a form of address is no politics

@pytest.mark.parametrize("text", [
    # Kremlin.ru transcripts (kremlin-en-55882, kremlin-en-60707): journalists and moderators address Putin
    "Mr President, how are you?",
    "Sophie Shevardnadze: Thank you, Mr. President.",
    "But the serious point, Mr President, is, you know, that this egg supply is strong.",
])
def test_mr_president_as_an_address_is_no_political_cue(text):
    assert _hits(text, "Political", "en") == []


def test_the_president_named_still_counts():
    assert _hits("The President said the talks were useful.", "Political", "en") == ["President"]
    # the address is left out, the office named in the question still counts
    assert _hits("Mr President, will the presidential election be held in March?", "Political", "en") == \
        ["presidential", "election"]
    # "Putin" after the address is his name (Political, weight 0.5), the address itself is not
    assert _hits("Thank you, Mr President Putin.", "Political", "en") == ["Putin"]


def test_herr_praesident_as_an_address_is_no_political_cue():
    assert _hits("Herr Präsident, wie beurteilen Sie die Lage?", "Political") == []
    assert _hits("Frau Präsidentin, ich habe eine Frage.", "Political") == []
    assert _hits("Der Präsident sagte, die Gespräche seien nützlich gewesen.", "Political") == ["Präsident"]


# --------------------------------------------------------------------------- arrests stay crimes

def test_real_arrests_of_soldiers_and_agents_stay_crime():
    # tagesschau, trends-2024-06-19-russland-ukraine: the US soldier was arrested in Vladivostok (for theft), and
    # trends-2024-11-17-russland: an agent arrested by the SBU - arrests, both Crime_and_punishment. A rule
    # "no crime where a soldier is named in the sentence" would lose the first.
    assert _hits("Der US-Soldat war Anfang Mai in der russischen Hafenstadt am Pazifik festgenommen worden.",
                 "Crime_and_punishment") == ["festgenommen"]
    assert _hits("Ein russischer Agent ist in den Reihen der Spezialeinsatzkräfte der Ukraine festgenommen worden.",
                 "Crime_and_punishment") == ["festgenommen"]
