"""Is this installation fit to summarise? The data behind ``summarizer doctor``: one
:class:`Check` per thing that must be right (Python, packages, the model file, the prompts, the
configuration, a writable temp dir), as plain dataclasses the command line and tests share.

People paste this output into bug reports, so a secret never appears: the API key is reported
only as set or not and its length, and URLs lose their user, password and query. What can run,
and why not, is ``availability.py`` (``summarizer models``).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from dataclasses import dataclass

from rich.table import Table
from rich.text import Text

from summarizer import cluster, runlog
from summarizer.availability import installed_version, llama_cpp_status, megabytes, verdict
from summarizer.errors import ConfigError, SummarizerError
from summarizer.guided import load_guided_prompt
from summarizer.probe import redact_url
from summarizer.prompting import load_prompt, prompt_dir
from summarizer.settings import Settings, embedded_model_path

# Import name -> distribution name, for the versions the doctor reports.
PACKAGES = {
    "summarizer": "summarizer",
    "openai": "openai",
    "instructor": "instructor",
    "pydantic": "pydantic",
    "llama_cpp": "llama_cpp_python",
    "trafilatura": "trafilatura",
}


@dataclass(frozen=True)
class Check:
    """One line of the doctor's report.

    Attributes:
        name: What was checked, e.g. ``package openai`` or ``config model``.
        ok: True when it is fine.
        detail: One line: the value found, or what is wrong and how to fix it.
    """

    name: str
    ok: bool
    detail: str


# --- Doctor -------------------------------------------------------------------------------------


def _embedded_model_check() -> Check:
    try:
        path = embedded_model_path()
        with path.open("rb") as file:
            magic = file.read(4)
    except ConfigError as e:
        return Check("embedded model", False, str(e))
    except OSError as e:
        return Check("embedded model", False, f"cannot read {e.filename}: {e.strerror}")
    if magic != b"GGUF":
        return Check("embedded model", False, f"{path} is not a GGUF file")
    return Check("embedded model", True, f"{path} ({megabytes(path)}, readable)")


def _prompt_check(settings: Settings) -> Check:
    directory = prompt_dir(settings.prompts)
    try:
        prompt = load_prompt(directory)
        guided = load_guided_prompt(directory)
    except ConfigError as e:
        return Check("prompt files", False, str(e))
    return Check(
        "prompt files",
        True,
        f"single {prompt.version}, guided {guided.version} ({directory})",
    )


def _config_checks(settings: Settings) -> list[Check]:
    key = settings.api_key
    checks = [
        Check("config model", True, settings.model),
        Check(
            "config base_url",
            True,
            redact_url(settings.base_url) if settings.base_url else "not set (model default)",
        ),
        Check("config api_key", True, f"set ({len(key)} chars)" if key else "not set"),
    ]
    for name in (
        "timeout_s",
        "max_reasks",
        "transport_retries",
        "on_ungrounded",
        "max_output_tokens",
        "context_tokens",
    ):
        checks.append(Check(f"config {name}", True, str(getattr(settings, name))))
    try:
        target = settings.target()
    except ConfigError as e:
        checks.append(Check("config target", False, str(e)))
    else:
        where = f" at {redact_url(target.base_url)}" if target.base_url else ""
        checks.append(Check("config target", True, f"{target.label} ({target.mode}){where}"))
    return checks


def _temp_dir_check() -> Check:
    directory = tempfile.gettempdir()
    try:
        with tempfile.NamedTemporaryFile(dir=directory) as file:
            file.write(b"ok")
            file.flush()
    except OSError as e:
        return Check("temp dir", False, f"{directory} is not writable: {e.strerror}")
    return Check("temp dir", True, f"{directory} (writable)")


def _run_log_check(settings: Settings) -> Check:
    path = settings.log_path()
    if path.is_file():
        try:
            count = runlog.count(path)
        except (SummarizerError, sqlite3.Error) as e:
            return Check("run log", False, f"{path} cannot be read: {e}")
        return Check("run log", True, f"{path} ({count} summaries)")
    folder = next((p for p in path.parents if p.exists()), None)
    if path.exists() or folder is None or not folder.is_dir() or not os.access(folder, os.W_OK):
        return Check("run log", False, f"{path} cannot be made: set SUMMARIZER_LOG_DB")
    return Check("run log", True, f"{path} (made by the first logged summary)")


def _ray_check() -> Check:
    """The optional engine: never a failure, since the local engine needs none of it."""
    found = installed_version("ray")
    if found is None:
        return Check(
            "ray (optional)", True, f"not installed; for --engine ray: {cluster.RAY_EXTRA}"
        )
    return Check("ray (optional)", True, f"{found}; --engine ray would join {cluster.describe()}")


def doctor_report(settings: Settings) -> list[Check]:
    """Check everything a summary needs: Python, packages, model file, prompts, config, the run
    log, the temp dir; and say whether the optional Ray engine is there, and what it would join.

    Args:
        settings: The effective settings (flags, environment, defaults).

    Returns:
        Checks in a fixed order. The API key shows only as ``set (N chars)`` or ``not set``.
    """
    version = ".".join(str(n) for n in sys.version_info[:3])
    checks = [Check("python", sys.version_info >= (3, 11), f"{version} ({sys.executable})")]
    for name, distribution in PACKAGES.items():
        found = installed_version(distribution)
        checks.append(Check(f"package {name}", found is not None, found or "not installed"))
    runs, engine = llama_cpp_status()
    checks.append(Check("llama_cpp import", runs, engine))
    checks += [_embedded_model_check(), _prompt_check(settings), *_config_checks(settings)]
    checks += [_run_log_check(settings), _temp_dir_check(), _ray_check()]
    return checks


# --- Rendering ----------------------------------------------------------------------------------


def render_doctor(checks: list[Check]) -> Table:
    """A terminal table of :func:`doctor_report` (every cell is text, never markup)."""
    table = Table("check", "ok", "detail", title="summarizer doctor")
    for c in checks:
        table.add_row(Text(c.name), verdict(c.ok), Text(c.detail))
    return table
