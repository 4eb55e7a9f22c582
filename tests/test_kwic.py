"""KWIC: offsets, whole-sentence context, HTML rendering; a real KCNA article read by hand."""
import pandas as pd
import pytest

from newsanalysis.kwic import kwic, kwic_html

TEXT = "Kim met Putin. The summit was long. Putin praised Kim's army."
#       0         1         2         3         4         5
#       0123456789012345678901234567890123456789012345678901234567890


def _arts():
    return pd.DataFrame({"article_id": ["a"], "outlet": ["Test <Times>"], "language": ["en"], "text": [TEXT],
                         "published": pd.to_datetime(["2024-06-19"], utc=True)})


def test_kwic_offsets_and_sentence_context():
    k = kwic(_arts(), "putin")
    assert k[["sentence_id", "start", "end", "match"]].values.tolist() == [[0, 8, 13, "Putin"], [2, 36, 41, "Putin"]]
    first = k.iloc[0]
    assert first["left"] == "Kim met " and first["right"] == "."
    assert (first["context_start"], first["context_end"]) == (0, 14)
    assert first["outlet"] == "Test <Times>" and str(first["published"].date()) == "2024-06-19"


def test_kwic_window_of_sentences():
    k = kwic(_arts(), "summit", window=1)
    r = k.iloc[0]
    assert r["sentence_id"] == 1 and (r["context_start"], r["context_end"]) == (0, len(TEXT))
    assert r["left"] == "Kim met Putin. The " and r["right"].startswith(" was long. Putin praised")
    assert r["left"] + r["match"] + r["right"] == TEXT[r["context_start"]:r["context_end"]]


def test_kwic_whole_words_glob_case_and_regex():
    assert kwic(_arts(), "Kim")["start"].tolist() == [0, 50]          # "Kim", and "Kim" of "Kim's" (36 + len("Putin praised "))
    assert kwic(_arts(), "sum").empty                                   # whole words only
    assert kwic(_arts(), "sum*")["match"].tolist() == ["summit"]
    assert kwic(_arts(), "putin", case=True).empty
    assert kwic(_arts(), r"P\w+n", regex=True)["match"].tolist() == ["Putin", "Putin"]
    assert kwic(_arts(), ["summit", "army"])["match"].tolist() == ["summit", "army"]


def test_kwic_errors_and_empty():
    with pytest.raises(ValueError, match="pattern"):
        kwic(_arts(), "")
    with pytest.raises(ValueError, match="window"):
        kwic(_arts(), "Kim", window=-1)
    with pytest.raises(ValueError, match="regular expression"):
        kwic(_arts(), "(", regex=True)
    empty = kwic(_arts(), "sanctions")
    assert empty.empty and "left" in empty.columns


def test_kwic_html_escapes_and_marks_the_match():
    h = kwic_html(kwic(_arts(), "putin"))
    assert "Test &lt;Times&gt;" in h and "<Times>" not in h
    assert "<td class='kw-match'>Putin</td>" in h and "2 match(es)" in h
    assert h._repr_html_() == str(h)


def test_kwic_real_kcna_article(real_articles):
    # KCNA, 2 November 2024, the tablet at Yaroslavl Railway Station: one line per sentence; line 11
    # (sentence 10) is Lavrov's "Noting that President Putin's visit to the DPRK after the Vostochny summit ..."
    art = real_articles[real_articles["article_id"] == "kcna-82cf9a10e66371c0"]
    k = kwic(art, "Vostochny", window=1)
    assert len(k) == 1
    r = k.iloc[0]
    assert r["sentence_id"] == 10 and r["outlet"].startswith("KCNA")
    assert r["left"].startswith("He said that the improvement of cooperative relations")
    assert r["left"].endswith("President Putin's visit to the DPRK after the ")
    assert r["right"].startswith(" summit was a great historic event")
    assert r["right"].endswith("for the development of the DPRK-Russia relations.")
    text = art["text"].iloc[0]
    assert text[r["start"]:r["end"]] == "Vostochny"
