"""The review app (``summarizer review``): the run log's summaries in the browser, where an
editor accepts, rejects, edits and adds items, and each save is a correction kept beside the
original (``runlog.correct``).

A Starlette app of plain HTML forms and one small inline script (it turns the text selected in
the article into the span of an added item). It serves on 127.0.0.1 unless told otherwise,
fetches nothing, never serves the database file, escapes every article and model text (Jinja2
autoescaping, and a Content-Security-Policy that runs no script but its own), and refuses any
POST without the token it put in its own forms.
"""

from __future__ import annotations

import hmac
import secrets
import socket
from pathlib import Path
from typing import Any

import uvicorn
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from summarizer import runlog
from summarizer.columns import FIELD_TITLES
from summarizer.errors import InputError, SummarizerError
from summarizer.grounding import LIST_FIELDS
from summarizer.review import REVIEW_CSS, article_section
from summarizer.schema import EventSummary

TEMPLATES = Path(__file__).parent / "review_templates"
# The choices a field offers, from the schema itself.
CHOICES = {
    ("locations", "kind"): ["city", "country", "region", "venue", "other"],
    ("locations", "role"): ["event", "mentioned"],
    ("actors", "kind"): ["person", "organization", "country", "group"],
    ("commitments", "status"): ["announced", "pledged", "delivered", "proposed", "reaffirmed"],
}
# The attributes an editor may change, per field (evidence stays where the text put it).
EDITABLE = {
    "locations": ("name", "kind", "role"),
    "actors": ("name", "kind", "title_or_role", "affiliation"),
    "commitments": ("actor", "action", "amount", "recipient", "timeframe", "status"),
    "expert_views": ("expert", "affiliation", "view", "quote"),
}


def _offset(text: str, utf16: int) -> int:
    """A browser's offset (UTF-16 code units) as a Python string index."""
    return len(text.encode("utf-16-le")[: 2 * utf16].decode("utf-16-le", errors="ignore"))


def _text(raw: object) -> str | None:
    """A form value as the schema wants it: whitespace collapsed, blank optional text None."""
    return " ".join(str(raw).split()) or None


def _amount(form: Any, prefix: str) -> dict[str, Any] | None:
    text = _text(form.get(f"{prefix}.amount_text", ""))
    if not text:
        return None
    value = str(form.get(f"{prefix}.amount_value", "")).replace(",", "").strip()
    currency = str(form.get(f"{prefix}.currency", "")).strip().upper() or None
    return {"text": text, "value": float(value) if value else 0.0, "currency": currency}


def _edited(field: str, item: dict[str, Any], form: Any, prefix: str) -> dict[str, Any]:
    for attr in EDITABLE[field]:
        if attr == "amount":
            item["amount"] = _amount(form, prefix)
        elif f"{prefix}.{attr}" in form:
            item[attr] = _text(form[f"{prefix}.{attr}"])
    return item


def corrected(base: EventSummary, article: str, form: Any) -> tuple[EventSummary, dict[str, str]]:
    """The summary the form asks for, and what was decided of each item.

    Raises:
        ValueError: a value the schema refuses (a name left empty, an amount that is no
            number), or an added item whose span is not in the article.
    """
    data = base.model_dump(mode="json", exclude={"meta"})
    decisions: dict[str, str] = {}
    for name in ("headline", "summary"):
        data[name] = _text(form.get(name, data[name])) or ""
    data["when"] = str(form.get("when", "")).strip() or None
    for field in LIST_FIELDS:
        kept = []
        for i, item in enumerate(data[field]):
            prefix, key = f"{field}.{i}", f"{field}#{i}"
            if form.get(f"{prefix}.decision") == "reject":
                decisions[key] = "rejected"
                continue
            before = dict(item)
            item = _edited(field, item, form, prefix)
            decisions[key] = "edited" if item != before else "accepted"
            kept.append(item)
        data[field] = kept
    new_field = str(form.get("new.field", ""))
    if new_field in LIST_FIELDS:
        start16, end16 = int(form.get("new.start", -1)), int(form.get("new.end", -1))
        start, end = _offset(article, start16), _offset(article, end16)
        if not 0 <= start < end <= len(article):
            raise ValueError("select the passage of the article the new item comes from")
        # Every attribute the field has starts empty; the form fills in what the editor typed.
        item = dict.fromkeys(EDITABLE[new_field])
        item["evidence"] = {"quote": article[start:end], "start": start, "end": end}
        item["grounded"] = True
        item = _edited(new_field, item, form, "new")
        decisions[f"{new_field}#{len(data[new_field])}"] = "added"
        data[new_field].append(item)
    try:
        return EventSummary.model_validate(data), decisions
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValueError(f"{where}: {first['msg']}") from None


