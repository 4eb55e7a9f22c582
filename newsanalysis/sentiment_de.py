"""Lexicon scorer with language rules: German SentiWS by default, any user lexicon.

German lexicon: SentiWS v1.8c (Remus, R., Quasthoff, U. & Heyer, G. 2010,
*SentiWS -- a Publicly Available German-language Resource for Sentiment
Analysis*, LREC 2010), licence CC BY-NC-SA 3.0 (non-commercial use only), read
from the JSON word lists bundled in the ``gersent`` package (inflected forms
with their lemma's weight, -1..+1). Nothing is copied into this repository.

Rules (``resources/<lang>/sentiment_rules.yaml``, each documented with an
example in ``docs/sentiment.md``): clause-bounded negation before the word and,
for German verb-final order, "nicht" after it (not after a noun: "Die Propaganda wirkt nicht";
"nicht nur" and "nicht zuletzt" never negate); "weder ... noch"; intensifiers
and diminishers; the contrast rule of VADER ("aber", "jedoch", clause-initial
"doch"); capitalisation (nouns stay nouns, sentence-initial words are also
looked up in lower case); compound heads (half weight after a hyphen,
``hyphen_head_factor``: "Ukraine-Krieg") and strongly polar compound
modifiers. The sum of the rule-adjusted weights (times ``scale``) goes through
VADER's normalisation ``x / sqrt(x^2 + 15)`` to give ``compound`` in [-1, 1];
:meth:`RuleScorer.label` turns it into a class with the rule set's cut-offs (:func:`class_cutoffs`, also used by the
article shares). Round 7: "end words" reverse the polar words of their clause ("das Ende der Pandemie").
Round 8: "reduction words" reverse a noun of their clause ("die Verringerung seiner Isolation"), and SentiWS's
unrated positive forms (placeholder weight) count only in a sentence with a positive word of rated strength
(``placeholder_positive_needs_rated``; they stay in the explanation with weight 0).
Round 10: negating phrases ("alles andere als sicher"), negators that do not negate after a listed word ("wenig
erfreut" negates, "ein wenig besser" only dampens), an end word negated after it reverses nothing ("Ein Ende ist
nicht in Sicht"), and supplement nouns cover their inflected forms (``supplement_noun_endings``: "des Beschusses").

User lexicons: :func:`load_lexicon` reads a CSV/TSV of ``term, weight``, a
LIWC-style ``.dic`` file or a quanteda-style YAML dictionary (``positive`` /
``negative`` keys), with ``*`` wildcards; the lexicon's name and version are
carried into every result row.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ._tables import resource_path
from .readers import read_text_file
from .sentiment_en import normalize, punctuation_emphasis

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A sentiment lexicon: term -> weight, with provenance.

    Attributes
    ----------
    name, version : str
        Carried into result tables as ``"name version"``.
    language : str
        ISO 639-1 code of the texts it is for (selects ``resources/<language>/sentiment_rules.yaml``).
    terms : dict
        Exact entries (``term -> weight``).
    prefixes : tuple
        ``(prefix, weight)`` for wildcard entries ``prefix*``, longest first.
    scale : float
        Factor that brings weights to VADER's -4..+4 range (``4 / max |weight|`` by default).
    case_sensitive : bool
        Whether terms are matched as written (SentiWS: yes, German nouns are capitalised).
    placeholder_positive : float or None
        The weight given to the lexicon's unrated positive entries (SentiWS: ``placeholder_positive`` of the
        rules, 0.05), so the rule ``placeholder_positive_needs_rated`` can tell them apart; None for lexicons
        without such entries (user lexicons).
    """

    name: str
    version: str
    language: str
    terms: dict = field(repr=False)
    prefixes: tuple = field(default=(), repr=False)
    scale: float = 4.0
    case_sensitive: bool = False
    placeholder_positive: float | None = None

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}".strip()

    def get(self, token: str) -> float | None:
        """Weight of ``token`` (exact entry, else the longest matching wildcard), or None."""
        key = token if self.case_sensitive else token.lower()
        w = self.terms.get(key)
        if w is not None:
            return w
        for p, pw in self.prefixes:
            if key.startswith(p):
                return pw
        return None


def _gersent_dir() -> Path:
    spec = importlib.util.find_spec("gersent")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the gersent package is required for German sentiment (it bundles SentiWS)")
    return Path(list(spec.submodule_search_locations)[0]) / "wordlists" / "de"


