"""Command line: a thin shell over the public functions.

    newsanalysis report PATH... --out DIR [--by outlet] [--errors skip]
                        [--columns text=Body,outlet="Outlet Name"] [--encoding cp1252]
                        [--metadata metadata.csv] [--delimiter ';'] [--dayfirst | --monthfirst] [--timezone Asia/Seoul]
                        [--correction-family family|grouping|report] [--formats png,svg,pdf]
                        [--actor-tone authorial|all|quoted|off] [--cue-classes speech,writing]
    newsanalysis evaluate TASK --gold GOLD [--split dev|test] [--lang de|en] [--resamples N]
    newsanalysis evaluate sentiment --gold german|nyt|newsmtsc --lexicon PATH [--lexicon-name NAME] [--no-rules]
    newsanalysis fetch MANIFEST --out DIR
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path


def parse_columns(values) -> dict[str, str]:
    """``--columns`` values (``text=Body,outlet="Outlet Name"``, repeatable) as ``{field: source column}``.

    Items are separated by commas outside double quotes; each is ``FIELD=COLUMN``; quotes around a
    column name are removed. Raises ValueError on an item without ``=``.
    """
    import re

    out: dict[str, str] = {}
    for value in values or []:
        for item in re.findall(r'(?:[^,"]|"[^"]*")+', value):
            item = item.strip()
            if not item:
                continue
            if "=" not in item:
                raise ValueError(f"--columns item {item!r}: write FIELD=COLUMN, e.g. text=Body")
            field, col = (x.strip().strip('"').strip("'").strip() for x in item.split("=", 1))
            if not field or not col:
                raise ValueError(f"--columns item {item!r}: write FIELD=COLUMN, e.g. text=Body")
            out[field] = col
    return out


def _date_reason(note: str | None) -> tuple[str, str | None]:
    """``(kind, value)`` of an article's date note, for the console: why it has no date, and the value."""
    if not note:
        return "no date given", None
    m = re.match(r"(unparseable|impossible) date ('(?:[^'\\]|\\.)*'|\S+)(?: as [^:]+)?: (.*)", note)
    if not m:
        return note.split(";")[0], None
    detail = m.group(3)
    if detail.startswith("ambiguous day/month order"):
        both = "has both orders" in detail
        return "ambiguous day/month order" + (" (the file has dates in both orders)" if both else ""), m.group(2)
    if "fits no known format" in detail:
        return "not a date format newsanalysis reads", m.group(2)
    if m.group(1) == "impossible":
        return "impossible date", m.group(2)
    return detail.split(";")[0], m.group(2)


