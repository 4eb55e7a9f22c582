"""Attribution relations from a dependency parse (English, spaCy).

The rule-based extractor of :mod:`newsanalysis.attribution` reads the word
sequence; this module reads the grammatical structure that spaCy's parser
(``en_core_web_sm`` 3.8.0, see :mod:`newsanalysis.models`) gives each
sentence, in the manner of the GenderGapTracker quote extractor (Asr et al.
2021) and the PolNeAR paper (Newell, Margolin & Ruths 2018). It is used
through ``attributions(articles, parser=True)``, which merges these relations
with the rules' ones.

Constructions (each one documented with an example in ``docs/attribution.md``):

1. **Verb with a clausal complement**: a verb whose lemma is a cue
   (``verb_cues``) with a ``ccomp`` child: "Officials said (that) …", "…, he
   said". Source: the verb's subject (``nsubj``), or for a passive the
   ``by``-agent; a verb without its own subject (``conj``, ``advcl``,
   ``xcomp``: "…, adding that …", "and warned that …") takes the subject of
   the verb it depends on; a relative clause ("an aide who said …") speaks
   for the noun it modifies. "It was reported that …" has no source.
2. **Parenthetical cue**: "But to prevent problems, he said, local officials
   should …" (the cue is a ``parataxis`` of the content's verb). Both sides
   are the content, the cue clause between them its gap (``gaps``).
3. **Verb with a to-infinitive** (``xcomp_cues``): "Trump vowed to repeal …".
4. **Verb with a direct object** (``object_cues``): "Cruz endorsed Trump",
   "The Kremlin praised the soldiers for their courage" (the object with its
   ``object_content_prepositions`` complement).
5. **Verb with a preposition** (``preposition_cues``): "Trump called for
   steep new tariffs", "She spoke about the need for reforms".
6. **Speech noun with a "that" clause** (``noun_cues``): "his claim that …",
   "Seoul's view is that …"; the possessor is the source.
7. **According to**: "according to X" (the preposition's object is the
   source, the rest of its clause the content).

Round 5 (issue #4, chosen on PolNeAR dev only):

8. **Passive speech verb** (``passive_cues``): "The treaty has been endorsed
   by the Russian parliament" (the passive subject is the content, the
   ``by``-agent the source).
9. **Raising** (``raising_cues``): "The talks seem to have stalled", "The veto
   is expected to come before Friday", "X is likely to …": the content is the
   subject with the infinitive or predicate, given as one span from the
   subject to the end of the complement; no source unless "to X" names one.
10. **Stance adjective** (``adjective_cues``): "Officials are afraid that …",
    "Graham has been critical of the deal", "It was unclear whether …".
11. **Intention noun with a to-infinitive** (``noun_infinitive_cues``; a
    possessor is required): "President Putin's decision to visit Pyongyang".
12. **Position noun with a preposition** (``noun_preposition_cues``):
    "North Korea's claims about the missile", "Graham is a staunch opponent
    of the treaty".
13. **Light verb** (``light_verb_cues``): "made the case for", "took offense
    at", "raised concerns about", "made it clear that".
14. **Naming verb** (``naming_cues``): "Lavrov called the sanctions a
    failure", "Analysts see the treaty as a turning point".
15. **In X's view** (``view_nouns``): "In the minister's view, …", "In the
    latest poll, …" (kind ``according_to``).

Each relation also carries ``cut``: where the cue's own clause begins when it
is a main or coordinated clause with its own subject; an earlier content
running over the cue ends there (``attribution._merge_parsed``).

Cue lemmas with their stance are data: ``resources/en/attribution_parser.yaml``; so is each relation's
``cue_class`` (YAML ``cue_classes``, by construction and lemma; a lemma not listed is speech, see
:data:`newsanalysis.attribution_rules.CUE_CLASSES`).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache

import yaml

from ._tables import resource_path

# dependency labels of a verb that inherits its subject from the verb it hangs on
INHERITS_SUBJECT = ("conj", "advcl", "xcomp", "pcomp", "acl")
# dependents of an object verb that end its content ("…, and", "…, which", "… because …")
OBJECT_STOP = ("conj", "cc", "punct", "advcl", "parataxis", "relcl", "dep")
_PUNCT_EDGE = " \t\n\u00a0,;:.!?-\u2013\u2014"


@dataclass(frozen=True)
class ParserCues:
    """Cue lemmas of one language for the parser method (lemma → stance)."""

    verbs: dict
    xcomp: dict
    objects: dict
    preps: dict
    nouns: dict
    object_preps: frozenset
    according: tuple
    passive: dict = None
    raising: dict = None
    adjectives: dict = None
    adjective_preps: frozenset = frozenset()
    noun_infinitive: dict = None
    naming: dict = None
    view_nouns: frozenset = frozenset()
    noun_preps: dict = None
    light: dict = None
    raising_predicative: frozenset = frozenset()
    naming_appositive: frozenset = frozenset()
    classes: dict = None  # construction block → lemma → cue class (YAML cue_classes)

    def cue_class(self, block: str, lemma: str | None) -> str:
        """The ``cue_class`` of a relation found by the construction of YAML block ``block`` from ``lemma``
        (for light verbs "verb noun", e.g. "raise concern"): its class in ``cue_classes``, else speech."""
        from .attribution_rules import DEFAULT_CUE_CLASS
        return ((self.classes or {}).get(block) or {}).get(lemma or "", DEFAULT_CUE_CLASS)


#: The YAML block of each construction (``cue_classes`` is keyed by these names).
CONSTRUCTION_BLOCKS = {
    "_according": "according_to", "_verb_ccomp": "verb_cues", "_parenthetical": "verb_cues",
    "_raising": "raising_cues", "_verb_xcomp": "xcomp_cues", "_noun_that": "noun_cues",
    "_noun_infinitive": "noun_infinitive_cues", "_noun_prep": "noun_preposition_cues",
    "_light_verb": "light_verb_cues", "_verb_naming": "naming_cues", "_verb_dobj": "object_cues",
    "_verb_prep": "preposition_cues", "_verb_passive": "passive_cues", "_adjective": "adjective_cues",
    "_in_view": "view_nouns",
}


def _block_keys(data: dict, block: str) -> set:
    """The lemmas (light verbs: "verb noun" pairs) that the YAML block ``block`` lists."""
    val = data.get(block) or {}
    if block == "light_verb_cues":
        return {f"{str(v).lower()} {str(n).lower()}" for v, nouns in val.items() for n in (nouns or {})}
    if block == "according_to":
        return {str(p[0]).lower() for p in val}
    if isinstance(val, list):
        return {str(w).lower() for w in val}
    if block in ("preposition_cues", "noun_preposition_cues"):
        return {str(k).lower() for k in val}
    return {str(w).lower() for words in val.values() for w in words or []}


def _parser_classes(data: dict, path) -> dict:
    """YAML ``cue_classes`` (construction block → class → lemmas) as {block: {lemma: class}}; ``ValueError``
    naming the file for an unknown block or class, a lemma the block does not list, or one listed twice."""
    from .attribution_rules import CUE_CLASSES
    out: dict = {}
    blocks = set(CONSTRUCTION_BLOCKS.values())
    for block, classes in (data.get("cue_classes") or {}).items():
        if block not in blocks:
            raise ValueError(f"{path}: cue_classes has the construction {block!r}; use one of {', '.join(sorted(blocks))}")
        for cls, lemmas in (classes or {}).items():
            if cls not in CUE_CLASSES:
                raise ValueError(f"{path}: cue_classes.{block} has the class {cls!r}; use one of {', '.join(CUE_CLASSES)}")
            for w in lemmas or []:
                if isinstance(w, bool) or w is None:
                    raise ValueError(f"{path}: cue_classes.{block}.{cls} holds {w!r}; quote the word")
                w = str(w).lower()
                if w not in _block_keys(data, block):
                    raise ValueError(f"{path}: cue_classes.{block}.{cls} lists {w!r}, which {block} does not list")
                if out.setdefault(block, {}).get(w, cls) != cls:
                    raise ValueError(f"{path}: cue_classes.{block} lists {w!r} as {out[block][w]!r} and {cls!r}")
                out[block][w] = cls
    return out


def _by_stance(block) -> dict:
    out = {}
    for stance, words in (block or {}).items():
        for w in words or []:
            out.setdefault(str(w).lower(), stance)
    return out


def _light_cues(data: dict) -> dict:
    """verb → noun → (stance, prepositions); a noun given as [stance, [prepositions]] keeps only those."""
    default = tuple(str(w).lower() for w in data.get("light_verb_prepositions") or [])
    out = {}
    for verb, nouns in (data.get("light_verb_cues") or {}).items():
        for noun, spec in (nouns or {}).items():
            stance, preps = (spec, default) if isinstance(spec, str) else (spec[0], tuple(str(w).lower() for w in spec[1]))
            out.setdefault(str(verb).lower(), {})[str(noun).lower()] = (str(stance), preps)
    return out


@lru_cache(maxsize=None)
def load_cues(lang: str = "en") -> ParserCues:
    """Read ``resources/<lang>/attribution_parser.yaml``.

    Raises
    ------
    FileNotFoundError
        When the language has no parser cue file.
    """
    path = resource_path(lang, "attribution_parser.yaml")
    if not path.is_file():
        raise FileNotFoundError(f"no parser cue list for language {lang!r} at {path}")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return ParserCues(
        verbs=_by_stance(data.get("verb_cues")),
        xcomp=_by_stance(data.get("xcomp_cues")),
        objects=_by_stance(data.get("object_cues")),
        preps={str(k).lower(): (v["stance"], tuple(str(w).lower() for w in v["prepositions"]))
               for k, v in (data.get("preposition_cues") or {}).items()},
        nouns=_by_stance(data.get("noun_cues")),
        object_preps=frozenset(str(w).lower() for w in data.get("object_content_prepositions") or []),
        according=tuple(tuple(str(w).lower() for w in p) for p in data.get("according_to") or []),
        passive=_by_stance(data.get("passive_cues")),
        raising=_by_stance(data.get("raising_cues")),
        adjectives=_by_stance(data.get("adjective_cues")),
        adjective_preps=frozenset(str(w).lower() for w in data.get("adjective_prepositions") or []),
        noun_infinitive=_by_stance(data.get("noun_infinitive_cues")),
        naming=_by_stance(data.get("naming_cues")),
        view_nouns=frozenset(str(w).lower() for w in data.get("view_nouns") or []),
        noun_preps={str(k).lower(): (v["stance"], tuple(str(w).lower() for w in v["prepositions"]))
                    for k, v in (data.get("noun_preposition_cues") or {}).items()},
        light=_light_cues(data),
        raising_predicative=frozenset(str(w).lower() for w in data.get("raising_predicative") or []),
        naming_appositive=frozenset(str(w).lower() for w in data.get("naming_appositive") or []),
        classes=_parser_classes(data, path),
    )


# --------------------------------------------------------------------------- spans
def _text(doc) -> str:
    """``doc.text``, built once per parse (spaCy joins all tokens on every access)."""
    text = doc.user_data.get("newsanalysis_text")
    if text is None:
        text = doc.user_data["newsanalysis_text"] = doc.text
    return text


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _PUNCT_EDGE:
        s += 1
    while e > s and text[e - 1] in _PUNCT_EDGE:
        e -= 1
    return s, e


def _subtree_span(tok, exclude=()) -> tuple[int, int] | None:
    """Character span of ``tok``'s subtree; the subtrees in ``exclude`` are cut off at the edges.

    When an excluded subtree lies inside, the longer side is kept (the output has one content span).
    """
    idx = {t.i for t in tok.subtree}
    for x in exclude:
        idx -= {t.i for t in x.subtree}
    if not idx:
        return None
    doc = tok.doc
    runs = _runs(idx)  # keep the contiguous run with most characters

    def chars(run):
        return doc[run[-1]].idx + len(doc[run[-1]]) - doc[run[0]].idx

    best = max(runs, key=chars)
    s, e = doc[best[0]].idx, doc[best[-1]].idx + len(doc[best[-1]])
    s, e = _trim(_text(doc), s, e)
    return (s, e) if e > s else None


def _runs(idx: set[int]) -> list[list[int]]:
    """Token indices grouped into runs of consecutive indices, in order."""
    runs, cur = [], []
    for i in sorted(idx):
        if cur and i != cur[-1] + 1:
            runs.append(cur)
            cur = []
        cur.append(i)
    runs.append(cur)
    return runs


_CLAUSE_EDGES = (",", "\u2014", "\u2013", "-", "(", ")")


def _cue_clause(tok) -> set[int]:
    """Token indices of a parenthetical cue's own clause: the cue and the words of its subtree next to it up to
    the comma (or dash, parenthesis) on each side, with those marks. What else hangs on the cue in the parse
    ("But to prevent problems, the governor conceded, …": the purpose clause before the comma) stays content."""
    doc, sub = tok.doc, {t.i for t in tok.subtree}
    lo = hi = tok.i
    while lo - 1 in sub and doc[lo - 1].text not in _CLAUSE_EDGES:
        lo -= 1
    while hi + 1 in sub and doc[hi + 1].text not in _CLAUSE_EDGES:
        hi += 1
    if lo > 0 and doc[lo - 1].text in _CLAUSE_EDGES:
        lo -= 1
    if hi + 1 < len(doc) and doc[hi + 1].text in _CLAUSE_EDGES:
        hi += 1
    return set(range(lo, hi + 1))


def _subtree_parts(tok, exclude: set[int]) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """``tok``'s subtree without the token indices ``exclude`` as one content in parts: ``((start, end),
    gaps)``, the gaps being where the excluded tokens interrupt it. "The museum, he said, would make …" → the
    span "The museum … would make …" with the gap ", he said, " (as the rules' ``content_gaps``). A part of
    punctuation only is dropped; None when nothing is left."""
    idx = {t.i for t in tok.subtree} - exclude
    if not idx:
        return None
    doc, text = tok.doc, _text(tok.doc)
    parts = []
    for run in _runs(idx):
        s, e = _trim(text, doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]]))
        if e > s:
            parts.append((s, e))
    if not parts:
        return None
    return (parts[0][0], parts[-1][1]), [(a[1], b[0]) for a, b in zip(parts, parts[1:])]


def _cue_span(tok) -> tuple[int, int]:
    """The cue verb or noun with its particle ("point out")."""
    s, e = tok.idx, tok.idx + len(tok)
    for c in tok.children:
        if c.dep_ == "prt" and c.i == tok.i + 1:
            e = c.idx + len(c)
    return s, e


def _subject(verb, depth: int = 0):
    """(subject token, passive?) of ``verb``; a verb without one borrows the governing verb's."""
    agent = None
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c, False
        if c.dep_ == "nsubjpass":
            # a passive: the by-agent speaks ("it was reported by X that")
            for a in verb.children:
                if a.dep_ == "agent":
                    agent = next((p for p in a.children if p.dep_ == "pobj"), None)
            return (agent, False) if agent is not None else (c, True)
    if verb.dep_ == "relcl":
        return verb.head, False
    if verb.dep_ in INHERITS_SUBJECT and depth < 3 and verb.head.i != verb.i:
        head = verb.head
        if depth == 0 and verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.dep_ == "ccomp" \
                and head.head.i != head.i and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
                and head.head.lemma_.lower() in load_cues("en").verbs:
            head = head.head  # "The minister said the talks had failed, adding that …": the minister adds
        return _subject(head, depth + 1)
    return None, False


def _source_span(subj, verb) -> tuple[int, int] | None:
    """Span of the subject phrase; for a relative clause the noun phrase before it."""
    if subj is None:
        return None
    if verb.dep_ == "relcl" and subj.i == verb.head.i:
        return _subtree_span(subj, exclude=[verb])
    if subj.dep_ == "nsubjpass" and subj.lower_ in ("it", "this"):
        return None  # "it was reported that …": nobody named
    # a relative pronoun subject ("who said"): the noun it refers to
    if subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return _subtree_span(verb.head, exclude=[verb])
    if _relative_pronoun(subj) and _relative_antecedent(subj) is not None:
        return _relative_antecedent(subj)
    return _subtree_span(subj, exclude=[c for c in subj.children if c.dep_ == "relcl" and c.i > verb.i])


def _relative_pronoun(tok) -> bool:
    return tok.tag_ in ("WP", "WDT") and tok.lower_ in ("which", "who", "whom", "that")


def _relative_antecedent(tok) -> tuple[int, int] | None:
    """Session 13, English sources: a relative pronoun is never a source. When the subject of a cue is one
    further up ("the U.S. which committed …, revealing its intention …": the participle borrows the relative
    clause's subject), the source is the proper name the relative clause modifies. None otherwise: the parse
    often hangs the clause on the wrong noun ("the confrontation policy of the U.S. … which have …"), and a
    relation without a source lost PolNeAR dev matches (half B 0.7598 → 0.7572), so the caller keeps the
    pronoun there."""
    for anc in tok.ancestors:
        if anc.dep_ == "relcl":
            return _subtree_span(anc.head, exclude=[anc]) if anc.head.pos_ == "PROPN" else None
    return None


def _rel(kind, cue_tok, stance, content, source, cue_span=None) -> dict | None:
    if content is None:
        return None
    cs, ce = cue_span or _cue_span(cue_tok)
    doc = cue_tok.doc
    r = {"kind": kind, "cue": _text(doc)[cs:ce], "stance": stance, "cue_start": cs, "cue_end": ce,
         "start": content[0], "end": content[1], "source_start": None, "source_end": None,
         "construction": None, "lemma": cue_tok.lemma_.lower()}
    if source is not None:
        r["source_start"], r["source_end"] = source
    r["cut"] = _clause_cut(cue_tok)
    r["root"] = cue_tok.dep_ == "ROOT" and cue_tok.pos_ in ("VERB", "AUX") and source is not None
    return r


def _clause_cut(tok) -> int | None:
    """Where a main or coordinated clause with its own subject begins ("…, and he noted that …", a new
    sentence), or where a participle after a comma begins ("…, adding that …"): an earlier relation's
    content that runs over this cue should end there. None for a cue without its own subject or in a
    subordinate clause."""
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp") and tok.i > 0 \
            and tok.doc[tok.i - 1].text == "," and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return tok.idx  # "…, adding that …", "…, arguing that …": a participle clause of its own
    if tok.pos_ not in ("VERB", "AUX") or not (tok.dep_ in ("ROOT", "conj") or tok.head.i == tok.i):
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    if subj is None:
        return None
    if tok.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in ("that", "whether") and c.i < subj.left_edge.i
                                  for c in tok.children):
        return None  # round 14: "said the videos were "inconclusive" and that the footage did not show …": a
        # coordinated subordinate clause is part of the report
    first = subj.left_edge
    i = first.i
    while i > 0 and tok.doc[i - 1].dep_ in ("cc", "punct") and not tok.doc[i - 1].is_quote:
        i -= 1
    return tok.doc[i].idx


