"""Editors' corrections as eval fixtures: the run log's corrected summaries, written in the shape
of ``evals/LABELING.md`` so that ``summarizer eval`` scores them at once.

What the editor accepted, edited or added is gold; what they rejected is left out. The key fact
is the corrected headline. A fixture's id comes from its article's hash, so exporting the same
correction twice writes the same file; a later correction of the same summary replaces it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from summarizer import runlog
from summarizer.evaluation.fixtures import (
    Fixture,
    Gold,
    GoldActor,
    GoldAmount,
    GoldCommitment,
    GoldExpertView,
    GoldLocation,
)
from summarizer.files import atomic_write
from summarizer.schema import EventSummary


def gold(summary: EventSummary) -> Gold:
    """The gold labels a corrected summary stands for."""
    return Gold(
        when=summary.when,
        key_facts=[summary.headline],
        locations=[GoldLocation(name=x.name, kind=x.kind, role=x.role) for x in summary.locations],
        actors=[
            GoldActor(
                name=x.name, kind=x.kind, title_or_role=x.title_or_role, affiliation=x.affiliation
            )
            for x in summary.actors
        ],
        commitments=[
            GoldCommitment(
                actor=x.actor,
                action=x.action,
                amount=GoldAmount(**x.amount.model_dump()) if x.amount else None,
                recipient=x.recipient,
                timeframe=x.timeframe,
                status=x.status,
            )
            for x in summary.commitments
        ],
        expert_views=[
            GoldExpertView(expert=x.expert, affiliation=x.affiliation, view=x.view, quote=x.quote)
            for x in summary.expert_views
        ],
    )


def fixture(entry: runlog.Entry, correction: runlog.Correction) -> Fixture:
    digest = hashlib.sha256(entry.article.encode("utf-8")).hexdigest()[:12]
    source = (
        f"summarizer review: run log summary {entry.id} ({entry.source or 'no source'}, "
        f"{entry.model}, prompt {entry.prompt_version}), corrected by {correction.editor} on "
        f"{correction.created_at}"
    )
    return Fixture(
        id=f"review-{digest}", source=source, text=entry.article, gold=gold(correction.summary)
    )


def export(path: Path, out: Path) -> list[Path]:
    """Write the latest correction of every corrected summary in the log at ``path`` into the
    folder ``out`` (made if missing); the files written."""
    latest: dict[int, runlog.Correction] = {}
    for correction in runlog.corrections(path):
        latest[correction.summary_id] = correction
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for summary_id, correction in sorted(latest.items()):
        made = fixture(runlog.get(path, summary_id), correction)
        data = made.model_dump(mode="json")
        target = out / f"{made.id}.json"
        atomic_write(target, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        written.append(target)
    return written
