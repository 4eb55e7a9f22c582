"""Usability findings of a teacher's first try of the package (session 9): each test reproduces one finding."""
import pandas as pd
import pytest

import newsanalysis as na

TEXT = "Putin said the talks were very good and successful."


def _table(language):
    return pd.DataFrame({"article_id": ["x"], "text": [TEXT], "language": [language]})


# -- 1. hand-made language names are read as ISO codes by every analyser -----------------------
@pytest.mark.parametrize("language", ["English", "EN", "en ", "en-GB", "english"])
def test_hand_made_english_is_scored_like_en(language):
    df = _table(language)
    before = df.copy()
    got = na.sentiment(df)
    want = na.sentiment(_table("en"))
    # VADER on the sentence: "good" and "successful" boosted by "very" -> 0.8051 (as for "en")
    assert got["compound"].tolist() == want["compound"].tolist() == [0.8051]
    assert got["language"].tolist() == ["en"]
    assert bool(got["scored"].iloc[0])
    pd.testing.assert_frame_equal(df, before)  # the caller's table is not modified


@pytest.mark.parametrize("language", ["German", "Deutsch", "DE", "de-DE"])
def test_hand_made_german_names_are_de(language):
    df = pd.DataFrame({"article_id": ["y"], "text": ["Die Gespräche waren sehr gut."], "language": [language]})
    assert na.sentences(df)["language"].tolist() == ["de"]
    s = na.sentiment(df)
    assert s["scored"].tolist() == [True] and s["language"].tolist() == ["de"]
    assert df["language"].tolist() == [language]


def test_analyze_marks_english_name_analysed():
    df = pd.DataFrame({"article_id": ["x", "k"], "text": [TEXT, "nuqneH"], "language": ["English", "Klingon"]})
    before = df.copy()
    res = na.analyze(df)
    summary = res.summary.set_index("article_id")
    assert bool(summary.loc["x", "analysed"]) is True
    # not a known language: kept as given, not analysed (never a zero score)
    assert bool(summary.loc["k", "analysed"]) is False
    assert summary.loc["k", "language"] == "Klingon"
    assert na.frames(df).groupby("article_id")["language"].first().to_dict() == {"k": "Klingon", "x": "en"}
    assert set(na.attributions(df)["article_id"]) == {"x"}  # "Putin said ..." is attributed in the English row
    pd.testing.assert_frame_equal(df, before)


def test_unknown_language_keeps_reason():
    s = na.sentiment(_table("Klingon"))
    assert s["scored"].tolist() == [False]
    assert s["reason"].tolist() == ["no lexicon for language 'Klingon'"]


# -- 2. a report on a corpus with no analysable language ---------------------------------------
def test_report_without_analysable_language(tmp_path, capsys):
    import warnings

    from newsanalysis.cli import main

    src = tmp_path / "ru.csv"
    src.write_text('text,outlet,date\n"Путин заявил, что переговоры прошли очень хорошо и успешно. '
                   'Стороны договорились продолжить диалог.",TASS,2024-06-19\n', encoding="utf-8")
    out = tmp_path / "rep"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no matplotlib warning about empty axes
        assert main(["report", str(src), "--out", str(out), "--quiet", "--formats", "png"]) == 0
    line = "0 of 1 articles analysed: newsanalysis analyses English (en) and German (de); not analysed: ru 1"
    assert line in capsys.readouterr().out.splitlines()
    html = (out / "index.html").read_text(encoding="utf-8")
    assert f"No figures: {line}." in html
    assert not (out / "figures" / "tone_by_outlet.png").exists()
    assert not (out / "figures" / "frames_by_outlet.png").exists()
    # the load report and the tables are still written
    assert (out / "load_report.json").exists()
    langs = pd.read_csv(out / "tables" / "languages.csv")
    assert langs.to_dict("records") == [{"language": "ru", "articles": 1, "analysed": 0, "not_analysed": 1}]


# -- 3. a columns= mapping naming a column the file lacks ---------------------------------------
WRONGCOLS = ('Headline,Story,Source,Date\n"Talks","Putin said the talks were very good and successful.",'
             'TASS,2024-06-19\n')


@pytest.mark.parametrize("columns", [{"text": "Storry"}, {"Storry": "text"}])
def test_columns_naming_a_missing_column(tmp_path, columns):
    from newsanalysis.corpus import CorpusError

    f = tmp_path / "wrongcols.csv"
    f.write_text(WRONGCOLS, encoding="utf-8")
    (k, v), = columns.items()
    with pytest.raises(CorpusError) as e:
        na.load_corpus(f, columns=columns)
    assert (f"columns={{{k!r}: {v!r}}}: no column 'Storry' in wrongcols.csv "
            "(columns: Headline, Story, Source, Date)") in str(e.value)
    # the right name (any case) loads
    assert na.load_corpus(f, columns={"text": "story"})["text"].tolist() == [
        "Putin said the talks were very good and successful."]


def test_cli_columns_naming_a_missing_column(tmp_path, capsys):
    from newsanalysis.cli import main

    f = tmp_path / "wrongcols.csv"
    f.write_text(WRONGCOLS, encoding="utf-8")
    with pytest.warns(UserWarning, match="no article loaded"):
        assert main(["report", str(f), "--out", str(tmp_path / "rep"), "--quiet", "--columns", "text=Storry"]) == 1
    err = capsys.readouterr().err
    assert ("--columns text=Storry: no column 'Storry' in wrongcols.csv (columns: Headline, Story, Source, Date)"
            in err)
    assert "no text field" not in err


