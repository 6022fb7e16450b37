"""The story's date: the page's date line (or the first date before the story), moved to the day
the lede names ("on Monday", "yesterday"); never a site notice's date ("Last updated ...")."""

from __future__ import annotations

import datetime as dt
import re

from summarizer.extract.lexicon import RELEASE_LABEL, WEEKDAYS
from summarizer.extract.page import Layout
from summarizer.extract.sentences import Sentence

_MONTH_NUMBERS = {
    m: i
    for i, names in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
    for m in [names]
}
# "April 26, 1999", "June 5th, 2023", "6 May 2010", "09/26/2019" and "12-07-2015" (a US
# release's month first), and a date run into the words around it on a scraped page
# ("officeApril 26, 1999", "2016Washington").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_DATE = re.compile(
    r"(?i)(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))"
    rf"(?:(?P<m1>{_MONTH})[a-z]*\.? "
    r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?,? (?P<y1>\d{4})"
    rf"|(?P<d2>\d{{1,2}}) (?P<m2>{_MONTH})[a-z]*"
    r"\.?,? (?P<y2>\d{4})|(?P<m3>\d{1,2})([/-])(?P<d3>\d{1,2})\8(?P<y3>\d{4}|\d{2})"
    r"|(?<![\d-])(?P<y4>(?:19|20)\d\d)-(?P<m4>\d\d)-(?P<d4>\d\d)"  # "2018-11-20"
    # "八月 19, 2020": a release page served in Chinese gives the month in Chinese numerals
    r"|(?P<m5>十[一二]?|[一二三四五六七八九])月 (?P<d5>\d{1,2}),? (?P<y5>\d{4}))(?!\d)"
)
_CHINESE_MONTHS = {
    name: i
    for i, name in enumerate(
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"], 1
    )
}
_RELEASED = re.compile(r"(?m)^\s*Released\s+(?=[A-Z][a-z]{2,8}\.? \d)")
_UPDATED = re.compile(r"(?m)^\s*Updated\s+(?=[A-Z][a-z]{2,8}\.? \d)")
_NEAR_DAYS = 10  # a date in the lede's run is the story's when it is near the page's
_LEDE_DAY = re.compile(
    r"(?:^\W*(?P<on>On) |\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, |\b(?P<in>on|of|,) )"
    rf"(?P<month>{_MONTH}[a-z]*)\.? (?P<day>\d{{1,2}})\b"
    r"(?:,? (?P<year>\d{4}))?"
)
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def story_date(text: str, page: Layout, sentences: list[Sentence]) -> dt.date | None:
    """The page's date (its date line, else the first date before the story, else one in the
    opening), moved back to the day the lede names ("on Monday", "Saturday's", "yesterday")."""
    body = page.body[0].start if page.body else len(text)
    where = [(page.date.start, page.date.end)] if page.date else []
    if page.dateline:  # "WASHINGTON, May 11, 2005 -", below a deck the layout took for the lede
        where.append((page.dateline[-1].end, min(len(text), page.dateline[-1].end + 40)))
    where += [(0, body), (0, min(len(text), body + 300))]
    match = next(
        (m for a, b in where for m in _DATE.finditer(text, a, b) if not _in_furniture(text, m)),
        None,
    ) or next(
        # "Friday, May 17, 2019 – Maputo – ...": a paragraph that opens with its date, below a
        # caption the layout took for the story's start
        (m for m in _DATE.finditer(text, 0, min(len(text), body + 2000)) if _opens_line(text, m)),
        None,
    )
    if match is None and (stamp := _RELEASED.search(text) or _UPDATED.search(text)):
        # "Updated February 22, 2022" under a Justice Department release, "Released February
        # 16, 2006, Updated ..." under NIST's: the page's only date
        match = _DATE.match(text, stamp.end())
    if match is None:
        return None
    if match["m5"]:
        month = _CHINESE_MONTHS[match["m5"]]
    elif match["m3"] or match["m4"]:
        month = int(match["m3"] or match["m4"])
    else:
        month = _MONTH_NUMBERS[(match["m1"] or match["m2"])[:3].lower()]
    year = int(match["y1"] or match["y2"] or match["y3"] or match["y4"] or match["y5"])
    if year < 100:
        year += 2000 if year < 50 else 1900  # "10/29/03"
    try:
        date = dt.date(
            year,
            month,
            int(match["d1"] or match["d2"] or match["d3"] or match["d4"] or match["d5"]),
        )
    except ValueError:
        return None
    lede = sentences[0].text if sentences else ""
    if named := _lede_day(lede, date):
        return named
    if re.search(r"(?i)\byesterday\b", lede):
        return date - dt.timedelta(days=1)
    if weekday := _WEEKDAY.search(lede):
        wanted = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        back = (date.weekday() - wanted.index(weekday.group(1).lower())) % 7
        date -= dt.timedelta(days=back)
    return date


