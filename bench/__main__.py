"""``python -m bench [--quick] [--out bench/results.json]``: print the table, write the JSON."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from bench import archive, local, memory, realnews, replay, throughput
from bench.common import Row


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    text = f"{value:.0f}" if abs(value) >= 100 or float(value).is_integer() else f"{value:.3g}"
    return f"{text} {unit}".strip()


def table(rows: list[Row]) -> Table:
    t = Table(title="summarizer benchmark", show_lines=False)
    for name in ("figure", "value", "reference", "ratio", "target", "met?", "note"):
        t.add_column(name, overflow="fold")
    for r in rows:
        met = "-" if r.met is None else ("[green]yes[/]" if r.met else "[red]NO[/]")
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}x"
        t.add_row(
            r.figure, _fmt(r.value, r.unit), _fmt(r.reference, r.unit), ratio, r.target, met, r.note
        )
    return t


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="128 articles instead of 512")
    parser.add_argument("--out", type=Path, default=Path("bench/results.json"))
    parser.add_argument("--reps", type=int, default=2, help="embedded-model repetitions")
    parser.add_argument(
        "--only-real-news", action="store_true", help="step 8 alone: the default on real pages"
    )
    parser.add_argument(
        "--only-archive", action="store_true", help="step 9 alone: --engine ray vs local"
    )
    args = parser.parse_args(argv)
    console = Console(stderr=True)
    n = 128 if args.quick else 512
    started = time.perf_counter()
    rows: list[Row] = []
    results: dict[str, Any] = {}
    if args.only_real_news or args.only_archive:
        rows, results["only"] = realnews.run() if args.only_real_news else archive.run()
        Console(width=None if sys.stdout.isatty() else 200).print(table(rows))
        return 0 if all(r.met is not False for r in rows) else 1

    console.log("1/9 embedded model: single call vs bare llama_cpp")
    r1, results["overhead"] = local.overhead(args.reps)
    rows += r1
    console.log("1/9 embedded model: guided strategy vs its questions asked bare; 7/9 measured")
    r1g, results["guided"] = local.guided(args.reps)
    rows += r1g
    console.log("2/9 prompt economy")
    r2, results["prompt"] = local.prompt_economy()
    rows += r2
    console.log(f"3/9 async throughput, {n} articles")
    r3, results["throughput"] = throughput.run(n)
    rows += r3
    with tempfile.TemporaryDirectory() as tmp:
        console.log("4/9 replay vs live; 5/9 scoring")
        r4, results["replay"], pairs = replay.replay(Path(tmp))
        rows += r4
        r5, results["scoring"] = replay.scoring(pairs) if pairs else (replay.no_scoring(), {})
        rows += r5
        console.log("6/9 memory")
        r6, results["memory"] = memory.run(tmp, (128, 1000))
        rows += r6
    console.log("7/9 scaling of the single call (predicted)")
    rows += local.scaling(results["overhead"], results["prompt"], results["overhead"]["out"])
    console.log("8/9 real news: the embedded default on real pages")
    r8, results["realnews"] = realnews.run()
    rows = r8 + rows
    console.log("9/9 archive scale: --engine ray vs --engine local")
    r9, results["archive"] = archive.run()
    rows += r9

    Console(width=None if sys.stdout.isatty() else 200).print(table(rows))
    missed = [r.figure for r in rows if r.met is False]
    print(f"targets missed: {len(missed)}" + "".join(f"\n- {m}" for m in missed))
    print(f"total bench time {time.perf_counter() - started:.0f} s")
    payload = {
        "machine": {
            "processor": platform.processor(),
            "platform": platform.platform(),
            "cpu_count": os.cpu_count(),
            "python": sys.version.split()[0],
        },
        "quick": args.quick,
        "rows": [r.as_dict() for r in rows],
        "details": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
