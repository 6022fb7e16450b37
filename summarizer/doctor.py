"""What this installation can run, and why not: the data behind `summarizer models` and `doctor`.

Two reports, both lists of plain dataclasses so the command line, tests and tools can use them:

- :func:`models_report`: one :class:`ModelStatus` per model family (the embedded model, OpenAI,
  the local server families and a configured OpenAI-compatible server).
- :func:`doctor_report`: one :class:`Check` per thing that must be right for a summary to run.

Safety rules, because people paste this output into bug reports:

- A secret never appears: the API key is only ever reported as set/missing and its length, and
  URLs lose their user, password and query before they are shown.
- Only loopback servers, or the server the user configured, are contacted (``GET /models``,
  1 second, no proxy, no redirects followed, no credentials sent). Nothing else leaves the host.
- The model libraries are not imported here (only ``summarizer.backends`` may): versions come from
  package metadata, and whether llama_cpp imports is tried in a child process.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rich.table import Table
from rich.text import Text

from summarizer.errors import ConfigError
from summarizer.guided import load_guided_prompt
from summarizer.probe import is_loopback, is_url, probe, redact_url
from summarizer.prompting import load_prompt, prompt_dir
from summarizer.settings import DEFAULT_URLS, Settings, embedded_model_path

SERVER_FAMILIES = ("ollama", "vllm", "llamacpp")
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
class ModelStatus:
    """Whether one model family can be used right now.

    Attributes:
        family: ``local``, ``openai``, ``ollama``, ``vllm``, ``llamacpp`` or ``compatible``.
        model: How to pick it with ``--model`` (the configured model where it is this family).
        available: True when a summary could be requested now.
        reason: One line saying why or why not.
    """

    family: str
    model: str
    available: bool
    reason: str


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


# --- Helpers ------------------------------------------------------------------------------------


def _version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


@cache
def _llama_cpp() -> tuple[bool, str]:
    """Whether llama_cpp imports, and its version.

    The import runs in a child process: the native library can crash the interpreter on a bad
    build (see the README's note on AVX-512), and only the backends may import it in-process.
    Cached: the installed library does not change while this process runs, and the child costs
    a third of a second.
    """
    version = _version("llama_cpp_python")
    if version is None or importlib.util.find_spec("llama_cpp") is None:
        return False, "llama-cpp-python is not installed: pip install llama-cpp-python"
    try:
        proc = subprocess.run(
            [sys.executable, "-c", "import llama_cpp"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, f"llama-cpp-python {version} could not be tried: {type(e).__name__}"
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines()
        why = lines[-1] if lines else f"exit status {proc.returncode}"
        return False, f"llama-cpp-python {version} fails to import: {why}"
    return True, f"llama-cpp-python {version}"


def _megabytes(path: Path) -> str:
    return f"{path.stat().st_size / 1e6:.0f} MB"


def may_probe(url: str, settings: Settings) -> bool:
    """Whether the doctor may contact ``url``: loopback, or the base URL the user configured.

    Args:
        url: The server URL a status would probe.
        settings: The effective settings; their ``base_url`` is the one configured.

    Returns:
        True for a loopback host, or for the configured base URL unless the model is an
        ``openai/`` one: that URL may come from OPENAI_BASE_URL and name OpenAI's own API or a
        gateway, which is not a server to poke.
    """
    if not is_url(url):
        return False
    if is_loopback(url):
        return True
    return url == settings.base_url and _configured_family(settings) != "openai"


# --- Models -------------------------------------------------------------------------------------


def _configured_family(settings: Settings) -> str:
    model = settings.model.strip()
    if model == "local" or model.startswith("local:"):
        return "local"
    family, sep, _ = model.partition("/")
    if sep and family in ("openai", *SERVER_FAMILIES):
        return family
    return "compatible"


def _local_status(settings: Settings) -> ModelStatus:
    model = settings.model.strip()
    chosen = model if _configured_family(settings) == "local" else "local"
    try:
        if chosen.startswith("local:"):
            path = Path(chosen.removeprefix("local:")).expanduser()
        else:
            path = embedded_model_path()
    except ConfigError as e:
        return ModelStatus("local", chosen, False, str(e))
    if not path.is_file():
        return ModelStatus("local", chosen, False, f"model file {path} is missing")
    runs, engine = _llama_cpp()
    return ModelStatus("local", chosen, runs, f"{path.name}, {_megabytes(path)}; {engine}")


def _openai_status(settings: Settings) -> ModelStatus:
    chosen = settings.model if _configured_family(settings) == "openai" else "openai/<model>"
    via = ""
    if settings.base_url and _configured_family(settings) == "openai":
        via = f", base URL {redact_url(settings.base_url)} (not probed)"
    if settings.api_key:
        return ModelStatus("openai", chosen, True, "API key set" + via)
    return ModelStatus(
        "openai", chosen, False, "API key missing: set OPENAI_API_KEY (or SUMMARIZER_API_KEY)"
    )


def _server_status(
    family: str,
    chosen: str,
    url: str | None,
    settings: Settings,
    probed: dict[str, tuple[bool, str]],
) -> ModelStatus:
    if url is None:
        return ModelStatus(
            family, chosen, False, "no server configured: give --base-url or SUMMARIZER_BASE_URL"
        )
    if not may_probe(url, settings):
        return ModelStatus(family, chosen, False, f"not probed: {redact_url(url)} is remote")
    if url not in probed:
        probed[url] = probe(url)
    up, reason = probed[url]
    return ModelStatus(family, chosen, up, reason)


def models_report(settings: Settings) -> list[ModelStatus]:
    """Say which model families can be used now, and why not.

    Contacts only loopback servers and the user's configured base URL (see the module notes),
    each at most once.

    Args:
        settings: The effective settings (flags, environment, defaults).

    Returns:
        One status each for ``local``, ``openai``, ``ollama``, ``vllm``, ``llamacpp`` and
        ``compatible`` (any OpenAI-compatible server at ``--base-url``), in that order. A server
        family is looked for at the configured base URL when the configured model is of that
        family, else at its default loopback URL.
    """
    configured = _configured_family(settings)
    statuses = [_local_status(settings), _openai_status(settings)]
    probed: dict[str, tuple[bool, str]] = {}  # vllm and llamacpp share a default URL: ask once
    for family in (*SERVER_FAMILIES, "compatible"):
        mine = configured == family
        if family == "compatible":
            url = settings.base_url if configured != "openai" else None
            chosen = settings.model if mine else "<model> --base-url URL"
        else:
            url = settings.base_url if mine and settings.base_url else DEFAULT_URLS[family]
            chosen = settings.model if mine else f"{family}/<model>"
        statuses.append(_server_status(family, chosen, url, settings, probed))
    return statuses


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
    return Check("embedded model", True, f"{path} ({_megabytes(path)}, readable)")


def _prompt_check(settings: Settings) -> Check:
    directory = prompt_dir(settings.prompts)
    try:
        prompt = load_prompt(directory)
        guided = load_guided_prompt(directory / "guided.json")
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


def doctor_report(settings: Settings) -> list[Check]:
    """Check everything a summary needs: Python, packages, model file, prompts, config, temp dir.

    Args:
        settings: The effective settings (flags, environment, defaults).

    Returns:
        Checks in a fixed order. The API key shows only as ``set (N chars)`` or ``not set``.
    """
    version = ".".join(str(n) for n in sys.version_info[:3])
    checks = [Check("python", sys.version_info >= (3, 11), f"{version} ({sys.executable})")]
    for name, distribution in PACKAGES.items():
        found = _version(distribution)
        checks.append(Check(f"package {name}", found is not None, found or "not installed"))
    runs, engine = _llama_cpp()
    checks.append(Check("llama_cpp import", runs, engine))
    checks += [_embedded_model_check(), _prompt_check(settings), *_config_checks(settings)]
    checks.append(_temp_dir_check())
    return checks


# --- Rendering ----------------------------------------------------------------------------------


def _verdict(ok: bool) -> Text:
    return Text("✓", style="green") if ok else Text("✗", style="bold red")


def render_models(statuses: list[ModelStatus]) -> Table:
    """A terminal table of :func:`models_report` (every cell is text, never markup)."""
    table = Table("family", "--model", "available", "why", title="Models")
    for s in statuses:
        table.add_row(Text(s.family), Text(s.model), _verdict(s.available), Text(s.reason))
    return table


def render_doctor(checks: list[Check]) -> Table:
    """A terminal table of :func:`doctor_report` (every cell is text, never markup)."""
    table = Table("check", "ok", "detail", title="summarizer doctor")
    for c in checks:
        table.add_row(Text(c.name), _verdict(c.ok), Text(c.detail))
    return table
