"""Comparisons after the framing researcher's trial (session 14): frame emphasis tested, story frames with
intervals, frame_profile without flagged copies, the period confound said in Python, notes said once, a
classifier's frame table in the comparisons, frame figures that mark language and n.

Expected values are worked out by hand in the comments."""
import math
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import newsanalysis as na  # noqa: E402
from conftest import toy_war_money  # noqa: E402
from newsanalysis.compare import PeriodWarning, different_periods, frame_shares_long  # noqa: E402
from newsanalysis.framing import FrameClassifier, frame_profile  # noqa: E402
from newsanalysis.pipeline import AnalysisResult  # noqa: E402
from newsanalysis.plot import frame_heatmap, interval_plot  # noqa: E402

SEC, POL = "Security_and_defense", "Political"
# share of each article's cue weight that goes to Security (the rest goes to Political)
SEC_A = [0.8, 0.7, 0.9, 0.8, 0.8]   # mean 0.8, deviations 0, -0.1, 0.1, 0, 0: variance 0.02 / 4 = 0.005
SEC_B = [0.2, 0.1, 0.3, 0.2, 0.2]   # mean 0.2, variance 0.005


def _result(sec_a=SEC_A, sec_b=SEC_B, dates_b="2024-06-19", story=None, duplicate=False):
    """Outlets A and B, five English articles each; Security and Political present in every article (presence
    saturated), their shares of the cue weight as given; no other frame has a cue hit (share NA)."""
    ids = [f"A{i}" for i in range(5)] + [f"B{i}" for i in range(5)]
    outlet = [i[0] for i in ids]
    pub = pd.to_datetime(["2024-06-19"] * 5 + [dates_b] * 5, utc=True)
    arts = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "text": "x", "published": pub})
    summary = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "analysed": True,
                            "mean_compound": 0.1 * np.arange(10), "n_scored": 3})
    share = dict(zip(ids, list(sec_a) + list(sec_b)))
    rows = []
    for a in ids:
        for f in na.GENERIC_FRAMES:
            s = share[a] if f == SEC else (1 - share[a]) if f == POL else np.nan
            if np.isnan(share[a]) and f in (SEC, POL):  # an article without any cue hit
                s = np.nan
            rows.append((a, f, True, f in (SEC, POL), s))
    frames = pd.DataFrame(rows, columns=["article_id", "frame", "analysed", "present", "share"])
    frames = frames.astype({"present": "boolean", "share": "Float64"})
    att = pd.DataFrame(columns=["article_id", "anonymous", "source_type"])
    e = pd.DataFrame()
    res = AnalysisResult(arts, e, e, frames, e, att, summary, {"fingerprint": "t"})
    if story is not None:
        res.story_frames = story
    if duplicate:  # a flagged copy of A0 in outlet A
        res = _with_copy_of_a0(res)
    return res


def _with_copy_of_a0(res):
    copy = lambda t: pd.concat([t, t[t["article_id"] == "A0"].assign(article_id="A0copy")], ignore_index=True)  # noqa
    arts = copy(res.articles).assign(duplicate_of=lambda d: np.where(d["article_id"] == "A0copy", "A0", None))
    return AnalysisResult(arts, res.sentences, res.sentiment, copy(res.frames), res.frame_evidence,
                          res.attributions, copy(res.summary), res.provenance, story_frames=res.story_frames)


def _quiet(func, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PeriodWarning)
        return func(*args, **kwargs)


# -- 2. emphasis: frame_share ---------------------------------------------------------------------------

