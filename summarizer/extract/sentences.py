"""Sentences of the story's body, with their spans, and evidence cut to clauses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.extract.lexicon import ABBREVIATIONS, words
from summarizer.extract.page import Layout


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# A sentence opens with a capital, a digit or a sum ("$1.4 million was awarded ...").
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?(?:[A-Z0-9]|[$£€]\d))")
# Before a number these end no sentence: "On Feb. 25, in ...", "HUD No. 23-028".
_BEFORE_NUMBER = words("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos")
# "Former Enron Corp. CEOs Kenneth L. Lay and ...": a company's ending rarely ends a sentence.
_COMPANY_ENDINGS = words("Corp Inc Co Ltd")


def split_sentences(text: str, page: Layout) -> list[Sentence]:
    """The sentences of the story's body units, with their spans: a sentence never runs across
    two units (lines or paragraphs), and "Mr." or "U.S." ends none."""
    sentences: list[Sentence] = []
    for unit in page.body:
        start = unit.start
        for match in _SENTENCE_END.finditer(text, unit.start, unit.end):
            before = text[max(start, match.start() - 5) : match.start()]
            last = re.findall(r"[\w.]+$", before)
            word = last[0].rstrip(".") if last else ""
            if last and (
                word in ABBREVIATIONS
                or word in _COMPANY_ENDINGS
                or re.fullmatch(r"(?:[^\W\d]\.)+", last[0])
                or (word in _BEFORE_NUMBER and text[match.end() : match.end() + 1].isdigit())
            ):
                continue  # "Mr. Smith", "U.S. officials", "Feb. 25"
            _add_sentence(sentences, text, start, match.start() + len(match.group().rstrip()))
            start = match.end()
        _add_sentence(sentences, text, start, unit.end)
    return sentences


def _add_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))


def clip_words(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0]


# An editor reads evidence at a glance: a longer sentence is cut to the clauses around the item.
EVIDENCE_CHARS = 400
_CLAUSE_BREAK = re.compile(r"[,;:()]\s+|\s[-–—]+\s")


def clause_span(
    sentence: Sentence, focus_start: int, focus_end: int, limit: int = EVIDENCE_CHARS
) -> tuple[int, int]:
    """The evidence for an item at ``[focus_start, focus_end)``: the whole sentence when it
    fits in ``limit`` characters, else the clauses around the item, as many as fit; a single
    clause longer than that is cut at spaces. Never cut inside a word."""
    if sentence.end - sentence.start <= limit:
        return sentence.start, sentence.end
    offset = sentence.start
    cuts = [offset, *(offset + m.end() for m in _CLAUSE_BREAK.finditer(sentence.text))]
    cuts.append(sentence.end)
    i = max(k for k, cut in enumerate(cuts) if cut <= focus_start)
    j = min((k for k, cut in enumerate(cuts) if cut >= focus_end), default=len(cuts) - 1)
    while True:
        grew = False
        if j + 1 < len(cuts) and cuts[j + 1] - cuts[i] <= limit:
            j, grew = j + 1, True
        if i > 0 and cuts[j] - cuts[i - 1] <= limit:
            i, grew = i - 1, True
        if not grew:
            break
    start, end = cuts[i], cuts[j]
    text = sentence.text
    if end - start > limit:  # one long clause: whole words around the item
        start = max(start, min(focus_start - 40, focus_end - limit + 10))
        end = min(end, start + limit)
        while start > sentence.start and not text[start - offset - 1].isspace():
            start += 1
        while end < sentence.end and end > start and not text[end - offset].isspace():
            end -= 1
    while end > start and text[end - offset - 1] in " ,;:(-–—\n\t":
        end -= 1
    return start, end
