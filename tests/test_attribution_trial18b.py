"""Session 18 (user trial, second attribution branch): errors a user found reading real articles.

1. Bare "data", "figures", "statistics" name a document, as "the data" does (neither named nor anonymous); only
   a country's data ("nach südkoreanischen Angaben", "according to South Korean data") are an unspecific,
   anonymous source.

Every expected value was worked out by reading the sentence (hand-written or from ../shared/corpus/real).
"""
import pytest

from conftest import att
from newsanalysis.attribution import attributions
from newsanalysis.compare import source_status


def _rows(a, *cols):
    return [tuple(getattr(r, c) for c in cols) for r in a.itertuples()]


@pytest.fixture(scope="module")
def real(real_articles):
    return real_articles


def _article(real, aid):
    sub = real[real["article_id"] == aid]
    assert len(sub) == 1, aid
    return sub


# ---------------------------------------------------------------- 1. bare data nouns are documents
def test_bare_data_is_a_document_like_the_data():
    a = att("Kim made the most public appearances in nine years in 2025, data showed Sunday. "
            "The data showed that Jo Yong-won most frequently accompanied Kim.")
    assert _rows(a, "source", "source_type", "named", "anonymous") == [
        ("data", "document", False, False), ("The data", "document", False, False)]
    assert list(source_status(a)) == ["neither", "neither"]


def test_sentence_opening_data_noun_is_no_name():
    # "Statistics" and "New" open the sentence: capitalised, but no name
    a = att("Statistics show that exports rose. New data showed that imports fell.")
    assert _rows(a, "source", "source_type") == [("Statistics", "document"), ("New data", "document")]
    assert list(source_status(a)) == ["neither", "neither"]


def test_country_data_stay_anonymous():
    a = att("According to South Korean data, North Korea has sent about 11,000 troops to Russia.")
    assert _rows(a, "source", "source_type", "source_country") == [("South Korean data", "government", "KR")]
    assert list(source_status(a)) == ["anonymous"]


def test_real_yonhap_data_showed(real):
    # Yonhap, 2025 review of Kim's public appearances: s0 "…, data showed Sunday." and s12 "The data showed that …"
    a = attributions(_article(real, "naver-001_0015816674"))
    st = dict(zip(a.index, source_status(a)))
    rows = {r.sentence_id: (r.source, r.source_type, st[i]) for i, r in a.iterrows() if r.sentence_id in (0, 12)}
    assert rows == {0: ("data", "document", "neither"), 12: ("The data", "document", "neither")}


# ---------------------------------------------------------------- 2. a country's authorities are a group, not the country
def test_country_possessive_authorities_are_a_placed_group():
    # "authorities" is an unnamed group (as "South Korean defense authorities"); the country only places it:
    # the source is the phrase, not South Korea
    a = att("South Korea's defense authorities warn that the alignment could lead to technology transfers. "
            "South Korean defense authorities warn that the alignment could lead to technology transfers.")
    assert _rows(a, "source_name", "actor_id", "source_type", "source_country") == [
        ("South Korea's defense authorities", None, "government", "KR"),
        ("South Korean defense authorities", None, "government", "KR")]
    assert list(source_status(a)) == ["anonymous", "anonymous"]


def test_real_defense_authorities_warn(real):
    a = attributions(_article(real, "naver-044_0000278282"))
    r = a[(a["sentence_id"] == 28) & (a["cue"] == "warn")]
    assert len(r) == 1
    assert r.iloc[0]["source"] == r.iloc[0]["source_name"] == "South Korea’s defense authorities"
    assert (r.iloc[0]["source_type"], r.iloc[0]["source_country"]) == ("government", "KR")


