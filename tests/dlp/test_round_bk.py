"""Round BK: e-mail addresses whose local part ends with a dot or holds two dots in a row
(email_address.py), romaji header rows with hyphenated or short insurance columns (HIHO-BANGO, EDA:
round BG's lexicon, records_bg.py), and CSV rows whose unquoted amount holds a thousands separator
(more cells than the header: columns.py). Negatives: an address without a domain, an inventory header,
a CSV without a personal column. Every value is invented (values differ from the round's batch and
evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_ROWS = "NO   SHIMEI          KOKUHO-KIGO  HIHO-BANGO  EDA⏎7    ﾋｶﾞｼ ﾐﾂﾙ       39           715520      02"
_SHORT = "SEQ  NAME-KANA       KIGO   BANGO   EDA⏎3    ｸﾘﾊﾗ ﾅﾅ        218    6604    01"
_STOCK = "LOT   ITEM-NAME      EDA   QTY⏎B07   ﾋﾟﾝ 3MM        04    120"
_PENSION = "氏名,基礎年金番号,受給月額⏎高野 陸,5518402937,73,400"
_TWO = "氏名,年金番号,月額,年額⏎江口 玲,6029183374,58,100,697,200"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. e-mail local parts with a trailing dot or two dots in a row; no label swallowed
        ("メール：【kaori.@au.com】", "EMAIL_ADDRESS", ["kaori.@au.com"]),
        ("Email:mitsu..ki@docomo.ne.jp", "EMAIL_ADDRESS", ["mitsu..ki@docomo.ne.jp"]),
        ("(ryo..t.@ezweb.ne.jp)", "EMAIL_ADDRESS", ["ryo..t.@ezweb.ne.jp"]),
        ("書式エラー：name.@localhost は無効", "EMAIL_ADDRESS", []),
        ("例：abc..@ のみ", "EMAIL_ADDRESS", []),
        # 2. romaji header rows: hyphenated and short insurance words
        (_ROWS, "JP_HEALTH_INSURANCE", ["39", "715520", "02"]),
        (_SHORT, "JP_HEALTH_INSURANCE", ["218", "6604", "01"]),
        (_STOCK, "JP_HEALTH_INSURANCE", []),
        # 3. CSV rows with a split amount
        (_PENSION, "JP_PENSION_NUMBER", ["5518402937"]),
        (_TWO, "JP_PENSION_NUMBER", ["6029183374"]),
        ("区分,件数,受給月額⏎遺族,5518402937,73,400", "JP_PENSION_NUMBER", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
