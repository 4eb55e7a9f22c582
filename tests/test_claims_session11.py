"""Session 11: defects a researcher found in the claims table (graded rows in scratch11/trial_claims).

Expected values are worked out by reading the sentences, not copied from the output.
"""
import math
import warnings

import pandas as pd
import pytest

from conftest import att


def cl(text, lang="en"):
    """The claims table of one hand-written text."""
    from newsanalysis.attribution import claims

    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "language": [lang]})
    return claims(arts)


def rows(text, lang="en"):
    """(number_text, qualifier, value, value_high or None, unit) of every claim."""
    c = cl(text, lang)
    return [(r.number_text, r.qualifier, r.value, None if math.isnan(r.value_high) else r.value_high, r.unit)
            for r in c.itertuples()]


# ---------------------------------------------------------------- 1. qualifier + number right after the cue
@pytest.mark.parametrize("qual", ["about", "over", "as many as", "at least"])
def test_qualified_number_right_after_cue_is_content(qual):
    text = f"Officials said {qual} 11,000 troops had been sent."
    a = att(text)
    assert list(a["content"]) == [f"{qual} 11,000 troops had been sent"]
    assert list(a["source"]) == ["Officials"]
    assert rows(text) == [(f"{qual} 11,000 troops", qual, 11000.0, None, "troops")]


def test_qualified_small_number_right_after_cue():
    # no comma at all: before session 11 "said about" read as "talked about" and gave no attribution
    assert rows("Officials said about 500 troops had been sent.") == [("about 500 troops", "about", 500.0, None, "troops")]


def test_digit_group_comma_is_no_clause_comma():
    # "said, 000 troops": the comma of "11,000" must not open the content
    a = att("The ministry said nearly 11,000 soldiers were wounded.")
    assert list(a["content"]) == ["nearly 11,000 soldiers were wounded"]


def test_clause_comma_still_opens_content():
    # a real clause comma keeps working ("told reporters, …")
    a = att("The general told reporters, about 500 troops had been sent.")
    assert list(a["content"]) == ["about 500 troops had been sent"]


def test_qualifier_across_line_break():
    # Kremlin.ru breaks lines inside phrases: "less\nthan 100 people" (graded row: qualifier missed)
    assert rows("Putin said that in places with less\nthan 100 people, clinics will open.") == [
        ("less\nthan 100 people", "less than", 100.0, None, "people")]


# ---------------------------------------------------------------- 2. space-grouped numbers
def test_space_grouped_numbers():
    assert rows("Nach Angaben Kiews sind rund 12 000 Soldaten im Einsatz.", "de") == [
        ("rund 12 000 Soldaten", "rund", 12000.0, None, "Soldaten")]
    assert rows("Laut Selenskyj kämpfen 11\u00a0000 Nordkoreaner in Kursk.", "de") == [
        ("11\u00a0000 Nordkoreaner", None, 11000.0, None, "Nordkoreaner")]
    assert rows("Officials said 1\u202f500\u202f000 shells were shipped.") == [
        ("1\u202f500\u202f000 shells", None, 1500000.0, None, "shells")]


def test_space_grouping_needs_three_digit_groups():
    # "5 000 years": a number (5000) but years are no unit, and never value 5 with unit "000"
    assert rows("The paper said the nation's history spans 5 000 years.") == []
    # "12 00 troops" is no grouping: 12 has no unit ("00" is a number), 00 troops stays a separate number
    assert [r[4] for r in rows("Officials said 12 00 troops came.")] != ["00"]


