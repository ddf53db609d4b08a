"""Round CB: birth columns named in a short form (生年月, 生年, 誕生年月, ｾｲﾈﾝ, SEINEN) holding
year-month or era-coded cells, ``|`` tables, dates under another event's column header (not births),
mobiles glued after a row's letter codes, a licence card's 12 digits spaced inside ``第 … 号``. Every
value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. short birth headers, partial and era-coded cells (each fails on main)
        (
            "氏名,生年月,備考⏎上野 航,1990/03,なし⏎上野 凛,1993/12,なし",
            "DATE_OF_BIRTH",
            ["1990/03", "1993/12"],
        ),
        ("ｼﾒｲ\tｾｲﾈﾝｶﾞｯﾋﾟ⏎ｶﾜｲ ﾄﾓｺ\tS610705⏎ｶﾜｲ ｹﾝ\tS590111", "DATE_OF_BIRTH", ["S610705", "S590111"]),
        ("番号;生年;区分⏎12;1971-04;A⏎13;1974-10;B", "DATE_OF_BIRTH", ["1971-04", "1974-10"]),
        (
            "ID|氏名|生年月|地区⏎3301|堤 洋平|1988-07|北⏎3302|堤 晴香|1990-01|北",
            "DATE_OF_BIRTH",
            ["1988-07", "1990-01"],
        ),
        (
            "児童名\t誕生年月\t学年⏎森 蒼\t2012.09\t6⏎森 陽菜\t2015.04\t3",
            "DATE_OF_BIRTH",
            ["2012.09", "2015.04"],
        ),
        # a quoted CSV export: the quotes are the cells' frame (lead, after the merge)
        (
            '"会員ID","氏名","生年月","携帯"⏎"5521","森 直人","1984/07","09011223344"',
            "DATE_OF_BIRTH",
            ["1984/07"],
        ),
        # hard negatives: a year-month under another header, bare years under 生年, codes
        ("品番,入荷年月,数量⏎C-10,2025/02,40⏎C-11,2025/03,15", "DATE_OF_BIRTH", []),
        ("生年\t人数⏎1990\t21⏎1991\t18", "DATE_OF_BIRTH", []),
        ("型番\t在庫⏎S610705\t40⏎H080214\t12", "DATE_OF_BIRTH", []),
        # 2. dates under another event's header in person rows (each an FP on main)
        (
            "NAME\tTEL\tSHUTOKU\t区分⏎ﾋﾛｾ ｱﾕﾐ\t09011119872\t20200520\tA⏎ﾋﾛｾ ｼﾞﾛｳ\t08022236401\t20220107\tB",
            "DATE_OF_BIRTH",
            [],
        ),
        ("ﾌﾘｶﾞﾅ,携帯,登録日⏎ｺﾞﾄｳ ﾏﾘ,09044018832,20240811⏎ｺﾞﾄｳ ｹｲ,09044018833,20240812", "DATE_OF_BIRTH", []),
        # a birth header keeps its column
        (
            "ﾌﾘｶﾞﾅ,携帯,生年月日⏎ｺﾞﾄｳ ﾏﾘ,09044018832,19800811⏎ｺﾞﾄｳ ｹｲ,09044018833,19820812",
            "DATE_OF_BIRTH",
            ["19800811", "19820812"],
        ),
        # 3. mobiles glued after letter codes (each fails on main)
        (
            "0101ﾐﾅﾐ ﾊﾙｶ     FO08055512267 1979⏎0102ﾐﾅﾐ ﾕｳﾄ     MA09033318842 1981",
            "PHONE_NUMBER",
            ["08055512267", "09033318842"],
        ),
        (
            "22 ﾓﾘ ｻﾁｺ   FAB07012348765⏎23 ﾓﾘ ｶｽﾞｵ   MB07012348766",
            "PHONE_NUMBER",
            ["07012348765", "07012348766"],
        ),
        (
            "0311ﾂﾀﾞ ﾐﾎMB08071104329ｶﾅｶﾞﾜ⏎0312ﾂﾀﾞ ﾘｸMO08071104330ｶﾅｶﾞﾜ",
            "PHONE_NUMBER",
            ["08071104329", "08071104330"],
        ),
        # hard negatives: product codes, non-mobile digits, no person on the row
        ("PRD  AB09012345678901  4⏎PRD  AB09012345678902  9", "PHONE_NUMBER", []),
        ("LOT FA0601234567 ﾐﾅﾐ ﾊﾙｶ", "PHONE_NUMBER", []),
        # 4. a licence card's spaced 第 … 号 line (each fails on main); notices without licence words
        ("第 51 07 33 82 19 64 号⏎○○県公安委員会", "JP_DRIVER_LICENSE", ["51 07 33 82 19 64"]),
        (
            "氏名 北野 匠⏎番号 第 6120 448371 09 号⏎令和12年01月05日まで有効",
            "JP_DRIVER_LICENSE",
            ["6120 448371 09"],
        ),
        ("第 2024 1105 0032 号⏎補助金の交付について", "JP_DRIVER_LICENSE", []),
        ("文書番号 第 2024 1105 0032 号⏎公安委員会への届出", "JP_DRIVER_LICENSE", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected


@pytest.mark.parametrize(
    ("text", "value", "vetoed"),
    [
        ("氏名,電話,受付日⏎原 健,0901234567,20250101⏎原 愛,0901234568,20250102", "20250101", True),
        ("name,phone,found⏎A B,0901234567,2025-01-01⏎C D,0901234568,2025-01-02", "2025-01-01", True),
        # a birth header, or a birth label inside the cell, keeps the value
        ("氏名,電話,生年月日⏎原 健,0901234567,19800101⏎原 愛,0901234568,19820102", "19800101", False),
        ("氏名,取得日,備考⏎原 健,20180404,生年月日 19800101⏎原 愛,20190505,なし", "19800101", False),
        ("登録日：20250101", "20250101", False),
    ],
)
def test_event_column_veto(text: str, value: str, vetoed: bool) -> None:
    from govrag.dlp.recognizers.records_cb import event_column_date

    folded = text.replace("⏎", "\n")
    start = folded.index(value)
    assert event_column_date(folded, start, start + len(value)) is vetoed
