"""Sentence sentiment that can be explained: per sentence, per voice, per term, per actor.

* English: VADER (Hutto & Gilbert 2014) re-implemented in :mod:`newsanalysis.sentiment_en`;
  ``compound`` equals vaderSentiment 3.3.2's to the last digit, lexicon read from the
  installed package (MIT).
* German: SentiWS v1.8c (Remus, Quasthoff & Heyer 2010; CC BY-NC-SA 3.0, from the
  ``gersent`` package) with German rules, :mod:`newsanalysis.sentiment_de`.
* Any language: a user lexicon (:func:`load_lexicon`) with the rules of
  ``resources/<lang>/sentiment_rules.yaml``.
* Other languages: not scored (NaN with a reason), never 0.

Public functions: :func:`sentiment` (one row per sentence, with the authorial /
quoted voice split when an attribution table is given), :func:`article_tone`
(per article, never a compound of the whole text), :func:`sentiment_terms` (one
row per scored term, for teaching), :func:`actor_tone` (one row per actor
mention, tone from the words of the mention's clause and a news target list
derived from NewsMTSC train, :func:`target_lexicon`; with ``method="parse"`` also the
dependency parse of the optional spaCy model, :mod:`newsanalysis.sentiment_parse`), :func:`actor_tone_summary`
and :func:`outlet_tone` (group means with t-intervals over articles).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

import numpy as np
import pandas as pd

from ._tables import check_articles, normalise_languages, require_columns
from .sentiment_de import (Lexicon, RuleScorer, class_cutoffs, german_scorer, load_lexicon,  # noqa: F401
                           load_rules, sentiws)
from .sentiment_en import normalize, scores_from_valences, vader_scorer
from .text import sentences as _sentences

SENTIMENT_COLUMNS = [
    "article_id", "sentence_id", "start", "end", "language",
    "compound", "positive", "negative", "neutral", "scored", "reason", "lexicon",
    "authorial_compound", "quoted_compound", "quoted_chars",
]
TERM_COLUMNS = ["article_id", "sentence_id", "term", "start", "end", "lexicon_weight", "weight",
                "rules", "negated", "boosted", "voice", "lexicon"]
ACTOR_TONE_COLUMNS = ["article_id", "sentence_id", "actor_id", "mention", "start", "end", "language",
                      "tone", "tone_class", "terms", "scored", "reason", "lexicon", "method", "news_terms",
                      "voice", "speaker_turn"]
TONE_COLUMNS = ["article_id", "mean_compound", "share_negative", "share_positive", "n_scored",
                "authorial_mean_compound", "quoted_mean_compound", "n_authorial", "n_quoted"]

#: VADER's class thresholds on ``compound`` (Hutto & Gilbert 2014): English and every language without
#: its own ``negative_threshold`` / ``positive_threshold`` in ``resources/<lang>/sentiment_rules.yaml``
#: (see :func:`newsanalysis.sentiment_de.class_cutoffs`; German has its own, fitted on the German gold).
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05

#: A sentence that is nothing but a transcript's stage direction — "(Applause.)", "(Laughter)", "(Laughter).",
#: "[Beifall]" — is the stenographer's note of what the audience did, nobody's words: it is not scored
#: (``scored`` False, ``reason`` "stage direction"). VADER weighs "laughter" +2.2 and "applause" +1.8, so each
#: such line of a Kremlin.ru transcript was a positive sentence (compound +0.49 / +0.42) inside a speaker's
#: turn. A stage direction inside a longer sentence keeps its weight.
STAGE_DIRECTION = re.compile(
    r"\s*[(\[]\s*(?:applause|laughter|laughs|laughing|cheers|cheering|inaudible|crosstalk|animation|"
    r"beifall|heiterkeit|lachen|gelächter|zurufe?|unruhe)\b(?:[\s,]+[^\W\d_]+){0,6}\s*[.!]?\s*[)\]]\s*[.!]?\s*",
    re.I)


def is_stage_direction(text: str) -> bool:
    """True when the sentence ``text`` is only a stage direction ("(Applause.)", "(Laughter in the hall.)",
    "(Beifall)"): see :data:`STAGE_DIRECTION`."""
    return bool(STAGE_DIRECTION.fullmatch(text or ""))


# -- inputs ----------------------------------------------------------------------------------
def _prepare(articles: pd.DataFrame, sentences: pd.DataFrame | None) -> tuple[pd.DataFrame, dict]:
    """Sentence table with ``text`` and ``language``, plus ``article_id -> text``."""
    articles = check_articles(articles)
    texts = dict(zip(articles["article_id"].astype(str), articles["text"]))
    if sentences is None:
        sents = _sentences(articles)
    else:
        require_columns(sentences, ["article_id", "sentence_id", "start", "end"], what="sentences")
        sents = sentences.copy()
        sents["article_id"] = sents["article_id"].astype(str)
        unknown = ~sents["article_id"].isin(texts)
        if unknown.any():
            raise ValueError(f"sentences: article_id {sents.loc[unknown, 'article_id'].iloc[0]!r} "
                             "is not in the articles table")
        for r in sents[["article_id", "sentence_id", "start", "end"]].itertuples(index=False):
            n = len(texts[r.article_id])
            if not (isinstance(r.start, (int, np.integer)) and isinstance(r.end, (int, np.integer))
                    and 0 <= r.start <= r.end <= n):
                raise ValueError(f"sentences: article {r.article_id!r} sentence {r.sentence_id}: "
                                 f"field 'start'/'end' ({r.start!r}, {r.end!r}) is not a span of its text "
                                 f"(length {n})")
        if "text" not in sents.columns:
            sents["text"] = [texts[a][s:e] for a, s, e in zip(sents["article_id"], sents["start"], sents["end"])]
        if "language" not in sents.columns:
            sents["language"] = sents["article_id"].map(dict(zip(articles["article_id"].astype(str),
                                                                 articles["language"])))
    return sents.reset_index(drop=True), texts


@lru_cache(maxsize=16)
def _rule_scorer(lexicon: Lexicon) -> RuleScorer:
    return RuleScorer(lexicon)


def _user_lexicons(lexicon) -> dict:
    """``{language: Lexicon}`` from one user lexicon or a list of them (one per language).

    Raises
    ------
    TypeError
        If an item is not a :class:`Lexicon`.
    ValueError
        If two lexicons are for the same language.
    """
    if lexicon is None:
        return {}
    items = list(lexicon) if isinstance(lexicon, (list, tuple)) else [lexicon]
    out: dict = {}
    for lex in items:
        if not isinstance(lex, Lexicon):
            raise TypeError(f"lexicon: expected a Lexicon (load_lexicon) or a list of them, got {type(lex).__name__}")
        if lex.language in out:
            raise ValueError(f"lexicon: two lexicons for language {lex.language!r} ({out[lex.language].label!r} and "
                             f"{lex.label!r}); pass one per language")
        out[lex.language] = lex
    return out


def _scorer(language, lexicon):
    """``("vader" | "rules", scorer)`` for a language, or ``None`` if it cannot be scored.

    ``lexicon``: a user :class:`Lexicon`, a list of them (one per language), or None."""
    user = _user_lexicons(lexicon).get(language)
    if user is not None:
        return "rules", _rule_scorer(user)
    if language == "en":
        return "vader", vader_scorer()
    if language == "de":
        return "rules", german_scorer()
    return None


def _explain(kind, scorer, text):
    """``(scores, terms)``; every term dict has ``term, start, end, lexicon_weight, weight, rules``."""
    if kind == "vader":
        scores, terms, _, _ = scorer.explain(text)
        return scores, terms
    return scorer.explain(text)


def _quoted_spans(attributions: pd.DataFrame | None) -> dict[str, list[tuple[int, int]]]:
    """Merged content spans per article from an attribution table (the parts of each content: the narrator's
    words between two parts of a quotation, ``content_gaps``, are the authorial voice)."""
    if attributions is None:
        return {}
    from .attribution import content_spans

    require_columns(attributions, ["article_id", "start", "end"], what="attributions")
    spans: dict[str, list[tuple[int, int]]] = {}
    cols = ["article_id", "start", "end"] + (["content_gaps"] if "content_gaps" in attributions.columns else [])
    for r in attributions[cols].itertuples(index=False):
        if pd.isna(r.start) or pd.isna(r.end):
            continue
        s, e = int(r.start), int(r.end)
        if e < s:
            raise ValueError(f"attributions: article {r.article_id!r}: content end {e} is before start {s}")
        spans.setdefault(str(r.article_id), []).extend(content_spans(r))
    for k, v in spans.items():
        v.sort()
        merged: list[tuple[int, int]] = []
        for s, e in v:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        spans[k] = merged
    return spans


def _frame_spans(attributions: pd.DataFrame | None) -> dict[str, list[tuple[int, int]]]:
    """Per article, the source and cue spans of the attributions ("Vladimir Putin" and ":", "he" and "said"):
    the words that frame a report. Missing offset columns give no span."""
    if attributions is None:
        return {}
    out: dict[str, list[tuple[int, int]]] = {}
    for a, b in (("source_start", "source_end"), ("cue_start", "cue_end")):
        if a not in attributions.columns or b not in attributions.columns:
            continue
        for aid, s, e in zip(attributions["article_id"], attributions[a], attributions[b]):
            if pd.notna(s) and pd.notna(e):
                out.setdefault(str(aid), []).append((int(s), int(e)))
    return out


_WORD = re.compile(r"\w+")


def _only_framing(text: str, s0: int, outside: list[tuple[int, int]], frame: list[tuple[int, int]]) -> bool:
    """Whether every word of the sentence's authorial characters (``outside``, relative to the sentence,
    which starts at ``s0`` in the article) lies in an attribution's source or cue span: "Vladimir Putin:",
    "…,” he said." hold no words of the outlet's own beyond the report's frame."""
    for a, b in outside:
        for m in _WORD.finditer(text, a, b):
            mid = s0 + (m.start() + m.end()) / 2
            if not any(fs <= mid < fe for fs, fe in frame):
                return False
    return True


def _speaker_spans(attributions: pd.DataFrame | None) -> dict[str, list[tuple[int, int, int, int]]]:
    """Per article, ``(source_start, source_end, start, end)`` of each attribution with a source span, one per
    part of its content (:func:`newsanalysis.attribution.content_spans`)."""
    from .attribution import content_spans

    out: dict[str, list[tuple[int, int, int, int]]] = {}
    if attributions is None or not {"source_start", "source_end"} <= set(attributions.columns):
        return out
    gaps = attributions["content_gaps"] if "content_gaps" in attributions.columns else [None] * len(attributions)
    for aid, a, b, s, e, g in zip(attributions["article_id"], attributions["source_start"], attributions["source_end"],
                                  attributions["start"], attributions["end"], gaps):
        if pd.notna(a) and pd.notna(b) and pd.notna(s) and pd.notna(e):
            parts = content_spans({"start": s, "end": e, "content_gaps": g})
            out.setdefault(str(aid), []).extend((int(a), int(b), ps, pe) for ps, pe in parts)
    return out


#: "Putin's" / "Putin’s" right after a mention: it names whose the source is ("Putin's critics"), not the speaker.
_POSSESSIVE = re.compile(r"['’ʼ]s?\b")
#: A source word before the mention that makes the mention a modifier of the speaker ("the chairman of the
#: Workers' Party *of* Mexico", "Koreans *in* China", "a close ally *of* President Putin").
_SOURCE_PREPOSITIONS = frozenset("of in for with from at on by to among within".split())
#: What may follow the speaker inside the source span: nothing, a coordination or an apposition ("Mr Putin
#: and Mr Bush", "Medvedev, a close ally of …"); other words make it a modifier ("the DPRK Foreign Ministry").
_AFTER_SPEAKER = re.compile(r"\s*(?:$|[,(]|and\b|or\b)")


#: Content that opens with an infinitive is what the source does, not what it says ("decided to stage drills").
_INFINITIVE = re.compile(r"\s*to\s+[a-z]")
_BACK_TOKEN = re.compile(r"[\w.'’ʼ-]+|[^\w\s]")
_SKIP_BACK = frozenset("the a an and or".split())


def _after_preposition(text: str, start: int, max_words: int = 8) -> bool:
    """Whether a preposition governs the name starting at ``start``, over names, articles and "and" before it
    ("the foreign ministers of the DPRK and Russia", "an ally of President Vladimir Putin"; an attribution's
    source span can hold the last name alone); stops at punctuation."""
    toks = _BACK_TOKEN.findall(text[max(0, start - 200):start])
    for w in reversed(toks[-max_words:]):
        lw = w.lower()
        if lw in _SOURCE_PREPOSITIONS:
            return True
        if lw in _SKIP_BACK or w[:1].isupper():
            continue
        return False
    return False


def spoken_by(speakers: list[tuple[int, int, int, int]], start: int, end: int,
              text: str | None = None) -> list[tuple[int, int]]:
    """Content spans of the attributions whose speaker is the mention ``start:end`` (``speakers``:
    ``(source_start, source_end, start, end)`` in the same offsets): what the mention is reported to have
    said, the words :func:`target_tone` weighs by :data:`SPEAKER_CONTENT_FACTOR`. The source span must hold
    the middle of the mention; with ``text`` (same offsets) the mention must also head it: not possessive
    ("Putin's critics said he …"), no preposition before it ("the chairman of the party of Mexico"), nothing
    after it in the source but a coordination or an apposition ("the DPRK Foreign Ministry": no), and the
    content not an infinitive ("decided to stage drills": an act, not words)."""
    if text is not None and (_POSSESSIVE.match(text, end) or _after_preposition(text, start)):
        return []
    mid = (start + end) / 2
    out = []
    for a, b, s, e in speakers:
        if not a <= mid < b:
            continue
        if text is not None:
            before = {w.lower() for w in _WORD.findall(text[max(a, 0):start])}
            if before & _SOURCE_PREPOSITIONS or not _AFTER_SPEAKER.match(text[end:max(b, end)]):
                continue
            if _INFINITIVE.match(text, max(s, 0)):
                continue
        out.append((s, e))
    return out


def _intersect(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]


def _voice_compound(weights: list[float], text: str) -> float:
    """VADER's compound of one voice: normalised sum of its terms plus its own '!'/'?' emphasis."""
    if not re.search(r"\w", text):
        return np.nan
    return scores_from_valences(list(weights), text)["compound"]


