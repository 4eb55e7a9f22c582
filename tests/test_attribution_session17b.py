"""Session 17, second round (issue #4): three defects seen on real input.

1. claims: a number without a unit noun of its own ("3,000 more", "weitere 2.000") takes the unit of the
   nearest earlier claim in its sentence (else in the sentence before, same attribution); ``unit_inferred``.
2. A quotation after a sentence that ends in a title word ("… is a word.") is a direct quote, content spans
   never stop inside a quotation that opens in them, and a quoted word that ends narration is not joined to
   the next quotation.
3. Placed groups with "of" / "von": "Residents of Sinuiju", "Officials of Gyeongju", "Bewohner von Sinuiju"
   are anonymous groups, not names; an organisation of the actor table after "of" is no place.

Every sentence is hand-written; the expected rows were worked out by reading it.
"""
import pandas as pd

from conftest import att
from newsanalysis.attribution import CLAIM_COLUMNS, claims


def _claims(text, lang="en"):
    return claims(pd.DataFrame({"article_id": ["a"], "text": [text], "language": [lang]}))


def _rows(c):
    """(number_text, value, unit, unit_inferred) of every claim, in text order."""
    return [(r.number_text, r.value, r.unit, bool(r.unit_inferred)) for r in c.itertuples()]


def _one(text, lang="en"):
    a = att(text, lang)
    assert len(a) == 1, a[["kind", "cue", "source", "content"]].to_string()
    return a.iloc[0]


# ---------------------------------------------------------------- 1. elliptical numbers in claims
def test_unit_inferred_is_a_column():
    assert CLAIM_COLUMNS[CLAIM_COLUMNS.index("unit") + 1] == "unit_inferred"
    c = _claims("Officials said about 11,000 troops had been sent.")
    assert _rows(c) == [("about 11,000 troops", 11000.0, "troops", False)]
    assert c["unit_inferred"].dtype == bool


def test_more_after_a_number_takes_the_unit_of_the_claim_before():
    c = _claims("North Korea has sent 12,000 troops to Russia, and 3,000 more may follow, the NIS said.")
    assert _rows(c) == [("12,000 troops", 12000.0, "troops", False), ("3,000", 3000.0, "troops", True)]
    assert list(c["source"]) == ["the NIS", "the NIS"]
    assert c["sentence_id"].tolist() == [0, 0]


def test_german_weitere_before_a_number():
    c = _claims("Rund 10.000 Soldaten seien bereits dort, weitere 2.000 könnten folgen, sagte ein Sprecher.", "de")
    assert _rows(c) == [("Rund 10.000 Soldaten", 10000.0, "Soldaten", False), ("2.000", 2000.0, "Soldaten", True)]
    assert list(c["source"]) == ["ein Sprecher", "ein Sprecher"]
    c = _claims("Rund 10.000 Soldaten seien bereits dort, 2.000 weitere könnten folgen, sagte ein Sprecher.", "de")
    assert _rows(c)[1] == ("2.000", 2000.0, "Soldaten", True)
    c = _claims("Rund 10.000 Soldaten seien bereits dort, zusätzliche rund 2.000 könnten folgen, sagte ein "
                "Sprecher.", "de")
    assert _rows(c)[1] == ("rund 2.000", 2000.0, "Soldaten", True)


def test_other_english_markers_and_a_chain_of_them():
    c = _claims("North Korea has sent 12,000 troops to Russia, and a further 3,000 may follow, the NIS said.")
    assert _rows(c)[1] == ("3,000", 3000.0, "troops", True)
    c = _claims("The NIS said 12 soldiers were killed and 30 others were wounded.")
    assert _rows(c) == [("12 soldiers", 12.0, "soldiers", False), ("30", 30.0, "soldiers", True)]
    # the inferred unit passes on to the next elliptical number
    c = _claims("North Korea has sent 12,000 troops, 3,000 more and then 2,000 more, the NIS said.")
    assert [r[2:] for r in _rows(c)] == [("troops", False), ("troops", True), ("troops", True)]
    # a number with a unit of its own keeps it
    c = _claims("The NIS said 12,000 troops were sent and 3,000 more troops may follow.")
    assert _rows(c)[1] == ("3,000 more troops", 3000.0, "troops", False)


