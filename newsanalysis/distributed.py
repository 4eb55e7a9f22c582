"""Analyse a corpus too large for one machine: Dask over a partitioned Parquet corpus.

The per-article analysis (:func:`newsanalysis.analyze`: sentences,
sentiment, frames, attributions and the per-article summary) needs nothing
but the article itself, so each partition of the corpus is analysed on its
own by a worker of a Dask ``distributed`` cluster (Rocklin 2015, *Dask:
Parallel Computation with Blocked algorithms and Task Scheduling*, SciPy)
and written as one Parquet file per result table. The comparison
statistics (:func:`newsanalysis.compare`) are then computed from those
files. Reading the files back gives exactly the tables of the serial
:func:`~newsanalysis.analyze` on the same corpus.

Three calls::

    from newsanalysis.distributed import write_corpus, analyze_parquet, compare_results
    write_corpus(na.load_corpus("articles/"), "corpus.parquet")        # once
    analyze_parquet("corpus.parquet", "results/", client="tcp://scheduler:8786")
    table = compare_results("results/", by="outlet")

Layout written by :func:`analyze_parquet`::

    results/<table>/part-00000.parquet   one file per corpus partition and table
    results/_provenance.json             version, commit, article and partition counts

with ``<table>`` one of ``articles`` (without ``text``), ``sentences``,
``sentiment``, ``frames``, ``frame_evidence``, ``attributions``,
``summary`` (the :class:`~newsanalysis.AnalysisResult` tables).

Needs the optional packages ``dask[dataframe]`` and ``distributed``.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pandas as pd

from . import __version__
from ._tables import ARTICLE_COLUMNS
from .pipeline import AnalysisResult, _concat, _options_record, analyze, git_commit

#: Result tables written per partition, in :meth:`AnalysisResult.tables` order.
RESULT_TABLES = ("articles", "sentences", "sentiment", "frames", "frame_evidence", "attributions", "summary",
                 "story_frames", "actor_tone", "claims")
PARTITION_COLUMNS = ["partition", "articles", "sentences", "attributions", "seconds"]


def _fs(path):
    from fsspec.core import url_to_fs

    return url_to_fs(str(path))


def write_corpus(articles: pd.DataFrame, path: str | Path, *, articles_per_file: int = 5000,
                 overwrite: bool = False) -> list[str]:
    """Write an article table as a partitioned Parquet corpus (one file per partition).

    Parameters
    ----------
    articles : DataFrame
        One row per article with at least ``article_id``, ``text``,
        ``language`` (e.g. from :func:`newsanalysis.load_corpus`); every
        column is written, ``attrs`` (the load report) are not. Not modified.
    path : str or Path
        A folder (local, or any fsspec URL such as ``s3://bucket/corpus``);
        files ``part-00000.parquet``, ``part-00001.parquet``, … in row order.
    articles_per_file : int
        Rows per file, i.e. per Dask partition (>= 1).
    overwrite : bool
        Replace the ``part-*.parquet`` files already in ``path``.

    Returns
    -------
    list of str
        The files written, in order.

    Raises
    ------
    ValueError
        On a malformed article table (as :func:`newsanalysis.sentences`,
        naming the record) or ``articles_per_file`` < 1.
    FileExistsError
        If ``path`` already holds ``part-*.parquet`` files and not ``overwrite``.
    """
    from ._tables import check_articles

    check_articles(articles)
    if isinstance(articles_per_file, bool) or not isinstance(articles_per_file, int) or articles_per_file < 1:
        raise ValueError(f"articles_per_file must be a positive integer, got {articles_per_file!r}")
    fs, root = _fs(path)
    old = fs.glob(f"{root}/part-*.parquet")
    if old and not overwrite:
        raise FileExistsError(f"{path} already holds {len(old)} part-*.parquet file(s); pass overwrite=True")
    for f in old:
        fs.rm(f)
    fs.makedirs(root, exist_ok=True)
    df = articles.copy(deep=False)
    df.attrs = {}
    df["article_id"] = df["article_id"].astype(str)
    out = []
    for k, i in enumerate(range(0, max(len(df), 1), articles_per_file)):
        name = f"{root}/part-{k:05d}.parquet"
        with fs.open(name, "wb") as fh:
            df.iloc[i:i + articles_per_file].reset_index(drop=True).to_parquet(fh, index=False)
        out.append(name)
    return out


def _analyse_partition(part: pd.DataFrame, out: str, chunk_size: int, options: dict | None = None,
                       partition_info=None) -> pd.DataFrame:
    """Analyse one partition on a worker and write its tables; return one row of counts.

    ``options``: :func:`~newsanalysis.analyze`'s ``parser``, codebooks, lexicon and actor table."""
    t0 = time.perf_counter()
    n = partition_info["number"] if partition_info else 0
    part = part.reset_index(drop=True)
    res = analyze(part, chunk_size=chunk_size, **(options or {})) if len(part) else None
    fs, root = _fs(out)
    if res is not None:
        _write_tables(res, fs, root, n)
    return pd.DataFrame([{
        "partition": n, "articles": len(part),
        "sentences": len(res.sentences) if res is not None else 0,
        "attributions": len(res.attributions) if res is not None else 0,
        "seconds": time.perf_counter() - t0,
    }], columns=PARTITION_COLUMNS)


def _write_tables(res: AnalysisResult, fs, root: str, n: int) -> None:
    """Write every table of ``res`` as ``<root>/<table>/part-<n>.parquet``."""
    for name, table in res.tables().items():
        table = table.copy(deep=False)
        table.attrs = {}
        fs.makedirs(f"{root}/{name}", exist_ok=True)
        with fs.open(f"{root}/{name}/part-{n:05d}.parquet", "wb") as fh:
            table.to_parquet(fh, index=False)


def _prepare_out(out, overwrite: bool):
    """``(fs, root)`` of an output folder, emptied of result tables (or refused when it holds some)."""
    fs, root = _fs(out)
    existing = [t for t in RESULT_TABLES if fs.exists(f"{root}/{t}")]
    if existing and not overwrite:
        raise FileExistsError(f"{out} already holds result tables {existing}; pass overwrite=True")
    for t in existing:
        fs.rm(f"{root}/{t}", recursive=True)
    fs.makedirs(root, exist_ok=True)
    return fs, root


def _write_provenance(fs, root: str, prov: dict) -> None:
    with fs.open(f"{root}/_provenance.json", "w") as fh:
        json.dump(prov, fh, indent=2)


def _get_client(client):
    """(client, owned): an explicit Client, one made from an address, the current one, or a LocalCluster."""
    from distributed import Client, LocalCluster, get_client

    if client is None:
        try:
            return get_client(), None
        except ValueError:
            cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True)
            c = Client(cluster)
            return c, cluster
    if isinstance(client, str):
        return Client(client), "address"
    return client, None