# -- sentence sentiment ----------------------------------------------------------------------
def sentiment(articles: pd.DataFrame, *, sentences: pd.DataFrame | None = None,
              attributions: pd.DataFrame | None = None, lexicon: Lexicon | list[Lexicon] | None = None) -> pd.DataFrame:
    """Score every sentence; with ``attributions``, also the authorial and the quoted voice.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` (unique), ``text`` (str), ``language`` (ISO 639-1). Not modified.
    sentences : DataFrame, optional
        The table of :func:`newsanalysis.sentences` (``article_id, sentence_id, start, end``
        and optionally ``text``, ``language``); computed when omitted.
    attributions : DataFrame, optional
        The table of :func:`newsanalysis.attributions`: ``article_id`` and ``start``, ``end``
        = character offsets of the attributed *content* in the article text, and optionally
        ``content_gaps``. Characters inside a content span, less its gaps (the narrator's
        '," he said, ' between two parts of a quotation), are the quoted voice, all others the
        authorial voice.
    lexicon : Lexicon or list of Lexicon, optional
        A user lexicon (:func:`load_lexicon`), or a list of them, one per language
        (``[lex_en, lex_de]``); each replaces the default scorer for its ``language`` (other
        languages keep the default). ``TypeError`` for anything else, ``ValueError`` for two
        lexicons of one language.

    Returns
    -------
    DataFrame
        One row per sentence, in the order of ``sentences``: ``article_id, sentence_id,
        start, end, language``; ``compound`` (float in [-1, 1], 4 decimals), ``positive``,
        ``negative``, ``neutral`` (proportions in [0, 1], 3 decimals; VADER's definitions);
        ``scored`` (bool); ``reason`` (why not scored, else None: "no lexicon for language …", or
        "stage direction" for a sentence that is only "(Applause.)", "(Laughter)", "(Beifall)",
        :data:`STAGE_DIRECTION`); ``lexicon`` (name and
        version, e.g. ``"VADER 3.3.2"``, ``"SentiWS 1.8c"``); ``authorial_compound`` and
        ``quoted_compound`` (float in [-1, 1]: the compound formula applied to the terms
        of each voice alone, each with the '!'/'?' emphasis of its own characters; NaN
        when the sentence has no word in that voice or no attribution table was given;
        the authorial voice is also NaN when its only words are the source and cue of an
        attribution without sentiment weight — "Vladimir Putin:" before a transcript answer,
        "he said" after a quotation — so that such frames do not count as neutral
        sentences of the outlet's own; "slammed" keeps its weight);
        ``quoted_chars`` (Int64: characters of the sentence inside attributed content; NA
        without an attribution table). A sentence without quoted characters has
        ``authorial_compound == compound``. Rules (negation, 'but', boosters) see the
        whole sentence, so a term keeps the weight it has in ``compound`` and
        :func:`sentiment_terms` lists exactly the terms each voice sums.
        Unscored languages: NaN scores, ``scored=False`` and a reason, never 0.

    Raises
    ------
    ValueError
        On a malformed article, sentence or attribution table (naming the record and field).

    Notes
    -----
    English: VADER (Hutto & Gilbert 2014, ICWSM), identical to vaderSentiment 3.3.2.
    German: SentiWS v1.8c (Remus, Quasthoff & Heyer 2010, LREC; CC BY-NC-SA 3.0) with the
    rules of ``resources/de/sentiment_rules.yaml`` (see ``docs/sentiment.md``).
    """
    sents, texts = _prepare(articles, sentences)
    n = len(sents)
    comp = np.full(n, np.nan)
    pos = np.full(n, np.nan)
    neg = np.full(n, np.nan)
    neu = np.full(n, np.nan)
    scored = np.zeros(n, dtype=bool)
    reason = np.full(n, None, dtype=object)
    lexname = np.full(n, None, dtype=object)
    langs = sents["language"].tolist()
    kinds = {}
    for lang in set(langs):
        key = lang if isinstance(lang, str) else None
        kinds[lang] = _scorer(key, lexicon)
    for lang, sc in kinds.items():
        idx = np.flatnonzero(np.array([lg == lang or (lg is lang) for lg in langs], dtype=bool))
        if not len(idx):
            continue
        if sc is None:
            reason[idx] = f"no lexicon for language {lang!r}"
            continue
        kind, scorer = sc
        batch = [sents.at[i, "text"] for i in idx]
        if kind == "vader":
            arr = scorer.score_many(batch)
            comp[idx], pos[idx], neg[idx], neu[idx] = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
        else:
            res = scorer.score_many(batch)
            comp[idx] = [r["compound"] for r in res]
            pos[idx] = [r["pos"] for r in res]
            neg[idx] = [r["neg"] for r in res]
            neu[idx] = [r["neu"] for r in res]
        scored[idx] = True
        lexname[idx] = scorer.name
        for i, text in zip(idx, batch):
            if is_stage_direction(text):  # "(Applause.)": the audience, not anyone's words
                comp[i] = pos[i] = neg[i] = neu[i] = np.nan
                scored[i] = False
                reason[i] = "stage direction"
                lexname[i] = None
    auth = np.full(n, np.nan)
    quot = np.full(n, np.nan)
    qchars = pd.array([pd.NA] * n, dtype="Int64")
    if attributions is not None:
        spans = _quoted_spans(attributions)
        frames = _frame_spans(attributions)
        qc = np.zeros(n, dtype=np.int64)
        for i, (aid, s0, e0, text, lang) in enumerate(zip(sents["article_id"], sents["start"], sents["end"],
                                                          sents["text"], langs)):
            inside = _intersect(spans.get(aid, []), int(s0), int(e0))
            qc[i] = sum(e - s for s, e in inside)
            if not scored[i]:
                continue
            rel = [(s - s0, e - s0) for s, e in inside]
            outside, last = [], 0
            for s, e in rel:
                outside.append((last, s))
                last = e
            outside.append((last, len(text)))
            # a sentence whose authorial words only frame a report ("Vladimir Putin:", "…,” he said.") has no
            # authorial voice unless a framing word carries sentiment ("slammed"): a transcript's speaker
            # labels would otherwise pull the outlet's own tone to 0
            framing = _only_framing(text, int(s0), outside, frames.get(str(aid), []))
            if not inside:
                auth[i] = np.nan if framing and comp[i] == 0 else comp[i]
                continue
            kind, scorer = kinds[lang]
            _, terms = _explain(kind, scorer, text)
            aw, qw = [], []
            for t in terms:
                mid = None if t["start"] is None else (t["start"] + t["end"]) / 2
                (qw if mid is not None and any(s <= mid < e for s, e in rel) else aw).append(t["weight"])
            qtext = " ".join(text[s:e] for s, e in rel)
            atext_parts, last = [], 0
            for s, e in rel:
                atext_parts.append(text[last:s])
                last = e
            atext_parts.append(text[last:])
            auth[i] = np.nan if framing and not any(aw) else _voice_compound(aw, " ".join(atext_parts))
            quot[i] = _voice_compound(qw, qtext)
        qchars = pd.array(qc, dtype="Int64")
    out = sents[["article_id", "sentence_id", "start", "end", "language"]].copy()
    out["compound"] = comp
    out["positive"] = pos
    out["negative"] = neg
    out["neutral"] = neu
    out["scored"] = scored
    out["reason"] = reason
    out["lexicon"] = lexname
    out["authorial_compound"] = auth
    out["quoted_compound"] = quot
    out["quoted_chars"] = qchars
    return out[SENTIMENT_COLUMNS]


