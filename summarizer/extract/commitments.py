"""Commitments: clauses that commit a named actor to something, with amount and status."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from summarizer.amounts import Money, same_value
from summarizer.extract.cues import (
    AND_TO,
    AND_WILL,
    SUM_S_RECEIVER,
    clauses,
    first_cue,
    status_of,
)
from summarizer.extract.entity import CommitmentCandidate, Name, mentions
from summarizer.extract.givers import (
    OBJECT_OF,
    announcer,
    body_at,
    clause_subject,
    ending_name,
    from_giver,
    money_source,
    named_at,
    passive_agent,
    story_giver,
)
from summarizer.extract.headline import TITLE_GIFT, TITLE_GIVES
from summarizer.extract.kinds import names_a_fund
from summarizer.extract.lexicon import HEDGE, PENALTY_WORD, SPEECH, TITLE_WORD
from summarizer.extract.listed import breakdowns, shares, taken, with_listed_awards
from summarizer.extract.money import money_in
from summarizer.extract.page import Span
from summarizer.extract.sentences import Sentence, clause_span, clip_words
from summarizer.extract.views import ViewCandidate

# Between two sums of one verb: "loan and a", "for businesses and more than 11,111 loans for";
# not a part of the first ("$1 billion, including $500 million"), nor another giver's sum
# ("Norway, which gave $4 million, and the African Development Bank, which provided").
_AND_ALSO = re.compile(
    r"(?![^$]*\b(?:including|of which|out of|total\w*|bring\w*|from|to)\b)"
    r"[^;:$A-Z]{0,60}?\band (?:also )?[^;:$A-Z]{0,60}?"
)
# "reimburse EPA $2.7 million ... and pay $35 million": the later sum's own verb.
_OWN_VERB = re.compile(
    r"\band (?:also )?(?!(?:an?|the|another|more|nearly|about|up|over|some|its|their|his|her)\b)"
    r"(?P<verb>[a-z]{3,}) $"
)
# Sums in a series, each to its own recipient: "$100 million each to Louisiana and Mississippi,
# $50 million to Texas, and $3.75 million to Alabama".
_TO_SERIES = re.compile(
    r"\s+(?:each\s+)?(?:to|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,4}"
    # "more than $11 million to Central American countries and more than $30 million to ..."
    r"(?:\s+[a-z]+){0,2}?"
    r"(?:,\s+(?:and\s+)?|\s+and\s+)" + HEDGE  # "$910,153 to Guam and $44,087 to American Samoa"
)
_SUMS_IN_A_ROW = re.compile(rf"\s*;\s*(?:and\s+)?{SUM_S_RECEIVER}")
# "X said it would ...": a promise in the speaker's own name, not a forecast about others.
_SELF_REPORT = re.compile(
    r"(?i)\b(?:said|says|told \w+|announced)\b[^.;\"“]{0,40}?\b(?:that )?(?:it|he|she|they)\b"
)
# A quotation mark, but not around a few words named as a term ('the annual "recall round-up"').
_QUOTATION = re.compile(r"[\"“”]")
_SCARE_QUOTES = re.compile(r"[\"“]{1,2}[^\"“”]{1,40}[\"”]{1,2}(?=[\s,.;:)])")
_PROMISE = re.compile(
    r"(?i)will|pledg|promis|commit|agreed|is to|are to|plans? to|planned to|intends? to|bid to|"
    r"propos\w* to|(?:is|are) set to"
)
# "support to flood survivors has reached more than $127 million", "bringing total U.S.
# assistance to $185 million": a running total, no new sum.
_RUNNING_TOTAL = re.compile(
    r"(?i)\b(?:reached|surpassed|exceeded|topped|totall?ed|totals|"
    # "U.S." is no sentence's end: "brings the total U.S. contribution for Darfur to"
    r"(?:bringing|brings|brought)\b(?:[^.;$]|\.(?! (?-i:[A-Z]))){0,60}\bto)\s+"
    rf"{HEDGE}$"
)


# "53 applications requesting more than $635 million", "expected to attract $1.15 million in
# private investment", "has leveraged more than $14 billion", "collected $4,335,105.35 in Fiscal
# Year 2014": sums others ask for, add or pay in.
_SOUGHT = re.compile(
    rf"(?i)\b(?:request|seek|sought|leverag|attract|collect)\w*\s+{HEDGE}$"
    # "The EDA grant, to be matched with $5.1 million in local funds": what partners put in
    rf"|\bmatched (?:with|by) {HEDGE}$"
)
_PRIVATE = re.compile(r"\s+(?:in|of)\s+(?:new\s+)?private\b")


def _not_given(text: str, amount: Money, floor: int) -> bool:
    """Whether ``amount`` is no new gift: a running total's verb stands before it (within 100
    characters and not before ``floor``, its clause's or sentence's start), or it is what
    others request or a grant draws in."""
    window = max(floor, amount.start - 100)
    return (
        _RUNNING_TOTAL.search(text, window, amount.start) is not None
        or _SOUGHT.search(text, window, amount.start) is not None
        or _PRIVATE.match(text, amount.end) is not None
        # "grants ranging from $150,000 to $2.5 million", "agreements between $30,000 and
        # $800,000 each": the size of each, no gift
        or _RANGE_FROM.search(text, window, amount.start) is not None
    )


_RANGE_FROM = re.compile(
    r"\b(?:rang(?:ing|es?) (?:in (?:size|value) )?from|between) (?:about |approximately )?"
    r"(?:[$€£][\d,.]+(?: (?:million|billion))? (?:to|and) )?$"
)


# What a thing contributes to, where nothing is given: a cause ("contributed to groundbreaking
# advances") or a share of an economy ("contribute $29 billion in income ... to Georgia's economy").
_CAUSED = re.compile(
    r"\w*\s+(?:to (?:the |an? |its )?(?:[\w,.-]+ ){0,4}?(?:advances?|success|growth|"
    r"improvements?|declines?|deaths?|accidents?|injur\w+|problems?|crash\w*|failures?|"
    r"loss(?:es)?|spread|understanding|knowledge|discover\w+|breakthroughs?)\b"
    r"|[^;]{0,150}?\bto (?:the |[A-Z][\w.'’-]*['’]s? )?(?:\w+ )?econom(?:y|ies)\b)"
)
# "will pay a $10,000 civil penalty", "OSHA proposed penalties of $382,875", "MSHA has issued
# $874,500 in fines": imposed.
_PENALTY = re.compile(
    r"(?i)\b(?:pa(?:y|ys|id|ying)|propos\w*|assess\w*|impos\w*|issu\w*|levi\w*)\b[^.;]{0,40}"
    rf"\b(?:{PENALTY_WORD}|restitution)\b"
    # "has paid a total of $11,907 to NOAA Fisheries for violations of the ... Act"
    r"|\bpa(?:y|ys|id|ying)\b[^.;]{0,60}\bfor (?:\w+ )?violations\b"
    # "The $4 million civil money penalty will be paid to the U.S. Treasury"
    rf"|\b(?:{PENALTY_WORD})\s+(?:will|shall|must|is|was)\s+(?:be\s+)?paid\b"
)
# A forecast's "will" promises nothing: "it also forecast the national debt ... will increase".
_FORECAST = re.compile(r"\b(?:predict(?:s|ed)|forecast(?:s|ed)?|projects|projected|estimated)\b")
_TOTAL = re.compile(r"(?i)^\s*(?:in total|in all|altogether|all told),")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)(?: \w+ly)?\s*$")
# "The four-year, $35.6 million contract, awarded to IBM of Somers, N.Y., was signed today": the
# sum's noun, then the verb that gives it, passive without its "was".
_SUM_THEN_PARTICIPLE = re.compile(
    r"(?:US|A|C|NZ)?[$£€][\d.,]+(?: (?:million|billion))? (?:[\w-]+ ){0,2}?"
    r"(?:contract|grant|award|loan)s?, $"
)
# What is handed over when no sum is named: aid, not "leadership" or "seats".
_RESOURCE = re.compile(
    r"(?i)\b(?:aid|assistance|food|suppl\w+|equipment|commodit\w+|medic\w+|relief|fund\w*|"
    r"grants?|loans?|money|vaccines?|doses|shelter|water|tents|troops|vehicles|trucks|tonnes|"
    r"tons|rations|kits|blankets|support for|(?:rescue|medical|relief|aid) (?:teams?|experts|"
    r"workers)|a team|helicopters|aircraft|generators|fuel|"
    # a flood fight's goods: "Seattle District has provided sandbags and supersacks"
    r"sandbags|super ?sacks|pumps|books|bridges|meals|MREs|pallets|materials)\b"
)
# What an actor launches or announces for itself, money or not: "launched the Healthy Lands
# Initiative", "announced a new cooperative venture with The History Channel".
_NEW_MEASURE = re.compile(
    r"\s+(?:today\s+)?(?:(?:a|an|the|its|their|his|her)\s+new\b"
    r"|(?:the\s+|a\s+|its\s+|this\s+year['’]s\s+)?(?:[A-Z][\w'’-]*\s+){1,5}"
    r"(?:Initiative|Program|Programme|Partnership|Strategy|Plan|Campaign|Challenge|Network|"
    r"Round-Up|Alliance|Corps)\b"
    # "announced the launch of Apprenticeship.gov", "announces the establishment of five new
    # Engineering Research Centers", "announced the October 1, 2012 launch of a new PPH"
    r"|the\s+(?:[\w,]+\s+){0,4}?(?:launch|establishment|creation|opening|expansion|formation)"
    r"\s+of\b"
    # "announced a plan to make more than 190 million acres ... available"
    r"|(?:a|its|their)\s+(?:new\s+)?plan\s+to\b)"
)
# "intends to appoint Alan R. Nelson", "will nominate": a post given, no commitment (LABELING).
# (but "proposing to designate critical habitat" designates land, not a person)
_APPOINTS = re.compile(r"\s*(?:re)?(?:appoint|nominate|designate(?= [A-Z]))\b")
# What someone receives under a settlement is paid by a party to it, not by the story's giver.
_SETTLED = re.compile(r"(?i)\b(?:settlement|agreement|damages|restitution|penalt|back wages)")
# "We urge Congress to fund": the body named is asked to give, and gives nothing yet.
_URGED = re.compile(
    r"(?i)\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon)|ask(?:s|ed|ing)?|"
    r"encourag(?:e|es|ed|ing)|press(?:es|ed|ing)?) (?:the )?(?-i:[A-Z][\w.'’]*)"
    r"(?: (?-i:[A-Z][\w.'’]*))* to $"
)
# "Reliance Fire Department will use a $10,000 loan to provide equipment": received, so given
# by the story's giver.
_USES_A_GIFT = re.compile(
    r"(?i)will (?:also )?use an? (?:US|A|C|NZ)?[$£€][\d.,]+(?: (?:million|billion))? "
    r"(?:[\w-]+ )?(?:grant|loan|award)\b"
)
# "..., U.S. Attorney Wendy J. Olson announced today.": the verb with nothing after it
_ANNOUNCED_ALONE = re.compile(
    r"(?i)announc\w*(?: (?:today|yesterday|on \w+|in \w+(?: today)?|further))?"
)
# "will provide the following:", "will distribute the money as shown below": sums to come
_GIFT_VERB = re.compile(r"(?i)provid|allocat|distribut|award|fund|giv")
_SUMS_FOLLOW = re.compile(
    r"(?:\s+[\w’'-]+){0,5}?\s+"
    r"(?:as follows|(?:as )?(?:shown|listed|detailed) below|the following)\b"
)
# What a fraud brought in is no gift: "received $38 million from Medicare on fraudulent claims".
_FRAUD = re.compile(r"(?i)\b(?:fraudulent|false|illegal|unlawful|kickbacks?|bribes?)\b")
# "provided false documents to mortgage lenders", "paid illegal health care kickbacks": a
# fraud or a crime the story tells, not a gift.
_DECEIT = re.compile(
    r"\s+(?:(?:\w+\s+)?(?:false|fraudulent|fake|forged|counterfeit|bogus)"
    r"|(?:[\w-]+\s+){0,3}?(?:illegal|unlawful|kickbacks?|bribes?))\b"
)
# "agreed to accept, and did accept, $5,000 in cash": a bribe taken, not a gift.
_TAKES = re.compile(r"\s+accept\b[^.;]{0,40}\b(?:cash|bribes?|kickbacks?)\b")
# "wrongfully used county funds to pay", "a noncompetitive rigged bid": the same, before the cue.
_CRIME_BEFORE = re.compile(
    r"\b(?:wrongfully|illegally|unlawfully|fraudulently|rigged)\s+(?:[\w-]+\s+){0,6}$"
)
# "providing approximately $12,000 to a conspirator in exchange for 190 grams of cocaine": a deal.
_BOUGHT_DRUGS = re.compile(
    r"(?i)\bin exchange for\b[^.;]{0,40}\b(?:cocaine|heroin|methamphetamine|fentanyl|"
    r"marijuana|drugs|narcotics|firearms?|guns?|pills)\b"
)


def find_commitments(
    text: str,
    sentences: list[Sentence],
    names: list[Name],
    views: list[ViewCandidate],
    title: Span | None = None,
) -> list[CommitmentCandidate]:
    """Clauses that commit someone to something, with actor, action, amount and status; the
    experts of ``views`` commit nothing (their "would" is a view); and the gift a release's
    ``title`` announces."""
    actors = [n for n in names if n.kind in ("person", "organization", "country")]
    experts = {id(v.expert) for v in views}
    # The title's gift comes first, so that a sum the story gives no giver is its giver's.
    headline = _title_pledge(text, title, actors)
    # Who the release says gives, for the sums it names no giver for.
    stated = _title_giver(text, title, actors) or money_source(actors, text)
    found: list[CommitmentCandidate] = list(headline)
    for i, sentence in enumerate(sentences):
        for clause_start, clause in clauses(sentence, names):
            cue = first_cue(clause)
            if cue is None or _QUOTATION.search(
                _SCARE_QUOTES.sub("", sentence.text[: clause_start + cue.start()])
            ):
                continue  # words inside or after a quotation are somebody's talk
            status = status_of(cue)
            at = sentence.start + clause_start
            amounts = [
                m for m in money_in(text, at, at + len(clause)) if not _not_given(text, m, at)
            ]
            before = sentence.text[: clause_start + cue.start()]
            promise = _PROMISE.match(cue.group()) or (
                cue.group().lower().startswith("would") and _SELF_REPORT.search(before)
            )
            if (
                cue.group().lower().startswith("would")
                and not promise
                and not re.search(r"(?i)\bannounced\s+(?:\w+\s+)?that\b", before)
            ):
                continue  # a forecast, unless said of oneself or announced ("announced that")
            if cue.group().lower().startswith("will") and _FORECAST.search(before):
                continue  # "it also forecast the national debt ... will increase": no promise
            if _TOTAL.search(clause[: cue.start()]):
                continue  # "In total, the United States is now providing": a sum, not a pledge
            if _PENALTY.search(clause) and not cue.group().lower().startswith(("agree", "consent")):
                continue  # "will pay a $10,000 civil penalty": imposed, not undertaken
            if (
                not amounts
                and status in ("announced", "proposed")
                and not promise
                and not (
                    cue.group().lower().startswith("offer")
                    and _RESOURCE.search(clause[cue.end() :])
                )
                and not (
                    re.match(r"(?i)announc|unveil|launch", cue.group())
                    and _NEW_MEASURE.match(clause, cue.end())
                )
                # "signed an agreement with Arizona State University": a new undertaking,
                # money or not; "signed the agreement at ..." tells of one already named
                and not (
                    re.match(r"(?i)sign", cue.group()) and re.match(r" an? ", clause[cue.end() :])
                )
                and not re.match(r"(?i)introduc", cue.group())  # a bill proposes, money or not
                # "announced today that it has awarded new grants", "USDA is providing
                # assistance through several Rural Development programs": a gift, unsummed
                and not (
                    _GIFT_VERB.match(cue.group())
                    and re.search(r"\b(?:has|have|is|are|been)\s+$", before)
                    and _RESOURCE.search(clause[cue.end() :])
                )
            ):
                continue  # "announced" without money, a promise or an offer of aid is just news
            if cue.group().lower() == "offers" and not amounts:
                continue  # "FSIS offers tips", "NRCS offers several programs": what it does
            if (
                _DECEIT.match(clause, cue.end())
                or _BOUGHT_DRUGS.search(clause, cue.end())
                or _CRIME_BEFORE.search(clause[: cue.start()])
            ):
                continue  # "provided false documents to mortgage lenders": a fraud, or a deal
            if re.match(r"(?i)agree", cue.group()) and _TAKES.match(clause, cue.end()):
                continue  # a bribe taken
            if re.search(r"\b(?:not|never)\s+$", clause[: cue.start()]):
                continue  # "tests ... not provided as represented": nothing given
            if re.search(r"(?i)contribut", cue.group()) and _CAUSED.match(clause, cue.end()):
                continue  # "violations contributing to the accident", "$29 billion to the economy"
            if _URGED.search(clause[: cue.start()]):
                continue  # "We urge Congress to fund the President's request": asked, not given
            if cue.group().lower().startswith("receiv") and _FRAUD.search(clause):
                continue  # "received more than $38 million from Medicare on fraudulent claims"
            if (
                not amounts
                and _GIFT_VERB.search(cue.group())
                and _SUMS_FOLLOW.match(clause, cue.end())
            ):
                continue  # "will allocate the funds as follows:": the sums listed are the gifts
            if _APPOINTS.match(clause, cue.end()):
                continue  # "The President intends to appoint Alan R. Nelson": a post, no gift
            if (
                not amounts
                and status == "delivered"
                # "projects funded by USDA Rural Development", "funded in part with federal
                # highway funds": what was funded, no gift that can be measured
                and (cue.group().lower() == "funded" or not _RESOURCE.search(clause[cue.end() :]))
            ):
                continue  # "gave them 13 seats", "provided strong leadership"
            if (
                status == "reaffirmed"
                and not amounts
                and not re.search(r"(?i)commitment|pledge|promise", clause[cue.start() :])
            ):
                continue  # "reiterating that Canada has not recognised" restates a position
            cue_at = at + cue.start()
            received = cue.group().lower().startswith("receiv") or bool(
                _USES_A_GIFT.match(clause, cue.start())
            )
            if received and _SETTLED.search(clause):
                continue  # "will receive $15,000 in damages under an agreement": the payer's
            if received and re.match(r"\W*Each\b", clause) and any(c.amount for c in found):
                # "... $1.2 million in grants. Each recipient will receive up to $120,000": a
                # share of a sum already given, no new one
                continue
            passive = received or (
                (_PASSIVE.search(before) or _SUM_THEN_PARTICIPLE.search(before))
                and not cue.group().split()[0].lower().endswith("ing")
            )
            if passive or re.match(r"\w+(?: for)? by\b", clause[cue.start() :]):
                # "was funded by a grant from the X Foundation": the giver follows; an unnamed
                # one ("paid for by parents") commits nobody the summary can name.
                agent = passive_agent(actors, text, cue_at, at + len(clause))
                unsaid = not re.search(r"\bby\b", clause[cue.start() :])
                if agent is None and unsaid and amounts and not OBJECT_OF.search(before):
                    # "More than $6.3 million is being awarded to ...": in a release, whoever
                    # gave the story's last sum gives this one, else its most named body.
                    agent = announcer(actors, text, sentence.start, cue_at, sentence.end)
                    if agent is None:
                        # "Harvard is receiving $651,708": Harvard gets it, so it gives nothing;
                        # in "EPA announced that 105 students will receive", EPA is no receiver.
                        that = sentence.text.rfind(" that ", 0, cue_at - sentence.start)
                        said = that + len(" that ") if that >= 0 else 0
                        reported = Sentence(
                            sentence.start + said, sentence.end, sentence.text[said:]
                        )
                        receivers = clause_subject(actors, text, reported, cue_at, sentences[:i])
                        agent = story_giver(found, actors, text, stated, besides=receivers)[0]
                givers = [agent] if agent else []
            else:
                givers = clause_subject(actors, text, sentence, cue_at, sentences[:i])
            # An analyst's "would" is a view, not a commitment; a court orders, it gives nothing
            # ("The consent decree, which was approved by the U.S. District Court").
            givers = [g for g in givers if id(g) not in experts and not _COURT.search(g.text)]
            if amounts and not _WON.match(cue.group()):
                # "U.S. Senators Chris Coons and Tom Carper announced $500,000 in U.S.
                # Department of Commerce funding": a lawmaker tells of the gift of an agency the
                # clause names (LABELING's money "from" a giver); else announces it as theirs
                # (to the sentence's end: "... for the cities of Fairfield and Greensboro
                # through the Department of Justice’s ... Office")
                body = _granting_body(actors, text, at, sentence.end)
                if body is None and stated is not None and stated.kind == "organization":
                    # "Senators Ben Cardin and Chris Van Hollen have announced $26,000 in
                    # federal funding. Two $13,000 grants ... come from the U.S. Department of
                    # Agriculture": the body the release says the money comes from
                    body = stated
                givers = [body if body is not None and _lawmaker(g) else g for g in givers]
            rest = re.split(
                r"[;:]|, (?:which|who|while|but|after|as|said)\b|\.\s*$", clause[cue.start() :]
            )
            then = AND_WILL if cue.group().lower().startswith("will") else AND_TO
            first, *others = then.split(rest[0].strip().rstrip(".,"))
            if _ANNOUNCED_ALONE.fullmatch(first) and not re.match(
                r"\s*:", clause[cue.start() + len(rest[0]) :]
            ):
                # "... was sentenced today and fined $5,000, U.S. Attorney Wendy J. Olson
                # announced": the announcer tells of another's deed, and gives nothing
                continue
            # The amount the verb governs: the first after it, else the last before it; a
            # passive's is its subject ("$2.9 million will be awarded by NIJ ..., and $2.1 ...").
            after_cue = [m for m in amounts if m.start >= cue_at]
            before_cue = [m for m in amounts if m.end <= cue_at]
            amount = after_cue[0] if after_cue else (amounts[-1] if amounts else None)
            if (
                passive
                and before_cue
                and _SUM_IS_SUBJECT.fullmatch(text, before_cue[-1].end, cue_at) is not None
            ):
                amount = before_cue[-1]  # not "the $6.3 million operation had been paid for by"
            # The evidence quotes the verb and its amount together; an amount too far from the
            # verb to quote with it (in a run-on sentence) is not the one it governs.
            focus = (cue_at, cue_at + len(first))
            if amount is not None:
                focus = (min(cue_at, amount.start), max(cue_at, amount.end))
            start, end = clause_span(sentence, *focus)
            if amount is not None and not start <= amount.start < amount.end <= end:
                amount = None
                start, end = clause_span(sentence, cue_at, cue_at + len(first))
            source = from_giver(actors, text, amount.end) if amount is not None else None
            # "$10 million will come from Japan", "$2 billion from the AfDB"; but "NPS has
            # awarded $1.6 million in grants from the Land and Water Conservation Fund": NPS
            # pays out of the fund
            if source is not None and not (givers and names_a_fund(source.text)):
                givers = [source]
            # "a $2.2 million loan and a $1.4 million grant": each sum the verb also governs.
            also = [
                (later, clause_span(sentence, later.start, later.end))
                for later in (_also_governed(text, after_cue) if amount is not None else [])
            ]
            # Each undertaking has the sum it states ("and will give each customer a voucher
            # worth 50,000 won"); the verb's own sum, stated before it, is the first's.
            actions = [first, *others]
            sums = [amount, *(later for later, _ in also)] if amount is not None else []
            owned = [next((m for m in sums if m.text in action), None) for action in actions]
            if amount is not None and amount not in owned:
                owned[0] = amount
            also = [(later, span) for later, span in also if later not in owned]
            for actor in givers:
                for i, action in enumerate(actions):
                    found.append(
                        CommitmentCandidate(
                            sentence,
                            actor,
                            clip_words(action, 80),
                            owned[i],
                            status,
                            start,
                            end,
                        )
                    )
                for later, (later_start, later_end) in also:
                    action = text[later.start : later_end].strip(" ,.;")
                    own = _OWN_VERB.search(text, max(0, later.start - 30), later.start)
                    verb = own.group("verb") if own else first.split()[0]
                    found.append(
                        CommitmentCandidate(
                            sentence,
                            actor,
                            clip_words(f"{verb} {action}", 80),
                            later,
                            status,
                            later_start,
                            later_end,
                        )
                    )
    found += _quoted_pledges(text, sentences, actors, experts)
    # A giver the clause rules already found in a sentence is not found there twice.
    seen = {(id(c.actor), c.sentence.start) for c in found if c.actor is not None}
    found += _participle_pledges(text, sentences, actors, seen)
    found += _announced_by(text, sentences, actors, found)
    found += _owned_sums(text, sentences, actors, found, stated)
    story = found[len(headline) :]
    if any(_restates(c, t) for t in headline for c in story):
        found = story
    found = with_listed_awards(
        sorted(found, key=lambda c: c.start), text, sentences, actors, stated
    )
    found = _valued(text, sentences, found)
    found = [c for c in found if c.amount is not None or not _AVOWAL.match(c.action)]
    found = [paid for c in found if (paid := _paid_by_its_party(c, actors, text)) is not None]
    parts = breakdowns(text, sentences, actors, found, stated)
    parts += shares(text, sentences, found + parts, stated)
    return _unrounded(_unrestated(sorted(found + parts, key=lambda c: c.start), text), text)


def _unrounded(found: list[CommitmentCandidate], text: str) -> list[CommitmentCandidate]:
    """The commitments less a hedged sum the story also gives exactly ("a grant totaling more
    than $156,000" and "FEMA will pay $156,675"): one gift, in its exact figure."""
    sums = [c.amount for c in found if c.amount is not None]
    return [
        c
        for c in found
        if c.amount is None
        or not _HEDGED.search(text, max(0, c.amount.start - 20), c.amount.start)
        or not any(
            other.value != c.amount.value
            and abs(other.value - c.amount.value) <= _ROUNDING * other.value
            and _figures(other.value) > _figures(c.amount.value)
            for other in sums
        )
    ]


_ROUNDING = 0.05
_HEDGED = re.compile(
    r"\b(?:more than|nearly|almost|about|approximately|roughly|some|over|around) $", re.IGNORECASE
)


def _figures(value: float) -> int:
    """How many significant figures a sum has: 58,000,000 has two, 58,300,000 three."""
    return len(str(round(value)).rstrip("0"))


def _paid_by_its_party(
    c: CommitmentCandidate, actors: list[Name], text: str
) -> CommitmentCandidate | None:
    """A settlement or penalty someone announces "with" or "against" a party is the party's to
    pay ("FinCEN today announced the assessment of a $4.1 million civil money penalty against
    Saddle River Valley Bank"); with the party unnamed ("a $9.1 million settlement with two
    companies"), the announcer pays nothing."""
    amount = c.amount
    if amount is None or not _ANNOUNCED_BEFORE.search(
        text, max(0, amount.start - 60), amount.start
    ):
        return c
    settled = _SETTLED_WITH.match(text, amount.end)
    if settled is None:
        return c
    party = named_at(actors, text, settled.end())
    if party is None:
        return None
    return replace(c, actor=party)


_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announc|assess|impos|reach)\w*\s+(?:(?:the|an?|today|assessment|of)\s+)*$"
)
_SETTLED_WITH = re.compile(
    r"(?: (?:civil|money|monetary|criminal|administrative|total|consent))* "
    r"(?:settlement|penalty|fine)s? (?:with|against) (?:the )?(?:subsidiaries of )?"
)


