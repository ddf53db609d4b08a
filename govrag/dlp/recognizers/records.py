r"""Round AH: fixed-width records without separators and era-coded birth dates.

Transfer files (給与支払報告書 / 源泉徴収票 data, 年金 payment data, 全銀 transfers, registry and
patient exports) glue their fields together. A record line is read by its structure, not by a bare
digit run: an ID and number run glued to a half-width-kana name, blanks, then the tail field:

* the tail opens with a 7-digit **era-coded date** (元号コード 1–5 + YYMMDD, a valid date): the
  person's birth date; the digits glued before the name end with the 個人番号 (12 digits after a
  one-digit record code) or the 基礎年金番号 (10 digits);
* a **sex letter** (M / F) then a valid YYYYMMDD: the birth date, then a 7-digit postal code
  glued to further digits;
* a **全銀 data record** (``2`` + bank code + kana bank name + branch code + kana branch name):
  the deposit-type digit (1 普通, 2 当座, 4 貯蓄, 9) then the 7-digit account right before the
  account holder's kana name.

Each read value is rewritten as a ``label：value`` form line and scanned again (the value's own
check digit still decides). A 13-digit run that is a record code plus a valid 個人番号 glued to a
kana name is no 法人番号 (:func:`record_code_my_number`). A birth date whose label says it is
written with an era code (``生年月日（元号コード付き）3590412``) is read the same way.

>>> [f.text for f in record_forms("年金データ⏎4312087765ﾔﾏﾓﾄ ﾊﾙｵ   3250614000182400".replace("⏎", "\n"))]
['基礎年金番号：4312087765\n生年月日：昭和25年06月14日']
>>> era_coded("3250614")
'昭和25年06月14日'
>>> era_coded("6250614") is None
True
"""

from __future__ import annotations

import datetime as dt
import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, offset_forms
from govrag.dlp.recognizers.forms_as import kokuho_record
from govrag.dlp.recognizers.fragments import HW_KANA_RANGE
from govrag.dlp.recognizers.my_number import my_number_valid
from govrag.text.eras import ERAS

__all__ = ["era_coded", "era_coded_pair", "record_code_my_number", "record_forms"]

_Pair = tuple[str, str, list[int]]