# --------------------------------------------------------------------------- constructions
def _verb_ccomp(tok, C: ParserCues) -> dict | None:
    stance = C.verbs.get(tok.lemma_.lower())
    if stance is None or tok.pos_ not in ("VERB", "AUX"):
        return None
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return None
    subj, _ = _subject(tok)
    src = _source_span(subj, tok)
    r = _rel("indirect", tok, stance, _subtree_span(comp), src)
    if r:
        r["construction"] = "verb_ccomp"
    return r


def _parenthetical(tok, C: ParserCues) -> dict | None:
    stance = C.verbs.get(tok.lemma_.lower())
    if stance is None or tok.dep_ != "parataxis" or any(c.dep_ == "ccomp" for c in tok.children):
        return None
    subj, _ = _subject(tok)
    if subj is None:
        return None
    parts = _subtree_parts(tok.head, _cue_clause(tok))
    r = _rel("indirect", tok, stance, parts[0] if parts else None, _source_span(subj, tok))
    if r:
        # both sides of the cue clause are the content, the cue clause its gap ("But to prevent problems, he
        # said, local officials should …"; before: only the longer side)
        r["construction"] = "parenthetical"
        r["gaps"] = parts[1]
    return r


def _verb_xcomp(tok, C: ParserCues) -> dict | None:
    stance = C.xcomp.get(tok.lemma_.lower())
    if stance is None or tok.pos_ != "VERB":
        return None
    comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if comp is None:
        return None
    subj, _ = _subject(tok)
    r = _rel("indirect", tok, stance, _subtree_span(comp), _source_span(subj, tok))
    if r:
        r["construction"] = "verb_xcomp"
    return r


