"""The embedded model, for real: grammar-constrained output on the seed article."""

from __future__ import annotations

import json

import pytest

from summarizer.backends.local import clean_json, schema_grammar
from summarizer.errors import GroundingError
from summarizer.pipeline import GroundedEventSummary, Summarizer
from summarizer.schema import EventSummary
from summarizer.settings import Settings
from tests.conftest import assert_grounding_guarantees, recorded


def test_grammar_forbids_raw_control_characters_in_strings() -> None:
    gbnf = schema_grammar(EventSummary.model_json_schema())
    char_rule = next(line for line in gbnf.splitlines() if line.startswith("char ::="))
    assert "\\x01-\\x1F" in char_rule and "\\x7F" in char_rule


def test_clean_json_accepts_raw_newlines_and_emits_strict_json() -> None:
    loose = '{"headline": "line one\nline two", "n": 1}'
    with pytest.raises(json.JSONDecodeError):
        json.loads(loose)
    assert json.loads(clean_json(loose)) == {"headline": "line one\nline two", "n": 1}
    assert clean_json("not json") == "not json"


@pytest.fixture(scope="module")
def local() -> Summarizer:
    settings = Settings.load(env={}, model="local", max_reasks=1, strategy="single")
    return Summarizer(settings, recorder=recorded("local-seed"))


@pytest.mark.model
def test_seed_article_on_embedded_model(local: Summarizer, seed_article: str) -> None:
    summary = local.summarize(seed_article)
    # It validates as the public type, and round-trips through JSON.
    assert type(summary) is EventSummary
    assert EventSummary.model_validate_json(summary.model_dump_json()) == summary
    assert_grounding_guarantees(summary, seed_article)
    meta = summary.meta
    assert meta is not None
    assert meta.provider == "local" and meta.model == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert 1 <= meta.attempts <= 2
    assert meta.input_tokens > 1000 and meta.output_tokens > 0
    assert meta.prompt_version == local.prompt.version


@pytest.mark.model
def test_grammar_really_constrains_the_model(local: Summarizer, seed_article: str) -> None:
    """One raw call, no re-ask: whatever the 135M model says parses against the schema (always
    live: the model's own output under the grammar is what this checks)."""
    backend = local.backend
    messages = local.prompt.messages(seed_article)
    backend.count_tokens(messages)  # loads the model
    schema = GroundedEventSummary.model_json_schema()
    completion = backend.local.create(
        messages=messages,
        response_format={"type": "json_schema", "json_schema": {"schema": schema}},
        max_tokens=1500,
    )
    assert completion.choices[0].finish_reason == "stop"
    EventSummary.model_validate_json(completion.choices[0].message.content or "")


@pytest.mark.model
@pytest.mark.parametrize("policy", ["drop", "fail"])
def test_policies_on_the_real_model(seed_article: str, policy: str) -> None:
    settings = Settings.load(env={}, max_reasks=0, on_ungrounded=policy, strategy="single")
    s = Summarizer(settings, recorder=recorded(f"local-policy-{policy}"))
    error: GroundingError | None = None
    try:
        summary = s.summarize(seed_article)
    except GroundingError as e:
        error = e
    if error is not None:  # only 'fail' may raise, and only with problems to name
        assert policy == "fail" and error.problems and error.attempts == 1
        return
    # Whatever survives is grounded; under 'drop' every removal is reported.
    assert all(item.grounded for item in summary.items())
    assert summary.meta is not None
    assert all(w.startswith("dropped ") for w in summary.meta.warnings)
