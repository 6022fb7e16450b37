"""Step 8: the embedded default (the extract strategy, no model call) on real published pages.

Real pages in evals/real/ and evals/real-holdout/ are 800 to 2,000 characters, so the 4,000-
character figure is measured on real text joined two or three pages at a time (each input a
run of whole real articles, as a page with a second story would be), and also extrapolated from
the per-character rate over all 55 pages. The first call of a process also loads the gazetteers
and word frequencies once; that cost is its own row.
"""

from __future__ import annotations

import subprocess
import sys
import time
from typing import Any

from bench.common import ROOT, Row, median
from summarizer.evaluation.fixtures import load_fixtures
from summarizer.pipeline import Summarizer
from summarizer.settings import Settings

TARGET_S = 1.0  # per 4,000-character article, 2 cores (issue #12)


_FIRST_CALL = """
import time
from summarizer.pipeline import Summarizer
from summarizer.settings import Settings
s = Summarizer(Settings.load(env={}))
t = time.perf_counter()
s.summarize("Officials in Paris said on Monday the fund would pay $5 million.")
print(time.perf_counter() - t)
"""


def _first_call_in_a_new_process() -> float:
    """The first summary of a fresh process, which loads the gazetteers and word lists."""
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_CALL], capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip().splitlines()[-1])


def run() -> tuple[list[Row], dict[str, Any]]:
    texts = [
        f.text
        for folder in ("real", "real-holdout")
        for f in load_fixtures(ROOT / "evals" / folder)
    ]
    first = _first_call_in_a_new_process()
    summarizer = Summarizer(Settings.load(env={}))
    summarizer.summarize(texts[0])  # loads the gazetteers and word lists once per process
    per_page = []
    for text in texts:
        started = time.perf_counter()
        summarizer.summarize(text)
        per_page.append((len(text), time.perf_counter() - started))
    chars = sum(n for n, _ in per_page)
    seconds = sum(s for _, s in per_page)
    rate_4k = seconds / chars * 4000
    joined, current = [], ""
    for text in texts:
        current = f"{current}\n\n{text}" if current else text
        if len(current) >= 4000:
            joined.append(current)
            current = ""
    timings = []
    for text in joined:
        started = time.perf_counter()
        summarizer.summarize(text)
        timings.append(time.perf_counter() - started)
    measured_4k = median(timings)
    rows = [
        Row(
            f"real news: default (no model call) on {len(joined)} inputs of >= 4,000 characters "
            "(whole real pages joined), median",
            measured_4k,
            unit="s",
            target=f"<= {TARGET_S:g} s",
            met=measured_4k <= TARGET_S,
            note=f"max {max(timings):.3f} s; {min(len(t) for t in joined)}-"
            f"{max(len(t) for t in joined)} characters",
        ),
        Row(
            f"real news: default on the {len(texts)} real pages, per 4,000 characters",
            rate_4k,
            unit="s",
            target=f"<= {TARGET_S:g} s",
            met=rate_4k <= TARGET_S,
            note=f"{seconds / len(texts) * 1000:.0f} ms a page on average, "
            f"slowest {max(s for _, s in per_page) * 1000:.0f} ms",
        ),
        Row(
            "real news: first call in a process (loads gazetteers and word frequencies)",
            first,
            unit="s",
            note="once per process, not per article",
        ),
    ]
    info = {
        "pages": len(texts),
        "characters": chars,
        "seconds": seconds,
        "per_4000_chars_s": rate_4k,
        "joined_inputs": len(joined),
        "joined_median_s": measured_4k,
        "joined_max_s": max(timings),
        "first_call_s": first,
    }
    return rows, info
