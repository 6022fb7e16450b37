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

import http.client
import importlib.metadata
import importlib.util
import json
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, urlsplit, urlunsplit

from rich.table import Table
from rich.text import Text

from summarizer.errors import ConfigError
from summarizer.guided import load_guided_prompt
from summarizer.prompting import PROMPTS_DIR, load_prompt
from summarizer.settings import DEFAULT_URLS, Settings, embedded_model_path

PROBE_TIMEOUT_S = 1.0
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
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


def _split(url: str) -> SplitResult | None:
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        return None
    return parts if parts.scheme in ("http", "https") and parts.hostname else None


def _netloc(parts: SplitResult) -> str:
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    return f"{host}:{parts.port}" if parts.port else host


def redact_url(url: str) -> str:
    """Show a URL without what may hold a secret: user, password and query become ``***``.

    Args:
        url: Any URL, e.g. a configured base URL.

    Returns:
        The URL safe to print, or ``(invalid URL)``.
    """
    parts = _split(url)
    if parts is None:
        return "(invalid URL)"
    netloc = ("***@" if parts.username or parts.password else "") + _netloc(parts)
    return urlunsplit((parts.scheme, netloc, parts.path, "***" if parts.query else "", ""))


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


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Refuse redirects: one could send the probe to a host the user never named."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


# No ProxyHandler settings: a proxy would carry a loopback probe off this machine.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def _probe(url: str) -> tuple[bool, str]:
    """GET ``{url}/models`` once, within :data:`PROBE_TIMEOUT_S`, without credentials."""
    parts = _split(url)
    if parts is None:
        return False, "not an http(s) URL"
    shown = redact_url(url)
    base = urlunsplit((parts.scheme, _netloc(parts), parts.path.rstrip("/"), "", ""))
    try:
        with _OPENER.open(base + "/models", timeout=PROBE_TIMEOUT_S) as response:
            body = response.read(1 << 16)
    except urllib.error.HTTPError as e:
        e.close()
        hint = ": it wants an API key" if e.code in (401, 403) else ""
        return False, f"{shown}/models answered HTTP {e.code}{hint}"
    except urllib.error.URLError as e:
        if isinstance(e.reason, ConnectionRefusedError):
            return False, f"nothing listens at {shown}"
        if isinstance(e.reason, TimeoutError):
            return False, f"no answer from {shown} within {PROBE_TIMEOUT_S:g} s"
        return False, f"cannot reach {shown}: {type(e.reason).__name__}"
    except TimeoutError:
        return False, f"no answer from {shown} within {PROBE_TIMEOUT_S:g} s"
    except (OSError, http.client.HTTPException) as e:
        return False, f"no valid answer from {shown} ({type(e).__name__})"
    return True, f"answers at {shown}" + _served_models(body)


def _served_models(body: bytes) -> str:
    """The model ids an OpenAI-compatible ``/models`` answer lists, as a short suffix."""
    try:
        data = json.loads(body)["data"]
        ids = [str(m["id"]) for m in data if isinstance(m, dict) and "id" in m]
    except (ValueError, KeyError, TypeError):
        return " (not an OpenAI-compatible model list)"
    if not ids:
        return ": no models loaded"
    more = f" and {len(ids) - 3} more" if len(ids) > 3 else ""
    return ": serves " + ", ".join(ids[:3]) + more


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
    parts = _split(url)
    if parts is None:
        return False
    if parts.hostname in LOOPBACK_HOSTS:
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
        probed[url] = _probe(url)
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


def _prompt_check() -> Check:
    try:
        prompt = load_prompt()
        guided = load_guided_prompt()
    except ConfigError as e:
        return Check("prompt files", False, str(e))
    return Check(
        "prompt files",
        True,
        f"single {prompt.version}, guided {guided.version} ({PROMPTS_DIR})",
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
    checks += [_embedded_model_check(), _prompt_check(), *_config_checks(settings)]
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
