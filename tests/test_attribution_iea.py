"""Source typing of the International Energy Agency (trial of session 13, finding 10: "according to IEA" was unknown)."""
import pandas as pd

import newsanalysis as na


def test_international_energy_agency_is_an_international_org():
    texts = ["Officials said, according to IEA, that wind power will reach 20 percent.",
             "According to the International Energy Agency, coal use will fall next year."]
    a = pd.DataFrame({"article_id": ["a", "b"], "text": texts, "language": ["en", "en"]})
    att = na.attributions(a)
    got = att[att["source"].str.contains("IEA|Energy Agency", na=False)]
    assert got["source_type"].tolist() == ["international_org", "international_org"]
