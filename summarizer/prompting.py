"""Prompt files (``prompts/``) loaded, checked and rendered into chat messages.

The packaged files live at the top of the source tree and are copied into the package when a
wheel is built; a newsroom can point ``--prompts`` / ``SUMMARIZER_PROMPTS`` at its own copy.

The files are rendered with a sandboxed Jinja environment and ``StrictUndefined``, so a typo in a
template fails loudly at load time rather than sending the model a blank. The article is passed
as a value, never as template source, and is wrapped in delimiters; any delimiter-like tag inside
the article is neutralised so the article cannot close its own frame and speak as the prompt.

The prompt version is a content hash of every prompt file: change a word and every summary and
eval report made afterwards says so.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from summarizer.errors import ConfigError
from summarizer.schema import EventSummary


def _packaged() -> Path:
    inside = Path(__file__).parent / "prompts"  # a wheel: hatch force-includes them here
    return inside if inside.is_dir() else Path(__file__).resolve().parent.parent / "prompts"


PROMPTS_DIR = _packaged()
PROMPT_FILES = ("system.j2", "user.j2", "example.json", "guided.json")


def prompt_dir(setting: str | None) -> Path:
    """The prompt folder the ``prompts`` setting names, or the packaged one."""
    return Path(setting).expanduser() if setting else PROMPTS_DIR


OPEN, CLOSE = "<article>", "</article>"
_DELIMITER_LIKE = re.compile(r"<(\s*/?\s*article\b)", re.IGNORECASE)

Message = dict[str, str]


def neutralise(article: str) -> str:
    """Defuse anything in the article that looks like a delimiter (``<article>``, ``</ARTICLE >``).

    The ``<`` becomes a single angle quotation mark (U+2039): the text still reads the same
    to the model but cannot match.
    """
    return _DELIMITER_LIKE.sub(r"‹\1", article)


@dataclass(frozen=True)
class Prompt:
    """A loaded prompt set: rendered system text, few-shot turns, and the user template."""

    version: str
    system: str
    example_article: str
    example_answer: EventSummary
    _user: Any  # jinja2.Template; typed loosely because jinja2 ships no precise stubs for it
    _prefix: tuple[Message, ...]

    def user_message(self, article: str) -> Message:
        return _user_message(self._user, article)

    def messages(self, article: str) -> list[Message]:
        """The full conversation for one article: system, worked example, then the article."""
        return [*self._prefix, self.user_message(article)]


def _user_message(template: Any, article: str) -> Message:
    content = template.render(article=neutralise(article), open=OPEN, close=CLOSE)
    return {"role": "user", "content": content}


def _read(directory: Path, name: str) -> str:
    path = directory / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot read prompt file {path}: {e.strerror}") from e


@cache
def load_prompt(directory: Path = PROMPTS_DIR) -> Prompt:
    """Load ``system.j2``, ``user.j2`` and ``example.json`` from ``directory`` (cached)."""
    env = SandboxedEnvironment(undefined=StrictUndefined, keep_trailing_newline=False)
    names = PROMPT_FILES[:3]
    sources = {name: _read(directory, name) for name in names}
    try:
        system = env.from_string(sources["system.j2"]).render(open=OPEN, close=CLOSE).strip()
        user = env.from_string(sources["user.j2"])
        example = json.loads(sources["example.json"])
        answer = EventSummary.model_validate(example["answer"])
        example_article = str(example["article"])
    except (TemplateError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"invalid prompt files in {directory}: {e}".splitlines()[0]) from e
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode() + b"\0" + sources[name].encode() + b"\0")
    answer_json = json.dumps(example["answer"], ensure_ascii=False, separators=(",", ":"))
    prefix = (
        {"role": "system", "content": system},
        _user_message(user, example_article),
        {"role": "assistant", "content": answer_json},
    )
    return Prompt(digest.hexdigest()[:12], system, example_article, answer, user, prefix)
