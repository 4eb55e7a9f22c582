"""Loading a researcher's own exports (trial 7): column names, text-column hints, dates, encodings,
accounting, Excel, repeated ids, metadata tables. Every input is a tiny file written here; every
expected value was worked out by reading the input."""
import json

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.cli import main, parse_columns
from newsanalysis.corpus import CorpusError, field_key
from newsanalysis.dates import parse_date, time_zones
from newsanalysis.readers import sniff_encoding

EN = ("Russia and North Korea signed a treaty in Pyongyang on Wednesday. The two leaders met for "
      "several hours and promised to help each other if either were attacked.")
EN2 = ("Analysts in Seoul said the pact marks the closest ties between Moscow and Pyongyang in decades. "
       "Officials in Washington called the agreement deeply troubling.")
DE = ("Der norwegische Ministerpräsident Jonas Gahr Støre sagte am Montag in Oslo, die Zusammenarbeit "
      "zwischen Russland und Nordkorea sei besorgniserregend. Die Gespräche würden fortgesetzt.")
LONG = "x" * 250  # article-length free text


def _counts(df):
    rep = df.attrs["load_report"]
    assert rep["records_read"] == rep["records_loaded"] + rep["records_skipped"]
    return rep["records_read"], rep["records_loaded"], rep["records_skipped"]


# ----------------------------------------------------------------------------- 1. column names

def test_export_headers_match_ignoring_case_and_spacing(tmp_path):
    f = tmp_path / "nexis.csv"
    f.write_text("Doc ID,Headline,Body,Outlet Name,Pub Date,Lang,Section\n"
                 f'N-1,Treaty signed,"{EN}",The Daily,"Nov 30, 2024 10:15 AM EST",EN,World\n', encoding="utf-8")
    df = na.load_corpus(f)
    a = df.iloc[0]
    assert (a.article_id, a.title, a.outlet, a.language) == ("N-1", "Treaty signed", "The Daily", "en")
    assert a.published == pd.Timestamp("2024-11-30 15:15", tz="UTC")  # 10:15 EST is UTC-5
    files = na.load_report(df, "files").iloc[0]
    assert files["fields"] == "text=Body; title=Headline; outlet=Outlet Name; date=Pub Date; id=Doc ID; language=Lang"
    assert files["unused_fields"] == "Section"
    assert "Section" not in df.columns
    kept = na.load_corpus(f, extra_columns=True)
    assert kept["Section"].tolist() == ["World"]


