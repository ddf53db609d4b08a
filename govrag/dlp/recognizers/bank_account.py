"""Bank account numbers: seven digits near 銀行/支店/普通/当座/口座 words; ゆうちょ 記号番号.

Source: 全国銀行協会 全銀システム口座番号 (7桁) and ゆうちょ銀行 通常貯金 記号(5桁)・番号(8桁).

>>> r = JpBankAccountRecognizer()
>>> t = "みずほ銀行 渋谷支店 普通 1234567"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['1234567']
>>> r.analyze("合計1234567件", [])
[]
>>> r.analyze("口座開設の申込は 1234567 件", [])
[]
>>> t = "3,ヤマダ ハナコ,4417203,普通"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['4417203']
>>> t = "ゆうちょ銀行 記号 17350 番号 40286195"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['17350', '40286195']
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer, other_label_before
from govrag.dlp.recognizers.forms_aj import AJ_BANK, bank_named_after
from govrag.dlp.recognizers.forms_am import AM_BANK
from govrag.dlp.recognizers.forms_an import AN_BANK
from govrag.dlp.recognizers.forms_ao import AO_BANK
from govrag.dlp.recognizers.forms_aq import AQ_BANK, korean_other_number
from govrag.dlp.recognizers.health_context import CARD_WORDS
from govrag.dlp.recognizers.rows import column_header, line_at
from govrag.dlp.recognizers.specimen import is_specimen_value

__all__ = ["BANK_BLOCK_WORDS", "JpBankAccountRecognizer", "amount_field", "bank_block", "date_shaped_account"]

#: round Q: words naming a bank account in a form block (a heading or a line above the 記号 and
#: 番号 lines): ゆうちょ, 口座, 通帳, 振込先, 返金先 … and romaji/English keys
BANK_BLOCK_WORDS = lazy_compile(
    r"ゆうちょ|口座|通帳|振込|振替|返金先|返還先|貯金|(?i:yu?ucho|bank|account|koza|kouza)"
)
#: a card word (保険証, 被保険者 …) or an insurance word that would make 記号/番号 a card's
_CARD_BLOCK_WORDS = lazy_compile("|".join((*CARD_WORDS, "保険", "(?i:insurance|hoken)")))
#: how far a form block reaches up from the value: lines (not past a blank line) and characters
_BLOCK_LINES, _BLOCK_CHARS = 5, 200


def bank_block(text: str, start: int) -> bool:
    r"""A bank word (ゆうちょ, 口座, 通帳, 振込, 返金先, ``yucho`` …) nearer before ``start`` than any
    card word, in the value's line or a form block's lines above it (not past a blank line).

    >>> t = "返金先（ゆうちょ銀行）⏎記号：12345".replace("⏎", "\n")
    >>> bank_block(t, t.index("1"))
    True
    >>> t = "口座振替の案内⏎健康保険被保険者証⏎記号：1234".replace("⏎", "\n")
    >>> bank_block(t, t.index("1"))
    False
    """
    left = text[max(0, start - _BLOCK_CHARS) : start].split("\n\n")[-1]
    lines = left.split("\n")
    left = "\n".join(lines[-_BLOCK_LINES - 1 :])
    bank = max((m.end() for m in BANK_BLOCK_WORDS.finditer(left)), default=-1)
    card = max((m.end() for m in _CARD_BLOCK_WORDS.finditer(left)), default=-1)
    return bank > card

_YUCHO_WORDS = ("ゆうちょ", "貯金", "振替", "口座", "通帳")
#: round Q: a ゆうちょ 記号 or 番号 label alone on its line under a bank heading (Japanese, or a
#: key: ``yucho_kigo=…``, ``kigo: …`` under ``account: yucho``)
_BLOCK_KIGO = (
    r"(?:(?:ゆうちょ(?:銀行)?の?|通帳の?)?記号|(?<![A-Za-z])(?i:(?:yu?ucho_?)?kigou?))\s*[:：=＝]?\s*"
)
_BLOCK_BANGO = (
    r"(?:(?:ゆうちょ(?:銀行)?の?|通帳の?)?番号|(?<![A-Za-z])(?i:(?:yu?ucho_?)?bangou?))\s*[:：=＝]?\s*"
)
#: a form field or a key starts there: a line's start (after blanks or a bullet) or a key separator
_FIELD_START = r"(?:^|(?<=[\n;,&]))[ \u3000\t・]*"
#: the 記号 line above a block's 番号 (or before it on its line)
_KIGO_BEFORE = lazy_compile(_BLOCK_KIGO + r"1\d{4}(?![0-9])")
#: (round R: a hyphen between the two labelled values: 記号12150-番号31874521)
_TO_BANGO = r"\s*[、,・/\-－]?\s*(?:通帳)?番号\s*[:：は]?\s*"
#: round Y: ゆうちょ (銀行) then its 記号 label on the same line, a few characters apart at most
_YUCHO_NAMED = (
    r"ゆうちょ(?:銀行)?[^\n0-9。]{0,4}?[ \t\u3000]*(?:通帳の?)?記号[ \t\u3000]*[:：]?[ \t\u3000]*"
)
#: ゆうちょ 番号: eight digits, often written without its leading zeros
_BANGO = r"\d{5,8}"
#: a ゆうちょ 記号番号 written as one value: 記号 (1 and four digits), a hyphen, 番号
_YUCHO_VALUE = r"(?<![0-9A-Za-z-])(?P<v>1\d{4}-\d{1,8})"
#: the ゆうちょ 記号 label (通帳記号: the passbook's own words)
_KIGO = r"(?:通帳の?)?記号\s*[:：]?\s*"
#: a comma right after the value ends a clause (「Account number 1234567, Shinjuku branch」); one
#: followed by a digit is a thousands separator (1,234,567)
_NO_COMMA_DIGIT = r",\d"
_UNIT = r"円|件|人|名|個|枚|回|歳"
# an explicit account label right before the value: 口座番号, 口座, 普通(預金), 当座, Account No., A/C
_LABEL = (
    r"(?:(?:口座番号|口座|(?:普通|当座|貯蓄)(?:預金)?)(?:\s*(?:No\.?|NO\.?|№|#))?"
    r"|(?<![A-Za-z])(?i:account|acct\.?|A/C)\s*(?i:No\.?|number|#)?"
    # round AI-B: Vietnamese 「số tài khoản」 (account number)
    r"|(?i:s[ốo]\s+t[àa]i\s+kho[ảa]n(?:\s+c[ủu]a\s+t[ôo]i)?(?:\s+l[àa])?))"
    # a CSV field separator after the label counts like a colon: 「…,普通,1234567」
    r"\s*(?:[（(]\s*(?:普通|当座|貯蓄)(?:預金)?\s*[)）])?\s*(?:[:：は]|[,、](?=\s*\d))?"
    r"\s*(?:(?:普通|当座)(?:預金)?\s*)?"
)
#: not inside a longer number or an amount (1,234,567)
_NOT_AFTER = r"(?<![0-9A-Za-z,.-])"
# the account kind right after the value, in brackets or as the next CSV/table field:
# 1234567（普通預金）, 「…,1234567,普通」
_KIND_AFTER = r"\s*(?:[（(]|[,\t|｜、]\s*)\s*(?:普通|当座|貯蓄)"


#: round AI-B: a 全銀 data record as CSV: record type 2, bank code, bank name, branch code,
#: branch name, account type code, then the 7-digit account
_Q = "[\"']?"
_ZENGIN_CSV = (
    r"(?:^|(?<=\n))[ \t]*" + _Q + "2" + _Q + "," + _Q + r"\d{4}" + _Q + r",[^,\n]{0,32}," + _Q + r"\d{3}" + _Q
    + r",[^,\n]{0,32}," + _Q + "[1-9]" + _Q + "," + _Q + r"(?P<v>\d{7})" + _Q + r"(?=,|[ \t]*(?:\n|$))"
)


#: round AI-B: a JSON object's short ``no`` / ``number`` key under bank or branch keys of the
#: same record ({"bank": …, "branch": …, "no": "1234567"}); English 「ordinary, No. 1234567」
_JSON_NO = r"[\"'](?i:no|num|number|bango|bangou)[\"'][ \t]*:[ \t]*[\"']?(?P<v>\d{7})(?![0-9A-Za-z])"
_BANK_KEY = lazy_compile(r"[\"'](?i:bank|branch|shiten|ginkou?|kouza|koza|account|acct)[\"'][ \t]*:")
_ORDINARY_NO = (
    r"(?<![A-Za-z])(?i:ordinary|futsu|savings|checking|current)(?:\s+(?i:account|deposit))?\s*[,:]?\s*"
    r"(?i:No\.?|number|#)\s*[:：]?\s*(?P<v>\d{7})(?![0-9A-Za-z]|[,.]\d)"
)


def _bank_keyed_record(text: str, start: int, end: int) -> bool:
    """A bank or branch key in the 200 characters before the value (its JSON record)."""
    return _BANK_KEY.search(text, max(0, start - 200), start) is not None


#: a bank, a branch or the account named in brackets after the value
_BANK_AFTER = (
    r"\s*[（(][^（()）\n]{0,20}?(?:(?:銀行|信用金庫|信金|信用組合|労働金庫|労金|農協)(?![法協会員])"
    r"|[^（()）\n\s]支店\s*[)）]|口座\s*[)）])"
)
#: the account kind abbreviated in brackets before the value: (普) 普通, (当) 当座
_KIND_ABBREV = r"[（(]\s*[普当]\s*[)）]\s*"
#: round S: 口番 opening a memo field (not the tail of 窓口番号, 入口番号), the value right after
_MEMO_ABBREV = (
    r"(?<![\u3040-\u30ff\u4e00-\u9fff])口番[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<v>\d{7})(?![0-9A-Za-z]|[,.-]\d|" + _UNIT + ")"
)
#: two labels joined, the account's first, then its value: 「口座番号と電話番号：1234567、03-…」
_JOINT_LABEL = lazy_compile(r"口座(?:番号)?(?:と|及び|および|・|、|/|／)[^:：\n、。]{1,10}[:：は]\s*$")


#: an aside in brackets between a label and its value (受付番号（問合せ用）：…)
_ASIDE_BEFORE = lazy_compile(r"[（(][^（()）\n]{1,30}[)）]\s*[:：は]?\s*$")


_DIGIT_CELL = lazy_compile(r"\d{1,8}")


def _no_insurance_line(text: str, start: int, end: int) -> bool:
    """No 保険 word in the value's line (a card's 記号番号 stays a card's)."""
    a, b = line_at(text, start, end)
    return "保険" not in text[a:b]


