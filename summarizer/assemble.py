"""Assembly: the EventSummary that an article's extracted candidates support.

Every name is the article's own and every evidence quote a span of it, by construction; the
grounding checks in the pipeline record the spans and would catch a bug.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import ValidationError

from summarizer.extract import Candidates
from summarizer.extract.dates import story_date
from summarizer.extract.entity import (
    CommitmentCandidate,
    Name,
    always_followed,
    always_preceded,
    around_mentions,
    before_mentions,
    mentions,
)
from summarizer.extract.focus import acts, event_places, main_actor, only_a_venue, only_an_owner
from summarizer.extract.gazetteer import (
    describes_the_next_word,
    just_english_words,
    place_kind,
    state_of_code,
)
from summarizer.extract.kinds import common_noun, national_government, tribes_in_general
from summarizer.extract.lexicon import (
    AGENCY_WORDS,
    LEGAL_SUFFIX,
    LEGISLATURES,
    ORG_WORDS,
    PLANETS,
    words,
)
from summarizer.extract.page import Layout
from summarizer.extract.sentences import Sentence, clause_span
from summarizer.extract.views import ViewCandidate, descriptor
from summarizer.schema import (
    Actor,
    Amount,
    Commitment,
    EventSummary,
    Evidence,
    ExpertView,
    Location,
)

T = TypeVar("T")
_PACKAGE = Path(__file__).parent


@cache
def rules_version() -> str:
    """A hash of the extraction and assembly code: what the ``extract`` strategy records as its
    prompt version, since it sends no prompt."""
    digest = hashlib.sha256()
    for path in [*sorted((_PACKAGE / "extract").glob("*.py")), _PACKAGE / "assemble.py"]:
        digest.update(path.read_bytes())
    return "rules-" + digest.hexdigest()[:12]


# How much the rules list (the schema allows 50). Real pages list counties, towns and
# countries: on 2,359 real dev pages (longest labeled lists: 53 places, 29 actors, 26
# commitments) 50 locations, 32 actors and 12 commitments, up from 30, 16 and 8, raised
# locations F1 from 0.8841 to 0.8858 and actors F1 from 0.7921 to 0.7931 with precision
# unchanged; 20 commitments cost more precision than they gained recall.
MAX_LOCATIONS, MAX_ACTORS, MAX_COMMITMENTS, MAX_VIEWS = 50, 32, 12, 5
# A longer run of capitalised words is a Title Case headline or a caption, not a name.
NAME_CHARS = 120


def assemble(found: Candidates) -> tuple[EventSummary, list[str]]:
    """The summary the candidates support, and a warning for each item the schema refused."""
    body = found.sentences
    commitments = [c for c in found.commitments if c.actor is not None][:MAX_COMMITMENTS]
    items = _Items()
    chosen, main = _actors(found, commitments)
    summary = EventSummary(
        headline=_headline(found),
        summary=_lede(found.text, body),
        when=story_date(found.text, found.page, found.sentences),
        # The giver of aid is not where it goes: a main actor that gives a sum is no event place.
        locations=_locations(found, main if _commits(main, commitments) else None, items),
        actors=items.keep(_actor(found, name) for name in chosen),
        commitments=items.keep(_commitment(c, found.text) for c in commitments),
        expert_views=items.keep(
            _view(v, found) for v in found.views if not _speaks_for(v.expert, main, found.text)
        )[:MAX_VIEWS],
    )
    return summary, items.warnings


def _speaks_for(expert: Name | None, main: Name | None, text: str) -> bool:
    """Whether an expert is the main actor's own ("said USGS geologist Wright Horton" in a USGS
    release, "Lead researcher Rahul Venkataraman of the Kestrel Institute"): its voice, no
    outside view."""
    if expert is None or main is None or main is expert:
        return False
    return next(mentions([main], descriptor(expert, text)), None) is not None


def _commits(name: Name | None, commitments: list[CommitmentCandidate]) -> bool:
    return name is not None and any(c.actor is name and c.amount for c in commitments)


class _Items:
    """Builds items and keeps the valid ones: an item the schema refuses, or one named by a run
    of capitalised words too long to be a name, is left out with a warning, never an exception."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def keep(self, builders: Iterable[Callable[[], T]]) -> list[T]:
        kept = []
        for build in builders:
            try:
                item = build()
            except ValidationError as e:
                error = e.errors()[0]
                where = ".".join(str(part) for part in error["loc"])
                self.warnings.append(
                    f"left out {_a(e.title)} the schema refuses ({where}: {error['msg']})"
                )
                continue
            name = next((getattr(item, a) for a in _NAMED_BY if getattr(item, a, None)), "")
            if len(name) > NAME_CHARS:
                self.warnings.append(
                    f"left out {_a(type(item).__name__)} whose name is {len(name)} "
                    f"characters long (over {NAME_CHARS}: no name is that long)"
                )
                continue
            kept.append(item)
        return kept


