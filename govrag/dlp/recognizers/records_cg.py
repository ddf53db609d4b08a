r"""Round CG: fixed-width rows cut by a declared layout, postal-code columns known by their region,
insurance-card fields of a record naming its insurer and of Japanese clinical-document XML.

* **Declared layouts** (:func:`_layout_pairs`): a line declaring a record's fields with their widths
  — ``(ID6/氏名20/生年月日8/TEL11/残高7)``, ``id6,kana20,birth8,zip7``,
  ``氏名(16)・生年月日(8)・性別(1)・郵便番号(7)``
  — and the lines right below it whose length is the layout's width (in characters, or in display
  columns where a wide character takes two): each row is cut by the widths and every field whose
  name the layout vocabulary knows (:data:`_FIELDS`, and the header words of :mod:`headers`) is
  rewritten under its Japanese label, so the label's recognizer judges the value's shape. A
  ``YYYYMMDD`` birth field must be a past calendar date.
* **Postal columns** (:func:`_postal_pairs`): headerless rows of a block (at least two) that each
  hold a person's name and exactly one bare 7-digit cell, last on its line, with only dates or phones
  between the name and it (no bank / branch code, no code, no label such as 鑑札) and no bank,
  account or number word in the text: the cells are postal codes when their first three digits name
  one region — within :data:`_AREA_SPREAD` of each other in three rows or more, the same in two rows
  (random seven digits, an account or a reference, come that close by chance about once in a
  thousand); a cell starting 000 is no postal code (zero-padded amounts).
* **Payee rows** (:func:`_payee_pairs`): a transfer detail line of codes, the payee's half-width
  kana name, blanks, then one glued run of the deposit type (1 / 2 / 4 / 9), the 7-digit account and
  a zero-padded 10-digit amount — the Zengin detail's order of fields with the bank and branch
  codes moved before the name: the 7 digits are the account.
* **Birth notes** (:func:`_birth_note_pairs`): a 元号コード value (1 明治 … 5 令和, then YYMMDD) after
  an OCR-spaced 生 年 月 日 label; an era initial, year and month before 生 / 生まれ (``S52.4生``; not
  a cohort's ``…生まれ以降``); month-day dates opening two lines or more right under a birthday
  table's title (お誕生日表, おたんじょうび, birthdays).
* **A pension number named earlier on its line** (:func:`_named_pension_pairs`): a 4-6 or
  ten-digit value right after a bare 番号 (は / が / ：, maybe 確か; not 予約番号, 受付番号 …) when a
  年金 word stands earlier on its line (「年金の通知の…？番号は 1234-567890 …」); a value starting
  with 0 is a phone's shape and stays unread.
* **A record naming its insurer** (:func:`_insurer_record_pairs`): a line (a JSON object, a
  ``key=value`` record) with an insurer key and number (``insurer``, ``hokensha`` …: 6–8 digits) holds
  the card's other fields under their keys — ``kigo`` / ``symbol`` (記号), ``cardNo`` / ``bango``
  (番号), ``branch`` / ``edaban`` (枝番); without the insurer key those keys say nothing.
* **Clinical-document identifiers** (:func:`_oid_pairs`): ``<id root="OID" extension="V"/>`` whose
  root is the object identifier of an insurance-card field in the 特定健診 (specific health
  check-up) XML — 1.2.392.200119.6.101 保険者番号, .204 記号, .205 番号, .211 枝番: the extension is
  that field's value.

>>> t = "(No4/氏名12/生年月日8/TEL11)⏎0001ﾔﾏﾀﾞ ﾊﾅｺ    1970010209011112222".replace("⏎", "\n")
>>> [f.text for f in record_cg_forms(t, t)][0].splitlines()
['氏名：ﾔﾏﾀﾞ ﾊﾅｺ', '生年月日：1970年1月2日', '電話番号：09011112222']
>>> t = "01 ﾔﾏﾀﾞ ﾊﾅｺ 1970.01.02 4201234⏎02 ｲﾉｳｴ ｹﾝ 1988.11.30 4205678".replace("⏎", "\n")
>>> [f.text for f in record_cg_forms(t, t)]
['郵便番号：4201234\n郵便番号：4205678']
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import BIRTHDAY_COMPOUND, HW_KANA_NAME
from govrag.dlp.recognizers.headers import header_label
from govrag.dlp.recognizers.records import era_coded_pair
from govrag.dlp.recognizers.records_cf import PERSON_NAME
from govrag.dlp.recognizers.rows import line_at, text_lines
from govrag.text.eras import ERA_INITIALS, calendar_date, era_code_date, past_text, past_ymd_text
from govrag.text.normalization import display_width

__all__ = ["across_fields", "record_cg_forms"]

# --- declared layouts --------------------------------------------------------------------------
#: one field of a layout: its name (letters, kana or kanji; no digit) and its width
_FIELD = (
    r"(?P<name>[A-Za-z\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff\uff66-\uff9f_.\-]{1,16})"  # no ・
    r"[ ]?[(（\[]?(?P<w>\d{1,3})[)）\]]?(?:桁|文字|byte|B)?"
)
_FIELD_RX = lazy_compile(_FIELD)
#: a declaration: four fields or more, separated by / , 、 ・ | + (spaces allowed around them)
_LAYOUT = lazy_compile(
    r"(?P<fields>"
    + _FIELD.replace("?P<name>", "?:").replace("?P<w>", "?:")
    + r"(?:[ ]?[/,、・|+][ ]?"
    + _FIELD.replace("?P<name>", "?:").replace("?P<w>", "?:")
    + r"){3,})"
)
#: field names the shared header vocabulary does not type (lower-cased romaji)
_FIELDS: dict[str, str] = {
    "氏名": "氏名",
    "カナ氏名": "氏名",
    "氏名カナ": "氏名",
    "ｼﾒｲ": "氏名",
    "name": "氏名",
    "kana": "氏名",
    "kananame": "氏名",
    "namekana": "氏名",
    "shimei": "氏名",
    "生年月日": "生年月日",
    "ｾｲﾈﾝｶﾞｯﾋﾟ": "生年月日",
    "dob": "生年月日",
    "birth": "生年月日",
    "birthday": "生年月日",
    "郵便番号": "郵便番号",
    "zip": "郵便番号",
    "post": "郵便番号",
    "postal": "郵便番号",
    "保険者番号": "保険者番号",
}
_BIRTH_LABEL = "生年月日"


def _field_label(name: str) -> str | None:
    key = name.lower().replace("-", "").replace("_", "").replace(".", "")
    return _FIELDS.get(name) or _FIELDS.get(key) or header_label(name)


def _cuts(line: str, widths: list[int]) -> list[tuple[int, int]] | None:
    """``line`` (the original text: folding turns wide spaces narrow) cut into the fields of
    ``widths`` (character offsets), by characters or by display columns; None when its length is
    neither exactly (blanks after the last field aside): a row that does not fit is not cut."""
    total = sum(widths)
    line = line if len(line) <= total else line[:total] + line[total:].rstrip()
    if len(line) != total:
        if display_width(line) != total:
            return None
        ends = list(accumulate(widths))
        out: list[tuple[int, int]] = []
        start = 0
        for i, col in enumerate(accumulate(display_width(c) for c in line)):
            if len(out) < len(ends) and col >= ends[len(out)]:
                out.append((start, i + 1))
                start = i + 1
        return out if len(out) == len(widths) else None
    return [(end - w, end) for w, end in zip(widths, accumulate(widths), strict=True)]


#: one row under a declared layout: its offset, its text, its fields' cuts and their labels
_Row = tuple[int, str, tuple[tuple[int, int], ...], tuple[str | None, ...]]


@lru_cache(maxsize=8)
def _declared_rows(folded: str, text: str) -> tuple[_Row, ...]:
    """The rows under every layout declaration of ``folded`` that fit the layout's width (measured
    on ``text``, the original of the same length)."""
    rows: list[_Row] = []
    lines = text_lines(folded)
    for i, (line, _off) in enumerate(lines):
        decl = _LAYOUT.search(line)
        if decl is None:
            continue
        fields = [(f["name"], int(f["w"])) for f in _FIELD_RX.finditer(decl["fields"])]
        labels = tuple(_field_label(name) for name, _ in fields)
        if sum(1 for x in labels if x) < 2:
            continue
        widths = [w for _, w in fields]
        for row, off in lines[i + 1 :]:
            original = text[off : off + len(row)]
            cuts = _cuts(original, widths) if sum(c.isdigit() for c in row) >= 4 else None
            if cuts is None:
                break
            rows.append((off, row, tuple(cuts), labels))
    return tuple(rows)


def _layout_pairs(folded: str, text: str) -> list[Pair]:
    """The named fields of the rows under layout declarations (a birth field as a past date)."""
    pairs: list[Pair] = []
    for off, row, cuts, labels in _declared_rows(folded, text):
        for label, (s, e) in zip(labels, cuts, strict=True):
            value = row[s:e].strip()
            if not label or not value:
                continue
            start = off + s + row[s:e].index(value)
            if label == _BIRTH_LABEL and re.fullmatch(r"(?:19|20)\d{6}", value):
                born = past_ymd_text(value)
                if born:
                    pairs.append(whole_pair(label, start, start + 8, born))
            elif label != _BIRTH_LABEL:
                pairs.append(exact_pair(label, start, value))
    return pairs


def across_fields(folded: str, start: int, end: int) -> bool:
    r"""``[start, end)`` lies in a row under a declared layout and crosses one of its fields' bounds
    (a glued run read across two fields: the layout says where each value ends).

    >>> t = "(No4/氏名8/生年月日8/TEL11)\n0001" + "ﾐﾔｹ ｼﾞﾛ".ljust(8) + "19630419" + "09012345678"
    >>> b = t.index("19630419")
    >>> across_fields(t, b, b + 8), across_fields(t, b + 4, b + 11)
    (False, True)
    """
    for off, row, cuts, _labels in _declared_rows(folded, folded):  # computed once a text
        if off <= start and end <= off + len(row):
            return any(start < off + b < end for _s, b in cuts[:-1])
    return False


# --- postal columns ----------------------------------------------------------------------------
_SEVEN = lazy_compile(r"(?<![0-9A-Za-z\-./:])\d{7}(?![0-9A-Za-z\-./:])")
#: a bare number cell (a bank or branch code, a count) between the name and the 7-digit cell
_NUMBER_CELL = lazy_compile(r"(?<![0-9A-Za-z\-./:])\d{1,6}(?![0-9A-Za-z\-./:])")
#: a word (letters, kana, kanji) between the name and the 7-digit cell: a code or a field's label
_WORD = lazy_compile(r"[A-Za-z\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f]")
#: a word that makes a 7-digit cell something else: bank, account, another number
_OTHER_NUMBER = lazy_compile(
    r"(?i)銀行|信金|信用金庫|支店|口座|普通|当座|振込|ｷﾞﾝｺｳ|ﾌﾂｳ|ｺｳｻﾞ|acct|account|bank|番号|No\.|コード|code|ID"
)


#: the widest spread of the first three digits of a region's postal codes (three rows or more)
_AREA_SPREAD = 20


def _postal_block(rows: list[tuple[str, int]]) -> list[Pair]:
    """The block's 7-digit cells when every row is a name row ending in one and they name one region."""
    cells: list[tuple[str, int]] = []
    for line, off in rows:
        sevens = list(_SEVEN.finditer(line))
        if len(sevens) != 1:
            return []
        m = sevens[0]
        names = [n.end() for n in PERSON_NAME.finditer(line, 0, m.start())]
        if not names or line[m.end() :].strip() or m.group().startswith("000"):
            return []  # no name before it, a cell after it, a zero-padded number
        between = line[names[-1] : m.start()]
        if _NUMBER_CELL.search(between) or _WORD.search(between):
            return []  # a bank / branch code, a code or a label (鑑札, ID) between
        cells.append((m.group(), off + m.start()))
    if len(cells) < 2:
        return []
    areas = [int(v[:3]) for v, _ in cells]
    if max(areas) - min(areas) > (0 if len(cells) == 2 else _AREA_SPREAD):
        return []
    return [exact_pair("郵便番号", at, v) for v, at in cells]


