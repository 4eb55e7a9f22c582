"""Load a corpus of news articles into one validated table, with a load report.

Formats read (by file extension):

* ``.jsonl`` — JSON Lines, one article per line, with the fields of
  ``../shared/corpus/real/*.jsonl``: ``id, outlet, url, date, language,
  title, author, text`` (others are ignored). Only ``text`` is required.
* ``.txt`` — one article per file: first line the title, then the page as
  scraped. Site furniture (reading time, byline, share and comment widgets,
  captions, self-description, copyright) is recognised by the general rules
  of :mod:`newsanalysis.clean`; the byline gives ``author``, the copyright
  holder gives ``outlet``.

Every record read is either loaded or listed with its reason in the load
report (``df.attrs["load_report"]``, a plain dict; :func:`load_report` turns
its parts into tables).
"""
from __future__ import annotations

import fnmatch
import html
import json
import unicodedata
from pathlib import Path
from typing import Iterable, Literal

import pandas as pd

from . import clean
from ._tables import corpus_fingerprint

ARTICLE_COLUMNS = [
    "article_id", "outlet", "url", "published", "language", "title", "author", "text", "source_path",
]
SUPPORTED_EXTENSIONS = (".jsonl", ".txt")
#: File-name patterns skipped when walking a folder (listed in the report, never silently).
DEFAULT_EXCLUDE = ("*_general.jsonl", "README*", "SOURCES*", "LICENSE*", "*.csv", "*.md")


class CorpusError(ValueError):
    """A record or file that cannot be loaded; names the file, line and field."""

    def __init__(self, path: str, line: int | None, field: str | None, reason: str):
        self.path, self.line, self.field, self.reason = path, line, field, reason
        where = path + (f", line {line}" if line is not None else "")
        what = f" field {field!r}:" if field else ""
        super().__init__(f"{where}:{what} {reason}")


def _files(paths, exclude: tuple[str, ...], report: dict) -> list[Path]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if any(fnmatch.fnmatch(f.name, pat) for pat in exclude):
                    report["excluded_files"].append({"path": str(f), "reason": "excluded by pattern"})
                elif f.suffix.lower() not in SUPPORTED_EXTENSIONS:
                    report["excluded_files"].append({"path": str(f), "reason": f"unsupported format {f.suffix!r}"})
                else:
                    out.append(f)
        elif p.is_file():
            if p.suffix.lower() not in SUPPORTED_EXTENSIONS:
                raise CorpusError(str(p), None, None, f"unsupported format {p.suffix!r}; supported: {SUPPORTED_EXTENSIONS}")
            out.append(p)
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    return out


def _normalise(s):
    if not isinstance(s, str):
        return s
    if "&" in s:
        s = html.unescape(s)
    return unicodedata.normalize("NFC", s)


