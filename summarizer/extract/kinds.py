"""Kinds: what each name is (person, organisation, country, place, or a named thing), from the
name's own shape and the field's data first, then from how the text uses it.

The evidence is weighed in a fixed order, strongest first: a named thing (a treaty, a storm, a
championship); an organisation's head word or legal form ("Inc", "Ltd"); a country, region or
city the gazetteers know (``gazetteer.py``); a title before the name (nameparser's titles); an
appositive ("X, a lawyer,"); "in/at X"; speech ("X said"). What none of these settles stays
open (``kind=None``) for the prior or the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from cleanco import basename

from summarizer.extract.aliases import acronyms_of
from summarizer.extract.entity import Kind
from summarizer.extract.gazetteer import (
    RARE_ZIPF,
    a_state_follows,
    describes_the_next_word,
    famous_place,
    is_common_word,
    is_demonym,
    is_given_name,
    is_surname,
    is_us_state,
    is_world_area,
    just_english_words,
    place_kind,
    us_state_codes,
    us_state_meant,
    us_state_names,
    zipf,
)
from summarizer.extract.lexicon import (
    AREA_TITLES,
    BRACKETED_SHORT_NAME,
    COMPASS,
    COURT_DISTRICT,
    DEGREES,
    FIRM_NOUN,
    HEAD_TITLES,
    HEADLINE_VERBS,
    INITIAL,
    LEGAL_ENDING,
    MEMBERS,
    NATIONAL_PREFIX,
    ORG_PREFIXES,
    ORG_WORDS,
    PARTY_PLURALS,
    PERSON_NOUNS,
    PLACE_BEFORE,
    PLACE_FIRST,
    PLACE_LAST,
    PLANETS,
    SIDE_VERBS,
    SPEECH,
    SUM_AHEAD,
    THING_FIRST,
    THING_WORDS,
    VENUE_ORG,
    words,
)
from summarizer.extract.titles import is_title
from summarizer.extract.tokens import Mention, occurrences


def _around(
    forms: Iterable[str],
    text: str,
    before: re.Pattern[str] | None = None,
    after: re.Pattern[str] | None = None,
) -> bool:
    """Whether some whole-word occurrence of one of ``forms`` has ``before`` ending right
    before it (searched in the 60 characters there) or ``after`` matching right after it."""
    return any(
        (before is not None and before.search(text, max(0, m.start() - 60), m.start()))
        or (after is not None and after.match(text, m.end()))
        for form in forms
        for m in occurrences(form, text)
    )


_SAID_AFTER = re.compile(rf"['’]?s?,? (?:{SPEECH})\b")
_SAID_BEFORE = re.compile(rf"\b{SPEECH} $")


def _said(forms: Iterable[str], text: str) -> bool:
    return _around(forms, text, _SAID_BEFORE, _SAID_AFTER)


# Thing words that also head a body's name: "Conference of Mayors", "Order of Malta".
_BODY_HEADS = frozenset({"Conference", "Meeting", "Meetings", "Order"})


def classify(
    text: str, name: str, aliases: set[str], titled: bool, end: int
) -> tuple[Kind | None, bool]:
    """The kind of ``name`` (None when open) and whether it is a venue (a named building or
    site, which is a place and an organisation at once)."""
    words = name.split()
    head, last = words[0], words[-1]
    if re.search(r",\s+(?:D\.\s?C\.?|DC)$", name):
        return "place", False  # "Washington, D.C."
    if " & " in name and last not in THING_WORDS:  # "National Alcohol & Drug ... Month"
        return "organization", False  # "Dolce & Gabbana", "Harry Pepper & Associates": no one
    if INITIAL.fullmatch(name):
        return "other", False  # "Ph. D.": a letter, no one's name
    if name in ("Commonwealth", "Nation"):
        return "other", False  # "across the Commonwealth": the story's own state, by its style
    if re.fullmatch(r"[A-Z]{2,6}s", name):
        return "other", False  # "three Eligible CDFIs", "NGOs", "MREs": a kind of thing, many
    if (
        len(words) == 1
        and name.istitle()  # not "TX 77002", a state before its ZIP code
        and zipf(name.lower()) >= RARE_ZIPF
        and place_kind(name) is None
        and _always_followed(name, text, _NUMBER_AFTER)
    ):
        return "other", False  # "Buoy 62", "Ramp 44", "Block 721": a numbered thing, no place
    if re.fullmatch(r"FY ?\d{2}(?:\d{2})?", name):
        return "other", False  # "In FY21, COPS received 590 applications": a fiscal year
    if head in ("Member", "Members") and words[1:2] == ["of"]:
        return "other", False  # "Member of Parliament": a seat, not the parliament
    if head in _ASKING:
        return "other", False  # "How Can I Help?", a site's menu: a question, no one's name
    if len(words) > 1 and all(w in _AREA_PARTS for w in words[:-1]) and is_demonym(last):
        return "other", False  # "West African markets", "East Asian": an adjective, no one
    if len(words) == 1 and is_world_area(name) and _only_a_modifier(name, text):
        return "other", False  # "Pacific salmon", "Pacific Region": an adjective, no place named
    if _residents(name):
        return "other", False  # "Rhode Islanders", "New Yorkers": the people of a place
    if len(words) > 1 and last in MEMBERS and last.endswith(("s", "men")):
        return "other", False  # "Fort Lewis Soldiers", "U.S. Airmen": a body's people, no one
    if _always_preceded(name, text, _BRAND_LIST_BEFORE, 300) or _always_followed(
        name, text, _GOODS_AFTER
    ):
        # "bearing the trademarks of Chanel, Paco Ramone and Calvin Klein", "Michael Kors
        # handbags": a brand, no one
        return "other", False
    if name.endswith(" Indian Community"):
        return "organization", False  # "Gila River Indian Community": a tribe's government
    if NATIONAL_PREFIX.match(name) and last == "Marshals" and len(words) <= 3:
        return "organization", False  # "the U.S. Marshals": the Marshals Service
    if last in PARTY_PLURALS and len(words) <= 2 and all(w.istitle() for w in words):
        # "Free Democrats", "the Greens": a party (not "Specially Designated Nationals", a list)
        return "organization", False
    if national_government(name):
        return "country", False  # "Government of Brazil": the state acting as such
    if _of_a_common_word(name):
        return "other", False  # "State of the Union" address
    if any(
        re.search(LEGAL_ENDING, form) or _FIRM_ENDING.search(form) or _foreign_legal_form(form)
        for form in (name, *aliases)
    ):
        return "organization", False  # "Station Casinos", also written "Station Casinos LLC"
    if len(words) == 1 and name not in ORG_WORDS and _always_owned(name, text):
        # "our Nation’s waters": a capitalised common noun, but "our Congress" is a body
        return "other", False
    if _acronym(name.rstrip("s")) and re.search(rf"\b[a-z][\w-]+ \({re.escape(name)}\)", text):
        return "other", False  # "new molecular entities (NMEs)": a term, not a body
    if _AGENCY_AREA.match(name) or _SERVICE_DISTRICT.fullmatch(name):
        return "organization", False  # "EPA Region 5", "Coast Guard Sector Delaware Bay": an office
    if _NUMBERED_UNIT.fullmatch(name):
        return "organization", False  # "30th Space Wing", "116th Air Control Wing": a unit
    if last == "District" and len(words) > 1 and _an_agency_s_district(name, text):
        return "organization", False
    if (district := _DISTRICT_OF.fullmatch(name)) and is_us_state(district["state"]):
        # "the Northern District of California", "District of Puerto Rico": a court's area;
        # but "the District of Utah collected $4.3 million": the U.S. Attorney's office
        if _around((name, *aliases), text, after=_AN_OFFICE_DOES):
            return "organization", False
        return "place", False
    state = re.fullmatch(r"(?:State|Commonwealth) of (.+)", name)
    if state and is_us_state(state[1]) and _around((name,), text, before=_IN_THE):
        return "place", False  # "a major disaster exists in the State of Arizona"
    if (ORG_PREFIXES.match(name) and place_kind(name) is None) or (
        _NUMBERED_GROUP.match(name) and _named_group(name, text)
    ):
        return "organization", False  # "City of Emeryville"; "G8", "G20", "COP28"
    if (
        len(words) >= 2
        and (
            (
                re.fullmatch(r"[A-Z]{2,6}(?:-[A-Z]{1,6})?", head)
                and head not in ("US", "UK")
                # "EPA New England": the agency's regional office, "USDA-RD Alaska" the state's
                and place_kind(" ".join(words[1:])) in ("city", "region")
            )
            or (
                re.fullmatch(r"[A-Z]{2,6}", last)
                and not is_us_state(last)  # "Kirkland WA" is the town in its state
                and place_kind(" ".join(words[:-1])) == "city"
            )
        )
    ):
        return "organization", False  # "ERO Boston", "Baton Rouge DEA": an agency's field office
    if _in_a_state(name, text):
        return "place", False  # "Storm Lake, Iowa", "Winfield, W.Va.", "Houma, LA"
    if len(words) > 1 and (last == "Air" or (head == "Air" and place_kind(last) == "country")):
        return "organization", False  # "Kalitta Air", "Air France": an airline, not "Air Force"
    if (
        last in THING_WORDS
        # "HOME Investment Partnership Grant", not "Olivia Grant"
        or (
            last == "Grant"
            and len(words) > 1
            and is_common_word(words[-2])
            and not is_given_name(words[-2])
            and not words[-2].endswith(".")
        )
        or head in THING_FIRST
        # "Summit of the Americas", "Day of Service": an event named for what it is about
        or (head in THING_WORDS and words[1:2] == ["of"] and head not in _BODY_HEADS)
        or _MODEL.search(name)  # "C-130 Hercules", "CH-47 Chinook": aircraft, not actors
        # "the Coast Guard Cutter Dallas", "Space Shuttle Discovery": a craft
        or re.search(r"\b(?:Cutter|Ship|Shuttle) [A-Z]", name)
        # "a Disaster Recovery Center", "the Disaster Loan Outreach Center": where an agency
        # serves the public, a kind of office, not a body that acts
        or re.search(r" (?:Recovery|Outreach) Center$", name)
        or name.endswith("-class")  # "an Arleigh Burke-class guided-missile destroyer"
        or (
            len(words) > 1
            and _always(name, text, _QUOTED_BEFORE, _PROGRAM_AFTER)
            # not "U.S. Environmental Protection Agency grants" where "EPA" acts: its grants
            and not (last in ORG_WORDS and _acts((name, *aliases), text))
        )
        or (
            len(words) > 1
            and _always(name, text, _QUOTED_BEFORE, _NAMED_PROGRAM_AFTER)
            and not _acts((name, *aliases), text)
        )
        or _around((name, *aliases), text, before=_CRAFT_BEFORE)
        # "a 2004 Dodge Ram", "the 2005 World Social Forum": a model or an edition, no one
        # (not "The 2016 Army Emergency Relief (AER) Campaign ... AER has provided": it acts)
        or (_always_preceded(name, text, _YEAR_BEFORE, 12) and not _acts((name, *aliases), text))
        # "the Orion spacecraft" is a craft, but a "Coast Guard helicopter" is the Guard's, and
        # "orbiting NASA spacecraft" NASA's where "NASA officials" speak
        or (
            last not in ORG_WORDS
            and _around((name, *aliases), text, after=_CRAFT_AFTER)
            and not _around((name, *aliases), text, after=_ITS_PEOPLE)
            # "A new NOAA satellite" beside "NOAA's National Weather Service" or "NOAA PROVIDES
            # CRITICAL LEAD TIME": the agency's
            and not (
                _acronym(name)
                and (_around((name,), text, after=_OWNS) or _an_acronym_does(name, text))
            )
        )
    ):
        return "other", False
    if last in ("Program", "Programme", "Initiative") and not _AGENCY_LIKE.search(name):
        return "other", False  # "National Flood Insurance Program"; the World Food Programme acts
    if (
        names_a_fund(name)
        and not _acts((name, *aliases), text)
        and not re.search(rf"{re.escape(name)} \([^)]{{1,30}}\) (?:today )?[a-z]+ed\b", text)
    ):
        # "grants from the Land and Water Conservation Fund": a pot of money, not a body; the
        # International Monetary Fund and "the ... Fund (CDFI Fund) awarded" act
        return "other", False
    if last == "Partnership" and words[-2:-1] != ["Limited"] and not _acts((name, *aliases), text):
        # "the Hollings Manufacturing Extension Partnership", "the Transatlantic Trade and
        # Investment Partnership": a programme or a pact; "Pebble Limited Partnership" a firm
        return "other", False
    if name in PLANETS:
        return "place", False
    if (
        len(words) > 1
        and last in AREA_TITLES
        and place_kind(" ".join(words[:-1])) == "region"
        # "the Mississippi Department of Marine Resources": a state's department is its agency
        and not (last == "Department" and is_us_state(" ".join(words[:-1])))
    ):
        return "place", False  # "Nariño Department", not the Justice Department
    if last == "House" and place_kind(" ".join(words[:-1])) == "country":
        return None, False  # "the U.S. House" is a chamber, not a place like "the White House"
    if re.search(r"\bHouse of (?:Representatives|Commons|Lords|Delegates)$", name):
        return "organization", False  # a legislature's chamber, a body that votes and acts
    # not "West Bank"; "Makah Tribe of the Makah Indian Reservation": a body "of" a place
    if ORG_WORDS & _heads(name) and place_kind(name) not in ("country", "region"):
        return "organization", last in VENUE_ORG
    place_said = len(words) <= 3 and _placed(name, aliases, text)
    known = place_kind(name, place_said) or (
        place_kind(name.title(), place_said)
        # a dateline's "LEEDS", but not "an additional AUSA" beside "21 AUSAs": an acronym
        if name.isupper() and len(name) > 3 and not re.search(rf"\b{re.escape(name)}s\b", text)
        else None
    )
    if known == "country" and not (name in us_state_names() and us_state_meant(name, text)):
        return "country", False
    if known is not None and not titled:
        return "place", False
    if len(words) > 1 and head in _AREA_PARTS and place_kind(" ".join(words[1:])) is not None:
        return "place", False  # "West Hawaii", "Southern Ontario": a part of a known place
    if (
        head in PLACE_FIRST
        # not "Ave", "Highway", "House" alone: a place's last word names no place
        or (
            last in PLACE_LAST
            and not titled
            and len(words) > 1
            and not common_noun(name, text)
            # "National Weather Service Southern Region": a body's office for an area
            and not (last == "Region" and _AGENCY_HEADS & set(words[:-1]))
        )
        or (_around((name, *aliases), text, after=_AREA) and not _people_word(name))
    ):
        return "place", last in VENUE_ORG
    if name in us_state_codes() and (
        re.search(rf"[A-Z][\w.]+, {name}\b", text)
        or (
            re.search(rf"\b(?:in|across|southern|northern|eastern|western|central) {name}\b", text)
            # "beds in VA hospitals" beside "the VA" or "VA’s ...": Veterans Affairs
            and not re.search(rf"\b[Tt]he {name}\b|\b{name}['’]s\b", text)
        )
    ):
        return "place", False  # "Newark, NJ", "clinics in Delaware and southern NJ"
    said = _said((name, *aliases), text)
    # "National Institutes of Health", "Centers for Disease Control"
    plural_head = re.search(r"\b(\w+)s (?:of|for)\b", name)
    if (
        any(w in ORG_WORDS for w in words)
        or (plural_head and plural_head.group(1) in ORG_WORDS)
        or (
            _acronym(name)
            # "investigated by the EPA, the FBI and the state", "conducted jointly with the FBI"
            and (said or _acts((name,), text) or _around((name,), text, before=_AGENT_OF))
        )
        # "UNICEF", "UNHCR", "UNRWA": a United Nations body, though "UNTIL" is a word in capitals
        or (re.fullmatch(r"UN[A-Z]{2,5}", name) is not None and not is_common_word(name))
    ):
        return "organization", False
    if _of_a_body(name, text, _UNIT_AFTER):
        return "other", False
    if _of_a_body(name, text, _SITE_AFTER) and not is_common_word(name):
        return "place", False  # "the Reserve’s Bryan Mound site", "the company's Fonda plant"
    if titled:
        return "person", False
    if not is_given_name(head) and _around((name, *aliases), text, after=_EMPLOYS):
        return "organization", False  # "Goldman Sachs analyst Jeff Currie": his employer
    after = text[end : end + 60]
    if AGED.match(after):
        # "Francis Arthur, age 35, of Silver Spring", though "at Arthur’s trial" reads as a place
        return "person", False
    if (
        place_said
        and len(words) <= 2
        and not _acronym(name)
        and not _CAMEL.search(name)
        # "in the West", "at the Lake", "in State": a word, where no gazetteer knows a place;
        # "a degree in Electrical Engineering": a field
        and not (len(words) == 1 and is_common_word(name))
        and not (just_english_words(name) and all(place_kind(w) is None for w in words))
        # "Remarks at Takata Press Conference" beside "Takata has agreed": a firm that acts
        and not _around((name, *aliases), text, after=_DECIDES)
    ):
        # not "a breakthrough in HIV prevention", "grants in WaterSMART", "in IDeA"
        return "place", False
    if _ORG_APPOSITIVE.match(after) or _around((name,), text, before=_FIRM_NOUN_BEFORE):
        # "Interplex Engineered Products, a manufacturer of ...", "the nationwide flooring
        # company Spectra Contract Flooring"
        return "organization", False
    # The name's last word written alone: "Carney" of "Mark Carney", "Development" of "USDA
    # Rural Development".
    alone = len(words) >= 2 and last in aliases
    if (
        # not "a radical Islamist who was"; "DONDRE MORGAN, (“MORGAN”), age 32,"
        re.match(r", who\b [a-z]", after)
        or _person_appositive(after)
        or _TITLE_AFTER.match(after)
        or _around((name,), text, before=_TITLE_BEFORE)
        or (said and _person_like(name, text) and not _a_firm_s_full_name(name, text))
        or (
            alone
            and (not is_common_word(last) or is_surname(last) or is_given_name(head))
            and not _ends_in_a_plural(words)
            # "Glenn" of "NASA Glenn", "Postal" of "U.S. Postal": an agency's, where a name in
            # capitals is anyone's ("O.J. Simpson" opens with initials)
            and not (re.fullmatch(r"[A-Z]{2,6}", head) and not name.isupper())
            and not NATIONAL_PREFIX.match(name)
        )
    ):
        return "person", False
    if alone and (
        _acronym(head)
        or NATIONAL_PREFIX.match(name) is not None
        or bool(ORG_WORDS & set(words))
        or re.search(rf"\b[Tt]he {re.escape(last)}\b", text) is not None
    ):
        # "Development" of "USDA Rural Development", "the Treasury", "the Lab": a body's short
        # name is a common word, a person's a family name
        return "organization", False
    return None, False


# Other firms' legal forms: "Citibank, N.A.", "Ace Black Ranches LLP", "Lloyds Banking Group plc",
# "NitroChem S.A."
_FIRM_ENDING = re.compile(
    r"(?:,? (?:LLP|L\.P\.?|PLC|plc|GmbH|S\.A\.|S\.p\.A\.?)|, (?:N\.A|S\.A|N\.V|B\.V|AG)\.?)$"
)
# "DONDRE MORGAN, (“MORGAN”), age 32,", "Michele Sergeant, 31,": a person's age
AGED = re.compile(r",(?: \(“[A-Z]+”\),)? (?:age |aged )?\d{1,3},")


_ASKING = frozenset({"Can", "Could", "Should", "Would", "Does", "Did", "How", "What", "Why"})


def _of_a_common_word(name: str) -> bool:
    """'State of the Union', 'State of Emergency': no place's body (but 'Department of
    Justice' is a body)."""
    match = re.fullmatch(
        r"(?:City|County|State|Commonwealth|Town|Village|Municipality|Province|District) of "
        r"(?:the )?(\w+)",
        name,
    )
    return (
        match is not None
        and is_common_word(match.group(1))
        and place_kind(match.group(1), said_to_be_a_place=False) is None
    )


