"""Quoted sources and tone toward people against BASIL (Fan et al. 2019, EMNLP).

BASIL ("Bias Annotation Spans on the Informational Level") has 300 English
articles: 100 events, each reported by Fox News, the New York Times and
HuffPost. Annotators marked biased spans, and for each span whether it is a
quote (``quote`` yes/no) and who says it (``speaker``: a name such as
``Donald_Trump``, a group such as ``House_Democrats``, or an unnamed
``other_pro``/``other_anti``/``other_neutral``); for each article they gave
the author's feeling toward its main entities (``author_feeling_<Entity>``:
neg, neu, pos).

BASIL was not made for attribution or target sentiment, so these are checks
from another corpus, not a full precision/recall evaluation:

- :func:`evaluate_attribution` asks, for every quoted span, whether one of our
  attribution rows carries it as content (recall of quoted content), and for
  quoted spans of a named person whether our source names that person
  (speaker match). Unquoted spans and unnamed speakers have nothing to check
  a source against; nothing was tuned on BASIL.
- :func:`evaluate_tone` asks whether our mean tone toward a person in an
  article ranks the articles the way the annotators' "author's feeling"
  does (Spearman's rho, AUC of negative against the rest, mean tone per gold
  class): a known-groups check of :func:`newsanalysis.sentiment.actor_tone`.

Data: ``<shared>/validation/basil/{articles,annotations}/<year>/`` (launchnlp/BASIL,
second release, commit 4fdbc4f; no licence stated, research use; never copied into
this repository). Span offsets in the annotations are relative to one sentence of
``body-paragraphs`` (or to the title); we locate them in the article text we build
(title, blank line, paragraphs separated by blank lines, sentences by a space).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd

from .._tables import shared_dir
from .intervals import N_RESAMPLES, SEED, bootstrap_sums, bootstrap_units, describe_method, ratio, with_intervals

GOLD_FEELING = {"neg": -1, "neu": 0, "pos": 1}
# words that make a BASIL speaker label a group or organisation, not one person
_GROUP_WORDS = {"house", "senate", "white", "state", "department", "republicans", "democrats", "democratic",
                "republican", "lawmakers", "party", "america", "now", "tea", "gop", "officials", "campaign",
                "members", "committee", "companies"}


def _folder(shared) -> Path:
    root = Path(shared) if shared is not None else shared_dir()
    d = root / "validation" / "basil"
    if not (d / "articles").is_dir() or not (d / "annotations").is_dir():
        raise FileNotFoundError(f"BASIL not found: {d} must hold articles/ and annotations/ "
                                "(pass the shared folder, or set NEWSANALYSIS_SHARED)")
    return d


def load_basil(shared: str | Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Read BASIL into three tidy tables.

    Returns
    -------
    articles : DataFrame
        One row per article (300): ``article_id`` (the file name, ``<triplet-uuid>_<n>``; some
        articles' ``uuid`` field reads "empty"), ``event`` (``triplet-uuid``),
        ``outlet`` (``fox``, ``nyt``, ``hpo``, lower-cased), ``title``, ``date``, ``text``
        (title, blank line, body paragraphs), ``language`` ("en").
    spans : DataFrame
        One row per annotated span that could be located (1,723 of 1,726; the others are
        listed in ``unlocated``): ``article_id, span_id, start, end`` (character offsets into
        ``text``), ``txt``, ``bias`` (inf/lex), ``polarity``, ``target``, ``quote`` (bool),
        ``speaker`` (the BASIL label, "" when not a quote), ``ambiguous`` (the span's
        sentence-relative offsets fit more than one sentence; the first is used).
    feelings : DataFrame
        One row per (article, main entity) with a gold label: ``article_id, entity``
        (BASIL key, e.g. ``Barack_Obama``), ``gold`` (neg/neu/pos), ``gold_value`` (-1, 0, 1).

    Raises
    ------
    FileNotFoundError
        If the BASIL folder is missing.
    ValueError
        If a file cannot be parsed (naming the file and field).
    """
    d = _folder(shared)
    arts, spans, feel, unlocated = [], [], [], []
    for ann_path in sorted((d / "annotations").glob("*/*_ann.json")):
        art_path = d / "articles" / ann_path.parent.name / ann_path.name.replace("_ann.json", ".json")
        try:
            art = json.loads(art_path.read_text(encoding="utf-8"))
            ann = json.loads(ann_path.read_text(encoding="utf-8"))
            paras = art["body-paragraphs"]
            aid = art_path.stem  # "<triplet-uuid>_<n>": some files have the uuid "empty"
        except (OSError, json.JSONDecodeError, KeyError) as e:
            raise ValueError(f"{art_path} / {ann_path}: cannot read article or annotation ({e!r})") from None
        title = art.get("title") or ""
        # the article text and each sentence's offset in it
        blocks = ([[title]] if title else []) + [list(para) for para in paras if para]
        sents, text = [], ""
        for i, block in enumerate(blocks):
            if i:
                text += "\n\n"
            for j, sentence in enumerate(block):
                if j:
                    text += " "
                sents.append((len(text), sentence))
                text += sentence
        arts.append(dict(article_id=aid, event=art.get("triplet-uuid"), outlet=str(art.get("source", "")).lower(),
                         title=title, date=art.get("date"), text=text, language="en"))
        for p in ann.get("phrase-level-annotations", []):
            try:
                s, e, txt = int(p["start"]), int(p["end"]), p["txt"]
            except (KeyError, TypeError, ValueError):
                raise ValueError(f"{ann_path}: span {p.get('id')!r} lacks start/end/txt") from None
            hits = [off + s for off, sent in sents if sent[s:e] == txt]
            if not hits:
                unlocated.append(dict(article_id=aid, span_id=p.get("id"), txt=txt))
                continue
            a = hits[0]
            spans.append(dict(article_id=aid, span_id=p.get("id"), start=a, end=a + len(txt), txt=txt,
                              bias=p.get("bias"), polarity=p.get("polarity"), target=p.get("target"),
                              quote=p.get("quote") == "yes", speaker=p.get("speaker") or "",
                              ambiguous=len(hits) > 1))
        for k, v in ann.get("article-level-annotations", {}).items():
            if k.startswith("author_feeling_") and k != "author_feeling_main_event" and v in GOLD_FEELING:
                feel.append(dict(article_id=aid, entity=k[len("author_feeling_"):], gold=v, gold_value=GOLD_FEELING[v]))
    spans_df = pd.DataFrame(spans)
    spans_df.attrs["unlocated"] = pd.DataFrame(unlocated, columns=["article_id", "span_id", "txt"])
    return pd.DataFrame(arts), spans_df, pd.DataFrame(feel)