def _loose_modifiers(obj) -> list:
    """The modifier set off by a comma at the end of an object phrase ("criticism of Matt Lauer, who took heat
    for …", "the campaign, the latest chapter in …"): a non-restrictive relative clause, or an apposition
    with a determiner, that describes the object and is not part of what the source says (PolNeAR's content
    ends before it); as a list of at most one token."""
    for c in obj.subtree:
        if c.i > obj.i and c.right_edge.i == obj.right_edge.i and c.left_edge.i > 0 \
                and c.doc[c.left_edge.i - 1].text == "," and (c.dep_ == "relcl" or (
                    c.dep_ == "appos" and c.pos_ == "NOUN" and any(d.dep_ == "det" for d in c.children))):
            return [c]  # (a name in apposition, "the director, Lonnie Bunch", stays)
    return []


def _cue_verb_object(tok, table: dict):
    """``(stance, direct object)`` of a verb whose lemma is in ``table`` and that has a direct object, else None."""
    stance = table.get(tok.lemma_.lower())
    if stance is None or tok.pos_ != "VERB":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return None if obj is None else (stance, obj)


#: Entity types of a subject that acts rather than shows evidence ("North Korea and Russia have shown increasing
#: cooperation"; "the data show …" keeps its evidence reading).
_ACTOR_ENTITIES = frozenset({"GPE", "ORG", "PERSON", "NORP"})


