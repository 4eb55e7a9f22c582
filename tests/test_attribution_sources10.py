"""Session 10: the type of sources whose title or group says less than their organisation.

Sentences written for the tests, modelled on KCNA's solidarity reports and on party and UN titles; the
expected types were worked out by reading them.
"""
import pandas as pd

from newsanalysis import attributions


def _att(text: str) -> pd.DataFrame:
    return attributions(pd.DataFrame([{"article_id": "a", "text": text, "language": "en"}]))


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
