"""在留カード番号: two letters, eight digits, two letters (e.g. AB12345678CD).

Source: 出入国管理及び難民認定法 (昭和二十六年政令第三百十九号) 第十九条の四第一項第五号 (在留カードの番号)
and 出入国在留管理庁「在留カード等番号失効情報照会」 format; the same format is used by 特別永住者証明書.

>>> t = "在留カード番号はAB12345678CDです"
>>> [t[x.start:x.end] for x in JpResidenceCardRecognizer().analyze(t, [])]
['AB12345678CD']
>>> t = "在留カード番号 ab 12345678 cd"
>>> [t[x.start:x.end] for x in JpResidenceCardRecognizer().analyze(t, [])]
['ab 12345678 cd']
"""

from __future__ import annotations

from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer

__all__ = ["JpResidenceCardRecognizer"]


class JpResidenceCardRecognizer(JaPatternRecognizer):
    """Residence card numbers; the format is distinctive enough to stand without context."""

    ENTITY = "JP_RESIDENCE_CARD"
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
    )
    CONTEXT = ("在留カード", "在留", "特別永住者証明書", "外国人", "Residence", "residence", "RESIDENCE")
    CONTEXT_BEFORE = 24
    CONTEXT_AFTER = 8
    OWN_LABELS = ("在留", "特別永住", "カード")  # 部品番号 AB12345678CD: another number