def national_government(name: str) -> bool:
    """'Government of the Philippines', 'British Government', 'U.S. Government'."""
    match = re.fullmatch(r"(?:The )?Government of (?P<of>.+)|(?P<owner>.+?) [Gg]overnment", name)
    if match is None:
        return False
    if match["of"]:
        return place_kind(match["of"]) == "country"
    return place_kind(match["owner"]) == "country" or is_demonym(match["owner"])


_ORG_APPOSITIVE = re.compile(rf",\s+(?:a|an)\s+(?:[\w-]+\s+){{0,4}}{FIRM_NOUN}\b(?!['’])")
_FIRM_NOUN_BEFORE = re.compile(rf"\b(?:[Tt]he|[Aa]n?) (?:[\w-]+ ){{0,3}}{FIRM_NOUN} $")


def _person_appositive(after: str) -> bool:
    """'X, a lawyer,', 'X, the radio animator': a person; 'Diwali, the festival of lights'
    and 'X, the company' are not."""
    phrase = re.match(r",? (?:a|an|the) ((?:[a-z][\w'’-]* ){0,3}[a-z][\w'’-]*)", after)
    if phrase is None:
        return False
    head = re.split(r" (?:of|for|at|in|on|with|from|who|and)\b", phrase.group(1))[0].split()
    # The phrase's noun names the role; nameparser's titles also hold adjectives ("national",
    # "federal": "Arbonet, a computerized national system"), so the words before it count only
    # as a head title ("a retired army general", "the deputy minister")
    return (
        is_title(head[-1])
        or head[-1] in PERSON_NOUNS
        or any(w.title() in HEAD_TITLES for w in head)
    )


