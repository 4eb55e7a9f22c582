"""Syntactic relations between a target mention and the other words of its sentence.

Used by :func:`newsanalysis.sentiment.target_tone` with ``method="parse"`` (optional
``parser`` extra: spaCy 3.8 with ``en_core_web_sm`` 3.8.0, loaded only through
:func:`newsanalysis.models.load_parser`). Nothing here imports spaCy: a
:class:`SentenceParse` is a plain table of tokens (character offset, length,
dependency label, head index, coarse part of speech) made from a parsed ``Doc`` by
:meth:`SentenceParse.from_doc`, so the rules can be tested on hand-written parses.

Dependency labels are those of spaCy's English models (ClearNLP style: ``nsubj``,
``dobj``, ``pobj``, ``attr``, ``acomp``, ...).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

#: Dependency labels of a word that heads its own clause (with a verb or auxiliary as head word).
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "conj", "csubj", "parataxis", "acl", "xcomp", "pcomp"})
#: Subjects: the verb a subject depends on describes what the target does, not how it is treated.
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
#: A target that is one of these depends on a word that does something to it ("X slammed *Y*").
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "oprd", "pobj"})
#: The target is one part of a larger name or list: relations are read from the whole phrase.
PHRASE_DEPS = frozenset({"conj", "appos", "compound", "flat"})
#: Words that modify the target phrase directly (no extra weight beyond distance).
MODIFIER_DEPS = frozenset({"amod", "appos", "compound", "acl", "relcl", "nmod", "poss", "advmod"})
#: Predicates of a copula whose subject is the target ("*X* is corrupt", "*X* is a dictator").
PREDICATE_DEPS = frozenset({"attr", "acomp"})

GOVERNOR = "governs the target"
PREDICATE = "predicate of the target"
#: The word is in a complement clause (``ccomp``) that does not hold the target: reported or
#: embedded content about something else ("*The states* said Obama **broke** the law").
COMPLEMENT = "in another clause's complement"
#: The word is in another sentence of the text (another dependency tree).
OTHER_SENTENCE = "in another sentence"
#: Branch labels whose subtree, hanging off the path from the target to the root, is a complement.
COMPLEMENT_DEPS = frozenset({"ccomp"})


@dataclass(frozen=True)
class SentenceParse:
    """The dependency parse of one sentence.

    Attributes
    ----------
    starts, ends : tuple of int
        Character offsets of each token in the sentence text.
    deps : tuple of str
        Dependency label of each token (``"ROOT"`` for a root).
    heads : tuple of int
        Index of each token's head (a root is its own head).
    pos : tuple of str
        Coarse part of speech (Universal POS: ``VERB``, ``AUX``, ``NOUN``, ...).
    """

    starts: tuple
    ends: tuple
    deps: tuple
    heads: tuple
    pos: tuple

    @classmethod
    def from_doc(cls, doc) -> "SentenceParse":
        """From a spaCy ``Doc`` of the sentence text (offsets relative to that text)."""
        return cls(tuple(t.idx for t in doc), tuple(t.idx + len(t.text) for t in doc),
                   tuple(t.dep_ for t in doc), tuple(t.head.i for t in doc), tuple(t.pos_ for t in doc))

    def tokens_in(self, start: int, end: int) -> list[int]:
        """Indices of the tokens overlapping the characters ``start:end``."""
        return [k for k, (a, b) in enumerate(zip(self.starts, self.ends)) if a < end and b > start]

    def ancestors(self, i: int) -> list[int]:
        """``i`` and its heads up to the root."""
        out = [i]
        while self.heads[i] != i:
            i = self.heads[i]
            out.append(i)
        return out

    def tree_distance(self, i: int, j: int) -> float:
        """Number of dependency edges between tokens ``i`` and ``j`` (inf if in different trees)."""
        ai, aj = self.ancestors(i), self.ancestors(j)
        pos_j = {x: k for k, x in enumerate(aj)}
        for k, x in enumerate(ai):
            if x in pos_j:
                return float(k + pos_j[x])
        return math.inf

    def clause_head(self, i: int) -> int:
        """The head word of the clause token ``i`` is in: the nearest verb or auxiliary
        (itself included) with a clause label (:data:`CLAUSE_DEPS`), else the root."""
        anc = self.ancestors(i)
        for x in anc:
            if (self.deps[x] in CLAUSE_DEPS and self.pos[x] in ("VERB", "AUX")) or self.heads[x] == x:
                return x
        return anc[-1]

    def target_head(self, start: int, end: int) -> int:
        """The head token of the mention ``start:end`` (the first of its tokens whose head lies outside it)."""
        toks = self.tokens_in(start, end) or [0]
        inside = set(toks)
        for k in toks:
            if self.heads[k] not in inside or self.heads[k] == k:
                return k
        return toks[0]

    def role(self, t: int, h: int) -> str | None:
        """How token ``t`` relates to the target whose head token is ``h``.

        * :data:`GOVERNOR`: the target phrase depends on ``t`` as object, passive subject,
          prepositional object or another non-subject dependent ("Critics **slammed** Putin",
          "**criticism** of Putin", "Putin was **condemned**"), or ``t`` is the word a
          preposition with the target attaches to ("**attack** on Putin").
        * :data:`PREDICATE`: the target phrase is the subject of a copula and ``t`` is in its
          predicate (``attr`` / ``acomp``: "Putin is a **dictator**", "Kim was **happy**").
        * ``None`` otherwise (the verb the target is the subject of, modifiers, the rest).

        The target phrase: from ``h`` up through ``conj``, ``appos``, ``compound``, ``flat``
        ("Trump and **Kim**" is read as "Trump").
        """
        x = h
        while self.deps[x] in PHRASE_DEPS and self.heads[x] != x:
            x = self.heads[x]
        dep, g = self.deps[x], self.heads[x]
        if g != x and t == g:
            if dep in SUBJECT_DEPS or dep == "poss":
                return None
            return GOVERNOR
        if dep == "pobj" and g != x and self.heads[g] == t and self.heads[g] != g:
            return GOVERNOR
        if self.heads[t] in (x, h) and self.deps[t] in MODIFIER_DEPS:
            return None
        if dep in SUBJECT_DEPS and g != x:
            if self.heads[t] == g and self.deps[t] in PREDICATE_DEPS | {"oprd"}:
                return PREDICATE
            anc = self.ancestors(t)
            if g in anc:
                k = anc.index(g)
                if k >= 1 and self.deps[anc[k - 1]] in PREDICATE_DEPS:
                    return PREDICATE
        return None

    def scope(self, t: int, h: int) -> str | None:
        """Where token ``t`` lies relative to the target whose head token is ``h``.

        * :data:`OTHER_SENTENCE`: ``t`` and ``h`` are in different dependency trees (the text
          holds more than one sentence).
        * :data:`COMPLEMENT`: the branch that leads from the lowest common ancestor of ``t`` and
          ``h`` down to ``t`` starts with a complement clause (``ccomp``), so ``t`` is inside
          a complement that does not hold the target: "The states said Obama **broke** the law"
          toward "The states" ("broke" heads the ``ccomp`` of "said"), "Kim said the talks were a
          **disaster**" toward Kim. Toward Obama, "broke" is not (Obama is inside that clause).
        * ``None`` otherwise (the target's own clause, its ancestors and its other branches).
        """
        at, ah = self.ancestors(t), self.ancestors(h)
        on_h = set(ah)
        for k, x in enumerate(at):
            if x in on_h:
                if k == 0 or x == h:
                    return None  # t is an ancestor of the target, or inside the target's subtree
                return COMPLEMENT if self.deps[at[k - 1]] in COMPLEMENT_DEPS else None
        return OTHER_SENTENCE

    def relation(self, start: int, end: int, h: int) -> tuple[bool, float, str | None]:
        """``(same_clause, tree_distance, role)`` of the word at ``start:end`` toward target head ``h``.

        A word that covers no token (should not happen with spaCy's tokens) is in another
        clause at an infinite distance, with no role.
        """
        toks = self.tokens_in(start, end)
        if not toks:
            return False, math.inf, None
        t = toks[0]
        return (self.clause_head(t) == self.clause_head(h), min(self.tree_distance(k, h) for k in toks),
                self.role(t, h))


def parse_sentences(texts, language: str = "en") -> dict[str, SentenceParse]:
    """Parse each distinct text once with the optional dependency parser.

    Parameters
    ----------
    texts : iterable of str
        Sentence texts.
    language : str
        ISO 639-1 code (only ``"en"`` has a parser).

    Returns
    -------
    dict
        text -> :class:`SentenceParse`.

    Raises
    ------
    ImportError
        If the ``parser`` extra is not installed (``pip install "newsanalysis[parser]"``).
    ValueError
        If no parser exists for ``language``.
    """
    from .models import load_parser
    nlp = load_parser(language)
    uniq = list(dict.fromkeys(texts))
    out: dict[str, SentenceParse] = {}
    # named entities and lemmas are not used: only the tagger (part of speech) and the parser
    disable = [p for p in ("ner", "lemmatizer") if p in nlp.pipe_names]
    for text, doc in zip(uniq, nlp.pipe(uniq, batch_size=64, disable=disable)):
        out[text] = SentenceParse.from_doc(doc)
    return out
