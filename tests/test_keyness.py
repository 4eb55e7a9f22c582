"""Keyness (G², Log Ratio) checked against hand-computed values."""
import math

import pandas as pd
import pytest

from newsanalysis.keyness import keyness, log_likelihood, log_ratio, stopwords, term_counts, top_terms


def test_log_likelihood_by_hand():
    # term 20 of 1000 tokens in the target, 10 of 2000 in the reference; N = 3000
    # expected: 1000*30/3000 = 10, 990, 20, 1980
    hand = 2 * (20 * math.log(20 / 10) + 980 * math.log(980 / 990) + 10 * math.log(10 / 20)
                + 1990 * math.log(1990 / 1980))
    assert hand == pytest.approx(14.0147, abs=1e-4)
    assert log_likelihood(20, 10, 1000, 2000) == pytest.approx(hand)
    # no difference in relative frequency -> G² = 0
    assert log_likelihood(10, 20, 1000, 2000) == pytest.approx(0.0, abs=1e-12)


def test_log_ratio_by_hand():
    assert log_ratio(20, 10, 1000, 2000) == pytest.approx(2.0)       # 2% vs 0.5%: 4 times, log2 4 = 2
    assert log_ratio(0, 4, 100, 100) == pytest.approx(math.log2(0.5 / 4))  # zero -> 0.5 (Hardie 2014)


def _articles():
    return pd.DataFrame({
        "article_id": ["a1", "a2", "b1", "c1"],
        "outlet": ["A", "A", "B", "C"],
        "language": ["en", "en", "en", "en"],
        "text": [
            "Sanctions hurt the people. The sanctions are cruel.",         # sanctions 2, people 1
            "Sanctions again! SANCTIONS and more sanctions.",               # sanctions 3
            "The talks went well. Talks will continue, talks said people.",  # talks 3, people 1
            "Weather report: sunny. Talks.",                                  # talks 1
        ],
    })


def test_term_counts_lowercase_without_stopwords():
    c = term_counts(_articles(), "outlet").set_index(["outlet", "term"])
    assert c.loc[("A", "sanctions"), "freq"] == 5       # Sanctions x2 + Sanctions, SANCTIONS, sanctions
    assert ("A", "the") not in c.index and ("A", "and") not in c.index  # stop words
    # A: sanctions 5, hurt, people, cruel -> 8 tokens (the, are, again, more are stop words)
    assert c.loc[("A", "sanctions"), "total"] == 8
    assert c.loc[("B", "talks"), "freq"] == 3


def test_keyness_one_vs_rest_and_pairwise_by_hand():
    k = keyness(_articles(), "outlet", comparison="both", min_freq=4)
    ovr = k[k["comparison"] == "one_vs_rest"].set_index(["group", "term"])
    # 'sanctions' (5 in A, 0 elsewhere) and 'talks' (3 in B + 1 in C) reach min_freq 4; nothing else does
    assert set(k["term"]) == {"sanctions", "talks"}
    s = ovr.loc[("A", "sanctions")]
    # A has 8 tokens; rest: B (talks 3, went, continue, said, people = 7; 'the', 'well', 'will' are stop words)
    # + C (weather, report, sunny, talks = 4) = 11
    assert (s["freq_target"], s["freq_reference"], s["total_target"], s["total_reference"]) == (5, 0, 8, 11)
    assert s["g2"] == pytest.approx(log_likelihood(5, 0, 8, 11))
    assert s["log_ratio"] == pytest.approx(math.log2((5 / 8) / (0.5 / 11)))
    assert s["direction"] == "+" and s["p_adjusted"] >= s["p_value"]
    assert ovr.loc[("B", "sanctions"), "direction"] == "-"
    pw = k[k["comparison"] == "pairwise"]
    assert set(zip(pw["group"], pw["reference"])) == {("A", "B"), ("A", "C"), ("B", "C")}
    bc = pw[(pw["group"] == "B") & (pw["reference"] == "C") & (pw["term"] == "talks")].iloc[0]
    assert (bc["freq_target"], bc["freq_reference"]) == (3, 1)


def test_keyness_significance_and_top_terms():
    arts = pd.DataFrame({"article_id": ["x", "y"], "outlet": ["X", "Y"], "language": "en",
                         "text": ["treaty " * 40 + "summit " * 40, "summit " * 40 + "weather " * 40]})
    k = keyness(arts, "outlet")
    x = k[(k["group"] == "X")].set_index("term")
    assert bool(x.loc["treaty", "significant"]) and not bool(x.loc["summit", "significant"])
    assert x.loc["summit", "g2"] == pytest.approx(0.0, abs=1e-9)   # same relative frequency in both
    top = top_terms(k, 5)
    assert top.set_index("group").loc["X", "term"] == "treaty"
    assert top.set_index("group").loc["Y", "term"] == "weather"


def test_keyness_errors_and_stopword_lists():
    with pytest.raises(ValueError, match="comparison"):
        keyness(_articles(), comparison="all")
    with pytest.raises(ValueError, match="lacks column"):
        keyness(pd.DataFrame({"text": ["x"]}))
    assert {"the", "and", "of"} <= stopwords("en") and {"und", "der", "nicht"} <= stopwords("de")
    assert stopwords("ko") == frozenset()


def test_keyness_does_not_mutate_input():
    a = _articles()
    before = a.copy()
    keyness(a, "outlet")
    pd.testing.assert_frame_equal(a, before)


def test_keyness_on_real_corpus_kcna_vs_kremlin(real_articles):
    # KCNA writes "DPRK" and "Workers' Party" throughout; the Kremlin's transcripts use "Mr" and "think"
    en = real_articles[real_articles["outlet"].str.startswith(("KCNA", "Kremlin"))]
    k = keyness(en, "outlet", comparison="pairwise")
    kcna = k[k["group"].str.startswith("KCNA")].set_index("term")
    assert kcna.loc["dprk", "direction"] == "+" and bool(kcna.loc["dprk", "significant"])
    assert kcna.loc["mr", "direction"] == "-" and bool(kcna.loc["mr", "significant"])
