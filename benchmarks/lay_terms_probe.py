"""Which lay-glossary entries hurt the tuned dev sets (issue 13 round 7): leave one out.

    python benchmarks/lay_terms_probe.py --index DIR --glossary /work/gloss/lay_terms.txt

For every entry of ``--glossary`` whose phrase occurs in a question of answers_dev, answers_dev5,
answers_dev6 or answers_dev7 (all tuned on; never a holdout or test file), the ``qa`` pipeline
answers those questions with the whole glossary and with the glossary less that entry (merged with
the packaged thesaurus, as the search does). An entry is marked HURTS when leaving it out gains
first or cited answers and loses neither.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.corpus import Corpus  # noqa: E402
from govrag.eval.answers import evaluate_answers  # noqa: E402
from govrag.eval.questions import Question, load_questions  # noqa: E402
from govrag.pipeline import Pipeline  # noqa: E402
from govrag.retrieval import StatuteIndex  # noqa: E402
from govrag.retrieval.thesaurus import Thesaurus, default_thesaurus  # noqa: E402

CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"
DEV = ("dev", "dev5", "dev6", "dev7")


def _score(pipe: Pipeline, index: StatuteIndex, corpus: Any, questions: list[Question],
           vocabulary: Thesaurus) -> tuple[int, int, int]:
    """(first, cited, articles cited) over ``questions`` with ``vocabulary`` in the search."""
    index.thesaurus = vocabulary

    def answer(query: str) -> tuple[str, list[Any]]:
        result = pipe.run(query)
        return result.answer or "", list(result.hits)

    report = evaluate_answers(answer, questions, corpus=corpus, name="probe")
    return (sum(r.first for r in report.results), sum(r.cited for r in report.results),
            sum(r.citations for r in report.results))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, default=CORE)
    ap.add_argument("--glossary", type=Path, required=True, help="the glossary as written")
    args = ap.parse_args()
    corpus = Corpus.from_path(args.corpus)
    questions = [q for s in DEV for q in load_questions(ROOT / "corpora" / "eval" / f"answers_{s}.jsonl")]
    entries = dict(Thesaurus.from_path(args.glossary)._entries)
    fires: dict[str, list[Question]] = {}
    for q in questions:
        text = unicodedata.normalize("NFKC", q.question)
        for phrase in entries:
            if phrase in text:
                fires.setdefault(phrase, []).append(q)
    whole = default_thesaurus().merged(Thesaurus(entries))
    print(f"{len(fires)} of {len(entries)} entries occur in {len(questions)} dev questions\n")
    print("| entry | questions | with: first / cited / cited articles | without | |\n|---|---|---|---|---|")
    with StatuteIndex.open(path=args.index) as index:
        pipe = Pipeline.preset("qa", index=index, corpus=corpus, audit=None)
        pipe.run(questions[0].question)  # warm-up
        for phrase, qs in sorted(fires.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            a = _score(pipe, index, corpus, qs, whole)
            rest = Thesaurus({k: v for k, v in entries.items() if k != phrase})
            b = _score(pipe, index, corpus, qs, default_thesaurus().merged(rest))
            hurts = b[0] >= a[0] and b[1] >= a[1] and (b[0] + b[1]) > (a[0] + a[1])
            print(f"| {phrase} | {len(qs)} | {a[0]} / {a[1]} / {a[2]} | {b[0]} / {b[1]} / {b[2]} | "
                  f"{'HURTS' if hurts else ''} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
