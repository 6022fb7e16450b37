"""The run log, in real SQLite: every summary from the command line, a batch and the API lands
once with what made it; turning it off writes nothing; a log that cannot be written costs one
warning line and never the summary; and ``summarizer logs`` lists, shows, searches and diffs."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer import runlog
from summarizer.api import summarize
from summarizer.cli import app
from summarizer.diff import diff
from summarizer.pipeline import Summarizer
from summarizer.schema import SCHEMA_VERSION
from summarizer.settings import Settings
from tests.conftest import SEED

runner = CliRunner()
ARTICLE = SEED.read_text(encoding="utf-8")


def rows(db: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("select * from summaries order by id")]


@pytest.fixture
def db() -> Path:
    return Path(os.environ["SUMMARIZER_LOG_DB"])


def test_a_summary_from_the_command_line_is_logged_with_what_made_it(db: Path) -> None:
    done = runner.invoke(app, ["summarize", str(SEED)])
    assert done.exit_code == 0, done.output
    [row] = rows(db)
    summary = json.loads(done.stdout)
    assert json.loads(row["summary_json"]) == summary
    assert row["article"] == ARTICLE
    assert row["article_sha256"] == hashlib.sha256(ARTICLE.encode()).hexdigest()
    assert (row["model"], row["provider"], row["strategy"]) == ("local", "local", "extract")
    assert row["prompt_version"] == summary["meta"]["prompt_version"]
    assert row["schema_version"] == SCHEMA_VERSION
    assert (row["policy"], row["max_reasks"], row["attempts"]) == ("flag", 2, 0)
    assert row["latency_s"] == summary["meta"]["latency_s"]
    assert json.loads(row["warnings"]) == summary["meta"]["warnings"]
    assert row["source"] == str(SEED) and row["created_at"].startswith("20")
    assert "Mark Carney" in row["names"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma journal_mode").fetchone() == ("wal",)


@pytest.mark.parametrize(("flag", "env"), [(["--no-log"], {}), ([], {"SUMMARIZER_LOG": "0"})])
def test_logging_off_writes_nothing(db: Path, flag: list[str], env: dict[str, str]) -> None:
    done = runner.invoke(app, ["summarize", str(SEED), *flag], env=env)
    assert done.exit_code == 0 and json.loads(done.stdout)["actors"]
    assert not db.exists()


def test_a_batch_at_concurrency_4_logs_every_article_once(db: Path, tmp_path: Path) -> None:
    stories = tmp_path / "stories"
    stories.mkdir()
    for i in range(50):
        (stories / f"story-{i:02d}.txt").write_text(f"{ARTICLE}\nStory {i}.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = runner.invoke(app, ["batch", str(stories), "--out", str(out), "--concurrency", "4"])
    assert done.exit_code == 0, done.output
    logged = rows(db)
    assert len(logged) == 50
    assert sorted(Path(r["source"]).name for r in logged) == sorted(
        p.name for p in stories.iterdir()
    )
    assert len({r["article_sha256"] for r in logged}) == 50


def test_the_api_logs_only_when_asked(db: Path) -> None:
    Summarizer(Settings.load()).summarize(ARTICLE)
    assert not db.exists()
    Summarizer(Settings.load(log=True)).summarize(ARTICLE, source="desk-7")
    summarize(ARTICLE, log=True)
    first, second = rows(db)
    assert first["source"] == "desk-7" and first["model"] == "local"
    assert second["source"] is None and second["article"] == ARTICLE


@pytest.mark.parametrize("broken", ["a folder", "not a database"])
def test_a_log_that_cannot_be_written_costs_one_warning_not_the_summary(
    tmp_path: Path, broken: str
) -> None:
    path = tmp_path / "runs.db"
    if broken == "a folder":
        path.mkdir()
    else:
        path.write_bytes(b"this is no SQLite file " * 100)
    done = runner.invoke(app, ["summarize", str(SEED)], env={"SUMMARIZER_LOG_DB": str(path)})
    assert done.exit_code == 0
    assert json.loads(done.stdout)["actors"][0]["name"] == "Mark Carney"
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith(f"warning: cannot write the run log at {path}")


def test_writers_in_many_threads_all_land(db: Path) -> None:
    summary = Summarizer(Settings.load()).summarize(ARTICLE)

    def write(worker: int) -> None:
        for i in range(10):
            runlog.record(
                db, summary, ARTICLE, model="local", source=f"{worker}-{i}", policy="flag",
                max_reasks=2,
            )  # fmt: skip

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r["source"] for r in rows(db)) == sorted(
        f"{w}-{i}" for w in range(4) for i in range(10)
    )


def test_logs_list_show_search_and_diff(db: Path) -> None:
    for strategy in ("extract", "guided"):
        assert runner.invoke(app, ["summarize", str(SEED), "--strategy", strategy]).exit_code == 0
    other = "Officials in Nairobi said on Friday that the Kenya Red Cross would open 12 shelters."
    assert runner.invoke(app, ["summarize", "-"], input=other).exit_code == 0

    listed = [json.loads(x) for x in runner.invoke(app, ["logs", "--json"]).stdout.splitlines()]
    assert [e["id"] for e in listed] == [3, 2, 1]
    assert [e["source"] for e in listed] == ["stdin", str(SEED), str(SEED)]
    assert runner.invoke(app, ["logs", "--json", "--model", "openai"]).stdout == ""
    table = runner.invoke(app, ["logs"], env={"COLUMNS": "160"})
    assert table.exit_code == 0 and "extract" in table.stdout and "guided" in table.stdout

    shown = runner.invoke(app, ["logs", "show", "1"])
    assert json.loads(shown.stdout)["actors"][0]["name"] == "Mark Carney"
    page = runner.invoke(app, ["logs", "show", "3", "--format", "html"]).stdout
    assert "Nairobi" in page and page.startswith("<!DOCTYPE html>")

    found = runner.invoke(app, ["logs", "search", "Carney Paris", "--json"]).stdout.split("\n")
    assert sorted(json.loads(line)["id"] for line in found if line) == [1, 2]
    nairobi = runner.invoke(app, ["logs", "search", "Red Cross", "--json"]).stdout
    assert [json.loads(line)["id"] for line in nairobi.split("\n") if line] == [3]
    odd = runner.invoke(app, ["logs", "search", 'Carney" OR NEAR(', "--json"])
    assert odd.exit_code == 0 and odd.stdout == ""  # FTS syntax in a query is only words

    same = runner.invoke(app, ["logs", "diff", "1", "2"])
    assert same.exit_code == 0 and same.stdout == "no difference\n"
    apart = runner.invoke(app, ["logs", "diff", "1", "3"])
    assert "+ locations: Nairobi" in apart.stdout and "- actors: Mark Carney" in apart.stdout
    assert "different articles" in apart.stderr

    missing = runner.invoke(app, ["logs", "show", "99"])
    assert missing.exit_code == 2 and missing.stderr == (
        f"error: no summary 99 in the run log at {db}: see summarizer logs\n"
    )


def test_logs_without_a_log_say_how_to_make_one(tmp_path: Path) -> None:
    done = runner.invoke(app, ["logs", "--db", str(tmp_path / "none.db")])
    assert done.exit_code == 2 and done.stderr.startswith("error: no run log at")


def test_diff_names_each_change() -> None:
    old = Summarizer(Settings.load()).summarize(ARTICLE)
    new = old.model_copy(deep=True)
    new.actors[0].kind = "organization"
    del new.locations[0]
    assert new.commitments
    new.commitments[0].amount = None
    lines = diff(old, new)
    assert f"- locations: {old.locations[0].name}" in lines
    assert f"~ actors: {old.actors[0].name}: kind person -> organization" in lines
    assert any(line.startswith("~ commitments:") and " amount " in line for line in lines)
    assert diff(old, old) == []
