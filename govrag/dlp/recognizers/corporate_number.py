"""法人番号 (Corporate Number): 13 digits, the first a check digit.

Source: 番号法第三十九条; 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令
第三十五条 and 「法人番号の指定等に関する省令」(平成二十六年財務省令第七十号) 第二条: with P_n the n-th
digit counted from the right of the 12-digit base number and Q_n = 1 (n odd) or 2 (n even), the check
digit is 9 - (sum P_n*Q_n mod 9).

>>> corporate_check_digit("700110005901")
8
>>> JpCorporateNumberRecognizer().validate_result("8700110005901")
True
>>> JpCorporateNumberRecognizer().validate_result("1700110005901")
False
>>> t = "登録番号：T8700110005901"
>>> [t[x.start:x.end] for x in JpCorporateNumberRecognizer().analyze(t, [])]
['8700110005901']
"""

from __future__ import annotations

from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer, digits_only, other_label_before
from govrag.dlp.recognizers.codes import record_code
from govrag.dlp.recognizers.payroll import payroll_field

__all__ = ["JpCorporateNumberRecognizer", "corporate_check_digit"]


def corporate_check_digit(base12: str) -> int:
    """Leading check digit of a 法人番号 whose other twelve digits are ``base12``."""
    if len(base12) != 12 or not base12.isascii() or not base12.isdigit():
        raise ValueError("need exactly 12 ASCII digits")
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return 9 - total % 9


class JpCorporateNumberRecognizer(JaPatternRecognizer):
    """法人番号 with the 財務省令 check digit."""

    ENTITY = "JP_CORPORATE_NUMBER"
    DIGIT_VALUES = True
    SOURCE = "番号法第三十九条; 平成二十六年財務省令第七十号第二条 (検査用数字)"
    PATTERNS = (
        JaPattern(
            "corporate_number",
            r"(?<![0-9A-Za-z-])(?P<v>\d([ -]?)\d{4}\2\d{4}\2\d{4})(?![0-9A-Za-z]|-\d)",
            0.3,
        ),
        # any other grouping (3 700120004567): only next to 法人番号-style words
        JaPattern(
            "corporate_any_grouping",
            r"(?<![0-9A-Za-z-])(?P<v>\d(?:[ -]?\d){12})(?![0-9A-Za-z]|[ -]\d)",
            0.3,
            needs_context=True,
            context=("法人番号", "Corporate Number"),
            fallback=True,
        ),
        # 適格請求書発行事業者の登録番号: "T" + the 13 digits (the digits are the value)
        JaPattern(
            "invoice_registration",
            r"(?<![0-9A-Za-z])T\s?(?P<v>\d([ -]?)\d{4}\2\d{4}\2\d{4})(?![0-9A-Za-z]|-\d)",
            0.6,
        ),
    )
    CONTEXT = ("法人番号", "法人", "会社", "株式会社", "事業者", "Corporate Number")
    NEGATIVE_CONTEXT = ("受付番号", "文書番号", "整理番号", "管理番号", "注文番号", "伝票番号", "カード番号")
    VALIDATED_SCORE = 0.6

    def accept(self, text: str, start: int, end: int) -> bool:
        """Reject numbers labelled as some other number (受理番号 …); 登録番号 only with its "T"."""
        if record_code(text, start, end):  # round Q: order_id=…, 商品コード column, バーコード：…
            return False
        if payroll_field(text, start, end, kind="payer"):
            return True  # round T: 源泉徴収票 ⏎ 支払者番号 …
        if start > 0 and text[start - 1] in "T " and "T" in text[max(0, start - 2) : start]:
            return (
                other_label_before(
                    text, start - (1 if text[start - 1] == "T" else 2), own=("法人", "会社法人等", "登録")
                )
                is None
            )
        return other_label_before(text, start, own=("法人", "会社法人等")) is None

    def validate_result(self, pattern_text: str) -> bool | None:
        d = digits_only(pattern_text)
        if len(d) != 13 or len(set(d)) == 1:
            return False
        return corporate_check_digit(d[1:]) == int(d[0])
