"""The pipeline: article -> prompt -> model (validated, grounded, re-asked) -> EventSummary.

Three strategies (``Settings.strategy``): ``single`` asks for the whole summary in one call;
``guided`` (``guided.py``) asks small questions whose answers are chosen from the article;
``extract`` makes no model call: the summary is assembled from what the text supports.

Grounding runs inside validation, so a fabricated quote or name is a validation error that
instructor sends back to the model with the nearest real passage. The article reaches the
validator through a context variable rather than instructor's ``context=``: instructor renders
every message as a Jinja template whenever a context is passed, and article text must never be
treated as a template.
"""

from __future__ import annotations

import json
import logging
import time
from contextvars import ContextVar
from functools import cached_property
from typing import TYPE_CHECKING, Self

from pydantic import BaseModel, ValidationError, model_validator

from summarizer.article import check_text
from summarizer.assemble import assemble, rules_version
from summarizer.backends import Extraction, open_backend
from summarizer.errors import InputError, SummaryValidationError
from summarizer.extract import Candidates, find_candidates, settle
from summarizer.grounding import ArticleIndex, apply_policy, ground
from summarizer.guided import GuidedPrompt, Plan, ask, load_guided_prompt
from summarizer.prompting import Prompt, load_prompt, prompt_dir
from summarizer.schema import EventSummary, Meta
from summarizer.settings import Settings

if TYPE_CHECKING:
    from summarizer.backends.client import Backend
    from summarizer.backends.recording import Recorder

# Context the guided strategy keeps free for its question, its list of choices and the answer.
GUIDED_RESERVE_TOKENS = 1200

# US dollars per million tokens (input, output), where the price is known.
PRICES: dict[str, tuple[float, float]] = {
    "openai/gpt-4o-mini": (0.15, 0.60),
    "openai/gpt-4o": (2.50, 10.00),
    "openai/gpt-4.1-mini": (0.40, 1.60),
    "openai/gpt-4.1": (2.00, 8.00),
}

_ARTICLE: ContextVar[ArticleIndex | None] = ContextVar("summarizer_article", default=None)
_logger = logging.getLogger("summarizer")


class GroundedEventSummary(EventSummary):
    """A neutral, evidence-backed summary of one news article."""

    @model_validator(mode="after")
    def _check_grounding(self) -> Self:
        index = _ARTICLE.get()
        if index is not None and (problems := ground(self, index)):
            raise ValueError(
                "these items are not supported by the article:\n"
                + "\n".join(f"- {p.message}" for p in problems)
            )
        return self


