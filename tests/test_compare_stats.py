"""Statistics of newsanalysis.compare checked against values worked out by hand or from textbooks."""
import math

import numpy as np
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.compare import (adjust_pvalues, article_groups, cluster_contingency_test, compare_tests,
                                  contingency_test, estimates, load_outlets, tone_test)
from newsanalysis.pipeline import AnalysisResult


def test_chi_square_2x2_by_hand():
    # rows 50/50, columns 40/60 -> expected 20, 30, 20, 30 (all >= 5: Pearson chi-square)
    # chi2 = 2 * (10^2/20 + 10^2/30) = 16.667; V = sqrt(16.667 / 100) = 0.408
    r = contingency_test([[30, 20], [10, 40]])
    assert r["test"] == "chi2" and r["df"] == 1 and r["n"] == 100
    assert r["statistic"] == pytest.approx(50 / 3)
    assert r["effect_size"] == pytest.approx(math.sqrt(1 / 6))


def test_chi_square_2x3_by_hand():
    # A: 10 20 30, B: 20 20 20 -> expected 15 20 25 in both rows
    # chi2 = 2 * (25/15 + 0 + 25/25) = 5.333, df 2; V = sqrt(5.333 / 120) = 0.2108
    r = contingency_test([[10, 20, 30], [20, 20, 20]])
    assert r["test"] == "chi2" and r["df"] == 2
    assert r["statistic"] == pytest.approx(16 / 3)
    assert r["effect_size"] == pytest.approx(math.sqrt((16 / 3) / 120))


def test_fisher_exact_lady_tasting_tea():
    # Fisher (1935): 3 of 4 cups right; two-sided p = (1 + 16 + 16 + 1) / 70
    r = contingency_test([[3, 1], [1, 3]])
    assert r["test"] == "fisher_exact"
    assert r["p_value"] == pytest.approx(34 / 70)


def test_contingency_without_variation_is_nan_not_zero():
    r = contingency_test([[0, 5], [0, 5]])
    assert r["test"] == "" and np.isnan(r["p_value"]) and "no variation" in r["note"]


def test_cluster_permutation_counts_articles_not_attributions():
    # one attribution per article, A anonymous x3, B named x3: 20 ways to split 6 articles 3/3,
    # 2 as extreme (chi2 = 6) -> p = 2/20, the same as Fisher's exact test on [[3, 0], [0, 3]]
    one = pd.DataFrame({"anonymous": [1, 1, 1, 0, 0, 0], "named": [0, 0, 0, 1, 1, 1]})
    r = cluster_contingency_test(one, list("AAABBB"))
    assert r["statistic"] == pytest.approx(6.0) and r["p_value"] == pytest.approx(0.1)
    # five attributions per article, two articles per outlet: the summed table [[10, 0], [0, 10]] has
    # chi2 = 20 (p < 1e-5 if the 20 attributions were independent), but only 6 ways to split 4 articles 2/2,
    # 2 as extreme -> p = 1/3
    five = pd.DataFrame({"anonymous": [5, 5, 0, 0], "named": [0, 0, 5, 5]})
    r = cluster_contingency_test(five, list("AABB"))
    assert r["statistic"] == pytest.approx(20.0) and r["p_value"] == pytest.approx(1 / 3)
    assert r["effect_size"] == pytest.approx(1.0) and r["n"] == 20


def test_kruskal_wallis_and_epsilon_squared_by_hand():
    # ranks A 1,2,3 (sum 6), B 4,5,6 (sum 15), C 7,8,9 (sum 24), N = 9
    # H = 12/(9*10) * (36/3 + 225/3 + 576/3) - 3*10 = 0.1333 * 279 - 30 = 7.2; eps2 = 7.2 / 8 = 0.9
    r = tone_test({"A": [0.1, 0.2, 0.3], "B": [0.4, 0.5, 0.6], "C": [0.7, 0.8, 0.9]}, omnibus="kruskal")
    assert r["test"] == "kruskal" and r["df"] == 2
    assert r["statistic"] == pytest.approx(7.2)
    assert r["effect_size"] == pytest.approx(0.9)