def speaker_person(label: str) -> str | None:
    """The family name to look for when a BASIL speaker label names one person, else None.

    ``Donald_Trump`` → "Trump", ``Donald_Trump_Jr.`` → "Trump", ``Alexandria_Ocasio-Cortez`` →
    "Ocasio-Cortez"; groups (``House_Democrats``, ``Obama_campaign``, ``Tea_Party``), single
    words (``Trump``, ``NAACP``) and unnamed speakers (``other_anti``) give None.
    """
    toks = [t for t in label.split("_") if t and t not in {"Jr.", "Sr.", "Jr", "Sr"}]
    if len(toks) < 2 or any(not t[0].isupper() or t.lower() in _GROUP_WORDS for t in toks):
        return None
    return toks[-1]


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}


def _speaker_check(r) -> str | None:
    """How our source of a found quoted span relates to BASIL's named speaker.

    ``name`` (the family name is a word of ``source`` or ``source_name``, or a word starts with
    it, since BASIL cut some labels short: ``Felipe_Calder`` for Calderón), ``description`` (a
    phrase starting with an article or possessive, "the Texas governor": it may be the person,
    which a string check cannot tell), ``pronoun`` (an unresolved "he"/"she"), ``none`` (no
    source found), ``other`` (another name: a wrong speaker); None when not checkable.
    """
    if not (r.quote and r.found and isinstance(r.person, str)):
        return None
    srcs = [x for x in (r.source, r.source_name) if isinstance(x, str) and x.strip()]
    if not srcs:
        return "none"
    tail = r"(?!\w)" if len(r.person) < 5 else ""
    pat = re.compile(rf"(?<!\w){re.escape(r.person)}{tail}", re.IGNORECASE)
    if any(pat.search(x) for x in srcs):
        return "name"
    first = srcs[0].split()[0].lower()
    if first in _PRONOUNS:
        return "pronoun"
    if first in {"the", "a", "an", "his", "her", "their", "its", "our"}:
        return "description"
    return "other"


