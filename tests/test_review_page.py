"""The HTML review page: every evidence span highlighted and linked, hostile text inert.

The page is checked twice: statically (its markup), and in a real headless Chromium, from the DOM
the browser built after loading it, so "the script did not run" is observed, not assumed.
"""

from __future__ import annotations

import html
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from summarizer.columns import FIELD_TITLES
from summarizer.formats import render
from summarizer.grounding import LIST_FIELDS, apply_policy, ground
from summarizer.prompting import load_prompt
from summarizer.review import to_html
from summarizer.schema import Actor, EventSummary, Meta

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="/usr/bin/chromium is missing: install Debian's chromium to run the browser checks",
)

SCRIPT = (
    "<script>document.title='pwned';"
    "document.body.appendChild(document.createElement('aside')).id='pwned'</script>"
)
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
HOSTILE_TAIL = f"\n\nReaders wrote in: {SCRIPT} and also {IMG} in the comments.\n"


def grounded_example() -> tuple[EventSummary, str]:
    """The prompt's worked example, grounded against its own article (every item grounded)."""
    prompt = load_prompt()
    summary = prompt.example_answer.model_copy(deep=True)
    assert ground(summary, prompt.example_article) == []
    summary.meta = Meta(
        model="smollm2",
        provider="local",
        prompt_version=prompt.version,
        attempts=2,
        input_tokens=2345,
        output_tokens=678,
        latency_s=12.5,
    )
    return summary, prompt.example_article


def hostile_example() -> tuple[EventSummary, str]:
    """The example with script and image tags in the article, the answer and the warnings.

    One added actor quotes the script tag (found, so it gets a span) under a name that is not in
    the article, so it is flagged; the grounding warnings repeat that hostile text.
    """
    summary, article = grounded_example()
    article += HOSTILE_TAIL
    summary.headline = "Clinics <b>funded</b> " + SCRIPT[:60]
    summary.actors.append(
        Actor.model_validate(
            {
                "evidence": {"quote": SCRIPT[:80]},
                "name": "Mallory <img src=x onerror=alert(1)>",
                "kind": "person",
                "title_or_role": IMG[:80],
                "affiliation": None,
            }
        )
    )
    problems = ground(summary, article)
    assert summary.meta is not None
    summary.meta.model = "<i>smollm2</i>"
    summary.meta.warnings = [
        *apply_policy(summary, problems, "flag", attempts=2),
        "model said " + IMG,
    ]
    return summary, article


def located(summary: EventSummary, article: str, field: str) -> list[int]:
    """Indexes of the field's items whose span points at their quote."""
    out = []
    for i, item in enumerate(getattr(summary, field)):
        ev = item.evidence
        if ev.start is not None and ev.end is not None and article[ev.start : ev.end] == ev.quote:
            out.append(i)
    return out


class Page(HTMLParser):
    """What a reviewer would see: marks (classes, id, full text), links, title, tags used."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.title = ""
        self.body_attrs: dict[str, str | None] = {}
        self.marks: list[dict[str, str]] = []
        self._open_marks: list[dict[str, str]] = []
        self._in_title = False
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "a" and a.get("href"):
            self.hrefs.append(str(a["href"]))
        if tag == "body":
            self.body_attrs = a
        if tag == "title":
            self._in_title = True
        if tag == "mark":
            mark = {"class": a.get("class") or "", "id": a.get("id") or "", "text": ""}
            self.marks.append(mark)
            self._open_marks.append(mark)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._open_marks.pop()
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        for mark in self._open_marks:
            mark["text"] += data

    def anchored(self, field: str) -> list[dict[str, str]]:
        """Marks of a field's class that carry an id: exactly one per highlighted span."""
        return [m for m in self.marks if f"hl-{field}" in m["class"].split() and m["id"]]


def check_highlights(page: Page, summary: EventSummary, article: str) -> None:
    for field in LIST_FIELDS:
        items = getattr(summary, field)
        wanted = located(summary, article, field)
        marks = page.anchored(field)
        assert len(marks) == len(wanted), field
        for mark, i in zip(marks, wanted, strict=True):
            assert mark["id"] == f"ev-{field}-{i}"
            assert mark["text"] == items[i].evidence.quote
            flagged = "flagged" in mark["class"].split()
            assert flagged == (items[i].grounded is False)
    links = [h for h in page.hrefs if h.startswith("#ev-")]
    assert links and all(h[1:] in page.ids for h in links)


# --- The page as written ------------------------------------------------------------------------


def test_every_span_is_highlighted_and_linked_once() -> None:
    summary, article = grounded_example()
    out = to_html(summary, article)
    page = Page(out)
    check_highlights(page, summary, article)
    for field in LIST_FIELDS:
        for i in located(summary, article, field):
            assert f'href="#ev-{field}-{i}"' in out
    assert page.title == f"Review: {summary.headline}"
    # The article comes back whole: marks only wrap it.
    text = re.search(r'<div class="text">(.*?)</div>', out, re.S)
    assert text and html.unescape(re.sub(r"</?mark[^>]*>", "", text.group(1))) == article


