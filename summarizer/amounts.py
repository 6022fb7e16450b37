"""Money amounts as news text writes them: '$2.5 billion', 'C$40m', '€300 million', '1,200 euros',
'two billion dollars', and in other languages '1,2 milliard d'euros', '2,5 Mrd. Euro',
'1.200 millones de euros', '1兆2000億円', '100亿美元'.

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
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
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
# Words after the number that only other European languages write (keys lower-case).
_EUROPEAN_CURRENCY_WORDS = {
    "d'euros": "EUR",
    "d’euros": "EUR",
    "de euros": "EUR",
    "de dollars": None,
    "de dólares": None,
    "dólares": None,
    "franken": "CHF",
}
# Written right after the number: '3,50 €' (continental style), '1000億円', '100亿美元'.
_CURRENCY_MARKS = {
    "€": "EUR",
    "円": "JPY",
    "日元": "JPY",
    "元": "CNY",
    "美元": "USD",
    "米ドル": "USD",
    "ドル": None,
    "ユーロ": "EUR",
    "欧元": "EUR",
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
# French, German, Spanish, Italian and Dutch (keys lower-case). The English-looking 'billion' of
# French and German (10^12) is left out on purpose: in news text it is the English word.
_EUROPEAN_SCALES = {
    "millions": 1e6,
    "millionen": 1e6,
    "mio.": 1e6,
    "mio": 1e6,
    "millón": 1e6,
    "millones": 1e6,
    "milione": 1e6,
    "milioni": 1e6,
    "miljoen": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd.": 1e9,
    "mrd": 1e9,
    "mil millones": 1e9,
    "miliardo": 1e9,
    "miliardi": 1e9,
    "miljard": 1e9,
    "miljarden": 1e9,
    "billionen": 1e12,
    "billones": 1e12,
}
# Chinese and Japanese count in myriads; 万亿 (10^4 x 10^8) is how Chinese writes a trillion.
_CJK_UNITS = {"万": 1e4, "萬": 1e4, "億": 1e8, "亿": 1e8, "万亿": 1e12, "萬億": 1e12, "兆": 1e12}
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


_ALL_SCALES = _SCALES | _EUROPEAN_SCALES
_ALL_WORDS = _CURRENCY_WORDS | _EUROPEAN_CURRENCY_WORDS
_SCALE_WORD = _alternation(list(_ALL_SCALES))
_NUMBER_WORD = _alternation([w for w in _WORD_VALUES if w not in ("a", "an")])
_CJK_UNIT = _alternation(list(_CJK_UNITS))
# Digits as either convention groups them; which mark is the decimal one is settled by
# _read_number, not here.
_DIGITS = r"""(?:
    \d{1,3}(?:,\d{3})+(?:\.\d+)?                            # 1,234,567.5
  | \d{1,3}(?:\.\d{3})+(?:,\d+)?                            # 1.234.567,5
  | \d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?       # 1 234 567,5 (French no-break spaces)
  | \d+(?:[.,]\d+)?                                         # 1234.5, 1,5
)"""
_PATTERN = re.compile(
    rf"""
    (?:(?P<symbol>{_alternation(list(_SYMBOLS))})\s?|(?P<code_before>{_alternation(_CODES)})\s)?
    (?P<number>
        (?:{_DIGITS}(?:{_CJK_UNIT}))+{_DIGITS}?             # 1兆2000億, 3万5000
      | {_DIGITS}
      | (?<![^\W\d_])(?:(?:{_NUMBER_WORD}|a|an)(?:[\s-]+(?:{_NUMBER_WORD}|a|an))*)  # not "th|an a"
        (?=[\s-]+(?:{_SCALE_WORD})(?!\w))                  # "half a billion", "a half-billion"
    )
    (?:\+?[\s-]?(?P<scale>{_SCALE_WORD})(?!\w))?                # "$16+ Million": at least
    (?:
        \s(?P<code_after>{_alternation(_CODES)})\b
      | \s(?P<word>{_alternation(list(_ALL_WORDS))})(?!\w)
      | \s?(?P<mark>{_alternation(list(_CURRENCY_MARKS))})
    )?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CJK_GROUP = re.compile(rf"({_DIGITS})({_CJK_UNIT})?", re.VERBOSE)
_ONE_GROUP = re.compile(r"\d{1,3}[.,]\d{3}")


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
    split = re.split(r"[\s-]+", words.lower())
    for word, following in zip(split, [*split[1:], None], strict=True):
        value = _WORD_VALUES.get(word)
        if value is None:
            return None
        # 'a' is one only as the whole number ('a million') or before 'hundred'; elsewhere it
        # is the article: 'an eighty million' is 80 million, 'half a billion' half of one.
        if word in ("a", "an") and (total or following not in (None, "hundred")):
            continue
        total = total * value if word == "hundred" else total + value
    return total


