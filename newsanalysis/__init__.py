"""newsanalysis: measure how news outlets cover a story.

Tables in, tables out: every public function takes a pandas DataFrame and
returns a tidy DataFrame whose rows join on ``article_id`` and
``sentence_id``. See README.md for the flow.
"""
__version__ = "0.1.0"

from .corpus import CorpusError, load_corpus, load_report  # noqa: E402
from .text import sentences  # noqa: E402
from .sentiment import article_tone, sentiment  # noqa: E402
from .framing import GENERIC_FRAMES, frame_evidence, frames  # noqa: E402
from .attribution import attributions  # noqa: E402
from .pipeline import AnalysisResult, analyze  # noqa: E402
from .compare import compare  # noqa: E402

__all__ = [
    "__version__", "CorpusError", "load_corpus", "load_report", "sentences", "sentiment", "article_tone",
    "GENERIC_FRAMES", "frames", "frame_evidence", "attributions", "AnalysisResult", "analyze", "compare",
]