# ---------------------------------------------------------------- 3. ranges
@pytest.mark.parametrize("text,lang,expected", [
    ("Officials said 10-12 thousand troops were sent.", "en",
     ("10-12 thousand troops", None, 10000.0, 12000.0, "troops")),
    ("Officials said approximately 93–94 percent voted.", "en",
     ("approximately 93–94 percent", "approximately", 93.0, 94.0, "percent")),
    ("Officials said 10 to 12 tanks were lost.", "en", ("10 to 12 tanks", None, 10.0, 12.0, "tanks")),
    ("Officials said between 7,000 and 20,000 rubles were paid.", "en",
     ("between 7,000 and 20,000 rubles", None, 7000.0, 20000.0, "rubles")),
    ("Nach Angaben Kiews sind 10.000 bis 12.000 Soldaten im Einsatz.", "de",
     ("10.000 bis 12.000 Soldaten", None, 10000.0, 12000.0, "Soldaten")),
    ("Die Waffen sollen eine Reichweite von 40 bis 60 Kilometern haben.", "de",
     ("von 40 bis 60 Kilometern", None, 40.0, 60.0, "Kilometern")),
    ("Laut Kiew sind zwischen 300 und 400 Panzer zerstört.", "de",
     ("zwischen 300 und 400 Panzer", None, 300.0, 400.0, "Panzer")),
])
def test_range_is_one_claim(text, lang, expected):
    assert rows(text, lang) == [expected]


def test_range_with_not_unit_is_no_claim():
    # "20–25 years": years are no unit (as "5 years"); before: value 20, unit "25"
    assert rows("Officials said the work will take 20–25 years.") == []


def test_from_to_is_a_change_not_a_range():
    # "increase VAT from 18 to 20 percent": 18 is the old rate, 20 the new one
    assert rows("Putin said they had to increase VAT from 18 to 20 percent.") == [
        ("20 percent", None, 20.0, None, "percent")]


@pytest.mark.parametrize("text", [
    "Simonyan said it is comparable to the 9/11 attacks.",
    "Putin said the 3–1–0 approach solves problems.",
    "He said it was now in the 17+1 format.",
])
def test_dates_scores_and_names_joined_by_marks_are_no_claims(text):
    assert rows(text) == []


# ---------------------------------------------------------------- 4. ordinals, names, sentence boundary
@pytest.mark.parametrize("text", [
    "Putin said the model of the late 20 th century is at odds with the economy.",
    "Guterres said it is the system we need in the 21 st century.",
    "She said it was the 90 th anniversary of the school.",
    "He said the UN adopted Resolution 1718 against the North.",
    "Putin said we should use associations like the Group of 20 more effectively.",
    "Putin said the G20 leaders met.",
    "Putin said it happened in 2014 events.",
])
def test_ordinals_names_and_years_are_no_claims(text):
    assert rows(text) == []


def test_number_never_runs_across_sentence_boundary():
    # before: "1645. Russia" (value 1645, unit "Russia") and "24.\n\nGood" (unit "Good")
    # (in a transcript turn, whose content runs over many sentences)
    assert rows("Question: And then?\n\nVladimir Putin: The war began in 1645. Russia was weak then.") == []
    assert rows("Question: And the score?\n\nVladimir Putin: It was 24.\n\nGood teams win.") == []
    assert rows("Question: And then?\n\nVladimir Putin: It began in 1645. Russia sent 300 soldiers.") == [
        ("300 soldiers", None, 300.0, None, "soldiers")]


# ---------------------------------------------------------------- 5. the unit is the head noun
@pytest.mark.parametrize("text,unit", [
    ("Officials said 1.5 million artillery shells were sent.", "shells"),
    ("Officials said over 20 ballistic missiles were fired.", "missiles"),
    ("Jack Ma said globalisation benefited only 60,000 big companies.", "companies"),
    ("Milvit said we must preserve 400 public gardens in the city.", "gardens"),
    ("Putin said there are 11 various groups in various fields.", "groups"),
    ("Officials said an estimated 15,000 North Korean troops were sent.", "troops"),
    ("Officials said 1,640 soldiers killed in a day.", "soldiers"),
    ("Officials said 100 people died.", "people"),
    ("Officials said 200 civilians fled.", "civilians"),
    ("Putin said the goal is a 35-tonne high-thrust engine.", "tonne"),
    ("Officials said a 10,000 ruble subsidy would be paid.", "subsidy"),
    ("Der Minister sagte, 27 gepanzerte Fahrzeuge seien zerstört worden.", "Fahrzeuge"),
])
def test_unit_is_head_noun(text, unit):
    lang = "de" if "sagte" in text else "en"
    assert [r[4] for r in rows(text, lang)] == [unit]


