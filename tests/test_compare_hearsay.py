"""Anonymous sources and hearsay are two measures (session 13, German trial).

Reportative rows ("soll … haben", "reportedly") give no source at all but carry ``anonymous`` True, so the
anonymous share of an outlet counted how often it writes "soll" (9 of the 21 anonymous German on-topic rows).
Now ``anonymous_share`` = anonymous sources / rows with a source (named, anonymous or neither), and
``hearsay_share`` = reportative rows / all rows, each with its interval, in compare, estimates and
compare_tests alike. Every figure below is worked out by hand from the tables written here.
"""
import math

import numpy as np
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.compare import SOURCE_STATUSES, source_counts, source_status
from newsanalysis.pipeline import AnalysisResult

# one row per attribution: (article, kind, source, named, anonymous)
ROWS = [
    ("a1", "indirect", "Kim", True, False),              # named
    ("a1", "indirect", "officials", False, True),        # anonymous source
    ("a1", "reportative", None, False, True),            # hearsay: "soll", no source at all
    ("a1", "direct", None, False, False),                # a quote whose speaker was not found
    ("a2", "according_to", "the minister", False, False),  # neither: a role
    ("a2", "reportative", None, False, True),            # hearsay
    ("b1", "indirect", "Putin", True, False),
    ("b1", "direct", "Lavrov", True, False),
    ("b2", "indirect", "Beamte", False, True),
    ("b2", "indirect", "the letter", False, False),      # neither: a document
    ("c1", "reportative", None, False, True),            # an outlet with hearsay only
]


def _att():
    return pd.DataFrame(ROWS, columns=["article_id", "kind", "source", "named", "anonymous"]).assign(
        source_type="unknown")


def _result():
    ids = ["a1", "a2", "b1", "b2", "c1"]
    outlet = ["A", "A", "B", "B", "C"]
    arts = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "text": "x"})
    summary = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "analysed": True,
                            "mean_compound": [0.1, 0.2, 0.3, 0.4, 0.0], "n_scored": 3})
    frames = pd.DataFrame([(a, f, True, False) for a in ids for f in na.GENERIC_FRAMES],
                          columns=["article_id", "frame", "analysed", "present"])
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, _att(), summary, {"fingerprint": "t"})


def test_source_status_by_hand():
    att = _att()
    before = att.copy()
    st = source_status(att)
    assert st.tolist() == ["named", "anonymous", "hearsay", "no_source", "neither", "hearsay",
                           "named", "named", "anonymous", "neither", "hearsay"]
    assert set(st) <= set(SOURCE_STATUSES) and st.index.equals(att.index)
    pd.testing.assert_frame_equal(att, before)  # input not changed
    c = source_counts(att)
    assert c.loc["a1"].tolist() == [4, 2, 1, 1, 1]  # attributions, sourced, anonymous, hearsay, no_source
    assert c.loc["a2"].tolist() == [2, 1, 0, 1, 0]
    # a hand-made table with only the anonymous flag keeps its old meaning: every row has a source
    old = pd.DataFrame({"article_id": ["x", "x"], "anonymous": [True, False]})
    assert source_status(old).tolist() == ["anonymous", "neither"]


def test_compare_anonymous_share_leaves_hearsay_out():
    c = na.compare(_result(), by="outlet").set_index("outlet")
    # A: rows with a source: Kim, officials, the minister = 3, one anonymous -> 1/3 (before: the anonymous flag
    # over all 6 rows, officials + two "soll" = 3/6 = 0.5); hearsay 2 of 6 rows; one speaker not found
    assert c.loc["A", "attributions"] == 6 and c.loc["A", "sourced_attributions"] == 3
    assert c.loc["A", "anonymous_share"] == pytest.approx(1 / 3)
    assert c.loc["A", "hearsay_share"] == pytest.approx(1 / 3)
    assert c.loc["A", "no_source_found"] == 1
    assert c.loc["A", "anonymous_low"] <= 1 / 3 <= c.loc["A", "anonymous_high"]
    assert c.loc["A", "hearsay_low"] <= 1 / 3 <= c.loc["A", "hearsay_high"]
    # B: 1 anonymous of 4 sources, no hearsay
    assert c.loc["B", "anonymous_share"] == pytest.approx(0.25) and c.loc["B", "hearsay_share"] == 0
    # C: hearsay only -> no source, so no anonymous share (NaN, not 0); hearsay 1 of 1, one article: no interval
    assert np.isnan(c.loc["C", "anonymous_share"]) and c.loc["C", "sourced_attributions"] == 0
    assert c.loc["C", "hearsay_share"] == 1.0 and np.isnan(c.loc["C", "hearsay_low"])


