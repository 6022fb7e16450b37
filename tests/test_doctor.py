"""`models` and `doctor` reports: what is available and why, never a secret, never a remote probe.

Servers here are tiny stubs on loopback answering ``GET /v1/models``, started in-process.
"""

from __future__ import annotations

import dataclasses
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from rich.console import Console

from summarizer import availability, doctor
from summarizer.availability import ModelStatus, may_probe, models_report, render_models
from summarizer.doctor import Check, doctor_report, render_doctor
from summarizer.probe import probe, redact_url
from summarizer.settings import Settings

FAKE_KEY = "sk-test-D0CT0R-7f3a9c2e51b8-NEVER-PRINT-ME"
FAKE_PARTS = ("D0CT0R", "7f3a9c2e51b8", "NEVER-PRINT")


def everything_shown(statuses: list[ModelStatus], checks: list[Check]) -> str:
    """Every string the reports can produce: the rendered tables and the dataclasses' reprs."""
    console = Console(record=True, width=300)
    console.print(render_models(statuses))
    console.print(render_doctor(checks))
    items: list[ModelStatus | Check] = [*statuses, *checks]
    reprs = [repr(x) for x in items]
    fields = [str(v) for x in items for v in dataclasses.astuple(x)]
    return "\n".join([console.export_text(), *reprs, *fields])


def by_family(statuses: list[ModelStatus]) -> dict[str, ModelStatus]:
    return {s.family: s for s in statuses}


def by_name(checks: list[Check]) -> dict[str, Check]:
    return {c.name: c for c in checks}


class Stub:
    """A loopback HTTP server answering every GET with one canned reply; it logs the paths."""

    def __init__(self, status: int, body: object, headers: dict[str, str]) -> None:
        self.paths: list[str] = []
        paths = self.paths
        payload = json.dumps(body).encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                paths.append(self.path)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


StartStub = Callable[..., Stub]


@pytest.fixture
def stub() -> Iterator[StartStub]:
    """Start stubs with ``stub(status=200, body={}, headers={})``; all are stopped afterwards."""
    started: list[Stub] = []

    def start(
        status: int = 200, body: object = None, headers: dict[str, str] | None = None
    ) -> Stub:
        server = Stub(status, {} if body is None else body, headers or {})
        started.append(server)
        return server

    yield start
    for server in started:
        server.close()


# --- Secrets ------------------------------------------------------------------------------------


