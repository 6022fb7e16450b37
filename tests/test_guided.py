"""The guided strategy: answers are chosen from the article, so what comes out is grounded
whatever the model says; checked on every fixture, on the wire, and on the embedded model."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from summarizer.assemble import assemble
from summarizer.errors import ConfigError
from summarizer.evaluation.fixtures import load_fixtures
from summarizer.evaluation.scoring import hallucinated_names
from summarizer.extract import find_candidates
from summarizer.grounding import ground
from summarizer.guided import ask as ask_questions
from summarizer.guided import load_guided_prompt
from summarizer.pipeline import Summarizer
from summarizer.schema import EventSummary
from summarizer.settings import Settings
from tests.conftest import ROOT, assert_grounding_guarantees, recorded
from tests.fault_server import FaultServer, Reply

FIXTURES = load_fixtures(ROOT / "evals" / "fixtures")
EVERY = FIXTURES + load_fixtures(ROOT / "evals" / "holdout")
CHOICES = ("person", "organization", "place", "other")


def _answer(kind: str | None) -> Any:
    """Answer every question with ``kind`` where it is offered, else the first option offered."""

    def choose(schema: dict[str, Any]) -> dict[str, str] | None:
        offered = schema["properties"]["kind"]["enum"]
        return None if kind is None else {"kind": kind if kind in offered else offered[0]}

    return choose


@dataclass
class Outcome:
    summary: EventSummary
    warnings: list[str]


def _drive(text: str, choose: Any, **kwargs: Any) -> tuple[Outcome, list[dict[str, Any]]]:
    """Extract, ask, answering each question with ``choose(question)``, and assemble; return
    the outcome and what was asked."""
    found = find_candidates(text)
    steps, asked = ask_questions(found, load_guided_prompt(), **kwargs), []
    answer: BaseModel | None = None
    try:
        while True:
            question = steps.send(answer)
            schema = question.model.model_json_schema()
            asked.append({"messages": question.messages, "schema": schema})
            reply = choose(schema)
            answer = None if reply is None else question.model.model_validate(reply)
    except StopIteration as done:
        summary, refused = assemble(found)
        return Outcome(summary, done.value + refused), asked


@pytest.mark.parametrize("fixture", EVERY, ids=[f.id for f in EVERY])
@pytest.mark.parametrize("choice", [*CHOICES, None])
def test_whatever_the_model_answers_every_item_is_grounded(
    fixture: Any, choice: str | None
) -> None:
    outcome, asked = _drive(fixture.text, _answer(choice))
    summary = outcome.summary
    assert ground(summary, fixture.text) == []
    assert hallucinated_names(summary, fixture.text) == []
    for item in summary.items():
        assert fixture.text[item.evidence.start : item.evidence.end] == item.evidence.quote  # type: ignore[misc]
    if choice is None and asked:
        assert any("did not say what" in w for w in outcome.warnings)


def test_one_question_per_unknown_name_likeliest_kind_first() -> None:
    text = next(f.text for f in FIXTURES if f.id == "berlin-marathon-world-record")
    _, asked = _drive(text, _answer("person"))
    questions = {a["messages"][-1]["content"].rsplit("<", 1)[-1]: a["schema"] for a in asked}
    prefixes = {a["messages"][-1]["content"].split("</article>")[0] for a in asked}
    assert len(prefixes) == 1  # every question shares the article prefix (llama.cpp's KV cache)
    by_name = {q.split('what is "')[1].split('"')[0]: schema for q, schema in questions.items()}
    assert "Lena Hoffmann" in by_name and "Abebe Tadesse" in by_name
    for name, schema in by_name.items():
        assert name in text  # verbatim: every name asked about is the article's own
        assert set(schema["properties"]["kind"]["enum"]) <= set(CHOICES)
    assert by_name["Lena Hoffmann"]["properties"]["kind"]["enum"][0] == "person"
    assert "Iten" not in by_name  # "in Iten" and the gazetteer say what it is


def test_the_model_s_kinds_decide_what_the_text_could_not() -> None:
    text = next(f.text for f in FIXTURES if f.id == "berlin-marathon-world-record")
    people, _ = _drive(text, _answer("person"))
    others, _ = _drive(text, _answer("other"))
    assert "Lena Hoffmann" in [a.name for a in people.summary.actors]
    assert "Lena Hoffmann" not in [a.name for a in others.summary.actors]


def test_an_article_longer_than_the_context_is_shown_in_part_and_says_so() -> None:
    text = next(f.text for f in FIXTURES if f.id == "long-inquiry-report")
    outcome, asked = _drive(text, _answer("place"), article_chars=5000)
    shown = asked[0]["messages"][-1]["content"]
    assert len(shown) < 5000 + 2000 and text[:200] in shown
    assert any("longer than the model's context" in w for w in outcome.warnings)
    # Names from the part the model never saw are still found.
    assert "Alan Reddy" in [a.name for a in outcome.summary.actors]


def test_a_broken_prompt_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "guided.json"
    bad.write_text(json.dumps({"system": "x", "user": "{nope}", "questions": {}}), encoding="utf-8")
    # (a template naming a field the code never fills)
    with pytest.raises(ConfigError, match="invalid guided prompt file"):
        load_guided_prompt(tmp_path)


def test_strategy_setting() -> None:
    assert Settings.load(env={}).resolved_strategy() == "extract"
    assert Settings.load(env={}, model="vllm/q").resolved_strategy() == "single"
    assert Settings.load(env={"SUMMARIZER_STRATEGY": "single"}).resolved_strategy() == "single"
    assert Settings.load(env={}, model="vllm/q", strategy="guided").resolved_strategy() == "guided"
    assert Settings.load(env={}, strategy="extract").resolved_strategy() == "extract"
    with pytest.raises(ConfigError, match="strategy must be one of auto, single, guided, extract"):
        Settings.load(env={"SUMMARIZER_STRATEGY": "clever"})


@pytest.mark.server
def test_guided_on_the_wire_against_a_loopback_server() -> None:
    text = next(f.text for f in FIXTURES if f.id == "medipost-data-breach-fine")
    _, asked = _drive(text, _answer("organization"))
    with FaultServer([], default=Reply('{"kind": "organization"}')) as server:
        settings = Settings.load(
            env={}, model="vllm/q", base_url=server.url, max_reasks=0, strategy="guided"
        )
        with Summarizer(settings) as summarizer:
            summary = summarizer.summarize(text)
            version = summarizer.prompt_version
        sent = server.requests[0].body
    assert sent["response_format"]["json_schema"]["schema"]["required"] == ["kind"]
    assert len(server.requests) == len(asked)
    assert "MediPost" in [a.name for a in summary.actors]
    assert summary.meta is not None
    assert summary.meta.attempts == len(asked) and summary.meta.prompt_version == version
    assert_grounding_guarantees(summary, text)


@pytest.mark.server
def test_a_garbage_answer_falls_back_to_the_candidates() -> None:
    text = next(f.text for f in FIXTURES if f.id == "medipost-data-breach-fine")
    with FaultServer([], default=Reply("this is not json")) as server:
        settings = Settings.load(
            env={}, model="vllm/q", base_url=server.url, max_reasks=0, strategy="guided"
        )
        with Summarizer(settings) as summarizer:
            summary = summarizer.summarize(text)
    assert summary.meta is not None
    assert any("did not say what" in w for w in summary.meta.warnings)
    assert "Marieke de Vries" in [a.name for a in summary.actors]  # typed by the text alone
    assert_grounding_guarantees(summary, text)


@pytest.mark.model
def test_guided_on_the_embedded_model() -> None:
    text = next(f.text for f in FIXTURES if f.id == "berlin-marathon-world-record")
    asked = len(find_candidates(text).unknown())
    assert asked >= 1  # names the text leaves open: one question each
    summarizer = Summarizer(Settings.load(env={}, max_reasks=0, strategy="guided"))
    summary = summarizer.summarize(text)
    assert_grounding_guarantees(summary, text)
    assert all(item.grounded for item in summary.items())
    assert hallucinated_names(summary, text) == []
    assert summary.meta is not None and summary.meta.attempts == asked
    assert summary.meta.strategy == "guided"
    assert summary.meta.prompt_version == load_guided_prompt().version


@pytest.mark.model
def test_an_article_longer_than_the_context_on_the_embedded_model() -> None:
    text = next(f.text for f in FIXTURES if f.id == "long-inquiry-report")
    settings = Settings.load(env={}, max_reasks=0, strategy="guided")
    summary = Summarizer(settings, recorder=recorded("guided-long")).summarize(text)
    assert summary.meta is not None
    assert any("longer than the model's context" in w for w in summary.meta.warnings)
    assert_grounding_guarantees(summary, text)
    assert "Alan Reddy" in [a.name for a in summary.actors]  # named after the part shown
