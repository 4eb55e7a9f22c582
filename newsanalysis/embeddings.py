"""Article embeddings from the optional sentence encoder (``all-MiniLM-L6-v2``), for the supervised frame classifier.

An article is cut into chunks of whole sentences of at most ``max_words``
word tokens (a longer sentence is cut into windows of ``max_words`` words),
so that every chunk stays within the encoder's limit of 256 word pieces
(150 English words are about 200 word pieces); every word of the text is in
exactly one chunk. Each chunk is encoded (384 numbers: the model's mean of
its word-piece vectors, L2-normalised, as ``SentenceTransformer.encode``
returns it) and the chunk vectors are pooled
per article: the mean (weighted by the chunk's word count) and the
element-wise maximum; the title is encoded separately (the ``title``
column when the table has one, else the text's first line when it is short,
as in SemEval files: title, blank line, body).

The encoder is loaded only through :func:`newsanalysis.models.load_encoder`
(the ``embeddings`` extra); chunk vectors are cached in the process by the
SHA-1 of the chunk text, so cross-validation that refits many times encodes
each text once. PyTorch runs on at most 2 threads while encoding.
"""
from __future__ import annotations

import contextlib
import hashlib
import re

import numpy as np
import pandas as pd

from ._tables import check_articles
from .text import sentence_spans, word_spans

#: Largest chunk, in word tokens (see :func:`newsanalysis.text.word_spans`): about 200 word pieces of English
#: news text, below the encoder's 256.
CHUNK_WORDS = 150
#: A first line of at most this many words, followed by a blank line, is taken as the title.
TITLE_WORDS = 40
#: Width of the encoder's vectors.
DIM = 384
#: Pooled parts of an article's vector, in column order.
POOLING = ("mean", "max", "title")
CHUNK_COLUMNS = ["article_id", "chunk_id", "start", "end", "words", "kind"]

_CACHE: dict[str, np.ndarray] = {}
_CACHE_MAX = 200_000
_TORCH_THREADS = 2


def _chunk_spans(text: str, language, max_words: int) -> list[tuple[int, int, int]]:
    """(start, end, words) of the chunks of ``text``: whole sentences packed up to ``max_words`` words."""
    chunks: list[tuple[int, int, int]] = []
    cur: list = []  # [start, end, words]
    for s, e in sentence_spans(text, language):
        ws = word_spans(text[s:e])
        n = len(ws)
        if n == 0:
            continue
        if n > max_words:
            if cur:
                chunks.append(tuple(cur))
                cur = []
            for i in range(0, n, max_words):
                part = ws[i:i + max_words]
                last = i + max_words >= n
                chunks.append((s if i == 0 else s + part[0][0], e if last else s + part[-1][1], len(part)))
            continue
        if cur and cur[2] + n > max_words:
            chunks.append(tuple(cur))
            cur = []
        if cur:
            cur[1], cur[2] = e, cur[2] + n
        else:
            cur = [s, e, n]
    if cur:
        chunks.append(tuple(cur))
    return chunks


_TITLE = re.compile(r"[ \t\r\n]*([^\n]*[^\s])[ \t\r]*\n[ \t\r]*\n")


def _title_span(text: str) -> tuple[int, int] | None:
    """The first line when it is short and followed by a blank line (SemEval's title, blank line, body)."""
    m = _TITLE.match(text)
    if m is None:
        return None
    n = len(word_spans(m.group(1)))
    return m.span(1) if 0 < n <= TITLE_WORDS else None


