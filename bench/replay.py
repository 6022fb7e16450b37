"""Steps 4 and 5: replaying recorded eval answers, and scoring speed."""

from __future__ import annotations

import itertools
import json
import statistics
import time
from typing import Any

from bench.common import FIXTURES, RECORDING, Row, ratio
from summarizer.backends.recording import Recorder
from summarizer.evaluation.fixtures import load_fixtures
from summarizer.evaluation.scoring import score_article
from summarizer.pipeline import Summarizer
from summarizer.schema import EventSummary
from summarizer.settings import Settings


def recorded_output_tokens() -> list[int]:
    lines = RECORDING.read_text(encoding="utf-8").splitlines()
    return [json.loads(x)["response"]["usage"]["completion_tokens"] for x in lines if x.strip()]


def replay(gen_tps: float | None) -> tuple[list[Row], dict[str, Any], list[Any]]:
    """Step 4: 20 fixtures through the pipeline, answers replayed from the recording."""
    fixtures = [f for f in load_fixtures(FIXTURES) if f.id != "long-inquiry-report"]
    recorder = Recorder(RECORDING, "replay")
    summarizer = Summarizer(Settings.load(env={}, model="local", max_reasks=0), recorder=recorder)
    pairs: list[tuple[Any, EventSummary]] = []
    failures: list[str] = []
    started = time.perf_counter()
    for fixture in fixtures:
        try:
            pairs.append((fixture, summarizer.summarize(fixture.text)))
        except Exception as e:
            failures.append(f"{fixture.id}: {e}".splitlines()[0])
    wall = time.perf_counter() - started
    per_article = wall / len(fixtures)
    tokens = statistics.median(recorded_output_tokens())
    live = tokens / gen_tps if gen_tps else None
    r = ratio(live, per_article)
    note = f"{recorder.hits} replayed, {recorder.misses} model calls (misses)"
    if failures:
        note += f"; {len(failures)} FAILED: {failures[0]}"
    rows = [
        Row(
            f"replay: {len(fixtures)} fixtures, wall time",
            wall,
            unit="s",
            met=recorder.misses == 0 and not failures,
            target="0 model calls",
            note=note,
        ),
        Row(
            "replay: per article vs live (live ESTIMATED)",
            per_article,
            live,
            "s",
            r,
            note=f"live = median {tokens:.0f} recorded out tokens / step-1 gen speed; "
            "ratio = live/replay speed-up",
        ),
    ]
    info = {
        "wall_s": wall,
        "hits": recorder.hits,
        "misses": recorder.misses,
        "failures": failures,
        "median_recorded_output_tokens": tokens,
        "live_estimated_s": live,
    }
    return rows, info, pairs


def scoring(pairs: list[Any], n: int = 1000) -> tuple[list[Row], dict[str, Any]]:
    """Step 5: ``score_article`` over n predicted/gold pairs, cycling the replayed ones.

    The scorers cache what they derive from a string (names, texts, the article), so the first
    pass over the distinct pairs, with nothing cached yet, is reported beside the total.
    """
    work = list(itertools.islice(itertools.cycle(pairs), n))
    started = time.perf_counter()
    for fixture, summary in work[: len(pairs)]:
        score_article(fixture, summary)
    first = time.perf_counter() - started
    for fixture, summary in work[len(pairs) :]:
        score_article(fixture, summary)
    wall = time.perf_counter() - started
    row = Row(
        f"scoring: {n} predicted/gold pairs",
        wall,
        1.0,
        "s",
        wall,
        "< 1 s",
        wall < 1.0,
        f"{wall / n * 1e3:.2f} ms per pair; first pass over the {len(pairs)} distinct pairs "
        f"{first / len(pairs) * 1e3:.2f} ms per pair; reference = the 1 s target",
    )
    return [row], {"wall_s": wall, "pairs": n, "first_pass_ms_per_pair": first / len(pairs) * 1e3}


def no_scoring() -> list[Row]:
    """Step 5 without replayed summaries to score: a missed row, so the gap is not silent."""
    note = "no replayed summaries to score: step 4 failed (re-record the recording?)"
    return [Row("scoring: 1000 predicted/gold pairs", None, target="< 1 s", met=False, note=note)]
