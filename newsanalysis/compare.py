"""Compare groups of articles (outlets, countries, affiliations, languages, months) with intervals and tests.

Statistics are computed on the tidy tables of an :class:`~newsanalysis.AnalysisResult`,
never on raw text. Intervals: Student t over article means for tone
(:func:`t_mean_ci`), Wilson on articles for frame shares
(:func:`article_share_ci`), Wilson at the design-effect effective sample
size for attribution shares (:func:`ratio_share_ci`; Kish 1965, Korn &
Graubard 1998). Tests run within one language unless asked otherwise, and
come from scipy (:func:`~scipy.stats.chi2_contingency`,
:func:`~scipy.stats.fisher_exact`, :func:`~scipy.stats.kruskal`,
:func:`~scipy.stats.permutation_test`) and statsmodels
(:func:`~statsmodels.stats.multitest.multipletests`, Benjamini & Hochberg
1995, Holm 1979; ``StratifiedTable`` for Cochran–Mantel–Haenszel;
Newcombe's interval of a risk difference). Permutation p-values carry a
Monte Carlo interval (Phipson & Smyth 2010). See ``docs/compare.md``.

Groups can be any column of the articles or of the outlet table shipped with
the package, ``newsanalysis/resources/outlets.csv`` (:func:`load_outlets`, joined on ``outlet``), or
``"month"``.
"""
from __future__ import annotations

import itertools
import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats
from scipy.stats.contingency import association
from statsmodels.stats.multitest import multipletests

from ._tables import count_of, duplicate_mask, outlet_key, outlet_spellings, plural
from .attribution import CUE_CLASSES, SOURCE_TYPES
from .framing import GENERIC_FRAMES

#: The outlet table shipped with the package (package data, so it is there after a normal ``pip install``).
OUTLETS_CSV = Path(__file__).resolve().parent / "resources" / "outlets.csv"
UNKNOWN = "(unknown)"

MIN_GROUP_ARTICLES = 5


def bootstrap_mean_ci(values, *, confidence: float = 0.95, n_resamples: int = 2000, seed: int = 0) -> tuple[float, float, float]:
    """Mean of ``values`` with a percentile bootstrap interval (kept for old code; the comparisons use
    :func:`t_mean_ci`, whose coverage holds for the few articles most groups have).

    Parameters
    ----------
    values : array-like of float
        One value per article (NaN are dropped).
    confidence : float
        Interval level in (0, 1).
    n_resamples : int
        Bootstrap resamples.
    seed : int
        Seed of the resampling: the same input and seed give the same interval.

    Returns
    -------
    (mean, low, high) : tuple of float
        NaN for all three with no value; ``low == high == mean`` with one value.
    """
    x = np.asarray(pd.Series(values, dtype="float64").dropna(), dtype=float)
    if x.size == 0:
        return (np.nan, np.nan, np.nan)
    m = float(x.mean())
    if x.size == 1 or np.all(x == x[0]):
        return (m, m, m)
    res = stats.bootstrap((x,), np.mean, confidence_level=confidence, n_resamples=n_resamples,
                          method="percentile", random_state=np.random.default_rng(seed))
    return (m, float(res.confidence_interval.low), float(res.confidence_interval.high))


def load_outlets(path: str | Path | None = None) -> pd.DataFrame:
    """Read the outlet table (the one shipped with the package, ``newsanalysis/resources/outlets.csv``, by default).

    Parameters
    ----------
    path : path, optional
        A CSV with at least an ``outlet`` column; by default the table shipped
        with the package (:data:`OUTLETS_CSV`; columns ``outlet, country,
        language, affiliation, type, aliases, note``; ``language`` lists the
        outlet's languages separated by ``;``, ``aliases`` other spellings of
        its name separated by ``|``, used by :func:`match_outlets`). To change it, save
        ``load_outlets()`` to a file of your own, edit it, and pass that path
        here or its table as ``outlets=`` to :func:`compare`.

    Returns
    -------
    DataFrame
        One row per outlet, all values as strings (empty cells → NA).

    Raises
    ------
    FileNotFoundError
        If the file does not exist (the message says whether it was your path or the shipped table).
    ValueError
        If it lacks an ``outlet`` column or lists an outlet twice (naming it).
    """
    own = path is not None
    path = Path(path) if own else OUTLETS_CSV
    if not path.is_file():
        if own:
            raise FileNotFoundError(f"{path}: outlet table not found (the path given to load_outlets or --outlets; "
                                    f"without a path the table shipped with the package is used)")
        raise FileNotFoundError(f"{path}: the outlet table shipped with newsanalysis is missing (a broken install? "
                                f"reinstall the package, or pass outlets= your own table)")
    out = pd.read_csv(path, dtype="string", keep_default_na=False, na_values=[""])
    if "outlet" not in out.columns:
        raise ValueError(f"{path}: the outlet table needs an 'outlet' column; it has {list(out.columns)}")
    out["outlet"] = out["outlet"].str.strip()
    dup = out["outlet"].duplicated()
    if dup.any():
        raise ValueError(f"{path}: outlet {out.loc[dup, 'outlet'].iloc[0]!r} is listed more than once")
    return out


def match_outlets(names, outlets: pd.DataFrame | None = None) -> pd.Series:
    """The outlet-table name of each outlet name of a corpus, or NA when the table has none.

    A name matches a table row exactly, else when its key (:func:`newsanalysis._tables.outlet_key`:
    case-folded, a leading "The" dropped, letters and digits only) equals the key of one of the row's
    spellings (:func:`newsanalysis._tables.outlet_spellings`): the table name, the part before a bracket,
    the bracket's content and its first comma-separated part, and the ``aliases`` column (``|``-separated).
    A name in brackets is tried whole, then by its parts the same way. So "Yonhap News Agency", "Yonhap",
    "yna.co.kr" and "연합뉴스" all give "연합뉴스 (Yonhap News Agency)", and "Korea Herald" and
    "koreaherald.com" give "코리아헤럴드 (The Korea Herald)". A key that two rows share matches neither (no
    guess): "English" in "KCNA (Korean Central News Agency, English)" and "Kremlin.ru (President of Russia,
    English)".

    Parameters
    ----------
    names : Series or list of str
        Outlet names as in the articles' ``outlet`` column.
    outlets : DataFrame, optional
        The outlet table (:func:`load_outlets` by default); ``aliases`` is optional.

    Returns
    -------
    Series of str (NA where no row matches), aligned with ``names`` (its index when a Series).
    """
    meta = load_outlets() if outlets is None else outlets
    names = names if isinstance(names, pd.Series) else pd.Series(list(names), dtype="object")
    table = [str(o).strip() for o in meta["outlet"].tolist()]
    aliases = meta["aliases"].tolist() if "aliases" in meta.columns else [None] * len(table)
    index: dict[str, set] = {}
    for name, al in zip(table, aliases):
        for sp in outlet_spellings(name, al if isinstance(al, str) else None):
            key = outlet_key(sp)
            if key:
                index.setdefault(key, set()).add(name)
    exact = set(table)

    def one(x):
        if not isinstance(x, str) or not x.strip():
            return pd.NA
        x = x.strip()
        if x in exact:
            return x
        for sp in outlet_spellings(x):
            hit = index.get(outlet_key(sp) or "")
            if hit and len(hit) == 1:
                return next(iter(hit))
        return pd.NA

    cache = {v: one(v) for v in pd.unique(names.astype("object"))}
    return pd.Series([cache[v] for v in names.astype("object")], index=names.index, dtype="object")


def outlet_spellings_apart(names, outlets: pd.DataFrame | None = None) -> dict[str, list[str]]:
    """Outlet-table rows that more than one of ``names`` spells: ``{row: [spelling, …]}`` (sorted), for
    ``by="outlet"``, which groups by the corpus's spelling, so "연합뉴스" and "연합뉴스 (Yonhap News Agency)"
    are two groups, tested against each other (session 17 trial K: a Korean export named KCNA 조선중앙통신 in
    half its rows). Empty when every row has at most one spelling."""
    names = pd.Series(sorted({str(n) for n in names if isinstance(n, str) and n.strip()}), dtype="object")
    if not len(names):
        return {}
    rows = match_outlets(names, outlets)
    out: dict[str, list[str]] = {}
    for n, r in zip(names, rows):
        if isinstance(r, str):
            out.setdefault(r, []).append(n)
    return {r: sorted(v) for r, v in sorted(out.items()) if len(v) > 1}


def _warn_spellings_apart(func: str, result, by: str, outlets: pd.DataFrame | None) -> None:
    """For ``by="outlet"``: a UserWarning naming the outlet-table rows the corpus spells more than one way."""
    if by != "outlet" or "outlet" not in result.articles.columns:
        return
    apart = outlet_spellings_apart(result.articles["outlet"], outlets)
    if not apart:
        return
    shown = "; ".join(f"{r}: " + ", ".join(repr(x) for x in v) for r, v in list(apart.items())[:4])
    more = f" and {len(apart) - 4} more" if len(apart) > 4 else ""
    warnings.warn(f"{func}: by='outlet' groups by the corpus's spelling, and {len(apart)} outlet(s) of the outlet "
                  f"table are spelled more than one way: {shown}{more}; they are separate groups (and tested "
                  f"against each other). To group them, give each article the table's name first: "
                  f"articles['outlet'] = newsanalysis.compare.match_outlets(articles['outlet'])"
                  f".fillna(articles['outlet'])", UserWarning, stacklevel=3)


def article_groups(articles: pd.DataFrame, by: str, *, outlets: pd.DataFrame | None = None) -> pd.Series:
    """The group of each article for ``by``, indexed by ``article_id`` (str).

    Parameters
    ----------
    articles : DataFrame
        At least ``article_id``; ``published`` (datetime, tz-aware) for
        ``by="month"``/``"week"``; ``outlet`` to join the outlet table.
    by : str
        A column of ``articles``; else ``"month"`` (``YYYY-MM`` of
        ``published`` in UTC), ``"week"`` (ISO week, ``YYYY-Www``) or a
        column of the outlet table joined on ``outlet`` (``country``,
        ``affiliation``, ``type``…; other spellings of a name match through
        :func:`match_outlets`). Article columns win over outlet columns
        of the same name (e.g. ``language``).
    outlets : DataFrame, optional
        The outlet table; :func:`load_outlets` by default.

    Returns
    -------
    Series of str
        Named ``by``; missing values and outlets absent from the outlet table
        are ``"(unknown)"``.

    Raises
    ------
    KeyError
        If ``by`` is none of the above (the message lists the choices).
    """
    ids = articles["article_id"].astype(str).values
    if by in articles.columns:
        key = articles[by]
    elif by in ("month", "week"):
        if "published" not in articles.columns:
            raise KeyError(f"cannot group by {by!r}: the articles have no 'published' column")
        pub = pd.to_datetime(articles["published"], utc=True)
        key = pub.dt.strftime("%Y-%m") if by == "month" else pub.dt.strftime("%G-W%V")
    else:
        meta = load_outlets() if outlets is None else outlets
        if by not in meta.columns or "outlet" not in articles.columns:
            raise KeyError(f"cannot group by {by!r}: not 'month', 'week', a column of the articles "
                           f"({list(articles.columns)}) nor of the outlet table ({list(meta.columns)})")
        table = meta.assign(outlet=meta["outlet"].astype(str).str.strip()).set_index("outlet")[by]
        key = match_outlets(articles["outlet"].reset_index(drop=True), meta).map(table)
    key = pd.Series(key).astype("object").where(pd.Series(key).notna().values, UNKNOWN)
    return pd.Series(key.astype(str).values, index=pd.Index(ids, name="article_id"), name=by)


def _turn_mask(attributions: pd.DataFrame) -> pd.Series:
    """True for the rows that are transcript speaker turns (``speaker_turn``; missing values and a
    missing column count as False)."""
    if "speaker_turn" not in attributions.columns:
        return pd.Series(False, index=attributions.index)
    return attributions["speaker_turn"].astype("boolean").fillna(False).astype(bool)


def chain_part_mask(attributions: pd.DataFrame) -> pd.Series:
    """True for the rows that only name the medium of another row's chain (``chain_part``; missing values and a
    missing column count as False): "laut Staatsmedien" in "Die Ministerin teilte laut Staatsmedien mit, dass …",
    whose chained speech row (chain "Staatsmedien > Die Ministerin") already counts the medium."""
    if "chain_part" not in attributions.columns:
        return pd.Series(False, index=attributions.index)
    return attributions["chain_part"].astype("boolean").fillna(False).astype(bool)


def nested_mask(attributions: pd.DataFrame) -> pd.Series:
    """True for the attributions made inside someone else's speech: the cue (and the source, when there is
    one) lies inside the content of a direct quotation, a reported (indirect) statement or a transcript
    speaker turn of the same article (inside one part of it, not in its ``content_gaps``), and the two rows
    do not share one content.

    In "“According to scholars, the order is changing,” Putin said." the row
    "according to scholars" is Putin's sourcing, not the outlet's; in a
    Kremlin.ru transcript every "allegedly" in the president's answers is
    his. A ``reportative`` row ("soll … haben", "reportedly") inside the
    content of an ``according_to`` row is nested as well: "Laut Staatsmedien
    traf Kim einen Offizier, mit dem er … gesprochen haben soll" has its
    source in "laut", and the "soll" is no hearsay without one. Chains the outlet builds itself ("according to Yonhap, officials
    said …", "Reuters, citing Yonhap") are not nested: the outer row there
    is ``according_to`` or the cue lies outside the content.

    Parameters
    ----------
    attributions : DataFrame
        One row per attribution with ``article_id``, ``kind``, ``start``,
        ``end``, ``cue_start``, ``cue_end`` (character offsets) and optionally
        ``source_start``/``source_end`` and ``speaker_turn``.

    Returns
    -------
    Series of bool
        Aligned with ``attributions.index``; False for rows without a cue
        span and when a needed column is missing.
    """
    need = {"article_id", "kind", "start", "end", "cue_start", "cue_end"}
    out = pd.Series(False, index=attributions.index)
    if not len(attributions) or not need <= set(attributions.columns):
        return out
    from .attribution import content_spans

    turn = _turn_mask(attributions)
    num = {c: pd.to_numeric(attributions[c], errors="coerce").to_numpy(dtype=float)
           for c in ("start", "end", "cue_start", "cue_end", "source_start", "source_end") if c in attributions.columns}
    gaps = attributions["content_gaps"].tolist() if "content_gaps" in attributions.columns else [None] * len(out)
    outer_ok = (attributions["kind"].isin(["direct", "indirect", "according_to"]) | turn).to_numpy()
    # an according-to row is an outer row for reportative marking only (session 17, a teacher's trial: in
    # "Laut nordkoreanischen Staatsmedien traf Kim einen Offizier, mit dem er … gesprochen haben soll" the "soll"
    # repeats the sourcing "laut" already gives; it was counted as hearsay without a source)
    according = (attributions["kind"] == "according_to").to_numpy()
    reportative = (attributions["kind"] == "reportative").to_numpy()
    pos = {ix: i for i, ix in enumerate(attributions.index)}
    for _, g in attributions.groupby(attributions["article_id"].astype(str), sort=False):
        rows = np.array([pos[ix] for ix in g.index])
        outer = rows[outer_ok[rows] & np.isfinite(num["start"][rows]) & np.isfinite(num["end"][rows])]
        if not len(outer):
            continue
        # one entry per part of each outer content: a cue in the narrator's words between two parts of a
        # quotation ('“…,” he said, “…”') is not inside it
        parts = [(o, ps, pe) for o in outer
                 for ps, pe in content_spans({"start": num["start"][o], "end": num["end"][o], "content_gaps": gaps[o]})]
        po = np.array([p[0] for p in parts])
        ps_, pe_ = np.array([p[1] for p in parts], dtype=float), np.array([p[2] for p in parts], dtype=float)
        os_, oe = num["start"][po], num["end"][po]
        for i in rows:
            cs, ce = num["cue_start"][i], num["cue_end"][i]
            if not (np.isfinite(cs) and np.isfinite(ce)):
                continue
            inside = (ps_ <= cs) & (ce <= pe_) & (po != i)
            if not reportative[i]:
                inside &= ~according[po]
            # "Officials said, according to Yonhap, that …": one content shared by two rows, opened by the
            # inner cue, is a chain the outlet builds, not Yonhap speaking inside the officials' statement;
            # "He said that, according to Russian experts, …" (the cue after "that") is his sourcing
            inside &= ~((os_ == num["start"][i]) & (oe == num["end"][i]) & (cs - os_ <= 1))
            if "source_start" in num and np.isfinite(num["source_start"][i]):
                inside &= (ps_ <= num["source_start"][i]) & (num["source_end"][i] <= pe_)
            out.iloc[i] = bool(inside.any())
    return out


def _first_person() -> frozenset:
    """The attribution rules' first-person pronouns of every analysed language (YAML ``first_person_pronouns``)."""
    from ._tables import ANALYSED_LANGUAGES
    from .attribution_rules import load_resources

    return frozenset().union(*(load_resources(lang).first_person for lang in ANALYSED_LANGUAGES))