def test_jsonl_field_names_of_other_tools(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text(json.dumps({"docid": "d7", "headline": "H", "content": EN, "medium": "Spiegel",
                             "pubDate": "2024-06-19", "LANG": "en"}) + "\n", encoding="utf-8")
    a = na.load_corpus(f).iloc[0]
    assert (a.article_id, a.outlet, a.title, a.language) == ("d7", "Spiegel", "H", "en")
    assert a.published == pd.Timestamp("2024-06-19", tz="UTC")


def test_field_key():
    assert field_key("Pub Date") == field_key("pub_date") == field_key("pubDate") == "pubdate"
    assert field_key("\ufeffDoc-ID") == "docid"


def test_unknown_id_column_is_named_not_silently_replaced(tmp_path):
    f = tmp_path / "k.csv"
    f.write_text(f'Kennung,text\nK-9,"{EN}"\n', encoding="utf-8")
    df = na.load_corpus(f)
    assert df["article_id"].tolist() == ["k-2"]  # file stem and line: no id field was recognised ...
    files = na.load_report(df, "files").iloc[0]
    assert files["unused_fields"] == "Kennung"  # ... and the report says which column went unused
    assert "no id field: 1 id(s) made from the file name and line ('k-<line>')" in files["notes"]
    assert na.load_corpus(f, columns={"Kennung": "id"})["article_id"].tolist() == ["K-9"]


def test_columns_either_direction_and_any_case(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text(f'Nr;Inhalt2;Zeitung\n5;"{EN}";taz\n', encoding="utf-8")
    a = na.load_corpus(f, columns={"text": "inhalt2", "Nr": "id"}).iloc[0]
    assert (a.article_id, a.outlet, a.text) == ("5", "taz", EN)
    with pytest.raises(ValueError, match="names no article field"):
        na.load_corpus(f, columns={"Inhalt2": "Volltext"})


# ----------------------------------------------------------------------------- 2. text column hints

def test_csv_with_long_text_but_no_text_column_is_not_taken_for_metadata(tmp_path):
    (tmp_path / "export.csv").write_text(f"Titel,Langtext\nA,{'y' * 300}\nB,{LONG}\n", encoding="utf-8")
    (tmp_path / "outlets.csv").write_text("outlet,country\ntaz,DE\n", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": EN}) + "\n", encoding="utf-8")
    # median of 300 and 250 characters is 275
    hint = r"column 'Langtext' looks like article text \(median 275 characters\); pass columns=\{'text': 'Langtext'\}"
    with pytest.raises(CorpusError, match=r"export\.csv, line 2: field 'text': missing: .*" + hint):
        na.load_corpus(tmp_path)
    df = na.load_corpus(tmp_path, errors="skip")
    assert _counts(df) == (3, 1, 2)  # the two export rows count as read and skipped, not as a metadata file
    assert na.load_report(df, "excluded_files")["path"].str.endswith("outlets.csv").tolist() == [True]
    assert na.load_corpus(tmp_path, columns={"text": "Langtext"}, errors="skip")["article_id"].tolist() == [
        "a", "export-2", "export-3"]


def test_cli_names_the_text_column_and_takes_columns(tmp_path, capsys):
    (tmp_path / "export.csv").write_text(f"Titel,Langtext\nA,{LONG}\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="no article loaded"):
        assert main(["report", str(tmp_path), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "loaded 0 of 1 records (1 skipped, 0 files not read)" in err
    assert "column 'Langtext' looks like article text" in err and "--columns text='Langtext'" in err


def test_parse_columns():
    assert parse_columns(['text=Body,outlet="Outlet Name"', "date=Pub Date"]) == {
        "text": "Body", "outlet": "Outlet Name", "date": "Pub Date"}
    assert parse_columns(['"title=A, B"']) == {"title": "A, B"}
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        parse_columns(["Body"])


# ----------------------------------------------------------------------------- 3. dates

@pytest.mark.parametrize("value,expected", [
    ("Nov 30, 2024 10:15 AM EST", "2024-11-30 15:15"),   # EST = UTC-5
    ("Nov 30, 2024 10:15 PM PDT", "2024-12-01 05:15"),   # 22:15 PDT = UTC-7
    ("19.06.2024 11:47 MESZ", "2024-06-19 09:47"),        # MESZ = UTC+2
    ("June 5, 2024, 10:30 KST", "2024-06-05 01:30"),      # KST = UTC+9
    ("11/30/2024", "2024-11-30"),                          # 30 is no month: month first
    ("30/11/2024", "2024-11-30"),                          # day first
    ("05/05/2024", "2024-05-05"),                          # both orders give the same day
    ("1719792000", "2024-07-01"),                          # epoch seconds as a CSV string
    ("1719792000000", "2024-07-01"),                       # epoch milliseconds
    ("20240619", "2024-06-19"),                            # GDELT day
    ("20240619143000", "2024-06-19 14:30"),                # GDELT time stamp
    (20240619, "2024-06-19"),                              # the same read as an integer, not 1970-08-23
])
def test_more_date_forms(value, expected):
    ts, _ = parse_date(value, "en")
    assert ts == pd.Timestamp(expected, tz="UTC")


def test_zone_abbreviation_is_a_zone_and_ambiguous_order_is_not_guessed():
    assert parse_date("Nov 30, 2024 10:15 AM EST")[1] is None  # no "has no time zone" note
    ts, note = parse_date("03/04/2024")
    assert ts is pd.NaT and "ambiguous day/month order (3 April or 4 March)" in note
    assert time_zones()["KST"] == pd.Timedelta(hours=9) and time_zones()["EDT"] == pd.Timedelta(hours=-4)


def test_html_meta_time_keeps_its_offset(tmp_path):
    f = tmp_path / "p.html"
    paras = "".join(f"<p>{s}</p>" for s in EN.split(". ") + EN2.split(". "))
    f.write_text("<html><head><title>T</title><meta property='article:published_time' "
                 "content='2024-07-28T08:00:00+09:00'></head><body><article><h1>T</h1>"
                 f"{paras}</article></body></html>", encoding="utf-8")
    df = na.load_corpus(f)
    assert df["published"].iloc[0] == pd.Timestamp("2024-07-27 23:00", tz="UTC")  # 08:00 in Seoul
    notes = na.load_report(df, "notes")
    assert not notes["note"].str.contains("no time zone").any()


def test_publication_date_line_of_a_page(tmp_path):
    (tmp_path / "k.txt").write_text(f"Message to Kim Jong-il\n\n{EN}\n\nPublication status\n\n"
                                    "Publication date: February 9, 2000, 00:00\n", encoding="utf-8")
    df = na.load_corpus(tmp_path / "k.txt")
    assert df["published"].iloc[0] == pd.Timestamp("2000-02-09", tz="UTC")
    assert "Publication date" not in df["text"].iloc[0]
    notes = na.load_report(df, "notes")
    assert "date taken from the removed line 'Publication date: February 9, 2000, 00:00'" in notes["note"].tolist()


# ----------------------------------------------------------------------------- 4. encodings

def test_cp1252_preferred_to_cp1250_for_stoere(tmp_path):
    raw = ("id;text\n1;" + DE + "\n").encode("cp1252")
    assert sniff_encoding(raw) == "cp1252"  # charset-normalizer alone ranks cp1250 first here (a tie)
    f = tmp_path / "de.csv"
    f.write_bytes(raw)
    df = na.load_corpus(f)
    assert "Jonas Gahr Støre" in df["text"].iloc[0]
    files = na.load_report(df, "files").iloc[0]
    assert files["encoding"] == "cp1252" and "encoding detected as cp1252, not UTF-8" in files["notes"]
    forced = na.load_corpus(f, encoding="cp1250")  # the override is obeyed, even when wrong
    assert "Jonas Gahr Střre" in forced["text"].iloc[0]
    assert "encoding cp1250 as given" in na.load_report(forced, "files")["notes"].iloc[0]
    with pytest.raises(ValueError, match="unknown encoding 'klingon'"):
        na.load_corpus(f, encoding="klingon")


def test_cp1250_stays_when_cp1252_cannot_read_it():
    # "ť" is 0x9D in cp1250, a byte cp1252 does not define: the preference is not blind
    raw = "Příliš žluťoučký kůň úpěl ďábelské ódy v Praze a v Brně.\n".encode("cp1250")
    assert sniff_encoding(raw) != "cp1252"


# ----------------------------------------------------------------------------- 5. accounting, Excel, ids

def test_empty_csv_rows_are_read_and_skipped(tmp_path):
    f = tmp_path / "b.csv"
    f.write_text(f'id,text,outlet\na1,"{EN}",KCNA\n,,\n"",""," "\n\n   ,  ,\na2,"{EN2}",Spiegel\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"b\.csv, line 3: empty row"):
        na.load_corpus(f)
    df = na.load_corpus(f, errors="skip")
    assert _counts(df) == (5, 2, 3)  # the bare blank line (line 5) has no fields: no record, as in JSON Lines
    assert na.load_report(df, "skipped")["line"].tolist() == [3, 4, 6]


def _xlsx(path, rows, second_sheet=True):
    import openpyxl

    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    if second_sheet:
        wb.create_sheet("Notes").append(["not", "read"])
    wb.save(path)


def test_excel_first_sheet_like_a_csv(tmp_path):
    import datetime as dt

    f = tmp_path / "press.xlsx"
    _xlsx(f, [["ID", "Titel", "Volltext", "Medium", "Datum"],
              [7, "Gipfel", DE, "taz", dt.datetime(2024, 6, 19, 10, 0)],
              [None, None, None, None, None],
              ["x8", "Zwei", EN, "Spiegel", "19.06.2024"]])
    df = na.load_corpus(f, errors="skip")
    assert _counts(df) == (3, 2, 1)
    assert df["article_id"].tolist() == ["7", "x8"]
    assert df["outlet"].tolist() == ["taz", "Spiegel"]
    assert df["published"].tolist() == [pd.Timestamp("2024-06-19 10:00", tz="UTC"), pd.Timestamp("2024-06-19", tz="UTC")]
    assert na.load_report(df, "skipped")[["line", "reason"]].values.tolist() == [[3, "empty row (every field empty or blank)"]]
    files = na.load_report(df, "files").iloc[0]
    assert files["format"] == "excel" and files["fields"] == "text=Volltext; title=Titel; outlet=Medium; date=Datum; id=ID"
    assert files["notes"] == "sheet 'Sheet' (not read: 'Notes'; pass sheet=…)"
    assert na.load_report(df, "excluded_files").empty  # never opened as a zip of XML parts
    # found when walking a folder too
    assert na.load_corpus(tmp_path, errors="skip")["article_id"].tolist() == ["7", "x8"]
    # another sheet by name: "Notes" has the header not/read and no rows
    with pytest.warns(UserWarning, match="no article loaded"):
        other = na.load_corpus(f, sheet="Notes", errors="skip")
    assert _counts(other) == (0, 0, 0)
    with pytest.raises(CorpusError, match=r"press\.xlsx: no sheet 'Nope' in the workbook \(it has \['Sheet', 'Notes'\]\)"):
        na.load_corpus(f, sheet="Nope")


def test_repeated_id_in_one_file_is_kept(tmp_path):
    f = tmp_path / "r.jsonl"
    f.write_text(json.dumps({"id": "s", "text": EN}) + "\n" + json.dumps({"id": "s", "text": EN2}) + "\n")
    df = na.load_corpus(f)
    assert df["article_id"].tolist() == ["s", "s~2"] and df["text"].tolist() == [EN, EN2]


# ----------------------------------------------------------------------------- 6. minor

def test_empty_load_has_string_columns(tmp_path):
    (tmp_path / "outlets.csv").write_text("outlet,country\ntaz,DE\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="no article loaded"):
        df = na.load_corpus(tmp_path)
    assert len(df) == 0
    for col in ("article_id", "outlet", "title", "text", "language"):
        assert df[col].str.len().tolist() == []  # .str works: string dtype, not float
    assert str(df["published"].dtype) == "datetime64[ns, UTC]"


def test_metadata_table_joined_by_file_name(tmp_path):
    (tmp_path / "doc1.txt").write_text(f"Title one\n\n{EN}\n", encoding="utf-8")
    (tmp_path / "doc2.txt").write_text(f"---\noutlet: Declared\n---\n{EN2}\n", encoding="utf-8")
    meta = tmp_path / "metadata.csv"
    meta.write_text("filename,source,date,lang\ndoc1.txt,Kremlin,09.02.2000,en\ndoc2.txt,Other,01.01.2001,en\n"
                    "gone.txt,X,01.01.2000,en\n", encoding="utf-8")
    df = na.load_corpus(tmp_path, metadata=meta).set_index("article_id")
    assert df.loc["doc1", "outlet"] == "Kremlin" and df.loc["doc1", "published"] == pd.Timestamp("2000-02-09", tz="UTC")
    assert df.loc["doc2", "outlet"] == "Declared"  # the page's own front matter wins ...
    assert df.loc["doc2", "published"] == pd.Timestamp("2001-01-01", tz="UTC")  # ... the table fills the rest
    rep = df.attrs["load_report"]
    assert rep["metadata"]["unmatched"] == ["gone.txt"]
    assert rep["metadata"]["files_without_row"] == []
    # a file the table has no row for is listed (session 12)
    (tmp_path / "doc3.txt").write_text(f"Title three\n\n{EN}\n", encoding="utf-8")
    rep3 = na.load_corpus(tmp_path, metadata=meta).attrs["load_report"]
    assert rep3["metadata"]["files_without_row"] == ["doc3.txt"]
    assert rep["excluded_files"] == [{"path": str(meta), "reason": "metadata table (metadata=)"}]
    with pytest.raises(ValueError, match="no file-name column"):
        na.load_corpus(tmp_path, metadata=pd.DataFrame({"source": ["x"]}))


def test_counts_of_articles_without_outlet_or_date(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "1", "text": EN, "outlet": "A", "date": "2024-06-19"},
        {"id": "2", "text": EN2},
        {"id": "3", "text": EN + " More.", "outlet": "B", "date": "gestern"},
    ]))
    rep = na.load_corpus(f).attrs["load_report"]
    assert (rep["articles_without_outlet"], rep["articles_without_date"]) == (1, 2)


def test_cli_columns_option_loads_the_named_column(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "export.csv").write_text(f'Story,Outlet Name,Pub Date\n"{EN} {EN2}",The Daily,11/30/2024\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["report", str(d), "--out", str(out), "--quiet", "--columns", "text=Story,outlet=Outlet Name"]) == 0
    rep = json.loads((out / "load_report.json").read_text(encoding="utf-8"))
    assert (rep["records_read"], rep["records_loaded"], rep["articles_without_date"]) == (1, 1, 0)
    assert rep["files"][0]["fields"] == "text=Story; outlet=Outlet Name; date=Pub Date"
    assert "0 loaded articles have no outlet, 0 no date" in capsys.readouterr().err
