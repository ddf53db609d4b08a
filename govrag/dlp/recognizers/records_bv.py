r"""Round BV: Zengin-style transfer files, corrected accounts in chats, foreign payee blocks and
half-width kana number labels.

* **Transfer files** (:func:`_transfer_pairs`): a run of data lines ``2`` + a 4-digit bank code +
  the bank's half-width kana name or blanks + branch 3 (a kana branch name and a 4-digit code may
  follow) + account type 1 + account 7 (glued or blank-separated) + the payee's kana name + a
  10-digit amount, right below a header line (``1`` + type code + zeros …) or right above a trailer
  line (``8…``). Every line of the run must have a type digit 1 / 2 / 4 / 9 and a bank code and
  account other than zeros; the account goes out as ``口座番号``, the payee as ``フリガナ``.
* **Corrected accounts** (:func:`_correction_pairs`): seven digits right after 正しくは / 正しい番号は /
  訂正後 when the last number word before them (within 300 characters) is 口座 — a 郵便番号 / 電話番号 /
  受付番号 … in between, a date or an amount (円, 年 …) is no account.
* **Foreign payee blocks** (:func:`_payee_pairs`): ``Conta`` / ``Número da conta`` / ``Cuenta`` /
  ``Número de cuenta`` / ``Account (No.)`` then 6–8 digits, within three lines below a
  ``Banco:`` / ``Bank:`` line.
* **Amounts** (:func:`amount_value`, a veto): digits followed by 円 or after ¥ are an amount, no
  account, unless an account label stands right before them.
* **Half-width kana labels** (:data:`_KANA_LABELS`): ｷｿﾈﾝｷﾝﾊﾞﾝｺﾞｳ, ﾈﾝｷﾝﾊﾞﾝｺﾞｳ, ｺｳｻﾞﾊﾞﾝｺﾞｳ,
  ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ, ﾎｹﾝｼｬ(ﾊﾞﾝｺﾞｳ), ﾋﾎｹﾝｼｬ(ﾊﾞﾝｺﾞｳ), ｷｺﾞｳ / ﾊﾞﾝｺﾞｳ, ｴﾀﾞﾊﾞﾝ … and a value are rewritten under the
  label's Japanese words, so the rescan's recognizers judge the value's shape.

>>> rows = "1210000000000ｼﾔｸｼﾖ\n20009ﾃｽﾄｷﾞﾝｺｳ  10211234567ﾔﾏﾀﾞ ﾊﾅｺ   0000001000\n8000001"
>>> record_bv_forms(rows, rows)[0].text.splitlines()
['口座番号：1234567', 'フリガナ：ﾔﾏﾀﾞ ﾊﾅｺ']
>>> line = "ｷｿﾈﾝｷﾝﾊﾞﾝｺﾞｳ: 1111-222333"
>>> record_bv_forms(line, line)[0].text
'基礎年金番号：1111-222333'
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms
from govrag.dlp.recognizers.fragments import HW_KANA

__all__ = ["amount_value", "record_bv_forms"]

_HEADER = lazy_compile(r"1\d{12,16}[^\n]*")
_TRAILER = lazy_compile(r"8\d{3,}[0-9 ]*")
#: a data record: bank code, kana bank name or blanks, branch (+ name, clearing code), type, account,
#: the payee's kana name, a 10-digit amount and maybe further code fields
_DATA = lazy_compile(
    rf"2(?P<bank>\d{{4}})(?:{HW_KANA}+(?:[ ]{HW_KANA}+)*)?[ ]*(?P<branch>\d{{3}})"
    rf"(?:{HW_KANA}+[ ]*(?:\d{{4}})?)?[ ]?(?P<type>\d)[ ]?(?P<acct>\d{{7}})[ ]*"
    rf"(?P<name>{HW_KANA}{{2,}}(?:[ ]{HW_KANA}+){{0,2}})[ ]{{2,}}(?P<amount>\d{{10}})(?:[ ]*[0-9A-Z ]*)?"
)
_ACCOUNT_TYPES = frozenset("1249")


def _transfer_pairs(folded: str) -> list[Pair]:
    """Accounts and payees of data-line runs right below a header or right above a trailer."""
    pairs: list[Pair] = []
    run: list[tuple[int, re.Match[str]]] = []
    after_header = False
    pos = 0
    for line in [*folded.split("\n"), ""]:
        m = _DATA.fullmatch(line.rstrip())
        if m:
            run.append((pos, m))
        else:
            if run and (after_header or _TRAILER.fullmatch(line.rstrip())) and _valid(run):
                for offset, d in run:
                    pairs.append(exact_pair("口座番号", offset + d.start("acct"), d.group("acct")))
                    pairs.append(exact_pair("フリガナ", offset + d.start("name"), d.group("name")))
            run = []
            after_header = _HEADER.fullmatch(line.rstrip()) is not None
        pos += len(line) + 1
    return pairs


def _valid(run: list[tuple[int, re.Match[str]]]) -> bool:
    return all(
        d.group("type") in _ACCOUNT_TYPES and d.group("bank") != "0000" and d.group("acct") != "0000000"
        for _, d in run
    )


_CORRECTION = lazy_compile(
    r"(?:正しくは|正しい(?:口座)?番号は|訂正後(?:の番号)?(?:は)?)[ ]*[:：]?[ ]*(?P<v>\d{7})"
    r"(?![\d０-９年月日円/.,\-万件人号])"
)
#: number words: the last one before a correction says what was corrected
_NUMBER_WORD = lazy_compile(
    r"口座|〒|(?:郵便|電話|携帯|受付|管理|会員|注文|伝票|保険|証券|整理|請求)(?:番号|No)"
)


def _correction_pairs(folded: str) -> list[Pair]:
    """Corrected seven-digit values whose last number word before them is 口座."""
    pairs: list[Pair] = []
    for m in _CORRECTION.finditer(folded):
        words = _NUMBER_WORD.findall(folded, max(0, m.start() - 300), m.start())
        if words and words[-1] == "口座":
            pairs.append(exact_pair("口座番号", m.start("v"), m.group("v")))
    return pairs


_BANK_LINE = lazy_compile(r"(?im)^[ \t]*(?:banco|bank|banque)[ \t]*[:：]")
_ACCOUNT_LINE = lazy_compile(
    r"(?im)^[ \t]*(?:n[úu]mero[ ]d[ae][ ]cuenta|n[úu]mero[ ]da[ ]conta|conta|cuenta"
    r"|account(?:[ ]?(?:no\.?|number|#))?|acct\.?(?:[ ]?no\.?)?)[ \t]*[:：][ \t]*"
    r"(?P<v>\d{6,8})(?![\d\-/.年円])"
)


def _payee_pairs(folded: str) -> list[Pair]:
    """Account values within three lines below a ``Banco:`` / ``Bank:`` line."""
    banks = [m.start() for m in _BANK_LINE.finditer(folded)]
    pairs: list[Pair] = []
    for m in _ACCOUNT_LINE.finditer(folded):
        if any(b < m.start() and folded.count("\n", b, m.start()) <= 3 for b in banks):
            pairs.append(exact_pair("口座番号", m.start("v"), m.group("v")))
    return pairs


#: half-width kana label (longest first) → the Japanese label the rescan reads
_KANA_LABELS: tuple[tuple[str, str], ...] = (
    (r"ｷｿ[ ]?ﾈﾝｷﾝ[ ]?ﾊﾞﾝｺﾞｳ", "基礎年金番号"),
    (r"ﾈﾝｷﾝ[ ]?ﾊﾞﾝｺﾞｳ", "年金番号"),
    (r"ｺｳｻﾞ[ ]?ﾊﾞﾝｺﾞｳ", "口座番号"),
    (r"ﾃﾞﾝﾜ[ ]?ﾊﾞﾝｺﾞｳ", "電話番号"),
    (r"ｹｲﾀｲ[ ]?(?:ﾃﾞﾝﾜ[ ]?)?ﾊﾞﾝｺﾞｳ", "携帯番号"),
    (r"ﾋﾎｹﾝｼ[ｬﾔ][ ]?ﾊﾞﾝｺﾞｳ", "被保険者番号"),
    (r"ﾎｹﾝｼ[ｬﾔ][ ]?ﾊﾞﾝｺﾞｳ", "保険者番号"),
    (r"ﾋﾎｹﾝｼ[ｬﾔ]", "被保険者番号"),
    (r"ﾎｹﾝｼ[ｬﾔ]", "保険者番号"),
    (r"ｴﾀﾞ[ ]?ﾊﾞﾝ(?:ｺﾞｳ)?", "枝番"),
    (r"ｺｼﾞﾝ[ ]?ﾊﾞﾝｺﾞｳ|ﾏｲﾅﾝﾊﾞｰ", "個人番号"),
    (r"ﾕｳﾋﾞﾝ[ ]?ﾊﾞﾝｺﾞｳ", "郵便番号"),
    (r"ﾒﾝｷ[ｮﾖ](?:ｼ[ｮﾖ]ｳ)?[ ]?ﾊﾞﾝｺﾞｳ", "免許証番号"),
    (r"ﾘ[ｮﾖ]ｹﾝ[ ]?ﾊﾞﾝｺﾞｳ", "旅券番号"),
    (r"ｷｺﾞｳ", "被保険者証記号"),
)
_KANA_LABEL = lazy_compile(
    r"(?:^|(?<=[ \t(（/]))(?P<label>"
    + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(_KANA_LABELS))
    + r"|(?P<bango>ﾊﾞﾝｺﾞｳ))[ ]*(?:[:=：][ ]*|[ ]+)(?P<v>[0-9A-Z][0-9A-Z-]{0,15})(?![0-9A-Za-z\uff66-\uff9f])",
    re.M,
)


def _kana_label_pairs(folded: str) -> list[Pair]:
    """Values after a half-width kana number label; a bare ﾊﾞﾝｺﾞｳ only after ｷｺﾞｳ on its line."""
    pairs: list[Pair] = []
    kigo_line = -1
    for m in _KANA_LABEL.finditer(folded):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        if m.group("bango"):
            if kigo_line == line_start and any(c.isdigit() for c in m.group("v")):
                pairs.append(exact_pair("被保険者証番号", m.start("v"), m.group("v")))
            continue
        i = next(i for i in range(len(_KANA_LABELS)) if m.group(f"k{i}"))
        if _KANA_LABELS[i][1] == "被保険者証記号":
            kigo_line = line_start
        if any(c.isdigit() for c in m.group("v")):
            pairs.append(exact_pair(_KANA_LABELS[i][1], m.start("v"), m.group("v")))
    return pairs


def record_bv_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the accounts, payees and labelled numbers round BV reads in ``folded``."""
    if len(text) != len(folded):
        return []
    pairs = _correction_pairs(folded) + _payee_pairs(folded)
    if any("\uff66" <= c <= "\uff9f" for c in folded):
        pairs += _transfer_pairs(folded) + _kana_label_pairs(folded)
    pairs.sort(key=lambda p: p[2][0])
    return offset_forms(pairs)


#: an account label right before a value (the veto never drops such a value)
_ACCOUNT_LABEL = lazy_compile(r"(?:口座番号|口座|番号|account(?: no\.?)?|conta|cuenta)[ ]*[:：]?[ ]*$", re.I)


def amount_value(folded: str, start: int, end: int) -> bool:
    """``[start, end)`` is followed by 円 or follows ¥ / ￥ and no account label stands right before it.

    >>> amount_value("正しくは1250000円です", 4, 11), amount_value("口座番号：1250000円", 5, 12)
    (True, False)
    """
    amount = folded[end : end + 1] == "円" or folded[start - 1 : start] in ("¥", "￥")
    return amount and _ACCOUNT_LABEL.search(folded, max(0, start - 16), start) is None
