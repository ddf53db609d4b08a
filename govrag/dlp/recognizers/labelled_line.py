"""A value of a type's shape is that type when the type's label stands in its line, row or form.

The other recognizers anchor a value on a label a few characters before it. This fallback reads
one unit around a value of a known *shape* (twelve digits, two letters + seven digits, …): its
own line or table row, the header cell of its table column, or the label line right above it.
Each type declares its label words (Japanese, English, romaji, abbreviations) and its shape
(:data:`TYPES`); a value gets the type of the nearest label that can claim it, at any distance
in the unit and on either side, unless a label of some other number (受付番号, 管理番号, 型番,
個人番号 …; 交付日 and 有効期限 for dates) stands nearer. Several labels followed by as many values
pair by order (「運転免許証とパスポートの番号：…、…」). A date right after another date's label
(入庁日, 免許取得日) or in a line whose birth words are all asides, negations or relative dates
(「誕生日ではありません」「誕生日から1か月後」) is no birth date. Findings score 0.5, below the specific
recognizers', so those decide when both see a value. Lines citing a statute (第…条, 法律第…号)
are left alone.

>>> r = LabelledLineRecognizer()
>>> t = "Driver License - issued by the Public Safety Commission - 532011478906"
>>> [(x.entity_type, t[x.start:x.end]) for x in r.analyze(t, [])]
[('JP_DRIVER_LICENSE', '532011478906')]
>>> r.analyze("運転免許の更新申請 受付番号 301234567890", [])
[]
>>> r.analyze("入庁日 2010/04/01（誕生日ではありません）", ["DATE_OF_BIRTH"])
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.bank_account import amount_field
from govrag.dlp.recognizers.base import digits_only, make_result, other_number_words
from govrag.dlp.recognizers.codes import code_words
from govrag.dlp.recognizers.date_of_birth import DATE_REGEX, birth_word_aside, other_event_line, range_end
from govrag.dlp.recognizers.driver_license import licence_digits_valid
from govrag.dlp.recognizers.passport import in_other_column
from govrag.dlp.recognizers.phone import national_digits, phone_digits_valid
from govrag.dlp.recognizers.rows import line_at, row_separator, split_fields
from govrag.text.numerals import NUMERAL

__all__ = ["TYPES", "LabelledLineRecognizer", "LineType"]

_SEP = r"[ \u3000-]"


@dataclass(frozen=True, slots=True)
class LineType:
    """One type: its entity, label words (a regex of the Japanese ones, one of the Latin ones: two
    letters or more each), value regex and a validator of the matched value."""

    entity: str
    words: str
    latin: str
    shape: str
    check: Callable[[str], bool] = lambda v: True

    @property
    def labels(self) -> str:
        """The type's label regex: its Japanese or its Latin label words."""
        return self.words + "|" + self.latin


def _licence_ok(v: str) -> bool:
    d = digits_only(v)
    return licence_digits_valid(d) and d[0] != "0"


def _phone_ok(v: str) -> bool:
    return phone_digits_valid(national_digits(v))


def _postal_ok(v: str) -> bool:
    return len(set(digits_only(v))) > 1


def _account_ok(v: str) -> bool:
    return len(set(v)) > 1


def _latin(words: str, *, case: bool = False) -> str:
    """Latin label words as whole words (any case unless ``case``)."""
    return r"(?<![A-Za-z])" + ("(?:" if case else "(?i:") + words + r")(?![A-Za-z])"


def _run(n: int) -> str:
    """``n`` digits, spaces or hyphens allowed between them."""
    return r"\d(?:" + _SEP + r"?\d){" + str(n - 1) + "}"


_NOT_BEFORE = r"(?<![0-9A-Za-z-])"
_NOT_AFTER = r"(?![0-9A-Za-z]|" + _SEP + r"\d)"
_US_DATE = r"(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:19|20)\d{2}"
#: a phone number's groups split by spaces, hyphens, brackets, or slashes throughout (090/1234/5678)
_PHONE = (
    r"(?:\+81[ -]?)?0?\d{1,4}(?:(?:[ -]|\)\s?)?\(?\d{1,4}\)?[ -]?|/\d{1,4}/)\d{3,4}"
)

