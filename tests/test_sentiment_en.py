"""English: equality with vaderSentiment 3.3.2 and hand-checked VADER rules."""
import numpy as np
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.sentiment import sentiment, sentiment_terms
from newsanalysis.sentiment_en import vader_scorer

vs = pytest.importorskip("vaderSentiment.vaderSentiment")


@pytest.fixture(scope="module")
def reference():
    return vs.SentimentIntensityAnalyzer()


def _nyt(shared):
    path = shared / "validation" / "vader_nyt_editorials" / "nytEditorialSnippets_GroundTruth.txt"
    return [ln.split("\t", 2)[2] for ln in path.read_text(encoding="latin-1").splitlines() if ln.strip()]


def _check_equal(texts, reference):
    ours = vader_scorer().score_many(texts)
    ref = np.array([[d["compound"], d["pos"], d["neg"], d["neu"]] for d in map(reference.polarity_scores, texts)])
    diff = np.abs(ours - ref)
    worst = int(np.argmax(diff[:, 0]))
    assert diff[:, 0].max() <= 1e-6, f"compound differs on {texts[worst]!r}: {ours[worst]} vs {ref[worst]}"
    assert diff.max() <= 1e-6


def test_equal_to_vader_on_every_nyt_snippet(shared, reference):
    texts = _nyt(shared)
    assert len(texts) == 5190
    _check_equal(texts, reference)


def test_equal_to_vader_on_every_english_real_sentence(real_articles, reference):
    en = real_articles[real_articles["language"] == "en"]
    texts = na.sentences(en)["text"].tolist()
    assert len(texts) > 10000
    _check_equal(texts, reference)
    # the one-sentence path agrees as well
    scorer = vader_scorer()
    for t in texts[:2000]:
        assert scorer.polarity_scores(t) == reference.polarity_scores(t)


QUIRKS = [
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "Not bad at all", "At least it isn't a horrible book.", "The book was only kind of good.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    "Without a doubt, excellent idea.", "With VADER, sentiment analysis is the shit!",
    "Today only kinda sux! But I'll get by, lol", "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "good but bad but good, good, bad", "no no no good", "NO good news", "never so good", "no,",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "It was a kiss of death.", "The talks were a bus stop", "yeah right", "GOOD", "", "   ", "??!!",
    "Sanctions? Really?? Terrible???", "He is not, no, good?? !!", "©2024 great",
]


def test_equal_to_vader_on_rule_corner_cases(reference):
    _check_equal(QUIRKS, reference)
    for t in QUIRKS:
        assert vader_scorer().polarity_scores(t) == reference.polarity_scores(t), t


def test_hand_worked_values():
    s = vader_scorer()
    # "good" is 1.9 in the lexicon: 1.9 / sqrt(1.9^2 + 15) = 0.4404
    assert s.polarity_scores("good")["compound"] == 0.4404
    # "not good": 1.9 * -0.74 = -1.406 -> -1.406 / sqrt(1.406^2 + 15) = -0.3412
    assert s.polarity_scores("not good")["compound"] == -0.3412
    # "very good": 1.9 + 0.293 = 2.193 -> 0.4927
    assert s.polarity_scores("very good")["compound"] == 0.4927
    # 'but': "good but bad" = 1.9*0.5 + (-2.5)*1.5 = -2.8 -> -0.5859
    assert s.polarity_scores("good but bad")["compound"] == -0.5859


def test_terms_explain_the_score():
    arts = pd.DataFrame({"article_id": ["x"], "text": ["The summit was not good, but very useful."],
                         "language": ["en"]})
    terms = sentiment_terms(arts)
    by = dict(zip(terms["term"], zip(terms["weight"], terms["rules"], terms["start"])))
    # good: 1.9 * -0.74 (negated by 'not') * 0.5 (before 'but')
    assert by["good"][0] == pytest.approx(1.9 * -0.74 * 0.5)
    assert "negated by 'not'" in by["good"][1] and "'but' rule" in by["good"][1]
    # useful: (1.9 + 0.293 'very') * 1.5 (after 'but')
    assert by["useful"][0] == pytest.approx((1.9 + 0.293) * 1.5)
    assert "boosted by 'very'" in by["useful"][1]
    assert arts["text"][0][by["useful"][2]:by["useful"][2] + 6] == "useful"
    assert terms["negated"].tolist() == [True, False] and terms["boosted"].tolist() == [False, True]
    row = sentiment(arts).iloc[0]
    # the terms' weights are the sum behind compound: (-0.703 + 3.2895) -> 2.5865 / sqrt(2.5865^2+15)
    total = terms["weight"].sum()
    assert row["compound"] == pytest.approx(round(total / np.sqrt(total * total + 15), 4))