def _own_voice_mask(attributions: pd.DataFrame) -> pd.Series:
    """Rows whose source is only a first-person pronoun resolved to no actor (see :func:`reported_attributions`)."""
    if "source" not in attributions.columns or not len(attributions):
        return pd.Series(False, index=attributions.index)
    src = attributions["source"].map(lambda x: x.strip().lower() if isinstance(x, str) else "")
    unresolved = (attributions["actor_id"].isna() if "actor_id" in attributions.columns
                  else pd.Series(True, index=attributions.index))
    return src.isin(_first_person()) & unresolved


def check_cue_classes(cue_classes) -> tuple[str, ...] | None:
    """``cue_classes`` as a tuple of class names, or None (every class): a string ("speech,writing") or an
    iterable of names from :data:`newsanalysis.attribution_rules.CUE_CLASSES`. ``ValueError`` naming the
    unknown class and the known ones; an empty selection is an error too (no row would count)."""
    from .attribution_rules import CUE_CLASSES

    if cue_classes is None:
        return None
    if isinstance(cue_classes, str):
        cue_classes = cue_classes.split(",")
    got = tuple(dict.fromkeys(str(c).strip().lower() for c in cue_classes if str(c).strip()))
    bad = [c for c in got if c not in CUE_CLASSES]
    if bad:
        raise ValueError(f"cue_classes: unknown cue class {', '.join(map(repr, bad))}; the classes are "
                         f"{', '.join(CUE_CLASSES)}")
    if not got:
        raise ValueError(f"cue_classes is empty: give one or more of {', '.join(CUE_CLASSES)} (None counts all)")
    return got


def cue_class_mask(attributions: pd.DataFrame, cue_classes) -> pd.Series:
    """True for the rows whose ``cue_class`` is one of ``cue_classes`` (see :func:`check_cue_classes`; None:
    every row). ``ValueError`` when classes are asked for and the table has no ``cue_class`` column (a table
    saved before the column existed: run :func:`newsanalysis.attributions` again)."""
    wanted = check_cue_classes(cue_classes)
    if wanted is None:
        return pd.Series(True, index=attributions.index)
    if "cue_class" not in attributions.columns:
        raise ValueError("cue_classes: the attribution table has no 'cue_class' column (made before the column "
                         "existed?); run newsanalysis.attributions() or analyze() again")
    return attributions["cue_class"].astype("object").isin(wanted)


def reported_attributions(attributions: pd.DataFrame, speaker_turns: bool = False,
                          nested: bool = False, chain_parts: bool = False,
                          cue_classes=None) -> pd.DataFrame:
    """The attributions that count as sources in outlet comparisons.

    Transcript speaker turns (``speaker_turn`` True: "Vladimir Putin: …",
    "Question: …" in Kremlin.ru transcripts) are who speaks in a published
    transcript, not whom a journalist chose to quote; 929 of the 1,474 rows
    of the real corpus are turns, nearly all Kremlin.ru, and counting them
    swamps every source figure of that outlet. They are left out unless
    ``speaker_turns=True``.

    Attributions made inside someone else's speech (:func:`nested_mask`:
    "allegedly" or "according to scholars" in Putin's answers, a quoted
    speaker's own sources) are that speaker's sourcing, not the outlet's,
    and are left out unless ``nested=True``. A fresh user's trial found 15 of
    the 17 anonymous Kremlin.ru rows inside transcript speech. So are, with
    them, the rows whose source is only a first-person pronoun that no rule
    resolved to a speaker (``actor_id`` empty: "I believe that …", "We agreed
    that …" in a published speech without speaker labels): the speech's own
    voice, not a source it cites (session 12: 14 of Kremlin.ru's 28 sources of
    unknown type in the English real corpus). The attribution table keeps
    them: the gold standards count them (PolNeAR, Redewiedergabe).

    An according-to row that only names the medium of another row's chain
    (``chain_part``, :func:`chain_part_mask`: "laut russischen Staatsmedien"
    beside "Matwijenko teilte … mit", chain "russischen Staatsmedien >
    Matwijenko") is left out unless ``chain_parts=True``: one report is
    counted once, as the chained speech row (the medium is in its ``chain``).
    The attribution table keeps the row because Redewiedergabe marks the
    "laut" phrase as indirect speech.

    By default every cue class counts (``cue_class``: speech, writing,
    cognition, evidence, intention, evaluation, reportative; see
    docs/attribution.md, "Cue class"). ``cue_classes=("speech", "writing")``
    counts only the rows whose cue reports someone saying or writing
    something: "Japan decided to stage drills", "Officials believe …", "The
    data showed …" are left out (PolNeAR annotates them as attributions, so
    the attribution table keeps them).

    Parameters
    ----------
    attributions : DataFrame
        The attribution table (one row per attribution; ``speaker_turn`` and
        ``chain_part`` optional: without them every row counts; without the
        offset columns no row is nested).
    speaker_turns : bool
        Keep the transcript turns.
    nested : bool
        Keep the attributions made inside quoted or reported speech.
    chain_parts : bool
        Keep the according-to rows that only serve a chain (``chain_part``).
    cue_classes : str or iterable of str, optional
        Count only the rows of these cue classes ("speech,writing" or
        ``("speech", "writing")``); None (default) counts every class.

    Returns
    -------
    DataFrame
        The same columns, the rows that count (a copy).

    Raises
    ------
    ValueError
        For an unknown cue class, or ``cue_classes`` on a table without the
        ``cue_class`` column.
    """
    classes = cue_class_mask(attributions, cue_classes)  # checks the names even for an empty table
    if not len(attributions):
        return attributions.copy()
    keep = classes.copy()
    if not nested:
        keep &= ~nested_mask(attributions) & ~_own_voice_mask(attributions)
    if not speaker_turns:
        keep &= ~_turn_mask(attributions)
    if not chain_parts:
        keep &= ~chain_part_mask(attributions)
    return attributions[keep].copy()


#: The values of :func:`source_status`, in reading order.
SOURCE_STATUSES = ("named", "anonymous", "neither", "no_source", "hearsay")


def source_status(attributions: pd.DataFrame) -> pd.Series:
    """What kind of source each attribution row has, as one label: the two flags ``named``/``anonymous`` and
    ``kind`` read together.

    ======================  =======================================================================
    status                  rows
    ======================  =======================================================================
    ``"named"``             ``named`` True: a name is given ("Kim Jong Un", "Yonhap")
    ``"anonymous"``         ``anonymous`` True and not reportative: an unnamed group or anonymity
                            phrase ("officials", "Beamte", "Kreise", "who spoke on condition of
                            anonymity")
    ``"neither"``           a source is given but is neither named nor anonymous: a role ("the
                            defence minister"), a document ("the letter"), "Both sides", a pronoun
                            the rules did not resolve
    ``"no_source"``         not reportative and no source: a speaker the rules did not find, an
                            agentless passive ("Pjöngjang wird vorgeworfen")
    ``"hearsay"``           ``kind == "reportative"`` ("soll … haben", "reportedly"): the text
                            gives no source at all (the row's ``anonymous`` flag is True)
    ======================  =======================================================================

    The source measures of :func:`compare`, :func:`estimates` and :func:`compare_tests` are built on it:
    ``anonymous_share`` = anonymous / (named + anonymous + neither), i.e. among the rows that have a
    source; ``hearsay_share`` = hearsay / all rows counted.

    Parameters
    ----------
    attributions : DataFrame
        The attribution table (or any table with its columns). Used: ``kind``, ``named``, ``anonymous``,
        ``source``. Without ``kind`` no row is hearsay; without ``named`` none is named; without
        ``source`` every row that is not hearsay counts as having a source (a hand-made table with only
        ``anonymous`` keeps its old meaning: anonymous among all rows). Not modified.

    Returns
    -------
    Series of str
        Aligned with ``attributions.index``, named ``source_status``, values in :data:`SOURCE_STATUSES`.
    """
    idx = attributions.index

    def flag(col):
        if col not in attributions.columns:
            return np.zeros(len(idx), dtype=bool)
        return attributions[col].astype("boolean").fillna(False).to_numpy(dtype=bool)

    hearsay = (attributions["kind"].astype("object").eq("reportative").to_numpy(dtype=bool)
               if "kind" in attributions.columns else np.zeros(len(idx), dtype=bool))
    if "source" in attributions.columns:
        has_source = attributions["source"].map(lambda x: isinstance(x, str) and bool(x.strip())).to_numpy(dtype=bool)
    else:
        has_source = np.ones(len(idx), dtype=bool)
    anon, named = flag("anonymous"), flag("named")
    out = np.select([hearsay, anon, named, has_source], ["hearsay", "anonymous", "named", "neither"], "no_source")
    return pd.Series(out, index=idx, name="source_status", dtype="object")


def source_counts(attributions: pd.DataFrame) -> pd.DataFrame:
    """Per article, the counts behind the anonymous and hearsay shares (rows as given: filter with
    :func:`reported_attributions` first).

    Returns
    -------
    DataFrame
        Indexed by ``article_id`` (str), columns ``attributions`` (all rows), ``sourced`` (rows with a
        source: named, anonymous or neither, see :func:`source_status`), ``anonymous`` (anonymous sources,
        hearsay not included), ``hearsay`` (reportative rows), ``no_source`` (speaker not found). Integers.
    """
    cols = ["attributions", "sourced", "anonymous", "hearsay", "no_source"]
    if not len(attributions):
        return pd.DataFrame(columns=cols, index=pd.Index([], name="article_id"), dtype="int64")
    st = source_status(attributions)
    d = pd.DataFrame({"article_id": attributions["article_id"].astype(str).values, "attributions": 1,
                      "sourced": st.isin(["named", "anonymous", "neither"]).values.astype(int),
                      "anonymous": (st == "anonymous").values.astype(int),
                      "hearsay": (st == "hearsay").values.astype(int),
                      "no_source": (st == "no_source").values.astype(int)})
    return d.groupby("article_id")[cols].sum()


#: Why a row of the attribution table is not counted by the source figures (the ``not_counted`` column of
#: :func:`source_trace`), in the order the reasons are tested.
NOT_COUNTED_REASONS = ("duplicate article", "speaker turn", "inside someone's speech", "the speech's own I/we",
                       "chain part", "cue class not asked for")


def not_counted_reasons(result, *, speaker_turns: bool = False, nested: bool = False, duplicates: bool = False,
                        cue_classes=None) -> pd.Series:
    """Per row of ``result.attributions``: ``""`` when the source figures of :func:`compare`,
    :func:`estimates` and :func:`compare_tests` count it (same arguments), else the first reason in
    :data:`NOT_COUNTED_REASONS` that leaves it out (see :func:`reported_attributions`; duplicates as
    ``duplicate_of``). Series of str aligned with the table's index, named ``not_counted``."""
    att = result.attributions
    why = pd.Series("", index=att.index, dtype=object, name="not_counted")
    if not len(att):
        cue_class_mask(att, cue_classes)  # checks the names
        return why

    def mark(mask, reason):
        m = np.asarray(mask, dtype=bool) & why.eq("").to_numpy()
        why[m] = reason

    arts = result.articles
    if not duplicates and "duplicate_of" in arts.columns:
        gone = set(arts.loc[duplicate_mask(arts), "article_id"].astype(str))
        mark(att["article_id"].astype(str).isin(gone), "duplicate article")
    if not speaker_turns:
        mark(_turn_mask(att), "speaker turn")
    if not nested:
        mark(nested_mask(att), "inside someone's speech")
        mark(_own_voice_mask(att), "the speech's own I/we")
    mark(chain_part_mask(att), "chain part")
    mark(~cue_class_mask(att, cue_classes), "cue class not asked for")
    return why


SOURCE_TRACE_COLUMNS = ["article_id", "outlet", "language", "published", "sentence_id", "source", "source_name",
                        "actor_id", "source_type", "source_country", "cue", "kind", "status", "counted",
                        "not_counted", "sentence"]


def source_trace(result, *, speaker_turns: bool = False, nested: bool = False, duplicates: bool = False,
                 cue_classes=None) -> pd.DataFrame:
    """One row per attribution with its source status and whether the source figures count it: the worksheet
    behind ``anonymous_share``, ``anonymous_article_share``, ``hearsay_share``, ``sourced_attributions`` and the
    source-type mix.

    The attribution table keeps every row the attribution rules find (transcript speaker turns, rows inside
    someone's speech, a speech's own "I"/"we", chain parts); :func:`compare`, :func:`estimates` and
    :func:`compare_tests` count fewer (:func:`reported_attributions`, duplicates left out). This table says,
    row by row, which ones and why, so a figure such as "KCNA: 2.4 % anonymous of 169" is read off it::

        t = source_trace(result)
        k = t[t["counted"] & t["outlet"].str.startswith("KCNA")]
        k["status"].isin(["named", "anonymous", "neither"]).sum()   # 169 sourced attributions
        (k["status"] == "anonymous").sum()                         # 4 anonymous: 4 / 169 = 0.024
        (k["status"] == "hearsay").sum() / len(k)                  # hearsay_share
        k.loc[k["status"] == "anonymous", "article_id"].nunique()  # 2 articles: articles_with_anonymous;
        # / analysed_articles of compare() (84; articles without attributions have no row here) = 2 / 84,
        # anonymous_article_share

    Parameters
    ----------
    result : AnalysisResult
        From :func:`newsanalysis.analyze` (``articles``, ``attributions`` and ``sentences`` are read).
        Not modified.
    speaker_turns, nested, duplicates, cue_classes
        As in :func:`compare` / :func:`compare_tests` (defaults: turns, rows inside speech and duplicates
        left out, every cue class): pass the same values as to the figure you trace.

    Returns
    -------
    DataFrame
        One row per row of ``result.attributions``, in its order: ``article_id`` (str), ``outlet``,
        ``language``, ``published`` (datetime, UTC; from ``result.articles``; None when missing: "who is
        quoted, per month" needs no join), ``sentence_id``, ``source`` (the words of the text),
        ``source_name`` (the source's canonical name when the rules resolved it: "Mr Putin", "Putin" and
        "President of Russia Vladimir Putin" are all "Vladimir Putin"), ``actor_id`` (its row of the actor
        table, e.g. ``putin``; missing for a source not in it), ``source_type``, ``source_country``,
        ``cue``, ``kind`` (as in the attribution table; None when the table lacks the column), ``status``
        (:func:`source_status`: named / anonymous / neither / no_source / hearsay), ``counted`` (bool: the
        source figures count the row) and ``not_counted`` (``""`` or the reason, one of
        :data:`NOT_COUNTED_REASONS`), ``sentence`` (the text of the sentence with the cue; ``""`` when the
        sentence table lacks it). Empty (these columns) without attributions.

    Raises
    ------
    TypeError
        If ``result`` is not the result of :func:`newsanalysis.analyze`.
    ValueError
        For an unknown cue class.
    """
    _check_result(result, "source_trace")
    att = result.attributions
    why = not_counted_reasons(result, speaker_turns=speaker_turns, nested=nested, duplicates=duplicates,
                              cue_classes=cue_classes)
    if not len(att):
        return pd.DataFrame(columns=SOURCE_TRACE_COLUMNS)
    out = pd.DataFrame({"article_id": att["article_id"].astype(str).to_numpy()})
    arts = result.articles.assign(article_id=lambda d: d["article_id"].astype(str)).drop_duplicates("article_id")
    arts = arts.set_index("article_id")
    for col in ("outlet", "language", "published"):
        out[col] = out["article_id"].map(arts[col]).to_numpy() if col in arts.columns else None
    for col in ("sentence_id", "source", "source_name", "actor_id", "source_type", "source_country", "cue",
                "kind"):
        out[col] = att[col].to_numpy() if col in att.columns else None
    out["status"] = source_status(att).to_numpy()
    out["not_counted"] = why.to_numpy()
    out["counted"] = out["not_counted"].eq("")
    sents = getattr(result, "sentences", None)
    out["sentence"] = ""
    if isinstance(sents, pd.DataFrame) and len(sents) and "sentence_id" in att.columns:
        text = dict(zip(zip(sents["article_id"].astype(str), sents["sentence_id"]), sents["text"]))
        out["sentence"] = [text.get((a, s), "") for a, s in zip(out["article_id"], out["sentence_id"])]
    return out[SOURCE_TRACE_COLUMNS]


def _wilson(k: float, n: float, confidence: float) -> tuple[float, float]:
    """Wilson score interval of k successes in n trials (statsmodels ``proportion_confint``); ``n`` may be an
    effective (non-integer) sample size. Bounds are clipped to [0, 1] and rounded to 12 decimals (no 5.6e-17)."""
    from statsmodels.stats.proportion import proportion_confint

    lo, hi = proportion_confint(float(k), float(n), alpha=1 - confidence, method="wilson")
    return float(np.clip(np.round(lo, 12), 0, 1)), float(np.clip(np.round(hi, 12), 0, 1))


