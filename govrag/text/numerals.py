"""Kanji numerals <-> integers, and e-Gov article keys.

>>> kanji_to_int("二百五十二")
252
>>> int_to_kanji(252)
'二百五十二'
>>> kanji_to_int("1万2千")
12000
>>> article_key("第二百五十二条の十九")
'252_19'
>>> article_label("252_19")
'第二百五十二条の十九'
"""

from __future__ import annotations

import re

__all__ = [
    "KANJI_DIGITS",
    "KANJI_NUMERAL_CHARS",
    "NUMERAL",
    "NUMERAL_CHARS",
    "NUMERAL_CLASS",
    "article_key",
    "article_label",
    "int_to_kanji",
    "item_key",
    "item_label",
    "kanji_to_int",
]

_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
    # old/legal forms (大字)
    "壱": 1, "弐": 2, "参": 3, "壹": 1, "貳": 2, "參": 3, "伍": 5,
}
_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "千": 1000, "阡": 1000, "陌": 100}
_BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "億": 10**8, "兆": 10**12, "京": 10**16}
_ASCII = {c: i for i, c in enumerate("0123456789")}
_FULLWIDTH = {c: i for i, c in enumerate("０１２３４５６７８９")}

#: Every character that may appear in a numeral accepted by :func:`kanji_to_int`.
NUMERAL_CHARS = "".join([*_DIGITS, *_SMALL_UNITS, *_BIG_UNITS, *_ASCII, *_FULLWIDTH, ",，"])
#: The ten kanji digits of positional numerals (二〇二六).
KANJI_DIGITS = "〇一二三四五六七八九"
#: The kanji of numerals as statutes and official documents write them (the regex class below).
KANJI_NUMERAL_CHARS = "〇零一二三四五六七八九十百千万億兆"
#: THE character class of a Japanese numeral in running text — Arabic (half and full width)
#: and kanji — for every regex in govrag (no separators: 1,000 is matched by callers that want it).
NUMERAL_CLASS = f"[0-9０-９{KANJI_NUMERAL_CHARS}]"
#: One numeral: ``re.compile(NUMERAL)`` finds 第「二百五十二」条, 「30」日, 「１０」万円.
NUMERAL = NUMERAL_CLASS + "+"


def _digit(ch: str) -> int | None:
    if ch in _DIGITS:
        return _DIGITS[ch]
    if ch in _ASCII:
        return _ASCII[ch]
    if ch in _FULLWIDTH:
        return _FULLWIDTH[ch]
    return None


def kanji_to_int(s: str) -> int:
    """Parse a Japanese numeral: kanji (``二百五十二``), positional kanji (``二〇二六``),
    arabic or full-width digits, or a mix (``1万2千``, ``３百``).

    Raises :class:`ValueError` on anything else (empty string, stray characters).

    >>> [kanji_to_int(x) for x in ("〇", "十", "十一", "千二十", "一億二千万", "２０２６", "二〇二六")]
    [0, 10, 11, 1020, 120000000, 2026, 2026]
    """
    text = s.strip().replace(",", "").replace("，", "")
    if not text:
        raise ValueError("empty numeral")
    if any(_digit(c) is None and c not in _SMALL_UNITS and c not in _BIG_UNITS for c in text):
        raise ValueError(f"not a numeral: {s!r}")
    # Pure digit strings (positional): 2026, ２０２６, 二〇二六
    digits = [_digit(c) for c in text]
    if all(d is not None for d in digits):
        return int("".join(str(d) for d in digits))
    total = 0  # sum of completed big-unit groups
    section = 0  # value below the current big unit
    number: int | None = None  # pending digits
    last_small = 10**4  # small units must strictly decrease within a group (千 > 百 > 十)
    last_big = 10**20  # big units must strictly decrease (兆 > 億 > 万)
    for c in text:
        d = _digit(c)
        if d is not None:
            number = d if number is None else number * 10 + d
        elif c in _SMALL_UNITS:
            unit = _SMALL_UNITS[c]
            if unit >= last_small or (number is not None and not 1 <= number <= 9):
                raise ValueError(f"not a numeral: {s!r}")
            section += (1 if number is None else number) * unit
            last_small = unit
            number = None
        else:
            unit = _BIG_UNITS[c]
            if number is not None and section and number >= last_small:
                raise ValueError(f"not a numeral: {s!r}")
            group = section + (number or 0)
            if group == 0 or unit >= last_big:
                raise ValueError(f"not a numeral: {s!r}")
            total += group * unit
            last_big = unit
            last_small = 10**4
            section = 0
            number = None
    if number is not None and section and number >= last_small:
        raise ValueError(f"not a numeral: {s!r}")
    return total + section + (number or 0)


