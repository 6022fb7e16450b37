"""`summarizer eval` end to end, without a model: a loopback server answers, recordings replay,
and the regression gate demonstrably fails when the baseline asks for more than was achieved."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli import EXIT_REGRESSION, app
from summarizer.errors import FixtureError
from summarizer.evaluation.agreement import agreement
from summarizer.evaluation.fixtures import Fixture, load_fixture, load_fixtures
from summarizer.prompting import load_prompt
from tests.fault_server import FaultServer, Reply, example_answer

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def example_fixture() -> dict[str, Any]:
    """The prompt's worked example as a fixture, gold labeled by hand from its answer."""
    prompt = load_prompt()
    return {
        "id": "example",
        "source": "the prompt's own worked example",
        "text": prompt.example_article,
        "gold": {
            "when": "2026-03-03",
            "key_facts": [
                "Health Minister Lena Ortiz announced $40 million for rural clinics in Manitoba.",
                "Samuel Reyes said staffing is the main gap.",
            ],
            "locations": [
                {"name": "Winnipeg", "aliases": ["WINNIPEG"], "kind": "city", "role": "event"},
                {"name": "Manitoba", "aliases": [], "kind": "region", "role": "mentioned"},
            ],
            "actors": [
                {
                    "name": "Lena Ortiz",
                    "aliases": ["Ortiz"],
                    "kind": "person",
                    "title_or_role": "Health Minister",
                    "affiliation": None,
                },
                {
                    "name": "Samuel Reyes",
                    "aliases": ["Reyes"],
                    "kind": "person",
                    "title_or_role": "health economist",
                    "affiliation": "University of Manitoba",
                },
            ],
            "commitments": [
                {
                    "actor": "Lena Ortiz",
                    "actor_aliases": ["Ortiz"],
                    "action": "expand rural clinics",
                    "amount": {"value": 40000000, "currency": "CAD", "text": "$40 million"},
                    "recipient": "rural clinics in Manitoba",
                    "timeframe": "over three years",
                    "status": "announced",
                },
            ],
            "expert_views": [
                {
                    "expert": "Samuel Reyes",
                    "aliases": ["Reyes"],
                    "affiliation": "University of Manitoba",
                    "view": "The money will help, but staffing is the main gap.",
                    "quote": None,
                },
            ],
        },
    }


GOOD = example_answer()


@pytest.fixture
def fixtures_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "fixtures"
    folder.mkdir()
    (folder / "example.json").write_text(json.dumps(example_fixture()), encoding="utf-8")
    return folder


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer([], default=Reply(GOOD)) as s:
        yield s


def run_eval(server: FaultServer, fixtures: Path, *args: str) -> Any:
    return runner.invoke(
        app,
        ["eval", str(fixtures), "--model", "llamacpp/test", "--base-url", server.url, *args],
    )


def test_committed_fixtures_all_load() -> None:
    fixtures = FIXTURES
    assert len(fixtures) >= 20
    assert len({f.id for f in fixtures}) == len(fixtures)
    assert any(f.id == "carney-paris-ukraine" for f in fixtures)
    seed = next(f for f in fixtures if f.id == "carney-paris-ukraine")
    assert seed.text == (ROOT / "examples" / "carney-paris-ukraine.txt").read_text(encoding="utf-8")


FIXTURES = load_fixtures(ROOT / "evals" / "fixtures")
HOLDOUT = load_fixtures(ROOT / "evals" / "holdout")
REAL = load_fixtures(ROOT / "evals" / "real")
REAL_HOLDOUT = load_fixtures(ROOT / "evals" / "real-holdout")
SECOND = load_fixtures(ROOT / "evals" / "second-labels")


def test_the_holdout_set_is_separate() -> None:
    assert len(HOLDOUT) >= 8
    assert not {f.id for f in HOLDOUT} & {f.id for f in FIXTURES}
    assert not {f.text for f in HOLDOUT} & {f.text for f in FIXTURES}


