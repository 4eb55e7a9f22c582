"""Round 11 (English): constructions read from the PolNeAR development misses.

The sentences are hand-written in news style (not copied from PolNeAR); the expected rows were worked out
by reading them.
"""

from conftest import cue_rows as _rows


def test_but_and_a_new_subject_ends_content_after_the_cue():
    # before: the content ran on over ", but the governor would keep …" (the writer's contrast)
    rows = _rows("The mayor called for cutting the sales tax to 5 percent, but the governor would keep it at 7 "
                 "percent and raise fees instead.")
    assert rows == [("called for", "The mayor", "cutting the sales tax to 5 percent")]
    rows = _rows("The senator said the footage showed the driver with his hands raised, but Officer Smith said "
                 "he had refused to stop.")
    assert rows[0] == ("said", "The senator", "the footage showed the driver with his hands raised")
    rows = _rows("The company said it would hire 200 workers, but before the plant opens, the state must "
                 "approve its permits.")
    assert rows == [("said", "The company", "it would hire 200 workers")]


def test_but_that_shares_the_subject_or_continues_the_report_keeps_the_content():
    # "but" before a verb, an adverb, a pronoun or "that": the reported clause goes on
    rows = _rows("Several voters said they had doubts about the candidate, but could not vote for his rival.")
    assert rows == [("said", "Several voters", "they had doubts about the candidate, but could not vote for "
                     "his rival")]
    rows = _rows("The minister said the talks were slow, but she expected a deal by June.")
    assert rows == [("said", "The minister", "the talks were slow, but she expected a deal by June")]
    rows = _rows("The union said the offer was too low, but that it would keep talking.")
    assert rows == [("said", "The union", "the offer was too low, but that it would keep talking")]
    # inside a quotation nothing is cut
    rows = _rows("The governor said the plan was “costly, but the state can afford it.”")
    assert rows == [("said", "The governor", "the plan was “costly, but the state can afford it.”")]
