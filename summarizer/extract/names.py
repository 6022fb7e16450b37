"""Names: capitalised runs of the story's sentences, merged into one ``Name`` per entity, and
typed (``kinds.py``).

Sentences written in Title Case or capitals (headlines, subheads, table rows) carry no evidence
of names, so they give none. Titles come off the front of a name (nameparser's list: "Assistant
Attorney General Anne K. Bingaman"), and so do nationality words ("Italian Giancarlo
Fisichella"); a run that is nothing but a title ("Deputy Prime Minister") is no name.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.extract.aliases import (
    acronyms_of,
    fold_generic,
    join_capital_district,
    merge_acronyms,
    merge_aliases,
    merge_national_forms,
    merge_state_abbreviations,
    merge_variants,
)
from summarizer.extract.entity import Name
from summarizer.extract.gazetteer import (
    RARE_ZIPF,
    demonym_phrases,
    is_common_word,
    is_demonym,
    is_given_name,
    is_surname,
    just_english_words,
    place_kind,
    zipf,
)
from summarizer.extract.kinds import (
    AGED,
    a_state_follows,
    classify,
    is_head_title,
    is_title,
    is_us_state,
    short_for_a_thing,
)
from summarizer.extract.lexicon import (
    AREA_TITLES,
    BEFORE_NAMES,
    BRACKETED_ACRONYM,
    COMPASS,
    CONNECTORS,
    COURT_DISTRICT,
    DEGREES,
    GENERATIONS,
    INITIAL,
    LEGAL_FORMS,
    LEGAL_SUFFIX,
    MEMBERS,
    MONTHS,
    NEVER_ALONE,
    ORG_PREFIXES,
    ORG_WORDS,
    PLACE_FIRST,
    PLACE_LAST,
    THING_WORDS,
    WEEKDAYS,
    WIRE_AGENCIES,
    words,
)
from summarizer.extract.sentences import Sentence
from summarizer.extract.tokens import Token, occurrences, story_tokens


def _capitalised(word: str) -> bool:
    return word[0].isupper() or _PARTICLE_CAPITAL.match(word) is not None


# A lower-case particle joined to a capital goes on in a name: "Côte d'Ivoire", "al-Assad",
# "Lee dePalo"; "Chargé d’Affaires" stays the title it is.
_PARTICLE_CAPITAL = re.compile(
    r"(?:[dl]['’](?!Affaires)|(?:al|el|ad|ar|as|ash|at|az|ud|ul)-|(?:de|di|da|du|van|von))[A-Z][a-z]"
)


_INITIAL_AND_NAME = re.compile(r" [A-Z]\. [A-Z][a-z]")
_NAME_AFTER = re.compile(r" [A-Z][a-z]+\b(?! \d)")


def _first_name_and_initial(current: list[Token]) -> bool:
    """Whether the run so far ends in a first name and an initial ("Elbert W.")."""
    return (
        len(current) >= 2
        and INITIAL.fullmatch(current[-1].text) is not None
        and is_given_name(current[-2].text)
    )


# Words that open a clause and continue no name ("Michael Goodman As the 2006 hurricane season").
_CLAUSE_OPENERS = words("As When While Although Because If Yesterday These He She They We")
# Words of one name are apart by a space, or " & " ("Florida Fish & Wildlife Conservation
# Commission"); a name broken across lines ("Food and Drug / Administration") cannot be quoted
# as one, so it is not joined.
_JOIN = re.compile(r"['’]? ?| & ")
_NICKNAME_END = re.compile(r"[”\")] [A-Z]")
_DIGIT_AFTER = re.compile(r"\s*\d")


def _a_campus(current: list[Token], token: Token) -> bool:
    """'University of North Carolina at Pembroke': a university's campus is one name."""
    return token.text == "at" and current[0].text == "University" and current[1:2] != []


def _heads_a_body(words: str, title: str, text: str) -> bool:
    """Whether the story names the body a title heads with ``words`` before it ("Federal
    Highway Administrator Victor Mendez" where it writes "the Federal Highway Administration"):
    the words are part of that body's name, no name of their own."""
    head = title.split()[-1][:6]  # "Administrator" heads an "Administration"
    return any(
        m.group(1) in ORG_WORDS and m.group(1).startswith(head)
        for m in re.finditer(rf"\b{re.escape(words)} ([A-Z]\w+)", text)
    )


