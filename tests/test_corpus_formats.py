"""Every input format of load_corpus, on small hand-made files whose expected fields were written by hand."""
import gzip
import json
import zipfile

import pandas as pd
import pytest

import newsanalysis as na

EN = "Russia and North Korea signed a new treaty in Pyongyang on Wednesday. The two leaders met for hours."
DE = "Russland und Nordkorea haben in Pjöngjang einen neuen Vertrag unterzeichnet. Beide Staatschefs trafen sich."
KO = "북한과 러시아는 수요일 평양에서 새 조약을 체결했다. 두 정상은 몇 시간 동안 만났다."


def test_jsonl(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "e1", "outlet": "Wire", "date": "2024-06-19T10:00:00+02:00", "language": "en",
                             "title": "Treaty", "author": "Jane Roe", "text": EN}) + "\n", encoding="utf-8")
    df = na.load_corpus(f)
    a = df.iloc[0]
    assert (a.article_id, a.outlet, a.title, a.author, a.language) == ("e1", "Wire", "Treaty", "Jane Roe", "en")
    assert a.published == pd.Timestamp("2024-06-19T08:00:00", tz="UTC")
    assert a.text == EN
    assert na.load_report(df, "files")[["format", "encoding", "records", "loaded"]].iloc[0].tolist() == ["jsonl", "utf-8", 1, 1]


def test_json_array_and_news_please_object(tmp_path):
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps([{"id": "1", "text": EN, "language": "en"},
                               {"id": "2", "text": DE, "language": "de"}], indent=2), encoding="utf-8")
    # news-please writes one object per file with these field names
    npl = tmp_path / "np.json"
    npl.write_text(json.dumps({
        "authors": ["Anna Beispiel", "Max Muster"], "date_publish": "2024-06-19 11:47:00", "language": "de",
        "maintext": DE, "source_domain": "www.tagesschau.de", "title": "Vertrag unterzeichnet",
        "url": "https://www.tagesschau.de/x.html", "description": "Teaser", "filename": "x.json",
    }), encoding="utf-8")
    df = na.load_corpus([arr, npl])
    assert df["article_id"].tolist() == ["1", "2", "np-1"]
    assert df["language"].tolist() == ["en", "de", "de"]
    n = df.iloc[2]
    assert n.author == "Anna Beispiel; Max Muster"
    assert n.outlet == "www.tagesschau.de" and n.title == "Vertrag unterzeichnet"
    assert n.published == pd.Timestamp("2024-06-19 11:47", tz="UTC")
    # the array's second item starts on line 7 of the indented file: a broken item is reported there
    bad = tmp_path / "bad.json"
    bad.write_text('[\n {"id": "1", "text": "ok text here"},\n {"id": 2, "text": }\n]', encoding="utf-8")
    with pytest.raises(na.CorpusError, match=r"bad\.json, line 3"):
        na.load_corpus(bad)


def test_csv_semicolon_quoted_multiline_and_columns_mapping(tmp_path):
    # a German spreadsheet export: ';' delimiter, cp1252, a quoted field with a line break and a ';' inside
    f = tmp_path / "export.csv"
    body = 'Nr;Zeitung;Datum;Überschrift;Inhalt\n' \
           '7;Die Zeit;5. Juni 2024;Gipfel;"Erster Absatz; mit Semikolon.\nZweiter Absatz über Nordkorea und Russland."\n' \
           '8;FAZ;05.06.2024;Treffen;"Noch ein Text über Putin und Kim, der lang genug ist."\n'
    f.write_bytes(body.encode("cp1252"))
    df = na.load_corpus(f, columns={"Nr": "id", "Zeitung": "outlet", "Datum": "date", "Überschrift": "title",
                                    "Inhalt": "text"})
    assert df["article_id"].tolist() == ["7", "8"]
    assert df["text"].iloc[0] == "Erster Absatz; mit Semikolon.\nZweiter Absatz über Nordkorea und Russland."
    assert df["title"].tolist() == ["Gipfel", "Treffen"]
    assert df["published"].tolist() == [pd.Timestamp("2024-06-05", tz="UTC")] * 2
    files = na.load_report(df, "files")
    assert files["encoding"].iloc[0] == "cp1252"
    assert "';'" in files["notes"].iloc[0]
    # the quoted record spans lines 2-3, so the next record is line 4
    bad = tmp_path / "bad.csv"
    bad.write_text('id,text\n1,"a\nb"\n2\n', encoding="utf-8")
    df = na.load_corpus(bad, errors="skip")
    assert na.load_report(df, "skipped")[["line", "reason"]].iloc[0].tolist() == [4, "1 fields where the header has 2"]


