"""Load a corpus of news articles into one validated table, with a load report.

Formats (by extension, or by content when the extension is wrong or
unknown; see :mod:`newsanalysis.readers` and ``corpus/README.md``): JSON
Lines, JSON arrays and single JSON objects (news-please output), CSV/TSV
with any delimiter (Media Cloud exports included), Excel (first sheet), Parquet, ``.txt`` and
``.md`` pages with optional YAML front matter, ``.html``/``.htm`` pages
(trafilatura), zip archives of any of these, and any text format
gzip-compressed (``.jsonl.gz``). Field names are mapped by ``columns=`` and
by the aliases of :data:`FIELD_ALIASES` (``resources/loading/field_aliases.yaml``),
ignoring case, spaces, underscores, hyphens and dots ("Pub Date" is ``pubdate``).

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
from ._tables import corpus_fingerprint, count_of, normalise_language, progress_bar
from .dates import parse_date, slash_kind, zone_info

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
    """A record or file that cannot be loaded; names the file, line and field.

    ``line`` is the physical line where the record starts. In a CSV whose text fields span several lines
    that is not the record's place in a spreadsheet: ``record_no`` (the record's number after the header)
    and ``record`` (the value of its id column) are then named too, as in "export.csv, line 963 (record 37,
    id '2002'): field 'Volltext': empty" (trial s14).
    """

    def __init__(self, path: str, line: int | None, field: str | None, reason: str, *,
                 record: str | None = None, record_no: int | None = None):
        self.path, self.line, self.field, self.reason = path, line, field, reason
        self.record, self.record_no = record, record_no
        where = path + (f", line {line}" if line is not None else "")
        if record_no is not None and line is not None and line != record_no + 1:
            where += f" (record {record_no}" + (f", id {record!r}" if record else "") + ")"
        what = f" field {field!r}:" if field else ""
        super().__init__(f"{where}:{what} {reason}")


def _load_aliases() -> dict[str, tuple[str, ...]]:
    import yaml

    from ._tables import resource_path

    data = yaml.safe_load(resource_path("loading", "field_aliases.yaml").read_text(encoding="utf-8"))
    return {field: tuple(str(a) for a in names) for field, names in data.items()}


#: Source field names read as each article field when ``columns=`` does not say otherwise (first
#: found wins), from ``resources/loading/field_aliases.yaml``: the shared corpus, news-please, Media
#: Cloud, GDELT, LexisNexis/Nexis Uni, Factiva, the KCNA scraper and common CSVs. Matched with
#: :func:`field_key` (case, spaces, ``_ - .`` ignored).
FIELD_ALIASES: dict[str, tuple[str, ...]] = _load_aliases()

#: Article fields whose source column the files report names.
REPORTED_FIELDS = ("text", "title", "outlet", "date", "id", "author", "url", "language")

#: A CSV/Excel column whose non-empty values have at least this median length (characters) looks
#: like article text; the load report names it when no text column is recognised.
LONG_TEXT_CHARS = 200


def field_key(name) -> str:
    """A field name as matched against aliases: case-folded, without spaces, ``_``, ``-`` and ``.``.

    ``"Pub Date"``, ``"pub_date"`` and ``"pubDate"`` all give ``"pubdate"``.
    """
    return re.sub(r"[\s_\-.]+", "", str(name).strip().lstrip("\ufeff").casefold())


def _normalise_columns(columns: dict | None) -> dict[str, str]:
    """``columns=`` as source name → article field; accepts either direction per item.

    ``{"Body": "text"}`` (source → field, the documented form) and ``{"text": "Body"}`` (field →
    source, the CLI's ``text=Body``) mean the same; when both sides are article fields the first
    form is meant (``{"title": "text"}`` reads the source field "title" as text).
    """
    out: dict[str, str] = {}
    for k, v in (columns or {}).items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise ValueError(f"columns must map names to names, got {k!r}: {v!r}")
        if v in FIELD_ALIASES:
            src, target = k, v
        elif k in FIELD_ALIASES:
            src, target = v, k
        else:
            raise ValueError(f"columns item {k!r}: {v!r} names no article field; one side must be one of "
                             f"{sorted(FIELD_ALIASES)} (e.g. columns={{'Body': 'text'}})")
        out[src] = target
    return out


def _resolver(columns: dict[str, str]):
    """A function ``keys -> {field: source key}`` (cached per key tuple) for the records of a load."""
    mapped = {field_key(src): target for src, target in columns.items()}
    alias_rank = {f: {field_key(a): i for i, a in enumerate(names)} for f, names in FIELD_ALIASES.items()}
    cache: dict[tuple, dict[str, str]] = {}

    def resolve(keys) -> dict[str, str]:
        keys = tuple(keys)
        hit = cache.get(keys)
        if hit is not None:
            return hit
        out: dict[str, str] = {}
        exact = set(columns)
        # 1. columns= by exact name, then ignoring case and spacing
        for k in keys:
            if k in exact and columns[k] not in out:
                out[columns[k]] = k
        for k in keys:
            t = mapped.get(field_key(k))
            if t is not None and t not in out:
                out[t] = k
        taken = set(out.values())
        # 2. aliases, first alias wins; a source field named in columns= is never read as another field
        for f, ranks in alias_rank.items():
            if f in out:
                continue
            best = None
            for k in keys:
                if k in taken or str(k).startswith("_") or field_key(k) in mapped:
                    continue
                r = ranks.get(field_key(k))
                if r is not None and (best is None or r < best[0] or (r == best[0] and k == FIELD_ALIASES[f][r])):
                    best = (r, k)
            if best is None:
                # a nested JSON field flattened to "content.body" or "meta.source.name": match its last
                # parts ("body", "source.name"), longest first; a top-level field always wins
                for k in keys:
                    parts = str(k).split(".")
                    if len(parts) < 2 or k in taken or str(k).startswith("_") or field_key(k) in mapped:
                        continue
                    for i in range(1, len(parts)):
                        r = ranks.get(field_key(".".join(parts[i:])))
                        if r is not None:
                            if best is None or (i, r) < best[0]:
                                best = ((i, r), k)
                            break
            if best is not None:
                out[f] = best[1]
                taken.add(best[1])
        if len(cache) < 10000:
            cache[keys] = out
        return out

    return resolve

#: Languages py3langid chooses among when a record has none: the analysed and
#: supported set plus common others in news corpora.
IDENTIFY_LANGUAGES = ("en", "de", "ko", "ru", "vi", "fr", "es", "it", "nl", "pl", "pt", "uk", "zh", "ja", "ar", "tr", "sv")


#: Word-processor and print formats pupils and colleagues save articles in: the loader reads none of them, and
#: its reason says how to make a file it reads (trial s15: pupils write in Word).
DOCUMENT_FORMATS = {".docx": "a Word document", ".doc": "a Word document", ".odt": "an OpenDocument text",
                    ".rtf": "a rich-text document", ".pdf": "a PDF", ".pages": "a Pages document"}


def unsupported_reason(name: str) -> str:
    """Why a file is not read: ``"unsupported format '.docx'"``, with a hint for the formats of
    :data:`DOCUMENT_FORMATS` (``"…: a Word document is not read; save it as .txt (UTF-8) …"``)."""
    suffix = Path(name).suffix
    reason = f"unsupported format {suffix!r}"
    kind = DOCUMENT_FORMATS.get(suffix.lower())
    if kind:
        reason += (f": {kind} is not read; save it as plain text (.txt, UTF-8; in Word: File > Save As > "
                   f"Plain Text) and load that file")
    return reason


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
                    report["excluded_files"].append({"path": str(f), "reason": unsupported_reason(f.name)})
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


def _long_text_columns(header: list, rows: list[dict]) -> list[tuple[str, int]]:
    """``(column, median length)`` of the columns whose non-empty values are long free text, longest first."""
    out = []
    for h in header:
        lengths = sorted(len(str(r[h]).strip()) for r in rows if isinstance(r.get(h), str) and r[h].strip())
        if lengths:
            med = lengths[len(lengths) // 2] if len(lengths) % 2 else (lengths[len(lengths) // 2 - 1] + lengths[len(lengths) // 2]) // 2
            if med >= LONG_TEXT_CHARS:
                out.append((str(h), med))
    return sorted(out, key=lambda x: -x[1])


def _text_hint(cands: list[tuple[str, int]]) -> str:
    if not cands:
        return ""
    col, med = cands[0]
    return (f"column {col!r} looks like article text (median {med} characters); pass "
            f"columns={{'text': {col!r}}} (command line: --columns text={col!r})")


def lost_characters(value: str) -> bool:
    """Whether a value is only question marks (or U+FFFD replacement characters), spaces and punctuation:
    what an export in an encoding without the value's script writes ("????" for "연합뉴스" saved as cp1252)."""
    return bool(re.search(r"[?\ufffd]", value)) and not re.search(r"[^\W_]", value)


#: A word of two or more question marks or U+FFFD characters standing alone ("????", "??"): what an export
#: writes for characters its encoding lacks (not "??" after a word, "What??").
_LOST_IN_TEXT = re.compile(r"(?<![\w?\ufffd])[?\ufffd]{2,}(?![\w?\ufffd])")


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
    encoding: str | None = None,
    metadata: str | Path | pd.DataFrame | None = None,
    extra_columns: bool = False,
    sheet: int | str = 0,
    flag_duplicates: bool = True,
    progress: bool = False,
    dayfirst: bool | None = None,
    timezone: str | None = None,
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
        walking folders, ``.md`` files without YAML front matter and CSV/TSV/
        Excel files without a text column are documentation or metadata, not
        articles: they are listed in ``excluded_files`` too. A CSV/Excel
        file without a recognised text column but with a column of long
        free text (median at least :data:`LONG_TEXT_CHARS` characters) is
        *not* taken for metadata: its rows are read and each is skipped (or
        raised) with a reason naming that column and how to map it.
    columns : dict, optional
        Source field name → article field (``id, text, title, url, date,
        outlet, author, language``), e.g. ``{"Inhalt": "text", "Datum":
        "date"}``; the other direction (``{"text": "Inhalt"}``) is accepted
        too. Names match ignoring case and spacing. Fields not mapped are
        looked up under the names of :data:`FIELD_ALIASES` the same way.
    delimiter : str, optional
        CSV delimiter; sniffed among ``, ; TAB |`` when not given.
    encoding : str, optional
        Text encoding of every text file (e.g. ``"cp1252"``), overriding
        detection (a byte-order mark still decides for UTF-16). When not
        given, detected per file; an encoding other than UTF-8/ASCII is
        noted in the files report.
    metadata : path or DataFrame, optional
        A table joined to the records by file name: a CSV/Excel (or
        DataFrame) with a column ``file`` (or ``filename``, ``file_name``,
        ``path``) and article fields under the same names and aliases as
        records (``source``, ``date``, ``lang``, …). A row applies to every
        record read from the file of that name (the base name, with or
        without extension), e.g. the ``metadata.csv`` beside a folder of
        ``.txt`` files. Its values fill fields the record lacks and replace
        what the loader only guessed from a plain page (title line,
        byline, publisher); fields the record declares win. Rows that match
        no file (``unmatched``) and files no row matches
        (``files_without_row``) are listed in ``load_report["metadata"]``.
    extra_columns : bool
        Keep source fields that are mapped to no article field as extra
        columns (named as in the source; prefixed ``source_`` where the
        name is an article column). Default False: they are only listed
        per file in the files report (``unused_fields``).
    sheet : int or str
        The sheet of Excel workbooks read: its position (0, the first, by
        default) or its name. The files report names the sheets not read.
    flag_duplicates : bool
        Add the duplicate and wire-copy columns of
        :func:`newsanalysis.dedup.flag_duplicates` (default True).
    progress : bool
        Show progress bars (tqdm: count, rate and, where the total is known,
        ETA) while reading records and while flagging duplicates, where
        someone watches (as in :func:`newsanalysis.analyze`). The record total is known
        when every source is a plain (not compressed, not archived) file:
        JSON Lines files count their lines, other files count one.
    dayfirst : bool, optional
        The order of numeric dates with slashes whose numbers are both 12 or less ("03/04/2024"): True
        reads day/month/year (3 April), False month/day/year (4 March). None (default) infers it per file
        and date column from the values that tell it ("13/04/2024" proves day first, "04/13/2024" month
        first) and reads the ambiguous values so; when both kinds occur, or none, they are NaT. The files
        report's ``notes`` say which order was used and which values showed it, each such article's note
        too. With an order given, a value it cannot read ("11/30/2024" with True) is NaT with a note.
    timezone : str, optional
        IANA zone name (``"Asia/Seoul"``, ``"Europe/Berlin"``) in which the corpus's date-times without a
        zone are wall-clock time: they are converted to UTC from it, without the note "has no time zone; read
        as UTC" (:func:`newsanalysis.dates.parse_date`). Values with their own zone or offset keep it; dates
        without a time stay their calendar day. None (default): read as UTC, each with a note.

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
        similarity, wire_agency, wire_evidence, based_on``. An ``article_id``
        met a second time (in another file or the same one) is kept with a
        suffix (``"x~2"``, ``"x~3"``) and a note; nothing is dropped for it.
        ``df.attrs["load_report"]`` is a dict with ``records_read``,
        ``records_loaded``, ``records_skipped``, ``articles_without_outlet``,
        ``articles_without_date``, ``skipped`` (``source_path,
        line, record, field, reason``), ``excluded_files`` (``path, reason``:
        files not read; a word-processor or PDF file's reason says to save it
        as .txt, and a warning names such files), ``files`` (one row per
        input file, read or not: ``path, format, encoding, records, loaded,
        notes, fields, unused_fields, without_outlet, without_date``: ``fields`` says which
        source column gave text, title, outlet, date, id, … as
        ``"text=Body; date=Pub Date"``, and for an HTML page which part gave
        the outlet, e.g. ``"outlet=<title> suffix (resources/outlets.csv)"``;
        ``without_outlet`` and ``without_date`` count the file's articles
        without an outlet or date; a
        file not read has ``records`` 0 and ``"not read: <reason>"`` in
        ``notes``),
        ``metadata`` (with ``metadata=``), ``removed``
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
        that is only boilerplate), an empty CSV/Excel row, a binary or
        undecodable file, a truncated gzip, a broken archive; the message
        names the file, the line and the field. A record without the text
        column that ``columns`` names says so ("columns={'text': 'Storry'}:
        no column 'Storry' in export.csv (columns: Headline, Story, …)").
        Always (whatever
        ``errors``): a file named explicitly whose format neither its
        extension nor its content tells.
    ValueError
        ``columns`` naming no article field, an unknown ``encoding``, a
        ``metadata`` table without a file-name column.
    FileNotFoundError
        If a path (or the ``metadata`` file) does not exist.
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', got {errors!r}")
    if dayfirst not in (None, True, False):
        raise ValueError(f"dayfirst must be None (infer per file), True or False, got {dayfirst!r}")
    if timezone is not None:
        zone_info(timezone)  # an unknown name fails before any file is read
    # each mapped source name with the columns= item as the caller wrote it, for messages
    column_labels = {(k if v in FIELD_ALIASES else v): f"columns={{{k!r}: {v!r}}}"
                     for k, v in (columns or {}).items() if isinstance(k, str) and isinstance(v, str)}
    columns = _normalise_columns(columns)
    resolve = _resolver(columns)

    def mapped_missing(field: str, keys, file_name: str) -> str | None:
        """Why ``field`` was not found although columns= names its source: None when it names none or it is there."""
        have = {field_key(k) for k in keys}
        for src_name, target in columns.items():
            if target == field and src_name not in keys and field_key(src_name) not in have:
                shown = ", ".join(str(k) for k in keys if not str(k).startswith("_"))
                return f"{column_labels[src_name]}: no column {src_name!r} in {Path(file_name).name} (columns: {shown})"
        return None
    if encoding is not None:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ValueError(f"unknown encoding {encoding!r} (e.g. 'utf-8', 'cp1252', 'latin-1')") from None
    report: dict = {
        "records_read": 0, "records_loaded": 0, "records_skipped": 0, "skipped": [], "excluded_files": [],
        "removed": [], "notes": [], "files": [], "version": __version__,
    }
    meta_rows, meta_path = _read_metadata(metadata, report) if metadata is not None else ({}, None)
    no_row: dict[str, str] = {}  # source name → base name, for the files the metadata table has no row for
    rows: list[dict] = []
    seen: dict[str, str] = {}
    lines = clean.LineCounter()
    lost_outlets: dict[str, dict[str, int]] = {}  # file → outlet values made only of "?" and punctuation → count

    def skip(err: CorpusError, record_id=None, record_no=None, own_id=True):
        """List (or raise) a record not loaded; ``record_no``: its number after a CSV header; ``own_id``: the
        id is the record's own (not made from the file name and line), so an error message may name it."""
        if errors == "raise":
            if record_no is not None:
                raise CorpusError(err.path, err.line, err.field, err.reason,
                                  record=record_id if own_id else None, record_no=record_no)
            raise err
        report["records_skipped"] += 1
        report["skipped"].append({
            "source_path": err.path, "line": err.line, "record": record_id, "field": err.field, "reason": err.reason,
        })

    def file_error(src, e: readers.ReadError):
        report["records_read"] += 1
        skip(CorpusError(src.name, e.line, e.field, e.reason))
        report["files"].append({"path": src.name, "format": None, "encoding": None, "records": 1, "loaded": 0,
                                "notes": e.reason, "fields": None, "unused_fields": None})

    def read_source(src: readers.Source, named: bool):
        by_suffix = readers.suffix_format(src.suffix_name)
        try:
            head = readers.read_head(src)
        except readers.ReadError as e:
            return file_error(src, e)
        if readers.is_empty(head):
            # session 16: a 0-byte .csv or .jsonl was a file with 0 records and no note, an empty .txt a skipped
            # record "empty", an empty .json a skipped record "empty JSON file": the same for every format now
            report["excluded_files"].append({"path": src.name, "reason": "empty file"})
            return
        sniffed = readers.sniff_format(head)
        if sniffed == "gzip" and not src.gzipped:
            src = readers.Source(src.name, src.opener, src.suffix_name + ".gz", src.notes)
            src.notes.append("gzip content without a .gz extension")
            return read_source(src, named)
        if sniffed == "zip" and by_suffix == "excel":
            sniffed = "excel"  # an .xlsx workbook is a zip of XML parts: read as a sheet, never as an archive
        fmt = by_suffix
        strong = sniffed in ("zip", "parquet") or (sniffed in ("json", "jsonl", "html") and by_suffix in ("csv", "parquet", "zip", "txt", None))
        if sniffed and sniffed != by_suffix and (by_suffix is None or strong) and not (sniffed == "jsonl" and by_suffix == "json") \
                and not (sniffed == "md" and by_suffix == "txt"):
            src.notes.append(f"content is {sniffed}, extension says {by_suffix or 'nothing'}: read as {sniffed}")
            fmt = sniffed
        if fmt is None:
            reason = unsupported_reason(src.suffix_name)
            if named:  # a file the user named that no reader can read is a usage error, whatever ``errors`` says
                raise CorpusError(src.name, None, None, f"{reason}; supported: {', '.join(SUPPORTED_EXTENSIONS)}")
            return file_error(src, readers.ReadError(reason))
        if fmt == "zip":
            try:
                members = list(readers.zip_sources(src))
            except readers.ReadError as e:
                return file_error(src, e)
            report["files"].append({"path": src.name, "format": "zip", "encoding": None, "records": 0,
                                    "loaded": 0, "notes": f"{len(members)} members", "fields": None,
                                    "unused_fields": None})
            for m in members:
                if readers.suffix_format(m.suffix_name) is None:
                    report["excluded_files"].append({"path": m.name,
                                                     "reason": unsupported_reason(m.suffix_name) + " (in archive)"})
                elif any(fnmatch.fnmatch(Path(m.suffix_name).name, pat) for pat in exclude):
                    report["excluded_files"].append({"path": m.name, "reason": "excluded by pattern"})
                else:
                    read_source(m, False)
            return
        if meta_path is not None and _same_file(src.name, meta_path):
            report["excluded_files"].append({"path": src.name, "reason": "metadata table (metadata=)"})
            return
        enc = None
        if fmt not in ("parquet", "excel"):
            try:
                detected = readers.sniff_encoding(head)  # binary content is an error, whatever encoding= says
            except readers.ReadError as e:
                return file_error(src, e)
            enc = encoding if encoding is not None and not detected.startswith("utf-16") else detected
            if encoding is not None and enc != encoding:
                src.notes.append(f"encoding {enc} (byte-order mark) used instead of encoding={encoding!r}")
            elif encoding is not None:
                src.notes.append(f"encoding {encoding} as given")
            elif enc not in ("utf-8", "utf-8-sig", "ascii"):
                src.notes.append(f"encoding detected as {enc}, not UTF-8: check accented letters; pass "
                                 f"encoding='…' (command line: --encoding) if they are wrong")
        hint = ""
        if fmt in ("csv", "excel"):
            header_cols, sample = readers.sample_rows(src, fmt, enc, delimiter, sheet=sheet)
            if header_cols and "text" not in resolve(header_cols):
                hint = _text_hint(_long_text_columns(header_cols, sample))
                if not named and not hint:
                    reason = f"{'CSV' if fmt == 'csv' else 'Excel sheet'} without a text column (metadata)"
                    key = next((c for c in header_cols if field_key(c) in {field_key(k) for k in _META_KEYS}), None)
                    if key is not None and metadata is None:
                        # a table of file names beside the texts is not joined unless asked: say how
                        reason += (f"; its column {key!r} names files: to join it to them, pass "
                                   f"metadata='{src.name}' (command line: --metadata {src.name})")
                    report["excluded_files"].append({"path": src.name, "reason": reason})
                    return
        if fmt == "md" and not named and not readers.split_front_matter_peek(head, enc):
            report["excluded_files"].append({"path": src.name, "reason": "Markdown without YAML front matter (documentation)"})
            return
        reader = {
            "jsonl": lambda: readers.read_jsonl(src, enc),
            "json": lambda: readers.read_json(src, enc),
            "csv": lambda: readers.read_csv(src, enc, delimiter=delimiter),
            "excel": lambda: readers.read_excel(src, sheet=sheet),
            "parquet": lambda: readers.read_parquet(src),
            "txt": lambda: readers.read_page(src, enc, fmt="txt"),
            "md": lambda: readers.read_page(src, enc, fmt="md"),
            "html": lambda: readers.read_html(src, enc),
        }[fmt]()
        n_read, n_before = 0, len(rows)
        usage = {"fields": {}, "unused": {}, "no_id": 0}  # source column of each field, unused columns
        file_meta = _match_metadata(meta_rows, src, report)
        if meta_rows and file_meta is None:
            no_row[src.name] = src.suffix_name.replace("\\", "/").rsplit("/", 1)[-1]
        for lineno, rec, err in reader:
            report["records_read"] += 1
            n_read += 1
            if err is not None:
                skip(CorpusError(src.name, err.line if err.line is not None else lineno, err.field, err.reason),
                     err.record, getattr(err, "record_no", None))
                continue
            add_record(src, fmt, lineno, rec, hint, usage, file_meta)
        if n_read and fmt not in ("txt", "html"):
            # a columns= item naming a column this file lacks: say so, and what was read instead
            for src_name, target in columns.items():
                used = usage["fields"].get(target, {})
                if any(field_key(k) == field_key(src_name) for k in used):
                    continue
                other = [k for k in used if k != "(metadata)"]
                if target == "text" and not other:
                    continue  # every record is skipped with this reason already (mapped_missing)
                msg = (f"{column_labels.get(src_name, src_name)}: no column {src_name!r} in "
                       f"{Path(src.name).name}; " + (f"{target} read from {other[0]!r} instead" if other
                                                      else f"no {target} read"))
                src.notes.append(msg)
                warnings.warn(msg, stacklevel=3)
        # pages (txt, html) have no source columns of their own: only what a metadata table gave is named, and
        # which part of an HTML page gave the outlet ("outlet=site name (page metadata)", "outlet=<title> suffix …")
        fields = "; ".join(f"{f}={k}" for f in REPORTED_FIELDS for k in usage["fields"].get(f, {})
                           if fmt not in ("txt", "html") or k == "(metadata)"
                           or (fmt == "html" and f == "outlet" and k != "outlet")) or None
        unused = ", ".join(usage["unused"]) or None
        if usage["no_id"]:
            src.notes.append(f"no id field: {usage['no_id']} id(s) made from the file name and line "
                             f"('{src.stem}-<line>')")
        for value, n in lost_outlets.get(src.name, {}).items():
            src.notes.append(f"outlet {value!r} ({count_of(n, 'record')}) looks like characters lost in an encoding "
                             f"conversion: left empty; export the file as UTF-8")
        if not n_read:  # a header without rows, an empty JSON array: read, but nothing in it
            src.notes.append("no records (only a header row)" if fmt in ("csv", "excel") else "no records")
        report["files"].append({"path": src.name, "format": fmt, "encoding": enc, "records": n_read,
                                "loaded": len(rows) - n_before, "notes": "; ".join(src.notes) or None,
                                "fields": fields, "unused_fields": unused})

    def add_record(src, fmt, lineno, rec, hint="", usage=None, file_meta=None):
        found_keys = resolve(rec.keys())
        guessed = set(rec.get("_guessed", ()))
        from_meta: set[str] = set()  # fields the metadata table gave (the files report names them "(metadata)")
        if file_meta:
            rec = dict(rec)
            found_keys = dict(found_keys)
            for f, v in file_meta.items():
                key = found_keys.get(f)
                if key is None or key in guessed or _blank(rec.get(key)):
                    key = key or f"_meta_{f}"
                    rec[key] = v
                    found_keys[f] = key
                    from_meta.add(f)
            if "title" in file_meta and rec.get("_title_line") and "text" in found_keys:
                # the page's first line was only guessed to be its title: with the table's title it is text
                tkey = found_keys["text"]
                rec[tkey] = rec["_title_line"] + ("\n\n" + rec[tkey] if rec.get(tkey) else "")

        def pick(field):
            key = found_keys.get(field)
            return (rec[key], key) if key is not None else (None, None)

        if usage is not None:
            for f, k in found_keys.items():
                # a field the table filled in the record's own key (a plain page's guessed outlet, an empty CSV
                # cell) came from the table too: until trial s14 the .txt files showed date and language as
                # "(metadata)" but not the outlet that the table had put in place of the page's guess
                usage["fields"].setdefault(f, {}).setdefault("(metadata)" if f in from_meta else k, None)
            for k in rec:
                if not str(k).startswith("_") and k not in found_keys.values():
                    usage["unused"].setdefault(str(k), None)
        raw_id, _ = pick("id")
        rid = str(raw_id).strip() if not _blank(raw_id) else None
        if isinstance(raw_id, float) and raw_id.is_integer():
            rid = str(int(raw_id))  # a numeric id from Excel or Parquet: "7", not "7.0"
        if rid is None and usage is not None:
            usage["no_id"] += 1
        own_id = rid is not None
        rid = rid or f"{src.stem}-{lineno or 1}"
        where_no = {"record_no": rec.get("_record_no"), "own_id": own_id}  # a CSV record's number, for messages
        text, text_field = pick("text")
        if text is None or (isinstance(text, float) and pd.isna(text)):
            reason = "missing"
            if text_field is None and isinstance(rec, dict):
                # no text field at all: name what the record has and how to map it
                keys = [str(k) for k in rec if not str(k).startswith("_")][:12]
                own = hint or _text_hint([(str(k), len(v)) for k, v in rec.items() if not str(k).startswith("_")
                                          and isinstance(v, str) and len(v.strip()) >= LONG_TEXT_CHARS])
                wrong = mapped_missing("text", list(rec), src.name)  # columns= names a column it lacks
                if wrong:
                    reason = wrong + (f"; {own}" if own else "")
                else:
                    reason = (f"missing: the record has no text field (it has {keys}); "
                              + (own if own else "name the field that holds the text with load_corpus(..., "
                                                 "columns={'text': '<field>'}) (command line: --columns text=<field>)"))
            return skip(CorpusError(src.name, lineno, text_field or "text", reason), rid, **where_no)
        if not isinstance(text, str):
            return skip(CorpusError(src.name, lineno, text_field, f"not a string ({type(text).__name__})"), rid, **where_no)
        text = clean.normalise_text(text).strip()
        if not text:
            return skip(CorpusError(src.name, lineno, text_field, "empty"), rid, **where_no)
        where = src.name + (f", line {lineno}" if lineno else "")
        if rid in seen:
            n = 2
            while f"{rid}~{n}" in seen:
                n += 1
            new = f"{rid}~{n}"
            report["notes"].append({"article_id": new, "field": "id",
                                    "note": f"id {rid!r} also in {seen[rid]}: this record ({where}) kept as {new!r}"})
            rid = new
        seen[rid] = where
        language = _as_str(pick("language")[0])
        title = _as_str(pick("title")[0])
        removed = list(rec.get("_removed", []))
        found = {"author": None, "dateline": None, "dateline_agency": None, "repairs": 0}
        identified = None
        # every record's text goes through the same text rules, whatever its container: a plain-text page has
        # had only its page furniture (title line, header and footer zones) removed by the reader, and the same
        # text from a .txt, a CSV or a JSON Lines file must give the same cleaned text (trial s14: the Korea
        # Herald's photo caption and glued sentences stayed in the .txt copy only, and a story frame flipped)
        if language and rec.get("_language_from_page") and "language" not in from_meta:
            # an HTML page's <html lang>: used when the text does not clearly say otherwise. A site template
            # may declare one language for every page (a foreign-language service, a mislabelled archive), so
            # unlike a language field of a data export it gives way to a clear identification, with a note
            page_lang = normalise_language(language)
            found_lang, prob = identify_language(text, with_probability=True, chars=500)
            if page_lang is not None and found_lang != page_lang and prob >= 0.99 and len(text) >= 200:
                report["notes"].append({"article_id": rid, "field": "language",
                                        "note": f"the page declares {language!r} (<html lang>) but py3langid finds "
                                                f"{found_lang!r} (p={prob:.3f}): {found_lang!r} used"})
                language = None
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
            return skip(CorpusError(src.name, lineno, text_field, f"no article text, only boilerplate ({reasons})"), rid, **where_no)
        for line, reason in removed:
            report["removed"].append({"article_id": rid, "line": line, "reason": reason})
        lost_runs = _LOST_IN_TEXT.findall(text)
        if len(lost_runs) >= 2:
            # session 16 (researcher trial D): a cp1252 export turned a Korean trailer into "? ????? ?? : 02-…";
            # the text is kept as it is, and the note says what happened
            report["notes"].append({"article_id": rid, "field": "text", "note": (
                f"{len(lost_runs)} runs of question marks ({', '.join(repr(x) for x in lost_runs[:3])}) look like "
                "characters lost in an encoding conversion (e.g. Korean in Windows-1252); export the file as UTF-8")})
        outlet = _as_str(pick("outlet")[0])
        if outlet and lost_characters(outlet):
            # session 16: "????" is what a cp1252 export writes for a Hangul outlet name: as an outlet it would
            # pool every such outlet into one group; the record is kept, its outlet is missing, and the note says why
            report["notes"].append({"article_id": rid, "field": "outlet", "note": (
                f"outlet {outlet!r} looks like characters lost in an encoding conversion (an export writes '?' for "
                f"each character its encoding lacks, e.g. Korean in Windows-1252): left empty; export the file as "
                f"UTF-8 and load it again, or give the outlet with metadata= (command line: --metadata)")})
            lost_outlets.setdefault(src.name, {}).setdefault(outlet, 0)
            lost_outlets[src.name][outlet] += 1
            outlet = None
        if usage is not None and outlet and rec.get("_outlet_from") and "outlet" not in from_meta:
            # which part of an HTML page gave the outlet (site-name meta, URL host, <title> suffix): files report
            usage["fields"].setdefault("outlet", {}).setdefault(rec["_outlet_from"], None)
            if rec["_outlet_from"].startswith("<title>"):
                report["notes"].append({"article_id": rid, "field": "outlet",
                                        "note": f"outlet {outlet!r} taken from the page's {rec['_outlet_from']}: "
                                                "the page has no site-name meta tag"})
        elif not outlet and rec.get("_outlet_note"):
            report["notes"].append({"article_id": rid, "field": "outlet", "note": rec["_outlet_note"]})
        if found["dateline"] is None and rec.get("_page_credit"):
            # an HTML page's header line crediting an agency ("19.06.2024 · 08:00 Uhr · dpa"), outside the text
            found["dateline"] = rec["_page_credit"]
        lines.add(outlet or "", text)
        published, date_key = pick("date")
        # the values whose day/month order is inferred together (session 16): one file's date column, or the
        # metadata table's
        date_group = ("(metadata)", "(metadata)") if "date" in from_meta else (src.name, date_key)
        if _blank(published):
            published = _publication_line(removed)
            date_group = (src.name, "(publication line)")
            if published is not None:
                report["notes"].append({"article_id": rid, "field": "date",
                                        "note": f"date taken from the removed line 'Publication date: {published}'"})
        row = {
            "article_id": rid, "outlet": outlet, "url": _as_str(pick("url")[0]),
            "published": published, "language": language, "title": title,
            "author": _as_str(pick("author")[0]) or found["author"], "text": text,
            "source_path": src.name, "removed_lines": len(removed), "dateline": found["dateline"],
            "_identified": identified, "_date_group": date_group,
        }
        if extra_columns:
            used = set(found_keys.values())
            row["_extra"] = {str(k): v for k, v in rec.items() if not str(k).startswith("_") and k not in used}
        rows.append(row)

    sources = _sources(paths, tuple(exclude), report)
    with progress_bar(total=_records_estimate(sources) if progress else None, progress=progress, unit="record",
                      desc="loading") as bar:
        for src, named in sources:
            before = report["records_read"]
            read_source(src, named)
            bar.update(report["records_read"] - before)

    extras = [r.pop("_extra", {}) for r in rows] if extra_columns else []
    df = _frame(rows)
    del rows
    df = _clean_columns(df, report, dayfirst, timezone)
    df = _remove_repeated_lines(df, lines, report)
    if extra_columns:
        df = _add_extra_columns(df, extras)
    if "metadata" in report:
        m = report["metadata"]
        m["unmatched"] = sorted(set(meta_rows) - set(m["matched"]))
        m["missing_fields"] = _fields_missing_without_row(df, no_row, m["fields"])
    if flag_duplicates:
        from .dedup import DUPLICATE_COLUMNS
        from .dedup import flag_duplicates as _flag

        if len(df):
            df = _flag(df, progress=progress)
            report["duplicates"] = dict(df.attrs.get("duplicates", {}))
        else:
            types = {"text_hash": "str", "cluster_id": "int64", "cluster_size": "int64", "similarity": "float64"}
            df = df.assign(**{c: pd.Series(dtype=types.get(c, "string")) for c in DUPLICATE_COLUMNS})
    report["records_loaded"] = len(df)
    report["articles_without_outlet"] = int(df["outlet"].isna().sum())
    # every input file is in the files report: read (with its counts) or not read (with the reason, which
    # excluded_files gives too); until trial s15 a .docx in a folder was only in excluded_files
    no_outlet = df.loc[df["outlet"].isna(), "source_path"].value_counts().to_dict()
    no_date = df.loc[df["published"].isna(), "source_path"].value_counts().to_dict()
    for f in report["files"]:
        f["without_outlet"] = int(no_outlet.get(f["path"], 0))
        f["without_date"] = int(no_date.get(f["path"], 0))
    for x in report["excluded_files"]:
        report["files"].append({"path": x["path"], "format": None, "encoding": None, "records": 0, "loaded": 0,
                                "notes": f"not read: {x['reason']}", "fields": None, "unused_fields": None,
                                "without_outlet": 0, "without_date": 0})
    documents = [x for x in report["excluded_files"] if Path(str(x["path"])).suffix.lower() in DOCUMENT_FORMATS]
    if documents and len(df):
        names = ", ".join(Path(str(x["path"]).split("!")[-1]).name for x in documents[:5])
        warnings.warn(f"{count_of(len(documents), 'file')} not read (word-processor or PDF format): {names}"
                      f"{f' and {len(documents) - 5} more' if len(documents) > 5 else ''}; save "
                      f"{'it' if len(documents) == 1 else 'them'} as plain text (.txt, UTF-8) and load "
                      f"{'that' if len(documents) == 1 else 'those'} (list: load_report(articles, 'files'))", stacklevel=2)
    empty = [x["path"] for x in report["excluded_files"] if x["reason"] == "empty file"]
    if empty and len(df):  # a notebook shows no load summary (session 16: 0-byte exports were listed with no word)
        names = ", ".join(Path(str(p).split("!")[-1]).name for p in empty[:5])
        warnings.warn(f"{count_of(len(empty), 'file')} not read (empty): {names}"
                      f"{f' and {len(empty) - 5} more' if len(empty) > 5 else ''} (list: load_report(articles, "
                      f"'files'))", stacklevel=2)
    if lost_outlets:
        shown = "; ".join(f"{Path(str(f).split('!')[-1]).name}: {', '.join(repr(v) for v in vals)}"
                          for f, vals in list(lost_outlets.items())[:5])
        n = sum(sum(v.values()) for v in lost_outlets.values())
        warnings.warn(f"outlet left empty in {count_of(n, 'record')}: its value looks like characters lost in an "
                      f"encoding conversion ({shown}); export the file as UTF-8 and load it again (notes: "
                      f"load_report(articles, 'notes'))", stacklevel=2)
    report["articles_without_date"] = int(df["published"].isna().sum())
    assert report["records_read"] == report["records_loaded"] + report["records_skipped"]
    report["fingerprint"] = corpus_fingerprint(df) if len(df) else None
    if not len(df):
        why = "; ".join(f"{x.get('path')}: {x.get('reason')}" for x in report["excluded_files"][:5])
        hint = (" (a CSV or Excel sheet needs a text column: pass columns={'text': '<your column>'})"
                if any("text column" in str(x.get("reason")) for x in report["excluded_files"]) else "")
        warnings.warn(f"no article loaded ({report['records_read']} records read, {report['records_skipped']} skipped"
                      f"{'; files not read: ' + why if why else ''}); see articles.attrs['load_report']{hint}",
                      stacklevel=2)
    df.attrs["load_report"] = LoadReport(report)
    df.attrs["provenance"] = {"fingerprint": report["fingerprint"], "version": __version__, "n_articles": len(df)}
    return df


def _blank(v) -> bool:
    if v is None or v is pd.NaT:
        return True
    if isinstance(v, float) and pd.isna(v):
        return True
    return isinstance(v, str) and not v.strip()


@lru_cache(maxsize=1)
def _publication_patterns() -> list[re.Pattern]:
    from ._tables import read_word_list

    return [re.compile(p, re.I) for p in read_word_list("loading", "publication_date_lines.txt")]


def _publication_line(removed) -> str | None:
    """The date of a removed "Publication date: February 9, 2000, 00:00" line (Kremlin pages), if any
    (patterns in ``resources/loading/publication_date_lines.txt``)."""
    for line, _reason in removed:
        for pat in _publication_patterns():
            m = pat.match(str(line))
            if m:
                return m.group("date")
    return None


_META_KEYS = ("file", "filename", "file_name", "path", "filepath", "source_file")


def _same_file(name: str, path: Path) -> bool:
    try:
        return Path(name).resolve() == path.resolve()
    except OSError:
        return False


def _read_metadata(metadata, report) -> tuple[dict[str, dict], Path | None]:
    """``{file name: {article field: value}}`` of a ``metadata=`` table, keyed by base name."""
    path = None
    if isinstance(metadata, pd.DataFrame):
        table = metadata
    else:
        path = Path(metadata)
        if not path.is_file():
            raise FileNotFoundError(f"metadata table {path}: no such file")
        if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
            table = pd.read_excel(path, dtype=object)
        else:
            import io

            raw = path.read_bytes()
            text = raw.decode(readers.sniff_encoding(raw[:65536])).lstrip("\ufeff")
            table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False,
                                sep=readers.sniff_delimiter(text.split("\n", 1)[0], path.name))
    where = str(path) if path is not None else "metadata table"
    key = next((c for c in table.columns if field_key(c) in {field_key(k) for k in _META_KEYS}), None)
    if key is None:
        raise ValueError(f"{where}: no file-name column; name one of {list(_META_KEYS)} (it has {list(table.columns)})")
    fields = {f: c for f, c in _resolver({})([c for c in table.columns if c != key]).items()
              if f not in ("text", "id")}
    out: dict[str, dict] = {}
    for i, row in enumerate(table.to_dict("records")):
        name = str(row[key]).strip().replace("\\", "/").rsplit("/", 1)[-1]
        if not name or name == "nan":
            raise ValueError(f"{where}, line {i + 2}: field {key!r}: empty file name")
        out[name] = {f: row[c] for f, c in fields.items() if not _blank(row[c])}
    report["metadata"] = {"path": where, "key": str(key), "fields": {f: str(c) for f, c in fields.items()},
                          "rows": len(out), "matched": [], "unmatched": [], "files_without_row": []}
    return out, path


