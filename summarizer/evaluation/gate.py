"""The regression gate: compare an eval run with a stored baseline, metric by metric.

A baseline is a JSON file (``evals/baselines/<model>.json``) holding the metrics of a run that
was accepted on purpose (``--update-baseline``) and the tolerance allowed below them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarizer.errors import FixtureError
from summarizer.evaluation.fixtures import invalid_file
from summarizer.evaluation.results import EvalReport
from summarizer.evaluation.scoring import HIGHER_IS_BETTER, LOWER_IS_BETTER
from summarizer.files import atomic_write

DEFAULT_TOLERANCE = 0.02


class Baseline(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model: str
    prompt_version: str
    schema_version: str
    git_commit: str | None = None
    tolerance: float = Field(default=DEFAULT_TOLERANCE, ge=0, le=1)
    metrics: dict[str, float]


@dataclass(frozen=True)
class Regression:
    metric: str
    baseline: float
    current: float

    def __str__(self) -> str:
        return f"{self.metric}: {self.current:.4f} vs baseline {self.baseline:.4f}"


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file, or raise :class:`FixtureError` naming the file and field."""
    try:
        return Baseline.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise FixtureError(f"{path}: cannot read baseline: {e.strerror}", path=path) from None
    except UnicodeDecodeError as e:
        raise FixtureError(
            f"{path}: baseline is not valid UTF-8 (byte {e.start})", path=path
        ) from None
    except ValidationError as e:
        raise invalid_file(path, e) from None


def compare(report: EvalReport, baseline: Baseline) -> list[Regression]:
    """Every gated metric that fell more than the tolerance below (or rose above) the baseline.

    A gated metric missing from the run counts as a regression: it cannot be shown to hold.
    """
    regressions = []
    for metric, before in sorted(baseline.metrics.items()):
        now = report.metrics.get(metric)
        if metric in HIGHER_IS_BETTER:
            if now is None or now < before - baseline.tolerance:
                regressions.append(Regression(metric, before, float("nan") if now is None else now))
        elif metric in LOWER_IS_BETTER and (now is None or now > before):
            regressions.append(Regression(metric, before, float("nan") if now is None else now))
    return regressions


def write_baseline(report: EvalReport, path: Path, tolerance: float = DEFAULT_TOLERANCE) -> None:
    """Store this run's gated metrics as the new baseline (atomically)."""
    gated = HIGHER_IS_BETTER | LOWER_IS_BETTER
    baseline = Baseline(
        model=report.model,
        prompt_version=report.prompt_version,
        schema_version=report.schema_version,
        git_commit=report.git_commit,
        tolerance=tolerance,
        metrics={k: v for k, v in sorted(report.metrics.items()) if k in gated},
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, baseline.model_dump_json(indent=2) + "\n")
