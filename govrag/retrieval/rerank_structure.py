"""Statute structure the reranker reads, whatever the question: which provisions punish, which
state the law's aim, which set aside the article before them, and which article that is.

>>> from types import SimpleNamespace as N
>>> _derogates(N(caption="（開示決定等の期限の特例）", text="開示請求に係る行政文書が大量…"))
True
>>> _is_penal(N(chapter_path=(), text="…した者は、一年以下の拘禁刑又は五十万円以下の罰金に処する。"))
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_PURPOSE_CAPTION = re.compile(r"^[(（](?:この法律の)?(?:目的|趣旨)(?:等)?[)）]$")
_PURPOSE_TEXT = re.compile(r"^この法律は、[^\n]*(?:目的とする|趣旨とする)。$")
#: an article that sets aside the article before it: 「前条の規定にかかわらず」, （…の期限の特例）
_DEROGATES_PREVIOUS = re.compile(r"前条(?:第[一-十]+項)?(?:本文)?の規定にかかわらず")
#: a provision that punishes (「…罰金に処する。」「…に処し、…」) or provides for punishing
#: (「…過料を科する旨の規定を設けることができる」), not a list of powers (「過料を科すること。」)
_PENAL_TEXT = re.compile(r"(?:懲役|禁錮|拘禁刑|罰金|科料|過料)(?:に処(?:する。|し、|せられ)|"
                         r"を科(?:する。|し、|する(?:旨の)?規定)|を併科)")


def _is_purpose(hit: Any) -> bool:
    """The article states the law's 目的/趣旨 (（目的）, 「この法律は、…を目的とする。」)."""
    caption = (getattr(hit, "caption", None) or "").strip()
    if caption:
        return bool(_PURPOSE_CAPTION.match(caption))
    return hit.article == "1" and bool(_PURPOSE_TEXT.match(hit.text.strip()))


def _previous_article(article: str) -> str | None:
    """The e-Gov key of the article before ``article`` (``"11"`` -> ``"10"``, ``"12_2"`` ->
    ``"12"``, ``"16_3"`` -> ``"16_2"``); None for the first article or a key that is not a number.

    >>> [_previous_article(a) for a in ("11", "12_2", "16_3", "1", "x")]
    ['10', '12', '16_2', None, None]
    """
    parts = article.split("_")
    if not all(p.isdigit() for p in parts):
        return None
    last = int(parts[-1])
    if len(parts) == 1:
        return str(last - 1) if last > 1 else None
    return "_".join(parts[:-1]) if last == 2 else "_".join([*parts[:-1], str(last - 1)])


def _derogates(hit: Any) -> bool:
    """The article sets aside the one before it: 「前条の規定にかかわらず」 in its first sentence,
    or a caption naming a 特例 （開示決定等の期限の特例）."""
    caption = getattr(hit, "caption", None) or ""
    first = hit.text.split("。", 1)[0]
    return "特例" in caption or bool(_DEROGATES_PREVIOUS.search(first))


def _is_penal(hit: Any) -> bool:
    path = getattr(hit, "chapter_path", ()) or ()
    if any("罰則" in str(p) for p in path):
        return True
    return bool(_PENAL_TEXT.search(hit.text))


def _is_branch(hit: Any) -> bool:
    """An inserted article (第十二条の二, key ``"12_2"``): usually a narrower rule added next to a
    general one."""
    return "_" in str(hit.article) and not getattr(hit, "suppl", False)


#: verbs that say nothing about what is to be done (する, できる, 定める, 関する, 許される …)
_PREDICATE_SKIP = frozenset(
    """為る 出来る 成る 有る 居る 許す 対する 関する 於く 因る 依る 付く 就く 構う 良い 言う 思う 知る
    分かる 見る 求める 行う 決まる 定める 受ける 要る 係る 当たる 含む 基づく 従う 限る 異なる""".split()
)


@lru_cache(maxsize=512)
def question_predicate(question: str) -> str | None:
    """What the question asks to be done: its last content verb, or a サ変 noun used as one
    (「開示を請求できるのは」 → 請求); None when it has none.

    >>> question_predicate("行政文書の開示を請求できるのは誰か。"), question_predicate("期限は何日か。")
    ('請求', None)
    """
    from govrag.text.tokenizer import default_tokenizer

    toks = default_tokenizer().tokenize(unicodedata.normalize("NFKC", question))
    out: str | None = None
    for i, t in enumerate(toks):
        if t.pos.startswith("動詞-一般") and t.lemma not in _PREDICATE_SKIP:
            out = t.lemma
        elif "サ変可能" in t.pos and i + 1 < len(toks) and toks[i + 1].lemma in ("為る", "出来る"):
            out = t.lemma
    return out


def predicate_clause(sentence: str) -> str:
    """The sentence's last clause, where a statute puts what is to be done
    (「…、審査請求書を提出してしなければならない。」 → 「審査請求書を提出してしなければならない」).

    >>> predicate_clause("行政庁は、申請書の提出を受けたときは、遅滞なく審査を開始しなければならない。")
    '遅滞なく審査を開始しなければならない'
    """
    body = sentence.rstrip("。 　")
    cut = body.rfind("、")
    return body[cut + 1:] if cut >= 0 else body[-25:]