def _groups(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Runs of capitalised words, joined by spaces or connectors ("Bank of Canada")."""
    groups: list[list[Token]] = []
    current: list[Token] = []
    pending: list[Token] = []  # connectors seen since the last capitalised word
    nick: Token | None = None
    for token in tokens:
        gap = text[(pending or current)[-1].end : token.start] if current else ""
        # "U.S. Attorney’s Office for the Western District", "Sheriff's Office": one body.
        office = (
            bool(current)
            and token.text == "Office"
            and gap in ("’s ", "'s ")
            and is_head_title(current[-1].text)
            # not "Department of Justice’s Office of Justice Programs": a body's office
            and not (len(current) >= 2 and current[-2].text == "of")
        )
        # "Kevin J.\nO’Connor": a name goes on past a line break after its initial
        broken = (
            bool(current)
            and gap == "\n"
            and not pending
            and INITIAL.fullmatch(current[-1].text) is not None
        )
        joined = (
            bool(current)
            and (_JOIN.fullmatch(gap) is not None or office or broken)
            and (not (pending or current)[-1].possessive or office)
            # "Agency for ...", "Centers for Disease Control", "Secretary for Rural
            # Development": not "aid for Kenya".
            and not (
                token.text == "for"
                and current[-1].text not in ORG_WORDS
                and current[-1].text.removesuffix("s") not in ORG_WORDS
                and not is_head_title(current[-1].text)
            )
        )
        if token.text == "government" and gap == " " and not pending:
            nation = current[1:] if current[:1] and current[0].text == "The" else current
            if _nation(text, nation):
                groups.append([*nation, token])  # "the Ethiopian government": the state, named
                current = []
                continue
        # 'Clarence “Bud” Albright', "Anita J. (Janie) Dunning": a nickname in quotation marks
        # or brackets inside a person's name
        nickname = (
            bool(current)
            and not pending
            and (
                is_given_name(current[-1].text) or _INITIALS.fullmatch(current[-1].text) is not None
            )
            and (gap in (" “", ' "') or (gap == " (" and not token.text.isupper()))  # not "(DOJ)"
            and _NICKNAME_END.match(text, token.end) is not None
        )
        after_nickname = bool(current) and current[-1] is nick and gap in ("” ", '" ', ") ")
        nick = token if nickname else None
        joined = joined or nickname or after_nickname
        # "Acting NIST Director Willie May": a month after a first name is a surname;
        # "Elbert W. Friday Jr.": so is a weekday after a first name and an initial
        # ("Willie E. May": a month after a first name and an initial too)
        surname = (
            bool(current)
            and not pending
            and gap == " "
            and (
                (
                    token.text in MONTHS
                    and (is_given_name(current[-1].text) or _first_name_and_initial(current))
                    and place_kind(current[-1].text) is None
                    and not _DIGIT_AFTER.match(text, token.end)
                )
                or (token.text in WEEKDAYS and _first_name_and_initial(current))
                # "Provincial Minister Sher Jan Baloch": a month between two names is a name
                or (
                    token.text in MONTHS
                    and not is_title(current[-1].text)
                    and not is_head_title(current[-1].text)
                    and _NAME_AFTER.match(text, token.end) is not None
                )
            )
        )
        # "June W. Stansbury, Special Agent in Charge": a month before an initial and a
        # family name is a first name
        first_name = token.text in MONTHS and _INITIAL_AND_NAME.match(text, token.end) is not None
        if (
            _capitalised(token.text)
            and (token.text not in MONTHS | WEEKDAYS or surname or first_name)
            and token.text.rstrip(".") not in DEGREES  # "Jane E. Henney, M.D."
        ):
            # "Michael Goodman As the 2006 hurricane season approaches": a caption's name run
            # into the story, whose first word opens a clause and no name.
            opener = token.text in _CLAUSE_OPENERS
            if (
                current
                and joined
                and not opener
                and (not token.sentence_start or nickname or after_nickname or broken)
            ):
                current.extend(pending)
                current.append(token)
            else:
                if current:
                    groups.append(current)
                current = [token]
            pending = []
        elif (
            current
            and joined
            and (token.text in CONNECTORS or _a_campus(current, token))
            and len(pending) < 2
            # "Secretary of the Interior", but not "after Hurricane Sandy the SBA reached"
            and (token.text not in ("the", "los", "las") or bool(pending))
        ):
            pending.append(token)
        else:
            if current:
                groups.append(current)
            current, pending = [], []
    if current:
        groups.append(current)
    return [
        g
        for part in _field_lists(groups, text)
        for spelled in _split_spelled_body(part, text)
        for g in _split_and(spelled, text)
    ]


def _field_lists(groups: list[list[Token]], text: str) -> list[list[Token]]:
    """'Bureau of Population, Refugees and Migration', 'Bureau of Alcohol, Tobacco, Firearms
    and Explosives': a body named by the list of its fields, commas and all."""
    out: list[list[Token]] = []
    i = 0
    while i < len(groups):
        group = groups[i]
        head = group[-3:]  # "(Agents of the) Bureau of Alcohol": the body the fields are of
        body_of = _body_of(group)
        end = i + 1
        while body_of and end < len(groups) and len(groups[end]) == 1:
            end += 1  # the list's single fields: ", Tobacco, Firearms"
        fields = groups[i + 1 : end + 1]
        if (
            body_of
            and end < len(groups)
            and [t.text for t in groups[end]][1:2] == ["and"]
            and len(groups[end]) == 3
            and all(text[a[-1].end : b[0].start] == ", " for a, b in pairwise([group, *fields]))
            # fields are English words, not "Department of Labor, Britain and France"
            and all(
                zipf(t.text.lower()) >= RARE_ZIPF and place_kind(t.text) is None
                for t in [head[2], *[t for f in fields for t in f if t.text != "and"]]
            )
        ):
            out.append([t for part in [group, *fields] for t in part])
            i = end + 1
        elif oxford := _oxford_list(groups, i, text):
            out.append([t for part in groups[i : oxford + 1] for t in part])
            i = oxford + 1
        else:
            out.append(group)
            i += 1
    return out


def _oxford_list(groups: list[list[Token]], i: int, text: str) -> int:
    """Where a name that lists its fields with a comma before "and" ends: "Coronavirus Aid,
    Relief, and Economic Security Act", "National Heart, Lung, and Blood Institute", "Bureau
    of Alcohol, Tobacco, Firearms, and Explosives"; 0 if
    the run of groups from ``i`` is no such name."""
    end = i + 1
    while end < len(groups) and len(groups[end]) == 1 and _gap(groups, end, text) == ", ":
        end += 1
    if end == i + 1 or end >= len(groups) or _gap(groups, end, text) != ", and ":
        return 0
    last = groups[end][-1].text
    fields = [t for g in groups[i + 1 : end] for t in g]
    # "Bureau of Alcohol, Tobacco, Firearms, and Explosives": a body of its fields
    body_of = _body_of(groups[i]) and len(groups[end]) == 1
    if (last in ORG_WORDS or last in _LAWS or body_of) and all(
        zipf(t.text.lower()) >= RARE_ZIPF and place_kind(t.text) is None for t in fields
    ):
        return end
    return 0


def _body_of(group: list[Token]) -> bool:
    """Whether the group ends in a body and its first field: "Bureau of Alcohol"."""
    return len(group) >= 3 and group[-2].text == "of" and group[-3].text in ORG_WORDS


def _gap(groups: list[list[Token]], at: int, text: str) -> str:
    return text[groups[at - 1][-1].end : groups[at][0].start]


# Laws and the grants and programmes they fund are named whole, "and" included.
_LAWS = words(
    "Act Law Bill Treaty Agreement Agreements Accord Declaration Protocol Constitution Grant "
    "Grants Program Programs Programme Initiative Rule Rules Regulations"
)


def _split_and(group: list[Token], text: str) -> list[list[Token]]:
    """'Britain and France' is two names; 'Flood Forecasting and Warning Centre' is one, but
    'the Union and the Authority' and 'Westinghouse Electric and Infinity Broadcasting' are
    two, unless an acronym after them spells the whole ('Water and Sewer Authority (WASA)').
    A law ends as one too: 'Small Business Liability Relief and Brownfields Revitalization Act',
    and so does a grant: 'WaterSMART Water and Energy Efficiency Grants'."""
    after = {id(a): b.text for a, b in pairwise(group)}
    breaks = ("and", "in", "on")
    words = [t.text for t in group]
    # "the Cheyenne and Arapaho Tribes in Oklahoma", "the Office of Juvenile Justice and
    # Delinquency Prevention in Washington": the place after "in" goes first, and the words
    # before it are weighed as a name of their own.
    where = max((i for i, w in enumerate(words[1:-1], 1) if w == "in"), default=0)
    if (
        where
        and "and" in words[:where]
        and (
            words[where - 1] in ORG_WORDS
            or _plural_org_word(words[where - 1])
            or _of_before_and(words[:where])
        )
        and place_kind(text[group[where + 1].start : group[-1].end]) is not None
    ):
        return [*_split_and(group[:where], text), group[where + 1 :]]
    # "the U.S. Department of Justice and U.S. Department of Health and Human Services": a
    # body "of" its field, then "and" before another body's country or head word
    for i, word in enumerate(words[2:-2], 2):
        if (
            word == "and"
            and any(a in ORG_WORDS and b == "of" for a, b in pairwise(words[:i]))
            and (
                words[i + 1] in ("U.S.", "US")
                or (words[i + 1] in ORG_WORDS and words[i + 2] in ("of", "for"))
            )
        ):
            return [*_split_and(group[:i], text), *_split_and(group[i + 1 :], text)]
    # "Westinghouse Electric and Infinity Broadcasting": two names that each end as one.
    # But "Securities and Exchange Commission": a lone field word before "and" ends no name.
    lead = len(group) - len(_bare(group))
    whole_before = any(
        a.text in ORG_WORDS
        and b.text == "and"
        and not (i == lead and len(group) - i - 2 >= 2 and group[-1].text in ORG_WORDS)
        # "Office of Research and Development": the word opens the office's field
        and not (i > 0 and group[i - 1].text in ("of", "for", "on"))
        for i, (a, b) in enumerate(pairwise(group))
    )
    law = group[-1].text in _LAWS

    before = {id(b): a.text for a, b in pairwise(group)}

    def breaks_at(token: Token) -> bool:
        if whole_before and token.text == "and" and before.get(id(token)) not in ORG_WORDS:
            return False  # "U.S. Fish and Wildlife Service and U.S. Geological Survey": two
        if token.text == "on" and before.get(id(token)) in ORG_WORDS:
            return False  # "Office on Violence Against Women", "Committee on Foreign Affairs"
        return token.text in breaks and after.get(id(token)) != "Charge"  # "Agent in Charge"

    split = _title_split(group)
    if (
        not any(breaks_at(t) for t in group)
        # "Housing and Urban Development Secretary Andrew Cuomo": a department, then a title;
        # but "Britain and France President Macron" names two countries.
        or (
            "and" in words[:split]
            and not any(breaks_at(t) for t in group[split:])
            and (
                all(
                    is_common_word(w) and place_kind(w) is None and not is_head_title(w)
                    # "U.S. Housing and Urban Development Secretary": the country's department
                    for w in words[words[0] in ("U.S.", "US") : words.index("and")]
                )
                # "Oregon Department of Fish and Wildlife Director Curt Melcher"
                or (is_head_title(words[split - 1]) and _of_before_and(words[: split - 1]))
                # "Assistant Secretary for Children and Families Wade F. Horn": a title's field,
                # not "Secretary for Britain and France"
                or any(
                    w == "for"
                    and is_head_title(words[i - 1])
                    and place_kind(" ".join(words[i + 1 : words.index("and")])) is None
                    for i, w in enumerate(words[1 : words.index("and")], 1)
                )
            )
        )
        or _spelled_after(group, text)
        or _spelled_elsewhere(group, text)
        or _short_form_after(group, text)
        or place_kind(text[group[0].start : group[-1].end]) is not None  # "Trinidad and Tobago"
        # "Professional Warehouse and Distribution, Inc.", "Lockheed Martin Engineering and
        # Sciences Co.": a firm's legal form ends one name
        or (
            (
                _LEGAL_AFTER.match(text, group[-1].end) is not None
                # one field between "and" and the form; not "Trust Fund Advisors and Union
                # Labor Life Insurance Co.", two firms
                or (words[-1] in LEGAL_FORMS and words[-3:-2] == ["and"])
            )
            and "the" not in words
            and "and" in words
            # not "(Ames Construction, Inc. of) Phoenix and Coffman Specialties, Inc."
            and place_kind(" ".join(words[: words.index("and")])) is None
            # not "U.S. Department of Commerce and Microchip Technology Inc.": a body before it
            and not any(
                a in ORG_WORDS and b == "of" for a, b in pairwise(words[: words.index("and")])
            )
            # not "Oshkosh Truck Corporation and Protected Vehicles, Inc.": a firm ends before it
            and words[words.index("and") - 1].rstrip(".,") not in _FIRM_ENDS
        )
        or (
            (
                group[-1].text in ORG_WORDS
                or law
                or _of_before_and(words)
                or _plural_org_word(words[-1])
            )
            and not any(t.text == "and" and after.get(id(t)) == "the" for t in group)
            # "U.S. Department of Commerce and Microchip Technology Inc.": a firm after "and"
            and _LEGAL_AFTER.match(text, group[-1].end) is None
            and group[-1].text not in LEGAL_FORMS
            # "Red Cross and Red Crescent Societies": a plural head names both as one body
            and (law or not whole_before or _plural_org_word(words[-1]))
            # not "FEMA and U.S. Northern Command": an acronym is a name of its own
            and not (words[1:2] == ["and"] and words[0].isupper())
            and not _named_alone_beside_and(group, text)
            # "Trial Attorneys William Montague and Parker Tobin of the Tax Division": two people
            and not _people_and(group)
            and not _titled_person_and(group)
            and not _and_a_titled_person(group)
        )
    ):
        return [group]  # "Department of Health and Human Services"
    # "the Minnesota Department of Natural Resources and the U.S. Fish and Wildlife Service":
    # where "and the" joins two names, only there.
    and_the = {id(t) for t in group if t.text == "and" and after.get(id(t)) == "the"}
    parts: list[list[Token]] = [[]]
    for token in group:
        # "the FBI and the Securities and Exchange Commission": an acronym is a name of its own
        acronym_before = re.fullmatch(r"[A-Z]{2,6}", before.get(id(token), "")) is not None
        if (id(token) in and_the and acronym_before) or (
            breaks_at(token) and (not and_the or id(token) in and_the or token.text != "and")
        ):
            parts.append([])
        else:
            parts[-1].append(token)
    return _rejoin_places([_trim(p) for p in parts if _trim(p)], text)


def _rejoin_places(parts: list[list[Token]], text: str) -> list[list[Token]]:
    """'Gabon and Sao Tome and Principe', split at every "and": the country whose name holds
    an "and" is whole again."""
    out: list[list[Token]] = []
    for part in parts:
        if out and place_kind(text[out[-1][0].start : part[-1].end]) == "country":
            out[-1] = out[-1] + part
        else:
            out.append(part)
    return out


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
        and (last in ORG_WORDS | _LAWS | _UNITS or re.fullmatch(r"[A-Z]{2,6}", last))
    ):
        return ordinal.start()
    return part[0].start


