"""First-use trial s14, loading: the same text gives the same cleaned text in every container (.txt with a
metadata table, CSV, JSON Lines, HTML); date-only values get no time-zone note; every load-report part the docs
name can be asked for; the files report names the fields a metadata table gave; an HTML page's declared language
is used (and given up, with a note, when the text clearly says otherwise); the command line tells files that need
no metadata row from files that lack fields; a CSV error names the record and its id, not only the physical line.

Every input is written here by hand, modelled on the trial's files; the expected values were worked out by reading
the rules (resources/en/boilerplate.yaml, clean.clean_text), not copied from a run.
"""
import csv
import datetime as dt
import html
import json
import re
from pathlib import Path

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.clean import clean_text
from newsanalysis.corpus import REPORT_TABLES, REPORT_VALUES, CorpusError
from newsanalysis.dates import parse_date

ROOT = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------- 1. one text, four containers

# Modelled on the Korea Herald article of the trial (naver-044_0000278407): a photo caption and its credit glued
# before the first sentence, and the crawler's glued sentences ("…official.In a post …").
KH_TITLE = "Envoys swap New Year gifts in Moscow"
KH_BODY = ("North Korea's ambassador Pak Chol-min (left) receives a painting from an artist in Moscow. The vase in the "
           "photo was also a gift, according to a post by the ministry. (Foreign Ministry Telegram channel)Maria Petrova, "
           "a spokesperson for the ministry, said on Monday that she had exchanged New Year gifts with a senior North "
           "Korean official.In a post on Telegram, Petrova said she received the gift through the ambassador and sent a "
           "portrait in return.Petrova said she had learned of the gift only on Sunday evening.")
# caption and credit go (head rule "photo credit" with prefix "photo caption"), each glued stop gets a line break
KH_CLEAN = ("Maria Petrova, a spokesperson for the ministry, said on Monday that she had exchanged New Year gifts with a "
            "senior North Korean official.\n"
            "In a post on Telegram, Petrova said she received the gift through the ambassador and sent a portrait in "
            "return.\n"
            "Petrova said she had learned of the gift only on Sunday evening.")
KH_REMOVED = [("North Korea's ambassador Pak Chol-min (left) receives a painting from an artist in Moscow. The vase in "
               "the photo was also a gift, according to a post by the ministry.", "photo caption"),
              ("(Foreign Ministry Telegram channel)", "photo credit")]

# Modelled on the tagesschau/FR pages: a byline line, a teaser that the page repeats at the start of a later
# paragraph, paragraphs separated by blank lines.
DE_TITLE = "Kim empfängt Putin in Pjöngjang"
DE_TEASER = "Russlands Präsident Putin ist zu Besuch in Nordkorea. Es ist seine erste Reise dorthin seit 24 Jahren."
DE_BODY = (f"{DE_TEASER}\n\nVon: Anna Beispiel\n\n{DE_TEASER} Kim Jong Un empfing ihn am Flughafen mit militärischen "
           "Ehren.\n\nBeide Seiten wollen einen Vertrag über eine umfassende strategische Partnerschaft unterzeichnen, "
           "berichtete die Nachrichtenagentur Tass.")
# the byline line goes (author "Anna Beispiel"), then the first paragraph, repeated word for word at the start of
# a later one, goes as the teaser
DE_CLEAN = (f"{DE_TEASER} Kim Jong Un empfing ihn am Flughafen mit militärischen Ehren.\n\nBeide Seiten wollen einen "
            "Vertrag über eine umfassende strategische Partnerschaft unterzeichnen, berichtete die Nachrichtenagentur "
            "Tass.")

CASES = {"kh": ("Korea Herald", "31.12.2025", "Englisch", KH_TITLE, KH_BODY),
         "de": ("tagesschau", "19.06.2024", "Deutsch", DE_TITLE, DE_BODY)}


def _write_all(tmp_path, key):
    """The same article as .txt + metadata table, as a ;-CSV export (German columns) and as JSON Lines."""
    outlet, day, sprache, title, body = CASES[key]
    (tmp_path / "txt").mkdir()
    (tmp_path / "txt" / f"{key}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(f"filename;Medium;Datum;Sprache\n{key}.txt;{outlet};{day};{sprache}\n",
                                           encoding="utf-8")
    with open(tmp_path / "export.csv", "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Nr", "Medium", "Datum", "Titel", "Volltext", "Sprache"])
        w.writerow([key, outlet, day, title, body, sprache])
    d, m, y = day.split(".")
    lang = {"Englisch": "en", "Deutsch": "de"}[sprache]
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": key, "outlet": outlet, "date": f"{y}-{m}-{d}", "language": lang,
                                                  "title": title, "text": body}, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    txt = na.load_corpus(tmp_path / "txt", metadata=tmp_path / "metadata.csv")
    return txt, na.load_corpus(tmp_path / "export.csv"), na.load_corpus(tmp_path / "a.jsonl")


