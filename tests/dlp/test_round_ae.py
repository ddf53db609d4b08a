"""Round AE: look-alikes S / B / b / Z inside numbers, value lines under spaced labels, 項目N forms,
English-header fixed-width rosters, numbered passport lists, French / Thai / Vietnamese labels.
Every value is invented."""

from __future__ import annotations

import pytest

from govrag.dlp.fold import fold

from .conftest import scan_values

MN = "JP_MY_NUMBER"
PEN = "JP_PENSION_NUMBER"
DL = "JP_DRIVER_LICENSE"
PH = "PHONE_NUMBER"
DOB = "DATE_OF_BIRTH"
PP = "JP_PASSPORT"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("B331-207458", "8331-207458"),
        ("0Z5-b61-3352", "025-661-3352"),
        ("7720114S85", "7720114585"),
        ("1991/0Z/1b", "1991/02/16"),
        ("S48.6.19", "S48.6.19"),
        ("H5.9.25", "H5.9.25"),
        ("S55.12.3", "S55.12.3"),
        ("TZ7715032", "TZ7715032"),
        ("MB1234567", "MB1234567"),
        ("SB52918407ZB", "SB52918407ZB"),
        ("B12-5501", "B12-5501"),
        ("SB-2040Z", "SB-2040Z"),
        ("9f3b2a7e", "9f3b2a7e"),
    ],
)
def test_fold_table(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("基礎年金番号 B331-207458", PEN, ["B331-207458"]),
        ("電話 0Z5-b61-3352", PH, ["0Z5-b61-3352"]),
        ("改正 S48.6.19 施行", DOB, []),
        ("運 転 免 許 証 番 号⏎５５０３ ２１８８ ４０１７", DL, ["５５０３ ２１８８ ４０１７"]),
        ("受 付 番 号⏎550321884017", DL, []),
        ("項目1 氏名⏎項目2 基礎年金番号⏎（記載欄）⏎森 一⏎6610-203347", PEN, ["6610-203347"]),
        ("項目1 品名⏎項目2 伝票番号⏎（記載欄）⏎用紙⏎6610-203347", PEN, []),
        (
            "NAME            BIRTH       PENSION⏎KUROSAWA TOMOHIRO1980/03/09  4410327781",
            PEN,
            ["4410327781"],
        ),
        (
            "NAME            BIRTH       PENSION⏎KUROSAWA TOMOHIRO1980/03/09  4410327781",
            DOB,
            ["1980/03/09"],
        ),
        ("NAME          DATE        ORDER⏎KUROSAWA SHOTEN2024/03/09  4410327781", PEN, []),
        ("旅券 交付予定者⏎1. AOKI RIN / TH3302915⏎2. KATO SOU / TR8812047", PP, ["TH3302915", "TR8812047"]),
        ("出荷一覧⏎1. 本社 / TH3302915⏎2. 支所 / TR8812047", PP, []),
        ("หนังสือเดินทางเลขที่ TK5520194", PP, ["TK5520194"]),
        ("Il est né le 2 mars 1979 à Paris.", DOB, ["2 mars 1979"]),
        ("La réunion a lieu le 2 mars 2025.", DOB, []),
        ("Ngày sinh của tôi: 17/05/1990", DOB, ["17/05/1990"]),
        ("Ngày hẹn: 17/05/2025", DOB, []),
    ],
)
def test_round_ae(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected
