"""analyze_to_parquet: the tables of analyze(), written in batches on one machine (no Dask)."""
import numpy as np
import pandas.testing as pt
import pytest

import newsanalysis as na
from conftest import assert_same_tables, hand_articles
from newsanalysis.distributed import RESULT_TABLES, analyze_to_parquet, compare_results, read_results


def test_batches_of_two_articles_give_the_serial_tables(tmp_path):
    arts = hand_articles()
    before = arts.copy()
    parts = analyze_to_parquet(arts, tmp_path / "out", chunk_size=1, articles_per_file=2)
    pt.assert_frame_equal(arts, before)                           # input untouched
    assert list(parts["articles"]) == [2, 2, 1]
    assert list(parts["sentences"]) == [3, 3, 1]                  # counted by reading the texts above
    for t in RESULT_TABLES:
        assert len(list((tmp_path / "out" / t).glob("part-*.parquet"))) == 3
    back = read_results(tmp_path / "out")
    assert_same_tables(na.analyze(arts), back)
    s = back.summary.set_index("article_id")
    assert not s.loc["k1", "analysed"] and np.isnan(s.loc["k1", "mean_compound"])  # not analysed, not 0
    assert s.loc["e2", "mean_compound"] < 0
    with pytest.raises(FileExistsError, match="overwrite"):
        analyze_to_parquet(arts, tmp_path / "out")
    with pytest.raises(ValueError, match="articles_per_file"):
        analyze_to_parquet(arts, tmp_path / "o2", articles_per_file=0)


@pytest.mark.shared
def test_real_articles_on_two_processes_equal_serial_and_compare(real_articles, tmp_path):
    arts = real_articles.iloc[::7].head(30).reset_index(drop=True)
    serial = na.analyze(arts)
    analyze_to_parquet(arts, tmp_path / "out", n_jobs=2, chunk_size=4, articles_per_file=10)
    assert_same_tables(serial, read_results(tmp_path / "out"))
    pt.assert_frame_equal(compare_results(tmp_path / "out", by="outlet", n_resamples=200),
                          na.compare(serial, by="outlet", n_resamples=200))
