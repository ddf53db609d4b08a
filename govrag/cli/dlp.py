"""``govrag scan`` and ``govrag redact``: find or replace personal information in a text file.

Values are printed only with ``--show-values``; the default table shows type, span, score and
recognizer. ``-`` reads standard input.

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="govrag")
>>> register(parser.add_subparsers())
>>> args = parser.parse_args(["scan", "memo.txt", "--json", "--show-values"])
>>> args.source, args.json, args.show_values
('memo.txt', True, True)
>>> parser.parse_args(["redact", "-", "--operator", "mask"]).operator
'mask'
"""

from __future__ import annotations

import argparse
from typing import Any

from govrag.cli import util as cliutil

__all__ = ["register"]

_SCAN_EXAMPLES = """\
  govrag scan memo.txt
  echo '申請者山田太郎様の電話は03-1234-5678です' | govrag scan - --json
  govrag scan memo.txt --show-values      # prints the detected values too
"""
_REDACT_EXAMPLES = """\
  govrag redact memo.txt > memo.redacted.txt
  echo '個人番号は123456789018です' | govrag redact -
  govrag redact memo.txt --operator mask --json
"""


def register(sub: Any) -> None:
    """Add ``scan`` and ``redact`` to the ``govrag`` sub-command parser."""
    p = cliutil.add_command(
        sub, "scan", help="find personal information (Japanese DLP) in a text file", examples=_SCAN_EXAMPLES
    )
    p.add_argument("source", metavar="FILE|-", help="UTF-8 text file, or - for standard input")
    p.add_argument("--json", action="store_true", help="print findings and classification as JSON")
    p.add_argument("--show-values", action="store_true", help="also print the detected values (careful)")
    p.set_defaults(func=_scan)

    r = cliutil.add_command(
        sub,
        "redact",
        help="replace personal information with <TYPE_n> placeholders",
        examples=_REDACT_EXAMPLES,
    )
    r.add_argument("source", metavar="FILE|-", help="UTF-8 text file, or - for standard input")
    r.add_argument(
        "--json", action="store_true", help="print redacted text, findings and classification as JSON"
    )
    r.add_argument(
        "--operator",
        choices=("replace", "mask", "hash", "pseudonymize"),
        default="replace",
        help="how values are replaced (default: replace)",
    )
    r.set_defaults(func=_redact)


def _scan(args: argparse.Namespace) -> int:
    from govrag.dlp import default_engine
    from govrag.dlp.classify import classify_findings

    text = cliutil.read_text_input(args.source)
    findings = default_engine().scan(text)
    cls = classify_findings(text, findings)
    rows: list[dict[str, Any]] = []
    for f in findings:
        row: dict[str, Any] = {
            "entity_type": f.entity_type,
            "start": f.start,
            "end": f.end,
            "score": f.score,
            "recognizer": f.recognizer,
        }
        if args.show_values:
            row["value"] = text[f.start : f.end]
        rows.append(row)
    if args.json:
        cliutil.print_json(
            {"findings": rows, "level": cls.level, "reasons": [r for r in cls.reasons if r.kind == "marking"]}
        )
        return 0
    print(f"機密性{cls.level}  findings: {len(rows)}")
    if rows:
        head = ["type", "span", "score", "recognizer"] + (["value"] if args.show_values else [])
        table = [
            [r["entity_type"], f"{r['start']}-{r['end']}", f"{r['score']:.2f}", r["recognizer"]]
            + ([r["value"]] if args.show_values else [])
            for r in rows
        ]
        widths = [max(len(str(x)) for x in col) for col in zip(head, *table, strict=False)]
        for line in [head, *table]:
            print("  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=False)).rstrip())
    for reason in cls.reasons:
        if reason.kind == "marking":
            print(f"marking {reason.type} at {reason.start}-{reason.end} (機密性{reason.level})")
    return 0


def _redact(args: argparse.Namespace) -> int:
    from govrag.dlp import default_engine
    from govrag.dlp.classify import classify_findings

    text = cliutil.read_text_input(args.source)
    eng = default_engine()
    red = eng.redact(text, operator=args.operator)
    if args.json:
        cls = classify_findings(text, red.findings)
        cliutil.print_json(
            {
                "text": red.text,
                "operator": red.operator.value,
                "findings": list(red.findings),
                "level": cls.level,
            }
        )
    else:
        print(red.text, end="" if red.text.endswith("\n") else "\n")
    return 0
