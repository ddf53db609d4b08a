"""Round AA: an English ``Pension No.`` label cell of a ｜-table and a 4-6 pension number as a cell
of a header-less TSV roster row; OCR-misread phone numbers (O for 0, l/I for 1) after a phone label;
English month-name birth dates in a chat reply and in a ``Date of Birth`` cell; ``kigo`` / ``bango``
under a YAML insurance key (not under another key); a quoted 旅券番号 JSON key; ``doc_type=`` log
lines naming a driver's licence or a My Number card. Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values

PEN = "JP_PENSION_NUMBER"
PH = "PHONE_NUMBER"
DOB = "DATE_OF_BIRTH"
HI = "JP_HEALTH_INSURANCE"
PP = "JP_PASSPORT"
DL = "JP_DRIVER_LICENSE"
MN = "JP_MY_NUMBER"

_ROSTER = "小林 誠\t1969/04/18\t231-0023\t神奈川県横浜市中区山下町3-8\t{v}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("｜Pension No.｜7310-284459｜", ["7310-284459"]),
        ("｜Name｜Ken Ito｜⏎｜Basic pension number｜7310 284459｜", ["7310 284459"]),
        ("｜Pension No｜7310284459｜", ["7310284459"]),
        (_ROSTER.format(v="7310-284459"), ["7310-284459"]),
        ("｜Order No.｜7310-284459｜", []),
        ("B-22\t2025/04/18\t231-0023\t横浜倉庫\t7310-284459", []),
    ],
)
def test_pension(text: str, expected: list[str]) -> None:
    assert scan_values(text, PEN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("電話番号：O3-62l8-4O27", ["O3-62l8-4O27"]),
        ("電 話   O9O-77I2-4O58", ["O9O-77I2-4O58"]),
        ("型番：O3-62l8-4O27", []),
        ("電話で確認。伝票 4O1-23l", []),
    ],
)
def test_ocr_phone(text: str, expected: list[str]) -> None:
    assert scan_values(text, PH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Staff: Please confirm your name and date of birth.⏎Resident: Ryo Abe, May 9, 1986",
            ["May 9, 1986"],
        ),
        ("Agent: Your name and date of birth?⏎Caller: Ryo Abe⏎Caller: 9 May 1986", ["9 May 1986"]),
        ("Staff: When is the event?⏎Resident: The fair, May 9, 2025", []),
        ("｜Date of Birth｜October 1, 1972｜", ["October 1, 1972"]),
        ("｜Date of Issue｜October 1, 2022｜", []),
    ],
)
def test_birth_dates_en(text: str, expected: list[str]) -> None:
    assert scan_values(text, DOB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('insurance:⏎  kigo: "奈良3"⏎  bango: "2218"', ["奈良3", "2218"]),
        ('health_insurance:⏎  kigo: "5521"⏎  bango: "16"', ["5521", "16"]),
        ('car:⏎  kigo: "奈良"⏎  bango: "2218"', []),
        ('app:⏎  kigo: "B7"⏎  bango: "2218"', []),
    ],
)
def test_health_insurance_yaml(text: str, expected: list[str]) -> None:
    assert scan_values(text, HI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"旅券番号": "E70421938"}', ["E70421938"]),
        ('{"受付番号": "E70421938"}', []),
    ],
)
def test_passport_json(text: str, expected: list[str]) -> None:
    assert scan_values(text, PP) == expected


@pytest.mark.parametrize(
    ("text", "dl", "mn"),
    [
        # 441208339067 passes the My Number check digit: the document type decides
        ("doc_type=drivers_license doc_no=441208339067", ["441208339067"], []),
        ("id_type=driver_license id_no=441208339067 ok", ["441208339067"], []),
        ("doc_type=my_number_card doc_no=441208339067", [], ["441208339067"]),
        ("doc_type=receipt doc_no=441208339067", [], []),
    ],
)
def test_document_type_logs(text: str, dl: list[str], mn: list[str]) -> None:
    assert scan_values(text, DL) == dl
    assert scan_values(text, MN) == mn
