"""Small helpers shared by every stage: input checks, resources, provenance.

Nothing here does analysis; it keeps the public functions' contracts
(tables in, tables out, inputs never mutated, clear errors) in one place.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Iterable

import pandas as pd

#: Languages whose analysers (sentiment, framing, attribution) have resources.
ANALYSED_LANGUAGES: tuple[str, ...] = ("en", "de")

ARTICLE_COLUMNS = ["article_id", "text", "language"]


def plural(word: str) -> str:
    """English plural of a noun used in messages: "outlets", "countries", "affiliations", "boxes"."""
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def count_of(n, word: str, plural_form: str | None = None) -> str:
    """``"1 article"``, ``"2 articles"``, ``"1 country"``: a count with its noun in the right number
    (``plural_form`` for a noun :func:`plural` gets wrong)."""
    return f"{n} {word if n == 1 else (plural_form or plural(word))}"


def require_columns(df: pd.DataFrame, columns: Iterable[str], *, what: str = "articles") -> None:
    """Raise ``ValueError`` naming the missing columns of ``df``.

    Raises
    ------
    TypeError
        If ``df`` is not a pandas DataFrame.
    ValueError
        If any of ``columns`` is absent.
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"{what} must be a pandas DataFrame, got {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(
            f"{what} table lacks column(s) {missing}; it has {list(df.columns)}"
        )


# Language names and ISO 639-2/3 codes users write in a "language" column, mapped to ISO 639-1.
_LANGUAGE_NAMES = {
    "english": "en", "englisch": "en", "eng": "en", "german": "de", "deutsch": "de", "deu": "de", "ger": "de",
    "korean": "ko", "koreanisch": "ko", "한국어": "ko", "kor": "ko", "vietnamese": "vi", "vietnamesisch": "vi",
    "tiếng việt": "vi", "vie": "vi", "russian": "ru", "russisch": "ru", "русский": "ru", "rus": "ru",
    "french": "fr", "französisch": "fr", "français": "fr", "fra": "fr", "fre": "fr", "spanish": "es",
    "spanisch": "es", "español": "es", "spa": "es", "chinese": "zh", "chinesisch": "zh", "中文": "zh", "zho": "zh",
    "chi": "zh", "japanese": "ja", "japanisch": "ja", "日本語": "ja", "jpn": "ja", "italian": "it",
    "italienisch": "it", "ita": "it", "polish": "pl", "polnisch": "pl", "pol": "pl", "ukrainian": "uk",
    "ukrainisch": "uk", "українська": "uk", "ukr": "uk",
}


def normalise_language(value) -> str | None:
    """An ISO 639-1 code from a declared language: a code or tag ("de", "de-DE", "en_US"), an ISO 639-2/3
    code ("deu", "ger") or a name in English, German or the language itself ("German", "Deutsch",
    "한국어"). None when it is none of these (the loader then identifies the language from the text and
    notes the declared value in the load report)."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip().lower()
    if v in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[v]
    m = re.fullmatch(r"([a-z]{2})(?:[-_][a-z0-9]+)*", v)
    return m.group(1) if m else None


def normalise_languages(articles: pd.DataFrame) -> pd.DataFrame:
    """``articles`` with its ``language`` values as ISO 639-1 codes where :func:`normalise_language` knows
    them ("English", "EN", "en ", "Deutsch", "de-DE" -> "en"/"de"); other values stay as given (and are
    reported as not analysed). The same object when nothing changes, else a shallow copy: never modified."""
    cache = {v: normalise_language(v) or v for v in articles["language"].dropna().unique() if isinstance(v, str)}
    if all(k == v for k, v in cache.items()):
        return articles
    copy = articles.copy(deep=False)
    copy["language"] = articles["language"].map(lambda v: cache.get(v, v) if isinstance(v, str) else v)
    return copy


def check_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """Check the minimal article table: ``article_id``, ``text``, ``language``.

    Returns
    -------
    DataFrame
        ``articles`` with ``language`` normalised to ISO 639-1 codes where
        the value is a known language name, code or tag
        (:func:`normalise_languages`): the caller's table itself when
        nothing changes, else a shallow copy. The input is never modified.

    Raises
    ------
    ValueError
        On a missing column, a duplicated ``article_id`` (naming it) or a
        non-string ``text`` (naming the article).
    """
    if isinstance(articles, pd.DataFrame) and "language" not in articles.columns and {"article_id", "text"} <= set(
            articles.columns):
        # the one column a hand-made table most often lacks: say how to get it
        raise ValueError("articles table lacks column(s) ['language']: give each article its language "
                         "(articles.assign(language='en'), or 'de'), or load the texts with "
                         "newsanalysis.load_corpus, which detects it")
    require_columns(articles, ARTICLE_COLUMNS)
    dup = articles["article_id"].astype(str).duplicated()
    if dup.any():
        first = articles.loc[dup, "article_id"].iloc[0]
        raise ValueError(f"article_id {first!r} occurs more than once in the articles table")
    bad = ~articles["text"].map(lambda t: isinstance(t, str))
    if bad.any():
        first = articles.loc[bad, "article_id"].iloc[0]
        raise ValueError(f"article {first!r}: field 'text' is not a string")
    return normalise_languages(articles)


def resource_path(*parts: str) -> Path:
    """Path of a data file shipped in ``newsanalysis/resources``."""
    return Path(__file__).resolve().parent.joinpath("resources", *parts)


def read_word_list(*parts: str) -> list[str]:
    """Read a one-entry-per-line resource file; ``#`` starts a comment."""
    path = resource_path(*parts)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def corpus_fingerprint(articles: pd.DataFrame) -> str:
    """A short SHA-256 over sorted ``article_id`` and ``text``: the same corpus gives the same value."""
    h = hashlib.sha256()
    # map(str, …) keeps the str objects themselves: no second copy of the corpus text in memory
    for aid, text in sorted(zip(map(str, articles["article_id"]), map(str, articles["text"]))):
        h.update(aid.encode("utf-8"))
        h.update(b"\x00")
        h.update(text.encode("utf-8"))
        h.update(b"\x01")
    return h.hexdigest()[:16]