# "The $8 million investment in new projects", "EPA's $3.5 million will support": a sum the
# story named before, written as known.
_RESTATED = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|its|their)|['’]s)\s+"
    r"(?:(?:entire|total|full|nearly|approximately|about|more than|over)\s+)?$"
)


def _unrestated(found: list[CommitmentCandidate], text: str) -> list[CommitmentCandidate]:
    """The commitments less those that restate a sum their giver already gave."""
    kept: list[CommitmentCandidate] = []
    for c in found:
        amount = c.amount
        if (
            amount is not None
            and _RESTATED.search(text, max(0, amount.start - 40), amount.start)
            and any(
                k.actor is c.actor and k.amount and k.amount.value == amount.value for k in kept
            )
        ):
            continue
        if (
            amount is None
            and _THE_SUM.search(c.action)
            and any(k.actor is c.actor and k.amount for k in found)
        ):
            continue  # "agreed to pay the penalty", "is awarding the grants": a sum it gave
        kept.append(c)
    return kept


# A sum named before, pointed back to: "the penalty", "these grants", "the funding"
_THE_SUM = re.compile(
    r"(?i)^(?:\S+ ){1,3}?(?:the|these|this|those|that) (?:\w+ )?(?:grants?|awards?|funding|"
    r"funds|money|penalty|payment|loans?|settlement amount|sum)\b"
)


