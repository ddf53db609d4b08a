r"""Round CD: bank-transfer rows on the Zengin detail structure without a header, glued person runs,
send-log mobiles, numbered family lists, and form numbers of a phone's shape.

Readers (each value rewritten as a ``label：value`` form line for the rescan), all on one line:

* **a transfer row** (a line that also carries a kana name of two words, half- or full-width): bank
  code (4) + branch code (3) + deposit type (1: 1 / 2 / 4 / 9) + account number (7) — spaced, the
  type glued to the account, or all glued into one run with a 10-digit amount after it (a fixed-width
  file) — gives the 7-digit account as ``口座番号``. Codes and amounts on lines without a kana name
  stay unread.
* **a glued person run** after a kana name: ``YYYYMMDD`` (a valid past date) + sex digit (1 / 2) +
  7-digit postal code + a mobile ``0[789]0`` + 8 digits, other digits after — its birth date, postal
  code and mobile.
* **a send-log row** (a date or time cell first): a whole tab- / comma-separated cell of mobile shape.
* **a numbered family list line** ``N) <surname>　<given>（<reading>）　<date>``: the date is a birth.

Veto (:func:`form_number_phone`): a phone-shaped value right after a form / product code label
(様式, 新様式, 様式番号, 品番, 型番, 帳票, form no.) is no phone.

>>> t = "ﾌﾘｺﾐ\n0005 031 2 0827715 ｵｵﾉ ﾀｸﾐ 0000120500"
>>> [f.text for f in record_cd_forms(t, t)]
['口座番号：0827715']
>>> t = "000412ﾌｼﾞﾓﾄ ｱｲ  19880314223100230803441772000150"
>>> [f.text for f in record_cd_forms(t, t)][0].splitlines()
['生年月日：1988年3月14日', '郵便番号：2310023', '電話番号：08034417720']
>>> form_number_phone("新様式 03-1127-4420 に移行", 4, 16)
True
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.rows import text_lines
from govrag.text.eras import past_date_text, past_ymd_text

__all__ = ["form_number_phone", "record_cd_forms"]

#: a kana name of two words (half-width or full-width katakana) somewhere on the line
_KANA_NAME = lazy_compile(r"[ｦ-ﾟ]{2,}[ \u3000]+[ｦ-ﾟ]{2,}|[ァ-ヴー]{2,}[ \u3000]+[ァ-ヴー]{2,}")
#: bank (4) + branch (3) + type (1) + account (7), spaced, or the type glued to the account
_SPACED_TRANSFER = lazy_compile(
    r"(?<![\d\-,.])\d{4}[ \t\u3000]+\d{3}[ \t\u3000]+[1249][ \t\u3000]?(?P<v>\d{7})(?![\d\-,.])"
)
#: the same four fields glued with a zero-padded 10-digit amount after them: a run of exactly 25 digits
_GLUED_TRANSFER = lazy_compile(r"(?<!\d)\d{4}\d{3}[1249](?P<v>\d{7})0\d{9}(?!\d)")
#: a glued person run: birth date, sex digit, postal code, mobile, other digits
_PERSON_RUN = lazy_compile(
    r"(?<!\d)(?P<b>(?P<y>19\d\d|20\d\d)(?P<m>\d\d)(?P<d>\d\d))[12]"
    r"(?P<p>\d{7})(?P<t>0[789]0\d{8})\d*(?!\d)"
)
_MOBILE = r"0[789]0(?:\d{8}|-\d{4}-\d{4})"
_DATE_CELL = (
    r"(?:(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
)  # round CH: a Japanese date too (2025年3月1日 10:00)
#: a send-log row: a date / time cell first, then a whole cell of mobile shape
_LOG_ROW = lazy_compile(
    rf"(?m)^[ \t]*(?:{_DATE_CELL})[ \t]*(?:[\t,][ \t]*[^\t,\n]*?)??"
    rf"[\t,][ \t]*(?P<v>{_MOBILE})[ \t]*(?=[\t,]|$)"
)
_LOG_HEAD = lazy_compile(rf"[ \t]*(?:{_DATE_CELL})[ \t]*[\t,]")
#: ``N) <surname>　<given>（<reading>）　<date>`` in a numbered list
_FAMILY_LINE = lazy_compile(
    r"(?m)^[ \t\u3000]*\d{1,2}[)）.．][ \t\u3000]*[一-龥々ヶ]{1,5}[ \u3000][一-龥々ヶぁ-んァ-ヴー]{1,5}"
    r"[ \t\u3000]*[（(][ぁ-んァ-ヴー \u3000]{2,20}[）)][ \t\u3000]*"
    r"(?P<v>(?P<y>(?:19|20)\d\d)(?P<s>[/\-.年])(?P<m>\d{1,2})(?:(?P=s)|月)(?P<d>\d{1,2})日?)(?![\d/])"
)


def _glued_look_alike(run: str) -> bool:
    """A glued run that is no transfer record: letters in the original (an era code), a leading
    ``YYYYMMDD`` date (a person / order row), or an account of zeros."""
    if not run.isascii() or not run.isdigit() or run[8:15] == "0000000":
        return True
    dated = run[:2] in ("19", "20") and past_ymd_text(run[:8]) is not None
    return dated or _PERSON_RUN.match(run) is not None


def _transfers(folded: str, text: str) -> list[Pair]:
    pairs: list[Pair] = []
    for line, at in text_lines(folded):
        if not _KANA_NAME.search(line):
            continue
        for pattern in (_SPACED_TRANSFER, _GLUED_TRANSFER):
            for m in pattern.finditer(line):
                if pattern is _GLUED_TRANSFER and _glued_look_alike(text[at + m.start() : at + m.end()]):
                    continue
                pairs.append(exact_pair("口座番号", at + m.start("v"), m["v"]))
    return pairs


def _person_runs(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for line, at in text_lines(folded):
        name = _KANA_NAME.search(line)
        if name is None:
            continue
        for m in _PERSON_RUN.finditer(line, name.end()):
            birth = past_date_text(int(m["y"]), int(m["m"]), int(m["d"]))
            if birth is None:
                continue
            pairs.append(whole_pair("生年月日", at + m.start("b"), at + m.end("b"), birth))
            pairs.append(exact_pair("郵便番号", at + m.start("p"), m["p"]))
            pairs.append(exact_pair("電話番号", at + m.start("t"), m["t"]))
    return pairs


def _headed_rows(folded: str) -> set[int]:
    """Starts of the log-shaped rows of a table under a header line (cells of words, no digit) — a
    headed table's columns are typed by their header, not by shape. One pass over the lines."""
    headed, under_header = set(), False
    for line, at in text_lines(folded):
        if _LOG_HEAD.match(line):
            if under_header:
                headed.add(at)
            continue
        under_header = (
            bool(line.strip()) and ("\t" in line or "," in line) and not any(c.isdigit() for c in line)
        )
    return headed


