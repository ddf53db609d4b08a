"""生年月日: a 和暦 or 西暦 date next to 生年月日/誕生日/生まれ/生 — a plain date is not PII.

Source: 元号法 (昭和五十四年法律第四十三号) and 「元号を改める政令」 for 明治/大正/昭和/平成/令和;
JIS X 0301 (和暦略号 M/T/S/H/R); ISO 8601 for 西暦.

>>> r = JpDateOfBirthRecognizer()
>>> t = "生年月日：昭和60年4月1日"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['昭和60年4月1日']
>>> r.analyze("令和6年4月1日から施行する。", [])
[]
>>> t = "DOB: 03/14/1985"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['03/14/1985']
>>> t = "名簿 山内 達也 S47.3.14"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['S47.3.14']
>>> r.analyze("市民課 S47.3.14", [])
[]
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import DIGIT_LINE, JaPattern, JaPatternRecognizer, spaced_label
from govrag.dlp.recognizers.birth_extra import AIA_PATTERNS, AIA_VALUE_LINES
from govrag.dlp.recognizers.forms_aj import AJ_BIRTH
from govrag.dlp.recognizers.forms_am import AM_BIRTH
from govrag.dlp.recognizers.forms_an import AN_BIRTH
from govrag.dlp.recognizers.forms_ao import AO_BIRTH
from govrag.dlp.recognizers.forms_aq import AQ_BIRTH
from govrag.dlp.recognizers.forms_ar import AR_BIRTH
from govrag.dlp.recognizers.forms_as import AS_BIRTH
from govrag.dlp.recognizers.fragments import BIRTHDAY_COMPOUND
from govrag.dlp.recognizers.fragments import ERA_NAME as _ERA
from govrag.dlp.recognizers.health_context import is_specimen
from govrag.dlp.recognizers.my_number import my_number_valid
from govrag.dlp.recognizers.rows import (
    ROSTER_SEPARATORS,
    birth_postal_header_above,
    line_at,
    personal_field,
    row_separator,
    split_fields,
)
from govrag.text.numerals import KANJI_DIGITS, KANJI_NUMERAL_CHARS
from govrag.text.tokenizer import tokenize

__all__ = [
    "DATE_REGEX",
    "JpDateOfBirthRecognizer",
    "after_person_name",
    "birth_word_aside",
    "other_date_label_before",
    "other_event_line",
    "range_end",
    "unpicked_era",
]

#: 和暦 written short: a JIS X 0301 letter (S60, H.2), the era's first kanji (昭60, 平2) or the
#: era's square ligature (㍼60年: U+337E 明治, U+337D 大正, U+337C 昭和, U+337B 平成, U+32FF 令和)
_ERA_ABBR = r"(?:(?<![A-Za-z])[MTSHR]\.?\s?|[明大昭平令]\.?|[㍾㍽㍼㍻㋿])"
_N = rf"(?:\d{{1,2}}|[{KANJI_NUMERAL_CHARS}]{{1,3}})"
_WAREKI = (
    "(?:" + _ERA + "|" + _ERA_ABBR + r")\s*(?:元|" + _N + r")\s*年\s*" + _N + r"\s*月\s*" + _N + r"\s*日"
)
_WAREKI_SHORT = "(?:" + _ERA_ABBR + "|" + _ERA + r"\s?)(?:\d{1,2}|元)[./・-]\d{1,2}[./・-]\d{1,2}(?![0-9])"
_SEIREKI = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_SEIREKI_NUM = r"(?<![0-9])(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}(?![0-9])"
# 西暦 with the 和暦 year in brackets, or the other way round: 1976(昭和51)年…, 1976年（昭和51年）…,
# 昭和51(1976)年…, 昭和51年（1976年）…
_Y_ERA = _ERA + r"\s*(?:元|" + _N + r")"
_Y_AD = r"(?:19|20)\d{2}"
_MD = r"\s*(?:年\s*)?" + _N + r"\s*月\s*" + _N + r"\s*日"
_SEIREKI_ERA = (
    "(?:" + _Y_AD + r"\s*(?:年\s*)?[（(]\s*" + _Y_ERA + r"\s*(?:年\s*)?[)）]"
    "|" + _Y_ERA + r"\s*(?:年\s*)?[（(]\s*" + _Y_AD + r"\s*(?:年\s*)?[)）])" + _MD
)
_SEIREKI_KANJI = rf"[一二〇][{KANJI_DIGITS}]{{3}}\s*年\s*" + _N + r"\s*月\s*" + _N + r"\s*日"
# YYYYMMDD as systems export it: only right after a birth label
_COMPACT = r"(?<![0-9])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![0-9])"
_MONTH_EN = (
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# month/day/year (03/14/1985) or day/month/year (25/12/1990), and the month in letters (14 March
# 1985, 14-Mar-1985, March 14, 1985); only next to a birth label, since a bare one is any date
_DAY_MONTH = r"(?:0?[1-9]|[12]\d|3[01])"
_US_NUM = r"(?<![0-9/])" + _DAY_MONTH + r"[/.-]" + _DAY_MONTH + r"[/.-](?:19|20)\d{2}(?![0-9])"
_ORD = r"(?:st|nd|rd|th)?"  # 3rd May 1991, May 3rd, 1991
_EN_WORDS = (
    r"(?:(?:0?[1-9]|[12]\d|3[01])" + _ORD + r"(?:\s+|-)" + _MONTH_EN + r"(?:,?\s+|-)(?:19|20)\d{2}"
    r"|" + _MONTH_EN + r"\s+(?:0?[1-9]|[12]\d|3[01])" + _ORD + r",?\s+(?:19|20)\d{2}"
    # round X: year, month in letters, day (1988 Oct 05), as on a passport's machine-printed page
    r"|(?<![0-9])(?:19|20)\d{2}\s+" + _MONTH_EN + r"\s+(?:0?[1-9]|[12]\d|3[01]))(?![0-9])"
)
#: Any date form recognised by this module.
# round P: the Western year with its era year in brackets, then a dotted month and day
# (2015(H27).09.04, 1987（昭和62）/2/14)
_SEIREKI_ERA_DOT = (
    r"(?<![0-9])" + _Y_AD + r"\s*[（(]\s*(?:" + _ERA + r"|[MTSHR]|[明大昭平令])\s*(?:元|\d{1,2})\s*[)）]"
    r"\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}(?![0-9])"
)
DATE_REGEX = (
    "(?:"
    + "|".join(
        (_SEIREKI_ERA_DOT, _SEIREKI_ERA, _WAREKI, _WAREKI_SHORT, _SEIREKI, _SEIREKI_NUM, _SEIREKI_KANJI)
    )
    + ")"
)
# (生まれ only as a field label with a colon: 東京生まれ 1985年4月1日入社 is no birth date; 欄 after
# a label names its field before a colon: 生年月日欄：…)
_BEFORE = (
    r"(?:(?:生年月日|誕生日|出生日|出生年月日|生年)(?:欄(?=\s*[:：]))?\s*(?:[（(]\s*(?:西暦|和暦)\s*[)）])?\s*[:：は]?"
    r"|(?:生まれ|出生|生まれた(?:とき|日))\s*[:：])\s*"
)
# English labels: DOB, D.O.B., Date of birth, Birth date, born (on)
_BEFORE_EN = (
    r"(?<![A-Za-z])(?:DOB|D\.O\.B\.?|[Dd]ob|(?i:date\s+of\s+birth|birth\s*(?:date|day)|born(?:\s+on)?"
    r"|seinen\s*-?\s*gappi|tanjou?bi))"
    r"\s*(?:[（(][^）)]{0,12}[)）])?\s*[:：]?\s*"
    # round Y: running text (「her date of birth is June 9, 1987」)
    r"(?:(?<=[A-Za-z] )(?:is|was)\s+)?"
    # round AC: the date in brackets after the label (「confirm the student's birth date (1 May 2004)」)
    r"(?:(?<=[A-Za-z] )[(（]\s*)?"
)
#: round AG: a Spanish / Portuguese date in words (23 de junio de 1984, 3 de março de 1990)
_MES = (
    r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro)"
)
_DE_DATE = r"(?:0?[1-9]|[12]\d|3[01])\s+de\s+" + _MES + r"\s+(?:de|del)\s+(?:19|20)\d{2}(?![0-9])"
_ANY_EN = "(?:" + "|".join((_US_NUM, _EN_WORDS, _SEIREKI_NUM, _SEIREKI, _COMPACT, _DE_DATE)) + ")"
#: round R: birth labels of the languages of foreign residents' forms (Vietnamese, Portuguese,
#: Spanish, Chinese), in hiragana, and a 生年月日 label spaced or broken over a line by OCR
_OCR_BIRTH = r"(?:[牛主]年月日|生午月日|生年目日|生年月[目曰])"
_BEFORE_OTHER = (
    r"(?:(?<![A-Za-z])(?i:ng[àa]y\s+sinh|(?:data\s+de\s+)?nascimento|fecha\s+de\s+nacimiento)"
    # round AG: running text (「…fecha de nacimiento es el …」「nasceu em …」), Nepali जन्म मिति, a
    # 生年月日 label with a bracketed qualifier (生年月日（児童）)
    r"(?:\s+(?i:es|era|fue|é|foi)(?:\s+(?i:el|em|o))?(?=\s))?"
    r"|(?<![A-Za-z])(?i:nasc(?:eu|i)\s+em|naci[óo]?\s+el|nací\s+el)|जन्म\s*मिति"
    r"|生年月日[（(][^）)\n\d]{1,8}[)）]"
    r"|생년월일"
    r"|出生日期|出生年月日|出生(?=[ \t\u3000]*[:：]?[ \t\u3000]*[0-9０-９])|うまれた(?:ひ|日)"
    "|" + spaced_label("生年月日") + r"|生年[ \t\u3000]*\n[ \t\u3000]*月日"
    # round U: Vietnamese 「sinh ngày」 in running text; a 生年月日 label with one character misread
    # by OCR (生年月目, 生年月曰, 牛年月日, 生午月日, 生年目日, 主年月日)
    r"|(?<![A-Za-z])(?i:sinh\s+ng[àa]y)|" + _OCR_BIRTH
    # round W: Tagalog labels (Kaarawan:, Petsa ng kapanganakan:), a colon required
    + r"|(?<![A-Za-z])(?i:kaarawan|petsa\s+ng\s+kapanganakan)(?=\s*[:：])" + ")"
    r"\s*[:：]?\s*"
)
#: round AG: a form's era choice with one era marked (明・大・(昭)・平, ㊐ printed for the circled one),
#: then the year, month and day of that era (45年 3月 8日)
_ERA_ITEM = r"(?:[明大昭平令]|[(（][明大昭平令][)）]|[○◯◎][明大昭平令]|㊐)"
_ERA_PICK = (
    r"(?=[^\n\d]{0,20}?(?:[(（○◯◎][明大昭平令]|㊐))(?:[(（○◯◎]?明[)）]?)(?:[・･]" + _ERA_ITEM + r"){2,4}"
)
_ERA_UNPICKED = lazy_compile(r"(?:[(（○◯◎][明大昭平令][)）]?|㊐)(?:[・･]" + _ERA_ITEM + r")*[・･]\Z")


def unpicked_era(text: str, start: int) -> bool:
    """Round AG: a date opening with an era of a choice list where another era is marked
    (明・大・(昭)・平 5年…: the date is the marked era's, not 平成's)."""
    if text[start : start + 1] not in "明大昭平令":
        return False
    return _ERA_UNPICKED.search(text, max(0, start - 20), start) is not None


_MD_ONLY = r"\d{1,2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
#: round AG: an identity check line naming its fields, then the values (氏名・生年月日 → A / 1990-01-02)
_ID_CHECK = (
    r"氏名\s*[・･、,]\s*生年月日\s*[:：]?\s*(?:→|->|⇒|[:：])\s*[^/／\n]{1,30}?\s*[/／]\s*"
)
#: a date in hiragana (へいせい29ねん4がつ2にち), as a child's form writes it
_KANA_DATE = (
    r"(?:めいじ|たいしょう|しょうわ|へいせい|れいわ)\s*\d{1,2}\s*ねん\s*\d{1,2}\s*がつ\s*\d{1,2}\s*にち"
)
#: round Y: a Korean date (1993년 6월 18일) after 생년월일
_KO_DATE = r"(?:19|20)\d{2}[ \t]*년[ \t]*\d{1,2}[ \t]*월[ \t]*\d{1,2}[ \t]*일"
#: round Y: an era date with stray spaces inside its numbers by OCR (昭和 4 1年 ８月 2 7日)
_SP_N = r"[ \t\u3000]*\d(?:[ \t\u3000]?\d)?[ \t\u3000]*"
_WAREKI_OCR = _ERA + _SP_N + "年" + _SP_N + "月" + _SP_N + "日"
#: the social-insurance forms' 元号コード-YYMMDD (5 昭和, 7 平成, 9 令和; round U: 雇用保険/年金 forms'
#: 1 明治 … 5 令和, 4 平成): only after a birth label
_ERA_CODE = r"(?<![0-9])[1-579]-\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![0-9])"
# the label in brackets right after the date: 平成2年3月3日（生年月日）
_LABEL_AFTER = r"\s*[（(]\s*(?:生年月日|誕生日|生まれ|出生日|DOB|D\.O\.B\.?)\s*[)）]"
_AFTER = (
    r"\s*(?:生まれ(?!変わ|かわ)|生(?![活産存命涯徒協計物成態年]|まれ変わ|まれかわ)|出生"
    r"|に(?:出生|生まれ(?!変わ|かわ)))"
)
#: the date as the subject of a sentence naming it: 「1966年3月3日は本人の生年月日である」
#: round CC: also 「…が誕生日なので」「…が誕生日で、」 (not 「…が誕生日では…」)
_PREDICATE = (
    r"\s*(?:は|が)[^。\n、，,]{0,10}?(?:生年月日|誕生日)\s*(?:です|でした|である|であり|だ|なので|なんです|なの|で(?!は)|。|$)"
)
# a date right after a person's name, as the next column (space or 、) or in brackets: 申込書・名簿
_IN_BRACKETS = r"[（(〈]\s*(?P<v>" + DATE_REGEX + r")\s*(?:生まれ|生)?\s*[)）〉]"
# round R: a quoted CSV field after the name's field ("氏名","S22.07.15")
_NEXT_COLUMN = (
    r"(?:[ \t]+|[、,／/|｜]\s*|\"\s*,\s*\")(?P<v>" + DATE_REGEX + r")(?=\s*(?:$|[ \t、,／/|｜\n\"]|生))"
)
_SEPARATORS = " \t\u3000、,（(〈／/|｜\""
#: round R: a foreign name in Latin capitals (two to four words: NGUYEN VAN AN), optionally with a
#: passport-number column after it (名簿: 氏名 旅券番号 生年月日)
_LATIN_NAME = lazy_compile(r"(?<![A-Za-z])[A-Z]{2,}(?: [A-Z]{2,}){1,3}(?: [A-Z]{1,2}\d{7,8})?$")
_PASSPORT_COLUMN = lazy_compile(r"[ \t\u3000][A-Z]{1,2}\d{7,8}$")
# a kana name as its own column (ヤマダ タロウ／…): the reading of the name beside it
_KANA_NAME = lazy_compile(r"(?:[ァ-ヴー]{1,8}[ \u3000][ァ-ヴー]{1,8}|[ぁ-ゖー]{1,8}[ \u3000][ぁ-ゖー]{1,8})$")
# a meeting or deadline date next to names is no birth date: 次回 …開催, …締切, 会議 …
_EVENT = lazy_compile(r"次回|開催|予定|締切|締め切り|期限|期間|会議|会合|日時|まで")
_HONORIFIC = ("様", "さん", "氏", "殿")


def after_person_name(text: str, start: int, end: int) -> bool:
    """True when a person's name (UniDic 人名, optionally with 様/さん/氏/殿) ends just before the
    date at ``start`` (only separators between): the date is then that person's birth date."""
    i = start
    while i > 0 and text[i - 1] in _SEPARATORS:
        i -= 1
    if _KANA_NAME.search(text[max(0, i - 20) : i]) or _LATIN_NAME.search(text[max(0, i - 40) : i]):
        return True
    passport = _PASSPORT_COLUMN.search(text[max(0, i - 12) : i])
    if passport is not None:
        return after_person_name(text, i - len(passport.group(0)) + 1, end)
    toks = tokenize(text[max(0, i - 12) : i])
    if toks and toks[-1].surface in _HONORIFIC:
        toks = toks[:-1]
    if not toks or re.fullmatch(r"[0-9]+", toks[-1].surface):
        return False
    if "人名" in toks[-1].pos:
        return True
    # 「姓 名」 with a given name UniDic does not know: 人名-姓, one space, a short noun
    return (
        len(toks) >= 2
        and toks[-2].pos.endswith("人名-姓")
        and toks[-1].pos.startswith("名詞")
        and _GIVEN.fullmatch(toks[-1].surface) is not None
        and toks[-1].start - toks[-2].end == 1
    )


