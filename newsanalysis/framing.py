"""Frames with evidence: dictionary cues from a codebook, counted per article.

Two codebooks ship with the package, each as one YAML file per language
under ``resources/<lang>/`` (adding a language means adding a folder):

* ``"generic"`` (``frames.yaml``): the 14 substantive frames of the Policy
  Frames Codebook (Boydstun, Card, Gross, Resnik & Smith 2014, *Tracking the
  Development of Media Frames within and across Policy Issues*; the Media
  Frames Corpus, Card et al. 2015), named as in SemEval-2023 Task 3 subtask 2
  (Piskorski et al. 2023). The cues were written for this package from the
  codebook's frame definitions. The decision rule (a threshold per frame and
  language on cue weight per 1,000 words) is fitted on the SemEval-2023
  training articles and shipped in ``resources/<lang>/frame_thresholds.csv``
  (see :mod:`newsanalysis.evaluate.semeval`).
* ``"story"`` (``story_frames.yaml``): the frames of the Russia–North Korea
  story (arms transfers, troops, sanctions, treaty and diplomacy, ...),
  written for this package; a frame is present from ``min_hits`` cue weight.

Users can pass their own codebook: a YAML file in the same format, a
quanteda YAML dictionary or a LIWC ``.dic`` dictionary (see
:func:`load_codebook`), or the cue table itself.

Cue syntax (case-insensitive, whole words; a cue written in capitals, "UN", matches only in
capitals): ``*`` at the end of a word
matches any ending (``sanction*``), at its start any beginning inside the
word (``*sanktion*`` matches "Wirtschaftssanktionen"); a space matches one or
more spaces or hyphens. Alternatives of one frame are tried longest first and
do not overlap; the same text may count for several frames.

Not-cues: a codebook's top-level ``not_cues`` lists words and phrases (``*``
allowed as in cues) that never count as (part of) a cue of any frame
("mithilfe" for "*hilfe"); in a phrase, words in [square brackets] are the only
ones that do not count ("[workers] party": not "workers", but "party"). A
frame's own ``not_cues`` (in its spec, next to ``cues``; same syntax, a list or
a mapping language -> list) do not count as cues of that frame only:
"chemical [weapons]" under Capacity_and_resources leaves "weapons" a cue of
Security_and_defense.

Anchors: a codebook's top-level ``anchor`` (``window`` and ``groups`` of terms
in cue syntax) lets a hit count only where every group has a term in the hit's
sentence or within ``window`` sentences of it; a frame's own ``anchor`` does
the same for that frame (the story codebook: China named counts only with a
word for China's role). A window never reaches across the entries of a live
blog or news digest (:func:`newsanalysis.text.entry_starts`), and a dateline
("SEOUL -- ") is no cue and no anchor term.

The supervised option :class:`FrameClassifier` trains at run time from the
user's labels (TF-IDF of words and character n-grams plus the dictionary
rates, optionally sentence-encoder vectors from the ``embeddings`` extra,
into logistic regression, thresholds fitted by inner cross-validation);
:class:`FrameClassifierCV` chooses its settings by inner cross-validation.
No model trained on other data ships with the package.
"""
from __future__ import annotations

import bisect
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd
import yaml

from ._tables import ANALYSED_LANGUAGES, check_articles, require_columns, resource_path
from .readers import read_text_file
from .text import sentences as _sentences
from .text import word_count, word_spans

GENERIC_FRAMES = [
    "Economic", "Capacity_and_resources", "Morality", "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence", "Policy_prescription_and_evaluation",
    "Crime_and_punishment", "Security_and_defense", "Health_and_safety", "Quality_of_life",
    "Cultural_identity", "Public_opinion", "Political", "External_regulation_and_reputation",
]
FRAME_COLUMNS = [
    "article_id", "frame", "language", "analysed", "hits", "n_cues", "words", "per_1000_words",
    "threshold", "present", "share", "dominant", "evidence", "reason", "codebook",
    "windows", "windows_present", "window_share",
]
FRAME_WINDOW_COLUMNS = [
    "article_id", "window", "start", "end", "words", "frame", "language", "hits", "per_1000_words", "threshold",
    "present", "codebook",
]
#: Size (word tokens) of the windows in which :func:`frames` decides presence on long texts: about the
#: length of the SemEval-2023 articles the thresholds were fitted on (median 685 words en, 498 de).
WINDOW_WORDS = 1000
#: Share of an article's windows in which a frame must pass the rule to count as present in the article.
MIN_WINDOW_SHARE = 0.5
EVIDENCE_COLUMNS = ["article_id", "sentence_id", "frame", "cue", "matched", "weight", "start", "end", "language"]
CODEBOOK_COLUMNS = ["codebook", "frame", "language", "cue", "weight", "definition"]
#: Codebook files shipped per language: name -> file in ``resources/<lang>/``.
BUILTIN_CODEBOOKS = {"generic": "frames.yaml", "story": "story_frames.yaml"}
#: ``language`` value of a cue that applies to every language (dictionary files without language).
ANY_LANGUAGE = "*"


# a not_cues entry: a word or a phrase of words; in a phrase, words in [square brackets] are the only ones that
# do not count ("[workers]' party": not "workers", but "party" still counts)
_NOT_CUE = re.compile(r"[\w*'’\-\[\]]*\w[\w*'’\-\[\]]*(?:\s+[\w*'’\-\[\]]*\w[\w*'’\-\[\]]*)*")
_NOT_CUE_BRACKETS = re.compile(r"[^\[\]]*(?:\[[^\[\]\s]+\][^\[\]]*)*")


class CodebookError(ValueError):
    """A codebook file or table that cannot be read; names the file, frame and field."""


# --------------------------------------------------------------------------- codebooks

def _parse_cue_item(item, where: str) -> tuple[str, float]:
    if isinstance(item, str):
        cue, weight = item, 1.0
    elif isinstance(item, dict) and len(item) == 1:
        cue, weight = next(iter(item.items()))
        if not isinstance(cue, str):
            raise CodebookError(f"{where}: cue {cue!r} is not a string (quote it in the YAML)")
        try:
            weight = float(weight)
        except (TypeError, ValueError):
            raise CodebookError(f"{where}: cue {cue!r} has a weight {weight!r} that is not a number") from None
    else:
        raise CodebookError(f"{where}: a cue must be a string or a one-entry mapping 'cue: weight', got {item!r}")
    cue = cue.strip()
    if not cue or not re.search(r"\w", cue):
        raise CodebookError(f"{where}: empty cue {item!r}")
    if weight <= 0 or not np.isfinite(weight):
        raise CodebookError(f"{where}: cue {cue!r} needs a positive weight, got {weight}")
    return cue, weight


def _read_yaml_codebook(path: Path, default_language: str | None) -> tuple[list[tuple], list[tuple], dict]:
    """Rows (frame, language, cue, weight, definition), examples (frame, language, example), settings."""
    try:
        data = yaml.safe_load(read_text_file(path, "codebook"))
    except yaml.YAMLError as e:
        raise CodebookError(f"{path}: not valid YAML ({e})") from None
    if not isinstance(data, dict):
        raise CodebookError(f"{path}: the codebook must be a mapping")
    if "frames" not in data:
        return _quanteda_rows(data, path), [], {}
    lang = data.get("language", default_language) or ANY_LANGUAGE
    frames_ = data["frames"]
    if not isinstance(frames_, dict) or not frames_:
        raise CodebookError(f"{path}: field 'frames' must be a non-empty mapping frame -> {{definition, cues}}")
    rows, examples, frame_not_cues, frame_anchor, frame_windows_ = [], [], [], [], []
    for frame, spec in frames_.items():
        where = f"{path}, frame {frame!r}"
        if not isinstance(spec, dict):
            raise CodebookError(f"{where}: must be a mapping with 'definition' and 'cues'")
        definition = spec.get("definition") or ""
        cues = spec.get("cues")
        per_lang = cues if isinstance(cues, dict) else {lang: cues}
        for lg, items in per_lang.items():
            if not isinstance(items, list) or not items:
                raise CodebookError(f"{where}, field 'cues': must be a non-empty list")
            for item in items:
                cue, weight = _parse_cue_item(item, f"{where}, field 'cues'")
                rows.append((str(frame), str(lg), cue, weight, str(definition).strip()))
        # words that are no cues of this frame only ("chemical weapons" for Capacity_and_resources, still
        # Security_and_defense): the syntax of the top-level list
        frame_not_cues += [(str(frame), lg, w) for lg, w in _parse_not_cues(spec.get("not_cues"), where, lang)]
        # the frame's own anchor: its hits count only near a term of each of its groups (as the codebook's
        # anchor, which applies as well)
        fa = _read_anchor(spec.get("anchor"), where, lang)
        frame_anchor += [(str(frame), lg, g, t) for lg, g, t in fa.get("anchor", [])]
        if fa:
            frame_windows_ += [(str(frame), lg, fa["anchor_window"]) for lg in dict.fromkeys(a[0] for a in fa["anchor"])]
        ex = spec.get("examples") or []
        if not isinstance(ex, (dict, list)):
            raise CodebookError(f"{where}, field 'examples': must be a list of sentences or a mapping language -> list")
        ex_lang = ex if isinstance(ex, dict) else {lang: ex}
        for lg, items in ex_lang.items():
            for e in items or []:
                examples.append((str(frame), str(lg), str(e)))
    settings = {k: data[k] for k in ("min_hits", "name", "source") if k in data}
    settings["thresholds"] = _read_yaml_thresholds(data.get("thresholds"), path, {r[1] for r in rows})
    # words a cue pattern would match that are no cues ("mithilfe" for "*hilfe", "Militärorchester" for
    # "militär*"): a list, or a mapping language -> list
    settings["not_cues"] = _parse_not_cues(data.get("not_cues"), str(path), lang)
    settings["frame_not_cues"] = frame_not_cues
    settings["frame_anchor"] = frame_anchor
    settings["frame_anchor_window"] = frame_windows_
    settings.update(_read_anchor(data.get("anchor"), path, lang))
    return rows, _example_languages(examples, rows), settings


def _read_yaml_thresholds(value, path: Path, languages: set) -> pd.DataFrame | None:
    """A codebook's ``thresholds:`` key (session 16, researcher trial: a copy of the shipped generic codebook
    lost its fitted thresholds, and presence changed in 38 of 224 article-frame cells without an edited cue).

    ``shipped``: the thresholds fitted for the shipped generic cues (``resources/<lang>/frame_thresholds.csv``)
    for each language of the codebook; a file name: a CSV with ``frame, threshold`` (and ``language``), read
    relative to the codebook's folder; absent: no rate threshold."""
    if value is None:
        return None
    where = f"{path}, field 'thresholds'"
    if value == "shipped":
        parts = []
        for lg in sorted(languages & set(ANALYSED_LANGUAGES)):
            tpath = resource_path(lg, "frame_thresholds.csv")
            if tpath.is_file():
                t = pd.read_csv(tpath, comment="#")
                parts.append(t.assign(language=lg)[["frame", "language", "threshold"]])
        if not parts:
            raise CodebookError(f"{where}: no shipped thresholds for the codebook's languages {sorted(languages)}")
        return pd.concat(parts, ignore_index=True)
    if not isinstance(value, str):
        raise CodebookError(f"{where}: give 'shipped' or the name of a CSV file (frame, threshold[, language])")
    tpath = (path.parent / value) if not Path(value).is_absolute() else Path(value)
    if not tpath.is_file():
        raise CodebookError(f"{where}: file {str(tpath)!r} not found")
    t = pd.read_csv(tpath, comment="#")
    missing = [c for c in ("frame", "threshold") if c not in t.columns]
    if missing:
        raise CodebookError(f"{tpath}: lacks column(s) {', '.join(missing)} (frame, threshold[, language])")
    if "language" not in t.columns:
        t["language"] = ANY_LANGUAGE
    return t[["frame", "language", "threshold"]]


def _example_languages(examples: list[tuple], rows: list[tuple]) -> list[tuple]:
    """Examples given as a plain list in a codebook without a top-level ``language`` (language "*") whose cues
    are given per language: each example gets the language identified from its text (py3langid) when that is
    one of the cue languages, so that :func:`frames` analyses it; otherwise it stays "*". A mapping
    ``examples: {en: [...], de: [...]}`` names the languages itself."""
    langs = {r[1] for r in rows} - {ANY_LANGUAGE}
    if not langs or not any(lg == ANY_LANGUAGE for _, lg, _ in examples):
        return examples
    if len(langs) == 1:
        only = next(iter(langs))
        return [(f, only if lg == ANY_LANGUAGE else lg, e) for f, lg, e in examples]
    from .corpus import identify_language  # (lazy: the identifier model loads on first use)

    out = []
    for f, lg, e in examples:
        if lg == ANY_LANGUAGE:
            found = identify_language(e)
            lg = found if found in langs else ANY_LANGUAGE
        out.append((f, lg, e))
    return out


def _parse_not_cues(nc, where: str, lang: str) -> list[tuple[str, str]]:
    """A ``not_cues`` field (top level or a frame's): a list of words and phrases, or a mapping language -> list.
    Returns ``[(language, entry in lower case), …]``; ``where`` names the file (and frame) in errors."""
    if nc is None:
        return []
    if isinstance(nc, dict):
        per_lang = nc
    elif isinstance(nc, list):
        per_lang = {lang: nc}
    else:
        raise CodebookError(f"{where}, field 'not_cues': must be a list of words (or a mapping language -> list), "
                            f"got {nc!r}")
    out = []
    for lg, items in per_lang.items():
        if not isinstance(items, list):
            raise CodebookError(f"{where}, field 'not_cues': must be a list of words (or a mapping language -> list)"
                                f"; language {lg!r} has {items!r}")
        for w in items:
            if not isinstance(w, str) or not _NOT_CUE.fullmatch(w.strip()) or not _NOT_CUE_BRACKETS.fullmatch(w):
                raise CodebookError(f"{where}, field 'not_cues': {w!r} is not a word or a phrase of words "
                                    "(letters, *, hyphens, apostrophes; in a phrase, [square brackets] around "
                                    "the words that do not count, e.g. \"[workers]' party\")")
            out.append((str(lg), w.strip().lower()))
    return out


