"""The ``cue_class`` column: what a cue reports the source doing (branch cueclass).

Every sentence here is written for these tests. The expected class of each row is read off the sentence
and the class lists of ``resources/<lang>/attribution.yaml`` (``cue_classes``): "said" is speech, "wrote"
writing, "believe" cognition, "showed" evidence, "decided to" intention, "defended" evaluation,
"reportedly" reportative; a cue the lists leave out is speech.
"""
import dataclasses

import pandas as pd
import pytest

from newsanalysis import models
from newsanalysis.attribution import CUE_CLASSES, EXTRA_COLUMNS, attributions
from newsanalysis.attribution_rules import DEFAULT_CUE_CLASS, _cue_classes, cue_class_of, load_resources


def rows(texts, lang, parser=False):
    arts = pd.DataFrame({"article_id": [f"t{i}" for i in range(len(texts))], "text": texts, "language": lang})
    return attributions(arts, parser=parser)


def one_per_text(texts, lang, parser=False):
    a = rows(texts, lang, parser)
    assert a["article_id"].tolist() == [f"t{i}" for i in range(len(texts))], a[["article_id", "cue"]]
    return list(zip(a["cue"], a["cue_class"]))


EN = [  # (sentence, cue, class)
    ("The minister said the border would stay closed.", "said", "speech"),
    ("\u201cWe will not retreat,\u201d the general told reporters.", "told", "speech"),
    ("According to officials, the talks will resume in May.", "According to", "speech"),
    ("Critics condemned the decision as reckless.", "condemned", "speech"),  # a speech act of judging
    ("The ambassador wrote in a letter that the deal was dead.", "wrote", "writing"),
    ("Yonhap reported that two ships had docked.", "reported", "writing"),
    ("The senator tweeted that the vote was rigged.", "tweeted", "writing"),
    ("Officials in Seoul believe that the missiles came from Russia.", "believe", "cognition"),
    ("Analysts fear that the sanctions will fail.", "fear", "cognition"),
    ("The survey found that most voters oppose the plan.", "found", "evidence"),
    ("The data showed that exports rose by 10 percent.", "showed", "evidence"),
    ("Japan decided to stage joint drills every year.", "decided", "intention"),
    ("The president refused to release his tax returns.", "refused", "intention"),
    ("The governor wants to cut taxes.", "wants", "intention"),
    ("The minister defended the decision to close the port.", "defended", "evaluation"),
    ("Trump attacked Clinton for her emails.", "attacked", "evaluation"),
    ("The party rejected the proposal.", "rejected", "evaluation"),
    ("The minister discussed the new treaty with his guest.", "discussed", "topic"),  # session 17e: a topic
    ("Russia reportedly sent more troops.", "reportedly", "reportative"),
]

DE = [
    ("Der Minister sagte, die Grenze bleibe geschlossen.", "sagte", "speech"),
    ("Laut Tass ist die Lage ruhig.", "Laut", "speech"),
    ("Der Sprecher kritisierte, dass die Hilfe zu spät komme.", "kritisierte", "speech"),
    ("Die Zeitung schrieb, der Plan sei gescheitert.", "schrieb", "writing"),
    ("Die Agentur berichtete, zwei Schiffe seien eingetroffen.", "berichtete", "writing"),
    ("Experten befürchten, dass Russland Waffen liefert.", "befürchten", "cognition"),
    ("Der Kanzler glaubt, dass die Sanktionen wirken.", "glaubt", "cognition"),
    ("Der Bundestag beschloss, die Hilfe zu verlängern.", "beschloss", "intention"),
    ("Lawrow wies die Vorwürfe zurück.", "wies zurück", "evaluation"),
    ("Nordkorea soll Granaten geliefert haben.", "soll", "reportative"),
]


def test_column_is_in_the_contract_with_its_closed_set():
    assert EXTRA_COLUMNS[-1] == "cue_class"
    assert CUE_CLASSES == ("speech", "writing", "cognition", "evidence", "intention", "evaluation", "topic",
                           "reportative")
    a = rows([EN[0][0]], "en")
    assert a["cue_class"].dtype == object and a["cue_class"].tolist() == ["speech"]
    assert list(rows([], "en").columns)[-1] == "cue_class"


def test_english_rule_rows_by_class():
    assert one_per_text([t for t, _, _ in EN], "en") == [(c, k) for _, c, k in EN]