def _negated(tok) -> bool:
    """Whether the verb ``tok`` is negated ("has not commented", "did n't say"): it reports no statement."""
    return any(c.dep_ == "neg" for c in tok.children)


def _verb_dobj(tok, C: ParserCues) -> dict | None:
    found = _cue_verb_object(tok, C.objects)
    if found is None:
        return None
    stance, obj = found
    subj, _ = _subject(tok)
    if subj is None:
        return None
    if _negated(tok):
        return None  # session 15: "North Korea has not commented on the claims": nothing is reported
    if C.cue_class("object_cues", tok.lemma_.lower()) == "evidence" and (
            subj.pos_ == "PROPN" or subj.ent_type_ in _ACTOR_ENTITIES):
        return None  # session 15: "North Korea and Russia have shown increasing cooperation": shown, not evidence
    src = _source_span(subj, tok)
    if src is None:
        return None
    # the object with what the verb says of it: "attacked her opponent as a fraud", "shows her ahead"
    end = obj.right_edge
    loose = _loose_modifiers(obj)
    if loose:
        end = tok.doc[loose[0].left_edge.i - 2]  # the word before the comma
    for c in tok.rights:
        if c.i <= obj.i or loose:
            continue
        if c.dep_ in OBJECT_STOP or (c.dep_ == "prep" and c.lower_ not in C.object_preps):
            break
        end = c.right_edge
    content = _trim(_text(tok.doc), obj.left_edge.idx, end.idx + len(end))
    r = _rel("indirect", tok, stance, content if content[1] > content[0] else None, src)
    if r:
        r["construction"] = "verb_dobj"
    return r


