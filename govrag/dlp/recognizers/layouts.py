r"""Round AD: values labelled by an XML element, a circled number, a ticked box or a file's layout.

Each layout is rewritten as ``label：value`` form lines (:class:`~govrag.dlp.recognizers.columns.ColumnForm`
with per-character offsets) and scanned again by the engine, like a table's column header:

* **XML elements** with romaji names (``<SeinenGappi>``, ``<KisoNenkinBango>``, ``<KojinBango>``,
  ``<HokenshaBango>``; ``<Kigo>`` / ``<Bango>`` / ``<Edaban>`` inside a ``<Hihokensha…>`` /
  ``<Hoken…>`` record); another ``…Bango`` element is read as 管理番号;
* **circled-number forms**: a line naming fields after ①②… and later lines opening with the same
  numbers;
* **fixed-length transfer files** titled as 年金 data: ID, kana name, YYYYMMDD, 12 digits, 10 digits;
* **bank values** named in brackets after them (``（店番-口座番号）``), 誤 / 正 corrections on a line
  naming 口座番号, a YAML ``bank:`` block's ``number:``;
* **header-less CSV rows** holding a phone: a ``NNN-NNNN`` cell is a postal code;
* **foreign labels**: Vietnamese SĐT / Số điện thoại, Indonesian Tanggal lahir, Korean 생년월일;
* **spaced labels**: 生年 月日 / 生 年 月 日 before a date, 保 険 者 番 号 before a spaced run read
  through OCR look-alikes (O l I Z);
* **ticked boxes**: ``■旅券`` (■運転免許証, ■マイナンバーカード) among ``□`` boxes names the number
  on the following ``番号`` line (another ticked kind: 管理番号).

>>> xml_forms("<Nenkin><KisoNenkinBango>6631047725</KisoNenkinBango></Nenkin>")[0].text
'基礎年金番号：6631047725'
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, offset_forms
from govrag.dlp.recognizers.fragments import ERA_NAME as _ERA
from govrag.dlp.recognizers.rows import text_lines

__all__ = [
    "bank_forms",
    "box_forms",
    "circled_forms",
    "csv_forms",
    "fixed_forms",
    "foreign_forms",
    "item_forms",
    "roster_forms",
    "spaced_forms",
    "xml_forms",
]

_Pair = tuple[str, str, list[int]]
#: blanks inside a line (ASCII or ideographic)
_B = r"[ \u3000]*"


def _pair(label: str, value: str, offset: int, *, compact: bool = False) -> _Pair:
    """(label, value, offsets); ``compact`` drops the blanks inside the value."""
    if not compact:
        return label, value, list(range(offset, offset + len(value)))
    kept = [(ch, offset + i) for i, ch in enumerate(value) if ch not in " \u3000"]
    return label, "".join(ch for ch, _ in kept), [o for _, o in kept]


# --- XML elements -------------------------------------------------------------------------------

_XML = lazy_compile(r"<(?P<tag>[A-Za-z][A-Za-z0-9_]{1,40})(?:\s[^<>\n]*)?>(?P<v>[^<>\n]{1,40})</(?P=tag)>")
_XML_LABELS = {
    "seinengappi": "生年月日",
    "seinengapi": "生年月日",
    "kisonenkinbango": "基礎年金番号",
    "nenkinbango": "基礎年金番号",
    "kojinbango": "個人番号",
    # round AH: other romanisations (bangou, no, houjin)
    "kojinbangou": "個人番号",
    "kojinno": "個人番号",
    "hojinbango": "法人番号",
    "hojinbangou": "法人番号",
    "houjinbango": "法人番号",
    "houjinbangou": "法人番号",
    "hojinno": "法人番号",
    "hokenjabango": "保険者番号",
    "hokenjabangou": "保険者番号",
    "hokenshabangou": "保険者番号",
    "hokenshabango": "保険者番号",
    "hihokenshabango": "被保険者番号",
    # round AG: English element names of a card's insurer
    "insurer": "保険者番号",
    "insurer_no": "保険者番号",
    "insurerno": "保険者番号",
}
_XML_HEALTH = {
    **dict.fromkeys(("kigo", "kigou"), "被保険者記号"),
    **dict.fromkeys(("bango", "bangou"), "被保険者番号"),
    "edaban": "枝番",
}
#: round AG: the generic English names, a card's parts only beside an insurer / insurance element
#: (``<part><symbol>M6</symbol><number>120</number></part>`` is a part's code)
_XML_GENERIC = {"symbol": "被保険者記号", "number": "被保険者番号", "branch": "枝番"}
_XML_INSURER = lazy_compile(r"(?i)<(?:insurer|insurance)[A-Za-z_]*[\s>]")
_XML_RECORD = lazy_compile(r"<(?P<tag>(?:Hihokensha|Hoken)[A-Za-z]*)[\s>]")


def _health_record(text: str, pos: int) -> bool:
    """An element at ``pos`` lies inside an open ``<Hihokensha…>`` / ``<Hoken…>`` element."""
    for m in _XML_RECORD.finditer(text, max(0, pos - 2000), pos):
        if f"</{m.group('tag')}>" not in text[m.end() : pos]:
            return True
    return False


def xml_forms(text: str) -> list[ColumnForm]:
    """XML elements with romaji names as labelled values (the element name is the label)."""
    if "</" not in text:
        return []
    pairs: list[_Pair] = []
    for m in _XML.finditer(text):
        tag = m.group("tag").lower()
        label = _XML_LABELS.get(tag)
        if label is None and tag in _XML_HEALTH:
            label = _XML_HEALTH[tag] if _health_record(text, m.start()) else "管理番号"
        if label is None and tag in _XML_GENERIC:
            near = text[max(0, m.start() - 300) : m.end() + 300]
            label = _XML_GENERIC[tag] if _XML_INSURER.search(near) else None
        if label is None and tag.endswith(("bango", "bangou", "no", "code")):
            label = "管理番号"
        if label is not None:
            pairs.append(_pair(label, m.group("v"), m.start("v")))
    return offset_forms(pairs)


# --- circled-number forms -----------------------------------------------------------------------

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮"
_CIRCLED_FIELD = lazy_compile(rf"(?P<n>[{_CIRCLED}])[ \u3000]*(?P<k>[^\s{_CIRCLED}：:]{{1,12}})")
_CIRCLED_VALUE = lazy_compile(rf"^{_B}(?P<n>[{_CIRCLED}]){_B}[:：]?{_B}(?P<v>\S[^\n]*?){_B}$", re.M)


#: a date written with blanks around its separators (1990 / 07 / 21)
_SPACED_DATE = lazy_compile(r"\d{4}[ \u3000]*[/.-][ \u3000]*\d{1,2}[ \u3000]*[/.-][ \u3000]*\d{1,2}")


def circled_forms(text: str) -> list[ColumnForm]:
    """Lines opening with a circled number, labelled by the field a header line names after it."""
    if not any(ch in text for ch in _CIRCLED):
        return []
    fields: dict[str, str] = {}
    pairs: list[_Pair] = []
    for line in text.split("\n"):
        found = {m.group("n"): m.group("k") for m in _CIRCLED_FIELD.finditer(line)}
        if len(found) >= 2:
            fields = found
    if not fields:
        return []
    for m in _CIRCLED_VALUE.finditer(text):
        label = fields.get(m.group("n"))
        head = text[m.start() : m.end()]
        if label is None or len(_CIRCLED_FIELD.findall(head)) >= 2:
            continue
        spaced = _SPACED_DATE.fullmatch(m.group("v")) is not None
        pairs.append(_pair(label, m.group("v"), m.start("v"), compact=spaced))
    return offset_forms(pairs)


# --- fixed-length transfer files ----------------------------------------------------------------

_FIXED_TITLE = lazy_compile(r"^[^\n]*(?:固定長[^\n]*年金|年金[^\n]*固定長)[^\n]*$", re.M)
_FIXED_ROW = lazy_compile(
    r"^[ \u3000]*(?P<id>[0-9A-Z]{3,12})[ \u3000]*[ァ-ヶーｦ-ﾟ][ァ-ヶーｦ-ﾟ \u3000]*?[ \u3000]+"
    r"(?P<b>(?:19|20)\d{6})[ \u3000]?(?P<m>\d{12})[ \u3000]?(?P<p>\d{10})[ \u3000]*$",
    re.M,
)


def fixed_forms(text: str) -> list[ColumnForm]:
    """Rows of a header-less fixed-length file titled as 年金 data: birth date and pension number."""
    title = _FIXED_TITLE.search(text) if "固定長" in text else None
    if title is None:
        return []
    pairs: list[_Pair] = []
    for m in _FIXED_ROW.finditer(text, title.end()):
        pairs.append(_pair("管理番号", m.group("id"), m.start("id")))
        pairs.append(_pair("生年月日", m.group("b"), m.start("b")))
        pairs.append(_pair("管理番号", m.group("m"), m.start("m")))
        pairs.append(_pair("基礎年金番号", m.group("p"), m.start("p")))
    return offset_forms(pairs)


# --- bank accounts ------------------------------------------------------------------------------

_BANK_NAMED_AFTER = lazy_compile(r"(?P<v>\d{3}-\d{7})[ \u3000]*[（(](?:店番|支店番号|店番号)-口座番号[）)]")
_BANK_FIX = lazy_compile(r"(?:誤|正)[ \u3000]*[:：][ \u3000]*(?P<v>\d{3}-\d{7}|\d{7})(?![0-9-])")
_YAML_BANK = lazy_compile(r"^(?P<i>[ \t]*)bank:[ \t]*$", re.M)
_YAML_NUMBER = lazy_compile(
    r"^[ \t]+(?:number|account(?:_number)?|no)[ \t]*:[ \t]*[\"']?(?P<v>[0-9-]{5,12})[\"']?[ \t]*$"
)


def _yaml_bank(text: str, pairs: list[_Pair]) -> None:
    for m in _YAML_BANK.finditer(text):
        pos = m.end() + 1
        for line in text[pos:].split("\n")[:8]:
            if line.strip() and len(line) - len(line.lstrip()) <= len(m.group("i")):
                break
            n = _YAML_NUMBER.match(line)
            if n is not None:
                pairs.append(_pair("口座番号", n.group("v"), pos + n.start("v")))
            pos += len(line) + 1


def bank_forms(text: str) -> list[ColumnForm]:
    """A 店番-口座番号 value named in brackets after it, 誤 / 正 values near 口座, a YAML bank block."""
    pairs: list[_Pair] = []
    if "口座" in text:
        for m in _BANK_NAMED_AFTER.finditer(text):
            pairs.append(_pair("口座番号", m.group("v"), m.start("v")))
        for m in _BANK_FIX.finditer(text):
            line_end = text.find("\n", m.end())
            if "口座" in text[max(0, m.start() - 200) : line_end if line_end >= 0 else len(text)]:
                pairs.append(_pair("口座番号", m.group("v"), m.start("v")))
    if "bank:" in text:
        _yaml_bank(text, pairs)
    return offset_forms(pairs)


# --- header-less CSV rows -----------------------------------------------------------------------

_CSV_PHONE = lazy_compile(r"0\d{1,4}(?:-\d{1,4}-|\(\d{1,4}\))\d{3,4}|0[789]0\d{8}")
_CSV_ZIP = lazy_compile(r"\d{3}-\d{4}")


def csv_forms(text: str) -> list[ColumnForm]:
    """A ``NNN-NNNN`` cell of a comma-separated row of four or more cells holding a phone cell."""
    if "," not in text:
        return []
    pairs: list[_Pair] = []
    for line, pos in text_lines(text):
        if line.count(",") < 3:
            continue
        cells = line.split(",")
        if len(cells) >= 4 and any(_CSV_PHONE.fullmatch(c.strip()) for c in cells):
            at = pos
            for cell in cells:
                if _CSV_ZIP.fullmatch(cell.strip()):
                    lead = len(cell) - len(cell.lstrip())
                    pairs.append(_pair("郵便番号", cell.strip(), at + lead))
                at += len(cell) + 1
    return offset_forms(pairs)


# --- foreign and spaced labels ------------------------------------------------------------------

_T = r"[ \t]*"
_FOREIGN = (
    (lazy_compile(rf"(?:SĐT|Số điện thoại){_T}:?{_T}(?P<v>\+?[0-9][0-9 ().-]{{8,16}}[0-9])"), "電話番号"),
    (
        lazy_compile(
            rf"(?i:tanggal lahir)(?:[ \t]+[a-z]+){{0,2}}{_T}:?{_T}(?P<v>\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}})"
        ),
        "生年月日",
    ),
    (
        lazy_compile(
            rf"(?i:ng[àa]y sinh)(?: (?:của|cua) (?:tôi|toi|anh|chị|em|ông|bà))?{_T}:?{_T}"
            rf"(?P<v>\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}})"
        ),
        "生年月日",
    ),
    (
        lazy_compile(rf"생년월일(?:은|는|이|:)?{_T}:?{_T}(?P<v>\d{{4}}년{_T}\d{{1,2}}월{_T}\d{{1,2}}일)"),
        "생년월일",
    ),
)
_KOREAN_DATE = str.maketrans("년월일", "年月日")


#: round AE: French 「né(e) le 3 mars 1979」 (née, né, née le 1er …), read as a D/M/YYYY date
_FRENCH_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_FRENCH_BIRTH = lazy_compile(
    r"(?<![A-Za-z])(?i:n[ée]e?(?:\(e\))?)[ \t]+le[ \t]+(?P<d>\d{1,2})(?:er)?[ \t]+"
    r"(?P<m>(?i:" + "|".join(_FRENCH_MONTHS) + r"))[ \t]+(?P<y>(?:19|20)\d{2})(?![0-9])"
)


def _french_birth(m: re.Match[str]) -> _Pair:
    """(生年月日, D/M/YYYY, offsets): each part's characters point into its own French part, in order."""
    month = str(_FRENCH_MONTHS.index(m.group("m").lower()) + 1)
    day, d, mo, y = m.group("d"), m.start("d"), m.start("m"), m.start("y")
    value = f"{day}/{month}/{m.group('y')}"
    offsets = [d + i for i in range(len(day))] + [d + len(day) - 1] + [mo] * (len(month) + 1)
    return "生年月日", value, [*offsets, y, y + 1, y + 2, y + 3]


