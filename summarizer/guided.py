"""The guided strategy: small questions whose answers are chosen from the article itself.

A 135M-parameter model cannot fill a nested JSON summary: it invents names, copies the first
sentence everywhere and repeats itself. Asked one small question at a time, with its choices
held to what the article contains (``candidates.py`` finds them; each answer's JSON schema is an
enum of them, which a llama.cpp grammar or a strict-schema server enforces), it can help: every
name comes out verbatim by construction, and every item's evidence is a span of the article.

What the model is asked was settled by the eval (README, "How good is the embedded model?"):
it is asked, one name at a time, what each name is that the text alone cannot type (person,
organisation, place or other), after the same article prefix, so llama.cpp reuses its KV cache.
Asking it for a headline gave gibberish, asking it to vet candidate commitments lost more than
it kept, and asking about all names in one list made it copy the example's answer pattern, so
those are not asked. Everything else is assembled from the candidates. A question the model
fails to answer leaves that name out, with a warning.

The plan is a generator that yields questions and receives answers, so the same code drives the
sync and the async pipeline.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, create_model

from summarizer.candidates import (
    Candidates,
    CommitmentCandidate,
    Name,
    Sentence,
    ViewCandidate,
    find_candidates,
    find_commitments,
    find_views,
)
from summarizer.errors import ConfigError
from summarizer.prompting import PROMPTS_DIR, neutralise
from summarizer.schema import (
    Actor,
    Amount,
    Commitment,
    EventSummary,
    Evidence,
    ExpertView,
    Location,
)

Message = dict[str, str]
T = TypeVar("T")
# The schema's list caps: more than these would fail validation.
MAX_LOCATIONS, MAX_ACTORS, MAX_COMMITMENTS, MAX_VIEWS = 8, 10, 6, 5
MAX_QUESTIONS = 16  # names the model is asked about, at most, per article


@dataclass(frozen=True)
class GuidedPrompt:
    """The guided strategy's prompt file: system text, user template and questions."""

    version: str
    system: str
    user: str
    questions: dict[str, str]

    def messages(self, question: str, article: str, **fields: str) -> list[Message]:
        """The article first and the question last, so every question shares the prefix (and
        llama.cpp's KV cache of it)."""
        # str.format substitutes values without parsing them: braces in an article stay text.
        asked = self.questions[question].format(**fields)
        user = self.user.format(article=neutralise(article), question=asked)
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]


@cache
def load_guided_prompt(path: Path = PROMPTS_DIR / "guided.json") -> GuidedPrompt:
    """The guided strategy's prompt file; its version is a hash of the file."""
    try:
        source = path.read_text(encoding="utf-8")
        data = json.loads(source)
        prompt = GuidedPrompt(
            hashlib.sha256(source.encode()).hexdigest()[:12],
            str(data["system"]),
            str(data["user"]),
            {str(k): str(v) for k, v in data["questions"].items()},
        )
        prompt.messages("kind", "", name="")
    except (OSError, ValueError, KeyError, TypeError, IndexError) as e:
        raise ConfigError(f"invalid guided prompt file {path}: {e}") from e
    return prompt


@dataclass(frozen=True)
class Question:
    """One request of the plan: the messages and the answer's (per-article) model."""

    name: str
    messages: list[Message]
    model: type[BaseModel]


@dataclass
class Outcome:
    summary: EventSummary
    warnings: list[str] = field(default_factory=list)


Plan = Generator[Question, BaseModel | None, Outcome]


def plan(
    text: str, prompt: GuidedPrompt | None = None, *, article_chars: int | None = None
) -> Plan:
    """Ask the questions one by one (send each answer, or None when it failed), then assemble.

    Args:
        text: the article.
        prompt: the guided prompt set; the packaged one if None.
        article_chars: show the model at most this much of the article (whole sentences), for
            an article longer than its context. Candidates still come from the whole article.
    """
    prompt = prompt or load_guided_prompt()
    found = find_candidates(text)
    warnings: list[str] = []
    shown = text
    if article_chars is not None and len(text) > article_chars:
        cut = max((s.end for s in found.sentences if s.end <= article_chars), default=article_chars)
        shown = text[:cut]
        warnings.append(
            f"guided: the article is longer than the model's context; its questions saw the "
            f"first {cut} of {len(text)} characters (names and items come from all of it)"
        )

    unknown = [n for n in found.names if n.kind is None][:MAX_QUESTIONS]
    failed = 0
    for name in unknown:
        # One name per question: asked for a list, the small model copies a pattern instead.
        choices: Any = Literal[_likely_kinds(name.text, text)]
        kinds = create_model("Kind", kind=(choices, ...))
        answer = yield Question("kind", prompt.messages("kind", shown, name=name.text), kinds)
        if answer is None:
            failed += 1
            continue
        kind = answer.model_dump()["kind"]
        name.kind = None if kind == "other" else kind
    if failed:
        warnings.append(
            f"guided: the model did not say what {failed} name(s) are; they are left out"
        )
    if unknown:
        # Who commits and who is an expert depend on the kinds just learned.
        found.commitments = find_commitments(text, found.sentences, found.names)
        found.views = find_views(text, found.sentences, found.names)
    return Outcome(assemble(found), warnings)


def _likely_kinds(name: str, text: str) -> tuple[str, ...]:
    """The kinds a name can have, likeliest first, from its shape and how the text uses it.

    A model held to an enum leans to its first option, so the order is the prior and the model
    may overrule it. A lone word is no person here (surnames are folded into full names before
    this), and it leads as an organisation where the text makes it act or own ("Quantara said",
    "Bluewing's shares"); as a place otherwise. Asked with every kind in the same order, the
    model called "Kyiv", "Tallinn" and "Antofagasta" organisations.
    """
    if " " in name:
        return ("person", "organization", "place", "other")
    verbs = "said|says|will|would|has|had|is|was|announced|plans|shares|chief"
    acts = rf"(?<!\w){re.escape(name)}(?:['’]s\b| (?:{verbs})\b)"
    if re.search(r"[a-z][A-Z]|^[A-Z]+$", name) or re.search(acts, text):
        return ("organization", "place", "other")
    return ("place", "organization", "other")


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


__all__ = ["GuidedPrompt", "Outcome", "Plan", "Question", "assemble", "load_guided_prompt", "plan"]
