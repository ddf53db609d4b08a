"""基礎年金番号: four digits, hyphen, six digits (or ten digits) with 年金 context.

Source: 国民年金法 (昭和三十四年法律第百四十一号) 第十四条 (基礎年金番号) and 日本年金機構
「基礎年金番号通知書」 (4桁-6桁).

>>> t = "基礎年金番号 1234-567890"
>>> [t[x.start:x.end] for x in JpPensionNumberRecognizer().analyze(t, [])]
['1234-567890']
>>> t = "国民年金保険料未納者一覧 山田 一郎 2345-678901、佐藤 二郎 3456-789012"
>>> len(JpPensionNumberRecognizer().analyze(t, []))
2
"""

from __future__ import annotations

from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer, other_label_before

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
    # lists headed by 年金/未納/被保険者 words give one header for many names and numbers
    CONTEXT = ("年金", "基礎年金", "年金手帳", "年金番号", "未納", "被保険者")
    CONTEXT_BEFORE = 80
    CONTEXT_BOOST = 0.4

    def accept(self, text: str, start: int, end: int) -> bool:
        """Reject numbers labelled as some other number (管理番号, 文書番号 …)."""
        return other_label_before(text, start, own=("年金",)) is None
