"""Round AO: phone-shaped product codes (titled 品番 tables, Part No., supplies tables), a mobile
in a redaction worksheet, Nepali / all-digit passports, OCR'd licence copies, birth dates (Chinese,
Bikram Sambat, corrections, heard answers, （昭和N年M月生）, a label with a blank line, semicolon
CSV, era codes, household members), transfer data records, semicolon CSV accounts, a postal code
before an address, claim records, Chinese / Portuguese insurance symbols; and the look-alikes
beside them. Every value is invented (values differ from the round's evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_TRANSFER = "HDR20241120CHIIKI-SHIEN\nD000911812738846ﾋﾛｾ ﾏｻｷ          0000040000"
_CLAIM = (
    "HDR2024112011223344HIGASHI-HOSP\n"
    "D00001ﾅｶｼﾞﾏ ｴﾐ       19590412 137720 0408816 0052219\nTRL00001"
)
_CSV = "ID;氏名;生年月日;口座\nC0101;長谷部孝;1944.06.21;207-3381954\nC0102;長谷部絹;1947/09/02;207-3381955"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("事務用品 発注リスト\n品番\t品名\t数量\n080-7715-2290\t付箋\t20", "PHONE_NUMBER", []),
        ("選挙用品 発注一覧\n品名\t品番\t数量\n記載台\t03-8810-4426\t5", "PHONE_NUMBER", []),
        ("INVOICE\nPart No. 090-6643-1127\nQty: 2", "PHONE_NUMBER", []),
        ("Item No. 045-772-9018 cable", "PHONE_NUMBER", []),
        ("物品\tコード\t数量\n乾電池\t070-4418-2256\t30", "PHONE_NUMBER", []),
        ("品名\t業者\t電話\nマスク\t北商店\t0276-41-8823", "PHONE_NUMBER", ["0276-41-8823"]),
        ("品番\t品名\t担当\t携帯\nB-12\t手袋\t今村\t080-6610-4473", "PHONE_NUMBER", ["080-6610-4473"]),
        ("Department No\tName\tPhone\n12\tKato\t090-3381-7720", "PHONE_NUMBER", ["090-3381-7720"]),
        ("頁\t行\t該当記載\t不開示理由\n4\t6\t09027714480\t同上", "PHONE_NUMBER", ["09027714480"]),
        ("頁\t行\t該当記載\t不開示理由\n4\t6\t20241120017\t同上", "PHONE_NUMBER", []),
        ("मेरो पासपोर्ट नम्बर PA5520817 हो।", "JP_PASSPORT", ["PA5520817"]),
        ("Passport No. 12290475", "JP_PASSPORT", ["12290475"]),
        ("Part No. 12290475", "JP_PASSPORT", []),
        ("免許証の写し（OCR）\n宮田　浩\n第 551830274406 号", "JP_DRIVER_LICENSE", ["551830274406"]),
        ("通知書\n総務課\n第 551830274406 号", "JP_DRIVER_LICENSE", []),
        (_TRANSFER, "JP_BANK_ACCOUNT", ["2738846"]),
        ("HDR20241120\nD000000000000000ｺﾞｳｹｲ      0000040000", "JP_BANK_ACCOUNT", []),
        (_CSV, "JP_BANK_ACCOUNT", ["207-3381954", "207-3381955"]),
        (_CSV, "DATE_OF_BIRTH", ["1944.06.21", "1947/09/02"]),
        ("品番;品名;数量\n207-3381954;ケーブル;3", "JP_BANK_ACCOUNT", []),
        ("転居先 9218043 石川県白山市倉光3丁目8番", "JP_POSTAL_CODE", ["9218043"]),
        ("件数 1200341 北海道全体の世帯数", "JP_POSTAL_CODE", []),
        (_CLAIM, "JP_HEALTH_INSURANCE", ["137720", "0408816"]),
        ("您的保险证？\n答：记号 4410，番号 7726。", "JP_HEALTH_INSURANCE", ["4410", "7726"]),
        ("cartão do seguro (保険証): número 55021, símbolo 3307", "JP_HEALTH_INSURANCE", ["55021", "3307"]),
        ("Pedido número 55021, símbolo 3307", "JP_HEALTH_INSURANCE", []),
    ],
)
def test_codes_records_cards(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("「我叫周敏，出生于1969年3月30日。」", "DATE_OF_BIRTH", ["1969年3月30日"]),
        ("「我们于2019年3月30日到达。」", "DATE_OF_BIRTH", []),
        ("जन्म मिति (वि.सं.): २०४१-१०-०२", "DATE_OF_BIRTH", ["२०४१-१०-०२"]),
        ("生年月日の誤り。\n正しくは 昭和41年6月3日 です。", "DATE_OF_BIRTH", ["昭和41年6月3日"]),
        ("申請日の訂正。正しくは 令和6年6月3日 です。", "DATE_OF_BIRTH", []),
        ("誕生日は 8月19日 と回答。", "DATE_OF_BIRTH", ["8月19日"]),
        ("説明会は 8月19日 と回答。", "DATE_OF_BIRTH", []),
        ("対象者：安田 フミ（昭和12年5月生）", "DATE_OF_BIRTH", ["昭和12年5月"]),
        ("事業開始（昭和40年4月）", "DATE_OF_BIRTH", []),
        ("生年月日\n\n1949年2月", "DATE_OF_BIRTH", ["1949年2月"]),
        ("生年月日：S200811", "DATE_OF_BIRTH", ["S200811"]),
        ("生年月日：H311201", "DATE_OF_BIRTH", []),
        ("機器番号 S200811 の点検", "DATE_OF_BIRTH", []),
        ("氏名\t生年月日\n村井清\tS081030", "DATE_OF_BIRTH", ["S081030"]),
        ("世帯員一覧\n長女 幸 H6.2.14 学生", "DATE_OF_BIRTH", ["H6.2.14"]),
        ("世帯主変更届 受付 R6.5.10", "DATE_OF_BIRTH", []),
        ('{"birth": "1970-01-02", "received": "2025-02-03"}', "DATE_OF_BIRTH", ["1970-01-02"]),
    ],
)
def test_birth_dates(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
