"""Evaluating a user lexicon on the golds (``--lexicon``), and the converter of Rauh's dictionary.

Every figure below was worked out by hand from the sentences and the two-word lexicons: a lexicon weight of
+-1 is scaled to +-4 (``4 / max |weight|``), one word alone gives the compound 4 / sqrt(16 + 15) = 0.7184, a
negated one -0.74 x 4 = -2.96 -> -0.6072; the cut-off is the grid value closest to 0.05 among the best.
"""
import functools
import importlib.util
import json
from pathlib import Path

import pandas as pd
import pytest

from newsanalysis.evaluate.sentiment_gold import evaluate_german, evaluate_newsmtsc, evaluate_nyt, evaluation_scorer
from newsanalysis.sentiment_de import load_lexicon

ROOT = Path(__file__).resolve().parents[1]

#: (sentence, wave, gold): a German gold of nine sentences, four development (wave 1), five test (wave 2)
GERMAN = [
    ("Das Essen ist gut.", 1, "positive"),
    ("Das Wetter ist schlecht.", 1, "negative"),
    ("Der Zug fährt um acht.", 1, "neutral"),
    ("Das Spiel war nicht gut.", 1, "negative"),
    ("Die Lage ist gut.", 2, "positive"),
    ("Die Stimmung ist nicht schlecht.", 2, "positive"),
    ("Der Film ist schlecht.", 2, "negative"),
    ("Die Sitzung beginnt um neun.", 2, "neutral"),
    ("Der Plan ist großartig.", 2, "positive"),
]


@pytest.fixture()
def tiny_german(tmp_path):
    """A shared folder whose 'trends' file holds the sentences as one article, the labels pointing into it,
    and a lexicon where only "gut" is +1 and "schlecht" -1."""
    text = " ".join(s for s, _, _ in GERMAN)
    real = tmp_path / "shared" / "corpus" / "real"
    real.mkdir(parents=True)
    (real / "nguyenvulebinh__trends.jsonl").write_text(json.dumps({"id": "a1", "text": text}) + "\n",
                                                        encoding="utf-8")
    (tmp_path / "shared" / "validation").mkdir()
    rows = []
    for i, (s, w, g) in enumerate(GERMAN, start=1):
        start = text.index(s)
        rows.append((i, "trends", "a1", start, start + len(s), g, g, g, w))
    labels = tmp_path / "labels.csv"
    pd.DataFrame(rows, columns=["item", "source", "article_id", "start", "end", "annotator_a", "annotator_b",
                                "gold", "wave"]).to_csv(labels, index=False)
    lex = tmp_path / "tiny.csv"
    lex.write_text("term,weight\ngut,1\nschlecht,-1\n", encoding="utf-8")
    return tmp_path / "shared", labels, lex


def test_german_gold_with_a_user_lexicon_and_the_german_rules(tiny_german):
    shared, labels, lex = tiny_german
    out = evaluate_german(shared, labels=labels, lexicon=lex, lexicon_name="Tiny", items=True)
    assert (out["lexicon"], out["lexicon_source"], out["lexicon_entries"]) == ("Tiny", str(lex), 2)
    assert out["rules"] == "resources/de/sentiment_rules.yaml"
    # a lexicon word in 6 of 9 sentences (not in "großartig", nor in the two neutral ones)
    assert out["share_with_lexicon_terms"] == pytest.approx(6 / 9, abs=1e-4)
    comp = out["items_table"]["compound"].round(4).tolist()
    assert comp == [0.7184, -0.7184, 0.0, -0.6072, 0.7184, 0.6072, -0.7184, 0.0, 0.0]
    # dev: every cut-off up to 0.6 is perfect -> 0.05; the German rules file's 0.15 is not used
    assert out["threshold_from_dev"] == 0.05 and out["dev_macro_f1"] == 1.0
    # test: gut P, nicht schlecht P, schlecht N, neutral right, großartig (not in the lexicon) neutral for
    # positive -> F1 positive 2*2/(4+1) = 0.8, negative 1, neutral 2*1/(2+1) = 2/3; macro 0.8222; accuracy 4/5
    assert out["test_wave2_f1_positive"] == pytest.approx(0.8, abs=1e-4)
    assert out["test_wave2_f1_negative"] == 1.0
    assert out["test_wave2_f1_neutral"] == pytest.approx(2 / 3, abs=1e-4)
    assert out["test_macro_f1"] == pytest.approx((0.8 + 1 + 2 / 3) / 3, abs=1e-4)
    assert out["test_accuracy"] == 0.8


