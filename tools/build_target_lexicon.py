"""Rebuild the English news target list ``newsanalysis/resources/en/target_lexicon.csv``.

Derives the list from NewsMTSC ``train.jsonl`` only (Hamborg & Donnay 2021; the devtest files
are never read) with :func:`newsanalysis.evaluate.sentiment_gold.derive_target_lexicon` and its
shipped settings and word classes (``resources/en/target_lexicon_stoplist.yaml``), and writes
it with its counts. ``tests/test_sentiment_target.py`` checks that the shipped file equals
this derivation. Run after changing the derivation or the stoplist::

    NEWSANALYSIS_SHARED=/path/to/shared python tools/build_target_lexicon.py [OUT.csv]
"""
import sys
from pathlib import Path

from newsanalysis._tables import resource_path, shared_dir
from newsanalysis.evaluate.sentiment_gold import _read_mtsc, derive_target_lexicon


def main(out: Path | None = None) -> Path:
    train = _read_mtsc(shared_dir() / "validation" / "newsmtsc" / "train.jsonl")
    lx = derive_target_lexicon(train)
    out = out or resource_path("en", "target_lexicon.csv")
    lx.to_csv(out, index=False, lineterminator="\n")
    print(f"{out}: {len(lx)} words from {len(train)} train targets")
    return out


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
