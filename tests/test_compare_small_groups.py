"""Groups of one article: tests that cannot be run say so (NaN p and a note), never raise (session 10 trial)."""
import numpy as np
import pandas as pd

import newsanalysis as na
from newsanalysis.compare import cluster_contingency_test
from newsanalysis.pipeline import AnalysisResult


def _three_single_articles():
    ids = ["z", "f", "m"]
    arts = pd.DataFrame({"article_id": ids, "outlet": ["ZEIT", "FR", "MM"], "language": "de", "text": "x"})
    summary = pd.DataFrame({"article_id": ids, "outlet": arts["outlet"], "language": "de", "analysed": True,
                            "mean_compound": [-0.3, -0.2, -0.1], "n_scored": 5})
    frames = pd.DataFrame([(a, f, True, f == "Economic" and a != "z") for a in ids for f in na.GENERIC_FRAMES],
                          columns=["article_id", "frame", "analysed", "present"])
    att = pd.DataFrame({"article_id": ["z", "f", "f", "m"], "anonymous": [True, False, False, True],
                        "source_type": ["government", "media", "government", "unknown"]})
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, att, summary, {"fingerprint": "t"})


def test_one_article_per_group_gives_notes_not_errors():
    t = na.compare_tests(_three_single_articles(), by="outlet", min_articles=1, n_resamples=99,
                         n_cluster_resamples=99)
    allg = t[t["scope"] == "all"].set_index(["family", "measure"])
    # Economic in FR and MM, not ZEIT: a 3 x 2 table with expected counts below 5 would need a permutation of
    # articles, and one article per group cannot be permuted against its group
    eco = allg.loc[("frame", "Economic")]
    assert np.isnan(eco["p_value"]) and "fewer than two articles" in eco["note"]
    assert np.isnan(allg.loc[("anonymous", "anonymous_share"), "p_value"])
    assert np.isnan(allg.loc[("tone", "mean_compound"), "p_value"])
    assert "fewer than two" in allg.loc[("tone", "mean_compound"), "note"]


def test_cluster_test_with_a_single_article_group():
    per = pd.DataFrame({"anonymous": [1, 0, 2], "named": [0, 3, 1]}, index=["a1", "b1", "b2"])
    r = cluster_contingency_test(per, ["A", "B", "B"], n_resamples=99)
    assert np.isnan(r["p_value"]) and r["note"].startswith("fewer than two articles with counts in: A")
    # the table and its effect size are still given: A 1/0, B 2/4
    assert r["n"] == 7 and r["effect_size"] > 0


def test_all_groups_too_small_says_not_tested():
    t = na.compare_tests(_three_single_articles(), by="outlet", n_resamples=99, n_cluster_resamples=99)
    assert t["p_value"].isna().all()
    assert t["note"].str.startswith("not tested: fewer than two groups with at least 5 analysed articles").all()
    assert t["common_note"].str.contains("left out (fewer than 5 analysed articles in de): FR, MM, ZEIT",
                                         regex=False).all()