def _placed(name: str, aliases: set[str], text: str) -> bool:
    """Whether the story puts something "in", "at" or "near" the name, not in a thing it
    names ("at Superfund sites", "in WaterSMART grants")."""
    return any(
        _PLACE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        and not _MODIFIES.match(text, m.end())
        and not _SWORN_IN.search(text, max(0, m.start() - 20), m.start())
        for form in (name, *aliases)
        for m in occurrences(form, text)
    )


# "Roberts swore in Donald Trump": the one who takes an oath, not a place
_SWORN_IN = re.compile(r"\b(?:swore|sworn|swear|swears|swearing) in $")
# A plural noun after a name makes the name its modifier: "Superfund sites", "Gaza hospitals".
_MODIFIES = re.compile(r" [a-z]{3,}s\b(?<!ss)")


# "in Camden", "In X,", "the Greek island of Grammatikos"
_PLACE_BEFORE = re.compile(
    rf"\b(?:(?i:{'|'.join(PLACE_BEFORE)})|(?:island|town|city|village|port|province|region|"
    r"district|resident|residents|native) of|(?:towns|villages|cities|suburbs|islands)|"
    r"\d{1,3}, of|(?:flown|taken|evacuated|"
    r"transported|airlifted|moved) to) $"
)
# "in Storm Lake, Iowa": a town, then its state.
# The state ends there: not "Oregon State University, Louisiana State University".
_STATE_AFTER = re.compile(
    r", (?P<one>[A-Z][\w.]*)(?P<two> [A-Z][\w.]*)?(?=[,;:)]|\.?\s+[a-z]|\.?\s*$|\.\s)"
)


