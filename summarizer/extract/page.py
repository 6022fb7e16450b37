"""Page layout: which lines of a published page are the story, and which are furniture.

Published pages come with a title, notices, a date line, photo captions and credits, share and
"Related news" lines, contact blocks and markup. All of it stays in the text, so evidence spans
index the page as it came, but only the title and the body are read for names and items. Old
releases are hard-wrapped at about 70 columns: there a line break is a space, not a sentence end.
The patterns are data (``FURNITURE``, ``END_OF_STORY``); the rules that use them are below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.extract.gazetteer import just_english_words, place_kind, state_of
from summarizer.extract.lexicon import (
    BRACKETED_ACRONYM,
    BULLETS,
    LIST_ITEM,
    MONTHS,
    ORG_WORDS,
    RELEASE_LABEL,
    SHORT_PLACE_WORD,
    THING_WORDS,
    WEB_ADDRESS,
    WEEKDAYS,
)

# Lines that are page furniture wherever they stand (matched at the start, case-insensitive).
FURNITURE = re.compile(
    r"(?i)^\W*(?:"
    rf"{RELEASE_LABEL}|office of (?:the )?press|press office|"
    # not "Contact: USDA Begins ... WASHINGTON, Aug. 18, 2010 – The U.S. Department ...", a
    # story run into its contact line
    r"media contacts?|contacts?:(?!.{200})|contact us|comment$|make a general inquiry|"
    r"share\b|print\b|"
    r"email\b|e-mail\b|tweet\b|facebook|twitter|linkedin|follow us|subscribe|sign up|"
    r"advertisement|skip ad|skip to|skip directly|jump to|click (?:here|to)|read more|"
    r"see also|see wikinews|"
    r"from wikinews|this is the (?:stable|latest)|template changes|unchecked$|"
    r"this page is archived|this page is a historical archive|wikinews\b.{0,40}\bcoverage|"
    r"archived information$|"  # the Education Department's banner
    r"have an opinion|page version status|"
    r"there are no reviewed versions|this article has been featured in|"
    r"this article mentions the wikimedia foundation|.{0,40}\bfeatures first-hand journalism|"
    r"(?:the|this) page has not been checked|"
    r"official (?:us government|websites?)|an official website|"
    r"u\.?s\.?a?\.? ?flag(?:\b|(?-i:(?=[A-Z])))|"
    r"image link:|accessible search form|.{0,60}\bbutton\b.{0,60}\bbutton\b|"
    r"(?:an? )?\.(?:gov|mil) websites?|"
    r"secure \.gov|the \.gov means|federal government websites (?:often )?end in|"
    r"the site is secure|the https:// ensures|(?:sorry, )?you need to enable javascript|"
    r"secure site|a lock \(|here'?s how you know|this document is available|"
    r".{0,40}seal and letterhead|image:|photo:|credit:|file photo|photo credit|"
    # a download notice: "To view or print PDF content, download the free Adobe Acrobat Reader."
    r"(?:to )?(?:download|get|view|print)\b.{0,80}\b(?:acrobat|pdf|viewer)\b|"
    r".{0,40}\b(?:adobe )?acrobat (?:reader|version)\b|"
    # an image's file name opening a box: "Flag of Australia.svg Wikinews Australia has ..."
    r"[\w ,'’()-]{1,60}\.(?:svg|png|jpe?g|gif)\b|"
    r"(?:\(?(?:ap|afp|reuters|getty images)\b.{0,30}\)?$)|"
    r"last (?:updated|edited|modified|reviewed)|speeches shim|"
    r"press release shim|statement by|for more information|to learn more|"
    r"return to this article|the white house|copyright|all rights reserved|"
    r"\[edit\]|tdd\b|at$|at \(|\(\d{3}\)\s*\d{3}-\d{4}|\d{3}[-.]\d{3}[-.]\d{4}|https?://|www\.|"
    r"what['’]s this\?$|"
    r"[\w.+-]+@[\w-]+\.\w+|#\s*#\s*#|"
    # an archived government site's banners and navigation
    r"this is (?:an )?archived|you have accessed part of a historical collection|"
    r"please note: as of|please note that older content|"
    # TSA's archive notice: "If you have questions about policies or procedures, please
    # contact the TSA Contact Center. Members of the news media may contact TSA Public Affairs."
    r"if you have questions about (?:policies|procedures)|members of the (?:news )?media may\b|"
    r"editor['’]?s note|web content viewer|loading\.\.\.$|"
    # USDA's closing notice: "USDA is an equal opportunity provider and employer. To file a
    # complaint of discrimination, write: USDA, Office of the Assistant Secretary for ..."
    r"usda is an equal opportunity|to file a complaint of discrimination|"
    r"this (?:site|page) (?:contains|is no longer)|archived (?:content|page|news release)|"
    r"skip (?:common|main|navigation)|begin hierarch|view header|newsroom$|(?:national )?news$|"
    r"environmental news$|all (?:news|press) releases|release date:|contact information:|"
    r"for release\b|\**\s*embargoed|home\s*[/>»|:]|region \d+ (?:news|press)|"
    # a breadcrumb trail: "Reclamation > News & Multimedia > news release > Reclamation ..."
    r"(?:[^>›»\n]{1,60}\s[>›»]\s+){2}|"
    r"home (?:news|press|newsroom|media)\b|"  # "Home News Press Room Press Releases ..."
    r"(?:[A-Z]{2,8}\s+)?no\.\s*\d[\d-]*$|(?:mon|tues|wednes|thurs|fri|satur|sun)day$|"
    r"(?:[A-Z]{2,8}\s+)?public affairs$|you are viewing|information released online before|"
    r"note: content in this archive|you are entering the .{0,40}archive|"
    r"this material is available primarily for archival purposes|printer-friendly|"
    r"[\w-]+\.(?:gov|mil)\b|"  # "Commerce.gov is getting a facelift soon." (not "Amazon.com said")
    r".{0,80}\bweb ?site\.$|if you are looking for current information|"
    # a site's navigation: "You are in: X > Y", "Skip Links", "HomeHot Topics, ... and more"
    r"you are in:|skip links|subject index|bookmark and share|.*\band more.*\band more|"
    # a site's notices: "This page has not been translated into ...", "Sorry, there were no
    # results based on your filter selections.", "alert - warning"
    r"this page has not been translated|sorry, there were no results|please reset the filter|"
    r"alert - warning|unsupported browser|.{0,60}\blacks support for the features|"
    r"maintenance window\b|"  # "Maintenance window scheduled to begin at February 14th 2200"
    r".{0,160}\bwe are (?:in the process of )?updating\b|"
    r"(?:usaid:? )?from the american people|"  # USAID's tagline
    # an archive's notice above the story: "This is an archive page.", "We've made some changes
    # to EPA.gov.", "Due to the lapse in appropriations, Department of Justice websites will
    # not be regularly updated.", "This document was converted from Microsoft Word."
    r"(?:notice:\s*)?this is (?:an? |not the )(?:[\w.]+ ){0,3}(?:archive|archived|website|"
    r"web site|page|document|excerpt)\b|this is historical material|"
    r"content from the original version|in an effort to keep\b.{0,20}\bcurrent|"
    r"due to the lapse in appropriations|we['’]ve made some changes|this release can be found|"
    r"the federal government is (?:currently )?shut down|"  # commerce.gov in October 2013
    r"this document (?:was|has been|is)\b|external links\b|content on this archived|"
    r"the information and links on this page|"
    r"\d{1,4}(?:-\d{1,4})?$|"  # a release's number on its own line: "522", "1840-008"
    # a release's staff credits, a byline at its foot: "The Division of Enforcement staff
    # responsible for this matter are Douglas Snodgrass, Linda Chalet, ..." (CFTC, SEC)
    r"(?:the )?[\w ’'.-]{0,60}\bstaff (?:members? )?responsible for this (?:matter|case|action|"
    r"investigation) (?:are|is|were|was|include)\b|"
    # ICE's header, a date run into a place and a topic: "December 17, 2013El Paso, TX, ..."
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}(?=[A-Z])|"
    # a form's label with nothing after it: "Organization:", "BLM Office:", "Media Contact:"
    # (not "Following is a list of grantees:", which opens a list)
    r"(?!(?:\S+\s+){4})[\w .'’&/-]{1,40}:\s*$"
    r")"
)
# A short line with a phone number or an e-mail address anywhere ("Dave Ryan 202-564-7827 /
# ryan.dave@epa.gov"), or a trail of links ("Home / Press Room / Press Releases",
# "[Contents][Next][Previous]").
_CONTACT_OR_LINKS = re.compile(
    r"^.{0,80}(?:\(?\d{3}\)?[\s.-]\d{3}-\d{4}|[\w.+-]+@[\w-]+\.\w+)|"
    r"(?:\S[^/>»\n]{0,40}\s[/>»]\s){2}|(?:\[[^\]\n]{1,30}\]\s*){3}"
)


def _glued_menu(line: str) -> bool:
    """Whether a line is a site's menu copied without its spaces ("SpacerHomeDividerAbout
    RDDivider...", "Facebook iconYouTube iconTwitter icon"): words run into each other, not a
    brand's capitals ("AmeriCorps") said again and again."""
    glued = set(_GLUED.findall(line))
    # not a wiki's story with its links run in: "The United StatesSpace ShuttleAtlantis and the
    # European space station module ...", prose of small words
    return (
        len(glued) >= 2
        and not _SENTENCE_END_INSIDE.search(line)
        and len(_SMALL_WORD.findall(line)) < 8
    )