def _coverage(spans: pd.DataFrame, pred: pd.DataFrame) -> pd.DataFrame:
    """For each span: the share of its non-space characters inside some row's content (its parts, not the
    narrator's words between two parts of a quotation), and that row."""
    from ..attribution import content_spans

    by = {aid: g for aid, g in pred.groupby("article_id")} if len(pred) else {}
    rows = []
    for r in spans.itertuples(index=False):
        g = by.get(r.article_id)
        best, best_share, covered = None, 0.0, np.zeros(r.end - r.start, bool)
        if g is not None:
            for p in g.itertuples(index=False):
                share = 0.0
                for ps, pe in content_spans(p):
                    a, b = max(r.start, ps), min(r.end, pe)
                    if a < b:
                        covered[a - r.start:b - r.start] = True
                        share += (b - a) / (r.end - r.start)
                if share > best_share:
                    best, best_share = p, share
        mask = np.array([not c.isspace() for c in r.txt])
        share = float(covered[mask].mean()) if mask.any() else 0.0
        rows.append(dict(coverage=share, source=getattr(best, "source", None),
                         source_name=getattr(best, "source_name", None), kind=getattr(best, "kind", None)))
    return pd.DataFrame(rows, index=spans.index)


def attribution_intervals(t: pd.DataFrame, *, n_resamples: int = N_RESAMPLES,
                          seed: int = SEED) -> dict[str, tuple[float, float]]:
    """95 % percentile bootstrap intervals over articles of ``quote_recall``, ``speaker_match`` and
    ``speaker_match_or_description``.

    ``t``: one row per located span with ``article_id``, ``quote``, ``found`` and ``speaker_check`` (as
    :func:`evaluate_attribution` builds it). Per article: quoted spans, found ones, checkable person spans,
    those named right, those named or described; each resample draws the articles with replacement and
    divides the sums (the spans of an article stay together). Every article counts as a unit, also one
    without a quoted span, as in the point estimate's population.
    """
    chk = t["speaker_check"]
    quote, found = t["quote"].astype(bool), t["found"].astype(bool)
    per = pd.DataFrame({"article_id": t["article_id"], "q": quote.astype(float),
                        "qf": (quote & found).astype(float), "p": chk.notna().astype(float),
                        "pn": (chk == "name").astype(float), "pd": chk.isin(["name", "description"]).astype(float)})
    counts = per.groupby("article_id")[["q", "qf", "p", "pn", "pd"]].sum().to_numpy()
    return bootstrap_sums(counts, {"quote_recall": ratio(1, 0), "speaker_match": ratio(3, 2),
                                   "speaker_match_or_description": ratio(4, 2)}, n_resamples=n_resamples, seed=seed)


