"""個人番号 (My Number): 12 digits, the last a check digit.

Source: 行政手続における特定の個人を識別するための番号の利用等に関する法律 (番号法) 第二条第五項;
check digit per 番号法施行令第八条 and 「行政手続における特定の個人を識別するための番号の利用等に
関する法律の規定による通知カード及び個人番号カード並びに情報提供ネットワークシステムによる特定個人情報
の提供等に関する省令」(平成二十六年総務省令第八十五号) 第五条: with P_n the n-th digit counted from the
right of the first eleven digits and Q_n = n + 1 (n <= 6), n - 5 (n >= 7), the check digit is
11 - (sum P_n*Q_n mod 11), or 0 when the remainder is 0 or 1. Twelve-digit numbers failing it are not
flagged unless directly labelled 個人番号 / マイナンバー / My Number (the label right before it or in
the table cell before it): a mistyped My Number under its own label is still personal data, so
that case fails closed. A number preceded by 運転免許/受付番号-style words is left to those
recognizers.

>>> my_number_check_digit("12345678901")
8
>>> JpMyNumberRecognizer().validate_result("1234 5678 9018")
True
>>> JpMyNumberRecognizer().validate_result("123456789012")
False
"""

from __future__ import annotations

import re
from typing import ClassVar

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import (
    JaPattern,
    JaPatternRecognizer,
    digits_only,
    other_label_before,
    spaced_label,
)
from govrag.dlp.recognizers.codes import record_code
from govrag.dlp.recognizers.payroll import payroll_field
from govrag.dlp.recognizers.rows import column_header

__all__ = [
    "MY_NUMBER_LABEL", "NOTICE_CARD_BRACKET", "JpMyNumberRecognizer", "my_number_check_digit",
    "my_number_valid",
]

#: The value's own label right before it: 個人番号 / マイナンバー / My Number (個人番号カードの番号,
#: a bracketed note such as （12桁）, a colon, は, or a table-cell bar between).
MY_NUMBER_LABEL = (
    r"(?:個人番号(?:又は法人番号|または法人番号)?(?:カード)?(?:の)?(?:番号)?(?:欄)?|マイナンバー(?:カード)?(?:の)?(?:番号)?(?:欄)?"
    r"|(?<![A-Za-z])(?i:my\s*number|individual\s+number)"
    r"(?:\s*(?i:card))?(?:\s*(?i:No\.?))?"
    # round Q: abbreviated labels — マイNo., マイナンバーNo, マイナ番号, My No., 個人番号No
    r"|(?:マイ(?:ナンバー)?|個人番号|(?<![A-Za-z])(?i:my))\s*(?:(?i:no)(?![A-Za-z])\.?|№)"
    r"|マイナ番号"
    # round R: a label spaced by OCR (個 人 番 号) and the Chinese labels (个人编号, 個人編號)
    "|" + spaced_label("個人番号") + r"|个人编号|個人編號)"
    r"\s*(?:[（(][^）)\n]{0,10}[)）])?\s*(?:[:：|｜\t]|は)?\s*[「（(]?\s*"
)
#: round P: the number in brackets right after 通知カード (「通知カード（記載番号 …）と 運転免許証」):
#: the bracket belongs to the card before it, whatever document is named after it
NOTICE_CARD_BRACKET = r"通知カード\s*[（(]\s*(?:記載)?(?:番号)?\s*[:：]?\s*"
_NOTICE_CARD_OWN = lazy_compile(NOTICE_CARD_BRACKET + "$")
#: (round T: or three groups of four joined by ・, 1234・5678・9012, under the label only)
_TWELVE = (
    r"(?P<v>\d(?:[ -]?\d){11}|\d{4}(?P<dot>[・･])\d{4}(?P=dot)\d{4})"
    r"(?![0-9A-Za-z]|[ \-・･]\d|[件人円枚名個回])"
)


_LABEL_BEFORE = lazy_compile(MY_NUMBER_LABEL + "$")
_DAI_GO_AROUND = lazy_compile(r"第[ \t\u3000]*$")


def _twelve_digits(value: str) -> bool:
    """Twelve digits, not all the same: the shape of a 個人番号 whatever its check digit."""
    d = digits_only(value)
    return len(d) == 12 and len(set(d)) > 1