# A standing commitment avowed, not a measure: "reaffirmed the U.S. Government's commitment to
# working with partners", "remain committed to supporting the region" (LABELING: a promise
# names what will be done); but "reaffirmed its commitment to fund free kidney checks" does.
_AVOWAL = re.compile(
    r"(?i)(?:(?:reaffirm|reiterat)\w* (?:[\w.’'-]+ ){0,5}commitment\b.*?\b|committed )"
    r"to (?:\w+ing|the)\b"
)


_COURT = re.compile(r"\b(?:Court|Tribunal)\b")
# What a lawmaker does with money: wins it in a bill, or proposes it ("secured $400,000")
_WON = re.compile(r"(?i)secur|introduc|propos|sponsor|request|vot")
_LAWMAKER = re.compile(r"\b(?:Senators?|Sen\.|Representatives?|Rep\.|Congress(?:wo)?man)")


def _lawmaker(name: Name) -> bool:
    return name.kind == "person" and name.title is not None and bool(_LAWMAKER.search(name.title))


# "in U.S. Department of Commerce funding", "through the Department of Homeland Security",
# "from the FAA", "by USDA Rural Development"
_GRANTED_VIA = re.compile(r"\b(?:through|from|by|in)\s+(?:the\s+)?(?:federal\s+)?")


