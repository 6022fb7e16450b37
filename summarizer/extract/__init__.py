"""Extraction: what an article supports, found in its text without a model.

Each stage is one module and adds its layer to the article: sentences (``sentences.py``),
names and their kinds (``names.py``), places and the dateline (``places.py``), commitments
(``commitments.py``) and expert views (``views.py``). Everything here is a pure function of the
text; a name whose kind the text leaves open is typed afterwards, either by the embedded model
(``guided.py``) or by the prior (:func:`settle`), and :meth:`Candidates.retype` then finds the
commitments and views again, since who commits and who is an expert depend on the kinds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from summarizer.extract.commitments import CommitmentCandidate, find_commitments
from summarizer.extract.entity import Name
from summarizer.extract.kinds import Kind, likely_kinds
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
    commitments: list[CommitmentCandidate]
    views: list[ViewCandidate]
    dateline: list[Name]  # the places a wire dateline names, in its order

    def unknown(self) -> list[Name]:
        """The names whose kind the text leaves open, in order of first mention."""
        return [n for n in self.names if n.kind is None]

    def retype(self, kinds: Mapping[str, Kind | None]) -> None:
        """Give names (by text) the kinds decided after extraction, then find again who
        commits and who is an expert."""
        for name in self.names:
            if name.text in kinds:
                name.kind = kinds[name.text]
        self.views = find_views(self.text, self.sentences, self.names)
        self.commitments = find_commitments(self.text, self.sentences, self.names, self.views)


def find_candidates(text: str) -> Candidates:
    """Every stage over one article; names the text cannot type keep ``kind=None``."""
    page = layout(text)
    sentences = split_sentences(text, page)
    names = find_names(text, sentences)
    places = dateline_places(text, names, page)
    views = find_views(text, sentences, names)
    return Candidates(
        text=text,
        page=page,
        sentences=sentences,
        names=names,
        commitments=find_commitments(text, sentences, names, views),
        views=views,
        dateline=places,
    )


def settle(found: Candidates) -> None:
    """Type each open name with its likeliest kind, without a model ("other" leaves it out)."""
    if unknown := found.unknown():
        found.retype({n.text: likely_kinds(n.text, found.text)[0] for n in unknown})