def _print_load_summary(rep: dict, say=str, articles=None) -> None:
    """The load report's counts, files not read and skipped records by file and reason, on stderr.

    ``say`` rewrites each reason (the command line names ``columns=`` items as ``--columns`` options); with
    ``articles`` (the loaded table) the files whose articles have no date are named with the reasons."""
    from ._tables import count_of

    print(f"loaded {rep['records_loaded']} of {rep['records_read']} records "
          f"({rep['records_skipped']} skipped, {len(rep['excluded_files'])} files not read)", file=sys.stderr)
    no_outlet = rep.get("articles_without_outlet", 0)
    print(f"  {count_of(no_outlet, 'loaded article')} {'has' if no_outlet == 1 else 'have'} no outlet, "
          f"{rep.get('articles_without_date', 0)} no date", file=sys.stderr)
    # name the files whose articles lack an outlet, and how to give one (trial s15: the count alone left a
    # teacher guessing which saved page it was)
    lacking = [(f.get("path"), f.get("without_outlet")) for f in rep.get("files", []) if f.get("without_outlet")]
    if lacking:
        shown = ", ".join(f"{p} ({n})" if n > 1 else str(p) for p, n in lacking[:5])
        more = f" and {len(lacking) - 5} more files" if len(lacking) > 5 else ""
        print(f"  no outlet: {shown}{more}; give one with --metadata (a table with columns file, outlet), "
              f"'outlet:' in a .txt/.md file's front matter, or --columns outlet=<column> for a CSV/JSON "
              f"field", file=sys.stderr)
    if articles is not None and rep.get("articles_without_date"):
        # name the files whose articles lack a date, and why (session 16: "1 no date" alone hid that a European
        # export's day/month dates were not read)
        first_note: dict = {}
        for n in rep.get("notes", []):
            if n.get("field") == "date":
                first_note.setdefault(n.get("article_id"), n.get("note"))
        undated = articles.loc[articles["published"].isna()]
        by_file: dict = {}
        for aid, path in zip(undated["article_id"], undated["source_path"]):
            kind, value = _date_reason(first_note.get(aid))
            by_file.setdefault(path, {}).setdefault(kind, []).append(value)
        ambiguous = False
        for path, kinds in list(by_file.items())[:5]:
            parts = []
            for kind, values in kinds.items():
                vals = [v for v in values if v]
                ambiguous |= kind.startswith("ambiguous")
                parts.append(f"{len(values)} {kind}"
                             + (f" ({', '.join(vals[:2])}{', …' if len(vals) > 2 else ''})" if vals else ""))
            print(f"  no date: {path}: {'; '.join(parts)}", file=sys.stderr)
        if len(by_file) > 5:
            print(f"  … {len(by_file) - 5} more files with articles without a date (load_report.json, files)",
                  file=sys.stderr)
        if ambiguous:
            print("  (an ambiguous date such as 03/04/2024 is read when the other dates of its file show one order, "
                  "e.g. 13/04/2024 day first; else give the order with --dayfirst or --monthfirst)", file=sys.stderr)
    for item in rep.get("excluded_files", [])[:10]:
        print(f"  not read: {item.get('path')}: {item.get('reason')}", file=sys.stderr)
    skipped_lines: dict = {}
    for x in rep.get("skipped", []):
        skipped_lines.setdefault((x.get("source_path"), str(x.get("reason"))), []).append(x.get("line"))
    for (path, reason), lines in list(skipped_lines.items())[:10]:
        # the line numbers, so a record can be found in the file (session 16)
        nums = [str(int(n)) for n in lines if n is not None and n == n]
        where = ""
        if nums:
            where = (f" (line {nums[0]})" if len(nums) == 1 else
                     f" (lines {', '.join(nums[:5])}{f' and {len(nums) - 5} more' if len(nums) > 5 else ''})")
        print(f"  skipped {count_of(len(lines), 'record')} of {path}{where}: {say(reason)}", file=sys.stderr)
    if len(skipped_lines) > 10:
        print(f"  … {len(skipped_lines) - 10} more kinds of skipped record in load_report.json", file=sys.stderr)
    meta = rep.get("metadata") or {}

    def names_of(names):
        return ", ".join(names[:5]) + (f" (and {len(names) - 5} more)" if len(names) > 5 else "")

    # a file without a row is a gap only when its articles lack a field the table would give; a CSV export
    # or an HTML page carries its own outlet and date and needs none (trial s14: listing those read like an error)
    missing = meta.get("missing_fields") or {}
    without = meta.get("files_without_row") or []
    for name in [n for n in without if n in missing][:5]:
        print(f"  no row in the --metadata table for {name}, and articles from it lack: {', '.join(missing[name])}",
              file=sys.stderr)
    if sum(n in missing for n in without) > 5:
        print(f"  … {sum(n in missing for n in without) - 5} more files without a --metadata row lack fields "
              "(load_report.json, metadata)", file=sys.stderr)
    own = [n for n in without if n not in missing]
    if own:
        print(f"  (no --metadata row needed for {names_of(own)}: {'it gives' if len(own) == 1 else 'they give'} "
              f"{'its' if len(own) == 1 else 'their'} own "
              f"{', '.join(f for f in ('outlet', 'date', 'title', 'author', 'url') if f in meta.get('fields', {})) or 'fields'})",
              file=sys.stderr)
    if meta.get("unmatched"):
        print(f"  --metadata rows that match no file: {names_of(meta['unmatched'])}", file=sys.stderr)


