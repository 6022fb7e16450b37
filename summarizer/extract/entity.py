"""The one record every extraction stage shares: a name the article uses."""

from __future__ import annotations

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
