"""Japanese text normalization: NFKC plus folding that never changes meaning.

:func:`normalize` is the one canonical form used before matching, indexing and scanning:

* Unicode NFKC: full-width ASCII letters, digits and symbols become half-width, half-width
  katakana become full-width, ``｢｣｡､`` become ``「」。、``.
* Brackets: NFKC turns full-width ``（）`` into ASCII ``()``. This is deliberate and kept: statute
  text (``（申請に対する審査、応答）``) and a model's answer that writes ``(...)`` then normalize to
  the same string. Compare *normalized to normalized*, never raw statute text to normalized text.
  ``「」『』【】〔〕`` and ``。、`` are not touched by NFKC and stay as they are.
* Dashes: the hyphen/dash/minus/long-vowel variants (``‐‑‒–—―−－ｰー─━﹣⁃``) between two ASCII
  letters or digits become ``-`` (``03－1234－5678`` -> ``03-1234-5678``); a minus sign before a
  digit becomes ``-``. Dashes elsewhere (``ー`` in katakana words, ``―`` in prose) are kept.
* Wave dashes: ``〜 ～ ∼ ⁓ 〰`` become ``〜`` (U+301C). ASCII ``~`` is kept.
* Spaces: ideographic space, NBSP, tabs and other spaces become one ASCII space; runs collapse;
  spaces at line starts/ends are removed; ``\\r\\n``/``\\r``/U+2028/U+2029 become ``\\n``;
  zero-width space, word joiner, BOM, soft hyphen and other control characters are removed.

No numeral conversion happens here (``三十日`` stays ``三十日``); use :func:`fold_numerals` or
:func:`normalize_for_match` for that.

>>> normalize("ＡＢＣ　１２３（株）～ｶﾀｶﾅ")
'ABC 123(株)〜カタカナ'
>>> normalize("電話　０３－１２３４－５６７８")
'電話 03-1234-5678'
>>> fold_numerals("第三十二条の二、三十日以内に")
'第32条の2、30日以内に'
>>> normalize_for_match("第三十二条の二（定義）")
'第32条の2(定義)'
"""

from __future__ import annotations

import re
import unicodedata

from govrag.text.numerals import KANJI_NUMERAL_CHARS, kanji_to_int

__all__ = ["display_width", "fold_numerals", "normalize", "normalize_for_match"]

# Applied before NFKC (NFKC would turn FF5E into an ASCII tilde, losing the "wave dash" reading).
_PRE_NFKC = str.maketrans(
    {
        "\uff5e": "\u301c",  # ～ FULLWIDTH TILDE (Windows wave dash)
        "\u223c": "\u301c",  # ∼ TILDE OPERATOR
        "\u2053": "\u301c",  # ⁓ SWUNG DASH
        "\u3030": "\u301c",  # 〰 WAVY DASH
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u000b": "\n",
        "\u000c": "\n",
        "\u0085": "\n",
        "\t": " ",
    }
)

# Characters removed outright: C0/C1 controls except \n, zero-width and invisible formatting.
_REMOVE_CHARS = "".join(chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0x85),
                                          *range(0x86, 0xA0)))
_REMOVE_CHARS += "\u00ad\u200b\u2060\ufeff\u180e"
_REMOVE = str.maketrans({c: None for c in _REMOVE_CHARS})

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\u2500\u2501\ufe63\u2043-"
_ALNUM = "0-9A-Za-z"
_DASH_BETWEEN = re.compile(rf"(?<=[{_ALNUM}])[{_DASHES}](?=[{_ALNUM}])")
_MINUS_BEFORE_DIGIT = re.compile(rf"(?<![{_ALNUM}])[\u2212\u2012](?=[0-9])")
# Any remaining horizontal white space (NFKC already maps U+3000/NBSP to U+0020, but not all Zs).
_HSPACE = re.compile(r"[^\S\n]+")
_EDGE_SPACE = re.compile(r" *\n *")