@pytest.mark.parametrize("key, expected", [("kh", KH_CLEAN), ("de", DE_CLEAN)])
def test_same_text_same_cleaning_in_txt_csv_and_jsonl(tmp_path, key, expected):
    """Trial s14 finding 4: the .txt copy (outlet from a metadata table) kept the caption and the glued sentences
    that the CSV and JSON Lines copies lost, because plain-text pages got only the furniture rules."""
    loaded = _write_all(tmp_path, key)
    for df in loaded:
        assert len(df) == 1
        assert df["text"].iloc[0] == expected
    for col in ("outlet", "title", "published", "language", "language_source"):
        assert len({df[col].iloc[0] for df in loaded}) == 1, col
    removed = [na.load_report(df, "removed")[["line", "reason"]].values.tolist() for df in loaded]
    assert removed[0] == removed[1] == removed[2]
    if key == "kh":
        assert [tuple(r) for r in removed[0]] == KH_REMOVED
    else:
        assert [r[1] for r in removed[0]] == ["byline", "teaser repeated in the body"]
        assert {df["author"].iloc[0] for df in loaded} == {"Anna Beispiel"}


def test_html_page_gives_the_jsonl_text(tmp_path):
    """trafilatura ends each block with one line break, JSON and CSV texts separate paragraphs by a blank line:
    the HTML copy now has the blank lines too, so the teaser rule (which works on paragraphs) sees the teaser, and
    the page's <h1> echoing the title goes as it does from any source."""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in DE_BODY.split("\n\n"))
    (tmp_path / "p.html").write_text(
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Kim empfängt Putin | tagesschau</title>"
        "<meta property=\"og:site_name\" content=\"tagesschau\">"
        "<meta property=\"article:published_time\" content=\"2024-06-19T11:47:00+02:00\"></head><body>"
        f"<main><article><h1>{DE_TITLE}</h1>{paras}</article></main></body></html>", encoding="utf-8")
    df = na.load_corpus(tmp_path / "p.html")
    assert df["text"].iloc[0] == DE_CLEAN


def test_real_korea_herald_article_is_cleaned_alike_from_txt_csv_and_jsonl(shared, tmp_path):
    """The trial's case on the real article: the shared JSON Lines record written out as a .txt page (with a
    metadata table giving outlet, date and language) and as a CSV row gives the text of the JSON Lines copy."""
    src = shared / "corpus" / "real" / "hephaex__Baram.jsonl"
    rec = next(json.loads(line) for line in src.open(encoding="utf-8") if '"naver-044_0000278407"' in line)
    ref = na.load_corpus(src, flag_duplicates=False).set_index("article_id").loc["naver-044_0000278407"]
    title = html.unescape(rec["title"])
    (tmp_path / "txt").mkdir()
    (tmp_path / "txt" / "kh_gifts.txt").write_text(f"{title}\n\n{rec['text']}", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("filename;Medium;Datum;Sprache\nkh_gifts.txt;Korea Herald;31.12.2025;Englisch\n",
                                           encoding="utf-8")
    with open(tmp_path / "export.csv", "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Nr", "Medium", "Datum", "Titel", "Volltext", "Sprache"])
        w.writerow(["1028", "Korea Herald", "31.12.2025", title, rec["text"], "Englisch"])
    txt = na.load_corpus(tmp_path / "txt", metadata=tmp_path / "metadata.csv")
    exp = na.load_corpus(tmp_path / "export.csv")
    for df in (txt, exp):
        text = df["text"].iloc[0]
        assert text == ref["text"]
        assert "receives a portrait" not in text and "Telegram channel)" not in text
        assert text.startswith("Maria Zakharova, spokesperson for Russia’s Foreign Ministry, said on Monday")
        assert "Kim Jong-un.\nIn a post on Telegram" in text  # the glued sentence split
    assert len(txt["text"].iloc[0].split()) == len(ref["text"].split())


