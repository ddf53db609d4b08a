"""Wording to avoid in 公用文: the term list (``data/official_terms.yaml``) and its matcher.

Each entry carries a category, a replacement and the source that supports the change (a statute
that renamed the term, 内閣府「男女共同参画の視点からの公的広報の手引」, 厚生労働省「公正な採用選考の
基本」, 文化庁「公用文作成の考え方」, municipal 表現ガイドライン). A term quoted as a term
(「看護婦」を「看護師」に改める) or named in a transitional provision (従前の例, 旧法) is statute
text about the word and is not flagged.

>>> terms = load_official_terms()
>>> hits = find_terms("看護婦と保母を募集する。", terms)
>>> [(h.term.term, h.term.replacement, h.term.category) for h in hits]
[('看護婦', '看護師', 'gender_title'), ('保母', '保育士', 'gender_title')]
>>> find_terms("「看護婦」を「看護師」に改める。", terms)
[]
>>> find_terms("家内労働法の適用を受ける家内労働者", terms)
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from govrag._lazy import lazy_compile
from govrag.errors import ConfigError
from govrag.guard.base import fold_same_length, load_term_yaml
from govrag.text.modality import modalities

__all__ = ["OfficialTerm", "OfficialTerms", "TermHit", "find_terms", "load_official_terms"]

_KANA_ASCII = "ァ-ヺー･ｦ-ﾟA-Za-z0-9a-z"
# Statute text about an old term, not use of it.
_TRANSITIONAL = lazy_compile(r"従前の例|旧法|改正前の|なお効力を有する|旧[^\s。]{1,12}法|に改める|と読み替え|"
                           r"の規定による|"
                           r"これを準用|附則第|を改める|改正規定|改正する法律|"
                           r"に改め|に改称|へ改称|に名称を(?:変更|改め)|に言い換え|と言い換え|に置き換え|らい予防法")
# a term inside an old Act's title (保健婦助産婦看護婦法の一部を改正する法律)
_IN_TITLE = lazy_compile(r"[一-龥々ぁ-ゖ]{0,14}?法(?:律)?(?:（|\(|の一部|第|施行|等の)")
_SENTENCE_END = lazy_compile(r"[。！？!?\n]")
# the term named as the stereotype to move away from (「男らしさ、女らしさにとらわれない」)
_DISTANCED = lazy_compile(r"[^。\n]{0,12}?(?:にとらわれ(?:ない|ず)|を問わ|にこだわら|を押し付け(?:ない|ず)|"
                        r"という(?:固定観念|思い込み|偏見)|の固定観念|の押し付け)")
# the term named as a word, to avoid, correct or explain it (「痴呆という用語は…」「外人という呼び方」
# 「…などの表現は使わない」「…の呼称を改める」)
_NAMED_AS_WORD = lazy_compile(
    r"(?:」|』)?(?:、[^。\n、]{1,12}?)?(?:という|といった|との|などの|等の|や[^。\n]{1,12}?(?:など|等)の)"
    r"(?:ような|差別的な|不適切な|侮蔑的な|古い|旧来の)?"
    r"(?:表現|呼称|呼び方|言い方|言葉|用語|語|名称|表記|病名|旧称|蔑称|差別語|言葉遣い)"
    r"|(?:の|は)?(?:呼称|名称|病名|表記|用語|語)(?:は|を|が)(?:[^。\n]{0,20}?)(?:改め|改称|変更|廃止|使わ|用いな|避け|"
    r"言い換え|置き換え)")
# the term inside an anti-discrimination clause:
# 「…を理由とする不当な差別的取扱い」「…に対する偏見と差別の解消」
_AGAINST = lazy_compile(
    r"(?:であること|であった(?:こと)?|の(?:患者|元患者|家族|人)?)?(?:を理由と(?:する|して)|による|に対する|への|に係る)"
    r"[^。\n]{0,12}?(?:差別|偏見|いじめ|誹謗|中傷|人権侵害)")
_AGAINST_AIM = lazy_compile(r"禁止|解消|防止|なく|根絶|許さ|を行わ|に取り組|の撤廃|是正|啓発")


def _against(folded: str, end: int) -> bool:
    """The term opens a clause against discrimination: aimed at ending it, or prohibiting it."""
    m = _AGAINST.match(folded, end)
    if m is None:
        return False
    rest = folded[m.end():m.end() + 30].split("。", 1)[0].split("\n", 1)[0]
    return _AGAINST_AIM.search(rest) is not None or "prohibition" in modalities(rest)


@dataclass(frozen=True, slots=True)
class OfficialTerm:
    """One entry: ``term`` to avoid, its ``replacement``, ``category`` and ``source`` (full title)."""

    term: str
    replacement: str
    category: str
    source: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class OfficialTerms:
    """A loaded term list: entries, category labels (id -> Japanese label) and sources."""

    version: int
    terms: tuple[OfficialTerm, ...]
    categories: dict[str, str]
    sources: dict[str, str]

    def __hash__(self) -> int:
        return hash((self.version, self.terms))


@dataclass(frozen=True, slots=True)
class TermHit:
    """A term found at ``start:end``."""

    term: OfficialTerm
    start: int
    end: int


def _compile(term: str, not_before: str | None, not_after: str | None) -> re.Pattern[str]:
    whole = term.startswith("~")
    body = re.escape(fold_same_length(term.lstrip("~")))
    pre = rf"(?<![{_KANA_ASCII}])" if whole else ""
    post = rf"(?![{_KANA_ASCII}])" if whole else ""
    if not_before:
        pre += "".join(f"(?<!{alt})" for alt in not_before.split("|")) if "[" not in not_before \
            else f"(?<!{not_before})"
    if not_after:
        post += f"(?!{not_after})"
    return re.compile(pre + body + post)


def load_official_terms(path: str | Path | None = None) -> OfficialTerms:
    """Load a term list (the bundled one when ``path`` is None); malformed files are ConfigError."""
    import yaml

    where = str(path) if path is not None else "govrag/guard/data/official_terms.yaml"
    try:
        doc = load_term_yaml(path, "official_terms.yaml")
        sources = {str(k): str(v) for k, v in doc["sources"].items()}
        categories = {str(k): str(v) for k, v in doc["categories"].items()}
        terms: list[OfficialTerm] = []
        for e in doc["terms"]:
            src, cat = str(e["source"]), str(e["category"])
            if src not in sources or cat not in categories:
                raise ValueError(f"term {e['term']!r}: unknown source {src!r} or category {cat!r}")
            terms.append(OfficialTerm(str(e["term"]).lstrip("~"), str(e["replacement"]), cat, sources[src],
                                      _compile(str(e["term"]), e.get("not_before"), e.get("not_after"))))
        return OfficialTerms(int(doc.get("version", 1)), tuple(terms), categories, sources)
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError, re.error) as exc:
        raise ConfigError(f"bad official term list {where}: {exc}") from None


@lru_cache(maxsize=4)
def _index(terms: OfficialTerms) -> tuple[re.Pattern[str], dict[str, tuple[OfficialTerm, ...]]]:
    """A character class of first characters (fast candidate scan) and, per first character,
    the terms longest first."""
    by_first: dict[str, list[OfficialTerm]] = {}
    for t in terms.terms:
        by_first.setdefault(fold_same_length(t.term)[0], []).append(t)
    firsts = "".join(sorted(by_first))
    return (re.compile("[" + re.escape(firsts) + "]"),
            {k: tuple(sorted(v, key=lambda t: -len(t.term))) for k, v in by_first.items()})


def _quoted(folded: str, start: int, end: int) -> bool:
    """The term is a quoted mention: 「term」 or 『term』 exactly."""
    return folded[start - 1:start] in ("「", "『", "“", '"') and folded[end:end + 1] in ("」", "』", "”", '"')


def _sentence(folded: str, pos: int) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(folded, 0, pos)]
    m = _SENTENCE_END.search(folded, pos)
    return folded[(starts[-1] if starts else 0):(m.start() if m else len(folded))]


def find_terms(text: str, terms: OfficialTerms) -> list[TermHit]:
    """Every use of a listed term in ``text``. Not uses: quoted mentions, transitional text, a term named
    as a word to correct (「痴呆という用語は…」) and a term inside an anti-discrimination clause
    (「…を理由とする不当な差別的取扱いを禁止する」)."""
    folded = fold_same_length(text)
    first_re, by_first = _index(terms)
    out: list[TermHit] = []
    pos = 0
    while True:
        c = first_re.search(folded, pos)
        if c is None:
            return out
        pos = c.start() + 1
        for term in by_first[c.group()]:
            m = term.pattern.match(folded, c.start())
            if m is None:
                continue
            if not (_quoted(folded, m.start(), m.end()) or _TRANSITIONAL.search(_sentence(folded, m.start()))
                    or _IN_TITLE.match(folded, m.end()) or _DISTANCED.match(folded, m.end())
                    or _NAMED_AS_WORD.match(folded, m.end()) or _against(folded, m.end())):
                out.append(TermHit(term, m.start(), m.end()))
            pos = m.end()
            break
