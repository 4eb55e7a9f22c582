"""Target tone with the news target list (issue 5, second round): hand-worked values."""
import math

import pandas as pd
import pytest

import importlib
from newsanalysis.evaluate.sentiment_gold import _read_mtsc, derive_target_lexicon

S = importlib.import_module("newsanalysis.sentiment")  # the package re-exports a function of that name


def test_target_list_word_hand_worked(monkeypatch):
    monkeypatch.setattr(S, "target_lexicon", lambda lang: {"server": -1.5})
    text = "Jones ran the server."
    # mention "Jones" 0..5 (centre 2.5); "server" 14..20 (centre 17), same clause: d = 14.5
    # list factor 0.5 + 0.3 / (1 + 14.5 / 160) = 0.5 + 0.275072 = 0.775072; sum -1.5 * 0.775072 = -1.162607
    # VADER normalisation -1.162607 / sqrt(1.162607^2 + 15) = -1.162607 / 4.043718 = -0.2875
    tone, used = S.target_tone([], text, 0, 5, "en")
    assert tone == pytest.approx(-0.2875, abs=1e-4)
    assert [u["term"] for u in used] == ["server"] and used[0]["rules"] == ["news target list"]
    assert math.isnan(used[0]["lexicon_weight"])
    # switched off: no term, tone 0
    assert S.target_tone([], text, 0, 5, "en", news_terms=False) == (0.0, [])
    # a list word inside the mention does not count toward it
    assert S.target_tone([], "The server crashed.", 4, 10, "en") == (0.0, [])


def test_target_list_outside_clause_counts_faintly(monkeypatch):
    monkeypatch.setattr(S, "target_lexicon", lambda lang: {"praised": 2.0})
    text = "Kim arrived, and Putin praised him."
    # "and" and "," end Kim's clause; "praised" 23..30 (centre 26.5), Kim 0..3 (centre 1.5): d = 25
    # list factor 0.3 / (1 + 25 / 160) = 0.259459; sum 0.518919; normalised 0.518919 / sqrt(0.269277 + 15) = 0.1328
    tone, _ = S.target_tone([], text, 0, 3, "en")
    assert tone == pytest.approx(0.1328, abs=1e-4)


def _vader_terms(text):
    from newsanalysis.sentiment_en import vader_scorer
    return vader_scorer().explain(text)[1]


def test_lexicon_term_position_weights():
    text = "Kim said the talks were a disaster."
    # "disaster" (VADER -3.1) 26..34, centre 30; Kim 0..3 (centre 1.5): d = 28.5, same clause
    # factor 0.3 + 0.5 / (1 + 28.5 / 80) = 0.3 + 0.368664 = 0.668664; sum -2.072858
    # normalised -2.072858 / sqrt(4.296740 + 15) = -0.4719
    tone, used = S.target_tone(_vader_terms(text), text, 0, 3, "en", news_terms=False)
    assert tone == pytest.approx(-0.4719, abs=1e-4)
    assert used[0]["contribution"] == pytest.approx(-2.0729, abs=1e-4)


def test_quoted_words_count_half_toward_an_unquoted_target():
    text = 'Kim said the talks were "a disaster".'
    # the opening quote (24) ends Kim's clause; "disaster" 27..35 (centre 31): d = 29.5, not in the clause,
    # and inside quotes while Kim is not: factor 0.5 * 0.5 / (1 + 29.5 / 80) = 0.5 * 0.365297 = 0.182648
    # sum -3.1 * 0.182648 = -0.566210; normalised -0.566210 / sqrt(0.320594 + 15) = -0.1447
    tone, _ = S.target_tone(_vader_terms(text), text, 0, 3, "en", news_terms=False)
    assert tone == pytest.approx(-0.1447, abs=1e-4)


def test_quoted_target_and_quoted_words_count_fully():
    text = '"Kim is a disaster," critics said.'
    # Kim 1..4 (centre 2.5) and "disaster" 10..18 (centre 14) are both inside the quotes, same clause (1..18):
    # factor 0.3 + 0.5 / (1 + 11.5 / 80) = 0.737158 -> -3.1 * 0.737158 = -2.285191 (not halved).
    # "critics" (VADER -1.2) 21..28 (centre 24.5, d = 22) is the reporter's word outside the quotes: halved,
    # 0.5 * 0.5 / (1 + 22 / 80) = 0.196078 -> -0.235294. Sum -2.520485 / sqrt(6.352845 + 15) = -0.5455
    tone, _ = S.target_tone(_vader_terms(text), text, 1, 4, "en", news_terms=False)
    assert tone == pytest.approx(-0.5455, abs=1e-4)


