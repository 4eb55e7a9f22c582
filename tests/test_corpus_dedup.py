"""Duplicates, near-duplicates, wire copy and 'based on' another outlet: flagged, never dropped."""
import pandas as pd
import pytest

from newsanalysis.dedup import flag_duplicates, text_hash

STORY = (
    "North Korean leader Kim Jong Un sent a New Year message to Russian President Vladimir Putin on Saturday, "
    "calling the relationship between the two countries the truest alliance, state media reported. "
    "Kim said the friendship had been sealed in blood in the trenches of the war in Ukraine, where thousands of "
    "North Korean soldiers have fought on the Russian side since last autumn. Putin had earlier thanked Kim "
    "for sending troops to the Kursk region and promised to deepen cooperation in every field next year. "
    "Analysts in Seoul said the exchange of letters showed that neither side expects the alliance to weaken "
    "even if a ceasefire in Ukraine is agreed in the coming months."
)
# the same story with one word changed near the end ("months" -> "weeks"): a near-duplicate
NEAR = STORY.replace("coming months.", "coming weeks.")
OTHER = ("The city council of Hamburg voted on Tuesday to extend the tram network to the airport. "
         "Construction is to begin in two years and cost about one billion euros, officials said.")


def _table():
    return pd.DataFrame({
        "article_id": ["a", "b", "c", "d", "e"],
        "outlet": ["Daily A", "Daily B", "Daily C", "Daily A", "Daily D"],
        "published": pd.to_datetime(["2024-06-02", "2024-06-01", "2024-06-03", "2024-06-01", "2024-06-04"], utc=True),
        "language": ["en"] * 5,
        "text": [
            STORY,
            STORY.upper().replace(". ", ".\n\n"),  # same words: case and line breaks differ
            NEAR,
            OTHER,
            "WASHINGTON (AP) — " + OTHER.replace("Hamburg", "Boston").replace("euros", "dollars"),
        ],
    })


def test_exact_and_near_duplicates_are_clustered_not_dropped():
    arts = _table()
    before = arts.copy()
    out = flag_duplicates(arts)
    pd.testing.assert_frame_equal(arts, before)  # input untouched
    assert len(out) == 5
    by = out.set_index("article_id")
    # "b" is the earliest of the three copies, so the others point to it
    assert by.loc[["a", "b", "c"], "cluster_id"].nunique() == 1
    assert pd.isna(by.loc["b", "duplicate_of"])
    assert (by.loc["a", "duplicate_of"], by.loc["a", "duplicate_kind"], by.loc["a", "similarity"]) == ("b", "exact", 1.0)
    assert (by.loc["c", "duplicate_of"], by.loc["c", "duplicate_kind"]) == ("b", "near")
    assert 0.8 <= by.loc["c", "similarity"] < 1.0
    assert by.loc[["a", "b", "c"], "cluster_size"].tolist() == [3, 3, 3]
    assert by.loc["d", "cluster_size"] == 1 and by.loc["d", "cluster_id"] != by.loc["a", "cluster_id"]
    # "e" shares only part of its words with "d": not a duplicate
    assert by.loc["e", "cluster_id"] != by.loc["d", "cluster_id"]
    # the view without duplicates keeps one article per cluster
    assert out.loc[out["duplicate_of"].isna(), "article_id"].tolist() == ["b", "d", "e"]
    assert out.attrs["duplicates"]["exact_duplicates"] == 1 and out.attrs["duplicates"]["near_duplicates"] == 1


def test_wire_agency_from_credit_and_cross_outlet_copies():
    by = flag_duplicates(_table()).set_index("article_id")
    assert by.loc["e", "wire_agency"] == "AP"
    assert by.loc["e", "wire_evidence"] == "credit '(AP)'"
    # three outlets carry the same story without a credit: cross-outlet copy
    assert by.loc[["a", "b", "c"], "wire_agency"].tolist() == ["cross-outlet copy"] * 3
    # a has b's words (an exact copy); c changed one word (a near-duplicate)
    assert by.loc["a", "wire_evidence"] == "exact copy of b (Daily B)"
    assert by.loc["c", "wire_evidence"] == "near-duplicate of b (Daily B)"
    assert pd.isna(by.loc["d", "wire_agency"])


def test_based_on_another_outlet():
    arts = pd.DataFrame({
        "article_id": ["de", "en", "ko", "none"],
        "language": ["de", "en", "ko", "en"],
        "text": [
            "Kim Jong Un und Wladimir Putin nähern sich als Verbündete immer weiter an laut WSJ.",
            "The troops arrived in Kursk, according to Reuters, and citing the Financial Times officials said more would follow.",
            "조선중앙통신에 따르면 김 위원장은 27일 축전을 보냈다.",
            "The AP style guide says nothing about this; an apple a day keeps the doctor away.",
        ],
    })
    assert flag_duplicates(arts)["based_on"].fillna("-").tolist() == ["WSJ", "Financial Times; Reuters", "KCNA", "-"]


def test_text_hash_ignores_case_spacing_and_punctuation():
    assert text_hash("Kim met Putin.\n\nThey talked!") == text_hash("kim  met putin they talked")
    assert text_hash("Kim met Putin.") != text_hash("Kim met Xi.")


def test_bad_arguments():
    with pytest.raises(ValueError, match="lacks column"):
        flag_duplicates(pd.DataFrame({"article_id": ["x"]}))
    with pytest.raises(ValueError, match="threshold"):
        flag_duplicates(_table(), threshold=0)


def test_the_agency_own_copy_is_the_original_of_a_reprint():
    # journalist trial (session 16): Yonhap's story has a date only (stored as that day, 00:00 UTC), the Korea
    # Times' reprint "SEOUL (Yonhap) --" a time the evening before in UTC; the agency's own article is still
    # the original, and the reprint its copy
    arts = pd.DataFrame({
        "article_id": ["yon-1", "kt-1"], "outlet": ["Yonhap", "The Korea Times"],
        "published": pd.to_datetime(["2025-12-29T00:00:00", "2025-12-28T23:00:00"], utc=True), "language": ["en"] * 2,
        "text": ["SEOUL, Dec. 29 (Yonhap) -- " + STORY, "SEOUL, Dec. 29 (Yonhap) -- " + NEAR],
    })
    out = flag_duplicates(arts).set_index("article_id")
    assert pd.isna(out.loc["yon-1", "duplicate_of"])
    assert out.loc["kt-1", "duplicate_of"] == "yon-1"
    assert (out["wire_agency"] == "Yonhap").all()
    # guard: without the agency among the outlets the date decides as before (the earlier record)
    other = arts.assign(outlet=["Seoul Daily", "The Korea Times"])
    out = flag_duplicates(other).set_index("article_id")
    assert out.loc["yon-1", "duplicate_of"] == "kt-1"
