"""English round 13: content boundaries read from the PolNeAR development misses (rules alone).

The sentences are hand-written in news style (not copied from PolNeAR); the expected rows were worked out
by reading them: PolNeAR's content keeps an ", including …" / ", excluding …" phrase (it narrows what was
reported), and ends before a closing ", according to …" phrase, however long the source's name is.
"""

from conftest import cue_rows as _rows


def test_including_and_excluding_stay_in_the_content():
    # before: the content ended before ", including" (taken as a participle clause of the writer's)
    assert _rows("The lawsuit says the campaign broke federal law by using copyrighted material, including "
                 "photos of officers in uniform.") == [
        ("says", "The lawsuit", "the campaign broke federal law by using copyrighted material, including photos "
                                "of officers in uniform")]
    assert _rows("The survey shows that women hold 41 percent of federal jobs, excluding the military.") == [
        ("shows", "The survey", "that women hold 41 percent of federal jobs, excluding the military")]
    # the exception is by word: other participles after a comma still end the content
    assert _rows("The mayor said the bridge would reopen in May, leaving drivers without a detour for weeks.") == [
        ("said", "The mayor", "the bridge would reopen in May")]


def test_closing_according_to_phrase_is_not_content():
    # before: the source's name ran on after its head ("a poll released last week", "the Center for …"), so the
    # words after the source counted as a second part and the whole sentence became the content
    assert _rows("Turnout among young voters rose to 45 percent, according to a poll released last week.") == [
        ("according to", "a poll", "Turnout among young voters rose to 45 percent")]
    rows = _rows("Most of the donors earned $100,000 or more, according to the Roper Center for Public Opinion "
                 "Research.")
    assert [(c, x) for c, _, x in rows] == [("according to", "Most of the donors earned $100,000 or more")]
