"""Discrimination / bias detection for Japanese official writing (公用文) and generated text.

Three sources of signal:

* **wording to avoid in 公用文** (:mod:`govrag.guard.bias_official`, ``data/official_terms.yaml``):
  outdated or discriminatory terms for occupations, disabilities, illnesses, nationality, gender-
  marked job titles and slur-derived office idioms, each with a replacement and its source;
* **stereotypes as policy** (:mod:`govrag.guard.bias_stereotype`): a protected group with a
  generalisation, an ability judgement, unequal treatment, or an unfair recruitment inquiry;
* **hate speech**, driven by the categorized list ``data/bias_terms.yaml``:

* **slurs** — expressions derogatory in themselves (「〇〇のくせに」-type fixed phrases included);
* **generalizations about a group** — a protected group named and then stereotyped
  (「〇〇人は皆…」「女性は管理職に向いていない」), held in contempt (「〇〇ごとき」) or excluded
  (「〇〇はお断り」).

Statute text that names the same attributes neutrally (「人種、信条、性別、社会的身分又は門地により
差別されない」) has none of these shapes and passes. A generalization immediately followed by a
distancing phrase (「…という偏見」「…とは限らない」) or a quoted slur reported as speech
(「『…』という発言」) is not flagged.

A failing :class:`BiasVerdict` carries ``findings`` (kind, category, span, replacement, source)
and ``suggestion``: the text reworded (terms replaced, a stereotyping sentence replaced by a
neutral one).

Quoted statute text: with ``quoted="note"`` (what the pipeline's ``bias_guard`` stage uses) a
finding that lies inside a 「…」 quote found verbatim in one of ``sources``
(:mod:`govrag.guard.bias_quotes`) is the source's wording, not the drafter's: it goes to
``notes`` (a quoted statutory term — consider a note on the current term) and does not fail the
text; slurs fail even there. The default ``quoted="flag"`` flags every finding, quoted or not.

>>> g = BiasGuard()
>>> v = g.validate("外国人は皆、信用できない。")
>>> v.passed, v.explanation
(False, 'discriminatory expression: 国籍・民族 stereotype x1')
>>> g.validate("すべて国民は、人種、信条、性別、社会的身分又は門地により差別されない。").passed
True
>>> v = g.validate("看護婦の募集について")
>>> v.explanation, v.suggestion
('discriminatory expression: 性別で区別した職名・呼称 term x1', '看護師の募集について')
>>> g.validate("看護師及び障害者の雇用を促進する。").passed
True
>>> src = ["伝染病の患者を乗車させてはならない。"]
>>> answer = "第四条は「伝染病の患者を乗車させてはならない」と定めています。"
>>> g.validate(answer, sources=src).passed
False
>>> v = BiasGuard(quoted="note").validate(answer, sources=src)
>>> v.passed, [n.category for n in v.notes]
(True, ['疾病'])
>>> v.explanation.split("; ")
['no discriminatory expression outside quoted source text', 'quoted source wording x1 (consider a note)']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args

from govrag._lazy import lazy_compile
from govrag.errors import ConfigError
from govrag.guard.base import Verdict, fold_same_length, load_term_yaml, merge_spans, source_texts
from govrag.guard.bias_official import OfficialTerms, find_terms, load_official_terms
from govrag.guard.bias_quotes import verbatim_quotes
from govrag.guard.bias_stereotype import find_stereotypes

__all__ = ["BiasCategory", "BiasFinding", "BiasGuard", "BiasTerms", "BiasVerdict", "load_bias_terms"]

QuotedMode = Literal["flag", "note"]
SignalKind = Literal["slur", "stereotype", "contempt", "exclusion", "term", "generalisation", "ability",
                     "treatment", "recruitment"]
_WEIGHTS: dict[str, float] = {"slur": 1.0, "exclusion": 0.9, "stereotype": 0.8, "contempt": 0.8,
                              "term": 0.9, "generalisation": 0.8, "ability": 0.8, "treatment": 0.9,
                              "recruitment": 0.9}


@dataclass(frozen=True, slots=True)
class BiasFinding:
    """One finding: ``kind``, ``category`` (label), span, ``replacement`` (a neutral wording or
    advice) and ``source`` (the statute or guideline behind an official-term finding, else "")."""

    kind: SignalKind
    category: str
    start: int
    end: int
    replacement: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class BiasVerdict(Verdict):
    """A :class:`~govrag.guard.base.Verdict` with the findings and a suggested neutral rewording;
    ``notes``: findings inside verbatim-quoted source text (``quoted="note"``), not failing."""

    findings: tuple[BiasFinding, ...] = ()
    suggestion: str | None = None
    notes: tuple[BiasFinding, ...] = ()
_KANA_ASCII = "ァ-ヺー･ｦ-ﾟA-Za-z0-9"
_WORDISH = "一-龥々〆ァ-ヺー"


@dataclass(frozen=True, slots=True)
class BiasCategory:
    """One protected attribute: its label, slurs and ways of naming the group."""

    id: str
    label: str
    slurs: tuple[str, ...]
    groups: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BiasTerms:
    """A loaded term list."""

    version: int
    categories: tuple[BiasCategory, ...]


def load_bias_terms(path: str | Path | None = None) -> BiasTerms:
    """Load a term list (the bundled one when ``path`` is None); malformed files are ConfigError."""
    import yaml

    try:
        doc = load_term_yaml(path, "bias_terms.yaml")
        cats = tuple(
            BiasCategory(id=str(cid), label=str(c.get("label", cid)),
                         slurs=tuple(str(s) for s in c.get("slurs") or ()),
                         groups=tuple(str(g) for g in c.get("groups") or ()))
            for cid, c in doc["categories"].items()
        )
        return BiasTerms(version=int(doc.get("version", 1)), categories=cats)
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as exc:
        where = path or "govrag/guard/data/bias_terms.yaml"
        raise ConfigError(f"bad bias term list {where}: {exc}") from None


def _term_regex(term: str) -> str:
    if term.startswith("~"):  # must not be part of a longer katakana/latin word
        body = re.escape(fold_same_length(term[1:]))
        return rf"(?<![{_KANA_ASCII}]){body}(?![{_KANA_ASCII}])"
    body = re.escape(fold_same_length(term))
    if re.match(r"[一-龥々]", term):  # not the tail of a longer compound (朝鮮人 is not 鮮人)
        return rf"(?<![一-龥々]){body}"
    return body


_TOPIC = r"(?:は|って|というのは|なんて|なんか|ってやつは|というやつは)、?"
_UNIVERSAL = (r"(?:みんな|皆|みな|全員|誰も|だれも|どいつも|一人残らず|例外なく|生まれつき|本質的に|根本的に|"
              r"所詮|しょせん|結局|どうせ|決まって|揃いも揃って)")
_DEROGATORY = (r"(?:向いていない|向いてない|向かない|劣って|劣る|能力が低い|能力が劣|頭が悪い|知能が低い|"
               r"信用できない|信用ならない|信用するな|犯罪者|犯罪を犯す|犯罪ばかり|怠け者|怠惰|不潔|汚い|野蛮|"
               r"危険な存在|感情的|ヒステリック|役に立たない|役立たず|足手まとい|お荷物|生産性がない|"
               r"生産性が低い|迷惑な存在|価値がない|寄生|嘘つき|ずるい|卑しい|劣等)")
_EXCLUDE = (r"(?:お断り|お断わり|出て行け|出ていけ|帰れ|追い出せ|追放すべき|追放しろ|排除すべき|排除しろ|"
            r"叩き出せ|たたき出せ|死ね|殺せ|入店禁止|入店お断り|雇うべきでない|採用すべきでない|"
            r"採用しない方がよい|住ませるな|入れるな)")
_CONTEMPT = r"(?:のくせに|のくせして|ごとき|ふぜい|風情|の分際|どもが|のやつら|の奴ら)"
_DISTANCING = lazy_compile(
    r"(?:と|という|といった|とする|との)(?:ような|様な)?"
    r"(?:偏見|固定観念|思い込み|考え方?|誤解|ステレオタイプ|差別|発言|表現|言説|見方|言動|書き込み|投稿|"
    r"ヘイトスピーチ|主張|決めつけ)"
    r"|[」』](?:など|等)?(?:の|という|といった|は|を|も)"
    r"|とは限らない|わけではない|は誤り|は偏見|のではない|ことはない|と考えるのは誤"
)
_CLAUSE_END = lazy_compile(r"[。！？!?\n]")
_STEREO_TAIL = lazy_compile(
    rf"{_TOPIC}{_UNIVERSAL}|(?:{_TOPIC}|が)[^。！？!?\n]{{0,25}}?{_DEROGATORY}|だから[^。！？!?\n]{{0,10}}?{_DEROGATORY}"
)
_EXCLUDE_TAIL = lazy_compile(rf"(?:は|を|が|の)?[^。！？!?\n]{{0,10}}?{_EXCLUDE}")
_CONTEMPT_TAIL = lazy_compile(_CONTEMPT)
_TAILS: tuple[tuple[SignalKind, re.Pattern[str]], ...] = (
    ("exclusion", _EXCLUDE_TAIL), ("stereotype", _STEREO_TAIL), ("contempt", _CONTEMPT_TAIL))


@dataclass(frozen=True, slots=True)
class _Compiled:
    labels: tuple[str, ...]
    slurs: re.Pattern[str] | None
    groups: re.Pattern[str] | None


_NOT_KANJI_BEFORE = "(?<![一-龥々])"


def _alternatives(terms: Sequence[str]) -> str:
    """``|``-joined term regexes, longest first, with one shared ``(?<![一-龥々])`` in front of all
    kanji-initial terms instead of one per term.

    Same matches as the per-term form: a lookbehind depends only on the position, and only terms
    with the same first character can match at the same position -- their relative order is kept,
    because kanji-initial plain terms never share a first character with the other terms (checked;
    otherwise the per-term form is used). Compiling a ``[一-龥]`` class costs ~0.7 ms (the stdlib
    compiler walks its 20,902 code points), so the shared form keeps BiasGuard() cheap per process.
    """
    ordered = sorted(terms, key=len, reverse=True)
    kanji = [t for t in ordered if not t.startswith("~") and re.match(r"[一-龥々]", t)]
    other = [t for t in ordered if t not in kanji]

    def head(t: str) -> str:
        return fold_same_length(t[1:] if t.startswith("~") else t)[:1]

    if not kanji or {head(t) for t in kanji} & {head(t) for t in other}:
        return "|".join(_term_regex(t) for t in ordered)
    parts = [_term_regex(t) for t in other]
    parts.append(_NOT_KANJI_BEFORE + "(?:" + "|".join(re.escape(fold_same_length(t)) for t in kanji) + ")")
    return "|".join(parts)


@lru_cache(maxsize=8)
def _compile(terms: BiasTerms) -> _Compiled:
    """One pass per kind: categories become named alternatives ``c0``, ``c1``, ..."""
    slurs: list[str] = []
    groups: list[str] = []
    for i, cat in enumerate(terms.categories):
        if cat.slurs:
            slurs.append(f"(?P<c{i}>" + _alternatives(cat.slurs) + ")")
        if cat.groups:
            groups.append(f"(?P<c{i}>" + _alternatives(cat.groups) + ")")
    return _Compiled(
        labels=tuple(c.label for c in terms.categories),
        slurs=re.compile("|".join(slurs)) if slurs else None,
        groups=re.compile(rf"(?<![{_WORDISH}])(?:" + "|".join(groups) + ")") if groups else None,
    )


def _distanced(folded: str, end: int) -> bool:
    """A distancing or reporting phrase follows in the same clause (or just after a quote)."""
    m = _CLAUSE_END.search(folded, end)
    stop = m.start() if m else len(folded)
    return bool(_DISTANCING.search(folded, end, min(max(stop, end + 6), end + 40)))


class BiasGuard:
    """Flags wording to avoid in official writing, stereotypes, slurs and hateful generalisations.

    ``threshold``: the text fails when a finding's weight reaches it (slur 1.0; exclusion,
    official term, unequal treatment, recruitment inquiry 0.9; stereotype, generalisation,
    ability, contempt 0.8). ``terms``: the hate-speech :class:`BiasTerms` (default: bundled);
    ``official``: the :class:`~govrag.guard.bias_official.OfficialTerms` (default: bundled);
    ``stereotypes=False`` turns the stereotype detector off; ``quoted``: ``"note"`` turns findings
    inside a quote found verbatim in ``sources`` into notes (see the module doc), ``"flag"`` (the
    default) flags them like any other.
    """

    name = "bias"

    def __init__(self, *, threshold: float = 0.5, terms: BiasTerms | None = None,
                 official: OfficialTerms | None = None, stereotypes: bool = True,
                 quoted: QuotedMode = "flag") -> None:
        if not 0.0 < threshold <= 1.0:
            raise ConfigError(f"BiasGuard threshold must be in (0, 1], not {threshold}")
        if quoted not in get_args(QuotedMode):
            raise ConfigError(f"BiasGuard quoted must be 'flag' or 'note', not {quoted!r}")
        self.quoted = quoted
        self.threshold = threshold
        self.terms = terms or _default_terms()
        self.official = official if official is not None else (_default_official() if terms is None else None)
        self.stereotypes = stereotypes and terms is None
        self._compiled = _compile(self.terms)

    def signals(self, text: str) -> list[tuple[str, SignalKind, int, int]]:
        """``(category label, kind, start, end)`` for every hate-speech signal in ``text``."""
        folded = fold_same_length(text)
        out: list[tuple[str, SignalKind, int, int]] = []
        comp = self._compiled
        if comp.slurs is not None:
            for m in comp.slurs.finditer(folded):
                if not _distanced(folded, m.end()):
                    out.append((comp.labels[int(str(m.lastgroup)[1:])], "slur", m.start(), m.end()))
        if comp.groups is not None:
            for m in comp.groups.finditer(folded):
                for kind, tail in _TAILS:
                    t = tail.match(folded, m.end())
                    if t and not _distanced(folded, t.end()):
                        out.append((comp.labels[int(str(m.lastgroup)[1:])], kind, m.start(), t.end()))
                        break
        return out

    def findings(self, text: str) -> list[BiasFinding]:
        """Every finding in ``text``: hate speech, official-writing terms and stereotypes."""
        out = [BiasFinding(kind, label, a, b, "（この表現を削除する）" if kind == "slur" else
                           f"個人差があり、{label}によって一律には言えない。個々の事実に即して記述する。")
               for label, kind, a, b in self.signals(text)]
        if self.official is not None:
            for h in find_terms(text, self.official):
                if not any(f.start <= h.start < f.end for f in out):
                    out.append(BiasFinding("term", self.official.categories[h.term.category], h.start, h.end,
                                           h.term.replacement, h.term.source))
        if self.stereotypes:
            for s in find_stereotypes(text):
                if not any(f.start < s.end and s.start < f.end for f in out):
                    out.append(BiasFinding(s.kind, s.attribute, s.start, s.end, s.suggestion))
        return sorted(out, key=lambda f: (f.start, f.end))

    def validate(self, text: str, *, sources: Sequence[Any] | None = None) -> BiasVerdict:
        """Verdict for ``text``; ``sources`` (str or ``.text``) matter only with ``quoted="note"``."""
        if not isinstance(text, str):
            raise TypeError(f"BiasGuard.validate expects str, not {type(text).__name__}")
        found = self.findings(text)
        notes: tuple[BiasFinding, ...] = ()
        if self.quoted == "note" and found and sources:
            quotes = verbatim_quotes(text, source_texts(sources))
            notes = tuple(f for f in found if f.kind != "slur"
                          and any(a < f.start and f.end < b for a, b in quotes))
            found = [f for f in found if f not in notes]
        score = max((_WEIGHTS[f.kind] for f in found), default=0.0)
        flagged = tuple(f for f in found if _WEIGHTS[f.kind] >= self.threshold)
        noted = f"; quoted source wording x{len(notes)} (consider a note)" if notes else ""
        if not flagged:
            clean = "no discriminatory expression outside quoted source text" if notes else \
                "no discriminatory expression found"
            return BiasVerdict(self.name, True, score, clean + noted, (), notes=notes)
        counts = Counter(f"{f.category} {f.kind}" for f in flagged)
        detail = "; ".join(f"{k} x{n}" for k, n in sorted(counts.items()))
        return BiasVerdict(self.name, False, score, "discriminatory expression: " + detail + noted,
                           merge_spans((f.start, f.end) for f in flagged), flagged, _reword(text, flagged),
                           notes)


def _reword(text: str, findings: Sequence[BiasFinding]) -> str:
    """Terms replaced; a sentence with a stereotype replaced by the neutral advice sentence."""
    ends = [m.end() for m in re.finditer(r"[。！？!?\n]", text)]
    edits: list[tuple[int, int, str]] = []
    for f in findings:
        if f.kind == "term":
            edits.append((f.start, f.end, f.replacement))
        else:
            a = max((e for e in ends if e <= f.start), default=0)
            b = min((e for e in ends if e > f.start), default=len(text))
            edits.append((a, b, f.replacement))
    out: list[str] = []
    pos = 0
    for a, b, rep in sorted(edits):
        if a < pos:
            continue
        out.append(text[pos:a])
        out.append(rep)
        pos = b
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=1)
def _default_terms() -> BiasTerms:
    return load_bias_terms()


@lru_cache(maxsize=1)
def _default_official() -> OfficialTerms:
    return load_official_terms()
