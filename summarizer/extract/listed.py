"""Sums a story lists rather than gives with a verb: the parts of a sum given before them, the
shares a sentence puts in brackets after their receivers, and awards one a line; each is given
by whoever gives the story's money (``givers.story_giver``)."""

from __future__ import annotations

import re

from summarizer.extract.cues import first_cue
from summarizer.extract.entity import CommitmentCandidate, Name
from summarizer.extract.givers import ending_name, from_giver, known_giver, story_giver
from summarizer.extract.lexicon import PENALTY_WORD
from summarizer.extract.money import money_in
from summarizer.extract.sentences import Sentence, clause_span, clip_words


def taken(found: list[CommitmentCandidate]) -> set[tuple[int, int]]:
    """The sums some commitment already gives, by sentence and place: none is given twice."""
    return {(c.sentence.start, c.amount.start) for c in found if c.amount is not None}


# "This new funding includes $5 million for health care", "Today's announcement includes $106
# million for smart grid technologies and $3 million for renewable energy": parts of the
# story's sum.
_BREAKDOWN = re.compile(
    r"^(?:(?:This|These|The|Today['’]s)\s+(?:[\w-]+\s+){0,3}?(?:funding|announcement|grants?|"
    r"awards?|agreements?|assistance|money|investments?|package|support|aid)|It|They)\s+"
    r"(?:also\s+)?(?:includes?|included|will\s+(?:provide|include|fund)|provides?)\b"
    # "The location of the new centers and the first year's funding levels are: Meharry ..."
    r"|^[^:;]{0,200}\b(?:are|were|include|includes)\s*:"
)
# A list item that opens with a sum or with what was done, no giver named: "- $500 million
# from ARP designated to provide grants", "• $149,600 approved in SBA disaster loans",
# "- Awarded $72 million in Transportation Security Grants".
_LISTED_PART = re.compile(
    r"^\s*(?:[-•*–]|\d{1,2}[.)])\s+"
    r"(?:[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3}\s*[–—:]\s*(?=[$€£]))?"  # "- Utah–$300,000 will"
    # "• City of Manchester (Manchester, TN)" above "$2 million for sewer infrastructure ..."
    r"(?:[A-Z][^\n$]{2,100}\n\s*(?=[$€£]))?"
    r"(?:(?i:more than|over|nearly|almost|about|approximately|some|at least|up to|"
    r"an additional|another)\s+|~)?(?=[$€£]|[A-Z][a-z]+ed\b)"  # "- ~$121.8 million for"
)
# "$33 million in additional humanitarian assistance ..., including nearly $31 million for the
# people of Mozambique and over $2 million for the people of Zimbabwe": parts of the sum before.
_INCLUDING = re.compile(r"\bincluding\b")
# The line that leads a list and names who gives its sums: "the following from BJA:"
_LIST_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?P<giver>[A-Z][^:]{1,80}?):$")


_AGAINST = re.compile(r"\s+(?:in (?:civil )?(?:penalties|fines) )?against\b")


def breakdowns(
    text: str,
    sentences: list[Sentence],
    actors: list[Name],
    found: list[CommitmentCandidate],
    stated: Name | None,
) -> list[CommitmentCandidate]:
    """The parts a story lists of a sum given before them, each given by the sum's giver, as
    the labelers list them (LABELING: one item per distinct action); a list of what was done
    with no such sum before it is the story giver's ("Below are some of DHS's accomplishments:
    - Awarded $72 million ...")."""
    spent = taken(found)
    wholes = [(c, c.actor, c.amount) for c in found if c.amount is not None and c.actor is not None]
    # (giver, status, the sentence of the whole, the sentence with parts, where they start)
    spots: list[tuple[Name, str, Sentence | None, Sentence, int]] = [
        (actor, c.status, c.sentence, c.sentence, amount.end) for c, actor, amount in wholes
    ]
    named_source: Name | None = None  # "the following from BJA:" names who gives its sums
    for sentence in sentences:
        listed = _LISTED_PART.match(sentence.text)
        lead = _BREAKDOWN.match(sentence.text) or listed
        if lead is None:
            lead_from = _LIST_FROM.search(sentence.text)
            named_source = ending_name(actors, lead_from.group("giver")) if lead_from else None
            continue
        after = sentence.start + lead.end()
        earlier = [whole for whole in wholes if whole[0].start < sentence.start]
        if listed is not None and named_source is not None:
            spots.append((named_source, "announced", None, sentence, after))
        elif earlier:
            # The parts are of the largest sum named before them, as the story (not its title)
            # gives it.
            whole, actor, _ = max(earlier, key=lambda w: (w[2].value, w[0].start))
            spots.append((actor, whole.status, whole.sentence, sentence, after))
        elif listed is not None:
            giver, status = story_giver(found, actors, text, stated, sentence.start)
            if giver is not None:
                spots.append((giver, status, None, sentence, after))
    parts = []
    for giver, status, of_sentence, sentence, after in spots:
        for amount in money_in(text, after, sentence.end):
            if (sentence.start, amount.start) in spent:
                continue
            if of_sentence is sentence and not _INCLUDING.search(text, after, amount.start):
                continue
            if _AGAINST.match(text, amount.end):
                continue  # "• $52,500 against a passenger": a penalty the story's agency seeks
            spent.add((sentence.start, amount.start))
            start, end = clause_span(sentence, amount.start, amount.end)
            action = re.split(r",\s|[;)]| and [$€£]", text[amount.start : sentence.end])[0]
            action = action.rstrip(" .")
            if action == text[amount.start : amount.end]:
                # "Meharry Medical College in Nashville, Tennessee, $667,134;": the item names
                # what the sum is for before it
                item = re.split(r"[:;]", text[after : amount.start])[-1].strip(" ,")
                item = re.sub(r"^and\s+", "", item)
                action = f"{action} for {item}" if item else action
            # "$52 million from the U.S. Agency for International Development": its own giver
            source = from_giver(actors, text, amount.end)
            parts.append(
                CommitmentCandidate(
                    sentence, source or giver, clip_words(action, 80), amount, status, start, end
                )
            )
    return parts


