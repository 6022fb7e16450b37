"""A Ray cluster on loopback for the tests and the benchmark, stopped when the block ends, and
the processes of our Ray Data workers on it.

Every server listens on 127.0.0.1 only (ray does so only in its laptop mode, which
RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 selects), with token authentication and no usage report.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

RAY = Path(sys.executable).parent / "ray"
WORKER = "MapWorker(MapBatches(_SummarizeBatch))"  # the title Ray gives our worker processes


def worker_pids() -> list[int]:
    """The pids of the processes running our Ray Data worker on this machine."""
    pids = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and WORKER in (proc / "cmdline").read_text():
                pids.append(int(proc.name))
        except OSError:
            continue  # it ended while we looked
    return pids


@contextlib.contextmanager
def local_cluster(cpus: int = 2) -> Iterator[str]:
    """Start ``ray start --head --block`` on a free loopback port; yield its address."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ,
        "RAY_USAGE_STATS_ENABLED": "0",
        "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
        "RAY_AUTH_MODE": "token",
        "RAY_GRACEFUL_SHUTDOWN_DRAIN_TIMEOUT_S": "0",  # nothing to drain: stop at once
    }
    if not (Path.home() / ".ray" / "auth_token").is_file():
        subprocess.run([RAY, "get-auth-token", "--generate"], env=env, check=True)
    head = subprocess.Popen(
        [
            *(RAY, "start", "--head", "--block", "--node-ip-address", "127.0.0.1"),
            *("--port", str(port), "--num-cpus", str(cpus), "--include-dashboard", "false"),
            "--disable-usage-stats",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    address = f"127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while subprocess.run(
            [RAY, "status", "--address", address], env=env, capture_output=True
        ).returncode:
            if head.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the Ray cluster did not come up")
            time.sleep(1)
        yield address
    finally:
        head.send_signal(signal.SIGTERM)  # --block: it stops every process it started
        head.wait(timeout=60)
