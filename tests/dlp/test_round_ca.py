"""Round CA: the second try of round BX (records_bx.py narrowed). Event-date keys are whole words
(a speaker label such as ``Visitor:`` is no event label), a 個人番号 is vetoed only after a code / form
label (保険証の番号 keeps it), a half-width ﾕｳﾋﾞﾝ番号 keeps its postal code, and a bare phone closes a
signature block under an address or beside an e-mail line. Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. dates under other event keys / labels (other orders and key spellings)
        ('{"symptom_onset": "2025-05-12", "birthdate": "1962-10-04"}', "DATE_OF_BIRTH", ["1962-10-04"]),
        ('{"発症日":"2025-04-02","生年月日":"1957-01-19"}', "DATE_OF_BIRTH", ["1957-01-19"]),
        ("Birth date: 1994-06-08⏎Arrival in Japan: 2019-03-25", "DATE_OF_BIRTH", ["1994-06-08"]),
        ("生年月日：平成4年5月2日⏎上陸許可日：令和4年10月7日", "DATE_OF_BIRTH", ["平成4年5月2日"]),
        ("書類を差し戻した。⏎処理者：北村奈央　2025年6月2日", "DATE_OF_BIRTH", []),
        ("2015年生まれ：21人、2016年生まれ：18人", "DATE_OF_BIRTH", []),
        # a speaker label is no event label: the birth after it stays
        ("Visitor: my date of birth is 1990-02-17.", "DATE_OF_BIRTH", ["1990-02-17"]),
        # 2. numbers after another number's label; own labels keep their values
        ("郵便番号：4600008⏎印鑑カード番号：3904418", "JP_POSTAL_CODE", ["4600008"]),
        ("ﾕｳﾋﾞﾝ番号 530-0047", "JP_POSTAL_CODE", ["530-0047"]),
        ("帳票コード 4028 3917 5060", "JP_MY_NUMBER", []),
        ("保険証の番号：619472058380", "JP_MY_NUMBER", ["619472058380"]),
        ("市長決裁 第 06-6942-1180 号", "PHONE_NUMBER", []),
        # 3. bare phones in signature blocks
        ("返信ください。⏎松井 蓮⏎rn.matsui@example.org⏎0752316604", "PHONE_NUMBER", ["0752316604"]),
        ("上田 翼⏎大阪府堺市堺区南瓦町3-1⏎072-228-7104", "PHONE_NUMBER", ["072-228-7104"]),
        ("商品一覧⏎0120000451⏎0120000452", "PHONE_NUMBER", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "start", "vetoed"),
    [
        ('{"onset_date": "2025-07-21"}', "date", 16, True),
        ("Visitor: 1990-02-17", "date", 9, False),
        ("Applicant: 1990-02-17", "date", 11, False),
        ("Date of birth (arrival form): 1990-02-17", "date", 30, False),
        ("ﾕｳﾋﾞﾝ番号 5300047", "JP_POSTAL_CODE", 10, False),
        ("印鑑カード番号 5300047", "JP_POSTAL_CODE", 8, True),
        ("保険証の番号：619472058380", "JP_MY_NUMBER", 7, False),
        ("本人確認書類の番号 619472058380", "JP_MY_NUMBER", 10, False),
        ("整理番号 619472058380", "JP_MY_NUMBER", 5, True),
    ],
)
def test_veto_keeps_labelled(text: str, kind: str, start: int, vetoed: bool) -> None:
    from govrag.dlp.recognizers.records_bx import code_label_number, other_date_label

    if kind == "date":
        assert other_date_label(text, start, start + 10) is vetoed
    else:
        assert code_label_number(text, kind, start) is vetoed
