"""Bank account numbers: seven digits near 銀行/支店/普通/当座/口座 words; ゆうちょ 記号番号.

Source: 全国銀行協会 全銀システム口座番号 (7桁) and ゆうちょ銀行 通常貯金 記号(5桁)・番号(8桁).

>>> r = JpBankAccountRecognizer()
>>> t = "みずほ銀行 渋谷支店 普通 1234567"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['1234567']
>>> r.analyze("合計1234567件", [])
[]
>>> t = "ゆうちょ銀行 記号 10180 番号 36102857"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['10180', '36102857']
"""

from __future__ import annotations

from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer

__all__ = ["JpBankAccountRecognizer"]

_YUCHO_WORDS = ("ゆうちょ", "貯金", "振替", "口座")
_TO_BANGO = r"\s*[、,・/]?\s*番号\s*[:：は]?\s*"


class JpBankAccountRecognizer(JaPatternRecognizer):
    """口座番号 (7 digits) and ゆうちょ 記号番号, context required."""

    ENTITY = "JP_BANK_ACCOUNT"
    SOURCE = "全国銀行協会 口座番号7桁; ゆうちょ銀行 記号5桁・番号8桁"
    PATTERNS = (
        JaPattern(
            "account7",
            r"(?<![0-9A-Za-z,.-])(?P<v>\d{7})(?![0-9A-Za-z,]|-\d|\.\d|円|件|人|名|個|枚)",
            0.4,
            needs_context=True,
        ),
        JaPattern(
            "yucho", r"(?<![0-9A-Za-z-])(?P<v>1\d{4}-\d{1,8})(?![0-9A-Za-z]|-\d)", 0.3, needs_context=True
        ),
        # 記号 (5 digits) and 番号 (8 digits) with a space between, one value like the hyphen form
        JaPattern(
            "yucho_space",
            r"(?<![0-9A-Za-z-])(?P<v>1\d{4} {1,2}\d{8})(?![0-9A-Za-z])",
            0.3,
            needs_context=True,
            context=_YUCHO_WORDS,
        ),
        # 記号 12345 番号 12345678: two values, as for other 記号/番号 labels
        JaPattern(
            "yucho_kigo",
            r"記号\s*[:：]?\s*(?P<v>1\d{4})(?=" + _TO_BANGO + r"\d{8}(?![0-9]))",
            0.3,
            needs_context=True,
            context=_YUCHO_WORDS,
        ),
        JaPattern(
            "yucho_bango",
            r"記号\s*[:：]?\s*1\d{4}" + _TO_BANGO + r"(?P<v>\d{8})(?![0-9])",
            0.3,
            needs_context=True,
            context=_YUCHO_WORDS,
        ),
    )
    CONTEXT = (
        "口座",
        "普通",
        "当座",
        "預金",
        "銀行",
        "支店",
        "信用金庫",
        "信金",
        "信用組合",
        "貯金",
        "ゆうちょ",
        "振込",
        "振替",
        "労働金庫",
        "農協",
    )
    CONTEXT_BEFORE = 24
    CONTEXT_AFTER = 0
