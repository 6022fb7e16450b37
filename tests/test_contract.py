"""The contract fits a capable model: a long report's answer (more items than the embedded
model is allowed, sentence-long quotes) comes through the single-call path whole, in one attempt,
and only the embedded model's grammar keeps the small model's limits."""

from __future__ import annotations

import json
from typing import Any

import pytest

from summarizer.backends.grammar import SMALL_MODEL_CHARS, SMALL_MODEL_ITEMS
from summarizer.backends.local import schema_grammar
from summarizer.pipeline import Summarizer
from summarizer.schema import MAX_CHARS, MAX_ITEMS, EventSummary
from summarizer.settings import Settings
from tests.conftest import assert_grounding_guarantees
from tests.fault_server import FaultServer, Reply

CITIES = [
    "Geneva", "Nairobi", "Lima", "Hanoi", "Oslo", "Dakar", "Quito", "Manila", "Tunis",
    "Bogotá", "Accra", "Tbilisi", "Santiago", "Kampala",
]  # fmt: skip
PEOPLE = [
    ("Amara Okafor", "Nigeria"), ("Lucía Fernández", "Peru"), ("Nguyen Van An", "Vietnam"),
    ("Ingrid Solberg", "Norway"), ("Moussa Diop", "Senegal"), ("Carlos Mejía", "Ecuador"),
    ("Maria Santos", "the Philippines"), ("Leila Ben Salah", "Tunisia"),
    ("Andrés Restrepo", "Colombia"), ("Kwame Mensah", "Ghana"), ("Nino Beridze", "Georgia"),
    ("Camila Rojas", "Chile"), ("Grace Namutebi", "Uganda"), ("Johan Keller", "Switzerland"),
]  # fmt: skip


def report() -> tuple[str, list[str]]:
    """A long conference report and the sentence each delegate has in it (each over 200
    characters, longer than the embedded model may quote)."""
    sentences = []
    for (name, country), city in zip(PEOPLE, CITIES, strict=True):
        sentences.append(
            f"{name}, the water minister of {country}, said in {city} that her government "
            f"would spend ${len(sentences) + 2}0 million over five years on rural pipes, pumps "
            "and the training of local engineers, because the droughts of the last decade had "
            "emptied the wells that villages depended on."
        )
    article = "GENEVA (Wire) - Fourteen ministers met for the water summit. " + " ".join(sentences)
    return article, sentences


def evidence(quote: str) -> dict[str, Any]:
    return {"quote": quote}


def capable_answer(sentences: list[str]) -> dict[str, Any]:
    """What a capable model writes: every delegate, city, pledge and view, with whole
    sentences as evidence."""
    people = list(zip(PEOPLE, CITIES, sentences, strict=True))
    return {
        "headline": "Fourteen water ministers pledge money for rural pipes at a Geneva summit",
        "summary": "Fourteen ministers met in Geneva and each pledged money for rural water.",
        "when": None,
        "locations": [
            {"evidence": evidence(s), "name": city, "kind": "city", "role": "mentioned"}
            for _, city, s in people
        ],
        "actors": [
            {
                "evidence": evidence(s),
                "name": name,
                "kind": "person",
                "title_or_role": "water minister",
                "affiliation": country,
            }
            for (name, country), _, s in people
        ],
        "commitments": [
            {
                "evidence": evidence(s),
                "actor": name,
                "action": "spend on rural pipes, pumps and training",
                "amount": {"value": (i + 2) * 1e7, "currency": "USD", "text": f"${i + 2}0 million"},
                "recipient": None,
                "timeframe": "over five years",
                "status": "pledged",
            }
            for i, ((name, _), _, s) in enumerate(people)
        ],
        "expert_views": [
            {
                "evidence": evidence(s),
                "expert": name,
                "affiliation": None,
                "view": s,
                "quote": None,
            }
            for (name, _), _, s in people[:8]
        ],
    }


@pytest.mark.server
def test_a_capable_models_long_answer_comes_through_whole_in_one_attempt() -> None:
    article, sentences = report()
    answer = capable_answer(sentences)
    assert all(len(s) > SMALL_MODEL_CHARS["quote"] for s in sentences)
    assert len(answer["actors"]) > SMALL_MODEL_ITEMS["actors"]
    with FaultServer([], default=Reply(json.dumps(answer))) as server:
        settings = Settings.load(env={}, model="vllm/capable", base_url=server.url, max_reasks=2)
        with Summarizer(settings) as summarizer:
            summary = summarizer.summarize(article)
        assert len(server.requests) == 1
    assert summary.meta is not None and summary.meta.attempts == 1
    assert not summary.meta.warnings
    for field in ("locations", "actors", "commitments", "expert_views"):
        assert len(getattr(summary, field)) == len(answer[field]), field
    assert all(item.grounded for item in summary.items())
    assert_grounding_guarantees(summary, article)
    assert [a.evidence.quote for a in summary.actors] == sentences


def test_the_contract_bounds_only_runaway_output() -> None:
    schema = EventSummary.model_json_schema()
    caps = [
        option.get("maxItems", option.get("maxLength"))
        for definition in [schema, *schema["$defs"].values()]
        for spec in definition["properties"].values()
        for option in [spec, *spec.get("anyOf", [])]
        if "maxItems" in option or "maxLength" in option
    ]
    assert caps and min(caps) >= MAX_ITEMS
    assert {c for c in caps if c > MAX_ITEMS} >= {MAX_CHARS}


def test_the_embedded_models_grammar_keeps_the_small_models_limits() -> None:
    gbnf = schema_grammar(EventSummary.model_json_schema())
    rules = dict(line.split(" ::= ", 1) for line in gbnf.splitlines() if " ::= " in line)
    # The grammar spells a bound out: one optional group per item or character allowed.
    for field in ("locations", "actors", "commitments", "expert_views"):
        rule = rules[field.replace("_", "-")]
        assert rule.count(f"{field.replace('_', '-')}-item") == SMALL_MODEL_ITEMS[field]
    assert rules["Evidence-quote"].count("char") == SMALL_MODEL_CHARS["quote"]
    assert rules["Location-name"].count("char") == SMALL_MODEL_CHARS["name"]


@pytest.mark.server
@pytest.mark.parametrize(("model", "locations"), [("vllm/capable", MAX_ITEMS), ("llamacpp/s", 8)])
def test_only_grammar_servers_get_the_small_models_bounds(model: str, locations: int) -> None:
    article, sentences = report()
    with FaultServer([], default=Reply(json.dumps(capable_answer(sentences)))) as server:
        settings = Settings.load(env={}, model=model, base_url=server.url, max_reasks=0)
        with Summarizer(settings) as summarizer:
            summarizer.summarize(article)
        fmt = server.requests[0].body["response_format"]
    schema = fmt.get("schema") or fmt["json_schema"]["schema"]
    assert schema["properties"]["locations"]["maxItems"] == locations
