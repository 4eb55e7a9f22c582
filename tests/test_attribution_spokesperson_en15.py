"""Session 15: an unnamed English spokesperson of a named institution is a role, as German "Ein Sprecher des
Auswärtigen Amts" (docs/attribution.md, "Named, anonymous or neither"). Hand-written sentences."""
import pytest

from conftest import att


def _src(text):
    a = att(text, "en")
    assert len(a) == 1, a[["cue", "source"]]
    return a.iloc[0]


@pytest.mark.parametrize("text, country", [
    ("A Kremlin spokesman said the talks were useful.", "RU"),                       # was anonymous
    ("A State Department spokesman said the talks were useful.", "US"),              # was named
    ("A spokesman for the Foreign Ministry said the talks were useful.", None),      # was named; which ministry?
    ("A spokesman for Putin said the talks were useful.", "RU"),                     # was Putin himself, named
])
def test_unnamed_spokesperson_of_an_institution_is_a_role(text, country):
    r = _src(text)
    assert (bool(r["named"]), bool(r["anonymous"]), r["identified_by"]) == (False, False, "role")
    assert r["source_country"] == country
    assert r["actor_id"] is None  # not the institution or the person speaking


def test_spokesperson_with_a_name_stays_named():
    r = _src("Foreign Ministry spokeswoman Maria Zakharova said the talks were useful.")
    assert bool(r["named"]) and r["actor_id"] == "zakharova"


def test_bare_spokesman_and_unnamed_official_stay_anonymous():
    assert bool(_src("A spokesman said the talks were useful.")["anonymous"])
    assert bool(_src("A Kremlin official said the talks were useful.")["anonymous"])
    assert bool(_src("A spokesman for the ministry, who declined to be named, said the talks were useful.")["anonymous"])
