"""Session 18 (a user trial comparing German and South Korean outlets): a compare table whose groups are in
different languages says so in every row, and frame_heatmap names the table it needs.

The hand articles (tests/conftest.py): outlet A has three English articles, B one Korean (not analysed), C one
German: A and C are scored with different lexicons, so both rows must say so; B is not analysed and says that.
"""
import warnings

import matplotlib

matplotlib.use("Agg")
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.compare import frame_shares_long
from newsanalysis.plot import frame_heatmap

from conftest import hand_articles


@pytest.fixture(scope="module")
def result():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return na.analyze(hand_articles())


def test_rows_say_the_groups_are_in_different_languages(result):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = na.compare(result, by="outlet").set_index("outlet")
    note = "the groups are scored in different languages (de, en)"
    assert note in c.loc["A", "warning"] and note in c.loc["C", "warning"]
    assert c.loc["B", "warning"] == "not analysed (language ko)"


def test_one_language_gives_no_such_note(result):
    english = result.subset(result.articles["language"] == "en")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = na.compare(english, by="outlet")
    assert not c["warning"].str.contains("different languages").any()


def test_frame_heatmap_of_a_wide_compare_table_names_the_long_table(result):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cmp = na.compare(result, by="outlet")
    with pytest.raises(ValueError, match=r"lacks column\(s\) \['frame', 'share'\].*frame_shares_long\(cmp, "
                                         r"by='outlet'\)"):
        frame_heatmap(cmp, y="outlet")
    # the long table draws
    ax = frame_heatmap(frame_shares_long(cmp, by="outlet"), y="outlet")
    assert len(ax.get_yticklabels()) >= 1
    matplotlib.pyplot.close("all")