_NAMED_BY = ("name", "actor", "expert")


def _a(kind: str) -> str:
    return ("an " if kind[0].lower() in "aeiou" else "a ") + kind.lower()


def _headline(found: Candidates) -> str:
    """The page's own title when it has one in plain case; else the lede's main clause, up to
    the first clause break after 40 characters."""
    page, text = found.page, found.text
    if page.title is not None and not text[page.title.start : page.title.end].isupper():
        return _clip(text[page.title.start : page.title.end], 120)
    if not found.sentences:
        return "No headline"
    sentence = found.sentences[0].text
    cut = re.search(r"(?<=.{40}),\s|\s(?:after|as|amid|while|following|which)\s", sentence)
    return _clip(sentence[: cut.start()] if cut and cut.start() > 40 else sentence, 110)


def _lede(text: str, sentences: list[Sentence]) -> str:
    """The opening sentences, up to 2-3 and 600 characters: news puts what happened first;
    not a caption, a label or a phone number standing on a line of its own before it."""
    while len(sentences) > 1 and _a_label(text, sentences[0]):
        sentences = sentences[1:]
    parts: list[str] = []
    for s in sentences:
        if parts and (len(" ".join([*parts, s.text])) > 600 or len(parts) == 3):
            break
        parts.append(s.text)
    return _clip(" ".join(parts), 600) or "No summary."


def _a_label(text: str, sentence: Sentence) -> bool:
    """A short line of its own that states nothing: "Location of earthquake.", "How Can I
    Help?", "(Phone: 256.544.0034)", "Wage and Hour Division (WHD)"."""
    alone = text[sentence.start - 1 : sentence.start] in ("", "\n") and text[
        sentence.end : sentence.end + 1
    ] in ("", "\n")
    tokens = sentence.text.split()
    return (
        alone
        and len(tokens) <= 8
        and (
            not sentence.text.rstrip().endswith((".", "!", '"', "”"))
            or not any(t.islower() and t not in _FUNCTION_WORDS for t in tokens)
        )
    )


_FUNCTION_WORDS = words("a an and the of in on at for to by with from or")


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _evidence(found: Candidates, start: int, end: int) -> Evidence:
    """The sentence that holds ``[start, end)``, or its clauses around it when it is long."""
    sentence = next(
        (s for s in found.sentences if s.start <= start < s.end), Sentence(start, end, "")
    )
    return _span(found.text, *clause_span(sentence, start, end))


def _span(text: str, start: int, end: int) -> Evidence:
    return Evidence(quote=text[start:end], start=start, end=end)


def _most_mentioned(items: list[T], limit: int, name: Callable[[T], Name]) -> list[T]:
    """The ``limit`` items whose names the article mentions most, in article order."""
    ranked = sorted(items, key=lambda item: (-name(item).mentions, name(item).start))[:limit]
    return sorted(ranked, key=lambda item: name(item).start)


