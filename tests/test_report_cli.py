import json

import pandas as pd
import pytest

from newsanalysis.cli import main
from newsanalysis.plot import display_label

from conftest import ROOT


def test_display_label_uses_gloss_for_scripts_the_font_lacks():
    assert display_label("연합뉴스 (Yonhap News Agency)") == "Yonhap News Agency"
    assert display_label("Tuổi Trẻ") == "Tuổi Trẻ"


def test_report_on_embedded_corpus(tmp_path):
    out = tmp_path / "rep"
    assert main(["report", str(ROOT / "corpus"), "--out", str(out), "--quiet"]) == 0
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "Outlet comparison" in html and "NewsWorld" in html
    for fig in ("tone_by_outlet", "frames_by_outlet", "sources_by_outlet"):
        for ext in ("png", "svg", "pdf"):
            assert (out / "figures" / f"{fig}.{ext}").stat().st_size > 0
    assert "Comparison by affiliation" in html and "Keyness" in html and "Coverage over time" in html
    for fig in ("tone_by_affiliation", "frame_intervals_by_outlet", "sources_by_country"):
        assert (out / "figures" / f"{fig}.png").stat().st_size > 0
    tests = pd.read_csv(out / "tables" / "tests_by_outlet.csv")
    # one outlet with one article: nothing to test, every p-value missing (never 0)
    assert tests["p_value"].isna().all() and tests["note"].notna().all()
    # ... and the page says so in one line instead of tables of empty rows
    assert "No tests: they need at least two outlets with ≥ 5 analysed articles in one language (0 here)" in html
    assert pd.read_csv(out / "tables" / "kwic_keyness.csv").empty   # an empty table still has its header
    cmp = pd.read_csv(out / "tables" / "comparison_by_affiliation.csv")
    assert cmp["affiliation"].tolist() == ["aggregator"]     # NewsWorld in newsanalysis/resources/outlets.csv
    arts = pd.read_parquet(out / "tables" / "articles.parquet")
    assert arts["author"].tolist() == ["Ernst Müller"]
    rep = json.loads((out / "load_report.json").read_text())
    assert rep["records_read"] == rep["records_loaded"] == 1


@pytest.mark.slow
def test_report_on_real_corpus(shared, tmp_path):
    out = tmp_path / "real"
    assert main(["report", str(shared / "corpus" / "real"), str(ROOT / "corpus"), "--out", str(out), "--quiet"]) == 0
    langs = pd.read_csv(out / "tables" / "languages.csv").set_index("language")
    # SOURCES.md counts plus the seed (German): Korean and Vietnamese loaded and counted, not analysed
    html = (out / "index.html").read_text(encoding="utf-8")
    # the two copies found by reading: TV Chosun ran Yonhap's story, Herald Business copied another one
    assert "naver-448_0000579825" in html and "naver-016_0002579112" in html
    assert "Duplicates and wire copy" in html
    assert langs.loc["en", "analysed"] == 126
    assert langs.loc["de", "analysed"] == 6
    assert langs.loc["ko", "articles"] == 76 and langs.loc["ko", "analysed"] == 0
    assert langs.loc["vi", "articles"] == 5 and langs.loc["vi", "analysed"] == 0
    cmp = pd.read_csv(out / "tables" / "comparison.csv")
    assert len(cmp) >= 45  # about 50 outlets
    kcna = cmp[cmp["outlet"].str.startswith("KCNA")].iloc[0]
    assert kcna["articles"] == 84 and kcna["analysed_articles"] == 84
    korean = cmp[cmp["outlet"] == "조선일보 (Chosun Ilbo)"].iloc[0]
    assert pd.isna(korean["mean_compound"])  # never scored as 0
    summary = pd.read_csv(out / "tables" / "summary.csv")
    assert summary.loc[summary["language"] == "ko", "mean_compound"].isna().all()
    # affiliations from newsanalysis/resources/outlets.csv: KCNA (84) and Kremlin.ru (33) are the state outlets analysed in English
    aff = pd.read_csv(out / "tables" / "comparison_by_affiliation.csv").set_index("affiliation")
    assert aff.loc["state", "analysed_articles"] == 84 + 33
    tests = pd.read_csv(out / "tables" / "tests_by_outlet.csv")
    tone = tests[(tests["family"] == "tone") & (tests["scope"] == "all")].iloc[0]
    # outlets with >= 5 analysed articles: KCNA, Kremlin.ru and Yonhap's English service (5)
    # (all English): Welch's F under permutation, within English
    assert tone["test"] == "permutation (Welch F)" and tone["groups"] == 3 and tone["n"] == 84 + 33 + 5
    assert tone["language"] == "en" and tone["resamples"] == 9999
    # tone by country never mixes German (SentiWS) with English (VADER) articles
    by_country = pd.read_csv(out / "tables" / "tests_by_country.csv")
    assert set(by_country.loc[by_country["family"] == "tone", "language"]) == {"en"}
    key = pd.read_csv(out / "tables" / "keyness_en_by_outlet.csv")
    kcna = key[(key["comparison"] == "one_vs_rest") & key["group"].str.startswith("KCNA")].set_index("term")
    assert kcna.loc["dprk", "direction"] == "+" and kcna.loc["dprk", "significant"]
    kw = pd.read_csv(out / "tables" / "kwic_keyness.csv")
    key_de = pd.read_csv(out / "tables" / "keyness_de_by_outlet.csv")
    assert len(kw) and set(kw["match"].str.lower()) <= set(key["term"]) | set(key_de["term"])
    tl = pd.read_csv(out / "tables" / "timeline_by_affiliation.csv")
    # KCNA items run from 2023-12-24 to 2024-11-10: state articles in June 2024 (treaty month)
    assert tl[(tl["affiliation"] == "state") & (tl["period"] == "2024-06")]["articles"].item() > 0
    assert (out / "figures" / "tone_over_time_recent.png").stat().st_size > 0
    # session 12: the interval figures name the groups they leave out (the Korea Herald has 3 articles)
    assert "Not in the interval figures (fewer than 5 analysed articles)" in html
    assert "The Korea Herald" in html.split("Not in the interval figures", 1)[1].split("</span>", 1)[0]


