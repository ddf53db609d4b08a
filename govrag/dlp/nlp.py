"""Presidio NLP engines for Japanese: fugashi/UniDic (default) and optional GiNZA.

presidio's default NLP engine downloads an English spaCy model; govrag always passes one of these.
:class:`FugashiNlpEngine` produces tokens, token offsets, lemmas and full UniDic POS strings
(``名詞-固有名詞-人名-姓``) that the PERSON recognizer and presidio's context enhancer use.

>>> eng = FugashiNlpEngine()
>>> art = eng.process_text("申請者山田太郎様", "ja")
>>> [(t, p.split("-")[2] if p.count("-") >= 2 else p) for t, p in zip(art.tokens, art.pos)][2:4]
[('山田', '人名'), ('太郎', '人名')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

from govrag.dlp._presidio import import_presidio

import_presidio()  # the whole package (spaCy included), without torch/transformers

from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer  # noqa: E402
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine  # noqa: E402

from govrag.errors import ConfigError  # noqa: E402
from govrag.text.tokenizer import Token as JaToken  # noqa: E402

__all__ = [
    "FugashiNlpEngine",
    "GinzaNlpEngine",
    "JaNlpArtifacts",
    "JaToken",
    "OwnContextEnhancer",
    "fugashi_tokens",
]

_STOP = frozenset("はがをにのでともへやかなね") | {
    "から",
    "まで",
    "より",
    "です",
    "ます",
    "する",
    "ある",
    "いる",
    "こと",
}
_PUNCT = frozenset(
    "、。，．・：；？！「」『』（）［］【】〔〕｛｝〈〉《》…‥ー―－～〜\"'()[]{}<>,.:;?!-/ 　\n\t"
)


def fugashi_tokens(text: str) -> list[JaToken]:
    """Tokens from :func:`govrag.text.tokenize` (fugashi + unidic-lite, offsets into ``text``)."""
    from govrag.text.tokenizer import tokenize

    return tokenize(text)


class JaNlpArtifacts(NlpArtifacts):  # type: ignore[misc]
    """presidio ``NlpArtifacts`` plus the UniDic POS and end offset of every token."""

    def __init__(
        self,
        *,
        tokens: list[JaToken],
        nlp_engine: NlpEngine,
        entities: list[tuple[int, int, str]] | None = None,
        scores: list[float] | None = None,
    ) -> None:
        # presidio types ``tokens`` as a spaCy Doc; it only iterates it and takes len() of each item
        super().__init__(
            entities=[],
            tokens=cast(Any, [t.surface for t in tokens]),
            tokens_indices=[t.start for t in tokens],
            lemmas=[t.lemma for t in tokens],
            nlp_engine=nlp_engine,
            language="ja",
            scores=scores,
        )
        self.ja_tokens = tokens
        #: GiNZA entities as ``(start, end, label)``; empty for the fugashi engine.
        self.ja_entities: list[tuple[int, int, str]] = list(entities or [])
        self.pos = [t.pos for t in tokens]


    @staticmethod
    def set_keywords(nlp_engine: Any, lemmas: list[str], language: str) -> list[str]:
        """presidio's keyword list, only for engines that keep presidio's context enhancer."""
        if not getattr(nlp_engine, "keywords", True):
            return []
        keywords: list[str] = NlpArtifacts.set_keywords(nlp_engine, lemmas, language)
        return keywords


class OwnContextEnhancer(ContextAwareEnhancer):  # type: ignore[misc]
    """Leaves scores as the recognizers set them: govrag's recognizers look for context words
    themselves (character windows, since Japanese has no spaces). presidio's lemma enhancer,
    replaced by this, scans every token for every finding — quadratic on PII-dense text."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[Any],
        nlp_artifacts: Any,
        recognizers: list[Any],
        context: list[str] | None = None,
    ) -> list[Any]:
        return raw_results


class FugashiNlpEngine(NlpEngine):  # type: ignore[misc]
    """Offline NLP engine on fugashi + unidic-lite (no NER; names come from UniDic 人名 tags).

    ``keywords=False`` skips presidio's keyword list (needed only by presidio's context enhancer).
    """

    def __init__(self, *, keywords: bool = True) -> None:
        self._loaded = False
        self.keywords = keywords

    def load(self) -> None:
        fugashi_tokens("初期化")
        self._loaded = True

    def is_loaded(self) -> bool:
        return self._loaded

    def process_text(self, text: str, language: str) -> JaNlpArtifacts:
        if language != "ja":
            raise ConfigError(f"FugashiNlpEngine supports language 'ja' only, not {language!r}")
        return JaNlpArtifacts(tokens=fugashi_tokens(text), nlp_engine=self)

    def process_batch(
        self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **kwargs: Any
    ) -> Iterator[tuple[str, JaNlpArtifacts]]:
        for t in texts:
            yield t, self.process_text(t, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return word in _STOP

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and all(ch in _PUNCT for ch in word)

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return ["ja"]


class GinzaNlpEngine(FugashiNlpEngine):
    """GiNZA (spaCy ``ja_ginza``) NER for PERSON/places on top of the fugashi tokens ([ginza] extra).

    Raises :class:`ConfigError` at ``load()`` when ``ja_ginza`` is not installed.
    """

    def __init__(self, *, model: str = "ja_ginza", keywords: bool = True) -> None:
        super().__init__(keywords=keywords)
        self._model_name = model
        self._nlp: Any = None

    def load(self) -> None:
        try:
            import spacy

            self._nlp = spacy.load(self._model_name)
        except (ImportError, OSError) as exc:
            raise ConfigError(
                f"GiNZA engine needs the {self._model_name!r} model: pip install 'govrag[ginza]' "
                f"(or use nlp='fugashi'); cause: {type(exc).__name__}"
            ) from None
        super().load()

    def process_text(self, text: str, language: str) -> JaNlpArtifacts:
        base = super().process_text(text, language)
        ents: list[tuple[int, int, str]] = []
        for off, piece in _pieces(text, 3000):
            doc = self._nlp(piece)
            ents.extend((off + e.start_char, off + e.end_char, str(e.label_)) for e in doc.ents)
        return JaNlpArtifacts(
            tokens=base.ja_tokens, nlp_engine=self, entities=ents, scores=[0.85] * len(ents)
        )


def _pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Line/sentence pieces of at most ``size`` characters (SudachiPy refuses inputs over 49,149 bytes)."""
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = max(text.rfind("\n", start, end), text.rfind("。", start, end))
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end
