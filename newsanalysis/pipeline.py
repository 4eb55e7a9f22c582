"""Run every analyser over an article table: :func:`analyze` and its result."""
from __future__ import annotations

import functools
import hashlib
import json

import os
import warnings
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from . import __version__
from ._tables import ANALYSED_LANGUAGES, check_articles, corpus_fingerprint, progress_bar
from .attribution import attributions, claims
from .compare import source_counts
from .framing import frame_evidence, frames
from .sentiment import actor_tone, article_tone, sentiment, sentiment_terms
from .text import is_live_blog, sentences, word_count


def _boolean_mask(selection):
    """``selection`` as a NumPy bool array when it is a boolean mask (a Series or array of dtype bool or
    nullable boolean, or a list/tuple of Python or NumPy bools; missing values select nothing), else None (ids).
    Before session 17 only a bool Series counted as a mask: ``subset(mask.values)`` was read as the ids
    "True"/"False" and returned an empty result without a word."""
    if isinstance(selection, (pd.Series, pd.Index)):
        if pd.api.types.is_bool_dtype(selection.dtype):
            return selection.astype("boolean").fillna(False).to_numpy(dtype=bool)
        return None
    if hasattr(selection, "dtype") and hasattr(selection, "__len__"):  # NumPy or pandas arrays
        if pd.api.types.is_bool_dtype(selection.dtype):
            return pd.array(selection, dtype="boolean").fillna(False).to_numpy(dtype=bool)
        return None
    if isinstance(selection, (list, tuple)) and selection and all(isinstance(v, (bool, np.bool_))
                                                                   for v in selection):
        return np.asarray(selection, dtype=bool)
    return None


