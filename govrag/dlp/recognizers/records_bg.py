r"""Round BG: glued licence records, rows under a romaji header line, 枝番 columns of pipe tables,
記号・番号 pairs joined by a middle dot, and record ids of key=value log lines.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_be`):

1. **glued licence records** (:data:`_LICENCE_ROW`): a 2-digit record code glued to a 12-digit
   driving licence number glued to a half-width kana name, then the person's fields — in a text
   about licences (:data:`_LICENCE_TEXT`: 運転免許, 免許証, 更新, 公安委員会, licence …) and only when
   the fields after the name hold a birth date, alone or glued to a postal code and a phone
   (:func:`records_be.glued_birth_run`; the person-row reader of round BE splits that run and
   reads the name, the 14-digit id being the record code and the licence).
2. **romaji header rows** (:func:`_header_rows`): a line of upper-case romaji / English header words
   (``SEQ NAME-KANA KIGO BANGO EDABAN BIRTH``, ``NO NAME DOB ZIP TEL`` …), then rows; each column's
   type comes from its header word (:data:`_HEADER_KINDS`), the values read in field order — the
   columns before the name column from the left, those after it from the right (a name has one or
   more words). BANGO / EDABAN are insurance fields only beside a word naming the insurance
   (HOKEN, KIGO, HIHOKEN, KENPO, EDABAN).
3. **枝番 columns** (:func:`_branch_columns`): the 2- or 3-digit values under a ``枝番`` header cell of
   a pipe table, in a health-insurance text (:data:`_HEALTH_TEXT`, or a 記号 … 番号 pair above the
   table), not in a land or document register (:data:`_NOT_CARD`).
4. **記号・番号 with a middle dot and a 枝番** (:data:`_DOT_PAIR`): ``記号・番号 国178・1（枝番 00）`` — the
   記号, the 番号 after the dot and the 枝番 each their own value, in a health-insurance text (without
   the （枝番 NN） the pair stays one value, as the pair recognizer gives it).

Vetoes: a JP_PASSPORT value under a ``record=`` / ``id=`` key of a log line whose passport follows
under its own ``passport…=`` key (:func:`record_key_value`; a value under a passport key, or after a
``passport`` word of the line, is never vetoed); a 基礎年金番号 cut out of a
licence the readers give (:func:`licence_digits`); a whole ``記号・番号`` read as one value where the
readers give its parts (:func:`dot_joint`; the parts stay masked).

>>> text = "運転免許 更新分⏎01123456789012ﾀﾅｶ ﾊﾅｺ   1980010253000410663120457".replace("⏎", "\n")
>>> [f.text for f in record_bg_forms(text, text)]
['運転免許証番号：123456789012']
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, joint_read, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import BLANKS, HW_KANA
from govrag.dlp.recognizers.records_be import glued_birth_run
from govrag.dlp.recognizers.rows import line_text
from govrag.text.eras import past_ymd_text

__all__ = ["dot_joint", "licence_digits", "record_bg_forms", "record_key_value"]

# --- 1. glued licence records --------------------------------------------------------------------
_LICENCE_ROW = lazy_compile(
    rf"(?m)^[ ]*\d{{2}}(?P<lic>\d{{12}})(?P<kana>{HW_KANA}{{2,}}[ ]{HW_KANA}{{1,}})[ ]+"
    r"(?P<first>\d{8,26})(?:[ ]+[0-9-]{1,13})*[ ]*$"
)
_LICENCE_TEXT = lazy_compile(r"運転免許|免許証|免許|更新|公安委員会|(?i:licen[cs]e)")


def _licence_rows(folded: str) -> list[re.Match[str]]:
    if _LICENCE_TEXT.search(folded) is None:
        return []
    rows = []
    for m in _LICENCE_ROW.finditer(folded):
        first = m.group("first")
        born = len(first) == 8 and past_ymd_text(first) is not None
        if born or glued_birth_run(first) is not None:
            rows.append(m)
    return rows


# --- 2. rows under a romaji header line --------------------------------------------------------
_HEADER_LINE = lazy_compile(r"[ ]*[A-Z][A-Z0-9_-]*(?:[ ]+[A-Z][A-Z0-9_-]*){2,}[ ]*")
_NAME_WORD = lazy_compile(r"NAME|SHIMEI|SEIMEI|KANA|ROMAJI")
_INSURANCE_WORD = lazy_compile(r"HOKEN|KIGO|HIHO|KENPO|EDABAN")
#: a header word (hyphens and underscores dropped) → the label of its values' form line
_HEADER_KINDS = {
    "KIGO": "記号",
    "HOKEN": "記号",
    "HOKENKIGO": "記号",
    "HIHOKENSHA": "被保険者番号",
    "HIHOKENNO": "被保険者番号",
    "HIHONO": "被保険者番号",
    "BANGO": "番号",
    "HOKENBANGO": "番号",
    "EDABAN": "枝番",
    # round BK: hyphenated words (KOKUHO-KIGO, HIHO-BANGO; hyphens dropped) and the short EDA
    "EDA": "枝番",
    "KOKUHOKIGO": "記号",
    "KOKUHOBANGO": "番号",
    "HIHOKIGO": "記号",
    "HIHOBANGO": "番号",
    "HIHOKENBANGO": "番号",
    "HIHOKENSHABANGO": "被保険者番号",
    "KENPOKIGO": "記号",
    "KENPOBANGO": "番号",
    "BIRTH": "生年月日",
    "BIRTHDT": "生年月日",
    "BIRTHDATE": "生年月日",
    "BIRTHDAY": "生年月日",
    "DOB": "生年月日",
    "SEINENGAPPI": "生年月日",
    "ZIP": "郵便番号",
    "ZIPCODE": "郵便番号",
    "POST": "郵便番号",
    "POSTAL": "郵便番号",
    "POSTCODE": "郵便番号",
    "YUBIN": "郵便番号",
    "TEL": "電話番号",
    "TELNO": "電話番号",
    "PHONE": "電話番号",
    "MOBILE": "電話番号",
    "KEITAI": "電話番号",
    "DENWA": "電話番号",
}
_INSURANCE_LABELS = frozenset({"記号", "番号", "枝番", "被保険者番号"})
_TOKEN = lazy_compile(r"\S+")


def _header_labels(line: str) -> tuple[list[str | None], int | None] | None:
    """The form label of each header word (None: a column left alone) and the name column's index,
    or None when the line is no header of personal columns."""
    if _HEADER_LINE.fullmatch(line) is None:
        return None
    words = line.split()
    insured = any(_INSURANCE_WORD.search(w) for w in words)
    labels: list[str | None] = []
    for w in words:
        label = _HEADER_KINDS.get(re.sub(r"[-_]", "", w))
        labels.append(None if label in _INSURANCE_LABELS and not insured else label)
    if not any(labels):
        return None
    names = [i for i, w in enumerate(words) if _NAME_WORD.search(w)]
    return labels, (names[0] if names else None)


def _value_pair(label: str, token: re.Match[str], at: int) -> Pair | None:
    value = token.group()
    if not any(c.isdigit() for c in value):
        return None
    if label == "生年月日" and len(value) == 8 and value.isdigit():
        born = past_ymd_text(value)
        return whole_pair(label, at + token.start(), at + token.end(), born) if born else None
    return exact_pair(label, at + token.start(), value)


def _row_pairs(line: str, at: int, labels: list[str | None], name: int | None) -> list[Pair]:
    tokens = list(_TOKEN.finditer(line))
    if name is None:
        if len(tokens) != len(labels):
            return []
        placed = list(zip(labels, tokens, strict=True))
        middle: list[re.Match[str]] = []
    else:
        after = len(labels) - name - 1
        if len(tokens) < len(labels):
            return []
        middle = tokens[name : len(tokens) - after]
        if any(c.isdigit() for t in middle for c in t.group()):
            return []
        placed = list(zip(labels[:name], tokens[:name], strict=True))
        placed += list(zip(labels[name + 1 :], tokens[len(tokens) - after :], strict=True))
    pairs = [p for label, t in placed if label for p in [_value_pair(label, t, at)] if p is not None]
    if pairs and middle:
        pairs.insert(
            0, exact_pair("氏名", at + middle[0].start(), line[middle[0].start() : middle[-1].end()])
        )
    return pairs


def _header_rows(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    header: tuple[list[str | None], int | None] | None = None
    pos = 0
    for line in folded.split("\n"):
        found = _header_labels(line)
        if found is not None:
            header = found
        elif not line.strip():
            header = None
        elif header is not None:
            pairs += _row_pairs(line, pos, *header)
        pos += len(line) + 1
    return pairs


# --- 3. 枝番 columns of pipe tables, 4. 記号・番号 with a middle dot ---------------------------------
_HEALTH_TEXT = lazy_compile(r"保険|国保|被保険者|被扶養者|組合員証|資格確認|療養|限度額|けんぽ")
_CARD_KEY = lazy_compile(
    r"記号[ \u3000]*[:：]?[ \u3000]*[^\s\d]?\d{1,8}[ \u3000]*番号[ \u3000]*[:：]?[ \u3000]*\d"
)
_NOT_CARD = lazy_compile(r"地番|土地|所在|文書|資料|議案|図面|部品")
_BRANCH_VALUE = lazy_compile(r"\d{2,3}")
#: 記号・番号 with a middle dot, then （枝番 NN） — the 枝番 marks the three as the card's three fields
#: (a 記号・番号 alone stays one value, as the pair recognizer gives it)
_DOT_PAIR = lazy_compile(
    rf"記号[・･]番号{BLANKS}[:：]?{BLANKS}(?P<k>[一-龥]?\d{{1,8}})[・･](?P<n>\d{{1,8}})"
    rf"{BLANKS}[（(]{BLANKS}枝番{BLANKS}[:：]?{BLANKS}(?P<e>\d{{2,3}}){BLANKS}[）)]"
)


def _cells(line: str) -> list[tuple[str, int]]:
    cells: list[tuple[str, int]] = []
    at = 0
    for cell in line.split("|"):
        cells.append((cell, at))
        at += len(cell) + 1
    return cells


def _branch_columns(folded: str) -> list[Pair]:
    """Values under a 枝番 header cell of a pipe table in a health-insurance text."""
    if _HEALTH_TEXT.search(folded) is None and _CARD_KEY.search(folded) is None:
        return []
    pairs: list[Pair] = []
    column: int | None = None
    pos = 0
    for line in folded.split("\n"):
        cells = _cells(line) if "|" in line else []
        header = [i for i, (c, _) in enumerate(cells) if c.strip() == "枝番"]
        if header:
            column = None if _NOT_CARD.search(line) else header[0]
        elif not cells:
            column = None
        elif column is not None and len(cells) > column:
            cell, at = cells[column]
            value = cell.strip()
            if _BRANCH_VALUE.fullmatch(value):
                pairs.append(exact_pair("保険証枝番", pos + at + cell.index(value), value))
        pos += len(line) + 1
    return pairs


def _dot_pairs(folded: str) -> list[Pair]:
    if _HEALTH_TEXT.search(folded) is None:
        return []
    pairs: list[Pair] = []
    for m in _DOT_PAIR.finditer(folded):
        pairs.append(exact_pair("記号", m.start("k"), m.group("k")))
        pairs.append(exact_pair("番号", m.start("n"), m.group("n")))
        pairs.append(exact_pair("枝番", m.start("e"), m.group("e")))
    return pairs


def record_bg_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BG readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    forms: list[ColumnForm] = []
    licences = [exact_pair("運転免許証番号", m.start("lic"), m.group("lic")) for m in _licence_rows(folded)]
    forms += offset_forms(licences)
    forms += offset_forms(_header_rows(folded)) if "  " in folded else []
    forms += offset_forms(_branch_columns(folded)) if "枝番" in folded else []
    forms += offset_forms(_dot_pairs(folded)) if "番号" in folded else []
    return forms


# --- vetoes -----------------------------------------------------------------------------------
_KEY_BEFORE = lazy_compile(r"(?<![A-Za-z0-9_.-])(?P<k>[A-Za-z][A-Za-z0-9_]{0,15})=[\"']?$")
#: the keys of a log line's own record: ``record=``, ``rec=``, ``record_id=``, ``id=``
_RECORD_KEY = lazy_compile(r"(?i)rec(?:ord)?(?:[_-]?id)?|id")
_PASSPORT_KEY_AFTER = lazy_compile(r"(?i)(?<![A-Za-z])passport[A-Za-z_]*=")


def record_key_value(folded: str, start: int) -> bool:
    """A value under a ``record=`` / ``id=`` key of a key=value line that gives the passport under its
    own ``passport…=`` key after it; never where the line names a passport before the value
    (``id_doc=passport id=…``) or where the key names one."""
    line_start, line = line_text(folded, start)
    line_end = line_start + len(line)
    m = _KEY_BEFORE.search(folded, max(line_start, start - 20), start)
    if m is None or _RECORD_KEY.fullmatch(m.group("k")) is None:
        return False
    if "passport" in folded[line_start : m.start()].lower():
        return False
    return _PASSPORT_KEY_AFTER.search(folded, start, line_end) is not None


def licence_digits(folded: str, start: int) -> bool:
    """A value starting inside a licence number of a glued licence record the readers give."""
    return any(m.start("lic") <= start < m.end("lic") for m in _licence_rows(folded))


def dot_joint(folded: str, start: int, end: int) -> bool:
    """A whole 記号・番号(（枝番 NN）) read as one value where the readers give its parts as values."""
    return _HEALTH_TEXT.search(folded) is not None and joint_read([_DOT_PAIR], folded, start, end)
