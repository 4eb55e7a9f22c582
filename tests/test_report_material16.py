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
    # the files' fingerprints (researcher trial D: edited cues left the provenance unchanged)
    import hashlib
    want = hashlib.sha256((tmp_path / "cb.yaml").read_bytes()).hexdigest()[:16]
    assert prov["material_sha256"]["codebook"] == want and f"SHA-256 {want[:8]}" in page
    assert set(prov["material_sha256"]) == {"codebook", "lexicon lex"}


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


def test_keyness_rows_limit_the_written_table(tmp_path):
    # two outlets, two articles each: every comparison keeps at most 3 terms, the highest G² first
    rows = [("a1", "A", "Kim met Putin in Pyongyang. The treaty was signed by both leaders, officials said."),
            ("a2", "A", "Kim praised the treaty. Pyongyang and Moscow pledged mutual defence, KCNA said."),
            ("b1", "B", "Seoul condemned the treaty. Sanctions were discussed at the United Nations, diplomats said."),
            ("b2", "B", "Seoul and Washington held drills. Sanctions on Pyongyang were tightened, officials said.")]
    rows = [(i, o, " ".join([t] * 6)) for i, o, t in rows]  # each word often enough to be tested
    pd.DataFrame(rows, columns=["id", "outlet", "text"]).assign(language="en").to_csv(tmp_path / "c.csv",
                                                                                       index=False)
    out = tmp_path / "rep"
    assert main(["report", str(tmp_path / "c.csv"), "--out", str(out), "--quiet", "--formats", "png",
                 "--keyness-rows", "3", "--actor-tone", "off"]) == 0
    k = pd.read_csv(out / "tables" / "keyness_en_by_outlet.csv")
    sizes = k.groupby(["comparison", "group", "reference"]).size()
    assert len(sizes) and sizes.max() == 3
    first = k[(k["comparison"] == "one_vs_rest") & (k["group"] == "B")]
    assert list(first["g2"]) == sorted(first["g2"], reverse=True)


def test_report_n_jobs_gives_the_same_tables(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    for out, extra in ((one, []), (two, ["--n-jobs", "2"])):
        assert main(["report", str(ROOT / "corpus"), "--out", str(out), "--quiet", "--formats", "png",
                     "--actor-tone", "off", *extra]) == 0
    for name in ("sentiment.csv", "attributions.csv", "frames.csv"):
        assert (one / "tables" / name).read_bytes() == (two / "tables" / name).read_bytes(), name


def test_report_claims_table_has_outlet_and_sentence(tmp_path):
    out = tmp_path / "rep"
    assert main(["report", str(ROOT / "corpus"), "--out", str(out), "--quiet", "--formats", "png",
                 "--actor-tone", "off"]) == 0
    cl = pd.read_csv(out / "tables" / "claims.csv")
    assert len(cl) and {"outlet", "sentence"} <= set(cl.columns)
    # every claim's number text is in its sentence
    assert all(str(n) in str(t) for n, t in zip(cl["number_text"], cl["sentence"]))


def test_report_reads_a_lexicon_and_codebook_saved_as_cp1252(tmp_path):
    # researcher trial D: German Excel saves "CSV (Trennzeichen-getrennt)" in cp1252; the command stopped with
    # a bare UnicodeDecodeError that named neither the file nor what it was
    (tmp_path / "lex.csv").write_bytes("term;weight\nBündnis;1\nKrieg;-0,5\n".encode("cp1252"))
    (tmp_path / "cb.yaml").write_bytes("name: mine\nlanguage: de\nframes:\n  Militär:\n    definition: Militär.\n"
                                       "    cues: [Waffe*]\n".encode("cp1252"))
    out = tmp_path / "rep"
    assert main(["report", str(ROOT / "corpus"), "--out", str(out), "--quiet", "--formats", "png",
                 "--actor-tone", "off", "--codebook", str(tmp_path / "cb.yaml"),
                 "--lexicon", f"de={tmp_path / 'lex.csv'}"]) == 0
    fr = pd.read_csv(out / "tables" / "frames.csv")
    assert set(fr["frame"]) == {"Militär"}  # the umlaut read right
    terms = pd.read_csv(out / "tables" / "sentiment_terms.csv")
    # the seed has "Krieg" twice and "Bündnis" once, both words of the cp1252 lexicon (umlaut read right)
    assert (terms["term"] == "Krieg").sum() == 2 and (terms["term"] == "Bündnis").sum() == 1
