"""Sentence table contract, voice split, article tone, actor tone, user lexicons, real articles."""
import numpy as np
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.sentiment import (SENTIMENT_COLUMNS, actor_tone, actor_tone_summary, article_tone,
                                    load_lexicon, outlet_tone, sentiment, sentiment_terms)

TEXT_EN = 'Peskov said the talks were "very successful". The sanctions are a disaster.'
TEXT_DE = "Das Treffen war nicht gut."
TEXT_KO = "푸틴 대통령이 김정은 위원장을 만났다."


@pytest.fixture()
def arts():
    return pd.DataFrame({"article_id": ["en1", "de1", "ko1"], "text": [TEXT_EN, TEXT_DE, TEXT_KO],
                         "language": ["en", "de", "ko"], "outlet": ["A", "B", "C"]})


def test_contract_and_unscored_language(arts):
    before = arts.copy()
    s = sentiment(arts)
    assert list(s.columns) == SENTIMENT_COLUMNS
    pd.testing.assert_frame_equal(arts, before)  # input untouched
    assert s.loc[s["scored"], "compound"].between(-1, 1).all() and s["scored"].sum() == 3
    ko = s[s["language"] == "ko"].iloc[0]
    assert not ko["scored"] and np.isnan(ko["compound"]) and ko["reason"] == "no lexicon for language 'ko'"
    assert s.loc[s["language"] == "en", "lexicon"].iloc[0].startswith("VADER 3.3")
    assert s.loc[s["language"] == "de", "lexicon"].iloc[0] == "SentiWS 1.8c + newsanalysis-de-news 0.9"
    # "The sanctions are a disaster." is negative; "Das Treffen war nicht gut." is negative
    assert s.loc[(s["article_id"] == "en1") & (s["sentence_id"] == 1), "compound"].iloc[0] < -0.05
    assert s.loc[s["article_id"] == "de1", "compound"].iloc[0] < -0.05
    # without attributions the voices are unknown, not zero
    assert s["authorial_compound"].isna().all() and s["quoted_chars"].isna().all()


def test_given_sentences_table_without_text(arts):
    sents = na.sentences(arts)[["article_id", "sentence_id", "start", "end"]]
    a = sentiment(arts, sentences=sents)
    b = sentiment(arts)
    pd.testing.assert_frame_equal(a, b)


def test_bad_input_names_record(arts):
    with pytest.raises(ValueError, match="text"):
        sentiment(pd.DataFrame({"article_id": ["x"], "text": [None], "language": ["en"]}))
    bad = pd.DataFrame({"article_id": ["en1"], "sentence_id": [0], "start": [0], "end": [9999]})
    with pytest.raises(ValueError, match="en1"):
        sentiment(arts, sentences=bad)
    with pytest.raises(ValueError, match="nope"):
        sentiment(arts, sentences=pd.DataFrame({"article_id": ["nope"], "sentence_id": [0], "start": [0], "end": [1]}))


def test_voice_split_with_hand_made_attributions(arts):
    q0 = TEXT_EN.index('"very') + 1
    q1 = TEXT_EN.index('successful"') + len("successful")
    att = pd.DataFrame({"article_id": ["en1"], "sentence_id": [0], "start": [q0], "end": [q1], "kind": ["direct"],
                        "source": ["Peskov"]})
    s = sentiment(arts, attributions=att)
    first = s[(s["article_id"] == "en1") & (s["sentence_id"] == 0)].iloc[0]
    # quoted voice: "very successful" = 2.8 + 0.293 = 3.093 -> 3.093 / sqrt(3.093^2 + 15) = 0.6240;
    # authorial voice "Peskov said the talks were" has no lexicon word -> 0
    assert first["quoted_chars"] == len("very successful")
    assert first["quoted_compound"] == pytest.approx(0.6240, abs=1e-4)
    assert first["authorial_compound"] == 0.0
    assert first["compound"] > 0.05
    second = s[(s["article_id"] == "en1") & (s["sentence_id"] == 1)].iloc[0]
    assert second["quoted_chars"] == 0 and np.isnan(second["quoted_compound"])
    assert second["authorial_compound"] == second["compound"]
    tone = article_tone(s).set_index("article_id")
    # authorial mean: (0 + disaster sentence) / 2 ; quoted mean: the one quoted part
    assert tone.loc["en1", "authorial_mean_compound"] == pytest.approx(second["compound"] / 2)
    assert tone.loc["en1", "quoted_mean_compound"] == pytest.approx(first["quoted_compound"])
    assert tone.loc["en1", "n_quoted"] == 1 and tone.loc["en1", "n_authorial"] == 2
    terms = sentiment_terms(arts, attributions=att)
    en = terms[terms["article_id"] == "en1"]
    assert set(en.loc[en["term"] == "successful", "voice"]) == {"quoted"}
    assert set(en.loc[en["term"] == "disaster", "voice"]) == {"authorial"}


