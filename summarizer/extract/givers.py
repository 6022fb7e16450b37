"""Givers: who commits in a clause, the subject of its verb, the agent of a passive, whoever
announces that another receives, the body a sum is "from", or whom "the department", "it" or
"they" points back to."""

from __future__ import annotations

import re

from summarizer.extract.entity import (
    CommitmentCandidate,
    Kind,
    Name,
    after_mentions,
    before_mentions,
    by_legal_form,
    mentions,
    without_title,
)
from summarizer.extract.lexicon import (
    BRACKETED_SHORT_NAME,
    FIRM_NOUN,
    LEGAL_SUFFIX,
    PLACE_BODY_NOUNS,
    words,
)
from summarizer.extract.sentences import Sentence
from summarizer.extract.titles import before_a_title
from summarizer.extract.tokens import Mention

# "X announced that ... the agency has obligated": the reported subject is a body named before.
_NOUN_AFTER = re.compile(
    r"\bthat\b[^.;]*?\b(?:the|its) (agency|company|bank|government|ministry|department|"
    r"organization|organisation|corporation|foundation|fund|council|group|firm)\b"
)


_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:has\s+|had\s+|have\s+|also\s+)*")


# "The eight nations pledged": a collective that stands for a group the story named ("G8").
_COLLECTIVE = re.compile(
    r"(?i)\b(?:the|these|those|all|its)\s+(?:\w+\s+)?(?:nations|countries|leaders|members|"
    r"governments|states|economies|partners)\s*(?:have\s+|had\s+|also\s+|jointly\s+)*$"
)


_GROUP_NAME = re.compile(r"\d|Group|Alliance|Coalition|Union|Nations|Forum|Bloc|Club")


# Not "The two sides agreed": a number stands for several actors, not one.
_PRONOUN_SUBJECT = re.compile(
    # "And the agency announced": a conjunction may lead.
    r"^\s*(?:(?:And|But|Also|Meanwhile|In addition),?\s+(?=[a-z]))?"
    # "Per the terms of the agreement, the hospitals will provide": a phrase may lead
    r"(?:(?:Per|Under|Pursuant to|As part of|In accordance with|Through|With) [^,.;]{3,60},\s+"
    r"(?=[Tt]he |[Hh]e |[Ss]he |[Tt]hey |[Ii]t ))?"
    r"(?:(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)|[Tt]he (?!(?:two|three|four|five|both|other)\b)"
    r"(?P<noun>\w+))\b"
)


# What "the company" or "the franchisee" calls a firm (a name with a firm's legal form).
_FIRM_NOUNS = words("company firm franchisee contractor employer")


# What "The <noun>" at the head of a sentence can point back to; nobody for other nouns ("The
# funding announced today will expand ...").
_NOUN_KINDS: dict[str, tuple[Kind, ...]] = {
    **dict.fromkeys(
        words(
            "group bank institute foundation agency union ministry council club team "
            "fund university board carrier airline insurer lender operator charity organisation "
            "organization party alliance consortium coalition association federation museum "
            "hospital school court authority department service bureau commission committee"
        )
        | _FIRM_NOUNS,
        ("organization",),
    ),
    **dict.fromkeys(
        words(
            "minister president mayor governor chancellor premier secretary chief chairman "
            "chairwoman spokesman spokeswoman ambassador envoy commissioner"
        ),
        ("person",),
    ),
    # "The City also will offer promotions": only a body the story named with the word
    **dict.fromkeys(PLACE_BODY_NOUNS, ("organization",)),
    "country": ("country",),
    "he": ("person",),
    "she": ("person",),
    "it": ("organization", "country"),
}


