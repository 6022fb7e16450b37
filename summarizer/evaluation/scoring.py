"""Scorers for the eval harness (SPEC §6): pure functions from a summary and its gold to numbers.

Items are aligned one-to-one (``matching.py``) and counted as true positives, false positives
and false negatives per field; on real pages, the items' validity, the event place and the main
actor are scored too. Key-fact coverage measures the summary text; ROUGE-L is only a drift
signal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from statistics import fmean

from rapidfuzz.distance import LCSseq

from summarizer.evaluation.fixtures import (
    Fixture,
    Gold,
)
from summarizer.evaluation.matching import (
    actor_similarity,
    content_words,
    location_similarity,
    name_similarity,
    same_amount,
    score_fields,
)
from summarizer.evaluation.results import FIELDS, ArticleResult, Counts, FieldResult
from summarizer.grounding import ArticleIndex
from summarizer.schema import EventSummary

FACT_THRESHOLD = 0.6

# Measured only where a fixture's gold allows it (real-news fixtures list entities and a main
# actor; a set with no event place or no matched commitment has nothing to measure).
CONDITIONAL_METRICS = frozenset(
    {"item_validity", "event_place_accuracy", "main_actor_accuracy", "amount_accuracy"}
)
HIGHER_IS_BETTER: frozenset[str] = frozenset(
    {f"{f}.{m}" for f in FIELDS for m in ("precision", "recall", "f1", "f1_macro")}
    | {"macro_f1", "key_fact_coverage", "when_accuracy", "schema_valid_rate", "grounding_rate"}
    | CONDITIONAL_METRICS
)
LOWER_IS_BETTER: frozenset[str] = frozenset({"hallucinated_names"})
_WORD = re.compile(r"\w+")


def key_fact_coverage(summary_text: str, key_facts: list[str]) -> tuple[float, list[bool]]:
    """Share of key facts the summary covers, and which ones.

    A fact is covered when at least 60% of its content words (stopwords removed, numbers kept,
    plurals reduced) occur in the summary. A fact with no content words is trivially covered.
    """
    if not key_facts:
        return 1.0, []
    have = content_words(summary_text)
    flags = []
    for fact in key_facts:
        need = content_words(fact)
        flags.append(not need or len(need & have) / len(need) >= FACT_THRESHOLD)
    return sum(flags) / len(flags), flags


def rouge_l(candidate: str, reference: str) -> float:
    """ROUGE-L F1 of lowercase word tokens: a drift signal, not a quality score."""
    cand, ref = _WORD.findall(candidate.lower()), _WORD.findall(reference.lower())
    if not cand or not ref:
        return 1.0 if cand == ref else 0.0
    # Words as small integers, so rapidfuzz's LCS compares them exactly (no hash collisions).
    ids: dict[str, int] = {}
    lcs = LCSseq.similarity(
        [ids.setdefault(w, len(ids)) for w in cand], [ids.setdefault(w, len(ids)) for w in ref]
    )
    return 2 * lcs / (len(cand) + len(ref))  # F1 of precision lcs/|cand|, recall lcs/|ref|


# Indexing an article is a pass over every character, most of a score's time; the same fixture
# is scored once per system compared (evaluation/compare.py) or per repetition (the bench).
_article_index = lru_cache(maxsize=32)(ArticleIndex)


def hallucinated_names(summary: EventSummary, article: str) -> list[str]:
    """Predicted names the article never mentions, deduplicated, in field order."""
    index = _article_index(article)
    names = [
        *(x.name for x in summary.locations),
        *(x.name for x in summary.actors),
        *(x.actor for x in summary.commitments),
        *(x.expert for x in summary.expert_views if x.expert is not None),
    ]
    return [n for n in dict.fromkeys(names) if not index.mentions(n)]


# Coarse classes for item validity: a predicted actor or location is valid when the gold names
# an entity of that name in the same class. A named building is a place and an organisation.
_GOLD_CLASSES: dict[str, frozenset[str]] = {
    "person": frozenset({"person"}),
    "organization": frozenset({"organization"}),
    "group": frozenset({"organization"}),
    "country": frozenset({"country"}),
    "city": frozenset({"place"}),
    "region": frozenset({"place"}),
    "place": frozenset({"place"}),
    "other": frozenset({"place"}),
    "venue": frozenset({"place", "organization"}),
    "thing": frozenset({"thing"}),
}
_PREDICTED_CLASS = {"person": "person", "organization": "organization", "group": "organization"}


def _entity_classes(gold: Gold) -> list[tuple[str, list[str], frozenset[str]]]:
    entities = [(a.name, a.aliases, a.kind) for a in gold.actors]
    entities += [(loc.name, loc.aliases, loc.kind) for loc in gold.locations]
    entities += [(e.name, e.aliases, e.kind) for e in gold.entities or []]
    return [(name, aliases, _GOLD_CLASSES[kind]) for name, aliases, kind in entities]


def item_validity(summary: EventSummary, gold: Gold) -> tuple[int, int] | None:
    """How many predicted actors and locations are real named entities of the right kind, of
    how many; None when the gold does not list the article's entities."""
    if gold.entities is None:
        return None
    known = _entity_classes(gold)
    predicted = [(a.name, _PREDICTED_CLASS.get(a.kind, a.kind)) for a in summary.actors]
    predicted += [
        (loc.name, "country" if loc.kind == "country" else "place") for loc in summary.locations
    ]
    valid = sum(
        1
        for name, cls in predicted
        if any(cls in classes and name_similarity(name, n, a) for n, a, classes in known)
    )
    return valid, len(predicted)


