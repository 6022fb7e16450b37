"""Renderings of an EventSummary for people: JSON for tools, Markdown for newsletters."""

from __future__ import annotations

from summarizer.schema import EventSummary, GroundedItem

FORMATS = ("json", "markdown")


def to_json(summary: EventSummary) -> str:
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


def render(summary: EventSummary, fmt: str) -> str:
    return to_markdown(summary) if fmt == "markdown" else to_json(summary) + "\n"