def _yucho_header_row(text: str, start: int, end: int) -> bool:
    """Round AB: the value is a cell of the line right under a TAB header naming a bank and holding
    記号 and 番号 cells: the row's first digit cell (1 and four digits) is the 記号, the next the 番号."""
    a = text.rfind("\n", 0, start)
    if a < 0:
        return False
    header = text[text.rfind("\n", 0, a) + 1 : a].split("\t")
    names = [c.strip() for c in header]
    if not BANK_BLOCK_WORDS.search(header[0]) or "記号" not in names or "番号" not in names:
        return False
    b = text.find("\n", start)
    cells = [c.strip() for c in text[a + 1 : len(text) if b < 0 else b].split("\t")]
    digits = [c for c in cells if _DIGIT_CELL.fullmatch(c)]
    value = text[start:end]
    if len(digits) < 2 or value not in digits[:2]:
        return False
    return re.fullmatch(r"1\d{4}", digits[0]) is not None


def _after_block_kigo(text: str, start: int, end: int) -> bool:
    """A ゆうちょ 番号 of a bank block: a 記号 (1 and four digits) on its line or a line above."""
    left = text[max(0, start - 80) : start].split("\n\n")[-1]
    return bank_block(text, start) and _KIGO_BEFORE.search(left) is not None