def event_place_correct(summary: EventSummary, gold: Gold) -> bool | None:
    """Whether the first location marked ``event`` is one of the gold event places; None when
    the gold marks none."""
    places = [loc for loc in gold.locations if loc.role == "event"]
    if not places:
        return None
    first = next((loc for loc in summary.locations if loc.role == "event"), None)
    return first is not None and any(location_similarity(first, g) for g in places)


def main_actor_correct(summary: EventSummary, gold: Gold) -> bool | None:
    """Whether the first actor is the gold main actor; None when the gold names none."""
    if gold.main_actor is None:
        return None
    main = gold.actors[0]  # the fixture loader checks that main_actor comes first
    return bool(summary.actors) and actor_similarity(summary.actors[0], main) > 0


def score_article(fixture: Fixture, summary: EventSummary) -> ArticleResult:
    """Score one summary against its fixture's gold."""
    gold = fixture.gold
    text = f"{summary.headline} {summary.summary}"
    coverage, covered = key_fact_coverage(text, gold.key_facts)
    items = summary.items()
    meta = summary.meta
    fields = score_fields(summary, gold)
    validity = item_validity(summary, gold)
    amounts_right = sum(
        same_amount(summary.commitments[m.predicted].amount, gold.commitments[m.gold].amount)
        for m in fields["commitments"].matches
    )
    return ArticleResult(
        id=fixture.id,
        predicted=summary,
        fields=fields,
        key_fact_coverage=coverage,
        covered_facts=covered,
        rouge_l=rouge_l(text, " ".join(gold.key_facts)),
        when_correct=summary.when == gold.when,
        items=len(items),
        grounded_items=sum(1 for x in items if x.grounded is True),
        hallucinated_names=hallucinated_names(summary, fixture.text),
        valid_items=validity[0] if validity else None,
        checked_items=validity[1] if validity else None,
        event_place_correct=event_place_correct(summary, gold),
        main_actor_correct=main_actor_correct(summary, gold),
        amounts_right=amounts_right,
        attempts=meta.attempts if meta else 0,
        input_tokens=meta.input_tokens if meta else 0,
        output_tokens=meta.output_tokens if meta else 0,
        latency_s=meta.latency_s if meta else 0.0,
    )


