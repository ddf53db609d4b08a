"""Round BR: phone numbers spoken with の after a phone question, passport labels in other scripts,
OCR-spaced birth labels (生年 月日) before compact era or English month-name dates (records_br.py),
and seven digits inside 第…号 not read as a postal code. Negatives: の-joined numbers with no phone
question or no phone shape, passport words without a number, other spaced dates, labelled postal
codes next to a 第…号 (fail closed). Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. a phone number spoken with の, answering a phone question
        ("職員：お電話番号をお伺いします。⏎区民：080の6612の4093です。", "PHONE_NUMBER", ["080の6612の4093"]),
        ("係員：ご連絡先は？⏎本人：はい。⏎本人：045の771の2036です。", "PHONE_NUMBER", ["045の771の2036"]),
        ("受付：携帯はお持ちですか。⏎来所者：070の2958の1147です。", "PHONE_NUMBER", ["070の2958の1147"]),
        ("職員：お部屋は？⏎区民：080の6612の4093号室です。", "PHONE_NUMBER", []),
        ("職員：整理券の番号は？⏎区民：080の6612の4093です。", "PHONE_NUMBER", []),
        ("職員：お電話番号をお願いします。⏎区民：090の661の40です。", "PHONE_NUMBER", []),
        # 2. passport labels in other scripts and languages
        ("पासपोर्ट नं.: 60418273", "JP_PASSPORT", ["60418273"]),
        ("Nomor paspor: C7719024", "JP_PASSPORT", ["C7719024"]),
        ("Номер паспорта: 720458193", "JP_PASSPORT", ["720458193"]),
        ("Паспортын дугаар: E30817264", "JP_PASSPORT", ["E30817264"]),
        ("หมายเลขหนังสือเดินทาง: AB4029163", "JP_PASSPORT", ["AB4029163"]),
        ("पासपोर्ट नं. पछि दिनेछु।", "JP_PASSPORT", []),
        ("Nomor paspor: 12345", "JP_PASSPORT", []),
        # 3. OCR-spaced birth labels
        ("年 金 手 帳 (写)⏎生年 月日  S51.9.14", "DATE_OF_BIRTH", ["S51.9.14"]),
        ("生 年月日 H4.2.28⏎※写し", "DATE_OF_BIRTH", ["H4.2.28"]),
        ("生年　月 日　June 7, 1983", "DATE_OF_BIRTH", ["June 7, 1983"]),
        ("交付 年月日 H27.5.1", "DATE_OF_BIRTH", []),
        ("有効 期限 June 7, 2033", "DATE_OF_BIRTH", []),
        # 4. 第…号 wraps a registration number, not a postal code
        ('{"reg_no": "第3027714号", "color": "白"}', "JP_POSTAL_CODE", []),
        (
            '{"owner": {"zip": "530-0041", "addr": "大阪府堺市北区1-2"}, "bike": {"reg_no": "第3027714号"}}',
            "JP_POSTAL_CODE",
            ["530-0041"],
        ),
        ("防犯登録 第 6120935 号", "JP_POSTAL_CODE", []),
        # fail closed: a labelled postal code beside a 第…号 stays found
        ('{"zip": "6048571", "reg_no": "第3027714号"}', "JP_POSTAL_CODE", ["6048571"]),
        ("〒第6120935号", "JP_POSTAL_CODE", ["6120935"]),
        ("郵便番号 6120935 (第5号棟)", "JP_POSTAL_CODE", ["6120935"]),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
