"""Who does the act: the bodies a sentence gives each act, for the claim-support core's actor slot.

A *role* ties a body (行政庁, 市町村長, 個人情報取扱事業者, 任命権者, 申請者 …) to an act (a verb or a
サ変 noun by lemma): the **agent** (「行政庁は」, 「国会が」, 「賃貸人による」; a が-subject does not
reach past a conditional 「…ときは、」, a は-topic does), the **recipient** (「申請者に対し」,
「行政庁に」, with no other verb between it and the act) and the **grantor** of a permission-like
noun (「任命権者の許可」, 「主務大臣の認定」). :func:`role_mismatch` compares a claim's roles with
the roles of the same acts in the sources: it fails when the claim gives an act to a body that
differs from every body the sources give that act, unless the names are the same body — equal,
one ending the other (主務大臣/大臣), a statutory definition 「（以下「○○」という。）」, or a listed
plain-language equivalent or hypernym (``govrag/cite/data/actors.txt``: 役所 → 行政庁, 市 → 市町村).

>>> src = [(0, 0, "主務大臣は、第一項の認定をしたときは、その旨を公示しなければならない。")]
>>> role_mismatch("認定を受けた者は、その旨を公示しなければならない。", src).role
'agent'
>>> role_mismatch("大臣は、認定をしたときは、その旨を公示します。", src) is None
True
>>> src = [(0, 0, "前項の場合においては、任命権者の許可を受けなければならない。")]
>>> role_mismatch("人事委員会の許可を受けなければなりません。", src).claimed
'人事委員会'
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

__all__ = ["ActRole", "RoleMismatch", "act_roles", "is_body", "role_mismatch", "same_body"]

Role = Literal["agent", "recipient", "grantor"]

#: Name endings of bodies (authorities, offices, legal and natural persons of a statute).
_BODY_SUFFIX = ("庁", "大臣", "委員会", "審査会", "審議会", "審理員", "長", "知事", "議会", "国会", "内閣",
                "裁判所", "院", "機関", "法人", "団体", "国", "都道府県", "市町村", "特別区", "者", "人",
                "官", "職員", "公務員", "政府", "機構", "組合", "会社", "役員", "首長", "議員", "天皇",
                "国民", "住民", "事務局", "本部", "省", "委員")
#: Name endings of public authorities (never the 「…をする者」 of a statute).
_AUTHORITY = ("庁", "大臣", "長", "委員会", "機関", "知事", "議会", "国会", "内閣", "裁判所", "院", "省")
#: Grants that are one act for the grantor role: whose consent the act needs.
_CONSENT = frozenset({"許可", "承認", "認可", "同意"})
#: 「…に協議し、その同意を得て」: a grant whose grantor is the body named just before.
_THEIR_GRANT = re.compile(r"(?:その|当該)(許可|承認|認可|同意)")
#: 「懲戒処分は、任命権者が、これを行う」: the topic names the act of a light verb.
_TOPIC_ACT = re.compile(r"^([^、。は]{2,20})は、")
_THIS_OBJECT = ("これを", "それを")
#: Bodies one kanji long that are names in their own right (otherwise too ambiguous).
_SHORT = frozenset({"国", "者", "人"})
_PERSON = ("者", "人")
_ANY_OTHER = frozenset({"第三者", "他人", "何人"})
_NAME = r"(?:(?!又は|及び|並びに|若しくは)[一-龥ァ-ヶー々])+"
_PAREN = r"（[^（）]*(?:（[^（）]*）[^（）]*)*）"
_GRANTS = r"許可|承認|認可|同意|認定|指定|命令|指示|勧告|裁決|決定|申出|届出|委任|委託"
_MENTION = re.compile(
    rf"((?:{_NAME}の)?{_NAME}(?:(?:又は|若しくは|及び|並びに|や|と)(?:その|当該)?{_NAME})*)({_PAREN})?"
    rf"(は|が|も(?=[、\u4e00-\u9fff\u30a1-\u30fa])|により|による|に対し(?:て)?|に(?![ぁ-ん])|へ"
    rf"|の(?=(?:{_GRANTS})))")
#: A grantor the mention pattern reads as part of a longer name (「人事委員会の許可が」).
_GRANTOR = re.compile(rf"((?:{_NAME}の)?{_NAME})()(の)(?=(?:{_GRANTS}))")
_ALIAS = re.compile(r"以下[^「」（）]{0,20}「([^」]{1,20})」という")
_MARK_ROLE: dict[str, Role] = {"は": "agent", "が": "agent", "も": "agent",
                               "により": "agent", "による": "agent",
                               "に対し": "recipient",
                               "に対して": "recipient", "に": "recipient", "へ": "recipient",
                               "の": "grantor"}
#: The end of a subordinate clause: a が-subject inside it is not the agent of what follows.
_CLOSER = re.compile(r"とき|場合|際[、に]|ば、|たら|なら(?:ば)?、|ては、|ので|から、")
_SPLIT = re.compile(r"又は|若しくは|及び|並びに|や|と")
_PREFIX = re.compile(r"^(?:当該|その|各|同|前記|上記|この)|^.*(?:以上|以下|未満|全て|すべて)の")
_SUFFIX = re.compile(r"(?:等|ら|たち)$")
#: Acts too general to carry a body (する, ある, できる …) and relational verbs.
_GENERIC_ACTS = frozenset("""為る 有る 在る 居る 成る 出来る 行う 言う 云う 得る 関する 係る 対する 因る
    依る 由る 基づく 於く 従う 含む 除く 限る 付く 見る 当たる 該当 規定 定める 必要 事 物 場合 為 遅滞
    負う 任ずる""".split())


@dataclass(frozen=True, slots=True)
class ActRole:
    """Body ``name`` (offsets ``start``/``end``) in role ``role`` of the act ``act`` (a lemma)."""

    act: str
    role: Role
    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RoleMismatch:
    """The claim gives ``act`` to ``claimed`` (``claim_span``); the source to ``stated``
    (``source`` index, ``start``/``end`` offsets into that source text)."""

    act: str
    role: Role
    claimed: str
    claim_span: tuple[int, int]
    stated: str
    source: int
    start: int
    end: int


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    text = resources.files("govrag").joinpath("cite/data/actors.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        head, sep, tail = line.partition("\t")
        if sep and head.strip() and not head.lstrip().startswith("#"):
            out.setdefault(head.strip(), set()).update(tail.split())
    return {k: frozenset(v) for k, v in out.items()}


def is_body(name: str) -> bool:
    """Whether ``name`` names a body (an authority, office or person of a statute).

    >>> is_body("市町村長"), is_body("役所"), is_body("申請書"), is_body("期間")
    (True, True, False, False)
    """
    if name in _table() or name in _SHORT:
        return True
    if name.endswith(_NOT_HEAD):
        return False  # 「三十日の延長が」: a word ending in 長 that is no head of a body
    return len(name) >= 2 and name.endswith(_BODY_SUFFIX) and not name.endswith(("書", "個人"))


#: Common words ending in 長 that name no head of a body.
_NOT_HEAD = ("延長", "成長", "助長", "伸長", "特長", "冗長", "消長", "生長", "増長", "身長", "波長", "最長",
             "年長", "深長", "悠長")


def _clean(name: str) -> str:
    return _SUFFIX.sub("", _PREFIX.sub("", name))


def _variants(name: str) -> list[str]:
    """The name and its coordinated parts (国又は公共団体 → 国, 公共団体; 公務員個人 → 公務員)."""
    out = [name]
    parts = [p for p in _SPLIT.split(name) if p]
    if len(parts) > 1:
        out.extend(parts)
    for v in list(out):
        if v.endswith("個人") and len(v) > 2:
            out.append(v[:-2])  # 「公務員個人」: the person of that office
    return [v for v in dict.fromkeys(out) if v]


def same_body(claimed: str, stated: str, defs: Mapping[str, str] = {}) -> bool:
    """Whether the claim's ``claimed`` may name the source's ``stated``.

    >>> same_body("役所", "行政庁"), same_body("市長", "市町村長"), same_body("大臣", "主務大臣")
    (True, True, True)
    >>> same_body("都道府県知事", "市町村長"), same_body("人事委員会", "任命権者")
    (False, False)
    >>> same_body("国", "地方公共団体")
    False
    >>> same_body("議長", "普通地方公共団体の長"), same_body("地方公共団体の長", "行政機関の長")
    (False, False)
    """
    claimed, stated = _clean(claimed), _clean(stated)
    if stated in _PERSON and claimed.endswith(_AUTHORITY) and not claimed.endswith(_PERSON):
        return False  # 「…をする者」 of a statute is a private party, not 行政機関の長
    if stated in _PERSON or (claimed in _PERSON and stated.endswith(_PERSON)):
        return True  # 「…した者」 covers whoever does it; 「…した人」 names a person of the statute
    if stated in _ANY_OTHER and claimed not in ("本人",):
        return True  # 「第三者」 covers any named other party
    return any(_same(a, b, defs) for a in _variants(claimed) for b in _variants(stated))


def _same(a: str, b: str, defs: Mapping[str, str]) -> bool:
    if a == b or b in _table().get(a, ()):
        return True
    long_a, long_b = defs.get(a, ""), defs.get(b, "")
    if (long_b and (a in long_b or long_b.endswith(a))) or (long_a and b in long_a):
        return True
    if "の" in a or "の" in b:  # 「Xの長」: the same head of the same (or an unnamed) body
        pa, _, ha = a.rpartition("の")
        pb, _, hb = b.rpartition("の")
        if (not pa and a == pb) or (not pb and b == pa):
            return True  # 「行政機関」 for 「行政機関の長」: the body for its head
        if not _plain_same(ha, hb, defs):
            return False
        return not pa or not pb or _same(pa, pb, defs)
    return _plain_same(a, b, defs)


def _plain_same(a: str, b: str, defs: Mapping[str, str]) -> bool:
    if a == b or b in _table().get(a, ()):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_.endswith(short):  # 主務大臣/大臣, 人事委員会/委員会; 長 only after a body (市町村長, not 議長)
        return len(short) >= 2 or short in _PERSON or is_body(long_[:-len(short)])
    return len(short) >= 2 and short in long_ and not long_.startswith(short + "長")


@lru_cache(maxsize=16384)
def act_roles(text: str) -> tuple[ActRole, ...]:
    """The roles of the bodies of one sentence, per act.

    >>> [(r.act, r.role, r.name) for r in act_roles("国又は公共団体が、これを賠償する責に任ずる。")]
    [('賠償', 'agent', '国又は公共団体')]
    """
    from govrag.text.tokenizer import tokenize

    flat = _mask_parens(text)
    mentions: list[tuple[str, int, int, str, int]] = []  # name, start, end, marker, marker end
    for m in [*_MENTION.finditer(text), *_GRANTOR.finditer(text)]:
        name = _clean(m.group(1))
        if flat[m.start()] == "＿" or not (is_body(name) or any(is_body(v) for v in _variants(name)[1:])):
            continue
        if m.group(3) == "も" and name in ("何人", "何者", "人", "者"):
            continue  # 「何人も…できない」: anyone, in a rule of its own; not a named body
        s0 = m.start(1) + len(m.group(1)) - len(name)
        mentions.append((name, s0, m.end(1), m.group(3), m.end()))
        alias = _ALIAS.search(m.group(2) or "")
        if alias:  # 「行政庁（…以下「審査庁」という。）は」: the defined term names it too
            mentions.append((alias.group(1), s0, m.end(1), m.group(3), m.end()))
    if not mentions:
        return ()
    mentions = sorted(set(mentions), key=lambda x: (x[1], x[4]))
    toks = tokenize(text)
    out: list[ActRole] = _their_grants(text, mentions)
    for i, t in enumerate(toks):
        act = _topic_act(text, t) or t.lemma
        if act in _GENERIC_ACTS or not _is_act(t.pos) or flat[t.start] == "＿":
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.pos1 == "名詞" and nxt is not None and nxt.start == t.end and nxt.pos1 in ("名詞", "接尾辞"):
            continue  # 審査 of 審査請求人: part of a compound noun, not an act
        if any(s <= t.start < e for _, s, e, _, _ in mentions):
            continue  # 任命 of 任命権者: part of a body's name
        # a verbal noun is the topic's act only as a predicate (開始し), not inside a noun phrase
        # (「住民は、…公金の支出がある…ときは」: the 支出 is not the residents')
        nominal = t.pos1 == "名詞" and (nxt is None or nxt.lemma not in ("為る", "出来る"))
        for name, s, e, mark0, mend in mentions:
            role = _MARK_ROLE[mark0]
            mark = "は" if mark0 == "も" else mark0  # 「事業者も…努める」: a topic like は
            if mark == "が" and any(mend <= s2 and e2 <= t.start and _MARK_ROLE[m2] == "agent"
                                    for _, s2, e2, m2, _ in mentions):
                continue  # another agent named nearer the act is its agent
            if role == "grantor":
                if mend == t.start:
                    out.append(ActRole(act, role, name, s, e))
                continue
            if mend > t.start or (role == "agent" and mark in ("は", "が") and nominal):
                continue
            between = flat[mend:t.start]
            if role == "agent" and mark != "は" and _CLOSER.search(between):
                continue
            if role == "agent" and mark == "は" and ("。" in between or _subordinate(flat, t.end)
                                                    or _relative(toks, i)):
                continue
            if role == "recipient" and (_CLOSER.search(between) or _CLAUSE_BREAK.search(between)):
                continue
            out.append(ActRole(act, role, name, s, e))
    return tuple(out)


_NOMINALISERS = frozenset({"事", "物", "者", "の", "為", "とき", "時", "場合", "所"})


def _relative(toks: Sequence[Any], i: int) -> bool:
    """Whether the act ``toks[i]`` ends a relative clause (「再び当選した議員」): its agent is
    the noun it modifies, not the sentence's topic."""
    j = i + 1
    while j < len(toks) and (toks[j].lemma in ("為る", "出来る") or toks[j].pos.startswith("助動詞")):
        j += 1
    if j == i + 1 and toks[i].pos1 == "名詞":
        return False  # a bare verbal noun (「…の支出」) is no relative clause
    nxt = toks[j] if j < len(toks) else None
    return nxt is not None and nxt.pos1 == "名詞" and nxt.lemma not in _NOMINALISERS


