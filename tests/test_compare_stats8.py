"""Intervals, effect sizes, languages, unknown groups, duplicates and correction families of
newsanalysis.compare, checked against values worked out by hand or with independent scipy/statsmodels calls."""
import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from statsmodels.stats.multitest import multipletests

import newsanalysis as na
from newsanalysis.compare import (apply_correction, article_share_ci, cluster_contingency_test, cmh_test,
                                  compare_tests, estimates, hedges_g, ratio_share_ci, t_mean_ci, tone_test)
from newsanalysis.pipeline import AnalysisResult

Z = 1.959963984540054


def wilson(k, n, z=Z):
    # Wilson (1927) written out: (p + z²/2n ± z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)
    p = k / n
    c = (p + z * z / (2 * n)) / (1 + z * z / n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return c - h, c + h


# --- intervals ---------------------------------------------------------------------------------------------

def test_t_interval_matches_student_t_and_is_clipped():
    x = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]
    m, lo, hi, warn = t_mean_ci(x)
    ref = stats.t.interval(0.95, 5, loc=np.mean(x), scale=stats.sem(x))
    assert m == pytest.approx(0.35) and (lo, hi) == pytest.approx(ref)
    assert "6 articles: t-interval approximate" in warn
    # two articles 0.5 and -0.1: se 0.3, t(0.975, 1) = 12.706 -> [-3.61, 4.01], clipped and said so
    m, lo, hi, warn = t_mean_ci([0.5, -0.1])
    assert (lo, hi) == (-1.0, 1.0) and "clipped to [-1, 1]" in warn and "only 2" in warn
    # one article: no interval, never zero width
    m, lo, hi, warn = t_mean_ci([0.3])
    assert m == 0.3 and np.isnan(lo) and np.isnan(hi) and "no interval" in warn
    assert t_mean_ci(np.arange(10) / 20)[3] == ""


def test_frame_share_is_wilson_on_articles():
    # 0 of 84 articles: [0, z²/(84 + z²)] = [0, 0.0437], not the bootstrap's [0, 0]
    s, lo, hi = article_share_ci([0] * 84)
    assert s == 0 and lo == 0 and hi == pytest.approx(Z ** 2 / (84 + Z ** 2))
    s, lo, hi = article_share_ci([1, 1, 0, 1, 0])
    assert (lo, hi) == pytest.approx(wilson(3, 5))


def test_ratio_share_design_effect_by_hand():
    # articles: 1 of 2, 0 of 2, 3 of 4 anonymous -> r = 4/8 = 0.5
    # residuals num - r*den: 0, -1, 1 -> v = 2 / (3 * 2) / (8/3)^2 = 9/192; binomial r(1-r)/n = 1/32
    # deff = (9/192) / (1/32) = 1.5 -> n / deff = 8 / 1.5 = 16/3, times (z / t(0.975, 2))^2 for a variance
    # from 3 articles (Korn & Graubard 1998): (1.96 / 4.303)^2 = 0.2075 -> n_eff = 1.107; Wilson of 0.5 there
    r, lo, hi, n_eff = ratio_share_ci([1, 0, 3], [2, 2, 4])
    ne = 16 / 3 * (Z / stats.t.ppf(0.975, 2)) ** 2
    assert r == 0.5 and n_eff == pytest.approx(ne) and ne == pytest.approx(1.1067, abs=1e-4)
    assert (lo, hi) == pytest.approx(wilson(0.5 * ne, ne))
    # design effect below 1 is not used to narrow the interval: n_eff stays at most n
    r, lo, hi, n_eff = ratio_share_ci([1, 1, 1, 1], [2, 2, 2, 2])
    assert n_eff == 4  # every article the same share: variance 0 -> articles are the units
    # 10 of 94 in one liveblog: no interval (its attributions are not independent)
    r, lo, hi, n_eff = ratio_share_ci([10], [94])
    assert r == pytest.approx(10 / 94) and np.isnan(lo) and np.isnan(hi)


# --- a hand-made result ------------------------------------------------------------------------------------

