"""Rule machinery for :mod:`newsanalysis.attribution`: resources, tokens, spans.

Nothing here is public API. The language material (cue verbs with stance,
quote marks, "according to" phrases, anonymity cues, role nouns, demonyms)
is read from ``resources/<lang>/attribution.yaml``; this module only compiles
it and offers the span helpers the rules in ``attribution.py`` use.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from ._tables import resource_path
from .actors import load_actors

# a word token: letters/digits with inner hyphens, apostrophes and dots (U.S., Kim Jong-un's)
TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]", re.UNICODE)
def _function_words() -> dict[str, dict[str, set[str]]]:
    """``function_words`` of every ``resources/<lang>/attribution.yaml``: {key: {lang: words}}."""
    out: dict[str, dict[str, set[str]]] = {}
    for path in sorted(resource_path().glob("*/attribution.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key, words in (data.get("function_words") or {}).items():
            _check_words(path, f"function_words.{key}", words)
            out.setdefault(key, {})[path.parent.name] = {str(w).lower() for w in words or []}
    return out


def _check_words(path, key, words) -> None:
    """Raise ``ValueError`` for a list item YAML read as a boolean or null (an unquoted on/yes/no/null)."""
    for w in words or []:
        if isinstance(w, bool) or w is None:
            raise ValueError(f"{path}: {key} holds {w!r}; quote the word (YAML reads on/off/yes/no as booleans)")


_FW = _function_words()
DETERMINERS = _FW.get("determiners", {})
PREPOSITIONS = _FW.get("prepositions", {})
LEADING_JUNK = _FW.get("leading_junk", {})
FRONTED = _FW.get("fronted", {})
SUBORDINATORS = _FW.get("subordinators", {})
OBJECT_VERBS = _FW.get("object_verbs", {})
NOUN_LIKE_CUES = _FW.get("noun_like_cues", {})
SOURCE_TRAILING = set().union(*_FW.get("source_trailing", {}).values())
AUXILIARIES = _FW.get("auxiliaries", {})
IRREGULAR_PAST = _FW.get("irregular_past", {})
SOURCE_FINAL_PREPOSITIONS = _FW.get("source_final_prepositions", {})
IRREGULAR_PARTICIPLES = _FW.get("irregular_participles", {})
IRREGULAR_PLURALS = _FW.get("irregular_plurals", {})  # claims: "100 people" has the unit "people"
UNIT_ADJECTIVES = _FW.get("unit_adjectives", {})      # claims: never the unit ("60,000 big companies")
UNIT_MEASURES = _FW.get("unit_measures", {})          # claims: the unit when they come first ("2 GW …")
UNIT_NON_NOUNS = _FW.get("unit_non_nouns", {})        # claims: never the unit ("63,000 left", "$46 plus")
CURRENCY_SIGNS = _FW.get("currency_signs", {})        # claims: the unit when before the number ("$26 trillion")
DE_FINITE = _FW.get("finite_verbs", {}).get("de", set())
DE_AUX = _FW.get("perfect_auxiliaries", {}).get("de", set())
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s"}
ADJ_ENDINGS = ("e", "en", "er", "em", "es")
SENT_END = ".!?"

#: The values of the attribution table's ``cue_class``: what the cue reports the source doing (see
#: ``docs/attribution.md``, "Cue class"). Each language's ``attribution.yaml`` classes its cues under
#: ``cue_classes``; a cue not listed there is :data:`DEFAULT_CUE_CLASS`, and rows of kind ``reportative``
#: are ``"reportative"`` whatever their cue.
CUE_CLASSES = ("speech", "writing", "cognition", "evidence", "intention", "evaluation", "topic", "reportative")
DEFAULT_CUE_CLASS = "speech"


@dataclass
class Resources:
    """Compiled resources of one language."""

    lang: str
    quote_pairs: list
    cue_re: re.Pattern
    cue_stance: dict
    final_only: set
    complementizers: set
    cue_object_max: int
    according_before: list          # lower-cased phrases, longest first
    according_after: list
    citing: list
    reportative_re: re.Pattern
    reportative_modal: set
    reportative_end: list
    anonymity_re: re.Pattern | None
    anonymous_heads: set
    indefinite: set
    pron_sing: set
    pron_plur: set
    roles: list                     # (noun, type), longest first
    role_nouns: frozenset           # the nouns of ``roles``, for membership tests
    demonyms: list                  # (stem, iso), longest first
    title_cues: set
    transcript_non_speakers: set
    transcript_media: set
    gap: set
    clause_openers: set
    inversion_openers: set
    according_to_first: set         # German: a fronted according-to phrase ("Laut X", "X zufolge") before the verb
    quoting_cues: set               # German: "zitiert Tass den Minister": the object is the speaker
    anaphoric_according: set        # German "demnach": according to the source of the sentence before
    number_words: dict
    personal_pronouns: set          # never part of a longer source phrase ("On the first day he said")
    first_person: set               # "I", "we": only the speaker of their transcript turn
    second_person: set              # "you": with first person, never a parser relation's source
    qualifiers: list
    unit_skip: set
    not_units: set
    number_denial_re: re.Pattern | None = None  # "not (by) 4 percent": a figure named to deny it (claims.rejected)
    elliptical_after: set = field(default_factory=set)  # "3,000 more": a number that takes an earlier claim's unit
    elliptical_before_re: re.Pattern | None = None      # "weitere 2.000": the same, the word before the number
    need_complementizer: set = field(default_factory=set)
    infinitive_cues: set = field(default_factory=set)  # "refused to …", "agreed to …": a to-infinitive is content
    infinitive_only_cues: set = field(default_factory=set)  # a cue only before "to": "declined to comment"
    name_number_words: set = field(default_factory=set)  # "Resolution 1718", "Artikel 5": a number in a name
    anaphoric_source_nouns: set = field(default_factory=set)  # German "(Wie aus) den Angaben (hervorgeht)": the source before
    naming_cues: set = field(default_factory=set)
    relative_pronouns: set = field(default_factory=set)
    according_non_sources: set = field(default_factory=set)
    konjunktiv: set = field(default_factory=set)
    unclosed_quote_stops: set = field(default_factory=set)
    konjunktiv_strict: set = field(default_factory=set)
    infinitives: set = field(default_factory=set)
    infinitive_blockers: set = field(default_factory=set)
    possessive_forms: set = field(default_factory=set)
    noun_after: set = field(default_factory=set)
    quote_joiners: set = field(default_factory=set)
    speech_noun_re: re.Pattern | None = None
    relative_denial_re: list | None = None  # session 17e: "Vorwürfe, die beide Staaten zurückweisen"
    speech_noun_stance: dict = field(default_factory=dict)
    request_noun_re: re.Pattern | None = None   # German: "die Bitte[ …], <clause>" (round 12)
    request_noun_stance: dict = field(default_factory=dict)
    content_stops: list = field(default_factory=list)
    content_stop_re: re.Pattern | None = None
    ing_cue_prepositions: set = field(default_factory=set)      # "for saying that …" (en)
    not_cue_before: dict = field(default_factory=dict)           # "called" + "in": no cue (en)
    content_stop_but: set = field(default_factory=set)          # ", but" + a new subject ends content (en)
    content_stop_concessive: set = field(default_factory=set)  # ", though" + a clause with a cue ends content (en)
    content_stop_but_openers: set = field(default_factory=set)  # words that open that new clause
    content_never_first: set = field(default_factory=set)
    sentencing_cues: tuple = ()  # round 14 (de): cue prefixes that also sentence ("verurteilte ihn zu …")
    penalty_words: set = field(default_factory=set)  # round 14 (de): ", und/während/denn …" opens no content
    headline_non_speakers: set = field(default_factory=set)
    actor_aliases: list = field(default_factory=list)  # (alias, actor_id), longest first
    separable: dict = field(default_factory=dict)  # (verb, particle phrase) -> cue: "teilte … mit"
    particles: set = field(default_factory=set)    # separable particles: "mit", "an", "hinzu", …
    quote_only_cues: set = field(default_factory=set)  # cues only with a quotation after them ("nannte")
    figure_object_cues: set = field(default_factory=set)  # separable cues whose object may be a figure ("gibt … an")
    cue_class: dict = field(default_factory=dict)  # cue form / noun / according-to phrase → class (YAML cue_classes)
    addressee_words: set = field(default_factory=set)  # "sagte Selenskyj dem Sender": the speaker ends here
    anaphoric_objects: set = field(default_factory=set)  # "Das teilte X mit": the sentence before is content
    wh_words: set = field(default_factory=set)           # open a content clause like a complementizer
    place_prepositions: set = field(default_factory=set)  # "Beamte in Washington": a place after the head
    group_place_prepositions: set = field(default_factory=set)  # "analysts in Busan": an unnamed group, placed
    group_of_prepositions: set = field(default_factory=set)  # "residents of Sinuiju": placed, only for …
    group_of_heads: set = field(default_factory=set)         # … heads that name the people of a place
    role_complement_words: set = field(default_factory=set)  # "Sprecher des Amts": the role's complement
    spelled_numbers: dict = field(default_factory=dict)  # "eine": 1, "two": 2 (only before a scale word)
    spelled_number_re: re.Pattern | None = None
    infinitives_singular: set = field(default_factory=set)  # cue forms in -en that are singular ("sprachen" no)
    speech_person: set = field(default_factory=set)      # first/second-person words of unquoted speech
    speech_person_cap: set = field(default_factory=set)  # the same, capitalised inside a sentence only
    report_colon_cues: set = field(default_factory=set)  # round 15 (de): written reports after "cue:" (first words)
    colon_speech_nouns: tuple = ()                       # round 15 (de): "folgende Zuschrift:" (lower-case endings)
    open_marks: str = ""                                 # opening quotation marks
    demonstrative_sources: set = field(default_factory=set)  # "derselbe", "dieser": pronoun-like sources
    source_stopwords: set = field(default_factory=set)       # words no German source opens with or is
    own_account_sources: set = field(default_factory=set)    # "nach eigenen Angaben": the clause's subject
    coordinators: set = field(default_factory=set)           # "Putin und Kim erklärten": two speakers
    verb_coordinators: set = field(default_factory=set)      # "traf Kim und erklärte, …": the same subject (de)
    sentence_openers: set = field(default_factory=set)       # "And Russia said": may stand before a subject
    subject_joiners: set = field(default_factory=set)        # "Russia and China", "Russia or": a list, not one
    fronted_adverbs: set = field(default_factory=set)        # "Darin bezweifeln sie …": no subject (de)
    vorfeld_time_nouns: set = field(default_factory=set)     # "Stunden zuvor hatte X erklärt": no subject (de)
    vorfeld_time_adverbs: set = field(default_factory=set)   # (the adverb after such a noun: zuvor, später)
    vorfeld_time_adjectives: set = field(default_factory=set)  # "Vergangene Woche sagte X": no subject (de)
    vorfeld_time_units: set = field(default_factory=set)     # (the noun after such an adjective)
    reportative_plan_before_und: bool = False                # "sollen X begleiten und …": a plan (de)
    act_cues: set = field(default_factory=set)               # "den Katastrophenfall ausgerufen": an act (de)
    act_objects: set = field(default_factory=set)
    lautet_non_sources: set = field(default_factory=set)     # "Die Bilanz lautete: …" is no quotation (de)
    colon_non_speech_cues: set = field(default_factory=set)  # "Gegenoffensive droht: …" is no speech (de)
    clause_prepositions: set = field(default_factory=set)    # "In ihrem Song beschreibt sie …": no subject (de)
    konjunktiv_shape_exceptions: set = field(default_factory=set)  # lower-case -e words that are no verbs
    quote_continues_indirect: bool = False  # 'A, X said. “B.”': the quote extends X's indirect report
    light_verbs: set = field(default_factory=set)             # "expressed hopes": the verb joins the cue
    light_verb_nouns: dict = field(default_factory=dict)      # session 17: "expressed (the) belief that" (noun → stance)
    release_verbs: set = field(default_factory=set)           # session 17: "released/issued a press statement …"
    release_nouns: set = field(default_factory=set)           # (statement, press statement, commentary …)
    release_openers: set = field(default_factory=set)         # (titled, saying, that, …: the content follows)
    addressee_nouns: set = field(default_factory=set)         # session 17: "told reporters <clause>"
    addressee_adverbial_times: set = field(default_factory=set)   # session 18: "told reporters this week <clause>"
    addressee_adverbial_events: set = field(default_factory=set)  # session 18: "told reporters at a briefing <clause>"
    continuation_colon_cues: set = field(default_factory=set)  # session 17: "…, X said, and went on:⏎"
    narrative_openers: set = field(default_factory=set)       # ("Meanwhile, …" ends a continued speech)
    colon_text_sources: set = field(default_factory=set)      # session 17e: "The message said:⏎" goes on
    letter_voice_words: set = field(default_factory=set)      # session 18: the letter's own voice (ich, wir, …)
    letter_polite_words: set = field(default_factory=set)     # session 18: "Sie", "Ihnen" (case as written)
    narrative_past_forms: set = field(default_factory=set)    # session 18: "hatte", "war" (narrative after a letter)
    physical_act_cues: set = field(default_factory=set)       # session 16: "attacked Sevastopol with missiles"
    object_cues: set = field(default_factory=set)             # session 17: "defend peace" is an act, no cue
    object_cue_acts: set = field(default_factory=set)         # (peace, security, sovereignty, country …)
    physical_act_armed: set = field(default_factory=set)      # (armed forces as source: no report)
    physical_act_weapons: set = field(default_factory=set)    # ("with" a weapon in the content: no report)
    institution_heads: set = field(default_factory=set)       # "Russia's Foreign Ministry" speaks for Russia
    channel_prepositions: set = field(default_factory=set)    # "in a press statement": how, not who, speaks
    channel_nouns: set = field(default_factory=set)
    phrase_quote_openers: set = field(default_factory=set)   # 'on CBS's "Face the Nation,"': a title
    leader_titles: set = field(default_factory=set)           # "President of China Media Group": typed by the group
    spokesperson_titles: set = field(default_factory=set)     # session 15: "A Kremlin spokesman" is a role (en)
    regional_demonyms: set = field(default_factory=set)       # session 15: "European" names no one country (en)
    insider_phrases: set = field(default_factory=set)         # session 15: "A person familiar with …" (en)
    unspecific_data_heads: set = field(default_factory=set)   # session 17e: "nach südkoreanischen Angaben": anonymous
    unspecific_report_heads: set = field(default_factory=set)  # session 17e: "den Berichten zufolge": anonymous media
    unspecific_state_words: set = field(default_factory=set)  # session 18: "state media" name the state's media
    generic_person_nouns: set = field(default_factory=set)    # (the citizen nouns such a phrase makes unknown)
    time_phrase_nouns: set = field(default_factory=set)       # session 15: "Im August hieß es" names no source (de)
    organisation_types: set = field(default_factory=set)      # the types a leader title takes from its group
    reportative_relative: set = field(default_factory=set)    # "…, mit dem er … gesprochen haben soll" (de)
    reportative_with: dict = field(default_factory=dict)      # infinitive -> words its reportative clause needs
    passive_auxiliaries: set = field(default_factory=set)    # "Pjöngjang wird vorgeworfen": no speaker
    clause_only_cues: set = field(default_factory=set)       # round 11: "ersuchte X, … zu …": a clause or none
    non_speaker_sources: set = field(default_factory=set)    # "This clearly shows …": evidence, no speaker
    event_sources: set = field(default_factory=set)          # "The talks discussed …": an event, no speaker
    person_roles: set = field(default_factory=set)           # "the vice-chairman … said. … he added" (en)
    evidence_verbs: set = field(default_factory=set)         # "a poll shows Clinton ahead": no "that" needed
    evidence_heads: set = field(default_factory=set)         # … when the subject is one of these (en)
    als_quote_cues: set = field(default_factory=set)         # session 15 (de): "bezeichnete X als „…“" only
    von_cues: set = field(default_factory=set)               # session 15 (de): "sprach … von X": X is content
    von_cue_max_gap: int = 10                                # (words between the verb and "von")
    von_only_cues: set = field(default_factory=set)          # (the von_cues that are no cues without "von")
    clause_or_document_cues: set = field(default_factory=set)  # session 15 (de): "belegt": a clause or a document
    actor_re: re.Pattern | None = None


def _forms(entries) -> list[str]:
    out = []
    for e in entries or []:
        out.extend(f.strip() for f in str(e).split("|") if f.strip())
    return out


def _old_spelling_variants(entry, pairs: list) -> str:
    """``entry`` ("a|b|c") with the old-spelling variants of its forms appended (the first form stays first)."""
    forms = [f.strip() for f in str(entry).split("|") if f.strip()]
    extra = []
    for f in forms:
        for new, old in pairs:
            for v in (f.replace(new, old), f.replace(new.capitalize(), old.capitalize())):
                if v != f and v not in forms and v not in extra:
                    extra.append(v)
    return "|".join(forms + extra)


def _add_old_spellings(data: dict) -> None:
    """Round 14 (de): give the cue, speech-noun and request-noun lists their pre-1901 spellings (YAML
    ``old_spellings``: pairs of a modern and an old letter group: "mitteilen" → "mittheilen", "erwidern" →
    "erwiedern"), so that 19th-century text matches the same entries."""
    pairs = [(str(a), str(b)) for a, b in (data.get("old_spellings") or [])]
    if not pairs:
        return
    for key in ("cues", "speech_nouns", "request_nouns"):
        for sub, entries in (data.get(key) or {}).items():
            if isinstance(entries, list):
                data[key][sub] = [_old_spelling_variants(e, pairs) for e in entries]
    if isinstance(data.get("clause_only_cues"), list):
        data["clause_only_cues"] = [_old_spelling_variants(e, pairs) for e in data["clause_only_cues"]]


def _cue_classes(data: dict, path) -> dict:
    """YAML ``cue_classes`` (class → words) as {form: class}: a word names every form of the ``cues`` entries
    that hold it ("said" classes "say|says|said|saying"), or a speech noun, request noun, "according to"
    phrase or ``citing`` word as it is written. ``ValueError`` naming the file for a class outside
    :data:`CUE_CLASSES` (or "reportative", which comes from the row's kind), a word that names no cue and a
    word listed under two classes."""
    block = data.get("cue_classes") or {}
    if not isinstance(block, dict):
        raise ValueError(f"{path}: cue_classes must map a class to a list of cue words, got {type(block).__name__}")
    entries = [[f.lower() for f in _forms([e])] for st in (data.get("cues") or {}).values() for e in st or []]
    flat = {f.lower() for key in ("speech_nouns", "request_nouns") for es in (data.get(key) or {}).values()
            for f in _forms(es)}
    flat |= {str(x).lower() for key in ("according_to_before", "according_to_after", "citing", "final_only_cues")
             for x in data.get(key) or []}
    out: dict = {}
    for cls, words in block.items():
        if cls not in CUE_CLASSES or cls == "reportative":
            allowed = ", ".join(c for c in CUE_CLASSES if c != "reportative")
            raise ValueError(f"{path}: cue_classes has the class {cls!r}; use one of {allowed} (reportative rows "
                             "take their class from their kind)")
        _check_words(path, f"cue_classes.{cls}", words)
        for w in words or []:
            w = str(w).strip().lower()
            forms = [f for e in entries if w in e for f in e] + ([w] if w in flat else [])
            if not forms:
                raise ValueError(f"{path}: cue_classes.{cls} lists {w!r}, which is no form of a cue, speech noun, "
                                 "request noun or according-to phrase of the file")
            for f in forms:
                if out.get(f, cls) != cls:
                    raise ValueError(f"{path}: the cue form {f!r} is in cue_classes {out[f]!r} and {cls!r}")
                out[f] = cls
    return out


def cue_class_of(R: "Resources", kind: str | None, cue: str | None) -> str:
    """The ``cue_class`` of a relation of ``kind`` with the cue as written (see :data:`CUE_CLASSES`):
    "reportative" for reportative rows; else the class of the cue in ``R.cue_class`` (spaces and line breaks
    read as one space: "according\\nto"); else :data:`DEFAULT_CUE_CLASS`: an unlisted cue, no cue, a colon or
    a dash (quotations, transcript turns), and a noun after a light verb ("expressed hopes", "voiced
    concern": said aloud, whatever the noun)."""
    if kind == "reportative":
        return "reportative"
    if not cue:
        return DEFAULT_CUE_CLASS
    return R.cue_class.get(" ".join(cue.lower().split()), DEFAULT_CUE_CLASS)


def _lower_set(data: dict, key: str) -> set:
    """The YAML list ``key`` as a set of lower-case strings (empty when absent)."""
    return {str(x).lower() for x in data.get(key) or []}


def _phrase_re(phrases, flags=re.IGNORECASE) -> re.Pattern | None:
    phrases = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not phrases:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


def _elliptical_before_re(data: dict) -> re.Pattern | None:
    """A word of YAML ``elliptical_number_before`` at the end of the text before a number ("weitere", "a
    further"): the number counts the unit of an earlier claim (claims.unit_inferred)."""
    words = sorted((str(w) for w in data.get("elliptical_number_before") or []), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\s+$", re.I)


def _number_denial_re(data: dict) -> re.Pattern | None:
    """A negation (YAML ``number_denials``), optionally with a preposition (``number_denial_prepositions``),
    at the end of the text before a number: "not by", "nicht"."""
    neg = [re.escape(str(w)) for w in data.get("number_denials") or []]
    if not neg:
        return None
    preps = [re.escape(str(w)) for w in data.get("number_denial_prepositions") or []]
    prep = rf"(?:(?:{'|'.join(preps)})\s+)?" if preps else ""
    return re.compile(rf"(?<!\w)(?:{'|'.join(neg)})\s+{prep}$", re.I)


def _cue_re(phrases, separable: dict, flags, long_gap=frozenset()) -> re.Pattern | None:
    """Cue phrases; a separable verb ("teilte mit", "wies darauf hin") also with up to eight words between
    the verb and its particle when the particle ends the clause ("teilte das Ministerium am Montag mit, …",
    before a comma, colon, dash, sentence end or "dass"); a name in quotation marks may stand in the gap
    ("teilte die „Korean Central News Agency“ mit", round 12). The verbs of ``long_gap`` (session 13:
    ``figure_object_cues``, "gibt … an") take up to fourteen words when a number stands among them ("gibt
    dagegen die Zahl von 1.000 verletzten oder getöteten nordkoreanischen Soldaten an")."""
    plain = _phrase_re(phrases, flags)
    if plain is None or not separable:
        return plain
    word = r"(?:[\u201e\u00bb\u00ab](?=[A-Z\u00c4\u00d6\u00dc]))?[^\s,;:.!?\u201e\u201c\u201d\"\u00bb\u00ab()]+[\u201c\u00ab\u00bb]?"
    gap = rf"(?:\s+{word}){{1,8}}?"
    alts = [re.escape(v) + gap + r"\s+" + re.escape(rest).replace(r"\ ", r"\s+")
            for v, rest in sorted(separable, key=lambda k: (-len(k[0]), k))]
    num_word = rf"(?:\d{{1,3}}(?:[.,]\d{{3}})+|{word})"  # "1.000", "10,000" inside the gap
    alts += [re.escape(v) + rf"(?=(?:\s+{num_word}){{0,13}}?\s+\d)(?:\s+{num_word}){{1,14}}?\s+"
             + re.escape(rest).replace(r"\ ", r"\s+")
             for v, rest in sorted(separable, key=lambda k: (-len(k[0]), k)) if f"{v} {rest}" in long_gap]
    # (round 10: also before a dash with spaces: "warf er Japan eine Politik der Aufrüstung vor – mit …")
    end = r"(?=\s*[,:;.!?]|\s+[-\u2013\u2014]\s|\s+(?:dass|daß|ob)(?![\w-]))"
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alts)}){end}|{plain.pattern}", flags)