def _read_jsonl(path: Path):
    with path.open("r", encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield lineno, None, CorpusError(str(path), lineno, None, f"broken JSON ({e.msg} at column {e.colno})")
                continue
            if not isinstance(rec, dict):
                yield lineno, None, CorpusError(str(path), lineno, None, "record is not a JSON object")
                continue
            yield lineno, rec, None


def _read_txt(path: Path):
    raw = path.read_bytes()
    try:
        page = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        yield None, None, CorpusError(str(path), None, None, f"not UTF-8 text ({e.reason} at byte {e.start})")
        return
    lines = page.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    keep, removed, found = clean.strip_furniture(lines, has_title=True)
    title = lines[found["title_index"]].strip() if found["title_index"] is not None else None
    body_lines: list[str] = []
    prev = None
    for i in keep:
        if prev is not None and any(not lines[j].strip() for j in range(prev + 1, i)):
            body_lines.append("")
        body_lines.append(lines[i].strip())
        prev = i
    rec = {
        "id": path.stem,
        "title": title,
        "author": found["author"],
        "outlet": found["publisher"],
        "text": "\n".join(body_lines),
        "_removed": [(lines[i].strip(), r) for i, r in sorted(removed.items())],
    }
    yield None, rec, None


def load_corpus(
    paths: str | Path | Iterable[str | Path],
    *,
    errors: Literal["raise", "skip"] = "raise",
    exclude: Iterable[str] = DEFAULT_EXCLUDE,
) -> pd.DataFrame:
    """Load articles from files and folders into one table.

    Parameters
    ----------
    paths : path or list of paths
        Files (``.jsonl``, ``.txt``) or folders, read recursively in sorted
        order. A file named explicitly must have a supported extension.
    errors : {"raise", "skip"}
        ``"raise"`` (default) raises :class:`CorpusError` at the first bad
        record; ``"skip"`` lists it in the load report and goes on.
    exclude : iterable of glob patterns
        File names skipped when walking folders (default
        :data:`DEFAULT_EXCLUDE`: the shared corpus's off-topic
        ``*_general.jsonl`` files, READMEs and other documentation).
        Each excluded file is listed in the report.

    Returns
    -------
    DataFrame
        One row per article: ``article_id`` (str, unique), ``outlet``,
        ``url``, ``published`` (datetime64[ns, UTC], NaT when unknown or
        unparseable), ``language`` (ISO 639-1, declared or identified with
        py3langid), ``title``, ``author``, ``text`` (the article body, HTML
        entities decoded, Unicode NFC, furniture removed), ``source_path``,
        ``language_source`` ("declared" or "identified"), ``removed_lines``
        (int, furniture lines removed). ``df.attrs["load_report"]`` is a dict
        with ``records_read``, ``records_loaded``, ``records_skipped``,
        ``skipped`` (list of dicts: ``source_path, line, record, field,
        reason``), ``excluded_files``, ``removed`` (``article_id, line,
        reason``), ``notes`` and ``fingerprint``; ``records_read ==
        records_loaded + records_skipped`` always holds.

    Raises
    ------
    CorpusError
        (a ``ValueError``) with ``errors="raise"``: broken JSON, a record
        that is not an object, a missing or empty ``text``, a duplicate
        ``id``, an unsupported or undecodable file; the message names the
        file, the line and the field.
    FileNotFoundError
        If a path does not exist.
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', got {errors!r}")
    report: dict = {
        "records_read": 0, "records_loaded": 0, "records_skipped": 0,
        "skipped": [], "excluded_files": [], "removed": [], "notes": [], "files": [],
    }
    files = _files(paths, tuple(exclude), report)
    rows: list[dict] = []
    seen: dict[str, str] = {}

    def skip(err: CorpusError, record_id=None):
        if errors == "raise":
            raise err
        report["records_skipped"] += 1
        report["skipped"].append({
            "source_path": err.path, "line": err.line, "record": record_id, "field": err.field, "reason": err.reason,
        })

    for f in files:
        n_before = len(rows)
        reader = _read_jsonl(f) if f.suffix.lower() == ".jsonl" else _read_txt(f)
        n_read = 0
        for lineno, rec, err in reader:
            report["records_read"] += 1
            n_read += 1
            if err is not None:
                skip(err)
                continue
            rid = rec.get("id")
            rid = str(rid) if rid not in (None, "") else f"{f.stem}-{lineno or 1}"
            text = rec.get("text")
            if "text" not in rec or text is None:
                skip(CorpusError(str(f), lineno, "text", "missing"), rid)
                continue
            if not isinstance(text, str):
                skip(CorpusError(str(f), lineno, "text", f"not a string ({type(text).__name__})"), rid)
                continue
            text = _normalise(text).strip()
            if not text:
                skip(CorpusError(str(f), lineno, "text", "empty"), rid)
                continue
            if rid in seen:
                skip(CorpusError(str(f), lineno, "id", f"duplicate id {rid!r} (first in {seen[rid]})"), rid)
                continue
            seen[rid] = f"{f}" + (f", line {lineno}" if lineno else "")
            for line, reason in rec.get("_removed", []):
                report["removed"].append({"article_id": rid, "line": line, "reason": reason})
            rows.append({
                "article_id": rid,
                "outlet": _normalise(rec.get("outlet")) or None,
                "url": rec.get("url") or None,
                "published": rec.get("date", rec.get("published")),
                "language": (rec.get("language") or None),
                "title": _normalise(rec.get("title")) or None,
                "author": _normalise(rec.get("author")) or None,
                "text": text,
                "source_path": str(f),
                "removed_lines": len(rec.get("_removed", [])),
            })
        report["files"].append({"path": str(f), "records": n_read, "loaded": len(rows) - n_before})

    df = pd.DataFrame(rows, columns=ARTICLE_COLUMNS + ["removed_lines"])
    df = _clean_columns(df, report)
    df = _remove_repeated_lines(df, report)
    report["records_loaded"] = len(df)
    assert report["records_read"] == report["records_loaded"] + report["records_skipped"]
    report["fingerprint"] = corpus_fingerprint(df) if len(df) else None
    df.attrs["load_report"] = report
    return df


def _parse_date(value, aid: str, report: dict):
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return pd.NaT
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError) as e:
        report["notes"].append({"article_id": aid, "field": "date", "note": f"unparseable date {value!r}: {e}"})
        return pd.NaT
    if ts.tzinfo is None:
        report["notes"].append({"article_id": aid, "field": "date", "note": f"date {value!r} has no time zone; read as UTC"})
        ts = ts.tz_localize("UTC")
    return ts.tz_convert("UTC")


def _clean_columns(df: pd.DataFrame, report: dict) -> pd.DataFrame:
    df = df.copy()
    stamps = [_parse_date(v, a, report) for v, a in zip(df["published"], df["article_id"])]
    df["published"] = pd.to_datetime(pd.Series(stamps, index=df.index, dtype="object"), utc=True)
    langs, sources = [], []
    for aid, lang, text in zip(df["article_id"], df["language"], df["text"]):
        if isinstance(lang, str) and lang.strip():
            langs.append(lang.strip().lower()[:2])
            sources.append("declared")
        else:
            langs.append(identify_language(text))
            sources.append("identified")
    df["language"] = langs
    df["language_source"] = sources
    return df


def identify_language(text: str) -> str:
    """ISO 639-1 code of ``text`` by py3langid (Lui & Baldwin 2012), from its first 2,000 characters."""
    import py3langid

    lang, _ = py3langid.classify(text[:2000])
    return lang


def _remove_repeated_lines(df: pd.DataFrame, report: dict) -> pd.DataFrame:
    """Rule 4 of :mod:`newsanalysis.clean`: drop lines repeated across one outlet's articles."""
    if df.empty:
        return df
    texts = df["text"].tolist()
    counts = df["removed_lines"].tolist()
    for outlet, idx in df.groupby(df["outlet"].fillna(""), sort=False).indices.items():
        if not outlet:
            continue
        rep = clean.repeated_lines([texts[i] for i in idx])
        if not rep:
            continue
        for i in idx:
            kept = []
            for line in texts[i].split("\n"):
                if line.strip() in rep:
                    report["removed"].append({"article_id": df["article_id"].iat[i], "line": line.strip(),
                                              "reason": "line repeated across the outlet's articles"})
                    counts[i] += 1
                else:
                    kept.append(line)
            texts[i] = "\n".join(kept).strip()
    out = df.copy()
    out["text"] = texts
    out["removed_lines"] = counts
    return out


def load_report(articles: pd.DataFrame, part: Literal["files", "skipped", "excluded_files", "removed", "notes"] = "skipped") -> pd.DataFrame:
    """One part of the load report of a table made by :func:`load_corpus`, as a DataFrame.

    ``files``: ``path, records, loaded``; ``skipped``: ``source_path, line,
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
        "files": ["path", "records", "loaded"],
        "skipped": ["source_path", "line", "record", "field", "reason"],
        "excluded_files": ["path", "reason"],
        "removed": ["article_id", "line", "reason"],
        "notes": ["article_id", "field", "note"],
    }
    if part not in cols:
        raise KeyError(f"unknown part {part!r}; choose from {list(cols)}")
    return pd.DataFrame(rep.get(part, []), columns=cols[part])