def test_fold_list_replaces_shipped_list():
    text = "Jones ran the server."
    # same arithmetic as the first test, with weight -1.5 given directly instead of the shipped list
    tone, _ = S.target_tone([], text, 0, 5, "en", news_lexicon={"server": -1.5})
    assert tone == pytest.approx(-0.2875, abs=1e-4)
    assert S.target_tone([], text, 0, 5, "en", news_lexicon={}) == (0.0, [])


def test_german_has_no_target_list():
    assert S.target_lexicon("de") == {}


def test_derive_target_lexicon_hand_made():
    rows = [("Critics in Texas mocked Smith.", 24, 29, "negative"),
            ("Critics in Texas mocked Jones.", 24, 29, "negative"),
            ("Fans praised Smith.", 13, 18, "positive"),
            ("Lee met Smith.", 8, 13, "neutral")]
    df = pd.DataFrame(rows, columns=["sentence", "start", "end", "gold"])
    lex = derive_target_lexicon(df, min_count=2, alpha=2.0, scale=2.0, stoplist=()).set_index("term")
    # base rates: P(pos) - P(neg) = 1/4 - 2/4 = -0.25; critics, in, mocked: 2 negative targets:
    # 2 * ((0 - 2) - 2 * -0.25) / (2 + 2) = -0.75. "texas" is a name (capitalised mid-sentence),
    # fans/praised/lee/met occur once, the mentions never count.
    assert sorted(lex.index) == ["critics", "in", "mocked"]
    assert (lex["weight"] == -0.75).all()
    assert lex.loc["mocked", ["n_negative", "n_neutral", "n_positive"]].tolist() == [2, 0, 0]
    # the shipped stoplist (default) drops the preposition "in" and nothing else; the others keep their weights
    shipped = derive_target_lexicon(df, min_count=2, alpha=2.0, scale=2.0).set_index("term")
    assert sorted(shipped.index) == ["critics", "mocked"] and (shipped["weight"] == -0.75).all()
    # a stoplist given by hand, compared lower-cased
    assert sorted(derive_target_lexicon(df, min_count=2, stoplist=["Mocked"])["term"]) == ["critics", "in"]


def test_derive_rejects_bad_label():
    df = pd.DataFrame({"sentence": ["A b."], "start": [0], "end": [1], "gold": ["bad"]})
    with pytest.raises(ValueError, match="'gold'"):
        derive_target_lexicon(df)


def test_shipped_list_is_derived_from_newsmtsc_train(shared):
    """The shipped CSV is exactly what the derivation gives on train (no devtest involved)."""
    from importlib.resources import files
    shipped = pd.read_csv(files("newsanalysis") / "resources" / "en" / "target_lexicon.csv", keep_default_na=False)
    train = _read_mtsc(shared / "validation" / "newsmtsc" / "train.jsonl")
    derived = derive_target_lexicon(train)
    pd.testing.assert_frame_equal(shipped.reset_index(drop=True), derived.reset_index(drop=True), check_dtype=False)
    # README base rates 3,316 neg / 2,395 pos of 8,739; "server": 23 neg, 3 neu, 0 pos (read in the file):
    # 2 * ((0 - 23) - 26 * (2395 - 3316) / 8739) / 28 = -1.4471
    row = shipped.set_index("term").loc["server"]
    assert row["weight"] == pytest.approx(2 * ((0 - 23) - 26 * (2395 - 3316) / 8739) / 28, abs=1e-4)


def test_cv_scores_never_use_a_list_derived_on_the_same_sentence():
    """Out-of-fold train scores (used to pick the NewsMTSC threshold) leave each sentence's words out."""
    from newsanalysis.evaluate.sentiment_gold import newsmtsc_cv_scores
    rows = [("Adams, Baker and Clark zorged.", 0, 5, "negative"),
            ("Adams, Baker and Clark zorged.", 7, 12, "negative"),
            ("Adams, Baker and Clark zorged.", 17, 22, "negative")]
    rows += [(f"Lee met {n}.", 0, 3, "neutral") for n in ("Kim", "Moon", "Park", "Choi", "Yoon")]
    df = pd.DataFrame(rows, columns=["sentence", "start", "end", "gold"])
    # in-sample, "zorged" (a made-up word) surrounds 3 negative targets: listed (min_count 3); "and" too
    # surrounds them but is a function word (stoplist, session 15)
    assert set(derive_target_lexicon(df)["term"]) == {"zorged"}
    assert {"and", "zorged"} <= set(derive_target_lexicon(df, stoplist=())["term"])
    # out of fold, the three targets of that one sentence are scored with a list derived
    # from the "Lee met ..." sentences only, where neither word occurs; no VADER word either: 0
    sc = newsmtsc_cv_scores(df)
    assert list(sc[:3]) == [0.0, 0.0, 0.0]