def test_no_text_hint_reads_field_to_column(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"Story": "Putin said the talks were good."}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"columns=\{'text': '<field>'\}\) \(command line: --columns text=<field>\)"):
        na.load_corpus(f)


# -- 4. compare() and friends given the article table ------------------------------------------
@pytest.mark.parametrize("func", ["compare", "estimates", "compare_tests", "timeline"])
def test_compare_on_articles_says_what_it_needs(func):
    arts = pd.DataFrame({"article_id": ["x"], "text": [TEXT], "language": ["en"], "outlet": ["A"],
                         "published": [pd.Timestamp("2024-01-01", tz="UTC")]})
    f = getattr(na, func, None) or getattr(__import__("newsanalysis.compare", fromlist=[func]), func)
    with pytest.raises(TypeError, match=rf"^{func}\(\) needs the result of na.analyze\(articles\), got a "
                                        r"DataFrame \(an article table\?\)"):
        f(arts)
    # the analysis result still works
    assert len(f(na.analyze(arts))) >= 1 or func == "compare_tests"


# -- 5. a misspelt shipped query name -----------------------------------------------------------
SEL = pd.DataFrame({"article_id": ["a", "b"], "language": ["en", "en"],
                    "text": ["Russia and North Korea signed a treaty.", "The weather was fine."]})


def test_select_misspelt_shipped_query_raises():
    with pytest.raises(KeyError, match=r"no shipped query 'russia_nk' \(did you mean 'russia_north_korea'\?\).*"
                                       r"shipped: \['russia_north_korea'\]"):
        na.select(SEL, "russia_nk")
    with pytest.raises(KeyError):
        na.select(SEL, "russia_nk", keep_all=True)


def test_select_one_word_queries_still_search():
    assert na.select(SEL, "russia")["article_id"].tolist() == ["a"]
    assert na.select(SEL, "weather")["article_id"].tolist() == ["b"]
    # a word far from every query name that matches nothing: an empty selection, no error
    assert na.select(SEL, "typhoon").empty
    assert na.select(SEL, "russia_north_korea")["article_id"].tolist() == ["a"]


# -- 7. report: plurals, grouping by language, the words behind the tone ------------------------
def test_plural_of_groupings():
    from newsanalysis._tables import plural as _plural

    assert [_plural(w) for w in ("country", "outlet", "affiliation", "day", "language")] == [
        "countries", "outlets", "affiliations", "days", "languages"]


def test_report_term_tables_and_messages(tmp_path):
    from conftest import ROOT
    from newsanalysis.cli import main

    out = tmp_path / "rep"
    assert main(["report", str(ROOT / "corpus"), "--out", str(out), "--quiet", "--formats", "png",
                 "--also-by", "language", "country"]) == 0
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "countrys" not in html
    assert "No tests: they need at least two countries with ≥ 5 analysed articles in one language (0 here)." in html
    assert ("No tests: tests compare groups within one language, so a grouping by language is described but "
            "not tested.") in html
    for name in ("sentiment_terms", "term_drivers"):
        assert (out / "tables" / f"{name}.csv").stat().st_size > 0
        assert f'<a href="tables/{name}.csv">{name}.csv</a>' in html
    terms = pd.read_csv(out / "tables" / "sentiment_terms.csv")
    drivers = pd.read_csv(out / "tables" / "term_drivers.csv")
    # the seed corpus is one German article of NewsWorld: each driver's total is the sum of its word's weights
    assert set(drivers["outlet"]) == {"NewsWorld"} and len(drivers) == 10
    for t, total in zip(drivers["term"], drivers["total_weight"]):
        assert total == pytest.approx(terms.loc[terms["term"].str.lower() == t, "weight"].sum(), abs=1e-3)


# -- 8. actor-tone evidence leaves out terms that contribute nothing ----------------------------
def test_actor_tone_terms_leave_out_zero_contributions():
    from newsanalysis.sentiment import actor_tone

    # SentiWS's unrated positive words (0.05) count only next to a rated positive word: alone they
    # are set to 0 (x0), so they explain nothing and are not listed
    df = pd.DataFrame({"article_id": ["a"], "language": ["de"],
                       "text": ["Putin erhielt starker Rückendeckung von Kim."]})
    row = actor_tone(df).set_index("mention").loc["Putin"]
    assert row["tone"] == 0.0 and row["terms"] == ""
    # with a rated word ("gut") they carry weight 0.2 and are listed
    df2 = df.assign(text=["Putin erhielt starker Rückendeckung, die Gespräche waren gut."])
    row = actor_tone(df2).set_index("mention").loc["Putin"]
    assert [t.split(" (")[0] for t in row["terms"].split("; ")] == ["erhielt", "starker", "Rückendeckung", "gut"]


def test_select_reads_language_names():
    df = SEL.assign(language=["English", "EN"])
    got = na.select(df, "russia_north_korea", keep_all=True)
    assert got["selected"].tolist() == [True, False]
    assert got["language"].tolist() == ["English", "EN"]  # the caller's values are returned as given
