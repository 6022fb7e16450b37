"""Titles: the words of a person's post ("Secretary-General", "Acting Assistant Attorney
General", "CEOs"), from nameparser's list and the head words news adds (``lexicon.HEAD_TITLES``).
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.extract.lexicon import BRACKETED_ACRONYM, HEAD_TITLES


@cache
def _titles() -> frozenset[str]:
    """Titles and honorifics, lower case: nameparser's list and the forms news adds."""
    from nameparser.config import CONSTANTS

    extra = (
        "acting taoiseach secretary-general chairperson chairwoman spokesman spokeswoman "
        "spokesperson congressman congresswoman sen gov rep ceo cfo coo minority majority "
        "finance health interior defence defense education transport justice environment "
        "trade labour labor home foreign former vice deputy assistant associate interim under "
        "premier-elect prime minister-elect president-elect general attorneys secretaries regional "
        "ministers presidents leaders members mp mps pm co-chair co-chairman co-chairwoman"
    )
    return frozenset(CONSTANTS.titles) | frozenset(extra.split())


def is_head_title(word: str) -> bool:
    """Whether a word ends a title ("Secretary", "CEOs" in "Enron Corp. CEOs Kenneth L. Lay")."""
    word = re.sub(r"-(?:[Dd]esignate|[Ee]lect)$", "", word.rstrip("."))  # "Secretary-Designate"
    # "the U.S. Marshals" are the Marshals Service, not its officers
    if (
        len(word) > 3
        and word.endswith("s")
        and (word[:-1] in HEAD_TITLES or word[:-1].capitalize() in HEAD_TITLES)
        and word != "Marshals"
    ):
        word = word[:-1]  # "CEOs", "Co-Chairs"
    return word in HEAD_TITLES or word.capitalize() in HEAD_TITLES


def is_title(word: str) -> bool:
    """Whether a capitalised word is a title or part of one ("Minister", "Secretary-General")."""
    return word.lower().rstrip(".") in _titles()


def before_a_title(after: str) -> bool:
    """Whether a title follows the name: "MCC Acting CEO Rodney Bent", "Millennium Challenge
    Corporation (MCC) Acting Chief Executive Officer Rodney Bent", "U.S. Attorney Steven
    Biskupic" name an employer or a country, and the person who holds the title acts."""
    word = re.match(rf"\.?(?:{BRACKETED_ACRONYM})? ([A-Z][\w.-]*?)s?\b", after)
    if word is not None and (is_title(word.group(1)) or is_head_title(word.group(1))):
        return True
    # "U.S. Transportation Secretary Anthony Foxx": the title's field first
    field = _FIELD_THEN_TITLE.match(after)
    return field is not None and is_head_title(field.group(1))


_FIELD_THEN_TITLE = re.compile(r" (?:[A-Z][a-z]+ (?:and )?){1,3}?([A-Z][a-z]+) [A-Z]")
