"""Era-code dates (``H080818``) and the small date helpers of govrag.text.eras (round CQ)."""

from __future__ import annotations

import datetime

import pytest

from govrag.text.eras import calendar_date, date_text, era_code_date, past_date_text, past_text, within_era

D = datetime.date
TOMORROW = datetime.date.today() + datetime.timedelta(days=1)


@pytest.mark.parametrize(
    ("letter", "yy", "mm", "dd", "expected"),
    [
        ("H", 8, 8, 18, D(1996, 8, 18)),
        ("S", 45, 11, 3, D(1970, 11, 3)),
        ("S", 64, 1, 7, D(1989, 1, 7)),  # 昭和 's last day
        ("S", 64, 1, 8, D(1989, 1, 8)),  # already 平成 1: no span check here
        ("T", 1, 7, 30, D(1912, 7, 30)),
        ("M", 45, 7, 29, D(1912, 7, 29)),
        ("R", 1, 5, 1, D(2019, 5, 1)),
        ("H", 1, 1, 8, D(1989, 1, 8)),
        ("H", 35, 1, 2, D(2023, 1, 2)),  # a year past 平成 's end: kept, a record's typo
        ("H", 4, 2, 29, D(1992, 2, 29)),  # leap day
        ("H", 5, 2, 29, None),
        ("S", 50, 13, 1, None),
        ("S", 50, 4, 31, None),
        ("S", 50, 0, 1, None),
        ("H", 0, 3, 3, None),  # no era year 0
        ("X", 8, 8, 18, None),
        ("h", 8, 8, 18, None),  # initials are capitals
    ],
)
def test_era_code_date(letter: str, yy: int, mm: int, dd: int, expected: datetime.date | None) -> None:
    assert era_code_date(letter, yy, mm, dd) == expected


@pytest.mark.parametrize(
    ("day", "era", "inside"),
    [
        (D(2019, 4, 30), "平成", True),
        (D(2019, 5, 1), "平成", False),
        (D(2019, 5, 1), "R", True),
        (D(1989, 1, 7), "S", True),
        (D(1989, 1, 8), "昭和", False),
        (D(1989, 1, 8), "H", True),
        (D(1926, 12, 24), "昭和", False),
        (D(1926, 12, 24), "大正", True),
        (D(1868, 1, 25), "M", True),
        (D(1868, 1, 24), "明治", False),
        (D(2026, 1, 1), "令和", True),
        (D(1990, 1, 1), "X", False),
    ],
)
def test_within_era(day: datetime.date, era: str, inside: bool) -> None:
    assert within_era(day, era) is inside


@pytest.mark.parametrize(
    ("ymd", "text"),
    [
        ((1957, 4, 14), "1957年4月14日"),
        ((2000, 2, 29), "2000年2月29日"),
        ((1900, 2, 29), None),
        ((1990, 6, 31), None),
        ((1990, 0, 1), None),
    ],
)
def test_calendar_date_and_text(ymd: tuple[int, int, int], text: str | None) -> None:
    day = calendar_date(*ymd)
    assert (date_text(day) if day else None) == text
    assert past_date_text(*ymd) == text  # all of them in the past


def test_past_text_refuses_the_future_and_none() -> None:
    assert past_text(datetime.date.today()) == date_text(datetime.date.today())
    assert past_text(TOMORROW) is None
    assert past_text(None) is None
    assert past_date_text(TOMORROW.year, TOMORROW.month, TOMORROW.day) is None
