import pandas as pd

import newsanalysis as na


def _arts(text, lang):
    return pd.DataFrame({"article_id": ["a"], "text": [text], "language": [lang]})


def test_english_abbreviations_do_not_split():
    s = na.sentences(_arts("Mr. Smith met U.S. officials on Monday. They talked.", "en"))
    assert s["text"].tolist() == ["Mr. Smith met U.S. officials on Monday.", "They talked."]


def test_german_ordinal_dates_do_not_split():
    s = na.sentences(_arts("Putin kam am 19. Juni 2024 nach Pjöngjang. Kim empfing ihn.", "de"))
    assert s["text"].tolist() == ["Putin kam am 19. Juni 2024 nach Pjöngjang.", "Kim empfing ihn."]


def test_glued_sentences_from_crawler_are_split():
    s = na.sentences(_arts("He left the stage.Singer-producer Kim said so.", "en"))
    assert s["text"].tolist() == ["He left the stage.", "Singer-producer Kim said so."]


def test_offsets_point_into_untouched_text():
    text = "  Erster Satz.\n\n• Zweiter Punkt\nDritter Satz!  "
    arts = _arts(text, "de")
    s = na.sentences(arts)
    assert [text[a:b] for a, b in zip(s.start, s.end)] == ["Erster Satz.", "• Zweiter Punkt", "Dritter Satz!"]
    assert s["sentence_id"].tolist() == [0, 1, 2]
    assert arts["text"].iloc[0] == text  # input not changed


def test_missing_column_is_named():
    import pytest
    with pytest.raises(ValueError, match="language"):
        na.sentences(pd.DataFrame({"article_id": ["a"], "text": ["x"]}))


def test_hard_wrapped_lines_continue_their_sentence():
    # Kremlin.ru transcripts wrap lines mid-sentence; a line starting in lower case continues the last
    text = ("Let me emphasise that we are indeed\nready to cooperate.\n\nHeading in capitals\n"
            "Kim visited the plant.\nthe end of a list\n\nstill a new paragraph.")
    s = na.sentences(_arts(text, "en"))
    assert s["text"].tolist() == ["Let me emphasise that we are indeed\nready to cooperate.", "Heading in capitals",
                                  "Kim visited the plant.", "the end of a list", "still a new paragraph."]


def test_kremlin_transcript_sentences_are_not_cut_at_line_wraps(real_articles):
    kremlin = real_articles[real_articles["text"].str.contains("Let me emphasise that we are indeed", regex=False)]
    assert len(kremlin) >= 1
    s = na.sentences(kremlin.head(1))
    hit = s[s["text"].str.startswith("Let me emphasise that we are indeed")]
    assert len(hit) == 1
    # the sentence goes on past the wrap to the partners "on the basis of equality"
    assert "ready to\u00a0cooperate in\u00a0the\u00a0energy sphere" in hit["text"].iloc[0]
