"""Session 10: the type of sources whose title or group says less than their organisation, and a cue that
closes a fronted adverbial.

Sentences written for the tests, modelled on KCNA's solidarity reports, party and UN titles and a Korea
Herald sentence; the expected rows were worked out by reading them.
"""

from conftest import att as _att


def test_members_of_a_forum_are_not_a_government():
    # a civil-society group named after its country: "Germany" gives the country, not the kind of source
    a = _att("Members of the Anti-Imperialist Forum of Germany said the DPRK was a beacon of independence.")
    assert a["source"].tolist() == ["Members of the Anti-Imperialist Forum of Germany"]
    assert a["source_type"].tolist() == ["unknown"] and a["source_country"].tolist() == ["DE"]


def test_a_secretary_general_takes_the_type_of_the_organisation():
    a = _att("The secretary general of the party's central committee said the meeting was a success.")
    assert a["source_type"].tolist() == ["government"]
    a = _att("The secretary general of NATO said the deployment was a dangerous escalation.")
    assert a["source_type"].tolist() == ["international_org"]
    # without an organisation the title keeps its usual reading (the UN's)
    a = _att("UN Secretary-General Antonio Guterres said he was deeply concerned.")
    assert a["source_type"].tolist() == ["international_org"] and a["named"].tolist() == [True]


def test_a_cue_closing_a_fronted_adverbial_reports_nothing():
    # "the progress Pyongyang claims" is an object-gap relative clause inside "With …,": Pyongyang did not
    # say what the analysts say; the analysts are the only source
    a = _att("With the rapid timeline and scale of progress Pyongyang claims, analysts in Seoul say suspicions "
             "of Russian assistance are difficult to dismiss.")
    assert a["source"].tolist() == ["analysts in Seoul"] and a["cue"].tolist() == ["say"]
    # a fronted adverbial that ends before the speaker still lets the report through
    a = _att("With Russia's help, Kim said, the fleet will grow.")
    assert a["source"].tolist() == ["Kim"] and a["content"].str.contains("fleet will grow").all()
    a = _att("As Putin said, the treaty is a milestone.")
    assert a["source"].tolist() == ["Putin"]
