"""Eval reports: a terminal table, a JSON file, and one self-contained HTML page.

The HTML page needs no network and no JavaScript, so it can be attached to a CI run or mailed.
Everything that comes from articles, fixtures, predictions or errors goes through :func:`_e`
(or :func:`summarizer.highlight.highlight`, which escapes too): article text is untrusted input
and may well contain ``<script>``.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from rich.table import Table
from rich.text import Text

from summarizer.evaluation.fixtures import Fixture
from summarizer.evaluation.results import FIELDS, ArticleResult, EvalReport, FieldResult
from summarizer.files import atomic_write
from summarizer.highlight import Span, highlight
from summarizer.schema import GroundedItem

# (metrics key, label, format): the aggregate numbers other than per-field scores.
OTHER_METRICS = (
    ("item_validity", "item validity", "{:.3f}"),
    ("event_place_accuracy", "event place accuracy", "{:.3f}"),
    ("main_actor_accuracy", "main actor first", "{:.3f}"),
    ("amount_accuracy", "amounts right (matched commitments)", "{:.3f}"),
    ("key_fact_coverage", "key-fact coverage", "{:.3f}"),
    ("rouge_l", "ROUGE-L (drift only)", "{:.3f}"),
    ("when_accuracy", "when accuracy", "{:.3f}"),
    ("schema_valid_rate", "schema-valid rate", "{:.3f}"),
    ("grounding_rate", "grounding rate", "{:.3f}"),
    ("hallucinated_names", "hallucinated names", "{:g}"),
    ("attempts_mean", "attempts (mean)", "{:.2f}"),
    ("input_tokens_mean", "input tokens (mean)", "{:.0f}"),
    ("output_tokens_mean", "output tokens (mean)", "{:.0f}"),
    ("latency_s_mean", "latency s (mean)", "{:.2f}"),
)
SCORE_KINDS = ("precision", "recall", "f1", "f1_macro")
# Field colours, also used by the legend; one CSS class per field: hl-<field>.
COLOURS = {
    "locations": "#b3e5fc",
    "actors": "#ffe082",
    "commitments": "#c5e1a5",
    "expert_views": "#f8bbd0",
}
CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1em}
th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3} td.num{text-align:right;font-variant-numeric:tabular-nums}
section.article{border-top:3px solid #888;margin-top:2em}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1em;background:#fafafa}
mark{padding:0 1px;border-radius:2px}
mark.ungrounded,.ungrounded-sample{outline:2px dashed #d32f2f}
.legend span{padding:1px 6px;margin-right:6px;border-radius:2px}
.error{color:#b71c1c;font-weight:bold} .ungrounded-label{color:#d32f2f;font-weight:bold}
tr.tp td.mark{color:#2e7d32} tr.fp{background:#fff3e0} tr.fn{background:#ffebee}
tr.fp td.mark,tr.fn td.mark{font-weight:bold;color:#c62828}
ul.facts{list-style:none;padding-left:1em} li.covered b{color:#2e7d32} li.missed b{color:#c62828}
""" + "".join(f"mark.hl-{f},.legend .hl-{f}{{background:{c}}}\n" for f, c in COLOURS.items())


def _e(value: object) -> str:
    """Escape anything for HTML text or a quoted attribute."""
    return html.escape(str(value), quote=True)


def _table(head: list[str], rows: list[list[str]], css_class: str = "") -> str:
    """A table of already-escaped cells; every cell after the first is a number."""
    ths = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join(
        f"<tr><td>{r[0]}</td>" + "".join(f'<td class="num">{c}</td>' for c in r[1:]) + "</tr>"
        for r in rows
    )
    return f'<table class="{css_class}"><tr>{ths}</tr>{trs}</table>'


def _metric(metrics: dict[str, float], key: str, fmt: str = "{:.3f}") -> str:
    return fmt.format(metrics[key]) if key in metrics else "-"


def report_table(report: EvalReport) -> Table:
    """Build the terminal summary of an eval run.

    Args:
        report: The finished run.

    Returns:
        A rich table: per-field micro precision, recall and F1 plus macro F1 beside the other
        aggregate metrics; metrics absent from ``report.metrics`` show as ``-``.
    """
    scores = Table("field")
    for header in ("precision", "recall", "F1", "F1 macro"):
        scores.add_column(header, justify="right")
    for field in FIELDS:
        scores.add_row(field, *(_metric(report.metrics, f"{field}.{k}") for k in SCORE_KINDS))
    others = Table("metric")
    others.add_column("value", justify="right")
    for key, _label, fmt in OTHER_METRICS:
        others.add_row(key, _metric(report.metrics, key, fmt))
    # Text, not str: a model name such as "[bold]x" must not be read as rich markup.
    title = Text(
        f"{report.model} · prompt {report.prompt_version} · schema {report.schema_version}"
        f" · commit {report.git_commit or 'unknown'}"
    )
    outer = Table.grid(padding=(1, 0))
    outer.title = title
    outer.add_row(scores)
    outer.add_row(others)
    return outer


