"""Session 15: the design-effect Wilson interval of attribution shares no longer narrows with one event.

A design effect is estimated from the data only when the rarer outcome has at least 5 rows in at least 2
articles; otherwise the articles are the units (n_eff = min(k, design-effect n)), as for zero events
(teacher/researcher trial F6: KCNA hearsay 1 of 172 in one article got n_eff 161 and [0.001, 0.034] while
Kremlin.ru's 0 of 62 got n_eff 19 and [0, 0.168]). Every expected interval is statsmodels' Wilson interval
at an n_eff worked out by hand in the comments.
"""
import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

from newsanalysis.compare import _share_difference, estimates, ratio_share_ci

Z = stats.norm.ppf(0.975)


def wilson(k, n):
    return tuple(proportion_confint(k, n, alpha=0.05, method="wilson"))


def test_one_event_uses_the_articles_like_zero_events():
    # 10 articles of 2 attributions; one event in the first. The linearisation variance: r = 1/20, residuals
    # 1 - 0.1 = 0.9 and -0.1 (x9): sum of squares 0.81 + 0.09 = 0.9, v = 0.9 / 90 / 4 = 0.0025; binomial
    # 0.05 * 0.95 / 20 = 0.002375 -> deff 1.053, n / deff = 19, times (z / t(0.975, 9))^2 = 0.7507 -> 14.26:
    # more than the 10 articles, from one event. One event is too few: n_eff = 10 articles.
    num, den = [1] + [0] * 9, [2] * 10
    r, lo, hi, ne = ratio_share_ci(num, den)
    assert r == 0.05 and ne == 10
    assert (lo, hi) == pytest.approx(wilson(0.5, 10))
    # zero events in the same articles: n_eff = 10 as well, and the one-event interval is not narrower
    r0, lo0, hi0, ne0 = ratio_share_ci([0] * 10, den)
    assert ne0 == 10 and hi0 == pytest.approx(Z ** 2 / (10 + Z ** 2))
    assert hi - lo > hi0 - lo0


def test_design_effect_from_five_events_in_several_articles():
    # 10 articles of 4; events 2, 1, 1, 1 and six zeros: 5 events in 4 articles -> the design effect is used.
    # r = 5/40 = 0.125; residuals num - 0.5: 1.5, 0.5, 0.5, 0.5, -0.5 (x6): sum of squares 2.25 + 0.75 + 1.5
    # = 4.5; v = 4.5 / 90 / 16 = 0.003125; binomial 0.125 * 0.875 / 40 = 0.00273438 -> deff = 8/7,
    # n / deff = 35, times (z / t(0.975, 9))^2
    num, den = [2, 1, 1, 1, 0, 0, 0, 0, 0, 0], [4] * 10
    ne = 35 * (Z / stats.t.ppf(0.975, 9)) ** 2
    assert ne == pytest.approx(26.27, abs=0.01)
    r, lo, hi, n_eff = ratio_share_ci(num, den)
    assert r == 0.125 and n_eff == pytest.approx(ne)
    assert (lo, hi) == pytest.approx(wilson(0.125 * ne, ne))


def test_four_events_are_too_few_five_are_enough():
    # 10 articles of 4. Four events in four articles: r = 0.1, residuals 0.6 (x4), -0.4 (x6): v = 2.4 / 90 / 16
    # = 0.001667 < binomial 0.00225 -> deff 1 -> design n = 40 * 0.7507 = 30.0 > 10 articles: too few events,
    # n_eff = 10. Five events in five articles: 40 * 0.7507 = 30.03 is used.
    _, lo, hi, ne = ratio_share_ci([1] * 4 + [0] * 6, [4] * 10)
    assert ne == 10 and (lo, hi) == pytest.approx(wilson(1.0, 10))
    _, lo, hi, ne = ratio_share_ci([1] * 5 + [0] * 5, [4] * 10)
    assert ne == pytest.approx(40 * (Z / stats.t.ppf(0.975, 9)) ** 2)
    assert (lo, hi) == pytest.approx(wilson(0.125 * ne, ne))