def article_tone(sentiment_table: pd.DataFrame) -> pd.DataFrame:
    """Per-article tone from sentence scores (never the compound formula over a whole text).

    Parameters
    ----------
    sentiment_table : DataFrame
        The output of :func:`sentiment` (at least ``article_id, compound, scored``; the
        voice columns are used when present).

    Returns
    -------
    DataFrame
        One row per article of the table: ``article_id``; ``mean_compound`` (mean sentence
        compound, [-1, 1]); ``share_negative`` / ``share_positive`` (share of scored
        sentences at or below the negative / at or above the positive cut-off of the sentence's
        language, :func:`newsanalysis.sentiment_de.class_cutoffs`, [0, 1]: English -0.05 / +0.05,
        VADER's; German from ``resources/de/sentiment_rules.yaml``; the same cut-offs as
        ``RuleScorer.label``; without a ``language`` column VADER's -0.05 / +0.05 for all);
        ``n_scored`` (int); ``authorial_mean_compound`` / ``quoted_mean_compound`` (mean of
        the sentences' voice compounds over sentences that have that voice, NaN if none);
        ``n_authorial`` / ``n_quoted`` (sentences with words in that voice; a sentence that
        mixes reporting and quotation counts in both, so the two can add up to more than
        ``n_scored``). Articles with no
        scored sentence get NaN means and ``n_scored = 0``.

    Raises
    ------
    ValueError
        If a required column is missing.
    """
    require_columns(sentiment_table, ["article_id", "compound", "scored"], what="sentiment")
    t = sentiment_table
    ids = pd.Index(pd.unique(t["article_id"]), name="article_id")
    s = t[t["scored"].astype(bool)]
    g = s.groupby("article_id")["compound"]
    if "language" in s.columns:
        lo = s["language"].map(lambda x: class_cutoffs(x)[0]).astype(float)
        hi = s["language"].map(lambda x: class_cutoffs(x)[1]).astype(float)
    else:
        lo = pd.Series(NEGATIVE_THRESHOLD, index=s.index)
        hi = pd.Series(POSITIVE_THRESHOLD, index=s.index)
    is_neg = (s["compound"] <= lo).astype(float).groupby(s["article_id"])
    is_pos = (s["compound"] >= hi).astype(float).groupby(s["article_id"])
    out = pd.DataFrame(index=ids)
    # exactly rounded means (math.fsum): pandas' grouped mean can differ in the last bit with the
    # other groups in the table, and an article's figure must not depend on how the corpus was split
    out["mean_compound"] = g.agg(_exact_mean)
    out["share_negative"] = is_neg.mean()
    out["share_positive"] = is_pos.mean()
    out["n_scored"] = g.size().reindex(ids).fillna(0).astype(int)
    for col, name, cnt in (("authorial_compound", "authorial_mean_compound", "n_authorial"),
                           ("quoted_compound", "quoted_mean_compound", "n_quoted")):
        if col in s.columns:
            gv = s.dropna(subset=[col]).groupby("article_id")[col]
            out[name] = gv.agg(_exact_mean)
            out[cnt] = gv.size().reindex(ids).fillna(0).astype(int)
        else:
            out[name] = np.nan
            out[cnt] = 0
    return out.reset_index()[TONE_COLUMNS]


def _exact_mean(x: pd.Series) -> float:
    return math.fsum(x) / len(x) if len(x) else np.nan


# -- explanations ----------------------------------------------------------------------------
def sentiment_terms(articles: pd.DataFrame, *, sentences: pd.DataFrame | None = None,
                    attributions: pd.DataFrame | None = None,
                    lexicon: Lexicon | list[Lexicon] | None = None) -> pd.DataFrame:
    """One row per scored term: which words produced each sentence's score, and how.

    Parameters
    ----------
    articles, sentences, attributions, lexicon
        As for :func:`sentiment`.

    Returns
    -------
    DataFrame
        Columns ``article_id, sentence_id``; ``term`` (the word as written); ``start``,
        ``end`` (Int64 character offsets into the article text; NA for English sentences
        holding emoji, which VADER rewrites); ``lexicon_weight`` (the lexicon entry: VADER
        -4..4, SentiWS -1..1); ``weight`` (what the term adds to the sentence sum after all
        rules, on VADER's -4..4 scale); ``rules`` (the rules applied, ``"; "``-separated,
        e.g. ``"negated by 'not' (x-0.74)"``); ``negated``, ``boosted`` (bool); ``voice``
        (``"authorial"`` / ``"quoted"``, NA without attributions); ``lexicon``.
        The ``weight`` of a sentence's terms sum (with '!'/'?' emphasis) to the sum behind
        its ``compound``. Sentences in unscored languages and stage directions ("(Applause.)") have no rows.

    Raises
    ------
    ValueError
        As :func:`sentiment`.
    """
    sents, _ = _prepare(articles, sentences)
    spans = _quoted_spans(attributions) if attributions is not None else None
    rows = []
    cache = {}
    for aid, sid, s0, text, lang in zip(sents["article_id"], sents["sentence_id"], sents["start"],
                                        sents["text"], sents["language"]):
        if lang not in cache:
            cache[lang] = _scorer(lang if isinstance(lang, str) else None, lexicon)
        sc = cache[lang]
        if sc is None:
            continue
        kind, scorer = sc
        if is_stage_direction(text):  # not scored by sentiment(): no terms either
            continue
        _, terms = _explain(kind, scorer, text)
        inside = _intersect(spans.get(aid, []), int(s0), int(s0) + len(text)) if spans is not None else None
        for t in terms:
            start = None if t["start"] is None else int(s0) + t["start"]
            end = None if t["end"] is None else int(s0) + t["end"]
            voice = None
            if inside is not None:
                mid = None if start is None else (start + end) / 2
                voice = "quoted" if mid is not None and any(a <= mid < b for a, b in inside) else "authorial"
            rules = "; ".join(t["rules"])
            rows.append((aid, int(sid), t["term"], start, end, float(t["lexicon_weight"]), float(t["weight"]),
                         rules, "negated" in rules, "boosted" in rules, voice, scorer.name))
    out = pd.DataFrame(rows, columns=TERM_COLUMNS)
    out["start"] = out["start"].astype("Int64")
    out["end"] = out["end"].astype("Int64")
    out["sentence_id"] = out["sentence_id"].astype("int64")
    return out


