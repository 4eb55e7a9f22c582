"""Write an analysis to a folder: every table as CSV and Parquet, figures, and an ``index.html``.

Presentation only: every number shown comes from a table written beside it,
and every table joins back to sentences (``article_id``, ``sentence_id``,
character offsets) so that a figure can be traced to the text behind it.
"""
from __future__ import annotations

import html
import json
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from . import __version__
from ._tables import count_of, plural
from .compare import (UNKNOWN, _check_result, _own_voice_mask, _turn_mask, _without_duplicates, chain_part_mask, nested_mask, apply_correction, article_groups, compare, compare_tests, estimates, frame_shares_long, load_outlets,
                      source_mix_long, check_cue_classes, reported_attributions)
from .attribution import CUE_CLASSES
from .keyness import keyness, top_terms
from .kwic import KWIC_COLUMNS, kwic, kwic_html
from .plot import (actor_tone_plot, frame_heatmap, group_palette, interval_plot, keyness_plot, save_figure,
                   source_mix_plot, time_plot, tone_plot)
from .compare import source_trace
from .pipeline import sentence_trace
from .sentiment import ACTOR_TONE_VOICES, TERM_COLUMNS, actor_tone_summary, sentiment_terms, term_drivers
from .timeline import load_events, timeline


def language_counts(result) -> pd.DataFrame:
    """Articles loaded and analysed per language: ``language, articles, analysed, not_analysed``."""
    s = result.summary
    out = s.groupby("language").agg(articles=("article_id", "size"), analysed=("analysed", "sum")).reset_index()
    out["analysed"] = out["analysed"].astype(int)
    out["not_analysed"] = out["articles"] - out["analysed"]
    return out.sort_values("articles", ascending=False, ignore_index=True)


def not_analysed_articles(result) -> pd.DataFrame:
    """Every article no figure rests on, with the reason: ``article_id, outlet, language, published, reason``
    ("no analysers for language 'ko' (newsanalysis analyses en and de)"), in the order of ``result.summary``;
    no row when every article was analysed. The report writes it as ``tables/not_analysed.csv`` (session 17
    trial K: the page counted "ko 8, vi 2" but named none of them)."""
    from ._tables import ANALYSED_LANGUAGES

    s = result.summary
    cols = ["article_id", "outlet", "language", "published", "reason"]
    out = s.loc[~s["analysed"].astype(bool)].copy()
    for c in ("outlet", "published"):
        if c not in out.columns:
            out[c] = None
    known = " and ".join(ANALYSED_LANGUAGES)
    out["reason"] = [f"no analysers for language {str(x)!r} (newsanalysis analyses {known})" if isinstance(x, str)
                     and x else f"no language (newsanalysis analyses {known})" for x in out["language"]]
    return out[cols].reset_index(drop=True)


def figure_formats_note(formats) -> str:
    """The page's line on the figure files: only the formats that were written (PNG always)."""
    extra = [f.upper() for f in dict.fromkeys(f.strip().lower() for f in formats) if f and f != "png"]
    if not extra:
        return '<p class="note">Figures are PNG files in <code>figures/</code>.</p>'
    return f'<p class="note">Each figure also as {" and ".join(extra)} in <code>figures/</code>.</p>'


def _period_note(cmp: pd.DataFrame, g: str) -> str:
    """A warning when the compared groups' articles cover periods that do not overlap: a difference between
    them may then be one between events, not between outlets (the check of compare(), which warns with
    a PeriodWarning; the page says it here instead)."""
    from .compare import different_periods

    spans = html.escape(different_periods(cmp, g))
    if not spans:
        return ""
    return (f"<p><strong>The {html.escape(plural(g))} compared cover different periods</strong> ({spans}): "
            "a difference between them may be a difference between the events they report, not between how they "
            "report the same event.</p>")


def analysed_line(result) -> str:
    """One plain line: how many articles were analysed and which languages were not, e.g.
    ``"0 of 1 articles analysed: newsanalysis analyses English (en) and German (de); not analysed: ru 1"``."""
    langs = language_counts(result)
    missing = langs[langs["not_analysed"] > 0]
    line = (f"{int(langs['analysed'].sum())} of {int(langs['articles'].sum())} articles analysed: "
            "newsanalysis analyses English (en) and German (de)")
    if len(missing):
        line += "; not analysed: " + ", ".join(f"{lang} {n}" for lang, n in zip(missing["language"],
                                                                              missing["not_analysed"]))
    return line


def weight_scale_note(lexicons) -> str:
    """What the ``weight`` column of ``sentiment_terms`` / ``term_drivers`` is on, for the lexicons used
    (the ``lexicon`` column: ``"VADER 3.3.2"``, ``"SentiWS 1.8c"``). German weights are SentiWS weights
    (about −1..1) times the lexicon's scale 4, so they span VADER's −4..4 but are not VADER scores."""
    names = {str(x).split()[0] for x in lexicons if isinstance(x, str) and x.strip()}
    vader = "English: VADER's −4..4 scale"
    sentiws = ("German: SentiWS weights (about −1..1) times 4, so the same range as VADER's but a different "
               "lexicon")
    parts = [text for name, text in (("VADER", vader), ("SentiWS", sentiws)) if name in names]
    if not parts:
        return "on the lexicon's own scale"
    if len(parts) == 1:
        return parts[0].split(": ", 1)[1]
    return "; ".join(parts) + "; compare words within one language only"


def _write_table(df: pd.DataFrame, stem: Path) -> None:
    df = df.copy()
    df.attrs = {}
    df.to_csv(stem.with_suffix(".csv"), index=False)
    for c in df.columns:  # Parquet needs one type per column: mixed object columns become strings
        if df[c].dtype == object:
            kinds = {type(v) for v in df[c].dropna()}
            if len(kinds) > 1 or (kinds and not kinds <= {str}):
                df[c] = df[c].map(lambda v: None if v is None or (isinstance(v, float) and pd.isna(v)) else str(v))
    df.to_parquet(stem.with_suffix(".parquet"), index=False)


def tone_evidence(result, by: str = "outlet", *, n: int = 3, outlets: pd.DataFrame | None = None) -> pd.DataFrame:
    """The most negative and most positive scored sentences per group, with their text.

    Returns one row per sentence: ``<by>``, ``side`` (``"negative"``/``"positive"``),
    ``article_id``, ``sentence_id``, ``start``, ``end``, ``compound``, ``text``
    (the sentence, from ``result.sentences``). Empty when nothing is scored.
    """
    cols = [by, "side", "article_id", "sentence_id", "start", "end", "compound", "text"]
    se = result.sentiment
    if not len(se) or not len(result.sentences):
        return pd.DataFrame(columns=cols)
    se = se[se["scored"].astype(bool)].merge(result.sentences[["article_id", "sentence_id", "text"]],
                                             on=["article_id", "sentence_id"], how="left")
    se[by] = se["article_id"].astype(str).map(article_groups(result.articles, by, outlets=outlets))
    parts = []
    for side, asc in (("negative", True), ("positive", False)):
        t = se.sort_values(["compound", "article_id", "sentence_id"], ascending=[asc, True, True])
        t = t[t["compound"] < 0] if side == "negative" else t[t["compound"] > 0]
        parts.append(t.groupby(by, sort=True).head(n).assign(side=side))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=cols)
    return out[cols].sort_values([by, "side", "compound"], ignore_index=True)


#: Columns of :func:`actor_tone_by_group` after the group column.
ACTOR_TONE_GROUP_COLUMNS = ["language", "actor_id", "actor", "kind", "voice", "n_articles", "n_mentions",
                            "turn_mentions_left_out", "mean_tone", "ci_low", "ci_high", "tested", "warning"]