def _postal_pairs(folded: str) -> list[Pair]:
    """Postal-code columns of the blocks of rows holding one bare 7-digit cell each."""
    if _OTHER_NUMBER.search(folded):
        return []
    pairs: list[Pair] = []
    block: list[tuple[str, int]] = []
    for line, off in [*text_lines(folded), ("", len(folded))]:
        if _SEVEN.search(line):
            block.append((line, off))
            continue
        pairs += _postal_block(block)
        block = []
    return pairs


# --- payee rows --------------------------------------------------------------------------------
#: a transfer detail line with its codes before the payee's kana name and, glued after it, the deposit
#: type (1 / 2 / 4 / 9), the 7-digit account and a zero-padded 10-digit amount
_PAYEE_ROW = lazy_compile(rf"(?m)^[ ]*\d{{5,8}}[ ]*{HW_KANA_NAME}[ ]{{2,}}[1249](?P<v>\d{{7}})0\d{{9}}[ ]*$")


def _payee_pairs(folded: str) -> list[Pair]:
    """The accounts of transfer detail lines with the payee's name before them."""
    return [exact_pair("口座番号", m.start("v"), m["v"]) for m in _PAYEE_ROW.finditer(folded)]


# --- birth notes -------------------------------------------------------------------------------
#: an OCR-spaced 生 年 月 日 label, then a 元号コード + YYMMDD value (3 + 460914)
_SPACED_ERA_CODE = lazy_compile(
    r"生[ \t\u3000]+年[ \t\u3000]+月[ \t\u3000]+日[ \t\u3000]*[:：]?[ \t\u3000]*(?P<v>\d{7})(?!\d)"
)
#: an era initial, year and month, then 生 (S52.4生, S52年4月生): a partial birth date
_ERA_INITIAL_BORN = lazy_compile(
    r"(?<![0-9A-Za-z])(?P<v>(?P<e>[MTSHR])(?P<y>\d{1,2})(?:[.．](?P<m>\d{1,2})|年(?P<mk>\d{1,2})月))"
    r"(?:生まれ|生)(?![活産存命涯徒協計物成態年]|まれ(?:の|以降|以前|から|まで))"
)
#: the title of a birthday table (お誕生日表, おたんじょうび, birthdays)
_BIRTHDAY_TITLE = lazy_compile(
    r"(?i)(?:誕生日|たんじょう(?:び|日))(?!かい|" + BIRTHDAY_COMPOUND + r")|birthdays"
)
#: a line opening with a month and day, then a name (not a time of day or a number)
_BIRTHDAY_ROW = lazy_compile(
    r"[ \t\u3000]*(?P<v>(?P<m>\d{1,2})月(?P<d>\d{1,2})日)[ \t\u3000]+(?!午前|午後|\d)\S"
)


