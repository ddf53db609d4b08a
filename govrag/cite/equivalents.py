"""Plain-language wording a statute states in its own terms (役所 → 行政庁, すぐに → 遅滞なく).

The claim-support core (:mod:`govrag.cite.entail`) counts a claim's content word as stated when
a phrase holding it is listed here and one of the phrase's statutory terms is in the source.
Two packaged lists in one format (``phrase<TAB>term term ...``): the retrieval thesaurus
(``govrag/retrieval/data/thesaurus.txt``, everyday → statutory vocabulary) and
``govrag/cite/data/plain_terms.txt`` (verbs, adverbs and nouns of plain paraphrase). Both are
read as package data; nothing of :mod:`govrag.retrieval` is imported.

>>> from govrag.cite.claims import lemma_set
>>> claim = "役所は、書類が届いたらすぐに審査を始めます。"
>>> source = lemma_set("行政庁は、申請が到達したときは遅滞なく審査を開始しなければならない。")
>>> sorted(stated_by_equivalents(claim, lemma_set(claim) - source, source))
['始める', '届く', '役所', '書類', '直ぐ']
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

__all__ = ["single_word_equivalents", "stated_by_equivalents", "stated_by_stems", "stated_in_compounds",
           "statutory_words", "word_stems"]

_FILES = ("retrieval/data/thesaurus.txt", "cite/data/plain_terms.txt")


@lru_cache(maxsize=1)
def _entries() -> dict[str, frozenset[str]]:
    """NFKC phrase -> its statutory terms, merged over both packaged lists."""
    out: dict[str, set[str]] = {}
    root = resources.files("govrag")
    for name in _FILES:
        for line in root.joinpath(name).read_text(encoding="utf-8").splitlines():
            head, sep, tail = line.partition("\t")
            if not sep or line.lstrip().startswith("#") or not head.strip():
                continue
            out.setdefault(unicodedata.normalize("NFKC", head.strip()), set()).update(tail.split())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """(phrase, its content lemmas, the lemmas of its statutory terms), longest phrase first."""
    from govrag.cite.claims import lemma_set

    rows: list[tuple[str, frozenset[str], frozenset[str]]] = []
    for phrase, terms in _entries().items():
        own = lemma_set(phrase)
        stated = frozenset().union(*(lemma_set(t) for t in terms)) - own
        if own and stated:
            rows.append((phrase, own, stated))
    rows.sort(key=lambda r: -len(r[0]))
    return tuple(rows)


def stated_by_equivalents(claim: str, missing: frozenset[str], source: frozenset[str]) -> frozenset[str]:
    """The lemmas of ``missing`` (claim lemmas not in the source lemmas ``source``) that a listed
    phrase of ``claim`` covers with a statutory term the source states."""
    if not missing:
        return frozenset()
    text = unicodedata.normalize("NFKC", claim)
    found: set[str] = set()
    for phrase, own, stated in _table():
        # a one-word phrase matches by lemma (始める in 「始めます」), a longer one as written
        if own & missing and (len(own) == 1 or phrase in text) and stated & source:
            found |= own & missing
    return frozenset(found)


@lru_cache(maxsize=1)
def _raw_single() -> dict[str, frozenset[str]]:
    from govrag.cite.claims import lemma_set
    from govrag.text.tokenizer import content_lemmas

    out: dict[str, set[str]] = {}
    for phrase, terms in _entries().items():
        own = lemma_set(phrase)
        if len(own) == 1:
            words = (w for t in terms for w in content_lemmas(t))
            out.setdefault(next(iter(own)), set()).update(words)
    return {k: frozenset(v) for k, v in out.items()}


def statutory_words(lemma: str) -> frozenset[str]:
    """Every content lemma (common ones such as 定める included) of the statutory terms listed for
    the one-word phrase ``lemma`` (決める → 定める, 特定, 決定, 設定).

    >>> sorted(statutory_words("決める"))
    ['定める', '決定', '特定', '設定']
    """
    return _raw_single().get(lemma, frozenset())


@lru_cache(maxsize=1)
def single_word_equivalents() -> dict[str, frozenset[str]]:
    """Lemma -> the statutory lemmas it may stand for, from the one-word phrases (始める → 開始)."""
    out: dict[str, set[str]] = {}
    for _phrase, own, stated in _table():
        if len(own) == 1:
            out.setdefault(next(iter(own)), set()).update(stated)
    return {k: frozenset(v) for k, v in out.items()}


# --- native verbs for Sino-Japanese compounds: the same kanji (選ぶ ~ 互選, 移す ~ 移送) ---------

_KANJI = re.compile(r"[一-龥々]")
#: Stems of light or relational verbs that occur in too many unrelated compounds (行う ~ 行政).
_WEAK_STEMS = frozenset("行見言為成有在居来得出入上下付取受持立用思考")


@lru_cache(maxsize=4096)
def word_stems(text: str) -> dict[str, str]:
    """Content lemma -> the one kanji of its written form, for native verbs, adjectives and
    one-kanji nouns written with kana (延ばす → 延, 互い → 互): the stem a statute's compound
    may share (延長, 互選). Lemmas written otherwise are absent.

    >>> sorted(word_stems("三人までの総代を互いに選ぶ").items())
    [('互い', '互'), ('選ぶ', '選')]
    """
    from govrag.text.normalization import normalize
    from govrag.text.tokenizer import tokenize

    out: dict[str, str] = {}
    for t in tokenize(normalize(text)):
        kanji = _KANJI.findall(t.surface)
        if len(kanji) != 1 or len(t.surface) < 2 or kanji[0] in _WEAK_STEMS:
            continue
        if t.pos1 in ("動詞", "形容詞") or (t.pos1 == "名詞" and not _KANJI.fullmatch(t.surface[-1])):
            out[t.lemma] = kanji[0]
    return out


def _compound_kanji(source: frozenset[str]) -> frozenset[str]:
    return frozenset(ch for w in source if len(w) >= 2 and all(_KANJI.match(c) for c in w) for ch in w)


def stated_in_compounds(missing: frozenset[str], source: frozenset[str]) -> frozenset[str]:
    """The kanji words of ``missing`` that are part of a longer kanji word of ``source``: the
    tokenizer splits 「市町村の長」 into 市/町/村/長 but reads 「市町村長」 as one word.

    >>> sorted(stated_in_compounds(frozenset({"市", "長", "公開"}), frozenset({"市町村長", "開示"})))
    ['市', '長']
    """
    def kanji(w: str) -> bool:
        return all(_KANJI.match(c) for c in w)

    words = [w for w in source if len(w) >= 2 and kanji(w)]
    return frozenset(m for m in missing if kanji(m) and any(m in w and m != w for w in words))


def stated_by_stems(claim: str, missing: frozenset[str], source: frozenset[str]) -> frozenset[str]:
    """The lemmas of ``missing`` whose kanji stem (:func:`word_stems`) occurs in a kanji compound
    of ``source`` (「事案をそちらに移す」 for 「事案を移送する」).

    >>> from govrag.cite.claims import lemma_set
    >>> claim = "大勢で審査請求をするときは三人までの総代を互いに選べます。"
    >>> src = lemma_set("多数人が共同して審査請求をしようとするときは、三人を超えない総代を互選することが"
    ...                 "できる。")
    >>> sorted(stated_by_stems(claim, lemma_set(claim) - src, src))
    ['互い', '選ぶ']
    """
    if not missing:
        return frozenset()
    stems = word_stems(claim)
    have = _compound_kanji(source)
    return frozenset(w for w in missing if stems.get(w, "") in have and w in stems)
