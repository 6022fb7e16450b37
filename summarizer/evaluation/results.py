"""What an eval run produces: per-article results, aggregate metrics, and the report that holds
them. Plain data: scoring fills it, reports render it, the gate compares it."""

from __future__ import annotations

from pydantic import BaseModel, Field, computed_field

from summarizer.schema import EventSummary

FIELDS = ("locations", "actors", "commitments", "expert_views")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty prediction of an empty gold list is perfect."""
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


class Counts(BaseModel):
    """True positives, false positives and false negatives of one field, and their scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return prf(self.tp, self.fp, self.fn)[0]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return prf(self.tp, self.fp, self.fn)[1]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        return prf(self.tp, self.fp, self.fn)[2]

    def __add__(self, other: Counts) -> Counts:
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


class Match(BaseModel):
    """One predicted item aligned to one gold item, with the similarity that paired them."""

    predicted: int
    gold: int
    score: float


class FieldResult(BaseModel):
    counts: Counts
    matches: list[Match] = Field(default_factory=list)
    explanation: str = ""


class ArticleResult(BaseModel):
    """How one fixture fared; ``error`` is set (``predicted`` None) when no summary came back."""

    id: str
    error: str | None = None
    predicted: EventSummary | None = None
    fields: dict[str, FieldResult] = Field(default_factory=dict)
    key_fact_coverage: float | None = None
    covered_facts: list[bool] = Field(default_factory=list)
    rouge_l: float | None = None
    when_correct: bool | None = None
    items: int = 0
    grounded_items: int = 0
    hallucinated_names: list[str] = Field(default_factory=list)
    # Real-news checks; None where the fixture's gold does not allow them.
    valid_items: int | None = None  # predicted actors and locations that are real names of
    checked_items: int | None = None  # the right kind, out of those checked
    event_place_correct: bool | None = None
    main_actor_correct: bool | None = None
    amounts_right: int = 0  # matched commitments whose amount (or its absence) is right
    attempts: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    latency_s: float = 0.0
    replayed: bool = False


class EvalReport(BaseModel):
    """An eval run: what was measured, on what, and the numbers the regression gate compares."""

    model: str
    provider: str
    prompt_version: str
    schema_version: str
    git_commit: str | None = None
    created_at: str
    fixtures: str
    articles: list[ArticleResult]
    metrics: dict[str, float]