def _read_anchor(spec, path: Path, lang: str) -> dict:
    """``anchor: {window: 2, groups: [[russia*, moscow, …], [north korea*, pyongyang, …]]}``: a cue hit counts
    only when every group has a term (cue syntax) in the hit's sentence or within ``window`` sentences of it
    (in a live blog, of its entry: :func:`newsanalysis.text.entry_starts`). ``groups`` may also be a mapping
    language -> list of groups. The same field in a frame's spec anchors that frame only. ``path`` names the
    file (and frame) in errors. Returns ``{"anchor": [(language, group, term), …], "anchor_window": int}``
    (empty without the field)."""
    if spec is None:
        return {}
    where = f"{path}, field 'anchor'"
    if not isinstance(spec, dict) or not isinstance(spec.get("groups"), (list, dict)) or not spec["groups"]:
        raise CodebookError(f"{where}: must be a mapping with 'groups' (a list of lists of terms, or a mapping "
                            "language -> such a list) and 'window'")
    window = spec.get("window", 0)
    if not isinstance(window, int) or isinstance(window, bool) or window < 0:
        raise CodebookError(f"{where}, field 'window': {window!r} is not a whole number of sentences >= 0")
    groups = spec["groups"]
    per_lang = groups if isinstance(groups, dict) else {lang: groups}
    terms = []
    for lg, gl in per_lang.items():
        at = where if len(per_lang) == 1 and not isinstance(groups, dict) else f"{where}, language {lg!r}"
        if not isinstance(gl, list) or not gl:
            raise CodebookError(f"{at}: 'groups' must be a non-empty list of lists of terms")
        for g, group in enumerate(gl):
            if not isinstance(group, list) or not group or not all(isinstance(t, str) and t.strip() for t in group):
                raise CodebookError(f"{at}, group {g + 1}: must be a non-empty list of terms")
            terms += [(str(lg), g, t.strip()) for t in group]
    return {"anchor": terms, "anchor_window": window}


def _quanteda_rows(data: dict, path: Path, prefix: str = "") -> list[tuple]:
    """A quanteda YAML dictionary: ``category: [patterns]``, nested categories joined by '.'."""
    rows = []
    for key, val in data.items():
        name = f"{prefix}{key}"
        if isinstance(val, list):
            for item in val:
                cue, weight = _parse_cue_item(item, f"{path}, category {name!r}")
                rows.append((name, ANY_LANGUAGE, cue, weight, ""))
        elif isinstance(val, dict):
            rows.extend(_quanteda_rows(val, path, prefix=f"{name}."))
        else:
            raise CodebookError(f"{path}, category {name!r}: expected a list of patterns or sub-categories")
    if not rows:
        raise CodebookError(f"{path}: no categories with patterns found")
    return rows


def _read_liwc(path: Path) -> list[tuple]:
    """A LIWC-style ``.dic``: ``%`` / ``id<TAB>category`` lines / ``%`` / ``pattern<TAB>id ...`` lines."""
    lines = [ln.rstrip("\n") for ln in read_text_file(path, "codebook").splitlines()]
    marks = [i for i, ln in enumerate(lines) if ln.strip() == "%"]
    if len(marks) < 2:
        raise CodebookError(f"{path}: a LIWC dictionary needs a category block between two '%' lines")
    cats = {}
    for i in range(marks[0] + 1, marks[1]):
        parts = lines[i].split()
        if len(parts) >= 2:
            cats[parts[0]] = " ".join(parts[1:])
    rows = []
    for lineno in range(marks[1] + 1, len(lines)):
        ln = lines[lineno]
        if not ln.strip():
            continue
        parts = ln.split("\t") if "\t" in ln else ln.split()
        cue, ids = parts[0].strip(), [p.strip() for p in parts[1:] if p.strip()]
        for cid in ids:
            if cid not in cats:
                raise CodebookError(f"{path}, line {lineno + 1}: category id {cid!r} of {cue!r} is not declared")
            rows.append((cats[cid], ANY_LANGUAGE, cue, 1.0, ""))
    if not rows:
        raise CodebookError(f"{path}: no patterns found")
    return rows


@dataclass(frozen=True)
class _Codebook:
    name: str
    cues: pd.DataFrame        # CODEBOOK_COLUMNS
    examples: pd.DataFrame    # frame, language, example
    min_hits: float
    thresholds: pd.DataFrame  # frame, language, threshold
    not_cues: tuple = ()      # (language, word pattern): words that never count as cues
    anchor: tuple = ()        # (language, group number, term): a hit counts near a term of every group
    anchor_window: int = 0    # sentences before and after a hit's sentence searched for the anchor terms
    frame_not_cues: tuple = ()  # (frame, language, word pattern): words that never count as cues of that frame
    frame_anchor: tuple = ()    # (frame, language, group number, term): a frame's own anchor groups
    frame_anchor_window: tuple = ()  # (frame, language, window) of the frames with an anchor


def _builtin(name: str) -> _Codebook:
    rows, examples, min_hits = [], [], 1.0
    thr, not_cues, frame_not_cues, anchor, window = [], [], [], [], 0
    frame_anchor, frame_window = [], []
    for lang in ANALYSED_LANGUAGES:
        path = resource_path(lang, BUILTIN_CODEBOOKS[name])
        if not path.is_file():
            continue
        r, e, s = _read_yaml_codebook(path, lang)
        rows += r
        examples += e
        not_cues += s.get("not_cues", [])
        frame_not_cues += s.get("frame_not_cues", [])
        anchor += s.get("anchor", [])
        frame_anchor += s.get("frame_anchor", [])
        frame_window += s.get("frame_anchor_window", [])
        window = max(window, s.get("anchor_window", 0))
        min_hits = float(s.get("min_hits", min_hits))
        tpath = resource_path(lang, "frame_thresholds.csv")
        if name == "generic" and tpath.is_file():
            t = pd.read_csv(tpath, comment="#")
            t["language"] = lang
            thr.append(t[["frame", "language", "threshold"]])
    return _make(name, rows, examples, min_hits, pd.concat(thr, ignore_index=True) if thr else None, not_cues,
                 anchor, window, frame_not_cues, frame_anchor, frame_window)


def _make(name, rows, examples, min_hits, thresholds, not_cues=(), anchor=(), anchor_window=0,
          frame_not_cues=(), frame_anchor=(), frame_anchor_window=()) -> _Codebook:
    cues = pd.DataFrame([(name, *r) for r in rows], columns=CODEBOOK_COLUMNS)
    ex = pd.DataFrame(examples, columns=["frame", "language", "example"])
    if thresholds is None:
        thresholds = pd.DataFrame(columns=["frame", "language", "threshold"])
    return _Codebook(name, cues, ex, float(min_hits), thresholds, tuple(not_cues), tuple(anchor), int(anchor_window),
                     tuple(frame_not_cues), tuple(frame_anchor), tuple(frame_anchor_window))


def _resolve(codebook) -> _Codebook:
    if isinstance(codebook, _Codebook):
        return codebook
    if isinstance(codebook, pd.DataFrame):
        require_columns(codebook, ["frame", "language", "cue"], what="codebook")
        cb = codebook.copy()
        if "weight" not in cb.columns:
            cb["weight"] = 1.0
        if "definition" not in cb.columns:
            cb["definition"] = ""
        if "codebook" not in cb.columns:
            cb["codebook"] = "custom"
        for i, (f, c, w) in enumerate(zip(cb["frame"], cb["cue"], cb["weight"])):
            _parse_cue_item({c: w} if isinstance(c, str) else c, f"codebook table, row {i}, frame {f!r}")
        name = str(cb["codebook"].iloc[0]) if len(cb) else "custom"
        return _Codebook(name, cb[CODEBOOK_COLUMNS].reset_index(drop=True),
                         pd.DataFrame(columns=["frame", "language", "example"]), 1.0,
                         pd.DataFrame(columns=["frame", "language", "threshold"]))
    if isinstance(codebook, str) and codebook in BUILTIN_CODEBOOKS:
        return _builtin_cached(codebook)
    if isinstance(codebook, (str, Path)):
        path = Path(codebook)
        if not path.is_file():
            raise FileNotFoundError(
                f"codebook {str(codebook)!r}: neither a built-in codebook {sorted(BUILTIN_CODEBOOKS)} nor a file")
        suffix = path.suffix.lower()
        if suffix in (".yaml", ".yml"):
            rows, examples, s = _read_yaml_codebook(path, None)
            return _make(s.get("name", path.stem), rows, examples, s.get("min_hits", 1.0), s.get("thresholds"),
                         s.get("not_cues", []),
                         s.get("anchor", []), s.get("anchor_window", 0), s.get("frame_not_cues", []),
                         s.get("frame_anchor", []), s.get("frame_anchor_window", []))
        if suffix == ".dic":
            return _make(path.stem, _read_liwc(path), [], 1.0, None)
        raise CodebookError(f"{path}: unsupported codebook format {suffix!r}; use .yaml/.yml (ours or quanteda) or .dic (LIWC)")
    raise TypeError(f"codebook must be 'generic', 'story', a path or a cue table, got {type(codebook).__name__}")


@lru_cache(maxsize=None)
def _builtin_cached(name: str) -> _Codebook:
    return _builtin(name)


def load_codebook(codebook: str | Path | pd.DataFrame = "generic") -> pd.DataFrame:
    """The cue table of a codebook: one row per (frame, language, cue).

    Parameters
    ----------
    codebook : {"generic", "story"}, path or DataFrame
        ``"generic"``: the 14 Policy Frames Codebook frames (Boydstun et al.
        2014) as named in SemEval-2023 Task 3, from
        ``resources/<lang>/frames.yaml``. ``"story"``: the Russia–North Korea
        story frames from ``resources/<lang>/story_frames.yaml``. A path to:
        a YAML codebook in the package's format (top-level ``language``,
        optional ``min_hits``, ``not_cues`` and ``anchor``, and ``frames:
        {name: {definition, cues, not_cues, anchor, examples}}``; ``cues``
        and ``examples`` a list, or a mapping language -> list; ``not_cues``,
        optional, a list of words or phrases (``*`` allowed; in a phrase,
        [square brackets] around the only words that do not count,
        ``"[workers] party"``), or a mapping language -> list: at the top
        level they never count as cues, in a frame they do not count as cues
        of that frame; ``anchor``, optional, ``{window: sentences, groups:
        [[terms], …]}`` (``groups`` also a mapping language -> list of
        groups): a hit counts only where every group has a term within the
        window, at the top level for every frame, in a frame for that frame
        as well; see docs/framing.md); a
        quanteda YAML dictionary (``category: [patterns]``, nesting allowed);
        or a LIWC ``.dic`` file. Dictionaries without a language apply to
        every language (``language == "*"``).

    Returns
    -------
    DataFrame
        Columns ``codebook`` (name), ``frame``, ``language`` (ISO 639-1 or
        ``"*"``), ``cue`` (pattern, see the module docstring), ``weight``
        (float > 0), ``definition`` (text, may be empty).

    Raises
    ------
    CodebookError
        (a ``ValueError``) for a malformed file, naming the file, the frame
        and the field.
    FileNotFoundError
        If a path does not exist.
    """
    return _resolve(codebook).cues.copy()


def codebook_examples(codebook: str | Path = "generic") -> pd.DataFrame:
    """The example sentences of a codebook: one row per example.

    Returns
    -------
    DataFrame
        Columns ``frame``, ``language``, ``example``: sentences the codebook's
        authors wrote to show each frame; the tests check that each shows its
        frame. ``language`` is the codebook's, or the key of a mapping
        ``examples: {en: [...], de: [...]}``; examples given as a plain list in
        a codebook whose cues come per language get the language identified
        from each sentence when it is one of the cue languages (else ``"*"``,
        which :func:`frames` does not analyse).
    """
    return _resolve(codebook).examples.copy()


# --------------------------------------------------------------------------- matching

_TOKEN = re.compile(r"\w+")
_GAP = re.compile(r"[\s\-\u2010\u2013]+")


def cue_regex(cue: str) -> str:
    """A regular expression equivalent to a cue pattern (for users' own searches, e.g. KWIC).

    ``*`` inside a word matches any word characters; the words of a
    multi-word cue are separated by one or more spaces or hyphens; the cue
    starts and ends at word boundaries. :func:`frames` matches word tokens
    directly (faster), with the same result.
    """
    parts = [r"\w*".join(re.escape(p) for p in w.split("*")) for w in _cue_words(cue)]
    return r"(?<!\w)" + r"[\s\-\u2010\u2013]+".join(parts) + r"(?!\w)"


def _is_acronym(cue: str) -> bool:
    """A cue written in capitals ("UN", "IAEA") matches only in capitals: "UN" is not the "Un" of "Kim Jong Un"."""
    c = cue.strip()
    return len(c) >= 2 and c.isalpha() and c.isupper()


def _cue_words(cue: str) -> list[str]:
    return [w for w in re.split(r"[^\w*]+", cue.strip().lower()) if w.strip("*")]


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _cue_separators(cue: str) -> tuple[str | None, ...]:
    """What must stand between a cue's words in the text: None for a space or hyphen (any run of
    spaces and hyphens), else the cue's own punctuation ("u.s." -> ("."), "people's" -> ("'"), "9/11" ->
    ("/")), compared without spaces and with typographic apostrophes as "'"."""
    inner = re.findall(r"(?<=[\w*])[^\w*]+(?=[\w*])", cue.strip().lower())
    out = []
    for sep in inner:
        core = re.sub(r"\s+", "", sep).translate(_APOSTROPHES)
        out.append(None if not core or set(core) <= {"-", "\u2010", "\u2013"} else core)
    return tuple(out)