_DISTRICT_OF = re.compile(rf"(?:{COURT_DISTRICT}|District) of (?:the )?(?P<state>.+)")
_AN_OFFICE_DOES = re.compile(
    r"(?:,? (?:also|again) )? ?(?:collected|recovered|filed|ranked|worked|obtained|secured|"
    r"(?:was|is) responsible)\b"
)
# The head word of an agency whose regions are offices: "National Weather Service Southern
# Region", "EPA's Region 6" (not "Capital Region", an area).
_AGENCY_HEADS = frozenset(
    ("Service", "Agency", "Administration", "Department", "Bureau", "Office", "Commission")
)
_DEGREE_NEXT = re.compile(rf",\s*(?:{'|'.join(re.escape(d) for d in sorted(DEGREES))})\b")


def _heads(name: str) -> set[str]:
    """The words that say what a name is: its last, and the last before its "of" or "for"
    ("Makah Tribe of the Makah Indian Reservation": "Tribe")."""
    return {name.split()[-1], re.split(r" (?:of|for) ", name)[0].split()[-1]}


def _in_a_state(name: str, text: str) -> bool:
    """Whether the text names ``name`` before a US state: "in Storm Lake, Iowa"."""
    known = place_kind(name)
    # "As administered by the Mississippi Department of Marine Resources, Mississippi
    # regulates": a body, and its state opening the next clause
    if known == "region" or "Department" in name.split():
        return False
    if known is None and (ORG_WORDS - VENUE_ORG) & _heads(name):
        return False  # "U.S. Nuclear Regulatory Commission, Washington, D.C.": a body's address
    return any(
        (after := _STATE_AFTER.match(text, m.end())) is not None
        and is_us_state(state := after["one"] + (after["two"] or ""))
        # "George Sigounas, MS, Ph.D.": a master's degree, not Mississippi
        and not _DEGREE_NEXT.match(text, after.end())
        # "the city of Palestine, Texas", but not "Armenia, Georgia": two countries
        and (known != "country" or place_kind(state) != "country")
        for m in occurrences(name, text)
    )


# "the Lorestan province", "Ohio state", "the Notting Hill and North Kensington areas": a name
# before the word for an area.
_AREA = re.compile(
    r" (?:province|state|district|county|region|prefecture|governorate|municipality|oblast|"
    r"parish|township|village|town|city|area|neighbou?rhood|suburb|provinces|districts|"
    r"counties|regions|prefectures|areas|neighbou?rhoods|suburbs)\b"
)
# "New Yorkers", "Rhode Islanders", "Californians", "Texans", "New Mexicans", "Ohioans": a
# place's people, by its name.
_RESIDENTS = (
    ("ers", ""),
    ("ians", "ia"),
    ("ans", "a"),
    ("ans", "as"),
    ("ans", "o"),
    ("ans", ""),
    ("ns", ""),
)


def _residents(name: str) -> bool:
    return any(
        name.endswith(suffix) and place_kind(name[: -len(suffix)] + place) is not None
        for suffix, place in _RESIDENTS
    )


_EMPLOYS = re.compile(
    # not "Obama spokesman Robert Gibbs": a person has a spokesman, not an analyst
    r"['’]?s? (?:chief |senior |lead |top |former )?"
    r"(?:analyst|economist|strategist|researcher|scientist|engineer)s? [A-Z]"
)


