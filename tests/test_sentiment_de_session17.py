"""German supplement 0.9 (session 17, a German teacher's trial): "Überfall" had no tone while "Angriff" had.

Expected signs worked out by reading: an invasion is negative news language; the sentences have no other polar word.
"""
import pandas as pd

import newsanalysis as na


def _compound(text):
    s = na.sentiment(pd.DataFrame({"article_id": ["a"], "text": [text], "language": ["de"], "outlet": ["x"]}))
    return float(s["compound"].iloc[0])


def test_ueberfall_is_negative_in_its_forms():
    assert _compound("Der Überfall auf die Ukraine dauert an.") < 0
    assert _compound("Seit Beginn des Überfalls sind drei Jahre vergangen.") < 0
    assert _compound("Die Truppen überfielen das Nachbarland im Februar.") < 0
    # the control sentence without it stays neutral
    assert _compound("Der Besuch in der Ukraine dauert an.") == 0
