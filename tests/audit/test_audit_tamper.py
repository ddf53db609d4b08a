"""Each kind of tampering done directly in the database (triggers bypassed) is detected by
verify(), on both backends (an SQLite file and a PostgreSQL schema: the ``store`` fixture)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from govrag.audit import canonical_json, chain_hash
from govrag.audit.rows import AuditHead, chain_is_intact
from govrag.errors import AuditError

from .conftest import Store

N = 6


def _make(store: Store) -> Store:
    with store.open(app_id="city-hall") as log:
        for i in range(1, N + 1):
            log.append({"provider_id": "extractive", "classification": 1, "n": i,
                        "retrieved": [{"law_id": "405AC0000000088", "article": "7", "score": 0.9}]},
                       content={"output": f"行政手続法第七条による回答{i}。"})
    return store


def _streaming_verdict(store: Store, anchor: AuditHead | None = None) -> bool:
    """What verify()'s constant-memory first pass says about the stored log."""
    with store.open() as log, log._reading() as (rows, head):
        return chain_is_intact(rows, head=head, anchor=anchor)


def _edit_body(store: Store) -> None:
    body = store.row(3)[4]
    store.sql("UPDATE audit_rows SET body = ? WHERE seq = 3",
         params=(body.replace("回答3", "回答X"),))


def _edit_and_rehash(store: Store) -> None:
    _aid, _t, prev, _h, body = store.row(3)
    new = body.replace("回答3", "回答X")
    store.sql("UPDATE audit_rows SET body = ?, row_hash = ? WHERE seq = 3",
         params=(new, chain_hash(prev, new)))


def _edit_column_only(store: Store) -> None:
    store.sql("UPDATE audit_rows SET time = '2020-01-01T00:00:00+00:00' WHERE seq = 2")


def _reformat_body(store: Store) -> None:
    body = store.row(4)[4]
    store.sql("UPDATE audit_rows SET body = ? WHERE seq = 4",
         params=(json.dumps(json.loads(body), ensure_ascii=False, sort_keys=True, indent=1),))


def _delete_middle(store: Store) -> None:
    store.sql("DELETE FROM audit_rows WHERE seq = 3")


def _delete_middle_and_renumber(store: Store) -> None:
    store.sql("DELETE FROM audit_rows WHERE seq = 3", "UPDATE audit_rows SET seq = seq + 100 WHERE seq > 3",
         "UPDATE audit_rows SET seq = seq - 101 WHERE seq > 100",
         f"UPDATE audit_head SET count = {N - 1}")


def _delete_last(store: Store) -> None:
    store.sql(f"DELETE FROM audit_rows WHERE seq = {N}")


def _delete_last_two(store: Store) -> None:
    store.sql(f"DELETE FROM audit_rows WHERE seq >= {N - 1}")


def _delete_head(store: Store) -> None:
    store.sql("DELETE FROM audit_head")


def _forged_row(store: Store, seq: int, prev: str) -> tuple[str, str]:
    body = json.loads(store.row(1)[4])
    body.update(seq=seq, audit_id="forged-0001", time="2026-01-01T00:00:00.000000+00:00")
    body["record"]["n"] = 999
    text = canonical_json(body)
    return text, chain_hash(prev, text)


def _insert_middle(store: Store) -> None:
    prev = store.row(2)[3]
    body, h = _forged_row(store, 3, prev)
    store.sql("UPDATE audit_rows SET seq = seq + 100 WHERE seq >= 3",
         "UPDATE audit_rows SET seq = seq - 99 WHERE seq > 100",
         "INSERT INTO audit_rows VALUES (3, 'forged-0001', '2026-01-01T00:00:00.000000+00:00', ?, ?, ?)",
         params=(prev, h, body))


def _append_forged_at_end(store: Store) -> None:
    prev = store.row(N)[3]
    body, h = _forged_row(store, N + 1, prev)
    store.sql(f"INSERT INTO audit_rows VALUES ({N + 1}, 'forged-0001', "
               "'2026-01-01T00:00:00.000000+00:00', ?, ?, ?)", params=(prev, h, body))


def _swap_rows(store: Store) -> None:
    store.sql("UPDATE audit_rows SET seq = -1 WHERE seq = 3", "UPDATE audit_rows SET seq = 3 WHERE seq = 4",
         "UPDATE audit_rows SET seq = 4 WHERE seq = -1")


def _move_first_to_end(store: Store) -> None:
    store.sql(f"UPDATE audit_rows SET seq = {N + 50} WHERE seq = 1")


def _garbage_body(store: Store) -> None:
    store.sql("UPDATE audit_rows SET body = '{\"seq\": 5, broken' WHERE seq = 5")


