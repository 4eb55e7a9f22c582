"""Session 16 (a data journalist's first use): loader problems found on saved pages and European exports.

Every input here is written for the test; the expected values come from reading it:
- a saved page whose <title> is "Ukrainekrieg: Soldat in ukrainischer ... | Nachrichten" and that has no site-name
  metadata got its headline as outlet (trafilatura's site name falls back to the title part with a dot); a title
  part is an outlet only when the title-suffix rule confirms it, and "Nachrichten" is a generic word;
- "03/04/2024" is read day first when "13/04/2024" in the same file's date column shows the order, month first
  when "04/13/2024" does, and stays NaT (with both named) when the file has both; dayfirst= / --dayfirst set it;
- a cut-off JSON line names the column where it is cut (137), not column 1 and not the field before the cut;
- an empty file of any format is listed as "not read: empty file";
- an outlet "????" (a cp1252 export's Hangul) is left empty with a note, the record kept.
"""
import json
import re
import warnings

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.cli import main
from newsanalysis.corpus import CorpusError
from newsanalysis.dates import parse_date, slash_order

# ---------------------------------------------------------------- 1. site name taken from the page title
BODY = ("<article><h1>Ukrainekrieg: Soldat in ukrainischer ...</h1>\n"
        "<p>Im Ukrainekrieg kämpfen Nordkoreaner aufseiten Russlands. Erstmals ist einer von ihnen in ukrainischer "
        "Kriegsgefangenschaft gestorben.</p>\n"
        "<p>Der südkoreanische Geheimdienst teilte mit, der Soldat sei am Donnerstag gefangen genommen worden. Die "
        "Verletzungen seien schwer gewesen, hieß es.</p>\n</article>")


def _page(title: str, head: str = "", footer: str = "") -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>\n{BODY}'
            f'{footer}</body></html>')


def _load_page(tmp_path, html: str, name: str = "page.html"):
    (tmp_path / name).write_text(html, encoding="utf-8")
    return na.load_corpus(tmp_path / name)


def test_headline_is_not_taken_for_the_outlet_of_a_page_without_site_metadata(tmp_path):
    # the journalist's file, word for word: no og:site_name, no URL; trafilatura's site name is the title's
    # first part "Ukrainekrieg: Soldat in ukrainischer ..." (it has a dot), which is the headline
    df = _load_page(tmp_path, _page("Ukrainekrieg: Soldat in ukrainischer ... | Nachrichten"))
    assert df["outlet"].isna().all()
    assert df["title"].tolist() == ["Ukrainekrieg: Soldat in ukrainischer ..."]
    files = na.load_report(df, "files")
    assert files["fields"].isna().all()  # no longer "outlet=site name (page metadata)"
    assert files["without_outlet"].tolist() == [1]
    note = na.load_report(df, "notes").query("field == 'outlet'")["note"].item()
    assert "'Ukrainekrieg: Soldat in ukrainischer ...' is the page's <title>" in note
    # "Nachrichten" is the suffix, but a generic word, not a site name
    assert "'Nachrichten', a generic word" in note


def test_site_name_from_the_title_goes_through_the_title_suffix_confirmation(tmp_path):
    # the same page with the site in the title: trafilatura again gives the headline part (it has a dot);
    # the suffix is used when resources/outlets.csv or a © line confirms it, as for any <title> suffix
    df = _load_page(tmp_path, _page("Ukrainekrieg: Soldat ... | tagesschau.de"), "a.html")
    assert df["outlet"].tolist() == ["tagesschau.de"]
    assert na.load_report(df, "files")["fields"].tolist() == ["outlet=<title> suffix (resources/outlets.csv)"]
    df = _load_page(tmp_path, _page("Ukrainekrieg: Soldat ... | Der Kleine Bote",
                                    footer="<footer><p>© Der Kleine Bote 2024</p></footer>"), "b.html")
    assert df["outlet"].tolist() == ["Der Kleine Bote"]
    assert na.load_report(df, "files")["fields"].tolist() == ["outlet=<title> suffix (© line)"]


def test_site_name_metadata_is_still_the_outlet_even_when_the_title_holds_it(tmp_path):
    # real metadata confirms a name: og:site_name, application-name, a JSON-LD publisher
    title = "Ukrainekrieg: Soldat ... | Nachrichten"
    cases = {
        "og.html": ('<meta property="og:site_name" content="Nachrichten">', "Nachrichten"),
        "app.html": ('<meta name="application-name" content="n-tv.de">', "n-tv.de"),
        "ld.html": ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
                    '"headline": "Ukrainekrieg", "publisher": {"@type": "Organization", "name": "Nordkurier"}}'
                    '</script>', "Nordkurier"),
    }
    for name, (head, outlet) in cases.items():
        df = _load_page(tmp_path, _page(title, head=head), name)
        assert df["outlet"].tolist() == [outlet], name
        assert na.load_report(df, "files")["fields"].tolist() == ["outlet=site name (page metadata)"], name
    # and a headline part with a dot is no site name, metadata or not (the first case of this file)
    assert _load_page(tmp_path, _page(title), "none.html")["outlet"].isna().all()


