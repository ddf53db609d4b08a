"""在留カード番号: two letters, eight digits, two letters (e.g. AB12345678CD).

Source: 出入国管理及び難民認定法 (昭和二十六年政令第三百十九号) 第十九条の四第一項第五号 (在留カードの番号)
and 出入国在留管理庁「在留カード等番号失効情報照会」 format; the same format is used by 特別永住者証明書.

>>> t = "在留カード番号はAB12345678CDです"
>>> [t[x.start:x.end] for x in JpResidenceCardRecognizer().analyze(t, [])]
['AB12345678CD']
>>> t = "在留カード番号 ab 12345678 cd"
>>> [t[x.start:x.end] for x in JpResidenceCardRecognizer().analyze(t, [])]
['ab 12345678 cd']

Equipment serials, lot and document codes share the shape: a code's label (シリアル, S/N, 製造番号,
品番, 文書ID, model …) nearer before the value than any card word, or as its table column's header,
names it.

>>> JpResidenceCardRecognizer().analyze("端末シリアル QW12345678ER", [])
[]
>>> t = "在留カード番号 AB12345678CD、端末シリアル CX20250914ZT"
>>> [t[x.start:x.end] for x in JpResidenceCardRecognizer().analyze(t, [])]
['AB12345678CD']
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer
from govrag.dlp.recognizers.codes import code_words
from govrag.dlp.recognizers.forms_aj import AJ_RESIDENCE, special_permanent_certificate
from govrag.dlp.recognizers.forms_aq import AQ_RESIDENCE

__all__ = ["JpResidenceCardRecognizer", "card_above"]

#: labels of codes that share the card number's shape (equipment, lots, products, documents)
_CODE_LABEL = lazy_compile(
    code_words(stems=True)
    + r"|資産|機器|端末|装置|文書|管理|整理|受付|注文|伝票"
    + r"|(?<![A-Za-z])(?i:S/?N|device|lot|asset|order|ticket|doc(?:ument)?|ref|id)(?![A-Za-z])"
)
#: the card's own words (any notation)
_CARD_LABEL = lazy_compile(r"在留|特別永住|(?<![A-Za-z])(?i:residence|zairyu|RC)(?![A-Za-z])")
_ROW_SEPARATORS = (",", "\t", "|", "｜")


def _nearest_is_code(before: str) -> bool:
    """The nearest label in ``before`` names a code, not the card (a code word within the card's
    own label, 在留カードID / 在留カード管理番号, is the card's)."""
    card = [m.end() for m in _CARD_LABEL.finditer(before)]
    last_card = max(card, default=-100)
    code = [m.end() for m in _CODE_LABEL.finditer(before) if m.start() - last_card > 6]
    return bool(code) and max(code) > last_card


def _header_cell(text: str, start: int) -> str | None:
    """The header cell of the table column holding ``start`` (first line of its block), or None."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a : len(text) if b < 0 else b]
    sep = next((s for s in _ROW_SEPARATORS if s in line), None)
    if sep is None or a == 0:
        return None
    head_start = a
    while head_start > 0:
        prev = text.rfind("\n", 0, head_start - 1) + 1
        if sep not in text[prev : head_start - 1]:
            break
        head_start = prev
    if head_start == a:
        return None
    header = text[head_start : text.find("\n", head_start)].strip(" |｜").split(sep.strip() or sep)
    column = line[: start - a].strip(" |｜").count(sep.strip() or sep)
    return header[column] if column < len(header) else None


#: round CE: the card's number grouped by blanks as OCR reads a card (KT 2231 0987 PX)
_SPACED = r"(?<![0-9A-Za-z])(?P<v>[A-Z]{2}[ \u3000]\d{4}[ \u3000]?\d{4}[ \u3000][A-Z]{2})(?![0-9A-Za-z])"
_BLOCK_LINES = 6


def card_above(text: str, start: int, end: int) -> bool:
    r"""Round CE: the card's word (在留, residence …) on the value's line before it or on one of the
    up to five lines above it in its block (a copied card's heading: 「在留カード（写）」).

    >>> t = "在留カード（写）⏎NAME LE VAN AN⏎番号 KT 2231 0987 PX".replace("⏎", "\n")
    >>> card_above(t, t.index("KT"), len(t)), card_above(t.replace("在留", "会員"), t.index("KT"), len(t))
    (True, False)
    """
    block = text[max(0, start - 400) : start].split("\n\n")[-1]
    return _CARD_LABEL.search("\n".join(block.split("\n")[-_BLOCK_LINES:])) is not None


class JpResidenceCardRecognizer(JaPatternRecognizer):
    """Residence card numbers; the format is distinctive enough to stand without context."""

    ENTITY = "JP_RESIDENCE_CARD"
    DIGIT_VALUES = True
    SOURCE = "入管法第十九条の四第一項第五号 (在留カードの番号)"
    PATTERNS = (
        JaPattern("residence_card", r"(?<![0-9A-Za-z])(?P<v>[A-Z]{2}\d{8}[A-Z]{2})(?![0-9A-Za-z])", 0.6),
        # lower-case letters and/or spaces or hyphens anywhere between the parts (AB-1234-5678-CD):
        # only next to a card word
        JaPattern(
            "residence_card_loose",
            r"(?<![0-9A-Za-z])(?P<v>[A-Za-z]{2}[ -]?\d(?:[ -]?\d){7}[ -]?[A-Za-z]{2})(?![0-9A-Za-z])",
            0.3,
            needs_context=True,
        ),
        # round AC: the 8th digit misread by OCR as O / l / I right before the two final letters
        # (a fold leaves a look-alike beside a letter): only next to a card word
        JaPattern(
            "residence_card_misread",
            r"(?<![0-9A-Za-z])(?P<v>[A-Z]{2}\d{7}[OlI][A-Z]{2})(?![0-9A-Za-z])",
            0.3,
            needs_context=True,
        ),
        JaPattern("residence_card_spaced_block", _SPACED, 0.6, where=card_above),
        *AJ_RESIDENCE,  # round AJ (forms_aj.py)
        *AQ_RESIDENCE,  # round AQ (forms_aq.py)
    )
    CONTEXT = ("在留カード", "在留", "特別永住者証明書", "外国人", "Residence", "residence", "RESIDENCE")
    CONTEXT_BEFORE = 24
    CONTEXT_AFTER = 8
    OWN_LABELS = ("在留", "特別永住", "カード")  # 部品番号 AB12345678CD: another number

    def accept(self, text: str, start: int, end: int) -> bool:
        """Reject a code labelled as equipment, a lot, a product or a document: by the nearest
        label before it on its line (「端末シリアル …」) or by its column's header (「品番,数量」)."""
        line_start = max(text.rfind("\n", 0, start) + 1, text.rfind("。", 0, start) + 1)
        if special_permanent_certificate(text, start, end):
            return True  # round AJ: 特別永住者証明書's 証明書番号 is the card's number
        if _nearest_is_code(text[line_start:start]):
            return False
        if _CARD_LABEL.search(text[line_start:start]):
            return True
        header = _header_cell(text, start)
        return header is None or not (_CODE_LABEL.search(header) and not _CARD_LABEL.search(header))