@dataclass(eq=False)
class AnalysisResult:
    """All tables of one analysis; each joins on ``article_id`` (and ``sentence_id``).

    Attributes
    ----------
    articles : one row per article (the input, unchanged).
    sentences : one row per sentence (:func:`newsanalysis.sentences`).
    sentiment : one row per sentence (:func:`newsanalysis.sentiment`).
    frames : one row per (article, frame) (:func:`newsanalysis.frames`).
    frame_evidence : one row per frame cue hit.
    attributions : one row per attribution (:func:`newsanalysis.attributions`).
    summary : one row per article: ``article_id, outlet, language, analysed,
        words, sentences, mean_compound, share_negative, share_positive,
        n_scored`` (plus the authorial/quoted voice columns of
        :func:`newsanalysis.article_tone`), ``attributions,
        anonymous_attributions`` (rows whose source is anonymous: officials, Kreise; not hearsay),
        ``hearsay_attributions`` (reportative rows: "soll … haben", "reportedly"; labels of
        :func:`newsanalysis.compare.source_status`), ``frames_present``, ``live_blog`` (a live blog, ticker
        or news digest: :func:`newsanalysis.text.is_live_blog`).
    provenance : dict with ``fingerprint``, ``version``, ``commit`` (the git commit
        the package ran from, :func:`git_commit`; None outside a git checkout),
        ``n_articles``, and the analysis material used: ``codebook``,
        ``story_codebook`` (name, file or "user table"), ``lexicon`` (None or the
        user lexicons' labels), ``actors`` ("shipped" or "user table (N
        actors)"), ``material_sha256`` (only with user material: the first
        16 hex digits of a SHA-256 of each user codebook file or table, each
        user lexicon's entries and the user actor table), ``lexicons`` (language → the lexicon that scored its
        sentences, name and version: ``{"de": "SentiWS 1.8c + newsanalysis-de-news
        0.8", "en": "VADER 3.3.2"}``).
    story_frames : one row per (article, story frame) (``frames(codebook="story")``).
    actor_tone : one row per actor mention (:func:`newsanalysis.actor_tone`).
    claims : one row per number claim (:func:`newsanalysis.claims`).
    lexicon : the user lexicon(s) ``analyze`` scored with (None for the shipped
        lexicons), kept so :func:`sentence_trace` lists the words behind each score.
    """

    articles: pd.DataFrame
    sentences: pd.DataFrame
    sentiment: pd.DataFrame
    frames: pd.DataFrame
    frame_evidence: pd.DataFrame
    attributions: pd.DataFrame
    summary: pd.DataFrame
    provenance: dict = field(default_factory=dict)
    story_frames: pd.DataFrame = field(default_factory=pd.DataFrame)
    actor_tone: pd.DataFrame = field(default_factory=pd.DataFrame)
    claims: pd.DataFrame = field(default_factory=pd.DataFrame)
    lexicon: object = None

    def subset(self, article_ids) -> "AnalysisResult":
        """The result restricted to some articles: every table filtered by ``article_id``.

        Parameters
        ----------
        article_ids : iterable or boolean mask
            Article ids (compared as strings), or a boolean mask with one value
            per row of ``articles``, in its order: a Series (e.g.
            ``result.articles["language"] == "en"``; also pandas' nullable
            ``boolean``, where a missing value selects nothing), a NumPy array
            or a list of bools (``mask.values``, ``np.isin(...)``).

        Returns
        -------
        AnalysisResult
            New tables (copies) holding only those articles' rows, in the
            same order; ``provenance`` is copied with ``subset`` (the number of
            articles kept) added. Ids not in the result are ignored; when none
            of the ids given is in the result, a warning says so (the result
            is then empty).

        Raises
        ------
        ValueError
            If a boolean mask does not have the length of ``articles``.
        """
        mask = _boolean_mask(article_ids)
        if mask is not None:
            if len(mask) != len(self.articles):
                raise ValueError(f"a boolean selection needs one value per article ({len(self.articles)}), "
                                 f"got {len(mask)}")
            article_ids = self.articles.loc[mask, "article_id"]
        else:
            article_ids = list(article_ids)
        ids = {str(a) for a in article_ids}
        if ids and not self.articles["article_id"].astype(str).isin(ids).any():
            shown = ", ".join(repr(a) for a in sorted(ids)[:3]) + (" …" if len(ids) > 3 else "")
            warnings.warn(f"subset: none of the {len(ids)} article id(s) given ({shown}) is an article of the "
                          f"result: the subset is empty", UserWarning, stacklevel=2)

        def pick(t: pd.DataFrame) -> pd.DataFrame:
            if t is None or not len(t) or "article_id" not in t.columns:
                return t.copy() if t is not None else t
            return t[t["article_id"].astype(str).isin(ids)].copy()

        names = ("articles", "sentences", "sentiment", "frames", "frame_evidence", "attributions", "summary",
                 "story_frames", "actor_tone", "claims")
        kept = pick(self.articles)
        return replace(self, **{n: pick(getattr(self, n)) for n in names},
                       provenance={**self.provenance, "subset": len(kept)})

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name, for writing out."""
        return {
            "articles": self.articles.drop(columns=["text"], errors="ignore"),
            "sentences": self.sentences,
            "sentiment": self.sentiment,
            "frames": self.frames,
            "frame_evidence": self.frame_evidence,
            "attributions": self.attributions,
            "summary": self.summary,
            "story_frames": self.story_frames,
            "actor_tone": self.actor_tone,
            "claims": self.claims,
        }


def _analyse_chunk(arts: pd.DataFrame, parser: bool = False, codebook="generic", story_codebook="story",
                   lexicon=None, actors=None):
    sents = sentences(arts)
    # first: sentiment splits authorial from quoted voice with it
    att = attributions(arts, sentences=sents, parser=parser, actors=actors)
    ev = frame_evidence(arts, sentences=sents, codebook=codebook)  # cues matched once; frames() counts from the hits
    return (sents, sentiment(arts, sentences=sents, attributions=att, lexicon=lexicon),
            frames(arts, sentences=sents, evidence=ev, codebook=codebook),
            ev, att, frames(arts, sentences=sents, codebook=story_codebook),
            actor_tone(arts, sentences=sents, method="parse" if parser else "clause", actors=actors, lexicon=lexicon,
                       attributions=att),
            _claims_quiet(arts, att, sents))


def _claims_quiet(arts: pd.DataFrame, att: pd.DataFrame, sents: pd.DataFrame) -> pd.DataFrame:
    """:func:`claims` without its not-analysed-language warning: the pipeline reports those languages itself
    (``AnalysisResult`` language summary), once for the corpus rather than once per chunk."""
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="claims: .* not analysed", category=UserWarning)
        return claims(arts, attributions=att, sentences=sents)


def _concat(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Join per-chunk tables so that the result does not depend on the chunking.

    A column whose values are all missing in one chunk is ``object`` there
    and e.g. ``str`` or ``float64`` in another; pandas would join them as
    ``object``. Such columns get the dtype pandas infers for the whole
    column, which is what one table built from all rows at once has.
    """
    parts = [p for p in parts if len(p)] or parts[:1]
    if len(parts) == 1:
        return parts[0].reset_index(drop=True)
    out = pd.concat(parts, ignore_index=True)
    mixed = [c for c in out.columns if len({str(p[c].dtype) for p in parts if c in p.columns}) > 1]
    if mixed:
        out[mixed] = out[mixed].infer_objects()
    return out


