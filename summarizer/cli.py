"""The command line: a thin shell over the library. Data to stdout, diagnostics to stderr.

Exit codes: 0 ok, 1 runtime failure (model or provider), 2 usage error (bad flag, config,
input or fixture), 3 an eval regressed below its baseline.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from summarizer.article import read_article
from summarizer.errors import ConfigError, FixtureError, InputError, SummarizerError
from summarizer.files import atomic_write
from summarizer.formats import render

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


def _fail(error: SummarizerError) -> typer.Exit:
    typer.echo(f"error: {error}", err=True)
    return typer.Exit(2 if isinstance(error, ConfigError | InputError | FixtureError) else 1)


def _write(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    atomic_write(out, text)


@app.command()
def summarize(
    path: Annotated[str, typer.Argument(help="Article text file, or - to read standard input.")],
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.json,
    on_ungrounded: Annotated[
        OnUngrounded | None,
        typer.Option(
            help="What to do with items still ungrounded after the re-asks.",
            envvar="SUMMARIZER_ON_UNGROUNDED",
            show_default="flag",
        ),
    ] = None,
    max_reasks: MaxReasksOption = None,
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
    from rich.console import Console

    from summarizer.backends.recording import Recorder
    from summarizer.evaluation.fixtures import load_fixtures
    from summarizer.evaluation.gate import compare, load_baseline, write_baseline
    from summarizer.evaluation.report import report_table, write_reports
    from summarizer.evaluation.runner import run_eval
    from summarizer.pipeline import Summarizer
    from summarizer.settings import Settings

    if update_baseline and baseline is None:
        typer.echo("error: --update-baseline needs --baseline FILE", err=True)
        raise typer.Exit(2)
    err = Console(stderr=True, soft_wrap=True, markup=False, highlight=False)
    try:
        settings = Settings.load(model=model, base_url=base_url, max_reasks=max_reasks)
        label = settings.target().label
        loaded = load_fixtures(fixtures)
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
