"""The one record every extraction stage shares: a name the article uses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from summarizer.extract.kinds import Kind


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


def mentions(names: list[Name], text: str, flags: int = 0) -> Iterator[tuple[re.Match[str], Name]]:
    """Every whole-word mention in ``text`` of each name, in its full form or an alias."""
    for name in names:
        for form in (name.text, *name.aliases):
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, flags):
                yield m, name
