"""The run log: every summary, with the article and everything that made it, in SQLite.

One row per summary in the table ``summaries``: the article and its SHA-256, the summary's JSON,
model, provider, strategy, prompt and schema versions, the ungrounded policy and re-asks, tokens,
attempts, latency, warnings, the time and where the article came from. Full-text search (FTS5)
covers the headline, the summary, every item's name and the article.

The database is opened afresh for each write, in WAL mode with a busy timeout, so the workers of
a batch, or several processes, can write at once. Nothing here decides whether to log: the
pipeline does, and turns a failed write into one warning line, never a lost summary.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from summarizer.errors import InputError
from summarizer.schema import EventSummary

TABLE = "summaries"
SEARCHED = ("headline", "summary", "names", "article")
_BUSY_TIMEOUT_S = 30.0
_COLUMNS = {
    "id": "INTEGER PRIMARY KEY",
    "created_at": "TEXT NOT NULL",
    "source": "TEXT",
    "article_sha256": "TEXT NOT NULL",
    "model": "TEXT NOT NULL",
    "provider": "TEXT NOT NULL",
    "strategy": "TEXT",
    "prompt_version": "TEXT NOT NULL",
    "schema_version": "TEXT NOT NULL",
    "policy": "TEXT NOT NULL",
    "max_reasks": "INTEGER NOT NULL",
    "input_tokens": "INTEGER NOT NULL",
    "output_tokens": "INTEGER NOT NULL",
    "attempts": "INTEGER NOT NULL",
    "latency_s": "REAL NOT NULL",
    "warnings": "TEXT NOT NULL",
    "headline": "TEXT NOT NULL",
    "summary": "TEXT NOT NULL",
    "names": "TEXT NOT NULL",
    "summary_json": "TEXT NOT NULL",
    "article": "TEXT NOT NULL",
}


def _schema() -> str:
    """The table, its FTS5 index (in the form sqlite-utils' ``search`` finds) and the triggers
    that keep the index current, made at once under one write lock: the first writers of a new
    log may be many, and each of these statements is a no-op where it was made before."""
    fts, cols = f"{TABLE}_fts", ", ".join(f"[{c}]" for c in SEARCHED)
    new = ", ".join(f"new.[{c}]" for c in SEARCHED)
    old = ", ".join(f"old.[{c}]" for c in SEARCHED)
    table = ",\n".join(f"  [{name}] {kind}" for name, kind in _COLUMNS.items())
    return f"""
BEGIN IMMEDIATE;
CREATE TABLE IF NOT EXISTS [{TABLE}] (\n{table}\n);
CREATE INDEX IF NOT EXISTS [{TABLE}_created_at] ON [{TABLE}] ([created_at]);
CREATE VIRTUAL TABLE IF NOT EXISTS [{fts}] USING FTS5 ({cols}, content=[{TABLE}]);
CREATE TRIGGER IF NOT EXISTS [{TABLE}_ai] AFTER INSERT ON [{TABLE}] BEGIN
  INSERT INTO [{fts}] (rowid, {cols}) VALUES (new.rowid, {new});
END;
CREATE TRIGGER IF NOT EXISTS [{TABLE}_ad] AFTER DELETE ON [{TABLE}] BEGIN
  INSERT INTO [{fts}] ([{fts}], rowid, {cols}) VALUES ('delete', old.rowid, {old});
END;
COMMIT;
"""


@dataclass(frozen=True)
class Entry:
    """One logged summary."""

    id: int
    created_at: str
    source: str | None
    model: str
    strategy: str | None
    prompt_version: str
    article: str
    summary: EventSummary
    policy: str
    warnings: list[str]

    @property
    def flagged(self) -> int:
        """How many items were left ungrounded."""
        return sum(item.grounded is False for item in self.summary.items())


@contextmanager
def _open(path: Path) -> Iterator[sqlite_utils.Database]:
    conn = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_S)
    try:
        yield sqlite_utils.Database(conn, execute_plugins=False)
    finally:
        conn.close()


def record(
    path: Path,
    summary: EventSummary,
    article: str,
    *,
    model: str,
    source: str | None,
    policy: str,
    max_reasks: int,
) -> int:
    """Add one summary to the log at ``path`` (created if missing); its id. ``model`` is the
    model as ``--model`` names it (``local``, ``openai/gpt-4o-mini``).

    Raises:
        sqlite3.Error, OSError: the log cannot be written.
    """
    meta = summary.meta
    assert meta is not None, "only a finished summary is logged"
    names = [
        *(x.name for x in summary.locations),
        *(x.name for x in summary.actors),
        *(x.actor for x in summary.commitments),
        *(x.expert for x in summary.expert_views if x.expert),
    ]
    row: dict[str, Any] = {
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "source": source,
        "article_sha256": hashlib.sha256(article.encode("utf-8")).hexdigest(),
        "model": model,
        "provider": meta.provider,
        "strategy": meta.strategy,
        "prompt_version": meta.prompt_version,
        "schema_version": meta.schema_version,
        "policy": policy,
        "max_reasks": max_reasks,
        "input_tokens": meta.input_tokens,
        "output_tokens": meta.output_tokens,
        "attempts": meta.attempts,
        "latency_s": meta.latency_s,
        "warnings": json.dumps(meta.warnings, ensure_ascii=False),
        "headline": summary.headline,
        "summary": summary.summary,
        "names": " · ".join(dict.fromkeys(names)),
        "summary_json": summary.model_dump_json(),
        "article": article,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with _open(path) as db:
        if not db.table(TABLE).exists():
            db.enable_wal()  # kept in the file: set once, with the schema
            db.conn.executescript(_schema())
        return _insert(db, TABLE, row)


def _insert(db: sqlite_utils.Database, name: str, row: dict[str, Any], **options: Any) -> int:
    """Insert ``row`` into table ``name`` (made as needed, with ``options``); its id.

    The write lock is taken first, waiting for it up to the busy timeout: a transaction that
    reads, then writes, fails at once when another writer got in between.
    """
    table = db.table(name)
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        table.insert(row, **options)
        db.conn.commit()
    except BaseException:
        db.conn.rollback()
        raise
    assert table.last_rowid is not None
    return table.last_rowid


def _entry(row: dict[str, Any]) -> Entry:
    return Entry(
        id=row["id"],
        created_at=row["created_at"],
        source=row["source"],
        model=row["model"],
        strategy=row["strategy"],
        prompt_version=row["prompt_version"],
        article=row["article"],
        summary=EventSummary.model_validate_json(row["summary_json"]),
        policy=row["policy"],
        warnings=json.loads(row["warnings"]),
    )


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise InputError(f"no run log at {path}: summarise an article first (logging is on)")
    return path


def recent(
    path: Path, *, limit: int = 20, model: str | None = None, since: str | None = None
) -> list[Entry]:
    """The newest entries first; ``model`` keeps one model (as ``--model`` names it) or one
    provider (``openai``), ``since`` those from an ISO date or time on (UTC)."""
    where, args = ["1 = 1"], []
    if model:
        where.append("(model = ? or provider = ?)")
        args += [model, model]
    if since:
        where.append("created_at >= ?")
        args.append(since)
    with _open(_existing(path)) as db:
        rows = db.table(TABLE).rows_where(
            " and ".join(where), args, order_by="id desc", limit=limit
        )
        return [_entry(r) for r in rows]


def count(path: Path) -> int:
    """How many summaries the log holds."""
    with _open(_existing(path)) as db:
        return db.table(TABLE).count if db.table(TABLE).exists() else 0


def get(path: Path, entry_id: int) -> Entry:
    """One entry by id, or an :class:`InputError` naming it."""
    with _open(_existing(path)) as db:
        rows = list(db.table(TABLE).rows_where("id = ?", [entry_id]))
    if not rows:
        raise InputError(f"no summary {entry_id} in the run log at {path}: see summarizer logs")
    return _entry(rows[0])


def search(path: Path, query: str, *, limit: int = 20) -> list[Entry]:
    """Entries whose headline, summary, names or article hold every word of ``query``, best
    match first (FTS5 rank). The words are searched as words: no FTS syntax is interpreted."""
    with _open(_existing(path)) as db:
        rows = db.table(TABLE).search(query, limit=limit, quote=True)
        return [_entry(r) for r in rows]


# --- Corrections ---------------------------------------------------------------------------------

CORRECTIONS = "corrections"


@dataclass(frozen=True)
class Correction:
    """An editor's corrected summary of a logged one, kept beside it (never over it)."""

    id: int
    summary_id: int
    editor: str
    created_at: str
    summary: EventSummary
    decisions: dict[str, str]  # "actors#2" -> accepted, rejected, edited or added


def correct(
    path: Path, summary_id: int, corrected: EventSummary, *, editor: str, decisions: dict[str, str]
) -> int:
    """Store an editor's correction of summary ``summary_id``; its id."""
    get(path, summary_id)  # an InputError naming it if there is no such summary
    row = {
        "summary_id": summary_id,
        "editor": editor,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "summary_json": corrected.model_dump_json(),
        "decisions": json.dumps(decisions, ensure_ascii=False),
    }
    with _open(path) as db:
        return _insert(db, CORRECTIONS, row, pk="id", foreign_keys=[("summary_id", TABLE, "id")])


def corrections(path: Path, summary_id: int | None = None) -> list[Correction]:
    """Every correction (of one summary, if given), oldest first."""
    with _open(_existing(path)) as db:
        table = db.table(CORRECTIONS)
        if not table.exists():
            return []
        where, args = ("summary_id = ?", [summary_id]) if summary_id is not None else (None, [])
        return [
            Correction(
                id=r["id"],
                summary_id=r["summary_id"],
                editor=r["editor"],
                created_at=r["created_at"],
                summary=EventSummary.model_validate_json(r["summary_json"]),
                decisions=json.loads(r["decisions"]),
            )
            for r in table.rows_where(where, args, order_by="id")
        ]