def _locations(found: Candidates, main: Name | None, items: _Items) -> list[Location]:
    places = [
        n
        for n in found.names
        if (
            n.kind in ("place", "country")
            and not national_government(n.text)
            and not (n.kind == "country" and _only_in_court_titles(n, found.text))
            and not _only_a_court_s_district(n, found.text)
            and not _only_a_street_modifier(n, found.text)
            and not _only_in_a_programme_s_name(n, found.text)
            # "the Port", "the State" beside "the port", "the state": a common noun in capitals
            and not (
                n.kind == "place"
                and " " not in n.text
                and len(n.text) > 3  # not "CA", "La.": a state's code
                and place_kind(n.text) is None
                and n.text not in PLANETS
                and common_noun(n.text, found.text)
            )
        )
        or (n.venue and (n.kind != "organization" or _somewhere(n, found.text)))
    ]
    places = [n for n in places if not _only_acts(n, found)]
    events = event_places(places, found.text, found.page, found.sentences, found.dateline, main)
    ranked = _most_mentioned(places, MAX_LOCATIONS, lambda n: n)
    ranked = events + [n for n in ranked if n not in events][: MAX_LOCATIONS - len(events)]
    return items.keep(_location(found, name, name in events) for name in ranked)


def _only_acts(name: Name, found: Candidates) -> bool:
    """Whether a building only ever acts ("the White House announced"), no one put at it."""
    title = found.page.title
    return (
        name.venue
        and not _somewhere(name, found.text)
        and acts(name, found.text, found.sentences)
        # "Vandenberg Space Force Base Marks 2,000th Launch": the headline's place
        and not (title and name.text in found.text[title.start : title.end])
    )


def _only_a_street_modifier(name: Name, text: str) -> bool:
    """Whether a street only ever stands before a plural noun ("a voice for Main Street
    businesses"): an idiom, no place of the story."""
    if not _STREET.search(name.text):
        return False
    return always_followed(name, text, _PLURAL_NOUN_AFTER, 20)


_STREET = re.compile(r" (?:Street|Avenue|Road|Boulevard)$")


def _only_in_a_programme_s_name(name: Name, text: str) -> bool:
    """Whether a place is only ever named inside a programme's or a law's name ("the Investing
    in America agenda", "America the Beautiful", "Save America's Treasures"): no place of the
    story."""
    spots = [m for m, _ in mentions([name], text)]
    return bool(spots) and all(
        _PROGRAMME_BEFORE.search(text, max(0, m.start() - 16), m.start())
        or _PROGRAMME_AFTER.match(text, m.end())
        for m in spots
    )


_PROGRAMME_BEFORE = re.compile(r"\b(?:Investing in|Save|Pledge to)\s+$")
_PROGRAMME_AFTER = re.compile(
    r" the Beautiful\b| First\b|['’]s (?:Water Infrastructure|Treasures|Great Outdoors)\b"
)
_PLURAL_NOUN_AFTER = re.compile(r"\s+[a-z]+s\b(?!\s+(?:of|in|on|at)\b)")


# "U.S. Attorney Prim F. Escalona", "U.S. District Judge R. David Proctor": a federal court's
# people and the court itself, which put no country in the story.
_COURT_TITLE_AFTER = re.compile(
    r"\s+(?:Attorney|District|Magistrate|Marshals?|Bankruptcy|Court|Sentencing|Probation|"
    r"Trustee)\b"
)


def _only_in_court_titles(name: Name, text: str) -> bool:
    return always_followed(name, text, _COURT_TITLE_AFTER, 40)


# "United States Attorney for the District of Maryland", "the U.S. Attorney's Office for the
# Middle District of North Carolina": the district names the office, not a place of the story.
_COURT_OFFICE_BEFORE = re.compile(r"\b(?:Attorney|Attorney['’]s Office|Court) for the\s+$")


def _only_a_court_s_district(name: Name, text: str) -> bool:
    return "District of" in name.text and always_preceded(name, text, _COURT_OFFICE_BEFORE, 40)


def _somewhere(name: Name, text: str) -> bool:
    """Whether the story puts something at a named building ("landed at Kennedy Space Center"):
    a center only ever named as a body ("the Coastal Services Center will fund") is no place."""
    return any(
        _AT_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
        for m, _ in mentions([name], text)
    )


_AT_BEFORE = re.compile(r"\b(?:at|in|inside|outside|near|to|from)\s+(?:the\s+)?$")


