"""Step 3: async throughput against the loopback FaultServer answering after a fixed delay.

The server runs in this process, so its threads and the client share one interpreter: a run is
as fast as the two together allow, and the figures move with whatever else loads the machine.
So each run starts from a fresh server (it keeps every request it saw), ours and bare take
turns going first, and each ratio is the median of several back-to-back pairs. The client's
own CPU per request (the event loop thread's CPU time, leaving out the server's threads) is
reported beside it: it explains a ratio, and moves far less with the load than wall time.

Also the child process of step 6: ``python -m bench.throughput URL N`` runs N articles through
``asummarize_many`` and prints its peak RSS.
"""

from __future__ import annotations

import asyncio
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable, Coroutine
from typing import Any

import openai

from bench.common import Row, fault_server
from summarizer.api import asummarize_many, get_summarizer
from summarizer.errors import SummarizerError
from summarizer.prompting import load_prompt

DELAY_S = 0.1
CONCURRENCY = (1, 8, 32, 64)
PAIRS = 3  # back-to-back ours/bare pairs per concurrency; 1 at concurrency 1 (n x DELAY_S each)

Client = Callable[[str, list[str], int], Coroutine[Any, Any, tuple[float, int]]]


def good_answer() -> str:
    """The prompt example's answer: grounded in the example article, so it validates."""
    answer = load_prompt().example_answer.model_dump(mode="json", exclude={"meta"})
    return json.dumps(answer)


async def ours(url: str, texts: list[str], concurrency: int) -> tuple[float, int]:
    options: dict[str, Any] = {"base_url": url, "max_reasks": 0}
    failures = 0
    started = time.perf_counter()
    async for _, result in asummarize_many(
        texts, concurrency=concurrency, model="llamacpp/bench", **options
    ):
        failures += isinstance(result, SummarizerError)
    elapsed = time.perf_counter() - started
    await get_summarizer("llamacpp/bench", **options).aclose()
    return elapsed, failures


async def bare(url: str, texts: list[str], concurrency: int) -> tuple[float, int]:
    # openai's own retries (2, as many as the pipeline's default transport retries), so a
    # refused connection costs the bare loop a retry too instead of a fast failure.
    client = openai.AsyncOpenAI(api_key="bench", base_url=url, max_retries=2, timeout=60)
    gate = asyncio.Semaphore(concurrency)
    prompt = load_prompt()
    failures = 0

    async def one(text: str) -> None:
        nonlocal failures
        async with gate:
            try:
                await client.chat.completions.create(
                    model="bench",
                    messages=prompt.messages(text),  # type: ignore[arg-type]
                    response_format={"type": "json_object"},
                    max_tokens=3000,
                    temperature=0.0,
                )
            except openai.OpenAIError:
                failures += 1

    started = time.perf_counter()
    await asyncio.gather(*(one(t) for t in texts))
    elapsed = time.perf_counter() - started
    await client.close()
    return elapsed, failures


def _measure(client: Client, texts: list[str], concurrency: int) -> dict[str, Any]:
    """One warmed-up run on a fresh server: wall time, failures, client CPU per request."""
    fs = fault_server()
    with fs.FaultServer([], default=fs.Delay(DELAY_S, then=fs.Reply(good_answer()))) as server:
        asyncio.run(client(server.url, texts[: min(concurrency, 8)], concurrency))
        cpu = time.thread_time()
        wall, failures = asyncio.run(client(server.url, texts, concurrency))
        cpu = time.thread_time() - cpu
        return {
            "s": wall,
            "failures": failures,
            "cpu_ms": cpu / len(texts) * 1e3,
            "peak": server.max_in_flight,
            "errors": len(server.errors),
        }


def run(n: int) -> tuple[list[Row], dict[str, Any]]:
    texts = [load_prompt().example_article] * n
    rows: list[Row] = []
    info: dict[str, Any] = {"n": n, "delay_s": DELAY_S, "runs": []}
    for c in CONCURRENCY:
        ideal = n * DELAY_S / c
        clients: list[tuple[str, Client]] = [("bare", bare), ("ours", ours)]
        pairs = []
        for i in range(1 if c == 1 else PAIRS):
            first = clients if i % 2 == 0 else clients[::-1]  # neither always runs second
            pairs.append({name: _measure(client, texts, c) for name, client in first})
        ratios = [p["bare"]["s"] / p["ours"]["s"] for p in pairs]
        r = statistics.median(ratios)
        med = {
            side: {k: statistics.median(p[side][k] for p in pairs) for k in ("s", "cpu_ms")}
            for side in ("ours", "bare")
        }
        ours_s, bare_s = med["ours"]["s"], med["bare"]["s"]
        ours_fail = sum(p["ours"]["failures"] for p in pairs)
        bare_fail = sum(p["bare"]["failures"] for p in pairs)
        errors = sum(p[side]["errors"] for p in pairs for side in ("ours", "bare"))
        peak = max(p["ours"]["peak"] for p in pairs)
        note = f"median of {len(pairs)}: " if len(pairs) > 1 else ""
        note += f"ideal {ideal:.2f}s; ours {ideal / ours_s:.0%} of ideal, bare {ideal / bare_s:.0%}"
        note += f"; client CPU/request ours {med['ours']['cpu_ms']:.1f} ms"
        note += f", bare {med['bare']['cpu_ms']:.1f} ms; server peak in flight {peak}"
        if ours_fail or bare_fail or errors:
            note += f"; FAILURES ours {ours_fail} bare {bare_fail} server errors {errors}"
        if ideal / bare_s < 0.5:
            note += "; SERVER-BOUND: loopback server collapses (HTTP/1.0, thread/request)"
        rows.append(
            Row(
                f"throughput: {n} articles, concurrency {c} (ours/bare)",
                ours_s,
                bare_s,
                "s",
                r,
                ">= 0.9",
                r >= 0.9 and not ours_fail,
                note,
            )
        )
        info["runs"].append(
            {
                "concurrency": c,
                "ideal_s": ideal,
                "ours_s": ours_s,
                "bare_s": bare_s,
                "ours_fraction_of_ideal": ideal / ours_s,
                "bare_fraction_of_ideal": ideal / bare_s,
                "ours_over_bare_throughput": r,
                "pair_ratios": ratios,
                "ours_client_cpu_ms_per_request": med["ours"]["cpu_ms"],
                "bare_client_cpu_ms_per_request": med["bare"]["cpu_ms"],
                "ours_failures": ours_fail,
                "bare_failures": bare_fail,
                "server_max_in_flight": peak,
            }
        )
    return rows, info


def _child(url: str, n: int, concurrency: int) -> None:
    texts = [load_prompt().example_article] * n
    _, failures = asyncio.run(ours(url, texts, concurrency))
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"n": n, "failures": failures, "rss_kb": rss_kb}))


if __name__ == "__main__":
    _child(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
