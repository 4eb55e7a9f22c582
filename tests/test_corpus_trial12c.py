"""User trial 12c: a researcher's own messy exports (bare .txt files with a metadata table, nested
JSON Lines, a --columns item naming a column the file lacks). Inputs are hand-made here."""
import json
import warnings

import pytest

import newsanalysis as na

LEAD = ("The ministry said on Monday that the two governments had agreed to expand their cooperation "
        "in trade, transport and energy over the next three years.")
BODY = ("Officials in Moscow and Pyongyang described the talks as constructive.\n\n"
        "A joint commission is to meet again in the autumn to review the agreements.")


def _texts(tmp_path):
    d = tmp_path / "texts"
    d.mkdir()
    (d / "a.txt").write_text(LEAD + "\n\n" + BODY, encoding="utf-8")           # no title line: a lead paragraph
    (d / "b.txt").write_text("The letter said, in part:\n\n" + BODY, encoding="utf-8")  # introduces a quote
    (d / "c.txt").write_text(LEAD, encoding="utf-8")                          # the page's only paragraph
    (d / "d.txt").write_text("Talks in Moscow\n\n" + BODY, encoding="utf-8")  # a real title line
    (d / "metadata.csv").write_text("filename,outlet,date,language,title\n"
                                    "a.txt,Ministry,2024-06-19,en,Agreement on cooperation\n"
                                    "d.txt,Ministry,2024-06-20,en,Talks in Moscow\n", encoding="utf-8")
    return d


def test_txt_first_line_is_no_title_when_it_reads_like_a_sentence(tmp_path):
    d = _texts(tmp_path)
    arts = na.load_corpus(d).set_index("article_id")
    # every file loads: the only paragraph is text, not a title leaving an "empty" text behind
    assert sorted(arts.index) == ["a", "b", "c", "d"]
    assert arts.loc["a", "text"].startswith("The ministry said on Monday")
    assert arts.loc["b", "text"].startswith("The letter said, in part:")
    assert arts.loc["c", "text"].startswith("The ministry said")
    assert arts.loc["d", "title"] == "Talks in Moscow"
    assert arts.loc["d", "text"].startswith("Officials in Moscow")
    assert na.load_report(arts.reset_index(), "skipped").empty


def test_txt_guessed_title_line_goes_back_to_the_text_when_metadata_gives_the_title(tmp_path):
    d = _texts(tmp_path)
    (d / "e.txt").write_text("Short first line\n\n" + BODY, encoding="utf-8")
    (d / "metadata.csv").write_text("filename,outlet,title\ne.txt,Ministry,The real headline\n", encoding="utf-8")
    arts = na.load_corpus(d, metadata=d / "metadata.csv").set_index("article_id")
    assert arts.loc["e", "title"] == "The real headline"
    assert arts.loc["e", "text"].startswith("Short first line\n\nOfficials in Moscow")


def test_folder_walk_names_metadata_option_for_a_file_name_table(tmp_path):
    d = _texts(tmp_path)
    arts = na.load_corpus(d)
    excl = na.load_report(arts, "excluded_files")
    reason = excl.loc[excl["path"].str.endswith("metadata.csv"), "reason"].iloc[0]
    assert "column 'filename' names files" in reason and "--metadata" in reason and "metadata=" in reason


def test_nested_json_fields_are_flattened_and_matched(tmp_path):
    recs = [{"id": f"n{i}", "meta": {"source": {"name": "Agency"}, "published": "2024-07-1%dT10:00:00Z" % i,
                                     "lang": "en"},
             "content": {"headline": f"Headline {i}", "body": LEAD + "\n\n" + BODY}} for i in range(2)]
    f = tmp_path / "nested.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    arts = na.load_corpus(f)
    assert list(arts["article_id"]) == ["n0", "n1"]
    assert list(arts["outlet"]) == ["Agency", "Agency"]
    assert list(arts["title"]) == ["Headline 0", "Headline 1"]
    assert arts["published"].notna().all() and list(arts["language"]) == ["en", "en"]
    fields = na.load_report(arts, "files")["fields"].iloc[0]
    assert "text=content.body" in fields and "outlet=meta.source.name" in fields
    # a dotted name in columns= picks a nested field; a top-level field wins over a nested alias
    arts = na.load_corpus(f, columns={"title": "content.body", "text": "content.headline"})
    assert arts["text"].iloc[0] == "Headline 0"
    g = tmp_path / "both.json"
    g.write_text(json.dumps([{"id": "t", "text": BODY, "extra": {"text": "nested text, not the body"}}]))
    assert na.load_corpus(g)["text"].iloc[0].startswith("Officials")


def test_columns_item_naming_a_missing_column_is_said_not_silently_replaced(tmp_path):
    f = tmp_path / "export.csv"
    f.write_text("Überschrift;Datum;Quelle;Volltext\n"
                 f'Titel;19.06.2024;Zeitung A;"{LEAD}\n\n{BODY}"\n', encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = na.load_corpus(f, columns={"text": "Fulltext", "outlet": "Medium"})
    msgs = [str(w.message) for w in caught]
    assert any("no column 'Fulltext' in export.csv; text read from 'Volltext' instead" in m for m in msgs)
    assert any("no column 'Medium' in export.csv; outlet read from 'Quelle' instead" in m for m in msgs)
    assert "no column 'Fulltext'" in na.load_report(arts, "files")["notes"].iloc[0]
    # a mapping that is used gives no such note
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        na.load_corpus(f, columns={"text": "Volltext"})
    assert not any("no column" in str(w.message) for w in caught)


def test_cli_says_missing_columns_item_as_given(tmp_path, capsys):
    from newsanalysis.cli import main

    f = tmp_path / "export.csv"
    f.write_text(f'headline;date;source;Story\nT;2024-06-19;Paper;"{LEAD}"\n', encoding="utf-8")
    with pytest.warns(UserWarning, match="no article loaded"):
        assert main(["report", str(f), "--out", str(tmp_path / "rep"), "--quiet",
                     "--columns", "text=Storry,outlet=Medium"]) == 1
    err = capsys.readouterr().err
    assert "--columns text=Storry: no column 'Storry' in export.csv (columns: headline, date, source, Story)" in err
    assert "warning: --columns outlet=Medium: no column 'Medium' in export.csv; outlet read from 'source' instead" in err


def test_cli_names_files_the_metadata_table_misses(tmp_path, capsys):
    """Session 12: a file with no row in the --metadata table loads with what it says itself (no outlet, no
    date); the command line names it, and the table rows that match no file."""
    from newsanalysis.cli import main
    texts = tmp_path / "texts"
    texts.mkdir()
    body = "North Korea sent troops to Russia, officials said. The talks went on for two days in Moscow."
    for name in ("a.txt", "b.txt"):
        (texts / name).write_text(f"Title\n\n{body}\n", encoding="utf-8")
    meta = tmp_path / "metadata.csv"
    meta.write_text("filename,source,date\na.txt,Kremlin,2024-06-19\ngone.txt,X,2024-06-20\n", encoding="utf-8")
    assert main(["report", str(texts), "--metadata", str(meta), "--out", str(tmp_path / "o"), "--quiet",
                 "--formats", "png"]) == 0
    err = capsys.readouterr().err
    assert "no row in the --metadata table for b.txt" in err
    assert "--metadata rows that match no file: gone.txt" in err