def test_emphasis_tells_outlets_apart_where_presence_cannot():
    t = na.compare_tests(_result(), by="outlet", emphasis=True)
    pres = t[(t["family"] == "frame") & (t["measure"] == SEC)].iloc[0]
    # Security is present in all ten articles: presence has no variation, no p-value (never 0 or 1)
    assert np.isnan(pres["p_value"]) and "no variation" in pres["note"]
    sec = t[(t["family"] == "frame_share") & (t["measure"] == SEC)].iloc[0]
    # Welch t = (0.8 - 0.2) / sqrt(0.005/5 + 0.005/5) = 0.6 / sqrt(0.002) = 13.416
    assert sec["statistic"] == pytest.approx(0.6 / math.sqrt(0.002))
    # exact permutation over the C(10, 5) = 252 splits: only the observed split and its mirror are as extreme
    assert sec["resamples"] == 252 and sec["p_value"] == pytest.approx(2 / 252)
    assert sec["effect_size"] == pytest.approx(0.6) and sec["difference"] == pytest.approx(0.6)
    # Welch interval: df = (0.001 + 0.001)^2 / (2 * 0.001^2 / 4) = 8, t(0.975, 8) = 2.306 -> 0.6 -/+ 0.1031
    from scipy import stats
    h = stats.t.ppf(0.975, 8) * math.sqrt(0.002)
    assert (sec["difference_low"], sec["difference_high"]) == pytest.approx((0.6 - h, 0.6 + h))
    # Hedges' g: pooled sd sqrt(0.005) -> d = 8.485, J = 1 - 3 / (4 * 10 - 9) = 28/31
    assert sec["hedges_g"] == pytest.approx(0.6 / math.sqrt(0.005) * 28 / 31)
    assert sec["effect_measure"] == "difference in mean share of cue weight" and sec["n"] == 10
    assert sec["difference_measure"] == "difference in mean share of cue weight (Welch interval)"
    pol = t[(t["family"] == "frame_share") & (t["measure"] == POL)].iloc[0]
    assert pol["difference"] == pytest.approx(-0.6) and pol["p_value"] == pytest.approx(2 / 252)
    # a frame without any cue hit: every article counts 0, nothing to test
    eco = t[(t["family"] == "frame_share") & (t["measure"] == "Economic")].iloc[0]
    assert np.isnan(eco["p_value"]) and eco["note"] == "all scores equal"
    # its own correction family: BH over its two p-values, 2/252 each -> unchanged
    assert t.loc[t["family"] == "frame_share", "p_adjusted"].dropna().tolist() == pytest.approx([2 / 252] * 2)
    assert set(t.loc[t["family"] == "frame_share", "correction_family"]) == {"family"}


def test_emphasis_is_opt_in_and_leaves_the_other_families_unchanged():
    res = _result()
    plain = na.compare_tests(res, by="outlet", n_resamples=999, n_cluster_resamples=999)
    assert "frame_share" not in set(plain["family"])
    both = na.compare_tests(res, by="outlet", emphasis=True, n_resamples=999, n_cluster_resamples=999)
    pd.testing.assert_frame_equal(plain, both[both["family"] != "frame_share"].reset_index(drop=True))


def test_emphasis_never_pools_languages_and_keeps_the_small_group_rule():
    res = _result()
    # B becomes German: the English block has one group only, so nothing is tested across languages
    res.summary.loc[res.summary["outlet"] == "B", "language"] = "de"
    t = na.compare_tests(res, by="outlet", emphasis=True, n_resamples=99, n_cluster_resamples=99)
    sh = t[t["family"] == "frame_share"]
    assert sh["p_value"].isna().all()
    assert sh["note"].str.startswith("not tested: fewer than two groups").all()


def test_estimates_give_emphasis_with_the_frame_profile_mean():
    # A4 has no cue hit at all: it counts 0, as frame_profile's mean_share does
    res = _result(sec_a=[0.8, 0.7, 0.9, 0.8, np.nan])
    est = na.estimates(res, by="outlet", emphasis=True).set_index(["outlet", "family", "measure"])
    a = est.loc[("A", "frame_share", SEC)]
    assert a["estimate"] == pytest.approx((0.8 + 0.7 + 0.9 + 0.8 + 0) / 5)
    prof = frame_profile(res.frames, res.articles, by="outlet").set_index(["outlet", "frame"])
    assert prof.loc[("A", SEC), "mean_share"] == pytest.approx(a["estimate"])
    assert a["interval"] == "Student t over articles" and a["n_articles"] == 5
    # B: mean 0.2, sd sqrt(0.005), t(0.975, 4) = 2.776 -> 0.2 -/+ 2.776 * sqrt(0.005 / 5)
    from scipy import stats
    b = est.loc[("B", "frame_share", SEC)]
    h = stats.t.ppf(0.975, 4) * math.sqrt(0.005 / 5)
    assert (b["low"], b["high"]) == pytest.approx((0.2 - h, 0.2 + h))
    assert b["languages"] == "en"
    # without emphasis=True the table is as before
    assert "frame_share" not in set(na.estimates(res, by="outlet")["family"])


# -- 3. story frames in estimates -------------------------------------------------------------------------