def test_cli_error_is_clear(tmp_path, capsys):
    bad = tmp_path / "x.pdf"
    bad.write_text("nope")
    assert main(["report", str(bad), "--out", str(tmp_path / "o")]) == 2
    assert "unsupported format '.pdf'" in capsys.readouterr().err


def test_evaluate_unknown_gold_lists_choices(capsys):
    assert main(["evaluate", "framing", "--gold", "nope"]) == 2
    assert "semeval" in capsys.readouterr().err


def test_report_unknown_grouping_is_a_clear_error(tmp_path, capsys):
    assert main(["report", str(ROOT / "corpus"), "--out", str(tmp_path / "o"), "--by", "ownership", "--quiet"]) == 2
    assert "cannot group by 'ownership'" in capsys.readouterr().err


def test_cli_passes_model_options_to_the_evaluation(monkeypatch, capsys, tmp_path):
    # --parser and --features reach the evaluator; they are not set when not given
    from newsanalysis import cli, evaluate

    seen = []
    monkeypatch.setattr(evaluate, "get_evaluator", lambda task, gold: lambda shared, **kw: seen.append(kw) or {"ok": 1})
    (tmp_path / "validation").mkdir()
    sh = ["--shared", str(tmp_path)]
    assert cli.main(["evaluate", "attribution", "--gold", "polnear", "--parser", "--split", "dev"] + sh) == 0
    assert cli.main(["evaluate", "framing", "--gold", "semeval", "--lang", "en", "--features", "embeddings"] + sh) == 0
    assert cli.main(["evaluate", "attribution", "--gold", "polnear"] + sh) == 0
    assert seen == [{"split": "dev", "parser": True}, {"lang": "en", "features": "embeddings"}, {}]
    args = cli.build_parser().parse_args(["report", "a.jsonl", "--out", "o", "--parser"])
    assert args.parser


