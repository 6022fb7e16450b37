"""``summarizer batch --engine ray`` on a real Ray cluster on loopback, joined with --address.

CI starts the cluster (``ray start --head --num-cpus 2``) and names it in
SUMMARIZER_TEST_RAY_ADDRESS; elsewhere this module starts one with ``ray start --block`` and
stops it at the end. Every id ends in exactly one of the results and the errors; the results
are the local engine's; a worker killed mid-run and a job killed mid-run lose nothing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.prompting import load_prompt
from tests.fault_server import Delay, FaultServer, Reply, example_answer
from tests.ray_cluster import local_cluster, worker_pids

pq = pytest.importorskip("pyarrow.parquet", reason="the ray extra is not installed")

# One worker process on the shared cluster at a time: the tests of this module run together.
pytestmark = [pytest.mark.ray, pytest.mark.xdist_group("ray")]

BIN = Path(sys.executable).parent
ARTICLE = load_prompt().example_article
runner = CliRunner()


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """The address of a Ray cluster listening on loopback."""
    given = os.environ.get("SUMMARIZER_TEST_RAY_ADDRESS")
    if given:
        yield given
        return
    with local_cluster() as address:
        yield address


def run(cluster: str, tmp_path: Path, *args: str | Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "RAY_"))}
    command = [BIN / "summarizer", "batch", *args, "--engine", "ray", "--address", cluster]
    return subprocess.Popen(
        [*map(str, command), "--no-log"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen[str], timeout: float = 240) -> tuple[int, str]:
    _, stderr = proc.communicate(timeout=timeout)
    return proc.returncode, stderr


def read(out: Path) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The summaries and the errors in OUT, each id checked to be there once in all."""
    results = [r for part in sorted(out.glob("*.parquet")) for r in pq.read_table(part).to_pylist()]
    failures = [
        r for part in sorted(out.glob("errors/*.parquet")) for r in pq.read_table(part).to_pylist()
    ]
    ids = Counter(r["id"] for r in [*results, *failures])
    assert all(n == 1 for n in ids.values()), f"ids written twice: {ids.most_common(3)}"
    return {r["id"]: json.loads(r["summary"]) for r in results}, {
        r["id"]: r["error"] for r in failures
    }


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def without_latency(summary: dict[str, Any]) -> dict[str, Any]:
    return {**summary, "meta": {**summary["meta"], "latency_s": None}}


def jsonl(path: Path, rows: list[dict[str, Any]], *raw: str) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "".join(raw), encoding="utf-8")
    return path


@pytest.fixture
def slow() -> Iterator[FaultServer]:
    """A model server that takes 0.2 s over every answer."""
    with FaultServer([], default=Delay(0.2, then=Reply(example_answer()))) as server:
        yield server


def model(server: FaultServer) -> list[str]:
    return ["--model", "llamacpp/ray-test", "--base-url", server.url, "--max-reasks", "0"]


def test_ray_gives_what_local_gives_and_the_same_failures(cluster: str, tmp_path: Path) -> None:
    texts = [json.loads(p.read_text())["text"] for p in sorted(Path("evals/real").glob("*.json"))]
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01PNG" * 50)
    rows = [{"id": f"a{i:03d}", "text": texts[i % len(texts)]} for i in range(200)]
    rows += [{"id": "empty", "text": "  \n"}, {"id": "binary", "path": "binary.txt"}]
    rows += [{"id": "missing", "path": "nowhere.txt"}, {"id": "a000", "text": "again"}]
    source = jsonl(tmp_path / "in.jsonl", rows, "{not json\n")

    code, stderr = finish(run(cluster, tmp_path, source, "--out", tmp_path / "out"))
    assert code == 1, stderr  # some articles failed
    assert stderr.strip().splitlines()[-1].startswith("200 done, 5 failed, 0 skipped")
    summaries, errors = read(tmp_path / "out")

    local = runner.invoke(app, ["batch", str(source), "--out", str(tmp_path / "l.jsonl")])
    assert local.exit_code == 1, local.output
    expected = {r["id"]: r["summary"] for r in lines(tmp_path / "l.jsonl")}
    expected_errors = {r["id"]: r["error"] for r in lines(tmp_path / "l.errors.jsonl")}
    assert len(expected) == 200
    assert {k: without_latency(v) for k, v in summaries.items()} == {
        k: without_latency(v) for k, v in expected.items()
    }
    assert errors == expected_errors
    assert set(errors) == {"empty", "binary", "missing", "line 204", "line 205"}


def test_a_killed_worker_loses_nothing(cluster: str, tmp_path: Path, slow: FaultServer) -> None:
    count = 96
    source = jsonl(
        tmp_path / "in.jsonl", [{"id": f"s{i:02d}", "text": ARTICLE} for i in range(count)]
    )
    proc = run(
        cluster, tmp_path, source, "--out", tmp_path / "out", "--concurrency", "4", *model(slow)
    )
    deadline = time.monotonic() + 120
    while len(slow.requests) < 20:
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "no work started"
        time.sleep(0.05)
    victims = worker_pids()
    assert victims, "no worker process found"
    os.kill(victims[0], signal.SIGKILL)

    code, stderr = finish(proc)
    assert code == 0, stderr
    summaries, errors = read(tmp_path / "out")
    assert sorted(summaries) == [f"s{i:02d}" for i in range(count)]
    assert errors == {}
    assert count < len(slow.requests)  # the killed worker's block was done again


