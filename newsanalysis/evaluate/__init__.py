"""Gold-standard evaluation: one module per dataset, the same code the README figures come from.

The registry maps ``(task, gold)`` to ``"module:function"``; each function
takes ``shared`` (the shared data folder) plus keyword options and returns a
dict of figures plus optional tables. The CLI ``newsanalysis evaluate TASK
--gold GOLD`` prints them. Each headline figure comes with its 95 % percentile
bootstrap interval over the gold's own unit (``<figure>_low``,
``<figure>_high``; ``n_resamples`` option, default 2,000, seed 0; see
:mod:`newsanalysis.evaluate.intervals`), and ``ci_method`` says what was
resampled.
"""
from __future__ import annotations

import importlib

REGISTRY: dict[tuple[str, str], str] = {
    ("attribution", "polnear"): "newsanalysis.evaluate.polnear:evaluate",
    ("attribution", "redewiedergabe"): "newsanalysis.evaluate.redewiedergabe:evaluate",
    ("attribution", "basil"): "newsanalysis.evaluate.basil:evaluate_attribution",
    ("sentiment", "nyt"): "newsanalysis.evaluate.sentiment_gold:evaluate_nyt",
    ("sentiment", "newsmtsc"): "newsanalysis.evaluate.sentiment_gold:evaluate_newsmtsc",
    ("sentiment", "german"): "newsanalysis.evaluate.sentiment_gold:evaluate_german",
    ("sentiment", "basil"): "newsanalysis.evaluate.basil:evaluate_tone",
    ("framing", "semeval"): "newsanalysis.evaluate.semeval:evaluate",
}


#: What each evaluation measures, printed first by ``newsanalysis evaluate`` (session 17, a reviewer: the JSON
#: alone said neither which data were held out, nor how many items, nor whether F1 was pooled or averaged).
#: ``{key}`` is a key of the evaluator's result; ``{split_role}`` says whether a split is development data.
DESCRIPTIONS: dict[tuple[str, str], str] = {
    ("attribution", "polnear"): (
        "PolNeAR {split} split ({split_role}): {articles} articles, {n_gold} gold relations (each article against "
        "its alphabetically first annotator's file), {n_pred} predicted. Unit: attribution relation. A prediction "
        "matches a gold relation when their cue spans overlap and their content spans' character IoU is >= 0.3 "
        "(f1@0.3; also >= 0.8), one-to-one, greedy by IoU; precision, recall and F1 pool all relations of the "
        "split (micro). source_correct: share of the matches at 0.3 whose gold relation has a source and whose "
        "source span overlaps it. by_kind: our rows by kind, matched at 0.3."),
    ("attribution", "redewiedergabe"): (
        "Redewiedergabe {split} samples ({split_role}; dev = even, test = odd positions of the sorted file names): "
        "{samples} samples of 1840-1919 newspapers and magazines, {tokens} tokens. Unit: token. Gold direct "
        "(speech or writing) against the tokens in the content of our direct rows; gold indirect (also with free "
        "indirect) against our indirect and according_to rows; reported speech and thought are not scored. "
        "Precision, recall and F1 per type over all tokens of the split."),
    ("attribution", "basil"): (
        "BASIL (Fan et al. 2019): all {articles} articles, no split, never used to develop a rule. quote_recall: "
        "share of the {quote_spans} quoted spans with at least {min_coverage} of their non-space characters inside "
        "the content of one of our rows. speaker_match: among the {person_spans} found quoted spans of one named "
        "person, the share whose source names the person's family name; speaker_match_or_description also counts "
        "a description such as 'the Texas governor' (an upper bound)."),
    ("sentiment", "nyt"): (
        "VADER NYT editorial snippets (Hutto & Gilbert 2014): all {n} snippets, nothing fitted on them. "
        "pearson_r: the compound against the mean human rating; macro_f1_3class: negative/neutral/positive at "
        "+-0.05 on both, the three classes' F1 averaged."),
    ("sentiment", "newsmtsc"): (
        "NewsMTSC (Hamborg & Donnay 2021), {method} method. Unit: (sentence, target), labels negative / neutral / "
        "positive; macro-F1 = the mean of the three classes' F1. The cut-off is fitted on train ({n_train} "
        "targets; train_cv_macro_f1: 5-fold out-of-fold on train); devtest_rw ({n_devtest_rw} targets) and "
        "devtest_mt ({n_devtest_mt}) are held out and scored at that cut-off (_at_0.05: at VADER's +-0.05)."),
    ("sentiment", "german"): (
        "German sentence gold (validation/german_sentiment; two annotators and an adjudicator per wave; from wave 2 "
        "on they were sessions of one AI model, see its GUIDE.md): {n_items} sentences. The cut-off is fitted on "
        "the development waves {dev_waves} ({n_dev} sentences; the German rules were written from them, so the "
        "dev_* figures are optimistic); test = wave {test_wave} ({test_status}). macro-F1 = the "
        "mean of the F1 of negative, neutral and positive; _<source>: the test wave's items of that source."),
    ("sentiment", "basil"): (
        "BASIL (Fan et al. 2019), {method} method, never used for development: {pairs_scored} of {pairs} (article, "
        "person) pairs with the annotators' 'author's feeling' and a mention of the person. spearman_rho: the "
        "person's mean tone in the article against the gold (-1 / 0 / 1); auc_negative: negative against the "
        "rest; baseline_*: the mentioning sentences' compound, target ignored (same run); by_class: mean tone "
        "with a 95 % t-interval over pairs."),
    ("framing", "semeval"): (
        "SemEval-2023 Task 3 subtask 2, {lang} training articles ({n_articles} articles, {n_labels} frame labels; "
        "no held-out labels exist, so this is cross-validation): outer {folds}-fold CV (seed {seed}); thresholds, "
        "models and settings are fitted on the training folds only. micro-F1 pools all (article, frame) "
        "decisions; macro-F1 is the mean over the 14 frames; frequent and tfidf_lr are anchors on the same "
        "folds."),
}