def test_japanese_txt_page_keeps_its_paragraphs(tmp_path):
    """A Japanese paragraph has no spaces (one "word") and ends in "。": the footer rule took every paragraph of a
    Japanese .txt page for a short non-sentence line, while the same text from JSON Lines kept them."""
    body = ("【ソウル聯合ニュース】韓国の大統領は来年１月、中国を国賓として訪問する。\n\n"
            "大統領が就任後、中国を訪問するのは初めて。")
    (tmp_path / "ja.txt").write_text(f"大統領が訪中へ\n\n{body}\n", encoding="utf-8")
    (tmp_path / "ja.jsonl").write_text(json.dumps({"id": "j", "title": "大統領が訪中へ", "text": body},
                                                  ensure_ascii=False) + "\n", encoding="utf-8")
    a, b = na.load_corpus(tmp_path / "ja.txt"), na.load_corpus(tmp_path / "ja.jsonl")
    assert a["text"].iloc[0] == b["text"].iloc[0] == body
    assert a["title"].iloc[0] == "大統領が訪中へ"


def test_teaser_after_an_echoed_title_is_found():
    """The title echoed as the first line left an empty first paragraph that hid the teaser behind it."""
    text = f"{DE_TITLE}\n\n{DE_TEASER}\n\n{DE_TEASER} Kim Jong Un empfing ihn am Flughafen."
    out, removed, _ = clean_text(text, language="de", title=DE_TITLE)
    assert out == f"{DE_TEASER} Kim Jong Un empfing ihn am Flughafen."
    assert [r for _, r in removed] == ["title repeated in the body", "teaser repeated in the body"]


# ----------------------------------------------------------------------------- 2. date-only values: no note

@pytest.mark.parametrize("value", ["19.07.2024", "2024-07-19", "July 19, 2024", "19/07/2024", "20240719",
                                   dt.date(2024, 7, 19), dt.datetime(2024, 7, 19), pd.Timestamp("2024-07-19")])
def test_date_without_time_gets_no_time_zone_note(value):
    assert parse_date(value, "de") == (pd.Timestamp("2024-07-19", tz="UTC"), None)


@pytest.mark.parametrize("value, expected", [
    ("19.07.2024 10:30", "2024-07-19 10:30"), ("2024-07-19 10:30", "2024-07-19 10:30"),
    ("2024-07-19T00:00:00", "2024-07-19"),   # a time written out, even midnight, is a date-time
    ("July 19, 2024, 15:00", "2024-07-19 15:00"), ("19/07/2024 10:30", "2024-07-19 10:30"),
    ("20240719103000", "2024-07-19 10:30"), (dt.datetime(2024, 7, 19, 10, 30), "2024-07-19 10:30"),
])
def test_date_time_without_zone_keeps_the_note(value, expected):
    ts, note = parse_date(value, "de")
    assert ts == pd.Timestamp(expected, tz="UTC")
    assert note == f"date {str(value)!r} has no time zone; read as UTC"


def test_csv_of_date_only_values_has_no_date_notes(tmp_path):
    rows = "".join(f'{i};KCNA;{d}.07.2024;"{KH_CLEAN}"\n' for i, d in ((1, 19), (2, 20), (3, 21)))
    (tmp_path / "e.csv").write_text("Nr;Medium;Datum;Volltext\n" + rows + '4;KCNA;22.07.2024 10:00;"x y z"\n',
                                    encoding="utf-8")
    notes = na.load_report(na.load_corpus(tmp_path / "e.csv"), "notes")
    assert notes[notes["field"] == "date"]["note"].tolist() == ["date '22.07.2024 10:00' has no time zone; read as UTC"]


# ----------------------------------------------------------------------------- 3, 4, 6. metadata table, report, CLI

def _txt_folder(tmp_path):
    """Two .txt pages (one with a row in the table, one without) and a CSV export that carries its own fields."""
    d = tmp_path / "mycorpus"
    (d / "txt").mkdir(parents=True)
    (d / "txt" / "kh.txt").write_text(f"{KH_TITLE}\n\n{KH_BODY}\n", encoding="utf-8")
    (d / "txt" / "stray.txt").write_text(f"{DE_TITLE}\n\n{DE_BODY}\n", encoding="utf-8")
    (d / "txt" / "metadata.csv").write_text("filename;Medium;Datum;Sprache\nkh.txt;Korea Herald;31.12.2025;Englisch\n"
                                            "gone.txt;KCNA;01.01.2025;Englisch\n", encoding="utf-8")
    (d / "export.csv").write_text(f'Nr;Medium;Datum;Titel;Volltext\n1;KCNA;19.07.2024;T;"{KH_CLEAN}"\n',
                                  encoding="utf-8")
    return d


