"""``govrag audit verify|export|show`` — check, export and read an audit log.

Exit status: 0 intact / done, 1 integrity problems found, 2 missing file or bad usage.

>>> import argparse
>>> p = argparse.ArgumentParser(); sub = p.add_subparsers()
>>> register(sub)
>>> p.parse_args(["audit", "verify", "runs.sqlite", "--json"]).json
True
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from govrag.cli.util import add_command, add_group, print_json

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``audit`` command group."""
    asub = add_group(
        sub, "audit", help="verify, export and read the tamper-evident audit log",
        examples="  govrag audit verify ~/.local/share/govrag/audit.sqlite\n"
                 "  govrag audit export audit.sqlite --out audit.jsonl\n"
                 "  govrag audit show audit.sqlite --json",
    )

    v = add_command(asub, "verify", help="check the hash chain; exit 1 when any row was altered",
                    examples="  govrag audit verify audit.sqlite\n"
                             "  govrag audit verify audit.jsonl --anchor head.json --json")
    v.add_argument("path", help="audit log (SQLite) or an export (.jsonl)")
    v.add_argument("--anchor", help="a saved head (anchor file) to check against", default=None)
    v.add_argument("--json", action="store_true", help="machine-readable output")
    v.set_defaults(func=_verify)

    e = add_command(asub, "export", help="write every row and the head as canonical JSON lines",
                    examples="  govrag audit export audit.sqlite --out audit.jsonl")
    e.add_argument("path", help="audit log (SQLite)")
    e.add_argument("--out", required=True, help="output .jsonl file")
    e.add_argument("--json", action="store_true", help="machine-readable output")
    e.set_defaults(func=_export)

    s = add_command(asub, "show", help="list recent runs, or show one run by audit id",
                    examples="  govrag audit show audit.sqlite\n"
                             "  govrag audit show audit.sqlite 0192f0c4-...-... --json")
    s.add_argument("path", help="audit log (SQLite)")
    s.add_argument("audit_id", nargs="?", default=None, help="one run's audit id")
    s.add_argument("--limit", type=int, default=20, help="how many recent runs to list (default 20)")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(func=_show)


def _open(path: str) -> Any:
    from govrag.audit import AuditLog
    from govrag.errors import InputError

    if not Path(path).is_file():
        raise InputError(f"no audit log at {path}")
    return AuditLog(path, create=False)


def _verify(args: argparse.Namespace) -> int:
    from govrag.audit import read_jsonl, verify_jsonl
    from govrag.errors import InputError

    if not Path(args.path).is_file():
        raise InputError(f"no audit log at {args.path}")
    if args.path.endswith(".jsonl"):
        problems = verify_jsonl(args.path, anchor=args.anchor)
        rows = len(read_jsonl(args.path)[0])
    else:
        with _open(args.path) as log:
            problems = log.verify(anchor=args.anchor)
            rows = len(log)
    if args.json:
        print_json({"path": args.path, "rows": rows, "ok": not problems, "problems": problems})
    elif problems:
        print(f"{args.path}: {len(problems)} problem(s) in {rows} rows")
        for p in problems:
            where = f"seq {p.seq}" if p.seq is not None else "log"
            print(f"  {p.kind:<12} {where:<10} {p.detail}")
    else:
        print(f"{args.path}: OK, {rows} rows, chain intact")
    return 1 if problems else 0


def _export(args: argparse.Namespace) -> int:
    with _open(args.path) as log:
        n = log.export_jsonl(args.out)
        head = log.head()
    if args.json:
        print_json({"path": args.path, "out": args.out, "rows": n, "head": head})
    else:
        print(f"exported {n} rows to {args.out} (head {head.last_hash[:19]}…)")
    return 0


def _summary(entry: Any) -> dict[str, Any]:
    rec = entry.record
    return {"seq": entry.seq, "audit_id": entry.audit_id, "time": entry.time,
            "classification": rec.get("classification"), "provider": rec.get("provider_id",
                                                                              rec.get("provider")),
            "capture": entry.capture}


def _show(args: argparse.Namespace) -> int:
    with _open(args.path) as log:
        if args.audit_id:
            entry = log.get(args.audit_id)
            if args.json:
                print_json(entry)
            else:
                print(f"audit id  {entry.audit_id}\nseq       {entry.seq}\ntime      {entry.time}\n"
                      f"row hash  {entry.row_hash}\ncapture   {entry.capture}")
                for k in sorted(entry.record):
                    print(f"  {k}: {entry.record[k]}")
                for k in sorted(entry.content):
                    v = entry.content[k]
                    print(f"  [{k}] {v if isinstance(v, str) else '(' + ', '.join(sorted(v)) + ')'}")
            return 0
        entries = list(log)[-max(args.limit, 0):] if args.limit else []
    if args.json:
        print_json([_summary(e) for e in entries])
    else:
        for e in entries:
            s = _summary(e)
            print(f"{s['seq']:>6}  {s['audit_id']}  {s['time']}  level={s['classification']}  "
                  f"provider={s['provider']}")
    return 0