#: Per type: label words and the value's shape (validators reused from the type's recognizer).
TYPES: tuple[LineType, ...] = (
    LineType(
        "JP_DRIVER_LICENSE",
        "運転免許|免許証|免許|運転経歴",
        _latin(r"menkyo|driv(?:er'?s?|ing)\s*licen[cs]e")
        + r"|(?<![A-Za-z][ _-])" + _latin(r"licen[cs]e")
        + "|" + _latin("DL", case=True),
        _NOT_BEFORE + _run(12) + _NOT_AFTER,
        _licence_ok,
    ),
    LineType(
        "JP_PASSPORT",
        "旅券|パスポート",
        _latin("passport|pasupo-?o?to|ryoken") + "|" + _latin("PP", case=True),
        _NOT_BEFORE + "[A-Za-z]{2}" + _SEP + "?" + _run(7) + _NOT_AFTER,
    ),
    LineType(
        "JP_RESIDENCE_CARD",
        "在留|特別永住者証明書",
        _latin(r"residence(?:\s*card)?|zairyu(?:\s*ka-?a?do)?") + "|" + _latin("RC", case=True),
        _NOT_BEFORE + "[A-Za-z]{2}" + _SEP + "?" + _run(8) + _SEP + "?[A-Za-z]{2}(?![0-9A-Za-z])",
    ),
    LineType(
        "JP_POSTAL_CODE",
        "〒|郵便番号|(?:ユウビン|ﾕｳﾋﾞﾝ)(?:番号|バンゴウ|ﾊﾞﾝｺﾞｳ)",
        _latin(r"zip|postal|post\s*code|yu-?u?bin"),
        _NOT_BEFORE + r"\d{3}(?: ?- ?| )?\d{4}(?![0-9A-Za-z]|[ -]\d)",
        _postal_ok,
    ),
    LineType(
        "DATE_OF_BIRTH",
        "生年月日|誕生日|出生日|生まれ(?!変わ|かわ)",
        _latin(r"dob|d\.o\.b|birth\s*(?:date|day)?|date\s+of\s+birth|born|seinen\s*-?\s*gappi|tanjou?bi"),
        r"(?<![0-9])(?:" + DATE_REGEX + "|" + _US_DATE + r")(?![0-9])",
    ),
    LineType(
        "JP_BANK_ACCOUNT",
        "口座",
        _latin(r"(?:bank\s*)?account\s*(?:no\.?|number|#)|acct\.?\s*no\.?|kouza"),
        _NOT_BEFORE + r"\d{6,8}" + _NOT_AFTER,
        _account_ok,
    ),
    LineType(
        "JP_HEALTH_INSURANCE",
        # only a card's own number labels (no bare 記号/番号); another insurance's 被保険者 is none
        r"(?<!雇用保険)(?<!労災保険)(?<!雇用)(?<!被)(?:被保険者証?|保険者|保険証)番号",
        _latin(r"insurer\s*(?:no\.?|number)|insured\s*(?:no\.?|number)|hihokensha(?:\s*bang?ou?)?|hokensha\s*bang?ou?"),
        _NOT_BEFORE + r"\d{6,8}" + _NOT_AFTER,
        _account_ok,
    ),
    LineType(
        "PHONE_NUMBER",
        "電話|携帯|連絡先",
        _latin("tel|phone|mobile|cell|fax|denwa|keitai"),
        r"(?<![0-9A-Za-z+-])" + _PHONE + r"(?![0-9A-Za-z]|-\d)",
        _phone_ok,
    ),
)

_ENTITIES = frozenset(t.entity for t in TYPES)
_COMPILED = tuple((t, lazy_compile(t.labels), lazy_compile(t.shape)) for t in TYPES)


@cache
def _any_label() -> re.Pattern[str]:
    """A quick superset of every type's labels (compiled at first use): a Japanese label word of
    :data:`TYPES`, or two Latin letters, side by side or with a dot between (every Latin label has
    two or more: ``dob``, ``d.o.b``). A line without one, without one in the line above and outside
    a table, is skipped."""
    return re.compile("|".join(t.words for t in TYPES) + r"|[A-Za-z]\.?[A-Za-z]")


#: a line with no digit and no 年 holds no value of any shape
_NO_VALUE = lazy_compile(r"[^0-9年]*")