@lru_cache(maxsize=1)
def sentiws() -> Lexicon:
    """SentiWS v1.8c from the ``gersent`` package (CC BY-NC-SA 3.0, Remus et al. 2010).

    81 word forms listed both as positive and negative get the sum of both weights.
    """
    d = _gersent_dir()
    terms: dict[str, float] = {}
    for fn in ("positive.json", "negative.json"):
        with open(d / fn, encoding="utf-8") as f:
            for k, v in json.load(f).items():
                terms[k] = terms.get(k, 0.0) + float(v)
    return Lexicon("SentiWS", "1.8c", "de", terms, (), 4.0, True)


def german_lexicon() -> Lexicon:
    """The default German lexicon: SentiWS 1.8c, adapted to news by two documented rules.

    1. SentiWS gives about 10,000 forms placeholder weights (+0.0040 / -0.0048: polar, strength
       not rated). They get ``placeholder_positive`` / ``placeholder_negative`` of
       ``resources/de/sentiment_rules.yaml`` instead (chosen on the development half of the
       German gold, odd items).
    2. ``resources/de/sentiment_supplement.csv`` (our own list, version 0.9: conflict and crisis
       words missing from SentiWS, friendly gestures, difficulty, failure, success and refusal words SentiWS
       rates near zero, corrections) is added on top, overriding SentiWS. A capitalised (noun) entry also
       covers its forms with the ``supplement_noun_endings`` of the rules ("Beschuss": "des Beschusses")
       unless the lexicon lists that form already.

    The lexicon's ``placeholder_positive`` is the weight of the unrated positive forms, for the rule
    ``placeholder_positive_needs_rated`` of the German rules.
    """
    return _german_lexicon()


@lru_cache(maxsize=1)
def _german_lexicon() -> Lexicon:
    base = sentiws()
    r = load_rules("de")
    pf = float(r.get("placeholder_positive", 0.004))
    nf = float(r.get("placeholder_negative", 0.0048))
    terms = {k: (v if abs(v) >= 0.01 else (pf if v > 0 else -nf)) for k, v in base.terms.items()}
    prefixes, nouns = {}, {}
    path = resource_path("de", "sentiment_supplement.csv")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    for ln, row in enumerate(csv.reader(lines[1:]), start=2):
        try:
            term, w = row[0].strip(), float(row[1])
        except (IndexError, ValueError):
            raise ValueError(f"{path}: entry {ln}: expected 'term,weight', got {row!r}") from None
        if term.endswith("*"):
            prefixes[term[:-1]] = w
        else:
            terms[term] = w
            if term[:1].isupper():
                nouns[term] = w
    # round 10: SentiWS lists the inflected forms of its nouns, the supplement only the form written: a noun entry
    # also covers its genitive and dative-plural forms ("des Beschusses", "den Opfern"), unless listed otherwise
    for term, w in nouns.items():
        for ending in r.get("supplement_noun_endings") or ():
            terms.setdefault(term + ending, w)
    return Lexicon("SentiWS", "1.8c + newsanalysis-de-news 0.9", "de", terms,
                   tuple(sorted(prefixes.items(), key=lambda kv: -len(kv[0]))), 4.0, True, pf)


