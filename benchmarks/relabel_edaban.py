"""Label 枝番 values as JP_HEALTH_INSURANCE in PII eval files written under a brief that left them out.

The project's span convention (every earlier set: 90 of 127 枝番 values labelled, all of
``pii_test10``–``38``) counts the 枝番 of a health-insurance card as part of the insured person's
identifier (the individual insured-person number in use since 2021 is 記号・番号 plus the two-digit
枝番). The briefs of ``pii_test43``–``48`` said the opposite, so their writers left the values
unlabelled; this adds a ``JP_HEALTH_INSURANCE`` span for every unlabelled 1–3 digit value right
after 枝番 (a label, optional brackets, colon or spaces) that no other span covers, in place.

    python benchmarks/relabel_edaban.py corpora/eval/pii_test43.jsonl ...
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_EDABAN = re.compile(r"枝番[）)]?[\s　:：]*([0-9０-９]{1,3})(?![0-9０-９])")


def relabel(row: dict[str, object]) -> int:
    """Add the missing spans to ``row`` (a JSONL record); the number added."""
    text = str(row["text"])
    spans = row["spans"]
    assert isinstance(spans, list)
    added = 0
    for m in _EDABAN.finditer(text):
        start, end = m.span(1)
        if any(s["start"] < end and start < s["end"] for s in spans):
            continue
        spans.append({"start": start, "end": end, "type": "JP_HEALTH_INSURANCE"})
        added += 1
    spans.sort(key=lambda s: (s["start"], s["end"]))
    if added and row.get("kind") == "negative":
        row["kind"] = "positive"
    return added


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        added = sum(relabel(r) for r in rows)
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")
        print(f"{path}: {added} 枝番 spans added")


if __name__ == "__main__":
    main(sys.argv[1:])
