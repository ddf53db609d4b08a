"""The ``modality`` slot of claim checking (:mod:`govrag.cite.entail`): each modal clause of a
claim is compared act by act with the source clause that states the same act.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from govrag.cite.entail_units import (
    _ITEM_LINE,
    ClaimCheck,
    SourceSpan,
    _content_words,
    _span,
    _Unit,
    _unit_features,
    _units_of,
)
from govrag.cite.equivalents import single_word_equivalents, word_stems
from govrag.text.modality import ModalClause, Modality, ModalMark, modal_clauses, modal_marks

__all__: list[str] = []


_MOD_ACCEPTS: dict[Modality, frozenset[Modality]] = {
    "obligation": frozenset({"obligation", "prohibition"}),
    "prohibition": frozenset({"prohibition"}),
    "permission": frozenset({"permission", "exemption"}),
    "exemption": frozenset({"exemption", "permission"}),
    "effort": frozenset({"effort"}),
}
_MOD_JA: dict[Modality, str] = {"obligation": "obligation (義務)", "prohibition": "prohibition (禁止)",
                                "permission": "permission (できる)", "exemption": "exemption (要しない)",
                                "effort": "duty to endeavour (努力義務)"}


#: An act of the claim decides by the source act it matches best when that match reaches this.
MIN_ACT_MATCH = 0.45
#: A condition that restricts a permission: 「正当の事由がある場合に限り…できる」.
_ONLY_IF = re.compile(r"(?:場合|とき|時)(?:に限り|に限って|に限られ|のみ|だけ)|に限り|に限って")
_CONCESSIVE = re.compile(r"(?:て|で)も(?![のな])")


@dataclass(frozen=True, slots=True)
class _Act:
    """A modal clause of a source: the act, its meaning and the mark's offsets in its source."""

    source: int
    start: int
    end: int
    clause: ModalClause
    lemmas: frozenset[str]
    bigrams: frozenset[str]
    heads: frozenset[str]  # content words of the clause's last segment: the act's verbs
    only_if: bool


_ActFeatures = tuple[ModalClause, frozenset[str], frozenset[str], frozenset[str], bool]


@lru_cache(maxsize=4096)
def _acts_of(text: str) -> tuple[_ActFeatures, ...]:
    """Modal clauses of ``text`` with the act's lemmas, bigrams and head word; a chapeau that
    refers to its items (「次の各号のいずれかに該当する場合は」) carries the items' words."""
    out = []
    for c in modal_clauses(text):
        act = text[c.start:c.mark.start]
        lem, big = _unit_features(act)
        if "各号" in act or "次に掲げる" in act:
            line_end = text.find("\n", c.mark.end)
            pos = line_end + 1 if line_end >= 0 else len(text)
            while pos < len(text) and _ITEM_LINE.match(text, pos):
                nxt = text.find("\n", pos)
                nxt = len(text) if nxt < 0 else nxt
                il, ib = _unit_features(text[pos:nxt])
                lem, big, pos = lem | il, big | ib, nxt + 1
        heads = frozenset(_content_words(act.rsplit("、", 1)[-1]))  # 「…再議に付し又は再選挙を行わせ」: both
        out.append((c, lem, big, heads, _ONLY_IF.search(act) is not None))
    return tuple(out)


def _source_acts(sources: Sequence[str]) -> list[_Act]:
    return [_Act(i, c.mark.start, c.mark.end, c, lem, big, heads, only)
            for i, text in enumerate(sources) for c, lem, big, heads, only in _acts_of(text)]


#: Weight of the claim's verb being a verb of the source clause's last segment.
HEAD_WEIGHT = 0.5


def _same_head(a: str, heads: frozenset[str], stem: str = "") -> bool:
    """``a`` is one of ``heads`` (or ends one: 開示/不開示), or its kanji ``stem`` is part of a
    compound head (延ばす ~ 延長)."""
    return bool(a) and any(a == b or (min(len(a), len(b)) >= 2 and (a.endswith(b) or b.endswith(a)))
                           or (stem and len(b) >= 2 and stem in b) for b in heads)


