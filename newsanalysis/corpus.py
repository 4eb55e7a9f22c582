"""Load a corpus of news articles into one validated table, with a load report.

Formats (by extension, or by content when the extension is wrong or
unknown; see :mod:`newsanalysis.readers` and ``corpus/README.md``): JSON
Lines, JSON arrays and single JSON objects (news-please output), CSV/TSV
with any delimiter (Media Cloud exports included), Parquet, ``.txt`` and
``.md`` pages with optional YAML front matter, ``.html``/``.htm`` pages
(trafilatura), zip archives of any of these, and any text format
gzip-compressed (``.jsonl.gz``). Field names are mapped by ``columns=`` and
by the aliases of :data:`FIELD_ALIASES`.

Every record read is either loaded or listed with its reason in the load
report (``df.attrs["load_report"]``, a plain dict; :func:`load_report` turns
its parts into tables). Cleaning (:func:`newsanalysis.clean.clean_text`,
:mod:`newsanalysis.dates`, language identification) and the flags for
duplicates and wire copy (:func:`newsanalysis.dedup.flag_duplicates`) report
what they did; nothing is dropped for being a duplicate.
"""
from __future__ import annotations

import fnmatch
import re
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Literal

import pandas as pd

from . import __version__, clean, readers
from ._tables import corpus_fingerprint, progress_bar
from .dates import parse_date

ARTICLE_COLUMNS = [
    "article_id", "outlet", "url", "published", "language", "title", "author", "text", "source_path",
]
SUPPORTED_EXTENSIONS = readers.SUPPORTED_EXTENSIONS
#: File-name patterns skipped when walking a folder (listed in the report, never silently).
#: ``.md`` without front matter and CSV without a text column are skipped by rule, not by pattern.
DEFAULT_EXCLUDE = ("*_general.jsonl", "*_general.jsonl.gz", "README*", "SOURCES*", "LICENSE*", "CHANGELOG*")


class LoadReport(dict):
    """The load report: a plain dict that pandas shares instead of deep-copying.

    pandas deep-copies ``DataFrame.attrs`` on nearly every operation; a
    report listing thousands of removed lines would then be copied on each
    filter or merge of the article table (minutes on a 5,000-article
    corpus). The report is written once by :func:`load_corpus` and only read
    afterwards, so copies share it.
    """

    def __deepcopy__(self, memo):
        return self


class CorpusError(ValueError):
    """A record or file that cannot be loaded; names the file, line and field."""

    def __init__(self, path: str, line: int | None, field: str | None, reason: str):
        self.path, self.line, self.field, self.reason = path, line, field, reason
        where = path + (f", line {line}" if line is not None else "")
        what = f" field {field!r}:" if field else ""
        super().__init__(f"{where}:{what} {reason}")


#: Source field names read as each article field when ``columns=`` does not say otherwise
#: (first found wins): the shared corpus, news-please, Media Cloud, the KCNA scraper and common CSVs.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "stories_id", "story_id", "guid", "doc_id"),
    "text": ("text", "maintext", "body", "content", "story_text", "full_text", "article_text", "fulltext"),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "canonical_url", "story_url"),
    "date": ("date", "published", "publish_date", "date_publish", "published_at", "pubdate", "datetime"),
    "outlet": ("outlet", "publisher", "media_name", "source", "source_domain", "sitename", "site_name"),
    "author": ("author", "authors", "byline", "creator"),
    "language": ("language", "lang", "language_code"),
}

#: Languages py3langid chooses among when a record has none: the analysed and
#: supported set plus common others in news corpora.
IDENTIFY_LANGUAGES = ("en", "de", "ko", "ru", "vi", "fr", "es", "it", "nl", "pl", "pt", "uk", "zh", "ja", "ar", "tr", "sv")


