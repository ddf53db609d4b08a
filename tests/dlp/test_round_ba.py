"""Round BA: coded glued records, compact era rows, household lists, headerless pension pipe
records, kana transfer lines, foreign account labels, double-spaced cards and spaced-hyphen
mobiles (records_ba.py). Negatives: product and amount runs, toll-free numbers, staff lists, status
words, expense pipe rows, count lines, order numbers, Luhn-invalid groups. Every value is invented
(values differ from the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_CODED = "0210西岡　由香　ﾆｼｵｶ ﾕｶ      19770521209066144720⏎0211柳　誠　　ﾔﾅｷﾞ ﾏｺﾄ      20030810108044912600"
_PENSION = "E47731028456ﾂﾀﾞ ﾋﾛｼ              196211031 5300012"
_ERA = "0099001122ｱｷﾔﾏ ﾅﾅ             H080730  07066128841  0000031000"
_HOUSE = "同居予定者⏎ 1. 大橋 敦子（妻）昭和58年5月16日⏎ 2. 湊（長男）H29.1.8"
_FAMILY = "世帯状況⏎世帯主　早川　稔　S46.6.2⏎配偶者　千春　S48.12.1⏎子　　　葵　H20.5.30"
_PIPE = "#HEADER 年金連携⏎0004|3817702649|平井|信吾|19600419|7600023|香川県高松市寿町1丁目4番2号"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. coded glued records, pension rows ending in a postal code
        (_CODED, "DATE_OF_BIRTH", ["19770521", "20030810"]),
        (_CODED, "PHONE_NUMBER", ["09066144720", "08044912600"]),
        ("0005事務用品　ｺﾋﾟｰﾖｳｼ       20240701300000125000", "PHONE_NUMBER", []),
        (_PENSION, "JP_POSTAL_CODE", ["5300012"]),
        ("Z9 ｹﾝｽｳ 0000000312 ｼｮﾘﾋﾞ 202503311 0000000", "JP_POSTAL_CODE", []),
        # 2. compact era rows
        (_ERA, "DATE_OF_BIRTH", ["H080730"]),
        ("0099001122ｼﾞﾑｼｮ ｺｰﾄﾞ        R070401  0120443322  0000052000", "DATE_OF_BIRTH", []),
        # 3. household lists
        (_HOUSE, "DATE_OF_BIRTH", ["昭和58年5月16日", "H29.1.8"]),
        (_HOUSE, "PERSON", ["大橋 敦子", "湊"]),
        (_FAMILY, "PERSON", ["早川　稔", "千春", "葵"]),
        ("担当者⏎ 1. 青山（主任）2025年4月1日着任⏎ 2. 森（係長）2025年4月1日着任", "DATE_OF_BIRTH", []),
        ("世帯状況⏎世帯主　変更なし　2025.4.1 届出⏎配偶者　なし", "DATE_OF_BIRTH", []),
        # 4. headerless pipe records in a pension context
        (_PIPE, "JP_PENSION_NUMBER", ["3817702649"]),
        (_PIPE, "PERSON", ["平井", "信吾"]),
        ("#BEGIN 物品データ⏎0001|3817702649|ボルト|M8|20250401|1200000|倉庫A⏎#END", "JP_PENSION_NUMBER", []),
        ("年金事務所 経費集計⏎0001|2025040100|事務費|消耗品|20250401|0150000|本所", "JP_PENSION_NUMBER", []),
        # 5. kana transfer lines
        ("ｷﾝﾕｳｷｶﾝ 0138 ｼﾃﾝ 207 ﾖｷﾝ 1 ｺｳｻﾞ 4402918 ﾒｲｷﾞ ﾊﾔｼ ﾐﾄﾞﾘ", "JP_BANK_ACCOUNT", ["4402918"]),
        ("ｷﾝﾕｳｷｶﾝ 0138 ｼﾃﾝ 207 ﾃｽｳﾘｮｳ 0000440 ｹﾝｽｳ 0000012", "JP_BANK_ACCOUNT", []),
        # 6. foreign account labels
        ("收款银行账号：6231755009123845664", "JP_BANK_ACCOUNT", ["6231755009123845664"]),
        ("收款银行账号：6231755009123845664", "CREDIT_CARD", []),
        ("受取銀行: 국민은행 계좌번호 481203-11-902274", "JP_BANK_ACCOUNT", ["481203-11-902274"]),
        ("주문번호 2025-0412-339102 (배송 완료)", "JP_BANK_ACCOUNT", []),
        # 7. double-spaced cards
        ("Card: 4543  1192  0877  0630⏎Amount: JPY 3,300", "CREDIT_CARD", ["4543  1192  0877  0630"]),
        ("Ref:  4543  1192  0877  0631", "CREDIT_CARD", []),
        # 8. spaced-hyphen mobiles after a 〒 address
        (
            "長男：菅原　亮　〒064-0804 北海道札幌市中央区南四条西8丁目2番5号　090 - 5540 - 1187",
            "PHONE_NUMBER",
            ["090 - 5540 - 1187"],
        ),
        (
            "長男：菅原　亮　〒064-0804 北海道札幌市中央区南四条西8丁目2番5号　090 - 5540 - 1187",
            "JP_ADDRESS",
            ["北海道札幌市中央区南四条西8丁目2番5号"],
        ),
        ("期間：2025 - 2026 - 2027 年度⏎配点 090 - 100 - 1000", "PHONE_NUMBER", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
