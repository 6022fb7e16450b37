"""Cues: the words that commit someone to something ("pledged", "will provide", "agreed to pay",
"awarded"), each with the status it gives, and the clauses of a sentence a cue can govern."""

from __future__ import annotations

import re

from summarizer.extract.entity import Name, mentions
from summarizer.extract.lexicon import HEDGE, PLACE_BODY_NOUNS
from summarizer.extract.sentences import Sentence

# What is given, delivered, provided or released that is no measure: "will give remarks", "gave
# remarks at an event", "will deliver remarks", "will release new maps of active faults".
_NO_GOODS = (
    r"(?! (?:[\w’'-]+ ){0,3}(?:remarks|speech|address|tour|presentation|talk|opportunity|"
    r"heads up|testimony|briefing|reports?|maps?|data|findings|results|statement|study)\b)"
)


# What "will" promises: a measure, money or resources. "Will visit", "will chair the meeting" and
# "will continue to monitor" are plain statements about the future, not commitments.
_WILL_DO = (
    r"(?:also |now |soon |then |initially |immediately |again )?"
    rf"(?:(?:begin|start) (?:to \w+|\w+ing)|provide{_NO_GOODS}|fund|give{_NO_GOODS}|pay|build|"
    rf"spend|invest|deliver{_NO_GOODS}|distribute|supply|send|donate|contribute|allocate|offer|grant|award|cut|raise|create|"
    r"target|dedicate|direct|"
    # "will open two Disaster Recovery Centers", not "the center will open on Wednesday" or
    # "will close permanently at 4 p.m.": a door, not a measure
    r"hire|(?:open|close)(?! (?:soon|permanently|temporarily|again|on|in|at|for|from|by|until|"
    r"through|daily|today|tomorrow|(?-i:[A-Z][a-z]+ \d))\b)(?! ?[,.;:])|keep|make|"
    r"reimburse|cover|match|double|triple|expand|extend|launch|"
    r"introduce|implement|establish|set up|sell|buy|acquire|repay|lend|loan|finance|ban|end|"
    rf"phase out|reduce|increase|release{_NO_GOODS}|approve|sign|waive|forgive|rebuild|restore|"
    r"train|recruit|install|upgrade|retain|protect|guarantee|help fund|work with|ensure|"
    # not "will replace Aleksander Kwasniewski": succeeding a person is no commitment
    r"replace(?-i:(?! [A-Z]))|"
    r"resign|retire|step down|be retiring|be stepping down|not seek|conduct|mail|"
    # what an agency undertakes to do: "will require inspections", "will publish a notice",
    # "will coordinate with the state", "will use the grant to"
    r"use|require|undertake|investigate|seek|enter into|examine|expedite|prioriti[sz]e|"
    r"coordinate|purchase|publish|evaluate|assess|consult|"
    # "Glenn will support moon and Mars surface systems designs", "HGA will develop a final
    # site plan": undertakings, as the labelers list them. Not "will continue to" do
    # something: it tells of going on and promises nothing new (LABELING); taking it cost
    # precision (dev 0.686 -> 0.678) for no F1.
    r"develop|support|design|operate|transfer|perform|maintain|manage|add|improve|"
    r"partner with|collaborate|work together|assist|deploy|"
    # "NCUA will issue checks to members", "the BLM will hold 33 lease sales"
    r"issue(?= (?:[\w,$.]+ ){0,3}(?:checks|refunds|payments|grants|loans|vouchers)\b)|"
    r"hold(?= (?:(?!on |about |of |for )[\w,.]+ ){0,4}(?:auctions?|sales?)\b))"
)


