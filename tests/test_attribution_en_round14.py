"""English round 14: PolNeAR development misses with no predicted cue (rules alone and rules + parser).

The sentences are hand-written in news style (not copied from PolNeAR or the real-news corpus); the expected
rows were worked out by reading them.
"""

from conftest import cue_rows as _rows
from conftest import parsed_cue_rows as _parsed


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
    # a preposition right after the cue opens no clause
    assert _rows("Residents hope for an early end to the drought.") == []


def test_to_infinitive_of_an_intention_verb():
    # before: "refuse", "decline", "decide", "seek", "intend", "offer", "planned" were no cues, and "agree" /
    # "hope" needed "that"; PolNeAR annotates the to-infinitive of intentions as content (the parser method's
    # xcomp_cues), and now the rules take it
    assert _rows("The mayor refused to release the report.") == [
        ("refused", "The mayor", "to release the report")]
    assert _rows("The council agreed to delay the vote until March.") == [
        ("agreed", "The council", "to delay the vote until March")]
    assert _rows("The company hopes to open two new plants next year.") == [
        ("hopes", "The company", "to open two new plants next year")]
    assert _rows("A spokeswoman for the ministry declined to comment.") == [
        ("declined", "A spokeswoman for the ministry", "to comment")]


def test_to_infinitive_guards():
    # the new cues take no object and no clause before them
    assert _rows("The company declined the offer.") == []
    assert _rows("The senators sought a meeting with the minister.") == []
    # inside a report they are part of it, not a second relation that cuts the first
    assert _rows("Police say the driver ignored the signal and refused to stop.") == [
        ("say", "Police", "the driver ignored the signal and refused to stop")]


def test_quoted_fragment_the_clause_goes_on_after():
    # before: a direct quotation of the fragment alone ('"budget reforms"'); PolNeAR's content is the clause
    # the fragment opens, to the sentence end
    assert _rows('The senator said "budget reforms" and the collection of unpaid fees would pay for the plan.') == [
        ("said", "The senator", '"budget reforms" and the collection of unpaid fees would pay for the plan')]
    assert _rows('The minister referenced "political tensions" in rich economies that are raising uncertainty.') == [
        ("referenced", "The minister", '"political tensions" in rich economies that are raising uncertainty')]


def test_quoted_fragment_guards():
    # a quotation closed by its own punctuation, or followed by the sentence end, stays a direct quotation
    assert _rows('The senator said "the reforms will pay for it," and left the hall.') == [
        ("said", "The senator", '"the reforms will pay for it,"')]
    assert _rows('The senator said "budget reforms" again.') == [("said", "The senator", '"budget reforms"')]
    # the writer's coordinated verb after the fragment is not part of it
    assert _rows('The senator said "never" and walked out of the hearing room.') == [
        ("said", "The senator", '"never"')]


def test_parser_coordinated_that_clause_stays_in_the_report():
    # before (rules + parser): the parse read "show" as a clause of its own and cut the report at its subject,
    # leaving 'the photos were "unclear" and that', plus a second relation "show" inside the report
    assert _parsed('The chief said the photos were "unclear" and that the footage did not show his hands.') == [
        ("said", "The chief", 'the photos were "unclear" and that the footage did not show his hands')]


def test_parser_clause_cut_guard():
    # a coordinated main clause with its own subject and no "that" still ends the report (round 11)
    assert _parsed("The mayor said the bridge was safe, and the council said it would close the road.") == [
        ("said", "The mayor", "the bridge was safe"), ("said", "the council", "it would close the road")]


def test_fronted_phrase_before_the_source_is_no_content():
    # before: the phrase before ", he declined" was taken as what was said ("Through a spokesman"); now a
    # single fronted phrase (preposition, subordinator or participle; no comma, no auxiliary) is not content
    # and the cue takes what follows it
    assert _rows("Through a spokesman, the governor declined to comment.") == [
        ("declined", "the governor", "to comment")]
    assert _rows("Citing an old rumor, the senator accused his rival of lying about the loan.") == [
        ("accused", "the senator", "his rival of lying about the loan")]
    assert _rows("But in July 2012, the company predicted a strong recovery in coal prices.") == [
        ("predicted", "the company", "a strong recovery in coal prices")]


def test_fronted_phrase_guards():
    # a clause with an auxiliary or modal before ", he said" is the content, even if it opens in -ing
    assert _rows("Shifting rain patterns could hurt a billion farmers, he said.") == [
        ("said", "he", "Shifting rain patterns could hurt a billion farmers")]
    assert _rows("Without new money the program will close in May, the mayor said.") == [
        ("said", "the mayor", "Without new money the program will close in May")]


def test_concessive_clause_with_its_own_cue_ends_the_content():
    # before: the content ran on over ", though she acknowledged …"; PolNeAR ends it before the concessive
    # clause when the writer goes on with another report or act
    assert _rows("The organizer said the group would hold a rally outside the hall, though she acknowledged "
                 "that few people would come.")[0] == (
        "said", "The organizer", "the group would hold a rally outside the hall")
    assert _rows("The candidate claimed that his plan was fair, although he again refused to publish the "
                 "figures.")[0] == ("claimed", "The candidate", "that his plan was fair")


def test_concessive_clause_guard():
    # without a cue in it, the concessive clause may be the speaker's and stays
    assert _rows("The president stressed that trade was an objective process, though there was no way to "
                 "ignore its costs.") == [
        ("stressed", "The president", "that trade was an objective process, though there was no way to ignore "
                                      "its costs")]


def test_new_subject_with_its_own_cue_after_comma_and_ends_the_content():
    # before: the first content ran over ", and <subject> warned …" (and, when found first, hid that report)
    assert _rows("The minister stressed that the talks were not over, and opposition leaders warned that the deal "
                 "would fail, which would cost jobs.") == [
        ("stressed", "The minister", "that the talks were not over"),
        ("warned", "opposition leaders", "that the deal would fail")]
    assert _rows("The mayor proposed cutting the fee for parking, but analysts agreed it was still too high.") == [
        ("proposed", "The mayor", "cutting the fee for parking"), ("agreed", "analysts", "it was still too high")]


def test_new_subject_after_comma_and_guards():
    # no cue after the new subject: the coordinated clause stays in the report (round 13's ", and" convention)
    assert _rows("The minister said the talks had stalled, and the two sides would meet again in May.") == [
        ("said", "The minister", "the talks had stalled, and the two sides would meet again in May")]
    # a noun read as a cue ("projects") is no new report
    assert _rows("He said the plan covered new ports, and transnational projects for railways in the north.") == [
        ("said", "He", "the plan covered new ports, and transnational projects for railways in the north")]
