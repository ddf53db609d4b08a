"""機密性 classification (markings + PII) and the egress policy."""

from __future__ import annotations

import pytest

from govrag.dlp import Classification, DLPEngine, Reason, check_egress, classify
from govrag.dlp.classify import find_markings
from govrag.errors import ConfigError, SensitiveDataBlocked


@pytest.mark.parametrize(
    ("text", "level", "types"),
    [
        ("【極秘】来年度の組織改編案", 3, ["極秘"]),
        ("極秘　取扱厳重注意", 3, ["極秘", "取扱厳重注意"]),
        ("［秘］人事異動案", 3, ["秘"]),
        ("(秘) 会議資料", 3, ["秘"]),
        ("㊙ 予算査定資料", 3, ["秘"]),
        ("機密性3情報を含む", 3, ["機密性3"]),
        ("機密性３", 3, ["機密性3"]),
        ("機密性：３", 3, ["機密性3"]),
        ("極秘の人事資料", 3, ["極秘"]),
        ("〔特定秘密〕防衛関係資料", 3, ["特定秘密"]),
        ("秘\n件名：調達計画について", 3, ["秘"]),
        ("本文書は特定秘密に指定されている。", 3, ["特定秘密"]),
        ("機密性2情報", 2, ["機密性2"]),
        ("取扱区分　機密性レベル２", 2, ["機密性2"]),
        ("機密性２　関係者限り", 2, ["機密性2", "関係者限り"]),
        ("【取扱制限】職員名簿", 2, ["取扱制限"]),
        ("部外秘：予算資料", 2, ["部外秘"]),
        ("要機密 の資料です", 2, ["要機密"]),
        ("申請者山田太郎様からの相談記録", 2, ["PERSON"]),
        ("個人番号は123456789018です", 2, ["JP_MY_NUMBER"]),
        ("【秘】申請者山田太郎様の件", 3, ["秘", "PERSON"]),
        # ordinary words containing 秘 / statute text are not markings
        ("職員は、職務上知ることのできた秘密を漏らしてはならない。", 1, []),
        ("秘密保持義務に違反した者は、一年以下の懲役に処する。", 1, []),
        ("特定秘密の保護に関する法律第三条の規定により指定する。", 1, []),
        ("行政手続法第十二条第三項の規定による。", 1, []),
        ("極秘に調査を進めた", 1, []),
        ("", 1, []),
    ],
)
def test_classify_levels(engine: DLPEngine, text: str, level: int, types: list[str]) -> None:
    c = engine.classify(text)
    assert c.level == level
    assert list(c.types) == types


def test_reasons_give_positions_not_values() -> None:
    text = "【極秘】個人番号は123456789018"
    c = classify(text)
    assert [(r.kind, r.type, r.start, r.end, r.level) for r in c.reasons] == [
        ("marking", "極秘", 0, 4, 3),
        ("pii", "JP_MY_NUMBER", 9, 21, 2),
    ]
    assert "123456789018" not in repr(c)


def test_find_markings_spans() -> None:
    assert [(r.type, r.start, r.end) for r in find_markings("資料（機密性２）")] == [("機密性2", 3, 7)]


def _cls(level: int, *types: str) -> Classification:
    return Classification(level, tuple(Reason("pii", t, 0, 1, 2) for t in types))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("level", "max_level", "blocked"),
    [(1, 1, False), (2, 1, True), (2, 2, False), (3, 3, True), (3, 2, True), (1, 3, False)],
)
def test_check_egress(level: int, max_level: int, blocked: bool) -> None:
    c = _cls(level, "PERSON")
    if blocked:
        with pytest.raises(SensitiveDataBlocked) as exc:
            check_egress(c, max_level=max_level, destination="cc-gov-llm")
        assert f"機密性{level}" in str(exc.value) and "PERSON" in str(exc.value)
        assert "cc-gov-llm" in exc.value.reason and exc.value.stage == "dlp.policy"
    else:
        check_egress(c, max_level=max_level, destination="cc-gov-llm")


def test_check_egress_never_names_values() -> None:
    text = "申請者山田太郎様"
    with pytest.raises(SensitiveDataBlocked) as exc:
        check_egress(classify(text), max_level=1, destination="x")
    assert "山田" not in str(exc.value)


@pytest.mark.parametrize("bad", [0, 4, "2"])
def test_check_egress_rejects_bad_max_level(bad: object) -> None:
    with pytest.raises(ConfigError):
        check_egress(_cls(1), max_level=bad, destination="x")  # type: ignore[arg-type]