_GIVEN = lazy_compile(r"[一-龥々ぁ-んァ-ヴー]{1,4}")
#: a line about a meeting (attendees, the next session): a date after a name there is its date
#: (round W: a schedule's talk, speaker or training-session line too; not 研修生, a trainee)
_MEETING_LINE = lazy_compile(r"出席|欠席|次回|開催|会議|会合|議事|講演|登壇|講師|日程|研修会|セミナー|説明会")


def _birth_after_name(text: str, start: int, end: int) -> bool:
    """A date right after a person's name, on a line that is not a meeting's attendance list."""
    line = text[max(text.rfind("\n", 0, start) + 1, start - 30) : start]
    return _MEETING_LINE.search(line) is None and after_person_name(text, start, end)


#: a birth word used as a topic, not as the date's field label (「生年月日の記入漏れについて」), or
#: as the start of a relative date (「誕生日から1か月後の…」)
_TOPIC = lazy_compile(
    r"(?:生年月日|誕生日|出生日)(?:の|について|を|が|等|など|欄の|に関|から|まで|前|後|以降|以前"
    # a compound naming something else (誕生日休暇, 誕生日会, 誕生日特典)
    r"|" + BIRTHDAY_COMPOUND + ")"
)
#: a date followed by a particle or suffix of an event (「…日に照会した」「…日付け」「…日から」), or
#: opening a range (「…日〜…日」: a period)
_EVENT_AFTER = lazy_compile(
    r"\s*(?:に(?!生)|付|から|以降|以前|以後|現在|時点|頃|ごろ|まで|改訂|改正|[～〜~])")