def _people_word(name: str) -> bool:
    """ "predominantly African-American or Hispanic neighborhoods": a people, not a place."""
    last = re.split(r"[\s-]", name)[-1]
    return (
        is_demonym(last)
        or (name.isalpha() and zipf(name.lower()) >= 3.9)
        # "the Oaxacan city of Ejutla", "a Shiite area of Baghdad": a people's adjective (a
        # "-stan", as in "the Lorestan area", is a land)
        or (
            re.fullmatch(r"[A-Z][a-z]+(?<!st)(?:an|ite|ese)", name) is not None
            and place_kind(name) is None
        )
    )


# "space shuttle Atlantis", "the Columbus module", "the ferry MV Nusa": a craft, not an actor.
_CRAFT = (
    r"(?:shuttle|spacecraft|probe|satellite|rocket|module|ship|vessel|ferry|tanker|aircraft|"
    r"helicopter|cutter|plane|jet)"
)
# "the “Furious Fifties.”", "$98.5 million in Teaching American History grants": a name in
# quotation marks, or one that only ever names a programme, is a thing.
_QUOTED_BEFORE = re.compile(r"[“\"]$")
_PROGRAM_AFTER = re.compile(
    r" (?i:grants?|programs?|programmes?|initiative|awards?|scholarships?)\b"
    # not a headline's verb before its sum: "U.S. Department of Education Awards Nearly $53
    # Million"
    rf"(?! {SUM_AHEAD})"
)
# "Investments Supporting Partnerships In Recovery Ecosystems (INSPIRE) Initiative"; but the
# "Economic Development Administration (EDA) grants" are a body's where "EDA" acts
_NAMED_PROGRAM_AFTER = re.compile(BRACKETED_SHORT_NAME + _PROGRAM_AFTER.pattern)


# "the Environmental Protection Agency's Montana Superfund office": what a body's office works
# on, no one's name.
_OWNERS = re.compile(r"['’]s $")
_UNIT_AFTER = re.compile(r" (?:office|offices|division|unit)\b")
_SITE_AFTER = re.compile(r" (?:site|facility|plant|mine|refinery|terminal)\b")


def _of_a_body(name: str, text: str, after: re.Pattern[str]) -> bool:
    """Whether every mention of ``name`` stands after an owner's "'s" and before ``after``."""
    spots = list(occurrences(name, text))
    return (
        bool(spots)
        and _all_preceded(spots, text, _OWNERS, 3)
        and all(after.match(text, m.end()) for m in spots)
    )


_OWNED = re.compile(r"\b(?i:our|your|their|its|his|her|my) $")
_THE = re.compile(r"(?i)the $")


_NUMBER_AFTER = re.compile(r" \d")


def _always_owned(name: str, text: str) -> bool:
    return _always_preceded(name, text, _OWNED, 6)


def _always_preceded(name: str, text: str, before: re.Pattern[str], reach: int) -> bool:
    """Whether every occurrence of ``name`` has ``before`` ending right before it, searched in
    the ``reach`` characters there."""
    spots = list(occurrences(name, text))
    return bool(spots) and _all_preceded(spots, text, before, reach)


def _all_preceded(spots: list[Mention], text: str, before: re.Pattern[str], reach: int) -> bool:
    return all(before.search(text, max(0, m.start() - reach), m.start()) for m in spots)


# A space between two capitalised words is the list's separator, never a word's own: were it
# both, a long Title Case run before a lower-case word would be split every way there is
# (1.8 s for 22 words).
_BRAND_LIST_BEFORE = re.compile(
    r"\b(?:trademarks?|brand names?|brands)\s+(?:such as|of|including|like)\s+"
    r"(?:[A-Z][\w·&'’.-]*(?:\s+&\s+[A-Z][\w·&'’.-]*)*,?\s+(?:and\s+)?)*$"
)


_GOODS_AFTER = re.compile(
    r" (?:handbags|bags|purses|shoes|sneakers|footwear|watches|belts|wallets|scarves|jeans|"
    r"perfumes?|cologne|sunglasses|jerseys|apparel|clothing|merchandise)\b"
)


def _always(name: str, text: str, before: re.Pattern[str], after: re.Pattern[str]) -> bool:
    """Whether every occurrence of ``name`` has ``before`` right before it, or every one has
    ``after`` right after it."""
    return _always_preceded(name, text, before, 1) or _always_followed(name, text, after)


_AREA_AS_NOUN = re.compile(r"\b(?:the|[a-z]+(?:ern|al)) $")  # "the Pacific", "equatorial Pacific"


def _only_a_modifier(area: str, text: str) -> bool:
    """Whether every mention of a world area describes the word after it ("Pacific cod",
    "Pacific youth") or opens a longer name ("Pacific Region"), naming no place itself."""

    def modifies(m: Mention) -> bool:
        name_goes_on = re.match(r" ([A-Z][a-z]+)", text[m.end() : m.end() + 30])
        if name_goes_on:  # "Pacific Region", not "Europe and Eurasia Erin E. McKee"
            return is_common_word(name_goes_on[1])
        return describes_the_next_word(text, m.end()) and not _AREA_AS_NOUN.search(
            text, max(0, m.start() - 20), m.start()
        )

    spots = list(occurrences(area, text))
    return bool(spots) and all(modifies(m) for m in spots)


def _always_followed(name: str, text: str, after: re.Pattern[str]) -> bool:
    """Whether every occurrence of ``name`` has ``after`` matching right after it."""
    spots = list(occurrences(name, text))
    return bool(spots) and all(after.match(text, m.end()) for m in spots)


_IN_THE = re.compile(r"\b(?:in|across|throughout|within) the $")
_AGENCY_AREA = re.compile(r"(?:[A-Z]{2,6}|Coast Guard) (?:Region|District|Sector|Division)\b")
# "Pinion Pine Fire District", "Randall Community Water District": a body that serves an area.
_SERVICE_DISTRICT = re.compile(
    r".+\b(?:Fire|Water|School|Schools|Development|Irrigation|Conservation|Sanitation|Sanitary|"
    r"Utility|Utilities|Improvement|Drainage|Sewer|Park|Parks|Hospital|Transit|Library|Health|"
    r"Port|Flood|Levee|Power|Recreation|Management|Control|Protection) District"
)
_DISTRICTED_AGENCY = re.compile(r"\bCorps of Engineers\b|\bBureau of Land Management\b|\bBLM\b")


def _an_agency_s_district(name: str, text: str) -> bool:
    """Whether a district is an office of the Corps of Engineers or the Bureau of Land
    Management, which keep districts, named next to it ("the Vicksburg District of the U.S.
    Army Corps of Engineers", "BLM's Gila District"), or acting in a release of theirs ("the
    Gila District will transfer a fire engine"); not "the Pyapon District"."""
    return any(
        _DISTRICTED_AGENCY.search(text, max(0, m.start() - 60), m.end() + 60)
        for m in occurrences(name, text)
    ) or (_DISTRICTED_AGENCY.search(text) is not None and _acts((name,), text))


