"""Each model family is asked for structured output the way its servers support, checked on the
wire against a loopback server; and the batch API keeps going past a bad article."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from instructor.v2.validation.async_validators import async_field_validator
from pydantic import BaseModel

from summarizer.api import summarize_many
from summarizer.backends import open_backend
from summarizer.backends.client import _prepare
from summarizer.errors import InputError
from summarizer.pipeline import GroundedEventSummary, Summarizer
from summarizer.prompting import load_prompt
from summarizer.schema import EventSummary
from summarizer.settings import Settings
from tests.fault_server import FaultServer, Reply, example_answer

pytestmark = pytest.mark.server

ARTICLE = load_prompt().example_article
GOOD = example_answer()


@pytest.fixture
def answering() -> Iterator[FaultServer]:
    with FaultServer([], default=Reply(GOOD)) as server:
        yield server


@pytest.mark.parametrize(
    ("model", "expected_type"),
    [
        ("vllm/qwen", "json_schema"),
        ("ollama/llama3.2", "json_schema"),
        ("plain-model", "json_schema"),  # a bare name with --base-url: generic compatible server
        ("llamacpp/smollm2", "json_object"),
    ],
)
def test_response_format_per_family(answering: FaultServer, model: str, expected_type: str) -> None:
    settings = Settings.load(env={}, model=model, base_url=answering.url, max_reasks=0)
    with Summarizer(settings) as s:
        summary = s.summarize(ARTICLE)
    body = answering.requests[0].body
    assert body["model"] == model.split("/", 1)[-1]
    fmt = body["response_format"]
    assert fmt["type"] == expected_type
    schema = fmt["json_schema"]["schema"] if expected_type == "json_schema" else fmt["schema"]
    assert set(schema["required"]) >= {"headline", "actors", "commitments"}
    assert "tools" not in body
    assert all(item.grounded for item in summary.items())


def test_every_request_sends_the_response_models_own_schema(answering: FaultServer) -> None:
    settings = Settings.load(env={}, model="vllm/qwen", base_url=answering.url, max_reasks=0)
    with Summarizer(settings) as s:
        s.summarize(ARTICLE)
        s.summarize(ARTICLE)
    for request in answering.requests:
        fmt = request.body["response_format"]["json_schema"]
        assert fmt["name"] == "GroundedEventSummary"
        assert fmt["schema"] == GroundedEventSummary.model_json_schema()


def test_the_schema_generated_once_is_handed_out_as_copies() -> None:
    prepared = _prepare(GroundedEventSummary)
    first = prepared.model_json_schema()
    first["properties"].clear()  # what a caller does with its copy must not reach the next
    assert prepared.model_json_schema() == GroundedEventSummary.model_json_schema()


class _AsyncChecked(BaseModel):
    headline: str

    @async_field_validator("headline")
    async def _check(self, value: str) -> str:
        return value


def test_a_model_with_async_validators_is_refused_every_time(answering: FaultServer) -> None:
    # instructor cannot run them; remembering models that passed its check must not let this
    # one through on a second request.
    settings = Settings.load(env={}, model="vllm/qwen", base_url=answering.url, max_reasks=0)
    backend = open_backend(settings)
    try:
        for _ in range(2):
            result = backend.extract([{"role": "user", "content": "hi"}], _AsyncChecked)
            assert result.value is None
            assert result.error is not None and "async validators" in result.error
    finally:
        backend.close()
    assert answering.requests == []


def test_openai_family_uses_function_calling() -> None:
    answer = Reply(GOOD, tool="EventSummary")
    with FaultServer([], default=answer) as server:
        settings = Settings.load(
            env={"OPENAI_API_KEY": "sk-test"}, model="openai/gpt-4o-mini", base_url=server.url
        )
        with Summarizer(settings) as s:
            summary = s.summarize(ARTICLE)
        body = server.requests[0].body
    assert body["tools"][0]["function"]["name"] == "EventSummary"
    assert body["tool_choice"]["function"]["name"] == "EventSummary"
    assert "response_format" not in body
    assert summary.meta is not None and summary.meta.cost_usd is not None
    assert all(item.grounded for item in summary.items())


def test_summarize_many_keeps_order_and_returns_errors_in_place(answering: FaultServer) -> None:
    results = summarize_many(
        [ARTICLE, "   ", ARTICLE],
        concurrency=2,
        model="llamacpp/batch-test",
        base_url=answering.url,
        max_reasks=0,
    )
    assert [type(r) for r in results] == [EventSummary, InputError, EventSummary]
    assert "is empty" in str(results[1])
    assert len(answering.requests) == 2


def test_summarize_many_rejects_zero_concurrency() -> None:
    with pytest.raises(ValueError, match="concurrency"):
        summarize_many([ARTICLE], concurrency=0)


def test_asummarize_many_yields_every_index_as_completed(answering: FaultServer) -> None:
    import asyncio

    from summarizer.api import asummarize_many, get_summarizer

    options = {"model": "llamacpp/as-completed", "base_url": answering.url, "max_reasks": 0}

    async def collect() -> dict[int, object]:
        try:
            return {i: r async for i, r in asummarize_many([ARTICLE, "", ARTICLE], **options)}
        finally:
            await get_summarizer(**options).aclose()

    results = asyncio.run(collect())
    assert sorted(results) == [0, 1, 2]
    assert isinstance(results[0], EventSummary) and isinstance(results[2], EventSummary)
    assert isinstance(results[1], InputError)


def test_the_default_never_loads_a_model_library() -> None:
    """``extract`` asks no model, so a process that only uses it (a CLI run, a Ray worker) never
    pays the 1.6 s openai and instructor take to import; a model strategy loads them on first
    use."""
    script = (
        "import sys\n"
        "from summarizer.pipeline import Summarizer\n"
        "from summarizer.settings import Settings\n"
        f"Summarizer(Settings(model='local', strategy='extract')).summarize({ARTICLE!r})\n"
        "print(sorted(m for m in ('openai', 'instructor', 'llama_cpp') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