def test_article_tone_never_whole_text(arts):
    s = sentiment(arts)
    t = article_tone(s).set_index("article_id")
    en = s[s["article_id"] == "en1"]
    assert t.loc["en1", "mean_compound"] == pytest.approx(en["compound"].mean())
    assert t.loc["en1", "n_scored"] == 2
    assert t.loc["en1", "share_negative"] == 0.5 and t.loc["en1", "share_positive"] == 0.5
    assert t.loc["ko1", "n_scored"] == 0 and np.isnan(t.loc["ko1", "mean_compound"])


def test_article_tone_shares_use_the_language_cutoffs():
    """German shares use the German cut-offs (+-0.20), the same as RuleScorer.label; English VADER's +-0.05."""
    de = "Der Krieg endet. Der Bericht wurde bestätigt."
    en = "The plan is good. The plan is bad."
    arts = pd.DataFrame({"article_id": ["de1", "en1"], "text": [de, en], "language": ["de", "en"]})
    s = sentiment(arts)
    t = article_tone(s).set_index("article_id")
    # "Der Krieg endet." 0.3793 is positive; "Der Bericht wurde bestätigt." (0.0854 x 4 = 0.3416 -> 0.0879) is
    # neutral in German
    # (it would count as positive at VADER's 0.05)
    assert t.loc["de1", "share_positive"] == 0.5 and t.loc["de1", "share_negative"] == 0.0
    # English: good (+) and bad (-) sentences, VADER's cut-offs
    assert t.loc["en1", "share_positive"] == 0.5 and t.loc["en1", "share_negative"] == 0.5
    # without a language column VADER's +-0.05 apply to all
    t2 = article_tone(s.drop(columns="language")).set_index("article_id")
    assert t2.loc["de1", "share_positive"] == 1.0


def test_actor_tone_hand_made():
    text = "Putin praised the friendship with North Korea, while critics condemned Kim Jong Un."
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "language": ["en"], "outlet": ["X"]})
    t = actor_tone(arts).set_index("actor_id")
    assert sorted(t.index) == ["kim_jong_un", "north_korea", "putin"]
    # Putin's clause holds "praised" and "friendship": positive; Kim's clause holds "condemned": negative
    assert t.loc["putin", "tone"] > 0.05
    assert t.loc["kim_jong_un", "tone"] < -0.05
    assert text[t.loc["putin", "start"]:t.loc["putin", "end"]] == "Putin"
    assert "condemned" in t.loc["kim_jong_un", "terms"]
    summ = actor_tone_summary(actor_tone(arts), arts).set_index("actor_id")
    assert summ.loc["putin", "n_mentions"] == 1 and summ.loc["putin", "mean_tone"] == t.loc["putin", "tone"]
    # a user actor table replaces the shipped one
    own = na.actors.load_actors()
    own = own[own["actor_id"] == "putin"].assign(aliases_en="Putin|the Kremlin leader")
    t2 = actor_tone(arts, actors=own)
    assert t2["actor_id"].tolist() == ["putin"]


def test_actor_tone_unscored_language_is_nan():
    arts = pd.DataFrame({"article_id": ["k"], "text": [TEXT_KO], "language": ["ko"]})
    t = actor_tone(arts)
    assert len(t) >= 2 and t["tone"].isna().all() and not t["scored"].any()


