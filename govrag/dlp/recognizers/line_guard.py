"""The label-anywhere fallback (:mod:`.labelled_line`) with the type recognizers' own vetoes.

A date whose own field label right before it names another date (免許取得日, 入庁日, 交付年月日) is
not a birth date, even when a birth word stands elsewhere in its line — in an aside or a negation
(「免許取得日 2015年6月3日（生年月日は記載なし）」): the fallback's nearest-label choice alone would
let that birth word claim it. Nor is a date whose line uses its birth words only in asides,
negations or relative dates (「有効期限は誕生日から1か月後の2027年6月14日」).

>>> rec = GuardedLabelledLineRecognizer()
>>> rec.analyze("入庁日 2010/04/01（誕生日ではありません）", ["DATE_OF_BIRTH"])
[]
>>> t = "2010/04/01（生年月日）"
>>> [t[r.start:r.end] for r in rec.analyze(t, ["DATE_OF_BIRTH"])]
['2010/04/01']
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import RecognizerResult

from govrag.dlp.recognizers.date_of_birth import birth_word_aside, other_date_label_before
from govrag.dlp.recognizers.labelled_line import LabelledLineRecognizer

__all__ = ["GuardedLabelledLineRecognizer"]


class GuardedLabelledLineRecognizer(LabelledLineRecognizer):
    """:class:`LabelledLineRecognizer` minus the values a type's own label rules rule out."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        return [
            r
            for r in super().analyze(text, entities, nlp_artifacts)
            if r.entity_type != "DATE_OF_BIRTH" or not _not_birth(text, r.start, r.end)
        ]


def _not_birth(text: str, start: int, end: int) -> bool:
    return other_date_label_before(text, start) or birth_word_aside(text, start, end)
