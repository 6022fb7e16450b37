"""Aliases: one entity under many forms. Surnames fold into the full name ("Carney" into "Mark
Carney"), short forms into organisations ("Brandt"), acronyms into the name their capitals spell
or that defines them ("FEMA", "NEMA"), a lone head word into the body named in full ("the
Department"), and "D.C." into its city ("Washington, D.C.")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from summarizer.extract.entity import Name
from summarizer.extract.gazetteer import (
    RARE_ZIPF,
    famous_place,
    is_given_name,
    place_kind,
    same_country,
    state_of,
    state_of_code,
    zipf,
)
from summarizer.extract.lexicon import (
    COMPASS,
    GENERATIONS,
    GENERIC_HEADS,
    LEGAL_ENDING,
    LEGAL_FORMS,
    NATIONAL_PREFIX,
    ORG_WORDS,
)


def merge_acronyms(names: list[Name], text: str) -> None:
    """Fold "NEMA" into "National Environment Management Authority (NEMA)", and "FEMA" into
    "Federal Emergency Management Agency" when its capitals spell it."""
    for name in list(names):
        # "the Drug Enforcement Administration’s (DEA) office"
        # "the Export-Import Bank of the United States (Ex-Im)"
        match = re.match(
            r"(?:['’]s)? \(([A-Z][A-Za-z]{1,7}|[A-Z][a-z]+-[A-Z][a-z]+)\)",
            text[name.end : name.end + 14],
        )
        if match is not None:
            name.aliases.add(match.group(1))
    defined = {alias for n in names for alias in n.aliases}
    for short in [
        n
        for n in names
        if re.fullmatch(r"[A-Z][A-Z.]{1,7}", n.text)
        or _SMALL_OF.fullmatch(n.text)
        or n.text in defined
    ]:
        if _state_after_town(short, text):
            continue  # "Johnston, RI" is Rhode Island, not the story's "Rhode Islanders"
        target = next(
            (
                n
                for n in names
                if n is not short and (short.text in n.aliases or spells(short.text, n.text))
            ),
            None,
        )
        if target is not None and short in names:
            _fold(names, short, target)


def acronyms_of(name: str, text: str) -> list[str]:
    """The acronyms ``text`` writes on its own that spell ``name`` ("CBP" of "U.S. Customs and
    Border Protection")."""
    return [acronym for acronym in _acronyms_in(text) if spells(acronym, name)]


@lru_cache(maxsize=4)
def _acronyms_in(text: str) -> frozenset[str]:
    """The acronyms a text writes on its own ("CBP", "HUD"), read once per text."""
    return frozenset(re.findall(r"\b[A-Z]{3,6}\b", text))


# "DoD", "DoE": an acronym that writes its "of" in small letters
_SMALL_OF = re.compile(r"[A-Z]o[A-Z]")


def spells(short: str, full: str) -> bool:
    """Whether the capitals of ``short`` spell ``full``: "FEMA", "DOE" of "U.S. Department of
    Energy", "HP" of "Hewlett-Packard Co", "HUD"."""
    letters = short.replace(".", "")
    if _SMALL_OF.fullmatch(letters):
        letters = letters.upper()
    bare = NATIONAL_PREFIX.sub("", full)
    return (
        _initials(full) in (letters, "U" + letters[1:])
        or _initials(_LEGAL_FORM.sub("", full)) == letters
        or _initials(full.replace(" of ", " Of ")) == letters
        or (
            len(letters) > 2
            and letters in (_initials(bare), _initials(bare.replace(" of ", " Of ")))
        )
        or (len(letters) > 2 and _initials(_field(full)) == letters)
    )


def _state_after_town(short: Name, text: str) -> bool:
    return state_of_code(short.text) is not None and bool(
        re.search(r"[A-Z][\w.]+, $", text[max(0, short.start - 40) : short.start])
    )


def merge_state_abbreviations(names: list[Name], text: str) -> None:
    """'Tenn.' is the story's 'Tennessee' where it names the state in full; alone, it keeps its
    full stop ("Rohnert Park, Calif.": the sentence's stop), so that it reads as the state."""
    for short in list(names):
        written = short.text if short.text.endswith(".") else short.text + "."
        state = state_of(written) if text.startswith(written, short.start) else None
        if state is None and _state_after_town(short, text):
            state = state_of_code(short.text)  # "Houma, LA" is in the story's "LOUISIANA"
            written = short.text
        if state is None:
            continue
        full = next((n for n in names if n.text.casefold() == state.casefold()), None)
        if full is not None:
            _fold(names, short, full)
        elif written != short.text:
            short.aliases.add(short.text)
            short.text, short.end = written, short.end + 1


def join_capital_district(names: list[Name], text: str) -> None:
    """'Washington, D.C.' is one place: the city takes the district into its name."""
    districts = [n for n in names if n.text in ("D.C.", "DC", "D.C")]
    for name in names:
        after = re.match(r",\s+(D\.\s?C\.?|DC)(?!\w)", text[name.end : name.end + 8])
        if after and name not in districts and " " not in name.text:
            name.aliases.add(name.text)
            name.end += after.end()
            name.text = text[name.start : name.end]
            for district in districts:
                names.remove(district)
            return


_FOR_AREA = re.compile(r" for (?:the )?[A-Z]")
_FIRM_FORMS = "|".join((*LEGAL_FORMS, "Incorporated", "Corporation", "Company", "Companies"))
_FIRM_OR_TRIBE_REST = re.compile(
    r"(?:,? (?:[A-Z][\w'’.-]*|&|and)){0,3}"
    # "Clean Harbors" of "Clean Harbors of Braintree Inc.": a firm's town before its form
    r"(?: of [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)?"
    rf",? (?:{_FIRM_FORMS})\.?"
    r"| (?:Tribe|Band|Nation)(?: of .+)?"
)


def fold_generic(names: list[Name]) -> None:
    """'Department' alone is the 'Department of Justice' the story named; with no such name it
    is a common noun, and no name. 'Board of Directors' after 'MCC Board of Directors' is that
    board, "U.S. Attorney's Office" after "U.S. Attorney's Office for the District of
    Montana" that office, and "U.S. Marshals" the "U.S. Marshals Service"."""
    for short in [n for n in names if " " in n.text]:
        full = [
            n
            for n in names
            if n.text.startswith(short.text)
            and (
                _FOR_AREA.match(n.text, len(short.text))
                # "Deputy U.S. Marshals" are the "U.S. Marshals Service"'s, not persons
                or (short.text.endswith("s") and n.text == short.text + " Service")
                # "Red Fox" of "Red Fox Companies", "Pascua Yaqui" of "Pascua Yaqui Tribe of
                # Arizona": a firm or a tribe by the opening of its name; but "Harvey Shayew"
                # is the man whose name his firm "Harvey Shayew Inc." bears
                or (
                    _FIRM_OR_TRIBE_REST.fullmatch(n.text, len(short.text)) is not None
                    and not (
                        is_given_name(short.text.split()[0])
                        and zipf(short.text.split()[-1].lower()) < RARE_ZIPF
                    )
                )
            )
        ]
        if len(full) == 1 and short in names:
            full[0].aliases.add(short.text)
            full[0].mentions += short.mentions
            names.remove(short)
    heads = GENERIC_HEADS | ORG_WORDS  # "Museum of Natural History" after "Carnegie Museum ..."
    tails = [n for n in names if n.text.split()[0] in heads and " " in n.text]
    for tail in tails:
        if any(NATIONAL_PREFIX.match(form) for form in tail.aliases):
            continue  # "U.S. Department of Transportation" is not "Maine Department of ..."
        full = [n for n in names if n.text.endswith(" " + tail.text)] or _acronym_owner(
            tail, names, tails
        )
        if len(full) == 1:
            full[0].aliases.add(tail.text)
            full[0].mentions += tail.mentions
            names.remove(tail)
    for generic in [n for n in names if n.text in GENERIC_HEADS]:
        # "the Lab's newly operational collider" is the "Brookhaven National Laboratory"
        spelled = {generic.text, "Laboratory"} if generic.text == "Lab" else {generic.text}
        full = [n for n in names if n is not generic and spelled & set(n.text.split())]
        if full:
            target = max(full, key=lambda n: n.mentions)
            target.aliases.add(generic.text)
            target.mentions += generic.mentions
        if generic.text not in ("Senate", "Government") or full:
            names.remove(generic)


def _acronym_owner(tail: Name, names: list[Name], tails: list[Name]) -> list[Name]:
    """The one body an acronym and the tail's head name: "MCC Board" for "the Millennium
    Challenge Corporation (MCC) Board of Directors", "COPS Office" for the "Office of Community
    Oriented Policing Services" it spells; but "Foundation for Civic Education" is a foundation
    of its own, not the "EWS Foundation", nor is the "Office of Justice Programs" beside the
    "COPS Office" and the office it spells."""
    head, rest = tail.text.split(" ", 1)
    owners = [n for n in names if re.fullmatch(rf"[A-Z]{{2,6}} {head}", n.text)]
    if len(owners) != 1:
        return []
    if spells(owners[0].text.split()[0], rest):
        return owners
    rivals = [t for t in tails if t.text.startswith(f"{head} of ")]
    return owners if rivals == [tail] else []


def same_body(name: str, *forms: str) -> bool:
    """Whether ``name`` is one of ``forms``: a national prefix aside ("US Senate", "United
    States Senate"), written another way ("Paul Johnson Drywall Inc." and "... Inc"), or spelled
    by its capitals ("DOI" of "Department of the Interior")."""
    key = _body_key(name) or name
    variant = _variant_key(name)
    return any(
        name == form
        or key == (_body_key(form) or form)
        or (" " in name and variant == _variant_key(form))
        or (re.fullmatch(r"[A-Z][A-Z.]{1,7}", name) is not None and spells(name, form))
        for form in forms
    )


def merge_national_forms(names: list[Name]) -> None:
    """Fold "United States Agency for ..." and "U.S. Agency for ...", "Department of Justice"
    and "Justice Department", or "Interplex, Inc." and "Interplex", into one name, under the
    form the story uses most."""
    by_rest: dict[str, Name] = {}
    for name in list(names):
        # "Coast Guard" after "U.S. Coast Guard" is that body, written without the country.
        company = re.sub(LEGAL_ENDING, "", name.text)
        owner = company.split()
        if company != name.text and is_given_name(owner[0]) and zipf(owner[-1].lower()) < RARE_ZIPF:
            continue  # "Harvey Shayew Inc." is his company, not "Harvey Shayew"
        country = same_country(name.text)
        rest = (country and f"country {country}") or _body_key(name.text) or company
        kept = by_rest.setdefault(rest, name)
        if kept is not name:
            kept, folded = (name, kept) if name.mentions > kept.mentions else (kept, name)
            if country and kept.mentions == folded.mentions and len(folded.text) < len(kept.text):
                kept, folded = folded, kept  # "China", not "People's Republic of China"
            _fold(names, folded, kept)
            by_rest[rest] = kept


_OF_FIELD = re.compile(
    r"(?P<head>Department|Ministry|Office|Bureau) of (?:the )?(?P<field>[A-Z].*)"
)
_FIELD_FIRST = re.compile(r"(?P<field>[A-Z][\w ]*?) (?P<head>Department|Ministry|Office|Bureau)")


def _body_key(name: str) -> str | None:
    """What a body's forms share: 'Justice Department' and 'U.S. Department of Justice' are
    both 'Department of Justice'; None for a name with no national prefix or inverted form."""
    rest = NATIONAL_PREFIX.sub("", name)
    match = _OF_FIELD.fullmatch(rest) or _FIELD_FIRST.fullmatch(rest)
    if match is not None:
        return f"{match['head']} of {match['field']}"
    return rest if rest != name else None


def _field(name: str) -> str:
    """The field a department is named for: 'U.S. Department of Housing and Urban Development'
    -> 'Housing and Urban Development', whose capitals spell 'HUD'."""
    match = _OF_FIELD.fullmatch(NATIONAL_PREFIX.sub("", name))
    return match["field"] if match is not None else ""


def _initials(name: str) -> str:
    """'U.S. Agency for International Development' -> 'USAID'."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    # "U.S Geological Survey", its last stop dropped, is "USGS" too (not "U.S" alone)
    last = len(words) - 1
    return "".join(
        w.replace(".", "")
        if re.fullmatch(r"(?:[A-Z]\.)+", w) or (re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", w) and i < last)
        else w[0]
        for i, w in enumerate(words)
    )


def merge_variants(names: list[Name]) -> None:
    """Fold the forms of one name that differ only in accents, middle initials, a leading "The"
    or a closing full stop ("Hugo Chávez" and "Hugo Chavez", "Inez M. Tenenbaum" and "Inez
    Tenenbaum", "The U.S. Army Corps of Engineers", "Paul Johnson Drywall Inc.") into the first
    the story writes, and a name's first and last words into the name ("Nebraska Guard", "Bud
    Albright" of 'Clarence “Bud” Albright'), and an operation's name into it ("FALCON")."""
    first: dict[str, Name] = {}
    for name in sorted(names, key=lambda n: n.start):
        key = _variant_key(name.text)
        if " " not in name.text or key not in first:
            first.setdefault(key, name)
            continue
        _fold(names, name, first[key])
    outer: dict[str, list[Name]] = {}
    for name in names:
        words = name.text.split()
        nickname = _NICKNAME.fullmatch(words[1]) if len(words) == 3 else None
        if len(words) == 3 and (words[1][0].isupper() or nickname):
            outer.setdefault(f"{words[0]} {words[2]}", []).append(name)
        if nickname:  # 'Clarence “Bud” Albright' is also "Bud Albright"
            outer.setdefault(f"{nickname[1]} {words[2]}", []).append(name)
        if len(words) > 1 and words[0] == "Operation":  # "Operation FALCON" is "FALCON" too
            outer.setdefault(" ".join(words[1:]), []).append(name)
    for name in list(names):
        if len(longer := outer.get(name.text, [])) == 1 and name in names:
            _fold(names, name, longer[0])


_NICKNAME = re.compile(r"[“\"]([A-Z][\w'’-]*)[”\"]")


def _fold(names: list[Name], name: Name, target: Name) -> None:
    """Fold ``name`` into ``target``: its forms become aliases, its mentions count there."""
    target.aliases |= {name.text, *name.aliases}
    target.mentions += name.mentions
    target.title = target.title or name.title
    names.remove(name)


def _variant_key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    folded = re.sub(r"^the ", "", folded.rstrip("."))
    return " ".join(w for w in folded.split() if not re.fullmatch(r"[a-z]\.", w))


def merge_aliases(names: list[Name], text: str) -> None:
    """Fold "Carney" into "Mark Carney" and "Brandt" into "Brandt Logistik"."""
    by_text = {n.text: n for n in names}
    double_surnames = _double_surnames(names)
    for short in names:
        if (
            " " in short.text
            and not _PARTICLE.match(short.text)
            and short.text not in double_surnames
        ):
            continue
        # Surnames belong to people (last word, or "Van Gogh" of "Theo van Gogh"), short forms
        # to organisations (first word); a short form that is a place ("Berlin" of "Berlin
        # Marathon") is the place.
        people = [
            n
            for n in names
            if n is not short
            and " " in n.text
            and _surname(n.text, short.text)
            and place_kind(short.text) != "country"
            # "Illinois" of "the Northern District of Illinois" is the state, a court's
            # district.
            and not n.text.endswith(f"District of {short.text}")
            # "Savannah" of "First National Bank of Savannah" is the city
            and not (n.text.endswith(f" of {short.text}") and place_kind(short.text))
            and n.text.split()[0] not in COMPASS
            # "Boston" is no surname of "ERO Boston", an agency's field office in the city, nor
            # "DEA" of the "Baton Rouge DEA" office.
            and not (re.fullmatch(r"[A-Z]{2,6}", n.text.split()[0]) and place_kind(short.text))
            # nor "Hawaii" of the "Joint Rescue Coordination Center Hawaii": the state
            and not (place_kind(short.text) and any(w in ORG_WORDS for w in n.text.split()))
            and not (short.text.isupper() and not n.text.isupper())
        ]
        longer = people or [
            n
            for n in names
            if n is not short
            and " " in n.text
            and n.text.split()[0] == short.text
            # "NOAA" is the parent of "NOAA Fisheries", "DEA" of its "DEA Los Angeles Field
            # Division": an acronym is a body of its own, but "IBM" of "IBM Corp." is the firm
            and not (re.fullmatch(r"[A-Z]{2,6}", short.text) and not _LEGAL_FORM.search(n.text))
            # "Ashland" of "Ashland Inc" is the company, though a town has the name; "David"
            # of "David Hicks" the man, though a town in Panama has his.
            and (
                place_kind(short.text) is None
                or _LEGAL_FORM.search(n.text) is not None
                # "Providence Health & Services (Providence)": the story names its short form
                or f"{n.text} ({short.text})" in text
                or (
                    is_given_name(short.text)
                    and not famous_place(short.text)
                    and len(n.text.split()) == 2
                )
            )
        ]
        target = next(iter(people or longer), None)
        if target is None or (target.start > short.start and not people):
            continue
        target.aliases.add(short.text)
        target.mentions += short.mentions
        target.title = target.title or short.title
        del by_text[short.text]
    names[:] = [n for n in names if by_text.get(n.text) is n]


_LEGAL_FORM = re.compile(r" (?:Inc|Corp|Ltd|LLC|Co|Company|Corporation|plc|PLC|AG|SA|NV)\.?$")
# Surnames with a particle: "Van Gogh", "De Klerk", "Da Silva", "Al Assad".
_PARTICLE = re.compile(r"(?i:van|von|de|da|di|du|del|der|den|la|le|ter|ten|bin|al|el) [A-Z]\S*$")


def _double_surnames(names: list[Name]) -> set[str]:
    """'López Obrador' of 'Andrés Manuel López Obrador': the last two words of each name of
    three or more that opens with a given name, or that a title opens ("Under Secretary
    Xochitl Torres Small")."""
    return {
        " ".join(n.text.rsplit(" ", 2)[1:])
        for n in names
        if n.text.count(" ") >= 2
        and (is_given_name(n.text.split()[0]) or n.title is not None)
        # not "National Guard" of "Missouri National Guard": a body's words, no surnames
        and n.text.split()[-1] not in ORG_WORDS
    }


def _surname(full: str, short: str) -> bool:
    """Whether ``short`` is the surname ``full`` ends with ("Carney", "Van Gogh", "Ports" of
    "James F. Ports, Jr.", "Stanton" of "Edward L. Stanton III")."""
    full = re.sub(rf",? (?:(?:{'|'.join(GENERATIONS)})\.|II|III|IV)$", "", full)
    if " " not in short:
        last = full.split()[-1]
        # "Solano" and "Ochoa" of "Francisco Solano-Huerta" and "Gabriel Santiago-Ochoa": a
        # double surname is also written by either half.
        return last == short or (
            last[0].isupper() and short in last.split("-") and is_given_name(full.split()[0])
        )
    return full.casefold().endswith(" " + short.casefold()) and full.count(" ") > short.count(" ")
