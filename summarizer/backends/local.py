"""The embedded model: a GGUF file run in-process by llama-cpp-python, output held to a grammar.

The JSON schema of the requested answer becomes a llama.cpp grammar, so the model cannot write
anything that does not parse. Two fixes over llama-cpp-python 0.3.36's own conversion:
the string rule there admits raw control characters (a newline inside a JSON string, which
strict parsers reject), so the grammar excludes them; and the answer is re-serialised after a
lenient parse, so a stray one can never reach pydantic.

One ``Llama`` per model file per process: loading is paid once and the instance is reused; calls
are serialised with a lock because a llama context is not thread-safe.
"""

from __future__ import annotations

import atexit
import json
import os
import threading
import time
from functools import cache
from typing import Any

from llama_cpp import Llama, llama_grammar
from llama_cpp.llama_grammar import LlamaGrammar
from openai.types.chat import ChatCompletion

from summarizer.backends.grammar import tighten
from summarizer.errors import ProviderError

_LOOSE_CHAR = 'char ::= [^"\\\\] |'
_STRICT_CHAR = 'char ::= [^"\\\\\\x7F\\x01-\\x1F] |'


def schema_grammar(schema: dict[str, Any]) -> str:
    """GBNF text for ``schema`` (held to the small model's bounds) whose strings
    cannot hold raw control characters."""
    gbnf: str = llama_grammar.json_schema_to_gbnf(json.dumps(tighten(schema)))
    if "char ::=" in gbnf and _LOOSE_CHAR not in gbnf:  # an upgrade changed it: fail loudly
        raise RuntimeError("llama-cpp-python's JSON string rule changed; update schema_grammar")
    return gbnf.replace(_LOOSE_CHAR, _STRICT_CHAR)


def response_schema(response_format: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON schema of a request's ``response_format``: instructor's ``json_schema`` shape
    or llama-cpp-python's ``json_object`` + ``schema``."""
    nested = response_format.get("json_schema", {}).get("schema")
    schema: dict[str, Any] | None = nested or response_format.get("schema")
    return schema


def clean_json(text: str) -> str:
    """Re-serialise JSON the model wrote, tolerating raw control characters inside strings."""
    try:
        return json.dumps(json.loads(text, strict=False), ensure_ascii=False)
    except ValueError:
        return text  # let validation report it, and the re-ask show the model its mistake


def _cores() -> int:
    """The cores this process may run on (a container's or taskset's share, not the machine's,
    and no more than OMP_NUM_THREADS, which Ray sets to a worker's CPUs): more llama.cpp threads
    than that spin against each other and crawl."""
    if hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0))
    else:
        cores = os.cpu_count() or 1
    limit = os.environ.get("OMP_NUM_THREADS", "")
    return min(cores, int(limit)) if limit.isdigit() and int(limit) > 0 else cores


class LocalModel:
    """A loaded GGUF model answering chat requests in the OpenAI response shape."""

    def __init__(self, path: str, context_tokens: int) -> None:
        started = time.perf_counter()
        try:
            self._llama = Llama(
                model_path=path,
                n_ctx=context_tokens,
                n_threads=_cores(),
                seed=0,
                verbose=False,
            )
        except (ValueError, RuntimeError) as e:
            raise ProviderError(f"cannot load model file {path}: {e}", original=e) from e
        # At interpreter exit llama-cpp-python's __del__ can run after its C library is torn
        # down and print a TypeError traceback (abetlen/llama-cpp-python#2002): close it first.
        atexit.register(self._llama.close)
        self.load_s = time.perf_counter() - started
        self.path = path
        self.context_tokens = context_tokens
        self._lock = threading.Lock()
        self._grammars: dict[str, LlamaGrammar] = {}

    def count_tokens(self, messages: list[dict[str, str]]) -> int:
        """Prompt tokens of ``messages``, plus a few per message for the chat template."""
        text = "".join(m["content"] for m in messages)
        return len(self._llama.tokenize(text.encode("utf-8"), add_bos=False)) + 5 * len(messages)

    def _grammar(self, schema: dict[str, Any]) -> LlamaGrammar:
        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            self._grammars[key] = LlamaGrammar.from_string(schema_grammar(schema), verbose=False)
        return self._grammars[key]

    def create(
        self,
        *,
        messages: list[dict[str, Any]],
        response_format: dict[str, Any],
        max_tokens: int,
        temperature: float = 0.0,
        **_: Any,
    ) -> ChatCompletion:
        """Answer like ``chat.completions.create`` in instructor's JSON_SCHEMA mode."""
        schema = response_schema(response_format)
        if not schema:
            raise ValueError("the local backend needs a JSON schema to build its grammar")
        with self._lock:
            # A re-ask carries the previous answer: cap this one at what the context has left,
            # so an over-long answer ends as 'length' (and the last full answer is kept).
            max_tokens = min(max_tokens, self.context_tokens - self.count_tokens(messages))
            if max_tokens <= 0:
                raise ProviderError(
                    f"local model: the conversation fills its {self.context_tokens}-token context"
                )
            grammar = self._grammar(schema)
            try:
                raw: Any = self._llama.create_chat_completion(
                    messages=messages,  # type: ignore[arg-type]
                    grammar=grammar,
                    max_tokens=max_tokens,
                    temperature=temperature,
                    repeat_penalty=1.1,
                    seed=0,
                )
            except ValueError as e:  # llama-cpp raises ValueError when the context overflows
                raise ProviderError(f"local model: {e}", original=e) from e
        message = raw["choices"][0]["message"]
        message["content"] = clean_json(message.get("content") or "")
        raw["model"] = os.path.basename(self.path)
        return ChatCompletion.model_validate(raw)


@cache
def load_local_model(path: str, context_tokens: int) -> LocalModel:
    """The process-wide instance for ``path`` (loaded on first use, then reused)."""
    return LocalModel(path, context_tokens)
