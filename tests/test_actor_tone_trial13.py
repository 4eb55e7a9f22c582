"""Tone toward actors: what a researcher's trial found wrong (session 13).

The North Korean state's name with a typographic apostrophe was read as South Korea; the continents around
"America" as the United States; words of names ("United", "Security Forum") carried tone; actor tone had no
voice, no transcript-turn flag and no ``news_terms`` switch, and its summary pooled English and German.
"""
import pandas as pd
import pytest

import newsanalysis as na


def _tone(text, lang="en", **kw):
    return na.actor_tone(pd.DataFrame({"article_id": ["a"], "language": [lang], "text": [text]}), **kw)


def _mentions(text, lang="en"):
    t = _tone(text, lang)
    return list(zip(t["mention"], t["actor_id"]))


def test_the_north_korean_state_name_with_a_typographic_apostrophe_is_north_korea():
    for apo in ("'", "\u2019", "\u02bc"):
        got = _mentions(f"The chairman of the Democratic People{apo}s Republic of Korea met Putin.")
        assert got == [(f"Democratic People{apo}s Republic of Korea", "north_korea"), ("Putin", "putin")]
    # a line break inside the name (a sentence break in the split) leaves no South Korea mention behind
    assert "south_korea" not in [a for _, a in _mentions("Envoys of the Democratic People\u2019s\n\nRepublic of Korea came.")]
    # the Republic of Korea alone is still the south
    assert _mentions("The Republic of Korea protested.") == [("Republic of Korea", "south_korea")]


def test_continents_and_other_names_around_america_are_not_the_us():
    got = _mentions("Trade with Africa, Asia and South America grew, as with Latin America, North America and "
                    "Central America. Voice of America and the Washington Post reported it, and so did Russia Today.")
    assert got == []
    # the full name is one mention, not "United States" plus "America"
    assert _mentions("The United States of America objected.") == [("United States of America", "united_states")]
    assert _mentions("America objected.") == [("America", "united_states")]


def test_national_security_council_and_china_seas_are_not_the_un_or_china():
    assert _mentions("The National Security Council met. Ships sailed in the South China Sea.") == []
    assert _mentions("The Security Council met in China.") == [("Security Council", "un"), ("China", "china")]


def test_german_continents_are_not_the_us():
    assert _mentions("Der Handel mit Südamerika, Nordamerika, Lateinamerika und Süd-Amerika wächst.", "de") == []
    assert _mentions("Die Vereinigten Staaten von Amerika protestieren, Amerika auch.", "de") == [
        ("Vereinigten Staaten von Amerika", "united_states"), ("Amerika", "united_states")]
    assert _mentions("Der Nationale Sicherheitsrat tagte, der UN-Sicherheitsrat nicht.", "de") == [
        ("UN-Sicherheitsrat", "un")]


def _terms(row):
    return [t.split(" (")[0] for t in row["terms"].split("; ")] if row["terms"] else []


def test_words_of_names_carry_no_tone():
    # VADER: "security" +1.4 (a word of the forum's name) and "united" +1.8 say nothing about Seoul or the US
    t = _tone("Officials in Seoul opened the Korea Defense and Security Forum.")
    assert t["mention"].tolist() == ["Seoul"] and "Security" not in _terms(t.iloc[0])
    assert "Korea" not in _terms(t.iloc[0]) and "Forum" not in _terms(t.iloc[0])
    t = _tone("The US said the United States would respond.")
    assert t["mention"].tolist() == ["US", "United States"]
    assert "United" not in _terms(t.iloc[0]) and "States" not in _terms(t.iloc[0])
    # a polar word outside any name still counts: "praised" (+2.1 in VADER) toward Seoul
    t = _tone("Officials praised Seoul at the Korea Defense and Security Forum.")
    assert "praised" in _terms(t.iloc[0]) and "Security" not in _terms(t.iloc[0]) and t["tone"].iloc[0] > 0.3


def test_name_spans_rule():
    from newsanalysis.sentiment import name_spans

    def names(text):
        return [text[a:b] for a, b in name_spans(text, "en")]
    assert names("The drills of the Combined Forces Command ended.") == ["Combined Forces Command"]
    # the first word is capitalised by position, not a name ("Angry" is a word about the supporters)
    assert names("Angry Trump supporters gathered.") == ["Trump"]
    # a headline in title case has no name runs (its words would all go)
    assert names("North Korea Slams US Over Drills In New Statement") == ["North Korea", "US"]
    # German capitalises every noun: only the actor table's spellings are names there
    text = "Die Angriffe der Russischen Armee verurteilte Berlin scharf."
    assert [text[a:b] for a, b in name_spans(text, "de")] == ["Berlin"]


