"""compare()'s ``articles`` counts unanalysed articles; the figures rest on ``analysed_articles`` (session 13: a
trial read Yonhap's 10 articles as the base of figures that rest on 5)."""
import pandas as pd

import newsanalysis as na


def test_unanalysed_articles_are_named_in_the_warning_and_left_out_of_the_period():
    arts = pd.DataFrame({
        "article_id": ["e1", "e2", "k1"],
        "outlet": ["Agency", "Agency", "Agency"],
        "published": pd.to_datetime(["2024-06-19", "2024-06-20", "2023-01-05"], utc=True),
        "language": ["en", "en", "ko"],
        "text": ["Putin praised the treaty in Pyongyang.", "The talks ended without a deal.",
                 "북한과 러시아가 조약을 체결했다."],
    })
    c = na.compare(na.analyze(arts), by="outlet").iloc[0]
    assert (c["articles"], c["analysed_articles"]) == (3, 2)
    assert "1 of 3 articles not analysed (language ko): the figures rest on 2" in c["warning"]
    # the period of the figures: the two English articles, not the Korean one of 2023
    assert str(c["first_published"].date()) == "2024-06-19" and str(c["last_published"].date()) == "2024-06-20"
    assert list(na.compare(na.analyze(arts), by="outlet").columns[:3]) == ["outlet", "articles", "analysed_articles"]
