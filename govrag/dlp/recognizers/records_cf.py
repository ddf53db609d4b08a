r"""Round CF: a column of birth dates known by its spread, whatever the row's layout.

A roster's rows each hold a person's name and one date; when the dates of the block's rows lie
years apart, the column is the people's birth dates — an application, visit or payment date column
of one list spans days or months. So in a block of rows that each name a person (kana, kanji or
romaji, right before the date; round CH: or with a passport's number between) and hold exactly one
numeric date (``1952.07.30``, ``1952/7/30``, ``19520730``; round CH: ``S33.2.7`` on a line with
no Gregorian date) with no date word before it (採便日, 抽出), past and spread over at least
:data:`MIN_SPREAD` years for two rows (three rows before round CG) or :data:`MIN_SPREAD_ROWS` years
for three rows or more (round CH), each date is read as a birth date — unless a line of the block
that is no such row (its title or header) names another kind of date (申請日, 受付, 交付, 登録,
入社, 入会, 入居 … ``date``) and no birth.

>>> t = "名簿⏎01 ｲﾏｲ ｹﾝ 1952.07.30⏎02 ｵｻﾀﾞ ﾐｷ 1988.11.02⏎03 ｳﾉ ｿﾗ 2011.04.19".replace("⏎", "\n")
>>> [f.text for f in record_cf_forms(t, t)]
['生年月日：1952.07.30\n生年月日：1988.11.02\n生年月日：2011.04.19']
>>> record_cf_forms(t.replace("名簿", "受付日"), t.replace("名簿", "受付日"))
[]
"""

from __future__ import annotations

import datetime
import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, offset_forms
from govrag.dlp.recognizers.fragments import HW_KANA
from govrag.dlp.recognizers.rows import text_lines
from govrag.text.eras import calendar_date, era_code_date, past_text

__all__ = ["MIN_SPREAD", "MIN_SPREAD_ROWS", "PERSON_NAME", "ROW_DATE", "record_cf_forms", "row_date"]

#: the least span in years between a column's earliest and latest date for a birth column of two
#: rows, and (round CH) of three rows or more: a list's application, visit or payment dates lie days
#: or months apart, its people's births years apart
MIN_SPREAD = 15
MIN_SPREAD_ROWS = 2
_MIN_ROWS = 2
#: a row's numeric date (Gregorian, or round CH: an era initial's)
ROW_DATE = lazy_compile(
    r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?:(?P<s>[./-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
    r"|(?P<m2>[01]\d)(?P<d2>[0-3]\d))(?![\d./-])"
    # round CH: an era initial, year, month and day (S33.2.7, H28.3.4)
    r"|(?<![0-9A-Za-z./-])(?P<e>[MTSHR])(?P<ey>\d{1,2})\.(?P<em>\d{1,2})\.(?P<ed>\d{1,2})(?![\d./-])"
)
#: a person's name in a row: two half-width kana, katakana, kanji or romaji parts
PERSON_NAME = lazy_compile(
    rf"{HW_KANA}{{2,}}[ ]{HW_KANA}{{1,}}"
    r"|[\u30a1-\u30fc]{2,}[ \u3000][\u30a1-\u30fc]{1,}"
    r"|[\u4e00-\u9fff\u3005]{1,4}[ \u3000][\u4e00-\u9fff\u3005]{1,3}"
    r"|(?<![A-Za-z])[A-Z][A-Za-z]+[ ][A-Z][A-Za-z]+(?![A-Za-z])"
)
#: words of a date that is no birth, before it on its line
_DATED = lazy_compile(r"日|抽出|作成|出力|現在|時点|基準")
#: what may stand between the name and its date: the cells' separators only
_GAP = r"[ \t\u3000,，|｜]+"
#: round CH: a passport's number may stand between (a travel roster: NAME  TK1234567  19800102)
_NAME_GAP = lazy_compile(rf"{_GAP}(?:[A-Z]{{1,2}}\d{{7,8}}{_GAP})?")
_BIRTH_WORD = lazy_compile(r"(?i)生年|誕生|出生|birth|dob|ｾｲﾈﾝ|ﾀﾝｼﾞｮｳ")
_OTHER_DATE = lazy_compile(
    r"(?i)申請|受付|交付|登録|取得|入社|採用|開始|終了|支払|振込|発行|有効|期限|更新|予約|実施|利用|来所"
    r"|受診|接種|契約|日時|日付|入所|退所|入院|退院|死亡|転入|転出|(?<![a-z])date(?![a-z])"
    # round CH (a few years' spread suffices now): a member's, tenant's or staff member's event
    r"|入会|退会|入居|退去|入学|卒業|就任|着任|退職|入庁|貸出|返却|購入|設置|着工|竣工|点検|訪問"
)


def row_date(m: re.Match[str]) -> datetime.date | None:
    """The past calendar date a :data:`ROW_DATE` match names, or None."""
    if m["e"]:
        day = era_code_date(m["e"], int(m["ey"]), int(m["em"]), int(m["ed"]))
    elif m["m"]:
        day = calendar_date(int(m["y"]), int(m["m"]), int(m["d"]))
    else:
        day = calendar_date(int(m["y"]), int(m["m2"]), int(m["d2"]))
    return day if past_text(day) else None


def _row_date(line: str) -> tuple[re.Match[str], datetime.date] | None:
    """The line's one date right after a name (separators only between), with its calendar date;
    None when the line holds no such date, or more than one date (era-initial dates count only on
    a line with no Gregorian one: a row's later 交付 date is often written R8.3.5)."""
    found = list(ROW_DATE.finditer(line))
    dates = [m for m in found if not m["e"]] or found
    if len(dates) != 1:
        return None
    m = dates[0]
    names = PERSON_NAME.finditer(line, 0, m.start())
    if not any(_NAME_GAP.fullmatch(line, n.end(), m.start()) for n in names):
        return None
    before = line[: m.start()]
    if (_OTHER_DATE.search(before) or _DATED.search(before)) and not _BIRTH_WORD.search(before):
        return None  # a title's or a field's date (抽出 2026/01/14, 採便日 2025/01/08)
    day = row_date(m)
    return (m, day) if day else None


def _block_forms(lines: list[tuple[str, int]]) -> list[ColumnForm]:
    read = [(_row_date(line), line, off) for line, off in lines]
    rows = [(r, off) for r, _, off in read if r is not None]
    if len(rows) < _MIN_ROWS:
        return []
    years = [day.year for (_, day), _ in rows]
    if max(years) - min(years) < (MIN_SPREAD if len(rows) == _MIN_ROWS else MIN_SPREAD_ROWS):
        return []
    others = [line for r, line, _ in read if r is None]
    if any(_OTHER_DATE.search(x) and not _BIRTH_WORD.search(x) for x in others):
        return []
    pairs = [("生年月日", m.group(0), list(range(off + m.start(), off + m.end()))) for (m, _), off in rows]
    return offset_forms(pairs)


def record_cf_forms(folded: str, text: str) -> list[ColumnForm]:
    """Form lines for the dates of birth-date columns known by their spread (see the module)."""
    if len(text) != len(folded) or not ROW_DATE.search(folded):
        return []
    forms: list[ColumnForm] = []
    block: list[tuple[str, int]] = []
    for line, off in [*text_lines(folded), ("", len(folded))]:
        if line.strip():
            block.append((line, off))
            continue
        forms += _block_forms(block)
        block = []
    return forms
