"""Round BL: XML with Japanese element names — bare <記号> / <番号> / <枝番> inside an insurance or
card element are its parts (records_bl.py) — and OCR'd licence cards with spaced 氏 名 / 住 所 /
生 年 月 日 labels but no 免許 / 交付 / 公安委員会 word (records_bd.py). Negatives: the same elements
inside a part, an agenda or a 保険料 record, 第 … 号 document numbers with no card lines. Every value
is invented (values differ from the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_XML = (
    "<届出>⏎ <国民健康保険>⏎  <記号>ね482</記号>⏎  <番号>63</番号>⏎  <枝番>02</枝番>⏎ </国民健康保険>⏎</届出>"
)
_CARD = "氏 名  戸田 和也⏎番 号  第 ３８１５０２９４６６１７ 号⏎住 所  奈良県奈良市登大路町8-3"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. Japanese XML: parts of a card inside an insurance element
        (_XML, "JP_HEALTH_INSURANCE", ["ね482", "63", "02"]),
        (
            "<組合員証><記号>つ9</記号><番号>7205</番号></組合員証>",
            "JP_HEALTH_INSURANCE",
            ["つ9", "7205"],
        ),
        ("<部品><記号>K3</記号><番号>63</番号><枝番>02</枝番></部品>", "JP_HEALTH_INSURANCE", []),
        ("<議案>⏎<番号>7205</番号>⏎</議案>", "JP_HEALTH_INSURANCE", []),
        ("<保険料><番号>63</番号><金額>12000</金額></保険料>", "JP_HEALTH_INSURANCE", []),
        # 2. an OCR'd licence card known by its spaced labels
        (_CARD, "JP_DRIVER_LICENSE", ["３８１５０２９４６６１７"]),
        ("生 年 月 日  平成2年7月9日⏎番 号 第 774019283561 号", "JP_DRIVER_LICENSE", ["774019283561"]),
        ("番 号  第 381502946617 号⏎件 名 公有財産の処分", "JP_DRIVER_LICENSE", []),
        ("議 案 番 号 第 774019283561 号⏎氏名欄は自署", "JP_DRIVER_LICENSE", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
