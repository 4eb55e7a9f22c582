"""compare() says when a group's articles are live blogs (session 17, a German teacher's trial: a Ukraine live
blog's tone stood next to a 16-sentence report with nothing saying so)."""
import warnings

import pandas as pd

import newsanalysis as na


def test_live_blog_is_named_in_the_warning():
    arts = pd.DataFrame({
        "article_id": ["b1", "b2", "r1"],
        "outlet": ["Blogger", "Blogger", "Reporter"],
        "language": "de",
        "title": ["Ukraine-Liveblog: Kiew meldet Angriffe", "Gipfel in Pjöngjang", "Gipfel in Pjöngjang"],
        # b1's title says it is a live blog; b2 and r1 are single reports
        "text": ["Kiew meldet neue Angriffe.\n\nIn Berlin tagte der Bundestag.",
                 "Putin und Kim unterzeichneten einen Vertrag.",
                 "Putin und Kim unterzeichneten einen Vertrag."],
        "published": pd.to_datetime(["2024-06-19"] * 3, utc=True),
    })
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = na.compare(na.analyze(arts), by="outlet").set_index("outlet")
    assert "1 of 2 analysed articles are live blogs, tickers or news digests" in c.loc["Blogger", "warning"]
    assert "live blog" not in c.loc["Reporter", "warning"]
