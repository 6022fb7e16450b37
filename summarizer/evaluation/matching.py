"""How predicted items are matched to gold ones: names folded and compared (aliases and a small
typo tolerance, never substrings: "England" never matches "Bank of England"), items scored for
similarity field by field, and the one-to-one (Hungarian) alignment of a field's two lists.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]

from summarizer.amounts import same_value
from summarizer.evaluation.fixtures import (
    Gold,
    GoldActor,
    GoldAmount,
    GoldCommitment,
    GoldExpertView,
    GoldLocation,
)
from summarizer.evaluation.results import Counts, FieldResult, Match
from summarizer.schema import Actor, Amount, Commitment, EventSummary, ExpertView, Location

NAME_THRESHOLD = 0.9
COMMITMENT_THRESHOLD = 0.6
EXPERT_VIEW_THRESHOLD = 0.6

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
    wa, wb = content_words(a), content_words(b)
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
def content_words(text: str) -> frozenset[str]:
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
