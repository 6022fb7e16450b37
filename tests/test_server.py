"""The openai client path against a real OpenAI-compatible server on loopback:
llama-cpp-python's own server running the embedded model."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from summarizer.evaluation.peers import llama_server
from summarizer.pipeline import Summarizer
from summarizer.schema import EventSummary
from summarizer.settings import Settings
from tests.conftest import assert_grounding_guarantees, recorded

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    # The peer comparison's server (same GGUF, loopback only) on one thread: more threads than
    # free cores make llama.cpp crawl while the other test worker is busy.
    with llama_server(threads=1) as url:
        yield url


def test_seed_article_through_openai_client(server_url: str, seed_article: str) -> None:
    # One thread answers a re-ask of 3,300 prompt and 1,900 output tokens in about two minutes
    # here: the default 120 s timeout would cut it off and the transport retry ask again.
    settings = Settings.load(
        env={}, model="llamacpp/smollm2", base_url=server_url, max_reasks=1, timeout_s=600
    )
    # Replayed (the server's recorded answers) except under SUMMARIZER_TESTS_LIVE=1, as in CI.
    with Summarizer(settings, recorder=recorded("server-seed")) as summarizer:
        summary = summarizer.summarize(seed_article)
    assert type(summary) is EventSummary
    assert_grounding_guarantees(summary, seed_article)
    assert summary.meta is not None
    assert summary.meta.provider == "llamacpp" and summary.meta.model == "smollm2"
    assert summary.meta.input_tokens > 1000 and 1 <= summary.meta.attempts <= 2


def test_async_path_through_openai_client(server_url: str) -> None:
    import asyncio

    from summarizer.prompting import load_prompt

    article = load_prompt().example_article
    settings = Settings.load(env={}, model="llamacpp/smollm2", base_url=server_url, max_reasks=0)

    async def run() -> EventSummary:
        async with Summarizer(settings) as summarizer:
            return await summarizer.asummarize(article)

    summary = asyncio.run(run())
    assert_grounding_guarantees(summary, article)
