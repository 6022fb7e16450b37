"""Assembly: the EventSummary that an article's extracted candidates support.

Every name is the article's own and every evidence quote a span of it, by construction; the
grounding checks in the pipeline record the spans and would catch a bug.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

from summarizer.extract import Candidates
from summarizer.extract.commitments import CommitmentCandidate
from summarizer.extract.names import Name
from summarizer.extract.sentences import Sentence
from summarizer.extract.views import ViewCandidate
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


# The schema's list caps: more than these would fail validation.
MAX_LOCATIONS, MAX_ACTORS, MAX_COMMITMENTS, MAX_VIEWS = 8, 10, 6, 5


def assemble(found: Candidates) -> EventSummary:
    """The summary the candidates, typed with the model's help, support."""
    body = [s for s in found.sentences if s is not _dateline_sentence(found)]
    commitments = [c for c in found.commitments if c.actor is not None][:MAX_COMMITMENTS]
    return EventSummary(
        headline=_headline(body[0].text) if body else "No headline",
        summary=_lede(body),
        when=_when(found.text),
        locations=_locations(found),
        actors=_actors(found, commitments),
        commitments=[_commitment(c) for c in commitments],
        expert_views=[_view(v, found) for v in found.views][:MAX_VIEWS],
    )


def _dateline_sentence(found: Candidates) -> Sentence | None:
    first = found.sentences[0] if found.sentences else None
    return first if first is not None and re.search(r"[-–—]$", first.text) else None


def _headline(sentence: str) -> str:
    """The lede's main clause: up to the first clause break after 40 characters."""
    cut = re.search(r"(?<=.{40}),\s|\s(?:after|as|amid|while|following|which)\s", sentence)
    return _clip(sentence[: cut.start()] if cut and cut.start() > 40 else sentence, 110)


def _lede(sentences: list[Sentence]) -> str:
    """The opening sentences, up to 2-3 and 600 characters: news puts what happened first."""
    parts: list[str] = []
    for s in sentences:
        if parts and (len(" ".join([*parts, s.text])) > 600 or len(parts) == 3):
            break
        parts.append(s.text)
    return _clip(" ".join(parts), 600) or "No summary."


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


_MONTH_NUMBERS = {
    m: i
    for i, names in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
    for m in [names]
}
_DATE = re.compile(
    r"\b(?:(?P<m1>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?P<d1>\d{1,2}),? "
    r"(?P<y1>\d{4})|(?P<d2>\d{1,2}) (?P<m2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"\.? (?P<y2>\d{4}))\b"
)
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _when(text: str) -> dt.date | None:
    """The dateline's date, moved back to the weekday the lede names ("on Monday")."""
    match = _DATE.search(text[:300])
    if match is None:
        return None
    month = _MONTH_NUMBERS[(match["m1"] or match["m2"]).lower()]
    try:
        date = dt.date(int(match["y1"] or match["y2"]), month, int(match["d1"] or match["d2"]))
    except ValueError:
        return None
    lede = text[match.end() : match.end() + 400]
    if weekday := _WEEKDAY.search(lede):
        wanted = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        back = (date.weekday() - wanted.index(weekday.group(1))) % 7
        date -= dt.timedelta(days=back)
    return date


def _evidence(found: Candidates, start: int, end: int) -> Evidence:
    """The sentence around ``[start, end)``, clipped to the schema's 160 characters."""
    sentence = next(
        (s for s in found.sentences if s.start <= start < s.end), Sentence(start, end, "")
    )
    a, b = sentence.start, max(sentence.end, end)
    if b - a > 160:
        a = max(a, min(start - 40, end - 160))
        b = min(b, a + 160)
        while a < start and not found.text[a - 1].isspace():
            a += 1
        while b > end and found.text[b - 1].isalnum() and found.text[b].isalnum():
            b -= 1
    return Evidence(quote=found.text[a:b].strip(), start=None, end=None)


def _most_mentioned(items: list[T], limit: int, name: Callable[[T], Name]) -> list[T]:
    """The ``limit`` items whose names the article mentions most, in article order."""
    ranked = sorted(items, key=lambda item: (-name(item).mentions, name(item).start))[:limit]
    return sorted(ranked, key=lambda item: name(item).start)


def _locations(found: Candidates) -> list[Location]:
    places = [n for n in found.names if n.kind in ("place", "country") or n.venue]
    locations = []
    for name in _most_mentioned(places, MAX_LOCATIONS, lambda n: n):
        kind: Literal["city", "country", "region", "venue", "other"]
        if name.kind == "country":
            kind = "country"
        elif name.venue:
            kind = "venue"
        elif name is found.dateline or len(name.text.split()) == 1:
            kind = "city"
        else:
            kind = "region"
        role: Literal["event", "mentioned"] = "event" if name is found.dateline else "mentioned"
        locations.append(
            Location(
                evidence=_evidence(found, name.start, name.end),
                name=name.text,
                kind=kind,
                role=role,
            )
        )
    return locations


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


def _actors(found: Candidates, commitments: list[CommitmentCandidate]) -> list[Actor]:
    text = found.text
    affiliations = {
        org for n in found.names if n.kind == "person" and (org := _appositive(n, text)[1])
    }
    committed = {c.actor.text for c in commitments if c.actor is not None}
    by_text = {n.text: n for n in found.names}
    actors = []
    for name in found.names:
        if name.kind == "country":
            if name.mentions < 3 and name.text not in committed:
                continue  # a country named in passing is a place, not an actor
        elif name.kind not in ("person", "organization"):
            continue
        elif name.text in affiliations and name.mentions == 1:
            continue  # an expert's university is their affiliation, not an actor
        role, org = _appositive(name, text) if name.kind == "person" else (None, None)
        kind: Literal["person", "organization", "country", "group"] = name.kind
        actors.append(
            Actor(
                evidence=_evidence(found, name.start, name.end),
                name=name.text,
                kind=kind,
                title_or_role=_clip(name.title, 80) if name.title else role,
                affiliation=org,
            )
        )
    keep = {id(a) for a in _most_mentioned(actors, MAX_ACTORS, lambda a: by_text[a.name])}
    return [a for a in actors if id(a) in keep]


def _commitment(c: CommitmentCandidate) -> Commitment:
    assert c.actor is not None
    amount = None
    if c.amount is not None:
        amount = Amount(value=c.amount.value, currency=c.amount.currency, text=c.amount.text[:40])
    status: Any = c.status
    return Commitment(
        evidence=Evidence(quote=_span_text(c), start=None, end=None),
        actor=c.actor.text,
        action=_clip(c.action, 80) or "commitment",
        amount=amount,
        recipient=None,
        timeframe=None,
        status=status,
    )


def _span_text(c: CommitmentCandidate) -> str:
    offset = c.sentence.start
    return c.sentence.text[c.start - offset : c.end - offset].strip()


def _view(v: ViewCandidate, found: Candidates) -> ExpertView:
    _, org = _appositive(v.expert, found.text) if v.expert else (None, None)
    return ExpertView(
        evidence=Evidence(quote=found.text[v.start : v.end].strip(), start=None, end=None),
        expert=v.expert.text if v.expert else None,
        affiliation=org,
        view=_clip(v.view, 200),
        quote=v.quote,
    )
