"""運転免許証番号: twelve digits, only with 運転免許/免許証 context (context decides vs 個人番号).

Source: 道路交通法 (昭和三十五年法律第百五号) 第九十三条 (免許証の記載事項) and 道路交通法施行規則
第十九条・別記様式第十四 (免許証番号 12桁: 公安委員会コード2桁, 取得年2桁, 連番6桁,
検査数字1桁, 再交付回数1桁).
The check digit algorithm is not published, so it is not validated.

>>> t = "運転免許証番号 301234567890"
>>> [t[x.start:x.end] for x in JpDriverLicenseRecognizer().analyze(t, [])]
['301234567890']
>>> JpDriverLicenseRecognizer().analyze("番号 301234567890", [])
[]
>>> t = "Driver's licence No. 301234567890"
>>> [t[x.start:x.end] for x in JpDriverLicenseRecognizer().analyze(t, [])]
['301234567890']
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer, digits_only
from govrag.dlp.recognizers.forms_aj import AJ_LICENCE
from govrag.dlp.recognizers.forms_an import AN_LICENCE
from govrag.dlp.recognizers.forms_ao import AO_LICENCE
from govrag.dlp.recognizers.my_number import MY_NUMBER_LABEL, NOTICE_CARD_BRACKET
from govrag.dlp.recognizers.titled import BARE_LABEL, titled_by

__all__ = ["JpDriverLicenseRecognizer", "licence_digits_valid"]


def licence_digits_valid(digits: str) -> bool:
    """Twelve digits, not all the same (the check digit is unpublished: nothing more to test)."""
    return len(digits) == 12 and len(set(digits)) > 1

# twelve digits, grouped any way (3012-3456-7890, 30-12-345678-90, 30 1234 567890)
_VALUE = r"(?<![0-9A-Za-z-])(?P<v>\d(?:[ -]?\d){11})(?![0-9A-Za-z]|[ -]\d|[件人円枚名個回])"
# English labels: Driver's licence No., Driver's license number, Driving licence, DL No.
#: a value whose own label is 個人番号 / My Number is a 個人番号, even with 運転免許 words nearby
_MY_NUMBER_OWN = lazy_compile("(?:" + MY_NUMBER_LABEL + "|" + NOTICE_CARD_BRACKET + r")$")
#: the card named, an aside in brackets, then its number: 運転免許証（令和5年交付、…）の番号は …
_LABEL_ASIDE = (
    r"(?:運転免許証|免許証|運転経歴証明書)\s*[（(][^（()）\n]{1,40}[)）]\s*の?(?:番号|No\.?)\s*[:：は]?\s*"
)
_LABEL_EN = (
    r"(?:(?:(?i:driver'?s?|driving)\s+(?i:licen[cs]e)|\bDL)\s*(?i:No\.?|number|num\.?|#)?"
    # 「License No.」 standing first (no other word before it: not a business licence)
    r"|(?<![A-Za-z] )(?<![A-Za-z])(?i:licen[cs]e)\s*(?i:No\.?|number|#))\s*[:：]?\s*"
)


#: round R: 第 … 号 around twelve digits grouped by (ideographic) spaces (第 30 1234 5678 90 号)
_SPACED = r"[ \t\u3000]{0,2}"
_GAP = r"[ \t\u3000]{1,2}"
_DAI_GO = (
    r"第" + _SPACED + r"(?P<v>\d{2}" + _GAP + r"\d{4}" + _GAP + r"\d{4}" + _GAP + r"\d{2}"
    r"|\d{4}" + _GAP + r"\d{4}" + _GAP + r"\d{4})" + _SPACED + r"号(?![議案室条項])"
)
#: a licence card's OCR block above the number: a 氏名 line with a birth date (…生) and a 住所 line
_CARD_NAME_LINE = lazy_compile(r"(?m)^[ \t\u3000]*氏\s*名[^\n]*生[ \t\u3000]*$")
_CARD_ADDRESS_LINE = lazy_compile(r"(?m)^[ \t\u3000]*住\s*所")


_LICENCE_WORD = lazy_compile(r"運転免許|免許証|免許番号|運転経歴")


def _licence_word_before(text: str, start: int, end: int) -> bool:
    """A licence word in the 24 characters before the 第 … 号 value (same line)."""
    left = text[max(0, start - 24) : start].split("\n")[-1]
    return _LICENCE_WORD.search(left) is not None


def _licence_card_block(text: str, start: int, end: int) -> bool:
    """The value's 第…号 line closes a card block: 氏名 … 生 and 住所 lines within six lines above."""
    a = text.rfind("\n", 0, start)
    above = text[: max(a, 0)].split("\n")[-6:]
    block = "\n".join(above)
    return _CARD_NAME_LINE.search(block) is not None and _CARD_ADDRESS_LINE.search(block) is not None