def _read_number(digits: str, european: bool) -> float:
    """Digits and their marks to a value, reading ',' and '.' the English or the European way.

    Most numbers can only have been written one way: a mark that repeats ('1,200,000',
    '1.200.000') or comes before the other mark ('1,234.5', '1.234,5') groups thousands, and a
    lone mark without exactly three digits after it ('2.5', '1,2') is decimal. Only '1,200' and
    '1.200' fit both: English reads 1200 and 1.2, French or German 1.2 and 1200. A guess there
    would silently misread amounts by a factor of a thousand, so only words the number carries
    decide (``european``: 'milliard', 'Mrd.', 'd'euros', a '€' after it), and without them the
    English reading stands: English text parses exactly as before.
    """
    marks = [c for c in digits if c in ".,"]  # spaces always group thousands
    decimal = marks[-1] if marks and marks.count(marks[-1]) == 1 else None
    if decimal and _ONE_GROUP.fullmatch(digits) and (decimal == ",") != european:
        decimal = None
    whole, _, fraction = digits.rpartition(decimal) if decimal else (digits, "", "")
    return float(re.sub(r"\D", "", whole) + "." + (fraction or "0"))


def _to_number(number: str, european: bool) -> float | None:
    if not number[0].isdigit():
        return _words_to_number(number)
    # '1兆2000億' is 1 x 10^12 + 2000 x 10^8; a plain number is one group with no unit.
    return sum(
        _read_number(digits, european) * _CJK_UNITS.get(unit, 1)
        for digits, unit in _CJK_GROUP.findall(number)
    )


def find_amounts(text: str) -> list[Money]:
    """Every number in ``text`` with its scale and currency, in order of appearance."""
    found: list[Money] = []
    for match in _PATTERN.finditer(text):
        scale = (match["scale"] or "").lower()
        word = (match["word"] or "").lower()
        mark = match["mark"]
        european = scale in _EUROPEAN_SCALES or word in _EUROPEAN_CURRENCY_WORDS or mark == "€"
        value = _to_number(match["number"], european)
        if value is None:
            continue
        # A lone "m" or "b" after a bare number is more often a unit than a scale ("5 m").
        if len(scale) == 1 and not (match["symbol"] or match["code_before"]):
            scale = ""
        if scale:
            value *= _ALL_SCALES[scale]
        currency = None
        if match["symbol"]:
            currency = _SYMBOLS[match["symbol"].upper() if match["symbol"] != "€" else "€"]
        elif match["code_before"] or match["code_after"]:
            currency = (match["code_before"] or match["code_after"]).upper()
        elif word:
            currency = _ALL_WORDS[word]
        elif mark:
            currency = _CURRENCY_MARKS[mark]
        end = match.end() if scale or currency or word or mark else match.end("number")
        start = match.start()
        if found and _goes_on(found[-1], match, value, text):
            previous = found.pop()  # "one million and twenty-five thousand dollars": one number
            value, start = previous.value + value, previous.start
        found.append(Money(value, currency, text[start:end].strip(), start, end))
        if (
            len(found) > 1
            and scale
            and not _SCALED.search(found[-2].text)
            and found[-2].value < value / _ALL_SCALES[scale]  # not "$500,000 and $2 million"
            and _RANGE.fullmatch(text, found[-2].end, match.start())
        ):
            # "$10 to $15 million": the range's low end takes its scale, and its text is the range
            low = found[-2]
            found[-2:] = [
                Money(
                    low.value * _ALL_SCALES[scale],
                    low.currency or currency,
                    text[low.start : end].strip(),
                    low.start,
                    end,
                )
            ]
    return found


def _goes_on(previous: Money, match: re.Match[str], value: float, text: str) -> bool:
    """Whether a number in words goes on from the one before it, of a larger scale and with no
    currency of its own: "one million and twenty-five thousand"."""
    scaled = _SCALED.search(previous.text)
    return (
        not match["number"][0].isdigit()
        and previous.currency is None
        and not re.search(r"\d", previous.text)
        and scaled is not None
        and value < _ALL_SCALES[scaled.group().lower()]
        and _WORDS_GO_ON.fullmatch(text, previous.end, match.start()) is not None
    )


_WORDS_GO_ON = re.compile(r",?\s+(?:and\s+)?")
_RANGE = re.compile(r"\s*(?:to|and|-|–|—)\s*")
_SCALED = re.compile(rf"(?i)(?:{_SCALE_WORD})(?!\w)")


def parse_amount(text: str) -> Money | None:
    """The first amount in ``text``, or None if it holds no number."""
    amounts = find_amounts(text)
    return amounts[0] if amounts else None


def same_value(a: float, b: float, tolerance: float = 0.01) -> bool:
    """True when two amounts agree within a relative tolerance (1% by default)."""
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)
