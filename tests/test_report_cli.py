import json

import pandas as pd
import pytest

from newsanalysis.cli import main
from newsanalysis.plot import display_label

from conftest import ROOT


def test_display_label_uses_gloss_for_scripts_the_font_lacks():
    assert display_label("연합뉴스 (Yonhap News Agency)") == "Yonhap News Agency"
    assert display_label("Tuổi Trẻ") == "Tuổi Trẻ"


def test_report_on_embedded_corpus(tmp_path):
    out = tmp_path / "rep"
    assert main(["report", str(ROOT / "corpus"), "--out", str(out), "--quiet"]) == 0
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "Outlet comparison" in html and "NewsWorld" in html
    for fig in ("tone_by_outlet", "frames_by_outlet", "sources_by_outlet"):
        for ext in ("png", "svg", "pdf"):
            assert (out / "figures" / f"{fig}.{ext}").stat().st_size > 0
    arts = pd.read_parquet(out / "tables" / "articles.parquet")
    assert arts["author"].tolist() == ["Ernst Müller"]
    rep = json.loads((out / "load_report.json").read_text())
    assert rep["records_read"] == rep["records_loaded"] == 1


@pytest.mark.slow
def test_report_on_real_corpus(shared, tmp_path):
    out = tmp_path / "real"
    assert main(["report", str(shared / "corpus" / "real"), str(ROOT / "corpus"), "--out", str(out), "--quiet"]) == 0
    langs = pd.read_csv(out / "tables" / "languages.csv").set_index("language")
    # SOURCES.md counts plus the seed (German): Korean and Vietnamese loaded and counted, not analysed
    assert langs.loc["en", "analysed"] == 126
    assert langs.loc["de", "analysed"] == 6
    assert langs.loc["ko", "articles"] == 76 and langs.loc["ko", "analysed"] == 0
    assert langs.loc["vi", "articles"] == 5 and langs.loc["vi", "analysed"] == 0
    cmp = pd.read_csv(out / "tables" / "comparison.csv")
    assert len(cmp) >= 45  # about 50 outlets
    kcna = cmp[cmp["outlet"].str.startswith("KCNA")].iloc[0]
    assert kcna["articles"] == 84 and kcna["analysed_articles"] == 84
    korean = cmp[cmp["outlet"] == "조선일보 (Chosun Ilbo)"].iloc[0]
    assert pd.isna(korean["mean_compound"])  # never scored as 0
    summary = pd.read_csv(out / "tables" / "summary.csv")
    assert summary.loc[summary["language"] == "ko", "mean_compound"].isna().all()


def test_cli_error_is_clear(tmp_path, capsys):
    bad = tmp_path / "x.pdf"
    bad.write_text("nope")
    assert main(["report", str(bad), "--out", str(tmp_path / "o")]) == 2
    assert "unsupported format '.pdf'" in capsys.readouterr().err


def test_evaluate_unknown_gold_lists_choices(capsys):
    assert main(["evaluate", "framing", "--gold", "nope"]) == 2
    assert "semeval" in capsys.readouterr().err
