"""The Python API: ``summarize``, ``asummarize`` and ``summarize_many``.

Each call resolves settings (keyword arguments > environment > defaults) and reuses one
:class:`Summarizer` per distinct configuration, so the embedded model loads once per process.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from contextlib import aclosing
from functools import cache
from typing import Any

from summarizer.batch import Item, run_batch
from summarizer.errors import SummarizerError
from summarizer.pipeline import Summarizer
from summarizer.schema import EventSummary
from summarizer.settings import Settings


@cache
def _summarizer(settings: Settings) -> Summarizer:
    return Summarizer(settings)


def get_summarizer(model: str | None = None, **options: Any) -> Summarizer:
    """The shared :class:`Summarizer` for this configuration (see :class:`Settings`)."""
    return _summarizer(Settings.load(model=model, **options))


def summarize(text: str, *, model: str | None = None, **options: Any) -> EventSummary:
    """Summarise one article.

    Args:
        text: the article text; evidence spans index into exactly this string.
        model: ``local`` (default), ``local:/path.gguf``, ``openai/<model>``, ``ollama/<model>``,
            ``vllm/<model>``, ``llamacpp/<model>``, or a model name with ``base_url=``.
        **options: any other :class:`Settings` field, e.g. ``on_ungrounded="drop"``.

    Returns:
        The validated, grounded summary with ``meta`` filled in.

    Raises:
        SummarizerError: a subclass saying whose fault it is (see ``summarizer.errors``).
    """
    return get_summarizer(model, **options).summarize(text)


async def asummarize(text: str, *, model: str | None = None, **options: Any) -> EventSummary:
    """Async :func:`summarize`."""
    return await get_summarizer(model, **options).asummarize(text)


async def _bounded(
    summarizer: Summarizer, texts: list[str], concurrency: int
) -> list[EventSummary | SummarizerError]:
    # The batch engine, keyed by position: results come back in input order.
    items = [Item(str(i), text=text) for i, text in enumerate(texts)]
    results: dict[str, EventSummary | SummarizerError] = {}
    try:
        async with aclosing(run_batch(items, summarizer, concurrency=concurrency)) as outcomes:
            async for outcome in outcomes:
                results[outcome.id] = outcome.result
    finally:
        await summarizer.aclose()  # this loop ends here; its connections must not outlive it
    return [results[item.id] for item in items]


def summarize_many(
    texts: Iterable[str], *, concurrency: int = 4, model: str | None = None, **options: Any
) -> list[EventSummary | SummarizerError]:
    """Summarise many articles with at most ``concurrency`` requests in flight.

    Results come back in input order; an article that fails yields its error in its place
    instead of raising, so one bad article never costs the others.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    summarizer = get_summarizer(model, **options)
    return asyncio.run(_bounded(summarizer, list(texts), concurrency))
