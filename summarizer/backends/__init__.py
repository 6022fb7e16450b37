"""Backends: the only code that talks to model libraries (openai, instructor, llama_cpp).

``open_backend(settings)`` is the one client factory; the client itself (backends/client.py)
is imported only then, so code that never asks a model never loads openai or instructor. Every
backend is driven through instructor, which validates the answer against the response model
and re-asks with the exact validation error; below instructor, each request is wrapped in the
transport retry policy.

How each family is asked for structured output (``Target.mode``):

- ``grammar``: the embedded model; the schema becomes a llama.cpp grammar (backends/local.py);
- ``tools``: OpenAI function calling;
- ``json_schema``: ``response_format={"type": "json_schema", ...}`` (vLLM, Ollama, most servers);
- ``json_object_schema``: ``{"type": "json_object", "schema": ...}``, the only form
  llama-cpp-python's server accepts (it answers HTTP 500 to ``json_schema``); like the embedded
  model's grammar, its schema holds the small model's bounds (backends/grammar.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel

if TYPE_CHECKING:
    from summarizer.backends.client import Backend
    from summarizer.backends.recording import Recorder
    from summarizer.settings import Settings


@dataclass
class Extraction:
    """What one structured request produced, over all of its attempts."""

    value: BaseModel | None  # the validated answer, or None when attempts ran out
    raw: str | None  # the last complete answer's text
    error: str | None  # the last validation error, when attempts ran out
    attempts: int
    input_tokens: int
    output_tokens: int


def open_backend(settings: Settings, recorder: Recorder | None = None) -> Backend:
    """The backend for ``settings.model``; configuration errors surface here, before any request.

    With a ``recorder``, answers are replayed from or recorded to its file (see recording.py).
    """
    from summarizer.backends.client import Backend

    return Backend(settings.target(), settings, recorder)
