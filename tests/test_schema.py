"""The schema is the contract: what the model sees, what it may not write, what callers get."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest
from pydantic import ValidationError

import summarizer
from summarizer.prompting import load_prompt
from summarizer.schema import MAX_CHARS, MAX_ITEMS, EventSummary


def answer() -> dict[str, Any]:
    return load_prompt().example_answer.model_dump(mode="json", exclude={"meta"})


def test_model_facing_schema_hides_code_filled_fields() -> None:
    text = json.dumps(EventSummary.model_json_schema())
    for hidden in ('"start"', '"end"', '"grounded"', '"meta"'):
        assert hidden not in text
    schema = EventSummary.model_json_schema()
    assert schema["required"] == [
        "headline",
        "summary",
        "when",
        "locations",
        "actors",
        "commitments",
        "expert_views",
    ]


def test_every_model_facing_field_is_described_and_bounded() -> None:
    schema = EventSummary.model_json_schema()
    for name, definition in [("EventSummary", schema), *schema["$defs"].items()]:
        for field, spec in definition["properties"].items():
            assert spec.get("description"), f"{name}.{field} has no description"
            strings = [spec, *spec.get("anyOf", [])]
            for s in strings:
                if s.get("type") == "string" and "enum" not in s and "format" not in s:
                    assert "maxLength" in s or "pattern" in s, f"{name}.{field} is unbounded"
                if s.get("type") == "array":
                    assert "maxItems" in s, f"{name}.{field} is unbounded"


def test_empty_lists_are_valid() -> None:
    data = answer() | {"locations": [], "actors": [], "commitments": [], "expert_views": []}
    assert EventSummary.model_validate(data).items() == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("actors", 0, "kind"), "wizard"),
        (("locations", 0, "role"), "somewhere"),
        (("commitments", 0, "status"), "maybe"),
        (("commitments", 0, "amount", "currency"), "dollars"),
        (("commitments", 0, "amount", "value"), -5),
        (("commitments", 0, "amount", "value"), float("inf")),
        (("headline",), "x" * (MAX_CHARS + 1)),
        (("when",), "next Tuesday"),
        (("actors", 0, "evidence", "quote"), ""),
    ],
)
def test_invalid_values_are_rejected(path: tuple[Any, ...], value: Any) -> None:
    data = answer()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValidationError):
        EventSummary.model_validate(data)


def test_lists_are_bounded_only_against_runaway_output() -> None:
    data = answer()
    data["actors"] = data["actors"][:1] * MAX_ITEMS
    assert len(EventSummary.model_validate(data).actors) == MAX_ITEMS
    data["actors"].append(data["actors"][0])
    with pytest.raises(ValidationError, match="at most 50 items"):
        EventSummary.model_validate(data)


def test_exports_are_curated_and_sorted() -> None:
    # Order is isort-style, kept by ruff (RUF022); here: no duplicates, nothing missing.
    assert len(set(summarizer.__all__)) == len(summarizer.__all__)
    public = {
        name
        for name in dir(summarizer)
        if not name.startswith("_") and not inspect.ismodule(getattr(summarizer, name))
    }
    assert public == set(summarizer.__all__)