_COMMITMENT_CUES: list[tuple[str, str]] = [
    (r"reaffirm\w*|reiterat\w*|pledged anew", "reaffirmed"),
    # Not "promising results" nor "the committee".
    # Not "a crime committed after 1990": a pledge commits to something, or commits money.
    (
        # not a noun: "technologies that show fundamental technical promise but are not ready"
        r"pledg\w*|promis(?:e[sd]?(?!\s+(?:but|and|of|for|in|as)\b|\s*[,.;:])|ing to)|vow\w*|"
        r"commit(?:s|ted|ting)?(?=\s+(?:to|itself|"
        r"themselves|\$|£|€|\d|an? additional|funds|money|resources))",
        "pledged",
    ),
    (
        r"propos\w* to|propos\w*|plans? to|planned to|intends? to|would (?!not)\w+|bid to|"
        r"offer(?:s|ed)? to"
        # "Sinema also recently introduced the NASA Authorization Act": a bill, proposed
        r"|(?i:introduc(?:e|es|ed|ing))(?= (?:[\w,'’-]+ ){0,6}?"
        r"(?i:legislation|bill|act|amendment|resolution)\b)"
        # "NOAA is recommending $9 million in funding": a grant not yet final
        # "NOAA is recommending 19 projects for funding, totaling $13.8 million"
        rf"|recommend(?:s|ed|ing)?(?= (?:[\w-]+ ){{0,5}}?(?:[\w-]+, totaling )?{HEDGE}"
        r"(?:US|A|C|NZ)?[$£€])",
        "proposed",
    ),
    (
        rf"paid|delivered{_NO_GOODS}|disbursed|handed over|sent|donated|gave{_NO_GOODS}|"
        r"has provided|have provided|"
        # "the United States is dispatching two large-scale medical deliveries"
        r"dispatch(?:es|ed|ing)|deliver(?:s|ing)|airlift(?:s|ed|ing)|"
        r"(?:has|have) made (?:[^.;]{1,50}? )?available|(?<!be )appropriated|"
        r"had provided|provided|contributed|funded|obligated|send(?:s|ing)|"
        # Not "U.S. food aid is distributed by the WFP": the distributor's habit, no gift.
        r"(?<!be )(?<!is )(?<!are )(?<!was )(?<!were )distributed",
        "delivered",
    ),
    (
        r"announc\w*|unveil\w*|launch(?:es|ed|ing)?|allocat\w*|earmark\w*|set aside"
        # "agreed as part of his guilty plea to cooperate with the IRS"
        r"|agree(?:d|s|ing)?(?: on \w+| as part of (?:his|her|its|their|the) [\w ]{3,30}?)? to"
        # "The Casino ... consented to the payment of civil money penalties": agreed to pay
        r"|consent(?:s|ed|ing)? to"
        r"|approv\w*"
        r"|finaliz\w*|finalis\w*"
        r"|sign(?:s|ed|ing)?(?= (?:an?|the) (?:[\w$.,-]+ ){0,4}(?:grant|loan|aid|funding|"
        r"agreement|memorandum|compact|accord|treaty|contract|plan|pact|protocol|charter|"
        r"declaration|letter of intent|lease)\b)"
        # not "NNSA's primary mission is to ensure", "if it is to keep working": an aim
        rf"|will {_WILL_DO}|(?<!mission )(?<!goal )(?<!aim )(?<!purpose )(?<!role )(?<!if it )"
        rf"(?:is|are)(?: set)? to {_WILL_DO}|offer\w*|grant(?!ee)\w*|award(?!ee)\w*"
        # "will be transferring wildland fire engines", "will be awarding grants"
        r"|will be (?:provid|award|fund|send|deliver|distribut|transferr|donat|invest|open|hir)ing"
        r"|fund(?:s|ing)?|invest(?:s|ed|ing)?|(?<!supervised )(?<!news )(?<!press )releas\w*"
        # not "released the following statement applauding the U.S. Department of
        # Transportation for awarding": words released, the gift someone else's
        r"(?! (?:the following |a |an |this |his |her |its |their )?(?:joint |written )?"
        r"(?:statements?|reports?|findings|results|data|videos?|photos|images|study|survey)\b)"
        r"|provid(?:e|es|ing)|giv(?:e|es|ing)|"
        # "Fayette County has been given a $1,991,646 grant by FEMA": given by someone
        r"(?:(?<=been )|(?<=was )|(?<=were )|(?<=is )|(?<=are ))given(?= (?:an? )?[$£€\d])|"
        r"donat(?:e|es|ing)|contribut(?:e|es|ing)|obligat(?:e|es|ing)|distribut(?:e|es|ing)|authoriz\w*|authoris\w*"
        r"|reimburs\w*|reinstat\w*|restor(?:e|es|ed|ing)|appropriat(?:e|es|ing)"
        # "The FTC is mailing 187,664 checks totaling more than $3.2 million"
        r"|(?<!e-)mail(?:s|ed|ing)?(?= (?:[\w,]+ ){0,3}(?:checks|refunds|payments)\b)"
        # "OSM is making $369 million available to states"
        r"|mak(?:e|es|ing) (?:[^.;]{1,50}? )?available"
        # "The town of Winfield is receiving an $8.8 million loan", "will receive six grants
        # totaling $8.59 million": given by the story's giver.
        r"|receiv(?:e|es|ed|ing)(?= (?:an? )?(?:additional |more than |nearly |about |"
        r"approximately |some |up to |over |at least |a total of )?(?:(?:US|A|C|NZ)?[$£€]|"
        r"(?:\w+ )?(?:grants|loans|awards) (?:totaling|totalling|worth) "
        # "The city of Franklin received a grant of $492,000"
        r"|(?:[\w-]+ )?(?:grant|loan|award) of (?:US|A|C|NZ)?[$£€]))"
        # "USAID has added $20 million": adding money, not a speaker adding a word.
        r"|add(?:s|ed)?(?= (?:an? )?(?:additional |another |further |more than |nearly |"
        r"about |approximately |some )?(?:US|A|C|NZ)?[$£€])"
        # "Congressman Mike Rogers said today he secured $400,000": won in an appropriation
        r"|secur(?:es|ed|ing)(?= (?:an? )?(?:additional |another |more than |nearly |"
        r"about |approximately |over |some )?(?:US|A|C|NZ)?[$£€])"
        r"|increas(?:e|es|ed|ing) (?:its|their|his|her|it['’]s) (?:\w+ )?(?:funding|donation|aid|"
        r"pledge|contribution|assistance|commitment)",
        "announced",
    ),
]


