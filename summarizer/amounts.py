"""Money amounts as news text writes them: '$2.5 billion', 'C$40m', '€300 million', '1,200 euros',
'two billion dollars'.

Used by grounding (does the evidence carry the amount the model claims?) and by the eval scorers.
A bare '$' gives no currency: whether it means CAD or USD depends on the story, not the symbol.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SYMBOLS = {
    "US$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "$": None,
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
}
_CODES = ("USD", "CAD", "EUR", "GBP", "JPY", "CHF", "AUD", "INR", "CNY", "NZD", "SEK", "NOK")
_CURRENCY_WORDS = {
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pound": "GBP",
    "yen": "JPY",
    "francs": "CHF",
    "rupees": "INR",
    "yuan": "CNY",
    "dollars": None,
    "dollar": None,
}
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUES: dict[str, float] = {w: float(i) for i, w in enumerate(_UNITS)}
_WORD_VALUES |= {w: 20.0 + 10 * i for i, w in enumerate(_TENS)}
_WORD_VALUES |= {"a": 1, "an": 1, "half": 0.5, "hundred": 100}


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SCALE_WORD = _alternation(list(_SCALES))
_NUMBER_WORD = _alternation([w for w in _WORD_VALUES if w not in ("a", "an")])
_PATTERN = re.compile(
    rf"""
    (?:(?P<symbol>{_alternation(list(_SYMBOLS))})\s?|(?P<code_before>{_alternation(_CODES)})\s)?
    (?P<number>
        \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?
      | \d+(?:\.\d+)?
      | (?:(?:{_NUMBER_WORD}|a|an)(?:[\s-]+(?:{_NUMBER_WORD}|a|an))*)(?=\s+(?:{_SCALE_WORD})\b)
    )
    (?:[\s-]?(?P<scale>{_SCALE_WORD})\b)?
    (?:\s(?P<code_after>{_alternation(_CODES)})\b|\s(?P<word>{_alternation(list(_CURRENCY_WORDS))})\b)?
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Money:
    """One amount found in text, with its span there."""

    value: float
    currency: str | None
    text: str
    start: int
    end: int


def _words_to_number(words: str) -> float | None:
    total = 0.0
    for word in re.split(r"[\s-]+", words.lower()):
        value = _WORD_VALUES.get(word)
        if value is None:
            return None
        if word in ("a", "an") and total:  # "half a billion"
            continue
        total = total * value if word == "hundred" else total + value
    return total


def _to_number(number: str) -> float | None:
    if number[0].isdigit():
        return float(number.replace(",", ""))
    return _words_to_number(number)


def find_amounts(text: str) -> list[Money]:
    """Every number in ``text`` with its scale and currency, in order of appearance."""
    found = []
    for match in _PATTERN.finditer(text):
        value = _to_number(match["number"])
        if value is None:
            continue
        scale = match["scale"]
        # A lone "m" or "b" after a bare number is more often a unit than a scale ("5 m").
        if scale and len(scale) == 1 and not (match["symbol"] or match["code_before"]):
            scale = None
        if scale:
            value *= _SCALES[scale.lower()]
        currency = None
        if match["symbol"]:
            currency = _SYMBOLS[match["symbol"].upper() if match["symbol"] != "€" else "€"]
        elif match["code_before"] or match["code_after"]:
            currency = (match["code_before"] or match["code_after"]).upper()
        elif match["word"]:
            currency = _CURRENCY_WORDS[match["word"].lower()]
        end = match.end() if scale or currency or match["word"] else match.end("number")
        found.append(Money(value, currency, text[match.start() : end].strip(), match.start(), end))
    return found


def parse_amount(text: str) -> Money | None:
    """The first amount in ``text``, or None if it holds no number."""
    amounts = find_amounts(text)
    return amounts[0] if amounts else None


def same_value(a: float, b: float, tolerance: float = 0.01) -> bool:
    """True when two amounts agree within a relative tolerance (1% by default)."""
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)