def _birth_note_pairs(folded: str) -> list[Pair]:
    """元号コード births after a spaced label, ``S52.4生``, birthday tables."""
    pairs: list[Pair] = []
    for m in _SPACED_ERA_CODE.finditer(folded):
        pair = era_coded_pair(m["v"], m.start("v"))  # 1 明治 … 5 令和, a valid past date
        if pair:
            pairs.append(pair)
    for m in _ERA_INITIAL_BORN.finditer(folded):
        year, month = int(m["y"]), int(m["m"] or m["mk"])
        if past_text(era_code_date(m["e"], year, month, 1)):  # a real, past month
            era = ERA_INITIALS[m["e"]]
            pairs.append(whole_pair(_BIRTH_LABEL, m.start("v"), m.end("v"), f"{era}{year}年{month}月"))
    return pairs + _birthday_table_pairs(folded)


def _birthday_table_pairs(folded: str) -> list[Pair]:
    """Month-day dates opening the lines right under a birthday table's title (two at least)."""
    if not _BIRTHDAY_TITLE.search(folded):
        return []
    pairs: list[Pair] = []
    lines = text_lines(folded)
    for i, (line, _off) in enumerate(lines):
        if not _BIRTHDAY_TITLE.search(line) or _BIRTHDAY_ROW.match(line):
            continue
        rows = []
        for row, off in lines[i + 1 :]:
            m = _BIRTHDAY_ROW.match(row)
            if m is None or calendar_date(2000, int(m["m"]), int(m["d"])) is None:
                break
            rows.append(exact_pair("誕生日", off + m.start("v"), m["v"]))  # a month and day: a birthday
        if len(rows) >= 2:
            pairs += rows
    return pairs


