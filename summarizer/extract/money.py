"""Money in a clause: the amounts ``summarizer.amounts`` finds, plus currencies news writes as a
word after the number ("500 million taka"), and never a bare count ("41 websites")."""

from __future__ import annotations

import re

from summarizer.amounts import Money, find_amounts

_MORE_CURRENCIES = {
    "taka": "BDT",
    "zloty": "PLN",
    "zlotys": "PLN",
    "naira": "NGN",
    "reais": "BRL",
    "real": "BRL",
    "won": "KRW",
    "rupee": "INR",
    "rupees": "INR",
    "rand": "ZAR",
    "shillings": None,
    "crowns": None,
    "pesos": None,
    "francs": "CHF",
    "lira": "TRY",
    "ringgit": "MYR",
    "baht": "THB",
}


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


def money_in(text: str, start: int, end: int) -> list[Money]:
    """Amounts of money (not counts) in ``text[start:end]``, with spans into ``text``."""
    found = []
    for m in find_amounts(text[start:end]):
        m_start, m_end, currency, shown = start + m.start, start + m.end, m.currency, m.text
        after = re.match(r"\s+([a-z]+)\b", text[m_end:end])
        dollars = _NAMED_DOLLARS.match(text[m_end:end])
        if dollars and not currency and not re.search(r"[$€£¥₹]|dollar", shown):
            currency = _DOLLAR_CODES.get(dollars["country"], "USD")
            m_end = m_end + dollars.end()
            shown = text[m_start:m_end]
        elif after and after.group(1) in _MORE_CURRENCIES and not currency:
            currency = _MORE_CURRENCIES[after.group(1)]
            m_end = m_end + after.end()
            shown = text[m_start:m_end]
        elif not (currency or re.search(r"[$€£¥₹]|dollar", shown)):
            continue  # "41 websites" is a count, not money
        found.append(Money(m.value, currency, shown, m_start, m_end))
    return found
