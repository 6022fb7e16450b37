"""Names: capitalised runs of the story's sentences (``runs.py``), split into the names they
hold (``splits.py``), merged into one ``Name`` per entity, and typed (``kinds.py``).

Sentences written in Title Case or capitals (headlines, subheads, table rows) carry no evidence
of names, so they give none. Titles come off the front of a name (nameparser's list: "Assistant
Attorney General Anne K. Bingaman"), and so do nationality words ("Italian Giancarlo
Fisichella"); a run that is nothing but a title ("Deputy Prime Minister") is no name.
"""

from __future__ import annotations

import re

from summarizer.extract.aliases import (
    fold_generic,
    join_capital_district,
    merge_acronyms,
    merge_aliases,
    merge_national_forms,
    merge_state_abbreviations,
    merge_variants,
)
from summarizer.extract.areas import story_areas
from summarizer.extract.entity import Name
from summarizer.extract.gazetteer import (
    a_state_follows,
    is_common_word,
    is_demonym,
    is_given_name,
    is_us_state,
    place_kind,
    zipf,
)
from summarizer.extract.kinds import AGED, classify, short_for_a_thing
from summarizer.extract.lexicon import (
    BEFORE_NAMES,
    BODY_OR_PLACE_ENDS,
    BRACKETED_ACRONYM,
    BULLETS,
    COMPASS,
    CONNECTORS,
    GENERATIONS,
    INITIAL,
    LAWS,
    LEGAL_FORMS,
    LEGAL_SUFFIX,
    MEMBERS,
    NEVER_ALONE,
    ORG_PREFIXES,
    ORG_WORDS,
    PLACE_LAST,
    WIRE_AGENCIES,
    words,
)
from summarizer.extract.runs import ACRONYM_IN_BRACKETS, groups, of_prefixes, spelled_after
from summarizer.extract.sentences import Sentence
from summarizer.extract.splits import (
    split_body_office,
    split_body_person,
    split_of,
    split_person_tail,
    split_places,
    title_split,
    title_start,
    without_demonym,
    without_title_after,
)
from summarizer.extract.titles import is_head_title, is_title
from summarizer.extract.tokens import Token, occurrences, story_tokens, trim


def _heads_a_body(words: str, title: str, text: str) -> bool:
    """Whether the story names the body a title heads with ``words`` before it ("Federal
    Highway Administrator Victor Mendez" where it writes "the Federal Highway Administration"):
    the words are part of that body's name, no name of their own."""
    head = title.split()[-1][:6]  # "Administrator" heads an "Administration"
    return any(
        m.group(1) in ORG_WORDS and m.group(1).startswith(head)
        for m in re.finditer(rf"\b{re.escape(words)} ([A-Z]\w+)", text)
    )


_NUMBER_MARK = re.compile(r"(?:No\.|Number):?\s*\d")
# "31st Marine Expeditionary Unit", "1438th Engineer Company", "21st Century Cures Act": the
# number is the unit's name; not "the 26th Prime Minister", "its 45th Anniversary".
_ORDINAL_BEFORE = re.compile(r"\b\d{1,4}(?:st|nd|rd|th) $")
# A military unit's head word, which its number goes with: "1438th Engineer Company" (ordinal
# before), "Marine Aircraft Group 36", "Helicopter Maritime Strike Squadron (HSM) 37" (after).
_UNITS = words(
    "Battalion Wing Squadron Regiment Fleet Infantry Aviation Detachment Airlift Group Brigade "
    "Division Unit Team"
)


def _numbered_unit(part: list[Token], text: str) -> int:
    """Where a unit's name begins: at the ordinal before it, if any."""
    ordinal = _ORDINAL_BEFORE.search(text, max(0, part[0].start - 8), part[0].start)
    last = part[-1].text
    if (
        ordinal
        and not any(t.text in CONNECTORS for t in part)  # "45th Anniversary of Peace Corps"
        and (last in ORG_WORDS | LAWS | _UNITS or re.fullmatch(r"[A-Z]{2,6}", last))
    ):
        return ordinal.start()
    return part[0].start