def test_permutation_test_exact_by_hand():
    # 20 ways to split 6 values 3/3; only the observed split and its mirror reach |diff| = 0.3 -> p = 2/20
    # Welch t: means 0.2 and 0.5, variances 0.01 each -> t = -0.3 / sqrt(0.01/3 + 0.01/3) = -3 * sqrt(1.5)
    r = tone_test({"A": [0.1, 0.2, 0.3], "B": [0.4, 0.5, 0.6]})
    assert r["test"] == "permutation (Welch t)"
    assert r["statistic"] == pytest.approx(-3 * math.sqrt(1.5)) and r["effect_size"] == pytest.approx(-0.3)
    assert r["p_value"] == pytest.approx(0.1)


def test_benjamini_hochberg_and_holm_by_hand():
    p = [0.01, 0.04, 0.03, np.nan]
    # BH: sorted 0.01*3/1=0.03, 0.03*3/2=0.045, 0.04*3/3=0.04 -> step-up min: 0.03, 0.04, 0.04
    bh = adjust_pvalues(p, "fdr_bh")
    assert bh[:3] == pytest.approx([0.03, 0.04, 0.04]) and np.isnan(bh[3])
    # Holm: 0.01*3=0.03, 0.03*2=0.06, 0.04*1=0.04 -> step-down max: 0.03, 0.06, 0.06
    assert adjust_pvalues(p, "holm")[:3] == pytest.approx([0.03, 0.06, 0.06])


def _result(with_attributions=True):
    """Groups A, B, C with five English articles each and D with one.

    Economic frame: present in all of A, none of B and C. Tone (article mean compound):
    A -0.7..-0.3, B -0.2..0.2, C 0.3..0.7 (no ties). Attributions: A 2 anonymous of 4,
    B 0 of 4, C 1 of 2.
    """
    ids = [f"{g}{i}" for g in "ABC" for i in range(5)] + ["D0"]
    outlet = [i[0] for i in ids]
    arts = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "text": "x",
                         "published": pd.to_datetime(["2024-06-19"] * 16, utc=True)})
    tone = [(k - 7) / 10 for k in range(15)] + [0.0]  # -0.7 .. 0.7
    summary = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "analysed": True,
                            "mean_compound": tone, "n_scored": 3})
    fr_rows = []
    for a in ids:
        for f in na.GENERIC_FRAMES:
            fr_rows.append((a, f, True, f == "Economic" and a.startswith("A")))
    frames = pd.DataFrame(fr_rows, columns=["article_id", "frame", "analysed", "present"])
    frames["present"] = frames["present"].astype("boolean")
    att = pd.DataFrame({
        "article_id": ["A0", "A0", "A1", "A2", "B0", "B1", "B2", "B3", "C0", "C1"],
        "anonymous": [True, False, True, False, False, False, False, False, True, False],
        "source_type": ["government"] * 4 + ["expert"] * 4 + ["media"] * 2,
    })
    if not with_attributions:
        att = att.iloc[:0]
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, att, summary, {"fingerprint": "t"})