def resolve_n_jobs(n_jobs: int | None) -> int:
    """Number of worker processes for ``n_jobs``: ``None``/1 serial, -1 every CPU, -k all but k-1.

    Raises
    ------
    ValueError
        If ``n_jobs`` is 0 or not an integer.
    """
    if n_jobs is None:
        return 1
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0:
        raise ValueError(f"n_jobs must be a positive integer, -1 (every CPU) or None, got {n_jobs!r}")
    if n_jobs > 0:
        return n_jobs
    return max(1, (os.cpu_count() or 1) + 1 + n_jobs)


def _mp_context():
    """``forkserver`` where it exists (no fork of a process holding threads, e.g. Jupyter or Dask), else ``spawn``."""
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["newsanalysis.pipeline"])
        return ctx
    return mp.get_context("spawn")


def _iter_chunks(arts: pd.DataFrame, chunk_size: int, n_workers: int, bar, parser: bool = False, **options):
    """``(start, n, tables)`` per chunk, in chunk order, serial or on ``n_workers`` processes.

    ``options``: the codebooks, lexicon and actor table of :func:`analyze`."""
    work = functools.partial(_analyse_chunk, parser=parser, **options)
    starts = list(range(0, max(len(arts), 1), chunk_size))
    if n_workers <= 1 or len(starts) <= 1:
        for i in starts:
            chunk = arts.iloc[i:i + chunk_size]
            out = work(chunk)
            bar.update(len(chunk))
            yield i, len(chunk), out
        return
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    n_workers = min(n_workers, len(starts))
    results: dict[int, tuple] = {}
    # at most a few chunks in flight per worker, so the pickled input never doubles the corpus in memory
    max_pending = 4 * n_workers
    next_out = 0
    with ProcessPoolExecutor(max_workers=n_workers, mp_context=_mp_context()) as pool:
        pending: dict = {}
        todo = iter(enumerate(starts))
        while True:
            for k, i in todo:
                pending[pool.submit(work, arts.iloc[i:i + chunk_size])] = (k, min(chunk_size, len(arts) - i))
                if len(pending) >= max_pending:
                    break
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                k, n = pending.pop(fut)
                try:
                    results[k] = (starts[k], n, fut.result())
                except BrokenProcessPool as e:
                    raise RuntimeError(
                        "analyze(n_jobs > 1): a worker process died before finishing. In a script, call it under "
                        "'if __name__ == \"__main__\":' (each worker imports the script; without the guard it "
                        "runs the whole script again), or use n_jobs=1. In Jupyter this is not needed.") from e
                bar.update(n)
            while next_out in results:  # hand chunks on in order as soon as they are complete
                yield results.pop(next_out)
                next_out += 1


def _run_chunks(arts: pd.DataFrame, chunk_size: int, n_workers: int, bar, parser: bool = False, **options) -> list:
    """Per-chunk results in chunk order, serial or on ``n_workers`` processes."""
    return [tables for _, _, tables in _iter_chunks(arts, chunk_size, n_workers, bar, parser, **options)]


