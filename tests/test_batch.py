"""``summarizer batch`` against a slow loopback server: killed mid-run and resumed, it loses
nothing and repeats little; bad items are failures in the errors file, never the end of the run;
an existing OUT is never overwritten; and the concurrency limit holds on the wire."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.batch import Item, run_batch
from summarizer.cli import app
from summarizer.pipeline import Summarizer
from summarizer.prompting import load_prompt
from summarizer.schema import EventSummary
from summarizer.settings import Settings
from tests.fault_server import Delay, FaultServer, Reply, example_answer

pytestmark = pytest.mark.server

ARTICLE = load_prompt().example_article
GOOD = example_answer()
SCRIPT = Path(sys.executable).parent / "summarizer"  # the console script of this environment

runner = CliRunner()


@pytest.fixture
def slow() -> Iterator[FaultServer]:
    """A server that takes 0.2 s over every answer, like a (very fast) real model."""
    with FaultServer([], default=Delay(0.2, then=Reply(GOOD))) as server:
        yield server


def articles(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"story-{i:02d}.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def args(server: FaultServer, *extra: str) -> list[str]:
    model = ["--model", "llamacpp/batch-test", "--base-url", server.url, "--max-reasks", "0"]
    return ["batch", *extra, *model]


def read_results(out: Path) -> dict[str, EventSummary]:
    """Every line of OUT, checked: whole, JSON, a valid summary, and no id twice."""
    data = out.read_bytes()
    assert not data or data.endswith(b"\n"), "a torn last line"
    records = [json.loads(line) for line in data.splitlines()]
    ids = Counter(r["id"] for r in records)
    assert all(n == 1 for n in ids.values()), f"ids written twice: {ids.most_common(3)}"
    return {r["id"]: EventSummary.model_validate(r["summary"]) for r in records}


def read_errors(path: Path) -> dict[str, str]:
    return {r["id"]: r["error"] for r in map(json.loads, path.read_text().splitlines())}


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path: Path, slow: FaultServer) -> None:
    count, concurrency = 30, 4
    folder = articles(tmp_path / "in", count)
    out = tmp_path / "out.jsonl"
    command = [str(SCRIPT), *args(slow, str(folder), "--out", str(out))]
    command += ["--concurrency", str(concurrency)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("SUMMARIZER_")}
    env["SUMMARIZER_LOG_DB"] = str(tmp_path / "runs.db")

    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while not out.exists() or out.read_bytes().count(b"\n") < 5:
            assert proc.poll() is None, "finished before it could be killed"
            assert time.monotonic() < deadline, "no results written"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.communicate(timeout=10)
    time.sleep(0.3)  # requests already on their way reach the server before the count
    written, asked = len(read_results(out)), len(slow.requests)
    assert 5 <= written < count
    assert asked - written <= concurrency  # work lost to the kill: only what was in flight

    resumed = subprocess.run(
        [*command, "--resume"], env=env, capture_output=True, text=True, timeout=30
    )
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout == ""
    assert resumed.stderr.strip().splitlines()[-1] == (
        f"{count - written} done, 0 failed, {written} skipped (already in {out})"
    )
    assert sorted(read_results(out)) == [f"story-{i:02d}" for i in range(count)]
    assert len(slow.requests) - asked == count - written  # the resume repeated nothing
    assert len(slow.requests) <= count + concurrency


def test_a_bad_article_fails_alone(tmp_path: Path, slow: FaultServer) -> None:
    folder = articles(tmp_path / "in", 4)
    (folder / "blank.txt").write_text("  \n")
    (folder / "binary.html").write_bytes(b"\x00\x01\x02\x03")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, args(slow, str(folder), "--out", str(out)))
    assert result.exit_code == 1
    assert result.stdout == ""
    errors = tmp_path / "out.errors.jsonl"
    assert result.stderr.strip().splitlines()[-1] == (
        f"4 done, 2 failed, 0 skipped (already in {out}); errors in {errors}"
    )
    assert sorted(read_results(out)) == [f"story-{i:02d}" for i in range(4)]
    reasons = read_errors(errors)
    assert sorted(reasons) == ["binary", "blank"]
    assert "is empty" in reasons["blank"] and "looks binary" in reasons["binary"]
    assert "Traceback" not in result.output
    assert len(slow.requests) == 4


def test_existing_out_is_never_overwritten(tmp_path: Path, slow: FaultServer) -> None:
    folder = articles(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "precious", "summary": {}}\n')
    before = out.read_bytes()
    result = runner.invoke(app, args(slow, str(folder), "--out", str(out)))
    assert result.exit_code == 2
    assert "--resume" in result.stderr and "new --out" in result.stderr
    assert out.read_bytes() == before
    assert not (tmp_path / "out.errors.jsonl").exists()
    assert slow.requests == []


def test_jsonl_items_inline_by_path_and_malformed(tmp_path: Path, slow: FaultServer) -> None:
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "b.txt").write_text(ARTICLE)
    lines = [
        json.dumps({"id": "inline", "text": ARTICLE}),
        json.dumps({"id": "by-path", "path": "stories/b.txt"}),
        "",  # blank lines are skipped, not failures
        '{"id": "broken", "text": ',
        json.dumps({"text": ARTICLE}),
        json.dumps({"id": "both", "text": ARTICLE, "path": "stories/b.txt"}),
        json.dumps({"id": "inline", "text": ARTICLE}),
        json.dumps({"id": "gone", "path": "stories/missing.txt"}),
        json.dumps({"id": 7, "text": ARTICLE}),
    ]
    source = tmp_path / "items.jsonl"
    source.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, args(slow, str(source), "--out", str(out), "--concurrency", "3"))
    assert result.exit_code == 1, result.output
    assert sorted(read_results(out)) == ["7", "by-path", "inline"]
    reasons = read_errors(tmp_path / "out.errors.jsonl")
    assert sorted(reasons) == ["both", "gone", "line 4", "line 5", "line 7"]
    assert "not valid JSON" in reasons["line 4"]
    assert '"id"' in reasons["line 5"]
    assert "exactly one of" in reasons["both"]
    assert "duplicate id 'inline' (first on line 1)" in reasons["line 7"]
    assert "does not exist" in reasons["gone"]
    assert all("\n" not in reason for reason in reasons.values())


def test_concurrency_is_bounded_on_the_wire(tmp_path: Path, slow: FaultServer) -> None:
    folder = articles(tmp_path / "in", 12)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, args(slow, str(folder), "--out", str(out), "--concurrency", "3"))
    assert result.exit_code == 0, result.output
    assert len(read_results(out)) == 12
    assert slow.max_in_flight == 3  # reached, never exceeded


def test_resume_cuts_a_torn_line_and_retries_failures(tmp_path: Path, slow: FaultServer) -> None:
    folder = articles(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    summary = load_prompt().example_answer.model_dump(mode="json")
    whole = json.dumps({"id": "story-00", "summary": summary}) + "\n"
    out.write_text(whole + whole[: len(whole) // 2].replace("story-00", "story-01"))
    errors = tmp_path / "out.errors.jsonl"
    errors.write_text('{"id": "story-02", "error": "from an earlier run"}\n')
    result = runner.invoke(app, args(slow, str(folder), "--out", str(out), "--resume"))
    assert result.exit_code == 0, result.output
    assert "2 done, 0 failed, 1 skipped" in result.stderr
    assert sorted(read_results(out)) == ["story-00", "story-01", "story-02"]
    assert out.read_text().startswith(whole)
    assert errors.read_text() == ""  # this run's failures only: none
    assert len(slow.requests) == 2


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("missing.jsonl", "does not exist"),
        ("one.txt", "is one article"),
        ("empty", "no .txt or .html files"),
    ],
)
def test_bad_input_is_a_usage_error(tmp_path: Path, name: str, fragment: str) -> None:
    (tmp_path / "one.txt").write_text(ARTICLE)
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(tmp_path / name), "--out", str(out)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0]
    assert not out.exists()


def test_review_pages_for_each_result(tmp_path: Path, slow: FaultServer) -> None:
    folder = articles(tmp_path / "in", 3)
    (folder / "empty.txt").write_text("")
    out, pages = tmp_path / "out.jsonl", tmp_path / "pages"
    result = runner.invoke(
        app, args(slow, str(folder), "--out", str(out), "--review-dir", str(pages))
    )
    assert result.exit_code == 1  # the empty article failed; the others have their pages
    written = sorted(p.name for p in pages.iterdir())
    assert written == sorted(f"{i}.html" for i in read_results(out))
    page = (pages / written[0]).read_text(encoding="utf-8")
    assert page.count('<mark class="hl-') >= 5 and "WINNIPEG" in page


def test_a_bug_in_one_article_ends_the_batch_instead_of_hanging(slow: FaultServer) -> None:
    """Workers pull from one iterator; an exception that is not a SummarizerError (a bug) must
    reach the consumer, and the other workers must be cancelled, not left waiting."""

    class Buggy(Summarizer):
        async def asummarize(self, text: str, *, source: str | None = None) -> EventSummary:
            if text == "bug":
                raise RuntimeError("a bug, not a bad article")
            return await super().asummarize(text, source=source)

    summarizer = Buggy(Settings.load(env={}, model="llamacpp/test", base_url=slow.url))
    items = [Item(str(i), text="bug" if i == 3 else ARTICLE) for i in range(8)]

    async def consume() -> list[str]:
        done = []
        async for outcome in run_batch(items, summarizer, concurrency=2):
            done.append(outcome.id)
        return done

    with pytest.raises(RuntimeError, match="a bug"):
        asyncio.run(asyncio.wait_for(consume(), timeout=30))