def test_compare_tests_frames_by_hand():
    t = compare_tests(_result(), by="outlet")
    eco = t[(t["family"] == "frame") & (t["measure"] == "Economic")].set_index(["scope", "group_a", "group_b"])
    # present/absent: A 5/0, B 0/5, C 0/5; expected 5/3 and 10/3 per row -> chi2 = 20/3 + 10/3 + 2 * (5/3 + 5/6) = 15
    omni = eco.loc[("all", "", "")]
    assert omni["statistic"] == pytest.approx(15.0) and omni["df"] == 2
    assert omni["effect_size"] == pytest.approx(1.0) and omni["groups"] == 3
    assert "left out (fewer than 5 analysed articles in en): D" in omni["common_note"]
    # all six expected counts are below 5: no chi-square approximation but the permutation test. Of the
    # 15!/(5!)^3 = 756,756 splits into three groups of 5, chi2 = 15 needs the 5 "present" articles in one group:
    # 3 groups * C(10, 5) = 756 ways for the others -> exact p = 756/756756 = 1/1001. 9,999 random resamples
    # estimate it; its Monte Carlo interval must hold the exact value
    assert omni["test"] == "chi2, article permutation" and "p from permutation" in omni["note"]
    assert omni["resamples"] == 9999 and omni["p_value"] == pytest.approx(1 / 1001, abs=0.0008)
    assert omni["p_mc_low"] <= 1 / 1001 <= omni["p_mc_high"]
    # A vs B: [[5, 0], [0, 5]], expected 2.5 -> Fisher, p = 2 / C(10, 5) = 2/252
    ab = eco.loc[("pairwise", "A", "B")]
    assert ab["test"] == "fisher_exact" and ab["p_value"] == pytest.approx(2 / 252)
    bc = eco.loc[("pairwise", "B", "C")]
    assert np.isnan(bc["p_value"]) and "no variation" in bc["note"]
    # the two defined pairwise frame tests share p = 2/252: BH leaves them at 2/252
    assert ab["p_adjusted"] == pytest.approx(2 / 252)
    # frames present nowhere are not tested
    pol = t[(t["measure"] == "Political") & (t["scope"] == "all")].iloc[0]
    assert np.isnan(pol["p_value"])


def test_compare_tests_tone_and_sources_by_hand():
    t = compare_tests(_result(), by="outlet")
    tone = t[t["family"] == "tone"].set_index(["scope", "group_a", "group_b"])
    # Welch's F (1951): means -0.5, 0, 0.5, variances 0.025, n 5 -> weights w = 200, weighted mean 0,
    # A = 200 * (0.25 + 0 + 0.25) / 2 = 50; lambda = 3 * (2/3)^2 / 4 = 1/3; F = 50 / (1 + 2/8 * 1/3) = 600/13
    omni = tone.loc[("all", "", "")]
    assert omni["test"] == "permutation (Welch F)" and omni["statistic"] == pytest.approx(600 / 13)
    from statsmodels.stats.oneway import anova_oneway
    vals = [[(k - 7) / 10 for k in range(i, i + 5)] for i in (0, 5, 10)]
    assert omni["statistic"] == pytest.approx(anova_oneway(vals, use_var="unequal").statistic)
    # eta squared: between 5 * (0.25 + 0 + 0.25) = 2.5, within 3 * 4 * 0.025 = 0.3 -> 2.5 / 2.8
    assert omni["effect_size"] == pytest.approx(2.5 / 2.8) and omni["effect_measure"] == "eta squared"
    # ranks A 1-5 (sum 15), B 6-10 (40), C 11-15 (65): H = 12/240 * (225 + 1600 + 4225)/5 - 48 = 12.5
    kw = compare_tests(_result(), by="outlet", tone_omnibus="kruskal")
    kw = kw[(kw["family"] == "tone") & (kw["scope"] == "all")].iloc[0]
    assert kw["statistic"] == pytest.approx(12.5) and kw["effect_size"] == pytest.approx(12.5 / 14)
    # A vs B: mean -0.5 vs 0.0, variances 0.025 -> Welch t = -0.5 / sqrt(2 * 0.025 / 5) = -5;
    # exact permutation: 2 of C(10, 5) = 252 splits as extreme
    assert tone.loc[("pairwise", "A", "B"), "statistic"] == pytest.approx(-5.0)
    assert tone.loc[("pairwise", "A", "B"), "effect_size"] == pytest.approx(-0.5)
    assert tone.loc[("pairwise", "A", "B"), "p_value"] == pytest.approx(2 / 252)
    anon = t[(t["family"] == "anonymous") & (t["scope"] == "all")].iloc[0]
    # anonymous/named: A 2/2, B 0/4, C 1/1; expected A,B 1.2/2.8, C 0.6/1.4 -> chi2 = 2.857, V = sqrt(0.2857)
    assert anon["statistic"] == pytest.approx(20 / 7)
    assert anon["effect_size"] == pytest.approx(math.sqrt(2 / 7))
    assert anon["test"] == "chi2, article permutation" and 0 < anon["p_value"] <= 1
    src = t[(t["family"] == "source") & (t["scope"] == "all")].iloc[0]
    # each group cites one source type only: perfect association
    assert src["effect_size"] == pytest.approx(1.0) and src["df"] == 4


