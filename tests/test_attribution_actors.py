"""The actor table: the recurring cast with country, role and spellings."""
import pytest

from newsanalysis.actors import ACTOR_COLUMNS, actor_aliases, load_actors


def test_cast_named_in_the_issue_is_present():
    a = load_actors().set_index("actor_id")
    expected = {"putin": "RU", "kim_jong_un": "KP", "kim_yo_jong": "KP", "lavrov": "RU", "peskov": "RU",
                "shoigu": "RU", "belousov": "RU", "choe_son_hui": "KP", "yoon_suk_yeol": "KR",
                "lee_jae_myung": "KR", "moon_jae_in": "KR", "shin_won_sik": "KR", "biden": "US", "trump": "US",
                "blinken": "US", "rubio": "US", "zelensky": "UA", "xi_jinping": "CN"}
    for aid, country in expected.items():
        assert a.loc[aid, "country"] == country, aid
        assert a.loc[aid, "aliases_en"] and a.loc[aid, "aliases_de"] and a.loc[aid, "aliases_ko"], aid


def test_columns_kept_and_media_rows_marked():
    a = load_actors()
    assert list(a.columns[:len(ACTOR_COLUMNS)]) == ACTOR_COLUMNS
    assert set(a["kind"]) <= {"person", "country", "organisation", "media"}
    assert a.loc[a["actor_id"] == "yonhap", "source_type"].iloc[0] == "media"


def test_aliases_longest_first_and_german_spellings():
    de = dict(actor_aliases("de"))
    assert de["Selenskyj"] == "zelensky" and de["Lawrow"] == "lavrov" and de["Pjöngjang"] == "north_korea"
    lens = [len(x) for x, _ in actor_aliases("en")]
    assert lens == sorted(lens, reverse=True)


def test_duplicate_id_is_an_error(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text(",".join(ACTOR_COLUMNS) + "\nx,X,person,RU,,government,X,X,X\nx,Y,person,RU,,government,Y,Y,Y\n",
                 encoding="utf-8")
    with pytest.raises(ValueError, match="'x'"):
        load_actors(p)