def _match_metadata(meta_rows: dict, src, report) -> dict | None:
    """The metadata row of a source's file: by base name ("doc001.txt"), else by stem ("doc001")."""
    if not meta_rows:
        return None
    name = src.suffix_name.replace("\\", "/").rsplit("/", 1)[-1]
    for k in (name, src.stem):
        if k in meta_rows:
            if k not in report["metadata"]["matched"]:
                report["metadata"]["matched"].append(k)
            return meta_rows[k]
    stems = {k.rsplit(".", 1)[0]: k for k in meta_rows}
    if src.stem in stems:
        report["metadata"]["matched"].append(stems[src.stem])
        return meta_rows[stems[src.stem]]
    # a file the table has no row for loads with what it says itself: list it (session 12, a researcher's
    # folder of .txt files with one file missing from its metadata.csv)
    if name not in report["metadata"]["files_without_row"]:
        report["metadata"]["files_without_row"].append(name)
    return None


#: Article fields a metadata table can give, and the article column that holds each (language is left out:
#: it is identified from the text when nothing declares it, so no article lacks it).
_META_FIELD_COLUMNS = {"outlet": "outlet", "date": "published", "title": "title", "author": "author", "url": "url"}


def _fields_missing_without_row(df: pd.DataFrame, no_row: dict[str, str], table_fields) -> dict[str, list[str]]:
    """``{file name: [fields]}`` for the files without a metadata row whose loaded articles lack a field the table gives.

    A file that carries its own outlet and date (a CSV export, an HTML page) needs no row; only a file whose
    articles are left without a field the table would have given is a gap (trial s14: the command line named
    every CSV and HTML file as lacking a row, which read like an error).
    """
    fields = [f for f in _META_FIELD_COLUMNS if f in table_fields]
    out: dict[str, list[str]] = {}
    if not no_row or not fields or df.empty:
        return out
    for name, group in df[df["source_path"].isin(list(no_row))].groupby("source_path", sort=False):
        lacking = [f for f in fields if group[_META_FIELD_COLUMNS[f]].isna().any()]
        if lacking:
            base = no_row[name]
            out[base] = sorted(set(out.get(base, [])) | set(lacking), key=fields.index)
    return dict(sorted(out.items()))