# A name right after one of these is an object, not the subject: "contributors to Ukraine's
# recovery", "which controls 38 percent of Nordhavn".
OBJECT_OF = re.compile(
    r"\b(?:of|to|for|with|from|by|in|on|at|against|among|into|about|over|between|including|"
    r"through|via|under|than|like|across|throughout)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "Officials at the National Institute of Standards and Technology (NIST) announced": the body
# acts through its people.
_STAFF_OF = re.compile(
    r"(?:^|[,;]\s+)(?:[Oo]fficials|[Ll]eaders|[Rr]epresentatives|[Ss]taff)\s+(?:at|of|from)\s+"
    r"(?:the\s+)?$"
)


# "has signed Compacts with Madagascar, Honduras, Cape Verde, and Nicaragua and will sign": the
# later members of a list after a preposition are objects too.
# One separator after each word, so that a long run of capitals is read in one pass.
_OBJECT_LIST = re.compile(
    r"\b(?:of|to|for|with|from|in|on|at|against|among|into|between|including)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:, and |, | and | ))+$"
)


# "FEMA and the State of Alabama have approved", "President Bush and Prime Minister Howard
# reaffirmed": a joint subject, one commitment each.
_AND = re.compile(
    # "the Federal Emergency Management Agency (FEMA) and the Iowa Division ... will open"
    r"^\.?(?:\s+\([^()]{1,40}\))?,?\s+(?:and|as well as)\s+(?:the\s+)?"
    # "Paul Johnson Drywall Inc., and its owner Robert Cole Johnson, agreed to pay"
    r"(?:(?:its|his|her|their)\s+(?:owner|founder|president|parent|chief executive)\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$"
)


# Before the "and" of a list, its members stand between commas: "the Red Cross, Red Crescent,
# OXFAM as well as UNICEF".
_LIST_COMMA = re.compile(r"^,\s+(?:the\s+)?$")
# "Administrator Green and Minister of Foreign Affairs and Human Mobility of the Republic of
# Ecuador José Valencia signed": a second person after a title of many words.
_AND_TITLED = re.compile(r"^,?\s+and\s+(?:(?:[A-Z][\w.'’-]*|of|for|the|and)\s+){1,10}$")
# Between a body and its officer's name: "(DPMA) President", "'s Minister of Agriculture".
_AFFILIATION = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:['’]s)?\s+(?:(?:[A-Z][\w.'’-]*|of|for|the|and)\s+){1,6}"
)


# "$2 billion of it from", "$10 million will come from", "$53 million in additional
# humanitarian assistance from the United States government": a few words, then "from".
_FROM = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,4}?from\s+(?:the\s+|its\s+|their\s+)?")


# "The funding comes from the U.S. Department of Agriculture", "The grants are awarded through
# HUD's Lead Hazard Reduction Grant Program": where a release's money comes from.
_MONEY_SOURCE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hese)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:funding|funds|money|grants?|awards?|loans?|investments?)"
    # "Two $13,000 grants – both of which come from the U.S. Department of Agriculture"
    r"|\b(?:grants?|funds|awards?|loans?)\s+[–—-]\s+(?:both|all|each) of which)\s+"
    r"(?:com(?:e|es|ing)|came|"
    r"(?:is|are|was|were)\s+(?:being\s+)?(?:provided|awarded|made available))"
    r"\s+(?P<via>from|by|through)\s+(?:the\s+)?"
)


def _first_named_at(actors: list[Name], text: str, at: int) -> tuple[Mention, Name] | None:
    first = min(
        mentions(actors, text[at : at + 80]), key=lambda spot: spot[0].start(), default=None
    )
    return first if first is not None and first[0].start() == 0 else None


def named_at(actors: list[Name], text: str, at: int) -> Name | None:
    """The actor named right at ``at``: "a penalty against (Saddle River Valley Bank)"."""
    first = _first_named_at(actors, text, at)
    return None if first is None else first[1]


def _source_named(actors: list[Name], text: str, at: int, owner: bool) -> Name | None:
    """The body named right at ``at`` (the first named after "from", "by" or "through"); only
    as the ``owner`` of what follows ("through HUD's programme") where the money comes through
    something: "through the Community Oriented Policing Services Office (COPS)
    Anti-Methamphetamine Program by the Department of Justice" names a programme."""
    first = _first_named_at(actors, text, at)
    if first is None:
        return None
    # "the Department of Justice’s (DOJ) Office of Community-Oriented Policing Services"
    owns = re.match(r"['’]s?\s+(?:\([A-Z&]{2,8}\)\s+)?", text[at + first[0].end() :])
    if owner and owns is None:
        return None
    if not owner and owns is not None:
        # "from HHS' Centers for Medicare & Medicaid Services": the body HHS owns gives
        return _source_named(actors, text, at + first[0].end() + owns.end(), owner) or first[1]
    return first[1]