#: round U: a money or count field's label right before the value, or its column's header
#: (金額, 合計, 件数, 予算額 …): an amount in a 口座振替 row is no account number
_AMOUNT_WORD = r"(?:金額|総額|合計|小計|残高|件数|数量|単価|予算|決算|執行|[^\s番号]額|料金|手数料|費用)"
_AMOUNT_BEFORE = lazy_compile(_AMOUNT_WORD + r"[^\n\d]{0,4}?[:：]?[ \t\u3000]*$")
#: round AI-B: a JSON or key=value money key right before the value ("amount": 2750000)
_AMOUNT_KEY_BEFORE = lazy_compile(
    r"""(?<![A-Za-z])(?i:amount|total|sum|price|fee|balance|kingaku|gaku)["']?\s*[:=]\s*["']?$"""
)
_AMOUNT_HEADER = lazy_compile(_AMOUNT_WORD + r"|円")


def amount_field(text: str, start: int, end: int) -> bool:
    """The value is labelled as an amount or a count: by a money word right before it or by the
    header of its table column."""
    if _AMOUNT_BEFORE.search(text, max(0, start - 12), start) or _AMOUNT_KEY_BEFORE.search(
        text, max(0, start - 16), start
    ):
        return True
    header = column_header(text, start, end)
    return header is not None and _AMOUNT_HEADER.search(header) is not None and "口座" not in header


