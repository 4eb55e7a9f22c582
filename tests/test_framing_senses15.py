"""Frame cue words read in the wrong sense, found by a teacher's first-use trial (session 15): hand-written
sentences whose hits were worked out by reading them against the frame definitions, and the real articles the
teacher read."""
import pandas as pd
import pytest

import newsanalysis as na


def _ev(text, language="de"):
    arts = pd.DataFrame({"article_id": ["a"], "language": [language], "text": [text]})
    ev = na.frame_evidence(arts, codebook="generic")
    return [(f, m) for f, m in zip(ev["frame"], ev["matched"])]


def _hits(text, frame, language="de"):
    return [m for f, m in _ev(text, language) if f == frame]


# --------------------------------------------------------------------------- German

@pytest.mark.parametrize("text", [
    "Die Staaten verletzen die UN-Resolutionen.",
    "Beide Staaten weisen die Vorwürfe zurück, weil sie damit UN-Resolutionen verletzen würden.",
    "Russland verletzt das Völkerrecht.",
    "Die Verletzung der Menschenrechte ist dokumentiert.",
    "Das Flugzeug hat den Luftraum verletzt.",
    "Die Hamas habe das Abkommen verletzt.",
])
def test_verletzen_meaning_violate_is_no_injury(text):
    assert _hits(text, "Health_and_safety") == []


def test_verletzen_meaning_injure_stays():
    assert _hits("Bei dem Angriff wurden zwei Menschen schwer verletzt.", "Health_and_safety") == ["verletzt"]
    # a word of the violation list after the verb, but as a body part's adjective: still an injury
    assert _hits("Der Spieler verletzte den rechten Fuß.", "Health_and_safety") == ["verletzte"]
    assert _hits("Die Verletzungen des Soldaten hätten sich verschlimmert.", "Health_and_safety") == ["Verletzungen"]


def test_verfolgen_is_no_persecution():
    # Schülerzeitung: "Ein Sprecher des Auswärtigen Amts sagte, die Bundesregierung verfolge die Annäherung
    # „mit großer Sorge“"; a game followed on TV; a strategy pursued
    for text in ("Die Bundesregierung verfolge die Annäherung mit großer Sorge.",
                 "Sie können das Spiel live im Stream verfolgen.",
                 "Russland hat eine andere Strategie verfolgt."):
        assert _hits(text, "Fairness_and_equality") == [], text
    assert _hits("Die politische Verfolgung der Kurden geht weiter.", "Fairness_and_equality") == ["Verfolgung"]
    assert _hits("Oppositionelle werden dort politisch verfolgt.", "Fairness_and_equality") == ["politisch verfolgt"]


def test_killed_in_war_is_no_crime():
    # ZEIT: "… sind bereits mehr als 3.000 nordkoreanische Soldaten im Ukrainekrieg getötet oder verletzt worden"
    text = "Mehr als 3.000 nordkoreanische Soldaten sind im Krieg getötet oder verletzt worden."
    assert _hits(text, "Crime_and_punishment") == []
    assert _hits(text, "Health_and_safety") == ["verletzt"]
    # a killing that is a crime is named as one
    assert _hits("Der Täter hat den Mann ermordet; die Polizei nahm ihn fest.", "Crime_and_punishment") == [
        "Täter", "ermordet", "Polizei"]
    # an arrest stays a cue (a captured soldier "festgenommen" is the known limit)
    assert _hits("Der Verdächtige wurde festgenommen.", "Crime_and_punishment") == ["Verdächtige", "festgenommen"]


def test_programme_of_a_visit_or_a_broadcaster_is_no_policy():
    # tagesschau: "Den Beginn des offiziellen Programms markierte eine Zeremonie auf dem … Kim-Il-Sung-Platz"
    for text in ("Den Beginn des offiziellen Programms markierte eine Zeremonie.",
                 "Am Abend steht ein Konzert auf dem Programm.",
                 "Dieses Thema im Programm: NDR 1 Welle Nord.",
                 "Diese Nachricht wurde im Programm Deutschlandfunk gesendet."):
        assert _hits(text, "Policy_prescription_and_evaluation") == [], text
    assert _hits("Die Regierung legt ein neues Förderprogramm auf.", "Policy_prescription_and_evaluation") == [
        "Förderprogramm"]
    assert _hits("Die Partei stellte ihr Programm vor.", "Policy_prescription_and_evaluation") == ["Programm"]


def test_menschen_is_no_opinion_and_no_quality_of_life():
    # Mannheimer Morgen: people along the road cheering the delegation from Moscow
    text = "Die Menschen standen entlang der Straße, um die Delegation aus Moskau zu bejubeln."
    got = _ev(text)
    assert [f for f, _ in got if f in ("Public_opinion", "Quality_of_life")] == []
    # the frames' own words still count
    assert _hits("Laut einer Umfrage lehnt die Mehrheit der Bürger den Pakt ab.", "Public_opinion") == [
        "Umfrage", "Mehrheit der", "Bürger"]