def _add_extra_columns(df: pd.DataFrame, extras: list[dict]) -> pd.DataFrame:
    """Source fields mapped to no article field, as columns (``source_<name>`` where a name is taken)."""
    names: dict[str, None] = {}
    for e in extras:
        names.update(dict.fromkeys(e))
    if not names:
        return df
    df = df.copy()
    for n in names:
        col = f"source_{n}" if n in df.columns else n
        df[col] = pd.Series([e.get(n) for e in extras], index=df.index, dtype=object)
    return df


#: dtypes of the article table's string columns (an empty load has them too).
_DTYPES = {"article_id": "str", "outlet": "str", "url": "str", "title": "str", "author": "str",
           "source_path": "str", "dateline": "str"}


def _frame(rows: list[dict]) -> pd.DataFrame:
    """The article table from row dicts; ``text`` stays an object column of the same str objects (no copy)."""
    cols = ARTICLE_COLUMNS + ["removed_lines", "dateline", "_identified", "_date_group"]
    data = {c: [r[c] for r in rows] for c in cols if c != "text"}
    data["text"] = pd.Series([r["text"] for r in rows], dtype=object)
    df = pd.DataFrame({c: data[c] for c in cols})
    df["text"] = df["text"].astype(object)
    df["removed_lines"] = df["removed_lines"].astype("int64")
    df = df.astype(_DTYPES)  # also when every value is None (an all-None column would be object or float)
    if not rows:
        df["text"] = df["text"].astype("str")
    return df


