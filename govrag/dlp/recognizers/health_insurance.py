"""健康保険 被保険者証の記号・番号 and 保険者番号.

Source: 健康保険法施行規則 (大正十五年内務省令第三十六号) 第四十七条 and 別記様式 (被保険者証の記号・番号);
国民健康保険法施行規則第六条; 保険者番号 8桁 (法別番号2桁+都道府県番号2桁+保険者別番号3桁+検証番号1桁)
per 「保険者番号等の設定について」(厚生労働省通知).

>>> r = JpHealthInsuranceRecognizer()
>>> t = "被保険者証の記号 1234 番号 567"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['1234', '567']
>>> t = "保険証の記号番号は1357-2468です"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['1357-2468']
"""

from __future__ import annotations

from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer, context_window

__all__ = ["JpHealthInsuranceRecognizer"]

#: ゆうちょ accounts also have a 記号・番号: near these words (and no 保険 word) it is an account.
_ACCOUNT_WORDS = ("ゆうちょ", "貯金", "振替", "口座", "銀行")
_CODE = r"[0-9A-Za-z一-龥ぁ-んァ-ヶ-]{1,10}"
# 記号 X 番号 Y: two values (the 記号 and the 番号), each its own finding
_KIGO = r"記号\s*[:：]?\s*"
_TO_BANGO = r"\s*[、,，・/]?\s*番号\s*[:：は]?\s*"
# 記号番号 written as one label: the value must hold a digit (記号番号欄 is not a value)
_PAIR_VALUE = r"[0-9A-Za-z一-龥ァ-ヶ-]{0,10}\d[0-9A-Za-z-]{0,10}(?:\s*[・･/ ]\s*\d{1,10})?"


class JpHealthInsuranceRecognizer(JaPatternRecognizer):
    """記号・番号 pairs and 保険者番号, anchored by their labels."""

    ENTITY = "JP_HEALTH_INSURANCE"
    SOURCE = "健康保険法施行規則第四十七条 別記様式; 国民健康保険法施行規則第六条"
    PATTERNS = (
        JaPattern("kigo", _KIGO + r"(?P<v>" + _CODE + r")(?=" + _TO_BANGO + r"\d)", 0.6),
        JaPattern("bango", _KIGO + _CODE + _TO_BANGO + r"(?P<v>\d{1,10})(?![0-9])", 0.6),
        JaPattern(
            "kigo_bango_pair",
            r"記号\s*[・･/]\s*番号\s*[:：は]?\s*(?P<v>" + _CODE + r"\s*[・･/ -]\s*\d{1,10})(?![0-9])",
            0.6,
        ),
        JaPattern(
            "kigo_bango_one_label",
            r"記号番号\s*[:：は]?\s*(?P<v>" + _PAIR_VALUE + r")(?![0-9A-Za-z])",
            0.6,
        ),
        JaPattern("insurer", r"保険者番号\s*[:：は]?\s*(?P<v>\d{6}|\d{8})(?![0-9])", 0.6),
    )
    CONTEXT = ("保険", "被保険者", "保険証", "資格確認書")
    CONTEXT_BEFORE = 30

    def accept(self, text: str, start: int, end: int) -> bool:
        left, _ = context_window(text, start, end, self.CONTEXT_BEFORE, 0)
        return not (any(w in left for w in _ACCOUNT_WORDS) and not any(w in left for w in self.CONTEXT))
