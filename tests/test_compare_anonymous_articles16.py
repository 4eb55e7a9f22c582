"""Articles with an anonymous source, next to the share of attributions (session 16, a data journalist's trial).

``anonymous_share`` is a share of attributions: tagesschau.de's 5.4 % (19 of 355) were 29.4 % of its articles (5
of 17), and "tagesschau quoted anonymous sources in 5 % of its articles" is off by a factor of five. compare()
and estimates() now give ``anonymous_article_share`` (analysed articles with at least one counted anonymous
source / all analysed articles) with a Wilson interval over articles, ``articles_with_anonymous`` and
``articles_with_sources``; compare_tests() tests it like a frame's presence (family ``anonymous_article``). The
counted rows are the ones ``anonymous_share`` counts (hearsay is no anonymous source; turns, duplicates and cue
classes left out as there). Every expected value below is worked out by hand from the tables written here.
"""
import math
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.compare import adjust_pvalues
from newsanalysis.pipeline import AnalysisResult

Z = 1.959963984540054  # 97.5 % normal quantile


def wilson(k, n):
    """Wilson's (1927) score interval written out: (p + z²/2n ± z √(p(1−p)/n + z²/4n²)) / (1 + z²/n)."""
    p = k / n
    centre = (p + Z ** 2 / (2 * n)) / (1 + Z ** 2 / n)
    half = Z * math.sqrt(p * (1 - p) / n + Z ** 2 / (4 * n * n)) / (1 + Z ** 2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


# one row per attribution: (article, kind, source, named, anonymous, speaker_turn, cue_class)
ROWS = (
    # outlet A. a1: 10 counted attributions, one anonymous ("officials"); a2: two named; a3: none at all
    [("a1", "indirect", "officials", False, True, False, "speech")]
    + [("a1", "indirect", f"Minister {i}", True, False, False, "speech") for i in range(9)]
    + [("a2", "indirect", "Kim", True, False, False, "speech"), ("a2", "direct", "Putin", True, False, False, "speech")]
    # outlet B. b1: hearsay only ("soll ... haben": no source at all, though the anonymous flag is set);
    # b2: "Beamte glauben" (anonymous, a cognition cue); b3: an anonymous speaker turn of a transcript only;
    # b4: a flagged copy of b2
    + [("b1", "reportative", None, False, True, False, "reportative"),
       ("b2", "indirect", "Beamte", False, True, False, "cognition"),
       ("b3", "direct", "Participant", False, True, True, "speech"),
       ("b4", "indirect", "Beamte", False, True, False, "cognition")]
)


def _result():
    ids = ["a1", "a2", "a3", "b1", "b2", "b3", "b4"]
    outlet = ["A", "A", "A", "B", "B", "B", "B"]
    arts = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "text": "x",
                         "published": pd.Timestamp("2024-06-19", tz="UTC"),
                         "duplicate_of": [None] * 6 + ["b2"]})
    summary = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "analysed": True,
                            "mean_compound": 0.1, "n_scored": 3})
    frames = pd.DataFrame([(a, "Economic", True, False) for a in ids],
                          columns=["article_id", "frame", "analysed", "present"])
    att = pd.DataFrame(ROWS, columns=["article_id", "kind", "source", "named", "anonymous", "speaker_turn",
                                      "cue_class"]).assign(source_type="unknown")
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, att, summary, {"fingerprint": "t"})


def test_compare_counts_articles_not_attributions():
    res = _result()
    before = res.attributions.copy()
    c = na.compare(res, by="outlet").set_index("outlet")
    pd.testing.assert_frame_equal(res.attributions, before)  # input not changed
    a = c.loc["A"]
    # per attribution: 1 anonymous of 12 with a source; per article: 1 of the 3 analysed articles (a3, without any
    # attribution, is in the denominator), 2 of them cite a source at all
    assert a["anonymous_share"] == pytest.approx(1 / 12)
    assert a["analysed_articles"] == 3 and a["articles_with_sources"] == 2 and a["articles_with_anonymous"] == 1
    assert a["anonymous_article_share"] == pytest.approx(1 / 3)
    # Wilson 1 of 3: centre (1/3 + 0.6403) / 2.2805 = 0.4269, half 1.96 · 0.4252 / 2.2805 = 0.3654
    assert (a["anonymous_article_low"], a["anonymous_article_high"]) == pytest.approx((0.0615, 0.7923), abs=1e-4)
    assert (a["anonymous_article_low"], a["anonymous_article_high"]) == pytest.approx(wilson(1, 3))
    b = c.loc["B"]
    # b4 is a duplicate (left out); b1's "soll" is hearsay, no anonymous source; b3's only row is a speaker turn,
    # not counted: of b1, b2, b3 only b2 cites an anonymous source, and only b2 cites a source at all
    assert b["analysed_articles"] == 3 and b["duplicates_left_out"] == 1
    assert b["articles_with_anonymous"] == 1 and b["articles_with_sources"] == 1
    assert b["anonymous_article_share"] == pytest.approx(1 / 3)
    assert b["anonymous_share"] == 1.0  # "Beamte", the one counted row with a source


