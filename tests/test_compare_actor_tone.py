"""compare_tests(actor_tone_voice=...) tests tone toward each actor between groups (session 13: a user had
per-outlet means with intervals but no test). Hand-made tables; every expected value worked out by hand."""
import numpy as np
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.pipeline import AnalysisResult

IDS = [f"a{i}" for i in range(5)] + [f"b{i}" for i in range(5)] + ["c0"]
OUTLET = ["A"] * 5 + ["B"] * 5 + ["C"]


def _result():
    arts = pd.DataFrame({"article_id": IDS, "outlet": OUTLET, "language": "en", "text": "x"})
    summary = pd.DataFrame({"article_id": IDS, "outlet": OUTLET, "language": "en", "analysed": True,
                            "mean_compound": 0.0, "n_scored": 3})
    frames = pd.DataFrame([(a, f, True, False) for a in IDS for f in na.GENERIC_FRAMES],
                          columns=["article_id", "frame", "analysed", "present"])
    rows = []
    # Kim: A's five articles at +0.5 (authorial), B's at -0.1, -0.2, 0.0, -0.1, -0.1 (mean -0.1); a0 also
    # has a quoted -0.9, b0 a transcript-turn +0.9: neither counts for voice="authorial"
    for i, b in enumerate([-0.1, -0.2, 0.0, -0.1, -0.1]):
        rows.append((f"a{i}", "kim_jong_un", 0.5, "authorial", False))
        rows.append((f"b{i}", "kim_jong_un", b, "authorial", False))
    rows.append(("a0", "kim_jong_un", -0.9, "quoted", False))
    rows.append(("b0", "kim_jong_un", 0.9, "authorial", True))
    # a0 has two authorial Kim mentions: its article mean is (0.5 + 0.3) / 2 = 0.4
    rows.append(("a0", "kim_jong_un", 0.3, "authorial", False))
    # Putin: only four B articles mention him -> B is not tested for Putin -> no Putin row
    for i in range(5):
        rows.append((f"a{i}", "putin", 0.2, "authorial", False))
    for i in range(4):
        rows.append((f"b{i}", "putin", 0.1, "authorial", False))
    at = pd.DataFrame(rows, columns=["article_id", "actor_id", "tone", "voice", "speaker_turn"])
    e = pd.DataFrame()
    att = pd.DataFrame(columns=["article_id", "kind", "source", "named", "anonymous", "source_type"])
    return AnalysisResult(arts, e, e, frames, e, att, summary, {"fingerprint": "t"}, actor_tone=at)


def test_actor_tone_tested_between_groups_in_the_authorial_voice():
    res = _result()
    before = res.actor_tone.copy()
    t = na.compare_tests(res, by="outlet", actor_tone_voice="authorial", n_resamples=999, n_cluster_resamples=99)
    a = t[t["family"] == "actor_tone"].set_index("measure")
    # only Kim is tested (Putin: B has 4 articles < 5); C (1 article) is never in the test
    assert a.index.tolist() == ["kim_jong_un"]
    row = a.loc["kim_jong_un"]
    assert row["groups"] == 2 and row["n"] == 10
    # A's article means: 0.4, 0.5, 0.5, 0.5, 0.5 -> 0.48; B's mean -0.1 (the turn left out)
    assert row["difference"] == pytest.approx(0.48 - (-0.1))
    assert row["p_value"] < 0.05
    pd.testing.assert_frame_equal(res.actor_tone, before)  # input not changed


def test_actor_tone_voice_all_counts_quoted_mentions_and_default_has_no_actor_tests():
    res = _result()
    t = na.compare_tests(res, by="outlet", actor_tone_voice="all", n_resamples=999, n_cluster_resamples=99)
    row = t[(t["family"] == "actor_tone") & (t["measure"] == "kim_jong_un")].iloc[0]
    # a0 now averages 0.5, -0.9 and 0.3 -> -0.0333; A's mean (−0.0333 + 4 x 0.5) / 5 = 0.39333
    assert row["difference"] == pytest.approx((-0.1 / 3 + 2.0) / 5 + 0.1)
    t0 = na.compare_tests(res, by="outlet", n_resamples=999, n_cluster_resamples=99)
    assert not (t0["family"] == "actor_tone").any()
    with pytest.raises(ValueError, match="actor_tone_voice"):
        na.compare_tests(res, by="outlet", actor_tone_voice="own")


def test_a_duplicate_in_the_corpus_leaves_out_its_mentions_not_the_actor_tests():
    # one duplicate anywhere used to drop every actor_tone (and story_frame) test: the duplicate-free view
    # of the result lacked those tables
    res = _result()
    arts = pd.concat([res.articles, pd.DataFrame({"article_id": ["a5"], "outlet": ["A"], "language": ["en"],
                                                  "text": ["x"]})], ignore_index=True)
    arts["duplicate_of"] = [None] * len(IDS) + ["a1"]
    summary = pd.concat([res.summary, res.summary.iloc[[0]].assign(article_id="a5")], ignore_index=True)
    frames = pd.concat([res.frames, res.frames[res.frames["article_id"] == "a0"].assign(article_id="a5")],
                       ignore_index=True)
    at = pd.concat([res.actor_tone, pd.DataFrame([("a5", "kim_jong_un", -0.9, "authorial", False)],
                                                 columns=res.actor_tone.columns)], ignore_index=True)
    dup = AnalysisResult(arts, res.sentences, res.sentiment, frames, res.frame_evidence, res.attributions,
                         summary, {"fingerprint": "t"}, actor_tone=at)
    t = na.compare_tests(dup, by="outlet", actor_tone_voice="authorial", n_resamples=999, n_cluster_resamples=99)
    row = t[t["family"] == "actor_tone"].set_index("measure").loc["kim_jong_un"]
    # a5 (the copy, -0.9) is left out: the same ten articles and difference as without it
    assert row["n"] == 10 and row["difference"] == pytest.approx(0.48 - (-0.1))


def test_actor_tone_tests_name_their_measure():
    """The actor-tone rows say what differs: tone toward the actor, not the article's mean compound (the
    wording the family once inherited from the article-tone test)."""
    import pandas as pd

    import newsanalysis as na
    good = "Putin is a good and wise friend."
    bad = "Putin is a bad and cruel enemy."
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(6)] + [f"b{i}" for i in range(6)],
                         "text": [good] * 6 + [bad] * 6, "language": "en", "outlet": ["A"] * 6 + ["B"] * 6})
    t = na.compare_tests(na.analyze(arts), by="outlet", actor_tone_voice="authorial", n_resamples=99)
    row = t[(t["family"] == "actor_tone") & (t["measure"] == "putin")].iloc[0]
    assert row["effect_measure"] == "difference in mean tone toward the actor (compound)"
    assert row["difference"] > 0  # A's words about Putin are positive, B's negative