def t_mean_ci(values, *, confidence: float = 0.95, scale: tuple[float, float] = (-1.0, 1.0),
              min_n: int = MIN_GROUP_ARTICLES) -> tuple[float, float, float, str]:
    """Mean of ``values`` with the Student t-interval, clipped to the scale, and a warning for small n.

    The same interval as :func:`newsanalysis.sentiment.outlet_tone`, so that one
    estimate has one interval everywhere: mean ± t(1 − α/2, n − 1) · s / √n
    (Student 1908). The percentile bootstrap used before undercovers badly for
    small n (simulated coverage 0.71 at n = 3, 0.84 at n = 5; Efron &
    Tibshirani 1993, ch. 13; Hesterberg 2015).

    Parameters
    ----------
    values : array-like of float
        One value per article (NaN are dropped).
    confidence : float
        Interval level in (0, 1).
    scale : (float, float)
        Bounds of the scale (compound score: [-1, 1]); the interval is clipped to it.
    min_n : int
        Below this many values the warning says the interval is unreliable.

    Returns
    -------
    (mean, low, high, warning) : tuple
        NaN for all three numbers with no value; NaN bounds with one value (no
        interval from a single article); ``warning`` is ``""`` or says
        "only k article(s): interval unreliable", "k articles: t-interval
        approximate (n < 10)" and/or "interval clipped to [-1, 1]".
    """
    m, lo, hi, n, clipped = clipped_t_interval(values, confidence=confidence, scale=scale)
    if n == 0:
        return (np.nan, np.nan, np.nan, "")
    notes = []
    if n < min_n:
        notes.append(f"only {n} analysed article(s): " + ("interval unreliable" if n > 1 else "no interval"))
    elif n < 10:
        notes.append(f"{n} articles: t-interval approximate (n < 10)")
    if clipped:
        notes.append(f"interval clipped to [{scale[0]:g}, {scale[1]:g}]")
    return (m, lo, hi, "; ".join(notes))


def clipped_t_interval(values, *, confidence: float = 0.95,
                       scale: tuple[float, float] = (-1.0, 1.0)) -> tuple[float, float, float, int, bool]:
    """``(mean, low, high, n, clipped)``: the Student t-interval of the mean of ``values`` (NaN dropped),
    clipped to ``scale``; NaN mean with no value, NaN bounds with one. The one computation behind
    :func:`t_mean_ci` and :func:`newsanalysis.sentiment.outlet_tone` / ``actor_tone_summary``."""
    x = np.asarray(pd.Series(values, dtype="float64").dropna(), dtype=float)
    n = int(x.size)
    if n == 0:
        return (np.nan, np.nan, np.nan, 0, False)
    m = float(x.mean())
    if n < 2:
        return (m, np.nan, np.nan, n, False)
    h = float(stats.t.ppf(0.5 + confidence / 2, n - 1)) * float(x.std(ddof=1)) / np.sqrt(n)
    lo, hi = m - h, m + h
    clipped = lo < scale[0] or hi > scale[1]
    return (m, float(max(lo, scale[0])), float(min(hi, scale[1])), n, bool(clipped))


def article_share_ci(present, *, confidence: float = 0.95) -> tuple[float, float, float]:
    """Share of articles with a property (e.g. a frame present) with the Wilson score interval on articles.

    Parameters
    ----------
    present : array-like of bool or 0/1
        One value per article (NaN dropped).
    confidence : float
        Interval level.

    Returns
    -------
    (share, low, high) : tuple of float
        In [0, 1]; NaN with no article. Wilson (1927) via
        ``statsmodels.stats.proportion.proportion_confint``: 0 of 84 gives [0, 0.044].
    """
    x = np.asarray(pd.Series(present, dtype="float64").dropna(), dtype=float)
    if x.size == 0:
        return (np.nan, np.nan, np.nan)
    lo, hi = _wilson(x.sum(), x.size, confidence)
    return (float(x.mean()), lo, hi)


#: A design effect is estimated from the data only when the rarer outcome (the rows with the property, or
#: those without when the share is above one half) has at least this many rows ...
MIN_DEFF_EVENTS = 5
#: ... spread over at least this many articles; otherwise the articles are the units (see :func:`ratio_share_ci`).
MIN_DEFF_ARTICLES = 2


def _ratio_share_interval(num, den, confidence: float = 0.95, min_events: int = MIN_DEFF_EVENTS,
                          min_articles: int = MIN_DEFF_ARTICLES) -> tuple[float, float, float, float, str]:
    """:func:`ratio_share_ci` plus the rule that set n_eff: ``"design effect"``, ``"articles"`` (too few
    events: n_eff = min(k, the design-effect n)) or ``""`` (no interval)."""
    num = np.asarray(num, dtype=float)
    den = np.asarray(den, dtype=float)
    keep = den > 0
    num, den = num[keep], den[keep]
    k = den.size
    if k == 0:
        return (np.nan, np.nan, np.nan, np.nan, "")
    n = float(den.sum())
    r = float(num.sum() / n)
    if k < 2:
        return (r, np.nan, np.nan, np.nan, "")
    v = float(((num - r * den) ** 2).sum() / (k * (k - 1)) / (n / k) ** 2)
    n_design = np.nan
    if 0 < r < 1 and v > 1e-15:
        z = float(stats.norm.ppf(0.5 + confidence / 2))
        n_design = n / max(v / (r * (1 - r) / n), 1.0) * (z / float(stats.t.ppf(0.5 + confidence / 2, k - 1))) ** 2
    rare = num if r <= 0.5 else den - num  # the rarer outcome per article
    if np.isfinite(n_design) and rare.sum() >= min_events and int((rare > 0).sum()) >= min_articles:
        n_eff, rule = float(n_design), "design effect"
    else:  # too few events to estimate a design effect: the articles are the units, or fewer if the data say so
        n_eff, rule = float(min(k, n_design)) if np.isfinite(n_design) else float(k), "articles"
    lo, hi = _wilson(r * n_eff, n_eff, confidence)
    return (r, lo, hi, n_eff, rule)


def ratio_share_ci(num, den, *, confidence: float = 0.95) -> tuple[float, float, float, float]:
    """A share of attributions pooled over articles (ratio of sums) with a design-effect-aware Wilson interval.

    The estimate is r = Σ num / Σ den over the k articles with ``den > 0``
    (n = Σ den attributions). Its variance is the linearisation (Taylor)
    variance of a ratio estimator over clusters,
    v = Σ (num_i − r·den_i)² / (k (k − 1) · mean(den)²) (Cochran 1977,
    *Sampling Techniques*, §6.4 and §9A); the design effect is
    deff = v / (r (1 − r) / n) (Kish 1965), and the design-effect sample size
    n_deff = n / max(deff, 1) · (z / t(k − 1))², with the degrees-of-freedom
    adjustment of Korn & Graubard (1998) for a variance estimated from k
    articles. The interval is Wilson's at an effective sample size n_eff:

    * n_eff = n_deff when the rarer outcome (the rows with the property, or
      those without it when r > 0.5) has at least ``MIN_DEFF_EVENTS`` = 5
      rows in at least ``MIN_DEFF_ARTICLES`` = 2 articles;
    * otherwise n_eff = min(k, n_deff), or k when n_deff cannot be computed
      (r = 0 or 1, or the same share in every article): the articles, not
      the attributions, are the independent units.

    Why: a variance estimated from a handful of events says nothing about
    how they cluster. One event in one article gives a design effect near 1
    (every other article is a run of zeros), so n_deff is close to n: 1 of
    172 in 48 articles would get n_deff 161 and an interval five times
    narrower than 0 of 62 in 19 articles (n_eff 19). Below the threshold the
    rule is the one for zero events, so one event never narrows the
    interval. Five is the usual minimum count for a normal approximation of a
    count (Cochran 1954), and survey practice treats the design-based
    variance of a smaller count as unreliable (Korn & Graubard 1998; NCHS
    data presentation standards for proportions, Parker et al. 2017); two
    articles are the least in which a spread of the events between articles
    can be seen. Design effects estimated from the data undercover under
    clustering (Franco, Little, Louis & Slud 2019, *J. Survey Stat.
    Methodol.* 7(3)), so the fallback errs on the wide side, and min(k,
    n_deff) keeps the data's estimate when it is the wider one. Simulated
    coverage at 95 % (``tools/share_interval_coverage.py``: 20 or 48
    articles of 1 + Poisson(2.5) attributions, true share 0.01–0.2,
    intra-article correlation 0–0.3): 0.958–0.995 (0.938–0.950 for share
    0.2 in 48 articles, where every sample has enough events), 0.98–1.00 among
    samples with 1–4 events (the design effect from any event: as low as
    0.17); earlier (40 attributions per article, article shares
    Beta(0.5, 4.5)): 1.00 (k = 2), 0.99 (3), 0.93 (5), 0.92 (10), 0.94 (30).
    Fewer than 2 articles: no interval.

    Parameters
    ----------
    num, den : array-like of float
        Per article: attributions with the property, and all attributions.
    confidence : float
        Interval level.

    Returns
    -------
    (share, low, high, n_effective) : tuple of float
        Share in [0, 1] (NaN with no attribution); NaN bounds and
        ``n_effective`` with fewer than 2 articles. Worked examples: 0 of 32
        in 5 articles → n_eff 5, [0, 0.434]; 1 of 20 in 10 articles of 2 →
        n_deff 14.3, but one event: n_eff = min(10, 14.3) = 10.
    """
    return _ratio_share_interval(num, den, confidence)[:4]


def _check_result(result, func: str) -> None:
    """TypeError unless ``result`` looks like an :class:`~newsanalysis.AnalysisResult` (``articles``, ``summary``)."""
    if all(hasattr(result, a) for a in ("articles", "summary")):
        return
    got = ("a DataFrame (an article table?)" if isinstance(result, pd.DataFrame)
           else f"a {type(result).__name__}")
    raise TypeError(f"{func}() needs the result of na.analyze(articles), got {got}: "
                    f"result = na.analyze(articles); na.{func}(result, ...)")


def _without_duplicates(result, duplicates: bool):
    """(view of the result without articles whose ``duplicate_of`` is set, ids left out). With
    ``duplicates=True`` or without the column, the result itself and no id."""
    arts = result.articles
    if duplicates or "duplicate_of" not in arts.columns:
        return result, pd.Index([], dtype=object)
    dup = duplicate_mask(arts)
    if not dup.any():
        return result, pd.Index([], dtype=object)
    gone = pd.Index(arts.loc[dup, "article_id"].astype(str).unique())
    if hasattr(result, "subset"):
        # every table, story frames and actor tone included (a view of four tables once lost them silently)
        return result.subset(~dup), gone
    from types import SimpleNamespace

    def keep(df):
        if not isinstance(df, pd.DataFrame) or not len(df) or "article_id" not in df.columns:
            return df
        return df[~df["article_id"].astype(str).isin(gone)]

    return SimpleNamespace(**{k: keep(v) for k, v in vars(result).items()}), gone


def _frame_names(frames: pd.DataFrame) -> list[str]:
    """The frames of a frame table: generic frame names in the codebook's order (the shipped codebook gives
    all 14; a user codebook or a classifier table using some of the names gives those only: session 16, a
    six-frame codebook got eight empty columns of frames it never coded), other names in alphabetical order."""
    if frames is None or not len(frames) or "frame" not in frames.columns:
        return list(GENERIC_FRAMES)
    names = set(frames["frame"].astype(str))
    if names <= set(GENERIC_FRAMES):
        return [f for f in GENERIC_FRAMES if f in names]
    return sorted(names)  # not the order of the rows: shuffled input must give the same table


class PeriodWarning(UserWarning):
    """The groups compared cover periods that do not overlap (:func:`different_periods`): a difference between
    them may be one between the events they report. Raised as a warning by :func:`compare` and
    :func:`compare_tests`; silence it with ``warnings.simplefilter("ignore", PeriodWarning)``."""


#: At most this many groups are named in a period warning (the rest are counted; compare()'s first_published and
#: last_published give every group's period).
PERIOD_GROUPS_NAMED = 12


def different_periods(comparison: pd.DataFrame, by: str, *, max_groups: int | None = None) -> str:
    """The periods of the groups when they do not all overlap, else ``""``: the one check behind the report's
    period note and the warnings of :func:`compare` and :func:`compare_tests`.

    Parameters
    ----------
    comparison : DataFrame
        One row per group with ``<by>``, ``first_published`` and ``last_published`` (e.g. :func:`compare`
        output; rows without both dates are ignored).
    by : str
        The group column. For ``"month"`` and ``"week"`` the groups are periods by definition: ``""``.
    max_groups : int, optional
        Name at most this many groups (the first rows of ``comparison``; :func:`compare` sorts the
        largest first) and count the rest ("… and 3 more").

    Returns
    -------
    str
        ``""`` when fewer than two groups have dates or when one moment lies in every group's period (the
        latest first date is not after the earliest last date; for intervals on a line this is the same
        as every two periods overlapping); else the periods,
        ``"KCNA 2024-01-02 to 2024-12-30; Kremlin.ru 2001-05-02 to 2019-04-25"`` (UTC days, in the
        order of ``comparison``), ``"; "``-joined.
    """
    if by in ("month", "week") or not {"first_published", "last_published", by} <= set(comparison.columns):
        return ""
    first = pd.to_datetime(comparison["first_published"], utc=True, errors="coerce")
    last = pd.to_datetime(comparison["last_published"], utc=True, errors="coerce")
    ok = first.notna() & last.notna()
    if ok.sum() < 2 or first[ok].max() <= last[ok].min():  # one group, or every period shares a day
        return ""
    spans = [f"{n} {a:%Y-%m-%d} to {b:%Y-%m-%d}" for n, a, b in zip(comparison.loc[ok, by], first[ok], last[ok])]
    if max_groups is not None and len(spans) > max_groups:
        spans = spans[:max_groups] + [f"… and {len(spans) - max_groups} more"]
    return "; ".join(spans)


def _period_message(func: str, by: str, spans: str) -> str:
    return (f"{func}: the {plural(by)} compared cover different periods ({spans}): a difference between them may "
            "be a difference between the events they report, not between how they report the same event "
            "(first_published/last_published of compare() give each group's period; result.subset(...) keeps "
            "one period)")


def _use_frames(result, frames: pd.DataFrame | None):
    """``result`` with its generic frame table replaced by ``frames`` (e.g. a classifier's ``frame_table``).

    The table needs ``article_id``, ``frame``, ``present``; ``analysed`` is added (True) when missing, so
    every article with rows counts. ``share`` (emphasis) is optional. Raises ValueError for a table without
    the needed columns and TypeError for something that is not a DataFrame."""
    if frames is None:
        return result
    if not isinstance(frames, pd.DataFrame):
        raise TypeError(f"frames= takes a frame table (DataFrame), got a {type(frames).__name__}")
    missing = [c for c in ("article_id", "frame", "present") if c not in frames.columns]
    if missing:
        raise ValueError(f"frames= needs the columns article_id, frame, present (a FrameClassifier's frame_table "
                         f"or na.frames(...) output); missing: {', '.join(missing)}")
    ft = frames.assign(article_id=frames["article_id"].astype(str), frame=frames["frame"].astype(str),
                       present=frames["present"].astype("boolean"))
    if "analysed" not in ft.columns:
        ft["analysed"] = True
    if ft.duplicated(["article_id", "frame"]).any():
        d = ft[ft.duplicated(["article_id", "frame"])].iloc[0]
        raise ValueError(f"frames=: article {d['article_id']!r} has two rows for frame {d['frame']!r}")
    from dataclasses import is_dataclass, replace

    if is_dataclass(result):
        return replace(result, frames=ft)
    from types import SimpleNamespace

    return SimpleNamespace(**{**vars(result), "frames": ft})


def _note_languages_differ(out: pd.DataFrame) -> pd.DataFrame:
    """Each analysed row of a ``compare`` table whose groups are scored in different languages says so in
    ``warning``: tone, frames and attribution come from another lexicon, codebook and rule set in each
    language (session 18, a user trial: Germany -0.197 beside South Korea +0.150 with an empty warning; only
    the figure and the report said it)."""
    langs = out["languages"].fillna("").astype(str)
    seen = sorted({lg for v in langs for lg in v.split(";") if lg})
    if len(seen) < 2:
        return out
    note = (f"the groups are scored in different languages ({', '.join(seen)}): lexicons, cue lists and rules "
            "differ, so compare groups of one language only")
    out = out.copy()
    for i, (v, w) in enumerate(zip(langs, out["warning"].fillna("").astype(str))):
        if v and "tone mixes languages" not in w:  # a mixed group already says so
            out.at[i, "warning"] = "; ".join(x for x in (w, note) if x)
    return out