def _state_after_a_comma(token: Token, text: str) -> bool:
    """Whether a two-letter word is a state's abbreviation after its town: "Fort Knox, Ky.",
    "Beltsville, Md."."""
    return text.endswith(", ", 0, token.start) and a_state_follows(text, token.start - 2)


# What a page shouts above its story: "NEWS Federal Communications Commission 445 12th Street".
_PAGE_LABELS = words("NEWS PRESS RELEASE MEDIA ADVISORY UPDATE STATEMENT")
# Bodies a lone capitalised word names, even where it only opens sentences.
_BODIES_ALONE = words("Congress Parliament Pentagon Kremlin Treasury")
_DASHED_TITLE = re.compile(r"\b(?:Secretary|Director|Commissioner|Administrator) ?[–—-] ?$")


_FIELD_JOINER = re.compile(r"\b(?:and|for|of) $")


def _after_a_title_s_field(group: list[Token], text: str) -> int:
    """Where the person begins in "(Secretary of Labor for Employment and) Training Jane
    Oates", "(Minister of Finance and National) Economy Abdulla Hassan Saif": after the common
    words that end a title's field, a name of two or three words; 0 if not."""
    if len(group) < 3 or group[0].sentence_start or not group[0].text.isalpha():
        return 0
    first = group[0].text
    if is_given_name(first) or not is_common_word(first) or first in ORG_WORDS:
        return 0
    if is_us_state(first) or place_kind(first) == "country":
        return 0  # "(, and) Oregon Department of Fish and Wildlife Director Curt Melcher": a body
    if not _FIELD_JOINER.search(text, max(0, group[0].start - 5), group[0].start):
        return 0
    begins = next(
        (
            i
            for i, t in enumerate(group[1:-1], 1)
            if is_given_name(t.text) or not is_common_word(t.text)
        ),
        0,
    )
    person = group[begins:]
    if (
        not begins
        or len(person) > 3
        or person[0].text in PLACE_LAST  # "(of) National Park Centennial"
        # "(and) Urban Consumers"; not "(and Development) Cardell Cooper"
        or (is_common_word(person[-1].text) and not is_given_name(person[-1].text))
        or person[-1].text in PLACE_LAST  # "(for) Grand Canyon National Park"
        or any(t.text in ORG_WORDS for t in person)
    ):
        return 0
    return begins


def _people_in_capitals(word: str) -> bool:
    """ "Guard Soldiers and Airmen", "Peace Corps Volunteers": a plural of English words for
    people, capitalised in a house style, is no name."""
    singular = re.sub(r"men$", "man", word) if word.endswith("men") else word.removesuffix("s")
    if word in MEMBERS - {"Marines"}:  # "Soldiers and Airmen"; "the Marines" is the corps
        return True
    return (
        word.isalpha()
        and word[1:].islower()
        and singular != word
        and is_common_word(singular)
        and not is_given_name(singular)  # "Roberts" County
        # not "Conservatives", "Democrats", "Socialists": a party's people name the party
        and not singular.endswith(("ive", "al", "an", "ist", "crat"))
        and word not in _BODIES_ALONE
        and word not in ORG_WORDS
        and place_kind(word) is None
        and not is_demonym(word)
    )


def _spelled_by_acronym(group: list[Token], text: str) -> bool:
    after = re.match(r" \(([A-Z]{2,8})\)", text[group[-1].end :])
    return after is not None and after[1] == "".join(
        t.text[0] for t in group if t.text[0].isupper()
    )


_SHORT_FORM_AFTER = re.compile(r" \(([A-Z][^()]{1,40})\)")


def _opens_a_line(token: Token, text: str) -> bool:
    """Whether the token opens a line, perhaps after a bullet ("o At Green Island", a byline
    "By Amber Baillie"): it is capitalised as a sentence's first word is."""
    return _LINE_OPENS.search(text, max(0, token.start - 8), token.start) is not None


_LINE_OPENS = re.compile(rf"(?:^|\n)[ \t{BULLETS}o-]*$")
_PREPOSITIONS = words("At In By On From With")