#: labels of other numbers: they claim any value nearer to them than a type's own label
_OTHER_NUMBER = lazy_compile(
    "(?:"
    + "|".join(
        other_number_words(
            "register",
            "member",
            "document",
            "application",
            "order",
            "corporate",
            "inquiry",
            "inquiry_variants",
            "basic_pension",
            "personal",
            "business",
            "pension",
        )
    )
    + r")(?:番号|No\.?|コード|ID)"
    r"|マイナンバー|品目|"
    + code_words()
    + r"|(?<![A-Za-z])(?i:order|ref(?:erence)?|invoice|case|receipt|ticket|application|version|ver)"
    r"(?![A-Za-z])"
)
#: a kanji of another date's label: none of a birth word's, nor a date's own 年/月/日
_LABEL_KANJI = r"(?:(?![生誕年月日])[一-龥])"
#: labels of other dates, whole (免許取得日, 交付年月日, 入庁日, 有効期間満了日, 記入日): they claim a date
#: nearer to them than a birth label, and one right before a date names it (:func:`_own_label`)
_OTHER_DATE = lazy_compile(
    _LABEL_KANJI + "{0,6}(?:"
    r"施行|交付|有効|期限|期間|登録|取得|発行|申請|受付|受理|作成|提出|更新|開催|入社|入庁|入学|卒業|退職|就職"
    r"|転入|転出|死亡|婚姻|締切|届出|契約"
    # round Q: events of a visit, a booking, an application period
    r"|予約|来庁|来所|来館|申込み?|申し込み|実施|利用|宿泊|到着|出発|発送|支払|納付|面談|面接|相談|予定|開始"
    r"|終了|入居|退去|入院|退院|受診|接種|検診|回答|送付)(?:期限|期間)?(?:満了)?(?:年月日|日付|日時|日)?"
    r"|チェック\s*(?:イン|アウト)|(?<![A-Za-z])(?i:check[\s-]?(?:in|out))(?![A-Za-z])"
    r"|(?<![一-龥])" + _LABEL_KANJI + "{1,6}(?:年月)?日付?"
    r"|(?<![A-Za-z])(?i:expir\w*|issued?|valid|until)(?![A-Za-z])"
)
#: a birth label used as a topic, not as a field label (生年月日の記載, 誕生日キャンペーン)
_BIRTH_TOPIC = lazy_compile(
    r"\s*(?:の(?!番号)|欄|を|が|等|など|について|に関|キャンペーン|祝|会|月|パーティ|ケーキ|プレゼント"
    r"|(?i:party|cake|present|gift|sale|campaign|card|wish))"
)
#: a label word as the topic of a clause (免許の取消しに関する規定, 旅券について): no field label
_TOPIC = lazy_compile(r"[^、。,，\s（(：:]{0,8}?(?:に関する|に関し|について|に係る|に係わる)")
_STATUTE = lazy_compile("第" + NUMERAL + "条|(?:法律|政令|省令|規則|条例)第")
#: a number followed by a unit or counter is an amount, a count or a size
_UNIT_AFTER = lazy_compile(
    r"\s*(?:円|件|人|名|個|回|枚|本|台|冊|頁|ページ|点|株|歳|倍|%|％|バイト|byte|KB|MB|GB|km|kg|yen|JPY|万|千|億|年|箇所|時間)"
)
_EVENT_AFTER = lazy_compile(r"\s*(?:[～〜~]|から|まで|以降|以前|付|施行|適用|現在|時点|開催|締切|に(?!生))")
#: one end of a range (100-0000〜100-9999, …から…まで): zones or periods, not one person's value
_RANGE_AFTER = lazy_compile(r"\s*(?:から|[～〜~]|乃至|ないし)")
_RANGE_BEFORE = lazy_compile(r"(?:から|[～〜~]|乃至|ないし)\s*〒?$")
#: an example's marker right before a value (「（例：1234567）」「e.g. …」): no one's value
_EXAMPLE_BEFORE = lazy_compile(r"(?:例|(?i:e\.g\.|example))\s*[:：]?\s*$")
#: what may stand between a label and the value it labels
_LABEL_GAP = lazy_compile(r"[\s:：=＝は（(]{0,4}")


def _line(text: str, pos: int) -> tuple[int, int]:
    """The line holding ``pos`` (without the CR of a CRLF line end)."""
    return line_at(text, pos, pos)


