"""PERSON from GiNZA's named-entity recognizer (``[ginza]`` extra, ``nlp="ginza"`` only).

Source: GiNZA (Megagon Labs / 国立国語研究所) ``ja_ginza`` model, 関根の拡張固有表現階層 label ``Person``.
Adds names UniDic does not tag; statute words are still filtered (the label must be Person and the
span must consist of name characters).

>>> from govrag.dlp.nlp import JaNlpArtifacts, FugashiNlpEngine
>>> ents = [(0, 4, "Person"), (5, 8, "Government")]
>>> art = JaNlpArtifacts(tokens=[], nlp_engine=FugashiNlpEngine(), entities=ents)
>>> [(r.start, r.end) for r in GinzaPersonRecognizer().analyze("山田太郎、行政庁", [], art)]
[(0, 4)]
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import LocalRecognizer, RecognizerResult

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import make_result

__all__ = ["GinzaPersonRecognizer"]

_NAME = lazy_compile(r"^[一-龥々〆ヶァ-ヴー・ 　]{2,16}$")


class GinzaPersonRecognizer(LocalRecognizer):  # type: ignore[misc]
    """Person spans from the GiNZA NLP engine's entities."""

    ENTITY = "PERSON"
    SOURCE = "GiNZA ja_ginza NER (label Person)"

    def __init__(self) -> None:
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__, supported_language="ja")

    def load(self) -> None:
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for start, end, label in getattr(nlp_artifacts, "ja_entities", ()):
            if label not in ("Person", "PERSON") or not _NAME.match(text[start:end]):
                continue
            out.append(make_result(self, self.ENTITY, start, end, 0.6, how="ginza_ner", distance=None))
        return out
