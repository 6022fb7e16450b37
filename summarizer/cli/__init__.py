"""The command line: a thin shell over the library. Data to stdout, diagnostics to stderr.

One module per command (or family of commands); ``options`` holds what they share.

Exit codes: 0 ok, 1 runtime failure (model or provider), 2 usage error (bad flag, config,
input or fixture), 3 an eval regressed below its baseline.
"""

from __future__ import annotations

import logging

import typer

from summarizer.cli.batch import batch
from summarizer.cli.eval import eval_
from summarizer.cli.install import doctor, models, prompts, version
from summarizer.cli.logs import logs_app
from summarizer.cli.options import EXIT_REGRESSION
from summarizer.cli.review import review_app
from summarizer.cli.summarize import summarize

app = typer.Typer(
    help="Grounded, structured summaries of news articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command()(summarize)
app.command()(batch)
app.command("eval")(eval_)
app.command()(version)
app.command()(models)
app.command()(doctor)
app.command()(prompts)
app.add_typer(logs_app, name="logs")
app.add_typer(review_app, name="review")


class _Warning(logging.Handler):
    """The library's warnings (a run log it cannot write) as one line on stderr, written where
    stderr is at the time (a test runner swaps it)."""

    def emit(self, record: logging.LogRecord) -> None:
        typer.echo(f"warning: {record.getMessage()}", err=True)


logging.getLogger("summarizer").addHandler(_Warning(logging.WARNING))

__all__ = ["EXIT_REGRESSION", "app"]