class ReviewApp:
    """The app's state: the log it reads and writes, its templates and its form token."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.token = secrets.token_urlsafe(32)
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"])
        )

    def page(self, name: str, status: int = 200, **values: Any) -> HTMLResponse:
        nonce = secrets.token_urlsafe(16)
        html = self.env.get_template(name).render(
            css=REVIEW_CSS, csrf=self.token, nonce=nonce, **values
        )
        policy = (
            "default-src 'none'; style-src 'unsafe-inline'; "
            f"script-src 'nonce-{nonce}'; form-action 'self'; base-uri 'none'"
        )
        headers = {"Content-Security-Policy": policy, "X-Content-Type-Options": "nosniff"}
        return HTMLResponse(html, status_code=status, headers=headers)

    async def index(self, request: Request) -> Response:
        query = request.query_params.get("q", "").strip()
        model = request.query_params.get("model", "").strip() or None
        try:
            if query:
                entries = runlog.search(self.db, query, limit=200)
            else:
                entries = runlog.recent(self.db, limit=200, model=model)
        except SummarizerError as e:
            return self.page("error.html", 404, message=str(e))
        entries.sort(key=lambda e: (e.flagged == 0, -e.id))  # flagged items first
        done = {c.summary_id for c in runlog.corrections(self.db)}
        return self.page("index.html", entries=entries, corrected=done, q=query, model=model)

    async def summary(self, request: Request) -> Response:
        entry_id = int(request.path_params["entry_id"])
        try:
            entry = runlog.get(self.db, entry_id)
        except SummarizerError as e:
            return self.page("error.html", 404, message=str(e))
        return self._summary_page(request, entry)

    def _current(self, entry: runlog.Entry) -> tuple[list[runlog.Correction], EventSummary]:
        """The corrections of ``entry`` so far, and the summary they leave (the latest)."""
        history = runlog.corrections(self.db, entry.id)
        return history, history[-1].summary if history else entry.summary

    def _summary_page(
        self, request: Request, entry: runlog.Entry, error: str | None = None
    ) -> HTMLResponse:
        history, current = self._current(entry)
        return self.page(
            "summary.html",
            400 if error else 200,
            entry=entry,
            summary=current,
            history=history,
            article_html=article_section(current, entry.article),
            fields=LIST_FIELDS,
            titles=FIELD_TITLES,
            editable=EDITABLE,
            choices=CHOICES,
            editor=request.cookies.get("editor", ""),
            saved=request.query_params.get("saved"),
            error=error,
        )

    async def save(self, request: Request) -> Response:
        form = await request.form()
        if not hmac.compare_digest(str(form.get("csrf", "")), self.token):
            return self.page("error.html", 403, message="this form is stale: reload the page")
        entry_id = int(request.path_params["entry_id"])
        try:
            entry = runlog.get(self.db, entry_id)
        except SummarizerError as e:
            return self.page("error.html", 404, message=str(e))
        editor = " ".join(str(form.get("editor", "")).split())
        if not editor:
            return self._summary_page(request, entry, "type your name before saving")
        _, base = self._current(entry)
        try:
            summary, decisions = corrected(base, entry.article, form)
        except ValueError as e:
            return self._summary_page(request, entry, str(e))
        runlog.correct(self.db, entry.id, summary, editor=editor, decisions=decisions)
        response = RedirectResponse(f"/s/{entry.id}?saved=1", status_code=303)
        response.set_cookie("editor", editor, httponly=True, samesite="strict")
        return response


def create_app(db: Path) -> Starlette:
    """The review app over the run log at ``db``."""
    app = ReviewApp(db)
    return Starlette(
        routes=[
            Route("/", app.index),
            Route("/s/{entry_id:int}", app.summary, methods=["GET"]),
            Route("/s/{entry_id:int}", app.save, methods=["POST"]),
        ]
    )


LOOPBACK = "127.0.0.1"


def bind(host: str, port: int) -> socket.socket:
    """A listening socket for the app (port 0: any free one), or an ``InputError`` naming why."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        raise InputError(
            f"cannot listen on {host}:{port} ({e.strerror}): give another --port"
        ) from None
    sock.listen(64)
    return sock


def server(db: Path) -> uvicorn.Server:
    """The app on uvicorn; ``run(sockets=[bind(...)])`` serves it until interrupted or until
    ``should_exit`` is set."""
    return uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning", access_log=False))
