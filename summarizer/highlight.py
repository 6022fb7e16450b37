"""Mark character spans of a text as HTML, for eval reports and article review pages.

Spans may overlap or nest. Marks are opened longest-first at each position and kept on a stack;
when a span ends while spans opened after it are still open, those are closed and reopened
right after, so the output is always properly nested HTML. A span cut this way becomes several
``<mark>`` elements with the same class and title; only the first carries its ``id``, because an
id must be unique in a page.

Newlines are left as they are: show the result in a container styled ``white-space: pre-wrap``.

This module imports nothing of the package, so the library core can use it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

__all__ = ["Span", "highlight"]


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` of the text to mark.

    Attributes:
        start: Offset of the first marked character.
        end: Offset just past the last marked character.
        css_class: Value of the mark's ``class`` attribute (several classes separated by spaces).
        title: Tooltip text; empty for none.
        anchor_id: ``id`` of the mark, so a page can link to it; None for none.
    """

    start: int
    end: int
    css_class: str
    title: str = ""
    anchor_id: str | None = None


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _open_tag(span: Span, first: bool) -> str:
    attrs = f' class="{_esc(span.css_class)}"'
    if span.title:
        attrs += f' title="{_esc(span.title)}"'
    if first and span.anchor_id is not None:
        attrs += f' id="{_esc(span.anchor_id)}"'
    return f"<mark{attrs}>"


def highlight(text: str, spans: list[Span]) -> str:
    """Return ``text`` HTML-escaped, with every valid span wrapped in ``<mark>`` elements.

    Args:
        text: The plain text the span offsets refer to.
        spans: Ranges to mark, in any order. Spans with ``start >= end`` or reaching outside
            ``text`` are skipped.

    Returns:
        Well-formed HTML: escaped text and properly nested ``<mark>`` elements. Every character of
        a kept span lies inside at least one mark carrying that span's class.
    """
    kept = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    # Outer spans (earlier start, then later end) open first so nesting needs no reopening.
    order = sorted(range(len(kept)), key=lambda i: (kept[i].start, -kept[i].end, i))
    starts: dict[int, list[int]] = {}
    for i in order:
        starts.setdefault(kept[i].start, []).append(i)
    cuts = sorted({0, len(text), *(s.start for s in kept), *(s.end for s in kept)})

    out: list[str] = []
    stack: list[int] = []
    for pos, nxt in zip(cuts, [*cuts[1:], len(text)], strict=True):
        ending = [k for k, i in enumerate(stack) if kept[i].end == pos]
        if ending:
            # Close down to the outermost span that ends here, then reopen the survivors.
            lowest = ending[0]
            closed = stack[lowest:]
            out.append("</mark>" * len(closed))
            del stack[lowest:]
            for i in closed:
                if kept[i].end != pos:
                    out.append(_open_tag(kept[i], first=False))
                    stack.append(i)
        for i in starts.get(pos, []):
            out.append(_open_tag(kept[i], first=True))
            stack.append(i)
        out.append(_esc(text[pos:nxt]))
    out.append("</mark>" * len(stack))
    return "".join(out)
