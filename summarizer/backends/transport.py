"""Transport retries: timeouts, 429s, 5xx and dropped connections, retried with tenacity.

These are the network's faults, not the model's: they are retried here, below instructor, so a
flaky server never turns into a re-ask prompt, and a re-ask never burns a transport retry.
Backoff is exponential with full jitter; a server's ``Retry-After`` (seconds or ``-ms``) wins.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import math
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import openai
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

from summarizer.errors import ProviderError

T = TypeVar("T")
MAX_WAIT_S = 30.0
_backoff = wait_random_exponential(multiplier=0.5, max=MAX_WAIT_S)


class EmptyAnswer(Exception):
    """The server answered 200 but with no choices or no content: treated like a dropped reply."""


def is_transient(exc: BaseException) -> bool:
    """True for faults worth retrying: connection trouble, timeouts, 408/409/429 and 5xx."""
    if isinstance(exc, openai.APIConnectionError | EmptyAnswer):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 409, 429) or exc.status_code >= 500
    return False


def _seconds(value: str | None, scale: float = 1.0) -> float | None:
    try:
        seconds = float(value) * scale  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def retry_after_s(exc: BaseException | None) -> float | None:
    """The wait a server asked for in ``retry-after-ms`` / ``Retry-After`` (seconds or an HTTP
    date), or None when it asked for none or for something unusable (negative, NaN, garbage)."""
    headers = getattr(getattr(exc, "response", None), "headers", None)
    if not headers:
        return None
    if (ms := _seconds(headers.get("retry-after-ms"), 1 / 1000)) is not None:
        return ms
    value = headers.get("retry-after")
    if (seconds := _seconds(value)) is not None or not value:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000" parses naive; HTTP dates are always UTC
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, when.timestamp() - time.time())


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
    asked = retry_after_s(exc)
    return min(asked, MAX_WAIT_S) if asked is not None else _backoff(state)


def describe(exc: BaseException) -> str:
    """One line naming the fault, without request bodies or credentials."""
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code} from the server"
    if isinstance(exc, openai.APITimeoutError):
        return "the request timed out"
    if isinstance(exc, openai.APIConnectionError):
        return "the connection failed"
    if isinstance(exc, EmptyAnswer):
        return str(exc)
    return type(exc).__name__


def _policy(retries: int, label: str, cls: type[Any]) -> Any:
    def give_up(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        assert exc is not None
        raise ProviderError(
            f"{label}: {describe(exc)} after {state.attempt_number} attempt(s)", original=exc
        ) from exc

    return cls(
        retry=retry_if_exception(is_transient),
        stop=stop_after_attempt(retries + 1),
        wait=_wait,
        retry_error_callback=give_up,
        reraise=False,
    )


def with_retries(fn: Callable[..., T], retries: int, label: str) -> Callable[..., T]:
    """Wrap a blocking request function in the transport retry policy."""
    policy: Retrying = _policy(retries, label, Retrying)

    def call(*args: Any, **kwargs: Any) -> T:
        return policy(fn, *args, **kwargs)

    return call


def with_async_retries(
    fn: Callable[..., Awaitable[T]], retries: int, label: str
) -> Callable[..., Awaitable[T]]:
    """Wrap a coroutine request function in the transport retry policy."""
    policy: AsyncRetrying = _policy(retries, label, AsyncRetrying)

    async def call(*args: Any, **kwargs: Any) -> T:
        return await policy(fn, *args, **kwargs)

    return call
