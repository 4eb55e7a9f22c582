"""Hydrate a corpus from a manifest: download each URL and extract the article with trafilatura.

The only module of the library that uses the network, and only when called.
Polite by default: one request per host at a time with at least ``delay``
seconds between requests to the same host, a descriptive User-Agent,
retries with exponential back-off on time-outs, connection errors, HTTP 429
and 5xx (``Retry-After`` honoured up to 60 s), none on other 4xx. Raw pages
are cached (``cache_dir``), and a second run resumes: articles already in
``out_dir/articles.jsonl`` are not fetched again.

Output, in ``out_dir``: ``articles.jsonl`` (readable by
:func:`newsanalysis.load_corpus`; fields ``id, outlet, url, date, language,
title, author, text``) and ``fetch_report.csv`` (the returned report).
"""
from __future__ import annotations

import hashlib
import json
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd

from . import __version__
from ._tables import require_columns
from .readers import ReadError, extract_html, sniff_encoding

MANIFEST_COLUMNS = ["id", "url", "outlet", "published", "language"]
REPORT_COLUMNS = ["id", "url", "status", "http_status", "attempts", "error", "chars"]
USER_AGENT = f"newsanalysis/{__version__} (research corpus hydration; polite crawler)"
# the clock and the pause, as module attributes so that a test can run them on a fake clock
_now = time.monotonic
_sleep = time.sleep


def read_manifest(manifest: str | Path | pd.DataFrame) -> pd.DataFrame:
    """A manifest as a table: CSV path or DataFrame with ``id, url`` (``outlet, published, language`` optional).

    Raises
    ------
    ValueError
        On a missing column, an empty or duplicated ``id`` or a ``url`` that
        is not http(s) (naming the row).
    """
    df = pd.read_csv(manifest, dtype=str, keep_default_na=False) if not isinstance(manifest, pd.DataFrame) else manifest.copy()
    require_columns(df, ["id", "url"], what="manifest")
    for col in MANIFEST_COLUMNS:
        if col not in df.columns:
            df[col] = ""
    for i, (rid, url) in enumerate(zip(df["id"], df["url"]), start=2):
        if not str(rid).strip():
            raise ValueError(f"manifest row {i}: field 'id' is empty")
        if urlsplit(str(url)).scheme not in ("http", "https"):
            raise ValueError(f"manifest row {i} (id {rid!r}): field 'url' is not an http(s) URL: {url!r}")
    dup = df["id"].duplicated()
    if dup.any():
        raise ValueError(f"manifest: id {df.loc[dup, 'id'].iloc[0]!r} occurs more than once")
    return df