def _granting_body(actors: list[Name], text: str, start: int, end: int) -> Name | None:
    """The body a clause says a gift comes through or from, or whose funding it is."""
    for via in _GRANTED_VIA.finditer(text, start, end):
        first = body_at(actors, text, via.end())
        if first is not None and first.kind == "organization" and not _COURT.search(first.text):
            return first
    return None


def _also_governed(text: str, amounts: list[Money]) -> list[Money]:
    """The sums after the first that its verb also governs: "a $2.2 million loan and a $1.4
    million grant", "$50 million to Texas, and $3.75 million to Alabama"."""
    return [
        later
        for earlier, later in pairwise(amounts)
        if _AND_ALSO.fullmatch(gap := text[earlier.end : later.start])
        or _TO_SERIES.fullmatch(gap)
        or _SUMS_IN_A_ROW.fullmatch(gap)
        or _NAMED_AWARDS_IN_A_ROW.fullmatch(gap)
    ]


# "a Community Facility Direct Loan of $45,000, a Community Facility Grant of $31,575, and an
# Economic Impact Initiative Grant of $2,925": named awards in a row, a sum each.
_NAMED_AWARDS_IN_A_ROW = re.compile(r",\s+(?:and\s+)?an?\s+(?:[A-Z][\w-]*\s+){1,6}of\s+")


