"""Session 17: a transcript's stage direction ("(Laughter.)", "(Applause.)") is nobody's words and is not scored.

Kremlin.ru transcripts carry 24 such lines in the on-topic file; VADER weighs "laughter" +2.2 and "applause"
+1.8, so each was a positive sentence inside a speaker's turn."""
import numpy as np
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.sentiment import article_tone, is_stage_direction, sentiment_terms


def _article():
    # as in kremlin-en-60707: "He is a good actor. (Laughter.)" and a line "( Applause .)" of its own
    return pd.DataFrame({"article_id": ["t"], "language": ["en"],
                         "text": ["He is a good actor. (Laughter.) We will see.\n\n( Applause .)"]})


def test_stage_directions_are_not_scored():
    s = na.sentiment(_article()).set_index("sentence_id")
    assert len(s) == 4
    # "good" +1.9: 1.9 / sqrt(1.9² + 15) = 0.4404
    assert s.loc[0, "compound"] == pytest.approx(0.4404) and s.loc[0, "scored"]
    for sid in (1, 3):  # "(Laughter.)" scored +0.4939 before, "( Applause .)" +0.4215
        assert not s.loc[sid, "scored"] and np.isnan(s.loc[sid, "compound"])
        assert s.loc[sid, "reason"] == "stage direction"
    assert s.loc[2, "compound"] == 0.0 and s.loc[2, "scored"]
    # the article's tone: (0.4404 + 0) / 2, not (0.4404 + 0.4939 + 0 + 0.4215) / 4
    t = article_tone(s.reset_index()).iloc[0]
    assert t["mean_compound"] == pytest.approx(0.2202) and t["n_scored"] == 2


def test_stage_directions_have_no_terms():
    terms = sentiment_terms(_article())
    assert list(terms["term"]) == ["good"]


@pytest.mark.parametrize("text, expected", [
    ("(Applause.)", True), ("(Laughter).", True), ("( Laughter )", True), ("(Laughing.)", True),
    ("(Applause and laughter.)", True), ("[Beifall]", True), ("(Beifall bei der SPD und den GRÜNEN)", True),
    # the audience's reaction inside a sentence, or a parenthesis that is someone's words, stays scored
    ("He is a good actor. (Laughter.)", False), ("(Applause) We won.", False),
    ("(Laughter, he is a great man and our best friend.)", False),
    ("(Pause for reflection is needed, he said.)", False),
])
def test_what_counts_as_a_stage_direction(text, expected):
    assert is_stage_direction(text) is expected