def test_the_real_sets_are_real_labeled_and_apart() -> None:
    """Issue #12: at least 40 real pages in evals/real/, at least 12 more held out, each with its
    URL and licence, a main actor and the list of its other named entities."""
    assert len(REAL) >= 40 and len(REAL_HOLDOUT) >= 12
    assert not {f.id for f in REAL} & {f.id for f in REAL_HOLDOUT}
    assert not {f.text for f in REAL} & {f.text for f in REAL_HOLDOUT}
    for fixture in REAL + REAL_HOLDOUT:
        assert "http" in fixture.source, fixture.id
        assert "CC BY 2.5" in fixture.source or "public domain" in fixture.source, fixture.id
        assert fixture.gold.entities is not None, fixture.id
        assert (fixture.gold.main_actor is None) == (not fixture.gold.actors), fixture.id
    with_money = [f for f in REAL + REAL_HOLDOUT if any(c.amount for c in f.gold.commitments)]
    assert len(with_money) >= 8


@pytest.mark.parametrize(
    "fixture", FIXTURES + HOLDOUT + REAL + REAL_HOLDOUT + SECOND, ids=lambda f: f.id
)
def test_gold_is_verbatim_in_its_article(fixture: Fixture) -> None:
    """LABELING.md: names, aliases, amount texts and quotes are copied from the text."""
    gold, text = fixture.gold, fixture.text
    verbatim: list[str | None] = []
    for loc in gold.locations:
        verbatim += [loc.name, *loc.aliases]
    for actor in gold.actors:
        verbatim += [actor.name, *actor.aliases]
    for c in gold.commitments:
        verbatim += [c.actor, *c.actor_aliases, c.amount.text if c.amount else None]
    for v in gold.expert_views:
        verbatim += [v.expert, *v.aliases, v.quote]
    for e in gold.entities or []:
        verbatim += [e.name, *e.aliases]
    missing = [s for s in verbatim if s is not None and s not in text]
    assert missing == []
    assert 1 <= len(gold.key_facts) <= 5


def test_second_labels_are_dev_pages_and_agreement_scores_them() -> None:
    """The second, blind labeling covers dev pages only (never the held-out ones), page for
    page; a labeling agrees with itself perfectly, and one missing an actor does not."""
    assert len(SECOND) >= 40
    real = {f.id: f.text for f in REAL}
    assert all(real.get(f.id) == f.text for f in SECOND)
    same = agreement(SECOND, SECOND, "itself").metrics
    assert same["actors.f1"] == same["locations.f1"] == same["commitments.f1"] == 1.0
    assert same["main_actor_accuracy"] == same["event_place_accuracy"] == 1.0
    page = next(f for f in SECOND if len(f.gold.actors) > 1)
    fewer = page.model_copy(
        update={"gold": page.gold.model_copy(update={"actors": page.gold.actors[:-1]})}
    )
    assert agreement([page], [fewer], "one short").metrics["actors.recall"] < 1.0
    with pytest.raises(ValueError, match="no page with this id"):
        agreement(REAL[:1], [page], "another page")


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: d.pop("source"), "source: Field required"),
        (lambda d: d.update(extra=1), "extra: Extra inputs are not permitted"),
        (lambda d: d["gold"]["actors"][0].update(nickname="x"), "gold.actors.0.nickname"),
        (lambda d: d["gold"].update(when="soon"), "gold.when"),
        (lambda d: d["gold"]["commitments"][0].update(status="maybe"), "gold.commitments.0.status"),
        (lambda d: d.update(id="other"), "id: 'other' does not match the file name"),
    ],
)
def test_malformed_fixture_names_file_and_field(tmp_path: Path, mutate: Any, fragment: str) -> None:
    data = example_fixture()
    mutate(data)
    path = tmp_path / "example.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FixtureError) as info:
        load_fixture(path)
    assert str(info.value).startswith(str(path)) and fragment in str(info.value)
    assert "\n" not in str(info.value)


def test_malformed_fixture_is_one_line_exit_2(tmp_path: Path, server: FaultServer) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "broken.json").write_text("{not json", encoding="utf-8")
    result = run_eval(server, bad)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "broken.json: not valid JSON" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert server.requests == []


