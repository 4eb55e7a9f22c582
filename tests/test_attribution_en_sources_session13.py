"""Session 13, English sources: source-span bugs users found on the English news.

The sentences are hand-written in news style (not copied from any corpus); the expected values were worked
out by reading them.
"""

from conftest import cue_rows as _rows
from conftest import parsed_cue_rows as _parsed
from conftest import one


def test_anonymity_relative_clause_before_a_closing_cue():
    # before: no row at all (the closing cue allowed six words after the comma, and the source walk stopped
    # at "who", giving "spoke on condition of anonymity")
    r = one("The convoy crossed the border on Monday, officials who spoke on condition of anonymity said.")
    assert (r.kind, r.cue, r.source) == ("indirect", "said", "officials who spoke on condition of anonymity")
    assert r.content == "The convoy crossed the border on Monday"
    assert bool(r.anonymous) and not bool(r.named)
    assert r.source_type == "government"
    r = one("Two senior diplomats who spoke on condition of anonymity said the talks had stalled.")
    assert r.source == "Two senior diplomats who spoke on condition of anonymity"
    assert r.content == "the talks had stalled"
    assert bool(r.anonymous)


def test_anonymity_phrase_is_no_cue():
    # before: "asked" was a second cue with source "officials who"
    assert _rows("The convoy crossed the border, officials who asked not to be named said.") == [
        ("said", "officials who asked not to be named", "The convoy crossed the border")]


def test_anonymity_clause_guards():
    # a relative clause that is no anonymity phrase still ends the source walk: the subject of "said" is who
    # the relative clause is about only when it describes the source's anonymity
    assert _rows("The convoy crossed the border, officials said.") == [
        ("said", "officials", "The convoy crossed the border")]
    # a long clause before the comma without an anonymity phrase is not a closing cue's speaker
    assert _rows("The convoy crossed the border, and the soldiers who guarded the bridge for many weeks said "
                 "nothing.") == []


def test_anonymity_clause_after_a_plural_head_is_an_anonymous_group():
    # before: "Officials, who spoke on condition of anonymity, said …" had identified_by "role" (the phrase's
    # last word, "anonymity", was taken as its head) while "Officials said …" and "An official, who spoke on
    # condition of anonymity, said …" had "group"; now all orders agree: an anonymous group
    for text in ("Officials, who spoke on condition of anonymity, said the shipments had resumed.",
                 "Officials who spoke on condition of anonymity said the shipments had resumed.",
                 "The shipments had resumed, officials who spoke on condition of anonymity said.",
                 "Officials said the shipments had resumed."):
        r = one(text)
        assert (bool(r.named), bool(r.anonymous), r.identified_by, r.source_type) == (
            False, True, "group", "government"), text


def test_role_with_anonymity_clause_stays_a_role():
    # guard: a unique role keeps its role reading; the anonymity phrase still makes it anonymous
    r = one("The deputy minister, who spoke on condition of anonymity, said the shipments had resumed.")
    assert (r.source, r.identified_by, bool(r.anonymous)) == (
        "The deputy minister, who spoke on condition of anonymity", "role", True)


def test_coordinated_names_in_the_of_complement_of_a_role():
    # before: "Russia" (the coordination inside the role phrase's "of" complement was read as the head; then
    # the phrase was split into "The foreign ministers of the DPRK" and "Russia"); now one row whose source is
    # the role phrase, not named, government; two countries give no single source_country (as two people
    # of different countries named together)
    r = one("The foreign ministers of the DPRK and Russia said the treaty would deepen cooperation.")
    assert (r.source, bool(r.named), bool(r.anonymous), r.identified_by, r.source_type, r.source_country) == (
        "The foreign ministers of the DPRK and Russia", False, False, "role", "government", None)
    assert r.actor_id is None
    assert r.content == "the treaty would deepen cooperation"
    r = one("The defence ministers of South Korea and the United States agreed to resume the drills.")
    assert (r.source, r.source_type, r.source_country) == (
        "The defence ministers of South Korea and the United States", "government", None)


def test_coordinated_speakers_are_still_split():
    # guards: two speakers coordinated as subjects stay two rows; one country after "of" stays as it was
    assert [s for _, s, _ in _rows("Putin and Kim said the treaty would deepen cooperation.")] == ["Putin", "Kim"]
    r = one("The foreign minister of Russia said the treaty would deepen cooperation.")
    assert (r.source, r.source_country) == ("The foreign minister of Russia", "RU")


def test_relative_clause_after_a_carried_message():
    # before: source "in which he", cue "praised", content "KCNA carried a message from Putin" (the closing-cue
    # path read "in which he" as the speaker after a comma); a relative pronoun clause is never a source, and
    # the message's author speaks in it, with the medium that carried it as the chain's head
    r = one("KCNA carried a message from Putin, in which he praised the alliance.")
    assert (r.cue, r.source, r.content, r.chain) == ("praised", "Putin", "the alliance", "KCNA > Putin")
    assert (bool(r.named), r.actor_id, r.source_country) == (True, "putin", "RU")
    r = one("The party newspaper Rodong Sinmun carried Dmitry Medvedev’s New Year message to Kim Jong Un, in which "
            "the Russian politician expressed hopes for “new possibilities” in the relationship.")
    assert (r.cue, r.source, r.chain) == ("expressed hopes", "Dmitry Medvedev", "Rodong Sinmun > Dmitry Medvedev")
    assert r.content == "“new possibilities” in the relationship"


def test_carried_message_guards():
    # a letter the speaker sent himself: no medium, no chain (the pronoun resolves as before)
    r = one("Putin sent a letter to Kim, in which he said the alliance would grow.")
    assert (r.source, r.chain) == ("Putin", None)
    # a relative clause with a name of its own keeps that name
    r = one("KCNA carried a report from Moscow, in which Lavrov said the talks had gone well.")
    assert (r.source, r.chain) == ("Lavrov", None)


def test_parser_relative_pronoun_is_no_source():
    # before (parser path): source "which" when the cue borrows the subject of a relative clause (a participle
    # after it); now the proper name the relative clause modifies. Only a proper name: a common-noun antecedent
    # is often the wrong noun in the parse, and the pronoun is kept there (PolNeAR dev fell without it)
    rows = _parsed("It is also the U.S. which committed to deploying new missiles in Europe and has staged "
                        "drills against Russia one after another, revealing its intention to widen the war.")
    assert ("revealing", "the U.S", "its intention to widen the war") in rows


def test_parser_relative_clause_speaker_unchanged():
    # guard: a cue right in the relative clause still speaks for the noun before it
    rows = _parsed("The minister met an aide who said the budget was too small.")
    assert ("said", "an aide", "the budget was too small") in rows
