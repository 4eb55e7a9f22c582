"""Trial s15b (a researcher's Media Cloud-style CSV): datelines of every common shape are removed, and outlet
names spelled differently from the outlet table still join it.

Every text here is written for the test; the expected values come from reading them:
- "PYONGYANG, June 19 (Reuters) -" (one dash) and "MOSCOW, November 5. /TASS/." (agency in slashes, full
  stops) are datelines like "SEOUL, June 20 (Yonhap) --" and "ROME (Reuters) -": removed, listed in the
  load report, and their agency is the article's wire agency; a place, date and bracket that are article
  text ("in Pyongyang, June 19 (local time) - the first …") stay;
- "Yonhap News Agency", "Korea Herald", "THE KOREA HERALD" and "koreaherald.com" join the rows
  "연합뉴스 (Yonhap News Agency)" and "코리아헤럴드 (The Korea Herald)"; "KCNA Watch" and "English" join none;
- compare()'s warning names every outlet missing from the table, or says how many more there are.
"""
import json
import warnings

import numpy as np
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis import clean
from newsanalysis.compare import PeriodWarning, article_groups, match_outlets
from newsanalysis.pipeline import AnalysisResult


def _load(tmp_path, records):
    f = tmp_path / "c.jsonl"
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return na.load_corpus(f, errors="skip")


# ---------------------------------------------------------------- F11: datelines


@pytest.mark.parametrize("dateline, agency", [
    ("PYONGYANG, June 19 (Reuters) -", "Reuters"),        # one dash (was left in the text)
    ("SEOUL, June 20 (Yonhap) --", "Yonhap"),
    ("MOSCOW, November 5. /TASS/.", "TASS"),              # TASS: slashes and full stops (was left in the text)
    ("ROME (Reuters) -", "Reuters"),
    ("UNITED NATIONS (Reuters) -", "Reuters"),
    ("WASHINGTON/SEOUL, Oct. 23 (Reuters) -", "Reuters"),  # two places
    ("SEOUL, 20 June (AFP) \u2013", "AFP"),                # day first, en dash
    ("MOSCOW /TASS/.", "TASS"),                           # no date
    ("Pyongyang, January 16 (KCNA) --", "KCNA"),
])
def test_common_dateline_shapes_are_removed_and_give_the_agency(dateline, agency):
    body = "North Korean Foreign Minister Choe Son Hui arrived in Moscow for talks."
    text, removed, found = clean.clean_text(f"{dateline} {body}", language="en")
    assert text == body
    assert removed == [(dateline, "agency dateline")]
    assert found["dateline"] == dateline and found["dateline_agency"] == agency


@pytest.mark.parametrize("text", [
    # a place, a date and a bracket that are the article's words: "(local time)" is no agency
    "The summit in Pyongyang, June 19 (local time) - the first in 24 years - ended with a treaty.",
    "Putin (left) - and Kim Jong Un shake hands in Pyongyang.",
    "Kim met Putin in Moscow on June 19 (Reuters reported) - a short visit.",
    # a hyphen glued to the next word is no dateline dash
    "SEOUL, June 20 (Yonhap) -North Korea said.",
])
def test_text_that_only_looks_like_a_dateline_stays(text):
    out, removed, found = clean.clean_text(text, language="en")
    assert out == text and removed == [] and found["dateline"] is None


def test_tass_russian_dateline_in_slashes():
    text, removed, found = clean.clean_text("МОСКВА, 5 ноября. /ТАСС/. Министр иностранных дел КНДР прибыла в Москву.",
                                            language="ru")
    assert text == "Министр иностранных дел КНДР прибыла в Москву."
    assert removed == [("МОСКВА, 5 ноября. /ТАСС/.", "agency dateline")] and found["dateline_agency"] == "ТАСС"


def test_loaded_csv_rows_lose_their_datelines_and_name_the_agency(tmp_path):
    recs = [
        {"id": "1", "language": "en", "outlet": "Reuters",
         "text": "PYONGYANG, June 19 (Reuters) - Russian President Vladimir Putin and North Korean leader Kim Jong Un "
                 "signed a mutual defence agreement on Wednesday."},
        {"id": "2", "language": "en", "outlet": "TASS",
         "text": "MOSCOW, November 5. /TASS/. North Korean Foreign Minister Choe Son Hui arrived in Moscow for talks "
                 "with Russian Foreign Minister Sergey Lavrov."},
    ]
    df = _load(tmp_path, recs)
    assert df["text"].tolist() == [
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence agreement on "
        "Wednesday.",
        "North Korean Foreign Minister Choe Son Hui arrived in Moscow for talks with Russian Foreign Minister Sergey "
        "Lavrov."]
    assert df["dateline"].tolist() == ["PYONGYANG, June 19 (Reuters) -", "MOSCOW, November 5. /TASS/."]
    assert df["wire_agency"].tolist() == ["Reuters", "TASS"]
    rem = na.load_report(df, "removed")
    assert rem[["article_id", "line", "reason"]].values.tolist() == [
        ["1", "PYONGYANG, June 19 (Reuters) -", "agency dateline"],
        ["2", "MOSCOW, November 5. /TASS/.", "agency dateline"]]


