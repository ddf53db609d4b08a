r"""Round CH: a phone-shaped cell under another column of an aligned table, a family member's date,
a passport in a person's row, a roster titled by another day, Zengin detail rows written with blanks
between their fields.

* **Another column** (:func:`aligned_other_column`): a fixed-width export names its columns once
  (``REC NO    KANA-NAME    BIRTH    TEL``); a zero-padded record number in its first column
  (``072 508113``) has a phone's leading 0 and, with ``TEL`` in the header, a phone word nearby.
  The layout says otherwise: the cell starts exactly where another header word starts, and the
  phone column is elsewhere. Such a phone-shaped value is vetoed unless it has the full hyphenated
  form of a phone (``0X0-NNNN-NNNN``) or its own line names a phone.
* **A family member's date** (:func:`_family_birth_pairs`): a relation word (子, 長女, 児童, 世帯主,
  配偶者, 本人 …), a person's name (surname and given name apart; its kana reading in brackets
  maybe), then a date alone — in brackets or closing the line or clause (``子 宮下 湊 令和2年6月14日``,
  ``長女 宮下 彩（2016.5.8）``, ``児童 野口 葵（H28.3.4）``): a household's or a roster's way of
  writing a member's birth date. A date followed by another word (an event: 来所, 申請), or after an
  event's name in the name's place (運動会, 変更), is no such date.
* **A passport in a person's row** (:func:`_row_passport_pairs`): two letters and seven digits (the
  Japanese passport's shape) after a person's name on a line that also holds a date — a travel or
  registration roster's row (``0001 MIYAKE JIRO  TK1234567  19800102  JP``) — unless the line names a
  code of another kind (voucher, invoice, record, 予約, 伝票, 受付, 管理, ID …) or the value follows a
  key (``record=``).
* **A roster titled by another date** (:func:`other_date_title`): a date on a line with no birth word
  under a title or header line of its block (no digit in it) that names another day — 入会日, 支給日,
  受付日, 利用日 … (an event and 日 / 年月日 / 日時) and no birth word — is that day, not a birth date.
* **Spaced Zengin detail rows** (:func:`_zengin_pairs`): the 全銀 transfer file's data record
  (データ区分 2, bank code, bank name, branch code, branch name, 預金種目, account, payee, amount)
  with blanks between the fields and the names maybe left out — ``2 0123 ﾐﾄﾞﾘ ｷﾞﾝｺｳ 045 1 1234567
  ﾔﾏﾀﾞ ﾊﾅｺ 0000050000``: the seven digits after the deposit type are the account.

>>> t = "REC NO    NAME         TEL⏎072 508113 ﾔﾏﾀﾞ ﾊﾅｺ    09012345678".replace("⏎", "\n")
>>> s = t.index("072")
>>> aligned_other_column(t, s, s + 10), aligned_other_column(t, t.index("090"), len(t))
(True, False)
>>> t = "2 0123 ﾐﾄﾞﾘ ｷﾞﾝｺｳ 045 1 1234567 ﾔﾏﾀﾞ ﾊﾅｺ    0000050000"
>>> record_ch_forms(t, t)[0].text
'口座番号：1234567'
>>> t = "世帯員⏎長女 宮下 彩（2016.5.8）⏎次女 宮下 葵 平成30年2月1日 来所".replace("⏎", "\n")
>>> record_ch_forms(t, t)[0].text
'生年月日：2016年5月8日'
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import HW_KANA_RANGE
from govrag.dlp.recognizers.headers import TEL_HEAD
from govrag.dlp.recognizers.labels_ml import birth_values
from govrag.dlp.recognizers.records_cf import PERSON_NAME, ROW_DATE, row_date
from govrag.dlp.recognizers.rows import line_at, lines_above
from govrag.text.eras import date_text, past_date_text
from govrag.text.normalization import display_width

__all__ = ["aligned_other_column", "other_date_title", "record_ch_forms"]

_TOKEN = lazy_compile(r"\S+")
#: a header whose columns are aligned by hand: two blanks or more between two of its words
_ALIGNED = lazy_compile(r"\S[ \u3000]{2,}\S")
#: the full hyphenated form of a phone (a misaligned row keeps it)
_HYPHENATED = lazy_compile(r"\+?[\d()]{2,6}-\d{1,4}-\d{3,4}")
#: a phone word on the value's own line
_ROW_PHONE = lazy_compile(r"(?i)電話|携帯|\btel\b|phone|連絡先")
#: the farthest a header may stand above the value (lines of one block)
_MAX_ROWS = 60


def _header(text: str, a: int) -> tuple[int, int] | None:
    """The first line of the block holding the line at ``a``, or None when the value's line is the
    first."""
    above = [start for start, _line in lines_above(text, a, limit=_MAX_ROWS)]
    return line_at(text, above[-1], above[-1]) if above else None


def _columns(line: str) -> list[tuple[int, int, str]]:
    """``(first column, character column, word)`` of each word of a header line: display and
    character columns differ where a wide character stands before the word."""
    return [(display_width(line[: m.start()]), m.start(), m.group()) for m in _TOKEN.finditer(line)]


def aligned_other_column(folded: str, start: int, end: int) -> bool:
    """``[start, end)`` starts exactly under a header word that names no phone, in a table whose
    aligned header (three words or more, no digit) names the phone column elsewhere."""
    if _HYPHENATED.fullmatch(folded, start, end):
        return False
    a, b = line_at(folded, start, end)
    if _ROW_PHONE.search(folded, a, b):
        return False
    header = _header(folded, a)
    if header is None:
        return False
    line = folded[header[0] : header[1]]
    words = _columns(line)
    if len(words) < 3 or re.search(r"\d", line) or not _ALIGNED.search(line):
        return False
    if not any(TEL_HEAD.search(w) for _d, _c, w in words):
        return False
    at_display, at_char = display_width(folded[a:start]), start - a
    under = [w for d, c, w in words if at_display == d or at_char == c]
    return bool(under) and not any(TEL_HEAD.search(w) for w in under)


# --- a roster titled by another date -----------------------------------------------------------
#: another day named as a field or a list's subject (入会日, 支給日, 受付年月日, 利用日時)
_OTHER_DAY = lazy_compile(
    r"(?:申請|受付|交付|登録|取得|入社|採用|開始|終了|支払|支給|振込|発行|更新|予約|実施|利用|来所|受診|接種"
    r"|契約|入所|退所|入院|退院|死亡|転入|転出|入会|退会|入居|退去|入学|卒業|就任|着任|退職|入庁|貸出|返却"
    r"|購入|設置|届出|提出|処理|決定|相談|訪問)(?:年月日|日時|日)"
)
_BIRTH_WORD = lazy_compile(r"(?i)生年|誕生|出生|生まれ|birth|dob")


def other_date_title(folded: str, start: int, end: int) -> bool:
    """A date on a line with no birth word, under a title or header line of its block that names
    another day and no birth (see the module)."""
    a, b = line_at(folded, start, end)
    if _BIRTH_WORD.search(folded, a, b):
        return False
    for _pa, above in lines_above(folded, a, limit=_MAX_ROWS):
        if _BIRTH_WORD.search(above):
            return False
        if not re.search(r"\d", above) and _OTHER_DAY.search(above):
            return True
    return False


# --- spaced Zengin detail rows -----------------------------------------------------------------
_B = r"[ \t\u3000]+"
#: a bank's or branch's kana name (words of half-width or full-width kana, maybe with ()・.)
_KANA = rf"[{HW_KANA_RANGE}\u30a1-\u30fc()（）・.]+"
_KANA_NAME = rf"(?:{_KANA}(?:[ \u3000]{_KANA})*)"
_ZENGIN_ROW = lazy_compile(
    rf"(?m)^[ \t\u3000]*2{_B}\d{{4}}{_B}(?:{_KANA_NAME}{_B})?\d{{3}}{_B}(?:{_KANA_NAME}{_B})?(?:\d{{4}}{_B})?"
    rf"[1249]{_B}(?P<v>\d{{7}}){_B}{_KANA_NAME}{_B}\d{{10}}(?!\d)"
)


def _zengin_pairs(folded: str) -> list[Pair]:
    """The accounts of spaced Zengin detail rows."""
    return [exact_pair("口座番号", m.start("v"), m["v"]) for m in _ZENGIN_ROW.finditer(folded)]


# --- a family member's date --------------------------------------------------------------------
#: a relation word opening a clause, then a person's name (kanji or kana: a surname and a given name
#: apart — one word is as often a list's or an event's name, 児童 名簿, 児童：遠足), its kana reading in
#: brackets and an honorific maybe
_MEMBER = lazy_compile(
    r"(?:^|(?<=[\s、,，/／:：]))"
    r"(?:子|長男|長女|次男|次女|三男|三女|児童|対象児|本人|世帯主|世帯員|配偶者|妻|夫|父|母|祖父|祖母|孫|兄|弟|姉|妹)"
    r"[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<name>[\u4e00-\u9fff\u3005]{1,4}[ \u3000][\u4e00-\u9fff\u3005\u3041-\u3093]{1,4}"
    r"|[\u30a1-\u30fc]{2,}[ \u3000][\u30a1-\u30fc]{1,})"
    r"(?:さん|様|くん|ちゃん)?(?:[ \u3000]*[（(][\u3041-\u3093\u30a1-\u30fc ・\u3000]{2,20}[)）])?"
    r"[ \t\u3000]*(?P<open>[（(])?[ \t\u3000]*",
    re.MULTILINE,
)
#: an event in the name's place (児童：音楽会 …, 世帯主 変更 …): the date is the event's
_EVENT = lazy_compile(
    r"[会式祭]$|変更|死亡|入所|退所|転入|転出|出生|入学|卒業|申請|届出|登録|更新|交付|受付|面談|相談|訪問|来所"
    r"|健診|検診|予約|認定|決定|開始|終了|喪失|取得|異動|提出"
)
#: the form value :func:`.labels_ml.birth_values` gives a date
_YMD = lazy_compile(r"(\d+)年(\d+)月(\d+)日")
#: what may follow the date: the bracket's close, then the line's or the clause's end
_DATE_END = lazy_compile(r"[ \t\u3000]*(?:[)）][ \t\u3000]*)?(?:$|[、,，/／。])", re.MULTILINE)


def _date_at(folded: str, at: int) -> tuple[int, str] | None:
    """The end and ``YYYY年M月D日`` of a past date starting at ``at`` (a row's numeric date, an
    era-initial one included, or any shape the label lexicon reads), or None."""
    m = ROW_DATE.match(folded, at)
    if m is not None:
        day = row_date(m)
        return (m.end(), date_text(day)) if day else None
    found = next(birth_values(folded, at, min(len(folded), at + 24)), None)
    ymd = _YMD.fullmatch(found[2]) if found and found[0] == at else None
    value = past_date_text(int(ymd[1]), int(ymd[2]), int(ymd[3])) if ymd else None
    return (found[1], value) if found and value else None


def _family_birth_pairs(folded: str) -> list[Pair]:
    """Dates right after a relation word and a member's name, alone in their clause."""
    pairs: list[Pair] = []
    for m in _MEMBER.finditer(folded):
        if _EVENT.search(m["name"].replace(" ", "").replace("\u3000", "")):
            continue
        found = _date_at(folded, m.end())
        if found is None:
            continue
        end, value = found
        close = _DATE_END.match(folded, end)
        if close is None or bool(m["open"]) != close.group().strip().startswith((")", "）")):
            continue  # a bracket opened before the date closes right after it, and only then
        pairs.append(whole_pair("生年月日", m.end(), end, value))
    return pairs