def _spelled_re(spelled: dict, scales: dict) -> re.Pattern | None:
    """A spelled-out number right before a scale word ("eine Million", "two billion"); group ``n``."""
    if not spelled or not scales:
        return None
    nums = "|".join(re.escape(w) for w in sorted(spelled, key=len, reverse=True))
    sc = "|".join(re.escape(str(w)) for w in sorted(scales, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<n>{nums})(?=\s+(?:{sc})(?![\w-]))", re.IGNORECASE)


def _after_comma_re(words, exceptions=()) -> re.Pattern | None:
    """``, <word>`` for the listed words; an entry ``*ing`` stands for any word with that ending (except the
    words in ``exceptions``)."""
    alts = []
    for w in words:
        w = str(w)
        alts.append(r"\w+" + re.escape(w[1:]) if w.startswith("*") else re.escape(w))
    if not alts:
        return None
    not_ = "".join(r"(?!" + re.escape(str(w)) + r"(?![\w-]))" for w in exceptions)
    return re.compile(r",\s+" + not_ + r"(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


def _relative_denial_re(spec: dict) -> list | None:
    """Session 17e: "<antecedent noun>, <pronoun> <source> <denial verb>" at the end of a clause, or "was <source>
    <verb>" (YAML ``relative_denials``: ``nouns``, ``pronouns``, ``clause_pronouns``, ``auxiliaries``, ``verbs``)."""
    if not spec or not spec.get("verbs"):
        return None
    alt = lambda xs: "|".join(re.escape(str(x)) for x in sorted(xs, key=lambda x: -len(str(x))))  # noqa: E731
    verbs = [v for e in spec["verbs"] for v in str(e).split("|")]
    aux = spec.get("auxiliaries") or []
    aux_re = rf"(?:\s+(?:{alt(aux)}))?" if aux else ""
    src = r"(?P<src>[^,;:.!?()\n\"“”„«»]{2,60}?)"
    end = r"(?=\s*(?:[.;,!?)]|$|\s[-–—]\s))"
    # one pattern per opener, combined with named groups kept distinct
    pats = []
    if spec.get("nouns") and spec.get("pronouns"):
        pats.append(rf"\b(?P<ante>{alt(spec['nouns'])})\s*,?\s+(?P<rel>{alt(spec['pronouns'])})\s+{src}{aux_re}"
                    rf"\s+(?P<cue>{alt(verbs)})\b{end}")
    if spec.get("clause_pronouns"):
        pats.append(rf",\s+(?P<rel>{alt(spec['clause_pronouns'])})\s+{src}{aux_re}\s+(?P<cue>{alt(verbs)})\b{end}")
    return [re.compile(p, re.IGNORECASE) for p in pats] or None


def _speech_noun_re(nouns: dict, comps, lang: str) -> re.Pattern | None:
    """``<speech noun>[,] <complementizer>`` ("claim that", "Meldung, daß"); nouns as listed by stance."""
    forms = sorted({f for es in nouns.values() for f in _forms(es)}, key=len, reverse=True)
    comps = [str(c) for c in comps if str(c).lower() != "ob"]
    if not forms or not comps:
        return None
    flags = re.IGNORECASE if lang == "en" else 0
    body = "|".join(re.escape(f) for f in forms)
    comp = "|".join(re.escape(c) for c in comps)
    return re.compile(rf"(?<![\w-])(?P<cue>{body})(?![\w-])\s*,?\s+(?P<comp>(?:{comp}))(?![\w-])", flags)


def _request_noun_re(nouns: dict) -> re.Pattern | None:
    """``<request noun>[ up to four words], `` ("Bitte, ", "Anfrage an den Minister, "); the clause after the
    comma is checked by the rule."""
    forms = sorted({f for es in nouns.values() for f in _forms(es)}, key=len, reverse=True)
    if not forms:
        return None
    body = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w-])(?P<cue>{body})(?![\w-])(?:[ \t]+[^\s,;:!?\u201e\u201c\u00bb\u00ab()]+){{0,4}}?[ \t]*,[ \t]*(?P<comp>)")


