"""Round 9 of the attribution rules (issue #4): German indirect speech, checked on Redewiedergabe dev and on
modern news German.

Each sentence is hand-written in the style of current German agency and newspaper reports (or after a
construction found in Redewiedergabe dev, rewritten in modern German); the expected kinds, sources and
contents were worked out by reading the sentence.
"""
from conftest import att, one


def test_konjunktiv_continues_over_following_sentences():
    # the brief's example: both sentences are the spokesman's indirect speech
    a = att("Der Sprecher sagte, die Regierung habe keine Kenntnis. Man werde den Fall prüfen.", "de")
    assert list(a["kind"]) == ["indirect", "indirect"]
    assert list(a["content"]) == ["die Regierung habe keine Kenntnis", "Man werde den Fall prüfen"]
    assert list(a["source"]) == ["Der Sprecher", "Der Sprecher"]


def test_nach_with_a_report_noun_is_according_to():
    r = one("Nach einem Bericht der Washington Post hat Nordkorea Truppen nach Russland entsandt.", "de")
    assert r["kind"] == "according_to" and r["source"] == "Washington Post"
    assert r["content"] == "hat Nordkorea Truppen nach Russland entsandt"
    r = one("Nach Darstellung Moskaus handelt es sich um eine gewöhnliche Übung.", "de")
    assert r["kind"] == "according_to" and r["source"] == "Moskaus"
    assert r["content"] == "handelt es sich um eine gewöhnliche Übung"
    r = one("Nach Berichten südkoreanischer Medien sind 3000 Soldaten in Russland.", "de")
    assert r["source"] == "südkoreanischer Medien" and r["content"] == "sind 3000 Soldaten in Russland"
    r = one("Nach Aussage des Ministers wurden keine Raketen geliefert.", "de")
    assert r["kind"] == "according_to" and r["content"] == "wurden keine Raketen geliefert"


def test_nach_with_a_report_about_something_is_no_attribution():
    # "der Bericht über den Angriff" is a report's topic, not its author; "nach" is temporal here
    assert len(att("Nach dem Bericht über den Angriff trat der Minister zurück.", "de")) == 0


def test_cue_coordinated_with_an_earlier_verb_shares_its_subject():
    # "und erklärte" has no subject of its own: it is the minister's, as the first verb's
    r = one("Der Minister traf Kim in Moskau und erklärte, die Gespräche seien gut verlaufen.", "de")
    assert r["kind"] == "indirect" and r["cue"] == "erklärte" and r["source"] == "Der Minister"
    assert r["content"] == "die Gespräche seien gut verlaufen"
    r = one("Putin sprach mit Kim über die Sanktionen und sicherte ihm Hilfe zu, dem Druck zu widerstehen.", "de")
    assert r["source"] == "Putin" and r["cue"] == "sicherte zu"
    # a fronted adverb is no subject: the subject follows the first verb
    r = one("Darin bezweifeln die Verteidiger die Zuständigkeit und beklagen eine mediale Kampagne.", "de")
    assert r["source"] == "die Verteidiger" and r["content"] == "eine mediale Kampagne"
    # the clause after ", und" has a subject of its own: "die Demonstranten", not "Es"
    r = one("Es kam zu Protesten, und die Demonstranten zogen vor das Rathaus und forderten, die Regierung müsse "
            "zurücktreten.", "de")
    assert r["source"] == "die Demonstranten" and r["cue"] == "forderten"
    # the subject of an earlier report of the clause, here after its cue
    # (not "Die Lage", the phrase that opens the sentence)
    a = att("Die Lage sei ernst, sagte Söder und ergänzte, man werde helfen.", "de")
    assert list(a["cue"]) == ["sagte", "ergänzte"] and list(a["source"]) == ["Söder", "Söder"]
    assert list(a["content"]) == ["Die Lage sei ernst", "man werde helfen"]
    # a relative clause after the subject
    r = one("Der Minister, der am Montag in Moskau eingetroffen war, traf Kim und erklärte, die Gespräche seien "
            "gut verlaufen.", "de")
    assert r["source"] == "Der Minister" and r["content"] == "die Gespräche seien gut verlaufen"


def test_coordinated_cue_without_a_subject_before_the_first_verb_has_no_source():
    # a subordinate clause: no report of its own
    assert len(att("Nachdem der Minister Kim getroffen hatte und erklärte, die Gespräche seien gut verlaufen, "
                   "reiste er ab.", "de")) == 0
    # a fronted time phrase or prepositional phrase is no subject, and the subject after the verb is not found
    assert len(att("Am Montag traf der Minister Kim in Moskau und erklärte, die Gespräche seien gut verlaufen.",
                   "de")) == 0
    assert len(att("Stunden zuvor hatte die Miliz Raketen abgefeuert und erklärte, die erste Phase habe begonnen.",
                   "de")) == 0
    assert len(att("In ihrem Bericht beschreibt die Behörde die Lage und warnt, die Versorgung sei gefährdet.",
                   "de")) == 0
    a = att("Nach eigenen Angaben setzt sich die Partei für Verjüngungstherapien ein und behauptet, Menschen "
            "könnten tausend Jahre alt werden.", "de")
    assert list(a["cue"]) == ["Nach"]  # the according-to phrase only; "Angaben" is not who "behauptet"
    # "Noch am Montag": an adverb, then a preposition, not the verb (the source is not "Montag")
    assert len(att("Noch am Montag traf der Minister in Moskau ein und erklärte, die Gespräche seien gut verlaufen.",
                   "de")) == 0
    # the coordination is inside the "als" clause: the pupils shout, not the headmistress
    a = att("Die Schulleiterin berichtete, sie habe gerade Pause gehabt, als Schüler vorbeigingen und riefen, man "
            "solle das Gelände verlassen.", "de")
    assert list(a["cue"]) == ["berichtete"]