# "Organizations receiving grants are Service for Peace ($160,000); Points of Light Foundation
# ($155,000)", "restoration of the roof of the St. Ana Church ($44,500 in 2009)": a receiver's
# share in brackets after it; not a sum restated to the cent ("over $5.6 billion
# ($5,694,709,235.92)").
_SHARE = re.compile(r"(?<![Mm]illion)(?<![Bb]illion)(?<=[A-Za-z.])\s\((?=[$€£])")
_SHARE_END = re.compile(r"\)|\s+in\s+\d{4}\)")


def shares(
    text: str,
    sentences: list[Sentence],
    found: list[CommitmentCandidate],
    stated: Name | None,
) -> list[CommitmentCandidate]:
    """The shares a sentence lists, two or more, each in brackets after its receiver, given by
    the story's giver; not the parts of a sum the sentence gives ("a total of $15 million for
    ... Montclair ($10 million) and Glen Ridge ($5 million)"), nor fines ("Notices of Apparent
    Liability were issued against: Icon Telecom, Inc. ($4,806,381); ..."): a penalty imposed
    is no commitment."""
    spent = taken(found)
    shares = []
    for sentence in sentences:
        if sentence.text.count("(") < 2:
            continue  # no two shares
        lead = text[max(0, sentence.start - 200) : sentence.end]  # "were issued against:\n"
        if re.search(rf"(?i)\b(?:{PENALTY_WORD})|\bagainst\b", lead):
            continue
        sums = money_in(text, sentence.start, sentence.end)
        listed = [
            (amount, closed.end())
            for amount in sums
            if _SHARE.search(text, amount.start - 2, amount.start + 1)
            and (closed := _SHARE_END.match(text, amount.end)) is not None
        ]
        known = known_giver(found, stated, sentence.start)
        if len(listed) < 2 or len(listed) < len(sums) or known is None:
            continue  # "union members ($980)": earnings, where the story gives nothing
        giver, status = known
        after = sentence.start
        for amount, closed_at in listed:
            # the receiver: what the sentence writes after the share before ("Easy Telephone
            # Services ($1,586,545); and UTPhone, Inc."), or after its verb
            item = text[after : amount.start]
            after = closed_at
            if (sentence.start, amount.start) in spent:
                continue
            item = re.split(r"\b(?:are|from|to|include|includes|including)\s|:\s", item)[-1]
            to = re.sub(r"^[;,]?\s*(?:and\s+)?(?:the\s+)?", "", item).rstrip(" (")
            start, end = clause_span(sentence, amount.start, amount.end)
            shares.append(
                CommitmentCandidate(
                    sentence,
                    giver,
                    clip_words(f"{amount.text} to {to}" if to else amount.text, 80),
                    amount,
                    status,
                    start,
                    end,
                )
            )
    return shares


