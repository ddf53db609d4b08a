"""Round BE: headerless person rows read column by column (a postal code with or without hyphen, an
11-digit mobile or a 10-digit landline after the birth date), postal code + mobile glued into one
digit run, no 個人番号 cut out of a longer digit run (glued runs, 13-digit JAN codes), REC rows with
an era-coded birth date and a 10-digit 基礎年金番号 at the end, and 12-digit 個人番号 under a combined
法人番号/個人番号 column (records_be.py, records.py, base.py). Negatives: parts lists, goods lists,
zero-padded or zero-filled fields, corporations' rows. Every value is invented (values differ from
the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_ROWS = (
    "見守り名簿⏎2201 ﾎｼﾉ ﾀｸﾐ     19610822 731-0105 09072215538 B1⏎"
    "2202 ﾎｼﾉ ｱｲ       19640310 7310105  0829551204 B1"
)
_GLUED = "7002ﾊﾀﾉ ﾕｳｼﾞ      593919409046222408884236⏎7003ﾊﾀﾉ ﾐﾎ        565936709041903160585854"
_REC = "REC00520 ﾊﾏﾀﾞ ﾄｼｵ        763923321466 3410527  0000915000  2093841176⏎END000001"
_PAY = (
    "受給者\t個人・法人番号\t種別\t金額⏎株式会社さくら技研\t4527777278280\t委託料\t90000⏎"
    "中川 真理\t981973699351\t講師謝金\t30000"
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. person rows by shape: postal codes (hyphenated in a row of the text) and phones
        (_ROWS, "JP_POSTAL_CODE", ["731-0105", "7310105"]),
        (_ROWS, "PHONE_NUMBER", ["09072215538", "0829551204"]),
        ("3301 ﾆｲﾀﾞ ｹｲｺ      19720605 4410362 08055120974", "PHONE_NUMBER", ["08055120974"]),
        ("3301 ﾆｲﾀﾞ ｹｲｺ      19720605 4410362 08055120974", "JP_POSTAL_CODE", []),
        ("0101 ﾈｼﾞ M5      20250101 731-0105 0900 A1", "JP_POSTAL_CODE", []),
        # 2. postal code + mobile glued in one run; no 個人番号 cut out of it
        (_GLUED, "JP_POSTAL_CODE", ["5939194", "5659367"]),
        (_GLUED, "PHONE_NUMBER", ["09046222408", "09041903160"]),
        (_GLUED, "JP_MY_NUMBER", []),
        ("出荷ロット⏎" + _GLUED, "JP_POSTAL_CODE", []),
        # 3. a 13-digit JAN code is no record code + 個人番号
        ("商品リスト⏎4527777278280 醤油 1L⏎4572502867222 味噌 750g", "JP_MY_NUMBER", []),
        # 4. REC rows: era-coded birth date after the 個人番号, 基礎年金番号 at the end
        (_REC, "DATE_OF_BIRTH", ["3410527"]),
        (_REC, "JP_PENSION_NUMBER", ["2093841176"]),
        (_REC.replace("2093841176", "0002093841"), "JP_PENSION_NUMBER", []),
        ("REC00521 ｼｭｳｹｲ ｺﾞｳｹｲ        000000000000 3410527  0000915000  2093841176", "DATE_OF_BIRTH", []),
        # 5. a combined 法人番号/個人番号 column: 12 digits in a person's row
        (_PAY, "JP_MY_NUMBER", ["981973699351"]),
        (_PAY.replace("981973699351", "(未提出)"), "JP_MY_NUMBER", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