def compare(result, by: str = "outlet", *, outlets: pd.DataFrame | None = None, confidence: float = 0.95,
            n_resamples: int = 2000, seed: int = 0, progress: bool = False,
            speaker_turns: bool = False, duplicates: bool = False, nested: bool = False,
            frames: pd.DataFrame | None = None, cue_classes=None) -> pd.DataFrame:
    """One row per group: size, tone with an interval, frame shares, sources.

    Parameters
    ----------
    result : AnalysisResult
        From :func:`newsanalysis.analyze` (only ``articles``, ``summary``,
        ``frames`` and ``attributions`` are read; an empty attribution table
        gives NaN source figures).
    by : str
        A column of ``result.articles`` (e.g. ``"outlet"``, ``"language"``),
        ``"month"``/``"week"`` (from ``published``, UTC) or a column of the
        outlet table (``"country"``, ``"affiliation"``, ``"type"``), see
        :func:`article_groups`.
    outlets : DataFrame, optional
        Outlet table (:func:`load_outlets` by default).
    confidence : float
        Interval level (0.95).
    n_resamples, seed
        Unused since the intervals stopped resampling (kept for old calls).
    progress : bool
        Show a tqdm progress bar (rate, ETA) over the groups; off when the
        output is not a terminal.
    speaker_turns : bool
        Count transcript speaker turns as attributions (default False: see
        :func:`reported_attributions`; ``speaker_turns_left_out`` says how
        many rows were left out).
    duplicates : bool
        Keep articles marked as duplicates (``duplicate_of`` set by
        :func:`newsanalysis.dedup`); default False: they are left out and
        counted in ``duplicates_left_out``.
    nested : bool
        Count attributions made inside quoted or reported speech (default
        False: see :func:`nested_mask`; ``nested_left_out`` says how many).
    frames : DataFrame, optional
        A frame table used instead of ``result.frames``, e.g. the
        ``frame_table(articles)`` of a trained
        :class:`~newsanalysis.framing.FrameClassifier`: ``article_id``,
        ``frame``, ``present`` (``analysed`` is taken as True when missing).
        The ``frame_<Frame>`` columns then hold its frames; articles without
        rows in it are in no frame share.
    cue_classes : str or iterable of str, optional
        Count only the attributions of these cue classes (e.g.
        ``("speech", "writing")``: who says or writes something, without
        "decided to", "believes", "the data showed"); None (default) counts
        every class. See :func:`reported_attributions`.

    Returns
    -------
    DataFrame
        One row per group, sorted by number of articles (descending), columns:
        ``<by>``; ``articles`` (every loaded article of the group, analysed
        or not: an outlet's Korean or Vietnamese articles are counted here but
        enter no figure); ``analysed_articles`` (the articles in a language
        with analysers, English or German: **every figure of the row rests on
        these**, and the ``warning`` says how many of ``articles`` were not
        analysed); ``first_published`` and ``last_published`` (the dates the
        group's *analysed* articles span, UTC; NaT without dates or without
        analysed articles: groups covering different years are not comparing
        the same events); ``languages`` (languages of the analysed
        articles, ``;``-joined: tone from different lexicons is not
        comparable across languages); ``sentences_analysed`` (scored sentences);
        ``mean_compound`` (mean over articles of the article's mean sentence
        compound score, in [-1, 1]) with ``compound_low`` and
        ``compound_high`` (Student t-interval over article means, clipped to
        [-1, 1], NaN with fewer than 2 articles; see :func:`t_mean_ci`);
        ``authorial_compound`` with ``authorial_low``/``authorial_high``
        (the same over the articles' authorial voice: the mean compound of
        their text outside attributed content, ``authorial_mean_compound``
        of the summary; articles without such text drop out);
        ``frame_<Frame>`` for each frame of ``result.frames`` (the 14 generic
        frames, or your own codebook's frames when ``analyze(codebook=...)``
        used it; share of analysed articles where the frame is present, in
        [0, 1]);
        ``attributions`` (rows counted), ``speaker_turns_left_out`` (transcript
        turns not counted), ``nested_left_out`` (attributions inside quoted or
        reported speech, and a speech's own first-person sources, not
        counted; see :func:`reported_attributions`), ``chain_parts_left_out``
        ("laut X" rows that only name the medium of a chained speech row,
        ``chain_part``: the report is counted once, as the chained row),
        ``cue_<class>`` for each cue class of :data:`CUE_CLASSES`
        (``cue_speech``, ``cue_writing``, ``cue_cognition``,
        ``cue_evidence``, ``cue_intention``, ``cue_evaluation``,
        ``cue_reportative``: rows of that ``cue_class`` among the reported
        rows, before ``cue_classes`` chooses; int), ``cue_classes_left_out``
        (reported rows of the classes ``cue_classes`` leaves out; 0 by
        default), ``sourced_attributions`` (counted rows that have a
        source: named, anonymous or neither, see :func:`source_status`), ``anonymous_share`` (anonymous
        sources / ``sourced_attributions``, in [0, 1], NaN with none; hearsay rows are **not** in it) with
        ``anonymous_low`` and ``anonymous_high`` (design-effect Wilson interval, see
        :func:`ratio_share_ci`; NaN with fewer than 2 articles); ``articles_with_sources`` (analysed
        articles with at least one counted attribution that has a source; int) and
        ``articles_with_anonymous`` (analysed articles with at least one counted anonymous source, the
        rows ``anonymous_share`` counts; hearsay is not one; int); ``anonymous_article_share``
        (``articles_with_anonymous`` / ``analysed_articles``: the share of **all** the group's analysed
        articles, those without any attribution included, that cite at least one anonymous source, in
        [0, 1]; the figure behind "N % of its articles quoted anonymous sources";
        ``articles_with_anonymous`` / ``articles_with_sources`` is the share among the articles that
        cite any source) with ``anonymous_article_low`` and ``anonymous_article_high`` (Wilson interval
        on articles, :func:`article_share_ci`, as for frames); NaN without analysed articles or with an
        empty attribution table. ``anonymous_share`` counts per attribution, ``anonymous_article_share``
        per article: one article with many anonymous sources raises the first, not the second;
        ``hearsay_share`` (reportative rows,
        "soll … haben", "reportedly", which give no source at all / ``attributions``, in [0, 1]) with
        ``hearsay_low`` and ``hearsay_high`` (the same interval); ``no_source_found`` (counted rows that
        are not hearsay and whose speaker the rules did not find, or an agentless passive: in neither
        share's numerator, and out of the anonymous share's denominator); ``source_<type>``
        (share of attributions by source type, over all counted rows); ``duplicates_left_out``
        (articles of the group left out as duplicates); ``warning`` (text when the
        group has fewer than 5 analysed articles or fewer than 10 (t-interval
        approximate), when the interval was clipped (these notes start with
        "tone interval:"; the anonymous share's interval is in its own
        columns and in :func:`estimates`), when tone mixes
        languages, when analysed articles are live blogs, tickers or news digests
        (:func:`newsanalysis.text.is_live_blog`: entries on other topics count in the figures), for ``"(unknown)"`` (no outlet, no date: shown, never
        tested) and, for the ``"(unknown)"`` group of an outlet-table column,
        the outlets missing from the outlet table; else empty). Intervals for
        every share are in :func:`estimates`. A result without articles (an
        empty ``result.subset(...)``) gives these columns and no row, with a
        ``UserWarning``.

    Warns
    -----
    PeriodWarning
        When the groups' periods (``first_published`` to
        ``last_published``) do not all overlap (:func:`different_periods`;
        not for ``by="month"``/``"week"``): the message names the groups and
        their periods, a difference between them may be one between events.

    Raises
    ------
    TypeError
        If ``result`` is not the result of :func:`newsanalysis.analyze`
        (e.g. the article table itself), or ``frames`` is not a DataFrame.
    KeyError
        If ``by`` cannot be resolved (see :func:`article_groups`).
    ValueError
        If ``frames`` lacks ``article_id``, ``frame`` or ``present``; for an
        unknown cue class (see :func:`reported_attributions`).
    """
    _check_result(result, "compare")
    check_cue_classes(cue_classes)
    result = _use_frames(result, frames)
    all_groups = article_groups(result.articles, by, outlets=outlets)
    _warn_spellings_apart("compare", result, by, outlets)
    result, gone = _without_duplicates(result, duplicates)
    dups_by = all_groups[all_groups.index.isin(gone)].value_counts()
    arts = result.articles
    groups = article_groups(arts, by, outlets=outlets)

    summary = result.summary.assign(article_id=result.summary["article_id"].astype(str)).set_index("article_id")
    # split the long tables by group once (one pass each), not once per group
    gmap = dict(zip(groups.index.astype(str), groups.values))
    frames = result.frames
    frame_names = _frame_names(frames)
    fr_by = {}
    if len(frames):
        fa = frames[frames["analysed"].astype(bool)]
        fr_by = dict(tuple(fa.groupby(fa["article_id"].astype(str).map(gmap), sort=False)))
    all_att = result.attributions
    att = reported_attributions(all_att, speaker_turns, nested)  # every cue class: the class counts
    has_class = "cue_class" in att.columns
    if not has_class:
        cue_class_mask(att, cue_classes)  # asked for classes of a table without them: the error says so
    att_by = dict(tuple(att.groupby(att["article_id"].astype(str).map(gmap), sort=False))) if len(att) else {}
    turns_by = nested_by = chains_by = pd.Series(dtype=int)
    if len(all_att) and not speaker_turns:
        turns_by = all_att.loc[_turn_mask(all_att), "article_id"].astype(str).map(gmap).value_counts()
    inner = pd.Series(False, index=all_att.index)
    if len(all_att) and not nested:
        inner = (nested_mask(all_att) | _own_voice_mask(all_att)) & (speaker_turns | ~_turn_mask(all_att))
        nested_by = all_att.loc[inner, "article_id"].astype(str).map(gmap).value_counts()
    if len(all_att):  # (a row already left out as a turn or nested is counted there, not here)
        part = chain_part_mask(all_att) & ~inner & (speaker_turns | ~_turn_mask(all_att))
        chains_by = all_att.loc[part, "article_id"].astype(str).map(gmap).value_counts()
    # live blogs and tickers: pages of unrelated short entries, compared beside single reports (session 17, a
    # teacher's trial: a Ukraine live blog's tone stood next to a 16-sentence report with nothing saying so)
    live = set()
    if "live_blog" in summary.columns:  # analyze() marks them; the Parquet path keeps no text
        live = set(summary.index[summary["live_blog"].fillna(False).astype(bool)].astype(str))
    elif "text" in arts.columns:
        from .text import is_live_blog
        titles = arts["title"] if "title" in arts.columns else pd.Series(None, index=arts.index)
        langs = arts["language"] if "language" in arts.columns else pd.Series(None, index=arts.index)
        live = {str(a) for a, t, la, ti in zip(arts["article_id"], arts["text"], langs, titles)
                if isinstance(t, str) and is_live_blog(t, la if isinstance(la, str) else None,
                                                       ti if isinstance(ti, str) else None)}
    pub_of = None  # the period each group covers: groups that cover different years are not one comparison
    if "published" in arts.columns:
        pub_of = pd.to_datetime(arts["published"], utc=True, errors="coerce").set_axis(
            arts["article_id"].astype(str).values)
        pub_of = pub_of[~pub_of.index.duplicated()]
    rows = []
    from ._tables import progress_bar

    for g, ids in progress_bar(groups.groupby(groups).groups.items(), progress=progress, unit="group",
                               desc="comparing"):
        ids = list(ids)
        s = summary.loc[ids]
        analysed = s[s["analysed"].astype(bool)]
        mean, low, high, tone_warn = t_mean_ci(analysed["mean_compound"], confidence=confidence)
        a_mean, a_low, a_high, _ = (t_mean_ci(analysed["authorial_mean_compound"], confidence=confidence)
                                    if "authorial_mean_compound" in analysed.columns else (np.nan,) * 3 + ("",))
        # the period of the figures: the analysed articles' dates (the trial's Yonhap row spanned Korean
        # articles that enter no figure)
        span = pub_of.reindex(list(analysed.index)) if pub_of is not None else None
        row = {
            by: g,
            "articles": len(s),
            "analysed_articles": len(analysed),
            "first_published": span.min() if span is not None and len(span) else pd.NaT,
            "last_published": span.max() if span is not None and len(span) else pd.NaT,
            "languages": ";".join(sorted(analysed["language"].dropna().astype(str).unique())),
            "sentences_analysed": int(analysed["n_scored"].fillna(0).sum()),
            "mean_compound": mean, "compound_low": low, "compound_high": high,
            "authorial_compound": a_mean, "authorial_low": a_low, "authorial_high": a_high,
        }
        fr = fr_by.get(g, frames.iloc[:0])
        fr = fr[fr["article_id"].astype(str).isin(analysed.index)]
        share = fr.groupby("frame")["present"].apply(lambda p: float(p.fillna(False).astype(bool).mean()))
        for f in frame_names:
            row[f"frame_{f}"] = share.get(f, np.nan) if len(analysed) else np.nan
        a = att_by.get(g, att.iloc[:0])
        a = a[a["article_id"].astype(str).isin(analysed.index)] if len(a) else a
        classes = a["cue_class"].value_counts() if has_class and len(a) else pd.Series(dtype=int)
        chosen = cue_class_mask(a, cue_classes) if len(a) else pd.Series(dtype=bool)
        left = int((~chosen).sum()) if len(a) else 0
        a = a[chosen] if len(a) else a
        row["attributions"] = len(a)
        row["speaker_turns_left_out"] = int(turns_by.get(g, 0))
        row["nested_left_out"] = int(nested_by.get(g, 0))
        row["chain_parts_left_out"] = int(chains_by.get(g, 0))
        for c in CUE_CLASSES:  # what the reported rows' cues are: "said" or "decided to", "believes", …
            row[f"cue_{c}"] = int(classes.get(c, 0))
        row["cue_classes_left_out"] = left
        # anonymous sources among the rows with a source; hearsay ("soll", "reportedly": no source at all)
        # apart, among all rows. Counting hearsay as anonymous made an outlet's anonymous share mostly a count
        # of its "soll" (German trial, session 13: 9 of 21 on-topic anonymous rows)
        per = source_counts(a)
        row["sourced_attributions"] = int(per["sourced"].sum())
        row["anonymous_share"] = row["anonymous_low"] = row["anonymous_high"] = np.nan
        if per["sourced"].sum() > 0:
            row["anonymous_share"], row["anonymous_low"], row["anonymous_high"], _ = ratio_share_ci(
                per["anonymous"], per["sourced"], confidence=confidence)
        # the same counted rows per article: "N % of its articles quoted an anonymous source", over every
        # analysed article (one without any counted row has none). The attribution share answers another
        # question: tagesschau.de's 5.4 % of attributions were 29.4 % of its articles (journalist's trial,
        # session 16). No attribution table at all: no figure, as for the shares above.
        per_article = per.reindex(list(analysed.index), fill_value=0)
        row["articles_with_sources"] = int((per_article["sourced"] > 0).sum())
        row["articles_with_anonymous"] = int((per_article["anonymous"] > 0).sum())
        row["anonymous_article_share"] = row["anonymous_article_low"] = row["anonymous_article_high"] = np.nan
        if len(all_att) and len(analysed):
            (row["anonymous_article_share"], row["anonymous_article_low"],
             row["anonymous_article_high"]) = article_share_ci(per_article["anonymous"] > 0, confidence=confidence)
        row["hearsay_share"] = row["hearsay_low"] = row["hearsay_high"] = np.nan
        if len(a):
            row["hearsay_share"], row["hearsay_low"], row["hearsay_high"], _ = ratio_share_ci(
                per["hearsay"], per["attributions"], confidence=confidence)
        row["no_source_found"] = int(per["no_source"].sum())
        mix = a["source_type"].value_counts(normalize=True) if len(a) else pd.Series(dtype=float)
        for t in SOURCE_TYPES:
            row[f"source_{t}"] = float(mix.get(t, 0.0)) if len(a) else np.nan
        row["duplicates_left_out"] = int(dups_by.get(g, 0))
        if len(analysed) == 0:  # e.g. an outlet publishing only in Korean: no figures, and not zero
            langs = ", ".join(sorted(s["language"].dropna().astype(str).unique())) or "unknown"
            row["warning"] = f"not analysed (language {langs})"
        else:
            # say whose interval: compare() rows are read for the anonymous share too (a lesson showed
            # "interval clipped" next to an anonymous share)
            notes = [f"tone interval: {tone_warn}"] if tone_warn else []
            if ";" in row["languages"]:
                notes.append(f"tone mixes languages ({row['languages']}): lexicons differ")
            if len(analysed) < len(s):  # "articles" counts them; no figure does
                rest = s.loc[~s.index.isin(analysed.index), "language"].dropna().astype(str)
                langs = ", ".join(sorted(rest.unique())) or "unknown"
                notes.append(f"{len(s) - len(analysed)} of {len(s)} articles not analysed (language {langs}): "
                             f"the figures rest on {len(analysed)}")
            n_live = sum(str(a) in live for a in analysed.index)
            if n_live:
                notes.append(f"{n_live} of {len(analysed)} analysed articles are live blogs, tickers or news digests (entries on "
                             "other topics count in their tone, frames and sources)")
            if g == UNKNOWN:
                notes.append("no " + ("date" if by in ("month", "week") else by) + ": shown, not tested")
            row["warning"] = "; ".join(notes)
        if g == UNKNOWN and by not in arts.columns and "outlet" in s.columns:
            # outlets missing from the outlet table land here: say which, and how to place them
            missing = sorted(s["outlet"].dropna().astype(str).unique())
            shown = missing if len(missing) <= 12 else missing[:10]
            more = f" and {len(missing) - len(shown)} more" if len(missing) > len(shown) else ""
            hint = (f"{len(missing)} outlet(s) not in the outlet table or without a {by!r}: "
                    f"{', '.join(shown)}{more} (add them, or their spelling to 'aliases', in your copy of "
                    f"the outlet table, na.load_outlets() saved as outlets.csv, and pass it as outlets=)")
            row["warning"] = "; ".join(x for x in (row["warning"], hint) if x)
        rows.append(row)
    if not rows:  # an empty result (e.g. an event window without articles): the columns, no rows, and a word
        warnings.warn("compare: the result holds no articles (an empty subset?): the table is empty",
                      UserWarning, stacklevel=2)
        return pd.DataFrame(columns=_compare_columns(by, frame_names))
    out = pd.DataFrame(rows).sort_values(["articles", by], ascending=[False, True], ignore_index=True)
    out = _note_languages_differ(out)
    spans = different_periods(out, by, max_groups=PERIOD_GROUPS_NAMED)
    if spans:
        warnings.warn(_period_message("compare", by, spans), PeriodWarning, stacklevel=2)
    return out