def _act_score(lem: frozenset[str], big: frozenset[str], head: str, a: _Act, stem: str = "",
               eq: Mapping[str, frozenset[str]] | None = None) -> float:
    """How closely a source act matches the claim's: mostly recall of the claim's words, some
    precision (a long clause holding every word is a weaker match), and the head verb. ``eq``:
    statutory words a plain claim word may stand for (つくる → 結成), counted as the word."""
    eq = eq or {}

    def part(x: frozenset[str], y: frozenset[str], plain: bool = False) -> float:
        common = sum(1 for w in x if w in y or (plain and eq.get(w, _NONE) & y))
        return 0.7 * common / len(x) + 0.3 * min(1.0, common / len(y)) if x and y else 0.0
    same = _same_head(head, a.heads, stem) or bool(eq.get(head, _NONE) & a.heads)
    verb = HEAD_WEIGHT if same else 0.0
    return 0.5 * part(lem, a.lemmas, True) + 0.5 * part(big, a.bigrams) + verb


_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)
def _plain_of(text: str) -> tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]:
    out = []
    for _a, _b, _p0, _p1, sent in _units_of(text):
        if not modal_marks(sent):
            out.append((*_unit_features(sent), frozenset(_content_words(sent.rsplit("、", 1)[-1]))))
    return tuple(out)


def _plain_acts(sources: Sequence[str]) -> list[_Act]:
    """Source sentences that state no modality, as acts to compare with (offsets unused)."""
    none = ModalClause(ModalMark("permission", 0, 0), 0, "permission", False, False)
    return [_Act(i, 0, 0, none, lem, big, heads, False)
            for i, text in enumerate(sources) for lem, big, heads in _plain_of(text)]


#: 「Xするには、Yが必要です」: the act is X, and Y its condition (≡ 「Yなければ…Xしてはならない」).
_NECESSITY = re.compile(r"^(.+?)(?:ため)?には、?(.+)$")
#: 「Xできるのは、…場合だけです」: a permission restricted to a case, said after the predicate.
_CLEFT_ONLY = re.compile(r"の(?:は|が)、?[^。]{0,60}?(?:だけ|のみ|に限(?:られ|り|る))")
#: A sentence that states a negated fact (「…能力を有しない。」): it supports 「…できません」.
_NEGATED_FACT = re.compile(r"(?<![ばけら])(?:ない|ず|ません)(?:[。．]|$)")


def _act_accepts(c: ModalClause, act_text: str, a: _Act, only_if: bool = False) -> bool:
    if a.clause.modality in _MOD_ACCEPTS[c.modality]:
        return True
    if only_if and (a.clause.modality == "prohibition" or a.only_if):
        return True  # a permission or a necessity restricted to a case: the source's restriction
    # 「Aでなければ…できない」 ≡ 「Aの場合に限り…できる」, both ways, never with a concession (〜でも)
    if c.modality == "permission" and a.clause.modality == "prohibition" and a.clause.negative_condition:
        return _ONLY_IF.search(act_text) is not None and _CONCESSIVE.search(act_text) is None
    if c.modality == "prohibition" and c.negative_condition and a.clause.modality == "permission":
        return a.only_if
    return False