def test_compare_tests_without_attributions_and_holm():
    t = compare_tests(_result(with_attributions=False), by="outlet", correction="holm")
    src = t[t["family"].isin(["source", "anonymous"])]
    assert src["p_value"].isna().all() and src["note"].str.contains("no attributions").all()
    assert (t["correction"] == "holm").all()
    tone = t[(t["family"] == "tone") & (t["scope"] == "pairwise")]
    # Holm over three pairwise tone tests, each p = 2/252 (all extreme): 3 * 2/252 for every one
    assert tone["p_adjusted"].tolist() == pytest.approx([6 / 252] * 3)


def test_estimates_cluster_bootstrap():
    est = estimates(_result(), by="outlet").set_index(["outlet", "family", "measure"])
    a = est.loc[("A", "frame", "Economic")]
    # present in all 5 articles: no resample can move the share, so the Wilson interval of 5 of 5 is given,
    # whose lower end is 1 / (1 + z²/n) = 1 / (1 + 3.8415/5) = 0.5655 (never the zero-width [1, 1])
    assert a["estimate"] == 1.0 and a["high"] == pytest.approx(1.0)
    assert a["low"] == pytest.approx(1 / (1 + 1.959964 ** 2 / 5), abs=1e-4)
    an = est.loc[("A", "anonymous", "anonymous_share")]
    # A: article A0 1 of 2 anonymous, A1 1 of 1, A2 0 of 1 -> 2/4; resampling articles keeps it in [0, 1]
    assert an["estimate"] == pytest.approx(0.5) and 0 <= an["low"] <= 0.5 <= an["high"] <= 1
    assert an["n_articles"] == 3 and an["n_units"] == 4 and "only 3" in an["warning"]
    assert est.loc[("C", "tone", "mean_compound"), "estimate"] == pytest.approx(0.5)


def test_group_by_outlet_table_column(tmp_path):
    p = tmp_path / "outlets.csv"
    p.write_text('outlet,country,affiliation\nA,X,state\nB,Y,private\n"C, the third",Y,private\n', encoding="utf-8")
    outlets = load_outlets(p)
    assert outlets.loc[2, "outlet"] == "C, the third"
    arts = pd.DataFrame({"article_id": ["1", "2", "3"], "outlet": ["A", "B", "Z"], "language": ["en", "de", "en"]})
    g = article_groups(arts, "affiliation", outlets=outlets)
    assert g.to_dict() == {"1": "state", "2": "private", "3": "(unknown)"}
    assert article_groups(arts, "language", outlets=outlets).tolist() == ["en", "de", "en"]  # article column wins
    with pytest.raises(KeyError, match="ownership"):
        article_groups(arts, "ownership", outlets=outlets)


def test_compare_by_affiliation_uses_outlet_table(tmp_path):
    p = tmp_path / "outlets.csv"
    p.write_text("outlet,affiliation\nA,state\nB,state\nC,private\nD,private\n", encoding="utf-8")
    cmp = na.compare(_result(), by="affiliation", outlets=load_outlets(p)).set_index("affiliation")
    assert cmp.loc["state", "articles"] == 10 and cmp.loc["private", "articles"] == 6
    # state = A + B: Economic present in 5 of 10 articles; anonymous 2 of 8 attributions
    assert cmp.loc["state", "frame_Economic"] == pytest.approx(0.5)
    assert cmp.loc["state", "anonymous_share"] == pytest.approx(0.25)
    assert cmp.loc["state", "anonymous_low"] <= 0.25 <= cmp.loc["state", "anonymous_high"]


def test_outlet_table_errors(tmp_path):
    p = tmp_path / "o.csv"
    p.write_text("outlet,country\nA,X\nA,Y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'A' is listed more than once"):
        load_outlets(p)
    with pytest.raises(FileNotFoundError):
        load_outlets(tmp_path / "none.csv")