def actor_tone_by_group(result, by: str = "outlet", *, voice: str = "authorial", outlets: pd.DataFrame | None = None,
                        speaker_turns: bool = False, min_articles: int = 5, duplicates: bool = False,
                        actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """Mean tone toward each actor per group and language, with its interval: the report's actor tone table.

    :func:`newsanalysis.sentiment.actor_tone_summary` over ``result.actor_tone``, restricted to what
    :func:`newsanalysis.compare.compare_tests` (``actor_tone_voice=voice``) tests: analysed articles,
    duplicates left out, groups as :func:`newsanalysis.compare.article_groups` resolves them (outlet-table
    columns too), transcript speaker turns left out unless ``speaker_turns``.

    Parameters
    ----------
    result : AnalysisResult
    by : str
        Grouping (an article column, ``"month"``/``"week"`` or an outlet-table column).
    voice : {"authorial", "all", "quoted"}
        Which mentions count (see :func:`newsanalysis.sentiment.actor_tone_summary`).
    outlets : DataFrame, optional
        Outlet table (:func:`newsanalysis.compare.load_outlets` by default).
    speaker_turns : bool
        Count mentions inside transcript speaker turns (default False).
    min_articles : int
        Articles mentioning the actor that a group needs in a language to be tested.
    duplicates : bool
        Keep articles with ``duplicate_of`` set (default False, as the tests).
    actors : DataFrame, optional
        Actor table for the names (default the shipped one; ids it lacks keep the id as name).

    Returns
    -------
    DataFrame
        One row per (group, language, actor): ``<by>`` (left out when ``by="language"``, which is then
        the ``language`` column), :data:`ACTOR_TONE_GROUP_COLUMNS`: ``actor`` and ``kind`` from the actor
        table; ``n_articles`` articles with a scored mention in that voice, ``n_mentions`` those mentions;
        ``mean_tone`` the mean over articles of the article's mean tone toward the actor (scale of
        :func:`newsanalysis.sentiment.actor_tone`, −1..1; lexicon of the language, so English and German
        rows are not on one scale), ``ci_low``/``ci_high`` its 95 % Student t-interval (NaN with one
        article); ``tested`` True when the group is in the ``actor_tone`` test of that actor and language
        (≥ ``min_articles`` articles, not ``"(unknown)"``, and at least two such groups). Sorted by
        language, actor (most articles, then most mentions first), group. Empty (with these columns) when nothing is scored.

    Raises
    ------
    ValueError
        For an unknown ``voice``, or a voice other than "all" on a table without ``voice``.
    TypeError
        If ``result`` is not an analysis result.
    KeyError
        If ``by`` cannot be resolved.
    """
    if voice not in ACTOR_TONE_VOICES:
        raise ValueError(f"actor_tone_by_group: voice must be one of {ACTOR_TONE_VOICES}, got {voice!r}")
    _check_result(result, "actor_tone_by_group")
    cols = ([] if by == "language" else [by]) + ACTOR_TONE_GROUP_COLUMNS
    kept, _ = _without_duplicates(result, duplicates)
    groups = article_groups(kept.articles, by, outlets=outlets)
    at = getattr(kept, "actor_tone", None)
    if at is None or not len(at) or not {"article_id", "actor_id", "tone"} <= set(at.columns):
        return pd.DataFrame(columns=cols)
    s = kept.summary
    analysed = set(s.loc[s["analysed"].astype(bool), "article_id"].astype(str))
    at = at[at["article_id"].astype(str).isin(analysed)]
    arts = pd.DataFrame({"article_id": groups.index.astype(str), by: groups.values})
    out = actor_tone_summary(at, arts, by=by, voice=voice, speaker_turns=speaker_turns)
    if not len(out):
        return pd.DataFrame(columns=cols)
    if actors is None:
        from .actors import load_actors
        actors = load_actors()
    names = dict(zip(actors["actor_id"], actors["name"]))
    kinds = dict(zip(actors["actor_id"], actors["kind"])) if "kind" in actors.columns else {}
    out["actor"] = out["actor_id"].map(lambda a: names.get(a) or a)
    out["kind"] = out["actor_id"].map(lambda a: kinds.get(a, ""))
    g = "language" if by == "language" else by
    big = (out["n_articles"] >= min_articles) & (out[g].astype(str) != UNKNOWN)
    n_big = big.groupby([out["language"], out["actor_id"]]).transform("sum")
    out["tested"] = (big & (n_big >= 2) & (by != "language")).astype(bool)
    per = out.groupby(["language", "actor_id"])
    out = (out.assign(_arts=-per["n_articles"].transform("sum"), _ments=-per["n_mentions"].transform("sum"),
                      _g=out[g].astype(str))
              .sort_values(["language", "_arts", "_ments", "actor_id", "_g"], kind="stable", ignore_index=True))
    return out[cols]


def frame_evidence_text(result) -> pd.DataFrame:
    """Frame cue hits with their sentence: ``frame_evidence`` columns plus ``sentence``."""
    ev = result.frame_evidence
    if not len(ev) or not len(result.sentences):
        return ev.assign(sentence=pd.Series(dtype=object))
    return ev.merge(result.sentences[["article_id", "sentence_id", "text"]].rename(columns={"text": "sentence"}),
                    on=["article_id", "sentence_id"], how="left")


def _own_lexicon(result) -> bool:
    """Whether ``analyze`` used the caller's own lexicon and the result does not keep it to re-score terms
    (a result read back from Parquet; :func:`newsanalysis.analyze` keeps it in ``result.lexicon``)."""
    return bool((getattr(result, "provenance", None) or {}).get("lexicon")) and getattr(result, "lexicon", None) is None


def _term_tables(result, by: str, outlets, tables: dict) -> pd.DataFrame | None:
    """Add ``sentiment_terms`` (every scored word) and ``term_drivers`` (the words with the largest summed
    weight per ``by`` group, duplicates left out as in the comparisons) to ``tables``; return the drivers.
    None when ``analyze`` used the caller's own lexicon (:func:`_own_lexicon`)."""
    if _own_lexicon(result):
        return None
    sents, att = getattr(result, "sentences", None), getattr(result, "attributions", None)
    if sents is None or not len(sents):  # nothing was split (a hand-made result): header-only tables
        terms = pd.DataFrame(columns=TERM_COLUMNS)
    else:
        terms = sentiment_terms(result.articles, sentences=sents,
                                attributions=att if att is not None and len(att) else None,
                                lexicon=getattr(result, "lexicon", None))
    kept, _ = _without_duplicates(result, False)
    groups = article_groups(kept.articles, by, outlets=outlets)
    arts = pd.DataFrame({"article_id": groups.index.astype(str), by: groups.values})
    drivers = term_drivers(terms[terms["article_id"].astype(str).isin(arts["article_id"])], arts, by=by)
    tables["sentiment_terms"] = terms
    tables["term_drivers"] = drivers
    return drivers


def _groupings(result, by: str, extra: tuple, outlets) -> list[str]:
    """``by`` (must resolve: KeyError otherwise) plus the extra groupings that resolve."""
    article_groups(result.articles, by, outlets=outlets)
    out = [by]
    for g in extra:
        if g in out:
            continue
        try:
            article_groups(result.articles, g, outlets=outlets)
        except KeyError:
            continue
        out.append(g)
    return out


def _periods_said_on_the_page(func):
    """compare() and compare_tests() warn (PeriodWarning) when the groups cover different periods; the report
    says so on the page for every grouping (:func:`_period_note`), so the warnings are not repeated on the
    console."""
    import functools

    @functools.wraps(func)
    def call(*args, **kwargs):
        from .compare import PeriodWarning

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PeriodWarning)
            return func(*args, **kwargs)
    return call


def _cue_class_note(att: pd.DataFrame, speaker_turns: bool, nested: bool, cue_classes) -> str:
    """One sentence for the page: the reported rows by cue class, and which classes count as sources."""
    if att is None or not len(att) or "cue_class" not in att.columns:
        return ""
    rep = reported_attributions(att, speaker_turns, nested)
    n = rep["cue_class"].value_counts()
    parts = ", ".join(f"{c} {int(n[c]):,}" for c in CUE_CLASSES if n.get(c, 0))
    if not parts:
        return ""
    if cue_classes is None:
        other = int(n[[c for c in n.index if c not in ("speech", "writing")]].sum())
        tail = (f"; every class counts as a source, so {other:,} rows whose cue is no speech or writing "
                "(\"decided to\", \"believes\", \"the data showed\") are among the sources; newsanalysis report "
                "--cue-classes speech,writing counts only who says or writes something." if other else
                "; every class counts as a source.")
    else:
        left = int(n[[c for c in n.index if c not in cue_classes]].sum())
        tail = (f"; only {', '.join(cue_classes)} count as sources (--cue-classes): {left:,} rows of the other "
                "classes are left out.")
    return f"Counted attributions by what their cue reports (cue_class): {parts}{tail}"


def _cue_class_table_html(cmp: pd.DataFrame, g: str, cue_classes, table_html, link) -> str:
    """The reported rows of each group by cue class (the ``cue_<class>`` columns of :func:`compare`)."""
    cols = [f"cue_{c}" for c in CUE_CLASSES if f"cue_{c}" in cmp.columns and cmp[f"cue_{c}"].sum() > 0]
    if not cols:
        return ""
    shown = cmp.loc[cmp["analysed_articles"] > 0, [g, "attributions"] + cols + ["cue_classes_left_out"]]
    which = ("every class counts as a source" if cue_classes is None else
             f"only {', '.join(cue_classes)} count as sources; <code>attributions</code> and every share above "
             "rest on them")
    return f"""<p class="note">What the attributions report: <code>cue_speech</code> "said", "according to",
quotations; <code>cue_writing</code> "wrote", "reported"; <code>cue_cognition</code> "believes", "fears";
<code>cue_evidence</code> "the data showed"; <code>cue_intention</code> "decided to", "refused to";
<code>cue_evaluation</code> "defended", "rejected", "called X Y"; <code>cue_reportative</code> "reportedly",
"soll … haben". Counts of the reported rows; {which} (<code>cue_classes_left_out</code>). Source:
{link(f'comparison_by_{g}')}.</p>
{table_html(shown)}"""


