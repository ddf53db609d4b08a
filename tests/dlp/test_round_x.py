"""Round X: family roster birth dates (relation in brackets), an era date in brackets after an age,
``YYYY Mon DD``; Chinese phone labels, a compact +CC number, callback=; municipality-first
addresses after site labels, before 「の」, in a numbered roster line, in a quoted loc=; a
tracking-number column is no My Number. Pension layouts were already found (kept here as
regression rows). Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values

DOB = "DATE_OF_BIRTH"
TEL = "PHONE_NUMBER"
AD = "JP_ADDRESS"
MN = "JP_MY_NUMBER"
PN = "JP_PENSION_NUMBER"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("請求者　基礎年金番号　6620－415093", ["6620－415093"]),
        ("□ 年金手帳：8041-227356 写し", ["8041-227356"]),
        ("年金手帳：紛失のため再発行中", []),
        ("基礎年金番号　未記入", []),
    ],
)
def test_pension(text: str, expected: list[str]) -> None:
    assert scan_values(text, PN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("支給対象児童 吉川 大翔（次男）令和4年7月19日", ["令和4年7月19日"]),
        ("同居親族 吉川 節子（祖母）昭和19年2月28日", ["昭和19年2月28日"]),
        ("子 吉川 芽依（三女）2023年1月6日", ["2023年1月6日"]),
        ("被扶養者 吉川 正（夫）S58.10.3", ["S58.10.3"]),
        ("異動事由：出産による追加 吉川 陽（子）令和7年4月2日", ["令和7年4月2日"]),
        ("利用者 坂口 ハル ８４歳（昭１５・９・２）", ["昭１５・９・２"]),
        ("本人 69歳（昭31・1・20）", ["昭31・1・20"]),
        ("Date of birth: 1979 Dec 14", ["1979 Dec 14"]),
        # hard negatives: schedules, roles in brackets, a period, ages alone, other dated labels
        ("日程 吉川 大翔（講師）令和8年7月19日 開催", []),
        ("研修会 吉川 節子（母）2026年2月28日", []),
        ("表彰 吉川 芽依（受賞者）2026年1月6日", []),
        ("被扶養者 吉川 正（夫）2026年4月1日から", []),
        ("利用者 坂口 ハル ８４歳 要介護１", []),
        ("65歳（令和8年4月1日）到達", []),
        ("Date of issue: 2025 Dec 14", []),
        ("Meeting: 2026 Feb 3", []),
    ],
)
def test_date_of_birth(text: str, expected: list[str]) -> None:
    assert scan_values(text, DOB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("联系人 电话 +86 137 2204 8815", ["+86 137 2204 8815"]),
        ("手机：+8613522087741", ["+8613522087741"]),
        ("手機 +886 912 345 678", ["+886 912 345 678"]),
        ("ts=2026-03-01 callback=09012873340 queued", ["09012873340"]),
        ("tel=08033419027", ["08033419027"]),
        # hard negatives: no number, a format note, order IDs, a URL parameter
        ("电话咨询 工作日 9:00-17:30", []),
        ("手机号码格式：+86 加 11 位数字", []),
        ("order_id=20260301774 status=paid", []),
        ("callback=https://example.jp/r?id=09012873340", []),
        ("txn=30118274650 ok", []),
    ],
)
def test_phone(text: str, expected: list[str]) -> None:
    assert scan_values(text, TEL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("所在 前橋市大手町2-4-17", ["前橋市大手町2-4-17"]),
        ("工事場所：小山市城山町3丁目1-6 地内", ["小山市城山町3丁目1-6"]),
        ("防火対象物 三島市一番町18-5 ミシマビル3階", ["三島市一番町18-5 ミシマビル3階"]),
        ("設置場所：飯田市本町1-2-9", ["飯田市本町1-2-9"]),
        ("Endereço: 磐田市中泉2-8-11 サンハイム102", ["磐田市中泉2-8-11 サンハイム102"]),
        ("4 吉川 大翔 佐野市高砂町3-15", ["佐野市高砂町3-15"]),
        ("昨日、館林市本町1-7-3 の倉庫で火災", ["館林市本町1-7-3"]),
        ('level=warn loc="諏訪市高島3-1200-9" kind=leak', ["諏訪市高島3-1200-9"]),
        # hard negatives: statute prose, facilities without numbers, other loc values, a year list
        ("第三条　この条例において「市」とは、前橋市をいう。", []),
        ("附則　この法律は、小山市城山町の区域については、政令で定める日から施行する。", []),
        ("施設 前橋市民文化会館 小ホール", []),
        ("設置場所 飯田市役所 正面玄関", []),
        ("工事場所 小山市城山町地内 ほか", []),
        ('loc="倉庫B" status=open', []),
        ("令和7年度 佐野市 高砂町 地区計画", []),
    ],
)
def test_address(text: str, expected: list[str]) -> None:
    assert scan_values(text, AD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("個人番号：2661 7730 9815", ["2661 7730 9815"]),
        ("受付No,氏名,個人番号⏎B-114,吉川 正,814022566373", ["814022566373"]),
        # hard negatives: tracking columns (values passing the check digit)
        ("tracking_no,carrier⏎266177309815,ヤマト", []),
        ("追跡番号,運送会社⏎8140 2256 6373,日本郵便", []),
        ("Tracking,Carrier,Status⏎2661 7730 9815,JP Post,delivered", []),
    ],
)
def test_my_number(text: str, expected: list[str]) -> None:
    assert scan_values(text, MN) == expected