def write_json(report: EvalReport, path: Path) -> None:
    """Write the report as indented JSON, atomically (temp file in the same folder, then rename).

    Args:
        report: The run to write.
        path: Destination file; its folder must exist.
    """
    atomic_write(path, report.model_dump_json(indent=2) + "\n")


def _describe(field: str, item: BaseModel) -> str:
    """One line for a predicted or gold item (both have the same attribute names)."""
    d: dict[str, Any] = item.model_dump()
    extras: list[str | None]
    if field == "locations":
        head, extras = d["name"], [d["kind"], d["role"]]
    elif field == "actors":
        head, extras = d["name"], [d["kind"], d["title_or_role"], d["affiliation"]]
    elif field == "commitments":
        amount = d["amount"]["text"] if d.get("amount") else None
        head = f"{d['actor']}: {d['action']}"
        extras = [amount, d["recipient"] and f"to {d['recipient']}", d["timeframe"], d["status"]]
    else:
        head = f"{d['expert'] or '(unnamed)'}: {d['view']}"
        extras = [d["affiliation"]]
    shown = [str(x) for x in extras if x]
    return f"{head} ({', '.join(shown)})" if shown else head


def _anchor(article_id: str, field: str, index: int) -> str:
    return f"{article_id}--{field}-{index}"


def _predicted(result: ArticleResult, field: str) -> list[GroundedItem]:
    return list(getattr(result.predicted, field)) if result.predicted else []


def _side_by_side(
    result: ArticleResult, field: str, gold: list[BaseModel], fr: FieldResult | None
) -> str:
    """Predicted vs gold: matches share a row; false positives and negatives get their own."""
    pred = _predicted(result, field)
    # The scorer's indices are trusted only where they point at real items.
    matches = [
        m for m in (fr.matches if fr else []) if m.predicted < len(pred) and m.gold < len(gold)
    ]
    used_p, used_g = {m.predicted for m in matches}, {m.gold for m in matches}

    def cell(i: int) -> str:
        item, span = pred[i], pred[i].evidence.start is not None
        text = _e(_describe(field, item))
        if span:
            text = f'<a href="#{_e(_anchor(result.id, field, i))}">{text}</a>'
        if item.grounded is False:
            text += ' <span class="ungrounded-label">⚠ ungrounded</span>'
        return text

    rows = [
        (f"✓ match {m.score:.2f}", "tp", cell(m.predicted), _e(_describe(field, gold[m.gold])))
        for m in sorted(matches, key=lambda m: m.predicted)
    ]
    rows += [("✗ false positive", "fp", cell(i), "—") for i in range(len(pred)) if i not in used_p]
    rows += [
        ("✗ false negative", "fn", "—", _e(_describe(field, g)))
        for j, g in enumerate(gold)
        if j not in used_g
    ]
    body = "".join(
        f'<tr class="{cls}"><td class="mark">{mark}</td><td>{p}</td><td>{g}</td></tr>'
        for mark, cls, p, g in rows
    )
    body = body or '<tr><td colspan="3">none predicted, none in gold</td></tr>'
    head = "<tr><th>status</th><th>predicted</th><th>gold</th></tr>"
    return f'<h4>{_e(field)}</h4><table class="sbs {_e(field)}">{head}{body}</table>'


def _counts_table(result: ArticleResult) -> str:
    rows = []
    for field in FIELDS:
        fr = result.fields.get(field)
        c = fr.counts if fr else None
        scores = [f"{x:.3f}" for x in (c.precision, c.recall, c.f1)] if c else []
        rows.append([field, *([str(c.tp), str(c.fp), str(c.fn), *scores] if c else ["-"] * 6)])
    return _table(["field", "TP", "FP", "FN", "P", "R", "F1"], rows, "counts")


