r"""Round BC: fixed-width person rows, glued 介護保険 records and values answered in a dialogue.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_bb`):

1. **fixed-width person rows** (:data:`_PERSON_ROW`): a record number, a half-width kana name,
   blanks, a ``YYYYMMDD`` birth date, a 7-digit postal code without hyphen and an 11-digit mobile
   (070 / 080 / 090) — the postal code is read only in this full row shape.
2. **glued 介護保険 records** (:data:`_CARE_ROW`) in a file marked KAIGO / 介護 / ｶｲｺﾞ: a 2-digit
   record type glued to the 10-digit 被保険者番号, a kana name, a ``YYYYMMDD`` birth date glued to
   one sex digit, an insurer number 39… and a code; the record type and number are no 個人番号
   (:func:`care_row_digits`).
3. **国保 記号・番号・枝番** ``NN-NNNNNN-NN``: the 記号, the 番号 and the 枝番 each a value.
4. **spaced 個人番号**: six pairs of digits split by single blanks after a (spaced) 個人番号 /
   マイナンバー label, when the twelve digits pass the check digit.
5. **dialogue answers**: a line ``name：N`` right after a turn asking for the 被保険者番号; a
   10-digit number after ``書きます`` in a chat about 年金; a birth date (era + dotted date)
   answering the turn that asked for the 生年月日.
6. **English**: ``his / her insured number is N``; a phone number with a foreign country code
   after ``I'm in <place> (`` or ``call me on``.
7. **birth dates**: a compact era date (``S090315``) after a person's name on a 本人 line; a
   partial era birth date in quoted speech (``「昭和15年8月の生まれ」``).

Vetoes: the first twelve digits of a glued 介護保険 record as a 個人番号; a birth date in a
fixed-width row whose last field is an amount, not a mobile; a 記号・番号・枝番 value outside any
insurance text.

>>> row = "0001ｱｻｲ ﾐﾂｺ     19620814  4610023  09031187724"
>>> [f.text for f in record_bc_forms(row, row)][0].split("\n")[2]
'郵便番号：4610023'
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import BLANK, BLANKS, ERA_NAME, HW_KANA, HW_KANA_NAME
from govrag.dlp.recognizers.my_number import my_number_valid
from govrag.dlp.recognizers.records_bb import NHI_TEXT
from govrag.dlp.recognizers.rows import line_text
from govrag.text.eras import ERA_INITIALS, era_code_date, past_text, past_ymd_text

__all__ = ["amount_row_date", "bare_branch_code", "branch_joint", "care_row_digits", "record_bc_forms"]


_PERSON_ROW = lazy_compile(
    rf"(?m)^(?P<no>\d{{1,8}})(?P<kana>{HW_KANA_NAME})[ ]+(?P<dob>(?:19|20)\d{{6}})[ ]+(?P<zip>\d{{7}})"
    r"[ ]+(?P<tel>0[789]0\d{8})[ ]*$"
)
_AMOUNT_ROW = lazy_compile(
    rf"(?m)^\d{{1,8}}{HW_KANA}[^\n]*?[ ]+(?P<dob>(?:19|20)\d{{6}})[ ]+\d{{7}}[ ]+(?!0[789]0)\d{{11}}[ ]*$"
)
_CARE_FILE = lazy_compile(r"KAIGO|介護|ｶｲｺﾞ")
_CARE_ROW = lazy_compile(
    rf"(?m)^(?P<kind>\d{{2}})(?P<no>\d{{10}})[ ](?P<kana>{HW_KANA_NAME})[ ]+(?P<dob>(?:19|20)\d{{6}})[12]"
    r"[ ](?P<ins>39\d{6})(?:[ ]+\d{6})?[ ]*$"
)
_BRANCH = lazy_compile(
    rf"記号[・/／\-]?番号[・/／\-]?枝番[）)]?{BLANKS}[:：=＝]?{BLANKS}"
    r"(?P<k>\d{1,4})-(?P<n>\d{4,8})-(?P<e>\d{2})(?![\d-])"
)
_INSURANCE_TEXT = lazy_compile(r"保険|国保")
#: a register of files or parts, where a 記号・番号・枝番 is no insurance card's (review: the label
#: alone is read as an insurance card's everywhere else — fail closed)
_REGISTER = lazy_compile(r"文書管理|書庫|部品|部材|資材|在庫|物品|備品")
_SPACED_MY_NUMBER = lazy_compile(
    rf"(?:個{BLANKS}人{BLANKS}番{BLANKS}号|マ{BLANKS}イ{BLANKS}ナ{BLANKS}ン{BLANKS}バ{BLANKS}ー)"
    rf"{BLANKS}[:：]?{BLANKS}(?P<v>\d{{2}}(?:[ ]\d{{2}}){{5}})(?![ ]?\d)"
)
_ASK_INSURED = lazy_compile(r"被保険者番号[^\n]{0,20}?(?:必要|お願い|教えて|いただけ|ください)[^\n]*\n")
_SPEAKER_ANSWER = lazy_compile(
    rf"(?:\[\d{{1,2}}:\d{{2}}\]{BLANKS})?[^\n:：]{{1,16}}[:：]{BLANKS}(?P<v>\d{{8}}|\d{{10}})(?!\d)"
)
_WRITE_PENSION = lazy_compile(rf"書きます{BLANKS}[:：]?{BLANKS}(?P<v>\d{{10}}|\d{{4}}-\d{{6}})(?![\d-])")
_PENSION_TEXT = lazy_compile(r"年金")
_ASK_BIRTH = lazy_compile(r"生年月日[^\n]{0,6}?(?:お願い|教えて|ください|必要)[^\n]*\n")
_INITIAL = "[" + "".join(ERA_INITIALS) + "]"
_ERA_DATE = rf"(?:{ERA_NAME}|{_INITIAL})\d{{1,2}}[./／]\d{{1,2}}[./／]\d{{1,2}}"
_BIRTH_ANSWER = lazy_compile(
    rf"(?:\[\d{{1,2}}:\d{{2}}\]{BLANKS})?[^\n:：]{{1,16}}[:：]{BLANKS}(?P<d>{_ERA_DATE})(?![\d./])"
)
_INSURED_EN = lazy_compile(
    r"(?i)\b(?:his|her|my|their|the|[a-z]+'s)[ ]insured[ ](?:person's[ ])?(?:number|no\.?)"
    r"[ ](?:is|was)[ ]*:?[ ]*(?P<v>\d{8}|\d{10})(?!\d)"
)
_FOREIGN_PHONE = lazy_compile(
    r"(?:\bI'?m[ ]in[ ][A-Z][A-Za-z ]{1,30}[ ]?\(|\b(?:call|reach|text)[ ]me[ ](?:on|at)[ ])"
    r"(?P<v>\+(?!81)[1-9]\d{0,2}(?:[ -]\d{1,6}){2,5})(?![\d])"
)
_NAME = r"[一-龥々ヶ]{1,4}[ \u3000][一-龥々ヶァ-ヺーぁ-ゖ]{1,4}"
_COMPACT_ERA = lazy_compile(
    rf"本人{BLANKS}[:：]{BLANKS}(?P<name>{_NAME}){BLANK}+"
    rf"(?P<d>(?P<e>{_INITIAL})(?P<y>\d{{2}})(?P<m>\d{{2}})(?P<day>\d{{2}}))"
    r"(?![\dA-Za-z])"
)
_QUOTED_BIRTH = lazy_compile(rf"「(?P<d>{ERA_NAME}(?:\d{{1,2}}|元)年\d{{1,2}}月)(?:の)?生まれ")


def _rows(folded: str) -> list[Pair]:
    """Fixed-width person rows and glued 介護保険 records."""
    pairs: list[Pair] = []
    for m in _PERSON_ROW.finditer(folded):
        born = past_ymd_text(m.group("dob"))
        if born:
            pairs.append(exact_pair("氏名", m.start("kana"), m.group("kana")))
            pairs.append(whole_pair("生年月日", m.start("dob"), m.end("dob"), born))
            pairs.append(exact_pair("郵便番号", m.start("zip"), m.group("zip")))
            pairs.append(exact_pair("電話番号", m.start("tel"), m.group("tel")))
    if _CARE_FILE.search(folded):
        for m in _CARE_ROW.finditer(folded):
            born = past_ymd_text(m.group("dob"))
            if born:
                pairs.append(exact_pair("被保険者番号", m.start("no"), m.group("no")))
                pairs.append(exact_pair("氏名", m.start("kana"), m.group("kana")))
                pairs.append(whole_pair("生年月日", m.start("dob"), m.end("dob"), born))
                pairs.append(exact_pair("保険者番号", m.start("ins"), m.group("ins")))
    return pairs


def _numbers(folded: str) -> list[Pair]:
    """国保 記号・番号・枝番, spaced 個人番号, English insured numbers and foreign phones."""
    pairs: list[Pair] = []
    if _reads_branch(folded):
        for m in _BRANCH.finditer(folded):
            pairs.append(exact_pair("記号", m.start("k"), m.group("k")))
            pairs.append(exact_pair("被保険者番号", m.start("n"), m.group("n")))
            pairs.append(exact_pair("記号", m.start("e"), m.group("e")))
    for m in _SPACED_MY_NUMBER.finditer(folded):
        digits = m.group("v").replace(" ", "")
        if my_number_valid(digits):
            pairs.append(whole_pair("個人番号", m.start("v"), m.end("v"), digits))
    pairs += [exact_pair("被保険者番号", m.start("v"), m.group("v")) for m in _INSURED_EN.finditer(folded)]
    for m in _FOREIGN_PHONE.finditer(folded):
        if 8 <= sum(c.isdigit() for c in m.group("v")) <= 15:
            pairs.append(exact_pair("電話番号", m.start("v"), m.group("v")))
    return pairs


def _dialogue(folded: str) -> list[Pair]:
    """Values given in the turn after the office asked for them."""
    pairs: list[Pair] = []
    for ask in _ASK_INSURED.finditer(folded):
        m = _SPEAKER_ANSWER.match(folded, ask.end())
        if m:
            pairs.append(exact_pair("被保険者番号", m.start("v"), m.group("v")))
    if _PENSION_TEXT.search(folded):
        for m in _WRITE_PENSION.finditer(folded):
            if _PENSION_TEXT.search(folded, max(0, m.start() - 200), m.start()):
                pairs.append(exact_pair("基礎年金番号", m.start("v"), m.group("v")))
    for ask in _ASK_BIRTH.finditer(folded):
        m = _BIRTH_ANSWER.match(folded, ask.end())
        if m:
            pairs.append(exact_pair("生年月日", m.start("d"), m.group("d")))
    return pairs


def _births(folded: str) -> list[Pair]:
    """Compact era dates after a name on a 本人 line; partial birth dates in quoted speech."""
    pairs: list[Pair] = []
    for m in _COMPACT_ERA.finditer(folded):
        born = past_text(era_code_date(m["e"], int(m["y"]), int(m["m"]), int(m["day"])))
        if born:
            pairs.append(exact_pair("氏名", m.start("name"), m.group("name")))
            pairs.append(whole_pair("生年月日", m.start("d"), m.end("d"), born))
    pairs += [exact_pair("生年月日", m.start("d"), m.group("d")) for m in _QUOTED_BIRTH.finditer(folded)]
    return pairs


def record_bc_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BC readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    return offset_forms(_rows(folded) + _numbers(folded) + _dialogue(folded) + _births(folded))


# --- vetoes -----------------------------------------------------------------------------------
def care_row_digits(folded: str, start: int) -> bool:
    """A value inside the record type and 被保険者番号 of a glued 介護保険 record (its first 12
    characters) in a file marked KAIGO / 介護 / ｶｲｺﾞ."""
    line_start, line = line_text(folded, start)
    return (
        start < line_start + 12
        and _CARE_ROW.match(line) is not None
        and _CARE_FILE.search(folded) is not None
    )


def amount_row_date(folded: str, start: int) -> bool:
    """A date in a fixed-width kana row whose last field is an 11-digit amount, not a mobile."""
    line_start, line = line_text(folded, start)
    m = _AMOUNT_ROW.match(line)
    return m is not None and line_start + m.start("dob") == start


def _reads_branch(folded: str) -> bool:
    """記号・番号・枝番 is read as three insurance values: in a 国保 text, or in any text that is not
    a register of files or parts."""
    return NHI_TEXT.search(folded) is not None or _REGISTER.search(folded) is None


def branch_joint(folded: str, start: int, end: int) -> bool:
    """A whole 記号-番号-枝番 read as one value where the readers give the three parts as three
    values."""
    if not _reads_branch(folded):
        return False
    line_start, line = line_text(folded, start)
    return any(
        (m.start("k"), m.end("e")) == (start - line_start, end - line_start) for m in _BRANCH.finditer(line)
    )


def bare_branch_code(folded: str, start: int) -> bool:
    """A 記号・番号・枝番 value in a register of files or parts that names no insurance."""
    if _INSURANCE_TEXT.search(folded) or _REGISTER.search(folded) is None:
        return False
    line_start, line = line_text(folded, start)
    return any(m.start("k") <= start - line_start < m.end("e") for m in _BRANCH.finditer(line))