def _verb_prep(tok, C: ParserCues) -> dict | None:
    preps = C.preps.get(tok.lemma_.lower())
    if preps is None or tok.pos_ != "VERB":
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps[1]), None)
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None or _negated(tok):
        return None  # (session 15: "has not commented on the claims" reports nothing)
    subj, _ = _subject(tok)
    src = _source_span(subj, tok)
    if src is None:
        return None
    cs, ce = _cue_span(tok)
    if not _text(tok.doc)[ce:prep.idx].strip():
        ce = prep.idx + len(prep)  # "called for", "spoke out about"; not over "spoke emotionally of"
    r = _rel("indirect", tok, preps[0], _subtree_span(obj, exclude=_loose_modifiers(obj)), src, cue_span=(cs, ce))
    if r:
        r["construction"] = "verb_prep"
    return r


def _that_clause(tok):
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return c
    return None


def _noun_that(tok, C: ParserCues) -> dict | None:
    stance = C.nouns.get(tok.lemma_.lower())
    if stance is None or tok.pos_ != "NOUN":
        return None
    clause = _that_clause(tok)
    src = None
    if clause is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        # "Their view is that …"
        clause = _that_clause(tok.head)
    if clause is None:
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        src = _subtree_span(poss)
        if src is not None:
            t = _text(tok.doc)
            s, e = src
            if t[e - 2:e] in ("'s", "\u2019s"):
                src = (s, e - 2)
    r = _rel("indirect", tok, stance, _subtree_span(clause), src)
    if r:
        r["construction"] = "noun_that"
    return r


