r"""Round AC: values whose label is a romaji column header, an SQL column, a later line or a kana word.

Four layouts are rewritten as form lines (:class:`~govrag.dlp.recognizers.columns.ColumnForm`,
``label：value``) and scanned again by the engine, like a table's column header:

* **blank-aligned rosters** under a header of romaji / snake_case column keys set apart by two or
  more blanks (``NO   SHIMEI   SEINENGAPPI   MENKYO_NO``): every row with as many cells;
* **SQL inserts** — ``INSERT INTO t (col, …) VALUES (…), (…);``: each tuple's values by position;
* **values named afterwards** — value-only lines followed by a line naming their kinds in order
  (「上記はそれぞれ 個人番号、基礎年金番号、生年月日 です」);
* **memo labels** of a slash-separated one-line memo (保者:…, 年金:…, MN:…, 生:…): each segment's
  label names its value;
* **kana labels** of a handwritten form (でんわ, たんじょうび, せいねんがっぴ, じゅうしょ) opening a line.

>>> blank_forms("NO   SHIMEI     MENKYO_NO\n01   Ono Rie    301642857713")[0].text
'管理番号：01\n氏名：Ono Rie\n運転免許証番号：301642857713'
>>> sql_forms("INSERT INTO t (id, dob) VALUES (1, '19911005');")[0].text
'管理番号：1\n生年月日：19911005'
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, pairs_form
from govrag.dlp.recognizers.keyed import key_label
from govrag.dlp.recognizers.rows import text_lines

__all__ = ["blank_forms", "kana_forms", "listed_forms", "memo_forms", "sql_forms"]

_GAP = lazy_compile(r" {2,}|\t")
_KEY_CELL = lazy_compile(r"[A-Za-z][A-Za-z0-9_.]{0,30}")
_MAX_ROWS = 5000


#: a romaji key no personal-data key maps but naming some record's number (ORDER_NO, denpyo_no,
#: sku, item_cd): its value is read under 管理番号, a label every number type's rules treat as another
#: number's
_OTHER_KEY = lazy_compile(r"(?i)(?:^|_)(?:no|id|cd|code|bango|bangou|sku|seq)$")


def _name(key: str, previous: str | None = None) -> str:
    """The label a column key stands for: its personal-data label, 管理番号 or the key itself."""
    return key_label(key, previous=previous) or ("管理番号" if _OTHER_KEY.search(key) else key)



def _cells(line: str, offset: int) -> list[tuple[str, int]]:
    """``line``'s cells set apart by two or more blanks (or a tab), with their offsets."""
    cells: list[tuple[str, int]] = []
    pos = len(line) - len(line.lstrip(" "))
    for m in _GAP.finditer(line + "  ", pos):
        if m.start() > pos:
            cells.append((line[pos : m.start()], offset + pos))
        pos = m.end()
    return cells



def _romaji_header(cells: list[tuple[str, int]]) -> list[str] | None:
    """The labels of a romaji header row (every cell a key, one naming personal data), else None."""
    if len(cells) < 2 or not all(_KEY_CELL.fullmatch(c) for c, _ in cells):
        return None
    labels: list[str] = []
    previous: str | None = None
    for c, _ in cells:
        label = key_label(c, previous=previous)
        labels.append(label or _name(c))
        previous = label
    named = any(key_label(c) for c, _ in cells)
    upper = all(c.isupper() for c, _ in cells) and any("_" in c for c, _ in cells)
    return labels if named or upper else None


def blank_forms(text: str) -> list[ColumnForm]:
    """Every row under a blank-aligned header of romaji column keys in ``text`` (folded)."""
    if "  " not in text:
        return []
    lines = text_lines(text)
    forms: list[ColumnForm] = []
    i = 0
    while i < len(lines):
        line, offset = lines[i]
        i += 1
        labels = _romaji_header(_cells(line, offset)) if "  " in line else None
        if labels is None:
            continue
        rows = 0
        while i < len(lines) and rows < _MAX_ROWS:
            cells = _cells(*lines[i])
            if len(cells) != len(labels) or not any(ch.isdigit() for ch in lines[i][0]):
                break
            i += 1
            rows += 1
            form = pairs_form([(lab, v, o) for lab, (v, o) in zip(labels, cells, strict=True)])
            if form is not None:
                forms.append(form)
    return forms


