"""Run a summarizer over fixtures and score every answer: the engine of ``summarizer eval``."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable

from summarizer.errors import SummarizerError
from summarizer.evaluation.fixtures import Fixture
from summarizer.evaluation.results import ArticleResult, EvalReport
from summarizer.evaluation.scoring import aggregate, failed_article, score_article
from summarizer.pipeline import Summarizer
from summarizer.schema import SCHEMA_VERSION


def git_commit() -> str | None:
    """The checked-out commit, when run inside a git work tree."""
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None


def run_eval(
    fixtures: list[Fixture],
    summarizer: Summarizer,
    *,
    source: str,
    on_result: Callable[[ArticleResult], None] | None = None,
) -> EvalReport:
    """Summarise and score every fixture; a failing article is scored as such, never skipped."""
    results = []
    recorder = summarizer.recorder
    for fixture in fixtures:
        misses = recorder.misses if recorder else None
        try:
            summary = summarizer.summarize(fixture.text)
        except SummarizerError as e:
            result = failed_article(fixture, str(e))
        else:
            result = score_article(fixture, summary)
        result.replayed = recorder is not None and recorder.misses == misses
        results.append(result)
        if on_result is not None:
            on_result(result)
    target = summarizer.target
    return EvalReport(
        model=target.label,
        provider=target.family,
        prompt_version=summarizer.prompt_version,
        schema_version=SCHEMA_VERSION,
        git_commit=git_commit(),
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        fixtures=source,
        articles=results,
        metrics=aggregate(results),
    )
