"""On-topic passages (restrict_to_topic, topic_passages, original_offsets): the passages expected to be kept
were worked out by reading each hand-written text; the real test reads a Kremlin.ru news conference."""
import warnings

import pandas as pd
import pytest

import newsanalysis as na

NEWS = ("The central bank raised interest rates on Tuesday. Inflation stays high.\n\n"
        "Putin said Russia would deepen ties with North Korea. He praised Pyongyang's support.\n\n"
        "The football season starts in August.")

# a transcript: labels repeat (Kate Smith, Vladimir Putin twice), so it is recognised as one
TRANSCRIPT = ("The news conference was broadcast live.\n\n"
              "Dmitry Peskov: Next question, please.\n\n"
              "Kate Smith: Kate Smith, Associated Press. Will Russia support sanctions against North Korea?\n\n"
              "Vladimir Putin: We do not recognise North Korea's nuclear status.\n\n"
              "Sanctions are a dead end.\n\n"
              "Kate Smith: And what about the harvest?\n\n"
              "Vladimir Putin: The harvest was good. Grain exports grew.")

# only Putin's answer names Korea: one label is left, too few for the transcript test on the reduced text
ONE_TURN = ("Anna Lee: How are relations with Asia?\n\n"
            "Vladimir Putin: Our relations with the DPRK are developing.\n\n"
            "Anna Lee: And the budget?\n\n"
            "Vladimir Putin: The budget is balanced.")


def arts(*rows):
    return pd.DataFrame([{"article_id": aid, "language": lang, "text": text, "outlet": "X"}
                         for aid, lang, text in rows])


def test_news_paragraph_about_north_korea_is_kept_the_others_dropped():
    a = arts(("n1", "en", NEWS))
    before = a.copy(deep=True)
    r = na.restrict_to_topic(a)
    pd.testing.assert_frame_equal(a, before)  # the input is not changed
    row = r.iloc[0]
    assert row.text == "Putin said Russia would deepen ties with North Korea. He praised Pyongyang's support."
    assert (row.passages_kept, row.passages_total) == (1, 3)
    assert (row.sentences_kept, row.sentences_total) == (2, 5)
    assert row.topic_unit == "paragraph" and not row.transcript
    assert row.topic_terms == "north korea; pyongyang" and row.topic_matches == 2
    start = NEWS.index("Putin said")
    assert row.kept_spans == f"{start}-{NEWS.index(chr(10) + chr(10) + 'The football')}@0"
    # an offset in the reduced text leads back to the same words in the original
    t = pd.DataFrame({"article_id": ["n1"], "start": [row.text.index("Pyongyang")],
                      "end": [row.text.index("Pyongyang") + 9]})
    back = na.original_offsets(t, r).iloc[0]
    assert NEWS[back.original_start:back.original_end] == "Pyongyang"


def test_window_keeps_the_neighbouring_paragraphs_and_says_why():
    p = na.topic_passages(arts(("n1", "en", NEWS)), window=1)
    assert p["kept"].tolist() == [True, True, True]
    assert p["why"].tolist() == ["window", "match", "window"]
    assert p["new_start"].tolist()[0] == 0


def test_sentence_unit_keeps_only_the_sentences_naming_the_topic():
    r = na.restrict_to_topic(arts(("n1", "en", NEWS)), unit="sentence")
    # "He praised Pyongyang's support." names Pyongyang too; the other three sentences do not
    assert r.iloc[0].text == ("Putin said Russia would deepen ties with North Korea.\n\n"
                              "He praised Pyongyang's support.")
    r = na.restrict_to_topic(arts(("n1", "en", NEWS)), ["interest rates"], unit="sentence")
    assert r.iloc[0].text == "The central bank raised interest rates on Tuesday."


def test_transcript_paragraphs_stay_under_their_speakers_label():
    r = na.restrict_to_topic(arts(("t1", "en", TRANSCRIPT)))
    row = r.iloc[0]
    assert row.transcript
    assert row.text == ("Kate Smith: Kate Smith, Associated Press. Will Russia support sanctions against North Korea?"
                        "\n\nVladimir Putin: We do not recognise North Korea's nuclear status.")
    # the preamble, Peskov's turn, "Sanctions are a dead end." and the harvest exchange are dropped
    assert (row.passages_kept, row.passages_total) == (2, 7)


