"""Attribution on real articles from ../shared/corpus/real, checked by reading them (skipped without the data)."""
import pytest

from newsanalysis.attribution import attributions, claims


@pytest.fixture(scope="module")
def real(real_articles):
    return real_articles


def arts(real, aid):
    sub = real[real["article_id"] == aid]
    assert len(sub) == 1, aid
    return sub


def test_kremlin_transcript_turns(real):
    # "News conference following Russian-North Korean talks" (Vladivostok, April 2019)
    a = attributions(arts(real, "kremlin-en-60370"))
    turns = a[a["speaker_turn"]]
    assert len(turns) >= 10
    first = turns.iloc[0]
    assert first["source"].replace("\xa0", " ") == "President of Russia Vladimir Putin"  # the site uses no-break spaces
    assert first["actor_id"] == "putin"
    assert first["content"].startswith("Good afternoon")
    q = turns.iloc[1]
    assert q["source"] == "Question" and q["source_type"] == "media"
    assert "first meeting with Kim Jong-un" in q["content"]
    assert set(turns["source_name"]) <= {"Vladimir Putin", "Question"}


def test_kcna_said_that_and_no_according_to_plan(real):
    # "He said that the rehabilitation work would be pushed forward according to the already-established plan …"
    a = attributions(arts(real, "kcna-183cf6f4e4d923c3"))
    said = a[a["cue"] == "said"].iloc[0]
    assert said["kind"] == "indirect" and said["content"].startswith("that the rehabilitation work")
    assert not (a["kind"] == "according_to").any()


def test_kcna_she_is_choe_son_hui(real):
    # the reception speech: "…, she said, adding that the three DPRK-Russia summit meetings …"
    a = attributions(arts(real, "kcna-ffbb21d7daa8a1f6"))
    she = a[a["resolved_from"] == "she"]
    assert len(she) >= 1 and set(she["actor_id"]) == {"choe_son_hui"}
    assert (she["source_country"] == "KP").all()


def test_yonhap_english_according_to(real):
    # "Kim's public appearances, as reported by North Korea's state media, totaled 118 …,
    #  according to data from the Korea Institute for National Unification"
    a = attributions(arts(real, "naver-001_0015816674"))
    media = a[a["cue"] == "as reported by"].iloc[0]
    assert (media["kind"], media["source"], media["source_type"], media["source_country"]) == (
        "according_to", "North Korea's state media", "media", "KP")
    assert (a["cue"] == "according to").any()


def test_tagesschau_quote_by_chinese_spokesman(real):
    # "„Im Umgang mit der Ukraine-Krise hat China nie Öl ins Feuer gegossen …“, sagte der chinesische
    #  Außenministeriumssprecher Lin Jian."
    a = attributions(arts(real, "trends-2024-06-19-russland-ukraine"))
    r = a[(a["cue"] == "sagte") & (a["kind"] == "direct")].iloc[0]
    assert r["source"] == "der chinesische Außenministeriumssprecher Lin Jian"
    assert (r["actor_id"], r["source_type"], r["source_country"]) == ("lin_jian", "government", "CN")
    assert r["content"].startswith('"Im Umgang mit der Ukraine-Krise')


def test_zeit_intelligence_service_and_claims(real):
    sub = arts(real, "trends-2024-12-27-nordkoreanischer-soldat")
    a = attributions(sub)
    nis = a[a["cue"] == "teilte mit"].iloc[0]
    assert (nis["source"], nis["source_type"], nis["source_country"]) == (
        "Der südkoreanische Geheimdienst", "government", "KR")
    assert nis["content"].startswith("der Soldat sei")
    first = a.iloc[0]  # "… ist nach südkoreanischen Angaben in ukrainischer Kriegsgefangenschaft gestorben."
    assert (first["kind"], first["source"], first["source_country"]) == ("according_to", "südkoreanischen Angaben", "KR")
    c = claims(sub, attributions=a)
    assert {"etwa 10.000 Soldaten", "mehr als 3.000 nordkoreanische Soldaten"} <= set(c["number_text"])
    assert c.loc[c["number_text"] == "etwa 10.000 Soldaten", "value"].iloc[0] == 10000.0


def test_non_analysed_languages_have_no_rows(real):
    a = attributions(real)
    langs = set(real.loc[real["article_id"].isin(a["article_id"]), "language"])
    assert langs <= {"en", "de"}
    assert len(a) > 500