def shared_dir() -> Path:
    """The shared data folder: ``$NEWSANALYSIS_SHARED`` or ``../shared`` from the repository root."""
    env = os.environ.get("NEWSANALYSIS_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared"


def progress_bar(iterable=None, *, progress: bool, **kwargs):
    """A tqdm bar (count, rate, ETA) that is shown only where someone watches.

    ``progress=False``: a disabled bar. ``progress=True``: in a Jupyter
    kernel with ipywidgets installed, the notebook widget; elsewhere the
    text bar on stderr, shown only when stderr is a terminal (so logs, CI
    and headless notebook runs stay clean). Never ``tqdm.auto``, which
    warns in a kernel without ipywidgets.
    """
    from tqdm import tqdm

    if not progress:
        return tqdm(iterable, disable=True, **kwargs)
    try:
        from IPython import get_ipython

        in_kernel = get_ipython() is not None and "IPKernelApp" in get_ipython().config
    except ImportError:
        in_kernel = False
    if in_kernel:
        try:
            import ipywidgets  # noqa: F401
            from tqdm.notebook import tqdm as notebook_tqdm

            return notebook_tqdm(iterable, **kwargs)
        except ImportError:
            pass
    return tqdm(iterable, disable=None, **kwargs)


def outlet_key(name) -> str | None:
    """The spelling-insensitive key of an outlet name: case-folded, a leading "The" dropped, letters and digits
    only ("The Korea Herald", "KOREA HERALD", "Korea-Herald" → ``"koreaherald"``); ``None`` for a missing name
    or one with fewer than two letters or digits left."""
    if not isinstance(name, str):
        return None
    key = re.sub(r"\W+|_", "", re.sub(r"^\s*the\s+", "", name.casefold()))
    return key if len(key) >= 2 else None


def outlet_spellings(outlet: str, aliases=None) -> list[str]:
    """The spellings under which an outlet of the outlet table is recognised, in order: its name, the part
    before a bracket, the bracket's content and its first comma-separated part ("연합뉴스 (Yonhap News Agency)"
    → "연합뉴스", "Yonhap News Agency"; "KCNA (Korean Central News Agency, English)" → "KCNA", "Korean Central
    News Agency, English", "Korean Central News Agency"), then each of ``aliases`` (a string separated by
    ``|``, as in the ``aliases`` column of ``resources/outlets.csv``; missing → none)."""
    name = outlet.strip()
    out = [name]
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", name)
    if m:
        out += [m.group(1), m.group(2), m.group(2).split(",")[0]]
    if isinstance(aliases, str):
        out += [a.strip() for a in aliases.split("|") if a.strip()]
    return [s for i, s in enumerate(out) if s and s not in out[:i]]


def duplicate_mask(articles: pd.DataFrame) -> pd.Series:
    """True for articles flagged as copies (``duplicate_of`` set and not blank; :func:`newsanalysis.dedup`):
    the articles that :func:`newsanalysis.compare`, the tests and :func:`newsanalysis.frame_profile` leave
    out by default. All False without the column."""
    if "duplicate_of" not in articles.columns:
        return pd.Series(False, index=articles.index)
    dup = articles["duplicate_of"]
    return dup.notna() & (dup.astype(str).str.strip() != "")
