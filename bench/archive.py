"""Step 9: archive scale, ``summarizer batch --engine ray`` against ``--engine local``.

Every figure is a whole command line run, as a user types it, on real article text (the real
and synthetic fixtures, cycled): Ray's start (a local cluster on loopback), imports and shut
down included. Per-core rates come from the summaries' own ``meta.latency_s`` (the time a
worker spent on each article), so they leave out start-up; peak memory per worker is the
largest resident set any Ray Data worker process reached, read from /proc while it ran.
``python -m bench --only-archive`` runs this step alone.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import ROOT, Row, fault_server, ray_cluster
from bench.throughput import good_answer
from summarizer.prompting import load_prompt

ARTICLES = 500
LARGE = 2000  # where Ray's fixed start is a smaller part of the job
EMBEDDED_ARTICLES = 3  # a single call of the embedded model takes tens of seconds on one core
TARGET = 0.8  # ray's throughput over local's, same model and strategy (issue #13)
EXE = str(Path(sys.executable).parent / "summarizer")


def _texts() -> list[str]:
    files = sorted((ROOT / "evals" / "real").glob("*.json"))
    files += sorted((ROOT / "evals" / "fixtures").glob("*.json"))
    return [json.loads(f.read_text(encoding="utf-8"))["text"] for f in files]


def _jsonl(path: Path, texts: list[str], count: int) -> Path:
    rows = ({"id": f"a{i:05d}", "text": texts[i % len(texts)]} for i in range(count))
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


class _PeakWorkerMemory:
    """The largest resident set of any Ray Data worker process, polled while a run lasts."""

    def __init__(self) -> None:
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self) -> _PeakWorkerMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        while not self._stop.wait(0.2):
            for pid in ray_cluster().worker_pids():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue  # it ended while we looked
                if found := re.search(r"VmHWM:\s+(\d+) kB", status):
                    self.peak_mb = max(self.peak_mb, int(found[1]) / 1024)


def _run(args: list[str], tmp: Path) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "RAY_"))}
    env["SUMMARIZER_LOG_DB"] = str(tmp / "runs.db")  # never in your own run log
    with _PeakWorkerMemory() as memory:
        started = time.perf_counter()
        done = subprocess.run([EXE, "batch", *args], env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: exit {done.returncode}: {done.stderr[-2000:]}")
    return {"seconds": seconds, "worker_peak_mb": memory.peak_mb or None}


def _median_run(args: Callable[[int], list[str]], tmp: Path) -> dict[str, Any]:
    """Three runs of the same command, each into its own output, and their median time."""
    runs = [_run([*args(n), "--no-log"], tmp) for n in range(3)]
    middle = sorted(runs, key=lambda r: r["seconds"])[1]
    return {**middle, "runs": [r["seconds"] for r in runs]}


def _latencies(out: Path) -> list[float]:
    import pyarrow.parquet as pq

    summaries = [
        json.loads(s)
        for part in out.glob("*.parquet")
        for s in pq.read_table(part)["summary"].to_pylist()
    ]
    return [s["meta"]["latency_s"] for s in summaries]


def run() -> tuple[list[Row], dict[str, Any]]:
    results: dict[str, Any] = {}
    rows: list[Row] = []
    texts = _texts()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        source = _jsonl(tmp / "in.jsonl", texts, ARTICLES)
        # The engines alone: local logs each summary by default and ray does not, so neither does.
        # Three runs each where the ratio is judged, and the median, since a single whole command
        # line on two cores varies by a second.
        local = _median_run(lambda n: [str(source), "--out", str(tmp / f"local{n}.jsonl")], tmp)
        ray = _run([str(source), "--out", str(tmp / "ray"), "--engine", "ray"], tmp)
        large = _jsonl(tmp / "large.jsonl", texts, LARGE)
        large_local = _run([str(large), "--out", str(tmp / "large-local.jsonl"), "--no-log"], tmp)
        with ray_cluster().local_cluster() as address:
            joining = ["--engine", "ray", "--address", address]
            # A cluster's first Ray Data job also starts Ray Data's own helper actors (about 3 s
            # on two cores); a running cluster has them, so that job is timed on its own.
            first = _run([str(source), "--out", str(tmp / "first"), *joining], tmp)
            joined = _median_run(
                lambda n: [str(source), "--out", str(tmp / f"j{n}"), *joining], tmp
            )
            large_joined = _run([str(large), "--out", str(tmp / "large-joined"), *joining], tmp)
        per_core = len(_latencies(tmp / "ray")) / sum(_latencies(tmp / "ray"))
        results["default"] = {"local": local, "ray": ray, "joined": joined}
        results["default"]["per_core_per_s"] = per_core
        results["default"]["first_job"] = first
        results["default"]["large"] = {"local": large_local, "joined": large_joined}
        for run, reference, count, how in (
            (ray, local, ARTICLES, "Ray started and stopped by the command"),
            (first, local, ARTICLES, "the first job on a cluster just started"),
            (joined, local, ARTICLES, "joining a running cluster"),
            (large_joined, large_local, LARGE, "joining a running cluster"),
        ):
            ratio = reference["seconds"] / run["seconds"]
            rows.append(
                Row(
                    f"archive: {count} articles, default strategy, `--engine ray` (2 workers, "
                    f"{how}) vs `--engine local`, articles/s",
                    count / run["seconds"],
                    count / reference["seconds"],
                    "/s",
                    ratio,
                    f">= {TARGET}x",
                    ratio >= TARGET,
                    f"{run['seconds']:.1f} s vs {reference['seconds']:.1f} s, whole command lines, "
                    "no run log" + (", medians of 3" if "runs" in run else ""),
                )
            )
        rows.append(
            Row(
                "archive: default strategy, articles/s per worker core (from meta.latency_s)",
                per_core,
                note=f"peak RSS per worker {ray['worker_peak_mb']:.0f} MB",
            )
        )

        embedded = _jsonl(tmp / "embedded.jsonl", texts, EMBEDDED_ARTICLES)
        single = ["--engine", "ray", "--strategy", "single", "--concurrency", "1"]
        single += ["--max-reasks", "0"]
        model = _run([str(embedded), "--out", str(tmp / "single"), *single], tmp)
        latencies = _latencies(tmp / "single")
        model["per_core_per_s"] = len(latencies) / sum(latencies)
        results["embedded_single"] = model
        rows.append(
            Row(
                "archive: the embedded model's single call, articles/s per worker core",
                model["per_core_per_s"],
                note=f"{EMBEDDED_ARTICLES} real articles, no re-ask, one block on one worker; "
                f"peak RSS per worker {model['worker_peak_mb']:.0f} MB",
            )
        )

        server_rows, results["server"] = _against_a_server(tmp)
        rows += server_rows
    return rows, results


def _against_a_server(tmp: Path) -> tuple[list[Row], dict[str, Any]]:
    """A loopback server answering in 100 ms: Ray workers each keep their own concurrency."""
    servers = fault_server()
    count, concurrency = 400, 8
    # The server's answer is grounded in the prompt's example article, so that is the input.
    source = _jsonl(tmp / "server.jsonl", [load_prompt().example_article], count)
    results: dict[str, Any] = {}
    rows: list[Row] = []
    answer = servers.Delay(0.1, then=servers.Reply(good_answer()))
    for workers in (1, 2):
        with servers.FaultServer([], default=answer) as server:
            model = ["--model", "llamacpp/bench", "--base-url", server.url, "--max-reasks", "0"]
            args = [str(source), "--out", str(tmp / f"server-{workers}"), "--engine", "ray"]
            args += ["--workers", str(workers), "--concurrency", str(concurrency), *model]
            run = _run(args, tmp)
        results[workers] = run
        ideal = workers * concurrency / 0.1
        rows.append(
            Row(
                f"archive: loopback server answering in 100 ms, {workers} worker(s) x "
                f"concurrency {concurrency}, {count} articles, articles/s",
                count / run["seconds"],
                ideal,
                "/s",
                count / run["seconds"] / ideal,
                note="reference: the ideal, workers x concurrency / 0.1 s",
            )
        )
    return rows, results
