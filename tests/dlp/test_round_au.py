"""Round AU: record formats and column headers (records_au.py, labels_ml.py) — Zengin transfer data
with and without separating spaces, fixed-width person records, half-width katakana and romaji
column headers, and vetoes for balance columns, zero-padded amount fields and non-birth JSON date
keys. Every value is invented (values differ from the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. Zengin data records
        (
            "振込データ⏎2 0288 514 1 6630918 ｶﾈｺ ﾕｷ            0000031000⏎8000001",
            "JP_BANK_ACCOUNT",
            ["6630918"],
        ),
        ("2029151411028374ﾏﾙﾔﾏ ｼﾞﾛｳ        0000008000⏎8000001", "JP_BANK_ACCOUNT", ["1028374"]),
        ("2 件数 0000004 金額 0000088000⏎8000004", "JP_BANK_ACCOUNT", []),
        # 2. fixed-width person records
        (
            "*** KAIIN RECORD ***⏎B7710042ｻｻｷ ﾘｮｳｺ        680411 08027719034  007",
            "DATE_OF_BIRTH",
            ["680411"],
        ),
        (
            "*** KAIIN RECORD ***⏎B7710042ｻｻｷ ﾘｮｳｺ        680411 08027719034  007",
            "PHONE_NUMBER",
            ["08027719034"],
        ),
        ("*** KAIIN RECORD ***⏎B7710042ｻｻｷ ﾘｮｳｺ        681341 08027719034  007", "DATE_OF_BIRTH", []),
        # 3. half-width katakana and romaji headers
        ("ﾊﾞﾝｺﾞｳ,ｾｲﾈﾝｶﾞｯﾋﾟ,ﾋﾞｺｳ⏎3,19660812,ﾅｼ⏎4,19730129,ｱﾘ", "DATE_OF_BIRTH", ["19660812", "19730129"]),
        ("ﾊﾞﾝｺﾞｳ,ﾊｯｿｳﾋﾞ,ﾋﾞｺｳ⏎3,19660812,ﾅｼ", "DATE_OF_BIRTH", []),
        (
            "NO  SHIMEI          KANA              SEINENGAPPI TEL⏎"
            "001 森\u3000葵            ﾓﾘ ｱｵｲ            1972/05/19  09011447620⏎"
            "002 林\u3000翔太          ﾊﾔｼ ｼｮｳﾀ          1985/12/03  08033018824",
            "DATE_OF_BIRTH",
            ["1972/05/19", "1985/12/03"],
        ),
        ("ID\tKANA\tTEL\tACCT_NO⏎11\tｶﾈｺ ﾕｷ\t09011447620\t5502918", "JP_BANK_ACCOUNT", ["5502918"]),
        # 4. vetoes
        (
            "店番\t種目\t口座番号\t残高⏎118\t普通\t3301927\t2290415⏎204\t貯蓄\t5120384\t318802⏎330\t普通\t7720195\t1104473",
            "JP_BANK_ACCOUNT",
            ["3301927", "5120384", "7720195"],
        ),
        (
            "SUM  YYYYMM  CNT    KINGAKU⏎S9   202411  00117  000310928470⏎S9   202412  00240  000029381747",
            "JP_MY_NUMBER",
            [],
        ),
        (
            "給与振込データ⏎1210000000ｸﾐｱｲ ﾐﾄﾞﾘ     1130⏎2 0288 514 1 6630918 ｶﾈｺ ﾕｷ   0000031000⏎8000001",
            "JP_PENSION_NUMBER",
            [],
        ),
        (
            '{"id": "K-1120", "start_date": "1994-03-01", "birth_date": "1970-08-21"}',
            "DATE_OF_BIRTH",
            ["1970-08-21"],
        ),
        (
            '{"id": "K-1121", "dob": "1988-01-09", "contract_date": "2015-06-30"}',
            "DATE_OF_BIRTH",
            ["1988-01-09"],
        ),
        # a bare key is no other date's name: the birth date stays
        ('{"name": "小島 真", "mn": "031188402910", "b": "1991-03-14"}', "DATE_OF_BIRTH", ["1991-03-14"]),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