def term_drivers(terms: pd.DataFrame, articles: pd.DataFrame, *, by: str = "outlet", n: int = 10,
                 voice: str | None = None) -> pd.DataFrame:
    """Which words drive each group's tone: the terms with the largest summed weight per group.

    A lexicon score is only as good as its words in this domain: VADER scores "party" +1.7 (a
    celebration), so every "Workers' Party of Korea" in KCNA copy adds to KCNA's positive tone.
    This table shows such words before a difference between outlets is read as a difference in
    tone (the dictionary-validation step of Grimmer & Stewart 2013, "validate, validate, validate").

    Parameters
    ----------
    terms : DataFrame
        Output of :func:`sentiment_terms` (``article_id, term, weight, lexicon``; ``voice`` when
        ``voice`` is given).
    articles : DataFrame
        ``article_id`` and the ``by`` column (e.g. ``outlet``).
    by : str
        Grouping column of ``articles``.
    n : int
        Terms per group (>= 1), largest absolute summed weight first.
    voice : {"authorial", "quoted"}, optional
        Only terms in that voice (``sentiment_terms(..., attributions=...)``).

    Returns
    -------
    DataFrame
        One row per (group, term, lexicon), at most ``n`` per group: ``<by>, term`` (lower-cased),
        ``lexicon``, ``hits``, ``articles`` (articles with the term), ``total_weight`` (sum of the
        terms' weights after rules, VADER's -4..4 scale), ``share`` (the term's share of the
        group's summed absolute weight, in [0, 1]), ``mean_weight``. Sorted by group, then
        ``|total_weight|`` descending, then term.

    Raises
    ------
    ValueError
        If a column is missing, ``n`` < 1 or ``voice`` is unknown.
    """
    require_columns(terms, ["article_id", "term", "weight", "lexicon"], what="terms")
    require_columns(articles, ["article_id", by], what="articles")
    if not isinstance(n, int) or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    if voice is not None:
        if voice not in ("authorial", "quoted"):
            raise ValueError(f"voice must be 'authorial', 'quoted' or None, got {voice!r}")
        require_columns(terms, ["voice"], what="terms")
        terms = terms[terms["voice"] == voice]
    cols = [by, "term", "lexicon", "hits", "articles", "total_weight", "share", "mean_weight"]
    t = terms[["article_id", "term", "weight", "lexicon"]].copy()
    t[by] = t["article_id"].astype(str).map(dict(zip(articles["article_id"].astype(str), articles[by])))
    t = t.dropna(subset=[by])
    if not len(t):
        return pd.DataFrame(columns=cols)
    t["term"] = t["term"].str.lower()
    t["abs"] = t["weight"].abs()
    g = t.groupby([by, "term", "lexicon"], sort=True).agg(hits=("weight", "size"), articles=("article_id", "nunique"),
                                                          total_weight=("weight", "sum"), abs_weight=("abs", "sum"))
    g = g.reset_index()
    total_abs = g.groupby(by)["abs_weight"].transform("sum")
    g["share"] = (g["abs_weight"] / total_abs).where(total_abs > 0, 0.0).round(4)
    g["mean_weight"] = (g["total_weight"] / g["hits"]).round(4)
    g["total_weight"] = g["total_weight"].round(4)
    g["_key"] = -g["total_weight"].abs()
    g = g.sort_values([by, "_key", "term"], ignore_index=True).groupby(by, sort=True).head(n)
    return g[cols].reset_index(drop=True)


# -- tone toward actors ----------------------------------------------------------------------
@lru_cache(maxsize=8)
def _clause_rules(language: str) -> tuple[frozenset, frozenset]:
    try:
        r = load_rules(language)
    except FileNotFoundError:
        return frozenset(), frozenset()
    return frozenset(r.get("clause_punctuation", "")), frozenset(w.lower() for w in r.get("clause_words", []))


def clause_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Clauses of one sentence as ``(start, end)`` offsets into ``text``.

    A clause ends at a punctuation mark of ``clause_punctuation`` or before a word of
    ``clause_words`` in ``resources/<language>/sentiment_rules.yaml``.
    """
    punct, words = _clause_rules(language)
    cuts = [0]
    for m in re.finditer(r"\w+(?:[-'’]\w+)*|[^\w\s]", text):
        tok = m.group()
        if len(tok) == 1 and tok in punct:
            cuts.append(m.start())
            cuts.append(m.end())
        elif tok.lower() in words and m.start() > 0:
            cuts.append(m.start())
    cuts.append(len(text))
    out = []
    for a, b in zip(cuts[:-1], cuts[1:]):
        if b > a and text[a:b].strip():
            out.append((a, b))
    return out or [(0, len(text))]


#: Position weights of target tone, chosen by 5-fold cross-validation on NewsMTSC train only
#: (folds grouped by sentence, news target list derived inside each fold; docs/history/sentiment.md,
#: "News target list and position weights").
#: A lexicon term contributes ``weight * (TARGET_CLAUSE_WEIGHT * c + TARGET_SENTENCE_WEIGHT /
#: (1 + d / TARGET_HALF_DISTANCE))``; a news-list word the same with the ``TARGET_LIST_*`` values.
TARGET_CLAUSE_WEIGHT = 0.3
TARGET_SENTENCE_WEIGHT = 0.5
TARGET_HALF_DISTANCE = 80.0
TARGET_LIST_CLAUSE_WEIGHT = 0.5
TARGET_LIST_SENTENCE_WEIGHT = 0.3
TARGET_LIST_HALF_DISTANCE = 160.0
#: A term on the other side of a quotation mark from the mention (quoted speech around an
#: unquoted target, or the reporter's words around a quoted one) counts this much.
TARGET_QUOTE_FACTOR = 0.5
#: A term in the content of an attribution whose source is the mention ("*Kim* described the ties as a
#: **precious** asset": the speaker's evaluation of something else, not the outlet's of the speaker) counts
#: this much; the cue verb ("slammed", "praised") is outside the content and keeps its weight. Chosen by the
#: same 5-fold CV on NewsMTSC train (session 13, speaker rule, docs/history/sentiment.md).
SPEAKER_CONTENT_FACTOR = 0.25
#: Quotation marks that open and close quoted speech (each one toggles inside/outside).
_QUOTE_MARK = re.compile(r'["“”„]')

#: ``method="parse"`` (fourth round, chosen by the same 5-fold CV on NewsMTSC train): on top of
#: the weights above, a term in the target's syntactic clause (same clause head in the
#: dependency parse) adds ``PARSE_CLAUSE_WEIGHT`` (VADER words) / ``PARSE_LIST_CLAUSE_WEIGHT``
#: (list words), a VADER word adds ``PARSE_TREE_WEIGHT / (1 + e / PARSE_TREE_HALF_DISTANCE)``
#: for ``e`` dependency edges between it and the target, and a word in one of the relations of
#: ``PARSE_ROLE_WEIGHTS`` (:meth:`newsanalysis.sentiment_parse.SentenceParse.role`) adds its weight.
PARSE_CLAUSE_WEIGHT = 0.2
PARSE_LIST_CLAUSE_WEIGHT = 0.2
PARSE_TREE_WEIGHT = 0.2
PARSE_TREE_HALF_DISTANCE = 2.0
PARSE_ROLE_WEIGHTS = {"governs the target": 0.5, "predicate of the target": 0.8}
#: ``method="parse"`` (fifth round, same CV): the whole contribution of a word is multiplied by
#: these factors when it lies in a complement clause that does not hold the target or in another
#: sentence of the text (:meth:`newsanalysis.sentiment_parse.SentenceParse.scope`).
PARSE_SCOPE_FACTORS = {"in another clause's complement": 0.5, "in another sentence": 0.25}
#: Methods of :func:`target_tone` / :func:`actor_tone`.
TONE_METHODS = ("clause", "parse")
#: Symmetric class cut-offs of English target tone, ``(method, news_terms) -> t``: ``tone >= t`` is positive,
#: ``tone <= -t`` negative, else neutral. Each was chosen on out-of-fold scores of NewsMTSC train (with the name rule and
#: the speaker rule; with the list: refitted in session 15 on the list without its stoplist words, clause 0.175 -> 0.15,
#: parse 0.2 -> 0.175; parse without the list not refitted since session 13;
#: :func:`newsanalysis.evaluate.sentiment_gold.newsmtsc_cv_scores`); never on devtest.
#: Other languages have no fitted cut-off (``tone_class`` None).
TARGET_CLASS_THRESHOLDS = {("clause", True): 0.15, ("parse", True): 0.175, ("clause", False): 0.05,
                           ("parse", False): 0.125}


def tone_class(tone: float, language: str, method: str = "clause", news_terms: bool = True) -> str | None:
    """``"negative"``, ``"neutral"`` or ``"positive"`` for an :func:`actor_tone` / :func:`target_tone` value, by
    :data:`TARGET_CLASS_THRESHOLDS`; None for NaN and for languages without a fitted cut-off (all but English)."""
    if language != "en" or tone is None or (isinstance(tone, float) and math.isnan(tone)):
        return None
    t = TARGET_CLASS_THRESHOLDS[(method, bool(news_terms))]
    return "positive" if tone >= t else "negative" if tone <= -t else "neutral"

#: Words of a target-tone list: letters, with inner hyphens or apostrophes; matched lower-cased.
_TARGET_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@lru_cache(maxsize=8)
def target_lexicon(language: str) -> dict[str, float]:
    """The news target-tone word list ``resources/<language>/target_lexicon.csv``, term -> weight.

    English: "newsanalysis-en-target 0.2" (4,704 words; 0.1 before session 15 held 5,331 with function,
    title and protocol words), derived from NewsMTSC ``train.jsonl`` only (Hamborg & Donnay 2021) by
    :func:`newsanalysis.evaluate.sentiment_gold.derive_target_lexicon` without the words of
    :func:`target_stoplist` (``tools/build_target_lexicon.py`` writes it);
    weights in VADER units (about -2..+2). Languages without the file get an empty dict.
    """
    from ._tables import resource_path
    f = resource_path(language, "target_lexicon.csv")
    if not f.is_file():
        return {}
    df = pd.read_csv(f, keep_default_na=False, dtype={"term": str})
    if not {"term", "weight"} <= set(df.columns):
        raise ValueError(f"{f}: needs columns 'term' and 'weight'")
    return dict(zip(df["term"].str.lower(), df["weight"].astype(float)))


@lru_cache(maxsize=8)
def target_stoplist(language: str) -> frozenset:
    """Words kept out of the news target list: ``resources/<language>/target_lexicon_stoplist.yaml``.

    The file maps word classes (English: ``function_words``, ``titles_and_roles``,
    ``reporting_and_protocol``, ``numbers``, ``time``, ``names_and_web_text``) to lists of words
    that cannot express how a target is treated ("about", "chairman", "informed", "account").
    :func:`newsanalysis.evaluate.sentiment_gold.derive_target_lexicon` leaves them out, so
    :func:`target_lexicon` never holds them. Returned lower-cased, a typographic apostrophe as
    ``'``; empty for a language without the file.

    Raises
    ------
    ValueError
        When the file is not a mapping of class name to a list of words.
    """
    import yaml

    from ._tables import resource_path
    f = resource_path(language, "target_lexicon_stoplist.yaml")
    if not f.is_file():
        return frozenset()
    data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not all(isinstance(v, list) and all(isinstance(w, str) for w in v)
                                             for v in data.values()):
        raise ValueError(f"{f}: needs word class -> list of words (quote words YAML reads as booleans: "
                         f"\"no\", \"on\", \"off\")")
    return frozenset(target_word_key(w) for words in data.values() for w in words)


def target_word_key(word: str) -> str:
    """A word as the news target list stores it: lower-cased, a typographic apostrophe (’) as ``'``."""
    return word.lower().replace("\u2019", "'")