def _according(tok, C: ParserCues) -> dict | None:
    for first, second in C.according:
        if tok.lower_ != first:
            continue
        prep = next((c for c in tok.children if c.lower_ == second), None)
        if prep is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == second:
            prep = tok.doc[tok.i + 1]
        if prep is None:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        head = tok.head
        while head.dep_ not in ("ROOT", "ccomp", "conj") and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
            head = head.head
        if head.i == tok.i:
            continue
        content = _subtree_span(head, exclude=[tok])
        r = _rel("according_to", tok, "neutral", content, (_relative_pronoun(pobj) and _relative_antecedent(pobj)) or _subtree_span(pobj),
                 cue_span=(tok.idx, prep.idx + len(prep)))
        if r:
            r["construction"] = "according_to"
        return r
    return None


def _to_infinitive(tok):
    """The ``to``-infinitive complement (xcomp) of ``tok``, or None."""
    return next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _join(*spans) -> tuple[int, int] | None:
    """One span from the first start to the last end of ``spans`` (None ones ignored)."""
    spans = [x for x in spans if x is not None]
    if not spans:
        return None
    return min(a for a, _ in spans), max(b for _, b in spans)


def _verb_passive(tok, C: ParserCues) -> dict | None:
    """"Clinton has been endorsed by dozens of papers", "Quiros was accused of using …": the passive subject
    (with a ``for``/``of``/``as`` complement) is the content, the ``by``-agent the source."""
    stance = C.passive.get(tok.lemma_.lower())
    if stance is None or tok.pos_ != "VERB":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.tag_ in ("WDT", "WP", "PRP") or subj.lower_ in ("it", "this", "that"):
        return None  # a relative or personal pronoun says nothing by itself ("which was endorsed")
    agent = next((a for a in tok.children if a.dep_ == "agent"), None)
    pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
    content = _subtree_span(subj)
    complement = False
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in C.object_preps and c.lower_ != "with":
            content, complement = _join(content, _subtree_span(c)), True
            break
    if pobj is None and not complement and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "when", "once")
                                               for c in tok.children):
        return None  # session 15: "if the other is attacked": a condition, no one is reported
    cs, ce = _cue_span(tok)
    if agent is not None and not _text(tok.doc)[ce:agent.idx].strip():
        ce = agent.idx + len(agent)  # "endorsed by"
    r = _rel("indirect", tok, stance, content, _subtree_span(pobj) if pobj is not None else None,
             cue_span=(cs, ce))
    if r:
        r["construction"] = "verb_passive"
    return r


def _raising(tok, C: ParserCues) -> dict | None:
    """"Melania seems to have vanished", "The veto is expected to come before Friday": the writer's (or an
    unnamed) judgement of a proposition made of the subject and the infinitive or predicate; "to me" names
    the source."""
    stance = C.raising.get(tok.lemma_.lower())
    if stance is None or tok.pos_ not in ("VERB", "ADJ"):
        return None
    head = tok
    if tok.pos_ == "ADJ":  # "is likely to …"
        if tok.dep_ != "acomp":
            return None
        head = tok.head
    comp = _to_infinitive(tok)
    if comp is None and tok.pos_ == "VERB" and tok.lemma_.lower() in C.raising_predicative:
        comp = next((c for c in tok.children if c.dep_ in ("acomp", "attr", "oprd")), None)
    if comp is None:
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ in ("it", "there"):
        return None  # "it seems to me that" is a clause cue; a relative pronoun is no content
    src, to_me = None, []
    for c in list(tok.children) + list(comp.children):
        if c.dep_ == "prep" and c.lower_ == "to":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                src, to_me = _subtree_span(pobj), [c]  # "seems credible to me": the judge, not the content
    r = _rel("indirect", tok, stance, _join(_subtree_span(subj), _subtree_span(comp, exclude=to_me)), src)
    if r:
        r["construction"] = "raising"
    return r


def _adjective(tok, C: ParserCues) -> dict | None:
    """"Many Democrats are afraid that …", "Graham has been critical of Trump", "it was unclear whether …":
    a stance adjective predicated of its source, with a clause, infinitive or preposition complement."""
    stance = C.adjectives.get(tok.lemma_.lower())
    if stance is None or tok.pos_ != "ADJ" or tok.dep_ not in ("acomp", "ROOT", "conj", "oprd"):
        return None
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None) or _to_infinitive(tok)
    if comp is None and tok.dep_ == "acomp":
        # "It was unclear whether …": the clause hangs on the copula
        comp = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if comp is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in C.adjective_preps), None)
        if prep is None:
            return None
        comp = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if comp is None:
            return None
    head = tok.head if tok.dep_ in ("acomp", "oprd") else tok
    subj, _ = _subject(head)
    src = None
    if subj is not None and subj.lower_ not in ("it", "there", "this", "that") and subj.tag_ not in ("EX",):
        src = _source_span(subj, head)
    elif subj is None and tok.dep_ == "conj":
        return None
    r = _rel("indirect", tok, stance, _subtree_span(comp), src)
    if r:
        r["construction"] = "adjective"
    return r


