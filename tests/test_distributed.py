"""Dask path: partitioned Parquet in, partitioned Parquet out, equal to the serial analysis."""
import numpy as np
import pandas as pd
import pandas.testing as pt
import pytest

import newsanalysis as na
from conftest import assert_same_tables, hand_articles

dd = pytest.importorskip("dask.dataframe", reason="optional extra 'scale' (dask[dataframe], distributed) not installed")
distributed = pytest.importorskip("distributed")

from newsanalysis.distributed import (  # noqa: E402
    RESULT_TABLES, analyze_parquet, compare_results, read_results, write_corpus,
)


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_hand_made_corpus_in_three_partitions(client, tmp_path):
    arts = hand_articles()
    files = write_corpus(arts, tmp_path / "corpus", articles_per_file=2)
    assert len(files) == 3                                       # 2 + 2 + 1 articles
    parts = analyze_parquet(tmp_path / "corpus", tmp_path / "out", client=client)
    assert list(parts["articles"]) == [2, 2, 1]
    assert list(parts["sentences"]) == [3, 3, 1]                 # counted by reading the texts above
    for t in RESULT_TABLES:
        assert len(list((tmp_path / "out" / t).glob("part-*.parquet"))) == 3
    back = read_results(tmp_path / "out")
    assert_same_tables(na.analyze(arts), back)
    s = back.summary.set_index("article_id")
    assert list(back.summary["article_id"]) == ["e1", "e2", "k1", "e3", "d1"]
    assert not s.loc["k1", "analysed"] and np.isnan(s.loc["k1", "mean_compound"])
    assert s.loc["e2", "mean_compound"] < 0
    with pytest.raises(FileExistsError, match="overwrite"):
        analyze_parquet(tmp_path / "corpus", tmp_path / "out", client=client)


def test_bad_corpora_are_named(client, tmp_path):
    arts = hand_articles()
    dup = pd.concat([arts, arts.iloc[[1]]], ignore_index=True)
    dup.to_parquet(tmp_path / "dup.parquet", index=False)
    with pytest.raises(ValueError, match="'e2' occurs 2 times"):
        analyze_parquet(tmp_path / "dup.parquet", tmp_path / "o1", client=client)
    arts.drop(columns=["language"]).to_parquet(tmp_path / "nolang.parquet", index=False)
    with pytest.raises(ValueError, match="language"):
        analyze_parquet(tmp_path / "nolang.parquet", tmp_path / "o2", client=client)


@pytest.mark.shared
def test_real_articles_equal_serial_and_compare(client, shared, real_articles, tmp_path):
    arts = real_articles.iloc[::5].head(40).reset_index(drop=True)  # 40 real articles, all four sources
    write_corpus(arts, tmp_path / "corpus", articles_per_file=10)
    parts = analyze_parquet(tmp_path / "corpus", tmp_path / "out", client=client)
    assert len(parts) == 4 and parts["articles"].sum() == 40
    serial = na.analyze(arts)
    back = read_results(tmp_path / "out")
    assert_same_tables(serial, back)
    kw = dict(n_resamples=200, seed=3)
    pt.assert_frame_equal(compare_results(tmp_path / "out", by="outlet", **kw),
                          na.compare(serial, by="outlet", **kw), check_exact=True)
    pt.assert_frame_equal(compare_results(tmp_path / "out", by="month", **kw),
                          na.compare(serial, by="month", **kw), check_exact=True)
