"""Session 16 (researcher trial): FrameClassifier aligns labels indexed by article id on the articles, and
warns where the training data is too thin to carry its decisions."""
import warnings

import numpy as np
import pandas as pd
import pytest

from newsanalysis.framing import FrameClassifier


def _data(n=60):
    # "gas" articles are Economic, "troops" articles are Security: the model can learn both from words
    texts = [("gas prices rose and the pipeline deal was signed " if i % 2 else
              "troops and missiles moved to the border ") + f"item{i}" for i in range(n)]
    X = pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "text": texts, "language": "en"})
    Y = pd.DataFrame({"Economic": [i % 2 for i in range(n)], "Security": [1 - i % 2 for i in range(n)]},
                     index=X["article_id"])
    return X, Y


def test_labels_indexed_by_article_id_are_aligned_not_read_by_position():
    X, Y = _data()
    shuffled = Y.iloc[::-1]  # same labels, reversed order
    a = FrameClassifier(dictionary_weight=0).fit(X, Y)
    b = FrameClassifier(dictionary_weight=0).fit(X, shuffled)
    np.testing.assert_allclose(a.predict_proba(X), b.predict_proba(X))
    # the gas articles (odd) are Economic after the reversed fit too
    p = pd.DataFrame(b.predict(X), columns=b.classes_)
    assert p.loc[1, "Economic"] == 1 and p.loc[0, "Economic"] == 0


def test_labels_missing_an_article_raise_with_its_id():
    X, Y = _data()
    with pytest.raises(ValueError, match="no labels for 1 article.*'a5'"):
        FrameClassifier(dictionary_weight=0).fit(X, Y.drop(index="a5"))


def test_thin_training_data_warns():
    X, Y = _data(20)
    Y.iloc[:, 0] = 0
    Y.iloc[3, 0] = 1  # one Economic article
    X.loc[0, "language"] = "de"
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        FrameClassifier(dictionary_weight=0).fit(X, Y)
    msgs = " | ".join(str(x.message) for x in w)
    assert "20 training articles" in msgs
    assert "fewer than 5 positive training articles: Economic" in msgs
    assert "several languages (de, en)" in msgs


def test_frame_table_marks_training_articles_and_cross_val_holds_them_out():
    from newsanalysis.framing import cross_val_frame_table

    X, Y = _data()
    clf = FrameClassifier(dictionary_weight=0).fit(X.iloc[:40], Y.iloc[:40])
    ft = clf.frame_table(X)
    assert ft.loc[ft["article_id"] == "a0", "trained_on"].all()
    assert not ft.loc[ft["article_id"] == "a45", "trained_on"].any()
    cv = cross_val_frame_table(FrameClassifier(dictionary_weight=0), X, Y, cv=3)
    assert len(cv) == len(X) * 2 and not cv["trained_on"].any()
    assert sorted(cv["fold"].unique()) == [0, 1, 2]
    assert list(dict.fromkeys(cv["article_id"])) == list(X["article_id"])  # in X's order
    # the words separate the frames: held-out decisions are right for every article
    got = cv.pivot(index="article_id", columns="frame", values="present").loc[list(X["article_id"])]
    assert (got["Economic"].astype(int).to_numpy() == Y["Economic"].to_numpy()).all()


def test_a_frame_never_present_is_named_once():
    X, Y = _data()
    Y = Y.assign(Morality=0)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        FrameClassifier(dictionary_weight=0).fit(X, Y)
    msgs = [str(x.message) for x in w if "never present" in str(x.message)]
    assert len(msgs) == 1 and "always predicted absent: Morality" in msgs[0]


def test_cv_classifier_warns_once_per_fit():
    from newsanalysis.framing import FrameClassifierCV

    X, Y = _data(20)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        FrameClassifierCV(fast=True, cv=2).fit(X, Y)
    assert sum("20 training articles" in str(x.message) for x in w) == 1
