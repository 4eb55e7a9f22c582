"""Session 16: English closing cues whose speaker has a relative clause or an insider phrase, bare plural
speakers after a closing cue, unnamed spokespersons of a lower-case institution, and German subordinate
clauses before the verb (Vorfeld) that are no content.

Every sentence is hand-written; the expected rows were worked out by reading it.
"""
from conftest import att


def _one(text, lang="en"):
    a = att(text, lang)
    assert len(a) == 1, a[["kind", "cue", "source", "content"]].to_string()
    return a.iloc[0]


def test_closing_cue_with_a_relative_clause_after_the_speaker():
    r = _one("The ferry will not sail today, said a harbour official who was not authorised to speak.")
    assert r["source"] == "a harbour official"
    assert r["content"] == "The ferry will not sail today"
    assert bool(r["anonymous"]) and not bool(r["named"])


def test_closing_cue_relative_clause_with_a_cue_word_of_its_own_gives_one_row():
    # "knows" inside the relative clause describes the speaker; it reports nothing
    r = _one("The bridge is closed, said one engineer who knows the site.")
    assert r["cue"] == "said" and r["source"] == "one engineer"
    assert r["content"] == "The bridge is closed"


def test_closing_cue_then_a_bare_plural_speaker():
    r = _one("The harvest was poor this year, said officials.")
    assert r["source"] == "officials" and bool(r["anonymous"])
    assert r["source_type"] == "government"


def test_closing_cue_keeps_the_insider_phrase_of_its_speaker():
    r = _one("The merger is off, said people familiar with the negotiations.")
    assert r["source"] == "people familiar with the negotiations"
    assert bool(r["anonymous"]) and r["identified_by"] == "group"
    assert r["source_type"] == "unknown"  # an insider, not a citizen


def test_insider_phrase_head_is_the_noun_before_it():
    r = _one("Sources familiar with the plan said the merger is off.")
    assert r["identified_by"] == "group" and bool(r["anonymous"])


def test_spokesperson_of_a_lower_case_institution_is_a_role():
    for text in ("A government spokesman said the border would reopen.",
                 "A spokeswoman for the ministry said the border would reopen."):
        r = _one(text)
        assert r["identified_by"] == "role", text
        assert not bool(r["anonymous"]) and not bool(r["named"])
    # guard: a spokesperson of nobody named stays an anonymous source
    r = _one("A spokesman said the border would reopen.")
    assert bool(r["anonymous"])


def test_german_subordinate_clauses_before_the_verb_are_no_content():
    r = _one("Als der Zug hielt, weil die Schranke klemmte, sagte der Schaffner, man warte auf Hilfe.", "de")
    assert r["source"] == "der Schaffner"
    assert r["content"] == "man warte auf Hilfe"
    r = _one("Nachdem die Sitzung beendet war, erklärte die Bürgermeisterin, der Haushalt sei beschlossen.", "de")
    assert r["content"] == "der Haushalt sei beschlossen"


def test_german_main_clause_before_a_closing_cue_stays_content():
    # guard: "Weil es regnete, sei …" has a main clause after the subordinate one: all of it was said
    r = _one("Weil es regnete, sei das Fest abgesagt worden, sagte der Wirt.", "de")
    assert r["source"] == "der Wirt"
    assert r["content"].startswith("Weil es regnete, sei das Fest")


def test_a_physical_attack_is_no_attribution():
    # researcher trial: "attacked" with a weapon, or by an armed force, reports nothing
    for text in ("The rebels attacked the harbour town at dawn.",
                 "The enemy attacked the depot with rockets on Sunday."):
        a = att(text)
        assert not (a["cue"] == "attacked").any(), text
    # guard: a verbal attack stays a row, even with a military word later in its content
    r = _one("The mayor attacked the council over its support for military parades.")
    assert r["cue"] == "attacked" and r["source"] == "The mayor"


def test_a_placed_group_after_its_cue_is_anonymous_like_before_it():
    # journalist trial: "analysts in Seoul say" after the content was a role, before it an anonymous group
    for text in ("The harbour will close, analysts in Seoul say.",
                 "The harbour will close, officials in South Korea say.",
                 "Analysts in Seoul say the harbour will close."):
        r = _one(text)
        assert bool(r["anonymous"]) and r["identified_by"] == "group", text
        assert r["source_country"] == "KR", text


def test_a_general_staff_is_named_in_each_spelling():
    # the actor table lists the Ukrainian General Staff: every spelling names it (one was a role before)
    for text in ("Der Generalstab des ukrainischen Militärs berichtete, die Brücke sei zerstört.",
                 "Der Generalstab der Streitkräfte der Ukraine berichtete, die Brücke sei zerstört."):
        r = _one(text, "de")
        assert bool(r["named"]) and r["source_type"] == "military" and r["source_country"] == "UA", text


def test_media_reports_are_unnamed_media_as_in_german():
    r = _one("According to media reports, the ferry sank.")
    assert r["source_type"] == "media" and not bool(r["named"])
    r = _one("Laut Medienberichten ist die Fähre gesunken.", "de")
    assert r["source_type"] == "media" and not bool(r["named"])


def test_a_report_in_a_newspaper_names_the_paper_not_the_content():
    r = _one("According to a report in The Korea Herald, the ferry sank.")
    assert r["source"] == "a report in The Korea Herald"
    assert r["content"] == "the ferry sank"
    assert r["source_type"] == "media" and r["source_country"] == "KR"
    # guard: a weekday after "on" is no medium
    r = _one("According to a report on Monday, the ferry sank.")
    assert r["source"] == "a report"


def test_it_is_never_a_person():
    # researcher trial D: KCNA's "It also noted that …" (the message) was credited to Kim Jong Un
    a = att("Kim Jong Un received a greeting card from Vladimir Putin. The message said the two countries were "
            "friends. It also noted that their bonds were a reliable basis.")
    noted = a[a["cue"] == "noted"].iloc[0]
    assert noted["source"] == "The message" and not bool(noted["named"])
    a = att("Kim Jong Un received greetings from Vladimir Putin. It also noted that their bonds were strong.")
    noted = a[a["cue"] == "noted"].iloc[0]
    assert noted["source"] == "It" and noted["actor_id"] is None
    # an organisation of the actor table named just before is "it"
    r = _one("Russia held talks on Monday. It said the sanctions were unlawful.")
    assert r["source"] == "Russia" and r["source_country"] == "RU"