# ---------------------------------------------------------------- 3. an infinitive joined by "and" reports nothing
def test_infinitive_after_and_is_no_speech_act():
    # "to comfort … and emphasize …": what the effort was for, nobody emphasized anything here
    a = att("It was an apparent effort to comfort the families of the deployed troops and emphasize Pyongyang's "
            "close alliance with Moscow.")
    assert "emphasize" not in list(a["cue"])
    b = att("The leaders met to discuss trade and stress that the alliance is strong.")
    assert "stress" not in list(b["cue"])


def test_finite_verb_after_and_stays_a_report():
    # "agreed to send troops and said …": "said" is the subject's own finite verb
    a = att("North Korea agreed to send troops and said it would help Russia.")
    said = a[a["cue"] == "said"]
    assert _rows(said, "source", "content") == [("North Korea", "it would help Russia")]


def test_real_effort_to_emphasize(real):
    a = attributions(_article(real, "naver-056_0012097578"))
    assert a[a["sentence_id"] == 13].empty


# ---------------------------------------------------------------- 4. a weekday after an according-to source
def test_weekday_is_no_part_of_the_according_to_source():
    a = att("The plates may point to a hierarchy, according to an analysis of state media Tuesday, with the "
            "premier second. North Korea fired a missile, according to Yonhap Tuesday.")
    acc = a[a["kind"] == "according_to"]
    # the analysis (a document) is the source; what it analysed (state media) is no speaker
    assert _rows(acc, "source", "source_type", "named") == [
        ("an analysis of state media", "document", False), ("Yonhap", "media", True)]


def test_real_analysis_of_state_media(real):
    a = attributions(_article(real, "naver-001_0015826290"))
    r = a[(a["sentence_id"] == 17) & (a["kind"] == "according_to")]
    assert _rows(r, "source", "source_type") == [("an analysis of state media", "document")]
    assert list(source_status(r)) == ["neither"]


# ---------------------------------------------------------------- 6. unnamed media in the plural are unspecific
def test_plural_media_with_only_a_country_are_anonymous_de():
    # as "Russischen Angaben zufolge" and "Den Berichten zufolge": nobody named, the country from the adjective;
    # a state's agencies are an institution described by its role (as "die südkoreanische Marine"): neither
    a = att("Es handelt sich russischen staatlichen Nachrichtenagenturen zufolge um ein Abkommen. "
            "Russischen Angaben zufolge wurde der Vertrag unterzeichnet. "
            "Agenturen zufolge reiste Lawrow mit.", "de")
    assert _rows(a, "source", "source_type", "source_country") == [
        ("russischen staatlichen Nachrichtenagenturen", "media", "RU"),
        ("Russischen Angaben", "government", "RU"),
        ("Agenturen", "media", None)]
    assert list(source_status(a)) == ["neither", "anonymous", "anonymous"]


def test_plural_media_with_only_a_country_are_anonymous_en():
    # unnamed media are anonymous; a state's media (Yonhap's "the North's state media") are an institution
    a = att("Russian media reported that the treaty was signed. "
            "Russian state news agencies reported that the treaty was signed. "
            "Kim inspected a factory, the North's state media said. "
            "State media said the test was a success.")
    assert _rows(a, "source", "source_type", "source_country") == [
        ("Russian media", "media", "RU"),
        ("Russian state news agencies", "media", "RU"),
        ("the North's state media", "media", "KP"),
        ("State media", "media", None)]
    assert list(source_status(a)) == ["anonymous", "neither", "neither", "neither"]


def test_one_named_agency_stays_named():
    a = att("Die Nachrichtenagentur Tass meldete, der Vertrag sei unterzeichnet.", "de")
    assert list(source_status(a)) == ["named"]


def test_real_tagesschau_state_agencies(real):
    a = attributions(_article(real, "trends-2024-06-19-kim-jong-un"))
    r = a[a["sentence_id"] == 4]
    assert _rows(r, "source", "source_type", "source_country") == [
        ("russischen staatlichen Nachrichtenagenturen", "media", "RU")]
    assert list(source_status(r)) == ["neither"]


