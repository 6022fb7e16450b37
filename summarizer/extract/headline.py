"""Names the page's headline and header give: a giver, a titled person, places, a subject,
a statement's speaker, and a surname the headline uses alone.

Title Case headlines carry no evidence of names for ``names.py``, so what they do name is read
here, from the headline's own shapes ("NIH Grants $55 Million", "President Bush Signs ...",
"... in St. Clair, Minn."), after the story's names are found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.extract.aliases import same_body
from summarizer.extract.entity import Name
from summarizer.extract.gazetteer import (
    is_common_word,
    is_given_name,
    is_surname,
    names_a_state,
    place_kind,
    zipf,
)
from summarizer.extract.kinds import classify
from summarizer.extract.lexicon import AGENCY_WORDS, COURT_DISTRICT, ORG_WORDS, SUM_AHEAD
from summarizer.extract.page import Layout, Span
from summarizer.extract.titles import is_head_title, is_title
from summarizer.extract.tokens import occurrences

# A release's title names who gives the money, sometimes there alone: "NIH Grants $55 Million in
# ...", "U.S. Department of Commerce Invests Approximately $21 Million to ...".
# A title's giver and its verb of giving: "Coast Guard awards eight contracts for ...".
_TITLE_GIVER = (
    # an owner first gives nothing: "Department of Commerce’s NTIA Awards $277M"
    r"(?:[A-Z][\w.&-]*(?: (?:of|and|for|the|[A-Z][\w.&-]*))+['’]s )?"
    r"(?:The )?(?P<giver>[A-Z][\w.&'’-]*(?: (?:of|and|for|the|[A-Z][\w.&'’-]*))*?)"
    # "United States To Provide Additional $100 Million", "ChevronTexaco agrees to pay EPA"
    r" (?P<verb>(?i:(?:to |will )?(?:announce|award|grant|invest|provide|commit|pledge|donate|"
    r"allocate|approve|deliver|offer|give|release|send|make|contribute|sign)s?"
    r"|agrees? to pay|pays))"
)
TITLE_GIVES = re.compile(_TITLE_GIVER)
# ... and a sum: "NIH Grants $55 Million in Institutional Development Awards"
TITLE_GIFT = re.compile(
    _TITLE_GIVER
    # a recipient may come first: "Salazar Awards Alaska More than $3 Million"
    + r" (?:[A-Z][\w.'’-]* ){0,3}?"
    + SUM_AHEAD
)


@lru_cache(maxsize=8)
def _lower_words(text: str) -> frozenset[str]:
    """The words the story writes in lower case: a Title Case run made of them all is a
    description ("First Time Agency", "Home Health Care Agency"), no name."""
    return frozenset(re.findall(r"\b[a-z]+\b", text))


# An agency's acronym as a headline writes it: "NOAA", "HUD", "AT&T".
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")


def add_title_giver(text: str, title: Span | None, names: list[Name]) -> None:
    """The giver a release's title names, as a name of its own when the story never spells it
    out ("U.S. Department of Commerce"): Title Case lines give no names otherwise."""
    gift = TITLE_GIFT.match(text, title.start, title.end) if title else None
    if gift is None:
        return
    giver = gift.group("giver")
    words = giver.split()
    if (
        len(words) > 1
        and words[-1].endswith("ly")
        and zipf(words[-1][:-2].lower()) >= 3.5  # "Unanimous-ly", not "Assemb-ly" or "Ita-ly"
        and place_kind(words[-1]) is None
        and not is_given_name(words[-1])
        and not is_surname(words[-1])
    ):
        # "EXIM Board Unanimously Approves $69.8 Million": the adverb is the verb's
        words = words[:-1]
        giver = " ".join(words)
    # "Secretary Salazar Announces ...", "Interior Secretary Salazar Awards ...": a person.
    titled = max((i + 1 for i, w in enumerate(words[:-1]) if is_head_title(w)), default=0)
    # not "Justice Department Awards ...": a title word that names the body's field
    if titled and not ORG_WORDS & set(words[titled:]):
        person = " ".join(words[titled:])
        known = next((n for n in names if person in n.forms), None)
        if known is not None:
            known.kind, known.title = "person", known.title or " ".join(words[:titled])
            known.aliases.add(giver)
        return
    first, _, others = giver.partition(" and ")
    if others and any(same_body(first, *n.forms) for n in names):
        return  # "National Park Service and Partner Agencies Award ...": the story's body, and more
    same = [n for n in names if same_body(giver, *n.forms)]
    # "MBDA Awards ...": the agency the story spells out, not "MBDA Business Centers"
    acting = [n for n in same if n.kind in ("organization", "country", "person")]
    known = next(iter(acting or same), None)
    if known is not None and known.kind in ("organization", "country", "person"):
        if giver != known.text:
            known.aliases.add(giver)  # "US Senate" in the title, "United States Senate" after
        return
    if known is not None:
        known.aliases.discard(giver)  # "NOAA" is no short form of "NOAA Coastal Resilience Grants"
    if re.match(r"(?i)pay|agree", gift.group("verb")):
        return  # "Staten Island Company Pays $30,000 Penalty": who pays, described, not named
    lower = _lower_words(text)
    if len(words) > 1 and all(w.lower() in lower for w in words):
        return  # "First Time Agency Invests ...": "the first time the agency has funded"
    name = Name(giver, gift.start("giver"), gift.start("giver") + len(giver), initial=False)
    name.kind, name.venue = classify(text, giver, set(), False, name.end)
    if name.kind is None and _ACRONYM.fullmatch(giver):
        name.kind = "organization"  # "NOAA announces $13.8 million": an agency gives
    elif (
        name.kind is None
        and " " not in giver
        and is_common_word(giver)
        and place_kind(giver) is None
        and not any(giver in n.text.split() for n in names if n.kind != "organization")
    ):
        name.kind = "organization"  # "Interior Provides $1 Million": a department's short name
    if name.kind in ("organization", "country"):
        twin = next((n for n in names if n.text == giver), None)
        if twin is None:
            names.insert(0, name)
        elif twin.kind is None:
            twin.kind = name.kind  # "DOD Announces ...", then "current DOD stocks": one body


# "President Bush Signs H.R. 5551 ...": a title, a family name and the headline's verb.
_TITLED_SURNAME = re.compile(
    r"\b(?P<title>[A-Z][a-z]+) (?P<surname>[A-Z][a-z'’-]+) [A-Z][a-z]+(?:s|ed)\b"
)


def add_title_person(text: str, title: Span | None, names: list[Name]) -> None:
    """A person a Title Case headline calls by title and family name ("President Bush Signs
    ...") when no sentence of the story names them: Title Case lines give no names otherwise."""
    if title is None:
        return
    for found in _TITLED_SURNAME.finditer(text, title.start, title.end):
        surname = found["surname"]
        if not is_head_title(found["title"]) or is_title(surname) or not is_surname(surname):
            continue
        if any(
            surname == n.text or surname in n.aliases or surname in n.text.split() for n in names
        ):
            continue
        name = Name(surname, found.start("surname"), found.end("surname"), initial=False)
        name.kind, name.title = "person", found["title"]
        names.append(name)


def add_title_places(text: str, page: Layout, names: list[Name]) -> None:
    """Places the headline names that no sentence of the story names ("Justice Department
    Settles Lawsuit Against Pasco, Washington, Company", "FEMA Awards $2.4 Million for Tornado
    Saferoom in St. Clair, Minn."): a place the gazetteers know, after a preposition or before
    a comma."""
    title = page.title
    if title is None:
        return
    known = {form.upper() for n in names for form in n.forms}
    known |= {text[span.start : span.end].upper() for span in page.dateline}
    spots = [
        m.span("place")
        for pattern in (_PLACE_AFTER_PREPOSITION, _PLACE_BEFORE_COMMA, _PLACE_BEFORE_STATE)
        for m in pattern.finditer(text, title.start, title.end)
        if pattern is not _PLACE_BEFORE_STATE or names_a_state(m["state"])
    ]
    for start, end in sorted(spots):
        place = text[start:end]
        written = place.title() if place.isupper() else place
        kind = place_kind(written, said_to_be_a_place=False)
        if place.upper() in known or kind is None:
            continue
        # No sentence mentions it: the story's places rank first, and it is no event place.
        name = Name(place, start, end, mentions=0, initial=False)
        name.kind = "country" if kind == "country" else "place"
        names.append(name)
        known.add(place.upper())


_TITLE_WORDS = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}?"
# "in St. Clair, Minn.", "TO HELP ALASKA", "for Kabul": after a preposition, to a break.
_PLACE_AFTER_PREPOSITION = re.compile(
    rf"\b(?i:in|at|to|for|from|near|across|against|off)\s+(?P<place>{_TITLE_WORDS})"
    r"(?=,|\s*$|\s+[a-z]|\s+(?i:to|for|in|as)\b)"
)
# "Pasco, Washington, Company": a place and its state, between commas.
_PLACE_BEFORE_COMMA = re.compile(rf"(?<=, )(?P<place>{_TITLE_WORDS})(?=,)")
# "Lowell, Massachusetts Man Pleads Guilty": a town, then its state.
_PLACE_BEFORE_STATE = re.compile(
    rf"(?<![\w.'’-])(?P<place>{_TITLE_WORDS}), (?P<state>[A-Z][\w.]*(?: [A-Z][a-z]+)?)"
)


