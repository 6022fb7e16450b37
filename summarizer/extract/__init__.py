"""Extraction: what an article supports, found in its text without a model.

Each stage is one module and adds its layer to the article: sentences (``sentences.py``),
names and their kinds (``names.py``), the names the headline and header add (``headline.py``),
places and the dateline (``places.py``), commitments (``commitments.py``) and expert views
(``views.py``). Everything here is a pure function of the
text; a name whose kind the text leaves open is typed afterwards, either by the embedded model
(``guided.py``) or by the prior (:func:`settle`). Commitments and views are found when first
asked for, and found again after :meth:`Candidates.retype`, since who commits and who is an
expert depend on the kinds: typing first, as the pipeline does, finds them once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from summarizer.extract.commitments import find_commitments
from summarizer.extract.entity import CommitmentCandidate, Kind, Name, nest
from summarizer.extract.headline import (
    add_header_speaker,
    add_title_giver,
    add_title_person,
    add_title_places,
    add_title_subject,
    fold_title_surnames,
)
from summarizer.extract.kinds import likely_kinds
from summarizer.extract.names import find_names
from summarizer.extract.page import Layout, layout
from summarizer.extract.places import dateline_places
from summarizer.extract.sentences import Sentence, split_sentences
from summarizer.extract.views import ViewCandidate, find_views


@dataclass
class Candidates:
    """Everything one article supports: sentences, names, commitments, views, dateline."""

    text: str
    page: Layout
    sentences: list[Sentence]
    names: list[Name]
    dateline: list[Name]  # the places a wire dateline names, in its order
    _views: list[ViewCandidate] | None = field(default=None, repr=False)
    _commitments: list[CommitmentCandidate] | None = field(default=None, repr=False)

    @property
    def views(self) -> list[ViewCandidate]:
        """What outside experts think, given the names' kinds as they are now."""
        if self._views is None:
            self._views = find_views(self.text, self.sentences, self.names)
        return self._views

    @property
    def commitments(self) -> list[CommitmentCandidate]:
        """Who commits to what, given the names' kinds as they are now."""
        if self._commitments is None:
            self._commitments = find_commitments(
                self.text, self.sentences, self.names, self.views, self.page.title
            )
        return self._commitments

    def unknown(self) -> list[Name]:
        """The names whose kind the text leaves open, in order of first mention."""
        return [n for n in self.names if n.kind is None]

    def retype(self, kinds: Mapping[str, Kind | None]) -> None:
        """Give names (by text) the kinds decided after extraction; who commits and who is an
        expert are found anew when next asked for."""
        for name in self.names:
            if name.text in kinds:
                name.kind = kinds[name.text]
        self._views = self._commitments = None


def find_candidates(text: str) -> Candidates:
    """Every stage over one article; names the text cannot type keep ``kind=None``."""
    page = layout(text)
    sentences = split_sentences(text, page)
    names = find_names(text, sentences)
    fold_title_surnames(text, page.title, names)
    add_title_giver(text, page.title, names)
    add_title_person(text, page.title, names)
    add_title_places(text, page, names)
    add_title_subject(text, page.title, names)
    add_header_speaker(text, page, names)
    nest(names)
    return Candidates(
        text=text,
        page=page,
        sentences=sentences,
        names=names,
        dateline=dateline_places(text, names, page),
    )


def settle(found: Candidates) -> None:
    """Type each open name with its likeliest kind, without a model ("other" leaves it out)."""
    if unknown := found.unknown():
        found.retype({n.text: likely_kinds(n.text, found.text)[0] for n in unknown})