def failed_article(fixture: Fixture, error: str) -> ArticleResult:
    """The result of an article that produced no summary: every gold item is missed."""
    missed = {f: len(getattr(fixture.gold, f)) for f in FIELDS}
    fields = {
        f: FieldResult(counts=Counts(fn=n), explanation=f"no summary: {n} gold missed")
        for f, n in missed.items()
    }
    gold = fixture.gold
    facts = [False] * len(gold.key_facts)
    return ArticleResult(
        id=fixture.id,
        error=error,
        fields=fields,
        key_fact_coverage=0.0,
        covered_facts=facts,
        event_place_correct=False if any(loc.role == "event" for loc in gold.locations) else None,
        main_actor_correct=False if gold.main_actor is not None else None,
    )


def _mean(values: Sequence[float]) -> float:
    return fmean(values) if values else 0.0


def aggregate(results: list[ArticleResult]) -> dict[str, float]:
    """Flat run metrics: micro and macro field scores, coverage, rates and costs.

    Failed articles must come from :func:`failed_article`, so that their gold items count as
    missed; they score 0 on coverage and the date, and are left out of ROUGE-L and the costs.

    Raises:
        ValueError: if a result lacks one of the fields (it would silently inflate the scores).
    """
    for r in results:
        if missing := [f for f in FIELDS if f not in r.fields]:
            raise ValueError(f"{r.id}: no result for {', '.join(missing)}; use failed_article()")
    ok = [r for r in results if r.error is None]
    metrics: dict[str, float] = {}
    for field in FIELDS:
        total = sum((r.fields[field].counts for r in results), Counts())
        metrics |= {f"{field}.{m}": getattr(total, m) for m in ("precision", "recall", "f1")}
        metrics[f"{field}.f1_macro"] = _mean([r.fields[field].counts.f1 for r in results])
    items = sum(r.items for r in results)
    metrics |= _real_news_metrics(results)
    metrics |= {
        "macro_f1": _mean([metrics[f"{f}.f1"] for f in FIELDS]),
        "key_fact_coverage": _mean([r.key_fact_coverage or 0.0 for r in results]),
        "rouge_l": _mean([r.rouge_l or 0.0 for r in ok]),
        "when_accuracy": _mean([1.0 if r.when_correct else 0.0 for r in results]),
        "schema_valid_rate": _mean([1.0 if r.error is None else 0.0 for r in results]),
        # No items means nothing ungrounded; recall and schema_valid_rate show the emptiness.
        "grounding_rate": sum(r.grounded_items for r in results) / items if items else 1.0,
        "hallucinated_names": sum(len(r.hallucinated_names) for r in results),
        "attempts_mean": _mean([r.attempts for r in ok]),
        "input_tokens_mean": _mean([r.input_tokens for r in ok]),
        "output_tokens_mean": _mean([r.output_tokens for r in ok]),
        "latency_s_mean": _mean([r.latency_s for r in ok]),
    }
    return {name: round(float(value), 4) for name, value in metrics.items()}


def _real_news_metrics(results: list[ArticleResult]) -> dict[str, float]:
    """Item validity, event place, main actor and amount accuracy, each only where the fixtures'
    gold allows it (a metric no article can measure is left out, not reported as 0 or 1)."""
    metrics: dict[str, float] = {}
    checked = [r for r in results if r.checked_items is not None]
    if checked:
        total = sum(r.checked_items or 0 for r in checked)
        metrics["item_validity"] = sum(r.valid_items or 0 for r in checked) / total if total else 1
    for key, flags in (
        ("event_place_accuracy", [r.event_place_correct for r in results]),
        ("main_actor_accuracy", [r.main_actor_correct for r in results]),
    ):
        if known := [f for f in flags if f is not None]:
            metrics[key] = sum(known) / len(known)
    if matched := sum(r.fields["commitments"].counts.tp for r in results):
        metrics["amount_accuracy"] = sum(r.amounts_right for r in results) / matched
    return metrics
