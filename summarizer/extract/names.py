"""Names: capitalised runs of the article, merged into one ``Name`` per entity, and typed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

from summarizer.extract.lexicon import (
    ABBREVIATIONS,
    CONNECTORS,
    COUNTRIES,
    HEAD_TITLES,
    MONTHS,
    NEVER_ALONE,
    ORG_WORDS,
    PLACE_BEFORE,
    PLACE_FIRST,
    PLACE_LAST,
    REGIONS,
    SPEECH,
    VENUE_ORG,
    WEEKDAYS,
)
from summarizer.extract.sentences import Sentence, body_start, split_sentences

Kind = Literal["person", "organization", "country", "place"]
Choice = Kind | Literal["other"]  # what a name may be asked to be: "other" is no entity


@dataclass
class Name:
    """A name the article uses, at its first full mention."""

    text: str
    start: int
    end: int
    kind: Kind | None = None
    title: str | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: int = 1
    venue: bool = False  # a named building or site, which is an actor and a place at once
    initial: bool = True  # every mention so far opens a sentence, where any word is capitalised


_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*")


@dataclass
class _Token:
    text: str
    start: int
    end: int
    possessive: bool
    sentence_start: bool


def _tokens(text: str, sentences: list[Sentence]) -> list[_Token]:
    starts = {s.start for s in sentences}
    opening = {s.start + len(m.group()) for s in sentences if (m := re.match(r"[\"“‘(]+", s.text))}
    tokens = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(), match.start()
        possessive = False
        if re.search(r"s['’]$", word):  # "Dockworkers' Union" goes on
            word = word[:-1]
        elif re.search(r"['’]s?$", word) and not re.fullmatch(r"\w['’]\w+", word):
            word, possessive = re.sub(r"['’]s?$", "", word), True
        if word.endswith(".") and not (
            word.rstrip(".") in ABBREVIATIONS or re.fullmatch(r"(?:\w\.)+", word)
        ):
            word = word.rstrip(".")
        word = word.rstrip("-")
        if word:
            # After a colon or an opening quote, any word may be capitalised.
            first = start in starts or start in opening or text[:start].rstrip()[-1:] in ':“"‘('
            tokens.append(_Token(word, start, start + len(word), possessive, first))
    return tokens


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def _groups(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Runs of capitalised words, joined by spaces or connectors ("Bank of Canada")."""
    groups: list[list[_Token]] = []
    current: list[_Token] = []
    pending: list[_Token] = []  # connectors seen since the last capitalised word
    for token in tokens:
        gap = text[(pending or current)[-1].end : token.start] if current else ""
        joined = (
            bool(current) and gap in (" ", "' ", "’ ") and not (pending or current)[-1].possessive
        )
        if _capitalised(token.text) and token.text not in MONTHS | WEEKDAYS:
            if current and joined and not token.sentence_start:
                current.extend(pending)
                current.append(token)
            else:
                if current:
                    groups.append(current)
                current = [token]
            pending = []
        elif current and joined and token.text in CONNECTORS and len(pending) < 2:
            pending.append(token)
        else:
            if current:
                groups.append(current)
            current, pending = [], []
    if current:
        groups.append(current)
    return [g for part in groups for g in _split_and(part)]


def _split_and(group: list[_Token]) -> list[list[_Token]]:
    """'Britain and France' is two names; 'Flood Forecasting and Warning Centre' is one, but
    'the Union and the Authority' is two."""
    after = {id(a): b.text for a, b in pairwise(group)}
    breaks = ("and", "in", "on")
    if not any(t.text in breaks for t in group) or (
        group[-1].text in ORG_WORDS and not any(after.get(id(t)) == "the" for t in group)
    ):
        return [group]
    parts: list[list[_Token]] = [[]]
    for token in group:
        if token.text in breaks:
            parts.append([])
        else:
            parts[-1].append(token)
    return [_trim(p) for p in parts if _trim(p)]


def _trim(group: list[_Token]) -> list[_Token]:
    while group and not _capitalised(group[-1].text):
        group = group[:-1]
    while group and not _capitalised(group[0].text):
        group = group[1:]
    return group


def _looks_demonym(word: str) -> bool:
    return bool(re.search(r"(?:an|ese|ish|ch|i)$", word)) and word not in COUNTRIES