def money_source(actors: list[Name], text: str) -> Name | None:
    """The body a release says its money comes from, if it says so."""
    said = (
        _source_named(actors, text, m.end(), owner=m.group("via") == "through")
        for m in _MONEY_SOURCE.finditer(text)
    )
    return next((n for n in said if n is not None), None)


def body_at(actors: list[Name], text: str, at: int) -> Name | None:
    """The body named right at ``at``, or the one it owns named after it ("through the
    Department of Justice's (DOJ) Office of Community-Oriented Policing Services")."""
    return _source_named(actors, text, at, owner=False)


def from_giver(actors: list[Name], text: str, at: int) -> Name | None:
    """The giver an amount is "from" ("$2 billion from the World Bank"), not the speaker."""
    lead = _FROM.match(text, at)
    return None if lead is None else _source_named(actors, text, lead.end(), owner=False)


_ANNOUNCED_THAT = re.compile(
    r"\s+(?:\w+ly\s+|today\s+|yesterday\s+)*(?:announced|said)\s+(?:today\s+)?that\s+"
)


def announcer(actors: list[Name], text: str, start: int, cue_at: int, end: int) -> Name | None:
    """Who announces that another receives a sum ("Secretary Rod Paige today announced that
    Kansas will receive $6.4 million", "... who received awards totaling almost $10 million,
    the Centers for Disease Control and Prevention announced today."): the giver, in a
    release."""
    before = (
        name
        for m, name in mentions(actors, text[start:cue_at])
        if _ANNOUNCED_THAT.match(text, start + m.end(), cue_at)
    )
    after = (
        name
        for m, name in mentions(actors, text[cue_at:end])
        if _ANNOUNCED_AFTER.match(text, cue_at + m.end(), end)
        and re.search(r",\s+(?:the\s+)?$", text[cue_at : cue_at + m.start()])
    )
    return next(before, None) or next(after, None)


_ANNOUNCED_AFTER = re.compile(r"\s+(?:today\s+|yesterday\s+)?announced(?:\s+today)?\s*\.?\s*$")


def named_last(names: list[Name], phrase: str) -> list[tuple[str, Name]]:
    """The names ``phrase`` ends with, as whole words, with the form it writes: the longest
    form first ("Secretary Mary E. Peters" ends with "Mary E. Peters" before "Peters")."""
    ending = [
        (form, n)
        for n in names
        for form in n.forms
        if phrase == form or (phrase.endswith(form) and phrase[-len(form) - 1] == " ")
    ]
    return sorted(ending, key=lambda found: -len(found[0]))


def ending_name(names: list[Name], phrase: str) -> Name | None:
    """The name ``phrase`` ends with, its longest form first (``named_last``)."""
    return next((n for _, n in named_last(names, phrase)), None)


_ASIDE = re.compile(
    r",\s+(?:through|via|with the help of|by way of|on behalf of|in partnership with)\b[^,;]*,"
    # "OPIC, the U.S. Government's development finance institution, approved": what it is
    r"|,\s+the\s+[^,;]*?['’]s\s+[^,;]*,"
)


_GOVERNMENT = re.compile(
    r"(?:\b(?P<owner>[A-Z][\w.]*(?: [A-Z][\w.]*)*)['’]s |\bthe )?"
    r"(?:[Gg]overnment|[Aa]uthorities|[Mm]inisters|[Cc]abinet)\b(?: of (?P<of>[A-Z][\w ]+?))?\s*$"
)


_OWNER_MARK = re.compile(r"['’]s ")


