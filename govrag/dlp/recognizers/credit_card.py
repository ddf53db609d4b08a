"""Payment card numbers: every issuer range with a Luhn check, or any card-shaped number next to a
card word (カード番号, クレジット, card no.) whatever its check digit.

Source: ISO/IEC 7812-1 (issuer identification number, Luhn check digit, Annex B); issuer ranges as
published by the card schemes: Visa 4; Mastercard 51-55, 2221-2720; American Express 34, 37 (15
digits); JCB 3528-3589; Diners Club 300-305, 3095, 36, 38, 39 (14-16 digits); Discover 6011, 644-649,
65; UnionPay 62, 81; Maestro 50, 56-69 (12-19 digits); Mir 2200-2204; RuPay 60, 65, 81, 82. Without
a card word a number needs 14-19 digits (so 個人番号 (12) and 法人番号 (13) never collide), an issuer
prefix and a valid Luhn digit; next to a card word 12-19 digits are enough ("when in doubt, mask").

>>> luhn_ok("4111111111111111")
True
>>> JpCreditCardRecognizer().validate_result("4111-1111-1111-1112")
False
>>> r = JpCreditCardRecognizer()
>>> [(x.start, x.end) for x in r.analyze("カード番号 3530-1113-3330-0001", [])]
[(6, 25)]
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer, context_window, digits_only

__all__ = ["CARD_CONTEXT", "JpCreditCardRecognizer", "inside_digit_run", "issuer_length", "luhn_ok"]


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


#: Leading digits of every scheme listed in the module docstring (coarse on purpose: the Luhn
#: check does the fine work; major industry identifiers 2-6 and 8 are payment cards).
_IIN = ("2", "30", "34", "35", "36", "37", "38", "39", "4", "5", "6", "81", "82")

#: Words that make a nearby card-shaped number a card number even without a valid check digit.
CARD_CONTEXT: tuple[str, ...] = (
    "カード番号",
    "クレジット",
    "デビット",
    "card no",
    "Card No",
    "CARD NO",
    "card number",
    "Card Number",
    "カードNo",
    "カード No",
)

#: cards that are no payment card: their 「…カード番号」 is no card context (a 通知カード番号 is a
#: My Number, a ポイントカード or 診察券 number no card number)
_OTHER_CARD = lazy_compile(
    r"(?:通知|個人番号|マイナンバー|マイナ|在留|保険|保険証|診察|診察券|ポイント|会員|メンバーズ|スタンプ"
    r"|図書|図書館|利用者|社員|職員|学生|交通系|IC|ＩＣ"
    # round R: stored-value cards (ギフトカード, プリペイドカード) are no payment card
    r"|ギフト|プリペイド|プリペ|チャージ|(?i:gift|prepaid))\s*(?:カード|card|Card)"
    r"|商品券|ギフト券|プリカ"
)
#: words naming a payment card: one nearer the value than another card's name keeps card context
_PAYMENT_WORD = lazy_compile(r"クレジット|デビット|(?i:visa|jcb|master|amex|american express|diners)|決済")

# 4-4-4-4(-3), 4-4-4-2..7 (incl. plain 14-19 digits), 4-6-4/4-6-5 (Diners/Amex), 4-4-4 (Maestro 12);
# an OCR'd hyphen with a blank either side (4 - 4 - 4 - 4) separates groups of four too
_SHAPES = (
    r"\d{4}( - |[ -]?)\d{4}\2\d{4}\2\d{4}\2\d{3}"
    r"|\d{4}( - |[ -]?)\d{4}\3\d{4}\3\d{2,7}"
    r"|\d{4}([ -]?)\d{6}\4\d{4,5}"
    r"|\d{4}([ -]?)\d{4}\5\d{4}\5?\d?"
)
_CARD = r"(?<![0-9A-Za-z-])(?P<v>" + _SHAPES + r")(?![0-9A-Za-z]|-\d)"


#: round S: a カード番号 label whose note says the value is wrapped (（折返し）, （改行あり）), then the
#: value's two halves on the next two lines: one value from its first digit to its last
_WRAPPED = (
    r"カード番号[ \t\u3000]*[（(][^（()）\n]{0,6}(?:折り?返し|改行)[^（()）\n]{0,6}[)）][ \t\u3000]*[:：]?"
    r"[ \t\u3000]*\n[ \t\u3000]*(?P<v>\d{4}[ -]?\d{4}[ \t\u3000]*\n[ \t\u3000]*\d{4}[ -]?\d{4})"
    r"(?![0-9A-Za-z])"
)


#: round T: a card number wrapped after its first one, two or three groups of four (4 4 4⏎4,
#: 8⏎8, 4⏎4 4 4, 12⏎4): sixteen digits over two lines, a card word before it, issuer and Luhn valid
_WRAPPED_ANY = (
    r"(?<![0-9A-Za-z-])(?P<v>\d{4}(?:[ -]?\d{4}){0,2}[ \t\u3000]*\n[ \t\u3000]*\d{4}(?:[ -]?\d{4}){0,2})"
    r"(?![0-9A-Za-z]|[ -]\d)"
)


#: round U: a Diners Club number grouped 2-4-4-4 (36 0166 1318 6091): fourteen digits, one
#: separator kind, a card word near it, a Diners prefix (30, 36, 38, 39) and a valid Luhn digit
_DINERS = r"(?<![0-9A-Za-z-])(?P<v>3[0689]([ -])\d{4}\2\d{4}\2\d{4})(?![0-9A-Za-z]|[ -]\d)"


def _diners(value: str) -> bool:
    d = digits_only(value)
    return len(d) == 14 and luhn_ok(d)


def _wrapped_card(value: str) -> bool:
    d = digits_only(value)
    return len(d) == 16 and d.startswith(_IIN) and len(set(d)) > 1 and luhn_ok(d)


def _card_shaped(value: str) -> bool:
    d = digits_only(value)
    return 12 <= len(d) <= 19 and len(set(d)) > 1


def issuer_length(digits: str) -> bool:
    """Round CE: the length fits the scheme where its prefix fixes one (Visa 13, 16 or 19 digits;
    Mastercard 16; American Express 15); other prefixes issue 12-19.

    >>> issuer_length("4001273498126550"), issuer_length("400127349812655315")
    (True, False)
    """
    if digits.startswith("4"):
        return len(digits) in (13, 16, 19)
    if digits.startswith(("34", "37")):
        return len(digits) == 15
    if "51" <= digits[:2] <= "55" or "2221" <= digits[:4] <= "2720":
        return len(digits) == 16
    return True


class JpCreditCardRecognizer(JaPatternRecognizer):
    """Card numbers: grouped by spaces/hyphens or plain; Luhn-valid in a known issuer range, or
    next to a card word."""

    ENTITY = "CREDIT_CARD"
    DIGIT_VALUES = True
    SOURCE = "ISO/IEC 7812-1 (IIN ranges, Luhn check digit); card scheme IIN tables"
    PATTERNS = (
        JaPattern("card", _CARD, 0.3),
        JaPattern("card_wrapped", _WRAPPED, 0.4),
        JaPattern("card_wrapped_any", _WRAPPED_ANY, 0.65, needs_context=True, check=_wrapped_card),
        JaPattern("card_context", _CARD, 0.4, needs_context=True, context=CARD_CONTEXT, check=_card_shaped),
        JaPattern("card_diners_2444", _DINERS, 0.65, needs_context=True, check=_diners),
    )
    CONTEXT = (
        *("カード", "クレジット", "card", "Card", "決済", "VISA", "Visa", "JCB", "Master", "有効期限"),
        *("ダイナース", "Diners", "DINERS"),
    )
    VALIDATED_SCORE = 0.65

    def accept(self, text: str, start: int, end: int) -> bool:
        """Not a number labelled by another card (通知カード番号, ポイントカード番号) nearer than any
        payment-card word."""
        left, _ = context_window(text, start, end, self.CONTEXT_BEFORE, 0)
        other = max((m.end() for m in _OTHER_CARD.finditer(left)), default=-1)
        payment = max((m.end() for m in _PAYMENT_WORD.finditer(left)), default=-1)
        return other < 0 or payment > other

    def validate_result(self, pattern_text: str) -> bool | None:
        d = digits_only(pattern_text)
        if not 14 <= len(d) <= 19 or len(set(d)) == 1 or not d.startswith(_IIN):
            return False
        if not issuer_length(d):
            return False  # round CE: an 18-digit receipt number that happens to pass Luhn
        return luhn_ok(d)


def inside_digit_run(text: str, start: int, end: int) -> bool:
    """Round AH: ``[start, end)`` is a window of a longer unbroken digit run (a payment slip's
    barcode digits): a digit right before or right after it, unless the run is the value written
    twice (an OCR duplicate: both copies are the card's)."""
    a, b = start, end
    while a > 0 and text[a - 1].isdigit():
        a -= 1
    while b < len(text) and text[b].isdigit():
        b += 1
    if (a, b) == (start, end):
        return False
    value = text[start:end]
    return text[a:b] != value * 2
