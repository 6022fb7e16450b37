"""Step 3: async throughput against the loopback FaultServer answering after a fixed delay.

Also the child process of step 6: ``python -m bench.throughput URL N`` runs N articles through
``asummarize_many`` and prints its peak RSS.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from typing import Any

import openai

from bench.common import Row, fault_server, ratio
from summarizer.api import asummarize_many, get_summarizer
from summarizer.errors import SummarizerError
from summarizer.prompting import load_prompt

DELAY_S = 0.1
CONCURRENCY = (1, 8, 32, 64)


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


def run(n: int) -> tuple[list[Row], dict[str, Any]]:
    fs = fault_server()
    texts = [load_prompt().example_article] * n
    rows: list[Row] = []
    info: dict[str, Any] = {"n": n, "delay_s": DELAY_S, "runs": []}
    default = fs.Delay(DELAY_S, then=fs.Reply(good_answer()))
    for c in CONCURRENCY:
        ideal = n * DELAY_S / c
        with fs.FaultServer([], default=default) as server:
            asyncio.run(bare(server.url, texts[: min(c, 8)], c))  # warm both paths up
            asyncio.run(ours(server.url, texts[: min(c, 8)], c))
            bare_s, bare_fail = asyncio.run(bare(server.url, texts, c))
            ours_s, ours_fail = asyncio.run(ours(server.url, texts, c))
            peak = server.max_in_flight
            errors = len(server.errors)
        r = ratio(bare_s, ours_s)  # ours/bare throughput
        note = f"ideal {ideal:.2f}s; ours {ideal / ours_s:.0%} of ideal, bare {ideal / bare_s:.0%}"
        note += f"; server peak in flight {peak}"
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
                r is not None and r >= 0.9 and not ours_fail,
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
