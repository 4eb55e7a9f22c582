"""The report shows the anonymous share of sources and the hearsay share apart (session 13, German trial):
a "soll" sentence has no source at all and is no anonymous source. Expected values worked out by hand."""
import pandas as pd
import pytest

from newsanalysis.cli import main

TEXT = ("Nordkorea soll Tausende Soldaten nach Russland geschickt haben. "
        "Südkoreanische Beamte sagten, die Lage sei ernst. "
        "Kim Jong Un sagte, die Zusammenarbeit sei eng.\n")


def test_report_table_has_anonymous_share_of_sources_and_hearsay_share(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "artikel.txt").write_text("---\ntitle: Soldaten\noutlet: Schulblatt\ndate: 2024-11-20\n"
                                        "language: de\n---\n" + TEXT, encoding="utf-8")
    out = tmp_path / "rep"
    assert main(["report", str(folder), "--out", str(out), "--quiet", "--formats", "png"]) == 0
    cmp = pd.read_csv(out / "tables" / "comparison_by_outlet.csv")
    row = cmp.set_index("outlet").loc["Schulblatt"]
    # rows: "soll" (hearsay), "Südkoreanische Beamte" (anonymous), "Kim Jong Un" (named)
    assert row["attributions"] == 3 and row["sourced_attributions"] == 2
    assert row["anonymous_share"] == pytest.approx(0.5)   # 1 of 2 sources (before: 2 of 3 rows flagged)
    assert row["hearsay_share"] == pytest.approx(1 / 3)   # 1 of 3 rows
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<th>hearsay_share</th>" in page and "<th>sourced_attributions</th>" in page
    assert "is not counted as\nanonymous" in page or "not counted as anonymous" in " ".join(page.split())
