"""Round BV: Zengin-style transfer files (bank name or blanks, payee glued or spaced, with or without
an end record), corrected accounts in chats, Portuguese / Spanish / English payee blocks, half-width
kana number labels, and the veto of amounts read as accounts (records_bv.py). Negatives: a stock file
with a type digit 5, a data line without header or trailer, a zero ledger, corrected dates / amounts /
other numbers, ``Conta`` / ``Cuenta`` lines without a bank line. Every value is invented (values
differ from the round's evaluation rows)."""

from __future__ import annotations

import pytest

from govrag.dlp.recognizers.rounds import vetoed_by_rounds

from .conftest import scan_values

_ZENGIN = (
    "1210000000000ｽﾎﾟｰﾂｼﾕｳｲﾝ\n"
    "20177ｶﾓﾒｷﾞﾝｺｳ     4021{a}ﾔｽﾀﾞ ｼｭﾝ           0000023100\n"
    "20177ｶﾓﾒｷﾞﾝｺｳ     1562{b}ｲﾏｲ ﾅﾂﾐ           0000017600\n"
    "8000002"
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. Zengin-style transfer files
        (_ZENGIN.format(a="3906612", b="0148827"), "JP_BANK_ACCOUNT", ["3906612", "0148827"]),
        (
            "1210000000000ｼﾖｳｶﾞｸｷﾝ\n21183       7711 2047591 ｵｻﾞｷ ﾘﾝ          0000050000\n9",
            "JP_BANK_ACCOUNT",
            ["2047591"],
        ),
        (
            "21203ﾐﾅﾄｼﾝｷﾝ  60943188020ﾀｶｷﾞﾕｳﾀ            0000007500\n8000001\n9000000",
            "JP_BANK_ACCOUNT",
            ["3188020"],
        ),
        (
            "1990000000000ｻﾞｲｺ\n20177ﾎﾞﾙﾄ       40253906612ﾅｯﾄ          0000023100\n8000001",
            "JP_BANK_ACCOUNT",
            [],
        ),
        ("20177ｶﾓﾒｷﾞﾝｺｳ     40213906612ﾔｽﾀﾞ ｼｭﾝ           0000023100", "JP_BANK_ACCOUNT", []),
        # 2. corrected accounts in chats
        (
            "nagai: 就学援助の口座が返ってきた（口座番号4418203で口座なし）⏎oda: 本人に聞きます⏎"
            "oda: 正しくは4418230だそうです。修正します",
            "JP_BANK_ACCOUNT",
            ["4418203", "4418230"],
        ),
        ("口座変更届を受理。訂正後 6650124 で登録済み。", "JP_BANK_ACCOUNT", ["6650124"]),
        ("口座の件、開始日は正しくは2027年4月1日です。", "JP_BANK_ACCOUNT", []),
        ("口座の件、郵便番号も誤りで、正しくは郵便番号6040861です。", "JP_BANK_ACCOUNT", []),
        # 3. foreign payee blocks
        ("Banco: 若葉銀行 / agência 091\nConta: 6630481", "JP_BANK_ACCOUNT", ["6630481"]),
        ("Banco: 東浜信用金庫, sucursal 44\nCuenta: 2209175", "JP_BANK_ACCOUNT", ["2209175"]),
        ("Cuenta de agua\nCuenta: 2209175", "JP_BANK_ACCOUNT", []),
        ("Banco: 若葉銀行 / agência 091\nProtocolo: 6630481", "JP_BANK_ACCOUNT", []),
        # 4. half-width kana labels
        ("ｷｿﾈﾝｷﾝﾊﾞﾝｺﾞｳ: 4402-118093", "JP_PENSION_NUMBER", ["4402-118093"]),
        ("ﾈﾝｷﾝ ﾊﾞﾝｺﾞｳ=6120-774301", "JP_PENSION_NUMBER", ["6120-774301"]),
        ("ｷｺﾞｳ: 7702 ﾊﾞﾝｺﾞｳ: 31", "JP_HEALTH_INSURANCE", ["7702", "31"]),
        ("ﾁﾕｳﾓﾝﾊﾞﾝｺﾞｳ: 4402-118093", "JP_PENSION_NUMBER", []),
        ("ﾈﾝｷﾝｶﾞｸ: 4402-118093ｴﾝ", "JP_PENSION_NUMBER", []),
        # the amount veto: an amount is no account, a labelled value stays
        ("口座の件、振込額は正しくは3300000円です。", "JP_BANK_ACCOUNT", []),
        ("口座番号：3300000", "JP_BANK_ACCOUNT", ["3300000"]),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "vetoed"),
    [
        ("振込額は3300000円です", 4, 11, True),
        ("¥3300000 を送金", 1, 8, True),
        ("口座番号：3300000円", 5, 12, False),  # labelled: the veto keeps it
        ("Account No.: 3300000円", 13, 20, False),
        ("口座番号：3300000", 5, 12, False),
    ],
)
def test_amount_veto(text: str, start: int, end: int, vetoed: bool) -> None:
    assert vetoed_by_rounds(text, "JP_BANK_ACCOUNT", start, end) is vetoed
