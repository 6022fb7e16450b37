"""The one record every extraction stage shares: a name the article uses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from summarizer.extract.kinds import Kind
from summarizer.extract.tokens import Mention, occurrences


@dataclass
class Name:
    """A name the article uses, at its first full mention."""

    text: str
    start: int
    end: int
    kind: Kind | None = None
    title: str | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: int = 1
    venue: bool = False  # a named building or site, which is an actor and a place at once
    initial: bool = True  # every mention so far opens a sentence, where any word is capitalised


def mentions(
    names: list[Name], text: str, ignore_case: bool = False
) -> Iterator[tuple[Mention, Name]]:
    """Every whole-word mention in ``text`` of each name, in its full form or an alias."""
    # Not where a character's lower case is longer ("İ"): the spans would shift.
    fold = ignore_case and len(text.lower()) == len(text)
    haystack = text.lower() if fold else text
    for name in names:
        for form in (name.text, *name.aliases):
            for m in occurrences(form.lower() if fold else form, haystack):
                yield m, name