# ---------------------------------------------------------------- 2. day/month order inferred per file
D_CSV = ('Headline,Body,Published,Source\n'
         'A,"Putin met Kim in Pyongyang, officials said. The treaty was signed.",13/04/2024,NRK\n'
         'B,"Kim visited Moscow, the Kremlin said. Talks covered arms.",03/04/2024,NRK\n'
         'C,"Shoigu visited Pyongyang, KCNA reported.",2024-04-05,NRK\n')


def _dates(df):
    return {t: None if pd.isna(p) else p.strftime("%Y-%m-%d") for t, p in zip(df["title"], df["published"])}


def test_ambiguous_date_is_read_in_the_order_the_file_shows(tmp_path):
    (tmp_path / "d.csv").write_text(D_CSV, encoding="utf-8")
    df = na.load_corpus(tmp_path / "d.csv")
    # 13/04/2024 can only be 13 April: the column is day/month/year, so 03/04/2024 is 3 April
    assert _dates(df) == {"A": "2024-04-13", "B": "2024-04-03", "C": "2024-04-05"}
    assert na.load_report(df, "articles_without_date") == 0
    note = na.load_report(df, "notes").query("field == 'date'")
    assert note["article_id"].tolist() == ["d-3"]
    assert note["note"].item() == ("date '03/04/2024' read as day/month/year: the file's column 'Published' has "
                                   "'13/04/2024', which only day/month/year reads")
    files_note = na.load_report(df, "files")["notes"].item()
    assert ("dates in column 'Published': order day/month/year inferred from 1 value with a first number above 12 "
            "('13/04/2024'); 1 ambiguous value read so ('03/04/2024')") in files_note


def test_month_first_order_and_a_file_with_both_orders(tmp_path):
    (tmp_path / "us.csv").write_text("title,text,date\nA,Kim met Putin in Pyongyang on that day.,04/13/2024\n"
                                     "B,Kim visited Moscow in the spring of that year.,03/04/2024\n", encoding="utf-8")
    assert _dates(na.load_corpus(tmp_path / "us.csv")) == {"A": "2024-04-13", "B": "2024-03-04"}
    (tmp_path / "mixed.csv").write_text("title,text,date\nA,Kim met Putin in Pyongyang on that day.,13/04/2024\n"
                                        "B,Kim visited Moscow in the spring of that year.,03/04/2024\n"
                                        "C,Lavrov visited Pyongyang later that year.,04/13/2024\n", encoding="utf-8")
    df = na.load_corpus(tmp_path / "mixed.csv")
    # both orders occur: 03/04/2024 is not guessed
    assert _dates(df) == {"A": "2024-04-13", "B": None, "C": "2024-04-13"}
    note = na.load_report(df, "notes").query("article_id == 'mixed-3'")["note"].item()
    assert "ambiguous day/month order (3 April or 4 March)" in note
    assert "both orders (day first: '13/04/2024'; month first: '04/13/2024')" in note
    assert "not read, since both orders occur" in na.load_report(df, "files")["notes"].item()


def test_order_is_inferred_per_file_not_across_files(tmp_path):
    (tmp_path / "d.csv").write_text(D_CSV, encoding="utf-8")
    (tmp_path / "other.csv").write_text("title,text,date\nE,Choe Son Hui met Lavrov in Moscow.,05/06/2024\n",
                                        encoding="utf-8")
    df = na.load_corpus(tmp_path)
    assert _dates(df)["B"] == "2024-04-03" and _dates(df)["E"] is None
    files = na.load_report(df, "files").set_index(na.load_report(df, "files")["path"].str.rsplit("/", n=1).str[-1])
    assert files.loc["other.csv", "without_date"] == 1 and files.loc["d.csv", "without_date"] == 0
    assert "no value tells the order" in files.loc["other.csv", "notes"]