def passive_agent(actors: list[Name], text: str, cue_at: int, clause_end: int) -> Name | None:
    """The giver of a passive ("was funded by a $12 million grant from the X Foundation")."""
    after = text[cue_at:clause_end]
    spots = sorted(mentions(actors, after), key=lambda spot: spot[0].start())
    for i, (m, name) in enumerate(spots):
        if re.search(r"\b(?:by|from)\s+(?:the\s+)?(?:federal\s+)?$", after[: m.start()]):
            # "awarded by OJP’s National Institute of Justice": the owner's office gives
            mark = _OWNER_MARK.match(after, m.end())
            if mark is None:
                return name
            if name.kind == "country" and re.match(r"[a-z]+s\b", after[mark.end() :]):
                return None  # "paid by America's hunters, anglers and boaters": not the state
            return next((n for o, n in spots[i + 1 :] if o.start() == mark.end()), name)
    return None


_COORDINATED = re.compile(r",\s+and\s+(?:also\s+|then\s+)?")


def _pronoun_subject(candidates: list[Name], preceding: list[Sentence]) -> list[Name]:
    """Whom "It" or "They" points back to: the first name of the latest sentence that names
    one, unless that name stands after a preposition ("In Kenya, this assistance will ... It
    will also provide" points to no one)."""
    for sentence in reversed(preceding):
        spots = sorted(mentions(candidates, sentence.text), key=lambda spot: spot[0].start())
        if spots:
            return next(
                ([n] for m, n in spots if not OBJECT_OF.search(sentence.text[: m.start()])), []
            )
    return []


_FIRM = re.compile(rf"(?:,? {LEGAL_SUFFIX}\.?|\bCompany|\bCorporation|\bHoldings)$")


def _board_of(name: Name, text: str) -> bool:
    """Whether the story names ``name``'s board: "the Board of Directors of the Overseas
    Private Investment Corporation", "the Millennium Challenge Corporation (MCC) Board"."""
    return any(_BOARD_BEFORE.search(spot) for spot in before_mentions(name, text, 30)) or any(
        _BOARD_AFTER.match(spot) for spot in after_mentions(name, text, 30)
    )


_BARE_BOARD = re.compile(r"Board of (?:Directors|Governors|Trustees)")
_BOARD_BEFORE = re.compile(rf"\b{_BARE_BOARD.pattern} of (?:the )?$")


_BOARD_AFTER = re.compile(rf"(?:{BRACKETED_SHORT_NAME})?['’]?s? Board\b")


def _body_of_a_board(name: Name, actors: list[Name], text: str) -> Name:
    """What a bare board approves, the body whose board the story names approves: "The Board of
    Directors of the Overseas Private Investment Corporation approved", "the Export-Import Bank
    of the United States (EXIM) Board of Directors yesterday approved"."""
    if not _BARE_BOARD.fullmatch(name.text):
        return name
    bodies = [
        n for n in actors if n.kind == "organization" and n is not name and _board_of(n, text)
    ]
    return bodies[0] if len(bodies) == 1 else name


def _names_a(noun: str, name: Name) -> bool:
    """Whether ``name`` is what "the <noun>" calls it: "the company" a firm, "the department"
    a department."""
    if noun in _FIRM_NOUNS:
        return any(_FIRM.search(form) for form in name.forms)
    return noun in name.text.lower().split()


