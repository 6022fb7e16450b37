"""``summarizer logs``: the run log from the command line: list, show, search and diff."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from summarizer.cli.options import DbOption, Format, fail, load_settings, write
from summarizer.diff import diff as summary_diff
from summarizer.errors import SummarizerError
from summarizer.formats import render

if TYPE_CHECKING:
    from summarizer.runlog import Entry

logs_app = typer.Typer(help="The run log: every summary made, with what made it.")

LimitOption = Annotated[int, typer.Option(min=1, help="At most this many summaries.")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON lines for scripts.")]


def db_path(db: Path | None) -> Path:
    """The run log the command reads: --db, else SUMMARIZER_LOG_DB, else the user data one."""
    return db if db is not None else load_settings().log_path()


def _print(entries: list[Entry], as_json: bool, title: str) -> None:
    if as_json:
        for e in entries:
            row = {
                "id": e.id,
                "created_at": e.created_at,
                "source": e.source,
                "model": e.model,
                "strategy": e.strategy,
                "prompt_version": e.prompt_version,
                "headline": e.summary.headline,
                "flagged": e.flagged,
                "warnings": len(e.warnings),
            }
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(title=title, expand=True)
    for name in ("id", "when (UTC)", "source", "model", "strategy"):
        table.add_column(name, no_wrap=True, overflow="ellipsis", max_width=20)
    table.add_column("headline", ratio=1, no_wrap=True, overflow="ellipsis", min_width=20)
    table.add_column("items", justify="right")
    table.add_column("flagged", justify="right")
    for e in entries:
        table.add_row(
            str(e.id),
            e.created_at.replace("T", " ")[:16],
            Text(e.source or ""),
            Text(e.model),
            Text(e.strategy or ""),
            Text(e.summary.headline),
            str(len(e.summary.items())),
            str(e.flagged),
        )
    Console().print(table)


@logs_app.callback(invoke_without_command=True)
def logs(
    ctx: typer.Context,
    db: DbOption = None,
    limit: LimitOption = 20,
    model: Annotated[
        str | None, typer.Option(help="Only this model (e.g. local, openai/gpt-4o-mini).")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only from this ISO date or time on (UTC), e.g. 2026-11-01.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List the newest summaries in the run log."""
    if ctx.invoked_subcommand is not None:
        return
    from summarizer import runlog

    try:
        entries = runlog.recent(db_path(db), limit=limit, model=model, since=since)
    except SummarizerError as e:
        raise fail(e) from None
    _print(entries, as_json, "Run log, newest first")


@logs_app.command()
def show(
    entry_id: Annotated[
        int, typer.Argument(metavar="ID", help="The summary's id (logs lists it).")
    ],
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.json,
) -> None:
    """Print one logged summary in any format (html: the review page, with its article)."""
    from summarizer import runlog

    try:
        entry = runlog.get(db_path(db), entry_id)
    except SummarizerError as e:
        raise fail(e) from None
    write(render(entry.summary, fmt.value, entry.article), None)


@logs_app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words to find, e.g. "Carney pledge".')],
    db: DbOption = None,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
) -> None:
    """Find summaries whose headline, summary, names or article hold every word, best first."""
    from summarizer import runlog

    try:
        entries = runlog.search(db_path(db), query, limit=limit)
    except SummarizerError as e:
        raise fail(e) from None
    _print(entries, as_json, f"Run log: {query}")


@logs_app.command()
def diff(
    first: Annotated[int, typer.Argument(metavar="ID1")],
    second: Annotated[int, typer.Argument(metavar="ID2")],
    db: DbOption = None,
) -> None:
    """What changed from ID1 to ID2: items added (+), removed (-) and changed (~)."""
    from summarizer import runlog

    path = db_path(db)
    try:
        old, new = runlog.get(path, first), runlog.get(path, second)
    except SummarizerError as e:
        raise fail(e) from None
    if old.article != new.article:
        typer.echo(f"note: {first} and {second} summarise different articles", err=True)
    lines = summary_diff(old.summary, new.summary)
    typer.echo("\n".join(lines) if lines else "no difference")