# A sum a body owns, with no verb to give it: "The $362 million MCC program with Lesotho", "$85
# million in U.S. assistance", "an earlier USAID contribution of US$14.5 million".
_GIFT_NOUN = (
    r"(?:program|programme|grants?|contribution|assistance|aid|funding|investment|compact|"
    r"package|loans?|donation|award|contract)\b"
)
_OWNER_AFTER = re.compile(r"\s+(?:in\s+)?(?:the\s+)?$")
_NOUN_AFTER_OWNER = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?{_GIFT_NOUN}")
_OWNER_BEFORE = re.compile(
    rf"\s+(?:[a-z][\w-]*\s+)?{_GIFT_NOUN}\s+of\s+"
    rf"{HEDGE}$"
)


# A sum that opens a sentence as its subject: "The proposed $498.2 million compact aims to".
_SUM_LEADS = re.compile(r"\s*(?:The|This|Its)\s+(?:(?:over|nearly|about|[\w-]*[a-z])\s+){0,2}")
# "... compact to Lesotho", "... grant was conferred", "... compact aims to": the sum's noun, then
# where it goes or what it does.
_NOUN_AFTER_SUM = re.compile(
    rf"(?:,)?\s+(?:[\w-]+\s+){{0,2}}?(?i:{_GIFT_NOUN}|agreement)\s+"
    r"(?:with|to|for|in|is|was|were|will|would|has|had|aims|seeks|also)\b"
)