def _modality_slot(claim: str, near: list[_Unit], paras: list[str], tight: list[_Unit],
                   tight_paras: list[str], sources: Sequence[str]) -> ClaimCheck | None:
    """Each modal clause of the claim is compared with the source clause that states the same act
    (best match over every paragraph of every source, modality read with negation folded in:
    拒むことができない ≡ 受け入れなければならない); a clause whose act no source clause states
    closely enough falls back to the modalities of the aligned sentences and their paragraphs."""
    clauses = modal_clauses(claim)
    if not clauses:
        return None
    acts = _source_acts(sources)
    plain = _plain_acts(sources)
    # the best aligned sentences (and their paragraphs) speak first; the wider neighbourhood
    # only when they state no modality at all
    stated = {m.modality for u in tight for m in modal_marks(u.text)}
    in_paras = {m.modality for p in tight_paras for m in modal_marks(p)}
    if not stated and not in_paras:
        stated = {m.modality for u in near for m in modal_marks(u.text)}
        in_paras = {m.modality for p in paras for m in modal_marks(p)}
    for c in clauses:
        m = c.mark
        act_text = claim[c.start:m.start]
        lem, big = _unit_features(act_text)
        need = _NECESSITY.match(act_text) if claim.startswith(("が必要", "を要"), m.start) else None
        words = _content_words(need.group(1) if need else act_text)
        head = words[-1] if words else ""
        stem = word_stems(act_text).get(head, "")
        eqs = single_word_equivalents()
        eq = {w: eqs[w] for w in lem | {head} if w in eqs}
        only_if = (need is not None or _CLEFT_ONLY.match(claim, m.end) is not None
                   or (c.modality == "permission" and _ONLY_IF.search(act_text) is not None))
        # an exception clause (この限りでない, 例外) answers to the source's exceptions; a rule to its rules
        # (and a permission may restate one: 「保存に必要な使用は許されます」 for 「…は、この限りでない」)
        broad = c.exception or "例外" in act_text or c.modality in ("permission", "exemption")
        pool = acts if broad else [a for a in acts if not a.clause.exception]
        if act_text.lstrip("\u3000 、").startswith("ただし"):  # 「ただし…のときは不要」: a proviso
            pool = [a for a in acts if a.clause.exception] or pool
        scored = sorted(((_act_score(lem, big, head, a, stem, eq), a) for a in pool), key=lambda t: t[0],
                        reverse=True)
        # a sentence of the source without a modal predicate that states the act better (求償権を有する
        # for 求償できる) leaves the decision to the aligned sentences
        unstated = max((_act_score(lem, big, head, a, stem, eq) for a in plain), default=0.0)
        if lem and scored and scored[0][0] >= MIN_ACT_MATCH and scored[0][0] >= unstated:
            top = [a for sc, a in scored if sc >= scored[0][0] - 0.02]
            if any(_act_accepts(c, act_text, a, only_if) for a in top):
                continue
            a = top[0]
            return ClaimCheck("unsupported", "modality",
                              f"the sentence states {_MOD_JA[c.modality]} for the act but the source states "
                              f"{_MOD_JA[a.clause.modality]}", claim_span=(m.start, m.end),
                              evidence=SourceSpan(a.source, a.start, a.end), risk=0.9,
                              detail={"claimed": c.modality, "stated": a.clause.modality})
        if stated & _MOD_ACCEPTS[m.modality]:
            continue
        if m.modality == "permission" and not stated and not in_paras:
            continue  # a source with no modality at all (「利用時間は…まで」) allows 「利用できる」
        if m.modality == "prohibition" and not stated and any(_NEGATED_FACT.search(t) for t in tight_paras):
            continue  # 「…官職に就く能力を有しない」 states 「官職に就くことができません」
        if (len(clauses) > 1 or not stated) and m.modality in in_paras:
            continue  # a claim of several clauses may take each from another sentence of the paragraph
        said = "、".join(_MOD_JA[x] for x in sorted(stated or in_paras)) or "no modality"
        contra = next(((u, x) for u in near for x in modal_marks(u.text)), None)
        ev = _span(contra[0], contra[1].start, contra[1].end) if contra else None
        return ClaimCheck("unsupported", "modality",
                          f"the sentence states {_MOD_JA[m.modality]} but the source states {said}",
                          claim_span=(m.start, m.end), evidence=ev, risk=0.9,
                          detail={"claimed": m.modality, "stated": ",".join(sorted(stated or in_paras))})
    return None
