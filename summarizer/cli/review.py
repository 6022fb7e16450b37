"""``summarizer review``: the review app in the browser, and its corrections as eval fixtures."""

from __future__ import annotations

import threading
import webbrowser
from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli.logs import db_path
from summarizer.cli.options import DbOption, fail
from summarizer.errors import SummarizerError

review_app = typer.Typer(help="Correct logged summaries in the browser; export the corrections.")


@review_app.callback(invoke_without_command=True)
def review(
    ctx: typer.Context,
    db: DbOption = None,
    host: Annotated[
        str,
        typer.Option(help="Address to listen on; anything but 127.0.0.1 is reachable by others."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free one).")] = 8765,
    open_browser: Annotated[
        bool, typer.Option("--open/--no-open", help="Open the app in the browser.")
    ] = True,
) -> None:
    """Start the review app on 127.0.0.1 and open it: accept, reject, edit and add items."""
    if ctx.invoked_subcommand is not None:
        return
    from summarizer import reviewapp, runlog

    path = db_path(db)
    try:
        runlog.count(path)  # one line now, not a broken page later, if there is no log
        sock = reviewapp.bind(host, port)
    except SummarizerError as e:
        raise fail(e) from None
    if host != reviewapp.LOOPBACK:
        typer.echo(f"warning: listening on {host}: anyone who can reach it can edit", err=True)
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{shown_host}:{sock.getsockname()[1]}/"
    typer.echo(f"review app at {url} (Ctrl-C to stop)", err=True)
    if open_browser:
        threading.Timer(0.5, webbrowser.open, [url]).start()
    reviewapp.server(path).run(sockets=[sock])


@review_app.command()
def export(
    out: Annotated[Path, typer.Option(help="Folder for the fixtures, e.g. evals/real/.")],
    db: DbOption = None,
) -> None:
    """Write every corrected summary as an eval fixture (accepted, edited and added items are
    gold; rejected ones are left out)."""
    from summarizer.evaluation.export import export as write_fixtures

    try:
        written = write_fixtures(db_path(db), out)
    except SummarizerError as e:
        raise fail(e) from None
    except OSError as e:
        raise fail(SummarizerError(f"cannot write {e.filename}: {e.strerror}")) from None
    for path in written:
        typer.echo(str(path))
    typer.echo(
        f"{len(written)} fixture(s) written to {out}: score them with summarizer eval {out}",
        err=True,
    )