def load_lexicon(path: str | os.PathLike, *, name: str | None = None, version: str = "",
                 language: str = "en", scale: float | None = None, case_sensitive: bool = False,
                 positive: str = "pos", negative: str = "neg") -> Lexicon:
    """Read a user lexicon.

    Parameters
    ----------
    path : str or Path
        ``.csv`` / ``.tsv`` / ``.txt``: a header with ``term`` and ``weight`` columns (or
        the first two columns), weights on any symmetric scale; separated by commas, tabs
        or semicolons (a spreadsheet's German CSV, where "0,5" is read as 0.5). ``.dic``: LIWC format
        (``%`` category block, then ``word<TAB>category ids``); categories whose name
        contains ``positive`` count +1, those containing ``negative`` -1. ``.yml`` /
        ``.yaml``: quanteda-style dictionary ``{positive: [...], negative: [...]}``
        (nested keys allowed, the same name rule). A trailing ``*`` is a wildcard.
    name, version : str
        Provenance carried into results (default name: the file stem).
    language : str
        Language of the texts the lexicon is for.
    scale : float, optional
        Factor to VADER's -4..+4 range; default ``4 / max |weight|``.
    case_sensitive : bool
        Match terms as written (default: lower-cased).
    positive, negative : str
        Substrings that mark positive and negative category names (.dic, .yml).

    Returns
    -------
    Lexicon

    Raises
    ------
    FileNotFoundError
        If ``path`` does not exist.
    ValueError
        On a malformed line or weight (naming the file and line) or an empty lexicon.
    """
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"lexicon file not found: {p}")
    suffix = p.suffix.lower()
    entries: list[tuple[str, float]] = []
    if suffix in (".csv", ".tsv", ".txt"):
        text = read_text_file(p, "lexicon")
        first = text.splitlines()[0] if text.strip() else ""
        # session 16 (researcher trial): a German spreadsheet saves "term;weight" (and decimal commas)
        semicolon = suffix != ".tsv" and "\t" not in first and ";" in first and "," not in first.split(";")[0]
        dialect = "excel-tab" if (suffix == ".tsv" or "\t" in first) else "excel"
        rows = list(csv.reader(text.splitlines(), delimiter=";") if semicolon
                    else csv.reader(text.splitlines(), dialect=dialect))
        if not rows:
            raise ValueError(f"{p}: the file is empty")
        header = [h.strip().lower() for h in rows[0]]
        ti, wi = (header.index("term"), header.index("weight")) if {"term", "weight"} <= set(header) else (0, 1)
        start = 1 if not _is_number(rows[0][wi] if len(rows[0]) > wi else "") else 0
        for ln, row in enumerate(rows[start:], start=start + 1):
            if not row or not "".join(row).strip():
                continue
            if len(row) <= max(ti, wi):
                raise ValueError(f"{p}, line {ln}: expected a term and a weight, got {row!r}")
            weight = row[wi].strip().replace(",", ".") if semicolon else row[wi]
            try:
                entries.append((row[ti].strip(), float(weight)))
            except ValueError:
                raise ValueError(f"{p}, line {ln}: weight {row[wi]!r} of term {row[ti]!r} is not a number") from None
    elif suffix == ".dic":
        lines = read_text_file(p, "lexicon").splitlines()
        if not lines or lines[0].strip() != "%":
            raise ValueError(f"{p}: a LIWC .dic file starts with a '%' line")
        cats: dict[str, float] = {}
        i = 1
        while i < len(lines) and lines[i].strip() != "%":
            parts = lines[i].split()
            if len(parts) >= 2:
                cname = " ".join(parts[1:]).lower()
                if positive in cname:
                    cats[parts[0]] = 1.0
                elif negative in cname:
                    cats[parts[0]] = -1.0
            i += 1
        if i >= len(lines):
            raise ValueError(f"{p}: the category block is not closed by a second '%' line")
        for ln, line in enumerate(lines[i + 1:], start=i + 2):
            parts = line.split("\t") if "\t" in line else line.split()
            if not parts or not parts[0].strip():
                continue
            w = sum(cats.get(c.strip(), 0.0) for c in parts[1:])
            if w:
                entries.append((parts[0].strip(), w))
    elif suffix in (".yml", ".yaml"):
        data = yaml.safe_load(read_text_file(p, "lexicon"))
        if not isinstance(data, dict):
            raise ValueError(f"{p}: expected a mapping of categories to word lists")

        def walk(node, sign):
            if isinstance(node, dict):
                for k, v in node.items():
                    kl = str(k).lower()
                    s = 1.0 if positive in kl else -1.0 if negative in kl else sign
                    walk(v, s)
            elif isinstance(node, list):
                for t in node:
                    if isinstance(t, bool) or t is None:
                        # YAML 1.1 reads unquoted yes/no/on/off/null as booleans or nothing
                        raise ValueError(f"{p}: an entry of a word list was read as {t!r}, not a word; "
                                         "quote words such as 'no', 'yes', 'on', 'off', 'null'")
                    if sign:
                        entries.append((str(t).strip(), sign))
        walk(data, 0.0)
    else:
        raise ValueError(f"{p}: unknown lexicon format {suffix!r} (use .csv, .tsv, .dic or .yml)")
    terms: dict[str, float] = {}
    prefixes: dict[str, float] = {}
    for t, w in entries:
        if not t:
            continue
        key = t if case_sensitive else t.lower()
        if key.endswith("*"):
            prefixes[key[:-1]] = w
        else:
            terms[key] = w
    if not terms and not prefixes:
        raise ValueError(f"{p}: no entries with a non-zero weight")
    top = max(abs(w) for w in list(terms.values()) + list(prefixes.values()))
    return Lexicon(name or p.stem, version, language, terms,
                   tuple(sorted(prefixes.items(), key=lambda kv: -len(kv[0]))),
                   float(scale) if scale is not None else 4.0 / top, case_sensitive)