#: 元号コード (全銀 / 年金機構 / 給与支払報告書 files): 1 明治 … 5 令和 → (era, the year before its
#: 元年, its last year number)
_OLDEST_FIRST = tuple(reversed(ERAS))
_ERAS = {
    str(i + 1): (
        name,
        first.year - 1,
        (_OLDEST_FIRST[i + 1][1].year - first.year + 1) if i + 1 < len(_OLDEST_FIRST) else 99,
    )
    for i, (name, first) in enumerate(_OLDEST_FIRST)
}
_CODE = "[" + "".join(_ERAS) + "]"
_HW_KANA = HW_KANA_RANGE
#: a half-width-kana name: one or two kana words (a 全銀 name may hold a bracketed ｶ) / ﾕ))
_NAME = rf"[{_HW_KANA}][{_HW_KANA}()]{{1,19}}(?:[ \u3000][{_HW_KANA}()]{{1,20}}){{0,2}}"
#: a record line: an ID / number run glued to a kana name, blanks, then the tail field
_RECORD = lazy_compile(
    rf"^[ \u3000]*(?:[0-9A-Z]{{1,10}}[ \u3000]+){{0,2}}(?P<id>[0-9A-Z]{{0,8}}?)(?P<run>\d{{0,15}})"
    rf"(?P<name>{_NAME})"
    # round AR: a 給与支払報告書 record holds the kanji name (padded with full-width spaces) too
    r"(?:[ \u3000]+(?P<kanji>[一-龥々ぁ-んァ-ヴー]{1,8}(?:[ \u3000][一-龥々ぁ-んァ-ヴー]{1,8})?))?"
    r"(?:[ \u3000]+(?P<sex>[MF](?=\d))?(?P<tail>\d{7,}))?",
    re.M,
)
#: a ten-digit token inside a line glued to a kana name (after other fields and blanks)
_GLUED_TEN = lazy_compile(rf"(?<=[ \u3000])(?P<v>\d{{10}})(?=[{_HW_KANA}]{{2}})")
#: a 全銀 header record (1, 種別 code, コード区分, 委託者コード glued to the consignor's kana name)
_ZENGIN_HEADER = lazy_compile(rf"^1\d{{2}}[01]\d{{10}}[{_HW_KANA}]")
#: a record line opening with a one-digit record code glued to 12 more digits (and maybe more)
#: (round BE: glued on to further digits or a kana name, as a fixed-width record's fields are; a
#: 13-digit run standing alone before a blank — a JAN / EAN product code — is no record code + 個人番号)
_CODE_RUN = lazy_compile(rf"^[ \u3000]*(?P<c>\d)(?P<v>\d{{12}})(?=[0-9{_HW_KANA}])", re.M)
#: a 全銀 data record: 2, bank code, kana bank name, branch code, kana branch name, …, deposit type
#: and account glued to the holder's kana name
_ZENGIN = lazy_compile(
    rf"^[ \u3000]*2\d{{4}}[{_HW_KANA}A-Z()][^\n]{{0,20}}?\d{{3}}[{_HW_KANA}][^\n]{{0,20}}?\d{{0,4}}?"
    rf"(?P<t>[1249])(?P<v>\d{{7}})(?={_NAME})",
    re.M,
)
_FILE_WORDS = lazy_compile(r"固定長|データ|レコード|ファイル|出力|抽出|明細|マスタ|一覧|全銀|振込|振替")
#: the label says the birth date is written with an era code
_ERA_LABEL = lazy_compile(
    r"生年月日[^\n]{0,24}?(?:元号|和暦)[^\n]{0,16}?(?P<v>(?<![0-9])" + _CODE + r"\d{6})(?![0-9])"
)


def era_coded(value: str) -> str | None:
    """``3590412`` → ``昭和59年04月12日`` (era code + YYMMDD, a valid past date), else None."""
    era = _ERAS.get(value[:1])
    if len(value) != 7 or not value.isdigit() or era is None:
        return None
    year = era[1] + int(value[1:3])
    try:
        day = dt.date(year, int(value[3:5]), int(value[5:7]))
    except ValueError:
        return None
    if not 0 < int(value[1:3]) <= era[2] or day > dt.date.today():
        return None
    return f"{era[0]}{value[1:3]}年{value[3:5]}月{value[5:7]}日"


def era_coded_pair(value: str, offset: int) -> _Pair | None:
    """(生年月日, the era-named date, offsets into the 7 digits) or None."""
    named = era_coded(value)
    if named is None:
        return None
    o = [offset + i for i in range(7)]
    offsets = [o[0], o[0], o[1], o[2], o[2], o[3], o[4], o[4], o[5], o[6], o[6]]
    return "生年月日", named, offsets


def _valid_ymd(value: str) -> bool:
    try:
        day = dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return False
    return 1900 <= day.year and day <= dt.date.today()


def _run_pairs(text: str, m: re.Match[str], *, pension_first: bool) -> list[_Pair]:
    """The 個人番号 or 基礎年金番号 ending the digit run glued to the name."""
    run, end = m.group("run"), m.end("run")
    if _health_file(text):
        return []  # round AI-B: a 国保 record's run is a card's 記号 and 番号
    mn = len(run) in (12, 13) and my_number_valid(run[-12:])
    if len(run) >= 10 and (pension_first or not mn):
        return [("基礎年金番号", run[-10:], list(range(end - 10, end)))]
    if mn:
        return [("個人番号", run[-12:], list(range(end - 12, end)))]
    return []


#: a file whose own words name the numbers its records hold (年金 / 給与 / 源泉 data)
_NUMBER_FILE = lazy_compile(r"年金|給与|源泉|個人番号|マイナンバー|支払報告|支払調書")