def test_the_sentence_before_in_the_same_quotation():
    c = _claims('"We sent 12,000 troops. And 3,000 more will follow," the minister said.')
    assert _rows(c) == [("12,000 troops", 12000.0, "troops", False), ("3,000", 3000.0, "troops", True)]
    assert c["sentence_id"].tolist() == [0, 1]
    c = _claims("Nordkorea habe 10.000 Soldaten geschickt. Weitere 2.000 könnten folgen, sagte ein Sprecher.", "de")
    assert _rows(c)[0] == ("10.000 Soldaten", 10000.0, "Soldaten", False)


def test_no_unit_to_take_no_row():
    assert _claims("The NIS said 3,000 more may follow.").empty
    # the claim before is another attribution's, in another sentence
    c = _claims("The NIS said 12,000 troops were sent. It said 3,000 more may follow.")
    assert _rows(c) == [("12,000 troops", 12000.0, "troops", False)]


def test_time_nouns_years_stay_excluded():
    c = _claims("The NIS said 12,000 troops will stay for another 5 years.")
    assert _rows(c) == [("12,000 troops", 12000.0, "troops", False)]
    c = _claims("The NIS said 12,000 troops were sent and by 2026 more may follow.")
    assert _rows(c) == [("12,000 troops", 12000.0, "troops", False)]
    c = _claims("Rund 10.000 Soldaten seien bereits dort, weitere 2 Jahre könnten folgen, sagte ein Sprecher.", "de")
    assert _rows(c) == [("Rund 10.000 Soldaten", 10000.0, "Soldaten", False)]


# ---------------------------------------------------------------- 2. quotation marks
def _balanced(a):
    for c in a["content"]:
        assert c.count('"') % 2 == 0 and c.count("\u201c") == c.count("\u201d"), c


def test_a_quotation_after_a_sentence_ending_in_word():
    a = att('"Peace" is a word. "The sanctions are illegal," he added.')
    assert len(a) == 1, a[["kind", "cue", "source", "content"]].to_string()
    r = a.iloc[0]
    assert (r["kind"], r["cue"], r["source"]) == ("direct", "added", "he")
    assert r["content"] == '"The sanctions are illegal,"'
    r = _one("\u201cPeace\u201d is a word. \u201cThe sanctions are illegal,\u201d he added.")
    assert r["kind"] == "direct" and r["content"] == "\u201cThe sanctions are illegal,\u201d"
    r = _one("Frieden ist ein Wort. \u201eDie Sanktionen sind illegal\u201c, sagte er.", "de")
    assert (r["kind"], r["source"]) == ("direct", "er")
    assert r["content"] == "\u201eDie Sanktionen sind illegal\u201c"


def test_a_quoted_word_ending_narration_is_not_joined():
    r = _one('Its name means "peace." "The sanctions are illegal," he added.')
    assert (r["kind"], r["source"], r["content"]) == ("direct", "he", '"The sanctions are illegal,"')
    # two quotation sentences are still one speaker's row
    r = _one('"We will never accept this." "The sanctions are illegal," he added.')
    assert r["content"] == '"We will never accept this." "The sanctions are illegal,"'


def test_content_does_not_stop_inside_a_quotation():
    a = att("I thought about that and replied, \u201cYes, you are right. We will agree to that.\u201d We "
            "immediately amended it.")
    r = a[a["cue"] == "replied"].iloc[0]
    assert (r["kind"], r["source"]) == ("direct", "I")
    assert r["content"] == "\u201cYes, you are right. We will agree to that.\u201d"
    _balanced(a)


# ---------------------------------------------------------------- 3. placed groups with "of" / "von"
def _anonymous_group(r):
    assert bool(r["anonymous"]) and not bool(r["named"]) and r["identified_by"] == "group", r.to_dict()


