"""``summarizer summarize``: one article in, one summary out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarizer.article import read_article
from summarizer.cli.options import (
    BaseUrlOption,
    Format,
    LogOption,
    MaxReasksOption,
    ModelOption,
    OnUngroundedOption,
    PromptsOption,
    StrategyOption,
    check_output,
    cli_log,
    fail,
    write,
)
from summarizer.errors import InputError, SummarizerError
from summarizer.formats import render


def summarize(
    path: Annotated[
        str,
        typer.Argument(help="Article text file, saved HTML page, or - to read standard input."),
    ],
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.json,
    on_ungrounded: OnUngroundedOption = None,
    max_reasks: MaxReasksOption = None,
    strategy: StrategyOption = None,
    prompts: PromptsOption = None,
    log: LogOption = None,
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
            strategy=strategy.value if strategy else None,
            prompts=prompts,
            log=cli_log(log),
        )
        check_output(out, "--out")
        if out is not None and not out.parent.is_dir():
            raise InputError(
                f"{out.parent} does not exist: give --out a file in an existing folder"
            )
        text = read_article(path)
        summary = summarizer.summarize(text, source="stdin" if path == "-" else path)
    except SummarizerError as e:
        raise fail(e) from None
    if summary.meta and summary.meta.warnings:
        typer.echo(
            f"warning: {len(summary.meta.warnings)} grounding problem(s) left after "
            f"{summary.meta.attempts} attempt(s), handled by the "
            f"{summarizer.settings.on_ungrounded!r} policy (details in meta.warnings)",
            err=True,
        )
    write(render(summary, fmt.value, text), out)