# The sum right before a passive verb is what it gives: "$2.9 million will be awarded by".
_SUM_IS_SUBJECT = re.compile(r"\s+(?:will be|was|were|is|are|has been|have been|had been)\s+")
# "Approximately $4 million will cover the first year of 11 new projects, while $6.3 million
# will go to 16 projects": a share of the story giver's sum, and what it pays for.
_SUM_WILL_GO = re.compile(
    r"\s+(?:\w+\s+|in\s+(?:[\w-]+\s+){1,3})?"  # "Nearly $300 million in awards will provide"
    r"(?:will\s+(?:go\s+(?:to|toward|towards)|cover|fund|support|pay\s+for|provide|assist|"
    r"be\s+(?:used|spent|awarded|provided|allocated|distributed|invested))"
    # "$183 million in funding is being awarded", "has been made available to IEMA"
    r"|(?:is|are|has\s+been|have\s+been)\s+(?:being\s+)?(?:made\s+available|awarded))\b"
)
# "These contracts total $55 million for the initial phase": the story giver's awards, summed.
_GIFTS_TOTAL = re.compile(
    r"\s*(?:The|These|Those|This|Its|Their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:contracts|grants|awards|loans|investments|agreements)(?:,\s+which)?\s+"
    r"(?:total(?:ed)?|amount to|award)\s+" + HEDGE
)
# "$53 million comes from the Office of Justice Programs, $35 million from the Office on ...":
# the share each body gives of a sum the story splits.
_SUM_FROM = re.compile(r"\s+(?:comes\s+|will come\s+|came\s+)?from\s+(?:[Tt]he\s+)?")
# "a $2 million grant from the U.S. Ambassadors Fund", "$59,000 in assistance from the AFAS", "a
# grant of $1.1 million from The Xerox Foundation": a gift named as from a body.
_GIFT_FROM = re.compile(
    rf"\s+(?:in\s+)?(?:[a-z][\w-]*,?\s+){{0,4}}?{_GIFT_NOUN}\s+from\s+(?:[Tt]he\s+)?"
)
_GIFT_OF = re.compile(rf"\b{_GIFT_NOUN}\s+of\s+{HEDGE}$")