def foreign_forms(text: str) -> list[ColumnForm]:
    """Vietnamese phone and birth-date labels, Indonesian, Korean and French birth dates (a Korean date
    read as 年月日, a French one as D/M/YYYY)."""
    low = text.lower()
    if (
        not any(word in text for word in ("SĐT", "Số điện thoại", "생년월일"))
        and "lahir" not in low
        and "sinh" not in low
        and " le " not in low
    ):
        return []
    pairs: list[_Pair] = [_french_birth(m) for m in _FRENCH_BIRTH.finditer(text)]
    for pattern, label in _FOREIGN:
        for m in pattern.finditer(text):
            value = m.group("v")
            if label == "생년월일":
                label_ja, value = "生年月日", value.translate(_KOREAN_DATE)
                pairs.append((label_ja, value, list(range(m.start("v"), m.end("v")))))
            else:
                pairs.append(_pair(label, value, m.start("v")))
    return offset_forms(pairs)


_SPACED_BIRTH = lazy_compile(
    r"生[ \u3000]*年[ \u3000]+月[ \u3000]*日|生[ \u3000]+年[ \u3000]*月[ \u3000]*日"
)
_SPACED_BIRTH_VALUE = lazy_compile(
    rf"{_B}[:：]?{_B}(?P<v>{_ERA}{_B}\d{{1,2}}{_B}年{_B}\d{{1,2}}{_B}月{_B}\d{{1,2}}{_B}日"
    rf"|\d{{4}}{_B}年{_B}\d{{1,2}}{_B}月{_B}\d{{1,2}}{_B}日)"
)
_SPACED_INSURER = lazy_compile(
    r"保[ \u3000]+険[ \u3000]+者[ \u3000]+番[ \u3000]+号[ \u3000]*[:：]?[ \u3000]*"
    r"(?P<v>[0-9OolIZ](?:[ \u3000][0-9OolIZ]){5,7})(?![ \u3000]?[0-9A-Za-z])"
)
_INSURER_DIGITS = str.maketrans("OolIZ", "00112")