def test_of_after_bare_number_is_no_unit():
    # "3.8 of the GDP" is a share of something, no counted unit; "180 billion of positive balance" reads on
    assert rows("Putin said it was about 3.8 of the GDP.") == []
    assert [r[4] for r in rows("Putin said there was 180 billion of positive balance.")] == ["balance"]


def test_number_as_unit_never():
    assert rows("Putin said it was signed on 17 February 2008 in Sofia.") == []


# ---------------------------------------------------------------- 6. speaker turns and nested speech
def test_speaker_turn_and_nested_columns():
    from newsanalysis.attribution import claims

    # a transcript: Putin's turn runs to the end of the text; "according to our experts" is his own sourcing
    turn = ("Question: What about the troops?\n\n"
            "Vladimir Putin: About 500 soldiers are there. According to our experts, 20 tanks were lost.")
    arts = pd.DataFrame({"article_id": ["t", "n"], "text": [turn, "Officials said 300 drones were shot down."],
                         "language": ["en", "en"]})
    c = claims(arts)
    got = {r.number_text: (r.speaker_turn, r.nested) for r in c.itertuples()}
    assert got == {"About 500 soldiers": (True, False), "20 tanks": (False, True), "300 drones": (False, False)}
    assert c["speaker_turn"].dtype == bool and c["nested"].dtype == bool


def test_claims_without_speaker_turn_column():
    # a user's own attribution table without speaker_turn (not required): every row is no turn
    from newsanalysis.attribution import attributions, claims

    arts = pd.DataFrame({"article_id": ["a"], "text": ["Officials said 300 drones were shot down."], "language": ["en"]})
    a = attributions(arts).drop(columns=["speaker_turn"])
    c = claims(arts, attributions=a)
    assert list(c["speaker_turn"]) == [False] and list(c["nested"]) == [False]


# ---------------------------------------------------------------- 7. attributed
def test_attributed_false_for_speech_without_source():
    # a Konjunktiv I sentence with no speaker found is speech (kind indirect), not reportative, and unattributed
    c = cl("Die Lage war schlecht. Insgesamt habe Russland 140 Raketen eingesetzt.", "de")
    assert list(zip(c["number_text"], c["kind"], c["source"], c["attributed"])) == [
        ("140 Raketen", "indirect", None, False)]


def test_reportative_claim_is_unattributed():
    c = cl("About 500 troops were reportedly sent.")
    assert list(c["kind"]) == ["reportative"]
    assert list(c["attributed"]) == [False]


def test_outlets_own_numbers_are_not_claims():
    assert rows("North Korea sent 11,000 troops to Russia.") == []


# ---------------------------------------------------------------- 9. German sources of numbers
def test_konjunktiv_after_sentence_naming_the_speaker_keeps_the_speaker():
    # the liveblog's sentences 40-42: a report by Selenskyj, a sentence without a cue that names him again,
    # then Konjunktiv I figures: all Selenskyj's (before: source None, attributed False)
    text = ("Die Ukraine soll zehn Luftziele abgeschossen haben, wie der ukrainische Präsident Wolodymyr Selenskyj "
            "mitteilte. In seinem Beitrag auf X sprach Selenskyj auch die Angriffe der vergangenen Woche an. "
            "Insgesamt habe Russland 140 Raketen und 600 Angriffsdrohnen eingesetzt.")
    c = cl(text, "de")
    assert list(zip(c["number_text"], c["source"], c["attributed"])) == [
        ("140 Raketen", "der ukrainische Präsident Wolodymyr Selenskyj", True),
        ("600 Angriffsdrohnen", "der ukrainische Präsident Wolodymyr Selenskyj", True)]


def test_konjunktiv_after_unrelated_sentence_stays_without_source():
    # the sentence between names someone else: the report is not continued
    text = ("Die Ukraine soll zehn Luftziele abgeschossen haben, wie Selenskyj mitteilte. "
            "Am Abend sprach Scholz die Angriffe an. Insgesamt habe Russland 140 Raketen eingesetzt.")
    c = cl(text, "de")
    assert list(zip(c["number_text"], c["source"], c["attributed"])) == [("140 Raketen", None, False)]


def test_den_angaben_takes_the_source_of_the_sentence_before():
    text = ("Dabei sollen Putins Streitkräfte weiter hohe Verluste erleiden. Das berichtet der Generalstab der "
            "Streitkräfte der Ukraine auf Facebook. Wie aus den Angaben hervorgeht, hat Russland 1520 Soldaten "
            "verloren.")
    a = att(text, "de")
    row = a[a["cue"] == "Wie aus"].iloc[0]
    assert (row["source"], row["source_type"], row["resolved_from"]) == (
        "der Generalstab der Streitkräfte der Ukraine", "military", "previous attribution")
    c = cl(text, "de")
    assert list(zip(c["number_text"], c["source"])) == [("1520 Soldaten", "der Generalstab der Streitkräfte der Ukraine")]


def test_den_informationen_without_source_before_stays():
    # no sourced attribution in the sentence right before: the phrase stays the source (nothing guessed)
    c = cl("Zudem wurden 29 Drohnen eingesetzt. Wie aus den Informationen hervorgeht, zerstörte die Luftabwehr "
           "25 Drohnen.", "de")
    assert list(zip(c["number_text"], c["source"])) == [("25 Drohnen", "den Informationen")]


# ---------------------------------------------------------------- 8. languages not analysed
def test_warns_for_languages_not_analysed():
    from newsanalysis.attribution import claims

    arts = pd.DataFrame({"article_id": ["k1", "k2", "r1", "e1"],
                         "text": ["북한은 1만1000명을 보냈다.", "회담은 평양에서 열렸다.", "Путин сказал, что 500 солдат.",
                                  "Officials said 500 troops were sent."],
                         "language": ["ko", "ko", "ru", "en"]})
    with pytest.warns(UserWarning, match=r"claims: 3 article\(s\) not analysed.*'ko': 2.*'ru': 1"):
        out = claims(arts)
    assert list(out["number_text"]) == ["500 troops"]


def test_no_warning_for_analysed_languages():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cl("Officials said 500 troops were sent.")


# ---------------------------------------------------------------- real articles
@pytest.mark.shared
def test_real_german_liveblog_claims(real_articles):
    from newsanalysis.attribution import claims

    a = real_articles[real_articles["article_id"] == "trends-2024-11-17-russland"]
    assert len(a) == 1
    c = claims(a)
    by = {r.number_text: r for r in c.itertuples()}
    # "Die Waffen sollen eine effektive Reichweite von 40 bis 60 Kilometern haben." (before: 60 only)
    r = by["von 40 bis 60 Kilometern"]
    assert (r.value, r.value_high, r.unit) == (40.0, 60.0, "Kilometern")
    # "… nach Erkenntnissen westlicher und ukrainischer Militärexperten bereits knapp 50.000 Soldaten …"
    r = by["knapp 50.000 Soldaten"]
    assert (r.qualifier, r.value, r.unit, r.attributed) == ("knapp", 50000.0, "Soldaten", True)
    assert math.isnan(r.value_high)
    # "27 gepanzerte Fahrzeuge": the adjective skipped
    assert by["27 gepanzerte Fahrzeuge"].unit == "Fahrzeuge"
    # "Insgesamt habe Russland 140 Raketen … eingesetzt." continues Selenskyj's report two sentences back
    # (graded: source missing before session 11)
    r = by["140 Raketen"]
    assert (r.kind, r.source, r.attributed) == ("indirect", "der ukrainische Präsident Wolodymyr Selenskyj", True)
    # "Das berichtet der Generalstab der Streitkräfte der Ukraine auf Facebook. Wie aus den Angaben hervorgeht,
    # hat Russland … 1520 Soldaten … verloren." (graded: source "den Angaben" before)
    assert by["1520 Soldaten"].source == "der Generalstab der Streitkräfte der Ukraine"
    # "So seien 12 Panzer, …": the general staff's report three sentences back, across a sentence about Russia:
    # still no source (left)
    r = by["12 Panzer"]
    assert (r.source, r.attributed) == (None, False)
    assert not c["speaker_turn"].any() and not c["nested"].any()


