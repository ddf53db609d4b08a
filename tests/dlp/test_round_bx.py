"""Round BX: look-alikes under another label and phones alone on a signature's line (records_bx.py,
the cohort count in records_bh.py, the phone line after an address in wrapped.py). Dates under
another event's key or label (onset, arrival, 発症日, 入国日, a staff line's processing date) and
cohort counts are no births; numbers after another number's / code's label and inside 第…号 are no
postal code / 個人番号 / phone; a labelled value of each type beside the look-alike is kept. Every
value is invented (values differ from the round's evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. dates under another event's key / label; the birth key beside them is kept
        ('{"dob": "1984-02-11", "onset": "2025-06-03", "fever": true}', "DATE_OF_BIRTH", ["1984-02-11"]),
        ('{"birth_date": "1971-09-30", "arrival": "2025-01-14"}', "DATE_OF_BIRTH", ["1971-09-30"]),
        ("Date of Birth: May 9, 1993⏎Arrival in Japan: 2020-11-02", "DATE_OF_BIRTH", ["May 9, 1993"]),
        ("DOB: 1986-04-27⏎Date of Entry: 2022-08-19", "DATE_OF_BIRTH", ["1986-04-27"]),
        ("生年月日：1975年3月6日⏎発症日：2025年2月1日", "DATE_OF_BIRTH", ["1975年3月6日"]),
        ("書類を返送した。⏎処理者：中川俊介　令和7年3月9日", "DATE_OF_BIRTH", []),
        (
            "申請者 生年月日：平成3年8月20日⏎確認者：小野 結衣　令和6年12月2日",
            "DATE_OF_BIRTH",
            ["平成3年8月20日"],
        ),
        # cohort counts (round BH's cohort veto, extended); a labelled birth beside one is kept
        ("在籍児の内訳⏎2017年生まれ：6人⏎2013年生まれ：15人", "DATE_OF_BIRTH", []),
        ("平成30年生まれ 8名、平成28年生まれ 4名", "DATE_OF_BIRTH", []),
        ("生年月日：2017年2月8日⏎参考 2017年生まれ：6人", "DATE_OF_BIRTH", ["2017年2月8日"]),
        # 2. numbers after another number's / code's label; the own label keeps its value
        ("郵便番号 5300001⏎印鑑カード番号 8821045⏎請求通数 2通", "JP_POSTAL_CODE", ["5300001"]),
        ("旧様式コード 6203-9175-2840 は使用しないでください。", "JP_MY_NUMBER", []),
        ("帳票コード：277140683959", "JP_MY_NUMBER", []),
        ("個人番号：8315-0927-4613⏎旧様式コード 6203-9175-2840", "JP_MY_NUMBER", ["8315-0927-4613"]),
        # 第…号 document numbers; a labelled phone beside one is kept
        ("東部保健所発 第06-4471-2093号⏎令和7年4月1日", "PHONE_NUMBER", []),
        ("許可 第 0742-33-1180 号 を更新", "PHONE_NUMBER", []),
        ("通知 第03-5520-1144号⏎電話：03-5520-1145", "PHONE_NUMBER", ["03-5520-1145"]),
        ("文書 第831509274613号", "JP_MY_NUMBER", []),
        # 3. bare phones closing a signature block
        (
            "ご対応ください。⏎⏎岡本 陸⏎〒330-0063⏎埼玉県さいたま市浦和区高砂3-7-2⏎048-829-6614",
            "PHONE_NUMBER",
            ["048-829-6614"],
        ),
        ("連絡お待ちします。⏎⏎村上 葵⏎0264117725⏎aoi.m@example.net", "PHONE_NUMBER", ["0264117725"]),
        ("在庫⏎みかん缶⏎0264117725⏎0264117726", "PHONE_NUMBER", []),
        ("〒330-0063⏎埼玉県さいたま市浦和区高砂3-7-2", "JP_POSTAL_CODE", ["330-0063"]),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "start", "vetoed"),
    [
        ('{"onset": "2024-05-06"}', "date", 11, True),
        ('{"date_of_birth": "1990-05-06"}', "date", 19, False),
        ("Arrival in Japan: 2021-04-01", "date", 18, True),
        ("入国日（生年月日欄の下）：2021-04-01", "date", 13, False),
        ("処理者：山田　生年月日 1990年1月2日", "date", 12, False),
        ("印鑑登録番号 1234567", "JP_POSTAL_CODE", 7, True),
        ("郵便番号 1234567", "JP_POSTAL_CODE", 5, False),
        ("〒 1234567", "JP_POSTAL_CODE", 2, False),
        ("マイナンバーカード番号 123456789018", "JP_MY_NUMBER", 12, False),
        ("様式番号 123456789018", "JP_MY_NUMBER", 5, True),
    ],
)
def test_veto_keeps_labelled(text: str, kind: str, start: int, vetoed: bool) -> None:
    from govrag.dlp.recognizers.records_bx import code_label_number, other_date_label

    if kind == "date":
        assert other_date_label(text, start, start + 10) is vetoed
    else:
        assert code_label_number(text, kind, start) is vetoed
