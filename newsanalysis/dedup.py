"""Duplicates and wire copy: flag, never drop.

* **Exact duplicates**: the same *normalised text hash* (SHA-1 of the text
  case-folded, reduced to its word characters separated by single spaces,
  so that whitespace, punctuation and HTML leftovers do not hide a copy).
* **Near-duplicates**: MinHash (Broder 1997) over word 5-gram shingles
  (CRC-32 of each word, rolled into a 32-bit hash per shingle) with locality-sensitive hashing (datasketch ``MinHashLSH``),
  128 permutations, seed 1; a pair whose estimated Jaccard similarity reaches ``threshold``
  (default 0.8) is linked. Exact and near links are merged into clusters
  (connected components).
* **Wire copy** (``wire_agency``): an agency named in the dateline
  ("Pyongyang, January 16 (KCNA) --", "(서울=연합뉴스)") or in a credit at the
  start or end of the text ("(dpa)", "(AP)"), mapped to a canonical name by
  ``resources/sources_media.csv``; otherwise, an article whose cluster spans
  several outlets is marked ``"cross-outlet copy"``.
* **Based on another outlet** (``based_on``): an outlet named as the source
  of the report by the cues of ``resources/<lang>/wire.yaml`` ("laut WSJ",
  "according to Reuters", "조선중앙통신에 따르면").

Every comparison can be run with and without duplicates: keep
``duplicate_of.isna()`` for one article per cluster (the earliest).
"""
from __future__ import annotations

import hashlib
import re
import zlib
from functools import lru_cache

import numpy as np
import pandas as pd

from ._tables import require_columns, resource_path

DUPLICATE_COLUMNS = ["text_hash", "cluster_id", "cluster_size", "duplicate_of", "duplicate_kind", "similarity",
                     "wire_agency", "wire_evidence", "based_on"]
_WORD = re.compile(r"\w+", re.UNICODE)


def text_hash(text: str) -> str:
    """SHA-1 (first 16 hex digits) of the case-folded word characters of ``text``, single-spaced."""
    return _hash_words(_WORD.findall(text.casefold()))


def _hash_words(words: list[str]) -> str:
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:16]


def _shingles(words: list[str], k: int, vocab: dict[str, int]) -> list[int]:
    """Distinct 32-bit hashes of the word ``k``-grams (words case-folded): the base hash MinHash permutes.

    Each distinct word is hashed once (CRC-32, kept in ``vocab``); a
    ``k``-gram's hash is the polynomial rolling combination of its words'
    hashes modulo 2**32.
    """
    if not words:
        return []
    get = vocab.get
    codes = []
    for w in words:
        c = get(w)
        if c is None:
            c = vocab[w] = zlib.crc32(w.encode("utf-8"))
        codes.append(c)
    wh = np.array(codes, dtype=np.uint64)
    k = min(k, len(words))
    n = len(words) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    for j in range(k):
        acc = (acc * np.uint64(1000003) + wh[j:j + n]) & np.uint64(0xFFFFFFFF)
    return np.unique(acc).tolist()


def _identity(x: int) -> int:
    return x