def test_german_rule_rows_by_class():
    assert one_per_text([t for t, _, _ in DE], "de") == [(c, k) for _, c, k in DE]


def test_every_class_but_none_other_is_used_by_the_examples():
    assert {k for _, _, k in EN} == set(CUE_CLASSES)
    assert {k for _, _, k in DE} == set(CUE_CLASSES) - {"evidence", "topic"}  # (no German topic cue)


def test_konjunktiv_continuation_takes_the_class_of_its_report():
    # the second sentence has no cue: it goes on with what the experts fear, not with something said
    a = rows(["Experten befürchten, dass Russland Waffen liefert. Das sei ein Bruch des Völkerrechts."], "de")
    assert a["cue"].tolist() == ["befürchten", None]
    assert a["cue_class"].tolist() == ["cognition", "cognition"]
    b = rows(["Der Minister sagte, die Grenze bleibe zu. Das sei eine Frage der Sicherheit."], "de")
    assert b["cue_class"].tolist() == ["speech", "speech"]


def test_quotation_without_cue_and_transcript_turns_are_speech():
    t = ("President of Russia Vladimir Putin: Good afternoon, colleagues.\n\n"
         "Question: Will you meet Kim Jong-un again?")
    a = rows([t], "en")
    assert a["speaker_turn"].all() and a["cue_class"].tolist() == ["speech", "speech"]
    q = rows(["The talks ended late. \u201cWe have nothing more to say to the press today.\u201d"], "en")
    assert q["cue"].isna().all() and q["cue_class"].tolist() == ["speech"]


def test_a_cue_not_classed_is_speech_by_default():
    assert DEFAULT_CUE_CLASS == "speech"
    en = load_resources("en")
    # shipped: "warned" and "urged" are in no class list, so speech
    assert "warned" not in en.cue_class and cue_class_of(en, "indirect", "warned") == "speech"
    # a user's file without cue_classes: every cue is speech, reportative rows stay reportative
    bare = dataclasses.replace(en, cue_class={})
    assert cue_class_of(bare, "indirect", "believed") == "speech"
    assert cue_class_of(bare, "reportative", "reportedly") == "reportative"
    assert cue_class_of(en, "indirect", "believed") == "cognition"
    assert cue_class_of(en, "direct", None) == "speech" and cue_class_of(en, "direct", ":") == "speech"


def test_cue_written_over_a_line_break_finds_its_class_and_a_light_verb_makes_speech():
    en = load_resources("en")
    assert cue_class_of(en, "according_to", "as reported\nby") == "writing"
    # "called" is evaluation, "called on" (urging) is speech: a cue form of its own, not its first word
    assert cue_class_of(en, "indirect", "called on") == "speech"
    # "hopes" is cognition; "expressed hopes" voices them (light verb + noun, Korea Herald): speech
    assert cue_class_of(en, "indirect", "hopes") == "cognition"
    a = rows(["Medvedev expressed hopes for \u201cnew possibilities\u201d in ties with North Korea."], "en")
    assert list(zip(a["cue"], a["cue_class"])) == [("expressed hopes", "speech")]


def test_a_word_names_every_form_of_its_cue_entry():
    en, de = load_resources("en"), load_resources("de")
    assert {f: en.cue_class[f] for f in ("refuse", "refuses", "refused", "refusing")} == dict.fromkeys(
        ("refuse", "refuses", "refused", "refusing"), "intention")
    # "called" is listed, "called on" (urging, speech) is another entry
    assert en.cue_class["called"] == "evaluation" and "called on" not in en.cue_class
    # German: a verb's forms and an according-to phrase; an unlisted separable verb is speech
    assert de.cue_class["meldete"] == "writing" and de.cue_class["nach einschätzung"] == "cognition"
    assert de.cue_class.get("teilte mit") is None  # mitteilen: speech, by default


def test_bad_cue_classes_in_a_yaml_file_say_what_is_wrong():
    data = {"cues": {"neutral": ["say|says|said"], "estimating": ["believe|believes"]}}
    assert _cue_classes(dict(data, cue_classes={"cognition": ["believes"]}), "x.yaml") == {
        "believe": "cognition", "believes": "cognition"}
    with pytest.raises(ValueError, match=r"x\.yaml.*'thinking'"):
        _cue_classes(dict(data, cue_classes={"thinking": ["believe"]}), "x.yaml")
    with pytest.raises(ValueError, match=r"x\.yaml.*'belive'.*no form of a cue"):
        _cue_classes(dict(data, cue_classes={"cognition": ["belive"]}), "x.yaml")
    with pytest.raises(ValueError, match=r"x\.yaml.*'believe'.*'cognition' and 'speech'"):
        _cue_classes(dict(data, cue_classes={"cognition": ["believe"], "speech": ["believes"]}), "x.yaml")
    with pytest.raises(ValueError, match="reportative rows take their class from their kind"):
        _cue_classes(dict(data, cue_classes={"reportative": ["say"]}), "x.yaml")