def _keeps_first_word(group: list[Token], text: str) -> bool:
    """Whether a sentence's first word stays in the name though the story also writes it in
    lower case: it begins a place ("New Zealand said", "(New York, N.Y.)"; not "The U.S."), or
    a body's or place's name ("Federal Highway Administration officials said"; not "Cleanup
    of the Douglas Road")."""
    first = group[0].text
    if _spelled_by_acronym(group, text):
        return True  # "Health and Human Services (HHS) Secretary Kathleen Sebelius"
    short = _SHORT_FORM_AFTER.match(text, group[-1].end)
    if short and len(group) > 2 and short.group(1).split()[0] == group[1].text:
        return False  # "Laboratory Boston Heart Diagnostics Corporation (Boston Heart)": a noun
    if first != "The" and any(
        place_kind(text[group[0].start : group[k].end]) is not None
        for k in range(1, min(len(group), 4))
    ):
        return True
    return (
        first not in NEVER_ALONE
        and first[1:].islower()
        and len(group) > 1
        and group[1].text not in CONNECTORS
        and group[-1].text in BODY_OR_PLACE_ENDS
    )


# The lower-case word after a place that names its kind, and belongs to its name.
# Not "California sea otters": the word names the area only where no noun follows it.
_AREA_NOUN = re.compile(
    r" (?:prefecture|province|district|county|station|sea|airport)\b"
    r"(?!\s+(?!(?:in|of|and|on|near|to|at|off|from|with|is|was|were|has|had)\b)[a-z])"
)


# "James F. Ports, Jr.", "Red Rock Resorts, Inc.", "Station Holdco, LLC"
# "A. Lee Bentley, III": a generation in Roman numerals takes no full stop; "Capital One, N.A.":
# a national bank
_NAME_SUFFIX = re.compile(
    rf",? (?:{'|'.join(GENERATIONS)})\.|,? (?:II|III|IV)\b(?!\.\w)|,? {LEGAL_SUFFIX}(?:\.|\b)"
    r"|(?: \([A-Z]{2,4}\))?, N\.A\."
)


# The number of an agency's region or district, part of its name: "EPA Region 7", "Region III".
_AREA_NUMBER = re.compile(r" (?:\d{1,2}|[IVX]{1,4})\b(?![.,]\d)")
# "Marine Aircraft Group 36", "Helicopter Maritime Strike Squadron (HSM) 37": a unit's number,
# after its acronym if any, is part of its name; not "the Group 2007 report" (a year).
_UNIT_NUMBER = re.compile(rf"(?:{BRACKETED_ACRONYM})? \d{{1,3}}\b(?![.,:/-]\d| percent| million)")


# "Naval Facilities Engineering Command (NAVFAC) Southeast": a body's regional command, its
# acronym between the body's name and the region's; not "(USACE) Pacific Ocean Division".
_REGIONAL_COMMAND = re.compile(
    rf"{BRACKETED_ACRONYM} (?:Southeast|Southwest|Northeast|Northwest|Mid-Atlantic|Pacific|"
    r"Atlantic|Midwest|Marianas)\b(?! [A-Z])"
)


# "University of Alabama at Birmingham": a state university's campus is part of its name.
_CAMPUS = re.compile(r" at [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b")


_SLASHED_ACRONYMS = re.compile(r"[A-Z]{2,6}(?:/[A-Z]{2,6})+")


# A trade's word, rarer than "Copper" or "Lower" ("Copper River Chinook"), not a ship's
_TRADE = re.compile(r"[A-Z][a-z]+(?:ian|man|er|ist|or|ant)")
_VESSELS = words("Cutter Tanker Freighter Trawler")


