r"""Round CC: phrases that name a value without a label of its type, and two block-level vetoes.

Readers (each value rewritten as a ``label：value`` form line for the rescan):

* **born abbreviated**: ``b. <date>`` after a comma, slash or bracket (a list of people);
  ``born Showa 8/9`` (a romanised era year, month optional); Thai ``เกิด(วันที่) 9 เม.ย. 2524``
  (a Buddhist-era year); a month-day before 生 in a list (``11月13日生``) or before
  ``が誕生日なので`` / ``は誕生日です``.
* **a phone as a speaker**: a message log line ``<number>: text``; a call-log row
  ``HH:MM <name>さん <number>``.
* **an account after conta / cuenta** on a line that names a bank.
* **a person line on an identity card**: ``<surname> <given name>　昭和N年M月(D日)`` alone on a line
  (a 昭和 / 大正 / 明治 date — a 平成 / 令和 one may as well be the day of a staff entry).

Vetoes: :func:`denied_phone` (a block that says its numbers are not phone numbers),
:func:`other_number_list` (twelve digits in a block headed by another number's name) and
:func:`non_credit_card` (a card number in a block about a transit / prepaid / point card that never
names a credit card).

>>> t = "Members: Kenta MORI, b. 1979/04/22"
>>> [f.text for f in record_cc_forms(t, t)]
['生年月日：1979年4月22日']
>>> t = "09071208835: 了解です"
>>> [f.text for f in record_cc_forms(t, t)]
['電話番号：09071208835']
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, offset_forms, whole_pair
from govrag.dlp.recognizers.labels_ml import birth_values
from govrag.dlp.recognizers.rows import line_text
from govrag.text.eras import era_base_year, past_date_text

__all__ = ["denied_phone", "non_credit_card", "other_number_list", "record_cc_forms"]

_PHONE = r"0[1-9]\d{8,9}|0\d{1,4}-\d{1,4}-\d{3,4}"
#: ``b.`` (born) after a list item's name: a comma, a slash or an opening bracket before it
_BORN_ABBR = lazy_compile(r"(?:[,/(（]|、)[ \t]*b\.[ \t]*(?=\d)")
_ROMAJI_ERA = {"meiji": "明治", "taisho": "大正", "taishou": "大正", "showa": "昭和", "heisei": "平成"}
_BORN_ERA = lazy_compile(
    r"(?i:\b(?:born|b\.|birth|DOB)[ \t:]*(?:in[ \t]+)?)"
    r"(?P<v>(?P<e>(?i:meiji|taisho|taishou|showa|heisei))[ \t]+(?P<y>\d{1,2})"
    r"(?:[ \t]*(?:/|nen)[ \t]*(?P<m>\d{1,2}))?)"
    r"(?![\d/])"
)
_THAI_MONTHS = {
    "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6,
    "ก.ค.": 7, "ส.ค.": 8, "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12,
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
}  # fmt: skip
_THAI_BIRTH = lazy_compile(
    r"เกิด(?:เมื่อ)?(?:วันที่)?[ \t]*"
    r"(?P<v>(?P<d>\d{1,2})[ \t]*(?P<m>" + "|".join(re.escape(k) for k in _THAI_MONTHS) + r")[ \t]*"
    r"(?:พ\.ศ\.[ \t]*)?(?P<y>25\d\d))(?!\d)"
)
#: a month-day before 生 (not 生活 / 生徒 / 生産 …) — 11月13日生
_MONTH_DAY_BORN = lazy_compile(
    r"(?<![\d年])(?P<v>(?P<m>\d{1,2})月(?P<d>\d{1,2})日)生(?![活徒産命涯成地協存])"
)
#: a month-day that is someone's birthday (「5月2日が誕生日なので」「8月3日は誕生日です」)
_MONTH_DAY_IS = lazy_compile(
    r"(?<![\d年/])(?P<v>(?P<m>\d{1,2})月(?P<d>\d{1,2})日)(?:は|が)[^。\n、，,\d]{0,6}?誕生日"
    r"(?=です|でした|なので|なんです|で(?!は)|だ|。|！|!|$)"
)
_SPEAKER_PHONE = lazy_compile(rf"(?m)^[ \t]*(?P<v>{_PHONE})[ \t]*[:：][ \t]*(?=\S)")
_KANA_NAME = r"[ァ-ヴー]{2,}[ 　][ァ-ヴー]{2,}|[ｦ-ﾟ]{2,}[ ][ｦ-ﾟ]{2,}"
_CALL_ROW = lazy_compile(
    r"(?m)^[ \t]*\d{1,2}:\d{2}[ \t　]+"
    rf"(?:(?:{_KANA_NAME})[ \t　]*(?:さん|様|氏)?|[^\d\s][^\d\n]{{0,12}}?[ \t　]*(?:さん|様|氏))"
    rf"[ \t　]+(?P<v>{_PHONE})(?![\d-])"
)
#: a Portuguese / Spanish account word and its number, read only on a line naming a bank (conta /
#: cuenta alone is as often a bill: conta de água)
_CONTA = lazy_compile(
    r"(?<![a-zà-ÿ])(?i:conta|cuenta)(?![a-zà-ÿ])[ \t]*(?:n[º°o]\.?|número|es|é)?[ \t:：]*(?P<v>\d{7})(?!\d)"
)
_BANK_WORD = lazy_compile(r"(?i:\bbanco|\bbank|銀行|信用金庫|ゆうちょ)")
_SHOWA_LINE = lazy_compile(
    r"(?m)^[ \t　]*[一-龥々ヶ]{1,4}[ 　][一-龥々ヶ]{1,4}[ \t　]+"
    r"(?P<v>(?P<e>昭和|大正|明治)[ ]?(?P<y>\d{1,2})年[ ]?(?P<m>\d{1,2})月(?:[ ]?(?P<d>\d{1,2})日)?)[ \t　]*$"
)


def _romaji_era(m: re.Match[str]) -> str | None:
    return past_date_text(era_base_year(_ROMAJI_ERA[m["e"].lower()]) + int(m["y"]), int(m["m"] or 1), 1)


def _thai(m: re.Match[str]) -> str | None:
    return past_date_text(int(m["y"]) - 543, _THAI_MONTHS[m["m"]], int(m["d"]))


def _month_day(m: re.Match[str]) -> str | None:
    return past_date_text(2000, int(m["m"]), int(m["d"]))  # a missing year as 2000, as labels_ml


def _era_line(m: re.Match[str]) -> str | None:
    return past_date_text(era_base_year(m["e"]) + int(m["y"]), int(m["m"]), int(m["d"] or 1))


#: the birth phrases whose ``v`` group is the value, and the form date each match gives
_BIRTH_PHRASES = (
    (_BORN_ERA, _romaji_era),
    (_THAI_BIRTH, _thai),
    (_MONTH_DAY_BORN, _month_day),
    (_MONTH_DAY_IS, _month_day),
    (_SHOWA_LINE, _era_line),
)


def _born(folded: str) -> list[Pair]:
    pairs = []
    for m in _BORN_ABBR.finditer(folded):  # b. <any date shape of the lexicon's readers>
        found = next(birth_values(folded, m.end(), min(len(folded), m.end() + 24)), None)
        if found and found[0] == m.end():
            pairs.append(whole_pair("生年月日", *found))
    for pattern, date in _BIRTH_PHRASES:
        for m in pattern.finditer(folded):
            value = date(m)
            if value:
                pairs.append(whole_pair("生年月日", m.start("v"), m.end("v"), value))
    return pairs


def _numbers(folded: str) -> list[Pair]:
    readers = (("電話番号", _SPEAKER_PHONE), ("電話番号", _CALL_ROW), ("口座番号", _CONTA))
    return [
        whole_pair(label, m.start("v"), m.end("v"), m["v"])
        for label, pattern in readers
        for m in pattern.finditer(folded)
        if label != "口座番号" or _BANK_WORD.search(line_text(folded, m.start())[1])
    ]


def record_cc_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-CC phrase readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    unique = {p[2][0]: p for p in reversed(_born(folded) + _numbers(folded))}
    return offset_forms([unique[k] for k in sorted(unique)])


@lru_cache(maxsize=4)
def _breaks(folded: str) -> tuple[int, ...]:
    """The offset of every blank-line break (``\\n\\n``, overlapping ones too), found once per text."""
    return tuple(m.start() for m in re.finditer(r"(?=\n\n)", folded))


def _block(folded: str, start: int) -> tuple[int, int]:
    """The paragraph (lines between blank lines) around ``start`` (a look-up, not a scan: the vetoes
    ask once per finding)."""
    breaks = _breaks(folded)
    before = bisect.bisect_right(breaks, start - 2)
    after = bisect.bisect_left(breaks, start)
    return (breaks[before - 1] + 2 if before else 0), (breaks[after] if after < len(breaks) else len(folded))


@lru_cache(maxsize=256)
def _block_has(name: str, folded: str, lo: int, hi: int) -> bool:
    """Whether the block ``folded[lo:hi]`` holds a match of :data:`_BLOCK_WORDS` ``[name]``, once per
    block (spaces removed first for the 個人番号 word: 個 人 番 号)."""
    if name == "my_number":
        return _MY_NUMBER_WORD.search(re.sub(r"[ 　]", "", folded[lo:hi])) is not None
    return _BLOCK_WORDS[name].search(folded, lo, hi) is not None


_DENIAL = lazy_compile(
    r"(?:電話番号|電話|TEL|携帯番号)(?:では|じゃ)(?:ありません|ない|なく|ございません)"
    r"|(?i:\bnot[ ]+(?:a[ ]+)?(?:tele)?phone[ ]+numbers?\b)"
)
_PHONE_WORD = lazy_compile(r"(?i:電話|TEL|携帯|連絡先|phone|mobile|FAX)")


def denied_phone(folded: str, start: int, _end: int) -> bool:
    r"""A phone-shaped value in a block that says its numbers are not phone numbers, on a line that
    names no phone itself.

    >>> t = "03-5512-8830　青　20個\n※品番です（電話番号ではありません）"
    >>> denied_phone(t, 0, 12), denied_phone("連絡先：03-5512-8830\n" + t[13:], 4, 16)
    (True, False)
    """
    lo, hi = _block(folded, start)
    line = line_text(folded, start)[1]
    if _DENIAL.search(line) or _PHONE_WORD.search(line):
        return False
    return _block_has("denial", folded, lo, hi)


#: a block header naming another number (会員番号, 管理番号, 整理番号 …), not the 個人番号
_OTHER_NUMBER = lazy_compile(
    r"(?:会員|管理|整理|受付|登録|顧客|お客様|伝票|注文|申込|受験|受講|利用者|契約)(?:番号|No|ID|コード)"
)
_MY_NUMBER_WORD = lazy_compile(r"(?i:個人番号|マイナンバー|my[ _]?number|kojin)")
#: a label of the value's own before it on its line (a bare list line has none)
_LABELLED = lazy_compile(r"[^\W\d_]")


def other_number_list(folded: str, start: int, _end: int) -> bool:
    r"""Twelve digits opening a bare list line (no word before them) below a line of its block that
    names another number, in a block that never names the 個人番号 (spaced or not).

    >>> other_number_list("整理番号一覧\n730115662242", 7, 19)
    True
    >>> other_number_list("整理番号・個人番号\n730115662242", 10, 22)
    False
    """
    lo, hi = _block(folded, start)
    line = folded.rfind("\n", lo, start)
    if line < 0 or _LABELLED.search(folded, line + 1, start):
        return False
    return _OTHER_NUMBER.search(folded, lo, line) is not None and not _block_has("my_number", folded, lo, hi)


#: cards whose numbers are no payment card's: transit IC, prepaid, point, gift, library cards
_OTHER_CARD = lazy_compile(
    r"(?i:ICカード|IC乗車券|乗車券|交通系|定期券|プリペイド|ポイントカード|図書カード|図書館カード|商品券"
    r"|ギフトカード|診察券|会員証|prepaid|gift[ ]card|transit[ ]card|point[ ]card)"
)
_CREDIT_WORD = lazy_compile(
    r"(?i:クレジット|デビット|キャッシュカード|credit|debit|visa|master|jcb|amex|american[ ]express|diners"
    r"|銀聯|unionpay|カード会社|決済|支払|ご利用カード|payment)"
)


def non_credit_card(folded: str, start: int, _end: int) -> bool:
    r"""A card number in a block about a transit / prepaid / point card (無記名ICカード, 商品券) that
    names no credit, debit or bank card and no payment (決済, お支払い: a season ticket paid by card)
    anywhere.

    >>> t = "無記名ICカード 拾得\nカード番号: 4111 1111 1111 1111"
    >>> non_credit_card(t, 19, 38), non_credit_card("クレジット" + t, 24, 43)
    (True, False)
    """
    lo, hi = _block(folded, start)
    return _block_has("other_card", folded, lo, hi) and not _block_has("credit", folded, lo, hi)


#: the block-level words the vetoes ask about
_BLOCK_WORDS = {"denial": _DENIAL, "other_card": _OTHER_CARD, "credit": _CREDIT_WORD}