def test_the_same_rows_as_anonymous_share_with_the_same_arguments():
    res = _result()
    # the transcript turn counts with speaker_turns=True: b2 and b3 of b1, b2, b3
    b = na.compare(res, speaker_turns=True).set_index("outlet").loc["B"]
    assert b["articles_with_anonymous"] == 2 and b["anonymous_article_share"] == pytest.approx(2 / 3)
    # the copy counts with duplicates=True: b2 and b4 of four articles
    b = na.compare(res, duplicates=True).set_index("outlet").loc["B"]
    assert b["analysed_articles"] == 4 and b["articles_with_anonymous"] == 2
    assert b["anonymous_article_share"] == pytest.approx(0.5)
    # only speech and writing: "Beamte glauben" (cognition) is out, so no B article cites an anonymous source,
    # and none cites any source; A is all speech and stays 1 of 3
    c = na.compare(res, cue_classes=("speech", "writing")).set_index("outlet")
    assert c.loc["B", "articles_with_anonymous"] == 0 and c.loc["B", "articles_with_sources"] == 0
    assert c.loc["B", "anonymous_article_share"] == 0.0
    assert (c.loc["B", "anonymous_article_low"], c.loc["B", "anonymous_article_high"]) == pytest.approx(wilson(0, 3))
    assert c.loc["A", "anonymous_article_share"] == pytest.approx(1 / 3)


def test_the_old_columns_stay_and_no_attribution_table_gives_no_figure():
    res = _result()
    c = na.compare(res).set_index("outlet")
    for col in ("anonymous_share", "anonymous_low", "anonymous_high", "hearsay_share", "sourced_attributions"):
        assert col in c.columns
    # the new columns follow the attribution share's interval
    cols = list(c.columns)
    assert cols[cols.index("anonymous_high") + 1:cols.index("anonymous_high") + 6] == [
        "articles_with_sources", "articles_with_anonymous", "anonymous_article_share", "anonymous_article_low",
        "anonymous_article_high"]
    empty = replace(res, attributions=pd.DataFrame())
    e = na.compare(empty).set_index("outlet")
    assert np.isnan(e.loc["A", "anonymous_article_share"]) and np.isnan(e.loc["A", "anonymous_share"])
    assert e.loc["A", "articles_with_anonymous"] == 0
    assert not na.estimates(empty)["family"].eq("anonymous_article").any()


def test_estimates_give_the_article_share_with_wilson_over_articles():
    est = na.estimates(_result(), by="outlet")
    row = est[(est["outlet"] == "A") & (est["family"] == "anonymous_article")]
    assert len(row) == 1
    row = row.iloc[0]
    assert row["measure"] == "anonymous_article_share" and row["estimate"] == pytest.approx(1 / 3)
    assert (row["low"], row["high"]) == pytest.approx(wilson(1, 3))
    assert row["n_articles"] == 3 and row["n_units"] == 3 and row["interval"] == "Wilson on articles"
    # the attribution share is still the ratio of sums over attributions: 1 of 12
    att = est[(est["outlet"] == "A") & (est["measure"] == "anonymous_share")].iloc[0]
    assert att["estimate"] == pytest.approx(1 / 12) and att["n_units"] == 12
    # the figures of compare() and estimates() are one figure
    c = na.compare(_result()).set_index("outlet")
    b = est[(est["outlet"] == "B") & (est["family"] == "anonymous_article")].iloc[0]
    assert b["estimate"] == c.loc["B", "anonymous_article_share"] and b["high"] == c.loc["B", "anonymous_article_high"]