def int_to_kanji(n: int) -> str:
    """Render a non-negative integer in statute style kanji (``252`` -> ``二百五十二``).

    >>> [int_to_kanji(x) for x in (0, 10, 11, 110, 1000, 10000, 20000, 123456789)]
    ['〇', '十', '十一', '百十', '千', '一万', '二万', '一億二千三百四十五万六千七百八十九']
    """
    if not isinstance(n, int) or n < 0:
        raise ValueError(f"int_to_kanji needs a non-negative int, not {n!r}")
    if n == 0:
        return "〇"
    digits = "〇一二三四五六七八九"
    out: list[str] = []
    for unit_value, unit_name in ((10**16, "京"), (10**12, "兆"), (10**8, "億"), (10**4, "万"), (1, "")):
        group, n = divmod(n, unit_value)
        if not group:
            continue
        part = ""
        for small_value, small_name in ((1000, "千"), (100, "百"), (10, "十")):
            d, group = divmod(group, small_value)
            if d:
                part += ("" if d == 1 else digits[d]) + small_name
        if group:
            part += digits[group]
        out.append(part + unit_name)
    return "".join(out)


_NUM = f"[{re.escape(NUMERAL_CHARS)}]+"
_ARTICLE_RE = re.compile(rf"^第?({_NUM})条((?:の{_NUM})*)$")
_ITEM_RE = re.compile(rf"^第?({_NUM})号((?:の{_NUM})*)$")
_BRANCH_RE = re.compile(rf"の({_NUM})")


def _key(match: re.Match[str]) -> str:
    parts = [str(kanji_to_int(match.group(1)))]
    parts += [str(kanji_to_int(m)) for m in _BRANCH_RE.findall(match.group(2))]
    return "_".join(parts)


def article_key(label: str) -> str:
    """``第二百五十二条の十九`` -> ``"252_19"`` (e-Gov's ``Article/@Num``).

    A key that is already numeric (``"7"``, ``"2_2"``) is returned unchanged.

    >>> article_key("第七条"), article_key("第2条の2"), article_key("2_2")
    ('7', '2_2', '2_2')
    """
    text = label.strip()
    if re.fullmatch(r"\d+(?:_\d+)*", text):
        return text
    m = _ARTICLE_RE.match(text)
    if not m:
        raise ValueError(f"not an article label: {label!r}")
    return _key(m)


def item_key(label: str) -> str:
    """``第一号の二`` -> ``"1_2"``; ``一`` -> ``"1"``.

    >>> item_key("第一号の二"), item_key("十二")
    ('1_2', '12')
    """
    text = label.strip()
    if re.fullmatch(r"\d+(?:_\d+)*", text):
        return text
    m = _ITEM_RE.match(text)
    if m:
        return _key(m)
    parts = text.split("の")
    try:
        return "_".join(str(kanji_to_int(p)) for p in parts)
    except ValueError:
        raise ValueError(f"not an item label: {label!r}") from None


def _label(key: str, unit: str) -> str:
    head, *branches = key.split("_")
    if not head.isdigit() or not all(b.isdigit() for b in branches):
        raise ValueError(f"not a numeric key: {key!r}")
    return f"第{int_to_kanji(int(head))}{unit}" + "".join(f"の{int_to_kanji(int(b))}" for b in branches)


def article_label(key: str) -> str:
    """``"252_19"`` -> ``第二百五十二条の十九``; a range ``"3:5"`` -> ``第三条から第五条まで``."""
    if ":" in key:
        first, last = key.split(":", 1)
        return f"{_label(first, '条')}から{_label(last, '条')}まで"
    return _label(key, "条")


def item_label(key: str) -> str:
    """``"1_2"`` -> ``第一号の二``."""
    return _label(key, "号")