def flag_duplicates(
    articles: pd.DataFrame,
    *,
    threshold: float = 0.8,
    num_perm: int = 128,
    shingle_size: int = 5,
    progress: bool = False,
) -> pd.DataFrame:
    """Flag exact and near-duplicate articles, wire copy and outlets cited as the base of a report.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id`` and ``text``; ``outlet``, ``published``,
        ``language``, ``dateline`` and ``title`` are used when present.
        Never modified.
    threshold : float in (0, 1]
        Estimated Jaccard similarity of word shingles from which two
        articles are near-duplicates (default 0.8).
    num_perm : int
        MinHash permutations (default 128).
    shingle_size : int
        Words per shingle (default 5).
    progress : bool
        Show a tqdm progress bar (rate, ETA) over the articles; off when the
        output is not a terminal.

    Returns
    -------
    DataFrame
        A copy of ``articles`` (same rows, same order) plus
        ``text_hash`` (str), ``cluster_id`` (int, 0-based, one per group of
        copies; singletons have their own), ``cluster_size`` (int),
        ``duplicate_of`` (``article_id`` of the cluster's first article by
        ``published`` then table order; NA for that article itself),
        ``duplicate_kind`` ("exact", "near" or NA), ``similarity`` (estimated
        Jaccard with the first article, 0–1; NA for it), ``wire_agency``
        (canonical agency name, "cross-outlet copy", or NA),
        ``wire_evidence`` (what was matched), ``based_on`` (canonical outlet
        names joined by "; ", or NA). ``attrs["duplicates"]`` holds counts.

    Raises
    ------
    ValueError
        If ``article_id`` or ``text`` is missing, or ``threshold`` is not in (0, 1].
    """
    require_columns(articles, ["article_id", "text"])
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    from datasketch import MinHash, MinHashLSH

    n = len(articles)
    texts = articles["text"].tolist()
    ids = [str(x) for x in articles["article_id"]]
    hashes: list[str] = []
    vocab: dict[str, int] = {}
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i, j):
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    mins: dict[int, MinHash] = {}
    template = MinHash(num_perm=num_perm, seed=1)
    perms, scheme = template.permutations, template.scheme
    first_by_hash: dict[str, int] = {}
    from ._tables import progress_bar

    bar = progress_bar(texts, progress=progress, unit="article", desc="flagging duplicates")
    for i, text in enumerate(bar):  # one pass: words are found once per article, for both hashes
        words = _WORD.findall(text.casefold())
        h = _hash_words(words)
        hashes.append(h)
        if h in first_by_hash:
            union(first_by_hash[h], i)
            continue
        first_by_hash[h] = i
        sh = _shingles(words, shingle_size, vocab)
        if not sh:
            continue
        m = MinHash(num_perm=num_perm, seed=1, hashfunc=_identity, permutations=perms, scheme=scheme)
        m.update_batch(sh)
        mins[i] = m
        for j in lsh.query(m):
            if m.jaccard(mins[j]) >= threshold:
                union(j, i)
        lsh.insert(i, m)
    # representative: earliest published, then table order
    published = pd.to_datetime(articles["published"], utc=True) if "published" in articles else pd.Series([pd.NaT] * n)
    order_key = [(pd.Timestamp.max.tz_localize("UTC") if pd.isna(p) else p, i) for i, p in enumerate(published)]
    roots = [find(i) for i in range(n)]
    members: dict[int, list[int]] = {}
    for i, r in enumerate(roots):
        members.setdefault(r, []).append(i)
    rep_of = {r: min(ms, key=lambda i: order_key[i]) for r, ms in members.items()}
    cluster_num = {r: k for k, r in enumerate(sorted(members, key=lambda r: min(members[r])))}
    dup_of, kind, sim = [pd.NA] * n, [pd.NA] * n, [np.nan] * n
    for i in range(n):
        rep = rep_of[roots[i]]
        if rep == i:
            continue
        dup_of[i] = ids[rep]
        if hashes[i] == hashes[rep]:
            kind[i], sim[i] = "exact", 1.0
        else:
            kind[i] = "near"
            a, b = mins.get(first_by_hash[hashes[i]]), mins.get(first_by_hash[hashes[rep]])
            sim[i] = float(a.jaccard(b)) if a is not None and b is not None else np.nan
    out = articles.copy()
    out["text_hash"] = hashes
    out["cluster_id"] = [cluster_num[r] for r in roots]
    out["cluster_size"] = [len(members[r]) for r in roots]
    out["duplicate_of"] = pd.array(dup_of, dtype="string")
    out["duplicate_kind"] = pd.array(kind, dtype="string")
    out["similarity"] = sim
    agency, evidence = wire_agencies(articles)
    outlets = articles["outlet"].tolist() if "outlet" in articles else [None] * n
    for r, ms in members.items():
        if len(ms) < 2 or len({outlets[i] for i in ms if outlets[i]}) < 2:
            continue
        for i in ms:
            if agency[i] is pd.NA or agency[i] is None:
                credited = sorted({agency[j] for j in ms if isinstance(agency[j], str)})
                agency[i] = credited[0] if credited else "cross-outlet copy"
                other = ids[rep_of[r]] if rep_of[r] != i else ids[next(j for j in ms if j != i)]
                evidence[i] = f"near-duplicate of {other} ({outlets[rep_of[r]] if rep_of[r] != i else outlets[next(j for j in ms if j != i)]})"
    out["wire_agency"] = pd.array(agency, dtype="string")
    out["wire_evidence"] = pd.array(evidence, dtype="string")
    out["based_on"] = pd.array(based_on(articles), dtype="string")
    dup_mask = out["duplicate_of"].notna()
    cross = [len({outlets[i] for i in ms if outlets[i]}) > 1 for ms in members.values() if len(ms) > 1]
    out.attrs = dict(articles.attrs)
    out.attrs["duplicates"] = {
        "articles": n,
        "exact_duplicates": int((out["duplicate_kind"] == "exact").sum()),
        "near_duplicates": int((out["duplicate_kind"] == "near").sum()),
        "clusters_with_copies": int(sum(1 for ms in members.values() if len(ms) > 1)),
        "cross_outlet_clusters": int(sum(cross)),
        "articles_without_duplicates": int((~dup_mask).sum()),
        "wire_copy": int(out["wire_agency"].notna().sum()),
        "based_on_other_outlet": int(out["based_on"].notna().sum()),
        "threshold": threshold, "num_perm": num_perm, "shingle_size": shingle_size,
    }
    return out