def test_outlet_tone_interval():
    tone = pd.DataFrame({"article_id": ["1", "2", "3"], "authorial_mean_compound": [0.1, 0.3, np.nan]})
    arts = pd.DataFrame({"article_id": ["1", "2", "3"], "outlet": ["A", "A", "B"]})
    o = outlet_tone(tone, arts).set_index("outlet")
    assert o.loc["A", "mean"] == pytest.approx(0.2) and o.loc["A", "n_articles"] == 2
    # t(0.975, 1) = 12.706; sd = 0.1414; se = 0.1 -> half width 1.2706: 0.2 - 1.2706 = -1.0706 and
    # 0.2 + 1.2706 = 1.4706 both leave the compound scale, so they are clipped to [-1, 1] with a warning
    assert o.loc["A", "ci_low"] == -1.0 and o.loc["A", "ci_high"] == 1.0
    assert "clipped" in o.loc["A", "warning"] and "only 2 analysed article(s)" in o.loc["A", "warning"]
    assert o.loc["A", "measure"] == "authorial_mean_compound"
    assert "B" not in o.index
    # a narrow interval is not clipped
    tone = pd.DataFrame({"article_id": list("123456"), "authorial_mean_compound": [0.1, 0.2, 0.3, 0.1, 0.2, 0.3]})
    o = outlet_tone(tone, pd.DataFrame({"article_id": list("123456"), "outlet": ["A"] * 6})).set_index("outlet")
    # mean 0.2, sd 0.0894, se 0.0365, t(0.975, 5) = 2.5706 -> half width 0.0939
    # (since session 10 the same warnings as compare(): 6 articles give an approximate t-interval)
    assert o.loc["A", "ci_high"] == pytest.approx(0.2939, abs=1e-3)
    assert o.loc["A", "warning"] == "6 articles: t-interval approximate (n < 10)"
    # German and English articles in one group: their scores are not on one scale
    arts = pd.DataFrame({"article_id": list("123456"), "outlet": ["A"] * 6, "language": ["en"] * 3 + ["de"] * 3})
    o = outlet_tone(tone, arts).set_index("outlet")
    assert "tone mixes languages (de;en)" in o.loc["A", "warning"]


def test_user_lexicons(tmp_path):
    csvp = tmp_path / "mini.csv"
    csvp.write_text("term,weight\nfreundschaft,1\nbedroh*,-1\n", encoding="utf-8")
    lex = load_lexicon(csvp, name="Mini", version="0.1", language="de")
    assert lex.label == "Mini 0.1" and lex.scale == 4.0
    arts = pd.DataFrame({"article_id": ["d"], "text": ["Die Freundschaft ist nicht bedrohlich."], "language": ["de"]})
    terms = sentiment_terms(arts, lexicon=lex)
    by = dict(zip(terms["term"], terms["weight"]))
    assert by["Freundschaft"] == 4.0
    assert by["bedrohlich"] == pytest.approx(-4.0 * -0.74)  # wildcard, negated by "nicht"
    assert set(sentiment(arts, lexicon=lex)["lexicon"]) == {"Mini 0.1"}
    dic = tmp_path / "liwc.dic"
    dic.write_text("%\n1\tposemo positive\n2\tnegemo negative\n%\ngood\t1\nbad*\t2\n", encoding="utf-8")
    lex2 = load_lexicon(dic, version="2015")
    assert lex2.get("good") == 1.0 and lex2.get("badly") == -1.0 and lex2.label == "liwc 2015"
    yml = tmp_path / "q.yml"
    yml.write_text("positive: [calm]\nnegative: [tense, 'crisis*']\n", encoding="utf-8")
    lex3 = load_lexicon(yml, name="Q")
    assert lex3.get("crisis-hit") == -1.0 and lex3.get("calm") == 1.0 and lex3.get("crises") is None
    bad = tmp_path / "bad.csv"
    bad.write_text("term,weight\nfoo,high\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        load_lexicon(bad)


def test_real_articles_scored_by_language(real_articles):
    sub = real_articles.groupby("language").head(2)
    s = sentiment(sub)
    assert s.loc[s["language"].isin(["en", "de"]), "scored"].all()
    assert not s.loc[s["language"].isin(["ko", "vi"]), "scored"].any()
    assert s.loc[s["scored"], "compound"].between(-1, 1).all()


def test_real_german_article_read_by_hand(real_articles):
    de = real_articles[real_articles["language"] == "de"]
    sents = na.sentences(de)
    s = sentiment(de, sentences=sents).merge(sents[["article_id", "sentence_id", "text"]])
    # sentences with "Krieg" (SentiWS -0.5364) and no positive word must come out negative
    war = s[s["text"].str.contains(r"\bKrieg\b", regex=True)]
    assert len(war) > 0
    assert (war["compound"] < 0).mean() > 0.5
