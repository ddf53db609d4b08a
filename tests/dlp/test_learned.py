"""The learned candidate classifier (issue 11): what it adds, what it must not, and its guarantees
(packaged weights checked by SHA-256, deterministic, offline, never removes a rule finding).
Every value is invented."""

from __future__ import annotations

import itertools
import shutil
import socket
from pathlib import Path

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.learned import CLASSES, candidates, features, hashed, learned_findings, load_model
from govrag.errors import ConfigError

from .conftest import newlines


@pytest.fixture(scope="module")
def rules_only() -> DLPEngine:
    return DLPEngine(learned=False)


@pytest.fixture(scope="module")
def engine() -> DLPEngine:
    """The engine with the learned classifier on (the default)."""
    return DLPEngine(learned=True)


#: layouts the rules miss and the classifier adds: (text, type, value)
ADDED: list[tuple[str, str, str]] = [
    (
        "申請者 札幌市中央区北一条西三丁目4番地5 振込 北洋銀行大通支店 5521093 個人番号 未記載",
        "JP_BANK_ACCOUNT",
        "5521093",
    ),
    ("給与の振込口座が変わりました。新しい番号は 6620158 です。", "JP_BANK_ACCOUNT", "6620158"),
    # round AT: "my postcode is 650-0011" is now read by the rules (labels_ml.py label → value);
    # round AV: "折返し番号 080 5512 3904" too (折返し is a call-log phone label of labels_ml.py)
]

#: texts where the classifier must add nothing (statute text, amounts, document numbers, codes)
NOT_ADDED: list[str] = [
    "第十二条　前条の規定は、平成十五年五月三十日から施行する。",
    "附則（令和二年三月三十一日法律第八号）抄",
    "予算額 1,234,567,890円（前年度 987,654,321円）",
    "文書番号 総務第4471号（令和6年4月1日付け）",
    "発番 2024-001234 の文書を起案した。",
    "品番 8812-5530-2219 在庫 44 個",
    "注文番号 771204589913 の出荷を確認しました。",
    "会議は 2025年6月12日 10:00 から第3会議室で開催する。",
    "統計表 第3表 人口 1284 5521 6630 (千人)",
    "zipper size 420-0853",
]


# A postal-code shape above a heading with no address (「980-0811⏎宮城県の観光案内」) was masked by the
# round-1 model (fail closed); the round-2 refit after rule round AH sets the postal threshold at
# 0.98 by grouped CV and no longer adds it — the rules leave it too. What the model adds where the
# rules find nothing is tested by ADDED above.


#: values the classifier proposes that the engine's vetoes drop (specimen markers after or before)
VETOED: list[str] = [
    "給与の振込口座が変わりました。新しい番号は 6620158 です。⏎※上記は記載例です。",
    # round 2: the model itself now doubts a value after 架空のデータ (P 0.78), so the marker here is
    # one it still proposes under (架空の人物の情報)
    "以下は架空の人物の情報です。給与の振込口座が変わりました。新しい番号は 6620158 です。",
    "【記入例】⏎給与の振込口座が変わりました。新しい番号は 6620158 です。",
]


@pytest.mark.parametrize("text", VETOED)
def test_engine_vetoes_apply_to_its_additions(engine: DLPEngine, text: str) -> None:
    t = newlines(text)
    assert [t[f.start : f.end] for f in learned_findings(t, [])] == ["6620158"]
    assert engine.scan(t) == []


@pytest.mark.parametrize(("text", "entity", "value"), ADDED)
def test_adds_what_the_rules_miss(
    engine: DLPEngine, rules_only: DLPEngine, text: str, entity: str, value: str
) -> None:
    t = newlines(text)
    assert (entity, value) not in {(f.entity_type, t[f.start : f.end]) for f in rules_only.scan(t)}
    got = {(f.entity_type, t[f.start : f.end], f.recognizer) for f in engine.scan(t)}
    assert (entity, value, "learned") in got


@pytest.mark.parametrize("text", NOT_ADDED)
def test_adds_nothing_here(engine: DLPEngine, text: str) -> None:
    t = newlines(text)
    assert [f for f in engine.scan(t) if f.recognizer == "learned"] == []


