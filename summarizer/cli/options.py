"""What the commands share: option types, exit codes, and how an error becomes one line."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from summarizer.errors import ConfigError, FixtureError, InputError, SummarizerError
from summarizer.files import atomic_write
from summarizer.settings import Settings

EXIT_REGRESSION = 3


class Format(StrEnum):
    json = "json"
    markdown = "markdown"
    table = "table"
    html = "html"


class OnUngrounded(StrEnum):
    flag = "flag"
    drop = "drop"
    fail = "fail"


class StrategyChoice(StrEnum):
    auto = "auto"
    single = "single"
    guided = "guided"
    extract = "extract"


ModelOption = Annotated[
    str | None,
    typer.Option(
        help="local, local:/path.gguf, openai/<m>, ollama/<m>, vllm/<m>, llamacpp/<m>.",
        envvar="SUMMARIZER_MODEL",
        show_default="local",
    ),
]
BaseUrlOption = Annotated[
    str | None, typer.Option(help="OpenAI-compatible server URL.", envvar="SUMMARIZER_BASE_URL")
]
MaxReasksOption = Annotated[
    int | None,
    typer.Option(
        help="Re-asks after a validation or grounding failure.",
        envvar="SUMMARIZER_MAX_REASKS",
        show_default="2",
    ),
]
StrategyOption = Annotated[
    StrategyChoice | None,
    typer.Option(
        help="single: one call writes the summary; guided: the model types the names the text "
        "leaves open; extract: from the text alone, no model call (auto: extract for the "
        "embedded model, single for others).",
        envvar="SUMMARIZER_STRATEGY",
        show_default="auto",
    ),
]
OnUngroundedOption = Annotated[
    OnUngrounded | None,
    typer.Option(
        help="What to do with items still ungrounded after the re-asks.",
        envvar="SUMMARIZER_ON_UNGROUNDED",
        show_default="flag",
    ),
]
PromptsOption = Annotated[
    str | None,
    typer.Option(
        help="A folder of your own prompt files (make one with: summarizer prompts DIR).",
        envvar="SUMMARIZER_PROMPTS",
        show_default="packaged",
    ),
]


LogOption = Annotated[
    bool | None,
    typer.Option(
        "--log/--no-log",
        help="Write the summary to the run log (SUMMARIZER_LOG_DB; SUMMARIZER_LOG=0 turns it off).",
        show_default="on",
    ),
]
DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db", help="The run log to read.", envvar="SUMMARIZER_LOG_DB", show_default="user data"
    ),
]


def cli_log(flag: bool | None) -> bool | None:
    """The command line logs by default: on, unless the flag or SUMMARIZER_LOG says otherwise
    (None leaves it to the environment)."""
    if flag is not None:
        return flag
    return None if os.environ.get("SUMMARIZER_LOG") else True


def fail(error: SummarizerError) -> typer.Exit:
    """Print ``error`` as one line; the exit to raise: 2 for the user's input, 1 otherwise."""
    typer.echo(f"error: {error}", err=True)
    return typer.Exit(2 if isinstance(error, ConfigError | InputError | FixtureError) else 1)


def check_output(path: Path | None, flag: str, *, folder: bool = False) -> None:
    """Refuse, before any model call, an output path that could never be written."""
    if path is not None and path.exists() and path.is_dir() != folder:
        raise InputError(f"{path} is {'not ' if folder else ''}a folder: give another {flag}")


def write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    atomic_write(out, text)


def load_settings(**given: str | int | None) -> Settings:
    """Settings from the flags (``None`` for one not given), or exit with the one-line error."""
    try:
        return Settings.load(None, **given)
    except SummarizerError as e:
        raise fail(e) from None


@contextlib.contextmanager
def results_kept(out: Path) -> Iterator[None]:
    """A batch's ending on Ctrl-C (exit 130) or an unwritable OUT (exit 1), each one line: what
    is already in ``out`` stays, for --resume."""
    try:
        yield
    except KeyboardInterrupt:
        typer.echo(f"interrupted: what is in {out} is kept; run again with --resume", err=True)
        raise typer.Exit(130) from None
    except OSError as e:
        typer.echo(f"error: cannot write the results: {e}", err=True)
        raise typer.Exit(1) from None
