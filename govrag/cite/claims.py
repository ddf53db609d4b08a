"""What a sentence claims about a provision: quantities and content words (slot extraction).

Used by the claim-support core :mod:`govrag.cite.entail`; :func:`modalities` is re-exported
from :mod:`govrag.text.modality` (the one modality detector). Quantities are (value, unit,
bound) triples with kanji, arabic and full-width numbers unified (``三十日以内`` == ``30日以内``);
fractions (``三分の二以上``) have the unit ``/3``.

>>> [(q.value, q.unit, q.bound) for q in quantities("三十日以内に、2万円を納付")]
[(30, '日', 'le'), (20000, '円', None)]
>>> [(q.value, q.unit, q.bound) for q in quantities("出席議員の三分の二以上の多数")]
[(2, '/3', 'ge')]
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

from govrag.text.modality import Modality, modalities
from govrag.text.numerals import NUMERAL_CHARS, kanji_to_int

__all__ = ["Modality", "Quantity", "content_overlap", "lemma_set", "modalities", "quantities"]

Bound = Literal["le", "ge", "lt", "gt"]

_NUMBER = f"[{re.escape(NUMERAL_CHARS)}]+"
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
    "倍": "倍",
    "パーセント": "%",
    "%": "%",
    "％": "%",
}
_QTY_RE = re.compile(
    rf"(?P<num>{_NUMBER})(?P<unit>{'|'.join(sorted(map(re.escape, _UNITS), key=len, reverse=True))})"
    r"(?P<bound>以内|以下|以上|未満|を超えない|を超え|を経過|超)?"
)
_BOUNDS: dict[str, Bound] = {
    "以内": "le",
    "以下": "le",
    "以上": "ge",
    "未満": "lt",
    "を超えない": "le",
    "を超え": "gt",
    "超": "gt",
}
_MARKERS = (
    "間",
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
#: A period said to elapse (「一週間が過ぎた時に」「二年たつまで」): a figure when the aligned
#: source states one of the same unit, else a situation (「申請から二週間経っても」).
_ELAPSE = ("が過ぎ", "を過ぎ", "過ぎ", "が経", "を経", "経っ", "経つ", "たっ", "たつ", "たた")
#: A bound written before the figure: 「少なくとも二週間」 (以上), 「最長で一年」 (以内).
_PRE_BOUND: tuple[tuple[str, Bound], ...] = (("少なくとも", "ge"), ("最低でも", "ge"), ("最低", "ge"),
                                            ("最長で", "le"), ("最長", "le"), ("最大で", "le"))


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
    #: an unmarked period said to elapse (see ``_ELAPSE``)
    elapses: bool = False


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
        if unit == "分" and after.startswith("の"):
            continue  # 三分の二: a fraction (below)
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
        bound = _BOUNDS.get(bound_s) if bound_s else None
        pre = next((b for w, b in _PRE_BOUND if text[max(0, start - 6):start].endswith(w)), None)
        marked = (bool(bound_s) or pre is not None or _UNITS[unit] == "円"
                  or text.startswith(_MARKERS, m.end()))
        elapses = not marked and text.startswith(_ELAPSE, m.end())
        out.append(Quantity(value, _UNITS[unit], bound or pre, start, m.end(), marked, elapses))
    for m in _FRACTION_RE.finditer(text):
        try:
            den, num_v = kanji_to_int(m.group("den")), kanji_to_int(m.group("num"))
        except ValueError:
            continue
        bound_s = m.group("bound")
        out.append(Quantity(num_v, f"/{den}", _BOUNDS.get(bound_s) if bound_s else None, m.start(), m.end()))
    return sorted(out, key=lambda q: q.start)


_FRACTION_RE = re.compile(
    rf"(?P<den>{_NUMBER})分の(?P<num>{_NUMBER})(?P<bound>以内|以下|以上|未満|を超えない|を超え)?"
)


# --- semantic overlap ----------------------------------------------------------------------

_GENERIC = frozenset(
    """規定 定め 定める 条 項 号 法 法律 同法 本法 条文 場合 こと もの 旨 必要 等 前 次 同 各 第 上 下
    以下 以上 当該 その他 他 ため 際 とき 者 これ それ 記載 参照 確認 説明 内容 趣旨 根拠 基づく 基づき
    よる 因る 依る 沿う 明記 明示 示す 述べる 解説 ポイント 注意 点 事項 対象 関係 関連 可能 できる 出来る
    義務 禁止 努力 努める なる 行う 行なう 思う 考える 言う いう 云う 例 具体 的 前述 上記 下記
    本件 回答 質問 原則 例外 更に 同じ 同様 どう 又 など""".split()
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