#: round Y: the date's own line opens with another event's label (採用, 入社：, 転入日) — under a
#: 生年月日 line it is no birth date
_OTHER_LINE_LABEL = lazy_compile(
    r"[ \t\u3000・]*(?:採用|入社|入庁|入職|退職|退社|就職|着任|任用|雇用|入学|卒業|転入|転出|登録|契約"
    r"|届出|申請"
    r"|受付|提出|交付|取得|異動|資格取得|資格喪失)(?:年月日|日)?[ \t\u3000]*[:：]?[ \t\u3000]*"
)


def other_event_line(text: str, start: int) -> bool:
    """The date at ``start`` opens its line after another event's label (see ``_OTHER_LINE_LABEL``)."""
    return _OTHER_LINE_LABEL.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


#: round AF: a range mark right after another date (「2024年10月3日〜」「2023/11/20 - 」): the
#: date after it ends a period (派遣期間, 療養期間), it is no birth date
_RANGE_END = lazy_compile(r"[0-9０-９日]\)?[ \t\u3000]*(?:[～〜~]|から|[-－–—])[ \t\u3000]*$")


def range_end(text: str, start: int) -> bool:
    """The date at ``start`` closes a date range (a range mark right after another date)."""
    return _RANGE_END.search(text, max(0, start - 8), start) is not None