def _article(result: ArticleResult, fixture: Fixture | None) -> str:
    parts = [f'<section class="article" id="{_e(result.id)}"><h2>{_e(result.id)}</h2>']
    if result.replayed:
        parts.append("<p>(replayed from a recording)</p>")
    if result.error:
        parts.append(f'<p class="error">Error: {_e(result.error)}</p>')
    if fixture is None:
        parts.append('<p class="error">No fixture with this id: gold and text unavailable.</p>')
    parts.append(_counts_table(result))
    kfc = "-" if result.key_fact_coverage is None else f"{result.key_fact_coverage:.3f}"
    rouge = "-" if result.rouge_l is None else f"{result.rouge_l:.3f}"
    when = {True: "yes", False: "no", None: "-"}[result.when_correct]
    parts.append(
        f"<p>key-fact coverage {kfc} · ROUGE-L {rouge} · when correct {when}"
        f" · grounded {result.grounded_items}/{result.items} · attempts {result.attempts}"
        f" · tokens {result.input_tokens} in / {result.output_tokens} out"
        f" · {result.latency_s:.2f} s</p>"
    )
    if result.predicted:
        p = result.predicted
        gold_when = fixture.gold.when if fixture else "-"
        parts.append(
            f"<p><b>{_e(p.headline)}</b></p><p>{_e(p.summary)}</p>"
            f"<p>when: {_e(p.when)} (gold: {_e(gold_when)})</p>"
        )
    if fixture:
        # covered_facts aligns with gold.key_facts; a shorter list means "not scored".
        marks = {True: ("covered", "✓ covered"), False: ("missed", "✗ not covered")}
        facts = []
        for i, fact in enumerate(fixture.gold.key_facts):
            flag = result.covered_facts[i] if i < len(result.covered_facts) else None
            cls, word = marks[flag] if flag is not None else ("unknown", "? not scored")
            facts.append(f'<li class="{cls}"><b>{word}</b>: {_e(fact)}</li>')
        parts.append(f"<h3>Key facts</h3><ul class='facts'>{''.join(facts)}</ul>")
    names = "".join(f"<li>{_e(n)}</li>" for n in result.hallucinated_names) or "<li>none</li>"
    parts.append(f"<h3>Hallucinated names</h3><ul>{names}</ul>")

    spans, ungrounded = [], []
    for field in FIELDS:
        for i, item in enumerate(_predicted(result, field)):
            desc = _describe(field, item)
            ev, bad = item.evidence, item.grounded is False
            if bad:
                ungrounded.append(f"<li>{_e(field)}[{i}]: {_e(desc)} — quote: {_e(ev.quote)}</li>")
            if ev.start is not None and ev.end is not None:
                cls = f"hl-{field}" + (" ungrounded" if bad else "")
                title = f"{field}[{i}]: {desc}" + (" (UNGROUNDED)" if bad else "")
                spans.append(Span(ev.start, ev.end, cls, title, _anchor(result.id, field, i)))
    if fixture:
        legend = "".join(f'<span class="hl-{f}">{f}</span>' for f in FIELDS)
        parts.append(
            f'<h3>Article with evidence</h3><p class="legend">{legend}'
            '<span class="ungrounded-sample">dashed outline = ungrounded</span>'
            f'</p><div class="text">{highlight(fixture.text, spans)}</div>'
        )
    if ungrounded:
        parts.append(
            f'<h3 class="ungrounded-label">Ungrounded items</h3><ul>{"".join(ungrounded)}</ul>'
        )
    parts.append("<h3>Predicted vs gold</h3>")
    for field in FIELDS:
        gold: list[BaseModel] = list(getattr(fixture.gold, field)) if fixture else []
        parts.append(_side_by_side(result, field, gold, result.fields.get(field)))
    parts.append("</section>")
    return "\n".join(parts)


def render_html(report: EvalReport, fixtures: dict[str, Fixture]) -> str:
    """Render the whole run as one self-contained HTML page (inline CSS, no scripts).

    Args:
        report: The run to show.
        fixtures: Fixtures by id, for article text, gold items and key facts. An article whose
            fixture is missing is still shown, without text or gold.

    Returns:
        The HTML document as a string. All text from articles, fixtures, predictions and
        errors is escaped.
    """
    m = report.metrics
    scores = [[f, *(_metric(m, f"{f}.{k}") for k in SCORE_KINDS)] for f in FIELDS]
    others = [[label, _metric(m, key, fmt)] for key, label, fmt in OTHER_METRICS]
    meta = [
        ("model", report.model),
        ("provider", report.provider),
        ("prompt version", report.prompt_version),
        ("schema version", report.schema_version),
        ("commit", report.git_commit or "unknown"),
        ("created", report.created_at),
        ("fixtures", report.fixtures),
    ]
    header = "".join(f"<tr><th>{k}</th><td>{_e(v)}</td></tr>" for k, v in meta)
    toc = "".join(f'<li><a href="#{_e(a.id)}">{_e(a.id)}</a></li>' for a in report.articles)
    return "\n".join(
        [
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>Eval report: {_e(report.model)}</title><style>{CSS}</style></head><body>",
            f"<h1>Eval report: {_e(report.model)}</h1><table>{header}</table><h2>Scores</h2>",
            _table(["field", "precision", "recall", "F1 (micro)", "F1 (macro)"], scores),
            _table(["metric", "value"], others),
            f"<h2>Articles</h2><ul>{toc}</ul>",
            *(_article(a, fixtures.get(a.id)) for a in report.articles),
            "</body></html>\n",
        ]
    )


def write_reports(
    report: EvalReport, fixtures: dict[str, Fixture], directory: Path
) -> dict[str, Path]:
    """Write ``report.json`` and ``report.html`` into a folder, each atomically.

    Args:
        report: The run to write.
        fixtures: Fixtures by id, for the HTML page.
        directory: Destination folder; created (with parents) if missing.

    Returns:
        The written paths, keyed ``"json"`` and ``"html"``.
    """
    directory.mkdir(parents=True, exist_ok=True)
    paths = {"json": directory / "report.json", "html": directory / "report.html"}
    write_json(report, paths["json"])
    atomic_write(paths["html"], render_html(report, fixtures))
    return paths
