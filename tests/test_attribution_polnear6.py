"""PolNeAR round 6 of the English attribution rules and parser merge (issue #4, PolNeAR dev only).

Each sentence is hand-written after a pattern read in PolNeAR dev errors; the expected spans were worked
out by reading the sentence.
"""
import pytest
from conftest import att, one


def test_quote_then_speaker_with_a_long_apposition():
    # '“…,” Leonard E. Burman, director of …, said of the plan. “…”': the speaker is more than six words
    # long; the quotation's second part, in the next sentence, continues it
    text = ("“It has the important virtue of being fiscally responsible,” Leonard E. Burman, director of the Tax "
            "Policy Center and a professor at Syracuse University, said of the plan. “It does not make our "
            "fiscal problems worse.”\n\nThe plan was published on Monday.")
    r = one(text)
    assert r["kind"] == "direct" and r["cue"] == "said"
    assert r["source"] == ("Leonard E. Burman, director of the Tax Policy Center and a professor at Syracuse "
                           "University")
    assert r["content"].startswith("“It has the important virtue") and r["content"].endswith("problems worse.”")


def test_quote_then_role_speaker_with_a_relative_clause_or_name_apposition():
    r = one("“We will not attend,” the minister, who was speaking after a meeting of the cabinet in Seoul on "
            "Monday, said.")
    assert (r["cue"], r["content"]) == ("said", "“We will not attend,”")
    assert r["source"] == "the minister, who was speaking after a meeting of the cabinet in Seoul on Monday"
    r = one("“We will not attend,” a spokesman for the Russian foreign ministry, Maria Zakharova, told reporters.")
    assert r["cue"] == "told" and r["source"] == "a spokesman for the Russian foreign ministry, Maria Zakharova"


def test_long_narrative_after_a_quote_is_no_speaker():
    # a cue far after the quote without a comma-closed apposition: the quote stays without a cue
    a = att("“We will not attend,” the minister of the interior and the head of the police of the city of Seoul "
            "agreed on Monday after the long meeting of the cabinet said.")
    assert not (a["cue"] == "said").any()


def test_adverb_before_the_cue_is_not_part_of_the_source():
    r = one("The minister even suggested that the talks may have been sabotaged.")
    assert (r["source"], r["cue"]) == ("The minister", "suggested")
    assert r["content"] == "that the talks may have been sabotaged"
    r = one("The spokesman later told reporters that the border would stay closed.")
    assert r["source"] == "The spokesman"


def _att_parser(text):
    import pandas as pd

    from newsanalysis.attribution import attributions

    return attributions(pd.DataFrame({"article_id": ["a"], "text": [text], "language": ["en"]}), parser=True)


def test_parser_drops_a_rule_source_without_a_noun():
    # "swiftly called" is an adjective here; the rules took "Following a swiftly" as a speaker
    pytest.importorskip("spacy")
    text = "Following a swiftly called late-afternoon meeting, the Security Council condemned the test."
    assert (att(text)["cue"] == "called").any()          # the rules alone
    a = _att_parser(text)
    assert list(a["cue"]) == ["condemned"]
    assert (a["source"].iloc[0], a["content"].iloc[0]) == ("the Security Council", "the test")


def test_parser_frees_the_cue_of_a_junk_source_for_the_nested_cue():
    # "Having said that" is no attribution; the rules' content hid the real cue "argue"
    pytest.importorskip("spacy")
    a = _att_parser("Having said that, some economists argue that the tax should be very low.")
    r = a[a["cue"] == "argue"]
    assert len(r) == 1
    assert (r["source"].iloc[0], r["content"].iloc[0]) == ("some economists", "that the tax should be very low")
    assert not (a["source"] == "Having").any()


def test_parser_main_cue_wins_over_a_late_subordinate_cue():
    # the rules read "said" in "what the senators said" backwards over the whole sentence and so hid its main
    # cue; the parse makes the first "said" the root: two relations, each with its own content
    pytest.importorskip("spacy")
    a = _att_parser("But the senators said developers had redrawn these areas to build hotels, amounting to what "
                    "the senators said was economic gerrymandering.")
    got = sorted(zip(a["cue_start"].astype(int), a["source"], a["content"]))
    assert [(s, c) for _, s, c in got] == [
        ("the senators", "developers had redrawn these areas to build hotels"),
        ("the senators", "was economic gerrymandering"),
    ]


def test_parser_keeps_a_final_parenthetical_cue():
    pytest.importorskip("spacy")
    a = _att_parser("Clinton had told police officials that she didn't want the escort at all, but the NYPD "
                    "overruled that request, the source added.")
    r = a[a["cue"] == "added"]
    assert len(r) == 1 and r["source"].iloc[0] == "the source"
    assert r["content"].iloc[0] == ("Clinton had told police officials that she didn't want the escort at all, "
                                    "but the NYPD overruled that request")


def test_parser_content_after_the_cue_replaces_a_clause_before_it():
    # the rules take the opening participle clause as content; the parse gives the verb's object
    pytest.importorskip("spacy")
    text = "Campaigning in Ohio in 2012, the senator criticized the trade deal."
    # (English round 14: the rules alone no longer take a fronted participle phrase as content either)
    assert one(text)["content"] == "the trade deal"          # the rules alone
    a = _att_parser(text)
    assert len(a) == 1 and (a["source"].iloc[0], a["content"].iloc[0]) == ("the senator", "the trade deal")