_INSERT = lazy_compile(
    r"(?i:insert\s+into)\s+[\w.`\"\[\]]+\s*\((?P<cols>[^()]{1,400})\)\s*(?i:values)\s*", re.MULTILINE
)
_TUPLE = lazy_compile(r"\s*\((?P<vals>(?:'[^'\n]*'|\"[^\"\n]*\"|[^()'\"\n])*)\)\s*[,;]?")
_VALUE = lazy_compile(r"\s*(?:'(?P<q>[^'\n]*)'|\"(?P<d>[^\"\n]*)\"|(?P<b>[^,\s]+))\s*(?:,|$)")


def _tuple_values(vals: str, offset: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    pos = 0
    while pos < len(vals):
        m = _VALUE.match(vals, pos)
        if m is None or m.end() == pos:
            break
        group = "q" if m.group("q") is not None else "d" if m.group("d") is not None else "b"
        out.append((m.group(group), offset + m.start(group)))
        pos = m.end()
    return out


def sql_forms(text: str) -> list[ColumnForm]:
    """Each tuple of an ``INSERT INTO t (cols) VALUES (…), …`` statement as a form of its columns."""
    if "VALUES" not in text.upper():
        return []
    forms: list[ColumnForm] = []
    for ins in _INSERT.finditer(text):
        cols = [c.strip().strip('`"[]') for c in ins.group("cols").split(",")]
        # every column is named (a column no key maps keeps its own name: an order_no column's
        # value is that, not a 個人番号 whose digits pass the check)
        labels = [_name(c) for c in cols]
        pos = ins.end()
        while (m := _TUPLE.match(text, pos)) is not None and m.end() > pos:
            values = _tuple_values(m.group("vals"), m.start("vals"))
            pos = m.end()
            if len(values) != len(cols):
                continue
            form = pairs_form([(lab, v, o) for lab, (v, o) in zip(labels, values, strict=True) if lab])
            if form is not None:
                forms.append(form)
    return forms


#: a line naming the kinds of the value lines above it in order (上記はそれぞれ A、B、C です)
_NAMED_AFTER = lazy_compile(
    r"^\s*(?:上記|以上)(?:の(?:番号|値))?(?:は|の)?\s*(?:それぞれ|順に|上から順に)\s*[、,]?\s*"
    r"(?P<kinds>[^\s、,。]{2,12}(?:\s*[、,・／/]\s*[^\s、,。]{2,12}){1,7})\s*(?:です|である|となります)"
)
_VALUE_LINE = lazy_compile(r"[\s]*[0-9A-Za-z][0-9A-Za-z\-/. 年月日]{3,30}[\s]*")


def listed_forms(text: str) -> list[ColumnForm]:
    """Value-only lines right above a line naming their kinds in order, each under its kind."""
    if "上記" not in text and "以上" not in text:
        return []
    lines = text_lines(text)
    forms: list[ColumnForm] = []
    for k, (line, _) in enumerate(lines):
        m = _NAMED_AFTER.match(line)
        if m is None:
            continue
        kinds = [x.strip() for x in re.split(r"[、,・／/]", m.group("kinds"))]
        above = lines[max(0, k - len(kinds)) : k]
        if len(above) != len(kinds) or not all(_VALUE_LINE.fullmatch(v) for v, _ in above):
            continue
        pairs = [
            (kind, v.strip(), o + len(v) - len(v.lstrip())) for kind, (v, o) in zip(kinds, above, strict=True)
        ]
        form = pairs_form(pairs)
        if form is not None:
            forms.append(form)
    return forms


#: a handwritten form's kana label opening a line → the label it stands for
_KANA_LABELS = {
    "でんわばんごう": "電話番号",
    "でんわ": "電話番号",
    "たんじょうび": "生年月日",
    "せいねんがっぴ": "生年月日",
    "じゅうしょ": "住所",
}
_KANA_LINE = lazy_compile(
    r"^[ \u3000]*(?P<k>"
    + "|".join(_KANA_LABELS)
    + r")(?:[ \u3000]*[:：][ \u3000]*|[ \u3000]+)(?P<v>\S[^\n]*)$",
    re.MULTILINE,
)
#: an era date written in kana (へいせい２０ねん４がつ１１にち): kana words read as their kanji
_KANA_DATE = (
    ("めいじ", "明治"),
    ("たいしょう", "大正"),
    ("しょうわ", "昭和"),
    ("へいせい", "平成"),
    ("れいわ", "令和"),
    ("ねん", "年"),
    ("がつ", "月"),
    ("にち", "日"),
)


def _kana_value(value: str, offset: int) -> tuple[str, list[int]]:
    """``value`` with kana date words as kanji, and each character's original offset (an era's two
    kanji map to the kana word's first and last characters, 年 / 月 / 日 to the word's last)."""
    out: list[str] = []
    chars: list[int] = []
    i = 0
    while i < len(value):
        for kana, kanji in _KANA_DATE:
            if value.startswith(kana, i):
                out.append(kanji)
                last = offset + i + len(kana) - 1
                chars.extend([offset + i, last] if len(kanji) == 2 else [last])
                i += len(kana)
                break
        else:
            out.append(value[i])
            chars.append(offset + i)
            i += 1
    return "".join(out), chars


def kana_forms(text: str) -> list[ColumnForm]:
    """Lines opening with a kana field label (でんわ 090…, たんじょうび 平成…) as labelled forms."""
    if not any(k in text for k in _KANA_LABELS):
        return []
    forms: list[ColumnForm] = []
    for m in _KANA_LINE.finditer(text):
        label = _KANA_LABELS[m.group("k")] + "："
        value, chars = _kana_value(m.group("v").rstrip(), m.start("v"))
        # the label's characters map to the value's first character: only spans inside the value count
        forms.append(ColumnForm(label + value, (), tuple([m.start("v")] * len(label) + chars)))
    return forms


#: an abbreviated memo label → the label it stands for (保者 = 保険者番号, 生 = 生年月日)
_MEMO_LABELS = {"保者": "保険者番号", "年金": "基礎年金番号", "MN": "個人番号", "生": "生年月日"}
_MEMO_SEGMENT = lazy_compile(r"(?P<k>[^\s:：/／]{1,8})[ \u3000]*[:：][ \u3000]*(?P<v>[^/／\n]*[^/／\s])")
_MEMO_SPLIT = lazy_compile(r"[ \u3000]*[/／][ \u3000]*")


def memo_forms(text: str) -> list[ColumnForm]:
    """Each line of two or more slash-separated memo segments holding an abbreviated label
    (保者:, 年金:, MN:, 生:) as a form: every ``label:value`` segment under its own label."""
    if "/" not in text and "／" not in text:
        return []
    forms: list[ColumnForm] = []
    for line, offset in text_lines(text):
        if len(_MEMO_SPLIT.split(line)) < 2:
            continue
        pairs: list[tuple[str, str, int]] = []
        pos = 0
        for part in _MEMO_SPLIT.split(line):
            start = line.index(part, pos)
            pos = start + len(part)
            m = _MEMO_SEGMENT.fullmatch(part.strip())
            if m is not None:
                lead = len(part) - len(part.lstrip())
                pairs.append(
                    (
                        _MEMO_LABELS.get(m.group("k"), m.group("k")),
                        m.group("v"),
                        offset + start + lead + m.start("v"),
                    )
                )
        if any(k in _MEMO_LABELS.values() for k, _, _ in pairs):
            form = pairs_form(pairs)
            if form is not None:
                forms.append(form)
    return forms
