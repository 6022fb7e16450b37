"""The commands about this installation: ``version``, ``models``, ``doctor`` and ``prompts``."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from summarizer.cli.options import BaseUrlOption, ModelOption, PromptsOption, fail, load_settings
from summarizer.errors import ConfigError, InputError


def version(prompts: PromptsOption = None) -> None:
    """Print the package, prompt and schema versions."""
    from importlib.metadata import version as pkg_version

    from summarizer.assemble import rules_version
    from summarizer.guided import load_guided_prompt
    from summarizer.prompting import load_prompt, prompt_dir
    from summarizer.schema import SCHEMA_VERSION

    directory = prompt_dir(load_settings(prompts=prompts).prompts)
    try:
        single, guided = load_prompt(directory), load_guided_prompt(directory)
    except ConfigError as e:
        raise fail(e) from None
    typer.echo(
        f"summarizer {pkg_version('summarizer')} prompt {single.version} "
        f"guided-prompt {guided.version} {rules_version()} schema {SCHEMA_VERSION}"
    )


def models(model: ModelOption = None, base_url: BaseUrlOption = None) -> None:
    """Which backends can run here, and why not. Secrets are never shown."""
    from summarizer.availability import models_report, render_models

    Console().print(render_models(models_report(load_settings(model=model, base_url=base_url))))


def doctor(
    model: ModelOption = None, base_url: BaseUrlOption = None, prompts: PromptsOption = None
) -> None:
    """Check the install, the embedded model, the prompts and the configuration (exit 1 on a
    failed check). Secrets are never shown."""
    from summarizer.doctor import doctor_report, render_doctor

    checks = doctor_report(load_settings(model=model, base_url=base_url, prompts=prompts))
    Console().print(render_doctor(checks))
    if not all(check.ok for check in checks):
        raise typer.Exit(1)


def prompts(
    folder: Annotated[Path, typer.Argument(help="Where to write the copy (made if missing).")],
) -> None:
    """Copy the packaged prompt files into FOLDER, to tune them and use them with --prompts."""
    from summarizer.prompting import PROMPT_FILES, PROMPTS_DIR

    taken = [name for name in PROMPT_FILES if (folder / name).exists()]
    if taken:
        raise fail(InputError(f"{folder / taken[0]} already exists: give an empty folder"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name in PROMPT_FILES:
            shutil.copyfile(PROMPTS_DIR / name, folder / name)
    except OSError as e:
        raise fail(InputError(f"cannot write {e.filename}: {e.strerror}")) from None
    typer.echo(f"copied {len(PROMPT_FILES)} files to {folder}: use --prompts {folder}", err=True)