#: round AE: a label line spaced letter by letter (運 転 免 許 証 番 号) ending in 番号 / 月日, its
#: value alone on the next line
_SPACED_LINE = lazy_compile(
    r"^[ \u3000]*(?P<l>[一-龥ぁ-んァ-ヴ](?:[ \u3000]+[一-龥ぁ-んァ-ヴ]){2,10})[ \u3000]*[:：]?[ \u3000]*\n"
    r"[ \u3000]*(?P<v>[0-9０-９A-Za-z][0-9０-９A-Za-z \u3000/.()-]{5,24}[0-9０-９])[ \u3000]*$",
    re.M,
)


def _spaced_line_pairs(text: str) -> list[_Pair]:
    pairs: list[_Pair] = []
    for m in _SPACED_LINE.finditer(text):
        label = re.sub(r"[ \u3000]", "", m.group("l"))
        if label.endswith(("番号", "月日")):
            pairs.append(_pair(label, m.group("v"), m.start("v")))
    return pairs


def spaced_forms(text: str) -> list[ColumnForm]:
    """A date after a blank-spaced 生年月日 label; an OCR-spaced run after 保 険 者 番 号; a value line
    under a letter-spaced label line."""
    pairs: list[_Pair] = _spaced_line_pairs(text) if "\n" in text else []
    if "生" in text:
        for m in _SPACED_BIRTH.finditer(text):
            v = _SPACED_BIRTH_VALUE.match(text, m.end())
            if v is not None:
                pairs.append(_pair("生年月日", v.group("v"), v.start("v")))
    if "保" in text:
        for m in _SPACED_INSURER.finditer(text):
            label, value, offsets = _pair("保険者番号", m.group("v"), m.start("v"), compact=True)
            if sum(ch.isdigit() for ch in value) > len(value) // 2:
                pairs.append((label, value.translate(_INSURER_DIGITS), offsets))
    return offset_forms(pairs)


