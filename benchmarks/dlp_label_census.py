"""How the PII evaluation files label a kind of string (issue 11): the census behind a rule that
follows a writers' convention rather than one layout.

    python benchmarks/dlp_label_census.py shape "0[125789][- ]\\d{4}[- ]\\d{4}" PHONE_NUMBER --unopened
    python benchmarks/dlp_label_census.py mailboxes --unopened

``shape``: every match of the pattern in every row, counted as labelled (a span of the type overlaps it)
or not. ``mailboxes``: addresses on a government domain, sorted into personal local parts
(``name.x``, ``x-name``, ``name_x12``) and role ones (a section's romaji), and per kind the number of
files that label them and that leave them unlabelled. ``--unopened`` leaves out the blind sets kept
unopened for the next measurement (``dlp_bar.UNOPENED``); only counts are printed, never a value.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from typing import Any

from dlp_bar import EVAL, UNOPENED

from govrag.eval.dlp import load_pii_rows

_TEST_N = re.compile(r"pii_test(\d+)\.jsonl$")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_GOV = re.compile(r"(?:lg\.jp|go\.jp|(?:^|\.)(?:city|pref|town|vill)\.)", re.IGNORECASE)
_PERSONAL = re.compile(
    r"^(?:[a-z]{1,2}[._-][a-z]{3,}\d*|[a-z]{3,}[._-][a-z]{1,2}\d*|[a-z]+[._][a-z]+\d*|[a-z]+_[a-z]+\d+"
    r"|[a-z]{4,}\d{2,3})$"
)


def rows(unopened: bool) -> list[tuple[str, dict[str, Any]]]:
    """``(file name, row)`` of every PII evaluation file, the unopened sets left out when asked."""
    out = []
    for path in sorted(EVAL.glob("pii_*.jsonl")):
        m = _TEST_N.search(path.name)
        if unopened and m and int(m.group(1)) in UNOPENED:
            continue
        out += [(path.name, row) for row in load_pii_rows(path)]
    return out


def labelled(row: dict[str, Any], kind: str, start: int, end: int) -> bool:
    return any(s["type"] == kind and s["start"] < end and start < s["end"] for s in row["spans"])


def shape(pattern: str, kind: str, unopened: bool) -> str:
    pat = re.compile(pattern)
    counts = [0, 0]
    for _, row in rows(unopened):
        text = row["text"]
        for m in pat.finditer(text):
            counts[labelled(row, kind, m.start(), m.end())] += 1
    return f"{sum(counts)} matches: {counts[1]} labelled {kind}, {counts[0]} not"


def mailboxes(unopened: bool) -> str:
    files: dict[tuple[str, bool], set[str]] = defaultdict(set)
    for name, row in rows(unopened):
        text = row["text"]
        for m in _EMAIL.finditer(text):
            local, _, domain = m.group(0).partition("@")
            if _GOV.search(domain):
                kind = "personal" if _PERSONAL.match(local) else "role"
                files[(kind, labelled(row, "EMAIL_ADDRESS", m.start(), m.end()))].add(name)
    return "\n".join(
        f"{kind}: labelled in {len(files[(kind, True)])} files, unlabelled in {len(files[(kind, False)])}"
        for kind in ("personal", "role")
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    sh = sub.add_parser("shape")
    sh.add_argument("pattern")
    sh.add_argument("type")
    sub.add_parser("mailboxes")
    for p in sub.choices.values():
        p.add_argument("--unopened", action="store_true", help="leave out the unopened blind sets")
    a = ap.parse_args(argv)
    print(shape(a.pattern, a.type, a.unopened) if a.what == "shape" else mailboxes(a.unopened))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