def _tested_result():
    """Three outlets of six English articles each. A and C: four articles with one anonymous source ("officials")
    and a named one, two with a named source only; B: six articles with a named source, one of them with a "soll"
    (hearsay, no anonymous source)."""
    rows = []
    for g in ("A", "C"):
        for i in range(6):
            aid = f"{g.lower()}{i}"
            rows.append((aid, "indirect", "Kim", True, False))
            if i < 4:
                rows.append((aid, "indirect", "officials", False, True))
    for i in range(6):
        rows.append((f"b{i}", "indirect", "Putin", True, False))
    rows.append(("b0", "reportative", None, False, True))
    ids = [f"{g}{i}" for g in "abc" for i in range(6)]
    outlet = [g.upper() for g in "abc" for _ in range(6)]
    arts = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "text": "x"})
    summary = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "analysed": True,
                            "mean_compound": np.linspace(-0.5, 0.5, 18), "n_scored": 3})
    frames = pd.DataFrame([(a, "Economic", True, i % 2 == 0) for i, a in enumerate(ids)],
                          columns=["article_id", "frame", "analysed", "present"])
    att = pd.DataFrame(rows, columns=["article_id", "kind", "source", "named", "anonymous"]).assign(
        source_type="unknown")
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, att, summary, {"fingerprint": "t"})


def test_compare_tests_article_family_like_frame_presence():
    t = na.compare_tests(_tested_result(), by="outlet", n_resamples=99, n_cluster_resamples=999)
    fam = t[t["family"] == "anonymous_article"].set_index(["scope", "group_a", "group_b"])
    assert set(fam.index) == {("all", "", ""), ("pairwise", "A", "B"), ("pairwise", "A", "C"), ("pairwise", "B", "C")}
    # across the three: [[4, 2], [0, 6], [4, 2]] articles; expected present 6 · 8/18 = 2.67, absent 3.33:
    # chi² = A (1.78/2.67 + 1.78/3.33 = 1.2) + B (7.11/2.67 + 7.11/3.33 = 4.8) + C 1.2 = 7.2, V = √(7.2/18) = 0.632;
    # expected counts below 5, so the p comes from permuting articles
    omni = fam.loc[("all", "", "")]
    assert omni["n"] == 18 and omni["statistic"] == pytest.approx(7.2)
    assert omni["effect_size"] == pytest.approx(math.sqrt(0.4))
    assert omni["test"] == "chi2, article permutation" and omni["language"] == "en"
    # A vs B: [[4, 2], [0, 6]], Fisher: tables as extreme as 4 of 4 present in A: k = 4 and k = 0, each
    # C(4,4)·C(8,2)/C(12,6) = 28/924 -> p = 56/924 = 0.0606; risk difference 4/6 − 0/6
    ab = fam.loc[("pairwise", "A", "B")]
    assert ab["test"] == "fisher_exact" and ab["p_value"] == pytest.approx(56 / 924)
    assert ab["difference"] == pytest.approx(2 / 3)
    # Newcombe: Wilson 4/6 = [0.3000, 0.9032], 0/6 = [0, 0.3903];
    # low = 2/3 − √((2/3 − 0.3000)² + 0.3903²) = 0.1311, high = 2/3 + (0.9032 − 2/3) = 0.9032
    l1, u1 = wilson(4, 6)
    l2, u2 = wilson(0, 6)
    assert ab["difference_low"] == pytest.approx(2 / 3 - math.hypot(2 / 3 - l1, u2), abs=1e-9)
    assert ab["difference_high"] == pytest.approx(2 / 3 + math.hypot(u1 - 2 / 3, 0 - l2), abs=1e-9)
    assert (ab["difference_low"], ab["difference_high"]) == pytest.approx((0.1311, 0.9032), abs=1e-4)
    assert ab["difference_measure"] == "risk difference (Newcombe interval)"
    # A vs C: the same table twice, p = 1. BH within the family's three pairwise tests: 0.0606 · 3/2 = 0.0909
    ac = fam.loc[("pairwise", "A", "C")]
    assert ac["p_value"] == pytest.approx(1.0) and ac["difference"] == 0
    assert fam.loc[("pairwise", "B", "C"), "p_value"] == pytest.approx(56 / 924)
    assert ab["p_adjusted"] == pytest.approx(56 / 924 * 3 / 2)
    assert ac["p_adjusted"] == pytest.approx(1.0)
    # a family of its own: the attribution-level anonymous tests are adjusted among themselves, as before
    anon = t[(t["family"] == "anonymous") & (t["scope"] == "pairwise")]
    np.testing.assert_allclose(anon["p_adjusted"], adjust_pvalues(anon["p_value"]), equal_nan=True)


