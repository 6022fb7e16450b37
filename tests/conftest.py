"""Shared fixtures. Nothing here reaches outside this machine: the model is the embedded one,
servers listen on loopback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarizer.backends.recording import Recorder
from summarizer.schema import EventSummary

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "carney-paris-ukraine.txt"
# CI sets this: every model call in the suite is then made live. Unset (a developer's run after
# each change), the slowest live-model tests replay the answers the model gave them before.
LIVE = os.environ.get("SUMMARIZER_TESTS_LIVE") == "1"
RECORDINGS = Path(__file__).resolve().parent / "recordings"


def pytest_configure(config: pytest.Config) -> None:
    """Each pytest-xdist worker gets a core of its own: two workers' llama.cpp threads on the
    same two cores spin against each other, and a 15-second model test then takes 80."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if worker.startswith("gw") and hasattr(os, "sched_setaffinity"):
        cores = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cores[int(worker[2:]) % len(cores)]})


def recorded(name: str) -> Recorder | None:
    """The embedded model's recorded answers for one test, or None (every call live) under
    ``SUMMARIZER_TESTS_LIVE=1``.

    The recording is keyed by the exact request, so a changed prompt, schema or article misses
    it: the model is then asked, live, and its answer added (commit the updated file).
    """
    return None if LIVE else Recorder(RECORDINGS / f"{name}.jsonl", "auto")


@pytest.fixture(scope="session")
def seed_article() -> str:
    return SEED.read_text(encoding="utf-8")


def assert_grounding_guarantees(summary: EventSummary, article: str) -> None:
    """What every summary promises: spans point at their quotes, nothing ungrounded unflagged."""
    assert summary.meta is not None
    flagged = 0
    for item in summary.items():
        assert item.grounded is not None, "grounding never ran on an item"
        if item.grounded:
            ev = item.evidence
            assert ev.start is not None and ev.end is not None
            assert article[ev.start : ev.end] == ev.quote
        else:
            flagged += 1
    about_items = [w for w in summary.meta.warnings if w.startswith(("ungrounded", "dropped"))]
    if flagged:
        assert about_items, "flagged items must come with warnings"
    else:
        assert not about_items


@pytest.fixture(autouse=True)
def _run_log_in_tmp(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The command line logs every summary by default: never into the user's own run log."""
    monkeypatch.setenv("SUMMARIZER_LOG_DB", str(tmp_path_factory.mktemp("log") / "runs.db"))
