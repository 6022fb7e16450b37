"""Steps 1, 2 and 7: the embedded model, pipeline vs bare llama_cpp, prompt tokens, scaling."""

from __future__ import annotations

import json
import time
from typing import Any

from bench.common import FIXTURES, Row, median, ratio
from summarizer.backends.local import load_local_model, response_schema
from summarizer.extract import find_candidates
from summarizer.pipeline import Summarizer
from summarizer.prompting import load_prompt
from summarizer.settings import Settings

WORD_COUNTS = (200, 500, 1000, 2000, 3000)


def _perf(model: Any) -> tuple[float, int, float, int] | None:
    """(prompt-eval ms, prompt tokens, generation ms, generated tokens) of the last call."""
    try:
        import llama_cpp

        data = llama_cpp.llama_perf_context(model._llama._ctx.ctx)
        return data.t_p_eval_ms, data.n_p_eval, data.t_eval_ms, data.n_eval
    except Exception:  # an llama-cpp-python upgrade moved it: fall back to wall time only
        return None


def _reset(model: Any) -> None:
    """Forget the KV prefix, so every timed run pays its full prompt evaluation."""
    model._llama.reset()
    try:
        import llama_cpp

        llama_cpp.llama_perf_context_reset(model._llama._ctx.ctx)
    except Exception:
        pass


def _bare(model: Any, messages: list[dict[str, str]], grammar: Any, max_tokens: int) -> Any:
    """The bare llama_cpp call, with the sampling ``LocalModel.create`` uses."""
    return model._llama.create_chat_completion(
        messages=messages,
        grammar=grammar,
        max_tokens=max_tokens,
        temperature=0,
        repeat_penalty=1.1,
        seed=0,
    )


def overhead(reps: int) -> tuple[list[Row], dict[str, Any]]:
    """Step 1: ``Summarizer.summarize`` vs the bare ``create_chat_completion``."""
    # The single-call strategy: the bare reference is that one call, with the same prompt.
    settings = Settings.load(env={}, model="local", max_reasks=0, strategy="single")
    prompt = load_prompt()
    article = prompt.example_article
    started = time.perf_counter()
    summarizer = Summarizer(settings)
    model = load_local_model(settings.target().model, settings.context_tokens)
    load_s = time.perf_counter() - started
    messages = prompt.messages(article)
    ours: list[float] = []
    bare: list[float] = []
    speeds: list[tuple[float, int, float, int]] = []
    out_tokens = 0
    for _ in range(reps):
        _reset(model)
        t0 = time.perf_counter()
        summary = summarizer.summarize(article)
        ours.append(time.perf_counter() - t0)
        out_tokens = summary.meta.output_tokens
        # The grammar the pipeline's request built (one schema, so one cached grammar).
        grammar = next(iter(model._grammars.values()))
        _reset(model)
        t0 = time.perf_counter()
        raw = _bare(model, messages, grammar, out_tokens)
        bare.append(time.perf_counter() - t0)
        json.loads(raw["choices"][0]["message"]["content"], strict=False)
        if perf := _perf(model):
            speeds.append(perf)
    ours_s, bare_s = median(ours), median(bare)
    info: dict[str, Any] = {"load_s": load_s, "ours_s": ours, "bare_s": bare, "out": out_tokens}
    if speeds:
        info["prompt_tps"] = median([n / (ms / 1e3) for ms, n, _, _ in speeds if ms])
        info["gen_tps"] = median([n / (ms / 1e3) for _, _, ms, n in speeds if ms])
    else:  # estimate generation alone from the wall time
        info["prompt_tps"] = None
        info["gen_tps"] = out_tokens / bare_s
    info["prompt_tokens"] = model.count_tokens(messages)
    r = ratio(ours_s, bare_s)
    rows = [
        Row("load: embedded model (once)", load_s, unit="s", note="not in the ratio below"),
        Row(
            f"summarize() vs bare llama_cpp, {out_tokens} out tokens, median of {reps}",
            ours_s,
            bare_s,
            "s",
            r,
            "<= 1.10x",
            r is not None and r <= 1.10,
        ),
    ]
    return rows, info


def _article(words: list[str], n: int) -> str:
    return " ".join(words[:n])


