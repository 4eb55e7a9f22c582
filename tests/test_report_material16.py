"""Session 16 (researcher trial): ``newsanalysis report`` with the researcher's own codebook and lexicon, and
the report page naming what it was measured with."""
import json
from pathlib import Path

import pandas as pd

from newsanalysis.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = "000_f582aa4241273fed"


def test_report_with_own_codebook_and_semicolon_lexicon(tmp_path):
    (tmp_path / "cb.yaml").write_text("name: mine\nlanguage: de\nframes:\n  Military:\n    definition: Militär.\n"
                                      "    cues: [Soldat*, Waffe*, Munition]\n", encoding="utf-8")
    (tmp_path / "lex.csv").write_text("term;weight\nBündnis;1\nKrieg;-0,5\n", encoding="utf-8")
    out = tmp_path / "rep"
    assert main(["report", str(ROOT / "corpus"), "--out", str(out), "--quiet", "--formats", "png",
                 "--codebook", str(tmp_path / "cb.yaml"), "--lexicon", f"de={tmp_path / 'lex.csv'}"]) == 0
    fr = pd.read_csv(out / "tables" / "frames.csv")
    assert set(fr["frame"]) == {"Military"}
    # read in the seed: "Waffen" five times, "Waffengeschäfte", "Waffenlieferungen", "Waffenproduktion" (Waffe*);
    # "Munitionen" is not the cue "Munition" (no wildcard) and no word starts with "Soldat"
    assert fr.loc[fr["article_id"] == SEED, "hits"].item() == 8
    prov = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    assert prov["lexicons"] == {"de": "lex"} and prov["codebook"].endswith("cb.yaml")
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "sentiment: de lex" in page and "cb.yaml" in page


def test_report_lexicon_needs_its_language(tmp_path, capsys):
    (tmp_path / "lex.csv").write_text("term,weight\nwar,-2\n", encoding="utf-8")
    assert main(["report", str(ROOT / "corpus"), "--out", str(tmp_path / "o"), "--quiet",
                 "--lexicon", str(tmp_path / "lex.csv")]) == 2
    assert "--lexicon de=lexikon.csv" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()  # stopped before the analysis


def test_report_missing_codebook_is_named(tmp_path, capsys):
    assert main(["report", str(ROOT / "corpus"), "--out", str(tmp_path / "o"), "--quiet",
                 "--codebook", str(tmp_path / "nope.yaml")]) == 2
    assert "--codebook: file not found" in capsys.readouterr().err