def _topic_act(text: str, t: Any) -> str | None:
    """The act a light verb stands for when its object is the topic: 「懲戒処分は、任命権者が、
    これを行う」 → 処分."""
    if t.lemma not in ("行う", "為る") or not text.startswith(_THIS_OBJECT, t.start - 3):
        return None
    m = _TOPIC_ACT.match(text)
    if m is None or is_body(_clean(m.group(1))):
        return None
    from govrag.text.tokenizer import content_lemmas

    words = content_lemmas(m.group(1))
    return words[-1] if words else None


def _their_grants(text: str, mentions: list[tuple[str, int, int, str, int]]) -> list[ActRole]:
    """「内閣総理大臣に協議し、その同意を得なければならない」: the grantor is the body named last
    before 「その」."""
    out: list[ActRole] = []
    for m in _THEIR_GRANT.finditer(text):
        before = [x for x in mentions if x[2] <= m.start()]
        if before:
            name, s, e, _, _ = before[-1]
            out.append(ActRole(m.group(1), "grantor", name, s, e))
    return out


_CLAUSE_END = re.compile(r"[、。]")
#: A predicate ending a clause (「…により、」, 「…し、」) between a recipient and a later act.
_CLAUSE_BREAK = re.compile(r"[ぁ-ん]、|。")