def test_never_removes_a_rule_finding(engine: DLPEngine, rules_only: DLPEngine) -> None:
    texts = (
        [newlines(t) for t, _, _ in ADDED]
        + [newlines(t) for t in NOT_ADDED]
        + [
            "個人番号：1234 5678 9018、電話 090-1234-5678、〒160-0023",
            "旅券番号 TK1234567 / 在留カード AB12345678CD / 生年月日 1980年4月2日",
        ]
    )
    for t in texts:
        rules = set(rules_only.scan(t))
        both = engine.scan(t)
        assert rules <= set(both)
        assert all(f.recognizer == "learned" for f in set(both) - rules)
        spans = [(f.start, f.end) for f in both]
        assert spans == sorted(spans)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_default_on_and_entities(rules_only: DLPEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    assert rules_only.learned is False
    monkeypatch.setenv("GOVRAG_DLP_LEARNED", "0")  # no environment switch: configuration is explicit
    assert DLPEngine().learned is True
    assert DLPEngine(learned=False).learned is False
    only_mail = DLPEngine(entities=["EMAIL_ADDRESS"], learned=True)
    for text, entity, _ in ADDED:
        if entity != "EMAIL_ADDRESS":
            assert all(f.entity_type == "EMAIL_ADDRESS" for f in only_mail.scan(newlines(text)))


def test_candidates_and_features_are_deterministic() -> None:
    text = "電話 090-1234-5678、生年月日 1980年4月2日、旅券 TK1234567、請求額 12,800円"
    spans = candidates(text)
    assert [text[s:e] for s, e in spans] == ["090-1234-5678", "1980年4月2日", "TK1234567"]
    assert hashed(["B"]) == [53041]  # CRC-32, not Python's per-process salted hash()
    f1 = features(text, *spans[0])
    assert "c:phone" in f1 and f1 == features(text, *spans[0])
    model = load_model()
    p1 = model.probabilities([hashed(features(text, s, e)) for s, e in spans])
    p2 = model.probabilities([hashed(features(text, s, e)) for s, e in spans])
    assert (p1 == p2).all() and p1.shape == (3, len(CLASSES))
    assert abs(float(p1.sum()) - 3.0) < 1e-6


def test_weights_sha256_is_checked(tmp_path: Path) -> None:
    data = Path(__file__).resolve().parents[2] / "govrag" / "dlp" / "data"
    for name in ("dlp_classifier.npy", "dlp_classifier.json"):
        shutil.copy(data / name, tmp_path / name)
    assert load_model(tmp_path).thresholds == load_model().thresholds
    raw = bytearray((tmp_path / "dlp_classifier.npy").read_bytes())
    raw[-1] ^= 1
    (tmp_path / "dlp_classifier.npy").write_bytes(bytes(raw))
    load_model.cache_clear()
    with pytest.raises(ConfigError, match="SHA-256"):
        load_model(tmp_path)
    load_model.cache_clear()


def test_offline(monkeypatch: pytest.MonkeyPatch, engine: DLPEngine) -> None:
    def no_network(*_a: object, **_k: object) -> None:
        raise AssertionError("the learned classifier must not touch the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    load_model.cache_clear()
    text = "問合せ先 090-1234-5678"
    assert learned_findings(text, []) == learned_findings(text, [])
    engine.scan(text)


def test_import_does_no_work() -> None:
    import subprocess
    import sys

    code = (
        "import govrag.dlp.learned as m, sys; "
        "assert m.load_model.cache_info().currsize == 0; assert 'numpy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_candidates_touching_any_finding_are_left_to_the_rules() -> None:
    from govrag.dlp.model import Finding

    text = "給与の振込口座が変わりました。新しい番号は 6620158 です。"
    i = text.index("6620158")
    alone = learned_findings(text, [])
    assert [(f.entity_type, text[f.start : f.end]) for f in alone] == [("JP_BANK_ACCOUNT", "6620158")]
    for found in (
        [Finding("PERSON", i + 3, i + 4, 1.0, "x")],
        [Finding("PERSON", 0, i + 1, 1.0, "x"), Finding("PERSON", i + 3, i + 4, 1.0, "x")],
        [Finding("PERSON", 0, len(text), 1.0, "x"), Finding("PERSON", 2, 4, 1.0, "x")],
    ):
        assert learned_findings(text, found) == []
    assert learned_findings(text, [Finding("PERSON", 0, i, 1.0, "x")]) == alone
