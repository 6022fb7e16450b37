"""Scorers for the eval harness (SPEC §6): pure functions from a summary and its gold to numbers.

Items are aligned one-to-one (Hungarian assignment) and counted as true positives, false
positives and false negatives per field. Names are compared after normalisation, with aliases
and a small typo tolerance but no substring matching ("England" never matches "Bank of
England"). Key-fact coverage measures the summary text; ROUGE-L is only a drift signal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from statistics import fmean
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq
from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]

from summarizer.amounts import same_value
from summarizer.evaluation.fixtures import (
    Fixture,
    Gold,
    GoldActor,
    GoldAmount,
    GoldCommitment,
    GoldExpertView,
    GoldLocation,
)
from summarizer.evaluation.results import FIELDS, ArticleResult, Counts, FieldResult, Match
from summarizer.grounding import ArticleIndex
from summarizer.schema import Actor, Amount, Commitment, EventSummary, ExpertView, Location

NAME_THRESHOLD = 0.9
COMMITMENT_THRESHOLD = 0.6
EXPERT_VIEW_THRESHOLD = 0.6
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

P = TypeVar("P")
G = TypeVar("G")

_FOLD = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
        **dict(zip("łøđ", "lod", strict=True)),  # letters NFKD does not decompose
    }
)
_TITLES = re.compile(
    r"^(?:(?:the|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|vice president|"
    r"president|prime minister|\w+ minister|minister|premier|chancellor|senator|governor|"
    r"mayor|judge|justice|king|queen|pope|rev|ceo|chief executive)\s+)+"
)
_STOPWORD_TEXT = (
    "a about above after again against all also am an and any are as at be because been before "
    "being below between both but by can could did do does doing down during each few for from "
    "further had has have having he her here hers him his how i if in into is it its itself just "
    "me more most my of off on once only or other our ours out over own same she should so some "
    "such than that the their theirs them then there these they this those through to too under "
    "until up very was we were what when where which while who whom why will with would you your "
    "said says say"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_POSSESSIVE = re.compile(r"'s\b")
_NAME_SEPARATOR = re.compile(r"[-/]")
_NAME_PUNCTUATION = re.compile(r"[^\w\s]|_")
_INITIAL_DOT = re.compile(r"(?<=\b\w)\.")
_CONTENT_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_WORD = re.compile(r"\w+")
# Alignment compares every predicted item with every gold item and its aliases, so the same
# names and texts are folded over and over; both are pure functions of the string.
_CACHE_SIZE = 8192


def _fold(text: str) -> str:
    """Casefold, fold quotes and dashes, strip accents and drop possessives."""
    text = text.casefold().translate(_FOLD)
    if not text.isascii():  # NFKD and combining marks only change characters beyond ASCII
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _POSSESSIVE.sub("", text)


@lru_cache(maxsize=_CACHE_SIZE)
def normalise_name(text: str) -> str:
    """Normalise a name for comparison: "Prime Minister Mark Carney's" -> "mark carney".

    Args:
        text: A name as written by the model or a labeler.

    Returns:
        The name casefolded, without accents, possessive, punctuation or leading titles. A name
        that is nothing but a title ("President") keeps it rather than becoming empty.
    """
    text = _NAME_SEPARATOR.sub(" ", _fold(text))  # "Jean-Luc" and "Jean Luc" are one name
    text = " ".join(_NAME_PUNCTUATION.sub("", text).split())  # "U.S." -> "us"
    return _TITLES.sub("", text + " ").strip() or text


def name_similarity(predicted: str | None, name: str | None, aliases: Sequence[str]) -> float:
    """How well a predicted name matches a gold name or one of its aliases, in [0, 1].

    Returns 1.0 for an exact normalised match (or two unnamed sources), the fuzz ratio for a
    near-identical spelling ("Zelensky" vs "Zelenskyy"), else 0.0. A surname matches a full name
    only through the alias list: there is no subset matching.
    """
    if predicted is None or name is None:
        return 1.0 if predicted is None and name is None else 0.0
    pred = normalise_name(predicted)
    best = max(fuzz.ratio(pred, normalise_name(n)) / 100 for n in [name, *aliases])
    return best if best >= NAME_THRESHOLD else 0.0


def location_similarity(pred: Location, gold: GoldLocation) -> float:
    """Similarity of two locations, on the name alone."""
    return name_similarity(pred.name, gold.name, gold.aliases)


def actor_similarity(pred: Actor, gold: GoldActor) -> float:
    """Similarity of two actors, on the name alone."""
    return name_similarity(pred.name, gold.name, gold.aliases)


def _words_ratio(a: str, b: str) -> float:
    """Overlap of content words (Dice): 0 when two texts share none, 1 when they share all.

    Not rapidfuzz's token_set_ratio, which scores ~0.3 for texts with no word in common and
    would let any two unnamed experts' views match.
    """
    wa, wb = _content_words(a), _content_words(b)
    if not wa and not wb:
        return 1.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def same_amount(p: Amount | None, g: GoldAmount | None) -> bool:
    """Amounts agree within 1% when currencies are equal or either is unknown; two missing
    amounts agree, one missing amount does not."""
    if p is None or g is None:
        return p is None and g is None
    currency_ok = p.currency is None or g.currency is None or p.currency == g.currency
    return currency_ok and same_value(p.value, g.value)


def commitment_similarity(pred: Commitment, gold: GoldCommitment) -> float:
    """0.4 actor + 0.4 amount (:func:`same_amount`) + 0.2 action words; 0.0 unless the actor or
    the amount agrees."""
    actor = name_similarity(pred.actor, gold.actor, gold.actor_aliases)
    p, g = pred.amount, gold.amount
    amount = 1.0 if same_amount(p, g) else 0.0
    # Matching action words alone would pair unrelated commitments, so demand an anchor.
    if actor == 0 and not (p and g and amount == 1.0):
        return 0.0
    return 0.4 * actor + 0.4 * amount + 0.2 * _words_ratio(pred.action, gold.action)


def expert_view_similarity(pred: ExpertView, gold: GoldExpertView) -> float:
    """Half the expert's name, half the overlap of the view's words."""
    name = name_similarity(pred.expert, gold.expert, gold.aliases)
    return 0.5 * name + 0.5 * _words_ratio(pred.view, gold.view)


def align(
    predicted: Sequence[P],
    gold: Sequence[G],
    similarity: Callable[[P, G], float],
    threshold: float,
) -> FieldResult:
    """Pair predicted with gold items one-to-one and count matches, misses and extras.

    Args:
        predicted: The model's items.
        gold: The labeled items.
        similarity: Scores one (predicted, gold) pair in [0, 1].
        threshold: The least similarity that makes a pair a match.

    Returns:
        Counts (tp, fp, fn), the matched pairs with their scores, and a one-line explanation.
    """
    matches: list[Match] = []
    if predicted and gold:
        sim = np.array([[similarity(p, g) for g in gold] for p in predicted], dtype=float)
        # Pairs below the threshold cannot count, so they weigh nothing; eligible pairs get a
        # bonus larger than any sum of similarities, so the assignment first maximises the
        # number of matches, then their total similarity.
        bonus = min(len(predicted), len(gold)) + 1
        weight = np.where(sim >= threshold, sim + bonus, 0.0)
        rows, cols = linear_sum_assignment(weight, maximize=True)
        matches = [
            Match(predicted=int(i), gold=int(j), score=round(float(sim[i, j]), 4))
            for i, j in zip(rows, cols, strict=True)
            if sim[i, j] >= threshold
        ]
    tp = len(matches)
    counts = Counts(tp=tp, fp=len(predicted) - tp, fn=len(gold) - tp)
    explanation = f"{tp} of {len(predicted)} predicted matched {tp} of {len(gold)} gold"
    return FieldResult(counts=counts, matches=matches, explanation=explanation)


def score_fields(summary: EventSummary, gold: Gold) -> dict[str, FieldResult]:
    """Align each list field of a summary with its gold list."""
    return {
        "locations": align(summary.locations, gold.locations, location_similarity, NAME_THRESHOLD),
        "actors": align(summary.actors, gold.actors, actor_similarity, NAME_THRESHOLD),
        "commitments": align(
            summary.commitments, gold.commitments, commitment_similarity, COMMITMENT_THRESHOLD
        ),
        "expert_views": align(
            summary.expert_views, gold.expert_views, expert_view_similarity, EXPERT_VIEW_THRESHOLD
        ),
    }


@lru_cache(maxsize=_CACHE_SIZE)
def _content_words(text: str) -> frozenset[str]:
    words = set()
    text = _INITIAL_DOT.sub("", _fold(text))  # "U.S." -> "us", like "US"
    for token in _CONTENT_TOKEN.findall(text):
        token = token.replace(",", "")  # "60,000" and "60000" are one number
        if token in _STOPWORDS:
            continue
        if token.endswith("ies") and len(token) > 4:
            token = token[:-3] + "y"
        elif token.endswith("s") and not token.endswith("ss") and len(token) > 3:
            token = token[:-1]
        words.add(token)
    return frozenset(words)


def key_fact_coverage(summary_text: str, key_facts: list[str]) -> tuple[float, list[bool]]:
    """Share of key facts the summary covers, and which ones.

    A fact is covered when at least 60% of its content words (stopwords removed, numbers kept,
    plurals reduced) occur in the summary. A fact with no content words is trivially covered.
    """
    if not key_facts:
        return 1.0, []
    have = _content_words(summary_text)
    flags = []
    for fact in key_facts:
        need = _content_words(fact)
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
