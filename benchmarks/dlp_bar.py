"""One Markdown row per PII evaluation file against issue 11's DLP bar: all-type P / R, how many of
the 13 structured types (all but PERSON and JP_ADDRESS) reach R >= 0.95 with P >= 0.98 (a type the
file does not hold counts as met), the types short of it (TP / FP / FN) and PERSON P / R — the rows of
the blind-set tables in ``docs/benchmarks/dlp.md``.

    python benchmarks/dlp_bar.py corpora/eval/pii_test144.jsonl corpora/eval/pii_test145.jsonl
    python benchmarks/dlp_bar.py --code '`6692630`' corpora/eval/pii_test15*.jsonl   # label the code column
    python benchmarks/dlp_bar.py --unopened   # the never-opened sets: types at the bar only, and the sum

``--unopened`` scores the blind sets no session has opened (:data:`UNOPENED`) and prints one line —
the types at the bar per set and their sum, nothing a rule could be written from — so the same sets
can measure the code of several sessions (run it in a ``git worktree`` of each commit).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from govrag.dlp import DLPEngine
from govrag.eval.dlp import DlpReport, evaluate_dlp, govrag_predictor, load_pii_rows

EVAL = Path(__file__).resolve().parents[1] / "corpora" / "eval"
#: blind sets no session has opened (first runs and aggregates only): kept to measure code on — the 18
#: of 2026-12-06 05:14 UTC first (the sums of the docs' earlier tables), then the test half of
#: ``182``–``189`` and the wave ``190``–``197`` (added 2026-12-06 from 07:55 UTC), then the test half of
#: ``198``–``205`` (added 2026-12-06 from 11:11 UTC)
UNOPENED = (
    *(145, 147, 148, 150, *range(160, 166), 167, 169, 171, 173, 175, 177, 179, 181),
    *(183, 185, 187, 189, *range(190, 198)),
    *(199, 201, 203, 205),
)

#: the structured types and their short names in the tables
STRUCTURED = {
    "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "e-mail",
    "CREDIT_CARD": "card",
    "JP_MY_NUMBER": "個人番号",
    "JP_CORPORATE_NUMBER": "法人番号",
    "JP_POSTAL_CODE": "postal",
    "DATE_OF_BIRTH": "birth",
    "JP_PASSPORT": "passport",
    "JP_DRIVER_LICENSE": "licence",
    "JP_BANK_ACCOUNT": "bank",
    "JP_RESIDENCE_CARD": "residence",
    "JP_PENSION_NUMBER": "pension",
    "JP_HEALTH_INSURANCE": "insurance",
}


def _short(report: DlpReport) -> list[str]:
    """The structured types short of the bar, as ``label P … R … (tp/fp/fn)`` (a type the file does
    not hold is met)."""
    short = []
    for kind, label in STRUCTURED.items():
        s = report.per_type.get(kind)
        if s is None or (s.recall >= 0.95 and s.precision >= 0.98):
            continue
        parts = [f"P {s.precision:.3f}"] if s.precision < 0.98 else []
        parts += [f"R {s.recall:.3f}"] if s.recall < 0.95 else []
        short.append(f"{label} {' '.join(parts)} ({s.tp}/{s.fp}/{s.fn})")
    return short


def types_met(report: DlpReport) -> int:
    """How many of the 13 structured types reach the bar."""
    return len(STRUCTURED) - len(_short(report))


def bar_row(name: str, code: str, report: DlpReport) -> str:
    """The Markdown row of one file's report."""
    person = report.per_type.get("PERSON")
    people = f"{person.precision:.2f} / {person.recall:.2f}" if person else "—"
    return (
        f"| `{name}` | {code} | {report.precision:.3f} / {report.recall:.3f} | **{types_met(report)}** | "
        f"{', '.join(_short(report)) or '—'} | {people} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--code", default="", help="text of the code column")
    parser.add_argument("--unopened", action="store_true", help="the never-opened sets, counts only")
    args = parser.parse_args()
    predict = govrag_predictor(DLPEngine())
    if args.unopened:
        met = [types_met(evaluate_dlp(predict, load_pii_rows(EVAL / f"pii_test{n}.jsonl"))) for n in UNOPENED]
        print(f"{args.code} {len(met)} never-opened sets: {', '.join(map(str, met))}; sum {sum(met)}")
        return
    if not args.files:
        parser.error("give FILES or --unopened")
    for path in args.files:
        name = path.rsplit("/", 1)[-1].removesuffix(".jsonl")
        print(bar_row(name, args.code, evaluate_dlp(predict, load_pii_rows(path))), flush=True)


if __name__ == "__main__":
    main()