def test_page_is_self_contained_and_complete() -> None:
    summary, article = grounded_example()
    out = to_html(summary, article)
    page = Page(out)
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(page.tags)
    for resource in ("src=", "url(", "@import", "http://", "https://", "javascript:"):
        assert resource not in out, resource
    assert not re.search(r"<[^>]*\son\w+\s*=", out), "an event handler attribute"
    assert all(h.startswith("#") for h in page.hrefs)
    # Legend and the four field classes.
    for field in LIST_FIELDS:
        assert f'class="swatch hl-{field}">{FIELD_TITLES[field]}</span>' in out
        assert f".hl-{field}{{background:" in out
    # Headline, summary, per-field items, and the provenance.
    assert html.escape(summary.summary, quote=True) in out
    assert "Lena Ortiz" in out and "Samuel Reyes" in out and "Winnipeg" in out
    for value in ("local/smollm2", summary.meta.prompt_version if summary.meta else "", "2,345"):
        assert value in out
    assert "12.50 s" in out and "<th>attempts</th><td>2</td>" in out
    assert "flagged item" not in out  # nothing to flag here


def test_hostile_text_is_escaped_everywhere() -> None:
    summary, article = hostile_example()
    out = to_html(summary, article)
    page = Page(out)
    assert "script" not in page.tags and "img" not in page.tags
    assert "Clinics &lt;b&gt;funded&lt;/b&gt;" in out
    assert "<script" not in out.lower() and "<img" not in out.lower()
    assert out.count("&lt;script&gt;document.title=") >= 3  # article, headline, flagged mark
    assert "&lt;i&gt;smollm2&lt;/i&gt;" in out and "model said &lt;img src=x" in out
    check_highlights(page, summary, article)


def test_flagged_items_are_listed_and_marked() -> None:
    summary, article = hostile_example()
    out = to_html(summary, article)
    assert summary.actors[1].grounded is False and summary.meta is not None
    assert "✗ 1 flagged item(s)" in out
    assert '<li id="item-actors-1" class=flagged>' in out
    assert out.count('class="bad">not grounded</span>') == 2  # in the flagged list and the items
    # The flagged list repeats the grounding problems for that item.
    problem = next(w for w in summary.meta.warnings if "actors[1]:" in w)
    assert f'<li class="problem">{html.escape(problem, quote=True)}</li>' in out
    assert Page(out).anchored("actors")[1]["class"] == "hl-actors flagged"


def test_quote_not_in_the_text_gets_no_mark_and_no_link() -> None:
    summary, article = grounded_example()
    summary.actors[0].evidence.start = None
    summary.actors[0].evidence.end = None
    summary.actors[0].grounded = False
    out = to_html(summary, article)
    assert 'href="#ev-actors-0"' not in out and 'id="ev-actors-0"' not in out
    assert "(not found in the article)" in out
    # Spans that do not index this text (wrong article) are not trusted either.
    other = to_html(grounded_example()[0], "x" * len(article))
    assert "<mark" not in other and 'href="#ev-' not in other


def test_render_html_needs_the_article() -> None:
    summary, article = grounded_example()
    assert render(summary, "html", article) == to_html(summary, article)
    with pytest.raises(ValueError, match="needs the article text"):
        render(summary, "html")


# --- The page in a real browser -----------------------------------------------------------------


def chromium(page: Path, profile: Path, *args: str) -> str:
    """Load ``page`` in headless Chromium (isolated profile, no network services)."""
    result = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            *args,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@needs_chromium
def test_browser_shows_every_span_and_runs_no_script(tmp_path: Path) -> None:
    summary, article = hostile_example()
    path = tmp_path / "review.html"
    path.write_text(to_html(summary, article), encoding="utf-8")
    dom = chromium(path, tmp_path / "profile", "--dump-dom")
    page = Page(dom)
    assert page.marks, "the browser built no marks: is this the page?"
    check_highlights(page, summary, article)
    assert page.title == f"Review: {summary.headline}"  # document.title='pwned' never ran
    assert "pwned" not in page.ids  # no element created by the script
    assert "data-pwned" not in page.body_attrs  # the onerror handler never ran
    assert "script" not in page.tags and "img" not in page.tags


@needs_chromium
def test_browser_control_an_unescaped_page_does_run_the_script(tmp_path: Path) -> None:
    """The check above could pass because scripts never run here; this shows they do."""
    path = tmp_path / "unsafe.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>safe</title></head><body>{SCRIPT}</body>")
    page = Page(chromium(path, tmp_path / "profile", "--dump-dom"))
    assert page.title == "pwned" and "pwned" in page.ids