def _phrases(folded: str) -> list[Pair]:
    headed = _headed_rows(folded)
    pairs = [
        exact_pair("電話番号", m.start("v"), m["v"])
        for m in _LOG_ROW.finditer(folded)
        if folded.rfind("\n", 0, m.start()) + 1 not in headed
    ]
    for m in _FAMILY_LINE.finditer(folded):
        birth = past_date_text(int(m["y"]), int(m["m"]), int(m["d"]))
        if birth:
            pairs.append(whole_pair("生年月日", m.start("v"), m.end("v"), birth))
    return pairs


def record_cd_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-CD readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    pairs = _transfers(folded, text) + _person_runs(folded) + _phrases(folded)
    unique = {p[2][0]: p for p in reversed(pairs)}
    return offset_forms([unique[k] for k in sorted(unique)])


#: a form / product code label right before a value (新様式, 様式番号, 品番, 型番, 帳票, form no.)
_FORM_LABEL = lazy_compile(
    r"(?:(?:新|旧|現行?|改正)?様式(?:番号|コード|No\.?)?|品番|型番|製品番号|帳票(?:番号|コード|No\.?)?"
    r"|書式番号|(?i:form[ ]?(?:no\.?|number|#)|model[ ]?no\.?|part[ ]?no\.?))"
    r"[ \t\u3000]*[:：#]?[ \t\u3000]*(?:第[ \t\u3000]*)?$"
)


def form_number_phone(folded: str, start: int, _end: int) -> bool:
    """A phone-shaped value right after a form / product code label (a phone label keeps its own).

    >>> form_number_phone("品番 0120-33-4521", 3, 15), form_number_phone("電話 0120-33-4521", 3, 15)
    (True, False)
    """
    return _FORM_LABEL.search(folded, max(0, start - 16), start) is not None