def _location(found: Candidates, name: Name, event: bool) -> Callable[[], Location]:
    kind: Literal["city", "country", "region", "venue", "other"]
    known = place_kind(name.text)
    if name.kind == "country":
        kind = "country"
    elif name.venue:
        kind = "venue"
    elif known in ("city", "region"):
        kind = known  # the gazetteers know "Africa" and "Florida" are no cities
    elif known == "country":
        kind = "region"  # a country's name that is no country here: the state of Georgia
    elif state_of_code(name.text) is not None:
        kind = "region"  # "Anchorage, AK": a state's postal code
    elif name in found.dateline or len(name.text.split()) == 1 or "," in name.text:
        kind = "city"  # a comma only joins a capital and its district: "Washington, D.C."
    else:
        kind = "region"
    return lambda: Location(
        evidence=_evidence(found, name.start, name.end),
        name=name.text,
        kind=kind,
        role="event" if event else "mentioned",
    )


_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?P<role>[^,.;()]{3,70}?)(?:\s+(?:at|of|with|for|from)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w'’.-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’.-]*))*))?\s*(?=[,.;]|\swho\b)"
)


def _appositive(name: Name, text: str) -> tuple[str | None, str | None]:
    """The role and organisation an appositive gives ("Tom Hartley, a transport economist at the
    University of Sheffield,")."""
    match = _APPOSITIVE.match(text, name.end)
    if match is None:
        return None, None
    return _clip(match["role"], 80), (_clip(match["org"], 80) if match["org"] else None)


def _actors(
    found: Candidates, commitments: list[CommitmentCandidate]
) -> tuple[list[Name], Name | None]:
    """The names that act or speak, the main actor first, and the main actor."""
    text = found.text
    affiliations = {
        org for n in found.names if n.kind == "person" and (org := _appositive(n, text)[1])
    }
    committed = {id(c.actor) for c in commitments if c.actor is not None}
    # "Italy seeks indictment of U.S. marine": a country can act in the title alone.
    title = found.page.title
    headline = [Sentence(title.start, title.end, text[title.start : title.end])] if title else []
    chosen = []
    bystanders = []  # bodies and countries named that never act
    sentences = [*headline, *found.sentences]
    lede_end = max(found.sentences[0].end if found.sentences else 0, title.end if title else 0)
    for name in found.names:
        if name.kind not in ("person", "organization", "country"):
            continue
        if name.text in affiliations and name.mentions == 1:
            continue  # an expert's university is their affiliation, not an actor
        if name.kind in ("person", "organization") and _only_a_contact(name, text):
            # "contact Jessica Milteer at (301) 734-3265": the press office's; "News Media
            # Information 202 / 418-0500", "Epiq, Inc., at 877-670-0862": where to call
            continue
        if name.kind == "organization" and _PRESS_OFFICE.search(name.text):
            continue  # "Media Relations: (202) 418-0500", "CFTC Press Release 5193-06"
        if name.kind == "person" and just_english_words(name.text):
            continue  # "Forest Supervisor", "Sponsored Events": English words, no one's name
        if (
            name.kind == "person"
            and name.mentions == 1
            and id(name) not in committed
            and _only_quoted(name, found.page, text)
        ):
            continue  # "We applaud President Guebuza," said the CEO: the speaker acts
        if name.kind == "person" and id(name) not in committed and _only_a_policy_s(name, text):
            continue  # "as part of President Obama's comprehensive energy strategy"
        if (
            name.kind in ("country", "organization")
            and (name.kind == "country" or name.mentions == 1)
            and id(name) not in committed
            and _only_quoted(name, found.page, text)
        ):
            continue  # "When rural America thrives, all of America thrives," she said
        if (
            name.kind == "organization"
            and name.text.removeprefix("The ") in ORG_WORDS
            and name.text not in LEGISLATURES
            and id(name) not in committed
        ):
            continue  # "the Army", "The Council", "Water": a word for a body, not its name
        if (
            name.kind == "organization"
            and id(name) not in committed
            and name.text not in LEGISLATURES  # "Parliament" is the body, though "parliament"
            and not name.text.isupper()  # "UN", "VA"
            and common_noun(name.text, text)
        ):
            continue  # "the Recovery Team" beside "the recovery team": a common noun, no name
        if name.kind == "organization" and tribes_in_general(name.text):
            continue  # "grants to Native American Tribes": a class of bodies, no one named
        if name.kind == "organization" and _always_indefinite(name, text):
            continue  # "a Baltimore Fire Department spokesman", "a U.S. Air Force C-17"
        if (
            name.kind == "organization"
            and id(name) not in committed
            and _only_a_programme(name, text)
        ):
            continue  # "AmeriCorps grants", "the Museums for America program": what is run
        if name.kind == "organization" and name.mentions == 1 and _only_an_example(name, text):
            continue  # "partners, including the Harris County Sheriff's Office and ...": named
        # A person named in the story is an actor; a country that never acts is not, nor a
        # body that only stands in a phrase ("in U.S. District Court", "funding from the
        # Federal Reserve") and never acts.
        if id(name) in committed or (
            acts(name, text, sentences)
            if name.kind == "country"
            else not (
                name.kind == "organization"
                and (
                    only_a_venue(name, text)
                    or only_an_owner(name, text)
                    or (
                        (
                            _only_an_object(name, text)
                            # "under the applicable Federal Aviation Administration standards",
                            # "the DEA registration": named once, past the lede, only to describe
                            # a thing (dev actors: 79 wrong gone, 22 right lost)
                            or (
                                name.mentions == 1
                                and name.start > lede_end
                                and describes_the_next_word(text, name.end)
                            )
                        )
                        and not acts(name, text, sentences)
                    )
                )
            )
        ):
            chosen.append(name)
        else:
            bystanders.append(name)
    experts = {id(v.expert) for v in found.views if v.expert is not None}
    # "An Iraqi soldier has died after two United States UH-60 Black Hawk helicopters
    # collided": where no one acts, the story is still about one body or country it names
    # (dev main actor 0.8090 -> 0.8101: 3 right, none lost)
    main = main_actor(chosen or bystanders, text, found.page, found.sentences, committed, experts)
    if not chosen and main is not None:
        chosen = [main]
    ranked = _most_mentioned(chosen, MAX_ACTORS, lambda n: n)
    if main is not None:
        ranked = [main, *[n for n in ranked if n is not main][: MAX_ACTORS - 1]]
    return ranked, main


