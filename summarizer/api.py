"""The Python API: ``summarize``, ``asummarize`` and ``summarize_many``.

Each call resolves settings (keyword arguments > environment > defaults) and reuses one
:class:`Summarizer` per distinct configuration, so the embedded model loads once per process.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from contextlib import aclosing
from functools import cache
from typing import Any, cast

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


async def asummarize_many(
    texts: Iterable[str], *, concurrency: int = 4, model: str | None = None, **options: Any
) -> AsyncIterator[tuple[int, EventSummary | SummarizerError]]:
    """Summarise many articles, yielding ``(input index, summary or error)`` as each completes.

    At most ``concurrency`` articles are in flight; a failed article yields its error and never
    stops the others. This is the batch engine behind ``summarizer batch``.
    """
    summarizer = get_summarizer(model, **options)
    items = (Item(str(i), text=text) for i, text in enumerate(texts))
    async with aclosing(run_batch(items, summarizer, concurrency=concurrency)) as outcomes:
        async for outcome in outcomes:
            yield int(outcome.id), outcome.result


async def _in_order(
    texts: list[str], concurrency: int, model: str | None, options: dict[str, Any]
) -> list[EventSummary | SummarizerError]:
    results: list[EventSummary | SummarizerError | None] = [None] * len(texts)
    try:
        async for index, result in asummarize_many(
            texts, concurrency=concurrency, model=model, **options
        ):
            results[index] = result
    finally:
        # This event loop ends here: its connections must not outlive it.
        await get_summarizer(model, **options).aclose()
    # run_batch yields exactly one outcome per item, so every slot is filled.
    return cast(list[EventSummary | SummarizerError], results)


def summarize_many(
    texts: Iterable[str], *, concurrency: int = 4, model: str | None = None, **options: Any
) -> list[EventSummary | SummarizerError]:
    """Summarise many articles with at most ``concurrency`` requests in flight.

    Results come back in input order; an article that fails yields its error in its place
    instead of raising, so one bad article never costs the others.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    return asyncio.run(_in_order(list(texts), concurrency, model, options))
