"""Round AD: romaji XML elements, circled-number forms, fixed-length pension files, bank values named
in brackets / corrections / YAML, header-less CSV postal codes, Vietnamese / Indonesian / Korean
labels, spaced labels, ticked boxes, OCR look-alikes in dates; code lists, JSON timestamps and format
notes are no value. Every value is invented."""

from __future__ import annotations

import pytest

from govrag.dlp.fold import fold
from govrag.dlp.recognizers import layouts

from .conftest import scan_values

MN = "JP_MY_NUMBER"
PEN = "JP_PENSION_NUMBER"
DL = "JP_DRIVER_LICENSE"
HI = "JP_HEALTH_INSURANCE"
PH = "PHONE_NUMBER"
DOB = "DATE_OF_BIRTH"
ZIP = "JP_POSTAL_CODE"
PP = "JP_PASSPORT"
BA = "JP_BANK_ACCOUNT"


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("<Person><SeinenGappi>19790611</SeinenGappi></Person>", DOB, ["19790611"]),
        ("<R><KisoNenkinBango>3021884570</KisoNenkinBango></R>", PEN, ["3021884570"]),
        ("<R><KojinBango>231091592071</KojinBango></R>", MN, ["231091592071"]),
        (
            "<Hihokensha><HokenshaBango>01130528</HokenshaBango><Kigo>5521</Kigo><Bango>77</Bango></Hihokensha>",
            HI,
            ["01130528", "5521", "77"],
        ),
        ("<Buhin><Kigo>BX</Kigo><Bango>5521</Bango></Buhin>", HI, []),
        ("<Order><ChumonBango>3021884570</ChumonBango></Order>", PEN, []),
    ],
)
def test_xml_elements(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("①氏名 ②生年月日 ③年金番号⏎① 森 一⏎② 1981 / 02 / 09⏎③ 7720-114385", DOB, ["1981 / 02 / 09"]),
        ("①氏名 ②生年月日 ③年金番号⏎① 森 一⏎② 1981 / 02 / 09⏎③ 7720-114385", PEN, ["7720-114385"]),
        ("①会議日 ②整理番号⏎① 1981 / 02 / 09⏎② 7720-114385", PEN, []),
        ("①会議日 ②整理番号⏎① 1981 / 02 / 09⏎② 7720-114385", DOB, []),
    ],
)
def test_circled_forms(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


FIXED = "固定長 送付ファイル 年金⏎0000012345ナカノ ヒロ      19700101300000111122" + "6620118834"


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        (FIXED, DOB, ["19700101"]),
        (FIXED, PEN, ["6620118834"]),
        (FIXED.replace("年金", "在庫"), PEN, []),
    ],
)
def test_fixed_length(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("正：301-5512208（店番-口座番号）", BA, ["301-5512208"]),
        ("口座番号 誤：5512208 → 正：5512280", BA, ["5512208", "5512280"]),
        ('bank:⏎  name: X銀行⏎  number: "6630127"', BA, ["6630127"]),
        ("正：301-5512208（受付番号-枝番）", BA, []),
        ('server:⏎  name: db⏎  number: "6630127"', BA, []),
    ],
)
def test_bank(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("55,森 一,2024/01/02,961-0905,0248(22)1134", ZIP, ["961-0905"]),
        ("55,ナット,2024/01/02,LOT 961-0905,120", ZIP, []),
        ("SĐT: 09044127735", PH, ["09044127735"]),
        # a mobile number under a code label: the learned classifier masks it (fail closed)
        ("Mã số: 09044127735", PH, ["09044127735"]),
        ("Tanggal lahir: 09/10/2001", DOB, ["09/10/2001"]),
        ("Tanggal kirim: 09/10/2024", DOB, []),
        ("생년월일은 2019년 4월 2일입니다", DOB, ["2019년 4월 2일"]),
        ("생 年 月 日 欄", DOB, []),
        ("生年 月日 昭和 60年 1月 5日", DOB, ["昭和 60年 1月 5日"]),
        ("生年月日 2000/O4/l2", DOB, ["2000/O4/l2"]),
        ("保 険 者 番 号　O 6 1 3 Z 2", HI, ["O 6 1 3 Z 2"]),
        ("部 品 番 号　O 6 1 3 Z 2", HI, []),
    ],
)
def test_labels(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("□運転免許証 ■旅券 □マイナンバーカード⏎番号（記入欄）XK5521093", PP, ["XK5521093"]),
        ("■運転免許証 □旅券⏎番号（記入欄）：301642857713", DL, ["301642857713"]),
        ("□運転免許証 ■その他（社員証）⏎番号（記入欄）XK5521093", PP, []),
    ],
)
def test_ticked_boxes(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("施設コード一覧⏎東支所,025-221-7741", PH, []),
        ("施設一覧⏎東支所 電話 025-221-7741", PH, ["025-221-7741"]),
        ('{"birthday": "1990/01/02", "updated": "2024/09/27"}', DOB, ["1990/01/02"]),
        ('{"birthday": null, "created_at": "2024-09-27"}', DOB, []),
        ("記号・番号欄は枝番2桁を含みます", HI, []),
    ],
)
def test_vetoes(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


def test_fold_reads_lookalikes_only_inside_dates() -> None:
    assert fold("1999/O3/15") == "1999/03/15"
    assert fold("Hello 2024/IO/II") == "Hello 2024/IO/II"
    assert len(fold("1984/l1/2O")) == len("1984/l1/2O")


def test_layout_forms_are_empty_without_their_markers() -> None:
    assert layouts.xml_forms("no xml here") == []
    assert layouts.circled_forms("① only one") == []
    assert layouts.box_forms("■ no boxes") == []