_SENTENCE_END = lazy_compile(r"[。！？!?]")
#: lines looked up from a bare 「番号：N」 field for the block's label line
_BLOCK_LINES = 4
#: what may stand before a value that starts its sentence: a bare 番号 / No. field
_FIELD_PREFIX = lazy_compile(r"\s*(?:(?:記載|記号)?番号(?:欄)?|No\.?|#)?\s*[:：は=＝]?\s*")
#: a line that starts with such a field and then a value
_BARE_FIELD = lazy_compile(_FIELD_PREFIX.pattern + "[0-9A-Za-z]")


def _sentence(text: str, a: int, b: int, s: int, e: int) -> tuple[int, int]:
    """The sentence of the line ``[a, b)`` holding the value ``[s, e)``."""
    start = a
    for m in _SENTENCE_END.finditer(text, a, s):
        start = m.end()
    m2 = _SENTENCE_END.search(text, e, b)
    return start, b if m2 is None else m2.end()


def _labels(unit: str, base: int) -> list[tuple[int, int, str]]:
    """Label occurrences ``(start, end, kind)`` in ``unit`` (offsets + ``base``): a type's entity,
    ``"other"`` (another number) or ``"other_date"``."""
    found: list[tuple[int, int, str]] = []
    others = [(m.start(), m.end()) for m in _OTHER_NUMBER.finditer(unit)]
    for s, e in others:
        found.append((base + s, base + e, "other"))
    for m in _OTHER_DATE.finditer(unit):
        found.append((base + m.start(), base + m.end(), "other_date"))
    for t, labels_rx, _ in _COMPILED:
        for m in labels_rx.finditer(unit):
            s, e = m.span()
            # part of another number's label (電話受付番号, 個人番号): not this type's label
            if any(os <= s < oe or s <= os <= e for os, oe in others):
                continue
            if (t.entity == "DATE_OF_BIRTH" and _BIRTH_TOPIC.match(unit, e)) or _TOPIC.match(unit, e):
                continue
            found.append((base + s, base + e, t.entity))
    return sorted(found)


def _values(line: str, base: int) -> list[tuple[int, int, str]]:
    """Shape matches ``(start, end, entity)`` in ``line``, longest first where they overlap."""
    cands: list[tuple[int, int, str]] = []
    for t, _, shape_rx in _COMPILED:
        for m in shape_rx.finditer(line):
            v = m.group(0).rstrip(" -")
            if not v or not t.check(v):
                continue
            s = m.start()
            if t.entity != "DATE_OF_BIRTH" and _UNIT_AFTER.match(line, s + len(v)):
                continue
            cands.append((base + s, base + s + len(v), t.entity))
    cands.sort(key=lambda c: (c[0], c[0] - c[1]))
    out: list[tuple[int, int, str]] = []
    for c in cands:
        # a span of two shapes (7 digits: a postal code's, an account's) is a value of each
        if out and c[0] < out[-1][1] and c[:2] != out[-1][:2]:
            continue
        out.append(c)
    return out


def _claims(kind: str, entity: str) -> bool:
    if kind == "other":
        return True
    if kind == "other_date":
        return entity == "DATE_OF_BIRTH"
    return kind == entity


def _nearest(
    labels: list[tuple[int, int, str]], owned: dict[int, int], s: int, e: int, entity: str
) -> str | None:
    """The kind of the nearest label claiming a value ``[s, e)`` of ``entity`` (ties: another
    number's label first, then the label before the value); a label right before another value
    (``owned``: label start -> value start) is that value's only."""
    best: tuple[int, int, int, str] | None = None
    for ls, le, kind in labels:
        if not _claims(kind, entity) or (ls < e and le > s) or owned.get(ls, s) != s:
            continue
        dist = s - le if le <= s else ls - e
        key = (dist, 0 if kind.startswith("other") else 1, 0 if le <= s else 1, kind)
        if best is None or key < best:
            best = key
    return None if best is None else best[3]


def _own_label(labels: list[tuple[int, int, str]], owned: dict[int, int], s: int) -> bool:
    """The date at ``s`` has another date's label right before it (「免許取得日 2015年6月3日（生年月日は
    記載なし）」): that label names it, whatever birth word stands elsewhere in the line."""
    return any(kind == "other_date" and owned.get(ls) == s for ls, _, kind in labels)


