"""Sentiment against gold standards: NYT editorial snippets, NewsMTSC, German news sentences.

Each function takes the shared data folder and returns a dict of figures (plus
DataFrames under keys ending in ``_table``). Thresholds are chosen on development
data only (NewsMTSC ``train``; German items with an odd ``item`` number) and
reported on held-out data.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from .._tables import shared_dir

LABELS = ("negative", "neutral", "positive")
_MTSC = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}
#: candidate symmetric thresholds t (label positive if score >= t, negative if <= -t)
THRESHOLDS = tuple(round(float(x), 3) for x in np.arange(0.025, 0.80, 0.025))


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


# -- NYT editorial snippets (Hutto & Gilbert 2014) --------------------------------------------
def evaluate_nyt(shared: str | Path | None = None, **_) -> dict:
    """Pearson r between ``compound`` and the mean human rating of 5,190 NYT snippets.

    Data: ``validation/vader_nyt_editorials/nytEditorialSnippets_GroundTruth.txt`` (read
    as latin-1). Also reports the 3-class macro-F1 with VADER's +-0.05 on the compound and
    +-0.05 on the rating (as the dataset README describes), and the largest difference
    between our compound and vaderSentiment's (when installed).
    """
    from scipy.stats import pearsonr
    from ..sentiment_en import vader_scorer
    d = Path(shared) if shared is not None else shared_dir()
    path = d / "validation" / "vader_nyt_editorials" / "nytEditorialSnippets_GroundTruth.txt"
    rows = [ln.split("\t", 2) for ln in path.read_text(encoding="latin-1").splitlines() if ln.strip()]
    texts = [r[2] for r in rows]
    gold = np.array([float(r[1]) for r in rows])
    comp = vader_scorer().score_many(texts)[:, 0]
    r, p = pearsonr(comp, gold)
    out = {"n": len(texts), "pearson_r": round(float(r), 4), "p_value": float(p),
           "macro_f1_3class": round(macro_f1(classify(gold, 0.05), classify(comp, 0.05)), 4)}
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
                          alpha: float = TARGET_LEXICON_ALPHA, scale: float = TARGET_LEXICON_SCALE) -> pd.DataFrame:
    """A news word list for target tone, counted from labelled targets (NewsMTSC ``train`` only).

    For every word ``w`` (lower-cased, letters with inner ``-``/``'``) counted once per
    target whose sentence holds it outside the mention: ``n_negative, n_neutral,
    n_positive`` (targets by gold label), ``n`` their sum. The weight is the smoothed excess
    of positive over negative targets beyond the base rates ``P(pos) - P(neg)`` of ``df``::

        weight = scale * ((n_pos - n_neg) - n * (P(pos) - P(neg))) / (n + alpha)

    Kept: words with ``n >= min_count`` that are not mostly names (capitalised in more than
    half of their occurrences not at the sentence start). Defaults (3, 2.0, 2.0) were chosen
    by 5-fold cross-validation on train grouped by sentence.

    Parameters
    ----------
    df : DataFrame
        Columns ``sentence, start, end, gold`` (one row per target, as ``_read_mtsc``).

    Returns
    -------
    DataFrame
        ``term, weight, n_negative, n_neutral, n_positive``, sorted by term; ``weight`` in
        (-scale, scale), VADER units.
    """
    from collections import Counter
    from ..sentiment import _TARGET_WORD
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
        if total < min_count or (tot[w] and cap[w] / tot[w] > 0.5):
            continue
        wt = scale * ((n[2] - n[0]) - total * (prior[2] - prior[0])) / (total + alpha)
        rows.append((w, round(float(wt), 4), int(n[0]), int(n[1]), int(n[2])))
    return pd.DataFrame(rows, columns=["term", "weight", "n_negative", "n_neutral", "n_positive"]
                        ).sort_values("term", ignore_index=True)


NEWSMTSC_METHODS = ("clause", "parse", "vader_clause", "sentence")


def newsmtsc_scores(df: pd.DataFrame, method: str = "clause", news_lexicon: dict | None = None,
                    parses: dict | None = None) -> np.ndarray:
    """Score every (sentence, target) row.

    ``clause`` = :func:`target_tone` (VADER terms + the news target list, or ``news_lexicon``
    when given), ``parse`` = the same with the dependency-parse terms (needs the ``parser``
    extra; ``parses``, sentence -> :class:`~newsanalysis.sentiment_parse.SentenceParse`, is
    computed when not given), ``vader_clause`` = :func:`target_tone` with VADER terms only,
    ``sentence`` = the sentence compound.

    Raises
    ------
    ValueError
        On an unknown ``method``.
    ImportError
        With ``method="parse"`` when the parser is not installed.
    """
    from ..sentiment import target_tone
    from ..sentiment_en import vader_scorer
    v = vader_scorer()
    if method == "sentence":
        return v.score_many(df["sentence"].tolist())[:, 0]
    if method not in NEWSMTSC_METHODS:
        raise ValueError(f"method must be one of {NEWSMTSC_METHODS}, got {method!r}")
    if method == "parse" and parses is None:
        from ..sentiment_parse import parse_sentences
        parses = parse_sentences(df["sentence"], "en")
    cache: dict[str, list] = {}
    out = np.empty(len(df))
    for k, (sent, s, e) in enumerate(zip(df["sentence"], df["start"], df["end"])):
        terms = cache.get(sent)
        if terms is None:
            terms = cache[sent] = v.explain(sent)[1]
        out[k] = target_tone(terms, sent, s, e, "en", news_terms=method != "vader_clause", news_lexicon=news_lexicon,
                             syntax=parses[sent] if method == "parse" else None)[0]
    return out


def newsmtsc_cv_scores(train: pd.DataFrame, method: str = "clause", folds: int = 5,
                       parses: dict | None = None) -> np.ndarray:
    """Out-of-fold target-tone scores on NewsMTSC ``train`` (folds grouped by sentence).

    With ``method="clause"`` or ``"parse"`` the news target list is derived
    (:func:`derive_target_lexicon`) on the other folds only, so every score is what an unseen
    sentence would get; the class threshold is tuned on these scores, not on in-sample ones
    (the list fitted on a sentence makes that sentence look more polar than an unseen one).
    """
    from sklearn.model_selection import GroupKFold
    if method not in ("clause", "parse"):
        return newsmtsc_scores(train, method)
    if method == "parse" and parses is None:
        from ..sentiment_parse import parse_sentences
        parses = parse_sentences(train["sentence"], "en")
    groups = pd.factorize(train["sentence"])[0]
    out = np.empty(len(train))
    for tr, te in GroupKFold(folds).split(train, groups=groups):
        lx = derive_target_lexicon(train.iloc[tr])
        out[te] = newsmtsc_scores(train.iloc[te], method, news_lexicon=dict(zip(lx["term"], lx["weight"])),
                                  parses=parses)
    return out


def evaluate_newsmtsc(shared: str | Path | None = None, *, method: str = "clause", **_) -> dict:
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
    0.6025 rw / 0.567 mt, threshold 0.25).
    ``train_cv_macro_f1`` is the out-of-fold figure on train at the chosen threshold.
    """
    d = (Path(shared) if shared is not None else shared_dir()) / "validation" / "newsmtsc"
    if method not in NEWSMTSC_METHODS:
        raise ValueError(f"method must be one of {NEWSMTSC_METHODS}, got {method!r}")
    train = _read_mtsc(d / "train.jsonl")
    t, f_train = tune_threshold(newsmtsc_cv_scores(train, method), train["gold"])
    out = {"method": method, "threshold_from_train": t, "train_cv_macro_f1": round(f_train, 4), "n_train": len(train)}
    for split in ("devtest_rw", "devtest_mt"):
        df = _read_mtsc(d / f"{split}.jsonl")
        sc = newsmtsc_scores(df, method)
        out[f"{split}_macro_f1"] = round(macro_f1(df["gold"], classify(sc, t)), 4)
        out[f"{split}_accuracy"] = round(float(np.mean(np.array(classify(sc, t)) == df["gold"].to_numpy())), 4)
        out[f"{split}_macro_f1_at_0.05"] = round(macro_f1(df["gold"], classify(sc, 0.05)), 4)
        out[f"n_{split}"] = len(df)
    return out


# -- German news sentences (made here) -----------------------------------------------------
def _resolve_texts(labels: pd.DataFrame, shared: Path, repo_root: Path) -> list[str]:
    """The raw text each label row's offsets point into."""
    cache: dict[tuple[str, str], str] = {}
    trends = None
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
            elif src == "trends":
                if trends is None:
                    trends = {}
                    with open(shared / "corpus" / "real" / "nguyenvulebinh__trends.jsonl", encoding="utf-8") as f:
                        for ln in f:
                            if ln.strip():
                                rec = json.loads(ln)
                                trends[str(rec["id"])] = rec["text"]
                if aid not in trends:
                    raise ValueError(f"labels item {r.item}: field 'article_id' {aid!r} is not in the trends file")
                cache[key] = trends[aid]
            elif src == "semeval":
                p = (shared / "validation" / "semeval2023_task3_framing" / "ge" / "train-articles-subtask-2"
                     / f"article{aid}.txt")
                if not p.is_file():
                    raise ValueError(f"labels item {r.item}: field 'article_id' {aid!r}: no file {p}")
                cache[key] = p.read_text(encoding="utf-8")
            else:
                raise ValueError(f"labels item {r.item}: field 'source' is {src!r}, not seed/trends/semeval")
        text = cache[key]
        s, e = int(r.start), int(r.end)
        if not (0 <= s < e <= len(text)):
            raise ValueError(f"labels item {r.item}: fields 'start'/'end' ({s}, {e}) are outside the text "
                             f"(length {len(text)})")
        out.append(text[s:e])
    return out


def _repeated_cv_f1(scores: np.ndarray, gold: np.ndarray, folds: int = 5, repeats: int = 5,
                    asymmetric: bool = False) -> float:
    """Mean held-out macro-F1 over repeated stratified k-fold CV, the threshold tuned on the other folds
    (one symmetric threshold, or with ``asymmetric`` the pair of :func:`tune_thresholds`).

    NaN when a class has fewer than ``folds`` items (stratification impossible).
    """
    from sklearn.model_selection import RepeatedStratifiedKFold
    if pd.Series(gold).value_counts().min() < folds or len(set(gold)) < 2:
        return float("nan")
    fs = []
    for tr, te in RepeatedStratifiedKFold(n_splits=folds, n_repeats=repeats, random_state=0).split(scores, gold):
        t = tune_thresholds(scores[tr], gold[tr])[0] if asymmetric else tune_threshold(scores[tr], gold[tr])[0]
        fs.append(macro_f1(gold[te], classify(scores[te], t)))
    return round(float(np.mean(fs)), 4)


def evaluate_german(shared: str | Path | None = None, *, labels: str | Path | None = None,
                    items: bool = False, asymmetric: bool = True, **_) -> dict:
    """Agreement and accuracy on the German sentence gold made for this project.

    Labels: ``validation/german_sentiment/labels.csv`` in the repository (columns ``item,
    source, article_id, start, end, annotator_a, annotator_b, gold`` and optionally ``wave``;
    offsets into the raw texts described in ``docs/sentiment.md``). Reports Krippendorff's
    alpha (nominal, ``krippendorff`` package) between the two annotators over all items and
    per wave, and the macro-F1 of the German scorer against ``gold``: the threshold is tuned
    on the development part (odd ``item`` numbers of wave 1) and reported on the test part
    (even ``item`` numbers of wave 1, ``test_*``) and on wave 2 (400 sentences labelled in
    session 5, a test set never used for tuning, ``test_wave2_*``); ``test_all_macro_f1``
    pools both test parts. The fixed +-0.05 threshold is reported too. ``dev_macro_f1`` is in-sample
    on the development part; ``dev_cv_macro_f1`` the mean held-out macro-F1 of 5 x repeated stratified 5-fold
    cross-validation over the development part (threshold tuned on the other folds; seed 0;
    fifth round 0.742, fourth round 0.738, third round 0.702). With ``asymmetric=True`` (default since
    the sixth round) the negative and the positive cut-off are tuned separately on the development part
    (:func:`tune_thresholds`; inside the CV folds too) and every macro-F1, accuracy and confusion table
    uses that pair, reported as ``threshold_negative_from_dev`` / ``threshold_positive_from_dev``;
    ``threshold_from_dev`` stays the best single symmetric threshold; ``asymmetric=False`` gives the
    fifth round's symmetric figures. ``test_confusion_table`` has gold labels as rows and
    predicted labels as columns; with ``items=True`` the per-item scores come as ``items_table``.

    Raises
    ------
    FileNotFoundError
        If the labels file does not exist.
    ValueError
        On a malformed label row (naming the item and field).
    """
    import krippendorff
    from ..sentiment_de import german_scorer
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
    texts = _resolve_texts(lab, d, repo_root)
    scorer = german_scorer()
    scores = np.array([scorer.explain(t)[0]["compound"] for t in texts])
    code = {k: i for i, k in enumerate(LABELS)}
    alpha = krippendorff.alpha(reliability_data=[[code[x] for x in lab["annotator_a"]],
                                                 [code[x] for x in lab["annotator_b"]]],
                               level_of_measurement="nominal")
    wave = lab["wave"].astype(int).to_numpy() if "wave" in lab.columns else np.ones(len(lab), dtype=int)
    dev = ((lab["item"].astype(int) % 2 == 1).to_numpy()) & (wave == 1)
    test = (~dev) & (wave == 1)
    test2 = wave == 2
    out = {"n_items": len(lab), "n_dev": int(dev.sum()), "n_test": int(test.sum()), "n_test_wave2": int(test2.sum()),
           "krippendorff_alpha": round(float(alpha), 4),
           "raw_agreement": round(float((lab["annotator_a"] == lab["annotator_b"]).mean()), 4)}
    for w in sorted(set(wave)):
        sel = wave == w
        out[f"krippendorff_alpha_wave{w}"] = round(float(krippendorff.alpha(
            reliability_data=[[code[x] for x in lab["annotator_a"][sel]], [code[x] for x in lab["annotator_b"][sel]]],
            level_of_measurement="nominal")), 4)
    out["threshold_mode"] = "asymmetric" if asymmetric else "symmetric"
    if dev.any():
        t, fdev = tune_threshold(scores[dev], lab["gold"][dev])
        out["threshold_from_dev"] = t
        if asymmetric:
            t, fdev = tune_thresholds(scores[dev], lab["gold"][dev])
        else:
            t = (t, t)
        out["threshold_negative_from_dev"], out["threshold_positive_from_dev"] = t
        out["dev_macro_f1"] = round(fdev, 4)
        out["dev_cv_macro_f1"] = _repeated_cv_f1(scores[dev], lab["gold"][dev].to_numpy(), asymmetric=asymmetric)
    else:
        t = 0.05
    if test.any():
        out["test_macro_f1"] = round(macro_f1(lab["gold"][test], classify(scores[test], t)), 4)
        out["test_macro_f1_at_0.05"] = round(macro_f1(lab["gold"][test], classify(scores[test], 0.05)), 4)
    if test2.any():
        out["test_wave2_macro_f1"] = round(macro_f1(lab["gold"][test2], classify(scores[test2], t)), 4)
        out["test_wave2_macro_f1_at_0.05"] = round(macro_f1(lab["gold"][test2], classify(scores[test2], 0.05)), 4)
        out["test_wave2_accuracy"] = round(float(np.mean(np.array(classify(scores[test2], t))
                                                         == lab["gold"][test2].to_numpy())), 4)
        both = test | test2
        out["test_all_macro_f1"] = round(macro_f1(lab["gold"][both], classify(scores[both], t)), 4)
    from sklearn.metrics import confusion_matrix
    for name, sel in (("test", test), ("test_wave2", test2)):
        if sel.any():
            cm = confusion_matrix(lab["gold"][sel], classify(scores[sel], t), labels=list(LABELS))
            out[f"{name}_confusion_table"] = pd.DataFrame(cm, index=[f"gold {x}" for x in LABELS],
                                                          columns=[f"pred {x}" for x in LABELS])
    if items:
        out["items_table"] = pd.DataFrame({"item": lab["item"], "gold": lab["gold"], "compound": scores,
                                           "split": np.where(dev, "dev", np.where(test2, "test_wave2", "test"))})
    return out
