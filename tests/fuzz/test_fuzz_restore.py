"""Restore is exact for every input: ``redact(t).restore(redact(t).text) == t`` — text holding
placeholder-shaped strings, real and fake names, numbers written twice, arbitrary Unicode."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govrag.dlp import Vault, default_engine, redact_stream
from tests.fuzz.conftest import FUZZ

_ATOMS = st.sampled_from(
    [
        "<PERSON_1>", "＜ PERSON_2 ＞", "《JP_MY_NUMBER_1》", "<LITERAL_1>", "<PHONE_NUMBER_h0a1b2c3d>",
        "<", ">", "_1", "PERSON", "山田太郎", "佐藤花子", "甲野太郎", "乙山花子", "丙川次郎", "様", "さん",
        "申請者", "個人番号", "123456789018", "090-1234-5678", "000-0000-0001", "電話", "TEL", "カード番号",
        "4111111111111111", "taro@example.jp", "user1@example.invalid", "〒100-8914", "。", "\n", " ", "、",
    ]
)
TEXTS = st.one_of(
    st.lists(_ATOMS, max_size=14).map("".join),
    st.lists(st.one_of(_ATOMS, st.text(max_size=6)), max_size=10).map("".join),
)


def _clean(text: str) -> bool:
    return "\x00" not in text and not any(0xD800 <= ord(c) <= 0xDFFF for c in text)


@pytest.mark.parametrize("operator", ["replace", "hash", "pseudonymize"])
@FUZZ
@given(text=TEXTS)
def test_restore_round_trip(operator: str, text: str) -> None:
    if not _clean(text):
        return
    red = default_engine().redact(text, operator=operator, hash_key=b"k" * 32)
    assert red.restore(red.text) == text


@FUZZ
@given(first=TEXTS, second=TEXTS)
def test_restore_round_trip_with_a_shared_vault(first: str, second: str) -> None:
    if not (_clean(first) and _clean(second)):
        return
    vault = Vault(ttl_seconds=60)
    eng = default_engine()
    eng.redact(first, vault=vault)
    red = eng.redact(second, vault=vault)
    assert red.restore(red.text) == second


@FUZZ
@given(parts=st.lists(TEXTS, min_size=1, max_size=6))
def test_stream_restore_round_trip(parts: list[str]) -> None:
    if not all(_clean(p) for p in parts):
        return
    stream = redact_stream(parts, engine=default_engine())
    assert stream.restore("".join(stream)) == "".join(parts)