def _join_tables(arts: pd.DataFrame, parts: list) -> tuple:
    """The nine result tables of ``arts`` from its per-chunk results (the summary is built here)."""
    # one dtype per column whatever the chunking or storage: text columns become pandas' string dtype,
    # as they come back from Parquet (so serial, parallel and Dask results compare equal)
    sents, senti, fr, ev, att, story, actors, cl = (_concat([p[k] for p in parts]).infer_objects() for k in range(8))
    summary = arts[["article_id", "outlet", "language", "published"]].copy()
    summary["analysed"] = summary["language"].isin(ANALYSED_LANGUAGES)
    summary["words"] = arts["text"].map(word_count).values
    summary["sentences"] = summary["article_id"].map(sents.groupby("article_id").size()).fillna(0).astype(int)
    summary = summary.merge(article_tone(senti), on="article_id", how="left")
    n_att = att.groupby("article_id").size()
    # the same labels as the outlet comparisons: an anonymous source is not hearsay ("soll … haben")
    per = source_counts(att)
    n_anon, n_hear = per["anonymous"], per["hearsay"]
    # nullable integers: counts stay whole numbers in CSV next to the NA of not-analysed articles
    summary["attributions"] = summary["article_id"].map(n_att).fillna(0).astype("Int64")
    summary["anonymous_attributions"] = summary["article_id"].astype(str).map(n_anon).fillna(0).astype("Int64")
    summary["hearsay_attributions"] = summary["article_id"].astype(str).map(n_hear).fillna(0).astype("Int64")
    present = fr[fr["present"] == True]  # noqa: E712  (nullable boolean)
    joined = present.groupby("article_id")["frame"].agg("; ".join).to_dict()
    summary["frames_present"] = [joined.get(a, "") for a in summary["article_id"]]
    # a page of unrelated short entries: compare() says how many of a group's articles are such pages
    titles = arts["title"] if "title" in arts.columns else pd.Series(None, index=arts.index)
    summary["live_blog"] = [bool(isinstance(t, str) and is_live_blog(t, la if isinstance(la, str) else None,
                                                                     ti if isinstance(ti, str) else None))
                            for t, la, ti in zip(arts["text"], arts["language"], titles)]
    # not-analysed articles carry NA, never 0
    na = ~summary["analysed"]
    summary.loc[na, ["attributions", "anonymous_attributions", "hearsay_attributions"]] = pd.NA
    summary.loc[na, "frames_present"] = None
    return sents, senti, fr, ev, att, summary, story, actors, cl


def _prepare(articles: pd.DataFrame, chunk_size: int, n_jobs) -> tuple[pd.DataFrame, dict, int]:
    """A checked shallow copy of the article table, its ``attrs`` kept apart, and the number of workers."""
    articles = check_articles(articles)
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive integer, got {chunk_size!r}")
    n_workers = resolve_n_jobs(n_jobs)
    # a shallow copy: columns are replaced, never written into (pandas copy-on-write), so the
    # texts are not duplicated in memory
    arts = articles.copy(deep=False)
    # pandas deep-copies ``attrs`` (load_corpus puts its whole load report there) on every
    # operation: work without them, give them back on the result's article table.
    attrs, arts.attrs = arts.attrs, {}
    arts["article_id"] = arts["article_id"].astype(str)
    for col in ("outlet", "published", "title"):
        if col not in arts.columns:
            arts[col] = None
    return arts, attrs, n_workers


def git_commit(path=None) -> str | None:
    """The commit checked out where the package runs from, read from the files of ``.git`` (no ``git``
    command, no network), or None outside a git checkout (an installed wheel) or when it cannot be read.

    ``path`` (default: this package's folder) and its parents are searched for ``.git``: a folder, or in a
    ``git worktree`` a file ``gitdir: …`` whose folder has a ``commondir``. ``HEAD`` is a commit (detached)
    or ``ref: refs/heads/<branch>``, looked up in the ref files, then in ``packed-refs``. Uncommitted changes
    are not seen: the commit is the one the working files started from.
    """
    from pathlib import Path

    try:
        here = Path(path) if path is not None else Path(__file__).resolve().parent
        for d in (here, *here.parents):
            dot = d / ".git"
            if dot.is_dir():
                gitdir = dot
                break
            if dot.is_file():
                line = dot.read_text(encoding="utf-8").strip()
                if not line.startswith("gitdir:"):
                    return None
                gitdir = Path(line[len("gitdir:"):].strip())
                gitdir = gitdir if gitdir.is_absolute() else (d / gitdir)
                break
        else:
            return None
        common = gitdir
        if (gitdir / "commondir").is_file():
            c = Path((gitdir / "commondir").read_text(encoding="utf-8").strip())
            common = c if c.is_absolute() else gitdir / c
        head = (gitdir / "HEAD").read_text(encoding="utf-8").strip()

        def sha(x):
            return x if len(x) == 40 and all(ch in "0123456789abcdef" for ch in x.lower()) else None

        if not head.startswith("ref:"):
            return sha(head)
        ref = head[4:].strip()
        for base in (gitdir, common):
            f = base / ref
            if f.is_file():
                return sha(f.read_text(encoding="utf-8").strip())
        packed = common / "packed-refs"
        if packed.is_file():
            for line in packed.read_text(encoding="utf-8").splitlines():
                parts = line.split()
                if len(parts) == 2 and parts[1] == ref:
                    return sha(parts[0])
        return None
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _lexicons_used(senti: pd.DataFrame) -> dict:
    """``{language: lexicon label}`` of the sentences scored (the ``lexicon`` column of the sentiment table:
    "VADER 3.3.2", "SentiWS 1.8c + newsanalysis-de-news 0.9", a user lexicon's label), sorted by language."""
    if not len(senti) or not {"language", "lexicon"} <= set(senti.columns):
        return {}
    d = senti.loc[senti["lexicon"].notna(), ["language", "lexicon"]].astype(str).drop_duplicates()
    return {lang: "; ".join(sorted(g["lexicon"])) for lang, g in sorted(d.groupby("language"), key=lambda x: x[0])}


