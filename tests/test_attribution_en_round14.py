"""English round 14: PolNeAR development misses with no predicted cue (rules alone and rules + parser).

The sentences are hand-written in news style (not copied from PolNeAR or the real-news corpus); the expected
rows were worked out by reading them.
"""

from conftest import cue_rows as _rows


def test_clause_without_that_after_a_belief_or_finding_verb():
    # before: "believe", "find", "think", "hope", "know", "note" … took content only after "that" (YAML
    # need_complementizer), so a clause opened by its subject was missed; now a subject of at most eight
    # words followed by an auxiliary, modal or copula opens the content
    assert _rows("The minister believes the new bridge will open next year.") == [
        ("believes", "The minister", "the new bridge will open next year")]
    assert _rows("An inquiry found the agency was slow to respond to the floods.") == [
        ("found", "An inquiry", "the agency was slow to respond to the floods")]
    assert _rows("I think it is too early to judge the talks.") == [
        ("think", "I", "it is too early to judge the talks")]
    assert _rows("Local farmers hope the rain won't come before the harvest.") == [
        ("hope", "Local farmers", "the rain won't come before the harvest")]
    assert _rows("The auditors noted several payments were never recorded.") == [
        ("noted", "The auditors", "several payments were never recorded")]


def test_clause_without_that_guards():
    # a bare noun after a participle form can be the participle's noun, not a subject ("added value")
    assert _rows("Jobs will be created there and added value will be created as well.") == []
    # no auxiliary after the noun phrase: an object, not a clause
    assert _rows("The team found the missing files in a drawer.") == []
    assert _rows("They feel the same way about the plan.") == []
    # a preposition or a to-infinitive right after the cue opens no clause
    assert _rows("Residents hope for an early end to the drought.") == []
    assert _rows("Residents hope to see rain before the harvest.") == []
