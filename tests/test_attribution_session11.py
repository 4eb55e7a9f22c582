"""Source types and countries from the session-11 reading of KCNA's sources.

KCNA quotes the heads of foreign friendship groups and "Groups for the Study of the Juche Idea"; such a
chairman is no government official (before: typed government by "chairman"), and North Korea's own
broadcaster got South Korea's code from the bare demonym "Korean".
"""
import pandas as pd

import newsanalysis as na
from newsanalysis.compare import nested_mask

from conftest import att, cue_rows, one


def test_north_korean_state_media_are_north_korean():
    r = one("Korean Central Broadcasting Station said on Monday that the leader had visited the plant.")
    assert (r["source_type"], r["source_country"]) == ("media", "KP")
    r = one("Minju Joson said in a commentary that the treaty opened a new era.")
    assert (r["source_type"], r["source_country"]) == ("media", "KP")


def test_a_civil_society_body_types_its_chairman():
    r = one("The chairman of the British Group for the Study of the Juche Idea said that the idea is great.")
    assert (r["source_type"], r["source_country"]) == ("unknown", "GB")
    r = one("The chairman of the Nigerian study group of the Juche idea said that the idea is great.")
    assert (r["source_type"], r["source_country"]) == ("unknown", "NG")
    r = one("Cha Sang Bo, vice-chairman of the General Association of Koreans in China, said that the summit was "
            "historic.")
    assert r["source_type"] == "unknown"
    # a party is no civil-society body: its leader stays a political (government) source
    r = one("The vice-chairman of the Socialist Freedom Party of Egypt said that the visit was historic.")
    assert (r["source_type"], r["source_country"]) == ("government", "EG")
    # session 12: a friendship society abroad (KCNA) is no government body of its country
    r = one("The chairman of the Switzerland-Korea Committee said that the treaty was a great event.")
    assert (r["source_type"], r["source_country"]) == ("unknown", "CH")


def test_new_demonyms_give_countries():
    assert one("A Peruvian official said that the talks would go on.")["source_country"] == "PE"
    assert one("Ein kenianischer Diplomat sagte, die Gespräche seien gescheitert.", "de")["source_country"] == "KE"


def test_a_speakers_own_according_to_inside_that_clause_is_nested():
    a = att("He said that, according to Russian experts, the treaty is fair.")
    m = nested_mask(a).to_numpy()
    # the experts are his source, not the outlet's: the "according to" row is nested, his own report is not
    assert dict(zip(a["kind"], m)) == {"indirect": False, "according_to": True}
    # the outlet's own chain stays as before: "according to" opens the officials' content
    a = att("Officials said, according to Yonhap, that the talks ended.")
    assert not nested_mask(a).any()


def test_a_modal_between_speaker_and_cue_is_no_part_of_the_source():
    assert cue_rows("Officials may say that the talks failed.") == [("say", "Officials", "that the talks failed")]
    assert cue_rows("Kim could tell reporters that the talks failed.")[0][1] == "Kim"


def test_indicate_reports_only_with_a_that_clause():
    # a Yonhap digest headline: "license plates indicate power hierarchy" reports nothing
    assert cue_rows("North Korean officials' license plates indicate power hierarchy in regime.") == []
    assert cue_rows("The ministry indicated that the talks would resume.") == [
        ("indicated", "The ministry", "that the talks would resume")]


def test_a_dateline_is_no_part_of_the_content():
    assert cue_rows("SEOUL -- North Korean leader Kim Jong-un has attended a ceremony, the North's state media "
                    "reported.") == [("reported", "the North's state media",
                                      "North Korean leader Kim Jong-un has attended a ceremony")]


def test_both_parties_named_before_are_no_anonymous_group():
    # Mannheimer Morgen: "Beide Länder haben eine solche Kooperation bestritten." (Russia and North Korea, named
    # just before) was the article's one anonymous source (a teacher's trial)
    r = one("Russland und Nordkorea arbeiten zusammen. Beide Länder haben eine solche Kooperation bestritten.", "de")
    assert (bool(r["named"]), bool(r["anonymous"]), r["identified_by"]) == (False, False, "role")
    r = one("Both sides said that the talks were useful.")
    assert (bool(r["named"]), bool(r["anonymous"])) == (False, False)
    # an unnamed group stays anonymous
    r = one("Westliche Länder erklärten, die Gespräche seien nützlich gewesen.", "de")
    assert bool(r["anonymous"])


