"""Places: the event place a wire dateline names."""

from __future__ import annotations

import re

from summarizer.extract.entity import Name
from summarizer.extract.gazetteer import place_kind, state_of, state_of_code
from summarizer.extract.page import Layout, Span

_CAPITAL_DISTRICT = re.compile(r"D\.\s?C\.?|DC")


def dateline_places(text: str, names: list[Name], page: Layout) -> list[Name]:
    """The names of the dateline's places ("WASHINGTON", "D.C."), in its order, each typed as a
    place; a place the story never repeats becomes a name of its own."""
    places = []
    spans = list(page.dateline)
    if len(spans) == 2 and _CAPITAL_DISTRICT.fullmatch(text[spans[1].start : spans[1].end]):
        spans = [Span(spans[0].start, spans[1].end)]  # "WASHINGTON, D.C." is one place
    for span in spans:
        written = text[span.start : span.end]
        found = next((n for n in names if written.casefold() in _forms(n)), None)
        if found is not None and span is not spans[0] and _a_body_s_acronym(written, found):
            found = None  # "Fredericksburg, VA": the state, though the story's VA is a body
        postal = state_of_code(written) if span is not spans[0] else None
        if found is None and (state := state_of(written) or postal):
            found = next((n for n in names if n.text == state), None)  # "NASHVILLE, Tenn."
        if found is None:
            found = Name(written, span.start, span.end)
            for code in [n for n in names if _stands_for(n.text, written)]:
                found.aliases.add(code.text)  # "NEW ORLEANS, LOUISIANA" ... "Houma, LA"
                found.mentions += code.mentions
                names.remove(code)
            names.insert(0, found)
        elif written != found.text:
            found.aliases.add(written)  # "LEEDS" is the story's "Leeds"
        # "KABUL, AFGHANISTAN" in capitals, but "New York, USA" as it is
        country = "country" in (place_kind(found.text), place_kind(found.text.title()))
        found.kind = "country" if country else "place"
        places.append(found)
    return places


def _a_body_s_acronym(code: str, name: Name) -> bool:
    return code != name.text and state_of_code(code) is not None and place_kind(name.text) is None


def _stands_for(code: str, state: str) -> bool:
    full = state_of(code) or state_of(code + ".") or state_of_code(code)
    return full is not None and full.casefold() == state.casefold()


def _forms(name: Name) -> set[str]:
    return {form.casefold() for form in name.forms}