def test_news_terms_false_scores_with_the_lexicon_alone():
    text = "Putin said the talks were a disaster."
    t = _tone(text, news_terms=False)
    # VADER "disaster" -3.1, same clause, centre 32 vs Putin's 2.5: d = 29.5;
    # -3.1 x (0.3 + 0.5 / (1 + 29.5/80)) = -2.0624; -2.0624 / sqrt(2.0624^2 + 15) = -0.4700
    assert t["tone"].iloc[0] == -0.4700 and _terms(t.iloc[0]) == ["disaster"]
    assert t["tone_class"].iloc[0] == "negative" and not t["news_terms"].iloc[0]
    # with the list (default) "disaster" adds its list weight (-0.19) too, and the row says so; "said", "talks",
    # "were" are stoplist words (session 15), so they add nothing
    d = _tone(text)
    assert d["news_terms"].iloc[0] and _terms(d.iloc[0]) == ["disaster", "disaster"]


def test_tone_class_cut_offs():
    from newsanalysis.sentiment import tone_class
    # cut-offs refitted in session 15 on the list without its stoplist words: clause 0.15, parse 0.175 (clause
    # without the list 0.05, session 14)
    assert tone_class(0.15, "en") == "positive" and tone_class(0.14, "en") == "neutral"
    assert tone_class(-0.15, "en") == "negative" and tone_class(-0.17, "en", "parse") == "neutral"
    assert tone_class(-0.175, "en", "parse") == "negative"
    assert tone_class(0.05, "en", news_terms=False) == "positive" and tone_class(0.04, "en", news_terms=False) == "neutral"
    assert tone_class(0.5, "de") is None and tone_class(float("nan"), "en") is None


def _arts(texts, langs=None, outlets=None):
    n = len(texts)
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "language": langs or ["en"] * n,
                         "text": texts, "outlet": outlets or ["O"] * n})


def test_voice_and_speaker_turn_of_each_mention():
    arts = _arts(["Putin met Kim Jong Un. Officials said Putin was a dangerous liar."])
    t = na.actor_tone(arts, attributions=na.attributions(arts))
    # "Officials said [Putin was a dangerous liar]": the second Putin is inside the officials' reported words
    assert t["voice"].tolist() == ["authorial", "authorial", "quoted"]
    assert t["speaker_turn"].tolist() == [False, False, False]
    # without an attribution table the voice is unknown, not "authorial"
    bare = na.actor_tone(arts)
    assert bare["voice"].isna().all() and bare["speaker_turn"].isna().all()
    s = na.actor_tone_summary(t, arts, voice="authorial").set_index("actor_id")
    assert s.loc["putin", "n_mentions"] == 1 and s.loc["putin", "voice"] == "authorial"
    q = na.actor_tone_summary(t, arts, voice="quoted").set_index("actor_id")
    assert list(q.index) == ["putin"] and q.loc["putin", "mean_tone"] == t["tone"].iloc[2] < 0
    with pytest.raises(ValueError, match="voice"):
        na.actor_tone_summary(bare, arts, voice="authorial")
    with pytest.raises(ValueError, match="voice must be"):
        na.actor_tone_summary(t, arts, voice="own")


def test_transcript_turns_are_left_out_of_the_summary_by_default():
    text = ("Vladimir Putin answered questions in Moscow.\n\n"
            "Vladimir Putin: Good afternoon. The United States is a terrible partner.\n\n"
            "Question: Will Russia help North Korea?\n\nVladimir Putin: Russia will help North Korea.")
    arts = _arts([text])
    t = na.actor_tone(arts, attributions=na.attributions(arts))
    by = {(m, int(s)): (v, bool(tt)) for m, s, v, tt in zip(t["mention"], t["start"], t["voice"], t["speaker_turn"])}
    assert by[("United States", text.index("United States"))] == ("quoted", True)
    assert by[("Moscow", text.index("Moscow"))] == ("authorial", False)
    s = na.actor_tone_summary(t, arts)
    # only the lead (Putin, Moscow) is the outlet's; the two Russia mentions in turns are counted as left out
    assert s.set_index("actor_id").loc["russia", "n_mentions"] == 1
    assert s.set_index("actor_id").loc["russia", "turn_mentions_left_out"] == 2
    assert "united_states" not in set(s["actor_id"])
    full = na.actor_tone_summary(t, arts, speaker_turns=True).set_index("actor_id")
    assert full.loc["russia", "n_mentions"] == 3 and full.loc["united_states", "n_mentions"] == 1


def test_summary_never_pools_languages():
    arts = _arts(["Putin praised the wonderful treaty.", "Putin lobte den wunderbaren Vertrag."], ["en", "de"])
    t = na.actor_tone(arts)
    s = na.actor_tone_summary(t, arts)
    assert s[["outlet", "language", "actor_id", "n_articles"]].values.tolist() == [
        ["O", "de", "putin", 1], ["O", "en", "putin", 1]]
    assert pd.isna(t.set_index("language").loc["de", "tone_class"]) and t.set_index("language").loc["en", "tone_class"] == "positive"