def _result(order=None):
    """A: 6 English articles, B: 6 English, plus 2 articles without an outlet and one duplicate of A0.

    Tone A 0.1..0.6, B 0.3..0.8 (means 0.35, 0.55). Economic frame in A0-A3 and B0. Attributions: one per
    article, anonymous in A0, A1, A2.
    """
    ids = [f"A{i}" for i in range(6)] + [f"B{i}" for i in range(6)] + ["U0", "U1", "D0"]
    outlet = ["A"] * 6 + ["B"] * 6 + [None, None, "A"]
    tone = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.0, 0.9, 0.1]
    arts = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "text": "x",
                         "published": pd.to_datetime(["2024-06-19"] * 15, utc=True),
                         "duplicate_of": [None] * 14 + ["A0"]})
    summary = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "analysed": True,
                            "mean_compound": tone, "n_scored": 3})
    frames = pd.DataFrame([(a, f, True, f == "Economic" and a in ("A0", "A1", "A2", "A3", "B0", "D0"))
                           for a in ids for f in na.GENERIC_FRAMES],
                          columns=["article_id", "frame", "analysed", "present"])
    att = pd.DataFrame({"article_id": ids, "anonymous": [a in ("A0", "A1", "A2", "D0") for a in ids],
                        "source_type": "government"})
    if order is not None:
        arts, summary, frames, att = (d.sample(frac=1, random_state=order).reset_index(drop=True)
                                      for d in (arts, summary, frames, att))
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, att, summary, {"fingerprint": "t"})


def test_pairwise_tone_effect_sizes_against_scipy():
    a, b = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
    t = compare_tests(_result(), by="outlet", n_resamples=999)
    tone = t[t["family"] == "tone"].iloc[0]
    welch = stats.ttest_ind(a, b, equal_var=False)
    ci = welch.confidence_interval(0.95)
    assert tone["statistic"] == pytest.approx(welch.statistic)
    assert tone["difference"] == pytest.approx(-0.2)
    assert (tone["difference_low"], tone["difference_high"]) == pytest.approx((ci.low, ci.high))
    # Hedges' g: pooled sd = sd of 0.1..0.6 = 0.18708; d = -0.2 / 0.18708 = -1.0690; J = 1 - 3/(4*12 - 9)
    assert tone["hedges_g"] == pytest.approx(-0.2 / np.std(a, ddof=1) * (1 - 3 / 39))
    assert hedges_g(a, b) == pytest.approx(tone["hedges_g"])


def test_unknown_and_duplicates_are_not_tested_but_counted():
    res = _result()
    t = compare_tests(res, by="outlet", n_resamples=999, n_cluster_resamples=999)
    assert not t[["group_a", "group_b"]].isin(["(unknown)"]).any().any()
    assert (t["groups"] == 2).all()
    note = t.loc[t["scope"] == "all", "common_note"].iloc[0]
    assert "(unknown): 2 articles without an outlet" in note and "1 duplicate article(s) left out" in note
    # the tone test sees A0-A5 only: n = 12, not 13
    assert t.loc[t["family"] == "tone", "n"].iloc[0] == 12
    kept = compare_tests(res, by="outlet", duplicates=True, n_resamples=999, n_cluster_resamples=999)
    assert kept.loc[kept["family"] == "tone", "n"].iloc[0] == 13
    cmp = na.compare(res, by="outlet").set_index("outlet")
    assert cmp.loc["(unknown)", "articles"] == 2 and "shown, not tested" in cmp.loc["(unknown)", "warning"]
    assert cmp.loc["A", "articles"] == 6 and cmp.loc["A", "duplicates_left_out"] == 1
    assert na.compare(res, by="outlet", duplicates=True).set_index("outlet").loc["A", "articles"] == 7
    # by month: the undated article is "(unknown)", shown and never tested
    res.articles.loc[res.articles["article_id"] == "B5", "published"] = pd.NaT
    cmp = na.compare(res, by="month").set_index("month")
    assert cmp.loc["(unknown)", "articles"] == 1 and "no date" in cmp.loc["(unknown)", "warning"]


def test_row_order_does_not_change_any_p_value():
    cols = ["family", "measure", "scope", "group_a", "group_b", "p_value", "statistic"]
    a = compare_tests(_result(), by="outlet", n_resamples=999, n_cluster_resamples=999)[cols]
    b = compare_tests(_result(order=3), by="outlet", n_resamples=999, n_cluster_resamples=999)[cols]
    pd.testing.assert_frame_equal(a, b)


