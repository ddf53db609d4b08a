r"""Round BD: space-separated transfer rows, licence numbers in other languages, OCR'd licence cards
and a birth year and month after 生年は.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_bc`):

1. **transfer rows** (:data:`_TRANSFER_ROW`): ``seq bank(4) branch(3) type(1) account(7)
   <half-width kana name> amount(7) code`` separated by blanks — the seven digits after the type
   digit are the account, the name a person; the seven-digit amount after the name is no account
   (:func:`transfer_amount`).
2. **licence numbers in other languages** (:data:`_LICENCE`): ``carteira de motorista (japonesa),
   número …``, ``driver's licence No. …``, ``License No.: …`` before twelve digits (grouped 4-4-4,
   full-width folded); such a number is no 個人番号 (:func:`licence_number`).
3. **OCR'd licence cards** (:data:`_CARD_LINE`): a spaced ``番 号`` label at the start of a line,
   then ``第 <twelve digits, possibly spaced one by one> 号``, on a card naming 公安委員会 or 交付 (round
   BL: or with spaced 氏 名 / 住 所 / 生 年 月 日 labels at a line start).
4. **生年は** (:data:`_BIRTH_YEAR`): an era or Western year and a month after ``生年は``.

>>> row = "0001 0005 312 1 4471093 ﾀｶﾊｼ ﾕｳｺ   0021500 R1"
>>> [f.text for f in record_bd_forms(row, row)]
['口座番号：4471093\n氏名：ﾀｶﾊｼ ﾕｳｺ']
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import BLANK, BLANKS, ERA_NAME, HW_KANA_NAME
from govrag.dlp.recognizers.rows import line_text

__all__ = ["licence_number", "record_bd_forms", "transfer_amount"]

_TRANSFER_ROW = lazy_compile(
    rf"(?m)^[ ]*\d{{1,5}}[ ]\d{{4}}[ ]\d{{3}}[ ][1-9][ ](?P<acct>\d{{7}})[ ](?P<kana>{HW_KANA_NAME})"
    r"[ ]+(?P<amt>\d{7})[ ]+[0-9A-Z]{1,4}[ ]*$"
)
_LICENCE = lazy_compile(
    r"(?i)(?:(?<![a-z])carteira[ ]de[ ](?:motorista|habilita[çc][ãa]o)(?:[ ]\(?japonesa\)?)?"
    r"|(?<![a-z])(?:japanese[ ])?(?:driver'?s|driving)[ ]licen[cs]e"
    # a bare licence only at a line start or after a possessive / "current" (no Business License)
    r"|(?:(?m:^)[ ]*|(?<![a-z])(?:your|my|his|her|their|the)[ ](?:current[ ]|valid[ ])?)"
    r"licen[cs]e(?=[ ]?\(?(?:no\.?|number|n[º°]|:)))"
    r"[^\n\d.;]{0,24}?(?:n[úu]mero|no\.?|number|n[º°])?[ ]*[:：]?[ ]*"
    r"(?P<v>\d{4}[ ]?\d{4}[ ]?\d{4})(?![ ]?\d)"
)
_CARD_LINE = lazy_compile(
    rf"(?m)^{BLANKS}番{BLANK}*号{BLANKS}第{BLANKS}(?P<v>\d(?:[ ]{{0,3}}\d){{11}}){BLANKS}号"
)
#: round BL: spaced 氏 名 / 住 所 / 生 年 月 日 labels at a line start mark a card too
_CARD_WORDS = lazy_compile(
    r"公安委員会|交[ \u3000]*付"
    r"|(?m:^)[ \u3000]*(?:氏[ \u3000]+名|住[ \u3000]+所|生[ \u3000]+年[ \u3000]+月[ \u3000]+日)[ \u3000]"
)
_BIRTH_YEAR = lazy_compile(
    rf"生年は{BLANKS}(?P<d>(?:{ERA_NAME}(?:\d{{1,2}}|元)|(?:19|20)\d{{2}})年\d{{1,2}}月)(?!\d)"
)


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _pairs(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for m in _TRANSFER_ROW.finditer(folded):
        pairs.append(exact_pair("口座番号", m.start("acct"), m.group("acct")))
        pairs.append(exact_pair("氏名", m.start("kana"), m.group("kana")))
    for m in _LICENCE.finditer(folded):
        pairs.append(whole_pair("運転免許証番号", m.start("v"), m.end("v"), _digits(m.group("v"))))
    if _CARD_WORDS.search(folded):
        for m in _CARD_LINE.finditer(folded):
            pairs.append(whole_pair("運転免許証番号", m.start("v"), m.end("v"), _digits(m.group("v"))))
    pairs += [exact_pair("生年月日", m.start("d"), m.group("d")) for m in _BIRTH_YEAR.finditer(folded)]
    return pairs


def record_bd_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BD readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    return offset_forms(_pairs(folded))


# --- vetoes -----------------------------------------------------------------------------------
def transfer_amount(folded: str, start: int) -> bool:
    """The seven-digit amount after the kana name of a space-separated transfer row."""
    line_start, line = line_text(folded, start)
    m = _TRANSFER_ROW.match(line)
    return m is not None and line_start + m.start("amt") <= start < line_start + m.end("amt")


def licence_number(folded: str, start: int) -> bool:
    """A value starting inside a licence number the readers give (a 個人番号 read there is none)."""
    spans = [m.span("v") for m in _LICENCE.finditer(folded)]
    if _CARD_WORDS.search(folded):
        spans += [m.span("v") for m in _CARD_LINE.finditer(folded)]
    return any(s <= start < e for s, e in spans)