def target_tone(terms: list[dict], text: str, start: int, end: int, language: str, *,
                news_terms: bool = True, news_lexicon: dict | None = None,
                syntax=None, exclude: list[tuple[int, int]] | None = None,
                spoken: list[tuple[int, int]] | None = None) -> tuple[float, list[dict]]:
    """Tone toward the mention ``text[start:end]`` from the scored ``terms`` of its sentence.

    Each term outside the mention contributes ``w * q * (0.3 c + 0.5 / (1 + d / 80))``, where
    ``w`` is its rule-adjusted weight (:func:`sentiment_terms`), ``c`` is 1 if it lies in the
    mention's clause (:func:`clause_spans`) and 0 otherwise, ``d`` its distance in characters
    from the mention's centre, and ``q`` = 0.5 when a quotation mark (``" “ ” „``, each one
    opens or closes) separates the term's quote state from the mention's (quoted speech
    around an unquoted target or vice versa), else 1. With ``news_terms`` (default), every
    word of the sentence outside the mention that is in :func:`target_lexicon`
    (``language``) adds its list weight times ``q * (0.5 c + 0.3 / (1 + d / 160))`` (rule
    ``"news target list"``), on top of any lexicon weight of that word. The sum goes through
    VADER's normalisation, so the tone is in [-1, 1] (0 without scored terms). All these
    weights were chosen by 5-fold cross-validation on NewsMTSC ``train`` (Hamborg & Donnay
    2021; folds grouped by sentence), never on its devtest files. ``news_lexicon`` (term ->
    weight) replaces the shipped list, e.g. a list derived inside a cross-validation fold.

    With ``syntax`` (the :class:`newsanalysis.sentiment_parse.SentenceParse` of ``text``:
    ``method="parse"``), each factor also gets the dependency-parse terms: ``+0.2`` when the
    word is in the target's syntactic clause (same clause head), ``+0.2 / (1 + e / 2)`` for a
    VADER word ``e`` dependency edges from the target's head word, ``+0.5`` when the word
    governs the target ("Critics **slammed** Putin", "**attack** on Putin") and ``+0.8`` when it
    is the predicate of a copula with the target as subject ("Putin is a **dictator**"); see
    :data:`PARSE_ROLE_WEIGHTS`. The whole factor is then multiplied by 0.5 when the word lies in a
    complement clause (``ccomp``) that does not hold the target ("*The states* said Obama **broke**
    the law") and by 0.25 when it is in another sentence of the text (another dependency tree);
    see :data:`PARSE_SCOPE_FACTORS` and :meth:`~newsanalysis.sentiment_parse.SentenceParse.scope`.
    These values were chosen by the same cross-validation on NewsMTSC train.

    ``exclude`` (spans of ``text``, e.g. :func:`name_spans`): words overlapping one of them contribute
    nothing, like the mention's own words ("United" in "the United States", "Security" in "Korea Defense
    and Security Forum" are part of a name, not words about the target).

    Returns
    -------
    tone : float
    used : list of dict
        The terms with a ``contribution`` key added (list words have ``lexicon_weight``
        NaN and ``rules == ["news target list"]``); with ``syntax`` also ``relation`` (the
        role toward the target, e.g. ``"governs the target"``, else the scope, ``"in another
        clause's complement"`` or ``"in another sentence"``, else None).
    """
    clauses = clause_spans(text, language)
    mid = (start + end) / 2
    cs, ce = next(((a, b) for a, b in clauses if a <= mid < b), (0, len(text)))
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]

    def quoted(x: float) -> bool:
        return sum(1 for q in marks if q < x) % 2 == 1

    in_quote = quoted(mid)
    used = []
    total = 0.0
    head = syntax.target_head(start, end) if syntax is not None else None

    def factor(a: int, b: int, clause_w: float, sent_w: float, half: float, parse_clause_w: float,
               tree_w: float) -> tuple[float, dict]:
        d = abs((a + b) / 2 - mid)
        f = (clause_w if cs <= a < ce else 0.0) + sent_w / (1 + d / half)
        extra = {}
        if syntax is not None:
            same, edges, role = syntax.relation(a, b, head)
            f += (parse_clause_w if same else 0.0) + tree_w / (1 + edges / PARSE_TREE_HALF_DISTANCE)
            f += PARSE_ROLE_WEIGHTS.get(role, 0.0)
            toks = syntax.tokens_in(a, b)
            scope = syntax.scope(toks[0], head) if toks else None
            f *= PARSE_SCOPE_FACTORS.get(scope, 1.0)
            extra = {"relation": role or scope}
        if spoken and any(s <= (a + b) / 2 < e for s, e in spoken):
            f *= SPEAKER_CONTENT_FACTOR
            extra["relation"] = "the mention's own words"
        return (f * TARGET_QUOTE_FACTOR if marks and quoted(a) != in_quote else f), extra

    skip = [(start, end)] + list(exclude or ())

    def excluded(a: int, b: int) -> bool:
        return any(a < e and b > s for s, e in skip)

    for t in terms:
        if t["start"] is None or excluded(t["start"], t["end"]):
            continue
        f, extra = factor(t["start"], t["end"], TARGET_CLAUSE_WEIGHT, TARGET_SENTENCE_WEIGHT,
                          TARGET_HALF_DISTANCE, PARSE_CLAUSE_WEIGHT, PARSE_TREE_WEIGHT)
        contrib = t["weight"] * f
        total += contrib
        used.append({**t, "contribution": contrib, **extra})
    news = (target_lexicon(language) if news_lexicon is None else news_lexicon) if news_terms else {}
    if news:
        for m in _TARGET_WORD.finditer(text):
            w = news.get(m.group().lower())
            if w is None or excluded(m.start(), m.end()):
                continue
            f, extra = factor(m.start(), m.end(), TARGET_LIST_CLAUSE_WEIGHT, TARGET_LIST_SENTENCE_WEIGHT,
                              TARGET_LIST_HALF_DISTANCE, PARSE_LIST_CLAUSE_WEIGHT, 0.0)
            contrib = w * f
            total += contrib
            used.append({"term": m.group(), "start": m.start(), "end": m.end(), "lexicon_weight": float("nan"),
                         "weight": w, "rules": ["news target list"], "contribution": contrib, **extra})
        used.sort(key=lambda t: (t["start"] if t["start"] is not None else -1))
    return (round(normalize(total), 4) if used else 0.0), used


def _alias_regex(language: str, actors: pd.DataFrame | None):
    """Regex over the actors' aliases for ``language`` (cached for the shipped table) and alias -> actor_id."""
    if actors is None:
        return _default_alias_regex(language)
    return _build_alias_regex(language, actors)


@lru_cache(maxsize=8)
def _default_alias_regex(language: str):
    return _build_alias_regex(language, None)