def test_monte_carlo_interval_of_p():
    # 12 articles split 6/6: C(12, 6) = 924 splits > 99 resamples -> random; p = (b+1)/(B+1) and the
    # Clopper-Pearson interval of b/B (scipy.stats.binomtest, independent of statsmodels) is reported
    r = tone_test({"A": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], "B": [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]}, n_resamples=99)
    b = round(r["p_value"] * 100) - 1
    ci = stats.binomtest(b, 99).proportion_ci(0.95, method="exact")
    assert r["resamples"] == 99 and (r["p_mc_low"], r["p_mc_high"]) == pytest.approx((ci.low, ci.high))
    # exact enumeration has no Monte Carlo error: 2 of C(6, 3) = 20 splits as extreme
    r = tone_test({"A": [0.1, 0.2, 0.3], "B": [0.4, 0.5, 0.6]})
    assert r["p_value"] == pytest.approx(0.1) and r["p_mc_low"] == r["p_mc_high"] == r["p_value"]
    assert r["resamples"] == 20


def test_risk_difference_newcombe_by_hand():
    t = compare_tests(_result(), by="outlet", n_resamples=99, n_cluster_resamples=99)
    eco = t[(t["family"] == "frame") & (t["measure"] == "Economic")].iloc[0]
    # A 4 of 6, B 1 of 6: RD = 0.5; Newcombe (1998) method 10 from the two Wilson intervals
    l1, u1 = wilson(4, 6)
    l2, u2 = wilson(1, 6)
    p1, p2 = 4 / 6, 1 / 6
    lo = (p1 - p2) - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    hi = (p1 - p2) + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    assert eco["difference"] == pytest.approx(0.5)
    assert (eco["difference_low"], eco["difference_high"]) == pytest.approx((lo, hi))
    # Fisher's exact test on [[4, 2], [1, 5]] (expected counts 2.5 < 5)
    assert eco["test"] == "fisher_exact" and eco["p_value"] == pytest.approx(
        stats.fisher_exact([[4, 2], [1, 5]]).pvalue)


def test_anonymous_share_difference_by_hand():
    t = compare_tests(_result(), by="outlet", n_resamples=99, n_cluster_resamples=99)
    an = t[t["family"] == "anonymous"].iloc[0]
    # A: 3 of 6 attributions anonymous, one per article -> r 0.5; residuals +-0.5: v = 1.5 / 30 = 0.05,
    # binomial 0.25 / 6 -> deff 1.2 -> n_eff = 6 / 1.2 * (z / t(0.975, 5))^2 = 2.907 (6 attributions count
    # as fewer than 6). B: 0 of 6 -> variance 0, n_eff = 6 articles. Newcombe from Wilson at those n.
    ne_a = 5 * (Z / stats.t.ppf(0.975, 5)) ** 2
    assert ne_a == pytest.approx(2.907, abs=1e-3)
    l1, u1 = wilson(0.5 * ne_a, ne_a)
    l2, u2 = wilson(0, 6)
    lo = 0.5 - math.sqrt((0.5 - l1) ** 2 + (u2 - 0) ** 2)
    hi = 0.5 + math.sqrt((u1 - 0.5) ** 2 + (0 - l2) ** 2)
    assert an["difference"] == pytest.approx(0.5)
    assert (an["difference_low"], an["difference_high"]) == pytest.approx((lo, hi))
    # wider than the unclustered Newcombe interval on 6 and 6 attributions
    la, ua = wilson(3, 6)
    plain = math.sqrt((0.5 - la) ** 2 + u2 ** 2) + math.sqrt((ua - 0.5) ** 2 + l2 ** 2)
    assert an["difference_high"] - an["difference_low"] > plain
    assert "anonymous share" in an["difference_measure"]
    src = t[t["family"] == "source"].iloc[0]
    assert np.isnan(src["difference"])  # several source types: no single difference


