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