# --- ticked boxes -------------------------------------------------------------------------------

_TICKED = lazy_compile(r"■[ \u3000]*(?P<k>[^\s□■]{1,16})")
_TICKED_LABELS = (
    ("旅券", "旅券番号"),
    ("パスポート", "旅券番号"),
    ("運転免許", "運転免許証番号"),
    ("マイナンバー", "個人番号"),
    ("個人番号", "個人番号"),
)
_BOX_NUMBER = lazy_compile(
    rf"^{_B}番号[^\n:：]{{0,8}}?{_B}[:：]?{_B}(?P<v>[0-9A-Z][0-9A-Z -]{{5,20}}[0-9A-Z]){_B}$", re.M
)


def box_forms(text: str) -> list[ColumnForm]:
    """The ``番号`` line right below a line of boxes, labelled by the ticked one's document type."""
    if "■" not in text or "□" not in text:
        return []
    pairs: list[_Pair] = []
    for m in _TICKED.finditer(text):
        line_end = text.find("\n", m.end())
        if line_end < 0 or "□" not in text[text.rfind("\n", 0, m.start()) + 1 : line_end]:
            continue
        kind = m.group("k")
        label = next((lab for word, lab in _TICKED_LABELS if kind.startswith(word)), "管理番号")
        v = _BOX_NUMBER.match(text, line_end + 1)
        if v is not None:
            pairs.append(_pair(label, v.group("v"), v.start("v")))
    return offset_forms(pairs)


