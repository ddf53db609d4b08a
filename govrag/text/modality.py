"""Deontic modality of Japanese statute and answer text — the one detector of the project.

Five modalities, recognised in statute style (しなければならない, してはならない, することができる,
要しない, 努めなければならない, ものとする) and in the polite style answers are written in
(しなければなりません, することができます, 必要はありません, ものとします…). A modal expression
counts only as a predicate: 「申請をすることができる期間」 and 「識別することができるもの」 name
things, they do not grant a permission.

Matching runs from the most specific family to the least (effort before obligation, because
努めなければならない contains なければならない; exemption and prohibition before permission,
because ことができない contains ことができ), and each match is blanked before the next family.

>>> sorted(modalities("開示しなければならない。ただし、次の場合は開示しないことができる。"))
['obligation', 'permission']
>>> sorted(modalities("事業者は、安全管理に努めなければなりません。"))
['effort']
>>> sorted(modalities("通知する必要はありません。")), sorted(modalities("定めるものとします。"))
(['exemption'], ['obligation'])
>>> sorted(modalities("申請をすることができる期間内にされたもの"))
[]
>>> [(m.modality, m.start, m.end) for m in modal_marks("秘密を漏らしてはならない。")]
[('prohibition', 6, 12)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["MODALITIES", "ModalClause", "ModalMark", "Modality", "has_exception", "modal_clauses",
           "modal_marks", "modalities"]

Modality = Literal["obligation", "prohibition", "permission", "exemption", "effort"]
MODALITIES: tuple[Modality, ...] = ("effort", "exemption", "prohibition", "obligation", "permission")


@dataclass(frozen=True, slots=True)
class ModalMark:
    """One modal predicate: its modality and offsets into the text that was analysed."""

    modality: Modality
    start: int
    end: int


def _alt(*forms: str) -> str:
    return "(?:" + "|".join(forms) + ")"


#: Families in matching order. Words that are nouns of modality (義務, 禁止, 免除, 努力義務) count
#: wherever they stand; verb forms only as predicates (see :func:`_predicative`).
_FAMILIES: tuple[tuple[Modality, re.Pattern[str]], ...] = (
    ("effort", re.compile(_alt(
        r"(?:よう)?努める(?:必要|義務)(?:が(?:ある|あります)|を負(?:う|います|っています))?",
        r"(?:よう)?努め(?:なければな(?:らない|らず|りません)|ねばならない|なくてはならない"
        r"|るもの(?:とする|とします|とされ)?|る|ます|ています|ている|てください)",
        r"努力義務", r"努力(?:する|します|しなければ)"))),
    ("exemption", re.compile(_alt(
        r"必要(?:は|が)(?:ない|ありません|なく(?!な))", r"(?:を)?要しな(?:い|く)", r"要しません",
        r"なくて(?:も)?(?:よい|良い|いい|構わない|構いません|差し支えない|差し支えありません)",
        r"不要(?:です|である|だ|とされ|となる|となります|(?=[。、]|$))",
        r"義務(?:は|を)?(?:ない|負わない|ありません)",
        r"免除", r"この限りでない", r"この限りではありません",
        r"例外(?:です|である|となる|となります|とされ(?:る|ます|ている|ています))"))),
    ("prohibition", re.compile(_alt(
        r"て(?:は|も)なら(?:ない|ず|ぬ)", r"てはなりません", r"ではなら(?:ない|ず)",
        r"てはいけ(?:ない|ません)", r"禁止", r"禁じ", r"禁ず",
        r"(?:こと|事)(?:が|は)?でき(?:ない|ません|ず)", r"認められ(?:ない|ません)",
        # loss of a right: 「三月を過ぎるとできなくなる」「訴えを起こせなくなります」
        r"(?:でき|(?<=[ぁ-ん])[えけせてねめれげべ])なくな(?:る|ります|り|った|っています|っている)",
        r"(?<=[一-龥])でき(?:ない|ません|ず)"))),  # 撤回できない: a verbal noun before できる
    ("obligation", re.compile(_alt(
        r"なければなら(?:ない|ず|ぬ)", r"なければなりません", r"なければいけ(?:ない|ません)",
        r"ねばなら(?:ない|ず)", r"なくてはなら(?:ない|ず)", r"なくてはなりません",
        r"義務(?:が|を|付け|づけ|と|で|があ|を負)",
        r"必要(?:が|と)(?:ある|あります|あり(?=[、，（(])|する|します|され)",
        r"ものとする", r"ものとします", r"ものとされ", r"を要する", r"を要します",
        r"が必要(?:です|である|となる|となります|とされ|だ|で(?=、))",
        r"責任を負(?:う|い|います)", r"責(?:め)?に任(?:ず|じ)(?:る|べき)"))),
    ("permission", re.compile(_alt(
        r"(?:こと|事)(?:が|も)(?:でき(?:る|ます)|可能)", r"認められ(?:る|ます|ています|ている)",
        r"(?:こと|事)(?:が|も)でき(?=[、，（(])",  # 「…ことができ、…」: the continuative form
        r"(?<!不)可能です", r"してもよい", r"しても(?:よい|差し支えない|差し支えありません|構いません)",
        r"許され(?:る|ます|ています|ている)", r"(?:こと|の)を妨げ(?:ない|ません|ず)",
        r"(?<=[一-龥])でき(?:る|ます)", r"権(?:利)?を有(?:する|します|している|しています)"))),
)
#: Noun-like modality words that count even before a noun (守秘義務, 禁止行為).
_NOUN_FORMS = ("義務", "禁止", "免除", "努力義務")
_NOUN_PREDICATE = ("する", "します", "され", "さ", "し", "です", "である", "。", "、", "と", "に該当")
_NOUN_START = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff々]")
_ATTRIBUTIVE_HEADS = ("もの", "こと", "とき", "ところ", "場合", "者")
#: A modal word followed by a verb of judging is the content of a judgement, not a rule.
_JUDGED = re.compile(r"と(?:認め|判断|思料|思わ|思う|考え|見込)")


def _predicative(text: str, start: int, end: int, matched: str) -> bool:
    """True when the match ends a predicate (not a relative clause modifying a noun)."""
    if matched in ("この限りでない", "この限りではありません"):
        return True
    if matched in ("禁止", "免除", "禁じ", "禁ず"):  # a noun names the rule; it states it only as a predicate
        return text.startswith(_NOUN_PREDICATE, end) or matched in ("禁じ", "禁ず")
    if matched.endswith(_NOUN_FORMS):
        return True
    nxt = text[end:end + 1]
    if _JUDGED.match(text, end):  # 「必要があると認めるときは」: what someone judges, a condition
        return False
    if (nxt and _NOUN_START.match(nxt)) or text.startswith("よう", end):  # 「…ことができるよう」: a purpose
        return False
    return not (text.startswith(_ATTRIBUTIVE_HEADS, end)
                and not text.startswith(("ものとする", "ものとします", "ものとされ"), end))


def modal_marks(text: str) -> list[ModalMark]:
    """Every modal predicate of ``text`` with its offsets, in text order."""
    rest = text
    out: list[ModalMark] = []
    for name, pattern in _FAMILIES:
        blanks: list[tuple[int, int]] = []
        for m in pattern.finditer(rest):
            blanks.append(m.span())
            if _predicative(rest, m.start(), m.end(), m.group(0)):
                out.append(ModalMark(name, m.start(), m.end()))
        if blanks:
            chars = list(rest)
            for a, b in blanks:
                chars[a:b] = "\u3000" * (b - a)
            rest = "".join(chars)
    return sorted(out, key=lambda m: m.start)


def modalities(text: str) -> frozenset[Modality]:
    """The set of modalities expressed as predicates in ``text``.

    >>> sorted(modalities("提供することはできません。")), sorted(modalities("通知を要しない。"))
    (['prohibition'], ['exemption'])
    """
    return frozenset(m.modality for m in modal_marks(text))


#: The act of the clause is itself negated (開示しない|ことができる) or a refusal (拒む|ことができない).
_NEGATED_ACT = re.compile(r"(?:ない|ず|ぬ)(?:よう(?:に)?(?:し|する)?|で)?$|"
                          r"(?:拒(?:む|み|ん|否(?:する|し)?|絶(?:する|し)?)|断(?:る|り|っ)|怠(?:る|り|っ))$")
#: A negative condition: 「正当な事由がなければ」「特別の規定がない限り」「でなければ」.
_NEGATIVE_CONDITION = re.compile(r"なければ(?!な[らり]|いけ)|ない限り|ないかぎり|なくては(?!な[らり])")
#: Deontic equivalences under a negated act: a duty not to act is a prohibition, a prohibition
#: of a refusal a duty (拒むことができない ≡ 応じなければならない), a permission not to act an exemption.
_UNDER_NEGATION: dict[Modality, Modality] = {"obligation": "prohibition", "prohibition": "obligation",
                                             "permission": "exemption"}
_EXCEPTION_MARK = re.compile(r"この限りで|例外")
_CLAUSE_BREAK = re.compile(r"[。！？\n]")


@dataclass(frozen=True, slots=True)
class ModalClause:
    """A modal predicate with the clause it governs: ``start``..``mark.start`` is the act (from
    the previous predicate or sentence end). ``modality`` is the deontic meaning for the act once
    negation is folded in; ``negative_condition``: the clause holds 「…なければ」「…ない限り」."""

    mark: ModalMark
    start: int
    modality: Modality
    negated: bool
    negative_condition: bool
    exception: bool = False  # an exception to the rule before it (この限りでない, 例外です), not an act


def modal_clauses(text: str) -> list[ModalClause]:
    """Each modal predicate of ``text`` with its clause and its meaning for the act.

    >>> [(c.mark.modality, c.modality) for c in modal_clauses("許可を拒むことができない。")]
    [('prohibition', 'obligation')]
    >>> [c.modality for c in modal_clauses("全部又は一部を開示しないことができる。")]
    ['exemption']
    """
    out: list[ModalClause] = []
    prev = 0
    for m in modal_marks(text):
        brk = [b.end() for b in _CLAUSE_BREAK.finditer(text, prev, m.start)]
        start = brk[-1] if brk else prev
        act = text[start:m.start].rstrip("、 \u3000")
        neg = _NEGATED_ACT.search(act) is not None
        mod = _UNDER_NEGATION.get(m.modality, m.modality) if neg else m.modality
        out.append(ModalClause(m, start, mod, neg, _NEGATIVE_CONDITION.search(act) is not None,
                               _EXCEPTION_MARK.match(text, m.start, m.end) is not None))
        prev = m.end
    return out


_EXCEPTION = re.compile(r"ただし|この限りでな|この限りではな|を除(?:き|く|いて)|場合を除|にかかわらず|"
                        r"に限り|に限る|のみ|特別の定め|別段の定め|適用しない|"
                        r"(?:が|で)?ない限り|(?:理由|事由|事情)が(?:なければ|ないのに)")


def has_exception(text: str) -> bool:
    """Whether ``text`` states an exception or a limitation (ただし書, を除き, に限り, この限りでない).

    >>> has_exception("開示しなければならない。ただし、次の場合は、この限りでない。")
    True
    >>> has_exception("開示する。"), has_exception("正当な理由がない限り、拒んではならない。")
    (False, True)
    """
    return _EXCEPTION.search(text) is not None