def evaluate_attribution(shared: str | Path | None = None, *, parser: bool = False, min_coverage: float = 0.5,
                         items: bool = False, n_resamples: int = N_RESAMPLES, **_) -> dict:
    """Recall of quoted content and speaker match of :func:`newsanalysis.attributions` on BASIL.

    A quoted span (``quote`` yes) is *found* when at least ``min_coverage`` of its non-space
    characters lie inside the content of our attribution rows (its parts,
    :func:`newsanalysis.attribution.content_spans`: ``start``–``end`` without ``content_gaps``). For a found
    span whose BASIL speaker is one named person (:func:`speaker_person`), the speaker *matches*
    when that person's family name appears as a word in the ``source`` or ``source_name`` of the
    row covering most of the span. Nothing was tuned on BASIL.

    Parameters
    ----------
    shared : path, optional
        The shared data folder (default :func:`newsanalysis._tables.shared_dir`).
    parser : bool
        Score ``attributions(..., parser=True)`` (needs the ``parser`` extra).
    min_coverage : float in (0, 1]
        Share of a span's characters that must be attributed content.
    items : bool
        Also return the per-span table as ``items_table``.
    n_resamples : int
        Bootstrap resamples of the intervals (default 2,000; seed 0; :func:`attribution_intervals`).

    Returns
    -------
    dict
        ``parser``, ``articles``, ``quote_spans`` (located quoted spans), ``quote_recall``
        (share found, in [0, 1]), ``person_spans`` (found quoted spans of a named person),
        ``speaker_match`` (share of those whose source names the person),
        ``speaker_match_or_description`` (also counting a description such as "the Texas
        governor", which may or may not be that person: an upper bound), ``unquoted_spans``,
        ``unquoted_attributed`` (share of the spans BASIL does not mark as quotes that we
        attribute anyway: not an error rate, since BASIL marks quotes only on biased spans
        and its "no" includes paraphrase; a descriptive figure), ``unlocated_spans``, and
        ``by_outlet`` (DataFrame: outlet, quote_spans, quote_recall, person_spans,
        speaker_match, speaker_match_or_description), ``speaker_checks`` (DataFrame: how our
        source relates to the named speaker, see :func:`_speaker_check`, with counts). After
        ``quote_recall``, ``speaker_match`` and ``speaker_match_or_description``: ``<figure>_low``
        and ``<figure>_high``, the 95 % percentile bootstrap interval over articles
        (:func:`attribution_intervals`), and ``ci_method`` (what was resampled, how often, level, seed).

    Raises
    ------
    FileNotFoundError, ValueError
        As :func:`load_basil`.
    ImportError
        With ``parser=True`` when the ``parser`` extra is not installed.
    """
    from ..attribution import attributions

    if not 0 < min_coverage <= 1:
        raise ValueError(f"min_coverage must be in (0, 1], got {min_coverage!r}")
    arts, spans, _ = load_basil(shared)
    pred = attributions(arts[["article_id", "text", "language"]], parser=parser)
    cov = _coverage(spans, pred)
    t = spans.join(cov)
    t["outlet"] = t["article_id"].map(dict(zip(arts["article_id"], arts["outlet"])))
    t["found"] = t["coverage"] >= min_coverage
    t["person"] = t["speaker"].map(speaker_person)

    t["speaker_check"] = [_speaker_check(r) for r in t.itertuples(index=False)]
    t["speaker_match"] = t["speaker_check"].map({"name": True}).where(t["speaker_check"].notna())
    t.loc[t["speaker_check"].notna() & (t["speaker_check"] != "name"), "speaker_match"] = False

    def _figures(g: pd.DataFrame) -> dict:
        q = g[g["quote"]]
        m = g["speaker_check"].dropna()
        return dict(quote_spans=len(q), quote_recall=round(float(q["found"].mean()), 4) if len(q) else np.nan,
                    person_spans=len(m),
                    speaker_match=round(float((m == "name").mean()), 4) if len(m) else np.nan,
                    speaker_match_or_description=round(float(m.isin(["name", "description"]).mean()), 4)
                    if len(m) else np.nan)

    out = {"parser": bool(parser), "articles": len(arts), "min_coverage": min_coverage, **_figures(t)}
    unq = t[~t["quote"]]
    out["unquoted_spans"] = len(unq)
    out["unquoted_attributed"] = round(float(unq["found"].mean()), 4) if len(unq) else np.nan
    out["unlocated_spans"] = len(spans.attrs["unlocated"])
    out["speaker_checks"] = t["speaker_check"].value_counts().rename_axis("speaker_check").reset_index()
    # every article is a unit, also one without a located span (it adds nothing to any sum)
    t_all = pd.concat([t, pd.DataFrame({"article_id": sorted(set(arts["article_id"]) - set(t["article_id"])),
                                        "quote": False, "found": False, "speaker_check": None})],
                      ignore_index=True)
    out = with_intervals(out, attribution_intervals(t_all, n_resamples=n_resamples))
    out["ci_method"] = describe_method("articles", len(arts), n_resamples)
    out["by_outlet"] = pd.DataFrame([dict(outlet=o, **_figures(g)) for o, g in t.groupby("outlet")])
    if items:
        out["items_table"] = t
    return out


