"""The built wheel works on its own: the prompts ship inside it, the example is summarised from
it, and a newsroom's own copy of the prompts is used when given.

The wheel is built from this tree and installed, without its dependencies, into a fresh venv
whose only other path is the test venv's site-packages (for the dependencies, not its editable
``summarizer``); commands run outside the source tree, so nothing can fall back on it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from summarizer.prompting import load_prompt
from tests.conftest import SEED

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a fresh venv holding the wheel built from this tree."""
    tmp = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", tmp / "dist", ROOT],
        check=True,
        cwd=tmp,
    )
    [wheel] = (tmp / "dist").glob("summarizer-*.whl")
    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # A path line only: the test venv's own .pth files (its editable summarizer) are not read.
    Path(site, "deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    subprocess.run([*pip, "--python", python, "install", "--no-deps", wheel], check=True)
    return env_dir / "bin"


def run(
    bin_dir: Path, *args: str | Path, cwd: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "PYTHON"))}
    clean["SUMMARIZER_LOG_DB"] = str(cwd / "runs.db")  # the run log, never the user's own
    return subprocess.run(
        [bin_dir / args[0], *args[1:]],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**clean, **env},
        timeout=120,
        check=False,
    )


def test_the_wheel_carries_the_prompts_and_summarises_the_example(
    installed: Path, tmp_path: Path
) -> None:
    where = run(
        installed,
        "python",
        "-c",
        "import summarizer.prompting as p; print(p.__file__); print(p.PROMPTS_DIR)",
        cwd=tmp_path,
    )
    module, prompts = where.stdout.split()
    assert Path(module).is_relative_to(installed.parent), "the editable install was imported"
    assert Path(prompts) == Path(module).parent / "prompts"

    version = run(installed, "summarizer", "version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert f"prompt {load_prompt().version} " in version.stdout

    done = run(installed, "summarizer", "summarize", SEED, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["actors"][0]["name"] == "Mark Carney"
    assert summary["meta"]["prompt_version"].startswith("rules-")


def test_a_newsrooms_own_prompts_are_used_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    mine = tmp_path / "our-prompts"
    copied = run(installed, "summarizer", "prompts", mine, cwd=tmp_path)
    assert copied.returncode == 0, copied.stderr
    assert sorted(p.name for p in mine.iterdir()) == sorted(
        p.name for p in (ROOT / "prompts").iterdir()
    )
    again = run(installed, "summarizer", "prompts", mine, cwd=tmp_path)
    assert again.returncode == 2 and again.stderr.count("\n") == 1
    assert "already exists" in again.stderr

    with (mine / "system.j2").open("a", encoding="utf-8") as f:
        f.write("- Spell out every acronym once.\n")
    packaged = load_prompt().version
    by_flag = run(installed, "summarizer", "version", "--prompts", mine, cwd=tmp_path)
    by_env = run(installed, "summarizer", "version", cwd=tmp_path, SUMMARIZER_PROMPTS=str(mine))
    assert by_flag.returncode == by_env.returncode == 0
    assert by_flag.stdout == by_env.stdout and f"prompt {packaged} " not in by_flag.stdout

    missing = run(
        installed, "summarizer", "summarize", SEED, "--prompts", tmp_path / "none", cwd=tmp_path
    )
    assert missing.returncode == 2 and missing.stdout == ""
    assert missing.stderr.startswith("error: prompt folder") and missing.stderr.count("\n") == 1
