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

from govrag.text.eras import ERA_NAMES

__all__ = [
    "BLANK",
    "BLANKS",
    "ERA_NAME",
    "HW_KANA",
    "HW_KANA_LETTER",
    "HW_KANA_NAME",
    "HW_KANA_RANGE",
]

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
#: a half-width katakana name of a record row: a run of two or more, then one blank and a second part
HW_KANA_NAME = rf"{HW_KANA}{{2,}}(?:[ ]{HW_KANA}+)?"
#: words that make 誕生日 a compound naming something else (誕生日休暇, 誕生日会, 誕生日特典): an
#: alternation, not a birth date's label
BIRTHDAY_COMPOUND = "休暇|会|特典|祝|月|週|割引|クーポン|キャンペーン|プレゼント|ケーキ|パーティ"
#: one era name (令和, 平成, …) as a non-capturing group
ERA_NAME = "(?:" + "|".join(ERA_NAMES) + ")"
#: English month names cut to three letters, January first (month number = index + 1)
EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
