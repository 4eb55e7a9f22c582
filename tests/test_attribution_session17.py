"""Session 17 (issue #4): attribution defects users saw in the real corpus.

1. "it"/"es" takes a country only when the country spoke last or is the subject of the sentence before;
   an organisation, institution or document is preferred; else "it" stays unresolved.
2. An unnamed group placed by a place the actor table does not know ("analysts in Busan") is anonymous.
3. German: a reportative "soll … haben" in a relative clause is recorded beside a "laut X" row.
4. English: two adjacent quotations with the cue after the second belong to the same speaker.

Every sentence is hand-written; the expected rows were worked out by reading it.
"""
from conftest import att


def _one(text, lang="en"):
    a = att(text, lang)
    assert len(a) == 1, a[["kind", "cue", "source", "content"]].to_string()
    return a.iloc[0]


def _cue(a, cue):
    rows = a[a["cue"] == cue]
    assert len(rows) == 1, a[["kind", "cue", "source", "content"]].to_string()
    return rows.iloc[0]


# ---------------------------------------------------------------- 1. "it"
def test_it_is_not_a_country_only_mentioned_before():
    # the real case: "… among Japan, ROK and other satellites of the U.S. and it predicts …" took Australia
    r = _one("The drills involved Japan, South Korea and Australia, and it predicts that tensions will rise.")
    assert r["source"] == "it" and r["source_type"] == "unknown"
    assert r["actor_id"] is None and r["source_country"] is None and not bool(r["named"])
    r = _one("Officials met in Seoul with delegates from Australia. It said the sanctions were unlawful.")
    assert r["source"] == "It" and r["source_type"] == "unknown" and r["source_country"] is None


def test_it_is_not_a_country_named_inside_the_last_speakers_phrase():
    # the real KCNA case: the previous row's source phrase only holds "Australia" in an apposition
    a = att("The fact that 160 warheads can be made with uranium, the fuel for the submarines to be transferred "
            "to Australia, shows that AUKUS is dangerous. The desire for joining AUKUS is growing among Japan, ROK "
            "and other satellites of the U.S. and it predicts that the system will be hit.")
    r = _cue(a, "predicts")
    assert r["source"] == "it" and r["source_country"] is None and r["actor_id"] is None


def test_it_prefers_the_organisation_that_spoke_over_a_country_mentioned_later():
    a = att("The ministry said the talks were useful. Australia sent a ship. It added that a new round would "
            "follow.")
    r = _cue(a, "added")
    assert r["source"] == "The ministry" and r["source_type"] == "government"
    assert r["source_country"] is None and r["resolved_from"] == "It"


def test_it_is_a_country_that_spoke_last_or_opens_the_sentence_before():
    a = att("Russia said the sanctions were unlawful. It added that talks would continue.")
    r = _cue(a, "added")
    assert r["source"] == "Russia" and r["source_country"] == "RU"
    r = _one("Russia held talks on Monday. It said the sanctions were unlawful.")
    assert r["source"] == "Russia" and r["source_country"] == "RU"
    r = _one("Russland hielt am Montag Gespräche ab. Es erklärte, die Sanktionen seien rechtswidrig.", "de")
    assert r["source"] == "Russland" and r["source_country"] == "RU"


def test_it_is_no_country_that_spoke_before_someone_else():
    a = att("Russia said the sanctions were unlawful. Kim Jong Un said talks would go on. It added that the "
            "border was open.")
    r = _cue(a, "added")
    assert r["source"] == "It" and r["actor_id"] is None and r["source_type"] == "unknown"


def test_it_is_no_coordinated_or_possessive_subject():
    for text in ("Russia and China held talks on Monday. It said the sanctions were unlawful.",
                 "Russia's envoy held talks on Monday. It said the sanctions were unlawful."):
        r = _one(text)
        assert r["source"] == "It" and r["source_country"] is None, text


def test_it_is_the_institution_that_opens_the_sentence_before():
    r = _one("The Foreign Ministry issued a statement on Monday. It said the sanctions were unlawful.")
    assert r["source"] == "The Foreign Ministry" and r["source_type"] == "government"
    assert r["resolved_from"] == "It"
    r = _one("Das Außenministerium veröffentlichte eine Erklärung. Es erklärte, die Sanktionen seien "
             "rechtswidrig.", "de")
    assert r["source"] == "Das Außenministerium" and r["source_type"] == "government"
    r = _one("Die Manöver fanden vor Japan und Australien statt. Es erklärte, die Lage sei ernst.", "de")
    assert r["source"] == "Es" and r["source_country"] is None