_GLUED = re.compile(r"[\w&]*(?<!M[ac])(?<!Mc)[a-z]{2}[A-Z][\w&]*")
_SENTENCE_END_INSIDE = re.compile(r"[.!?]\s")
_SMALL_WORD = re.compile(r"(?<!\S)[a-z]+(?!\S)")
# A site's chrome anywhere in a short line: "BIA Logo Indian Affairs", "DOI News Header", "Federal
# Energy Regulatory Commission skip navigation", "Font Size Reduce Text Size", "MSHA News Release
# No. 96-018", "Disaster press release TX 15274-11", "Hurricane Katrina Contact Information",
# "Department of Justice Seal", "NEWS | May 22, 2008", "You are here".
_SITE_CHROME = re.compile(
    r"(?i)\blogo|^spacer$|\bsocial media$|\btelephone:|\bnews release:|\brelease number:|"
    r"^search options$|\barchive notice\b|^home\b.*&.*&|\bheader\b|"
    r"\bskip (?:\w+ ){0,3}navigation\b|"
    r"\b(?:font|text) size\b|\btable of contents\b|\bcontact (?:name|information)\b|"
    r"\bnews release no\.|\bpress release [A-Z]{2} \d|\bhome page\b|^home archived\b|"
    r"\barchives: news releases|(?-i:\bSeal(?:\b|(?=[A-Z])))|^news & publications$|"
    r"^public affairs section$|^photo information$|\boffice of the spokesperson$|\bembargoed\b|"
    r"\bwww\.|^acquired \w+ \d|^(?P<twice>(?:\S+ ){1,5}\S+) (?P=twice)$|^news \| |"
    r"^latest news$|\baggregator$|^press operations\b|^newspapers$|\brelease no:|\blinks to\b|"
    r"^download \[|\btopics a-z$|"
    # a menu's or a box's label: "Related Content", "Stay Connected", "Navigate Up", "Questions?"
    r"^(?:related content|stay connected|navigate up|sign in|questions\?|privacy|site index|"
    r"printer friendly|text only|news search|search instructions|accessibility links|"
    r"(?:\w+ )?for\.\.\.|for you and your family|more resources|home|connect with us|"
    r"placeholder banner image|banner\d*|news story archive|more information here\.?)$|"
    r"\bskip to main content$|\bsubmit a crime tip$|(?-i:[a-z]Expand [A-Z])|"
    # a page's label for what it is or where it sits: "Press Statement", "Readout", "Release No.:
    # 171-19", "IMLS Press Contact", "Search Langley", "Public Affairs Masthead"
    r"^(?:press(?: room| center| statement)?|statement|readout|media note|biography|summary|"
    r"document series|special feature|https?|newsroom \|?|release(?: no\.?:?| number)?[\d -]*|"
    r"hud no\.?|(?:[\w.]+ )?press (?:contact|office)|public affairs masthead|search [A-Z]\w+|"
    r"news around \w+|your environment\.|text resize\b.*|\[an error occurred\b.*|contact me|"
    r"was this page helpful\?|contact phone number|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)$|"
    r"^you are here$|^breadcrumb$|^release details$|^u\.s\. flag$|^date: |^dot gov$|^\d+\. home$|"
    # a site's name for its releases: "NTSB Press Release", "DHHS, NIH News", "News Releases
    # from Region 07", "Media News Releases Archives January–March 2007"
    r"^(?:[\w.,&]+ ){0,4}(?:press|news) releases?$|^(?:[\w.,&]+ ){0,3}news$|"
    r"\bnews releases (?:from|archives?)\b"
)
# A web address above the story is the site's masthead ("Moving the American Economy - U.S.
# Department of Transportation, ..., www.dot.gov/affairs/briefing.htm - News"), never its title.
# A teaser that links to another page: "The threat level ... is High or Orange. Read more."
_TEASER = re.compile(
    r"(?i)\b(?:read more|learn more|continue reading|full story|click to read this story)\W*$"
)
# A line after which the rest of the page is furniture: links, sources, archive notices.
END_OF_STORY = re.compile(
    r"(?i)^\W*(?:related (?:news|press releases|articles|stories)|sources$|sources\s*\[edit\]|"
    r"external links|references$|#\s*#\s*#\s*$|###|return to this article|"
    r"articles presented on wikinews|the text of this article has been released)"
)
# A correction box above a story: its heading, then a paragraph on what the story got wrong
# ("Baikonur is incorrectly described in the article as being in Russia.").
_CORRECTION = re.compile(r"(?i)^\W*correction\s*[—–:-]")
# A byline or timestamp line: "Jan 5, 2026 2:15 PM - Connect Newsroom - Ramandeep Kaur",
# "By Jane Smith", "Updated 14:02 GMT".
_BYLINE = re.compile(
    r"(?i)^\W*(?:by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$|(?:updated|published|posted)\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4},? "
    r"\d{1,2}[:.]\d{2}|.{0,80}\s-\s.{0,80}\s-\s)"
)
_MARKUP = re.compile(r"^\s*<[^>]*>|^\s*<\?xml|^[\s|!\[\]()*#-]*$")
_DATE_ONLY = re.compile(
    r"(?i)^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|"  # "06/22/2016", "2/25/03"
    r"\d{1,2} ?/\d{1,2}/\d{2}|"  # "9 /24/02"
    r"\d{2}\.\d{2}\.(?:\d{4}|\d{2}))\W*$"  # "07.14.2025" (DVIDS), "05.29.20" (a senator's)
)
# The date stamp an archived copy puts before a page: "date 2019-03-04 News Releases from ..."
_STAMP = re.compile(r"date (\d{4}-\d{2}-\d{2})\b\s*")
# A wire dateline at the head of the first paragraph: "WASHINGTON, D.C. --", "PARIS —",
# "LOS ANGELES (Reuters) -", "London, England—", "BRUSSELS, Belgium, May 4 (UPI) --",
# "(Washington, D.C. - June 12, 2008)", "Thai-Japanese Bangkok Youth Center, Bangkok —",
# "BOSTON (April 25, 2024) –", "(WASHINGTON) - Interior Secretary ...", "Boston, MA….".
_PLACE = (
    r"(?:[A-Z][A-Z.'’-]+(?: (?!D\.?C\.?(?!\w))[A-Z][A-Z.'’-]*){0,3}"
    rf"|(?:{SHORT_PLACE_WORD} )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,4}}"  # "St. Paul, Minn. –"
    r"(?: D\.C\.)?)"  # "Washington D.C. – The Federal Communications Commission"
)
_AREA = r"[A-Z][\w.]*\.?(?: [A-Z][\w.]*)?"
# A place and its area: "HOUSTON, TX.", "Washington, DC".
_PLACE_AND_AREA = rf"(?P<place>{_PLACE})(?:,\s+(?P<area>{_AREA}))?"
_DATE = r"[A-Z][a-z]{2,8}\.?,? \d{1,2}(?:, \d{4})?"  # "Aug., 2, 2016" too
DATELINE = re.compile(
    # "EAU CLAIRE Wis., Oct. 27, 2016 –": a place in capitals may lack its comma
    # "WASHINGTON DC - Wednesday": nor before "DC"
    rf"[(\[]?(?P<place>{_PLACE})(?: ?,\s+(?P<area>{_AREA})|(?<=[A-Z]) [A-Z][a-z]{{1,4}}\.|"
    r"(?<=[A-Z]) (?P<district>D\.?C\.?)(?!\w))?"
    rf"(?:[,;]? {_DATE})?"  # "AIKEN, SC; November 30 - The"
    # "(Army News Service, June 29, 2010)": a news service, its date, or both
    rf"(?: \((?:[A-Za-z. ]{{2,30}}(?:, {_DATE})?|{_DATE})\))?[)\]]?"  # "[WASHINGTON, D.C.] –"
    # a dash, not the hyphen of "Ban Ki-moon, Secretary-General of the United Nations"
    # or an ellipsis: "Boston, MA…. A former Lowell pharmacist"
    # (not the hyphen of a name in capitals: "MILTON EDILBERTO ESCOTO-GALINDO, age 29")
    # "WASHINGTON, D.C. --- The", "BOTHELL, WASH.  -  The": a dash of three, spaces before one
    rf"(?:\s*(?:---?|[—–―‒−\ufffd]|…\.?)|(?<![a-z])[‑‐-](?![A-Z]{{2,}}\b)|\s+[‑‐-])\s*"
    rf"(?:\(?{_DATE}\)\s*)?"  # "CHICAGO − (January 11, 2018) The U.S. ..."
    # the story, or the end of a dateline's own paragraph; "@@" marks a scraped page's story
    r"(?=[A-Z\"“]|@@|\s*$)"
)
# "WASHINGTON, D.C. Ashland Inc. was sentenced", "WASHINGTON, D.C., November 4, 2011 Two new",
# "SAVANNAH, GA: The former president": a dateline in capitals with no dash, which only its
# area's full stop or a colon (or date) ends.
_BARE_DATELINE = re.compile(
    # "Washington, DC The", "WASHINGTON, DCThe U.S. Department", "Washington, D.C.The U.S."
    r"(?P<capital>Washington|WASHINGTON),\s+(?P<district>D\.\s?C\.?|DC)\s*(?=[A-Z])"
    rf"|(?P<place>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){{0,2}}),\s+(?P<area>{_AREA})(?:(?<=\.)|:)"
    rf"(?:,? {_DATE})?\s+(?=[A-Z][a-z])"
)
# "LONG BEACH, California-Two U.S. Army Corps", "ATLANTAThe U.S. Small Business Administration":
# a dateline in capitals run onto the story by a hyphen, or by nothing.
_GLUED_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})"
    r"(?:,\s+(?P<area>[A-Z][a-z]+(?: [A-Z][a-z]+)?)-|(?=The\s))(?=[A-Z][a-z])"
)
# "(HOUSTON, TX.) St. Joseph Regional Health Center, which serves ...": in brackets, no dash.
_BRACKET_DATELINE = re.compile(rf"\({_PLACE_AND_AREA}\)\s+(?=[A-Z])")
_SENTENCE_PUNCT = re.compile(r"[.!?:;\"”’)]\s*$")
# "Image: Laura Hale." opening a line, or closing a caption's ("Brad Ness brings the ball down
# the floor Image: Laura Hale."), "(Photo: ...)".
_CAPTION_CREDIT = re.compile(
    r"(?i)^\s*(?:image|photo|credits?|source):\s|\((?:image|photo)\b|"
    r"\s(?:image|photo|credits?):\s[^.:]{1,60}\.?\s*$"  # "... at Glenn Credits: NASA / Jef Janis"
)
# "Photo courtesy of the Civil War Trust", "Photo By: Air Force Staff Sgt. Marco A. Gomez" on a
# caption's short line, or in the brackets that close a long one ("... (USDA Forest Service
# photo by Danny Fairchild)"); not "the photo by the river". Apart from ``_CAPTION_CREDIT``,
# which also marks the line before it as a caption: a line before "Photo courtesy of ..." is
# not taken for one.
_CREDITED = r"\bphoto(?:graph)?s? (?:by:?\s+(?-i:[A-Z\d])|courtesy\b)"
_PHOTO_BY = re.compile(
    rf"(?i)^(?=.{{0,250}}$).*{_CREDITED}|"
    rf"\((?:[^()]*{_CREDITED}[^()]*|[^()]{{0,40}}\b(?:photo|image)|courtesy\b[^()]*)\)\s*$"
)
# Where the people in a photo stand: "Adam Schwartz (left)", "(second from left)", "From L-R",
# "pose for a photo". Release bodies do not place people on the page; captions do.
_CAPTION_POSITION = re.compile(
    r"(?i)\((?:(?:second |third |far )?(?:from )?(?:left|right)|cent(?:er|re)|l\.? ?(?:to|-) ?r\.?)"
    r"\s?\)|^\W*(?:from )?(?:l\.? ?(?:-|to) ?r\.?|left)\b\W|\bfrom left:|\bleft to right\b|"
    r"\bposes? for a (?:photo|picture)\b|"
    # "Headshot of Dan Ton", "Photo of Alex Huang who works on ...": a short line naming a
    # picture; not "Image of Two men unfold flags. The Defense Health Agency ...", a story
    # run onto its picture's words
    r"^\W*(?:photo|image|picture|headshot|portrait) of\b(?!.{160})"
)
# "Photo Information": the label above a photo's caption.
_PHOTO_LABEL = re.compile(r"(?i)\W*photo (?:information|details)\W*")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Layout:
    """Where the story stands on the page: its title, date line, dateline and body units (a
    line, or a hard-wrapped paragraph), in page order; everything else is furniture."""

    title: Span | None = None
    date: Span | None = None
    dateline: list[Span] = field(default_factory=list)  # its places: "WASHINGTON", "D.C."
    body: list[Span] = field(default_factory=list)
    wrapped: set[int] = field(default_factory=set)  # starts of hard-wrapped units
    # Who a statement is by, from its header: "Press Statement / John Kerry / Secretary of
    # State", "Statement By Administrator Samantha Power"; the title as written, if any.
    speaker: Span | None = None
    speaker_title: str | None = None


