"""Eval fixtures: one JSON file per article, read through strict models (``extra="forbid"``).

A malformed fixture is one :class:`FixtureError` naming the file and the field, never a
half-loaded dataset. The shape and the labeling rules are in ``evals/LABELING.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from summarizer.errors import FixtureError
from summarizer.schema import CommitmentStatus


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldLocation(_Strict):
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str
    role: str


class GoldActor(_Strict):
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: str
    title_or_role: str | None = None
    affiliation: str | None = None


class GoldAmount(_Strict):
    value: float
    currency: str | None
    text: str


class GoldCommitment(_Strict):
    actor: str
    actor_aliases: list[str] = Field(default_factory=list)
    action: str
    amount: GoldAmount | None = None
    recipient: str | None = None
    timeframe: str | None = None
    status: CommitmentStatus


class GoldExpertView(_Strict):
    expert: str | None
    aliases: list[str] = Field(default_factory=list)
    affiliation: str | None = None
    view: str
    quote: str | None = None


EntityKind = Literal[
    "person", "organization", "group", "country", "city", "region", "venue", "place", "thing"
]


class GoldEntity(_Strict):
    """A named entity of the article that is neither an actor nor a location."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: EntityKind


class Gold(_Strict):
    when: dt.date | None
    key_facts: list[str] = Field(min_length=1)
    locations: list[GoldLocation]
    actors: list[GoldActor]
    commitments: list[GoldCommitment]
    expert_views: list[GoldExpertView]
    # Real-news fixtures name the main actor (listed first in `actors`) and every other named
    # entity, so that item validity and the main actor can be scored; older fixtures lack both.
    main_actor: str | None = None
    entities: list[GoldEntity] | None = None

    @model_validator(mode="after")
    def _main_actor_first(self) -> Gold:
        if self.main_actor is not None and (
            not self.actors or self.actors[0].name != self.main_actor
        ):
            raise ValueError(f"main_actor {self.main_actor!r} must be the first of `actors`")
        return self


class Fixture(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    source: str
    text: str = Field(min_length=1)
    gold: Gold

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


def invalid_file(path: Path, error: ValidationError) -> FixtureError:
    """One line naming the file, the first bad field and what is wrong with it."""
    first = error.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "(top level)"
    return FixtureError(f"{path}: {where}: {first['msg']}", path=path, field=where)


def load_fixture(path: Path) -> Fixture:
    """Read one fixture file, or raise :class:`FixtureError` naming the file and field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise FixtureError(f"{path}: cannot read: {e.strerror}", path=path) from None
    except ValueError as e:
        raise FixtureError(f"{path}: not valid JSON: {e}", path=path) from None
    try:
        fixture = Fixture.model_validate(data)
    except ValidationError as e:
        raise invalid_file(path, e) from None
    if fixture.id != path.stem:
        raise FixtureError(
            f"{path}: id: {fixture.id!r} does not match the file name", path=path, field="id"
        )
    return fixture


def load_fixtures(location: Path) -> list[Fixture]:
    """Every ``*.json`` fixture in a folder (sorted by id), or the single file given."""
    if location.is_file():
        return [load_fixture(location)]
    if not location.is_dir():
        raise FixtureError(f"{location}: no such fixture file or folder", path=location)
    fixtures = [load_fixture(p) for p in sorted(location.glob("*.json"))]
    if not fixtures:
        raise FixtureError(f"{location}: no *.json fixtures in this folder", path=location)
    return fixtures