def _label(codebook) -> str:
    """How a codebook argument is recorded in the provenance: its name, its file, or "user table"."""
    if isinstance(codebook, pd.DataFrame):
        return "user table"
    return str(codebook)


def _options_record(codebook, story_codebook, lexicon, actors) -> dict:
    """The analysis material as recorded in a result's provenance (codebooks, lexicons, actor table), with a
    SHA-256 fingerprint (16 hex digits) of each user file or table under ``material_sha256`` (session 16,
    researcher trial: after editing the cues of a codebook the provenance of two runs was identical)."""
    lexicons = [] if lexicon is None else list(lexicon if isinstance(lexicon, (list, tuple)) else [lexicon])
    sha = {}
    for key, cb in (("codebook", codebook), ("story_codebook", story_codebook)):
        h = _material_sha(cb)
        if h:
            sha[key] = h
    for lx in lexicons:
        sha[f"lexicon {lx.label}"] = _digest(json.dumps(
            [sorted(lx.terms.items()), list(lx.prefixes), lx.scale, lx.case_sensitive, lx.language], ensure_ascii=False))
    if actors is not None:
        sha["actors"] = _digest(actors.to_csv(index=False))
    return {"codebook": _label(codebook), "story_codebook": _label(story_codebook),
            "lexicon": None if lexicon is None else [x.label for x in lexicons],
            "actors": "shipped" if actors is None else f"user table ({len(actors)} actors)",
            **({"material_sha256": sha} if sha else {})}


def _digest(text: str | bytes) -> str:
    return hashlib.sha256(text.encode("utf-8") if isinstance(text, str) else text).hexdigest()[:16]


def _material_sha(codebook) -> str | None:
    """Fingerprint of a user codebook (a file's bytes, or a table's CSV); None for the shipped ones."""
    if isinstance(codebook, pd.DataFrame):
        return _digest(codebook.to_csv(index=False))
    if isinstance(codebook, (str, os.PathLike)) and os.path.isfile(codebook):
        with open(codebook, "rb") as fh:
            return _digest(fh.read())
    return None