def _by_order(labels: list[tuple[int, int, str]], values: list[tuple[int, int, str]]) -> dict[int, str]:
    """Values paired with labels by order: k type labels (runs of one type count once), then k
    values after the last of them; no label of another number."""
    if not values or any(k.startswith("other") for _, _, k in labels):
        return {}
    kinds: list[str] = []
    for ls, _, kind in labels:
        if ls >= values[0][0]:
            return {}
        if not kinds or kinds[-1] != kind:
            kinds.append(kind)
    spans: dict[int, set[str]] = {}  # a span of two shapes is one value
    for vs, _, entity in values:
        spans.setdefault(vs, set()).add(entity)
    if len(kinds) < 2 or len(kinds) != len(spans):
        return {}
    return {vs: k for (vs, entities), k in zip(spans.items(), kinds, strict=True) if k in entities}


def _header_row(
    text: str, a: int, b: int, tops: dict[tuple[int, str], int]
) -> tuple[str, list[tuple[str, int]]] | None:
    """The separator and the header row's cells of the table block holding the line ``[a, b)``:
    the first line of the block of lines split by the same separator into as many cells.
    ``tops`` (line start, separator) -> block's first line, shared by the lines of one text, keeps
    a tall table's walk up from growing with every row."""
    sep = row_separator(text[a:b])
    if sep is None:
        return None
    n = text.count(sep, a, b)
    top = a
    while top > 0:
        pa, pb = _line(text, top - 1)
        if text.count(sep, pa, pb) != n or pb - pa == 0:
            break
        top = tops.get((pa, sep), pa)
    tops[(a, sep)] = top
    if top == a:
        return None
    ha, hb = _line(text, top)
    return sep, split_fields(text[ha:hb], ha, sep, borders=False)


#: a year of the last two centuries: a label line holding one holds its own date, whatever its shape
_YEAR = lazy_compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")


def _holds_date(line: str, base: int, after: int) -> bool:
    """The label line ``line`` (at ``base``) holds a date after offset ``after`` (a date shape, or a
    year in a shape no reader parses: ``2 JUN 1975``): a birth label's value on the next line only
    counts when the label's own line has none."""
    if _YEAR.search(line, after - base):
        return True
    return any(e == "DATE_OF_BIRTH" and s >= after for s, _, e in _values(line, base))


class _Outside:
    """The labels outside one line — its table's header cells, the lines above it — read once per
    line for all of its values (:meth:`kind`)."""

    def __init__(self, text: str, a: int, b: int, tops: dict[tuple[int, str], int]) -> None:
        self._text, self._a, self._b, self._tops = text, a, b, tops
        self._header: tuple[str, list[tuple[str, int]]] | None = None
        self._header_read = False
        self._columns: dict[int, list[tuple[int, int, str]]] = {}
        self._above: dict[int, list[tuple[int, int, str]]] = {}

    def _column_labels(self, s: int) -> list[tuple[int, int, str]] | None:
        """The labels in the header cell of the column holding ``s``, or None outside a table."""
        if not self._header_read:
            self._header, self._header_read = _header_row(self._text, self._a, self._b, self._tops), True
        if self._header is None:
            return None
        sep, cells = self._header
        col = self._text.count(sep, self._a, s)
        if col not in self._columns:
            self._columns[col] = _labels(*cells[col])
        return self._columns[col]

    def _line_labels(self, pa: int, above: str) -> list[tuple[int, int, str]]:
        if pa not in self._above:
            self._above[pa] = _labels(above, pa)
        return self._above[pa]

    def kind(self, s: int, entity: str) -> str | None:
        """The label kind of the line's value at ``s`` found outside the line: its table
        column's header cell, else the label line right above (a form), or for a bare 「番号：N」
        field the nearest label line up to :data:`_BLOCK_LINES` lines above in the same block
        (「【在留カード】／国籍：…／番号：…」); no blank line, sentence or statute line between."""
        text, a = self._text, self._a
        column = self._column_labels(s)
        if column is not None:
            return column[-1][2] if column else None
        depth = _BLOCK_LINES if _FIELD_PREFIX.fullmatch(text, a, s) else 1
        while a > 0 and depth > 0:
            pa, pb = _line(text, a - 1)
            above = text[pa:pb].rstrip()
            if not above or above.endswith("。") or len(above) > 60 or _STATUTE.search(above):
                return None
            labels = self._line_labels(pa, above)
            claiming = [x for x in labels if _claims(x[2], entity)]
            if claiming and entity == "DATE_OF_BIRTH" and _holds_date(above, pa, claiming[-1][1]):
                return None  # round BH: 「生年月日　昭和…日⏎令和7年…日」: the label's value is on its line
            if claiming:
                return claiming[-1][2]
            if any(k in _ENTITIES for _, _, k in labels):  # the nearest title names another card
                return None
            a, depth = pa, depth - 1
        return None