def test_family_name_alone_is_the_actor_named_before():
    # a new user's finding: "Kim" alone never counted, so tone toward Kim Jong Un rested on few mentions
    import pandas as pd

    import newsanalysis as na
    a = na.actor_tone(pd.DataFrame({"article_id": ["x"], "language": ["en"],
                                    "text": ["Kim Jong Un met Putin in Pyongyang. Kim said the talks were a "
                                             "disaster. He praised Kim Il Sung."]}))
    kim = a[a["mention"] == "Kim"]
    assert list(kim["actor_id"]) == ["kim_jong_un"] and kim["tone"].iloc[0] < 0  # "disaster"
    assert "Kim Il Sung" not in set(a["mention"])  # another person
    a = na.actor_tone(pd.DataFrame({"article_id": ["y"], "language": ["en"],
                                    "text": ["Kim Yo Jong warned Seoul. Kim called the drills a provocation."]}))
    assert list(a.loc[a["mention"] == "Kim", "actor_id"]) == ["kim_yo_jong"]
    # alone, before any full name: no mention
    a = na.actor_tone(pd.DataFrame({"article_id": ["z"], "language": ["en"],
                                    "text": ["Kim said the talks were a disaster."]}))
    assert a.empty


# -- session 15: words that cannot evaluate a target are not in the list (trial F1) ----------------------
def test_protocol_sentence_gives_no_tone_toward_kim():
    """A researcher's trial: all 9 Kremlin.ru authorial mentions of Kim Jong Un were protocol sentences whose
    tone came from list words ("informed" -0.44, "about" -0.42, "recent" -0.19, "account" -0.89)."""
    import newsanalysis as na
    text = "The President informed the participants about his recent talks with Chairman Kim Jong Un."
    t = na.actor_tone(pd.DataFrame({"article_id": ["a"], "language": ["en"], "text": [text]}))
    kim = t[t["actor_id"] == "kim_jong_un"]
    # no VADER word, and every word that was in the list (informed, about, his, recent, talks, with, the)
    # is a stoplist word now: tone 0, no term, neutral
    assert len(kim) == 1 and kim["tone"].iloc[0] == 0.0 and kim["terms"].iloc[0] == ""
    assert kim["tone_class"].iloc[0] == "neutral"
    text = "Vladimir Putin provided a detailed account of his meeting with Kim Jong Un."
    tone, used = S.target_tone([], text, text.index("Kim"), len(text) - 1, "en")
    # "account" (-0.89 before) and "meeting" are protocol, "a", "of", "his", "with" function words: only
    # "provided" and "detailed" are left in the sentence
    assert [u["term"] for u in used] == ["provided", "detailed"]


def test_stoplist_words_are_not_in_the_shipped_list():
    import yaml
    from importlib.resources import files
    stop = S.target_stoplist("en")
    listed = {S.target_word_key(w) for w in S.target_lexicon("en")}
    assert stop and not (stop & listed)
    # the trial's words, each in its class (a title, a reporting word, a preposition, "pay a visit")
    classes = yaml.safe_load((files("newsanalysis") / "resources" / "en" / "target_lexicon_stoplist.yaml").read_text())
    assert {"chairman", "ambassador", "minister", "president"} <= set(classes["titles_and_roles"])
    assert {"informed", "account", "pay", "reception", "talks", "visit"} <= set(classes["reporting_and_protocol"])
    assert {"about", "the", "of"} <= set(classes["function_words"])
    for w in ("chairman", "ambassador", "informed", "account", "pay", "reception", "about", "don’t", "said"):
        assert S.target_word_key(w) not in listed, w
    # the list keeps its other words with their weights (counted as before): 4,704 of the 5,331 words remain
    assert len(S.target_lexicon("en")) == 4704


def test_evaluative_list_words_still_count():
    lex = S.target_lexicon("en")
    assert lex["praised"] == 1.379 and lex["brutal"] == -0.7066  # counts 5/9/35 and 3/2/0 in the CSV
    text = "Officials praised Kim."
    # "Officials" is a role noun (stoplist); "praised" 10..17 (centre 13.5), Kim 18..21 (centre 19.5): d = 6, same
    # clause: 0.5 + 0.3 / (1 + 6 / 160) = 0.789157; 1.379 * 0.789157 = 1.088247; / sqrt(1.184281 + 15) = 0.2705
    tone, used = S.target_tone([], text, 18, 21, "en")
    assert [u["term"] for u in used] == ["praised"] and tone == pytest.approx(0.2705, abs=1e-4)
    text = "A brutal day for Smith."
    # "a", "day", "for" are stoplist words; "brutal" 2..8 (centre 5), Smith 17..22 (centre 19.5): d = 14.5:
    # 0.5 + 0.3 / (1 + 14.5 / 160) = 0.775072; -0.7066 * 0.775072 = -0.547666; / sqrt(0.299938 + 15) = -0.1400
    tone, used = S.target_tone([], text, 17, 22, "en")
    assert [u["term"] for u in used] == ["brutal"] and tone == pytest.approx(-0.1400, abs=1e-4)
