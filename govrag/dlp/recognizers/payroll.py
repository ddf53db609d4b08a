r"""給与支払報告書 / 源泉徴収票 extracts (round T): the form's own field labels name its numbers.

In a payroll slip's extract, the 受給者番号 (or the recipient's 個人番号) field holds the employee's
個人番号 and the 支払者番号 field the payer's 法人番号 (both still need their check digit). A field
is read by its label right before the value on its line, or by its table column's header; the slip
must be named in the text before the value (給与支払報告書, 源泉徴収票, 給与所得, 支払調書).

>>> t = "給与支払報告書⏎受給者番号 123456789018".replace("⏎", "\n")
>>> payroll_field(t, t.index("1234"), len(t), kind="recipient")
True
>>> payroll_field("医療費受給者証⏎受給者番号 123456789018", 15, 27, kind="recipient")
False
"""

from __future__ import annotations

import re
from typing import Literal

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.rows import column_header

__all__ = ["payroll_field"]

_SLIP = lazy_compile(r"給与支払報告書|源泉徴収票|源泉徴収簿|給与所得|支払調書")
_LABELS = {
    "recipient": r"受給者(?:の)?(?:番号|個人番号)",
    "payer": r"支払者(?:の)?(?:番号|法人番号|[（(]\s*法人番号\s*[)）])",
}
_SEP = r"[ \t\u3000]*(?:[:：=]|は)?[ \t\u3000]*$"
_SLIP_WINDOW = 400


def payroll_field(text: str, start: int, end: int, *, kind: Literal["recipient", "payer"]) -> bool:
    """``[start, end)`` is the ``kind`` field of a payroll slip named earlier in the text."""
    if _SLIP.search(text, max(0, start - _SLIP_WINDOW), start) is None:
        return False
    label = re.compile(_LABELS[kind])
    a = text.rfind("\n", 0, start) + 1
    if re.search("(?:" + _LABELS[kind] + ")" + _SEP, text[max(a, start - 16) : start]):
        return True
    header = column_header(text, start, end)
    return header is not None and label.fullmatch(header.strip()) is not None