def test_dayfirst_option(tmp_path):
    (tmp_path / "d.csv").write_text(D_CSV, encoding="utf-8")
    # month first as the user says: 03/04/2024 is 4 March, and 13/04/2024 cannot be month/day/year
    df = na.load_corpus(tmp_path / "d.csv", dayfirst=False)
    assert _dates(df) == {"A": None, "B": "2024-03-04", "C": "2024-04-05"}
    assert (na.load_report(df, "notes").query("article_id == 'd-2'")["note"].item()
            == "impossible date '13/04/2024' as month/day/year (dayfirst=False): 13 is no month")
    assert _dates(na.load_corpus(tmp_path / "d.csv", dayfirst=True))["B"] == "2024-04-03"
    with pytest.raises(ValueError, match="dayfirst must be None"):
        na.load_corpus(tmp_path / "d.csv", dayfirst="yes")
    assert parse_date("03/04/2024", dayfirst=True)[0] == pd.Timestamp("2024-04-03", tz="UTC")
    assert parse_date("03/04/2024 10:00 CET", dayfirst=False)[0] == pd.Timestamp("2024-03-04 09:00", tz="UTC")
    assert parse_date("03/04/2024")[0] is pd.NaT
    order, ev = slash_order(["13/04/2024", "03/04/2024", "2024-04-05", "05/05/2024"])
    assert order is True and ev == {"dayfirst": ["13/04/2024"], "monthfirst": [], "ambiguous": ["03/04/2024"]}


# ---------------------------------------------------------------- 3. a JSON line cut off
CUT = ('{"headline": "Broken line", "content": "Kim and Putin met in Pyongyang on Wednesday, officials said.", '
       '"pub": "2024-06-19", "site": "AP"')


def test_cut_json_line_names_the_column_where_it_is_cut_and_no_field(tmp_path):
    assert len(CUT) == 136  # so the closing brace is missing at column 137
    f = tmp_path / "b.jsonl"
    f.write_text(CUT + "\n", encoding="utf-8")
    with pytest.raises(CorpusError) as e:
        na.load_corpus(f)
    assert str(e.value) == (f"{f}, line 1: broken JSON (Expecting ',' delimiter, column 137): the line ends before "
                            "the record is complete; it is cut off after field 'site'")
    assert e.value.field is None
    skipped = na.load_report(na.load_corpus(f, errors="skip"), "skipped")
    assert skipped[["line", "field"]].astype(object).values.tolist() == [[1, None]]
    assert str(skipped["line"].dtype) == "Int64"


def test_broken_json_in_the_middle_of_a_line_names_no_field(tmp_path):
    # a missing comma before "site": the parser stops at the opening quote of "site", column 38
    # ('{"id": "7", ' 12 + '"text": ' 8 + '"Kim met Putin."' 16 + ' ' 1 = 37 characters before it)
    f = tmp_path / "m.jsonl"
    f.write_text('{"id": "7", "text": "Kim met Putin." "site": "AP"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=re.escape("m.jsonl, line 1: broken JSON (Expecting ',' delimiter, "
                                                    "column 38)") + "$"):
        na.load_corpus(f)


