"""A "laut X" row that only names the medium of a chained speech row is counted once (branch chain-dups).

"Die Ministerin teilte laut staatlichen Medien mit, dass …" gives the speech row (chain "staatlichen Medien >
Die Ministerin") and an according-to row "laut staatlichen Medien" (kept: Redewiedergabe marks the phrase as
indirect speech). Outlet counts counted the medium twice: once in the chain, once as its own media row.
The sentences below are written for these tests.
"""
import pandas as pd

import newsanalysis as na
from newsanalysis.pipeline import AnalysisResult

TEXTS = {
    # speech via a medium, "laut" inside the speech clause
    "a": "Die Ministerin Anna Beispiel teilte laut staatlichen Medien mit, dass 40 Panzer geliefert worden seien.",
    # "laut" after a quote's speaker
    "b": "„Wir schicken 300 Soldaten“, sagte der Senator laut ABC.",
    # a "laut" phrase of its own: no chain, counted
    "c": "Laut der Zeitung Beispielblatt sind 500 Soldaten eingetroffen.",
    # fronted "zufolge" with two agencies: both split rows only serve Putin's chain
    "d": "Den Agenturen Tass und Ria Nowosti zufolge erklärte Putin, dass 20 Züge fahren.",
}


def _att():
    arts = pd.DataFrame({"article_id": list(TEXTS), "language": "de", "text": list(TEXTS.values())})
    return arts, na.attributions(arts)


def test_the_laut_row_of_a_chain_is_marked():
    _, a = _att()
    assert a["chain_part"].dtype == bool
    got = sorted((r.article_id, r.kind, r.source, r.chain, r.chain_part) for r in a.itertuples())
    assert got == [
        ("a", "according_to", "staatlichen Medien", None, True),
        ("a", "indirect", "Die Ministerin Anna Beispiel", "staatlichen Medien > Die Ministerin Anna Beispiel", False),
        ("b", "according_to", "ABC", None, True),
        ("b", "direct", "der Senator", "ABC > der Senator", False),
        ("c", "according_to", "der Zeitung Beispielblatt", None, False),
        ("d", "according_to", "Den Agenturen Tass", None, True),
        ("d", "according_to", "Ria Nowosti", None, True),
        ("d", "indirect", "Putin", "Den Agenturen Tass und Ria Nowosti > Putin", False),
    ]



def test_a_number_goes_to_the_chained_row_not_the_laut_row_of_the_same_span():
    # hand-made table: two rows with one content span, the "laut" row first in the table
    text = "„Wir schicken 300 Soldaten“, sagte der Senator laut ABC."
    arts = pd.DataFrame({"article_id": ["s"], "language": ["de"], "text": [text]})
    row = {"article_id": "s", "sentence_id": 0, "start": 0, "end": 27, "source_country": None, "actor_id": None}
    att = pd.DataFrame([
        {**row, "attribution_id": "s:0", "kind": "according_to", "source": "ABC", "source_type": "media",
         "chain": None, "chain_part": True},
        {**row, "attribution_id": "s:1", "kind": "direct", "source": "der Senator", "source_type": "government",
         "chain": "ABC > der Senator", "chain_part": False},
    ])
    c = na.claims(arts, attributions=att)
    assert c[["number_text", "attribution_id", "source", "chain"]].values.tolist() == [
        ["300 Soldaten", "s:1", "der Senator", "ABC > der Senator"]]