def _story():
    rows = [(a, "Troop_deployment", True, a in ("A0", "A1", "A2", "A3"), 0.5 if a < "B" else np.nan)
            for a in [f"{g}{i}" for g in "AB" for i in range(5)]]
    return pd.DataFrame(rows, columns=["article_id", "frame", "analysed", "present", "share"]).astype(
        {"present": "boolean", "share": "Float64"})


def test_estimates_give_story_frames_wilson_intervals_on_request():
    res = _result(story=_story())
    assert "story_frame" not in set(na.estimates(res, by="outlet")["family"])
    est = na.estimates(res, by="outlet", story_frames=True).set_index(["outlet", "family", "measure"])
    a = est.loc[("A", "story_frame", "Troop_deployment")]
    # Wilson 4 of 5: centre (0.8 + 1.96^2/10) / (1 + 1.96^2/5) = 0.6697, half-width
    # 1.96 sqrt(0.8 * 0.2 / 5 + 1.96^2 / 100) / (1 + 1.96^2/5) = 0.2941 -> [0.376, 0.964]
    z = 1.959964
    centre = (0.8 + z * z / 10) / (1 + z * z / 5)
    half = z * math.sqrt(0.8 * 0.2 / 5 + z * z / 100) / (1 + z * z / 5)
    assert a["estimate"] == pytest.approx(0.8)
    assert (a["low"], a["high"]) == pytest.approx((centre - half, centre + half), abs=1e-6)
    assert a["interval"] == "Wilson on articles"
    # 0 of 5: [0, z^2 / (5 + z^2)] = [0, 0.434]
    b = est.loc[("B", "story_frame", "Troop_deployment")]
    assert b["high"] == pytest.approx(z * z / (5 + z * z), abs=1e-6) and b["low"] == 0
    # with emphasis too: story_frame_share
    both = na.estimates(res, by="outlet", story_frames=True, emphasis=True)
    assert {"story_frame", "story_frame_share", "frame_share"} <= set(both["family"])


# -- 4. frame_profile leaves out flagged copies ------------------------------------------------------------

def test_frame_profile_leaves_out_flagged_duplicates_like_compare():
    res = _result(duplicate=True)
    prof = frame_profile(res.frames, res.articles, by="outlet")
    cmp = _quiet(na.compare, res, by="outlet").set_index("outlet")
    assert (prof.loc[prof["outlet"] == "A", "articles"] == 5).all()
    assert cmp.loc["A", "analysed_articles"] == 5 and prof.attrs["duplicates_left_out"] == 1
    kept = frame_profile(res.frames, res.articles, by="outlet", duplicates=True)
    assert (kept.loc[kept["outlet"] == "A", "articles"] == 6).all() and kept.attrs["duplicates_left_out"] == 0
    # Wilson interval of share_present: Economic 0 of 5 -> [0, z^2 / (5 + z^2)]
    eco = prof.set_index(["outlet", "frame"]).loc[("B", "Economic")]
    z = 1.959964
    assert eco["share_present"] == 0 and eco["share_present_low"] == 0
    assert eco["share_present_high"] == pytest.approx(z * z / (5 + z * z), abs=1e-6)


def test_frame_profile_takes_a_classifier_table():
    ft = pd.DataFrame({"article_id": ["A0", "A1", "B0"], "frame": "Economic", "probability": [0.9, 0.2, 0.7],
                       "threshold": 0.5, "present": pd.array([True, False, True], dtype="boolean")})
    arts = pd.DataFrame({"article_id": ["A0", "A1", "B0"], "outlet": ["A", "A", "B"]})
    p = frame_profile(ft, arts, by="outlet").set_index("outlet")
    assert p.loc["A", "share_present"] == 0.5 and p.loc["B", "present"] == 1
    assert np.isnan(p.loc["A", "mean_share"]) and np.isnan(p.loc["A", "mean_per_1000_words"])


# -- 5. the period confound, said in Python -------------------------------------------------------------