# --- a passport in a person's row --------------------------------------------------------------
_PASSPORT = lazy_compile(r"(?<![0-9A-Za-z=:])[A-Z]{2}\d{7}(?![0-9A-Za-z])")
#: a line naming a code of another kind: its two letters and seven digits are that code
_OTHER_CODE = lazy_compile(
    r"(?i)voucher|invoice|record|check-?in|booking|order|reserv|予約|伝票|注文|請求|受付|管理|会員|整理|(?<![A-Za-z])ID"
)


def _row_passport_pairs(folded: str) -> list[Pair]:
    """Passport-shaped values after a person's name on a line holding a date."""
    pairs: list[Pair] = []
    for m in _PASSPORT.finditer(folded):
        a, b = line_at(folded, m.start(), m.end())
        line, at = folded[a:b], m.start() - a
        if _OTHER_CODE.search(line) or not ROW_DATE.search(line):
            continue
        if any(n.end() <= at for n in PERSON_NAME.finditer(line, 0, at)):
            pairs.append(exact_pair("旅券番号", m.start(), m.group()))
    return pairs


def record_ch_forms(folded: str, text: str) -> list[ColumnForm]:
    """Form lines for spaced Zengin detail rows' accounts, family members' dates and passports in
    persons' rows."""
    if len(text) != len(folded):
        return []
    return offset_forms(_zengin_pairs(folded) + _family_birth_pairs(folded) + _row_passport_pairs(folded))