def _lines(text: str) -> list[Span]:
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append(Span(at, at + len(line)))
        at += len(line) + 1
    return spans


def _blocks(text: str, lines: list[Span]) -> list[list[Span]]:
    blocks: list[list[Span]] = [[]]
    for line in lines:
        if text[line.start : line.end].strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _hard_wrapped(text: str, block: list[Span]) -> bool:
    """A paragraph broken at about 70 columns: most lines of similar length, some ending
    mid-sentence."""
    if len(block) < 2:
        return False
    if sum(1 for s in block if LIST_ITEM.match(text[s.start : s.end].lstrip())) >= 2:
        return False  # a list, its items one a line ("  • Windham Regional Commission - $500,000")
    widths = [len(text[s.start : s.end].rstrip()) for s in block]
    open_ends = [
        i for i, s in enumerate(block[:-1]) if not _SENTENCE_PUNCT.search(text[s.start : s.end])
    ]
    typical = sum(1 for w in widths[:-1] if 50 <= w <= 90)
    # Two lines are one wrapped paragraph only when the second goes on in lower case.
    goes_on = len(block) >= 3 or any(
        text[block[i + 1].start : block[i + 1].end].lstrip()[:1].islower() for i in open_ends
    )
    # No line of a wrapped paragraph runs far past the width it was wrapped at: a page whose
    # story stands on one long line between short captions is not wrapped.
    return (
        bool(open_ends)
        and goes_on
        and typical >= 0.6 * (len(block) - 1)
        and max(widths) <= _WRAP_WIDTH_MAX
    )