def _actor(found: Candidates, name: Name) -> Callable[[], Actor]:
    role, org = _appositive(name, found.text) if name.kind == "person" else (None, None)
    kind: Any = name.kind
    return lambda: Actor(
        evidence=_evidence(found, name.start, name.end),
        name=name.text,
        kind=kind,
        title_or_role=_clip(name.title, 80) if name.title else role,
        affiliation=org,
    )


def _commitment(c: CommitmentCandidate, text: str) -> Callable[[], Commitment]:
    assert c.actor is not None
    actor = c.actor.text
    amount = None
    if c.amount is not None:
        amount = Amount(value=c.amount.value, currency=c.amount.currency, text=c.amount.text[:40])
    status: Any = c.status
    return lambda: Commitment(
        evidence=_span(text, c.start, c.end),
        actor=actor,
        action=_clip(c.action, 80) or "commitment",
        amount=amount,
        recipient=None,
        timeframe=None,
        status=status,
    )


def _view(v: ViewCandidate, found: Candidates) -> Callable[[], ExpertView]:
    _, org = _appositive(v.expert, found.text) if v.expert else (None, None)
    expert = v.expert.text if v.expert else None
    return lambda: ExpertView(
        evidence=_span(found.text, v.start, v.end),
        expert=expert,
        affiliation=org,
        view=_clip(v.view, 200),
        quote=v.quote,
    )


def _only_quoted(name: Name, page: Layout, text: str) -> bool:
    """Whether every mention of a name stands inside someone else's quotation: a quotation
    mark opened in its paragraph before it, and the next mark after it a closing one. A
    paragraph is its line, or the whole unit where the page is typed at 70 columns ('said NASA
    Administrator Daniel' closes a line that opened with the quotation's end)."""
    return all(_quoted(text, m.start(), m.end(), page) for m, _ in mentions([name], text))


_NEXT_MARK = re.compile(r"[“”\"\n]")  # a line's paragraph ends at the line's end
_NEXT_QUOTE_MARK = re.compile(r"[“”\"]")