def test_the_column_does_not_change_which_rows_exist(monkeypatch):
    # the same texts read with a cue list that classes nothing: the same rows, all speech but "reportedly"
    from newsanalysis.actors import load_actors
    texts = [t for t, _, _ in EN]
    arts = pd.DataFrame({"article_id": [f"t{i}" for i in range(len(texts))], "text": texts, "language": "en"})
    a = attributions(arts, actors=load_actors())
    bare = dataclasses.replace(load_resources("en"), cue_class={})
    monkeypatch.setattr("newsanalysis.attribution.resources_with_actors", lambda lang, actors: bare)
    b = attributions(arts, actors=load_actors())
    assert b["cue_class"].tolist() == ["speech"] * (len(EN) - 1) + ["reportative"]
    pd.testing.assert_frame_equal(a.drop(columns="cue_class"), b.drop(columns="cue_class"))


# --------------------------------------------------------------------------- parser method
@pytest.fixture(scope="module")
def spacy_model():
    pytest.importorskip("spacy")
    if not models.parser_available("en"):
        pytest.skip("the English spaCy model (newsanalysis[parser]) is not installed")


PARSED = [  # rows only the parser finds (no rule cue): cue, class from attribution_parser.yaml cue_classes
    ("Many Democrats are afraid that the bill will fail.", "afraid", "cognition"),          # adjective_cues
    ("The ministry plans to open a new embassy.", "plans", "intention"),                    # xcomp_cues
    ("The president's decision to leave the deal angered allies.", "decision", "intention"),  # noun_infinitive
    ("Republicans are reluctant to raise the debt ceiling.", "reluctant", "intention"),     # adjective_cues
    ("The general is expected to resign next week.", "expected", "reportative"),            # raising_cues
    ("In his view, the treaty is already dead.", "In", "cognition"),                        # view_nouns: "view"
    ("She voiced concern about the new tariffs.", "voiced concern about", "speech"),        # light verb, unlisted
    ("Clinton has been endorsed by dozens of papers.", "endorsed by", "evaluation"),        # passive_cues
]


def test_parser_rows_by_class(spacy_model):
    texts = [t for t, _, _ in PARSED]
    assert rows(texts, "en").empty  # none of them is a rule's
    assert one_per_text(texts, "en", parser=True) == [(c, k) for _, c, k in PARSED]


def test_parser_keeps_the_rules_class_where_a_rule_found_the_cue(spacy_model):
    a = rows(["The governor wants to cut taxes.", "The minister said that the ports would reopen."], "en", parser=True)
    assert list(zip(a["cue"], a["cue_class"])) == [("wants", "intention"), ("said", "speech")]


def test_parser_cue_classes_name_only_lemmas_of_their_block(tmp_path):
    from newsanalysis.attribution_parse import _parser_classes
    data = {"xcomp_cues": {"neutral": ["plan", "want"]}, "light_verb_cues": {"have": {"concern": "emotive"}}}
    assert _parser_classes(dict(data, cue_classes={"xcomp_cues": {"intention": ["plan"]},
                                                   "light_verb_cues": {"cognition": ["have concern"]}}), "p.yaml") == {
        "xcomp_cues": {"plan": "intention"}, "light_verb_cues": {"have concern": "cognition"}}
    with pytest.raises(ValueError, match=r"p\.yaml.*'say'.*xcomp_cues does not list"):
        _parser_classes(dict(data, cue_classes={"xcomp_cues": {"intention": ["say"]}}), "p.yaml")
    with pytest.raises(ValueError, match=r"p\.yaml.*'xcomp'"):
        _parser_classes(dict(data, cue_classes={"xcomp": {"intention": ["plan"]}}), "p.yaml")
    with pytest.raises(ValueError, match=r"p\.yaml.*'plans'"):
        _parser_classes(dict(data, cue_classes={"xcomp_cues": {"plans": ["plan"]}}), "p.yaml")