# A military unit by its number: "30th Space Wing", "433rd Airlift Wing", "1st Cavalry Division".
_NUMBERED_UNIT = re.compile(
    r"\d+(?:st|nd|rd|th) (?:[A-Z][\w-]* ){0,4}"
    r"(?:Wing|Group|Division|Fleet|Command|Squadron|Battalion|Brigade|Regiment|Company)"
)
_YEAR_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he) (?:19|20)\d\d $")
# A brand's inner capitals ("WaterSMART", "IDeA", "AmeriCorps"), which no place name has: a
# place's come after a short prefix ("McAllen", "DeKalb", "LaSalle").
_CAMEL = re.compile(r"[a-z][A-Z]{2,}|^[A-Z]{2,}[a-z]+[A-Z]|[a-z]{4,}[A-Z]")
_MODEL = re.compile(r"\b[A-Z]{1,3}-\d{1,3}[A-Z]?\s*[A-Z][a-z]")
_CRAFT_BEFORE = re.compile(rf"\b(?:space )?(?:{_CRAFT}|Ship) $")  # "the NOAA Ship Nancy Foster"
# "NASA officials", "NOAA and NASA officials confirmed": a body's people speak for it
_ITS_PEOPLE = re.compile(
    r"(?: and [A-Z][\w.&-]*)? (?:officials|scientists|researchers|employees|personnel)\b"
)
_OWNS = re.compile(r"['’]s\b")
_CRAFT_AFTER = re.compile(rf"(?: \d{{1,4}}[A-Z]?)? {_CRAFT}\b")  # "an Atlas V 401 rocket"
_AGENCY_LIKE = re.compile(r"\b(?:World|UN|United Nations|International)\b")


def names_a_fund(name: str) -> bool:
    """Whether a name is a fund's, a pot of money some body pays out of ("the Land and Water
    Conservation Fund"), not an international body named a fund (the International Monetary
    Fund, the World Wildlife Fund)."""
    return name.split()[-1] in ("Fund", "Funds") and not _AGENCY_LIKE.search(name)


_NUMBERED_GROUP = re.compile(r"^[A-Z]{1,4}-?\d{1,3}$")


def _named_group(name: str, text: str) -> bool:
    """'the G8', 'G20 leaders', 'G8 said': a group; 'the T54 marathon' is a race class."""
    return any(
        (
            re.search(r"\bthe $", text[max(0, m.start() - 4) : m.start()])
            and not _RACE.match(text, m.end())
        )
        or _GROUP_AFTER.match(text, m.end())
        for m in occurrences(name, text)
    ) or _acts((name,), text)


_RACE = re.compile(r" (?:marathon|final|race|event|class|heat|category)")
_GROUP_AFTER = re.compile(
    r" (?:leaders|nations|countries|members|summit|meeting|group|economies|ministers)\b"
)