class LabelledLineRecognizer(EntityRecognizer):  # type: ignore[misc]
    """The line/row/form-label fallback for the structured types of :data:`TYPES`."""

    ENTITY = ""  # several types: no per-type context words
    SCORE = 0.5

    def __init__(self, *, extra_context: tuple[str, ...] = ()) -> None:
        super().__init__(
            supported_entities=[t.entity for t in TYPES], name=type(self).__name__, supported_language="ja"
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        wanted = set(entities) if entities else None
        results: list[RecognizerResult] = []
        tops: dict[tuple[int, str], int] = {}  # table blocks' first lines (:func:`_header_row`)
        pos = 0
        while pos >= 0:
            a, b = _line(text, pos)
            if b > a:
                results.extend(self._scan_line(text, a, b, wanted, tops))
            pos = text.find("\n", b)
            pos = pos + 1 if pos >= 0 else -1
        return results

    def _scan_line(
        self, text: str, a: int, b: int, wanted: set[str] | None, tops: dict[tuple[int, str], int]
    ) -> list[RecognizerResult]:
        line = text[a:b]
        if _NO_VALUE.fullmatch(line) or _STATUTE.search(line):
            return []
        if not (_any_label().search(line) or self._may_be_labelled(text, a, b)):
            return []
        values = _values(line, a)
        if not values:
            return []
        labels = _labels(line, a)
        paired = _by_order(labels, values)
        starts = {v[0] for v in values}
        owned = {}
        for ls, le, _ in labels:
            gap = _LABEL_GAP.match(text, le, b)
            if gap is not None and gap.end() in starts:
                owned[ls] = gap.end()
        out = []
        outside = _Outside(text, a, b, tops)
        taken: set[int] = set()  # a span of two shapes is the first type's that claims it
        for s, e, entity in values:
            if s in taken or _EXAMPLE_BEFORE.search(text, max(a, s - 6), s):
                continue
            if entity == "DATE_OF_BIRTH" and (
                _EVENT_AFTER.match(text, e) or _own_label(labels, owned, s) or birth_word_aside(text, s, e)
                or other_event_line(text, s)  # round Y: 「生年月日 …⏎採用 平成15年4月1日」
                or range_end(text, s)  # round AF: 「研修期間 …〜2024年2月16日」 under a 生年月日 line
            ):
                continue
            if entity == "JP_BANK_ACCOUNT" and amount_field(text, s, e):
                continue  # round U: an amount in a 口座振替 row (金額 column or label)
            if entity == "JP_PASSPORT" and in_other_column(text, s, e):
                continue  # round T: under a 旅券番号 header, but in another column
            if entity == "JP_POSTAL_CODE" and (
                _RANGE_AFTER.match(text, e) or _RANGE_BEFORE.search(text[max(a, s - 8) : s])
            ):
                continue
            sa, sb = _sentence(text, a, b, s, e)
            kind = paired.get(s) or _nearest([x for x in labels if sa <= x[0] < sb], owned, s, e, entity)
            if kind is None and sa > a and _FIELD_PREFIX.fullmatch(text, sa, s):
                # 「旅券を提示した。番号 TK…」: a bare 番号 after the sentence naming the document
                before = [x for x in labels if x[1] <= sa and _claims(x[2], entity)]
                kind = before[-1][2] if before else None
            if kind is None and not any(k == entity for _, _, k in labels):
                kind = outside.kind(s, entity)
            if kind == entity:
                taken.add(s)
                if wanted is None or entity in wanted:
                    result = make_result(self, entity, s, e, self.SCORE, how="labelled_line", distance=None)
                    out.append(result)
        return out

    @staticmethod
    def _may_be_labelled(text: str, a: int, b: int) -> bool:
        """A line without a label may still take one from a table header, from the line above, or
        (a bare 「番号：N」 field) from its block's title line."""
        if row_separator(text[a:b]) is not None or _BARE_FIELD.match(text, a, b):
            return True
        return a > 0 and _any_label().search(text, _line(text, a - 1)[0], a - 1) is not None
