"""Grounding: every item of a summary must be backed by the article's own words.

The rules (SPEC §3), checked after every model answer:

1. each evidence quote is found in the article, and its span ``[start, end)`` recorded;
2. each actor, location, commitment-actor and expert name appears in the article (a surname
   alone, a title before it, or a possessive after it count as appearing);
3. a commitment's amount appears in that commitment's evidence, within 1%;
4. an expert's direct ``quote`` is verbatim in the article.

Matching tolerates whitespace, curly vs straight quotes and dash variants, and nothing else. A
found quote is replaced by the article's own characters, so ``article[start:end] == quote``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from summarizer.amounts import Money, find_amounts, same_value
from summarizer.errors import GroundingError
from summarizer.schema import EventSummary, Evidence, GroundedItem

Policy = Literal["flag", "drop", "fail"]
POLICIES: tuple[Policy, ...] = ("flag", "drop", "fail")
LIST_FIELDS = ("locations", "actors", "commitments", "expert_views")

_FOLD = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
    }
)
_TITLES = re.compile(
    r"^(?:(?:the|mr|mrs|ms|dr|prof|professor|sir|dame|president|prime minister|minister|"
    r"premier|chancellor|senator|judge|justice|chief|ceo|king|queen|pope)\.?\s+)+"
)
_POSSESSIVE = re.compile(r"'s?$")
# "İ".lower() is two characters; lowering it to "i" keeps folded offsets valid.
_CASE = str.maketrans({"İ": "i"})
# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, CJK, and Hangul,
# whose particles attach to nouns): there a name touches other letters, so no word boundary.
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af\uf900-\ufaff]"
)


def _lower(text: str) -> str:
    """``text.lower()``, one character for one, so offsets into it stay offsets into ``text``."""
    return text.translate(_CASE).lower()


@dataclass(frozen=True)
class Problem:
    """One failed grounding check on ``field[index]``."""

    field: str
    index: int
    message: str


class ArticleIndex:
    """The article folded for tolerant matching, with a map back to original offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        offsets: list[int] = []
        for i, ch in enumerate(text.translate(_FOLD)):
            if ch.isspace():
                if chars and chars[-1] == " ":
                    continue
                ch = " "
            chars.append(ch)
            offsets.append(i)
        self.folded = "".join(chars)
        self._offsets = offsets
        self._lower = _lower(self.folded)

    @staticmethod
    def fold(text: str) -> str:
        return re.sub(r"\s+", " ", text.translate(_FOLD)).strip()

    def find(self, quote: str) -> tuple[int, int] | None:
        """Span of ``quote`` in the original text, or None when it is not there."""
        needle = self.fold(quote)
        if not needle:
            return None
        at = self.folded.find(needle)
        if at < 0:
            return None
        return self._offsets[at], self._offsets[at + len(needle) - 1] + 1

    def nearest(self, quote: str) -> tuple[int, int]:
        """Span of the passage most like ``quote``, for telling the model what to copy."""
        folded = self._lower
        alignment = fuzz.partial_ratio_alignment(_lower(self.fold(quote)), folded)
        if alignment is None or not folded:
            return 0, min(len(self.text), 80)
        start = alignment.dest_start
        end = min(max(alignment.dest_end, start + 1), len(folded))
        # Widen to whole words, so the hint is something the model can copy as it stands.
        while start > 0 and folded[start - 1].isalnum():
            start -= 1
        while end < len(folded) and folded[end].isalnum():
            end += 1
        while end > start + 1 and folded[end - 1] == " ":
            end -= 1
        return self._offsets[start], self._offsets[end - 1] + 1

    def mentions(self, name: str) -> bool:
        """True when ``name`` (without titles or a possessive) occurs as whole words (in scripts
        written without spaces, wherever it occurs)."""
        bare = _POSSESSIVE.sub("", _TITLES.sub("", _lower(self.fold(name)))).strip()
        if not bare:
            return False
        # A plain search, not a pattern compiled for every name of every summary.
        # The folded text keeps its case, which tells where a page ran two words together.
        text, cased, at = self._lower, self.folded, self._lower.find(bare)
        while at >= 0:
            end = at + len(bare)
            before = cased[at - 1] if at else " "
            after = cased[end] if end < len(cased) else " "
            beyond = cased[end + 1] if end + 1 < len(cased) else " "
            # A name that ends in a full stop ends there: "SACRAMENTO, Calif.Francisco Sánchez".
            if (_UNSPACED.match(bare[0]) or not _one_word(before, cased[at], before)) and (
                _UNSPACED.match(bare[-1])
                or not bare[-1].isalnum()
                or not _one_word(cased[end - 1], after, after, beyond)
            ):
                return True
            at = text.find(bare, at + 1)
        return False


