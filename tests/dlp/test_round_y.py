"""Round Y: a birth date after a name on a labelled line, in a passport roster row, in English
running text, after 생년월일, OCR-spaced era dates; no birth date on a 採用 line under 生年月日;
hokensha= keys; a pension number on a chat reply line; ゆうちょ 記号/番号 of unusual lengths; a
My Number after a bare 例： in a record about a named person is masked. Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values

DOB = "DATE_OF_BIRTH"
HI = "JP_HEALTH_INSURANCE"
PN = "JP_PENSION_NUMBER"
BA = "JP_BANK_ACCOUNT"
MN = "JP_MY_NUMBER"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("児童：川口 湊　令和4年2月8日", ["令和4年2月8日"]),
        ("子女 / 児童：川口 紬 2020年10月30日", ["2020年10月30日"]),
        ("対象者 川口 和夫 昭和29年5月17日", ["昭和29年5月17日"]),
        ("児童 川口 葵（H30.6.21）", ["H30.6.21"]),
        ("PHAM VAN LONG / 在留カード / 旅券 B5530917 / 1996/03/14", ["1996/03/14"]),
        ("PHAM VAN LONG / 在留カード / 旅券 B5530917 / 有効期限 / 2031/03/14", []),
        ("I am writing because my date of birth is June 7, 1983 on the card.", ["June 7, 1983"]),
        ("The date of birth is required for all applicants.", []),
        ("생년월일: 1978년 9월 3일", ["1978년 9월 3일"]),
        ("접수일: 2025년 9월 3일", []),
        ("生年月日 昭和 3 8年 ５月 1 9日", ["昭和 3 8年 ５月 1 9日"]),
        ("生年月日：平成 ７年 1 2月 ３日", ["平成 ７年 1 2月 ３日"]),
        ("作成日 令和 6年 ８月 2 7日", []),
        ("生年月日：昭和61年8月9日\n採用 平成21年4月1日", ["昭和61年8月9日"]),
        ("生年月日 未記入\n採用 令和3年4月1日", []),
        ("生年月日 1984/02/29\n入社：2008/04/01", ["1984/02/29"]),
        ("児童：5名 2025年4月1日現在", []),
    ],
)
def test_birth_dates(text: str, expected: list[str]) -> None:
    assert scan_values(text, DOB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("記号番号：西3-40771", ["西3-40771"]),
        ("記号・番号 栃07・3381025", ["栃07・3381025"]),
        ("kigo=5520 bango=317 hokensha=27130045 edaban=01", ["5520", "317", "27130045", "01"]),
        ("hokensha=none retry=3", []),
        ("[INFO] order=7041022 qty=185 price=06139847", []),
    ],
)
def test_health_insurance(text: str, expected: list[str]) -> None:
    assert scan_values(text, HI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("窓口：年金番号を教えてください。\n相談者：5190-334871", ["5190-334871"]),
        ("Q 基礎年金番号は？\nA 3306-129845", ["3306-129845"]),
        ("年金番号を教えてください。\n受付番号 2025-001234", []),
        ("年金番号をお願いします\n受付は平日9時から17時までです", []),
    ],
)
def test_pension_reply(text: str, expected: list[str]) -> None:
    assert scan_values(text, PN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ゆうちょ 記号73310 番号40817726", ["73310", "40817726"]),
        ("ゆうちょ銀行 記号 193305 番号 6620418", ["193305", "6620418"]),
        ("ゆうちょ 記号14430 番号22098817", ["14430", "22098817"]),
        ("記号73310 番号はお問い合わせ番号とは異なります", []),
        # an explanation, but written as a real pair: the rules take the 番号; the round-1
        # classifier also masked the 記号, the round-2 one leaves it (docs/benchmarks/dlp.md)
        ("ゆうちょ 記号の見方 73310 番号 40817726", ["40817726"]),
    ],
)
def test_yucho(text: str, expected: list[str]) -> None:
    assert scan_values(text, BA) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare 例： citing a real case: masked (fail closed)
        ("監査記録 例：大野 聡（個人番号 630215974484）の通知カードを誤送付", ["630215974484"]),
        ("事故報告 例：森下 彩（個人番号 407182359060）の情報を別人に交付した。", ["407182359060"]),
        # specimen words, a placeholder name, a bare specimen line, a wrong check digit: vetoed
        ("記載例：大野 聡（個人番号 630215974484）の通知カード", []),
        ("記入例 個人番号 630215974484", []),
        ("見本：大野 聡（個人番号 630215974484）の通知カード", []),
        ("例：山田 太郎（個人番号 123456789018）の通知カード", []),
        ("例：大野 聡（個人番号 630215974484）", []),
        ("12桁で記入する　例 630215974484", []),
        ("例：大野 聡（個人番号 630215974485）の通知カード", []),
    ],
)
def test_cited_case_my_number(text: str, expected: list[str]) -> None:
    assert scan_values(text, MN) == expected