def _select_articles(articles, rep: dict, args):
    """Keep the articles of ``--only-outlets``, published between ``--since`` and ``--until``, in
    ``--languages`` and matching ``--select``; record and print what was kept."""
    import warnings

    import pandas as pd

    from ._tables import normalise_language
    from .select import select

    before = len(articles)
    langs = None
    outlets = None
    if getattr(args, "only_outlets", None):
        wanted = [x.strip() for x in args.only_outlets.split(",") if x.strip()]
        names = articles["outlet"].dropna().astype(str)
        known = sorted(names.unique())
        keep = set()
        for w in wanted:
            hit = [o for o in known if o.casefold() == w.casefold()] or [o for o in known if w.casefold() in o.casefold()]
            if not hit:
                raise SystemExit(f"newsanalysis: --only-outlets: no outlet matches {w!r}; the loaded outlets are: "
                                 + "; ".join(known[:40]) + (" …" if len(known) > 40 else ""))
            keep.update(hit)
        outlets = sorted(keep)
        articles = articles[articles["outlet"].isin(keep)]
    chosen = articles  # the chosen outlets' articles before the period, language and topic filters
    dated = None
    if getattr(args, "since", None) or getattr(args, "until", None):
        import re

        pub = pd.to_datetime(articles["published"], utc=True, errors="coerce")
        keep = pub.notna()
        for flag, op in (("since", "ge"), ("until", "le")):
            value = getattr(args, flag)
            if value:
                try:
                    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:]+)?", value.strip()):
                        raise ValueError("expected YYYY-MM-DD (19.06.2024 or 06/19/2024 are ambiguous)")
                    bound = pd.Timestamp(value.strip(), tz="UTC")
                except ValueError as e:
                    raise SystemExit(f"newsanalysis: --{flag} {value!r} is no date (use YYYY-MM-DD): {e}") from None
                if flag == "until" and len(value.strip()) <= 10:
                    bound = bound + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)  # the whole last day
                keep &= getattr(pub, op)(bound)
        dated = int(pub.isna().sum())
        articles = articles[keep.to_numpy()]
    if args.languages:
        langs = sorted({normalise_language(x.strip()) for x in args.languages.split(",") if x.strip()})
        articles = articles[articles["language"].map(normalise_language).isin(langs)]
    after_lang = len(articles)
    if args.select:
        with warnings.catch_warnings():  # articles of a language without a query: counted below instead
            warnings.simplefilter("ignore", UserWarning)
            articles = select(articles, args.select)
    # an outlet asked for by --only-outlets with no article left (e.g. none in the period) would otherwise
    # be listed among the kept outlets while the report shows nothing of it: say so, with its dates
    empty = []
    for name in outlets or []:
        if (articles["outlet"] == name).any():
            continue
        own = pd.to_datetime(chosen.loc[chosen["outlet"] == name, "published"], utc=True, errors="coerce")
        span = (f"published {own.min():%Y-%m-%d} to {own.max():%Y-%m-%d}" if own.notna().any()
                else "none with a date")
        empty.append({"outlet": name, "loaded": int((chosen["outlet"] == name).sum()), "span": span})
    rep["selection"] = {"languages": langs, "query": args.select, "articles_loaded": before,
                        "after_languages": after_lang, "articles_kept": len(articles), "outlets": outlets,
                        "since": getattr(args, "since", None), "until": getattr(args, "until", None),
                        "left_out_without_date": dated, "outlets_without_articles": empty}
    what = "; ".join(x for x in (f"outlets {', '.join(outlets)}" if outlets else "",
                                    f"published {args.since or '…'} to {args.until or '…'}"
                                    + (f", {dated} without a date left out" if dated else "")
                                    if dated is not None else "",
                                    f"languages {', '.join(langs)}" if langs else "",
                                    f"query {args.select!r}" if args.select else "") if x)
    print(f"  kept {len(articles)} of {before} loaded articles ({what})")
    for e in empty:
        print(f"  no article of {e['outlet']} is left after the selection ({e['loaded']} loaded, {e['span']}): "
              "the report has no figures for it")
    return articles


def _restrict_passages(articles, rep: dict, args):
    """``--on-topic-passages``: the articles (of the named outlets, or all) cut to their on-topic passages by
    :func:`newsanalysis.restrict_to_topic`; articles left with no passage are left out and listed. Returns the
    articles to analyse and the per-article table written as ``tables/topic_passages.csv``."""
    import warnings

    import pandas as pd

    from .passages import restrict_to_topic

    spec = args.on_topic_passages
    mask = pd.Series(True, index=articles.index)
    outlets = None
    if spec != "*":
        names = sorted(articles["outlet"].dropna().astype(str).unique())
        outlets = set()
        for w in (x.strip() for x in spec.split(",") if x.strip()):
            hit = [o for o in names if o.casefold() == w.casefold()] or [o for o in names if w.casefold() in o.casefold()]
            if not hit:
                raise SystemExit(f"newsanalysis: --on-topic-passages: no outlet matches {w!r}; the outlets are: "
                                 + "; ".join(names[:40]) + (" …" if len(names) > 40 else ""))
            outlets.update(hit)
        mask = articles["outlet"].isin(outlets)
    with warnings.catch_warnings():  # the articles left with no passage are counted and listed below instead
        warnings.simplefilter("ignore", UserWarning)
        cut = restrict_to_topic(articles[mask], args.passage_terms, unit=args.passage_unit,
                                window=args.passage_window, keep_all=True)
    ok = cut["topic_note"].isna()
    keep = [i for i in articles.index if not mask[i] or ok[i]]
    out = pd.concat([articles[~mask], cut[ok]]).loc[keep]
    out.attrs = dict(articles.attrs)
    cols = [c for c in ("article_id", "outlet", "published", "title", "topic_unit", "transcript", "passages_kept",
                        "passages_context", "passages_total", "sentences_kept", "sentences_total", "chars_kept", "chars_total",
                        "topic_terms", "topic_matches", "kept_spans", "topic_note") if c in cut.columns]
    table = cut[cols].reset_index(drop=True)
    rep["topic_passages"] = {
        "outlets": sorted(outlets) if outlets is not None else "all", "unit": args.passage_unit,
        "window": args.passage_window, "terms": args.passage_terms or "the story's own words (russia_north_korea)",
        "articles_cut": int(mask.sum()), "articles_left_out": table.loc[~ok.to_numpy(), "article_id"].tolist(),
        "sentences_kept": int(cut.loc[ok, "sentences_kept"].sum()),
        "sentences_total": int(cut.loc[ok, "sentences_total"].sum())}
    r = rep["topic_passages"]
    print(f"  on-topic passages ({r['unit']}s, window {r['window']}) of {r['articles_cut']} articles"
          f"{' of ' + ', '.join(r['outlets']) if outlets is not None else ''}: {r['sentences_kept']} of "
          f"{r['sentences_total']} sentences kept; {len(r['articles_left_out'])} "
          f"article{'' if len(r['articles_left_out']) == 1 else 's'} with no on-topic passage left out "
          "(tables/topic_passages.csv)")
    return out, table