def add_title_subject(text: str, title: Span | None, names: list[Name]) -> None:
    """The body a headline opens with, when no sentence of the story names it ("Reserve Bank of
    Australia considers interest rate rise", "U.S. Department of State Welcomes 2012-13
    Fulbright Participants"): the story is about it. A Title Case headline's acronym ("DOT
    Issues ...") only names a body the story spells out."""
    if title is None:
        return
    # "During National Health Center Week, HHS announces ...": after a lead phrase
    lead = _LEAD_PHRASE.match(text, title.start, title.end)
    at = lead.end() if lead else title.start
    if district := _DISTRICT_ACTS.match(text, at, title.end):
        _add_district_office(district["district"], district.start(), names)
        return
    subject = _SENTENCE_CASE_SUBJECT.match(text, at, title.end)
    acronym = False
    if subject is None:
        # In Title Case, the run before a verb: "U.S. Department of State Welcomes ..."
        subject = _TITLE_CASE_SUBJECT.match(text, at, title.end)
        if subject is None:
            return
        acronym = _ACRONYM.fullmatch(subject["subject"]) is not None
        if not acronym and not _names_a_body(subject["subject"], text):
            return
    body = subject["subject"]
    if re.match(r"[A-Z][a-z]+s of ", body):
        return  # not "Thousands of Guard members battle wildfires"
    words = body.split()
    if any(is_head_title(w) for w in words[:-1]) and any(
        n.kind == "person" and n.text.split()[-1] == words[-1] for n in names
    ):
        return  # "Energy Secretary Moniz dedicates ...": the story's Ernest Moniz, no body
    if same := next((n for n in names if same_body(body, *n.forms)), None):
        if same.kind in ("organization", "country") and body != same.text:
            same.aliases.add(body)  # "US Forest Service teams with", "U.S. Forest Service" after
        return
    kind, venue = classify(text, body, set(), False, subject.end("subject"))
    if kind == "organization" and not venue and not acronym:
        name = Name(body, subject.start("subject"), subject.end("subject"), initial=False)
        name.kind = kind
        names.append(name)


