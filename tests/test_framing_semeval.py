"""The SemEval-2023 Task 3 evaluation (5-fold CV, thresholds fitted in the training folds only).

The floors are the issue's targets for the dictionary method and the
anchors' figures for the supervised option; they are properties of the
method on this gold standard, checked every CI run.
"""
import numpy as np
import pandas as pd
import pytest

from newsanalysis.evaluate import get_evaluator
from newsanalysis.evaluate.semeval import load_semeval


def test_registered_and_reads_the_gold(shared):
    assert get_evaluator("framing", "semeval").__name__ == "evaluate"
    for lang, n in (("de", 132), ("en", 433)):
        arts, labels = load_semeval(shared, lang)
        assert len(arts) == n
        assert set(labels["article_id"]) <= set(arts["article_id"])
    # README: German Political 72, Security_and_defense 71; English Crime_and_punishment 227
    _, de = load_semeval(shared, "de")
    assert (de["frame"] == "Political").sum() == 72 and (de["frame"] == "Security_and_defense").sum() == 71
    _, en = load_semeval(shared, "en")
    assert (en["frame"] == "Crime_and_punishment").sum() == 227


@pytest.mark.parametrize("lang,dict_floor,anchor_frequent", [("de", 0.60, 0.45), ("en", 0.62, 0.52)])
def test_cross_validated_scores(shared, lang, dict_floor, anchor_frequent):
    ev = get_evaluator("framing", "semeval")
    r = ev(shared, lang=lang, method="both", fast=True)
    table = r["per_frame"]
    assert r["folds"] == 5 and r["n_articles"] in (132, 433)
    # dictionary: no training beyond thresholds, target of the issue
    assert r["dictionary_micro_f1"] >= dict_floor
    # the anchors computed on the same folds are where the README says (±0.04)
    assert abs(r["frequent_micro_f1"] - {"de": 0.502, "en": 0.558}[lang]) < 0.04
    assert abs(r["tfidf_lr_micro_f1"] - {"de": 0.586, "en": 0.672}[lang]) < 0.04
    assert r["frequent_micro_f1"] >= anchor_frequent
    # both methods beat always predicting the frequent frames
    assert r["supervised_micro_f1"] > r["frequent_micro_f1"]
    # nested CV (setting and thresholds chosen inside each outer training fold), CI grid:
    # measured 0.659 de / 0.686 en (docs/framing.md); it beats the TF-IDF anchor in both languages
    assert r["search"] == "fast"
    assert r["supervised_micro_f1"] >= {"de": 0.64, "en": 0.665}[lang]
    assert r["supervised_micro_f1"] > r["tfidf_lr_micro_f1"]
    chosen = r["chosen"]
    assert len(chosen) == 5 and set(chosen["dictionary_weight"]) <= {0.3, 1.0}
    assert set(chosen["min_frames"]) <= {0, 1, 2}
    assert r["dictionary_micro_f1"] > r["frequent_micro_f1"]
    d = table[table["method"] == "dictionary"]
    assert len(d) == 14 and d["precision"].between(0, 1).all() and d["recall"].between(0, 1).all()
    assert int(d["support"].sum()) == r["n_labels"]


def test_unknown_method_or_language(shared):
    ev = get_evaluator("framing", "semeval")
    with pytest.raises(ValueError, match="method"):
        ev(shared, lang="de", method="bert")
    with pytest.raises(ValueError, match="lang"):
        ev(shared, lang="fr")
