"""Layout contracts (issue 11 §3), checked in every test run with import-linter.

The command line is a leaf (nothing outside ``govrag.cli`` imports it) and no two sibling
packages or modules import each other, even through a function-level import.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe, "import-linter is a dev dependency: pip install -e '.[dev]'"
    run = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def test_no_root_level_modules_but_the_core_few() -> None:
    """The package root shows the architecture: packages, plus errors, plugins and three helpers."""
    loose = sorted(p.name for p in (ROOT / "govrag").glob("*.py"))
    assert loose == ["__init__.py", "__main__.py", "_jsonable.py", "_lazy.py", "_packaged.py", "errors.py",
                     "plugins.py"]


def test_every_error_class_lives_in_errors_py() -> None:
    import ast

    stray = []
    for path in (ROOT / "govrag").rglob("*.py"):
        if path.name == "errors.py" or "testing" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                getattr(b, "id", getattr(b, "attr", "")).endswith(("Error", "Exception", "Blocked",
                                                                  "Violation", "Filtered", "Unverified"))
                or getattr(b, "id", "") in {"IndexLocked", "IndexIncomplete", "CollectionMissing"}
                for b in node.bases
            ):
                stray.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert stray == []


def test_one_numeral_class_and_one_era_list() -> None:
    """Issue 11 §2: numerals and eras are spelled once, in govrag.text (numerals.py, eras.py)."""
    import re

    spelled = re.compile(r"一二三四五六七八九|〇一二三|明治\|大正\|昭和")
    copies = [
        f"{path.relative_to(ROOT)}:{no}"
        for path in (ROOT / "govrag").rglob("*.py")
        if path.name not in {"numerals.py", "eras.py"} or path.parent.name != "text"
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if spelled.search(line)
    ]
    assert copies == []


def test_one_law_id_shape() -> None:
    """Issue 11 §2: the e-Gov law-id shape is spelled once (corpus/ids.py ``LAW_ID_PATTERN``);
    revision-id and URL patterns elsewhere build on it."""
    import re

    # a 12- or 15-character run of letters/digits, or the era+year head of a law id
    spelled = re.compile(r"\]\{1[25]\}|\[1-5\]\[0-9\]|\[1-5\]\\d")
    copies = [
        f"{path.relative_to(ROOT)}:{no}"
        for path in (ROOT / "govrag").rglob("*.py")
        if path.relative_to(ROOT).as_posix() != "govrag/corpus/ids.py"
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if spelled.search(line)
    ]
    assert copies == []
