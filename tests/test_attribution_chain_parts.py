"""A "laut X" row that only names the medium of a chained speech row is counted once (branch chain-dups).

"Die Ministerin teilte laut staatlichen Medien mit, dass …" gives the speech row (chain "staatlichen Medien >
Die Ministerin") and an according-to row "laut staatlichen Medien" (kept: Redewiedergabe marks the phrase as
indirect speech). Outlet counts counted the medium twice: once in the chain, once as its own media row.
The sentences below are written for these tests.
"""
import pandas as pd

import newsanalysis as na
from newsanalysis.compare import chain_part_mask, reported_attributions
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


def test_reported_attributions_count_each_report_once():
    _, a = _att()
    before = a.copy()
    kept = reported_attributions(a)
    pd.testing.assert_frame_equal(a, before)
    # 8 rows, 4 of them only name a chain's medium: a, b and d are one report each, c its own
    assert len(kept) == 4 and not kept["chain_part"].any()
    assert (kept["source_type"] == "media").sum() == 1  # the Zeitung of "c"; the chained media are in `chain`
    assert len(reported_attributions(a, chain_parts=True)) == 8
    # a hand-made table without the column keeps every row
    assert len(reported_attributions(a.drop(columns="chain_part"))) == 8
    assert chain_part_mask(a).sum() == 4


def test_compare_leaves_chain_parts_out_and_says_how_many():
    arts, a = _att()
    arts = arts.assign(outlet=["X", "X", "Y", "Y"])
    summary = pd.DataFrame({"article_id": list(TEXTS), "outlet": ["X", "X", "Y", "Y"], "language": "de",
                            "analysed": True, "mean_compound": [0.1, 0.2, 0.3, 0.4], "n_scored": 1})
    frames = pd.DataFrame([(x, f, True, False) for x in TEXTS for f in na.GENERIC_FRAMES],
                          columns=["article_id", "frame", "analysed", "present"])
    e = pd.DataFrame()
    res = AnalysisResult(arts, e, e, frames, e, a, summary, {"fingerprint": "t"})
    c = na.compare(res, by="outlet").set_index("outlet")
    # X: the Ministerin and the Senator (government), their media rows left out
    assert c.loc["X", "attributions"] == 2 and c.loc["X", "chain_parts_left_out"] == 2
    assert c.loc["X", "source_media"] == 0 and c.loc["X", "source_government"] == 1
    # Y: the Zeitung (media) and Putin; Tass and Ria Nowosti left out
    assert c.loc["Y", "attributions"] == 2 and c.loc["Y", "chain_parts_left_out"] == 2
    assert c.loc["Y", "source_media"] == 0.5


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


def test_report_counts_the_chained_report_once_and_says_so(tmp_path):
    from newsanalysis.cli import main

    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "artikel.txt").write_text("---\ntitle: Panzer\noutlet: Schulblatt\ndate: 2024-11-20\nlanguage: de\n"
                                        "---\n" + TEXTS["a"] + "\n", encoding="utf-8")
    out = tmp_path / "rep"
    assert main(["report", str(folder), "--out", str(out), "--quiet", "--formats", "png"]) == 0
    row = pd.read_csv(out / "tables" / "comparison_by_outlet.csv").set_index("outlet").loc["Schulblatt"]
    # the Ministerin's speech only; "laut staatlichen Medien" is in its chain
    assert row["attributions"] == 1 and row["chain_parts_left_out"] == 1 and row["source_media"] == 0
    page = " ".join((out / "index.html").read_text(encoding="utf-8").split())
    assert "1 &quot;according to&quot;/&quot;laut&quot; rows that only name the medium" in page or \
        '1 "according to"/"laut" rows that only name the medium' in page


def test_sentence_trace_shows_the_chain_and_the_row_not_counted():
    arts = pd.DataFrame({"article_id": ["a"], "language": ["de"], "outlet": ["X"], "text": [TEXTS["a"]]})
    t = na.sentence_trace(na.analyze(arts))
    assert t.loc[0, "attributions"] == 2
    assert t.loc[0, "sources"] == ("Die Ministerin Anna Beispiel [government; teilte mit; chain staatlichen Medien "
                                   "> Die Ministerin Anna Beispiel]; staatlichen Medien [media; laut; chain part, "
                                   "not counted]")
    assert t.loc[0, "claims"] == "40 Panzer (Die Ministerin Anna Beispiel)"
