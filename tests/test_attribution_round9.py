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
