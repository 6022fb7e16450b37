"""The HTML review page: the article with every evidence span highlighted by field, each
summary item linked to its span, flagged (ungrounded) items marked, all text escaped.

Self-contained (inline CSS, no JavaScript, nothing fetched), so it can be mailed or archived.
"""

from __future__ import annotations

import html

from summarizer.columns import COLUMNS, FIELD_TITLES, VERDICTS, cell_text, items_of
from summarizer.grounding import LIST_FIELDS
from summarizer.highlight import Span, highlight
from summarizer.schema import EventSummary, GroundedItem, Meta

# One colour per field, shared by the article's marks, the legend and the item lists.
COLOURS = {
    "locations": "#b3e5fc",
    "actors": "#ffe082",
    "commitments": "#c5e1a5",
    "expert_views": "#f8bbd0",
}
REVIEW_CSS = """
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;
background:#f6f7f9}
.page{max-width:1280px;margin:0 auto;padding:1.5em 2em 3em}
h1{font-size:1.6em;line-height:1.25;margin:.2em 0 .4em}
h2{font-size:1.15em;margin:1.2em 0 .5em}
h3{font-size:1em;margin:1em 0 .3em}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.75em;color:#57606a;margin:0}
.summary{font-size:1.05em;max-width:60em}
.columns{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,6fr);gap:2em;align-items:start}
.panel{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.5em 1.2em 1em;
margin-bottom:1.2em;overflow-wrap:anywhere}
.article{position:sticky;top:1em;max-height:calc(100vh - 2em);overflow:auto}
.text{white-space:pre-wrap;font:16px/1.7 Georgia,"Times New Roman",serif}
mark{padding:1px 1px;border-radius:2px;color:inherit}
mark:target{box-shadow:0 0 0 3px #0969da}
mark.flagged,.swatch.flagged{outline:2px dashed #cf222e;outline-offset:1px}
.legend{font-size:.85em;color:#57606a}
.swatch{display:inline-block;padding:0 .5em;margin-right:.6em;border-radius:3px;color:#1f2328}
ol.items{padding-left:1.6em;margin:.3em 0}
ol.items li{margin:.45em 0}
.attrs{color:#57606a}
a.ev{color:#0969da;text-decoration:none;border-bottom:1px solid #b6d3f5}
.offsets{color:#8c959f;font-size:.85em;font-variant-numeric:tabular-nums}
.verdict{display:inline-block;min-width:1.3em;font-weight:bold}
.ok{color:#1a7f37} .bad{color:#cf222e} .unchecked{color:#9a6700}
li.flagged{background:#fff0f0;border-left:3px solid #cf222e;padding-left:.4em}
.flagged-box{border-color:#cf222e;background:#fff8f8}
.flagged-box h2{color:#cf222e}
.problem{color:#82071e;font-size:.9em}
.none{color:#8c959f;font-style:italic;margin:.2em 0}
table.meta{border-collapse:collapse}
table.meta th,table.meta td{border:1px solid #d0d7de;padding:3px 10px;text-align:left}
table.meta th{background:#f6f8fa;font-weight:600}
@media (max-width:900px){.columns{grid-template-columns:1fr}
.article{position:static;max-height:none}}
""" + "".join(f".hl-{f}{{background:{c}}}\n" for f, c in COLOURS.items())


def _e(value: object) -> str:
    """Escape anything for HTML text or a quoted attribute."""
    return html.escape(str(value), quote=True)


def _anchor(field: str, index: int) -> str:
    return f"ev-{field}-{index}"


def _located(item: GroundedItem, article: str) -> bool:
    """Whether the item's span points at its own quote in ``article``.

    Checked rather than trusted, so a summary shown beside the wrong text marks nothing instead
    of marking the wrong words.
    """
    ev = item.evidence
    return ev.start is not None and ev.end is not None and article[ev.start : ev.end] == ev.quote


def _item_html(field: str, index: int, item: GroundedItem, article: str) -> str:
    """One item: verdict, name, other attributes, and its evidence linked to the article."""
    verdict = {True: ("ok", "grounded"), False: ("bad", "not grounded"), None: ("unchecked", "")}
    cls, word = verdict[item.grounded]
    name, *rest = COLUMNS[field]
    attrs = " · ".join(
        f"{attr.replace('_', ' ')}: {_e(cell_text(item, attr))}"
        for attr in rest
        if cell_text(item, attr)
    )
    quote = f"“{_e(item.evidence.quote)}”"
    if _located(item, article):
        ev = item.evidence
        evidence = (
            f'<a class="ev" href="#{_anchor(field, index)}">{quote}</a> '
            f'<span class="offsets">[{ev.start}, {ev.end})</span>'
        )
    else:
        evidence = f'{quote} <span class="problem">(not found in the article)</span>'
    label = f' <span class="bad">{word}</span>' if item.grounded is False else ""
    return (
        f'<span class="verdict {cls}" title="{word or "not checked"}">'
        f"{VERDICTS[item.grounded]}</span> <b>{_e(cell_text(item, name))}</b>{label} "
        f'<span class="attrs">{attrs}</span><br>{evidence}'
    )


def _problems(field: str, index: int, meta: Meta | None) -> list[str]:
    """The warnings that name ``field[index]`` (the pipeline writes them that way)."""
    tag = f"{field}[{index}]:"
    return [w for w in (meta.warnings if meta else []) if tag in w]


