"""Round AI-A: partial birth dates (year and month, era year, 出生, 民國), German / Vietnamese /
Arabic / romanised-Nepali birth labels, a Bikram Sambat date with its Western date, ``born <era>
<n> (<year>), <Month> <day>``, hiragana dates, a birthday M/D (year), an import-error message, roster
corrections in a chat, a JSON key ``b``, fixed-width records; postal codes without 〒 in rows,
return-address lists, fixed-width records and after CEP; North American and digit-spaced phones.
Negatives: a letter's date line, payment-date columns, log timestamps, salary amounts. Every value
is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values

DOB = "DATE_OF_BIRTH"
ZIP = "JP_POSTAL_CODE"
TEL = "PHONE_NUMBER"


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # partial birth dates
        ("申出人は昭和51年2月生まれの男性である。", DOB, ["昭和51年2月"]),
        ("本人（平成8年生）から電話があった。", DOB, ["平成8年"]),
        ("身元不明者 昭和25年頃生 男性", DOB, ["昭和25年"]),
        ("祖母は大正14年出生と記録されている。", DOB, ["大正14年"]),
        ("生年月日：昭和19年11月（日不詳）", DOB, ["昭和19年11月"]),
        ("我1990年6月出生于上海。", DOB, ["1990年6月"]),
        ("出生日期：民國82年7月9日", DOB, ["民國82年7月9日"]),
        ("平成8年生産の車両は対象外です。", DOB, []),
        ("昭和40年代生まれの方を対象とした講座です。", DOB, []),
        ("昭和35年生まれの方は今年度が対象です。", DOB, []),
        ("令和5年4月生活保護の改定", DOB, []),
        # foreign labels
        ("Geburtsdatum: 05.09.1972", DOB, ["05.09.1972"]),
        ("Frau Weber, geboren am 18. Juli 1981, wohnt in Kobe.", DOB, ["18. Juli 1981"]),
        ("Er ist am 2. März 1969 in Köln geboren.", DOB, ["2. März 1969"]),
        ("Liefertermin: 05.09.2025", DOB, []),
        ("Ngày sinh: ngày 7 tháng 4 năm 1993", DOB, ["ngày 7 tháng 4 năm 1993"]),
        ("Ngày hết hạn: ngày 7 tháng 4 năm 2029", DOB, []),
        ("تاريخ الميلاد: 1979/10/02", DOB, ["1979/10/02"]),
        ("janma miti: 1991-12-08", DOB, ["1991-12-08"]),
        ("janma miti 2051-01-20 BS = 1994-05-03", DOB, ["1994-05-03"]),
        ("Mr. Ito was born Showa 61 (1986), June 2.", DOB, ["Showa 61 (1986), June 2"]),
        ("The hall opened in Showa 61 (1986), June 2.", DOB, []),
        # easy Japanese, M/D (year), an import error
        ("たんじょうび：2012ねん 9がつ 1にち", DOB, ["2012ねん 9がつ 1にち"]),
        ("しけんび：2026ねん 1がつ 17にち", DOB, []),
        ("息子の誕生日は11/3（2014年）です。", DOB, ["11/3（2014年）"]),
        ("エラー: 項目「生年月日」の値「19770230」が不正です", DOB, ["19770230"]),
        ("エラー: 項目「受付日」の値「20250230」が不正です", DOB, []),
        ("取込エラー: 生年月日が不正です: 1983/02/30", DOB, ["1983/02/30"]),
        ("取込エラー: 申請日が不正です: 2025/02/30", DOB, []),
        ("生年月日：平成元年10月", DOB, ["平成元年10月"]),
        # chat corrections, JSON, fixed width
        ("[9:41] 高田：名簿の久保さん、H.4.6.30に修正お願いします", DOB, ["H.4.6.30"]),
        ("[9:41] 高田：次回会議はR.7.6.30に変更です", DOB, []),
        ('{"name":"久保 遥","b":"1992-06-30"}', DOB, ["1992-06-30"]),
        ('{"item":"封筒","b":"2025-06-30"}', DOB, []),
        # twelve digits of another script (\d matches them) beside the key: no 個人番号, no crash
        ('{"b":"1992-06-30","x":"١٢٣٤٥٦٧٨٩٠١٨"}', DOB, []),
        ('{"b":"1992-06-30","x":"१२३४५६७८९०१८"}', DOB, []),
        ("久保 遥,١٢٣٤٥٦٧٨٩٠١٨,1992/06/30", DOB, []),  # a CSV cell: the same check before a date
        ("00871ｸﾎﾞ ﾊﾙｶ        F19920630", DOB, ["19920630"]),
        ("00871ﾌｰﾄﾞ ｾｯﾄ      2025063001", DOB, []),
        # vetoes
        ("久保 遥 様⏎⏎　　　　　　　　　　　　令和7年6月30日⏎　　　　　　　　　　総務課長", DOB, []),
        ("氏名 支給日 金額⏎久保 遥 2025/06/13 30000⏎森 保 2025/06/13 30000", DOB, []),
        ('{"ts":"2025-06-30T08:00:12Z","dob":"1992-06-30"}', DOB, ["1992-06-30"]),
        # postal codes
        ("久保 遥,1992/06/30,9800014,仙台市青葉区本町2-1-8", ZIP, ["9800014"]),
        ("返送先一覧⏎750-0011 下関市竹崎町4-1-1 山下 亮", ZIP, ["750-0011"]),
        ("ｸﾎﾞ ﾊﾙｶ  F199206309800014仙台市青葉区本町2-1-8", ZIP, ["9800014"]),
        ("Endereço: CEP 434-0038 Hamamatsu-shi Hama-ku", ZIP, ["434-0038"]),
        ("受付番号 9800014 は処理済みです", ZIP, []),
        ('{"name":"久保 遥","salary":"4380000","zip":"9800014"}', ZIP, ["9800014"]),
        # phones
        ("my number in the US is +1 212 555 0147", TEL, ["+1 212 555 0147"]),
        ("We ordered +1 212 units.", TEL, []),
        ("携帯 0 8 0  3 3 1 2  7 7 0 9", TEL, ["0 8 0  3 3 1 2  7 7 0 9"]),
        ("抽選番号 0 4 7 1 9 から一つ", TEL, []),
    ],
)
def test_round_aia(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected
