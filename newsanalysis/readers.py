"""One small reader per corpus format; each streams records from one source.

A *source* is a file on disk, a member of a zip archive (read in place,
never extracted) or either of these gzip-compressed. Every reader is a
generator of ``(line, record, error)`` triples: ``line`` is the 1-based line
(or row, or array item) the record starts on, ``record`` a dict with the
source's own field names, ``error`` a :class:`~newsanalysis.corpus.CorpusError`
for a record or file that cannot be read (then ``record`` is ``None``). The
loader (:func:`newsanalysis.load_corpus`) maps field names, checks and cleans.

Formats
-------
``jsonl`` (JSON Lines), ``json`` (a JSON array of objects, or one object per
file such as news-please output; arrays are decoded item by item), ``csv``
and ``tsv`` (any delimiter, detected with :class:`csv.Sniffer` among ``, ; \\t |``;
quoted multi-line fields), ``parquet`` (pyarrow, in record batches),
``txt`` (one article per file: title line, then the page), ``md`` (an
article only when it opens with YAML front matter), ``html``/``htm``
(trafilatura: body, title, author, date, site name; else the outlet from a confirmed ``<title>`` suffix), ``excel`` (``.xlsx``/``.xlsm``
with openpyxl, ``.xls`` with xlrd if installed: the first sheet, read like a
CSV with a header row), ``zip`` (members read by these rules).

Encodings (text formats): a UTF-8 or UTF-16 byte-order mark decides; else
UTF-8 when the first 64 KiB decode as UTF-8; else the encoding that
charset-normalizer finds, with cp1252 preferred over another single-byte
guess that fits the bytes no better (:func:`sniff_encoding`). The encoding
used is listed per file in the load report.
"""
from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import re
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Callable, Iterator

#: Formats by file-name suffix (after removing a ``.gz``).
SUFFIX_FORMATS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "csv", ".tab": "csv",
    ".parquet": "parquet", ".pq": "parquet", ".txt": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".zip": "zip", ".xlsx": "excel", ".xlsm": "excel", ".xls": "excel",
}
_NO_GZIP = (".zip", ".xlsx", ".xlsm", ".xls")
SUPPORTED_EXTENSIONS = tuple(SUFFIX_FORMATS) + tuple(s + ".gz" for s in SUFFIX_FORMATS if s not in _NO_GZIP)
_HEAD = 65536
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class ReadError(Exception):
    """A file-level problem (reason only); the loader turns it into a CorpusError with the path."""

    def __init__(self, reason: str, line: int | None = None, field: str | None = None, record: str | None = None,
                 record_no: int | None = None):
        super().__init__(reason)
        self.reason, self.line, self.field, self.record, self.record_no = reason, line, field, record, record_no


@dataclass
class Source:
    """A readable thing: ``name`` for reports, ``open()`` gives a fresh binary stream."""

    name: str
    opener: Callable[[], io.BufferedIOBase]
    suffix_name: str  # the file name whose suffix tells the format
    notes: list = field(default_factory=list)

    @property
    def gzipped(self) -> bool:
        return self.suffix_name.lower().endswith(".gz")

    def open(self):
        raw = self.opener()
        return gzip.GzipFile(fileobj=raw, mode="rb") if self.gzipped else raw

    @property
    def stem(self) -> str:
        n = PurePosixPath(self.suffix_name.replace("\\", "/")).name
        if n.lower().endswith(".gz"):
            n = n[:-3]
        return n.rsplit(".", 1)[0] if "." in n else n


def suffix_format(name: str) -> str | None:
    """The format named by a file name's suffix (``x.jsonl.gz`` → ``jsonl``), or ``None``."""
    n = name.lower()
    if n.endswith(".gz"):
        n = n[:-3]
    dot = n.rfind(".")
    return SUFFIX_FORMATS.get(n[dot:]) if dot >= 0 else None


def read_head(src: Source, n: int = _HEAD) -> bytes:
    """The first ``n`` bytes of a source (decompressed); raises ReadError on a broken gzip."""
    try:
        with src.open() as fh:
            return fh.read(n)
    except (OSError, EOFError, zlib.error) as e:
        raise ReadError(f"cannot read ({type(e).__name__}: {e})") from None


def is_empty(head: bytes, n: int = _HEAD) -> bool:
    """Whether a file whose first ``n`` bytes are ``head`` holds nothing: no bytes, or only whitespace after an
    optional byte-order mark (a 0-byte export, a file of blank lines)."""
    if len(head) >= n:
        return False
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            head = head[len(bom):]
            if bom != codecs.BOM_UTF8:
                head = head.replace(b"\x00", b"")
            break
    return not head.strip()


def sniff_format(head: bytes) -> str | None:
    """The format the content shows: zip, gzip, parquet by magic bytes; json, jsonl, html, md by the first characters."""
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"PAR1"):
        return "parquet"
    try:
        enc = sniff_encoding(head)
    except ReadError:
        return None
    text = head.decode(enc, errors="ignore").lstrip("\ufeff \t\r\n")
    low = text[:200].lower()
    if text.startswith("["):
        return "json"
    if text.startswith("{"):
        first = text.split("\n", 1)[0].strip()
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "json"
    if low.startswith(("<!doctype html", "<html", "<?xml")) or "<html" in low:
        return "html"
    if text.startswith("---\n") or text.startswith("---\r\n"):
        return "md"
    return None


