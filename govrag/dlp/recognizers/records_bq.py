r"""Round BQ: fixed-width transfer lines, headerless person rows, split kana name columns.

* A fixed-width transfer data line (a record number, a half-width kana name, a 15-digit run, a
  zero-padded amount) followed by a trailer line of record type 8: the run is bank code 4 + branch 3
  + account type 1 + account 7 when every data line above the trailer has a 15-digit run, the bank
  code is not 0000 and the type digit is 1, 2, 4 or 9 (普通 / 当座 / 貯蓄 / その他); the last seven
  digits are the account.
* A headerless person row — name, kana name, date, then 〒 — split by spaces, commas or 、: the date
  between the kana name and the postal code is a birth date when its year is 1900–2012 (an English
  month-name date keeps the comma inside it).
* Record blocks of round BM (:mod:`.records_bm`) whose rows carry a person (a date, phone or 7-digit
  postal column beside an address): two adjacent one-word half-width kana columns are the family
  and given names.

>>> rows = "00001 ﾔﾏﾀﾞ ﾊﾅｺ    012345611234567  0000001000\n8    0000001000"
>>> record_bq_forms(rows, rows)[0].text.splitlines()
['フリガナ：ﾔﾏﾀﾞ ﾊﾅｺ', '口座番号：1234567']
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers import records_bm
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms
from govrag.dlp.recognizers.fragments import EN_MONTHS
from govrag.dlp.recognizers.rows import line_text
from govrag.text.eras import ERA_INITIALS, era_base_year

__all__ = ["joined_name_kana", "record_bq_forms"]

_HW = r"[\uff66-\uff9f]"
#: record number(s), a half-width kana name, the 15-digit run, a zero-padded amount
_DATA = lazy_compile(
    rf"[ \t]*(?:\d{{1,7}}[ \t]*){{1,3}}(?P<name>{_HW}{{2,}}(?: {_HW}{{1,}}){{0,2}})"
    r"[ \t]+(?P<run>\d{15})[ \t]+0\d{5,12}[ \t]*"
)
_TRAILER = lazy_compile(r"8(?:[ \t]+\d+)+[ \t]*")
_ACCOUNT_TYPES = frozenset("1249")

_KANJI_NAME = r"[\u4e00-\u9fff々]{1,4}[ ]?[\u4e00-\u9fff々]{1,4}"
_KANA_NAME = r"[\u30a1-\u30fc]{1,8}[ ]?[\u30a1-\u30fc]{1,8}|[\uff66-\uff9f]{1,12}[ ]?[\uff66-\uff9f]{1,12}"
#: a capitalised English month name or abbreviation (January, Jan, Sept)
_MONTHS = "(?:" + "|".join(m.capitalize() for m in EN_MONTHS) + ")[a-z]{0,6}"
_DATE = (
    r"(?P<era>昭和|平成|大正|S|H|T)(?P<ey>\d{1,2}|元)[年.]?\s?\d{1,2}[月.]\s?\d{1,2}日?"
    r"|(?P<y1>(?:19|20)\d\d)(?:[./-]\d{1,2}[./-]\d{1,2}|年\d{1,2}月\d{1,2}日)"
    rf"|(?:{_MONTHS})\.? \d{{1,2}}, (?P<y2>(?:19|20)\d\d)"
)
_SEP = r"(?: |,|、|, )"
_PERSON_ROW = lazy_compile(
    rf"(?:^|(?<=[ ,、]))(?P<name>{_KANJI_NAME}){_SEP}(?P<kana>{_KANA_NAME}){_SEP}(?P<date>{_DATE}){_SEP}〒",
    re.M,
)


def _transfer_pairs(folded: str) -> list[Pair]:
    """Accounts of the data lines that sit directly above a type-8 trailer line."""
    pairs: list[Pair] = []
    run: list[re.Match[str]] = []
    runs: list[int] = []
    pos = 0
    for line in folded.split("\n"):
        m = _DATA.fullmatch(line)
        if m:
            run.append(m)
            runs.append(pos)
        elif _TRAILER.fullmatch(line) and run:
            for match in run:
                digits = match.group("run")
                if digits[:4] == "0000" or digits[7] not in _ACCOUNT_TYPES:
                    break
            else:
                for match, offset in zip(run, runs, strict=True):
                    pairs.append(
                        exact_pair("口座番号", offset + match.start("run") + 8, match.group("run")[8:])
                    )
                    pairs.append(exact_pair("フリガナ", offset + match.start("name"), match.group("name")))
            run, runs = [], []
        elif line.strip() or not run:
            run, runs = [], []
        pos += len(line) + 1
    return pairs


def _birth_year(m: re.Match[str]) -> int:
    if m.group("era"):
        ey = m.group("ey")
        era = m.group("era")
        return era_base_year(ERA_INITIALS.get(era, era)) + (1 if ey == "元" else int(ey))
    return int(m.group("y1") or m.group("y2"))


def _person_row_pairs(folded: str) -> list[Pair]:
    """Names, kana names and birth dates (the date between the kana name and a 〒 postal code) of
    headerless person rows."""
    pairs: list[Pair] = []
    for m in _PERSON_ROW.finditer(folded):
        if 1900 <= _birth_year(m) <= 2012:
            pairs.append(exact_pair("氏名", m.start("name"), m.group("name")))
            pairs.append(exact_pair("フリガナ", m.start("kana"), m.group("kana")))
            pairs.append(exact_pair("生年月日", m.start("date"), m.group("date")))
    return pairs


def joined_name_kana(folded: str, start: int, end: int) -> bool:
    """``[start, end)`` is a person row's name and kana name read as one PERSON, where
    :func:`record_bq_forms` gives each of them (so vetoing the joint span unmasks nothing)."""
    line_start, line = line_text(folded, start)
    for m in _PERSON_ROW.finditer(line):
        if (m.start("name"), m.end("kana")) == (start - line_start, end - line_start):
            return 1900 <= _birth_year(m) <= 2012
    return False


_HW_WORD = lazy_compile(rf"{_HW}{{2,}}")
_ADDRESS = lazy_compile(r"(?:東京都|北海道|(?:大阪|京都)府|.{2,3}県).*\d")
_POSTAL7 = lazy_compile(r"\d{7}")
_KANA_HEAD = lazy_compile(r"(?i)カナ|ｶﾅ|フリガナ|ﾌﾘｶﾞﾅ|kana")


def _split_kana_pairs(folded: str) -> list[Pair]:
    """Family / given name cells of two adjacent one-word half-width kana columns in person rows."""
    pairs: list[Pair] = []
    for block in records_bm._blocks(folded):
        if block.sep == " ":
            continue
        width = len(block.rows[0])
        cols = [records_bm._column(block, j) for j in range(width)]
        person = any(
            records_bm._all(c, records_bm._DATE) or records_bm._all(c, records_bm._PHONE) for c in cols
        )
        address = [
            j for j, c in enumerate(cols) if all(_ADDRESS.match(v) for v in c) and len(set(c)) == len(c)
        ]
        postal = any(j - 1 in address or j + 1 in address for j, c in enumerate(cols) if _postal_column(c))
        if not (person or postal or _KANA_HEAD.search(" ".join(h[0] for h in block.header))):
            continue
        for j in range(width - 1):
            if records_bm._all(cols[j], _HW_WORD) and records_bm._all(cols[j + 1], _HW_WORD):
                for row in block.rows:
                    pairs.append(exact_pair("フリガナ", row[j][1], row[j][0]))
                    pairs.append(exact_pair("フリガナ", row[j + 1][1], row[j + 1][0]))
                break
    return pairs


def _postal_column(values: list[str]) -> bool:
    return all(_POSTAL7.fullmatch(v) for v in values)


def record_bq_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the accounts, birth dates and kana names round BQ reads in ``folded``."""
    if len(text) != len(folded):
        return []
    pairs = _transfer_pairs(folded) + _person_row_pairs(folded) + _split_kana_pairs(folded)
    pairs.sort(key=lambda p: p[2][0])
    return offset_forms(pairs)