# --- vetoes -------------------------------------------------------------------------------------

_CODE_TITLE = lazy_compile(r"コード一覧|コード表|内部管理用")
_PHONE_WORD = lazy_compile(r"電話|TEL|Tel|tel|携帯|連絡先|FAX|Fax")


# --- round AE: numbered item lines, English-header fixed-width rosters ------------------------------

_ITEM = lazy_compile(
    r"^[ \u3000]*項目[ \u3000]*(?P<n>\d{1,2})[ \u3000.．:：]*(?P<k>[^\s:：]{1,12})[ \u3000]*$", re.M
)
_ENTRY = lazy_compile(r"^[ \u3000]*[（(][^）)\n]{0,6}記[載入]欄[^）)\n]{0,6}[)）][ \u3000]*$", re.M)


def item_forms(text: str) -> list[ColumnForm]:
    """``項目1 氏名`` … lines (one field a line, numbered from 1), then a （記載欄） / （記入欄） line and
    the values one a line in the same order: each value labelled by its item's field."""
    if "項目" not in text or "欄" not in text:
        return []
    pairs: list[_Pair] = []
    for entry in _ENTRY.finditer(text):
        items = [m for m in _ITEM.finditer(text, 0, entry.start())]
        fields = [m.group("k") for m in items if m.end() >= entry.start() - 200]
        if not fields or items[-1].group("n") != str(len(fields)):
            continue
        pos = entry.end() + 1
        for field in fields:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if line.strip():
                pairs.append(_pair(field, line.strip(), pos + len(line) - len(line.lstrip())))
            pos = end + 1
            if pos > len(text):
                break
    return offset_forms(pairs)


