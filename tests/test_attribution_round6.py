"""Round 6 of the English attribution rules and parser merge (issue #4, PolNeAR dev only).

Each sentence is hand-written after a pattern read in PolNeAR dev errors; the expected spans were worked
out by reading the sentence.
"""
from conftest import att, one


def test_quote_then_speaker_with_a_long_apposition():
    # '“…,” Leonard E. Burman, director of …, said of the plan. “…”': the speaker is more than six words
    # long; the quotation's second part, in the next sentence, continues it
    text = ("“It has the important virtue of being fiscally responsible,” Leonard E. Burman, director of the Tax "
            "Policy Center and a professor at Syracuse University, said of the plan. “It does not make our "
            "fiscal problems worse.”\n\nThe plan was published on Monday.")
    r = one(text)
    assert r["kind"] == "direct" and r["cue"] == "said"
    assert r["source"] == ("Leonard E. Burman, director of the Tax Policy Center and a professor at Syracuse "
                           "University")
    assert r["content"].startswith("“It has the important virtue") and r["content"].endswith("problems worse.”")


def test_quote_then_role_speaker_with_a_relative_clause_or_name_apposition():
    r = one("“We will not attend,” the minister, who was speaking after a meeting of the cabinet in Seoul on "
            "Monday, said.")
    assert (r["cue"], r["content"]) == ("said", "“We will not attend,”")
    assert r["source"] == "the minister, who was speaking after a meeting of the cabinet in Seoul on Monday"
    r = one("“We will not attend,” a spokesman for the Russian foreign ministry, Maria Zakharova, told reporters.")
    assert r["cue"] == "told" and r["source"] == "a spokesman for the Russian foreign ministry, Maria Zakharova"


def test_long_narrative_after_a_quote_is_no_speaker():
    # a cue far after the quote without a comma-closed apposition: the quote stays without a cue
    a = att("“We will not attend,” the minister of the interior and the head of the police of the city of Seoul "
            "agreed on Monday after the long meeting of the cabinet said.")
    assert not (a["cue"] == "said").any()
