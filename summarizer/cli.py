"""The command line: a thin shell over the library. Data to stdout, diagnostics to stderr.

Exit codes: 0 ok, 1 runtime failure (model or provider), 2 usage error (bad flag, config or
input).
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from summarizer.article import read_article
from summarizer.errors import ConfigError, InputError, SummarizerError
from summarizer.formats import render

app = typer.Typer(
    help="Grounded, structured summaries of news articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


class Format(StrEnum):
    json = "json"
    markdown = "markdown"


class OnUngrounded(StrEnum):
    flag = "flag"
    drop = "drop"
    fail = "fail"


def _fail(error: SummarizerError) -> typer.Exit:
    typer.echo(f"error: {error}", err=True)
    return typer.Exit(2 if isinstance(error, ConfigError | InputError) else 1)


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    # Write beside the target, then rename: a failure never leaves a partial file behind.
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)


@app.command()
def summarize(
    path: Annotated[str, typer.Argument(help="Article text file, or - to read standard input.")],
    model: Annotated[
        str | None,
        typer.Option(
            help="local, local:/path.gguf, openai/<m>, ollama/<m>, vllm/<m>, llamacpp/<m>.",
            envvar="SUMMARIZER_MODEL",
            show_default="local",
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(help="OpenAI-compatible server URL.", envvar="SUMMARIZER_BASE_URL"),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.json,
    on_ungrounded: Annotated[
        OnUngrounded | None,
        typer.Option(
            help="What to do with items still ungrounded after the re-asks.",
            envvar="SUMMARIZER_ON_UNGROUNDED",
            show_default="flag",
        ),
    ] = None,
    max_reasks: Annotated[
        int | None,
        typer.Option(
            help="Re-asks after a validation or grounding failure.",
            envvar="SUMMARIZER_MAX_REASKS",
            show_default="2",
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Write the result to this file instead of stdout.")
    ] = None,
) -> None:
    """Summarise one article into a grounded EventSummary."""
    from summarizer.api import get_summarizer

    try:
        summarizer = get_summarizer(
            model,
            base_url=base_url,
            on_ungrounded=on_ungrounded.value if on_ungrounded else None,
            max_reasks=max_reasks,
        )
        summary = summarizer.summarize(read_article(path))
    except SummarizerError as e:
        raise _fail(e) from None
    if summary.meta and summary.meta.warnings:
        typer.echo(
            f"warning: {len(summary.meta.warnings)} grounding problem(s) left after "
            f"{summary.meta.attempts} attempt(s), handled by the "
            f"{summarizer.settings.on_ungrounded!r} policy (details in meta.warnings)",
            err=True,
        )
    _write(render(summary, fmt.value), out)


@app.command()
def version() -> None:
    """Print the package, prompt and schema versions."""
    from importlib.metadata import version as pkg_version

    from summarizer.prompting import load_prompt
    from summarizer.schema import SCHEMA_VERSION

    typer.echo(
        f"summarizer {pkg_version('summarizer')} prompt {load_prompt().version} "
        f"schema {SCHEMA_VERSION}"
    )
