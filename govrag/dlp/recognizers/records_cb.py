r"""Round CB: mobiles glued to a record's letter codes, and dates under another event's column header.

Reader (:func:`record_cb_forms`): in a person row (a kana or kanji name of two parts on the line),
a mobile number ``0[789]0`` + 8 digits glued straight after a 1–3 letter code (sex and blood type
``FA``, ``MAB``, a class letter ``K``) — and maybe glued before a ``YYYYMMDD`` date — is a phone:
its 11 digits are rewritten as a ``電話番号：`` line (the letters are not part of it), a glued date
after them as a ``生年月日：`` line.

Veto (:func:`event_column_date`): a plain date cell of a table whose column header names another
event than a birth (拾得日, 取得, 受付日, 登録日, SHUTOKU, UKETSUKE, TOROKU, Found, Registered …)
is no birth date, even when the table has no birth column. Only a cell that is the date alone is
dropped (a cell holding a birth label of its own keeps its value), and never under a header that
names a birth nor on a row holding a birth word; the header must name a day (拾得日, 取得年月日) or be
a romaji / English event word (SHUTOKU, uketsuke_bi). The header is the one :mod:`.records_bm`'s
column typing puts over the cell.

>>> t = "0001ﾔﾏﾀﾞ ﾊﾅｺ   FA09012345678"
>>> [f.text for f in record_cb_forms(t, t)]
['電話番号：09012345678']
>>> t = "NAME,TEL,TOROKU\nﾔﾏﾀﾞ ﾊﾅｺ,09012345678,20250101\nﾔﾏﾀﾞ ﾀﾛｳ,09012345679,20250102"
>>> event_column_date(t, 37, 45)
True
"""

from __future__ import annotations

import re
import unicodedata

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms
from govrag.dlp.recognizers.records_bm import cell_header
from govrag.dlp.recognizers.rows import line_text
from govrag.text.eras import ERA_NAMES

__all__ = ["event_column_date", "record_cb_forms"]

#: a 1–3 capital letter code, then a mobile number glued to it (and maybe a YYYYMMDD date after)
_GLUED_MOBILE = lazy_compile(
    r"(?<![A-Za-z])[A-Z]{1,3}(?P<v>0[789]0\d{8})"
    r"(?P<d>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))?(?![\dA-Za-z])",
    re.MULTILINE,
)
#: a person's name of two parts on the row (half-width / full-width kana, kanji)
_NAME = lazy_compile(
    r"[\uff66-\uff9f]{2,}[ \u3000][\uff66-\uff9f]+|[\u30a1-\u30fc]{2,}[ \u3000][\u30a1-\u30fc]+"
    r"|[\u4e00-\u9fff]{1,4}[ \u3000][\u4e00-\u9fff]{1,4}"
)


def _glued_pairs(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for m in _GLUED_MOBILE.finditer(folded):
        if _NAME.search(line_text(folded, m.start())[1]):  # the match holds no newline
            pairs.append(exact_pair("電話番号", m.start("v"), m["v"]))
            if m["d"]:  # the row's birth date glued after the number
                pairs.append(exact_pair("生年月日", m.start("d"), m["d"]))
    return pairs


def record_cb_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the glued mobiles round CB finds in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    return offset_forms(_glued_pairs(folded))


#: a column header naming the date of another event than a birth: an event word with a day suffix
#: (拾得日, 資格取得年月日, 受付日付) or a romaji / English event word with an optional date suffix
#: (SHUTOKU, uketsuke_bi, TOROKU_YMD, Found, Registered) — a title line over a block (参加申込,
#: 入居資格審査) names no day and vetoes nothing
_EVENT_KANJI = lazy_compile(
    r"^[^\s\d]{0,4}?(?:拾得|取得|受付|受理|登録|交付|発行|届出|申請|提出|作成|更新|入力|処理|発見|購入|契約|入会|"
    r"加入|転入|転出|異動|来庁|予約|申込)(?:年月日|日付|日|年月)$"
)
_EVENT_LATIN = lazy_compile(
    r"(?i)^[a-z]{0,8}[_ ]?(?:shu?u?toku|syu?u?toku|uketu?suke|juri|tou?roku|kou?fu|hakkou?|todoke(?:de)?|"
    r"shinsei|sakusei|kou?shin|found|acquired|obtained|received|registered|registration|issued|joined|"
    r"created|updated|applied|submitted)(?:[_ ]?(?:bi|hi|ymd|date|dt|day|on|at|nengappi|yyyymmdd))?$"
)
_BIRTH_WORD = lazy_compile(r"(?i)生年|誕生|生まれ|出生|birth|dob|born|seinen|tanjo")
#: a plain date: digits and date separators only (an era name or letter first), no label of its own
_PLAIN_DATE = lazy_compile("(?:" + "|".join(ERA_NAMES) + r"|[MTSHR])?[\d./\-年月日 ]{6,12}")


def event_column_date(folded: str, start: int, end: int) -> bool:
    """The date ``folded[start:end]`` is a whole table cell under another event's column header."""
    if not _PLAIN_DATE.fullmatch(folded[start:end]):
        return False
    head = cell_header(folded, start, end)
    if not head:
        return False
    head = unicodedata.normalize("NFKC", head).strip(" \t\"'")
    if not (_EVENT_KANJI.match(head) or _EVENT_LATIN.match(head)):
        return False
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    row = folded[line_start:start] + folded[end : line_end if line_end >= 0 else len(folded)]
    return _BIRTH_WORD.search(row) is None  # a birth word on the row keeps the value (fail closed)