def _items_section(summary: EventSummary, article: str) -> str:
    parts = ["<h2>Items</h2>"]
    for field in LIST_FIELDS:
        items = items_of(summary, field)
        parts.append(
            f'<h3><span class="swatch hl-{field}">{FIELD_TITLES[field]}</span>{len(items)}</h3>'
        )
        if not items:
            parts.append('<p class="none">None in this summary.</p>')
            continue
        lis = "".join(
            f'<li id="item-{field}-{i}"{" class=flagged" if item.grounded is False else ""}>'
            f"{_item_html(field, i, item, article)}</li>"
            for i, item in enumerate(items)
        )
        parts.append(f'<ol class="items" start="0">{lis}</ol>')
    return f'<section class="items panel">{"".join(parts)}</section>'


def _flagged_section(summary: EventSummary, article: str) -> str:
    """Every item that failed the grounding checks, with the problems found, first on the page."""
    entries = []
    for field in LIST_FIELDS:
        for i, item in enumerate(items_of(summary, field)):
            if item.grounded is not False:
                continue
            problems = "".join(
                f'<li class="problem">{_e(p)}</li>' for p in _problems(field, i, summary.meta)
            )
            entries.append(
                f"<li>{_e(FIELD_TITLES[field])} #{i}: {_item_html(field, i, item, article)}"
                + (f"<ul>{problems}</ul>" if problems else "")
                + "</li>"
            )
    if not entries:
        return ""
    return (
        f'<section class="panel flagged-box"><h2>✗ {len(entries)} flagged item(s): not grounded '
        f"in the article, check before use</h2><ol>{''.join(entries)}</ol></section>"
    )


def article_section(summary: EventSummary, article: str) -> str:
    """The article panel: every located evidence span marked by field, with a legend."""
    spans = []
    for field in LIST_FIELDS:
        for i, item in enumerate(items_of(summary, field)):
            if not _located(item, article):
                continue
            ev = item.evidence
            flagged = item.grounded is False
            spans.append(
                Span(
                    ev.start or 0,
                    ev.end or 0,
                    f"hl-{field}" + (" flagged" if flagged else ""),
                    f"{FIELD_TITLES[field]} #{i}: {cell_text(item, COLUMNS[field][0])}"
                    + (" (NOT GROUNDED)" if flagged else ""),
                    _anchor(field, i),
                )
            )
    legend = (
        "".join(f'<span class="swatch hl-{f}">{FIELD_TITLES[f]}</span>' for f in LIST_FIELDS)
        + '<span class="swatch flagged">dashed: not grounded</span>'
    )
    return (
        f'<section class="article panel"><h2>Article</h2><p class="legend">{legend}</p>'
        f'<div class="text">{highlight(article, spans)}</div></section>'
    )


def _meta_section(meta: Meta | None) -> str:
    if meta is None:
        return (
            '<section class="panel"><h2>Provenance</h2><p class="none">Not recorded.</p></section>'
        )
    rows = [
        ("model", f"{meta.provider}/{meta.model}"),
        ("prompt version", meta.prompt_version),
        ("schema version", meta.schema_version),
        ("attempts", meta.attempts),
        ("tokens", f"{meta.input_tokens:,} in, {meta.output_tokens:,} out (all attempts)"),
        ("latency", f"{meta.latency_s:.2f} s"),
        ("cost", f"${meta.cost_usd:.4f}" if meta.cost_usd is not None else "unknown"),
    ]
    table = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    warnings = "".join(f"<li>{_e(w)}</li>" for w in meta.warnings)
    return (
        f'<section class="panel"><h2>Provenance</h2><table class="meta">{table}</table>'
        f"<h3>Warnings ({len(meta.warnings)})</h3>"
        + (f"<ul>{warnings}</ul>" if warnings else '<p class="none">None.</p>')
        + "</section>"
    )


def to_html(summary: EventSummary, article: str) -> str:
    """Render a self-contained review page: the article with every evidence span highlighted.

    The page has inline CSS only: no JavaScript and no external resources, so it can be mailed or
    attached as it is. Everything from the article and from the model (names, quotes, warnings)
    is HTML-escaped: the article is untrusted and may well contain ``<script>``.

    Args:
        summary: A grounded summary (its evidence spans index ``article``).
        article: The exact text the summary was made from.

    Returns:
        The HTML document. Each item links (``href="#ev-<field>-<index>"``) to its highlighted
        span, marked with the class ``hl-<field>``; items that failed the grounding checks are
        listed first, and outlined in the article. Provenance and warnings close the page.
    """
    when = summary.when.isoformat() if summary.when else "not given"
    return "\n".join(
        [
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Review: {_e(summary.headline)}</title><style>{REVIEW_CSS}</style>"
            '</head><body><div class="page">',
            f'<header><p class="kicker">Summary review</p><h1>{_e(summary.headline)}</h1>'
            f'<p class="summary">{_e(summary.summary)}</p><p><b>When:</b> {_e(when)}</p></header>',
            _flagged_section(summary, article),
            '<div class="columns">',
            _items_section(summary, article),
            article_section(summary, article),
            "</div>",
            _meta_section(summary.meta),
            "</div></body></html>\n",
        ]
    )
