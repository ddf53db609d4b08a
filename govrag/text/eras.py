"""Japanese era dates (和暦): 「令和7年3月31日」 <-> ``datetime.date``.

Era starts follow 元号法 and the era-change cabinet orders (明治 1868-01-25 as used by e-Gov,
大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01). Numerals may be arabic,
full-width or kanji (:func:`govrag.text.numerals.kanji_to_int`); 元年 is year 1.

>>> d = parse_era_date("令和7年3月31日付け")
>>> d.iso, d.era, d.year, d.text
('2025-03-31', '令和', 7, '令和7年3月31日')
>>> parse_era_date("平成三十一年四月一日").iso
'2019-04-01'
>>> to_era(parse_era_date("令和元年5月1日").date)
'令和元年5月1日'
>>> find_era_dates("施行日は令和6年4月1日、通知は2025年3月31日。")[1].iso
'2025-03-31'
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from govrag.text.numerals import kanji_to_int

__all__ = ["ERAS", "EraDate", "find_era_dates", "parse_era_date", "to_era"]

#: (era name, first day) in chronological order.
ERAS: tuple[tuple[str, _dt.date], ...] = (
    ("明治", _dt.date(1868, 1, 25)),
    ("大正", _dt.date(1912, 7, 30)),
    ("昭和", _dt.date(1926, 12, 25)),
    ("平成", _dt.date(1989, 1, 8)),
    ("令和", _dt.date(2019, 5, 1)),
)
_START = dict(ERAS)
_N = r"[0-9０-９〇一二三四五六七八九十]{1,4}"
_DATE_RE = re.compile(
    r"(?:(?P<era>明治|大正|昭和|平成|令和)\s*(?P<ey>元|" + _N + r")|(?P<gy>[12][0-9]{3}|[１２][０-９]{3}))"
    r"\s*年\s*(?P<m>" + _N + r")\s*月\s*(?P<d>" + _N + r")\s*日"
)


@dataclass(frozen=True, slots=True)
class EraDate:
    """A date found in text: ``era``/``year`` are None for a 西暦 date; ``text`` is the span."""

    date: _dt.date
    era: str | None
    year: int | None
    text: str
    start: int
    end: int

    @property
    def iso(self) -> str:
        return self.date.isoformat()

    @property
    def wareki(self) -> str:
        """The 和暦 form (``令和7年3月31日``), whatever the input style."""
        return to_era(self.date)


def _num(s: str) -> int:
    return 1 if s == "元" else kanji_to_int(s)


def _from_match(m: re.Match[str]) -> EraDate | None:
    try:
        month, day = _num(m.group("m")), _num(m.group("d"))
        if m.group("era"):
            era, year = m.group("era"), _num(m.group("ey"))
            gregorian = _START[era].year + year - 1
        else:
            era, year = None, None
            gregorian = _num(m.group("gy"))
        date = _dt.date(gregorian, month, day)
    except ValueError:
        return None
    if era is not None and date < _START[era]:
        return None
    return EraDate(date, era, year, m.group(0), m.start(), m.end())


def find_era_dates(text: str) -> list[EraDate]:
    """Every valid 和暦 or 西暦 年月日 date in ``text`` (invalid ones such as 2月30日 are skipped)."""
    return [d for m in _DATE_RE.finditer(text) if (d := _from_match(m)) is not None]


def parse_era_date(text: str) -> EraDate | None:
    """The first date in ``text`` (None when there is none)."""
    found = find_era_dates(text)
    return found[0] if found else None


def to_era(date: _dt.date) -> str:
    """``date`` in 和暦 (``令和7年3月31日``; 元年 for year 1).

    >>> import datetime
    >>> to_era(datetime.date(1989, 1, 7))
    '昭和64年1月7日'
    """
    for era, start in reversed(ERAS):
        if date >= start:
            year = date.year - start.year + 1
            label = "元" if year == 1 else str(year)
            return f"{era}{label}年{date.month}月{date.day}日"
    raise ValueError(f"{date} is before 明治")
