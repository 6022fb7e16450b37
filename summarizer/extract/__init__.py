"""Extraction: what an article supports, found in its text without a model."""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.extract.commitments import CommitmentCandidate, find_commitments
from summarizer.extract.names import Name, find_names
from summarizer.extract.places import dateline
from summarizer.extract.sentences import Sentence, body_start, split_sentences
from summarizer.extract.views import ViewCandidate, find_views


@dataclass
class Candidates:
    text: str
    sentences: list[Sentence]
    names: list[Name]
    commitments: list[CommitmentCandidate]
    views: list[ViewCandidate]
    dateline: Name | None


def find_candidates(text: str) -> Candidates:
    """Everything the guided strategy offers the model for one article."""
    sentences = split_sentences(text, body_start(text))
    names = find_names(text, sentences)
    place = dateline(text, names)
    return Candidates(
        text=text,
        sentences=sentences,
        names=names,
        commitments=find_commitments(text, sentences, names),
        views=find_views(text, sentences, names),
        dateline=place,
    )
