"""Session 10: KCNA and Yonhap precision, from a researcher's reading of the rows behind the outlet figures.

The sentences are hand-written to reproduce each pattern; the expected rows were worked out by reading them.
"""

from conftest import att as _att


def test_a_clause_ending_in_to_be_is_no_source():
    # "defending" continues "contribution to consolidating … and defending": nobody speaks
    a = _att("Meetings and comradely ties between us to be continued in the future will make a positive "
             "contribution to consolidating the foundation and defending regional and global peace.")
    assert a.empty


def test_a_sentence_opening_participle_is_no_source():
    # the participle's subject is the main clause's "he": the speaker of the report before
    a = _att("Medvedev noted that the ties were strong. Expressing hope that the cooperation between the two "
             "parties would make a great contribution, he wished the leader good health.")
    assert a["source"].tolist() == ["Medvedev", "Medvedev"] and a["resolved_from"].tolist()[1] == "he"
    assert a["content"].tolist()[1] == ("that the cooperation between the two parties would make a great "
                                        "contribution")
    # with no subject after it, no source
    a = _att("Expressing hope that the cooperation would grow.")
    assert a["source"].isna().all() and not a["named"].any()
    # a participle phrase before a passive "reported by" is no statement at all
    a = _att("Including additional public activities reported by state media between Dec. 1 and 27, the total "
             "number rose to 131.")
    assert not (a["source"] == "Including additional public activities").any() and not a["named"].any()


def test_a_cue_word_inside_a_noun_phrase_is_no_cue():
    # "I would like to give a serious warning over …": the warning is the object of "give"
    assert _att("Taking this opportunity, I would like to give a serious warning over the backbiting against "
                "the DPRK at a recent meeting.").empty
    # "missile warning data sharing system": a noun modifier, for every coordinated subject
    assert _att("Since the summit, Japan and the three countries have operated a real-time missile warning data "
                "sharing system under the pretext of coping with threats.").empty
    # "paid a courtesy call on him": a visit, not a call on someone to act
    assert _att("The minister met the delegation headed by the vice-minister, who paid a courtesy call on him at "
                "the hall on Tuesday.").empty
    # a participle after its noun phrase still reports: "launching an advertising campaign attacking Obama"
    a = _att('The group continued its offensive, launching an advertising campaign attacking Obama as an '
             '"elitist hypocrite" for opposing the proposal.')
    assert a["cue"].tolist() == ["attacking"]
    # a subject before a determiner phrase still speaks: "by a law professor found"
    a = _att("A 2014 study by a law professor found 31 incidents of voter impersonation.")
    assert a["cue"].tolist() == ["found"]


def test_talks_and_exchanges_of_views_are_no_sources():
    assert _att("The talks discussed the issues of further developing the economic cooperation.").empty
    assert _att("The exchange of views on major international issues confirmed that the two sides are unanimous "
                "in their assessment.").empty
    # a meeting inside the speaker's relative clause is not the head
    a = _att("The minister, who was speaking after a meeting of the cabinet, said the talks had failed.")
    assert a["cue"].tolist() == ["said"]


def test_the_chairman_of_a_long_organisation_name_is_the_source():
    a = _att("The chairman of the Mongolian Center for the Study of the Juche Idea said the war was won by the "
             "Korean people.")
    r = a.iloc[0]
    assert r["source"] == "The chairman of the Mongolian Center for the Study of the Juche Idea"
    assert r["source_type"] != "document" and r["source_country"] == "MN"
    a = _att("The chief of the Swiss Group for the Study of the Juche Idea praised the leader for his wisdom.")
    assert a["source"].tolist() == ["The chief of the Swiss Group for the Study of the Juche Idea"]
    assert a["source_type"].tolist() != ["document"]


def test_said_adding_gives_the_adding_row_the_same_source():
    a = _att('The country has made great progress, the message said, adding:\n"We will win the struggle."')
    assert a["source"].tolist() == ["the message", "the message"]
    assert a["cue"].tolist() == ["said", "adding"]


def test_echoed_that_assessment_saying_is_one_statement():
    a = _att("Other analysts echoed that assessment, saying the rollout may be timed to fulfill political goals.")
    assert a["cue"].tolist() == ["saying"] and a["source"].tolist() == ["Other analysts"]
    # two statements stay two rows
    a = _att("The minister said the talks had failed, adding that Seoul would not attend the next round.")
    assert a["cue"].tolist() == ["said", "adding"]


def test_a_bare_surname_takes_the_type_of_the_full_name_before():
    a = _att("The commander of American forces said that Seoul is not simply responding to threats. "
             "Gen. Xavier Brunson spoke at a forum, citing the new strategy. Brunson said the North had made a "
             "decision.")
    assert a.loc[a["source"] == "Brunson", "source_type"].tolist() == ["military"]
    # a rank before the full name is an introduction, not a sentence end ("Gen.")
    a = _att("Armed forces chief Gen. Xavier Brunson visited the base. Brunson said the North had made a decision.")
    assert a["source_type"].tolist() == ["military"]


def test_a_possessive_owner_does_not_type_the_head():
    a = _att("Korean officials' license plates indicate power hierarchy in regime SEOUL -- Car plates may point "
             "to their power hierarchy.")
    assert "government" not in a["source_type"].tolist()


def test_a_dash_rule_after_a_broadcaster_is_cut_and_typed_media():
    a = _att("The celebration will be held at the square, according to the Korean Central Broadcasting "
             "Station.------------N.")
    r = a.iloc[0]
    assert r["source"] == "the Korean Central Broadcasting Station" and r["source_type"] == "media"
