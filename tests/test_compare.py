"""The peer comparison without a model: langextract extractions mapped onto EventSummary (skipped
where langextract, the `compare` extra, is not installed), and the table and JSON writers."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from summarizer.backends.grammar import SMALL_MODEL_ITEMS
from summarizer.evaluation.compare import (
    SystemRun,
    _first_line,
    comparison_table,
    markdown_table,
    parse_systems,
    pipeline_settings,
    write_comparison,
)
from summarizer.evaluation.fixtures import load_fixture
from summarizer.evaluation.peers import extractions_to_summary, first_sentence
from summarizer.evaluation.scoring import failed_article, score_article
from summarizer.grounding import ground
from summarizer.schema import EventSummary, Evidence, Location

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (
    "BERLIN, May 4 (Wire) - Chancellor Anna Weber pledged €300 million on Monday to rebuild "
    'bridges in Saxony. "It is overdue," said Jonas Brandt, an engineer at TU Dresden.\n'
)


def extraction(cls: str, text: str, **attributes: str) -> object:
    lx = pytest.importorskip("langextract")
    return lx.data.Extraction(extraction_class=cls, extraction_text=text, attributes=attributes)


def test_extractions_map_onto_event_summary() -> None:
    extractions = [
        extraction("location", "BERLIN", kind="city", role="event"),
        extraction("location", "Saxony", kind="province", role=""),  # unknown kind -> other
        extraction("location", "BERLIN", kind="city", role="event"),  # a repeat from a chunk
        extraction("actor", "Anna Weber", kind="person", title_or_role="Chancellor"),
        extraction(
            "commitment",
            "pledged €300 million on Monday to rebuild bridges",
            actor="Anna Weber",
            amount="€300 million",
            status="pledged",
        ),
        extraction("commitment", "rebuild bridges", actor=""),  # no actor: dropped
        extraction(
            "expert_view", "It is overdue", expert="Jonas Brandt", view="The work is overdue."
        ),
        extraction("weather", "sunny"),  # a class we have no field for: ignored
    ]
    summary = extractions_to_summary(ARTICLE, extractions)

    assert summary.headline == summary.summary == first_sentence(ARTICLE)
    assert summary.headline.startswith("BERLIN, May 4") and summary.headline.endswith("Saxony.")
    assert summary.when is None
    assert [(x.name, x.kind, x.role) for x in summary.locations] == [
        ("BERLIN", "city", "event"),
        ("Saxony", "other", "mentioned"),
    ]
    assert [(a.name, a.kind, a.title_or_role, a.affiliation) for a in summary.actors] == [
        ("Anna Weber", "person", "Chancellor", None)
    ]
    [pledge] = summary.commitments
    assert pledge.actor == "Anna Weber" and pledge.status == "pledged"
    assert pledge.amount is not None
    assert (pledge.amount.value, pledge.amount.currency) == (300_000_000, "EUR")
    [view] = summary.expert_views
    assert (view.expert, view.view, view.quote) == ("Jonas Brandt", "The work is overdue.", None)

    # The extraction texts are the evidence, so our checker grounds every item.
    assert ground(summary, ARTICLE) == []
    assert all(item.grounded for item in summary.items())


def test_mapping_keeps_to_the_embedded_models_limits() -> None:
    limit = SMALL_MODEL_ITEMS["locations"]
    places = [extraction("location", f"Place{i}") for i in range(limit + 3)]
    summary = extractions_to_summary("One sentence only", places)
    assert len(summary.locations) == limit
    assert summary.headline == "One sentence only"


def test_table_json_and_markdown(tmp_path: Path) -> None:
    fixture = load_fixture(ROOT / "evals" / "fixtures" / "helsinki-ferry-storm-brief.json")
    helsinki = Location(
        evidence=Evidence(quote="Helsinki"), name="Helsinki", kind="city", role="event"
    )
    found = extractions_to_summary(fixture.text, []).model_copy(update={"locations": [helsinki]})
    runs = [
        SystemRun("langextract", "a note", [score_article(fixture, found)]),
        SystemRun("instructor", "another note", [failed_article(fixture, "HTTP 500")]),
    ]
    out = tmp_path / "sub" / "comparison.json"
    write_comparison(runs, out, fixtures="evals/fixtures", limit=1)

    data = json.loads(out.read_text(encoding="utf-8"))
    lang = data["systems"]["langextract"]
    assert data["limit"] == 1 and lang["note"] == "a note"
    assert lang["metrics"]["locations.recall"] == pytest.approx(1 / 5)
    assert lang["metrics"]["hallucinated_names"] == 0
    assert data["systems"]["instructor"]["metrics"]["schema_valid_rate"] == 0.0
    assert data["systems"]["instructor"]["articles"][0]["error"] == "HTTP 500"

    markdown = markdown_table(runs).splitlines()
    assert markdown[0].startswith("| system | macro F1 | locations F1 |")
    assert markdown[2].startswith("| langextract | ")
    assert "- instructor: another note" in markdown

    table = comparison_table(runs, articles=1)
    assert table.row_count == 2 and len(table.columns) == len(markdown[0].split("|")) - 2


def test_pipelines_differ_only_in_strategy() -> None:
    plain, guided = pipeline_settings("single"), pipeline_settings("guided")
    assert (plain.strategy, guided.strategy) == ("single", "guided")
    assert plain.model == guided.model == "local" and plain.max_reasks == guided.max_reasks == 0


def test_failure_reason_is_one_line() -> None:
    with pytest.raises(ValidationError) as caught:
        EventSummary.model_validate({"headline": "x"})
    assert re.fullmatch(
        r"\d+ validation error\(s\), first summary: Field required", _first_line(caught.value)
    )


def test_parse_systems() -> None:
    assert parse_systems("plain, langextract") == ["plain", "langextract"]
    with pytest.raises(argparse.ArgumentTypeError, match="unknown system"):
        parse_systems("plain,gpt")
