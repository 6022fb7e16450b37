"""Eval reports on a hand-built run: terminal table, JSON round trip, and the HTML page."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from summarizer import files as files_mod
from summarizer.evaluation.fixtures import Fixture
from summarizer.evaluation.report import render_html, report_table, write_json, write_reports
from summarizer.evaluation.results import (
    ArticleResult,
    Counts,
    EvalReport,
    FieldResult,
    Match,
)
from summarizer.schema import EventSummary

TEXT = (
    "PARIS, France (Wire) - Prime Minister Ann Lee pledged €2 billion to Ukraine on Monday.\n"
    '<script>alert("x")</script>\n'
    '"The money matters," said Dr Bob Ray of Oxford University.\n'
)
ERROR = 'backend said <script>alert(1)</script> & "quit"'
BAD_ID = 'odd"id<b>'


def ev(quote: str | None, *, found: bool = True) -> dict[str, Any]:
    """Evidence for a quote of TEXT; ``found=False`` leaves the span unset, as grounding does."""
    assert quote is not None
    if not found:
        return {"quote": quote, "start": None, "end": None}
    start = TEXT.index(quote)
    return {"quote": quote, "start": start, "end": start + len(quote)}


def make_fixture() -> Fixture:
    return Fixture.model_validate(
        {
            "id": "lee-pledge",
            "source": "hand-written test text",
            "text": TEXT,
            "gold": {
                "when": "2026-03-02",
                "key_facts": [
                    "Ann Lee pledged €2 billion to Ukraine.",
                    "Bob Ray <says> it matters.",
                ],
                "locations": [
                    {"name": "Paris", "kind": "city", "role": "event"},
                    {"name": "Ukraine", "kind": "country", "role": "mentioned"},
                ],
                "actors": [
                    {"name": "Bob Ray", "kind": "person", "affiliation": "Oxford University"},
                    {"name": "Ann Lee", "aliases": ["Lee"], "kind": "person"},
                ],
                "commitments": [
                    {
                        "actor": "Ann Lee",
                        "action": "pledged aid",
                        "amount": {"value": 2e9, "currency": "EUR", "text": "€2 billion"},
                        "recipient": "Ukraine",
                        "status": "pledged",
                    }
                ],
                "expert_views": [{"expert": "Bob Ray", "view": "The money matters."}],
            },
        }
    )


def make_summary() -> EventSummary:
    loc = {"kind": "city", "role": "event", "grounded": True}
    person = {"kind": "person", "title_or_role": None, "affiliation": None}
    return EventSummary.model_validate(
        {
            "headline": "Lee pledges €2 billion <b>to</b> Ukraine",
            "summary": "Ann Lee pledged money.",
            "when": "2026-03-02",
            "locations": [
                {**loc, "name": "Paris", "evidence": ev("PARIS")},
                {**loc, "name": "France", "kind": "country", "evidence": ev("France")},
            ],
            "actors": [
                {**person, "name": "Ann Lee", "evidence": ev("Ann Lee"), "grounded": True},
                # Not in the article: no span, flagged.
                {
                    **person,
                    "name": 'Ghost "<i>" Person',
                    "evidence": ev("Ghost said so", found=False),
                    "grounded": False,
                },
            ],
            "commitments": [
                {
                    "actor": "Ann Lee",
                    "action": "pledged money",
                    "amount": {"value": 2e9, "currency": "EUR", "text": "€2 billion"},
                    "recipient": "Ukraine",
                    "timeframe": None,
                    "status": "pledged",
                    # Contains the actor's span: nested marks.
                    "evidence": ev("Ann Lee pledged €2 billion to Ukraine"),
                    "grounded": True,
                }
            ],
            "expert_views": [
                {
                    "expert": "Bob Ray",
                    "affiliation": "Oxford University",
                    "view": "The money matters.",
                    "quote": "The money matters,",
                    # Span found but a check failed: highlighted and listed as ungrounded.
                    "evidence": ev("The money matters"),
                    "grounded": False,
                }
            ],
        }
    )


def fr(tp: int, fp: int, fn: int, *matches: tuple[int, int, float]) -> FieldResult:
    return FieldResult(
        counts=Counts(tp=tp, fp=fp, fn=fn),
        matches=[Match(predicted=p, gold=g, score=s) for p, g, s in matches],
    )


def make_report() -> EvalReport:
    good = ArticleResult(
        id="lee-pledge",
        predicted=make_summary(),
        fields={
            "locations": fr(1, 1, 1, (0, 0, 1.0)),
            "actors": fr(1, 1, 1, (0, 1, 0.95)),
            "commitments": fr(1, 0, 0, (0, 0, 0.8)),
            "expert_views": fr(1, 0, 0, (0, 0, 0.9)),
        },
        key_fact_coverage=0.5,
        covered_facts=[True, False],
        rouge_l=0.4,
        when_correct=True,
        items=6,
        grounded_items=4,
        hallucinated_names=['Ghost "<i>" Person'],
        attempts=2,
        input_tokens=900,
        output_tokens=300,
        latency_s=1.5,
    )
    broken = ArticleResult(id=BAD_ID, error=ERROR)
    return EvalReport(
        model="[bold]test-model",
        provider="fake",
        prompt_version="p7",
        schema_version="1",
        git_commit="abc1234",
        created_at="2026-03-02T10:00:00Z",
        fixtures="tests/fixtures",
        articles=[good, broken],
        metrics={
            "actors.precision": 0.5,
            "actors.recall": 0.5,
            "actors.f1": 0.5,
            "actors.f1_macro": 0.5,
            "locations.precision": 0.5,
            "locations.recall": 0.5,
            "locations.f1": 0.6667,
            "key_fact_coverage": 0.5,
            "grounding_rate": 0.6667,
            "attempts_mean": 2.0,
        },
    )


class Balance(HTMLParser):
    """Checks that tags nest properly and collects every <mark>'s attributes."""

    VOID = frozenset({"meta", "br", "hr", "img", "link", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.marks: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.marks.append(dict(attrs))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()


@pytest.fixture
def page() -> str:
    return render_html(make_report(), {"lee-pledge": make_fixture()})


def parse(page: str) -> Balance:
    parser = Balance()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    return parser


def test_html_is_well_formed_and_self_contained(page: str) -> None:
    parse(page)
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)


def test_html_has_no_unescaped_script(page: str) -> None:
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<b>to</b>" not in page and "<i>" not in page


def test_html_shows_escaped_error_and_id(page: str) -> None:
    assert html.escape(ERROR, quote=True) in page
    assert html.escape(BAD_ID, quote=True) in page
    assert BAD_ID not in page


def test_every_evidence_span_is_one_mark_with_its_field_class(page: str) -> None:
    summary = make_summary()
    with_spans = {
        f"lee-pledge--{field}-{i}": field
        for field in ("locations", "actors", "commitments", "expert_views")
        for i, item in enumerate(getattr(summary, field))
        if item.evidence.start is not None
    }
    marks = parse(page).marks
    # The spans nest without crossing, so none is cut into pieces.
    assert len(marks) == len(with_spans) == 5
    for mark in marks:
        field = with_spans[str(mark["id"])]
        assert f"hl-{field}" in str(mark["class"]).split()
    ungrounded = [m for m in marks if "ungrounded" in str(m["class"]).split()]
    assert [m["id"] for m in ungrounded] == ["lee-pledge--expert_views-0"]


def test_legend_and_ungrounded_list(page: str) -> None:
    for field in ("locations", "actors", "commitments", "expert_views"):
        assert f'<span class="hl-{field}">{field}</span>' in page
    listed = page.split("Ungrounded items", 1)[1].split("</ul>", 1)[0]
    assert "Ghost &quot;&lt;i&gt;&quot; Person" in listed
    assert "Bob Ray" in listed
    assert "Ann Lee" not in listed


def rows(page: str, field: str) -> list[tuple[str, str, str]]:
    """(status class, predicted cell, gold cell) of a field's side-by-side table."""
    table = re.search(rf'<table class="sbs {field}">(.*?)</table>', page, re.S)
    assert table is not None
    found = re.findall(
        r'<tr class="(tp|fp|fn)"><td class="mark">.*?</td><td>(.*?)</td><td>(.*?)</td></tr>',
        table.group(1),
    )
    return [(c, re.sub(r"<[^>]+>", "", p), g) for c, p, g in found]


def test_side_by_side_rows_follow_matches(page: str) -> None:
    loc = rows(page, "locations")
    assert [r[0] for r in loc] == ["tp", "fp", "fn"]
    assert loc[0][1].startswith("Paris") and loc[0][2].startswith("Paris")
    assert loc[1][1].startswith("France") and loc[1][2] == "—"
    assert loc[2][1] == "—" and loc[2][2].startswith("Ukraine")

    actors = rows(page, "actors")
    assert [r[0] for r in actors] == ["tp", "fp", "fn"]
    assert actors[0][1].startswith("Ann Lee") and actors[0][2].startswith("Ann Lee")
    assert "Ghost" in actors[1][1] and "ungrounded" in actors[1][1]
    assert actors[2][2].startswith("Bob Ray")

    assert [r[0] for r in rows(page, "commitments")] == ["tp"]
    assert [r[0] for r in rows(page, "expert_views")] == ["tp"]
    assert "false positive" in page and "false negative" in page and "match 0.95" in page


def test_key_facts_marked(page: str) -> None:
    assert "✓ covered</b>: Ann Lee pledged €2 billion to Ukraine." in page
    assert "✗ not covered</b>: Bob Ray &lt;says&gt; it matters." in page


def test_failed_article_with_fixture_lists_all_gold_as_missed() -> None:
    report = make_report()
    report.articles = [ArticleResult(id="lee-pledge", error="timeout")]
    page = render_html(report, {"lee-pledge": make_fixture()})
    parse(page)
    assert "<mark" not in page
    assert [r[0] for r in rows(page, "locations")] == ["fn", "fn"]
    assert [r[0] for r in rows(page, "actors")] == ["fn", "fn"]


def test_out_of_range_match_indices_are_ignored() -> None:
    report = make_report()
    report.articles[0].fields["locations"] = fr(1, 1, 1, (0, 0, 1.0), (7, 9, 0.5))
    page = render_html(report, {"lee-pledge": make_fixture()})
    assert [r[0] for r in rows(page, "locations")] == ["tp", "fp", "fn"]


def test_write_reports_round_trips(tmp_path: Path) -> None:
    report = make_report()
    out = tmp_path / "a" / "b"
    paths = write_reports(report, {"lee-pledge": make_fixture()}, out)
    assert paths == {"json": out / "report.json", "html": out / "report.html"}
    assert sorted(p.name for p in out.iterdir()) == ["report.html", "report.json"]
    assert EvalReport.model_validate_json(paths["json"].read_text(encoding="utf-8")) == report
    assert paths["html"].read_text(encoding="utf-8") == render_html(
        report, {"lee-pledge": make_fixture()}
    )


def test_write_json_replaces_and_cleans_up_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "report.json"
    path.write_text("old", encoding="utf-8")
    write_json(make_report(), path)
    assert EvalReport.model_validate_json(path.read_text(encoding="utf-8")).prompt_version == "p7"

    def boom(src: str, dst: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(files_mod.os, "replace", boom)
    before = path.read_text(encoding="utf-8")
    with pytest.raises(OSError, match="disk full"):
        write_json(make_report(), path)
    assert path.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_report_table_renders() -> None:
    console = Console(record=True, width=120)
    console.print(report_table(make_report()))
    text = console.export_text()
    for field in ("locations", "actors", "commitments", "expert_views"):
        assert field in text
    assert "0.667" in text  # locations F1
    assert "[bold]test-model" in text  # shown literally, not read as markup
    assert "p7" in text and "abc1234" in text
    assert "grounding_rate" in text and "latency_s_mean" in text
    commitments = next(line for line in text.splitlines() if "commitments" in line)
    assert [c.strip() for c in commitments.split("│")[2:6]] == ["-"] * 4  # no metrics