def prompt_economy() -> tuple[list[Row], dict[str, Any]]:
    """Step 2: fixed prompt tokens and totals for articles of N words (counts only)."""
    settings = Settings.load(env={}, model="local")
    model = load_local_model(settings.target().model, settings.context_tokens)
    prompt = load_prompt()
    fixture = json.loads((FIXTURES / "long-inquiry-report.json").read_text(encoding="utf-8"))
    words = fixture["text"].split()
    fixed = model.count_tokens(prompt.messages("")[:-1])
    empty_user = model.count_tokens(prompt.messages(""))
    totals: dict[int, int] = {}
    rows = [
        Row(
            "prompt: fixed tokens (system + example turns)",
            fixed,
            unit="tok",
            target="< 800",
            met=fixed < 800,
            note=f"+{empty_user - fixed} for the empty user turn",
        )
    ]
    for n in WORD_COUNTS:
        if n > len(words):
            words = (words * (n // len(words) + 1))[:n]
        totals[n] = model.count_tokens(prompt.messages(_article(words, n)))
        rows.append(
            Row(
                f"prompt: total tokens, {n}-word article",
                totals[n],
                fixed,
                "tok",
                ratio(totals[n], fixed),
                note="ratio = total / fixed",
            )
        )
    return rows, {"fixed": fixed, "totals": totals, "fixture_words": len(fixture["text"].split())}


def scaling(info1: dict[str, Any], info2: dict[str, Any], out_tokens: float) -> list[Row]:
    """Step 7: predicted latency from token counts and step 1's measured speeds."""
    ptps, gtps = info1.get("prompt_tps"), info1.get("gen_tps")
    rows = [
        Row("speed: prompt evaluation (measured)", ptps, unit="tok/s"),
        Row("speed: generation (measured)", gtps, unit="tok/s"),
    ]
    if not ptps or not gtps:
        return rows
    base = info1["prompt_tokens"] / ptps + out_tokens / gtps
    for n in (500, 1000, 2000):
        predicted = info2["totals"][n] / ptps + out_tokens / gtps
        rows.append(
            Row(
                f"latency: {n}-word article (PREDICTED)",
                predicted,
                base,
                "s",
                ratio(predicted, base),
                note=f"{out_tokens:.0f} out tok; ref = example article, predicted",
            )
        )
    return rows


class _Recorder:
    """Wraps ``LocalModel.create`` to keep every request the pipeline made (messages, schema,
    answer tokens), so the bare reference can ask exactly the same."""

    def __init__(self, model: Any) -> None:
        self.calls: list[tuple[list[dict[str, str]], dict[str, Any], int]] = []
        self._create = model.create
        model.create = self

    def __call__(self, **kwargs: Any) -> Any:
        completion = self._create(**kwargs)
        schema = response_schema(kwargs["response_format"])
        self.calls.append((kwargs["messages"], schema, completion.usage.completion_tokens))
        return completion


def guided(reps: int) -> tuple[list[Row], dict[str, Any]]:
    """Step 1 for the guided strategy on the embedded model, and step 7 measured.

    Ours: ``Summarizer.summarize`` with ``strategy="guided"`` on a fixture with names the text
    leaves open (the seed article has none left, so it asks nothing): candidates,
    one grammar per question (an enum of this article's choices, so built anew per article),
    the questions, assembly and the grounding check. Bare: the same questions, in the same
    order, through ``create_chat_completion`` with prebuilt grammars and the same answer
    lengths. Both start from an empty KV cache and reuse the article prefix the same way.
    """
    settings = Settings.load(env={}, model="local", max_reasks=0, strategy="guided")
    model = load_local_model(settings.target().model, settings.context_tokens)
    recorder = _Recorder(model)
    try:
        summarizer = Summarizer(settings)
        fixture = FIXTURES / "berlin-marathon-world-record.json"
        article = json.loads(fixture.read_text(encoding="utf-8"))["text"]
        # The gazetteers load once per process (step 8 reports it); not part of a request.
        find_candidates(article)
        ours: list[float] = []
        bare: list[float] = []
        for _ in range(reps):
            recorder.calls.clear()
            model._grammars.clear()
            _reset(model)
            t0 = time.perf_counter()
            summarizer.summarize(article)
            ours.append(time.perf_counter() - t0)
            calls = list(recorder.calls)
            grammars = [model._grammar(schema) for _, schema, _ in calls]
            _reset(model)
            t0 = time.perf_counter()
            for (messages, _, out), grammar in zip(calls, grammars, strict=True):
                _bare(model, messages, grammar, out)
            bare.append(time.perf_counter() - t0)
        questions = len(calls)
        ours_s, bare_s = median(ours), median(bare)
        r = ratio(ours_s, bare_s)
        rows = [
            Row(
                f"guided summarize() vs its {questions} questions asked bare, median of {reps}",
                ours_s,
                bare_s,
                "s",
                r,
                "<= 1.10x",
                r is not None and r <= 1.10,
                note="the guided strategy (the embedded default makes no model call)",
            )
        ]
        info: dict[str, Any] = {"ours_s": ours, "bare_s": bare, "questions": questions}
        if calls:
            prompt_tokens = model.count_tokens(calls[0][0])
            article_tokens = model.count_tokens([{"role": "user", "content": article}])
            fixed = prompt_tokens - article_tokens
            info["fixed_tokens"] = fixed
            rows.append(
                Row(
                    "prompt: guided fixed tokens per question (system + question)",
                    fixed,
                    unit="tok",
                    target="< 800",
                    met=fixed < 800,
                    note="the article prefix is evaluated once, then reused from the KV cache",
                )
            )
        rows += _guided_scaling(summarizer, model, recorder, info)
        return rows, info
    finally:
        model.create = recorder._create


def _guided_scaling(
    summarizer: Summarizer, model: Any, recorder: _Recorder, info: dict[str, Any]
) -> list[Row]:
    """Step 7 measured: guided latency for articles of N words cut from the long report."""
    fixture = json.loads((FIXTURES / "long-inquiry-report.json").read_text(encoding="utf-8"))
    words = fixture["text"].split(" ")
    rows: list[Row] = []
    info["scaling"] = {}
    base: float | None = None
    for n in WORD_COUNTS:
        recorder.calls.clear()
        model._grammars.clear()
        _reset(model)
        t0 = time.perf_counter()
        summarizer.summarize(" ".join(words[:n]))
        seconds = time.perf_counter() - t0
        base = base or seconds
        asked = len(recorder.calls)
        info["scaling"][n] = {"s": seconds, "questions": asked}
        rows.append(
            Row(
                f"latency: guided, {n}-word article (measured)",
                seconds,
                base,
                "s",
                ratio(seconds, base),
                note=f"{asked} question(s); ref = the {WORD_COUNTS[0]}-word article",
            )
        )
    return rows
