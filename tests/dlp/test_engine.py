"""Engine behaviour: input hardening, offline operation, chunking, statute text, large input."""

from __future__ import annotations

import socket
import tracemalloc
from functools import lru_cache

import pytest

from govrag.dlp import DLPEngine, Finding, scan
from govrag.errors import ConfigError, InputError
from tests.conftest import EGOV_XML

MN = "123456789018"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe\x00abc", "not valid UTF-8"),
        ("申請\x00書", "NUL character at position 2"),
        ("個人番号\udc80", "unpaired surrogate at position 4"),
        (12345, "must be str or UTF-8 bytes"),
    ],
)
def test_bad_input_is_a_clear_input_error(engine: DLPEngine, data: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        engine.scan(data)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n\u3000"])
def test_empty_text_gives_no_findings(engine: DLPEngine, text: str) -> None:
    assert engine.scan(text) == []


def test_utf8_bytes_are_accepted(engine: DLPEngine) -> None:
    found = engine.scan(f"個人番号{MN}".encode())
    assert [(f.entity_type, f.start, f.end) for f in found] == [("JP_MY_NUMBER", 4, 16)]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"entities": ["JP_SSN"]}, "unknown entity types"),
        ({"score_threshold": 1.5}, "score_threshold"),
        ({"nlp": "spacy"}, "unknown nlp engine"),
        ({"chunk_size": 100}, "chunk_size"),
        ({"context": {"PHONE": ["電話"]}}, "unknown entity type"),
    ],
)
def test_bad_configuration_is_a_config_error(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        DLPEngine(**kwargs)  # type: ignore[arg-type]


def test_scan_and_engine_build_work_with_the_network_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network disabled by test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    eng = DLPEngine(entities=["EMAIL_ADDRESS", "PERSON"])
    text = "連絡先はtaro@example.co.jpです。申請者山田太郎様"
    assert [f.entity_type for f in eng.scan(text)] == ["EMAIL_ADDRESS", "PERSON"]


def test_custom_context_words_are_used() -> None:
    eng = DLPEngine(entities=["JP_BANK_ACCOUNT"], context={"JP_BANK_ACCOUNT": ["振込先番号"]})
    assert [f.entity_type for f in eng.scan("振込先番号1234567")] == ["JP_BANK_ACCOUNT"]
    assert eng.scan("整理番号1234567") == []


@pytest.mark.parametrize("shift", [0, 3, 7, 11])
def test_entities_across_chunk_borders_are_found(shift: int) -> None:
    eng = DLPEngine(entities=["JP_MY_NUMBER", "PHONE_NUMBER"], chunk_size=1000, overlap=100)
    filler = "行政庁は、申請の審査を開始しなければならない" * 50  # no line breaks: hard cut at 1000
    text = filler[: 1000 - 6 + shift] + f"個人番号{MN}。電話03-1234-5678。" + filler
    got = [(f.entity_type, text[f.start : f.end]) for f in eng.scan(text)]
    assert got == [("JP_MY_NUMBER", MN), ("PHONE_NUMBER", "03-1234-5678")]


@lru_cache(maxsize=1)
def _statute_text() -> tuple[str, ...]:
    """Sentence text of the 29 core laws (parsed once per session)."""
    from govrag.corpus import Corpus

    corpus = Corpus.from_path(EGOV_XML)
    out = []
    for law in corpus.laws:
        out.append(law.title + "\n" + (law.law_num or "") + "\n" + "\n".join(p.text for p in law.provisions))
    return tuple(out)


def test_core_laws_are_the_29_statutes() -> None:
    assert len(_statute_text()) == 29
    assert sum(len(t) for t in _statute_text()) > 1_000_000


def test_no_structured_findings_in_the_29_core_laws(structured_engine: DLPEngine) -> None:
    bad = []
    for text in _statute_text():
        for f in structured_engine.scan(text):
            bad.append((f.entity_type, text[max(0, f.start - 10) : f.end + 10]))
    assert bad == []


def test_ten_megabytes_in_bounded_memory(structured_engine: DLPEngine) -> None:
    block = "\n".join(_statute_text()[:4]) + f"\n申請者の個人番号は{MN}です。\n"
    n = (10 * 1024 * 1024) // len(block.encode()) + 1
    text = block * n
    assert len(text.encode()) >= 10 * 1024 * 1024
    tracemalloc.start()
    findings = structured_engine.scan(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [f.entity_type for f in findings] == ["JP_MY_NUMBER"] * n
    assert peak < 8 * len(text) + 64 * 1024 * 1024, peak  # folded copy + one chunk's work, not O(n) objects


@pytest.mark.slow
def test_ten_megabytes_full_engine(engine: DLPEngine) -> None:
    block = "\n".join(_statute_text()[:4]) + f"\n申請者山田太郎様の個人番号は{MN}です。\n"
    text = block * ((10 * 1024 * 1024) // len(block.encode()) + 1)
    findings = engine.scan(text)
    assert sum(f.entity_type == "JP_MY_NUMBER" for f in findings) == text.count(MN)


def test_module_level_scan_uses_the_default_engine() -> None:
    assert [f.entity_type for f in scan("個人番号は123456789018")] == ["JP_MY_NUMBER"]


def test_extra_recognizer_extends_the_engine() -> None:
    from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer

    class StaffIdRecognizer(JaPatternRecognizer):
        ENTITY = "JP_STAFF_ID"
        SOURCE = "example: 職員番号 (one letter + six digits)"
        PATTERNS = (JaPattern("staff", r"(?P<v>[A-Z]\d{6})(?![0-9])", 0.4, needs_context=True),)
        CONTEXT = ("職員番号",)

    eng = DLPEngine(entities=["JP_STAFF_ID", "JP_MY_NUMBER"], recognizers=[StaffIdRecognizer()])
    text = f"職員番号A123456、個人番号{MN}"
    assert [(f.entity_type, text[f.start : f.end]) for f in eng.scan(text)] == [
        ("JP_STAFF_ID", "A123456"),
        ("JP_MY_NUMBER", MN),
    ]
    assert eng.scan("型番A123456") == []


def test_non_recognizer_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="presidio EntityRecognizers"):
        DLPEngine(recognizers=[object()])  # type: ignore[list-item]


@pytest.mark.slow
def test_ginza_engine_adds_ner_names() -> None:
    pytest.importorskip("ja_ginza")
    eng = DLPEngine(nlp="ginza")
    text = "申請者山田太郎様の件は、担当の佐藤が対応します。行政庁の長は大臣に報告する。"
    got = [(f.entity_type, text[f.start : f.end]) for f in eng.scan(text)]
    assert got == [("PERSON", "山田太郎"), ("PERSON", "佐藤")]


@pytest.mark.parametrize("shift", [0, 5, 13, 29, 101])
def test_chunked_scan_equals_unchunked_scan(engine: DLPEngine, shift: int) -> None:
    import json

    from tests.dlp.test_evalset import EVAL

    rows = [json.loads(x)["text"] for x in EVAL.read_text(encoding="utf-8").splitlines() if x.strip()]
    text = "あ" * shift + "".join(rows)[:6000]  # no line breaks: every chunk border cuts a sentence
    small = DLPEngine(chunk_size=1000, overlap=120)
    def as_tuples(findings: list[Finding]) -> list[tuple[str, int, int]]:
        return [(f.entity_type, f.start, f.end) for f in findings]

    assert as_tuples(small.scan(text)) == as_tuples(engine.scan(text))
