"""The API key never leaves the request: run every command that can touch it with a distinctive
fake key in OPENAI_API_KEY and SUMMARIZER_API_KEY, on success and on failure, then search every
byte of stdout, stderr, written file (outputs, errors, review pages, reports, recordings,
baseline) and DEBUG log record for it.

What the key is used for is checked through the settings: the loopback FaultServer records
bodies, not headers, so the Authorization header itself is not inspected on the wire.
"""

from __future__ import annotations

import json
import logging
import secrets
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.doctor import doctor_report
from summarizer.errors import ConfigError, ProviderError
from summarizer.pipeline import Summarizer
from summarizer.prompting import load_prompt
from summarizer.settings import Settings
from tests.fault_server import FaultServer, Reply, Status, example_answer

pytestmark = pytest.mark.server

TOKEN = secrets.token_hex(12)
KEY = f"sk-test-LEAKCHECK-{TOKEN}"
MODEL = "openai/gpt-x"
ARTICLE = load_prompt().example_article
GOOD = example_answer()
TOOL_ANSWER = Reply(GOOD, tool="EventSummary")  # OpenAI models answer by function calling
LOGGERS = ("summarizer", "instructor", "openai", "httpx", "httpx2", "httpcore", "httpcore2")

runner = CliRunner()


class Seen:
    """Everything the program showed or wrote, searched for the key at the end of each test."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.folders: list[Path] = []

    def result(self, what: str, result: Result) -> Result:
        self.texts += [(f"{what} stdout", result.stdout), (f"{what} stderr", result.stderr)]
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            formatted = traceback.format_exception(result.exception)
            self.texts.append((f"{what} exception", "".join(formatted)))
        return result

    def text(self, what: str, text: str) -> None:
        self.texts.append((what, text))

    def assert_no_key(self) -> None:
        blobs = [(what, text.encode()) for what, text in self.texts]
        for folder in self.folders:
            blobs += [(str(p), p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()]
        assert blobs, "nothing was searched"
        for what, data in blobs:
            for secret in (KEY, TOKEN):
                assert secret.encode() not in data, f"the key appears in {what}"


@pytest.fixture
def key_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("SUMMARIZER_MODEL", "SUMMARIZER_BASE_URL", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("SUMMARIZER_API_KEY", KEY)
    monkeypatch.setenv("SUMMARIZER_TRANSPORT_RETRIES", "1")
    monkeypatch.chdir(tmp_path)  # anything written to a default path lands here and is searched


@pytest.fixture
def seen(key_env: None, tmp_path: Path) -> Iterator[Seen]:
    record = Seen()
    record.folders.append(tmp_path)
    yield record
    record.assert_no_key()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def target(server: FaultServer) -> list[str]:
    return ["--model", MODEL, "--base-url", server.url]


def test_the_key_is_the_one_the_client_is_given(seen: Seen) -> None:
    settings = Settings.load(model=MODEL)
    assert settings.api_key == KEY
    assert settings.target().api_key == KEY  # what the openai client sends as its bearer token
    seen.text("settings repr", repr(settings))
    seen.text("target repr", repr(settings.target()))


@pytest.mark.parametrize("fmt", ["json", "markdown", "table", "html"])
def test_summaries_in_every_format(seen: Seen, article: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"summary.{fmt}"
    with FaultServer([], default=TOOL_ANSWER) as server:
        to_stdout = seen.result(
            fmt, runner.invoke(app, ["summarize", str(article), *target(server), "--format", fmt])
        )
        to_file = seen.result(
            f"{fmt} --out",
            runner.invoke(
                app,
                ["summarize", str(article), *target(server), "--format", fmt, "--out", str(out)],
            ),
        )
        assert len(server.requests) == 2
        assert "tools" in server.requests[0].body
    assert to_stdout.exit_code == 0, to_stdout.output
    assert to_file.exit_code == 0, to_file.output
    assert "Lena Ortiz" in to_stdout.stdout and "Lena Ortiz" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        (Status(401), f"error: {MODEL}: HTTP 401 from the server"),
        (
            Status(500, {"Retry-After": "0"}),
            f"error: {MODEL}: HTTP 500 from the server after 2 attempt(s)",
        ),
    ],
    ids=["401", "500"],
)
def test_error_paths(
    seen: Seen, article: Path, tmp_path: Path, fault: Status, message: str
) -> None:
    out = tmp_path / "summary.json"
    with FaultServer([], default=fault) as server:
        result = seen.result(
            "summarize",
            runner.invoke(app, ["summarize", str(article), *target(server), "--out", str(out)]),
        )
        settings = Settings.load(model=MODEL, base_url=server.url)
        with Summarizer(settings) as s, pytest.raises(ProviderError) as caught:
            s.summarize(ARTICLE)
    assert result.exit_code == 1
    assert result.stderr.strip() == message
    assert not out.exists()
    error = caught.value
    seen.text("ProviderError str/repr", f"{error} {error!r}")
    seen.text("ProviderError traceback", "".join(traceback.format_exception(error)))
    assert error.original is not None
    seen.text("original str/repr", f"{error.original} {error.original!r}")


def test_batch_outputs_errors_and_review_pages(seen: Seen, tmp_path: Path) -> None:
    stories = tmp_path / "stories"
    stories.mkdir()
    for name in ("a", "b", "c"):
        (stories / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    (stories / "empty.txt").write_text("")
    out, pages = tmp_path / "out.jsonl", tmp_path / "pages"
    with FaultServer([Status(401)], default=TOOL_ANSWER) as server:
        args = ["batch", str(stories), "--out", str(out), "--review-dir", str(pages)]
        result = seen.result(
            "batch", runner.invoke(app, [*args, *target(server), "--concurrency", "1"])
        )
    assert result.exit_code == 1, result.output
    lines = (tmp_path / "out.errors.jsonl").read_text().splitlines()
    errors = {e["id"]: e["error"] for e in map(json.loads, lines)}
    assert len(errors) == 2 and "is empty" in errors.pop("empty")
    assert list(errors.values()) == [f"{MODEL}: HTTP 401 from the server"]
    assert len(out.read_text().splitlines()) == 2 and len(list(pages.iterdir())) == 2


def test_eval_recording_reports_and_baseline(seen: Seen, tmp_path: Path) -> None:
    from tests.test_eval import example_fixture

    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    (fixtures / "example.json").write_text(json.dumps(example_fixture()), encoding="utf-8")
    recording, reports, baseline = tmp_path / "rec.jsonl", tmp_path / "reports", tmp_path / "b.json"
    with FaultServer([], default=TOOL_ANSWER) as server:
        args = ["eval", str(fixtures), *target(server), "--replay", "record"]
        args += ["--recording", str(recording), "--report-dir", str(reports)]
        args += ["--baseline", str(baseline), "--update-baseline"]
        result = seen.result("eval record", runner.invoke(app, args))
        assert len(server.requests) == 1
    assert result.exit_code == 0, result.output
    assert recording.read_text().count("\n") == 1
    assert sorted(p.name for p in reports.iterdir()) == ["report.html", "report.json"]
    assert json.loads(baseline.read_text())["model"] == MODEL
    with FaultServer([], default=Status(401)) as failing:
        failed = seen.result(
            "eval failing",
            runner.invoke(
                app,
                ["eval", str(fixtures), *target(failing), "--report-dir", str(tmp_path / "failed")],
            ),
        )
    assert failed.exit_code == 0  # an article that fails is scored as failed, the run goes on
    assert "HTTP 401 from the server" in (tmp_path / "failed" / "report.json").read_text()


@pytest.mark.parametrize("configured", [False, True], ids=["default", "openai-at-server"])
def test_models_and_doctor(seen: Seen, configured: bool) -> None:
    with FaultServer([], default=TOOL_ANSWER) as server:
        extra = target(server) if configured else []
        models = seen.result("models", runner.invoke(app, ["models", *extra]))
        doctor = seen.result("doctor", runner.invoke(app, ["doctor", *extra]))
    assert models.exit_code == 0, models.output
    assert doctor.exit_code == 0, doctor.output
    assert "Traceback" not in models.output + doctor.output
    assert "API key set" in models.stdout
    assert f"set ({len(KEY)} chars)" in doctor.stdout


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every record of the model libraries at DEBUG, even from loggers that do not propagate."""
    loggers = [logging.getLogger(name) for name in LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        if not logger.propagate:  # instructor: silenced by summarizer.backends, still searched
            logger.addHandler(caplog.handler)
    caplog.handler.setLevel(logging.DEBUG)
    try:
        yield caplog
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
            logger.removeHandler(caplog.handler)


def _logged(caplog: pytest.LogCaptureFixture) -> str:
    lines = []
    for record in caplog.records:
        lines.append(f"{record.name} {record.getMessage()} {record.__dict__!r}")
        if record.exc_info:
            lines.append("".join(traceback.format_exception(*record.exc_info)))
    return "\n".join(lines)


def test_debug_logs_of_a_failed_and_a_successful_call(
    seen: Seen, debug_logs: pytest.LogCaptureFixture
) -> None:
    with FaultServer([Status(401)], default=TOOL_ANSWER) as server:
        settings = Settings.load(model=MODEL, base_url=server.url)
        with Summarizer(settings) as s:
            with pytest.raises(ProviderError):
                s.summarize(ARTICLE)
            summary = s.summarize(ARTICLE)
    assert summary.meta is not None and summary.meta.attempts == 1
    logged = _logged(debug_logs)
    names = {record.name.split(".")[0] for record in debug_logs.records}
    assert {"openai", "instructor"} <= names, names  # the capture really saw DEBUG records
    assert "401" in logged and "/chat/completions" in logged
    seen.text("debug log records", logged)
    seen.text("caplog text", debug_logs.text)


URL_REFUSED = (
    "the base URL holds a user name, password or query: remove it and give the key in "
    "SUMMARIZER_API_KEY"
)


@pytest.mark.parametrize("where", ["user-info", "query"])
def test_a_key_in_the_base_url_is_refused_before_any_request(
    seen: Seen, article: Path, debug_logs: pytest.LogCaptureFixture, where: str
) -> None:
    """Found while writing this file: openai and httpx write the request URL, user info included,
    to their DEBUG logs (and httpx sends user info as Basic auth in place of the key; openai puts
    its paths after a query). Such a URL is now refused when the backend is built, before any
    client exists, without echoing it."""
    with FaultServer([], default=TOOL_ANSWER) as server:
        if where == "user-info":
            url = server.url.replace("http://", f"http://user:{TOKEN}@")
        else:
            url = f"{server.url}?api-key={TOKEN}"
        settings = Settings.load(model=MODEL, base_url=url)
        with pytest.raises(ConfigError) as caught:
            Summarizer(settings)
        cli = seen.result(
            "summarize",
            runner.invoke(app, ["summarize", str(article), "--model", MODEL, "--base-url", url]),
        )
        doctor = seen.result(
            "doctor", runner.invoke(app, ["doctor", "--model", MODEL, "--base-url", url])
        )
        checks = {check.name: check for check in doctor_report(settings)}
        assert server.requests == []
    assert str(caught.value) == URL_REFUSED
    assert caught.value.setting == "SUMMARIZER_BASE_URL"
    assert (cli.exit_code, cli.stdout, cli.stderr) == (2, "", f"error: {URL_REFUSED}\n")
    assert "Traceback" not in doctor.output
    assert checks["config target"].detail == URL_REFUSED  # the doctor names the problem
    assert "***" in checks["config base_url"].detail
    seen.text("doctor checks", repr(checks))
    seen.text("exception", "".join(traceback.format_exception(caught.value)))
    seen.text("debug log records", _logged(debug_logs))