def test_tsv_and_media_cloud_csv(tmp_path):
    tsv = tmp_path / "a.tsv"
    tsv.write_text("id\ttext\tlanguage\nt1\t" + EN + "\ten\n", encoding="utf-8")
    # Media Cloud story export column names
    mc = tmp_path / "mc.csv"
    mc.write_text("stories_id,publish_date,title,url,language,media_name,text\n"
                  "123,2024-06-19 08:30:00,Treaty signed,https://ex.org/1,en,Example News,\"" + EN + "\"\n", encoding="utf-8")
    df = na.load_corpus([tsv, mc])
    assert df["article_id"].tolist() == ["t1", "123"]
    m = df.iloc[1]
    assert (m.outlet, m.url, m.title) == ("Example News", "https://ex.org/1", "Treaty signed")
    assert m.published == pd.Timestamp("2024-06-19 08:30", tz="UTC")


def test_parquet(tmp_path):
    f = tmp_path / "a.parquet"
    pd.DataFrame({"id": ["p1", "p2"], "text": [EN, KO], "language": ["en", "ko"],
                  "date": ["2024-06-19", "2024년 6월 19일"]}).to_parquet(f)
    df = na.load_corpus(f)
    assert df["article_id"].tolist() == ["p1", "p2"]
    assert df["text"].tolist() == [EN, KO]
    assert df["published"].tolist() == [pd.Timestamp("2024-06-19", tz="UTC")] * 2


def test_md_front_matter_and_folder_rules(tmp_path):
    (tmp_path / "art.md").write_text(
        "---\noutlet: Spiegel\ndate: 2024-06-19\nurl: https://spiegel.de/a\ntitle: Putin in Pjöngjang\n"
        "author: Max Muster\nlanguage: de\n---\n" + DE + "\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# Notes\nNot an article.\n", encoding="utf-8")
    (tmp_path / "outlets.csv").write_text("outlet,country\nSpiegel,DE\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A title line\n\n" + EN + "\n", encoding="utf-8")
    df = na.load_corpus(tmp_path)
    assert df["article_id"].tolist() == ["art", "b"]
    a = df.iloc[0]
    assert (a.outlet, a.title, a.author, a.url) == ("Spiegel", "Putin in Pjöngjang", "Max Muster", "https://spiegel.de/a")
    assert a.published == pd.Timestamp("2024-06-19", tz="UTC")
    assert a.text == DE
    assert df.iloc[1].title == "A title line" and df.iloc[1].text == EN
    excluded = na.load_report(df, "excluded_files")
    reasons = dict(zip(excluded["path"].str.split("/").str[-1], excluded["reason"]))
    assert reasons == {"notes.md": "Markdown without YAML front matter (documentation)",
                       "outlets.csv": "CSV without a text column (metadata)"}


def test_html_page_with_trafilatura(tmp_path):
    f = tmp_path / "page.html"
    paras = "".join(f"<p>{s}</p>" for s in [
        "Russia and North Korea signed a mutual defence treaty in Pyongyang on Wednesday.",
        "The agreement obliges each side to help the other if it is attacked, the two leaders said.",
        "Analysts in Seoul said the pact marks the closest ties between the two countries in decades.",
    ])
    f.write_text(
        "<!DOCTYPE html><html lang='en'><head><title>Treaty signed | Example News</title>"
        "<meta name='author' content='Jane Roe'><meta property='article:published_time' content='2024-06-19T10:00:00+02:00'>"
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Treaty signed</h1>{paras}</article><footer>© 2024 Example News</footer></body></html>",
        encoding="utf-8")
    df = na.load_corpus(f)
    a = df.iloc[0]
    assert a.text.startswith("Russia and North Korea signed a mutual defence treaty")
    assert "decades." in a.text and "Home" not in a.text and "©" not in a.text
    assert a.author == "Jane Roe"
    assert a.published.date() == pd.Timestamp("2024-06-19").date()


