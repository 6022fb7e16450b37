"""Sentences: where the story starts, the dateline, and sentence spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.extract.lexicon import ABBREVIATIONS


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")


DATELINE = re.compile(
    r"\s*(?P<place>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3}),[^\n]{0,60}?"
    r"\d[^\n]{0,40}?\s[-–—]+\s"
)


def body_start(text: str) -> int:
    """Where the story begins: after a byline or timestamp line that is not a sentence."""
    first = re.match(r"\s*([^\n]*)\n", text)
    line = first.group(1) if first else ""
    if first and len(line) < 160 and not re.search(r"[.!?\"”]\s*$", line) and " - " in line:
        return first.end() if re.search(r"\d", line) else 0
    return 0


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Sentences and headings from ``start`` on, with their spans; the dateline ("LEEDS,
    England, March 26, 2026 (Wire) -") is one of its own, and "Mr." ends none."""
    sentences: list[Sentence] = []
    if dateline := DATELINE.match(text, start):
        _add_sentence(sentences, text, start, dateline.end())
        start = dateline.end()
    for match in _SENTENCE_END.finditer(text, start):
        before = text[max(start, match.start() - 5) : match.start()]
        last = re.findall(r"[\w.]+$", before)
        if last and (last[0].rstrip(".") in ABBREVIATIONS or re.fullmatch(r"(?:\w\.)+", last[0])):
            continue  # "Mr. Smith", "U.S. officials"
        _add_sentence(sentences, text, start, match.start() + len(match.group().rstrip()))
        start = match.end()
    _add_sentence(sentences, text, start, len(text))
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


def window(
    sentence: Sentence, focus_start: int, focus_end: int, limit: int = 160
) -> tuple[int, int]:
    """A span of at most ``limit`` characters of the sentence, whole words, that holds the end
    of the focus (where an amount ends) and as much before it as fits."""
    start, end = sentence.start, sentence.end
    if end - start <= limit:
        return start, end
    start = max(start, min(focus_start, focus_end) - 40)
    if focus_end > start + limit - 10:  # the amount must stay in the evidence
        start = max(sentence.start, focus_end - limit + 10)
    end = min(end, start + limit)
    text = sentence.text
    offset = sentence.start
    while start > sentence.start and text[start - offset - 1].isalnum():
        start += 1
    while end < sentence.end and end > start and text[end - offset].isalnum():
        end -= 1
    return start, end
