"""Regex fragments the recognizers share, spelled once.

Each is a pattern string (not compiled) meant to be concatenated into larger patterns.

>>> import re
>>> bool(re.fullmatch(BLANK + "+", " \\t\\u3000"))
True
>>> [bool(re.fullmatch(HW_KANA, c)) for c in "ｱﾞｰア"]
[True, True, True, False]
>>> [bool(re.fullmatch(HW_KANA_LETTER, c)) for c in "ｱﾞｰ"]
[True, True, False]
"""

from __future__ import annotations

__all__ = ["BLANK", "BLANKS", "HW_KANA", "HW_KANA_LETTER", "HW_KANA_RANGE"]

#: one horizontal blank: space, tab or ideographic space (never a line break)
BLANK = r"[ \t\u3000]"
#: any run of horizontal blanks, possibly empty
BLANKS = BLANK + "*"
#: the half-width katakana block (ｦ … ﾟ, with ｰ and the sound marks) as a class body
HW_KANA_RANGE = "\uff66-\uff9f"
#: one half-width katakana character
HW_KANA = "[" + HW_KANA_RANGE + "]"
#: one half-width katakana letter or sound mark, without the long-vowel mark ｰ
HW_KANA_LETTER = "[\uff66-\uff6f\uff71-\uff9d\uff9e\uff9f]"
