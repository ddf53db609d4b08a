"""Redaction operators, restore, vault persistence (encrypted, expiring) and property tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govrag.dlp import DLPEngine, Operator, Vault, VaultError, redact
from govrag.errors import ConfigError

MN = "123456789018"
TEXT = (
    f"申請者山田太郎様（個人番号{MN}、電話03-1234-5678）から申請があった。"
    f"山田太郎様の個人番号{MN}は確認済み。連絡先はtaro@example.jpです。"
)
VALUES = ("山田太郎", MN, "03-1234-5678", "taro@example.jp")


def test_replace_placeholders_are_consistent(engine: DLPEngine) -> None:
    red = engine.redact(TEXT)
    assert red.text == (
        "申請者<PERSON_1>様（個人番号<JP_MY_NUMBER_1>、電話<PHONE_NUMBER_1>）から申請があった。"
        "<PERSON_1>様の個人番号<JP_MY_NUMBER_1>は確認済み。連絡先は<EMAIL_ADDRESS_1>です。"
    )
    assert red.restore(red.text) == TEXT


@pytest.mark.parametrize(
    "model_output",
    [
        "<PERSON_1>様の番号は<JP_MY_NUMBER_1>です",
        "＜PERSON_1＞様の番号は＜JP_MY_NUMBER_1＞です",
        "< PERSON_1 >様の番号は<  JP_MY_NUMBER_1>です",
        "〈PERSON_1〉様の番号は《JP_MY_NUMBER_1》です",
    ],
)
def test_restore_tolerates_model_formatting(engine: DLPEngine, model_output: str) -> None:
    red = engine.redact(TEXT)
    assert red.restore(model_output) == f"山田太郎様の番号は{MN}です"


def test_restore_leaves_unknown_placeholders(engine: DLPEngine) -> None:
    assert engine.redact(TEXT).restore("<PERSON_9>と<FOO_1>") == "<PERSON_9>と<FOO_1>"


@pytest.mark.parametrize("operator", ["replace", "mask", "hash", "pseudonymize"])
def test_no_value_survives_any_operator(engine: DLPEngine, operator: str) -> None:
    red = engine.redact(TEXT, operator=operator)
    for v in VALUES:
        assert v not in red.text
    assert engine.scan(red.text) == [] or operator == "pseudonymize"
    for v in VALUES:
        assert v not in repr(red)


def test_mask_keeps_length_and_cannot_restore(engine: DLPEngine) -> None:
    red = engine.redact(TEXT, operator=Operator.MASK)
    assert len(red.text) == len(TEXT)
    assert red.restore(red.text) == red.text


def test_hash_is_stable_with_a_key_and_restorable(engine: DLPEngine) -> None:
    a = engine.redact(TEXT, operator="hash", hash_key=b"k" * 32)
    b = engine.redact(TEXT, operator="hash", hash_key=b"k" * 32)
    c = engine.redact(TEXT, operator="hash", hash_key=b"j" * 32)
    assert a.text == b.text != c.text
    assert re.search(r"<JP_MY_NUMBER_h[0-9a-f]{8}>", a.text)
    assert a.restore(a.text) == TEXT


def test_pseudonymize_is_consistent_and_restorable(engine: DLPEngine) -> None:
    red = engine.redact(TEXT, operator="pseudonymize")
    assert red.text.count("甲野太郎") == 2
    assert red.restore(red.text) == TEXT


def test_unknown_operator_is_a_config_error(engine: DLPEngine) -> None:
    with pytest.raises(ConfigError, match="valid: replace, mask, hash, pseudonymize"):
        engine.redact(TEXT, operator="encrypt")


def test_vault_shares_placeholders_across_documents(engine: DLPEngine) -> None:
    vault = Vault(ttl_seconds=60)
    first = engine.redact(f"個人番号{MN}", vault=vault)
    second = engine.redact(f"番号{MN}と個人番号053703296641", vault=vault)
    assert first.text == "個人番号<JP_MY_NUMBER_1>"
    assert second.text == "番号<JP_MY_NUMBER_1>と個人番号<JP_MY_NUMBER_2>"
    assert vault.value_of("<JP_MY_NUMBER_2>") == "053703296641"


def test_vault_persists_only_encrypted(tmp_path: Path) -> None:
    key = Vault.generate_key()
    v = Vault(ttl_seconds=3600)
    v.placeholder_for("PERSON", "山田太郎")
    path = tmp_path / "vault.bin"
    v.save(path, key=key)
    raw = path.read_bytes()
    assert "山田太郎".encode() not in raw and b"PERSON" not in raw
    assert (path.stat().st_mode & 0o777) == 0o600
    assert Vault.load(path, key=key).value_of("<PERSON_1>") == "山田太郎"
    with pytest.raises(VaultError, match="wrong key or modified"):
        Vault.load(path, key=Vault.generate_key())
    tampered = bytearray(raw)
    tampered[-1] ^= 1
    with pytest.raises(VaultError, match="wrong key or modified"):
        Vault.from_bytes(bytes(tampered), key=key)
    assert not hasattr(v, "to_json") and not hasattr(v, "save_plaintext")


@pytest.mark.parametrize("key", [b"", b"short", b"x" * 33])
def test_vault_rejects_bad_keys(key: bytes) -> None:
    with pytest.raises(VaultError, match="16, 24 or 32 bytes"):
        Vault().to_bytes(key)


def test_vault_expiry() -> None:
    now = [1000.0]
    v = Vault(ttl_seconds=10, clock=lambda: now[0])
    ph = v.placeholder_for("PERSON", "山田太郎")
    assert v.value_of(ph) == "山田太郎"
    key = Vault.generate_key()
    data = v.to_bytes(key)
    now[0] = 1011.0
    with pytest.raises(VaultError, match="expired"):
        v.value_of(ph)
    with pytest.raises(VaultError, match="expired"):
        Vault.from_bytes(data, key=key, clock=lambda: 1011.0)
    assert Vault.from_bytes(data, key=key, clock=lambda: 1005.0).value_of(ph) == "山田太郎"


def test_module_level_redact() -> None:
    assert redact(f"個人番号{MN}").text == "個人番号<JP_MY_NUMBER_1>"


_JA = st.text(
    alphabet=st.sampled_from(
        list(
            "申請者山田太郎様佐藤花子さん東京都千代田区霞が関丁目番号電話個人番号〒生年月日昭和平成年月日第条項"
            "0123456789０１２３４５６７８９-－ー（）()@.abcxyz 　\n、。"
        )
    ),
    max_size=120,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(_JA, st.text(max_size=80)))
def test_property_scan_never_crashes_and_offsets_are_valid(engine: DLPEngine, text: str) -> None:
    if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return
    findings = engine.scan(text)
    last_end = 0
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= last_end  # non-overlapping, sorted
        last_end = f.end


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=_JA, suffix=_JA)
def test_property_redact_restore_round_trip(engine: DLPEngine, prefix: str, suffix: str) -> None:
    text = prefix + f"個人番号{MN}、" + suffix
    red = engine.redact(text)
    assert MN not in red.text
    assert red.restore(red.text) == text


def test_value_variants_restore_exactly(engine: DLPEngine) -> None:
    text = f"個人番号{MN}（全角：個人番号１２３４５６７８９０１８）"
    red = engine.redact(text)
    assert red.text == "個人番号<JP_MY_NUMBER_1>（全角：個人番号<JP_MY_NUMBER_2>）"
    assert red.restore(red.text) == text


# -- issue 11 §5: restore is exact even when the input already looks like a placeholder -----------
@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("山田太郎<PERSON_1>", "<PERSON_2><PERSON_1>"),
        ("<PERSON_1>山田太郎<PERSON_2>", "<PERSON_1><PERSON_3><PERSON_2>"),
        ("＜ PERSON_1 ＞と山田太郎様", "＜ PERSON_1 ＞と<PERSON_2>様"),
        (f"《JP_MY_NUMBER_1》個人番号{MN}", "《JP_MY_NUMBER_1》個人番号<JP_MY_NUMBER_2>"),
        ("<LITERAL_1>と山田太郎様<PERSON_1>", "<LITERAL_1>と<PERSON_2>様<PERSON_1>"),
        ("申請者山田太郎様", "申請者<PERSON_1>様"),  # normal text keeps the public form
    ],
)
def test_placeholder_shaped_input_is_restored_exactly(engine: DLPEngine, text: str, redacted: str) -> None:
    red = engine.redact(text)
    assert red.text == redacted
    assert red.restore(red.text) == text


def test_shared_vault_escapes_a_literal_that_matches_its_placeholder(engine: DLPEngine) -> None:
    vault = Vault(ttl_seconds=60)
    assert engine.redact("申請者山田太郎様", vault=vault).text == "申請者<PERSON_1>様"
    text = "申請者山田太郎様、前回の出力は<PERSON_1>でした"
    red = engine.redact(text, vault=vault)
    assert red.text == "申請者<PERSON_1>様、前回の出力は<LITERAL_1>でした"
    assert red.restore(red.text) == text
    assert red.restore("<PERSON_1>") == "山田太郎"


def test_hash_placeholder_already_in_the_text_is_escaped(engine: DLPEngine) -> None:
    key = b"k" * 32
    first = engine.redact("申請者山田太郎様", operator="hash", hash_key=key)
    text = "申請者山田太郎様／" + first.text
    red = engine.redact(text, operator="hash", hash_key=key)
    assert "山田太郎" not in red.text and "<LITERAL_1>" in red.text
    assert red.restore(red.text) == text


@pytest.mark.parametrize(
    "text",
    [
        "甲野太郎と佐藤花子と乙山花子",  # issue 11 §5: the real 乙山花子 came back as 佐藤花子
        "申請者佐藤花子様と甲野太郎様と乙山花子様と丙川次郎様",
        "申請者山田太郎様の電話は000-0000-0001、090-1234-5678です",
    ],
)
def test_pseudonyms_never_collide_with_the_text(engine: DLPEngine, text: str) -> None:
    red = engine.redact(text, operator="pseudonymize")
    assert red.restore(red.text) == text
    for fake in red.mapping:
        assert fake not in text


# -- issue 11 §1: overlapping findings of different types are masked as their union ---------------
@pytest.mark.parametrize(
    ("findings", "redacted", "masked"),
    [
        # the lower-scoring JP_MY_NUMBER reaches past the PHONE_NUMBER: its tail was left in clear
        ([("PHONE_NUMBER", 2, 15, 0.9), ("JP_MY_NUMBER", 5, 18, 0.6)], "番号<PHONE_NUMBER_1>です",
         "番号" + "＊" * 16 + "です"),
        ([("JP_MY_NUMBER", 5, 18, 0.9), ("PHONE_NUMBER", 2, 15, 0.6)], "番号<JP_MY_NUMBER_1>です",
         "番号" + "＊" * 16 + "です"),
        ([("PERSON", 0, 2, 0.8), ("PHONE_NUMBER", 2, 15, 0.9)], "<PERSON_1><PHONE_NUMBER_1>567です",
         "＊" * 15 + "567です"),
        ([("A", 2, 6, 0.5), ("B", 5, 9, 0.6), ("C", 8, 18, 0.7)], "番号<C_1>です",
         "番号" + "＊" * 16 + "です"),
    ],
)
def test_overlapping_findings_are_replaced_as_their_union(
    findings: list[tuple[str, int, int, float]], redacted: str, masked: str
) -> None:
    from govrag.dlp.model import Finding
    from govrag.dlp.redact import redact_findings

    text = "番号090-1234-5678567です"
    fs = [Finding(t, s, e, sc, "r") for t, s, e, sc in findings]
    red = redact_findings(text, fs)
    assert red.text == redacted
    assert red.restore(red.text) == text
    assert redact_findings(text, fs, operator="mask").text == masked


def test_engine_grows_the_winner_over_an_overlapping_finding() -> None:
    from govrag.dlp.engine import _resolve

    raw: list[tuple[str, int, int, float, str, int | None]] = [
        ("PHONE_NUMBER", 2, 15, 0.9, "p", 0),
        ("JP_MY_NUMBER", 5, 18, 0.6, "m", None),
        ("PERSON", 20, 24, 0.8, "n", None),
    ]
    assert [(f.entity_type, f.start, f.end) for f in _resolve(raw)] == [
        ("PHONE_NUMBER", 2, 18),
        ("PERSON", 20, 24),
    ]
