"""The openai client path against a real OpenAI-compatible server on loopback:
llama-cpp-python's own server running the embedded model."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest

from summarizer.pipeline import Summarizer
from summarizer.schema import EventSummary
from summarizer.settings import Settings, embedded_model_path
from tests.conftest import assert_grounding_guarantees

pytestmark = pytest.mark.server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(embedded_model_path()),
        "--model_alias",
        "smollm2",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "8192",
        "--verbose",
        "False",
    ]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            try:
                with urllib.request.urlopen(f"{url}/models", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.25)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


def test_seed_article_through_openai_client(server_url: str, seed_article: str) -> None:
    settings = Settings.load(env={}, model="llamacpp/smollm2", base_url=server_url, max_reasks=1)
    with Summarizer(settings) as summarizer:
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