def _analysis_material(args) -> dict:
    """``analyze`` keyword arguments for ``report --codebook/--story-codebook/--lexicon/--actors`` (session 16,
    researcher trial: a researcher's own codebook or lexicon could be used from Python only). Each file is read
    here, so a wrong path or a malformed file stops the command before the corpus is analysed."""
    from .actors import load_actors
    from .framing import load_codebook
    from .sentiment_de import load_lexicon

    out = {}
    for opt, key in (("codebook", "codebook"), ("story_codebook", "story_codebook")):
        path = getattr(args, opt, None)
        if path:
            if not Path(path).is_file():
                raise FileNotFoundError(f"--{opt.replace('_', '-')}: file not found: {path}")
            load_codebook(path)  # CodebookError (a ValueError) names the file and field
            out[key] = path
    lexicons = []
    for item in args.lexicon or []:
        lang, sep, path = item.partition("=")
        if not sep or not lang.strip() or not path.strip():
            raise ValueError(f"--lexicon {item!r}: give the language and the file, e.g. --lexicon de=lexikon.csv")
        if not Path(path.strip()).is_file():
            raise FileNotFoundError(f"--lexicon {item!r}: file not found: {path.strip()}")
        lexicons.append(load_lexicon(path.strip(), language=lang.strip().lower()))
    if len({lx.language for lx in lexicons}) < len(lexicons):
        raise ValueError("--lexicon: give one lexicon per language")
    if lexicons:
        out["lexicon"] = lexicons if len(lexicons) > 1 else lexicons[0]
    if args.actors:
        out["actors"] = load_actors(args.actors)
    return out


