"""Topic selection: Boolean queries, phrases, wildcards, German inflection, Korean particles, shipped query."""
import pandas as pd
import pytest

from newsanalysis.select import parse_query, select

ARTS = pd.DataFrame({
    "article_id": ["en1", "en2", "de1", "de2", "ko1", "ko2", "ru1", "vi1", "ja1"],
    "language": ["en", "en", "de", "de", "ko", "ko", "ru", "vi", "ja"],
    "title": [None, "Weather", None, None, None, None, None, None, None],
    "text": [
        "North Korea's leader met Russia's president in Pyongyang. Moscow welcomed the visit.",
        "Rain is expected in Seoul. North Korea launched a missile.",
        "Der Kreml lobt die Zusammenarbeit Russlands mit Nordkoreas Führung; Putins Besuch in Pjöngjang.",
        "Die nordkoreanischen Soldaten kämpfen in der Region Kursk.",
        "북한은 러시아와 조약을 체결했다. 김정은 위원장은 푸틴 대통령을 만났다.",
        "남북한 관계가 악화됐다. 러시아는 언급되지 않았다.",
        "Президент России встретился с лидером КНДР в Пхеньяне.",
        "Nga và Triều Tiên ký hiệp ước.",
        "ロシアと北朝鮮が条約に署名した。",
    ],
})


def test_boolean_query_with_german_inflection_and_korean_particles():
    q = '("north korea" OR dprk OR pyongyang OR nordkorea OR 북한) AND (russia OR moscow OR kremlin OR russland OR 러시아)'
    out = select(ARTS, q)
    assert out["article_id"].tolist() == ["en1", "de1", "ko1"]
    assert out["matched_terms"].tolist() == [
        "moscow; north korea; pyongyang; russia",  # "North Korea's", "Russia's": English possessive
        "nordkorea; russland",  # "Nordkoreas", "Russlands": German case endings ("Kreml" is not "kremlin")
        "러시아; 북한",  # "북한은", "러시아와": particles attached
    ]
    assert out["n_matches"].tolist() == [4, 2, 2]


def test_not_wildcard_and_whole_words():
    out = select(ARTS, "nordkorean* AND NOT kreml", keep_all=True)
    assert out.set_index("article_id")["selected"].to_dict() == {
        "en1": False, "en2": False, "de1": False, "de2": True, "ko1": False, "ko2": False, "ru1": False, "vi1": False,
        "ja1": False}
    # "북한" must not match inside "남북한" (South and North Korea), nor "korea" inside "northkorea"
    assert select(ARTS, "북한")["article_id"].tolist() == ["ko1"]


def test_shipped_query_and_languages_without_query():
    out = select(ARTS, "russia_north_korea", keep_all=True).set_index("article_id")
    assert out.loc[["en1", "de1", "ko1", "ru1"], "selected"].tolist() == [True, True, True, True]
    assert out.loc[["en2", "de2", "ko2"], "selected"].tolist() == [False, False, False]
    assert pd.isna(out.loc["ja1", "selected"]) and out.loc["ja1", "select_note"] == "no query for language 'ja'"
    assert out.loc["ru1", "matched_terms"] == "кндр; пхеньян; росси*"
    # Vietnamese (session 10): "Nga" is Russia, "Triều Tiên" (North) Korea
    assert out.loc["vi1", "selected"] == True and out.loc["vi1", "matched_terms"] == "nga; triều tiên"  # noqa: E712
    # without keep_all, the article without a query is left out and the warning says so
    with pytest.warns(UserWarning, match=r"no query for their language: 1 article\(s\) \('ja'\)"):
        got = select(ARTS, "russia_north_korea")
    assert "ja1" not in set(got["article_id"])


def test_a_dateline_is_searched():
    # the loader moves "Pyongyang, August 15 (KCNA) --" out of the text: KCNA writes "here" in the body
    arts = pd.DataFrame({"article_id": ["k"], "language": ["en"], "title": ["Reception Given by Russian Envoy"],
                         "dateline": ["Pyongyang, August 15 (KCNA) --"],
                         "text": ["The Russian charge d'affaires hosted a reception here on August 14."]})
    assert select(arts, "russia_north_korea")["matched_terms"].tolist() == ["pyongyang; russian"]
    assert select(arts, "russia_north_korea", fields=("title", "text")).empty


def test_input_not_mutated_and_columns_kept():
    before = ARTS.copy()
    out = select(ARTS, "pyongyang")
    pd.testing.assert_frame_equal(ARTS, before)
    assert list(out.columns) == list(ARTS.columns) + ["matched_terms", "n_matches"]


@pytest.mark.parametrize("bad", ["", "(russia OR", "russia OR", '"north korea', "AND russia", "russia )"])
def test_malformed_queries_raise(bad):
    with pytest.raises(ValueError):
        parse_query(bad)


def test_real_corpus_selection(real_articles):
    out = select(real_articles, "russia_north_korea", keep_all=True)
    # the shared corpus was selected with similar word lists (SOURCES.md): every ko and de article matches
    for lang in ("ko", "de"):
        assert out.loc[out["language"] == lang, "selected"].all()
    # KCNA items such as the "Russian Delegation of Education Officials Arrives Here" name North Korea only
    # in the dateline ("Pyongyang, … (KCNA)"; the body says "here"): selected since the dateline is searched
    row = out[out["title"] == "Russian Delegation of Education Officials Arrives Here"].iloc[0]
    assert row["selected"] == True and "pyongyang" in row["matched_terms"]  # noqa: E712
    # the five Vietnamese articles (read: Putin's visit, troops, the ambassador) all match the vi query
    assert out.loc[out["language"] == "vi", "selected"].all()
    # one Kremlin item about Russian-Chinese talks does not name North Korea in title or text: left out
    assert out.loc[out["selected"] == False, "title"].tolist() == [  # noqa: E712
        "Press statements following Russian-Chinese talks"]
