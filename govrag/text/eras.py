"""Japanese eras (和暦): era dates to Gregorian and back, and law numbers (法令番号).

The one place govrag reads 「令和7年3月31日」 or 「平成五年法律第八十八号」; citations, corpus
parsers, DLP recognizers and document loaders call it.

>>> wareki_to_date("令和7年3月31日")
datetime.date(2025, 3, 31)
>>> wareki_to_date("平成元年一月八日")
datetime.date(1989, 1, 8)
>>> date_to_wareki(datetime.date(2019, 5, 1))
'令和元年5月1日'
>>> parse_law_number("平成五年法律第八十八号")
LawNumber(era='平成', year=5, kind='法律', number=88, gregorian_year=1993)
>>> ERA_DATE_RE.search("令和７年３月３１日付け総行行第45号").group(0)
'令和７年３月３１日'
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from govrag.errors import InputError
from govrag.text.numerals import NUMERAL, kanji_to_int

__all__ = [
    "ERAS",
    "ERA_DATE_RE",
    "ERA_INITIALS",
    "ERA_NAMES",
    "LAW_NUMBER_RE",
    "LawNumber",
    "calendar_date",
    "date_text",
    "date_to_wareki",
    "era_base_year",
    "era_code_date",
    "era_year_to_gregorian",
    "parse_law_number",
    "past_date_text",
    "past_text",
    "past_ymd_text",
    "wareki_to_date",
    "within_era",
]

#: (era, first day) from the newest: the Gregorian year of 元年 is the first day's year.
ERAS: tuple[tuple[str, datetime.date], ...] = (
    ("令和", datetime.date(2019, 5, 1)),
    ("平成", datetime.date(1989, 1, 8)),
    ("昭和", datetime.date(1926, 12, 25)),
    ("大正", datetime.date(1912, 7, 30)),
    ("明治", datetime.date(1868, 1, 25)),
)
ERA_NAMES: tuple[str, ...] = tuple(name for name, _ in ERAS)
#: the romanised initial of each era (R, H, S, T, M), as record files and forms abbreviate it
ERA_INITIALS: dict[str, str] = dict(zip("RHSTM", ERA_NAMES, strict=True))
_ERA = "(?P<era>" + "|".join(ERA_NAMES) + ")"
_YEAR = rf"(?P<year>元|{NUMERAL})"
#: 和暦 date: 「令和7年3月31日」「平成元年一月八日」 (full-width digits and spaces allowed).
ERA_DATE_RE = re.compile(
    rf"{_ERA}\s*{_YEAR}\s*年\s*(?P<month>{NUMERAL})\s*月\s*(?P<day>{NUMERAL})\s*日")
#: 法令番号: 「平成五年法律第八十八号」「昭和二十一年憲法」「令和三年政令第百号」.
LAW_NUMBER_RE = re.compile(
    rf"{_ERA}{_YEAR}年(?:(?P<kind>法律|政令|勅令|[^\s第、。]{{1,12}}?(?:省令|庁令|規則|告示|訓令|府令|条例))"
    rf"第(?P<number>{NUMERAL})号|(?P<constitution>憲法))")


@dataclass(frozen=True, slots=True)
class LawNumber:
    """A parsed 法令番号."""

    era: str
    year: int
    kind: str
    number: int | None
    gregorian_year: int


def era_year_to_gregorian(era: str, year: int) -> int:
    """The Gregorian year of ``era`` year ``year`` (``元年`` is 1).

    >>> era_year_to_gregorian("昭和", 64)
    1989
    """
    for name, first in ERAS:
        if name == era:
            if year < 1:
                raise InputError(f"{era}{year}年: an era year starts at 元年 (1)")
            return first.year + year - 1
    raise InputError(f"unknown era {era!r}; known: {', '.join(ERA_NAMES)}")


def era_base_year(era: str) -> int:
    """The Gregorian year before ``era``'s 元年, so that era year ``n`` is ``base + n`` (also for a
    ``0`` or an out-of-range ``n`` a form may hold; validating the year is the caller's business).

    >>> era_base_year("平成"), era_base_year(ERA_INITIALS["S"])
    (1988, 1925)
    """
    return era_year_to_gregorian(era, 1) - 1


def calendar_date(year: int, month: int, day: int) -> datetime.date | None:
    """The date, or None when ``year``/``month``/``day`` name no calendar date.

    >>> calendar_date(2024, 2, 29), calendar_date(2023, 2, 29), calendar_date(1990, 13, 1)
    (datetime.date(2024, 2, 29), None, None)
    """
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def date_text(day: datetime.date) -> str:
    """``YYYY年M月D日`` (no zero padding), the form line value of a date.

    >>> date_text(datetime.date(1957, 4, 4))
    '1957年4月4日'
    """
    return f"{day.year}年{day.month}月{day.day}日"


def past_text(day: datetime.date | None) -> str | None:
    """:func:`date_text` of a date not after today, else None (a birth date's sanity check).

    >>> past_text(datetime.date(1957, 4, 14)), past_text(datetime.date(9999, 1, 1)), past_text(None)
    ('1957年4月14日', None, None)
    """
    return None if day is None or day > datetime.date.today() else date_text(day)


def past_date_text(year: int, month: int, day: int) -> str | None:
    """``YYYY年M月D日`` of a valid date not after today, else None (a birth date's sanity check).

    >>> past_date_text(1957, 4, 14), past_date_text(1957, 2, 30), past_date_text(9999, 1, 1)
    ('1957年4月14日', None, None)
    """
    return past_text(calendar_date(year, month, day))


def past_ymd_text(digits: str) -> str | None:
    """:func:`past_date_text` of an 8-digit ``YYYYMMDD`` string.

    >>> past_ymd_text("19570414")
    '1957年4月14日'
    """
    return past_date_text(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def era_code_date(letter: str, year: int, month: int, day: int) -> datetime.date | None:
    """The calendar date of an era code such as ``H080818`` (an era initial of :data:`ERA_INITIALS`,
    the era year, month and day), or None: an unknown letter, an era year below 1 (元年), no
    calendar date. The date is not checked against the era's span (H35 is 2023, a typo a record may
    hold) nor against today: those are the caller's policy (:func:`within_era`, :func:`past_text`).

    >>> era_code_date("H", 8, 8, 18), era_code_date("S", 64, 1, 7), era_code_date("H", 35, 1, 2)
    (datetime.date(1996, 8, 18), datetime.date(1989, 1, 7), datetime.date(2023, 1, 2))
    >>> era_code_date("H", 0, 1, 1), era_code_date("H", 8, 2, 30), era_code_date("X", 8, 1, 1)
    (None, None, None)
    """
    era = ERA_INITIALS.get(letter)
    if era is None or year < 1:
        return None
    return calendar_date(era_base_year(era) + year, month, day)


def within_era(day: datetime.date, era: str) -> bool:
    """``day`` lies inside ``era`` (a name or its initial): on or after its first day and before
    the next era's (平成 ended on 2019-04-30).

    >>> within_era(datetime.date(2019, 4, 30), "平成"), within_era(datetime.date(2019, 5, 1), "H")
    (True, False)
    >>> within_era(datetime.date(1868, 1, 24), "明治"), within_era(datetime.date(2026, 1, 1), "R")
    (False, True)
    """
    name = ERA_INITIALS.get(era, era)
    end: datetime.date | None = None
    for era_name, first in ERAS:
        if era_name == name:
            return first <= day and (end is None or day < end)
        end = first
    return False


def _year(text: str) -> int:
    return 1 if text == "元" else kanji_to_int(text)


def wareki_to_date(text: str) -> datetime.date:
    """The date of the first 和暦 date in ``text``; InputError when there is none or it is invalid."""
    m = ERA_DATE_RE.search(text)
    if m is None:
        raise InputError("no era date (e.g. 令和7年3月31日) in the text")
    year = era_year_to_gregorian(m["era"], _year(m["year"]))
    try:
        return datetime.date(year, kanji_to_int(m["month"]), kanji_to_int(m["day"]))
    except ValueError as exc:
        raise InputError(f"not a calendar date: {m.group(0)} ({exc})") from None


def date_to_wareki(day: datetime.date) -> str:
    """``day`` as a 和暦 date with Arabic numerals (元年 for the first year)."""
    for name, first in ERAS:
        if day >= first:
            year = day.year - first.year + 1
            return f"{name}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    raise InputError(f"{day.isoformat()} is before 明治")


def parse_law_number(text: str) -> LawNumber:
    """Parse a 法令番号 (the whole text, spaces ignored); InputError when it is not one."""
    m = LAW_NUMBER_RE.fullmatch("".join(text.split()))
    if m is None:
        raise InputError(f"not a law number: {text!r} (e.g. 平成五年法律第八十八号)")
    year = _year(m["year"])
    kind = "憲法" if m["constitution"] else m["kind"]
    number = kanji_to_int(m["number"]) if m["number"] else None
    return LawNumber(era=m["era"], year=year, kind=kind, number=number,
                     gregorian_year=era_year_to_gregorian(m["era"], year))