def _entity_key(entity: str, families: set[str]) -> str:
    """One actor per person: ``Donald_Trump`` and ``Trump`` are both "Trump"."""
    fam = speaker_person(entity)
    if fam:
        return fam
    name = " ".join(x for x in entity.split("_") if x)
    return name if name in families else entity


def _entity_actors(feelings: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """An actor table for BASIL's main entities and the map entity -> actor_id.

    A person's aliases are each full name used for them and the family name ("Donald Trump",
    "Trump"); other entities are matched by their name with underscores as spaces.
    """
    from ..actors import ACTOR_COLUMNS

    ents = sorted(feelings["entity"].unique())
    families = {f for f in map(speaker_person, ents) if f}
    key = {e: _entity_key(e, families) for e in ents}
    aliases: dict[str, set] = {}
    for e, k in key.items():
        aliases.setdefault(k, set()).update({" ".join(x for x in e.split("_") if x), k})
    rows = [dict(actor_id=k, name=max(al, key=len), kind="person" if k in families else "organisation", country="",
                 role="", source_type="unknown", aliases_en="|".join(sorted(al, key=lambda x: (-len(x), x))),
                 aliases_de="", aliases_ko="", gender="") for k, al in sorted(aliases.items())]
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS + ["gender"]), key


def _spearman(x: np.ndarray, y: np.ndarray) -> float:
    """Spearman's rho as scipy's (Pearson r of the mid-ranks); NaN when either side is constant."""
    from scipy.stats import rankdata
    if len(x) < 2:
        return float("nan")
    rx, ry = rankdata(x), rankdata(y)
    rx, ry = rx - rx.mean(), ry - ry.mean()
    den = np.sqrt((rx ** 2).sum() * (ry ** 2).sum())
    return float((rx * ry).sum() / den) if den > 0 else float("nan")


