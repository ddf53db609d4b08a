"""What a sentence claims about a provision: quantities, modality, content words.

Used by the verifier's ``unsupported`` check. Quantities are (value, unit, bound) triples with
kanji, arabic and full-width numbers unified (``三十日以内`` == ``30日以内``); modality is one of
obligation / permission / prohibition / effort (努力義務), recognised in statute style and in
the polite style answers are written in (しなければなりません, することができます…).

>>> [(q.value, q.unit, q.bound) for q in quantities("三十日以内に、2万円を納付")]
[(30, '日', 'le'), (20000, '円', None)]
>>> sorted(modalities("行政庁は、審査を開始しなければならない。"))
['obligation']
>>> sorted(modalities("事業者は、安全管理に努めなければなりません。"))
['effort']
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from govrag.text.numerals import kanji_to_int

__all__ = ["Modality", "Quantity", "content_overlap", "lemma_set", "modalities", "quantities"]

Modality = Literal["obligation", "permission", "prohibition", "effort"]
Bound = Literal["le", "ge", "lt", "gt"]

_NUMBER = r"[0-9０-９〇一二三四五六七八九十百千万億,，]+"
_UNITS: dict[str, str] = {
    "週間": "週",
    "週": "週",
    "箇月": "月",
    "か月": "月",
    "ヶ月": "月",
    "ケ月": "月",
    "ヵ月": "月",
    "カ月": "月",
    "ゕ月": "月",
    "月": "月",
    "日": "日",
    "年": "年",
    "時間": "時間",
    "分": "分",
    "万円": "円",
    "億円": "円",
    "円": "円",
    "人": "人",
    "名": "人",
    "歳": "歳",
    "回": "回",
    "割": "割",
    "パーセント": "%",
    "%": "%",
    "％": "%",
}
_QTY_RE = re.compile(
    rf"(?P<num>{_NUMBER})(?P<unit>{'|'.join(sorted(map(re.escape, _UNITS), key=len, reverse=True))})"
    r"(?P<bound>以内|以下|以上|未満|を超え|を経過|超)?"
)
_BOUNDS: dict[str, Bound] = {
    "以内": "le",
    "以下": "le",
    "以上": "ge",
    "未満": "lt",
    "を超え": "gt",
    "超": "gt",
}
_MARKERS = (
    "の期間",
    "が経過",
    "経過",
    "までに",
    "前まで",
    "以前",
    "を超",
    "を限度",
    "とする",
    "と定め",
    "とされ",
    "の範囲",
)
_ERA = ("明治", "大正", "昭和", "平成", "令和", "西暦")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with a unit found in a text (``start``/``end`` are offsets into that text)."""

    value: int
    unit: str
    bound: Bound | None
    start: int
    end: int
    #: stated as a legal figure: with a bound (以内, 以上, を経過…), an amount of money, or a
    #: period (の期間, までに); "申請から2週間経っても" is a situation, not a claim about the law
    marked: bool = True


def quantities(text: str) -> list[Quantity]:
    """Periods, amounts, counts and ages in ``text``; dates (令和6年4月1日, 2024年) are skipped."""
    out: list[Quantity] = []
    for m in _QTY_RE.finditer(text):
        num, unit = m.group("num").strip(",，"), m.group("unit")
        start = m.start()
        if not num:
            continue
        before = text[max(0, start - 2) : start]
        if before.endswith(_ERA) or (before.endswith("第")):
            continue
        after = text[m.end("unit") : m.end("unit") + 4]
        if unit == "月" and re.match(rf"{_NUMBER}日", after):
            continue  # a date: 4月1日
        if unit == "年" and (re.match(rf"{_NUMBER}月", after) or (len(num) == 4 and num.isdigit())):
            continue
        if unit == "日" and start > 0 and text[start - 1] == "月":
            continue
        if unit == "月" and start > 0 and text[start - 1] == "年":
            continue  # 2021年9月, 毎年4月: a date, not a period
        try:
            value = kanji_to_int(num)
        except ValueError:
            continue
        if unit == "万円":
            value *= 10_000
        elif unit == "億円":
            value *= 100_000_000
        bound_s = m.group("bound")
        marked = bool(bound_s) or _UNITS[unit] == "円" or text.startswith(_MARKERS, m.end())
        out.append(
            Quantity(value, _UNITS[unit], _BOUNDS.get(bound_s) if bound_s else None, start, m.end(), marked)
        )
    return out


# --- modality ----------------------------------------------------------------------------