def test_tass_in_slashes_left_in_the_text_is_a_wire_credit():
    # a dateline after a 300-character caption is not removed; its credit in the first 300 characters still counts
    arts = pd.DataFrame({"article_id": ["t"], "text": ["Vladivostok /TASS/ The talks began on Monday."]})
    from newsanalysis.dedup import wire_agencies

    agencies, evidence = wire_agencies(arts)
    assert agencies == ["TASS"] and "/TASS/" in evidence[0]


# ---------------------------------------------------------------- F12: outlet names


def test_other_spellings_join_the_outlet_table():
    names = ["Yonhap News Agency", "Korea Herald", "THE KOREA HERALD", "koreaherald.com", "Yonhap", "연합뉴스",
             "Korean Central News Agency", "KCNA Watch", "English", "Reuters", None]
    got = match_outlets(names).tolist()
    assert got[:7] == ["연합뉴스 (Yonhap News Agency)"] + ["코리아헤럴드 (The Korea Herald)"] * 3 + \
        ["연합뉴스 (Yonhap News Agency)"] * 2 + ["KCNA (Korean Central News Agency, English)"]
    # a different outlet, a word two rows share ("…, English)") and an outlet not in the table: no match
    assert all(pd.isna(x) for x in got[7:])
    arts = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["Yonhap News Agency", "Korea Herald", "NK News"]})
    assert article_groups(arts, "country").tolist() == ["South Korea", "South Korea", "(unknown)"]
    assert article_groups(arts, "affiliation").tolist() == ["public", "private", "(unknown)"]


def test_aliases_of_your_own_table_and_no_guess_between_two_rows():
    own = pd.DataFrame({"outlet": ["Outlet One", "Outlet Two", "Daily Star (Lebanon)", "Daily Star (UK)"],
                        "country": ["A", "B", "Lebanon", "United Kingdom"],
                        "aliases": ["O1|one.example", pd.NA, pd.NA, pd.NA]})
    got = match_outlets(["one.example", "o1", "The Outlet Two", "Daily Star", "Lebanon"], own).tolist()
    assert got[:3] == ["Outlet One", "Outlet One", "Outlet Two"]
    assert pd.isna(got[3])  # two rows are "Daily Star": neither is guessed
    assert got[4] == "Daily Star (Lebanon)"  # the bracket's content is a spelling of its row


def test_shipped_table_has_an_aliases_column_and_no_alias_names_two_outlets():
    from newsanalysis._tables import outlet_key, outlet_spellings

    t = na.load_outlets()
    assert list(t.columns) == ["outlet", "country", "language", "affiliation", "type", "aliases", "note"]
    owner = {}
    for name, al in zip(t["outlet"], t["aliases"]):
        for a in (al.split("|") if isinstance(al, str) else []):
            assert owner.setdefault(outlet_key(a), name) == name, a
    # every alias keys to its own row through match_outlets
    for name, al in zip(t["outlet"], t["aliases"]):
        for a in (al.split("|") if isinstance(al, str) else []):
            assert match_outlets([a], t).iloc[0] == name
    assert outlet_spellings("코리아헤럴드 (The Korea Herald)") == ["코리아헤럴드 (The Korea Herald)", "코리아헤럴드",
                                                                "The Korea Herald"]


def _result(outlets):
    ids = [f"a{i}" for i in range(len(outlets))]
    pub = pd.to_datetime(["2024-06-19"] * len(ids), utc=True)
    arts = pd.DataFrame({"article_id": ids, "outlet": outlets, "language": "en", "text": "x", "published": pub})
    summary = pd.DataFrame({"article_id": ids, "outlet": outlets, "language": "en", "analysed": True,
                            "mean_compound": 0.1 * np.arange(len(ids)), "n_scored": 3})
    frames = pd.DataFrame([(a, f, True, False, np.nan) for a in ids for f in na.GENERIC_FRAMES],
                          columns=["article_id", "frame", "analysed", "present", "share"])
    frames = frames.astype({"present": "boolean", "share": "Float64"})
    att = pd.DataFrame(columns=["article_id", "anonymous", "source_type"])
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, att, summary, {"fingerprint": "t"})


def _unknown_warning(outlets):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PeriodWarning)
        cmp = na.compare(_result(outlets), by="country")
    return cmp.set_index("country").loc["(unknown)", "warning"]


def test_compare_warning_names_every_missing_outlet():
    missing = ["Reuters", "TASS", "NK News", "KCNA Watch", "AP", "Kyodo"]  # six: the trial's warning stopped at five
    w = _unknown_warning(missing + ["Yonhap News Agency", "Korea Herald"])
    assert "6 outlet(s) not in the outlet table or without a 'country': AP, KCNA Watch, Kyodo, NK News, Reuters, TASS (" in w
    assert "Yonhap" not in w and "Herald" not in w  # these joined the table


def test_compare_warning_says_how_many_more():
    missing = [f"Outlet {c}" for c in "ABCDEFGHIJKLMN"]  # 14: ten named, then "and 4 more"
    w = _unknown_warning(missing)
    assert ("14 outlet(s) not in the outlet table or without a 'country': Outlet A, Outlet B, Outlet C, Outlet D, "
            "Outlet E, Outlet F, Outlet G, Outlet H, Outlet I, Outlet J and 4 more (") in w
