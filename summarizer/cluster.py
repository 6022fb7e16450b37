"""Which Ray cluster ``--engine ray`` joins, and the environment ray must see before import.

Kept apart from ``distributed.py`` (which imports ray) because ray reads these variables once,
when it is imported, and because ``summarizer doctor`` reports them without ray installed.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

RAY_EXTRA = "pip install 'summarizer[ray]' (from a checkout: pip install -e '.[ray]')"

# Where `ray start` records the cluster it started on this machine, for --address auto.
CURRENT_CLUSTER = Path(os.environ.get("TMPDIR", "/tmp")) / "ray" / "ray_current_cluster"


def address_of(given: str | None) -> str | None:
    """The cluster to join: ``given``, else ``RAY_ADDRESS``, else None (start a local one)."""
    return given or os.environ.get("RAY_ADDRESS") or None


def describe(given: str | None = None) -> str:
    """In words, what ``--engine ray`` would join."""
    address = address_of(given)
    if address is None:
        return "a new local cluster on 127.0.0.1 (no --address or RAY_ADDRESS)"
    if address == "auto":
        recorded = _recorded_cluster()
        return f"the cluster started on this machine ({recorded or 'none is running'})"
    return f"the cluster at {address}"


def prepare_environment(given: str | None) -> None:
    """Set what ray reads at import: no usage report; loopback-only servers when the cluster
    is started here or listens on loopback (ray binds to 127.0.0.1 only when it believes it
    runs on a laptop); and token authentication when this user holds a token, as `ray start`
    assumes but a joining driver does not."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    address = address_of(given)
    if address == "auto":
        address = _recorded_cluster()
    if address is None or _is_loopback(address):
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    token = os.environ.get("RAY_AUTH_TOKEN") or os.environ.get("RAY_AUTH_TOKEN_PATH")
    if token or (Path.home() / ".ray" / "auth_token").is_file():
        os.environ.setdefault("RAY_AUTH_MODE", "token")


def _recorded_cluster() -> str | None:
    try:
        return CURRENT_CLUSTER.read_text().strip() or None
    except OSError:
        return None


def _is_loopback(address: str) -> bool:
    host = address.removeprefix("ray://").rpartition(":")[0] or address
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