_EFFORT_RE = re.compile(
    r"(?:よう)?努め(?:なければな(?:らない|らず|りません)|ねばならない|るもの(?:とする|とします)?|る|ます|てい"
    r"(?:る|ます)"
    r"|なくてはならない)|努力義務|努力する"
)
_PROHIB_RE = re.compile(
    r"て(?:は|も)なら(?:ない|ず|ぬ)|てはなりません|で(?:は)?なら(?:ない)|禁止|禁じ|(?:こと|事)が?(?:は)?でき("
    r"?:ない|ません|ず)"
    r"|ことはでき(?:ない|ません)|してはいけ(?:ない|ません)"
)
_OBLIG_RE = re.compile(
    r"なければなら(?:ない|ず|ぬ)|なければなりません|ねばなら|義務(?:が|を|付け|づけ|と|で)|義務があ|義務を負"
    r"|しなくてはなら|ものとする|ものとします"
)
_PERMIT_RE = re.compile(r"(?:こと|事)が(?:でき(?:る|ます)|可能)|認められ(?:る|ます|ています)|(?<!不)可能です")


def _predicative(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Matches used as a predicate: not directly modifying a noun (することができる処分 is not
    a permission, it names a kind of disposition)."""
    out = []
    for m in regex.finditer(text):
        nxt = text[m.end() : m.end() + 1]
        if nxt and _NOUN_START.match(nxt) and not m.group(0).endswith(("義務", "禁止")):
            continue
        if text.startswith(("もの", "こと", "とき", "ところ"), m.end()) and not text.startswith(
            ("ものとする", "ものとします", "ものとされ"), m.end()
        ):
            continue
        out.append(m.span())
    return out


_NOUN_START = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff々]")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        for k in range(a, b):
            chars[k] = "　"
    return "".join(chars)


def modalities(text: str) -> set[Modality]:
    """Obligation / permission / prohibition / effort expressed (as predicates) in ``text``.

    努めなければならない counts as effort only (not obligation); ことができない as prohibition;
    することができる処分 (attributive) as nothing.

    >>> sorted(modalities("開示することができる。ただし、公にしてはならない。"))
    ['permission', 'prohibition']
    >>> sorted(modalities("取消訴訟を提起することができる処分をする場合には、教示しなければならない。"))
    ['obligation']
    """
    out: set[Modality] = set()
    rest = text
    spans = _predicative(_EFFORT_RE, rest)
    if spans:
        out.add("effort")
    rest = _blank(rest, [m.span() for m in _EFFORT_RE.finditer(rest)])
    rest = re.sub(r"努め[^。]{0,3}なければな(?:らない|らず|りません)", "", rest)
    spans = _predicative(_PROHIB_RE, rest)
    if spans:
        out.add("prohibition")
    rest = _blank(rest, [m.span() for m in _PROHIB_RE.finditer(rest)])
    if _predicative(_OBLIG_RE, rest):
        out.add("obligation")
    if _predicative(_PERMIT_RE, rest):
        out.add("permission")
    return out


# --- semantic overlap ----------------------------------------------------------------------

_GENERIC = frozenset(
    """規定 定め 定める 条 項 号 法 法律 同法 本法 条文 場合 こと もの 旨 必要 等 前 次 同 各 第 上 下
    以下 以上 当該 その他 他 ため 際 とき 者 これ それ 記載 参照 確認 説明 内容 趣旨 根拠 基づく 基づき
    よる 因る 依る 沿う 明記 明示 示す 述べる 解説 ポイント 注意 点 事項 対象 関係 関連 可能 できる 出来る
    義務 禁止 努力 努める なる 行う 行なう 思う 考える 言う いう 云う 例 具体 的 前述 上記 下記
    本件 回答 質問""".split()
)


def content_overlap(
    claim: str, provision: str, *, cache: dict[str, frozenset[str]] | None = None
) -> tuple[float, int]:
    """Share of the claim's content lemmas that occur in the provision, and the claim's lemma count.

    Lemmas come from fugashi (via :func:`govrag.text.tokenizer.content_lemmas`); generic words of
    legal prose (規定, 場合, 必要…) and numbers are ignored.
    """
    claim_set = _lemmas(claim, cache)
    if not claim_set:
        return 1.0, 0
    prov_set = _lemmas(provision, cache)
    return len(claim_set & prov_set) / len(claim_set), len(claim_set)


def lemma_set(text: str, cache: dict[str, frozenset[str]] | None = None) -> frozenset[str]:
    """Content lemmas of ``text`` minus generic legal words (memoised in ``cache``)."""
    return _lemmas(text, cache)


def _lemmas(text: str, cache: dict[str, frozenset[str]] | None) -> frozenset[str]:
    if cache is not None and text in cache:
        return cache[text]
    out = _lemmas_cached(text)
    if cache is not None:
        cache[text] = out
    return out


@functools.lru_cache(maxsize=4096)
def _lemmas_cached(text: str) -> frozenset[str]:
    # provision texts recur across answers: memoise their lemma sets process-wide
    from govrag.text.tokenizer import content_lemmas

    return frozenset(
        w
        for w in content_lemmas(text)
        if w not in _GENERIC and not w.isdigit() and len(w) > 0 and not re.fullmatch(r"[ぁ-ん]", w)
    )