def test_compare_tests_other_families_unchanged_and_no_attributions_said():
    res = _tested_result()
    t = na.compare_tests(res, by="outlet", n_resamples=99, n_cluster_resamples=999)
    # dropping the new family leaves the table the earlier families gave: their rows in the same order
    assert list(t.loc[t["family"] != "anonymous_article", "family"].drop_duplicates()) == [
        "frame", "tone", "source", "anonymous", "hearsay"]
    e = replace(res, attributions=pd.DataFrame())
    te = na.compare_tests(e, by="outlet", n_resamples=99, n_cluster_resamples=99)
    fam = te[te["family"] == "anonymous_article"]
    assert len(fam) == 4 and fam["p_value"].isna().all() and fam["note"].eq("no attributions").all()


def test_source_trace_recipe_gives_the_article_share():
    """docs/compare.md: group the counted anonymous rows of source_trace by article; divide by analysed_articles."""
    res = _result()
    for kw in ({}, {"speaker_turns": True}, {"duplicates": True}, {"cue_classes": ("speech", "writing")}):
        t = na.source_trace(res, **kw)
        c = na.compare(res, **kw).set_index("outlet")
        anon = t[t["counted"] & t["status"].eq("anonymous")].groupby("outlet")["article_id"].nunique()
        sourced = t[t["counted"] & t["status"].isin(["named", "anonymous", "neither"])].groupby(
            "outlet")["article_id"].nunique()
        for outlet in ("A", "B"):
            assert anon.get(outlet, 0) == c.loc[outlet, "articles_with_anonymous"], (kw, outlet)
            assert sourced.get(outlet, 0) == c.loc[outlet, "articles_with_sources"], (kw, outlet)
            assert anon.get(outlet, 0) / c.loc[outlet, "analysed_articles"] == pytest.approx(
                c.loc[outlet, "anonymous_article_share"])


@pytest.fixture(scope="module")
def real_result(real_articles):
    # the English KCNA and Korea Herald articles (about 8 s to analyse)
    keep = real_articles["outlet"].astype(str).str.startswith(("KCNA", "코리아헤럴드"))
    return na.analyze(real_articles[keep & real_articles["language"].eq("en")])


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_real_corpus_articles_and_attributions(real_result):
    """Read off source_trace: KCNA's 3 counted anonymous sources ("Western countries … admitted", "Many countries
    have refused …, claiming") stand in 1 of its 84 articles; "An official concerned of the U.S. Department of
    State … asserted" is inside the press statement that kcna-d0fccb91168cd352 prints after "The external policy
    office of the DPRK Foreign Ministry released the following press statement …:" (session 17: the statement's
    own sourcing, nested, not counted); the Korea Herald's 5 ("top officials", "analysts in Seoul say", "Other analysts", "defense
    authorities", "Officials in Seoul") in 2 of its 3: 15.6 % of its attributions, two thirds of its articles."""
    c = na.compare(real_result, by="outlet")
    c = c.set_index(c["outlet"].str[:4])
    t = na.source_trace(real_result)
    for key, outlet in (("KCNA", "KCNA"), ("코리아헤", "코리아헤럴드")):
        rows = t[t["counted"] & t["status"].eq("anonymous") & t["outlet"].str.startswith(outlet)]
        assert rows["article_id"].nunique() == c.loc[key, "articles_with_anonymous"]
    k = c.loc["KCNA"]
    assert k["analysed_articles"] == 84 and k["articles_with_anonymous"] == 1
    assert k["anonymous_article_share"] == pytest.approx(1 / 84)
    kc = t[t["outlet"].str.startswith("KCNA") & t["status"].eq("anonymous")]
    assert sorted(kc.loc[kc["counted"], "article_id"].unique()) == ["kcna-ad29db97a11f53e1"]
    # session 17e: "According to media reports" (two commentaries) and "as claimed by Russian official figures"
    # are unspecific sources, anonymous, but inside the commentaries' own text: not counted either
    assert sorted(set(kc.loc[~kc["counted"], "article_id"])) == [
        "kcna-29e6a3a934ea36a4", "kcna-3a80cdef6395ce72", "kcna-d0fccb91168cd352"]
    h = c.loc["코리아헤"]
    assert h["anonymous_share"] == pytest.approx(5 / 32)
    assert h["analysed_articles"] == 3 and h["anonymous_article_share"] == pytest.approx(2 / 3)
    assert h["articles_with_sources"] == 3
