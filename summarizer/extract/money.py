"""Money in a clause: the amounts ``summarizer.amounts`` finds, plus currencies news writes as a
word after the number ("500 million taka"), and never a bare count ("41 websites")."""

from __future__ import annotations

import re
from functools import cache

from summarizer.amounts import Money, find_amounts
from summarizer.extract.gazetteer import COMMON_ZIPF, zipf

# A name news writes that ISO 4217 does not: plurals of its own, and one spelling.
_IRREGULAR = {
    "reais": "BRL",
    "real": "BRL",
    "won": "KRW",
    "kroner": None,  # Danish or Norwegian
    "kronor": "SEK",
    "crowns": None,
    "shekel": "ILS",
    "shekels": "ILS",
    "rouble": "RUB",
    "roubles": "RUB",
}


@cache
def _currency_words() -> dict[str, str | None]:
    """Currencies news writes as a word after the number ("1.2 billion kroner", "50 million
    riyals"): the last word of each ISO 4217 name in pycountry and its plural, with its code
    where only one currency has that name; not a common English word ("gold", "mark", "sum")."""
    import pycountry

    codes: dict[str, set[str]] = {}
    for currency in pycountry.currencies:
        word = currency.name.split()[-1].lower()
        if not currency.alpha_3.startswith("X") and word.isalpha() and zipf(word) < COMMON_ZIPF:
            codes.setdefault(word, set()).add(currency.alpha_3)
    words: dict[str, str | None] = {}
    for word, found in codes.items():
        code = next(iter(found)) if len(found) == 1 else None
        words[word] = words[word + "s"] = code
    return words | _IRREGULAR


# "three million Australian dollars", "two million U.S dollars": the country names the dollar.
_NAMED_DOLLARS = re.compile(
    r"\s+(?P<country>Australian|Canadian|New Zealand|Hong Kong|Singapore|U\.?S\.?|American)"
    r" dollars?\b"
)
_DOLLAR_CODES = {
    "Australian": "AUD",
    "Canadian": "CAD",
    "New Zealand": "NZD",
    "Hong Kong": "HKD",
    "Singapore": "SGD",
}  # "U.S", "US", "American": USD


_WEIGHT = re.compile(r"\bpounds?$")
_OF = re.compile(r"\)?\s+of\b")
# "weighing 805 pounds", "100 kilograms (220 pounds)": a weight, converted
_WEIGHED = re.compile(r"\bweigh|\b(?:kilo(?:gram)?s?|kg|grams?|tons?|tonnes?)\s+\($")


# A word after a number, after none, one or two capitalised words (a country's adjective).
_WORD_AFTER = tuple(re.compile(rf"\s+(?:[A-Z][a-z]+ ){{{lead}}}([A-Za-z]+)\b") for lead in range(3))


def _currency_after(rest: str) -> re.Match[str] | None:
    """The currency word after a number, perhaps after its country's adjective: "Kenyan
    shillings", "36 million Sri Lankan Rupees", "21 million Kina"."""
    for word_after in _WORD_AFTER:
        found = word_after.match(rest)
        if found and found.group(1).lower() in _currency_words():
            return found
    return None


def money_in(text: str, start: int, end: int) -> list[Money]:
    """Amounts of money (not counts) in ``text[start:end]``, with spans into ``text``."""
    found = []
    for m in find_amounts(text[start:end]):
        m_start, m_end, currency, shown = start + m.start, start + m.end, m.currency, m.text
        after = _currency_after(text[m_end:end])
        dollars = _NAMED_DOLLARS.match(text[m_end:end])
        if dollars and not currency and not re.search(r"[$€£¥₹]|dollar", shown):
            currency = _DOLLAR_CODES.get(dollars["country"], "USD")
            m_end = m_end + dollars.end()
            shown = text[m_start:m_end]
        elif after and not currency:
            currency = _currency_words()[after.group(1).lower()]
            m_end = m_end + after.end()
            shown = text[m_start:m_end]
        elif not (currency or re.search(r"[$€£¥₹]|dollar", shown)):
            continue  # "41 websites" is a count, not money
        if _WEIGHT.search(shown) and (
            _OF.match(text, m_end) or _WEIGHED.search(text, max(0, m_start - 30), m_start)
        ):
            continue  # "250,000 pounds of supplies", "weighing 805 pounds": a weight
        found.append(Money(m.value, currency, shown, m_start, m_end))
    return found