def sniff_encoding(head: bytes) -> str:
    """Encoding of a byte sample: BOM, else UTF-8 if it decodes, else charset-normalizer's best guess.

    Raises ReadError for binary content (NUL bytes outside UTF-16, or nothing decodes).
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > 0.3 * len(head) / 2 and even == 0:
            return "utf-16-le"
        if even > 0.3 * len(head) / 2 and odd == 0:
            return "utf-16-be"
        raise ReadError("binary file, not text (NUL bytes)")
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(head) - 3 and len(head) >= _HEAD:  # a character cut by the sample's end
            return "utf-8"
    from charset_normalizer import from_bytes

    matches = from_bytes(head)
    best = matches.best()
    if best is None:
        raise ReadError("binary file, not text (no encoding decodes it)")
    enc = best.encoding
    try:  # when the Western European reading is the same text, name it (cp1250 and cp1252 share most letters)
        if head.decode("cp1252") == head.decode(enc):
            return "cp1252"
    except (UnicodeDecodeError, LookupError):
        return enc
    # cp1252 decodes the bytes too but gives other letters ("Støre" in cp1252, "Střre" in cp1250). Western
    # European exports (Excel, LexisNexis, Factiva on Windows) are far more often cp1252, and charset-normalizer
    # often ties the single-byte code pages (same mess and coherence): keep cp1252 unless the other reading
    # is clearly better by charset-normalizer's own measures.
    western = next((m for m in matches if m.encoding == "cp1252" or "cp1252" in m.could_be_from_charset), None)
    if western is not None and western.chaos <= best.chaos + PREFER_CP1252_MARGIN[0] \
            and western.coherence >= best.coherence - PREFER_CP1252_MARGIN[1]:
        return "cp1252"
    return enc


def read_text_file(path, what: str) -> str:
    """The text of a small material file (a lexicon, a codebook, an actor table) in whatever encoding a
    spreadsheet or editor saved it: UTF-8 (with or without BOM), else the encoding :func:`sniff_encoding`
    detects (a German Excel's cp1252). Session 16 (researcher trial): a cp1252 lexicon stopped the command with
    a bare UnicodeDecodeError that named neither the file nor what it was.

    Raises
    ------
    ValueError
        Naming the file and ``what`` it is, if no encoding reads it.
    """
    from pathlib import Path

    data = Path(path).read_bytes()
    try:
        enc = sniff_encoding(data)
        return data.decode(enc)
    except (ReadError, UnicodeDecodeError, LookupError) as e:
        raise ValueError(f"{path}: the {what} file cannot be read as text ({e}); save it as UTF-8 "
                         "(in Excel: 'CSV UTF-8')") from None


#: How much better (charset-normalizer's mess ratio, coherence) another single-byte reading must be
#: for it to be chosen over cp1252.
PREFER_CP1252_MARGIN = (0.01, 0.05)


def _text_stream(src: Source, encoding: str):
    return io.TextIOWrapper(src.open(), encoding=encoding, newline="")


# --------------------------------------------------------------------------- readers


def iter_lines(src: Source, encoding: str, bad: dict | None = None) -> Iterator[str]:
    """Decoded lines of a source, one at a time (line endings kept).

    ASCII-compatible encodings are decoded line by line, so a bad byte is
    reported on its own line; UTF-16 goes through a text wrapper. Raises
    ReadError (with the line number) on undecodable bytes or a truncated
    compressed stream. With ``bad`` (a dict), an undecodable line does not
    stop the file: its reason is stored under its line number and the line
    is yielded decoded with replacement characters, for the caller to skip
    the record that holds it and go on with the next.
    """
    lineno = 0
    with src.open() as fh:
        try:
            if encoding.startswith("utf-16"):
                for line in io.TextIOWrapper(fh, encoding=encoding, newline=""):
                    lineno += 1
                    yield line.lstrip("\ufeff") if lineno == 1 else line
                return
            for raw in fh:
                lineno += 1
                try:
                    line = raw.decode(encoding)
                except UnicodeDecodeError as e:
                    reason = f"not {encoding} text ({e.reason} at byte {e.start} of the line)"
                    if bad is None:
                        raise ReadError(reason, lineno) from None
                    bad[lineno] = reason
                    line = raw.decode(encoding, errors="replace")
                yield line.lstrip("\ufeff") if lineno == 1 else line
        except (UnicodeDecodeError, EOFError, OSError, zlib.error) as e:
            raise ReadError(_io_reason(e, encoding), lineno + 1) from None


def read_jsonl(src: Source, encoding: str) -> Iterator:
    """JSON Lines: one object a line; blank lines are skipped."""
    lineno = 0
    bad: dict[int, str] = {}
    try:
        for line in iter_lines(src, encoding, bad):
            lineno += 1
            if lineno in bad:  # an undecodable line is one lost record, not the end of the file
                yield lineno, None, ReadError(bad[lineno], lineno)
                continue
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield lineno, None, _broken_json(line, e, lineno)
                continue
            if not isinstance(rec, dict):
                yield lineno, None, ReadError("record is not a JSON object", lineno)
                continue
            yield lineno, flatten_record(rec), None
    except ReadError as e:
        yield e.line, None, e


def flatten_record(rec: dict) -> dict:
    """A JSON record with nested objects as dotted keys: ``{"content": {"body": …}}`` → ``{"content.body": …}``.

    Exports from APIs and scrapers often nest fields (``meta.source.name``, ``content.body``);
    flattened, they can be named in ``columns=`` (``{'text': 'content.body'}``) and are matched
    against the field aliases by their last parts (``content.body`` as ``body``,
    ``meta.source.name`` as ``source name``). Lists and flat records are left as they are.
    """
    if not any(isinstance(v, dict) for v in rec.values()):
        return rec
    out: dict = {}

    def walk(prefix: str, obj: dict):
        for k, v in obj.items():
            key = f"{prefix}.{k}" if prefix else str(k)
            if isinstance(v, dict) and v:
                walk(key, v)
            else:
                out.setdefault(key, v)

    walk("", rec)
    return out


_JSON_ID = re.compile(r'"(?:id|article_id|doc_id|docid|guid|story_id|stories_id)"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(\d+))', re.I)


def _broken_json(line: str, e: json.JSONDecodeError, lineno: int) -> "ReadError":
    """A ReadError for an undecodable JSON line: the parser's reason and the column (in the line, counted from 1)
    where it stopped, and the record's id when it can be read from the raw line.

    A field is named only when the error is certainly inside its value: a string value the error falls in
    ("Invalid control character": a raw line break in "text") or one left open to the end of the line. When the
    line ends before the record does (a record cut off), the reason says so, and after which field when closing
    the record there makes it complete JSON (trial s16: a cut record was reported as "field 'site': …, column
    1": the field before the cut, and the column the parser counts after the line's own line break)."""
    msg = re.sub(r"\s+at$", "", e.msg.strip())  # "Invalid control character at" + our "column": no "at at"
    body = line.rstrip("\r\n")
    column = min(e.pos, len(body)) + 1  # e.colno restarts after a line break, also the one ending the line
    prefix = line[:e.pos]
    field = None
    inside = re.search(r'"((?:[^"\\]|\\.)*)"\s*:\s*"(?:[^"\\]|\\.)*$', prefix)  # in a string value
    opened = re.search(r'"((?:[^"\\]|\\.)*)"\s*:\s*$', prefix)  # a value starts where the error is
    unterminated = e.msg.startswith("Unterminated string")
    if inside and not unterminated:
        field = inside.group(1)
    elif opened and unterminated:
        field = opened.group(1)
    reason = f"broken JSON (unterminated string from column {column})" if unterminated else \
        f"broken JSON ({msg}, column {column})"
    if unterminated or (e.msg.startswith("Expecting") and e.pos >= len(body.rstrip())):
        reason += ": the line ends before the record is complete"  # in the value of ``field`` when one is named
        if not field:
            try:
                whole = json.loads(body.rstrip() + "}")
            except json.JSONDecodeError:
                whole = None
            if isinstance(whole, dict) and whole:
                reason += f"; it is cut off after field {list(whole)[-1]!r}"
    rid = _JSON_ID.search(line)
    rid = (rid.group(1) if rid.group(1) is not None else rid.group(2)) if rid else None
    return ReadError(reason, lineno, field, rid)


def _io_reason(e: Exception, encoding: str) -> str:
    if isinstance(e, UnicodeDecodeError):
        return f"not {encoding} text ({e.reason} at byte {e.start} of a block)"
    if isinstance(e, EOFError):
        return "truncated compressed file (unexpected end of data)"
    return f"cannot read ({type(e).__name__}: {e})"


def read_json(src: Source, encoding: str) -> Iterator:
    """A JSON array of objects, decoded one item at a time, or a single object (news-please writes one per file)."""
    dec = json.JSONDecoder()
    buf, pos, line, item = "", 0, 1, 0
    with _text_stream(src, encoding) as fh:

        def more() -> bool:
            nonlocal buf, pos
            try:
                chunk = fh.read(1 << 20)
            except (UnicodeDecodeError, EOFError, OSError, zlib.error) as e:
                raise ReadError(_io_reason(e, encoding), line) from None
            if not chunk:
                return False
            buf = buf[pos:] + chunk
            pos = 0
            return True

        def skip_ws(chars=" \t\r\n\ufeff") -> bool:
            nonlocal pos, line
            while True:
                while pos < len(buf) and buf[pos] in chars:
                    if buf[pos] == "\n":
                        line += 1
                    pos += 1
                if pos < len(buf):
                    return True
                if not more():
                    return False

        try:
            if not skip_ws():
                yield 1, None, ReadError("empty JSON file", 1)
                return
            if buf[pos] == "{":
                single = True
            elif buf[pos] == "[":
                single = False
                pos += 1
            else:
                yield line, None, ReadError("not a JSON array or object", line)
                return
            while True:
                if not single:
                    if not skip_ws(" \t\r\n,"):
                        yield line, None, ReadError("truncated JSON array (no closing ']')", line)
                        return
                    if buf[pos] == "]":
                        return
                start_line = line
                while True:
                    try:
                        obj, end = dec.raw_decode(buf, pos)
                        break
                    except json.JSONDecodeError as e:
                        if not more():
                            yield start_line, None, ReadError(f"broken JSON ({e.msg})", start_line)
                            return
                line += buf.count("\n", pos, end)
                pos = end
                item += 1
                if isinstance(obj, dict):
                    yield start_line, flatten_record(obj), None
                else:
                    yield start_line, None, ReadError(f"item {item} is not a JSON object", start_line)
                if single:
                    if skip_ws():
                        yield line, None, ReadError("extra data after the JSON object", line)
                    return
        except ReadError as e:
            yield e.line, None, e


def read_csv(src: Source, encoding: str, *, delimiter: str | None = None) -> Iterator:
    """CSV/TSV with a header row; the delimiter is sniffed among ``, ; TAB |`` (from the header line) unless given.

    Yields ``(line, record, error)`` with the physical line where each record starts; each record (and
    each error) also carries its number after the header (``_record_no``, ``ReadError.record_no``: 1 for
    the first data row, blank lines not counted), which differs from ``line - 1`` once a quoted field
    has spanned several lines."""
    bad: dict[int, str] = {}
    lines = iter_lines(src, encoding, bad)
    try:
        first = next(lines, None)
    except ReadError as e:
        yield 1, None, e
        return
    if 1 in bad:  # the header itself cannot be read: nothing can be mapped
        yield 1, None, ReadError(bad[1], 1)
        return
    if first is None:
        return
    if delimiter is None:
        delimiter = sniff_delimiter(first, src.suffix_name)
    src.notes.append(f"delimiter {delimiter!r}")

    def chained():
        yield first
        yield from lines

    reader = csv.reader(chained(), delimiter=delimiter)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
        row_line = reader.line_num + 1
        n = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield row_line, None, ReadError(f"broken CSV ({e})", row_line, record_no=n + 1)
                return
            if row:
                n += 1  # a blank line (no delimiter at all) is no record, as in JSON Lines
            hit = [k for k in range(row_line, reader.line_num + 1) if k in bad]
            if hit:  # an undecodable line is one lost record (the reason names it), not the end of the file
                yield row_line, None, ReadError(bad[hit[0]], hit[0], record_no=n)
            elif not row:
                pass
            elif not any(c.strip() for c in row):
                yield row_line, None, ReadError("empty row (every field empty or blank)", row_line, record_no=n)
            elif len(row) != len(header):
                yield row_line, None, ReadError(f"{len(row)} fields where the header has {len(header)}", row_line,
                                                record_no=n)
            else:
                rec = dict(zip(header, row))
                rec["_record_no"] = n
                yield row_line, rec, None
            row_line = reader.line_num + 1
    except ReadError as e:
        yield e.line, None, e


def sniff_delimiter(header_line: str, name: str = "") -> str:
    """The delimiter of a CSV header line: TAB for ``.tsv``/``.tab``, else the one of ``, ; TAB |`` that csv.Sniffer finds (default ``,``)."""
    if name.lower().removesuffix(".gz").endswith((".tsv", ".tab")):
        return "\t"
    try:
        return csv.Sniffer().sniff(header_line, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def read_parquet(src: Source, encoding: str | None = None) -> Iterator:
    """Parquet, in record batches of 1,000 rows (pyarrow)."""
    import pyarrow.parquet as pq

    try:
        fh = src.open()
        pf = pq.ParquetFile(fh)
    except Exception as e:  # pyarrow raises its own error types
        yield None, None, ReadError(f"not a readable Parquet file ({e})")
        return
    row = 0
    try:
        for batch in pf.iter_batches(batch_size=1000):
            for rec in batch.to_pylist():
                row += 1
                yield row, rec, None
    except Exception as e:
        yield row + 1, None, ReadError(f"broken Parquet data ({e})", row + 1)
    finally:
        fh.close()


def read_excel(src: Source, encoding: str | None = None, *, sheet=0) -> Iterator:
    """An Excel workbook's first sheet (or ``sheet``: index or name), with pandas (openpyxl; ``.xls`` needs xlrd).

    The first row is the header; row ``n`` of the sheet is line ``n`` in the report. Cells keep their
    types (a date cell is a datetime, a number a number). Rows whose cells are all empty are
    reported as "empty row". The source's notes name the sheet read and the sheets not read.
    """
    import pandas as pd

    try:
        with src.open() as fh:
            data = io.BytesIO(fh.read())
        engine = "xlrd" if src.suffix_name.lower().endswith(".xls") else "openpyxl"
        book = pd.ExcelFile(data, engine=engine)
        names = list(book.sheet_names)
        if isinstance(sheet, int) and not 0 <= sheet < len(names) or isinstance(sheet, str) and sheet not in names:
            yield None, None, ReadError(f"no sheet {sheet!r} in the workbook (it has {names})")
            return
        name = names[sheet] if isinstance(sheet, int) else sheet
        df = pd.read_excel(book, sheet_name=name, dtype=object)
    except ImportError as e:
        yield None, None, ReadError(f"reading this Excel file needs an extra package ({e}); "
                                    "pip install xlrd for .xls, or save the sheet as .xlsx or CSV")
        return
    except Exception as e:  # openpyxl/xlrd raise many error types for broken workbooks
        yield None, None, ReadError(f"not a readable Excel workbook ({type(e).__name__}: {e})")
        return
    header = [str(c).strip() for c in df.columns]
    others = [n for n in names if n != name]
    src.notes.append(f"sheet {name!r}" + (f" (not read: {', '.join(map(repr, others))}; pass sheet=…)" if others else ""))
    for i, values in enumerate(df.itertuples(index=False, name=None)):
        row = i + 2
        rec = {h: (None if _is_na(v) else v) for h, v in zip(header, values)}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in rec.values()):
            yield row, None, ReadError("empty row (every field empty or blank)", row)
        else:
            yield row, rec, None


def _is_na(v) -> bool:
    try:
        return v is None or bool(v != v)  # NaN and NaT
    except (TypeError, ValueError):
        return False


def sample_rows(src: Source, fmt: str, encoding: str | None, delimiter: str | None, n: int = 50,
                sheet=0) -> tuple[list, list]:
    """Header and up to ``n`` records of a CSV/TSV or Excel source (for deciding whether it holds articles)."""
    src = Source(src.name, src.opener, src.suffix_name)  # its own notes: the real read writes them
    reader = read_excel(src, sheet=sheet) if fmt == "excel" else read_csv(src, encoding, delimiter=delimiter)
    rows, header = [], None
    try:
        for _, rec, err in reader:
            if rec is not None:
                header = header or list(rec)
                rows.append(rec)
            if len(rows) >= n:
                break
    finally:
        reader.close()
    return header or [], rows


def _decode_whole(src: Source, encoding: str) -> str:
    try:
        with src.open() as fh:
            raw = fh.read()
    except (EOFError, OSError, zlib.error) as e:
        raise ReadError(_io_reason(e, encoding)) from None
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as e:
        raise ReadError(f"not {encoding} text ({e.reason} at byte {e.start})") from None


def split_front_matter(page: str) -> tuple[dict | None, str, int]:
    """``(front matter dict or None, body, line number where the body starts)`` of a Markdown/text page.

    Raises ReadError when the front matter is not valid YAML or not a mapping.
    """
    import yaml

    if not (page.startswith("---\n") or page.startswith("---\r\n")):
        return None, page, 1
    lines = page.split("\n")
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r") in ("---", "..."):
            try:
                meta = yaml.safe_load("\n".join(lines[1:i]))
            except yaml.YAMLError as e:
                raise ReadError(f"broken YAML front matter ({str(e).splitlines()[0]})", 1, "front matter") from None
            if meta is None:
                meta = {}
            if not isinstance(meta, dict):
                raise ReadError("YAML front matter is not a mapping", 1, "front matter")
            return meta, "\n".join(lines[i + 1:]), i + 2
    raise ReadError("YAML front matter has no closing '---'", 1, "front matter")


def split_front_matter_peek(head: bytes, encoding: str) -> bool:
    """Whether a page's first bytes open a YAML front matter block (``---`` on the first line)."""
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff")
    return text.startswith("---\n") or text.startswith("---\r\n")


def read_page(src: Source, encoding: str, *, fmt: str) -> Iterator:
    """``txt`` or ``md``: one article per file, optional YAML front matter.

    Without front matter, a ``.txt`` file's first line is its title and the
    page furniture of the rest (reading time, share widgets, header and footer
    zones) is removed by :func:`newsanalysis.clean.strip_furniture`; the loader
    then cleans the text by :func:`newsanalysis.clean.clean_text`, as it does
    the text of every other record. A ``.md`` file without front matter is
    documentation, not an article (the loader lists it as excluded).
    """
    try:
        page = _decode_whole(src, encoding)
        meta, body, start = split_front_matter(page.replace("\r\n", "\n").replace("\r", "\n"))
    except ReadError as e:
        yield e.line, None, e
        return
    if meta is None and fmt == "md":
        yield None, None, ReadError("Markdown without YAML front matter (documentation, not an article)", None, "front matter")
        return
    rec = {str(k): (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in (meta or {}).items()}
    rec.setdefault("id", src.stem)
    if meta is None or "title" not in rec:
        from . import clean

        lines = body.split("\n")
        keep, removed, found = clean.strip_furniture(lines, has_title=meta is None)
        if meta is None:
            title = lines[found["title_index"]].strip() if found["title_index"] is not None else None
            if title is not None and (not looks_like_title(title) or not any(lines[i].strip() for i in keep)):
                # a lead sentence or the page's only paragraph is text, not a title: keep it in the body
                keep = sorted(keep + [found["title_index"]])
                title = None
            elif title is not None:
                rec["_title_line"] = title  # given back to the text when a metadata table gives the title
            rec["title"] = title
            rec.setdefault("author", found["author"])
            rec.setdefault("outlet", found["publisher"])
            rec["_guessed"] = ["title", "author", "outlet"]  # from the page's layout: a metadata table may replace them
        body_lines: list[str] = []
        prev = None
        for i in keep:
            if prev is not None and any(not lines[j].strip() for j in range(prev + 1, i)):
                body_lines.append("")
            body_lines.append(lines[i].strip())
            prev = i
        rec["text"] = "\n".join(body_lines)
        rec["_removed"] = [(lines[i].strip(), r) for i, r in sorted(removed.items())]
    else:
        rec["text"] = body
    yield start if meta is not None else None, rec, None


#: A plain-text page's first line longer than this (characters) is a paragraph, not a title.
MAX_TITLE_CHARS = 200


def looks_like_title(line: str) -> bool:
    """Whether a plain-text page's first line can be its title.

    Not when it is longer than :data:`MAX_TITLE_CHARS`, ends in ``:``, ``;`` or ``,`` (it introduces
    what follows: "The letter said, in part:"), or is a full sentence of more than 20 words ending in
    ``.`` (a lead paragraph). Such a line stays in the text, so an export of bare article texts
    loses no sentence to a guessed title.
    """
    line = line.strip()
    if len(line) > MAX_TITLE_CHARS or line.endswith((":", ";", ",")):
        return False
    return not (line.endswith(".") and len(line.split()) > 20)


def read_html(src: Source, encoding: str) -> Iterator:
    """An HTML page, extracted with trafilatura (Barbaresi 2021): body, title, author, date, url, site name.

    Without a site name or URL, the outlet may come from the ``<title>``'s suffix
    (:func:`title_suffix_outlet`); a header line crediting an agency (:func:`page_credit`) is kept for the
    loader's ``dateline``."""
    try:
        page = _decode_whole(src, encoding)
    except ReadError as e:
        yield None, None, e
        return
    rec = extract_html(page)
    if rec is None:
        yield None, None, ReadError("trafilatura found no article text in the page", None, "text")
        return
    rec.setdefault("id", src.stem)
    yield None, rec, None


#: Fewer words than this in what trafilatura extracts is page chrome (a menu, a cookie notice), not an article.
MIN_HTML_WORDS = 10


def extract_html(page: str, url: str | None = None) -> dict | None:
    """Article fields of an HTML page by trafilatura: ``text, title, author, date, url, outlet, language``.

    ``None`` when no body of at least :data:`MIN_HTML_WORDS` words is found.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None:
        return None
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = d.get("text")
    if not text or len(text.split()) < MIN_HTML_WORDS:
        return None
    text = _paragraphs(d.get("body"), text)
    date = meta_date(page, d.get("date"))
    declared = page_language(page)
    tree = _tree(page)
    sitename = d.get("sitename")
    title_note = None
    if sitename and tree is not None and site_name_from_title(sitename, tree, d.get("title")):
        # session 16: trafilatura falls back to a part of the <title> when a page has no site-name metadata
        # ("Ukrainekrieg: Soldat in ukrainischer ... | Nachrichten" gave the headline as the outlet, reported as
        # "site name (page metadata)"); such a name goes through the title-suffix rule's confirmation instead
        title_note = (f"trafilatura's site name {sitename!r} is the page's <title> or a part of it, not page "
                      "metadata (og:site_name, application-name, publisher): not used as the outlet")
        sitename = None
    outlet = sitename or d.get("hostname")
    outlet_from = ("site name (page metadata)" if sitename else "URL host") if outlet else None
    suffix_note = None
    if not outlet and tree is not None:
        # trial s15: a saved page without a site-name meta tag lost its outlet although its <title> ended in
        # " - Mannheimer Morgen"; the suffix is used only when something else on the page confirms it
        outlet, outlet_from, suffix_note = title_suffix_outlet(tree)
    if title_note and not outlet:
        suffix_note = title_note + (f"; {suffix_note}" if suffix_note else "")
    rec = {
        "text": text, "title": d.get("title"), "author": d.get("author"), "date": date,
        "url": d.get("url") or url, "outlet": outlet,
        "language": declared or d.get("language"),
    }
    if outlet_from:
        rec["_outlet_from"] = outlet_from
        if outlet_from.startswith("<title>"):
            rec["_guessed"] = ["outlet"]  # inferred from the title: a metadata table's outlet replaces it
    if suffix_note:
        rec["_outlet_note"] = suffix_note
    credit = page_credit(tree) if tree is not None else None
    if credit:
        rec["_page_credit"] = credit  # "19.06.2024 · 08:00 Uhr · dpa": the header line trafilatura leaves out
    if declared:
        rec["_language_from_page"] = True  # a site template's declaration: the loader checks it against the text
    return rec


def _tree(page: str):
    import lxml.html

    try:
        return lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return None


#: Separators between a page title's headline and its site name: "Headline - Site", "Headline | Site"; a space
#: on both sides, so a hyphenated word ("Nord-Korea") or a range ("2023-2024") never splits a title.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-|–—·•»]|::)\s+")
#: A site name: at most 40 characters and 5 words, letters first, no sentence punctuation (a domain's dots allowed).
_SITE_NAME = re.compile(r"^(?=.{2,40}$)(?!(?:\S+\s+){5})[^\W\d_][\w&'’+.\- ]*$")


def _name_key(s) -> str:
    """A name as compared with page metadata: case-folded, spacing collapsed, a leading "@" (Twitter handle) dropped."""
    return re.sub(r"\s+", " ", str(s)).strip().lstrip("@").strip().casefold()


def page_site_names(tree) -> set[str]:
    """The site and publisher names a page's metadata declares, as :func:`_name_key` keys.

    The ``<meta>`` tags of ``resources/loading/site_name_meta.txt`` (``og:site_name``, ``application-name``,
    ``twitter:site``, ``publisher``, …) and, in JSON-LD, the ``publisher`` and the names of ``Organization``,
    ``NewsMediaOrganization`` and ``WebSite`` items (not ``WebPage``: its name is usually the page title).
    """
    from ._tables import read_word_list

    keys = {k.lower() for k in read_word_list("loading", "site_name_meta.txt")}
    out: set[str] = set()
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        val = (el.get("content") or "").strip()
        if val and key in keys:
            out.add(_name_key(val))

    def names(obj):
        if isinstance(obj, str):
            out.add(_name_key(obj))
        elif isinstance(obj, dict):
            for k in ("name", "legalName", "alternateName"):
                v = obj.get(k)
                for x in (v if isinstance(v, list) else [v]):
                    if isinstance(x, str) and x.strip():
                        out.add(_name_key(x))

    def walk(obj):
        if isinstance(obj, list):
            for x in obj:
                walk(x)
        elif isinstance(obj, dict):
            if "publisher" in obj:
                pub = obj["publisher"]
                for x in (pub if isinstance(pub, list) else [pub]):
                    names(x)
            types = obj.get("@type")
            types = [t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)]
            if any(t in ("organization", "newsmediaorganization", "website") for t in types):
                names(obj)
            for v in obj.values():
                if isinstance(v, (list, dict)):
                    walk(v)

    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() == "application/ld+json" and el.text:
            try:
                walk(json.loads(el.text))
            except ValueError:
                continue
    out.discard("")
    return out


def site_name_from_title(sitename: str, tree, headline: str | None = None) -> bool:
    """Whether trafilatura's ``sitename`` was only taken from the page's ``<title>``: it is the title, a part of
    it or the page's headline, and no site-name metadata (:func:`page_site_names`) declares it.

    trafilatura fills its site name from the ``<title>`` when the page has no ``og:site_name`` or publisher
    metadata: with "Ukrainekrieg: Soldat in ukrainischer ... | Nachrichten" it returns the headline part
    (it contains a dot). Such a name is no evidence of the outlet (session 16).
    """
    key = _name_key(sitename)
    if not key:
        return False
    title = _name_key(tree.findtext(".//title") or "")
    from_title = bool(title) and key in title
    if headline and _name_key(headline) == key:
        from_title = True
    return from_title and key not in page_site_names(tree)


def title_suffix_outlet(tree) -> tuple[str | None, str | None, str | None]:
    """The site name a page's ``<title>`` ends in ("Headline - Politik - Mannheimer Morgen"), when the page confirms it.

    The suffix is the part after the title's last separator (`` - ``, `` | ``, `` – ``, `` — ``,
    `` · ``, `` • ``, `` » ``, `` :: ``, each with a space on both sides) and must look like a name
    (:data:`_SITE_NAME`: 2–40 characters, at most 5 words, a letter first, no sentence punctuation). It
    is used only when one of these confirms it: (1) it is an outlet of ``resources/outlets.csv``
    (:func:`newsanalysis.compare.match_outlets`: case-folded, letters and digits only, aliases; the table's
    name is used, so a class's copy groups with the corpus's articles of that outlet); (2) the page has a copyright line naming it
    ("© Mannheimer Morgen 2024", "Copyright 2024 …"). A page with a URL (canonical link, ``og:url``)
    never gets here: trafilatura's site name or the URL's host is its outlet.

    Returns ``(outlet, field, note)``: the outlet (or ``None``), what gave it (``"<title> suffix
    (resources/outlets.csv)"`` or ``"<title> suffix (© line)"``) and, when a name-like suffix was
    found but not confirmed, a note saying so.
    """
    raw = tree.findtext(".//title")
    if not raw:
        return None, None, None
    title = re.sub(r"\s+", " ", raw).strip()
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return None, None, None
    suffix = parts[-1].strip()
    if not _SITE_NAME.match(suffix):
        return None, None, None
    from .compare import match_outlets  # the outlet table's matching, as compare() groups outlets

    known = match_outlets([suffix]).iloc[0]
    if isinstance(known, str):
        return known, "<title> suffix (resources/outlets.csv)", None
    if _generic_key(suffix) in _generic_title_words():
        # session 16: "… | Nachrichten" names the kind of page, not the site
        return None, None, (f"the page title ends in {suffix!r}, a generic word for a section or kind of page "
                            "(resources/loading/generic_title_words.txt), not a site name: no outlet")
    body_text = " ".join(tree.xpath("//body//text()"))
    if re.search(r"(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*)?" + re.escape(suffix) + r"(?!\w)", body_text, re.I):
        return suffix, "<title> suffix (© line)", None
    return None, None, (f"the page title ends in {suffix!r}, which may be its site name; not used, because it is "
                        "no outlet of resources/outlets.csv and no © line of the page names it")


def _generic_key(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.casefold())


@lru_cache(maxsize=1)
def _generic_title_words() -> frozenset[str]:
    """``resources/loading/generic_title_words.txt`` as :func:`_generic_key` keys ("Nachrichten", "News", …)."""
    from ._tables import read_word_list

    return frozenset(_generic_key(w) for w in read_word_list("loading", "generic_title_words.txt"))


#: A header or byline line crediting a news agency: a date or time, then the agency after a separator
#: ("19.06.2024 · 08:00 Uhr · dpa", "19.06.2024, 10:15 | Reuters"), or "Quelle: dpa", or the agency in parentheses
#: alone ("(dpa)"). A photo credit ("Foto: picture alliance / dpa", "© …") is no credit for the story.
_CREDIT_LINE = (
    r"^(?!(?:Foto|Bild|Photo|Image|Picture|©))"  # not a photo credit
    r"(?:(?=[^\n]*(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{1,2}}:\d{{2}}|\d{{4}}-\d{{2}}-\d{{2}}))"  # a date or time
    r"[^\n]{{0,80}}?\s[·|•/–—]\s*"  # … then a separator
    r"|(?:Quelle|Source|Credit)s?:\s*|\()"  # or "Quelle:", or "("
    r"(?P<agency>{names})(?:\s*/\s*[\w-]+)*\)?\s*$"  # the agency (and partners: "dpa/AFP") ends the line
)


def page_credit(tree) -> str | None:
    """The first short line of the page (at most 100 characters, outside ``<nav>``, ``<footer>``, ``<aside>``)
    that credits a news agency in a dateline or byline pattern (:data:`_CREDIT_LINE`; the agencies and their
    spellings of ``resources/sources_media.csv``), e.g. ``"19.06.2024 · 08:00 Uhr · dpa"``; else ``None``."""
    pat = _credit_line_pattern()
    for el in tree.iter("div", "p", "span", "time", "small", "header", "li", "address"):
        if any(a.tag in ("nav", "footer", "aside") for a in el.iterancestors()):
            continue
        line = re.sub(r"\s+", " ", el.text_content() or "").strip()
        if 2 <= len(line) <= 100 and pat.search(line):
            return line
    return None


def _credit_line_pattern() -> re.Pattern:
    global _CREDIT_RE
    if _CREDIT_RE is None:
        from .dedup import media_table

        t = media_table()
        names = sorted({a.strip() for name, kind, aliases in zip(t["name"], t["kind"], t["aliases"]) if kind == "agency"
                        for a in [name] + aliases.split("|") if a.strip()}, key=len, reverse=True)
        _CREDIT_RE = re.compile(_CREDIT_LINE.format(names="|".join(re.escape(n) for n in names)))
    return _CREDIT_RE


_CREDIT_RE: re.Pattern | None = None


def _paragraphs(body, text: str) -> str:
    """trafilatura's text with a blank line between the page's blocks (paragraphs, headings, lists, quotes).

    trafilatura ends every block with a single line break; the article text of JSON, CSV and plain-text
    sources separates paragraphs by a blank line, and the cleaning rules that work on paragraphs (a teaser
    repeated in the body, repeated paragraphs) look for blank lines. So the same article saved as an HTML page
    and exported as JSON Lines gives the same text (trial s14). A line break inside a block (``<br>``, list
    items) stays single. Falls back to ``text`` when the blocks do not give it back line for line.
    """
    try:
        import copy

        from lxml import etree
        from trafilatura.xml import xmltotxt

        parts = []
        for el in body if body is not None else ():
            wrap = etree.Element("body")
            child = copy.deepcopy(el)
            child.tail = None
            wrap.append(child)
            part = xmltotxt(wrap, include_formatting=False).strip()
            if part:
                parts.append(part)
    except Exception:  # another trafilatura version: keep its text as it is
        return text
    if parts and "\n".join(parts) == text.strip():
        return "\n\n".join(parts)
    return text


def page_language(page: str) -> str | None:
    """The language a page declares: ``<html lang="de">`` (or ``xml:lang``), else ``<meta
    http-equiv="content-language" content="de">``; ``None`` when it declares none or several ("de, en")."""
    m = re.search(r"<html\b[^>]*?\s(?:xml:)?lang\s*=\s*[\"']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)", page[:5000], re.I)
    if not m:
        m = re.search(r"<meta\b(?=[^>]*http-equiv\s*=\s*[\"']?content-language)[^>]*\scontent\s*=\s*[\"']?\s*"
                      r"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\s*[\"'>]", page[:20000], re.I)
    return m.group(1) if m else None


def meta_date(page: str, day: str | None) -> str | None:
    """The page's publication time with its UTC offset from a ``<meta>`` tag, else trafilatura's ``day``.

    trafilatura (htmldate) gives only the calendar day in the page's own zone: "2024-07-28" for
    ``2024-07-28T08:00:00+09:00``, which is 27 July in UTC. The tags of
    ``resources/loading/html_date_meta.txt`` are tried in order; a value is used when it has a time
    and falls on ``day`` (or trafilatura found none).
    """
    import lxml.html

    from ._tables import read_word_list

    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return day
    found = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        val = (el.get("content") or "").strip()
        if key and val:
            found.setdefault(key, val)
    for el in tree.iter("time"):
        if (el.get("itemprop") or "").lower() == "datepublished" and el.get("datetime"):
            found.setdefault("datepublished", el.get("datetime").strip())
    for key in read_word_list("loading", "html_date_meta.txt"):
        val = found.get(key.lower())
        if val and re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}", val) and (day is None or val.startswith(str(day)[:10])):
            return val
    return day


def zip_sources(src: Source) -> Iterator[Source]:
    """Members of a zip archive as sources, read in place (never extracted); directories and hidden members skipped."""
    fh = src.open()
    try:
        zf = zipfile.ZipFile(fh)
    except zipfile.BadZipFile as e:
        fh.close()
        raise ReadError(f"broken zip archive ({e})") from None
    for info in sorted(zf.infolist(), key=lambda i: i.filename):
        name = info.filename
        if info.is_dir() or any(p.startswith((".", "__MACOSX")) and p not in (".", "..")
                                for p in PurePosixPath(name).parts):
            continue
        yield Source(name=f"{src.name}!{name}", opener=lambda n=name: zf.open(n), suffix_name=name)
