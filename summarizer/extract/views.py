"""Expert views: what outside experts, named or not, are reported to think."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.extract.entity import Name, mentions
from summarizer.extract.lexicon import LEGAL_SUFFIX, SPEECH
from summarizer.extract.sentences import Sentence, clause_span, clip_words
from summarizer.extract.tokens import ATTRIBUTION


@dataclass(frozen=True)
class ViewCandidate:
    expert: Name | None  # None: "some economists said", "analysts warned"
    view: str
    quote: str | None
    start: int
    end: int


_EXPERT_CUES = re.compile(
    # "some political analysts, like Talat Masood,": one of the commentators (not "a team of
    # researchers led by Raymond Seed", who did the work the story reports)
    r"\b(?:(?i:(?:analyst|economist|expert|strategist|academic|scholar)s?|professor|scientist|"
    r"researcher|historian|\w+ologist|specialist|consultant|lecturer|"
    # "a fellow at Brookings", "AMS Fellow"; not "fellow luminaries", "our fellow citizens"
    r"fellow(?=\s*(?:[,.;)]|at\b|of\b|with\b|in\b|and\b|$))|"
    r"who studies|who researches|think tank|investment officer|portfolio manager|"
    r"asset management|futures|securities)|"
    # An affiliation, not a place visited: "at McMaster University", not "cycles to" it.
    r"(?:at|of|from) (?:the )?(?:[A-Z][\w.'’&-]* )*(?:[Uu]niversity|[Ii]nstitute|[Cc]ollege|"
    r"[Ss]chool of))\b",
)
# "(David Malpass, Bear Stearns & Co. Inc.)" below a quotation: a firm's economist, not its
# officer (who would carry a title).
_UNDER_A_QUOTE_FROM_A_FIRM = re.compile(
    rf"\((?:[A-Z][\w.'’-]* ){{1,3}}[A-Z][\w.'’-]*, [^(),]{{3,80}}\b{LEGAL_SUFFIX}\.?\)\s*$",
    re.MULTILINE,
)
# Who heads a fund or an advisory firm watches the markets for a living: "Hugh Johnson,
# chairman of asset management company Johnson Illington Advisors" on the Dow.
_MARKET_WATCHER = re.compile(
    r"(?i)\b(?:asset management|investment (?:officer|strategist)|portfolio manager|"
    r"market strategist)\b"
)
_PUBLIC_OFFICE = re.compile(
    r"(?i)\b(?:minister|secretary|governor|senator|mayor|official|commissioner|ambassador)\b"
)
_OFFICIAL_CUES = re.compile(
    r"\b(?:minister|spokes\w+|mayor|president|chief executive|ceo|secretary|governor|official|"
    r"director[- ]general|commissioner|chair\w*|head of|mp|senator|judge|congress\w*|"
    # an office's head: "regional director of the National Weather Service Southern Region"
    r"(?:regional|state|district|field|area|deputy|acting|associate|assistant) director|"
    r"representative|lawmaker|legislator|administrator|attorney|ambassador|prosecutor|"
    # a service member's rate or rank: "Aviation Warfare Specialist 2nd Class", "Staff Sgt."
    r"\d(?:st|nd|rd|th) class|sergeant|sgt|petty officer|seaman|airman|corporal|lieutenant|"
    r"colonel|commander|"
    r"(?:project|program|mission) (?:scientist|manager))\b",  # a mission's own: "project scientist"
    re.IGNORECASE,
)


def descriptor(name: Name, text: str) -> str:
    """Who the article says a person is where it first names them: the words right before the
    name ("USGS geologist Wright Horton") and after it up to what they said ("Rahul
    Venkataraman of the Kestrel Institute said"), and their title."""
    before = re.split(rf"[.!?,\"“”]|\b{SPEECH}\b", text[max(0, name.start - 90) : name.start])[-1]
    after = re.split(rf"[.!?\"“”]|\b{SPEECH}\b", text[name.end : name.end + 120])[0]
    return f"{before} {after} {name.title or ''}"


_QUOTED = re.compile(r"[\"“]([^\"”]{12,400})[\"”]")


def find_views(text: str, sentences: list[Sentence], names: list[Name]) -> list[ViewCandidate]:
    """What outside experts (analysts, academics) are reported to think, sentence by sentence."""
    experts = []
    for name in names:
        if name.kind != "person":
            continue
        # Who they are, after the name or right before it ("said chief investment officer at
        # Solaris Asset Management, Tim Ghriskey").
        before = re.split(r"[.!?\"“”]", text[max(0, name.start - 90) : name.start])[-1]
        # up to a stop, a closing bracket or a paragraph's end: "(Richard Vedder, Professor,
        # Ohio University)" is not "The President’s package" of the paragraph below
        after = re.split(r"\.|\)|\n\n", text[name.end : name.end + 120])[0]
        context = before + " " + after + " " + (name.title or "")
        if (
            (_EXPERT_CUES.search(context) or _UNDER_A_QUOTE_FROM_A_FIRM.match(text, name.start - 1))
            and not _OFFICIAL_CUES.search(context)
        ) or (_MARKET_WATCHER.search(context) and not _PUBLIC_OFFICE.search(context)):
            experts.append(name)
    views: list[ViewCandidate] = []
    speaker: Name | None = None
    quoting: Name | None = None  # whose quotation the last sentence held
    opened: list[Sentence] = []  # the sentences of a quotation with no speaker yet
    for sentence in sentences:
        mentioned = [e for e in experts if next(mentions([e], sentence.text), None)]
        above, opened = opened, _quotation(opened, sentence)
        if mentioned and above and ATTRIBUTION.fullmatch(sentence.text):
            # '"The package is a great surprise." / (David Malpass, Bear Stearns)': the line
            # under a quotation says whose it is
            said = clip_words(" ".join(s.text for s in above).strip('"“” '), 200)
            views.append(ViewCandidate(mentioned[0], said, said, above[0].start, sentence.end))
            speaker = quoting = None
            continue
        # "has led some political analysts, like Talat Masood, to describe the election as"
        attributed = re.search(rf"\b{SPEECH}\b|\b[Aa]ccording to\b|\bto describe\b", sentence.text)
        # '"I think ...," Howat said. "Apparently, there are ..."': the quotation goes on.
        goes_on = quoting is not None and not attributed and sentence.text[:1] in '"“'
        if mentioned:
            speaker = mentioned[0]
        elif goes_on:
            speaker = quoting
        elif not re.search(rf"\b(?:he|she|they) {SPEECH}\b", sentence.text):
            speaker = None
        quoting = None
        if speaker is None:
            if group := _unnamed_view(sentence):
                views.append(group)
            continue
        if not attributed and not goes_on:
            continue
        quoted = _QUOTED.search(sentence.text)
        quote = quoted.group(1).strip(" ,.") if quoted else None
        view = _reported(sentence.text, quote, speaker)
        if not view:
            continue
        start, end = clause_span(sentence, sentence.start, sentence.start)
        views.append(
            ViewCandidate(
                speaker, clip_words(view, 200), quote and clip_words(quote, 200), start, end
            )
        )
        quoting = speaker if quote else None
    return views


def _quotation(opened: list[Sentence], sentence: Sentence) -> list[Sentence]:
    """The sentences of a quotation that stands alone, up to ``sentence``: one that opens
    with a quotation mark and those after it, up to the one that closes it."""
    if opened and not opened[-1].text.endswith(('"', "”")):
        return [*opened, sentence]
    return [sentence] if sentence.text.startswith(('"', "“")) else []


_GROUP = (
    r"\b(?:(?:some|many|other|several|most|independent|outside|legal|industry|market|energy|"
    r"health|climate|security|transport|prolonged|political)\s+)*(?:analysts?|economists?|"
    r"experts?|scientists|researchers|academics|strategists|\w+ologists|historians|observers|"
    r"commentators|pundits)"
)
_GROUP_SAYS = (
    r"(?:said|say|says|warned|warn|noted|note|predicted|predict|expect|expected|believe|"
    r"argued|argue|cautioned|estimate|estimated|speculated|speculate|suggested|suggest|"
    r"forecast|forecasts|hope|hoped|are confident|were confident|"
    r"(?:speculation|expectations?|fears?) that|"
    r"(?:are|were) (?:saying|predicting|warning|forecasting|finding))"
)
# "said on Thursday they had..." reports news; a view is not dated.
_GROUP_BEFORE = re.compile(
    rf"(?i){_GROUP}(?:, (?:however|though|meanwhile),|, such as [^,]{{3,60}}(?:, [^,]{{3,120}})?,)?"
    rf"\s+(?:have |has |had )?"
    rf"(?P<says>{_GROUP_SAYS})\b"
    rf"(?! on | yesterday| today| last )(?: that)?\s+(?P<view>.{{20,}})$"
)
_GROUP_AFTER = re.compile(rf"(?i)^(?P<view>.{{20,}}?),\s+{_GROUP}\s+(?P<says>{_GROUP_SAYS})\.?$")
# "The trip is seen by analysts as an attempt to ...": the view is what it is seen as.
_GROUP_SEES = re.compile(
    rf"(?i)^(?:.*[,;–—-] )?(?P<subject>[^,;–—-]{{3,120}}?) (?P<be>is|are|was|were) (?:widely )?"
    rf"(?:seen|viewed|regarded)"
    rf" by {_GROUP} as (?P<view>.{{8,}})$"
)

# "It is hoped by analysts that the technocratic Yekhanurov would help": a belief, passive.
_GROUP_BELIEVES = re.compile(
    rf"(?i)^It (?:is|was) (?:widely )?(?:hoped|expected|believed|feared|thought) by {_GROUP}"
    rf" that (?P<view>.{{20,}})$"
)

# A verb that holds a view by itself: "analysts are confident that", "speculation that",
# "analysts hope the technocratic Yekhanurov will help".
_BELIEF = re.compile(r"(?i)are confident|were confident|believe|speculat|expect|fear|hope")
_OPINION = re.compile(
    r"\b(?:could|would|might|may|should|must|likely|unlikely|probably|expect\w*|risk\w*|too)\b"
)


def _unnamed_view(sentence: Sentence) -> ViewCandidate | None:
    """ "Some economists said X" or "X, analysts warned": a view with no named expert."""
    text = sentence.text.rstrip()
    if re.search(r"[\"“”]", text):
        return None
    if seen := _GROUP_SEES.match(text):
        view = f"{seen.group('subject')} {seen.group('be')} {seen.group('view').rstrip('.')}"
    elif believed := _GROUP_BELIEVES.match(text):
        view = believed.group("view").rstrip(".")
    else:
        match = _GROUP_BEFORE.search(text) or _GROUP_AFTER.search(text)
        if match is None:
            return None
        view = match.group("view").strip().rstrip(".")
        says = match.group("says").lower()
        # "Mosses are critical ..., scientists say": what they hold now, not what they reported
        holds = _BELIEF.match(says) is not None or says in ("say", "says", "are finding")
        if not holds and not _OPINION.search(view):
            return None  # "scientists said on Thursday they had used...": news, not a view
    start, end = clause_span(sentence, sentence.start, sentence.start)
    return ViewCandidate(None, clip_words(view, 200), None, start, end)


# "According to Ian Howat, a glaciologist at Ohio State University, ...": who, not what.
_ACCORDING_TO = re.compile(r"^[Aa]ccording to [A-Z][^,]{1,60},(?: (?:a|an|the) [^,]{3,80},)?\s*")


def _reported(sentence: str, quote: str | None, speaker: Name) -> str:
    """The reported words of a sentence, without "X said" around them."""
    if quote:
        return quote.rstrip(",.")
    sentence = _ACCORDING_TO.sub("", sentence)
    said = re.search(rf"\b{SPEECH}\b", sentence)
    named = next(mentions([speaker], sentence), None)
    if said and named and named[0].start() > said.end() and said.start() > 20:
        # '... collapsing buildings," said China Seismology Bureau scientist, Zhang Guomin.':
        # the words come before "said" where the speaker is named after it
        return sentence[: said.start()].strip(' ,"“”')
    match = re.search(rf"\b{SPEECH}(?: that)?\s+(.+)$", sentence)
    body = match.group(1) if match and len(match.group(1)) > 20 else sentence
    body = re.sub(rf",? (?:he|she|they|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) {SPEECH}\.?$", "", body)
    return body.strip().rstrip(".")
