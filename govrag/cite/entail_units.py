"""The building blocks of claim checking (:mod:`govrag.cite.entail`): the verdict types and the
source units — the sentences of the sources with their offsets, paragraphs, content lemmas and
character bigrams.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from govrag.cite.claims import lemma_set
from govrag.text.numerals import NUMERAL

__all__ = ["ClaimCheck", "ClaimStatus", "Slot", "SourceSpan"]

ClaimStatus = Literal["supported", "unsupported", "not_a_claim"]
Slot = Literal["number", "modality", "actor", "scope", "content"]


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """``(start, end)`` in source number ``source`` (an index into the sources passed in)."""

    source: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """The verdict on one claim. ``claim_span``: offsets into the claim of the failing part;
    ``evidence``: the aligned (or contradicting) source span; ``risk`` in [0, 1] for ranking."""

    status: ClaimStatus
    slot: Slot | None = None
    reason: str = ""
    support: float = 0.0
    lemma_overlap: float = 0.0
    ngram_overlap: float = 0.0
    dense: float | None = None
    claim_span: tuple[int, int] | None = None
    evidence: SourceSpan | None = None
    risk: float = 0.0
    detail: dict[str, str] = field(default_factory=dict)


# --- source units ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Unit:
    source: int
    start: int  # offsets into the source text
    end: int
    para_start: int
    para_end: int
    text: str
    lemmas: frozenset[str]
    bigrams: frozenset[str]


_PUNCT = re.compile(r"[\s、。，．,.・「」『』()（）:：\u3000]")


@lru_cache(maxsize=32768)
def _form(text: str) -> str:
    from govrag.text.normalization import normalize_for_match

    return _PUNCT.sub("", normalize_for_match(text))


def _bigrams(form: str) -> frozenset[str]:
    return frozenset(form[i:i + 2] for i in range(len(form) - 1))


@lru_cache(maxsize=4096)
def _units_of(text: str) -> tuple[tuple[int, int, int, int, str], ...]:
    from govrag.text.sentences import split_sentences

    out: list[tuple[int, int, int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        p0, p1 = pos, pos + len(line)
        pos = p1 + 1
        for s in split_sentences(line):
            out.append((p0 + s.start, p0 + s.end, p0, p1, s.text))
    return tuple(out)


#: Older statutes write the geminate small っ full size (知つた, 因つて): folded before lemmas.
_OLD_SOKUON = re.compile(r"(?<=[一-龥ぁ-ん])つ(?=[たて])")


@lru_cache(maxsize=16384)
def _unit_features(text: str) -> tuple[frozenset[str], frozenset[str]]:
    return lemma_set(_OLD_SOKUON.sub("っ", text)), _bigrams(_form(text))


def _units(sources: Sequence[str]) -> list[_Unit]:
    out: list[_Unit] = []
    for i, text in enumerate(sources):
        for a, b, p0, p1, sent in _units_of(text):
            lem, big = _unit_features(sent)
            out.append(_Unit(i, a, b, p0, p1, sent, lem, big))
    return out


def _span(u: _Unit, start: int, end: int) -> SourceSpan:
    """Offsets ``start``/``end`` inside unit ``u`` as a span of its source text."""
    return SourceSpan(u.source, u.start + start, u.start + end)


@lru_cache(maxsize=8192)
def _content_words(text: str) -> tuple[str, ...]:
    from govrag.text.tokenizer import content_lemmas

    return tuple(content_lemmas(text))


_ITEM_LINE = re.compile(rf"{NUMERAL}(?:の{NUMERAL})*\u3000|[イロハニホヘトチリヌルヲ]\u3000|\({NUMERAL}\)")


def _paragraphs(near: list[_Unit], sources: Sequence[str]) -> list[tuple[int, str, int]]:
    """(source, text, offset) of the paragraphs holding ``near``; an item brings its chapeau
    (the closest preceding line that is not an item: 「…次の各号のいずれかに該当する場合は…」)."""
    keys: dict[tuple[int, int, int], None] = {}
    for u in near:
        keys[(u.source, u.para_start, u.para_end)] = None
        text = sources[u.source]
        start = u.para_start
        while _ITEM_LINE.match(text, start) and start > 0:
            prev = text.rfind("\n", 0, start - 1) + 1
            keys[(u.source, prev, start - 1)] = None
            start = prev
    return [(s, sources[s][a:b], a) for s, a, b in keys]


# --- bodies named as topic or subject ------------------------------------------------------------

_ACTOR_SUFFIX = ("庁", "大臣", "委員会", "審査会", "審議会", "審理員", "長", "知事", "議会", "裁判所", "機関",
                 "法人", "団体", "国", "都道府県", "市町村", "者", "官", "本人", "職員", "公務員", "内閣",
                 "政府", "機構", "組合", "会社", "当事者", "使用者", "役員", "首長", "議員", "主体", "事務局",
                 "委員")
_ACTOR_RE = re.compile(r"((?:[一-龥ァ-ヶー々]+の)?(?:[一-龥ァ-ヶー々]+(?:又は|若しくは))*[一-龥ァ-ヶー々]+)"
                       r"(（[^（）]*(?:（[^（）]*）[^（）]*)*）)?"
                       r"(は|が)(?!(?!その|この|これ|それ|あらかじめ|ただちに|すみやかに|すぐ)[ぁ-ん])")
_ALIAS = re.compile(r"以下[^「」（）]{0,20}「([^」]{1,20})」という")
_ANYONE = re.compile(r"何人も|誰でも|だれでも|誰もが|だれもが")


def _actors(text: str) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """(topic actors marked with は, subject actors marked with が) with offsets."""
    topic: list[tuple[str, int, int]] = []
    subj: list[tuple[str, int, int]] = []
    for m in _ACTOR_RE.finditer(text):
        name = m.group(1)
        last = re.split(r"又は|若しくは", name)[-1]  # 「国又は公共団体」: the alternatives are one actor
        if not last.endswith(_ACTOR_SUFFIX) or (len(last) < 2 and last not in ("国",)):
            continue
        bucket = topic if m.group(3) == "は" else subj
        bucket.append((name, m.start(1), m.end(1)))
        alias = _ALIAS.search(m.group(2) or "")
        if alias:  # 「行政庁（…以下「審査庁」という。）は」: the defined term names it too
            bucket.append((alias.group(1), m.start(1), m.end(1)))
    return topic, subj
