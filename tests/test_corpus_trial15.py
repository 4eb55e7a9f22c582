"""Trial s15 (a German teacher's saved pages, a class's copies of corpus articles, Word files).

Every page and text here is written for the test; the expected values come from reading them:
- a saved page without a site-name meta tag whose <title> ends in " - Mannheimer Morgen" gets that outlet,
  and the load report says the <title> gave it; a name-like suffix nothing confirms is not used;
- a page's header line "19.06.2024 · 08:00 Uhr · dpa" credits dpa (wire_agency), a photo credit does not;
- one "Das «Wall Street Journal» berichtete …" sentence far down an article does not make it "based on WSJ";
  the same sentence in the lead, or three citations, do;
- a date-only copy ("19.06.2024") of an article published at 06:00 UTC that day is the copy, not the original;
- a .docx in a folder is listed in the files report with the hint to save it as .txt, and a warning says so.
"""
import warnings

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.cli import main
from newsanalysis.dedup import based_on, flag_duplicates, original_of

BODY = ("<p>Pjöngjang. Russland und Nordkorea haben einen Vertrag über eine strategische Partnerschaft "
        "unterzeichnet. Beide Länder sagen einander militärischen Beistand zu, wenn eines von ihnen angegriffen "
        "wird, sagte Präsident Wladimir Putin nach einem Treffen mit Kim Jong Un.</p>"
        "<p>Die USA und ihre Verbündeten beobachten die Annäherung mit Sorge. Sie werfen Nordkorea vor, Russland "
        "Munition für den Krieg gegen die Ukraine zu liefern; beide Länder bestreiten das.</p>")


def _page(title: str, header: str = "", footer: str = "", head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
            f'<nav><a href="/">Start</a> | <a href="/politik">Politik</a></nav><div class="article">'
            f'<h1>Putin und Kim unterzeichnen Vertrag</h1>{header}{BODY}</div>'
            f'<footer><p>{footer}</p></footer></body></html>')


def _load_page(tmp_path, html: str, name: str = "seite.html"):
    (tmp_path / name).write_text(html, encoding="utf-8")
    return na.load_corpus(tmp_path / name)


# ---------------------------------------------------------------- F9a: outlet from the page title's suffix
def test_title_suffix_naming_a_known_outlet_gives_the_outlet_and_the_report_says_so(tmp_path):
    df = _load_page(tmp_path, _page("Putin in Nordkorea: Vertrag - Politik - Mannheimer Morgen"))
    assert df["outlet"].tolist() == ["Mannheimer Morgen"]
    files = na.load_report(df, "files")
    assert files["fields"].tolist() == ["outlet=<title> suffix (resources/outlets.csv)"]
    assert files["without_outlet"].tolist() == [0]
    notes = na.load_report(df, "notes")
    assert notes.loc[notes["field"] == "outlet", "note"].str.contains("<title> suffix").tolist() == [True]


def test_title_suffix_confirmed_by_a_copyright_line(tmp_path):
    df = _load_page(tmp_path, _page("Vertrag unterzeichnet | Der Kleine Bote", footer="© Der Kleine Bote 2024 | Impressum"))
    assert df["outlet"].tolist() == ["Der Kleine Bote"]
    assert na.load_report(df, "files")["fields"].tolist() == ["outlet=<title> suffix (© line)"]


def test_title_suffix_that_nothing_confirms_is_not_taken_for_the_outlet(tmp_path):
    # "Nordkorea" looks like a name, but it is half of the headline "Russland - Nordkorea", not a site
    df = _load_page(tmp_path, _page("Gipfel in Pjöngjang: Russland - Nordkorea"))
    assert df["outlet"].isna().all()
    assert na.load_report(df, "files")["without_outlet"].tolist() == [1]
    note = na.load_report(df, "notes").query("field == 'outlet'")["note"].item()
    assert "'Nordkorea'" in note and "not used" in note


def test_title_without_separator_or_with_a_sentence_suffix_gives_no_outlet(tmp_path):
    assert _load_page(tmp_path, _page("Putin und Kim unterzeichnen Vertrag"), "a.html")["outlet"].isna().all()
    # a suffix that is a phrase, not a name (punctuation, more than five words)
    df = _load_page(tmp_path, _page("Vertrag - was bedeutet das für die Region, fragen sich viele?"), "b.html")
    assert df["outlet"].isna().all()


def test_site_name_meta_still_wins_over_the_title(tmp_path):
    df = _load_page(tmp_path, _page("Vertrag | Mannheimer Morgen", head='<meta property="og:site_name" content="MM Online">'))
    assert df["outlet"].tolist() == ["MM Online"]
    assert na.load_report(df, "files")["fields"].tolist() == ["outlet=site name (page metadata)"]


def test_metadata_table_replaces_an_outlet_guessed_from_the_title(tmp_path):
    (tmp_path / "seite.html").write_text(_page("Vertrag - Mannheimer Morgen"), encoding="utf-8")
    meta = pd.DataFrame({"file": ["seite.html"], "outlet": ["MM Regional"]})
    df = na.load_corpus(tmp_path / "seite.html", metadata=meta)
    assert df["outlet"].tolist() == ["MM Regional"]
    assert na.load_report(df, "files")["fields"].tolist() == ["outlet=(metadata)"]