def test_a_killed_job_resumes_without_loss_or_duplicates(
    cluster: str, tmp_path: Path, slow: FaultServer
) -> None:
    count = 160
    source = jsonl(
        tmp_path / "in.jsonl", [{"id": f"s{i:03d}", "text": ARTICLE} for i in range(count)]
    )
    out = tmp_path / "out"
    args = (source, "--out", out, "--concurrency", "4", *model(slow))
    proc = run(cluster, tmp_path, *args)
    deadline = time.monotonic() + 120
    while not any(out.glob("*.parquet")):
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "no results written"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 60
    while worker_pids():  # Ray ends a dead driver's workers; wait, or they might still write
        assert time.monotonic() < deadline, "the killed job's workers live on"
        time.sleep(0.2)
    written, asked = len(read(out)[0]), len(slow.requests)
    assert 0 < written < count

    code, stderr = finish(run(cluster, tmp_path, *args, "--resume"))
    assert code == 0, stderr
    assert (
        stderr.strip()
        .splitlines()[-1]
        .startswith(f"{count - written} done, 0 failed, {written} skipped (already in {out})")
    )
    summaries, errors = read(out)
    assert sorted(summaries) == [f"s{i:03d}" for i in range(count)]
    assert errors == {}
    assert len(slow.requests) - asked == count - written  # the resume redid nothing written


def test_existing_results_need_resume(cluster: str, tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", [{"id": "one", "text": ARTICLE}])
    out = tmp_path / "out"
    assert finish(run(cluster, tmp_path, source, "--out", out))[0] == 0
    code, stderr = finish(run(cluster, tmp_path, source, "--out", out))
    assert code == 2
    assert stderr == (
        f"error: {out} already holds results: pass --resume to skip them, or give a new --out "
        "folder\n"
    )
    code, stderr = finish(run(cluster, tmp_path, source, "--out", out, "--resume"))
    assert code == 0, stderr
    assert stderr.strip().splitlines()[-1].startswith("0 done, 0 failed, 1 skipped")


def test_parquet_in_parquet_out(cluster: str, tmp_path: Path) -> None:
    import pyarrow as pa

    texts = [json.loads(p.read_text())["text"] for p in sorted(Path("evals/real").glob("*.json"))]
    table = pa.table({"id": list(range(len(texts))), "text": texts})
    pq.write_table(table, tmp_path / "in.parquet")
    code, stderr = finish(
        run(cluster, tmp_path, tmp_path / "in.parquet", "--out", tmp_path / "out")
    )
    assert code == 0, stderr
    summaries, _ = read(tmp_path / "out")
    assert sorted(summaries, key=int) == [str(i) for i in range(len(texts))]
    columns = pq.read_table(sorted((tmp_path / "out").glob("*.parquet"))).column_names
    assert columns == [
        "id", "summary", "headline", "when", "actors", "locations", "commitments",
        "expert_views", "grounded", "warnings", "model", "prompt_version",
    ]  # fmt: skip


API = """
import json, sys
from summarizer.cluster import prepare_environment
prepare_environment(sys.argv[1])  # before ray is imported
import ray.data
from summarizer.distributed import connect, summarize_dataset
from summarizer.settings import Settings
connect(sys.argv[1])
ds = ray.data.from_items([{"key": 7, "body": sys.argv[2]}, {"key": 8, "body": " "}])
rows = summarize_dataset(ds, Settings.load(log=False), text_column="body", id_column="key")
print(json.dumps(rows.take_all(), default=str))
"""


def test_summarize_dataset_from_python(cluster: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "RAY_"))}
    done = subprocess.run(
        [sys.executable, "-c", API, cluster, ARTICLE],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    rows = {row["id"]: row for row in json.loads(done.stdout.splitlines()[-1])}
    assert rows["8"]["error"] == "article is empty: give the article text"
    assert rows["8"]["summary"] is None
    seven = rows["7"]
    assert seven["error"] is None
    summary = json.loads(seven["summary"])
    assert summary["actors"] and summary["meta"]["strategy"] == "extract"
    assert seven["headline"] == summary["headline"]
    assert seven["actors"] == len(summary["actors"])
    assert seven["grounded"] is True
    assert seven["prompt_version"] == summary["meta"]["prompt_version"]


def test_without_the_extra_it_says_how_to_install_it(tmp_path: Path) -> None:
    hide_ray = "import sys; sys.modules['ray'] = None; from summarizer.cli import app; app()"
    source = jsonl(tmp_path / "in.jsonl", [{"id": "one", "text": ARTICLE}])
    command = [sys.executable, "-c", hide_ray, "batch", str(source), "--out", "out"]
    result = subprocess.run(
        [*command, "--engine", "ray"], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 2
    assert result.stderr == (
        "error: --engine ray needs the ray extra: pip install 'summarizer[ray]' "
        "(from a checkout: pip install -e '.[ray]')\n"
    )
    assert not (tmp_path / "out").exists()