_WRAP_WIDTH_MAX = 120


def _broken_sentences(text: str, block: list[Span]) -> list[Span]:
    """The block's lines, a sentence broken across two of them joined again: "Secretary Steve
    Preston today announced HUD will immediately allocate $100" + "million to Iowa, ...". A
    long line that ends mid-sentence goes on where the next starts in lower case or with a sum."""
    joined: list[Span] = []
    for line in block:
        if joined and _continues_item(text, joined[-1], line):
            joined[-1] = Span(joined[-1].start, line.end)
            continue
        if joined and _GOES_ON.match(text, line.start, line.end):
            last = text[joined[-1].start : joined[-1].end].rstrip()
            if len(last) >= _LONG_LINE and not _SENTENCE_PUNCT.search(last):
                joined[-1] = Span(joined[-1].start, line.end)
                continue
        joined.append(line)
    return joined


def _continues_item(text: str, item: Span, line: Span) -> bool:
    """Whether a line goes on with a list item: indented past the item's bullet, with none of
    its own ("  • Brunswick County (Bolivia, NC)" above "    $6.8 million for water ...")."""
    bullet = _BULLETED.match(text, item.start, item.end)
    words = text[line.start : line.end]
    indent = len(words) - len(words.lstrip())
    return (
        bullet is not None
        and indent > len(bullet.group("indent"))
        and not LIST_ITEM.match(words.lstrip())
    )