def test_load_report_accepts_every_part(tmp_path):
    """Trial s14: load_report(arts, "metadata") raised "unknown part" while the docs named load_report["metadata"]."""
    d = _txt_folder(tmp_path)
    arts = na.load_corpus(d, metadata=d / "txt" / "metadata.csv")
    meta = na.load_report(arts, "metadata")
    assert meta.fillna("").values.tolist() == [["kh.txt", "matched", ""], ["gone.txt", "no file", ""],
                                               ["export.csv", "no row", ""], ["stray.txt", "no row", "outlet, date"]]
    assert meta.attrs["key"] == "filename" and meta.attrs["fields"] == {"outlet": "Medium", "date": "Datum",
                                                                         "language": "Sprache"}
    assert na.load_report(arts, "articles_without_outlet") == 1 and na.load_report(arts, "articles_without_date") == 1
    assert na.load_report(arts, "records_read") == 3
    summary = dict(na.load_report(arts, "summary").values.tolist())
    assert summary["records_loaded"] == 3 and summary["version"] == na.__version__
    assert dict(na.load_report(arts, "duplicates").values.tolist())["articles"] == 3
    for part in REPORT_TABLES:
        assert list(na.load_report(arts, part).columns) == REPORT_TABLES[part]
    with pytest.raises(KeyError, match="unknown part 'metadta'; choose from .*'metadata'"):
        na.load_report(arts, "metadta")
    # without metadata=: an empty table, not an error
    assert na.load_report(na.load_corpus(d / "export.csv"), "metadata").empty


def test_every_part_the_docs_name_is_accepted(tmp_path):
    """docs/corpus.md and corpus/README.md name parts as load_report(arts, "x") and load_report["x"]."""
    d = _txt_folder(tmp_path)
    arts = na.load_corpus(d, metadata=d / "txt" / "metadata.csv")
    named = set()
    for doc in (ROOT / "docs" / "corpus.md", ROOT / "corpus" / "README.md"):
        text = doc.read_text(encoding="utf-8")
        named |= set(re.findall(r'load_report\(\w+, "(\w+)"\)', text))
        named |= set(re.findall(r'load_report\["(\w+)"\]', text))
        named |= set(re.findall(r'^\| `(\w+)` \|', text, re.M)) & (set(REPORT_TABLES) | set(REPORT_VALUES))
    assert {"metadata", "files", "removed", "articles_without_outlet"} <= named
    for part in named:
        na.load_report(arts, part)  # no KeyError


def test_files_report_names_the_outlet_the_table_gave(tmp_path):
    """Trial s14: the .txt files showed date=(metadata); language=(metadata) but not the outlet, which the table
    had put in place of the outlet guessed from the page."""
    d = _txt_folder(tmp_path)
    files = na.load_report(na.load_corpus(d, metadata=d / "txt" / "metadata.csv"), "files")
    fields = dict(zip(files["path"].map(lambda p: Path(p).name), files["fields"]))
    assert fields["kh.txt"] == "outlet=(metadata); date=(metadata); language=(metadata)"
    assert pd.isna(fields["stray.txt"])
    assert fields["export.csv"] == "text=Volltext; title=Titel; outlet=Medium; date=Datum; id=Nr"


def test_cli_tells_files_that_need_no_row_from_files_that_lack_fields(tmp_path, capsys):
    """Trial s14: "no row in the --metadata table for export_datenbank.csv, fr_ukraine_news.html, …" read like an
    error, though a CSV export carries its own outlet and date."""
    from newsanalysis.cli import main

    d = _txt_folder(tmp_path)
    assert main(["report", str(d), "--metadata", str(d / "txt" / "metadata.csv"), "--out", str(tmp_path / "o"),
                 "--quiet", "--formats", "png"]) == 0
    err = capsys.readouterr().err
    assert "  no row in the --metadata table for stray.txt, and articles from it lack: outlet, date\n" in err
    assert "  (no --metadata row needed for export.csv: it gives its own outlet, date)\n" in err
    assert "  --metadata rows that match no file: gone.txt\n" in err
    assert "no row in the --metadata table for export.csv" not in err


