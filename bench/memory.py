"""Step 6: peak RSS of child processes (``os.wait4`` gives each child's own ru_maxrss)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from bench.common import ROOT, Row, fault_server
from bench.throughput import DELAY_S, good_answer
from summarizer.prompting import load_prompt

LIMIT_MB = 600


# A forked child inherits this process's RSS high-water mark (the loaded model) until exec, so
# measure through a small launcher whose own footprint is what its child starts from.
_LAUNCHER = (
    "import os, subprocess, sys\n"
    "p = subprocess.Popen(sys.argv[1:])\n"
    "_, status, usage = os.wait4(p.pid, 0)\n"
    "print(usage.ru_maxrss, os.waitstatus_to_exitcode(status), file=sys.stderr)\n"
)


def _peak_mb(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    rss_kb, rc = done.stderr.strip().splitlines()[-1].split()
    return int(rss_kb) / 1024, int(rc), done.stdout


def run(tmp: str, sizes: tuple[int, ...]) -> tuple[list[Row], dict[str, Any]]:
    article = os.path.join(tmp, "example.txt")
    with open(article, "w", encoding="utf-8") as f:
        f.write(load_prompt().example_article)
    exe = os.path.join(os.path.dirname(sys.executable), "summarizer")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SUMMARIZER_")}
    # The command line logs every summary: measured as it runs, but never in the user's own log.
    env["SUMMARIZER_LOG_DB"] = os.path.join(tmp, "runs.db")
    cli_mb, rc, _ = _peak_mb([exe, "summarize", article, "--max-reasks", "0"], env)
    rows = [
        Row(
            "memory: `summarizer summarize` (the embedded default: gazetteers, no model call)",
            cli_mb,
            LIMIT_MB,
            "MB",
            cli_mb / LIMIT_MB,
            "< 600 MB",
            cli_mb < LIMIT_MB and rc == 0,
            f"exit {rc}",
        )
    ]
    info: dict[str, Any] = {"cli_mb": cli_mb, "cli_rc": rc, "batch": {}}
    fs = fault_server()
    default = fs.Delay(DELAY_S, then=fs.Reply(good_answer()))
    for n in sizes:
        with fs.FaultServer([], default=default) as server:
            argv = [sys.executable, "-m", "bench.throughput", server.url, str(n), "64"]
            mb, rc, out = _peak_mb(argv, env)
        failures = json.loads(out)["failures"] if rc == 0 and out.strip() else None
        info["batch"][n] = {"mb": mb, "rc": rc, "failures": failures}
    first, last = sizes[0], sizes[-1]
    for n in sizes:
        mb = info["batch"][n]["mb"]
        note = f"exit {info['batch'][n]['rc']}, failures {info['batch'][n]['failures']}"
        ref = info["batch"][first]["mb"]
        rows.append(
            Row(
                f"memory: asummarize_many, {n} articles, concurrency 64",
                mb,
                ref,
                "MB",
                mb / ref,
                "< 600 MB",
                mb < LIMIT_MB,
                note + (f"; ref = the {first}-article run" if n != first else ""),
            )
        )
    growth = info["batch"][last]["mb"] / info["batch"][first]["mb"]
    info["flat_in_n"] = growth < 1.1
    rows[-1].note += f"; {'flat' if growth < 1.1 else 'NOT flat'} in N ({growth:.2f}x)"
    return rows, info