def normalize(text: str) -> str:
    """Return the canonical NFKC-based form of ``text`` (see the module docstring for the rules).

    Idempotent: ``normalize(normalize(s)) == normalize(s)``.

    >>> normalize("  行政手続法\\u3000第七条\\r\\n（申請に対する審査、応答）\\t ")
    '行政手続法 第七条\\n(申請に対する審査、応答)'
    >>> normalize("ＦＡＸ‐０１２０")
    'FAX-0120'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() needs str, not {type(text).__name__}")
    out = text.replace("\r\n", "\n").translate(_PRE_NFKC).translate(_REMOVE)
    out = unicodedata.normalize("NFKC", out)
    # NFKC may create new line breaks or controls (rare compatibility forms); fold again.
    out = out.translate(_PRE_NFKC).translate(_REMOVE)
    out = _DASH_BETWEEN.sub("-", out)
    out = _MINUS_BEFORE_DIGIT.sub("-", out)
    out = _HSPACE.sub(" ", out)
    out = _EDGE_SPACE.sub("\n", out)
    return out.strip(" ")


_KANJI_NUM = KANJI_NUMERAL_CHARS
_NUM_RUN = re.compile(rf"[{_KANJI_NUM}]+")
# Counters after which a single kanji numeral is unambiguously a number.
_COUNTERS = ("条", "項", "号", "日", "月", "年", "人", "円", "件", "回", "歳", "時間", "週間", "箇月",
             "か月", "ヶ月", "ケ月", "倍", "割", "分の", "以内", "以上", "以下", "未満", "名", "通", "枚")


def _is_branch(text: str, start: int) -> bool:
    """True when ``text[start:]`` follows ``条の``/``項の``/``号の`` (possibly ``条の二の``)."""
    i = start
    while i >= 2 and text[i - 1] == "の":
        j = i - 1
        while j > 0 and text[j - 1] in _KANJI_NUM:
            j -= 1
        if j == i - 1:  # no numeral before の: test the unit
            return text[i - 2] in "条項号"
        i = j  # skip "の<numeral>" and look further back
        if i >= 1 and text[i - 1] in "条項号":
            return True
    return False


def _fold_match(match: re.Match[str]) -> str:
    run = match.group(0)
    text = match.string
    start, end = match.span()
    before = text[start - 1] if start else ""
    after = text[end:end + 3]
    branch = _is_branch(text, start)
    if len(run) < 2 and before != "第" and not branch and not after.startswith(_COUNTERS):
        return run  # 一般, 統一, 十分, 一方: not numbers
    try:
        return str(kanji_to_int(run))
    except ValueError:
        return run  # 万一 and other non-numbers


def fold_numerals(text: str) -> str:
    """Replace kanji numerals that denote numbers with arabic digits, for matching only.

    A run of two or more numeral kanji is folded when it parses (``三十`` -> ``30``,
    ``二〇二六`` -> ``2026``); a single one only after ``第``, after ``条の``/``項の``/``号の``,
    or before a counter (``三日``, ``五人``), so words such as 一般, 統一, 十分, 一方 are kept.

    >>> fold_numerals("第二百五十二条の十九第一項第一号の二")
    '第252条の19第1項第1号の2'
    >>> fold_numerals("一般に、十分な統一を図り、三日以内に二万五千円")
    '一般に、十分な統一を図り、3日以内に25000円'
    """
    return _NUM_RUN.sub(_fold_match, text)


def normalize_for_match(text: str, *, numerals: bool = True, casefold: bool = True) -> str:
    """A matching key: :func:`normalize`, then all white space removed, optionally numerals
    folded (:func:`fold_numerals`) and case folded. Use it on *both* sides of a comparison
    (quote verification, dedup); never show it to users.

    >>> normalize_for_match("行政庁は、 遅滞なく\\n審査を開始しなければならない。")
    '行政庁は、遅滞なく審査を開始しなければならない。'
    >>> normalize_for_match("Ｅメール　三十日") == normalize_for_match("eメール 30日")
    True
    """
    out = "".join(normalize(text).split())
    if numerals:
        out = fold_numerals(out)
    if casefold:
        out = out.casefold()
    return out


def display_width(text: str) -> int:
    """Columns ``text`` takes in a fixed-width layout (a terminal table, a fixed-width export):
    wide and full-width characters count two.

    >>> display_width("ID  氏名"), display_width("ｱｲ")
    (8, 2)
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