def test_cmh_by_hand():
    # two strata [[2, 1], [1, 2]] and [[3, 1], [1, 3]]: E(a) = 1.5 and 2; var = 3*3*3*3/(36*5) = 0.45 and
    # 4*4*4*4/(64*7) = 4/7; CMH = (0.5 + 1)^2 / (0.45 + 4/7) = 2.25 / 1.02143 = 2.2028
    r = cmh_test([[[2, 1], [1, 2]], [[3, 1], [1, 3]]])
    chi = 2.25 / (0.45 + 4 / 7)
    assert r["statistic"] == pytest.approx(chi) and r["p_value"] == pytest.approx(stats.chi2.sf(chi, 1))
    # Mantel-Haenszel odds ratio: (2*2/6 + 3*3/8) / (1*1/6 + 1*1/8) = (2/3 + 9/8) / (7/24) = 43/7
    assert r["effect_size"] == pytest.approx(43 / 7)
    assert np.isnan(cmh_test([[[3, 0], [0, 0]]])["p_value"])


def test_stratified_sources_permute_within_strata():
    # 4 articles, one attribution each; stratum x: a1 (A, anon), b1 (B, named); stratum y: a2 (A, anon),
    # b2 (B, named). Within-strata permutations: 2 * 2 = 4 assignments, 2 give the full chi2 = 4 -> p = 1/2.
    # The toolkit samples them at random: with 999 resamples p = (b+1)/1000 must be near 0.5
    per = pd.DataFrame({"anonymous": [1, 0, 1, 0], "named": [0, 1, 0, 1]}, index=["a1", "b1", "a2", "b2"])
    r = cluster_contingency_test(per, ["A", "B", "A", "B"], strata=["x", "x", "y", "y"], n_resamples=999)
    assert r["statistic"] == pytest.approx(4.0) and "within language strata" in r["test"]
    assert r["p_mc_low"] <= 0.5 <= r["p_mc_high"] and np.isnan(r["effect_size"])
    # groups in different strata only (a German outlet against an English one) are not tested
    r = cluster_contingency_test(per, ["A", "B", "A", "B"], strata=["x", "y", "x", "y"], n_resamples=99)
    assert np.isnan(r["p_value"]) and "no language stratum" in r["note"]


def test_correction_families():
    t = compare_tests(_result(), by="outlet", n_resamples=99, n_cluster_resamples=99)
    g = compare_tests(_result(), by="outlet", n_resamples=99, n_cluster_resamples=99, correction_family="grouping")
    ok = g["p_value"].notna()
    assert g.loc[ok, "p_adjusted"].tolist() == pytest.approx(multipletests(g.loc[ok, "p_value"], method="fdr_bh")[1])
    assert (g["correction_family"] == "grouping").all() and (t["correction_family"] == "family").all()
    both = apply_correction(pd.concat([t, t]), "holm", "report")
    ok = both["p_value"].notna()
    assert both.loc[ok, "p_adjusted"].tolist() == pytest.approx(multipletests(both.loc[ok, "p_value"],
                                                                               method="holm")[1])
    with pytest.raises(ValueError, match="correction_family"):
        compare_tests(_result(), correction_family="everything")


def test_languages_stratified_on_request_only():
    res = _result()
    # B becomes German: within languages there is nothing to compare (one group per language)
    res.summary.loc[res.summary["outlet"].eq("B"), "language"] = "de"
    t = compare_tests(res, by="outlet", n_resamples=99, n_cluster_resamples=99)
    assert t["p_value"].isna().all()
    s = compare_tests(res, by="outlet", languages="stratified", n_resamples=99, n_cluster_resamples=99)
    assert (s["language"] == "de+en (stratified)").all()
    tone = s[s["family"] == "tone"].iloc[0]
    assert np.isnan(tone["p_value"]) and "no language stratum" in tone["note"]
    with pytest.raises(ValueError, match="languages"):
        compare_tests(res, languages="pooled")


def test_estimates_name_their_interval():
    est = estimates(_result(), by="outlet").set_index(["outlet", "family", "measure"])
    a = est.loc[("A", "anonymous", "anonymous_share")]
    # 3 of 6 articles anonymous, one attribution each: residuals ±0.5, v = 1.5 / 30 / 1 = 0.05 = binomial
    # 0.25 / 6 * 1.2 -> deff 1.2, n / deff = 5, times (z / t(0.975, 5))^2 = (1.96 / 2.5706)^2
    ne = 5 * (Z / 2.5705818366147395) ** 2
    assert a["estimate"] == 0.5 and a["n_effective"] == pytest.approx(ne)
    assert (a["low"], a["high"]) == pytest.approx(wilson(0.5 * ne, ne))
    assert est.loc[("A", "tone", "mean_compound"), "interval"] == "Student t over articles"
    assert est.loc[("A", "frame", "Economic"), "interval"] == "Wilson on articles"


