"""Round AB: abbreviated pension labels (基年, 基年番号, 基礎年金No), a bracketed note line between a
pension label and its value, a hand-over bullet list under a 基礎年金番号 line; the memo label 免,
YAML ``type: driver_license`` blocks and fixed-width licence rosters; ゆうちょ TAB headers with
記号 / 番号 columns; box-drawing insurance tables; ten-digit phones after a contact phrase; an OCR'd
生年月日 … 郵便番号 header over one value line. Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values

PEN = "JP_PENSION_NUMBER"
DL = "JP_DRIVER_LICENSE"
BA = "JP_BANK_ACCOUNT"
HI = "JP_HEALTH_INSURANCE"
PH = "PHONE_NUMBER"
DOB = "DATE_OF_BIRTH"
ZIP = "JP_POSTAL_CODE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("基年 6203418875", ["6203418875"]),
        ("基年番号：6203 418875", ["6203 418875"]),
        ("基礎年金No. 6203-418875", ["6203-418875"]),
        ("基年No：6203-418875", ["6203-418875"]),
        ("基年度 2025 6203418875円", []),
        ("基礎年金番号⏎（10桁）⏎6203418875", ["6203418875"]),
        ("基礎年金番号⏎（本人分）⏎⏎6203 418875", ["6203 418875"]),
        ("受付番号⏎（10桁）⏎6203418875", []),
        (
            "申し送り（基礎年金番号）⏎・村上 武 6203418875⏎・林 綾 5120937746",
            ["6203418875", "5120937746"],
        ),
        ("申し送り（注文番号）⏎・村上 武 6203418875", []),
    ],
)
def test_pension(text: str, expected: list[str]) -> None:
    assert scan_values(text, PEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MN 済⏎免 301422876609⏎携 090-1111-2233", ["301422876609"]),
        ("免許：301422876609", ["301422876609"]),
        ("免責 301422876609", []),
        ('id_document:⏎  type: driver_license⏎  number: "301422876609"', ["301422876609"]),
        ('document:⏎  type: receipt⏎  number: "301422876609"', []),
        (
            "氏名      免許証番号⏎林 綾     301422876609⏎村上 武   552018763341",
            ["301422876609", "552018763341"],
        ),
        ("氏名      社員番号⏎林 綾     301422876609⏎村上 武   552018763341", []),
    ],
)
def test_driver_licence(text: str, expected: list[str]) -> None:
    assert scan_values(text, DL) == expected


@pytest.mark.parametrize(
    ("text", "bank", "hi"),
    [
        ("ゆうちょ銀行\t記号\t番号⏎\t12210\t33017745", ["12210", "33017745"], []),
        ("振込先 ゆうちょ\t記号\t番号⏎\t\t12210\t3301774", ["12210", "3301774"], []),
    ],
)
def test_yucho_tab_header(text: str, bank: list[str], hi: list[str]) -> None:
    assert scan_values(text, BA) == bank
    assert scan_values(text, HI) == hi


def test_tab_header_without_bank() -> None:
    assert scan_values("品目\t記号\t番号⏎\tA\t3301774", BA) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "│保険者番号│06139914│⏎├───┼───┤⏎│記号│奈良8│⏎├───┼───┤⏎│番号│412│⏎├───┼───┤⏎│枝番│01│",
            ["06139914", "奈良8", "412", "01"],
        ),
        ("│記号│6610│⏎├───┼───┤⏎│番号│27│", ["6610", "27"]),
        ("│部屋│2B│⏎├───┼───┤⏎│記号│C│⏎├───┼───┤⏎│番号│27│", []),
    ],
)
def test_box_table(text: str, expected: list[str]) -> None:
    assert scan_values(text, HI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("面談日の変更は0463318820へご連絡ください", ["0463318820"]),
        ("お問い合わせは 0463318820 （福祉課）まで", ["0463318820"]),
        ("受付番号は0463318820です。変更は窓口へ", []),
        ("連絡は担当まで。整理番号0463318820", []),
    ],
)
def test_contact_phone(text: str, expected: list[str]) -> None:
    assert scan_values(text, PH) == expected


@pytest.mark.parametrize(
    ("text", "dob", "zip_code"),
    [
        (
            "生年月日　　　　郵便番号⏎⏎平成 5 年 9 月 3 日　　　251-0025",
            ["平成 5 年 9 月 3 日"],
            ["251-0025"],
        ),
        (
            "生 年 月 日      郵 便 番 号⏎⏎⏎昭和 60 年 2 月 8 日    251-0025",
            ["昭和 60 年 2 月 8 日"],
            ["251-0025"],
        ),
        ("交付日        有効期限⏎⏎平成 5 年 9 月 3 日    令和 7 年 9 月 3 日", [], []),
    ],
)
def test_birth_postal_header(text: str, dob: list[str], zip_code: list[str]) -> None:
    assert scan_values(text, DOB) == dob
    assert scan_values(text, ZIP) == zip_code
