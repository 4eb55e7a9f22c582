"""analyze(n_jobs=N): worker processes give exactly the serial result."""
import os

import numpy as np
import pandas as pd
import pandas.testing as pt
import pytest

import newsanalysis as na
from newsanalysis.pipeline import resolve_n_jobs


def _hand_articles() -> pd.DataFrame:
    """Five articles read by hand (sentence counts and languages noted per row)."""
    return pd.DataFrame({
        "article_id": ["e1", "e2", "k1", "d1", "e3"],
        "outlet": ["A", "A", "B", "C", "A"],
        "language": ["en", "en", "ko", "de", "en"],
        "text": [
            "The talks went well. Both sides praised the treaty.",          # 2 sentences
            "Troops were killed in a terrible attack.\nOfficials condemned it.",  # 2 (two lines)
            "북한과 러시아가 조약을 맺었다. 회담은 평양에서 열렸다.",               # 2, not analysed
            "Der Vertrag wurde am 19. Juni unterzeichnet.",                   # 1 (ordinal is no end)
            "Kim met Putin.",                                                 # 1
        ],
    })


def _assert_same(a: na.AnalysisResult, b: na.AnalysisResult) -> None:
    for name, table in a.tables().items():
        pt.assert_frame_equal(table, b.tables()[name], check_exact=True, obj=name)
    assert a.provenance == b.provenance


def test_parallel_equals_serial_on_hand_made_articles():
    arts = _hand_articles()
    before = arts.copy()
    serial = na.analyze(arts)
    # chunk_size=1: every article is its own task, so order and joins are really exercised
    par = na.analyze(arts, n_jobs=2, chunk_size=1)
    _assert_same(serial, par)
    pt.assert_frame_equal(arts, before)  # input untouched
    s = par.summary.set_index("article_id")
    assert list(par.summary["article_id"]) == ["e1", "e2", "k1", "d1", "e3"]  # input order kept
    assert s.loc["e1", "sentences"] == 2 and s.loc["e2", "sentences"] == 2
    assert s.loc["d1", "sentences"] == 1 and s.loc["e3", "sentences"] == 1
    assert list(par.sentences.loc[par.sentences.article_id == "e2", "text"]) == [
        "Troops were killed in a terrible attack.", "Officials condemned it."]
    # Korean has no analysers: NaN, never 0
    assert not s.loc["k1", "analysed"] and np.isnan(s.loc["k1", "mean_compound"])
    # "killed", "terrible" and "condemned" are negative words: the article's tone is below zero
    assert s.loc["e2", "mean_compound"] < 0


def test_chunking_does_not_change_the_result():
    arts = _hand_articles()
    _assert_same(na.analyze(arts, chunk_size=2), na.analyze(arts, n_jobs=2, chunk_size=3))


@pytest.mark.shared
def test_parallel_equals_serial_on_real_articles(real_articles):
    # 40 real articles of all four sources and languages (every 5th row)
    arts = real_articles.iloc[::5].head(40)
    assert set(arts["language"]) >= {"en", "ko"}
    serial = na.analyze(arts)
    par = na.analyze(arts, n_jobs=2, chunk_size=4)
    _assert_same(serial, par)
    assert par.articles.attrs.get("load_report") is not None  # the load report stays with the articles


def test_n_jobs_values():
    assert resolve_n_jobs(None) == 1 and resolve_n_jobs(1) == 1 and resolve_n_jobs(3) == 3
    assert resolve_n_jobs(-1) == (os.cpu_count() or 1)
    for bad in (0, 1.5, "2", True):
        with pytest.raises(ValueError, match="n_jobs"):
            resolve_n_jobs(bad)
    with pytest.raises(ValueError, match="chunk_size"):
        na.analyze(_hand_articles(), chunk_size=0)


def test_bad_record_is_named_before_any_worker_starts():
    arts = _hand_articles()
    arts.loc[2, "text"] = None
    with pytest.raises(ValueError, match="k1"):
        na.analyze(arts, n_jobs=2)
