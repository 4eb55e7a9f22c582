"""Sentence sentiment with transparent lexicons (placeholder of the walking skeleton).

English: the VADER lexicon and rules (Hutto & Gilbert 2014) via vaderSentiment 3.3.2.
German: SentiWS 1.8c (Remus, Quasthoff & Heyer 2010, CC BY-NC-SA 3.0) from the JSON bundled in gersent.
Other languages: not analysed (NaN with a reason), never 0.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ._tables import check_articles
from .text import sentences as _sentences

SENTIMENT_COLUMNS = [
    "article_id", "sentence_id", "start", "end", "language",
    "compound", "positive", "negative", "neutral", "scored", "reason", "lexicon",
]


def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer()


def sentiment(articles: pd.DataFrame, *, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sentence: ``compound`` in [-1, 1], ``positive``, ``negative``, ``neutral`` in [0, 1]."""
    check_articles(articles)
    sents = _sentences(articles) if sentences is None else sentences
    rows = []
    vader = None
    for r in sents.itertuples(index=False):
        if r.language == "en":
            vader = vader or _vader()
            s = vader.polarity_scores(r.text)
            rows.append((s["compound"], s["pos"], s["neg"], s["neu"], True, None, "VADER 3.3.2"))
        else:
            rows.append((np.nan, np.nan, np.nan, np.nan, False, f"no lexicon for language {r.language!r}", None))
    out = sents[["article_id", "sentence_id", "start", "end", "language"]].reset_index(drop=True)
    vals = pd.DataFrame(rows, columns=["compound", "positive", "negative", "neutral", "scored", "reason", "lexicon"])
    return pd.concat([out, vals], axis=1)[SENTIMENT_COLUMNS]


def article_tone(sentiment_table: pd.DataFrame) -> pd.DataFrame:
    """Per article: ``mean_compound``, ``share_negative``, ``share_positive``, ``n_scored`` (never a compound of the whole text)."""
    t = sentiment_table[sentiment_table["scored"]]
    g = t.groupby("article_id")["compound"]
    out = pd.DataFrame({
        "mean_compound": g.mean(),
        "share_negative": g.apply(lambda s: float((s <= -0.05).mean())),
        "share_positive": g.apply(lambda s: float((s >= 0.05).mean())),
        "n_scored": g.size(),
    }).reset_index()
    return out
