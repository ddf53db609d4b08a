"""Round BD: space-separated transfer rows (the account after the type digit, no account in the
amount after the kana name), licence numbers in Portuguese / English wording (no 個人番号 even when
the digits pass its check), OCR'd licence cards with a spaced 番 号 label and spaced digits, and a
birth year and month after 生年は (records_bd.py). Negatives: inventories, fees with receipt numbers,
a 第 … 号 line of a 整理番号 or a 議案, a founding year. Every value is invented (values differ from
the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_TRANSFER = "国保税 口座振替不能リスト⏎0003 0012 604 1 5093317 ﾏﾂﾀﾞ ｹｲｺ      0027300 E2"
_CARD = "運 転 免 許 証⏎交 付  2024/05/21⏎番 号  第 7 1 0 3   4 4 8 2   9 0 6 1 号⏎福井県公安委員会"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. transfer rows: the account after the type digit, not the amount after the name
        (_TRANSFER, "JP_BANK_ACCOUNT", ["5093317"]),
        ("0003 0012 604 1 5093317 ﾈｼﾞ M6      0027300 E2", "JP_BANK_ACCOUNT", []),
        # 2. licence numbers in Portuguese / English (valid 個人番号 digits stay a licence)
        (
            "Tenho carteira de motorista japonesa, número 7301 8822 9148.",
            "JP_DRIVER_LICENSE",
            ["7301 8822 9148"],
        ),
        ("Tenho carteira de motorista japonesa, número 7301 8822 9148.", "JP_MY_NUMBER", []),
        ("Bring your licence (No. 415563021875) on the day.", "JP_DRIVER_LICENSE", ["415563021875"]),
        ("Bring your licence (No. 415563021875) on the day.", "JP_MY_NUMBER", []),
        ("Licence fee 2,600 yen; receipt No. 7301 8822 9148", "JP_DRIVER_LICENSE", []),
        # 3. an OCR'd licence card: spaced label, digits spaced one by one
        (_CARD, "JP_DRIVER_LICENSE", ["7 1 0 3   4 4 8 2   9 0 6 1"]),
        ("整 理 番 号  第 710344829061 号⏎交 付  2024/05/21", "JP_DRIVER_LICENSE", []),
        # 4. a birth year and month after 生年は
        ("申立人の父。生年は昭和29年6月とのこと。", "DATE_OF_BIRTH", ["昭和29年6月"]),
        ("工場の竣工は昭和29年6月とのこと。", "DATE_OF_BIRTH", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