#: Apostrophes an alias's ``'`` matches: straight, typographic (U+2019) and modifier letter (U+02BC).
_APOSTROPHES = "'\u2019\u02bc"
#: Per language, spellings of an alias that name something else: ``alias: (words before, words after)``, two
#: regexes tried against the text just before and just after the match; either matching drops the mention.
#: "Republic of Korea" in "Democratic People's Republic of Korea" (the north; the full alias wins when its
#: apostrophe matches, the rule catches the rest, e.g. a line break inside it), the continents and the
#: football cup around "America", "National Security Council" (a government's council, not the UN's) and the
#: seas named after China.
ALIAS_CONTEXT_EXCLUSIONS = {
    "en": {
        "America": (r"(?:South|Latin|North|Central|Middle|Copa|Meso|Captain|Anglo)[\s-]+$", None),
        "Republic of Korea": (r"People[" + _APOSTROPHES + r"]?s\s+$", None),
        "Security Council": (r"National\s+$", None),
        "China": (r"(?:South|East)\s+$", r"^\s+Sea\b"),
    },
    "de": {
        "Amerika": (r"(?:Süd|Nord|Latein|Mittel|Zentral|Anglo|Meso)-$", None),
        "Republik Korea": (r"Volks-$", None),
        "Sicherheitsrat": (r"Nationale[nrms]?\s+$", None),
        "China": (r"(?:Süd|Ost)$", r"^meer"),
    },
}


def _alias_key(text: str) -> str:
    """The alias-table spelling of a matched text: any apostrophe as ``'``, any run of white space as one space."""
    return re.sub(r"\s+", " ", re.sub(f"[{_APOSTROPHES}]", "'", text))


def _build_alias_regex(language: str, actors: pd.DataFrame | None):
    """The alias regex, alias -> actor_id, and the actor ids that are no mentions of their own (news media of
    the shipped table): their names still take their characters ("Voice of America", "Washington Post",
    "Russia Today" are no mention of the US or Russia)."""
    from .actors import actor_aliases, load_actors
    skip: frozenset = frozenset()
    if actors is None:  # the shipped table also lists news media (for attribution); tone is about political actors
        actors = load_actors()
        skip = frozenset(actors.loc[actors["kind"] == "media", "actor_id"])
    pairs = actor_aliases(language, actors)
    if not pairs:
        return None, {}, skip
    parts = []
    for a, _ in pairs:  # an apostrophe matches every apostrophe, a space any white space (line breaks in names)
        parts.append("".join(f"[{_APOSTROPHES}]" if ch in _APOSTROPHES else r"\s+" if ch == " " else re.escape(ch)
                             for ch in a))
    right = "" if language in ("ko", "ja", "zh") else r"(?!\w)"
    amap: dict[str, str] = {}
    for a, aid in pairs:
        amap.setdefault(_alias_key(a), aid)
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)}){right}"), amap, skip


def _alias_mentions(text: str, language: str, actors: pd.DataFrame | None, article: str | None = None,
                    offset: int = 0) -> tuple[list, list]:
    """Actor mentions of one text (longest alias first, see :func:`_build_alias_regex`) and the spans of every
    alias match, mentions and names of media alike (words that are part of a name carry no tone toward anyone).
    ``article`` (the whole text ``text`` starts in at ``offset``) gives the context rules the words across a
    sentence break ("Democratic People's" + line break + "Republic of Korea")."""
    whole, off = (article, offset) if article is not None else (text, 0)
    rx, amap, skip = _alias_regex(language, actors)
    if rx is None:
        return [], []
    excl = ALIAS_CONTEXT_EXCLUSIONS.get(language, {})
    out, spans = [], []
    for m in rx.finditer(text):
        key = _alias_key(m.group())
        spans.append((m.start(), m.end()))
        rule = excl.get(key)
        if rule is not None:
            before, after = rule
            a, b = off + m.start(), off + m.end()
            if (before and re.search(before, whole[max(0, a - 40):a])) or (after and re.search(after, whole[b:b + 40])):
                continue
        aid = amap[key]
        if aid not in skip:
            out.append(_Mention(m.start(), m.end(), m.group(), aid))
    return out, spans


#: Lower-case words that may join the capitalised words of one name ("Korea Defense **and** Security Forum",
#: "Ministry **of** Foreign Affairs"), per language; see :func:`name_spans`.
NAME_JOINERS = {"en": frozenset({"of", "and", "for", "the", "on", "de", "&"})}
#: A sentence of at least four words with at most this many lower-case words of four or more letters, and
#: either no lower-case word at all or a capitalised function word after its first word ("In", "Over"), is in
#: title case (a headline, "North Korea Slams US Over Drills"): no name runs.
NAME_TITLE_CASE_MAX_LOWER = 1
_TITLE_FUNCTION_WORDS = frozenset("In Of To On For And At By With Over As Is Are Will A An From Into After Amid".split())
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?|&")