# Where one clause goes on to a second undertaking of the same giver: "pledged to keep the
# headquarters and to make no job cuts"; after "will", "will evaluate the projects and will
# provide grantees with technical assistance" (not "pledged $5 million, and will send more").
AND_TO = re.compile(r",? and to ")
AND_WILL = re.compile(rf",? and (?:to |(?:also )?will (?={_WILL_DO}\b))", re.IGNORECASE)


_CUE = re.compile(
    r"\b(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_COMMITMENT_CUES)) + r")\b",
    re.IGNORECASE,
)


# "three grants totaling $310,822; $4.6 million; and $967,073": sums in a row, each perhaps
# after its receiver ("Iowa, $85 million; Indiana, $10 million; and Wisconsin $5 million",
# "Oklahoma—$5.5 million; Oregon—$5.4 million").
SUM_S_RECEIVER = r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*|\s*[—–]\s*|\s+))?"


_PLURAL_NOUN = re.compile(
    r"(?i)(?:award|grant|fund|offer|pledge|promise|proposal|investment|allocation)s"
)


_A_VERB_BEFORE = re.compile(r"\b(?:[a-z]+ed|receives?|receiving|gets?|getting|won|wins)\s+$")


_NOT_AN_OBJECT = re.compile(
    r"\s*(?:[,.;:]|(?:in|of|for|from|and|or|but|at|on|with|that|which|were|was|are|is)\b)"
)


# A cue word used as a noun ("welcomed the pledges", "in emergency funds") commits nobody.
_AS_NOUN = re.compile(
    r"(?:\b(?i:the|a|an|its|their|his|her|our|new|in|of|for|this|these|those|today['’]s)"
    r"\s+(?:[a-z]+\s+)?"
    # "$2.0 million base award": a sum's noun, though "$5 million to award" is a verb
    r"|[$€£¥]?\d[\d.,]*(?<![.,])\s*(?:million|billion|m|bn)?\s+"
    r"(?:(?!(?:to|and|or|that|which|who|will|would|was|were|is|are|has|have|had)\s)[a-z]+\s+)?)$"
)


# "the agency announced", "The contractor will close 18 sites", "The village will build": the
# word after "the" is the subject, and the cue its verb.
_SUBJECT_NOUN = re.compile(
    r"(?i)\bthe\s+(?:agency|company|department|government|ministry|(?:firm|contractor)s?|"
    rf"(?:hospital|bank|employer)s|{'|'.join(sorted(PLACE_BODY_NOUNS))})\s+$"
)


def clauses(sentence: Sentence, names: list[Name]) -> list[tuple[int, str]]:
    """'Britain pledged £400 million, and Japan promised 120 billion yen' is two commitments, and
    so is 'After the U.S. raised its donation to $350 million, Japan announced $500 million'; a
    name's own "and" divides nothing."""
    # Not "; " before a sum: "three grants totaling $310,822; $4.6 million; and $967,073".
    found = list(
        re.finditer(
            # "has provided $300 million ... and has also invested over $200 million";
            # "Tennessee will receive $39 million ..., North Dakota will receive $33.5 million"
            rf"(?<!;),? and (?=[A-Z]|(?:has|have|had) (?:also )?[a-z]+ed\b)"
            # "will pay a $650,000 penalty and will spend $1,062,500 on a project": a second
            # undertaking, not part of the penalty
            r"|(?<=penalty) and (?=will (?:also )?[a-z]+ )"
            rf"|; (?!(?:and )?{SUM_S_RECEIVER}[$€£])|, while "
            r"|, (?=[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,4} will receive\b)",
            sentence.text,
        )
    )
    # not the "and" of a name: "Water Infrastructure Finance and Innovation Act (WIFIA)"; the
    # names are looked up only in a sentence that has a break to check
    named = [(m.start(), m.end()) for m, _ in mentions(names, sentence.text)] if found else []
    breaks = [m.span() for m in found if not any(start < m.start() < end for start, end in named)]
    if lead := _SUBORDINATE.match(sentence.text):
        breaks.append(lead.span("comma"))
    parts, at = [], 0
    for start, end in sorted(breaks):
        if start >= at:
            parts.append((at, sentence.text[at:start]))
            at = end
    parts.append((at, sentence.text[at:]))
    return parts


