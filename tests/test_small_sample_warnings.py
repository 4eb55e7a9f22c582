"""Tables that would mislead say so (session 10 trial): keyness of a one-article outlet, keyness across
languages, estimates on a corpus with no analysed language."""
import warnings

import pandas as pd
import pytest

import newsanalysis as na

ARTS = pd.DataFrame({
    "article_id": ["a1", "a2", "a3", "a4", "a5", "b1"],
    "outlet": ["A"] * 5 + ["B"],
    "language": ["en"] * 6,
    "text": ["The summit in Pyongyang ended with a treaty."] * 5 + ["Containers of shells crossed the border by rail."],
})


def test_keyness_names_groups_of_fewer_than_five_articles():
    with pytest.warns(UserWarning, match=r"fewer than 5 articles: B \(1\); their key terms describe those articles"):
        k = na.keyness(ARTS, by="outlet", min_freq=1)
    assert set(k["group"]) == {"A", "B"}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # five articles each: no warning
        na.keyness(ARTS.assign(outlet=["A", "A", "A", "B", "B", "B"]).pipe(
            lambda d: pd.concat([d, d.assign(article_id=d["article_id"] + "x")])), by="outlet", min_freq=1)


def test_keyness_across_languages_warns():
    mixed = ARTS.assign(language=["en"] * 5 + ["Deutsch"])
    with pytest.warns(UserWarning, match=r"articles in 2 languages \(de, en\): across languages every word is key"):
        na.keyness(mixed, by="outlet", min_freq=1)


def test_estimates_on_a_corpus_without_analysed_language_says_why():
    ko = pd.DataFrame({"article_id": ["k1", "k2"], "outlet": ["K", "K"], "language": ["ko", "ko"],
                       "text": ["북한과 러시아가 조약을 체결했다.", "푸틴 대통령이 평양을 방문했다."]})
    r = na.analyze(ko)
    with pytest.warns(UserWarning, match=r"no analysed article, so no figure \(languages: ko"):
        e = na.estimates(r, by="outlet")
    assert e.empty and "estimate" in e.columns
