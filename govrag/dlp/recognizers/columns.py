r"""A table cell's own label is its column header: CSV, TSV and ``|`` tables written as forms.

In a table whose first row names the columns (「氏名,免許証番号」) and whose later rows hold the
values, a value's label is not beside it but at the top of its column. :func:`column_forms`
rewrites every data row as a form line — ``header：value`` per column — so that every recognizer's
own-label rules apply to it unchanged; the engine scans those lines and maps findings back to the
cells (``ColumnForm.to_original``). A header row is a row of two or more non-empty cells without
digits; the data rows are the following rows with the same separator and the same number of
cells (cells as the row model :mod:`.rows` splits them; a Markdown divider row ``|---|---|`` is
skipped); only a table with a column header that may name personal data (氏名, …番号, 電話,
生年月日, Name …) is rewritten. Text is expected folded (:func:`govrag.dlp.fold.fold`: ``｜`` and
``，`` are then ``|`` and ``,``).

>>> forms = column_forms("氏名,免許証番号\n北川 智,552019384471")
>>> forms[0].text
'氏名：北川 智\n免許証番号：552019384471'
>>> forms[0].to_original(len("氏名：北川 智\n免許証番号："), len(forms[0].text))
(14, 26)
>>> column_forms("品番,数量\nA-1,3")
[]
>>> column_forms("2026/11/05,受付\n2026/11/06,交付")
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.bank_account import BANK_BLOCK_WORDS, bank_block
from govrag.dlp.recognizers.keyed import caption_label, document_label, key_label, typed_number_label
from govrag.dlp.recognizers.rows import TABLE_SEPARATORS, row_separator, split_fields, text_lines, yaml_parent

__all__ = [
    "ColumnForm",
    "Pair",
    "column_forms",
    "exact_pair",
    "joint_read",
    "keyed_forms",
    "pairs_form",
    "spaced_forms",
    "whole_pair",
    "wide_forms",
]

_DIVIDER = lazy_compile(r"\s*:?-{2,}:?\s*")
#: a header cell holds no digits but may end in an index (住所1, 電話2, address1)
_HEADER_CELL = lazy_compile(r"[^\d]{1,24}\d?")
#: fields of one rewritten row are separate lines: each value sees only its own column's label
_FIELD_JOIN = "\n"
#: a table's separators, one per row (:func:`.rows.row_separator`); round AO: a semicolon CSV
#: (Excel's export in locales whose decimal mark is a comma) after TAB, ``|`` and comma; a slash with a
#: blank either side (a hand-copied list: 氏名 / 生年月 / 職業) last
_SLASH = " / "
_COLUMN_SEPARATORS = (*TABLE_SEPARATORS, ";", _SLASH)
#: a label's colon: a `` / `` line holding one is a bilingual label (電話 / Phone: …), no table row
_LABEL_COLON = lazy_compile(r"[:：]")
#: the longest table rewritten (rows), so a huge CSV costs at most this many form lines per header
_MAX_ROWS = 5000


@dataclass(frozen=True, slots=True)
class ColumnForm:
    """One data row rewritten as ``header：value`` lines; ``cells`` maps form offsets back:
    ``(form_start, original_start, length)`` per value."""

    text: str
    cells: tuple[tuple[int, int, int], ...]
    #: when set, the original offset of every form character (a form with characters removed)
    chars: tuple[int, ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int] | None:
        """Original offsets of the form span ``[start, end)`` when it lies inside one value."""
        if self.chars:
            return (self.chars[start], self.chars[end - 1] + 1) if start < end <= len(self.chars) else None
        for f_start, o_start, length in self.cells:
            if f_start <= start and end <= f_start + length:
                return o_start + start - f_start, o_start + end - f_start
        return None


def offset_forms(pairs: Sequence[tuple[str, str, list[int]]]) -> list[ColumnForm]:
    """One form of ``label：value`` lines from (label, value, original offset of each value
    character — non-decreasing) triples, blank values left out; every label character maps to its
    value's first one. ``[]`` when none is left (the layout, record and phrase readers share it)."""
    text: list[str] = []
    chars: list[int] = []
    cells: list[tuple[int, int, int]] = []
    for label, value, offsets in pairs:
        if not value.strip():
            continue
        head = ("\n" if text else "") + label + "："
        text.append(head + value)
        cells.append((len(chars) + len(head), offsets[0], offsets[-1] + 1 - offsets[0]))
        chars.extend([offsets[0]] * len(head) + offsets)
    return [ColumnForm("".join(text), tuple(cells), tuple(chars))] if text else []