def _who_he_is_first(group: list[Token]) -> bool:
    """Whether the group's first word says who the person after it is, and is no part of the
    name: "Academic Peter Mandaville, of Georgetown University" (a common word opening the
    sentence), "Veterinarian Michael Paul Good", "Olympian Steph Rice" (a trade's word)."""
    if not (
        len(group) > 2
        and not is_given_name(group[0].text)
        and not is_head_title(group[0].text)
        and group[0].text not in ORG_WORDS
        and place_kind(group[0].text) is None
        and is_given_name(group[1].text)
        and group[2].text not in CONNECTORS
    ):
        return False
    opening_word = (
        group[0].sentence_start
        and group[0].text.isalpha()  # not "St. Clair Public School"
        and is_common_word(group[0].text)
        # not "National Park Service", "Grand Canyon National Park": a body or a place
        and group[-1].text not in BODY_OR_PLACE_ENDS
    )
    trade = (
        _TRADE.fullmatch(group[0].text) is not None
        and 2.0 <= zipf(group[0].text.lower()) < 4.0
        and group[0].text not in _VESSELS
        and place_kind(group[1].text) is None  # not "Lower Missouri River Basin"
        and not any(t.text in ORG_WORDS for t in group)
    )
    return bool(opening_word or trade)


def find_names(text: str, sentences: list[Sentence]) -> list[Name]:
    """Every name-like span of the sentences, merged into one ``Name`` per entity, in order of
    first mention."""
    lowered = {w.lower() for w in re.findall(r"\b[a-z][\w'’-]*", text)}
    found: dict[str, Name] = {}
    order: list[str] = []
    employers: set[str] = set()  # named before a title: "MCC CEO John Danilovich"
    areas = story_areas(text, sentences)
    suffixed = -1  # where the last name's suffix ended: "(USA), N.A." is no name of its own
    for group in groups(text, story_tokens(text, sentences)):
        if group[0].start < suffixed:
            continue
        if len(group) > 1 and group[-1].text in ("Counties", "Parishes"):
            group = group[:-1]  # "Marshall, and Winston Counties"
        shouted = all(t.text.isupper() for t in group)  # "THE HAGUE" in a dateline
        # A title ("Transport Secretary Olivia Grant") keeps its capitals at a sentence start.
        split = title_split(group)
        while (
            group[split:]
            and (
                group[0].sentence_start
                or (group[0].text in _PREPOSITIONS and _opens_a_line(group[0], text))
            )
            and not shouted
            and (group[0].text in NEVER_ALONE or (group[0].text.lower() in lowered and not split))
            and not _keeps_first_word(group, text)
            # "President Biden intends to ...": a title opening the sentence stays the name's.
            and not (split and (is_title(group[0].text) or is_head_title(group[0].text)))
        ):
            group = trim(group[1:])
            split = title_split(group) if split else 0
        if (
            len(group) > 2
            and group[0].sentence_start
            and not ORG_PREFIXES.match(text[group[0].start : group[-1].end])
            and group[1].text in CONNECTORS
            and is_common_word(group[0].text)
            and group[0].text not in ORG_WORDS
            and not is_head_title(group[0].text)
            # not "Health and Human Services Secretary Kathleen Sebelius", nor "Health and
            # Human Services (HHS)", which its acronym spells
            and not (group[1].text == "and" and title_split(group) > 2)
            and not _spelled_by_acronym(group, text)
        ):
            group = trim(group[2:])  # "Leaders of the G8", "Members of Parliament"
        while group and group[0].text in BEFORE_NAMES:
            group = trim(group[1:])
        if (
            len(group) > 1
            and group[0].text in ("A", "An")
            and place_kind(text[group[0].start : group[-1].end]) is None
        ):
            # "newsroom@ci.irs.gov A Lavaca, Arkansas, man": an article where no stop showed
            # the sentence's start ("A Coruña" is a place)
            group = group[1:]
        if group and _DASHED_TITLE.search(text, max(0, group[0].start - 40), group[0].start):
            # "Assistant Secretary – Indian Affairs John Tahsuda": the title's field, then him
            # ("Indian Affairs Aurene M. Martin": a first name the lists lack, before an initial)
            given = next(
                (
                    i
                    for i, t in enumerate(group)
                    if is_given_name(t.text)
                    or (i + 1 < len(group) and INITIAL.fullmatch(group[i + 1].text))
                ),
                0,
            )
            group = group[given:] if len(group) - given >= 2 else group
        the = next((i for i, t in enumerate(group[:3]) if t.text == "The"), None)
        if (
            the is not None
            and len(group) > the + 1
            and (
                (len(group) > the + 2 and group[-1].text in ORG_WORDS)
                or place_kind(text[group[the + 1].start : group[-1].end]) == "country"
            )
        ):
            # "NEWS The Federal Communications Commission", "The Philippines": a missed start
            group = group[the + 1 :]
        elif len(group) > 2 and group[0].text in _PAGE_LABELS and group[1].text[1:].islower():
            group = group[1:]  # "NEWS Federal Communications Commission": the page's label
        if len(group) > 2 and group[-1].text in MEMBERS and group[-2].text in ORG_WORDS:
            group = group[:-1]  # "Peace Corps Volunteers", "National Guard Soldiers": the body
        if (
            len(group) > 1
            and group[0].sentence_start
            and group[0].text.endswith("ing")
            and is_common_word(group[0].text)
            and place_kind(group[0].text) is None  # not "Beijing", "Reading"
            and group[1].text not in CONNECTORS
        ):
            group = group[1:]  # "Visiting Driggs Elementary School, Spellings said"
        if _who_he_is_first(group):
            group = group[1:]
        if given := _after_a_title_s_field(group, text):
            group = group[given:]
        group = without_demonym(group, text)
        # "Office of Juvenile Justice and Delinquency Prevention (OJJDP)": the acronym after it
        # spells the whole group, so "Justice" inside it is the body's field, not a judge.
        split = 0 if group and spelled_after(group, text) else title_split(group)
        if (
            not group
            or split == len(group)  # "Vice President for Country Programs"
            or (
                all(
                    is_title(t.text) or is_head_title(t.text) or t.text in CONNECTORS for t in group
                )
                and any(is_head_title(t.text) for t in group)
                and not any(t.text in ORG_WORDS for t in group)  # "Department of Justice"
                # "United States", "Prime Minister of the United Kingdom": a country is named
                and not any(place_kind(text[t.start : group[-1].end]) for t in group)
            )
        ):
            continue  # "Deputy Prime Minister", "State Attorneys General": a title, no name
        if (
            2 < len(group) <= 4
            and is_head_title(group[0].text)
            and is_head_title(group[-1].text)
            and not any(is_given_name(t.text) for t in group[1:-1])
        ):
            continue  # "USAID's Chief Innovation Officer": a title from head to head
        title = None
        if split:
            title_tokens, group = group[:split], group[split:]
            head = [t for t in title_tokens if t.text[0].isupper()]
            # "Secretary of Veterans Affairs": the title begins before its head word.
            heads = [i for i, t in enumerate(head) if is_head_title(t.text)]
            begins = title_start(head[: heads[-1] + 1] if heads else head)
            title = text[head[begins].start : title_tokens[-1].end]
            org = trim(head[:begins])
            org_text = text[org[0].start : org[-1].end] if org else ""
            if (
                len(org) > 1
                and place_kind(org[0].text) == "country"
                and all(is_common_word(t.text) and t.text not in ORG_WORDS for t in org[1:])
            ):
                # "U.S. Transportation Secretary Mary E. Peters": the country, then the field
                _add(found, order, org[0].text, org[0].start, None, False)
            elif (
                org
                and not is_demonym(org[0].text)
                and place_kind(org_text) is None
                and not _heads_a_body(org_text, title, text)
            ):
                # "Bank of Canada Governor Claire Dubois", "EPA Administrator Stephen Johnson"
                _add(found, order, org_text, org[0].start, None, False)
                employers.add(org_text)
            elif org and place_kind(org_text) is not None:
                # "U.S. Secretary of State Hillary Rodham Clinton", "London Mayor Ken
                # Livingstone": the place is named too.
                _add(found, order, org_text, org[0].start, None, False)
            if re.search(r"\b(?:of|for)(?: the)?$", title):
                title = None  # "President of the Federative Republic of Brazil": a body
        if title is None and not (
            # "Michele Sergeant, 31, of Queens", "held by Oona King", "Richard K. Bishop said": a
            # first name (and initials), then a family name that is a title; not "Georgia
            # Governor", a place's
            len(group) >= 2
            and is_given_name(group[0].text)
            and place_kind(group[0].text) is None
            and all(INITIAL.fullmatch(t.text) for t in group[1:-1])
        ):
            group = without_title_after(group)
        if (
            shouted
            and (len(group) > 1 or len(group[0].text) > 6)
            and not _SLASHED_ACRONYMS.fullmatch(group[0].text)  # "USAID/OFDA has pledged"
            and group[0].start > 60
            # "DONDRE MORGAN, age 32, of Houma": a release writes its defendant in capitals
            and not AGED.match(text, group[-1].end)
        ):
            continue  # shouted words inside the story ("SYSTEM NOTICE"), not the dateline
        if len(group) == 1 and (
            group[0].text in NEVER_ALONE | WIRE_AGENCIES | COMPASS  # "AP"; "Western nations"
            or _is_common(group[0].text)
            or len(group[0].text) < 2
            or (
                len(group[0].text) < 3
                and not group[0].text.isupper()
                and not _state_after_a_comma(group[0], text)
            )
            or re.search(r"-[a-z]+$", group[0].text)  # "Venezuelan-led"
            or (re.search(r"\d", group[0].text) and not _NUMBERED.match(group[0].text))
        ):
            continue
        if len(group) == 1 and group[0].text.rstrip(".") in (
            *GENERATIONS,
            *LEGAL_FORMS,
            "St",
            "II",
            "III",
            "IV",
        ):
            continue  # "James F. Ports, Jr.": the name's suffix, kept with it below; "12th St."
        for part in split_places(
            split_person_tail(
                split_body_person(split_body_office(split_of(group, title is not None, text)))
            )
        ):
            if text[part[0].start : part[-1].end] in WIRE_AGENCIES or _NUMBER_MARK.match(
                text, part[-1].start
            ):
                continue  # "AP"; "Case No.: 1:22-cv-00430", "Docket No. 12", "Case Number 3:13"
            suffix = _NAME_SUFFIX.match(text, part[-1].end)
            if suffix is not None and len(part) == 1 and suffix.group().endswith(("Jr.", "Sr.")):
                suffix = None  # "Gencorp, Inc." is the company; a lone "Smith, Jr." no name
            if suffix is None and part[-1].text in ("Region", "District") and len(part) > 1:
                suffix = _AREA_NUMBER.match(text, part[-1].end)  # "EPA Region 7", "Region III"
            if suffix is None and part[-1].text in _UNITS and len(part) > 1:
                suffix = _UNIT_NUMBER.match(text, part[-1].end)
            if suffix is None and len(part) > 1:
                suffix = _REGIONAL_COMMAND.match(text, part[-1].end)
            if suffix is None and text[part[0].start : part[-1].end].startswith("University of"):
                suffix = _CAMPUS.match(text, part[-1].end)
            start = _numbered_unit(part, text)
            suffixed = suffix.end() if suffix else suffixed
            _add(
                found,
                order,
                text[start : suffix.end() if suffix else part[-1].end],
                start,
                title,
                part[0].sentence_start and start == part[0].start,
            )
            title = None
    names = [found[k] for k in order]
    for area, start in areas.items():  # "Gray" and "Moore" are names only as counties
        if area not in found:
            found[area] = Name(area, start, start + len(area), initial=False)
            at = next((i for i, n in enumerate(names) if n.start > start), len(names))
            names.insert(at, found[area])
    for caps in [n for n in names if n.text.isupper() and len(n.text) > 3]:
        twin = next((n for n in names if n.text.upper() == caps.text and n is not caps), None)
        if twin is not None:  # the dateline's "LEEDS" is the story's "Leeds"
            twin.aliases.add(caps.text)
            twin.mentions += caps.mentions
            del found[caps.text]
    names = [n for n in names if n.text in found]
    merge_aliases(names, text)
    # A lone word that only ever opens sentences, or that the story also writes in lower case,
    # is a capitalised common word ("Turnout", a table's "Mining", "113 Special Agents and
    # Pilots").
    names = [
        n
        for n in names
        if found.get(n.text) is n
        and not (
            (n.initial or (n.text.lower() in lowered and not is_given_name(n.text)))
            and " " not in n.text
            and not n.text.isupper()
            and place_kind(n.text) is None
            and zipf(n.text.lower()) >= UNKNOWN_ZIPF  # "Surono said": no English word
            and not re.search(r"[a-z][A-Z]", n.text)  # "AmeriCorps", "FedEx": a brand's capitals
            and n.text not in _BODIES_ALONE  # "Congress included the $12.9 million"
            and n.text not in areas  # "floods: Crawford, Hancock and Putnam" (counties)
        )
        and not _people_in_capitals(n.text)
    ]
    _add_spelled_runs(text, names)
    merge_national_forms(names)
    merge_variants(names)
    merge_acronyms(names, text)
    merge_state_abbreviations(names, text)
    join_capital_district(names, text)
    fold_generic(names)
    for n in names:
        n.kind, n.venue = classify(text, n.text, n.aliases, n.title is not None, n.end)
        if n.kind is None and n.text in employers and n.text.isupper():
            n.kind = "organization"
        if n.text in areas:
            n.kind = "place"
        if n.kind == "place" and (noun := _AREA_NOUN.match(text, n.end)):
            n.aliases.add(n.text)  # "Hyogo prefecture", "Liverpool Street station"
            n.end = noun.end()
            n.text = text[n.start : n.end]
    _add_towns_of_bodies(text, names)
    places = [n.text for n in names if n.kind in ("place", "country")]
    for n in names:
        if (
            n.kind is None
            and " " not in n.text
            and not n.text.isupper()
            and _listed_beside(n.text, places, text, _JOINER)
        ):
            n.kind = "place"  # "between Leeds and Manchester"
    _type_listed_acronyms(text, names)
    return names