def _compare_columns(by: str, frame_names) -> list[str]:
    """The columns of a :func:`compare` table, in order (for an empty one: before session 17 ``compare`` on a
    result without articles raised a bare ``KeyError: 'articles'``)."""
    return ([by, "articles", "analysed_articles", "first_published", "last_published", "languages",
             "sentences_analysed", "mean_compound", "compound_low", "compound_high", "authorial_compound",
             "authorial_low", "authorial_high"] + [f"frame_{f}" for f in frame_names]
            + ["attributions", "speaker_turns_left_out", "nested_left_out", "chain_parts_left_out"]
            + [f"cue_{c}" for c in CUE_CLASSES]
            + ["cue_classes_left_out", "sourced_attributions", "anonymous_share", "anonymous_low", "anonymous_high",
               "articles_with_sources", "articles_with_anonymous", "anonymous_article_share",
               "anonymous_article_low", "anonymous_article_high", "hearsay_share", "hearsay_low", "hearsay_high",
               "no_source_found"]
            + [f"source_{t}" for t in SOURCE_TYPES] + ["duplicates_left_out", "warning"])


#: Article-level tone columns of the summary that are compared: the mean compound of all sentences, and of
#: the authorial voice only (text outside attributed content: the outlet's own words).
TONE_MEASURES = ("mean_compound", "authorial_mean_compound")


def _article_measures(result, speaker_turns: bool = False, nested: bool = False,
                      story_frames: bool = False, actor_voice: str | None = None,
                      emphasis: bool = False, cue_classes=None) -> pd.DataFrame:
    """Per analysed article, one row per (article, measure): ``article_id, family, measure, num, den``.

    ``num/den`` summed over a group's articles gives the group's figure:
    tone (num = mean compound, den = 1), frame presence (0/1 over 1; with ``story_frames`` also the story
    frames, family ``story_frame``), with ``emphasis`` the frame's share of the article's cue weight
    (family ``frame_share``, and ``story_frame_share`` with ``story_frames``; num = ``share``, an article
    without any cue hit counting 0 as in :func:`newsanalysis.framing.frame_profile`, den = 1; only for a
    frame table with a ``share`` column), anonymous share (anonymous sources over the article's rows with a
    source), family ``anonymous_article`` (measure ``anonymous_article_share``: 1 when the article has at
    least one counted anonymous source, else 0, over 1; every analysed article has a row, also one without
    any counted attribution, when the result has an attribution table at all), hearsay share (reportative
    rows over all its rows) and source-type shares (over all its rows); see :func:`source_status`. With ``actor_voice`` ("all", "authorial" or "quoted") also family
    ``actor_tone``: per actor the article's mean tone toward it (measure = ``actor_id``; only articles
    with a scored mention in that voice; transcript turns left out unless ``speaker_turns``), as
    :func:`newsanalysis.sentiment.actor_tone_summary` averages it.
    """
    s = result.summary
    s = s[s["analysed"].astype(bool)].assign(article_id=lambda d: d["article_id"].astype(str))
    parts = []
    for col in TONE_MEASURES:  # all sentences, and the outlet's own (authorial) voice
        if col not in s.columns:
            continue
        tone = s.dropna(subset=[col])
        parts.append(pd.DataFrame({"article_id": tone["article_id"], "family": "tone", "measure": col,
                                   "num": tone[col].astype(float), "den": 1.0}))
    tables = [("frame", result.frames)]
    if story_frames:
        tables.append(("story_frame", getattr(result, "story_frames", None)))
    for family, fr in tables:
        if fr is None or not len(fr):
            continue
        fr = fr[fr["analysed"].astype(bool) & fr["article_id"].astype(str).isin(s["article_id"])]
        parts.append(pd.DataFrame({"article_id": fr["article_id"].astype(str), "family": family,
                                   "measure": fr["frame"].astype(str),
                                   "num": fr["present"].astype("boolean").fillna(False).astype(float), "den": 1.0}))
        if emphasis and "share" in fr.columns:
            # emphasis: the frame's part of the article's cue weight; no cue hit at all counts 0 (frame_profile)
            parts.append(pd.DataFrame({"article_id": fr["article_id"].astype(str), "family": f"{family}_share",
                                       "measure": fr["frame"].astype(str),
                                       "num": fr["share"].astype("Float64").fillna(0.0).astype(float),
                                       "den": 1.0}))
    at = getattr(result, "actor_tone", None)
    if actor_voice is not None and at is not None and len(at):
        t = at.dropna(subset=["tone"])
        if actor_voice != "all":
            if "voice" not in t.columns:
                raise ValueError("compare_tests: actor_tone_voice needs the 'voice' column of actor_tone (analyze() "
                                 "fills it)")
            t = t[t["voice"] == actor_voice]
        if not speaker_turns and "speaker_turn" in t.columns:
            t = t[~t["speaker_turn"].astype("boolean").fillna(False).astype(bool)]
        t = t.assign(article_id=t["article_id"].astype(str))
        t = t[t["article_id"].isin(s["article_id"])]
        per = t.groupby(["article_id", "actor_id"])["tone"].mean().reset_index()
        parts.append(pd.DataFrame({"article_id": per["article_id"], "family": "actor_tone",
                                   "measure": per["actor_id"].astype(str), "num": per["tone"].astype(float),
                                   "den": 1.0}))
    att = reported_attributions(result.attributions, speaker_turns, nested, cue_classes=cue_classes)
    if len(att):
        att = att[att["article_id"].astype(str).isin(s["article_id"])].assign(
            article_id=lambda d: d["article_id"].astype(str))
        n = att.groupby("article_id").size()
        per = source_counts(att).reindex(n.index, fill_value=0)
        # anonymous sources among the rows with a source; hearsay among all rows (see source_status)
        parts.append(pd.DataFrame({"article_id": n.index, "family": "anonymous", "measure": "anonymous_share",
                                   "num": per["anonymous"].values.astype(float),
                                   "den": per["sourced"].values.astype(float)}))
        parts.append(pd.DataFrame({"article_id": n.index, "family": "hearsay", "measure": "hearsay_share",
                                   "num": per["hearsay"].values.astype(float),
                                   "den": per["attributions"].values.astype(float)}))
        ct = pd.crosstab(att["article_id"], att["source_type"]).reindex(columns=list(SOURCE_TYPES), fill_value=0)
        for t in SOURCE_TYPES:
            parts.append(pd.DataFrame({"article_id": ct.index, "family": "source", "measure": t,
                                       "num": ct[t].values.astype(float), "den": n.reindex(ct.index).values.astype(float)}))
    if len(result.attributions):
        # per analysed article: at least one counted anonymous source (1) or none (0), the article the unit;
        # articles without any counted row count 0 (compare()'s anonymous_article_share)
        ids = s["article_id"].drop_duplicates()
        anon_n = (source_counts(att)["anonymous"] if len(att) else pd.Series(dtype=float)).reindex(ids, fill_value=0)
        parts.append(pd.DataFrame({"article_id": ids.values, "family": "anonymous_article",
                                   "measure": "anonymous_article_share",
                                   "num": (anon_n.values > 0).astype(float), "den": 1.0}))
    return pd.concat(parts, ignore_index=True)


def estimates(result, by: str = "outlet", *, outlets: pd.DataFrame | None = None, confidence: float = 0.95,
              n_resamples: int = 2000, seed: int = 0, speaker_turns: bool = False,
              duplicates: bool = False, nested: bool = False, story_frames: bool = False,
              emphasis: bool = False, frames: pd.DataFrame | None = None, cue_classes=None) -> pd.DataFrame:
    """Every per-group figure with its interval, in long form.

    Intervals (``interval`` column names the method):

    * tone: Student t-interval over article means (:func:`t_mean_ci`, the
      same as :func:`newsanalysis.sentiment.outlet_tone`), clipped to [-1, 1],
      NaN bounds for one article;
    * frames and, with ``story_frames=True``, story frames (share of
      articles with the frame present): Wilson score interval on articles
      (:func:`article_share_ci`, Wilson 1927);
    * with ``emphasis=True``, frame emphasis (mean over articles of the
      frame's share of the article's cue weight): Student t-interval over
      the articles, clipped to [0, 1];
    * articles with an anonymous source (family ``anonymous_article``, measure
      ``anonymous_article_share``: share of the group's analysed articles with at
      least one counted anonymous source, hearsay not one): Wilson on articles, as
      frames;
    * anonymous, hearsay and source shares (ratio of sums over attributions, which
      are clustered in articles; anonymous: over the rows with a source,
      hearsay and source types: over all counted rows, see :func:`source_status`): Wilson interval at the design-effect
      effective sample size (:func:`ratio_share_ci`; Kish 1965, Korn &
      Graubard 1998), NaN bounds below 2 articles.

    Parameters
    ----------
    result : AnalysisResult
    by : str
        Grouping (see :func:`article_groups`).
    outlets : DataFrame, optional
        Outlet table (:func:`load_outlets` by default).
    confidence : float
        Interval level.
    n_resamples, seed
        Unused (kept for old calls: no interval resamples any more).
    speaker_turns : bool
        Count transcript speaker turns as attributions (default False, see
        :func:`reported_attributions`).
    duplicates : bool
        Keep articles with ``duplicate_of`` set (default: left out).
    nested : bool
        Count attributions made inside quoted or reported speech (default
        False, see :func:`nested_mask`).
    story_frames : bool
        Also the story frames of ``result.story_frames`` (family
        ``story_frame``; default False, so that the table stays as it was).
    emphasis : bool
        Also the frames' emphasis (family ``frame_share``, and
        ``story_frame_share`` with ``story_frames``; default False): what
        :func:`compare_tests` (``emphasis=True``) tests.
    frames : DataFrame, optional
        A frame table used instead of ``result.frames`` (e.g. a
        :class:`~newsanalysis.framing.FrameClassifier`'s ``frame_table``),
        as in :func:`compare`; without a ``share`` column it has no emphasis.
    cue_classes : str or iterable of str, optional
        Count only the attributions of these cue classes in the anonymous,
        hearsay and source shares (e.g. ``("speech", "writing")``); None
        (default) counts every class. See :func:`reported_attributions`.

    Returns
    -------
    DataFrame
        One row per (group, measure), columns ``<by>``; ``family`` (``tone``,
        ``frame``, ``anonymous``, ``anonymous_article``, ``hearsay``, ``source``; on request
        ``story_frame``, ``frame_share``, ``story_frame_share``); ``measure`` (``mean_compound``,
        the frame name, ``anonymous_share``, ``anonymous_article_share``, ``hearsay_share`` or the
        source type);
        ``estimate`` (tone: mean over articles of the article mean compound,
        in [-1, 1]; frame/story_frame: share of analysed articles with the frame present;
        frame_share/story_frame_share: mean over analysed articles of the frame's share of the article's
        cue weight, an article without any cue hit counting 0, as ``mean_share`` of
        :func:`newsanalysis.framing.frame_profile`;
        anonymous: share of the group's attributions with a source that are
        anonymous; anonymous_article: share of the group's analysed articles, those
        without attributions included, with at least one anonymous source;
        hearsay/source: share of all the group's attributions; in [0, 1]);
        ``low``, ``high`` (interval; NaN when there is none); ``n_articles`` (articles
        contributing); ``n_units`` (articles for tone, frames and anonymous_article,
        attributions for anonymous (those with a source), hearsay and source); ``warning`` (fewer than 5
        articles, clipped, fewer than 10 for tone and emphasis); ``interval`` (the method);
        ``n_effective`` (attributions: the effective sample size of the interval;
        tone/frames: the articles); ``languages`` (the languages of the
        contributing articles, ``;``-joined: frames of English and German
        articles come from different codebooks, tone from different
        lexicons). Only analysed articles count; a group without any has no rows.

    Raises
    ------
    TypeError
        If ``result`` is not the result of :func:`newsanalysis.analyze`.
    KeyError
        If ``by`` cannot be resolved.
    ValueError
        If ``frames`` lacks ``article_id``, ``frame`` or ``present``.
    """
    _check_result(result, "estimates")
    result = _use_frames(result, frames)
    result, _ = _without_duplicates(result, duplicates)
    groups = article_groups(result.articles, by, outlets=outlets)
    m = _article_measures(result, speaker_turns, nested, story_frames=story_frames, emphasis=emphasis,
                          cue_classes=check_cue_classes(cue_classes))
    m[by] = m["article_id"].map(groups)
    s = result.summary
    lang_of = pd.Series(s["language"].astype("object").fillna("unknown").astype(str).values,
                        index=s["article_id"].astype(str).values) if "language" in s.columns else pd.Series(dtype=str)
    lang_of = lang_of[~lang_of.index.duplicated()]
    rows = []
    for (g, fam, meas), d in m.sort_values("article_id").groupby([by, "family", "measure"], sort=True):
        k = int((d["den"] > 0).sum())
        warn = f"only {k} article(s): interval unreliable" if k < MIN_GROUP_ARTICLES else ""
        if fam == "tone":
            est, lo, hi, warn = t_mean_ci(d["num"], confidence=confidence)
            method, n_eff = "Student t over articles", float(k)
        elif fam in ("frame", "story_frame", "anonymous_article"):  # articles with / without: Wilson
            est, lo, hi = article_share_ci(d["num"], confidence=confidence)
            method, n_eff = "Wilson on articles", float(k)
        elif fam in ("frame_share", "story_frame_share"):
            est, lo, hi, warn = t_mean_ci(d["num"], confidence=confidence, scale=(0.0, 1.0))
            method, n_eff = "Student t over articles", float(k)
        else:
            est, lo, hi, n_eff, rule = _ratio_share_interval(d["num"], d["den"], confidence)
            method = ("none (one article)" if k < 2 else "Wilson, design-effect n" if rule == "design effect"
                      else "Wilson, n = articles (too few events for a design effect)")
        langs = ";".join(sorted(set(lang_of.reindex(d["article_id"].astype(str)).dropna())))
        rows.append({by: g, "family": fam, "measure": meas, "estimate": est, "low": lo, "high": hi,
                     "n_articles": k, "n_units": int(d["den"].sum()), "warning": warn, "interval": method,
                     "n_effective": n_eff, "languages": langs})
    cols = [by, "family", "measure", "estimate", "low", "high", "n_articles", "n_units", "warning", "interval",
            "n_effective", "languages"]
    if not rows:  # say why the table is empty (e.g. a Korean-only corpus) instead of returning it silently
        import warnings

        langs = sorted(result.summary["language"].astype("object").fillna("unknown").astype(str).unique()) \
            if "language" in result.summary.columns else []
        warnings.warn(f"estimates: no analysed article, so no figure (languages: {', '.join(langs) or 'none'}; "
                      "only en and de are analysed)", UserWarning, stacklevel=2)
    return pd.DataFrame(rows, columns=cols)


def adjust_pvalues(p, method: str = "fdr_bh") -> np.ndarray:
    """Multiple-testing correction via :func:`statsmodels.stats.multitest.multipletests`.

    Parameters
    ----------
    p : array-like of float
        Raw p-values; NaN stay NaN and are not counted as tests.
    method : str
        ``"fdr_bh"`` (Benjamini & Hochberg 1995, default), ``"holm"`` (Holm
        1979), ``"bonferroni"`` or any other ``multipletests`` method.

    Returns
    -------
    ndarray of float
        Adjusted p-values in [0, 1], same order as ``p``.
    """
    p = np.asarray(p, dtype=float)
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    if ok.any():
        out[ok] = multipletests(p[ok], method=method)[1]
    return out


def contingency_test(table) -> dict:
    """Test of independence on a groups × categories count table, with Cramér's V.

    Fisher's exact test (:func:`scipy.stats.fisher_exact`, two-sided) for a
    2×2 table with an expected count below 5 (Cochran 1954), else Pearson's
    chi-square without continuity correction (:func:`scipy.stats.chi2_contingency`).
    Cramér's V from the uncorrected chi-square (:func:`scipy.stats.contingency.association`).

    Parameters
    ----------
    table : array-like of int, shape (k, c)
        Counts; rows or columns that are all zero are dropped first.

    Returns
    -------
    dict
        ``test`` (``"fisher_exact"``, ``"chi2"`` or ``""``), ``statistic``
        (chi-square, or Fisher's odds ratio), ``df``, ``p_value``,
        ``effect_size`` (Cramér's V in [0, 1]), ``n`` (total count),
        ``note`` (why no test, or how many expected counts are below 5).
    """
    t = np.asarray(table, dtype=float)
    t = t[t.sum(axis=1) > 0][:, t.sum(axis=0) > 0] if t.size else t
    out = {"test": "", "statistic": np.nan, "df": np.nan, "p_value": np.nan, "effect_size": np.nan,
           "n": int(t.sum()) if t.size else 0, "note": ""}
    if t.ndim != 2 or t.shape[0] < 2 or t.shape[1] < 2:
        out["note"] = "no variation: fewer than two non-empty groups or categories"
        return out
    expected = stats.contingency.expected_freq(t)
    v = float(association(np.rint(t).astype(np.int64), method="cramer", correction=False))
    out["effect_size"] = v
    if t.shape == (2, 2) and (expected < 5).any():
        r = stats.fisher_exact(t.astype(int))
        out.update(test="fisher_exact", statistic=float(r.statistic), df=1, p_value=float(r.pvalue))
    else:
        r = stats.chi2_contingency(t, correction=False)
        out.update(test="chi2", statistic=float(r.statistic), df=int(r.dof), p_value=float(r.pvalue))
        low = int((expected < 5).sum())
        if low:
            out["note"] = f"{low} of {expected.size} expected counts below 5: p-value approximate"
    return out


