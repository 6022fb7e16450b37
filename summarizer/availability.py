"""Which model families can run here, and why not: the data behind ``summarizer models``.

One :class:`ModelStatus` per family (the embedded model, OpenAI, the local server families and a
configured OpenAI-compatible server). Only loopback servers, or the server the user configured,
are contacted (``probe.py``: one ``GET /models``, 1 second, nothing sent that could be a secret).
The model libraries are not imported here (only ``summarizer.backends`` may): versions come from
package metadata, and whether llama_cpp imports is tried in a child process.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rich.table import Table
from rich.text import Text

from summarizer.errors import ConfigError
from summarizer.probe import is_loopback, is_url, probe, redact_url
from summarizer.settings import DEFAULT_URLS, Settings, embedded_model_path

SERVER_FAMILIES = ("ollama", "vllm", "llamacpp")


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


def installed_version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


@cache
def llama_cpp_status() -> tuple[bool, str]:
    """Whether llama_cpp imports, and its version.

    The import runs in a child process: the native library can crash the interpreter on a bad
    build (see the README's note on AVX-512), and only the backends may import it in-process.
    Cached: the installed library does not change while this process runs, and the child costs
    a third of a second.
    """
    version = installed_version("llama_cpp_python")
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


def megabytes(path: Path) -> str:
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
    runs, engine = llama_cpp_status()
    return ModelStatus("local", chosen, runs, f"{path.name}, {megabytes(path)}; {engine}")


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


def verdict(ok: bool) -> Text:
    return Text("✓", style="green") if ok else Text("✗", style="bold red")


def render_models(statuses: list[ModelStatus]) -> Table:
    """A terminal table of :func:`models_report` (every cell is text, never markup)."""
    table = Table("family", "--model", "available", "why", title="Models")
    for s in statuses:
        table.add_row(Text(s.family), Text(s.model), verdict(s.available), Text(s.reason))
    return table
