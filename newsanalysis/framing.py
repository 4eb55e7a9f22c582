"""Frames of the Policy Frames Codebook (placeholder of the walking skeleton)."""
from __future__ import annotations

import pandas as pd

from ._tables import check_articles

GENERIC_FRAMES = [
    "Economic", "Capacity_and_resources", "Morality", "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence", "Policy_prescription_and_evaluation",
    "Crime_and_punishment", "Security_and_defense", "Health_and_safety", "Quality_of_life",
    "Cultural_identity", "Public_opinion", "Political", "External_regulation_and_reputation",
]
FRAME_COLUMNS = ["article_id", "frame", "language", "analysed", "hits", "words", "per_1000_words", "present", "evidence"]
EVIDENCE_COLUMNS = ["article_id", "sentence_id", "frame", "cue", "start", "end"]


def frames(articles: pd.DataFrame, *, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per (article, frame); placeholder: no cues yet."""
    check_articles(articles)
    rows = []
    for aid, lang in zip(articles["article_id"].astype(str), articles["language"]):
        for fr in GENERIC_FRAMES:
            rows.append((aid, fr, lang, lang in ("en", "de"), 0, 0, 0.0, False, ""))
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def frame_evidence(articles: pd.DataFrame, *, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per cue hit; placeholder: empty."""
    check_articles(articles)
    return pd.DataFrame(columns=EVIDENCE_COLUMNS)