_LEGAL_AFTER = re.compile(rf",? {LEGAL_SUFFIX}\b")


def _state_after_a_comma(token: Token, text: str) -> bool:
    """Whether a two-letter word is a state's abbreviation after its town: "Fort Knox, Ky.",
    "Beltsville, Md."."""
    return text.endswith(", ", 0, token.start) and a_state_follows(text, token.start - 2)


_FIRM_ENDS = frozenset((*LEGAL_FORMS, "Corporation", "Company", "Incorporated", "Division"))


def _people_and(group: list[Token]) -> bool:
    """Whether "and" stands between two people's names: a given name and a surname before it,
    a given name after it."""
    return any(
        t.text == "and"
        and 2 <= i < len(group) - 1
        and is_given_name(group[i - 2].text)
        and group[i - 1].text not in ORG_WORDS
        and is_given_name(group[i + 1].text)
        for i, t in enumerate(group)
    )


def _titled_person_and(group: list[Token]) -> bool:
    """Whether "and" follows a titled person's name: "Administrator Craig Fugate and Small
    Business Administration (SBA) Administrator Karen Mills"."""
    return any(
        t.text == "and"
        and i >= 3
        and is_head_title(group[i - 3].text)
        and is_given_name(group[i - 2].text)
        and group[i - 1].text not in ORG_WORDS
        for i, t in enumerate(group)
    )


