"""AnalysisResult.subset and the period each compared group covers (session 10 trial: notebook 06 wrote its own
subset helper; the Kremlin.ru items end in 2019, KCNA's are from 2024, and nothing said so)."""
import pandas as pd
import pytest

import newsanalysis as na

TEXTS = {
    "k1": ("KCNA", "en", "2024-06-19", "Kim Jong Un met Putin in Pyongyang. The talks were warm, KCNA said."),
    "k2": ("KCNA", "en", "2024-11-07", "Choe Son Hui arrived in Moscow. She praised the treaty."),
    "r1": ("Kremlin", "en", "2019-04-25", "Putin met Kim Jong Un in Vladivostok. Officials said the talks were useful."),
    "d1": ("ZEIT", "de", "2024-06-20", "Putin reiste nach Pjöngjang. Kritiker sprachen von einer Provokation."),
}


@pytest.fixture(scope="module")
def result():
    arts = pd.DataFrame([{"article_id": k, "outlet": o, "language": lg, "published": d, "text": t}
                         for k, (o, lg, d, t) in TEXTS.items()])
    return na.analyze(arts)


def test_subset_filters_every_table(result):
    en = result.subset(result.articles["language"] == "en")
    assert sorted(en.articles["article_id"]) == ["k1", "k2", "r1"]
    for name in ("sentences", "sentiment", "frames", "frame_evidence", "attributions", "summary"):
        t = getattr(en, name)
        assert "d1" not in set(t["article_id"].astype(str)), name
    assert len(en.sentences) == 6  # two sentences in each English text
    one = result.subset(["r1", "nope"])
    assert one.articles["article_id"].tolist() == ["r1"] and one.provenance["subset"] == 1
    assert len(result.articles) == 4  # the original is untouched
    with pytest.raises(ValueError, match="one value per article"):
        result.subset(pd.Series([True, False]))


def test_compare_gives_the_period_of_each_group(result):
    c = na.compare(result, by="outlet").set_index("outlet")
    assert c.loc["KCNA", "first_published"] == pd.Timestamp("2024-06-19", tz="UTC")
    assert c.loc["KCNA", "last_published"] == pd.Timestamp("2024-11-07", tz="UTC")
    assert c.loc["Kremlin", "last_published"].year == 2019


def test_subset_takes_a_mask_as_array_list_or_nullable_series(result):
    # session 17 trial: an event-window mask passed as `mask.values` was read as the ids "True"/"False" and gave
    # an empty result without a word; compare() on it then failed with a bare KeyError: 'articles'
    lang = result.articles["language"]
    assert result.subset((lang == "de").values).articles["article_id"].tolist() == ["d1"]
    assert sorted(result.subset(list(lang == "en")).articles["article_id"]) == ["k1", "k2", "r1"]
    nullable = pd.Series([True, pd.NA, False, True], dtype="boolean")   # k1, (k2 missing: not taken), r1 no, d1
    order = result.articles["article_id"].tolist()
    assert order == ["k1", "k2", "r1", "d1"]
    assert result.subset(nullable).articles["article_id"].tolist() == ["k1", "d1"]
    with pytest.raises(ValueError, match="one value per article"):
        result.subset((lang == "de").values[:2])
    # ids are still ids; when none of them is an article, a warning says the subset is empty
    assert result.subset(pd.Index(["k2"])).articles["article_id"].tolist() == ["k2"]
    with pytest.warns(UserWarning, match="none of the 2 article id"):
        empty = result.subset(["True", "False"])
    assert len(empty.articles) == 0


def test_compare_on_an_empty_subset_gives_the_columns_and_no_row(result):
    with pytest.warns(UserWarning):
        empty = result.subset(["nope"])
    with pytest.warns(UserWarning, match="no articles"):
        c = na.compare(empty, by="outlet")
    assert len(c) == 0
    full = na.compare(result.subset(["k1"]), by="outlet")
    assert list(c.columns) == list(full.columns)             # the columns of a full table, in its order