def analyze_parquet(corpus: str | Path, out: str | Path, *, client=None, chunk_size: int = 25,
                    overwrite: bool = False, progress: bool = False, parser: bool = False, codebook="generic",
                    story_codebook="story", lexicon=None, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """Run the per-article analysis over a partitioned Parquet corpus on a Dask cluster.

    Parameters
    ----------
    corpus : str or Path
        A Parquet file, folder or glob (local or fsspec URL) read with
        :func:`dask.dataframe.read_parquet`; one row per article with at least
        ``article_id`` (unique over the whole corpus), ``text``, ``language``
        (e.g. written by :func:`write_corpus`). Each Dask partition is one
        unit of work.
    out : str or Path
        Output folder (local or fsspec URL), reachable by every worker
        (a shared file system or object store on a real cluster).
    client : distributed.Client, str or None
        The cluster to use: a ``Client``; a scheduler address
        (``"tcp://host:8786"``); or ``None``: the current client if one
        exists, else a ``LocalCluster`` with one single-threaded worker
        process per CPU, closed afterwards.
    chunk_size : int
        Articles per step inside a partition (as in :func:`~newsanalysis.analyze`).
    overwrite : bool
        Replace result tables already in ``out``.
    progress : bool
        tqdm bar over partitions (rate, ETA); off when not a terminal.
    parser, codebook, story_codebook, lexicon, actors
        As in :func:`~newsanalysis.analyze` (the English parser; your own
        codebooks, sentiment lexicons and actor table). They are sent to
        every worker, so each must be importable there (``parser=True``
        needs the ``parser`` extra on the workers) and a codebook given as
        a file path must be readable there; recorded in
        ``_provenance.json``.

    Returns
    -------
    DataFrame
        One row per partition: ``partition`` (int, Dask partition number),
        ``articles``, ``sentences``, ``attributions`` (row counts),
        ``seconds`` (worker wall time). The tables themselves are in
        ``out`` (see the module docstring); read them with
        :func:`read_results` or :func:`compare_results`.

    Raises
    ------
    ValueError
        If the corpus lacks ``article_id``, ``text`` or ``language`` (naming
        the missing columns and the corpus), an ``article_id`` occurs twice
        (naming it), or a record is malformed (naming it, raised from the
        worker).
    FileExistsError
        If ``out`` already holds results and not ``overwrite``.
    """
    import dask
    import dask.dataframe as dd
    from distributed import as_completed
    from ._tables import progress_bar

    fs, root = _prepare_out(out, overwrite)
    c, owned = _get_client(client)
    try:
        # keep the column dtypes pandas itself reads, so the tables equal the serial ones
        with dask.config.set({"dataframe.convert-string": False}):
            ddf = dd.read_parquet(str(corpus))
            missing = [col for col in ARTICLE_COLUMNS if col not in ddf.columns]
            if missing:
                raise ValueError(f"corpus {corpus} lacks column(s) {missing}; it has {list(ddf.columns)}")
            counts = ddf["article_id"].astype(str).value_counts()
            dup = c.compute(counts[counts > 1].head(1, npartitions=-1, compute=False)).result()
            if len(dup):
                raise ValueError(f"article_id {dup.index[0]!r} occurs {int(dup.iloc[0])} times in corpus {corpus}")
            meta = pd.DataFrame({k: pd.Series(dtype="float64" if k == "seconds" else "int64")
                                 for k in PARTITION_COLUMNS})
            options = dict(parser=parser, codebook=codebook, story_codebook=story_codebook, lexicon=lexicon,
                           actors=actors)
            done = ddf.map_partitions(_analyse_partition, str(out), chunk_size, options, meta=meta)
            futures = c.compute(done.to_delayed())
        rows = []
        with progress_bar(total=len(futures), progress=progress, unit="partition",
                          desc="analysing (dask)") as bar:
            for fut in as_completed(futures):
                rows.append(fut.result())
                bar.update(1)
        parts = pd.concat(rows, ignore_index=True).sort_values("partition", ignore_index=True)
    finally:
        if owned is not None:
            c.close()
            if owned != "address":
                owned.close()
    prov = {"version": __version__, "commit": git_commit(), "n_articles": int(parts["articles"].sum()),
            "partitions": len(parts), "corpus": str(corpus), "parser": parser,
            **_options_record(codebook, story_codebook, lexicon, actors)}
    _write_provenance(fs, root, prov)
    return parts


def analyze_to_parquet(articles: pd.DataFrame, out: str | Path, *, n_jobs: int | None = None, chunk_size: int = 25,
                       articles_per_file: int = 5000, overwrite: bool = False,
                       progress: bool = False, parser: bool = False, codebook="generic", story_codebook="story",
                       lexicon=None, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """Run :func:`~newsanalysis.analyze` on one machine, writing the tables as they come, in bounded memory.

    For a corpus whose result tables do not fit in memory (they take about
    seven times the text: one row per sentence, 14 per article and frame …):
    the articles are analysed in chunks (serially or on ``n_jobs``
    processes, as :func:`~newsanalysis.analyze`) and every
    ``articles_per_file`` articles the tables are written to Parquet and
    dropped, so memory holds the article table plus one batch of results.
    Needs no Dask; the layout is that of :func:`analyze_parquet`, so
    :func:`read_results` and :func:`compare_results` read it.

    Parameters
    ----------
    articles : DataFrame
        One row per article with at least ``article_id``, ``text``,
        ``language`` (e.g. from :func:`newsanalysis.load_corpus`). Not modified.
    out : str or Path
        Output folder (local path or fsspec URL).
    n_jobs, chunk_size
        As in :func:`~newsanalysis.analyze`.
    articles_per_file : int
        Articles per written file (one batch of results in memory), >= 1.
    overwrite : bool
        Replace result tables already in ``out``.
    progress : bool
        tqdm bar over the articles (rate, ETA); off when not a terminal.
    parser, codebook, story_codebook, lexicon, actors
        As in :func:`~newsanalysis.analyze`; recorded in
        ``_provenance.json``.

    Returns
    -------
    DataFrame
        One row per written file: ``partition`` (int), ``articles``,
        ``sentences``, ``attributions`` (row counts), ``seconds`` (wall time
        of the batch, analysis and writing).

    Raises
    ------
    ValueError
        As :func:`~newsanalysis.analyze` for a malformed article table or
        bad ``chunk_size``/``n_jobs``; for ``articles_per_file`` < 1.
    FileExistsError
        If ``out`` already holds results and not ``overwrite``.
    """
    from ._tables import progress_bar
    from .pipeline import _iter_chunks, _join_tables, _prepare

    if isinstance(articles_per_file, bool) or not isinstance(articles_per_file, int) or articles_per_file < 1:
        raise ValueError(f"articles_per_file must be a positive integer, got {articles_per_file!r}")
    arts, _, n_workers = _prepare(articles, chunk_size, n_jobs)
    fs, root = _prepare_out(out, overwrite)
    rows, batch, first, t0 = [], [], 0, time.perf_counter()

    def flush(end: int):
        nonlocal batch, first, t0
        sub = arts.iloc[first:end]
        tables = _join_tables(sub, batch)
        res = AnalysisResult(sub, *tables[:6], {}, story_frames=tables[6], actor_tone=tables[7], claims=tables[8])
        _write_tables(res, fs, root, len(rows))
        rows.append({"partition": len(rows), "articles": len(sub), "sentences": len(res.sentences),
                     "attributions": len(res.attributions), "seconds": time.perf_counter() - t0})
        batch, first, t0 = [], end, time.perf_counter()

    with progress_bar(total=len(arts), progress=progress, unit="article", desc="analysing") as bar:
        for start, n, tables in _iter_chunks(arts, chunk_size, n_workers, bar, parser, codebook=codebook,
                                             story_codebook=story_codebook, lexicon=lexicon, actors=actors):
            batch.append(tables)
            if start + n - first >= articles_per_file:
                flush(start + n)
        if batch and len(arts):
            flush(len(arts))
    parts = pd.DataFrame(rows, columns=PARTITION_COLUMNS)
    _write_provenance(fs, root, {"version": __version__, "commit": git_commit(), "n_articles": len(arts),
                                 "partitions": len(parts),
                                 "corpus": "article table (analyze_to_parquet)", "parser": parser,
                                 **_options_record(codebook, story_codebook, lexicon, actors)})
    return parts


def read_results(out: str | Path, tables=RESULT_TABLES) -> AnalysisResult:
    """Read the tables written by :func:`analyze_parquet` into one :class:`~newsanalysis.AnalysisResult`.

    Parameters
    ----------
    out : str or Path
        The output folder of :func:`analyze_parquet`.
    tables : iterable of str
        Which of :data:`RESULT_TABLES` to read; the others are empty
        DataFrames (e.g. skip ``sentences`` and ``sentiment`` to compare a
        large corpus in little memory).

    Returns
    -------
    AnalysisResult
        Partitions joined in corpus order. Every table read equals the one of
        the serial :func:`~newsanalysis.analyze` on the same corpus, except
        that ``articles`` has no ``text`` column (``content_gaps`` of
        ``attributions``, arrays in Parquet, are tuples again). ``provenance``
        is the content of ``_provenance.json``.

    Raises
    ------
    FileNotFoundError
        If ``out`` holds no results.
    ValueError
        If a table name is unknown.
    """
    fs, root = _fs(out)
    if not fs.exists(f"{root}/_provenance.json"):
        raise FileNotFoundError(f"{out}: no _provenance.json, not an analyze_parquet output folder")
    with fs.open(f"{root}/_provenance.json", "r") as fh:
        prov = json.load(fh)
    tables = tuple(tables)
    unknown = [t for t in tables if t not in RESULT_TABLES]
    if unknown:
        raise ValueError(f"unknown table(s) {unknown}; choose from {RESULT_TABLES}")
    got = {}
    for name in RESULT_TABLES:
        if name not in tables:
            got[name] = pd.DataFrame()
            continue
        files = sorted(fs.glob(f"{root}/{name}/part-*.parquet"))
        parts = []
        for f in files:
            with fs.open(f, "rb") as fh:
                parts.append(pd.read_parquet(fh))
        got[name] = _concat(parts) if parts else pd.DataFrame()
    if "content_gaps" in got["attributions"].columns:  # Parquet gives arrays back: the table's tuples again
        from .attribution import gaps_tuple

        got["attributions"]["content_gaps"] = pd.Series([gaps_tuple(g) for g in got["attributions"]["content_gaps"]],
                                                        index=got["attributions"].index, dtype=object)
    for t in got.values():
        t.attrs = {"provenance": prov}
    return AnalysisResult(got["articles"], got["sentences"], got["sentiment"], got["frames"],
                          got["frame_evidence"], got["attributions"], got["summary"], prov,
                          story_frames=got["story_frames"], actor_tone=got["actor_tone"], claims=got["claims"])


def compare_results(out: str | Path, by: str = "outlet", **kwargs) -> pd.DataFrame:
    """:func:`newsanalysis.compare` computed from the tables written by :func:`analyze_parquet`.

    Reads only ``articles``, ``summary``, ``frames`` and ``attributions``.
    ``by`` and ``kwargs`` (``confidence``, ``n_resamples``, ``seed``) as
    in :func:`~newsanalysis.compare`; the output is the same table (one
    row per group) as for the serial result. Raises as
    :func:`read_results` and :func:`~newsanalysis.compare`.
    """
    from .compare import compare

    res = read_results(out, tables=("articles", "summary", "frames", "attributions"))
    return compare(res, by=by, **kwargs)
