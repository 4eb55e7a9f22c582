"""The report gives the share of articles with an anonymous source next to the share of attributions, and says
what each counts (session 16, a data journalist's trial: 5.4 % of attributions were 29.4 % of articles).
Expected values worked out by hand from the three articles written here."""
import pandas as pd
import pytest

from newsanalysis.cli import main

# rows: "soll" (hearsay), "Südkoreanische Beamte" (anonymous), Kim, Putin, Lawrow (named)
SOURCES = ("Nordkorea soll Tausende Soldaten nach Russland geschickt haben. "
           "Südkoreanische Beamte sagten, die Lage sei ernst. "
           "Kim Jong Un sagte, die Zusammenarbeit sei eng. "
           "Putin sagte, der Vertrag sei wichtig. "
           "Lawrow sagte, die Gespräche seien offen gewesen.\n")
NONE = "Die Gespräche in Pjöngjang dauerten zwei Tage. Am Abend gab es ein Bankett.\n"
HEARSAY = "Nordkorea soll weitere Soldaten nach Russland geschickt haben.\n"


def test_report_table_and_page_give_the_article_share(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    for i, (name, text) in enumerate((("quellen", SOURCES), ("ohne", NONE), ("gerucht", HEARSAY))):
        (folder / f"{name}.txt").write_text(f"---\ntitle: Artikel {i}\noutlet: Schulblatt\ndate: 2024-11-2{i}\n"
                                            "language: de\n---\n" + text, encoding="utf-8")
    out = tmp_path / "rep"
    assert main(["report", str(folder), "--out", str(out), "--quiet", "--formats", "png"]) == 0
    row = pd.read_csv(out / "tables" / "comparison_by_outlet.csv").set_index("outlet").loc["Schulblatt"]
    # per attribution: 1 anonymous of 4 with a source; per article: 1 of 3 (the hearsay-only article and the one
    # without any attribution have no anonymous source), 1 article cites a source at all
    assert row["sourced_attributions"] == 4 and row["anonymous_share"] == pytest.approx(0.25)
    assert row["analysed_articles"] == 3 and row["articles_with_anonymous"] == 1
    assert row["articles_with_sources"] == 1 and row["anonymous_article_share"] == pytest.approx(1 / 3)
    est = pd.read_csv(out / "tables" / "estimates_by_outlet.csv")
    e = est[(est["family"] == "anonymous_article") & (est["outlet"] == "Schulblatt")].iloc[0]
    assert e["estimate"] == pytest.approx(1 / 3) and e["n_articles"] == 3
    page = " ".join((out / "index.html").read_text(encoding="utf-8").split())
    assert "<th>anonymous_article_share</th>" in page and "<th>articles_with_anonymous</th>" in page
    # one sentence beside the table and one beside the source figure say what each number counts
    assert "That share counts per attribution; <code>anonymous_article_share</code> counts per article" in page
    assert ("<code>anonymous_share</code> counts per attribution (anonymous sources among all attributions with a "
            "source); <code>anonymous_article_share</code> counts per article") in page
    # the same rows behind the page's trace table: one article with a counted anonymous source
    tr = pd.read_csv(out / "tables" / "source_trace.csv")
    assert tr.loc[tr["counted"] & tr["status"].eq("anonymous"), "article_id"].nunique() == 1
