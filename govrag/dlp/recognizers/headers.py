r"""Header words that type a record column: one vocabulary for rounds BM and BT (round CV).

Round BM (columns typed from all their rows) and round BT (columns typed by their header) once
spelled the same header words twice, each with its own gaps (BM read ``口座`` alone as nothing, BT
read ``振込口座番号``, ``ACCOUNT_NUMBER`` or ``携帯電話`` as nothing). Both now read a header cell
here, so a word that types a column for one types it for the other:

* :data:`ACCOUNT_HEAD` — 口座 / 口座番号 (also inside a longer word: 振込口座番号), ACCOUNT /
  ACCT / KOZA / KOUZA with an optional ``NO`` / ``_NO``, ACCOUNT_NUMBER / ACCT_NUMBER;
* :data:`TEL_HEAD` — any word holding 電話 / 携帯 / PHONE, TEL as a word of its own (``TEL``,
  ``TEL(自宅)``, not ``HOTEL``), or exactly 連絡先;
* :data:`PENSION_HEAD` — PENSION / PENS / NENKIN / KISO_NENKIN (``_NO``, ``-NO``, ``_NUMBER``), 年金番号 /
  基礎年金番号;
* :data:`INSURED_HEAD` — 被保険者番号 / 被保険者証番号 / 保険証番号, INSURED_NO / HIHOKENSHA_NO;
* :data:`NAME_HEAD` — the person column (氏名, NAME, フリガナ …) whose value may take two fields;
* :data:`AMOUNT_HEAD` — an amount or a count (金額, 件数, 合計, AMOUNT, TOTAL, ``*_AMOUNT`` …): a
  plain number there is no personal number.

:func:`header_label` gives the label a header cell types its column as (the first of
:data:`HEADER_LABELS` that matches). The patterns are searched (``re.search``); the anchored
alternatives are whole-cell words.

>>> words = ("ACCOUNT_NO", "振込口座番号", "口座", "携帯電話", "連絡先", "NENKIN_NO", "PENS-NO")
>>> [header_label(w) for w in words]
['口座番号', '口座番号', '口座番号', '電話番号', '電話番号', '基礎年金番号', '基礎年金番号']
>>> [header_label(w) for w in ("HOTEL", "連絡先住所", "口座名義", "金額", "NAME")]
[None, None, None, None, None]
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile

__all__ = [
    "ACCOUNT_HEAD",
    "AMOUNT_HEAD",
    "HEADER_LABELS",
    "INSURED_HEAD",
    "NAME_HEAD",
    "PENSION_HEAD",
    "TEL_HEAD",
    "header_label",
]

ACCOUNT_HEAD = lazy_compile(
    r"(?i)口座番号|^口座$|^(?:acct|account|koza|kouza)(?:_?no)?$|^(?:acct|account)_?(?:no|number)$"
)
TEL_HEAD = lazy_compile(r"(?i)電話|携帯|\btel\b|phone|^連絡先$")
PENSION_HEAD = lazy_compile(
    r"(?i)^(?:pens(?:ion)?|nenkin|kiso[-_]?nenkin)(?:[-_.]?(?:no|num|number|bango))?\.?$|^(?:基礎)?年金番号$"
)
INSURED_HEAD = lazy_compile(r"(?i)^(?:被保険者番号|被保険者証番号|保険証番号|insured_?no|hihokensha_?no)$")
NAME_HEAD = lazy_compile(
    r"(?i)^(?:氏名|名前|利用者名|受給者名|フリガナ|ふりがな|カナ氏名|name|name[-_]?kana|kana[-_]?name|kana|shimei|namae)$"
)
AMOUNT_HEAD = lazy_compile(
    r"(?i)(?:金額|件数|合計|残高|数量|人口|世帯数|人数|単価|価格|額)$|^(?:amount|amt|kingaku|total|sum|count|cnt|"
    r"qty|quantity|kensu|balance|zandaka|price|yen)s?$|_(?:amount|amt|total|count|cnt|qty|balance)$"
)

#: (label, header pattern) in the order a header cell is tried: the label types the column
HEADER_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("被保険者番号", INSURED_HEAD),
    ("基礎年金番号", PENSION_HEAD),
    ("口座番号", ACCOUNT_HEAD),
    ("電話番号", TEL_HEAD),
)


def header_label(word: str) -> str | None:
    """The label the header cell ``word`` types its column as, or None."""
    return next((label for label, pattern in HEADER_LABELS if pattern.search(word)), None)
