"""健康保険 被保険者証の記号・番号 and 保険者番号.

Source: 健康保険法施行規則 (大正十五年内務省令第三十六号) 第四十七条 and 別記様式 (被保険者証の記号・番号);
国民健康保険法施行規則第六条; 保険者番号 8桁 (法別番号2桁+都道府県番号2桁+保険者別番号3桁+検証番号1桁)
per 「保険者番号等の設定について」(厚生労働省通知).

>>> r = JpHealthInsuranceRecognizer()
>>> t = "被保険者証の記号 1234 番号 567"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['1234', '567']
>>> t = "Health insurance card: symbol 4821, number 37"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['4821', '37']
>>> t = "記号番号：練-481920"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['練-481920']
>>> t = "保険証の記号番号は「3817-6025」です"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['3817-6025']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.bank_account import bank_block
from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer, context_window, make_result
from govrag.dlp.recognizers.codes import code_words
from govrag.dlp.recognizers.forms_an import AN_INSURANCE
from govrag.dlp.recognizers.forms_ao import AO_INSURANCE
from govrag.dlp.recognizers.forms_ar import AR_INSURANCE, kokuho_split
from govrag.dlp.recognizers.forms_as import AS_INSURANCE, issue_number
from govrag.dlp.recognizers.health_context import (
    CARD_WORDS,
    CONTEXT_PATTERNS,
    JOINT_COUNT,
    card_context,
    has_specimen_word,
    header_cells,
    holder_pair,
    is_specimen,
    is_typed,
)
from govrag.dlp.recognizers.health_foreign import PATTERNS as FOREIGN_PATTERNS
from govrag.dlp.recognizers.health_rows import BARE_INSURER, LIST_CELL, employer_code, health_list_row

__all__ = ["JpHealthInsuranceRecognizer"]

#: ゆうちょ accounts and the old 年金手帳 also have a 記号・番号: when one of these words is nearer
#: before the value than any 保険 word, it is an account or a pension number (保険料の口座振替
#: ゆうちょ 記号番号 …, 年金手帳の記号番号 …).
_OTHER_WORDS = ("ゆうちょ", "貯金", "振替", "口座", "銀行", "年金", "通帳")
# a label word, then an optional colon or は: 記号：, 記号は, 番号 …
_TAIL = r"\s*[)）]?\s*(?:[:：|｜=]|は)?\s*"
# the 記号: digits, letters or a place abbreviation (練馬区, 港北15); never a particle
_CODE = (
    # (round AI-B: half-width kana too, a ward's name and ｲ/ﾛ: 港ｲ12, 中央ﾛ)
    r"(?![はがをのともやにで]|番号)(?:[0-9A-Za-z一-龥ぁ-んァ-ヶｦ-ﾟ-]{0,9}[0-9A-Za-z一-龥ぁ-んァ-ヶｦ-ﾟ])"
    r"(?<![はがをのともやにでっ])"  # nor does it end in one (記号は練01で番号は…)
)
_TO_BANGO = r"\s*[、,，・/|｜-]?\s*[（(]?(?:被保険者証?の?)?番号" + _TAIL
# an optional 枝番 (two digits since 2021) after the 番号, labelled or after a separator
_EDABAN = r"(?:\s*[、,，・/（(]?\s*枝番" + _TAIL + r"\d{1,3})?"
# 記号・番号 as one label, the value maybe in 「」; the 記号 may start with a place abbreviation
# (kanji/kana) and must hold a digit
#: (round U: or in brackets, 保険証（記号・番号）6215・0489)
_PAIR_LABEL = r"記号\s*[・･]?\s*番号等?(?:\s*[)）])?\s*[:：=は]?\s*[「『]?\s*"
_PAIR_KIGO = r"(?![はがをのもでにとへや])[一-龥ぁ-んァ-ヶA-Za-z]{0,6}\d[0-9A-Za-z]{0,9}"
_SEP = r"\s*[-・･/ ]\s*"
_END = r"(?![0-9A-Za-z])"
_SPACED_SEP = r"(?:[ \u3000]+-[ \u3000]*|[ \u3000]*-[ \u3000]+)"
#: round P: a 記号 and a 番号 split by a hyphen with blanks around it are two values (記号番号: 4102 - 77)
_SPACED_PAIR = lazy_compile(r"\d{1,8}[ \u3000]+-[ \u3000]*\d{1,8}|\d{1,8}[ \u3000]*-[ \u3000]+\d{1,8}")
#: round Q: a 記号 holding a hyphen after a one- or two-digit head (30-669), then ・ and the 番号:
#: two values, the 記号 with its hyphen (a 3-digit head, 123-4567・89, stays one value as before)
#: (round W: a one-digit tail too, 3-7・2051)
_HYPHEN_KIGO = r"\d{1,2}-\d{1,6}"
#: or a 記号 of four digits or more and a 番号 of five or more (85125・487876): two fields
#: (round U: or two four-digit fields, 4107・2236, unless the first is a year: 2025・0401)
_LONG_KIGO = r"\d{4,8}"
#: (round W: or a three-digit 番号 with a 枝番 after it, 6120・334（枝番01）)
_LONG_BANGO = r"(?:\d{5,8}|(?<!(?:19|20)\d\d[・･])\d{4}|\d{3}(?=\s*[（(]?\s*枝番))(?![0-9A-Za-z・･])"
#: round T: or a 記号 of six digits or more (or 3-4 digits, a hyphen, 3-4 digits: 123-4567) and a
#: one- or two-digit 番号 (31120457・02, 7720-1153・25): two fields
_SHORT_KIGO, _SHORT_BANGO = r"(?:\d{6,8}|\d{3,4}-\d{3,4})", r"\d{1,2}(?![0-9A-Za-z・･-])"
#: round W: a place-name 記号 and a number (浜松・4418): two fields (a kanji+digit 記号, a blank and
#: a number, 杉並12 34567, stays one value as pii_ja labels it)
_PLACE_PAIR_KIGO, _PLACE_PAIR_BANGO = r"[一-龥]{1,4}", r"\d{3,8}(?![0-9A-Za-z・･-])"
_HYPHEN_PAIR = lazy_compile(
    _PLACE_PAIR_KIGO + r"[・･]" + _PLACE_PAIR_BANGO + "|"
    + _HYPHEN_KIGO + r"\s*[・･]\s*\d{1,8}|" + _LONG_KIGO + r"\s*[・･]\s*" + _LONG_BANGO
    + "|" + _SHORT_KIGO + r"\s*[・･]\s*" + _SHORT_BANGO
)
#: a part's, a standard's or a sign's code words in the line: no card's 記号・番号
_PART_CODE = lazy_compile(
    code_words(latin=False)
    + r"|部品|製品|商品(?:記号|番号|コード)|規格|図面|標識|資料|(?<![A-Za-z])(?:JIS|ISO)(?![A-Za-z])"
)


#: a ゆうちょ 記号 (1 and four digits), 番号 (five to eight digits) or both joined by a hyphen
_YUCHO_SHAPE = lazy_compile(r"1\d{4}|\d{5,8}|1\d{4}-\d{1,8}")
#: round AG: a ゆうちょ 記号番号 joined (1 and four digits, a hyphen, six to eight digits) right after a
#: bare 記号番号 label, no insurance word in the line: an account (記号番号 13580-2210431)
_YUCHO_JOINED = lazy_compile(r"記号\s*[・･]?\s*番号\s*[:：]?\s*\Z")
_YUCHO_JOINED_VALUE = lazy_compile(r"1\d{4}(?P<sep>[- ])\d{6,8}")
#: a 記号/番号 field's own label right before the value (記号：…, kigo=…)
_FIELD_LABEL_BEFORE = lazy_compile(r"(?:記号|番号|(?i:kigou?|bangou?))[\s:：=＝\"']*$")


def _card_in_line(text: str, start: int, end: int) -> bool:
    """A card word (保険証, 被保険者, 国保 …) on the value's line."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a : len(text) if b < 0 else b]
    return any(w in line for w in CARD_WORDS)


