"""Round BT: record columns typed by their header when the rows and the header split differently
(records_bt.py, and round BM's header mapping around a two-field name): 記号 / 番号, PENSION,
ACCOUNT columns after a kanji or romaji name in two fields; not-personal headers (No, RCVNO,
受付番号, AMOUNT) vetoing postal / insurance / account reads; `` / ``-separated rows with a
被保険者番号 column; a bare-digit cell in a column of hyphenated phones. Negatives: parts lists,
receipt tables with no person, slash rows of 管理番号, lot columns. Every value is invented."""

# ruff: noqa: E501  (invented table rows are long lines)
from __future__ import annotations

import pytest

from govrag.dlp.recognizers.records_bt import header_vetoed

from .conftest import scan_values

_KOKUHO = (
    "国民健康保険 世帯一覧⏎No 氏名 続柄 生年月日 記号 番号⏎"
    "1 浅野 敏行 世帯主 S30.2.11 3309 1742⏎2 浅野 恵子 妻 S33.6.5 3309 1743"
)
_ROMAJI = (
    "RCPT   NAME              PENSION      ACCT     DOB⏎"
    "120934 MORITA SHINJI     0562214870   2281406  19770812⏎"
    "120951 IKEDA NAO         4410938215   5540127  19880130"
)
_RCV = (
    "REC  RCVNO    NAME-KANA         TEL           ACCOUNT  AMOUNT⏎"
    "D05  1630221  ﾓﾘﾀ ｼﾝｼﾞ         09044128830   6620193  00021000⏎"
    "D05  1630225  ｲｹﾀﾞ ﾅｵ          08077301164   1193302  00008400"
)
_SLASH = (
    "氏名 / 生年月日 / 電話 / 被保険者番号⏎"
    "市川 道子 / 昭和18年5月2日 / 048-221-0937 / 0512204478⏎"
    "榎本 清 / 昭和20年9月14日 / 048-227-5510 / 3370915526"
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. a two-field name under a shorter header: 記号 / 番号 and PENSION after it
        (_KOKUHO, "JP_HEALTH_INSURANCE", ["3309", "1742", "3309", "1743"]),
        (
            "部品表⏎No 品名 規格 記号 番号⏎1 丸 座金 M6 3309 1742⏎2 角 座金 M8 3309 1743",
            "JP_HEALTH_INSURANCE",
            [],
        ),
        (_ROMAJI, "JP_PENSION_NUMBER", ["0562214870", "4410938215"]),
        (_ROMAJI, "PHONE_NUMBER", []),
        (
            "YEAR  PLAN          PENSION   COUNT⏎2024  KIGYO GATA    2210455   31⏎2025  KOJIN GATA    1830912   12",
            "JP_PENSION_NUMBER",
            [],
        ),
        # 2. RCVNO / AMOUNT not personal, ACCOUNT typed beside the phone
        (_RCV, "JP_BANK_ACCOUNT", ["6620193", "1193302"]),
        (_RCV, "JP_POSTAL_CODE", []),
        (
            "REC  RCVNO    ITEM            AMOUNT⏎D06  1630230  TONER CYAN      00012000⏎D06  1630231  FILE BOX        00003300",
            "JP_POSTAL_CODE",
            [],
        ),
        # 3. ' / ' rows under a ' / ' header
        (_SLASH, "JP_HEALTH_INSURANCE", ["0512204478", "3370915526"]),
        (_SLASH, "PHONE_NUMBER", ["048-221-0937", "048-227-5510"]),
        (
            "件名 / 受付日 / 管理番号⏎街路樹の剪定 / 2026年3月2日 / 0512204478⏎公園の遊具 / 2026年3月5日 / 3370915526",
            "JP_HEALTH_INSURANCE",
            [],
        ),
        # 4. one bare cell in a column of hyphenated phones
        (
            "小野\t0246-22-5081\t午前⏎岩田\t0462219037\t午後⏎根本\t090-3318-6604\t午前",
            "PHONE_NUMBER",
            ["0246-22-5081", "0462219037", "090-3318-6604"],
        ),
        ("棚1\tLOT-5510-0032\t入庫⏎棚2\t0462219037\t入庫⏎棚3\tLOT-5510-0040\t出庫", "PHONE_NUMBER", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected


_KEEP = "受付番号  氏名        備考⏎1630221  森田 慎二  〒 1630221⏎1630225  池田 奈緒  郵便番号"


@pytest.mark.parametrize(
    ("text", "value", "kind", "vetoed"),
    [
        (_RCV, "1630221", "JP_POSTAL_CODE", True),  # under RCVNO: no postal code
        (_KOKUHO, "1 浅野", "JP_HEALTH_INSURANCE", True),  # the row number under No
        (_ROMAJI, "0562214870", "PHONE_NUMBER", True),  # a PENSION cell is no phone
        (_ROMAJI, "0562214870", "JP_PENSION_NUMBER", False),  # its own type stays
        (_KEEP, "1630221", "JP_POSTAL_CODE", False),  # a 〒 on the row keeps it
        (_KEEP, "1630225", "JP_POSTAL_CODE", False),  # 郵便番号 on the row keeps it
        (_RCV, "09044128830", "PHONE_NUMBER", False),  # a phone cell is not vetoed as a phone
    ],
)
def test_header_veto(text: str, value: str, kind: str, vetoed: bool) -> None:
    text = text.replace("⏎", "\n")
    start = text.index(value)
    end = start + len(value.split(" ")[0])
    assert header_vetoed(text, kind, start, end) is vetoed
