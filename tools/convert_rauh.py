"""Convert Rauh's German political sentiment dictionary (R .Rdata) into the CSV ``load_lexicon`` reads.

    python tools/convert_rauh.py SRC_DIR OUT.csv

``SRC_DIR`` holds ``Rauh_SentDictionaryGerman.Rdata`` (the data frame ``sent.dictionary``: ``feature``,
``sentiment`` +1 / -1; 37,080 rows in the version distributed with quanteda.sentiment) and, optionally,
``Rauh_SentDictionaryGerman_Negation.Rdata`` (``neg.sent.dictionary``: for every feature X the pattern
"(nicht|nichts|kein|keine|keinen) X" -> ``NOT_X`` with the reversed sign). ``OUT.csv`` gets ``term,weight``,
one row per word form, sorted by term, ready for::

    from newsanalysis import load_lexicon
    lex = load_lexicon("OUT.csv", name="Rauh", version="2018", language="de")

or ``newsanalysis evaluate sentiment --gold german --lexicon OUT.csv --lexicon-name Rauh``.

What the conversion does:

* strips the spaces Rauh puts around every feature (" aalen ": his R code matches whole words by padding);
* splits the features that list two forms with "/" ("barst/borst") into two entries of the same weight;
* drops features that are no single word (the fragment "lese-"), and says which;
* does not write the ``NOT_X`` entries: newsanalysis's German negation rule (a negator up to three words
  before the word, or "nicht" after it in verb-final order, x -0.74) takes their place, so the negation file
  is only checked (every ``NOT_X`` is X with the reversed sign) and counted.

Source: Rauh, C. (2018). Validating a sentiment dictionary for German political language -- a workbench
note. Journal of Information Technology & Politics 15(4), 319-343; data: Harvard Dataverse
doi:10.7910/DVN/BKBXWD. Its licence is not stated in the copy this was written for: keep the converted file
with your own data, outside this repository (the tool refuses to write into it).

Needs ``pyreadr`` (``pip install pyreadr``, or the ``lexicon-tools`` extra of newsanalysis); the library
itself never reads .Rdata, only the CSV written here.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

MAIN_FILE = "Rauh_SentDictionaryGerman.Rdata"
MAIN_OBJECT = "sent.dictionary"
NEGATION_FILE = "Rauh_SentDictionaryGerman_Negation.Rdata"
NEGATION_OBJECT = "neg.sent.dictionary"
#: one word as newsanalysis tokenises German (newsanalysis.sentiment_de._WORD)
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
REPO = Path(__file__).resolve().parents[1]


def _read(path: Path, obj: str, columns: list[str]):
    try:
        import pyreadr
    except ImportError:
        raise ImportError("reading .Rdata needs pyreadr: pip install pyreadr "
                          '(or pip install "newsanalysis[lexicon-tools]")') from None
    if not path.is_file():
        raise FileNotFoundError(f"{path}: not found (expected Rauh's {obj!r} there)")
    try:
        res = pyreadr.read_r(str(path))
    except Exception as e:  # pyreadr raises its own error types for files that are no R data
        raise ValueError(f"{path}: not readable as R data ({type(e).__name__}: {e})") from None
    if obj not in res:
        raise ValueError(f"{path}: holds no object {obj!r} (objects: {sorted(res)})")
    df = res[obj]
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: object {obj!r} lacks column(s) {missing} (columns: {list(df.columns)})")
    return df


def convert(src_dir: str | Path):
    """Rauh's dictionary as a ``term, weight`` table, and a report of what was changed.

    Parameters
    ----------
    src_dir : str or Path
        Folder with ``Rauh_SentDictionaryGerman.Rdata`` and optionally ``Rauh_SentDictionaryGerman_Negation.Rdata``.

    Returns
    -------
    tuple
        ``(table, report)``: ``table`` a DataFrame ``term`` (str, lower case as in the source), ``weight``
        (float, +1 or -1), one row per term, sorted by term; ``report`` a dict ``rows`` (source rows),
        ``terms`` (rows written), ``split`` (features with "/" split into forms), ``dropped`` (features that
        are no single word), ``negation_rows`` (``NOT_X`` entries read, not written; None without the file).

    Raises
    ------
    ImportError
        Without pyreadr.
    FileNotFoundError
        If the main file is missing.
    ValueError
        If a file is no R data, lacks the object or a column, a sentiment is not +1 / -1, one word gets both
        signs, or a ``NOT_X`` entry does not reverse X (each naming the file and the feature).
    """
    import pandas as pd
    src = Path(src_dir)
    path = src / MAIN_FILE
    df = _read(path, MAIN_OBJECT, ["feature", "sentiment"])
    weights: dict[str, float] = {}
    split, dropped = [], []
    for feat, sent in zip(df["feature"], df["sentiment"]):
        f = str(feat).strip()
        try:
            w = float(str(sent).strip())
        except ValueError:
            w = float("nan")
        if w not in (1.0, -1.0):
            raise ValueError(f"{path}: feature {f!r}: sentiment {sent!r} is not 1 or -1")
        forms = [x.strip() for x in f.split("/")] if "/" in f else [f]
        if len(forms) > 1:
            split.append(f)
        for form in forms:
            if not WORD.fullmatch(form):
                dropped.append(form)
                continue
            if weights.get(form, w) != w:
                raise ValueError(f"{path}: feature {form!r} is listed both as positive and negative")
            weights[form] = w
    neg_rows = None
    npath = src / NEGATION_FILE
    if npath.is_file():
        neg = _read(npath, NEGATION_OBJECT, ["feature", "sentiment"])
        neg_rows = len(neg)
        for feat, sent in zip(neg["feature"], neg["sentiment"]):
            f = str(feat).strip()
            base = f[4:] if f.startswith("NOT_") else None
            forms = [x.strip() for x in base.split("/")] if base else []
            for form in forms:
                if form in weights and float(sent) != -weights[form]:
                    raise ValueError(f"{npath}: {f!r} has sentiment {sent!r}, not the reverse of {form!r} "
                                     f"({weights[form]:+g}): this converter assumes Rauh's negation entries "
                                     "only reverse the word")
    table = pd.DataFrame(sorted(weights.items()), columns=["term", "weight"])
    return table, {"rows": len(df), "terms": len(table), "split": split, "dropped": dropped,
                   "negation_rows": neg_rows}


def main(argv: list[str] | None = None) -> int:
    """Command line: ``convert_rauh.py SRC_DIR OUT.csv``; returns the exit status (2 on an error)."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("src_dir", help=f"folder with {MAIN_FILE} (and optionally {NEGATION_FILE})")
    p.add_argument("out", help="CSV to write (term,weight); keep it outside the newsanalysis repository")
    args = p.parse_args(argv)
    out = Path(args.out).resolve()
    try:
        if out.is_relative_to(REPO) and (REPO / ".git").exists():
            raise ValueError(f"{out} is inside the newsanalysis repository ({REPO}); the dictionary's licence is "
                             "not stated, so keep the converted file with your own data, outside it")
        table, rep = convert(args.src_dir)
    except (ImportError, FileNotFoundError, ValueError) as e:
        print(f"convert_rauh: error: {e}", file=sys.stderr)
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(out, index=False, float_format="%g")
    n_pos = int((table["weight"] > 0).sum())
    print(f"wrote {out}: {rep['terms']:,} terms ({n_pos:,} positive, {rep['terms'] - n_pos:,} negative) from "
          f"{rep['rows']:,} rows")
    if rep["split"]:
        print(f"  split into their forms: {', '.join(rep['split'])}")
    if rep["dropped"]:
        print(f"  dropped (no single word): {', '.join(rep['dropped'])}")
    if rep["negation_rows"] is not None:
        print(f"  {rep['negation_rows']:,} NOT_ entries of {NEGATION_FILE} checked (each reverses its word) and not "
              "written: newsanalysis's German negation rule takes their place")
    return 0


if __name__ == "__main__":
    sys.exit(main())
