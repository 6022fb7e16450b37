"""Every error the package raises, rooted at one class so callers can catch them all.

    SummarizerError
    ├── ConfigError              the settings are wrong; names the flag or env var to fix
    ├── InputError               the article cannot be summarised as given (empty, binary, too long)
    ├── ProviderError            the model backend failed after transport retries (original=...)
    ├── SummaryValidationError   the model never produced a valid answer (attempts=, last_raw=)
    │   └── GroundingError       ...or its answer cited text that is not in the article
    └── FixtureError             an eval fixture or baseline file is malformed (path=, field=)

Messages are one line, say what is wrong and how to fix it, and never contain secrets.
"""

from __future__ import annotations

from pathlib import Path


class SummarizerError(Exception):
    """Root of every error raised by summarizer."""


class ConfigError(SummarizerError):
    """The configuration is invalid or incomplete; ``setting`` names the flag or env var."""

    def __init__(self, message: str, *, setting: str | None = None) -> None:
        super().__init__(message)
        self.setting = setting


class InputError(SummarizerError):
    """The article text cannot be used as given."""


class ProviderError(SummarizerError):
    """The model backend failed after all transport retries; ``original`` is the last cause."""

    def __init__(self, message: str, *, original: BaseException | None = None) -> None:
        super().__init__(message)
        self.original = original


class SummaryValidationError(SummarizerError):
    """The model's answer never passed validation within the allowed attempts."""

    def __init__(self, message: str, *, attempts: int, last_raw: str | None = None) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.last_raw = last_raw


class GroundingError(SummaryValidationError):
    """Items still failed the grounding checks when the ``fail`` policy was in force."""

    def __init__(
        self, message: str, *, attempts: int, problems: list[str], last_raw: str | None = None
    ) -> None:
        super().__init__(message, attempts=attempts, last_raw=last_raw)
        self.problems = problems


class FixtureError(SummarizerError):
    """An eval fixture, baseline or recording file is malformed; names the file and field."""

    def __init__(self, message: str, *, path: Path, field: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.field = field
