"""Payment card numbers (14-19 digits, Luhn checksum, known issuer prefixes).

Source: ISO/IEC 7812-1 (issuer identification number, Luhn check digit, Annex B). Thirteen-digit
numbers are not considered (legacy Visa only) so they never collide with 法人番号.

>>> luhn_ok("4111111111111111")
True
>>> JpCreditCardRecognizer().validate_result("4111-1111-1111-1112")
False
"""

from __future__ import annotations

from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer, digits_only

__all__ = ["JpCreditCardRecognizer", "luhn_ok"]


def luhn_ok(digits: str) -> bool:
    """ISO/IEC 7812 Luhn check over an all-digit string."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_IIN = (
    "4",
    "51",
    "52",
    "53",
    "54",
    "55",
    "22",
    "23",
    "24",
    "25",
    "26",
    "27",
    "34",
    "37",
    "35",
    "36",
    "38",
    "30",
    "39",
    "6011",
    "65",
    "62",
)


class JpCreditCardRecognizer(JaPatternRecognizer):
    """Card numbers: grouped by spaces/hyphens or plain, Luhn-valid, issuer prefix known."""

    ENTITY = "CREDIT_CARD"
    SOURCE = "ISO/IEC 7812-1 (IIN ranges, Luhn check digit)"
    PATTERNS = (
        JaPattern(
            "card",
            r"(?<![0-9A-Za-z-])(?P<v>\d{4}([ -]?)\d{4}\2\d{4}\2\d{2,7}|\d{4}([ -]?)\d{6}\3\d{4,5})"
            r"(?![0-9A-Za-z]|-\d)",
            0.3,
        ),
    )
    CONTEXT = ("カード", "クレジット", "card", "Card", "決済", "VISA", "Visa", "JCB", "Master", "有効期限")
    VALIDATED_SCORE = 0.65

    def validate_result(self, pattern_text: str) -> bool | None:
        d = digits_only(pattern_text)
        if not 14 <= len(d) <= 19 or len(set(d)) == 1 or not d.startswith(_IIN):
            return False
        return luhn_ok(d)
