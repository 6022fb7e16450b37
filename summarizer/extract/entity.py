"""The records the extraction stages share: a name the article uses, and a commitment found."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from summarizer.amounts import Money
from summarizer.extract.lexicon import LEGAL_ENDING
from summarizer.extract.sentences import Sentence
from summarizer.extract.tokens import Mention, occurrences

Kind = Literal["person", "organization", "country", "place", "other"]
# "other" is a named thing (a law, a storm, an event): a name, but never an actor or a place.


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
    # Longer names of the article this one stands inside ("Venus Express" for "Venus"): a
    # mention there is the longer name's.
    within: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """The full form, then the aliases longest first: a fixed order, so what a rule finds
        first does not hang on how a set happens to iterate."""
        return (self.text, *sorted(self.aliases, key=lambda a: (-len(a), a)))


@dataclass(frozen=True)
class CommitmentCandidate:
    """A clause that commits ``actor`` to ``action``, with its amount and status."""

    sentence: Sentence
    actor: Name | None
    action: str
    amount: Money | None
    status: str
    start: int  # the evidence span: the sentence, clipped around the commitment
    end: int


def mentions(
    names: list[Name], text: str, ignore_case: bool = False
) -> Iterator[tuple[Mention, Name]]:
    """Every whole-word mention in ``text`` of each name, in its full form or an alias."""
    # Not where a character's lower case is longer ("İ"): the spans would shift.
    fold = ignore_case and len(text.lower()) == len(text)
    haystack = text.lower() if fold else text
    for name in names:
        within = [w.lower() if fold else w for w in name.within]
        for form in name.forms:
            form = form.lower() if fold else form
            for m in occurrences(form, haystack):
                if not any(_inside(m, form, longer, haystack) for longer in within):
                    yield m, name


def before_mentions(name: Name, text: str, width: int) -> list[str]:
    """The ``width`` characters before each mention of ``name``: what a rule reads to tell how
    the story uses it ("in the", "including the")."""
    return [text[max(0, m.start() - width) : m.start()] for m, _ in mentions([name], text)]


def after_mentions(name: Name, text: str, width: int) -> list[str]:
    """The ``width`` characters after each mention of ``name`` ("'s comprehensive energy
    strategy")."""
    return [text[m.end() : m.end() + width] for m, _ in mentions([name], text)]


def around_mentions(name: Name, text: str, before: int, after: int) -> list[tuple[str, str]]:
    """The ``before`` characters before and the ``after`` characters after each mention of
    ``name``, together: a rule that reads both sides ("contact X at (301) 734-3265")."""
    return [
        (text[max(0, m.start() - before) : m.start()], text[m.end() : m.end() + after])
        for m, _ in mentions([name], text)
    ]


def always_preceded(name: Name, text: str, pattern: re.Pattern[str], width: int) -> bool:
    """Whether ``name`` is mentioned and ``pattern`` is found in the ``width`` characters before
    every mention: a rule about how the story always uses a name ("a", "including the")."""
    spots = before_mentions(name, text, width)
    return bool(spots) and all(pattern.search(spot) for spot in spots)


def always_followed(name: Name, text: str, pattern: re.Pattern[str], width: int) -> bool:
    """Whether ``name`` is mentioned and ``pattern`` matches right after every mention, within
    ``width`` characters ("'s agenda", " Attorney")."""
    spots = after_mentions(name, text, width)
    return bool(spots) and all(pattern.match(spot) for spot in spots)


def _inside(m: Mention, form: str, longer: str, text: str) -> bool:
    """Whether the mention ``m`` of ``form`` is part of a mention of ``longer``."""
    at = longer.find(form)
    while at >= 0:
        if m.start() >= at and text.startswith(longer, m.start() - at):
            return True
        at = longer.find(form, at + 1)
    return False


def nest(names: list[Name]) -> None:
    """Record, for each name, the longer names of the article it stands inside."""
    forms = [(form, n) for n in names for form in n.forms]
    for name in names:
        name.within = tuple(
            form
            for form, other in forms
            if other is not name
            and len(form) > len(name.text)
            and any(next(occurrences(own, form), None) for own in name.forms)
        )


def without_title(before: str, name: Name) -> str:
    """The words before a mention of ``name``, less its title: "Secretary of the Interior (Sally
    Jewell)" leaves nothing after "of"."""
    if name.title is not None and before.rstrip().endswith(name.title):
        return before.rstrip()[: -len(name.title)]
    return before


def by_legal_form(names: list[Name]) -> list[Name]:
    """The bodies named with a legal form ("Nutrite Corp.", "Pitt Ohio Express Inc."), in the
    order given: who a release means by "An Allentown ... company" it leaves unnamed."""
    return [n for n in names if n.kind == "organization" and re.search(LEGAL_ENDING, n.text)]
