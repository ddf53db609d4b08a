"""Round BS: month-day births in plain / hiragana prose and corrected birthdays, births after
romanized Nepali janma and Vietnamese sinh, fixed-width records with a glued romaji name and a
date glued to a mobile, phones in send logs and slash-separated contact lines, and a
記号・番号：A・B pair after a 保険者番号 field read as two values (records_bs.py). Negatives:
誕生日会 / 発送日 / 記念日 / 締切 dates, stock rows, queue ids in logs, a bare 記号・番号 pair.
Every value is invented (values differ from the round's evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. month-day births in prose
        ("ほのかちゃんは 4月19日 うまれで、いちばん年下です。", "DATE_OF_BIRTH", ["4月19日"]),
        ("おとうとは 12月1日 うまれなので、来月で2さいです。", "DATE_OF_BIRTH", ["12月1日"]),
        (
            "誕生日を 7月3日 と書いてしまいましたが、正しくは 7月13日 です。",
            "DATE_OF_BIRTH",
            ["7月3日", "7月13日"],
        ),
        ("お誕生日が遠足の日の 10月9日 なんですね。", "DATE_OF_BIRTH", ["10月9日"]),
        ("誕生日会は 2月14日 にホールで開きます。", "DATE_OF_BIRTH", []),
        ("誕生日プレゼントの発送日 9月30日 を確認してください。", "DATE_OF_BIRTH", []),
        ("創立記念日は 6月6日 です。", "DATE_OF_BIRTH", []),
        ("申込の締切は 1月15日 です。", "DATE_OF_BIRTH", []),
        # 2. romanized Nepali janma / Vietnamese sinh
        ("Mero chhora Suman ko janma 2020-06-18 ho.", "DATE_OF_BIRTH", ["2020-06-18"]),
        ("Chori Priya ko janma 3 January 2019 ho.", "DATE_OF_BIRTH", ["3 January 2019"]),
        ("Con tôi là Bảo Ngọc, sinh 09/04/2021, xin đăng ký.", "DATE_OF_BIRTH", ["09/04/2021"]),
        ("Hạn chót là 09/04/2026, xin nộp sớm.", "DATE_OF_BIRTH", []),
        # 3. a fixed-width record with a glued romaji name
        ("0317KATO MISAKI        2015/08/2708066120937K21B", "DATE_OF_BIRTH", ["2015/08/27"]),
        ("0317KATO MISAKI        2015/08/2708066120937K21B", "PHONE_NUMBER", ["08066120937"]),
        ("5520HEX NUT M8         2023/02/01 40012345678A01B", "PHONE_NUMBER", []),
        # 4. phones in logs and contact lists
        ("送信ログ⏎to:08099315527 msg:「小林様 ゼッケンを発送しました」", "PHONE_NUMBER", ["08099315527"]),
        ("coach / Kamau / kamau@example.org / +254-733-901245", "PHONE_NUMBER", ["+254-733-901245"]),
        ("2026-10-05 18:02 job to:queue-3 id=08099315527", "PHONE_NUMBER", []),
        # 5. 記号・番号：A・B after a 保険者番号 field, a labelled 番号 beside it (the veto keeps it),
        # and a bare 記号・番号 line that stays one value
        (
            "国民健康保険 保険者番号：138206　被保険者証記号・番号：418・22093",
            "JP_HEALTH_INSURANCE",
            ["138206", "418", "22093"],
        ),
        (
            "保険者番号：138206 被保険者証記号・番号：418・22093⏎被保険者番号：77120",
            "JP_HEALTH_INSURANCE",
            ["138206", "418", "22093", "77120"],
        ),
        # round BW: 記号・番号：A・B after any insurance word is two values (docs/benchmarks/dlp.md)
        ("保険証 記号・番号：5120・7", "JP_HEALTH_INSURANCE", ["5120", "7"]),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
