r"""A health-insurance card context: any 記号/番号/枝番/保険者番号 label + value once a card is named.

Round K's general mechanism behind :mod:`.health_insurance`'s fixed layouts. Once a card context
is established — a card name (保険証, 被保険者証, 資格確認書, 国保, 協会けんぽ, 健康保険組合,
後期高齢者医療, 介護保険, "health insurance", "insurance card", ``hokensho`` …) in the value's
sentence, the sentence before, or a form's/table's lines above (not past a blank line), or a second
card label of another role nearby (記号 beside 番号, ``kigo`` beside ``bango``) — a value beside any
notation of a card label is the card's:

* label → value in any notation: 記号/記/kigo/symbol, 番号/番/No./#/number/bango, 枝番/枝/edaban/
  branch, 保険者番号/insurer, 被保険者番号/insured; joined by ``:``, ``＝``, ``#``, が/は/って,
  ``is``/``wa``, a JSON key's quotes, or a line break (OCR: label and value on separate lines);
* value → label (``06139012（保険者番号）``);
* a joint label with two values (``記号と番号は1234と56``, ``kigo/bango: 1234/56``);
* a label line then the value alone on the next line (``記号番号は以下の通りです。⏎1234-56``);
* a header row of card labels (spaces, tabs, commas or ``|`` between cells) and the cells under it.

A count or a date after the value (``8桁``, ``3件``, ``2025/03/14``), a specimen word (記載例, 見本;
not one denied: 「見本ではありません」) and another number's label (受付番号, 文書番号, 整理番号,
地番) keep it out.

>>> t = "保険証の記号が3310で番号が62です"
>>> sorted(t[s:e] for s, e in card_values(t))
['3310', '62']
>>> t = "保険証⏎記号　　番号⏎8812　　406".replace("⏎", "\n")
>>> [t[s:e] for s, e in header_cells(t)]
['8812', '406']
>>> card_context("受付番号 2025-0012", 5, 14)
False
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import other_number_words
from govrag.dlp.recognizers.rows import ALIGNED, split_fields, yaml_parent
from govrag.dlp.recognizers.specimen import has_marker

__all__ = [
    "CONTEXT_PATTERNS",
    "JOINT_COUNT",
    "card_context",
    "card_values",
    "has_specimen_word",
    "header_cells",
    "holder_pair",
    "is_specimen",
    "is_typed",
]

#: words naming a health-insurance card (or its holder / its insurer)
CARD_WORDS = (
    "保険証", "被保険者", "健康保険", "介護保険", "組合員証", "けんぽ", "国保", "資格確認書", "後期高齢",
    "被扶養者", "保険者番号", "共済組合", "高額療養費", "限度額適用", "健保番号", "健保証",
)
_CARD_WORDS_EN = lazy_compile(
    r"(?i:health[\s_]+insurance|insurance[\s_]+(?:card|certificate)|insurer\s+(?:no|number)|hokensh[oa]|hihokensha"
    r"|kokuho)"
)
#: a form's instructions or a specimen, not a card: the shared markers of :mod:`.specimen` (round
#: Q; denied ones — 「見本ではありません」「様式見本とは別物」 — veto nothing) and, for card rules, 様式
#: and 例えば
_CARD_SAMPLE_EXTRA = ("様式", "例えば")
#: another account's or document's 記号・番号 (ゆうちょ, 年金手帳)
_OTHER_WORDS = ("ゆうちょ", "貯金", "振替", "口座", "銀行", "年金")
#: another insurance (and its 被保険者): 雇用保険被保険者番号 is no health-insurance card
_OTHER_INSURANCE = lazy_compile(r"(?:雇用|労働|労災|生命|損害|自動車|火災|地震|傷害)保険(?:被保険者)?")
#: insurance words that name no card: card labels of two roles beside them are no card context
_NON_CARD = ("保険料", "保険会社", "保険金", "＃", "凡例", "図表", "図中")

# one label per role; a 番/記/枝 abbreviation only before a colon, =, # or No.
_KIGO = (
    r"(?:記号|(?<![一-龥])記(?=\s*[:：=#＃])|(?<![A-Za-z])[a-z_]*(?i:kigou?)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?i:(?:card\s+)?symbol)(?:\s*(?i:No\.?))?)"
)
_BANGO = (
    r"(?:(?:被保険者証?|保険証|資格確認書|健保|健康保険証?)の?番号|(?<![一-龥ァ-ヴーA-Za-zぁ-ん])番号|(?<=[のはがで])番号|(?<![一-龥])番(?=\s*[:：=#＃])"
    # round P: the second of two bracketed labels (記号（1234）及び番号（56）)
    r"|(?<=及び)番号|(?<=および)番号|(?<=並びに)番号"
    r"|(?<![A-Za-z])[a-z_]*(?i:bangou?)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?i:(?:card\s+|insured\s+)(?:number|No\.)|number|insured)"
    r"|(?<![A-Za-z.])(?:No\.?|(?i:no)\.)(?=\s*\d\d)|[#＃](?=\s*\d\d))"
)
_EDA = (
    r"(?:枝番|(?<![一-龥])枝(?=\s*[:：=])|(?<![A-Za-z])[a-z_]*(?i:edaban)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?i:branch)(?:\s*(?i:No\.?))?)"
)
_INSURER = (
    r"(?:保険者番号|(?<![A-Za-z])(?i:insurer)(?:\s*(?i:No\.?|number))?"
    r"|(?<![A-Za-z])[a-z_]*hokensha_?(?:no|bango))"
)
# a first-character test before the alternatives keeps the scan fast on long texts (statutes)
_FIRST = r"(?=[記番枝保被資健A-Za-z_#＃])"
# a joint label of two values: 記号と番号, kigo/bango, symbol and number
_JOINT = _FIRST + r"(?:記号|(?i:kigou?|symbol))\s*(?:と|/|、|,|・|(?i:and))?\s*(?:番号|(?i:bangou?|number))"
_AND = r"\s*(?:と|/|、|,)\s*"
_DIGITS = r"\d(?:[ \u3000・･-]?\d){0,11}"
_LABEL = _FIRST + "(?:" + "|".join((_INSURER, _KIGO, _BANGO, _EDA)) + ")"
_LABEL_NOT_KIGO = _FIRST + "(?:" + "|".join((_INSURER, _BANGO, _EDA)) + ")"
# label → value: a bracket, a colon / = / #, a particle, "is"/"wa", a JSON key's quotes, a line break
# (round P: a form field's name, 記号欄は「…」)
_JOIN = (
    r"(?:欄)?[\"']?\s*[)）】\]]?\s*(?:[:：=＝#＃|｜]|は|が|って|、|(?<=[A-Za-z.])\s+(?i:is|wa|ga)(?=\s))?"
    r"\s*[「『\"']?\s*"
)
#: round P: a value in brackets right after its label (記号（1234）及び番号（56）, 記号［…］番号［…］):
#: a plain digit run (a 記号 maybe with a kanji prefix), the bracket closed right after it and no
#: number after the bracket (枝番(0276) 3677-8601 is a phone number's area code)
_IN_BRACKETS = (
    r"\s*[（(［\[]\s*(?P<v>(?:[一-龥]{1,4})?\d{1,10})\s*[）)］\]](?!\s*[0-9０-９(（-])"
)
_PARTICLE = r"[はがをのもでにとへやっ]"
# a value: an optional kanji/kana/Latin prefix (a 記号's place abbreviation), digits joined by one
# space, hyphen or ・; at most ten digits (保険者番号 8, 介護保険 被保険者番号 10): a twelve-digit
# number beside a card word is a 個人番号 (マイナ保険証), not a card value
_VALUE = (
    r"(?:(?:(?!" + _PARTICLE + r")[一-龥ぁ-んァ-ヶｦ-ﾟA-Za-z]){1,4}[-・･]?)?\d(?:[ \u3000・･-]?\d){0,9}"
)
# not a count, a date, a time, an amount or a longer code (nor the head of one: 1234 5678 9018)
_AFTER = (
    r"(?![0-9A-Za-z]|[ \u3000・･-]\d|[/.:：,，]\d|\s*[〜~～]"
    r"|\s*[桁文字つ種類人件円年月日個号条項回%％枚世帯歳か万千]|\s*ヶ月)"
)
#: a card's own labels of two roles near each other make a card context (記号 … 番号, kigo … bango);
#: English "symbol"/"number" are too common for that (a map legend) and need a card word
_ROLE_RX = (
    # (not another code's 記号: 資料記号, 文書記号)
    lazy_compile(r"(?<![一-龥])記号|(?<![A-Za-z])[a-z_]*(?i:kigou?)(?![A-Za-z])"),
    lazy_compile(r"(?<![一-龥ァ-ヴー])番号|枝番|保険者番号|(?<![A-Za-z])[a-z_]*(?i:bangou?|edaban)(?![A-Za-z])"),
)
_JOINT_ROLES = lazy_compile(r"記号\s*[-/／]\s*番号")
#: another number's label shortly before the value (受付番号, 診察券番号, 個人番号)
_NOT_OURS_WORDS = other_number_words(
    "register", "member", "document", "application", "land", "contact", "bank", "basic_pension", "personal",
    "postal",
)
_NOT_OURS = lazy_compile("(?:" + "|".join(_NOT_OURS_WORDS) + ")番号")
#: a phone number or a date is no card value, whatever label stands before it
_TYPED = lazy_compile(
    r"0\d{1,4}-\d{1,4}-\d{4}|0[5789]0\d{8}|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d"
)
#: the value's own bracketed note names another number: 番号 1234（受付）
_OTHER_NOTE = lazy_compile(
    r"\s*[（(]\s*(?:"
    + "|".join(other_number_words("register", "member", "document", "application", "inquiry", "contact"))
    + ")"
)

#: round P: the holder's joint label (被保険者記号・番号, 被保険者の記号番号, 組合員の記号・番号)
#: before two digit runs joined by ・ names two values, 記号 then 番号 (a bare 記号・番号 label
#: before X・Y stays one value, as before)
_HOLDER_JOINT = r"(?:被保険者|組合員)の?記号\s*[・･の]?\s*番号"
_JOINT_LINE = r"(?m)^[ \t]*(?:保険証の)?記号\s*[-・･/／]\s*番号\s*[:：][ \t]*"
_JOINT_K = r"(?:[一-龥ぁ-んァ-ヶ]{1,4})?\d{1,8}"
_JOINT_SEP = r"\s*[-・･/／]\s*"
_HOLDER_PAIR = lazy_compile(_HOLDER_JOINT + _JOIN + r"\d{1,8}[・･]\d{1,8}$")

#: (name, regex with the value group ``v``) — scanned by :class:`JpHealthInsuranceRecognizer`;
#: the first :data:`JOINT_COUNT` read joint labels (before the fixed layouts), the rest are fallbacks
CONTEXT_PATTERNS: tuple[tuple[str, str], ...] = (
    # a joint label, two values: 記号と番号は1234と56 / kigo/bango: 1234/56 / 記号、番号：1234、56
    ("ctx_joint_first", _JOINT + _JOIN + r"(?P<v>" + _VALUE + r")(?=" + _AND + _VALUE + _AFTER + ")"),
    ("ctx_joint_second", _JOINT + _JOIN + _VALUE + _AND + r"(?P<v>" + _VALUE + ")" + _AFTER),
    ("ctx_holder_first", _HOLDER_JOINT + _JOIN + r"(?P<v>\d{1,8})(?=[・･]\d{1,8}" + _AFTER + ")"),
    ("ctx_holder_second", _HOLDER_JOINT + _JOIN + r"\d{1,8}[・･](?P<v>\d{1,8})" + _AFTER),
    # a line holding only a joint 記号-番号 label and its two values (a table row read as a form)
    ("ctx_joint_line_first", _JOINT_LINE + r"(?P<v>" + _JOINT_K + r")(?=" + _JOINT_SEP + r"\d{1,8}[ \t]*$)"),
    ("ctx_joint_line_second", _JOINT_LINE + _JOINT_K + _JOINT_SEP + r"(?P<v>\d{1,8})[ \t]*$"),
    # value → its label in brackets: 06139012（保険者番号）, 8821（記号）
    # (digits first: a value may stand anywhere, so its scan must fail fast)
    ("ctx_value_label", r"(?<![0-9A-Za-z])(?P<v>" + _DIGITS + r")\s*[（(]\s*" + _LABEL + r"\s*[)）]"),
    # a label line, then the value alone on the next line
    ("ctx_next_line", _FIRST + r"(?:記号\s*[・･]?\s*番号|" + _BANGO + r")[^\d\n]{0,24}\n[ \t\u3000]*(?P<v>"
     + _VALUE + r")[ \t\u3000]*(?=\n|$)"),
    # label → value in any notation (a 記号 value holds two characters: 記号 1 の区分 is a class)
    ("ctx_label_value", _LABEL_NOT_KIGO + _JOIN + r"(?P<v>" + _VALUE + ")" + _AFTER),
    ("ctx_label_bracket", _FIRST + "(?:" + _LABEL_NOT_KIGO + "|" + _KIGO + ")" + r"(?:欄)?" + _IN_BRACKETS),
    ("ctx_kigo_value", _FIRST + _KIGO + _JOIN + r"(?P<v>(?=\S\S)" + _VALUE + ")" + _AFTER),
)


JOINT_COUNT = 6


def holder_pair(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is ``X・Y`` right after the holder's joint label: two values, not one."""
    if _JOINT_LINE_RX.search(text[: end]) is not None and re.match(r"[ \t]*(?:\n|$)", text[end:]):
        return True
    holder = _HOLDER_PAIR.search(text, max(0, start - 40), end) is not None
    return holder and _AFTER_RX.match(text, end) is not None