def find_names(text: str, sentences: list[Sentence] | None = None) -> list[Name]:
    """Every name-like span, merged into one ``Name`` per entity, in order of first mention."""
    sentences = sentences if sentences is not None else split_sentences(text, body_start(text))
    lowered = {w.lower() for w in re.findall(r"\b[a-z][\w'’-]*", text)}
    found: dict[str, Name] = {}
    order: list[str] = []
    body = sentences[0].start if sentences else 0
    for group in _groups(text, _tokens(text, sentences)):
        if group[0].start < body:
            continue  # the byline
        shouted = all(t.text.isupper() for t in group)  # "THE HAGUE" in a dateline
        # A title ("Transport Secretary Olivia Grant") keeps its capitals at a sentence start.
        split = _title_split(group)
        while (
            group[split:]
            and group[0].sentence_start
            and not shouted
            and (group[0].text in NEVER_ALONE or (group[0].text.lower() in lowered and not split))
        ):
            group = _trim(group[1:])
            split = _title_split(group) if split else 0
        if not group:
            continue
        title = None
        if split:
            title_tokens, group = group[:split], group[split:]
            title = text[title_tokens[0].start : title_tokens[-1].end]
            org = _trim([t for t in title_tokens if t.text not in HEAD_TITLES])
            if org and org[-1].text in ORG_WORDS and not _looks_demonym(org[0].text):
                # "Bank of Canada Governor Claire Dubois"
                _add(found, order, text[org[0].start : org[-1].end], org[0].start, None, False)
        if shouted and (len(group) > 1 or len(group[0].text) > 6) and group[0].start > 60:
            continue  # shouted words inside the story ("SYSTEM NOTICE"), not the dateline
        if len(group) == 1 and (
            group[0].text in NEVER_ALONE
            or _is_common(group[0].text)
            or len(group[0].text) < 3
            or re.search(r"-[a-z]+$|\d", group[0].text)  # "Venezuelan-led", "O157"
        ):
            continue
        for part in _split_of(group, person=title is not None):
            _add(
                found,
                order,
                text[part[0].start : part[-1].end],
                part[0].start,
                title,
                part[0].sentence_start,
            )
            title = None
    names = [found[k] for k in order]
    for caps in [n for n in names if n.text.isupper() and len(n.text) > 3]:
        twin = next((n for n in names if n.text.upper() == caps.text and n is not caps), None)
        if twin is not None:  # the dateline's "LEEDS" is the story's "Leeds"
            twin.aliases.add(caps.text)
            twin.mentions += caps.mentions
            del found[caps.text]
    names = [n for n in names if n.text in found]
    _merge_aliases(names)
    # A lone word that only ever opens sentences is a capitalised common word ("Turnout").
    names = [
        n
        for n in names
        if found.get(n.text) is n
        and not (n.initial and " " not in n.text and n.text not in COUNTRIES | REGIONS)
    ]
    _merge_acronyms(names, text)
    for n in names:
        _classify(n, text)
    places = [n.text for n in names if n.kind in ("place", "country")]
    for n in names:
        if n.kind is None and " " not in n.text and _listed_with(n.text, places, text):
            n.kind = "place"  # "between Leeds and Manchester"
    return names


def _listed_with(name: str, others: list[str], text: str) -> bool:
    """True when ``name`` stands in a list ("A, B and C") next to one of ``others``."""
    if not others:
        return False
    alternatives = "|".join(re.escape(o) for o in others)
    joiner = r"(?:,| and| or|, and)\s"
    n = re.escape(name)
    return (
        re.search(rf"(?:{alternatives}){joiner}{n}\b|\b{n}{joiner}(?:{alternatives})", text)
        is not None
    )


def _merge_acronyms(names: list[Name], text: str) -> None:
    """Fold "NEMA" into "National Environment Management Authority (NEMA)"."""
    for name in list(names):
        match = re.match(r" \(([A-Z][A-Za-z]{1,7})\)", text[name.end : name.end + 12])
        if match is None:
            continue
        short = next((n for n in names if n.text == match.group(1)), None)
        name.aliases.add(match.group(1))
        if short is not None and short is not name:
            name.mentions += short.mentions
            names.remove(short)


def _is_common(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z]+", word)) and _looks_demonym(word) and len(word) > 4


def _title_split(group: list[_Token]) -> int:
    """How many leading tokens are a title ("French President", "Finance Minister")."""
    last = 0
    for i, token in enumerate(group[:5]):
        if token.text in HEAD_TITLES or token.text.rstrip(".") in HEAD_TITLES:
            last = i + 1
    while last and last < len(group) and group[last].text[0].islower():
        last += 1
    return last if 0 < last < len(group) else 0


