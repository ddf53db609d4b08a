"""日本国旅券 (passport) numbers: two Latin letters and seven digits, with 旅券/パスポート context.

Source: 旅券法 (昭和二十六年法律第二百六十七号) 第六条 (旅券の記載事項) and ICAO Doc 9303 Part 4
(document number field); Japanese passports use the form TK1234567.

>>> t = "パスポート番号：TR7654321"
>>> [t[x.start:x.end] for x in JpPassportRecognizer().analyze(t, [])]
['TR7654321']
"""

from __future__ import annotations

from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer

__all__ = ["JpPassportRecognizer"]


class JpPassportRecognizer(JaPatternRecognizer):
    """Passport numbers (context required: the format is shared with product codes)."""

    ENTITY = "JP_PASSPORT"
    SOURCE = "旅券法第六条; ICAO Doc 9303 Part 4"
    PATTERNS = (
        JaPattern(
            "passport", r"(?<![0-9A-Za-z])(?P<v>[A-Z]{2}\d{7})(?![0-9A-Za-z])", 0.5, needs_context=True
        ),
    )
    CONTEXT = ("旅券", "パスポート", "Passport", "passport", "PASSPORT")
    CONTEXT_BEFORE = 24
