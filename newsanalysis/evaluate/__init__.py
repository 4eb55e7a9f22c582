"""Gold-standard evaluation: one module per dataset, the same code the README figures come from.

The registry maps ``(task, gold)`` to ``"module:function"``; each function
takes ``shared`` (the shared data folder) plus keyword options and returns a
dict of figures plus optional tables. The CLI ``newsanalysis evaluate TASK
--gold GOLD`` prints them.
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
