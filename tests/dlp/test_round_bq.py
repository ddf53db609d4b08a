"""Round BQ: fixed-width transfer lines (a 15-digit run = bank 4 + branch 3 + type 1 + account 7
above a type-8 trailer), headerless person rows (name, kana name, birth date, 〒 …) and half-width
kana names split into family / given columns (records_bq.py). Negatives: parts lists, ledgers,
schedules, event rows, statistics. Every value is invented (values differ from the round's batch
and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_TRANSFER = (
    "00021  ﾂﾁﾔ ﾐﾉﾙ            00094121{acct}    00000031500⏎"
    "00022  ｶﾈｺ ｱｻﾐ            00094122{acct2}    00000012000⏎"
    "8          00000043500⏎9"
)
_SPLIT = (
    "ｵｵﾀ\tｼｮｳﾀ\t1987/02/14\t4600008\t愛知県名古屋市中区栄2-9-1⏎"
    "ﾁﾊﾞ\tﾏﾕ\t1993/10/01\t4600011\t愛知県名古屋市中区大須3-4⏎"
    "ｸﾎﾞ\tｹｲ\t1971/06/25\t4610005\t愛知県名古屋市東区東桜1-2"
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. fixed-width transfer lines above a type-8 trailer
        (_TRANSFER.format(acct="6051837", acct2="2290416"), "JP_BANK_ACCOUNT", ["6051837", "2290416"]),
        (
            "00003 ﾐｽﾞﾉ ｱｷﾗ    17203031[acct]  0000008800⏎8 00001 0000008800".replace("[acct]", "4418025"),
            "JP_BANK_ACCOUNT",
            ["4418025"],
        ),
        (_TRANSFER.format(acct="6051837", acct2="2290416"), "PERSON", ["ﾂﾁﾔ ﾐﾉﾙ", "ｶﾈｺ ｱｻﾐ"]),
        # no trailer (a parts list), bank code 0000 (a ledger), type digit 5 (a dated schedule)
        (
            "00001  ﾎﾞﾙﾄ M8       000941216051837    00000000500⏎"
            "00002  ﾅｯﾄ M8        000941216051844    00000000500",
            "JP_BANK_ACCOUNT",
            [],
        ),
        ("00004  ｻﾞｯﾋﾟ ﾋ       000000000031500    00000031500⏎8          00000031500⏎9", "JP_BANK_ACCOUNT", []),
        (
            "00006  ｹﾝｼﾝ ﾖﾃｲ      202701151000002    00000000040⏎8          00000000040⏎9",
            "JP_BANK_ACCOUNT",
            [],
        ),
        # 2. headerless person rows: the date before 〒 is the birth date; name and kana apart
        (
            "中島 悠斗,ナカジマ ユウト,May 21, 1994,〒802-0001,福岡県北九州市小倉北区浅野2-3,093-511-0472",
            "DATE_OF_BIRTH",
            ["May 21, 1994"],
        ),
        (
            "北村 恵　キタムラ メグミ　昭和58年9月2日　〒020-0021　岩手県盛岡市中央通1-6",
            "PERSON",
            ["北村 恵", "キタムラ メグミ"],
        ),
        (
            "野口 泉　ﾉｸﾞﾁ ｲｽﾞﾐ　1982.05.17　〒321-0953　栃木県宇都宮市東宿郷3-1",
            "DATE_OF_BIRTH",
            ["1982.05.17"],
        ),
        # a labelled row is not the bare shape: its joint name stays masked (the veto fails closed)
        (
            "氏名：北村 恵　キタムラ メグミ　昭和58年9月2日　〒020-0021　岩手県盛岡市中央通1-6",
            "PERSON",
            ["北村 恵\u3000キタムラ メグミ"],
        ),
        ("説明会,セツメイカイ,June 3, 2027,〒802-0001,福岡県北九州市小倉北区浅野2-3", "DATE_OF_BIRTH", []),
        ("研修室　ケンシュウシツ　令和9年2月1日　〒020-0021　岩手県盛岡市中央通1-6", "DATE_OF_BIRTH", []),
        # 3. half-width kana names split into family / given columns in person rows
        (_SPLIT, "PERSON", ["ｵｵﾀ", "ｼｮｳﾀ", "ﾁﾊﾞ", "ﾏﾕ", "ｸﾎﾞ", "ｹｲ"]),
        (
            "ｼｭｳﾆｭｳ\tｻﾞｲｹﾞﾝ\t2400300\t東京都新宿区西新宿2-8-1⏎ｼｭｳﾆｭｳ\tｺｳﾌｷﾝ\t1100500\t東京都新宿区西新宿2-8-1",
            "PERSON",
            [],
        ),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
