"""Bad input: a clear error naming file, line and field with errors="raise"; a listed record with errors="skip"."""
import gzip
import json

import pytest

import newsanalysis as na
from newsanalysis.corpus import CorpusError

OK = "Russia and North Korea signed a treaty in Pyongyang. The leaders met for hours."


def _rec(i, text=OK):
    return json.dumps({"id": str(i), "text": text, "language": "en"})


def _check_counts(df):
    rep = df.attrs["load_report"]
    assert rep["records_read"] == rep["records_loaded"] + rep["records_skipped"]
    return rep


def test_broken_json_line(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(_rec(1) + "\n" + '{"id": "2", "text": "unterminated\n' + _rec(3) + "\n")
    # the field being read when the JSON broke is named (the string value of "text" holds a raw line break)
    # '{"id": "2", "text": "unterminated' is 33 characters: the line break is column 34 (no "at at" any more)
    with pytest.raises(CorpusError, match=r"c\.jsonl, line 2: field 'text': broken JSON \(Invalid control character, column 34\)$"):
        na.load_corpus(f)
    df = na.load_corpus(f, errors="skip")
    rep = _check_counts(df)
    assert (rep["records_read"], rep["records_loaded"], rep["records_skipped"]) == (3, 2, 1)
    assert na.load_report(df, "skipped")[["line", "record", "field"]].values.tolist() == [[2, "2", "text"]]


def test_missing_and_empty_text_in_csv(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("id,text\n1," + OK + "\n2,\n3,   \n")
    with pytest.raises(CorpusError, match=r"c\.csv, line 3: field 'text': empty"):
        na.load_corpus(f)
    skipped = na.load_report(na.load_corpus(f, errors="skip"), "skipped")
    assert skipped[["line", "record", "field", "reason"]].values.tolist() == [[3, "2", "text", "empty"], [4, "3", "text", "empty"]]


def test_missing_text_field_names_the_field(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "9", "body_html": "<p>x</p>"}) + "\n")
    with pytest.raises(CorpusError, match=r"line 1: field 'text': missing"):
        na.load_corpus(f)


def test_duplicate_ids_across_files_keep_both(tmp_path):
    # before load8 the second record was skipped ("duplicate id"), and which copy survived depended on
    # file order; now both stay, the later one renamed, with a note naming both places
    (tmp_path / "a.jsonl").write_text(_rec("x") + "\n")
    (tmp_path / "b.jsonl").write_text(_rec("x", OK + " Again.") + "\n" + _rec("x", OK + " Thrice.") + "\n")
    for errors in ("raise", "skip"):
        df = na.load_corpus(tmp_path, errors=errors)
        assert df["article_id"].tolist() == ["x", "x~2", "x~3"]
        assert df["source_path"].str.split("/").str[-1].tolist() == ["a.jsonl", "b.jsonl", "b.jsonl"]
        assert _check_counts(df)["records_skipped"] == 0
    notes = na.load_report(df, "notes")
    note = notes.loc[notes["article_id"] == "x~2", "note"].iloc[0]
    assert "a.jsonl, line 1" in note and "b.jsonl, line 1" in note


def test_binary_file_and_wrong_extension(tmp_path):
    f = tmp_path / "image.jsonl"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)))
    with pytest.raises(CorpusError, match=r"image\.jsonl: binary file, not text"):
        na.load_corpus(f)
    g = tmp_path / "data.xyz"
    g.write_text("just some words\n")
    with pytest.raises(CorpusError, match=r"data\.xyz: unsupported format '\.xyz'"):
        na.load_corpus(g)
    (tmp_path / "ok.jsonl").write_text(_rec(1) + "\n")
    df = na.load_corpus([f, tmp_path / "ok.jsonl"], errors="skip")
    rep = _check_counts(df)
    assert (rep["records_read"], rep["records_loaded"], rep["records_skipped"]) == (2, 1, 1)
    assert na.load_report(df, "skipped")["source_path"].str.endswith("image.jsonl").tolist() == [True]