def _auc(score: np.ndarray, positive: np.ndarray) -> float:
    """Area under the ROC curve of ``score`` for ``positive`` (ties count half, as scikit-learn's
    ``roc_auc_score``); NaN without both classes."""
    from scipy.stats import rankdata
    n1 = int(positive.sum())
    n0 = len(positive) - n1
    if not n1 or not n0:
        return float("nan")
    return float((rankdata(score)[positive].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def tone_intervals(scored: pd.DataFrame, *, n_resamples: int = N_RESAMPLES,
                   seed: int = SEED) -> dict[str, tuple[float, float]]:
    """95 % percentile bootstrap intervals over articles of ``spearman_rho`` and ``auc_negative``.

    ``scored``: one row per (article, person) pair with a tone (``article_id``, ``tone``, ``gold``,
    ``gold_value``). Each resample draws the articles with replacement, keeps all pairs of a drawn article
    (once per draw) and recomputes rho and the AUC on those pairs (ranks, so not from sums: one
    computation per resample, about a second for BASIL's articles).
    """
    tone = scored["tone"].to_numpy(float)
    gv = scored["gold_value"].to_numpy(float)
    neg = (scored["gold"] == "neg").to_numpy()
    return bootstrap_units(scored["article_id"].to_numpy(), {
        "spearman_rho": lambda r: _spearman(tone[r], gv[r]),
        "auc_negative": lambda r: _auc(-tone[r], neg[r])}, n_resamples=n_resamples, seed=seed)


def evaluate_tone(shared: str | Path | None = None, *, method: str = "clause", items: bool = False,
                  n_resamples: int = N_RESAMPLES, **_) -> dict:
    """Does our tone toward a person follow BASIL's "author's feeling" toward that person?

    For each (article, main entity) with a gold feeling, the mean of
    :func:`newsanalysis.sentiment.actor_tone` over the entity's mentions in the article (actor
    table built from the entity names: the full name and the family name). Pairs without a
    mention are counted and left out. Threshold-free figures, since nothing is fitted on BASIL:
    Spearman's rho between mean tone and gold (-1, 0, 1), the AUC of "negative" against the
    rest (probability that a negative pair has lower tone than a non-negative one), and the
    mean tone per gold class with a 95 % t-interval over pairs.

    Parameters
    ----------
    shared : path, optional
        The shared data folder.
    method : {"clause", "parse"}
        As :func:`newsanalysis.sentiment.actor_tone`.
    items : bool
        Also return the per-pair table as ``items_table``.
    n_resamples : int
        Bootstrap resamples of the intervals (default 2,000; seed 0; :func:`tone_intervals`).

    Returns
    -------
    dict
        ``method``, ``pairs`` (with gold), ``pairs_scored`` (with at least one mention),
        ``spearman_rho``, ``spearman_p``, ``auc_negative``; the same three with the prefix
        ``baseline_`` for the reference computed in the same run (the mean compound score of
        the sentences that mention the entity, target ignored: does looking at the words near
        the mention add anything?); after ``spearman_rho`` and ``auc_negative`` their 95 %
        percentile bootstrap intervals over articles, ``<figure>_low`` and ``<figure>_high``
        (:func:`tone_intervals`; ``ci_method`` says what was resampled); and ``by_class``
        (DataFrame: gold, n, mean_tone, ci_low, ci_high).

    Raises
    ------
    FileNotFoundError, ValueError
        As :func:`load_basil` and :func:`newsanalysis.sentiment.actor_tone`.
    """
    from scipy import stats
    from sklearn.metrics import roc_auc_score

    from ..sentiment import actor_tone, sentiment

    arts, _, feel = load_basil(shared)
    actors, key = _entity_actors(feel)
    tone = actor_tone(arts[["article_id", "text", "language"]], actors=actors, method=method)
    mean = tone.dropna(subset=["tone"]).groupby(["article_id", "actor_id"])["tone"].agg(["mean", "size"])
    pairs = feel.assign(actor_id=feel["entity"].map(key))
    pairs = pairs.merge(mean.rename(columns={"mean": "tone", "size": "mentions"}),
                        left_on=["article_id", "actor_id"], right_index=True, how="left")
    # reference in the same run: the same sentences' compound score, target ignored
    sent = sentiment(arts[["article_id", "text", "language"]])
    comp = dict(zip(zip(sent["article_id"], sent["sentence_id"]), sent["compound"]))
    tone["sentence_compound"] = [comp.get(k) for k in zip(tone["article_id"], tone["sentence_id"])]
    base = tone.groupby(["article_id", "actor_id"])["sentence_compound"].mean().rename("sentence_baseline")
    pairs = pairs.merge(base, left_on=["article_id", "actor_id"], right_index=True, how="left")
    scored = pairs.dropna(subset=["tone"])
    neg = scored["gold"] == "neg"

    def _rank(col):
        rho, p = stats.spearmanr(scored[col], scored["gold_value"])
        auc = roc_auc_score(neg, -scored[col]) if 0 < neg.sum() < len(scored) else np.nan
        return round(float(rho), 4), float(p), round(float(auc), 4)

    rho, p, auc = _rank("tone")
    b_rho, b_p, b_auc = _rank("sentence_baseline")
    rows = []
    for g in ("neg", "neu", "pos"):
        x = scored.loc[scored["gold"] == g, "tone"]
        lo = hi = np.nan
        if len(x) > 1:
            lo, hi = stats.t.interval(0.95, len(x) - 1, loc=x.mean(), scale=stats.sem(x))
        rows.append(dict(gold=g, n=len(x), mean_tone=round(float(x.mean()), 4) if len(x) else np.nan,
                         ci_low=round(float(lo), 4), ci_high=round(float(hi), 4)))
    out = {"method": method, "pairs": len(pairs), "pairs_scored": len(scored),
           "spearman_rho": rho, "spearman_p": p, "auc_negative": auc,
           "baseline_spearman_rho": b_rho, "baseline_spearman_p": b_p, "baseline_auc_negative": b_auc,
           "by_class": pd.DataFrame(rows)}
    by_class = out.pop("by_class")
    out = with_intervals(out, tone_intervals(scored, n_resamples=n_resamples))
    out["ci_method"] = describe_method("articles", int(scored["article_id"].nunique()), n_resamples)
    out["by_class"] = by_class
    if items:
        out["items_table"] = pairs
    return out
