"""Report wording a teacher tripped over (session 11): the scale of the words behind a German tone, and
"1 articles". Expected strings are written by hand."""
import pytest

from newsanalysis._tables import count_of
from newsanalysis.cli import main
from newsanalysis.report import weight_scale_note

GERMAN_SCALE = "SentiWS weights (about −1..1) times 4, so the same range as VADER's but a different lexicon"


def test_weight_scale_note_names_the_lexicon_of_the_language():
    assert weight_scale_note(["VADER 3.3.2"]) == "VADER's −4..4 scale"
    assert weight_scale_note(["SentiWS 1.8c"]) == GERMAN_SCALE
    assert weight_scale_note(["SentiWS 1.8c", "VADER 3.3.2"]) == (
        "English: VADER's −4..4 scale; German: SentiWS weights (about −1..1) times 4, so the same range as "
        "VADER's but a different lexicon; compare words within one language only")
    assert weight_scale_note([]) == "on the lexicon's own scale"


def test_count_of_singular_and_plural():
    assert count_of(1, "article") == "1 article"
    assert count_of(2, "article") == "2 articles"
    assert count_of(0, "outlet") == "0 outlets"
    assert count_of(1, "loaded article") == "1 loaded article"
    assert count_of(3, "country", "countries") == "3 countries"


def test_report_on_one_german_article_says_sentiws_and_one_article(tmp_path, capsys):
    # one pupil's article as a .txt with front matter, but without an outlet
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "artikel.txt").write_text(
        "---\ntitle: Soldaten an der Front\ndate: 2024-11-20\nlanguage: de\n---\n"
        "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes rund 11.000 Soldaten nach Russland "
        "geschickt. Das Verteidigungsministerium in Seoul erklärte am Mittwoch, die Soldaten seien schlecht auf "
        "den Krieg vorbereitet. Die Regierung in Moskau bestreitet die Berichte.\n", encoding="utf-8")
    out = tmp_path / "rep"
    assert main(["report", str(folder), "--out", str(out), "--quiet", "--formats", "png"]) == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "SentiWS weights (about −1..1) times 4, so the same range as VADER&#x27;s but a different lexicon" in page
    assert "VADER&#x27;s −4..4 scale" not in page
    assert " · 1 article · " in page and "· 1 articles" not in page
    assert "1 loaded article has no outlet" in capsys.readouterr().err


@pytest.mark.filterwarnings("ignore:Precision loss:RuntimeWarning")  # identical texts: every score equal
def test_small_p_values_print_as_below_one_in_a_thousand(tmp_path):
    """Ten articles of outlet A praise the talks, ten of B condemn them: every A article's tone is above every B
    article's, so the tone test's permutation p is about 2 / C(20, 10) ≈ 1e-5, far below 0.001. The page must
    print "< 0.001", not a misleading "0.000" (the CSV keeps the number)."""
    import pandas as pd

    import newsanalysis as na
    from newsanalysis.report import write_report

    good = "The talks were a great success and a wonderful achievement for peace."
    bad = "The talks were a terrible failure and a disaster for peace."
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(10)] + [f"b{i}" for i in range(10)],
                         "text": [good] * 10 + [bad] * 10, "language": "en", "outlet": ["A"] * 10 + ["B"] * 10})
    out = write_report(na.analyze(arts), tmp_path / "r", also_by=(), formats=("png",), actor_tone=None)
    page = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    tests = pd.read_csv(tmp_path / "r" / "tables" / "tests_by_outlet.csv")
    tone = tests[(tests["family"] == "tone") & (tests["scope"] == "all")]
    assert (tone["p_value"] < 0.001).all() and len(tone)
    assert "&lt; 0.001" in page or "< 0.001" in page