def test_unknown_gold_message_lists_the_golds_without_quotes(capsys):
    # a new user's finding: the KeyError's message came wrapped in quotes
    from newsanalysis.cli import main
    assert main(["evaluate", "attribution", "--gold", "nosuch"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsanalysis: error: no evaluation for 'attribution' with gold 'nosuch'; available: ")
    assert "attribution --gold polnear" in err and not err.rstrip().endswith('"')


def test_evaluate_without_gold_data_says_where_to_point(tmp_path, capsys):
    # a new user's finding: "[Errno 2] No such file or directory: …/validation/…" named no way out
    from newsanalysis.cli import main
    assert main(["evaluate", "sentiment", "--gold", "nyt", "--shared", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert "--shared" in err and "NEWSANALYSIS_SHARED" in err


def test_report_languages_and_topic_selection(tmp_path, capsys):
    # three articles: English on topic, English off topic, Korean on topic; keep en, then the topic query
    f = tmp_path / "c.csv"
    pd.DataFrame({"id": ["a", "b", "c"], "outlet": ["X", "X", "Y"], "language": ["en", "en", "ko"],
                  "text": ["Kim Jong Un met Putin in Pyongyang. They signed a treaty, KCNA said.",
                           "The weather in Seoul was mild. Officials said rain would come.",
                           "북한과 러시아가 조약을 체결했다."]}).to_csv(f, index=False)
    out = tmp_path / "o"
    assert main(["report", str(f), "--out", str(out), "--quiet", "--formats", "png", "--languages", "en",
                 "--select", "russia_north_korea"]) == 0
    assert "kept 1 of 3 loaded articles (languages en; query 'russia_north_korea')" in capsys.readouterr().out
    summary = pd.read_csv(out / "tables" / "summary.csv")
    assert summary["article_id"].tolist() == ["a"]
    assert "Analysed: 1 of the 3 loaded articles" in (out / "index.html").read_text(encoding="utf-8")
    assert main(["report", str(f), "--out", str(out), "--quiet", "--select", "nothing_matches_this"]) == 1


def test_report_two_outlets_and_a_date_range(tmp_path, capsys):
    # a teacher wants two outlets of 2024 only (session 11): four articles, two outlets kept, one too early,
    # one without a date
    f = tmp_path / "c.csv"
    pd.DataFrame({"id": ["a", "b", "c", "d"], "outlet": ["tagesschau.de", "ZEIT ONLINE", "ZEIT ONLINE", "KCNA"],
                  "date": ["2024-06-19", "2023-09-13", "", "2024-06-20"], "language": "de",
                  "text": ["Putin traf Kim in Pjöngjang.", "Kim reiste nach Russland.", "Der Vertrag gilt.",
                           "Kim empfing Putin."]}).to_csv(f, index=False)
    out = tmp_path / "o"
    assert main(["report", str(f), "--out", str(out), "--quiet", "--formats", "png",
                 "--only-outlets", "tagesschau,zeit", "--since", "2024-01-01", "--until", "2024-12-31"]) == 0
    printed = capsys.readouterr().out
    assert ("kept 1 of 4 loaded articles (outlets ZEIT ONLINE, tagesschau.de; published 2024-01-01 to 2024-12-31, "
            "1 without a date left out)") in printed
    assert pd.read_csv(out / "tables" / "summary.csv")["article_id"].tolist() == ["a"]
    # ZEIT ONLINE was asked for but has no article in 2024: the line above names it among the outlets, so the
    # console and the page say that it is in no table (session 12 trial: a teacher asked for four outlets in
    # June 2024, three had none, and the page read as if all four were compared)
    assert ("no article of ZEIT ONLINE is left after the selection (2 loaded, published 2023-09-13 to 2023-09-13)"
            in printed)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "No article left of ZEIT ONLINE (2 loaded, published 2023-09-13 to 2023-09-13)" in page
    assert "tagesschau.de (" not in page.split("No article left of", 1)[1].split("</strong>", 1)[0]
    assert json.loads((out / "load_report.json").read_text(encoding="utf-8"))["selection"][
        "outlets_without_articles"] == [{"outlet": "ZEIT ONLINE", "loaded": 2,
                                         "span": "published 2023-09-13 to 2023-09-13"}]
    # only PNG was written: the page does not promise SVG and PDF files
    assert "Figures are PNG files" in page and "SVG and PDF" not in page
    # the last day counts whole; a name that matches no outlet, or no date, is an error that says why
    assert main(["report", str(f), "--out", str(out), "--quiet", "--formats", "png", "--until", "2024-06-19"]) == 0
    assert sorted(pd.read_csv(out / "tables" / "summary.csv")["article_id"]) == ["a", "b"]
    with pytest.raises(SystemExit, match="no outlet matches 'Spiegel'.*tagesschau.de"):
        main(["report", str(f), "--out", str(out), "--quiet", "--only-outlets", "Spiegel"])
    with pytest.raises(SystemExit, match="--since '19.06.2024' is no date"):
        main(["report", str(f), "--out", str(out), "--quiet", "--since", "19.06.2024"])


@pytest.mark.parametrize("option, keyword", [("--story-frames", "story_frames"), ("--emphasis", "emphasis")])
def test_report_test_options_reach_the_tests(monkeypatch, tmp_path, option, keyword):
    # --story-frames and --emphasis are passed to write_report, which passes them to every compare_tests call;
    # both are off by default
    from newsanalysis import cli, report

    assert getattr(cli.build_parser().parse_args(["report", "a.jsonl", "--out", "o", option]), keyword)
    assert not getattr(cli.build_parser().parse_args(["report", "a.jsonl", "--out", "o"]), keyword)
    seen = []
    real = report.compare_tests
    monkeypatch.setattr(report, "compare_tests", lambda *a, **kw: seen.append(kw[keyword]) or real(*a, **kw))
    assert main(["report", str(ROOT / "corpus"), "--out", str(tmp_path / "o"), "--quiet", option,
                 "--formats", "png"]) == 0
    assert seen and all(seen)


def test_report_says_when_compared_outlets_cover_different_periods():
    # KCNA 2024, Kremlin.ru 2000-2019, Yonhap 2025-26 in the shared corpus: a tone difference between them is
    # no difference in how they covered one event, and the comparison table showed no dates (session 12 trial)
    from newsanalysis.report import _period_note, figure_formats_note

    cmp = pd.DataFrame({"outlet": ["KCNA", "Kremlin.ru", "Yonhap"],
                        "first_published": ["2024-01-16T00:00:00+00:00", "2000-02-09T00:00:00+00:00", None],
                        "last_published": ["2024-11-07T00:00:00+00:00", "2019-06-27T19:00:00+00:00", None]})
    note = _period_note(cmp, "outlet")
    assert "The outlets compared cover different periods" in note
    assert "KCNA 2024-01-16 to 2024-11-07; Kremlin.ru 2000-02-09 to 2019-06-27)" in note  # undated: not listed
    overlapping = cmp.assign(first_published=["2024-06-01", "2024-06-19", "2024-06-10"],
                             last_published=["2024-06-30", "2024-07-01", "2024-06-19"])
    assert _period_note(overlapping, "outlet") == ""  # all three share 19 June
    assert _period_note(cmp.iloc[:1], "outlet") == ""  # one group: nothing to compare
    assert figure_formats_note(("png", "svg", "pdf")).endswith(
        "Each figure also as SVG and PDF in <code>figures/</code>.</p>")
    assert "PNG files" in figure_formats_note(("png",))


def test_python_m_newsanalysis_runs_the_command_line():
    """``python -m newsanalysis --help`` works like the ``newsanalysis`` script (a helper found it failing: the
    package had no ``__main__``) and names the report command."""
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "newsanalysis", "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "report" in out.stdout


def test_evaluate_says_what_it_measured(monkeypatch, capsys, tmp_path):
    """Session 17 (a reviewer): the printed JSON said neither whether the split was held out, nor how many
    items, nor how F1 was computed; the command now starts with a description filled from the result."""
    from newsanalysis import cli, evaluate

    fake = {"split": "test", "parser": False, "articles": 84, "n_gold": 2044, "n_pred": 1321, "f1@0.3": 0.6}
    monkeypatch.setattr(evaluate, "get_evaluator", lambda task, gold: lambda shared, **kw: dict(fake, **kw))
    (tmp_path / "validation").mkdir()
    sh = ["--shared", str(tmp_path)]
    assert cli.main(["evaluate", "attribution", "--gold", "polnear", "--split", "test"] + sh) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith("PolNeAR test split (held out")
    assert "84 articles, 2,044 gold relations" in out and "1,321 predicted" in out
    assert "IoU is >= 0.3" in out and "(micro)" in out
    # the JSON follows, unchanged
    assert '"f1@0.3": 0.6' in out
    assert cli.main(["evaluate", "attribution", "--gold", "polnear", "--split", "dev"] + sh) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith("PolNeAR dev split (development data")
    # a key the result lacks prints as '?', not an error; lists are listed, seeds have no thousands separator
    assert evaluate.describe("framing", "semeval", {"lang": "de", "seed": 2023}).count("?") == 3
    assert "seed 2023" in evaluate.describe("framing", "semeval", {"seed": 2023})
    assert "waves 1, 2, 3 (1,945" in evaluate.describe("sentiment", "german", {"dev_waves": [1, 2, 3], "n_dev": 1945})
    assert evaluate.describe("framing", "nosuch", {}) is None


def test_every_evaluation_has_a_description():
    from newsanalysis import evaluate
    assert set(evaluate.DESCRIPTIONS) == set(evaluate.REGISTRY)
