"""newsanalysis: measure how news outlets cover a story.

Tables in, tables out: every public function takes a pandas DataFrame and
returns a tidy DataFrame whose rows join on ``article_id`` and
``sentence_id``. See README.md for the flow.
"""
__version__ = "0.1.0"

from .corpus import CorpusError, load_corpus, load_report  # noqa: E402
from .dates import parse_date  # noqa: E402
from .dedup import flag_duplicates  # noqa: E402
from .fetch import fetch_corpus  # noqa: E402
from .select import select  # noqa: E402
from .passages import original_offsets, restrict_to_topic, topic_passages  # noqa: E402
from .text import sentences  # noqa: E402
from .sentiment import (  # noqa: E402
    actor_tone, actor_tone_summary, article_tone, outlet_tone, sentiment, sentiment_terms, term_drivers,
)
from .sentiment_de import load_lexicon  # noqa: E402
from .framing import (  # noqa: E402
    GENERIC_FRAMES, CodebookError, FrameClassifier, FrameClassifierCV, codebook_examples, cross_val_frame_table,
    fit_thresholds, frame_evidence, frame_profile, frame_windows,
    frames, load_codebook,
)
from .attribution import attributions, claims  # noqa: E402
from .actors import load_actors  # noqa: E402
from .pipeline import AnalysisResult, analyze, sentence_trace  # noqa: E402
from .compare import compare, compare_tests, estimates, load_outlets, source_trace  # noqa: E402
from .keyness import keyness  # noqa: E402
from .kwic import kwic, kwic_html  # noqa: E402
from .timeline import event_windows, frame_timeline, load_events, timeline  # noqa: E402
from .validation_kit import (  # noqa: E402
    agreement, agreement_report, category_scores, coding_sheet, frame_validation, read_coding_sheets,
    write_coding_sheet,
)

__all__ = [
    "__version__", "CorpusError", "load_corpus", "load_report", "parse_date", "flag_duplicates", "fetch_corpus",
    "select", "topic_passages", "restrict_to_topic", "original_offsets", "sentences", "sentiment", "article_tone",
    "sentiment_terms", "term_drivers", "actor_tone", "actor_tone_summary", "outlet_tone", "load_lexicon",
    "GENERIC_FRAMES", "frames", "frame_evidence", "frame_windows", "CodebookError", "FrameClassifier", "FrameClassifierCV", "codebook_examples", "cross_val_frame_table",
    "fit_thresholds", "frame_profile", "load_codebook", "attributions", "claims", "load_actors", "AnalysisResult", "analyze",
    "sentence_trace", "source_trace", "compare",
    "compare_tests", "estimates", "load_outlets", "keyness", "kwic", "kwic_html", "timeline", "frame_timeline", "event_windows", "load_events",
    "coding_sheet", "write_coding_sheet", "read_coding_sheets", "agreement", "category_scores", "frame_validation", "agreement_report",
]