def test_cli_names_the_file_without_an_outlet_and_how_to_give_one(tmp_path, capsys):
    d = tmp_path / "klasse"
    d.mkdir()
    (d / "ohne.html").write_text(_page("Putin und Kim unterzeichnen Vertrag"), encoding="utf-8")
    (d / "mit.html").write_text(_page("Vertrag - Mannheimer Morgen"), encoding="utf-8")
    main(["report", str(d), "--out", str(tmp_path / "o"), "--formats", "png", "--quiet"])
    err = capsys.readouterr().err
    assert "1 loaded article has no outlet" in err
    line = next(x for x in err.splitlines() if x.strip().startswith("no outlet:"))
    assert "ohne.html" in line and "mit.html" not in line
    assert "--metadata" in line and "front matter" in line and "--columns outlet=" in line


# ---------------------------------------------------------------- F10: wire credit in the page header
def test_page_header_credit_line_gives_the_wire_agency(tmp_path):
    df = _load_page(tmp_path, _page("Vertrag - Mannheimer Morgen", header='<div class="meta">19.06.2024 · 08:00 Uhr · dpa</div>'))
    a = df.iloc[0]
    assert a.wire_agency == "dpa"
    assert a.dateline == "19.06.2024 · 08:00 Uhr · dpa"
    assert "dpa" not in a.text  # the header line stays out of the article text


def test_photo_credit_is_no_wire_credit(tmp_path):
    df = _load_page(tmp_path, _page("Vertrag - Mannheimer Morgen",
                                    header='<div class="caption">Foto: picture alliance / dpa | 19.06.2024</div>'))
    assert pd.isna(df.iloc[0].wire_agency)


def test_header_line_credit_in_a_plain_text_copy():
    arts = pd.DataFrame({"article_id": ["a"], "language": ["de"],
                         "text": ["19.06.2024 · 08:00 Uhr · dpa\n\n" + "Putin und Kim haben einen Vertrag unterzeichnet. " * 5]})
    out = flag_duplicates(arts)
    assert out["wire_agency"].tolist() == ["dpa"]


# ---------------------------------------------------------------- F10: based_on needs the lead or several citations
LEAD = ("Kremlchef Putin besiegelt in Nordkorea eine strategische Partnerschaft mit Machthaber Kim Jong Un. "
        "Beide Länder sagen einander Beistand zu, falls eines von ihnen angegriffen wird.")
FILLER = ("Die Staaten des Westens beobachten die Annäherung mit Sorge, weil sie fürchten, dass Nordkorea im "
          "Gegenzug für Munition militärische Technik aus Russland erhält. Beide Länder bestreiten das. ")
WSJ = ("Das «Wall Street Journal» berichtete unter Berufung auf Vermittler, dass die Zahl der noch lebenden "
       "Geiseln bei nur 50 liegen könnte.")


def _based_on(text):
    return based_on(pd.DataFrame({"article_id": ["a"], "language": ["de"], "text": [text]}))[0]


def test_one_citation_in_a_stray_last_paragraph_is_no_base_of_the_report():
    text = LEAD + "\n\n" + "\n\n".join([FILLER * 2] * 4) + "\n\n" + WSJ
    assert text.index("Wall Street") > 800
    assert pd.isna(_based_on(text))


def test_citation_in_the_lead_or_in_three_places_is_the_base():
    assert _based_on(LEAD + " " + WSJ + "\n\n" + FILLER * 8) == "WSJ"
    text = LEAD + "\n\n" + "\n\n".join([FILLER * 4 + WSJ] * 3)
    assert text.index("Wall Street") > 800
    assert _based_on(text) == "WSJ"  # three citations: the story rests on it
    text2 = LEAD + "\n\n" + "\n\n".join([FILLER * 4 + WSJ] * 2)
    assert pd.isna(_based_on(text2))  # two: details


def test_title_citation_counts():
    arts = pd.DataFrame({"article_id": ["a"], "language": ["de"], "title": ["Laut WSJ: Nordkorea liefert Raketen"],
                         "text": [FILLER * 10]})
    assert based_on(arts) == ["WSJ"]


def test_korean_citation_with_a_time_word_before_the_verb():
    arts = pd.DataFrame({"article_id": ["a"], "language": ["ko"],
                         "text": ["북한 헌법절 기념 행사가 27일 평양에서 진행됐다고 노동신문이 이날 보도했다."]})
    assert based_on(arts) == ["Rodong Sinmun"]


# ---------------------------------------------------------------- F9b: which copy is the original
STORY = ("Russland und Nordkorea haben einen Vertrag über eine strategische Partnerschaft unterzeichnet. Beide "
         "Länder sagen einander militärischen Beistand zu, falls eines von ihnen angegriffen wird. Die USA und "
         "ihre Verbündeten sehen die Annäherung mit großer Sorge.")