# ----------------------------------------------------------------------------- 5. <html lang>

DE_LONG = ("Ein aufseiten Russlands kämpfender Soldat aus Nordkorea ist nach südkoreanischen Angaben in ukrainischer "
           "Kriegsgefangenschaft gestorben. Der südkoreanische Geheimdienst teilte mit, der Soldat sei am Donnerstag "
           "lebend gefangen genommen worden. Die Verletzungen des Soldaten hätten sich aber verschlimmert.")


def _page(tmp_path, name, lang_attr, text=DE_LONG):
    paras = "".join(f"<p>{s}.</p>" for s in text.rstrip(".").split(". "))
    (tmp_path / name).write_text(f"<!DOCTYPE html><html{lang_attr}><head><title>Soldat gestorben</title></head><body>"
                                 f"<article><h1>Soldat gestorben</h1>{paras}</article></body></html>", encoding="utf-8")
    return tmp_path / name


@pytest.mark.parametrize("attr, language, source", [
    (' lang="de"', "de", "declared"),       # declared and consistent with the text: used
    (' lang="de-DE"', "de", "declared"),
    ("", "de", "identified"),                # nothing declared
])
def test_html_lang_is_used(tmp_path, attr, language, source):
    df = na.load_corpus(_page(tmp_path, "p.html", attr))
    assert (df["language"].iloc[0], df["language_source"].iloc[0]) == (language, source)
    assert not (na.load_report(df, "notes")["field"] == "language").any()


def test_html_lang_that_the_text_clearly_contradicts_is_reported(tmp_path):
    """A site template declaring lang="en" on a German page: py3langid is sure (p ≥ 0.99 on ≥ 200 characters),
    so the identified language is used and the load report says why."""
    df = na.load_corpus(_page(tmp_path, "p.html", ' lang="en"'))
    assert (df["language"].iloc[0], df["language_source"].iloc[0]) == ("de", "identified")
    notes = na.load_report(df, "notes")
    note = notes[notes["field"] == "language"]["note"].tolist()
    assert len(note) == 1 and re.fullmatch(r"the page declares 'en' \(<html lang>\) but py3langid finds 'de' "
                                           r"\(p=\d\.\d{3}\): 'de' used", note[0])


def test_short_html_page_keeps_its_declared_language(tmp_path):
    """Under 200 characters identification is not trusted against a declaration."""
    df = na.load_corpus(_page(tmp_path, "p.html", ' lang="en"', text="Kim empfing Putin am Flughafen in Pjöngjang. "
                                                                       "Beide sprachen lange miteinander."))
    assert (df["language"].iloc[0], df["language_source"].iloc[0]) == ("en", "declared")


# ----------------------------------------------------------------------------- 7. CSV error names the record

def test_csv_error_names_record_and_id_after_multiline_fields(tmp_path):
    """Trial s14: "export_datenbank.csv, line 963: field 'Volltext': empty" gave the physical line of a CSV whose
    texts span several lines; the record number and its id column value are named too."""
    f = tmp_path / "export.csv"
    f.write_text(f'Nr;Medium;Volltext\n1001;KCNA;"{KH_CLEAN}"\n1002;KCNA;"{DE_CLEAN}"\n2002;KCNA;\n',
                 encoding="utf-8")
    # KH_CLEAN spans lines 2-4, DE_CLEAN lines 5-7: the empty record 3 starts on line 8
    with pytest.raises(CorpusError, match=r"^.*export\.csv, line 8 \(record 3, id '2002'\): field 'Volltext': empty$"):
        na.load_corpus(f)
    # a record without an id column: the record number alone
    g = tmp_path / "noid.csv"
    g.write_text(f'Medium;Volltext\nKCNA;"{KH_CLEAN}"\n;\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"noid\.csv, line 5 \(record 2\): empty row"):
        na.load_corpus(g)
    # one line per record: the line says it all, the message is as before
    h = tmp_path / "plain.csv"
    h.write_text(f'Nr;Volltext\n1;"{KH_BODY}"\n2;\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"plain\.csv, line 3: field 'Volltext': empty$"):
        na.load_corpus(h)
    skipped = na.load_report(na.load_corpus(f, errors="skip"), "skipped")
    assert skipped[["line", "record", "field", "reason"]].values.tolist() == [[8, "2002", "Volltext", "empty"]]
