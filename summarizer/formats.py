"""Renderings of an EventSummary for people.

JSON for tools, Markdown for newsletters, a rich table for the terminal; the self-contained HTML
review page lives in review.py.
"""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from summarizer.columns import COLUMNS, FIELD_TITLES, VERDICTS, cell_text, items_of
from summarizer.grounding import LIST_FIELDS
from summarizer.review import to_html
from summarizer.schema import EventSummary, GroundedItem, Meta

FORMATS = ("json", "markdown", "table", "html")


def to_json(summary: EventSummary) -> str:
    """The summary as indented JSON, exactly as the schema dumps it."""
    return summary.model_dump_json(indent=2)


def _mark(item: GroundedItem) -> str:
    return " (unverified: not found in the article)" if item.grounded is False else ""


def _span(item: GroundedItem) -> str:
    ev = item.evidence
    where = f" [{ev.start}, {ev.end})" if ev.start is not None else ""
    return f'\n  > "{ev.quote}"{where}'


def to_markdown(summary: EventSummary) -> str:
    """Headline, summary and one bullet per item, each with its evidence quote."""
    lines = [f"# {summary.headline}", "", summary.summary, ""]
    if summary.when:
        lines += [f"**When:** {summary.when.isoformat()}", ""]
    sections: list[tuple[str, list[str]]] = [
        (
            "Actors",
            [
                f"- **{a.name}**"
                + (f", {a.title_or_role}" if a.title_or_role else "")
                + (f" ({a.affiliation})" if a.affiliation else "")
                + _mark(a)
                + _span(a)
                for a in summary.actors
            ],
        ),
        (
            "Locations",
            [
                f"- **{loc.name}** ({loc.kind}, {loc.role})" + _mark(loc) + _span(loc)
                for loc in summary.locations
            ],
        ),
        (
            "Commitments",
            [
                f"- **{c.actor}** {c.action}"
                + (f": {c.amount.text}" if c.amount else "")
                + (f" to {c.recipient}" if c.recipient else "")
                + (f", {c.timeframe}" if c.timeframe else "")
                + f" [{c.status}]"
                + _mark(c)
                + _span(c)
                for c in summary.commitments
            ],
        ),
        (
            "Expert views",
            [
                f"- **{v.expert or 'Unnamed experts'}**"
                + (f" ({v.affiliation})" if v.affiliation else "")
                + f": {v.view}"
                + _mark(v)
                + _span(v)
                for v in summary.expert_views
            ],
        ),
    ]
    for title, bullets in sections:
        if bullets:
            lines += [f"## {title}", "", *bullets, ""]
    if summary.meta:
        m = summary.meta
        lines.append(
            f"<sub>{m.provider}/{m.model}, prompt {m.prompt_version}, schema {m.schema_version}, "
            f"{m.attempts} attempt(s), {m.latency_s:.1f} s</sub>"
        )
    return "\n".join(lines).rstrip() + "\n"


def _evidence(item: GroundedItem) -> str:
    ev = item.evidence
    where = f" [{ev.start}, {ev.end})" if ev.start is not None else " (not found in the article)"
    return f"“{ev.quote}”{where}"


def _meta_line(meta: Meta) -> str:
    return (
        f"{meta.provider}/{meta.model} · prompt {meta.prompt_version} · schema "
        f"{meta.schema_version} · {meta.attempts} attempt(s) · {meta.input_tokens} in / "
        f"{meta.output_tokens} out tokens · {meta.latency_s:.1f} s"
    )


# --- Terminal table -----------------------------------------------------------------------------


def to_table(summary: EventSummary) -> RenderableType:
    """Render a summary for the terminal: headline, summary, date, then one table per field.

    Every piece of model output goes in as :class:`rich.text.Text`, never as a plain string, so
    text such as ``[bold]`` or ``:smile:`` in an answer is shown as written, not as markup.

    Args:
        summary: The summary to show.

    Returns:
        A rich renderable (print it with a :class:`rich.console.Console`). Each non-empty field
        gets a table with the item's columns, its evidence quote and span, and a grounded column:
        ✓ grounded, ✗ failed the checks, ? not checked.
    """
    parts: list[RenderableType] = [
        Text(summary.headline, style="bold"),
        Text(summary.summary),
        Text.assemble(
            ("When: ", "bold"), summary.when.isoformat() if summary.when else "not given"
        ),
    ]
    styles = {True: "green", False: "bold red", None: "yellow"}
    for field in LIST_FIELDS:
        items = items_of(summary, field)
        if not items:
            continue
        table = Table(title=FIELD_TITLES[field], title_justify="left", expand=False)
        # fold, not the default ellipsis: a reviewer must see every character of a value.
        table.add_column("#", justify="right", no_wrap=True)
        for attr in COLUMNS[field]:
            table.add_column(attr.replace("_", " "), overflow="fold")
        table.add_column("evidence", overflow="fold")
        table.add_column("grounded", justify="center", no_wrap=True, min_width=8)
        for i, item in enumerate(items):
            table.add_row(
                Text(str(i)),
                *(Text(cell_text(item, attr)) for attr in COLUMNS[field]),
                Text(_evidence(item)),
                Text(VERDICTS[item.grounded], style=styles[item.grounded]),
            )
        parts += [Text(""), table]
    if summary.meta:
        parts.append(Text(""))
        parts.append(Text(_meta_line(summary.meta), style="dim"))
        if summary.meta.warnings:
            count = len(summary.meta.warnings)
            parts.append(Text(f"{count} warning(s): see meta.warnings", style="yellow"))
    return Group(*parts)


# --- Choosing a format --------------------------------------------------------------------------


def render(summary: EventSummary, fmt: str, article: str | None = None, *, width: int = 120) -> str:
    """Render a summary in one of :data:`FORMATS`.

    Args:
        summary: The summary to render.
        fmt: ``json``, ``markdown``, ``table`` (plain text, no colours) or ``html``.
        article: The article text the summary was made from; required by ``html``.
        width: Line width of the ``table`` format.

    Returns:
        The rendered text, ending with a newline.

    Raises:
        ValueError: ``fmt`` is unknown, or ``html`` was asked for without the article.
    """
    if fmt == "json":
        return to_json(summary) + "\n"
    if fmt == "markdown":
        return to_markdown(summary)
    if fmt == "table":
        buffer = io.StringIO()
        console = Console(file=buffer, width=width, color_system=None, highlight=False)
        console.print(to_table(summary))
        return buffer.getvalue()
    if fmt == "html":
        if article is None:
            raise ValueError("the html format needs the article text")
        return to_html(summary, article)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