def test_turn_unit_keeps_the_whole_answer_and_attribution_knows_the_speakers():
    r = na.restrict_to_topic(arts(("t1", "en", TRANSCRIPT)), unit="turn")
    row = r.iloc[0]
    assert row.text == ("Kate Smith: Kate Smith, Associated Press. Will Russia support sanctions against North Korea?"
                        "\n\nVladimir Putin: We do not recognise North Korea's nuclear status.\n\n"
                        "Sanctions are a dead end.")
    turns = na.attributions(r)
    turns = turns[turns["speaker_turn"]]
    assert turns["source"].tolist() == ["Kate Smith", "Vladimir Putin"]
    putin = turns.iloc[1]
    assert row.text[putin.start:putin.end].endswith("Sanctions are a dead end.")


def test_a_single_kept_turn_is_still_read_as_a_transcript_turn():
    r = na.restrict_to_topic(arts(("t2", "en", ONE_TURN)))
    row = r.iloc[0]
    assert row.text == "Vladimir Putin: Our relations with the DPRK are developing."
    assert row.transcript
    att = na.attributions(r)
    assert att["speaker_turn"].tolist() == [True] and att["source"].tolist() == ["Vladimir Putin"]
    # without the transcript column one label is no transcript: the flag is what keeps the speaker
    assert not na.attributions(r.drop(columns="transcript"))["speaker_turn"].any()


