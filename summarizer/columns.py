"""What each field's items show, shared by the terminal table and the HTML review page: the
field titles, the columns and how one attribute reads as text."""

from __future__ import annotations

from summarizer.schema import Amount, EventSummary, GroundedItem

FIELD_TITLES = {
    "locations": "Locations",
    "actors": "Actors",
    "commitments": "Commitments",
    "expert_views": "Expert views",
}
# The attributes shown for each field's items, in order; the first one names the item.
COLUMNS: dict[str, tuple[str, ...]] = {
    "locations": ("name", "kind", "role"),
    "actors": ("name", "kind", "title_or_role", "affiliation"),
    "commitments": ("actor", "action", "amount", "recipient", "timeframe", "status"),
    "expert_views": ("expert", "affiliation", "view", "quote"),
}
VERDICTS = {True: "✓", False: "✗", None: "?"}


def items_of(summary: EventSummary, field: str) -> list[GroundedItem]:
    return list(getattr(summary, field))


def cell_text(item: GroundedItem, attr: str) -> str:
    """One attribute of an item as text; empty when the model gave none."""
    value = getattr(item, attr)
    if isinstance(value, Amount):
        number = f"{value.value:,.0f}" if value.value.is_integer() else f"{value.value:,.2f}"
        return f"{value.text} ({number} {value.currency or 'no currency'})"
    if value is None:
        return "(unnamed)" if attr == "expert" else ""
    return str(value)
