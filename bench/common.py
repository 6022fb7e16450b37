"""Shared pieces: a result row, timing helpers and paths."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "evals" / "fixtures"


@dataclass
class Row:
    """One figure of the table: ``value`` against ``reference``, and its target."""

    figure: str
    value: float | None
    reference: float | None = None
    unit: str = ""
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def median(values: list[float]) -> float:
    return float(statistics.median(values))


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def ratio(value: float | None, reference: float | None) -> float | None:
    if value is None or not reference:
        return None
    return value / reference


def _from_tests() -> None:
    tests = str(ROOT / "tests")  # tests/ is not a package
    if tests not in sys.path:
        sys.path.insert(0, tests)


def fault_server() -> Any:
    """The loopback test server module."""
    _from_tests()
    import fault_server

    return fault_server


def ray_cluster() -> Any:
    """The module that starts a Ray cluster on loopback."""
    _from_tests()
    import ray_cluster

    return ray_cluster