def actor_patterns(actors, lang: str) -> tuple[list, re.Pattern | None]:
    """``(aliases, regex)`` of an actor table for ``lang``: ``(alias, actor_id)`` longest first, and the
    pattern that finds them (case-sensitive: proper nouns; German genitive -s and compounds such as
    "Kreml-Sprecher" allowed)."""
    col = f"aliases_{lang}"
    aliases = []
    for aid, cell in zip(actors["actor_id"], actors[col] if col in actors.columns else []):
        for a in str(cell).split("|"):
            if a.strip():
                aliases.append((a.strip(), aid))
    aliases.sort(key=lambda p: -len(p[0]))
    actor_re = _phrase_re([a for a, _ in aliases], 0)
    if actor_re is not None:
        body = actor_re.pattern[len("(?<![\\w-])"):-len("(?![\\w-])")]
        actor_re = re.compile(rf"(?<![\w])(?P<a>{body})(?:s\b|'s\b|’s\b|-|(?![\w]))")
    return aliases, actor_re


def resources_with_actors(lang: str, actors) -> Resources:
    """The resources of ``lang`` with another actor table (a user's own cast) in place of the shipped one."""
    aliases, actor_re = actor_patterns(actors, lang)
    return dataclasses.replace(load_resources(lang), actor_aliases=aliases, actor_re=actor_re)