def _owned_sums(
    text: str,
    sentences: list[Sentence],
    actors: list[Name],
    found: list[CommitmentCandidate],
    stated: Name | None,
) -> list[CommitmentCandidate]:
    """Sums named as a body's programme, grant or aid, or said to come from a body, where no
    clause rule found them."""
    spent = taken(found)
    owned: list[CommitmentCandidate] = []
    for sentence in sentences:
        amounts = [
            m
            for m in money_in(text, sentence.start, sentence.end)
            if (sentence.start, m.start) not in spent and not _not_given(text, m, sentence.start)
        ]
        if not amounts:
            continue
        spots = list(mentions(actors, sentence.text))
        comes_from = re.search(r"\bcom(?:e|es|ing) from\b", sentence.text) is not None
        for amount in amounts:
            at = amount.start - sentence.start
            to = amount.end - sentence.start
            giver = next(
                (
                    name
                    for m, name in spots
                    if (
                        m.start() >= to
                        and _OWNER_AFTER.fullmatch(sentence.text[to : m.start()])
                        and _NOUN_AFTER_OWNER.match(sentence.text, m.end())
                    )
                    or (m.end() <= at and _OWNER_BEFORE.fullmatch(sentence.text[m.end() : at]))
                    or (
                        m.start() >= to
                        and comes_from
                        and _SUM_FROM.fullmatch(sentence.text[to : m.start()])
                    )
                    or (
                        m.start() >= to
                        and (
                            _GIFT_FROM.fullmatch(sentence.text[to : m.start()])
                            or (
                                _GIFT_OF.search(sentence.text[:at])
                                and _SUM_FROM.fullmatch(sentence.text[to : m.start()])
                            )
                        )
                    )
                ),
                None,
            )
            will_go = _SUM_WILL_GO.match(sentence.text, to)
            if giver is None and will_go:
                # "$2.1 million will be awarded by OJP’s Bureau of Justice Statistics"
                giver = passive_agent(actors, text, amount.end, sentence.start + will_go.end() + 60)
            if giver is None and (
                (
                    _SUM_LEADS.fullmatch(sentence.text[:at])
                    and _NOUN_AFTER_SUM.match(sentence.text, to)
                )
                or will_go
                or _GIFTS_TOTAL.fullmatch(sentence.text[:at])
            ):
                # "The five-year $362.6 million grant to Lesotho seeks to": the story's giver's
                giver = story_giver(found + owned, actors, text, stated, sentence.start)[0]
            if giver is None:
                continue
            start, end = clause_span(sentence, amount.start, amount.end)
            action = re.split(r"[,;](?!\d)", sentence.text[at:])[0]  # not "$410,000"
            owned.append(
                CommitmentCandidate(
                    sentence, giver, clip_words(action, 80), amount, "announced", start, end
                )
            )
    return owned


# "The equipment, valued at $126,509, ...": what a gift is worth, in a sentence after it.
_VALUED = re.compile(
    r"\b(?:valued at|worth|with a value of|at a cost of)\s+"
    rf"{HEDGE}$"
)


def _valued(
    text: str, sentences: list[Sentence], found: list[CommitmentCandidate]
) -> list[CommitmentCandidate]:
    """A gift named with no sum takes the worth a sentence around it gives ("donated a medical
    ambulance ... The equipment, valued at $126,509"; "the extension is valued at $436 million.
    NASA plans to ..."), quoted where the worth is."""
    spent = taken(found)
    kept = []
    for c in found:
        if c.amount is None and c.actor is not None:
            at = next((i for i, s in enumerate(sentences) if s.start >= c.sentence.start), 0)
            worth = next(
                (
                    (s, m)
                    for s in sentences[max(0, at - 1) : at + 8]
                    for m in money_in(text, s.start, s.end)
                    if (s.start, m.start) not in spent
                    and _VALUED.search(text, max(s.start, m.start - 40), m.start)
                ),
                None,
            )
            if worth is not None:
                sentence, amount = worth
                spent.add((sentence.start, amount.start))
                start, end = clause_span(sentence, amount.start, amount.end)
                c = replace(c, sentence=sentence, amount=amount, start=start, end=end)
        kept.append(c)
    return kept


def _title_giver(text: str, title: Span | None, actors: list[Name]) -> Name | None:
    """Who the title says gives out something, sum or not: the giver of the sums the story
    lists with no giver of their own, before the body it names most."""
    gift = TITLE_GIVES.match(text, title.start, title.end) if title else None
    if gift is None:
        return None
    return ending_name(actors, gift.group("giver"))


def _title_pledge(text: str, title: Span | None, actors: list[Name]) -> list[CommitmentCandidate]:
    """ "NIH Grants $55 Million in Institutional Development Awards": the title's giver and
    sum."""
    gift = TITLE_GIFT.match(text, title.start, title.end) if title else None
    if title is None or gift is None:
        return []
    # "U.S. Transportation Secretary Mary E. Peters Releases ...": the title's holder gives.
    giver = ending_name(actors, gift.group("giver"))
    amounts = money_in(text, gift.end(), title.end)
    if giver is None or not amounts:
        return []
    action = gift.group("verb").lower() + text[gift.end("verb") : title.end]
    sentence = Sentence(title.start, title.end, text[title.start : title.end])
    return [
        CommitmentCandidate(
            sentence, giver, clip_words(action, 80), amounts[0], "announced", title.start, title.end
        )
    ]


def _restates(story: CommitmentCandidate, title: CommitmentCandidate) -> bool:
    """The story gives the title's sum, or the one a title rounds ("More than $20 Million" for
    $20.5 million), whoever gives it there: the labelers credit the story's giver ("Secretary
    Norton Announces $12.9 Million" where "the department has awarded $12.9 million")."""
    assert title.amount is not None
    return story.amount is not None and (
        abs(story.amount.value - title.amount.value) <= 0.1 * story.amount.value
    )


# "I am happy to announce over $23 million ...", said Dr. Shah: a speaker's own pledge, in
# their words; what else a speaker says is talk.
_FIRST_PERSON_PLEDGE = re.compile(
    r"\b(?:I|[Ww]e)(?:['’]m| am| are)? (?:(?:happy|pleased|proud|delighted|glad) to "
    r"(?P<verb>announce|pledge|commit|provide)|(?P<will>will|shall) (?:be )?(?:provid|giv|"
    r"commit|contribut|donat|allocat|invest|send|spend)(?:e|ing)?)\b"
)
_QUOTE = re.compile(r"[\"“](?P<words>[^\"”]{12,600})[\"”]")


