"""Round BO: glued person rows (a record id glued to a half-width kana name, a birth date with a sex
code glued after it, a mobile, a code and an event date), half-width kana birth and name labels
(ｾｲﾈﾝｶﾞｯﾋﾟ, ﾀﾝｼﾞｮｳﾋﾞ, ﾌﾘｶﾞﾅ) and birth dates of animals (records_bo.py). Negatives: event dates,
record ids in a text naming no pension, a label followed by a word, a dog's or cat's birth date;
fail closed: an owner's labelled birth date beside the animal's, a pension header naming the id.
Every value is invented (values differ from the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_ROWS = (
    "6093318274ｸﾎﾞ ﾕｳﾅ          201912032 09045518832  MR2 20250408⏎"
    "2718840596ﾆｼﾑﾗ ｺｳﾀ         202002141 07032240917  MR2 20250415"
)
_ONE_ROW = "4482019375ﾐﾔｹ ｱﾔﾈ      20180622 2 080-7731-4620  DT1 20190117 20190221"
_PENSION_HEAD = (
    "基礎年金番号 氏名 生年月日⏎4920318865ｺﾝﾄﾞｳ ﾏｻﾄ      196605191⏎5803342917ｳﾁﾀﾞ ｴﾐｺ       197102282"
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. glued person rows: birth dates found, event dates and record ids not
        (_ROWS, "DATE_OF_BIRTH", ["20191203", "20200214"]),
        (_ROWS, "JP_PENSION_NUMBER", []),
        (_ROWS, "PERSON", ["ｸﾎﾞ ﾕｳﾅ", "ﾆｼﾑﾗ ｺｳﾀ"]),
        (_ONE_ROW, "DATE_OF_BIRTH", ["20180622"]),
        (_ONE_ROW, "PERSON", ["ﾐﾔｹ ｱﾔﾈ"]),
        # fail closed: a header naming the pension number keeps the ids
        (_PENSION_HEAD, "JP_PENSION_NUMBER", ["4920318865", "5803342917"]),
        # 2. half-width kana birth and name labels
        ("ﾌﾘｶﾞﾅ:ｵｶﾞﾜﾐﾂｷ⏎ｾｲﾈﾝｶﾞｯﾋﾟ:210316⏎ﾃﾞﾝﾜ:090-3318-2274", "DATE_OF_BIRTH", ["210316"]),
        ("ﾌﾘｶﾞﾅ:ｵｶﾞﾜﾐﾂｷ⏎ｾｲﾈﾝｶﾞｯﾋﾟ:210316", "PERSON", ["ｵｶﾞﾜﾐﾂｷ"]),
        ("ﾀﾝｼﾞｮｳﾋﾞ= 870904", "DATE_OF_BIRTH", ["870904"]),
        ("ｾｲﾈﾝｶﾞﾂﾋﾟ H07.02.13  ｾｲﾍﾞﾂ ｵﾄｺ", "DATE_OF_BIRTH", ["H07.02.13"]),
        ("ﾀﾝｼﾞｮｳﾋﾞ ｷｬﾝﾍﾟｰﾝ 251110-251130", "DATE_OF_BIRTH", []),
        ("ﾄｳﾛｸﾋﾞ:240918⏎ｾｲﾈﾝｶﾞｯﾋﾟ:ﾌﾒｲ", "DATE_OF_BIRTH", []),
        # 3. animals' birth dates; the owner's still found
        ("生年月日（犬）　令和5年8月頃⏎毛色　白黒", "DATE_OF_BIRTH", []),
        ("愛猫の生年月日：2020年2月頃", "DATE_OF_BIRTH", []),
        (
            "飼い主 生年月日　昭和52年3月9日⏎犬の生年月日　令和3年6月頃",
            "DATE_OF_BIRTH",
            ["昭和52年3月9日"],
        ),
        (
            "ペットの生年月日：2018年4月頃　所有者の生年月日：1981年12月5日",
            "DATE_OF_BIRTH",
            ["1981年12月5日"],
        ),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