@pytest.mark.shared
def test_real_kcna_space_grouped_years_no_claim(real_articles):
    from newsanalysis.attribution import claims

    a = real_articles[real_articles["article_id"] == "kcna-23e426ced83418a1"]
    assert len(a) == 1 and "spanning 5 000 years" in a["text"].iloc[0]
    c = claims(a)
    # before: "5 000" with value 5.0 and unit "000"
    assert not c["unit"].astype(str).str.match(r"\d").any()
    assert "5 000" not in " ".join(c["number_text"])


def test_coordinated_sources_of_one_claim_are_all_named():
    """Session 12: "Nach Angaben der USA und Südkoreas …" named only the USA as the claim's source; the other
    sources of the same report are in ``co_sources`` (the number stays one row)."""
    import pandas as pd
    from newsanalysis import claims
    arts = pd.DataFrame({"article_id": ["de", "en", "one"],
                         "text": ["Nach Angaben der USA und Südkoreas hat Nordkorea etwa 11.000 Soldaten nach "
                                  "Russland geschickt.",
                                  "According to the US, South Korea and Ukraine, North Korea has sent about "
                                  "11,000 troops to Russia.",
                                  "Kim said that 300 soldiers died. Putin said that 400 soldiers died."],
                         "language": ["de", "en", "en"]})
    c = claims(arts).set_index("article_id")
    assert (c.loc["de", "source"], c.loc["de", "co_sources"], c.loc["de", "value"]) == ("USA", "Südkoreas", 11000)
    assert (c.loc["en", "source"], c.loc["en", "co_sources"]) == ("the US", "South Korea; Ukraine")
    # two reports with a source each: no co-sources
    assert c.loc["one", "co_sources"].isna().all() and c.loc["one", "source"].tolist() == ["Kim", "Putin"]


def test_a_comma_list_of_countries_is_the_source_of_according_to():
    """"According to the US, South Korea and Ukraine, …": three sources (was "the US" alone, and the content
    began with ", South Korea and Ukraine"); an Oxford comma too; a list of a medium and countries is no list
    of sources ("According to Yonhap, Russia and North Korea, which …": Yonhap alone)."""
    import pandas as pd
    from newsanalysis import attributions
    arts = pd.DataFrame({"article_id": ["a", "b", "c"],
                         "text": ["According to the US, South Korea and Ukraine, North Korea has sent about 11,000 "
                                  "troops to Russia.",
                                  "According to South Korea, Japan, and the US, the missile flew 1,000 km.",
                                  "According to Yonhap, Russia and North Korea, which signed a treaty in June, "
                                  "held talks on Monday."],
                         "language": "en"})
    r = attributions(arts)
    a = r[r["article_id"] == "a"]
    assert a["source"].tolist() == ["the US", "South Korea", "Ukraine"]
    assert set(a["content"]) == {"North Korea has sent about 11,000 troops to Russia"}
    assert r.loc[r["article_id"] == "b", "source"].tolist() == ["South Korea", "Japan", "the US"]
    assert r.loc[r["article_id"] == "c", "source"].tolist() == ["Yonhap"]
