"""Round BB: romaji insurance keys, glued 後期高齢者 records, insurance numbers in Korean, Tagalog
and 対象：名前（N） notes, 記号番号 of a 国保 text, kana-headed pipe tables, layout-line rows,
katakana child lists, Devanagari passport labels and partial / corrected birth dates
(records_bb.py). Negatives: money-order 記号番号, event, meal and period-end dates, ``*_id`` values
and the numbers of a glued record read as a pension number. Every value is invented (values differ
from the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_KOUKI = (
    "213934001266015238ｲｹﾀﾞ ｼｹﾞﾙ           19391104100030000⏎"
    "213934001266015342ｲｹﾀﾞ ﾄﾐｴ            19420310200030000"
)
_LAYOUT = "LAYOUT:NO(4)KANA(16)BIRTH(8)SEX(1)ZIP(7)CODE(2)⏎0021ﾋﾛｾ ｶｽﾞﾐ       196608132604082101"
_PIPE = "ｼﾒｲ|ｾｲﾈﾝｶﾞｯﾋﾟ|ﾕｳﾋﾞﾝ⏎ｸﾎﾞ ｱｷｺ|19570602|9200864"
_CHILD = "No 氏名カナ　　　　　生年月日　性別 区分⏎0012サイトウハナ　　　　20200117203"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. romaji insurance keys
        ('{"hokenja":"39340012","hihokenja":"66015238"}', "JP_HEALTH_INSURANCE", ["39340012", "66015238"]),
        ("hihokensya=52207716 status=01", "JP_HEALTH_INSURANCE", ["52207716"]),
        (
            '{"type": "喪失", "insured": {"name": "福田 良夫", "insured_no": "70418823"}, "reason": "転居"}',
            "JP_HEALTH_INSURANCE",
            ["70418823"],
        ),
        # 2. glued 後期高齢者 records: two numbers, no pension number across them
        (_KOUKI, "JP_HEALTH_INSURANCE", ["39340012", "66015238", "39340012", "66015342"]),
        (_KOUKI, "JP_PENSION_NUMBER", []),
        (_KOUKI, "PERSON", ["ｲｹﾀﾞ ｼｹﾞﾙ", "ｲｹﾀﾞ ﾄﾐｴ"]),
        # 3. Korean, Tagalog and 対象：名前（N）
        ("어머니의 피보험자번호는 44102287입니다.", "JP_HEALTH_INSURANCE", ["44102287"]),
        ("Nasira po ang health insurance card ko, number po ay 83321.", "JP_HEALTH_INSURANCE", ["83321"]),
        ("後期高齢者医療 資格確認書⏎対象：三浦トキ（39022871）", "JP_HEALTH_INSURANCE", ["39022871"]),
        # 4. 記号番号 of a 国保 text; a money order's is no insurance number
        ("国民健康保険税 通知⏎記号番号 214-330918", "JP_HEALTH_INSURANCE", ["214", "330918"]),
        ("国保 資格喪失⏎記号番号：国07-52214", "JP_HEALTH_INSURANCE", ["国07", "52214"]),
        ("定額小為替 控⏎記号番号 22-908716　金額 200円", "JP_HEALTH_INSURANCE", []),
        # 5. kana headers, layout lines, katakana child lists
        (_PIPE, "DATE_OF_BIRTH", ["19570602"]),
        (_PIPE, "JP_POSTAL_CODE", ["9200864"]),
        (_LAYOUT, "JP_POSTAL_CODE", ["6040821"]),
        (_CHILD, "DATE_OF_BIRTH", ["20200117"]),
        # 6. a Devanagari passport label
        ("पासपोर्ट नं.: TK3309217", "JP_PASSPORT", ["TK3309217"]),
        # 7. partial and corrected birth dates; event, meal and period-end dates
        ("本人の話では生まれは1956年3月（日は不明）", "DATE_OF_BIRTH", ["1956年3月"]),
        ("生年月日が住民票と相違。⏎住民票上は 1948.02.17 です。", "DATE_OF_BIRTH", ["1948.02.17"]),
        ("発生日は令和7年3月4日、探知日は令和7年3月9日", "DATE_OF_BIRTH", []),
        ("有 効 期 間　令和7年9月1日 か ら 令和13年8月31日 ま で", "DATE_OF_BIRTH", []),
        ("検食記録：生年月日 昭和40年1月2日。両名とも令和7年9月20日昼に弁当を喫食", "DATE_OF_BIRTH",
         ["昭和40年1月2日"]),
        # a birth after the time of day is still a birth date (review)
        ("長女（ゆい）は2021年5月8日の朝に生まれました。", "DATE_OF_BIRTH", ["2021年5月8日"]),
        ("母子健康手帳：生年月日 令和2年3月4日の夜に出生、体重3,020g", "DATE_OF_BIRTH", ["令和2年3月4日"]),
        # 8. a *_id value is no driving licence
        ('{"license_key": "ABCD-1234", "terminal_id": "418822093376"}', "JP_DRIVER_LICENSE", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