def embedding_chunks(articles: pd.DataFrame, *, max_words: int = CHUNK_WORDS) -> pd.DataFrame:
    """The chunks each article is encoded in (no model needed).

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``, ``text``, ``language``; an optional
        ``title`` column is used as the title. Not modified.
    max_words : int
        Largest chunk in word tokens (default 150).

    Returns
    -------
    DataFrame
        One row per chunk: ``article_id`` (str), ``chunk_id`` (int, 0-based
        in text order; the title, when the text starts with one, is a chunk
        of its own), ``start``, ``end`` (character offsets into ``text``;
        -1 for a title taken from the ``title`` column), ``words`` (word
        tokens), ``kind`` (``"title"`` or ``"body"``). The body chunks of
        an article hold every word of its text exactly once (a title line
        at the start of the text is the title chunk, not a body chunk).

    Raises
    ------
    ValueError
        If a column is missing, an ``article_id`` repeats, ``text`` is not
        a string (naming the article) or ``max_words`` < 1.
    """
    articles = check_articles(articles)
    if isinstance(max_words, bool) or not isinstance(max_words, (int, np.integer)) or max_words < 1:
        raise ValueError(f"max_words must be a positive integer, got {max_words!r}")
    titles = articles["title"] if "title" in articles.columns else pd.Series([None] * len(articles))
    rows = []
    for aid, text, lang, title in zip(articles["article_id"].astype(str), articles["text"], articles["language"],
                                      titles):
        k = 0
        body_from = 0
        if isinstance(title, str) and title.strip():
            rows.append((aid, k, -1, -1, len(word_spans(title)), "title"))
            k += 1
            span = _title_span(text)
            if span is not None and text[span[0]:span[1]].strip() == title.strip():
                body_from = span[1]
        else:
            span = _title_span(text)
            if span is not None:
                rows.append((aid, k, span[0], span[1], len(word_spans(text[span[0]:span[1]])), "title"))
                k += 1
                body_from = span[1]
        body = text[body_from:]
        for s, e, n in _chunk_spans(body, lang if isinstance(lang, str) else None, int(max_words)):
            rows.append((aid, k, body_from + s, body_from + e, n, "body"))
            k += 1
    out = pd.DataFrame(rows, columns=CHUNK_COLUMNS)
    return out.astype({"chunk_id": "int64", "start": "int64", "end": "int64", "words": "int64"})


@contextlib.contextmanager
def _quiet_torch(threads: int = _TORCH_THREADS):
    """At most ``threads`` PyTorch threads and no progress bars from transformers while encoding."""
    try:
        import torch
    except ImportError:  # no extra: load_encoder raises its own message
        yield
        return
    old = torch.get_num_threads()
    torch.set_num_threads(max(1, min(old, threads)))
    try:
        from transformers.utils import logging as tlog
        bars = tlog.is_progress_bar_enabled()
        tlog.disable_progress_bar()
    except ImportError:  # pragma: no cover
        tlog, bars = None, False
    try:
        with torch.inference_mode():
            yield
    finally:
        torch.set_num_threads(old)
        if tlog is not None and bars:
            tlog.enable_progress_bar()


def _encoder():
    from .models import load_encoder
    with _quiet_torch():
        return load_encoder()


def encode_texts(texts: list[str], *, batch_size: int = 32) -> np.ndarray:
    """Encoder vectors of ``texts`` (n × 384, float32), cached in the process by the text's SHA-1.

    Raises
    ------
    ImportError
        If the ``embeddings`` extra is not installed.
    """
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    todo = sorted({k: t for k, t in zip(keys, texts) if k not in _CACHE}.items())
    if todo:
        model = _encoder()
        if len(_CACHE) + len(todo) > _CACHE_MAX:
            _CACHE.clear()
        with _quiet_torch():
            E = model.encode([t for _, t in todo], batch_size=batch_size, show_progress_bar=False,
                             convert_to_numpy=True)
        for (k, _), v in zip(todo, np.asarray(E, dtype=np.float32)):
            _CACHE[k] = v
    if not keys:
        return np.zeros((0, DIM), np.float32)
    return np.vstack([_CACHE[k] for k in keys])


