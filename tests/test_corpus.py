import json

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.corpus import CorpusError


def test_seed_title_author_and_furniture(seed_articles):
    a = seed_articles.iloc[0]
    assert a["title"] == "Wladimir Putins gefährliche Beziehung zu Kim Jong Un"
    assert a["author"] == "Ernst Müller"
    assert a["outlet"] == "NewsWorld"
    assert a["language"] == "de"
    body = a["text"]
    assert body.startswith("Kim Jong Un und Wladimir Putin nähern sich als Verbündete immer weiter an laut WSJ.")
    assert body.endswith("werden den weiteren Verlauf maßgeblich bestimmen.")
    for furniture in ("Lesezeit", "Durch Ernst Müller", "- in", "Zerbrochene Flaggen", "Neueste Nachrichten",
                      "Diesen Artikel teilen", "Kommentar", "NewsWorld", "©", "Alle Rechte vorbehalten"):
        assert furniture not in body, furniture
    # body content stays, including headings and bullet lists
    assert "Auswirkungen auf Sanktionen und Handel" in body
    assert "etwa 11.000 Container" in body
    removed = na.load_report(seed_articles, "removed")
    assert set(removed["reason"]) >= {"reading time", "byline", "share widget", "comment widget", "copyright",
                                      "publisher self-description"}
    assert len(removed) == 11  # 11 furniture lines counted by reading the file


def test_jsonl_bad_records_raise_with_file_line_and_field(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": "1", "text": "Fine text.", "language": "en"}\n{"id": "2", "language": "en"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"c\.jsonl, line 2: field 'text': missing"):
        na.load_corpus(f)


def test_jsonl_skip_lists_every_bad_record(tmp_path):
    f = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "1", "text": "Fine &quot;text&quot;.", "language": "en", "date": "2024-06-19T10:00:00+09:00"}),
        "{broken",
        json.dumps({"id": "3", "text": "   ", "language": "en"}),
        json.dumps({"id": "1", "text": "Same id again.", "language": "en"}),
        json.dumps({"id": "5", "text": "Datum kaputt.", "language": "de", "date": "gestern"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    df = na.load_corpus(f, errors="skip")
    rep = df.attrs["load_report"]
    # the repeated id "1" is kept under "1~2" (before load8 it was skipped: duplicates are flagged, never dropped)
    assert rep["records_read"] == 5 and rep["records_loaded"] == 3 and rep["records_skipped"] == 2
    skipped = na.load_report(df, "skipped")
    assert skipped["line"].tolist() == [2, 3]
    assert skipped["field"].fillna("-").tolist() == ["-", "text"]
    assert df["article_id"].tolist() == ["1", "1~2", "5"]
    assert df["text"].iloc[0] == 'Fine "text".'
    assert df["published"].iloc[0] == pd.Timestamp("2024-06-19T01:00:00", tz="UTC")
    assert pd.isna(df["published"].iloc[2])
    notes = na.load_report(df, "notes").set_index(["article_id", "field"])["note"]
    assert "gestern" in notes[("5", "date")]
    assert "kept as '1~2'" in notes[("1~2", "id")]


def test_folder_lists_excluded_files(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "text": "Hello world.", "language": "en"}) + "\n")
    (tmp_path / "a_general.jsonl").write_text("")
    (tmp_path / "README.md").write_text("# docs")
    df = na.load_corpus(tmp_path)
    assert df["article_id"].tolist() == ["x"]
    assert sorted(p.split("/")[-1] for p in na.load_report(df, "excluded_files")["path"]) == ["README.md", "a_general.jsonl"]


def test_real_corpus_counts(real_articles):
    # SOURCES.md: 85 + 33 + 10 + 84 on-topic articles; ko 76, en 9+33+84, de 5, vi 5
    rep = real_articles.attrs["load_report"]
    assert rep["records_read"] == 212 and rep["records_skipped"] == 0
    assert real_articles["language"].value_counts().to_dict() == {"en": 126, "ko": 76, "de": 5, "vi": 5}
    assert real_articles["published"].dt.tz is not None
    assert not real_articles["text"].str.contains("&#x27;|&quot;").any()
    assert real_articles["article_id"].is_unique
