"""Round AZ readers: a postal code in brackets right after an address (no 〒), a residence-card
number written with blanks between its parts on a card's 番号 line, and the veto of a date of death
or cremation read as a birth date (a deceased's birth label stays a birth date).

>>> [f.text for f in az_forms("住所: 静岡県浜松市中央区曳馬5-18-7 (432-8026)")]
['郵便番号：432-8026']
>>> death_date("Date of death: 7 November 2024", 15)
True
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, offset_forms, whole_pair

__all__ = ["az_forms", "death_date", "reference_insurance"]

#: an address's last number (…番地3, …5-18-7, …23号) right before a bracketed postal code
_BRACKET_POSTAL = lazy_compile(
    r"(?:[\dA-Za-z０-９]|番地|号)[ \t\u3000]*[（(][ \t\u3000]*(?P<v>\d{3}-\d{4})[ \t\u3000]*[）)]"
)
#: an address before it on the same line: a prefecture or a city, ward, town or village word
_ADDRESS_WORD = lazy_compile(
    r"[都道府県][^\n]{0,30}?[市区町村郡]|[市区][^\n]{0,20}?[町村\d]"
    r"|[A-Za-z]-(?i:ku|shi|cho|machi|mura|ken)\b|(?<![A-Za-z])(?i:city|ward|prefecture)\b"
)
#: a residence-card number spaced into its parts (VN 12345678 JV)
_SPACED_CARD = lazy_compile(
    r"(?<![A-Za-z0-9])(?P<v>[A-Z]{2}[ \t\u3000]\d{8}[ \t\u3000][A-Z]{2})(?![A-Za-z0-9])"
)
#: the card's number label right before it on its line
_CARD_LABEL = lazy_compile(
    r"(?:番号|(?<![A-Za-z])(?i:no\.?|number|card)|(?i:s[ốo])|カード)[ \t\u3000]*[:：]?[ \t\u3000]*$"
)
#: the document is a residence card (or its copy)
_CARD_DOC = lazy_compile(r"在留カード|(?i:residence[ _]card|th[ẻe] c[ưu] tr[úu]|zairyu)")


def _postal_pairs(folded: str) -> list[tuple[str, str, list[int]]]:
    pairs = []
    for m in _BRACKET_POSTAL.finditer(folded):
        line = folded[folded.rfind("\n", 0, m.start()) + 1 : m.start()]
        if _ADDRESS_WORD.search(line):
            start, end = m.span("v")
            pairs.append(("郵便番号", m.group("v"), list(range(start, end))))
    return pairs


def _card_pairs(folded: str) -> list[tuple[str, str, list[int]]]:
    if not _CARD_DOC.search(folded):
        return []
    pairs = []
    for m in _SPACED_CARD.finditer(folded):
        line = folded[folded.rfind("\n", 0, m.start()) + 1 : m.start()]
        if _CARD_LABEL.search(line):
            start, end = m.span("v")
            value = re.sub(r"[ \t\u3000]", "", m.group("v"))
            pairs.append(whole_pair("在留カード番号", start, end, value))
    return pairs


def az_forms(folded: str) -> list[ColumnForm]:
    """Forms of the bracketed postal codes and the spaced residence-card numbers in ``folded``."""
    return offset_forms(sorted(_postal_pairs(folded) + _card_pairs(folded), key=lambda p: p[2][0]))


#: a death or cremation label right before the date (its separator and blanks only between)
_DEATH_LABEL = lazy_compile(
    r"(?:死亡|死去|逝去|去世|火葬|埋葬|納骨)(?:年月日|日期|日時|日)?|没年月日|命日|사망\s*(?:일자|일)|मृत्यु\s*मिति"
    r"|(?<![A-Za-z])(?i:date\s+of\s+(?:death|cremation|burial)|died(?:\s+on)?|deceased\s+on"
    r"|ng[àa]y\s+(?:m[ấa]t|h[ỏo]a\s+t[áa]ng)|fecha\s+de\s+(?:defunci[óo]n|fallecimiento)"
    r"|data\s+(?:do|de)\s+(?:[óo]bito|falecimento)|tanggal\s+(?:meninggal|wafat)|petsa\s+ng\s+kamatayan)"
)
_DEATH_GAP = lazy_compile(r"[ \t\u3000]*[:：]?[ \t\u3000]*$")
#: a death or cremation word right after the date inside its bracket (故人：…（2025年1月2日 火葬）)
_DEATH_AFTER = lazy_compile(r"[ \t\u3000]*(?:火葬|死亡|逝去|永眠|没|埋葬|納骨|(?i:died|cremat))")


def death_date(folded: str, start: int, end: int | None = None) -> bool:
    """True when the date at ``start`` is a death or cremation date: a death label right before it
    on its line, or a death word right after it (``end``) inside the same bracket."""
    line = folded[folded.rfind("\n", 0, start) + 1 : start]
    for m in _DEATH_LABEL.finditer(line):
        if _DEATH_GAP.match(line, m.end()):
            return True
    if end is None or not _DEATH_AFTER.match(folded, end):
        return False
    before = folded[:start]
    return max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))


#: a reference label of another record right before an insurance-shaped number (受付No, 通知No.)
_REFERENCE_LABEL = lazy_compile(
    r"(?:受付|通知|問合せ|問い合わせ|整理|管理|文書|照会)(?:No\.?|番号)[ \t\u3000]*[:：]?[ \t\u3000]*$",
    re.IGNORECASE,
)


def reference_insurance(folded: str, start: int) -> bool:
    """True when a reference label of another record (受付No, 通知No.) stands right before ``start``."""
    line = folded[folded.rfind("\n", 0, start) + 1 : start]
    return _REFERENCE_LABEL.search(line) is not None
