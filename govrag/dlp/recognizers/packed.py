"""Round AJ: the names of packed fixed-width records as ``氏名：…`` form lines.

A record packs a name padded with blanks, then a birth date glued to a postal code and/or a phone
(:data:`~govrag.dlp.recognizers.forms_aj.PACKED_NAME`); the engine scans the form again so the
person rules read the name as a 氏名 field's value.

>>> packed_forms("ﾔﾏﾀﾞ ﾊﾅｺ      19800101100-000109012345678")[0].text
'氏名：ヤマダ ハナコ'
"""

from __future__ import annotations

import unicodedata

from govrag.dlp.recognizers.columns import ColumnForm, offset_forms
from govrag.dlp.recognizers.forms_aj import PACKED_NAME, PACKED_RUN

__all__ = ["packed_forms"]


def full_width_kana(value: str, offset: int) -> tuple[str, list[int]]:
    """``value`` with half-width kana made full-width (a sound mark joined to its kana) and the
    original offset of each character: a joined kana maps to its sound mark at a word's end (the
    span ends after it) and to the kana elsewhere (a word's start stays on it).

    >>> full_width_kana("ｺﾞﾄｳ ｹﾝｼﾞ", 10)
    ('ゴトウ ケンジ', [10, 12, 13, 14, 15, 16, 18])
    """
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(value):
        wide = unicodedata.normalize("NFKC", ch)
        if wide in ("\u3099", "\u309a") and chars:
            chars[-1] = unicodedata.normalize("NFC", chars[-1] + wide)
            if i + 1 == len(value) or value[i + 1] in " \u3000":
                offsets[-1] = offset + i
            continue
        chars.append(wide)
        offsets.append(offset + i)
    return "".join(chars), offsets


def packed_forms(text: str) -> list[ColumnForm]:
    """``氏名：<name>`` form lines for the packed records of ``text`` (``[]`` when none)."""
    if PACKED_RUN.search(text) is None:
        return []
    return offset_forms(
        [("氏名", *full_width_kana(m.group("n"), m.start("n"))) for m in PACKED_NAME.finditer(text)]
    )
