"""Session 16 (researcher trial): a copy of the shipped generic codebook decides as the shipped one, and a
codebook can name its own rate thresholds (``thresholds:`` in the YAML)."""
import shutil

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis._tables import resource_path
from newsanalysis.framing import CodebookError


@pytest.mark.parametrize("lang", ["en", "de"])
def test_unedited_copy_of_the_generic_codebook_decides_as_generic(tmp_path, real_articles, seed_articles, lang):
    copy = tmp_path / "copy.yaml"
    shutil.copy(resource_path(lang, "frames.yaml"), copy)
    arts = pd.concat([seed_articles, real_articles[real_articles["language"] == lang].head(30)],
                     ignore_index=True).drop_duplicates("article_id")
    arts = arts[arts["language"] == lang]
    g = na.frames(arts, codebook="generic")
    c = na.frames(arts, codebook=copy)
    assert (g["hits"].fillna(0) == c["hits"].fillna(0)).all()
    assert (g["threshold"] == c["threshold"]).all()
    assert (g["present"] == c["present"]).all()


def test_codebook_names_its_threshold_csv(tmp_path):
    (tmp_path / "thr.csv").write_text("frame,threshold\nEnergy,10\n")
    (tmp_path / "cb.yaml").write_text(
        "name: energy\nlanguage: en\nthresholds: thr.csv\nframes:\n  Energy:\n    definition: Energy.\n"
        "    cues: [gas]\n")
    # 1 hit in 50 words = 20 per 1,000 (passes 10); 1 hit in 200 words = 5 per 1,000 (fails)
    short = "The gas deal was signed. " + "word " * 45
    long_ = "The gas deal was signed. " + "word " * 195
    arts = pd.DataFrame({"article_id": ["s", "l"], "text": [short, long_], "language": "en"})
    f = na.frames(arts, codebook=tmp_path / "cb.yaml").set_index("article_id")
    assert f.loc["s", "threshold"] == 10 and bool(f.loc["s", "present"])
    assert not bool(f.loc["l", "present"])
    # without the key the same codebook has no rate threshold: both present
    (tmp_path / "cb2.yaml").write_text((tmp_path / "cb.yaml").read_text().replace("thresholds: thr.csv\n", ""))
    f2 = na.frames(arts, codebook=tmp_path / "cb2.yaml")
    assert f2["present"].all()


def test_missing_threshold_file_names_the_field(tmp_path):
    (tmp_path / "cb.yaml").write_text(
        "name: x\nlanguage: en\nthresholds: nowhere.csv\nframes:\n  A:\n    definition: a.\n    cues: [gas]\n")
    with pytest.raises(CodebookError, match="field 'thresholds'.*nowhere.csv"):
        na.frames(pd.DataFrame({"article_id": ["a"], "text": ["gas"], "language": "en"}),
                  codebook=tmp_path / "cb.yaml")
