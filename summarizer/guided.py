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
import re
from collections.abc import Generator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, create_model

from summarizer.assemble import assemble
from summarizer.errors import ConfigError
from summarizer.extract import find_candidates
from summarizer.extract.commitments import find_commitments
from summarizer.extract.views import find_views
from summarizer.prompting import PROMPTS_DIR, neutralise
from summarizer.schema import EventSummary

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
def load_guided_prompt(path: Path = PROMPTS_DIR / "guided.json") -> GuidedPrompt:
    """The guided strategy's prompt file; its version is a hash of the file."""
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


@dataclass
class Outcome:
    summary: EventSummary
    warnings: list[str] = field(default_factory=list)


Plan = Generator[Question, BaseModel | None, Outcome]


def plan(
    text: str, prompt: GuidedPrompt | None = None, *, article_chars: int | None = None
) -> Plan:
    """Ask the questions one by one (send each answer, or None when it failed), then assemble.

    Args:
        text: the article.
        prompt: the guided prompt set; the packaged one if None.
        article_chars: show the model at most this much of the article (whole sentences), for
            an article longer than its context. Candidates still come from the whole article.
    """
    prompt = prompt or load_guided_prompt()
    found = find_candidates(text)
    warnings: list[str] = []
    shown = text
    if article_chars is not None and len(text) > article_chars:
        cut = max((s.end for s in found.sentences if s.end <= article_chars), default=article_chars)
        shown = text[:cut]
        warnings.append(
            f"guided: the article is longer than the model's context; its questions saw the "
            f"first {cut} of {len(text)} characters (names and items come from all of it)"
        )

    unknown = [n for n in found.names if n.kind is None][:MAX_QUESTIONS]
    failed = 0
    for name in unknown:
        # One name per question: asked for a list, the small model copies a pattern instead.
        choices: Any = Literal[_likely_kinds(name.text, text)]
        kinds = create_model("Kind", kind=(choices, ...))
        answer = yield Question("kind", prompt.messages("kind", shown, name=name.text), kinds)
        if answer is None:
            failed += 1
            continue
        kind = answer.model_dump()["kind"]
        name.kind = None if kind == "other" else kind
    if failed:
        warnings.append(
            f"guided: the model did not say what {failed} name(s) are; they are left out"
        )
    if unknown:
        # Who commits and who is an expert depend on the kinds just learned.
        found.commitments = find_commitments(text, found.sentences, found.names)
        found.views = find_views(text, found.sentences, found.names)
    return Outcome(assemble(found), warnings)


def _likely_kinds(name: str, text: str) -> tuple[str, ...]:
    """The kinds a name can have, likeliest first, from its shape and how the text uses it.

    A model held to an enum leans to its first option, so the order is the prior and the model
    may overrule it. A lone word is no person here (surnames are folded into full names before
    this), and it leads as an organisation where the text makes it act or own ("Quantara said",
    "Bluewing's shares"); as a place otherwise. Asked with every kind in the same order, the
    model called "Kyiv", "Tallinn" and "Antofagasta" organisations.
    """
    if " " in name:
        return ("person", "organization", "place", "other")
    verbs = "said|says|will|would|has|had|is|was|announced|plans|shares|chief"
    acts = rf"(?<!\w){re.escape(name)}(?:['’]s\b| (?:{verbs})\b)"
    if re.search(r"[a-z][A-Z]|^[A-Z]+$", name) or re.search(acts, text):
        return ("organization", "place", "other")
    return ("place", "organization", "other")


__all__ = ["GuidedPrompt", "Outcome", "Plan", "Question", "assemble", "load_guided_prompt", "plan"]
