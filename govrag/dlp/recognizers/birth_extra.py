"""Round AI-A: birth-date forms the main module (:mod:`.date_of_birth`) does not read.

* **partial dates**: a year and month, or an era year alone, right before 生 / 生まれ / 頃生 / 出生
  (昭和48年7月生まれ, 平成3年生, 1987年9月出生), or after a birth label with 「（日不詳）」;
  Taiwanese 民國 dates;
* **foreign labels**: German (Geburtsdatum, geboren am, ``am … geboren``; dd.mm.yyyy and German
  month names), Vietnamese ``ngày d tháng m năm y``, Arabic تاريخ الميلاد, romanised Nepali
  janma miti, a Bikram Sambat date ``= <Western date>`` (the Western one), ``born <era> <n>
  (<year>), <Month> <day>``;
* **easy Japanese** in hiragana (たんじょうび … ねん … がつ … にち), a birthday as M/D with its year in
  brackets (誕生日は4/12（1986年）), a value quoted in an import-error message about the field;
* **records**: a roster correction in a chat (名簿 … さん、S.58.2.14に修正), a JSON key ``"b"``
  beside a name or a My Number, fixed-width records (YYYYMMDD after a padded name, half-width kana
  or kanji, maybe glued to a sex letter M/F).

:func:`letter_date_line` and :func:`bikram_date` are vetoes (a letter's right-aligned date line; a
Bikram Sambat date followed by its Western date).

>>> import re
>>> [m.group("v") for m in re.finditer(PARTIAL_AFTER, "本人（平成3年生）は求職中")]
['平成3年']
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern
from govrag.dlp.recognizers.fragments import BLANKS
from govrag.dlp.recognizers.fragments import ERA_NAME as _ERA
from govrag.dlp.recognizers.my_number import my_number_valid
from govrag.dlp.recognizers.rows import line_at, lines_above

__all__ = ["AIA_PATTERNS", "AIA_VALUE_LINES", "PARTIAL_AFTER", "bikram_date", "letter_date_line"]

_S = BLANKS
_YEAR = r"(?:(?:" + _ERA + r"|民[國国])" + _S + r"(?:元|\d{1,3})|(?<![0-9])(?:19|20)\d{2})" + _S + "年"
_PARTIAL = _YEAR + r"(?:" + _S + r"\d{1,2}" + _S + r"月)?"
_MINGUO_FULL = (
    r"民[國国]" + _S + r"(?:元|\d{1,3})" + _S + "年" + _S + r"\d{1,2}" + _S + "月" + _S
    + r"\d{1,2}" + _S + "日"
)
#: a year (and month) right before a birth word; not a cohort (…生まれの方, 以降生まれ)
PARTIAL_AFTER = (
    r"(?<![0-9年月日~〜～-])(?P<v>" + _MINGUO_FULL + "|" + _PARTIAL + r")(?:頃|ごろ)?" + _S
    + r"(?:に)?(?:生まれ(?!変わ|かわ|の(?:方|人|者|皆))|生(?![活産存命涯徒協計物成態年]|まれ)|出生)"
)
#: a cohort, not a person: 「令和5年4月生まれのお子さん（対象）」「平成2年生まれの職員数」; a field
#: label 対象者： / 照会対象： names one person (round BH: 「対象者：…（…、1948年11月生まれと聞いた）」;
#: round CF: 対象児： / 対象児童： / 対象生徒： too — 「対象児：健太ちゃん　令和2年5月生」)
_COHORT = lazy_compile(
    r"対象(?!(?:者|児|児童|生徒)?[ \t\u3000]*[:：]|者[ \t\u3000])"
    r"|該当|世代|全員|人数|者数|員数|割合|の(?:お子|子ども|子供|児童|生徒|乳幼児|職員|市民|住民|皆|方|人|者)"
)


def _not_cohort(text: str, start: int, end: int) -> bool:
    """No cohort word on the partial date's line (対象, 世代, …の職員数, …のお子さん)."""
    return _COHORT.search(text, *line_at(text, start, end)) is None


