"""Output formats: the terminal table, and render() choosing among json, markdown, table, html."""

from __future__ import annotations

import pytest
from rich.console import Console

from summarizer.formats import FORMATS, render, to_json, to_markdown, to_table
from summarizer.grounding import ground
from summarizer.prompting import load_prompt
from summarizer.schema import EventSummary, Meta


def example() -> tuple[EventSummary, str]:
    prompt = load_prompt()
    summary = prompt.example_answer.model_copy(deep=True)
    ground(summary, prompt.example_article)
    summary.meta = Meta(
        model="smollm2",
        provider="local",
        prompt_version=prompt.version,
        attempts=1,
        input_tokens=1000,
        output_tokens=200,
        latency_s=3.25,
        warnings=["ungrounded actors[0]: made up"],
    )
    return summary, prompt.example_article


def table_text(summary: EventSummary, width: int = 200) -> str:
    """The table as plain text; wide enough by default that no cell wraps."""
    console = Console(record=True, width=width)
    console.print(to_table(summary))
    return console.export_text()


def row(text: str, needle: str) -> str:
    return next(line for line in text.splitlines() if needle in line)


def test_table_shows_summary_fields_evidence_and_verdicts() -> None:
    summary, _ = example()
    summary.actors[0].grounded = False
    text = table_text(summary)
    assert text.splitlines()[0].strip() == summary.headline
    assert "When: 2026-03-03" in text
    for title in ("Locations", "Actors", "Commitments", "Expert views"):
        assert title in text
    for header in ("name", "title or role", "amount", "recipient", "evidence", "grounded"):
        assert header in text
    assert "Winnipeg" in row(text, "“WINNIPEG, March 3, 2026” [0, 23)")
    assert "✓" in row(text, "Winnipeg") and "✗" not in row(text, "Winnipeg")
    assert "✗" in row(text, "Lena Ortiz │ person")
    assert "$40 million" in text and "40,000,000 CAD" in text
    assert "local/smollm2 · prompt" in text and "1 attempt(s)" in text
    assert "1 warning(s)" in text


@pytest.mark.parametrize("width", [120, 80])
def test_table_keeps_every_column_in_a_narrow_terminal(width: int) -> None:
    summary, _ = example()
    text = table_text(summary, width)
    assert text.count("grounded ┃") == 4 and text.count("✓") == 5
    assert max(len(line) for line in text.splitlines()) <= width
    # Cells wrap rather than cut: the long commitment quote is all there.
    assert "over three" in text and "138)" in text and "…" not in text


def test_table_skips_empty_fields_and_shows_unchecked_items() -> None:
    summary = load_prompt().example_answer.model_copy(deep=True)  # never grounded: no spans
    summary.expert_views = []
    summary.when = None
    text = table_text(summary)
    assert "Expert views" not in text and "Samuel Reyes │" not in text
    assert "When: not given" in text
    assert "(not found in the article)" in text
    assert "?" in row(text, "Winnipeg")


def test_table_shows_model_text_literally_not_as_markup() -> None:
    summary, _ = example()
    summary.headline = "[bold red]Breaking[/] :fire: news"
    summary.actors[0].name = "[link=https://x.example]Lena[/link]"
    text = table_text(summary)
    assert "[bold red]Breaking[/] :fire: news" in text
    assert "[link=https://x.example]Lena[/link]" in text


def test_render_formats() -> None:
    summary, article = example()
    assert FORMATS == ("json", "markdown", "table", "html")
    assert render(summary, "json") == to_json(summary) + "\n"
    assert render(summary, "json") == summary.model_dump_json(indent=2) + "\n"
    assert render(summary, "markdown") == to_markdown(summary)
    assert render(summary, "markdown", article) == to_markdown(summary)
    table = render(summary, "table", width=100)
    assert "\x1b[" not in table and table.endswith("\n")
    assert max(len(line) for line in table.splitlines()) <= 100
    assert render(summary, "html", article).startswith("<!DOCTYPE html>")
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        render(summary, "yaml")