def test_eval_writes_reports_and_gate_passes_then_fails(
    tmp_path: Path, fixtures_dir: Path, server: FaultServer
) -> None:
    baseline = tmp_path / "baseline.json"
    reports = tmp_path / "reports"
    wrote = run_eval(server, fixtures_dir, "--baseline", str(baseline), "--update-baseline")
    assert wrote.exit_code == 0, wrote.stderr
    stored = json.loads(baseline.read_text())
    assert stored["model"] == "llamacpp/test"
    assert stored["metrics"]["actors.recall"] == 0.5  # one of the two gold actors predicted
    assert stored["metrics"]["commitments.f1"] == 1.0

    same = run_eval(server, fixtures_dir, "--baseline", str(baseline), "--report-dir", str(reports))
    assert same.exit_code == 0, same.stderr
    assert "no regression" in same.stderr
    report = json.loads((reports / "report.json").read_text())
    assert report["prompt_version"] == load_prompt().version and report["schema_version"]
    assert report["articles"][0]["id"] == "example"
    assert "<html" in (reports / "report.html").read_text().lower()

    # Ask for more than the model achieves: the gate must fail, naming the metric.
    stored["metrics"]["actors.recall"] = 0.9
    baseline.write_text(json.dumps(stored))
    failed = run_eval(server, fixtures_dir, "--baseline", str(baseline))
    assert failed.exit_code == EXIT_REGRESSION
    assert "regression: actors.recall: 0.5000 vs baseline 0.9000" in failed.stderr


def test_malformed_baseline_is_one_line_exit_2(
    tmp_path: Path, fixtures_dir: Path, server: FaultServer
) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"model": "x", "metrics": {}}))
    result = run_eval(server, fixtures_dir, "--baseline", str(baseline))
    assert result.exit_code == 2 and "prompt_version: Field required" in result.stderr


def test_record_then_replay_without_any_server(tmp_path: Path, fixtures_dir: Path) -> None:
    recording = tmp_path / "rec.jsonl"
    with FaultServer([], default=Reply(GOOD)) as live:
        recorded = run_eval(live, fixtures_dir, "--replay", "record", "--recording", str(recording))
        assert recorded.exit_code == 0, recorded.stderr
        assert len(live.requests) == 1
        url = live.url
    lines = recording.read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["model"] == "llamacpp/test"

    # The server is gone: only the recording can answer.
    args = ["eval", str(fixtures_dir), "--model", "llamacpp/test", "--base-url", url]
    replayed = runner.invoke(app, [*args, "--replay", "replay", "--recording", str(recording)])
    assert replayed.exit_code == 0, replayed.stderr
    assert "1 replayed, 0 asked" in replayed.stderr

    # A changed article (or prompt, or schema) misses the recording instead of reusing it.
    data = json.loads((fixtures_dir / "example.json").read_text())
    data["text"] += " Ortiz spoke in Winnipeg."
    (fixtures_dir / "example.json").write_text(json.dumps(data))
    missed = runner.invoke(app, [*args, "--replay", "replay", "--recording", str(recording)])
    # The article is scored as failed (its one-line reason shown); the run itself goes on.
    assert missed.exit_code == 0
    assert "no recorded answer for this request" in missed.stderr


def test_changed_prompt_misses_the_recording(tmp_path: Path) -> None:
    from summarizer.backends.recording import Recorder
    from summarizer.errors import ProviderError
    from summarizer.pipeline import Summarizer
    from summarizer.prompting import PROMPTS_DIR
    from summarizer.settings import Settings

    recording = tmp_path / "rec.jsonl"
    article = load_prompt().example_article
    with FaultServer([], default=Reply(GOOD)) as live:
        settings = Settings.load(env={}, model="llamacpp/test", base_url=live.url, max_reasks=0)
        with Summarizer(settings, recorder=Recorder(recording, "record")) as s:
            s.summarize(article)
    changed = tmp_path / "prompts"
    changed.mkdir()
    for f in PROMPTS_DIR.iterdir():
        (changed / f.name).write_bytes(f.read_bytes())
    with (changed / "system.j2").open("a", encoding="utf-8") as f:
        f.write("\n- Be brief.\n")
    same = Summarizer(settings, recorder=Recorder(recording, "replay"))
    assert same.summarize(article).meta is not None  # unchanged prompt: replayed, no server
    other = Summarizer(
        settings, prompt=load_prompt(changed), recorder=Recorder(recording, "replay")
    )
    assert other.prompt.version != same.prompt.version
    with pytest.raises(ProviderError, match="no recorded answer for this request"):
        other.summarize(article)


def test_recording_key_ignores_machine_specific_model_paths() -> None:
    from summarizer.backends.recording import request_key

    request = {"messages": [{"role": "user", "content": "x"}], "max_tokens": 10}
    here = request_key("local", {**request, "model": "/home/a/.venv/model.gguf"})
    there = request_key("local", {**request, "model": "/tmp/ci/.venv/model.gguf"})
    assert here == there
    assert here != request_key("local", {**request, "max_tokens": 11})
    assert here != request_key("openai/gpt-4o-mini", request)
