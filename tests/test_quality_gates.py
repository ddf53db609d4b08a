"""The house-style gates run in every test run (and so in CI): ``mypy --strict`` over the library
and its tests, and ``ruff check`` over library, tests and benchmarks. Both write their caches
outside the tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=900, env={"PATH": str(Path(sys.executable).parent),
                                            "HOME": str(tmp_path), "RUFF_CACHE_DIR": str(tmp_path / "ruff")})


@pytest.mark.parametrize(
    ("tool", "args"),
    [
        # strict and the other settings from pyproject.toml; the paths replace its ``packages``
        ("mypy", ["mypy", "--cache-dir", "{tmp}/mypy", "govrag", "tests"]),
        ("ruff", ["ruff", "check", "--no-cache", "govrag", "tests", "benchmarks"]),
    ],
)
def test_gate_is_clean(tool: str, args: list[str], tmp_path: Path) -> None:
    run = _run([a.replace("{tmp}", str(tmp_path)) for a in args], tmp_path)
    # a missing tool fails here too ("No module named ..."): both are dev dependencies
    assert run.returncode == 0, f"{tool} failed:\n{run.stdout[-4000:]}{run.stderr[-2000:]}"
