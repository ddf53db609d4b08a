"""Round AI-B: health-insurance labels in Chinese, Vietnamese and Portuguese, chat replies that give
a 介護保険 number, and ``hihoken_*=`` keys of log lines.

Chinese cards are described with 记号 / 号码 / 保险者号码, Vietnamese ones with Ký hiệu / Số /
Mã số bảo hiểm, and a Portuguese 介護保険 number as the number of the "segurado do seguro de
cuidados (kaigo)". A chat reply 「…の介護保険番号わかりました → N です」 names the number it gives.

>>> import re
>>> t = "保险证 记号：2207 号码：118"
>>> [m.group("v") for _, r in PATTERNS for m in re.finditer(r, t)]
['2207', '118']
>>> t = "level=info hihoken_no=00412087 ok"
>>> [m.group("v") for _, r in PATTERNS for m in re.finditer(r, t)]
['00412087']
"""

from __future__ import annotations

__all__ = ["PATTERNS", "VIETNAMESE_CARD"]

_END = r"(?![0-9A-Za-z])"
_ZH_KIGO = r"(?:记号|記號)"
_ZH_BANGO = r"(?:号码|號碼)"
#: a colon or the copula 是 after a Chinese label
_ZH_TAIL = r"[ \t\u3000]*[:：]?[ \t\u3000]*(?:是[ \t\u3000]*)?"
_ZH_TO_BANGO = r"[ \t\u3000]*[，,、;；]?[ \t\u3000]*" + _ZH_BANGO + _ZH_TAIL
_VI_KIGO = r"(?<![A-Za-z])(?i:k[ýy]\s+hi[ệe]u)"
_VI_BANGO = r"(?<![A-Za-z])(?i:s[ốo])"
_VI_TAIL = r"[ \t\u3000]*[:：]?[ \t\u3000]*"
_VI_TO_BANGO = r"[ \t\u3000]*[,，;]?[ \t\u3000]*" + _VI_BANGO + _VI_TAIL
#: the Vietnamese card word (thẻ bảo hiểm, bảo hiểm y tế) that makes Ký hiệu / Số a card's
VIETNAMESE_CARD = r"(?i:b[ảa]o\s+hi[ểe]m)"

#: (name, regex) pairs; the value is the named group ``v``
PATTERNS: tuple[tuple[str, str], ...] = (
    # Chinese: 记号：2207 号码：118, 保险者号码：06130012
    ("kigo_zh", _ZH_KIGO + _ZH_TAIL + r"(?P<v>[0-9A-Za-z]{1,8})(?=" + _ZH_TO_BANGO + r"\d)"),
    ("bango_zh", _ZH_KIGO + _ZH_TAIL + r"[0-9A-Za-z]{1,8}" + _ZH_TO_BANGO + r"(?P<v>\d{1,10})" + _END),
    ("insurer_zh", r"(?:保险者|保險者)" + _ZH_BANGO + _ZH_TAIL + r"(?P<v>\d{8}|\d{6})" + _END),
    # Vietnamese: (thẻ bảo hiểm …) Ký hiệu 3304, Số 12; Mã số bảo hiểm: 39221041
    (
        "kigo_vi",
        VIETNAMESE_CARD + r"[^\n]{0,40}?" + _VI_KIGO + _VI_TAIL
        + r"(?P<v>[0-9A-Za-z]{1,8})(?=" + _VI_TO_BANGO + r"\d)",
    ),
    (
        "bango_vi",
        VIETNAMESE_CARD + r"[^\n]{0,40}?" + _VI_KIGO + _VI_TAIL + r"[0-9A-Za-z]{1,8}" + _VI_TO_BANGO
        + r"(?P<v>\d{1,10})" + _END,
    ),
    (
        "insured_vi",
        r"(?<![A-Za-z])(?i:(?:m[ãa]\s+)?s[ốo]\s+(?:th[ẻe]\s+)?b[ảa]o\s+hi[ểe]m(?:\s+y\s+t[ếe])?)"
        + _VI_TAIL + r"(?:(?i:l[àa])[ \t]*)?(?P<v>\d{6,10})" + _END,
    ),
    # Portuguese: segurado do seguro de cuidados (kaigo): 0001234598
    (
        "care_insured_pt",
        r"(?<![A-Za-z])(?i:segurad[oa])[^\n\d]{0,40}?(?i:cuidados|kaigo)[^\n\d]{0,16}?(?P<v>\d{10})" + _END,
    ),
    # chat: 「母の介護保険番号わかりました → 0012045781 です」
    (
        "care_number_found",
        r"(?:介護保険|被保険者|保険証)(?:証)?の?番号[ \t\u3000]*(?:が|は)?[ \t\u3000]*"
        r"(?:わかりました|分かりました|判りました|見つかりました|ありました)[ \t\u3000!！。、]*"
        r"(?:[→⇒=:：>-]+[ \t\u3000]*)?(?P<v>\d{6,10})" + _END,
    ),
    # key=value logs: hihoken_no=00412087, hihoken_kigo=7702
    (
        "hihoken_key",
        # (not koyo_hihokensha_no: an employment insurance number, 8899-242846-9)
        r"(?<![A-Za-z_])(?i:hihoken(?:sha)?_?(?:no|bang?ou?|number|kigou?))[\"']?[ \t]*[=:][ \t]*[\"']?"
        r"(?P<v>[0-9A-Za-z]{1,10})(?![0-9A-Za-z-])",
    ),
)
