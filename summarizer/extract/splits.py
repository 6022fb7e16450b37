"""Splits: one run of capitalised words into the names it holds, and the title off its
front or back: "Assistant Attorney General | Anne K. Bingaman", "Italian | Giancarlo
Fisichella", "Rahul Venkataraman | of the | Kestrel Institute", "Long Island | New York",
"the Chairman of the African Union | Jakaya Kikwete".
"""

from __future__ import annotations

import re

from summarizer.extract.gazetteer import (
    RARE_ZIPF,
    a_state_follows,
    demonym_phrases,
    is_common_word,
    is_demonym,
    is_given_name,
    is_surname,
    is_us_state,
    just_english_words,
    place_kind,
    zipf,
)
from summarizer.extract.lexicon import (
    AREA_TITLES,
    BODY_OR_PLACE_ENDS,
    COMPASS,
    CONNECTORS,
    COURT_DISTRICT,
    INITIAL,
    LEGAL_FORMS,
    ORG_PREFIXES,
    ORG_WORDS,
    PLACE_FIRST,
    PLACE_LAST,
    THING_WORDS,
    words,
)
from summarizer.extract.titles import is_head_title, is_title
from summarizer.extract.tokens import Token, trim


def without_demonym(group: list[Token], text: str) -> list[Token]:
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


def without_title_after(group: list[Token]) -> list[Token]:
    """'Congress Party General Secretary' is the Congress Party."""
    if ORG_PREFIXES.match(" ".join(t.text for t in group)):
        return group  # "Office of the Massachusetts Attorney General"
    last = group[-1].text
    if "of" in (t.text for t in group[1:-1]) and last.endswith("s") and is_head_title(last[:-1]):
        return group  # "National Association of State Treasurers": its members, no title
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
    return trim(group[:end]) if end < len(group) and end >= 1 else group


def _organisation_like(group: list[Token]) -> bool:
    return any(t.text in ORG_WORDS for t in group) or (
        len(group) == 1 and group[0].text.isupper() and len(group[0].text) > 1
    )


def split_places(groups: list[list[Token]]) -> list[list[Token]]:
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


def title_split(group: list[Token]) -> int:
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
        # "Administrator of the Wage and Hour Division"; but a title's second word ("Department
        # of Health and Human Services Inspector General Daniel R. Levinson") is the title's.
        if i == 7 and last and last != i:
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
            named = next(first, None)
            if named is not None:
                last = named
            elif group[-1].text in PLACE_LAST:
                last -= 1  # "Superintendent of Rock Creek Park": the park, and no one after it
            else:
                last = max(last, given)
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
    if field[-1].text in BODY_OR_PLACE_ENDS:
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


def title_start(tokens: list[Token]) -> int:
    """Where the title phrase of ``tokens`` (which end in a head title) begins: what stands
    before it is an organisation ("Bank of Canada Governor", "EPA Administrator")."""
    start = len(tokens) - 1
    while start > 0 and (is_title(tokens[start - 1].text) or is_head_title(tokens[start - 1].text)):
        start -= 1
    if (
        start > 1
        and tokens[0].text in _RANK_WORDS
        and all(t.text.isalpha() and is_common_word(t.text) for t in tokens[1:start])
    ):
        return 0  # "Acting Forest Supervisor", "Assistant Fire Management Officer": one title
    return start


# Words that open a title and say the holder's rank in it, not a body's name.
_RANK_WORDS = frozenset({"Acting", "Deputy", "Assistant", "Associate", "Interim", "Senior"})


def split_body_person(groups: list[list[Token]]) -> list[list[Token]]:
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


def split_body_office(groups: list[list[Token]]) -> list[list[Token]]:
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
        if not at:
            out.append(group)
            continue
        head_end, tail_start = at, at
        if words[at - 2 : at] == ["of", "the"]:
            head_end = at - 2  # "Phoenix Division of the Bureau of Land Management"
        elif words[at - 3 : at - 1] == ["of", "the"] and words[at - 1] in ("Federal", "U.S."):
            # "Albany Field Office of the Federal Bureau of Investigation": the bureau's own
            # first word stays with it
            head_end, tail_start = at - 3, at - 1
        out += [group[:head_end], group[tail_start:]]
    return out


def split_person_tail(groups: list[list[Token]]) -> list[list[Token]]:
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
                and words[i - 1] != "at"  # "University of California at Santa Cruz": a campus
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


def split_of(group: list[Token], person: bool, text: str) -> list[list[Token]]:
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
            tail = " ".join(t.text for t in trim(group[i + 1 :]))
            legal = legal or (bool(tail) and f" {tail} " in f" {' '.join(t.text for t in head)} ")
            legal = legal or _of_a_town(head, trim(group[i + 1 :]), text)
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
                return [head, trim(group[i + 1 :])] if trim(group[i + 1 :]) else [head]
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
