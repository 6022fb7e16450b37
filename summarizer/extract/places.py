"""Places: the dateline place."""

from __future__ import annotations

from summarizer.extract.lexicon import MONTHS
from summarizer.extract.names import Name
from summarizer.extract.sentences import DATELINE, body_start


def dateline(text: str, names: list[Name]) -> Name | None:
    """The place in the dateline ("DUBLIN, July 8, 2026 (Wire) -"), when the article has one."""
    match = DATELINE.match(text, body_start(text))
    if not match or match.group("place") in MONTHS:
        return None
    place = match.group("place")
    for name in names:
        if place in (name.text, *name.aliases):
            name.kind = name.kind if name.kind == "country" else "place"
            return name
    name = Name(place, match.start("place"), match.end("place"), kind="place")
    names.insert(0, name)
    return name