@lru_cache(maxsize=1)
def media_table() -> pd.DataFrame:
    """``resources/sources_media.csv``: ``name, kind`` (agency or outlet), ``aliases``, ``credit_patterns``."""
    return pd.read_csv(resource_path("sources_media.csv"), dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    idx = {}
    for name, aliases in zip(media_table()["name"], media_table()["aliases"]):
        for a in [name] + aliases.split("|"):
            if a.strip():
                idx[a.strip().casefold()] = name
    return idx


@lru_cache(maxsize=1)
def _credit_patterns() -> list[tuple[str, re.Pattern]]:
    t = media_table()
    out = []
    for name, kind, pats in zip(t["name"], t["kind"], t["credit_patterns"]):
        if kind == "agency" and pats.strip():
            out.append((name, re.compile(pats, re.M)))
    return out


def canonical_source(name: str | None) -> str | None:
    """The canonical agency or outlet name of a spelling ("연합뉴스" → "Yonhap"), else ``None``."""
    if not isinstance(name, str):
        return None
    return _alias_index().get(name.strip().casefold())


def wire_agencies(articles: pd.DataFrame) -> tuple[list, list]:
    """Per article, the agency credited in the dateline or in a credit at the start or end of the text, and the evidence."""
    agencies, evidence = [], []
    datelines = articles["dateline"].tolist() if "dateline" in articles else [None] * len(articles)
    kinds = dict(zip(media_table()["name"], media_table()["kind"]))
    for text, dl in zip(articles["text"].tolist(), datelines):
        found = None
        if isinstance(dl, str):
            m = re.search(r"[\(\[](?:[^=()\[\]]*=\s*)?([^()\[\]=]+)[\)\]]", dl)
            name = canonical_source(m.group(1)) if m else None
            if name and kinds.get(name) == "agency":
                found = (name, f"dateline {dl!r}")
        if found is None and isinstance(text, str):
            edges = text[:300] + "\n" + text[-300:]
            for name, pat in _credit_patterns():
                m = pat.search(edges)
                if m:
                    found = (name, f"credit {m.group(0)!r}")
                    break
        agencies.append(found[0] if found else pd.NA)
        evidence.append(found[1] if found else pd.NA)
    return agencies, evidence


@lru_cache(maxsize=16)
def _based_on_patterns(language: str) -> list[re.Pattern]:
    import yaml

    p = resource_path(language or "_", "wire.yaml")
    if not p.is_file():
        return []
    cues = (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).get("based_on") or []
    names = sorted(_alias_index_raw(), key=len, reverse=True)
    alt = "(?-i:(?P<source>" + "|".join(re.escape(n) for n in names) + "))"
    boundary = "" if language == "ko" else r"(?!\w)"
    return [re.compile(c.replace("{source}", alt + boundary), re.I) for c in cues]


@lru_cache(maxsize=1)
def _alias_index_raw() -> tuple[str, ...]:
    t = media_table()
    return tuple({a.strip() for name, aliases in zip(t["name"], t["aliases"]) for a in [name] + aliases.split("|") if a.strip()})


@lru_cache(maxsize=1)
def _mention_pattern() -> re.Pattern:
    names = sorted(_alias_index_raw(), key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names))


def based_on(articles: pd.DataFrame) -> list:
    """Per article, the outlets its text names as the source of the report ("laut WSJ" → "WSJ"), joined by "; ", or NA.

    The cues of ``resources/<lang>/wire.yaml`` are tried in a window of 80
    characters around each mention of a name from ``sources_media.csv``.
    """
    out = []
    langs = articles["language"].tolist() if "language" in articles else [None] * len(articles)
    titles = articles["title"].tolist() if "title" in articles else [None] * len(articles)
    mention = _mention_pattern()
    for text, lang, title in zip(articles["text"].tolist(), langs, titles):
        pats = _based_on_patterns(lang if isinstance(lang, str) else "")
        found = set()
        for s in (title, text):
            if not isinstance(s, str) or not pats:
                continue
            for mm in mention.finditer(s):
                window = s[max(0, mm.start() - 80): mm.end() + 80]
                for pat in pats:
                    for m in pat.finditer(window):
                        name = canonical_source(m.group("source"))
                        if name:
                            found.add(name)
        out.append("; ".join(sorted(found)) if found else pd.NA)
    return out