# round BH: zh 出生年月; round CG: 欄 (field) before a colon
_BIRTH_LABEL = r"(?:生年月日|誕生日|出生年月日|出生年月|出生日期|出生日|生年)(?:欄(?=[ \t\u3000]*[:：]))?"
#: a birth label, a year (and month), then 日不詳 / 月日不詳 / 不明
_PARTIAL_LABELLED = (
    _BIRTH_LABEL + _S + r"[:：]?" + _S + r"(?P<v>" + _PARTIAL + r")" + _S
    + r"[（(]" + _S + r"(?:日|月日|月・日)" + _S + r"(?:不詳|不明)"
)
#: a birth label, then a year and month (no day): the field holds a partial birth date
_PARTIAL_LABEL_ONLY = (
    _BIRTH_LABEL + _S + r"[:：]?" + _S + r"(?P<v>" + _YEAR + _S + r"\d{1,2}" + _S + r"月)(?!" + _S + r"\d)"
)
_MINGUO_LABELLED = _BIRTH_LABEL + _S + r"[:：]?" + _S + r"(?P<v>" + _MINGUO_FULL + ")"

_DMY_NUM = r"(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d{2}"
_ANY_NUM = (
    r"(?:(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2})(?![0-9])"
)
_MONAT = (
    r"(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
)
_DE_DATE = r"(?:" + _DMY_NUM + r"|(?:0?[1-9]|[12]\d|3[01])\.\s*" + _MONAT + r"\s+(?:19|20)\d{2})(?![0-9])"
_DE_LABEL = (
    r"(?<![A-Za-z])(?:(?i:geburtsdatum)(?:\s+(?:des|der)\s+\w+)?|(?i:geboren)\s+am|geb\.(?:\s*am)?)\s*[:：]?\s*"
    r"(?P<v>" + _DE_DATE + ")"
)
_DE_AFTER = r"(?<![A-Za-z])am\s+(?P<v>" + _DE_DATE + r")(?:\s+in\s+[A-ZÄÖÜ][\w-]+)?\s+geboren"
_VI_DATE = r"(?i:ng[àa]y)\s+\d{1,2}\s+(?i:th[áa]ng)\s+\d{1,2}\s+(?i:n[ăa]m)\s+(?:19|20)\d{2}(?![0-9])"
_VI_LABEL = (
    r"(?<![A-Za-zÀ-ỹ])(?i:ng[àa]y\s+sinh|sinh(?:\s+ra)?)\s*[:：]?\s*(?P<v>" + _VI_DATE + ")"
)
_AR_LABEL = r"تاريخ\s+(?:ال)?ميلاد(?:ه|ي)?\s*[:：]?\s*(?P<v>" + _ANY_NUM + ")"
_NE_LABEL = (
    r"(?<![A-Za-z])(?i:janma[ -]?miti|janma\s+din)(?:\s+(?i:ko|chai))?\s*[:：]?\s*"
    r"(?P<v>" + _ANY_NUM + r")(?![ \t]*(?:\(?(?i:B\.?\s?S)|[=＝]))"
)
#: a Bikram Sambat date (2040-2099) with its Western date after ``=``: the Western one is the value
_BS_THEN_AD = (
    r"(?<![0-9])20[4-9]\d[./-]\d{1,2}[./-]\d{1,2}[ \t]*(?:\(?(?i:B\.?\s?S)\.?\)?|[（(][^)）\n]{1,10}[)）])?"
    r"[ \t]*[=＝][ \t]*(?P<v>(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})(?![0-9])"
)
_BS_LINE = lazy_compile(r"(?i:janma|birth|\bDOB\b)|生年月日|誕生日|जन्म")
_MONTH_EN = (
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_ERA_EN = r"(?i:Meiji|Taish[oō]u?|Sh[oō]u?wa|Heisei|Reiwa)"
_BORN_ERA = (
    r"(?<![A-Za-z])(?i:born)\s+(?:(?i:on|in)\s+)?(?P<v>" + _ERA_EN
    + r"\s+\d{1,2}\s*[(（]\s*(?:19|20)\d{2}\s*[)）]\s*,?\s*"
    + _MONTH_EN
    + r"\s+\d{1,2}(?:st|nd|rd|th)?)(?![0-9])"
)
_KANA_ERA = r"(?:めいじ|たいしょう|しょうわ|へいせい|れいわ)"
_HIRAGANA = (
    r"(?:たんじょう" + _S + r"び|うまれた" + _S + r"ひ)" + _S + r"(?:は|[:：])?" + _S
    + r"(?P<v>(?:(?:19|20)\d{2}|" + _KANA_ERA + _S + r"\d{1,2})" + _S + "ねん" + _S + r"\d{1,2}" + _S
    + "がつ" + _S + r"\d{1,2}" + _S + "にち)"
)
_MD_YEAR = (
    r"(?:誕生日|たんじょうび)" + _S + r"(?:は|[:：])" + _S
    + r"(?P<v>(?:(?:0?[1-9]|1[0-2])" + _S + "/" + _S + r"(?:0?[1-9]|[12]\d|3[01])|\d{1,2}" + _S + "月" + _S
    + r"\d{1,2}" + _S + "日)" + _S + r"[（(]" + _S + r"(?:19|20)\d{2}" + _S + r"年?" + _S + r"[)）])"
)
#: an import / validation error quoting the birth field's value: 項目「生年月日」の値「19840723」
_ERROR_VALUE = (
    r"(?:生年月日|誕生日|(?i:birth_?date|birthday|date_of_birth|dob))[」』\"'\]]?" + _S + r"(?:の)?" + _S
    + r"(?:値|入力値|(?i:value))?" + _S + r"[:：=]?" + _S + r"[「『\"']" + _S
    + r"(?P<v>(?:19|20)\d{2}(?:[./-]\d{1,2}[./-]\d{1,2}|\d{4}))" + _S + r"[」』\"']"
)
#: an error message naming the birth field, the value after a colon (生年月日が不正です: 1984/13/01)
_ERROR_AFTER = (
    r"(?:生年月日|(?i:birth_?date|date_of_birth|dob))(?:の値|欄)?" + _S + r"(?:が|は)?" + _S
    + r"(?:不正|エラー|誤り|無効|(?i:invalid))[^\n0-9]{0,20}?[:：]" + _S
    + r"(?P<v>(?:19|20)\d{2}(?:[./-]\d{1,2}[./-]\d{1,2}|\d{4}))(?![0-9])"
)
_WAREKI_SHORT = r"(?<![A-Za-z])[MTSHR]\.?(?:\d{1,2}|元)[./-]\d{1,2}[./-]\d{1,2}(?![0-9])"
_CORRECTED = (
    r"(?:(?P<v>" + _WAREKI_SHORT + r")" + _S + r"(?:に|へ)" + _S + r"(?:修正|訂正|直し|変更)"
    r"|(?:→|⇒|->)" + _S + r"(?:正" + _S + r"[:：]?" + _S + r")?(?P<w>" + _WAREKI_SHORT + "))"
)
_ROSTER_CHAT = lazy_compile(r"名簿|リスト|一覧|台帳")
_PERSON_MARK = lazy_compile(r"さん|様|氏|くん|ちゃん")


def _roster_correction(text: str, start: int, end: int) -> bool:
    """The line (or the one above) names a roster and the line a person (さん/様/氏)."""
    a = text.rfind("\n", 0, start)
    above = text[text.rfind("\n", 0, a) + 1 : a] if a >= 0 else ""
    b = text.find("\n", end)
    line = text[a + 1 : len(text) if b < 0 else b]
    return _ROSTER_CHAT.search(line + above) is not None and _PERSON_MARK.search(line) is not None


_COMPACT = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_JSON_B = (
    r"[\"'](?:b|bd|bday|dob)[\"'][ \t]*:[ \t]*[\"']"
    r"(?P<v>(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}))[\"']"
)
_NAME_KEY = lazy_compile(r"[\"'](?:name|shimei|氏名|full_?name|simei)[\"'][ \t]*:")
_TWELVE = lazy_compile(r"(?<![0-9])\d{12}(?![0-9])")


def _json_person(text: str, start: int, end: int) -> bool:
    """The record (its line) has a name key or a check-digit-valid 12-digit My Number."""
    a, b = line_at(text, start, end)
    line = text[a:b]
    if _NAME_KEY.search(line):
        return True
    return any(my_number_valid(m.group(0)) for m in _TWELVE.finditer(line))


#: half-width kana (no ｰ: product names have it, names rarely) or a kanji 姓 名, padded with blanks
_HW_NAME = r"[ｦ-ｯｱ-ﾝﾞﾟ]{2,10}(?: [ｦ-ｯｱ-ﾝﾞﾟ]{1,10})?"
_KANJI_NAME = r"[一-龥々]{1,4}[ \u3000][一-龥々ぁ-んァ-ヴ]{1,4}"
_FIXED_WIDTH = (
    r"(?:^|(?<=[0-9\n]))(?:" + _HW_NAME + "|" + _KANJI_NAME + r")[ \u3000]{2,}[MF]?(?P<v>" + _COMPACT + ")"
)

#: lines that can hold a partial date with one digit (平成3年生, 昭和5年（日不詳）)
AIA_VALUE_LINES = r"\d\s*年(?:\s*\d{1,2}\s*月)?\s*(?:頃|ごろ)?\s*(?:に)?(?:生|出生)|(?:日|月日)\s*不[詳明]"

AIA_PATTERNS: tuple[JaPattern, ...] = (
    JaPattern("aia_partial_after", PARTIAL_AFTER, 0.6, where=_not_cohort),
    JaPattern("aia_partial_labelled", _PARTIAL_LABELLED, 0.6),
    JaPattern("aia_minguo_labelled", _MINGUO_LABELLED, 0.6),
    JaPattern("aia_german_label", _DE_LABEL, 0.6),
    JaPattern("aia_german_after", _DE_AFTER, 0.6),
    JaPattern("aia_vietnamese_words", _VI_LABEL, 0.6),
    JaPattern("aia_arabic_label", _AR_LABEL, 0.6),
    JaPattern("aia_nepali_romanised", _NE_LABEL, 0.6),
    JaPattern("aia_bikram_then_western", _BS_THEN_AD, 0.6, where=lambda t, s, e: _bs_line(t, s)),
    JaPattern("aia_born_era_year", _BORN_ERA, 0.6),
    JaPattern("aia_hiragana", _HIRAGANA, 0.6),
    JaPattern("aia_month_day_year", _MD_YEAR, 0.6),
    JaPattern("aia_error_value", _ERROR_VALUE, 0.6),
    JaPattern("aia_error_after", _ERROR_AFTER, 0.6),
    JaPattern("aia_partial_label_only", _PARTIAL_LABEL_ONLY, 0.6),
    JaPattern("aia_roster_correction", _CORRECTED, 0.6, where=_roster_correction),
    JaPattern("aia_json_b", _JSON_B, 0.6, where=_json_person),
    JaPattern("aia_fixed_width", _FIXED_WIDTH, 0.6),
)


def _bs_line(text: str, start: int) -> bool:
    a = text.rfind("\n", 0, start) + 1
    return _BS_LINE.search(text, a, start) is not None


_BS_AFTER = lazy_compile(
    r"[ \t]*(?:\(?(?i:B\.?\s?S)\.?\)?|[（(][^)）\n]{1,10}[)）])?[ \t]*[=＝][ \t]*"
    r"(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}"
)


def bikram_date(text: str, start: int, end: int) -> bool:
    """A 20[4-9]x date followed by ``=`` and a Western date: a Bikram Sambat date, whose Western
    date is the value."""
    if re.match(r"20[4-9]\d", text[start : start + 4]) is None:
        return False
    return _BS_AFTER.match(text, end) is not None


_LETTER_INDENT = lazy_compile(r"[ \t\u3000]{4,}$")


def letter_date_line(text: str, start: int, end: int) -> bool:
    """A date alone on its line after four or more blanks (a letter's right-aligned date line),
    with no birth word on the two lines above it."""
    a, b = line_at(text, start, end)
    if a == 0 or text[end:b].strip():
        return False
    if not _LETTER_INDENT.fullmatch(text, a, start):
        return False
    above = text[max(0, text.rfind("\n", 0, max(0, text.rfind("\n", 0, a - 1)))) : a]
    return re.search(r"生年月日|誕生日|生まれ|(?i:birth)", above) is None


#: a date with a time right after it (an ISO date-time, a log's timestamp), or under a log's
#: timestamp key (ts, time, @timestamp, logged_at)
_TIME_AFTER = lazy_compile(r"(?:T|[ \t]+)\d{1,2}:\d{2}")
_TS_KEY = lazy_compile(
    r"(?i)[\"']?@?(?:ts|time|timestamp|datetime|date_?time|logged_?at|event_?time|at)[\"']?"
    r"[ \t]*[:=][ \t]*[\"']?$"
)


#: round CH: a birth word right before a date with a time (出生日時：2024年3月9日 06:40, born at …)
_BORN_BEFORE = lazy_compile(r"(?i)(?:出生|誕生|生まれ|生年月日|born|birth)[^\n\d]{0,8}$")


def date_time_value(text: str, start: int, end: int) -> bool:
    """The date carries a time (``2024-05-20T09:14:33``; not after a birth word: a birth's hour) or
    stands under a timestamp key."""
    if _TIME_AFTER.match(text, end) is not None:
        return _BORN_BEFORE.search(text, max(0, start - 16), start) is None
    return _TS_KEY.search(text, max(0, start - 20), start) is not None


#: a table header naming another date column (支給日, 振込日, 受付日 …) and no birth column
_OTHER_DATE_HEADER = lazy_compile(
    r"支給日|支払日|支払年月日|支給年月日|振込日|振込予定日|納付日|入金日|交付日|受付日|申請日|届出日|処理日"
    r"|決定日|登録日|更新日|実施日|利用日|来庁日|相談日|(?i:pay(?:ment)?_?date|paid_?on)"
)
_BIRTH_HEADER = lazy_compile(r"生年月日|誕生日|生年|出生|(?i:birth|dob)")


def other_date_column(text: str, start: int, end: int) -> bool:
    """The date's row stands under a header line (the first line of its block of non-blank lines,
    at most 30 lines up) that names another date column and no birth column, and the date's own
    line names no birth word."""
    a, b = line_at(text, start, end)
    if a == 0 or _BIRTH_HEADER.search(text, a, b):
        return False
    above = [start for start, _line in lines_above(text, a, limit=30)]
    if not above:
        return False
    header = text[above[-1] : text.find("\n", above[-1])]
    other = _OTHER_DATE_HEADER.search(header)
    if other is not None and _FILLED.match(header, other.end()):
        return False  # round AS: 「認定調査票　実施日 令和7年1月14日」 is a title's field, no column header
    return other is not None and _BIRTH_HEADER.search(header) is None


#: a date right after the other date's word: a filled field, not a column's name
_FILLED = lazy_compile(r"[ \t\u3000]*[:：]?[ \t\u3000]*(?:令和|平成|(?:19|20)\d\d[年/.-])")