def _and_a_titled_person(group: list[Token]) -> bool:
    """Whether "and" comes before a title and a person's name: "the Western District of Kentucky
    and Special Agent in Charge Karen Wingerd"."""
    for i, t in enumerate(group):
        if t.text != "and":
            continue
        rest = iter(group[i + 1 :])
        word = next(rest, None)
        titled = False
        while word is not None and (
            is_title(word.text) or is_head_title(word.text) or word.text in ("in", "Charge")
        ):
            titled = titled or is_head_title(word.text)
            word = next(rest, None)
        if titled and word is not None and is_given_name(word.text):
            return True
    return False


def _nation(text: str, group: list[Token]) -> bool:
    """Whether a run of capitalised words is a country or its people ("Ethiopian", "Thailand"),
    not in an abbreviation: a federal release's "U.S. government" is its own country's."""
    if not group or any("." in t.text for t in group):
        return False
    whole = text[group[0].start : group[-1].end]
    return place_kind(whole) == "country" or (len(group) == 1 and is_demonym(whole))


def _plural_org_word(word: str) -> bool:
    return word.endswith("s") and (
        word[:-1] in ORG_WORDS or (word.endswith("ies") and word[:-3] + "y" in ORG_WORDS)
    )


_INSTITUTIONS = frozenset(("University", "College", "Laboratory", "Hospital"))


def _named_alone_beside_and(group: list[Token], text: str) -> bool:
    """Whether what follows the group's one "and", or what comes before it, is a body the story
    names on its own too: "Reclamation and National Park Service officials" beside "the
    National Park Service"."""
    ands = [i for i, t in enumerate(group) if t.text == "and"]
    if len(ands) != 1 or len(group) - ands[0] < 3:
        return False
    if any(t.text in ("of", "for") for t in group[: ands[0]]):
        # "Department of Health and Human Services" is one body; "U.S. Department of
        # Agriculture and Clemson University" two
        return group[-1].text in _INSTITUTIONS
    tail = text[group[ands[0] + 1].start : group[-1].end]
    # "JPMorgan Chase and Bank One Corporation" beside "merged into JPMorgan Chase": two firms
    first = len(group) - len(_without_the(group))
    head = text[group[first].start : group[ands[0] - 1].end]
    return (
        any(
            not text.endswith(("and ", "& "), 0, m.start())  # "Fish & Wildlife Service" is it
            for m in re.finditer(rf"\b{re.escape(tail)}\b", text)
        )
        or (
            ands[0] - first >= 2
            and not _plural_org_word(group[-1].text)  # "Red Cross and Red Crescent Societies"
            and any(
                not re.match(r" (?:and|&) ", text[m.end() : m.end() + 5])
                for m in re.finditer(rf"\b{re.escape(head)}\b", text)
            )
        )
    )


def _spelled_after(group: list[Token], text: str) -> bool:
    """Whether "(WASA)" right after the group spells it from its first word to its last,
    skipping any ("Washington D.C. Water and Sewer Authority (WASA)")."""
    match = _BRACKETED_ACRONYM.match(text, group[-1].end)
    if match is None:
        return False
    group = _bare(group)
    initials = [t.text[0].upper() for t in group]  # "and" may spell too: Water And Sewer
    acronym = match.group(1)
    # to its last word, or to a body's head word before its field: "United Nations Relief and
    # Works Agency (for Palestine Refugees in the Near East) (UNRWA)"
    heads = [len(group) - 1] + [
        i for i, t in enumerate(group[:-1]) if t.text in ORG_WORDS and group[i + 1].text == "for"
    ]
    return (
        acronym[0] == initials[0]
        and any(
            (acronym[-1] == initials[head] and _in_order(acronym[1:-1], initials[1:head]))
            # "National Steel and Shipbuilding Company (NASSCO)": a word may give several letters
            or _of_prefixes(acronym, [t.text.upper() for t in group[: head + 1]])
            for head in heads
        )
    )


def _split_spelled_body(group: list[Token], text: str) -> list[list[Token]]:
    """The body that "(HHS)" right after a group spells, as a name of its own when the group
    begins with someone before it: "Attorney General Eric Holder and Department of Health and
    Human Services (HHS)", "Director of Centers for Medicare & Medicaid Services (CMS)", "The
    Board of Directors of U.S. International Development Finance Corporation (DFC)"."""
    if not _BRACKETED_ACRONYM.match(text, group[-1].end):
        return [group]  # most runs: no acronym after them to spell anything
    # the fewest last words the acronym spells: a longer run spells it only loosely
    start = next(
        (
            k
            for k in range(len(group) - 2, 0, -1)
            if group[k].text not in CONNECTORS and _spelled_after(group[k:], text)
        ),
        0,
    )
    if start and group[start - 1].text == "of" and start > 1 and group[start - 2].text in ORG_WORDS:
        start -= 2  # "Department of (Health and Human Services)": the body's head word
    while (
        start
        and _capitalised(group[start - 1].text)
        and group[start - 1].text not in CONNECTORS
        and not is_title(group[start - 1].text)
        and not is_head_title(group[start - 1].text)
    ):
        start -= 1  # "(U.S. International) Development Finance Corporation"
    if not start or not (
        group[start - 1].text == "and"
        or (
            group[start - 1].text in ("of", "for")
            and start > 1
            and is_head_title(group[start - 2].text)
        )
    ):
        return [group]  # "United States Department of Homeland Security (DHS)": one body
    head = _trim(group[:start])
    return [head, group[start:]] if head else [group]


def _short_form_after(group: list[Token], text: str) -> bool:
    """Whether the short form in brackets after the group is its first words ("Davis Hospital
    and Medical Center (Davis)", "Waterway Gas and Wash Company (Waterway)"): one name."""
    short = _SHORT_FORM.match(text, group[-1].end)
    if short is None:
        return False
    words = short.group(1).split()
    return len(group) > len(words) and [t.text for t in group[: len(words)]] == words


_SHORT_FORM = re.compile(r" \(([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)?)\)")


