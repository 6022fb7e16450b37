"""Transport faults vs. validation re-asks, end to end: the real pipeline, the real openai client
and instructor, against a scripted server on loopback (tests/fault_server.py). Nothing is mocked.

Transport faults (429, 5xx, resets, timeouts, empty answers) are retried below instructor: they
must never add a message to the conversation nor count as a model attempt. A fabricated quote is
a validation error: instructor re-asks with the grounding error, and that is an attempt.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable, Iterator
from typing import Any

import openai
import pytest

from summarizer.errors import GroundingError, ProviderError
from summarizer.pipeline import Summarizer
from summarizer.prompting import load_prompt
from summarizer.schema import EventSummary, Meta
from summarizer.settings import Settings
from tests.fault_server import (
    Behaviour,
    Delay,
    EmptyChoices,
    FaultServer,
    Reply,
    Reset,
    Status,
    Truncated,
)

pytestmark = pytest.mark.server

MODEL = "llamacpp/test-model"
ARTICLE = load_prompt().example_article
FAKE_QUOTE = "staffing shortages will doom the whole plan"
REASK_HEADER = "Correct your JSON ONLY RESPONSE"
# Words that only a transport fault could have put into a request.
FAULT_WORDS = ("HTTP 4", "HTTP 5", "429", "503", "timed out", "connection", "no choices")

UNAVAILABLE = Status(503)

Serve = Callable[..., FaultServer]


def _model_answer(obj: Any) -> Any:
    """Drop the fields the code fills in (spans, grounded): a model never writes them."""
    if isinstance(obj, dict):
        code_filled = ("start", "end", "grounded")
        return {k: _model_answer(v) for k, v in obj.items() if k not in code_filled}
    if isinstance(obj, list):
        return [_model_answer(v) for v in obj]
    return obj


def _answer(fake_expert_quote: bool = False) -> str:
    answer = _model_answer(load_prompt().example_answer.model_dump(mode="json", exclude={"meta"}))
    if fake_expert_quote:
        answer["expert_views"][0]["evidence"]["quote"] = FAKE_QUOTE
    return json.dumps(answer)


GOOD, BAD = _answer(), _answer(fake_expert_quote=True)


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Start fault servers for the test; all are stopped (threads joined) when it ends."""
    servers: list[FaultServer] = []
    with contextlib.ExitStack() as stack:

        def start(*script: Behaviour, default: Behaviour = UNAVAILABLE) -> FaultServer:
            servers.append(stack.enter_context(FaultServer(list(script), default)))
            return servers[-1]

        yield start
    assert [s.errors for s in servers] == [[] for _ in servers], "a server handler crashed"


def summarizer(server: FaultServer, **overrides: Any) -> Summarizer:
    options: dict[str, Any] = {"transport_retries": 3, "max_reasks": 1, "timeout_s": 2} | overrides
    return Summarizer(Settings.load(env={}, model=MODEL, base_url=server.url, **options))


def meta(summary: EventSummary) -> Meta:
    assert summary.meta is not None
    return summary.meta


def assert_fully_grounded(summary: EventSummary) -> None:
    items = summary.items()
    assert len(items) == 5
    assert [item.grounded for item in items] == [True] * 5
    for item in items:
        start, end = item.evidence.start, item.evidence.end
        assert start is not None
        assert end is not None
        assert ARTICLE[start:end] == item.evidence.quote


def assert_no_fault_text(server: FaultServer) -> None:
    for request in server.requests:
        for message in request.messages:
            for word in FAULT_WORDS:
                assert word not in message["content"], (word, message["content"][:200])


# -- the happy path ------------------------------------------------------------------------------


def test_one_reply_is_one_attempt_and_fully_grounded(serve: Serve) -> None:
    server = serve(Reply(GOOD))
    summary = summarizer(server).summarize(ARTICLE)

    assert len(server.requests) == 1
    assert server.requests[0].path == "/v1/chat/completions"
    body = server.requests[0].body
    assert body["model"] == "test-model"
    assert body["response_format"]["type"] == "json_object"  # llama.cpp's form
    assert [m["role"] for m in body["messages"]] == ["system", "user", "assistant", "user"]
    assert ARTICLE in body["messages"][-1]["content"]
    assert meta(summary).attempts == 1
    assert (meta(summary).input_tokens, meta(summary).output_tokens) == (100, 20)
    assert meta(summary).warnings == []
    assert meta(summary).provider == "llamacpp"
    assert_fully_grounded(summary)


# -- transport faults are retried below instructor -------------------------------------------------


def test_429_then_500_then_success_is_one_attempt_with_identical_requests(serve: Serve) -> None:
    server = serve(Status(429), Status(500), Reply(GOOD))
    summary = summarizer(server).summarize(ARTICLE)

    assert len(server.requests) == 3
    assert meta(summary).attempts == 1  # model answers, not transport retries
    assert (meta(summary).input_tokens, meta(summary).output_tokens) == (100, 20)
    first = server.requests[0].body
    assert len(first["messages"]) == 4
    assert all(r.body == first for r in server.requests)  # no re-ask message, nothing changed
    assert_no_fault_text(server)
    assert_fully_grounded(summary)


