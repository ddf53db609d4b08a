r"""Round BL: XML elements with Japanese names inside an insurance element.

Round AD's :func:`~govrag.dlp.recognizers.layouts.xml_forms` reads romaji element names
(``<Kigo>`` inside ``<Hihokensha…>``); round BL reads the same records written with Japanese element
names, e.g. ``<健康保険><記号>…</記号><番号>…</番号><枝番>…</枝番></健康保険>``. The element name
is the label (:data:`_LABELS`); a bare ``<記号>`` / ``<番号>`` / ``<枝番>`` is a card's part only
inside an open element naming insurance or a card (:data:`_CARD_PARENT`: 保険 but no 保険料 / 保険金,
被保険者証, 組合員証, 資格確認書, 後期高齢者医療 …) — ``<部品><記号>M6</記号>`` or ``<議案><番号>``
stay unread. Values are rewritten as ``label：value`` form lines (like :mod:`records_bd`), so the
health-insurance recognizer decides on their shape.

Round BL also widens round BD's OCR'd licence card (:mod:`records_bd`): spaced 氏 名 / 住 所 /
生 年 月 日 labels mark a card as well as 交付 / 公安委員会 lines.

>>> xml = "<保険><記号>に12</記号><番号>34</番号></保険>"
>>> [f.text for f in record_bl_forms(xml, xml)]
['被保険者記号：に12\n被保険者番号：34']
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms

__all__ = ["record_bl_forms"]

#: an element with a Japanese name (kanji / kana, optional attributes) and its one-line value
_ELEMENT = lazy_compile(
    r"<(?P<tag>[\u3040-\u30ff\u4e00-\u9fff]{1,12})(?:[ ][^<>\n]*)?>[ \u3000]*"
    r"(?P<v>[^<>\n\s][^<>\n]{0,30}?)[ \u3000]*</(?P=tag)>"
)
#: element names that label an insurance value wherever they stand
_LABELS = {
    "保険者番号": "保険者番号",
    "被保険者番号": "被保険者番号",
    "被保険者記号": "被保険者記号",
    "被保険者証番号": "被保険者番号",
    "被保険者証記号": "被保険者記号",
}
#: bare element names, a card's parts only inside a card / insurance element
_PARTS = {"記号": "被保険者記号", "番号": "被保険者番号", "枝番": "枝番"}
_OPEN = lazy_compile(r"<(?P<tag>[\u3040-\u30ff\u4e00-\u9fff]{1,12})(?:[ ][^<>\n]*)?>")
_CARD_PARENT = lazy_compile(r"保険(?!料|金|会社|税)|被保険者|国保|健保|組合員証|資格確認|後期高齢者医療|共済")


def _in_card(text: str, pos: int) -> bool:
    """An element at ``pos`` lies inside an open element naming insurance or a card."""
    for m in _OPEN.finditer(text, max(0, pos - 1500), pos):
        tag = m.group("tag")
        if _CARD_PARENT.search(tag) and f"</{tag}>" not in text[m.end() : pos]:
            return True
    return False


def _pairs(text: str) -> list[Pair]:
    pairs: list[Pair] = []
    for m in _ELEMENT.finditer(text):
        tag = m.group("tag")
        label = _LABELS.get(tag)
        if label is None and tag in _PARTS and _in_card(text, m.start()):
            label = _PARTS[tag]
        if label is not None:
            pairs.append(exact_pair(label, m.start("v"), m.group("v")))
    return pairs


def record_bl_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BL readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded) or "</" not in folded:
        return []
    return offset_forms(_pairs(folded))
