"""The peers the comparison runs against (``summarizer.evaluation.compare``): a naive
instructor call and Google's langextract, both reaching the embedded model through
llama-cpp-python's OpenAI-compatible server on loopback, and the mapping of langextract's
extractions onto our schema.

These are the only evaluation code that drives model libraries itself: a peer is by definition
someone else's way of asking the model (pyproject's import contract names the exception).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from summarizer.amounts import parse_amount
from summarizer.backends.grammar import SMALL_MODEL_ITEMS, tighten
from summarizer.evaluation.fixtures import Fixture
from summarizer.evaluation.results import FIELDS
from summarizer.schema import (
    Actor,
    Commitment,
    EventSummary,
    ExpertView,
    GroundedItem,
    Location,
    Meta,
)
from summarizer.settings import embedded_model_path

MODEL_ALIAS = "smollm2"
NAIVE_PROMPT = "Summarise this news article as JSON.\n\n"
LX_PROMPT = (
    "Extract the places, actors, commitments (promises, pledges, money) and expert views of this "
    "news article, in order of appearance, using the exact words of the text."
)

# --- the loopback server both peers talk to ---------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def llama_server(context_tokens: int = 8192, threads: int | None = None) -> Iterator[str]:
    """llama-cpp-python's OpenAI-compatible server on the embedded model; yields its /v1 URL.

    Same GGUF, context, thread count (every core, unless ``threads`` says fewer) and seed as
    the in-process backend, so the peers differ from the pipelines only in how they ask.
    """
    port, threads_arg = _free_port(), str(threads or os.cpu_count() or 1)
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(embedded_model_path()),
        "--model_alias", MODEL_ALIAS, "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", str(context_tokens),
        "--n_threads", threads_arg, "--n_threads_batch", threads_arg,
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
    # The small model's bounds, as our own pipeline sends this server (backends/grammar.py).
    schema = tighten(EventSummary.model_json_schema())
    response_format = {"type": "json_object", "schema": schema}

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
    dropped; repeats (one per chunk) are kept once; each list is cut to the
    embedded model's length (``SMALL_MODEL_ITEMS``), as the other systems are.
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
    opening = first_sentence(article)
    return EventSummary(
        headline=opening[:150] or "(empty)",
        summary=opening[:600] or "(empty)",
        when=None,
        meta=meta,
        **{f: items[: SMALL_MODEL_ITEMS[f]] for f, items in fields.items()},
    )
