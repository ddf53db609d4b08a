"""Property tests: any edit of an exported row is detected, re-hashed or not."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govrag.audit import AuditLog, canonical_json, chain_hash, verify_jsonl

VALUES = st.one_of(st.integers(-10**6, 10**6), st.booleans(), st.none(),
                   st.text(alphabet="行政手続法第七条申請不備補正abc0123 ", max_size=12))
KEYS = st.sampled_from(["法令", "条", "score", "level", "k"])
RECORDS = st.lists(st.dictionaries(KEYS, VALUES, max_size=4), min_size=1, max_size=5)


def _export(records: list[dict[str, Any]], d: Path) -> list[str]:
    with AuditLog(d / "a.sqlite", synchronous="normal") as log:
        for r in records:
            log.append(r, content={"output": "行政手続法第七条による。"})
        log.export_jsonl(d / "a.jsonl")
    return (d / "a.jsonl").read_text(encoding="utf-8").splitlines()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=RECORDS, data=st.data())
def test_any_edit_of_an_exported_row_is_detected(records: list[dict[str, Any]], data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        lines = _export(records, d)
        assert verify_jsonl(d / "a.jsonl") == []
        i = data.draw(st.integers(0, len(records) - 1), label="row")
        rehash = data.draw(st.booleans(), label="rehash")
        row = json.loads(lines[i])
        row["entry"]["record"]["tampered"] = data.draw(VALUES, label="value")
        if rehash:  # the attacker also fixes this row's own hash
            row["row_hash"] = chain_hash(row["prev_hash"], canonical_json(row["entry"]))
        lines[i] = canonical_json(row)
        (d / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        problems = verify_jsonl(d / "b.jsonl")
        assert problems, (i, rehash)
        assert {p.kind for p in problems} <= {"modified", "broken_chain"}