_SPLIT_ROLE = {"dev": "development data: the rules were developed on it, so its figures are optimistic",
               "test": "held out: no rule was developed on it", "all": "dev and test together"}


#: What each evaluation's intervals cover, printed after the description when the result has ``ci_method``
#: (session 17: the reviewer's intervals came from scripts outside the repository).
INTERVALS: dict[tuple[str, str], str] = {
    ("attribution", "polnear"): "precision, recall and F1 at both thresholds and source_correct",
    ("attribution", "redewiedergabe"): "precision, recall and F1 of each type",
    ("attribution", "basil"): "quote_recall, speaker_match and speaker_match_or_description",
    ("sentiment", "nyt"): "pearson_r and macro_f1_3class",
    ("sentiment", "newsmtsc"): "the devtest files' macro-F1 and accuracy, the cut-off held as fitted on train",
    ("sentiment", "german"): ("the test wave's macro-F1, accuracy, per-class F1 and per-source macro-F1, the "
                              "cut-off held as fitted on the development waves"),
    ("sentiment", "basil"): "spearman_rho and auc_negative",
    ("framing", "semeval"): "every method's micro-F1 and macro-F1",
}


def describe(task: str, gold: str, result: dict) -> str | None:
    """What the evaluation ``(task, gold)`` measured, with the data, split and counts of ``result``.

    Returns the text of :data:`DESCRIPTIONS` with ``{key}`` filled from ``result`` (a key the result lacks
    prints as ``?``), or None for a pair without a description. When ``result`` has ``ci_method`` a
    sentence follows saying which figures have a 95 % interval (``<figure>_low``, ``<figure>_high``) and
    how it was computed: the unit resampled, the number of resamples, the level and the seed.
    """
    text = DESCRIPTIONS.get((task, gold))
    if text is None:
        return None

    class _Values(dict):
        def __missing__(self, key):
            return "?"

    def shown(k, v):
        if isinstance(v, int) and not isinstance(v, bool) and k != "seed":
            return f"{v:,}"  # counts: 2,192 relations
        if isinstance(v, (list, tuple)):
            return ", ".join(map(str, v))
        return v

    values = _Values({k: shown(k, v) for k, v in result.items() if not hasattr(v, "to_string")})
    values["split_role"] = _SPLIT_ROLE.get(str(result.get("split")), "?")
    text = text.format_map(values)
    if result.get("ci_method"):
        text += (f" Intervals (<figure>_low, <figure>_high) of {INTERVALS.get((task, gold), 'the headline figures')}: "
                 f"{result['ci_method']}.")
    return text


def get_evaluator(task: str, gold: str):
    """The evaluation function for ``(task, gold)``.

    Raises
    ------
    KeyError
        If no evaluator is registered for the pair (the message lists them).
    """
    try:
        target = REGISTRY[(task, gold)]
    except KeyError:
        known = ", ".join(f"{t} --gold {g}" for t, g in sorted(REGISTRY))
        raise KeyError(f"no evaluation for {task!r} with gold {gold!r}; available: {known}") from None
    mod, func = target.split(":")
    return getattr(importlib.import_module(mod), func)
