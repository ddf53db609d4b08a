"""健康保険 被保険者証の記号・番号 and 保険者番号.

Source: 健康保険法施行規則 (大正十五年内務省令第三十六号) 第四十七条 and 別記様式 (被保険者証の記号・番号);
国民健康保険法施行規則第六条; 保険者番号 8桁 (法別番号2桁+都道府県番号2桁+保険者別番号3桁+検証番号1桁)
per 「保険者番号等の設定について」(厚生労働省通知).

>>> r = JpHealthInsuranceRecognizer()
>>> t = "被保険者証の記号 1234 番号 567"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['1234', '567']
>>> t = "保険証の記号番号は「2906-4172」です"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['2906', '4172']
"""

from __future__ import annotations

from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer, context_window

__all__ = ["JpHealthInsuranceRecognizer"]

#: ゆうちょ accounts also have a 記号・番号: when one of these words is nearer before the value than
#: any 保険 word, it is an account (e.g. 保険料の口座振替 ゆうちょ 記号番号 …).
_ACCOUNT_WORDS = ("ゆうちょ", "貯金", "振替", "口座", "銀行")
_CODE = r"[0-9A-Za-z一-龥ぁ-んァ-ヶ-]{1,10}"
# 記号 X 番号 Y: two values (the 記号 and the 番号), each its own finding
_KIGO = r"記号\s*[:：]?\s*"
_TO_BANGO = r"\s*[、,，・/]?\s*番号\s*[:：は]?\s*"
# 記号番号 / 記号・番号 as one label, the value maybe in 「」: 記号, 番号 and an optional 枝番, each
# its own finding; the 記号 may start with a place abbreviation (kanji/kana) and must hold a digit
_PAIR_LABEL = r"記号\s*[・･/]?\s*番号\s*[:：は]?\s*[「『]?\s*"
_PAIR_KIGO = r"[一-龥ぁ-んァ-ヶA-Za-z]{0,6}\d[0-9A-Za-z]{0,9}"
_SEP = r"\s*[-・･/ ]\s*"
_END = r"(?![0-9A-Za-z])"


class JpHealthInsuranceRecognizer(JaPatternRecognizer):
    """記号・番号 pairs and 保険者番号, anchored by their labels."""

    ENTITY = "JP_HEALTH_INSURANCE"
    SOURCE = "健康保険法施行規則第四十七条 別記様式; 国民健康保険法施行規則第六条"
    PATTERNS = (
        JaPattern("kigo", _KIGO + r"(?P<v>" + _CODE + r")(?=" + _TO_BANGO + r"\d)", 0.6),
        JaPattern("bango", _KIGO + _CODE + _TO_BANGO + r"(?P<v>\d{1,10})(?![0-9])", 0.6),
        JaPattern("pair_kigo", _PAIR_LABEL + r"(?P<v>" + _PAIR_KIGO + r")(?=" + _SEP + r"\d)", 0.6),
        JaPattern("pair_bango", _PAIR_LABEL + _PAIR_KIGO + _SEP + r"(?P<v>\d{1,10})" + _END, 0.6),
        JaPattern(
            "pair_edaban",
            _PAIR_LABEL + _PAIR_KIGO + _SEP + r"\d{1,10}" + _SEP + r"(?P<v>\d{1,3})" + _END,
            0.6,
        ),
        JaPattern("pair_one_value", _PAIR_LABEL + r"(?P<v>" + _PAIR_KIGO + r")" + _END, 0.6, fallback=True),
        JaPattern("insurer", r"保険者番号\s*[:：は]?\s*[「『]?\s*(?P<v>\d{6}|\d{8})(?![0-9])", 0.6),
    )
    CONTEXT = ("保険", "被保険者", "保険証", "資格確認書")
    CONTEXT_BEFORE = 30

    def accept(self, text: str, start: int, end: int) -> bool:
        left, _ = context_window(text, start, end, self.CONTEXT_BEFORE, 0)
        account = max((left.rfind(w) for w in _ACCOUNT_WORDS), default=-1)
        insurance = max((left.rfind(w) for w in self.CONTEXT), default=-1)
        return account < 0 or insurance > account
