"""The actor table: the recurring cast of the story, with country, role and spellings.

Data: ``resources/actors.csv`` (editable; one row per actor). Columns:
``actor_id, name, kind`` (person, country, organisation), ``country`` (ISO
3166 alpha-2, empty for international bodies), ``role``, ``source_type``
(attribution source type when the actor speaks), ``aliases_en``,
``aliases_de``, ``aliases_ko`` (``|``-separated spellings), and the
optional ``gender`` (m, f or empty; used only to resolve "he"/"she" to the
right earlier speaker). ``kind`` is person, country, organisation or media
(news agencies and newspapers that are quoted as sources; filter them out
with ``kind != "media"`` when you need political actors only).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from ._tables import resource_path

ACTOR_COLUMNS = ["actor_id", "name", "kind", "country", "role", "source_type", "aliases_en", "aliases_de", "aliases_ko"]


def load_actors(path: str | Path | None = None) -> pd.DataFrame:
    """Read an actor table (default: the one shipped with the package).

    Returns
    -------
    DataFrame
        One row per actor with :data:`ACTOR_COLUMNS`; empty cells are "".

    Raises
    ------
    ValueError
        If a column is missing or an ``actor_id`` repeats (naming the file and id).
    """
    p = Path(path) if path is not None else resource_path("actors.csv")
    return _load(str(p)).copy()


@lru_cache(maxsize=8)
def _load(path: str) -> pd.DataFrame:
    import io

    from .readers import read_text_file

    df = pd.read_csv(io.StringIO(read_text_file(path, "actor table")), dtype=str, keep_default_na=False)
    if "gender" not in df.columns:
        df["gender"] = ""
    missing = [c for c in ACTOR_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: actor table lacks column(s) {missing}")
    dup = df["actor_id"].duplicated()
    if dup.any():
        raise ValueError(f"{path}: actor_id {df.loc[dup, 'actor_id'].iloc[0]!r} occurs more than once")
    return df


def actor_aliases(language: str, actors: pd.DataFrame | None = None) -> list[tuple[str, str]]:
    """``(alias, actor_id)`` pairs for ``language`` (en, de, ko), longest alias first."""
    actors = load_actors() if actors is None else actors
    col = f"aliases_{language}"
    if col not in actors.columns:
        return []
    pairs = [(a.strip(), aid) for aid, cell in zip(actors["actor_id"], actors[col]) for a in cell.split("|") if a.strip()]
    return sorted(pairs, key=lambda p: (-len(p[0]), p[0]))
