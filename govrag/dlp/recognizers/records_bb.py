r"""Round BB: insurance records, kana-headed layouts and a few birth-date notes read generically.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_ba`):

1. **romaji insurance keys** (:func:`_insurance_keys`): ``hokensya`` / ``hokenja`` (insurer) and
   ``hihokensya`` / ``hihokenja`` / ``insured_no`` / ``hihoken_no`` (insured person) in JSON,
   ``key=value`` and XML records, before a 6–10 digit value.
2. **glued 後期高齢者 records** (:data:`_KOUKI_ROW`): a 2-digit record type, an 8-digit insurer
   number starting with 39, an 8-digit insured number, a half-width kana name, blanks, a
   ``YYYYMMDD`` birth date and code digits; the 10 digits across the two numbers are no pension
   number (:func:`kouki_row_digits`).
3. **insurance numbers in loose wording**: Korean 피보험자번호, an English / Tagalog "insurance
   card … number (po ay | is) N", and ``対象：名前（N）`` in a text about 保険 / 資格.
4. **記号番号 of a 国民健康保険 text**: ``記号番号 207-664012`` / ``国12-30558`` — the 記号 and the
   番号 each a value; never on money-order receipts (:func:`money_order_number`).
5. **kana-headed records**: pipe tables whose header cells are half-width kana labels (ｼﾒｲ,
   ｾｲﾈﾝｶﾞｯﾋﾟ, ﾕｳﾋﾞﾝ, ﾃﾞﾝﾜ); fixed-width rows under a layout line ``NAME(20)BIRTH(8)SEX(1)ZIP(7)``
   (the fields after the name cut by their widths); full-width katakana child lists under a
   氏名カナ … 生年月日 header (the birth date glued to sex and category digits).
6. **Devanagari labels**: पासपोर्ट नं. / नम्बर / संख्या before a passport number, नाम before a name.
7. **birth-date notes**: 生まれは ``YYYY年M月`` (a partial birth date); the date of a correction
   note (住基上は / 住民票上は / 戸籍上は …; round CG: 住基では「…」) after a sentence about a 生年月日
   mismatch (一致しない, 相違 …; round CG: 「…となっていますが」).

Vetoes: a date after an event label (発生日は, 探知日は), a date followed by 昼に / 夜に (a meal or
an event), the end of a spaced validity period (``か ら <date> ま で``); a 12-digit value under a
``*_id`` key read as a driving licence.

>>> row = '{"hokenja":"39281046","hihokenja":"00481327"}'
>>> [f.text for f in record_bb_forms(row, row)]
['保険者番号：39281046\n被保険者番号：00481327']
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import BLANK, BLANKS, HW_KANA_NAME
from govrag.dlp.recognizers.rows import line_text
from govrag.text.eras import past_ymd_text

__all__ = [
    "NHI_TEXT",
    "event_date",
    "id_key_licence",
    "kokuho_joint",
    "kouki_row_digits",
    "money_order_number",
    "record_bb_forms",
]


_INSURANCE_KEY = lazy_compile(
    r"(?i)(?<![A-Za-z_])[\"'<]?(?P<k>(?:hi)?hoken(?:sya|ja|sha)(?:_?(?:no|num|number|bango|bangou|cd|code))?"
    r"|(?:hihoken|insured|insurer)_?(?:no|num|number|bango|bangou))[\"'>]?[ \t]*[:=>]?[ \t]*[\"']?"
    r"(?P<v>\d{6,10})(?![\d])"
)
_KOUKI_ROW = lazy_compile(
    rf"(?m)^(?P<kind>\d{{2}})(?P<ins>39\d{{6}})(?P<no>\d{{8}})(?P<kana>{HW_KANA_NAME})[ ]{{2,}}"
    r"(?P<dob>(?:19|20)\d{6})\d*[ ]*$"
)
_KOREAN = lazy_compile(r"피보험자[ ]?번호(?:는|은)?[ ]*[:：]?[ ]*(?P<v>\d{6,10})(?!\d)")
_CARD_NUMBER = lazy_compile(
    r"(?i)\binsurance[ ]card\b[^\n]{0,80}?(?<!reference )(?<!phone )(?<!contact )\bnumber\b"
    r"(?:[ ]+(?:ko|po|ay|is|nito|was))*[ ]*[:：]?[ ]*(?P<v>\d{5,10})(?!\d)"
)
_PERSON_CHARS = "一-龥々ヶァ-ヺーぁ-ゖ"
_TARGET = lazy_compile(
    rf"対象者?{BLANKS}[:：]{BLANKS}(?P<name>[{_PERSON_CHARS}][{_PERSON_CHARS} \u3000]{{1,9}}?)"
    r"[（(](?P<v>\d{8}|\d{10})[）)]"
)
_INSURANCE_TEXT = lazy_compile(r"保険|資格|国保|後期高齢|被保険者")
_KIGO_BANGO = lazy_compile(
    rf"記号番号{BLANKS}[:：]?{BLANKS}(?P<k>[国市町村組]?\d{{1,4}})-(?P<n>\d{{4,8}})(?![\d-])"
)
#: a text about 国民健康保険 (round BC reads its 記号・番号・枝番 there too)
NHI_TEXT = lazy_compile(r"国民健康保険|国保")
_MONEY_ORDER = lazy_compile(r"為替|郵便局|郵便振替")
_KANA_LABELS = {
    "ｼﾒｲ": "氏名",
    "ｶﾅｼﾒｲ": "氏名",
    "ｼﾒｲｶﾅ": "氏名",
    "ﾌﾘｶﾞﾅ": "氏名",
    "ｾｲﾈﾝｶﾞｯﾋﾟ": "生年月日",
    "ﾀﾝｼﾞｮｳﾋﾞ": "生年月日",
    "ﾕｳﾋﾞﾝ": "郵便番号",
    "ﾕｳﾋﾞﾝﾊﾞﾝｺﾞｳ": "郵便番号",
    "ﾕｳﾋﾞﾝﾊﾞﾝｺﾞｰ": "郵便番号",
    "ﾃﾞﾝﾜ": "電話番号",
    "ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ": "電話番号",
}
_LAYOUT = lazy_compile(r"(?m)^[^\n]*?(?P<fields>(?:[A-Z_]+\(\d{1,3}\)){3,})[ ]*$")
_FIELD = lazy_compile(r"(?P<name>[A-Z_]+)\((?P<w>\d{1,3})\)")
_NAME_FIELD = lazy_compile(r"NAME|KANA|SHIMEI|KANANAME|NAMEKANA")
_FIELD_LABELS = {
    "BIRTH": "生年月日",
    "DOB": "生年月日",
    "BIRTHDAY": "生年月日",
    "ZIP": "郵便番号",
    "POST": "郵便番号",
}
_CHILD_HEADER = lazy_compile(r"氏名カナ|カナ氏名|氏名（カナ）")
_CHILD_ROW = lazy_compile(
    r"(?m)^\d{2,6}(?P<kana>[ァ-ヺー]{2,12})[\u3000 ]+(?P<dob>(?:19|20)\d{6})\d{0,4}[ ]*$"
)
_DEVANAGARI_PASSPORT = lazy_compile(
    r"पासपोर्ट[ ]*(?:नं\.?|नम्बर|नंबर|संख्या|क्रमांक)[ ]*[:：]?[ ]*(?P<v>[A-Z]{1,2}\d{7,8})(?![A-Z0-9])"
)
_DEVANAGARI_NAME = lazy_compile(r"(?:नाम|नाउँ)[ ]*[:：][ ]*(?P<v>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,3})")
_BORN_MONTH = lazy_compile(
    r"生まれは[ ]*(?P<d>(?:(?:19|20)\d{2}|(?:昭和|平成|令和|大正)(?:\d{1,2}|元))年\d{1,2}月)(?![\d月日])"
)
_RECORD_SAYS = lazy_compile(
    rf"(?:住基|住民票|戸籍|住民基本台帳|台帳){BLANKS}(?:上|で)は{BLANKS}[「『]?{BLANKS}"
    r"(?P<d>(?:19|20)\d{2}(?:[./-]\d{1,2}[./-]\d{1,2}|年\d{1,2}月\d{1,2}日))(?![\d])"
)
#: a sentence saying a 生年月日 differs (round CG: 「…となっていますが」, 「…とありますが」)
_MISMATCH = lazy_compile(
    r"生年月日[^\n]{0,40}?(?:一致しない|不一致|相違|誤り|異な"
    r"|となって(?:い|お)(?:ます|る)が|とあります?が|と(?:記載|記入)(?:されて)?(?:います|いる)が)"
)


def _insurance_keys(folded: str) -> list[Pair]:
    """Romaji insurance keys, and glued 後期高齢者 records."""
    pairs: list[Pair] = []
    for m in _INSURANCE_KEY.finditer(folded):
        insurer = not m.group("k").lower().startswith(("hi", "insured"))
        pairs.append(exact_pair("保険者番号" if insurer else "被保険者番号", m.start("v"), m.group("v")))
    for m in _KOUKI_ROW.finditer(folded):
        born = past_ymd_text(m.group("dob"))
        if born:
            pairs += [exact_pair("保険者番号", m.start("ins"), m.group("ins"))]
            pairs += [exact_pair("被保険者番号", m.start("no"), m.group("no"))]
            pairs += [exact_pair("氏名", m.start("kana"), m.group("kana"))]
            pairs.append(whole_pair("生年月日", m.start("dob"), m.end("dob"), born))
    return pairs


def _loose_insurance(folded: str) -> list[Pair]:
    """Korean, English / Tagalog and 対象：名前（N） insured numbers; 記号番号 of a 国保 text."""
    pairs = [exact_pair("被保険者番号", m.start("v"), m.group("v")) for m in _KOREAN.finditer(folded)]
    pairs += [exact_pair("被保険者番号", m.start("v"), m.group("v")) for m in _CARD_NUMBER.finditer(folded)]
    if _INSURANCE_TEXT.search(folded):
        for m in _TARGET.finditer(folded):
            v = m.group("v")
            if not (v.startswith("20") and len(v) == 8 and past_ymd_text(v)):
                pairs.append(exact_pair("被保険者番号", m.start("v"), v))
    if NHI_TEXT.search(folded) and not _MONEY_ORDER.search(folded):
        for m in _KIGO_BANGO.finditer(folded):
            pairs.append(exact_pair("記号", m.start("k"), m.group("k")))
            pairs.append(exact_pair("被保険者番号", m.start("n"), m.group("n")))
    return pairs


def _cells(line: str, at: int) -> list[tuple[str, int]]:
    cells: list[tuple[str, int]] = []
    for cell in line.split("|"):
        cells.append((cell, at))
        at += len(cell) + 1
    return cells


def _kana_pipe_rows(folded: str) -> list[Pair]:
    """Pipe tables under a header of half-width kana labels (two of them known at least)."""
    pairs: list[Pair] = []
    for block in re.finditer(r"(?m)^[^\n|]*\|[^\n]*(?:\n[^\n|]*\|[^\n]*)+", folded):
        lines = block.group(0).split("\n")
        labels = [_KANA_LABELS.get(c.strip()) for c in lines[0].split("|")]
        if sum(1 for x in labels if x) < 2:
            continue
        at = block.start() + len(lines[0]) + 1
        for line in lines[1:]:
            cells = _cells(line, at)
            at += len(line) + 1
            if len(cells) != len(labels):
                continue
            for label, (cell, pos) in zip(labels, cells, strict=True):
                value = cell.strip()
                if label == "生年月日" and re.fullmatch(r"(?:19|20)\d{6}", value):
                    born = past_ymd_text(value)
                    if born:
                        start = pos + cell.index(value)
                        pairs.append(whole_pair(label, start, start + 8, born))
                elif label and value:
                    pairs.append(exact_pair(label, pos + cell.index(value), value))
    return pairs


def _layout_rows(folded: str) -> list[Pair]:
    """Fixed-width rows under a ``NAME(n)BIRTH(8)SEX(1)ZIP(7)`` layout line: the name read as a
    kana run after the leading fields, the fields after it cut by their widths."""
    pairs: list[Pair] = []
    for lay in _LAYOUT.finditer(folded):
        fields = [(f.group("name"), int(f.group("w"))) for f in _FIELD.finditer(lay.group("fields"))]
        names = [i for i, (n, _) in enumerate(fields) if _NAME_FIELD.fullmatch(n)]
        if not names or not any(n in _FIELD_LABELS for n, _ in fields[names[0] + 1 :]):
            continue
        lead = sum(w for _, w in fields[: names[0]])
        row_rx = re.compile(rf"\d{{{lead}}}(?P<kana>{HW_KANA_NAME})[ ]*(?P<rest>\d[\dA-Z]*)[ ]*$")
        base = lay.end() + 1
        for line in folded[base:].split("\n"):
            row, at = row_rx.fullmatch(line), base
            base += len(line) + 1
            if row is None:
                break
            pairs.append(exact_pair("氏名", at + row.start("kana"), row.group("kana")))
            pos, rest = at + row.start("rest"), row.group("rest")
            for name, width in fields[names[0] + 1 :]:
                value, label = rest[:width], _FIELD_LABELS.get(name)
                dated = label == "生年月日" and value.isdigit() and len(value) == 8
                born = past_ymd_text(value) if dated else None
                if born:
                    pairs.append(whole_pair(label or "", pos, pos + 8, born))
                elif label == "郵便番号" and re.fullmatch(r"\d{7}", value):
                    pairs.append(exact_pair(label, pos, value))
                pos, rest = pos + width, rest[width:]
    return pairs


def _child_and_notes(folded: str) -> list[Pair]:
    """Katakana child lists, Devanagari labels, partial and corrected birth dates."""
    pairs: list[Pair] = []
    if _CHILD_HEADER.search(folded) and "生年月日" in folded:
        for m in _CHILD_ROW.finditer(folded):
            born = past_ymd_text(m.group("dob"))
            if born:
                pairs.append(exact_pair("氏名", m.start("kana"), m.group("kana")))
                pairs.append(whole_pair("生年月日", m.start("dob"), m.end("dob"), born))
    pairs += [
        exact_pair("旅券番号", m.start("v"), m.group("v")) for m in _DEVANAGARI_PASSPORT.finditer(folded)
    ]
    pairs += [exact_pair("氏名", m.start("v"), m.group("v")) for m in _DEVANAGARI_NAME.finditer(folded)]
    pairs += [exact_pair("生年月日", m.start("d"), m.group("d")) for m in _BORN_MONTH.finditer(folded)]
    for m in _RECORD_SAYS.finditer(folded):
        if _MISMATCH.search(folded, max(0, m.start() - 120), m.start()):
            pairs.append(exact_pair("生年月日", m.start("d"), m.group("d")))
    return pairs


def record_bb_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BB readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    pairs = (
        _insurance_keys(folded)
        + _loose_insurance(folded)
        + _kana_pipe_rows(folded)
        + _layout_rows(folded)
        + _child_and_notes(folded)
    )
    return offset_forms(pairs)


# --- vetoes -----------------------------------------------------------------------------------
_EVENT_LABEL = lazy_compile(
    rf"(?:発生|探知|覚知|発症|発見|事故|受傷|通報|喫食|届出|受理)日(?:時)?[はがも]?{BLANKS}[:：]?{BLANKS}$"
)
_MEAL_AFTER = lazy_compile(rf"{BLANKS}の?(?:朝|昼|夕方|夕|夜|晩)(?:に|頃|ごろ)")
_BIRTH_AFTER = lazy_compile(r"[^\n。]{0,12}?(?:生まれ|産まれ|出生|誕生|生誕)")
_PERIOD_FROM = lazy_compile(rf"(?:か{BLANK}*ら|〜|～){BLANKS}$")
_PERIOD_TO = lazy_compile(rf"{BLANKS}ま{BLANK}+で")


def event_date(folded: str, start: int, end: int) -> bool:
    """A date after an event label (発生日は, 探知日は), before 昼に / 夜に (unless a birth follows:
    「…日の夜に生まれ」), or closing a spaced validity period (``か ら <date> ま で``): not a birth
    date."""
    return (
        _EVENT_LABEL.search(folded, max(0, start - 12), start) is not None
        or (_MEAL_AFTER.match(folded, end) is not None and _BIRTH_AFTER.match(folded, end) is None)
        or (
            _PERIOD_FROM.search(folded, max(0, start - 8), start) is not None
            and _PERIOD_TO.match(folded, end) is not None
        )
    )


_ID_KEY = lazy_compile(r"(?i)[\"']?(?P<k>[a-z_]*_id|[a-z]+Id)[\"']?[ \t]*[:=][ \t]*[\"']?$")


def id_key_licence(folded: str, start: int) -> bool:
    """A 12-digit value under a ``*_id`` key (terminal_id, device_id) with no licence in its name."""
    m = _ID_KEY.search(folded, max(0, start - 40), start)
    return m is not None and not re.search(r"(?i)lic|menkyo|driver|unten", m.group("k"))


def kouki_row_digits(folded: str, start: int) -> bool:
    """A value inside the two numbers of a glued 後期高齢者 record (its first 18 characters)."""
    line_start, line = line_text(folded, start)
    m = _KOUKI_ROW.match(line)
    return m is not None and start < line_start + m.end("no")


def money_order_number(folded: str, start: int) -> bool:
    """A 記号番号 value on a text about money orders (定額小為替, 為替証書, 郵便局)."""
    line_start = folded.rfind("\n", 0, start) + 1
    return "記号番号" in folded[max(line_start, start - 20) : start] and bool(
        _MONEY_ORDER.search(folded, max(0, start - 300), start + 100)
    )


_JOINT = lazy_compile(r"[国市町村組]?\d{1,4}-\d{4,8}")


def kokuho_joint(folded: str, start: int, end: int) -> bool:
    """A 記号-番号 read as one value after 記号番号 in a 国民健康保険 text: the readers give the
    記号 and the 番号 as two values."""
    if not _JOINT.fullmatch(folded, start, end) or not NHI_TEXT.search(folded):
        return False
    m = _KIGO_BANGO.match(folded, max(0, folded.rfind("記号番号", max(0, start - 12), start)))
    return m is not None and m.start("k") == start and not _MONEY_ORDER.search(folded)