# ---------------------------------------------------------------- 7. the spokesperson of the organisation just named
def test_spokeswoman_after_nato_is_natos_de():
    # as "eine Sprecherin der Nato": a role of NATO, neither named nor anonymous, in both sentences
    a = att("Die Nato hat den Angriff verurteilt. Wie eine Sprecherin mitteilte, seien Zivilisten getötet worden. "
            "Selenskyj sagte, das sei schlimm. Die Sprecherin teilte weiter mit, dass das Bündnis helfen werde.", "de")
    assert _rows(a, "source", "source_type") == [
        ("Die Nato", "international_org"), ("eine Sprecherin", "international_org"),
        ("Selenskyj", "government"), ("Die Sprecherin", "international_org")]
    assert list(source_status(a)) == ["named", "neither", "named", "neither"]


def test_spokesman_after_the_kremlin_en_and_de():
    a = att("NATO condemned the attack. A spokeswoman said civilians were killed.")
    assert _rows(a, "source_type", "source_country") == [("international_org", None), ("international_org", None)]
    assert list(source_status(a)) == ["named", "neither"]
    b = att("Der Kreml hat den Angriff verurteilt. Wie ein Sprecher mitteilte, sei der Angriff ein Beweis.", "de")
    assert _rows(b, "source_type", "source_country") == [("government", "RU"), ("government", "RU")]


def test_spokesman_without_an_organisation_before_stays_anonymous():
    # after a person or a medium, or alone, nobody says whose spokesperson it is
    for text, lang in [("Selenskyj hat den Angriff verurteilt. Ein Sprecher sagte, der Angriff sei ein Beweis.", "de"),
                       ("Yonhap reported the attack. A spokesman said civilians were killed.", "en"),
                       ("Ein Sprecher sagte, der Angriff sei ein Beweis.", "de")]:
        a = att(text, lang)
        assert source_status(a).iloc[-1] == "anonymous", text


def test_real_nato_spokeswoman(real):
    a = attributions(_article(real, "trends-2024-11-17-russland"))
    r = a[a["sentence_id"].isin([34, 36])]
    assert _rows(r, "source", "source_type") == [("eine Sprecherin", "international_org"),
                                                 ("Die Sprecherin", "international_org")]
    assert list(source_status(r)) == ["neither", "neither"]


# ---------------------------------------------------------------- 8. the country of a source the phrase states
def test_apposition_role_gives_the_country():
    # "commander of U.S. Forces Korea" says whose commander he is: US (the citing row and the later "Brunson")
    a = att("Gen. Xavier Brunson, commander of U.S. Forces Korea (USFK), made the remark at a forum, citing the "
            "new U.S. National Security Strategy. \"Korea matters,\" Brunson said.")
    assert _rows(a, "source", "source_type", "source_country") == [
        ("Gen. Xavier Brunson", "military", "US"), ("Brunson", "military", "US")]


def test_capital_after_a_speaker_after_the_cue_de():
    a = att("„Einige Anlagen wurden beschädigt“, teilte das Energieministerium in Kiew mit.", "de")
    assert _rows(a, "source", "source_country") == [("das Energieministerium", "UA")]
    # a capital in the content places nobody
    b = att("Das Ministerium teilte mit, die Anlage in Kiew sei beschädigt.", "de")
    assert _rows(b, "source", "source_country") == [("Das Ministerium", None)]


def test_real_brunson_and_energy_ministry(real):
    a = attributions(_article(real, "naver-001_0015819166"))
    r = a[(a["sentence_id"] == 1) & (a["cue"] == "citing")]
    assert _rows(r, "source", "source_country") == [("Gen. Xavier Brunson", "US")]
    b = attributions(_article(real, "trends-2024-06-19-russland-ukraine"))
    r = b[(b["sentence_id"] == 23)]
    assert _rows(r, "source", "source_country") == [("das Energieministerium", "UA")]
