"""Round 12 of the German attribution rules (Redewiedergabe dev errors counted by class, fixed by class).

Every sentence here is hand-written (other people, places and words than the corpus) and the expected kinds,
sources and contents were worked out by reading it.
"""
import pandas as pd

from conftest import att, one


def _with_sentences(text, cuts, lang="de"):
    """Attributions of ``text`` with the caller's sentences, each ending right after a string in ``cuts``."""
    from newsanalysis.attribution import attributions
    bounds, pos = [], 0
    for c in cuts:
        e = text.index(c, pos) + len(c)
        bounds.append((pos, e))
        pos = e + 1
    bounds.append((pos, len(text)))
    sents = pd.DataFrame([("a", i, s, e, text[s:e], lang) for i, (s, e) in enumerate(bounds)],
                         columns=["article_id", "sentence_id", "start", "end", "text", "language"])
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "language": [lang]})
    return attributions(arts, sentences=sents)


# --- a caller's sentence table that cuts inside a sentence


def test_a_sentence_cut_without_final_punctuation_is_one_sentence():
    # the table cuts before and after an emphasised word ("Brücke"), as Redewiedergabe and OCR'd prints do;
    # the reported clause runs to the real end of the sentence
    text = "Der Bürgermeister versicherte, dass die neue Brücke noch vor dem Winter fertig werde."
    a = _with_sentences(text, ["neue", "Brücke"])
    assert len(a) == 1
    r = a.iloc[0]
    assert (r["kind"], r["cue"], r["source"]) == ("indirect", "versicherte", "Der Bürgermeister")
    assert r["content"] == "dass die neue Brücke noch vor dem Winter fertig werde"
    assert r["sentence_id"] == 0


def test_a_headline_without_punctuation_stays_apart():
    # a line break after the unpunctuated headline: the headline is no part of the next sentence
    text = "Neue Brücke für Kesselbach\nDer Bürgermeister versicherte, dass sie vor dem Winter fertig werde."
    a = _with_sentences(text, ["Kesselbach"])
    assert len(a) == 1
    r = a.iloc[0]
    assert (r["source"], r["content"]) == ("Der Bürgermeister", "dass sie vor dem Winter fertig werde")
    assert r["sentence_id"] == 1
