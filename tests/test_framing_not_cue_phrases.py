"""Phrases that are no cues (session 10): a state's name is not democracy, a guard of honour no moral claim.

A fresh researcher read the Political evidence of KCNA: 48 of 101 "democrat*" hits were the DPRK's name.
"""
import pandas as pd
import pytest

import newsanalysis as na


def _ev(text, **kw):
    return na.frame_evidence(pd.DataFrame({"article_id": ["a"], "language": ["en"], "text": [text]}), **kw)


def test_the_dprk_name_and_a_guard_of_honour_are_no_cues():
    text = ("The Democratic People's Republic of Korea and Russia signed a treaty. A guard of honor lined the "
            "airport. Democratic values and the honour of the nation were at stake, the Democrats said.")
    ev = _ev(text)
    got = sorted(zip(ev["frame"], ev["matched"]))
    # only the third sentence's words count for Political and Morality
    assert [m for f, m in got if f == "Political"] == ["Democratic", "Democrats"]
    assert [m for f, m in got if f == "Morality"] == ["honour", "values"]
    assert ev.loc[ev["matched"] == "Democratic", "start"].tolist() == [text.index("Democratic values")]


def test_a_user_codebook_phrase(tmp_path):
    p = tmp_path / "cb.yaml"
    p.write_text("name: mine\nlanguage: en\nnot_cues: [war memorial, 'people’s war*']\nframes:\n  War:\n"
                 "    definition: war\n    cues: [war*, memorial]\n", encoding="utf-8")
    text = "They laid flowers at the war memorial. The people's war museum opened. The war went on."
    ev = _ev(text, codebook=p)
    # "war memorial" blocks both its words, the curly-apostrophe phrase also blocks "people's war"
    assert ev["matched"].tolist() == ["war"] and ev["start"].tolist() == [text.index("The war went") + 4]


def test_a_bad_phrase_names_the_field(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("name: mine\nlanguage: en\nnot_cues: ['war; memorial']\nframes:\n  War:\n    definition: war\n"
                 "    cues: [war*]\n", encoding="utf-8")
    with pytest.raises(na.CodebookError, match="not_cues"):
        _ev("The war went on.", codebook=p)


def test_a_limit_is_no_border():
    # session 11: "*grenze*" (Security) matched "begrenzt", "Obergrenze" and "an seine Grenzen stoßen"
    text = ("Das Gesundheitssystem stößt an seine Grenzen. Die Zahl der Gäste wird auf 100 begrenzt, eine "
            "Obergrenze gilt. Nordkoreanische Truppen stehen an der Grenze zur Ukraine.")
    ev = na.frame_evidence(pd.DataFrame({"article_id": ["a"], "language": ["de"], "text": [text]}))
    sec = ev[ev["frame"] == "Security_and_defense"]
    assert sorted(sec["matched"]) == ["Grenze", "Truppen"]
    assert sec.loc[sec["matched"] == "Grenze", "start"].tolist() == [text.index("Grenze zur")]


def test_limits_sources_and_consent_are_no_frame_cues_in_german():
    # the seed: "Trotz ihrer engen Beziehung gibt es jedoch Grenzen" is a limit, no border (a teacher, session 11)
    text = ("Trotz ihrer engen Beziehung gibt es jedoch Grenzen. Damit sei eine Grenze überschritten. Truppen stehen "
            "an der Grenze. Die Landesgrenzen sind dicht. Das meldete AP unter Berufung auf Vermittler. Die USA "
            "gaben grünes Licht. Seine Berufung wurde abgelehnt.")
    ev = na.frame_evidence(pd.DataFrame({"article_id": ["a"], "language": ["de"], "text": [text]}))
    got = sorted(zip(ev["frame"], ev["matched"]))
    assert [m for f, m in got if f == "Security_and_defense"] == ["Grenze", "Landesgrenzen", "Truppen"]
    assert ev.loc[ev["matched"] == "Grenze", "start"].tolist() == [text.index("Grenze. Die")]
    # "Berufung" as a legal appeal stays a Legality cue; the cited source, the mediator and consent are no cues
    assert [m for f, m in got if f.startswith("Legality")] == ["Berufung"]
    assert ev.loc[ev["matched"] == "Berufung", "start"].tolist() == [text.index("Berufung wurde")]
    assert not ev["matched"].isin(["Vermittler", "grünes", "Licht"]).any()
    ev = na.frame_evidence(pd.DataFrame({"article_id": ["b"], "language": ["de"], "text": [
        "Die Vertragsparteien und die Kriegsparteien trafen sich. Die Partei gewann die Wahl."]}))
    assert sorted(ev.loc[ev["frame"] == "Political", "matched"]) == ["Partei", "Wahl"]
