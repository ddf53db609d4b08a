r"""Record keys and product codes: a 12- or 13-digit value that names a log record or a product is
no 個人番号 and no 法人番号, whatever its check digit (round Q).

* a log or record key right before the value: ``job_id=``, ``request_id:``, ``order_id=``,
  ``id:``, ``code=``, ``trace``, ``session=``, ``sku=`` … (a qualifier in front, ``user_id``, too);
* a product or slip label right before it: 商品コード, JANコード, 品番, 型番, 商品番号, SKU, ISBN,
  バーコード, 注文番号, 伝票番号 …;
* a table column whose header cell is such a label (the header row names the column: every cell
  under it is ruled out; the row model of :mod:`.rows`).

>>> t = "job_id=123456789018 status=done"
>>> record_code(t, 7, 19)
True
>>> t = "品番,品名⏎123456789018,封筒".replace("⏎", "\n")
>>> record_code(t, t.index("1234"), t.index("1234") + 12)
True
>>> record_code("個人番号：123456789018", 5, 17)
False
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.rows import block_top, column_header, line_at

__all__ = [
    "CODE_LABELS",
    "CODE_STEMS_JA",
    "CODE_WORDS_JA",
    "CODE_WORDS_LATIN",
    "RECORD_KEYS",
    "code_words",
    "product_code",
    "record_code",
    "register_code",
]

#: The one product / part / serial code vocabulary (tidy-up of round T): codes' own check, the
#: passport's and the residence card's product-code vetoes, the labelled-line pass's other-number
#: labels and the health card's part-code veto all read it. Japanese labels, whole:
CODE_WORDS_JA: tuple[str, ...] = (
    *("商品コード", "製品コード", "品目コード", "部品コード", "JANコード", "EANコード", "バーコード"),
    *("品番", "型番", "型式", "商品番号", "製品番号", "部品番号", "製造番号", "シリアル番号"),
    *("注文番号", "伝票番号", "受注番号", "発注番号"),
    # round AR: a document register's ledger numbers
    *("簿冊番号", "文書管理番号", "ファイル番号"),
)
#: their stems, for a search anywhere in a line or a header cell (部品 of 部品番号, 製造 of 製造番号)
CODE_STEMS_JA: tuple[str, ...] = (
    *("品番", "型番", "型式", "品目", "部品", "製品", "商品", "製造", "製番", "シリアル", "ロット"),
)
#: Latin labels (matched case-insensitively, as whole words)
CODE_WORDS_LATIN: tuple[str, ...] = (
    *("SKU", "ISBN", "JAN", "EAN", "Item code", "Product code", "Part No", "Part number", "Item No"),
    *("model", "item", "serial"),
)
#: labels of a product's, a slip's or a record's code (a header cell or a label before the value;
#: round AO: an invoice's ``Part No.`` / ``Item No.``)
CODE_LABELS: tuple[str, ...] = (*CODE_WORDS_JA, *CODE_WORDS_LATIN[:9])


def code_words(*, stems: bool = False, latin: bool = True) -> str:
    """The shared vocabulary as a regex alternation (no group): the whole Japanese labels (or their
    stems) and, unless ``latin`` is false, the Latin words, case-insensitive and bounded."""
    ja = "|".join(re.escape(w) for w in (CODE_STEMS_JA if stems else CODE_WORDS_JA))
    if not latin:
        return ja
    words = "|".join(re.escape(w) for w in CODE_WORDS_LATIN)
    return ja + r"|(?<![A-Za-z])(?i:" + words + r")(?![A-Za-z])"


#: English / snake_case keys of a log line or a record (the last word of the key)
RECORD_KEYS: tuple[str, ...] = (
    *("id", "jobid", "requestid", "reqid", "orderid", "traceid", "spanid", "sessionid", "txnid"),
    *("trace", "session", "sid", "txn", "transaction", "code", "sku", "jan", "ean", "isbn", "barcode"),
    *("uuid", "key", "hash", "token", "ref", "seq", "serial", "ticket", "invoice", "order", "job"),
)
_KEY_BEFORE = lazy_compile(
    r"(?<![A-Za-z0-9])(?P<k>[A-Za-z][A-Za-z0-9_.\-]{0,30})[\"']?[ \t]*(?:[:=：#][ \t]*[\"']?|[ \t]+)\Z"
)
_CODE_LABEL_BEFORE = lazy_compile(
    "(?:"
    + "|".join(re.escape(w) for w in CODE_LABELS)
    + r")\.?[ \u3000]*(?:No\.?|[（(][^）)\n]{0,8}[)）])?[ \u3000]*[:：=|｜\t]?[ \u3000]*\Z"
)
#: a header cell naming a code column: a Japanese label anywhere in it, a Latin one as whole words
#: (``Part No`` is no code column's name inside ``Department No``)
_CODE_HEADER = lazy_compile(
    "|".join(re.escape(w) for w in CODE_WORDS_JA)
    + r"|(?<![A-Za-z])(?i:"
    + "|".join(re.escape(w) for w in CODE_LABELS[len(CODE_WORDS_JA) :])
    + r")(?![A-Za-z])"
)
#: key words that name a personal number: such a key is the value's own label, not a record's
_PERSONAL_KEY = lazy_compile(r"(?i:my_?number|mynumber|kojin|houjin|hojin|corporate|individual)")


def _record_key(text: str, start: int) -> bool:
    m = _KEY_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    key = m.group("k")
    if _PERSONAL_KEY.search(key):
        return False
    last = re.split(r"[_.\-]", key.lower())[-1]
    return last in RECORD_KEYS or key.lower().replace("_", "") in RECORD_KEYS


#: round AR: the heading of a register of documents (its lines open with ledger codes)
_REGISTER_HEADING = lazy_compile(
    r"文書管理簿|簿冊|文書目録|ファイル管理簿|文書台帳|ファイル基準表|行政文書ファイル"
)
_TITLE_AFTER = lazy_compile(r"[ \t\u3000]+[^\s\d]")


def register_code(text: str, start: int, end: int) -> bool:
    """Round AR: ``[start, end)`` opens a line followed by a title, in a block headed by a register
    of documents (文書管理簿, 簿冊一覧): a ledger code, not a phone number."""
    a, _ = line_at(text, start, end)
    if text[a:start].strip() or _TITLE_AFTER.match(text, end) is None:
        return False
    top = block_top(text, start, end)
    return top is not None and _REGISTER_HEADING.search(top) is not None


def product_code(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is a product code after its label or a cell of a product-code column
    (round AO: the phone's 品番 / Part No. veto reads this too; round AR: a register's ledger code)."""
    if _CODE_LABEL_BEFORE.search(text, max(0, start - 24), start) or register_code(text, start, end):
        return True
    header = column_header(text, start, end)
    return header is not None and _CODE_HEADER.search(header) is not None


def record_code(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is a record key's value, a product code after its label, or a cell of a
    product-code column."""
    return _record_key(text, start) or product_code(text, start, end)
