"""Round AF: range end dates, ・生 memo bullets, insurer JSON keys, declared pipe field orders,
item-order person blocks, a document's bare 番号, an employer's 事業所記号. Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values

MN = "JP_MY_NUMBER"
PEN = "JP_PENSION_NUMBER"
DL = "JP_DRIVER_LICENSE"
DOB = "DATE_OF_BIRTH"
HI = "JP_HEALTH_INSURANCE"
BA = "JP_BANK_ACCOUNT"


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("生年月日：1977年5月2日⏎出向期間 2024年10月1日〜2025年9月30日", DOB, ["1977年5月2日"]),
        ("生年月日 1982/03/15⏎入院期間：2025/02/10 - 2025/02/24", DOB, ["1982/03/15"]),
        ("Card ZT55102938QA. She moved to Nagoya on 2023/11/20.", DOB, []),
        ("Lives in Sendai since 2018-06-01.", DOB, []),
        ("所見⏎・生 S52.8.14⏎・転居予定", DOB, ["S52.8.14"]),
        ("・生 S52.8.14 改定分", DOB, []),
        ("・生産 H8.4.3 ロット", DOB, []),
        ('{"insurer_no": "27130045", "number": "8812", "branch": "03"}', HI, ["27130045", "8812", "03"]),
        ('{"insurer_no": "06135521", "symbol": "55", "number": "902"}', HI, ["06135521", "55", "902"]),
        ('{"part": "nut", "symbol": "K3", "number": "5520", "branch": "01"}', HI, []),
        ("(fixed order: date|kiso|koza)⏎2025-02-01|5530-224187|4410298", PEN, ["5530-224187"]),
        ("(fixed order: date|kiso|koza)⏎2025-02-01|5530-224187|4410298", BA, ["4410298"]),
        ("(fixed order: date|lot|qty)⏎2025-02-01|5530224187|4410298", PEN, []),
        (
            "項目順：氏名／基礎年金番号（2人目は生年月日も）⏎─────⏎1人目⏎野口 修⏎6620-118843⏎"
            "─────⏎2人目⏎野口 葵⏎6620-118851⏎2006年2月3日",
            PEN,
            ["6620-118843", "6620-118851"],
        ),
        (
            "項目順：氏名／基礎年金番号（2人目は生年月日も）⏎─────⏎1人目⏎野口 修⏎6620-118843⏎"
            "─────⏎2人目⏎野口 葵⏎6620-118851⏎2006年2月3日",
            DOB,
            ["2006年2月3日"],
        ),
        ("項目順：品名／整理番号⏎─────⏎1件目⏎封筒⏎6620118843", PEN, []),
        ("確認書類：運転免許証　番号 526018159084", DL, ["526018159084"]),
        ("確認書類：運転免許証　番号 526018159084", MN, []),
        ("確認書類：運転免許証　受付番号 526018159084", DL, []),
        ("健康保険組合 事業所記号：482", HI, []),
        ("事業所記号 482 事業所番号 1170⏎被保険者証 記号 3301 番号 27", HI, ["3301", "27"]),
    ],
)
def test_round_af(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected
