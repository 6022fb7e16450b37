"""Archive scale on Ray Data: a dataset of articles in, a dataset of summaries out.

Ray does the distributed work: scheduling, backpressure, task retries and restarting a worker
that dies. We give it one callable class for ``map_batches`` (one :class:`Summarizer` per
worker, so a model is loaded once per worker, not per article; inside a batch the worker keeps
its own bounded async concurrency, as ``summarizer batch`` does) and, for ``summarizer batch
--engine ray``, a folder where each block of results becomes one Parquet file, written
whole and named by the ids it holds, so a block computed twice replaces its file instead of
adding a second one and a killed job leaves only whole files behind for ``--resume`` to read.

Needs the ``ray`` extra: ``pip install 'summarizer[ray]'``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import ray
import ray.data
import ray.exceptions
from ray.exceptions import UserCodeException

from summarizer.article import decode
from summarizer.batch import Counts, Item, Outcome, load_items, run_batch
from summarizer.cluster import address_of
from summarizer.errors import ConfigError, InputError, ProviderError
from summarizer.pipeline import Summarizer
from summarizer.schema import EventSummary
from summarizer.settings import Settings

# One row per article: the summary as `summarizer batch` writes it (a JSON string), a few flat
# columns to filter on without parsing it, or the one-line error that stopped it.
SUMMARY_COLUMNS = pa.schema(
    [
        ("id", pa.string()),
        ("summary", pa.string()),
        ("headline", pa.string()),
        ("when", pa.date32()),
        ("actors", pa.int32()),
        ("locations", pa.int32()),
        ("commitments", pa.int32()),
        ("expert_views", pa.int32()),
        ("grounded", pa.bool_()),
        ("warnings", pa.list_(pa.string())),
        ("model", pa.string()),
        ("prompt_version", pa.string()),
    ]
)
ERROR_COLUMNS = pa.schema([("id", pa.string()), ("error", pa.string())])
COLUMNS = pa.schema([*SUMMARY_COLUMNS, ERROR_COLUMNS.field("error")])

BATCH_ROWS = 32  # articles per map_batches call: the most a killed worker makes Ray redo
WAIT_FOR_WORKERS_S = 300


def summarize_dataset(
    ds: ray.data.Dataset,
    settings: Settings,
    *,
    text_column: str = "text",
    id_column: str = "id",
    path_column: str | None = None,
    workers: int | None = None,
    concurrency: int = 2,
) -> ray.data.Dataset:
    """Summarise every row of ``ds``: one row out per row in, with :data:`COLUMNS`.

    Lazy, like any Ray Data transform: nothing runs until the result is written or iterated.

    Args:
        ds: rows with a unique id (a string, or an integer kept as its decimal string) and the
            article text (a string, or UTF-8 bytes).
        settings: how to summarise, as for :class:`Summarizer`; sent to every worker.
        text_column: the column holding the article text.
        id_column: the column holding the id.
        path_column: a column of file paths (.txt or .html), read by the worker where the text
            is null; the files must be readable on every node.
        workers: how many workers (actors, one CPU each); None for one per CPU of the cluster.
        concurrency: articles in flight at once inside each worker (for a remote model).

    Returns:
        The summaries: ``summary`` holds the EventSummary JSON and ``error`` is null, or
        ``error`` holds the one-line reason (the same as ``summarizer batch`` gives) and the
        summary columns are null.
    """
    if workers is None:
        workers = _cluster_cpus()
    return ds.map_batches(
        _SummarizeBatch,
        fn_constructor_kwargs={
            "settings": settings,
            "columns": (id_column, text_column, path_column),
            "concurrency": concurrency,
        },
        batch_size=BATCH_ROWS,
        batch_format="pyarrow",
        # A fixed pool: an autoscaling one starts with one worker and adds the next seconds later.
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )


def _cluster_cpus() -> int:
    return max(1, int(ray.cluster_resources().get("CPU", 1)))  # type: ignore[no-untyped-call]


class _SummarizeBatch:
    """A Ray Data worker: one Summarizer, and one event loop its connections live on."""

    def __init__(
        self, settings: Settings, columns: tuple[str, str, str | None], concurrency: int
    ) -> None:
        self._summarizer = Summarizer(settings)
        self._loop = asyncio.new_event_loop()
        self._columns = columns
        self._concurrency = concurrency

    def __call__(self, batch: pa.Table) -> pa.Table:
        items = _items(batch, *self._columns)
        outcomes = self._loop.run_until_complete(self._run(items))
        by_id = {outcome.id: outcome for outcome in outcomes}
        return pa.Table.from_pylist([_row(by_id[item.id]) for item in items], schema=COLUMNS)

    async def _run(self, items: list[Item]) -> list[Outcome]:
        outcomes = run_batch(items, self._summarizer, concurrency=self._concurrency)
        return [outcome async for outcome in outcomes]


def _items(
    batch: pa.Table, id_column: str, text_column: str, path_column: str | None
) -> list[Item]:
    def column(name: str | None) -> list[Any]:
        if name is None or name not in batch.column_names:
            return [None] * batch.num_rows
        return list(batch.column(name).to_pylist())

    items: list[Item] = []
    for number, (key, text, path) in enumerate(
        zip(column(id_column), column(text_column), column(path_column), strict=True)
    ):
        # Integer ids are common in datasets; they are kept as their decimal string.
        key = str(key) if isinstance(key, int) and not isinstance(key, bool) else key
        if not isinstance(key, str) or not key:
            items.append(Item(f"row {number} of a batch", problem=f'no "{id_column}" in the row'))
        elif isinstance(text, bytes):
            try:
                items.append(Item(key, text=decode(text, key)))
            except InputError as e:
                items.append(Item(key, problem=str(e)))
        elif isinstance(text, str):
            items.append(Item(key, text=text))
        elif isinstance(path, str) and path:
            items.append(Item(key, path=Path(path)))
        else:
            items.append(Item(key, problem=f'no "{text_column}": give the article text'))
    return items


def _row(outcome: Outcome) -> dict[str, Any]:
    summary = outcome.result
    if not isinstance(summary, EventSummary):
        return {"id": outcome.id, "error": outcome.error}
    meta = summary.meta
    return {
        "id": outcome.id,
        "summary": json.dumps(summary.model_dump(mode="json"), ensure_ascii=False),
        "headline": summary.headline,
        "when": summary.when,
        "actors": len(summary.actors),
        "locations": len(summary.locations),
        "commitments": len(summary.commitments),
        "expert_views": len(summary.expert_views),
        "grounded": all(item.grounded is True for item in summary.items()),
        "warnings": meta.warnings if meta else [],
        "model": meta.model if meta else None,
        "prompt_version": meta.prompt_version if meta else None,
    }


class PartFiles:
    """A results folder: each block of results as ``OUT/<ids hash>.parquet`` and its failures
    as ``OUT/errors/<ids hash>.parquet``, each written to a hidden file and renamed."""

    def __init__(self, out: Path) -> None:
        self.out = out

    def write(self, table: pa.Table) -> tuple[int, int]:
        """Write one block of :data:`COLUMNS` rows; return how many were done and failed."""
        if not table.num_rows:
            return 0, 0
        # Named by the ids it holds: a block Ray computes twice lands on the same name.
        name = hashlib.sha256("\n".join(table.column("id").to_pylist()).encode()).hexdigest()
        failed = pc.is_valid(table.column("error"))
        done = table.filter(pc.invert(failed)).select(SUMMARY_COLUMNS.names)
        errors = table.filter(failed).select(ERROR_COLUMNS.names)
        if errors.num_rows:
            _write_whole(errors.cast(ERROR_COLUMNS), self.out / "errors" / f"{name[:24]}.parquet")
        if done.num_rows:
            _write_whole(done.cast(SUMMARY_COLUMNS), self.out / f"{name[:24]}.parquet")
        return done.num_rows, errors.num_rows


def _write_whole(table: pa.Table, path: Path) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # hidden from readers
    pq.write_table(table, temporary)
    os.replace(temporary, path)


def completed_ids(out: Path) -> set[str]:
    """The ids summarised in the Parquet files of ``out`` (its errors are not done)."""
    ids: set[str] = set()
    for part in sorted(out.glob("*.parquet")):
        try:
            ids.update(pq.read_table(part, columns=["id"]).column("id").to_pylist())
        except (OSError, pa.ArrowException) as e:
            raise InputError(f"{part} is not a readable results file ({e}): move it away") from None
    return ids


def prepare_out(out: Path, *, resume: bool) -> set[str]:
    """Make ``out`` ready for a run and return the ids it already holds.

    Raises:
        InputError: ``out`` is a file, or holds results and ``resume`` is off.
    """
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file: --out names a folder with --engine ray")
    if not out.parent.is_dir():
        raise InputError(f"{out.parent} does not exist: give --out in an existing folder")
    (out / "errors").mkdir(parents=True, exist_ok=True)
    done = completed_ids(out)
    if done and not resume:
        raise InputError(
            f"{out} already holds results: pass --resume to skip them, or give a new --out folder"
        )
    # Failures are tried again, and a killed run's half-written files never became results.
    for stale in [*out.glob("errors/*.parquet"), *out.glob(".*.tmp"), *out.glob("errors/.*.tmp")]:
        stale.unlink()
    return done


def connect(address: str | None) -> None:
    """Join the Ray cluster at ``address`` (``auto``, ``HOST:PORT``, ``ray://HOST:10001``, or
    ``RAY_ADDRESS`` when None), or with neither start one on this machine, on loopback only.

    Call :func:`summarizer.cluster.prepare_environment` before ray is first imported: without
    it a local cluster listens on every interface.

    Raises:
        ConfigError: the cluster cannot be joined or started.
    """
    address = address_of(address)
    try:
        if address is None:
            ray.init(
                address="local",
                _node_ip_address="127.0.0.1",
                include_dashboard=False,
                logging_level=logging.WARNING,
            )
        else:
            ray.init(address=address, logging_level=logging.WARNING)
    except (ConnectionError, RuntimeError, ValueError) as e:
        where = f"the Ray cluster at {address}" if address else "a local Ray cluster"
        raise ConfigError(f"cannot join {where}: {' '.join(str(e).split())}") from None


def run_archive(
    source: Path,
    out: Path,
    settings: Settings,
    *,
    workers: int | None,
    concurrency: int,
    done: set[str],
) -> Counts:
    """Summarise ``source`` (JSONL, a folder of articles, or Parquet) into ``out`` on the Ray
    cluster this process is connected to, skipping the ids in ``done``.

    Lines of a JSONL file that cannot be items fail here, with the reasons ``summarizer batch``
    gives; everything else goes to the workers.
    """
    counts = Counts()
    if _is_parquet(source):
        # Reading takes no CPU of its own: the workers hold every CPU, and a reader that waits
        # for one waits forever. Ray 2.60's new Parquet path lists files in a task that ignores
        # num_cpus, so the older path is used.
        ray.data.DataContext.get_current().use_datasource_v2 = False
        ds = ray.data.read_parquet(str(source.resolve()), num_cpus=0)
        if done:
            counts.skipped = len(done)
            ds = ds.map_batches(_dropping(done), batch_format="pyarrow", num_cpus=0)
    else:
        items = load_items(source)
        bad = [{"id": item.id, "error": item.problem} for item in items if item.problem]
        if bad:
            table = pa.Table.from_pylist(bad, schema=ERROR_COLUMNS)
            _write_whole(table, out / "errors" / "input.parquet")
            counts.failed = len(bad)
        items = [item for item in items if item.problem is None]
        counts.skipped = sum(item.id in done for item in items)
        rows = [
            # A worker's working folder is not ours: it gets absolute paths.
            {"id": item.id, "text": item.text, "path": item.path and str(item.path.resolve())}
            for item in items
            if item.id not in done
        ]
        if not rows:
            return counts
        blocks = -(-len(rows) // BATCH_ROWS)
        ds = ray.data.from_items(rows, override_num_blocks=blocks)
        # A worker without a block would only take a CPU and seconds to start.
        workers = min(workers or _cluster_cpus(), blocks)
    summaries = summarize_dataset(
        ds, settings, path_column="path", workers=workers, concurrency=concurrency
    )
    parts = PartFiles(out)
    # Workers the cluster cannot place would be waited for forever.
    ray.data.DataContext.get_current().wait_for_min_actors_s = WAIT_FOR_WORKERS_S
    try:
        # The driver writes: summaries are small, and on two cores a separate Ray writer task
        # cost more than the writing (README, "Archive scale").
        for block in summaries.iter_batches(batch_size=None, batch_format="pyarrow"):
            done_here, failed_here = parts.write(block)
            counts.done += done_here
            counts.failed += failed_here
    except (ray.exceptions.RayError, UserCodeException, TimeoutError) as e:
        reason = next((line for line in str(e).splitlines() if line.strip()), type(e).__name__)
        raise ProviderError(
            f"the Ray job stopped ({' '.join(reason.split())[:300]}): what is in {out} is kept; "
            "run again with --resume"
        ) from None
    return counts


def _is_parquet(source: Path) -> bool:
    if source.is_dir():
        return any(source.glob("*.parquet"))
    return source.suffix.lower() == ".parquet"


def _dropping(done: set[str]) -> Callable[[pa.Table], pa.Table]:
    value_set = pa.array(sorted(done), pa.string())

    def drop(batch: pa.Table) -> pa.Table:
        ids = batch.column("id").cast(pa.string())
        return batch.filter(pc.invert(pc.is_in(ids, value_set=value_set)))

    return drop