def embedding_matrix(articles: pd.DataFrame, *, pooling=POOLING, max_words: int = CHUNK_WORDS,
                     batch_size: int = 32) -> np.ndarray:
    """Article vectors as a matrix (n_articles × 384·len(pooling)), rows in the order of ``articles``.

    Parts, in the order given: ``"mean"`` (chunk vectors averaged, weighted
    by words), ``"max"`` (element-wise maximum), ``"title"`` (the title's
    vector; the first body chunk's when there is no title). An article
    without words gets zeros. ``articles``, ``max_words``: as in
    :func:`embedding_chunks`; ``batch_size``: chunks per encoder call.

    Raises
    ------
    ImportError
        If the ``embeddings`` extra is not installed.
    ValueError
        As :func:`embedding_chunks`, or an unknown ``pooling`` part.
    """
    unknown = set(pooling) - set(POOLING)
    if unknown or not pooling:
        raise ValueError(f"pooling must be a non-empty subset of {POOLING}, got {pooling!r}")
    ch = embedding_chunks(articles, max_words=max_words)
    texts = list(articles["text"])
    titles = articles["title"] if "title" in articles.columns else pd.Series([None] * len(articles))
    pos = {a: i for i, a in enumerate(articles["article_id"].astype(str))}
    idx = ch["article_id"].map(pos).to_numpy()
    chunk_texts = [titles.iloc[i] if s < 0 else texts[i][s:e]
                   for i, s, e in zip(idx, ch["start"].to_numpy(), ch["end"].to_numpy())]
    E = encode_texts(chunk_texts, batch_size=batch_size) if chunk_texts else np.zeros((0, DIM), np.float32)
    n = len(articles)
    body = (ch["kind"] == "body").to_numpy()
    w = ch["words"].to_numpy().astype(float)
    parts = []
    for p in pooling:
        M = np.zeros((n, DIM))
        if p == "mean":
            tot = np.zeros(n)
            np.add.at(M, idx[body], E[body] * w[body, None])
            np.add.at(tot, idx[body], w[body])
            M = np.divide(M, tot[:, None], out=np.zeros_like(M), where=tot[:, None] > 0)
        elif p == "max":
            M[:] = -np.inf
            np.maximum.at(M, idx[body], E[body])
            M[~np.isfinite(M)] = 0.0
        else:
            has = np.zeros(n, bool)
            for r in np.flatnonzero(~body):
                M[idx[r]], has[idx[r]] = E[r], True
            first = {}
            for r in np.flatnonzero(body):
                first.setdefault(idx[r], r)
            for i, r in first.items():
                if not has[i]:
                    M[i] = E[r]
        parts.append(M)
    return np.hstack(parts)


def article_embeddings(articles: pd.DataFrame, *, pooling=POOLING, max_words: int = CHUNK_WORDS) -> pd.DataFrame:
    """One vector per article from the ``all-MiniLM-L6-v2`` sentence encoder (optional ``embeddings`` extra).

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``, ``text``, ``language`` (optional
        ``title``). Not modified. The encoder is English-trained: other
        languages get vectors too, but of poor quality (docs/framing.md).
    pooling : sequence of {"mean", "max", "title"}
        Parts of the vector, in order (default all three).
    max_words : int
        Largest chunk in word tokens (default 150; see :func:`embedding_chunks`).

    Returns
    -------
    DataFrame
        One row per article, in input order: ``article_id`` (str),
        ``chunks`` (body chunks encoded), then 384 float columns per part
        named ``<part>_<i>`` (``mean_0`` … ``mean_383``, ``max_0`` …):
        unitless model coordinates (each chunk vector has L2 norm 1 as the
        model normalises its output).

    Raises
    ------
    ImportError
        If the ``embeddings`` extra is not installed (the message gives the
        install command).
    ValueError
        As :func:`embedding_chunks`, or an unknown ``pooling`` part.

    Notes
    -----
    Model: all-MiniLM-L6-v2 (Reimers & Gurevych 2019, Sentence-BERT; Wang et
    al. 2020, MiniLM), Apache 2.0, see :mod:`newsanalysis.models`. Each
    chunk is truncated by the model at 256 word pieces.
    """
    M = embedding_matrix(articles, pooling=pooling, max_words=max_words)
    ch = embedding_chunks(articles, max_words=max_words)
    n_body = ch[ch["kind"] == "body"].groupby("article_id").size()
    ids = articles["article_id"].astype(str)
    cols = [f"{p}_{i}" for p in pooling for i in range(DIM)]
    out = pd.DataFrame(M, columns=cols)
    out.insert(0, "chunks", ids.map(n_body).fillna(0).astype("int64").to_numpy())
    out.insert(0, "article_id", ids.to_numpy())
    return out


__all__ = ["CHUNK_WORDS", "DIM", "POOLING", "CHUNK_COLUMNS", "embedding_chunks", "encode_texts",
           "embedding_matrix", "article_embeddings"]