def _add_spelled_runs(text: str, names: list[Name]) -> None:
    """A bracketed acronym's name where a possessive or a small word split it into runs: "U.S.
    President's Emergency Plan for AIDS Relief (PEPFAR)", "Asian Americans for Community
    Involvement (AACI)"; the runs inside it are no names of their own."""
    forms = {form for n in names for form in n.forms}
    for bracket in ACRONYM_IN_BRACKETS.finditer(text):
        acronym = bracket.group(1)
        run = _SPLIT_RUN.search(text, max(0, bracket.start() - 160), bracket.start() + 1)
        if run is None:
            continue
        starts = [m.start() for m in re.finditer(r"(?<![\w.’'-])[A-Z]", run.group())]
        spelled = next(
            (
                text[run.start() + at : bracket.start()]
                for at in reversed(starts)
                if of_prefixes(acronym, _initial_words(text[run.start() + at : bracket.start()]))
            ),
            None,
        )
        if (
            spelled is None
            or not _SPLITS_A_RUN.search(spelled)
            # "Under Secretary ... for Intellectual Property and Director of the U.S. Patent and
            # Trademark Office (USPTO)": a title holds no body's name
            or any(is_head_title(word) for word in spelled.split())
        ):
            continue
        begin = bracket.start() - len(spelled)
        if country := re.search(r"\b(?:U\.S\.|US) $", text[max(0, begin - 5) : begin]):
            spelled = text[begin - len(country.group()) : bracket.start()]  # "U.S. President’s"
        if spelled in forms:
            continue
        spots = list(occurrences(spelled, text))
        start = spots[0].start()
        name = Name(spelled, start, start + len(spelled), initial=False)
        name.mentions = len(spots)
        inside = [
            n
            for n in names
            if n.text != acronym
            and all(
                any(s.start() <= m.start() < s.end() for s in spots)
                for m in occurrences(n.text, text)
            )
        ]
        for n in inside:
            names.remove(n)
        names.insert(next((i for i, n in enumerate(names) if n.start > start), len(names)), name)
        forms.add(spelled)