def test_retry_after_is_honoured(serve: Serve) -> None:
    server = serve(Status(429, {"Retry-After": "1"}), Reply(GOOD))
    summary = summarizer(server).summarize(ARTICLE)

    assert len(server.requests) == 2
    (gap,) = server.gaps()
    assert 0.9 <= gap < 1.8
    assert meta(summary).attempts == 1


def test_retry_after_ms_is_honoured(serve: Serve) -> None:
    server = serve(Status(503, {"retry-after-ms": "800"}), Reply(GOOD))
    summarizer(server).summarize(ARTICLE)

    (gap,) = server.gaps()
    assert 0.78 <= gap < 1.5  # beyond the 0.5 s the first jittered backoff can reach


def test_429_without_retry_after_backs_off_with_jitter_under_half_a_second(serve: Serve) -> None:
    server = serve(Status(429), Reply(GOOD))
    summarizer(server).summarize(ARTICLE)

    assert len(server.requests) == 2
    (gap,) = server.gaps()
    assert gap < 0.5 + 0.3  # first wait is uniform(0, 0.5 * 2**0), plus request overhead


def test_server_that_never_recovers_raises_one_line_provider_error(serve: Serve) -> None:
    server = serve(default=Status(503))
    with pytest.raises(ProviderError) as caught:
        summarizer(server).summarize(ARTICLE)

    message = str(caught.value)
    assert message == f"{MODEL}: HTTP 503 from the server after 4 attempt(s)"
    assert "\n" not in message
    assert len(server.requests) == 4  # transport_retries + 1
    assert isinstance(caught.value.original, openai.APIStatusError)
    assert caught.value.original.status_code == 503
    assert all(r.body == server.requests[0].body for r in server.requests)


def test_zero_transport_retries_means_one_request(serve: Serve) -> None:
    server = serve(Status(500), Reply(GOOD))
    with pytest.raises(ProviderError, match=r"HTTP 500 from the server after 1 attempt\(s\)$"):
        summarizer(server, transport_retries=0).summarize(ARTICLE)
    assert len(server.requests) == 1


@pytest.mark.parametrize("code", [400, 401, 404])
def test_client_errors_are_not_retried(serve: Serve, code: int) -> None:
    server = serve(Status(code), Reply(GOOD))
    with pytest.raises(ProviderError) as caught:
        summarizer(server).summarize(ARTICLE)
    assert str(caught.value) == f"{MODEL}: HTTP {code} from the server"
    assert len(server.requests) == 1


def test_connection_reset_mid_response_is_retried(serve: Serve) -> None:
    server = serve(Reset(), Reply(GOOD))
    summary = summarizer(server).summarize(ARTICLE)

    assert len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body
    assert meta(summary).attempts == 1
    assert_fully_grounded(summary)


def test_truncated_body_is_retried(serve: Serve) -> None:
    server = serve(Truncated(GOOD), Reply(GOOD))
    summary = summarizer(server).summarize(ARTICLE)

    assert len(server.requests) == 2
    assert meta(summary).attempts == 1


def test_slow_first_byte_times_out_then_is_retried(serve: Serve) -> None:
    server = serve(Delay(3, then=Reply(GOOD)), Reply(GOOD))
    summary = summarizer(server, timeout_s=1).summarize(ARTICLE)

    assert len(server.requests) == 2
    (gap,) = server.gaps()
    assert 0.95 <= gap < 1.0 + 0.5 + 0.5  # the 1 s timeout, then at most 0.5 s of backoff
    assert meta(summary).attempts == 1
    assert server.requests[0].body == server.requests[1].body


def test_timeouts_all_the_way_name_the_timeout(serve: Serve) -> None:
    server = serve(default=Delay(3, then=Reply(GOOD)))
    with pytest.raises(ProviderError) as caught:
        summarizer(server, timeout_s=0.3, transport_retries=1).summarize(ARTICLE)
    assert str(caught.value) == f"{MODEL}: the request timed out after 2 attempt(s)"
    assert len(server.requests) == 2


def test_empty_choices_are_retried_not_reasked(serve: Serve) -> None:
    server = serve(EmptyChoices(), Reply(GOOD))
    summary = summarizer(server).summarize(ARTICLE)

    assert len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body
    assert meta(summary).attempts == 1
    assert_fully_grounded(summary)


def test_empty_content_is_retried_not_reasked(serve: Serve) -> None:
    server = serve(Reply(None), Reply(GOOD))
    summary = summarizer(server).summarize(ARTICLE)

    assert len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body
    assert meta(summary).attempts == 1


def test_one_summarizer_serves_successive_event_loops(serve: Serve) -> None:
    server = serve(Reply(GOOD), Reply(GOOD))
    with summarizer(server, transport_retries=0) as s:
        first = asyncio.run(s.asummarize(ARTICLE))
        second = asyncio.run(s.asummarize(ARTICLE))
    assert meta(first).attempts == meta(second).attempts == 1
    assert len(server.requests) == 2


# -- validation re-asks are separate -------------------------------------------------------------