_BULLETED = re.compile(rf"(?P<indent>[ \t]*)[{BULLETS}]\s")
# A line that continues the one before: a lower-case word (not a web or mail address) or a sum.
_GOES_ON = re.compile(r"\s*(?:[a-z](?![\w.-]*(?:@|\.(?:gov|com|org)\b|://))|[$€£]\d)")
_LONG_LINE = 65
_OPEN_END = re.compile(r"\b[a-z]+,?$")  # a line that stops mid-sentence: "... announced that"


def _wrapped_head(text: str, block: list[Span]) -> tuple[list[Span], list[Span]]:
    """The header lines a page with no blank line runs into its first wrapped paragraph ("News
    Release", "August 7, 2006", a headline on three lines), and the lines after them; the
    headline's lines are one unit. A block that is all header is left whole."""
    head: list[Span] = []
    titled = False  # whether the last unit of the head is a headline's line
    for i, line in enumerate(block):
        words = text[line.start : line.end].strip()
        title_like = _is_title_like(words)
        # A line that ends on a lower-case word goes on: the story has begun.
        if (
            not (len(words) < 50 or title_like)
            or _SENTENCE_PUNCT.search(words)
            or _OPEN_END.search(words)
        ):
            if not head:
                return [], block
            return [u for h in head if (u := _strip(text, h))], block[i:]
        title = title_like and not FURNITURE.match(words)
        title = title and not _DATE_ONLY.match(words) and not _SHORT_DATELINE.match(words)
        if title and titled:
            head[-1] = Span(head[-1].start, line.end)
        else:
            head.append(line)
        titled = title
    return [], block


# "AUG 07 --": a date standing for a dateline above the story.
_SHORT_DATELINE = re.compile(r"^[A-Z]{3,4}\.? \d{1,2}\s*(?:--|–|—)$")


