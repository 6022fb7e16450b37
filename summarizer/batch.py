"""Batch summarisation: many articles in, one JSON line per result out, safe to kill and resume.

Items come from a JSONL file (``{"id": ..., "text": ...}`` or ``{"id": ..., "path": ...}``) or
a folder of ``.txt`` / ``.html`` articles. Results stream out as they complete: each is one
complete line appended to OUT with a single ``os.write`` on an ``O_APPEND`` descriptor, then
fsync'ed, so a kill at any moment leaves only whole lines behind, and ``--resume`` skips the ids
those lines name. A bad item is one failure in the errors file, never the end of the batch.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncGenerator, Callable, Collection, Iterable
from contextlib import aclosing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.article import check_text, decode, read_article, read_input
from summarizer.errors import InputError, SummarizerError
from summarizer.pipeline import Summarizer
from summarizer.schema import EventSummary

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class Item:
    """One article to summarise: inline ``text``, a file ``path``, or the ``problem`` with it."""

    id: str
    text: str | None = None
    path: Path | None = None
    problem: str | None = None  # the input line was unusable; reported as this item's failure


@dataclass(frozen=True)
class Outcome:
    """What became of one item: its summary, or the error that stopped it."""

    id: str
    result: EventSummary | SummarizerError
    text: str | None = None  # the article as summarised, for a review page of the result

    @property
    def error(self) -> str | None:
        """The failure as one line, or None for a summary."""
        if isinstance(self.result, EventSummary):
            return None
        return " ".join(str(self.result).split()) or type(self.result).__name__


@dataclass
class Counts:
    """The tally of a batch run."""

    done: int = 0
    failed: int = 0
    skipped: int = 0  # already in OUT when the run started


def load_items(source: Path) -> list[Item]:
    """The items of a JSONL file or of a folder of articles, in order.

    Raises:
        InputError: ``source`` is missing, unreadable, or a single article file. Problems with
            single lines are not raised: they come back as items with a ``problem``.
    """
    if source.is_dir():
        return _folder_items(source)
    if source.suffix.lower() in ARTICLE_SUFFIXES:
        raise InputError(
            f"{source} is one article: batch takes a .jsonl file of items or a folder of articles"
        )
    return _parse_jsonl(decode(read_input(source), str(source)), source.parent)


def _folder_items(folder: Path) -> list[Item]:
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    if not files:
        raise InputError(f"{folder} has no .txt or .html files to summarise")
    items: list[Item] = []
    seen: set[str] = set()
    for file in files:
        if file.stem in seen:  # a.txt and a.html: the id would be ambiguous in OUT
            items.append(Item(file.name, problem=f"duplicate id {file.stem!r}: rename the file"))
        else:
            items.append(Item(file.stem, path=file))
            seen.add(file.stem)
    return items


def _parse_jsonl(text: str, folder: Path) -> list[Item]:
    items: list[Item] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue  # blank lines, a trailing one above all, are not items
        item = _parse_line(line, folder, f"line {number}")
        if item.id in first_line:
            item = Item(
                f"line {number}",
                problem=f"duplicate id {item.id!r} (first on line {first_line[item.id]})",
            )
        first_line.setdefault(item.id, number)
        items.append(item)
    return items


def _parse_line(line: str, folder: Path, where: str) -> Item:
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as e:
        return Item(where, problem=f"not valid JSON ({e.msg}, column {e.colno})")
    if not isinstance(record, dict):
        return Item(where, problem='not a JSON object: give {"id": ..., "text" or "path": ...}')
    key = record.get("id")
    # Integer ids are common in datasets; they are kept as their decimal string.
    if isinstance(key, int) and not isinstance(key, bool):
        key = str(key)
    if not isinstance(key, str) or not key:
        return Item(where, problem='no "id": give each line a non-empty string "id"')
    text, path = record.get("text"), record.get("path")
    if (text is None) == (path is None):
        return Item(key, problem='give exactly one of "text" and "path"')
    field, value = ("text", text) if path is None else ("path", path)
    if not isinstance(value, str):
        return Item(key, problem=f'"{field}" must be a string')
    return Item(key, text=value) if path is None else Item(key, path=folder / value)


async def _summarize(item: Item, summarizer: Summarizer) -> tuple[str, EventSummary]:
    if item.problem is not None:
        raise InputError(item.problem)
    if item.path is not None:
        # Off the event loop: extracting an HTML page is CPU work that would stall the others.
        text = await asyncio.to_thread(read_article, str(item.path))
    else:
        text = check_text(item.text or "")
    source = str(item.path) if item.path is not None else item.id
    return text, await summarizer.asummarize(text, source=source)


async def run_batch(
    items: Iterable[Item],
    summarizer: Summarizer,
    *,
    concurrency: int,
    done_ids: Collection[str] = frozenset(),
) -> AsyncGenerator[Outcome, None]:
    """Summarise ``items`` with at most ``concurrency`` at a time, yielding as each completes.

    Args:
        items: what to summarise; ids are expected to be unique (``load_items`` ensures it).
        summarizer: the configured pipeline; its connections are the caller's to close.
        concurrency: the most articles in flight at once (at least 1).
        done_ids: ids to skip, e.g. those already written by an earlier run.

    Yields:
        One :class:`Outcome` per item not skipped, in completion order. A
        :class:`SummarizerError` is that item's outcome; it never stops the others.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    # A fixed pool of workers pulling from one iterator, not a task per item: memory stays flat
    # in the number of articles, and a free slot starts the next article at once.
    todo = (item for item in items if item.id not in done_ids)
    finished: asyncio.Queue[Outcome | Exception | None] = asyncio.Queue()

    async def worker() -> None:
        try:
            for item in todo:
                try:
                    text, summary = await _summarize(item, summarizer)
                except SummarizerError as e:
                    finished.put_nowait(Outcome(item.id, e))
                else:
                    finished.put_nowait(Outcome(item.id, summary, text))
        except Exception as e:  # a bug, not a bad article: the consumer re-raises it
            finished.put_nowait(e)
        finally:
            finished.put_nowait(None)

    workers = [asyncio.create_task(worker()) for _ in range(concurrency)]
    try:
        running = len(workers)
        while running:
            outcome = await finished.get()
            if outcome is None:
                running -= 1
            elif isinstance(outcome, Exception):
                raise outcome
            else:
                yield outcome
    finally:
        # The consumer stopped early (an error, Ctrl-C): no request may outlive the batch.
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)


