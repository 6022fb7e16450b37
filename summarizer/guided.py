"""The guided strategy: small questions whose answers are chosen from the article itself.

A 135M-parameter model cannot fill a nested JSON summary: it invents names, copies the first
sentence everywhere and repeats itself. Asked one small question at a time, with its choices
held to what the article contains (``candidates.py`` finds them; each answer's JSON schema is an
enum of them, which a llama.cpp grammar or a strict-schema server enforces), it can help: every
name comes out verbatim by construction, and every item's evidence is a span of the article.

What the model is asked was settled by the eval (README, "How good is the embedded model?"):
it is asked, one name at a time, what each name is that the text alone cannot type (person,
organisation, place or other), after the same article prefix, so llama.cpp reuses its KV cache.
Asking it for a headline gave gibberish, asking it to vet candidate commitments lost more than
it kept, and asking about all names in one list made it copy the example's answer pattern, so
those are not asked. Everything else is assembled from the candidates. A question the model
fails to answer leaves that name out, with a warning.

The plan is a generator that yields questions and receives answers, so the same code drives the
sync and the async pipeline.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Generator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, create_model

from summarizer.errors import ConfigError
from summarizer.extract import Candidates
from summarizer.extract.entity import Kind
from summarizer.extract.kinds import likely_kinds
from summarizer.prompting import PROMPTS_DIR, neutralise

Message = dict[str, str]
MAX_QUESTIONS = 16  # names the model is asked about, at most, per article


@dataclass(frozen=True)
class GuidedPrompt:
    """The guided strategy's prompt file: system text, user template and questions."""

    version: str
    system: str
    user: str
    questions: dict[str, str]

    def messages(self, question: str, article: str, **fields: str) -> list[Message]:
        """The article first and the question last, so every question shares the prefix (and
        llama.cpp's KV cache of it)."""
        # str.format substitutes values without parsing them: braces in an article stay text.
        asked = self.questions[question].format(**fields)
        user = self.user.format(article=neutralise(article), question=asked)
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]


@cache
def load_guided_prompt(directory: Path = PROMPTS_DIR) -> GuidedPrompt:
    """The guided strategy's prompt file, ``guided.json`` in ``directory`` (the other prompt
    files' folder); its version is a hash of the file."""
    path = directory / "guided.json"
    try:
        source = path.read_text(encoding="utf-8")
        data = json.loads(source)
        prompt = GuidedPrompt(
            hashlib.sha256(source.encode()).hexdigest()[:12],
            str(data["system"]),
            str(data["user"]),
            {str(k): str(v) for k, v in data["questions"].items()},
        )
        prompt.messages("kind", "", name="")
    except (OSError, ValueError, KeyError, TypeError, IndexError) as e:
        raise ConfigError(f"invalid guided prompt file {path}: {e}") from e
    return prompt


@dataclass(frozen=True)
class Question:
    """One request of the plan: the messages and the answer's (per-article) model."""

    name: str
    messages: list[Message]
    model: type[BaseModel]


Plan = Generator[Question, BaseModel | None, list[str]]


def ask(found: Candidates, prompt: GuidedPrompt, *, article_chars: int | None = None) -> Plan:
    """Ask what each name is that the text leaves open, one question at a time (send each
    answer, or None when it failed), then retype the candidates; returns the warnings.

    Args:
        found: the article's candidates; their names' kinds are set from the answers.
        prompt: the guided prompt set.
        article_chars: show the model at most this much of the article (whole sentences), for
            an article longer than its context. Candidates still come from the whole article.
    """
    text = found.text
    warnings: list[str] = []
    shown = text
    if article_chars is not None and len(text) > article_chars:
        cut = max((s.end for s in found.sentences if s.end <= article_chars), default=article_chars)
        shown = text[:cut]
        warnings.append(
            f"guided: the article is longer than the model's context; its questions saw the "
            f"first {cut} of {len(text)} characters (names and items come from all of it)"
        )
    unknown = found.unknown()[:MAX_QUESTIONS]
    kinds: dict[str, Kind | None] = {}
    failed = 0
    for name in unknown:
        # One name per question: asked for a list, the small model copies a pattern instead.
        choices: Any = Literal[likely_kinds(name.text, text)]
        model = create_model("Kind", kind=(choices, ...))
        answer = yield Question("kind", prompt.messages("kind", shown, name=name.text), model)
        if answer is None:
            failed += 1
            continue
        kinds[name.text] = answer.model_dump()["kind"]
    if failed:
        warnings.append(
            f"guided: the model did not say what {failed} name(s) are; they are left out"
        )
    if unknown:
        found.retype(kinds)
    return warnings


__all__ = ["GuidedPrompt", "Plan", "Question", "ask", "load_guided_prompt"]
