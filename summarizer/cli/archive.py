"""``summarizer batch --engine ray``: the same batch on Ray Data, into a folder of Parquet files."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from summarizer.cli.options import fail, results_kept
from summarizer.cluster import RAY_EXTRA, prepare_environment
from summarizer.errors import ConfigError, InputError, SummarizerError
from summarizer.settings import Settings


def batch_on_ray(
    source: Path,
    out: Path,
    settings: Settings,
    *,
    address: str | None,
    workers: int | None,
    concurrency: int,
    resume: bool,
    unused: list[str],
) -> None:
    """Run the batch on Ray; print one closing line; exit 1 if any article failed."""
    if unused:
        raise fail(InputError(f"{' and '.join(unused)} go with --engine local"))
    if not source.exists():
        raise fail(InputError(f"{source} does not exist"))
    prepare_environment(address)  # before ray is imported
    try:
        from summarizer import distributed
    except ModuleNotFoundError as e:
        if e.name not in ("ray", "pyarrow"):
            raise
        raise fail(ConfigError(f"--engine ray needs the ray extra: {RAY_EXTRA}")) from None
    started = time.perf_counter()
    try:
        with results_kept(out):
            settings.target()  # a bad model or a missing key: said here, not by every worker
            done = distributed.prepare_out(out, resume=resume)
            distributed.connect(address)
            counts = distributed.run_archive(
                source, out, settings, workers=workers, concurrency=concurrency, done=done
            )
    except SummarizerError as e:
        raise fail(e) from None
    seconds = time.perf_counter() - started
    rate = (counts.done + counts.failed) / seconds if seconds else 0.0
    failed = f"; errors in {out / 'errors'}" if counts.failed else ""
    typer.echo(
        f"{counts.done} done, {counts.failed} failed, {counts.skipped} skipped "
        f"(already in {out}) in {seconds:.1f} s, {rate:.1f} articles/s; results in {out}{failed}",
        err=True,
    )
    if counts.failed:
        raise typer.Exit(1)