class _Matcher:
    """Cue matching on word tokens: each cue word is an exact word, a prefix (``x*``), a suffix
    (``*x``), an infix (``*x*``) or a general wildcard pattern; multi-word cues need adjacent
    tokens separated by spaces or hyphens only, or by the cue's own punctuation ("U.S.", "people's",
    "9/11")."""

    def __init__(self, key: tuple, excluded: tuple = (), frame_excluded: tuple = ()):
        self.frames = [f for f, _ in key]
        # the codebook's top-level ``not_cues``: words and phrases that never count as (part of) a cue
        self.excluded, self.excluded_phrases = _exclusion_block(excluded)
        # a frame's own ``not_cues``: words and phrases that never count as (part of) a cue of that frame
        # ("chemical weapons" for Capacity_and_resources), per frame index: (word patterns, phrases)
        fidx = {f: i for i, f in enumerate(self.frames)}
        self.frame_excluded = {fidx[f]: _exclusion_block(ws) for f, ws in frame_excluded if f in fidx and ws}
        self.cues: list[tuple[int, str, float, tuple[int, ...], int]] = []  # frame idx, cue, weight, word ids, literal len
        self.words: dict[str, int] = {}
        self.exact: dict[str, list[int]] = {}
        self.prefix: dict[str, list[int]] = {}
        self.suffix: dict[str, list[int]] = {}
        self.infix: dict[str, list[int]] = {}
        self.general: list[tuple[re.Pattern, int]] = []
        self.first: dict[int, list[int]] = {}
        self.seps: list[tuple[str | None, ...]] = []  # per cue: the punctuation between its words, None = space
        for fi, (_, cues) in enumerate(key):
            for cue, w in cues:
                ids = tuple(self._word_id(x) for x in _cue_words(cue))
                ci = len(self.cues)
                self.cues.append((fi, cue, w, ids, len(cue.replace("*", ""))))
                seps = _cue_separators(cue)
                self.seps.append(seps if len(seps) == len(ids) - 1 else (None,) * (len(ids) - 1))
                self.first.setdefault(ids[0], []).append(ci)
        self.lens = {len(k) for k in self.infix}
        self.case_sensitive = {ci for ci, c in enumerate(self.cues) if _is_acronym(c[1])}
        self._cache: dict[str, frozenset] = {}
        self._frame_cache: dict[tuple[int, str], bool] = {}

    def _frame_blocks(self, fi: int, tok: str) -> bool:
        """Whether the word ``tok`` is a not-cue of frame ``fi`` (a single-word entry of its ``not_cues``)."""
        key = (fi, tok)
        got = self._frame_cache.get(key)
        if got is None:
            got = self._frame_cache[key] = any(p.match(tok) for p in self.frame_excluded[fi][0])
        return got

    def _word_id(self, w: str) -> int:
        if w in self.words:
            return self.words[w]
        i = self.words[w] = len(self.words)
        core = w.strip("*")
        if "*" in core:
            self.general.append((re.compile(r"\w*".join(re.escape(p) for p in w.split("*")) + r"\Z"), i))
        elif w.startswith("*") and w.endswith("*"):
            self.infix.setdefault(core, []).append(i)
        elif w.startswith("*"):
            self.suffix.setdefault(core, []).append(i)
        elif w.endswith("*"):
            self.prefix.setdefault(core, []).append(i)
        else:
            self.exact.setdefault(core, []).append(i)
        return i

    def ids(self, tok: str) -> frozenset:
        got = self._cache.get(tok)
        if got is not None:
            return got
        if any(p.match(tok) for p in self.excluded):
            got = self._cache[tok] = frozenset()
            return got
        out = set(self.exact.get(tok, ()))
        n = len(tok)
        for k in range(1, n + 1):
            out.update(self.prefix.get(tok[:k], ()))
            out.update(self.suffix.get(tok[n - k:], ()))
        if self.infix:
            for L in self.lens:
                for a in range(0, n - L + 1):
                    out.update(self.infix.get(tok[a:a + L], ()))
        for pat, i in self.general:
            if pat.match(tok):
                out.add(i)
        got = self._cache[tok] = frozenset(out)
        return got

    def hits(self, text: str) -> list[tuple[str, str, str, float, int, int]]:
        toks = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
        where: dict[str, list[int]] = {}
        for i, t in enumerate(toks):
            where.setdefault(t[2], []).append(i)
        blocked = _phrase_blocked(toks, self.excluded_phrases, where)  # tokens inside a not_cues phrase
        frame_blocked = {fi: _phrase_blocked(toks, phrases, where) for fi, (_, phrases) in self.frame_excluded.items()}
        cands = []  # (frame idx, start token, end token, cue idx)
        for i, (_, _, tok) in enumerate(toks):
            if i in blocked:
                continue
            for wid in self.ids(tok):
                for ci in self.first.get(wid, ()):
                    ids = self.cues[ci][3]
                    j = i
                    ok = True
                    for k, nxt in enumerate(ids[1:]):
                        j += 1
                        if j >= len(toks) or j in blocked or nxt not in self.ids(toks[j][2]):
                            ok = False
                            break
                        sep = self.seps[ci][k]
                        a, b = toks[j - 1][1], toks[j][0]
                        if not (_GAP.fullmatch(text, a, b) if sep is None
                                else re.sub(r"\s+", "", text[a:b]).translate(_APOSTROPHES) == sep):
                            ok = False
                            break
                    if ok and (ci not in self.case_sensitive or text[toks[i][0]:toks[j][1]] == self.cues[ci][1]):
                        fi = self.cues[ci][0]
                        if fi in self.frame_excluded and any(
                                k in frame_blocked[fi] or self._frame_blocks(fi, toks[k][2]) for k in range(i, j + 1)):
                            continue  # a not-cue of this frame only
                        cands.append((fi, i, j, ci))
        # per frame: leftmost first, then the longest cue; no overlaps within a frame
        cands.sort(key=lambda c: (c[0], c[1], -(c[2] - c[1]), -self.cues[c[3]][4], self.cues[c[3]][1]))
        out = []
        last = (-1, -1)
        for fi, i, j, ci in cands:
            if fi == last[0] and i <= last[1]:
                continue
            last = (fi, j)
            _, cue, w, _, _ = self.cues[ci]
            s, e = toks[i][0], toks[j][1]
            out.append((self.frames[fi], cue, text[s:e], w, s, e))
        return out


def _not_cue_pattern(word: str) -> re.Pattern:
    return re.compile(r"\w*".join(re.escape(p) for p in word.strip("[]").split("*")) + r"\Z")


def _exclusion_block(entries) -> tuple[list[re.Pattern], list[tuple[tuple[re.Pattern, ...], tuple[int, ...], str | None]]]:
    """``not_cues`` entries as (single-word patterns, phrases). A word: "mithilfe", "militärorchester*". A phrase:
    "democratic people's republic" (a state's name, not democracy), none of its words counts; with [brackets]
    only the bracketed words: "[workers]' party" (a party's name, not labour; "party" still counts for
    Political). Each phrase: (word patterns, positions of the words that do not count, its first word when that
    is literal, else None)."""
    words = [_not_cue_pattern(w) for w in entries if not re.search(r"[\s'’]", w)]
    phrases = []
    for w in entries:
        if not re.search(r"[\s'’]", w):
            continue
        spans = [m.span() for m in re.finditer(r"\[[^\]]*\]", w)]
        toks = list(re.finditer(r"[\w*]+", w))  # "*" = any letters, as in single words ("öffentlich [rechtlich*]")
        pats = tuple(_not_cue_pattern(m.group()) for m in toks)
        inside = tuple(k for k, m in enumerate(toks) if any(a < m.start() < b for a, b in spans))
        first = toks[0].group() if toks and "*" not in toks[0].group() else None  # a literal first word, or None
        phrases.append((pats, inside if spans else tuple(range(len(toks))), first))
    return words, phrases


def _phrase_blocked(toks: list[tuple[int, int, str]], phrases, where: dict | None = None) -> set[int]:
    """Positions of the tokens that a not-cue phrase leaves out. ``where`` (token -> positions, built once per
    text) lets a phrase with a literal first word look only where that word stands (most phrases; scanning
    every position with every phrase made matching several times slower)."""
    blocked: set[int] = set()
    if where is None:
        where = {}
        for i, t in enumerate(toks):
            where.setdefault(t[2], []).append(i)
    n_toks = len(toks)
    for ph, inside, first in phrases:
        n = len(ph)
        if first is not None:
            starts = where.get(first, ())
        else:
            starts = [i for tok, pos in where.items() if ph[0].match(tok) for i in pos]
        for i in starts:
            if i + n <= n_toks and all(p.match(toks[i + k][2]) for k, p in enumerate(ph)):
                blocked.update(i + k for k in inside)
    return blocked


@lru_cache(maxsize=64)
def _frame_matcher(key: tuple, excluded: tuple = (), frame_excluded: tuple = ()) -> _Matcher:
    return _Matcher(key, excluded, frame_excluded)


def _matchers_for(cb: _Codebook, language) -> _Matcher | None:
    key = (id(cb.cues), language)
    if key not in _MATCHER_BY_LANG:
        if len(_MATCHER_BY_LANG) > 64:
            _MATCHER_BY_LANG.clear()
        _MATCHER_BY_LANG[key] = (cb.cues, _build_matcher(cb, language))  # keep cues alive: id stays unique
    return _MATCHER_BY_LANG[key][1]


_MATCHER_BY_LANG: dict = {}


def _build_matcher(cb: _Codebook, language) -> _Matcher | None:
    t = cb.cues[(cb.cues["language"] == language) | (cb.cues["language"] == ANY_LANGUAGE)]
    if t.empty:
        return None
    key = []
    for frame, g in t.groupby("frame", sort=False):
        seen = {}
        for c, w in zip(g["cue"], g["weight"]):
            seen.setdefault(c.strip() if _is_acronym(c) else c.strip().lower(), float(w))
        key.append((frame, tuple(seen.items())))
    excluded = tuple(sorted({w for lg, w in cb.not_cues if lg in (language, ANY_LANGUAGE)}))
    per_frame: dict[str, set] = {}
    for frame, lg, w in cb.frame_not_cues:
        if lg in (language, ANY_LANGUAGE):
            per_frame.setdefault(frame, set()).add(w)
    frame_excluded = tuple((f, tuple(sorted(ws))) for f, ws in sorted(per_frame.items()))
    return _frame_matcher(tuple(key), excluded, frame_excluded)


def _anchor_matcher(cb: _Codebook, language) -> _Matcher | None:
    """The anchor groups of a codebook as a matcher whose "frames" are the group numbers (None without)."""
    key = ("anchor", id(cb), language)
    if key not in _MATCHER_BY_LANG:
        groups: dict[int, list[str]] = {}
        for lg, g, term in cb.anchor:
            if lg in (language, ANY_LANGUAGE):
                groups.setdefault(g, []).append(term if _is_acronym(term) else term.lower())
        m = _frame_matcher(tuple((g, tuple((t, 1.0) for t in dict.fromkeys(ts))) for g, ts in sorted(groups.items()))
                           ) if groups else None
        _MATCHER_BY_LANG[key] = (cb, m)  # keep cb alive: id stays unique
    return _MATCHER_BY_LANG[key][1]


def _frame_anchor_matcher(cb: _Codebook, language) -> tuple[_Matcher | None, dict, dict]:
    """The frames' own anchors in one language: a matcher whose "frames" are ``(frame, group)`` pairs, the number
    of groups per frame and the window per frame (None and empty dicts when no frame has an anchor)."""
    key = ("frame_anchor", id(cb), language)
    if key not in _MATCHER_BY_LANG:
        groups: dict[tuple, list[str]] = {}
        for frame, lg, g, term in cb.frame_anchor:
            if lg in (language, ANY_LANGUAGE):
                groups.setdefault((frame, g), []).append(term if _is_acronym(term) else term.lower())
        n_groups: dict[str, int] = {}
        for frame, _g in groups:
            n_groups[frame] = n_groups.get(frame, 0) + 1
        windows: dict[str, int] = {}
        for frame, lg, w in cb.frame_anchor_window:
            if lg in (language, ANY_LANGUAGE) and frame in n_groups:
                windows[frame] = max(windows.get(frame, 0), int(w))
        # anchor terms are matched as the frame's cues are: the codebook's and the frame's not_cues apply
        # ("[security] council" is no security word of Regional_security)
        excluded = tuple(sorted({w for lg, w in cb.not_cues if lg in (language, ANY_LANGUAGE)}))
        per_frame: dict[str, set] = {}
        for frame, lg, w in cb.frame_not_cues:
            if lg in (language, ANY_LANGUAGE) and frame in n_groups:
                per_frame.setdefault(frame, set()).add(w)
        frame_excluded = tuple((fg, tuple(sorted(per_frame[fg[0]]))) for fg in sorted(groups, key=str)
                               if fg[0] in per_frame)
        m = _frame_matcher(tuple((fg, tuple((t, 1.0) for t in dict.fromkeys(ts))) for fg, ts in groups.items()),
                           excluded, frame_excluded) if groups else None
        _MATCHER_BY_LANG[key] = (cb, (m, n_groups, windows))  # keep cb alive: id stays unique
    return _MATCHER_BY_LANG[key][1]


# a romanised Korean name: a capitalised one-syllable surname, then a given name of two syllables joined by a
# hyphen ("Sin Hong-chol", "Moon Jae-in", "Choe Son-hui"); longer second parts ("Co-operation") are words
_SURNAME = re.compile(r"[A-Z][a-z]{1,4}")
_KOREAN_GIVEN_NAME = re.compile(r"[ \u00a0]+[A-Z][a-z]{1,4}-[a-z]{1,5}\b")