# --- round AI-B (pension / health insurance; lead merges) -------------------------------------
#: a health-insurance file (国保 資格異動 …) that does not name a pension: its record runs hold a
#: card's 記号 and 番号, no 基礎年金番号
_HEALTH_FILE = lazy_compile(r"国保|国民健康保険|健康保険|被保険者証|保険証")
#: a record's tail that is a phone number (10 or 11 digits from 0) glued to a 基礎年金番号 (10)
_PHONE_PENSION = lazy_compile(r"(?P<p>0[1-9]\d{8}|0[5789]0\d{8})(?P<v>\d{10})")
_PENSION_FILE = lazy_compile(r"年金|被保険者記録|被保険者台帳")


def _health_file(text: str) -> bool:
    return _HEALTH_FILE.search(text) is not None and "年金" not in text


def _phone_pension_tail(text: str, tail: str, t0: int) -> list[_Pair]:
    """Round AI-B: a tail of a phone then a 基礎年金番号 (the record's last field) in a pension file."""
    m = _PHONE_PENSION.fullmatch(tail)
    if m is None or _PENSION_FILE.search(text) is None:
        return []
    p, v = m.span("p"), m.span("v")
    return [
        ("電話番号", m.group("p"), list(range(t0 + p[0], t0 + p[1]))),
        ("基礎年金番号", m.group("v"), list(range(t0 + v[0], t0 + v[1]))),
    ]


#: a 国保 data record (D1 …): the record code, the card's 記号 (a place name and a half-width kana:
#: 港ｲ) or none, the 番号 digits, glued to the holder's kana name
_KOKUHO_LINE = lazy_compile(
    rf"^[ \u3000]*D[1-9](?P<kigo>[一-龥々]{{1,4}}[{_HW_KANA}]{{1,2}})?"
    rf"[ \u3000]*(?P<run>\d{{2,15}})(?={_NAME})",
    re.M,
)
_KOKUHO_HEADER = lazy_compile(r"^[ \u3000]*H[1-9]", re.M)


def _kokuho_pairs(text: str) -> list[_Pair]:
    """Round AI-B: the 記号 and 番号 of 国保 data records (D1 lines) in a health-insurance file with a
    header record (H1 …). A digit run with no 記号 before it holds both: one value."""
    if not _health_file(text) or _KOKUHO_HEADER.search(text) is None:
        return []
    pairs: list[_Pair] = []
    for m in _KOKUHO_LINE.finditer(text):
        if m.group("kigo"):
            pairs.append(("被保険者証記号", m.group("kigo"), list(range(*m.span("kigo")))))
        label = "被保険者証番号" if m.group("kigo") else "被保険者証記号番号"
        pairs.append((label, m.group("run"), list(range(*m.span("run")))))
    return pairs


# --- end round AI-B ---------------------------------------------------------------------------


def _salary_tail(text: str, m: re.Match[str]) -> list[_Pair]:
    """Round AR: a 給与支払報告書 record's tail after the kanji name — an era-coded birth date glued
    to the 個人番号 (its check digit valid) and the amounts (the record's shape is the evidence: a
    lone record line is read too)."""
    tail, t0 = m.group("tail"), m.start("tail")
    born = era_coded_pair(tail[:7], t0) if len(tail) >= 19 else None
    if born is None or not my_number_valid(tail[7:19]):
        return []
    return [born, ("個人番号", tail[7:19], list(range(t0 + 7, t0 + 19)))]


