"""Definitions for the reranker: the term a 「〜とは」 question asks about, whether a provision
defines a term, and the provisions of a corpus that define it.

>>> _defined_term("情報公開法の不開示情報とは何か", {"情報公開法": ("411AC0000000042",)})
'不開示情報'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from govrag.text.numerals import KANJI_NUMERAL_CHARS

__all__ = ["definition_candidates"]

_KN = f"[{KANJI_NUMERAL_CHARS}]+"  # a kanji numeral (item numbers)

# ------------------------------------------------------------------------ the question's term

_DEF_QUESTION = re.compile(
    r"(?:「([^」]{1,30})」|([^\s、。「」？?！!]{1,40}?))"
    r"(?:とは|って(?:何|なに)|というのは|の(?:意味|意義|定義)|は(?:どのように|どう)定義|"
    r"って[、,]?\s*(?:どんな|どういう|どのような|何を|なにを)|"
    r"に(?:当たる|あたる|該当する|含まれる)(?:の|もの)は)"
)
#: a quoted term the question asks about in other words: 「X」はどんな…, 「X」をどのように定義…,
#: 「X」には…含まれる, 「X」と「Y」はどう違う, 「X」という言葉は何を意味… (not quoted speech:
#: 「至急」と言われた)
_DEF_QUOTED = re.compile(
    r"[「『]([^」』]{1,30})[」』](?!と(?:言わ|言っ|いわ|いっ|頼|命じ|書か|聞))"
    r"(?:という(?:言葉|用語|語)?)?[^。？?！!「」『』]{0,24}?"
    r"(?:どのような|どんな|どういう|何を(?:意味|指)|定義|どう(?:違|区別)|含まれ|当てはま|要件は)"
)
_DEF_PREFIX = re.compile(r"^.*(?:における|において|にいう|でいう|で言う|に言う|に定める|上の|の)")


def _defined_term(text: str, law_names: Mapping[str, tuple[str, ...]]) -> str | None:
    m = _DEF_QUESTION.search(text) or _DEF_QUOTED.search(text)
    if m is None:
        return None
    # a quoted term is the term; an unquoted one loses what names its law or field (…でいうX)
    term = m.group(1) or _DEF_PREFIX.sub("", (m.group(2) if m.re is _DEF_QUESTION else None) or "")
    for name in law_names:
        term = term.replace(name, "")
    term = term.strip("「」『』 　、はがを")
    return term if 2 <= len(term) <= 20 else None


# ------------------------------------------------------------------- what defines a term

_IROHA = "[イロハニホヘトチリヌルヲワカヨタレソツネナラム]"
#: text up to the sentence end, a parenthesis (with one nested level) taken whole
_OUTSIDE_PARENS = r"(?:[^。()（）]|[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）])*"


@lru_cache(maxsize=256)
def _definition_patterns(term: str) -> tuple[re.Pattern[str], ...]:
    t = re.escape(term)
    not_inside = r"(?<![一-龥々〆ァ-ヶー])"  # 「動産」 is not defined by 「…は、不動産とする。」
    return (
        # 「以下「X」という」, 「以下この条において「X」という」, 「以下この条、第十九条…において「X」という」
        re.compile(rf"以下(?:[^「」。（）()]{{0,40}}?において)?(?:単に)?「{t}」という"),
        re.compile(rf"「{t}」とは、"),
        re.compile(rf"(?m)^(?:{_KN}(?:の{_KN})*|{_IROHA})[ 　]{t}[ 　]"),
        re.compile(rf"(?:を|は)「{t}」と(?:いう|称する)"),
        # 「行為能力者（行為能力の制限を受けない者をいう。以下同じ。）」
        re.compile(rf"{not_inside}{t}[（(](?:[^（）()。]|[（(][^（）()]*[）)])*?をいう。"),
        # 「年齢十八歳をもって、成年とする。」「…その附属させた物を従物とする。」
        re.compile(rf"(?:を|をもって、|は、|は、すべて){t}とする。"),
        # 「普通地方公共団体は、都道府県及び市町村とする。」
        re.compile(rf"(?:^|(?<=[。\n　 ])){t}は、{_OUTSIDE_PARENS}"
                   rf"(?:(?<!もの)(?<!こと)とする|をいう|を包含する|を総称する)。", re.M),
    )


def _defines(hit: Any, term: str) -> float:
    """1.0 when ``hit`` defines ``term`` (「X」とは、…, 以下「X」という, a 定義 item, X（…をいう。）,
    …をXとする。, Xは、…とする。), 0.6 when that definition only points to another provision,
    0.7 when its caption names the term or it names a phrase 「…処分（X）」, 0.5 for a 定義
    article that uses it.

    >>> from types import SimpleNamespace as N
    >>> texts = ("土地は、不動産とする。", "物は、すべて動産とする。")
    >>> [_defines(N(text=t, caption=None), "動産") for t in texts]
    [0.0, 1.0]
    """
    text = unicodedata.normalize("NFKC", hit.text)
    caption = unicodedata.normalize("NFKC", getattr(hit, "caption", None) or "")
    if term in text:
        best = 0.0
        for pat in _definition_patterns(term):
            for m in pat.finditer(text):
                body = text[m.start():text.find("。", m.end()) + 1 or len(text)]
                # 「…（番号法第二条第五項に規定する個人番号をいう。）」 only points elsewhere
                best = max(best, 0.6 if f"規定する{term}をいう" in body else 1.0)
                if best == 1.0:
                    return 1.0
        if best:
            return best
    if caption and term in {re.sub(r"等$", "", part)
                            for part in re.split(r"[()、]|及び|並びに|又は", caption)}:
        return 0.7
    if term in text and re.search(rf"[^\s(（][(（]{re.escape(term)}[)）]", text):
        return 0.7  # 「前条の規定による処分（代執行）」 names what it stands for
    if "定義" in caption and term in text:
        return 0.5
    return 0.0


def _articles_with(corpus: Any, law_id: str, needle: str) -> list[Any]:
    """Article-level provisions of one law whose text or caption holds ``needle``."""
    law = corpus.law(law_id)
    if law is None:
        return []
    return [p for p in law.provisions
            if p.paragraph is None and p.item is None and p.article and not p.suppl
            and not getattr(p, "deleted", False) and p.text.strip()
            and (needle in p.text or needle in (p.caption or ""))]


def _may_define(p: Any, term: str) -> bool:
    """A cheap test before :func:`_defines`: the term stands next to a definition marker."""
    text = p.text
    return term in (p.caption or "") or any(
        m in text for m in (f"「{term}」", f"{term}（", f"{term}(", f"{term}とする", f"{term}は、",
                            f"{term}　", f"{term} "))


def definition_candidates(corpus: Any, term: str, *, prefer: Sequence[str] = (),
                          only_preferred: bool = False, limit: int = 3) -> list[Any]:
    """The provisions that define ``term`` (:func:`_defines` >= 0.7): those of the ``prefer``
    laws first (in that order), then — unless ``only_preferred`` finds some — the rest of the
    corpus, each law in corpus order; at most ``limit``."""
    order = list(dict.fromkeys(prefer))
    found: list[tuple[float, int, Any]] = []
    for rank, law_id in enumerate(order):
        for p in _articles_with(corpus, law_id, term):
            d = _defines(p, term) if _may_define(p, term) else 0.0
            if d >= 0.7:
                found.append((-d, rank, p))
    if found and only_preferred:
        return [p for *_, p in sorted(found, key=lambda f: (f[0], f[1]))][:limit]
    rest: list[tuple[float, int, Any]] = []
    for law in corpus.laws:
        if law.law_id in order:
            continue
        for p in _articles_with(corpus, law.law_id, term):
            d = _defines(p, term) if _may_define(p, term) else 0.0
            if d >= 1.0:
                rest.append((-d, len(order), p))
    ranked = sorted(found, key=lambda f: (f[0], f[1])) + rest
    return [p for *_, p in ranked][:limit]