def default_errors_path(out: Path) -> Path:
    """Where failures go unless told: ``out.jsonl`` -> ``out.errors.jsonl``."""
    return out.with_suffix(".errors.jsonl")


def completed_ids(out: Path) -> set[str]:
    """The ids already summarised in ``out``, after cutting away a torn last line.

    Lines are written whole, so a line without its newline can only be the tail of a write
    that a crash (or a full disk) interrupted; it is truncated so the next append starts clean.
    """
    try:
        data = out.read_bytes()
    except FileNotFoundError:
        return set()
    if data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        os.truncate(out, len(data))
    ids: set[str] = set()
    for line in data.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue  # not ours to judge: the item is simply summarised again
        if isinstance(record, dict) and isinstance(record.get("summary"), dict):
            key = record.get("id")
            if isinstance(key, str):
                ids.add(key)
    return ids


class _LineLog:
    """An append-only JSONL file where every record lands whole or not at all."""

    def __init__(self, path: Path, *, truncate: bool = False) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (os.O_TRUNC if truncate else 0)
        self.path = path
        self._fd = os.open(path, flags, 0o644)

    def append(self, record: dict[str, Any]) -> None:
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode()
        written = os.write(self._fd, line)  # one write: O_APPEND places it whole, at the end
        while written < len(line):  # only on a full disk or similar; resume repairs a tear
            written += os.write(self._fd, line[written:])
        os.fsync(self._fd)

    def close(self) -> None:
        os.close(self._fd)


def check_outputs(source: Path, out: Path, errors: Path, *, resume: bool) -> None:
    """Refuse, before any work, output paths that would lose or mix up data.

    Raises:
        InputError: OUT holds results and ``resume`` is off, or the paths collide.
    """
    for path, flag in ((out, "--out"), (errors, "--errors")):
        if path.is_dir() or not path.parent.is_dir():
            raise InputError(f"{path} is not a file in an existing folder: give another {flag}")
    if len({source.resolve(), out.resolve(), errors.resolve()}) < 3:
        raise InputError("the input, --out and --errors must be three different files")
    if not resume and out.exists() and out.stat().st_size > 0:
        raise InputError(
            f"{out} already holds results: pass --resume to skip them, or give a new --out path"
        )


async def batch_to_files(
    items: list[Item],
    summarizer: Summarizer,
    *,
    out: Path,
    errors: Path,
    concurrency: int,
    done_ids: Collection[str] = frozenset(),
    on_outcome: Callable[[Outcome], None] | None = None,
) -> Counts:
    """Run :func:`run_batch` over ``items``, appending results to ``out``, failures to ``errors``.

    Check the paths first with :func:`check_outputs`. ``errors`` is rewritten: it holds this
    run's failures, which are exactly the items still to do.

    Args:
        items: what to summarise, from :func:`load_items`.
        summarizer: the configured pipeline; its connections are the caller's to close.
        out: the results file, appended to.
        errors: the failures file, rewritten.
        concurrency: the most articles in flight at once.
        done_ids: ids to skip, from :func:`completed_ids` of ``out`` when resuming.
        on_outcome: called after each outcome is written, e.g. to advance a progress bar.

    Returns:
        How many items were done, failed and skipped.
    """
    counts = Counts(skipped=sum(item.id in done_ids for item in items))
    results, failures = _LineLog(out), _LineLog(errors, truncate=True)
    try:
        outcomes = run_batch(items, summarizer, concurrency=concurrency, done_ids=done_ids)
        # aclosing: on an error or Ctrl-C the requests still in flight are cancelled here, not
        # whenever the generator happens to be collected.
        async with aclosing(outcomes):
            async for outcome in outcomes:
                if isinstance(outcome.result, EventSummary):
                    summary = outcome.result.model_dump(mode="json")
                    results.append({"id": outcome.id, "summary": summary})
                    counts.done += 1
                else:
                    failures.append({"id": outcome.id, "error": outcome.error})
                    counts.failed += 1
                if on_outcome is not None:
                    on_outcome(outcome)
    finally:
        results.close()
        failures.close()
    return counts