def _near_birth_label(text: str, start: int, end: int) -> bool:
    """A birth word near the date is its label: not a topic word, and the date is no event date."""
    if _EVENT_AFTER.match(text, end) is not None:
        return False
    left = text[max(0, start - 16) : start]
    if "\n" in left and other_event_line(text, start):
        return False  # round Y: 「生年月日：…⏎採用 平成15年4月1日」: the line's own label is another
    return _TOPIC.search(left) is None


#: a date field's own label naming another date (届出日：, 交付年月日, 入庁日 …): not a birth date
_DATE_LABEL = lazy_compile(r"[一-龥]{1,6}(?:日付|日)\s*[:：]?\s*$")
_BIRTH_WORDS = ("生", "誕")
_OCR_LABEL = lazy_compile(_OCR_BIRTH)


#: a birth word in an aside, a negation or a relative date, not labelling a value: 「生年月日は記載
#: なし」「誕生日ではありません」「生年月日の記入は不要」「誕生日から1か月後」「誕生日の前後」
_BIRTH_WORD = lazy_compile(r"生年月日|誕生日|出生日|生まれ")
_ASIDE_AFTER = lazy_compile(
    r"\s*(?:欄)?\s*(?:[はの]\s*)?(?:(?:記載|記入|入力|確認|欄)\s*[はがの]?\s*)?"
    r"(?:なし|無し|不要|省略|空欄|別紙|ありません|未(?:記入|記載|入力|提出)|では(?:な|あり)|じゃな|でな|から|まで|前|後|翌|以降|以前)"
)