def _is_number(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


@lru_cache(maxsize=None)
def load_rules(language: str) -> dict:
    """The rule set ``resources/<language>/sentiment_rules.yaml`` (see that file)."""
    path = resource_path(language, "sentiment_rules.yaml")
    if not path.is_file():
        raise FileNotFoundError(f"no sentiment rules for language {language!r} ({path})")
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


#: VADER's class cut-offs on ``compound`` (Hutto & Gilbert 2014): the default of every language.
VADER_CUTOFFS = (-0.05, 0.05)


def class_cutoffs(language) -> tuple[float, float]:
    """``(negative_threshold, positive_threshold)`` of a language: a compound at or below the first is
    negative, at or above the second positive, in between neutral.

    Read from ``negative_threshold`` / ``positive_threshold`` of ``resources/<language>/sentiment_rules.yaml``
    (German: fitted on the development waves of the German gold, see ``docs/sentiment.md``; English: VADER's
    published -0.05 / +0.05). Languages without a rules file, or a file without the keys, get VADER's
    -0.05 / +0.05. Used by :meth:`RuleScorer.label` and by the article shares of
    :func:`newsanalysis.sentiment.article_tone`, so a sentence's label and the share it counts in agree.
    """
    if not isinstance(language, str) or not language:
        return VADER_CUTOFFS
    try:
        r = load_rules(language)
    except FileNotFoundError:
        return VADER_CUTOFFS
    return (float(r.get("negative_threshold", VADER_CUTOFFS[0])), float(r.get("positive_threshold", VADER_CUTOFFS[1])))


class RuleScorer:
    """Score sentences with a :class:`Lexicon` and a language's rules.

    Parameters
    ----------
    lexicon : Lexicon
    rules : dict, optional
        Default: :func:`load_rules` of ``lexicon.language``.
    """

    def __init__(self, lexicon: Lexicon, rules: dict | None = None):
        self.lexicon = lexicon
        r = dict(load_rules(lexicon.language) if rules is None else rules)
        self.rules = r
        self.name = lexicon.label
        self.scale = float(lexicon.scale)
        self.neg_factor = float(r.get("negation_factor", -0.74))
        self.neg_window = int(r.get("negation_window", 3))
        self.post_window = int(r.get("post_negation_window", 0))
        self.negators = {w.lower() for w in r.get("negators", [])}
        self.post_negators = {w.lower() for w in r.get("post_negators", [])}
        self.correlative = {k.lower(): v.lower() for k, v in (r.get("correlative_negators") or {}).items()}
        self.mod_window = int(r.get("modifier_window", 2))
        self.modifiers = {k.lower(): float(v) for k, v in {**(r.get("intensifiers") or {}),
                                                            **(r.get("diminishers") or {})}.items()}
        self.contrast = {w.lower() for w in r.get("contrast", [])}
        self.contrast_initial = {w.lower() for w in r.get("contrast_clause_initial", [])}
        self.c_before = float(r.get("contrast_before", 0.5))
        self.c_after = float(r.get("contrast_after", 1.5))
        self.clause_punct = set(r.get("clause_punctuation", ""))
        self.clause_words = {w.lower() for w in r.get("clause_words", [])}
        self.lower_initial = bool(r.get("lowercase_at_clause_start", True))
        self.compound_heads = bool(r.get("compound_heads", False))
        self.min_head = int(r.get("min_head", 4))
        self.min_mod = int(r.get("min_modifier", 3))
        self.excluded_heads = set(r.get("excluded_heads", []))
        self.prefix_mods = {str(x).lower() for x in r.get("prefix_modifiers", [])}
        self.compound_suffixes = sorted((str(x) for x in r.get("compound_suffixes", [])), key=len, reverse=True)
        self.compound_mods = bool(r.get("compound_modifiers", False))
        self.hyphen_head_factor = float(r.get("hyphen_head_factor", 1.0))
        self.mod_min_weight = float(r.get("modifier_min_weight", 0.3))
        self.mod_factor = float(r.get("modifier_factor", 0.5))
        self.ignore = set(r.get("ignore", []))
        self.post_neg_nouns = bool(r.get("post_negation_nouns", True))
        self.not_negating = {k.lower(): {w.lower() for w in v}
                             for k, v in (r.get("not_negating_before") or {}).items()}
        self.end_words = {w.lower() for w in r.get("end_words", [])}
        self.end_window = int(r.get("end_window", 3))
        self.reduction_words = {w.lower() for w in r.get("reduction_words", [])}
        self.reduction_window = int(r.get("reduction_window", self.end_window))
        self.placeholder_needs_rated = bool(r.get("placeholder_positive_needs_rated", False))
        # round 9: word senses decided by the next or previous word ("gut 691.000", "schätzt, dass", "99 Jahre alt")
        self.ignore_before = {k.lower(): {str(x) for x in v} for k, v in (r.get("ignore_before_next") or {}).items()}
        self.ignore_after = {k: {str(x) for x in v} for k, v in (r.get("ignore_after_previous") or {}).items()}
        # session 18: the finite verb of a separable verb, its particle closing the clause ("schließe ... nicht aus")
        self.separable = {k.lower(): {str(x).lower() for x in v} for k, v in (r.get("separable_verbs") or {}).items()}
        # round 9: "Ende der 1990er-Jahre", "Ende Juni": the noun "Ende" before a number or time word is a date
        self.end_time_words = set(r.get("end_time_words", []))
        self.end_time_nouns = {w.lower() for w in r.get("end_time_nouns", [])}
        self.end_time_window = int(r.get("end_time_window", 2))
        # round 9: nominalised adjectives after a quantifier ("nichts Gutes", "etwas Neues") are looked up lower-cased
        self.nominalisers = {w.lower() for w in r.get("nominalisers", [])}
        # round 9: weapons or troops sent, delivered, deployed: GUIDE rule 2's "weapons deliveries for a war"
        at = r.get("arms_transfer") or {}
        self.arms_weapons = tuple(str(w).lower() for w in at.get("weapons", []))
        self.arms_verbs = {str(w).lower() for w in at.get("transfer_words", [])}
        self.arms_factor = float(at.get("factor", 1.0))
        # round 9: "Die Ängste sind übertrieben": a dismissal after a noun reverses the noun
        self.dismissal_words = {w.lower() for w in r.get("dismissal_words", [])}
        self.dismissal_window = int(r.get("dismissal_window", 3))
        # round 10: "alles andere als sicher": a phrase whose last word negates like a negator (and opens no clause);
        # "wenig erfreut": a negator that does not negate after a listed word ("ein wenig besser")
        self.neg_phrases = {}
        for ph in r.get("negating_phrases") or []:
            words = [str(x).lower() for x in ph]
            self.neg_phrases.setdefault(words[-1], []).append(tuple(words[:-1]))
        self.not_negating_after = {k.lower(): {str(w).lower() for w in v}
                                   for k, v in (r.get("not_negating_after") or {}).items()}
        self.end_negated_after = bool(r.get("end_negated_after", False))
        self.function_words = self.negators | self.post_negators | set(self.modifiers) | self.contrast \
            | self.contrast_initial | set(self.correlative) | self.end_words | self.reduction_words
        self._cache: dict[tuple[str, bool], tuple[float | None, str | None]] = {}

    # -- lexicon look-up with German word-form rules -----------------------------------
    def lookup(self, token: str, clause_start: bool) -> tuple[float | None, str | None]:
        """``(weight, rule)`` of one token; ``rule`` names the look-up rule used, if any."""
        key = (token, clause_start)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._lookup(token, clause_start)
            if len(self._cache) < 500_000:
                self._cache[key] = hit
        return hit

    def _lookup(self, token, clause_start):
        lex = self.lexicon
        if token in self.ignore or token.lower() in self.function_words:
            return None, None
        w = lex.get(token)
        if w is not None:
            return w, None
        if not lex.case_sensitive:
            return None, None
        if token[:1].isupper():
            if token.isupper() and len(token) > 1:
                for form in (token.capitalize(), token.lower()):
                    w = lex.get(form)
                    if w is not None:
                        return w, "capitals"
            if clause_start and self.lower_initial:
                if token[:1].lower() + token[1:] in self.ignore:
                    return None, None
                w = lex.get(token[:1].lower() + token[1:])
                if w is not None:
                    return w, "lower-cased at sentence/clause start"
            if self.compound_heads:
                if "-" in token:
                    head = token.rsplit("-", 1)[1]
                    if head and head not in self.excluded_heads:
                        hw = lex.get(head[:1].upper() + head[1:])
                        if hw is not None:
                            if self.hyphen_head_factor != 1.0:
                                return hw * self.hyphen_head_factor, (f"compound head {head!r} after a hyphen "
                                                                      f"(x{self.hyphen_head_factor:g})")
                            return hw, f"compound head {head!r}"
                n = len(token)
                last = n - self.min_head
                for suf in self.compound_suffixes:
                    if token.endswith(suf) and n > len(suf):
                        last = min(last, n - len(suf))
                        break
                # after a hyphen the head lies inside the last part, with a modifier of its own:
                # "Kumsusan-Palast" has no head "Last" ("Pa" is no modifier)
                first = token.rfind("-") + 1 + self.min_mod if "-" in token else self.min_mod
                for k in range(first, last + 1):
                    head = token[k].upper() + token[k + 1:]
                    if head in self.excluded_heads:
                        continue
                    if token[first - self.min_mod:k].lower() in self.prefix_mods:
                        continue  # "Ent|scheidung": a verbal prefix, no compound
                    hw = lex.get(head)
                    if hw is not None:
                        return hw, f"compound head {head!r}"
            if self.compound_mods:
                n = len(token)
                for k in range(n - self.min_mod, self.min_head - 1, -1):
                    mod = token[:k]
                    mw = lex.get(mod)
                    if mw is not None and abs(mw) >= self.mod_min_weight:
                        return mw * self.mod_factor, f"compound modifier {mod!r} (x{self.mod_factor:g})"
        return None, None

    # -- scoring -----------------------------------------------------------------------
    def tokens(self, text: str) -> list[tuple[int, int, str, int, bool]]:
        """``(start, end, token, clause_index, clause_start)`` for the words of ``text``."""
        out = []
        clause = 0
        prev_end = 0
        first = True
        for m in _WORD.finditer(text):
            gap = text[prev_end:m.start()]
            if any(c in self.clause_punct for c in gap) or any(c in ".!?" for c in gap):
                clause += 1
                first = True
            tok = m.group()
            if tok.lower() in self.clause_words and not first and not self._phrase_end(out, tok.lower()):
                clause += 1
                first = True
            out.append((m.start(), m.end(), tok, clause, first))
            first = tok.lower() in self.clause_words
            prev_end = m.end()
        return out

    def _particle_at_end(self, text: str, toks: list, lowers: list, idx: int) -> str | None:
        """The last word of the stretch after word ``idx`` up to a punctuation mark, the sentence's end or a clause
        word other than a contrast adverb: where the particle of a separable verb stands ("schließt aber nicht
        aus, dass ...": "aus"). ``None`` when ``idx`` is the stretch's last word."""
        end = None
        for j in range(idx + 1, len(toks)):
            end = j
            if j + 1 == len(toks):
                break
            gap = text[toks[j][1]:toks[j + 1][0]]
            if any(c in self.clause_punct or c in ".!?" for c in gap):
                break
            nxt = lowers[j + 1]
            if nxt in self.clause_words and nxt not in self.contrast:
                break
        return None if end is None else lowers[end]

    def _phrase_end(self, toks: list, word: str) -> bool:
        """Whether ``word`` completes a negating phrase after the tokens ``toks`` ("alles andere" + "als")."""
        for pre in self.neg_phrases.get(word, ()):
            n = len(pre)
            if len(toks) >= n and tuple(t[2].lower() for t in toks[len(toks) - n:]) == pre:
                return True
        return False

    def explain(self, text: str) -> tuple[dict, list[dict]]:
        """Scores of one sentence and one dict per polar term (see :meth:`score`)."""
        toks = self.tokens(text)
        lowers = [t[2].lower() for t in toks]
        terms = []
        arms = bool(self.arms_weapons) and self.arms_factor != 1.0 and any(x in self.arms_verbs for x in lowers)
        for idx, (s, e, tok, cl, cs) in enumerate(toks):
            nominal = (idx > 0 and lowers[idx - 1] in self.nominalisers and toks[idx - 1][3] == cl
                       and tok[:1].isupper() and not tok.isupper())
            w, rule = self.lookup(tok, cs or nominal)
            if nominal and rule is not None and rule.startswith("lower-cased"):
                rule = f"lower-cased after {toks[idx - 1][2]!r} (nominalised adjective)"
            if w is None or w == 0:
                continue
            # the next word decides the sense: a listed word also across a comma ("schätzt, dass"), a number
            # ("#number") in the same clause ("gut 691.000", "Knapp 50.000")
            nxt = self.ignore_before.get(lowers[idx])
            if nxt and idx + 1 < len(toks) and (toks[idx + 1][2] in nxt or (
                    "#number" in nxt and toks[idx + 1][3] == cl and toks[idx + 1][2][:1].isdigit())):
                continue
            if tok in self.ignore_after and idx > 0 and toks[idx - 1][2] in self.ignore_after[tok]:
                continue
            if lowers[idx] in self.separable and self._particle_at_end(text, toks, lowers, idx) in \
                    self.separable[lowers[idx]]:
                continue  # "schließe ... nicht aus" is "ausschließen" (rule out), not "schließen" (close)
            if self.dismissal_words and lowers[idx] in self.dismissal_words and any(
                    toks[j][3] == cl and toks[j][2][:1].isupper() and not toks[j][4]
                    and (self.lookup(toks[j][2], False)[0] or 0) < 0
                    for j in range(max(0, idx - self.dismissal_window), idx)):
                continue  # the dismissal carries no weight of its own: it reverses the noun before it
            rules = [rule] if rule else []
            v = w * self.scale
            # modifiers before the word, same clause
            for j in range(idx - 1, max(-1, idx - 1 - self.mod_window), -1):
                if toks[j][3] != cl:
                    break
                f = self.modifiers.get(lowers[j])
                if f is not None:
                    v *= f
                    rules.append(f"{'boosted' if f > 1 else 'dampened'} by {toks[j][2]!r} (x{f:g})")
                    break
            # negation before the word, same clause
            negated = False
            for j in range(idx - 1, max(-1, idx - 1 - self.neg_window), -1):
                if toks[j][3] != cl:
                    break
                lj = lowers[j]
                if lj in self.end_words:
                    break  # a negator before an end word negates the end: "kein Ende des Krieges"
                if lj in self.not_negating and j + 1 < len(toks) and lowers[j + 1] in self.not_negating[lj]:
                    continue
                if lj in self.not_negating_after and j > 0 and lowers[j - 1] in self.not_negating_after[lj]:
                    continue  # "ein wenig besser": a diminisher, no negation
                if lj in self.negators or (lj in self.correlative and self.correlative[lj] in lowers[:j]) or (
                        lj in self.neg_phrases and self._phrase_end(toks[:j], lj)):
                    negated = True
                    rules.append(f"negated by {toks[j][2]!r} (x{self.neg_factor:g})")
                    break
            # German verb-final negation: 'nicht' after the word, no polar word in between
            if not negated and self.post_window and (self.post_neg_nouns or not tok[:1].isupper() or (
                    cs and rule is not None and rule.startswith("lower-cased"))):
                for j in range(idx + 1, min(len(toks), idx + 1 + self.post_window)):
                    if toks[j][3] != cl:
                        break
                    if lowers[j] in self.post_negators and not (
                            lowers[j] in self.not_negating and j + 1 < len(toks)
                            and lowers[j + 1] in self.not_negating[lowers[j]]):
                        # only a negator with no polar word after it in its clause ("... nicht.")
                        ahead = [k for k in range(j + 1, min(len(toks), j + 1 + self.neg_window))
                                 if toks[k][3] == cl and self.lookup(toks[k][2], toks[k][4])[0]]
                        if not ahead:
                            negated = True
                            rules.append(f"negated by following {toks[j][2]!r} (x{self.neg_factor:g})")
                        break
                    if self.lookup(toks[j][2], toks[j][4])[0]:
                        break
            # the end of something: "das Ende der Pandemie", "den Krieg beenden", "der Krieg endet"
            if not negated and self.end_words:
                for j in (*range(idx - 1, max(-1, idx - 1 - self.end_window), -1),
                          *range(idx + 1, min(len(toks), idx + 1 + self.end_window))):
                    if toks[j][3] != cl:
                        continue
                    if lowers[j] in self.end_words and not any(
                            lowers[k] in self.negators and toks[k][3] == cl for k in range(max(0, j - 2), j)) and not (
                            # round 10: "Ein Ende des Krieges ist nicht in Sicht", "Der Krieg endete nicht"
                            self.end_negated_after and any(
                                toks[k][3] == toks[j][3] and lowers[k] in self.post_negators and not (
                                    k + 1 < len(toks) and lowers[k + 1] in self.not_negating.get(lowers[k], ()))
                                for k in range(j + 1, len(toks)))) and not (
                            lowers[j] in self.end_time_nouns and any(
                                toks[k][3] == cl and (toks[k][2] in self.end_time_words or (
                                    "#number" in self.end_time_words and toks[k][2][:1].isdigit()))
                                for k in range(j + 1, min(len(toks), j + 1 + self.end_time_window)))):
                        # ("kein Ende des Krieges", "der Krieg wird nicht enden": no end, nothing reversed)
                        negated = True
                        rules.append(f"ended by {toks[j][2]!r} (x{self.neg_factor:g})")
                        break
            # a reduced noun: "die Verringerung seiner Isolation", "die Spannungen abbauen"
            if not negated and self.reduction_words and tok[:1].isupper() and not (
                    cs and rule is not None and rule.startswith("lower-cased")):
                for j in (*range(idx - 1, max(-1, idx - 1 - self.reduction_window), -1),
                          *range(idx + 1, min(len(toks), idx + 1 + self.reduction_window))):
                    if toks[j][3] != cl:
                        continue
                    if lowers[j] in self.reduction_words and not any(
                            lowers[k] in self.negators and toks[k][3] == cl for k in range(max(0, j - 2), j)):
                        negated = True
                        rules.append(f"reduced by {toks[j][2]!r} (x{self.neg_factor:g})")
                        break
            # a dismissed noun: "Die Ängste sind übertrieben", "Die Sorgen sind unbegründet" (same clause only:
            # "erwiesen sich als unbegründet" is not reached, "als" opens a clause)
            if not negated and self.dismissal_words and v < 0 and tok[:1].isupper() and not cs:
                for j in range(idx + 1, min(len(toks), idx + 1 + self.dismissal_window)):
                    if toks[j][3] != cl:
                        break
                    if lowers[j] in self.dismissal_words:
                        negated = True
                        rules.append(f"dismissed by {toks[j][2]!r} (x{self.neg_factor:g})")
                        break
            if negated:
                v *= self.neg_factor
            if arms and v < 0 and tok.lower().endswith(self.arms_weapons):
                v *= self.arms_factor
                rules.append(f"weapons or troops transferred (x{self.arms_factor:g})")
            terms.append({"index": idx, "term": tok, "start": s, "end": e, "lexicon_weight": w,
                          "weight": v, "rules": rules, "clause": cl})
        # round 8: SentiWS's unrated positive forms ("neue", "Unterstützung", "Experten") count only next to a
        # positive word of rated strength; alone, or among negative words, they are description, not evidence.
        # They stay in the explanation with weight 0.
        ph = self.lexicon.placeholder_positive
        if self.placeholder_needs_rated and ph is not None and not any(
                t["lexicon_weight"] > 0 and t["lexicon_weight"] != ph for t in terms):
            for t in terms:
                if t["lexicon_weight"] == ph:
                    t["weight"] = 0.0
                    t["rules"].append("unrated positive word, no rated positive word in the sentence (x0)")
        # contrast rule: first contrast word of the sentence
        ci = None
        for idx, (s, e, tok, cl, cs) in enumerate(toks):
            lt = lowers[idx]
            if lt in self.contrast or (lt in self.contrast_initial and cs):
                # "nicht nur ..., sondern auch": addition, not contrast
                if (lt == "sondern" and any(lowers[k] == "nicht" and lowers[k + 1] in self.not_negating.get("nicht", ())
                                                for k in range(idx - 1))):
                    continue
                ci = idx
                break
        if ci is not None:
            for t in terms:
                if t["index"] < ci:
                    t["weight"] *= self.c_before
                    t["rules"].append(f"before contrast {toks[ci][2]!r} (x{self.c_before:g})")
                elif t["index"] > ci:
                    t["weight"] *= self.c_after
                    t["rules"].append(f"after contrast {toks[ci][2]!r} (x{self.c_after:g})")
        return self._scores([t["weight"] for t in terms if t["weight"]], len(toks), text), terms

    def _scores(self, vals: list[float], n_tokens: int, text: str) -> dict:
        if not n_tokens:
            return {"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 0.0}
        s = float(sum(vals))
        amp = punctuation_emphasis(text) if vals else 0.0
        if s > 0:
            s += amp
        elif s < 0:
            s -= amp
        compound = normalize(s)
        pos_sum = sum(v + 1 for v in vals if v > 0)
        neg_sum = sum(v - 1 for v in vals if v < 0)
        neu = n_tokens - len(vals)
        if pos_sum > abs(neg_sum):
            pos_sum += amp
        elif pos_sum < abs(neg_sum):
            neg_sum -= amp
        total = pos_sum + abs(neg_sum) + neu
        return {"compound": round(compound, 4), "pos": round(abs(pos_sum / total), 3),
                "neg": round(abs(neg_sum / total), 3), "neu": round(abs(neu / total), 3)}

    def label(self, compound: float) -> str:
        """``negative`` / ``neutral`` / ``positive`` for a compound by the rule set's cut-offs.

        ``negative_threshold`` (a compound at or below it is negative) and ``positive_threshold`` (at or
        above: positive) of the rules, the same cut-offs as :func:`class_cutoffs` and the article shares
        of :func:`newsanalysis.sentiment.article_tone`. Default: VADER's -0.05 / +0.05.
        """
        if compound >= float(self.rules.get("positive_threshold", VADER_CUTOFFS[1])):
            return "positive"
        if compound <= float(self.rules.get("negative_threshold", VADER_CUTOFFS[0])):
            return "negative"
        return "neutral"

    def score_many(self, texts) -> list[dict]:
        """Scores (``compound, pos, neg, neu``) of every text."""
        return [self.explain(t)[0] for t in texts]


@lru_cache(maxsize=1)
def german_scorer() -> RuleScorer:
    """The default German scorer: :func:`german_lexicon` with ``resources/de/sentiment_rules.yaml``."""
    return RuleScorer(german_lexicon())