def _date_orders(df: pd.DataFrame, dayfirst: bool | None, report: dict) -> tuple[list, dict]:
    """The day/month order to read each row's date in, and per row a note on how it was chosen.

    With ``dayfirst`` given, every row gets it. Else the order is inferred per file and date column
    (:func:`newsanalysis.dates.slash_order`): values such as "13/04/2024" prove day first, "04/13/2024" month
    first; when only one kind occurs, the column's ambiguous values ("03/04/2024") are read in that order. When
    both kinds occur, or none, they stay unread (NaT). The files report says which (session 16: a European
    export lost the date of 40 % of its articles to "not guessed").
    """
    from .dates import slash_order

    groups: dict = {}
    for i, g in enumerate(df["_date_group"]):
        groups.setdefault(g, []).append(i)
    orders: list = [dayfirst] * len(df)
    row_notes: dict[int, str] = {}
    file_notes: dict[str, list[str]] = {}
    values = df["published"].tolist()

    def shown(vals, n=3):
        return ", ".join(repr(v) for v in vals[:n]) + (f" and {len(vals) - n} more" if len(vals) > n else "")

    for (path, key), idx in groups.items():
        order, ev = slash_order(values[i] for i in idx)
        amb = ev["ambiguous"]
        if not amb:
            continue
        col = "the metadata table's date column" if key == "(metadata)" else f"the file's column {key!r}"
        n_amb = count_of(len(amb), "ambiguous value")
        if dayfirst is not None:
            how = "day/month/year (dayfirst=True)" if dayfirst else "month/day/year (dayfirst=False)"
            file_notes.setdefault(path, []).append(f"dates in column {key!r}: {n_amb} ({shown(amb)}) read as {how}")
            continue
        if order is None:
            why = (f"both orders occur (day first: {shown(ev['dayfirst'])}; month first: {shown(ev['monthfirst'])})"
                   if ev["dayfirst"] else "no value tells the order (a number above 12 in first or second place)")
            file_notes.setdefault(path, []).append(
                f"dates in column {key!r}: {n_amb} ({shown(amb)}) not read, since {why}; give the order with "
                f"dayfirst=True or dayfirst=False (command line: --dayfirst or --monthfirst)")
            if ev["dayfirst"]:
                for i in idx:
                    if slash_kind(values[i]) == "ambiguous":
                        row_notes[i] = (f"{col} has both orders (day first: {shown(ev['dayfirst'], 1)}; "
                                        f"month first: {shown(ev['monthfirst'], 1)})")
            continue
        proof = ev["dayfirst"] if order else ev["monthfirst"]
        how = "day/month/year" if order else "month/day/year"
        file_notes.setdefault(path, []).append(
            f"dates in column {key!r}: order {how} inferred from {count_of(len(proof), 'value')} with a "
            f"{'first' if order else 'second'} number above 12 ({shown(proof)}); {n_amb} read so ({shown(amb)})")
        for i in idx:
            orders[i] = order
            if slash_kind(values[i]) == "ambiguous":
                row_notes[i] = f"read as {how}: {col} has {shown(proof, 1)}, which only {how} reads"
    # the metadata table is no file of the files report: its rows' notes say it
    for f in report["files"]:
        for note in file_notes.get(f["path"], []):
            f["notes"] = f"{f['notes']}; {note}" if f.get("notes") else note
    return orders, row_notes


