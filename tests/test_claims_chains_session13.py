"""Session 13: claims and media-citing-media defects a trial user found on the real corpus
(scratch13/trial/report.md, findings 5 and 6).

All sentences are hand-written for these tests (not copied from any corpus); expected values are worked
out by reading them.
"""
import math

import pandas as pd

from conftest import att


def cl(text, lang="en"):
    """The claims table of one hand-written text."""
    from newsanalysis.attribution import claims

    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "language": [lang]})
    return claims(arts)


def units(text, lang="en"):
    """(number_text, value, unit) of every claim."""
    return [(r.number_text, r.value, r.unit) for r in cl(text, lang).itertuples()]


# ---------------------------------------------------------------- 1. reversed quotation marks
REVERSED = ("The forum opened on Monday with more than 200 guests from 40 countries and a long programme "
            "of panels on trade. The organisers chose the motto ”open doors,“ which the host explained. "
            "The mayor said, ”We expect 5,000 visitors next year.“ Nobody disagreed.")


def test_reversed_closing_mark_does_not_open_the_text_as_a_quote():
    a = att(REVERSED)
    # the lead is the outlet's own text: no attribution starts at the text's first character
    assert not (a["start"] == 0).any()
    assert not any("200 guests" in c for c in a["content"])


def test_reversed_pair_still_quotes_the_mayor():
    a = att(REVERSED)
    row = a[a["source"] == "The mayor"]
    assert len(row) == 1
    assert "5,000 visitors" in row["content"].iloc[0]
    assert row["kind"].iloc[0] == "direct"


def test_reversed_marks_give_no_claim_for_the_outlets_own_figures():
    assert [u for _, _, u in units(REVERSED)] == ["visitors"]


def test_normal_curly_quotes_unchanged():
    a = att("The mayor said, \u201cWe expect 5,000 visitors next year.\u201d Nobody disagreed.")
    assert list(a["source"]) == ["The mayor"]
    assert a["content"].iloc[0].startswith("\u201cWe expect")


def test_titled_label_with_space_before_colon_is_a_turn():
    text = ("Director of the Institute for Regional Studies, moderator Anna Petrova : Good evening, friends.\n\n"
            "We have 300 guests tonight.\n\n"
            "Anna Petrova: Let us begin.\n\n"
            "Boris Ivanov: Thank you.\n\n"
            "Anna Petrova : The next question, please.")
    a = att(text)
    turns = a[a["speaker_turn"]]
    assert "moderator Anna Petrova" in list(turns["source"])
    first = turns[turns["source"] == "moderator Anna Petrova"].iloc[0]
    assert first["content"].startswith("Good evening, friends.")
    assert "300 guests" in first["content"]