def test_parser_puts_back_a_source_the_rules_took_as_content():
    pytest.importorskip("spacy")
    a = _att_parser("\"We will see.\"\n\nConservative economist Aparna Mathur, who studies tax policy at the American "
                    "Enterprise Institute, said the statement didn't clarify the matter.")
    r = a[a["cue"] == "said"].iloc[0]
    assert r["source"] == ("Conservative economist Aparna Mathur, who studies tax policy at the American Enterprise "
                           "Institute")
    assert r["content"] == "the statement didn't clarify the matter"


def test_speaker_with_relative_clause_then_cue_and_a_clause():
    # "X, who …, said the statement didn't …": the words after the cue are a clause (a finite verb), so they
    # are the content, not a speaker after the cue
    r = one("Conservative economist Aparna Mathur, who studies tax policy at the American Enterprise Institute, "
            "said the statement didn't clarify the matter.")
    assert r["source"] == ("Conservative economist Aparna Mathur, who studies tax policy at the American "
                           "Enterprise Institute")
    assert r["content"] == "the statement didn't clarify the matter"
    r = one("“We will not attend,” said the foreign minister of South Korea.")
    assert r["source"] == "the foreign minister of South Korea"


def test_parser_object_content_ends_before_a_comma_relative_clause():
    # PolNeAR's content is what the source questions or shows, not the writer's description added after a comma
    pytest.importorskip("spacy")
    r = _att_parser("Some Democrats question the wisdom of relying on Scott, who has never faced a competitive "
                    "race.").iloc[0]
    assert (r["cue"], r["source"], r["content"]) == ("question", "Some Democrats", "the wisdom of relying on Scott")
    r = _att_parser("Polls show a close contest in the state, where 18 electoral votes are up for grabs.").iloc[0]
    assert (r["source"], r["content"]) == ("Polls", "a close contest in the state")
    # a name in apposition stays in the object
    r = _att_parser("The senator praised the museum's director, Lonnie Bunch.").iloc[0]
    assert r["content"] == "the museum's director, Lonnie Bunch"


def test_second_cue_between_two_quotes_makes_two_relations():
    a = att("“We certainly can’t afford to do this anymore,” Trump said, adding later, “NATO is costing us a "
            "fortune.”")
    assert list(a["cue"]) == ["said", "adding"]
    assert list(a["source"]) == ["Trump", "Trump"]
    assert list(a["content"]) == ["“We certainly can’t afford to do this anymore,”", "“NATO is costing us a fortune.”"]
    # without a second cue the two parts stay one quotation
    r = one("“Part one,” he said, “part two.”")
    assert r["content"] == "“Part one,” […] “part two.”" and r["content_gaps"] == ((11, 21),)


def test_real_polnear_dev_quote_with_long_speaker(shared):
    """PolNeAR dev (nyt, Clinton's tax plan; text read from ../shared, not copied): "''It has the important
    virtue of being fiscally responsible,'' Leonard E. Burman, director of the centrist Urban-Brookings Tax
    Policy Center and a professor at the Maxwell School of Syracuse University, said of Mrs. Clinton's plan.
    ''It doesn't make our long-term fiscal problems worse.''" is one quotation of Burman's (the rules
    alone)."""
    from newsanalysis.attribution import attributions
    from newsanalysis.evaluate.polnear import load_split

    arts, _ = load_split("dev", shared)
    arts = arts[arts["article_id"].str.startswith("nyt_2016-09-16_clinton-plan-for-taxes")].reset_index(drop=True)
    assert len(arts) == 1
    a = attributions(arts)
    r = a[a["source"].fillna("").str.startswith("Leonard E. Burman")]
    assert len(r) == 1
    r = r.iloc[0]
    assert r["cue"] == "said" and r["kind"] == "direct"
    assert r["source"].endswith("a professor at the Maxwell School of Syracuse University")
    assert r["content"].startswith("''It has the important virtue")
    assert r["content"].endswith("''It doesn't make our long-term fiscal problems worse.''")
    # the second part is no longer a cue-less row credited to "all the experts I interviewed"
    assert not ((a["cue"].isna()) & (a["content"].str.contains("long-term fiscal problems"))).any()


def test_parser_participle_after_a_comma_is_a_relation_of_the_speaker():
    # "…, adding that …" hangs in the parse on the reported verb ("failed"); it is the minister who adds
    pytest.importorskip("spacy")
    a = _att_parser("The minister said the talks had failed, adding that Seoul would not attend the next round.")
    got = list(zip(a["cue"], a["source"], a["content"]))
    assert got == [("said", "The minister", "the talks had failed"),
                   ("adding", "The minister", "that Seoul would not attend the next round")]
    # the rules alone give the same two relations since round 9 (", adding" after a reported clause is the
    # speaker's second relation; before, they stopped the content at the participle but missed "adding")
    r = att("The minister said the talks had failed, adding that Seoul would not attend the next round.")
    assert list(zip(r["cue"], r["source"], r["content"])) == got