# A line of a list of awards: "City of Emeryville ($500,000)", "* FLORIDA DEPARTMENT OF
# CORRECTIONS: $2,228,169 for evacuating ...", "• $1 million to Dothan-Houston County Airport
# Authority, Inc., of Dothan, Alabama, to make roadway ... improvements".
_LISTED_AWARD = re.compile(
    # "• City of Bridgeport - $400,000" too
    r"(?:^[•*–-]?\s*|\*\s*)(?P<who>[A-Z][\w .,'’&-]{2,80}?)(?:\s*(?::\s*|\(\s*)|\s+[-–—]\s+)"
    r"(?P<amount>[$€£][\d,.]+(?:\s*(?:million|billion))?)\)?(?P<what>[^*]*)"
    r"|^[•*]\s*(?P<amount2>[$€£][\d,.]+(?:\s*(?:million|billion))?)\s+(?:to|for)\s+"
    r"(?P<who2>(?:the\s+)?(?:[a-z]+\s+of\s+)?[A-Z][^,;:]{2,80}?)(?:,\s+(?:Inc\.|LLC)?,?)?"
    r"(?P<what2>(?:,|\s+to\s).*)?$"
    # "• Atlanta, Georgia: To provide health care IT expertise, $100,000", "• Northern Cheyenne
    # Tribe, water marketing project, $93,148": the sum last
    r"|^[•*]\s*(?P<who3>[A-Z][^:$]{2,80}?(?=:)|[A-Z][^:,$]{2,80}?(?=,))[:,]\s*"
    r"(?P<what3>[^$]{3,300}?),?\s+"
    r"(?P<amount3>[$€£][\d,.]+(?:\s*(?:million|billion))?)\.?\s*$"
)


# "? Cintex Wireless ($9,461,978)": a bullet that lost its glyph in a copy is a "?"
_FINES = re.compile(rf"(?i)\b(?:{PENALTY_WORD})\b[^.]*:\s*[?•*·-]?\s*$")


def with_listed_awards(
    found: list[CommitmentCandidate],
    text: str,
    sentences: list[Sentence],
    actors: list[Name],
    stated: Name | None,
) -> list[CommitmentCandidate]:
    """Awards listed one a line belong to who is giving them out: the actor of the commitment
    before the list, else the organisation the story names most. A total that only sums the
    list is not a commitment of its own (LABELING)."""
    listed: list[CommitmentCandidate] = []
    # "- Food Connects, Inc.: $38,000 to purchase a truck": the verb after the sum says what
    # the award is for, not who gives it; the row is the award, not the verb's clause
    rows_of = [(sentence, list(_LISTED_AWARD.finditer(sentence.text))) for sentence in sentences]
    rowed = {
        sentence.start + row.start("amount")
        for sentence, rows in rows_of
        if sentence.text[:1] in "-•*–"
        for row in rows
        if row.group("amount") and first_cue(row.group("who")) is None
    }
    found = [c for c in found if c.amount is None or c.amount.start not in rowed]
    fines = False  # "The companies and proposed fines are as follows:": a list of penalties
    for sentence, rows in rows_of:
        cued = first_cue(sentence.text) is not None and "*" not in sentence.text
        for row in rows:
            at = sentence.start
            lead = text[max(0, at + row.start() - 200) : at + row.start()]
            fines = fines or bool(_FINES.search(lead))
            if fines:
                continue
            # "Who ($X)", "• $X to Who" or "• Who: what, $X"
            shape = next(s for s in ("", "2", "3") if row.group("amount" + s))
            if cued and shape != "3" and at + row.start("amount") not in rowed:
                continue  # found with its verb
            amount = "amount" + shape
            amounts = money_in(text, at + row.start(amount), at + row.end(amount))
            giver, status = story_giver(found, actors, text, stated, before=at)
            if not amounts or giver is None:
                continue
            what = (row.group("what" + shape) or "").strip(" ,.;")
            what = re.sub(r"^To ", "to ", what)  # "Atlanta, Georgia: To provide ..."
            action = f"award {row.group('who' + shape).strip()}" + (f" {what}" if what else "")
            listed.append(
                CommitmentCandidate(
                    sentence,
                    giver,
                    clip_words(action, 80),
                    amounts[0],
                    status,
                    at + row.start("amount2" if shape == "2" else "who" + shape),
                    at + row.end(),
                )
            )
        fines = fines and bool(rows)  # the list of fines goes on while its rows do
    totals: dict[int, float] = {}
    for award in listed:
        assert award.actor is not None and award.amount is not None
        totals[id(award.actor)] = totals.get(id(award.actor), 0.0) + award.amount.value
    kept = [
        c
        for c in found
        if not (
            c.actor is not None
            and c.amount is not None
            and id(c.actor) in totals
            and abs(totals[id(c.actor)] - c.amount.value) <= 0.01 * c.amount.value
        )
    ]
    return sorted(kept + listed, key=lambda c: c.start)
