"""Used questions whose 「〜とは」 term the reranker reads differently at two commits.

Writes the questions (all ``corpora/eval/answers_*.jsonl`` and ``statute_questions.jsonl``, every
split, ids prefixed with their file) whose ``_defined_term`` differs between ``--base`` (default
50eaca4, before the colloquial and quoted definition forms) and the working tree, as one
``split: "test"`` file for ``answer_quality.py --questions``. Reads the base module with
``git show``; run it from a clone with history.

    python benchmarks/definition_subset.py --out /tmp/defchanged.jsonl
    python benchmarks/answer_quality.py --index DIR --questions /tmp/defchanged.jsonl --no-baseline
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULE = "govrag/retrieval/rerank_definitions.py"


def _base_module(commit: str) -> object:
    source = subprocess.run(["git", "show", f"{commit}:{MODULE}"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as fh:
        fh.write(source)
    spec = importlib.util.spec_from_file_location("base_rerank_definitions", fh.name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="50eaca4")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from govrag.retrieval import rerank_definitions as current

    base = _base_module(args.base)
    files = [*sorted(glob.glob(str(ROOT / "corpora/eval/answers_*.jsonl"))),
             str(ROOT / "corpora/eval/statute_questions.jsonl")]
    rows = []
    for path in files:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            q = row["question"]
            if base._defined_term(q, {}) != current._defined_term(q, {}):  # type: ignore[attr-defined]
                rows.append({**row, "id": f"{Path(path).stem}:{row['id']}", "split": "test"})
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} questions from {len(files)} files -> {args.out}")


if __name__ == "__main__":
    main()
