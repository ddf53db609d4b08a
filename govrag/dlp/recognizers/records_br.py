r"""Round BR: phones spoken with の, passport labels in other scripts, spaced birth labels, 第…号.

* A phone number spoken in a dialogue with の between its groups (``080の1111の2222``) right after a
  question for the phone number (電話 / 連絡先 / 携帯 within the two lines before it); the groups must
  form a Japanese number (mobile 3-4-4, landline of ten digits ending in four). The value is rewritten
  with hyphens, so the phone recognizer decides on its shape.
* A passport label in another script or language (Nepali / Hindi पासपोर्ट नं., राहदानी, Bengali,
  Sinhala, Myanmar, Thai, Indonesian, Tagalog, Vietnamese, Mongolian, Russian) before an eight- or
  nine-character number, rewritten as a ``旅券番号：`` line.
* An OCR-spaced birth label with the space inside the word (生年 月日, 生 年月日) before a compact era
  date (H2.1.3) or an English month-name date, rewritten as a ``生年月日：`` line.
* :func:`numbered_document`: seven digits wrapped in 第…号 are a registration number, not a postal
  code (a 〒 or postal label just before keeps it).

>>> t = "職員：お電話番号を伺えますか。\n市民：080の1111の2222です。"
>>> [f.text for f in record_br_forms(t, t)]
['電話番号：080-1111-2222']
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair

__all__ = ["numbered_document", "record_br_forms"]

#: three digit groups joined by の (the spoken form of a phone number)
_SPOKEN = lazy_compile(r"(?<![\d第の])(?P<a>0\d{1,4})の(?P<b>\d{1,4})の(?P<c>\d{4})(?![\dの号])")
#: a question or label asking for a phone number (in the lines before the answer)
_PHONE_ASK = lazy_compile(r"電話|連絡先|携帯|TEL|Tel|tel")
_MOBILE = ("050", "060", "070", "080", "090")
#: passport labels in other scripts and languages
_PASSPORT = lazy_compile(
    r"(?:पासपोर्ट|राहदानी)[ ]*(?:नं\.?|नंबर|नम्बर|संख्या|क्रमांक|सङ्ख्या)"
    r"|পাসপোর্ট[ ]*(?:নম্বর|নং|নাম্বার)"
    r"|ගමන්[ ]*බලපත්\u200d?ර[ ]*(?:අංකය|අංක)"
    r"|နိုင်ငံကူးလက်မှတ်[ ]*(?:အမှတ်|နံပါတ်)"
    r"|(?:หมายเลข|เลขที่)[ ]*หนังสือเดินทาง"
    r"|(?i:nomor[ ]+paspor|no\.[ ]*paspor|numero[ ]+ng[ ]+pasaporte|pasaporte[ ]+blg\.?"
    r"|s[ốo][ ]+h[ộo][ ]+chi[ếe]u|паспортын[ ]+дугаар|номер[ ]+паспорта|№[ ]*паспорта|паспорт[ ]*№)"
)
_PASSPORT_VALUE = lazy_compile(r"[ ]*[:：.\-#№]?[ ]*(?P<v>[A-Z]{0,2}\d{6,9}[A-Z]?)(?![A-Za-z0-9])")
#: a birth label with a space inside the word (the fully unspaced label is read elsewhere)
_BIRTH = lazy_compile(
    r"(?<![^\s])(?=生[ ]?年[ ]?月[ ]?日)(?!生年月日)生[ ]?年[ ]?月[ ]?日[ :：]{1,4}"
    r"(?P<v>[MTSHR]\d{1,2}\.\d{1,2}\.\d{1,2}(?![\d.])"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, (?:19|20)\d\d(?!\d))"
)
_POSTAL_LABEL = lazy_compile(r"〒|郵便|(?i:zip|postal|post code)")


def _phone(m_a: str, m_b: str, m_c: str) -> bool:
    """The groups form a Japanese number: mobile 3-4-4, a landline of ten digits."""
    if m_a in _MOBILE:
        return len(m_b) == 4
    return len(m_a + m_b + m_c) == 10 and len(m_b) >= 1


def _asked(text: str, pos: int) -> bool:
    """A phone question or label stands in this line or the two lines before ``pos``."""
    lo = pos
    for _ in range(3):
        lo = text.rfind("\n", 0, lo)
        if lo < 0:
            lo = 0
            break
    return _PHONE_ASK.search(text, lo, pos) is not None


def _pairs(text: str) -> list[Pair]:
    pairs: list[Pair] = []
    if "の" in text:
        for m in _SPOKEN.finditer(text):
            if _phone(m["a"], m["b"], m["c"]) and _asked(text, m.start()):
                value = f"{m['a']}-{m['b']}-{m['c']}"
                pairs.append(whole_pair("電話番号", m.start(), m.end(), value))
    for m in _PASSPORT.finditer(text):
        v = _PASSPORT_VALUE.match(text, m.end())
        if v is not None and len(v["v"]) in (8, 9):
            pairs.append(exact_pair("旅券番号", v.start("v"), v["v"]))
    if "生" in text:
        pairs.extend(exact_pair("生年月日", m.start("v"), m["v"]) for m in _BIRTH.finditer(text))
    return sorted(pairs, key=lambda p: p[2][0])


def record_br_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BR readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    return offset_forms(_pairs(folded))


def numbered_document(folded: str, start: int, end: int) -> bool:
    """Seven digits wrapped in 第 … 号 (a registration / document number) with no 〒 or postal label
    just before the 第.

    >>> numbered_document('"reg": "第1234567号"', 9, 16), numbered_document("〒第1234567号", 2, 9)
    (True, False)
    """
    head = folded[max(0, start - 3) : start].rstrip(" ")
    if not head.endswith("第") or not folded[end : end + 3].lstrip(" ").startswith("号"):
        return False
    return _POSTAL_LABEL.search(folded, max(0, start - 16), start) is None