def birth_word_aside(text: str, start: int, end: int) -> bool:
    """Every birth word in the line of the date ``[start, end)`` is an aside, a negation or a
    relative date (and there is one): none of them labels the date."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a : b if b >= 0 else len(text)]
    words = list(_BIRTH_WORD.finditer(line))
    return bool(words) and all(_ASIDE_AFTER.match(line, m.end()) for m in words)


def other_date_label_before(text: str, start: int) -> bool:
    """The date at ``start`` has another date field's own label right before it (免許取得日,
    入庁日, 交付年月日): that label names it, whatever birth word stands elsewhere in the line
    (「免許取得日 … （生年月日は記載なし）」)."""
    label = _DATE_LABEL.search(text[max(0, start - 12) : start])
    if label is None or any(w in label.group(0) for w in _BIRTH_WORDS):
        return False
    if _OCR_LABEL.search(label.group(0)):
        return False  # round U: an OCR-misread 生年月日 (牛年月日, 主年月日)
    # round R: 「生年⏎月日」: the label's first half on the line above is a birth word
    head = text[max(0, start - 12) : start][: label.start()]
    return re.search(r"生年[ \t\u3000]*\n[ \t\u3000]*$", head) is None


#: 「生」 alone as a field label before an abbreviated-era dotted date (生 H3.5.21, 生：S.58.11.2)
_SEI_LABEL = r"(?:^|(?<=[\s:：|,/]))生\s*[:：]?\s*(?P<v>" + _WAREKI_SHORT + r")"
#: a date as a whole field of a ／- or ｜-separated roster row (folded: / and |)
_ROSTER_SEP = "[" + re.escape("".join(ROSTER_SEPARATORS)) + "]"
_ROSTER_DATE = (
    "(?:^|(?<=" + _ROSTER_SEP + r"))[ \t]*(?P<v>" + DATE_REGEX + "|" + _COMPACT + ")"
    r"(?=[ \t]*(?:" + _ROSTER_SEP + "|$))"
)
#: a roster row about an event, a document or a revision: its dates are no birth dates
_NOT_ROSTER = lazy_compile(
    r"出席|欠席|次回|開催|会議|会合|議事|更新|改訂|改正|作成|施行|受付|版|第\d+回"
    r"|説明会|相談会|会場|問合せ|問い合わせ|予約|日程|研修|講座|セミナー|イベント|募集|締切"
)


#: round Y: a roster row opening with a name (Latin capitals or 姓 名) with a 旅券 number field
_ID_ROSTER_NAME = lazy_compile(
    r"[A-Z]{2,}(?: [A-Z]{2,}){1,3}|[一-龥々]{1,4}[ \u3000][一-龥々ぁ-んァ-ヴー]{1,4}"
)
_PASSPORT_FIELD = lazy_compile(r"(?:旅券|パスポート|(?i:passport))(?:番号)?[ \t\u3000:：]*[A-Z]{1,2}\d{7,8}")
_EXPIRY = lazy_compile(r"有効|期限|満了|交付|発行|(?i:expir|issue)")


def _roster_row(text: str, start: int, end: int) -> bool:
    """The date is a field of a row of three or more ／/｜ fields of which another holds a person's
    data (a name right before, a phone, a residence-card number, an address)."""
    a, b = line_at(text, start, end)
    line = text[a:b]
    sep = row_separator(line, ROSTER_SEPARATORS) or ROSTER_SEPARATORS[-1]
    fields = [f for f, _ in split_fields(line, a, sep, borders=False)]
    if len(fields) < 3 or _NOT_ROSTER.search(line) is not None:
        return False
    value = text[start:end].strip()
    others = [f for f in fields if f and f != value]
    passport = any(_PASSPORT_FIELD.fullmatch(f.strip()) for f in others)
    if passport and _ID_ROSTER_NAME.fullmatch(fields[0].strip()):
        return _EXPIRY.search(line) is None
    # an e-mail address on a row is as often a notice's contact address: not a person's row here
    return any(personal_field(f) and "@" not in f for f in others) or _birth_after_name(text, start, end)


#: a sex column between a name and a date (名簿: 氏名 性別 生年月日 — 「石川 直樹　男　H9.11.20」)
_SEX = r"(?<=[\s、,／/|｜])(?:男性|女性|男|女)"
_SEX_COLUMN = _SEX + r"(?:[ \t]+|[、,／/|｜]\s*)(?P<v>" + DATE_REGEX + r")(?=\s*(?:$|[ \t、,／/|｜\n]|生))"
_SEX_BEFORE = lazy_compile(r"(?:男性|女性|男|女)[\s、,／/|｜]*$")


def _birth_after_name_sex(text: str, start: int, end: int) -> bool:
    """A date after a name and a sex column (the name's birth date, as in a roster row)."""
    m = _SEX_BEFORE.search(text[max(0, start - 8) : start])
    return m is not None and _birth_after_name(text, start - len(m.group(0)), start)


#: the age in brackets right after a date (「平成2年3月4日（35歳）」): the date a person's birth
#: date, unless the bracket is followed by an event word or particle (「…（65歳）時点」「…（65歳）到達日」,
#: 「…（30歳）に入庁」「…（62歳）で退職」)
_AGE_AFTER = (
    r"\s*[（(]\s*(?:満\s*)?\d{1,3}\s*歳\s*[)）](?!\s*(?:時点|現在|到達|まで|から|以降|の時|当時|になる|に(?!生)|で(?!す)))"
)


#: a short dotted date with its era in brackets after it (「60.4.1（昭和）」「7.11.23（H）」)
_ERA_AFTER_DATE = (
    r"(?<![0-9.])(?P<v>(?:\d{1,2}|元)\.\d{1,2}\.\d{1,2})(?![0-9.])"
    r"(?=\s*[（(]\s*(?:" + _ERA + r"|[MTSHR])\s*[)）])"
)


#: round P: words of another date standing by a date (施行, 交付, 開催 …): no birth date; before
#: the date a document's name (申請書, 届出書) is no event, after it 「…日届出」 is
_OTHER_EVENT_BEFORE = (
    r"施行|公布|交付|開催|実施|予定|期限|締切|受付|更新|発行|作成|認定|取得|喪失|改正|説明会"
)
_OTHER_EVENT = lazy_compile(
    r"(?:" + _OTHER_EVENT_BEFORE + r")[^\u0000]*\u0000|\u0000[^\u0000]*(?:" + _OTHER_EVENT_BEFORE
    + r"|届出|申請|提出|削除|転入|転出|予約|まで|から|以降|以後)"
)
#: a sentence whose topic is a birth label (生年月日の不一致：…、誕生日について …)
_BIRTH_TOPIC = lazy_compile(
    r"[・●○■◆※\s]*(?:生年月日|誕生日|出生日|出生年月日)(?:の|について|に関して|相違|不一致|[：:])"
)
#: a heading naming a household's or a dependant's list
_DEPENDANTS = lazy_compile(r"扶養親族|扶養家族|被扶養者|世帯員|同居(?:家族|親族|人)|家族")
#: a list line: a bullet, a name, a relation in brackets, then the date
_RELATION_WORDS = (
    r"本人|世帯主|配偶者|長男|次男|三男|長女|次女|三女|夫|妻|父|母|子|兄|弟|姉|妹|祖父|祖母|孫|息子|娘|義父|義母"
)
_DEPENDANT_LINE = (
    r"(?m)^[ \t\u3000]*[・･\-*●○■◆]\s*[^\n（(]{0,16}[（(]\s*(?:" + _RELATION_WORDS + r")\s*[)）]"
    r"[ \t\u3000]*(?P<v>" + DATE_REGEX + ")"
)


def _no_other_event(text: str, start: int, end: int) -> bool:
    """No other date's word beside ``[start, end)`` (8 characters before, 6 after, not across a
    comma: the next clause's document name is no event)."""
    before = re.split(r"[、，,。]", text[max(0, start - 8) : start])[-1]
    after = re.split(r"[、，,。]", text[end : end + 6])[0]
    return _OTHER_EVENT.search(before + "\u0000" + after) is None


def _birth_topic_sentence(text: str, start: int, end: int) -> bool:
    """The date's sentence starts with a birth label as its topic (every date in it is a birth
    date) and no other date's word stands by the date."""
    a = max(text.rfind("\n", 0, start), text.rfind("。", 0, start)) + 1
    return (
        _BIRTH_TOPIC.match(text, a) is not None
        and _EVENT_AFTER.match(text, end) is None
        and _no_other_event(text, start, end)
        and not is_specimen(text, start, end)
    )


def _under_dependants(text: str, start: int, end: int) -> bool:
    """The date's list line stands under a dependants' heading (扶養親族, 世帯員, 家族 …; every line
    between is a list line) and no other date's word stands by the date."""
    if not _no_other_event(text, start, end) or is_specimen(text, start, end):
        return False
    lines = text[max(0, start - 400) : text.rfind("\n", 0, start) + 1 if "\n" in text[:start] else 0]
    for line in reversed(lines.split("\n")[:-1] if lines else []):
        if not line.strip():
            return False
        if _DEPENDANTS.search(line) is not None:
            return True
        if not re.match(r"[ \t\u3000]*[・･\-*●○■◆]", line):
            return False
    return False


#: round S: a record's key=value field (生年月日=19890412, dob=…, birth=…, birth_date=…)
_KEY_VALUE = (
    r"(?<![A-Za-z0-9_])(?:生年月日|(?i:dob|birth(?:_?(?:date|day|dt))?|date_of_birth))[ \t]*[=＝][ \t]*"
    r"(?P<v>" + _COMPACT + "|" + _SEIREKI_NUM + ")"
)
#: round S: a child's given name under a 児童/子 label, the date in brackets right after it
#: (「児童　ゆい（H28.1.5）」); a class or a group (さくら組, ひよこ班) is no name
_CHILD_NAME_DATE = (
    r"(?:^|(?<=[\s:：、,|/]))(?:児童|子ども|子供|子)(?:氏?名)?[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"[一-龥々ぁ-んァ-ヴー]{1,6}(?<![組班級園室課係校簿覧帳表会館数書料費票当])[ \t\u3000]*"
    r"[（(〈]\s*(?P<v>" + DATE_REGEX + r")\s*[)）〉]"
)
#: round Z: a child's 姓 名 under a 児童/子 label, its kana reading in brackets optional, the date
#: right after it (「児童：姓 名（よみ） 令和2年11月9日」): the given name need not be a known one
_CHILD_FULL_NAME_DATE = (
    r"(?:^|(?<=[\s:：、,|/]))(?:児童|子ども|子供|子)(?:氏?名)?[ \t\u3000]*[:：][ \t\u3000]*"
    r"[一-龥々]{1,4}[ \u3000][一-龥々ぁ-んァ-ヴー]{1,4}(?:[（(][ぁ-ゖァ-ヴー]{1,10}[)）])?[ \t\u3000]*"
    r"(?P<v>" + DATE_REGEX + r")"
    r"(?![ \t\u3000]*(?:入所|入園|入学|転入|転出|退所|退園|登録|現在|時点|から|まで|に(?!生)|付))"
)
#: round X: a family member's relation in brackets after their name, the date right after it, on a
#: roster line of an application (「支給対象児童 氏名（長男）H31.3.8」「異動事由 出産による追加 氏名（子）…」)
_FAMILY_RELATION = (
    r"[（(](?:長男|次男|三男|長女|次女|三女|子|実子|養子|孫|夫|妻|配偶者|父|母|実父|実母|義父|義母|祖父|祖母"
    r"|兄|姉|弟|妹)[)）][ \t\u3000]*(?P<v>" + DATE_REGEX + r")"
)
_FAMILY_ROSTER = lazy_compile(
    r"支給対象児童|対象児童|同居親族|扶養親族|被扶養者|異動事由|出産|世帯員|^[ \t\u3000]*子[ \t\u3000]"
)


def _family_roster_line(text: str, start: int, end: int) -> bool:
    """The line names a roster of family members and no meeting; the date opens no period."""
    a, _ = line_at(text, start, end)
    line = text[a:start]
    return (
        _FAMILY_ROSTER.search(line) is not None
        and _MEETING_LINE.search(line) is None
        and _EVENT_AFTER.match(text, end) is None
    )


#: round X: an abbreviated era date in brackets right after an age (「８１歳（昭１８・９・２）」)
_AGE_THEN_DATE = (
    r"(?<![0-9])\d{1,3}[ \t\u3000]*歳[ \t\u3000]*[（(][ \t\u3000]*(?P<v>" + DATE_REGEX
    + r")[ \t\u3000]*(?:生まれ|生)?[)）]"
    r"(?!\s*(?:時点|現在|到達|まで|から|以降|に(?!生)))"
)
#: round S: a household roster's numbered line 「N 名 date」 (given name only) under 世帯員/同一世帯
_HOUSEHOLD_HEADING = lazy_compile(r"世帯員|同一世帯")
_HOUSEHOLD_LINE = (
    r"(?m)^[ \t\u3000]*\d{1,2}[.．)）]?[ \t\u3000]+[一-龥々ぁ-んァ-ヴー]{1,6}[ \t\u3000]+"
    r"(?P<v>" + DATE_REGEX + r")(?=[ \t\u3000]*$)"
)
_NUMBERED_LINE = lazy_compile(r"[ \t\u3000]*\d{1,2}[.．)）]?[ \t\u3000]")


def _under_household(text: str, start: int, end: int) -> bool:
    """The numbered line stands under a 世帯員/同一世帯 heading (only numbered lines between) and
    its name is no relation word alone (世帯主 2024/04/01 is the head's entry date, not a birth)."""
    a, _ = line_at(text, start, end)
    if re.search(r"(?:" + _RELATION_WORDS + r")[ \t\u3000]+$", text[a:start]):
        return False
    if not _no_other_event(text, start, end):
        return False
    lines = text[max(0, a - 400) : max(0, a - 1)].split("\n")
    for line in reversed(lines):
        if _HOUSEHOLD_HEADING.search(line) is not None:
            return True
        if _NUMBERED_LINE.match(line) is None:
            return False
    return False


#: (round U: the label may carry a short aside: 生年月日（元号コード）)
_ERA_CODE_LABEL = lazy_compile(
    r"(?:(?:生年月日|誕生日|出生年月日)\s*[（(][^（()）\n\d]{1,8}[)）]\s*[:：]?\s*|"
    + _BEFORE + "|" + _BEFORE_OTHER + ")$"
)
_ERA_CODE_RX = lazy_compile(_ERA_CODE + r"\s*[（(]\s*$")


def _era_code_labelled(text: str, start: int, end: int) -> bool:
    """A birth label (any notation of this module) right before the 元号コード-YYMMDD value."""
    return _ERA_CODE_LABEL.search(text, max(0, start - 24), start) is not None


def _after_era_code(text: str, start: int, end: int) -> bool:
    """The date stands in brackets right after a labelled 元号コード-YYMMDD value (the same birth
    date written out: 4-120315（平成12年3月15日））."""
    m = _ERA_CODE_RX.search(text, max(0, start - 12), start)
    return m is not None and _era_code_labelled(text, m.start(), m.start() + 8)


#: round U: an airline / passport-style date with a two-digit year (05MAR90, 16 SEP 88)
_DMY2 = (
    r"(?<![0-9A-Za-z])(?:0?[1-9]|[12]\d|3[01])\s?"
    r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
    r"\s?\d{2}(?![0-9A-Za-z])"
)


_DMY2_LABEL = lazy_compile(
    "(?:" + _BEFORE_EN.replace(r"\s*[:：]?\s*", r"\s*[:：/]?\s*") + "|" + _BEFORE + "|" + _BEFORE_OTHER + ")$"
)


def _dmy2_labelled(text: str, start: int, end: int) -> bool:
    """A birth label (DOB, Date of birth, 生年月日 …) right before the DDMMMYY value."""
    return _DMY2_LABEL.search(text, max(0, start - 40), start) is not None


#: round R: a passport data page (OCR): the PASSPORT heading, then name lines, then dates; the first
#: date after the heading that no issue/expiry label names is the birth date
_PASSPORT_HEADING = lazy_compile(r"(?m)^[ \t]*(?:PASSPORT|Passport|旅券|パスポート)\b[^\n]*$")
_PAGE_OTHER_DATE = lazy_compile(r"(?i:issue|expiry|expiration|valid)|発行|有効|交付|満了")
_PAGE_DATE = lazy_compile(_EN_WORDS)


def _passport_page_birth(text: str, start: int, end: int) -> bool:
    """The date stands under a PASSPORT heading (≤ 12 lines above), is the first date after it, and
    its line names no issue or expiry date."""
    heading = None
    for m in _PASSPORT_HEADING.finditer(text, max(0, start - 400), start):
        heading = m
    if heading is None or text.count("\n", heading.end(), start) > 12:
        return False
    a, b = line_at(text, start, end)
    if _PAGE_OTHER_DATE.search(text[a:b]) is not None:
        return False
    return _PAGE_DATE.search(text, heading.end(), start) is None


#: round V: a chat or Q&A reply line (a speaker or A:/答: then the date) right under a line asking
#: for the birth date (「ご本人確認のため生年月日を教えてください」); round W: the reply quoted
#: (LINE-style record: 相談者「…です」)
_REPLY = (
    r"(?:^|(?<=\n))[^\n]{0,24}?(?:[:：]|「)[ \t\u3000]*(?P<v>" + DATE_REGEX + r")"
    r"(?=[ \t\u3000]*(?:です|でございます|[。.」]|\n|$))"
)
_ASKS_BIRTH = lazy_compile(
    r"(?:生年月日|誕生日)(?:[をは、]|[？?]|$)[^\n]{0,16}(?:教え|伺|お願い|入力|お知らせ|ください|[？?])"
)
_NOT_ASKING = lazy_compile(r"書き方|記入例|記載例|形式|書類|証明|持参")

#: round Z: the reply names the speaker first (「住民：氏名です、1968.4.3です」「…、1991.10.3です」)
_REPLY_AFTER_NAME = (
    r"(?:^|(?<=\n))[^\n]{0,24}?[:：「][ \t\u3000]*[^\n\d:：「」]{1,16}?"
    r"(?:です[、。,，]?|[、,，])[ \t\u3000]*"
    r"(?P<v>" + DATE_REGEX + r")(?=[ \t\u3000]*(?:です|でございます|生まれ|[。.」]|\n|$))"
)

def _reply_to_birth_question(text: str, start: int, end: int) -> bool:
    """The line right above the value's line asks for the birth date."""
    a = text.rfind("\n", 0, start)
    if a < 0:
        return False
    above = text[text.rfind("\n", 0, a) + 1 : a]
    return _ASKS_BIRTH.search(above) is not None and _NOT_ASKING.search(above) is None


#: round AA: an English chat: the staff asks for the date of birth, the reply (after its speaker
#: label, maybe after the name) is a date with the month in letters (「Resident: Name, May 3, 1979」)
_ASKS_BIRTH_EN = lazy_compile(
    r"(?i:date\s+of\s+birth|\bDOB\b|birth\s*date|birthday)[^\n]{0,40}(?:\?|\.|$)"
    r"|(?i:confirm|tell|have|give|provide|may\s+i|could|can\s+i|please)[^\n]{0,60}"
    r"(?i:date\s+of\s+birth|\bDOB\b)"
)
_REPLY_EN = (
    r"(?:^|(?<=\n))[^\n\d:]{1,24}:[ \t]*(?:[^\n\d:]{1,40}?,[ \t]*)?(?:(?i:born)[ \t]+)?"
    r"(?P<v>" + _EN_WORDS + r")(?=[ \t]*\.?[ \t]*(?:\n|$))"
)


def _reply_to_birth_question_en(text: str, start: int, end: int) -> bool:
    """One of the two lines above the value's line asks for the date of birth (English)."""
    a = text.rfind("\n", 0, start)
    if a < 0:
        return False
    above = text[: a].split("\n")[-2:]
    return any(_ASKS_BIRTH_EN.search(line) for line in above)


#: round AA: a ｜-table cell labelled in English, the next cell the date (｜Date of Birth｜May 3, 1979｜)
_CELL_EN = (
    r"(?<![A-Za-z])(?:DOB|D\.O\.B\.?|(?i:date\s+of\s+birth|birth\s*(?:date|day)))"
    r"[ \t\u3000]*[|｜][ \t\u3000]*"
    r"(?P<v>" + _ANY_EN + r")"
)


#: round V: a headerless CSV/TSV/log record holding a 12-digit My Number (check digit right) in a
#: cell before the date: the date of such a personal record row is a birth date
_RECORD_DATE = r"(?<=[,\t，])[ \t]*(?P<v>" + DATE_REGEX + r")[ \t]*(?=[,\t，]|$|\n)"
_MY_NUMBER_CELL = lazy_compile(r"(?:^|[,\t，:：])[ \t]*(\d{12})[ \t]*[,\t，]")


def _after_my_number_cell(text: str, start: int, end: int) -> bool:
    """A cell of the value's line, before it, is a check-digit-valid My Number."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    for m in _MY_NUMBER_CELL.finditer(line):
        if my_number_valid(m.group(1)):
            return True
    return False


#: Lines that can hold a birth date (or its first line): two ASCII digits, as every date of this
#: module in digits has, or a 年…月…日 in kanji numerals (平成二年八月三十日): statute text, with
#: neither on most lines, is searched only around them.
_MD_NUM = rf"[0-9{KANJI_NUMERAL_CHARS}]{{1,3}}"
_VALUE_LINES = lazy_compile(
    DIGIT_LINE.pattern + rf"|年\s*{_MD_NUM}\s*月\s*{_MD_NUM}\s*日|" + AIA_VALUE_LINES, re.MULTILINE
)


class JpDateOfBirthRecognizer(JaPatternRecognizer):
    """Dates of birth: the date itself is the value; the anchoring words must be adjacent."""

    ENTITY = "DATE_OF_BIRTH"
    SOURCE = "元号法; JIS X 0301; ISO 8601"
    PATTERNS = (
        JaPattern("label_before", _BEFORE + r"(?P<v>" + DATE_REGEX + r")", 0.6),
        JaPattern("label_before_era_after", _BEFORE + _ERA_AFTER_DATE, 0.6),
        JaPattern("label_before_ko", r"생년월일\s*[:：]?\s*(?P<v>" + _KO_DATE + ")", 0.6),
        JaPattern("label_before_ocr_spaced", _BEFORE + r"(?P<v>" + _WAREKI_OCR + ")", 0.6),
        # round AB: the era date opening the value line under a 生年月日 … 郵便番号 header
        JaPattern(
            "header_above_ocr",
            r"(?m)^[ \t\u3000]*(?P<v>" + _WAREKI_OCR + ")",
            0.6,
            own_label=True,
            where=birth_postal_header_above,
        ),
        JaPattern("label_before_en", _BEFORE_EN + r"(?P<v>" + _ANY_EN + "|" + DATE_REGEX + r")", 0.6),
        JaPattern("label_after", r"(?P<v>" + DATE_REGEX + r")" + _AFTER, 0.6),
        JaPattern("label_after_en", r"(?P<v>" + _EN_WORDS + "|" + _US_NUM + r")" + _AFTER, 0.6),
        JaPattern("label_before_ja_en", _BEFORE + r"(?P<v>" + _EN_WORDS + "|" + _US_NUM + r")", 0.6),
        JaPattern("label_before_compact", _BEFORE + r"(?P<v>" + _COMPACT + r")", 0.6),
        JaPattern("label_after_compact", r"(?P<v>" + _COMPACT + r")" + _AFTER, 0.6),
        JaPattern("sei_label_before", _SEI_LABEL, 0.6),
        JaPattern(
            "label_before_other",
            _BEFORE_OTHER + r"(?P<v>" + _ANY_EN + "|" + DATE_REGEX + "|" + _KANA_DATE + r")",
            0.6,
        ),
        JaPattern("era_selected", _ERA_PICK + r"[ \t\u3000]*(?P<v>" + _MD_ONLY + ")", 0.6),
        JaPattern("identity_check", _ID_CHECK + r"(?P<v>" + _ANY_EN + "|" + DATE_REGEX + r")", 0.6),
        JaPattern("label_before_era_code", r"(?P<v>" + _ERA_CODE + ")", 0.6, where=_era_code_labelled),
        JaPattern(
            "era_code_then_date",
            r"(?<=[（(])\s*(?P<v>" + DATE_REGEX + r")\s*[)）]",
            0.6,
            where=_after_era_code,
        ),
        JaPattern("label_before_dmy2", r"(?P<v>" + _DMY2 + ")", 0.6, where=_dmy2_labelled),
        JaPattern(
            "passport_page", r"(?m)^[ \t]*(?P<v>" + _EN_WORDS + r")", 0.6, where=_passport_page_birth
        ),
        JaPattern("roster_field", _ROSTER_DATE, 0.6, where=_roster_row),
        JaPattern("label_after_bracket", r"(?P<v>" + DATE_REGEX + r")" + _LABEL_AFTER, 0.6),
        JaPattern("after_name_brackets", _IN_BRACKETS, 0.6, where=_birth_after_name),
        JaPattern("after_name_column", _NEXT_COLUMN, 0.6, where=_birth_after_name),
        JaPattern("after_name_sex_column", _SEX_COLUMN, 0.6, where=_birth_after_name_sex),
        JaPattern("age_after", r"(?P<v>" + DATE_REGEX + r")" + _AGE_AFTER, 0.6),
        JaPattern("label_predicate", r"(?P<v>" + DATE_REGEX + r")" + _PREDICATE, 0.6),
        # round P: every date of a sentence whose topic is a birth label; a dependant's list line
        JaPattern("birth_topic_sentence", r"(?P<v>" + DATE_REGEX + r")", 0.6, where=_birth_topic_sentence),
        JaPattern("dependant_line", _DEPENDANT_LINE, 0.6, where=_under_dependants),
        JaPattern("key_value", _KEY_VALUE, 0.6),
        JaPattern("child_name_brackets", _CHILD_NAME_DATE, 0.6),
        JaPattern("family_relation_date", _FAMILY_RELATION, 0.6, where=_family_roster_line),
        JaPattern("age_then_date", _AGE_THEN_DATE, 0.6),
        JaPattern("household_line", _HOUSEHOLD_LINE, 0.6, where=_under_household),
        JaPattern("reply_to_birth_question", _REPLY, 0.6, where=_reply_to_birth_question),
        JaPattern("my_number_record", _RECORD_DATE, 0.6, where=_after_my_number_cell),
        # a birth label a few characters before or after (生まれ only right after, as label_after:
        # 大阪生まれで、昭和60年… is no birth date)
        JaPattern("reply_name_then_birth", _REPLY_AFTER_NAME, 0.6, where=_reply_to_birth_question),
        JaPattern("child_full_name_date", _CHILD_FULL_NAME_DATE, 0.6),
        JaPattern("reply_en_birth", _REPLY_EN, 0.6, where=_reply_to_birth_question_en),
        JaPattern("cell_en_birth", _CELL_EN, 0.6),
        JaPattern(
            "context",
            r"(?P<v>" + DATE_REGEX + r")",
            0.2,
            needs_context=True,
            context=("生年月日", "誕生日", "出生日"),
            where=_near_birth_label,
        ),
        *AIA_PATTERNS,  # round AI-A (birth_extra.py)
        *AJ_BIRTH,  # round AJ (forms_aj.py)
        *AM_BIRTH,  # round AM (forms_am.py)
        *AN_BIRTH,  # round AN (forms_an.py)
        *AO_BIRTH,  # round AO (forms_ao.py)
        *AQ_BIRTH,  # round AQ (forms_aq.py)
        *AR_BIRTH,  # round AR (forms_ar.py)
        *AS_BIRTH,  # round AS (forms_as.py)
    )
    CONTEXT = ("生年月日", "誕生日", "出生日", "生まれ")
    VALUE_LINES = _VALUE_LINES
    CONTEXT_BEFORE = 14
    CONTEXT_AFTER = 4
    NEGATIVE_CONTEXT = ("施行", "公布", "交付日", "提出日", "受付日", "申請日", "有効期限")

    def accept(self, text: str, start: int, end: int) -> bool:
        """Reject a date with a meeting/deadline word right beside it (「次回 2027/02/15 開催」) or
        with another date field's own label right before it (「届出日：…」「交付年月日 …」)."""
        if other_date_label_before(text, start):
            return False
        if unpicked_era(text, start):
            return False
        if range_end(text, start) and text.startswith("生まれ", end):
            return False  # round AG: 「A～B生まれの児童」: a range of birth dates names a cohort
        return _EVENT.search(text[max(0, start - 6) : start]) is None and (
            _EVENT.search(text[end : end + 5]) is None
        )