def _mean_diff(x, y, axis=-1):
    return np.mean(x, axis=axis) - np.mean(y, axis=axis)


def _welch_t(x, y, axis=-1):
    return stats.ttest_ind(x, y, equal_var=False, axis=axis).statistic


_VAR_FLOOR = 1e-12  # a group of equal scores has variance 0: Welch's weights n/s² would be infinite


def _welch_f_moments(n, mean, var):
    """Welch's (1951) heteroscedastic one-way F from per-group n, mean, variance (arrays (..., k)).
    For k = 2 it equals Welch's t squared."""
    k = n.shape[-1]
    w = n / np.maximum(var, _VAR_FLOOR)
    W = w.sum(axis=-1, keepdims=True)
    mw = (w * mean).sum(axis=-1, keepdims=True) / W
    a = (w * (mean - mw) ** 2).sum(axis=-1) / (k - 1)
    lam = ((1 - w / W) ** 2 / (n - 1)).sum(axis=-1)
    return a / (1 + 2 * (k - 2) / (k ** 2 - 1) * lam)


def _welch_f(*samples, axis=-1):
    """Welch's F of the samples (vectorised along ``axis`` for :func:`scipy.stats.permutation_test`)."""
    n = np.stack([np.full(np.shape(np.mean(s, axis=axis)), s.shape[axis], dtype=float) for s in samples], axis=-1)
    mean = np.stack([np.mean(s, axis=axis) for s in samples], axis=-1)
    var = np.stack([np.var(s, axis=axis, ddof=1) for s in samples], axis=-1)
    return _welch_f_moments(n, mean, var)


def _onehot(labels, k):
    return (labels[..., None] == np.arange(k)).astype(float)


def _labels_welch_f(x, k):
    """Welch's F of values ``x`` (n,) for label arrays (B, n) with codes 0..k-1."""
    def f(L):
        oh = _onehot(L, k)
        n = oh.sum(axis=-2)
        s1 = np.einsum("bnk,n->bk", oh, x)
        s2 = np.einsum("bnk,n->bk", oh, x * x)
        mean = s1 / n
        var = (s2 - n * mean ** 2) / (n - 1)
        return _welch_f_moments(n, mean, np.maximum(var, 0))
    return f