def _clean_columns(df: pd.DataFrame, report: dict, dayfirst: bool | None = None,
                   timezone: str | None = None) -> pd.DataFrame:
    df = df.copy()
    stamps = []
    orders, order_notes = _date_orders(df, dayfirst, report)
    for i, (v, aid, lang) in enumerate(zip(df["published"], df["article_id"], df["language"])):
        ts, note = parse_date(v, normalise_language(lang), dayfirst=orders[i], timezone=timezone)
        extra = order_notes.get(i)
        if extra:
            note = f"{note}; {extra}" if ts is pd.NaT else f"date {v!r} {extra}" + (f"; {note}" if note else "")
        if note:
            report["notes"].append({"article_id": aid, "field": "date", "note": note})
        stamps.append(ts)
    df["published"] = pd.to_datetime(pd.Series(stamps, index=df.index, dtype="object"), utc=True).astype(
        "datetime64[ns, UTC]")
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
    return df.drop(columns=["_identified", "_date_group"])


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



#: Parts of the load report that :func:`load_report` gives as tables, with their columns.
REPORT_TABLES = {
    "files": ["path", "format", "encoding", "records", "loaded", "notes", "fields", "unused_fields", "without_outlet",
              "without_date"],
    "skipped": ["source_path", "line", "record", "field", "reason"],
    "excluded_files": ["path", "reason"],
    "removed": ["article_id", "line", "reason"],
    "notes": ["article_id", "field", "note"],
    "metadata": ["file", "status", "missing_fields"],
    "duplicates": ["item", "value"],
    "summary": ["item", "value"],
}
#: Parts of the load report that are one value each (a count or a string): :func:`load_report` returns the value.
REPORT_VALUES = ("records_read", "records_loaded", "records_skipped", "articles_without_outlet",
                 "articles_without_date", "fingerprint", "version")


