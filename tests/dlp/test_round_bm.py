"""Round BM: record columns typed from all their rows (records_bm.py). An unlabelled 7-digit column
after a 3- / 4-digit code column in person rows (kana name, birth date, phone) is a bank account; a
12-digit column where fewer than half of the cells pass the 個人番号 check digit (or a 16-digit one
failing Luhn) is a code column; a cell under an amount / count header is no account, phone or 個人番号. Vetoes
fail closed: a 個人番号 / ACCOUNT header or label keeps its values. Every value is invented (values
differ from the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

# person rows: space-aligned, tab, pipe, CSV without a header
_SPACED = (
    "30118824  ﾀｶｷﾞ ﾕｲ           19870214 4600012 09035518204 0005 2718306⏎"
    "30118825  ﾎﾝﾀﾞ ｹｲｽｹ         19750930 8120045 08061170398 0179 6093512⏎"
    "30118826  ｳｴﾉ ｻｷ            20010605 0600041 07044207716 0310 1187465"
)
_TABS = (
    "ｶﾄﾞﾜｷ ﾘﾝ\t1992/03/17\t090-6621-8830\t0138\t412\t3350872⏎"
    "ｵｶﾓﾄ ﾀｸﾐ\t1968/11/02\t080-2209-4417\t0009\t105\t7720194⏎"
    "ﾊﾏﾀﾞ ﾕｷﾉ\t1985/07/29\t070-5583-1092\t0005\t031\t1049336"
)
_PIPES = (
    "|2201|ﾔｼﾞﾏ ｺｳｷ|1979-04-08|09077102285|0310|5528041|⏎"
    "|2202|ﾆｲﾂﾞﾏ ｱｵｲ|1996-12-21|08031947760|0001|8360217|⏎"
    "|2203|ｼﾉﾊﾗ ﾐｵ|2003-02-11|07092385514|0179|2273609|"
)
_CSV = (
    "7711,ｱﾍﾞ ｼｮｳﾀ,19930418,080-4417-2290,0005,118,6650231⏎"
    "7712,ｲﾏｲ ﾚﾅ,19810723,090-3308-7151,0009,402,3025918⏎"
    "7713,ｴﾝﾄﾞｳ ﾅｵｷ,19700109,070-1145-6632,0001,227,9081734"
)
# a 12-digit stock code column: the second code passes the 個人番号 check digit, the others do not
_STOCK = "330912874415 FLASHLIGHT  120 OK⏎348363351146 RADIO-AM     45 LOW⏎571209338862 BATTERY-D  900 OK"
_STOCK_TAB = (
    "330912874415\t乾パン\t120\t在庫あり⏎348363351146\t簡易トイレ\t45\t不足⏎571209338862\t毛布\t900\t在庫あり"
)
_AMOUNTS = (
    "CODE  ITEM                 COUNT    AMOUNT⏎"
    "2710  KOZA_FURIKAE          4418  61172039⏎"
    "2711  FURIKOMI              3902  57730418⏎"
    "2712  HENKIN                 771   6021945"
)
_AMOUNTS_JA = (
    "年度  口座振替件数  金額⏎2021  3318402  90214471⏎2022  3409917  92201845⏎2023  3552006  95518820"
)

_ACCT_AMOUNT = (
    "KANA            ACCT_NO   AMOUNT⏎"
    "ｵｵﾉ ｻﾄｼ         3318402  90214471⏎"
    "ﾊﾗﾀﾞ ﾏｲ         4409917  12201845⏎"
    "ｷﾀｶﾞﾜ ﾀｶｼ       5552006  75518820"
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. person rows: the 7-digit column after the code column is an account
        (_SPACED, "JP_BANK_ACCOUNT", ["2718306", "6093512", "1187465"]),
        (_TABS, "JP_BANK_ACCOUNT", ["3350872", "7720194", "1049336"]),
        (_TABS, "DATE_OF_BIRTH", ["1992/03/17", "1968/11/02", "1985/07/29"]),
        (_PIPES, "JP_BANK_ACCOUNT", ["5528041", "8360217", "2273609"]),
        (_CSV, "JP_BANK_ACCOUNT", ["6650231", "3025918", "9081734"]),
        (_CSV, "PHONE_NUMBER", ["080-4417-2290", "090-3308-7151", "070-1145-6632"]),
        # no person in the rows: parts lists and region tables keep their 7-digit columns unread
        (
            "4410  3382015  BOLT-M10  40⏎4411  3382016  NUT-M10  80⏎4412  3382017  WASHER  120",
            "JP_BANK_ACCOUNT",
            [],
        ),
        (
            "|0101|北部|1204418|5520361|⏎|0102|南部|1133902|4981107|⏎|0103|中央|2270415|9902318|",
            "JP_BANK_ACCOUNT",
            [],
        ),
        # 2. a 12-digit column where most cells fail the check digit is no 個人番号 column
        (_STOCK, "JP_MY_NUMBER", []),
        (_STOCK_TAB, "JP_MY_NUMBER", []),
        (
            "5448219301876622 SERIAL-K 3⏎4539578763621487 SERIAL-K 9⏎6011223344556677 SERIAL-M 1",
            "CREDIT_CARD",
            [],
        ),
        # review: two of three cells pass Luhn: a card column with one mistyped cell stays masked
        (
            "5448219301876622 SERIAL-K 3⏎4539578763621486 SERIAL-K 9⏎6011223344556677 SERIAL-M 1",
            "CREDIT_CARD",
            ["4539578763621486", "6011223344556677"],
        ),
        # fail closed: a 個人番号 header, a labelled line under the block, every cell passing
        (
            "個人番号      氏名⏎348363351146  大野　聡⏎465813291935  原田　舞⏎664153643704  北川　崇",
            "JP_MY_NUMBER",
            ["348363351146", "465813291935", "664153643704"],
        ),
        (_STOCK + "⏎個人番号：184044562735", "JP_MY_NUMBER", ["184044562735"]),
        (
            "184044562735  ｵｵﾉ ｻﾄｼ⏎774843490145  ﾊﾗﾀﾞ ﾏｲ⏎971047892290  ｷﾀｶﾞﾜ ﾀｶｼ",
            "JP_MY_NUMBER",
            ["184044562735", "774843490145", "971047892290"],
        ),
        # review: one mistyped cell in a real 個人番号 column does not unmask the valid ones
        (
            "501  ｱｲｶﾜ ｼﾞｭﾝ    757491186253  19580401⏎502  ｲﾄﾞ ﾏﾘｺ      757491186252  19580402⏎"
            "503  ｳﾒﾀﾞ ｹﾝｼﾞ    770658948113  19580403⏎504  ｴﾉﾓﾄ ﾕｳｶ     561748338014  19580404",
            "JP_MY_NUMBER",
            ["757491186252", "770658948113", "561748338014"],
        ),
        # 3. an amount / count header: no account readings of its cells
        (_AMOUNTS, "JP_BANK_ACCOUNT", []),
        (_AMOUNTS_JA, "JP_BANK_ACCOUNT", []),
        # fail closed: the ACCOUNT / 口座番号 column beside the AMOUNT one, a labelled line below
        (
            _ACCT_AMOUNT,
            "JP_BANK_ACCOUNT",
            ["3318402", "4409917", "5552006"],
        ),
        (
            "支店番号  口座番号  金額⏎118  2041739  33018842⏎402  6630215  10472291⏎227  9118804  52200417",
            "JP_BANK_ACCOUNT",
            ["2041739", "6630215", "9118804"],
        ),
        (_AMOUNTS_JA + "⏎振込先 口座番号 7716024", "JP_BANK_ACCOUNT", ["7716024"]),
        # review: a hyphenated phone under an amount header (a name split in two shifts the columns
        # under a whitespace header) is a misplaced column, still masked
        (
            "NAME        AMOUNT        TEL⏎山田 花子   090-3311-2040   03-3311-2040⏎"
            "鈴木 一郎   080-2290-1178   06-2290-1178⏎田中 次郎   070-5518-3342   045-551-3342",
            "PHONE_NUMBER",
            [
                "090-3311-2040",
                "03-3311-2040",
                "080-2290-1178",
                "06-2290-1178",
                "070-5518-3342",
                "045-551-3342",
            ],
        ),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
