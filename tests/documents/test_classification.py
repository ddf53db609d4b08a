"""Classification at ingestion: file markings cover every passage, section markings their section,
personal data is redacted in the stored text (originals only in an encrypted vault)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.documents.conftest import CONFIDENTIAL, DOCS


@pytest.mark.parametrize(("name", "level"), [(CONFIDENTIAL, 2), ("shinsa_jido_teate.pdf", 2)])
def test_file_marking_covers_every_passage(documents: dict[str, Any], name: str, level: int) -> None:
    doc = documents[name]
    assert doc.level == level and "機密性2" in doc.markings
    assert doc.passages and all(p.level == level for p in doc.passages)


@pytest.mark.parametrize(
    ("section", "level"), [("第1", 1), ("第2", 1), ("第3", 2), ("第3の(1)", 2), ("第4", 1)]
)
def test_section_marking_covers_that_section_only(
    documents: dict[str, Any], section: str, level: int
) -> None:
    doc = documents["manual_madoguchi.html"]
    assert doc.level == 1
    assert {p.level for p in doc.passages if p.section == section} == {level}


@pytest.mark.parametrize(
    "value",
    ["山田太郎", "霞が関二丁目1番2号", "03-5253-5111", "昭和58年4月12日", "佐藤花子", "090-1234-5678"],
)
def test_personal_data_is_redacted_in_stored_text(documents: dict[str, Any], value: str) -> None:
    stored = "\n".join(p.text for d in documents.values() for p in d.passages)
    assert value not in stored


def test_redaction_keeps_placeholders_and_reasons(documents: dict[str, Any]) -> None:
    p = next(p for p in documents[CONFIDENTIAL].passages if p.section == "1")
    assert p.redacted and "<DOC_PERSON_1>" in p.text and "<DOC_PHONE_NUMBER_1>" in p.text
    assert {"PERSON", "PHONE_NUMBER", "機密性2"} <= set(p.reasons)


def test_public_documents_stay_level_1(documents: dict[str, Any]) -> None:
    for name in ("tsuchi_honninkakunin.docx", "yoryo_shomeisho.pdf", "faq_tetsuzuki.md", "qa_mynumber.xlsx"):
        assert {p.level for p in documents[name].passages} == {1}, name


def test_originals_only_in_the_vault(tmp_path: Any) -> None:
    from govrag.dlp import Vault
    from govrag.documents.ingest import load_document

    vault = Vault(ttl_seconds=None)
    doc = load_document(DOCS / CONFIDENTIAL, vault=vault)
    p = next(p for p in doc.passages if p.section == "1")
    key = Vault.generate_key()
    vault.save(tmp_path / "v.bin", key=key)
    assert b"\xe5\xb1\xb1\xe7\x94\xb0" not in (tmp_path / "v.bin").read_bytes()  # 山田 not in plaintext
    back = Vault.load(tmp_path / "v.bin", key=key)
    assert back.value_of("<DOC_PERSON_1>") == "山田太郎" and "山田太郎" not in p.text


def test_redaction_can_be_turned_off() -> None:
    from govrag.documents.ingest import load_document

    doc = load_document(DOCS / CONFIDENTIAL, redact=False)
    assert any("山田太郎" in p.text for p in doc.passages)
    assert all(p.level == 2 and not p.redacted for p in doc.passages)
