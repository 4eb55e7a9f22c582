"""Round-2 rule classes on hand-written sentences (expected values worked out by reading).

Evaluation and position predicates that PolNeAR counts as cues, transcript labels opened by a
quotation mark, and the wider German verb list.
"""
from conftest import att, cue_rows, one


def test_called_x_y_is_an_evaluation_cue():
    r = one("The Trump campaign called the charges unsubstantiated.")
    assert (r["cue"], r["source"], r["content"]) == ("called", "The Trump campaign", "the charges unsubstantiated")
    assert r["stance"] == "emotive" and r["kind"] == "indirect"


def test_attacked_and_questioned_take_their_object():
    r = one("Warren attacked the bank for its sales practices.")
    assert (r["cue"], r["source"], r["content"]) == ("attacked", "Warren", "the bank for its sales practices")
    r = one("Democrats questioned the cost of the wall.")
    assert (r["cue"], r["source"], r["content"]) == ("questioned", "Democrats", "the cost of the wall")


def test_wants_and_proposed_are_position_cues():
    r = one("Clinton wants to raise the minimum wage.")
    assert (r["cue"], r["source"], r["content"]) == ("wants", "Clinton", "to raise the minimum wage")
    r = one("The senator proposed a new tax on carbon emissions.")
    assert (r["cue"], r["content"]) == ("proposed", "a new tax on carbon emissions")


def test_noun_forms_are_not_cues():
    # "calls", "attacks", "questions" as nouns: the new class lists only the verb forms that are not nouns
    assert att("The attacks on the embassy raised questions about security.").empty
    assert att("Calls for a ceasefire grew louder.").empty


def test_called_after_a_comma_names_and_is_no_cue():
    # "His group, called X, …": a name, not an evaluation (naming_cues)
    assert att("His nonprofit group, called the Virginia Conservation Legacy Fund, will still own the property.").empty


def test_as_x_put_it():
    r = one("The deal was, as the minister put it, a turning point.")
    assert r["cue"] == "put it" and r["source"] == "the minister"


def test_transcript_labels_opened_by_a_quotation_mark():
    t = ('Partial transcript as follows:\n\n"WALLACE: Will she be there tomorrow?\n\n'
         '"PENCE: She will not be attending the debate.\n\n"WALLACE: Thank you.')
    a = att(t)
    turns = a[a["speaker_turn"]]
    assert list(turns["source"]) == ["WALLACE", "PENCE", "WALLACE"]
    assert turns.iloc[1]["content"] == "She will not be attending the debate."


def test_german_wider_verb_list():
    r = one("Der Staatsanwalt stellte fest, der Angeklagte habe gelogen.", "de")
    assert (r["cue"], r["source"], r["content"]) == ("stellte fest", "Der Staatsanwalt", "der Angeklagte habe gelogen")
    r = one("Der Zeuge sagte aus, er habe den Mann gesehen.", "de")
    assert (r["cue"], r["source"], r["content"]) == ("sagte aus", "Der Zeuge", "er habe den Mann gesehen")
    r = one("Die Ministerin hob hervor, dass die Lage ernst sei.", "de")
    assert (r["cue"], r["source"]) == ("hob hervor", "Die Ministerin")
    assert r["content"] == "dass die Lage ernst sei"


def test_title_case_headline_with_closing_cue():
    r = one("Trump Could Address Clean Energy, Lindsey Graham Says.")
    assert (r["cue"], r["source"], r["content"]) == ("Says", "Lindsey Graham", "Trump Could Address Clean Energy")


def test_trailing_subordinate_clause_does_not_block_a_closing_cue():
    t = "His skepticism has hurt the nominee with young voters, Graham said, since most of them accept the science."
    r = one(t)
    assert (r["cue"], r["source"]) == ("said", "Graham")
    assert r["content"] == "His skepticism has hurt the nominee with young voters"


def test_relative_clause_speaker_is_the_antecedent():
    # (English round 14: "refused to pay …" is a relation of its own now; the report inside it stays)
    rows = cue_rows("Trump refused to pay an architect who said he was stiffed.")
    assert ("said", "an architect", "he was stiffed") in rows
    r = one("Kim, who said the talks had failed, left early.")
    assert (r["source"], r["content"]) == ("Kim", "the talks had failed")
    r = one("He met top black lawmakers who said the remark was racist.")
    assert r["source"] == "lawmakers"


def test_cited_takes_its_object_without_that():
    r = one("At the debate, Clinton cited derogatory comments Trump had made about Machado.")
    assert (r["cue"], r["source"]) == ("cited", "Clinton")
    assert r["content"] == "derogatory comments Trump had made about Machado"