# --- actor tone, timeline, plot, keyness ------------------------------------------------------------------

def test_actor_tone_summary_clips_small_n_like_outlet_tone():
    from newsanalysis.sentiment import actor_tone_summary
    tone = pd.DataFrame({"article_id": ["k1", "k2", "k1", "y1", "y2", "y3", "y4", "y5"],
                         "actor_id": ["ukraine"] * 8, "tone": [0.5, -0.3, 0.3, 0.1, 0.2, 0.3, 0.4, 0.5]})
    arts = pd.DataFrame({"article_id": ["k1", "k2", "y1", "y2", "y3", "y4", "y5"],
                         "outlet": ["K", "K", "Y", "Y", "Y", "Y", "Y"]})
    s = actor_tone_summary(tone, arts).set_index("outlet")
    # K: article means 0.4 and -0.3 -> mean 0.05, se 0.35, t(0.975, 1) = 12.706 -> [-4.40, 4.50]: clipped
    assert s.loc["K", "mean_tone"] == pytest.approx(0.05)
    assert (s.loc["K", "ci_low"], s.loc["K", "ci_high"]) == (-1.0, 1.0)
    assert "clipped" in s.loc["K", "warning"] and "only 2" in s.loc["K", "warning"]
    ref = stats.t.interval(0.95, 4, loc=0.3, scale=stats.sem([0.1, 0.2, 0.3, 0.4, 0.5]))
    assert (s.loc["Y", "ci_low"], s.loc["Y", "ci_high"]) == pytest.approx(ref)
    assert s.loc["Y", "warning"] == "5 articles: t-interval approximate (n < 10)"  # as compare() says it


def test_timeline_uses_the_t_interval():
    from newsanalysis.timeline import timeline
    t = timeline(_result(), by="outlet").set_index("outlet")
    ref = stats.t.interval(0.95, 5, loc=0.35, scale=stats.sem([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]))
    assert (t.loc["A", "compound_low"], t.loc["A", "compound_high"]) == pytest.approx(ref)
    assert t.loc["A", "articles"] == 6 and t.attrs["duplicates_left_out"] == 1
    assert "shown, not compared" in t.loc["(unknown)", "warning"]


def test_tone_plot_marks_the_lexicon_of_each_group():
    import matplotlib
    matplotlib.use("Agg")
    from newsanalysis.plot import tone_plot
    cmp = pd.DataFrame({"outlet": ["A", "B", "C"], "mean_compound": [0.3, -0.2, 0.1],
                        "compound_low": [0.2, np.nan, 0.0], "compound_high": [0.4, np.nan, 0.2],
                        "analysed_articles": [9, 1, 4], "languages": ["en", "de", "de;en"]})
    ax = tone_plot(cmp)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["A (n=9) [en · VADER]", "B (n=1) [de · SentiWS]", "C (n=4) [mixed: de;en]"]
    assert "lexicons differ" in ax.get_xlabel()
    assert len([ln for ln in ax.get_lines() if ln.get_linestyle() == "-" and len(set(ln.get_ydata())) == 1
                and ln.get_ydata()[0] in (0.5, 1.5)]) == 2  # one separator between each pair of blocks
    matplotlib.pyplot.close("all")