# "District of New Jersey Collects $214 Million", "Central District Of Illinois’ U.S.
# Attorney’s Office collects ...": the U.S. Attorney's office of a court's district acts.
_DISTRICT_ACTS = re.compile(
    rf"(?P<district>(?:{COURT_DISTRICT} |District )[Oo]f (?!Columbia)[A-Z][a-z]+(?: [A-Z][a-z]+)??)"
    r"(?:['’]s?)?(?: U\.S\. Attorney['’]s Office)? (?i:[a-z]{3,}s)\b"
)


def _add_district_office(district: str, start: int, names: list[Name]) -> None:
    """The district a headline has act is a body, the U.S. Attorney's office, not a place."""
    written, district = district, district.replace(" Of ", " of ")
    # "U.S. Attorney's Office for the District of Montana": the story spells the office out
    office = next((n for n in names if n.text.endswith(f"Office for the {district}")), None)
    if office is not None:
        office.aliases |= {district, written}
        if twin := next((n for n in names if district == n.text), None):
            office.mentions += twin.mentions
            names.remove(twin)  # the district the story names alone is the same office
        return
    known = next((n for n in names if district in n.forms), None)
    if known is None:
        known = Name(district, start, start + len(district), initial=False)
        names.append(known)
    known.kind, known.venue = "organization", False
    if written != district:
        known.aliases.add(written)  # "District Of Montana Recovers $2.5 Million"


