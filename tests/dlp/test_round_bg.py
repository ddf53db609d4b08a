"""Round BG: glued licence records (a record code, a 12-digit licence number and a half-width kana
name glued together, then birth + postal + phone in one digit run) in a text about licences; rows
under a romaji / English header line typed by their header words; 枝番 columns of pipe tables in a
health-insurance text; 記号・番号 joined by a middle dot with a short 番号 and （枝番 NN）; a log line's
``record=`` / ``id=`` value is no passport (records_bg.py, records_be.glued_birth_run). Negatives: the
same shapes in goods lists, timetables, land registers and unsplittable runs. Every value is invented
(values differ from the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_LICENCE = "免許証 更新対象 抽出⏎04512093387714ｲﾏｲ ｻﾄｼ     1976040354000210669401122  20260105"
_MOBILE = "公安委員会 送付⏎09640112238890ﾂﾁﾀﾞ ﾅﾅ      20000214810004108042217735  20260110"
_GOODS = "在庫 引当データ⏎04512093387714ﾈｼﾞ ｾｯﾄ     1976040354000210669401122  20260105"
_HOKEN = "NO   NAME-KANA       HOKEN  BANGO  BIRTH⏎001  ﾔｽﾀﾞ ｱｷﾗ        71103  2218   19810719"
_ENGLISH = (
    "ID  NAME            BIRTHDT   ZIPCODE⏎7   MAEDA RIE       19951130  9200031"
    "⏎8   ONO JUN         19870602  9200865"
)
_BRANCH = "国保 加入者（記号 3301 番号 5520）⏎| 氏名 | 枝番 |⏎|---|---|⏎| 中川 純 | 04 |"
_LOG = 'INFO user=desk04 action=VIEW record=XB2031177 name="LE MINH" passport=C40219936'


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. glued licence records: the licence in a licence text, the glued run split
        (_LICENCE, "JP_DRIVER_LICENSE", ["512093387714"]),
        (_LICENCE, "JP_POSTAL_CODE", ["5400021"]),
        (_LICENCE, "PHONE_NUMBER", ["0669401122"]),
        (_MOBILE, "JP_DRIVER_LICENSE", ["640112238890"]),
        (_LICENCE, "JP_PENSION_NUMBER", []),
        (_GOODS, "JP_DRIVER_LICENSE", []),
        (_GOODS, "PHONE_NUMBER", []),
        ("免許証 更新対象⏎04512093387714ｲﾏｲ ｻﾄｼ     197604035400021066940112  20260105", "PHONE_NUMBER", []),
        # 2. rows under a romaji / English header line
        (_HOKEN, "JP_HEALTH_INSURANCE", ["71103", "2218"]),
        (_ENGLISH, "DATE_OF_BIRTH", ["19951130", "19870602"]),
        ("SEQ  ROUTE    BANGO  DEPART⏎01   HIGASHI  4410   0805", "JP_HEALTH_INSURANCE", []),
        # 3. 枝番 columns in a health-insurance text
        (_BRANCH, "JP_HEALTH_INSURANCE", ["3301", "5520", "04"]),
        ("地番 台帳⏎| 地番 | 枝番 |⏎|---|---|⏎| 882 | 04 |", "JP_HEALTH_INSURANCE", []),
        # 4. 記号・番号 with a middle dot, then （枝番 NN）
        (
            "限度額適用 申請⏎被保険者等記号・番号 村31・5（枝番 01）",
            "JP_HEALTH_INSURANCE",
            ["村31", "5", "01"],
        ),
        # 5. a record= / id= value is no passport
        (_LOG, "JP_PASSPORT", ["C40219936"]),
        ("DEBUG id=TQ6620391 passport=MASKED", "JP_PASSPORT", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