def fetch_corpus(
    manifest: str | Path | pd.DataFrame,
    out_dir: str | Path,
    *,
    delay: float = 1.0,
    retries: int = 3,
    cache_dir: str | Path | None = None,
    resume: bool = True,
    timeout: float = 20,
    user_agent: str = USER_AGENT,
) -> pd.DataFrame:
    """Download and extract every article of a manifest.

    Parameters
    ----------
    manifest : path or DataFrame
        CSV (or table) with ``id, url`` and optionally ``outlet, published,
        language`` (copied into the output records), e.g.
        ``corpus/manifest_real.csv``.
    out_dir : path
        Output folder (created): ``articles.jsonl`` and ``fetch_report.csv``.
    delay : float
        Minimum seconds between two requests to the same host (default 1).
    retries : int
        Further attempts after a failed one that may succeed later (time-out,
        connection error, HTTP 429 or 5xx); back-off ``delay * 2**attempt``.
    cache_dir : path, optional
        Where raw pages are kept (default ``out_dir/cache``); a cached page
        is never downloaded again.
    resume : bool
        Skip ids already in ``out_dir/articles.jsonl`` (default True); with
        False the file is rewritten.
    timeout : float
        Seconds per request.
    user_agent : str
        The User-Agent header.

    Returns
    -------
    DataFrame
        One row per manifest row, in manifest order: ``id, url, status``
        ("fetched", "cached", "already done", "failed"), ``http_status``
        (Int64, NA without a response), ``attempts`` (int), ``error`` (NA
        unless failed), ``chars`` (Int64, length of the extracted text).
        ``attrs`` hold ``version`` and the counts per status.

    Raises
    ------
    ValueError
        On a malformed manifest (see :func:`read_manifest`) or a negative
        ``delay``/``retries``.
    """
    if delay < 0 or retries < 0:
        raise ValueError("delay and retries must be >= 0")
    rows = read_manifest(manifest)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    cache = Path(cache_dir) if cache_dir is not None else out / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    target = out / "articles.jsonl"
    done: set[str] = set()
    if resume and target.exists():
        with target.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    done.add(str(json.loads(line)["id"]))
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut by an interrupted run: that article is fetched again
    last_request: dict[str, float] = {}
    report = []
    with target.open("a" if resume else "w", encoding="utf-8") as sink:
        for rec in rows.to_dict("records"):
            rid, url = str(rec["id"]), str(rec["url"])
            if rid in done:
                report.append({"id": rid, "url": url, "status": "already done", "http_status": pd.NA, "attempts": 0,
                               "error": pd.NA, "chars": pd.NA})
                continue
            page, status, http_status, attempts, error = _get(url, cache, last_request, delay=delay, retries=retries,
                                                              timeout=timeout, user_agent=user_agent)
            art = None
            if page is not None:
                art = extract_html(page, url=url)
                if art is None:
                    status, error = "failed", "no article text extracted"
            if art is None:
                report.append({"id": rid, "url": url, "status": "failed", "http_status": http_status,
                               "attempts": attempts, "error": error, "chars": pd.NA})
                continue
            record = {
                "id": rid, "outlet": rec.get("outlet") or art.get("outlet"), "url": url,
                "date": rec.get("published") or art.get("date"), "language": rec.get("language") or art.get("language"),
                "title": art.get("title"), "author": art.get("author"), "text": art["text"],
            }
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            sink.flush()
            done.add(rid)
            report.append({"id": rid, "url": url, "status": status, "http_status": http_status, "attempts": attempts,
                           "error": pd.NA, "chars": len(art["text"])})
    df = pd.DataFrame(report, columns=REPORT_COLUMNS)
    df["http_status"] = df["http_status"].astype("Int64")
    df["attempts"] = df["attempts"].astype("int64")
    df["chars"] = df["chars"].astype("Int64")
    df.to_csv(out / "fetch_report.csv", index=False)
    df.attrs["version"] = __version__
    df.attrs["counts"] = df["status"].value_counts().to_dict()
    return df


def _cache_path(cache: Path, url: str) -> Path:
    return cache / (hashlib.sha256(url.encode("utf-8")).hexdigest()[:32] + ".html")


def _get(url, cache, last_request, *, delay, retries, timeout, user_agent):
    """``(page text or None, status, http_status, attempts, error)`` for one URL, from the cache or the web."""
    cached = _cache_path(cache, url)
    if cached.exists():
        return _decode(cached.read_bytes(), None), "cached", pd.NA, 0, None
    host = urlsplit(url).netloc
    attempts, http_status, error = 0, pd.NA, None
    while attempts <= retries:
        wait = last_request.get(host, float("-inf")) + delay - _now()
        if wait > 0:
            _sleep(wait)
        attempts += 1
        last_request[host] = _now()
        retry_after = None
        try:
            req = urllib.request.Request(url, headers={"User-Agent": user_agent, "Accept": "text/html,*/*;q=0.5"})
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                body = resp.read()
                http_status = resp.status
                charset = resp.headers.get_content_charset()
            tmp = cached.with_suffix(".part")
            tmp.write_bytes(body)
            tmp.replace(cached)
            return _decode(body, charset), "fetched", http_status, attempts, None
        except urllib.error.HTTPError as e:
            http_status, error = e.code, f"HTTP {e.code} {e.reason}"
            if e.code != 429 and e.code < 500:
                break
            ra = e.headers.get("Retry-After") if e.headers else None
            retry_after = min(float(ra), 60.0) if ra and ra.strip().isdigit() else None
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as e:
            error = f"{type(e).__name__}: {getattr(e, 'reason', e)}"
        if attempts <= retries:
            _sleep(retry_after if retry_after is not None else delay * 2 ** (attempts - 1))
    return None, "failed", http_status, attempts, error


def _decode(body: bytes, charset: str | None) -> str:
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return body.decode(sniff_encoding(body[:65536]))
    except (ReadError, LookupError, UnicodeDecodeError):
        return body.decode("utf-8", errors="replace")