_LEAD_PHRASE = re.compile(r"(?:During|After|Before|Amid|In|On|At|For|With) [^,]{3,60}, ")
# A capitalised run, then a verb in lower case: "Reserve Bank of Australia considers ...".
_SENTENCE_CASE_SUBJECT = re.compile(
    r"(?P<subject>[A-Z][\w.&'’-]*(?: (?:of|and|for|the|[A-Z][\w.&'’-]*)){1,6}?|[A-Z]{2,6})"
    r" [a-z]+(?:s|ed)\b(?= [a-z])"
)


def _names_a_body(words: str, text: str) -> bool:
    """Whether a Title Case run is a public body's name: a run whose head is an agency's word
    ("U.S. Department of State", "National Guard"), not a description the story writes in
    lower case ("Home Health Care Agency": "a home health care agency"; "U.S. Department of
    Labor Investigation": "the investigation")."""
    if re.search(r"['’]s\b|\b(?:and|To|For)\b", words):
        return False
    parts = words.split()
    lower = _lower_words(text)
    head, tail = parts, []
    if "of" in parts:
        head, tail = parts[: parts.index("of")], parts[parts.index("of") + 1 :]
    if len(tail) > 1 and tail[-1].lower() in lower:
        return False
    return head[-1] in AGENCY_WORDS and not all(
        w.lower() in lower for w in parts if w not in ("of", "the")
    )


_TITLE_CASE_SUBJECT = re.compile(
    r"(?P<subject>[A-Z][\w.&'’-]*(?: (?:of|and|for|the|[A-Z][\w.&'’-]*)){0,6}?)"
    r" (?P<verb>[A-Z][a-z]{2,}(?<!ss)s)\b(?= [\w$])"
)


def add_header_speaker(text: str, page: Layout, names: list[Name]) -> None:
    """Who a statement's header says it is by ("Press Statement / John Kerry / Secretary of
    State"): a person, though the header is no sentence."""
    if page.speaker is None:
        return
    speaker = text[page.speaker.start : page.speaker.end]
    known = next((n for n in names if speaker in n.forms), None)
    if known is None:
        known = Name(speaker, page.speaker.start, page.speaker.end, initial=False)
        names.append(known)
    known.kind, known.title = "person", known.title or page.speaker_title


def fold_title_surnames(text: str, title: Span | None, names: list[Name]) -> None:
    """'... Bush refuses to accept' in a title is the story's George W. Bush: a title may call a
    person by a surname the body never uses alone."""
    if title is None:
        return
    headline = text[title.start : title.end]
    for name in names:
        words = name.text.split()
        if name.kind != "person" or len(words) < 2 or words[-1] in name.aliases:
            continue
        surname = words[-1]
        if next(occurrences(surname, headline), None) is None:
            continue  # most surnames: no search of the other names needed
        if not any(n is not name and surname in n.text.split() for n in names):
            name.aliases.add(surname)
