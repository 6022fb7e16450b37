"""Configuration precedence (argument > environment > default) and fail-early checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import ConfigError
from summarizer.settings import Settings

KEY = "sk-test-DISTINCTIVE-0123456789"


def test_defaults() -> None:
    s = Settings.load(env={})
    assert (s.model, s.max_reasks, s.on_ungrounded, s.base_url) == ("local", 2, "flag", None)
    assert s.target().family == "local"
    assert Path(s.target().model).name == "SmolLM2-135M-Instruct.Q4_1.gguf"


def test_environment_beats_default_and_argument_beats_environment() -> None:
    env = {"SUMMARIZER_MAX_REASKS": "5", "SUMMARIZER_ON_UNGROUNDED": "drop"}
    assert Settings.load(env=env).max_reasks == 5
    assert Settings.load(env=env).on_ungrounded == "drop"
    assert Settings.load(env=env, max_reasks=1).max_reasks == 1
    assert Settings.load(env=env, max_reasks=None).max_reasks == 5  # None means 'not given'


def test_api_key_sources_in_order() -> None:
    env = {"OPENAI_API_KEY": "from-openai", "SUMMARIZER_API_KEY": "from-summarizer"}
    assert Settings.load(env=env).api_key == "from-summarizer"
    assert Settings.load(env={"OPENAI_API_KEY": "from-openai"}).api_key == "from-openai"
    assert Settings.load(env=env, api_key="flag").api_key == "flag"


def test_openai_base_url_only_for_openai_models() -> None:
    env = {"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "OPENAI_API_KEY": KEY}
    assert Settings.load(env=env, model="openai/gpt-4o-mini").base_url == "http://127.0.0.1:9/v1"
    assert Settings.load(env=env, model="vllm/m").target().base_url == "http://localhost:8000/v1"


@pytest.mark.parametrize(
    ("model", "base_url", "family", "mode", "name"),
    [
        ("openai/gpt-4o-mini", None, "openai", "tools", "gpt-4o-mini"),
        ("ollama/llama3.2", None, "ollama", "json_schema", "llama3.2"),
        ("vllm/Qwen/Qwen2.5-7B", None, "vllm", "json_schema", "Qwen/Qwen2.5-7B"),
        ("llamacpp/smollm2", None, "llamacpp", "json_object_schema", "smollm2"),
        ("my-model", "http://127.0.0.1:1/v1", "compatible", "json_schema", "my-model"),
    ],
)
def test_model_strings(model: str, base_url: str | None, family: str, mode: str, name: str) -> None:
    target = Settings.load(env={"OPENAI_API_KEY": KEY}, model=model, base_url=base_url).target()
    assert (target.family, target.mode, target.model) == (family, mode, name)


@pytest.mark.parametrize(
    ("overrides", "env", "fragment"),
    [
        ({"model": "openai/gpt-4o-mini"}, {}, "needs an API key: set OPENAI_API_KEY"),
        ({"model": "mystery/model"}, {}, "unknown model 'mystery/model'"),
        ({"model": "bare-name"}, {}, "unknown model 'bare-name'"),
        ({"model": "local:/nowhere/model.gguf"}, {}, "/nowhere/model.gguf does not exist"),
    ],
)
def test_bad_model_configuration_fails_before_any_request(
    overrides: dict[str, str], env: dict[str, str], fragment: str
) -> None:
    with pytest.raises(ConfigError, match=fragment.replace("(", r"\(")):
        Settings.load(env=env, **overrides).target()


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"SUMMARIZER_MAX_REASKS": "two"}, "SUMMARIZER_MAX_REASKS='two' is not a number"),
        ({"SUMMARIZER_ON_UNGROUNDED": "ignore"}, "on_ungrounded must be one of flag, drop, fail"),
        ({"SUMMARIZER_TIMEOUT": "0"}, "timeout_s must be positive"),
    ],
)
def test_bad_environment_values(env: dict[str, str], fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        Settings.load(env=env)


def test_unknown_setting() -> None:
    with pytest.raises(ConfigError, match="unknown setting"):
        Settings.load(env={}, temprature=0.5)


def test_key_never_in_repr_or_errors() -> None:
    s = Settings.load(env={"OPENAI_API_KEY": KEY}, model="openai/gpt-4o-mini")
    assert KEY not in repr(s) and KEY not in repr(s.target())
    with pytest.raises(ConfigError) as info:
        Settings.load(env={"OPENAI_API_KEY": KEY}, model="nope/x").target()
    assert KEY not in str(info.value)