def _lede_day(lede: str, date: dt.date) -> dt.date | None:
    """The day the lede names itself ("On November 1, U.S. Ambassador Allan Mustard cut a
    ribbon", "set to open on Friday, February 28, 2025"; in its run, "held its quarterly meeting
    on June 18", only near the page's ``date``), not a date line run into it."""
    named = _LEDE_DAY.search(lede)
    if named is None or not (named["on"] or named["in"] or lede[: named.start()].strip()):
        return None
    year = int(named["year"]) if named["year"] else date.year
    try:
        day = dt.date(year, _MONTH_NUMBERS[named["month"][:3].lower()], int(named["day"]))
    except ValueError:
        return None
    if not named["year"] and (day - date).days > 180:
        day = day.replace(year=year - 1)  # "On December 30" in a January release
    if named["in"] and abs((day - date).days) > _NEAR_DAYS:
        return None
    return day


def _opens_line(text: str, match: re.Match[str]) -> bool:
    """Whether a date opens its line, after a weekday at most, or stands right behind a
    release's label or place there ("News Release Date:", "WASHINGTON,")."""
    before = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
    return _WEEKDAY_BEFORE.fullmatch(before) is not None or _LABEL_BEFORE.search(before) is not None


_A_WEEKDAY = rf"(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?"  # "Friday, " before a date, if any
_WEEKDAY_BEFORE = re.compile(rf"\W*{_A_WEEKDAY}")
# A release's date behind its label or its place, below a caption or a banner the layout took
# for the story's start: "News Release Date: April 30, 2024", "FOR IMMEDIATE RELEASE: NEWS
# MEDIA CONTACT: February 3, 2014", "WASHINGTON, May 18, 2009", "Washington, DC (August 20,".
_LABEL_BEFORE = re.compile(
    rf"(?i)(?:^|\W)(?:release date|{RELEASE_LABEL})\W{{0,3}}"
    r"(?:news media contacts?\W{0,3})?"
    rf"{_A_WEEKDAY}$"
    r"|^(?-i:[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}),(?: (?-i:[A-Z][A-Za-z.]+),?)? \(?$"
)


def _in_furniture(text: str, match: re.Match[str]) -> bool:
    """Whether a date stands in a site's notice ("Last edited 09/29/2021", "Please note: As of
    January 20, 2021, information in some news releases may be out of date")."""
    line = text[text.rfind("\n", 0, match.start()) + 1 : text.find("\n", match.end()) % len(text)]
    return _SITE_NOTICE.search(line) is not None


_SITE_NOTICE = re.compile(
    r"(?i)\blast (?:updated|edited|modified|reviewed)\b|\bplease note: as of\b|"
    r"\bmay be out of date\b|\bwe are (?:in the process of )?updating\b|"
    # "We’re hiring a Facility Operations Specialist. Applications due 12/26/2024."
    r"\bwe(?: a|['’])re hiring\b|"
    r"\barchived (?=[A-Z][a-z]{2,8}\.? \d)|"  # "Home Archived April 13, 2016": the archiving
    r"\bhome\s*[>»]|"  # "October 13, 2008    DOL Home > Newsroom > News Releases": the visit
    r"^\s*<[\w?]"  # markup: "<dateIssued>2010-01-01</dateIssued>", a volume's date
)