def test_german_gold_with_a_user_lexicon_alone(tiny_german):
    # rules=False: "nicht" negates nothing: "nicht gut" +0.7184 (gold negative), "nicht schlecht" -0.7184
    # (gold positive). Dev: P N neu P against P N neu N -> F1 P 2/3, N 2/3, neu 1 for any cut-off up to 0.7 -> 0.05.
    # Test: P N N neu neu against P P N neu P -> F1 P 2*1/(2+2) = 0.5, N 2/3, neu 2/3; macro 0.6111
    shared, labels, lex = tiny_german
    out = evaluate_german(shared, labels=labels, lexicon=lex, rules=False)
    assert (out["lexicon"], out["rules"]) == ("tiny", "none")
    assert out["threshold_from_dev"] == 0.05
    assert out["dev_macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 1) / 3, abs=1e-4)
    assert out["test_macro_f1"] == pytest.approx((0.5 + 2 / 3 + 2 / 3) / 3, abs=1e-4)


def test_cli_evaluates_with_the_lexicon_and_says_which(tiny_german, monkeypatch, capsys):
    from newsanalysis import cli, evaluate
    shared, labels, lex = tiny_german
    monkeypatch.setattr(evaluate, "get_evaluator", lambda task, gold: functools.partial(evaluate_german, labels=labels))
    assert cli.main(["evaluate", "sentiment", "--gold", "german", "--lexicon", str(lex), "--lexicon-name", "Tiny",
                     "--shared", str(shared)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"lexicon: Tiny ({lex}, 2 entries); rules: resources/de/sentiment_rules.yaml\n")
    assert '"test_macro_f1": 0.8222' in out
    assert cli.main(["evaluate", "sentiment", "--gold", "german", "--lexicon", str(lex), "--no-rules",
                     "--shared", str(shared)]) == 0
    out = capsys.readouterr().out
    assert "rules: none" in out and '"test_macro_f1": 0.6111' in out


def test_cli_lexicon_options_only_for_sentiment_golds(tmp_path, capsys):
    from newsanalysis.cli import main
    (tmp_path / "validation").mkdir()
    assert main(["evaluate", "attribution", "--gold", "polnear", "--lexicon", "x.csv", "--shared", str(tmp_path)]) == 2
    assert "--lexicon" in capsys.readouterr().err
    assert main(["evaluate", "sentiment", "--gold", "german", "--lexicon-name", "X", "--shared", str(tmp_path)]) == 2
    assert "no --lexicon was given" in capsys.readouterr().err
    assert main(["evaluate", "sentiment", "--gold", "german", "--lexicon", str(tmp_path / "none.csv"),
                 "--shared", str(tmp_path)]) == 2
    assert "lexicon file not found" in capsys.readouterr().err


def test_lexicon_of_another_language_and_vader_without_rules_are_errors(tmp_path):
    lex = tmp_path / "en.csv"
    lex.write_text("term,weight\ngood,1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="for language 'en'; this gold is 'de'"):
        evaluation_scorer("de", load_lexicon(lex, language="en"))
    with pytest.raises(ValueError, match="needs a lexicon for English"):
        evaluation_scorer("en", None, rules=False)
    with pytest.raises(TypeError, match="expected a file path or a Lexicon"):
        evaluation_scorer("de", {"gut": 1})


@pytest.fixture()
def english_lexicon(tmp_path):
    p = tmp_path / "tiny_en.csv"
    p.write_text("term,weight\ngood,1\nbad,-1\n", encoding="utf-8")
    return p


def test_nyt_with_a_user_lexicon(tmp_path, english_lexicon):
    # ratings -> gold classes at +-0.05: P N N P neu; compounds +0.7184, -0.7184, -0.6072 (negated by "not"),
    # 0 ("great" is not in the lexicon), 0 -> P N N neu neu: F1 P 2/3, N 1, neu 2/3; macro 7/9
    d = tmp_path / "validation" / "vader_nyt_editorials"
    d.mkdir(parents=True)
    lines = ["1\t1.5\tThe plan is good.", "2\t-2.0\tThe plan is bad.", "3\t-1.0\tThe plan is not good.",
             "4\t2.0\tThe plan is great.", "5\t0.0\tThe plan is new."]
    (d / "nytEditorialSnippets_GroundTruth.txt").write_text("\n".join(lines) + "\n", encoding="latin-1")
    out = evaluate_nyt(tmp_path, lexicon=english_lexicon, lexicon_name="Tiny EN")
    assert (out["lexicon"], out["rules"], out["n"]) == ("Tiny EN", "resources/en/sentiment_rules.yaml", 5)
    assert out["macro_f1_3class"] == pytest.approx(7 / 9, abs=1e-4)
    assert "max_abs_diff_vs_vaderSentiment" not in out


def _mtsc(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for i, (sent, mention, pol) in enumerate(rows):
            f.write(json.dumps({"primary_gid": f"{path.stem}{i}", "sentence_normalized": sent,
                                "targets": [{"from": 0, "to": len(mention), "mention": mention,
                                             "polarity": pol}]}) + "\n")


def test_newsmtsc_sentence_method_with_a_user_lexicon(tmp_path, english_lexicon):
    # train: +0.7184 positive, -0.7184 negative, 0 neutral -> every cut-off up to 0.7 perfect -> 0.05;
    # devtest: good P, great (not in the lexicon) neutral for P, bad N, home neutral -> macro 7/9
    d = tmp_path / "validation" / "newsmtsc"
    d.mkdir(parents=True)
    _mtsc(d / "train.jsonl", [("Tom is good.", "Tom", 6.0), ("Ann is bad.", "Ann", 2.0), ("Bob is here.", "Bob", 4.0)])
    test = [("Joe is good.", "Joe", 6.0), ("Sue is great.", "Sue", 6.0), ("Max is bad.", "Max", 2.0),
            ("Kim is home.", "Kim", 4.0)]
    _mtsc(d / "devtest_rw.jsonl", test)
    _mtsc(d / "devtest_mt.jsonl", test)
    out = evaluate_newsmtsc(tmp_path, method="sentence", lexicon=english_lexicon)
    assert out["lexicon"] == "tiny_en" and out["threshold_from_train"] == 0.05
    assert out["train_cv_macro_f1"] == 1.0
    assert out["devtest_rw_macro_f1"] == pytest.approx(7 / 9, abs=1e-4)
    assert out["devtest_mt_macro_f1"] == pytest.approx(7 / 9, abs=1e-4)


# -- tools/convert_rauh.py ---------------------------------------------------------------------------------
def _converter():
    spec = importlib.util.spec_from_file_location("convert_rauh", ROOT / "tools" / "convert_rauh.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture()
def rauh_dir(tmp_path):
    pyreadr = pytest.importorskip("pyreadr", reason="the converter test writes .Rdata with pyreadr "
                                                    '(pip install "newsanalysis[lexicon-tools]")')
    d = tmp_path / "rauh"
    d.mkdir()
    # as in Rauh's files: features padded with spaces, sentiment as text
    feats = [" gut ", " schlecht ", " barst/borst ", " lese- "]
    sents = ["1", "-1", "-1", "1"]
    pyreadr.write_rdata(str(d / "Rauh_SentDictionaryGerman.Rdata"),
                        pd.DataFrame({"feature": feats, "sentiment": sents}), df_name="sent.dictionary")
    neg = pd.DataFrame({"pattern": [f" (nicht|nichts|kein|keine|keinen){f}" for f in feats],
                        "replacement": [f" NOT_{f.strip()} " for f in feats],
                        "feature": [f" NOT_{f.strip()} " for f in feats], "sentiment": [-1.0, 1.0, 1.0, -1.0]})
    pyreadr.write_rdata(str(d / "Rauh_SentDictionaryGerman_Negation.Rdata"), neg, df_name="neg.sent.dictionary")
    return d, pyreadr


def test_convert_rauh_writes_the_csv_load_lexicon_reads(rauh_dir, tmp_path, capsys):
    d, _ = rauh_dir
    out = tmp_path / "out" / "rauh.csv"
    assert _converter().main([str(d), str(out)]) == 0
    msg = capsys.readouterr().out
    assert "4 terms (1 positive, 3 negative) from 4 rows" in msg
    assert "barst/borst" in msg and "dropped (no single word): lese-" in msg and "4 NOT_ entries" in msg
    assert out.read_text(encoding="utf-8") == "term,weight\nbarst,-1\nborst,-1\ngut,1\nschlecht,-1\n"
    lex = load_lexicon(out, name="Rauh", version="2018", language="de")
    assert lex.get("Gut") == 1.0 and lex.get("borst") == -1.0 and lex.get("NOT_gut") is None


def test_convert_rauh_errors(rauh_dir, tmp_path, capsys):
    d, pyreadr = rauh_dir
    conv = _converter()
    # into the repository: refused (the dictionary's licence is not stated)
    assert conv.main([str(d), str(ROOT / "rauh.csv")]) == 2
    assert "inside the newsanalysis repository" in capsys.readouterr().err
    assert not (ROOT / "rauh.csv").exists()
    # a negation entry that does not reverse its word
    pyreadr.write_rdata(str(d / "Rauh_SentDictionaryGerman_Negation.Rdata"),
                        pd.DataFrame({"feature": [" NOT_gut "], "sentiment": [1.0]}), df_name="neg.sent.dictionary")
    with pytest.raises(ValueError, match="'NOT_gut' has sentiment 1.0, not the reverse of 'gut'"):
        conv.convert(d)
    # a sentiment that is not +-1, and a file without the object
    pyreadr.write_rdata(str(d / "Rauh_SentDictionaryGerman.Rdata"),
                        pd.DataFrame({"feature": [" gut "], "sentiment": ["0.5"]}), df_name="sent.dictionary")
    with pytest.raises(ValueError, match="feature 'gut': sentiment '0.5' is not 1 or -1"):
        conv.convert(d)
    pyreadr.write_rdata(str(d / "Rauh_SentDictionaryGerman.Rdata"),
                        pd.DataFrame({"feature": [" gut "], "sentiment": ["1"]}), df_name="other")
    with pytest.raises(ValueError, match="holds no object 'sent.dictionary'"):
        conv.convert(d)
    with pytest.raises(FileNotFoundError):
        conv.convert(tmp_path / "nowhere")


def test_german_dev_split_never_scores_the_held_out_wave(tiny_german):
    # session 18: "--split dev" was ignored and the test wave printed. Wave 1 by hand: "gut" 0.7184 positive,
    # "schlecht" -0.7184 negative, "Der Zug …" 0 neutral, "nicht gut" -0.6072 negative: every cut-off in
    # (0, 0.6072] gets all four right
    shared, labels, lex = tiny_german
    out = evaluate_german(shared, labels=labels, lexicon=lex, items=True, split="dev")
    assert (out["n_items"], out["n_dev"], out["n_test"], out["split"]) == (4, 4, 0, "dev")
    assert out["dev_macro_f1"] == 1.0
    assert out["test_status"] == "not scored: split dev"
    assert not [k for k in out if k.startswith("test_wave2") or k.startswith("test_macro")]
    assert out["items_table"]["wave"].tolist() == [1, 1, 1, 1]
    # the default still scores the test wave
    assert "test_macro_f1" in evaluate_german(shared, labels=labels, lexicon=lex)
    with pytest.raises(ValueError, match="split='train'"):
        evaluate_german(shared, labels=labels, split="train")


def test_cli_refuses_an_option_the_evaluation_does_not_take(tmp_path, capsys):
    from newsanalysis.cli import main
    (tmp_path / "validation").mkdir()
    # NYT has no splits: "--split dev" is refused, not ignored
    assert main(["evaluate", "sentiment", "--gold", "nyt", "--split", "dev", "--shared", str(tmp_path)]) == 2
    assert "--split: not an option of 'evaluate sentiment --gold nyt'" in capsys.readouterr().err
    assert main(["evaluate", "attribution", "--gold", "basil", "--lang", "de", "--resamples", "10",
                 "--shared", str(tmp_path)]) == 2
    assert "--lang: not an option" in capsys.readouterr().err
