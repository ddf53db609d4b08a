"""How many entries of the packaged thesaurus are phrases of a question set (issue 11 §4).

An entry counts as "in the questions" when its phrase occurs (NFKC, substring: exactly how
:meth:`Thesaurus.expansions` matches) in at least one question; it is reported per split.

    python benchmarks/thesaurus_overlap.py [--questions corpora/eval/statute_questions.jsonl]
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.eval.questions import load_questions  # noqa: E402
from govrag.retrieval.thesaurus import default_thesaurus  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=Path, default=ROOT / "corpora/eval/statute_questions.jsonl")
    args = ap.parse_args()
    questions = load_questions(args.questions)
    phrases = list(default_thesaurus()._entries)
    splits: dict[str, set[str]] = {}
    for phrase in phrases:
        for q in questions:
            if phrase in unicodedata.normalize("NFKC", q.question):
                splits.setdefault(phrase, set()).add(q.split or "none")
    hit = [p for p in phrases if p in splits]
    print(f"{args.questions.name}: {len(questions)} questions; thesaurus: {len(phrases)} entries")
    print(f"entries whose phrase occurs in some question: {len(hit)}")
    for name in sorted({s for v in splits.values() for s in v}):
        only = [p for p in hit if splits[p] == {name}]
        print(f"  only in split {name}: {len(only)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