# "Anne K. Bingaman, Assistant Attorney General": a title in apposition.
_TITLE_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}(?:(?:Minister|Secretary|President|Director|General|"
    r"Administrator|Governor|Mayor|Chairman|Chairperson|Chief|Commissioner|Ambassador|Senator|"
    r"Attorney|Officer|Spokesman|Spokeswoman|Leader|Judge|Prosecutor)\b"
    # "Mary Jo Bane, assistant secretary for children and families", "X, Commerce assistant
    # secretary for Export Enforcement": the title in lower case
    r"|(?:(?:assistant|deputy|acting|associate|executive|regional|vice|under)\s+)?"
    r"(?:secretary|director|administrator|commissioner|spokesman|spokeswoman|spokesperson|"
    r"chairman|chairwoman|president)\s+(?:of|for|at)\b)"
)


# "The UN Secretary General, Ban Ki-moon released": a title in apposition before the name.
_TITLE_BEFORE = re.compile(
    r"\b(?:Minister|Secretary|Secretary[- ]General|President|Director|Administrator|Governor|"
    r"Mayor|Chairman|Chairperson|Commissioner|Ambassador|Senator|Spokesman|Spokeswoman|"
    r"spokesman|spokeswoman|Judge|Prosecutor), $"
)


def likely_kinds(name: str, text: str) -> tuple[Kind, ...]:
    """The kinds a name the evidence left open can have, likeliest first.

    A model held to an enum leans to its first option, so the order is the prior and the model
    may overrule it; without a model the first is taken. A lone word is no person here
    (surnames are folded into full names before this): it leads as an organisation where the
    text makes it act or own ("Quantara said", "Bluewing's shares"), else as nothing we report.
    Several words lead as a person only when the story does not always write "the" before them
    ("the West Antarctic Ice Sheet") and they look like one: a first name first ("Paul Martin",
    from Faker's locales), or after the first no common English word ("Public Assistance",
    "Cubic Yards") and none the story also writes in lower case. Asked with every kind in the
    same order, the model called "Kyiv", "Tallinn" and "Antofagasta" organisations.
    """
    words = name.split()
    if len(words) > 1:
        if words[0] not in _AREA_PARTS and any(
            is_world_area(" ".join(words[i:])) for i in range(1, len(words))
        ):
            # "Noble Americas", "Toyota Europe": a firm's arm for a part of the world
            return ("organization", "other", "person", "place")
        if _person_like(name, text):
            if _a_firm_s_full_name(name, text):
                return ("organization", "person", "place", "other")
            return ("person", "organization", "place", "other")
        if _around((name,), text, after=_UNDERTAKES):
            return ("organization", "other", "person", "place")  # "CVS Health has agreed to"
        if _of_a_town(name, text):
            # "PTC Aerospace, of Litchfield, Conn.", "Collavino Brothers, Jackson, Mich.": a firm
            return ("organization", "other", "person", "place")
        if NATIONAL_PREFIX.match(name) and acronyms_of(name, text):
            # "U.S. Customs and Border Protection", also "CBP": a national body, short-named
            return ("organization", "other", "person", "place")
        if _acronym_acts(name, text):
            # "U.S. Customs and Border Protection (CBP) officers stopped": a body's acronym
            return ("organization", "other", "person", "place")
        return ("other", "organization", "person", "place")
    if name.istitle() and zipf(name.lower()) >= _EVERYDAY_ZIPF:
        return ("other", "place", "organization")  # "Country", "Work", "Women": words
    if (
        re.search(r"[a-z][A-Z]", name)
        or _acts((name,), text)
        or (
            re.fullmatch(r"[A-Z]{2,6}", name)
            and _an_acronym_does(name, text)
            and not re.search(rf"\d {name}\b", text)  # "a 378 MW liquefied natural gas plant"
            and not short_for_a_thing(name, text)
        )
    ):
        return ("organization", "place", "other")
    return ("other", "place", "organization")


def short_for_a_thing(acronym: str, text: str) -> bool:
    """Whether the story spells the acronym out as a thing's name: "Preliminary Notice of
    Violation (PNOV)", "American Recovery and Reinvestment Act of 2009 (ARRA)"."""
    return any(
        spelled["last"] in THING_WORDS | _NOTICES
        for spelled in re.finditer(
            rf"\b(?P<last>\w+)(?: of \d{{4}})? \({re.escape(acronym)}\)", text
        )
    )


# "OSHA cited his employer", "USACE partnered with", "ATF donates equipment": an acronym that
# does something is a body's.
def _an_acronym_does(name: str, text: str) -> bool:
    """Whether the acronym, written as a subject (not "$500 million from ARP designated to
    ..."), goes on with a verb."""
    return any(
        (_AN_ACRONYM_DOES.match(text, m.end()) or _A_HEADLINE_S_ACRONYM_DOES.match(text, m.end()))
        and not _OBJECT_BEFORE.search(text, 0, m.start())
        for m in occurrences(name, text)
    )


_OBJECT_BEFORE = re.compile(r"\b(?:from|of|in|for|under|with|by|to|through|and)\s+(?:the\s+)?$")
_NOTICES = frozenset(("Violation", "Notice", "Program", "Programme", "Initiative"))
# (Not a plural noun: "five MYP awards", "NGSP funds"; nor where it is: "the DRC located in".)
_AN_ACRONYM_DOES = re.compile(
    r",? (?:also |then |now |recently |jointly )?(?:(?!located|based|related)[a-z]{3,}ed|cites|"
    r"opens|donates|provides|joins|launches|announces|investigates|delivers|trains|manages|"
    r"oversees|recommends)\b"
)

# ... and in a headline's capitals: "NASA Joins Effort to Sniff Out Ozone", "NOAA PROVIDES
# CRITICAL LEAD TIME"
_A_HEADLINE_S_ACRONYM_DOES = re.compile(
    rf" (?:{'|'.join(sorted(HEADLINE_VERBS))}|{'|'.join(sorted(HEADLINE_VERBS)).upper()})\b"
)

# A word that makes a world area a part of it: "Middle Pacific", "Western Europe"
_AREA_PARTS = COMPASS | {"Middle", "Northeast", "Northwest", "Southeast", "Southwest"}
# A word this frequent alone is an everyday word, not a body's name ("Google" is 4.9).
_EVERYDAY_ZIPF = 5.0


_ABSTRACT_END = re.compile(r"(?:tion|sion|ness|ity|ships?|ment|ances?|ences?|ities)s?$")
# Last words of places, sites and firms that end no one's name
_NOT_A_PERSON_S_LAST = PLACE_LAST | words(
    "Auditorium Gorge District Broadway Township Contamination Aquifer Subdivision Campus "
    "Building Corridor Pike Fortress Jail Mesa Ridgetop Heights Springs Hill Lane Companies "
    "Ranches Pharmacy Forge Liquidators Semiconductor Courthouse Enterprise Enterprises Areas"
)


def _person_like(name: str, text: str) -> bool:
    """Whether a name of several words looks like a person's (``likely_kinds``)."""
    words = _GENERATION.sub("", name).split()  # "Joseph H. Autry III": Autry's name
    if len(words) in (2, 3) and _ROMANIZED.fullmatch(words[-1]) and not _acronym(words[0]):
        return True  # "Ma Ying-jeou", "Ban Ki-moon": a family name, then a romanised given name
    if not 1 < len(words) <= 4:
        return False
    # no first name nor an initial opens it ("J. Dorrance Smith" has one)
    unnamed = not is_given_name(words[0]) and not INITIAL.fullmatch(words[0])
    return (
        not _always_after_the(name, text)  # "the West Antarctic Ice Sheet"
        and not any(re.fullmatch(r"[A-Z]{2,}", w) for w in words)  # "Fredericksburg HCC"
        and not re.search(r"\d", name)  # "an Airbus A320": a model, no one's name
        and not _ends_in_a_plural(words)
        # "Rex Lee Auditorium", "Kyle Canyon Historic District", "Forest Hill", "Delfasco Forge":
        # a place's or a firm's last word, after no first name or initial
        and not (words[-1] in _NOT_A_PERSON_S_LAST and unnamed)
        # "Sun Microsystems", "Small Heath": a common word opens no person's name.
        and not (is_common_word(words[0]) and unnamed)
        and words[0] not in ("El", "La", "Los", "Las", "Le", "Les")  # "El Niño", "La Niña"
        and words[0] not in COMPASS  # "West Side", "North Slope", "West Nile": a part of a place
        # "Performance Based Remediation", "Order Expanding Apprenticeships": an English noun
        # of a deed or a state ends no one's name
        and not (
            _ABSTRACT_END.search(words[-1])
            and zipf(words[-1].lower()) >= 3.0
            and not is_surname(words[-1])  # "Renae Lawrence"
        )
        and (
            (is_given_name(words[0]) and not famous_place(words[0]))  # "Paul Martin"
            or not any(
                # "Barack Obama", "Cardell Cooper": a frequent word can be a family name, but
                # not "Lajes Field", "S.W. Washington"
                (is_common_word(w) and not (w is words[-1] and _surname_last(w)))
                or w.lower() in _lower_words(text)
                for w in words[1:]
                # "J. Kevin Kelley": a given name after an initial is one
                if not INITIAL.fullmatch(w)
                and not (w is not words[-1] and is_given_name(w) and INITIAL.fullmatch(words[0]))
            )
        )
    )


def _a_firm_s_full_name(name: str, text: str) -> bool:
    """Whether a name that looks like a person's is a firm's: the story writes it in full each
    time and never its last word alone, and no first name opens it. A person is "Martin" or
    "Mr. Martin" once named, but "Lockheed Martin" and "Goldman Sachs" stay whole."""
    spots = list(occurrences(name, text))
    last = name.split()[-1]
    return (
        len(spots) >= 2
        and not is_given_name(name.split()[0])
        and not _ROMANIZED.fullmatch(last)  # "Ma Ying-jeou" is named whole each time
        and all(
            any(spot.at <= alone.at < spot.to for spot in spots)
            for alone in occurrences(last, text)
        )
        # "Olympian Steph Rice announced her retirement": a person after all
        and not any(_HIS_OR_HER.match(text, spot.to) for spot in spots)
    )


# The rest of the sentence after a mention, when it holds "he", "she", "his", "her" or "him"
_HIS_OR_HER = re.compile(r"[^.!?]{0,120}?\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")


_GENERATION = re.compile(r",? (?:Jr\.?|Sr\.?|II|III|IV)$")
_ROMANIZED = re.compile(r"[A-Z][a-z]{1,6}-[a-z]{2,6}")


# ", of Reno, Nev.", ", based in Houston, Texas": the town, whose state follows.
_TOWN_AFTER = re.compile(r",\s+(?:of\s+|based in\s+)?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")


def common_noun(name: str, text: str) -> bool:
    """Whether a name is the story's common noun in capitals: "Power Plant" where the story
    also writes "the power plant", "the Working Group" beside "the working group"."""
    return just_english_words(name) and f" {name.lower()}" in text


def tribes_in_general(name: str) -> bool:
    """Whether a name calls tribes by what they are, not by their own name: "Native American
    Tribes", "Federally Recognized Tribes", "Tribal Nations" (not "Shoshone-Bannock Tribes")."""
    return _TRIBES_IN_GENERAL.fullmatch(name) is not None


_TRIBES_IN_GENERAL = re.compile(
    r"(?:(?:Federally|Tribal|Native|American|Indian|Alaska|Hawaiian|Indigenous|Recognized|"
    r"Sovereign|and) )+(?:Tribes|Nations|Tribal Governments)"
)


def _of_a_town(name: str, text: str) -> bool:
    """Whether the story places the name in a town of a US state, as it does a firm."""
    return any(
        (town := _TOWN_AFTER.match(text, at.end())) is not None
        and a_state_follows(text, town.end())
        for at in occurrences(name, text)
    )


def _surname_last(word: str) -> bool:
    return is_surname(word) and word not in PLACE_LAST | ORG_WORDS and not famous_place(word)


def _ends_in_a_plural(words: list[str]) -> bool:
    """Whether a name ends in an English plural no family name is and no first name opens it:
    "Thoroughbred Diagnostics", "Restoration Landscapes", not "Jeff Sessions", "Bill Banks"."""
    last = words[-1]
    return (
        len(words) > 1
        and _PLURAL.fullmatch(last) is not None
        and zipf(last[:-1].lower()) >= _NOUN_ZIPF
        and not is_surname(last)
        and not is_given_name(words[0])
        and not INITIAL.fullmatch(words[0])
    )


_PLURAL = re.compile(r"[A-Z][a-z]+[^su]s")
_NOUN_ZIPF = 3.0  # "diagnostic" 3.8, "lender" 3.6


def _always_after_the(name: str, text: str) -> bool:
    """'from the Baikonur Cosmodrome', 'on the Champs Elysee': no person is "the X"."""
    return _always_preceded(name, text, _THE, 4)


@lru_cache(maxsize=8)
def _lower_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case: "Vegetative Debris" is no person where the
    story also says "demolition debris"."""
    return frozenset(re.findall(r"\b[a-z][a-z'’-]*\b", text))


def _acronym(name: str) -> bool:
    return re.fullmatch(r"[A-Z][A-Z.&]{1,7}", name) is not None


def _acts(forms: Iterable[str], text: str) -> bool:
    """'Quantara said', 'FEMA has approved', 'Bluewing's shares': the name, in one of its
    ``forms``, acts or owns."""
    return _around(forms, text, after=_ACTS)


_AGENT_OF = re.compile(
    r"(?:\b(?:[a-z]+ed|led|run|made) (?:jointly )?by|\bjointly with"
    # "colleagues at the FBI, FEMA and the D.C. Metro Police Department": a body's people
    r"|\b(?:agents|officers|officials|investigators|personnel|staff|employees|colleagues|"
    r"partners|representatives) (?:at|from|of|with))\s+"
    r"(?:[^.;]{0,50}?(?:,|\band)\s+)?(?:the\s+)?$"
)


# "FEMA and the State of Alabama have approved": one of two joint subjects acts too; so does
# a body a clause describes first ("The Northern Rail Partnership, which represents councils
# across the region, offered").
_ACTS = re.compile(
    r"(?:['’]s\b|(?:, (?:which|who) [^,;.]{1,80},)?"
    r"(?: and (?:the )?[A-Z][\w.'’-]*(?: (?:of )?[A-Z][\w.'’-]*){0,4})? "
    r"(?:said|says|will|would|has|have|had|is|are|was|were|announced|plans|shares|chief|"
    r"approved|provided|met|reached|agreed|signed|won|filed|pledged|committed|gave|awarded|"
    r"launched|announces|approves|entered|selected|deployed|reports|reported|hosted|sued|"
    r"sues|offered|claims|claimed|stated|told|warned|denied|confirmed|acquired|bought|sold|"
    r"tweeted|tweeting|owns|operates|responded|broadcast|broadcasts|helped|assisted|"
    r"investigated|arrested|seized|conducted|led|makes|took|officials|authorities|"
    r"partners|agents|forces|troops|officers|scientists|researchers|investigators|inspectors|"
    r"engineers|personnel|predicts|predicted|forecasts|estimates|"
    # a side: "Maffra defeated Drouin in the grand final", "the Australian Gliders beat"
    rf"{SIDE_VERBS})\b)"
)


# What a body or a person does and a place does not: "Takata has refused to acknowledge".
_DECIDES = re.compile(
    r" (?:has |have |had )?(?:agreed|refused|admitted|acknowledged|announced|said|says|"
    r"pledged|signed|filed|denied|declined)\b"
)


_ACRONYM_ACTS = re.compile(r" \((?P<acronym>[A-Z]{2,6})\)" + _ACTS.pattern)


def _acronym_acts(name: str, text: str) -> bool:
    """Whether the name's own acronym follows it and acts ("U.S. Customs and Border Protection
    (CBP) officers"); not a name cut from a longer one ("Equal Opportunity (FHEO)")."""
    first = NATIONAL_PREFIX.sub("", name)[:1]
    return any(
        (after := _ACRONYM_ACTS.match(text, m.end())) is not None
        and after["acronym"].lstrip("U").startswith(first)
        for m in occurrences(name, text)
    ) or (
        # "CBP officers seized": the acronym, written on its own, acts
        " and " in name and _acts(acronyms_of(name, text), text)
    )


# A name that undertakes something is a body's, whatever its words.
_UNDERTAKES = re.compile(
    r" (?:(?:has|have|had|also) )?(?:agreed to|pledged|signed|awarded|paid|donated|committed)\b"
)


@cache
def _foreign_legal_form(name: str) -> bool:
    """Whether a name ends in a legal form of several words that cleanco knows ("Sukarne SA de
    CV", "Genting Sdn Bhd"). Its one-word forms are left to our lists: on the dev pages they
    made firms of squadrons ("517th AS"), an address ("First Street S.E.") and a kind of lender
    ("Small Business Lending Company")."""
    name = " ".join(name.split()).strip(" ,.")
    base = basename(name).strip(" ,.")
    return base != name and " " in name[len(base) :].strip(" ,.")
