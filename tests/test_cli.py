"""The command line, through typer's CliRunner: bad input gets one line and the right exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.formats import to_markdown
from summarizer.prompting import load_prompt
from summarizer.schema import EventSummary

runner = CliRunner()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "is empty"),
        (b"   \n\t  \n", "is empty"),
        (b"\x00\x01\x02binary\x00", "looks binary"),
        (b"caf\xe9 au lait", "is not valid UTF-8"),
    ],
)
def test_bad_article_files(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["summarize", str(path), "--out", str(out)])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0]
    assert "Traceback" not in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == [path]


def test_missing_file_and_directory(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["summarize", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "does not exist" in missing.stderr
    folder = runner.invoke(app, ["summarize", str(tmp_path)])
    assert folder.exit_code == 2 and "is a directory" in folder.stderr


def test_empty_stdin() -> None:
    result = runner.invoke(app, ["summarize", "-"], input="  \n")
    assert result.exit_code == 2 and "standard input is empty" in result.stderr


def test_unknown_model_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Some news.")
    result = runner.invoke(app, ["summarize", str(path), "--model", "mystery/x"])
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("error: unknown model 'mystery/x'")


def test_missing_api_key_names_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("SUMMARIZER_API_KEY", raising=False)
    path = tmp_path / "a.txt"
    path.write_text("Some news.")
    result = runner.invoke(app, ["summarize", str(path), "--model", "openai/gpt-4o-mini"])
    assert result.exit_code == 2 and "set OPENAI_API_KEY" in result.stderr


def test_bad_policy_is_rejected_by_typer(tmp_path: Path) -> None:
    result = runner.invoke(app, ["summarize", "x.txt", "--on-ungrounded", "ignore"])
    assert result.exit_code == 2


def test_help_and_version() -> None:
    assert "summarize" in runner.invoke(app, ["--help"]).stdout
    version = runner.invoke(app, ["version"])
    assert version.exit_code == 0 and load_prompt().version in version.stdout


def test_markdown_rendering_of_the_example() -> None:
    summary = load_prompt().example_answer.model_copy(deep=True)
    summary.actors[0].grounded = False
    text = to_markdown(summary)
    assert text.startswith("# Health minister announces $40 million")
    assert "## Commitments" in text and "$40 million" in text
    assert "**Lena Ortiz**, Health Minister (unverified: not found in the article)" in text
    assert '> "staffing, not buildings, is the main gap"' in text
    assert json.loads(summary.model_dump_json())["headline"] == summary.headline


def test_summarize_seed_article_end_to_end(tmp_path: Path) -> None:
    """The README's main job, through the CLI, with the embedded default: no model call."""
    from tests.conftest import SEED, assert_grounding_guarantees

    out = tmp_path / "seed.json"
    result = runner.invoke(app, ["summarize", str(SEED), "--max-reasks", "0", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    summary = EventSummary.model_validate_json(out.read_text(encoding="utf-8"))
    assert_grounding_guarantees(summary, SEED.read_text(encoding="utf-8"))
    assert summary.meta is not None and summary.meta.attempts == 0
    assert summary.meta.strategy == "extract" and summary.meta.prompt_version.startswith("rules-")
    assert all(item.grounded for item in summary.items())
    assert summary.actors[0].name == "Mark Carney"  # the main actor first
    assert [(p.name, p.role) for p in summary.locations if p.role == "event"] == [
        ("Paris", "event")
    ]
    if summary.meta.warnings:
        assert result.stderr.startswith("warning: ") and len(result.stderr.splitlines()) == 1


def test_models_and_doctor_never_print_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    key = "sk-test-DISTINCTIVE-cli-7f3a9"
    monkeypatch.setenv("OPENAI_API_KEY", key)
    models = runner.invoke(app, ["models"])
    doctor = runner.invoke(app, ["doctor"])
    assert models.exit_code == 0 and "local" in models.stdout
    assert doctor.exit_code == 0 and "embedded model" in doctor.stdout
    for result in (models, doctor):
        assert key not in result.output


@pytest.mark.server
@pytest.mark.parametrize(
    ("fmt", "marker"), [("table", "Health minister announces"), ("html", "<mark class=")]
)
def test_summarize_formats_through_a_server(tmp_path: Path, fmt: str, marker: str) -> None:
    from tests.fault_server import FaultServer, Reply, example_answer

    prompt = load_prompt()
    article = tmp_path / "a.txt"
    article.write_text(prompt.example_article, encoding="utf-8")
    answer = example_answer()
    with FaultServer([], default=Reply(answer)) as server:
        args = ["summarize", str(article), "--model", "llamacpp/t", "--base-url", server.url]
        result = runner.invoke(app, [*args, "--format", fmt])
    assert result.exit_code == 0, result.stderr
    assert marker in result.stdout