def test_people_of_a_place_are_an_anonymous_group():
    for text, src in (("Residents of Sinuiju told reporters that the bridge was closed.", "Residents of Sinuiju"),
                      ("Officials of Gyeongju said the summit would go ahead.", "Officials of Gyeongju"),
                      ("The bridge was closed, residents of Sinuiju said.", "residents of Sinuiju"),
                      ("Citizens of Sinuiju said the bridge was closed.", "Citizens of Sinuiju"),
                      ("Inhabitants of Sinuiju said the bridge was closed.", "Inhabitants of Sinuiju"),
                      ("Locals of Sinuiju said the bridge was closed.", "Locals of Sinuiju")):
        r = _one(text)
        assert r["source"] == src, text
        _anonymous_group(r)
        assert r["source_country"] is None, text  # the tool does not know where Sinuiju is
    r = _one("Officials of North Korea said the summit would go ahead.")
    _anonymous_group(r)
    assert r["source_country"] == "KP"


def test_an_institution_or_known_organisation_after_of_is_no_place():
    r = _one("Officials of the Foreign Ministry said the talks failed.")
    assert bool(r["named"]) and not bool(r["anonymous"])
    for text in ("Officials of the IAEA said the plant was safe.", "Officials of Yonhap said the plant was safe."):
        r = _one(text)
        assert not bool(r["anonymous"]) and r["identified_by"] == "role", text


def test_of_places_only_heads_that_name_the_people_of_a_place():
    # "analysts of X" is left as it was: analysts belong to firms more often than to towns
    r = _one("Analysts of Gyeongju said the summit would go ahead.")
    assert not bool(r["anonymous"])


def test_an_unknown_company_after_of_reads_as_a_place():
    # the documented hard case: the tool cannot tell an unknown company from an unknown town
    # ("officials from Samsung" is read the same way)
    _anonymous_group(_one("Officials of Samsung said the plant was closed."))
    _anonymous_group(_one("Officials from Samsung said the plant was closed."))


def test_german_people_von_a_place():
    for text, src in (("Bewohner von Sinuiju sagten, die Brücke sei geschlossen.", "Bewohner von Sinuiju"),
                      ("Einwohner von Sinuiju sagten, die Brücke sei geschlossen.", "Einwohner von Sinuiju"),
                      ("Bürger von Sinuiju sagten, die Brücke sei geschlossen.", "Bürger von Sinuiju")):
        r = _one(text, "de")
        assert r["source"] == src, text
        _anonymous_group(r)
    r = _one("Beamte von Gyeongju sagten, die Brücke sei geschlossen.", "de")
    assert not bool(r["anonymous"])  # "von" places only the people of a place


def test_a_company_added_to_the_actor_table_is_no_place():
    from newsanalysis.actors import load_actors
    from newsanalysis.attribution import attributions

    act = load_actors()
    samsung = {c: "" for c in act.columns}
    samsung.update(actor_id="samsung", name="Samsung", kind="organisation", country="KR", source_type="unknown",
                   aliases_en="Samsung", aliases_de="Samsung")
    act = pd.concat([act, pd.DataFrame([samsung])], ignore_index=True)
    arts = pd.DataFrame({"article_id": ["a"], "text": ["Officials of Samsung said the plant was closed."],
                         "language": ["en"]})
    r = attributions(arts, actors=act).iloc[0]
    assert not bool(r["anonymous"]) and not bool(r["named"]) and r["identified_by"] == "role"
    assert r["source_country"] == "KR"


def test_sentence_trace_shows_an_inferred_unit():
    import newsanalysis as na

    arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "language": ["en"], "published": ["2024-11-01"],
                         "text": ["North Korea has sent 12,000 troops to Russia, and 3,000 more may follow, the NIS "
                                  "said."]})
    t = na.sentence_trace(na.analyze(arts))
    assert t.iloc[0]["claims"] == "12,000 troops (the NIS); 3,000 [troops] (the NIS)"
