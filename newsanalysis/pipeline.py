"""Run every analyser over an article table: :func:`analyze` and its result."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from . import __version__
from ._tables import ANALYSED_LANGUAGES, check_articles, corpus_fingerprint
from .attribution import attributions
from .framing import frame_evidence, frames
from .sentiment import article_tone, sentiment
from .text import sentences, word_count


@dataclass(eq=False)
class AnalysisResult:
    """All tables of one analysis; each joins on ``article_id`` (and ``sentence_id``).

    Attributes
    ----------
    articles : one row per article (the input, unchanged).
    sentences : one row per sentence (:func:`newsanalysis.sentences`).
    sentiment : one row per sentence (:func:`newsanalysis.sentiment`).
    frames : one row per (article, frame) (:func:`newsanalysis.frames`).
    frame_evidence : one row per frame cue hit.
    attributions : one row per attribution (:func:`newsanalysis.attributions`).
    summary : one row per article: ``article_id, outlet, language, analysed,
        words, sentences, mean_compound, share_negative, share_positive,
        n_scored, attributions, anonymous_attributions, frames_present``.
    provenance : dict with ``fingerprint``, ``version``, ``n_articles``.
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    sentiment: pd.DataFrame
    frames: pd.DataFrame
    frame_evidence: pd.DataFrame
    attributions: pd.DataFrame
    summary: pd.DataFrame
    provenance: dict = field(default_factory=dict)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name, for writing out."""
        return {
            "articles": self.articles.drop(columns=["text"]),
            "sentences": self.sentences,
            "sentiment": self.sentiment,
            "frames": self.frames,
            "frame_evidence": self.frame_evidence,
            "attributions": self.attributions,
            "summary": self.summary,
        }


def _analyse_chunk(arts: pd.DataFrame):
    sents = sentences(arts)
    return (sents, sentiment(arts, sentences=sents), frames(arts, sentences=sents),
            frame_evidence(arts, sentences=sents), attributions(arts, sentences=sents))


def _concat(parts: list[pd.DataFrame]) -> pd.DataFrame:
    parts = [p for p in parts if len(p)] or parts[:1]
    return pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True)


def analyze(articles: pd.DataFrame, *, progress: bool = False, chunk_size: int = 25) -> AnalysisResult:
    """Split, score, frame and attribute every article.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``, ``text``, ``language``; ``outlet``,
        ``published`` and others are carried along. Not modified.
    progress : bool
        Show a progress bar (tqdm: rate and ETA) over the articles; it stays
        off when the output is not a terminal.
    chunk_size : int
        Articles analysed per step (results do not depend on it).

    Returns
    -------
    AnalysisResult
        See its attributes. Articles in a language outside
        :data:`ANALYSED_LANGUAGES` are kept with ``analysed=False`` and NaN
        scores, never zeros.

    Raises
    ------
    ValueError
        As :func:`newsanalysis.sentences` for a malformed article table.
    """
    check_articles(articles)
    arts = articles.copy()
    arts["article_id"] = arts["article_id"].astype(str)
    for col in ("outlet", "published", "title"):
        if col not in arts.columns:
            arts[col] = None
    from tqdm.auto import tqdm

    parts = []
    with tqdm(total=len(arts), unit="article", desc="analysing", disable=None if progress else True) as bar:
        for i in range(0, max(len(arts), 1), chunk_size):
            chunk = arts.iloc[i:i + chunk_size]
            parts.append(_analyse_chunk(chunk))
            bar.update(len(chunk))
    sents, senti, fr, ev, att = (_concat([p[k] for p in parts]) for k in range(5))

    summary = arts[["article_id", "outlet", "language", "published"]].copy()
    summary["analysed"] = summary["language"].isin(ANALYSED_LANGUAGES)
    summary["words"] = arts["text"].map(word_count).values
    summary["sentences"] = summary["article_id"].map(sents.groupby("article_id").size()).fillna(0).astype(int)
    summary = summary.merge(article_tone(senti), on="article_id", how="left")
    n_att = att.groupby("article_id").size()
    n_anon = att[att["anonymous"].astype(bool)].groupby("article_id").size() if len(att) else pd.Series(dtype=int)
    summary["attributions"] = summary["article_id"].map(n_att).fillna(0).astype(int)
    summary["anonymous_attributions"] = summary["article_id"].map(n_anon).fillna(0).astype(int)
    present = fr[fr["present"] == True]  # noqa: E712  (nullable boolean)
    joined = present.groupby("article_id")["frame"].agg("; ".join).to_dict()
    summary["frames_present"] = [joined.get(a, "") for a in summary["article_id"]]
    # not-analysed articles carry NA, never 0
    na = ~summary["analysed"]
    summary.loc[na, ["attributions", "anonymous_attributions"]] = pd.NA
    summary.loc[na, "frames_present"] = None

    prov = {"fingerprint": corpus_fingerprint(arts), "version": __version__, "n_articles": len(arts)}
    for t in (sents, senti, fr, ev, att, summary):
        t.attrs = {"provenance": prov}
    return AnalysisResult(arts, sents, senti, fr, ev, att, summary, prov)