def test_compare_and_tests_warn_when_periods_do_not_overlap():
    res = _result(dates_b="2019-04-25")
    with pytest.warns(PeriodWarning, match=r"compare: the outlets compared cover different periods \(A 2024-06-19 "
                                           r"to 2024-06-19; B 2019-04-25 to 2019-04-25\)"):
        cmp = na.compare(res, by="outlet")
    with pytest.warns(PeriodWarning, match=r"compare_tests: .*en: A 2024-06-19 to 2024-06-19; B 2019-04-25"):
        t = na.compare_tests(res, by="outlet", n_resamples=99, n_cluster_resamples=99)
    assert t["common_note"].str.contains("the outlets tested cover different periods (A 2024-06-19", regex=False).all()
    # the same check as the report's note
    from newsanalysis.report import _period_note
    assert different_periods(cmp, "outlet") in _period_note(cmp, "outlet")
    # overlapping periods, or groups that are periods (months): no warning
    with warnings.catch_warnings():
        warnings.simplefilter("error", PeriodWarning)
        na.compare(_result(), by="outlet")
        na.compare_tests(_result(), by="outlet", n_resamples=99, n_cluster_resamples=99)
        na.compare(res, by="month")
    assert different_periods(pd.DataFrame({"g": ["a", "b"], "first_published": ["2024-01-01", "2024-03-01"],
                                           "last_published": ["2024-03-01", "2024-05-01"]}), "g") == ""


# -- 6. notes said once --------------------------------------------------------------------------------

def test_notes_common_to_a_block_are_said_once_per_row_in_their_own_column():
    res = _result(duplicate=True)
    t = _quiet(na.compare_tests, res, by="outlet", emphasis=True, n_resamples=99, n_cluster_resamples=99)
    common = "1 duplicate article(s) left out (duplicates=True keeps them)"
    assert (t["common_note"] == common).all() and t.attrs["notes"] == {"en": common}
    assert not t["note"].str.contains("duplicate").any()
    # what is particular to a row stays in note
    assert t.loc[(t["family"] == "frame") & (t["measure"] == SEC), "note"].iloc[0].startswith("no variation")


# -- 7. a classifier's frame table in the comparisons -------------------------------------------------------

def test_a_classifier_frame_table_feeds_compare_estimates_and_tests():
    res = _result()
    # a FrameClassifier's frame_table: Economic predicted for all of A, none of B
    ids = res.articles["article_id"]
    ft = pd.DataFrame({"article_id": ids, "frame": "Economic", "probability": np.where(ids.str[0] == "A", 0.9, 0.1),
                       "threshold": 0.5, "present": pd.array(ids.str[0] == "A", dtype="boolean")})
    cmp = na.compare(res, by="outlet", frames=ft).set_index("outlet")
    assert [c for c in cmp.columns if c.startswith("frame_")] == ["frame_Economic"]
    assert cmp.loc["A", "frame_Economic"] == 1.0 and cmp.loc["B", "frame_Economic"] == 0.0
    t = na.compare_tests(res, by="outlet", frames=ft, n_resamples=99, n_cluster_resamples=99)
    eco = t[t["family"] == "frame"]
    # 5 of 5 against 0 of 5: Fisher's exact test, p = 2 / C(10, 5)
    assert eco["measure"].tolist() == ["Economic"] and eco["p_value"].iloc[0] == pytest.approx(2 / 252)
    est = na.estimates(res, by="outlet", frames=ft)
    assert set(est.loc[est["family"] == "frame", "measure"]) == {"Economic"}
    # a classifier gives no cue-weight shares: emphasis says so instead of testing nothing silently
    with pytest.warns(UserWarning, match="emphasis=True needs the frames' share"):
        t = na.compare_tests(res, by="outlet", frames=ft, emphasis=True, n_resamples=99, n_cluster_resamples=99)
    assert "frame_share" not in set(t["family"])
    with pytest.raises(ValueError, match="missing: present"):
        na.compare(res, frames=ft.drop(columns="present"))
    with pytest.raises(TypeError, match="frame table"):
        na.compare(res, frames="frames.csv")


@pytest.mark.filterwarnings("ignore:Precision loss:RuntimeWarning")  # the tone test of ten identical texts
def test_a_trained_classifier_end_to_end():
    X, y = toy_war_money()
    clf = FrameClassifier(C=10).fit(X, y)
    war = "Soldiers and tanks attacked the front under artillery fire."
    money = "Market prices and inflation fell as investors sold shares."
    new = pd.DataFrame({"article_id": [f"n{i}" for i in range(10)], "outlet": ["W"] * 5 + ["M"] * 5,
                        "language": "en", "text": [war] * 5 + [money] * 5})
    res = na.analyze(new)
    t = na.compare_tests(res, by="outlet", frames=clf.frame_table(new), n_resamples=99, n_cluster_resamples=99)
    sec = t[(t["family"] == "frame") & (t["measure"] == SEC)].iloc[0]
    assert sec["n"] == 10 and sec["p_value"] == pytest.approx(2 / 252)