def _one_word(left: str, right: str, outside: str, beyond: str = " ") -> bool:
    """Whether the character ``outside`` a name, between ``left`` and ``right`` (and
    ``beyond`` the name's end), joins it to a longer word: a letter or digit does, except where
    a page runs two words together: a date into a word ("November 9, 2005European Space
    Agency's"), a word into a capital ("Inez TennenbaumWASHINGTON, D.C."), or capitals into a
    capitalised word ("WASHINGTON, DCThe U.S.")."""
    ran_together = (
        (left.isdigit() and right.isalpha())
        or (left.islower() and right.isupper())
        or (left.isupper() and right.isupper() and beyond.islower())
    )
    return (outside.isalnum() or outside == "_") and not ran_together


def _clip(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _ground_quote(evidence: Evidence, index: ArticleIndex, label: str) -> str | None:
    # A span given with the quote (text-extracted items know theirs) is kept when it holds the
    # quote: the same words can stand twice in an article, and find() takes the first.
    given = evidence.start, evidence.end
    span: tuple[int, int] | None = None
    if (
        given[0] is not None
        and given[1] is not None
        and 0 <= given[0] < given[1]
        and index.fold(index.text[given[0] : given[1]]) == index.fold(evidence.quote)
    ):
        span = given[0], given[1]
    span = span or index.find(evidence.quote)
    if span is None:
        evidence.start = evidence.end = None
        start, end = index.nearest(evidence.quote)
        return (
            f"{label} {_clip(evidence.quote)!r} is not in the article; the nearest passage is "
            f"{_clip(index.text[start:end])!r} at [{start}, {end}): copy the article exactly"
        )
    evidence.start, evidence.end = span
    evidence.quote = index.text[span[0] : span[1]]
    return None


def _names(item: GroundedItem) -> list[tuple[str, str]]:
    fields = {"name", "actor", "expert"}
    return [(f, v) for f in sorted(fields) if isinstance(v := getattr(item, f, None), str)]


def _as_written(text: str, quote: str, matches: list[Money]) -> str:
    """The amount as the quote writes it: the stated text where the quote holds it, widened to
    the sum found there ("2.5 billion" -> "$2.5 billion") but not cut to it ("three million
    Australian dollars" stays, as does the second of two equal sums, "three million pounds ...,
    three million Australian dollars"); else the first sum of that value."""
    at = quote.find(text) if text else -1
    end = at + len(text)
    for m in matches:
        if at >= 0 and m.start < end and at < m.end:
            return quote[min(at, m.start) : max(end, m.end)]
    return matches[0].text


def _check_item(item: GroundedItem, index: ArticleIndex, path: str) -> list[str]:
    messages = []
    if (bad := _ground_quote(item.evidence, index, f"{path}.evidence.quote")) is not None:
        messages.append(bad)
    for field, name in _names(item):
        if not index.mentions(name):
            messages.append(
                f"{path}.{field} {name!r} does not appear in the article: "
                "use a name exactly as the article writes it"
            )
    amount = getattr(item, "amount", None)
    if amount is not None:
        in_evidence = find_amounts(item.evidence.quote)
        matches = [m for m in in_evidence if same_value(m.value, amount.value)]
        if not matches:
            seen = ", ".join(m.text for m in in_evidence) or "none"
            messages.append(
                f"{path}.amount {amount.text!r} (value {amount.value:g}) is not in its evidence "
                f"quote; amounts in that quote: {seen}"
            )
        else:
            amount.text = _as_written(amount.text, item.evidence.quote, matches)
    quote = getattr(item, "quote", None)
    if isinstance(quote, str) and quote.strip():
        span = index.find(quote)
        if span is None:
            start, end = index.nearest(quote)
            messages.append(
                f"{path}.quote {_clip(quote)!r} is not verbatim in the article; the nearest "
                f"passage is {_clip(index.text[start:end])!r}: quote exactly or use null"
            )
        else:
            item.quote = index.text[span[0] : span[1]]  # type: ignore[attr-defined]
    return messages


def ground(summary: EventSummary, article: str | ArticleIndex) -> list[Problem]:
    """Run every grounding check, record spans and ``grounded`` flags, return what failed."""
    index = article if isinstance(article, ArticleIndex) else ArticleIndex(article)
    problems: list[Problem] = []
    for field in LIST_FIELDS:
        for i, item in enumerate(getattr(summary, field)):
            messages = _check_item(item, index, f"{field}[{i}]")
            item.grounded = not messages
            problems.extend(Problem(field, i, m) for m in messages)
    return problems


def apply_policy(
    summary: EventSummary, problems: list[Problem], policy: Policy, *, attempts: int
) -> list[str]:
    """Deal with items still ungrounded after the last attempt; return the warnings to record."""
    if not problems:
        return []
    if policy == "fail":
        raise GroundingError(
            f"{len(problems)} grounding check(s) still failed after {attempts} attempt(s): "
            f"{problems[0].message}",
            attempts=attempts,
            problems=[p.message for p in problems],
        )
    bad = {(p.field, p.index) for p in problems}
    if policy == "drop":
        for field in LIST_FIELDS:
            kept = [x for i, x in enumerate(getattr(summary, field)) if (field, i) not in bad]
            setattr(summary, field, kept)
        return [f"dropped {p.field}[{p.index}]: {p.message}" for p in problems]
    return [f"ungrounded {p.field}[{p.index}]: {p.message}" for p in problems]
