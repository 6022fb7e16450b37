"""summarizer: grounded, structured event summaries of news articles.

>>> from summarizer import summarize
>>> summary = summarize(open("examples/carney-paris-ukraine.txt").read())  # doctest: +SKIP
"""

from summarizer.api import (
    asummarize,
    asummarize_many,
    get_summarizer,
    summarize,
    summarize_many,
)
from summarizer.errors import (
    ConfigError,
    GroundingError,
    InputError,
    ProviderError,
    SummarizerError,
    SummaryValidationError,
)
from summarizer.pipeline import Summarizer
from summarizer.schema import (
    SCHEMA_VERSION,
    Actor,
    Amount,
    Commitment,
    EventSummary,
    Evidence,
    ExpertView,
    Location,
    Meta,
)
from summarizer.settings import Settings

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Amount",
    "Commitment",
    "ConfigError",
    "EventSummary",
    "Evidence",
    "ExpertView",
    "GroundingError",
    "InputError",
    "Location",
    "Meta",
    "ProviderError",
    "Settings",
    "Summarizer",
    "SummarizerError",
    "SummaryValidationError",
    "asummarize",
    "asummarize_many",
    "get_summarizer",
    "summarize",
    "summarize_many",
]
