"""Session 18, German tone: the separable verb "schließen ... aus" and the explanation of a reversed word.

Expected values worked out by reading the sentences: "schließe ... nicht aus" is "ausschließen" (not rule out), a
hedge with no tone of its own, not "schließen" (to close, SentiWS -0.211); what is (not) ruled out keeps its tone.
"""
import pandas as pd

import newsanalysis as na


def _arts(*texts):
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": list(texts),
                         "language": ["de"] * len(texts), "outlet": ["x"] * len(texts)})


def _compound(text):
    return float(na.sentiment(_arts(text))["compound"].iloc[0])


def _terms(text):
    return list(na.sentiment_terms(_arts(text))["term"])


def test_separated_ausschliessen_is_no_closing():
    # tagesschau, trends-2024-06-19 (Putin in Pjöngjang; German gold wave 3: neutral): Russia does not rule out
    # cooperation. "Zusammenarbeit" is an unrated positive word alone (weight 0): the sentence has no tone.
    text = 'Auch eine "militärisch-technische Zusammenarbeit" schließe Russland nicht aus.'
    assert "schließe" not in _terms(text)
    assert _compound(text) == 0
    # the same verb with the particle after a contrast adverb and before a "dass" clause, and in the past
    assert "schließt" not in _terms("Sie schließt aber nicht aus, dass es zu Kämpfen kommt.")
    assert "schloss" not in _terms("Die Polizei schloss einen Terroranschlag aus.")


def test_what_is_not_ruled_out_keeps_its_tone():
    # fighting that is not ruled out is still fighting: negative, and no longer pulled by a closing verb
    assert _compound("Er schließt nicht aus, dass es zu Kämpfen kommt.") < 0


def test_schliessen_without_particle_is_still_closing():
    # closing a border is "schließen" itself (SentiWS -0.211): the word keeps its weight
    assert _terms("Russland schließt die Grenze.") == ["schließt"]
    assert _compound("Russland schließt die Grenze.") < 0


def test_reversed_word_shows_its_own_weight_and_the_rule():
    # "Die Ängste seien übertrieben": fears called exaggerated are hopeful (the dismissal rule, +0.3656 for the
    # sentence); the trace lists "Ängste" with its own negative lexicon weight (SentiWS -0.514) and the rule
    res = na.analyze(_arts("Die Ängste seien übertrieben."))
    t = na.sentence_trace(res).iloc[0]
    assert t["tone_words"] == "Ängste +1.5 (lexicon −0.51, dismissed by 'übertrieben')"
    assert round(float(t["compound"]), 4) == 0.3656  # the sentence score is the one docs/sentiment.md gives


def test_a_word_with_its_own_sign_is_listed_as_before():
    res = na.analyze(_arts("Die Ängste sind groß."))  # "groß" (size) is ignored in news
    assert na.sentence_trace(res).iloc[0]["tone_words"] == "Ängste −2.1"
