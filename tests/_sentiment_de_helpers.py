"""Shared helpers of the German sentiment rule tests: the shipped scorer's terms and compound, and VADER's
normalisation (alpha = 15) for working out expected compounds by hand."""
import math

from newsanalysis.sentiment_de import german_scorer


def terms(text):
    """The scored words of ``text``, by word: {term: explanation row}."""
    return {t["term"]: t for t in german_scorer().explain(text)[1]}


def compound(text):
    return german_scorer().explain(text)[0]["compound"]


def norm(x):
    """VADER's normalisation of a summed weight x: x / sqrt(x² + 15)."""
    return x / math.sqrt(x * x + 15)