def _quoted(text: str, start: int, end: int, page: Layout) -> bool:
    wrapped = next(
        (u for u in page.body if u.start in page.wrapped and u.start <= start < u.end), None
    )
    opens = wrapped.start if wrapped else text.rfind("\n", 0, start) + 1
    opened = False  # "“" opens, "”" closes, and a straight mark does what the last did not
    for mark in re.findall(r"[“”\"]", text[opens:start]):
        opened = mark == "“" or (mark == '"' and not opened)
    after = (_NEXT_QUOTE_MARK if wrapped else _NEXT_MARK).search(text, end)
    return opened and after is not None and after.group() in '”"'


def _only_a_policy_s(name: Name, text: str) -> bool:
    """Whether every mention of a person names whose policy, plan or team something is
    ("President Biden's Investing in America agenda", "President Bush's goals"): the person
    does nothing in the story. On the real dev pages, 9 of 10 such people were no labeled
    actor."""
    return always_followed(name, text, _POLICY_AFTER, 60)


_POLICY_AFTER = re.compile(
    r"['’]s (?:[\w-]+ ){0,5}?(?:strategy|plan|agenda|goals?|priority|priorities|team|vision|"
    r"initiative|budget|program|programme|policy|Law|Act|administration|Administration|"
    r"leadership|approach)\b"
)


# Who speaks for a body, not the body acting: its press office, communications office or
# release ("the installation's Public Affairs Office", "CFTC Press Release 5193-06")
_PRESS_OFFICE = re.compile(
    r"(?:^|\s)(?:Press (?:Release|Office)|Media Relations|Public Affairs(?: Office)?|"
    r"Office of (?:Public Affairs|Communications|Media Relations)|Communications Office)$"
)


def _only_a_contact(name: Name, text: str) -> bool:
    """Whether every mention of a name is a press contact's: after "contact", or before a
    telephone number or an e-mail address."""
    spots = around_mentions(name, text, 30, 40)
    return bool(spots) and all(
        _CONTACT_BEFORE.search(b) or _CONTACT_AFTER.match(a) for b, a in spots
    )


_CONTACT_BEFORE = re.compile(r"(?i)\bcontacts?:?\s+$")
# "(202) 418- 7450", "202 / 418-0500": a number as copied from a PDF, spaces and all
# "Epiq, Inc., at 877-670-0862", "JND Legal Administration, at 1-844-566-0108": a firm's line too
_CONTACT_AFTER = re.compile(
    rf"(?:,? {LEGAL_SUFFIX}\.?)?(?:,|\s+at|\s+by)*\s*"
    r"(?:(?:1-)?\(?\d{3}\)?\s*[\s./-]\s*\d{3}\s*[.-]\s*\d{4}|[\w.+-]+@)"
)


def _always_indefinite(name: Name, text: str) -> bool:
    """Whether every mention of a name follows "a", "an", "each", "every", "any", "another" or
    "one": a kind of body, or a word before a noun."""
    return always_preceded(name, text, _INDEFINITE_BEFORE, 12)


_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:a|an|each|every|any|another|one)\s+$")


def _only_an_example(name: Name, text: str) -> bool:
    """Whether every mention of a name stands in a list of examples ("including", "such as")."""
    return always_preceded(name, text, _EXAMPLE_BEFORE, 80)


_EXAMPLE_BEFORE = re.compile(r"\b(?:including|such as)\b[^.;:!?\n]*$")


def _only_a_programme(name: Name, text: str) -> bool:
    """Whether every mention of a name is followed by what a programme gives or holds
    ("Volunteer Generation Fund grants", "the WaterQualityWatch website"), and none of its
    words is a public body's or an acronym ("Corps of Engineers projects", "NOAA Research
    grants" name the giver)."""
    return not any(w in AGENCY_WORDS or w.isupper() for w in name.text.split()) and always_followed(
        name, text, _PROGRAMME_NOUN_AFTER, 40
    )


_PROGRAMME_NOUN_AFTER = re.compile(
    r"(?:\s+\([A-Z][\w&-]*\))?\s+(?:program|programs|grants?|funding|funds|initiative|"
    r"projects?|website|awards?|participants|grantees|recipients|benefits|competition|data)\b"
)


