"""``summarizer eval``: score a model against hand-labeled fixtures and gate on a baseline."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from summarizer.cli.options import (
    EXIT_REGRESSION,
    BaseUrlOption,
    MaxReasksOption,
    ModelOption,
    PromptsOption,
    StrategyOption,
    check_output,
    fail,
)
from summarizer.errors import SummarizerError
from summarizer.settings import Settings


class ReplayMode(StrEnum):
    replay = "replay"
    record = "record"
    auto = "auto"


def eval_(
    fixtures: Annotated[Path, typer.Argument(help="A fixture file, or a folder of them.")] = Path(
        "evals/fixtures"
    ),
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    max_reasks: MaxReasksOption = None,
    strategy: StrategyOption = None,
    prompts: PromptsOption = None,
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
            prompts=prompts,
        )
        label = settings.target().label
        loaded = load_fixtures(fixtures)
        check_output(report_dir, "--report-dir", folder=True)
        check_output(baseline if update_baseline else None, "--baseline")
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
        raise fail(e) from None
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