def _copies(published, outlets):
    n = len(published)
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "outlet": outlets, "language": ["de"] * n,
                         "published": pd.to_datetime(published, utc=True, format="ISO8601"), "text": [STORY] * n})


def test_date_only_copy_ties_with_a_time_that_day_and_the_fuller_record_is_the_original():
    # a0: the pupil's copy, listed first, date only; a1: the corpus's article, 06:00 UTC the same day
    out = flag_duplicates(_copies(["2024-06-19", "2024-06-19T08:00:00+02:00"], [None, "Mannheimer Morgen"]))
    assert out["duplicate_of"].fillna("-").tolist() == ["a1", "-"]
    # the same outlet on both: the record with a time of day wins the tie
    out = flag_duplicates(_copies(["2024-06-19", "2024-06-19T08:00:00+02:00"], ["Mannheimer Morgen"] * 2))
    assert out["duplicate_of"].fillna("-").tolist() == ["a1", "-"]


def test_an_earlier_day_or_an_earlier_time_still_wins():
    # a date-only copy of the day before is earlier at the precision both have
    out = flag_duplicates(_copies(["2024-06-18", "2024-06-19T06:00:00Z"], [None, "MM"]))
    assert out["duplicate_of"].fillna("-").tolist() == ["-", "a0"]
    # two times of the same day: the earlier one, even without an outlet
    out = flag_duplicates(_copies(["2024-06-19T06:00:00Z", "2024-06-19T05:00:00Z"], ["MM", None]))
    assert out["duplicate_of"].fillna("-").tolist() == ["a1", "-"]


def test_known_outlet_before_unknown_then_table_order():
    out = flag_duplicates(_copies(["2024-06-19", "2024-06-19"], [None, "ZEIT ONLINE"]))
    assert out["duplicate_of"].fillna("-").tolist() == ["a1", "-"]
    out = flag_duplicates(_copies(["2024-06-19", "2024-06-19", None], ["A", "B", "C"]))
    assert out["duplicate_of"].fillna("-").tolist() == ["-", "a0", "a0"]
    # no date at all: outlet, then table order
    assert original_of([0, 1], [pd.NaT, pd.NaT], [None, "B"]) == 1


def test_class_copy_html_and_corpus_record_loaded_together(tmp_path):
    (tmp_path / "mm.html").write_text(_page("Vertrag - Politik - Mannheimer Morgen",
                                            header='<div class="meta">19.06.2024 · 08:00 Uhr · dpa</div>'),
                                      encoding="utf-8")
    text = "\n\n".join(p.replace("<p>", "").replace("</p>", "") for p in BODY.split("</p>") if p)
    pd.DataFrame({"id": ["mm-corpus"], "outlet": ["Mannheimer Morgen"], "date": ["2024-06-19T08:00:00+02:00"],
                  "text": [text]}).to_json(tmp_path / "corpus.jsonl", orient="records", lines=True, force_ascii=False)
    df = na.load_corpus(tmp_path).set_index("article_id")
    assert df.loc["mm", "duplicate_of"] == "mm-corpus"
    assert df.loc["mm", "outlet"] == "Mannheimer Morgen" and df.loc["mm", "wire_agency"] == "dpa"
    assert pd.isna(df.loc["mm-corpus", "duplicate_of"])


# ---------------------------------------------------------------- F14: every file is loaded or listed with a reason
def test_word_files_are_listed_with_the_hint_and_a_warning(tmp_path):
    (tmp_path / "artikel.txt").write_text("Vertrag unterzeichnet\n\n" + STORY, encoding="utf-8")
    (tmp_path / "referat.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    with pytest.warns(UserWarning, match=r"1 file not read \(word-processor or PDF format\): referat\.docx; save it as plain text"):
        df = na.load_corpus(tmp_path)
    assert df["article_id"].tolist() == ["artikel"]
    files = na.load_report(df, "files")
    names = {p.rsplit("/", 1)[-1]: (loaded, notes) for p, loaded, notes in
             zip(files["path"], files["loaded"], files["notes"].fillna(""))}
    assert set(names) == {"artikel.txt", "referat.docx", "bild.png"}  # every file of the folder
    assert names["artikel.txt"][0] == 1
    assert names["referat.docx"] == (0, "not read: unsupported format '.docx': a Word document is not read; save it "
                                        "as plain text (.txt, UTF-8; in Word: File > Save As > Plain Text) and load "
                                        "that file")
    assert names["bild.png"] == (0, "not read: unsupported format '.png'")  # no hint for a picture
    assert len(na.load_report(df, "excluded_files")) == 2


def test_no_warning_without_documents(tmp_path):
    (tmp_path / "artikel.txt").write_text("Vertrag unterzeichnet\n\n" + STORY, encoding="utf-8")
    (tmp_path / "style.css").write_text("body{}")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        na.load_corpus(tmp_path)


def test_named_odt_and_pdf_raise_with_the_hint(tmp_path):
    for name in ("notiz.odt", "artikel.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 or zip")
        with pytest.raises(na.CorpusError, match=r"save it as plain text \(\.txt"):
            na.load_corpus(tmp_path / name)
