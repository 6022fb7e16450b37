"""The command line: a thin shell over the library. Data to stdout, diagnostics to stderr.

Exit codes: 0 ok, 1 runtime failure (model or provider), 2 usage error (bad flag, config,
input or fixture), 3 an eval regressed below its baseline.
"""

from __future__ import annotations

import re
import sys
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

from summarizer.article import read_article
from summarizer.errors import ConfigError, FixtureError, InputError, SummarizerError
from summarizer.files import atomic_write
from summarizer.formats import render
from summarizer.schema import EventSummary
from summarizer.settings import Settings

if TYPE_CHECKING:
    from summarizer.batch import Outcome

EXIT_REGRESSION = 3

app = typer.Typer(
    help="Grounded, structured summaries of news articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


class Format(StrEnum):
    json = "json"
    markdown = "markdown"
    table = "table"
    html = "html"


class OnUngrounded(StrEnum):
    flag = "flag"
    drop = "drop"
    fail = "fail"


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


class StrategyChoice(StrEnum):
    auto = "auto"
    single = "single"
    guided = "guided"
    extract = "extract"


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


def _fail(error: SummarizerError) -> typer.Exit:
    typer.echo(f"error: {error}", err=True)
    return typer.Exit(2 if isinstance(error, ConfigError | InputError | FixtureError) else 1)


def _check_output(path: Path | None, flag: str, *, folder: bool = False) -> None:
    """Refuse, before any model call, an output path that could never be written."""
    if path is not None and path.exists() and path.is_dir() != folder:
        raise InputError(f"{path} is {'not ' if folder else ''}a folder: give another {flag}")


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    atomic_write(out, text)


@app.command()
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
        )
        _check_output(out, "--out")
        if out is not None and not out.parent.is_dir():
            raise InputError(
                f"{out.parent} does not exist: give --out a file in an existing folder"
            )
        text = read_article(path)
        summary = summarizer.summarize(text)
    except SummarizerError as e:
        raise _fail(e) from None
    if summary.meta and summary.meta.warnings:
        typer.echo(
            f"warning: {len(summary.meta.warnings)} grounding problem(s) left after "
            f"{summary.meta.attempts} attempt(s), handled by the "
            f"{summarizer.settings.on_ungrounded!r} policy (details in meta.warnings)",
            err=True,
        )
    _write(render(summary, fmt.value, text), out)


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


@app.command()
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
    review_dir: Annotated[
        Path | None,
        typer.Option(help="Also write each result's HTML review page here, as <id>.html."),
    ] = None,
) -> None:
    """Summarise many articles into a JSONL file; safe to kill and run again with --resume."""
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

    errors = errors or default_errors_path(out)
    try:
        items = load_items(source)
        check_outputs(source, out, errors, resume=resume)
        _check_output(review_dir, "--review-dir", folder=True)
        settings = Settings.load(
            model=model,
            base_url=base_url,
            max_reasks=max_reasks,
            on_ungrounded=on_ungrounded.value if on_ungrounded else None,
            strategy=strategy.value if strategy else None,
        )
        summarizer = Summarizer(settings)
        done_ids = completed_ids(out)  # also cuts away a line torn by an earlier kill
    except SummarizerError as e:
        raise _fail(e) from None
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

    try:
        with progress:
            counts = asyncio.run(run())
    except KeyboardInterrupt:
        typer.echo(f"interrupted: what is in {out} is kept; run again with --resume", err=True)
        raise typer.Exit(130) from None
    except OSError as e:
        typer.echo(f"error: cannot write the results: {e}", err=True)
        raise typer.Exit(1) from None
    failed = f"; errors in {errors}" if counts.failed else ""
    typer.echo(
        f"{counts.done} done, {counts.failed} failed, {counts.skipped} skipped "
        f"(already in {out}){failed}",
        err=True,
    )
    if counts.failed:
        raise typer.Exit(1)


@app.command()
def version() -> None:
    """Print the package, prompt and schema versions."""
    from importlib.metadata import version as pkg_version

    from summarizer.assemble import rules_version
    from summarizer.guided import load_guided_prompt
    from summarizer.prompting import load_prompt
    from summarizer.schema import SCHEMA_VERSION

    typer.echo(
        f"summarizer {pkg_version('summarizer')} prompt {load_prompt().version} "
        f"guided-prompt {load_guided_prompt().version} {rules_version()} schema {SCHEMA_VERSION}"
    )


class ReplayMode(StrEnum):
    replay = "replay"
    record = "record"
    auto = "auto"