def test_ansehen_is_reputation_only_as_a_noun():
    for text in ("Dieses Video auf YouTube ansehen", "Fotostrecke ansehen",
                 "Viele Linke wollen Putin als Opfer des Westens ansehen."):
        assert [m for m in _hits(text, "External_regulation_and_reputation") if "ansehen" in m.lower()] == [], text
    assert _hits("Das Ansehen der Demokratie wurde beschädigt.", "External_regulation_and_reputation") == [
        "Das Ansehen"]
    assert _hits("Der Krieg schadet dem internationalen Ansehen.", "External_regulation_and_reputation") == [
        "internationalen Ansehen"]
    assert _hits("Das kostet Ansehens und Vertrauens.", "External_regulation_and_reputation") == ["Ansehens"]


def test_preis_is_a_price_not_a_prize():
    assert _hits("Der Preis für Benzin steigt.", "Economic") == ["Preis"]
    for text in ("Als er den Preis entgegennahm, dankte er dem Team.", "Sie gewann den ersten Preis.",
                 "Er will um jeden Preis gewinnen."):
        assert _hits(text, "Economic") == [], text


def test_the_security_council_is_no_security_cue_de():
    # Mannheimer Morgen: "Nordkorea unterliegt wegen seines Atomwaffenprogramms Strafmaßnahmen des UN-Sicherheitsrats"
    text = "Nordkorea unterliegt Strafmaßnahmen des UN-Sicherheitsrats."
    assert _hits(text, "Security_and_defense") == []
    assert _hits(text, "External_regulation_and_reputation") == ["UN", "Sicherheitsrats"]
    assert _hits("Die Sicherheit der Grenze ist bedroht.", "Security_and_defense") == ["Sicherheit", "Grenze",
                                                                                      "bedroht"]


# --------------------------------------------------------------------------- English

@pytest.mark.parametrize("text", [
    # KCNA greeting formulas
    "He asked him to convey his greetings, wishing President Putin good health and success in his work.",
    "The participants toasted the health of Kim Jong Un.",
    "I toast your good health and bigger success in your work.",
])
def test_a_greeting_is_no_health(text):
    assert _hits(text, "Health_and_safety", "en") == []


def test_health_care_stays():
    assert _hits("Public health services and healthcare are under strain.", "Health_and_safety", "en") == [
        "health", "healthcare"]


def test_the_security_council_is_no_security_cue_en():
    text = "Kim Jong Un received Sergei Shoigu, secretary of the Security Council of the Russian Federation."
    assert _hits(text, "Security_and_defense", "en") == []
    text = "Russia vetoed a UN Security Council resolution on North Korea."
    assert _hits(text, "Security_and_defense", "en") == []
    # External_regulation keeps the UN's council (and counts the country name, as documented)
    assert _hits(text, "External_regulation_and_reputation", "en") == ["Russia", "UN Security Council"]
    assert _hits("National security is at stake.", "Security_and_defense", "en") == ["security"]


# --------------------------------------------------------------------------- real articles the teacher read

def test_real_german_articles(real_articles):
    ids = ["trends-2024-06-19-kim-jong-un", "trends-2024-12-27-nordkoreanischer-soldat"]
    a = real_articles[real_articles["article_id"].isin(ids)].reset_index(drop=True)
    assert len(a) == 2
    ev = na.frame_evidence(a, codebook="generic")
    got = set(zip(ev["article_id"], ev["frame"], ev["matched"]))
    # tagesschau: "… weil sie damit von Russland unterstützte UN-Resolutionen verletzen würden"; "Den Beginn des
    # offiziellen Programms markierte eine Zeremonie"
    assert ("trends-2024-06-19-kim-jong-un", "Health_and_safety", "verletzen") not in got
    assert ("trends-2024-06-19-kim-jong-un", "Policy_prescription_and_evaluation", "Programms") not in got
    # ZEIT: soldiers "getötet oder verletzt" in the war; the injuries stay Health_and_safety
    assert ("trends-2024-12-27-nordkoreanischer-soldat", "Crime_and_punishment", "getötet") not in got
    assert ("trends-2024-12-27-nordkoreanischer-soldat", "Health_and_safety", "verletzt") in got


def test_real_kcna_greeting_and_shoigu(real_articles):
    # KCNA: Kim receives Shoigu, "secretary of the Security Council of the Russian Federation", and wishes Putin
    # "good health and success in his work"
    a = real_articles[real_articles["article_id"] == "kcna-aa653c70cb78d7c7"].reset_index(drop=True)
    assert len(a) == 1
    ev = na.frame_evidence(a, codebook="generic")
    assert ev[ev["frame"] == "Health_and_safety"].empty
    assert "Security" not in set(ev.loc[ev["frame"] == "Security_and_defense", "matched"])