class Summarizer:
    """Summarises articles with one configured model; reuse it across articles.

    Args:
        settings: the configuration; ``Settings.load()`` (environment, then defaults) if None.
        prompt: the prompt set; if None, the one in ``settings.prompts`` (else the packaged one).
        recorder: replays or records raw model answers (evals); None to always ask the model.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        prompt: Prompt | None = None,
        recorder: Recorder | None = None,
    ) -> None:
        self.settings = settings or Settings.load()
        self.target = self.settings.target()  # configuration errors surface here
        self.recorder = recorder
        prompts = prompt_dir(self.settings.prompts)
        self.prompt = prompt or load_prompt(prompts)
        self.strategy = self.settings.resolved_strategy()
        self.guided_prompt: GuidedPrompt | None = (
            load_guided_prompt(prompts) if self.strategy == "guided" else None
        )
        self._log_broken = False

    @cached_property
    def backend(self) -> Backend:
        """The model client, opened on the first question: ``extract`` never asks one."""
        return open_backend(self.settings, self.recorder)

    @property
    def prompt_version(self) -> str:
        """The version of the prompt this summarizer's strategy sends (for ``extract``, which
        sends none, the version of the extraction rules)."""
        if self.strategy == "extract":
            return rules_version()
        return self.guided_prompt.version if self.guided_prompt else self.prompt.version

    def close(self) -> None:
        """Release the backend's HTTP connections."""
        if "backend" in self.__dict__:
            self.backend.close()

    async def aclose(self) -> None:
        """Release the HTTP connections opened on the running event loop."""
        if "backend" in self.__dict__:
            await self.backend.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _messages(self, text: str) -> list[dict[str, str]]:
        messages = self.prompt.messages(check_text(text))
        limit = self.settings.context_tokens
        prompt_tokens = self.backend.count_tokens(messages)
        if prompt_tokens is not None and prompt_tokens + self.settings.max_output_tokens > limit:
            raise InputError(
                f"article is too long for {self.target.label}: {prompt_tokens} prompt "
                f"tokens + {self.settings.max_output_tokens} for the answer exceed its context "
                f"of {limit} tokens; shorten the article or use a model with a larger context"
            )
        return messages

    def summarize(self, text: str, *, source: str | None = None) -> EventSummary:
        """Summarise one article (and log it, with ``source``, when ``settings.log`` is on).

        Raises:
            InputError: the text is empty, binary, or too long for the model.
            ProviderError: the backend failed after its transport retries.
            SummaryValidationError: no valid answer within the allowed re-asks
                (``GroundingError`` under the ``fail`` policy).
        """
        return self._logged(self._summarize(text), text, source)

    async def asummarize(self, text: str, *, source: str | None = None) -> EventSummary:
        """Like :meth:`summarize`, without blocking the event loop."""
        return self._logged(await self._asummarize(text), text, source)

    def _logged(self, summary: EventSummary, text: str, source: str | None) -> EventSummary:
        """Write ``summary`` to the run log when logging is on. A log that cannot be written is
        one warning (once per summarizer), never a lost summary."""
        if not self.settings.log or self._log_broken:
            return summary
        import sqlite3  # imported when logging is on: sqlite-utils costs 0.2 s to import

        from summarizer import runlog

        path = self.settings.log_path()
        try:
            runlog.record(
                path,
                summary,
                text,
                model=self.target.label,
                source=source,
                policy=self.settings.on_ungrounded,
                max_reasks=self.settings.max_reasks,
            )
        except (sqlite3.Error, OSError) as e:
            self._log_broken = True
            _logger.warning("cannot write the run log at %s (%s): not logged", path, e)
        return summary

    def _summarize(self, text: str) -> EventSummary:
        if self.strategy != "single":
            started, usage = time.perf_counter(), _Usage()
            found, steps = self._extract(text)
            answer = None
            try:
                while True:
                    question = steps.send(answer)
                    answer = usage.add(self.backend.extract(question.messages, question.model))
            except StopIteration as done:
                return self._finish_extracted(text, found, done.value, usage, started)
        messages = self._messages(text)
        started = time.perf_counter()
        token = _ARTICLE.set(ArticleIndex(text))
        try:
            extraction = self.backend.extract(messages, GroundedEventSummary)
        finally:
            _ARTICLE.reset(token)
        return self._finish(text, extraction, started)

    async def _asummarize(self, text: str) -> EventSummary:
        if self.strategy != "single":
            started, usage = time.perf_counter(), _Usage()
            found, steps = self._extract(text)
            answer = None
            try:
                while True:
                    question = steps.send(answer)
                    extraction = await self.backend.aextract(question.messages, question.model)
                    answer = usage.add(extraction)
            except StopIteration as done:
                return self._finish_extracted(text, found, done.value, usage, started)
        messages = self._messages(text)
        started = time.perf_counter()
        token = _ARTICLE.set(ArticleIndex(text))
        try:
            extraction = await self.backend.aextract(messages, GroundedEventSummary)
        finally:
            _ARTICLE.reset(token)
        return self._finish(text, extraction, started)

    def _extract(self, text: str) -> tuple[Candidates, Plan]:
        """The article's candidates, and the model's questions about them (none unless the
        strategy is guided: then the prior types what the text leaves open)."""
        found = find_candidates(check_text(text))
        if self.guided_prompt is None:
            settle(found)
            return found, _no_questions()
        budget = None
        tokens = self.backend.count_tokens([{"role": "user", "content": text}])
        room = self.settings.context_tokens - GUIDED_RESERVE_TOKENS
        if tokens is not None and tokens > room:
            budget = int(len(text) * room / tokens * 0.95)
        return found, ask(found, self.guided_prompt, article_chars=budget)

    def _finish_extracted(
        self, text: str, found: Candidates, warnings: list[str], usage: _Usage, started: float
    ) -> EventSummary:
        summary, refused = assemble(found)
        # Grounded by construction; checking anyway records the spans and catches any bug.
        warnings = (
            warnings
            + refused
            + apply_policy(
                summary, ground(summary, text), self.settings.on_ungrounded, attempts=usage.attempts
            )
        )
        summary.meta = self._meta(
            usage.attempts, usage.input_tokens, usage.output_tokens, started, warnings
        )
        return summary

    def _finish(self, text: str, extraction: Extraction, started: float) -> EventSummary:
        if extraction.value is not None:
            summary = EventSummary.model_validate(extraction.value.model_dump())
            warnings: list[str] = []
        else:
            summary = self._salvage(extraction)
            warnings = apply_policy(
                summary,
                ground(summary, text),
                self.settings.on_ungrounded,
                attempts=extraction.attempts,
            )
        summary.meta = self._meta(
            extraction.attempts,
            extraction.input_tokens,
            extraction.output_tokens,
            started,
            warnings,
        )
        return summary

    def _meta(
        self,
        attempts: int,
        input_tokens: int,
        output_tokens: int,
        started: float,
        warnings: list[str],
    ) -> Meta:
        """How the summary was made: model, strategy, prompt, usage, cost and latency."""
        target = self.target
        price = PRICES.get(target.label)
        cost = 0.0 if target.family == "local" else None
        if price:
            cost = (input_tokens * price[0] + output_tokens * price[1]) / 1e6
        return Meta(
            model=target.model if target.family != "local" else target.model.rsplit("/", 1)[-1],
            provider=target.family,
            strategy=self.strategy,
            prompt_version=self.prompt_version,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            attempts=attempts,
            latency_s=round(time.perf_counter() - started, 3),
            cost_usd=cost,
            warnings=warnings,
        )

    def _salvage(self, extraction: Extraction) -> EventSummary:
        """The last answer, schema-checked without grounding, once re-asks have run out."""
        try:
            return EventSummary.model_validate(json.loads(extraction.raw or "", strict=False))
        except (ValueError, ValidationError):
            reason = (extraction.error or "no answer").strip().splitlines()[0]
            raise SummaryValidationError(
                f"{self.target.label}: no valid answer after {extraction.attempts} "
                f"attempt(s): {reason}",
                attempts=extraction.attempts,
                last_raw=extraction.raw,
            ) from None


def _no_questions() -> Plan:
    """A plan that asks nothing."""
    return []
    yield  # a generator: the first send() ends it with no warnings


class _Usage:
    """Attempts and tokens summed over the guided strategy's questions."""

    def __init__(self) -> None:
        self.attempts = self.input_tokens = self.output_tokens = 0

    def add(self, extraction: Extraction) -> BaseModel | None:
        self.attempts += extraction.attempts
        self.input_tokens += extraction.input_tokens
        self.output_tokens += extraction.output_tokens
        return extraction.value