def clause_subject(
    actors: list[Name], text: str, sentence: Sentence, cue_at: int, preceding: list[Sentence]
) -> list[Name]:
    """Who commits: the nearest name before the verb ("Yasmin said the government of Bangladesh
    had released") with any joined to it by "and", a country for "the government", or whom a
    pronoun points back to."""
    before = text[sentence.start : cue_at]
    government = _GOVERNMENT.search(
        re.sub(r"\s+(?:had|has|have|would|will|also|on \w+)\s*$", " ", before)
    )
    countries = [n for n in actors if n.kind == "country"]
    if government and countries:
        # "the U.S. Government announced": the government is a name of its own
        tail = re.sub(r"\s+(?:had|has|have|would|will|also|on \w+)\s*$", "", before).rstrip()
        named = next(
            (
                n
                for form, n in named_last(countries, tail)
                if " " in form and form.lower().endswith("government")
            ),
            None,
        ) or next((n for n in countries if n.text in government.group("of", "owner")), None)
        # "the U.S. government announced": the country named right before the word
        ahead = re.sub(r"\s*\S+$", "", tail)
        named = named or ending_name(countries, ahead)
        return [named or max(countries, key=lambda n: n.mentions)]
    subjects = sorted(
        ((m.start(), m.end(), name) for m, name in mentions(actors, before)),
        key=lambda spot: spot[1],
    )
    # Not a name after a preposition ("through USAID"), nor one in brackets ("(USAID)"), nor
    # one in an aside ("the United States, through USAID and the State Department, is giving").
    asides = [m.span() for m in _ASIDE.finditer(before)]
    subjects = [
        s
        for s in subjects
        if (
            (not OBJECT_OF.search(before[: s[0]]) or _STAFF_OF.search(before[: s[0]]))
            and not (
                _OBJECT_LIST.search(without_title(before[: s[0]], s[2]))
                and (before[: s[0]].endswith("and ") or re.match(r",| and ", before[s[1] :]))
            )
            and not before[: s[0]].rstrip().endswith("(")
            and not any(a <= s[0] < b for a, b in asides)
        )
        or _RELATIVE.fullmatch(before[s[1] :])  # "... from Japan, which pledged"
    ]
    # "The projects cover 17 states and Puerto Rico, and will restore": the last of a list
    # the first verb took as its object is not the second verb's subject.
    subjects = [
        s
        for s in subjects
        if not (
            _COORDINATED.fullmatch(before[s[1] :])
            and re.search(r"\b[a-z]+ and\s+(?:the\s+)?$", before[: s[0]])
        )
    ]
    if not subjects and (through := _THROUGH_A_BODY.search(before)):
        # "The American people, through the U.S. Agency for International Development (USAID),
        # is providing": no name acts but the body it acts through
        bodies = [n for _, n in mentions(actors, through.group("body")) if n.kind == "organization"]
        if bodies:
            return bodies[:1]
    if subjects and (noun := _NOUN_AFTER.search(before, subjects[-1][1])):
        # "Danilovich announced that ... the agency has obligated": the agency, not Danilovich.
        wanted = _NOUN_KINDS.get(noun.group(1).lower(), ("organization",))
        earlier_org = [(m.end(), n) for m, n in mentions(actors, text[:cue_at]) if n.kind in wanted]
        if earlier_org:
            return [max(earlier_org, key=lambda pair: pair[0])[1]]
        # "Interior Secretary Gale Norton announced that the department has awarded": the
        # story names the department only later ("the Interior Department's web site").
        head = noun.group(1).lower()
        later = [n for n in actors if n.kind in wanted and head in n.text.lower().split()]
        if len(later) == 1:
            return later
    if subjects:
        chosen, joined = [subjects[-1]], False
        front = chosen[-1][0]  # where the chosen name's words begin, its affiliation included
        for earlier in reversed(subjects[:-1]):
            gap = before[earlier[1] : front]
            if earlier[2] is chosen[-1][2]:
                continue
            person = chosen[-1][2].kind == "person"
            if person and earlier[2].kind != "person" and _AFFILIATION.fullmatch(gap):
                # "... and Carnegie Mellon University President Jared L. Cohon today signed":
                # the university is whom the president speaks for, not a second signer
                front = earlier[0]
                continue
            if (
                _AND.match(gap)
                or (person and _AND_TITLED.match(gap))
                or (joined and _LIST_COMMA.match(gap))
            ):
                chosen.append(earlier)
                front = earlier[0]
                joined = True
        return [_body_of_a_board(spot[2], actors, text) for spot in reversed(chosen)]
    if collective := _COLLECTIVE.search(before):
        # "the eight nations pledged": the group the story named ("G8"), if it named one.
        groups = [
            (m.end(), n)
            for m, n in mentions(actors, text[: sentence.start + collective.start()])
            if n.kind == "organization" and _GROUP_NAME.search(n.text)
        ]
        if groups:
            return [max(groups, key=lambda pair: pair[0])[1]]
    # "• Support for marine conservation in Barbados: The Board approved $100 million": a
    # list item's subject stands after its heading
    head = before[before.rindex(": ") + 2 :] if ": " in before else sentence.text
    if pronoun := _PRONOUN_SUBJECT.match(head):
        word = (pronoun.group("pronoun") or pronoun.group("noun")).lower()
        one = word[:-1]
        if (
            not pronoun.group("pronoun")
            and word.endswith("s")
            and _NOUN_KINDS.get(one) == ("organization",)
        ):
            # "The hospitals will pay $10,000": each body the story named so ("Adventist La
            # Grange Memorial Hospital and Adventist Hinsdale Hospital"), if it named several
            bodies = [n for n in actors if n.kind == "organization" and _names_a(one, n)]
            return bodies if len(bodies) > 1 else []
        kinds = _NOUN_KINDS.get(word, ())
        candidates = [n for n in actors if n.kind in kinds]
        if pronoun.group("pronoun"):
            return _pronoun_subject(candidates, preceding)
        # "The company promised": a firm the story named, not the agency that inspected it;
        # "The Board approved": the body whose board the story named.
        firms = [n for n in candidates if _names_a(word, n)] or (
            [n for n in candidates if _board_of(n, text)] if word == "board" else []
        )
        earlier_names = [
            (max(text.rfind(form, 0, sentence.start) for form in n.forms), n)
            for n in firms or ([] if word in PLACE_BODY_NOUNS else candidates)
        ]
        earlier_names = [(at, n) for at, n in earlier_names if at >= 0]
        if earlier_names:
            return [max(earlier_names, key=lambda pair: pair[0])[1]]
    if _UNNAMED_FIRM.search(before):
        # "An Allentown, Pennsylvania explosives company pleaded guilty today and agreed to pay":
        # the firm the release names first by its legal form ("Nutrite Corp."), as focus.py
        return by_legal_form(actors)[:1]
    return []