def _of_prefixes(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is the first letters of the first word and the last, and of some
    words between, each word giving one letter or more ("NA" + "S" + "S" + "CO")."""
    if not words:
        return not acronym
    first, rest = words[0], words[1:]
    for n in range(1, min(len(first), len(acronym)) + 1):
        if first[:n] != acronym[:n]:
            break
        left = acronym[n:]
        if not rest:
            if not left:
                return True
            continue
        # a word between may be skipped ("and"), but the last must give a letter
        if left and any(_of_prefixes(left, rest[i:]) for i in range(len(rest))):
            return True
    return False


def _in_order(letters: str, initials: list[str]) -> bool:
    """Whether ``letters`` are some of ``initials``, in their order."""
    rest = iter(initials)
    return all(c in rest for c in letters)


def _spelled_elsewhere(group: list[Token], text: str) -> bool:
    """Whether the story writes the group's acronym on its own ("U.S. Customs and Border
    Protection officers ... CBP seized"): one body, "and" included."""
    if not any(t.text == "and" for t in group):
        return False
    group = _without_the(group)
    return bool(acronyms_of(text[group[0].start : group[-1].end], text))


def _without_the(group: list[Token]) -> list[Token]:
    """A sentence's first "The" ("The Securities and Exchange Commission") spells no acronym."""
    return group[1:] if group[0].text == "The" and len(group) > 1 else group


def _bare(group: list[Token]) -> list[Token]:
    """The group without its "The" and its country: "U.S. Immigration and Customs Enforcement
    (ICE)" is spelled from "Immigration"."""
    group = _without_the(group)
    return group[1:] if group[0].text in ("U.S.", "US") and len(group) > 2 else group


def _of_before_and(words: list[str]) -> bool:
    """'Institute of Allergy and Infectious Diseases', 'Centers for Disease Control and
    Prevention' and 'Committee on Energy and Natural Resources' are one name each: plain words
    after "and"; but 'Bank of Boston and BayBanks' is two."""
    of = next((i for i, w in enumerate(words) if w in ("of", "for", "on")), None)
    if of is None or "and" not in words or of > words.index("and"):
        return False
    after = words[words.index("and") + 1 :]
    # not "District of Columbia and Puerto Rico", "Department of Veterans Affairs and National
    # Institutes of Health": a place, or a body of its own field, after "and" is another name
    body = any(b == "of" and (a in ORG_WORDS or _plural_org_word(a)) for a, b in pairwise(after))
    return (
        not body
        and place_kind(" ".join(after)) is None
        and all(zipf(w.lower()) >= RARE_ZIPF and place_kind(w) is None for w in after)
    )


# What a page shouts above its story: "NEWS Federal Communications Commission 445 12th Street".
_PAGE_LABELS = words("NEWS PRESS RELEASE MEDIA ADVISORY UPDATE STATEMENT")
# Bodies a lone capitalised word names, even where it only opens sentences.
_BODIES_ALONE = words("Congress Parliament Pentagon Kremlin Treasury")
_DASHED_TITLE = re.compile(r"\b(?:Secretary|Director|Commissioner|Administrator) ?[–—-] ?$")


_BODY_OR_PLACE_ENDS = ORG_WORDS | PLACE_LAST
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
        and group[-1].text in _BODY_OR_PLACE_ENDS
    )


def _trim(group: list[Token]) -> list[Token]:
    while group and not _capitalised(group[-1].text):
        group = group[:-1]
    while group and not _capitalised(group[0].text):
        group = group[1:]
    return group


# The lower-case word after a place that names its kind, and belongs to its name.
# Not "California sea otters": the word names the area only where no noun follows it.
_AREA_NOUN = re.compile(
    r" (?:prefecture|province|district|county|station|sea|airport)\b"
    r"(?!\s+(?!(?:in|of|and|on|near|to|at|off|from|with|is|was|were|has|had)\b)[a-z])"
)


# "Cullman, DeKalb, Marion, Marshall, and Winston Counties", "Ellis and Roger Mills counties":
# a list that ends in a plural area word names an area each. The list is read back from the
# word, within a bounded window, so that no run of capitals costs more than linear time.
_AREA_WORD = re.compile(r" (?i:counties|parishes|provinces|districts)\b")
_LISTED = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")
_AREA_LIST = re.compile(rf"(?:{_LISTED.pattern}(?:,? and |, ))+{_LISTED.pattern}$")
# "Arkansas counties include Chicot, Desha, Drew, Bradley and Ashley", "the counties of Adair,
# Audubon, ... and Shelby", "the three counties most severely impacted by the recent floods:
# Crawford, Hancock and Putnam": the list after the word.
_AREA_LIST_AFTER = re.compile(
    rf"(?: (?:include|includes|included|are|were|of)|(?: [a-z][\w-]*){{0,8}}:) "
    rf"(?:{_LISTED.pattern}(?:,? and |, ))+{_LISTED.pattern}\b"
)


# "Those counties are:" or "the following counties ... are contiguous." above a list of one
# name a line ("Alachua", "Indian River", "St. Lucie"), as USDA's disaster designations write.
_AREA_LEAD = re.compile(
    r"(?im)^.*\b(?:(?:counties|parishes) (?:are|include)\s*:"
    r"|following (?:counties|parishes)\b.*[.:])[ \t]*$"
)
_AREA_LINE = re.compile(rf"\s*\n[ \t]*(?P<area>{_LISTED.pattern})[ \t]*(?=\n)")


def _listed_areas(text: str, sentences: list[Sentence]) -> dict[str, int]:
    """The areas a list of counties or parishes names, with where each is first named."""
    areas: dict[str, int] = {}
    for lead in _AREA_LEAD.finditer(text):
        at = lead.end()
        while line := _AREA_LINE.match(text, at):
            areas.setdefault(line["area"], line.start("area"))
            at = line.end()
    for sentence in sentences:
        for word in _AREA_WORD.finditer(text, sentence.start, sentence.end):
            window = max(sentence.start, word.start() - 400)
            listed = _AREA_LIST.search(text, window, word.start()) or _AREA_LIST_AFTER.match(
                text, word.end(), sentence.end
            )
            if listed:
                for part in _LISTED.finditer(text, listed.start(), listed.end()):
                    # "The counties include Cullman, ... and Winston Counties": Winston
                    area = _AREA_WORD.sub("", part.group())
                    if area not in COMPASS:  # "the Northern and Eastern Districts"
                        areas.setdefault(area, part.start())
    return areas


# "Sen. Ben Cardin (D-Md.)", "Rep. Sanford Bishop (D-GA)": a member's state after the party.
_PARTY_STATE = re.compile(r"\((?:D|R|I)[-–](?P<state>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\)")


def _party_states(text: str) -> dict[str, int]:
    """The states the members of Congress a story names are from, with where each is first
    named."""
    states: dict[str, int] = {}
    for found in _PARTY_STATE.finditer(text):
        if is_us_state(found["state"]):
            states.setdefault(found["state"], found.start("state"))
    return states


# "in the West", "across the arid West": the region; not "West Virginia", "the Western
# states" or "the Red River of the North".
_COMPASS_REGION = re.compile(
    r"(?<!of )\bthe (?:[a-z]+ )?(?P<region>West|East|North|South)\b(?! ?[A-Z])"
)


def _compass_regions(text: str, sentences: list[Sentence]) -> dict[str, int]:
    regions: dict[str, int] = {}
    for sentence in sentences:
        for found in _COMPASS_REGION.finditer(text, sentence.start, sentence.end):
            regions.setdefault(found["region"], found.start("region"))
    return regions


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


