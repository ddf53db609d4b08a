"""基礎年金番号: four digits, hyphen, six digits (or ten digits) with 年金 context.

Source: 国民年金法 (昭和三十四年法律第百四十一号) 第十四条 (基礎年金番号) and 日本年金機構
「基礎年金番号通知書」 (4桁-6桁).

>>> t = "基礎年金番号 1234-567890"
>>> [t[x.start:x.end] for x in JpPensionNumberRecognizer().analyze(t, [])]
['1234-567890']
"""

from __future__ import annotations

from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer

__all__ = ["JpPensionNumberRecognizer"]


class JpPensionNumberRecognizer(JaPatternRecognizer):
    """Basic pension numbers; 4-6 form scores just below threshold without 年金 context."""

    ENTITY = "JP_PENSION_NUMBER"
    SOURCE = "国民年金法第十四条 (基礎年金番号)"
    PATTERNS = (
        JaPattern("pension_4_6", r"(?<![0-9A-Za-z-])(?P<v>\d{4}[ -]\d{6})(?![0-9A-Za-z]|-\d)", 0.45),
        JaPattern(
            "pension_10", r"(?<![0-9A-Za-z-])(?P<v>\d{10})(?![0-9A-Za-z]|-\d)", 0.3, needs_context=True
        ),
    )
    CONTEXT = ("年金", "基礎年金", "年金手帳", "年金番号")
    CONTEXT_BEFORE = 24
    CONTEXT_BOOST = 0.4