def _capitalised_names(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of multi-word proper names: runs of at least two capitalised words (joined only by white space,
    or by a lower-case joiner of :data:`NAME_JOINERS` between two capitalised words), not counting the
    sentence's first word (capitalised anyway: "Angry Trump supporters"), and none in a sentence in title
    case (:data:`NAME_TITLE_CASE_MAX_LOWER`). Languages without joiners (German, which capitalises every noun)
    get none."""
    joiners = NAME_JOINERS.get(language)
    if joiners is None:
        return []
    toks = [m for m in _NAME_TOKEN.finditer(text)]
    if not toks:
        return []
    caps = [m.group()[0].isupper() and m.group() != "I" for m in toks]
    lower = [m.group() for m, c in zip(toks, caps) if not c and m.group() != "&"]
    if len(toks) >= 4 and sum(len(w) >= 4 for w in lower) <= NAME_TITLE_CASE_MAX_LOWER and (
            not lower or any(m.group() in _TITLE_FUNCTION_WORDS for m in toks[1:])):
        return []
    out = []
    i, n = 1, len(toks)  # the first word of the sentence is capitalised by position
    while i < n:
        if not caps[i]:
            i += 1
            continue
        j, last = i, i
        while j + 1 < n and not text[toks[j].end():toks[j + 1].start()].strip():
            if caps[j + 1]:
                j += 1
                last = j
            elif toks[j + 1].group() in joiners and j + 2 < n and caps[j + 2] \
                    and not text[toks[j + 1].end():toks[j + 2].start()].strip():
                j += 2
                last = j
            else:
                break
        if sum(caps[i:last + 1]) >= 2:
            out.append((toks[i].start(), toks[last].end()))
        i = last + 1
    return out


def name_spans(text: str, language: str, *, actors: pd.DataFrame | None = None) -> list[tuple[int, int]]:
    """Spans of ``text`` whose words are part of a name and carry no tone toward any target.

    The spellings of the actor table (every actor's aliases, news media included: "the United States",
    "Democratic People's Republic of Korea", "Voice of America") and, for English, multi-word proper names
    mid-sentence (:func:`_capitalised_names`: "Korea Defense and Security Forum", "Combined Forces Command").
    Used by :func:`actor_tone` and the NewsMTSC evaluation (``target_tone(..., exclude=...)``).
    """
    _, spans = _alias_mentions(text, language, actors)
    return sorted(set(spans) | set(_capitalised_names(text, language)))


class _Mention(tuple):
    """A mention (start, end, text, actor_id) with the ``re.Match`` methods the scoring uses."""

    def __new__(cls, start, end, text, actor_id):
        return super().__new__(cls, (start, end, text, actor_id))

    def start(self):
        return self[0]

    def end(self):
        return self[1]

    def group(self):
        return self[2]

    @property
    def actor_id(self):
        return self[3]


@lru_cache(maxsize=8)
def _default_family_names(language: str):
    return _family_names(language, None)


def _family_names(language: str, actors: pd.DataFrame | None):
    """Family names of Korean persons in the actor table that are no alias themselves ("Kim", "Choe"):
    ``{family name: set of actor ids}`` and the regex that finds them as whole words."""
    from .actors import actor_aliases, load_actors
    actors = load_actors() if actors is None else actors
    aliases = {a for a, _ in actor_aliases(language, actors)}
    fam: dict[str, set] = {}
    for aid, kind, country, name in zip(actors["actor_id"], actors["kind"], actors["country"], actors["name"]):
        if kind == "person" and country in ("KP", "KR") and isinstance(name, str) and " " in name:
            first = name.split()[0]
            if len(first) >= 3 and first not in aliases:
                fam.setdefault(first, set()).add(aid)
    if not fam:
        return {}, None
    return fam, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(fam)) + r")(?![\w-])")


def _family_name_mentions(text, lang, actors, aid, mentions, last_full) -> list:
    """"Kim" alone after "Kim Jong Un" in the same article: the Korean actor last named in full with that
    family name (a family name followed by another capitalised word is someone else: "Kim Il Sung")."""
    fam, rx = _default_family_names(lang) if actors is None else _family_names(lang, actors)
    if rx is None:
        return []
    out = []
    for m in sorted(mentions, key=lambda m: m.start()):
        first = m.group().split()[0]
        if first in fam and m.actor_id in fam[first]:
            last_full[(aid, first)] = m.actor_id
    taken = [(m.start(), m.end()) for m in mentions]
    for f in rx.finditer(text):
        if any(a <= f.start() < b for a, b in taken) or re.match(r"\s+[A-ZÄÖÜ]", text[f.end():f.end() + 3]):
            continue
        actor_id = last_full.get((aid, f.group()))
        if actor_id is not None:
            out.append(_Mention(f.start(), f.end(), f.group(), actor_id))
    return out


_WAR_COMPOUND = re.compile(r"(?:-[A-ZÄÖÜ][\w]*)*-(?:Krieg|Konflikt)")


def actor_tone(articles: pd.DataFrame, *, sentences: pd.DataFrame | None = None,
               actors: pd.DataFrame | None = None, lexicon: Lexicon | list[Lexicon] | None = None,
               method: str = "clause", news_terms: bool = True,
               attributions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Tone toward each mention of an actor of the actor table.

    Parameters
    ----------
    articles, sentences, lexicon
        As for :func:`sentiment`.
    actors : DataFrame, optional
        An actor table (:func:`newsanalysis.actors.load_actors`; default: the shipped one).
        Mentions are the ``aliases_<language>`` spellings, matched case-sensitively as whole
        words, longest first, and a Korean person's family name alone ("Kim") after that person was
        named in full earlier in the same article (the last one named with that family name).
    method : {"clause", "parse"}
        ``"clause"`` (default): position weights on the sentence's surface (clauses cut at
        punctuation and clause words, character distance). ``"parse"``: the same plus the
        dependency parse of each sentence with a mention (optional ``parser`` extra, spaCy
        ``en_core_web_sm`` 3.8.0): the target's syntactic clause, the number of dependency
        edges, and the words that govern the target or are its predicate (see
        :func:`target_tone`). Only English has a parser: other languages keep ``"clause"``
        (column ``method`` says which was used).
    news_terms : bool
        Add the words of the language's news target list (:func:`target_lexicon`; English: derived from
        NewsMTSC train, US political news 2017-2019) to the lexicon's words (default True, the validated
        setting). ``False`` scores with the lexicon alone: the robustness check for a result that may hinge
        on the list's topical words (column ``news_terms`` says which was used).
    attributions : DataFrame, optional
        The table of :func:`newsanalysis.attributions` (``article_id, start, end`` of the attributed
        content, ``content_gaps``; ``speaker_turn``): gives the ``voice`` and ``speaker_turn`` of each mention, by the same
        content spans as the authorial/quoted split of :func:`sentiment`. :func:`newsanalysis.analyze`
        passes it.

    Returns
    -------
    DataFrame
        One row per mention: ``article_id, sentence_id, actor_id, mention, start, end``
        (character offsets into the article text), ``language``, ``tone`` (float in [-1, 1], see
        :func:`target_tone`: the scored terms of the mention's clause, plus the rest of the
        sentence weighted down with distance, the words of names excluded (the mention's own, every
        other spelling of the actor table and, in English, multi-word proper names: :func:`name_spans`), plus the words
        of the language's news target list (:func:`target_lexicon`; English: derived from
        NewsMTSC train); 0 = no polar word; NaN when the language has no lexicon), ``terms`` (each term with its
        contribution, ``"; "``-separated; terms whose contribution rounds to 0.000 are left out),
        ``tone_class`` (``"negative"``/``"neutral"``/``"positive"`` by the cut-off fitted on NewsMTSC train
        for the method and ``news_terms``, :data:`TARGET_CLASS_THRESHOLDS`: English ±0.15 with the list
        (clause), ±0.175 (parse), ±0.05 (clause) and ±0.125 (parse) without it; None for other languages, which have no fitted
        cut-off, and for unscored rows),
        ``scored``, ``reason``, ``lexicon``, ``method`` (``"clause"`` or ``"parse"``: the method
        used for that row; None when not scored), ``news_terms`` (bool: the news target list was
        used), ``voice`` (``"quoted"`` when the mention lies inside the content of an attribution —
        someone else's words the outlet reports —, ``"authorial"`` otherwise; None without
        ``attributions``) and ``speaker_turn`` (boolean: inside the content of a transcript speaker
        turn, "Vladimir Putin: …" in a Kremlin.ru transcript; NA without ``attributions``). A mention in a transcript speaker label
        ("President of Russia Vladimir Putin: Good afternoon …";
        :func:`newsanalysis.attribution.transcript_label_spans`) is listed with ``tone`` NaN,
        ``scored`` False and ``reason`` "transcript speaker label": the words after the colon are
        the speaker's own, not words about him; so is a German mention that names a war
        ("Ukraine-Krieg", "Russland-Ukraine-Konflikt": reason "part of a war's name"). Adjectives
        ("Russian troops") are no mentions:
        only the table's names and aliases are. With ``attributions``, a mention that is the speaker — in the
        source span of an attribution of its sentence, not possessive ("Kim described the ties as a precious
        asset"; not "Kim's critics said …") — gets the words of what it is reported to have said at
        :data:`SPEAKER_CONTENT_FACTOR` (0.25; relation "the mention's own words" in ``terms``): they are its
        evaluation of something else, not the outlet's of it; the cue verb ("slammed") counts in full.

    Raises
    ------
    ValueError
        As :func:`sentiment`, or on an unknown ``method``.
    ImportError
        With ``method="parse"`` when the table has English sentences with a mention and the
        ``parser`` extra is not installed (``pip install "newsanalysis[parser]"``).

    Notes
    -----
    Validated on NewsMTSC (Hamborg & Donnay 2021), see
    :func:`newsanalysis.evaluate.sentiment_gold.evaluate_newsmtsc`.
    """
    if method not in TONE_METHODS:
        raise ValueError(f"actor_tone: method must be one of {TONE_METHODS}, got {method!r}")
    from .attribution import transcript_label_spans

    sents, texts = _prepare(articles, sentences)
    quoted_spans = turn_spans = None
    speakers: dict[str, list[tuple[int, int, int, int]]] = {}
    if attributions is not None:  # the same content spans as sentiment()'s authorial/quoted split
        from .compare import _turn_mask
        quoted_spans = _quoted_spans(attributions)
        speakers = _speaker_spans(attributions)
        turn_spans = _quoted_spans(attributions[_turn_mask(attributions).to_numpy()]) if len(attributions) else {}
    labels: dict[str, list[tuple[int, int]]] = {}  # article -> its transcript speaker labels (attribution's rules)
    found = []
    last_full: dict[tuple, str] = {}  # (article, family name) -> the actor last named in full
    for aid, sid, s0, text, lang in zip(sents["article_id"], sents["sentence_id"], sents["start"],
                                        sents["text"], sents["language"]):
        if not isinstance(lang, str):
            continue
        mentions, name_spans = _alias_mentions(text, lang, actors, texts[aid], int(s0))
        mentions += _family_name_mentions(text, lang, actors, aid, mentions, last_full)
        mentions.sort(key=lambda m: m.start())
        if mentions:
            found.append((aid, sid, s0, text, lang, name_spans, mentions))
    parses: dict[str, dict] = {}
    if method == "parse":
        from .models import PARSER_PACKAGES
        from .sentiment_parse import parse_sentences
        for lang in sorted({f[4] for f in found} & set(PARSER_PACKAGES)):
            parses[lang] = parse_sentences([f[3] for f in found if f[4] == lang], lang)
    rows = []
    cache = {}
    for aid, sid, s0, text, lang, name_spans, mentions in found:
        if lang not in cache:
            cache[lang] = _scorer(lang, lexicon)
        sc = cache[lang]
        terms = _explain(sc[0], sc[1], text)[1] if sc is not None else None
        syntax = parses[lang][text] if lang in parses else None
        if aid not in labels:
            labels[aid] = transcript_label_spans(texts[aid], lang, transcript=False)
        # words of names carry no tone toward anyone: every actor or media spelling of the sentence ("United" in
        # "the United States" was +0.69 toward "US" beside it) and multi-word proper names ("Korea Defense and
        # Security Forum", "Combined Forces Command"); measured on NewsMTSC train, docs/history/sentiment.md
        names = sorted(set(name_spans) | {(m.start(), m.end()) for m in mentions} | set(_capitalised_names(text, lang)))
        s_int = int(s0)
        local_speakers = [(a - s_int, b - s_int, c - s_int, d - s_int) for a, b, c, d in speakers.get(str(aid), ())]
        for m in mentions:
            base = (aid, int(sid), m.actor_id, m.group(), int(s0) + m.start(), int(s0) + m.end(), lang)
            if lang == "de" and _WAR_COMPOUND.match(text, m.end()):
                # "Ukraine-Krieg", "Nahost-Konflikt": the war's name, not the actor (45 of 119 German
                # "Ukraine" mentions on the real corpus, each scored by the war words around it)
                rows.append(base + (np.nan, None, "", False, "part of a war's name", None, None, bool(news_terms)))
                continue
            if any(ls <= s0 + m.start() and s0 + m.end() <= le for ls, le in labels[aid]):
                # "President of Russia Vladimir Putin: Good afternoon, …": a transcript names who speaks; the
                # words after the colon are his, not words about him (400 of Kremlin.ru's 553 "Putin" rows)
                rows.append(base + (np.nan, None, "", False, "transcript speaker label", None, None, bool(news_terms)))
                continue
            if sc is None:
                rows.append(base + (np.nan, None, "", False, f"no lexicon for language {lang!r}", None, None, bool(news_terms)))
                continue
            # the words a mention is reported to have said are its own evaluation of something else, not the
            # outlet's of it ("Kim described the ties as a precious asset" gave Kim +0.76); session 13, speaker rule
            spoken = spoken_by(local_speakers, m.start(), m.end(), text)
            tone, used = target_tone(terms, text, m.start(), m.end(), lang, syntax=syntax, exclude=names,
                                     news_terms=news_terms, spoken=spoken)
            # a term whose contribution rounds to 0.000 (e.g. one a rule set to 0) explains nothing: left out
            desc = "; ".join(f"{t['term']} ({t['contribution']:+.3f}"
                             + (f", {t['relation']})" if t.get("relation") else ")") for t in used
                             if round(t["contribution"], 3) != 0)
            used_method = "parse" if syntax is not None else "clause"
            rows.append(base + (tone, tone_class(tone, lang, used_method, news_terms), desc, True, None, sc[1].name,
                                used_method, bool(news_terms)))
    out = pd.DataFrame(rows, columns=ACTOR_TONE_COLUMNS[:-2])
    voice, turn = [None] * len(out), pd.array([pd.NA] * len(out), dtype="boolean")
    if quoted_spans is not None:
        mids = (out["start"].to_numpy() + out["end"].to_numpy()) / 2
        voice = ["quoted" if any(s <= x < e for s, e in quoted_spans.get(str(a), ())) else "authorial"
                 for a, x in zip(out["article_id"], mids)]
        turn = pd.array([any(s <= x < e for s, e in turn_spans.get(str(a), ())) for a, x in zip(out["article_id"], mids)],
                        dtype="boolean")
    out["voice"] = voice
    out["speaker_turn"] = turn
    return out.astype({"sentence_id": "int64", "start": "int64", "end": "int64", "tone": "float64",
                       "scored": "bool", "news_terms": "bool"})[ACTOR_TONE_COLUMNS]


def _scale_t_interval(values, level: float) -> tuple[float, float, float, str | None]:
    """``(mean, low, high, warning)``: the t-interval of :func:`newsanalysis.compare.clipped_t_interval`
    (clipped to the compound scale [-1, 1]; the same computation as ``compare``), with a warning for fewer
    than 5 articles and for a clipped interval (two articles: t(0.975, 1) = 12.7 standard errors reach far
    past the scale)."""
    from .compare import t_mean_ci

    # the same interval and the same warnings as compare(): under 5 articles, under 10, clipped
    m, lo, hi, warn = t_mean_ci(values, confidence=level)
    return m, lo, hi, warn or None


#: Voices :func:`actor_tone_summary` can average.
ACTOR_TONE_VOICES = ("all", "authorial", "quoted")


def actor_tone_summary(actor_tone_table: pd.DataFrame, articles: pd.DataFrame, *, by: str = "outlet",
                       level: float = 0.95, voice: str = "all", speaker_turns: bool = False) -> pd.DataFrame:
    """Mean tone toward each actor per group (e.g. outlet) and language, with a t-interval over articles.

    Mentions in one article are not independent, so each article first gets its mean tone
    toward the actor; the group mean and its interval are taken over those article means.
    Languages are never pooled: English (VADER with the news target list) and German (SentiWS, position
    weights fitted on English) tone are not on one scale, so each language of a group is a row of its own
    (as :func:`newsanalysis.compare.compare_tests` tests within one language).

    Parameters
    ----------
    actor_tone_table : DataFrame
        Output of :func:`actor_tone`.
    articles : DataFrame
        ``article_id`` and the ``by`` column.
    by : str
        Grouping column of ``articles``.
    level : float
        Confidence level of the interval (Student t over article means).
    voice : {"all", "authorial", "quoted"}
        Which mentions count (column ``voice`` of :func:`actor_tone`, which needs its ``attributions``):
        ``"all"`` (default: every mention the outlet published, its own words and the words of those it
        chose to quote, like ``mean_compound`` of :func:`newsanalysis.compare.compare`), ``"authorial"`` (only
        mentions outside attributed content: the outlet's own voice; use it for the outlet's stance) or
        ``"quoted"`` (only mentions inside someone's reported words).
    speaker_turns : bool
        Count mentions inside transcript speaker turns (default False: a published transcript is who
        spoke, not words the outlet chose, as for sources in :func:`newsanalysis.compare.compare`; without a
        ``speaker_turn`` column or with NA there, no mention is left out).

    Returns
    -------
    DataFrame
        One row per (group, language, actor): ``<by>, language, actor_id, voice, n_articles,
        n_mentions, turn_mentions_left_out, mean_tone, ci_low, ci_high, warning`` (``voice`` repeats the
        argument; ``turn_mentions_left_out`` counts the scored mentions left out as transcript turns; NaN
        bounds with fewer than 2 articles; bounds clipped to the scale [-1, 1], as in :func:`outlet_tone`;
        ``warning`` says when the interval is unreliable: fewer than 5 articles, an approximate
        t-interval under 10, or clipped to the scale; else None). ``mean_tone`` is on the scale of
        :func:`actor_tone`; English class cut-offs: :data:`TARGET_CLASS_THRESHOLDS` (±0.15 with the
        news target list, clause method), none fitted for other languages.

    Raises
    ------
    ValueError
        If a required column is missing (``voice`` for ``voice`` other than "all"), or ``voice`` is unknown.
    """
    if voice not in ACTOR_TONE_VOICES:
        raise ValueError(f"actor_tone_summary: voice must be one of {ACTOR_TONE_VOICES}, got {voice!r}")
    require_columns(actor_tone_table, ["article_id", "actor_id", "tone"], what="actor_tone")
    require_columns(articles, ["article_id", by])
    t = actor_tone_table.dropna(subset=["tone"]).copy()
    if voice != "all":
        if "voice" not in t.columns or (len(t) and t["voice"].isna().all()):
            raise ValueError(f"actor_tone_summary: voice={voice!r} needs the 'voice' column of actor_tone(..., "
                             "attributions=...) (analyze() fills it)")
        t = t[t["voice"] == voice]
    t["article_id"] = t["article_id"].astype(str)
    if "language" not in t.columns:
        t["language"] = None
    t["language"] = t["language"].astype(object).where(t["language"].notna(), "(unknown)")
    grp = dict(zip(articles["article_id"].astype(str), articles[by]))
    gcol = by if by != "language" else "_group"
    t[gcol] = t["article_id"].map(grp)
    turn = (t["speaker_turn"].astype("boolean").fillna(False).astype(bool) if "speaker_turn" in t.columns
            else pd.Series(False, index=t.index))
    left_out = t[turn].groupby([gcol, "language", "actor_id"]).size() if not speaker_turns else pd.Series(dtype=int)
    if not speaker_turns:
        t = t[~turn]
    per_art = t.groupby([gcol, "language", "actor_id", "article_id"])["tone"].agg(["mean", "size"]).reset_index()
    rows = []
    for (g, lang, a), d in per_art.groupby([gcol, "language", "actor_id"]):
        m, lo, hi, note = _scale_t_interval(d["mean"].to_numpy(), level)
        rows.append((g, lang, a, voice, len(d), int(d["size"].sum()), int(left_out.get((g, lang, a), 0)),
                     m, lo, hi, note))
    out = pd.DataFrame(rows, columns=[gcol, "language", "actor_id", "voice", "n_articles", "n_mentions",
                                      "turn_mentions_left_out", "mean_tone", "ci_low", "ci_high", "warning"])
    if by == "language":
        out = out.drop(columns="_group")
    return out


def outlet_tone(article_tone_table: pd.DataFrame, articles: pd.DataFrame, *, by: str = "outlet",
                column: str = "authorial_mean_compound", level: float = 0.95) -> pd.DataFrame:
    """Mean of an article-level tone column per group, with a t-interval over articles.

    Parameters
    ----------
    article_tone_table : DataFrame
        Output of :func:`article_tone`.
    articles : DataFrame
        ``article_id`` and the ``by`` column.
    by : str
        Grouping column (default ``outlet``).
    column : str
        Column of ``article_tone_table`` to average (default the authorial voice).
    level : float
        Confidence level (Student t).

    Returns
    -------
    DataFrame
        One row per group: ``<by>, n_articles, mean, ci_low, ci_high, measure, warning``
        (articles with NaN in ``column`` are left out; NaN bounds with fewer than 2 articles;
        bounds clipped to the scale [-1, 1]; ``measure`` names the averaged column, e.g.
        ``authorial_mean_compound`` = the outlet's own voice; ``warning`` says when the interval
        is unreliable: fewer than 5 articles, an approximate t-interval under 10, or clipped to the
        scale — the same warnings as :func:`newsanalysis.compare.compare` — and when a group's
        articles are in more than one language: English VADER and German SentiWS scores are not on
        one scale).

    Raises
    ------
    ValueError
        If a required column is missing.
    """
    require_columns(article_tone_table, ["article_id", column], what="article_tone")
    require_columns(articles, ["article_id", by])
    t = article_tone_table.dropna(subset=[column]).copy()
    ids = articles["article_id"].astype(str)
    t[by] = t["article_id"].astype(str).map(dict(zip(ids, articles[by])))
    lang = (dict(zip(ids, normalise_languages(articles)["language"])) if "language" in articles.columns else {})
    rows = []
    for g, d in t.groupby(by):
        m, lo, hi, note = _scale_t_interval(d[column].to_numpy(), level)
        langs = sorted({str(x) for x in d["article_id"].astype(str).map(lang).dropna()})
        if len(langs) > 1:  # VADER and SentiWS scores are not on one scale (as compare() warns)
            note = "; ".join(x for x in (note, f"tone mixes languages ({';'.join(langs)}): lexicons differ") if x)
        rows.append((g, len(d), m, lo, hi, column, note))
    return pd.DataFrame(rows, columns=[by, "n_articles", "mean", "ci_low", "ci_high", "measure", "warning"])