def analyze(articles: pd.DataFrame, *, progress: bool = False, chunk_size: int = 25,
            n_jobs: int | None = None, parser: bool = False, codebook="generic", story_codebook="story",
            lexicon=None, actors: pd.DataFrame | None = None) -> AnalysisResult:
    """Split, score, frame and attribute every article.

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``, ``text``, ``language``; ``outlet``,
        ``published`` and others are carried along. Not modified.
    progress : bool
        Show a progress bar (tqdm: rate and ETA) over the articles: on a
        terminal, or as a widget in Jupyter where ipywidgets is installed;
        never in logs or headless runs (:func:`newsanalysis._tables.progress_bar`).
    chunk_size : int
        Articles analysed per step (results do not depend on it); with
        ``n_jobs`` > 1 a step is the unit of work sent to a process.
    n_jobs : int or None
        Processes on this machine: ``None`` or 1 (default) analyse in this
        process; N > 1 uses N worker processes
        (:class:`concurrent.futures.ProcessPoolExecutor`, start method
        ``forkserver`` where available, else ``spawn``); -1 uses every CPU.
        The result is identical to the serial run (same rows, order,
        values and dtypes): chunks are analysed independently and joined in
        article order.
    parser : bool
        Also use the English dependency parser (optional extra
        ``newsanalysis[parser]``, :mod:`newsanalysis.models`): attributions
        with ``parser=True`` (PolNeAR test F1 0.708 against 0.584 for the
        rules alone) and tone toward actors with ``method="parse"``
        (NewsMTSC devtest_rw macro-F1 0.603 against 0.588). About 14 times
        slower on English text; German and other languages are unchanged.
    codebook, story_codebook : str, Path or DataFrame
        The codebooks of ``frames`` and ``story_frames`` (default the shipped
        ``"generic"`` Policy Frames Codebook and ``"story"``): a name, your own
        YAML file or a cue table (:func:`newsanalysis.framing.load_codebook`).
    lexicon : Lexicon or list of Lexicon, optional
        Your own sentiment lexicon(s), one per language
        (:func:`newsanalysis.sentiment.load_lexicon`), used for sentences and
        tone toward actors; other languages keep the defaults.
    actors : DataFrame, optional
        Your own actor table (:func:`newsanalysis.actors.load_actors` format),
        used by attributions (names, source types, countries) and tone toward
        actors in place of the shipped cast.

    Returns
    -------
    AnalysisResult
        See its attributes. Articles in a language outside
        :data:`ANALYSED_LANGUAGES` are kept with ``analysed=False`` and NaN
        scores, never zeros.

    Raises
    ------
    ValueError
        As :func:`newsanalysis.sentences` for a malformed article table; for
        ``chunk_size`` < 1 or an invalid ``n_jobs``.
    RuntimeError
        With ``n_jobs`` > 1 when a worker process dies (most often a script
        without an ``if __name__ == "__main__":`` guard; the message says so).
    ImportError
        With ``parser=True`` when the ``parser`` extra is not installed.

    Notes
    -----
    The first parallel call of a session starts a fork server that imports
    :mod:`newsanalysis` (a few seconds); ``n_jobs`` pays off from a few
    hundred articles on. In a script, call it under
    ``if __name__ == "__main__":`` as any multiprocessing code.
    Scale-out beyond one machine: :mod:`newsanalysis.distributed`.
    """
    arts, attrs, n_workers = _prepare(articles, chunk_size, n_jobs)
    with progress_bar(total=len(arts), progress=progress, unit="article", desc="analysing") as bar:
        parts = _run_chunks(arts, chunk_size, n_workers, bar, parser, codebook=codebook,
                            story_codebook=story_codebook, lexicon=lexicon, actors=actors)
    sents, senti, fr, ev, att, summary, story, actor_rows, cl = _join_tables(arts, parts)
    prov = {"fingerprint": corpus_fingerprint(arts), "version": __version__, "commit": git_commit(),
            "n_articles": len(arts), **_options_record(codebook, story_codebook, lexicon, actors),
            "lexicons": _lexicons_used(senti)}
    for t in (sents, senti, fr, ev, att, summary, story, actor_rows, cl):
        t.attrs = {"provenance": prov}
    arts.attrs = attrs
    return AnalysisResult(arts, sents, senti, fr, ev, att, summary, prov, story_frames=story, actor_tone=actor_rows,
                          claims=cl, lexicon=lexicon)


TRACE_COLUMNS = ["article_id", "outlet", "published", "language", "sentence_id", "text", "scored", "compound",
                 "tone", "authorial_compound", "quoted_compound", "tone_words", "frames", "frame_cues",
                 "attributions", "sources", "claims", "source_status", "counted_sources"]


#: Rules that reverse a word's polarity (``rules`` of :func:`newsanalysis.sentiment.sentiment_terms`).
_REVERSING = ("negated by", "dismissed by", "ended by", "reduced by")


def _signed(x: float, digits: int) -> str:
    return f"{'+' if x > 0 else '−'}{abs(x):.{digits}f}"


def _tone_word(term: str, weight: float, lexicon_weight: float, rules) -> str:
    """One word of ``tone_words``: "war −2.9"; a word whose sign a rule reversed also shows its own lexicon
    weight and the rule, "Ängste +1.5 (lexicon −0.51, dismissed by 'übertrieben')", so that a negative word
    is not read as a positive one (session 18)."""
    out = f"{term} {_signed(weight, 1)}"
    if lexicon_weight and weight and (lexicon_weight > 0) != (weight > 0):
        why = [r.split(" (x")[0] for r in str(rules or "").split("; ") if r.startswith(_REVERSING)]
        lw = _signed(lexicon_weight, 2).rstrip("0").rstrip(".")
        out += f" (lexicon {lw}{', ' + why[0] if why else ''})"
    return out


