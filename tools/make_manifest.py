"""Write corpus/manifest_real.csv from the real corpus in ../shared (metadata only, never article text).

Usage: python tools/make_manifest.py [SHARED_DIR] [OUT_CSV]

Columns: id, url, outlet, published, language; one row per on-topic article of
../shared/corpus/real/*.jsonl (the *_general.jsonl files are left out), sorted
by file then line. `newsanalysis fetch corpus/manifest_real.csv --out DIR`
downloads the articles again for users with internet access.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsanalysis._tables import shared_dir  # noqa: E402

COLUMNS = ["id", "url", "outlet", "published", "language"]


def main(shared: Path, out: Path) -> int:
    files = sorted(p for p in (shared / "corpus" / "real").glob("*.jsonl") if not p.name.endswith("_general.jsonl"))
    if not files:
        raise SystemExit(f"no corpus files under {shared / 'corpus' / 'real'}")
    n = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for f in files:
            with f.open(encoding="utf-8") as src:
                for line in src:
                    if not line.strip():
                        continue
                    r = json.loads(line)
                    w.writerow([r["id"], r["url"], r.get("outlet") or "", r.get("date") or "", r.get("language") or ""])
                    n += 1
    print(f"{out}: {n} articles from {len(files)} files")
    return 0


if __name__ == "__main__":
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else shared_dir()
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "corpus" / "manifest_real.csv"
    sys.exit(main(shared, out))