# --- a pension number named earlier on its line ---------------------------------------------------
#: a bare 番号 (no 予約番号, 受付番号 …; は / が / ：, maybe 確か) right before a 4-6 or ten-digit value
_NAMED_PENSION = lazy_compile(
    r"(?<![\u4e00-\u9fff\u30a0-\u30ff])番号(?:は|が|も)?(?:確か|たしか)?[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<v>(?<![0-9-])[1-9]\d{3}(?:[ ]?-[ ]?)?\d{6})(?![0-9-])"
)
_PENSION_WORD = lazy_compile(r"年金|ねんきん")


def _named_pension_pairs(folded: str) -> list[Pair]:
    """Pension-shaped values after a bare 番号 with a 年金 word earlier on the line (60 characters)."""
    pairs: list[Pair] = []
    for m in _NAMED_PENSION.finditer(folded):
        line_start, _end = line_at(folded, m.start(), m.end())
        if _PENSION_WORD.search(folded, max(line_start, m.start() - 60), m.start()):
            pairs.append(exact_pair("基礎年金番号", m.start("v"), m["v"]))
    return pairs


# --- a record naming its insurer ---------------------------------------------------------------
#: an insurer key with a number: the record is an insurance card's (JSON, key=value)
_INSURER_KEY = lazy_compile(
    r"(?i)(?<![A-Za-z_])[\"']?(?:insurer|hokensh?a|hokenja)(?:_?(?:no|num|number|bango|cd|code))?[\"']?"
    r"[ \t]*[:=][ \t]*[\"']?(?P<v>\d{6,8})(?!\d)"
)
#: the card's other fields in such a record, by key
_CARD_KEY = lazy_compile(
    r"(?i)(?<![A-Za-z_])[\"']?(?P<k>kigou?|symbol|card_?(?:no|num|number)|bangou?|edaban|eda|branch(?:_?no)?)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<v>\d{1,10})(?![\d])"
)
_CARD_KEY_LABELS = {"kigo": "被保険者証記号", "symb": "被保険者証記号", "eda": "枝番", "bran": "枝番"}


