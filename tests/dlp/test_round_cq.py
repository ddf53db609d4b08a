"""Round CQ (refactor): the era-code date readers keep their own policies on the shared
:func:`govrag.text.eras.era_code_date`, and the month-name spellings of records_bn / records_bq built
from ``fragments.EN_MONTHS`` match every spelling they matched before. Every value is invented."""

from __future__ import annotations

import re

import pytest

from govrag.dlp.recognizers import (
    records_au,
    records_ay,
    records_ba,
    records_bc,
    records_bn,
    records_bq,
    records_by,
    records_bz,
)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("H", 2, 3, 4), "1990年3月4日"),
        (("S", 64, 1, 7), "1989年1月7日"),
        (("H", 35, 1, 2), "2023年1月2日"),  # past 平成 's end, still a year of at most 64
        (("S", 65, 1, 2), None),  # an era year above 64
        (("H", 0, 1, 2), None),
        (("R", 60, 1, 2), None),  # in the future
        (("S", 50, 2, 30), None),
    ],
)
def test_ay_era_policy(args: tuple[str, int, int, int], expected: str | None) -> None:
    assert records_ay._era(*args) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("S450101", "1970年1月1日"),
        ("H350102", "2023年1月2日"),
        ("S000101", None),
        ("R500101", None),  # in the future
        ("H080230", None),
    ],
)
def test_ba_era_policy(value: str, expected: str | None) -> None:
    assert records_ba._era(value) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("本人：山城 葉月 H070912", ["1995年9月12日"]),
        ("本人：山城 葉月 S890304", ["2014年3月4日"]),  # past 昭和 's end: kept (past, year > 0)
        ("本人：山城 葉月 S000304", []),
        ("本人：山城 葉月 R700304", []),  # in the future
        ("本人：山城 葉月 H070931", []),
    ],
)
def test_bc_births_policy(line: str, expected: list[str]) -> None:
    assert [v for label, v, _ in records_bc._births(line) if label == "生年月日"] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("H070912", ("1995年9月12日", True)),
        ("H350102", ("2023年1月2日", True)),  # a typo year past the era's end, still masked
        ("R800101", ("2098年1月1日", True)),  # no check of today for an era-coded cell
        ("S000304", None),
        ("H070931", None),
        ("19950912", ("1995年9月12日", False)),
    ],
)
def test_by_birth_policy(cell: str, expected: tuple[str, bool] | None) -> None:
    assert records_by._birth(cell) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生年月日：H070912", ["生年月日：1995年9月12日"]),
        ("生年月日：H310430", ["生年月日：2019年4月30日"]),
        ("生年月日：H311201", []),  # 平成 ended on 2019-04-30
        ("生年月日：S640108", []),  # 1989-01-08 is 平成元年
        ("生年月日：S000304", []),
        ("生年月日：R700304", []),  # in the future
    ],
)
def test_bz_era_code_policy(text: str, expected: list[str]) -> None:
    assert [f.text for f in records_bz.record_bz_forms(text, text)] == expected


@pytest.mark.parametrize(
    ("digits", "expected"),
    [
        ("19750314", "1975年3月14日"),
        ("750314", "1975年3月14日"),
        ("20990101", "2099年1月1日"),
        ("750231", None),
    ],
)
def test_au_birth_policy(digits: str, expected: str | None) -> None:
    assert records_au._birth(digits) == expected


_OLD_BQ = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
).split("|")


@pytest.mark.parametrize("month", _OLD_BQ)
def test_bq_month_spellings_still_match(month: str) -> None:
    date = re.compile(records_bq._DATE)
    assert date.fullmatch(f"{month} 4, 1981")
    assert date.fullmatch(f"{month}. 4, 1981")


@pytest.mark.parametrize("word", ["jan", "JAN", "JANUARY", "september", "Ma", "Ju", "Monday", "Spring"])
def test_bq_month_negatives_unchanged(word: str) -> None:
    assert not re.compile(records_bq._DATE).fullmatch(f"{word} 4, 1981")


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("DOB is January 4, 1981", "January"),
        ("DOB is jan. 4, 1981", "jan."),
        ("date of birth was SEP 4, 1981", "SEP"),
        ("birthday is Sept. 4 1981", "Sept."),
        ("birth date is May 4, 1981", "May"),
        ("DOB is Dec 4, 1981", "Dec"),
    ],
)
def test_bn_month_spellings(sentence: str, month: str) -> None:
    m = records_bn._BIRTH_MONTH.search(sentence)
    assert m is not None and m.group("mon") == month


@pytest.mark.parametrize(
    "sentence",
    ["DOB is JANUARY 4, 1981", "DOB is SEPT 4, 1981", "DOB is Monday 4, 1981", "DOB is Ma 4, 1981"],
)
def test_bn_month_negatives(sentence: str) -> None:
    assert records_bn._BIRTH_MONTH.search(sentence) is None