@_periods_said_on_the_page
def write_report(result, out_dir: str | Path, *, by: str = "outlet", load_report: dict | None = None,
                 also_by: tuple[str, ...] = ("affiliation", "country"), outlets: pd.DataFrame | None = None,
                 events: pd.DataFrame | None = None, freq: str = "month", time_by: str = "affiliation",
                 correction: str = "fdr_bh", min_articles: int = 5, recent_from: str = "2023-06-01",
                 seed: int = 0, formats: tuple[str, ...] = ("png", "svg", "pdf"), speaker_turns: bool = False,
                 correction_family: str = "family", nested: bool = False, story_frames: bool = False, emphasis: bool = False,
                 actor_tone: str | None = "authorial", cue_classes=None, keyness_rows: int | None = 200) -> Path:
    """Write tables, figures and ``index.html`` for an :class:`~newsanalysis.AnalysisResult`.

    Parameters
    ----------
    result : AnalysisResult
    out_dir : path
        Created if needed; existing files of the same names are replaced.
    by : str
        Main grouping for the comparison (see :func:`newsanalysis.compare`).
    load_report : dict, optional
        ``articles.attrs["load_report"]`` from :func:`newsanalysis.load_corpus`.
    also_by : tuple of str
        Further groupings compared the same way when they resolve (outlet-table
        columns such as ``affiliation`` and ``country``).
    outlets : DataFrame, optional
        Outlet table (:func:`newsanalysis.compare.load_outlets` by default;
        when missing, outlet-table groupings are skipped).
    events : DataFrame, optional
        Events drawn on the time plots (:func:`newsanalysis.timeline.load_events` by default).
    freq : {"month", "week"}
        Period of the time plots.
    time_by : str
        Grouping of the time plots (``"affiliation"`` by default; ``by`` if it does not resolve).
    recent_from : str
        The time plots are drawn twice when the corpus starts earlier: whole
        span, and from this date (``*_recent``).
    correction : str
        Multiple-testing correction of every p-value, omnibus and pairwise
        (``"fdr_bh"`` or ``"holm"``).
    correction_family : {"family", "grouping", "report"}
        Over which tests the correction runs: each family and scope of a
        grouping (default), all tests of a grouping, or all tests of the
        report (every grouping together). The page states which.
    min_articles : int
        Groups with fewer analysed articles (in the language tested) are left out of tests.
    seed : int
        Seed of every bootstrap and permutation.
    formats : tuple of str
        File formats of every figure (matplotlib names; ``"png"`` is always
        written, the HTML page shows it). Saving SVG and PDF as well takes
        most of the time of a report: ``formats=("png",)`` for a quick one.
    speaker_turns : bool
        Count transcript speaker turns ("Vladimir Putin: …") as attributions
        in the comparisons and tests (default False: see
        :func:`newsanalysis.compare.reported_attributions`).
    nested : bool
        Count attributions made inside quoted or reported speech (a quoted
        speaker's own "according to …", "allegedly") in the comparisons and
        tests (default False: see :func:`newsanalysis.compare.nested_mask`).
    story_frames : bool
        Also test the story frames (family ``story_frame`` in the test tables;
        :func:`newsanalysis.compare.compare_tests`). Default False.
    emphasis : bool
        Also test how much of each article's frame cue weight a frame takes
        (families ``frame_share``, and ``story_frame_share`` with
        ``story_frames``; ``compare_tests(..., emphasis=True)``): the
        comparison docs/framing.md advises for frames present in nearly every
        article (Political, External_regulation, Security_and_defense).
        Default False.
    actor_tone : {"authorial", "all", "quoted"} or None
        Tone toward actors, in which voice (default ``"authorial"``: the
        outlet's own words; ``None`` leaves it out): per grouping the table
        ``actor_tone_by_<g>`` (:func:`actor_tone_by_group`), the family
        ``actor_tone`` in ``tests_by_<g>`` (``compare_tests(...,
        actor_tone_voice=actor_tone)``, corrected like the other tests),
        the figure ``actor_tone_by_<g>`` and a section of the page. The
        per-mention table ``actor_tone`` is written either way (a table of
        the result).
    cue_classes : str or iterable of str, optional
        Count as sources only the attributions of these cue classes in the
        comparisons and tests (e.g. ``("speech", "writing")``; CLI
        ``--cue-classes speech,writing``); default None: every class. Each
        comparison section shows the reported rows per cue class either way
        (``cue_<class>`` columns of ``comparison_by_<g>``).
    keyness_rows : int or None
        Rows of ``keyness_<lang>_by_<by>`` written per comparison (group and
        reference): the first ``keyness_rows`` by rank (highest G² first;
        adjusted p-values are those of the whole comparison). Default 200;
        None or 0 writes every term (a corpus of 376 outlets gave 1.6 million
        rows, 291 MB, in a journalist's trial). ``na.keyness`` gives the
        whole table in Python.

    Returns
    -------
    Path
        The ``index.html`` written. Beside it: ``tables/<name>.csv`` and
        ``.parquet`` for every table of the result plus ``comparison``
        (by ``by``), ``comparison_by_<g>``, ``estimates_by_<g>``,
        ``tests_by_<g>`` for each grouping, ``keyness_<lang>_by_<by>``,
        ``timeline_by_<time_by>``, ``evidence_tone_by_<by>``,
        ``evidence_frames``, ``kwic_keyness``, ``languages``,
        ``sentiment_terms`` (:func:`newsanalysis.sentiment_terms`) and
        ``term_drivers`` (:func:`newsanalysis.term_drivers` by ``by``, with
        the lexicon ``analyze`` scored with; both left out for a result read
        back from Parquet that was scored with your own lexicon);
        ``figures/tone_by_<g>``, ``frames_by_<g>``, ``frame_intervals_by_<g>``,
        ``sources_by_<g>``, ``actor_tone_by_<g>`` (with ``actor_tone``; also a table),
        ``keyness_<lang>_by_<by>``,
        ``articles_over_time``, ``tone_over_time`` (and ``*_recent``) in
        ``formats`` (PNG, SVG and PDF by default; when no article is
        analysed, only ``articles_over_time``, and the page says why);
        ``load_report.json``.
    """
    import html as _html

    if actor_tone is not None and actor_tone not in ACTOR_TONE_VOICES:
        raise ValueError(f"actor_tone must be None or one of {ACTOR_TONE_VOICES}, got {actor_tone!r}")
    cue_classes = check_cue_classes(cue_classes)
    out = Path(out_dir)
    (out / "tables").mkdir(parents=True, exist_ok=True)
    (out / "figures").mkdir(parents=True, exist_ok=True)
    if outlets is None:
        try:
            outlets = load_outlets()
        except FileNotFoundError:
            outlets = pd.DataFrame(columns=["outlet"])
    if events is None:
        try:
            events = load_events()
        except FileNotFoundError:
            events = None
    esc = _html.escape
    groupings = _groupings(result, by, also_by, outlets)
    langs = language_counts(result)
    tables = dict(result.tables())
    tables["languages"] = langs
    tables["not_analysed"] = not_analysed_articles(result)
    cl = tables.get("claims")
    if cl is not None and len(cl) and "sentence_id" in cl.columns:
        # (journalist trial, session 16: the claims table had to be joined to the trace to see whose article
        # and which sentence a figure is in)
        arts_ = result.articles.assign(article_id=lambda d: d["article_id"].astype(str))
        sents_ = result.sentences.assign(article_id=lambda d: d["article_id"].astype(str))
        cl = cl.assign(article_id=cl["article_id"].astype(str))
        if "outlet" in arts_.columns and "outlet" not in cl.columns:
            cl = cl.merge(arts_[["article_id", "outlet"]], on="article_id", how="left")
        if "sentence" not in cl.columns:
            cl = cl.merge(sents_[["article_id", "sentence_id", "text"]].rename(columns={"text": "sentence"}),
                          on=["article_id", "sentence_id"], how="left")
        tables["claims"] = cl
    figs: dict[str, str] = {}

    def fig(ax, name):
        save_figure(ax, out / "figures" / name, formats=("png",) + tuple(f for f in formats if f != "png"))
        plt.close(ax.figure)
        return f"figures/{name}.png"

    def table_html(df: pd.DataFrame, max_rows: int = 60) -> str:
        if df is None or df.empty:
            return "<p><em>none</em></p>"
        # p-values below 0.001 print as "< 0.001", not as a misleading 0.000 (the CSVs keep the full values)
        pcols = {c: (lambda v: "–" if pd.isna(v) else ("< 0.001" if v < 0.001 else f"{v:.3f}"))
                 for c in df.columns if str(c).startswith("p_") or str(c) in ("p", "p_value")}
        return df.head(max_rows).to_html(index=False, float_format=lambda v: f"{v:.3f}", formatters=pcols,
                                         na_rep="–", border=0)

    def link(name):
        return f'<a href="tables/{name}.csv">{name}.csv</a>'

    sections = []
    palettes: dict[str, dict] = {}
    att = result.attributions
    n_turns = int(_turn_mask(att).sum()) if len(att) else 0
    turns_note = ("Transcript speaker turns are counted as sources (--speaker-turns)." if speaker_turns else
                  f"{n_turns} transcript speaker turns (\"Vladimir Putin: …\") are not counted as sources; "
                  "newsanalysis report --speaker-turns counts them." if n_turns else "")
    n_nested = int(((nested_mask(att) | _own_voice_mask(att)) & ~_turn_mask(att)).sum()) if len(att) else 0
    if n_nested:
        turns_note += (f" {n_nested} attributions made inside quoted or reported speech (a quoted speaker's own "
                       "sources, a published speech's own \"I\"/\"we\") are counted (--nested)." if nested else
                       f" {n_nested} attributions made inside quoted or reported speech (a quoted speaker's own "
                       "sources, a published speech's own \"I\"/\"we\") are not counted as the outlet's; "
                       "newsanalysis report --nested counts them.")
        turns_note = turns_note.strip()
    n_parts = int(chain_part_mask(att).sum()) if len(att) else 0
    if n_parts:  # always left out: the chained speech row counts the report and names the medium in its chain
        turns_note = (f"{turns_note} {n_parts} \"according to\"/\"laut\" rows that only name the medium of a "
                      "chained speech row (\"sagte der Senator laut ABC\": chain \"ABC > der Senator\") are not "
                      "counted again.").strip()
    class_note = _cue_class_note(att, speaker_turns, nested, cue_classes)
    turns_note = f"{turns_note} {class_note}".strip()
    # what each anonymity figure counts, said next to the table and the figure: a share of attributions read as
    # a share of articles was off by a factor of five (tagesschau.de: 5.4 % of attributions, 29.4 % of articles;
    # journalist's trial, session 16)
    anon_counts = ("<code>anonymous_share</code> counts per attribution (anonymous sources among all attributions "
                   "with a source); <code>anonymous_article_share</code> counts per article (analysed articles with "
                   "at least one anonymous source, <code>articles_with_anonymous</code>, among all "
                   "<code>analysed_articles</code>): write 'N % of its articles quoted anonymous sources' from "
                   "the second, never from the first.")
    # beside the table, whose paragraph has just said what anonymous_share is: the contrast only
    anon_counts_table = ("That share counts per attribution; <code>anonymous_article_share</code> counts per article "
                         "(analysed articles with at least one anonymous source, <code>articles_with_anonymous</code>, "
                         "among all <code>analysed_articles</code>; <code>articles_with_sources</code> in the "
                         "comparison table counts those citing any source): write 'N % of its articles quoted "
                         "anonymous sources' from the second, never from the first.")
    all_tests = {g: compare_tests(result, by=g, outlets=outlets, correction=correction, min_articles=min_articles,
                                  seed=seed, speaker_turns=speaker_turns, correction_family=correction_family,
                                  nested=nested, story_frames=story_frames, emphasis=emphasis,
                                  actor_tone_voice=actor_tone, cue_classes=cue_classes)
                 for g in groupings}
    if correction_family == "report" and all_tests:
        # one family for the whole report: adjust every p-value of every grouping together
        stacked = pd.concat([t.assign(_g=g) for g, t in all_tests.items()], ignore_index=True)
        stacked = apply_correction(stacked, correction, "report")
        all_tests = {g: t.drop(columns="_g").reset_index(drop=True) for g, t in stacked.groupby("_g", sort=False)}
    n_all_tests = int(sum(t["p_value"].notna().sum() for t in all_tests.values()))
    family_text = {"family": "within each family and scope of tests of a grouping (the 14 omnibus frame tests, "
                             "the pairwise frame tests, the pairwise tone tests, the tests of tone toward actors, …)",
                   "grouping": "over all tests of a grouping",
                   "report": f"over all {n_all_tests} tests of this report"}[correction_family]
    corr_name = {"fdr_bh": "Benjamini–Hochberg", "holm": "Holm"}.get(correction, correction)

    terms_note = ("" if _own_lexicon(result) else
                  f"; the words behind the scores in {link('term_drivers')} and {link('sentiment_terms')}")

    def _figures_html(g, cmp, est, palette):
        """The four figures of grouping ``g`` and their notes."""
        ax = tone_plot(cmp, y=g, palette=palette)
        ax.set_title(f"Tone by {g}\n(mean over articles of the mean sentence compound score)", fontsize=10)
        tone_png = fig(ax, f"tone_by_{g}")
        ax = frame_heatmap(frame_shares_long(cmp, g), y=g, min_n=min_articles)
        ax.set_title(f"Share of articles with each frame, by {g}")
        frames_png = fig(ax, f"frames_by_{g}")
        big = cmp.loc[cmp["analysed_articles"] >= min_articles, g]
        fr = est[(est["family"] == "frame") & est[g].isin(big)]
        ax = interval_plot(fr, y="measure", hue=g, palette=palette, n="n_articles")
        ax.set_title(f"Frame shares with 95% intervals ({plural(g)} with ≥ {min_articles} analysed articles)",
                     fontsize=10)
        ax.set_xlim(-0.02, 1.02)
        fint_png = fig(ax, f"frame_intervals_by_{g}")
        src = est[est["family"].isin(["source", "anonymous", "anonymous_article", "hearsay"]) & est[g].isin(big)]
        if len(src):
            ax = interval_plot(src, y="measure", hue=g, palette=palette, n="n_articles")
            ax.set_xlim(-0.02, 1.02)
            ax.set_title(f"Who is cited, by {g}: source types and hearsay share (of attributions), anonymous share "
                         f"(of sources),\nanonymous article share (of analysed articles); 95% intervals, "
                         f"n = analysed articles", fontsize=10)
        else:  # no group large enough for intervals: the plain mix of source types
            ax = source_mix_plot(source_mix_long(cmp, g), y=g)
            ax.set_title(f"Who is cited: source types by {g} (shares of attributions; too few articles "
                         f"for intervals)", fontsize=10)
        src_png = fig(ax, f"sources_by_{g}")
        # the interval figures show only groups with enough articles: name the others (a teacher missed the
        # Korea Herald in the source figure while the tone figure showed it)
        small = [str(x) for x in cmp.loc[(cmp["analysed_articles"] > 0) & (cmp["analysed_articles"] < min_articles), g]]
        small_note = (f" Not in the interval figures (fewer than {min_articles} analysed articles): "
                      f"{esc(', '.join(small))}; their figures are in the table above." if small and len(big) else "")
        return f"""<p><img src="{tone_png}" alt="tone by {esc(g)}"><br><span class="note">Traced to sentences in
{link('sentiment')} and {link(f'evidence_tone_by_{by}')} (most negative/positive sentences){terms_note}.</span></p>
<p><img src="{frames_png}" alt="frames by {esc(g)}"><br><img src="{fint_png}" alt="frame intervals by {esc(g)}">
<br><span class="note">Cue hits and their sentences: {link('evidence_frames')}.{small_note}</span></p>
<p><img src="{src_png}" alt="sources by {esc(g)}"><br><span class="note">{anon_counts} Every attribution
with its offsets: {link('attributions')}; its status and whether it is counted: {link('source_trace')}.
{turns_note}{small_note}</span></p>"""

    voice_text = {
        "authorial": "Only the journalist's own words count here: a mention inside a quotation or reported speech "
                     "(\"officials said Putin …\") is left out, because those words are the speaker's. The split is "
                     "only as good as the attribution finder: a quote it misses counts as the outlet's own words.",
        "all": "Every mention counts, in the journalist's own words and in the words of those the outlet quotes: the "
               "tone a reader meets, not the outlet's own voice (<code>--actor-tone authorial</code> for that).",
        "quoted": "Only mentions inside quotations or reported speech count: the tone of those the outlet quotes, not "
                  "the outlet's own (<code>--actor-tone authorial</code> for that)."}

    def _actor_tone_html(g, tests, palette):
        """Table, tests and figure of tone toward actors for grouping ``g``; adds ``actor_tone_by_<g>``."""
        tab = actor_tone_by_group(result, g, voice=actor_tone, outlets=outlets, speaker_turns=speaker_turns,
                                  min_articles=min_articles)
        tables[f"actor_tone_by_{g}"] = tab
        gcol = "language" if g == "language" else g
        names = dict(zip(tab["actor_id"], tab["actor"]))
        shown = tab[tab["tested"]]
        fallback = shown.empty
        if fallback:  # no actor with two testable groups: the most mentioned actors, every known group
            shown = tab[tab[gcol].astype(str) != UNKNOWN]
        key = shown.groupby(["language", "actor_id"])[["n_articles", "n_mentions"]].sum()
        top = key.sort_values(["n_articles", "n_mentions"], ascending=False, kind="stable").head(12).index
        shown = shown[pd.MultiIndex.from_frame(shown[["language", "actor_id"]]).isin(top)]
        fig_html = "<p><em>No figure: no actor of the actor table is mentioned in a scored sentence in this voice.</em></p>"
        if n_analysed and len(shown):
            ax = actor_tone_plot(shown, hue=gcol, palette=palette if gcol == g else None)
            what = (f"too few articles for tests: the most mentioned actors"
                    if fallback else f"{plural(g)} with ≥ {min_articles} articles mentioning the actor")
            ax.set_title(f"Tone toward actors by {g}, {actor_tone} voice\n({what}; lexicon tone, not stance)",
                         fontsize=10)
            png = fig(ax, f"actor_tone_by_{g}")
            fig_html = f'<p><img src="{png}" alt="tone toward actors by {esc(g)}"></p>'
        # the groups each test compared, in its order (with two: difference = first − second)
        gcol_t = tab[gcol].astype(str)
        compared = {k: " − ".join(d) if len(d) == 2 else ", ".join(d)
                    for k, d in gcol_t[tab["tested"]].groupby([tab["language"], tab["actor_id"]])
                    .agg(lambda x: sorted(x)).items()}
        at = tests[tests["family"] == "actor_tone"]
        at = at.assign(actor=at["measure"].map(names),
                       compared=[compared.get((la, m), "") for la, m in zip(at["language"], at["measure"])])
        cols = ["language", "actor", "compared", "n", "test", "statistic", "p_value", "p_mc_high", "p_adjusted",
                "effect_size", "effect_measure", "difference", "difference_low", "difference_high", "hedges_g",
                "note"]
        omni = at[at["scope"] == "all"].sort_values(["p_value", "language", "measure"], kind="stable")
        pair = at[at["scope"] == "pairwise"].sort_values(["p_adjusted", "language", "measure"], kind="stable")
        if len(omni):
            tests_html = table_html(omni[cols], 40)
            if len(pair):
                tests_html += ("<p class=\"note\">Pairwise (difference a − b with the Welch interval, Hedges' g):</p>"
                               + table_html(pair[["language", "actor", "group_a", "group_b", "n", "statistic",
                                                  "p_value", "p_adjusted", "difference", "difference_low",
                                                  "difference_high", "hedges_g"]], 40))
        else:
            tests_html = (f"<p><em>No tests: no actor is mentioned in ≥ {min_articles} articles of each of two "
                          f"{esc(plural(g))} in one language.</em></p>")
        turns = ("" if speaker_turns else " Mentions inside transcript speaker turns (\"Vladimir Putin: …\") are left "
                 "out: a transcript is who spoke, not the outlet's words (<code>--speaker-turns</code> counts them).")
        rows = shown if len(shown) else tab
        return f"""
<h3 id="actor-tone-by-{esc(g)}">Tone toward actors by {esc(g)} ({esc(actor_tone)} voice)</h3>
<p class="note"><strong>Read with care: this counts words, not opinions.</strong> The tone toward an actor is the
tone of the words a word list (VADER for English, SentiWS for German) finds near each mention of it, not the
outlet's stance toward that actor: "Russia suffers under unjust sanctions" scores negative toward Russia although
the sentence takes Russia's side, and KCNA's praise of Kim Jong Un is a house style, measured as such.
{voice_text[actor_tone]} Checked against human readers, the direction is right but the signal weak (on US news,
BASIL, it follows the annotators' reading of the author's stance with Spearman ρ 0.15; a user judged 19 of 30
authorial mentions right). English and German values come from different word lists: compare within one language
only. Before citing a difference, read the mentions and the words behind them in {link('actor_tone')}
(columns <code>terms</code>, <code>voice</code>).</p>
<p class="note">Each mention's tone (−1..1) weighs the polar words of its clause most and the rest of the sentence
less with distance; names, titles, function words and neutral reporting or protocol words ("informed",
"talks", "visit") carry no tone; harm done to an actor ("an attack on Ukraine") counts against it. Each article's mean over its mentions, then the mean over articles with a
95% t-interval; <code>n_articles</code> counts the articles that mention the actor in this voice.{turns} Tests:
the article means of the {esc(plural(g))} with ≥ {min_articles} such articles (<code>tested</code>), Welch's
statistic with a permutation p-value (9,999 permutations), within one language; an actor without two such
{esc(plural(g))} is not tested; p-values adjusted ({esc(corr_name)}) {esc(family_text)} (family
<code>actor_tone</code> in {link(f'tests_by_{g}')}). Every group and actor: {link(f'actor_tone_by_{g}')}.</p>
{table_html(rows[[c for c in (gcol, "language", "actor", "n_articles", "n_mentions", "mean_tone", "ci_low",
                               "ci_high", "tested", "warning") if c in rows.columns]] if gcol != "language" else
            rows[["language", "actor", "n_articles", "n_mentions", "mean_tone", "ci_low", "ci_high", "warning"]], 40)}
{tests_html}
{fig_html}"""

    n_analysed = int(langs["analysed"].sum())
    for g in groupings:
        cmp = compare(result, by=g, outlets=outlets, seed=seed, speaker_turns=speaker_turns, nested=nested,
                      cue_classes=cue_classes)
        with warnings.catch_warnings():  # "no analysed article": the page says so in its languages line
            warnings.simplefilter("ignore", UserWarning)
            est = estimates(result, by=g, outlets=outlets, seed=seed, speaker_turns=speaker_turns, nested=nested,
                            cue_classes=cue_classes)
        tests = all_tests[g]
        if g == by:
            tables["comparison"] = cmp
        tables[f"comparison_by_{g}"] = cmp
        tables[f"estimates_by_{g}"] = est
        tables[f"tests_by_{g}"] = tests
        palette = group_palette(cmp.loc[cmp["analysed_articles"] > 0, g])
        palettes[g] = palette
        if not n_analysed:  # empty axes only: no figures, one note
            figures_html = (f"<p><em>No figures: {esc(analysed_line(result))}. The tables above list every "
                            f"article.</em></p>")
        else:
            figures_html = _figures_html(g, cmp, est, palette)
        actor_html = _actor_tone_html(g, tests, palette) if actor_tone else ""
        tests = tests[tests["family"] != "actor_tone"]  # shown in their own section
        omni = tests[tests["scope"] == "all"][["language", "family", "measure", "groups", "group_a", "group_b", "n",
                                                "test", "statistic",
                                                "df", "p_value", "p_mc_high", "p_adjusted", "effect_size",
                                                "effect_measure", "difference", "difference_low", "difference_high",
                                                "note"]]
        pair = tests[(tests["scope"] == "pairwise") & tests["p_value"].notna()].sort_values("p_adjusted")
        n_tested = int(tests.loc[tests["scope"] == "all", "groups"].max()) if len(tests) else 0
        if g == "language" and n_tested < 2:  # every group is one language: the condition below cannot hold
            tests_html = ("<p><em>No tests: tests compare groups within one language, so a grouping by language "
                          "is described but not tested.</em></p>")
        elif n_tested < 2:  # nothing to test: one line instead of tables of empty rows
            tests_html = (f"<p><em>No tests: they need at least two {esc(plural(g))} with ≥ {min_articles} "
                          f"analysed articles in one language ({n_tested} here).</em></p>")
        else:
            # what holds for every test of a language (left-out groups, duplicates, periods): once, not per row
            shared = tests.drop_duplicates("language").set_index("language")["common_note"] \
                if "common_note" in tests.columns else pd.Series(dtype=str)
            common = "".join(f'<p class="note">All {esc(str(lang))} tests: {esc(text)}.</p>'
                             for lang, text in shared.items() if isinstance(text, str) and text)
            two = ('<p class="note">With two groups the test across all groups is their pairwise test: '
                   '<code>group_a</code> and <code>group_b</code> name them, and <code>difference</code> is '
                   'group_a − group_b.</p>' if (tests.loc[tests["scope"] == "all", "groups"] == 2).any() else "")
            tests_html = f"""{common}{two}{table_html(omni)}
<h3>Pairwise tests with a p-value (smallest adjusted p first)</h3>
<p class="note">Every test compares articles of one language (the lexicons, codebooks and attribution rules
differ); see the <code>language</code> and <code>note</code> columns of {link(f'tests_by_{g}')}. Statistic:
Welch's t (tone), chi-square, or the odds ratio of Fisher's exact test (2 × 2 tables with small counts).
Difference: mean compound a − b with the Welch 95% interval (tone), share of articles a − b with the Newcombe
interval (frames, articles with an anonymous source), share of attributions a − b with the Newcombe interval at
each group's design-effect sample size (anonymous share of sources, hearsay share of attributions); Hedges' g for tone.</p>
{table_html(pair[["language", "family", "measure", "group_a", "group_b", "n", "test", "statistic", "p_value",
                  "p_adjusted", "effect_size", "effect_measure", "difference", "difference_low", "difference_high",
                  "hedges_g"]], 30)}"""
        shown = cmp[[g, "articles", "analysed_articles", "first_published", "last_published", "languages",
                     "sentences_analysed", "mean_compound", "compound_low", "compound_high", "attributions",
                     "sourced_attributions", "anonymous_share", "articles_with_anonymous",
                     "anonymous_article_share", "hearsay_share", "warning"]].copy()
        for col in ("first_published", "last_published"):  # the day is enough to see what period a group covers
            shown[col] = pd.to_datetime(shown[col], utc=True, errors="coerce").dt.strftime("%Y-%m-%d")
        period_html = _period_note(cmp, g)
        title = "Outlet comparison (by outlet)" if g == "outlet" else f"Comparison by {g}"
        sections.append(f"""
<h2 id="by-{esc(g)}">{esc(title)}</h2>
<p class="note">Tone: mean over articles of the article's mean sentence compound score (VADER for English,
SentiWS for German; not comparable across languages: see the <code>languages</code> column and the lexicon in the
figure's labels), with a 95% Student t-interval over article means (none for one article; clipped to [−1, 1]).
Groups with fewer than {min_articles} analysed articles in a language are flagged and left out of that language's
tests; <code>(unknown)</code> groups are shown, never tested; duplicates (<code>duplicate_of</code>) are left out.
Source: {link(f'comparison_by_{g}')}; every figure with its interval in {link(f'estimates_by_{g}')} (frames: Wilson
on articles; attribution shares: Wilson at the design-effect effective sample size).</p>
<p class="note">In plain words: <code>mean_compound</code> runs from −1 (only negative words) to +1 (only positive
words) and counts words of a word list, not opinions: a name such as "Workers' Party" scores as a positive word
(see <em>Words behind the tone</em>). <code>attributions</code> counts reported statements ("X said", "according
to Y"); <code>sourced_attributions</code> those of them with a source in the text; <code>anonymous_share</code> is
the share of those sources that are not identified (unnamed groups such as "officials", "many countries",
"Beamte"; a role such as "the minister" or a document is not anonymous). {anon_counts_table}
<code>hearsay_share</code> is the share of
all attributions that are hearsay with no source at all ("reportedly", "soll … haben"), which is not counted as
anonymous. Sentences whose speaker the tool did not find are in neither share (<code>no_source_found</code> in
{link(f'comparison_by_{g}')}). <code>articles</code> counts every loaded article of a group, analysed or not;
every figure rests on the <code>analysed_articles</code> (English and German), and
<code>first_published</code>/<code>last_published</code> are the period those analysed articles cover.</p>
{period_html}
{table_html(shown)}
{_cue_class_table_html(cmp, g, cue_classes, table_html, link)}
<h3>Tests across all groups by {esc(g)} (those with ≥ {min_articles} analysed articles)</h3>
<p class="note">All tests run within one language. Frames: Fisher's exact test (2 × 2 with small counts),
chi-square, or, when an expected count is below 5 in a larger table, the chi-square with a permutation p-value;
Cramér's V. Tone: permutation test of equal means with Welch's F (two groups: Welch's t; 9,999 permutations),
η² across groups. Sources, anonymity (among attributions with a source) and hearsay (among all attributions):
chi-square on attributions with the p-value from permuting whole articles between groups (9,999 permutations);
with two groups also the difference in share with the Newcombe interval at the design-effect sample size.
Articles with an anonymous source (<code>anonymous_article</code>, among all analysed articles): tested as frames,
one unit per article. <code>p_mc_high</code>: upper end of the 95% Monte Carlo interval of a
permutation p-value. p-values adjusted ({esc(corr_name)}) {esc(family_text)}. All rows:
{link(f'tests_by_{g}')}.</p>
{tests_html}
<h3>Figures</h3>
{figures_html}
{actor_html}""")

    # evidence tables
    tables[f"evidence_tone_by_{by}"] = tone_evidence(result, by, outlets=outlets)
    drivers = _term_tables(result, by, outlets, tables)
    if drivers is None:
        terms_html = ("<p class=\"note\">The words behind the scores are not listed: the analysis used your own "
                      "lexicon; <code>na.sentiment_terms(articles, lexicon=...)</code> and "
                      "<code>na.term_drivers</code> give them.</p>")
    else:
        terms_html = f"""<p class="note">Why is a group's tone negative (or positive)? The words with the largest
summed weight in each {esc(by)} group (weights after negation and boosting rules,
{esc(weight_scale_note(tables["sentiment_terms"].get("lexicon", pd.Series(dtype=str)).dropna().unique()))};
duplicates left out): all of them in {link('term_drivers')}; every scored word of every sentence, with its offsets and rules,
in {link('sentiment_terms')}. A word the lexicon misreads in news ("party" +1.7 in "Workers' Party") shows up
here before it is read as a difference in tone.</p>
{table_html(drivers.groupby(by, sort=True).head(5), 60)}"""
    tables["evidence_frames"] = frame_evidence_text(result)
    tables["sentence_trace"] = sentence_trace(result, terms=tables.get("sentiment_terms"))
    tables["source_trace"] = source_trace(result, speaker_turns=speaker_turns, nested=nested, cue_classes=cue_classes)

    # keyness per analysed language with at least two groups
    arts = result.articles
    key_parts, kw_parts = [], []
    for lang in ("en", "de"):
        sub = arts[arts["language"] == lang]
        if sub.empty:
            continue
        with warnings.catch_warnings(record=True) as caught:  # small groups: said on the page, not on stderr
            warnings.simplefilter("always", UserWarning)
            k = keyness(sub, by=by, comparison="both", outlets=outlets)
        if k.empty:
            continue
        key_notes = "".join(f'<p class="note">{esc(str(w.message).removeprefix("keyness: "))}</p>'
                            for w in caught if issubclass(w.category, UserWarning))
        tables[f"keyness_{lang}_by_{by}"] = (k.groupby(["comparison", "group", "reference"], sort=False).head(
            int(keyness_rows)).reset_index(drop=True) if keyness_rows else k)
        top = top_terms(k[k["comparison"] == "one_vs_rest"], 10)
        ax = keyness_plot(top, n=10, palette=palettes.get(by))
        ax.set_title(f"Key terms by {by} ({lang}; one group against the rest; FDR-corrected G² > 0)", fontsize=10)
        png = fig(ax, f"keyness_{lang}_by_{by}")
        for grp, t in top.groupby("group"):
            terms = list(t["term"].head(3))
            ids = sub.loc[sub[by].astype(str) == str(grp)] if by in sub else sub.iloc[:0]
            if terms and len(ids):
                kw_parts.append(kwic(ids, terms).assign(group=grp))
        key_parts.append(f"""<h3>{esc(lang)}</h3><p><img src="{png}" alt="keyness {esc(lang)}"></p>
<p class="note">All comparisons (one against the rest and pairwise, with G², Log Ratio, adjusted p{
    f"; the {int(keyness_rows)} highest-ranked terms of each" if keyness_rows else ""}):
{link(f'keyness_{lang}_by_{by}')}.</p>{table_html(top[["group", "term", "freq_target", "freq_reference",
                                                           "g2", "p_adjusted", "log_ratio", "docs_target",
                                                           "articles_target", "dp_target"]], 40)}{key_notes}""")
    kw = (pd.concat(kw_parts, ignore_index=True) if kw_parts
          else pd.DataFrame(columns=KWIC_COLUMNS + ["group"]))  # header only: the file still opens
    tables["kwic_keyness"] = kw
    kw_html = kwic_html(kw.groupby("group").head(2), max_context=160) if len(kw) else "<p><em>none</em></p>"

    # time
    tb = time_by if time_by in groupings or time_by == by else by
    try:
        tl = timeline(result, by=tb, freq=freq, outlets=outlets, seed=seed)
    except (KeyError, ValueError):
        tl = pd.DataFrame()
    time_html = "<p><em>no dated articles</em></p>"
    if len(tl):
        tables[f"timeline_by_{tb}"] = tl
        pal = group_palette(tl[tb])
        imgs = []
        recent = recent_from if tl["period_start"].min() < pd.Timestamp(recent_from, tz="UTC") else None
        for suffix, start in (("", None), ("_recent", recent)):
            if suffix and start is None:
                continue
            span = f" since {start}" if start else ""
            ax = time_plot(tl, y="articles", hue=tb, events=events, palette=pal, freq=freq, start=start)
            ax.set_title(f"Articles per {freq} by {tb}{span}, with events (dashed, numbered)", fontsize=10)
            imgs.append(fig(ax, f"articles_over_time{suffix}"))
            if not n_analysed:  # no tone to draw
                continue
            ax = time_plot(tl, y="mean_compound", hue=tb, low="compound_low", high="compound_high", events=events,
                           palette=pal, freq=freq, start=start)
            ax.axhline(0, color="#777777", lw=0.8, ls="--")
            ax.set_title(f"Tone per {freq} by {tb}{span} (95% t-intervals), with events", fontsize=10)
            imgs.append(fig(ax, f"tone_over_time{suffix}"))
        time_html = "".join(f'<p><img src="{p}" alt="{p}"></p>' for p in imgs) + (
            f'<p class="note">Per period: {link(f"timeline_by_{tb}")} (tone traced to sentences in '
            f'{link("sentiment")}); events from <code>newsanalysis/resources/events.csv</code> (or --events).</p>')
        if events is not None and len(events):
            time_html += table_html(events.assign(date=events["date"].dt.strftime("%Y-%m-%d")), 40)

    for name, df in tables.items():
        _write_table(df, out / "tables" / name)

    rep = load_report or {}
    (out / "load_report.json").write_text(json.dumps(rep, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    prov = result.provenance
    # what the figures were measured with (session 16: a report made with a researcher's own codebook or
    # lexicon did not say so on its page); the whole record also as provenance.json
    (out / "provenance.json").write_text(json.dumps(prov, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    lexicons = prov.get("lexicons") or {}
    sha = prov.get("material_sha256") or {}

    def with_sha(label, key):  # a user file's fingerprint, so two runs with edited cues differ on the page
        return f"{label} (SHA-256 {sha[key][:8]})" if key in sha else label

    material_html = "Measured with: " + " · ".join(esc(x) for x in (
        f"frames: codebook {with_sha(prov.get('codebook', 'generic'), 'codebook')}",
        f"story frames: {with_sha(prov.get('story_codebook', 'story'), 'story_codebook')}",
        "sentiment: " + ("; ".join(f"{lg} {lx}" for lg, lx in sorted(lexicons.items())) or "–"),
        f"actors: {prov.get('actors', 'shipped')}",
        f"commit {prov['commit'][:10]}" if prov.get("commit") else "") if x) + \
        ' (<a href="provenance.json">provenance.json</a>)'
    skipped = pd.DataFrame(rep.get("skipped", []))
    if "line" in skipped.columns:  # a line number is whole: "2", not "2.000" (session 16)
        skipped["line"] = ["–" if v is None or v != v else str(int(v)) for v in skipped["line"]]
    skipped = skipped.astype(object).where(skipped.notna(), "–")  # no "None" for a record without id or field
    excluded = pd.DataFrame(rep.get("excluded_files", []))
    arts = result.articles
    dup_cols = [c for c in ("article_id", "outlet", "title", "duplicate_of", "duplicate_kind", "similarity",
                            "cluster_id") if c in arts.columns]
    dups = arts.loc[arts["duplicate_of"].notna(), dup_cols] if "duplicate_of" in arts.columns else pd.DataFrame()
    wire = (arts["wire_agency"].dropna().value_counts().rename_axis("wire_agency").reset_index(name="articles")
            if "wire_agency" in arts.columns else pd.DataFrame())
    based = (arts.loc[arts["based_on"].notna(), [c for c in ("article_id", "outlet", "based_on") if c in arts.columns]]
             if "based_on" in arts.columns else pd.DataFrame())
    copies_html = f"""<h2 id="copies">Duplicates and wire copy</h2>
<p class="note">Flagged by the loader, never dropped from the tables; the comparisons, estimates, tests and
time plots above leave them out (<code>duplicates=True</code> keeps them). Exact copies by normalised text hash,
near-copies by MinHash.</p>
<h3>Copies ({len(dups)})</h3>{table_html(dups)}
<h3>Wire agencies credited</h3>{table_html(wire)}
<h3>Articles based on another outlet's report ({len(based)})</h3>{table_html(based)}"""
    links = " · ".join(link(n) for n in tables)
    nav = " · ".join(f'<a href="#by-{esc(g)}">by {esc(g)}</a>' for g in groupings)
    actor_nav = f' · <a href="#actor-tone-by-{esc(by)}">tone toward actors</a>' if actor_tone else ""
    sel = rep.get("selection") or {}
    selection_html = ""
    if sel:
        dated = sel.get("left_out_without_date")
        what = "; ".join(x for x in (
            f"outlets {', '.join(sel['outlets'])}" if sel.get("outlets") else "",
            (f"published {sel.get('since') or '…'} to {sel.get('until') or '…'}"
             + (f", {dated} without a date left out" if dated else "")) if dated is not None else "",
            f"languages {', '.join(sel['languages'])}" if sel.get("languages") else "",
            f"topic query {sel['query']!r}" if sel.get("query") else "") if x)
        selection_html = (f"<br>Analysed: {sel.get('articles_kept')} of the {sel.get('articles_loaded')} loaded "
                          f"articles ({esc(what)}).")
        empty = sel.get("outlets_without_articles") or []
        if empty:  # chosen outlets with nothing in the period: absent from every table and figure below
            selection_html += ("<br><strong>No article left of " + "; ".join(
                f"{esc(e['outlet'])} ({e['loaded']} loaded, {esc(e['span'])})" for e in empty)
                + "</strong>: these outlets are in no table or figure below.")
    tp = rep.get("topic_passages")
    if tp:  # --on-topic-passages: every figure below is measured on the kept passages only
        outlets_tp = "all outlets" if tp.get("outlets") == "all" else ", ".join(tp.get("outlets") or [])
        selection_html += (
            f"<br><strong>On-topic passages only</strong> ({esc(outlets_tp)}: {esc(str(tp.get('unit')))}s naming "
            f"{esc(str(tp.get('terms')))}, window {tp.get('window')}): {tp.get('sentences_kept')} of "
            f"{tp.get('sentences_total')} sentences of {tp.get('articles_cut')} articles kept; "
            f"{len(tp.get('articles_left_out') or [])} articles with no on-topic passage left out. Every figure "
            f"below describes the passages, not the whole texts; what was kept of each article: "
            f"{link('topic_passages')}.")
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsanalysis report</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto;line-height:1.4}}
table{{border-collapse:collapse;font-size:0.85em}}td,th{{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}}
img{{max-width:100%}} .note{{color:#555;font-size:0.9em}}</style></head><body>
<h1>newsanalysis report</h1>
<p class="note">newsanalysis {esc(__version__)} · corpus fingerprint {esc(str(prov.get('fingerprint')))}
 · {esc(count_of(prov.get('n_articles'), 'article'))} · comparisons: {nav}{actor_nav} · <a href="#terms">words behind the tone</a> · <a href="#keyness">keyness</a> ·
 <a href="#time">time</a><br>{material_html}</p>
<h2>Load report</h2>
<p>Records read: {rep.get('records_read', '–')}, loaded: {rep.get('records_loaded', '–')},
skipped: {rep.get('records_skipped', '–')}; lines of site furniture removed: {len(rep.get('removed', []))}
(listed in <a href="load_report.json">load_report.json</a>).{selection_html}</p>
<h3>Skipped records</h3>{table_html(skipped)}
<h3>Files not read</h3>{table_html(excluded)}
<h2>Languages</h2>
<p>Articles in a language without analysers are loaded and counted, but not scored (no zeros).
{esc(analysed_line(result))}. Each of them, with its outlet, date and the reason: {link('not_analysed')}.</p>
{table_html(langs)}
{copies_html}
{''.join(sections)}
<h2 id="terms">Words behind the tone (by {esc(by)})</h2>
{terms_html}
<h2 id="keyness">Keyness (by {esc(by)})</h2>
<p class="note">Log-likelihood G² (Dunning 1993) on lower-cased words without stop words, minimum frequency 5,
Benjamini–Hochberg-adjusted p-values; Log Ratio (Hardie 2014): +1 = twice as frequent in the group as in the rest.
One language at a time. G² counts tokens as independent: <code>docs_target</code> (articles using the term) and
Gries's DP (0 = evenly spread, near 1 = one article) in the keyness tables show when a term is one article's.</p>
{''.join(key_parts) or '<p><em>none</em></p>'}
<h3>Key terms in context</h3>
<p class="note">The first lines of {link('kwic_keyness')} (every match of each group's top three terms, with
whole sentences and offsets).</p>
{kw_html}
<h2 id="time">Coverage over time</h2>
{time_html}
{figure_formats_note(formats)}
<h2>Tables (trace every number to its sentences)</h2>
<p>Start with {link('sentence_trace')}: one row per sentence with its tone (all words, the outlet's own words, the
quoted words), the words behind it, the frame cues, who is cited and the numbers passed on; filter it by outlet or
article in a spreadsheet to check any figure above. The source figures: {link('source_trace')}, one row per
attribution with its status (named, anonymous, neither, no source, hearsay) and whether the comparisons count it
(and if not, why: a transcript turn, a source inside someone's speech, a duplicate article, …).</p><p>{links}</p>
</body></html>
"""
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index
