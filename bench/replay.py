"""Steps 4 and 5: a batch replayed from recorded answers vs its live first run; scoring."""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Any

from bench.common import FIXTURES, Row, ratio
from summarizer.backends.recording import Recorder
from summarizer.evaluation.fixtures import load_fixtures
from summarizer.evaluation.scoring import score_article
from summarizer.pipeline import Summarizer
from summarizer.schema import EventSummary
from summarizer.settings import Settings


def _run(fixtures: list[Any], recorder: Recorder) -> tuple[float, list[Any], list[str]]:
    """Summarise every fixture through ``recorder``; (wall seconds, pairs, failures)."""
    settings = Settings.load(env={}, model="local", max_reasks=0, strategy="guided")
    summarizer = Summarizer(settings, recorder=recorder)
    pairs: list[tuple[Any, EventSummary]] = []
    failures: list[str] = []
    started = time.perf_counter()
    for fixture in fixtures:
        try:
            pairs.append((fixture, summarizer.summarize(fixture.text)))
        except Exception as e:
            failures.append(f"{fixture.id}: {e}".splitlines()[0])
    return time.perf_counter() - started, pairs, failures


def replay(tmp: Path) -> tuple[list[Row], dict[str, Any], list[Any]]:
    """Step 4: 20 fixtures summarised live on the embedded model (guided strategy), their
    answers recorded; then the same batch again, replayed from that recording."""
    fixtures = [f for f in load_fixtures(FIXTURES) if f.id != "long-inquiry-report"]
    path = tmp / "bench-recording.jsonl"
    recording = Recorder(path, "record")
    live, _, live_failures = _run(fixtures, recording)
    replaying = Recorder(path, "replay")
    wall, pairs, failures = _run(fixtures, replaying)
    r = ratio(live, wall)
    note = f"{replaying.hits} replayed, {replaying.misses} model calls"
    if failures or live_failures:
        note += f"; FAILED: {(failures or live_failures)[0]}"
    rows = [
        Row(
            f"replay: {len(fixtures)} fixtures again vs their first run (live, recorded)",
            wall,
            live,
            "s",
            r,
            ">= 50x, 0 model calls",
            r is not None and r >= 50 and replaying.misses == 0 and not failures,
            note + f"; ratio = live/replay speed-up; {recording.misses} model calls live",
        ),
    ]
    info = {
        "live_s": live,
        "replay_s": wall,
        "live_calls": recording.misses,
        "hits": replaying.hits,
        "misses": replaying.misses,
        "failures": failures + live_failures,
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
    note = "no replayed summaries to score: step 4 produced none (see its note)"
    return [Row("scoring: 1000 predicted/gold pairs", None, target="< 1 s", met=False, note=note)]
