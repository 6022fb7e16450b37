"""Runs: the capitalised words of a story joined into runs, one a name ("Bank of Canada",
"Florida Fish & Wildlife Conservation Commission"), and a run cut where it holds more than one:
at "and" ("the FBI and the IRS"), at a list's commas, and where an acronym in brackets after it
spells only its tail.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.extract.aliases import acronyms_of
from summarizer.extract.gazetteer import (
    RARE_ZIPF,
    is_common_word,
    is_demonym,
    is_given_name,
    place_kind,
    zipf,
)
from summarizer.extract.lexicon import (
    CONNECTORS,
    DEGREES,
    INITIAL,
    LAWS,
    LEGAL_FORMS,
    LEGAL_SUFFIX,
    MONTHS,
    ORG_WORDS,
    WEEKDAYS,
    words,
)
from summarizer.extract.splits import title_split
from summarizer.extract.titles import is_head_title, is_title
from summarizer.extract.tokens import Token, capitalised, trim

_OF_A_NAME = re.compile(r" of (?:the )?[A-Z]")
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
_WEB_SITE = re.compile(r"Web (?:site|page)s?\b")


def _a_campus(current: list[Token], token: Token) -> bool:
    """'University of North Carolina at Pembroke': a university's campus is one name."""
    return token.text == "at" and current[0].text == "University" and current[1:2] != []


def groups(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Runs of capitalised words, joined by spaces or connectors ("Bank of Canada")."""
    groups: list[list[Token]] = []
    current: list[Token] = []
    pending: list[Token] = []  # connectors seen since the last capitalised word
    nick: Token | None = None
    for token in tokens:
        gap = text[(pending or current)[-1].end : token.start] if current else ""
        # "U.S. Attorney’s Office for the Western District", "Sheriff's Office", "Hennepin
        # County Sheriff’s Department": one body (not "Attorney General’s Department of
        # Criminal Investigation", a body of its own).
        office = (
            bool(current)
            and (
                token.text == "Office"
                or (token.text == "Department" and not _OF_A_NAME.match(text, token.end))
            )
            and gap in ("’s ", "'s ")
            and is_head_title(current[-1].text)
            # not "Department of Justice’s Office of Justice Programs": a body's office
            and not (len(current) >= 2 and current[-2].text == "of")
        )
        # "Kevin J.\nO’Connor", "Daniel\nS. Goldin": a name goes on past a line break after
        # its initial, or before one after its first name
        broken = (
            bool(current)
            and gap == "\n"
            and not pending
            and (
                INITIAL.fullmatch(current[-1].text) is not None
                or (is_given_name(current[-1].text) and INITIAL.fullmatch(token.text) is not None)
            )
        )
        joined = (
            bool(current)
            and (_JOIN.fullmatch(gap) is not None or office or broken)
            and (not (pending or current)[-1].possessive or office)
            # "acquired Brigham Oil & Gas L.P. Statoil later produced": a firm's dotted legal
            # form ends its name
            and (pending or current)[-1].text not in _DOTTED_LEGAL_FORMS
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
            capitalised(token.text)
            and (token.text not in MONTHS | WEEKDAYS or surname or first_name)
            and token.text.rstrip(".") not in DEGREES  # "Jane E. Henney, M.D."
            and not _WEB_SITE.match(text, token.start)  # "the OIG Web site": the OIG's
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
        # "Firearms & Explosives": the last two fields joined by an ampersand, no token between
        ampersand = (
            end < len(groups)
            and len(groups[end]) >= 2
            and text[groups[end][0].end : groups[end][1].start] == " & "
        )
        # "... Firearms and Explosives and the FBI", "... and Explosives Special Agent in Charge
        # Glenn Smith": the last field, then another name
        rest = groups[end][2 if ampersand else 3 :] if end < len(groups) else []
        if (
            body_of
            and end < len(groups)
            and ([t.text for t in groups[end]][1:2] == ["and"] or ampersand)
            and (not rest or rest[0].text == "and" or title_split(rest) > 0)
            and all(text[a[-1].end : b[0].start] == ", " for a, b in pairwise([group, *fields]))
            # fields are English words, not "Department of Labor, Britain and France"
            and all(
                zipf(t.text.lower()) >= RARE_ZIPF and place_kind(t.text) is None
                for t in [head[2], *[t for f in fields for t in f if t.text != "and"]]
            )
        ):
            whole = [t for part in [group, *fields] for t in part]
            out.append(whole[: len(whole) - len(rest)])
            out.extend([trim(rest)] if trim(rest) else [])
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
    if (last in ORG_WORDS or last in LAWS or body_of) and all(
        zipf(t.text.lower()) >= RARE_ZIPF and place_kind(t.text) is None for t in fields
    ):
        return end
    return 0


def _body_of(group: list[Token]) -> bool:
    """Whether the group ends in a body and its first field: "Bureau of Alcohol"."""
    return len(group) >= 3 and group[-2].text == "of" and group[-3].text in ORG_WORDS


def _gap(groups: list[list[Token]], at: int, text: str) -> str:
    return text[groups[at - 1][-1].end : groups[at][0].start]


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
    law = group[-1].text in LAWS

    before = {id(b): a.text for a, b in pairwise(group)}

    def breaks_at(token: Token) -> bool:
        if whole_before and token.text == "and" and before.get(id(token)) not in ORG_WORDS:
            return False  # "U.S. Fish and Wildlife Service and U.S. Geological Survey": two
        if token.text == "on" and before.get(id(token)) in ORG_WORDS:
            return False  # "Office on Violence Against Women", "Committee on Foreign Affairs"
        if token.text == "in" and _in_a_field(group, token, text):
            return False  # "Cooperative Institute for Research in Environmental Sciences"
        return token.text in breaks and after.get(id(token)) != "Charge"  # "Agent in Charge"

    # "the Office of Head Start in the U.S. Department of Health and Human Services": a body
    # in another, two names, each weighed as a name of its own
    inside = next((i for i, t in enumerate(group) if t.text == "in" and breaks_at(t)), 0)
    if 1 < inside < len(group) - 2 and (words[-1] in ORG_WORDS or _plural_org_word(words[-1])):
        body = group[inside + 1 :]
        body = body[1:] if body[0].text == "the" else body
        return [*_split_and(group[:inside], text), *_split_and(body, text)]
    # "the U.S. Department of Commerce and Polar Semiconductor (Polar)": the short form after
    # the run is the second name's, so "and" joins two
    second = _short_form_of_second(group, text)
    if second:
        return [*_split_and(group[: second - 1], text), group[second:]]
    split = title_split(group)
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
        or spelled_after(group, text)
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
    return _rejoin_places([trim(p) for p in parts if trim(p)], text)


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


_LEGAL_AFTER = re.compile(rf",? {LEGAL_SUFFIX}\b")


_DOTTED_LEGAL_FORMS = frozenset(("L.P.", "L.L.C.", "L.L.P.", "P.C.", "P.A."))
_FIRM_ENDS = frozenset((*LEGAL_FORMS, "LP", "Corporation", "Company", "Incorporated", "Division"))


def _in_a_field(group: list[Token], token: Token, text: str) -> bool:
    """'Foundation for Advancement in Conservation': a body for a purpose in a field is one
    name, but not one in a place ("Soltan Institute for Nuclear Studies in Poland"), a month or
    a title's charge."""
    at = group.index(token)
    rest = group[at + 1 :]
    if not rest or not any(t.text == "for" for t in group[:at]):
        return False
    field = [t.text for t in rest if t.text != "the"]
    return (
        bool(field)
        and is_common_word(field[0])
        and field[0] not in MONTHS
        and place_kind(" ".join(field)) is None
        and place_kind(field[0]) is None
        and not is_head_title(group[at - 1].text)
        and "in" not in field
    )


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


def spelled_after(group: list[Token], text: str) -> bool:
    """Whether "(WASA)" right after the group spells it from its first word to its last,
    skipping any ("Washington D.C. Water and Sewer Authority (WASA)"), with or without its
    country ("U.S. Immigration and Customs Enforcement (ICE)", "U.S. Marshals Service (USMS)")."""
    match = ACRONYM_IN_BRACKETS.match(text, group[-1].end)
    if match is None:
        return False
    bare, whole = _bare(group), _without_the(group)
    return _spells(match.group(1), bare) or (whole is not bare and _spells(match.group(1), whole))


def _spells(acronym: str, group: list[Token]) -> bool:
    """Whether ``acronym`` spells ``group`` (``spelled_after``)."""
    initials = [t.text[0].upper() for t in group]  # "and" may spell too: Water And Sewer
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
            or of_prefixes(acronym, [t.text.upper().replace(".", "") for t in group[: head + 1]])
            for head in heads
        )
    )


