"""Source attribution (placeholder of the walking skeleton)."""
from __future__ import annotations

import pandas as pd

from ._tables import check_articles

ATTRIBUTION_COLUMNS = [
    "article_id", "sentence_id", "kind", "cue", "stance", "source", "source_type", "named", "anonymous",
    "source_country", "content", "start", "end", "cue_start", "cue_end", "source_start", "source_end", "language",
]
KINDS = ("direct", "indirect", "according_to", "reportative")
SOURCE_TYPES = ("government", "military", "expert", "media", "international_org", "document", "citizen", "unknown")


def attributions(articles: pd.DataFrame, *, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per attribution; placeholder: empty."""
    check_articles(articles)
    return pd.DataFrame(columns=ATTRIBUTION_COLUMNS)