def _noun_infinitive(tok, C: ParserCues) -> dict | None:
    """"President Obama's decision to jump-start relations", "its own plan to achieve that goal": an
    intention noun with a to-infinitive; the possessor is the source."""
    stance = C.noun_infinitive.get(tok.lemma_.lower())
    if stance is None or tok.pos_ != "NOUN":
        return None
    comp = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if comp is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        comp = _to_infinitive(tok.head)  # "Their plan is to …"
    if comp is None:
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return None  # "plans to pay for the expansion", "efforts to enact …": whose is not said
    r = _rel("indirect", tok, stance, _subtree_span(comp), _possessor_span(poss))
    if r:
        r["construction"] = "noun_infinitive"
    return r


def _possessor_span(poss) -> tuple[int, int] | None:
    """The possessor phrase without its "'s"."""
    if poss is None:
        return None
    src = _subtree_span(poss)
    if src is not None:
        s, e = src
        if _text(poss.doc)[e - 2:e] in ("'s", "\u2019s"):
            src = (s, e - 2)
    return src


def _verb_naming(tok, C: ParserCues) -> dict | None:
    """"Moore called Obama's remarks 'a true wake-up call'", "Critics see the program as an opportunity":
    a verb of naming or judging with its object and what it is called or taken for."""
    found = _cue_verb_object(tok, C.naming)
    if found is None:
        return None
    stance, obj = found
    comp = next((c for c in tok.children if c.i > obj.i and (c.dep_ in ("oprd", "xcomp", "ccomp")
                 or (c.dep_ == "prep" and c.lower_ == "as"))), None)
    if comp is None:
        comp = next((c for c in obj.children if c.dep_ in ("appos", "oprd", "amod") and c.i > obj.i
                     and tok.lemma_.lower() in C.naming_appositive), None)
    if comp is None:
        return None
    subj, _ = _subject(tok)
    src = _source_span(subj, tok)
    if obj.tag_ in ("WP", "WDT"):
        # "what lawmakers called 'fraud'", "that objectors see as abuses": the name alone is the content
        inner = next((c for c in comp.children if c.dep_ == "pobj"), comp) if comp.dep_ == "prep" else comp
        content = _subtree_span(inner)
    else:
        content = _trim(_text(tok.doc), obj.left_edge.idx, comp.right_edge.idx + len(comp.right_edge))
    r = _rel("indirect", tok, stance, content if content and content[1] > content[0] else None, src)
    if r:
        r["construction"] = "verb_naming"
    return r


def _noun_prep(tok, C: ParserCues) -> dict | None:
    """"North Korea's claims about the potency of its test", "his criticism of the deal"; also predicated
    of the source: "Graham is a staunch opponent of the death penalty". The possessor (or the copula's
    subject) is the source, the preposition's object the content."""
    spec = C.noun_preps.get(tok.lemma_.lower())
    if spec is None or tok.pos_ != "NOUN":
        return None
    stance, preps = spec
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        src = _possessor_span(poss)
    elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subj, _ = _subject(tok.head)
        if subj is None or subj.lower_ in ("it", "this", "that", "there"):
            return None
        src = _source_span(subj, tok.head)
    else:
        return None
    cs, ce = _cue_span(tok)
    if not _text(tok.doc)[ce:prep.idx].strip():
        ce = prep.idx + len(prep)
    r = _rel("indirect", tok, stance, _subtree_span(obj), src, cue_span=(cs, ce))
    if r:
        r["construction"] = "noun_prep"
    return r


def _light_verb(tok, C: ParserCues) -> dict | None:
    """"Obama has made the case for Mrs. Clinton", "Ham made it clear he had misgivings", "Trump took
    offense at suggestions that …": a light verb whose object noun (or predicative adjective) carries the
    speech act or stance; the content is that noun's or the verb's preposition object or clause."""
    nouns = C.light.get(tok.lemma_.lower())
    if nouns is None or tok.pos_ != "VERB":
        return None
    noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
    if noun is None:  # "made it clear (that) …": the adjective carries the act
        noun = next((c for c in tok.children if c.dep_ in ("oprd", "ccomp", "acomp", "xcomp") and c.pos_ == "ADJ"
                     and c.lemma_.lower() in nouns), None)
    if noun is None:
        return None
    stance, preps = nouns[noun.lemma_.lower()]
    comp = None
    for head in (noun, tok):
        for c in head.children:
            if c.i < noun.i:
                continue
            if c.dep_ == "prep" and c.lower_ in preps:
                comp = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
            elif c.pos_ in ("VERB", "AUX") and c is not noun and (
                    c.dep_ in ("ccomp", "acl") or (c.dep_ == "advcl" and noun.pos_ == "ADJ")):
                comp = c
            if comp is not None:
                break
        if comp is not None:
            break
    if comp is None:
        return None
    subj, _ = _subject(tok)
    src = _source_span(subj, tok)
    if src is None:
        return None
    cs = tok.idx
    end_tok = comp.head if comp.head.dep_ == "prep" and comp.head.i < comp.i else noun
    ce = max(noun.idx + len(noun), end_tok.idx + len(end_tok))
    r = _rel("indirect", tok, stance, _subtree_span(comp), src, cue_span=(cs, ce))
    if r:
        r["construction"] = "light_verb"
        r["lemma"] = f"{tok.lemma_.lower()} {noun.lemma_.lower()}"  # its class is the pair's: "raise concern"
    return r