def test_german_reportative_soll_with_sich_um_handeln_and_present_mitteilt():
    # a teacher's misses in the tagesschau liveblog and Frankfurter Rundschau (session 11)
    assert cue_rows("Bei dem Mann soll es sich um einen Offizier handeln.", "de") == [
        ("soll", None, "Bei dem Mann soll es sich um einen Offizier handeln")]
    assert att("Bei dem Mann soll es sich um einen Offizier handeln.", "de")["kind"].tolist() == ["reportative"]
    # an obligation is no report
    assert cue_rows("Die Regierung soll endlich handeln.", "de") == []
    assert cue_rows("Wie die ukrainische Luftwaffe mitteilt, wurden 30 Drohnen abgeschossen.", "de") == [
        ("mitteilt", "die ukrainische Luftwaffe", "wurden 30 Drohnen abgeschossen")]


def test_according_to_without_a_comma_ends_its_source_before_the_clause():
    # the claims helper's find: "scholars 300 tanks" was the source (session 11)
    assert cue_rows("According to experts the treaty is fair.") == [("According to", "experts", "the treaty is fair")]
    assert cue_rows("According to Yonhap North Korea sent troops.") == [
        ("According to", "Yonhap", "North Korea sent troops")]
    assert cue_rows("According to South Korean intelligence 10,000 troops were sent.") == [
        ("According to", "South Korean intelligence", "10,000 troops were sent")]
    # an adjective before a name, and "of the", stay in the source
    assert cue_rows("According to the nonpartisan Congressional Budget Office the top 1 percent paid more.")[0][1] \
        == "the nonpartisan Congressional Budget Office"
    assert cue_rows("According to the head of the agency, troops were sent.")[0][1] == "the head of the agency"


def test_a_role_with_the_named_sources_own_modifier_is_that_source():
    """Session 12 (a teacher's Yonhap article): "The USFK commander" after "Gen. Xavier Brunson, commander of
    United States Forces Korea (USFK)" is Brunson, not an unnamed commander; "The Japanese commander" (a country
    the earlier description does not hold) is someone else."""
    import pandas as pd
    from newsanalysis import attributions
    t = ("Gen. Xavier Brunson, commander of United States Forces Korea (USFK), said that the alliance is strong. "
         "The USFK commander also said that drills would continue. The Japanese commander said that the drills "
         "were useful.")
    r = attributions(pd.DataFrame({"article_id": ["a"], "text": [t], "language": ["en"]}))
    assert r["named"].tolist() == [True, True, False]
    assert r.loc[1, "resolved_from"] == "The USFK commander" and "Brunson" in r.loc[1, "source"]
    assert (r.loc[2, "source"], r.loc[2, "source_country"]) == ("The Japanese commander", "JP")
    # "He" after him is the same Brunson, with his country (the titled name inside his source span was taken
    # as a new person without one)
    r = attributions(pd.DataFrame({"article_id": ["a"], "language": ["en"], "text": [
        "Gen. Xavier Brunson, commander of United States Forces Korea (USFK), said that the alliance is strong. "
        "He added that China was a concern."]}))
    assert r.loc[1, "resolved_from"] == "He" and r.loc[1, "source"] == r.loc[0, "source"]
    assert (r.loc[1, "source_type"], r.loc[1, "source_country"]) == ("military", "US")


def test_the_verbs_and_sides_of_diplomatic_readouts():
    """Session 12 (a teacher's Kremlin.ru readout of 2001): "The North Korean side assured that …" and "The two
    leaders reaffirmed that …" were missed; "the X side" / "die X Seite" is that country's government, while a
    web page ("Internetseite", "Webseite") is a document, not a "Seite" (side)."""
    import pandas as pd
    from newsanalysis import attributions
    en = attributions(pd.DataFrame({"article_id": ["a", "b"], "language": "en", "text": [
        "The North Korean side assured that its missile programme was peaceful.",
        "The two leaders reaffirmed that the treaty remains in force."]}))
    assert en["cue"].tolist() == ["assured", "reaffirmed"]
    assert (en.loc[0, "source"], en.loc[0, "source_type"], en.loc[0, "source_country"]) == (
        "The North Korean side", "government", "KP")
    de = attributions(pd.DataFrame({"article_id": ["c", "d"], "language": "de", "text": [
        "Die nordkoreanische Seite versicherte, dass ihr Raketenprogramm friedlich sei.",
        "Wie die Webseite berichtete, wurden zehn Soldaten getötet."]}))
    assert de[["source_type", "source_country"]].values.tolist() == [["government", "KP"], ["document", None]]