def _split_of(group: list[_Token], person: bool) -> list[list[_Token]]:
    """'Rahul Venkataraman of the Kestrel Institute' is two names; 'Bank of Canada' is one."""
    for i, token in enumerate(group):
        if token.text in ("of", "for", "at") and (i >= 2 or (person and i >= 1)):
            head = group[:i]
            if not any(t.text in ORG_WORDS | PLACE_FIRST for t in head):
                return [head, _trim(group[i + 1 :])] if _trim(group[i + 1 :]) else [head]
    return [group]


def _add(
    found: dict[str, Name],
    order: list[str],
    text: str,
    start: int,
    title: str | None,
    initial: bool,
) -> None:
    if text in found:
        found[text].mentions += 1
        found[text].title = found[text].title or title
        found[text].initial = found[text].initial and initial
        return
    found[text] = Name(text, start, start + len(text), title=title, initial=initial)
    order.append(text)


def _merge_aliases(names: list[Name]) -> None:
    """Fold "Carney" into "Mark Carney" and "Brandt" into "Brandt Logistik"."""
    by_text = {n.text: n for n in names}
    for short in names:
        if " " in short.text:
            continue
        longer = [
            n
            for n in names
            if n is not short
            and " " in n.text
            and (n.text.split()[-1] == short.text or n.text.split()[0] == short.text)
            and short.text not in COUNTRIES | REGIONS
        ]
        # Surnames belong to people (last word), short forms to organisations (first word).
        people = [n for n in longer if n.text.split()[-1] == short.text]
        target = next(iter(people or longer), None)
        if target is None or (target.start > short.start and not people):
            continue
        target.aliases.add(short.text)
        target.mentions += short.mentions
        target.title = target.title or short.title
        del by_text[short.text]
    names[:] = [n for n in names if by_text.get(n.text) is n]


def _classify(name: Name, text: str) -> None:
    words = name.text.split()
    after = text[name.end : name.end + 60]
    mentions = [name.text, *name.aliases]
    said = any(
        re.search(rf"{re.escape(m)}['’]?s?,? (?:{SPEECH})\b|\b{SPEECH} {re.escape(m)}\b", text)
        for m in mentions
    )
    if name.text in COUNTRIES:
        name.kind = "country"
    elif words[-1] in ORG_WORDS:
        name.kind = "organization"
        name.venue = words[-1] in VENUE_ORG
    elif name.text in REGIONS or words[0] in PLACE_FIRST or words[-1] in PLACE_LAST:
        name.kind = "place"
        name.venue = words[-1] in VENUE_ORG
    elif any(w in ORG_WORDS for w in words) or (
        name.text.isupper() and name.text.isalpha() and len(name.text) <= 6
    ):
        name.kind = "organization"
    elif name.title:
        name.kind = "person"
    elif len(words) <= 2 and re.search(
        rf"\b(?:{'|'.join(PLACE_BEFORE)}) {re.escape(name.text)}\b", text
    ):
        name.kind = "place"
    elif (
        re.match(r",? (?:a|an|the|who)\b [a-z]", after)
        or (said and len(words) >= 2)
        or (len(words) >= 2 and name.aliases and name.text.split()[-1] in name.aliases)
    ):
        name.kind = "person"
    elif said:
        name.kind = "person" if len(words) >= 2 else None


def mentions(names: list[Name], text: str) -> Iterator[tuple[re.Match[str], Name]]:
    """Every whole-word mention in ``text`` of each name, in its full form or an alias."""
    for name in names:
        for form in (name.text, *name.aliases):
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                yield m, name


def likely_kinds(name: str, text: str) -> tuple[Choice, ...]:
    """The kinds a name can have, likeliest first, from its shape and how the text uses it.

    A model held to an enum leans to its first option, so the order is the prior and the model
    may overrule it. A lone word is no person here (surnames are folded into full names before
    this), and it leads as an organisation where the text makes it act or own ("Quantara said",
    "Bluewing's shares"); as a place otherwise. Asked with every kind in the same order, the
    model called "Kyiv", "Tallinn" and "Antofagasta" organisations.
    """
    if " " in name:
        return ("person", "organization", "place", "other")
    verbs = "said|says|will|would|has|had|is|was|announced|plans|shares|chief"
    acts = rf"(?<!\w){re.escape(name)}(?:['’]s\b| (?:{verbs})\b)"
    if re.search(r"[a-z][A-Z]|^[A-Z]+$", name) or re.search(acts, text):
        return ("organization", "place", "other")
    return ("place", "organization", "other")


def as_kind(choice: Choice) -> Kind | None:
    """The kind a chosen answer gives a name: none for "other"."""
    return None if choice == "other" else choice