def _card_pair_line(text: str, start: int, end: int) -> bool:
    """No part's, standard's or sign's code word (部品, 規格, JIS …) on the value's line."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return _PART_CODE.search(text, a, len(text) if b < 0 else b) is None
# the card's own number under one label: 被保険者番号 (後期高齢者医療, 介護保険), 保険証番号
# a note in brackets between a label and its value: 被保険者番号（8桁）…
_NOTE = r"(?:[（(][^）)\n]{1,8}[)）])?"
_CARD_LABEL = (
    r"(?:(?:被保険者証|被保険者|保険証|資格確認書)\s*(?:の)?\s*番号|(?:被保険者証|保険証)\s*(?:No\.?|№))"
    + _NOTE + _TAIL + r"[「『]?\s*"
)
_MEMO_ABBREV = (
    r"(?<![\u3040-\u30ff\u4e00-\u9fff])被保[ \t\u3000]*[:：][ \t\u3000]*(?P<v>\d{6,10})(?![0-9]|[ -]\d)"
)
#: the kind of a card (後期高齢者医療, 国民健康保険, 協会けんぽ, 介護 …), as printed on it
_KIND = r"(?:後期|国保|国民健康保険|介護|協会|組合|共済|社保|退職|けんぽ|健保|船員)"
_CARD_WITH_KIND = (
    r"被保険者証[ \t\u3000]+(?P<v>\d{5,10})[ \t\u3000]*"
    r"(?=[（(]" + _KIND + r"[^（()）\n]{0,6}[)）])"
)
#: round T: 被保険者証, the card kind (bracketed or as words), then its number (5 to 10 digits)
_CARD_KIND_FIRST = (
    r"被保険者証[ \t\u3000]*(?:[（(【［]\s*" + _KIND + r"[^（()）【】［］\n\d]{0,8}[)）】］]"
    r"|[ \t\u3000]+" + _KIND + r"[^（()）【】［］\n\d\s、。]{0,8}[ \t\u3000]+)"
    r"[ \t\u3000]*(?:番号|No\.?)?[ \t\u3000]*[:：]?[ \t\u3000]*(?P<v>\d{5,10})"
    r"(?![0-9,，.]|[ \t\u3000]*[件枚通人円部名])"
)
# English: "Health insurance card: symbol 1234, number 56" (symbol and number label one value each)
_HEALTH_EN = r"(?<![A-Za-z])(?:(?i:health)\s+)?(?i:insurance)(?:\s+(?i:card|certificate))?[^。\n]{0,30}?"
_SYMBOL_EN = r"(?<![A-Za-z])(?i:symbol)\s*[:：]?\s*"
_NUMBER_EN = r"\s*[,、;/]?\s*(?:(?i:and)\s+)?(?<![A-Za-z])(?i:number|No\.?)\s*[:：]?\s*"
_SYMBOL_VALUE = r"[0-9A-Za-z一-龥-]{1,10}"
# 記号番号 whose 記号 is only a kanji place abbreviation joined by a hyphen: 練-123456
_KANJI_PAIR = r"[一-龥]{1,4}-\d{4,10}"
_KIGO_EN = r"(?<![A-Za-z])(?i:kigou?)(?![A-Za-z])\s*[:：]?\s*"
_BANGO_EN = r"\s*[,、;/]?\s*(?<![A-Za-z])(?i:bangou?)\s*[:：]?\s*"
# a count or a length, not a value: 「番号は10桁」「記号は2文字」
_NOT_COUNT = r"(?![桁文字つ種類人件円年月日個号条項回%％])"
#: … or by spaces (a form's cells: 「記号番号　杉並　12345」): the 記号 and the 番号 each a value
_SPACED_LABEL = r"記号\s*[・･]?\s*番号\s*[:：]?[ \t\u3000]*(?![等欄])"
_SPACED_KIGO = _SPACED_LABEL + r"(?P<v>[一-龥]{1,4})(?=[ \t\u3000]+\d{2,10}(?![0-9]))"
_SPACED_BANGO = _SPACED_LABEL + r"[一-龥]{1,4}[ \t\u3000]+(?P<v>\d{2,10})(?![0-9])" + _NOT_COUNT
# a 記号 value that is not a bare word: it holds a digit (記号は不要, 記号の意味 are no values)
_KIGO_VALUE = (
    r"(?:(?![はがをのもでにとへや])[一-龥ぁ-んァ-ヶA-Za-z]){0,6}\d[0-9A-Za-z-]{0,9}(?![0-9A-Za-z])"
    # (round P: nor the head of a date or of a longer run: 1985/04/12, 13・410)
    r"(?![/.:：・･]\d)(?!-\d+[/.:：・･]\d)"
    + _NOT_COUNT
)
# a 番号 label not part of another number's label (受付番号, 保険者番号)
_BANGO = r"(?:(?:被保険者証?|保険証)の?|(?<![一-龥ァ-ヴーA-Za-z]))番号"
_CARD_EN = r"(?<![A-Za-z])(?i:(?:health\s+)?insurance\s+card)\s*(?i:No\.?|number|#)?\s*[:：]?\s*"


#: round P: a card-number label, then its value further on in the same sentence (no digit,
#: line break, sentence end or another number's label between: 内線, 受付, 電話 …); not another
#: insurance's 被保険者番号
_FAR_CARD_NUMBER = (
    r"(?<!雇用保険)(?<!労災保険)(?:被保険者|保険証)番号"
    r"(?:(?!番号|内線|電話|TEL|Tel|受付|No|〒|第|件|円)[^。\n\d]){4,40}?(?<![0-9A-Za-z])(?P<v>\d{4,10})"
    r"(?![0-9A-Za-z]|[ ・･-]\d|[/.:：]\d)" + _NOT_COUNT
)


#: round R: a 記号 written as a place name, a space and digits (記号　愛知 32　番号 …): one value
_PLACE_KIGO = (
    r"記号[ \t\u3000]*[:：]?[ \t\u3000]*(?P<v>[一-龥]{1,4}[ \u3000]\d{1,4})(?=[ \t\u3000]+番号)"
)
#: round R: an insurer number's key in a record (ins_no=…, hokensha_no: …; round Y: bare hokensha=)
_INSURER_KEY = (
    r"(?<![A-Za-z_])(?i:ins(?:urer)?_no|hokenj?a_no|hokensha(?:_(?:no|bango))?)\s*[=:：]\s*[\"']?"
    r"(?P<v>\d{6}|\d{8})(?![0-9])"
)
#: round R: a headerless CSV row (name, birth date, ten digits, phone) under a heading naming a
#: card registration (保険証登録, 資格確認書 一覧 …): the ten digits are the card's number
_CSV_ROW = r"(?m)^[^\n,]{2,20},[^\n,]{6,12},(?P<v>\d{10}),(?=[^\n]*\d)"
_CARD_HEADING = lazy_compile(r"保険証|被保険者|資格確認|けんぽ|健保|(?i:insurance)")
_CSV_DATE = lazy_compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|[MTSHR]\d{1,2}\.\d{1,2}\.\d{1,2}")


def _under_card_heading(text: str, start: int, end: int) -> bool:
    """The row's second field is a date and the line right above is a heading (no comma) naming a
    card or an insurance."""
    a = text.rfind("\n", 0, start)
    if a < 0:
        return False
    row = text[a + 1 : start].split(",")
    heading = text[text.rfind("\n", 0, a) + 1 : a]
    return (
        len(row) >= 2
        and _CSV_DATE.fullmatch(row[1].strip()) is not None
        and "," not in heading
        and _CARD_HEADING.search(heading) is not None
    )


#: a card word before a 枝番 (a land lot's 地番・枝番 or a document's 枝番 has none)
_CARD_WORDS = ("保険", "記号", "被扶養者")
#: words of a land lot or a document numbering nearer than the card word: not a card's 枝番
_NOT_CARD = ("地番", "土地", "所在", "文書", "資料", "議案")


def _left_of(text: str, start: int, width: int) -> str:
    """Up to ``width`` characters before ``start``, across line breaks (a form's or a table's
    earlier lines) but not across a sentence end 。 or a blank line."""
    left = text[max(0, start - width) : start]
    cut = max(left.rfind("。"), left.rfind("\n\n"))
    return left[cut + 1 :] if cut >= 0 else left


def _card_nearby(text: str, start: int, end: int) -> bool:
    """A card word before the 枝番 (on its line or the form's lines above), nearer than a land-lot
    or document word."""
    left = _left_of(text, start, 60)
    card = max((left.rfind(w) for w in _CARD_WORDS), default=-1)
    other = max((left.rfind(w) for w in _NOT_CARD), default=-1)
    return card >= 0 and card > other


#: words naming an insurance card (or its holder) in the sentence of a 番号 or 記号 whose own
#: label does not name the card (「番号 318、記号 1155（協会けんぽの保険証）」)
#: (保険料, 保険会社, 保険給付 name no card)
_CARD_NAMES = (
    "保険証", "被保険者", "健康保険", "介護保険", "組合員証", "けんぽ", "国保", "資格確認書", "後期高齢",
    "被扶養者",
)


#: the value names a field of a form, not a card (「番号 3 の欄」「記号 A の区分」)
_FIELD_REF = lazy_compile(r"\s*[」』）)］\]]?\s*の\s*(?:欄|区分|項目|行|列|枠|箇所|部分)")
#: a card's name, then a 記号 and 番号 (and 枝番) joined by a hyphen or ・, no label between;
#: not a year-month (2025-03), a range or a count
_CARD_THEN_PAIR = (
    r"(?:健康保険証|保険証|被保険者証|資格確認書|組合員証)\s*[:：]?\s*"
    r"(?P<v>(?!(?:19|20)\d\d[-・]\d{1,2}(?![0-9]))\d{2,8}[-・]\d{1,8}(?:[-・]\d{1,3})?)"
    r"(?![0-9A-Za-z]|[-・]\d|\s*[〜~～枚部通件人円桁])" + _NOT_COUNT
)
#: a question naming both labels (「保険証の記号と番号を教えてください」) on a line above
_ASKED_PAIR = lazy_compile(r"記号\s*(?:と|・|及び|および|、|/|／)\s*番号")
_REQUEST = lazy_compile(r"教えて|ください|下さい|お願い|願います|送って|記入|入力|[？?]")
#: the answer on a later line: the 記号, a joiner, the 番号 (「1204の38です」「1204-38」)
_ANSWER_JOIN = r"\s*(?:の|と|、|,|/|／|-)\s*"
_ANSWER_KIGO = r"(?<![0-9A-Za-z-])(?P<v>\d{2,8})(?=" + _ANSWER_JOIN + r"\d{1,8}(?![0-9]|[件円人名枚%％]))"
_ANSWER_BANGO = r"(?<![0-9A-Za-z-])\d{2,8}" + _ANSWER_JOIN + r"(?P<v>\d{1,8})(?![0-9]|[件円人名枚%％])"


#: a year and a month (and day) then a revision word: a form's edition, not a card's values
_DATED_REVISION = lazy_compile(r"(?:19|20)\d\d\s*[・･./-]\s*(?:0[1-9]|1[0-2])(?:[0-3]\d)?")
_REVISION_AFTER = lazy_compile(r"\s*(?:改訂|改正|版|施行|更新|現在|発行)")


#: round W: a 4-digit 記号 and a 3-digit 番号 with a 枝番 right after them are two fields
_KIGO_BRANCH_PAIR = lazy_compile(r"\d{4}[・･]\d{3}")
_BRANCH_AFTER = lazy_compile(r"\s*[（(]?\s*枝番")


def _one_pair_value(text: str, start: int, end: int) -> bool:
    """A 記号・番号 run under one label is one value, unless the holder's joint label names two
    (:func:`.health_context.holder_pair`) or a spaced hyphen splits it (``記号番号: 4102 - 77``)."""
    return (
        not holder_pair(text, start, end)
        and not kokuho_split(text, start)  # round AR: 国保記号番号：591-99030 is two values
        and _SPACED_PAIR.fullmatch(text, start, end) is None
        and _HYPHEN_PAIR.fullmatch(text, start, end) is None
        and not (_KIGO_BRANCH_PAIR.fullmatch(text, start, end) and _BRANCH_AFTER.match(text, end))
    )


def _answers_pair(text: str, start: int, end: int) -> bool:
    """The value's line answers a question or request naming a card and both its 記号 and 番号
    on one of the two lines above (no blank line between): a chat or a mail reply."""
    a = text.rfind("\n", 0, start)
    if a < 0:
        return False
    above = text[max(0, a - 160) : a].split("\n\n")[-1].split("\n")[-2:]
    return any(
        _ASKED_PAIR.search(x) and _REQUEST.search(x) and any(w in x for w in _CARD_NAMES) for x in above
    )


def _card_in_sentence(text: str, start: int, end: int) -> bool:
    """A card name in the value's sentence (or the line/sentence just before it, 「保険証の記号を
    教えてください。記号は…」) and no account or pension word there."""
    left = text[max(0, start - 40) : start].split("\n\n")[-1]
    left = "。".join(left.split("。")[-2:])
    _, right = context_window(text, start, end, 0, 40)
    near = left + right
    return (
        any(w in near for w in _CARD_NAMES)
        and not any(w in near for w in _OTHER_WORDS)
        and not has_specimen_word(near)
    )


_PAIR_DOT = r"\s*[・･]\s*"


def _pair(
    name: str,
    kigo: str,
    sep: str,
    bango: str,
    *,
    tail: str = "",
    where: Callable[[str, int, int], bool] | None = None,
) -> tuple[JaPattern, JaPattern]:
    """The two patterns of a joint 記号・番号 value ``<kigo><sep><bango>``: the 記号 (checked to be
    followed by its 番号) and the 番号, named ``pair_<name>_kigo`` / ``pair_<name>_bango``."""
    return (
        JaPattern(
            f"pair_{name}_kigo",
            _PAIR_LABEL + r"(?P<v>" + kigo + r")(?=" + sep + bango + tail + ")",
            0.6,
            where=where,
        ),
        JaPattern(
            f"pair_{name}_bango", _PAIR_LABEL + kigo + sep + r"(?P<v>" + bango + ")" + tail, 0.6, where=where
        ),
    )


#: round AB: a box-drawing table row │記号│value│ (│番号│, │枝番│), ├──┼──┤ rules between rows
_BOX_ROW = (
    r"│[ \t\u3000]*(?:記号|番号|枝番)[ \t\u3000]*│[ \t\u3000]*"
    r"(?P<v>[^\s│]{0,4}\d{1,8})[ \t\u3000]*│"
)
_BOX_LABELS = frozenset(("保険者番号", "記号", "番号", "枝番"))
_BOX_RULE = lazy_compile(r"[ \t\u3000]*[┌├└┬┼┴┐┤┘─━]+[ \t\u3000]*")


def _card_box_table(text: str, start: int, end: int) -> bool:
    """Every label row of the value's box table (contiguous │ / rule lines) is a card field
    (保険者番号, 記号, 番号, 枝番) and both 記号 and 番号 are among them."""
    a = text.rfind("\n", 0, start) + 1
    lines = text.split("\n")
    here = text.count("\n", 0, a)
    block: list[str] = []
    for step in (-1, 1):
        i = here if step == 1 else here - 1
        while 0 <= i < len(lines) and (lines[i].lstrip().startswith("│") or _BOX_RULE.fullmatch(lines[i])):
            block.append(lines[i])
            i += step
    rows = [row for row in block if row.lstrip().startswith("│") and row.count("│") >= 3]
    labels = {row.split("│")[1].strip() for row in rows}
    return labels <= _BOX_LABELS and {"記号", "番号"} <= labels


def _yucho_joined(text: str, start: int, end: int) -> bool:
    """A joined ゆうちょ 記号番号 (or its 記号 part) after a bare 記号番号 label, with no 保険 word in
    its line (joined by a blank: under a bank heading too)."""
    m = _YUCHO_JOINED_VALUE.match(text, start)
    if m is None or m.end() < end or text[m.end() : m.end() + 1].isdigit():
        return False
    if not _YUCHO_JOINED.search(text, max(0, start - 12), start):
        return False
    if m["sep"] == " " and not bank_block(text, start):
        return False
    a, b = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return "保険" not in text[a : len(text) if b < 0 else b]


#: round CE: the card's own labels, never a value of it
_LABEL_WORD = lazy_compile(
    r"[ \t\u3000]*(?:被保険者)?(?:証)?(?:記号|番号|枝番|記号・番号|記号番号|保険者番号)[ \t\u3000]*"
)


class JpHealthInsuranceRecognizer(JaPatternRecognizer):
    """記号 and 番号(・枝番) of a card, the card's 番号 and 保険者番号, anchored by labels."""

    ENTITY = "JP_HEALTH_INSURANCE"
    DIGIT_VALUES = True
    SOURCE = "健康保険法施行規則第四十七条 別記様式; 国民健康保険法施行規則第六条"
    PATTERNS = (
        # a joint label with two values (記号と番号は1234と56, kigo/bango: 1234/56) in a card context
        *(JaPattern(n, r, 0.6, where=card_context) for n, r in CONTEXT_PATTERNS[:JOINT_COUNT]),
        # 記号 X 番号 Y (枝番 Z): each labelled value is its own finding, as a reader labels them
        # (both are masked; the 枝番 stays with its 番号). 記号・番号 under one label (below) is one.
        JaPattern(
            "kigo",
            r"記号" + _TAIL + r"(?P<v>" + _CODE + r")(?=" + _TO_BANGO + r"\d{1,10}" + _EDABAN + r"(?![0-9]))",
            0.6,
        ),
        JaPattern(
            "bango",
            r"記号" + _TAIL + _CODE + _TO_BANGO + r"(?P<v>\d{1,10})(?![0-9])",
            0.6,
        ),
        JaPattern(
            "pair",
            _PAIR_LABEL
            + r"(?P<v>"
            + _PAIR_KIGO
            + _SEP
            + r"\d{1,10}(?:"
            + _SEP
            + r"\d{1,3}(?![0-9]))?)"
            + _END,
            0.6,
            where=_one_pair_value,
        ),
        # round P: 記号番号: 4102 - 77 (a hyphen with blanks around it): the 記号 and the 番号
        *_pair("spaced", _PAIR_KIGO, _SPACED_SEP, r"\d{1,10}", tail=_END),
        # round Q: 記号・番号：30-669・726 — the hyphenated 記号 and the 番号
        *_pair("hyphen", _HYPHEN_KIGO, _PAIR_DOT, r"\d{1,8}", tail=_END, where=_card_pair_line),
        *_pair("place", _PLACE_PAIR_KIGO, "[・･]", _PLACE_PAIR_BANGO, where=_card_in_line),
        *_pair("long", _LONG_KIGO, _PAIR_DOT, _LONG_BANGO, where=_card_pair_line),
        *_pair("short", _SHORT_KIGO, _PAIR_DOT, _SHORT_BANGO, where=_card_pair_line),
        JaPattern("pair_kanji_code", _PAIR_LABEL + r"(?P<v>" + _KANJI_PAIR + r")" + _END, 0.6),
        JaPattern(
            "symbol_en",
            _HEALTH_EN + _SYMBOL_EN + r"(?P<v>" + _SYMBOL_VALUE + r")(?=" + _NUMBER_EN + r"\d)",
            0.6,
        ),
        JaPattern(
            "number_en",
            _HEALTH_EN + _SYMBOL_EN + _SYMBOL_VALUE + _NUMBER_EN + r"(?P<v>\d{1,10})(?![0-9A-Za-z])",
            0.6,
        ),
        JaPattern("pair_one_value", _PAIR_LABEL + r"(?P<v>" + _PAIR_KIGO + r")" + _END, 0.6, fallback=True),
        # the 番号 first, its 記号 in the next clause: 「番号 318、記号 1155（…保険証）」
        JaPattern(
            "bango_then_kigo",
            _BANGO + _TAIL + r"(?P<v>\d{1,10})(?![0-9])" + _NOT_COUNT
            + r"(?=[^。\n\d]{0,10}?記号" + _TAIL + _KIGO_VALUE + ")",
            0.6,
            where=_card_in_sentence,
        ),
        JaPattern(
            "kigo_after_bango",
            _BANGO + _TAIL + r"\d{1,10}(?![0-9])" + _NOT_COUNT + r"[^。\n\d]{0,10}?記号" + _TAIL
            + r"(?P<v>" + _KIGO_VALUE + ")",
            0.6,
            where=_card_in_sentence,
        ),
        # romaji labels in prose (Kigo 1234 Bango 56)
        JaPattern(
            "kigo_romaji",
            _KIGO_EN + r"(?P<v>" + _SYMBOL_VALUE + r")(?=" + _BANGO_EN + r"\d)",
            0.6,
        ),
        JaPattern(
            "bango_romaji", _KIGO_EN + _SYMBOL_VALUE + _BANGO_EN + r"(?P<v>\d{1,10})(?![0-9A-Za-z])", 0.6
        ),
        # a 記号 named alone, the card named in its sentence or the one before
        JaPattern(
            "kigo_alone",
            r"記号" + _TAIL + r"[「『]?\s*(?P<v>(?=[^\s]{2})" + _KIGO_VALUE + ")",
            0.6,
            where=_card_in_sentence,
            fallback=True,
        ),
        # the 枝番 (2 digits since 2021) is part of the insured person's identifier: its own finding
        # 枝番 as the card prints it, the label in brackets before the value: （枝番）01
        JaPattern("edaban", r"枝番\s*[)）]?" + _TAIL + r"(?P<v>\d{2,3})(?![0-9])", 0.6, where=_card_nearby),
        JaPattern(
            "insurer", r"保険者番号" + _NOTE + r"\s*[:：は]?\s*[「『]?\s*(?P<v>\d{6}|\d{8})(?![0-9])", 0.6
        ),
        # the order of the values named in brackets before them: （記号-番号-枝番）1234-567-01
        JaPattern(
            "pair_bracketed",
            r"[（(]\s*記号\s*[-・･/]\s*番号(?:\s*[-・･/]\s*枝番)?\s*[)）]\s*[:：]?\s*(?P<v>"
            + _PAIR_KIGO + _SEP + r"\d{1,10}(?:" + _SEP + r"\d{1,3})?)" + _END,
            0.6,
            where=_one_pair_value,
        ),
        JaPattern(
            "card_number",
            _CARD_LABEL + r"(?P<v>\d(?:[ ・･-]?\d){5,9})(?![0-9]|[ ・･-]\d)",
            0.6,
            fallback=True,
        ),
        # round S: memo-style 被保： (被保険者番号 abbreviated; a colon, so not 被保護), and
        # 「被保険者証 NNNNNNNN（後期）」: the card's name, its number, the card kind in brackets
        JaPattern("card_memo_abbrev", _MEMO_ABBREV, 0.6),
        JaPattern("card_with_kind", _CARD_WITH_KIND, 0.6),
        JaPattern("card_kind_first", _CARD_KIND_FIRST, 0.6),
        # round P: 「被保険者番号は、…印字されている数字で 5521 です」: the card's number label
        # and, later in its sentence with no digits between, the only number (4 digits and up)
        JaPattern("card_number_far", _FAR_CARD_NUMBER, 0.6, fallback=True),
        # English labels naming the card's numbers without "health insurance"
        JaPattern(
            "insured_en",
            r"(?<![A-Za-z])(?i:insured\s+person'?s?\s+(?:number|No\.?)|insurer\s+(?:number|No\.?))\s*[:：#]?\s*"
            r"(?P<v>\d(?:[ -]?\d){5,9})(?![0-9]|[ -]\d)",
            0.6,
        ),
        # round AG: a 介護保険 被保険者番号 (ten digits) in English prose
        JaPattern(
            "care_insured_en",
            r"(?<![A-Za-z])(?i:long[- ]term\s+care\s+insurance)(?:\s+(?i:card|certificate))?"
            r"\s+(?i:number|No\.?)\s*(?:(?i:is)\s+|[:：#]\s*)?(?P<v>\d{10})(?![0-9])",
            0.6,
        ),
        # round CE: 介護保険 then its 被保険者番号 (ten digits) with no 番号 label (「介護保険 3310245871」)
        JaPattern(
            "care_insured_ja",
            r"介護保険[ \t\u3000]*(?:被保険者)?(?:証)?(?:番号|No\.?)?[ \t\u3000]*[:：]?[ \t\u3000]*"
            r"(?P<v>\d{10})(?![0-9]|[ \t\u3000]*[件枚通人円部名])",
            0.6,
        ),
        # "Health insurance: insurer 06139012, symbol …": the insurer number in English prose
        JaPattern(
            "insurer_en",
            _HEALTH_EN
            + r"(?<![A-Za-z])(?i:insurer)(?:\s*(?i:No\.?|number))?\s*[:：]?\s*(?P<v>\d{8}|\d{6})(?![0-9])",
            0.6,
        ),
        JaPattern("place_kigo", _PLACE_KIGO, 0.6),
        JaPattern("insurer_key", _INSURER_KEY, 0.6),
        JaPattern("csv_row_under_card_heading", _CSV_ROW, 0.6, where=_under_card_heading),
        # round Z: a headerless 特定健診 / 保健指導 target-list row; a bare 保険者 label
        JaPattern("health_list_row", LIST_CELL, 0.6, where=health_list_row),
        JaPattern("insurer_bare_label", BARE_INSURER, 0.6),
        JaPattern("card_box_table_row", _BOX_ROW, 0.6, own_label=True, where=_card_box_table),
        # round M: the card's name then its 記号-番号 with no label between (保険証 1234-56)
        JaPattern("card_pair_unlabelled", _CARD_THEN_PAIR, 0.6),
        JaPattern("card_en", _CARD_EN + r"(?P<v>\d(?:[ -]?\d){3,11})(?![0-9]|[ -]\d)", 0.6),
        # round M: a kanji 記号 and its 番号 as separate cells after one 記号番号 label
        JaPattern("kanji_kigo_cell", _SPACED_KIGO, 0.6),
        JaPattern("kanji_bango_cell", _SPACED_BANGO, 0.6),
        # round M: the 記号 and 番号 answering a question for both on a line above (chat)
        JaPattern("answer_kigo", _ANSWER_KIGO, 0.6, where=_answers_pair, fallback=True),
        JaPattern("answer_bango", _ANSWER_BANGO, 0.6, where=_answers_pair, fallback=True),
        # round AI-B: Chinese, Vietnamese, Portuguese labels; chat replies; hihoken_* log keys
        *(JaPattern(n, r, 0.7, own_label=True) for n, r in FOREIGN_PATTERNS),
        *AN_INSURANCE,  # round AN (forms_an.py)
        *AO_INSURANCE,  # round AO (forms_ao.py)
        *AR_INSURANCE,  # round AR (forms_ar.py)
        *AS_INSURANCE,  # round AS (forms_as.py)
        # round K: any card label notation beside a value once a card context is established
        *(JaPattern(n, r, 0.6, where=card_context, fallback=True) for n, r in CONTEXT_PATTERNS[JOINT_COUNT:]),
    )
    CONTEXT = ("保険", "被保険者", "保険証", "資格確認書")
    CONTEXT_BEFORE = 30

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None, regex_flags: int | None = None
    ) -> list[Any]:
        """The patterns' findings, then the cells under a header row of card labels."""
        cells = [(s, e) for s, e in header_cells(text) if self.accept(text, s, e)]
        # a header row names its cells: they replace what the patterns read across two cells
        results = [
            r for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if all(r.end <= s or r.start >= e for s, e in cells)
        ]
        score = 0.6 + self.CONTEXT_BOOST
        for s, e in cells:
            results.append(make_result(self, self.ENTITY, s, e, score, how="header_column", distance=0))
        return results

    def accept(self, text: str, start: int, end: int) -> bool:
        if _LABEL_WORD.fullmatch(text, start, end):
            return False  # round CE: a card label read as a value (記号・番号⏎記号 4471 …: 「記号」)
        if is_specimen(text, start, end) or is_typed(text, start, end) or _FIELD_REF.match(text, end):
            return False
        if issue_number(text, start):
            return False  # round AS: 介護保険課だより No. 29 (an issue number)
        if employer_code(text, start, end):
            return False  # round Z: 事業所整理記号 12-サシ-305 is an employer's code
        dated = _DATED_REVISION.match(text, start)
        if dated is not None and dated.end() >= end and _REVISION_AFTER.match(text, dated.end()):
            return False  # round U: 記号・番号 2025・0401 改訂版 (a revision's date, no card value)
        if (
            _YUCHO_SHAPE.fullmatch(text, start, end)
            and _FIELD_LABEL_BEFORE.search(text, max(0, start - 16), start)
            and bank_block(text, start)
        ):
            return False  # round Q: a ゆうちょ 記号/番号 field under a bank heading (not a table cell)
        if _yucho_joined(text, start, end):
            return False
        if not _card_pair_line(text, start, end) and not _card_in_line(text, start, end):
            return False  # round Q: 部品の記号・番号, a standard's code, a sign's number
        left, _ = context_window(text, start, end, self.CONTEXT_BEFORE, 0)
        account = max((left.rfind(w) for w in _OTHER_WORDS), default=-1)
        # 基礎年金番号 1234-567890 記号 …: the 年金 word labelled an earlier number on the line
        kigo = left.rfind("記号")
        if 0 <= account < kigo and any(c.isdigit() for c in left[account:kigo]):
            account = -1
        insurance = max((left.rfind(w) for w in self.CONTEXT), default=-1)
        return account < 0 or insurance > account
