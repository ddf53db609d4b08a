"""Groundedness: every sentence of an answer must be supported by the retrieved sources.

Per answer sentence (citations such as 「行政手続法第七条第一項」 removed first):

* **overlap** — the share of its content lemmas found in the sources, and the share of its
  character bigrams (normalized, numerals folded) contained in the sources; supported when
  their mean reaches ``min_support``;
* **numbers** — every number must occur in the sources (「三十日」 vs 「六十日」);
* **modality** — obligation / prohibition / permission / exemption / effort must be present in
  the supporting sources (「しなければならない」 is not 「しなくてもよい」).

Sentences that only restate citations (「根拠条文：行政手続法第七条。」), carry fewer than two
content words, or only frame the answer (「関係する条文の規定は次のとおりです。」 — no number, no
modality) are not claims and pass.

>>> src = ["行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならない。"]
>>> g = GroundednessGuard()
>>> g.validate("行政庁は、申請が到達したら遅滞なく審査を開始しなければなりません。", sources=src).passed
True
>>> v = g.validate("行政庁は、申請から六十日以内に審査を開始すれば足ります。", sources=src)
>>> v.passed, v.spans
(False, ((0, 28),))
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from govrag.errors import ConfigError
from govrag.guard.base import Verdict, source_texts

__all__ = ["GroundednessGuard", "SentenceSupport", "modalities"]

Modality = Literal["obligation", "prohibition", "permission", "exemption", "effort"]

_NUM = r"[0-9０-９〇一二三四五六七八九十百千]+"
_CITATION = re.compile(
    r"(?:[一-龥ぁ-んァ-ヶー・、]{0,40}?(?:法律|法|令|規則|憲法|条例))?"
    rf"(?:附則)?(?:第{_NUM}(?:条|項|号|章|節)(?:の{_NUM})*)+"
    r"|(?:同法|同令|同条|前条|次条|前項|次項|同項|各号|本条)(?:第" + _NUM + r"(?:項|号)(?:の" + _NUM + r")*)*"
)
#: Discourse framing, not a claim about the law (when it has no number and no modality).
_FRAMING = re.compile(r"(?:次の|以下の)とおり|抜粋|ご質問に(?:関係|関連)する|"
                      r"(?:該当|関係|関連)する(?:条文|規定)|(?:を|も)?ご(?:参照|確認)ください|"
                      r"ご相談ください|お問い合わせください")
_LABELS = re.compile(r"根拠条文|根拠規定|根拠|参照条文|参照|出典|関係条文|条文|による|により|に基づき|参考")
#: A modal expression counts only as a predicate: before 。/、/end or a clause link, not
#: before a noun (「申請をすることができる期間」 is not a permission).
_PRED_END = r"(?=[。、，,．.!！?？」）)]|$|\s|が|けれど|ので|ため|とされ|と定め|とする|と規定|ただし)"


def _modal(forms: str, *, bare: str = "") -> re.Pattern[str]:
    """Space-separated regex alternatives that must end a predicate, plus ``bare`` ones anywhere."""
    pattern = "(?:" + "|".join(forms.split()) + ")" + _PRED_END
    return re.compile(pattern + ("|" + "|".join(bare.split()) if bare else ""))


_MODALITY: tuple[tuple[Modality, re.Pattern[str]], ...] = (
    ("effort", _modal("努めなければ(?:ならない|なりません) 努める 努めます", bare="努力義務")),
    ("exemption", _modal("必要は(?:ない|ありません) 要しない 要しません "
                         "なくて(?:も)?(?:よい|良い|いい|構わない) なくても差し支え(?:ない|ありません) "
                         "不要(?:です|である|だ)? 義務は(?:ない|ありません)",
                         bare="免除")),
    ("prohibition", _modal("[てで]は(?:ならない|ならず|なりません|いけない|いけません) ことができない "
                           "ことができず ことはできません できません", bare="禁止 禁じ")),
    ("obligation", _modal("なければ(?:ならない|ならず|なりません|いけない|いけません) ねばならない "
                          "義務を負う 義務がある 義務があります 必要がある 必要があります ものとする")),
    ("permission", _modal("ことができ(?:る|ます) ことも?でき(?:る|ます) できます してもよい "
                          "しても差し支えない 差し支えありません 認められ(?:る|ます)")),
)


def modalities(text: str) -> frozenset[Modality]:
    """Deontic modalities expressed as predicates in ``text``.

    >>> sorted(modalities("開示しなければならない。ただし、次の場合は開示しないことができる。"))
    ['obligation', 'permission']
    >>> sorted(modalities("申請をすることができる期間内にされたもの"))
    []
    """
    found: set[Modality] = set()
    rest = text
    for name, pat in _MODALITY:  # effort/exemption/prohibition first: they contain the others' words
        if pat.search(rest):
            found.add(name)
            rest = pat.sub("", rest)
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class SentenceSupport:
    """How one answer sentence is supported: offsets, scores and the reason it failed (if any)."""

    start: int
    end: int
    lemma_overlap: float
    ngram_overlap: float
    supported: bool
    reason: str


@dataclass(frozen=True, slots=True)
class _Source:
    lemmas: frozenset[str]
    bigrams: frozenset[str]
    numbers: frozenset[str]
    modalities: frozenset[Modality]


def _match_form(text: str) -> str:
    from govrag.text.normalization import normalize_for_match

    return re.sub(r"[\s、。，．,.・「」『』()（）:：]", "", normalize_for_match(text))


def _numbers(match_form: str) -> frozenset[str]:
    return frozenset(re.findall(r"[0-9]+", match_form))


def _bigrams(match_form: str) -> frozenset[str]:
    return frozenset(match_form[i:i + 2] for i in range(len(match_form) - 1))


@lru_cache(maxsize=16384)
def _analyse(text: str) -> _Source:
    from govrag.text.tokenizer import content_lemmas

    form = _match_form(text)
    return _Source(frozenset(content_lemmas(text)), _bigrams(form), _numbers(form), modalities(text))


def _source_sentences(texts: Sequence[str]) -> list[_Source]:
    from govrag.text.sentences import split_sentences

    return [_analyse(span.text) for t in texts for span in split_sentences(t)]


def _strip_citations(text: str) -> str:
    return _LABELS.sub(" ", _CITATION.sub(" ", text))


class GroundednessGuard:
    """Flags answer sentences the sources do not support.

    ``min_support``: mean of lemma and bigram overlap a sentence needs (default 0.5);
    ``max_unsupported``: how many unsupported sentences still pass (default 0);
    ``check_numbers`` / ``check_modality``: the two exact checks; ``top_sources``: how many best
    matching source sentences a claim is compared with. Sources are ``str`` or objects
    with ``.text`` (``Hit``, ``Provision``); no sources means nothing can be supported.
    """

    name = "groundedness"

    def __init__(self, *, min_support: float = 0.5, max_unsupported: int = 0, check_numbers: bool = True,
                 check_modality: bool = True, top_sources: int = 3) -> None:
        if not 0.0 < min_support <= 1.0:
            raise ConfigError(f"GroundednessGuard min_support must be in (0, 1], not {min_support}")
        if max_unsupported < 0 or top_sources < 1:
            raise ConfigError("GroundednessGuard max_unsupported must be >= 0 and top_sources >= 1")
        self.min_support = min_support
        self.max_unsupported = max_unsupported
        self.check_numbers = check_numbers
        self.check_modality = check_modality
        self.top_sources = top_sources

    def sentences(self, text: str, *, sources: Sequence[Any] | None) -> list[SentenceSupport]:
        """Support of every claim-bearing sentence of ``text``."""
        from govrag.text.sentences import split_sentences
        from govrag.text.tokenizer import content_lemmas

        srcs = _source_sentences(source_texts(sources))
        numbers: frozenset[str] = frozenset().union(*(s.numbers for s in srcs))
        out: list[SentenceSupport] = []
        for span in split_sentences(text):
            claim = _strip_citations(span.text)
            lemmas = set(content_lemmas(claim))
            if len(lemmas) < 2:
                continue  # a citation list, a heading or 「以上です。」: not a claim
            form = _match_form(claim)
            if _FRAMING.search(claim) and not _numbers(form) and not modalities(claim):
                continue  # 「ご質問に関係する条文の規定は次のとおりです。」: framing, not a claim
            grams = _bigrams(form)
            scored = sorted(((len(lemmas & s.lemmas) / len(lemmas),
                              len(grams & s.bigrams) / len(grams) if grams else 0.0, s) for s in srcs),
                            key=lambda t: t[0] + t[1], reverse=True)
            top = scored[: self.top_sources]
            near = [s for lo_s, no_s, s in top if top and lo_s + no_s >= 0.5 * (top[0][0] + top[0][1])]
            all_lemmas: frozenset[str] = frozenset().union(*(s.lemmas for _a, _b, s in top))
            all_grams: frozenset[str] = frozenset().union(*(s.bigrams for _a, _b, s in top))
            lo = len(lemmas & all_lemmas) / len(lemmas)
            no = len(grams & all_grams) / len(grams) if grams else 0.0
            reason = ""
            if not srcs:
                reason = "no sources"
            elif (lo + no) / 2 < self.min_support:
                reason = f"low overlap with the sources ({(lo + no) / 2:.2f} < {self.min_support:.2f})"
            elif self.check_numbers and _numbers(form) - numbers:
                reason = "a number that does not occur in the sources"
            elif self.check_modality:
                missing = modalities(claim) - frozenset().union(*(s.modalities for s in near))
                if missing:
                    reason = f"modality not in the supporting source sentences ({', '.join(sorted(missing))})"
            out.append(SentenceSupport(span.start, span.end, round(lo, 3), round(no, 3), not reason, reason))
        return out

    def validate(self, text: str, *, sources: Sequence[Any] | None = None) -> Verdict:
        """Verdict: fails when more than ``max_unsupported`` sentences are unsupported."""
        if not isinstance(text, str):
            raise TypeError(f"GroundednessGuard.validate expects str, not {type(text).__name__}")
        checked = self.sentences(text, sources=sources)
        bad = [s for s in checked if not s.supported]
        score = len(bad) / len(checked) if checked else 0.0
        if len(bad) <= self.max_unsupported:
            detail = f"{len(checked)} claim sentence(s) supported by the sources" if not bad else \
                f"{len(bad)} of {len(checked)} sentence(s) unsupported (within max_unsupported)"
            return Verdict(self.name, True, score, detail, tuple((s.start, s.end) for s in bad))
        reasons = "; ".join(f"sentence {checked.index(s) + 1}: {s.reason}" for s in bad)
        return Verdict(self.name, False, score,
                       f"{len(bad)} of {len(checked)} sentence(s) unsupported: {reasons}",
                       tuple((s.start, s.end) for s in bad))