def _strip(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _ends_a_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does; not a headline's closing abbreviation ("FEMA
    Awards $2.4 Million for Tornado Saferoom in St. Clair, Minn.")."""
    last = _LAST_ABBREVIATION.search(line)
    if last and (state_of(last.group(1)) or last.group(1) in ("Inc.", "Co.", "Corp.", "D.C.")):
        return False
    if _NAME_AND_ACRONYM.search(line):
        return False  # a letterhead: "National Heart, Lung, and Blood Institute (NHLBI)"
    return _SENTENCE_PUNCT.search(line) is not None


_LAST_ABBREVIATION = re.compile(r"(?:^|\s)([A-Z][\w.]{0,5}\.)\s*$")
_SHORT_NAME_AFTER = re.compile(rf"{BRACKETED_ACRONYM}\s*$")
_NAME_AND_ACRONYM = re.compile(rf"^[A-Z][\w,'’ -]*?{_SHORT_NAME_AFTER.pattern}")


def _is_title_like(line: str, first: bool = False) -> bool:
    """A headline: short, no sentence punctuation at the end, mostly capitalised words; the
    page's first line may be a longer one in sentence case ("UN Secretary General releases new
    statement as UN aid starts to reach Myanmar")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if not words or len(line) > 200:
        return False
    if first and len(words) <= 20:
        return True
    capitalised = sum(1 for w in words if w[0].isupper())
    return line.isupper() or capitalised >= 0.5 * len(words) or len(words) <= 12


def _site_header(title: str, line: str) -> bool:
    """Whether ``title`` is a site's header ("Pacific Southwest Region", "Latest News") or an
    agency's letterhead ("National Endowment for the Arts", "INDIAN HEALTH SERVICE") that a
    headline below it (``line``) replaces; its short name after it ("Wage and Hour Division
    (WHD)") is part of it."""
    title = _SHORT_NAME_AFTER.sub("", title).replace(",", "")  # "National Heart, Lung, and"
    words = title.split()
    letterhead = (
        len(words) <= 8
        and _TITLE_ONLY.fullmatch(title.title() if title.isupper() else title) is not None
        and words[-1].title() in ORG_WORDS | _LETTERHEAD_ENDS
    )
    return (len(words) <= 4 and len(line.split()) >= 6) or (
        (letterhead or _TAGLINE.match(title) is not None) and len(line.split()) >= 5
    )


# A site's line saying what its agency is: "A bureau within the U.S. Department of Commerce".
_TAGLINE = re.compile(r"An? (?:bureau|agency|office|division|component|unit) (?:within|of|in)\b")


# Last words of agencies' names that are no organisation words elsewhere ("Centers for Disease
# Control and Prevention", "Office of the United States Trade Representative").
_LETTERHEAD_ENDS = frozenset({"Prevention", "Arts", "Representative", "Survey"})


# A table's row names something and gives its figures: "India 10,749 5,640 16,389".
_TABLE_ROW = re.compile(r"^[A-Z][\w .'’-]*?(?:\s+[\d,.$%*-]+){2,}\s*$")


def _is_heading(line: str) -> bool:
    """A heading inside the story: a few words, or mostly capitalised ones; a sentence that
    only lacks its full stop is story, and so is a list of names ("Coshocton, Fairfield,
    Fayette, Franklin") or a line that stops mid-sentence ("... Perry and Pickaway counties
    in", the next word a link on a line of its own)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) <= 4 or (
        capitalised >= 0.5 * len(words)
        and line.count(",") < _LISTED_COMMAS
        and not _STOPS_MID_SENTENCE.search(line)
    )


_LISTED_COMMAS = 3
_STOPS_MID_SENTENCE = re.compile(r"\b(?:in|of|and|or|the|to|for|from|with|by|at|on|a|an)$")


def layout(text: str) -> Layout:
    """Sort a page's lines into title, date line, dateline, body and furniture."""
    units: list[Span] = []
    page = Layout()
    for block in _blocks(text, _lines(text)):
        if _hard_wrapped(text, block):
            head, block = _wrapped_head(text, block)
            units += head
            # A furniture line closing the block is a line of its own: "... of young
            # children" above "Archived Information", the site's banner
            tail: list[Span] = []
            while len(block) > 1 and FURNITURE.match(text[block[-1].start : block[-1].end]):
                tail.insert(0, block.pop())
            unit = _strip(text, Span(block[0].start, block[-1].end))
            if unit:
                units.append(unit)
                page.wrapped.add(unit.start)
            units += [u for line in tail if (u := _strip(text, line))]
        else:
            units += [u for line in _broken_sentences(text, block) if (u := _strip(text, line))]
    caption_next = False
    # under "The following is a complete list of awardees:", a line of names is the list's
    listing = False
    listed_after: Span | None = None  # the story's line the list state was last taken from
    correction: int | None = None  # where a correction box's last line ends
    header_place: list[Span] = []
    for i, unit in enumerate(units):
        line = text[unit.start : unit.end]
        following = text[units[i + 1].start : units[i + 1].end] if i + 1 < len(units) else ""
        if END_OF_STORY.match(line) and (page.body or page.title):
            break
        if (
            caption_next
            or _CAPTION_CREDIT.search(line)
            or _PHOTO_BY.search(line)
            or _CAPTION_POSITION.search(line)
        ):
            caption_next = False
            continue  # a caption, or its credit line
        if _PHOTO_LABEL.fullmatch(line):
            caption_next = True
            continue
        if line == following and len(line.split()) > 2 and page.title and not page.body:
            # a photo's alternative text, then the same words as caption; but a lede of
            # paragraph length is the page's summary, then the same words opening the story
            caption_next = len(line) < _LONGEST_CAPTION
            continue
        if correction is not None and "\n\n" not in text[correction : unit.start]:
            correction = unit.end
            continue  # the box's paragraphs, up to the blank line that ends it
        correction = unit.end if _CORRECTION.match(line) else None
        if correction is not None:
            continue  # "Correction — June 21, 2006", then what the story got wrong
        if (
            _CAPTION_CREDIT.match(following)
            and len(line) < 300
            and not (page.title is None and not page.body)
        ):
            caption_next = True  # "Kevin Rudd, Australia's Prime Minister-elect." + "Image: X."
            continue
        piped = _PIPED_PLACE.fullmatch(line)
        # a date before the bar marks a header line, even under a headline taken for story
        if piped and (_DATE_ONLY.match(piped["date"]) if piped["date"] else not page.body):
            # "February 12, 2018 | Washington, DC", "| Washington, DC": where it was issued
            place = Span(unit.start + piped.start("place"), unit.start + piped.end("place"))
            header_place = header_place or _header_place(text, place)
            if piped["date"]:
                page.date = page.date or Span(unit.start, unit.start + piped.end("date"))
            if header_place or piped["date"]:
                continue
        if i == 0 and (stamp := _STAMP.match(line)):
            # "date 2025-07-14 News Releases from Region 07": an archive's date stamp, before
            # the page's own first line
            page.date = page.date or Span(unit.start + stamp.start(1), unit.start + stamp.end(1))
            unit = units[i] = Span(unit.start + stamp.end(), unit.end)
            line = text[unit.start : unit.end]
            if not line:
                continue
        if _DATE_ONLY.match(line):
            page.date = page.date or unit
            if i and not page.body and not header_place:
                header_place = _header_place(text, units[i - 1])
            continue
        alone = None
        if not page.body and not page.dateline:
            alone = DATELINE.match(text, unit.start, unit.end)
            if (alone is None or text[alone.end() : unit.end].strip()) and not (
                # "Mission" between "About Us" and "Leadership": a menu's item, no dateline
                i
                and all(
                    _is_title_like(beside)
                    and not _MARKUP.search(beside)
                    and not _ends_a_sentence(beside)
                    for beside in (text[units[i - 1].start : units[i - 1].end], following)
                )
            ):
                alone = _PLACE_LINE.fullmatch(text, unit.start, unit.end)
        if (
            alone is not None
            and not text[alone.end() : unit.end].strip()
            and _known_place(alone.group("place"), at_start=False)
        ):
            page.dateline = _place_spans(alone)
            continue  # "PORTSMOUTH, Va. –", "(HOUSTON, TX.)", "Lusaka." alone above the story
        # a statement's header may follow the headline's deck ("Mexican and U.S. law
        # enforcement officials extradite ..." above "Statement by Ambassador Antonio O. Garza")
        if page.speaker is None and (
            not page.body or (len(page.body) == 1 and _STATEMENT_BY.match(line))
        ):
            _take_speaker(page, unit, line, following)
        if (
            _MARKUP.search(line)
            # A page copied without line breaks is one line: its story is no furniture.
            or (FURNITURE.match(line) and len(line) < _LONGEST_FURNITURE)
            or (_TEASER.search(line) and len(line) < _LONGEST_TEASER)
            or (len(line) < 140 and _SITE_CHROME.search(line))
            or _glued_menu(line)
            # a site's navigation, not a table's row of sums ("Montana | Blaine | $36,707.50 |")
            or (line.count(" | ") >= 2 and not (line.endswith("|") and _SUM.search(line)))
            or (
                not page.body
                and len(line) < 300
                and WEB_ADDRESS.search(line)
                and not _SENTENCE_PUNCT.search(line)
            )
        ):
            continue  # markup, furniture, a teaser, a site's navigation ("A | Daily Press | B")
        if len(line) < 160 and _CONTACT_OR_LINKS.search(line):
            continue
        if not page.body and _PERSON_LINE.fullmatch(line) and _CONTACT_OR_LINKS.match(following):
            continue  # "Donna White" above "(202) 708-0685": the press contact, no headline
        if not page.body and (crumb := _CRUMBS.match(line)):
            # "Home Cleveland Press Releases 2011 Two More Charged in ...": the site's trail,
            # then the headline
            unit = Span(unit.start + crumb.end(), unit.end)
            line = text[unit.start : unit.end]
        if not page.body and _BYLINE.match(line) and not _SENTENCE_PUNCT.search(line):
            continue
        if page.body and page.body[-1] != listed_after:
            listed_after = page.body[-1]
            last = text[listed_after.start : listed_after.end]
            listing = last.endswith(":") or (listing and not _SENTENCE_PUNCT.search(last))
        listing = listing and ": " not in line  # "Editor: Michael Baum" ends it
        first = page.title is None and not page.body and not page.date
        ends = (
            _ends_a_sentence(line)
            if not page.body and following  # a headline has a story below it
            else _SENTENCE_PUNCT.search(line)
        )
        if not ends and _is_title_like(line, first):
            if (
                page.body
                and _is_heading(line)
                and not LIST_ITEM.match(line)
                and not listing
                and not _TABLE_ROW.search(line)
                and not line.endswith("|")  # a table's row: "| Custer | $6,799.07 |"
                # a table's cell, one to a line: "Haida Corporation" / "Hydaburg" / "Alaska"
                # / "$150,000"
                and not any(
                    _SUM.fullmatch(text, later.start, later.end) for later in units[i + 1 : i + 4]
                )
                and not _ROW_BEFORE_THE_LAST.search(line)
            ):
                continue  # a heading inside the story ("In Depth", "East"); a list item or a
                # table's row ("India 10,749 5,640 16,389") is story
            if page.body:
                page.body.append(unit)  # "Norway increased its donation to 180 million USD"
                continue
            if page.title is None or _site_header(text[page.title.start : page.title.end], line):
                page.title = unit
            elif text[page.title.start : page.title.end].isupper() and line.isupper():
                page.title = Span(page.title.start, unit.end)  # a headline on two lines
            elif len(line) >= _TYPED_WIDTH and (
                (_OPEN_END.search(line) and _GOES_ON.match(following))
                # "... announced today that the District of" + "Minnesota collected $276
                # million": a line ended by a small word goes on
                or _STOPS_MID_SENTENCE.search(line)
            ):
                # a story typed at 60 columns: "The Environmental Protection Agency today
                # announced that" + "the Agency awarded 1,245 grants", no second headline; not a
                # caption wrapped at 35 ("features on a map of Missoula Field")
                page.body.append(unit)
            continue
        page.body.append(unit)
    _split_glued_date(text, page)
    _split_glued_logo(text, page)
    if not page.dateline:
        _split_dateline(text, page)
    if not page.dateline:
        page.dateline = header_place  # "Press Statement / ... / Washington, DC / February 20, 2015"
    return page


_SUM = re.compile(r"[$€£]\s?\d[\d,.]*(?: (?:million|billion))?")
_LONGEST_FURNITURE = 600
# A paragraph of story ending in its link ("... in stable condition. Read more") is no teaser.
_LONGEST_TEASER = 400
_LONGEST_CAPTION = 250
_TYPED_WIDTH = 45
# "Franklin Street Groundwater Contamination in Spencer, Indiana; and": a list's row, no heading
_ROW_BEFORE_THE_LAST = re.compile(r"[;,]\s+(?:and|or)$")


# A header line that names a person: "John Kerry" above "Secretary of State"; or "Statement By
# Administrator Samantha Power".
_CRUMBS = re.compile(r"Home (?:[A-Z][\w.'’-]* ){1,3}Press Releases \d{4} (?=[A-Z])")
_PERSON_LINE = re.compile(r"(?!The )[A-Z][a-z][\w'’-]*(?: [A-Z]\.)?(?: [A-Z][a-z][\w'’-]*){1,2}")
# A line that is only a title: capitalised words with "of", "for", "the", "and" between.
_TITLE_ONLY = re.compile(
    r"(?:[A-Z][\w.'’-]*|of|for|the|and)(?: (?:[A-Z][\w.'’-]*|of|for|the|and)){0,9}"
)
# Not a spokesperson: who issues a department's statement is its byline, not its speaker.
_TITLE_WORD = (
    r"(?:Secretary|Ambassador|Administrator|Director|"
    r"Coordinator|Envoy|Representative|Chairman|Chair|Commissioner|President)\b"
)
_TITLE_LINE = re.compile(
    r"(?:(?:Deputy|Assistant|Acting|Under|Principal|Department|Press|Special) )*" + _TITLE_WORD
)
_STATEMENT_BY = re.compile(
    # "On record statement from State Dept. Deputy Spokesperson Mark Toner"
    # "As delivered by Chargé d’Affaires, a.i. Harry Kamian": a speech's speaker
    r"(?i:(?:on[- ]record |joint |press )?statement (?:by|of|from)|remarks by|as delivered by) "
    r"(?P<title>(?:(?:[A-Z][\w.-]*|d[’']\w+,?|a\.i\.) ){0,5}?)"
    rf"(?P<name>(?!{_TITLE_WORD}|Spokes)[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){{1,2}})"
    # "Statement of Brian Roehrkasse, Director of Public Affairs, on Department's Settlement"
    r"(?:\s*$|,\s|\s+(?:on|following|after|at|regarding|upon|marking)\s)"
)


def _take_speaker(page: Layout, unit: Span, line: str, following: str) -> None:
    following = following.strip()
    if (
        _PERSON_LINE.fullmatch(line)
        and not just_english_words(line)  # not a site menu's "Sponsored Events"
        # not "Takata Press Conference" above "Secretary Anthony R. Foxx": an event's name
        and line.split()[-1] not in THING_WORDS
        and _TITLE_LINE.match(following)
        and _TITLE_ONLY.fullmatch(following)
    ):
        page.speaker, page.speaker_title = unit, following
    elif by := _STATEMENT_BY.match(line):
        page.speaker = Span(unit.start + by.start("name"), unit.start + by.end("name"))
        page.speaker_title = by["title"].strip() or None


# A place alone on a line, in brackets or closed by a full stop: "(HOUSTON, TX.)", "Lusaka.".
_PLACE_LINE = re.compile(rf"\(?{_PLACE_AND_AREA}\.?\)?\.?")
_HEADER_PLACE = re.compile(_PLACE_AND_AREA)


_PIPED_PLACE = re.compile(r"(?P<date>[^|]*?)\s*\|\s*(?P<place>[^|]+?)\s*")


def _header_place(text: str, unit: Span) -> list[Span]:
    """The place on the line above a release's date ("Washington, DC"), where it was issued."""
    match = _HEADER_PLACE.fullmatch(text, unit.start, unit.end)
    if match is None or not _known_place(match.group("place"), at_start=False):
        return []
    return _place_spans(match)


# "Wednesday, November 9, 2005European Space Agency's probe ...": a date line run into the
# story when the page was copied without its line break.
_GLUED_DATE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?=[A-Z])"
)


