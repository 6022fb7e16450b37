"""The words of the story that can make up a name: each with its span, whether it ends in a
possessive, and whether it opens a sentence (where any word is capitalised)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from summarizer.extract.gazetteer import place_kind
from summarizer.extract.lexicon import (
    ABBREVIATIONS,
    LEGAL_SUFFIX,
    LIST_ITEM,
    ORG_WORDS,
    WEB_ADDRESS,
)
from summarizer.extract.sentences import Sentence

# A double hyphen is a dash: "producers--Cargill Inc.", "N.V.--allowing" are two words; so
# are sentences run on without a space: "Danilovich.Our", "Washington, D.C.Millennium Challenge".
# "A&M", "AT&T", "RE/MAX", "B/E Aerospace": an ampersand or a slash between capitals is inside
# the word (not "U.S./Canada": a capital word after it is a name of its own).
_IN_WORD = r"[\w'’]|\.(?![A-Z][a-z])|-(?!-)|(?<=[A-Z])(?:&(?=[A-Z])|/(?=[A-Z](?![a-z])))"
# "Rural/Metro Corporation", "Bridgestone/Firestone, Inc.": one name across a slash; but
# "Peace Corps/Guinea" names a country after it (see _slashed).
_SLASH_IN_NAME = r"(?<=[a-z]{2})/(?=[A-Z][a-z]{2})"
# A lone letter after digits is part of a number: "1649A Paula Drive", "Apartment 4B".
_START = r"(?:(?<!\d)|(?=[^\W\d_]{2}))[^\W\d_]"
_TOKEN = re.compile(rf"{_START}(?:{_IN_WORD}|{_SLASH_IN_NAME})*")
_TOKEN_NO_SLASH = re.compile(rf"{_START}(?:{_IN_WORD})*")
_AFTER_SLASH = re.compile(r"(?<=[a-z])/([A-Z][\w'’-]*)")
_CURRENCY = re.compile(r" ?\$")
_CONTRACTION = re.compile(r"^I['’](?:ve|m|ll|d)$")
_SUFFIX = re.compile(
    r"-(?:led|based|run|born|made|style|era|wide|[a-z]{3,}ed)$"  # "-conducted", "-funded"
)


def _shouted(sentence: str) -> bool:
    """A headline, subhead or table row: capitals carry no evidence of names there."""
    words = re.findall(r"[^\W\d_][\w'’-]*", sentence)
    if len(words) < 4:
        return False
    if sentence.isupper():
        return True
    if LIST_ITEM.match(sentence) or ATTRIBUTION.fullmatch(sentence):
        # "• University of Arkansas at Pine Bluff, Pine Bluff, Ark., $50,000"; "(Richard Vedder,
        # Distinguished Professor of Economics, Ohio University)" under a quotation
        return False
    # A sentence full of names ("Deputy Prime Minister Julia Gillard spoke.") ends like one;
    # but prose in Title Case ("President Bush Submitted To Congress A $51.8 Billion ...")
    # capitalises its small words too.
    capitalised = sum(1 for w in words if w[0].isupper())
    small = len(_SMALL_CAPITALISED.findall(sentence))
    return capitalised >= 0.75 * len(words) and (
        small >= 2 or not re.search(r"[.!?][\"”’)]?$", sentence)
    )


# A list's rows below a colon end in semicolons: "The following sites are being added: /
# Hockessin Groundwater in Hockessin, Delaware; / Burlington Industries Cheraw in Cheraw, South
# Carolina;": a row, however capitalised, is no headline.
_ROW_END = re.compile(r";(?:\s+and)?$")
_ROWS_OPEN = re.compile(r"(?:[:;]|;\s+and)$")


def _list_rows(sentences: list[Sentence]) -> set[int]:
    rows = {
        s.start
        for before, s in pairwise(sentences)
        if _ROW_END.search(s.text) and _ROWS_OPEN.search(before.text)
    }
    # "- Aspen Art Museum (Aspen, Colorado)" / "- Cedar Rapids Public Library (Cedar Rapids,
    # Iowa)": rows a dash opens, one after another, are a list
    dashed = [False, *(_DASH_ROW.match(s.text) is not None for s in sentences), False]
    for i, s in enumerate(sentences, start=1):
        if dashed[i] and (dashed[i - 1] or dashed[i + 1]):
            rows.add(s.start)
    return rows


_DASH_ROW = re.compile(r"[-–]\s+[A-Z]")


# Who a quotation above is by, on a line of its own: "(Richard Vedder, Professor, Ohio University)"
ATTRIBUTION = re.compile(r"\((?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w.'’-]*, [^()]{3,200}\)")
_SMALL_CAPITALISED = re.compile(r"(?<=\w )(?:To|A|An|And|By|For|With|Would|Will|Has|Is|Are)\b")


@dataclass
class Token:
    text: str
    start: int
    end: int
    possessive: bool
    sentence_start: bool


def _slashed(text: str, match: re.Match[str]) -> Iterator[re.Match[str]]:
    """A word, or its parts where a country follows its slash."""
    if "/" not in match.group():
        yield match  # nearly every word: no pattern to run on it
        return
    if any(place_kind(word) == "country" for word in _AFTER_SLASH.findall(match.group())):
        yield from _TOKEN_NO_SLASH.finditer(text, match.start(), match.end())
    else:
        yield match


def story_tokens(text: str, sentences: list[Sentence]) -> list[Token]:
    """The words of ``sentences`` (none from a shouted one), possessives and suffixes cut off."""
    starts = {s.start for s in sentences}
    opening = {s.start + len(m.group()) for s in sentences if (m := re.match(r"[\"“‘(]+", s.text))}
    tokens = []
    rows = _list_rows(sentences)
    matches = (
        part
        for s in sentences
        if s.start in rows or not _shouted(s.text)
        for m in _TOKEN.finditer(text, s.start, s.end)
        for part in _slashed(text, m)
    )
    # "visit http://www.rurdev.usda.gov/RDSuccessStories.html": a web address names no one
    addresses = [m.span() for s in sentences for m in WEB_ADDRESS.finditer(text, s.start, s.end)]
    for match in matches:
        word, start = match.group(), match.start()
        if addresses and any(a <= start < b for a, b in addresses):
            continue
        if _CONTRACTION.match(word) or (_CURRENCY.match(text, match.end()) and word.isupper()):
            continue  # "I've"; "US$146 billion", "260 million US$": a currency, no country
        possessive = False
        plural_owner = word[-2:] in ("s'", "s’")
        if word in ("Nations'", "Nations’", "States'", "States’") or (
            plural_owner and (place_kind(word[:-1]) is not None or word[:-1] in ORG_WORDS)
        ):
            # "the United Nations' World Health Organisation", "Honduras’ Permanent Commission",
            # "Health and Human Services’ Biomedical Advanced Research and Development Authority"
            word, possessive = word[:-1], True
        elif plural_owner:  # "Dockworkers' Union" goes on
            word = word[:-1]
        elif (
            _OWNER.search(word)
            and not _ELISION.fullmatch(word)
            and not _owner_in_a_name(word, text, start, match.end())
        ):
            word, possessive = _OWNER.sub("", word), True
        elif (
            _UNMARKED_OWNER.fullmatch(word)
            and _NEXT_CAPITAL.match(text, match.end())
            and re.search(rf"\b{re.escape(word[:-1])}\b", text)
        ):
            word, possessive = word[:-1], True  # "MCCs Board": a possessive with no apostrophe
        if word.endswith(".") and not (
            word.rstrip(".") in ABBREVIATIONS or _INITIALS.fullmatch(word)
        ):
            word = word.rstrip(".")
        word = word.rstrip("-")
        if suffix := _SUFFIX.search(word):  # "Congress-led", "Philippines-provided": a run ends
            word, possessive = word[: suffix.start()], True
        if word:
            # After a colon or an opening quote, any word may be capitalised.
            first = start in starts or start in opening or _last_mark(text, start) in ':“"‘('
            tokens.append(Token(word, start, start + len(word), possessive, first))
    return tokens


_OWNER = re.compile(r"['’]s?$")
_UNMARKED_OWNER = re.compile(r"[A-Z]{2,6}s")
_NAMED_OWNER = re.compile(r"[A-Z]\w*['’]s$")
_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")
_PLURAL_OWNERS = frozenset(["People", "Children", "Women", "Men"])
_SAINT = re.compile(r"\b(?:St\.?|Saint)\s+$")
_ELISION = re.compile(r"\w['’]\w+")
_INITIALS = re.compile(r"(?:\w\.)+")


def _owner_in_a_name(word: str, text: str, start: int, end: int) -> bool:
    """ "People's Republic of China", "Boston Children's Hospital", "St. Mary's Hospital": an
    owner inside a name, which goes on to a capital."""
    return (
        bool(_NAMED_OWNER.fullmatch(word))
        and bool(_NEXT_CAPITAL.match(text, end))
        and (
            word[:-2] in _PLURAL_OWNERS
            or bool(_SAINT.search(text, max(0, start - 8), start))
            # "Steve’s Towing, Inc.", not "Venezuela's Citgo Petroleum Corp"
            or (bool(_FIRM_AFTER.match(text, end)) and place_kind(word[:-2]) is None)
            or _place_with_owner(word, text, end)  # "Cox’s Bazar"
            # "Nobby's Beach", "Menager’s Lake": a feature named for its owner, not the owner's
            or (bool(_FEATURE_AFTER.match(text, end)) and place_kind(word[:-2]) is None)
        )
    )


def _place_with_owner(word: str, text: str, end: int) -> bool:
    after = _NEXT_WORD.match(text, end)
    return after is not None and place_kind(f"{word[:-2]}'s {after.group(1)}") is not None


_NEXT_WORD = re.compile(r"\s+([A-Z][\w-]*)")
_FEATURE_AFTER = re.compile(
    r" (?:Beach|Lake|Creek|Island|Bay|Point|Cove|Pond|Peak|Falls|Canyon|Hill|Landing|Reef)"
    r"\b(?! [A-Z])"
)
_FIRM_AFTER = re.compile(rf"(?: [A-Z][\w&.-]*){{1,4}},? {LEGAL_SUFFIX}\b")


def _last_mark(text: str, at: int) -> str:
    """The last character before ``at`` that is not white space ("" at the start): looked for
    near ``at`` first, since slicing the text up to every word cost more than the rest."""
    near = text[max(0, at - 40) : at].rstrip()
    return near[-1:] if near or at <= 40 else text[:at].rstrip()[-1:]


@dataclass(frozen=True)
class Mention:
    """Where a name stands in a text: ``start()`` and ``end()``, as a match has them."""

    at: int
    to: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to


def occurrences(form: str, text: str) -> Iterator[Mention]:
    """Every whole-word occurrence of ``form`` in ``text`` (not inside a longer word or a
    hyphenated one; a date run into a word, "2005European", is two). A plain search: a pattern
    compiled for each name of each article cost more than the rest of the extraction."""
    if not form:
        return
    at = text.find(form)
    while at >= 0:
        to = at + len(form)
        before = text[at - 1] if at else " "
        after = text[to] if to < len(text) else " "
        if not _one_word(before, form[0], before) and not _one_word(form[-1], after, after):
            yield Mention(at, to)
        at = text.find(form, at + 1)


def _one_word(left: str, right: str, outside: str) -> bool:
    return (outside.isalnum() or outside in "_-") and not (left.isdigit() and right.isalpha())


def capitalised(word: str) -> bool:
    """Whether a word can go on in a name: a capital, or a particle before one ("d'Ivoire")."""
    return word[0].isupper() or _PARTICLE_CAPITAL.match(word) is not None


# A lower-case particle joined to a capital goes on in a name: "Côte d'Ivoire", "al-Assad",
# "Lee dePalo"; "Chargé d’Affaires" stays the title it is.
_PARTICLE_CAPITAL = re.compile(
    r"(?:[dl]['’](?!Affaires)|(?:al|el|ad|ar|as|ash|at|az|ud|ul)-|(?:de|di|da|du|van|von))[A-Z][a-z]"
)


def trim(group: list[Token]) -> list[Token]:
    """The run without the lower-case words at its ends ("of the", a closing "and")."""
    while group and not capitalised(group[-1].text):
        group = group[:-1]
    while group and not capitalised(group[0].text):
        group = group[1:]
    return group
