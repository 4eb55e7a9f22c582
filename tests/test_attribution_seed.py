"""The seed article: every attribution a reader finds in it, typed (issue 4, "done when")."""
import pytest

from newsanalysis.attribution import attributions, claims


@pytest.fixture(scope="module")
def seed_att(seed_articles):
    return attributions(seed_articles)


def row(a, cue):
    hit = a[a["cue"] == cue]
    assert len(hit) >= 1, f"cue {cue!r} not found; cues: {list(a['cue'])}"
    return hit.iloc[0]


def test_laut_wsj(seed_att):
    r = row(seed_att, "laut")
    assert (r["kind"], r["source"], r["source_type"], r["source_country"]) == ("according_to", "WSJ", "media", "US")
    assert r["named"] and not r["anonymous"]


def test_american_officials_claim(seed_att):
    r = seed_att[seed_att["source"] == "Amerikanische Beamte"].iloc[0]
    assert (r["kind"], r["cue"], r["stance"]) == ("indirect", "behaupten", "distancing")
    assert (r["source_type"], r["source_country"], r["anonymous"], r["named"]) == ("government", "US", True, False)
    assert r["content"].startswith("Nordkorea habe seit September etwa 11.000 Container")


def test_south_korean_defence_minister_estimates(seed_att):
    r = seed_att[seed_att["source"] == "Der südkoreanische Verteidigungsminister"].iloc[0]
    assert (r["kind"], r["cue"], r["stance"]) == ("indirect", "schätzt", "estimating")
    assert (r["source_type"], r["source_country"], r["identified_by"], r["anonymous"]) == ("government", "KR", "role", False)


def test_south_korea_estimates(seed_att):
    r = seed_att[seed_att["source"] == "Südkorea"].iloc[0]
    assert (r["cue"], r["source_type"], r["source_country"], r["named"]) == ("schätzt", "government", "KR", True)
    assert "über 9.000 Container" in r["content"]


def test_south_korean_officials(seed_att):
    r = seed_att[seed_att["source"] == "Südkoreanische Beamte"].iloc[0]
    assert (r["cue"], r["source_type"], r["source_country"], r["anonymous"]) == ("betonen", "government", "KR", True)


def test_some_experts(seed_att):
    r = seed_att[seed_att["source"] == "Einige Experten"].iloc[0]
    assert (r["cue"], r["stance"], r["source_type"], r["anonymous"]) == ("behaupten", "distancing", "expert", True)
    assert r["content"].startswith("Russland drohe damit")


def test_kim_praised(seed_att):
    r = row(seed_att, "gelobt")
    assert r["source"] == "Kim" and r["source_name"] == "Kim Jong Un" and r["actor_id"] == "kim_jong_un"
    assert (r["source_country"], r["source_type"]) == ("KP", "government")
    assert r["content"] == "ihre starke Beziehung"


def test_reportative_soll(seed_att):
    r = row(seed_att, "soll")
    assert r["kind"] == "reportative" and r["source"] is None
    assert r["content"].startswith("Nordkorea soll unzufrieden")


def test_no_attribution_from_site_furniture_or_narration(seed_att):
    # every row belongs to one of the eight attributions above or to "Einige Menschen befürchten, dass …"
    assert set(seed_att["cue"]) <= {"laut", "behaupten", "schätzt", "betonen", "gelobt", "soll", "befürchten"}
    assert len(seed_att) == 9


def test_seed_claims(seed_articles, seed_att):
    c = claims(seed_articles, attributions=seed_att)
    got = {(r.number_text, r.value, r.unit, r.source) for r in c.itertuples()}
    assert got == {
        ("etwa 11.000 Container", 11000.0, "Container", "Amerikanische Beamte"),
        ("bis zu 5 Millionen Artilleriegeschosse", 5000000.0, "Artilleriegeschosse",
         "Der südkoreanische Verteidigungsminister"),
        ("über 9.000 Container", 9000.0, "Container", "Südkorea"),
    }
    assert c["attributed"].all()