def _split_glued_date(text: str, page: Layout) -> None:
    if page.date is not None or not page.body:
        return
    first = page.body[0]
    glued = _GLUED_DATE.match(text, first.start, first.end)
    if glued is not None and _DATE_ONLY.match(glued.group()):
        page.date = Span(first.start, glued.end())
        page.body[0] = Span(glued.end(), first.end)


def _split_glued_logo(text: str, page: Layout) -> None:
    logo = _GLUED_LOGO.match(text, page.body[0].start, page.body[0].end) if page.body else None
    if logo is not None:
        page.body[0] = Span(logo.end(), page.body[0].end)


# "Social Security Administration LogoMartin J. O’Malley was sworn in": a logo's alternative
# text run into the story's first line.
_GLUED_LOGO = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){0,8}?[A-Z][\w.&'’-]*\s+(?:Logo|Seal)(?=[A-Z])")


def _split_dateline(text: str, page: Layout) -> None:
    """Take a wire dateline off the first body unit: it names the event place but is not a
    sentence of the story. What stands before it on the same line is a headline run into the
    story ("PRODUCER PLEADS GUILTY WASHINGTON, D.C. -- The ..."), a link or a release date. A
    release may put a deck or two above it ("$2.1 Billion in ... Grants will make ..."): a
    unit among the first three that opens with a dateline has it."""
    if not page.body:
        return
    first = page.body[0]
    head = text[first.start : min(first.end, first.start + 800)]
    # "... Business CentersWASHINGTON, D.C. (April 6, 2011) —The": a dateline run into a line
    starts = [0, *(m.end() for m in re.finditer(rf"[\s\]|]+|{_RUN_IN.pattern}", head))]
    # "AUG 07 -- (HOUSTON, TX.) St. Joseph ...", "APR 06 -- ATLANTA -- The": the release's
    # day before its dateline
    day = _DAY_DASH.match(head)
    opening = day.end() if day else 0
    for at in starts:
        match = DATELINE.match(text, first.start + at, first.start + len(head))
        if match is None and at == opening:
            match = (
                _BARE_DATELINE.match(text, first.start + at, first.start + len(head))
                or _BRACKET_DATELINE.match(text, first.start + at, first.start + len(head))
                or _GLUED_DATELINE.match(text, first.start + at, first.start + len(head))
                or (day and _DAY_PLACE.match(text, first.start + at, first.start + len(head)))
            )
        if match is None or not _known_place(_dateline_place(match), at == opening):
            continue
        sure = _shouted_place(match)
        if at > 400 and not sure:
            continue  # far into a page copied as one line, only a dateline beyond doubt
        if _RUN_IN.search(_dateline_place(match)):
            continue  # "Visit MBDA Business CentersWASHINGTON": the dateline starts inside
        if at and at != opening:
            before = head[:at]
            shouted = re.match(r"\W*((?:[A-Z0-9$,'’.&-]+ ){3,}[A-Z0-9$,'’.&-]+)", before)
            if shouted is None and not re.search(r"(?i)date|\d{4}", before) and not sure:
                continue  # words of the story, not a headline or a date
            if shouted is not None and page.title is None:
                page.title = Span(first.start + shouted.start(1), first.start + shouted.end(1))
        _take_dateline(page, 0, match)
        return
    for i, unit in enumerate(page.body[1:3], start=1):
        match = DATELINE.match(text, unit.start, unit.end) or _BARE_DATELINE.match(
            text, unit.start, unit.end
        )
        # Below a deck any capitalised words before a dash would do: only a known place, or
        # a known area ("AVILA, Spain –").
        if match is not None and (
            _known_place(_dateline_place(match), at_start=False)
            or _known_place(match.groupdict().get("area") or "", at_start=False)
        ):
            _take_dateline(page, i, match)
            return
        inner = (
            DATELINE.match(text, at.start(), unit.end)
            for at in _RUN_IN.finditer(text, unit.start, min(unit.end, unit.start + 400))
        )
        match = next((m for m in inner if m is not None and _shouted_place(m)), None)
        if match is not None:  # "Visit MBDA Business CentersWASHINGTON, D.C. (April 6, 2011) —"
            _take_dateline(page, i, match)
            return


# "MAR 26 -- MARCH 23 (Indianapolis, IN) Gary G. Olenkiewicz": a second date may follow
_DAY_DASH = re.compile(r"[A-Z]{3}\.? \d{1,2}\s*(?:--|–|—)\s*(?:[A-Z]{3,9} \d{1,2}\s+)?")
# "APR 06 -- ATLANTA Drug Enforcement Administration ...": after the day, a place in capitals
_DAY_PLACE = re.compile(r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?)\s+(?=[A-Z][a-z])")
# "CentersWASHINGTON": words run together, not "McCOY"
_RUN_IN = re.compile(r"(?<=[a-z]{2})(?=[A-Z]{3,})")


def _shouted_place(match: re.Match[str]) -> bool:
    """Whether a dateline names a known place in capitals with its area or date ("CHICAGO
    (January 11, 2018)", "WASHINGTON, D.C. (April 6, 2011) —"), or is Washington, D.C.: no
    story's words, wherever on its line it stands ("... in Past Three Months Washington, D.C. —
    The Federal Communications Commission")."""
    place = _dateline_place(match)
    area = match.groupdict().get("area") or ""
    return (
        place.isupper()
        and len(place) >= 4
        and (area or re.search(r"\d", match.group()) is not None)
        and _known_place(place, at_start=False)
    ) or re.fullmatch(r"Washington,?\s?(?:D\.\s?C\.?|DC)", f"{place} {area}".strip()) is not None


def _dateline_place(match: re.Match[str]) -> str:
    """The place a dateline match names: its ``place``, or the ``capital`` of the bare
    dateline's other shape ("Washington, DC  Today, ...")."""
    groups = match.groupdict()
    return groups.get("place") or groups["capital"]


def _take_dateline(page: Layout, i: int, match: re.Match[str]) -> None:
    """Record the dateline's places and take it off the front of body unit ``i``."""
    page.dateline += _place_spans(match)
    page.body[i] = Span(match.end(), page.body[i].end)


def _place_spans(match: re.Match[str]) -> list[Span]:
    """The spans of the places a dateline match names, in order ("WASHINGTON", "D.C.")."""
    return [Span(*match.span(g)) for g, found in match.groupdict().items() if found]


def _known_place(place: str, at_start: bool) -> bool:
    """A dateline place at the head of the story may be any capitalised name; one found after
    a headline must be a place the gazetteers know, or the headline's last words would do."""
    if place.title() in WEEKDAYS | MONTHS or any(
        word.title() in WEEKDAYS for word in re.split(r"[\s–-]+", place)
    ):
        # "Friday, May 17, 2019 – Maputo –": the date, then the place; "On Friday–Saturday
        # —depending on observer's timezone—": a day, no place
        return False
    if at_start:
        return True
    return place_kind(place.title() if place.isupper() else place) is not None