def _insurer_record_pairs(folded: str) -> list[Pair]:
    """An insurer number and the card's 記号 / 番号 / 枝番 keys on the same line (one record)."""
    pairs: list[Pair] = []
    for line, off in text_lines(folded):
        insurer = _INSURER_KEY.search(line)
        if insurer is None:
            continue
        pairs.append(exact_pair("保険者番号", off + insurer.start("v"), insurer["v"]))
        for m in _CARD_KEY.finditer(line):
            label = _CARD_KEY_LABELS.get(m["k"].lower()[:4], "被保険者証番号")
            pairs.append(exact_pair(label, off + m.start("v"), m["v"]))
    return pairs


# --- clinical-document identifiers -------------------------------------------------------------
_OID = lazy_compile(
    r"<id[ ]+root=\"1[.-]2[.-]392[.-]200119[.-]6[.-](?P<oid>101|204|205|211)\"[ ]+"
    r"extension=\"(?P<v>[^\"<>\n]{1,20})\""
)
#: the 特定健診 XML's OIDs of the card fields (1.2.392.200119.6.…)
_OID_LABELS = {"101": "保険者番号", "204": "被保険者証記号", "205": "被保険者証番号", "211": "枝番"}


def _oid_pairs(folded: str) -> list[Pair]:
    """Extensions of card-field OIDs (folding writes an OID's dots as hyphens)."""
    return [
        exact_pair(_OID_LABELS[m["oid"]], m.start("v"), m["v"])
        for m in _OID.finditer(folded)
        if m["v"].strip()
    ]


def record_cg_forms(folded: str, text: str) -> list[ColumnForm]:
    """Form lines of every value round CG reads in ``folded`` (``text``: the original, same length)."""
    if len(text) != len(folded):
        return []
    pairs = _postal_pairs(folded) + _payee_pairs(folded) + _birth_note_pairs(folded)
    if "年金" in folded or "ねんきん" in folded:
        pairs += _named_pension_pairs(folded)
    if "<id" in folded:
        pairs += _oid_pairs(folded)
    if _INSURER_KEY.search(folded):
        pairs += _insurer_record_pairs(folded)
    if _LAYOUT.search(folded):
        pairs += _layout_pairs(folded, text)
    pairs.sort(key=lambda p: p[2][0] if p[2] else 0)
    return offset_forms(pairs)