def test_the_api_key_never_appears(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.setenv("SUMMARIZER_API_KEY", FAKE_KEY)
    # A key also hidden in the configured URL, as user info and as a query parameter. Port 9
    # (discard) on loopback: nothing listens, so the probe is refused at once.
    monkeypatch.setenv("SUMMARIZER_BASE_URL", f"http://u:{FAKE_KEY}@127.0.0.1:9/v1?key={FAKE_KEY}")
    monkeypatch.setenv("SUMMARIZER_MODEL", "my-model")
    settings = Settings.load()
    assert settings.api_key == FAKE_KEY
    statuses, checks = models_report(settings), doctor_report(settings)
    shown = everything_shown(statuses, checks)
    for part in (FAKE_KEY, *FAKE_PARTS):
        assert part not in shown
    assert by_name(checks)["config api_key"].detail == f"set ({len(FAKE_KEY)} chars)"
    assert by_name(checks)["config base_url"].detail == "http://***@127.0.0.1:9/v1?***"
    assert by_family(statuses)["openai"].reason == "API key set"
    compatible = by_family(statuses)["compatible"]
    assert compatible.model == "my-model" and not compatible.available
    assert compatible.reason == "nothing listens at http://***@127.0.0.1:9/v1?***"


def test_missing_key_is_reported_as_missing() -> None:
    settings = Settings.load(env={})
    openai = by_family(models_report(settings))["openai"]
    assert not openai.available and openai.reason.startswith("API key missing: set OPENAI_API_KEY")
    assert by_name(doctor_report(settings))["config api_key"].detail == "not set"


def test_redact_url() -> None:
    assert redact_url("http://localhost:8000/v1") == "http://localhost:8000/v1"
    assert (
        redact_url("https://user:pw@api.example.com/v1?k=1#x")
        == "https://***@api.example.com/v1?***"
    )
    assert redact_url("http://[::1]:8000/v1") == "http://[::1]:8000/v1"
    assert redact_url("http://host:notaport/v1") == "(invalid URL)"
    assert redact_url("ftp://host/") == "(invalid URL)"


# --- Models -------------------------------------------------------------------------------------


def test_embedded_model_is_reported_available() -> None:
    statuses = models_report(Settings.load(env={}))
    assert [s.family for s in statuses] == [
        "local",
        "openai",
        "ollama",
        "vllm",
        "llamacpp",
        "compatible",
    ]
    local = by_family(statuses)["local"]
    assert local.available and local.model == "local"
    assert local.reason.startswith("SmolLM2-135M-Instruct.Q4_1.gguf, ")
    assert " MB; llama-cpp-python " + version("llama_cpp_python") in local.reason
    assert not by_family(statuses)["compatible"].available


def test_a_missing_gguf_is_not_available() -> None:
    settings = Settings(model="local:/nonexistent/model.gguf")
    local = by_family(models_report(settings))["local"]
    assert not local.available and local.reason == "model file /nonexistent/model.gguf is missing"


def test_configured_server_is_probed_once_and_lists_its_models(stub: StartStub) -> None:
    server = stub(body={"object": "list", "data": [{"id": "stub-model"}, {"id": "other"}]})
    settings = Settings.load(env={}, model="vllm/stub-model", base_url=server.url)
    statuses = by_family(models_report(settings))
    vllm = statuses["vllm"]
    assert vllm.available and vllm.model == "vllm/stub-model"
    assert vllm.reason == f"answers at {server.url}: serves stub-model, other"
    assert statuses["compatible"] == dataclasses.replace(
        vllm, family="compatible", model="<model> --base-url URL"
    )
    assert server.paths == ["/v1/models"]  # asked once, for both rows


def test_http_errors_and_redirects_are_not_followed(stub: StartStub) -> None:
    server = stub(status=302, headers={"Location": "/elsewhere"})
    up, reason = probe(server.url)
    assert not up and reason == f"{server.url}/models answered HTTP 302"
    assert server.paths == ["/v1/models"]
    locked = stub(status=401)
    assert probe(locked.url) == (
        False,
        f"{locked.url}/models answered HTTP 401: it wants an API key",
    )
    assert probe(stub(body=["not", "a", "list"]).url)[1].endswith(
        "(not an OpenAI-compatible model list)"
    )


def test_a_server_that_never_answers_costs_about_one_second() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()  # connections queue in the backlog and are never served
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
        start = time.perf_counter()
        up, reason = probe(url)
        elapsed = time.perf_counter() - start
    assert not up and reason == f"no answer from {url} within 1 s"
    assert elapsed < 2.5


def test_only_loopback_or_the_configured_url_is_probed(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def fake_probe(url: str) -> tuple[bool, str]:
        asked.append(url)
        return False, "stub"

    monkeypatch.setattr(availability, "probe", fake_probe)

    # An openai/ model's base URL may be OPENAI_BASE_URL (OpenAI itself, a gateway): not probed.
    env = {"OPENAI_BASE_URL": "https://gateway.example.com/v1", "OPENAI_API_KEY": FAKE_KEY}
    models_report(Settings.load(env=env, model="openai/gpt-4o-mini"))
    assert {urlsplit(u).hostname for u in asked} == {"localhost"}

    asked.clear()
    settings = Settings.load(env={}, model="my-model", base_url="http://10.1.2.3:8000/v1")
    statuses = models_report(settings)
    assert {urlsplit(u).hostname for u in asked} == {"localhost", "10.1.2.3"}
    assert asked.count("http://10.1.2.3:8000/v1") == 1
    assert by_family(statuses)["compatible"].model == "my-model"

    assert may_probe("http://127.0.0.1:1234/v1", settings)
    assert may_probe("http://[::1]:1234/v1", settings)
    assert may_probe("http://10.1.2.3:8000/v1", settings)
    assert not may_probe("http://10.1.2.3:9999/v1", settings)
    assert not may_probe("https://api.openai.com/v1", settings)
    assert not may_probe("file:///etc/passwd", settings)


# --- Doctor -------------------------------------------------------------------------------------


def test_doctor_passes_on_this_install() -> None:
    checks = doctor_report(Settings.load(env={}))
    failed = [c for c in checks if not c.ok]
    assert failed == []
    named = by_name(checks)
    for package, distribution in doctor.PACKAGES.items():
        assert named[f"package {package}"].detail == version(distribution)
    assert named["embedded model"].detail.endswith("MB, readable)")
    assert named["prompt files"].detail.startswith("single ")
    assert named["config target"].detail == "local (grammar)"
    assert named["config model"].detail == "local"
    assert named["temp dir"].detail.endswith("(writable)")


def test_doctor_says_which_ray_cluster_batch_would_join(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    detail = by_name(doctor_report(Settings.load(env={})))["ray (optional)"].detail
    assert detail == (
        f"{version('ray')}; --engine ray would join a new local cluster on 127.0.0.1 "
        "(no --address or RAY_ADDRESS)"
    )
    monkeypatch.setenv("RAY_ADDRESS", "ray://head.example:10001")
    detail = by_name(doctor_report(Settings.load(env={})))["ray (optional)"].detail
    assert detail.endswith("would join the cluster at ray://head.example:10001")


def test_doctor_names_a_bad_configuration() -> None:
    checks = by_name(doctor_report(Settings.load(env={}, model="openai/gpt-4o-mini")))
    target = checks["config target"]
    assert not target.ok and "needs an API key: set OPENAI_API_KEY" in target.detail


def test_rendered_tables_show_verdicts() -> None:
    console = Console(record=True, width=200)
    console.print(render_models([ModelStatus("local", "local", True, "[bold]ok[/bold]")]))
    console.print(render_doctor([Check("python", False, "3.10 is too old")]))
    text = console.export_text()
    assert "[bold]ok[/bold]" in text and "✓" in text and "✗" in text
    assert "3.10 is too old" in text


def test_the_run_log_check_says_where_and_whether_it_can_be_written(tmp_path: Path) -> None:
    def run_log(path: Path) -> Check:
        named = by_name(doctor_report(Settings.load(env={"SUMMARIZER_LOG_DB": str(path)})))
        return named["run log"]

    new = tmp_path / "new" / "runs.db"
    assert run_log(new) == Check("run log", True, f"{new} (made by the first logged summary)")
    (tmp_path / "a-file").write_text("x")
    blocked = run_log(tmp_path / "a-file" / "runs.db")
    assert not blocked.ok and blocked.detail.endswith("cannot be made: set SUMMARIZER_LOG_DB")
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not SQLite " * 200)
    assert run_log(garbage) == Check(
        "run log", False, f"{garbage} cannot be read: file is not a database"
    )