def my_number_check_digit(first11: str) -> int:
    """Check digit for the first eleven digits of a 個人番号."""
    if len(first11) != 11 or not first11.isascii() or not first11.isdigit():
        raise ValueError("need exactly 11 ASCII digits")
    total = 0
    for n in range(1, 12):
        p = int(first11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def my_number_valid(digits: str) -> bool:
    """Twelve ASCII digits whose last is the check digit of the first eleven. Digits of other
    scripts (١٢٣…, १२३…), which ``\\d`` also matches, are not a 個人番号.

    >>> my_number_valid("123456789018"), my_number_valid("123456789010"), my_number_valid("١٢٣٤٥٦٧٨٩٠١٨")
    (True, False, False)
    """
    return (len(digits) == 12 and digits.isascii() and digits.isdigit()
            and my_number_check_digit(digits[:11]) == int(digits[11]))


#: round X: a shipment's column header (a tracking number can pass the check digit by chance)
_SHIPPING_HEADER = lazy_compile(r"(?i:tracking|carrier|shipment|waybill)|追跡|伝票|送り状|配送|運送|荷物")


#: round AG: a further short number right beside a blank-grouped value (2210 3341 1002 9120): a
#: list of short numbers (受検番号 lists), not one 12-digit number cut into groups
_GROUP_BEFORE = lazy_compile(r"(?<![0-9])\d{3,4}[ \u3000]\Z")
_GROUP_AFTER = lazy_compile(r"[ \u3000]\d{3,4}(?![0-9])")


def _short_number_list(text: str, start: int, end: int) -> bool:
    if not any(c in " \u3000" for c in text[start:end]):
        return False
    return bool(_GROUP_BEFORE.search(text, max(0, start - 6), start) or _GROUP_AFTER.match(text, end))


class JpMyNumberRecognizer(JaPatternRecognizer):
    """個人番号 with the 総務省令 check digit."""

    ENTITY = "JP_MY_NUMBER"
    DIGIT_VALUES = True
    SOURCE = "番号法第二条第五項; 平成二十六年総務省令第八十五号第五条 (検査用数字)"
    PATTERNS = (
        # directly labelled: fail closed (the check digit is not required)
        JaPattern("labelled", MY_NUMBER_LABEL + _TWELVE, 0.6, check=_twelve_digits, own_label=True),
        # 通知カード（記載番号 …）: the check digit is required, as for any 通知カード number
        JaPattern("notice_card_bracket", NOTICE_CARD_BRACKET + _TWELVE, 0.6, own_label=True),
        # English prose: "My Number is 1234.5678.9012" (dot-grouped, only under its own label)
        JaPattern(
            "labelled_dotted",
            MY_NUMBER_LABEL + r"(?:(?i:is)\s+)?(?P<v>\d{4}\.\d{4}\.\d{4})(?![0-9]|\.\d)",
            0.6,
            check=_twelve_digits,
            own_label=True,
        ),
        # round R: groups set apart by two or three spaces (OCR: 1234  5678  9012), only labelled
        JaPattern(
            "labelled_wide",
            r"(?<![0-9])(?P<v>\d{4}([ \t\u3000]{2,3})\d{4}\2\d{4})(?![0-9])",
            0.6,
            check=_twelve_digits,
            own_label=True,
            where=lambda text, start, end: _LABEL_BEFORE.search(text, max(0, start - 24), start) is not None,
        ),
        JaPattern("my_number", r"(?<![0-9A-Za-z-])(?P<v>\d{4}([ -]?)\d{4}\2\d{4})(?![0-9A-Za-z]|-\d)", 0.3),
        # round T: a payroll slip's 受給者番号 field (check digit required)
        JaPattern(
            "payroll_recipient",
            r"(?<![0-9A-Za-z-])(?P<v>\d{12})(?![0-9A-Za-z]|[ -]\d)",
            0.6,
            own_label=True,
            where=lambda text, start, end: payroll_field(text, start, end, kind="recipient"),
        ),
        # any other grouping (204-8135-79027, 20 4813 579027): only next to 個人番号/マイナンバー
        JaPattern(
            "my_number_any_grouping",
            r"(?<![0-9A-Za-z-])(?P<v>\d(?:[ -]?\d){11})(?![0-9A-Za-z]|[ -]\d)",
            0.3,
            needs_context=True,
            fallback=True,
        ),
    )
    #: 通知カード: the paper notification card of a 個人番号 (its number is the 個人番号; the check
    #: digit is still required, unlike under the 個人番号 label itself)
    CONTEXT = (
        *("個人番号", "マイナンバー", "マイナ", "個人番号カード", "通知カード", "マイNo", "マイ No"),
        *("My Number", "my number", "My number", "MY NUMBER", "Individual Number", "individual number"),
    )
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = (
        "運転免許",
        "免許証",
        "免許番号",
        "受付番号",
        "文書番号",
        "整理番号",
        "管理番号",
        "注文番号",
        "伝票番号",
        "請求番号",
        "問合せ番号",
        "問い合わせ番号",
        "お問合せ番号",
        "法人番号",
        "口座番号",
        "会員番号",
        "登録番号",
        "証明書番号",
        "事業所番号",
        "保険者番号",
    )
    VALIDATED_SCORE = 0.6

    def accept(self, text: str, start: int, end: int) -> bool:
        """Reject numbers labelled as some other number (受理番号, 顧客番号, No. …)."""
        own = ("個人", "マイナンバー", "マイナ", "マイ", "個人番号カードの", "通知カード")
        if _NOTICE_CARD_OWN.search(text, max(0, start - 24), start) is not None:
            return True
        # round R: 第 … 号 around the value: an ordinal or a licence's number, not a 個人番号
        if _DAI_GO_AROUND.search(text, max(0, start - 4), start) and re.match(r"[ \t\u3000]*号", text[end:]):
            return False
        if _short_number_list(text, start, end):
            return False
        if record_code(text, start, end):  # round Q: job_id=…, 品番 column, 型番：…
            return False
        header = column_header(text, start, end)
        if header is not None and _SHIPPING_HEADER.search(header):
            return False  # round X: a tracking-number column (Tracking, 追跡番号, 送り状番号)
        if payroll_field(text, start, end, kind="recipient"):
            return True  # round T: 給与支払報告書 ⏎ 受給者番号 …
        return other_label_before(text, start, own=own) is None

    def accept_glued(self, text: str, run_start: int, start: int, end: int) -> bool:
        """Round BE: twelve digits cut out of a longer digit run are no 個人番号 (a postal code and a
        phone glued together, a product code), unless the run stands right after a 個人番号 label
        or the same value is written again right beside it (a number written twice: fail closed).

        >>> r = JpMyNumberRecognizer()
        >>> t = "123456789018123456789018"
        >>> r.accept_glued(t, 0, 0, 12), r.accept_glued("8266121080439573308272", 0, 7, 19)
        (True, False)
        """
        value, width = text[start:end], end - start
        if text[end : end + width] == value or text[max(0, start - width) : start] == value:
            return True
        return _LABEL_BEFORE.search(text, max(0, run_start - 24), run_start) is not None

    def validate_result(self, pattern_text: str) -> bool | None:
        d = digits_only(pattern_text)
        return len(set(d)) > 1 and my_number_valid(d)
