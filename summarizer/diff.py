"""What changed between two summaries of an article (``summarizer logs diff``): items added,
removed and changed, field by field, an item known by its name."""

from __future__ import annotations

from summarizer.columns import COLUMNS, FIELD_TITLES, cell_text, items_of
from summarizer.grounding import LIST_FIELDS
from summarizer.schema import EventSummary, GroundedItem


def _key(item: GroundedItem, field: str) -> str:
    return " ".join(cell_text(item, COLUMNS[field][0]).casefold().split())


def diff(old: EventSummary, new: EventSummary) -> list[str]:
    """One line per difference: ``+`` an item only ``new`` has, ``-`` one only ``old`` has, ``~``
    a changed value (the headline, an item's kind, an amount); empty when they agree."""
    lines = [
        f"~ {name}: {a!r} -> {b!r}"
        for name in ("headline", "summary", "when")
        if (a := getattr(old, name)) != (b := getattr(new, name))
    ]
    for field in LIST_FIELDS:
        title = FIELD_TITLES[field].lower()
        before = {_key(i, field): i for i in items_of(old, field)}
        after = {_key(i, field): i for i in items_of(new, field)}
        for key, item in before.items():
            if key not in after:
                lines.append(f"- {title}: {cell_text(item, COLUMNS[field][0])}")
        for key, item in after.items():
            if key not in before:
                lines.append(f"+ {title}: {cell_text(item, COLUMNS[field][0])}")
                continue
            was = before[key]
            for attr in (*COLUMNS[field][1:], "grounded"):
                a, b = _text(was, attr), _text(item, attr)
                if a != b:
                    name = cell_text(item, COLUMNS[field][0])
                    lines.append(f"~ {title}: {name}: {attr} {a or '(none)'} -> {b or '(none)'}")
    return lines


def _text(item: GroundedItem, attr: str) -> str:
    return str(item.grounded) if attr == "grounded" else cell_text(item, attr)