def _article_hits(cb: _Codebook, matcher: _Matcher, text: str, language,
                  starts: list[int] | None = None, title: str | None = None) -> list[tuple]:
    """The cue hits of one article that count: none inside a transcript speaker label ("Vladimir Putin:" is who
    speaks, not a Political cue: 420 of the Kremlin transcripts' 2,031 Political hits, session 12) or a
    dateline at a line start ("SEOUL -- ", :func:`newsanalysis.text.dateline_spans`), and for a
    codebook with an ``anchor`` none away from its anchor terms, for a frame with its own ``anchor`` none away
    from that frame's anchor terms (:func:`_read_anchor`). An anchor window does not reach across the entries
    of a live blog or news digest (:func:`newsanalysis.text.entry_starts`, which reads ``title``). ``starts``:
    the sentence start offsets of the caller's sentence table (split here when not given)."""
    hits = matcher.hits(text)
    if not hits:
        return hits
    from .attribution import transcript_label_spans  # (lazy: attribution is the larger module)

    from .text import dateline_spans

    # a dateline ("SEOUL -- ") says where a report was filed: no cue and no anchor term (session 14: the
    # datelines of a Yonhap news digest put "Seoul" next to every item)
    labels = transcript_label_spans(text, language, transcript=False) if ":" in text else []
    if "--" in text or "\u2014" in text or "\u2013" in text:
        labels = labels + dateline_spans(text)
    if labels:
        hits = [h for h in hits if not any(ls <= h[4] < le for ls, le in labels)]
    # a one-syllable cue in capitals right before a hyphenated given name is a Korean surname, not a word:
    # "Ambassador Sin Hong-chol" is no Morality "sin" (session 18, a user trial: Yonhap's only Morality hit)
    hits = [h for h in hits if not (_SURNAME.fullmatch(h[2]) and _KOREAN_GIVEN_NAME.match(text, h[5]))]
    anchor = _anchor_matcher(cb, language) if cb.anchor else None
    fanchor, f_groups, f_windows = _frame_anchor_matcher(cb, language) if cb.frame_anchor else (None, {}, {})
    if (anchor is None and fanchor is None) or not hits:
        return hits
    if not starts:
        from .text import sentence_spans

        starts = [a for a, _ in sentence_spans(text, language)] or [0]
    # the entry of each sentence: 0 everywhere except in a live blog or news digest
    from .text import entry_starts

    cuts = entry_starts(text, language, title)
    entry = [bisect.bisect_right(cuts, s) for s in starts] if cuts else None

    def sentence_of(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    def near(found: list[set], i: int, w: int) -> set:
        lo, hi = max(i - w, 0), min(i + w + 1, len(found))
        if entry is None:
            return set().union(*found[lo:hi])
        return set().union(*(found[j] for j in range(lo, hi) if entry[j] == entry[i]))

    if anchor is not None:
        found: list[set] = [set() for _ in starts]
        for g, _c, _m, _w, a, _e in anchor.hits(text):
            if not any(ls <= a < le for ls, le in labels):
                found[sentence_of(a)].add(g)
        n_groups, w = len(anchor.frames), cb.anchor_window
        hits = [h for h in hits if len(near(found, sentence_of(h[4]), w)) == n_groups]
    if fanchor is not None and hits:
        ffound: dict[str, list[set]] = {f: [set() for _ in starts] for f in f_groups}
        for (frame, g), _c, _m, _w, a, _e in fanchor.hits(text):
            if not any(ls <= a < le for ls, le in labels):
                ffound[frame][sentence_of(a)].add(g)
        hits = [h for h in hits if h[0] not in f_groups
                or len(near(ffound[h[0]], sentence_of(h[4]), f_windows.get(h[0], 0))) == f_groups[h[0]]]
    return hits


def _titles_of(articles: pd.DataFrame) -> list:
    """The articles' titles (None where missing): a live blog is told by its title (:func:`_article_hits`)."""
    if "title" not in articles.columns:
        return [None] * len(articles)
    return [t if isinstance(t, str) else None for t in articles["title"]]


def _frame_order(cb: _Codebook) -> list[str]:
    return list(dict.fromkeys(cb.cues["frame"]))


def _sentence_index(articles: pd.DataFrame, sentences: pd.DataFrame | None) -> dict[str, list[int]]:
    sents = _sentences(articles) if sentences is None else sentences
    require_columns(sents, ["article_id", "sentence_id", "start"], what="sentences")
    idx: dict[str, list[int]] = {}
    for aid, g in sents.sort_values(["article_id", "start"]).groupby("article_id", sort=False):
        idx[str(aid)] = list(zip(g["start"].astype(int), g["sentence_id"].astype(int)))
    return idx


def _evidence(articles: pd.DataFrame, cb: _Codebook, sentences) -> pd.DataFrame:
    sidx = _sentence_index(articles, sentences)
    rows = []
    for pos, (aid, text, lang, title) in enumerate(zip(articles["article_id"].astype(str), articles["text"],
                                                       articles["language"], _titles_of(articles))):
        matchers = _matchers_for(cb, lang)
        if matchers is None:
            continue
        starts = sidx.get(aid, [])
        keys = [s for s, _ in starts]
        for frame, cue, matched, w, s, e in _article_hits(cb, matchers, text, lang, keys, title):
            j = bisect.bisect_right(keys, s) - 1
            sid = starts[j][1] if j >= 0 else pd.NA
            rows.append((pos, aid, sid, frame, cue, matched, w, s, e, lang))
    out = pd.DataFrame(rows, columns=["_pos"] + EVIDENCE_COLUMNS)
    out = out.astype({"sentence_id": "Int64", "weight": "float64", "start": "int64", "end": "int64"})
    # article order as given (so that chunked and parallel runs join to the same table), then text order
    out = out.sort_values(["_pos", "start", "frame"], kind="stable")
    return out.drop(columns="_pos").reset_index(drop=True)


def frame_evidence(
    articles: pd.DataFrame,
    *,
    sentences: pd.DataFrame | None = None,
    codebook: str | Path | pd.DataFrame = "generic",
) -> pd.DataFrame:
    """Every cue hit of a codebook in the articles, with its place in the text.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` (unique), ``text`` (str), ``language``
        (ISO 639-1). Not modified.
    sentences : DataFrame, optional
        The table of :func:`newsanalysis.sentences` for these articles
        (computed when omitted).
    codebook : {"generic", "story"}, path or DataFrame
        See :func:`load_codebook`.

    Returns
    -------
    DataFrame
        One row per cue hit, in article then text order: ``article_id``,
        ``sentence_id`` (the sentence holding the hit's start), ``frame``,
        ``cue`` (the codebook pattern, lower case), ``matched`` (the text
        matched, ``text[start:end]``), ``weight`` (the cue's weight),
        ``start``, ``end`` (character offsets into the article's ``text``),
        ``language``. Articles in a language without cues give no rows
        (:func:`frames` marks them not analysed).

    Raises
    ------
    ValueError
        For a malformed article table (naming the article and field) or
        codebook (:class:`CodebookError`).
    """
    articles = check_articles(articles)
    cb = _resolve(codebook)
    return _evidence(articles, cb, sentences)


def _windows(text: str, window_words: int | None) -> tuple[list[int], list[int], list[int]]:
    """Split ``text`` into about ``len(words) / window_words`` windows of (near) equal word count.

    Returns the character start and end of each window and its word count. ``n = max(1,
    floor(words / window_words + 0.5))`` windows, cut between word tokens, so a text of up to
    1.5 × ``window_words`` words is one window (the whole text). ``window_words=None``: one window.
    """
    spans = word_spans(text)
    n_words = len(spans)
    k = 1 if not window_words else max(1, int(np.floor(n_words / window_words + 0.5)))
    if k == 1 or n_words == 0:
        return [0], [len(text)], [n_words]
    cuts = [int(np.floor(i * n_words / k)) for i in range(k + 1)]
    starts = [0] + [spans[c][0] for c in cuts[1:-1]]
    ends = starts[1:] + [len(text)]
    return starts, ends, [b - a for a, b in zip(cuts[:-1], cuts[1:])]


def _check_window_args(window_words, min_window_share):
    if window_words is not None and (isinstance(window_words, bool) or not isinstance(window_words, (int, np.integer))
                                     or window_words < 1):
        raise ValueError(f"window_words must be a positive integer or None, got {window_words!r}")
    if not (isinstance(min_window_share, (int, float)) and 0 < float(min_window_share) <= 1):
        raise ValueError(f"min_window_share must be in (0, 1], got {min_window_share!r}")


def _thresholds_of(cb: _Codebook, thresholds) -> dict:
    if thresholds is not None:
        require_columns(thresholds, ["frame", "language", "threshold"], what="thresholds")
        thr_table = thresholds
    else:
        thr_table = cb.thresholds
    return {(f, lg): float(t) for f, lg, t in zip(thr_table["frame"], thr_table["language"], thr_table["threshold"])}


def _evidence_by_article(evidence) -> dict | None:
    if evidence is None:
        return None
    require_columns(evidence, ["article_id", "frame", "cue", "matched", "weight", "start", "end"], what="evidence")
    ev_by: dict = {}
    for row in zip(evidence["article_id"].astype(str), evidence["frame"], evidence["cue"], evidence["matched"],
                   evidence["weight"].astype(float), evidence["start"], evidence["end"]):
        ev_by.setdefault(row[0], []).append(row[1:])
    return ev_by


def _scoring_setup(articles, codebook, thresholds, evidence, window_words, min_window_share):
    """Checked arguments of :func:`frames` and :func:`frame_windows`: articles (languages normalised),
    codebook, thresholds, frame order, hits."""
    articles = check_articles(articles)
    _check_window_args(window_words, min_window_share)
    cb = _resolve(codebook)
    return articles, cb, _thresholds_of(cb, thresholds), _frame_order(cb), _evidence_by_article(evidence)


def frames(
    articles: pd.DataFrame,
    *,
    sentences: pd.DataFrame | None = None,
    codebook: str | Path | pd.DataFrame = "generic",
    thresholds: pd.DataFrame | None = None,
    evidence: pd.DataFrame | None = None,
    window_words: int | None = WINDOW_WORDS,
    min_window_share: float = MIN_WINDOW_SHARE,
) -> pd.DataFrame:
    """Frame scores per article: cue weight, rate per 1,000 words, emphasis and a presence decision.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` (unique), ``text`` (str), ``language``
        (ISO 639-1). Not modified.
    sentences : DataFrame, optional
        The table of :func:`newsanalysis.sentences` for these articles: a
        codebook with an ``anchor`` (the story codebook) reads its sentences
        instead of splitting the texts again; other codebooks do not need
        sentences.
    codebook : {"generic", "story"}, path or DataFrame
        See :func:`load_codebook`.
    thresholds : DataFrame, optional
        ``frame, language, threshold`` (cue weight per 1,000 words) replacing
        the codebook's decision rule, e.g. from :func:`fit_thresholds`.
        Default: for ``"generic"`` the thresholds fitted on the SemEval-2023
        training articles (``resources/<lang>/frame_thresholds.csv``); for
        other codebooks no rate threshold (0).
    evidence : DataFrame, optional
        The output of :func:`frame_evidence` for the same articles and
        codebook; when given, the counts are built from it instead of
        matching the cues a second time (the result is the same).
    window_words : int or None
        Presence is decided in windows of about this many word tokens
        (default 1000, about the length of the SemEval-2023 articles the
        thresholds were fitted on): a text of ``w`` words is cut between
        words into ``max(1, round(w / window_words))`` windows of equal word
        count, so texts of up to 1,500 words are one window and are decided
        exactly as a whole. ``None``: the whole text is one window.
    min_window_share : float in (0, 1]
        A frame is present in the article when it passes the rule in at
        least this share of the article's windows (default 0.5).

    Returns
    -------
    DataFrame
        One row per (article, frame), frames in codebook order:

        - ``article_id``, ``frame``, ``language``;
        - ``analysed`` (bool): False when the codebook has no cues for the
          article's language; then every score below is NA (never 0) and
          ``reason`` says why;
        - ``hits`` (Float64, ≥ 0): the sum of the weights of the cue hits
          (a weight-1 cue found 3 times gives 3);
        - ``n_cues`` (Int64): the number of cue hits, unweighted;
        - ``words`` (int): word tokens in ``text`` (:func:`newsanalysis.text.word_count`);
        - ``per_1000_words`` (Float64): ``hits / words * 1000``;
        - ``threshold`` (Float64): the rate a window must reach;
        - ``present`` (boolean): ``window_share >= min_window_share``,
          where a window passes when its cue weight is ``>= min_hits`` (1
          unless the codebook sets ``min_hits``) and its cue weight per
          1,000 words is ``>= threshold``. For a text of one window this is
          ``hits >= min_hits`` and ``per_1000_words >= threshold``;
        - ``share`` (Float64, 0–1): emphasis, the frame's part of the
          article's cue weight over all frames (NA when the article has no
          hit);
        - ``dominant`` (boolean): the frame with the largest ``hits`` in the
          article (first in codebook order on a tie; False for all when
          there is no hit);
        - ``evidence`` (str): the distinct cues found, most frequent first,
          ``"; "``-joined, each with its count (``"weapon* ×3; war ×2"``);
        - ``reason`` (str or NA), ``codebook`` (name);
        - ``windows`` (Int64, ≥ 1): windows of the article;
          ``windows_present`` (Int64): windows in which the frame passes;
          ``window_share`` (Float64, 0–1): their share (:func:`frame_windows`
          lists the windows).

    Raises
    ------
    ValueError
        For a malformed article table (naming the article and field), a
        codebook (:class:`CodebookError`), a threshold table without
        ``frame, language, threshold``, or a ``window_words`` /
        ``min_window_share`` out of range.

    Notes
    -----
    Dictionary method: cue counting in the tradition of quanteda's
    ``dfm_lookup`` and LIWC; the frames and their definitions follow
    Boydstun et al. (2014). Windows: a rate rule fitted on news articles
    decides a long multi-topic text (a 30,000-word transcript) by its
    average rate, which for a long text is close to the genre's average
    rate, so every long text passes (or fails) alike; deciding per
    article-sized window and requiring a share of windows keeps the rule
    on the unit it was fitted on. See docs/framing.md for the measured
    accuracy.
    """
    articles, cb, thr, order, ev_by = _scoring_setup(articles, codebook, thresholds, evidence, window_words, min_window_share)
    # an anchored codebook reads sentences: the caller's table, when given, is not split again
    sidx = ({aid: [a for a, _ in v] for aid, v in _sentence_index(articles, sentences).items()}
            if cb.anchor and sentences is not None and ev_by is None else None)
    rows = []
    for aid, text, lang, title in zip(articles["article_id"].astype(str), articles["text"], articles["language"],
                                      _titles_of(articles)):
        words = word_count(text)
        matcher = _matchers_for(cb, lang)
        if matcher is None:
            for fr in order:
                rows.append((aid, fr, lang, False, pd.NA, pd.NA, words, pd.NA, pd.NA, pd.NA, pd.NA, pd.NA, None,
                             f"codebook {cb.name!r} has no cues for language {lang!r}", cb.name,
                             pd.NA, pd.NA, pd.NA))
            continue
        starts, _ends, wwords = _windows(text, window_words)
        k = len(starts)
        sums: dict[str, float] = {}
        wsums: dict[str, list[float]] = {}
        cues: dict[str, dict[str, int]] = {}
        hits = _article_hits(cb, matcher, text, lang, sidx.get(aid) if sidx else None, title) if ev_by is None \
            else ev_by.get(aid, ())
        for frame, cue, _m, w, s, _e in hits:
            sums[frame] = sums.get(frame, 0.0) + w
            ws = wsums.setdefault(frame, [0.0] * k)
            ws[bisect.bisect_right(starts, s) - 1 if k > 1 else 0] += w
            per = cues.setdefault(frame, {})
            per[cue] = per.get(cue, 0) + 1
        total = sum(sums.values())
        best = max(order, key=lambda f: (sums.get(f, 0.0), -order.index(f))) if total > 0 else None
        for fr in order:
            h = sums.get(fr, 0.0)
            rate = h / words * 1000 if words else np.nan
            t = thr.get((fr, lang), thr.get((fr, ANY_LANGUAGE), 0.0))
            n_pass = sum(1 for hw, nw in zip(wsums.get(fr, ()), wwords)
                         if hw > 0 and hw >= cb.min_hits and nw and hw / nw * 1000 >= t)
            present = n_pass / k >= min_window_share
            vc = sorted(cues.get(fr, {}).items(), key=lambda kv: (-kv[1], kv[0]))
            ev_text = "; ".join(f"{c} ×{n}" for c, n in vc)
            rows.append((aid, fr, lang, True, h, sum(n for _, n in vc), words, rate, t, present,
                         h / total if total > 0 else pd.NA, fr == best, ev_text, pd.NA, cb.name,
                         k, n_pass, n_pass / k))
    out = pd.DataFrame(rows, columns=FRAME_COLUMNS)
    return out.astype({
        "analysed": "bool", "hits": "Float64", "n_cues": "Int64", "words": "int64", "per_1000_words": "Float64",
        "threshold": "Float64", "present": "boolean", "share": "Float64", "dominant": "boolean",
        "windows": "Int64", "windows_present": "Int64", "window_share": "Float64",
    })


def frame_windows(
    articles: pd.DataFrame,
    *,
    codebook: str | Path | pd.DataFrame = "generic",
    thresholds: pd.DataFrame | None = None,
    evidence: pd.DataFrame | None = None,
    window_words: int | None = WINDOW_WORDS,
) -> pd.DataFrame:
    """The windows in which :func:`frames` decides presence: one row per (article, window, frame).

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` (unique), ``text``, ``language``. Not modified.
    codebook, thresholds, evidence, window_words
        As in :func:`frames`.

    Returns
    -------
    DataFrame
        ``article_id``, ``window`` (0-based, in text order), ``start``,
        ``end`` (character offsets into ``text``; the windows cover the
        text without gaps), ``words`` (word tokens in the window),
        ``frame``, ``language``, ``hits`` (cue weight of the hits starting
        in the window), ``per_1000_words``, ``threshold``, ``present``
        (the window passes: ``hits >= min_hits`` and the rate ``>=
        threshold``), ``codebook``. Articles in a language without cues
        give no rows.

    Raises
    ------
    ValueError
        As :func:`frames`.
    """
    articles, cb, thr, order, ev_by = _scoring_setup(articles, codebook, thresholds, evidence, window_words, MIN_WINDOW_SHARE)
    rows = []
    for aid, text, lang, title in zip(articles["article_id"].astype(str), articles["text"], articles["language"],
                                      _titles_of(articles)):
        matcher = _matchers_for(cb, lang)
        if matcher is None:
            continue
        starts, ends, wwords = _windows(text, window_words)
        k = len(starts)
        ws: dict[str, list[float]] = {fr: [0.0] * k for fr in order}
        for frame, _c, _m, w, s, _e in (_article_hits(cb, matcher, text, lang, title=title) if ev_by is None
                                         else ev_by.get(aid, ())):
            if frame in ws:
                ws[frame][bisect.bisect_right(starts, s) - 1 if k > 1 else 0] += w
        for i in range(k):
            for fr in order:
                h = ws[fr][i]
                rate = h / wwords[i] * 1000 if wwords[i] else np.nan
                t = thr.get((fr, lang), thr.get((fr, ANY_LANGUAGE), 0.0))
                rows.append((aid, i, starts[i], ends[i], wwords[i], fr, lang, h, rate, t,
                             bool(h > 0 and h >= cb.min_hits and wwords[i] and rate >= t), cb.name))
    out = pd.DataFrame(rows, columns=FRAME_WINDOW_COLUMNS)
    return out.astype({"window": "int64", "start": "int64", "end": "int64", "words": "int64", "hits": "float64",
                       "per_1000_words": "float64", "threshold": "float64", "present": "bool"})



# --------------------------------------------------------------------------- decision rule

def _best_threshold(scores: np.ndarray, truth: np.ndarray, other_tp=0, other_fp=0, other_fn=0) -> tuple[float, float]:
    """Threshold on ``scores`` (> 0 required) maximising F1 (micro over this and the other frames' counts)."""
    cands = np.unique(scores[scores > 0])
    best_t, best_f = np.inf, -1.0
    pos = truth.sum()
    # predicting nothing
    f_none = 2 * other_tp / max(2 * other_tp + other_fp + other_fn + pos, 1)
    best_f = f_none
    for t in cands:
        pred = scores >= t
        tp = int((pred & truth).sum())
        fp = int((pred & ~truth).sum())
        fn = int(pos - tp)
        f = 2 * (tp + other_tp) / max(2 * (tp + other_tp) + fp + other_fp + fn + other_fn, 1)
        if f > best_f + 1e-12:
            best_t, best_f = float(t), f
    return best_t, best_f


def fit_thresholds(
    frame_table: pd.DataFrame,
    labels: pd.DataFrame,
    *,
    objective: str = "micro",
    passes: int = 3,
) -> pd.DataFrame:
    """Fit the rate threshold of each frame and language from labelled articles.

    Parameters
    ----------
    frame_table : DataFrame
        Output of :func:`frames` (``article_id, frame, language, analysed,
        per_1000_words``) for the labelled articles.
    labels : DataFrame
        One row per (article, frame) that annotators marked present:
        ``article_id, frame``. Articles of ``frame_table`` without a row have
        no frame.
    objective : {"micro", "frame"}
        ``"micro"`` (default): coordinate ascent on micro-F1 over all frames
        of a language (``passes`` rounds); ``"frame"``: each frame's own F1.
    passes : int
        Rounds of coordinate ascent for ``"micro"``.

    Returns
    -------
    DataFrame
        ``frame, language, threshold, f1_fit, n_articles, n_positive``: the
        threshold in cue weight per 1,000 words (``inf`` = never present; a
        frame also needs at least one cue hit), the F1 reached on the fitting
        data (micro- or per-frame F1 after fitting), the articles and
        positives used.

    Raises
    ------
    ValueError
        If a column is missing or ``objective`` is unknown.
    """
    require_columns(frame_table, ["article_id", "frame", "language", "analysed", "per_1000_words"], what="frame_table")
    require_columns(labels, ["article_id", "frame"], what="labels")
    if objective not in ("micro", "frame"):
        raise ValueError(f"objective must be 'micro' or 'frame', got {objective!r}")
    ft = frame_table[frame_table["analysed"].astype(bool)]
    gold = set(zip(labels["article_id"].astype(str), labels["frame"]))
    out = []
    for lang, g in ft.groupby("language", sort=True):
        wide = g.pivot(index="article_id", columns="frame", values="per_1000_words").astype(float).fillna(0.0)
        frames_ = list(dict.fromkeys(g["frame"]))
        S = wide[frames_].to_numpy()
        Y = np.array([[(str(a), f) in gold for f in frames_] for a in wide.index])
        th = np.full(len(frames_), np.inf)
        if objective == "frame":
            f1s = [_best_threshold(S[:, j], Y[:, j]) for j in range(len(frames_))]
            th = np.array([t for t, _ in f1s])
            fits = [f for _, f in f1s]
        else:
            for _ in range(passes):
                for j in range(len(frames_)):
                    P = S >= th
                    P &= S > 0
                    mask = np.ones(len(frames_), bool)
                    mask[j] = False
                    tp = int((P[:, mask] & Y[:, mask]).sum())
                    fp = int((P[:, mask] & ~Y[:, mask]).sum())
                    fn = int((~P[:, mask] & Y[:, mask]).sum())
                    th[j], f = _best_threshold(S[:, j], Y[:, j], tp, fp, fn)
            fits = [f] * len(frames_)
        for j, fr in enumerate(frames_):
            out.append((fr, lang, th[j], fits[j], len(wide), int(Y[:, j].sum())))
    return pd.DataFrame(out, columns=["frame", "language", "threshold", "f1_fit", "n_articles", "n_positive"])


# --------------------------------------------------------------------------- supervised

def _texts_languages(X, language) -> tuple[list[str], list]:
    if isinstance(X, pd.DataFrame):
        require_columns(X, ["text"], what="articles")
        texts = [t if isinstance(t, str) else "" for t in X["text"]]
        langs = list(X["language"]) if "language" in X.columns else [language] * len(texts)
    else:
        texts = [t if isinstance(t, str) else "" for t in X]
        langs = [language] * len(texts)
    return texts, langs


def _titles(X, n) -> list:
    if isinstance(X, pd.DataFrame) and "title" in X.columns:
        return [t if isinstance(t, str) else None for t in X["title"]]
    return [None] * n


def dictionary_rates(texts: Sequence[str], languages: Sequence, codebook="generic") -> np.ndarray:
    """Cue weight per 1,000 words of each codebook frame (n_texts × n_frames, codebook order).

    The fast core of :func:`frames` for feature matrices; a text in a
    language without cues gets a row of NaN.
    """
    cb = _resolve(codebook)
    order = _frame_order(cb)
    pos = {f: j for j, f in enumerate(order)}
    out = np.zeros((len(texts), len(order)))
    for i, (text, lang) in enumerate(zip(texts, languages)):
        m = _matchers_for(cb, lang)
        if m is None:
            out[i] = np.nan
            continue
        words = word_count(text)
        for frame, _c, _m, w, _s, _e in _article_hits(cb, m, text, lang):
            out[i, pos[frame]] += w
        out[i] = out[i] / words * 1000 if words else 0.0
    return out


try:  # scikit-learn is needed by the supervised option only
    from sklearn.base import BaseEstimator, ClassifierMixin
except ImportError:  # pragma: no cover
    BaseEstimator, ClassifierMixin = object, object


_DOC_CACHE: dict = {}
_DOC_CACHE_MAX = 50_000


def _cached_rows(kind, key_extra, texts, langs, compute):
    """Per-text features that depend on the text alone (no fitted state), computed once per text.

    ``compute(texts, langs)`` returns a matrix with one row per text; rows are
    cached by (kind, key_extra, language, text). Because nothing in these
    rows is learned from other texts, caching them does not leak across
    cross-validation folds.
    """
    import scipy.sparse as sp
    keys = [(kind, key_extra, lg, t) for t, lg in zip(texts, langs)]
    missing = [i for i, k in enumerate(keys) if k not in _DOC_CACHE]
    if missing:
        if len(_DOC_CACHE) > _DOC_CACHE_MAX:
            _DOC_CACHE.clear()
        M = compute([texts[i] for i in missing], [langs[i] for i in missing])
        for r, i in enumerate(missing):
            _DOC_CACHE[keys[i]] = M[r]
    rows = [_DOC_CACHE[k] for k in keys]
    if rows and sp.issparse(rows[0]):
        return sp.vstack(rows).tocsr()
    return np.vstack(rows) if rows else np.zeros((0, 0))


def _char_counts(texts, langs, ngrams):
    from sklearn.feature_extraction.text import HashingVectorizer
    hv = HashingVectorizer(analyzer="char_wb", ngram_range=tuple(ngrams), n_features=2 ** 20,
                           alternate_sign=False, norm=None, lowercase=True)
    return _cached_rows("char_wb", tuple(ngrams), texts, langs, lambda t, _l: hv.transform(t).tocsr())


def _dict_features(texts, langs, codebook):
    if isinstance(codebook, (str, Path)):
        return _cached_rows("dict", str(codebook), texts, langs,
                            lambda t, lg: np.nan_to_num(np.log1p(dictionary_rates(t, lg, codebook)), nan=0.0))
    return np.nan_to_num(np.log1p(dictionary_rates(texts, langs, codebook)), nan=0.0)


def _embedding_features(texts, langs, titles):
    """Article vectors of the sentence encoder (mean, max and title parts), cached per (title, text)."""
    from . import embeddings as emb
    keys = [("emb", emb.CHUNK_WORDS, lg, ti, t) for t, lg, ti in zip(texts, langs, titles)]
    missing = [i for i, k in enumerate(keys) if k not in _DOC_CACHE]
    if missing:
        if len(_DOC_CACHE) > _DOC_CACHE_MAX:
            _DOC_CACHE.clear()
        arts = pd.DataFrame({"article_id": [str(i) for i in missing], "text": [texts[i] for i in missing],
                             "language": [langs[i] for i in missing], "title": [titles[i] for i in missing]})
        M = emb.embedding_matrix(arts)
        for r, i in enumerate(missing):
            _DOC_CACHE[keys[i]] = M[r]
    return np.vstack([_DOC_CACHE[k] for k in keys]) if keys else np.zeros((0, 3 * emb.DIM))


def _fit_prob_thresholds(oof: np.ndarray, Yb: np.ndarray, passes: int = 3) -> np.ndarray:
    """Per-frame probability thresholds maximising micro-F1 of ``oof`` against ``Yb`` (coordinate ascent)."""
    th = np.full(Yb.shape[1], 0.5)
    for _ in range(passes):
        for k in range(Yb.shape[1]):
            P = oof >= th
            mask = np.arange(Yb.shape[1]) != k
            tp = int((P[:, mask] & Yb[:, mask]).sum())
            fp = int((P[:, mask] & ~Yb[:, mask]).sum())
            fn = int((~P[:, mask] & Yb[:, mask]).sum())
            th[k], _ = _best_threshold(oof[:, k] + 1e-12, Yb[:, k], tp, fp, fn)
    return np.minimum(th, 1.0 + 1e-9)


def _at_least(P: np.ndarray, thresholds: np.ndarray, k: int, eligible=None) -> np.ndarray:
    """Frames at or above their threshold, plus the ``k`` most probable frames of each row (label-cardinality
    prior); ``eligible`` (bool per column) limits the top-k to learned frames."""
    pred = P + 1e-12 >= thresholds
    if k and len(P):
        Q = P if eligible is None else np.where(eligible, P, -np.inf)
        top = np.argsort(-Q, axis=1, kind="stable")[:, :k]
        rows = np.arange(len(P))[:, None]
        ok = np.isfinite(Q[rows, top])
        pred[np.broadcast_to(rows, top.shape)[ok], top[ok]] = True
    return pred


def _micro_f1(Yb: np.ndarray, P: np.ndarray) -> float:
    tp = int((P & Yb).sum())
    return 2 * tp / max(2 * tp + int((P & ~Yb).sum()) + int((~P & Yb).sum()), 1)


def _unit_rows(A):
    """Rows scaled to L2 norm 1 (zero rows stay zero); dense or sparse."""
    import scipy.sparse as sp
    if sp.issparse(A):
        n = np.sqrt(np.asarray(A.multiply(A).sum(1)).ravel())
        return sp.diags(1.0 / np.where(n > 0, n, 1.0)) @ A
    n = np.linalg.norm(A, axis=1, keepdims=True)
    return A / np.where(n > 0, n, 1.0)


def _cosine(A, B) -> np.ndarray:
    """Cosine similarities (len(A) × len(B)) of rows already scaled to norm 1."""
    S = A @ B.T
    return S.toarray() if hasattr(S, "toarray") else np.asarray(S)


def _knn_vote(S: np.ndarray, Y: np.ndarray, k: int) -> np.ndarray:
    """Share of each frame among the ``k`` most similar training articles, weighted by similarity.

    ``S``: cosine similarities (n_new × n_train); ``Y``: 0/1 labels of the training articles. Negative
    similarities weigh 0; an article similar to no training article (all weights 0) gets each frame's share
    among all training articles.
    """
    if S.shape[1] == 0:
        return np.zeros((S.shape[0], Y.shape[1]))
    k = max(1, min(int(k), S.shape[1]))
    nn = np.argsort(-S, axis=1, kind="stable")[:, :k]
    w = np.take_along_axis(S, nn, 1).clip(0.0)
    tot = w.sum(1, keepdims=True)
    vote = np.einsum("ik,ikj->ij", w, Y[nn].astype(float)) / np.where(tot > 0, tot, 1.0)
    vote[tot[:, 0] == 0] = Y.mean(0)
    return vote


def _align_labels(X, y):
    """Labels in the articles' order (session 16, researcher trial: labels indexed by article id but in another
    order than ``X`` were used by position, silently). A DataFrame or Series ``y`` whose index holds article
    ids (text) is aligned on ``X["article_id"]``; a 0..n-1 or other integer index is read by position, as a
    list is."""
    if not isinstance(y, (pd.DataFrame, pd.Series)) or not isinstance(X, pd.DataFrame) or "article_id" not in X.columns:
        return y
    if pd.api.types.is_integer_dtype(y.index.dtype):
        return y
    ids = X["article_id"].astype(str).tolist()
    yi = y.index.astype(str)
    if yi.duplicated().any():
        raise ValueError(f"y has article id {yi[yi.duplicated()][0]!r} twice")
    have = set(yi)
    missing = [a for a in ids if a not in have]
    if missing:
        raise ValueError(f"y (indexed by article id) has no labels for {len(missing)} article(s) of X, e.g. "
                         f"{missing[0]!r}; give one row per article of X (or a list in X's order)")
    out = y.copy()
    out.index = yi
    return out.loc[ids]


def _warn_thin_training(Y: np.ndarray, classes, langs) -> None:
    """Warn where the training data cannot carry the model's decisions (session 16, researcher trial: 16
    articles, a frame with one positive article, English and German mixed, all without a word)."""
    n = len(Y)
    if n < 50:
        warnings.warn(f"FrameClassifier: {n} training articles; thresholds fitted by inner cross-validation on so "
                      "few articles are unstable (the SemEval figures in docs/framing.md train on 100-350 per fold)",
                      UserWarning, stacklevel=5)
    few = [str(c) for j, c in enumerate(classes) if 0 < Y[:, j].sum() < 5]
    if few:
        warnings.warn(f"FrameClassifier: frame(s) with fewer than 5 positive training articles: {', '.join(few)}; "
                      "their predictions are unreliable", UserWarning, stacklevel=5)
    never = [str(c) for j, c in enumerate(classes) if Y[:, j].sum() == 0]
    always = [str(c) for j, c in enumerate(classes) if len(Y) and Y[:, j].sum() == len(Y)]
    if never or always:
        warnings.warn("FrameClassifier: " + "; ".join(x for x in (
            f"never present in the training labels, so always predicted absent: {', '.join(never)}" if never else "",
            f"present in every training article, so always predicted present: {', '.join(always)}" if always else "")
            if x), UserWarning, stacklevel=5)
    known = {lg for lg in langs if lg}
    if len(known) > 1:
        warnings.warn(f"FrameClassifier: training articles in several languages ({', '.join(sorted(known))}); "
                      "train one classifier per language (docs/framing.md, Training labels)", UserWarning,
                      stacklevel=5)


class FrameClassifier(ClassifierMixin, BaseEstimator):
    """Supervised multi-label frame classifier, trained at run time from the user's labels.

    scikit-learn conventions: ``fit(X, y)``, ``predict(X)`` (0/1 matrix,
    columns ``classes_``), ``predict_proba(X)``, ``score`` (micro-F1); works
    with ``sklearn.model_selection.cross_validate``. :meth:`frame_table`
    gives the tidy result. No trained model ships with the package. To
    choose the settings from the data, use :class:`FrameClassifierCV`.

    Method: TF-IDF of words (sublinear tf, ``min_df=2``), optionally joined
    with TF-IDF of character n-grams inside word boundaries
    (``char_ngrams=(2, 5)``: scikit-learn's ``char_wb`` analyser, hashed to
    2^20 columns, n-grams in fewer than 2 training articles dropped,
    sublinear tf) and with the dictionary features of ``codebook``
    (``log(1 + cue weight per 1,000 words)`` per frame, times
    ``dictionary_weight``; see :func:`dictionary_rates`), into one
    L2-regularised logistic regression per frame (one-vs-rest, lbfgs,
    ``class_weight="balanced"``), trained on the features' coordinates in
    the span of the training articles (the same model, fast when features
    outnumber articles: the linear-kernel trick). A frame
    is predicted at probability ≥ 0.5, or, with ``inner_cv`` ≥ 2, at a
    threshold per frame that maximises micro-F1 on inner cross-validated
    predictions of the training data.

    With ``features="embeddings"`` the words are replaced, and with
    ``"both"`` joined, by sentence-encoder vectors of the article (optional
    ``embeddings`` extra; :func:`newsanalysis.embeddings.embedding_matrix`:
    all-MiniLM-L6-v2, English-trained, article cut into chunks of whole
    sentences of at most 150 words, chunk vectors pooled by word-weighted
    mean and element-wise maximum, plus the title's vector; 1,152 columns)
    times ``embedding_weight``. Vectors are cached in the process, so
    refitting on the same texts does not encode them again.

    With ``knn`` ≥ 1 the logistic probabilities are averaged with a vote of
    the ``knn`` most similar training articles (k-nearest-neighbour
    classification, Cover & Hart 1967; multi-label as in ML-kNN, Zhang &
    Zhou 2007, without its Bayesian step): a frame's vote is its share
    among those neighbours, each weighted by its cosine similarity to the
    article (negative similarities weigh 0; an article similar to none gets
    each frame's share in all training articles); similarity on the
    word-weighted mean of the article's sentence-encoder chunk vectors with
    ``"embeddings"``/``"both"``, on the TF-IDF word vectors with
    ``"tfidf"``. Probability = ``(1 - knn_weight) · logistic +
    knn_weight · vote``. The neighbours are the training articles kept in
    the fitted model (their vectors and labels, not their texts).

    Parameters
    ----------
    C : float
        Inverse regularisation strength.
    dictionary_weight : float
        Scale of the dictionary features (0 = none).
    codebook : str, path or DataFrame
        Codebook of the dictionary features (:func:`load_codebook`).
    language : str, optional
        Language of the texts when ``X`` has no ``language`` column.
    inner_cv : int
        Inner folds for threshold fitting (0 = fixed 0.5).
    random_state : int
        Seed of the inner folds.
    char_ngrams : tuple of two int, optional
        Range of character n-grams (``None`` = words only).
    min_frames : int
        Label-cardinality prior: besides the frames at or above their
        threshold, the ``min_frames`` most probable frames of each article
        are always predicted (0 = none; SemEval articles have 3.7 (en) /
        4.3 (de) frames on average).
    features : {"tfidf", "embeddings", "both"}
        Text features: TF-IDF (default, no extra needed), sentence
        embeddings, or both joined. The dictionary features join any of
        them (``dictionary_weight``). ``X`` may have a ``title`` column
        (used as the title for the embeddings; else a short first line
        followed by a blank line is the title).
    embedding_weight : float
        Scale of the embedding columns (with ``"embeddings"`` or ``"both"``).
    knn : int
        Neighbours in the vote (0 = no vote, the default). Searched with
        20 in the embedding grids of :class:`FrameClassifierCV`, it lifted
        English SemEval micro-F1 in nested cross-validation from 0.694 /
        0.696 to 0.706 (full / CI grid; docs/history/framing.md, round 5).
    knn_weight : float in [0, 1]
        Weight of the vote in the probability (default 0.5).

    Raises
    ------
    ImportError
        From ``fit`` when ``features`` needs the sentence encoder and the
        ``embeddings`` extra is not installed (the message gives the
        install command).
    ValueError
        From ``fit`` for an unknown ``features``, ``knn`` < 0 or not an
        integer, or ``knn_weight`` outside [0, 1].

    Attributes
    ----------
    classes_ : ndarray of str
        Frame names (columns of ``predict``).
    thresholds_ : ndarray of float
        Probability threshold per frame.
    neighbours_, neighbour_labels_ : matrix, ndarray
        With ``knn``: the training articles' similarity vectors (norm 1)
        and their 0/1 labels (learned frames).

    Notes
    -----
    Defaults (C 10, dictionary_weight 0.3, inner_cv 0, words only) were
    chosen among 12 settings by cross-validation on the German SemEval-2023
    training articles in the first round; :class:`FrameClassifierCV`
    chooses the settings by inner cross-validation instead (docs/framing.md).
    """

    def __init__(self, C: float = 10.0, dictionary_weight: float = 0.3, codebook="generic",
                 language: str | None = None, inner_cv: int = 0, random_state: int = 0,
                 char_ngrams: tuple | None = None, min_frames: int = 0, features: str = "tfidf",
                 embedding_weight: float = 1.0, knn: int = 0, knn_weight: float = 0.5):
        self.C = C
        self.knn = knn
        self.knn_weight = knn_weight
        self.features = features
        self.embedding_weight = embedding_weight
        self.min_frames = min_frames
        self.dictionary_weight = dictionary_weight
        self.codebook = codebook
        self.language = language
        self.inner_cv = inner_cv
        self.random_state = random_state
        self.char_ngrams = char_ngrams

    @staticmethod
    def _indicator(y, classes=None):
        if isinstance(y, pd.DataFrame):
            return y.to_numpy().astype(int), np.array([str(c) for c in y.columns])
        y = list(y)
        if y and isinstance(y[0], (list, tuple, set, frozenset)):
            from sklearn.preprocessing import MultiLabelBinarizer
            mlb = MultiLabelBinarizer(classes=classes) if classes is not None else MultiLabelBinarizer()
            Y = mlb.fit_transform(y)
            return Y, np.array([str(c) for c in mlb.classes_])
        Y = np.asarray(y).astype(int)
        if Y.ndim != 2:
            raise ValueError("y must be a 0/1 matrix, a DataFrame with one column per frame or a list of label lists")
        return Y, np.array(classes if classes is not None else [str(i) for i in range(Y.shape[1])])

    def _check_features(self):
        if self.features not in FEATURE_SETS:
            raise ValueError(f"features must be one of {FEATURE_SETS}, got {self.features!r}")
        if isinstance(self.knn, bool) or not isinstance(self.knn, (int, np.integer)) or self.knn < 0:
            raise ValueError(f"knn must be an integer >= 0, got {self.knn!r}")
        if not 0.0 <= float(self.knn_weight) <= 1.0:
            raise ValueError(f"knn_weight must be between 0 and 1, got {self.knn_weight!r}")
        if self.features != "tfidf":
            from .embeddings import _encoder
            _encoder()  # ImportError with the install command when the extra is missing

    def _features(self, texts, langs, fit: bool, titles=None):
        import scipy.sparse as sp
        from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
        blocks = []
        words = self.features in ("tfidf", "both")
        if words and fit:
            self.vectorizer_ = TfidfVectorizer(sublinear_tf=True, min_df=2)
            blocks.append(self.vectorizer_.fit_transform(texts))
        elif words:
            blocks.append(self.vectorizer_.transform(texts))
        if words and self.char_ngrams:
            H = _char_counts(texts, langs, self.char_ngrams)
            if fit:
                df = np.asarray((H > 0).sum(0)).ravel()
                self.char_columns_ = np.flatnonzero(df >= min(2, len(texts)))
                self.char_tfidf_ = TfidfTransformer(sublinear_tf=True).fit(H[:, self.char_columns_])
            blocks.append(self.char_tfidf_.transform(H[:, self.char_columns_]))
        if self.dictionary_weight:
            if any(lg is None for lg in langs):
                raise ValueError("dictionary features need the language: give X a 'language' column or set language=")
            blocks.append(sp.csr_matrix(_dict_features(texts, langs, self.codebook) * self.dictionary_weight))
        if self.features in ("embeddings", "both"):
            E = _embedding_features(texts, langs, titles if titles is not None else [None] * len(texts))
            blocks.append(sp.csr_matrix(E * float(self.embedding_weight)))
        F = sp.hstack(blocks).tocsr() if len(blocks) > 1 else sp.csr_matrix(blocks[0])
        return self._project(F, fit)

    def _neighbour_rows(self, texts, langs, titles=None):
        """Rows (norm 1) the neighbours of the ``knn`` vote are found on: the word-weighted mean of the
        sentence-encoder chunk vectors with embeddings, else the TF-IDF word vector (``_features`` fitted)."""
        if self.features == "tfidf":
            return _unit_rows(self.vectorizer_.transform(texts))
        from .embeddings import DIM
        E = _embedding_features(texts, langs, titles if titles is not None else [None] * len(texts))
        return _unit_rows(E[:, :DIM])

    def _project(self, F, fit: bool):
        # L2-regularised linear models have their weights in the span of the training rows, so the
        # rows' coordinates in that span (n_train columns) give the same model as the sparse
        # features and train much faster when features outnumber articles (linear kernel trick).
        if fit:
            K = (F @ F.T).toarray() if hasattr(F, "toarray") else F @ F.T
            w, U = np.linalg.eigh(K)
            keep = w > 1e-10 * max(float(w.max()), 1e-300)
            self.train_rows_ = F
            self.span_ = U[:, keep] / np.sqrt(w[keep])
        G = F @ self.train_rows_.T
        G = G.toarray() if hasattr(G, "toarray") else np.asarray(G)
        return G @ self.span_

    @staticmethod
    def _lr(C):
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        return OneVsRestClassifier(LogisticRegression(C=C, class_weight="balanced", max_iter=5000))

    def _setup(self, X, y):
        texts, langs = _texts_languages(X, self.language)
        y = _align_labels(X, y)
        Y, classes = self._indicator(y)
        if len(texts) != len(Y):
            raise ValueError(f"X has {len(texts)} articles but y has {len(Y)} rows")
        if getattr(self, "_quiet_setup", False) is False:
            _warn_thin_training(Y, classes, langs)
        # session 16 (researcher trial): which articles the model saw, so frame_table can say so and
        # frame_validation can warn that figures on them are in-sample
        self.training_ids_ = (frozenset(X["article_id"].astype(str)) if isinstance(X, pd.DataFrame)
                              and "article_id" in X.columns else frozenset())
        self.classes_ = classes
        self.constant_ = {j: int(Y[0, j]) for j in range(Y.shape[1]) if Y[:, j].min() == Y[:, j].max()}
        self.learned_ = [j for j in range(Y.shape[1]) if j not in self.constant_]
        self.thresholds_ = np.full(Y.shape[1], 0.5)
        return texts, langs, Y

    def fit(self, X, y):
        """Fit on articles ``X`` and labels ``y``; returns ``self``.

        ``X``: a DataFrame with ``text`` (and ``language``), or a list of
        texts. ``y``: a 0/1 matrix, a DataFrame with one column per frame, or
        a list of label lists (one per article). A DataFrame or Series ``y``
        indexed by article id (text) is aligned on ``X["article_id"]``; other
        forms are read in ``X``'s order. A frame always or never present in
        ``y`` is predicted constant. Warns (UserWarning) with fewer than 50
        training articles, a frame with fewer than 5 positive articles, or
        articles in several languages.

        Raises
        ------
        ValueError
            If ``X`` and ``y`` differ in length, ``y`` indexed by article id
            lacks an article of ``X`` (named), or ``y`` has another form.
        """
        from threadpoolctl import threadpool_limits
        with threadpool_limits(1):
            return self._fit(X, y)

    def _fit(self, X, y):
        self._check_features()
        texts, langs, Y = self._setup(X, y)
        if not self.learned_:
            return self
        Yl = Y[:, self.learned_]
        titles = _titles(X, len(texts))
        F = self._features(texts, langs, fit=True, titles=titles)
        self.model_ = self._lr(self.C).fit(F, Yl)
        w = float(self.knn_weight) if self.knn else 0.0
        if w:
            self.neighbours_ = self._neighbour_rows(texts, langs, titles)
            self.neighbour_labels_ = Yl.copy()
        if self.inner_cv and self.inner_cv > 1 and len(texts) >= 2 * self.inner_cv:
            from sklearn.model_selection import KFold
            oof = np.zeros(Yl.shape, float)
            for tr, te in KFold(self.inner_cv, shuffle=True, random_state=self.random_state).split(texts):
                ok = [k for k in range(Yl.shape[1]) if Yl[tr, k].min() != Yl[tr, k].max()]
                if ok:
                    m = self._lr(self.C).fit(F[tr], Yl[np.ix_(tr, ok)])
                    oof[np.ix_(te, ok)] = m.predict_proba(F[te])
                if w:
                    vote = _knn_vote(_cosine(self.neighbours_[te], self.neighbours_[tr]), Yl[tr], self.knn)
                    oof[te] = (1 - w) * oof[te] + w * vote
            self.thresholds_[self.learned_] = _fit_prob_thresholds(oof, Yl == 1)
        return self

    def predict_proba(self, X) -> np.ndarray:
        """Probability of each frame (n_articles × n_frames, columns ``classes_``), 0–1."""
        texts, langs = _texts_languages(X, self.language)
        P = np.zeros((len(texts), len(self.classes_)))
        for j, v in self.constant_.items():
            P[:, j] = float(v)
        if self.learned_:
            titles = _titles(X, len(texts))
            Pl = self.model_.predict_proba(self._features(texts, langs, fit=False, titles=titles))
            w = float(self.knn_weight) if self.knn else 0.0
            if w:
                S = _cosine(self._neighbour_rows(texts, langs, titles), self.neighbours_)
                Pl = (1 - w) * Pl + w * _knn_vote(S, self.neighbour_labels_, self.knn)
            P[:, self.learned_] = Pl
        return P

    def _decide(self, P):
        eligible = np.zeros(P.shape[1], bool)
        eligible[getattr(self, "learned_", [])] = True
        return _at_least(P, self.thresholds_, int(self.min_frames or 0), eligible)

    def predict(self, X) -> np.ndarray:
        """0/1 matrix (n_articles × n_frames, columns ``classes_``): frames at or above their threshold,
        plus the ``min_frames`` most probable ones."""
        P = self.predict_proba(X)
        out = self._decide(P).astype(int)
        for j, v in self.constant_.items():
            out[:, j] = v
        return out

    def score(self, X, y) -> float:
        """Micro-F1 (0–1) of :meth:`predict` against ``y`` (forms as in :meth:`fit`)."""
        from sklearn.metrics import f1_score
        if isinstance(y, pd.DataFrame):
            Y = y[list(self.classes_)].to_numpy().astype(int)
        else:
            Y, _ = self._indicator(y, classes=list(self.classes_))
        return float(f1_score(Y, self.predict(X), average="micro", zero_division=0))

    def frame_table(self, articles: pd.DataFrame) -> pd.DataFrame:
        """Tidy predictions: one row per (article, frame).

        Parameters
        ----------
        articles : DataFrame
            At least ``article_id``, ``text`` (and ``language`` unless set on
            the classifier). Not modified.

        Returns
        -------
        DataFrame
            ``article_id, frame, probability`` (0–1), ``threshold``,
            ``present`` (boolean), ``trained_on`` (bool: the article was a
            training article of this model, so its decision is in-sample;
            validate on articles where it is False, or use
            :func:`cross_val_frame_table`).
        """
        require_columns(articles, ["article_id", "text"])
        P = self.predict_proba(articles)
        pred = self._decide(P)
        for j, v in self.constant_.items():
            pred[:, j] = bool(v)
        n = len(self.classes_)
        ids = articles["article_id"].astype(str).to_numpy()
        seen = getattr(self, "training_ids_", frozenset())
        out = pd.DataFrame({
            "article_id": np.repeat(ids, n),
            "frame": np.tile(self.classes_, len(articles)),
            "probability": P.ravel(),
            "threshold": np.tile(self.thresholds_, len(articles)),
            "present": pred.ravel(),
            "trained_on": np.repeat([a in seen for a in ids], n),
        })
        return out.astype({"present": "boolean"})


#: Feature sets of :class:`FrameClassifier`: ``"tfidf"`` (words, optional character n-grams), ``"embeddings"``
#: (sentence-encoder vectors, the ``embeddings`` extra) or ``"both"``; the dictionary rates join any of them.
FEATURE_SETS = ("tfidf", "embeddings", "both")

FRAME_SEARCH_GRID = {"char_ngrams": [None, (2, 5)], "dictionary_weight": [0.0, 0.3, 1.0], "C": [0.3, 1.0, 10.0],
                     "min_frames": [0, 1, 2]}
FRAME_SEARCH_GRID_FAST = {"char_ngrams": [None], "dictionary_weight": [0.3, 1.0], "C": [10.0], "min_frames": [0, 1, 2]}
#: Search grid of :class:`FrameClassifierCV` for ``features="embeddings"`` or ``"both"`` (the encoder's vectors
#: want stronger regularisation than TF-IDF: C 0.1–0.3 chosen on English inner folds).
#: Round 5 added the nearest-neighbour vote (``knn`` 0 = none, or 20 articles at weight 0.5), chosen like the rest.
EMBEDDING_SEARCH_GRID = {"dictionary_weight": [0.3, 1.0], "embedding_weight": [0.5, 1.0], "C": [0.1, 0.3, 1.0],
                         "knn": [0, 20], "knn_weight": [0.5], "min_frames": [0, 1, 2]}
EMBEDDING_SEARCH_GRID_FAST = {"dictionary_weight": [0.3], "embedding_weight": [1.0], "C": [0.1, 0.3, 1.0],
                              "knn": [0, 20], "knn_weight": [0.5], "min_frames": [0, 1, 2]}
_SEARCH_KEYS = ("features", "char_ngrams", "dictionary_weight", "embedding_weight", "C", "min_frames", "knn",
                "knn_weight")


class FrameClassifierCV(ClassifierMixin, BaseEstimator):
    """:class:`FrameClassifier` with its settings and per-frame thresholds chosen by inner cross-validation.

    ``fit`` splits the training articles into ``cv`` folds; for every
    setting of ``param_grid`` (features × C × label-cardinality prior) it
    pools the out-of-fold probabilities, fits one probability threshold per
    frame on them (coordinate ascent on micro-F1, as in
    :func:`fit_thresholds`), adds the ``min_frames`` most probable frames of
    each article and scores the predictions (micro-F1). The best setting is
    refitted on all training articles and keeps the thresholds fitted on
    its out-of-fold probabilities. Only the data given to ``fit`` is used,
    so putting this estimator inside an outer cross-validation gives a
    nested cross-validation whose outer score is unbiased by the choice.

    Parameters
    ----------
    param_grid : dict, optional
        Lists of values for ``features``, ``char_ngrams``,
        ``dictionary_weight``, ``embedding_weight``, ``C``, ``knn``,
        ``knn_weight`` and ``min_frames`` (the parameters of
        :class:`FrameClassifier`; ``knn`` and ``knn_weight``, like
        ``min_frames``, cost no model fit: the neighbours' vote is mixed into
        the same out-of-fold probabilities; ``knn`` 0 is searched once,
        whatever ``knn_weight``; a
        setting that differs only in a parameter its feature set ignores,
        e.g. ``char_ngrams`` with ``"embeddings"``, is searched once);
        default ``FRAME_SEARCH_GRID`` (2 × 3 × 3 × 3 = 54 settings, 18 model
        fits per inner fold), or ``FRAME_SEARCH_GRID_FAST`` (words only,
        dictionary weight 0.3 or 1, C 10, min_frames 0–2: 6 settings, 2
        fits) with ``fast=True``. ``min_frames`` costs no fit: it only
        changes the decision on the same probabilities.
    cv : int, optional
        Inner folds (``KFold``, shuffled with ``random_state``), ≥ 2;
        default 5, or 3 with ``fast=True``.
    fast : bool
        Use the small grid and 3 inner folds (for continuous integration).
    codebook, language, random_state
        As in :class:`FrameClassifier`.
    features : {"tfidf", "embeddings", "both"}
        Feature set searched when ``param_grid`` has no ``features`` list;
        with ``"embeddings"`` or ``"both"`` and no ``param_grid`` the grid is
        ``EMBEDDING_SEARCH_GRID`` (``_FAST`` with ``fast=True``), which
        includes the nearest-neighbour vote (``knn`` 0 or 20, weight 0.5).

    Attributes
    ----------
    best_params_ : dict
        The chosen ``features``, ``char_ngrams``, ``dictionary_weight``,
        ``embedding_weight`` (None for ``"tfidf"``), ``C``, ``min_frames``,
        ``knn``, ``knn_weight`` (None when ``knn`` is 0).
    best_estimator_ : FrameClassifier
        Refitted on all training articles, with the inner thresholds.
    cv_results_ : DataFrame
        One row per setting: ``features, char_ngrams, dictionary_weight,
        embedding_weight, C, knn, knn_weight, min_frames, micro_f1`` (inner out-of-fold, thresholds fitted on the
        same predictions, hence optimistic; used for ranking only), ``rank``.
    classes_, thresholds_
        As in :class:`FrameClassifier`.

    Raises
    ------
    ValueError
        As :meth:`FrameClassifier.fit`; also for ``cv`` < 2, fewer than
        ``2 * cv`` articles or an unknown key in ``param_grid``.
    """

    def __init__(self, param_grid: dict | None = None, cv: int | None = None, fast: bool = False,
                 codebook="generic", language: str | None = None, random_state: int = 0, features: str = "tfidf"):
        self.param_grid = param_grid
        self.features = features
        self.cv = cv
        self.fast = fast
        self.codebook = codebook
        self.language = language
        self.random_state = random_state

    def fit(self, X, y):
        """Search the grid by inner cross-validation and refit the best setting; returns ``self``."""
        from threadpoolctl import threadpool_limits
        with threadpool_limits(1):
            return self._fit(X, y)

    def _fit(self, X, y):
        import itertools
        from sklearn.model_selection import KFold
        if self.param_grid:
            grid = self.param_grid
        elif self.features == "tfidf":
            grid = FRAME_SEARCH_GRID_FAST if self.fast else FRAME_SEARCH_GRID
        else:
            grid = EMBEDDING_SEARCH_GRID_FAST if self.fast else EMBEDDING_SEARCH_GRID
        unknown = set(grid) - set(_SEARCH_KEYS)
        if unknown:
            raise ValueError(f"param_grid: unknown parameter(s) {sorted(unknown)}; use {', '.join(_SEARCH_KEYS)}")
        g = {"features": list(grid.get("features", [self.features])),
             "char_ngrams": list(grid.get("char_ngrams", [None])),
             "dictionary_weight": list(grid.get("dictionary_weight", [0.3])),
             "embedding_weight": list(grid.get("embedding_weight", [1.0])),
             "C": list(grid.get("C", [10.0])),
             "min_frames": [int(k) for k in grid.get("min_frames", [0])],
             "knn": [int(k) for k in grid.get("knn", [0])],
             "knn_weight": [float(w) for w in grid.get("knn_weight", [0.5])]}
        for f in g["features"]:
            FrameClassifier(features=f)._check_features()
        if any(k < 0 for k in g["min_frames"]):
            raise ValueError(f"param_grid: min_frames must be >= 0, got {g['min_frames']}")
        if any(k < 0 for k in g["knn"]) or any(not 0 <= w <= 1 for w in g["knn_weight"]):
            raise ValueError(f"param_grid: knn must be >= 0 and knn_weight in [0, 1], got {g['knn']}, "
                             f"{g['knn_weight']}")
        knns = sorted({k for k in g["knn"] if k > 0})
        cv = self.cv if self.cv is not None else (3 if self.fast else 5)
        if cv < 2:
            raise ValueError(f"cv must be >= 2, got {cv}")
        base = FrameClassifier(codebook=self.codebook, language=self.language)
        texts, langs, Y = base._setup(X, y)
        if len(texts) < 2 * cv:
            raise ValueError(f"{len(texts)} articles are too few for {cv} inner folds")
        self.classes_ = base.classes_
        learned = base.learned_
        Yl = Y[:, learned]
        titles = _titles(X, len(texts))
        # settings that differ only in a parameter their feature set ignores are one setting
        feats = list(dict.fromkeys(
            (f, c if f != "embeddings" else None, d, e if f != "tfidf" else None)
            for f, c, d, e in itertools.product(g["features"], g["char_ngrams"], g["dictionary_weight"],
                                                g["embedding_weight"])))
        oof = {(*ft, C): np.zeros(Yl.shape) for ft in feats for C in g["C"]}
        # neighbour votes depend on the representation only: TF-IDF words, or the mean sentence embedding
        votes = {(r, k): np.zeros(Yl.shape) for r in {"tfidf" if f == "tfidf" else "emb" for f in g["features"]}
                 for k in knns}
        if learned:
            for tr, te in KFold(cv, shuffle=True, random_state=self.random_state).split(texts):
                ok = [k for k in range(Yl.shape[1]) if Yl[tr, k].min() != Yl[tr, k].max()]
                if not ok:
                    continue
                for f, c, d, e in feats:
                    fc = FrameClassifier(dictionary_weight=d, codebook=self.codebook, language=self.language,
                                         char_ngrams=c, features=f, embedding_weight=1.0 if e is None else e)
                    Ftr = fc._features([texts[i] for i in tr], [langs[i] for i in tr], fit=True,
                                       titles=[titles[i] for i in tr])
                    Fte = fc._features([texts[i] for i in te], [langs[i] for i in te], fit=False,
                                       titles=[titles[i] for i in te])
                    for C in g["C"]:
                        m = FrameClassifier._lr(C).fit(Ftr, Yl[np.ix_(tr, ok)])
                        oof[(f, c, d, e, C)][np.ix_(te, ok)] = m.predict_proba(Fte)
                    r = "tfidf" if f == "tfidf" else "emb"
                    if knns and not votes[(r, knns[0])][te].any():
                        S = _cosine(fc._neighbour_rows([texts[i] for i in te], [langs[i] for i in te],
                                                       [titles[i] for i in te]),
                                    fc._neighbour_rows([texts[i] for i in tr], [langs[i] for i in tr],
                                                       [titles[i] for i in tr]))
                        for k in knns:
                            votes[(r, k)][te] = _knn_vote(S, Yl[tr], k)
        rows, ths, keys = [], {}, []
        Yb = Yl == 1
        blends = [(0, None)] * (0 in g["knn"]) + [(k, w) for k in knns for w in g["knn_weight"]]
        for key0, P0 in oof.items():
            for kn, kw in blends:
                key = (*key0, kn, kw)
                P = P0 if not kn else (1 - kw) * P0 + kw * votes[("tfidf" if key0[0] == "tfidf" else "emb", kn)]
                th = _fit_prob_thresholds(P, Yb) if learned else np.zeros(0)
                ths[key] = th
                for k in g["min_frames"]:
                    rows.append({"features": key[0], "char_ngrams": key[1], "dictionary_weight": key[2],
                                 "embedding_weight": key[3], "C": key[4], "knn": kn, "knn_weight": kw,
                                 "min_frames": k,
                                 "micro_f1": _micro_f1(Yb, _at_least(P, th, k)) if learned else np.nan})
                    keys.append(key)
        res = pd.DataFrame(rows)
        # ties: the first setting in grid order (simpler features, smaller C, smaller min_frames first)
        res["rank"] = res["micro_f1"].rank(ascending=False, method="first").astype(int)
        self.cv_results_ = res
        best = res.sort_values("rank").iloc[0]
        key = keys[best.name]
        ew = key[3]
        self.best_params_ = {"features": key[0], "char_ngrams": key[1], "dictionary_weight": float(key[2]),
                             "embedding_weight": None if ew is None else float(ew),
                             "C": float(key[4]), "min_frames": int(best["min_frames"]), "knn": int(key[5]),
                             "knn_weight": None if key[6] is None else float(key[6])}
        params = dict(self.best_params_)
        params["embedding_weight"] = 1.0 if params["embedding_weight"] is None else params["embedding_weight"]
        params["knn_weight"] = 0.5 if params["knn_weight"] is None else params["knn_weight"]
        est = FrameClassifier(codebook=self.codebook, language=self.language, random_state=self.random_state,
                              **params)
        est._quiet_setup = True  # the thin-data warnings were given once above (base._setup)
        est.fit(X, y)
        self.training_ids_ = est.training_ids_
        if learned:
            est.thresholds_[learned] = ths[key]
        self.best_estimator_ = est
        self.thresholds_ = est.thresholds_
        return self

    def predict_proba(self, X) -> np.ndarray:
        """Probability of each frame (n_articles × n_frames, columns ``classes_``), 0–1."""
        return self.best_estimator_.predict_proba(X)

    def predict(self, X) -> np.ndarray:
        """0/1 matrix (n_articles × n_frames, columns ``classes_``), at the inner-CV thresholds."""
        return self.best_estimator_.predict(X)

    def score(self, X, y) -> float:
        """Micro-F1 (0–1) of :meth:`predict` against ``y``."""
        return self.best_estimator_.score(X, y)

    def frame_table(self, articles: pd.DataFrame) -> pd.DataFrame:
        """Tidy predictions, as :meth:`FrameClassifier.frame_table`."""
        return self.best_estimator_.frame_table(articles)


def cross_val_frame_table(estimator, X: pd.DataFrame, y, *, cv: int = 5, random_state: int = 0) -> pd.DataFrame:
    """Held-out frame decisions for every article: each fold's articles decided by a copy of ``estimator``
    trained on the other folds (session 16, researcher trial: a classifier validated on its own training
    articles scored F1 1.00 on a frame where held-out decisions scored 0.00).

    Parameters
    ----------
    estimator : FrameClassifier or FrameClassifierCV
        Not fitted or fitted; a clone (same parameters) is trained per fold, so ``estimator`` is not changed.
    X : DataFrame
        The coded articles: ``article_id`` (unique), ``text`` (and ``language``). Not modified.
    y
        Their labels, as for ``fit`` (a table indexed by article id is aligned on ``X``).
    cv : int
        Folds (``sklearn.model_selection.KFold``, shuffled with ``random_state``); at least 2.

    Returns
    -------
    DataFrame
        :meth:`FrameClassifier.frame_table` columns for every article of ``X`` (``trained_on`` False
        throughout) plus ``fold`` (0 … cv−1), in ``X``'s order. Pass it to
        :func:`newsanalysis.frame_validation` with the coding of the same articles.

    Raises
    ------
    ValueError
        If ``cv`` < 2 or exceeds the number of articles, or ``X`` lacks ``article_id``.
    """
    from sklearn.base import clone
    from sklearn.model_selection import KFold

    require_columns(X, ["article_id", "text"])
    if not isinstance(cv, (int, np.integer)) or cv < 2 or cv > len(X):
        raise ValueError(f"cv must be an integer from 2 to the number of articles ({len(X)}), got {cv!r}")
    y = _align_labels(X, y)
    Y = y.reset_index(drop=True) if isinstance(y, (pd.DataFrame, pd.Series)) else y
    parts = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # thin folds warn on every fit; the caller was warned by fit
        for k, (tr, te) in enumerate(KFold(cv, shuffle=True, random_state=random_state).split(X)):
            model = clone(estimator)
            ytr = Y.iloc[tr] if isinstance(Y, (pd.DataFrame, pd.Series)) else (
                Y[tr] if isinstance(Y, np.ndarray) else [Y[i] for i in tr])
            model.fit(X.iloc[tr], ytr)
            parts.append(model.frame_table(X.iloc[te]).assign(fold=k))
    out = pd.concat(parts, ignore_index=True)
    order = {a: i for i, a in enumerate(X["article_id"].astype(str))}
    out = out.sort_values("article_id", key=lambda s: s.map(order), kind="stable").reset_index(drop=True)
    return out


def frame_profile(frame_table: pd.DataFrame, articles: pd.DataFrame, *, by: str = "outlet",
                  duplicates: bool = False, confidence: float = 0.95) -> pd.DataFrame:
    """Presence and emphasis of each frame per group (e.g. outlet).

    Parameters
    ----------
    frame_table : DataFrame
        Output of :func:`frames` (generic or story codebook), or any table
        with ``article_id``, ``frame``, ``present`` (e.g. a
        :class:`FrameClassifier`'s ``frame_table``: then ``analysed`` is
        taken as True and the columns it lacks, ``per_1000_words``,
        ``dominant``, ``share``, ``window_share``, give NaN).
    articles : DataFrame
        ``article_id`` and the column ``by`` (and ``duplicate_of`` when the
        loader flagged copies). Not modified.
    by : str
        Grouping column of ``articles``.
    duplicates : bool
        Keep articles flagged as copies (``duplicate_of`` set, see
        :func:`newsanalysis.dedup`). Default False: they are left out, as
        in :func:`newsanalysis.compare` and the tests, so that a group's
        ``articles`` here equals its ``analysed_articles`` there;
        ``attrs["duplicates_left_out"]`` counts them.
    confidence : float
        Level of the interval of ``share_present``.

    Returns
    -------
    DataFrame
        One row per (group, frame): ``by``, ``frame``, ``articles`` (analysed
        articles in the group), ``present`` (articles with the frame
        present), ``share_present`` (0–1), ``mean_per_1000_words``,
        ``dominant`` (articles where the frame is dominant), and the
        emphasis: ``mean_share`` (0–1, mean over the group's articles of the
        frame's ``share`` of the article's cue weight, an article without
        any cue hit counting 0; the frames' values add up to at most 1 per
        group) and ``mean_window_share`` (0–1, mean over the articles of the
        share of their windows in which the frame passes; NA if the table
        has no ``window_share``); then ``share_present_low`` and
        ``share_present_high``: the Wilson score interval of
        ``share_present`` on articles (as :func:`newsanalysis.estimates`;
        intervals for ``mean_share`` are in ``estimates(...,
        emphasis=True)``). Not-analysed articles are left out (counted in
        no group).

    Raises
    ------
    ValueError
        If a column is missing (naming it).
    """
    from statsmodels.stats.proportion import proportion_confint

    from ._tables import duplicate_mask

    require_columns(frame_table, ["article_id", "frame", "present"], what="frame_table")
    require_columns(articles, ["article_id", by])
    arts = articles[["article_id", by]].astype({"article_id": str})
    gone = set()
    if not duplicates:
        gone = set(articles.loc[duplicate_mask(articles), "article_id"].astype(str))
        arts = arts[~arts["article_id"].isin(gone)]
    ft = frame_table.assign(article_id=frame_table["article_id"].astype(str))
    ft = ft[~ft["article_id"].isin(gone)]
    analysed = ft["analysed"].astype(bool) if "analysed" in ft.columns else pd.Series(True, index=ft.index)
    t = ft[analysed].merge(arts, on="article_id", how="left")
    nan = pd.Series(np.nan, index=t.index, dtype=float)
    t = t.assign(_share=t["share"].astype("Float64").fillna(0.0).astype(float) if "share" in t.columns else nan,
                 _wshare=t["window_share"].astype(float) if "window_share" in t.columns else nan,
                 _rate=t["per_1000_words"].astype(float) if "per_1000_words" in t.columns else nan,
                 _dominant=(t["dominant"].astype("boolean").fillna(False).astype(int)
                            if "dominant" in t.columns else nan),
                 _present=t["present"].astype("boolean").fillna(False).astype(int))
    g = t.groupby([by, "frame"], sort=True)
    out = pd.DataFrame({
        "articles": g["article_id"].nunique(),
        "present": g["_present"].sum().astype(int),
        "mean_per_1000_words": g["_rate"].mean().astype(float),
        "dominant": g["_dominant"].sum(min_count=1),
        "mean_share": g["_share"].mean().astype(float),
        "mean_window_share": g["_wshare"].mean().astype(float),
    }).reset_index()
    if "dominant" in t.columns:
        out["dominant"] = out["dominant"].fillna(0).astype(int)
    out["share_present"] = out["present"] / out["articles"]
    if len(out):
        lo, hi = proportion_confint(out["present"].to_numpy(float), out["articles"].to_numpy(float),
                                    alpha=1 - confidence, method="wilson")
        out["share_present_low"] = np.clip(np.round(np.asarray(lo, dtype=float), 12), 0, 1)
        out["share_present_high"] = np.clip(np.round(np.asarray(hi, dtype=float), 12), 0, 1)
    else:
        out["share_present_low"] = out["share_present_high"] = pd.Series(dtype=float)
    out = out[[by, "frame", "articles", "present", "share_present", "mean_per_1000_words", "dominant",
               "mean_share", "mean_window_share", "share_present_low", "share_present_high"]]
    out.attrs["duplicates_left_out"] = len(gone & set(frame_table["article_id"].astype(str)))
    return out


__all__ = [
    "GENERIC_FRAMES", "FRAME_COLUMNS", "EVIDENCE_COLUMNS", "CODEBOOK_COLUMNS", "CodebookError",
    "load_codebook", "codebook_examples", "cue_regex", "frames", "frame_evidence", "frame_windows", "fit_thresholds",
    "FRAME_WINDOW_COLUMNS", "WINDOW_WORDS", "MIN_WINDOW_SHARE",
    "FrameClassifier", "FrameClassifierCV", "FRAME_SEARCH_GRID", "FRAME_SEARCH_GRID_FAST", "FEATURE_SETS",
    "EMBEDDING_SEARCH_GRID", "EMBEDDING_SEARCH_GRID_FAST",
    "frame_profile", "dictionary_rates",
]
