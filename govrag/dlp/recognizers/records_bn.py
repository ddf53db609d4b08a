r"""Round BN: labels and phrases in other languages, partial births, ゆうちょ pairs in chats.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_bj`):

1. **spaced Chinese 个人番号 labels** (:data:`_MY_NUMBER`): an OCR'd 个 人 番 号 / 个 人 编 号 label
   (letters spaced or not) before twelve digits, each digit spaced from the next or none (digits in
   pairs or groups stay to the other readers).
2. **basic pension labels in other languages** (:data:`_PENSION`): Korean 기초연금번호, Chinese
   基础年金号码 / 编号, Vietnamese ``số lương hưu cơ bản`` before ``NNNN NNNNNN``.
3. **birth dates after foreign labels / phrases** (:data:`_BIRTH_DMY`, :data:`_BIRTH_MONTH`):
   Portuguese / Spanish / Vietnamese / Tagalog birth labels (with a participle such as
   ``registrada``) before ``dd/mm/yyyy``; English ``DOB as`` / ``date of birth is`` before a
   month-name date.
4. **international phones after a calling phrase or a messenger label** (:data:`_PHONE`): called …
   at / reached … at / WhatsApp: / Zalo / ligou … número before a +1, +977, +63, +84, +55, +86 or
   +82 number of its country's shape.
5. **ゆうちょ pairs in chats** (:data:`_YUCHO`): a ``1NNN0-NNNNNNNN`` 記号-番号 on a line within two
   lines after a question about a post-office / ゆうちょ receiving account.
6. **health-insurance triples** (:data:`_TRIPLE`): ``記号-番号：NNNN-NNN-NN`` in a text about
   insurance — the 記号, the 番号 and the 枝番 each their own value.
7. **era-coded and partial births** (:data:`_ERA_CODE`, :data:`_PARTIAL`): an era letter + YYMMDD
   glued to or right before 生 (``（S600314生）``); a year-month or month-day after 生年月日 in a
   check phrase ending in 一致 (「生年月日 1990年5月 まで一致」).

Round BN also vetoes twelve digits in a checksum / hash / digest field as a 個人番号
(:func:`hash_field`).

>>> [f.text for f in record_bn_forms("（S600314生）", "（S600314生）")]
['生年月日：昭和60年3月14日']
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, joint_read, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import EN_MONTHS, ERA_NAME

__all__ = ["hash_field", "record_bn_forms", "triple_joint"]

_SP = r"[ \u3000]*"
_MY_NUMBER = lazy_compile(
    rf"[个個]{_SP}人{_SP}[番编編]{_SP}[号號]{_SP}[:：]?{_SP}"
    r"(?P<v>\d{12}|\d(?:[ ]\d){11}|\d(?:\u3000\d){11})(?![ \u3000]?\d)"
)
_PENSION = lazy_compile(
    r"(?:기초[ ]?연금[ ]?번호|基[础礎]年金(?:号码|編号|编号|番号|號碼)|(?i:số[ ]lương[ ]hưu[ ]cơ[ ]bản))"
    rf"{_SP}[:：]?{_SP}(?P<v>\d{{4}}[ -]?\d{{6}})(?![\d-])"
)
_BIRTH_DMY = lazy_compile(
    r"(?i:data[ ]de[ ]nascimento|fecha[ ]de[ ]nacimiento|ngày[ ]sinh|petsa[ ]ng[ ]kapanganakan)"
    r"(?:[ ][a-zà-ú]{3,12}){0,2}[ ]?[:：][ ]*"
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})(?![\d/])"
)
_BIRTH_MONTH = lazy_compile(
    r"(?i:\b(?:DOB|date[ ]of[ ]birth|birth[ ]?date|birthday)[ ](?:as|is|was|to[ ]be)[ ])"
    rf"(?P<mon>(?i:{'|'.join(EN_MONTHS)})[a-z]{{0,6}}\.?)[ ]"
    r"(?P<d>\d{1,2}),?[ ](?P<y>(?:19|20)\d{2})(?!\d)"
)
_PHONE = lazy_compile(
    r"(?i:\b(?:called|phoned|rang|reached|texted|call[ ]back|ligou|liga|whatsapp|zalo|viber|telegram|"
    r"kakaotalk|kakao|wechat|signal)\b)[^\n+\d]{0,40}?"
    r"(?P<v>\+(?:1[ -]?\(?\d{3}\)?[ -]?\d{3}[ -]?\d{4}|977[ -]?9[78](?:[ -]?\d){8}"
    r"|63[ -]?9(?:[ -]?\d){9}|84[ -]?[35789](?:[ -]?\d){8}|55[ -]?\d{2}[ -]?9?\d{4}[ -]?\d{4}"
    r"|86[ -]?1(?:[ -]?\d){10}|82[ -]?10(?:[ -]?\d){8}))(?![\d-])"
)
_YUCHO = lazy_compile(r"(?<![\d-])(?P<v>1\d{3}0[-‐－]\d{8})(?![\d-])")
_YUCHO_QUESTION = lazy_compile(r"(?:受取口座|郵便局|ゆうちょ)[^\n]*(?:[？?]|か[。\n]|か$)", re.MULTILINE)
_YUCHO_OTHER = lazy_compile(r"追跡|伝票|受付番号|整理番号|問い?合わせ番号")
_TRIPLE = lazy_compile(
    r"記号[-－‐・]番号(?:[-－‐・]枝番)?[ \u3000]*[:：][ \u3000]*"
    r"(?P<k>\d{1,8})(?P<s>[-－‐])(?P<n>\d{1,10})(?P=s)(?P<b>\d{2})(?![\d－‐-])"
)
_INSURANCE = lazy_compile(r"保険|扶養|組合員|共済")
_ERA_LETTER = {"M": ("明治", 45), "T": ("大正", 15), "S": ("昭和", 64), "H": ("平成", 31), "R": ("令和", 20)}
_ERA_CODE = lazy_compile(
    r"(?<![A-Za-z0-9])(?P<e>[MTSHR])(?P<y>\d{2})(?P<m>\d{2})(?P<d>\d{2})[ \u3000]?生(?![産活徒命涯成地])"
)
_PARTIAL = lazy_compile(
    rf"生年月日[はが]?{_SP}[:：]?{_SP}"
    rf"(?P<v>(?:(?:19|20)\d{{2}}|{ERA_NAME}(?:\d{{1,2}}|元))年\d{{1,2}}月(?:\d{{1,2}}日)?|\d{{1,2}}月\d{{1,2}}日)"
    rf"{_SP}(?:まで|のみ)?{_SP}[はが]?一致"
)


def _insurance_text(folded: str, pos: int) -> bool:
    return _INSURANCE.search(folded, max(0, pos - 300), pos) is not None


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _date_ok(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _birth_pairs(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for m in _BIRTH_DMY.finditer(folded):
        d, mo = int(m.group("d")), int(m.group("m"))
        if _date_ok(mo, d):
            pairs.append(whole_pair("生年月日", m.start("d"), m.end("y"), f"{m.group('y')}年{mo}月{d}日"))
    for m in _BIRTH_MONTH.finditer(folded):
        mo = EN_MONTHS.index(m.group("mon")[:3].lower()) + 1
        if _date_ok(mo, int(m.group("d"))):
            value = f"{m.group('y')}年{mo}月{int(m.group('d'))}日"
            pairs.append(whole_pair("生年月日", m.start("mon"), m.end("y"), value))
    for m in _ERA_CODE.finditer(folded):
        era, last = _ERA_LETTER[m.group("e")]
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if 1 <= y <= last and _date_ok(mo, d):
            pairs.append(whole_pair("生年月日", m.start("e"), m.end("d"), f"{era}{y}年{mo}月{d}日"))
    for m in _PARTIAL.finditer(folded):
        v = m.group("v")
        pairs.append(
            exact_pair("生年月日", m.start("v"), v)
            if "年" in v
            else whole_pair("生年月日", m.start("v"), m.end("v"), f"2000年{v}")
        )
    return pairs


def _yucho_pairs(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for m in _YUCHO.finditer(folded):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        if _YUCHO_OTHER.search(folded, line_start, m.start()):
            continue
        before = line_start
        for _ in range(3):  # the value's line and the two lines before it
            before = folded.rfind("\n", 0, max(before - 1, 0)) + 1 if before > 0 else 0
        if _YUCHO_QUESTION.search(folded[before : m.start()]):
            pairs.append(exact_pair("ゆうちょ銀行 記号番号", m.start("v"), m.group("v")))
    return pairs


def _pairs(folded: str) -> list[Pair]:
    pairs = _birth_pairs(folded) + _yucho_pairs(folded)
    for m in _MY_NUMBER.finditer(folded):
        pairs.append(whole_pair("個人番号", m.start("v"), m.end("v"), _digits(m.group("v"))))
    for m in _PENSION.finditer(folded):
        v = _digits(m.group("v"))
        pairs.append(whole_pair("基礎年金番号", m.start("v"), m.end("v"), f"{v[:4]}-{v[4:]}"))
    for m in _PHONE.finditer(folded):  # an international number is read without its spaces
        pairs.append(whole_pair("電話番号", m.start("v"), m.end("v"), re.sub(r"[ ()-]", "", m.group("v"))))
    for m in _TRIPLE.finditer(folded):
        if _insurance_text(folded, m.start()):
            pairs.append(exact_pair("被保険者記号", m.start("k"), m.group("k")))
            pairs.append(exact_pair("被保険者番号", m.start("n"), m.group("n")))
            pairs.append(exact_pair("枝番", m.start("b"), m.group("b")))
    return sorted(pairs, key=lambda p: p[2][0])


def record_bn_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BN readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    return offset_forms(_pairs(folded))


# --- vetoes -----------------------------------------------------------------------------------
_HASH_KEY = lazy_compile(
    r"(?i:[\"']?\b(?:checksum|check_sum|hash|digest|crc(?:32)?|sha\d*|md5|etag|nonce|signature)[\"']?"
    r"[ ]*[:=][ ]*[\"']?)$"
)


def hash_field(folded: str, start: int) -> bool:
    """Twelve digits at ``start`` are a checksum / hash / digest field's value, no 個人番号.

    >>> hash_field('{"checksum": "123456789018"}', 14), hash_field("個人番号: 123456789018", 6)
    (True, False)
    """
    return _HASH_KEY.search(folded, max(0, start - 30), start) is not None


def triple_joint(folded: str, start: int, end: int) -> bool:
    """A whole 記号-番号(-枝番) triple read as one value in an insurance text, where the reader gives
    its three parts (:data:`_TRIPLE`)."""
    return joint_read([_TRIPLE], folded, start, end) and _insurance_text(folded, start)