# Capitalised words, with the possessives and small words that split a name into runs.
_SPLIT_RUN = re.compile(r"(?:[A-Z][\w.&-]*(?:['’]s)? (?:(?:for|of|and|the|on|in|&) )*)+$")
_SPLITS_A_RUN = re.compile(r"['’]s | for ")


def _initial_words(run: str) -> list[str]:
    """The words of a run that may give an acronym its letters, in capitals, without a leading
    country ("U.S.") or a possessive's "s"."""
    words = re.findall(r"[A-Za-z][\w.&-]*", re.sub(r"['’]s\b", "", run))
    if words and words[0] in ("U.S.", "US", "The"):
        words = words[1:]
    return [w.upper() for w in words]


def _type_listed_acronyms(text: str, names: list[Name]) -> None:
    """An acronym listed beside a body is a body too: "FBI, DEA, ATF, U.S. Marshals",
    "Homeland Security Investigations (HSI), the FBI, and the Drug Enforcement Administration";
    one found so may be the neighbour that types the next. Not an act's short name ("Under
    ARRA, the Economic Development Administration")."""
    bodies = [n.text for n in names if n.kind == "organization"]
    open_acronyms = [
        n
        for n in names
        if n.kind is None
        and re.fullmatch(r"[A-Z]{2,6}", n.text)
        and not short_for_a_thing(n.text, text)
    ]
    while found := [n for n in open_acronyms if _listed_beside(n.text, bodies, text)]:
        for n in found:
            n.kind = "organization"
            bodies.append(n.text)
            open_acronyms.remove(n)


