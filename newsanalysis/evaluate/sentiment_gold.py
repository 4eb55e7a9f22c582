"""Sentiment against gold standards: NYT editorial snippets, NewsMTSC, German news sentences.

Each function takes the shared data folder and returns a dict of figures (plus
DataFrames under keys ending in ``_table``). Thresholds are chosen on development
data only (NewsMTSC ``train``; the German gold's older annotation waves) and
reported on held-out data (NewsMTSC devtest; the newest German wave).

Every function also scores with a user lexicon (``lexicon=``, read by ``load_lexicon``; :func:`evaluation_scorer`)
with the cut-offs chosen the same way, so its figure is comparable with the shipped scorer's.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from .._tables import shared_dir
from .intervals import (CONFIDENCE, N_RESAMPLES, SEED, accuracy_confusion, bootstrap_sums, confusion_columns, describe_method,
                        macro_f1_confusion, with_intervals)

LABELS = ("negative", "neutral", "positive")
_MTSC = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
#: candidate symmetric thresholds t (label positive if score >= t, negative if <= -t)
THRESHOLDS = tuple(round(float(x), 3) for x in np.arange(0.025, 0.80, 0.025))


def class_intervals(gold, pred, units=None, *, prefix: str = "", per_class: bool = False,
                    n_resamples: int = N_RESAMPLES, seed: int = SEED,
                    confidence: float = CONFIDENCE) -> dict[str, tuple[float, float]]:
    """95 % percentile bootstrap intervals of ``<prefix>macro_f1`` and ``<prefix>accuracy`` (with
    ``per_class`` also ``<prefix>f1_<label>``) of 3-class predictions.

    ``gold``, ``pred``: labels of :data:`LABELS`, one per item; ``units`` (optional, one per item) groups
    items that are resampled together (NewsMTSC: the targets of one sentence); default each item alone.
    Per unit the cells of its confusion matrix are counted once; each resample sums the drawn units' cells
    and computes the figures from the sums (as the point estimate: scikit-learn's macro-F1 with
    ``zero_division=0``). Cut-offs stay as fitted; ``confidence`` is the level (default 0.95). See :mod:`newsanalysis.evaluate.intervals`.
    """
    code = {k: i for i, k in enumerate(LABELS)}
    cells = confusion_columns([code[x] for x in gold], [code[x] for x in pred], len(LABELS))
    if units is not None:
        cells = pd.DataFrame(cells).groupby(pd.factorize(np.asarray(units))[0], sort=False).sum().to_numpy()
    stats = {f"{prefix}macro_f1": macro_f1_confusion(len(LABELS)), f"{prefix}accuracy": accuracy_confusion(len(LABELS))}
    if per_class:
        k = len(LABELS)
        for i, lb in enumerate(LABELS):
            def f1_class(s, i=i):
                cm = s.reshape(len(s), k, k)
                den = cm[:, i, :].sum(1) + cm[:, :, i].sum(1)
                return np.divide(2 * cm[:, i, i], den, out=np.zeros(len(s)), where=den > 0)
            stats[f"{prefix}f1_{lb}"] = f1_class
    return bootstrap_sums(cells, stats, n_resamples=n_resamples, seed=seed, confidence=confidence)


def pearson_interval(x, y, *, n_resamples: int = N_RESAMPLES, seed: int = SEED) -> tuple[float, float]:
    """95 % percentile bootstrap interval of Pearson's r over items (pairs ``x[i], y[i]``), from the resampled
    sums of x, y, x², y² and xy (centred first, for precision)."""
    x = np.asarray(x, dtype=float) - np.mean(x)
    y = np.asarray(y, dtype=float) - np.mean(y)
    cols = np.column_stack([np.ones_like(x), x, y, x * x, y * y, x * y])

    def r(s):
        n, sx, sy, sxx, syy, sxy = s.T
        den = np.sqrt((n * sxx - sx ** 2) * (n * syy - sy ** 2))
        return np.divide(n * sxy - sx * sy, den, out=np.full(len(s), np.nan), where=den > 0)
    return bootstrap_sums(cols, {"r": r}, n_resamples=n_resamples, seed=seed)["r"]


def macro_f1(gold, pred, labels=LABELS) -> float:
    """Macro-averaged F1 over ``labels`` (scikit-learn)."""
    from sklearn.metrics import f1_score
    return float(f1_score(list(gold), list(pred), labels=list(labels), average="macro", zero_division=0))


def classify(scores, t) -> list[str]:
    """negative (score <= -t), positive (score >= t), else neutral.

    ``t`` is one threshold, or a pair ``(t_negative, t_positive)``: negative if score <= -t_negative,
    positive if score >= t_positive (asymmetric cut-offs).
    """
    t_neg, t_pos = (t, t) if np.ndim(t) == 0 else (float(t[0]), float(t[1]))
    s = np.asarray(scores, dtype=float)
    return np.where(s >= t_pos, "positive", np.where(s <= -t_neg, "negative", "neutral")).tolist()


def tune_threshold(scores, gold) -> tuple[float, float]:
    """The threshold of :data:`THRESHOLDS` with the best macro-F1 on (development) data, and that F1."""
    best = max(THRESHOLDS, key=lambda t: (macro_f1(gold, classify(scores, t)), -abs(t - 0.05)))
    return float(best), macro_f1(gold, classify(scores, best))


def _fast_macro_f1(g: np.ndarray, p: np.ndarray) -> float:
    """:func:`macro_f1` on integer codes 0..2 (same value as scikit-learn's, zero_division=0).

    Only for :func:`tune_thresholds`: it scores all 31 x 31 cut-off pairs in every CV fold, which takes
    about 6 s per fold with scikit-learn's ``f1_score`` (measured here) and minutes per evaluation."""
    cm = np.bincount(3 * g + p, minlength=9).reshape(3, 3)
    tp = np.diag(cm).astype(float)
    den = cm.sum(0) + cm.sum(1)
    return float(np.mean(np.divide(2 * tp, den, out=np.zeros(3), where=den > 0)))


def tune_thresholds(scores, gold) -> tuple[tuple[float, float], float]:
    """Asymmetric cut-offs ``(t_negative, t_positive)``, each from :data:`THRESHOLDS`, with the best macro-F1
    on (development) data, and that F1.

    Ties go to the pair closest to symmetric, then closest to VADER's 0.05.
    """
    s = np.asarray(scores, dtype=float)
    code = {k: i for i, k in enumerate(LABELS)}
    g = np.array([code[x] for x in gold], dtype=int)
    best, best_key = None, None
    for tn in THRESHOLDS:
        for tp in THRESHOLDS:
            p = np.where(s >= tp, 2, np.where(s <= -tn, 0, 1))
            key = (round(_fast_macro_f1(g, p), 12), -abs(tn - tp), -abs(tn - 0.05) - abs(tp - 0.05))
            if best_key is None or key > best_key:
                best, best_key = (float(tn), float(tp)), key
    return best, macro_f1(gold, classify(s, best))


# -- the lexicon an evaluation scores with -----------------------------------------------------
def evaluation_scorer(language: str, lexicon=None, *, lexicon_name: str | None = None, rules: bool = True):
    """The scorer an evaluation uses and a description of it: the shipped one, or a user lexicon.

    Parameters
    ----------
    language : str
        ``"de"`` (German gold) or ``"en"`` (NYT, NewsMTSC): the language of the gold's texts.
    lexicon : str, Path or Lexicon, optional
        A lexicon file, read by :func:`newsanalysis.sentiment_de.load_lexicon` with ``language`` (the same
        path a user's ``load_lexicon(path, language=...)`` takes: CSV/TSV of ``term, weight``, LIWC ``.dic``,
        quanteda-style YAML; terms matched lower-cased), or a :class:`~newsanalysis.sentiment_de.Lexicon`.
        None: the shipped scorer (German: SentiWS 1.8c + the news supplement with the German rules;
        English: VADER 3.3.2 itself).
    lexicon_name : str, optional
        Name of a lexicon file (default: the file stem).
    rules : bool
        True (default): the rules of ``resources/<language>/sentiment_rules.yaml`` apply to the lexicon,
        as they do for a user lexicon in :func:`newsanalysis.sentiment`. False: the lexicon alone, every
        matched term at its weight, summed and normalised like the compound (a plain-lexicon baseline; no
        negation, intensifiers, contrast, compounds or words the rules ignore). Without ``lexicon`` this is
        the shipped German lexicon; VADER has no such mode.

    Returns
    -------
    tuple
        ``(scorer, info)``: ``scorer`` is a :class:`~newsanalysis.sentiment_de.RuleScorer`, or None for
        VADER; ``info`` a dict with ``lexicon`` (name and version), ``lexicon_source`` (the file, or
        ``"shipped"``), ``lexicon_entries`` (exact entries plus wildcards; None for VADER) and ``rules``
        (the rules file, ``"VADER 3.3.2"`` or ``"none"``).

    Raises
    ------
    FileNotFoundError
        If the lexicon file does not exist.
    ValueError
        On a malformed lexicon file (naming file and line), a Lexicon for another language, or
        ``rules=False`` for English without a lexicon.
    TypeError
        If ``lexicon`` is neither a path nor a Lexicon.
    """
    from ..sentiment_de import Lexicon, RuleScorer, german_lexicon, german_scorer, load_lexicon
    if lexicon is None:
        if language == "de":
            lex, source = german_lexicon(), "shipped"
            if rules:
                return german_scorer(), {"lexicon": lex.label, "lexicon_source": source,
                                         "lexicon_entries": len(lex.terms) + len(lex.prefixes),
                                         "rules": "resources/de/sentiment_rules.yaml"}
        else:
            if not rules:
                raise ValueError("rules=False (--no-rules) needs a lexicon for English: VADER's rules are its own")
            from ..sentiment_en import vader_version
            return None, {"lexicon": f"VADER {vader_version()}", "lexicon_source": "shipped",
                          "lexicon_entries": None, "rules": f"VADER {vader_version()}"}
    elif isinstance(lexicon, Lexicon):
        if lexicon.language != language:
            raise ValueError(f"lexicon {lexicon.label!r} is for language {lexicon.language!r}; this gold is "
                             f"{language!r} (load it with language={language!r})")
        lex, source = lexicon, "Lexicon object"
    elif isinstance(lexicon, (str, Path)):
        lex = load_lexicon(lexicon, name=lexicon_name, language=language)
        source = str(lexicon)
    else:
        raise TypeError(f"lexicon: expected a file path or a Lexicon, got {type(lexicon).__name__}")
    sc = RuleScorer(lex) if rules else RuleScorer(lex, rules={})
    return sc, {"lexicon": lex.label, "lexicon_source": source, "lexicon_entries": len(lex.terms) + len(lex.prefixes),
                "rules": f"resources/{language}/sentiment_rules.yaml" if rules else "none"}


# -- NYT editorial snippets (Hutto & Gilbert 2014) --------------------------------------------
def evaluate_nyt(shared: str | Path | None = None, *, lexicon=None, lexicon_name: str | None = None,
                 rules: bool = True, n_resamples: int = N_RESAMPLES, **_) -> dict:
    """Pearson r between ``compound`` and the mean human rating of 5,190 NYT snippets.

    Data: ``validation/vader_nyt_editorials/nytEditorialSnippets_GroundTruth.txt`` (read
    as latin-1). Also reports the 3-class macro-F1 with VADER's +-0.05 on the compound and
    +-0.05 on the rating (as the dataset README describes), and the largest difference
    between our compound and vaderSentiment's (when installed; not with a user lexicon).

    ``lexicon`` (a file for :func:`newsanalysis.sentiment_de.load_lexicon`, read as English, or a
    Lexicon; ``lexicon_name`` names a file) scores with that lexicon and the English rules of
    ``resources/en/sentiment_rules.yaml`` (``rules=False``: the lexicon alone) instead of VADER, at the
    same fixed +-0.05 (no cut-off is fitted on this gold); see :func:`evaluation_scorer`. The result
    starts with ``lexicon``, ``lexicon_source``, ``lexicon_entries`` and ``rules``, saying what scored.

    After ``pearson_r`` and ``macro_f1_3class``: ``<figure>_low`` and ``<figure>_high``, the 95 % percentile
    bootstrap interval over snippets (``n_resamples`` resamples, default 2,000, seed 0;
    :func:`pearson_interval`, :func:`class_intervals`), and ``ci_method`` saying so.
    """
    from scipy.stats import pearsonr
    from ..sentiment_en import vader_scorer
    scorer, info = evaluation_scorer("en", lexicon, lexicon_name=lexicon_name, rules=rules)
    d = Path(shared) if shared is not None else shared_dir()
    path = d / "validation" / "vader_nyt_editorials" / "nytEditorialSnippets_GroundTruth.txt"
    rows = [ln.split("\t", 2) for ln in path.read_text(encoding="latin-1").splitlines() if ln.strip()]
    texts = [r[2] for r in rows]
    gold = np.array([float(r[1]) for r in rows])
    if scorer is None:
        comp = vader_scorer().score_many(texts)[:, 0]
    else:
        comp = np.array([scorer.explain(t)[0]["compound"] for t in texts])
    r, p = pearsonr(comp, gold)
    out = {**info, "n": len(texts), "pearson_r": round(float(r), 4), "p_value": float(p),
           "macro_f1_3class": round(macro_f1(classify(gold, 0.05), classify(comp, 0.05)), 4)}
    ci = class_intervals(classify(gold, 0.05), classify(comp, 0.05), prefix="3class_", n_resamples=n_resamples)
    out = with_intervals(out, {"pearson_r": pearson_interval(comp, gold, n_resamples=n_resamples),
                               "macro_f1_3class": ci["3class_macro_f1"]})
    out["ci_method"] = describe_method("snippets", len(texts), n_resamples)
    if scorer is not None:
        return out
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        v = SentimentIntensityAnalyzer()
        ref = np.array([v.polarity_scores(t)["compound"] for t in texts])
        out["max_abs_diff_vs_vaderSentiment"] = float(np.max(np.abs(ref - comp)))
    except ImportError:  # pragma: no cover
        pass
    return out


# -- NewsMTSC (Hamborg & Donnay 2021) ------------------------------------------------------
def _read_mtsc(path: Path) -> pd.DataFrame:
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln in f:
            if not ln.strip():
                continue
            d = json.loads(ln)
            for t in d["targets"]:
                rows.append((d["primary_gid"], d["sentence_normalized"], int(t["from"]), int(t["to"]),
                             t["mention"], _MTSC[float(t["polarity"])]))
    return pd.DataFrame(rows, columns=["gid", "sentence", "start", "end", "mention", "gold"])


#: Settings of :func:`derive_target_lexicon`, chosen by 5-fold cross-validation on NewsMTSC
#: train (folds grouped by sentence): minimum targets per word, smoothing, weight scale.
TARGET_LEXICON_MIN_COUNT = 3
TARGET_LEXICON_ALPHA = 2.0
TARGET_LEXICON_SCALE = 2.0


def derive_target_lexicon(df: pd.DataFrame, *, min_count: int = TARGET_LEXICON_MIN_COUNT,
                          alpha: float = TARGET_LEXICON_ALPHA, scale: float = TARGET_LEXICON_SCALE,
                          stoplist=None) -> pd.DataFrame:
    """A news word list for target tone, counted from labelled targets (NewsMTSC ``train`` only).

    For every word ``w`` (lower-cased, letters with inner ``-``/``'``) counted once per
    target whose sentence holds it outside the mention: ``n_negative, n_neutral,
    n_positive`` (targets by gold label), ``n`` their sum. The weight is the smoothed excess
    of positive over negative targets beyond the base rates ``P(pos) - P(neg)`` of ``df``::

        weight = scale * ((n_pos - n_neg) - n * (P(pos) - P(neg))) / (n + alpha)

    Kept: words with ``n >= min_count`` that are not mostly names (capitalised in more than
    half of their occurrences not at the sentence start) and not in ``stoplist``. Defaults
    (3, 2.0, 2.0) were chosen by 5-fold cross-validation on train grouped by sentence.

    Parameters
    ----------
    df : DataFrame
        Columns ``sentence, start, end, gold`` (one row per target, as ``_read_mtsc``).
    stoplist : iterable of str, optional
        Words never listed (compared lower-cased, ’ as '); default the shipped English word
        classes :func:`newsanalysis.sentiment.target_stoplist` (function words, titles and roles,
        reporting and protocol words, numbers, time words, names and web text; session 15).
        Only their own rows are dropped: the base rates and the other words' weights do not
        change. ``()`` gives the list as derived before session 15.

    Returns
    -------
    DataFrame
        ``term, weight, n_negative, n_neutral, n_positive``, sorted by term; ``weight`` in
        (-scale, scale), VADER units.
    """
    from collections import Counter

    from ..sentiment import _TARGET_WORD, target_stoplist, target_word_key
    stop = target_stoplist("en") if stoplist is None else frozenset(target_word_key(w) for w in stoplist)
    g = df["gold"].map({k: i for i, k in enumerate(LABELS)}).to_numpy()
    if np.isnan(g.astype(float)).any():
        raise ValueError("derive_target_lexicon: field 'gold' must be negative/neutral/positive")
    counts: dict[str, np.ndarray] = {}
    for sent, s, e, k in zip(df["sentence"], df["start"], df["end"], g):
        seen = {m.group().lower() for m in _TARGET_WORD.finditer(sent) if not (m.start() < e and m.end() > s)}
        for w in seen:
            counts.setdefault(w, np.zeros(3))[k] += 1
    cap, tot = Counter(), Counter()
    for sent in pd.unique(df["sentence"]):
        for m in _TARGET_WORD.finditer(sent):
            if m.start() == 0:
                continue
            w = m.group()
            tot[w.lower()] += 1
            cap[w.lower()] += w[0].isupper()
    prior = np.bincount(g.astype(int), minlength=3) / len(g)
    rows = []
    for w, n in counts.items():
        total = n.sum()
        if total < min_count or (tot[w] and cap[w] / tot[w] > 0.5) or target_word_key(w) in stop:
            continue
        wt = scale * ((n[2] - n[0]) - total * (prior[2] - prior[0])) / (total + alpha)
        rows.append((w, round(float(wt), 4), int(n[0]), int(n[1]), int(n[2])))
    return pd.DataFrame(rows, columns=["term", "weight", "n_negative", "n_neutral", "n_positive"]
                        ).sort_values("term", ignore_index=True)


NEWSMTSC_METHODS = ("clause", "parse", "vader_clause", "sentence")


def newsmtsc_scores(df: pd.DataFrame, method: str = "clause", news_lexicon: dict | None = None,
                    parses: dict | None = None, names: bool = True, speakers: dict | bool = True,
                    scorer=None) -> np.ndarray:
    """Score every (sentence, target) row.

    ``clause`` = :func:`target_tone` (VADER terms + the news target list, or ``news_lexicon``
    when given), ``parse`` = the same with the dependency-parse terms (needs the ``parser``
    extra; ``parses``, sentence -> :class:`~newsanalysis.sentiment_parse.SentenceParse`, is
    computed when not given), ``vader_clause`` = :func:`target_tone` with VADER terms only,
    ``sentence`` = the sentence compound. ``scorer`` (a :class:`~newsanalysis.sentiment_de.RuleScorer`, e.g.
    of a user lexicon) gives the terms and the sentence compound instead of VADER. With ``names`` (default, as :func:`~newsanalysis.actor_tone`), the
    words of names (:func:`newsanalysis.sentiment.name_spans`: actor-table spellings and multi-word proper
    names mid-sentence) carry no tone (session 13); ``names=False`` gives the scoring before.

    Raises
    ------
    ValueError
        On an unknown ``method``.
    ImportError
        With ``method="parse"`` when the parser is not installed.
    """
    from ..sentiment import name_spans, spoken_by, target_tone
    from ..sentiment_en import vader_scorer
    v = vader_scorer() if scorer is None else None
    if method == "sentence":
        if scorer is not None:
            return np.array([scorer.explain(t)[0]["compound"] for t in df["sentence"]])
        return v.score_many(df["sentence"].tolist())[:, 0]
    if method not in NEWSMTSC_METHODS:
        raise ValueError(f"method must be one of {NEWSMTSC_METHODS}, got {method!r}")
    if method == "parse" and parses is None:
        from ..sentiment_parse import parse_sentences
        parses = parse_sentences(df["sentence"], "en")
    if speakers is True:
        speakers = sentence_speakers(df["sentence"])
    cache: dict[str, tuple] = {}
    out = np.empty(len(df))
    for k, (sent, s, e) in enumerate(zip(df["sentence"], df["start"], df["end"])):
        got = cache.get(sent)
        if got is None:
            got = cache[sent] = ((v.explain(sent)[1] if scorer is None else scorer.explain(sent)[1]),
                                 name_spans(sent, "en") if names else None)
        terms, excl = got
        out[k] = target_tone(terms, sent, s, e, "en", news_terms=method != "vader_clause", news_lexicon=news_lexicon,
                             syntax=parses[sent] if method == "parse" else None, exclude=excl,
                             spoken=spoken_by(speakers.get(sent, []), s, e, sent) if speakers else None)[0]
    return out


def sentence_speakers(sentences) -> dict:
    """Sentence -> ``(source_start, source_end, start, end)`` of its attributions, each sentence read as a
    one-sentence English article by :func:`newsanalysis.attributions` (NewsMTSC rows have no article)."""
    from ..attribution import attributions
    from ..sentiment import _speaker_spans
    sents = list(dict.fromkeys(sentences))
    arts = pd.DataFrame({"article_id": [str(i) for i in range(len(sents))], "outlet": "newsmtsc", "language": "en",
                         "date": "2020-01-01", "title": "", "text": sents})
    sp = _speaker_spans(attributions(arts))
    return {sents[int(k)]: v for k, v in sp.items()}


def newsmtsc_cv_scores(train: pd.DataFrame, method: str = "clause", folds: int = 5,
                       parses: dict | None = None, names: bool = True, speakers: dict | bool = True,
                       scorer=None) -> np.ndarray:
    """Out-of-fold target-tone scores on NewsMTSC ``train`` (folds grouped by sentence).

    With ``method="clause"`` or ``"parse"`` the news target list is derived
    (:func:`derive_target_lexicon`) on the other folds only, so every score is what an unseen
    sentence would get; the class threshold is tuned on these scores, not on in-sample ones
    (the list fitted on a sentence makes that sentence look more polar than an unseen one).
    """
    from sklearn.model_selection import GroupKFold
    if method not in ("clause", "parse"):
        return newsmtsc_scores(train, method, names=names, speakers=speakers, scorer=scorer)
    if method == "parse" and parses is None:
        from ..sentiment_parse import parse_sentences
        parses = parse_sentences(train["sentence"], "en")
    if speakers is True:
        speakers = sentence_speakers(train["sentence"])
    groups = pd.factorize(train["sentence"])[0]
    out = np.empty(len(train))
    for tr, te in GroupKFold(folds).split(train, groups=groups):
        lx = derive_target_lexicon(train.iloc[tr])
        out[te] = newsmtsc_scores(train.iloc[te], method, news_lexicon=dict(zip(lx["term"], lx["weight"])),
                                  parses=parses, names=names, speakers=speakers, scorer=scorer)
    return out


def evaluate_newsmtsc(shared: str | Path | None = None, *, method: str = "clause", lexicon=None,
                      lexicon_name: str | None = None, rules: bool = True, n_resamples: int = N_RESAMPLES,
                      **_) -> dict:
    """Macro-F1 of tone toward targets on NewsMTSC ``devtest_rw`` and ``devtest_mt``.

    The threshold is chosen on out-of-fold scores of ``train.jsonl`` (8,739 targets; 5 folds
    grouped by sentence, the news target list derived inside each fold,
    :func:`newsmtsc_cv_scores`) and applied unchanged to the two devtest files (1,146 and
    1,476 targets), scored with the shipped list (derived from all of train).
    ``method="clause"`` scores the words around the target
    (:func:`newsanalysis.sentiment.target_tone`: VADER terms plus the news target list,
    :func:`derive_target_lexicon`; third round: train CV 0.591, devtest 0.588 rw / 0.543 mt,
    threshold 0.225); ``"vader_clause"`` the same without the list (0.545 / 0.524);
    ``"sentence"`` the whole sentence (VADER baseline: 0.512 rw / 0.496 mt at +-0.05);
    ``"parse"`` the clause method plus the dependency parse (fifth round: train CV 0.608, devtest
    0.6025 rw / 0.567 mt, threshold 0.25). Session 13: words of names carry no tone (``names``, see
    :func:`newsanalysis.sentiment.name_spans`): train CV clause 0.5925 (threshold 0.175), parse 0.6095 (0.25);
    devtest (once) clause 0.5986 rw / 0.552 mt, parse 0.6085 rw / 0.572 mt. Session 14: a target that is the
    speaker of an attribution gets the attributed content at a quarter weight (``speakers``,
    :func:`newsanalysis.sentiment.spoken_by`): train CV clause 0.6029 (0.175), parse 0.6108 (0.2); devtest in
    docs/sentiment.md. Session 15: the list leaves out function words, titles, reporting and protocol words,
    numbers, time words (:func:`newsanalysis.sentiment.target_stoplist`), also inside the folds: train CV clause
    0.6031 -> 0.6001 (threshold 0.15), parse 0.6109 -> 0.6089 (0.175).

    ``lexicon`` (a file for :func:`newsanalysis.sentiment_de.load_lexicon`, read as English, or a Lexicon;
    ``lexicon_name`` names a file) replaces VADER's terms by that lexicon's, scored with the English rules
    (``rules=False``: the lexicon alone), as :func:`newsanalysis.actor_tone` does with ``lexicon=``; the
    methods keep their meaning (``clause`` and ``parse`` add the news target list, ``vader_clause`` is the
    lexicon alone around the target, ``sentence`` its sentence compound) and the threshold is chosen on
    train the same way. The result starts with ``lexicon``, ``lexicon_source``, ``lexicon_entries``, ``rules``.
    ``train_cv_macro_f1`` is the out-of-fold figure on train at the chosen threshold.

    Intervals: after ``<split>_macro_f1`` and ``<split>_accuracy``, ``<figure>_low`` and ``<figure>_high``,
    the 95 % percentile bootstrap over the split's sentences (a sentence with all its targets; the threshold
    stays as fitted on train; ``n_resamples``, default 2,000, seed 0; :func:`class_intervals`);
    ``ci_method`` says so.
    """
    d = (Path(shared) if shared is not None else shared_dir()) / "validation" / "newsmtsc"
    if method not in NEWSMTSC_METHODS:
        raise ValueError(f"method must be one of {NEWSMTSC_METHODS}, got {method!r}")
    scorer, info = evaluation_scorer("en", lexicon, lexicon_name=lexicon_name, rules=rules)
    train = _read_mtsc(d / "train.jsonl")
    t, f_train = tune_threshold(newsmtsc_cv_scores(train, method, scorer=scorer), train["gold"])
    out = {**info, "method": method, "threshold_from_train": t, "train_cv_macro_f1": round(f_train, 4),
           "n_train": len(train)}
    ci, n_sent = {}, []
    for split in ("devtest_rw", "devtest_mt"):
        df = _read_mtsc(d / f"{split}.jsonl")
        sc = newsmtsc_scores(df, method, scorer=scorer)
        out[f"{split}_macro_f1"] = round(macro_f1(df["gold"], classify(sc, t)), 4)
        out[f"{split}_accuracy"] = round(float(np.mean(np.array(classify(sc, t)) == df["gold"].to_numpy())), 4)
        out[f"{split}_macro_f1_at_0.05"] = round(macro_f1(df["gold"], classify(sc, 0.05)), 4)
        out[f"n_{split}"] = len(df)
        ci.update(class_intervals(df["gold"], classify(sc, t), df["sentence"], prefix=f"{split}_",
                                  n_resamples=n_resamples))
        n_sent.append(f"{split} {df['sentence'].nunique():,}")
    out = with_intervals(out, ci)
    out["ci_method"] = describe_method("sentences of each devtest file (" + ", ".join(n_sent) + "; a sentence with "
                                       "all its targets)", None, n_resamples)
    return out


# -- German news sentences (made here) -----------------------------------------------------
def _resolve_texts(labels: pd.DataFrame, shared: Path, repo_root: Path) -> list[str]:
    """The raw text each label row's offsets point into."""
    cache: dict[tuple[str, str], str] = {}
    # source name -> file of corpus/real whose records' `text` the offsets point into
    jsonl = {"trends": "nguyenvulebinh__trends.jsonl",
             "trends_general": "nguyenvulebinh__trends_general.jsonl"}
    records: dict[str, dict[str, str]] = {}
    out = []
    for r in labels.itertuples(index=False):
        src = str(r.source)
        aid = str(r.article_id)
        key = (src, aid)
        if key not in cache:
            if src == "seed":
                p = repo_root / "corpus" / "articles" / "000_f582aa4241273fed.txt"
                if not p.is_file():
                    p = shared / "corpus" / "000_f582aa4241273fed.txt"
                cache[key] = p.read_text(encoding="utf-8")
            elif src in jsonl:
                if src not in records:
                    records[src] = {}
                    with open(shared / "corpus" / "real" / jsonl[src], encoding="utf-8") as f:
                        for ln in f:
                            if ln.strip():
                                rec = json.loads(ln)
                                records[src][str(rec["id"])] = rec["text"]
                if aid not in records[src]:
                    raise ValueError(f"labels item {r.item}: field 'article_id' {aid!r} is not in {jsonl[src]}")
                cache[key] = records[src][aid]
            elif src == "semeval":
                p = (shared / "validation" / "semeval2023_task3_framing" / "ge" / "train-articles-subtask-2"
                     / f"article{aid}.txt")
                if not p.is_file():
                    raise ValueError(f"labels item {r.item}: field 'article_id' {aid!r}: no file {p}")
                cache[key] = p.read_text(encoding="utf-8")
            else:
                raise ValueError(f"labels item {r.item}: field 'source' is {src!r}, not seed/trends/trends_general/semeval")
        text = cache[key]
        s, e = int(r.start), int(r.end)
        if not (0 <= s < e <= len(text)):
            raise ValueError(f"labels item {r.item}: fields 'start'/'end' ({s}, {e}) are outside the text "
                             f"(length {len(text)})")
        out.append(text[s:e])
    return out


def _repeated_cv_f1(scores: np.ndarray, gold: np.ndarray, folds: int = 5, repeats: int = 5,
                    asymmetric: bool = False, groups: np.ndarray | None = None):
    """Mean held-out macro-F1 over repeated stratified k-fold CV, the threshold tuned on the other folds
    (one symmetric threshold, or with ``asymmetric`` the pair of :func:`tune_thresholds`).

    NaN when a class has fewer than ``folds`` items (stratification impossible). With ``groups`` (one
    value per item, e.g. the wave) returns ``(mean, {group: mean})``: the same folds, every held-out fold
    also scored on its items of each group alone.
    """
    from sklearn.model_selection import RepeatedStratifiedKFold
    if pd.Series(gold).value_counts().min() < folds or len(set(gold)) < 2:
        return (float("nan"), {}) if groups is not None else float("nan")
    fs, per = [], {}
    for tr, te in RepeatedStratifiedKFold(n_splits=folds, n_repeats=repeats, random_state=0).split(scores, gold):
        t = tune_thresholds(scores[tr], gold[tr])[0] if asymmetric else tune_threshold(scores[tr], gold[tr])[0]
        pred = np.array(classify(scores[te], t))
        fs.append(macro_f1(gold[te], pred))
        if groups is not None:
            for gv in np.unique(groups):
                m = groups[te] == gv
                per.setdefault(gv, []).append(macro_f1(gold[te][m], pred[m]))
    mean = round(float(np.mean(fs)), 4)
    if groups is None:
        return mean
    return mean, {k: round(float(np.mean(v)), 4) for k, v in per.items()}


def _leave_one_wave_out(scores: np.ndarray, gold: np.ndarray, wave: np.ndarray, asymmetric: bool = False):
    """Leave-one-wave-out: for each wave, the cut-off(s) fitted on all other waves (:func:`tune_threshold`, or
    :func:`tune_thresholds` with ``asymmetric``) and that wave's macro-F1 at them.

    The closest proxy on development data for a new annotation wave (round 8): a wave is a separate draw,
    labelled by other annotator sessions, and no cut-off fitted on it is used to score it.

    Returns ``(mean, {wave: macro-F1}, {wave: cut-off})``; an empty result (NaN mean) with fewer than two waves.
    """
    scores, gold, wave = np.asarray(scores, dtype=float), np.asarray(gold), np.asarray(wave)
    waves = sorted(set(wave.tolist()))
    if len(waves) < 2:
        return float("nan"), {}, {}
    f1s, cuts = {}, {}
    for w in waves:
        tr, te = wave != w, wave == w
        t = tune_thresholds(scores[tr], gold[tr])[0] if asymmetric else tune_threshold(scores[tr], gold[tr])[0]
        f1s[w] = round(macro_f1(gold[te], classify(scores[te], t)), 4)
        cuts[w] = t
    return round(float(np.mean(list(f1s.values()))), 4), f1s, cuts


def load_german_gold(shared: str | Path | None = None, *, labels: str | Path | None = None) -> pd.DataFrame:
    """The German sentence-sentiment gold with its sentences, read from the texts its offsets point into.

    Parameters
    ----------
    shared : str or Path, optional
        The shared data folder holding the texts (default :func:`newsanalysis._tables.shared_dir`).
    labels : str or Path, optional
        A labels file of the same format (default ``validation/german_sentiment/labels.csv`` in the
        repository; see its ``GUIDE.md``).

    Returns
    -------
    DataFrame
        One row per labelled sentence, in file order: the label columns ``item, source, article_id, start,
        end, annotator_a, annotator_b, gold`` (labels ``negative`` / ``neutral`` / ``positive``), ``wave``
        (int >= 1; 1 where the file has no wave column), ``text`` (the sentence, ``text[start:end]`` of its
        source) and ``split``: ``test`` for the newest wave (the held-out set), ``dev`` for the older ones.

    Raises
    ------
    FileNotFoundError
        If the labels file or a text it points into does not exist.
    ValueError
        On a malformed label row or an offset outside its text, naming the item and the field.
    """
    d = Path(shared) if shared is not None else shared_dir()
    repo_root = Path(__file__).resolve().parents[2]
    path = Path(labels) if labels is not None else repo_root / "validation" / "german_sentiment" / "labels.csv"
    if not path.is_file():
        raise FileNotFoundError(f"German sentiment labels not found: {path}")
    lab = pd.read_csv(path, dtype={"article_id": str, "source": str})
    need = ["item", "source", "article_id", "start", "end", "annotator_a", "annotator_b", "gold"]
    missing = [c for c in need if c not in lab.columns]
    if missing:
        raise ValueError(f"{path}: lacks column(s) {missing}")
    for col in ("annotator_a", "annotator_b", "gold"):
        bad = ~lab[col].isin(LABELS)
        if bad.any():
            raise ValueError(f"{path}: item {lab.loc[bad, 'item'].iloc[0]}: field {col!r} is "
                             f"{lab.loc[bad, col].iloc[0]!r}, not one of {LABELS}")
    if "wave" in lab.columns:
        wv = pd.to_numeric(lab["wave"], errors="coerce")
        bad = wv.isna() | (wv < 1) | (wv != wv.round())
        if bad.any():
            raise ValueError(f"{path}: item {lab.loc[bad, 'item'].iloc[0]}: field 'wave' is "
                             f"{lab.loc[bad, 'wave'].iloc[0]!r}, not a whole number >= 1")
        wave = wv.astype(int)
    else:
        wave = pd.Series(1, index=lab.index)
    out = lab.assign(wave=wave.to_numpy(), text=_resolve_texts(lab, d, repo_root))
    return out.assign(split=np.where(out["wave"] == out["wave"].max(), "test", "dev"))


def evaluate_german(shared: str | Path | None = None, *, labels: str | Path | None = None,
                    items: bool = False, asymmetric: bool = False, test_wave: int | None = None,
                    lexicon=None, lexicon_name: str | None = None, rules: bool = True,
                    n_resamples: int = N_RESAMPLES, split: str | None = None, **_) -> dict:
    """Agreement and accuracy on the German sentence gold made for this project, by annotation wave.

    Labels: ``validation/german_sentiment/labels.csv`` in the repository (columns ``item,
    source, article_id, start, end, annotator_a, annotator_b, gold`` and optionally ``wave``, an
    integer >= 1; without it every row is wave 1; offsets into the raw texts described in
    ``validation/german_sentiment/GUIDE.md``).

    Split (since the seventh round): the held-out test set is one wave, ``test_wave`` (default: the
    highest ``wave`` in the file, the newest one, labelled after every rule was written); all older
    waves are development data. The class cut-offs are fitted on the development waves only
    (:func:`tune_threshold`, or with ``asymmetric=True`` the pair of :func:`tune_thresholds`) and applied
    unchanged to the test wave. Waves after ``test_wave`` are not used.

    Parameters
    ----------
    shared : str or Path, optional
        The shared data folder (default :func:`newsanalysis._tables.shared_dir`).
    labels : str or Path, optional
        Another labels file of the same format (tests use tiny hand-made ones).
    items : bool
        Also return the per-item scores as ``items_table`` (``item, wave, gold, compound, split``;
        ``split`` is ``dev``, ``test`` or ``unused``).
    asymmetric : bool
        Fit separate negative and positive cut-offs (default: one symmetric threshold, which did better
        in repeated CV over waves 1+2 in the seventh round; see ``docs/history/sentiment.md``, "Round 7").
    test_wave : int, optional
        The wave held out as the test set.
    split : {None, "dev", "test"}, optional
        ``"dev"``: development only: the test wave's sentences are neither scored nor reported (the figures
        to watch while writing rules; session 18, so that tuning never prints the held-out figure).
        ``None`` or ``"test"``: everything below, the test wave included.
    lexicon : str, Path or Lexicon, optional
        Score with this lexicon instead of the shipped one: a file read by
        :func:`newsanalysis.sentiment_de.load_lexicon` with ``language="de"`` (CSV/TSV of ``term, weight``,
        LIWC ``.dic``, quanteda-style YAML; matched lower-cased), or a Lexicon. The German rules of
        ``resources/de/sentiment_rules.yaml`` apply to it as in :func:`newsanalysis.sentiment` (see
        :func:`evaluation_scorer` and "Evaluating your own lexicon" in ``docs/sentiment.md``), and the
        cut-offs are fitted on the development waves exactly as for the shipped lexicon.
    lexicon_name : str, optional
        Name of a lexicon file (default: its stem).
    rules : bool
        False: score with the lexicon alone (without ``lexicon``: the shipped lexicon), no German rules;
        a plain-lexicon baseline.

    Returns
    -------
    dict
        ``lexicon``, ``lexicon_source``, ``lexicon_entries``, ``rules`` (what scored, see
        :func:`evaluation_scorer`); ``share_with_lexicon_terms`` (share of all gold sentences in which at
        least one word gets a lexicon weight; words the rules ignore or use as negators, intensifiers and
        the like do not count); ``n_items``, ``n_dev``, ``n_test``, ``test_wave``, ``dev_waves`` (list); ``krippendorff_alpha``
        (nominal, annotators A vs B, ``krippendorff`` package, all items), ``raw_agreement`` and
        ``krippendorff_alpha_wave{k}`` for every wave; ``threshold_mode``, ``threshold_from_dev`` (best
        symmetric threshold t: negative at or below -t, positive at or above t), ``threshold_negative_from_dev``
        / ``threshold_positive_from_dev`` (the cut-offs used; absolute values, 0.025 grid); ``dev_macro_f1``
        (in-sample on the development waves), ``dev_cv_macro_f1`` (mean held-out macro-F1 of 5 x repeated
        stratified 5-fold CV over the development waves, cut-offs tuned inside the folds, seed 0) and
        ``dev_cv_macro_f1_wave{k}`` (the same folds scored on each development wave alone); with two or more
        development waves also ``dev_lowo_macro_f1`` (leave-one-wave-out: the cut-offs fitted on the other
        development waves, each development wave scored at them, the mean; round 8) and
        ``dev_lowo_macro_f1_wave{k}``;
        ``test_wave{N}_macro_f1``, ``test_wave{N}_accuracy``, ``test_wave{N}_f1_negative`` / ``_neutral`` /
        ``_positive``, ``test_wave{N}_macro_f1_at_0.05`` (VADER's +-0.05),
        ``n_test_{source}`` and ``test_wave{N}_macro_f1_{source}`` for every ``source`` of the test wave
        (``semeval``, ``trends_general``, …: the same cut-off and predictions, macro-F1 over the three labels
        on that source's items alone) and ``test_wave{N}_confusion_table`` (DataFrame, gold labels as rows, predicted labels as columns);
        ``test_macro_f1`` / ``test_accuracy`` repeat the test wave's figures under names that stay the same
        when a wave is added. After each test-wave macro-F1, accuracy and per-class F1: ``<figure>_low`` and
        ``<figure>_high``, the 95 % percentile bootstrap interval over the test wave's sentences (of that
        source, for the per-source figures; the cut-offs stay as fitted on the development waves;
        ``n_resamples``, default 2,000, seed 0; :func:`class_intervals`), and ``ci_method`` saying so.
        F1 values in [0, 1], 4 decimals. Without a development wave (one wave only) the cut-offs are
        VADER's 0.05 and the ``dev_*`` figures are absent.

    Raises
    ------
    FileNotFoundError
        If the labels file does not exist.
    ValueError
        On a malformed label row (naming the item and field), a ``test_wave`` not in the file, a ``split``
        other than dev or test, ``split="dev"`` with no development wave, or a malformed lexicon file (naming
        file and line).
    """
    import krippendorff
    from sklearn.metrics import confusion_matrix, f1_score
    if split not in (None, "dev", "test"):
        raise ValueError(f"split={split!r}: the German gold has the splits 'dev' (the development waves) and "
                         "'test' (the held-out wave, scored with everything else)")
    scorer, info = evaluation_scorer("de", lexicon, lexicon_name=lexicon_name, rules=rules)
    lab = load_german_gold(shared, labels=labels)
    wave = lab["wave"].to_numpy()
    waves = sorted(set(wave.tolist()))
    tw = max(waves) if test_wave is None else int(test_wave)
    if tw not in waves:
        path = labels if labels is not None else "validation/german_sentiment/labels.csv"
        raise ValueError(f"test_wave={test_wave!r}: no such wave in {path} (waves {waves})")
    if split == "dev":
        # the held-out wave is dropped before anything is scored
        if not (wave < tw).any():
            raise ValueError(f"split='dev': no development wave before the test wave {tw}")
        lab = lab[lab["wave"] < tw].reset_index(drop=True)
        wave = lab["wave"].to_numpy()
        waves = sorted(set(wave.tolist()))
    texts = lab["text"].tolist()
    explained = [scorer.explain(t) for t in texts]
    scores = np.array([sc["compound"] for sc, _ in explained])
    gold = lab["gold"].to_numpy()
    code = {k: i for i, k in enumerate(LABELS)}

    def alpha(sel):
        return round(float(krippendorff.alpha(
            reliability_data=[[code[x] for x in lab["annotator_a"][sel]], [code[x] for x in lab["annotator_b"][sel]]],
            level_of_measurement="nominal")), 4)

    dev = wave < tw
    test = wave == tw
    out = {**info, "share_with_lexicon_terms": round(float(np.mean([len(terms) > 0 for _, terms in explained])), 4),
           "n_items": len(lab), "n_dev": int(dev.sum()), "n_test": int(test.sum()), "test_wave": tw,
           "test_status": "not scored: split dev" if split == "dev" else f"{int(test.sum())} sentences, held out",
           "dev_waves": [w for w in waves if w < tw],
           "krippendorff_alpha": alpha(np.ones(len(lab), dtype=bool)),
           "raw_agreement": round(float((lab["annotator_a"] == lab["annotator_b"]).mean()), 4)}
    for w in waves:
        out[f"krippendorff_alpha_wave{w}"] = alpha(wave == w)
    out["threshold_mode"] = "asymmetric" if asymmetric else "symmetric"
    if dev.any():
        t1, fdev = tune_threshold(scores[dev], gold[dev])
        out["threshold_from_dev"] = t1
        t, fdev = tune_thresholds(scores[dev], gold[dev]) if asymmetric else ((t1, t1), fdev)
        out["threshold_negative_from_dev"], out["threshold_positive_from_dev"] = t
        out["dev_macro_f1"] = round(fdev, 4)
        cv, per = _repeated_cv_f1(scores[dev], gold[dev], asymmetric=asymmetric, groups=wave[dev])
        out["dev_cv_macro_f1"] = cv
        if len(per) > 1:
            for w, f in sorted(per.items()):
                out[f"dev_cv_macro_f1_wave{w}"] = f
        lowo, lowo_w, _ = _leave_one_wave_out(scores[dev], gold[dev], wave[dev], asymmetric=asymmetric)
        if lowo_w:
            out["dev_lowo_macro_f1"] = lowo
            for w, f in lowo_w.items():
                out[f"dev_lowo_macro_f1_wave{w}"] = f
    else:
        t = (0.05, 0.05)
    out["split"] = split or "all"
    if split == "dev":
        if items:
            out["items_table"] = pd.DataFrame({"item": lab["item"], "wave": wave, "gold": gold, "compound": scores,
                                               "split": "dev"})
        return out
    pred = np.array(classify(scores[test], t))
    name = f"test_wave{tw}"
    out[f"{name}_macro_f1"] = round(macro_f1(gold[test], pred), 4)
    out[f"{name}_accuracy"] = round(float(np.mean(pred == gold[test])), 4)
    per_class = f1_score(list(gold[test]), list(pred), labels=list(LABELS), average=None, zero_division=0)
    for lb, f in zip(LABELS, per_class):
        out[f"{name}_f1_{lb}"] = round(float(f), 4)
    out[f"{name}_macro_f1_at_0.05"] = round(macro_f1(gold[test], classify(scores[test], 0.05)), 4)
    # the test wave by source (waves 5-7: half SemEval, half general news; the README gives both halves)
    src = lab["source"].to_numpy()[test]
    for s in sorted(set(src.tolist())):
        m = src == s
        out[f"n_test_{s}"] = int(m.sum())
        out[f"{name}_macro_f1_{s}"] = round(macro_f1(gold[test][m], pred[m]), 4)
    # the same figures under names that do not change when a new wave is added (README, notebooks)
    out["test_macro_f1"], out["test_accuracy"] = out[f"{name}_macro_f1"], out[f"{name}_accuracy"]
    ci = class_intervals(gold[test], pred, prefix=f"{name}_", per_class=True, n_resamples=n_resamples)
    ci["test_macro_f1"], ci["test_accuracy"] = ci[f"{name}_macro_f1"], ci[f"{name}_accuracy"]
    for s in sorted(set(src.tolist())):
        m = src == s
        ci[f"{name}_macro_f1_{s}"] = class_intervals(gold[test][m], pred[m], n_resamples=n_resamples)["macro_f1"]
    out = with_intervals(out, ci)
    out["ci_method"] = describe_method(f"sentences of wave {tw} (per source: that source's sentences)",
                                       int(test.sum()), n_resamples)
    cm = confusion_matrix(list(gold[test]), list(pred), labels=list(LABELS))
    out[f"{name}_confusion_table"] = pd.DataFrame(cm, index=[f"gold {x}" for x in LABELS],
                                                  columns=[f"pred {x}" for x in LABELS])
    if items:
        out["items_table"] = pd.DataFrame({"item": lab["item"], "wave": wave, "gold": gold, "compound": scores,
                                           "split": np.where(dev, "dev", np.where(test, "test", "unused"))})
    return out