#: round AI-B: a date written as digits (YYYYMMDD, YYYYMM): a record's date column, no account
_DATE_DIGITS = lazy_compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?")
_BANGO_BEFORE = lazy_compile(r"(?:記号|番号)\s*[:：は]?\s*$")


def date_shaped_account(text: str, start: int, end: int) -> bool:
    """Round AI-B: an 8- or 6-digit account value that reads as a date (``20240615``, ``202407``:
    a date column of a pipe record, 受付日 before 口座振替) — unless a 記号 or 番号 label stands right
    before it (a ゆうちょ 番号 may look like a date).

    >>> date_shaped_account("ACC|0005|412|2081736|20240615|OK", 21, 29)
    True
    >>> date_shaped_account("ゆうちょ 記号 10230 番号 20240615", 17, 25)
    False
    """
    value = text[start:end]
    if len(value) not in (6, 8) or not _DATE_DIGITS.fullmatch(value):
        return False
    return _BANGO_BEFORE.search(text, max(0, start - 8), start) is None


class JpBankAccountRecognizer(JaPatternRecognizer):
    """口座番号 (7 digits) and ゆうちょ 記号番号, context required."""

    ENTITY = "JP_BANK_ACCOUNT"
    DIGIT_VALUES = True
    SOURCE = "全国銀行協会 口座番号7桁; ゆうちょ銀行 記号5桁・番号8桁"
    PATTERNS = (
        # six to eight digits, spaces or hyphens anywhere, right after an account label
        JaPattern(
            "account_after_label",
            _LABEL
            + r"(?P<v>\d(?:[ -]?\d){5,7})(?![0-9A-Za-z]|"
            + _NO_COMMA_DIGIT
            + r"|[ -]\d|\.\d|"
            + _UNIT
            + ")",
            0.4,
        ),
        # 店番 (3 digits) and account number written as one value: 店番-口座番号 214-3388105
        JaPattern(
            "branch_account",
            _NOT_AFTER + r"(?P<v>\d{3}-\d{7})(?![0-9A-Za-z]|-\d|" + _UNIT + ")",
            0.4,
            needs_context=True,
            context=("店番", "支店", "口座"),
        ),
        # round W: 店番 (3-4 digits) and account number as one value right after an account label
        # (口座振替 … 口座 0412-3308157)
        JaPattern("branch_account_label", _LABEL + r"(?P<v>\d{3,4}-\d{7})(?![0-9A-Za-z]|-\d)", 0.4),
        JaPattern(
            "account_kind_after",
            # a CSV field may start after a comma, not after a thousands separator (1,234,567)
            r"(?<![0-9A-Za-z.-])(?<!\d,)(?P<v>\d{7})" + _KIND_AFTER,
            0.4,
        ),
        # round M: the bank or branch named in brackets right after the number
        # (4455667（○○銀行 駅前支店）), and the abbreviated kind before it ((普)4455667, （当）…)
        JaPattern("zengin_csv_record", _ZENGIN_CSV, 0.6),
        *AJ_BANK,  # round AJ (forms_aj.py)
        *AM_BANK,  # round AM (forms_am.py)
        *AN_BANK,  # round AN (forms_an.py)
        *AO_BANK,  # round AO (forms_ao.py)
        *AQ_BANK,  # round AQ (forms_aq.py)
        JaPattern("json_no_key", _JSON_NO, 0.6, where=_bank_keyed_record),
        JaPattern("ordinary_no_en", _ORDINARY_NO, 0.6),
        JaPattern("account_bank_after", r"(?<![0-9A-Za-z.-])(?<!\d,)(?P<v>\d{7})" + _BANK_AFTER, 0.4),
        # round S: memo-style 口番 (口座番号 abbreviated), maybe （普）/（当） after the value; not 窓口番号
        JaPattern("account_memo_abbrev", _MEMO_ABBREV, 0.6),
        JaPattern("account_kind_abbrev", _KIND_ABBREV + r"(?P<v>\d{7})(?![0-9A-Za-z]|,\d|-\d|\.\d)", 0.4),
        JaPattern(
            "account7",
            _NOT_AFTER
            + r"(?P<v>\d{7})(?![0-9A-Za-z]|,\d|-\d|\.\d|\s*(?:円|件|人|名|個|枚|(?i:yen|jpy|usd)\b))",
            0.4,
            needs_context=True,
        ),
        JaPattern(
            "yucho", _YUCHO_VALUE + r"(?![0-9A-Za-z]|-\d)", 0.3, needs_context=True
        ),
        # round AG: joined right after a bare 記号番号 label, no product word before it
        JaPattern(
            "yucho_joined_label",
            r"(?<![品券])記号\s*[・･]?\s*番号\s*[:：]?\s*" + _YUCHO_VALUE + r"(?![0-9A-Za-z]|-\d)",
            0.4,
            where=_no_insurance_line,
        ),
        # the bank named in brackets after the 記号番号: 14530-12345671（ゆうちょ）
        JaPattern(
            "yucho_named_after",
            _YUCHO_VALUE + r"\s*[（(]\s*ゆうちょ",
            0.4,
        ),
        # round AI-B: 記号-番号 with its digits spaced (OCR: 1 0 2 3 0 - 8 8 1 2 0 4 5 1): one value
        JaPattern(
            "yucho_digit_spaced",
            r"(?<![0-9A-Za-z-])(?P<v>1(?:[ \u3000]?\d){4}[ \u3000]*-[ \u3000]*\d(?:[ \u3000]?\d){5,7})"
            r"(?![0-9A-Za-z]|[ \u3000]?\d)",
            0.6,
            needs_context=True,
            context=_YUCHO_WORDS,
        ),
        # 記号 (5 digits) and 番号 (8 digits) with a space between, one value like the hyphen form
        JaPattern(
            "yucho_space",
            r"(?<![0-9A-Za-z-])(?P<v>1\d{4} {1,2}\d{8})(?![0-9A-Za-z])",
            0.3,
            needs_context=True,
            context=_YUCHO_WORDS,
        ),
        # 記号 12345 番号 12345678: each labelled value is its own finding (as a reader labels
        # them); the hyphen and space forms above stay one value
        JaPattern(
            "yucho_kigo",
            _KIGO + r"(?P<v>1\d{4})(?=" + _TO_BANGO + _BANGO + r"(?![0-9]))",
            0.3,
            needs_context=True,
            context=_YUCHO_WORDS,
        ),
        JaPattern(
            "yucho_bango",
            _KIGO + r"1\d{4}" + _TO_BANGO + r"(?P<v>" + _BANGO + r")(?![0-9])",
            0.3,
            needs_context=True,
            context=_YUCHO_WORDS,
        ),
        # round Y: ゆうちょ named right before 記号 and 番号 on one line: a 記号 of 5-6 digits not
        # starting with 1 (記号54660, OCR or a typo), a 番号 of 7-8 digits; two values
        JaPattern(
            "yucho_named_kigo",
            _YUCHO_NAMED + r"(?P<v>\d{5,6})(?=" + _TO_BANGO + r"\d{7,8}(?![0-9]))",
            0.6,
        ),
        JaPattern(
            "yucho_named_bango",
            _YUCHO_NAMED + r"\d{5,6}" + _TO_BANGO + r"(?P<v>\d{7,8})(?![0-9])",
            0.6,
        ),
        JaPattern(
            "yucho_header_row",
            r"(?<=\t)(?P<v>\d{1,8})(?=\t|[ \t\u3000]*(?:\n|$))",
            0.6,
            own_label=True,
            where=_yucho_header_row,
        ),
        # round Q: 記号 and 番号 on separate lines (or as keys) under a bank heading: two values
        JaPattern(
            "yucho_kigo_block",
            _FIELD_START + _BLOCK_KIGO + r"(?P<v>1\d{4})(?![0-9])",
            0.6,
            where=lambda text, start, end: bank_block(text, start),
        ),
        JaPattern(
            "yucho_bango_block",
            _FIELD_START + _BLOCK_BANGO + r"(?P<v>\d{5,8})(?![0-9])",
            0.6,
            where=_after_block_kigo,
        ),
    )
    CONTEXT = (
        "口座",
        "普通",
        "当座",
        "預金",
        "銀行",
        "支店",
        "信用金庫",
        "信金",
        "信用組合",
        "貯金",
        "ゆうちょ",
        "振込",
        "振替",
        "労働金庫",
        "農協",
        "Account",
        "account",
        "A/C",
        # English: a Latin bank name before the number ("… Sakura Bank (Shibuya branch), 1234567")
        "Bank",
        "bank",
        "BANK",
        # romaji (forms filled in by foreign residents): Futsu 1234567, Koza bango …
        *("Futsu", "futsu", "FUTSU", "Touza", "Toza", "Koza", "koza", "KOZA", "Kouza", "kouza"),
    )
    CONTEXT_BEFORE = 24
    CONTEXT_AFTER = 0

    def accept(self, text: str, start: int, end: int) -> bool:
        """Reject numbers labelled as some other number (受付番号, 管理番号 …), except the first
        value after a joint label that names the account first (「口座番号と電話番号：V、W」)."""
        if is_specimen_value(text, start, end):
            return False  # 「口座番号は7桁の数字です（例：1234567）」: the shared specimen rule
        if bank_named_after(text, start, end):
            return True  # round AJ: 「残額を 207-3318460（三井住友銀行）へ返還」
        if amount_field(text, start, end):
            return False  # round U: 区分,件数,金額⏎口座振替,128,3456789: a money column
        if korean_other_number(text, start):
            return False  # round AQ: 「접수번호: 西武信用金庫 2218450」: a receipt number
        label = other_label_before(text, start, own=())
        aside = _ASIDE_BEFORE.search(text, max(0, start - 40), start)
        if label is None and aside is not None:
            # round P: 「受付番号（問合せ用、控えを保管）：V」: the label before the aside names V
            label = other_label_before(text, aside.start(), own=())
        if label is None or _JOINT_LABEL.search(text, max(0, start - 40), start):
            return True
        own = (*self._context_words, "口座の", "記号", "通帳")
        return label.endswith(own) or (label + "番号").endswith(own)