def _record_pairs(text: str, m: re.Match[str], *, pension_first: bool) -> list[_Pair]:
    if _ZENGIN_HEADER.match(m.group(0).lstrip()) or _ZENGIN.match(text, m.start()):
        return []
    if m.group("kanji"):
        if m.group("tail") is not None and not m.group("sex") and _salary_tail(text, m):
            return _salary_tail(text, m)
        return _run_pairs(text, m, pension_first=pension_first) if _NUMBER_FILE.search(text) else []
    if m.group("tail") is None:
        return _run_pairs(text, m, pension_first=pension_first) if _NUMBER_FILE.search(text) else []
    tail, t0 = m.group("tail"), m.start("tail")
    if m.group("sex"):
        if len(tail) < 8 or not _valid_ymd(tail[:8]):
            return []
        pairs: list[_Pair] = [("生年月日", tail[:8], list(range(t0, t0 + 8)))]
        if len(tail) >= 15:
            pairs.append(("郵便番号", tail[8:15], list(range(t0 + 8, t0 + 15))))
        return pairs
    born: _Pair | None = None
    if len(tail) >= 8 and tail[:2] in ("19", "20") and _valid_ymd(tail[:8]):
        born = ("生年月日", tail[:8], list(range(t0, t0 + 8)))
    born = born or era_coded_pair(tail[:7], t0)
    if born is None and _phone_pension_tail(text, tail, t0):
        return _phone_pension_tail(text, tail, t0)  # round AI-B
    if born is None:
        return _run_pairs(text, m, pension_first=pension_first) if _NUMBER_FILE.search(text) else []
    return [*_run_pairs(text, m, pension_first=pension_first), born]


def _code_runs(text: str) -> list[re.Match[str]]:
    """Line-opening runs of a record code + a valid 個人番号 in a file of such records: two or more
    of them, or one in a file whose words name the numbers (給与 / 源泉 / 個人番号 …)."""
    found = [m for m in _CODE_RUN.finditer(text) if my_number_valid(m.group("v"))]
    if len(found) >= 2 or (found and _NUMBER_FILE.search(text)):
        return found
    return []


def _code_run_pairs(text: str) -> list[_Pair]:
    return [("個人番号", m.group("v"), list(range(m.start("v"), m.end("v")))) for m in _code_runs(text)]


def record_forms(text: str) -> list[ColumnForm]:
    """Form lines for the values of fixed-width record lines and era-coded birth-date labels."""
    pairs: list[_Pair] = []
    if "生年月日" in text:
        for m in _ERA_LABEL.finditer(text):
            born = era_coded_pair(m.group("v"), m.start("v"))
            if born is not None:
                pairs.append(born)
    pairs.extend(_code_run_pairs(text))
    pairs.extend(_kokuho_pairs(text))  # round AI-B
    if re.search(rf"[{_HW_KANA}]", text) is None:
        return offset_forms(pairs)
    records = list(_RECORD.finditer(text))
    if len(records) >= 2 or (records and _FILE_WORDS.search(text)):
        pension_first = "年金" in text
        for m in records:
            got = _record_pairs(text, m, pension_first=pension_first)
            if kokuho_record(text, m.start(), m.end()):  # round AS: a care-insurance file's record
                got = [p for p in got if "年金" not in p[0]]
            pairs.extend(got)
    else:  # round AR: a lone 給与支払報告書 record line
        lone = [m for m in records if m.group("kanji") and m.group("tail")]
        pairs.extend(p for m in lone for p in _salary_tail(text, m))
    glued = [
        g
        for g in _GLUED_TEN.finditer(text)
        if _ZENGIN.match(text, text.rfind("\n", 0, g.start()) + 1) is None
    ]
    if len({text.count("\n", 0, g.start()) for g in glued}) >= 2 or (glued and "年金" in text):
        pairs.extend(("基礎年金番号", g.group("v"), list(range(g.start(), g.end()))) for g in glued)
    for z in _ZENGIN.finditer(text):
        pairs.append(("口座番号", z.group("v"), list(range(z.start("v"), z.end("v")))))
    return offset_forms(pairs)


def record_code_my_number(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is 13 digits opening a record line whose last 12 are a valid 個人番号 (a
    record code + 個人番号, no 法人番号): glued to a half-width-kana name, or in a file of such
    records (:func:`_code_runs`)."""
    if end - start != 13 or not text[start:end].isdigit():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \u3000") or not my_number_valid(text[start + 1 : end]):
        return False
    if end < len(text) and "\uff66" <= text[end] <= "\uff9f":
        return True
    return any(m.start("c") == start for m in _code_runs(text))