# ---------------------------------------------------------------- 4. empty files
def test_empty_files_of_every_format_are_listed_as_not_read(tmp_path):
    for name in ("a.csv", "b.jsonl", "c.txt", "d.json", "e.html", "f.md"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "g.csv").write_text("\n\n", encoding="utf-8")  # blank lines only
    (tmp_path / "head.csv").write_text("id,text\n", encoding="utf-8")  # a header, no rows
    (tmp_path / "ok.jsonl").write_text(json.dumps({"id": "1", "text": "Kim met Putin in Pyongyang on Wednesday."})
                                       + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = na.load_corpus(tmp_path)  # errors="raise": an empty file is no bad record
    assert df["article_id"].tolist() == ["1"]
    rep = df.attrs["load_report"]
    assert (rep["records_read"], rep["records_skipped"]) == (1, 0)
    excluded = {p.rsplit("/", 1)[-1]: r for p, r in na.load_report(df, "excluded_files").values.tolist()}
    assert excluded == {n: "empty file" for n in ("a.csv", "b.jsonl", "c.txt", "d.json", "e.html", "f.md", "g.csv")}
    files = na.load_report(df, "files")
    notes = dict(zip(files["path"].str.rsplit("/", n=1).str[-1], files["notes"]))
    assert notes["a.csv"] == notes["c.txt"] == "not read: empty file"
    assert notes["head.csv"].endswith("no records (only a header row)")
    assert any(str(w.message).startswith("7 files not read (empty): a.csv, b.jsonl, c.txt, d.json, e.html and 2 "
                                          "more") for w in caught)


# ---------------------------------------------------------------- 5. outlet lost in an encoding conversion
def test_outlet_of_question_marks_is_left_empty_with_a_note(tmp_path):
    (tmp_path / "ko.csv").write_text("id,title,text,outlet\n"
                                     "1,A,Kim Jong Un met Putin in Pyongyang on Wednesday.,????\n"
                                     "2,B,Kim Jong Un met Putin in Pyongyang on Thursday.,Yonhap?\n"
                                     "3,C,Kim Jong Un met Putin in Pyongyang on Friday.,? ?\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = na.load_corpus(tmp_path / "ko.csv")
    # the records stay; "Yonhap?" has letters and is kept as written
    assert [None if pd.isna(o) else o for o in df["outlet"]] == [None, "Yonhap?", None]
    assert na.load_report(df, "articles_without_outlet") == 2
    notes = na.load_report(df, "notes").query("field == 'outlet'")
    assert notes["article_id"].tolist() == ["1", "3"]
    assert notes["note"].iloc[0].startswith("outlet '????' looks like characters lost in an encoding conversion")
    assert "UTF-8" in notes["note"].iloc[0]
    files_note = na.load_report(df, "files")["notes"].item()
    assert "outlet '????' (1 record) looks like characters lost" in files_note
    assert any(str(w.message).startswith("outlet left empty in 2 records") for w in caught)


# ---------------------------------------------------------------- the command line says all of it
def test_cli_names_files_and_reasons(tmp_path, capsys):
    d = tmp_path / "export"
    d.mkdir()
    (d / "mixed.csv").write_text("title,text,date,outlet\n"
                                 "A,Putin met Kim in Pyongyang and officials said a treaty was signed.,13/04/2024,NRK\n"
                                 "B,Kim visited Moscow and the Kremlin said the talks covered arms.,03/04/2024,NRK\n"
                                 "C,Lavrov visited Pyongyang and KCNA reported on the talks.,04/13/2024,NRK\n",
                                 encoding="utf-8")
    (d / "b.jsonl").write_text(json.dumps({"headline": "Fine", "content": "Kim and Putin met in Pyongyang on "
                                           "Wednesday, officials said.", "outlet": "AP", "date": "2024-06-19"})
                               + "\n" + CUT + "\n", encoding="utf-8")
    (d / "leer.csv").write_bytes(b"")
    (d / "ko.csv").write_text("title,text,date,outlet\nK,Kim Jong Un met Putin in Pyongyang on Wednesday.,"
                              "2024-06-19,????\n", encoding="utf-8")
    out = tmp_path / "o"
    assert main(["report", str(d), "--out", str(out), "--formats", "png", "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "1 loaded article has no outlet, 1 no date" in err
    line = next(x for x in err.splitlines() if x.strip().startswith("no date:"))
    assert "mixed.csv: 1 ambiguous day/month order (the file has dates in both orders) ('03/04/2024')" in line
    assert "--dayfirst or --monthfirst" in err
    assert f"skipped 1 record of {d / 'b.jsonl'} (line 2): broken JSON (Expecting ',' delimiter, column 137)" in err
    assert f"not read: {d / 'leer.csv'}: empty file" in err
    assert "warning: outlet left empty in 1 record" in err and "'????'" in err
    page = (out / "index.html").read_text(encoding="utf-8")
    skipped = page[page.index("<h3>Skipped records</h3>"):page.index("<h3>Files not read</h3>")]
    assert "<td>2</td>" in skipped and "2.000" not in skipped and "None" not in skipped
    # the user gives the order: 03/04/2024 is 3 April, and 04/13/2024 cannot be day/month/year
    assert main(["report", str(d / "mixed.csv"), "--out", str(tmp_path / "o2"), "--formats", "png", "--quiet",
                 "--dayfirst"]) == 0
    err = capsys.readouterr().err
    assert "mixed.csv: 1 impossible date ('04/13/2024')" in err


def test_question_mark_runs_in_the_text_are_noted(tmp_path):
    # researcher trial D: a cp1252 export turned a Korean trailer into "? ????? ?? : 02-…"; the text stays,
    # the load report says why it looks so ("Really??" after a word is punctuation, not lost characters)
    p = tmp_path / "a.csv"
    p.write_text('Text,Medium\n"Kim met Putin in Pyongyang, officials said. ? ????? ?? : 02-781-1234",KBS\n'
                 '"Really?? Kim met Putin, he said. Was it??",X\n', encoding="cp1252")
    a = na.load_corpus(p)
    notes = na.load_report(a, "notes")
    lost = notes[notes["note"].str.contains("question marks")]
    assert lost["article_id"].tolist() == ["a-2"]
    assert "2 runs" in lost["note"].iloc[0]
    assert a.loc[a["article_id"] == "a-2", "text"].str.contains("?????", regex=False).all()
