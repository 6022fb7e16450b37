"""``summarizer batch``: many articles into a JSONL file, safe to kill and resume."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from summarizer.cli.options import (
    BaseUrlOption,
    LogOption,
    MaxReasksOption,
    ModelOption,
    OnUngroundedOption,
    PromptsOption,
    StrategyOption,
    check_output,
    cli_log,
    fail,
    results_kept,
)
from summarizer.errors import InputError, SummarizerError
from summarizer.files import atomic_write
from summarizer.schema import EventSummary
from summarizer.settings import Settings

if TYPE_CHECKING:
    from summarizer.batch import Outcome


class Engine(StrEnum):
    local = "local"
    ray = "ray"


def _with_review_pages(
    advance: Callable[[Outcome], None], folder: Path
) -> Callable[[Outcome], None]:
    """Wrap a progress callback so each summary also gets its review page in ``folder``."""
    from summarizer.review import to_html

    def on_outcome(outcome: Outcome) -> None:
        if isinstance(outcome.result, EventSummary) and outcome.text is not None:
            name = re.sub(r"[^A-Za-z0-9._-]", "_", outcome.id).lstrip(".") or "article"
            atomic_write(folder / f"{name}.html", to_html(outcome.result, outcome.text))
        advance(outcome)

    return on_outcome


def _progress(console: Console, total: int) -> tuple[Progress, Callable[[Outcome], None]]:
    """A progress bar on ``console`` and the callback that advances it per outcome.

    The bar is drawn only on a terminal; a log file gets the failure lines and nothing else.
    """
    progress = Progress(
        TextColumn("batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[done]} done, {task.fields[failed]} failed"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
    task = progress.add_task("batch", total=total, done=0, failed=0, rate="")
    done = failed = 0

    def advance(outcome: Outcome) -> None:
        nonlocal done, failed
        if outcome.error:
            failed += 1
            console.print(f"failed: {outcome.id}: {outcome.error}")
        else:
            done += 1
        progress.update(task, advance=1, done=done, failed=failed)
        speed = progress.tasks[task].speed  # over rich's sliding window of recent completions
        progress.update(task, rate=f"{speed:.2f}/s" if speed else "")

    return progress, advance


def batch(
    source: Annotated[
        Path,
        typer.Argument(
            metavar="INPUT",
            help='A .jsonl file of {"id", "text" or "path"} lines, or a folder of .txt/.html.',
        ),
    ],
    out: Annotated[
        Path, typer.Option(help="Results: one JSON line per article, appended as each is done.")
    ],
    errors: Annotated[
        Path | None,
        typer.Option(
            help="Failures, one JSON line each; rewritten on every run.",
            show_default="OUT with .errors.jsonl",
        ),
    ] = None,
    concurrency: Annotated[int, typer.Option(min=1, help="Articles in flight at once.")] = 2,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip the ids already in --out; do the rest.")
    ] = False,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    max_reasks: MaxReasksOption = None,
    on_ungrounded: OnUngroundedOption = None,
    strategy: StrategyOption = None,
    prompts: PromptsOption = None,
    log: LogOption = None,
    review_dir: Annotated[
        Path | None,
        typer.Option(help="Also write each result's HTML review page here, as <id>.html."),
    ] = None,
    engine: Annotated[
        Engine,
        typer.Option(
            help="local: this process. ray: Ray Data workers (the ray extra); --out is a folder "
            "of Parquet files, and INPUT may also be Parquet."
        ),
    ] = Engine.local,
    address: Annotated[
        str | None,
        typer.Option(
            help="With --engine ray: the cluster to join (auto, HOST:PORT, ray://HOST:10001).",
            show_default="RAY_ADDRESS, else a new local cluster",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="With --engine ray: how many workers, one CPU each.",
            show_default="one per CPU",
        ),
    ] = None,
) -> None:
    """Summarise many articles into a JSONL file (or, on Ray, a folder of Parquet files); safe
    to kill and run again with --resume."""
    import asyncio

    from summarizer.batch import (
        Counts,
        batch_to_files,
        check_outputs,
        completed_ids,
        default_errors_path,
        load_items,
    )
    from summarizer.pipeline import Summarizer

    try:
        settings = Settings.load(
            model=model,
            base_url=base_url,
            max_reasks=max_reasks,
            on_ungrounded=on_ungrounded.value if on_ungrounded else None,
            strategy=strategy.value if strategy else None,
            prompts=prompts,
            # On Ray the Parquet files are the record: a run log per worker node would scatter
            # an archive's summaries over the nodes' disks, and cost a write lock per article.
            log=cli_log(log) if engine is Engine.local else log,
        )
    except SummarizerError as e:
        raise fail(e) from None
    if engine is Engine.ray:
        from summarizer.cli.archive import batch_on_ray

        unused = {"--errors": errors, "--review-dir": review_dir}
        batch_on_ray(
            source,
            out,
            settings,
            address=address,
            workers=workers,
            concurrency=concurrency,
            resume=resume,
            unused=[flag for flag, value in unused.items() if value is not None],
        )
        return
    if address is not None or workers is not None:
        raise fail(InputError("--address and --workers go with --engine ray"))
    errors = errors or default_errors_path(out)
    try:
        items = load_items(source)
        check_outputs(source, out, errors, resume=resume)
        check_output(review_dir, "--review-dir", folder=True)
        summarizer = Summarizer(settings)
        done_ids = completed_ids(out)  # also cuts away a line torn by an earlier kill
    except SummarizerError as e:
        raise fail(e) from None
    console = Console(stderr=True, soft_wrap=True, markup=False, highlight=False)
    skipped = sum(item.id in done_ids for item in items)
    progress, advance = _progress(console, len(items) - skipped)
    if review_dir is not None:
        review_dir.mkdir(parents=True, exist_ok=True)
        advance = _with_review_pages(advance, review_dir)

    async def run() -> Counts:
        async with summarizer:  # the connections opened on this event loop close with it
            return await batch_to_files(
                items,
                summarizer,
                out=out,
                errors=errors,
                concurrency=concurrency,
                done_ids=done_ids,
                on_outcome=advance,
            )

    with results_kept(out), progress:
        counts = asyncio.run(run())
    failed = f"; errors in {errors}" if counts.failed else ""
    typer.echo(
        f"{counts.done} done, {counts.failed} failed, {counts.skipped} skipped "
        f"(already in {out}){failed}",
        err=True,
    )
    if counts.failed:
        raise typer.Exit(1)
