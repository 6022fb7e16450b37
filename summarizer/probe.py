"""Contacting a model server safely, and showing its URL without secrets.

People paste the doctor's output into bug reports, so a URL is shown without its user, password
and query, and a probe is one ``GET /models`` within a second, with no proxy (it would carry a
loopback probe off the machine), no redirects followed and no credentials sent. Which servers
may be probed at all is the doctor's decision (``doctor.may_probe``).
"""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import SplitResult, urlsplit, urlunsplit

PROBE_TIMEOUT_S = 1.0
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


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


def is_url(url: str) -> bool:
    """Whether ``url`` is an http(s) URL with a host and a valid port."""
    return _split(url) is not None


def is_loopback(url: str) -> bool:
    """Whether ``url`` names this machine by a loopback name or address."""
    parts = _split(url)
    return parts is not None and parts.hostname in LOOPBACK_HOSTS


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Refuse redirects: one could send the probe to a host the user never named."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


# No ProxyHandler settings: a proxy would carry a loopback probe off this machine.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def probe(url: str) -> tuple[bool, str]:
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