def _labels_chi2(x, k):
    """Pearson's chi-square of the summed (groups × categories) table for label arrays (B, n)."""
    x = x[:, x.sum(axis=0) > 0]

    def f(L):
        t = np.einsum("bnk,nc->bkc", _onehot(L, k), x)
        e = t.sum(axis=-1, keepdims=True) * t.sum(axis=-2, keepdims=True) / t.sum(axis=(-1, -2), keepdims=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(e > 0, (t - e) ** 2 / e, 0.0).sum(axis=(-1, -2))
    return f


def _mc_interval(b: int, n_resamples: int, confidence: float = 0.95) -> tuple[float, float]:
    """Clopper–Pearson interval of the permutation p-value's Monte Carlo error: b of B resamples as extreme."""
    from statsmodels.stats.proportion import proportion_confint

    lo, hi = proportion_confint(int(b), int(n_resamples), alpha=1 - confidence, method="beta")
    return float(lo), float(hi)


def _n_splits(sizes) -> int:
    """Distinct ways to assign units to groups of the given sizes: n! / Π n_i! (scipy's exact threshold)."""
    total = math.factorial(int(sum(sizes)))
    for s in sizes:
        total //= math.factorial(int(s))
    return total


def _scipy_perm(samples, statistic, n_resamples: int, seed: int) -> dict:
    """One-sided ('greater') permutation test of independent samples via :func:`scipy.stats.permutation_test`,
    with the resample count, the count b of resamples as extreme and a Monte Carlo interval for p
    (Phipson & Smyth 2010: p = (b + 1) / (B + 1); exact enumeration when it is affordable)."""
    exact = _n_splits([len(s) for s in samples]) <= n_resamples
    with np.errstate(divide="ignore", invalid="ignore"):
        r = stats.permutation_test(samples, statistic, vectorized=True, n_resamples=n_resamples,
                                   alternative="greater", random_state=np.random.default_rng(seed))
    p = float(r.pvalue)
    if exact:
        return {"p_value": p, "resamples": int(len(r.null_distribution)), "p_mc_low": p, "p_mc_high": p}
    b = int(round(p * (n_resamples + 1))) - 1
    lo, hi = _mc_interval(b, n_resamples)
    return {"p_value": p, "resamples": int(n_resamples), "p_mc_low": lo, "p_mc_high": hi}


def _strata_perm(stat_of_labels, labels, strata, n_resamples: int, seed: int) -> dict:
    """Permutation test that shuffles group labels only within strata (e.g. languages), p = (b + 1) / (B + 1)
    (Phipson & Smyth 2010) with the Clopper–Pearson Monte Carlo interval; larger statistic = more extreme."""
    labels = np.asarray(labels, dtype=np.int64)
    strata = np.asarray(strata)
    obs = float(stat_of_labels(labels[None, :])[0])
    rng = np.random.default_rng(seed)
    b, done = 0, 0
    tol = 1e-9 * max(1.0, abs(obs))
    while done < n_resamples:
        m = min(2000, n_resamples - done)
        L = np.empty((m, labels.size), dtype=np.int64)
        for st in pd.unique(strata):
            idx = np.flatnonzero(strata == st)
            L[:, idx] = rng.permuted(np.tile(labels[idx], (m, 1)), axis=1)
        b += int((stat_of_labels(L) >= obs - tol).sum())
        done += m
    lo, hi = _mc_interval(b, n_resamples)
    return {"statistic": obs, "p_value": (b + 1) / (n_resamples + 1), "resamples": int(n_resamples),
            "p_mc_low": lo, "p_mc_high": hi}


_EXTRA = {"resamples": np.nan, "p_mc_low": np.nan, "p_mc_high": np.nan, "difference": np.nan,
          "difference_low": np.nan, "difference_high": np.nan, "difference_measure": "", "hedges_g": np.nan}


def hedges_g(x, y) -> float:
    """Hedges' g of two samples: (mean x − mean y) / pooled SD, times J = 1 − 3 / (4 (n_x + n_y) − 9)
    (Hedges 1981; Hedges & Olkin 1985). NaN with fewer than 2 values in a sample or a pooled SD of 0."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    nx, ny = x.size, y.size
    if nx < 2 or ny < 2:
        return np.nan
    sp = np.sqrt(((nx - 1) * x.var(ddof=1) + (ny - 1) * y.var(ddof=1)) / (nx + ny - 2))
    if sp == 0:
        return np.nan
    return float((x.mean() - y.mean()) / sp * (1 - 3 / (4 * (nx + ny) - 9)))


def tone_test(samples: dict, *, n_resamples: int = 9999, seed: int = 0, omnibus: str = "welch",
              strata: dict | None = None, confidence: float = 0.95, what: str = "mean compound") -> dict:
    """Do groups differ in mean tone? A studentized permutation test of equal means, for 2 or more groups.

    Hypothesis: equal mean article tone in all groups (``omnibus="welch"``,
    default). Statistic: Welch's (1951) heteroscedastic F, which for two
    groups is Welch's t squared, so the test across all groups and the
    pairwise tests test the same hypothesis with the same statistic; p from
    permuting articles between groups (:func:`scipy.stats.permutation_test`,
    exact when the number of splits is at most ``n_resamples``), which stays
    valid when the groups differ in spread and size (Janssen 1997; Chung &
    Romano 2013). ``omnibus="kruskal"`` gives the earlier Kruskal–Wallis test
    for k ≥ 3 (a rank test: stochastic dominance, not means) with ε².

    With ``strata`` (the language of each score), labels are permuted only
    within strata and the scores are centred on their stratum's mean first,
    so that a lexicon's offset (SentiWS vs VADER) is not read as a group
    difference (a stratified permutation test; Good 2005, ch. 5).

    Parameters
    ----------
    samples : dict
        Group → article scores (mean compound per article, NaN dropped), in
        the order to resample (:func:`compare_tests` sorts by ``article_id``).
    n_resamples, seed
        Permutation settings.
    omnibus : {"welch", "kruskal"}
        Test for k ≥ 3 groups.
    strata : dict, optional
        Group → stratum label of each score (same length as the scores).
    confidence : float
        Level of the Welch interval of the difference.
    what : str
        What the scores are, for ``effect_measure`` and ``difference_measure``
        ("difference in mean compound" by default; :func:`compare_tests`
        passes "mean share of cue weight" for frame emphasis).

    Returns
    -------
    dict
        ``test``, ``statistic`` (Welch's F; two groups: Welch's t of the first
        minus the second group; Kruskal: H), ``df``, ``p_value``, ``effect_size``
        (two groups: difference in means in compound units; k ≥ 3: η² =
        between-group / total sum of squares, in [0, 1]; Kruskal: ε² = H /
        (n − 1), Tomczak & Tomczak 2014), ``effect_measure``, ``n``, ``note``,
        ``resamples``, ``p_mc_low``, ``p_mc_high`` (Monte Carlo interval of p,
        Phipson & Smyth 2010; equal to p when exact), and for two groups
        without strata ``difference`` with the Welch interval
        ``difference_low``/``difference_high`` (Welch 1947) and ``hedges_g``.
    """
    if omnibus not in ("welch", "kruskal"):
        raise ValueError(f"omnibus must be 'welch' or 'kruskal', got {omnibus!r}")
    xs, ss = {}, {}
    for g, v in samples.items():
        v = np.asarray(pd.Series(v, dtype="float64"), dtype=float)
        ok = ~np.isnan(v)
        if ok.any():
            xs[g] = v[ok]
            ss[g] = np.asarray(strata[g], dtype=object)[ok] if strata is not None else None
    n = int(sum(v.size for v in xs.values()))
    out = {"test": "", "statistic": np.nan, "df": np.nan, "p_value": np.nan, "effect_size": np.nan,
           "effect_measure": "", "n": n, "note": "", **_EXTRA}
    if len(xs) < 2:
        out["note"] = "fewer than two groups with scores"
        return out
    vals = list(xs.values())
    k = len(vals)
    allv = np.concatenate(vals)
    if np.ptp(allv) == 0:
        out["note"] = "all scores equal"
        return out
    if k >= 3 and omnibus == "kruskal" and strata is None:
        r = stats.kruskal(*vals)
        out.update(test="kruskal", statistic=float(r.statistic), df=k - 1, p_value=float(r.pvalue),
                   effect_size=float(r.statistic) / (n - 1), effect_measure="epsilon squared")
        return out
    if any(v.size < 2 for v in vals):
        out["note"] = "a group has fewer than two scores"
        return out
    notes = []
    if any(np.ptp(v) == 0 for v in vals):
        notes.append("a group's scores are all equal: Welch statistic unstable")
    if strata is None:
        perm = _scipy_perm(vals, _welch_f, n_resamples, seed)
        y = vals
        test = "permutation (Welch t)" if k == 2 else "permutation (Welch F)"
    else:
        st = np.concatenate([ss[g] for g in xs])
        codes = np.concatenate([np.full(v.size, i) for i, v in enumerate(vals)])
        centred = allv.copy()
        shared = [u for u in pd.unique(st) if len(set(codes[st == u])) > 1]
        if not shared:
            out["note"] = "no language stratum holds two of the groups: not tested"
            return out
        for u in pd.unique(st):
            centred[st == u] -= centred[st == u].mean()
        perm = _strata_perm(_labels_welch_f(centred, k), codes, st, n_resamples, seed)
        perm.pop("statistic")
        y = [centred[codes == i] for i in range(k)]
        test = ("permutation (Welch t), within language strata" if k == 2 else
                "permutation (Welch F), within language strata")
    out.update(test=test, note="; ".join(notes), **perm)
    if k == 2:
        t = float(np.sqrt(_welch_f(*y)) * np.sign(y[0].mean() - y[1].mean()))
        out.update(statistic=t, effect_size=float(y[0].mean() - y[1].mean()),
                   effect_measure=f"difference in {what}" + (" (language-centred)" if strata is not None
                                                                   else ""),
                   hedges_g=hedges_g(*y))
        if strata is None:
            ci = stats.ttest_ind(vals[0], vals[1], equal_var=False).confidence_interval(confidence)
            out.update(difference=out["effect_size"], difference_low=float(ci.low), difference_high=float(ci.high),
                       difference_measure=f"difference in {what} (Welch interval)")
    else:
        ally = np.concatenate(y)
        ss_tot = float(((ally - ally.mean()) ** 2).sum())
        ss_b = float(sum(v.size * (v.mean() - ally.mean()) ** 2 for v in y))
        out.update(statistic=float(_welch_f(*y)), df=k - 1, effect_size=ss_b / ss_tot if ss_tot else np.nan,
                   effect_measure="eta squared")
    return out


def cluster_contingency_test(per_article: pd.DataFrame, labels, *, groups: list | None = None,
                             n_resamples: int = 9999, seed: int = 0, strata=None) -> dict:
    """Chi-square of a groups × categories table whose units are clustered in articles, with a permutation p-value.

    The statistic is Pearson's chi-square of the summed table (and Cramér's
    V as effect size, see :func:`contingency_test`); the p-value comes from
    reassigning whole articles to groups, so that an article with many
    attributions of one kind does not count as many independent observations
    (:func:`scipy.stats.permutation_test`, exact when the number of distinct
    reassignments is at most ``n_resamples``). Rows are sorted by the index
    (``article_id``) first, so the input's row order never changes p. With
    ``strata`` the articles are reassigned only within their stratum (e.g.
    language): a stratified permutation test.

    Parameters
    ----------
    per_article : DataFrame
        One row per article (index: article id), one column per category, counts ≥ 0.
    labels : array-like
        Group of each row of ``per_article``.
    groups : list, optional
        Groups to compare (others are dropped); default: all labels.
    n_resamples, seed
        Permutation settings (9,999 by default).
    strata : array-like, optional
        Stratum of each row of ``per_article``.

    Returns
    -------
    dict
        As :func:`contingency_test`, with ``test`` ``"chi2, article permutation"``
        (``", within language strata"`` when stratified), ``n`` the total
        count, ``resamples`` and ``p_mc_low``/``p_mc_high`` (Monte Carlo
        interval of p, Phipson & Smyth 2010); ``note`` says why no test was possible
        (e.g. a group with fewer than two articles: NaN p-value, never an error).
    """
    labels = np.asarray(labels, dtype=object)
    order = np.argsort(np.asarray(per_article.index.astype(str)), kind="stable")
    x = per_article.to_numpy(dtype=float)[order]
    labels = labels[order]
    st = np.asarray(strata, dtype=object)[order] if strata is not None else None
    groups = list(pd.unique(labels)) if groups is None else list(groups)
    keep = np.isin(labels, groups) & (x.sum(axis=1) > 0)
    x, labels = x[keep], labels[keep]
    st = st[keep] if st is not None else None
    table = np.array([x[labels == g].sum(axis=0) for g in groups]) if len(groups) else np.zeros((0, 0))
    res = {**contingency_test(table), **_EXTRA}
    if not res["test"]:
        return res
    present = [g for g in groups if (labels == g).any()]
    x = x[:, x.sum(axis=0) > 0]  # category totals do not change when articles are reassigned
    df = (x.shape[1] - 1) * (len(present) - 1)
    if st is not None:
        codes = np.array([present.index(g) for g in labels])
        if not any(len(set(codes[st == u])) > 1 for u in pd.unique(st)):
            return {**res, "test": "", "statistic": np.nan, "df": np.nan, "p_value": np.nan, "effect_size": np.nan,
                    "note": "no language stratum holds two of the groups: not tested"}
        perm = _strata_perm(_labels_chi2(x, len(present)), codes, st, n_resamples, seed)
        # Cramér's V of the pooled table would mix languages: no effect size for the stratified test
        res.update(test="chi2, article permutation within language strata", df=df, effect_size=np.nan,
                   note="statistic: chi-square of the pooled table; p from permuting within languages", **perm)
        return res
    samples = [np.flatnonzero(labels == g) for g in present]
    if any(len(i) < 2 for i in samples):
        # scipy's permutation test needs two units per group; one article cannot stand for its group anyway
        small = ", ".join(str(g) for g, i in zip(present, samples) if len(i) < 2)
        return {**res, "test": "", "p_value": np.nan,
                "note": f"fewer than two articles with counts in: {small}; no permutation test"}

    def chi2_of(*idx, axis=-1):
        # summed table of each resample: (..., groups, categories); Pearson's statistic via scipy
        t = np.stack([x[np.asarray(i, dtype=np.int64)].sum(axis=-2) for i in idx], axis=-2)
        exp = t.sum(axis=-1, keepdims=True) * t.sum(axis=-2, keepdims=True) / t.sum(axis=(-1, -2), keepdims=True)
        flat = t.shape[:-2] + (t.shape[-2] * t.shape[-1],)
        return stats.power_divergence(t.reshape(flat), exp.reshape(flat), axis=-1, lambda_="pearson").statistic

    observed = float(chi2_of(*samples))
    perm = _scipy_perm(samples, chi2_of, n_resamples, seed)
    res.update(test="chi2, article permutation", statistic=observed, df=df, note="", **perm)
    return res


def cmh_test(tables) -> dict:
    """Cochran–Mantel–Haenszel test of two groups × present/absent over strata (e.g. languages).

    Via :class:`statsmodels.stats.contingency_tables.StratifiedTable`
    (``test_null_odds(correction=False)``; Mantel & Haenszel 1959). Strata
    with fewer than 2 units or a zero margin carry no information and are dropped.

    Parameters
    ----------
    tables : list of array-like, each 2 × 2
        Rows: group a, group b; columns: present, absent.

    Returns
    -------
    dict
        As :func:`contingency_test`; ``statistic`` the CMH chi-square (1 df),
        ``effect_size`` the Mantel–Haenszel pooled odds ratio (a vs b), NaN
        p-value and a note when no stratum is informative.
    """
    from statsmodels.stats.contingency_tables import StratifiedTable

    ok = []
    for t in tables:
        t = np.asarray(t, dtype=float)
        if t.sum() >= 2 and (t.sum(axis=0) > 0).all() and (t.sum(axis=1) > 0).all():
            ok.append(t)
    out = {"test": "", "statistic": np.nan, "df": np.nan, "p_value": np.nan, "effect_size": np.nan,
           "n": int(sum(np.asarray(t).sum() for t in tables)), "note": "", **_EXTRA}
    if not ok:
        out["note"] = "no language stratum with both groups and variation"
        return out
    st = StratifiedTable([t for t in ok])
    r = st.test_null_odds(correction=False)
    with np.errstate(divide="ignore", invalid="ignore"):
        orr = float(st.oddsratio_pooled)
    out.update(test="Cochran–Mantel–Haenszel", statistic=float(r.statistic), df=1, p_value=float(r.pvalue),
               effect_size=orr, effect_measure="Mantel–Haenszel odds ratio")
    return out


def _risk_difference(ka, na, kb, nb, confidence: float = 0.95) -> dict:
    """Difference of two shares with the Newcombe (1998, method 10) hybrid score interval
    (statsmodels ``confint_proportions_2indep(method="newcomb")``)."""
    from statsmodels.stats.proportion import confint_proportions_2indep

    if na == 0 or nb == 0:
        return {}
    lo, hi = confint_proportions_2indep(ka, na, kb, nb, method="newcomb", compare="diff", alpha=1 - confidence)
    return {"difference": ka / na - kb / nb, "difference_low": float(lo), "difference_high": float(hi),
            "difference_measure": "risk difference (Newcombe interval)"}


def _share_difference(per_a: pd.DataFrame, per_b: pd.DataFrame, confidence: float = 0.95,
                      what: str = "anonymous share") -> dict:
    """Difference of two pooled attribution shares (group a − group b) with a clustered Newcombe interval.

    ``per_a``/``per_b``: one row per article, two count columns: the rows
    counted (``anonymous``, ``hearsay``) first, the other rows of the
    denominator second (the same table the omnibus test permutes, so the
    test and the difference share one definition). Each share is the ratio of sums of
    :func:`ratio_share_ci`; the interval is Newcombe's (1998, method 10)
    hybrid score interval computed at each group's effective sample size
    (the design-effect-aware n of :func:`ratio_share_ci`), so articles, not
    attributions, set its width when attributions cluster in articles. No
    interval (empty dict) when a group has fewer than 2 articles with
    attributions.
    """
    from statsmodels.stats.proportion import confint_proportions_2indep

    ra, _, _, na = ratio_share_ci(per_a.iloc[:, 0], per_a.iloc[:, 0] + per_a.iloc[:, 1], confidence=confidence)
    rb, _, _, nb = ratio_share_ci(per_b.iloc[:, 0], per_b.iloc[:, 0] + per_b.iloc[:, 1], confidence=confidence)
    if not (np.isfinite(na) and np.isfinite(nb)) or na <= 0 or nb <= 0:
        return {}
    lo, hi = confint_proportions_2indep(ra * na, na, rb * nb, nb, method="newcomb", compare="diff",
                                        alpha=1 - confidence)
    return {"difference": ra - rb, "difference_low": float(lo), "difference_high": float(hi),
            "difference_measure": f"difference in {what} (Newcombe interval, design-effect n)"}


CORRECTION_FAMILIES = ("family", "grouping", "report")
TEST_COLUMNS = ["family", "measure", "scope", "group_a", "group_b", "groups", "n", "test", "statistic", "df",
                "p_value", "p_adjusted", "correction", "effect_size", "effect_measure", "note", "common_note",
                "language",
                "resamples", "p_mc_low", "p_mc_high", "difference", "difference_low", "difference_high",
                "difference_measure", "hedges_g", "correction_family"]


def apply_correction(tests: pd.DataFrame, correction: str = "fdr_bh", family: str = "family") -> pd.DataFrame:
    """Adjust the p-values of a tests table (:func:`compare_tests`, or several concatenated) over a family.

    Parameters
    ----------
    tests : DataFrame
        With ``family``, ``scope`` and ``p_value`` (NaN are not tests).
    correction : str
        ``multipletests`` method (see :func:`adjust_pvalues`).
    family : {"family", "grouping", "report"}
        ``"family"``: within each (family, scope), e.g. the 14 omnibus frame
        tests; ``"grouping"``/``"report"``: over every row of ``tests`` (one
        call of :func:`compare_tests` is one grouping; concatenate the tables
        of all groupings for the whole report).

    Returns
    -------
    DataFrame
        A copy with ``p_adjusted``, ``correction`` and ``correction_family`` set.

    Raises
    ------
    ValueError
        For an unknown ``family``.
    """
    if family not in CORRECTION_FAMILIES:
        raise ValueError(f"correction_family must be one of {CORRECTION_FAMILIES}, got {family!r}")
    out = tests.copy()
    p = out["p_value"].to_numpy(dtype=float)
    adj = np.full(p.shape, np.nan)
    if len(out):
        keys = (out["family"].astype(str) + "\x00" + out["scope"].astype(str)).to_numpy() if family == "family" \
            else np.zeros(len(out), dtype=int)
        for k in pd.unique(keys):
            pos = np.flatnonzero(keys == k)
            adj[pos] = adjust_pvalues(p[pos], correction)
    out["p_adjusted"] = adj
    out["correction"] = correction
    out["correction_family"] = family
    return out


def compare_tests(result, by: str = "outlet", *, outlets: pd.DataFrame | None = None,
                  min_articles: int = MIN_GROUP_ARTICLES, pairwise: bool = True, correction: str = "fdr_bh",
                  n_resamples: int = 9999, n_cluster_resamples: int = 9999, seed: int = 0,
                  speaker_turns: bool = False, languages: str = "within", correction_family: str = "family",
                  duplicates: bool = False, tone_omnibus: str = "welch", nested: bool = False,
                  story_frames: bool = False, actor_tone_voice: str | None = None, emphasis: bool = False,
                  frames: pd.DataFrame | None = None, cue_classes=None) -> pd.DataFrame:
    """Tests of differences between groups: across all groups at once and pairwise, corrected.

    Families of tests: ``frame`` (one test per frame: groups × present/absent
    over analysed articles; with ``story_frames=True`` also ``story_frame``,
    the same tests for the story codebook's frames of ``result.story_frames``,
    a family of its own for the correction), ``tone`` (article mean compound: measure
    ``mean_compound`` over all sentences, ``authorial_mean_compound`` over the
    authorial voice, i.e. the outlet's own words outside attributed content),
    ``source`` (groups × source type over attributions), ``anonymous``
    (groups × anonymous / other sources, over the attributions that have a
    source), ``anonymous_article`` (groups × analysed articles with / without
    at least one counted anonymous source, over all analysed articles: the
    article-level figure ``anonymous_article_share`` of :func:`compare`, tested
    like a frame's presence, a correction family of its own) and ``hearsay``
    (groups × reportative / other rows, over all
    attributions), with the definitions of :func:`compare` (see
    :func:`source_status`); with ``actor_tone_voice`` also ``actor_tone``
    (the article mean tone toward each actor, tested like ``tone``); with
    ``emphasis=True`` also ``frame_share`` (and ``story_frame_share`` with
    ``story_frames``): each article's share of its cue weight that goes to
    the frame, tested like ``tone``, for frames most articles carry
    (Political, External_regulation…), whose presence cannot tell outlets
    apart.

    **Languages are never mixed by default** (``languages="within"``): VADER
    and SentiWS scores, the English and German frame codebooks and the
    attribution rules differ, so every test runs within one language (a
    group's articles of each language are separate units; ``min_articles``
    counts the group's analysed articles in that language; the ``language``
    column names it). ``languages="stratified"`` runs one test over all
    languages, stratified: permutation within language strata for tone
    (scores centred per language) and sources, Cochran–Mantel–Haenszel for
    pairwise frames, a within-strata permutation of the chi-square for
    frames across ≥ 3 groups.

    Tests: frames, Fisher's exact test for 2×2 tables with an expected count
    below 5, Pearson's chi-square otherwise, and the article-permutation
    chi-square (:func:`cluster_contingency_test`) when a larger table has an
    expected count below 5; pairwise frames also get the risk difference
    with its Newcombe interval; ``anonymous_article`` the same as a frame
    (one unit per article). Tone: :func:`tone_test` (the same Welch
    statistic across all groups and pairwise; the Welch interval of the
    difference and Hedges' g). Sources/anonymity: article permutation.
    Groups ``"(unknown)"`` (no outlet, no date…) are never tested; articles
    with ``duplicate_of`` set are left out unless ``duplicates=True``; the
    omnibus notes say so.

    Parameters
    ----------
    result : AnalysisResult
    by : str
        Grouping (see :func:`article_groups`).
    outlets : DataFrame, optional
        Outlet table (:func:`load_outlets` by default).
    min_articles : int
        Groups with fewer analysed articles (in the language tested) are
        left out of the tests (and named in ``note``); a test needs two groups.
    pairwise : bool
        Also test every pair of groups (when there are more than two).
    correction : str
        ``multipletests`` method for ``p_adjusted``: ``"fdr_bh"``
        (Benjamini–Hochberg, default) or ``"holm"``.
    n_resamples, seed
        Permutations of the tone tests (9,999 by default).
    n_cluster_resamples : int
        Permutations of articles for the ``source``/``anonymous``/``hearsay`` tests and
        the frame tests with small expected counts (9,999 by default).
    speaker_turns : bool
        Count transcript speaker turns as attributions (default False, see
        :func:`reported_attributions`).
    languages : {"within", "stratified"}
        Test within each language (default) or across languages, stratified.
    correction_family : {"family", "grouping", "report"}
        Over which tests ``p_adjusted`` is corrected: within each (family,
        scope) (default: the 14 omnibus frame tests, the pairwise tone
        tests, …) or over all tests of this grouping (``"grouping"``;
        ``"report"`` here is the same, :func:`newsanalysis.report.write_report`
        corrects over all its groupings, see :func:`apply_correction`).
    duplicates : bool
        Keep articles with ``duplicate_of`` set.
    tone_omnibus : {"welch", "kruskal"}
        Tone test across ≥ 3 groups (see :func:`tone_test`).
    nested : bool
        Count attributions made inside quoted or reported speech (default
        False, see :func:`nested_mask`).
    story_frames : bool
        Also test the story frames (family ``story_frame``; default False,
        so that the corrections of earlier tables do not change). The story
        codebook counts a cue only near both sides of the relationship (its
        ``anchor``); see docs/framing.md.
    actor_tone_voice : {None, "all", "authorial", "quoted"}
        Also test tone toward each actor (family ``actor_tone``, measure =
        ``actor_id``; default None: no such tests, so earlier corrections do
        not change): the article's mean tone toward the actor
        (``result.actor_tone``, mentions in that voice, transcript turns left
        out unless ``speaker_turns``), compared with :func:`tone_test` like
        article tone. Only articles that mention the actor take part, and a
        group needs ``min_articles`` such articles in the language to be
        tested (the others are named in ``note``); an actor with fewer than
        two such groups gets no row. "authorial" is the outlet's own voice,
        the reading of "how does the outlet treat X".
    emphasis : bool
        Also test each frame's **emphasis** (family ``frame_share``; with
        ``story_frames`` also ``story_frame_share``; default False, so that
        the tables and corrections of earlier calls do not change): per
        article the frame's ``share`` of the article's cue weight over all
        frames (0–1; an article without any cue hit counts 0, as
        ``mean_share`` of :func:`newsanalysis.framing.frame_profile`), the
        article the unit, compared with :func:`tone_test` (Welch statistic,
        permutation p, the Welch interval of the difference in mean share,
        Hedges' g), a correction family of its own, within one language, the
        same groups as the presence tests. Presence saturates for frames
        most articles carry; emphasis can still differ. Needs a frame table
        with ``share`` (``na.frames`` output; a classifier's table has none:
        a warning, and no such rows).
    frames : DataFrame, optional
        A frame table used instead of ``result.frames`` (e.g. a
        :class:`~newsanalysis.framing.FrameClassifier`'s ``frame_table``:
        ``article_id``, ``frame``, ``present``); as in :func:`compare`.
    cue_classes : str or iterable of str, optional
        Test the source, anonymous and hearsay families on the attributions
        of these cue classes only (e.g. ``("speech", "writing")``); None
        (default) takes every class. See :func:`reported_attributions`.

    Returns
    -------
    DataFrame
        One row per test, columns ``family``, ``measure``, ``scope``
        (``"all"`` or ``"pairwise"``), ``group_a``, ``group_b`` (empty for
        ``"all"`` over three or more groups; a test of exactly two groups, which
        has no pairwise rows, names them, ``difference`` being ``group_a`` −
        ``group_b``), ``groups`` (number of groups), ``n`` (articles or
        attributions), ``test``, ``statistic``, ``df``, ``p_value``,
        ``p_adjusted``, ``correction``, ``effect_size``, ``effect_measure``
        (Cramér's V, η², ε², difference in mean compound, difference in mean
        share of cue weight or Mantel–Haenszel odds ratio), ``note`` (what
        concerns this row only: why there is no test, an approximate
        p-value, a permutation p instead of the chi-square, the groups left
        out of an actor's test), ``common_note`` (what holds for every test
        of the row's language block, the same text on each of its rows: the
        groups left out for having fewer than ``min_articles`` articles, the
        language tested and the others analysed, the duplicates and
        ``"(unknown)"`` articles left out, and the periods when the tested
        groups' periods do not overlap; ``tests.attrs["notes"]`` holds each
        block's text once, keyed by ``language``), ``language`` (the language tested, or
        ``"de+en (stratified)"``), ``resamples`` (permutations; NaN for
        asymptotic and Fisher tests), ``p_mc_low``/``p_mc_high`` (95 %
        Monte Carlo interval of a permutation p, Phipson & Smyth 2010),
        ``difference`` with ``difference_low``/``difference_high`` and
        ``difference_measure`` (pairwise: difference in mean compound with
        the Welch interval, risk difference of a frame or of ``anonymous_article``
        (share of articles with an anonymous source a − b) with the Newcombe
        interval, or difference in anonymous or hearsay share (ratios of sums as in
        :func:`ratio_share_ci`) with the Newcombe interval computed at each
        group's design-effect sample size, so that articles, not attributions,
        set its width; empty for source types, which are several shares at
        once: read ``effect_size``),
        ``hedges_g`` (pairwise tone and emphasis), ``correction_family``. A test that
        cannot be run has NaN p-values and a note, never 0.

    Warns
    -----
    PeriodWarning
        When the tested groups of a language cover periods that do not all
        overlap (:func:`different_periods`; not for ``by="month"``/``"week"``),
        naming the groups and their periods (also in ``common_note``).
    UserWarning
        With ``emphasis=True`` and a frame table without ``share``.

    Raises
    ------
    TypeError
        If ``result`` is not the result of :func:`newsanalysis.analyze`, or
        ``frames`` is not a DataFrame.
    KeyError
        If ``by`` cannot be resolved.
    ValueError
        For an unknown ``languages``, ``correction_family`` or
        ``tone_omnibus``, or ``frames`` without ``article_id``, ``frame``,
        ``present``.
    """
    if languages not in ("within", "stratified"):
        raise ValueError(f"languages must be 'within' or 'stratified', got {languages!r}")
    if correction_family not in CORRECTION_FAMILIES:
        raise ValueError(f"correction_family must be one of {CORRECTION_FAMILIES}, got {correction_family!r}")
    if tone_omnibus not in ("welch", "kruskal"):
        raise ValueError(f"tone_omnibus must be 'welch' or 'kruskal', got {tone_omnibus!r}")
    _check_result(result, "compare_tests")
    result = _use_frames(result, frames)
    _warn_spellings_apart("compare_tests", result, by, outlets)
    result, gone = _without_duplicates(result, duplicates)
    groups = article_groups(result.articles, by, outlets=outlets)
    s = result.summary
    s = s[s["analysed"].astype(bool)].assign(article_id=lambda d: d["article_id"].astype(str))
    lang = s.set_index("article_id")["language"].astype("object").fillna("unknown").astype(str)
    arts = pd.DataFrame({"article_id": s["article_id"].values})
    arts["group"] = arts["article_id"].map(groups).fillna(UNKNOWN).values
    arts["lang"] = arts["article_id"].map(lang).values
    arts = arts.sort_values("article_id", ignore_index=True)
    if actor_tone_voice is not None and actor_tone_voice not in ("all", "authorial", "quoted"):
        raise ValueError(f"actor_tone_voice must be None, 'all', 'authorial' or 'quoted', got {actor_tone_voice!r}")
    cue_classes = check_cue_classes(cue_classes)
    m = _article_measures(result, speaker_turns, nested, story_frames, actor_tone_voice, emphasis,
                          cue_classes).sort_values(
        ["article_id", "family", "measure"], kind="stable")
    if emphasis and len(result.frames) and "share" not in result.frames.columns:
        warnings.warn("compare_tests: emphasis=True needs the frames' share of the article's cue weight (column "
                      "'share' of na.frames output); this frame table has none (a classifier's frame_table gives "
                      "probabilities), so there are no frame_share tests", UserWarning, stacklevel=2)
    m["group"] = m["article_id"].map(groups)
    m["lang"] = m["article_id"].map(lang)
    n_reported = len(reported_attributions(result.attributions, speaker_turns, nested, cue_classes=cue_classes))

    general = []
    n_unknown = int((arts["group"] == UNKNOWN).sum())
    if n_unknown:
        what = "date" if by in ("month", "week") else by
        article = "an" if what[:1].lower() in "aeiou" else "a"
        general.append(f"{UNKNOWN}: {count_of(n_unknown, 'article')} without {article} {what}, shown by compare() "
                       "but not tested")
    if len(gone):
        general.append(f"{len(gone)} duplicate article(s) left out (duplicates=True keeps them)")
    tested = arts[arts["group"] != UNKNOWN]

    src = m[m["family"] == "source"].pivot_table(index="article_id", columns="measure", values="num",
                                                 aggfunc="sum", fill_value=0)
    src = src.reindex(columns=list(SOURCE_TYPES), fill_value=0)
    # the same definitions as compare(): anonymous vs other sources among the rows with a source, hearsay vs
    # the rest among all rows (columns: the counted category first, then the rest)
    an = m[m["family"] == "anonymous"].set_index("article_id")
    anon = pd.DataFrame({"anonymous": an["num"], "other_sources": an["den"] - an["num"]})
    hs = m[m["family"] == "hearsay"].set_index("article_id")
    hear = pd.DataFrame({"hearsay": hs["num"], "other_rows": hs["den"] - hs["num"]})
    frame_families = [("frame", m[m["family"] == "frame"],
                       _frame_names(result.frames))]
    if story_frames and len(getattr(result, "story_frames", [])):
        frame_families.append(("story_frame", m[m["family"] == "story_frame"],
                               sorted(set(result.story_frames["frame"].astype(str)))))
    # emphasis: each article's share of its cue weight per frame, tested like tone (families of their own)
    share_families = [(f"{fam}_share", m[m["family"] == f"{fam}_share"], names) for fam, _, names in frame_families
                      if emphasis and (m["family"] == f"{fam}_share").any()]
    pub = None  # dates of the tested articles: groups of one block that cover different periods are said so
    if "published" in result.articles.columns:
        pub = pd.to_datetime(result.articles["published"], utc=True, errors="coerce").set_axis(
            result.articles["article_id"].astype(str).values)
        pub = pub[~pub.index.duplicated()]
    periods_said = []
    common_notes = {}
    tone_by = {meas: d.set_index("article_id")["num"] for meas, d in m[m["family"] == "tone"].groupby("measure")}
    actor_by = {meas: d.set_index("article_id")["num"]
                for meas, d in m[m["family"] == "actor_tone"].groupby("measure")}
    rows = []

    def block(ids, keep, strata, label, left_out):
        """All tests over the articles ``ids`` between the groups ``keep``; ``strata`` maps article → stratum."""
        ids = pd.Index(sorted(ids))
        gmap = groups.reindex(ids)
        pairs = list(itertools.combinations(keep, 2)) if pairwise and len(keep) > 2 else []
        spans = ""
        if pub is not None and len(keep) >= 2 and by not in ("month", "week"):
            # the report's check (different_periods) on the groups this block tests, over their tested articles
            t = pd.DataFrame({"group": gmap.to_numpy(), "t": pub.reindex(ids).reset_index(drop=True)}).groupby(
                "group")["t"]
            per = pd.DataFrame({"first_published": t.min(), "last_published": t.max()}).reindex(keep)
            spans = different_periods(per.rename_axis("group").reset_index(), "group",
                                      max_groups=PERIOD_GROUPS_NAMED)
            if spans:
                periods_said.append(f"{label}: {spans}" if label else spans)
        period_note = (f"the {plural(by)} tested cover different periods ({spans}): a difference may be one "
                       "between events" if spans else "")
        # what holds for every test of this block: said once per row in common_note, not inside each note
        base_note = "; ".join(x for x in [left_out] + general + [period_note] if x)
        common_notes[label] = base_note

        def add(family, measure, scope, ga, gb, k, res, effect_measure=None, compared=None):
            own = res.get("note", "")
            # a test of exactly two groups is their pairwise test: name them, in the order of its signed
            # difference (group_a − group_b), or the sign of `difference` cannot be read from the row
            two = list(compared if compared is not None else keep)
            if scope == "all" and k == 2 and len(two) == 2:
                ga, gb = two
            if len(keep) < 2:  # nothing to compare: say so, not "no variation" (the groups were left out)
                own = f"not tested: fewer than two groups with at least {min_articles} analysed articles"
            row = {"family": family, "measure": measure, "scope": scope, "group_a": ga, "group_b": gb,
                   "groups": k, "n": res["n"], "test": res["test"], "statistic": res["statistic"],
                   "df": res["df"], "p_value": res["p_value"], "effect_size": res["effect_size"],
                   "effect_measure": effect_measure or res.get("effect_measure", ""), "note": own,
                   "common_note": base_note, "language": label}
            row.update({c: res.get(c, v) for c, v in _EXTRA.items()})
            rows.append(row)

        def presence_tests(family, rows_all, names, no_test_note=""):
            """One unit per article, present / absent (frames, story frames, an anonymous source in the
            article): Fisher / chi-square (a permutation chi-square for a larger table with small expected
            counts; CMH or a within-strata permutation when stratified), risk difference with Newcombe's
            interval for two groups."""
            fr = rows_all[rows_all["article_id"].isin(ids)]
            for f in names:
                d = fr[fr["measure"] == f].set_index("article_id")["num"].reindex(ids)
                d = d.dropna()
                pa = pd.DataFrame({"present": (d > 0).astype(float), "absent": (d <= 0).astype(float)})
                g_of = gmap.reindex(pa.index)

                def table(gs):
                    return np.array([[pa.loc[(g_of == g).values, "present"].sum(),
                                      pa.loc[(g_of == g).values, "absent"].sum()] for g in gs])

                def frame_test(gs):
                    if no_test_note:
                        res = {**contingency_test(np.zeros((0, 0))), **_EXTRA}
                        res["note"] = no_test_note
                        return res
                    if strata is None:
                        res = {**contingency_test(table(gs)), **_EXTRA}
                        if res["test"] == "chi2" and "below 5" in res["note"]:
                            # larger table with small expected counts: permutation instead of the chi-square
                            note = res["note"].replace("p-value approximate", "p from permutation")
                            res = cluster_contingency_test(pa, g_of.values, groups=list(gs),
                                                           n_resamples=n_cluster_resamples, seed=seed)
                            if np.isfinite(res["p_value"]):
                                res["note"] = note  # (else its own note says why there is no p)
                        return res
                    stv = pa.index.map(strata)
                    if len(gs) == 2:
                        tabs = []
                        for u in pd.unique(stv):
                            sel = (stv == u)
                            tabs.append([[pa.loc[sel & (g_of == g).values, "present"].sum(),
                                          pa.loc[sel & (g_of == g).values, "absent"].sum()] for g in gs])
                        return cmh_test(tabs)
                    return cluster_contingency_test(pa, g_of.values, groups=list(gs), strata=stv,
                                                    n_resamples=n_cluster_resamples, seed=seed)

                res = frame_test(keep)
                if strata is None and res["test"] and len(keep) == 2:
                    t = table(keep)
                    res.update(_risk_difference(t[0, 0], t[0].sum(), t[1, 0], t[1].sum()))
                add(family, f, "all", "", "", len(keep), res, "Cramér's V" if strata is None else None)
                for a, b in pairs:
                    res = frame_test([a, b])
                    if strata is None and res["test"]:
                        t = table([a, b])
                        res.update(_risk_difference(t[0, 0], t[0].sum(), t[1, 0], t[1].sum()))
                    add(family, f, "pairwise", a, b, 2, res, "Cramér's V" if strata is None else None)

        # frames (and story frames): one unit per article, present / absent
        for frame_family, fr_all, names in frame_families:
            presence_tests(frame_family, fr_all, names)
        def scores_test(gs, tv, g_t, what):
            """Per-article scores ``tv`` (aligned with their groups ``g_t``) tested between the groups ``gs``
            like tone: Welch statistic, permutation p."""
            sm = {g: tv[(g_t == g).values].values for g in gs}
            stv = ({g: tv.index[(g_t == g).values].map(strata).values for g in gs} if strata is not None else None)
            return tone_test(sm, n_resamples=n_resamples, seed=seed, omnibus=tone_omnibus, strata=stv, what=what)

        # emphasis: the frame's share of each article's cue weight, article as unit, tested like tone
        for share_family, sh_all, names in share_families:
            sh = sh_all[sh_all["article_id"].isin(ids)]
            for f in names:
                tv = sh[sh["measure"] == f].set_index("article_id")["num"].reindex(ids).dropna()
                g_t = gmap.reindex(tv.index)
                add(share_family, f, "all", "", "", len(keep), scores_test(keep, tv, g_t, "mean share of cue weight"))
                for a, b in pairs:
                    add(share_family, f, "pairwise", a, b, 2, scores_test([a, b], tv, g_t, "mean share of cue weight"))
        # tone: all sentences, then the authorial voice (articles without authorial sentences drop out)
        for meas in [t for t in TONE_MEASURES if t in tone_by]:
            tv = tone_by[meas].reindex(ids).dropna()
            g_t = gmap.reindex(tv.index)

            def tone_of(gs, tv=tv, g_t=g_t):
                sm = {g: tv[(g_t == g).values].values for g in gs}
                stv = ({g: tv.index[(g_t == g).values].map(strata).values for g in gs}
                       if strata is not None else None)
                return tone_test(sm, n_resamples=n_resamples, seed=seed, omnibus=tone_omnibus, strata=stv)

            add("tone", meas, "all", "", "", len(keep), tone_of(keep))
            for a, b in pairs:
                add("tone", meas, "pairwise", a, b, 2, tone_of([a, b]))
        # tone toward each actor: only the articles that mention it, and only the groups with enough of them
        for actor, d in actor_by.items():
            tv = d.reindex(ids).dropna()
            g_t = gmap.reindex(tv.index)
            counts = g_t.value_counts()
            keep_a = [g for g in keep if counts.get(g, 0) >= min_articles]
            if not len(tv):
                continue

            def actor_of(gs, tv=tv, g_t=g_t):
                return scores_test(gs, tv, g_t, "mean tone toward the actor (compound)")

            small_a = [g for g in keep if g not in keep_a and counts.get(g, 0)]
            few = (f"left out (fewer than {min_articles} articles mentioning {actor}): {', '.join(small_a)}"
                   if small_a else "")
            if len(keep_a) < 2:  # most actors of the table: a row each would bury the tested ones
                continue
            res = actor_of(keep_a)
            res["note"] = "; ".join(x for x in (res.get("note", ""), few) if x)
            add("actor_tone", actor, "all", "", "", len(keep_a), res, compared=keep_a)
            if pairwise and len(keep_a) > 2:
                for a, b in itertools.combinations(keep_a, 2):
                    add("actor_tone", actor, "pairwise", a, b, 2, actor_of([a, b]))
        # sources and anonymity: attribution counts, p-values from permuting whole articles
        for fam, meas, per in (("source", "source_type", src), ("anonymous", "anonymous_share", anon),
                               ("hearsay", "hearsay_share", hear)):
            per = per[per.index.isin(ids)]
            stv = per.index.map(strata) if strata is not None else None

            def run(gs):
                if not n_reported:
                    res = {**contingency_test(np.zeros((0, 0))), **_EXTRA}
                    res["note"] = "no attributions"
                    return res
                res = cluster_contingency_test(per, per.index.map(groups), groups=list(gs), strata=stv,
                                               n_resamples=n_cluster_resamples, seed=seed)
                if fam in ("anonymous", "hearsay") and strata is None and len(gs) == 2:
                    g_of = per.index.map(groups)
                    res.update(_share_difference(per[(g_of == gs[0])], per[(g_of == gs[1])],
                                                 what=f"{fam} share"))
                return res

            em = "Cramér's V" if strata is None else ""
            add(fam, meas, "all", "", "", len(keep), run(keep), em)
            for a, b in pairs:
                add(fam, meas, "pairwise", a, b, 2, run([a, b]), em)
        # articles with at least one anonymous source among all analysed articles: the article the unit, tested
        # like a frame's presence (a family of its own, so the anonymous family's corrections stay as they were)
        presence_tests("anonymous_article", m[m["family"] == "anonymous_article"], ["anonymous_article_share"],
                       "" if n_reported else "no attributions")

    def kept(counts):
        keep = sorted(counts[counts >= min_articles].index)
        small = sorted(set(counts.index) - set(keep))
        return keep, small

    if languages == "within":
        blocks = []
        for L in sorted(tested["lang"].unique()):
            t = tested[tested["lang"] == L]
            keep, small = kept(t["group"].value_counts())
            blocks.append((L, t, keep, small))
        todo = [b for b in blocks if len(b[2]) >= 2]
        if not todo and blocks:  # nothing testable: one block of NaN rows that says why
            todo = [max(blocks, key=lambda b: (len(b[2]), len(b[1])))]
        for L, t, keep, small in todo:
            left = (f"left out (fewer than {min_articles} analysed articles in {L}): {', '.join(small)}"
                    if small else "")
            others = sorted(set(tested["lang"]) - {L})
            if others:
                left = "; ".join(x for x in (left, f"{L} articles only (languages are never pooled; "
                                                   f"also analysed: {', '.join(others)})") if x)
            block(t.loc[t["group"].isin(keep), "article_id"], keep, None, L, left)
        if not blocks:
            block([], [], None, "", "no analysed articles")
    else:
        cells = tested.groupby(["group", "lang"]).size()
        ok = cells[cells >= min_articles]
        keep = sorted(set(ok.index.get_level_values(0)))
        small = sorted(set(tested["group"]) - set(keep))
        cell_ids = tested[[(g, L) in ok.index for g, L in zip(tested["group"], tested["lang"])]]
        langs = sorted(cell_ids["lang"].unique())
        dropped = sorted(f"{g} [{L}]" for g, L in cells.index if (g, L) not in ok.index and g in keep)
        left = "; ".join(x for x in (
            f"left out (fewer than {min_articles} analysed articles in every language): {', '.join(small)}"
            if small else "",
            f"language cells left out (fewer than {min_articles} articles): {', '.join(dropped)}" if dropped else "",
            "stratified by language: groups compared within each language, never across") if x)
        block(cell_ids["article_id"], keep, lang, "+".join(langs) + " (stratified)", left)

    out = pd.DataFrame(rows, columns=[c for c in TEST_COLUMNS if c not in ("p_adjusted", "correction",
                                                                             "correction_family")])
    out = apply_correction(out, correction, "family" if correction_family == "family" else "grouping")
    out["correction_family"] = correction_family
    out = out[TEST_COLUMNS]
    out.attrs["notes"] = {k: v for k, v in common_notes.items() if v}
    if periods_said:
        warnings.warn(_period_message("compare_tests", by, " | ".join(periods_said)), PeriodWarning, stacklevel=2)
    return out


def frame_shares_long(comparison: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Reshape the ``frame_*`` columns of :func:`compare` to one row per (group, frame): ``<by>, frame, share``,
    and, when ``comparison`` has them, each group's ``analysed_articles`` and ``languages`` (so that
    :func:`newsanalysis.plot.frame_heatmap` can show n, mark small groups and keep languages apart)."""
    cols = [c for c in comparison.columns if c.startswith("frame_")]
    ids = [by] + [c for c in ("analysed_articles", "languages") if c in comparison.columns and c != by]
    long = comparison.melt(id_vars=ids, value_vars=cols, var_name="frame", value_name="share")
    long["frame"] = long["frame"].str.removeprefix("frame_")
    return long


def source_mix_long(comparison: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Reshape the ``source_*`` columns of :func:`compare` to one row per (group, source type): ``<by>, source_type, share``."""
    cols = [f"source_{t}" for t in SOURCE_TYPES if f"source_{t}" in comparison.columns]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        long = comparison.melt(id_vars=[by], value_vars=cols, var_name="source_type", value_name="share")
    long["source_type"] = long["source_type"].str.removeprefix("source_")
    return long