def _report(args) -> int:
    import matplotlib

    matplotlib.use("Agg")
    from .corpus import DEFAULT_EXCLUDE, load_corpus
    from .pipeline import analyze
    from .report import analysed_line, language_counts

    from .compare import check_cue_classes

    try:  # a misspelt class is said before the analysis, not after it
        cue_classes = check_cue_classes(args.cue_classes)
    except ValueError as e:
        print(f"newsanalysis: --cue-classes: {e}", file=sys.stderr)
        return 2
    material = _analysis_material(args)  # own codebook, lexicons, actors: read (and checked) before loading
    exclude = DEFAULT_EXCLUDE if args.exclude is None else tuple(args.exclude)
    # {source column: field}: the form load_corpus reads first, so "title=text" means
    # the column named "text" holds the titles
    columns = {col: field for field, col in parse_columns(args.columns).items()}
    # load_corpus names a columns= item in its messages: say it as it was given here
    as_given = {f"columns={{{col!r}: {field!r}}}": f"--columns {field}={col}" for col, field in columns.items()}

    def cli_terms(msg: str) -> str:
        for python, cli in as_given.items():
            msg = msg.replace(python, cli)
        return msg

    import warnings

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            articles = load_corpus(args.paths, errors=args.errors, exclude=exclude, progress=not args.quiet,
                                   columns=columns, encoding=args.encoding, delimiter=args.delimiter,
                                   metadata=args.metadata, dayfirst=args.dayfirst, timezone=args.timezone)
    except ValueError as e:
        raise ValueError(cli_terms(str(e))) from e
    for w in caught:
        if str(w.message).startswith("columns="):  # a --columns item naming a column a file lacks: as given here
            print(f"warning: {cli_terms(str(w.message))}", file=sys.stderr)
        elif re.match(r"\d+ files? not read \((?:word-processor or PDF format|empty)\)", str(w.message)):
            continue  # the summary below lists each file not read, with the same hint
        elif str(w.message).startswith("outlet left empty"):
            print(f"warning: {str(w.message).split(' (notes: ')[0]} (notes in load_report.json)", file=sys.stderr)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    rep = articles.attrs["load_report"]
    _print_load_summary(rep, cli_terms, articles)
    if not len(articles):
        # say why nothing loaded instead of failing later on an empty table
        if any(str(x.get("reason", "")).startswith("columns=") for x in rep.get("skipped", [])):
            print("newsanalysis: no article loaded, so no report was written: check --columns (above).",
                  file=sys.stderr)
            return 1
        reasons = [str(x.get("reason", "")) for x in rep.get("skipped", [])]
        if reasons and all(r.startswith("not ") and " text (" in r for r in reasons):
            # every record failed to decode: the encoding is the problem, not the columns
            print("newsanalysis: no article loaded, so no report was written: no record could be decoded "
                  f"({reasons[0]}). Leave out --encoding to let the loader detect it, or give the file's "
                  "encoding (e.g. --encoding cp1252).", file=sys.stderr)
            return 1
        print("newsanalysis: no article loaded, so no report was written. A CSV or Excel sheet needs a text "
              "column ('text', 'body', 'content', …); name yours with --columns text=<your column> "
              "(e.g. --columns text=Inhalt; load_corpus(..., columns={'text': 'Inhalt'}) in Python), or rename "
              "the column.", file=sys.stderr)
        return 1
    if args.languages or args.select or args.only_outlets or args.since or args.until:
        articles = _select_articles(articles, rep, args)
        if not len(articles):
            print("newsanalysis: no article left after --only-outlets/--since/--until/--languages/--select, so "
                  "no report was written.", file=sys.stderr)
            return 1
    passages = None
    if args.on_topic_passages:
        articles, passages = _restrict_passages(articles, rep, args)
        if not len(articles):
            print("newsanalysis: no article has an on-topic passage (--on-topic-passages), so no report was written.",
                  file=sys.stderr)
            return 1
    result = analyze(articles, progress=not args.quiet, parser=args.parser, n_jobs=args.n_jobs, **material)
    with warnings.catch_warnings(record=True) as fig_caught:
        warnings.simplefilter("always")
        index = _write(result, args, rep, cue_classes)
    if passages is not None:
        passages.to_csv(Path(args.out) / "tables" / "topic_passages.csv", index=False)
    # matplotlib warns once per missing glyph of every drawn label (dozens for Korean outlet names): one line
    glyphs = [w for w in fig_caught if "missing from font" in str(w.message)]
    for w in fig_caught:
        if w not in glyphs:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    if glyphs:
        print(f"note: {len(glyphs)} characters of labels (e.g. Korean outlet names) are not in the figure font; "
              "labels with an English gloss in the outlet table show the gloss", file=sys.stderr)
    if not result.summary["analysed"].astype(bool).all():  # one plain line before the table
        print(analysed_line(result))
    print(language_counts(result).to_string(index=False))
    print(f"report written to {index}")
    return 0


def _write(result, args, rep, cue_classes):
    from .compare import load_outlets
    from .report import write_report
    from .timeline import load_events

    return write_report(
        result, args.out, by=args.by, load_report=rep, also_by=tuple(args.also_by),
        outlets=load_outlets(args.outlets) if args.outlets else None,
        events=load_events(args.events) if args.events else None,
        freq=args.freq, time_by=args.time_by, correction=args.correction, min_articles=args.min_articles,
        speaker_turns=args.speaker_turns, correction_family=args.correction_family, nested=args.nested,
        story_frames=args.story_frames, emphasis=args.emphasis, formats=tuple(f.strip() for f in args.formats.split(",") if f.strip()),
        actor_tone=None if args.actor_tone == "off" else args.actor_tone, cue_classes=cue_classes,
        keyness_rows=args.keyness_rows or None,
    )


def _fetch(args) -> int:
    from .fetch import fetch_corpus

    report = fetch_corpus(args.manifest, args.out, delay=args.delay, retries=args.retries, cache_dir=args.cache,
                          resume=not args.no_resume, timeout=args.timeout)
    print(json.dumps(report.attrs.get("counts", {}), indent=1, default=str))
    print(f"articles and fetch_report.csv written to {args.out}")
    return 1 if (report["status"] == "failed").any() else 0


#: golds whose sentiment evaluation can score with a user lexicon (``--lexicon``)
LEXICON_GOLDS = ("german", "nyt", "newsmtsc")