def _in_view(tok, C: ParserCues) -> dict | None:
    """"In his eyes, only European immigrants are safe", "In this poll, Trump rose 1 point": "in" with a
    view or poll noun; the possessor (or the poll) is the source, the rest of the clause the content."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or not C.view_nouns:
        return None
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() not in C.view_nouns:
        return None
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in C.verbs:
        return None  # "In a statement, X said …": the verb is the cue
    poss = next((c for c in pobj.children if c.dep_ == "poss"), None)
    src = _possessor_span(poss) if poss is not None else _subtree_span(pobj)
    r = _rel("according_to", tok, "neutral", _subtree_span(head, exclude=[tok]), src)
    if r:
        r["construction"] = "in_view"
        r["lemma"] = pobj.lemma_.lower()  # "In his view" is cognition, "In this poll" writing
    return r


CONSTRUCTIONS = (_according, _verb_ccomp, _parenthetical, _raising, _verb_xcomp, _noun_that, _noun_infinitive,
                 _noun_prep, _light_verb, _verb_naming, _verb_dobj, _verb_prep, _verb_passive, _adjective, _in_view)


@lru_cache(maxsize=None)
def _triggers(lang: str) -> tuple[frozenset, frozenset]:
    """The lemmas and word forms a construction can start from (every cue list's keys, "according", "in")."""
    C = load_cues(lang)
    lemmas = set()
    for block in (C.verbs, C.xcomp, C.objects, C.preps, C.nouns, C.passive, C.raising, C.adjectives,
                  C.noun_infinitive, C.naming, C.noun_preps, C.light):
        lemmas.update(block or {})
    words = {first for first, _ in C.according}
    if C.view_nouns:
        words.add("in")
    return frozenset(lemmas), frozenset(words)


def doc_relations(doc, lang: str = "en") -> list[dict]:
    """Attribution relations of one parsed text.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parse of an article's ``text`` (character offsets are into that text).
    lang : str
        Language of the cue list (``resources/<lang>/attribution_parser.yaml``).

    Returns
    -------
    list of dict
        One dict per relation, in text order, with ``kind`` ("indirect" or
        "according_to"), ``cue``, ``stance``, ``cue_start``, ``cue_end``,
        ``start``, ``end`` (content) and ``source_start``, ``source_end``
        (None when no source was found), all character offsets into
        ``doc.text``; ``cue_class`` (YAML ``cue_classes`` of the construction
        and the cue's lemma, else "speech"); ``gaps`` (parenthetical cues only) lists the spans
        inside the content that are the narrator's words between its parts
        (the rows' ``content_gaps``); ``construction`` names the rule that found it;
        ``cut`` is where the cue's clause begins when it is a main or
        coordinated clause with its own subject (an earlier content running
        over the cue ends there), else None.
    """
    C = load_cues(lang)
    lemmas, words = _triggers(lang)
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in lemmas and tok.lower_ not in words:
            continue  # no construction starts from this word (most tokens: skip the 15 checks)
        for rule in CONSTRUCTIONS:
            r = rule(tok, C)
            if r is not None:
                r["cue_class"] = C.cue_class(CONSTRUCTION_BLOCKS[rule.__name__], r.pop("lemma", None))
                out.append(r)
                break
    return out


def noun_spans(doc) -> frozenset:
    """Character spans ``(start, end)`` of the tokens the parse tags as nouns (NOUN, PROPN)."""
    return frozenset((t.idx, t.idx + len(t)) for t in doc if t.pos_ in ("NOUN", "PROPN"))


def nominal_spans(doc) -> frozenset:
    """Character spans of the tokens the parse tags as nouns, pronouns or numbers (NOUN, PROPN, PRON, NUM):
    a source phrase holds at least one of them."""
    return frozenset((t.idx, t.idx + len(t)) for t in doc if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM"))


def parse_texts(texts: list[str], lang: str = "en", *, batch_size: int = 16):
    """Parse ``texts`` with the language's spaCy model (named entities off; at most 2 torch threads).

    Returns an iterator of ``spacy.tokens.Doc`` in the order of ``texts`` (lazily, so a large corpus is
    never held as parses in memory). The model is loaded before the first parse is asked for.

    Raises
    ------
    ImportError
        When the ``parser`` extra is not installed (the message gives the install command).
    ValueError
        For a language without a parser model.
    """
    from .models import load_parser

    nlp = load_parser(lang)
    torch = sys.modules.get("torch")  # the small model runs on numpy; cap torch only if something loaded it
    if torch is not None and torch.get_num_threads() > 2:
        torch.set_num_threads(2)
    disable = [p for p in ("ner",) if p in nlp.pipe_names]
    return nlp.pipe(texts, disable=disable, batch_size=batch_size)