def test_zip_is_read_in_place(tmp_path):
    f = tmp_path / "c.zip"
    with zipfile.ZipFile(f, "w") as z:
        z.writestr("x/a.jsonl", json.dumps({"id": "z1", "text": EN, "language": "en"}) + "\n")
        z.writestr("../../evil.txt", "Title\n\n" + EN.replace("Wednesday", "Thursday") + "\n")
        z.writestr("README.md", "# about this archive\n")
        z.writestr("img.png", b"\x89PNG\r\n")
    df = na.load_corpus(f)
    assert sorted(df["article_id"]) == ["evil", "z1"]
    assert set(df["source_path"]) == {f"{f}!x/a.jsonl", f"{f}!../../evil.txt"}
    assert not (tmp_path.parent.parent / "evil.txt").exists()  # nothing was extracted
    ex = na.load_report(df, "excluded_files")
    assert sorted(ex["path"].str.split("!").str[-1]) == ["README.md", "img.png"]


def test_gzip_jsonl(tmp_path):
    f = tmp_path / "a.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": KO, "language": "ko"}) + "\n")
    assert na.load_corpus(f)["text"].tolist() == [KO]


@pytest.mark.parametrize("encoding,bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_encodings_with_bom(tmp_path, encoding, bom):
    f = tmp_path / "a.jsonl"
    f.write_bytes(bom + (json.dumps({"id": "u", "text": DE, "language": "de"}, ensure_ascii=False) + "\n").encode(encoding))
    assert na.load_corpus(f)["text"].tolist() == [DE]


def test_latin1_txt_and_entities(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("Überschrift\n\nDie Außenminister trafen sich in Pjöngjang &amp; Moskau. Es ging um Öl und Märkte.\n".encode("latin-1"))
    df = na.load_corpus(f)
    assert df["title"].iloc[0] == "Überschrift"
    assert df["text"].iloc[0] == "Die Außenminister trafen sich in Pjöngjang & Moskau. Es ging um Öl und Märkte."
    # NFC: a decomposed "ü" (u + combining diaeresis) becomes one code point
    g = tmp_path / "b.jsonl"
    g.write_text(json.dumps({"id": "n", "text": "Mu\u0308ller sprach über Nordkorea und Russland.", "language": "de"}) + "\n")
    assert na.load_corpus(g)["text"].iloc[0].startswith("M\u00fcller")


def test_wrong_extension_read_by_content(tmp_path):
    f = tmp_path / "really_jsonl.csv"
    f.write_text(json.dumps({"id": "w", "text": EN, "language": "en"}) + "\n", encoding="utf-8")
    df = na.load_corpus(f)
    assert df["article_id"].tolist() == ["w"]
    assert "content is jsonl, extension says csv" in na.load_report(df, "files")["notes"].iloc[0]


def test_provenance_stamped(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "1", "text": EN, "language": "en"}) + "\n")
    df = na.load_corpus(f)
    assert df.attrs["provenance"]["version"] == na.__version__
    assert df.attrs["load_report"]["version"] == na.__version__
    assert df.attrs["provenance"]["fingerprint"] == df.attrs["load_report"]["fingerprint"]
    f2 = tmp_path / "b.jsonl"
    f2.write_text(json.dumps({"id": "1", "text": EN + " One more sentence.", "language": "en"}) + "\n")
    assert na.load_corpus(f2).attrs["provenance"]["fingerprint"] != df.attrs["provenance"]["fingerprint"]