_THROUGH_A_BODY = re.compile(
    r",\s+through\s+(?:the\s+)?(?P<body>[A-Z][^,;]{2,90}?),\s+(?:(?:is|are|has|have|will|"
    r"today|also|now)\s+)*$"
)
_UNNAMED_FIRM = re.compile(
    rf"(?:^|[—–-]\s)\s*(?:An?)\s+[^.;]{{0,100}}?\b{FIRM_NOUN}\s+(?:has\s+|have\s+)?"
    r"(?:pleaded guilty(?: today)? and\s+)?$"
)


def story_giver(
    found: list[CommitmentCandidate],
    actors: list[Name],
    text: str,
    stated: Name | None,
    before: int | None = None,
    besides: list[Name] | None = None,
) -> tuple[Name | None, str]:
    """Who gives a sum a release names with no giver, and how: the giver the story makes known
    (``known_giver``), else the organisation the story names most (a country only where it
    names none), announcing it; never one of ``besides``, who receive the sum."""
    known = known_giver(found, stated, before, besides)
    if known is not None:
        return known
    receiving = {id(n) for n in besides or []}
    bodies = [
        n
        for n in actors
        if n.kind in ("organization", "country")
        and id(n) not in receiving
        and not _only_before_titles(n, text)
    ]
    # A country a release names most is where the money goes ("a grant ... in Angola") more
    # often than who gives it; a body that gives is named too.
    organizations = [n for n in bodies if n.kind == "organization"]
    return _most_named(organizations or bodies), "announced"


def known_giver(
    found: list[CommitmentCandidate],
    stated: Name | None,
    before: int | None = None,
    besides: list[Name] | None = None,
) -> tuple[Name, str] | None:
    """Whoever gave the story's last sum (before ``before``), and how, else the giver the
    release states (``stated``: its title's, else the body its money comes from), announcing
    it; never one of ``besides``. None where the story makes no giver known."""
    receiving = {id(n) for n in besides or []}
    earlier = [
        (c.actor, c.status)
        for c in found
        if c.actor is not None
        and c.amount is not None
        and (before is None or c.start < before)
        and id(c.actor) not in receiving
    ]
    if earlier:
        return earlier[-1]
    if stated is not None and id(stated) not in receiving:
        return stated, "announced"
    return None


def _only_before_titles(name: Name, text: str) -> bool:
    spots = [m for m, _ in mentions([name], text)]
    return bool(spots) and all(before_a_title(text[m.end() : m.end() + 40]) for m in spots)


def _most_named(names: list[Name]) -> Name | None:
    return max(names, key=lambda n: n.mentions, default=None)
