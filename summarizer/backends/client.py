"""The model client: instructor over openai's HTTP client or the embedded llama.cpp model.

Imported on first use (``summarizer.backends.open_backend``): openai and instructor take some
1.6 s to import, which the default ``extract`` strategy, a CLI start and every Ray worker would
otherwise pay for nothing.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import weakref
from dataclasses import dataclass, field
from typing import Any

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from instructor.v2.core import patch as instructor_patch
from instructor.v2.core.function_calls import ResponseSchema
from instructor.v2.validation import async_validators
from openai.types.chat import ChatCompletion
from pydantic import BaseModel, ValidationError, create_model

from summarizer.backends import Extraction
from summarizer.backends.grammar import tighten
from summarizer.backends.recording import Recorder
from summarizer.backends.transport import EmptyAnswer, describe, with_async_retries, with_retries
from summarizer.errors import ProviderError, SummarizerError, SummaryValidationError
from summarizer.settings import Settings, Target

# instructor logs every failed attempt at ERROR; we report outcomes ourselves, once.
logging.getLogger("instructor").addHandler(logging.NullHandler())
logging.getLogger("instructor").propagate = False
_MODES = {
    "grammar": instructor.Mode.JSON_SCHEMA,
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json_object_schema": instructor.Mode.JSON_SCHEMA,
}


class _SchemaOnce(ResponseSchema):
    """A response model whose JSON schema is generated once, not on every request.

    instructor asks for the schema on every request and pydantic rebuilds it each time (2.4 ms,
    a quarter of a request's CPU against a fast server). Callers get a copy of the cached one,
    so whatever they do with it cannot change the next request.
    """

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        if args or kwargs:
            return super().model_json_schema(*args, **kwargs)
        return json.loads(_schema_text(cls))  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=64)
def _schema_text(model: type[_SchemaOnce]) -> str:
    return json.dumps(super(_SchemaOnce, model).model_json_schema())


@functools.lru_cache(maxsize=64)  # bounded: a caller may build a model per article
def _prepare(model: type[BaseModel]) -> type[BaseModel]:
    """``model`` as an instructor ResponseSchema (which instructor would otherwise wrap anew on
    every call) with its schema cached; the schema itself is unchanged."""
    return create_model(
        model.__name__,
        __base__=(model, _SchemaOnce),
        __doc__=model.__doc__,  # the docstring is the schema's description
        __module__=model.__module__,
    )


def _check_async_validators_once() -> None:
    """Have instructor check a response model for async validators once, not four times a
    request.

    instructor 1.17 walks the whole model tree on every request, four times over (1.8 ms, a
    fifth of a request's CPU against a fast server), though a class's answer never changes. Only
    classes that passed are remembered, so a model with an async validator is still refused.
    """
    check = async_validators.reject_async_validators
    passed: weakref.WeakSet[type] = weakref.WeakSet()

    def reject_async_validators(response_model: Any) -> None:
        if isinstance(response_model, type) and response_model in passed:
            return
        check(response_model)
        if isinstance(response_model, type):
            passed.add(response_model)

    # instructor looks the function up in these two modules at call time.
    async_validators.reject_async_validators = reject_async_validators
    instructor_patch.reject_async_validators = reject_async_validators  # type: ignore[attr-defined]


_check_async_validators_once()


@dataclass
class _Answers:
    """Every model answer of one request, recorded as it arrives.

    Usage is read at arrival because instructor later overwrites each response's ``usage``
    with its running total.
    """

    responses: list[Any] = field(default_factory=list)
    input_tokens: int = 0
    output_tokens: int = 0

    def __call__(self, response: Any) -> None:
        self.responses.append(response)
        if usage := getattr(response, "usage", None):
            self.input_tokens += usage.prompt_tokens
            self.output_tokens += usage.completion_tokens

    def extraction(self, value: BaseModel | None, error: str | None = None) -> Extraction:
        complete = [r for r in self.responses if r.choices[0].finish_reason != "length"]
        raw = _answer_text(complete[-1]) if complete else None
        attempts = len(self.responses)
        return Extraction(value, raw, error, attempts, self.input_tokens, self.output_tokens)


def _answer_text(response: Any) -> str | None:
    message = response.choices[0].message
    if calls := getattr(message, "tool_calls", None):
        return str(calls[0].function.arguments)
    return message.content  # type: ignore[no-any-return]


def _require_answer(response: Any) -> Any:
    """A 200 with nothing in it is a transport fault, retried, never a re-ask."""
    if not getattr(response, "choices", None):
        raise EmptyAnswer("the server answered with no choices")
    if not _answer_text(response):
        raise EmptyAnswer("the server answered with empty content")
    return response


def _json_object_schema(kwargs: dict[str, Any]) -> dict[str, Any]:
    """llama-cpp-python's server form, with the small model's bounds (its server decodes with
    a grammar made from the schema: see backends/grammar.py)."""
    fmt = kwargs.get("response_format")
    if fmt and fmt.get("type") == "json_schema":
        schema = tighten(fmt["json_schema"]["schema"])
        kwargs = {**kwargs, "response_format": {"type": "json_object", "schema": schema}}
    return kwargs


class Backend:
    """A configured model endpoint that turns chat messages into a validated pydantic object."""

    def __init__(
        self, target: Target, settings: Settings, recorder: Recorder | None = None
    ) -> None:
        self.target = target
        self.settings = settings
        self.recorder = recorder
        self.local: Any = None
        self._sync: Any = None
        self._async: dict[asyncio.AbstractEventLoop, Any] = {}
        self._clients: dict[asyncio.AbstractEventLoop | None, list[Any]] = {}

    # -- clients, built on first use, never at import time --------------------------------
    def _raw_create(self, is_async: bool) -> Any:
        t, s = self.target, self.settings
        if t.family == "local":
            from summarizer.backends.local import load_local_model

            self.local = load_local_model(t.model, s.context_tokens)
            create = self.local.create
            if not is_async:
                return create

            async def acreate(**kwargs: Any) -> Any:
                return await asyncio.to_thread(create, **kwargs)

            return acreate
        cls = openai.AsyncOpenAI if is_async else openai.OpenAI
        client = cls(api_key=t.api_key, base_url=t.base_url, timeout=s.timeout_s, max_retries=0)
        loop = asyncio.get_running_loop() if is_async else None
        self._clients.setdefault(loop, []).append(client)
        # chat.completions.create() first runs the request through openai's TypedDict transform:
        # a no-op for the plain JSON we send, yet 1.3 ms of CPU for the prompt's messages, some
        # 40% of a bare client's CPU per request. post() sends the same body without it.
        send: Any = functools.partial(client.post, "/chat/completions", cast_to=ChatCompletion)
        shape = _json_object_schema if t.mode == "json_object_schema" else (lambda k: k)
        if is_async:

            async def asend(**kwargs: Any) -> Any:
                return _require_answer(await send(body=shape(kwargs)))

            return with_async_retries(asend, s.transport_retries, t.label)

        def ssend(**kwargs: Any) -> Any:
            return _require_answer(send(body=shape(kwargs)))

        return with_retries(ssend, s.transport_retries, t.label)

    def _patched(self, is_async: bool) -> Any:
        create = self._raw_create(is_async)
        if self.recorder is not None:
            wrap = self.recorder.awrap if is_async else self.recorder.wrap
            create = wrap(create, self.target.label)
        return instructor.patch(create=create, mode=_MODES[self.target.mode])

    def _create(self) -> Any:
        if self._sync is None:
            self._sync = self._patched(False)
        return self._sync

    def _acreate(self) -> Any:
        # An async client belongs to the event loop it was first used on.
        loop = asyncio.get_running_loop()
        if loop not in self._async:
            self._async = {k: v for k, v in self._async.items() if not k.is_closed()}
            self._async[loop] = self._patched(True)
        return self._async[loop]

    def close(self) -> None:
        """Close the blocking HTTP client, if one was opened (the local model stays loaded)."""
        for client in self._clients.pop(None, []):
            client.close()
        self._sync = None

    async def aclose(self) -> None:
        """Close the async HTTP client of the running event loop, if one was opened."""
        loop = asyncio.get_running_loop()
        for client in self._clients.pop(loop, []):
            await client.close()
        self._async.pop(loop, None)

    def count_tokens(self, messages: list[dict[str, str]]) -> int | None:
        """Prompt tokens when the backend can count them exactly (the local model), else None."""
        if self.target.family != "local":
            return None
        self._create()
        return int(self.local.count_tokens(messages))

    # -- the request ----------------------------------------------------------------------
    def _request(
        self, messages: list[dict[str, str]], response_model: type[BaseModel]
    ) -> tuple[dict[str, Any], _Answers]:
        answers = _Answers()
        hooks = Hooks()
        hooks.on("completion:response", answers)
        kwargs = {
            "messages": messages,
            "model": self.target.model,
            "response_model": _prepare(response_model),
            "max_retries": self.settings.max_reasks,
            "max_tokens": self.settings.max_output_tokens,
            "temperature": 0.0,
            "hooks": hooks,
        }
        return kwargs, answers

    def extract(
        self, messages: list[dict[str, str]], response_model: type[BaseModel]
    ) -> Extraction:
        """Ask for ``response_model``; re-ask on validation errors; give back what came of it."""
        kwargs, answers = self._request(messages, response_model)
        try:
            return answers.extraction(self._create()(**kwargs))
        except Exception as e:
            return self._failed(e, answers)

    async def aextract(
        self, messages: list[dict[str, str]], response_model: type[BaseModel]
    ) -> Extraction:
        """Async :meth:`extract`."""
        kwargs, answers = self._request(messages, response_model)
        try:
            return answers.extraction(await self._acreate()(**kwargs))
        except Exception as e:
            return self._failed(e, answers)

    def _failed(self, exc: Exception, answers: _Answers) -> Extraction:
        cause: BaseException = exc
        while isinstance(cause, InstructorRetryException) and (
            cause.__cause__ or cause.__context__
        ):
            cause = cause.__cause__ or cause.__context__  # type: ignore[assignment]
        label, result = self.target.label, answers.extraction(None, str(cause))
        if result.raw is not None and isinstance(
            cause, SummarizerError | IncompleteOutputException | ValidationError
        ):
            # Validation never passed, or a re-ask was cut off or lost: keep the last complete
            # answer and let the ungrounded policy deal with what is wrong in it.
            return result
        if isinstance(cause, SummarizerError):
            raise cause from None
        if isinstance(cause, IncompleteOutputException):
            raise SummaryValidationError(
                f"{label}: the answer was cut off at max_output_tokens="
                f"{self.settings.max_output_tokens}; raise SUMMARIZER_MAX_OUTPUT_TOKENS",
                attempts=result.attempts,
            ) from None
        if isinstance(cause, openai.OpenAIError):
            raise ProviderError(f"{label}: {describe(cause)}", original=cause) from None
        if isinstance(cause, ValidationError | ValueError):
            return result  # no complete answer at all: the pipeline reports it
        raise ProviderError(f"{label}: {type(cause).__name__}: {cause}", original=cause) from None
