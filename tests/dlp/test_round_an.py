"""Round AN: packed records with an unhyphenated postal code, space-aligned transfer rows, JSON
payment objects, 被保 labels, callers before a rank and より, interpreted birth-date answers,
<LicenseNumber> and aligned licence columns, phones with spaced hyphens; and the look-alikes beside
them (品番 / 型番 columns, 型番 changes, booked dates). Every value is invented (values differ from
the round's evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_PACKED = "71120458ﾓﾘｼﾀ ｱｷｺ       19580411620003108034419276000210"
_TRANSFER = "給付金\n0418  0005  10932214  ﾌｸｼﾏ ﾖｳｺ     30000"
_PAYMENT = '{"bank": "0010", "account": "207-6613029", "payee": "ｸﾛｷ ｼﾝ", "amount": 7000}'
_LICENCE_ROW = "No   氏名        license        class\n07   北川 聡    366504172219   A4"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (_PACKED, "DATE_OF_BIRTH", ["19580411"]),
        (_PACKED, "JP_POSTAL_CODE", ["6200031"]),
        (_PACKED, "PHONE_NUMBER", ["08034419276"]),
        (_PACKED, "PERSON", ["ﾓﾘｼﾀ ｱｷｺ"]),
        ("71120459ﾓﾘｼﾀ ｹﾝ         19560302060004109021174830", "JP_POSTAL_CODE", ["0600041"]),
        ("71120459ﾓﾘｼﾀ ｹﾝ         19560302060004109021174830", "PHONE_NUMBER", ["09021174830"]),
        (_TRANSFER, "JP_BANK_ACCOUNT", ["0932214"]),
        (_TRANSFER, "PERSON", ["ﾌｸｼﾏ ﾖｳｺ"]),
        ("0418  0005  10000000  ｺﾞｳｹｲ     30000", "JP_BANK_ACCOUNT", []),
        (_PAYMENT, "JP_BANK_ACCOUNT", ["207-6613029"]),
        (_PAYMENT, "PERSON", ["ｸﾛｷ ｼﾝ"]),
        ('{"ledger": "misc", "account": "620-0000004", "credit": 900}', "JP_BANK_ACCOUNT", []),
        ("介護保険 被保 0420071185 保険者 131029", "JP_HEALTH_INSURANCE", ["0420071185", "131029"]),
        ("被保護世帯 0420 件", "JP_HEALTH_INSURANCE", []),
        ("南警察署 交通課 岩田巡査部長より\n048-552-1190", "PERSON", ["岩田"]),
        ("南警察署 交通課 岩田巡査部長より\n048-552-1190", "PHONE_NUMBER", ["048-552-1190"]),
        (_LICENCE_ROW, "JP_DRIVER_LICENSE", ["366504172219"]),
        (_LICENCE_ROW, "JP_MY_NUMBER", []),
        ("<LicenseNumber>503307218841</LicenseNumber>", "JP_DRIVER_LICENSE", ["503307218841"]),
        ("<SerialNumber>503307218841</SerialNumber>", "JP_DRIVER_LICENSE", []),
    ],
)
def test_records_and_keys(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("通訳：Qual é a sua data de nascimento?\nLuiza Prado: 02/10/1987", "DATE_OF_BIRTH", ["02/10/1987"]),
        ("通訳：Qual é a sua data de nascimento?\nLuiza Prado: 02/10/1987", "PERSON", ["Luiza Prado"]),
        ("Interpreter: What is your date of birth?\nSamuel Okafor: 19/03/1975", "DATE_OF_BIRTH",
         ["19/03/1975"]),
        ("通訳：Qual é a data da consulta?\nLuiza: 02/10/2025", "DATE_OF_BIRTH", []),
        ("父の誕生日は9月17日とのこと。", "DATE_OF_BIRTH", ["9月17日"]),
        ("誕生日会は9月17日とのこと。", "DATE_OF_BIRTH", []),
        ("携帯 080 - 6617 - 2093（妻）", "PHONE_NUMBER", ["080 - 6617 - 2093"]),
        ("緊急時 090 - 1187 - 4402", "PHONE_NUMBER", ["090 - 1187 - 4402"]),
        ("管理番号 100 - 4471 - 0093", "PHONE_NUMBER", []),
        ("型番\t名称\n080-3316-2204\tトナー\n090-5581-0067\tドラム", "PHONE_NUMBER", []),
        ("品番\t品名\t数量\n070-2219-4458\t封筒\t50", "PHONE_NUMBER", []),
        ("型番 080-7701-2246 を 080-7701-2250 に変更", "PHONE_NUMBER", []),
        ("佐藤 翼（4月2日生まれ）は令和7年1月20日の枠を希望", "DATE_OF_BIRTH", ["4月2日"]),
    ],
)
def test_dialogues_phones_vetoes(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