# ---------------------------------------------------------------- 2. placed groups
def test_a_group_placed_by_an_unknown_place_is_anonymous():
    for text, src in (("Analysts in Busan say the summit was a success.", "Analysts in Busan"),
                      ("The summit was a success, analysts in Busan say.", "analysts in Busan"),
                      ("Officials from Gyeongju said the summit was a success.", "Officials from Gyeongju"),
                      ("Diplomats in Vladivostok said the summit was a success.", "Diplomats in Vladivostok")):
        r = _one(text)
        assert r["source"] == src, text
        assert bool(r["anonymous"]) and not bool(r["named"]) and r["identified_by"] == "group", text
        assert r["source_country"] is None, text  # the tool does not know where Busan is
    # the known capital keeps its country
    r = _one("Analysts in Seoul say the summit was a success.")
    assert bool(r["anonymous"]) and r["source_country"] == "KR"


def test_a_group_at_a_named_institution_stays_named():
    r = _one("Analysts at the Asan Institute say the summit was a success.")
    assert bool(r["named"]) and not bool(r["anonymous"])


def test_german_groups_placed_by_a_place():
    for text, src in (("Beamte aus Chabarowsk sagten, die Brücke sei gesperrt.", "Beamte aus Chabarowsk"),
                      ("Kreise in der Hafenstadt Wladiwostok sagten, die Brücke sei gesperrt.",
                       "Kreise in der Hafenstadt Wladiwostok"),
                      ("Analysten in Busan sagen, der Gipfel sei ein Erfolg gewesen.", "Analysten in Busan")):
        r = _one(text, "de")
        assert r["source"] == src, text
        assert bool(r["anonymous"]) and not bool(r["named"]) and r["identified_by"] == "group", text


# ---------------------------------------------------------------- 3. German reportative in a relative clause
def test_reportative_relative_clause_beside_an_according_to_source():
    a = att("Laut Yonhap traf Kim einen Offizier, mit dem er über die Lieferungen gesprochen haben soll.", "de")
    assert sorted(a["kind"]) == ["according_to", "reportative"]
    laut = a[a["kind"] == "according_to"].iloc[0]
    assert laut["source"] == "Yonhap" and laut["source_type"] == "media"
    rep = a[a["kind"] == "reportative"].iloc[0]
    assert rep["cue"] == "soll" and rep["source"] is None and bool(rep["anonymous"])
    assert rep["content"] == "mit dem er über die Lieferungen gesprochen haben soll"


def test_reportative_relative_clause_without_a_source():
    r = _one("Kim traf einen Offizier, der geflohen sein soll.", "de")
    assert r["kind"] == "reportative" and r["cue"] == "soll"
    assert r["content"] == "der geflohen sein soll"  # the meeting itself is not hearsay


def test_soll_of_the_according_to_source_stays_one_row():
    # the "soll" belongs to Yonhap's report: no hearsay row of its own (unchanged)
    r = _one("Laut Yonhap soll Kim über die Lieferungen gesprochen haben.", "de")
    assert r["kind"] == "according_to" and r["source"] == "Yonhap"
    # "das er haben soll": what he is to have, no participle, no hearsay
    assert len(att("Das ist das Auto, das er haben soll.", "de")) == 0


# ---------------------------------------------------------------- 4. adjacent quotations
def test_adjacent_quotations_before_one_cue_are_one_speakers():
    one = _one('"We will never accept this. The sanctions are illegal," he added.')
    two = _one('"We will never accept this." "The sanctions are illegal," he added.')
    for r in (one, two):
        assert r["kind"] == "direct" and r["cue"] == "added" and r["source"] == "he"
        assert r["start"] == 0
    assert two["content"] == '"We will never accept this." "The sanctions are illegal,"'
    r = _one('Putin spoke first. "We will never accept this." "The sanctions are illegal," Kim Yo Jong added.')
    assert r["source"] == "Kim Yo Jong" and r["content"].startswith('"We will never')


def test_quotations_in_two_paragraphs_are_not_joined():
    a = att('"We will never accept this."\n\n"The sanctions are illegal," he added.')
    assert len(a) == 2
    first = a[a["start"] == 0].iloc[0]
    assert first["source"] is None  # no speaker known for the first paragraph
    assert a[a["cue"] == "added"].iloc[0]["content"] == '"The sanctions are illegal,"'