def test_truncated_gzip(tmp_path):
    f = tmp_path / "c.jsonl.gz"
    payload = gzip.compress(("\n".join(_rec(i) for i in range(2000)) + "\n").encode())
    f.write_bytes(payload[: len(payload) // 2])
    with pytest.raises(CorpusError, match=r"c\.jsonl\.gz, line \d+: truncated compressed file"):
        na.load_corpus(f)
    df = na.load_corpus(f, errors="skip")
    rep = _check_counts(df)
    assert rep["records_skipped"] == 1 and 0 < rep["records_loaded"] < 2000
    # what was read before the cut is kept, and the report says where it stopped
    assert na.load_report(df, "skipped")["line"].iloc[0] == rep["records_loaded"] + 1


def test_undecodable_line_in_utf8_file(tmp_path):
    f = tmp_path / "c.jsonl"
    good = "\n".join(_rec(i) for i in range(3000)) + "\n"  # more than the 64 KiB encoding sample
    f.write_bytes(good.encode() + b'{"id": "x", "text": "caf\xe9 bad byte"}\n')
    with pytest.raises(CorpusError, match=r"c\.jsonl, line 3001: not utf-8 text"):
        na.load_corpus(f)


def test_broken_yaml_front_matter_and_broken_zip(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: [unclosed\n---\nBody text about Russia and North Korea.\n")
    with pytest.raises(CorpusError, match=r"a\.md, line 1: field 'front matter': broken YAML"):
        na.load_corpus(f)
    z = tmp_path / "b.zip"
    z.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(CorpusError, match=r"b\.zip: broken zip archive"):
        na.load_corpus(z)


def test_text_that_is_all_boilerplate_is_kept_with_a_note(tmp_path):
    # a photo gallery: every line is a caption; the article is kept as it was, never lost to cleaning
    f = tmp_path / "c.jsonl"
    text = "▲ 추모식에서 유가족들이 오열하고 있다.\n\n▲ 참석자들이 희생자를 애도하고 있다."
    f.write_text(json.dumps({"id": "1", "text": text, "language": "ko"}, ensure_ascii=False) + "\n")
    df = na.load_corpus(f)
    assert df["text"].tolist() == [text]
    assert na.load_report(df, "notes")["note"].tolist() == ["every line looked like boilerplate; text kept as it was"]
    assert na.load_report(df, "removed").empty


def test_text_that_is_only_page_furniture_is_skipped(tmp_path):
    # a Kremlin item whose body is only its publication block (non-breaking spaces as on the site)
    f = tmp_path / "c.jsonl"
    text = "Publication status\n\nPublished in\xa0section: News\n\nDirect link: en.kremlin.ru/d/37393\n\nText version"
    f.write_text(json.dumps({"id": "k", "text": text, "language": "en"}) + "\n")
    with pytest.raises(CorpusError, match=r"line 1: field 'text': no article text, only boilerplate \(publication metadata\)"):
        na.load_corpus(f)
    assert _check_counts(na.load_corpus(f, errors="skip"))["records_skipped"] == 1


def test_bad_arguments():
    with pytest.raises(ValueError, match="errors must be"):
        na.load_corpus([], errors="ignore")
    with pytest.raises(ValueError, match=r"columns item 'Inhalt': 'body' names no article field"):
        na.load_corpus([], columns={"Inhalt": "body"})
    with pytest.raises(FileNotFoundError):
        na.load_corpus("/nonexistent/corpus.jsonl")


def test_an_undecodable_line_skips_one_record_not_the_rest(tmp_path):
    # a cp1252 export read as utf-8: line 2 holds "ä" (byte 0xE4), lines 3 and 4 are plain ASCII
    rows = ["id,Title,Body,Date",
            "1,Kim und Putin,Kim traf Putin in Moskau. Die Gespräche dauerten zwei Stunden.,2024-06-19",
            "2,Plain,Plain ascii text about the summit.,2024-06-20",
            "3,Plain two,Another plain ascii line here.,2024-06-21"]
    f = tmp_path / "mixed.csv"
    f.write_bytes("\n".join(rows).encode("cp1252"))
    a = na.load_corpus(f, encoding="utf-8", errors="skip")
    rep = a.attrs["load_report"]
    assert a["title"].tolist() == ["Plain", "Plain two"]
    assert (rep["records_read"], rep["records_loaded"], rep["records_skipped"]) == (3, 2, 1)
    assert rep["skipped"][0]["line"] == 2 and rep["skipped"][0]["reason"].startswith("not utf-8 text")
    # the same for JSON Lines
    j = tmp_path / "mixed.jsonl"
    j.write_bytes(b'{"id": "1", "text": "caf\xe9 bad byte"}\n{"id": "2", "text": "fine text here"}\n')
    a = na.load_corpus(j, encoding="utf-8", errors="skip")
    assert a["text"].tolist() == ["fine text here"] and a.attrs["load_report"]["skipped"][0]["line"] == 1
    # without an encoding the loader detects cp1252 and keeps all three
    assert len(na.load_corpus(f)) == 3


def test_cli_blames_the_encoding_when_nothing_decodes(tmp_path, capsys):
    from newsanalysis.cli import main

    f = tmp_path / "nexis.csv"
    f.write_bytes("id,Title,Body\n1,Gespräch,Kim traf Putin in Moskau zu Gesprächen.\n".encode("cp1252"))
    assert main(["report", str(f), "--encoding", "utf-8", "--out", str(tmp_path / "o"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "no record could be decoded" in err and "--encoding" in err and "--columns" not in err