_EN_HEADERS = {
    "BIRTH": "生年月日",
    "DOB": "生年月日",
    "PENSION": "基礎年金番号",
    "LICENSE": "運転免許証番号",
    "LICENCE": "運転免許証番号",
    "PHONE": "電話番号",
    "TEL": "電話番号",
    "PASSPORT": "旅券番号",
    "MYNUMBER": "個人番号",
}
_EN_HEADER = lazy_compile(r"^[ \t]*NAME(?:[ \t]{2,}[A-Z]{2,10}){2,8}[ \t]*$", re.M)
_EN_VALUE = lazy_compile(r"(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}|[0-9][0-9-]{5,14}[0-9]")


def roster_forms(text: str) -> list[ColumnForm]:
    """A fixed-width roster under a ``NAME  BIRTH  PENSION  LICENSE`` header (every other column a
    known English field): each row's values split by shape, in header order, even where a long name
    runs into the next column."""
    if "NAME" not in text:
        return []
    pairs: list[_Pair] = []
    for head in _EN_HEADER.finditer(text):
        labels = [_EN_HEADERS.get(w) for w in head.group(0).split()[1:]]
        if None in labels:
            continue
        pos = head.end() + 1
        for line in text[pos:].split("\n")[:200]:
            if not line.strip():
                break
            values = list(_EN_VALUE.finditer(line))
            if len(values) == len(labels):
                cells = zip(labels, values, strict=True)
                pairs += [_pair(str(k), v.group(0), pos + v.start()) for k, v in cells]
            pos += len(line) + 1
    return offset_forms(pairs)


def in_code_list(text: str, start: int) -> bool:
    """A phone-shaped value on a row of a block (no blank line between) titled as a code list
    (施設コード一覧, コード表, 内部管理用), with no phone word on its own row."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if _PHONE_WORD.search(text[line_start : line_end if line_end >= 0 else len(text)]):
        return False
    above = text[max(0, line_start - 3000) : line_start].split("\n")[:-1]
    for line in reversed(above[-30:]):
        if not line.strip():
            return False
        if _CODE_TITLE.search(line):
            return True
    return False


_TIMESTAMP_KEY = lazy_compile(
    # (round AO: received / submitted, a request's filing)
    r"(?i)[\"']?(?:updated|created|modified|received|submitted|timestamp"
    r"|(?:updated|created|modified|received|submitted)_?(?:at|on|date)"
    r"|last_?modified|date_?(?:updated|created|modified))[\"']?[ \t]*[:=][ \t]*[\"']?$"
)


#: round AH: an XML element or key whose romanised name means a filing / notification / issue date
#: (``<TodokedeBi>``, ``<teishutsu_ymd>``, ``"shinkoku_date":``): the record's date, not a birth date
_FILING_WORD = (
    r"[a-z_]*(?:todoke(?:de)?|teis[hy]utsu|s[hy]inkoku|s[hy]insei|uketsuke|juu?ri|kou?fu|hakkou?|sakusei"
    r"|kisai)_?(?:bi|hi|ymd|date|nengappi|nichiji)?"
)
_FILING_KEY = lazy_compile(
    r"(?i)(?:<" + _FILING_WORD + r"(?:\s[^<>\n]*)?>|(?<![A-Za-z0-9_])[\"']?" + _FILING_WORD
    + r"[\"']?[ \t]*[:=][ \t]*[\"']?)$"
)


def after_timestamp_key(text: str, start: int) -> bool:
    """A value right after a record-keeping key (``"updated": "…"``, created, modified, timestamp)
    or a filing-date element (round AH: ``<TodokedeBi>``, ``<ShinkokuYmd>``)."""
    before = text[max(0, start - 40) : start]
    return _TIMESTAMP_KEY.search(before) is not None or _FILING_KEY.search(before) is not None