def test_fabricated_quote_is_reasked_with_the_grounding_error(serve: Serve) -> None:
    server = serve(Reply(BAD), Reply(GOOD))
    summary = summarizer(server).summarize(ARTICLE)

    assert len(server.requests) == 2
    assert meta(summary).attempts == 2
    assert_fully_grounded(summary)
    first, second = (r.messages for r in server.requests)
    assert len(first) == 4
    assert second[:4] == first
    assert len(second) == 6
    assert (second[4]["role"], second[4]["content"]) == ("assistant", BAD)
    assert second[5]["role"] == "user"
    error = second[5]["content"]
    assert error.startswith(REASK_HEADER)
    assert "these items are not supported by the article" in error
    assert f"expert_views[0].evidence.quote {FAKE_QUOTE!r} is not in the article" in error
    assert_no_fault_text(server)


def test_transport_faults_around_a_reask_neither_add_messages_nor_attempts(serve: Serve) -> None:
    server = serve(Status(503), Reply(BAD), Status(429), Reset(), Reply(GOOD))
    summary = summarizer(server).summarize(ARTICLE)

    assert len(server.requests) == 5
    assert meta(summary).attempts == 2
    lengths = [len(r.messages) for r in server.requests]
    assert lengths == [4, 4, 6, 6, 6]
    assert server.requests[0].body == server.requests[1].body
    assert server.requests[2].body == server.requests[3].body == server.requests[4].body
    assert sum(REASK_HEADER in m["content"] for m in server.requests[4].messages) == 1
    assert_no_fault_text(server)


def test_reasks_exhausted_flag_keeps_the_item_marked_ungrounded(serve: Serve) -> None:
    server = serve(Reply(BAD), Reply(BAD))
    summary = summarizer(server).summarize(ARTICLE)

    assert len(server.requests) == 2
    assert meta(summary).attempts == 2
    assert [v.evidence.quote for v in summary.expert_views] == [FAKE_QUOTE]
    assert summary.expert_views[0].grounded is False
    assert [i.grounded for i in summary.items()] == [True, True, True, True, False]
    assert len(meta(summary).warnings) == 1
    assert meta(summary).warnings[0].startswith("ungrounded expert_views[0]:")
    assert FAKE_QUOTE in meta(summary).warnings[0]


def test_reasks_exhausted_drop_removes_the_item(serve: Serve) -> None:
    server = serve(Reply(BAD), Reply(BAD))
    summary = summarizer(server, on_ungrounded="drop").summarize(ARTICLE)

    assert len(server.requests) == 2
    assert summary.expert_views == []
    assert [i.grounded for i in summary.items()] == [True] * 4
    assert meta(summary).attempts == 2
    assert len(meta(summary).warnings) == 1
    assert meta(summary).warnings[0].startswith("dropped expert_views[0]:")
    assert FAKE_QUOTE in meta(summary).warnings[0]


def test_reasks_exhausted_fail_raises_grounding_error(serve: Serve) -> None:
    server = serve(Reply(BAD), Reply(BAD))
    with pytest.raises(GroundingError) as caught:
        summarizer(server, on_ungrounded="fail").summarize(ARTICLE)

    assert len(server.requests) == 2
    assert caught.value.attempts == 2
    assert len(caught.value.problems) == 1
    assert FAKE_QUOTE in caught.value.problems[0]
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("1 grounding check(s) still failed after 2 attempt(s)")


# -- the async path ------------------------------------------------------------------------------


def test_async_path_retries_transport_faults(serve: Serve) -> None:
    server = serve(Reset(), Status(429, {"Retry-After": "0.3"}), Reply(GOOD))
    summary = asyncio.run(summarizer(server).asummarize(ARTICLE))

    assert len(server.requests) == 3
    assert server.gaps()[1] >= 0.28
    assert all(r.body == server.requests[0].body for r in server.requests)
    assert meta(summary).attempts == 1
    assert_fully_grounded(summary)


def test_async_path_never_recovering_raises_provider_error(serve: Serve) -> None:
    server = serve(default=Status(502, {"Retry-After": "0"}))
    with pytest.raises(ProviderError) as caught:
        asyncio.run(summarizer(server, transport_retries=2).asummarize(ARTICLE))
    assert str(caught.value) == f"{MODEL}: HTTP 502 from the server after 3 attempt(s)"
    assert len(server.requests) == 3


# -- regressions: usage counted once per answer; unusable Retry-After falls back to backoff ------


def test_token_usage_counts_each_answer_once(serve: Serve) -> None:
    server = serve(Reply(BAD, tokens=100), Reply(GOOD, tokens=100))
    summary = summarizer(server).summarize(ARTICLE)
    assert meta(summary).attempts == 2
    assert (meta(summary).input_tokens, meta(summary).output_tokens) == (200, 40)


@pytest.mark.parametrize("value", ["soon", "", "-1", "nan"])
def test_malformed_retry_after_falls_back_to_backoff(serve: Serve, value: str) -> None:
    server = serve(Status(429, {"Retry-After": value}), Reply(GOOD))
    summary = summarizer(server).summarize(ARTICLE)
    assert len(server.requests) == 2
    assert meta(summary).attempts == 1
