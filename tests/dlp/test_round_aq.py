"""Round AQ: ゆうちょ 記号-番号 and passport numbers answered in chats, Korean 계좌번호 lines,
KISONENKIN / BIRTH fixed-width records, a 4+6 pension number after the 年金手帳 was shown,
Vietnamese and after-address postal codes, Portuguese born dates, 西暦換算 and 生年月日（role）
dates, ``Passport (country):``, a letter-spaced 在留カード heading; and the look-alikes beside them.
Every value is invented (values differ from the round's evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_PENSION_FILE = (
    "SEQ  KANA-NAME      BIRTH    KISONENKIN  KB⏎"
    "0301 ｻｻｷ ﾏｺﾄ       19660521 7730218846 01⏎"
    "0302 ｻｻｷ ﾕｶﾘ       19680304 7730218854 02"
)
_AMOUNT_FILE = "SEQ  KANA-NAME      BIRTH    AMOUNT      KB⏎0301 ｻｻｷ ﾏｺﾄ       19660521 0000045000 01"
_BIRTH_FILE = (
    "KEY        NAME           ZIP     ADDRESS                  BIRTH⏎"
    "4410287716 ﾊｼﾓﾄ ﾖｳｺ      3710044 群馬県前橋市荒牧町4-2-11      19740826"
)
_PAY_FILE = (
    "KEY        NAME           ZIP     ADDRESS                  PAYDATE⏎"
    "4410287716 ﾊｼﾓﾄ ﾖｳｺ      3710044 群馬県前橋市荒牧町4-2-11      20241125"
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("利用者：ゆうちょしかないです⏎利用者：10870-41129936", "JP_BANK_ACCOUNT", ["10870-41129936"]),
        ("相談員：ゆうちょの窓口は9時からです⏎相談員：10870-41129936", "JP_BANK_ACCOUNT", []),
        ("相談員：整理番号⏎相談員：10870-41129936", "JP_BANK_ACCOUNT", []),
        ("계좌번호: 県北農業協同組合 5520914", "JP_BANK_ACCOUNT", ["5520914"]),
        ("계좌번호: 北都銀行 本店 0093318", "JP_BANK_ACCOUNT", ["0093318"]),
        ("접수번호: 北都信用金庫 5520914 건", "JP_BANK_ACCOUNT", []),
        (_PENSION_FILE, "JP_PENSION_NUMBER", ["7730218846", "7730218854"]),
        (_PENSION_FILE, "DATE_OF_BIRTH", ["19660521", "19680304"]),
        (_AMOUNT_FILE, "JP_PENSION_NUMBER", []),
        ("担当：年金手帳を見せてもらいました⏎担当：6102 448817です", "JP_PENSION_NUMBER", ["6102 448817"]),
        ("担当：年金手帳は見せてもらえませんでした⏎担当：受付 2024 112501 です", "JP_PENSION_NUMBER", []),
        ("LE VAN AN: Mã bưu chính 433-8117", "JP_POSTAL_CODE", ["433-8117"]),
        ("Mã hồ sơ 433-8117", "JP_POSTAL_CODE", []),
        (
            "New address: 福岡県久留米市本町3-8-1 830-0022⏎Phone: 090-1144-2290",
            "JP_POSTAL_CODE",
            ["830-0022"],
        ),
        ("Order No.: 830-0022⏎Delivered.", "JP_POSTAL_CODE", []),
        ("Passport (Nepal): 20417738", "JP_PASSPORT", ["20417738"]),
        ("Invoice (Nepal): 20417738", "JP_PASSPORT", []),
        ("Staff: Passport number din po?⏎Joy Reyes: P7731026B po", "JP_PASSPORT", ["P7731026B"]),
        ("Staff: Member number din po?⏎Joy Reyes: P7731026B po", "JP_PASSPORT", []),
        ("在 留 カ ー ド⏎番号 QR 61027734 ZT⏎氏名 MAY TAN", "JP_RESIDENCE_CARD", ["QR 61027734 ZT"]),
        ("受 付 票⏎番号 QR 61027734 ZT", "JP_RESIDENCE_CARD", []),
    ],
)
def test_numbers(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Meu nome é Ana Costa, nasci em 19 de maio de 1979.", "DATE_OF_BIRTH", ["19 de maio de 1979"]),
        ("Nós chegamos em 19 de maio de 2019.", "DATE_OF_BIRTH", []),
        ("जन्म मिति: 2040-02-11 B.S.（西暦換算 1983年5月頃）", "DATE_OF_BIRTH", ["2040-02-11", "1983年5月"]),
        ("申請日 2081-07-15 B.S.（西暦換算 2024年10月頃）", "DATE_OF_BIRTH", []),
        ("生年月日（義務者）1977年11月。", "DATE_OF_BIRTH", ["1977年11月"]),
        ("納付期限（義務者）2024年11月。", "DATE_OF_BIRTH", []),
        (_BIRTH_FILE, "DATE_OF_BIRTH", ["19740826"]),
        (_PAY_FILE, "DATE_OF_BIRTH", []),
    ],
)
def test_birth_dates(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
