"""Tone toward actors: what a researcher's trial found wrong (session 11).

400 of Kremlin.ru's 553 "Putin" mentions were transcript speaker labels whose "tone toward Putin" was his own
first words; Russia's Security Council was read as the UN's, and a Russian party as Russia.
"""
import math
import re

import pandas as pd
import pytest

import newsanalysis as na


def _tone(text, lang="en"):
    return na.actor_tone(pd.DataFrame({"article_id": ["a"], "language": [lang], "text": [text]}))


def test_a_speaker_label_is_no_mention_to_score():
    t = _tone("President of Russia Vladimir Putin: Good afternoon, dear friends. Putin praised the treaty.\n\n"
              "Question: Is the treaty a success? The talks began at 10:30.")
    labels = t[t["reason"] == "transcript speaker label"]
    # "Russia" and "Vladimir Putin" are inside the label; "Putin" in the next sentence is a mention to score
    assert labels["mention"].tolist() == ["Russia", "Vladimir Putin"]
    assert labels["tone"].isna().all() and not labels["scored"].any()
    rest = t[t["reason"] != "transcript speaker label"]
    assert rest["mention"].tolist() == ["Putin"] and rest["tone"].iloc[0] > 0  # "praised"
    # the summary counts only scored mentions
    arts = pd.DataFrame({"article_id": ["a"], "outlet": ["K"]})
    s = na.actor_tone_summary(t, arts)
    assert s.set_index("actor_id").loc["putin", "n_mentions"] == 1


def test_russias_security_council_and_a_russian_party_are_not_the_un_or_russia():
    t = _tone("Deputy Chairman of the Security Council Dmitry Medvedev attended. The Russian Security Council met. "
              "The Communist Party of the Russian Federation praised Kim Jong Un. The UN Security Council failed.")
    assert t["actor_id"].tolist() == ["russia_security_council", "medvedev", "russia_security_council", "cprf",
                                      "kim_jong_un", "un"]


@pytest.mark.shared
def test_kremlin_transcript_labels_in_a_real_article(real_articles):
    # kremlin-en-58528 (press statements with Xi Jinping) opens its transcript with
    # "President of Russia Vladimir Putin: President Xi, dear friend, Ladies and Gentlemen,"
    art = real_articles[real_articles["article_id"] == "kremlin-en-58528"]
    t = na.actor_tone(art)
    text = art["text"].iloc[0]
    # (the page sets no-break spaces between some words)
    first = re.search(r"President\s+of\s+Russia\s+Vladimir\s+Putin:", text)
    row = t[(t["end"] == first.end() - 1) & (t["actor_id"] == "putin")]
    assert len(row) == 1 and row["reason"].iloc[0] == "transcript speaker label" and math.isnan(row["tone"].iloc[0])
    # the lead sentence names Putin as a subject: a mention with a tone
    lead = t[t["start"] == 0]
    assert lead["actor_id"].tolist() == ["putin"] and lead["scored"].all()


def test_a_wars_name_is_no_mention_of_its_country():
    # "Ukraine-Krieg": 45 of 119 German "Ukraine" mentions on the real corpus, each scored by the war words
    t = _tone("Im Ukraine-Krieg kämpfen Soldaten. Der Russland-Ukraine-Krieg dauert an. Die Ukraine-Hilfe wächst.",
              "de")
    assert t["reason"].fillna("").tolist() == ["part of a war's name"] * 3 + [""]
    assert t["mention"].tolist() == ["Ukraine", "Russland", "Ukraine", "Ukraine"]
    assert t["tone"].isna().tolist() == [True, True, True, False]


@pytest.mark.shared
def test_labels_of_a_real_transcript_with_questions(real_articles):
    # kremlin-en-60370 (Putin's answers to the media after his talks with Kim Jong-un): the lead sentence
    # "Following his talks with Chairman … Kim Jong-un, Vladimir Putin answered media questions." names both;
    # "President of Russia Vladimir Putin : Good afternoon," and later "Vladimir Putin: They coincide in some
    # respects." are speaker labels (the transcript also has "Question :" turns)
    art = real_articles[real_articles["article_id"] == "kremlin-en-60370"]
    t = na.actor_tone(art)
    text = art["text"].iloc[0]
    lead = t[t["end"] <= text.index("answered media questions.")]
    # (session 13: "Democratic People’s Republic of Korea", typographic apostrophe, is North Korea)
    assert lead["actor_id"].tolist() == ["north_korea", "kim_jong_un", "putin"] and lead["scored"].all()
    first = re.search(r"President\s+of\s+Russia\s+Vladimir\s+Putin\s*:", text)
    in_label = t[(t["start"] >= first.start()) & (t["end"] <= first.end())]
    assert in_label["actor_id"].tolist() == ["russia", "putin"]
    assert (in_label["reason"] == "transcript speaker label").all() and in_label["tone"].isna().all()
    row = t[t["start"] == text.index("Vladimir Putin: They coincide")]
    assert len(row) == 1 and row["reason"].iloc[0] == "transcript speaker label" and math.isnan(row["tone"].iloc[0])
