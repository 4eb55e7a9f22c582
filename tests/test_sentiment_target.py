"""Target tone with the news target list (issue 5, second round): hand-worked values."""
import math

import pandas as pd
import pytest

import importlib
from newsanalysis.evaluate.sentiment_gold import _read_mtsc, derive_target_lexicon

S = importlib.import_module("newsanalysis.sentiment")  # the package re-exports a function of that name


def test_target_list_word_hand_worked(monkeypatch):
    monkeypatch.setattr(S, "target_lexicon", lambda lang: {"server": -1.5})
    text = "Jones ran the server."
    # mention "Jones" 0..5 (centre 2.5); "server" 14..20 (centre 17), same clause: d = 14.5
    # factor 1 + 0.3 / (1 + 14.5 / 40) = 1.220183; sum -1.5 * 1.220183 = -1.830275
    # VADER normalisation -1.830275 / sqrt(1.830275^2 + 15) = -0.4273
    tone, used = S.target_tone([], text, 0, 5, "en")
    assert tone == pytest.approx(-0.4273, abs=1e-4)
    assert [u["term"] for u in used] == ["server"] and used[0]["rules"] == ["news target list"]
    assert math.isnan(used[0]["lexicon_weight"])
    # switched off: no term, tone 0
    assert S.target_tone([], text, 0, 5, "en", news_terms=False) == (0.0, [])
    # a list word inside the mention does not count toward it
    assert S.target_tone([], "The server crashed.", 4, 10, "en") == (0.0, [])


def test_target_list_outside_clause_counts_faintly(monkeypatch):
    monkeypatch.setattr(S, "target_lexicon", lambda lang: {"praised": 2.0})
    text = "Kim arrived, and Putin praised him."
    # "and" and "," end Kim's clause; "praised" 23..30 (centre 26.5), Kim 0..3 (centre 1.5): d = 25
    # factor 0.3 / (1 + 25 / 40) = 0.184615; sum 0.369231; normalised 0.369231 / sqrt(0.136331 + 15) = 0.0949
    tone, _ = S.target_tone([], text, 0, 3, "en")
    assert tone == pytest.approx(0.0949, abs=1e-4)


def test_german_has_no_target_list():
    assert S.target_lexicon("de") == {}


def test_derive_target_lexicon_hand_made():
    rows = [("Critics in Texas mocked Smith.", 24, 29, "negative"),
            ("Critics in Texas mocked Jones.", 24, 29, "negative"),
            ("Fans praised Smith.", 13, 18, "positive"),
            ("Lee met Smith.", 8, 13, "neutral")]
    df = pd.DataFrame(rows, columns=["sentence", "start", "end", "gold"])
    lex = derive_target_lexicon(df, min_count=2, alpha=2.0, scale=2.0).set_index("term")
    # base rates: P(pos) - P(neg) = 1/4 - 2/4 = -0.25; critics, in, mocked: 2 negative targets:
    # 2 * ((0 - 2) - 2 * -0.25) / (2 + 2) = -0.75. "texas" is a name (capitalised mid-sentence),
    # fans/praised/lee/met occur once, the mentions never count.
    assert sorted(lex.index) == ["critics", "in", "mocked"]
    assert (lex["weight"] == -0.75).all()
    assert lex.loc["mocked", ["n_negative", "n_neutral", "n_positive"]].tolist() == [2, 0, 0]


def test_derive_rejects_bad_label():
    df = pd.DataFrame({"sentence": ["A b."], "start": [0], "end": [1], "gold": ["bad"]})
    with pytest.raises(ValueError, match="'gold'"):
        derive_target_lexicon(df)


def test_shipped_list_is_derived_from_newsmtsc_train(shared):
    """The shipped CSV is exactly what the derivation gives on train (no devtest involved)."""
    from importlib.resources import files
    shipped = pd.read_csv(files("newsanalysis") / "resources" / "en" / "target_lexicon.csv", keep_default_na=False)
    train = _read_mtsc(shared / "validation" / "newsmtsc" / "train.jsonl")
    derived = derive_target_lexicon(train)
    pd.testing.assert_frame_equal(shipped.reset_index(drop=True), derived.reset_index(drop=True), check_dtype=False)
    # README base rates 3,316 neg / 2,395 pos of 8,739; "server": 23 neg, 3 neu, 0 pos (read in the file):
    # 2 * ((0 - 23) - 26 * (2395 - 3316) / 8739) / 28 = -1.4471
    row = shipped.set_index("term").loc["server"]
    assert row["weight"] == pytest.approx(2 * ((0 - 23) - 26 * (2395 - 3316) / 8739) / 28, abs=1e-4)
