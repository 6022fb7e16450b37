"""Real text is not bad input: generated pages in the shapes published news comes in (Title Case
and ALL-CAPS lines, captions and credits, share and ad lines, very long names, names with digits,
mixed scripts, quotes that never close) always give a summary, or at most a SummarizerError;
never a traceback. The embedded default makes no model call; the guided strategy runs the real
model on a small budget."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.errors import SummarizerError
from summarizer.evaluation.fixtures import load_fixtures
from summarizer.evaluation.scoring import hallucinated_names
from summarizer.pipeline import Summarizer
from summarizer.settings import Settings
from tests.conftest import assert_grounding_guarantees

WORDS = [
    "minister",
    "president",
    "council",
    "bank",
    "storm",
    "flood",
    "aid",
    "pledged",
    "announced",
    "said",
    "will",
    "provide",
    "million",
    "billion",
    "the",
    "of",
    "and",
    "in",
    "on",
    "for",
    "to",
    "with",
    "after",
    "before",
    "near",
    "officials",
    "reported",
]
NAMES = [
    "Mark Carney",
    "G8",
    "G20",
    "COP28",
    "Bank of Canada",
    "Kyiv",
    "Paris",
    "WASHINGTON, D.C.",
    "Федерація",
    "北京市",
    "القاهرة",
    "José Manuel Barroso",
    "Thai-Japanese Bangkok Youth Center",
    "U.S. Agency for International Development (USAID)",
    "Department of Justice",
    "Getty Images",
]
FURNITURE = [
    "Advertisement",
    "Skip Ad",
    "Share this:",
    "Image: Jane Doe.",
    "(Image: NASA, User:PJ_1004)",
    "Photo: AP Photo/John Smith",
    "This is the stable version, checked on 24 January 2023. Template changes await review.",
    "FOR IMMEDIATE RELEASE",
    "Related news",
    "Sources",
    "###",
    "Click here to subscribe",
    "<para>",
]

words = st.sampled_from(WORDS)
names = st.sampled_from(NAMES)
capitalised = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=1).flatmap(
    lambda first: st.text(alphabet="abcdefghijklmnopqrstuvwxyzé", min_size=1, max_size=9).map(
        lambda rest: first + rest
    )
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(words, names, capitalised), min_size=1, max_size=25))
    if draw(st.booleans()):
        parts.insert(
            draw(st.integers(0, len(parts))),
            f"${draw(st.integers(1, 999))} {draw(st.sampled_from(['million', 'billion']))}",
        )
    text = " ".join(parts)
    if draw(st.booleans()):
        text = f"\u201c{text}"  # a quotation that never closes
    return text + draw(st.sampled_from([".", "", "?", ":", " --"]))


@st.composite
def pages(draw: st.DrawFn) -> str:
    lines = []
    if draw(st.booleans()):  # a Title Case headline, maybe a dozen capitalised words long
        lines.append(" ".join(draw(st.lists(capitalised, min_size=1, max_size=14))))
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["sentence", "sentence", "furniture", "caps", "long"]))
        if kind == "furniture":
            lines.append(draw(st.sampled_from(FURNITURE)))
        elif kind == "caps":
            lines.append(draw(sentences()).upper())
        elif kind == "long":  # a run of capitalised words far past any name limit
            lines.append(" ".join(draw(st.lists(capitalised, min_size=20, max_size=40))) + " said.")
        else:
            lines.append(" ".join(draw(st.lists(sentences(), min_size=1, max_size=4))))
    return draw(st.sampled_from(["\n", "\n\n"])).join(lines)


REAL_TEXT = settings(
    max_examples=500, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
_extract = Summarizer(Settings.load(env={}, strategy="extract"))


@REAL_TEXT
@given(pages())
def test_real_news_like_text_never_raises_anything_but_a_summarizer_error(page: str) -> None:
    try:
        summary = _extract.summarize(page)
    except SummarizerError:
        return
    assert_grounding_guarantees(summary, page)
    assert all(item.grounded for item in summary.items())
    assert hallucinated_names(summary, page) == []
    assert summary.meta is not None and summary.meta.attempts == 0


@pytest.mark.model
@settings(max_examples=4, deadline=None, database=None)
@given(pages())
def test_the_guided_strategy_on_the_embedded_model_never_raises_either(page: str) -> None:
    guided = Summarizer(Settings.load(env={}, strategy="guided", max_reasks=0))
    try:
        summary = guided.summarize(page)
    except SummarizerError:
        return
    assert_grounding_guarantees(summary, page)
    assert hallucinated_names(summary, page) == []


def test_a_headline_of_a_dozen_capitalised_words_is_no_crash() -> None:
    """The issue's crash: a Title Case headline taken as one name past the schema's limit."""
    page = (
        " ".join(["Minister"] + [f"Word{chr(97 + i)}x Longname" for i in range(12)])
        + " Said\n\nThe minister said the plan would help.\n"
    )
    summary = _extract.summarize(page)
    assert all(len(actor.name) <= 120 for actor in summary.actors)

    # A run of capitalised words the schema would take (it allows 1,000 characters for capable
    # models) is still no name for the rules: left out, and said so. (A body's word makes it an
    # actor; as a person's name so long a run would not even be typed.)
    names = " ".join(f"Zorblat{chr(97 + i)} Quenvix" for i in range(14)) + " Agency"
    summary = _extract.summarize(f"Officials met on Monday. {names} said the plan would help.\n")
    assert summary.actors == [] and summary.meta is not None
    assert summary.meta.warnings == [
        "left out an actor whose name is 244 characters long (over 120: no name is that long)"
    ]


def test_an_amount_too_far_from_its_verb_in_a_run_on_sentence_is_not_taken() -> None:
    """Hypothesis found it: in a 400-character sentence the amount stood 200 characters before
    "pledged", outside the evidence quote, and the commitment came out ungrounded."""
    page = (
        "$1 million " + "minister " * 16 + "minister. $1 million minister minister minister U.S. "
        "Agency for International Development (USAID) minister. "
        + "minister " * 9
        + "pledged U.S. Agency for International Development (USAID)."
    )
    summary = _extract.summarize(page)
    assert summary.commitments and all(item.grounded for item in summary.items())
    assert summary.meta is not None and summary.meta.warnings == []


def test_real_pages_run_together_give_a_summary() -> None:
    # A scraper that misses a page break hands over one page's furniture as another's deck:
    # every labeled real page, joined to the next as the benchmark joins them, once raised
    # AttributeError on a "Washington, DC" dateline below such a deck.
    root = Path(__file__).parent.parent / "evals"
    texts = [f.text for folder in ("real", "real-holdout") for f in load_fixtures(root / folder)]
    assert len(texts) > 800
    for first, second in itertools.pairwise(texts):
        joined = f"{first}\n\n{second}"
        assert_grounding_guarantees(_extract.summarize(joined), joined)


def test_a_summary_does_not_hang_on_the_hash_seed() -> None:
    # A name's aliases are a set; rules once read them in the order the set iterates, which
    # Python seeds per process, so these two pages run together listed the Justice Department
    # first in one run and not at all in the next.
    root = Path(__file__).parent.parent / "evals" / "real"
    pages = ("antitrust-graphic-services-bid-rigging-plea", "ashland-st-paul-park-refinery")
    joined = "\n\n".join(
        json.loads(next(root.glob(f"gov-doj-{page}*.json")).read_text())["text"] for page in pages
    )
    script = (
        "import sys; from summarizer.api import summarize; "
        "print(summarize(sys.stdin.read()).model_dump_json(exclude={'meta'}))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            input=joined,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "3", "5")
    }
    assert len(outputs) == 1 and "Justice Department" in next(iter(outputs))
