"""Frame detection against SemEval-2023 Task 3 subtask 2 (article-level frames, de and en).

Gold: ``<shared>/validation/semeval2023_task3_framing/{ge,en}/`` — the
organisers' training articles and labels (Piskorski, Stefanovitch, Da San
Martino & Nakov 2023), 132 German and 433 English articles, 14 frames of
the Policy Frames Codebook (Boydstun et al. 2014). Only the training set has
labels, so every figure is a 5-fold cross-validation on it (``KFold``,
shuffled, fixed seed): whatever is fitted (the dictionary thresholds, the
supervised model, the baselines' frequent-frame choice) is fitted on the four
training folds and scored on the fifth; the predictions of the five test
folds are pooled and scored once (micro-F1, the task's official metric;
macro-F1; per-frame precision and recall).

Methods: ``"dictionary"`` (:func:`newsanalysis.frames` with the generic
codebook; only the per-frame thresholds are fitted), ``"supervised"``
(:class:`newsanalysis.framing.FrameClassifierCV`: features, C and the
per-frame thresholds chosen on inner folds of each outer training fold,
i.e. nested cross-validation; ``features="embeddings"`` or ``"both"``
adds the sentence-encoder vectors of the optional ``embeddings`` extra),
``"fixed"``
(:class:`newsanalysis.framing.FrameClassifier` with its defaults). Two anchors are computed in
the same run with the same folds: ``frequent`` (always predict the frames
present in ≥ 40 % of the training-fold articles) and ``tfidf_lr`` (TF-IDF,
sublinear, min_df 2, into one-vs-rest logistic regression, C 10, balanced,
liblinear; threshold 0.5), as in ``validation/INDEX.md``.

``python -m newsanalysis.evaluate.semeval --write-thresholds`` refits the
thresholds on all training articles of each language and writes
``newsanalysis/resources/<lang>/frame_thresholds.csv`` (the package's
default decision rule).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from ..framing import (FEATURE_SETS, GENERIC_FRAMES, MIN_WINDOW_SHARE, WINDOW_WORDS, FrameClassifier,
                       FrameClassifierCV, fit_thresholds, frame_windows, frames)
from .._tables import resource_path, shared_dir
from .intervals import N_RESAMPLES, SEED as CI_SEED, bootstrap_sums, describe_method, with_intervals

FOLDER = {"de": "ge", "en": "en"}
N_FOLDS = 5
SEED = 2023


def load_semeval(shared: str | Path, lang: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The SemEval-2023 T3 subtask-2 training articles and labels of one language.

    Parameters
    ----------
    shared : path
        The shared data folder (holding ``validation/semeval2023_task3_framing``).
    lang : {"de", "en"}

    Returns
    -------
    articles : DataFrame
        ``article_id`` (the SemEval number, str), ``text`` (title, blank
        line, body, as in the file), ``language``; sorted by ``article_id``.
    labels : DataFrame
        One row per (article, gold frame): ``article_id, frame``.

    Raises
    ------
    ValueError
        For an unknown language or a label naming an unknown frame (naming
        the article).
    FileNotFoundError
        If the folder is missing.
    """
    if lang not in FOLDER:
        raise ValueError(f"lang must be one of {sorted(FOLDER)}, got {lang!r}")
    base = Path(shared) / "validation" / "semeval2023_task3_framing" / FOLDER[lang]
    if not base.is_dir():
        raise FileNotFoundError(f"{base}: SemEval-2023 Task 3 folder not found")
    rows = []
    for f in sorted((base / "train-articles-subtask-2").glob("article*.txt")):
        aid = re.sub(r"^article", "", f.stem)
        rows.append((aid, f.read_text(encoding="utf-8"), lang))
    articles = pd.DataFrame(rows, columns=["article_id", "text", "language"])
    lab = []
    for lineno, line in enumerate((base / "train-labels-subtask-2.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        aid, _, frs = line.partition("\t")
        for fr in filter(None, (x.strip() for x in frs.split(","))):
            if fr not in GENERIC_FRAMES:
                raise ValueError(f"{base}/train-labels-subtask-2.txt, line {lineno}, article {aid}: unknown frame {fr!r}")
            lab.append((aid.strip(), fr))
    labels = pd.DataFrame(lab, columns=["article_id", "frame"])
    articles = articles[articles["article_id"].isin(set(labels["article_id"]))].reset_index(drop=True)
    return articles, labels


def _indicator(ids, labels) -> np.ndarray:
    gold = set(zip(labels["article_id"], labels["frame"]))
    return np.array([[(a, f) in gold for f in GENERIC_FRAMES] for a in ids], dtype=bool)


def _scores(Y: np.ndarray, P: np.ndarray) -> tuple[dict, pd.DataFrame]:
    tp = (P & Y).sum(0)
    fp = (P & ~Y).sum(0)
    fn = (~P & Y).sum(0)
    prec = np.divide(tp, tp + fp, out=np.zeros(len(tp)), where=(tp + fp) > 0)
    rec = np.divide(tp, tp + fn, out=np.zeros(len(tp)), where=(tp + fn) > 0)
    f1 = np.divide(2 * prec * rec, prec + rec, out=np.zeros(len(tp)), where=(prec + rec) > 0)
    micro = 2 * tp.sum() / max(2 * tp.sum() + fp.sum() + fn.sum(), 1)
    table = pd.DataFrame({"frame": GENERIC_FRAMES, "support": Y.sum(0), "predicted": P.sum(0),
                          "precision": prec, "recall": rec, "f1": f1})
    return {"micro_f1": round(float(micro), 3), "macro_f1": round(float(f1.mean()), 3)}, table


def intervals(Y: np.ndarray, preds: dict[str, np.ndarray], *, n_resamples: int = N_RESAMPLES,
              seed: int = CI_SEED) -> dict[str, tuple[float, float]]:
    """95 % percentile bootstrap intervals over articles of ``<method>_micro_f1`` and ``<method>_macro_f1``.

    ``Y`` and each prediction are (articles x frames) booleans: the pooled out-of-fold decisions. Per article
    the true positives, false positives and false negatives of each frame are counted once; each resample
    draws the articles with replacement, sums them and computes micro-F1 (2 TP / (2 TP + FP + FN) over all
    frames) and macro-F1 (the frames' F1, 0 for a frame without TP, averaged). All methods share the same
    resamples. The models and thresholds are held fixed (not refitted per resample), so the interval leaves
    out the uncertainty of fitting them: it understates the whole uncertainty.
    """
    k = Y.shape[1]
    blocks, stats = [], {}
    for i, (name, P) in enumerate(preds.items()):
        blocks += [(P & Y), (P & ~Y), (~P & Y)]
        o = 3 * k * i

        def micro(s, o=o):
            tp, fp, fn = (s[:, o + j * k:o + (j + 1) * k].sum(1) for j in range(3))
            d = 2 * tp + fp + fn
            return np.divide(2 * tp, d, out=np.zeros(len(s)), where=d > 0)

        def macro(s, o=o):
            tp, fp, fn = (s[:, o + j * k:o + (j + 1) * k] for j in range(3))
            d = 2 * tp + fp + fn
            return np.divide(2 * tp, d, out=np.zeros(tp.shape), where=d > 0).mean(1)
        stats[f"{name}_micro_f1"], stats[f"{name}_macro_f1"] = micro, macro
    counts = np.hstack([b.astype(float) for b in blocks])
    return bootstrap_sums(counts, stats, n_resamples=n_resamples, seed=seed)


def _dictionary_cv(articles, labels, folds, frame_table=None, window_words=WINDOW_WORDS,
                   min_window_share=MIN_WINDOW_SHARE):
    """Thresholds fitted on the training folds' article rates; test articles decided as :func:`frames` does
    (per window of ``window_words`` words, present in at least ``min_window_share`` of the windows)."""
    ft = frames(articles) if frame_table is None else frame_table
    no_thr = pd.DataFrame(columns=["frame", "language", "threshold"])
    fw = frame_windows(articles, thresholds=no_thr, window_words=window_words)
    pos = {a: i for i, a in enumerate(articles["article_id"].astype(str))}
    fj = {f: j for j, f in enumerate(GENERIC_FRAMES)}
    fw = fw[fw["frame"].isin(fj)]
    ai = fw["article_id"].map(pos).to_numpy()
    fi = fw["frame"].map(fj).to_numpy()
    rate = fw["per_1000_words"].fillna(0.0).to_numpy()
    hit = fw["hits"].to_numpy() > 0
    n_win = np.zeros(len(articles))
    np.add.at(n_win, fw.loc[fw["frame"] == GENERIC_FRAMES[0], "article_id"].map(pos).to_numpy(), 1)
    P = np.zeros((len(articles), len(GENERIC_FRAMES)), bool)
    for tr, te in folds:
        tr_ids = set(articles["article_id"].iloc[tr])
        th = fit_thresholds(ft[ft["article_id"].isin(tr_ids)], labels[labels["article_id"].isin(tr_ids)])
        t = th.set_index("frame").loc[GENERIC_FRAMES, "threshold"].to_numpy()
        passed = np.zeros(P.shape)
        ok = hit & (rate >= t[fi])
        np.add.at(passed, (ai[ok], fi[ok]), 1)
        share = passed / np.maximum(n_win, 1)[:, None]
        P[te] = share[te] >= min_window_share
    return P


def _frequent_cv(Y, folds, share=0.4):
    P = np.zeros(Y.shape, bool)
    for tr, te in folds:
        P[te] = Y[tr].mean(0) >= share
    return P


def _tfidf_lr_cv(texts, Y, folds):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import make_pipeline
    P = np.zeros(Y.shape, bool)
    for tr, te in folds:
        cols = [j for j in range(Y.shape[1]) if 0 < Y[tr, j].sum() < len(tr)]
        m = make_pipeline(TfidfVectorizer(sublinear_tf=True, min_df=2),
                          OneVsRestClassifier(LogisticRegression(C=10, class_weight="balanced", solver="liblinear", dual=True, max_iter=1000)))
        m.fit([texts[i] for i in tr], Y[np.ix_(tr, cols)].astype(int))
        P[np.ix_(te, cols)] = m.predict([texts[i] for i in te]).astype(bool)
        for j in set(range(Y.shape[1])) - set(cols):
            P[te, j] = bool(Y[tr, j].all())
    return P


def _supervised_cv(articles, Y, folds, **kw):
    P = np.zeros(Y.shape, bool)
    for tr, te in folds:
        clf = FrameClassifier(random_state=SEED, **kw).fit(articles.iloc[tr], Y[tr].astype(int))
        P[te] = clf.predict(articles.iloc[te]).astype(bool)
    return P


def _embed_once(articles) -> float:
    """Encode every article once (the in-process cache then serves all folds); returns the seconds taken."""
    from ..framing import _embedding_features, _texts_languages, _titles
    texts, langs = _texts_languages(articles, None)
    t0 = time.perf_counter()
    _embedding_features(texts, langs, _titles(articles, len(texts)))
    return round(time.perf_counter() - t0, 1)


def _nested_cv(articles, Y, folds, *, fast=False, inner=None, features="tfidf"):
    """Outer folds as given; inside each outer training fold, FrameClassifierCV chooses the setting and thresholds."""
    P = np.zeros(Y.shape, bool)
    chosen = []
    for k, (tr, te) in enumerate(folds):
        clf = FrameClassifierCV(fast=fast, cv=inner, random_state=SEED, features=features).fit(
            articles.iloc[tr], Y[tr].astype(int))
        P[te] = clf.predict(articles.iloc[te]).astype(bool)
        chosen.append({"outer_fold": k, **clf.best_params_,
                       "inner_micro_f1": round(float(clf.cv_results_["micro_f1"].max()), 3)})
    return P, pd.DataFrame(chosen)


def evaluate(
    shared: str | Path | None = None,
    *,
    lang: str = "de",
    method: str = "dictionary",
    anchors: bool = True,
    folds: int = N_FOLDS,
    seed: int = SEED,
    fast: bool = False,
    features: str = "tfidf",
    n_resamples: int = N_RESAMPLES,
) -> dict:
    """Cross-validated frame detection scores on SemEval-2023 Task 3 (subtask 2) training data.

    Parameters
    ----------
    shared : path, optional
        Shared data folder (default :func:`newsanalysis._tables.shared_dir`).
    lang : {"de", "en"}
    method : {"dictionary", "supervised", "fixed", "both", "all"}
        ``"supervised"``: :class:`~newsanalysis.framing.FrameClassifierCV`
        inside each outer training fold, i.e. nested cross-validation (the
        setting, the label-cardinality prior and the per-frame thresholds
        are chosen on inner folds of the outer training fold only: 5, or 3
        with ``fast``); ``"fixed"``: :class:`FrameClassifier`
        with its defaults (the first-round settings); ``"both"``:
        dictionary and supervised; ``"all"``: the three.
    fast : bool
        Nested search over ``FRAME_SEARCH_GRID_FAST`` (6 settings, 3 inner
        folds) instead of ``FRAME_SEARCH_GRID`` (54 settings, 5 inner
        folds); for continuous integration. With embeddings:
        ``EMBEDDING_SEARCH_GRID_FAST`` (18 settings, 3 inner folds) instead
        of ``EMBEDDING_SEARCH_GRID`` (72 settings, 5 inner folds); both
        search the nearest-neighbour vote (``knn`` 0 or 20).
    features : {"tfidf", "embeddings", "both"}
        Features of the supervised and fixed methods (see
        :class:`~newsanalysis.framing.FrameClassifier`); ``"embeddings"``
        and ``"both"`` need the ``embeddings`` extra (ImportError
        otherwise) and encode every article once before the folds
        (all-MiniLM-L6-v2; English-trained).
    anchors : bool
        Also score the two anchors (frequent frames, TF-IDF + logistic
        regression) on the same folds.
    folds, seed : int
        ``KFold(folds, shuffle=True, random_state=seed)``.
    n_resamples : int
        Bootstrap resamples of the intervals (default 2,000; their seed is 0; see :func:`intervals`).

    Returns
    -------
    dict
        ``task, gold, lang, n_articles, n_labels, folds, seed`` and, per
        method run (``dictionary``, ``supervised``, ``frequent``,
        ``tfidf_lr``, ``fixed``), ``<method>_micro_f1`` and ``<method>_macro_f1``
        (0–1, rounded to 3 decimals), each followed by ``<figure>_low`` and
        ``<figure>_high``: the 95 % percentile bootstrap interval over
        articles of the pooled out-of-fold decisions, models held fixed
        (:func:`intervals`), and ``ci_method`` saying so; with the supervised method
        ``search`` (``"fast"`` or ``"full"``), ``features``,
        ``supervised_seconds`` (wall time of the nested CV, encoding
        included), with embeddings ``embedding_seconds`` (wall time of
        encoding all articles, model loading included; ~0 when the
        process has them cached), and
        ``chosen``: a DataFrame with the setting chosen in each outer fold
        (``outer_fold, features, char_ngrams, dictionary_weight,
        embedding_weight, C, min_frames, knn, knn_weight, inner_micro_f1``);
        ``per_frame``: a DataFrame with one row
        per (method, frame): ``method, frame, support, predicted, precision,
        recall, f1``.

    Raises
    ------
    ValueError
        For an unknown ``lang``, ``method`` or ``features``.
    ImportError
        For embeddings without the ``embeddings`` extra.
    """
    from sklearn.model_selection import KFold
    if features not in FEATURE_SETS:
        raise ValueError(f"features must be one of {FEATURE_SETS}, got {features!r}")
    if method not in ("dictionary", "supervised", "fixed", "both", "all"):
        raise ValueError(f"method must be 'dictionary', 'supervised', 'fixed', 'both' or 'all', got {method!r}")
    shared = Path(shared) if shared is not None else shared_dir()
    articles, labels = load_semeval(shared, lang)
    Y = _indicator(articles["article_id"], labels)
    texts = list(articles["text"])
    split = list(KFold(folds, shuffle=True, random_state=seed).split(texts))
    out = {"task": "framing", "gold": "semeval2023_task3_subtask2_train", "lang": lang,
           "n_articles": len(articles), "n_labels": int(Y.sum()), "folds": folds, "seed": seed}
    preds = {}
    if method in ("dictionary", "both", "all"):
        preds["dictionary"] = _dictionary_cv(articles, labels, split)
    if method in ("supervised", "both", "all"):
        t0 = time.perf_counter()
        if features != "tfidf":
            out["embedding_seconds"] = _embed_once(articles)
        preds["supervised"], out["chosen"] = _nested_cv(articles, Y, split, fast=fast, features=features)
        out["search"] = "fast" if fast else "full"
        out["features"] = features
        out["supervised_seconds"] = round(time.perf_counter() - t0, 1)
    if method in ("fixed", "all"):
        preds["fixed"] = _supervised_cv(articles, Y, split, features=features)
    if anchors:
        preds["frequent"] = _frequent_cv(Y, split)
        preds["tfidf_lr"] = _tfidf_lr_cv(texts, Y, split)
    tables = []
    for name, P in preds.items():
        s, t = _scores(Y, P)
        out[f"{name}_micro_f1"] = s["micro_f1"]
        out[f"{name}_macro_f1"] = s["macro_f1"]
        t.insert(0, "method", name)
        tables.append(t)
    out = with_intervals(out, intervals(Y, preds, n_resamples=n_resamples), digits=3)
    out["ci_method"] = describe_method("articles (pooled out-of-fold decisions; models and thresholds held fixed, "
                                       "so the interval understates the uncertainty)", len(articles), n_resamples)
    out["per_frame"] = pd.concat(tables, ignore_index=True).round(3)
    return out


def write_thresholds(shared: str | Path | None = None, langs=("de", "en")) -> dict[str, Path]:
    """Fit the thresholds on all SemEval training articles per language and write the package's CSV files.

    Returns
    -------
    dict
        language -> path written (``resources/<lang>/frame_thresholds.csv``:
        ``frame, threshold, f1_fit, n_articles, n_positive``).
    """
    shared = Path(shared) if shared is not None else shared_dir()
    written = {}
    for lang in langs:
        articles, labels = load_semeval(shared, lang)
        th = fit_thresholds(frames(articles, thresholds=pd.DataFrame(columns=["frame", "language", "threshold"])),
                            labels)
        path = resource_path(lang, "frame_thresholds.csv")
        header = (
            "# Decision rule of the generic codebook for this language: a frame is present when its cue weight\n"
            "# per 1,000 words is >= threshold (and at least one cue is found; inf = never).\n"
            "# Fitted by newsanalysis.framing.fit_thresholds (micro-F1 coordinate ascent) on all SemEval-2023\n"
            "# Task 3 subtask-2 training articles of this language; regenerate with\n"
            "# python -m newsanalysis.evaluate.semeval --write-thresholds\n"
        )
        body = th[["frame", "threshold", "f1_fit", "n_articles", "n_positive"]].round({"threshold": 4, "f1_fit": 3})
        path.write_text(header + body.to_csv(index=False), encoding="utf-8")
        written[lang] = path
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=sorted(FOLDER), action="append")
    ap.add_argument("--method", default="both", choices=["dictionary", "supervised", "fixed", "both", "all"])
    ap.add_argument("--fast", action="store_true", help="small nested search grid (CI)")
    ap.add_argument("--features", default="tfidf", choices=list(FEATURE_SETS),
                    help="supervised features: TF-IDF, sentence embeddings (needs the embeddings extra) or both")
    ap.add_argument("--shared", default=None)
    ap.add_argument("--write-thresholds", action="store_true")
    a = ap.parse_args(argv)
    langs = a.lang or ["de", "en"]
    if a.write_thresholds:
        for lang, p in write_thresholds(a.shared, langs).items():
            print(f"{lang}: wrote {p}")
        return 0
    for lang in langs:
        r = evaluate(a.shared, lang=lang, method=a.method, fast=a.fast, features=a.features)
        table = r.pop("per_frame")
        chosen = r.pop("chosen", None)
        print(r)
        if chosen is not None:
            print(chosen.to_string(index=False))
        print(table.to_string(index=False))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