def _near(text: str, start: int, end: int) -> str:
    """The value's sentence and the one before, a form's lines above (not past a blank line), and
    the rest of its line."""
    left = text[max(0, start - 150) : start].split("\n\n")[-1]
    left = "。".join(left.split("。")[-2:])
    b = text.find("\n", end)
    right = text[end : (len(text) if b < 0 else b)][:40].split("。")[0]
    return left + "\u0000" + right


def _line_sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind("\n", 0, start), text.rfind("。", 0, start)) + 1
    b = min(i for i in (text.find("\n", end), text.find("。", end), len(text)) if i >= 0)
    return text[a:b]


def is_typed(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is a phone number or a date (no card value, whatever its label)."""
    return _TYPED.fullmatch(text, start, end) is not None


def has_specimen_word(snippet: str) -> bool:
    """A specimen or instruction word (記載例, 見本 …) in ``snippet`` that is not denied
    (「見本ではありません」「サンプルではない」 veto nothing)."""
    return has_marker(snippet, extra=_CARD_SAMPLE_EXTRA)


def is_specimen(text: str, start: int, end: int) -> bool:
    """A specimen or instruction word (記載例, 見本 …), not denied, in the value's line or sentence."""
    return has_specimen_word(_line_sentence(text, start, end))


def card_context(text: str, start: int, end: int) -> bool:
    """A card named near ``[start, end)`` (or card labels of two roles), no specimen word in its
    sentence and no account/pension word nearer than the card word."""
    if _NOT_OURS.search(text[max(0, start - 12) : start]):
        return False
    if is_specimen(text, start, end) or _OTHER_NOTE.match(text, end) or _TYPED.fullmatch(text, start, end):
        return False
    # 雇用保険被保険者番号, 労災保険: another insurance's 被保険者 is no health-insurance card
    near = _OTHER_INSURANCE.sub("＃", _near(text, start, end))
    card = max((near.rfind(w) for w in CARD_WORDS), default=-1)
    m = [x.start() for x in _CARD_WORDS_EN.finditer(near)]
    card = max(card, m[-1] if m else -1)
    other = max((near.rfind(w) for w in _OTHER_WORDS), default=-1)
    if other > card:
        return False
    if card >= 0:
        return True
    # round AA: kigo/bango under a YAML key naming something else (vehicle:, server:) are no card's
    parent = yaml_parent(text, start)
    if parent is not None:
        return _INSURANCE_PARENT.search(parent) is not None
    # a joint 記号-番号 label is one label, not labels of two roles (a road sign's 記号-番号 column)
    roles = _JOINT_ROLES.sub("＃", near)
    return not any(w in near for w in _NON_CARD) and all(rx.search(roles) for rx in _ROLE_RX)


_INSURANCE_PARENT = lazy_compile(r"(?i:insurance|hoken|kenpo|card)|保険")


def card_values(text: str) -> Iterator[tuple[int, int]]:
    """Every ``(start, end)`` that :data:`CONTEXT_PATTERNS` and :func:`card_context` accept."""
    for _, rx in _COMPILED:
        for m in rx.finditer(text):
            s, e = m.span("v")
            if card_context(text, s, e):
                yield s, e


_COMPILED = tuple((n, lazy_compile(r)) for n, r in CONTEXT_PATTERNS)
_AFTER_RX = lazy_compile(_AFTER)
_JOINT_LINE_RX = lazy_compile(_JOINT_LINE + _JOINT_K + _JOINT_SEP + r"\d{1,8}$")
#: round P: a joint header cell (記号-番号, 記号・番号, 記号/番号) over cells holding both values
_JOINT_HEADER = lazy_compile(r"記号\s*[-・･/／]\s*番号")
_JOINT_CELL = lazy_compile(r"(?P<k>(?:[一-龥ぁ-んァ-ヶ]{1,4})?\d{1,8})\s*[-・･/／]\s*(?P<b>\d{1,8})")
_HEADER_LABEL = lazy_compile(
    r"(?:記号|番号|枝番|保険者番号|被保険者番号|被保険者証?記号|被保険者証?番号|保険証番号|記号番号|記号・番号"
    r"|記号\s*[-/／]\s*番号|健保番号|健康保険証?番号"
    r"|(?i:kigou?|bangou?|edaban|symbol|insurer(?:\s*no\.?)?|insured\s*no\.?))"
)
#: round U: 健保番号 / 健康保険(証)番号 headers over short cells (an employer's roster)
_STRONG = (
    *("保険者番号", "被保険者番号", "保険証番号", "被保険者証番号"),
    *("健保番号", "健康保険番号", "健康保険証番号"),
)
_CELL_VALUE = lazy_compile(_VALUE)


_ONE_SPACE = lazy_compile(" +")


def header_cells(text: str) -> Iterator[tuple[int, int]]:
    """Cells under a header row of card labels (each data line up to a blank line), when the header
    holds a strong label (保険者番号, 被保険者番号) or two card labels, or a card is named above. Cells
    are loose cells of :data:`.rows.ALIGNED` rows (tabs, commas, ``|``, two spaces, a full-width
    space); split by one space when every header cell is a label."""
    offset = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        split = ALIGNED
        header = split_fields(line, 0, split, borders=False, loose=True)
        if len(header) == 1 and " " in line.strip():
            split = _ONE_SPACE
            header = split_fields(line, 0, split, borders=False, loose=True)
            if not all(_HEADER_LABEL.fullmatch(c) for c, _ in header):
                header = header[:1]
        labels = [j for j, (c, _) in enumerate(header) if c and _HEADER_LABEL.fullmatch(c)]
        joint = {j for j in labels if _JOINT_HEADER.fullmatch(header[j][0])}
        if joint:
            # beside a joint 記号-番号 column a bare 番号 column numbers the rows; a joint column
            # alone needs a card named above it (a road-sign table has 記号-番号 too)
            labels = [j for j in labels if j in joint or header[j][0] != "番号"]
            if not _card_named_above(text, offset):
                labels = [j for j in labels if j not in joint]
        strong = any(header[j][0] in _STRONG for j in labels)
        # (the card-context test last: it is the costly one, and most lines have no label)
        named = len(header) >= 2 and labels and (
            strong or len(labels) >= 2 or joint or card_context(text, offset, offset)
        )
        if named:
            below = lines[i + 1 : i + 30]
            yield from _under(below, offset + len(line) + 1, split, len(header), labels, joint)
        offset += len(line) + 1


def _card_named_above(text: str, offset: int) -> bool:
    """A card word on the lines above ``offset`` (up to a blank line, 150 characters)."""
    above = text[max(0, offset - 150) : offset].split("\n\n")[-1]
    return any(w in above for w in CARD_WORDS) or _CARD_WORDS_EN.search(above) is not None


def _under(
    lines: list[str],
    offset: int,
    split: re.Pattern[str],
    width: int,
    labels: list[int],
    joint: set[int] | frozenset[int] = frozenset(),
) -> Iterator[tuple[int, int]]:
    """The cells in the header's label columns of each data line, up to a blank line (a joint
    column's cell ``2107-15`` as its two values)."""
    for line in lines:
        if not line.strip():
            return
        cells = split_fields(line, offset, split, borders=False, loose=True)
        if len(cells) in (width, width + 1):
            for j in labels:
                cell, at = cells[j]
                m = _JOINT_CELL.fullmatch(cell) if j in joint else None
                if m is not None:
                    yield at + m.start("k"), at + m.end("k")
                    yield at + m.start("b"), at + m.end("b")
                elif j not in joint and _CELL_VALUE.fullmatch(cell) and not re.search(r"[/.:]", cell):
                    yield at, at + len(cell)
        offset += len(line) + 1