def _evaluate(args) -> int:
    import textwrap

    from ._tables import shared_dir
    from .evaluate import describe, get_evaluator

    func = get_evaluator(args.task, args.gold)
    if args.lexicon or args.lexicon_name or args.no_rules:
        if args.task != "sentiment" or args.gold not in LEXICON_GOLDS:
            raise ValueError(f"--lexicon, --lexicon-name and --no-rules work with 'evaluate sentiment --gold "
                             f"{'|'.join(LEXICON_GOLDS)}', not with {args.task} --gold {args.gold}")
        if args.lexicon_name and not args.lexicon:
            raise ValueError("--lexicon-name names the file given with --lexicon; no --lexicon was given")
    # options given on the command line go to the evaluator as keyword arguments; the rest keep its defaults
    given = {"split": args.split, "lang": args.lang, "method": args.method, "features": args.features,
             "lexicon": args.lexicon, "lexicon_name": args.lexicon_name,
             "fast": args.fast or None, "parser": args.parser or None, "rules": False if args.no_rules else None,
             "n_resamples": args.resamples}
    kwargs = {k: v for k, v in given.items() if v is not None and v != ""}
    # an option the evaluation has no parameter for is refused, not ignored (session 18: "--split dev" on the
    # German gold was ignored and the held-out wave was scored)
    import inspect

    params = inspect.signature(func).parameters
    named = {k for k, p in params.items() if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)} - {"shared"}
    # a wrapper with only **kwargs passes every option on; an evaluation with named options takes only those
    unknown = [k for k in kwargs if k not in named] if named else []
    if unknown:
        flags = {"rules": "--no-rules", "n_resamples": "--resamples"}
        names = ", ".join(flags.get(k, "--" + k.replace("_", "-")) for k in unknown)
        raise ValueError(f"{names}: not an option of 'evaluate {args.task} --gold {args.gold}'")
    shared = Path(args.shared) if args.shared else shared_dir()
    if not (shared / "validation").is_dir():
        raise FileNotFoundError(f"no gold data: {shared / 'validation'} does not exist; pass --shared PATH (the folder "
                                "that holds validation/) or set the environment variable NEWSANALYSIS_SHARED")
    res = func(shared, **kwargs)
    if "lexicon" in res:
        entries = f", {res['lexicon_entries']:,} entries" if res.get("lexicon_entries") else ""
        print(f"lexicon: {res['lexicon']} ({res['lexicon_source']}{entries}); rules: {res['rules']}")
    what = describe(args.task, args.gold, res)  # which data, split, n and definitions, before the figures
    if what:
        print(textwrap.fill(what, width=110))
    figures = {k: v for k, v in res.items() if not hasattr(v, "to_string")}
    print(json.dumps(figures, indent=2, default=str, ensure_ascii=False))
    for k, v in res.items():
        if hasattr(v, "to_string"):
            print(f"\n{k}:\n{v.to_string()}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsanalysis`` command."""
    p = argparse.ArgumentParser(prog="newsanalysis", description="Measure how news outlets cover a story.")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("report", help="load a corpus, analyse it and write tables, figures and index.html")
    r.add_argument("paths", nargs="+",
                   help="files or folders (JSON Lines, JSON, CSV/TSV, Excel, Parquet, .txt/.md, HTML, zip)")
    r.add_argument("--out", required=True, help="output folder")
    r.add_argument("--by", default="outlet",
                   help="grouping for the comparison: an article column (outlet, language, …), 'month' or 'week', "
                        "or a column of the outlet table (country, affiliation, type)")
    r.add_argument("--errors", choices=["raise", "skip"], default="skip",
                   help="bad records: stop ('raise') or list them in the load report ('skip', default)")
    r.add_argument("--columns", action="append", default=None, metavar='FIELD=COLUMN,...',
                   help='source columns of the article fields, e.g. --columns text=Body,outlet="Outlet Name",'
                        'date="Pub Date" (fields: id, text, title, url, date, outlet, author, language; names '
                        'match ignoring case and spacing; repeatable)')
    r.add_argument("--encoding", default=None,
                   help="text encoding of the input files (e.g. cp1252), instead of detecting it per file")
    r.add_argument("--delimiter", default=None, help="CSV delimiter (default: sniffed among , ; TAB |)")
    order = r.add_mutually_exclusive_group()
    order.add_argument("--dayfirst", dest="dayfirst", action="store_const", const=True, default=None,
                       help="read numeric dates such as 03/04/2024 as day/month/year (3 April); default: the order "
                            "the other dates of each file show (13/04/2024: day first), else not read")
    order.add_argument("--monthfirst", dest="dayfirst", action="store_const", const=False,
                       help="read numeric dates such as 03/04/2024 as month/day/year (4 March)")
    r.add_argument("--timezone", default=None,
                   help="IANA zone (e.g. Asia/Seoul) in which date-times without a zone are local time; "
                        "default: read as UTC, with a note per article")
    r.add_argument("--metadata", default=None,
                   help="CSV/Excel joined to the records by file name (a 'file' or 'filename' column, plus "
                        "e.g. source, date, lang), as for a folder of .txt files")
    r.add_argument("--exclude", nargs="*", default=None,
                   help="file-name patterns not read when walking folders (default: *_general.jsonl and docs)")
    r.add_argument("--also-by", nargs="*", default=["affiliation", "country"],
                   help="further groupings compared in the report (columns of the articles or of outlets.csv)")
    r.add_argument("--outlets", default=None,
                   help="outlet metadata CSV (default: the one shipped with the package, resources/outlets.csv)")
    r.add_argument("--events", default=None,
                   help="events CSV drawn on time plots (default: the one shipped with the package, resources/events.csv)")
    r.add_argument("--freq", choices=["month", "week"], default="month", help="time resolution of the time plots")
    r.add_argument("--time-by", default="affiliation", help="grouping of the time plots")
    r.add_argument("--correction", choices=["fdr_bh", "holm"], default="fdr_bh",
                   help="multiple-testing correction of every p-value, across-group and pairwise (Benjamini-"
                        "Hochberg or Holm), over the family chosen by --correction-family (the report says which)")
    r.add_argument("--formats", default="png,svg,pdf",
                   help="figure file formats, comma-separated (PNG is always written; 'png' alone for a quick report: "
                        "writing SVG and PDF is most of a small report's time)")
    r.add_argument("--correction-family", choices=["family", "grouping", "report"], default="family",
                   help="what one correction covers: each family of tests of a grouping (tone, each frame family, "
                        "sources, anonymous share, hearsay share, tone toward actors; default), all tests of a grouping, or every "
                        "test in the report")
    r.add_argument("--min-articles", type=int, default=5, help="groups with fewer analysed articles in a language are flagged and "
                        "not tested in that language")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.add_argument("--speaker-turns", action="store_true",
                   help="count transcript speaker turns ('Vladimir Putin: ...') as sources in the comparisons "
                        "(left out by default: they are who speaks in a transcript, not whom a reporter quotes)")
    r.add_argument("--languages", default=None, metavar="LANG,...",
                   help="analyse only the articles in these languages, e.g. --languages en,de")
    r.add_argument("--select", default=None, metavar="QUERY",
                   help="analyse only the articles matching a topic query: a shipped query name "
                        "(russia_north_korea) or a Boolean query such as '(putin OR kremlin) AND pyongyang'")
    r.add_argument("--on-topic-passages", nargs="?", const="*", default=None, metavar="NAME,...",
                   help="analyse only the on-topic passages of each article (na.restrict_to_topic: paragraphs naming "
                        "the story, each under its speaker's label in a transcript); with outlet names (as "
                        "--only-outlets) only those outlets' articles are cut, e.g. --on-topic-passages Kremlin. "
                        "Writes tables/topic_passages.csv (what was kept of each article; those left with no passage)")
    r.add_argument("--passage-unit", default="paragraph", choices=("paragraph", "turn", "sentence"),
                   help="the passage of --on-topic-passages: a paragraph (default), a transcript speaker's whole turn, "
                        "or a sentence")
    r.add_argument("--passage-window", type=int, default=0, metavar="N",
                   help="with --on-topic-passages, also keep N passages on either side of each on-topic one")
    r.add_argument("--passage-terms", default=None, metavar="QUERY",
                   help="with --on-topic-passages, what makes a passage on topic: a Boolean query (as --select); "
                        "default the story's own words (North Korea, DPRK, Pyongyang, Kim Jong …, per language)")
    r.add_argument("--only-outlets", default=None, metavar="NAME,...",
                   help="analyse only the articles of these outlets (a name matches an outlet of that name, "
                        "else every outlet whose name contains it, ignoring case), e.g. --only-outlets "
                        "tagesschau,ZEIT")
    r.add_argument("--since", default=None, metavar="YYYY-MM-DD",
                   help="analyse only the articles published on or after this date (UTC); articles without a "
                        "date are then left out and counted")
    r.add_argument("--until", default=None, metavar="YYYY-MM-DD",
                   help="analyse only the articles published on or before this date (UTC, the whole day)")
    r.add_argument("--cue-classes", default=None, metavar="CLASS,...",
                   help="count as sources only the attributions of these cue classes, e.g. --cue-classes "
                        "speech,writing (who says or writes something; leaves out 'decided to', 'believes', "
                        "'the data showed'); classes: speech, writing, cognition, evidence, intention, "
                        "evaluation, reportative; default: all")
    r.add_argument("--nested", action="store_true",
                   help="count attributions made inside quoted or reported speech (a quoted speaker's own "
                        "'according to ...', 'allegedly') as the outlet's sources (left out by default)")
    r.add_argument("--story-frames", action="store_true",
                   help="also test the story frames (arms transfers, troops, treaty, ...) between the groups "
                        "(family 'story_frame' in the test tables)")
    r.add_argument("--emphasis", action="store_true",
                   help="also test each frame's share of the articles' frame cue weight between the groups (families "
                        "'frame_share', and 'story_frame_share' with --story-frames): for frames present in nearly "
                        "every article, emphasis says more than presence")
    r.add_argument("--actor-tone", choices=["authorial", "all", "quoted", "off"], default="authorial",
                   metavar="VOICE",
                   help="tone toward actors (Putin, Kim Jong Un, South Korea, the US, ...) per group, with intervals, "
                        "tests (family 'actor_tone'), a figure and a section: 'authorial' (default: mentions in the "
                        "journalist's own words), 'all' (also inside quotes), 'quoted' (only inside quotes) or 'off'. "
                        "Lexicon tone near a name, not the outlet's stance: read the section's caution")
    r.add_argument("--parser", action="store_true",
                   help='also use the English dependency parser (pip install "newsanalysis[parser]")')
    r.add_argument("--codebook", default=None, metavar="PATH",
                   help="your own frame codebook (YAML as docs/framing.md describes, quanteda YAML or LIWC .dic) "
                        "instead of the 14 generic frames")
    r.add_argument("--story-codebook", default=None, metavar="PATH",
                   help="your own codebook in place of the shipped story frames")
    r.add_argument("--lexicon", action="append", default=None, metavar="LANG=PATH",
                   help="your own sentiment lexicon for one language (CSV/TSV term,weight, LIWC .dic or quanteda "
                        "YAML), e.g. --lexicon de=mein_lexikon.csv; repeat for several languages. Languages "
                        "without one keep the shipped lexicon")
    r.add_argument("--n-jobs", type=int, default=None, metavar="N",
                   help="analyse with N worker processes (-1: every CPU); the result is identical to one process")
    r.add_argument("--keyness-rows", type=int, default=200, metavar="N",
                   help="rows of each keyness comparison written to the keyness tables (highest G² first; 0: all "
                        "terms, which for hundreds of outlets is millions of rows)")
    r.add_argument("--actors", default=None, metavar="PATH",
                   help="your own actor table (CSV in the shipped actors.csv's columns)")
    r.set_defaults(func=_report)

    f = sub.add_parser("fetch", help="download and extract the articles of a manifest (url, outlet, published, language)")
    f.add_argument("manifest", help="manifest CSV, e.g. corpus/manifest_real.csv")
    f.add_argument("--out", required=True, help="output folder (articles.jsonl, fetch_report.csv, cache/)")
    f.add_argument("--delay", type=float, default=1.0, help="seconds between two requests to one host")
    f.add_argument("--retries", type=int, default=3, help="further attempts after a time-out, 429 or 5xx")
    f.add_argument("--cache", default=None, help="cache folder for raw pages (default OUT/cache)")
    f.add_argument("--no-resume", action="store_true", help="fetch again ids already in OUT/articles.jsonl")
    f.add_argument("--timeout", type=float, default=20, help="seconds per request")
    f.set_defaults(func=_fetch)

    e = sub.add_parser("evaluate", help="score an analyser against a gold standard in the shared data")
    e.add_argument("task", choices=["attribution", "sentiment", "framing"])
    e.add_argument("--gold", required=True, help="polnear, redewiedergabe, basil, nyt, newsmtsc, german, semeval")
    e.add_argument("--split", default=None, help="dev or test where the gold has splits")
    e.add_argument("--lang", default=None, help="language where the gold has several (de, en)")
    e.add_argument("--method", default=None, help="method where several exist (e.g. dictionary, supervised)")
    e.add_argument("--fast", action="store_true", help="the quick setting where an evaluation has one (framing: small search grid)")
    e.add_argument("--parser", action="store_true", help="attribution: rules plus the English dependency parser")
    e.add_argument("--features", default=None, choices=["tfidf", "embeddings", "both"],
                   help="framing, supervised: features (embeddings need the embeddings extra)")
    e.add_argument("--lexicon", default=None, metavar="PATH",
                   help="sentiment (german, nyt, newsmtsc): score with this lexicon instead of the shipped one, read "
                        "like load_lexicon(PATH, language=...) (CSV/TSV term,weight; LIWC .dic; quanteda-style YAML); "
                        "the language's rules apply and cut-offs are fitted as for the shipped lexicon")
    e.add_argument("--lexicon-name", default=None, metavar="NAME",
                   help="name of the --lexicon shown in the output (default: the file name without extension)")
    e.add_argument("--no-rules", action="store_true",
                   help="sentiment: score with the lexicon alone, without the language's rules (negation, "
                        "intensifiers, contrast, compounds, ignored words): a plain-lexicon baseline")
    e.add_argument("--resamples", type=int, default=None, metavar="N",
                   help="bootstrap resamples of the 95 %% intervals printed beside the headline figures (default "
                        "2000, seed 0)")
    e.add_argument("--shared", default=None, help="shared data folder (default: $NEWSANALYSIS_SHARED or ../shared)")
    e.set_defaults(func=_evaluate)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``newsanalysis`` command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, KeyError, FileNotFoundError, ImportError) as e:  # ImportError: an optional extra missing
        msg = e.args[0] if isinstance(e, KeyError) and e.args else e  # str(KeyError) would add quotes
        print(f"newsanalysis: error: {msg}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