def load_report(articles: pd.DataFrame, part: str = "skipped"):
    """One part of the load report of a table made by :func:`load_corpus`, as a DataFrame (or a value).

    Every part that ``articles.attrs["load_report"]`` holds can be asked for by its name:

    - ``files``: one row per input file, read or not: ``path, format, encoding, records, loaded, notes,
      fields`` (source column of each article field, ``"text=Body; title=Headline"``; ``(metadata)`` for
      a field a ``metadata=`` table gave; for an HTML page the part that gave the outlet, e.g.
      ``"outlet=site name (page metadata)"``, ``"outlet=<title> suffix (resources/outlets.csv)"``),
      ``unused_fields`` (source columns mapped to no field, comma-separated), ``without_outlet`` and
      ``without_date`` (the file's articles without an outlet, without a date); a file not read has
      ``records`` and ``loaded`` 0 and
      ``"not read: <reason>"`` in ``notes``;
    - ``skipped``: ``source_path, line, record, field, reason``;
    - ``excluded_files``: ``path, reason``;
    - ``removed``: ``article_id, line, reason``;
    - ``notes``: ``article_id, field, note``;
    - ``metadata`` (with ``metadata=``; empty without): ``file, status, missing_fields``, one row per
      file name: status ``"matched"`` (a table row and a file), ``"no file"`` (a table row that matches
      no file read), ``"no row"`` (a file read that no row matches; ``missing_fields`` names the fields the
      table gives that the file's articles lack, e.g. ``"outlet, date"``, empty when the file carries them
      itself). The table's path, file-name column and fields are in ``.attrs``;
    - ``duplicates``: ``item, value`` (exact and near copies, clusters, wire copy, and the settings used);
    - ``summary``: ``item, value``: the counts, fingerprint and version below, one row each;
    - ``records_read``, ``records_loaded``, ``records_skipped``, ``articles_without_outlet``,
      ``articles_without_date``, ``fingerprint``, ``version``: the value itself.

    Raises
    ------
    KeyError
        If ``articles`` carries no load report (it was not made by
        :func:`load_corpus`) or ``part`` is unknown.
    """
    rep = articles.attrs.get("load_report")
    if rep is None:
        raise KeyError("this table carries no load report: it was not made by load_corpus")
    if part in REPORT_VALUES:
        return rep.get(part)
    if part not in REPORT_TABLES:
        raise KeyError(f"unknown part {part!r}; choose from {list(REPORT_TABLES) + list(REPORT_VALUES)}")
    cols = REPORT_TABLES[part]
    if part == "metadata":
        m = rep.get("metadata") or {}
        missing = m.get("missing_fields") or {}
        rows = ([(f, "matched", None) for f in m.get("matched", [])]
                + [(f, "no file", None) for f in m.get("unmatched", [])]
                + [(f, "no row", ", ".join(missing.get(f, [])) or None) for f in m.get("files_without_row", [])])
        out = pd.DataFrame(rows, columns=cols)
        out.attrs.update({k: m[k] for k in ("path", "key", "fields", "rows") if k in m})
        return out
    if part == "duplicates":
        return pd.DataFrame(list((rep.get("duplicates") or {}).items()), columns=cols)
    if part == "summary":
        return pd.DataFrame([(k, rep.get(k)) for k in REPORT_VALUES], columns=cols)
    out = pd.DataFrame(rep.get(part, []), columns=cols)
    if part == "skipped":
        # whole line numbers, also when some records have none (a file-level error): 2, not 2.0 (session 16)
        out["line"] = pd.array([None if v is None or v != v else int(v) for v in out["line"]], dtype="Int64")
    return out
