"""Round W: joint health-insurance 記号・番号 of more shapes (split like rounds Q/T/U), short
health-insurance keys of logs, a Japanese column header with a blank inside; 店番-口座番号 after
口座; Tagalog birth labels, a quoted chat reply to a 生年月日 question, schedule lines; spaced postal
codes after 送付先 / 〒; foreign mobiles after mobile/cell; a previous passport number in brackets; a
city⏎ward wrapped address. Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values

HI = "JP_HEALTH_INSURANCE"
BA = "JP_BANK_ACCOUNT"
DOB = "DATE_OF_BIRTH"
PC = "JP_POSTAL_CODE"
TEL = "PHONE_NUMBER"
PP = "JP_PASSPORT"
AD = "JP_ADDRESS"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("保険証 記号・番号：5-2・3307", ["5-2", "3307"]),
        ("被保険者証 記号・番号 21-8・6042 を確認", ["21-8", "6042"]),
        ("記号・番号 7302・518（枝番02）", ["7302", "518", "02"]),
        ("被保険者証記号・番号 岡崎・5521", ["岡崎", "5521"]),
        ("被保険者証記号・番号：函館・40287（家族）", ["函館", "40287"]),
        ("氏名｜健保 番号｜備考⏎松下 透｜61142｜再交付", ["61142"]),
        ("健保 番号 ｜ 区分⏎228104 ｜ 本人", ["228104"]),
        ("uid=77 hi_no=3318-207 ok", ["3318-207"]),
        ("kenpo_no=5120-33", ["5120-33"]),
        ("hi_number: 80442", ["80442"]),
        ("被保険者証の記号番号：杉並12 34567", ["杉並12 34567"]),  # one value, as pii_ja labels it
        # hard negatives: sign, document and product codes, other *_no keys, no card word
        ("道路標識の記号・番号 5-2・3307 は別表のとおり", []),
        ("文書記号・番号 総務-2・4410 の通知", []),
        ("発番規程 記号・番号 岡崎・5521 号文書", []),
        ("商品コード 7302・518（色番02）", []),
        ("order_no=3318-207 status=ok", []),
        ("ticket_no=80442", []),
        ("記号・番号の記入例：記号「○○・1234」", []),
    ],
)
def test_health_insurance(text: str, expected: list[str]) -> None:
    assert scan_values(text, HI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("口座振替：みどり銀行 口座 0518-2209473 より引落", ["0518-2209473"]),
        ("口座振替依頼 普通 口座0271-6630158", ["0271-6630158"]),
        ("注文番号 0518-2209473 の返金", []),
        ("追跡番号 1207-4431098（宅配便）", []),
    ],
)
def test_bank_account(text: str, expected: list[str]) -> None:
    assert scan_values(text, BA) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kaarawan: 1987-10-03", ["1987-10-03"]),
        ("Petsa ng kapanganakan: June 9, 1990", ["June 9, 1990"]),
        ("職員「生年月日を教えてください」⏎相談者「1979年5月21日です」", ["1979年5月21日"]),
        ("担当「生年月日は？」⏎本人「平成2年12月8日です」", ["平成2年12月8日"]),
        ("研修生 SANTOS MARIA（1993.04.11）の在留期間", ["1993.04.11"]),
        # hard negatives: event dates after names in schedules, another question, no colon
        ("講演 佐野 美咲 2026年9月12日 13:00〜", []),
        ("研修日程：今井 翔 2026/10/05", []),
        ("担当「次回の面談日は？」⏎本人「2026年4月2日です」", []),
        ("Kaarawan ng bayan 2026-08-01", []),
    ],
)
def test_date_of_birth(text: str, expected: list[str]) -> None:
    assert scan_values(text, DOB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("送付先 330 0063 埼玉県さいたま市浦和区高砂3丁目15番1号", ["330 0063"]),
        ("返送先：460 0001 愛知県名古屋市中区三の丸3丁目1番2号", ["460 0001"]),
        ("〒0 6 0 - 8 5 8 8 北海道札幌市中央区北3条西6丁目", ["0 6 0 - 8 5 8 8"]),
        ("送付先 部数 330 件 0063 号", []),
        ("〒マーク 0 6 0 個", []),
    ],
)
def test_postal_code(text: str, expected: list[str]) -> None:
    assert scan_values(text, PC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mobile +44 7700 900512", ["+44 7700 900512"]),
        ("Cell: +49 160 3318 2207", ["+49 160 3318 2207"]),
        ("Tel: +1 (212) 555-0143", ["+1 (212) 555-0143"]),
        ("mobile data 44 7700 900512 bytes", []),
        ("来場者数⏎052 961 2111 人（累計）", []),
        ("電話 03-5253-2111 人事課", ["03-5253-2111"]),
    ],
)
def test_phone(text: str, expected: list[str]) -> None:
    assert scan_values(text, TEL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Passport No: 630118452 (prev. 571204398)", ["630118452", "571204398"]),
        ("旅券番号 TR5520418（旧 TR1107733）", ["TR5520418", "TR1107733"]),
        ("Order No: 630118452 (prev. 571204398)", []),
    ],
)
def test_passport(text: str, expected: list[str]) -> None:
    assert scan_values(text, PP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("住所 神奈川県横浜市⏎保土ケ谷区川辺町２－９", ["神奈川県横浜市\n保土ケ谷区川辺町２－９"]),
        ("住所：神奈川県横浜市南区六ツ川１－３３－８", ["神奈川県横浜市南区六ツ川１－３３－８"]),
        ("神奈川県横浜市⏎南区の人口は１－３月で増加", []),
        ("住所変更届の提出期限⏎南区役所 窓口", []),
    ],
)
def test_address(text: str, expected: list[str]) -> None:
    assert scan_values(text, AD) == expected