#: an :func:`offset_forms` triple: (label, value, the original offset of each value character)
Pair = tuple[str, str, list[int]]


def joint_read(patterns: Sequence[re.Pattern[str]], text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a whole card pair read as one value: it starts at a match's ``k``
    group (the 記号) and ends between the end of its ``n`` group (the 番号) and the match's end,
    where the readers give the parts as values of their own (rounds BG / BJ vetoes).

    >>> pair = re.compile(r"(?P<k>\\d+)・(?P<n>\\d+)")
    >>> joint_read([pair], "記号・番号 12・345", 6, 12), joint_read([pair], "記号・番号 12・345", 9, 12)
    (True, False)
    """
    lo, hi = max(0, start - 40), min(len(text), end + 40)
    matches = (m for p in patterns for m in p.finditer(text, lo, hi))
    return any(m.start("k") == start and m.end("n") <= end <= m.end() for m in matches)


def exact_pair(label: str, start: int, value: str) -> Pair:
    """An :func:`offset_forms` triple for ``value`` as it stands in the text at ``start``.

    >>> exact_pair("氏名", 4, "ﾔﾏﾀﾞ")
    ('氏名', 'ﾔﾏﾀﾞ', [4, 5, 6, 7])
    """
    return label, value, list(range(start, start + len(value)))


def whole_pair(label: str, start: int, end: int, value: str) -> Pair:
    """An :func:`offset_forms` triple whose (rewritten) ``value`` maps back onto ``[start, end)`` as
    a whole: its first characters onto ``start``, its last onto ``end - 1``.

    >>> whole_pair("電話番号", 10, 23, "09012345678")
    ('電話番号', '09012345678', [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 22])
    """
    return label, value, [start] * (len(value) - 1) + [end - 1] if value else []


def pairs_form(pairs: list[tuple[str, str, int]]) -> ColumnForm | None:
    """A form of ``label：value`` lines from (label, value, original offset) triples (empty values
    left out), or None when none is left."""
    parts: list[str] = []
    maps: list[tuple[int, int, int]] = []
    length = 0
    for label, value, offset in pairs:
        if not value:
            continue
        if parts:
            parts.append("\n")
            length += 1
        head = f"{label}："
        parts.append(head + value)
        maps.append((length + len(head), offset, len(value)))
        length += len(head) + len(value)
    return ColumnForm("".join(parts), tuple(maps)) if maps else None


_AMOUNT_HEAD = lazy_compile(r"[-+¥￥]?\d{1,3}")
_AMOUNT_GROUP = lazy_compile(r"\d{3}")


def _rejoin_amounts(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Round BK: cells of an unquoted amount split at its thousands separators (``68,000`` read as
    ``68`` and ``000``) joined again: a 1-3 digit cell followed, right after one separator, by
    cells of exactly three digits."""
    joined: list[tuple[str, int]] = []
    for cell, at in cells:
        if joined and _AMOUNT_GROUP.fullmatch(cell):
            last, last_at = joined[-1]
            head = last.rsplit(",", 1)[0] if "," in last else last
            if at == last_at + len(last) + 1 and (_AMOUNT_HEAD.fullmatch(head) or "," in last):
                joined[-1] = (f"{last},{cell}", last_at)
                continue
        joined.append((cell, at))
    return joined


def _first_split(cells: list[tuple[str, int]]) -> int:
    """The index of the first cell that starts an amount split at its thousands separator."""
    for i in range(len(cells) - 1):
        (cell, at), (after, after_at) = cells[i], cells[i + 1]
        if _AMOUNT_HEAD.fullmatch(cell) and _AMOUNT_GROUP.fullmatch(after) and after_at == at + len(cell) + 1:
            return i
    return len(cells)


def _fit(cells: list[tuple[str, int]], width: int, sep: str = "") -> list[tuple[str, int]] | None:
    """A data row's cells fitted to the header's width: trailing empty cells (a row ending in its
    separator) dropped, one missing last cell (an empty last field cut off) read as empty; None
    when the row has more non-empty cells than the header or lacks more than one: the table ends.
    Round BK: a comma row with more cells than the header whose unquoted amounts, joined again at
    their thousands separators, give the header's width is read with the amounts joined; when they
    do not, the cells before the first split amount are read (the rest as empty)."""
    while len(cells) > width and not cells[-1][0]:
        cells = cells[:-1]
    if sep == "," and len(cells) > width:
        joined = _rejoin_amounts(cells)
        while len(joined) > width and not joined[-1][0]:
            joined = joined[:-1]
        if len(joined) == width:
            cells = joined
        else:
            # ambiguous groups (68,500,822,000 under two amount columns): the cells before the
            # first split amount are aligned, the rest left unread
            first = _first_split(cells)
            if 2 <= first < width:
                cells = cells[:first] + [("", 0)] * (width - first)
    if len(cells) > width or len(cells) < max(2, width - 1):
        return None
    return cells + [("", 0)] * (width - len(cells))


#: header words of a column that may hold personal data: a table is rewritten only when one of
#: its column headers has one (a product or statistics table costs nothing more)
_PERSONAL_HEADER = lazy_compile(
    r"氏名|名前|名義|フリガナ|ふりがな|カナ|番号|記号|No|電話|TEL|Tel|携帯|連絡|FAX|Fax|メール|mail|Mail"
    r"|住所|所在地|郵便|〒|生年|誕生|出生|口座|免許|旅券|パスポート|在留|年金|保険|カード|マイナンバー"
    r"|者|人|主|担当|宛|(?i:name|phone|address|zip|postal|birth|dob|passport|licen[cs]e|account|card)"
)


def _is_header(cells: list[tuple[str, int]]) -> bool:
    return (
        len(cells) >= 2
        and all(_HEADER_CELL.fullmatch(c) for c, _ in cells)
        and any(_PERSONAL_HEADER.search(c) or key_label(c) for c, _ in cells)
    )


def _labelled(cell: str) -> bool:
    return _HEADER_CELL.fullmatch(cell) is not None and bool(_PERSONAL_HEADER.search(cell) or key_label(cell))


def _key_value_pair(header: list[tuple[str, int]], below: str, sep: str) -> bool:
    """Round AA: a two-cell "header" of a label and a value (｜Name｜Kenji Sato｜) over a row that
    opens with a label again (｜Pension No.｜…｜): a key/value table, each row its own label."""
    if len(header) != 2 or _labelled(header[1][0]) or sep not in below:
        return False
    cells = split_fields(below, 0, sep)
    return len(cells) >= 2 and _labelled(cells[0][0])


#: round W: a blank inside a Japanese header (健保 番号) is layout, not a word break
_CJK_GAP = lazy_compile(r"(?<=[一-龥ぁ-んァ-ヶ])[ \u3000]+(?=[一-龥ぁ-んァ-ヶ])")


def _form(header: list[str], cells: list[tuple[str, int]], caption: str = "") -> ColumnForm | None:
    parts: list[str] = []
    maps: list[tuple[int, int, int]] = []
    length = 0
    previous: str | None = None
    row = [c for c, _ in cells]
    for name, (value, o_start) in zip(header, cells, strict=True):
        # an English key names the column's data in Japanese; a bare 番号 column is named by
        # the document a cell of the same row names (書類種別 運転免許証 → 運転免許証番号)
        # (round P: a joint 記号-番号 column under a caption naming a health-insurance card)
        name = (
            key_label(name, previous=previous)
            or document_label(name, row)
            or caption_label(name, caption)
            or _CJK_GAP.sub("", name)
        )
        previous = name
        if not value:
            continue
        if parts:
            parts.append(_FIELD_JOIN)
            length += len(_FIELD_JOIN)
        label = f"{name}："
        parts.append(label + value)
        maps.append((length + len(label), o_start, len(value)))
        length += len(label) + len(value)
    return ColumnForm("".join(parts), tuple(maps)) if maps else None


def _bank_names(names: list[str]) -> list[str]:
    """Round AB: 記号 / 番号 columns of a header naming a bank (ゆうちょ\t記号\t番号) are the bank's."""
    if not any(BANK_BLOCK_WORDS.search(n) for n in names):
        return names
    return ["ゆうちょ" + n.strip() if n.strip() in ("記号", "番号") else n for n in names]


def column_forms(text: str) -> list[ColumnForm]:
    """Every data row under a header row in ``text`` (folded), as a :class:`ColumnForm`."""
    if not any(sep in text for sep in _COLUMN_SEPARATORS):
        return []
    lines = text_lines(text)
    forms: list[ColumnForm] = []
    i = 0
    while i < len(lines):
        line, offset = lines[i]
        sep = row_separator(line, _COLUMN_SEPARATORS)
        i += 1
        if sep is None:
            continue
        header = split_fields(line, offset, sep)
        if not _is_header(header) or _key_value_pair(header, lines[i][0] if i < len(lines) else "", sep):
            continue
        if sep == _SLASH and (len(header) < 3 or _LABEL_COLON.search(line)):
            continue  # 住所 / Address: … is one bilingual label, no table
        names = _bank_names([c for c, _ in header])
        caption = lines[i - 2][0] if i >= 2 and sep not in lines[i - 2][0] else ""
        rows = 0
        while i < len(lines) and rows < _MAX_ROWS:
            row, r_offset = lines[i]
            if sep not in row or (sep == _SLASH and _LABEL_COLON.search(row)):
                break
            cells = _fit(split_fields(row, r_offset, sep), len(names), sep)
            if cells is None:
                break
            i += 1
            if sep == "|" and all(_DIVIDER.fullmatch(c) for c, _ in cells):
                continue
            form = _form(names, cells, caption)
            if form is not None:
                forms.append(form)
            rows += 1
    return forms


# key=value or key: value; the value runs to the next key, a ; or , before a key, or the line end
# (round BF: also a JSON object's last value before the next object's key, ``"branch": "02"}, "exam"``)
_KV = lazy_compile(
    r"(?<![\w.])(?P<kq>[\"']?)(?P<k>[A-Za-z][A-Za-z0-9_.]*(?: [A-Za-z][A-Za-z0-9_]*(?=[\"']?\s*:))?)(?P=kq)"
    r"\s*(?:=|:(?=[\s\"'0-9A-Z]))\s*"
    r"(?P<q>[\"']?)(?P<v>[^\s\"';,=][^\"';=\n]*?)(?P=q)"
    r"(?=\s*(?:[;,]|(?<=[\"'])[}\]]+\s*,)?\s*[{\[]?\s*[\"']?[A-Za-z][A-Za-z0-9_.]*[\"']?\s*(?:=|:[\s\"'0-9A-Z])|\s*[;,}\]]*\s*$)",
    re.MULTILINE,
)


_INSURANCE_KEY = lazy_compile(r"(?i:insurance|hoken|kenpo)|保険")
#: round AF: English card-field keys that name a health-insurance card's parts only beside an
#: insurer / insurance word in the same line (``{"symbol": "M8", "number": …}`` is a part number)
_GENERIC_CARD_KEY = lazy_compile(r"(?i)[\"']?(?:symbol|number|branch)[\"']?")
_INSURER_KEY = lazy_compile(r"(?i)insurer|insurance|hoken|kenpo|保険")


def _insurance_parent(text: str, pos: int) -> bool:
    """The YAML mapping holding the line at ``pos`` is keyed by a (health-)insurance word."""
    parent = yaml_parent(text, pos)
    return parent is not None and _INSURANCE_KEY.search(parent) is not None


def keyed_forms(text: str) -> list[ColumnForm]:
    """``key=value`` fields with a personal-data key, one form per line (folded ``text``)."""
    if "=" not in text and ":" not in text:
        return []
    forms: list[ColumnForm] = []
    for line, pos in text_lines(text):
        parts: list[str] = []
        maps: list[tuple[int, int, int]] = []
        length = 0
        previous = ""
        found = list(_KV.finditer(line))
        pairs = [(m.group("k"), m.group("v")) for m in found]
        insurer = _INSURER_KEY.search(line) is not None
        for m in found:
            label = key_label(m.group("k"), previous=previous) or typed_number_label(m.group("k"), pairs)
            previous = label or ""
            if label is None:
                continue
            generic = _GENERIC_CARD_KEY.fullmatch(m.group("k")) is not None
            if label in ("記号", "番号", "枝番") and generic and not insurer:
                continue  # round AF: symbol / number / branch with no insurer key: a part's codes
            if label in ("記号", "番号") and bank_block(text, pos + m.start()):
                label = "ゆうちょ" + label  # round Q: kigo/bango under an ``account: yucho`` line
            elif label in ("記号", "番号", "枝番") and _insurance_parent(text, pos + m.start()):
                continue  # round AA: kigo/bango under an ``insurance:`` key: the plain scan reads them
            if parts:
                parts.append("\n")
                length += 1
            head = f"{label}："
            parts.append(head + m.group("v"))
            maps.append((length + len(head), pos + m.start("v"), len(m.group("v"))))
            length += len(head) + len(m.group("v"))
        if maps:
            forms.append(ColumnForm("".join(parts), tuple(maps)))
    return forms


_CJK = lazy_compile(r"[一-龥々ぁ-んァ-ヶー]")
_RUN_END = lazy_compile(r"[一-龥々ぁ-んァ-ヶー:：]")


def _spaced_line(line: str, offset: int) -> ColumnForm | None:
    """``line`` with every space between two one-character words removed (OCR letter spacing:
    ``在 留 カ ー ド 番 号``, ``0 7 0 - 2 8 …``), or None when it has no such spacing."""
    words = line.split(" ")
    keep: list[int] = []
    runs: list[tuple[int, int, int]] = []
    pos = 0
    run_start = -1
    joins = [0, 0]  # [between two kana/kanji, other]
    for k, word in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        keep.extend(range(offset + pos, offset + pos + len(word)))
        # a one-character word joins the next one-character word; the last of a run also joins
        # the word after it when that starts with kana/kanji or a colon (生 年 月 日：…)
        joined = len(word) == 1 and (len(nxt) == 1 or (run_start >= 0 and _RUN_END.match(nxt) is not None))
        if joined:
            joins[0 if _CJK.match(word) and _CJK.match(nxt) else 1] += 1
            run_start = pos if run_start < 0 else run_start
        else:
            if run_start >= 0:
                runs.append((0, offset + run_start, pos + len(word) - run_start))
                run_start = -1
            if k + 1 < len(words):
                keep.append(offset + pos + len(word))
        pos += len(word) + 1
    if joins[0] < 1 and joins[1] < 2:
        return None
    text = "".join(line[c - offset] for c in keep)
    return ColumnForm(text, tuple(runs), tuple(keep))


def spaced_forms(text: str) -> list[ColumnForm]:
    """Lines with a space between one-character words (OCR output), scanned without those spaces;
    the spaced runs are the form's cells."""
    if " " not in text:
        return []
    forms: list[ColumnForm] = []
    for line, pos in text_lines(text):
        if " " in line:
            form = _spaced_line(line, pos)
            if form is not None:
                forms.append(form)
    return forms


#: round U: a roster whose columns are set apart by full-width spaces (番号　性別　生年月日); folding
#: turns them into plain spaces, so the columns are read from the text before folding
_WIDE = lazy_compile("\u3000+")
_WIDE_HEADER_CELL = lazy_compile(r"[^\d\s]{1,10}")
_FIELD_LABEL_END = lazy_compile(
    r"(?:番号|No\.?|住所|所在地|氏名|名前|フリガナ|電話|TEL|携帯|メール|生年月日|誕生日|口座|記号|免許|旅券|郵便)$"
)


def _wide_cells(line: str, offset: int) -> list[tuple[str, int]]:
    return [c for c in split_fields(line, offset, _WIDE, borders=False) if c[0] or c[1] > offset]


def _label_cell(cell: str) -> bool:
    """A cell that is itself a field label (住所, 口座番号): the line is a key-value form line."""
    return _WIDE_HEADER_CELL.fullmatch(cell) is not None and (
        _FIELD_LABEL_END.search(cell) is not None or key_label(cell) is not None
    )


_READING_LINE = lazy_compile(r"(?:フリガナ|ふりがな|カナ|ﾌﾘｶﾞﾅ)(?:\u3000[ァ-ヴー]+)+")


def wide_forms(text: str, folded: str) -> list[ColumnForm]:
    """Every data row under a header row whose cells are set apart by full-width spaces in
    ``text`` (the values are read from ``folded``, the same offsets): a header of two or more
    cells without digits, one naming personal data; rows with as many cells, none of them a field
    label of its own (a key-value form 「氏名　…⏎住所　…」 is no table)."""
    if "\u3000" not in text or len(text) != len(folded):
        return []
    lines = text_lines(text)
    forms: list[ColumnForm] = []
    i = 0
    while i < len(lines):
        line, offset = lines[i]
        i += 1
        if "\u3000" not in line.strip() or row_separator(line) is not None:
            continue
        if _READING_LINE.fullmatch(line.strip()):
            continue  # round AP: フリガナ　ナカムラ　ダイスケ is a label and its value, no header
        header = _wide_cells(line.rstrip(), offset)
        if not (_is_header(header) and all(_WIDE_HEADER_CELL.fullmatch(c) for c, _ in header)):
            continue
        names = [c for c, _ in header]
        rows = 0
        while i < len(lines) and rows < _MAX_ROWS:
            row, r_offset = lines[i]
            cells = _fit(_wide_cells(row.rstrip(), r_offset), len(names)) if "\u3000" in row else None
            if cells is None or not any(ch.isdigit() for ch in row) or _label_cell(cells[0][0]):
                break
            i += 1
            values = [(folded[o : o + len(c)], o) for c, o in cells]
            form = _form(names, values)
            if form is not None:
                forms.append(form)
            rows += 1
    return forms