def test_article_without_a_passage_is_listed_with_its_reason_not_dropped_silently():
    a = arts(("n1", "en", NEWS), ("n2", "en", "Rain is expected in Seoul.\n\nThe harvest was good."),
             ("k1", "ja", "ロシアと北朝鮮が条約に署名した。"))
    # k1 is Japanese, for which no terms are shipped: the warning says so rather than "no on-topic passage"
    with pytest.warns(UserWarning, match=r"1 article\(s\) left out because their language has no topic terms "
                                         r"\('ja': 1.*; 1 article\(s\) left out with no on-topic passage \(n2\)"):
        r = na.restrict_to_topic(a)
    assert r["article_id"].tolist() == ["n1"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        full = na.restrict_to_topic(a, keep_all=True)
    assert full["article_id"].tolist() == ["n1", "n2", "k1"]
    assert full["topic_note"].tolist()[1:] == ["no passage names the topic", "no topic terms for language 'ja'"]
    assert full["text"].tolist()[1:] == ["", ""]


def test_german_inflection_and_one_line_paragraphs():
    text = ("Die Bundesbank senkt die Prognose.\n"
            "Nordkoreas Soldaten kämpfen in Kursk.\n"
            "In Pjöngjang wurde gefeiert.\n"
            "Das Wetter bleibt kühl.")
    r = na.restrict_to_topic(arts(("d1", "de", text)))
    # no blank line: each line is a paragraph (KCNA style)
    assert r.iloc[0].text == "Nordkoreas Soldaten kämpfen in Kursk.\n\nIn Pjöngjang wurde gefeiert."
    assert r.iloc[0].passages_total == 4


def test_boolean_terms_per_passage_and_bad_arguments():
    text = "Sanctions on North Korea were discussed.\n\nNorth Korea held a parade.\n\nSanctions on Iran stay."
    r = na.restrict_to_topic(arts(("n1", "en", text)), '"north korea" AND sanction*')
    assert r.iloc[0].text == "Sanctions on North Korea were discussed."
    with pytest.raises(ValueError, match="unit must be one of"):
        na.restrict_to_topic(arts(("n1", "en", text)), unit="chapter")
    with pytest.raises(ValueError, match="window"):
        na.topic_passages(arts(("n1", "en", text)), window=-1)


def test_deterministic():
    a = arts(("n1", "en", NEWS), ("t1", "en", TRANSCRIPT))
    pd.testing.assert_frame_equal(na.topic_passages(a), na.topic_passages(a))
    pd.testing.assert_frame_equal(na.restrict_to_topic(a), na.restrict_to_topic(a))


def test_real_kremlin_news_conference_keeps_the_korea_answer_and_drops_the_debt_answer(shared):
    """Vladimir Putin's annual news conference, 14 December 2017 (kremlin-en-56378), read: Kate De Pury (AP)
    asks about sanctions against North Korea; Putin answers "Regarding North Korea, our position is well known";
    a few turns earlier he speaks about regional debts and commercial banks, with no word of Korea."""
    a = na.load_corpus(shared / "corpus" / "real" / "iandennismiller__valdai-transcripts.jsonl")
    a = a[a["article_id"] == "kremlin-en-56378"]
    r = na.restrict_to_topic(a)
    row = r.iloc[0]
    assert row.transcript
    text = " ".join(row.text.split())
    assert "Would Russia support tougher sanctions against North Korea?" in text
    assert "Regarding North Korea, our position is well known: we do not recognise North Korea’s nuclear status." in text
    assert "state guarantees" not in text and "commercial banks" not in text
    # the question keeps its asker and the answer its speaker
    assert "Kate De Pury: (In English): The US wants Russia to do more to persuade North Korea" in text
    assert "Vladimir Putin: Regarding North Korea" in text
    # a few dozen of more than two thousand sentences
    assert row.sentences_kept < 0.05 * row.sentences_total
    att = na.attributions(r)
    putin = att[att["speaker_turn"] & (att["source"] == "Vladimir Putin")]
    pos = row.text.index("Regarding North Korea")
    assert ((putin["start"] <= pos) & (putin["end"] > pos)).any()


def test_report_option_cuts_only_the_named_outlets_and_lists_the_articles_left_out(capsys):
    """``newsanalysis report --on-topic-passages Kreml``: only that outlet's texts are cut."""
    from argparse import Namespace

    from newsanalysis.cli import _restrict_passages

    a = pd.DataFrame({"article_id": ["k1", "k2", "w1"], "language": "en",
                      "outlet": ["Kremlin.ru", "Kremlin.ru", "Wire"],
                      "text": [NEWS, "The harvest was good.", "The harvest was good. Grain exports grew."]})
    rep = {}
    args = Namespace(on_topic_passages="kreml", passage_terms=None, passage_unit="paragraph", passage_window=0)
    out, table = _restrict_passages(a, rep, args)
    # k1 cut to its North Korea paragraph, k2 (no passage) left out and listed, w1 (another outlet) whole
    assert out["article_id"].tolist() == ["k1", "w1"]
    assert out["text"].tolist() == [NEWS.split("\n\n")[1], "The harvest was good. Grain exports grew."]
    assert table["article_id"].tolist() == ["k1", "k2"]
    assert table["topic_note"].tolist()[1] == "no passage names the topic"
    assert rep["topic_passages"]["articles_left_out"] == ["k2"] and rep["topic_passages"]["outlets"] == ["Kremlin.ru"]
    assert "2 of 5 sentences kept; 1 article with no on-topic passage left out" in capsys.readouterr().out


def test_curly_apostrophe_matches_the_dprk_term_in_passages_and_select():
    # Kremlin.ru writes People’s with U+2019; the default term has an ASCII apostrophe
    text = ("Security guarantees for the Democratic People\u2019s Republic of Korea are needed.\n\n"
            "The weather was fine.")
    r = na.restrict_to_topic(arts(("c1", "en", text)))
    assert r.iloc[0].text == "Security guarantees for the Democratic People\u2019s Republic of Korea are needed."
    assert r.iloc[0].topic_terms == "democratic people's republic of korea"
    s = na.select(arts(("c1", "en", text), ("c2", "en", "The weather was fine.")),
                  "\"democratic people's republic of korea\"", keep_all=True)
    assert s["selected"].tolist() == [True, False]
    # and the other way round: a query typed with ’ finds the ASCII spelling
    s = na.select(arts(("c3", "en", "Democratic People's Republic of Korea")), '"democratic people\u2019s republic"')
    assert s["article_id"].tolist() == ["c3"]


def test_article_left_whole_maps_to_itself_next_to_a_cut_one():
    cut = na.restrict_to_topic(arts(("t1", "en", TRANSCRIPT)))
    both = pd.concat([arts(("n1", "en", NEWS)), cut], ignore_index=True)   # n1 not cut: kept_spans NaN
    t = pd.DataFrame({"article_id": ["n1"], "start": [NEWS.index("Pyongyang")], "end": [NEWS.index("Pyongyang") + 9]})
    back = na.original_offsets(t, both).iloc[0]
    assert (back.original_start, back.original_end) == (NEWS.index("Pyongyang"), NEWS.index("Pyongyang") + 9)


def test_first_sentence_under_a_repeated_label_maps_to_the_passage_start():
    r = na.restrict_to_topic(arts(("t1", "en", TRANSCRIPT)))
    reduced = r.iloc[0].text
    # the reduced text's second sentence group starts at the re-inserted label "Vladimir Putin: "
    s = reduced.index("Vladimir Putin: We")
    e = len(reduced)
    k = reduced.index("Kate Smith, Associated")    # the first passage, after the label "Kate Smith: " at 0
    t = pd.DataFrame({"article_id": ["t1", "t1", "t1"], "start": [s, 0, 3], "end": [e, k + 10, 5]})
    back = na.original_offsets(t, r)
    o = back.iloc[0]
    assert TRANSCRIPT[o.original_start:o.original_end] == "We do not recognise North Korea's nuclear status."
    assert back.iloc[1].original_start == TRANSCRIPT.index("Kate Smith, Associated")
    assert TRANSCRIPT[back.iloc[1].original_start:back.iloc[1].original_end] == "Kate Smith"
    # a span wholly inside the label has no original text
    assert pd.isna(back.iloc[2].original_end)


def test_cutting_a_cut_corpus_composes_kept_spans_to_the_original():
    text = ("Weather report.\n\nMarkets fell.\n\nPutin met Kim Jong Un in Pyongyang.\n\nSports news.\n\n"
            "North Korea fired a missile.")
    once = na.restrict_to_topic(arts(("m1", "en", text)))
    assert once.iloc[0].text == "Putin met Kim Jong Un in Pyongyang.\n\nNorth Korea fired a missile."
    twice = na.restrict_to_topic(once, terms=["missile"])
    assert twice.iloc[0].text == "North Korea fired a missile."
    start = text.index("North Korea fired")
    assert twice.iloc[0].kept_spans == f"{start}-{len(text)}@0"
    t = pd.DataFrame({"article_id": ["m1"], "start": [twice.iloc[0].text.index("missile")],
                      "end": [twice.iloc[0].text.index("missile") + 7]})
    back = na.original_offsets(t, twice).iloc[0]
    assert text[back.original_start:back.original_end] == "missile"


def test_misspelt_query_name_raises_and_names_the_shipped_queries():
    with pytest.raises(KeyError, match="russia_north_korea"):
        na.restrict_to_topic(arts(("n1", "en", NEWS)), terms="russia_nk")
    # a single ordinary word is still a search word
    assert na.restrict_to_topic(arts(("n1", "en", NEWS)), terms="pyongyang").iloc[0].passages_kept == 1


def test_original_offsets_names_the_columns_it_needs():
    r = na.restrict_to_topic(arts(("n1", "en", NEWS)))
    trace = pd.DataFrame({"article_id": ["n1"], "source": ["Putin"], "status": ["named"]})  # like source_trace
    with pytest.raises(ValueError, match=r"lacks \['start', 'end'\].*source_trace has no offsets.*attributions"):
        na.original_offsets(trace, r)


# a statement over three paragraphs: only the last names the topic; its introduction is the first
STATEMENT = ("The Foreign Ministry released the following statement on Monday:\n\n"
             "The harvest was good this year and grain prices fell across the country.\n\n"
             "We firmly stand with the people of North Korea against the unjust sanctions.")


def test_kept_paragraph_of_a_statement_keeps_its_introduction_and_stays_quoted():
    """Read: the third paragraph is the Foreign Ministry's words (introduced by the first); cut to it alone it
    would be the outlet's own voice. With the context kept, the first paragraph comes along (not the second)."""
    a = arts(("s1", "en", STATEMENT))
    p = na.topic_passages(a)
    assert p["kept"].tolist() == [True, False, True]
    assert p["why"].fillna("-").tolist() == ["context", "-", "match"]
    assert p["context_for"].tolist()[0] == "2"
    r = na.restrict_to_topic(a)
    row = r.iloc[0]
    assert row.text == ("The Foreign Ministry released the following statement on Monday:\n\n"
                        "We firmly stand with the people of North Korea against the unjust sanctions.")
    assert (row.passages_kept, row.passages_context, row.passages_total) == (2, 1, 3)
    att = na.attributions(r)
    pos = row.text.index("We firmly stand")
    holds = att[(att["start"] <= pos) & (att["end"] > pos)]
    assert len(holds) and holds["source"].str.contains("Foreign Ministry").any()
    # without the context the North Korea paragraph stands alone and has no source
    bare = na.restrict_to_topic(a, keep_context=False).iloc[0]
    assert bare.text.startswith("We firmly stand") and bare.passages_context == 0
    att0 = na.attributions(na.restrict_to_topic(a, keep_context=False))
    assert att0.empty or not ((att0["start"] <= 0) & (att0["end"] > 0)).any()


def test_nothing_is_added_when_the_kept_paragraph_has_its_own_source():
    """Read: 'Putin said Russia would deepen ties with North Korea' holds its cue and source itself."""
    p = na.topic_passages(arts(("n1", "en", NEWS)))
    assert p["why"].fillna("-").tolist() == ["-", "match", "-"]
    assert p["context_for"].isna().all()


def test_real_kcna_press_statement_keeps_the_ministers_voice_after_the_cut(shared):
    """kcna-29e6a3a934ea36a4, read: line 0 "Kang Sun Nam, minister of National Defence of the DPRK, released the
    following press statement on June 27:", then the statement, one paragraph a line, among them "And I vehemently
    denounce the recent case as a direct military attack on the Russian territory …" (line 4) and "Hideous crimes
    deserve severe punishment." (line 7, no Russian word). Cut to the Russian side (as for a North Korean outlet),
    line 0 names no Russian word; the minister's words must stay his, not KCNA's."""
    a = na.load_corpus(shared / "corpus" / "real" / "stiles__north-korea-news.jsonl")
    a = a[a["article_id"] == "kcna-29e6a3a934ea36a4"]
    ru = ["Russia", "Russian", "Putin", "Moscow", "Kremlin"]
    p = na.topic_passages(a, terms=ru)
    assert p.loc[0, "why"] == "context" and "4" in p.loc[0, "context_for"].split("; ")
    assert not p.loc[7, "kept"]
    r = na.restrict_to_topic(a, terms=ru)
    assert r.iloc[0].text.startswith("Kang Sun Nam, minister of National Defence")
    trace = na.sentence_trace(na.analyze(r))
    s = trace[trace["text"].str.startswith("And I vehemently denounce")]
    assert len(s) == 1
    assert pd.isna(s["authorial_compound"].iloc[0]) and pd.notna(s["quoted_compound"].iloc[0])


# a letter quoted over four paragraphs, each opening with a mark and only the last closing (Kremlin.ru's style)
LETTER = ("The letter said, in part:\n\n"
          "“We remember the war and honour the memory of the fallen.\n\n"
          "“Russia supports North Korea’s efforts to reach reconciliation.\n\n"
          "“Trade between our countries grew last year.\n\n"
          "“We are confidently looking to the future.”")


def test_paragraph_inside_a_multi_paragraph_quotation_keeps_its_opening_and_closing_marks():
    """Read: one quotation from the first “ to the last ”; the North Korea paragraph alone would open a
    quotation that never closes. Kept: the cue line, the paragraph with the opening mark, the match and the
    paragraph with the closing mark; the trade paragraph is dropped."""
    a = arts(("l1", "en", LETTER))
    p = na.topic_passages(a)
    assert p["kept"].tolist() == [True, True, True, False, True]
    assert p["why"].fillna("-").tolist() == ["context", "context", "match", "-", "context"]
    r = na.restrict_to_topic(a)
    text = r.iloc[0].text
    assert "Trade" not in text
    att = na.attributions(r)
    pos = text.index("Russia supports")
    holds = att[(att["start"] <= pos) & (att["end"] > pos)]
    assert len(holds) and (holds["source"] == "The letter").any()