def _subordinate(flat: str, end: int) -> bool:
    """Whether the act ending at ``end`` sits in a clause closed by とき/場合 (its agent is not
    the sentence's topic: 「長は、…違反すると認めるときは、…」)."""
    m = _CLAUSE_END.search(flat, end)
    return bool(_CLOSER.search(flat[end:m.start() if m else len(flat)]))


def _mask_parens(text: str) -> str:
    """``text`` with what stands inside （…） replaced by ＿ (same length, offsets kept)."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch == "（":
            depth += 1
            out.append(ch if depth == 1 else "＿")
        elif ch == "）" and depth:
            depth -= 1
            out.append(ch if depth == 0 else "＿")
        else:
            out.append("＿" if depth else ch)
    return "".join(out)


def _is_act(pos: str) -> bool:
    return (pos.startswith("動詞") and not pos.startswith("動詞-非自立")) or pos == "名詞-普通名詞-サ変可能"


def role_mismatch(claim: str, units: Sequence[tuple[int, int, str]], *,
                  defs: Mapping[str, str] = {},
                  equivalents: Mapping[str, frozenset[str]] | None = None) -> RoleMismatch | None:
    """The first act of ``claim`` that the sources give to another body in the same role.

    ``units``: source sentences as ``(source index, offset of the sentence in that source, text)``.
    ``equivalents``: statutory lemmas a plain act lemma may stand for (始める → 開始).
    """
    mine = act_roles(claim)
    if not mine:
        return None
    theirs = [(src, off, r) for src, off, text in units for r in act_roles(text)]
    for role in ("agent", "grantor", "recipient"):
        acts = dict.fromkeys(r.act for r in mine if r.role == role)
        for act in acts:
            names = {act} | set((equivalents or {}).get(act, ()))
            if role == "grantor" and act in _CONSENT:
                names |= _CONSENT  # 国会の承認 against 内閣総理大臣の同意: whose consent is needed
            stated = [(src, off, r) for src, off, r in theirs if r.role == role and r.act in names]
            if not stated:
                continue
            claimed = [r for r in mine if r.role == role and r.act == act]
            if any(same_body(c.name, s.name, defs) for c in claimed for _, _, s in stated):
                continue
            c = claimed[-1]
            src, off, s = stated[0]
            return RoleMismatch(act, c.role, c.name, (c.start, c.end), s.name, src,
                                off + s.start, off + s.end)
    return None


#: Names of state organs: a kanji/katakana compound ending in an organ word (内閣府, 総務省,
#: デジタル大臣, 人事委員会, サイバーセキュリティ戦略本部).
_ORGAN = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc・々]{1,20}?"
                    r"(?:省|府|庁|大臣|委員会|審査会|本部長|本部|長官)(?![\u4e00-\u9fff])")


def unattested_organ(claim: str, sources: Sequence[str], *,
                     defs: Mapping[str, str] = {}) -> tuple[str, int, int] | None:
    """A state organ the claim names that no source names, in any words the actor table allows.

    >>> unattested_organ("審査会は内閣府に置かれています。", ["審査会は、総務省に置く。"])
    ('内閣府', 4, 7)
    >>> unattested_organ("審査会は総務省に置かれています。", ["審査会は、総務省に置く。"]) is None
    True
    >>> unattested_organ("総理大臣が案を作ります。", ["内閣総理大臣は、案を作成する。"]) is None
    True
    """
    hay = "\n".join([*sources, *defs.keys(), *defs.values()])
    for m in _ORGAN.finditer(claim):
        name = m.group(0).lstrip("・")
        if len(name) < 3 or name in hay or any(alias in hay for alias in _table().get(name, ())):
            continue
        return name, m.end() - len(name), m.end()
    return None

