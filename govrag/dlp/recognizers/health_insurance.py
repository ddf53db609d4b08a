"""健康保険 被保険者証の記号・番号 and 保険者番号.

Source: 健康保険法施行規則 (大正十五年内務省令第三十六号) 第四十七条 and 別記様式 (被保険者証の記号・番号);
国民健康保険法施行規則第六条; 保険者番号 8桁 (法別番号2桁+都道府県番号2桁+保険者別番号3桁+検証番号1桁)
per 「保険者番号等の設定について」(厚生労働省通知).

>>> r = JpHealthInsuranceRecognizer()
>>> t = "被保険者証の記号 1234 番号 567"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['1234 番号 567']
"""

from __future__ import annotations

from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer

__all__ = ["JpHealthInsuranceRecognizer"]

_CODE = r"[0-9A-Za-z一-龥ぁ-んァ-ヶ-]{1,10}"


class JpHealthInsuranceRecognizer(JaPatternRecognizer):
    """記号・番号 pairs and 保険者番号, anchored by their labels."""

    ENTITY = "JP_HEALTH_INSURANCE"
    SOURCE = "健康保険法施行規則第四十七条 別記様式; 国民健康保険法施行規則第六条"
    PATTERNS = (
        JaPattern(
            "kigo_bango",
            r"記号\s*[:：]?\s*(?P<v>" + _CODE + r"(?:\s*[、,，・/]?\s*)番号\s*[:：は]?\s*\d{1,10})",
            0.6,
        ),
        JaPattern(
            "kigo_bango_pair",
            r"記号\s*[・･/]\s*番号\s*[:：は]?\s*(?P<v>" + _CODE + r"\s*[・･/ -]\s*\d{1,10})(?![0-9])",
            0.6,
        ),
        JaPattern("insurer", r"保険者番号\s*[:：は]?\s*(?P<v>\d{6}|\d{8})(?![0-9])", 0.6),
    )
    CONTEXT = ("保険", "被保険者", "保険証", "資格確認書")
    CONTEXT_BEFORE = 30
