r"""A card's or notice's title on a line above a bare number label (card OCR, form layouts).

On a scanned 運転免許証 or 年金手帳 the number's own label is a bare 番号 / 第…号 / No., and the
words that say which number it is (the card's title) stand a few lines above, beyond any
recognizer's context window::

    運転免許証
    氏名 …
    住所 …
    第 301234567890 号

:func:`titled_by` makes a ``where`` test for :class:`~govrag.dlp.recognizers.base.JaPattern`:
the nearest document title before the value (up to :data:`_REACH` characters back, not across a
blank line) must be one of the recognizer's own titles; a nearer title of another document
(旅券, 在留カード …) names the number instead.

>>> lic = titled_by(("運転免許証",))
>>> t = "運転免許証\n氏名 山田 太郎\n番号 301234567890"
>>> lic(t, t.index("3012"), len(t))
True
>>> t = "運転免許証\n在留カード\n番号 301234567890"
>>> lic(t, t.index("3012"), len(t))
False
>>> t = "運 転 免 許 証\n氏名 山田 太郎\n第 ３０１２３４５６７８９０ 号"
>>> lic(t, t.index("３０１２"), len(t))
True
>>> t = "運転免許証\n\n番号 301234567890"
>>> lic(t, t.index("3012"), len(t))
False
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from govrag._lazy import lazy_compile

__all__ = ["BARE_LABEL", "TITLES", "titled_by"]

#: Titles of documents that carry a personal number (longest first where one contains another).
TITLES: tuple[str, ...] = (
    "運転経歴証明書",
    "運転免許証",
    "基礎年金番号通知書",
    "年金手帳",
    "年金証書",
    "個人番号カード",
    "マイナンバーカード",
    "通知カード",
    "在留カード",
    "特別永住者証明書",
    "旅券",
    "パスポート",
    "被保険者証",
    "保険証",
    "資格確認書",
    "通帳",
)
#: a title as OCR often prints it, one space between its characters (運 転 免 許 証) allowed
_TITLE = lazy_compile("|".join("[ \u3000]?".join(map(re.escape, title)) for title in TITLES))
_SPACES = lazy_compile(r"[ \u3000]")
#: A bare number label at the start of a line or after a space: 番号, No., №, 第 (…号), or the
#: number of "the document" (本人確認書類の番号: the document named on the line above)
BARE_LABEL = r"(?:^|(?<=[\s|｜]))(?:(?:本人確認)?書類の?)?(?:番号|No\.?|NO\.?|№|第)\s*[:：]?\s*"
#: how far back (characters) a title is looked for
_REACH = 240
_BLANK_LINE = lazy_compile(r"\n[ \t]*\n")


def titled_by(own: Sequence[str]) -> Callable[[str, int, int], bool]:
    """A ``where`` test: the nearest document title above the value is one of ``own``."""

    def where(text: str, start: int, end: int) -> bool:
        window = text[max(0, start - _REACH) : start]
        blank = None
        for m in _BLANK_LINE.finditer(window):
            blank = m.end()
        if blank is not None:
            window = window[blank:]
        last = None
        for m in _TITLE.finditer(window):
            last = _SPACES.sub("", m.group(0))
        return last is not None and last in own

    return where