def test_five_events_in_one_article_are_too_few_and_never_narrow():
    # 5 articles of 10; all 5 events in the first: r = 0.1, residuals 4, -1 (x4): v = 20 / 20 / 100 = 0.01;
    # binomial 0.1 * 0.9 / 50 = 0.0018 -> deff 5.556, n / deff = 9, times (z / t(0.975, 4))^2 = 0.4985 -> 4.49.
    # One article: no spread to see, the articles are the units, but never more: min(5, 4.49) = 4.49
    ne = 9 * (Z / stats.t.ppf(0.975, 4)) ** 2
    _, lo, hi, n_eff = ratio_share_ci([5, 0, 0, 0, 0], [10] * 5)
    assert n_eff == pytest.approx(ne) and ne < 5
    assert (lo, hi) == pytest.approx(wilson(0.1 * ne, ne))


def test_the_rarer_outcome_counts_when_the_share_is_high():
    # 19 of 20 named: the one article without is the "event"; mirrored, the same n_eff (10 articles)
    num, den = [1] + [2] * 9, [2] * 10
    r, lo, hi, ne = ratio_share_ci(num, den)
    assert r == 0.95 and ne == 10 and (lo, hi) == pytest.approx(wilson(9.5, 10))


def test_clustered_newcombe_uses_the_same_rule():
    # A: 1 event in 10 articles of 2 -> n_eff 10 (not 14.26); B: 0 of 12 in 6 articles -> n_eff 6.
    # Newcombe's hybrid score interval from the Wilson intervals at those n (Newcombe 1998, method 10)
    per_a = pd.DataFrame({"hearsay": [1] + [0] * 9, "other": [1] + [2] * 9})
    per_b = pd.DataFrame({"hearsay": [0] * 6, "other": [2] * 6})
    d = _share_difference(per_a, per_b, what="hearsay share")
    l1, u1 = wilson(0.5, 10)
    l2, u2 = wilson(0, 6)
    lo = 0.05 - math.sqrt((0.05 - l1) ** 2 + u2 ** 2)
    hi = 0.05 + math.sqrt((u1 - 0.05) ** 2 + l2 ** 2)
    assert d["difference"] == pytest.approx(0.05)
    assert (d["difference_low"], d["difference_high"]) == pytest.approx((lo, hi))
    sm = confint_proportions_2indep(0.5, 10, 0, 6, method="newcomb", compare="diff")
    assert (d["difference_low"], d["difference_high"]) == pytest.approx(tuple(sm))


def test_estimates_name_the_rule():
    from newsanalysis.pipeline import AnalysisResult

    # outlet A: 10 articles, 2 attributions each, one anonymous (in A0) -> n_eff = 10 articles
    ids = [f"A{i}" for i in range(10)]
    arts = pd.DataFrame({"article_id": ids, "outlet": "A", "language": "en", "text": "x",
                         "published": pd.to_datetime(["2024-06-19"] * 10, utc=True), "duplicate_of": None})
    summary = pd.DataFrame({"article_id": ids, "outlet": "A", "language": "en", "analysed": True,
                            "mean_compound": 0.1, "n_scored": 3})
    att = pd.DataFrame({"article_id": [a for a in ids for _ in (0, 1)],
                        "anonymous": [a == "A0" and j == 0 for a in ids for j in (0, 1)],
                        "named": [not (a == "A0" and j == 0) for a in ids for j in (0, 1)],
                        "source_type": "government"})
    e = pd.DataFrame()
    res = AnalysisResult(arts, e, e, pd.DataFrame(columns=["article_id", "frame", "analysed", "present"]), e, att,
                         summary, {"fingerprint": "t"})
    est = estimates(res, by="outlet").set_index(["family", "measure"])
    a = est.loc[("anonymous", "anonymous_share")]
    assert a["estimate"] == 0.05 and a["n_effective"] == 10
    assert (a["low"], a["high"]) == pytest.approx(wilson(0.5, 10))
    assert a["interval"] == "Wilson, n = articles (too few events for a design effect)"