def sentence_trace(result, *, terms: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sentence with everything measured in it: the worksheet behind every figure.

    A teacher tracing "KCNA's own voice is more positive" or "Yonhap cites more media" back to sentences had
    to join five tables with pandas (session 12); this is that join, tidy, one row per sentence.

    Parameters
    ----------
    result : AnalysisResult
        The output of :func:`newsanalysis.analyze`. Not modified.
    terms : DataFrame, optional
        :func:`newsanalysis.sentiment.sentiment_terms` for the same articles (computed when omitted, with
        the lexicon ``analyze`` scored with, your own included; a result read back from Parquet,
        :func:`newsanalysis.distributed.read_results`, does not keep your own lexicon: pass ``terms``
        then, or ``tone_words`` stays empty with a warning).

    Returns
    -------
    DataFrame
        One row per sentence of ``result.sentences``, in article and sentence order: ``article_id``,
        ``outlet``, ``published`` (from ``result.articles``), ``language``, ``sentence_id``, ``text``;
        ``scored`` (bool: the language is analysed and the sentence has words to score), ``compound`` (−1 to
        +1, NaN when not scored), ``tone`` ("negative" / "neutral" / "positive" by the language's class
        cut-offs, :func:`newsanalysis.sentiment_de.class_cutoffs`; empty when not scored),
        ``authorial_compound`` / ``quoted_compound`` (the outlet's own words and the quoted words, NaN when
        the sentence has none); ``tone_words`` (the words behind the score with their weights, "war −2.9;
        peace +1.8", strongest first; a word whose sign a rule reversed also gives its own lexicon weight
        and the rule, "Ängste +1.5 (lexicon −0.51, dismissed by 'übertrieben')", "good −1.4 (lexicon +1.9,
        negated by 'not')"); ``frames`` (the generic frames with a cue in the sentence,
        "; "-joined) and ``frame_cues`` ("Security_and_defense: troops, missile"); ``attributions`` (count of
        attributions whose cue is in the sentence, every row of the attribution table) and ``sources`` ("Kim
        Jong Un [government, KP; said]", "; "-joined; a chained row adds its chain, "Die Ministerin
        [government; teilte mit; chain Staatsmedien > Die Ministerin]", and the "laut" row that only names the
        chain's medium says it is not counted by the outlet comparisons, "Staatsmedien [media; laut; chain
        part, not counted]", see ``chain_part`` in :func:`newsanalysis.attributions`); ``claims`` (the numbers with their unit and source, "11,000 troops (USA)"; a unit taken from an
        earlier claim in brackets, "3,000 [troops] (the NIS)", see ``unit_inferred`` in
        :func:`newsanalysis.claims`);
        ``source_status`` (one entry per source, in the order of ``sources``, "; "-joined: its
        :func:`newsanalysis.compare.source_status`, named / anonymous / neither / no_source / hearsay, and,
        for a row the source figures of ``compare``, ``estimates`` and ``compare_tests`` leave out (default
        arguments), why: "anonymous (not counted: inside someone's speech)", "named (not counted: speaker
        turn)", see :data:`newsanalysis.compare.NOT_COUNTED_REASONS`) and ``counted_sources`` (how many of the
        sentence's attributions those figures count). One row per attribution instead:
        :func:`newsanalysis.compare.source_trace`.

    Raises
    ------
    TypeError
        If ``result`` has no ``sentences`` table.
    """
    sents = getattr(result, "sentences", None)
    if sents is None:
        raise TypeError("sentence_trace needs the result of newsanalysis.analyze (a table of sentences)")
    key = ["article_id", "sentence_id"]
    if not len(sents):  # a result without sentences (nothing analysed, or a hand-made result)
        return pd.DataFrame(columns=TRACE_COLUMNS)
    out = sents[["article_id", "sentence_id", "text", "language"]].copy()
    out["article_id"] = out["article_id"].astype(str)
    arts = result.articles.assign(article_id=lambda d: d["article_id"].astype(str)).set_index("article_id")
    for col in ("outlet", "published"):
        out[col] = out["article_id"].map(arts[col]) if col in arts.columns else None
    se = result.sentiment
    se = se.reindex(columns=list(dict.fromkeys(list(se.columns) + key + ["scored", "compound", "authorial_compound",
                                                                         "quoted_compound"])))
    se = se.assign(article_id=se["article_id"].astype(str))[key + ["scored", "compound", "authorial_compound",
                                                                   "quoted_compound"]]
    out = out.merge(se, on=key, how="left")
    out["scored"] = out["scored"].astype("boolean").fillna(False).astype(bool)
    from .sentiment_de import class_cutoffs

    def label(c, lang):
        if pd.isna(c):
            return ""
        lo, hi = class_cutoffs(lang)
        return "negative" if c <= lo else "positive" if c >= hi else "neutral"

    out["tone"] = [label(c, lang) if ok else "" for c, lang, ok in zip(out["compound"], out["language"], out["scored"])]

    def joined(table, fmt, sort=None):
        if table is None or not len(table):
            return pd.Series(dtype=object)
        t = table.assign(article_id=table["article_id"].astype(str))
        if sort is not None:
            t = t.sort_values(sort, kind="stable")
        # (a dict, not groupby.apply: include_groups needs pandas 2.2, the package allows 2.1)
        return pd.Series({k: fmt(g) for k, g in t.groupby(key, sort=False)}, dtype=object)

    user_lexicon = getattr(result, "lexicon", None)
    if terms is None and len(sents):
        if (getattr(result, "provenance", None) or {}).get("lexicon") and user_lexicon is None:
            warnings.warn("sentence_trace: the result was scored with your own lexicon, which it does not carry "
                          "(read back from files?); tone_words stays empty. Pass terms=sentiment_terms(articles, "
                          "sentences=..., attributions=..., lexicon=your_lexicon).", UserWarning, stacklevel=2)
        else:
            # session 16 (researcher trial): with the user's lexicon too, so the trace shows its words
            att = result.attributions if len(result.attributions) else None
            terms = sentiment_terms(result.articles, sentences=sents, attributions=att, lexicon=user_lexicon)
    if terms is not None and len(terms):
        terms = terms[terms["weight"].astype(float) != 0].assign(_abs=lambda d: -d["weight"].astype(float).abs())
    tw = joined(terms, lambda g: "; ".join(_tone_word(t, w, lw, r) for t, w, lw, r in zip(
        g["term"], g["weight"].astype(float),
        g["lexicon_weight"].astype(float) if "lexicon_weight" in g.columns else g["weight"].astype(float),
        g["rules"] if "rules" in g.columns else [""] * len(g))),
                sort=["article_id", "sentence_id", "_abs"])
    ev = result.frame_evidence
    fr = joined(ev, lambda g: "; ".join(dict.fromkeys(g["frame"])))
    fc = joined(ev, lambda g: "; ".join(f"{f}: {', '.join(dict.fromkeys(x['matched']))}"
                                        for f, x in g.groupby("frame", sort=False)))
    att = result.attributions

    def source_text(g):
        parts = []
        chains = g["chain"] if "chain" in g.columns else [None] * len(g)
        in_chain = g["chain_part"].astype("boolean").fillna(False) if "chain_part" in g.columns else [False] * len(g)
        for src, typ, ctry, cue, chain, part in zip(g["source"], g["source_type"], g["source_country"], g["cue"],
                                                    chains, in_chain):
            who = src if isinstance(src, str) and src else "(no source)"
            tags = ", ".join(x for x in (typ, ctry) if isinstance(x, str) and x)
            more = (f"; chain {chain}" if isinstance(chain, str) and chain else "") + (
                "; chain part, not counted" if part else "")
            parts.append(f"{who} [{tags}{'; ' if tags else ''}{cue}{more}]")
        return "; ".join(parts)

    na_ = joined(att, len)
    so = joined(att, source_text)
    # what the source figures make of each row (session 15, researcher trial F7): its status, and whether
    # compare/estimates/compare_tests count it, with their default arguments
    from .compare import not_counted_reasons, source_status

    if len(att):
        att = att.assign(_status=source_status(att).to_numpy(), _why=not_counted_reasons(result).to_numpy())
    ss = joined(att, lambda g: "; ".join(s + (f" (not counted: {w})" if w else "")
                                         for s, w in zip(g["_status"], g["_why"])))
    nc = joined(att, lambda g: int((g["_why"] == "").sum()))
    cl = joined(getattr(result, "claims", None), lambda g: "; ".join(
        f"{n}" + (f" [{u}]" if inferred else "") + (f" ({s})" if isinstance(s, str) and s else " (no source)")
        for n, u, inferred, s in zip(g["number_text"], g["unit"],
                                     g["unit_inferred"] if "unit_inferred" in g else [False] * len(g), g["source"])))
    idx = pd.MultiIndex.from_frame(out[key])
    for col, ser, empty in (("tone_words", tw, ""), ("frames", fr, ""), ("frame_cues", fc, ""),
                            ("attributions", na_, 0), ("sources", so, ""), ("claims", cl, ""),
                            ("source_status", ss, ""), ("counted_sources", nc, 0)):
        vals = ser.reindex(idx) if len(ser) else pd.Series([pd.NA] * len(out), index=idx)
        out[col] = [empty if v is None or (not isinstance(v, str) and pd.isna(v)) else v for v in vals]
    out["attributions"] = out["attributions"].astype(int)
    out["counted_sources"] = out["counted_sources"].astype(int)
    return out[TRACE_COLUMNS].reset_index(drop=True)