def test_shipped_outlet_table_covers_the_real_corpus(real_articles, seed_articles):
    outlets = load_outlets()
    assert set(real_articles["outlet"]) | set(seed_articles["outlet"]) <= set(outlets["outlet"])
    assert outlets.set_index("outlet").loc["KCNA (Korean Central News Agency, English)", "affiliation"] == "state"
    assert set(outlets["affiliation"]) <= {"state", "public", "private", "aggregator"}


def test_inputs_are_not_mutated():
    r = _result()
    before = (r.articles.copy(), r.summary.copy(), r.frames.copy(), r.attributions.copy())
    compare_tests(r)
    estimates(r)
    na.compare(r)
    for b, a in zip(before, (r.articles, r.summary, r.frames, r.attributions)):
        pd.testing.assert_frame_equal(a, b)


def test_tone_is_tested_within_each_language_by_default():
    res = _result()
    # C becomes a German outlet: its scores come from SentiWS, A's and B's from VADER
    german = res.summary["outlet"].eq("C")
    res.summary.loc[german, "language"] = "de"
    res.articles.loc[res.articles["outlet"].eq("C"), "language"] = "de"
    t = compare_tests(res, by="outlet")
    tone = t[t["family"] == "tone"]
    # only English has two groups with >= 5 articles: A vs B (2 of 252 splits as extreme), C is never compared
    assert set(tone["language"]) == {"en"} and not (tone[["group_a", "group_b"]] == "C").any().any()
    assert tone["p_value"].iloc[0] == pytest.approx(2 / 252) and tone["groups"].iloc[0] == 2
    assert "en articles only" in tone["common_note"].iloc[0] and "de" in tone["common_note"].iloc[0]


def test_stratified_tone_permutes_within_languages():
    # A: en 0.1, 0.2 and de -0.5, -0.4; B: en 0.3, 0.4 and de -0.3, -0.2. Pooled, the language mix would
    # dominate; within strata B is 0.2 higher in both. Centred per language: A -0.1, 0, -0.1, 0 and
    # B 0.1, 0.2, 0.1, 0.2. Labels permuted within strata: C(4, 2)^2 = 36 equally likely assignments,
    # enumerated here by hand-written loops (independent of the toolkit's sampler).
    import itertools as it
    en, de = np.array([0.1, 0.2, 0.3, 0.4]), np.array([-0.5, -0.4, -0.3, -0.2])
    ce, cd = en - en.mean(), de - de.mean()

    def welch_abs(a, b):
        return abs(a.mean() - b.mean()) / math.sqrt(a.var(ddof=1) / a.size + b.var(ddof=1) / b.size)
    obs = welch_abs(np.r_[ce[:2], cd[:2]], np.r_[ce[2:], cd[2:]])
    hits = 0
    for ie in it.combinations(range(4), 2):
        for idd in it.combinations(range(4), 2):
            a = np.r_[ce[list(ie)], cd[list(idd)]]
            b = np.r_[np.delete(ce, ie), np.delete(cd, idd)]
            hits += welch_abs(a, b) >= obs - 1e-9
    exact = hits / 36
    r = tone_test({"A": [0.1, 0.2, -0.5, -0.4], "B": [0.3, 0.4, -0.3, -0.2]},
                  strata={"A": ["en", "en", "de", "de"], "B": ["en", "en", "de", "de"]}, n_resamples=20000)
    assert "within language strata" in r["test"] and r["effect_size"] == pytest.approx(-0.2)
    assert r["p_mc_low"] <= exact <= r["p_mc_high"] and r["p_value"] == pytest.approx(exact, abs=0.01)
    # groups that share no language stratum are not tested
    r = tone_test({"A": [0.1, 0.2], "B": [0.3, 0.4]}, strata={"A": ["en", "en"], "B": ["de", "de"]})
    assert np.isnan(r["p_value"]) and "no language stratum" in r["note"]
