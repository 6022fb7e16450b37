"""Label agreement: how closely a second, blind labeling of the same pages matches the first.

It is the ceiling a summarizer can be held to, scored by the eval's own matching: the second
labeler's gold stands in for a summary, and is scored against the first as a summary would be.

    python -m summarizer.evaluation.agreement evals/real evals/second-labels
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from summarizer.evaluation.fixtures import Fixture, Gold, load_fixtures
from summarizer.evaluation.report import report_table
from summarizer.evaluation.results import EvalReport
from summarizer.evaluation.runner import git_commit
from summarizer.evaluation.scoring import aggregate, score_article
from summarizer.schema import SCHEMA_VERSION, EventSummary


def as_summary(gold: Gold) -> EventSummary:
    """A labeling as the summary that says exactly what it says; each item's evidence is its
    own name (or the view), since labels carry no spans."""

    def evidence(quote: str) -> dict[str, str]:
        return {"quote": quote}

    return EventSummary.model_validate(
        {
            "headline": gold.key_facts[0],
            "summary": " ".join(gold.key_facts),
            "when": gold.when,
            "locations": [
                {"name": g.name, "kind": g.kind, "role": g.role, "evidence": evidence(g.name)}
                for g in gold.locations
            ],
            "actors": [
                {
                    "name": g.name,
                    "kind": g.kind,
                    "title_or_role": g.title_or_role,
                    "affiliation": g.affiliation,
                    "evidence": evidence(g.name),
                }
                for g in gold.actors
            ],
            "commitments": [
                {
                    **g.model_dump(exclude={"actor_aliases"}),
                    "evidence": evidence(g.actor),
                }
                for g in gold.commitments
            ],
            "expert_views": [
                {
                    **g.model_dump(exclude={"aliases"}),
                    "evidence": evidence(g.quote or g.view),
                }
                for g in gold.expert_views
            ],
        }
    )


def agreement(first: list[Fixture], second: list[Fixture], source: str) -> EvalReport:
    """Score each page of ``second`` against the same page (same id and text) of ``first``."""
    by_id = {f.id: f for f in first}
    results = []
    for other in second:
        fixture = by_id.get(other.id)
        if fixture is None or fixture.text != other.text:
            raise ValueError(f"{other.id}: no page with this id and text in the first labeling")
        results.append(score_article(fixture, as_summary(other.gold)))
    return EvalReport(
        model="second labeling",
        provider="people",
        prompt_version="-",
        schema_version=SCHEMA_VERSION,
        git_commit=git_commit(),
        created_at="-",
        fixtures=source,
        articles=results,
        metrics=aggregate(results),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="the fixtures as labeled first")
    parser.add_argument("second", type=Path, help="the same pages, labeled again")
    args = parser.parse_args()
    report = agreement(load_fixtures(args.first), load_fixtures(args.second), str(args.second))
    Console().print(report_table(report))


if __name__ == "__main__":
    main()
