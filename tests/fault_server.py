"""A scripted OpenAI-compatible server on loopback that misbehaves on cue.

``FaultServer(script, default)`` answers ``POST /v1/chat/completions`` with one behaviour of
``script`` per request, then ``default`` once the script runs out, and records every request
(``time.monotonic`` arrival, parsed JSON body) and the most requests it held unanswered at once
(``max_in_flight``). It speaks HTTP/1.0 (one request per connection,
so no keep-alive socket outlives a test); leaving the ``with`` block cuts every Delay short and
joins every handler thread.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import socket
import struct
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PATH = "/v1/chat/completions"
_LINGER_0 = struct.pack("ii", 1, 0)  # close() then sends RST instead of FIN


@dataclass(frozen=True)
class Reply:
    """200 with a well-formed chat.completion whose message content is ``content``."""

    content: str | None
    tokens: int = 100  # prompt tokens in usage; completion tokens are a fifth of that
    tool: str | None = None  # answer as a call of this tool (function calling) instead


@dataclass(frozen=True)
class Status:
    """An error status with an OpenAI-style error body and the given headers."""

    code: int
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Reset:
    """Start a response, then reset the connection (RST) without a valid HTTP reply."""


@dataclass(frozen=True)
class Delay:
    """Wait ``seconds`` before the first byte, then behave as ``then``."""

    seconds: float
    then: Behaviour


@dataclass(frozen=True)
class EmptyChoices:
    """200 with a chat.completion that has no choices."""


@dataclass(frozen=True)
class Truncated:
    """200 announcing a longer Content-Length than the body it sends, then close."""

    content: str


Behaviour = Reply | Status | Reset | Delay | EmptyChoices | Truncated


@dataclass(frozen=True)
class Request:
    at: float  # time.monotonic() when the request arrived
    path: str
    body: Any  # the parsed JSON body

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body["messages"])


def completion(
    content: str | None,
    model: str,
    choices: bool = True,
    tokens: int = 100,
    tool: str | None = None,
) -> bytes:
    """A chat.completion body; ``tokens`` prompt tokens and a fifth of that for the answer."""
    message: dict[str, object] = {"role": "assistant", "content": content}
    if tool is not None:
        call = {"name": tool, "arguments": content}
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "call_fault", "type": "function", "function": call}],
        }
    usage = {"prompt_tokens": tokens, "completion_tokens": tokens // 5}
    body = {
        "id": "chatcmpl-fault",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}] if choices else [],
        "usage": usage | {"total_tokens": sum(usage.values())},
    }
    return json.dumps(body).encode()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10  # a client that connects and never sends cannot hold the server up

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read ``FaultServer.requests`` instead."""

    def do_POST(self) -> None:
        at = time.monotonic()
        data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.loads(data) if data else None
        behaviour = self.server.fault.record(Request(at, self.path, body))
        # The client may have given up first (a timeout): then there is nothing left to say.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.play(behaviour if self.path == PATH else Status(404), body)

    def play(self, behaviour: Behaviour, body: Any) -> None:
        model = str((body or {}).get("model", "unknown"))
        if not isinstance(behaviour, Delay):
            # Counted before the first byte goes out: the client cannot send its next request
            # before it has this answer, so in-flight counts never overlap by a race.
            self.server.fault.answering()
        match behaviour:
            case Delay(seconds, then):
                if not self.server.fault.stopping.wait(seconds):
                    self.play(then, body)
            case Reply(content, tokens, tool):
                self.send(200, completion(content, model, tokens=tokens, tool=tool))
            case EmptyChoices():
                self.send(200, completion(None, model, choices=False))
            case Status(code, headers):
                error = {"message": f"scripted HTTP {code}", "type": "server_error", "code": code}
                self.send(code, json.dumps({"error": error}).encode(), headers)
            case Truncated(content):
                data = completion(content, model)
                self.send(200, data[: len(data) // 2], {"Content-Length": str(len(data))})
            case Reset():
                self.wfile.write(b"HTTP/1.0 200 OK\r\nContent-Ty")
                self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_0)
                self.rfile.close()
                self.wfile.close()
                self.request.close()  # linger 0: the peer sees a reset, not an orderly close
                self.wfile = io.BytesIO()  # what the server still flushes goes nowhere

    def send(self, code: int, data: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        default = {"Content-Type": "application/json", "Content-Length": str(len(data))}
        for name, value in (default | (headers or {})).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins every handler thread
    fault: FaultServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        self.fault.errors.append(sys.exc_info()[1])


class FaultServer:
    """Replays ``script`` one behaviour per request, then ``default``; a context manager."""

    def __init__(self, script: list[Behaviour], default: Behaviour = Status(503)) -> None:
        self.script = list(script)
        self.default = default
        self.requests: list[Request] = []
        self.errors: list[BaseException | None] = []  # handler crashes: should stay empty
        self.in_flight = 0  # requests received and not yet being answered
        self.max_in_flight = 0
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def record(self, request: Request) -> Behaviour:
        with self._lock:
            self.requests.append(request)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            return self.script.pop(0) if self.script else self.default

    def answering(self) -> None:
        with self._lock:
            self.in_flight -= 1

    @property
    def url(self) -> str:
        assert self._server is not None, "the server is not running"
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def gaps(self) -> list[float]:
        """Seconds between consecutive request arrivals."""
        times = [r.at for r in self.requests]
        return [b - a for a, b in itertools.pairwise(times)]

    def __enter__(self) -> FaultServer:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fault = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
        assert self._thread is not None
        self.stopping.set()  # wake any Delay so its thread can finish
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def example_answer() -> str:
    """A model's answer to the prompt's worked example, as JSON: valid and fully grounded in
    ``load_prompt().example_article``, so any test server can play a good model with it."""
    from summarizer.prompting import load_prompt

    return json.dumps(load_prompt().example_answer.model_dump(mode="json", exclude={"meta"}))
