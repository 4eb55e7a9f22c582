"""The outlet's own voice compared across outlets (session 10 trial: authorial tone could only be averaged with
outlet_tone, not tested)."""
import numpy as np
import pandas as pd
import pytest
from scipy import stats

import newsanalysis as na
from newsanalysis.pipeline import AnalysisResult


def _result():
    # A: all-sentence tone 0.1..0.6, authorial 0.0, 0.1, 0.2, 0.3, 0.4, NaN (one article with quotes only)
    # B: all-sentence tone 0.3..0.8, authorial -0.2, -0.1, 0.0, 0.1, 0.2, 0.3
    ids = [f"A{i}" for i in range(6)] + [f"B{i}" for i in range(6)]
    outlet = ["A"] * 6 + ["B"] * 6
    tone = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
    auth = [0.0, 0.1, 0.2, 0.3, 0.4, np.nan, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3]
    arts = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "text": "x"})
    summary = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "analysed": True,
                            "mean_compound": tone, "authorial_mean_compound": auth, "n_scored": 3})
    frames = pd.DataFrame([(a, f, True, False) for a in ids for f in na.GENERIC_FRAMES],
                          columns=["article_id", "frame", "analysed", "present"])
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, pd.DataFrame(columns=["article_id", "anonymous", "source_type"]),
                          summary, {"fingerprint": "t"})


def test_compare_gives_authorial_tone_with_its_interval():
    c = na.compare(_result(), by="outlet").set_index("outlet")
    assert c.loc["A", "authorial_compound"] == pytest.approx(0.2)  # five articles; the NaN one drops out
    lo, hi = stats.t.interval(0.95, 4, loc=0.2, scale=stats.sem([0.0, 0.1, 0.2, 0.3, 0.4]))
    assert (c.loc["A", "authorial_low"], c.loc["A", "authorial_high"]) == pytest.approx((lo, hi))
    assert c.loc["B", "authorial_compound"] == pytest.approx(0.05)
    assert c.loc["A", "mean_compound"] == pytest.approx(0.35)  # all sentences, unchanged


def test_compare_tests_tests_the_authorial_voice_too():
    t = na.compare_tests(_result(), by="outlet", n_resamples=999)
    tone = t[t["family"] == "tone"].set_index("measure")
    assert sorted(tone.index) == ["authorial_mean_compound", "mean_compound"]
    a = tone.loc["authorial_mean_compound"]
    x, y = [0.0, 0.1, 0.2, 0.3, 0.4], [-0.2, -0.1, 0.0, 0.1, 0.2, 0.3]
    assert a["n"] == 11 and a["difference"] == pytest.approx(0.15)
    ref = stats.ttest_ind(x, y, equal_var=False)
    ci = ref.confidence_interval(0.95)
    assert (a["difference_low"], a["difference_high"]) == pytest.approx((ci.low, ci.high))
    assert a["statistic"] == pytest.approx(ref.statistic)  # two groups: Welch t