def find_names(text: str, sentences: list[Sentence]) -> list[Name]:
    """Every name-like span of the sentences, merged into one ``Name`` per entity, in order of
    first mention."""
    lowered = {w.lower() for w in re.findall(r"\b[a-z][\w'’-]*", text)}
    found: dict[str, Name] = {}
    order: list[str] = []
    employers: set[str] = set()  # named before a title: "MCC CEO John Danilovich"
    areas = _listed_areas(text, sentences) | _compass_regions(text, sentences) | _party_states(text)
    suffixed = -1  # where the last name's suffix ended: "(USA), N.A." is no name of its own
    for group in _groups(text, story_tokens(text, sentences)):
        if group[0].start < suffixed:
            continue
        if len(group) > 1 and group[-1].text in ("Counties", "Parishes"):
            group = group[:-1]  # "Marshall, and Winston Counties"
        shouted = all(t.text.isupper() for t in group)  # "THE HAGUE" in a dateline
        # A title ("Transport Secretary Olivia Grant") keeps its capitals at a sentence start.
        split = _title_split(group)
        while (
            group[split:]
            and group[0].sentence_start
            and not shouted
            and (group[0].text in NEVER_ALONE or (group[0].text.lower() in lowered and not split))
            and not _keeps_first_word(group, text)
            # "President Biden intends to ...": a title opening the sentence stays the name's.
            and not (split and (is_title(group[0].text) or is_head_title(group[0].text)))
        ):
            group = _trim(group[1:])
            split = _title_split(group) if split else 0
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
            and not (group[1].text == "and" and _title_split(group) > 2)
            and not _spelled_by_acronym(group, text)
        ):
            group = _trim(group[2:])  # "Leaders of the G8", "Members of Parliament"
        while group and group[0].text in BEFORE_NAMES:
            group = _trim(group[1:])
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
            given = next((i for i, t in enumerate(group) if is_given_name(t.text)), 0)
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
        if (
            len(group) > 2
            and group[0].sentence_start
            and group[0].text.isalpha()  # not "St. Clair Public School"
            and is_common_word(group[0].text)
            and not is_given_name(group[0].text)
            and not is_head_title(group[0].text)
            and group[0].text not in ORG_WORDS
            and place_kind(group[0].text) is None
            and is_given_name(group[1].text)
            and group[2].text not in CONNECTORS
            # not "National Park Service", "Grand Canyon National Park": a body or a place
            and group[-1].text not in _BODY_OR_PLACE_ENDS
        ):
            group = group[1:]  # "Academic Peter Mandaville, of Georgetown University": who he is
        if given := _after_a_title_s_field(group, text):
            group = group[given:]
        group = _without_demonym(group, text)
        # "Office of Juvenile Justice and Delinquency Prevention (OJJDP)": the acronym after it
        # spells the whole group, so "Justice" inside it is the body's field, not a judge.
        split = 0 if group and _spelled_after(group, text) else _title_split(group)
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
            begins = _title_start(head[: heads[-1] + 1] if heads else head)
            title = text[head[begins].start : title_tokens[-1].end]
            org = _trim(head[:begins])
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
            # "Michele Sergeant, 31, of Queens": a first name, then a surname that is a title
            len(group) == 2 and is_given_name(group[0].text) and AGED.match(text, group[-1].end)
        ):
            group = _without_title_after(group)
        if (
            shouted
            and (len(group) > 1 or len(group[0].text) > 6)
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
        for part in _split_places(
            _split_person_tail(
                _split_body_person(_split_body_office(_split_of(group, title is not None, text)))
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
    for bracket in _BRACKETED_ACRONYM.finditer(text):
        acronym = bracket.group(1)
        run = _SPLIT_RUN.search(text, max(0, bracket.start() - 160), bracket.start() + 1)
        if run is None:
            continue
        starts = [m.start() for m in re.finditer(r"(?<![\w.’'-])[A-Z]", run.group())]
        spelled = next(
            (
                text[run.start() + at : bracket.start()]
                for at in reversed(starts)
                if _of_prefixes(acronym, _initial_words(text[run.start() + at : bracket.start()]))
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


_BRACKETED_ACRONYM = re.compile(r" \(([A-Z]{3,8})\)")
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


def _without_demonym(group: list[Token], text: str) -> list[Token]:
    """'Italian Giancarlo Fisichella' is Giancarlo Fisichella; 'Irish Minister' a title; but
    'African Union' and 'American Refugee Committee' are names. 'North Korean' alone is no one,
    and 'New Zealander Olaf Wiig' (whose 'New' no name keeps) is Olaf Wiig."""
    whole = " ".join(t.text for t in group)
    if not group or whole in demonym_phrases():
        return []
    # the word before the group, which no name keeps: the "New" of "New Zealander"
    before = re.search(r"([A-Z][a-z]+) $", text[max(0, group[0].start - 20) : group[0].start])
    for lead in range(min(2, len(group) - 1), 0, -1):
        words = " ".join(t.text for t in group[:lead])
        if (
            words in demonym_phrases()
            or (before is not None and f"{before[1]} {words}" in demonym_phrases())
        ) and (
            # a person follows, not "(South African) Development Community"
            (is_given_name(group[lead].text) or is_head_title(group[lead].text))
            and not _organisation_like(group)
        ):
            return group[lead:]
    if (
        len(group) >= 2
        and is_demonym(group[0].text)
        and not _organisation_like(group)
        and place_kind(whole) is None  # "Czech Republic"
        and group[-1].text not in PLACE_LAST  # "Dutch Harbor"
        and group[-1].text != "government"  # "the Ethiopian government": the state
    ):
        return group[1:]
    return group


def _without_title_after(group: list[Token]) -> list[Token]:
    """'Congress Party General Secretary' is the Congress Party."""
    if ORG_PREFIXES.match(" ".join(t.text for t in group)):
        return group  # "Office of the Massachusetts Attorney General"
    end = len(group)
    while end > 1 and is_head_title(group[end - 1].text) and group[end - 1].text not in ORG_WORDS:
        end -= 1
    # "U.S. Department of the Interior Assistant Secretary": the head's modifiers go with it
    while (
        len(group) > end > 1
        and is_title(group[end - 1].text)
        and group[end - 1].text not in ORG_WORDS
        and group[end - 2].text not in CONNECTORS  # not the field of "Secretary of the Interior"
        and _organisation_like(group[: end - 1])  # not "(the Service's) Southeast Regional"
    ):
        end -= 1
    if end < len(group) and group[end - 1].text in CONNECTORS:
        return group  # "Department of Justice", "Ministry of Finance"
    return _trim(group[:end]) if end < len(group) and end >= 1 else group


def _organisation_like(group: list[Token]) -> bool:
    return any(t.text in ORG_WORDS for t in group) or (
        len(group) == 1 and group[0].text.isupper() and len(group[0].text) > 1
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "H.F. (Gerry) Lenfest"


def _split_places(groups: list[list[Token]]) -> list[list[Token]]:
    """'Long Island New York' is two places and 'Julia Gillard Australia' a person and a
    country, where a run ends in a place the gazetteers know and is not itself one; 'States of
    Oklahoma and Texas' two states."""
    out = []
    for group in groups:
        words = [t.text for t in group]
        if words[:1] in (["States"], ["Provinces"]) and words[1:2] == ["of"] and "and" in words:
            # "the States of Oklahoma and Texas": the states, each a place
            at = words.index("and")
            out += [group[2:at], group[at + 1 :]]
            continue
        cut = 0
        known = place_kind(" ".join(words)) is not None
        if len(group) >= 3 and not known and not _organisation_like(group):
            cut = next(
                (
                    i
                    for i in range(1, len(group))
                    # "San Pablo Bay": a common word alone ("Bay", Arkansas) names no place
                    if (suffix := place_kind(" ".join(words[i:]), i < len(words) - 1))
                    in ("country", "region", "city")
                    and (suffix != "city" or place_kind(" ".join(words[:i])) is not None)
                    and words[i - 1] not in CONNECTORS
                    and not (i == 1 and words[0] in COMPASS)  # "Northern New England"
                    and (
                        place_kind(" ".join(words[:i])) is not None
                        or (i >= 2 and not any(is_common_word(w) for w in words[1:i]))
                    )
                ),
                0,
            )
        if not cut and len(group) >= 3 and not known:
            # "President of the United States of America Barack Obama": a place, then a person.
            cut = next(
                (
                    i
                    for i in range(1, len(group) - 1)
                    if 2 <= len(group) - i <= 3
                    and place_kind(" ".join(words[:i])) in ("country", "region")
                    and not any(w in CONNECTORS or w in ORG_WORDS for w in words[i:])
                    and words[-1] not in PLACE_LAST | AREA_TITLES  # "East Baton Rouge Parish"
                    and not (i == 1 and words[0] in COMPASS)  # "West Antarctic Ice Sheet"
                    # "Paul M. Abbate": a first name, then an initial
                    and not (i == 1 and is_given_name(words[0]) and INITIAL.fullmatch(words[1]))
                    and not _organisation_like(group)
                ),
                0,
            )
        if not cut and len(group) >= 5 and not known:
            cut = _person_after_area(words)
        out += [group[:cut], group[cut:]] if cut else [group]
    return out


def _person_after_area(words: list[str]) -> int:
    """Where a person begins after the area a title names: "(U.S. Attorney for the) District
    of Nevada Daniel G. Bogden", "Southern District of New York Michael J. Garcia"; 0 if not."""
    for i in range(3, len(words) - 1):
        person = words[i:]
        if not (
            2 <= len(person) <= 4
            and (is_given_name(person[0]) or INITIAL.fullmatch(person[1]))
            and not any(w in CONNECTORS or w in ORG_WORDS or w.islower() for w in person)
        ):
            continue
        if any(
            words[j - 1] == "of" and place_kind(" ".join(words[j:i])) is not None
            for j in range(1, i)
        ):
            return i
    return 0


def _is_common(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z]+", word)) and is_demonym(word) and len(word) > 4


def _title_split(group: list[Token]) -> int:
    """How many leading tokens are a title, up to its head word ("French President", "Assistant
    Attorney General", "EPA Administrator", "United Nations Secretary-General")."""
    if group and group[-1].text in THING_WORDS:
        return 0  # "Executive Order", "Presidential Election": a thing, no one's title
    if group and place_kind(" ".join(t.text for t in group)) is not None:
        return 0  # "Prince Edward Island", "King George": a place, no one's title
    last = 0
    for i, token in enumerate(group[:8]):
        # An eighth word is a title only after a long body's name with none before it ("U.S.
        # Department of Health and Human Services Secretary Xavier Becerra"), not "Dr." after
        # "Administrator of the Wage and Hour Division".
        if i == 7 and last:
            break
        # Not a name's last word: "Bank of England Governor Mervyn King" is Mervyn King.
        # "National Transportation Safety Board Member Kathryn O'Leary Higgins": a body's member
        member = token.text == "Member" and i > 0 and group[i - 1].text in ORG_WORDS
        if (
            (is_head_title(token.text) or member)
            and i + 1 < len(group)
            and not _all_titles(group[i + 1 :])
        ):
            if token.possessive and group[i + 1].text == "Office":
                continue  # "U.S. Attorney’s Office": the office, no title
            if (
                i >= 2
                and group[i - 1].text in ("of", "on")
                and group[i - 2].text in ORG_WORDS
                and not token.text.endswith("s")  # "Board of Directors of the MCC": its board
            ):
                continue  # "Office of Justice Programs": a field of the body, no title
            last = i + 1
    if last and [t.text for t in group[last : last + 2]] == ["in", "Charge"]:
        last += 2  # "Special Agent in Charge Brad L. Byerley"
    while last and last < len(group) and group[last].text[0].islower():
        last += 1
    # "Secretary of State Antony J. Blinken", "Minister of Finance Raj Malhotra", "Secretary of
    # State Albright"
    if 0 < last < len(group) and group[last - 1].text in ("of", "for") and len(group) - last >= 2:
        if group[last - 1].text == "for" and (end := _field_end(group[last:])) is not None:
            return last + end
        last += 1
        # "Secretary of Veterans Affairs Anthony J. Principi", "Assistant to the Secretary for
        # Rural Development Anne Hazlett", "Under Secretary for Natural Resources and
        # Environment Robert Bonnie": the department runs on to the first name.
        # "Assistant Attorney General for Civil Rights Deval L. Patrick": a word the given-name
        # list lacks opens the name before a middle initial.
        first = (
            j
            for j in range(last, min(last + 5, len(group) - 1))
            if is_given_name(group[j].text)
            or (
                INITIAL.fullmatch(group[j + 1].text)
                and group[j].text.isalpha()
                and not is_common_word(group[j].text)
            )
        )
        if last < len(group) and place_kind(f"{group[last - 1].text} {group[last].text}"):
            last += 1  # "State Director for South Dakota Julie Gross": "Dakota" ends a place
        elif last < len(group) and not is_given_name(group[last].text):
            # no first name the lists know ("Secretary of Homeland Security Jeh Johnson"): a
            # given name, initials and a family name end the run
            given = len(group) - 2
            while given > last and INITIAL.fullmatch(group[given].text):
                given -= 1
            last = next(first, max(last, given))
            if INITIAL.fullmatch(group[last - 1].text) and last - 1 > 0:
                last -= 1  # "Solicitor of Labor M. Patricia Smith": an initial opens the name
    elif (
        0 < last < len(group)
        and [t.text for t in group[last - 2 : last]] == ["of", "the"]
        and len(group) - last >= 3
        and is_given_name(group[last + 1].text)
        # not "Assistant Director in Charge of the New York Field Office"
        and place_kind(f"{group[last].text} {group[last + 1].text}") is None
    ):
        last += 1  # "Secretary of the Interior Ken Salazar"
    if (
        last
        and group[-1].text in ORG_WORDS
        and is_head_title(group[last - 1].text)
        and not any(t.text in CONNECTORS for t in group)
    ):
        return 0  # "Bishop Paiute Tribe": a body, whatever word it starts with
    if last == 1 and group[-1].text in PLACE_LAST | AREA_TITLES and not is_surname(group[-1].text):
        # "Prince William Sound", "King County": a place, whatever word it starts with (not
        # "Chairman Hall", whose last word is a family name too)
        return 0
    if 0 < last < len(group) and group[last].text[0].islower():
        return 0  # "Commissioner of Food and Drugs": a title to its end, no name after it
    return last if 0 < last < len(group) else 0


def _field_end(field: list[Token]) -> int | None:
    """Where a title's field after "for" ends when no given name follows it: at once before a
    place ("Federal Security Director for Reagan National Airport"), two words before the end
    when those two are words no dictionary knows ("Assistant Secretary for Insular Areas Nikolao
    Pula", a name the given-name list lacks), else at the end ("Assistant Secretary for Public
    Affairs": a title, no name). None when a given name follows: the title's caller finds it."""
    if field[-1].text in _BODY_OR_PLACE_ENDS:
        return 0
    if any(is_given_name(t.text) for t in field):
        return None
    if (
        len(field) >= 3
        and is_common_word(field[-3].text)
        and not any(is_common_word(t.text) or not t.text.isalpha() for t in field[-2:])
    ):
        return len(field) - 2
    return len(field)


def _all_titles(tokens: list[Token]) -> bool:
    return all(is_head_title(t.text) or is_title(t.text) for t in tokens)


def _title_start(tokens: list[Token]) -> int:
    """Where the title phrase of ``tokens`` (which end in a head title) begins: what stands
    before it is an organisation ("Bank of Canada Governor", "EPA Administrator")."""
    start = len(tokens) - 1
    while start > 0 and (is_title(tokens[start - 1].text) or is_head_title(tokens[start - 1].text)):
        start -= 1
    return start


def _split_body_person(groups: list[list[Token]]) -> list[list[Token]]:
    """'the Chairman of the African Union Jakaya Kikwete' is a body and a person: a run that
    goes on past a body's head word with two or three words that look like a person's name."""
    out = []
    for group in groups:
        heads = [i for i, t in enumerate(group[:-2]) if t.text in ORG_WORDS]
        tail = group[heads[-1] + 1 :] if heads else []
        if 2 <= len(tail) <= 3 and (
            is_given_name(tail[0].text)
            or not any(is_common_word(t.text) or t.text in CONNECTORS for t in tail)
        ):
            out += [group[: heads[-1] + 1], tail]
        else:
            out.append(group)
    return out


def _split_body_office(groups: list[list[Token]]) -> list[list[Token]]:
    """'U.S. Department of Justice Office of Community Oriented Policing Services' is the
    department and its office, as the labelers name them: a run that names a body of its field,
    then an office or a bureau of another."""
    out = []
    for group in groups:
        words = [t.text for t in group]
        at = next(
            (
                i
                for i in range(3, len(words) - 2)
                if words[i] in ("Office", "Bureau")
                and words[i + 1] in ("of", "for", "on")
                and any(words[j] in ORG_WORDS and words[j + 1] == "of" for j in range(i - 1))
            ),
            None,
        )
        out += [group[:at], group[at:]] if at else [group]
    return out


def _split_person_tail(groups: list[list[Token]]) -> list[list[Token]]:
    """ "(Embassy in) Cairo Thomas H. Goldberger", "(Under Secretary for Terrorism and) Financial
    Intelligence David S. Cohen": a run that ends in a person's name, a given name and a family
    name, after a word that is no part of it, is what stands before and the person."""
    out = []
    for group in groups:
        words = [t.text for t in group]
        at = next(
            (
                i
                for i in range(1, len(words) - 1)
                if is_given_name(words[i])
                and 2 <= len(words) - i <= 4
                and not is_given_name(words[i - 1])
                and not INITIAL.fullmatch(words[i - 1])
                and words[i - 1] not in CONNECTORS
                # the word before is no name: "Science", "Intelligence", "Cairo"; not "Seretse"
                and (is_common_word(words[i - 1]) or place_kind(words[i - 1]) is not None)
                and place_kind(f"{words[i - 1]} {words[i]}") is None  # "South Dakota"
                and not group[i - 1].possessive
                and _person_tail(words[i:])
            ),
            None,
        )
        out += [group[:at], group[at:]] if at else [group]
    return out


def _person_tail(words: list[str]) -> bool:
    """A given name, initials or more given names, then a family name or a rare word."""
    last = words[-1]
    return (
        not any(
            w in CONNECTORS or w in ORG_WORDS or w in PLACE_LAST or w in THING_WORDS for w in words
        )
        and all(is_given_name(w) or INITIAL.fullmatch(w) for w in words[1:-1])
        and (is_surname(last) or zipf(last.lower()) < RARE_ZIPF)  # not "Marine Sanctuary"
        and place_kind(last) is None
    )


# "the Northern District of Ohio" is one area; "the Pyapon District of Myanmar" two.
_COMPASS_DISTRICT = re.compile(COURT_DISTRICT)


def _split_of(group: list[Token], person: bool, text: str) -> list[list[Token]]:
    """'Rahul Venkataraman of the Kestrel Institute' and 'NIAID of the U.S. National Institutes
    of Health' are two names; 'Bank of Canada' is one."""
    shouted = all(t.text.isupper() for t in group)
    acronym = re.fullmatch(r"[A-Z]{3,8}", group[0].text) is not None and not shouted
    # "Surono of Indonesia's Directorate": the owner belongs to what follows.
    owner = group[-1].possessive
    legal_forms = [t.text.rstrip(".") in LEGAL_FORMS for t in group]
    if (
        not person
        and not is_given_name(group[0].text)  # not "Jane Smith of Acme Inc."
        and legal_forms[-1:] == [True]
        and not any(legal_forms[:-1])
    ):
        return [group]  # "Clean Harbors of Braintree Inc.": the firm's legal form ends it
    for i, token in enumerate(group):
        if token.text in ("of", "for", "at") and (
            i >= 2 or ((person or acronym or owner) and i >= 1)
        ):
            head = group[:i]
            # "National Institutes of Health": a body's head word, in the plural too; but a
            # company's legal form ends its name ("Artificial Grass Masters LLC of Peoria").
            # "Harry Pepper & Associates of Jacksonville": a firm of partners, named for them
            legal = head[-1].text.rstrip(".") in LEGAL_FORMS or (
                " & " in text[head[0].start : head[-1].end]
            )
            # "the Upton Economic Development Board of Upton, Wyoming": a body named for the
            # town it is of
            tail = " ".join(t.text for t in _trim(group[i + 1 :]))
            legal = legal or (bool(tail) and f" {tail} " in f" {' '.join(t.text for t in head)} ")
            legal = legal or _of_a_town(head, _trim(group[i + 1 :]), text)
            if (
                legal
                or (
                    not any(
                        t.text in ORG_WORDS | PLACE_FIRST or t.text[:-1] in ORG_WORDS for t in head
                    )
                    and not _COMPASS_DISTRICT.fullmatch(" ".join(t.text for t in head))
                    # "People's Republic of China", "United States of America": one country
                    and not any(
                        place_kind(text[group[0].start : t.end]) == "country"
                        for t in group[i + 1 :]
                    )
                )
            ):
                return [head, _trim(group[i + 1 :])] if _trim(group[i + 1 :]) else [head]
    return [group]


_TOWN_WORDS = words("City Town Village County Borough Township Parish")


# A town's state may end its sentence: "The Dutra Group of San Rafael, Calif. The Corps".
def _of_a_town(head: list[Token], tail: list[Token], text: str) -> bool:
    """Whether a body is "of" the town it stands in, the town's state after it: "The Dutra
    Group of San Rafael, Calif.", "AAT Communications of Staten Island, NY"; not "the Housing
    Authority of the City of Atlanta, Ga.", which is its name."""
    if len(head) < 2 or not 1 <= len(tail) <= 3 or not all(t.text[0].isupper() for t in tail):
        return False
    town = " ".join(t.text for t in tail)
    if head[-1].text in _TOWN_WORDS or place_kind(town) in ("country", "region"):
        return False
    if head[-1].text == "Department" and is_us_state(" ".join(t.text for t in head[:-1])):
        return False  # "the Mississippi Department of Marine Resources, Mississippi ...": its field
    if place_kind(town) is None and just_english_words(town):
        return False  # "NOAA Office of Law Enforcement, Southwest Division"
    return a_state_follows(text, tail[-1].end)


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