def _sources(paths, exclude: tuple[str, ...], report: dict) -> list[tuple[readers.Source, bool]]:
    """``(source, named)`` pairs: files named explicitly, and files found by walking folders."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if any(fnmatch.fnmatch(f.name, pat) for pat in exclude):
                    report["excluded_files"].append({"path": str(f), "reason": "excluded by pattern"})
                elif readers.suffix_format(f.name) is None:
                    report["excluded_files"].append({"path": str(f), "reason": f"unsupported format {f.suffix!r}"})
                else:
                    out.append((_file_source(f), False))
        elif p.is_file():
            out.append((_file_source(p), True))
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    return out


def _records_estimate(sources) -> int | None:
    """Records to expect, for the progress bar: lines of plain JSON Lines files, one per other plain file."""
    total = 0
    for src, _ in sources:
        name = src.suffix_name.lower()
        if name.endswith((".gz", ".zip")):
            return None
        if name.endswith(".jsonl"):
            with src.open() as fh:
                total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
        else:
            total += 1
    return total


def _file_source(f: Path) -> readers.Source:
    return readers.Source(name=str(f), opener=lambda: open(f, "rb"), suffix_name=f.name)


def _pick(rec: dict, field: str, columns: dict[str, str]):
    """The value of article ``field`` in a source record (mapped by ``columns``, else by alias)."""
    for src_name, target in columns.items():
        if target == field and src_name in rec:
            return rec[src_name], src_name
    for alias in FIELD_ALIASES[field]:
        if alias in rec and alias not in columns:
            return rec[alias], alias
    return None, None


def _as_str(v):
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return None
    if isinstance(v, (list, tuple)):
        v = "; ".join(str(x) for x in v if x not in (None, ""))
    s = str(v).strip()
    return clean.normalise_text(s) or None


def load_corpus(
    paths: str | Path | Iterable[str | Path],
    *,
    errors: Literal["raise", "skip"] = "raise",
    exclude: Iterable[str] = DEFAULT_EXCLUDE,
    columns: dict[str, str] | None = None,
    delimiter: str | None = None,
    flag_duplicates: bool = True,
    progress: bool = False,
) -> pd.DataFrame:
    """Load articles from files, folders and archives into one table.

    Parameters
    ----------
    paths : path or list of paths
        Files or folders (read recursively, in sorted order). Formats: see
        the module docstring and ``corpus/README.md``. A file named
        explicitly is read by its extension, or by its content when the
        extension is unknown or contradicts the content (a note says so).
    errors : {"raise", "skip"}
        ``"raise"`` (default) raises :class:`CorpusError` at the first bad
        record; ``"skip"`` lists it in the load report and goes on.
    exclude : iterable of glob patterns
        File names skipped when walking folders (default
        :data:`DEFAULT_EXCLUDE`: the shared corpus's off-topic
        ``*_general.jsonl`` files, READMEs and other documentation). When
        walking folders, ``.md`` files without YAML front matter and CSV/TSV
        files without a text column are documentation or metadata, not
        articles: they are listed in ``excluded_files`` too.
    columns : dict, optional
        Source field name → article field (``id, text, title, url, date,
        outlet, author, language``), e.g. ``{"Inhalt": "text", "Datum":
        "date"}``; fields not mapped are looked up under the names of
        :data:`FIELD_ALIASES`.
    delimiter : str, optional
        CSV delimiter; sniffed among ``, ; TAB |`` when not given.
    flag_duplicates : bool
        Add the duplicate and wire-copy columns of
        :func:`newsanalysis.dedup.flag_duplicates` (default True).
    progress : bool
        Show progress bars (tqdm: count, rate and, where the total is known,
        ETA) while reading records and while flagging duplicates, where
        someone watches (as in :func:`newsanalysis.analyze`). The record total is known
        when every source is a plain (not compressed, not archived) file:
        JSON Lines files count their lines, other files count one.

    Returns
    -------
    DataFrame
        One row per article: ``article_id`` (str, unique), ``outlet``,
        ``url``, ``published`` (datetime64[ns, UTC], NaT when unknown or
        unparseable), ``language`` (ISO 639-1, declared or identified with
        py3langid), ``title``, ``author`` (declared, else from the byline),
        ``text`` (the article body: HTML entities decoded, Unicode NFC,
        furniture, bylines and datelines removed), ``source_path``
        (``archive.zip!member`` for archive members), ``language_source``
        ("declared" or "identified"), ``removed_lines`` (int, pieces of
        furniture removed), ``dateline`` (e.g. "Pyongyang, January 16 (KCNA)
        --", else NA), and with ``flag_duplicates`` the columns
        ``text_hash, cluster_id, cluster_size, duplicate_of, duplicate_kind,
        similarity, wire_agency, wire_evidence, based_on``.
        ``df.attrs["load_report"]`` is a dict with ``records_read``,
        ``records_loaded``, ``records_skipped``, ``skipped`` (``source_path,
        line, record, field, reason``), ``excluded_files``, ``files``
        (``path, format, encoding, records, loaded, notes``), ``removed``
        (``article_id, line, reason``), ``notes`` (``article_id, field,
        note``), ``duplicates`` (counts), ``fingerprint`` and ``version``;
        ``records_read == records_loaded + records_skipped`` always holds (an
        unreadable file counts as one record read and skipped).
        ``df.attrs["provenance"]`` holds ``fingerprint``, ``version`` and
        ``n_articles``.

    Raises
    ------
    CorpusError
        (a ``ValueError``) with ``errors="raise"``: broken JSON or CSV, a
        record that is not an object, a missing or empty ``text`` (or one
        that is only boilerplate), a duplicate ``id``, a binary or
        undecodable file, a truncated gzip, a broken archive; the message
        names the file, the line and the field. Always (whatever
        ``errors``): a file named explicitly whose format neither its
        extension nor its content tells.
    FileNotFoundError
        If a path does not exist.
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', got {errors!r}")
    columns = dict(columns or {})
    bad_targets = sorted(set(columns.values()) - set(FIELD_ALIASES))
    if bad_targets:
        raise ValueError(f"columns maps to unknown article field(s) {bad_targets}; use {sorted(FIELD_ALIASES)}")
    report: dict = {
        "records_read": 0, "records_loaded": 0, "records_skipped": 0, "skipped": [], "excluded_files": [],
        "removed": [], "notes": [], "files": [], "version": __version__,
    }
    rows: list[dict] = []
    seen: dict[str, str] = {}
    lines = clean.LineCounter()

    def skip(err: CorpusError, record_id=None):
        if errors == "raise":
            raise err
        report["records_skipped"] += 1
        report["skipped"].append({
            "source_path": err.path, "line": err.line, "record": record_id, "field": err.field, "reason": err.reason,
        })

    def file_error(src, e: readers.ReadError):
        report["records_read"] += 1
        skip(CorpusError(src.name, e.line, e.field, e.reason))
        report["files"].append({"path": src.name, "format": None, "encoding": None, "records": 1, "loaded": 0,
                                "notes": e.reason})

    def read_source(src: readers.Source, named: bool):
        by_suffix = readers.suffix_format(src.suffix_name)
        try:
            head = readers.read_head(src)
        except readers.ReadError as e:
            return file_error(src, e)
        sniffed = readers.sniff_format(head)
        if sniffed == "gzip" and not src.gzipped:
            src = readers.Source(src.name, src.opener, src.suffix_name + ".gz", src.notes)
            src.notes.append("gzip content without a .gz extension")
            return read_source(src, named)
        fmt = by_suffix
        strong = sniffed in ("zip", "parquet") or (sniffed in ("json", "jsonl", "html") and by_suffix in ("csv", "parquet", "zip", "txt", None))
        if sniffed and sniffed != by_suffix and (by_suffix is None or strong) and not (sniffed == "jsonl" and by_suffix == "json") \
                and not (sniffed == "md" and by_suffix == "txt"):
            src.notes.append(f"content is {sniffed}, extension says {by_suffix or 'nothing'}: read as {sniffed}")
            fmt = sniffed
        if fmt is None:
            reason = f"unsupported format {Path(src.suffix_name).suffix!r}"
            if named:  # a file the user named that no reader can read is a usage error, whatever ``errors`` says
                raise CorpusError(src.name, None, None, f"{reason}; supported: {', '.join(SUPPORTED_EXTENSIONS)}")
            return file_error(src, readers.ReadError(reason))
        if fmt == "zip":
            try:
                members = list(readers.zip_sources(src))
            except readers.ReadError as e:
                return file_error(src, e)
            report["files"].append({"path": src.name, "format": "zip", "encoding": None, "records": 0,
                                    "loaded": 0, "notes": f"{len(members)} members"})
            for m in members:
                if readers.suffix_format(m.suffix_name) is None:
                    report["excluded_files"].append({"path": m.name, "reason": "unsupported format in archive"})
                elif any(fnmatch.fnmatch(Path(m.suffix_name).name, pat) for pat in exclude):
                    report["excluded_files"].append({"path": m.name, "reason": "excluded by pattern"})
                else:
                    read_source(m, False)
            return
        encoding = None
        if fmt != "parquet":
            try:
                encoding = readers.sniff_encoding(head)
            except readers.ReadError as e:
                return file_error(src, e)
        if fmt == "csv" and not named:
            header_cols = _csv_header(head, encoding, delimiter, src)
            if header_cols is not None and _pick(dict.fromkeys(header_cols), "text", columns)[1] is None:
                report["excluded_files"].append({"path": src.name, "reason": "CSV without a text column (metadata)"})
                return
        if fmt == "md" and not named and not readers.split_front_matter_peek(head, encoding):
            report["excluded_files"].append({"path": src.name, "reason": "Markdown without YAML front matter (documentation)"})
            return
        reader = {
            "jsonl": lambda: readers.read_jsonl(src, encoding),
            "json": lambda: readers.read_json(src, encoding),
            "csv": lambda: readers.read_csv(src, encoding, delimiter=delimiter),
            "parquet": lambda: readers.read_parquet(src),
            "txt": lambda: readers.read_page(src, encoding, fmt="txt"),
            "md": lambda: readers.read_page(src, encoding, fmt="md"),
            "html": lambda: readers.read_html(src, encoding),
        }[fmt]()
        n_read, n_before = 0, len(rows)
        for lineno, rec, err in reader:
            report["records_read"] += 1
            n_read += 1
            if err is not None:
                skip(CorpusError(src.name, err.line if err.line is not None else lineno, err.field, err.reason))
                continue
            add_record(src, fmt, lineno, rec)
        report["files"].append({"path": src.name, "format": fmt, "encoding": encoding, "records": n_read,
                                "loaded": len(rows) - n_before, "notes": "; ".join(src.notes) or None})

    def add_record(src, fmt, lineno, rec):
        raw_id, _ = _pick(rec, "id", columns)
        rid = str(raw_id).strip() if raw_id not in (None, "") and not (isinstance(raw_id, float) and pd.isna(raw_id)) else None
        rid = rid or f"{src.stem}-{lineno or 1}"
        text, text_field = _pick(rec, "text", columns)
        if text is None or (isinstance(text, float) and pd.isna(text)):
            reason = "missing"
            if text_field is None and isinstance(rec, dict):
                # no text field at all: name what the record has and how to map it
                keys = [str(k) for k in rec if not str(k).startswith("_")][:12]
                reason = (f"missing: the record has no text field (it has {keys}); name yours with "
                          f"load_corpus(..., columns={{'<field>': 'text'}})")
            return skip(CorpusError(src.name, lineno, text_field or "text", reason), rid)
        if not isinstance(text, str):
            return skip(CorpusError(src.name, lineno, text_field, f"not a string ({type(text).__name__})"), rid)
        text = clean.normalise_text(text).strip()
        if not text:
            return skip(CorpusError(src.name, lineno, text_field, "empty"), rid)
        if rid in seen:
            return skip(CorpusError(src.name, lineno, "id", f"duplicate id {rid!r} (first in {seen[rid]})"), rid)
        seen[rid] = src.name + (f", line {lineno}" if lineno else "")
        language = _as_str(_pick(rec, "language", columns)[0])
        title = _as_str(_pick(rec, "title", columns)[0])
        removed = list(rec.get("_removed", []))
        found = {"author": None, "dateline": None, "dateline_agency": None, "repairs": 0}
        identified = None
        if not rec.get("_cleaned"):
            if not language:
                identified = identify_language(text, with_probability=True)
            lang_hint = normalise_language(language) if language else None
            if lang_hint is None:
                identified = identified or identify_language(text, with_probability=True)
                lang_hint = identified[0]
            cleaned, more, found = clean.clean_text(text, language=lang_hint, title=title)
            if cleaned:
                text = cleaned
                removed += more
                if found["repairs"]:
                    report["notes"].append({"article_id": rid, "field": "text",
                                            "note": f"{found['repairs']} glued names or sentences repaired"})
            elif any(reason == "photo caption" for _, reason in more):
                # a photo gallery: its captions are its text; never lose such an article to the rules
                report["notes"].append({"article_id": rid, "field": "text",
                                        "note": "every line looked like boilerplate; text kept as it was"})
            else:  # nothing but page furniture (e.g. a Kremlin item with only its publication metadata)
                reasons = ", ".join(sorted({reason for _, reason in more}))
                return skip(CorpusError(src.name, lineno, text_field, f"no article text, only boilerplate ({reasons})"), rid)
        for line, reason in removed:
            report["removed"].append({"article_id": rid, "line": line, "reason": reason})
        outlet = _as_str(_pick(rec, "outlet", columns)[0])
        lines.add(outlet or "", text)
        rows.append({
            "article_id": rid, "outlet": outlet, "url": _as_str(_pick(rec, "url", columns)[0]),
            "published": _pick(rec, "date", columns)[0], "language": language, "title": title,
            "author": _as_str(_pick(rec, "author", columns)[0]) or found["author"], "text": text,
            "source_path": src.name, "removed_lines": len(removed), "dateline": found["dateline"],
            "_identified": identified,
        })

    sources = _sources(paths, tuple(exclude), report)
    with progress_bar(total=_records_estimate(sources) if progress else None, progress=progress, unit="record",
                      desc="loading") as bar:
        for src, named in sources:
            before = report["records_read"]
            read_source(src, named)
            bar.update(report["records_read"] - before)

    df = _frame(rows)
    del rows
    df = _clean_columns(df, report)
    df = _remove_repeated_lines(df, lines, report)
    if flag_duplicates:
        from .dedup import DUPLICATE_COLUMNS
        from .dedup import flag_duplicates as _flag

        if len(df):
            df = _flag(df, progress=progress)
            report["duplicates"] = dict(df.attrs.get("duplicates", {}))
        else:
            df = df.assign(**{c: pd.Series(dtype="object") for c in DUPLICATE_COLUMNS})
    report["records_loaded"] = len(df)
    assert report["records_read"] == report["records_loaded"] + report["records_skipped"]
    report["fingerprint"] = corpus_fingerprint(df) if len(df) else None
    if not len(df):
        why = "; ".join(f"{x.get('path')}: {x.get('reason')}" for x in report["excluded_files"][:5])
        hint = (" (a CSV needs a text column: pass columns={'<your column>': 'text'})"
                if any("text column" in str(x.get("reason")) for x in report["excluded_files"]) else "")
        warnings.warn(f"no article loaded ({report['records_read']} records read, {report['records_skipped']} skipped"
                      f"{'; files not read: ' + why if why else ''}); see articles.attrs['load_report']{hint}",
                      stacklevel=2)
    df.attrs["load_report"] = LoadReport(report)
    df.attrs["provenance"] = {"fingerprint": report["fingerprint"], "version": __version__, "n_articles": len(df)}
    return df


def _csv_header(head: bytes, encoding: str, delimiter: str | None, src) -> list[str] | None:
    import csv
    import io

    first = head.decode(encoding, errors="ignore").lstrip("\ufeff").split("\n", 1)[0]
    delimiter = delimiter or readers.sniff_delimiter(first, src.suffix_name)
    try:
        return [h.strip() for h in next(csv.reader(io.StringIO(first), delimiter=delimiter))]
    except (StopIteration, csv.Error):
        return None


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


def _frame(rows: list[dict]) -> pd.DataFrame:
    """The article table from row dicts; ``text`` stays an object column of the same str objects (no copy)."""
    cols = ARTICLE_COLUMNS + ["removed_lines", "dateline", "_identified"]
    data = {c: [r[c] for r in rows] for c in cols if c != "text"}
    data["text"] = pd.Series([r["text"] for r in rows], dtype=object)
    df = pd.DataFrame({c: data[c] for c in cols})
    df["text"] = df["text"].astype(object)
    df["removed_lines"] = df["removed_lines"].astype("int64")
    return df


def _clean_columns(df: pd.DataFrame, report: dict) -> pd.DataFrame:
    df = df.copy()
    stamps = []
    for v, aid, lang in zip(df["published"], df["article_id"], df["language"]):
        ts, note = parse_date(v, normalise_language(lang))
        if note:
            report["notes"].append({"article_id": aid, "field": "date", "note": note})
        stamps.append(ts)
    df["published"] = pd.to_datetime(pd.Series(stamps, index=df.index, dtype="object"), utc=True)
    langs, sources = [], []
    for aid, lang, text, ident in zip(df["article_id"], df["language"], df["text"], df["_identified"]):
        # a declared language is checked on the first 500 characters (enough for a clear disagreement)
        found, prob = identify_language(text, with_probability=True, chars=500) if ident is None else ident
        declared = normalise_language(lang)
        if isinstance(lang, str) and lang.strip() and declared is None:
            report["notes"].append({"article_id": aid, "field": "language",
                                    "note": f"declared language {lang!r} not recognised: identified as {found!r} "
                                            f"from the text"})
        if declared is not None:
            langs.append(declared)
            sources.append("declared")
            if found != declared and prob >= 0.99 and len(text) >= 200:
                report["notes"].append({"article_id": aid, "field": "language",
                                        "note": f"declared {declared!r} but py3langid finds {found!r} (p={prob:.3f})"})
        else:
            langs.append(found)
            sources.append("identified")
    df["language"] = pd.Series(langs, index=df.index, dtype="str")
    df["language_source"] = sources
    return df.drop(columns="_identified")


@lru_cache(maxsize=1)
def _identifier():
    import os

    import py3langid.langid as L

    ident = L.LanguageIdentifier.from_modelpath(os.path.join(os.path.dirname(L.__file__), L.MODEL_FILE), norm_probs=True)
    ident.set_languages(list(IDENTIFY_LANGUAGES))
    return ident


def identify_language(text: str, *, with_probability: bool = False, chars: int = 1000):
    """ISO 639-1 code of ``text`` by py3langid (Lui & Baldwin 2012), from its first ``chars`` characters.

    The choice is restricted to :data:`IDENTIFY_LANGUAGES`. With
    ``with_probability`` returns ``(code, probability)``.
    """
    lang, prob = _identifier().classify(text[:chars])
    return (lang, float(prob)) if with_probability else lang


def _remove_repeated_lines(df: pd.DataFrame, counter: clean.LineCounter, report: dict) -> pd.DataFrame:
    """Rule 4 of :mod:`newsanalysis.clean`: drop lines repeated across one outlet's articles (counted while loading)."""
    if df.empty:
        return df
    texts = df["text"].tolist()
    counts = df["removed_lines"].tolist()
    changed = False
    for outlet, idx in df.groupby(df["outlet"].fillna(""), sort=False).indices.items():
        if not outlet:
            continue
        rep = counter.repeated(outlet)
        if not rep:
            continue
        for i in idx:
            parts = texts[i].split("\n")
            if not any(clean.LineCounter.key(ln) in rep for ln in parts):
                continue
            kept = []
            for line in parts:
                if clean.LineCounter.key(line) in rep:
                    report["removed"].append({"article_id": df["article_id"].iat[i], "line": line.strip(),
                                              "reason": "line repeated across the outlet's articles"})
                    counts[i] += 1
                else:
                    kept.append(line)
            texts[i] = "\n".join(kept).strip()
            changed = True
    if not changed:
        return df
    out = df.copy()
    out["text"] = pd.Series(texts, index=df.index, dtype=object)
    out["removed_lines"] = counts
    return out



def load_report(articles: pd.DataFrame, part: Literal["files", "skipped", "excluded_files", "removed", "notes"] = "skipped") -> pd.DataFrame:
    """One part of the load report of a table made by :func:`load_corpus`, as a DataFrame.

    ``files``: ``path, format, encoding, records, loaded, notes``; ``skipped``: ``source_path, line,
    record, field, reason``; ``excluded_files``: ``path, reason``;
    ``removed``: ``article_id, line, reason``; ``notes``: ``article_id,
    field, note``.

    Raises
    ------
    KeyError
        If ``articles`` carries no load report (it was not made by
        :func:`load_corpus`) or ``part`` is unknown.
    """
    rep = articles.attrs.get("load_report")
    if rep is None:
        raise KeyError("this table carries no load report: it was not made by load_corpus")
    cols = {
        "files": ["path", "format", "encoding", "records", "loaded", "notes"],
        "skipped": ["source_path", "line", "record", "field", "reason"],
        "excluded_files": ["path", "reason"],
        "removed": ["article_id", "line", "reason"],
        "notes": ["article_id", "field", "note"],
    }
    if part not in cols:
        raise KeyError(f"unknown part {part!r}; choose from {list(cols)}")
    return pd.DataFrame(rep.get(part, []), columns=cols[part])
