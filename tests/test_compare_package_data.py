"""The outlet and event tables are package data (session 13): a normal, non-editable install failed with
``FileNotFoundError: …/site-packages/corpus/outlets.csv`` because they lived in the repository's corpus/."""
import importlib
from pathlib import Path

import pandas as pd
import pytest

import newsanalysis as na

# (``from newsanalysis import compare`` is the function: the package re-exports it)
cmp_mod = importlib.import_module("newsanalysis.compare")
timeline = importlib.import_module("newsanalysis.timeline")


def test_the_tables_ship_inside_the_package():
    pkg = Path(na.__file__).resolve().parent
    assert cmp_mod.OUTLETS_CSV == pkg / "resources" / "outlets.csv" and cmp_mod.OUTLETS_CSV.is_file()
    assert timeline.EVENTS_CSV == pkg / "resources" / "events.csv" and timeline.EVENTS_CSV.is_file()
    # one copy only: the repository's corpus/ no longer has them
    assert not (pkg.parent / "corpus" / "outlets.csv").exists() and not (pkg.parent / "corpus" / "events.csv").exists()
    out = na.load_outlets()
    assert out.set_index("outlet").loc["NewsWorld", "affiliation"] == "aggregator"
    assert len(timeline.load_events()) > 0


def test_a_missing_file_of_yours_is_named_as_yours(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"mine\.csv: outlet table not found \(the path given"):
        na.load_outlets(tmp_path / "mine.csv")
    with pytest.raises(FileNotFoundError, match=r"ev\.csv: events table not found \(the path given"):
        timeline.load_events(tmp_path / "ev.csv")


def test_a_missing_shipped_table_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(cmp_mod, "OUTLETS_CSV", tmp_path / "gone.csv")
    with pytest.raises(FileNotFoundError, match="shipped with newsanalysis is missing.*outlets="):
        na.load_outlets()


def test_grouping_by_affiliation_reads_the_shipped_table():
    arts = pd.DataFrame({"article_id": ["a"], "outlet": ["NewsWorld"]})
    g = cmp_mod.article_groups(arts, "affiliation")
    assert g.tolist() == ["aggregator"]