_SUBORDINATE = re.compile(
    # "Announcing new actions to implement the strategy, Secretary Shalala has awarded": a
    # participle's clause leads too, and so does "Among states receiving funding,".
    r"(?:After|Before|While|As|Since|Although|When|Despite|Following|Among|[A-Z][a-z]{2,}ing)\b"
    r"[^,;]{3,200}?"
    r"(?P<comma>, )(?=[A-Z]|the )"  # "As part of ..., the Commission approved"
)


_INFORMATION_BEFORE = re.compile(
    r"(?i)\b(?:data|figures|information|statistics|numbers|estimates|images?|photos?|"
    r"photographs?|video|footage|details)\s+(?:\w+\s+)?$"
)


# "announced today that USAID is providing": what follows "that" is the commitment; but in
# "announced that $61 million will be distributed" no one else gives it.
# "announced today that ...", "announced he will step down", "announced today it would cut".
_REPORTED = re.compile(
    r" (?:today |yesterday |on \w+ |this week )?(?:that |(?=(?:he|she|it|they) (?:will|would)\b)"
    # "announced the Department’s Economic Development Administration (EDA) is awarding": a
    # clause with no "that", its subject a name
    r"|(?=(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+|(?:of|and|for)\s+){1,10}(?:\([A-Z]{2,8}\)\s+)?"
    # (not "announced Yuma and Gilbert, Arizona will receive $1,763,000": it names who gets)
    r"(?:is|are|will|would|has|have)\s(?!(?:also\s+)?(?:be\s+)?receiv))"
    # "announced plans to open 16 clinics", "has announced it intends to establish two centers":
    # the plan is the commitment
    r"|(?:(?:its|their|his|her) )?plans to |(?:(?:he|she|it|they) )(?:intends?|plans?) to )"
)


_PASSIVE_GIFT = re.compile(r"\b(?:will|would|is to|are to) be (?:\w+ly )?[a-z]+(?:ed|en)\b")


def first_cue(clause: str) -> re.Match[str] | None:
    """The first commitment verb of the clause: not a cue word used as a noun, and not a
    capitalised one inside the clause, which is a name ("Grant said")."""
    launched = None  # "launched the five-year, $24 million Resilient Communities Program"
    for cue in _CUE.finditer(clause):
        noun = _AS_NOUN.search(clause[: cue.start()])
        if noun and not _SUBJECT_NOUN.search(noun.group()):
            continue
        if _PLURAL_NOUN.fullmatch(cue.group()) and (
            _NOT_AN_OBJECT.match(clause[cue.end() :])
            or _A_VERB_BEFORE.search(clause[: cue.start()])
        ):
            # "one of the largest awards in the country's history", "received grants to acquire"
            continue
        if cue.group()[0].isupper() and clause[: cue.start()].strip():
            continue
        if clause[: cue.start()].endswith("-"):
            continue  # "Government of the Philippines-provided food": an adjective
        if cue.group().lower().startswith("launch") and re.search(r"[$£€]\s?\d", clause):
            # "launched the initiative, announcing that BLM is allocating $3 million": the
            # sum's own verb, where the clause has one
            launched = launched or cue
            continue
        if _INFORMATION_BEFORE.search(clause[: cue.start()]):
            continue  # "Information provided by the International Energy Agency"
        # "announced that the government would pay": the commitment is the reported one.
        reported = _REPORTED.match(clause[cue.end() :])
        if (
            cue.group().lower().startswith("announc")
            and reported
            and not _PASSIVE_GIFT.search(clause[cue.end() + reported.end() :])
        ):
            continue
        return cue
    return launched


def status_of(cue: re.Match[str]) -> str:
    """The status a cue gives: "pledged" pledged, "gave" delivered, "will provide" announced,
    "proposed" proposed, "reaffirmed" reaffirmed."""
    return next(
        _COMMITMENT_CUES[int(k[1:])][1] for k, v in cue.groupdict().items() if v is not None
    )
