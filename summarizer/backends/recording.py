"""Record and replay raw model answers, so an eval can be re-scored without the model.

Each answer is stored under a hash of the exact request the model saw: model, messages (so the
prompt version, the article and any re-ask text), the output schema and the token limit. A
changed prompt, schema or article therefore misses the recording instead of reusing a stale
answer. Recordings are one JSON object per line, appended as answers arrive.

Modes: ``replay`` answers only from the recording (a miss is an error naming the fix);
``record`` always asks the model and stores the answer; ``auto`` replays what it has and asks
the model (recording the answer) for the rest.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from openai.types.chat import ChatCompletion

from summarizer.errors import FixtureError, ProviderError

Mode = Literal["replay", "record", "auto"]


def request_key(model: str, kwargs: dict[str, Any]) -> str:
    """A stable hash of everything in a request that can change the answer.

    The model is named by its label ("local", "openai/gpt-4o-mini"), never by the request's own
    model field, which for a local model is a machine-specific file path.
    """
    relevant = {k: v for k, v in kwargs.items() if k not in ("stream", "hooks")}
    text = json.dumps({**relevant, "model": model}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Recorder:
    """A recording file and what this process replayed or added to it."""

    def __init__(self, path: Path, mode: Mode) -> None:
        self.path = path
        self.mode = mode
        self.hits = 0
        self.misses = 0
        self._answers: dict[str, dict[str, Any]] = {}
        if path.exists():
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as e:
                reason = e.strerror if isinstance(e, OSError) else f"not UTF-8 (byte {e.start})"
                raise FixtureError(f"{path}: cannot read recording: {reason}", path=path) from None
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line)
                    self._answers[entry["request"]] = entry["response"]
                except (ValueError, KeyError, TypeError):
                    raise FixtureError(
                        f"{path}:{number}: not a recording line: re-record with --replay record",
                        path=path,
                        field=f"line {number}",
                    ) from None
        elif mode == "replay":
            raise FixtureError(
                f"{path}: no such recording: make one with --replay record", path=path
            )

    def _lookup(self, model: str, kwargs: dict[str, Any]) -> tuple[str, ChatCompletion | None]:
        key = request_key(model, kwargs)
        if self.mode != "record" and key in self._answers:
            self.hits += 1
            return key, ChatCompletion.model_validate(self._answers[key])
        if self.mode == "replay":
            raise ProviderError(
                f"{model}: no recorded answer for this request (prompt, schema or article "
                f"changed?): re-record with --replay record, or use --replay auto"
            )
        self.misses += 1
        return key, None

    def _store(self, key: str, model: str, response: ChatCompletion) -> None:
        answer = response.model_dump(mode="json")
        self._answers[key] = answer
        entry = {"request": key, "model": model, "response": answer}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def wrap(self, create: Callable[..., Any], model: str) -> Callable[..., Any]:
        """A blocking ``create`` that replays or records around the real one."""

        def recorded(**kwargs: Any) -> Any:
            key, answer = self._lookup(model, kwargs)
            if answer is None:
                answer = create(**kwargs)
                self._store(key, model, answer)
            return answer

        return recorded

    def awrap(self, create: Callable[..., Any], model: str) -> Callable[..., Any]:
        """The async counterpart of :meth:`wrap`."""

        async def recorded(**kwargs: Any) -> Any:
            key, answer = self._lookup(model, kwargs)
            if answer is None:
                answer = await create(**kwargs)
                self._store(key, model, answer)
            return answer

        return recorded
