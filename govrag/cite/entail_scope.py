"""The ``scope`` slot of claim checking (:mod:`govrag.cite.entail`): a claim that widens a rule
the source limits (例外なく, いかなる場合も, 何人も), puts under the rule what the source excepts
(「法令に基づく場合であっても」 against 「次に掲げる場合を除くほか」), applies it to what the
source excludes, or narrows it (のみ, に限り, だけ) where the source does not.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from govrag.cite.claims import lemma_set
from govrag.cite.entail_units import _ANYONE, _ITEM_LINE, ClaimCheck, SourceSpan, _actors, _Unit
from govrag.cite.equivalents import stated_by_equivalents, stated_by_stems
from govrag.text.modality import has_exception, modal_marks

__all__: list[str] = []

_WIDEN = re.compile(r"例外なく|例外は(?:なく|ない|ありません|認められ)|一律に|無条件|常に|"
                    r"(?:いかなる|どのような|どんな|如何なる)[^、。]{0,12}?(?:で)?(?:あって)?も|"
                    r"を問わず|に(?:かかわらず|関わらず|関係なく)|"
                    r"全ての場合|すべての場合|一切の例外")
#: Weaker universalisers: a rule the aligned paragraph itself limits (not any paragraph of the source).
_WIDEN_WEAK = re.compile(r"必ず|絶対に|(?:すべて|全て)の(?:場合|ケース|事案|者|人|請求|申請)|いつでも|一切")
#: A source paragraph that lets the act be done without the step the rule requires, or not at all.
_SKIP_ALLOWED = re.compile(r"(?:経|し|せ|よら|得|受け)ないで[^。]{0,40}?(?:できる|よい)|"
                           r"なくても[^。]{0,40}?できる|適用しない|妨げない")
_NARROW = re.compile(r"(?<!で)のみ(?!ならず)|に限り|に限って|に限られ|に限定|"
                     r"(?<![数額量])だけ(?!で(?:なく|は))|"  # 「条例で定める回数だけ」: an amount
                     r"しか(?:でき|な|あり|認め)")
_EXCEPTION_AT = re.compile(r"ただし|この限りでな|を除|場合を除|に限り")
_SOURCE_LIMIT = re.compile(r"のみ|だけ|限り|限る|限定|限られ|除き|除く|専ら|もっぱら|専有|独占|ただし|"
                           r"この限りでな|"
                           # a negative condition: 「正当の事由がなければ…できない」
                           r"場合を除|以外|(?:で|が)なければ(?!な[らり]|いけ)")



_EXCLUDED = re.compile(r"（([^（）]{2,80}?)を除く。?）|([^、。（）「」]{2,40}?)を除(?:き|いて|くほか)")
_CLAIM_EXCLUDES = re.compile(r"除|以外|対象外|限り|限る|ただし|原則")


def _excluded_match(claim: str, paras: list[tuple[int, str, int]]) -> ClaimCheck | None:
    """A claim about what the source excludes (「（地方税…に関するものを除く。）」) that states the
    rule for it without any exception word of its own."""
    negative = {m.modality for m in modal_marks(claim)} & {"prohibition", "exemption"}
    if _CLAIM_EXCLUDES.search(claim) or negative:
        return None
    mine = lemma_set(claim)
    for src, text, off in paras:
        for m in _EXCLUDED.finditer(text):
            part = m.group(1) or m.group(2)
            start = m.start(1) if m.group(1) else m.start(2)
            rest = lemma_set(text[:start] + text[start + len(part):])
            distinctive = lemma_set(part) - rest
            if len(distinctive & mine) >= 2:
                ev = SourceSpan(src, off + start, off + start + len(part))
                return ClaimCheck("unsupported", "scope",
                                  "the sentence applies the rule to what the source excludes from it",
                                  evidence=ev, risk=0.8)
    return None


#: A concession in the claim: 「正当な理由があっても」, 「法令に基づく場合であっても」.
_CONCESSION = re.compile(r"([^、。]{2,40}?)(?:であっても|があっても|としても|場合でも|場合も|ときも|"
                         r"(?<=[^ぁ-ん]て)も)")
#: An exception clause of the source: the ただし clause, or what 「…を除き」 takes out.
_EXCEPTION_CLAUSE = re.compile(r"ただし、([^。]{2,80}?)(?:は|には|においては)、?(?:この限りでな|適用しな)|"
                               r"([^、。（）]{2,40}?)(?:場合|とき)?を除(?:き|くほか|いて|く外)|"
                               # 「前項の規定は、次の各号のいずれかに該当する改変については、適用しない。」
                               r"([^。]{2,60}?)(?:について|に)は、?適用しない")
_PROVISO_CASE = re.compile(r"ただし書(?:の場合|に規定する場合|に該当する場合|の規定により)")
_SOURCE_CONCESSION = re.compile(r"(?:においても|であっても|場合も|ときも|にかかわらず)")


def _reversed_exception(claim: str, paras: list[tuple[int, str, int]],
                        whole: list[tuple[int, str, int]]) -> ClaimCheck | None:
    """A claim that puts the source's excepted case under the rule 「…であっても…できない」."""
    for cm in _CONCESSION.finditer(claim):
        mine = lemma_set(cm.group(1))
        if len(mine) < 1:
            continue
        for src, text, off in paras + whole:
            if any(len(lemma_set(text[max(0, m.start() - 40):m.start()]) & mine) >= max(1, len(mine) // 2)
                   for m in _SOURCE_CONCESSION.finditer(text)):
                return None  # the source itself states the concession
            if _PROVISO_CASE.search(text):
                return None  # 「前項ただし書の場合においては、…」: the excepted case has a rule of its own
            for start, part in _excepted_parts(text):
                got = lemma_set(part) & mine
                if got and len(got) >= max(1, (len(mine) + 1) // 2):
                    return ClaimCheck("unsupported", "scope",
                                      "the sentence puts under the rule the case the source excepts from it",
                                      claim_span=cm.span(), risk=0.85,
                                      evidence=SourceSpan(src, off + start, off + start + len(part)))
    return None


_LISTED = re.compile(r"次に掲げる|各号")


def _excepted_parts(text: str) -> list[tuple[int, str]]:
    """(offset, text) of what the source's exception clauses except; 「次に掲げる場合を除くほか」
    excepts its items (the item lines that follow the clause's line)."""
    out: list[tuple[int, str]] = []
    for m in _EXCEPTION_CLAUSE.finditer(text):
        g = 1 if m.group(1) else 2 if m.group(2) else 3
        part, start = m.group(g), m.start(g)
        out.append((start, part))
        if _LISTED.search(part):
            line_end = text.find("\n", m.end())
            pos = line_end + 1 if line_end >= 0 else len(text)
            while pos < len(text) and _ITEM_LINE.match(text, pos):
                nxt = text.find("\n", pos)
                nxt = len(text) if nxt < 0 else nxt
                out.append((pos, text[pos:nxt]))
                pos = nxt + 1
    return out


#: The part of a claim that a restriction word restricts to: 「書面で請求した場合」に限り,
#: 「…できるのは、」「弁護士を補佐人とする場合」に限られます.
_RESTRICTED = re.compile(r"([^、。]{1,40}?)(?:の)?(?:のみ|だけ|に限り|に限って|に限られ|に限定|しか)$")


_PARTITION = re.compile(r"[^。]*?(?:残り|残る|あと)(?:は|の)")
_PARENS = re.compile(r"（[^（）]*(?:（[^（）]*）[^（）]*)*）")


def _limit_stated(claim: str, narrow: re.Match[str], para_text: str) -> bool:
    """Whether the source limits the rule to (about) what the claim restricts it to: some limit
    word of the source (のみ, に限り, を除き, ただし …) stands near at least half of the content
    words of the claim's restricted phrase. A source without any limit word states none."""
    if _PARTITION.search(claim, narrow.end()):
        return True  # 「相当の部分だけ期限内に決定し、残りは…」: a division of the act, not a restriction
    flat = _PARENS.sub("", para_text)  # 「法令（条例を含む。…）の定める…場合に限り」: the words stand apart
    limits = list(_SOURCE_LIMIT.finditer(flat))
    if not limits:
        return False
    m = _RESTRICTED.search(claim[:narrow.end()].replace("のは、", "、"))
    phrase = m.group(1) if m else ""
    mine = lemma_set(phrase)
    if not mine:
        return True
    need = math.ceil(0.6 * len(mine))
    for x in limits:
        window = lemma_set(flat[max(0, x.start() - 50):x.end() + 20])
        got = mine & window
        got |= stated_by_equivalents(phrase, mine - got, window) | stated_by_stems(phrase, mine - got, window)
        if len(got) >= need:
            return True
    return False


def _scope_slot(claim: str, near: list[_Unit], paras: list[tuple[int, str, int]],
                sources: Sequence[str]) -> ClaimCheck | None:
    near_text = "".join(u.text for u in near)
    para_text = "".join(t for _, t, _ in paras)
    widen = _WIDEN.search(claim)
    whole = [(s, sources[s], 0) for s in dict.fromkeys(u.source for u in near)]

    def limited(texts: Sequence[str]) -> bool:
        return any(has_exception(t) or _SKIP_ALLOWED.search(t) for t in texts)

    strong = widen is not None and limited([para_text] + [t for _, t, _ in whole])
    weak = None if widen else _WIDEN_WEAK.search(claim)
    if widen is None and weak is not None and limited([para_text]):
        widen, strong = weak, True
    if widen and strong and widen.group(0) not in near_text:
        span = None
        for src, t, off in paras + whole:
            m = _EXCEPTION_AT.search(t) or _SKIP_ALLOWED.search(t)
            if m:
                span = SourceSpan(src, off + m.start(), off + m.end())
                break
        return ClaimCheck("unsupported", "scope",
                          "the sentence states a rule without the exception the source makes",
                          claim_span=widen.span(), evidence=span, risk=0.85)
    reversed_ = _reversed_exception(claim, paras, whole)
    if reversed_ is not None:
        return reversed_
    anyone = _ANYONE.search(claim)
    if anyone and not _ANYONE.search(near_text) and any(_actors(u.text)[0] for u in near):
        return ClaimCheck("unsupported", "scope",
                          "the sentence extends to everyone a rule the source gives a named body",
                          claim_span=anyone.span(), risk=0.8)
    excluded = _excluded_match(claim, paras)
    if excluded is not None:
        return excluded
    narrow = _NARROW.search(claim)
    if narrow and not _limit_stated(claim, narrow, para_text):
        return ClaimCheck("unsupported", "scope", "the sentence adds a restriction the source does not make",
                          claim_span=narrow.span(), risk=0.8)
    return None