def _split_spelled_body(group: list[Token], text: str) -> list[list[Token]]:
    """The body that "(HHS)" right after a group spells, as a name of its own when the group
    begins with someone before it: "Attorney General Eric Holder and Department of Health and
    Human Services (HHS)", "Director of Centers for Medicare & Medicaid Services (CMS)", "The
    Board of Directors of U.S. International Development Finance Corporation (DFC)"."""
    if not ACRONYM_IN_BRACKETS.match(text, group[-1].end):
        return [group]  # most runs: no acronym after them to spell anything
    # the fewest last words the acronym spells: a longer run spells it only loosely
    start = next(
        (
            k
            for k in range(len(group) - 2, 0, -1)
            if group[k].text not in CONNECTORS and spelled_after(group[k:], text)
        ),
        0,
    )
    if start and group[start - 1].text == "of" and start > 1 and group[start - 2].text in ORG_WORDS:
        start -= 2  # "Department of (Health and Human Services)": the body's head word
    while (
        start
        and capitalised(group[start - 1].text)
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
    head = trim(group[:start])
    return [head, group[start:]] if head else [group]


def _short_form_after(group: list[Token], text: str) -> bool:
    """Whether the short form in brackets after the group is its first words ("Davis Hospital
    and Medical Center (Davis)", "Waterway Gas and Wash Company (Waterway)"): one name."""
    return _opens_with(group, _short_form_words(group, text))


def _short_form_of_second(group: list[Token], text: str) -> int:
    """Where the name after an "and" starts, if the bracketed short form after the run is its
    first words ("... and Polar Semiconductor (Polar)"); else 0."""
    words = _short_form_words(group, text)
    return next(
        (
            i + 1
            for i, t in enumerate(group[1:-1], 1)
            if t.text == "and" and _opens_with(group[i + 1 :], words)
        ),
        0,
    )


def _short_form_words(group: list[Token], text: str) -> list[str]:
    """The words of the short form in brackets right after the group, if any."""
    short = _SHORT_FORM.match(text, group[-1].end)
    return short.group(1).split() if short else []


def _opens_with(part: list[Token], words: list[str]) -> bool:
    """Whether ``words`` are the first of the part's, and not all of them."""
    return bool(words) and len(part) > len(words) and [t.text for t in part[: len(words)]] == words


_SHORT_FORM = re.compile(r" \(([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)?)\)")


def of_prefixes(acronym: str, words: list[str]) -> bool:
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
        if left and any(of_prefixes(left, rest[i:]) for i in range(len(rest))):
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


ACRONYM_IN_BRACKETS = re.compile(r" \(([A-Z]{3,8})\)")


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "H.F. (Gerry) Lenfest"
