"""Areas a story names in passing, which are places even where their names are people's or
common words: the counties of a disaster declaration ("Gray" and "Moore" counties), the states
after members of Congress ("(D-Md.)"), the compass regions ("across the arid West").
"""

from __future__ import annotations

import re

from summarizer.extract.gazetteer import is_us_state
from summarizer.extract.lexicon import COMPASS
from summarizer.extract.sentences import Sentence


def story_areas(text: str, sentences: list[Sentence]) -> dict[str, int]:
    """Every such area, with where the story first names it."""
    return _listed_areas(text, sentences) | _compass_regions(text, sentences) | _party_states(text)


# "Cullman, DeKalb, Marion, Marshall, and Winston Counties", "Ellis and Roger Mills counties":
# a list that ends in a plural area word names an area each. The list is read back from the
# word, within a bounded window, so that no run of capitals costs more than linear time.
_AREA_WORD = re.compile(r" (?i:counties|parishes|provinces|districts)\b")


_LISTED = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")


_AREA_LIST = re.compile(rf"(?:{_LISTED.pattern}(?:,? and |, ))+{_LISTED.pattern}$")


# "Arkansas counties include Chicot, Desha, Drew, Bradley and Ashley", "the counties of Adair,
# Audubon, ... and Shelby", "the three counties most severely impacted by the recent floods:
# Crawford, Hancock and Putnam": the list after the word.
_AREA_LIST_AFTER = re.compile(
    rf"(?: (?:include|includes|included|are|were|of)|(?: [a-z][\w-]*){{0,8}}:) "
    rf"(?:{_LISTED.pattern}(?:,? and |, ))+{_LISTED.pattern}\b"
)


# "Those counties are:" or "the following counties ... are contiguous." above a list of one
# name a line ("Alachua", "Indian River", "St. Lucie"), as USDA's disaster designations write.
_AREA_LEAD = re.compile(
    r"(?im)^.*\b(?:(?:counties|parishes) (?:are|include)\s*:"
    r"|following (?:counties|parishes)\b.*[.:])[ \t]*$"
)


_AREA_LINE = re.compile(rf"\s*\n[ \t]*(?P<area>{_LISTED.pattern})[ \t]*(?=\n)")


def _listed_areas(text: str, sentences: list[Sentence]) -> dict[str, int]:
    """The areas a list of counties or parishes names, with where each is first named."""
    areas: dict[str, int] = {}
    for lead in _AREA_LEAD.finditer(text):
        at = lead.end()
        while line := _AREA_LINE.match(text, at):
            areas.setdefault(line["area"], line.start("area"))
            at = line.end()
    for sentence in sentences:
        for word in _AREA_WORD.finditer(text, sentence.start, sentence.end):
            window = max(sentence.start, word.start() - 400)
            listed = _AREA_LIST.search(text, window, word.start()) or _AREA_LIST_AFTER.match(
                text, word.end(), sentence.end
            )
            if listed:
                for part in _LISTED.finditer(text, listed.start(), listed.end()):
                    # "The counties include Cullman, ... and Winston Counties": Winston
                    area = _AREA_WORD.sub("", part.group())
                    if area not in COMPASS:  # "the Northern and Eastern Districts"
                        areas.setdefault(area, part.start())
    return areas


# "Sen. Ben Cardin (D-Md.)", "Rep. Sanford Bishop (D-GA)": a member's state after the party.
_PARTY_STATE = re.compile(r"\((?:D|R|I)[-–](?P<state>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\)")


def _party_states(text: str) -> dict[str, int]:
    """The states the members of Congress a story names are from, with where each is first
    named."""
    states: dict[str, int] = {}
    for found in _PARTY_STATE.finditer(text):
        if is_us_state(found["state"]):
            states.setdefault(found["state"], found.start("state"))
    return states


# "in the West", "across the arid West": the region; not "West Virginia", "the Western
# states" or "the Red River of the North".
_COMPASS_REGION = re.compile(
    r"(?<!of )\bthe (?:[a-z]+ )?(?P<region>West|East|North|South)\b(?! ?[A-Z])"
)


def _compass_regions(text: str, sentences: list[Sentence]) -> dict[str, int]:
    regions: dict[str, int] = {}
    for sentence in sentences:
        for found in _COMPASS_REGION.finditer(text, sentence.start, sentence.end):
            regions.setdefault(found["region"], found.start("region"))
    return regions
