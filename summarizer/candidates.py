"""Candidates: what an article can support, found in its text without a model.

The guided strategy (``guided.py``) lets a small model choose among these instead of writing
names itself, so every name it returns is the article's own, by construction. Candidate quality
decides the result as much as the model does: sentence-initial words, weekdays, months and
nationality adjectives are weeded out here, titles are split from names ("Prime Minister" /
"Mark Carney"), surnames are folded into the full name they abbreviate, and each name gets a
kind when its text or context makes it plain (a title, "said", "in <place>", an organisation
word, a country).

Everything is heuristic and English-centred; ``kind`` is None where the text does not say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

from summarizer.amounts import Money, find_amounts

Kind = Literal["person", "organization", "country", "place"]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


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


@dataclass(frozen=True)
class CommitmentCandidate:
    sentence: Sentence
    actor: Name | None
    action: str
    amount: Money | None
    status: str
    start: int  # the evidence span: the sentence, clipped around the commitment
    end: int


@dataclass(frozen=True)
class ViewCandidate:
    expert: Name | None  # None: "some economists said", "analysts warned"
    view: str
    quote: str | None
    start: int
    end: int


@dataclass
class Candidates:
    text: str
    sentences: list[Sentence]
    names: list[Name]
    commitments: list[CommitmentCandidate]
    views: list[ViewCandidate]
    dateline: Name | None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MONTHS = _words(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
)
_WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
# Capitalised words that start sentences or headings and are never names on their own.
_NEVER_ALONE = _words(
    "A An The This That These Those It Its He She They We I You His Her Their Our My Your "
    "There Here But And Or So Yet If When While Where After Before Since As At In On Of For To "
    "By With From Under Over About Also However Meanwhile Still Even Only Some Many Most More "
    "Other Others Officials Police Residents Critics Analysts Experts Scientists Workers "
    "Government Ministers Minister President Mr Mrs Ms Dr Prof Sir Dame Lord Lady Wire AI "
    "According Although Despite During Including Last Next New Now Once Then Today Tomorrow "
    "Yesterday Asked Speaking Under No Not Yes All Both Each Every Several Such What Who Why How "
    "Which Whose Nearly About Around Almost Nobody Someone Anyone CEO GDP TV PM AM EST GMT UTC"
)
_ABBREVIATIONS = _words("Mr Mrs Ms Dr St Jr Sr Prof Gen Lt Col Sgt Rev Gov Sen Rep Capt Mt")
_HEAD_TITLES = _words(
    "President Minister Secretary Chancellor Governor Mayor Senator Judge Justice Director "
    "Commissioner Ambassador Professor Prof. Dr. Mr. Mrs. Ms. Mr Mrs Ms Dr Sir Dame Chief "
    "Officer Chair Chairman Chairwoman Chairperson Premier King Queen Pope Prince Princess "
    "Inspector Superintendent Captain Colonel General Rev. Lord Lady Spokesperson Spokesman "
    "Spokeswoman CEO Leader Deputy Councillor Councilor Bishop Archbishop Cardinal Sheikh "
    "Coach Manager Editor Economist Analyst Head"
)
_CONNECTORS = {
    "of",
    "for",
    "de",
    "del",
    "della",
    "di",
    "da",
    "du",
    "des",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "al",
    "bin",
    "nad",
    "and",
    "the",
    "on",
    "in",
}
_ORG_WORDS = _words(
    "Bank Ministry University College Council Commission Agency Party Court Union Association "
    "Institute Press Group Company Corporation Corp Corp. Inc Inc. Ltd Ltd. Fund Authority "
    "Department Office Police Army Navy Government Parliament Federation Organisation "
    "Organization Service Services Board Committee Centre Center Foundation Airlines Airways "
    "Railway Railways Network Trust Society Club Museum Hospital School Assembly Senate "
    "Congress Cabinet Alliance Coalition Forum Reserve Exchange Holdings Partners Partnership "
    "Capital Systems Technologies Labs Energy Motors Therapeutics Petroleum Shipping Logistics "
    "Logistik Lines Grid Telecom Media Movement Cooperative Co-operative Employers Events "
    "Inquiry Program Programme Mission Secretariat Tribunal Guard Forces Brigade Institution "
    "Bureau Directorate Observatory Laboratory Studio Studios Insurance Pharmaceuticals Water "
    "Authority Statistics Relief Initiative League Federation Consortium Mines Mining Oil Gas "
    "Research Advisory Consulting Analytics Associates Economics Securities Investments "
    "Ventures Equity Bancorp Facility Marathon Festival Summit Games Cup"
)
_PLACE_LAST = _words(
    "Square Street Road Avenue Bridge Lake Sea Ocean Gulf Bay Island Islands Valley Region "
    "Province County Airport Station Gate Park Stadium Hall Cathedral Palace Mountains "
    "Peninsula Coast Strait Canal Harbour Harbor Desert Plain Plains Basin Delta Forest Works"
)
_PLACE_FIRST = _words("River Lake Mount Gulf Bay Port Cape Lake Isle Strait Sea Gate")
_VENUE_ORG = _words("Museum Centre Center Hospital Stadium Hall Palace Works")
_COUNTRY_TEXT = (
    "Afghanistan,Albania,Algeria,Andorra,Angola,Argentina,Armenia,Australia,Austria,Azerbaijan,"
    "Bahamas,Bahrain,Bangladesh,Barbados,Belarus,Belgium,Belize,Benin,Bhutan,Bolivia,Bosnia,"
    "Botswana,Brazil,Britain,Great Britain,Brunei,Bulgaria,Burkina Faso,Burundi,Cambodia,"
    "Cameroon,Canada,Chad,Chile,China,Colombia,Comoros,Congo,Costa Rica,Croatia,Cuba,Cyprus,"
    "Czech Republic,Czechia,Denmark,Djibouti,Dominica,Dominican Republic,Ecuador,Egypt,"
    "El Salvador,England,Eritrea,Estonia,Eswatini,Ethiopia,Fiji,Finland,France,Gabon,Gambia,"
    "Georgia,Germany,Ghana,Greece,Grenada,Guatemala,Guinea,Guyana,Haiti,Honduras,Hungary,"
    "Iceland,India,Indonesia,Iran,Iraq,Ireland,Israel,Italy,Ivory Coast,Jamaica,Japan,Jordan,"
    "Kazakhstan,Kenya,Kiribati,Kosovo,Kuwait,Kyrgyzstan,Laos,Latvia,Lebanon,Lesotho,Liberia,"
    "Libya,Liechtenstein,Lithuania,Luxembourg,Madagascar,Malawi,Malaysia,Maldives,Mali,Malta,"
    "Mauritania,Mauritius,Mexico,Moldova,Monaco,Mongolia,Montenegro,Morocco,Mozambique,Myanmar,"
    "Namibia,Nauru,Nepal,Netherlands,New Zealand,Nicaragua,Niger,Nigeria,North Korea,"
    "North Macedonia,Northern Ireland,Norway,Oman,Pakistan,Palau,Palestine,Panama,"
    "Papua New Guinea,Paraguay,Peru,Philippines,Poland,Portugal,Qatar,Romania,Russia,Rwanda,"
    "Samoa,San Marino,Saudi Arabia,Scotland,Senegal,Serbia,Seychelles,Sierra Leone,Singapore,"
    "Slovakia,Slovenia,Somalia,South Africa,South Korea,South Sudan,Spain,Sri Lanka,Sudan,"
    "Suriname,Sweden,Switzerland,Syria,Taiwan,Tajikistan,Tanzania,Thailand,Togo,Tonga,"
    "Trinidad and Tobago,Tunisia,Turkey,Turkmenistan,Tuvalu,Uganda,Ukraine,"
    "United Arab Emirates,United Kingdom,United States,U.S.,US,USA,U.K.,UK,Uruguay,Uzbekistan,"
    "Vanuatu,Venezuela,Vietnam,Wales,Yemen,Zambia,Zimbabwe"
)
_COUNTRIES = frozenset(_COUNTRY_TEXT.split(","))
_REGIONS = frozenset(
    [
        "Europe",
        "Africa",
        "Asia",
        "Oceania",
        "Antarctica",
        "Arctic",
        "Americas",
        "North America",
        "South America",
        "Latin America",
        "Central America",
        "Middle East",
        "East Africa",
        "West Africa",
        "North Africa",
        "Southern Africa",
        "Southeast Asia",
        "South Asia",
        "Central Asia",
        "East Asia",
        "Scandinavia",
        "Balkans",
        "Caribbean",
        "Pacific",
        "Atlantic",
        "Mediterranean",
        "Baltic",
        "Sahel",
        "Gulf",
        "Western Europe",
        "Eastern Europe",
        "Pennines",
        "Alps",
        "Andes",
        "Himalayas",
    ]
)
_PLACE_BEFORE = _words("in at near from to across outside around into towards toward via")
_SPEECH = r"(?:said|says|told|added|argued|warned|noted|wrote|explained|predicted|cautioned)"
_EXPERT_CUES = re.compile(
    r"\b(?:analyst|economist|professor|scientist|researcher|expert|lecturer|fellow|strategist|"
    r"historian|epidemiologist|virologist|specialist|consultant|academic|scholar|"
    r"who studies|who researches|think tank|university|institute|college|school of)\b",
    re.IGNORECASE,
)
_OFFICIAL_CUES = re.compile(
    r"\b(?:minister|spokes\w+|mayor|president|chief executive|ceo|secretary|governor|official|"
    r"director[- ]general|commissioner|chair\w*|head of|mp|senator|judge)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")


_DATELINE = re.compile(
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
    if dateline := _DATELINE.match(text, start):
        _add_sentence(sentences, text, start, dateline.end())
        start = dateline.end()
    for match in _SENTENCE_END.finditer(text, start):
        before = text[max(start, match.start() - 5) : match.start()]
        last = re.findall(r"[\w.]+$", before)
        if last and (last[0].rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"(?:\w\.)+", last[0])):
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
            word.rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"(?:\w\.)+", word)
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
        if _capitalised(token.text) and token.text not in _MONTHS | _WEEKDAYS:
            if current and joined and not token.sentence_start:
                current.extend(pending)
                current.append(token)
            else:
                if current:
                    groups.append(current)
                current = [token]
            pending = []
        elif current and joined and token.text in _CONNECTORS and len(pending) < 2:
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
        group[-1].text in _ORG_WORDS and not any(after.get(id(t)) == "the" for t in group)
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
    return bool(re.search(r"(?:an|ese|ish|ch|i)$", word)) and word not in _COUNTRIES


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
            and (group[0].text in _NEVER_ALONE or (group[0].text.lower() in lowered and not split))
        ):
            group = _trim(group[1:])
            split = _title_split(group) if split else 0
        if not group:
            continue
        title = None
        if split:
            title_tokens, group = group[:split], group[split:]
            title = text[title_tokens[0].start : title_tokens[-1].end]
            org = _trim([t for t in title_tokens if t.text not in _HEAD_TITLES])
            if org and org[-1].text in _ORG_WORDS and not _looks_demonym(org[0].text):
                # "Bank of Canada Governor Claire Dubois"
                _add(found, order, text[org[0].start : org[-1].end], org[0].start, None, False)
        if shouted and (len(group) > 1 or len(group[0].text) > 6) and group[0].start > 60:
            continue  # shouted words inside the story ("SYSTEM NOTICE"), not the dateline
        if len(group) == 1 and (
            group[0].text in _NEVER_ALONE
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
        and not (n.initial and " " not in n.text and n.text not in _COUNTRIES | _REGIONS)
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
        if token.text in _HEAD_TITLES or token.text.rstrip(".") in _HEAD_TITLES:
            last = i + 1
    while last and last < len(group) and group[last].text[0].islower():
        last += 1
    return last if 0 < last < len(group) else 0


def _split_of(group: list[_Token], person: bool) -> list[list[_Token]]:
    """'Rahul Venkataraman of the Kestrel Institute' is two names; 'Bank of Canada' is one."""
    for i, token in enumerate(group):
        if token.text in ("of", "for", "at") and (i >= 2 or (person and i >= 1)):
            head = group[:i]
            if not any(t.text in _ORG_WORDS | _PLACE_FIRST for t in head):
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
            and short.text not in _COUNTRIES | _REGIONS
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
        re.search(rf"{re.escape(m)}['’]?s?,? (?:{_SPEECH})\b|\b{_SPEECH} {re.escape(m)}\b", text)
        for m in mentions
    )
    if name.text in _COUNTRIES:
        name.kind = "country"
    elif words[-1] in _ORG_WORDS:
        name.kind = "organization"
        name.venue = words[-1] in _VENUE_ORG
    elif name.text in _REGIONS or words[0] in _PLACE_FIRST or words[-1] in _PLACE_LAST:
        name.kind = "place"
        name.venue = words[-1] in _VENUE_ORG
    elif any(w in _ORG_WORDS for w in words) or (
        name.text.isupper() and name.text.isalpha() and len(name.text) <= 6
    ):
        name.kind = "organization"
    elif name.title:
        name.kind = "person"
    elif len(words) <= 2 and re.search(
        rf"\b(?:{'|'.join(_PLACE_BEFORE)}) {re.escape(name.text)}\b", text
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


def dateline(text: str, names: list[Name]) -> Name | None:
    """The place in the dateline ("DUBLIN, July 8, 2026 (Wire) -"), when the article has one."""
    match = _DATELINE.match(text, body_start(text))
    if not match or match.group("place") in _MONTHS:
        return None
    place = match.group("place")
    for name in names:
        if place in (name.text, *name.aliases):
            name.kind = name.kind if name.kind == "country" else "place"
            return name
    name = Name(place, match.start("place"), match.end("place"), kind="place")
    names.insert(0, name)
    return name


_COMMITMENT_CUES: list[tuple[str, str]] = [
    (r"reaffirm\w*|reiterat\w*", "reaffirmed"),
    # Not "promising results" nor "the committee".
    (r"pledg\w*|promis(?:e[sd]?|ing to)|commit(?:s|ted|ting)?|vow\w*", "pledged"),
    (r"propos\w*|plans? to|planned to|intends? to|would (?!not)\w+", "proposed"),
    (r"paid|delivered|disbursed|handed over|sent", "delivered"),
    (
        r"announc\w*|unveil\w*|allocat\w*|earmark\w*|set aside|agreed(?: on \w+)? to|approv\w*"
        r"|will (?!not)\w+|is to \w+|are to \w+|offer\w*|grant\w*|award\w*|fund\w*|invest\w*"
        r"|releas\w*",
        "announced",
    ),
]
_CUE = re.compile(
    r"\b(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_COMMITMENT_CUES)) + r")\b",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:(?P<pronoun>He|She|They|It)|The (?P<noun>\w+))\b")
# What "The <noun>" at the head of a sentence can point back to; any actor for other nouns.
_NOUN_KINDS: dict[str, tuple[Kind, ...]] = {
    **dict.fromkeys(
        _words(
            "company group firm bank institute foundation agency union ministry council club team "
            "fund university board carrier airline insurer lender operator charity organisation "
            "organization party alliance consortium coalition association federation museum "
            "hospital school court authority department service bureau commission committee"
        ),
        ("organization",),
    ),
    **dict.fromkeys(
        _words(
            "minister president mayor governor chancellor premier secretary chief chairman "
            "chairwoman spokesman spokeswoman ambassador envoy commissioner"
        ),
        ("person",),
    ),
    "country": ("country",),
    "he": ("person",),
    "she": ("person",),
    "it": ("organization", "country"),
}
# "X said it would ...": a promise in the speaker's own name, not a forecast about others.
_SELF_REPORT = re.compile(
    r"(?i)\b(?:said|says|told \w+|announced)\b[^.;\"“]{0,40}?\b(?:that )?(?:it|he|she|they)\b"
)
_PLURAL_NOUN = re.compile(
    r"(?i)(?:award|grant|fund|offer|pledge|promise|proposal|investment|allocation)s"
)
_NOT_AN_OBJECT = re.compile(
    r"\s*(?:[,.;:]|(?:in|of|for|from|and|or|but|at|on|with|that|which|were|was|are|is)\b)"
)
# A cue word used as a noun ("welcomed the pledges", "in emergency funds") commits nobody.
_AS_NOUN = re.compile(r"\b(?:the|a|an|its|their|his|her|our|new|in|of|for)\s+(?:[a-z]+\s+)?$")
_PROMISE = re.compile(
    r"(?i)will|pledg|promis|commit|agreed|is to|are to|plans? to|planned to|intends? to"
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)(?: \w+ly)?\s*$")
# A name right after one of these is an object, not the subject: "contributors to Ukraine's
# recovery", "which controls 38 percent of Nordhavn".
_OBJECT_OF = re.compile(
    r"\b(?:of|to|for|with|from|by|in|on|at|against|among|into|about|over|between|including)"
    r"\s+(?:the\s+)?$"
)


def find_commitments(
    text: str, sentences: list[Sentence], names: list[Name]
) -> list[CommitmentCandidate]:
    """Clauses that commit someone to something, with actor, action, amount and status."""
    actors = [n for n in names if n.kind in ("person", "organization", "country")]
    experts = {id(v.expert) for v in find_views(text, sentences, names)}
    found = []
    for sentence in sentences:
        for clause_start, clause in _clauses(sentence):
            cue = _cue(clause)
            if cue is None or re.search(r"[\"“”]", sentence.text[: clause_start + cue.start()]):
                continue  # words inside or after a quotation are somebody's talk
            status = next(
                _COMMITMENT_CUES[int(k[1:])][1] for k, v in cue.groupdict().items() if v is not None
            )
            at = sentence.start + clause_start
            amounts = _money(text, at, at + len(clause))
            before = sentence.text[: clause_start + cue.start()]
            promise = _PROMISE.match(cue.group()) or (
                cue.group().lower().startswith("would") and _SELF_REPORT.search(before)
            )
            if not amounts and status in ("announced", "proposed") and not promise:
                continue  # "announced" or "would" without money or a promise is just news
            if (
                status == "reaffirmed"
                and not amounts
                and not re.search(r"(?i)commitment|pledge|promise", clause[cue.end() :])
            ):
                continue  # "reiterating that Canada has not recognised" restates a position
            cue_at = at + cue.start()
            if _PASSIVE.search(before) or re.match(r"\w+(?: for)? by\b", clause[cue.start() :]):
                # "was funded by a grant from the X Foundation": the giver follows; an unnamed
                # one ("paid for by parents") commits nobody the summary can name.
                actor = _agent(actors, text, cue_at, at + len(clause))
            else:
                actor = _subject(actors, text, sentence, cue_at)
            if actor is None or id(actor) in experts:
                continue  # an analyst's "would" is a view, not a commitment
            rest = re.split(
                r"[;:]|, (?:which|who|while|but|after|as|said)\b|\.\s*$", clause[cue.start() :]
            )
            # "pledged to keep the headquarters and to make no job cuts" is two commitments.
            first, *others = re.split(r",? and to ", rest[0].strip().rstrip(".,"))
            # The amount the verb governs: the first after it, else the last before it.
            after_cue = [m for m in amounts if m.start >= cue_at]
            amount = after_cue[0] if after_cue else (amounts[-1] if amounts else None)
            start, end = _window(sentence, cue_at, amount.end if amount else cue_at + len(first))
            for i, action in enumerate([first, *others]):
                found.append(
                    CommitmentCandidate(
                        sentence,
                        actor,
                        _clip_words(action, 80),
                        amount if i == 0 else None,
                        status,
                        start,
                        end,
                    )
                )
    return found


def _clauses(sentence: Sentence) -> list[tuple[int, str]]:
    """'Britain pledged £400 million, and Japan promised 120 billion yen' is two commitments."""
    parts, at = [], 0
    for match in re.finditer(r",? and (?=[A-Z])|; |, while ", sentence.text):
        parts.append((at, sentence.text[at : match.start()]))
        at = match.end()
    parts.append((at, sentence.text[at:]))
    return parts


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


def _money(text: str, start: int, end: int) -> list[Money]:
    """Amounts of money (not counts) in ``text[start:end]``, with spans into ``text``."""
    found = []
    for m in find_amounts(text[start:end]):
        m_start, m_end, currency, shown = start + m.start, start + m.end, m.currency, m.text
        after = re.match(r"\s+([a-z]+)\b", text[m_end:end])
        if after and after.group(1) in _MORE_CURRENCIES and not currency:
            currency = _MORE_CURRENCIES[after.group(1)]
            m_end = m_end + after.end()
            shown = text[m_start:m_end]
        elif not (currency or re.search(r"[$€£¥₹]|dollar", shown)):
            continue  # "41 websites" is a count, not money
        found.append(Money(m.value, currency, shown, m_start, m_end))
    return found


_GOVERNMENT = re.compile(
    r"(?:\b(?P<owner>[A-Z][\w.]*(?: [A-Z][\w.]*)*)['’]s |\bthe )?"
    r"(?:[Gg]overnment|[Aa]uthorities|[Mm]inisters|[Cc]abinet)\b(?: of (?P<of>[A-Z][\w ]+?))?\s*$"
)


def _cue(clause: str) -> re.Match[str] | None:
    """The first commitment verb of the clause: not a cue word used as a noun, and not a
    capitalised one inside the clause, which is a name ("Grant said")."""
    for cue in _CUE.finditer(clause):
        if _AS_NOUN.search(clause[: cue.start()]):
            continue
        if _PLURAL_NOUN.fullmatch(cue.group()) and _NOT_AN_OBJECT.match(clause[cue.end() :]):
            continue  # "one of the largest awards in the country's history"
        if cue.group()[0].isupper() and clause[: cue.start()].strip():
            continue
        # "announced that the government would pay": the commitment is the reported one.
        if cue.group().lower().startswith("announc") and clause[cue.end() :].startswith(" that "):
            continue
        return cue
    return None


def _mentions(names: list[Name], text: str) -> Iterator[tuple[re.Match[str], Name]]:
    """Every whole-word mention in ``text`` of each name, in its full form or an alias."""
    for name in names:
        for form in (name.text, *name.aliases):
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                yield m, name


def _agent(actors: list[Name], text: str, cue_at: int, clause_end: int) -> Name | None:
    """The giver of a passive ("was funded by a $12 million grant from the X Foundation")."""
    after = text[cue_at:clause_end]
    givers = [
        (m.start(), name)
        for m, name in _mentions(actors, after)
        if re.search(r"\b(?:by|from)\s+(?:the\s+)?$", after[: m.start()])
    ]
    return min(givers, key=lambda given: given[0])[1] if givers else None


def _subject(actors: list[Name], text: str, sentence: Sentence, cue_at: int) -> Name | None:
    """Who commits: the nearest name before the verb ("Yasmin said the government of Bangladesh
    had released"), a country for "the government", or whom a pronoun points back to."""
    before = text[sentence.start : cue_at]
    government = _GOVERNMENT.search(
        re.sub(r"\s+(?:had|has|have|would|will|also|on \w+)\s*$", " ", before)
    )
    countries = [n for n in actors if n.kind == "country"]
    if government and countries:
        named = next((n for n in countries if n.text in government.group("of", "owner")), None)
        return named or max(countries, key=lambda n: n.mentions)
    subjects = [
        (m.end(), name)
        for m, name in _mentions(actors, before)
        if not _OBJECT_OF.search(before[: m.start()])
    ]
    if subjects:
        return max(subjects, key=lambda subject: subject[0])[1]
    if pronoun := _PRONOUN_SUBJECT.match(sentence.text):
        word = (pronoun.group("pronoun") or pronoun.group("noun")).lower()
        kinds = _NOUN_KINDS.get(word)
        earlier = [
            (max(text.rfind(form, 0, sentence.start) for form in (n.text, *n.aliases)), n)
            for n in actors
            if kinds is None or n.kind in kinds
        ]
        earlier = [(at, n) for at, n in earlier if at >= 0]
        if earlier:
            return max(earlier, key=lambda pair: pair[0])[1]
    return None


def _clip_words(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0]


def _window(
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


_QUOTED = re.compile(r"[\"“]([^\"”]{12,400})[\"”]")


def find_views(text: str, sentences: list[Sentence], names: list[Name]) -> list[ViewCandidate]:
    """What outside experts (analysts, academics) are reported to think, sentence by sentence."""
    experts = []
    for name in names:
        if name.kind != "person":
            continue
        context = text[name.end : name.end + 120].split(".")[0] + " " + (name.title or "")
        if _EXPERT_CUES.search(context) and not _OFFICIAL_CUES.search(context):
            experts.append(name)
    views: list[ViewCandidate] = []
    speaker: Name | None = None
    for sentence in sentences:
        mentioned = [e for e in experts if next(_mentions([e], sentence.text), None)]
        if mentioned:
            speaker = mentioned[0]
        elif not re.search(rf"\b(?:he|she|they) {_SPEECH}\b", sentence.text):
            speaker = None
        if speaker is None:
            if group := _unnamed_view(sentence):
                views.append(group)
            continue
        if not re.search(rf"\b{_SPEECH}\b|\baccording to\b", sentence.text):
            continue
        quoted = _QUOTED.search(sentence.text)
        quote = quoted.group(1).strip(" ,.") if quoted else None
        view = _reported(sentence.text, quote)
        if not view:
            continue
        start, end = _window(sentence, sentence.start, sentence.start)
        views.append(
            ViewCandidate(
                speaker, _clip_words(view, 200), quote and _clip_words(quote, 200), start, end
            )
        )
    return views


_GROUP = (
    r"\b(?:(?:some|many|other|several|most|independent|outside|legal|industry|market|energy|"
    r"health|climate|security|transport)\s+)*(?:analysts|economists|experts|scientists|"
    r"researchers|academics|strategists|epidemiologists|historians|observers)"
)
_GROUP_SAYS = (
    r"(?:said|say|says|warned|warn|noted|note|predicted|predict|expect|expected|believe|"
    r"argued|argue|cautioned|estimate|estimated)"
)
# "said on Thursday they had..." reports news; a view is not dated.
_GROUP_BEFORE = re.compile(
    rf"(?i){_GROUP}(?:, (?:however|though|meanwhile),)?\s+(?:have |has |had )?{_GROUP_SAYS}\b"
    rf"(?! on | yesterday| today| last )(?: that)?\s+(?P<view>.{{20,}})$"
)
_GROUP_AFTER = re.compile(rf"(?i)^(?P<view>.{{20,}}?),\s+{_GROUP}\s+{_GROUP_SAYS}\.?$")


_OPINION = re.compile(
    r"\b(?:could|would|might|may|should|must|likely|unlikely|probably|expect\w*|risk\w*|too)\b"
)


def _unnamed_view(sentence: Sentence) -> ViewCandidate | None:
    """ "Some economists said X" or "X, analysts warned": a view with no named expert."""
    text = sentence.text.rstrip()
    match = _GROUP_BEFORE.search(text) or _GROUP_AFTER.search(text)
    if match is None or re.search(r"[\"“”]", text):
        return None
    view = match.group("view").strip().rstrip(".")
    if not _OPINION.search(view):
        return None  # "scientists said on Thursday they had used...": news, not a view
    start, end = _window(sentence, sentence.start, sentence.start)
    return ViewCandidate(None, _clip_words(view, 200), None, start, end)


def _reported(sentence: str, quote: str | None) -> str:
    """The reported words of a sentence, without "X said" around them."""
    if quote:
        return quote.rstrip(",.")
    match = re.search(rf"\b{_SPEECH}(?: that)?\s+(.+)$", sentence)
    body = match.group(1) if match and len(match.group(1)) > 20 else sentence
    body = re.sub(rf",? (?:he|she|they|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) {_SPEECH}\.?$", "", body)
    return body.strip().rstrip(".")


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