def _drop_table_rows(store: Store) -> None:
    store.sql("DELETE FROM audit_rows")


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (_edit_body, {"modified"}),
        (_edit_and_rehash, {"broken_chain"}),
        (_edit_column_only, {"modified"}),
        (_reformat_body, {"modified"}),
        (_delete_middle, {"deleted"}),
        (_delete_middle_and_renumber, {"deleted"}),
        (_delete_last, {"deleted"}),
        (_delete_last_two, {"deleted"}),
        (_delete_head, {"broken_chain"}),
        (_insert_middle, {"inserted"}),
        (_append_forged_at_end, {"inserted"}),
        (_swap_rows, {"reordered"}),
        (_move_first_to_end, {"reordered"}),
        (_garbage_body, {"bad_json"}),
        (_drop_table_rows, {"deleted"}),
    ],
    ids=lambda v: v.__name__.strip("_") if callable(v) else None,
)
def test_tampering_is_detected_with_its_kind(
    store: Store, tamper: Callable[[Store], None], expected: set[str]
) -> None:
    _make(store)
    with store.open() as log:
        assert log.verify() == []
    assert _streaming_verdict(store)
    tamper(store)
    assert not _streaming_verdict(store), "the streaming pass let tampering through"
    with store.open() as log:
        problems = log.verify()
    assert problems, "tampering went undetected"
    assert {p.kind for p in problems} == expected, problems
    assert all(p.detail for p in problems)


def test_deleting_the_tail_and_fixing_the_head_needs_an_anchor(store: Store) -> None:
    _make(store)
    with store.open() as log:
        saved = log.head()
    prev_of_last = store.row(N)[2]
    store.sql(f"DELETE FROM audit_rows WHERE seq = {N}",
              "UPDATE audit_head SET count = ?, last_hash = ?", params=(N - 1, prev_of_last))
    with store.open() as log:
        assert log.verify() == []  # the documented limit: chain and head rewritten consistently
        assert [p.kind for p in log.verify(anchor=saved)] == ["deleted"]
    assert _streaming_verdict(store) and not _streaming_verdict(store, saved)


# (anchor relative to the intact log of N rows, streaming verdict)
ANCHORS = [
    ("empty anchor", lambda hashes: AuditHead(count=0, last_hash="sha256:" + "0" * 64), True),
    ("current head", lambda hashes: AuditHead(count=N, last_hash=hashes[N - 1]), True),
    ("earlier head", lambda hashes: AuditHead(count=3, last_hash=hashes[2]), True),
    ("earlier count, wrong hash", lambda hashes: AuditHead(count=3, last_hash=hashes[3]), False),
    ("more rows than stored", lambda hashes: AuditHead(count=N + 1, last_hash=hashes[N - 1]), False),
]


@pytest.mark.parametrize(("case", "make", "intact"), ANCHORS, ids=[a[0] for a in ANCHORS])
def test_streaming_pass_checks_the_anchor(
    store: Store, case: str, make: Callable[[list[str]], AuditHead], intact: bool
) -> None:
    _make(store)
    hashes = [store.row(seq)[3] for seq in range(1, N + 1)]
    anchor = make(hashes)
    assert _streaming_verdict(store, anchor) is intact
    with store.open() as log:
        assert (log.verify(anchor=anchor) == []) is intact


def test_rewriting_the_whole_chain_is_caught_by_an_anchor_file(store: Store, tmp_path: Path) -> None:
    _make(store)
    anchor = tmp_path / "head.json"
    with store.open() as log:
        anchor.write_text(log.head().to_json(), encoding="utf-8")
    rows = store.rows()
    prev = rows[0][1]
    updates = []
    for seq, _p, body in rows:
        new = body.replace("回答2", "回答X")
        h = chain_hash(prev, new)
        updates.append((seq, prev, h, new))
        prev = h
    for seq, p, h, new in updates:
        store.sql("UPDATE audit_rows SET prev_hash = ?, row_hash = ?, body = ? WHERE seq = ?",
                  params=(p, h, new, seq))
    store.sql("UPDATE audit_head SET last_hash = ?", params=(prev,))
    with store.open() as log:
        assert log.verify() == []  # without the anchor a full rewrite is invisible (documented)
        with pytest.raises(AuditError, match="anchor"):
            log.verify(anchor=tmp_path / "missing-anchor.json")
        assert [p.kind for p in log.verify(anchor=anchor)] == ["modified"]
    with store.open(anchor=anchor) as log:  # the configured anchor is used by default
        assert [p.kind for p in log.verify()] == ["modified"]