def _quoted_pledges(
    text: str, sentences: list[Sentence], actors: list[Name], experts: set[int]
) -> list[CommitmentCandidate]:
    """Money a named speaker pledges in a quotation of their own, with "said X" around it."""
    found = []
    for sentence in sentences:
        quote = _QUOTE.search(sentence.text)
        if quote is None or not (pledge := _FIRST_PERSON_PLEDGE.search(quote["words"])):
            continue
        at = sentence.start + quote.start("words")
        amounts = money_in(text, at + pledge.start(), at + len(quote["words"]))
        outside = sentence.text[quote.end() :]
        speakers = [
            n
            for m, n in mentions(actors, outside)
            if re.search(rf"\b{SPEECH}\s+(?:\w+\.?\s+)?$", outside[: m.start()])
            or re.match(rf"\s+{SPEECH}\b", outside[m.end() :])
        ]
        if not amounts or not speakers or id(speakers[0]) in experts:
            continue
        action = quote["words"][pledge.end("verb") if pledge["verb"] else pledge.end("will") :]
        start, end = clause_span(sentence, at + pledge.start(), amounts[0].end)
        status = "pledged" if pledge["will"] or pledge["verb"] != "announce" else "announced"
        action = clip_words(action.strip(" ,."), 80)
        found.append(
            CommitmentCandidate(sentence, speakers[0], action, amounts[0], status, start, end)
        )
        for later in _also_governed(text, amounts):
            start, end = clause_span(sentence, later.start, later.end)
            found.append(
                CommitmentCandidate(sentence, speakers[0], action, later, status, start, end)
            )
    return found


# "..., with the United Kingdom offering three million pounds, Australia offering ...": a giver
# named right before a participle, in a list of givers.
_PARTICIPLE = re.compile(
    r"\s+(?P<verb>offering|pledging|promising|donating|contributing|giving|providing|sending)\s"
)
_LIST_GAP = re.compile(r"^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
_GIVER_LEAD = re.compile(r"(?:\bwith|,|\)|\band)\s+(?:the\s+)?$")


def _participle_pledges(
    text: str, sentences: list[Sentence], actors: list[Name], seen: set[tuple[int, int]]
) -> list[CommitmentCandidate]:
    """Givers named before a participle ("with Australia offering three million Australian
    dollars", "and the United States, Japan, and UNICEF offering further aid"), each with what
    follows the participle; only money, or resources the story names."""
    found = []
    for sentence in sentences:
        if not _PARTICIPLE.search(sentence.text):
            continue  # most sentences: no name search needed
        spots = sorted(mentions(actors, sentence.text), key=lambda spot: spot[0].start())
        for i, (m, name) in enumerate(spots):
            verb = _PARTICIPLE.match(sentence.text, m.end())
            if verb is None or not _GIVER_LEAD.search(sentence.text[: m.start()]):
                continue
            givers_after = (
                o.start()
                for o, _ in spots[i + 1 :]
                if o.start() > m.end() and _PARTICIPLE.match(sentence.text, o.end())
            )
            stop = next(givers_after, None)
            what = sentence.text[verb.end() : stop]
            what = re.split(r",(?!\d)|;| and ", what)[0].strip(" .")
            at = sentence.start + verb.end()
            amounts = money_in(text, at, at + len(what))
            if not amounts and not _RESOURCE.search(what):
                continue
            givers, head = [name], m.start()
            for earlier, other in reversed(spots[:i]):
                if not _LIST_GAP.match(sentence.text[earlier.end() : head]):
                    break
                givers.insert(0, other)
                head = earlier.start()
            start, end = clause_span(sentence, sentence.start + head, at + len(what))
            status = (
                "delivered" if verb["verb"] in ("giving", "providing", "sending") else "announced"
            )
            for giver in givers:
                if (id(giver), sentence.start) in seen:
                    continue
                found.append(
                    CommitmentCandidate(
                        sentence,
                        giver,
                        clip_words(f"{verb['verb']} {what}", 80),
                        amounts[0] if amounts else None,
                        status,
                        start,
                        end,
                    )
                )
    return found


def _announced_by(
    text: str, sentences: list[Sentence], actors: list[Name], earlier: list[CommitmentCandidate]
) -> list[CommitmentCandidate]:
    """A sum a participle gives its giver after "by" ("as a result of $8.1 million in grant
    funding announced today by the Justice Department", "a $20 million grant awarded today by
    the Department of Veterans Affairs"): the giver's, announced. A passive ("was awarded by")
    is the clause rules'."""
    found: list[CommitmentCandidate] = []
    for sentence in sentences:
        for by in _GIVEN_BY.finditer(sentence.text):
            at = sentence.start + by.end()
            if _PASSIVE.search(sentence.text, 0, by.start()):
                continue  # "... was awarded by", "will be provided by": the clause rules'
            giver = next(
                (
                    n
                    for m, n in mentions(actors, text[at : at + 80])
                    if _TITLE_WORDS.fullmatch(text, at, at + m.start())
                ),
                None,
            )
            lead = max(sentence.start, sentence.start + by.start() - 100)
            amounts = [
                a
                for a in money_in(text, lead, sentence.start + by.start())
                if not re.search(r"[;:]", text[a.end : sentence.start + by.start()])
            ]
            if giver is None or not amounts:
                continue
            amount = amounts[-1]
            if any(
                c.amount is not None
                and (
                    c.amount.start == amount.start
                    or (c.actor is giver and same_value(c.amount.value, amount.value))
                )
                for c in [*earlier, *found]
            ):
                continue  # the sum has its giver already
            what = text[amount.start : sentence.start + by.start()].strip(" ,")
            start, end = clause_span(sentence, amount.start, at)
            found.append(
                CommitmentCandidate(
                    sentence,
                    giver,
                    clip_words(f"{_BASE_FORM[by['verb']]} {what}", 80),
                    amount,
                    "announced",
                    start,
                    end,
                )
            )
    return found


_GIVEN_BY = re.compile(
    r"\b(?P<verb>announced|awarded|approved|provided)\s+"
    r"(?:(?:today|yesterday|on \w+(?: \d{1,2})?)\s+)?by\s+(?:the\s+)?"
)
_BASE_FORM = {
    "announced": "announce",
    "awarded": "award",
    "approved": "approve",
    "provided": "provide",
}
# The title words between "by" and the giver's name: "by Housing and Urban Development
# Secretary Alphonso Jackson".
_TITLE_WORDS = re.compile(rf"{TITLE_WORD}*")
