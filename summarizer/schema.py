"""The EventSummary contract: what the model writes, what the code adds, what callers get.

The ``Field(description=...)`` texts are written for the model: they become the JSON schema the
model is constrained by. Fields the code fills in (evidence spans, ``grounded``, ``meta``) are
hidden from that schema with ``SkipJsonSchema``.

The bounds here are the contract's, for every model: sane limits against runaway output
(:data:`MAX_ITEMS` items a list, :data:`MAX_CHARS` characters a string) and nothing tighter, so a
capable model that lists 14 actors or quotes a long sentence is never refused. What a 135M model
can be trusted to write (8 locations, 160-character quotes) is asked of it where it is run: the
embedded model's grammar (``summarizer.backends.local``) and the prompts.

This module imports nothing of the package (a layering contract in pyproject.toml checks it).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.json_schema import SkipJsonSchema

SCHEMA_VERSION = "4"

MAX_ITEMS = 50
MAX_CHARS = 1000
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_CHARS)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_CHARS)]
Passage = Annotated[str, StringConstraints(min_length=1, max_length=MAX_CHARS)]
CommitmentStatus = Literal["announced", "pledged", "delivered", "proposed", "reaffirmed"]


class Evidence(BaseModel):
    """A verbatim passage of the article and where it stands."""

    quote: Passage = Field(
        description=(
            "The sentence or clause of the article that supports this item, copied word for "
            "word: not a paraphrase."
        ),
    )
    start: SkipJsonSchema[int | None] = Field(
        default=None, description="Offset of the quote's first character in the article."
    )
    end: SkipJsonSchema[int | None] = Field(
        default=None, description="Offset just past the quote's last character ([start, end))."
    )


class GroundedItem(BaseModel):
    """An item backed by evidence; ``grounded`` is set by the grounding checks, not the model."""

    evidence: Evidence = Field(
        description="Write this first: the passage of the article the item comes from."
    )
    grounded: SkipJsonSchema[bool | None] = Field(
        default=None,
        description="True when every grounding check passed; None before checks ran.",
    )


class Location(GroundedItem):
    name: Name = Field(description="The place name exactly as written in the article.")
    kind: Literal["city", "country", "region", "venue", "other"] = Field(
        description="What sort of place it is."
    )
    role: Literal["event", "mentioned"] = Field(
        description=(
            "'event' where the story's main event happens; "
            "'mentioned' for any other place the article refers to."
        )
    )


class Actor(GroundedItem):
    name: Name = Field(
        description=(
            "Full name of the person, organisation, country or group as the article writes it."
        )
    )
    kind: Literal["person", "organization", "country", "group"] = Field(
        description="What sort of actor it is."
    )
    title_or_role: ShortText | None = Field(
        description="Title or role given in the article, e.g. 'Prime Minister'; null if none."
    )
    affiliation: ShortText | None = Field(
        description="Country or organisation the actor belongs to; null if the article gives none."
    )


class Amount(BaseModel):
    value: float = Field(
        ge=0,
        allow_inf_nan=False,
        description="The amount as a plain number: $2.5 billion -> 2500000000.",
    )
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] | None = Field(
        description="ISO 4217 code the article implies, e.g. CAD for dollars in a Canadian story."
    )
    text: Passage = Field(
        description="The amount exactly as written in the article, e.g. '$2.5 billion'."
    )


class Commitment(GroundedItem):
    actor: Name = Field(description="Who makes the commitment, as named in the article.")
    action: ShortText = Field(description="What is committed, as a short verb phrase.")
    amount: Amount | None = Field(description="Money involved, or null if none is stated.")
    recipient: ShortText | None = Field(description="Who receives it, or null.")
    timeframe: ShortText | None = Field(description="When or over what period, or null.")
    status: CommitmentStatus = Field(description="How far the commitment has gone.")


class ExpertView(GroundedItem):
    expert: Name | None = Field(
        description=(
            "The outside expert's name as written; null for unnamed 'experts' or 'analysts'."
        )
    )
    affiliation: ShortText | None = Field(description="The expert's institution, or null.")
    view: Passage = Field(
        description="One neutral sentence saying faithfully what the expert thinks."
    )
    quote: Annotated[str, StringConstraints(max_length=MAX_CHARS)] | None = Field(
        description=(
            "The expert's words copied verbatim, only if the article quotes them directly; "
            "else null."
        )
    )


class Meta(BaseModel):
    """How a summary was produced: enough to reproduce, compare and bill it."""

    model: str
    provider: str
    strategy: str | None = Field(
        default=None,
        description=(
            "How the summary was made: 'single' (one model call writes it), 'guided' (the model "
            "types the names the text leaves open) or 'extract' (from the text alone: no model "
            "call)."
        ),
    )
    prompt_version: str
    schema_version: str = SCHEMA_VERSION
    input_tokens: int = 0
    output_tokens: int = 0
    attempts: int = 0
    latency_s: float = 0.0
    cost_usd: float | None = None
    warnings: list[str] = Field(default_factory=list)


class EventSummary(BaseModel):
    """A neutral, evidence-backed summary of one news article."""

    model_config = ConfigDict(title="EventSummary")

    headline: Passage = Field(
        description="One neutral line of at most 120 characters saying what happened."
    )
    summary: Annotated[str, StringConstraints(min_length=1, max_length=2 * MAX_CHARS)] = Field(
        description="Two to four neutral sentences using only facts stated in the article."
    )
    when: dt.date | None = Field(
        description=(
            "Date of the main event as YYYY-MM-DD, resolved against the dateline for words "
            "like 'Monday'; null if the article gives no date."
        )
    )
    locations: list[Location] = Field(
        max_length=MAX_ITEMS, description="Places named in the article."
    )
    actors: list[Actor] = Field(
        max_length=MAX_ITEMS,
        description="People, organisations, countries and groups that act or speak.",
    )
    commitments: list[Commitment] = Field(
        max_length=MAX_ITEMS,
        description="Promises, pledges and announced measures; an empty list when there are none.",
    )
    expert_views: list[ExpertView] = Field(
        max_length=MAX_ITEMS,
        description="Views of outside experts or analysts; an empty list when there are none.",
    )
    meta: SkipJsonSchema[Meta | None] = Field(default=None, description="Set by the pipeline.")

    def items(self) -> list[GroundedItem]:
        """Every evidence-backed item, in field order."""
        return [*self.locations, *self.actors, *self.commitments, *self.expert_views]