def _only_an_object(name: Name, text: str) -> bool:
    """Whether every mention of a body stands after a preposition ("funding from the Federal
    Reserve", "a member of Congress"), and none of its people act ("members of the Iranian Red
    Crescent have begun"). A sum's recipient ("a $1.6 million grant to the University of
    Turabo"), a transfer's, a grant's source ("the grants from the U.S. Fish and Wildlife
    Service") and who helps or directs ("under the direction of the Department of the
    Interior") take part, and are no mere objects: dev actors +25 right, +10 wrong."""
    return bool(spots := before_mentions(name, text, 200)) and all(
        _an_object(spot) for spot in spots
    )


def _an_object(spot: str) -> bool:
    """Whether a name after ``spot`` is a mere object (``_only_an_object``), alone or listed
    after the preposition: a recipient's list takes part as its first name does ("grants to
    Howard University, Florida A&M University and ...")."""
    listed = _LISTED_AFTER_OBJECT.search(spot)
    lead = spot[: listed.end("lead")] if listed else spot
    return (
        (_OBJECT_BEFORE.search(spot[-40:]) is not None or listed is not None)
        and not _ITS_PEOPLE.search(spot[-40:])
        and not _RECIPIENT_BEFORE.search(lead[-80:])
    )


# Not "with": "in partnership with the FBI", "a settlement with the State of Delaware" name a
# party that acts too (dev actors +13 right, +9 wrong). "its Bureau of Health Professions" and
# "a new Wanted Bank Robbers website" name a unit and a thing (dev actors -19 wrong, -3 right).
# Not "against": a case's party ("a lawsuit against Gollnick Construction") takes part.
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|to|for|from|in|on|at|under|through|via|between|including|among|into|"
    r"its|their|new)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}$"
)
# "officials from the National Grocers Association, Food Marketing Institute, and": a later
# name of a list after a preposition is as much its object.
_NAME = r"(?:the\s+)?[A-Z][\w.'’&()-]*(?:\s+(?:of|and|for|on|the)?\s*[A-Z][\w.'’&()-]*){0,8}"
_LISTED_AFTER_OBJECT = re.compile(
    r"(?P<lead>\b(?:of|to|for|from|in|at|under|through|including|among|between)\s+(?:the\s+)?)"
    rf"{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)?\s*(?:the\s+)?$"
)
_RECIPIENT_BEFORE = re.compile(
    r"(?:\$[\d.,]+(?: (?:million|billion))?|\b(?:grants?|awards?|funding|funds|loans?))"
    r"[^.;$]{0,40}?\bto\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}$"
    # "transfer a fire engine to the Colorado City Fire Department", "Awarded to the ..."
    r"|\b(?:transfer\w*|donat\w+|deliver\w*|awarded|presented)\b[^.;]{0,40}?\bto\s+(?:the\s+)?$"
    # "approved a grant of $2,160,987 for the State of Florida"
    r"|\$[\d.,]+(?: (?:million|billion))?\s+(?:\w+\s+){0,3}?for\s+(?:the\s+)?$"
    # "announced funding for the City of Perry Community Organization"
    r"|\b(?:funding|grants?|loans?|awards?)\s+for\s+(?:the\s+)?$"
    # "The grants from the U.S. Fish and Wildlife Service", "additional funding comes from"
    r"|\b(?:grants?|funds|funding|money|donations?|contributions?)\s+(?:\w+\s+){0,2}?from\s+"
    r"(?:the\s+)?$"
    # "with the assistance of the FBI", "under the direction of the Department of the Interior"
    r"|\b(?:assistance|help|support|collaboration|cooperation|direction|leadership)\s+"
    r"(?:of|from)\s+(?:the\s+)?$"
)
_ITS_PEOPLE = re.compile(
    r"(?i)\b(?:members|staff|officials|workers|volunteers|troops|soldiers|officers|employees|"
    r"spokes\w+|head|chief|director|president|chairman|leader|leaders|team|teams|agents|"
    r"platoons|sailors|marines|crews?|personnel|investigators) "
    r"(?:of|with|for|from|at|assigned to)\s+"
    r"(?:the\s+)?$"
)