@app.command("eval")
def eval_(
    fixtures: Annotated[Path, typer.Argument(help="A fixture file, or a folder of them.")] = Path(
        "evals/fixtures"
    ),
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    max_reasks: MaxReasksOption = None,
    strategy: StrategyOption = None,
    baseline: Annotated[
        Path | None, typer.Option(help="Fail (exit 3) when a metric drops below this baseline.")
    ] = None,
    update_baseline: Annotated[
        bool, typer.Option(help="Write this run's metrics to --baseline instead of comparing.")
    ] = False,
    tolerance: Annotated[
        float, typer.Option(help="Allowed drop per metric when writing a baseline.")
    ] = 0.02,
    report_dir: Annotated[
        Path | None, typer.Option(help="Write report.json and report.html here.")
    ] = None,
    replay: Annotated[
        ReplayMode | None,
        typer.Option(
            help="Replay recorded answers (replay), record them (record), or both (auto)."
        ),
    ] = None,
    recording: Annotated[
        Path | None,
        typer.Option(help="Recording file [default: evals/recordings/<model>.jsonl]."),
    ] = None,
) -> None:
    """Score the model against hand-labeled fixtures; gate on a baseline."""
    from summarizer.backends.recording import Recorder
    from summarizer.evaluation.fixtures import load_fixtures
    from summarizer.evaluation.gate import compare, load_baseline, write_baseline
    from summarizer.evaluation.report import report_table, write_reports
    from summarizer.evaluation.runner import run_eval
    from summarizer.pipeline import Summarizer

    if update_baseline and baseline is None:
        typer.echo("error: --update-baseline needs --baseline FILE", err=True)
        raise typer.Exit(2)
    err = Console(stderr=True, soft_wrap=True, markup=False, highlight=False)
    try:
        settings = Settings.load(
            model=model,
            base_url=base_url,
            max_reasks=max_reasks,
            strategy=strategy.value if strategy else None,
        )
        label = settings.target().label
        loaded = load_fixtures(fixtures)
        _check_output(report_dir, "--report-dir", folder=True)
        _check_output(baseline if update_baseline else None, "--baseline")
        known = load_baseline(baseline) if baseline and not update_baseline else None
        recorder = None
        if replay is not None:
            slug = label.replace("/", "_").replace(":", "_")
            path = recording or Path("evals/recordings") / f"{slug}.jsonl"
            recorder = Recorder(path, replay.value)
        with Summarizer(settings, recorder=recorder) as summarizer:
            done = 0

            def progress(result: object) -> None:
                nonlocal done
                done += 1
                name = getattr(result, "id", "?")
                error = getattr(result, "error", None)
                err.print(f"[{done}/{len(loaded)}] {name}" + (f": {error}" if error else ""))

            report = run_eval(loaded, summarizer, source=fixtures.as_posix(), on_result=progress)
    except SummarizerError as e:
        raise _fail(e) from None
    Console().print(report_table(report))
    if recorder is not None:
        err.print(f"recording {recorder.path}: {recorder.hits} replayed, {recorder.misses} asked")
    if report_dir is not None:
        paths = write_reports(report, {f.id: f for f in loaded}, report_dir)
        err.print("reports: " + ", ".join(str(p) for p in paths.values()))
    if baseline is None:
        return
    if update_baseline:
        write_baseline(report, baseline, tolerance)
        err.print(f"baseline written: {baseline}")
        return
    assert known is not None
    regressions = compare(report, known)
    if regressions:
        for regression in regressions:
            typer.echo(f"regression: {regression}", err=True)
        raise typer.Exit(EXIT_REGRESSION)
    err.print(f"no regression against {baseline} (tolerance {known.tolerance})")


def _settings(model: str | None, base_url: str | None) -> Settings:
    try:
        return Settings.load(model=model, base_url=base_url)
    except SummarizerError as e:
        raise _fail(e) from None


@app.command()
def models(model: ModelOption = None, base_url: BaseUrlOption = None) -> None:
    """Which backends can run here, and why not. Secrets are never shown."""
    from summarizer.doctor import models_report, render_models

    Console().print(render_models(models_report(_settings(model, base_url))))


@app.command()
def doctor(model: ModelOption = None, base_url: BaseUrlOption = None) -> None:
    """Check the install, the embedded model, the prompts and the configuration (exit 1 on a
    failed check). Secrets are never shown."""
    from summarizer.doctor import doctor_report, render_doctor

    checks = doctor_report(_settings(model, base_url))
    Console().print(render_doctor(checks))
    if not all(check.ok for check in checks):
        raise typer.Exit(1)