@lru_cache(maxsize=None)
def load_resources(lang: str) -> Resources:
    """Read and compile ``resources/<lang>/attribution.yaml`` (cached)."""
    path = resource_path(lang, "attribution.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"no attribution resources for language {lang!r} ({path} missing)") from None
    for key, val in data.items():
        if isinstance(val, list):
            _check_words(path, key, val)
        elif isinstance(val, dict):
            for sub, words in val.items():
                if isinstance(words, list):
                    _check_words(path, f"{key}.{sub}", words)
    _add_old_spellings(data)
    stance = {}
    for st, entries in (data.get("cues") or {}).items():
        for f in _forms(entries):
            stance[f.lower()] = st
    flags = re.IGNORECASE if lang == "en" else 0
    particles = _lower_set(data, "separable_particles")
    spelled = {str(k).lower(): float(v) for k, v in (data.get("spelled_numbers") or {}).items()}
    separable = {}
    for f in _forms(e for entries in (data.get("cues") or {}).values() for e in entries or []):
        w = f.split()
        if len(w) >= 2 and w[-1].lower() in particles:
            separable[(w[0].lower(), " ".join(w[1:]).lower())] = f.lower()
    cue_re = _cue_re(list(stance) + list(data.get("final_only_cues") or []) + list(data.get("von_cues") or []),
                     separable, flags,
                     long_gap=_lower_set(data, "figure_object_cues"))
    for f in list(data.get("final_only_cues") or []) + list(data.get("von_cues") or []):
        stance.setdefault(f.lower(), "neutral")
    rep = _forms(data.get("reportative"))
    modal = set(data.get("reportative_modal") or [])
    rep_re = _phrase_re([r for r in rep if r not in modal], re.IGNORECASE)
    roles = []
    for typ, nouns in (data.get("role_nouns") or {}).items():
        for n in nouns or []:
            roles.append((str(n).lower(), typ))
    roles.sort(key=lambda p: -len(p[0]))
    dem = sorted(((str(k).lower(), v) for k, v in (data.get("demonyms") or {}).items()), key=lambda p: -len(p[0]))
    anon = data.get("anonymity_phrases") or []
    aliases, actor_re = actor_patterns(load_actors(), lang)
    return Resources(
        lang=lang,
        quote_pairs=[tuple(p) for p in data.get("quote_marks") or []],
        cue_re=cue_re,
        separable=separable,
        particles=particles,
        quote_only_cues=_lower_set(data, "quote_only_cues"),
        figure_object_cues=_lower_set(data, "figure_object_cues"),
        addressee_words=_lower_set(data, "addressee_words"),
        anaphoric_objects=_lower_set(data, "anaphoric_objects"),
        wh_words=_lower_set(data, "wh_words"),
        place_prepositions=_lower_set(data, "place_prepositions"),
        group_place_prepositions=_lower_set(data, "group_place_prepositions"),
        group_of_prepositions=_lower_set(data.get("group_place_of") or {}, "prepositions"),
        group_of_heads=_lower_set(data.get("group_place_of") or {}, "heads"),
        role_complement_words=_lower_set(data, "role_complement_words"),
        spelled_numbers=spelled,
        spelled_number_re=_spelled_re(spelled, data.get("number_words") or {}),
        speech_person={str(x).lower() for x in (data.get("speech_person_words") or {}).get("any") or []},
        speech_person_cap={str(x) for x in (data.get("speech_person_words") or {}).get("capitalised") or []},
        colon_speech_nouns=tuple(str(x).lower() for x in data.get("colon_speech_nouns") or []),
        report_colon_cues={f.split()[0].lower() for e in data.get("report_colon_cues") or []
                           for f in _forms([_old_spelling_variants(e, [(str(a), str(b)) for a, b in
                                                                        (data.get("old_spellings") or [])])])},
        open_marks="".join(str(p[0]) for p in data.get("quote_marks") or []),
        cue_stance=stance,
        cue_class=_cue_classes(data, path),
        final_only=_lower_set(data, "final_only_cues"),
        complementizers=_lower_set(data, "complementizers"),
        cue_object_max=int(data.get("cue_object_max_words", 6)),
        according_before=sorted((str(x).lower() for x in data.get("according_to_before") or []), key=len, reverse=True),
        according_after=sorted((str(x).lower() for x in data.get("according_to_after") or []), key=len, reverse=True),
        citing=[str(x).lower() for x in data.get("citing") or []],
        reportative_re=rep_re,
        reportative_modal=modal,
        reportative_end=[str(x).lower() for x in data.get("reportative_infinitive_end") or []],
        reportative_relative=_lower_set(data, "reportative_relative_pronouns"),
        reportative_with={str(k).lower(): [str(w).lower() for w in v or []]
                          for k, v in (data.get("reportative_infinitive_with") or {}).items()},
        anonymity_re=_phrase_re(anon),
        anonymous_heads=_lower_set(data, "anonymous_heads"),
        indefinite=_lower_set(data, "indefinite_determiners"),
        pron_sing={str(x).lower() for x in (data.get("pronouns") or {}).get("singular") or []},
        pron_plur={str(x).lower() for x in (data.get("pronouns") or {}).get("plural") or []},
        roles=roles,
        role_nouns=frozenset(n for n, _ in roles),
        demonyms=dem,
        title_cues=_lower_set(data, "title_cues"),
        transcript_non_speakers=_lower_set(data, "transcript_non_speakers"),
        transcript_media=_lower_set(data, "transcript_media_labels"),
        gap=_lower_set(data, "source_cue_gap"),
        clause_openers=_lower_set(data, "clause_openers"),
        inversion_openers=_lower_set(data, "inversion_openers"),
        according_to_first=_lower_set(data, "according_to_first"),
        quoting_cues=_lower_set(data, "quoting_cues"),
        anaphoric_according=_lower_set(data, "anaphoric_according"),
        number_words={str(k).lower(): float(v) for k, v in (data.get("number_words") or {}).items()},
        personal_pronouns=_lower_set(data, "personal_pronouns"),
        first_person=_lower_set(data, "first_person_pronouns"),
        second_person=_lower_set(data, "second_person_pronouns"),
        qualifiers=sorted((str(x).lower() for x in data.get("number_qualifiers") or []), key=len, reverse=True),
        number_denial_re=_number_denial_re(data),
        elliptical_after=_lower_set(data, "elliptical_number_after"),
        elliptical_before_re=_elliptical_before_re(data),
        unit_skip=_lower_set(data, "unit_skip_words"),
        not_units=_lower_set(data, "not_units"),
        name_number_words=_lower_set(data, "name_number_words"),
        anaphoric_source_nouns=_lower_set(data, "anaphoric_source_nouns"),
        need_complementizer=_lower_set(data, "need_complementizer"),
        infinitive_cues=_lower_set(data, "infinitive_cues"),
        infinitive_only_cues=_lower_set(data, "infinitive_only_cues"),
        naming_cues=_lower_set(data, "naming_cues"),
        relative_pronouns=_lower_set(data, "relative_pronouns"),
        according_non_sources=_lower_set(data, "according_to_non_sources"),
        konjunktiv=_lower_set(data, "konjunktiv"),
        unclosed_quote_stops={str(x) for x in data.get("unclosed_quote_stops") or []},
        konjunktiv_strict=_lower_set(data, "konjunktiv_strict"),
        infinitives={str(e).split("|")[0].strip().lower() for st in (data.get("cues") or {}).values()
                     for e in st or [] if " " not in str(e).split("|")[0].strip()},
        infinitive_blockers=_lower_set(data, "infinitive_blockers"),
        possessive_forms=_lower_set(data, "possessive_forms"),
        noun_after=_lower_set(data, "cue_is_noun_after"),
        quote_joiners=_lower_set(data, "quote_joiners"),
        demonstrative_sources=_lower_set(data, "demonstrative_sources"),
        source_stopwords=_lower_set(data, "source_stopwords"),
        own_account_sources=_lower_set(data, "own_account_sources"),
        evidence_verbs=_lower_set(data, "evidence_verbs"),
        person_roles=_lower_set(data, "person_roles"),
        evidence_heads=_lower_set(data, "evidence_heads"),
        als_quote_cues=_lower_set(data, "als_quote_cues"),
        von_cues=_lower_set(data, "von_cues"),
        von_cue_max_gap=int(data.get("von_cue_max_gap", 10)),
        von_only_cues=_lower_set(data, "von_cues") - {f.lower() for e in (data.get("cues") or {}).values()
                                                      for f in _forms(e)},
        clause_or_document_cues=_lower_set(data, "clause_or_document_cues"),
        coordinators=_lower_set(data, "coordinators"),
        verb_coordinators=_lower_set(data, "verb_coordinators"),
        sentence_openers=_lower_set(data, "sentence_openers"),
        subject_joiners=_lower_set(data, "subject_joiners"),
        fronted_adverbs=_lower_set(data, "fronted_adverbs"),
        vorfeld_time_nouns=_lower_set(data, "vorfeld_time_nouns"),
        vorfeld_time_adverbs=_lower_set(data, "vorfeld_time_adverbs"),
        vorfeld_time_adjectives=_lower_set(data, "vorfeld_time_adjectives"),
        vorfeld_time_units=_lower_set(data, "vorfeld_time_units"),
        reportative_plan_before_und=bool(data.get("reportative_plan_before_und", False)),
        act_cues=_lower_set(data, "act_cues"),
        act_objects=_lower_set(data, "act_objects"),
        lautet_non_sources=_lower_set(data, "lautet_non_sources"),
        colon_non_speech_cues=_lower_set(data, "colon_non_speech_cues"),
        clause_prepositions=_lower_set(data, "clause_prepositions"),
        konjunktiv_shape_exceptions=_lower_set(data, "konjunktiv_shape_exceptions"),
        quote_continues_indirect=bool(data.get("quote_continues_indirect", False)),
        light_verbs=_lower_set(data, "light_verbs"),
        light_verb_nouns={str(n).lower(): st for st, ns in (data.get("light_verb_nouns") or {}).items() for n in ns},
        release_verbs=_lower_set(data, "release_verbs"),
        release_nouns=_lower_set(data, "release_nouns"),
        release_openers=_lower_set(data, "release_openers"),
        addressee_nouns=_lower_set(data, "addressee_nouns"),
        addressee_adverbial_times=_lower_set(data, "addressee_adverbial_times"),
        addressee_adverbial_events=_lower_set(data, "addressee_adverbial_events"),
        continuation_colon_cues=_lower_set(data, "continuation_colon_cues"),
        colon_text_sources=_lower_set(data, "colon_text_sources"),
        letter_voice_words=_lower_set(data, "letter_voice_words"),
        letter_polite_words={str(x) for x in data.get("letter_polite_words") or []},
        narrative_past_forms=_lower_set(data, "narrative_past_forms"),
        narrative_openers=_lower_set(data, "narrative_openers"),
        physical_act_cues=set(w.lower() for w in (data.get("physical_acts") or {}).get("cues", [])),
        object_cues=set(w.lower() for w in (data.get("object_cues") or {}).get("cues", [])),
        object_cue_acts=set(w.lower() for w in (data.get("object_cues") or {}).get("act_objects", [])),
        physical_act_armed=set(w.lower() for w in (data.get("physical_acts") or {}).get("armed", [])),
        physical_act_weapons=set(w.lower() for w in (data.get("physical_acts") or {}).get("weapons", [])),
        institution_heads=_lower_set(data, "institution_heads"),
        leader_titles=_lower_set(data, "leader_titles"),
        spokesperson_titles=_lower_set(data, "spokesperson_titles"),
        regional_demonyms=_lower_set(data, "regional_demonyms"),
        insider_phrases=_lower_set(data, "insider_phrases"),
        unspecific_data_heads=set(w.lower() for w in (data.get("unspecific_sources") or {}).get("data", []) or []),
        unspecific_report_heads=set(w.lower() for w in (data.get("unspecific_sources") or {}).get("reports", []) or []),
        unspecific_state_words=set(w.lower() for w in (data.get("unspecific_sources") or {}).get("state", []) or []),
        generic_person_nouns=_lower_set(data, "generic_person_nouns"),
        time_phrase_nouns=_lower_set(data, "time_phrase_nouns"),
        phrase_quote_openers=_lower_set(data, "phrase_quote_openers"),
        channel_prepositions=_lower_set(data, "channel_prepositions"),
        channel_nouns=_lower_set(data, "channel_nouns"),
        organisation_types=_lower_set(data, "organisation_types"),
        passive_auxiliaries=_lower_set(data, "passive_auxiliaries"),
        clause_only_cues={f.lower() for f in _forms(data.get("clause_only_cues") or [])},
        non_speaker_sources=_lower_set(data, "non_speaker_sources"),
        event_sources=_lower_set(data, "event_sources"),
        relative_denial_re=_relative_denial_re(data.get("relative_denials") or {}),
        speech_noun_re=_speech_noun_re(data.get("speech_nouns") or {}, data.get("complementizers") or [], lang),
        speech_noun_stance={f.lower(): st for st, es in (data.get("speech_nouns") or {}).items() for f in _forms(es)},
        request_noun_re=_request_noun_re(data.get("request_nouns") or {}),
        request_noun_stance={f.lower(): st for st, es in (data.get("request_nouns") or {}).items() for f in _forms(es)},
        content_stops=[str(x) for x in data.get("content_stops") or []],
        content_stop_re=_after_comma_re(data.get("content_stop_after_comma") or [],
                                        data.get("content_stop_after_comma_except") or []),
        content_stop_but=_lower_set(data, "content_stop_but"),
        content_stop_concessive=_lower_set(data, "content_stop_concessive"),
        ing_cue_prepositions=_lower_set(data, "ing_cue_prepositions"),
        not_cue_before={str(k).lower(): {str(w).lower() for w in v or []}
                        for k, v in (data.get("not_cue_before") or {}).items()},
        content_stop_but_openers=_lower_set(data, "content_stop_but_openers"),
        content_never_first=_lower_set(data, "content_never_first"),
        headline_non_speakers=_lower_set(data, "headline_non_speakers"),
        actor_aliases=aliases,
        actor_re=actor_re,
    )


@dataclass
class Tok:
    s: int
    e: int
    t: str

    @property
    def low(self) -> str:
        return self.t.lower()

    @property
    def is_word(self) -> bool:
        return self.t[0].isalnum() or self.t[0] == "_"

    @property
    def cap(self) -> bool:
        return self.t[0].isupper()


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset:
    from ._tables import read_word_list
    return frozenset(a for lang in ("en", "de") for a in read_word_list(lang, "abbreviations.txt"))


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``text[start:end]`` with offsets into ``text``; a sentence-final dot is its own token."""
    out = []
    abbr = _abbreviations()
    for m in TOKEN.finditer(text, start, end):
        t = m.group()
        s, e = m.start(), m.end()
        if len(t) > 1 and t.endswith(".") and (e >= end or text[e:e + 1].isspace()) and not re.fullmatch(r"(?:\w\.)+", t) \
                and not (t[:-1].lower() in abbr and e < end):
            out.append(Tok(s, e - 1, t[:-1]))
            out.append(Tok(e - 1, e, "."))
        else:
            out.append(Tok(s, e, t))
    return out


def trim_span(text: str, s: int, e: int, chars: str = " \t\n,;:.!?-–—") -> tuple[int, int]:
    """Shrink ``[s, e)`` past surrounding whitespace and the given punctuation."""
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e