# -- 1. frame figures mark language and n ---------------------------------------------------------------

def _cmp_three_languages():
    return pd.DataFrame({"outlet": ["KCNA", "Kremlin", "tagesschau", "KBS"], "analysed_articles": [84, 33, 6, 1],
                         "languages": ["en", "en", "de", "en"], "frame_Political": [0.76, 0.94, 1.0, 1.0],
                         "frame_Economic": [0.14, 0.47, 0.33, 0.0]})


def test_frame_heatmap_shows_n_language_blocks_and_greys_small_groups():
    ax = frame_heatmap(frame_shares_long(_cmp_three_languages(), "outlet"), y="outlet")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # English block first (in the order given), then German; the one-article outlet is marked
    assert labels == ["KCNA (n=84) [en]", "Kremlin (n=33) [en]", "KBS (n=1, below 5) [en]", "tagesschau (n=6) [de]"]
    assert any(abs(line.get_ydata()[0] - 2.5) < 1e-9 for line in ax.get_lines())  # the line between blocks
    assert len(ax.patches) == 1  # KBS hatched over
    assert "codebooks differ by language" in ax.get_xlabel() and "fewer than 5" in ax.get_xlabel()
    plt.close("all")
    # min_n=None marks nothing; a table without n or languages draws as before
    ax = frame_heatmap(frame_shares_long(_cmp_three_languages(), "outlet"), y="outlet", min_n=None)
    assert not ax.patches
    plt.close("all")
    bare = frame_shares_long(_cmp_three_languages(), "outlet")[["outlet", "frame", "share"]]
    ax = frame_heatmap(bare, y="outlet")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["KCNA", "Kremlin", "tagesschau", "KBS"]
    plt.close("all")


def test_interval_plot_names_languages_and_marks_small_groups():
    est = pd.DataFrame({"outlet": ["KCNA", "tagesschau", "KBS"], "measure": "Political", "estimate": [0.76, 1.0, 1.0],
                        "low": [0.66, 0.61, 0.21], "high": [0.84, 1.0, 1.0], "n_articles": [84, 6, 1],
                        "languages": ["en", "de", "en"]})
    ax = interval_plot(est, y="measure", hue="outlet", n="n_articles", min_n=5)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["KBS [en] (n=1, below 5)", "KCNA [en] (n=84)", "tagesschau [de] (n=6)"]
    assert "languages differ" in ax.get_xlabel()
    plt.close("all")


# -- real corpus ------------------------------------------------------------------------------------------

@pytest.mark.shared
def test_real_corpus_emphasis_story_intervals_and_periods(real_articles):
    en = real_articles[real_articles["language"] == "en"]
    res = na.analyze(en)
    with pytest.warns(PeriodWarning, match=r"Kremlin\.ru \(President of Russia, English\) 2000-"):
        cmp = na.compare(res, by="outlet")
    kcna, kremlin = "KCNA (Korean Central News Agency, English)", "Kremlin.ru (President of Russia, English)"
    # frame_profile counts the articles compare() counts
    prof = frame_profile(res.frames, res.articles, by="outlet").drop_duplicates("outlet").set_index("outlet")
    n = cmp.set_index("outlet")["analysed_articles"]
    assert prof.loc[kcna, "articles"] == n[kcna] and prof.loc[kremlin, "articles"] == n[kremlin]
    with pytest.warns(PeriodWarning):
        t = na.compare_tests(res, by="outlet", emphasis=True, n_resamples=999, n_cluster_resamples=999)
    pair = t[(t["family"] == "frame_share") & (t["scope"] == "pairwise") & (t["group_a"] == kcna)
             & (t["group_b"] == kremlin)].set_index("measure")
    assert len(pair) == 14 and pair["p_value"].notna().sum() >= 10
    # Political and External_regulation are present in most articles of both; emphasis gives an interval
    for f in (POL, "External_regulation_and_reputation", SEC):
        r = pair.loc[f]
        assert r["difference_low"] <= r["difference"] <= r["difference_high"] and 0 < r["p_value"] <= 1
    est = na.estimates(res, by="outlet", story_frames=True, emphasis=True)
    story = est[(est["family"] == "story_frame") & (est["outlet"] == kcna)]
    assert len(story) == 11 and (story["low"] <= story["estimate"]).all() and (story["n_articles"] == n[kcna]).all()