def test_estimates_use_the_same_definitions():
    est = na.estimates(_result(), by="outlet").set_index(["outlet", "family", "measure"])
    an = est.loc[("A", "anonymous", "anonymous_share")]
    assert an["estimate"] == pytest.approx(1 / 3) and an["n_units"] == 3 and an["n_articles"] == 2
    hs = est.loc[("A", "hearsay", "hearsay_share")]
    assert hs["estimate"] == pytest.approx(1 / 3) and hs["n_units"] == 6 and hs["n_articles"] == 2
    # the same interval as compare()
    c = na.compare(_result(), by="outlet").set_index("outlet")
    assert an["low"] == pytest.approx(c.loc["A", "anonymous_low"]) and hs["high"] == pytest.approx(
        c.loc["A", "hearsay_high"])
    # C has no row with a source: its anonymous share has no article behind it
    assert est.loc[("C", "anonymous", "anonymous_share"), "n_articles"] == 0


def test_compare_tests_anonymous_and_hearsay_by_hand():
    t = na.compare_tests(_result(), by="outlet", min_articles=2, n_cluster_resamples=99)
    an = t[(t["family"] == "anonymous") & (t["scope"] == "all")].iloc[0]
    # anonymous / other sources: A 1/2, B 1/3 (hearsay and the lost speaker are in neither);
    # expected A 6/7, 15/7; B 8/7, 20/7; every deviation 1/7 -> chi2 = (1/7)(1/6 + 1/15 + 1/8 + 1/20) = 7/120
    assert an["n"] == 7 and an["statistic"] == pytest.approx(7 / 120)
    assert an["difference"] == pytest.approx(1 / 3 - 1 / 4)
    assert an["difference_measure"].startswith("difference in anonymous share")
    hs = t[(t["family"] == "hearsay") & (t["scope"] == "all")].iloc[0]
    # hearsay / other rows: A 2/4, B 0/4; expected A 1.2/4.8, B 0.8/3.2; deviations 0.8 -> chi2 = 5/3
    assert hs["n"] == 10 and hs["statistic"] == pytest.approx(5 / 3)
    assert hs["effect_size"] == pytest.approx(math.sqrt(5 / 3 / 10))
    assert hs["difference"] == pytest.approx(1 / 3) and hs["measure"] == "hearsay_share"
    assert hs["difference_measure"].startswith("difference in hearsay share")
    assert "C" in hs["common_note"]  # one article: left out of the tests


def test_on_sentences_soll_is_hearsay_and_beamte_are_anonymous():
    arts = pd.DataFrame({"article_id": ["d"], "language": "de",
                         "text": ["Nordkorea soll Tausende Soldaten nach Russland geschickt haben. "
                                  "Südkoreanische Beamte sagten, die Lage sei ernst."]})
    att = na.attributions(arts)
    st = dict(zip(att["kind"], source_status(att)))
    assert st["reportative"] == "hearsay" and st["indirect"] == "anonymous"
    # both rows carry the anonymous flag; only one is an anonymous source
    assert att["anonymous"].all()
    c = source_counts(att).loc["d"]
    assert c["anonymous"] == 1 and c["sourced"] == 1 and c["hearsay"] == 1


def test_article_summary_counts_anonymous_sources_and_hearsay_apart():
    """The per-article summary of analyze() uses the same labels: one German article with an anonymous
    source ("Nach Angaben von Beamten …"), one hearsay sentence ("soll … geliefert haben") and a named
    source gives anonymous_attributions 1 and hearsay_attributions 1 (before: anonymous 2)."""
    text = ("Nordkorea soll Russland Munition geliefert haben. "
            "Nach Angaben von Beamten wurden die Container per Schiff gebracht. "
            "Der Minister Boris Pistorius sagte, die Lage sei ernst.")
    arts = pd.DataFrame({"article_id": ["d1"], "text": [text], "language": ["de"], "outlet": ["X"]})
    s = na.analyze(arts).summary.set_index("article_id")
    assert s.loc["d1", "hearsay_attributions"] == 1
    assert s.loc["d1", "anonymous_attributions"] == 1


def test_reportative_inside_an_according_to_content_is_nested_not_hearsay():
    # session 17, a teacher's trial: ZEIT's "Laut nordkoreanischen Staatsmedien … gesprochen haben soll" was the
    # outlet's only hearsay row, although "laut" names the source; the "soll" repeats that sourcing
    from newsanalysis.compare import nested_mask, reported_attributions
    t = ("Laut nordkoreanischen Staatsmedien traf Kim einen Offizier, mit dem er über die Lieferungen "
         "gesprochen haben soll.")
    att = na.attributions(pd.DataFrame({"article_id": ["z"], "text": [t], "language": "de", "outlet": "ZEIT"}))
    assert sorted(att["kind"]) == ["according_to", "reportative"]
    nested = nested_mask(att)
    assert nested[att["kind"] == "reportative"].all() and not nested[att["kind"] == "according_to"].any()
    assert list(reported_attributions(att)["kind"]) == ["according_to"]
    # without "laut", the same "soll" is hearsay without a source, and counted
    att2 = na.attributions(pd.DataFrame({"article_id": ["z"], "text": [
        "Kim traf einen Offizier, mit dem er über die Lieferungen gesprochen haben soll."], "language": "de",
        "outlet": "ZEIT"}))
    assert list(reported_attributions(att2)["kind"]) == ["reportative"]