# Between two names of a list: ", ", " and ", " or ", ", and "; for a body, also "and the",
# ", or the U.S. " and after a bracketed short name ("Homeland Security Investigations (HSI),
# the FBI").
_JOINER = r"(?:,|,? and| or) "
_LIST_JOINER = rf"(?:{BRACKETED_ACRONYM})?(?:,|,? and|,? or)(?: the)? (?:[A-Z][\w.]* ){{0,2}}?"


def _listed_beside(name: str, others: list[str], text: str, joiner: str = _LIST_JOINER) -> bool:
    """Whether ``name`` stands in a list ("A, B and C") next to one of ``others``."""
    if not others:
        return False
    either = "|".join(map(re.escape, others))
    after = re.compile(rf"{joiner}(?:{either})")
    before = re.compile(rf"(?:{either}){joiner}$")
    return any(
        after.match(text, m.end()) or before.search(text, max(0, m.start() - 200), m.start())
        for m in occurrences(name, text)
    )


_BODY_OF_A_TOWN = re.compile(
    r"(?:The )?(?:City|Town|Village|Municipality|Borough|Township) of (?P<town>[A-Z][\w.'’-]*"
    r"(?: [A-Z][\w.'’-]*){0,2})"
)


def _add_towns_of_bodies(text: str, names: list[Name]) -> None:
    """ "The City of Sioux Falls" is a body, and names the town too: the town is a place the
    story names, where the gazetteers know it."""
    known = {form for n in names for form in n.forms}
    for n in list(names):
        body = _BODY_OF_A_TOWN.fullmatch(n.text)
        if n.kind != "organization" or body is None or body["town"] in known:
            continue
        if place_kind(body["town"]) not in ("city", "region"):
            continue
        start = n.start + body.start("town")
        if text[start : start + len(body["town"])] != body["town"]:
            continue
        town = Name(body["town"], start, start + len(body["town"]), kind="place", initial=False)
        names.insert(names.index(n) + 1, town)
        known.add(town.text)


# A word rarer than this is in no English text: a name even where it opens every sentence.
UNKNOWN_ZIPF = 1.0
# "G8", "G20", "COP28", "F1": names with digits.
_NUMBERED = re.compile(r"^[A-Z]{1,4}-?\d{1,3}$")


def _is_common(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z]+", word)) and is_demonym(word) and len(word) > 4


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
