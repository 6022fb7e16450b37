"""highlight(): escaping, well-formed nesting of overlapping spans, and skipped bad spans."""

from __future__ import annotations

import html
import random
from html.parser import HTMLParser

import pytest

from summarizer.highlight import Span, highlight


class MarkChecker(HTMLParser):
    """Rebuilds the text and records which mark classes cover each character.

    Fails on any tag other than ``mark`` and on unbalanced or mis-nested tags.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict[str, str | None]] = []
        self.text = ""
        self.cover: list[set[str]] = []
        self.marks: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag == "mark", f"unexpected tag <{tag}>"
        self.stack.append(dict(attrs))
        self.marks.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        assert tag == "mark", f"unexpected end tag </{tag}>"
        assert self.stack, "end tag without a start tag"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        classes = {c for attrs in self.stack for c in (attrs.get("class") or "").split()}
        self.text += data
        self.cover.extend(set(classes) for _ in data)


def check(text: str, spans: list[Span]) -> MarkChecker:
    out = highlight(text, spans)
    parser = MarkChecker()
    parser.feed(out)
    parser.close()
    assert parser.stack == [], "unclosed <mark>"
    assert parser.text == text
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    for span in valid:
        for pos in range(span.start, span.end):
            assert span.css_class in parser.cover[pos], (span, pos)
    for pos in range(len(text)):
        if not any(s.start <= pos < s.end for s in valid):
            assert parser.cover[pos] == set(), pos
    return parser


def test_no_spans_is_escaped_text() -> None:
    text = "a < b & \"c\" > 'd'"
    assert highlight(text, []) == html.escape(text, quote=True)


def test_script_in_text_is_only_escaped() -> None:
    text = "Intro <script>alert(1)</script> outro"
    start = text.index("<script>")
    end = start + len("<script>alert(1)</script>")
    out = highlight(text, [Span(start, end, "hl", title="<script>")])
    assert "<script" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    check(text, [Span(start, end, "hl"), Span(start + 3, end + 3, "other")])


def test_attributes_are_escaped() -> None:
    out = highlight("abc", [Span(0, 3, 'x" onclick="y', title='"><b>', anchor_id="a\"'b")])
    assert out == (
        '<mark class="x&quot; onclick=&quot;y" title="&quot;&gt;&lt;b&gt;" id="a&quot;&#x27;b">'
        "abc</mark>"
    )


def test_single_span() -> None:
    out = highlight("Paris, France", [Span(0, 5, "loc", title="city", anchor_id="l0")])
    assert out == '<mark class="loc" title="city" id="l0">Paris</mark>, France'


@pytest.mark.parametrize(
    "spans",
    [
        [Span(0, 6, "a"), Span(3, 9, "b")],  # overlapping
        [Span(3, 9, "b"), Span(0, 6, "a")],  # same, given in the other order
        [Span(0, 10, "outer"), Span(2, 5, "inner")],  # nested
        [Span(2, 5, "inner"), Span(0, 10, "outer")],
        [Span(0, 4, "a"), Span(0, 8, "b")],  # same start
        [Span(2, 8, "a"), Span(5, 8, "b")],  # same end
        [Span(1, 5, "a"), Span(1, 5, "b")],  # identical ranges
        [Span(0, 3, "a"), Span(3, 6, "b")],  # touching
        [Span(0, 6, "a"), Span(2, 8, "b"), Span(4, 10, "c"), Span(1, 9, "d")],  # chains
    ],
)
def test_overlapping_and_nested_spans_are_well_formed(spans: list[Span]) -> None:
    check("0123456789ab", spans)


def test_nested_span_is_not_split() -> None:
    out = highlight("0123456789", [Span(0, 10, "outer"), Span(2, 5, "inner")])
    assert out == '<mark class="outer">01<mark class="inner">234</mark>56789</mark>'


def test_crossing_span_is_reopened_without_duplicate_id() -> None:
    spans = [Span(0, 6, "a", anchor_id="A"), Span(3, 9, "b", anchor_id="B")]
    parser = check("0123456789", spans)
    assert highlight("0123456789", spans) == (
        '<mark class="a" id="A">012<mark class="b" id="B">345</mark></mark>'
        '<mark class="b">678</mark>9'
    )
    assert sorted(str(m["id"]) for m in parser.marks if "id" in m) == ["A", "B"]


def test_out_of_range_and_empty_spans_are_skipped() -> None:
    text = "hello <world>"
    spans = [Span(-1, 3, "neg"), Span(5, 100, "long"), Span(4, 4, "empty"), Span(6, 2, "back")]
    assert highlight(text, spans) == html.escape(text, quote=True)
    out = highlight(text, [*spans, Span(0, 5, "ok")])
    assert out == '<mark class="ok">hello</mark> &lt;world&gt;'


def test_span_over_whole_text_and_empty_text() -> None:
    assert highlight("", [Span(0, 1, "x")]) == ""
    assert highlight("ab", [Span(0, 2, "x")]) == '<mark class="x">ab</mark>'


def test_newlines_are_kept() -> None:
    out = highlight("one\ntwo", [Span(2, 5, "x")])
    assert out == 'on<mark class="x">e\nt</mark>wo'


def test_random_spans_are_well_formed() -> None:
    rng = random.Random(1234)
    text = "<a href='x'>R&D</a>\n" * 3
    for _ in range(300):
        spans = []
        for k in range(rng.randint(1, 6)):
            a, b = rng.randint(-2, len(text) + 2), rng.randint(-2, len(text) + 2)
            spans.append(Span(a, b, f"c{k}", title=f"t{k}", anchor_id=f"i{k}"))
        parser = check(text, spans)
        ids = [m["id"] for m in parser.marks if "id" in m]
        assert len(ids) == len(set(ids)) == sum(0 <= s.start < s.end <= len(text) for s in spans)