def test_keyness_document_frequency_dp_and_log_ratio_rank():
    from newsanalysis.keyness import gries_dp, keyness, top_terms
    # Gries (2008) by hand: parts of sizes 1, 1, 2 (shares .25 .25 .5); term 3 times, all in part 1:
    # DP = 0.5 * (|1 - .25| + |0 - .25| + |0 - .5|) = 0.75
    assert gries_dp([3, 0, 0], [1, 1, 2]) == pytest.approx(0.75)
    assert gries_dp([1, 1, 2], [1, 1, 2]) == pytest.approx(0.0)
    arts = pd.DataFrame({"article_id": ["a1", "a2", "b1"], "outlet": ["A", "A", "B"], "language": "en",
                         "text": ["energy energy energy energy energy energy grain",
                                  "grain grain talks", "talks talks talks talks grain"]})
    k = keyness(arts, by="outlet", min_freq=1)
    row = k[(k["comparison"] == "one_vs_rest") & (k["group"] == "A") & (k["term"] == "energy")].iloc[0]
    # energy: 6 times, all in a1 (7 tokens of A's 10): DP = 0.5 * (|1 - 0.7| + 0.3) = 0.3
    assert row["docs_target"] == 1 and row["docs_reference"] == 0 and row["articles_target"] == 2
    assert row["dp_target"] == pytest.approx(0.3)
    grain = k[(k["comparison"] == "one_vs_rest") & (k["group"] == "A") & (k["term"] == "grain")].iloc[0]
    assert grain["docs_target"] == 2 and grain["docs_reference"] == 1
    # grain: 1 of 3 in a1 (share .7), 2 of 3 in a2 (.3): DP = 0.5 * (|1/3 - .7| + |2/3 - .3|) = 0.3667
    assert grain["dp_target"] == pytest.approx(0.5 * (abs(1 / 3 - 0.7) + abs(2 / 3 - 0.3)))
    # ranking: "common" 40 of 50 tokens in A vs 10 of 50 in B (Log Ratio log2(4) = 2, large G²); "rare" 5 vs 0
    # (Log Ratio log2(5 / 0.5) = 3.32, smaller G²). By G² common comes first, by Log Ratio rare does
    two = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"], "language": "en",
                        "text": ["common " * 40 + "rare " * 5 + "filler " * 5, "common " * 10 + "filler " * 40]})
    g2 = keyness(two, by="outlet", min_freq=1, comparison="pairwise")
    lr = keyness(two, by="outlet", min_freq=1, comparison="pairwise", rank="log_ratio")
    assert list(g2["term"]) == ["filler", "common", "rare"]          # G² 55.1, 38.5, 7.2
    assert list(lr["term"]) == ["rare", "common", "filler"]          # +3.32, +2, then under-used
    assert lr.loc[0, "log_ratio"] == pytest.approx(math.log2(5 / 0.5)) and lr["significant"].all()
    assert list(top_terms(g2, 2, rank="log_ratio")["term"]) == ["rare", "common"]


def test_report_states_and_applies_the_correction_family(tmp_path):
    import matplotlib
    matplotlib.use("Agg")
    from newsanalysis.report import write_report
    res = _result()
    out = write_report(res, tmp_path / "r", also_by=(), formats=("png",), correction_family="report",
                       events=pd.DataFrame(columns=["date", "event", "kind", "source"]))
    html = out.read_text(encoding="utf-8")
    t = pd.read_csv(tmp_path / "r" / "tables" / "tests_by_outlet.csv")
    n = int(t["p_value"].notna().sum())
    assert f"over all {n} tests of this report" in html and (t["correction_family"] == "report").all()
    ok = t["p_value"].notna()
    assert t.loc[ok, "p_adjusted"].tolist() == pytest.approx(multipletests(t.loc[ok, "p_value"],
                                                                            method="fdr_bh")[1])


def test_cli_passes_correction_family_and_formats(tmp_path, monkeypatch):
    """`newsanalysis report … --correction-family report --formats png` reaches write_report."""
    import newsanalysis.report as report
    from newsanalysis import cli

    seen = {}

    def fake(result, out, **kw):
        seen.update(kw)
        return tmp_path / "index.html"

    monkeypatch.setattr(report, "write_report", fake)
    monkeypatch.setattr(report, "language_counts", lambda r: pd.DataFrame({"language": []}))
    # a .txt file: the first line is the title, the rest the text
    (tmp_path / "a.txt").write_text("Summit\n\nPutin met Kim in Pyongyang. The two leaders signed a treaty.\n",
                                    encoding="utf-8")
    rc = cli.main(["report", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--quiet",
                   "--correction-family", "report", "--formats", "png"])
    assert rc == 0 and seen["correction_family"] == "report" and seen["formats"] == ("png",)