#: round AB: the memo label 免 / 免許 opening a short memo line (免 301234567890, 免許：…)
_MEMO = r"(?m)^[ \t\u3000]*免許?[ \t\u3000]*[:：]?[ \t\u3000]*" + _VALUE
#: round AB: a YAML ``number:`` key whose block names the document type a driver's licence
_YAML_NUMBER = r"(?m)^(?P<i>[ \t]*)number[ \t]*:[ \t]*[\"']?" + _VALUE
_YAML_TYPE = lazy_compile(r"^[ \t]*(?:type|kind)[ \t]*:[ \t]*[\"']?(?:drivers?_licen[cs]e|運転免許証)")
_HEADER_COLS = lazy_compile(r"\S[ \t\u3000]{2,}\S")


def _block_lines(text: str, start: int) -> tuple[list[str], list[str], str]:
    """The lines above and below the value's line, and the line itself."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    b = len(text) if b < 0 else b
    return text[: max(a - 1, 0)].split("\n")[-8:], text[b + 1 :].split("\n")[:8], text[a:b]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _yaml_licence_block(text: str, start: int, end: int) -> bool:
    """A sibling key (same indentation, same block) says ``type: driver_license``."""
    above, below, line = _block_lines(text, start)
    own = _indent(line)
    for side in (list(reversed(above)), below):
        for other in side:
            if not other.strip() or _indent(other) < own:
                break
            if _indent(other) == own and _YAML_TYPE.match(other):
                return True
    return False


def _licence_column(text: str, start: int, end: int) -> bool:
    """A row of a fixed-width roster (blank-separated columns) whose header line, above in the same
    block, names a licence column."""
    above, _, _ = _block_lines(text, start)
    for other in reversed(above):
        if not other.strip():
            return False
        if _LICENCE_WORD.search(other) and _HEADER_COLS.search(other) and not re.search(r"\d{6}", other):
            return True
    return False


#: round AI-B: an ``id_doc_no`` key whose block says ``id_doc: driver_license`` (YAML or JSON)
_ID_DOC_NO = r"(?<![A-Za-z])(?i:id_?doc_?(?:no|number|num))[\"']?[ \t]*[:=][ \t]*[\"']?" + _VALUE
_ID_DOC_TYPE = lazy_compile(
    r"(?i:id_?doc(?:_?type)?)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?:(?i:drivers?_?licen[cs]e|driving_licen[cs]e)|運転免許証?)"
)


def _id_doc_licence(text: str, start: int, end: int) -> bool:
    """The ``id_doc`` key of the value's record (≤ 200 characters around) names a driver's licence."""
    return _ID_DOC_TYPE.search(text[max(0, start - 200) : min(len(text), end + 200)]) is not None


#: round AI-B: a message that says it attaches (sends, shows) a 運転免許証, then 「番号は V」 in a
#: later sentence or line (≤ 160 characters back): the licence's number, not a 個人番号
_ATTACHED_BANGO = r"(?<![一-龥ァ-ヴー])番号[ \t\u3000]*(?:は|が|[:：])[ \t\u3000]*" + _VALUE
_ATTACHED = lazy_compile(
    r"(?:運転免許証|免許証)(?:[（(][^（()）\n]{0,10}[)）])?(?:の(?:写し|コピー|画像|写真|表裏|両面))?"
    r"[^。\n]{0,12}?(?:添付|送付|お送り|送り|送信|提示|アップロード)"
)
_OTHER_CARD = lazy_compile(r"個人番号|マイナンバー|通知カード|保険証|在留カード|旅券|パスポート")


def _licence_attached(text: str, start: int, end: int) -> bool:
    """A 運転免許証 attached (or sent, shown) earlier in the message, no other card named after it."""
    left = text[max(0, start - 160) : start]
    hits = list(_ATTACHED.finditer(left))
    return bool(hits) and _OTHER_CARD.search(left, hits[-1].start()) is None


#: round AI-B: Vietnamese — 「Bằng lái xe (Nhật) của tôi số V」, 「Số bằng lái xe: V」
_VIETNAMESE = (
    r"(?:(?i:b[ằa]ng\s+l[áa]i(?:\s+xe)?)[^\n0-9。.]{0,30}?(?<![A-Za-z])(?i:s[ốo])"
    r"|(?i:s[ốo]\s+b[ằa]ng\s+l[áa]i(?:\s+xe)?(?:\s+c[ủu]a\s+t[ôo]i)?))"
    r"(?:\s+(?i:l[àa]))?[ \t]*[:：]?[ \t]*" + _VALUE
)


class JpDriverLicenseRecognizer(JaPatternRecognizer):
    """Driver's licence numbers with context."""

    ENTITY = "JP_DRIVER_LICENSE"
    DIGIT_VALUES = True
    SOURCE = "道路交通法第九十三条; 道路交通法施行規則第十九条 別記様式第十四"
    PATTERNS = (
        # a bare 番号 / 第…号 under the card's title a few lines above (card OCR, forms)
        JaPattern(
            "license_titled", BARE_LABEL + _VALUE, 0.5, where=titled_by(("運転免許証", "運転経歴証明書"))
        ),
        # round P: 「運転経歴証明書の提示を受けました。証明書番号：…」: the certificate's number
        # under the title named in the sentence before
        JaPattern(
            "certificate_number_titled",
            r"証明書(?:の)?番号\s*[:：は]?\s*" + _VALUE,
            0.5,
            where=titled_by(("運転経歴証明書",)),
            own_label=True,
        ),
        JaPattern("license_en", _LABEL_EN + _VALUE, 0.5),
        JaPattern("license_aside", _LABEL_ASIDE + _VALUE, 0.5),
        JaPattern("license", _VALUE, 0.5, needs_context=True),
        JaPattern("license_memo", _MEMO, 0.6, own_label=True),
        JaPattern("license_yaml", _YAML_NUMBER, 0.6, own_label=True, where=_yaml_licence_block),
        JaPattern("license_roster_column", _VALUE, 0.6, own_label=True, where=_licence_column),
        JaPattern("license_id_doc_key", _ID_DOC_NO, 0.7, own_label=True, where=_id_doc_licence),
        JaPattern("license_vietnamese", _VIETNAMESE, 0.7, own_label=True),
        *AJ_LICENCE,  # round AJ (forms_aj.py)
        *AN_LICENCE,  # round AN (forms_an.py)
        *AO_LICENCE,  # round AO (forms_ao.py)
        JaPattern("license_attached_bango", _ATTACHED_BANGO, 0.9, own_label=True, where=_licence_attached),
        JaPattern("license_dai_go", _DAI_GO, 0.5, where=_licence_word_before),
        JaPattern("license_card_block", _DAI_GO, 0.6, where=_licence_card_block),
    )
    CONTEXT = (
        "運転免許", "免許証", "免許番号", "免許", "運転経歴", "Menkyo", "menkyo", "MENKYO",
        # katakana labels of legacy systems (ﾒﾝｷｮ番号, メンキョショウ)
        "メンキョ", "ﾒﾝｷｮ",
        # the abbreviated form label 免No / 免許No.
        "免No", "免NO", "免#",
    )
    CONTEXT_BEFORE = 24
    CONTEXT_AFTER = 8
    # 受付番号/管理番号 4401-…（免許証の写し）: another number; 免No / メンキョ番号: the licence's own
    OWN_LABELS = ("免許", "運転経歴", "免", "メンキョ")

    def accept(self, text: str, start: int, end: int) -> bool:
        """Reject a number labelled 個人番号 / マイナンバー right before it (the next field's
        運転免許証番号 label is no label of this value)."""
        return _MY_NUMBER_OWN.search(text[max(0, start - 24) : start]) is None

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if licence_digits_valid(digits_only(pattern_text)) else False
