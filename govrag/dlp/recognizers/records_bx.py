"""Round BX: look-alikes under another label, and phones alone on a signature's line.

Vetoes (each keeps a value under an explicit label of its own type):

* :func:`other_date_label`: a date whose key or label names another event (``"onset"``,
  ``Arrival in Japan:``, 発症日, 入国日, 交付日, 有効期限 …) or that closes a staff line
  (処理者：<name>　<date>) is no birth date, even beside a birth key in the same object.
* :func:`code_label_number`: a value right after another number's or code's label (印鑑カード番号,
  旧様式コード) is no postal code / 個人番号.
* :func:`numbered_document`: a value wrapped in 第 … 号 (a document number) is no phone number or
  個人番号 (round BR did postal codes).

Reader: a bare phone number alone on its line in a signature block (a line of its own next to a bare
e-mail line or under a 〒 line), rewritten as a ``電話番号：`` line for the phone recognizer.

>>> t = "森 一郎\\n0471234567\\nichiro@example.jp"
>>> [f.text for f in record_bx_forms(t, t)]
['電話番号：0471234567']
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms
from govrag.dlp.recognizers.rows import line_text

__all__ = ["code_label_number", "numbered_document", "other_date_label", "record_bx_forms"]

#: a JSON key right before the value (``"onset": "``)
_JSON_KEY = lazy_compile(r"[\"'](?P<k>[^\"'\n]{1,40})[\"'][ \t]*[:=][ \t]*[\"']?[ \t]*$")
#: a label right before the value: English words or one run of other characters, then a colon
_LABEL = lazy_compile(
    r"(?P<k>[A-Za-z][A-Za-z .'()\-]{0,40}|[^\s:：/|,;、，\"']{1,16})[ \t]*[:：][ \t\u3000]*$"
)
#: keys and labels of events other than a birth
_OTHER_EVENT = lazy_compile(
    r"(?i:onset|arrival|arrived|entry|entered|issued|issue[ _]?date|date[ _]of[ _]issue|expir|valid[ _]until"
    r"|admission|admitted|discharge|registered|registration[ _]?date|received|reported|updated|created"
    r"|modified|start[ _]?date|started|death|died|deadline|due[ _]?date"
    # round CD: enrolment / hiring / application / start keys, also in romaji, es / pt / vi
    r"|enrol{1,2}(?:ed|ment)?|joined|hired|applied|application[ _]?date|start(?![a-z])|commenced"
    r"|nyu{1,2}(?:gaku|sha|kai|en)|to{1,2}u?roku|kaishi|shinsei|uketsuke|hakko|kou?fu"
    r"|matr[ií]cula|ingreso|inscri|nh[aậ]p[ _]?h[oọ]c)"
    r"|発症|入国|上陸|入院|退院|交付|発行|有効|期限|入学|入社|入会|入園"
    r"|(?:受付|受理|届出|申請|処理|登録|更新|作成|診断|検査"
    r"|接種|来庁|発生|入所|退所|転入|転出)(?:年月)?日|死亡|終了|開始"
)
#: a birth word in the key or label keeps the value (fail closed)
_BIRTH_WORD = lazy_compile(r"(?i:birth|dob|born|b\.?day)|生年|誕生|生まれ|出生|生日")
#: a staff line: 処理者：<name>　<date> (the date is the processing date)
_STAFF_LINE = lazy_compile(
    r"^[ \t\u3000]*(?:処理|確認|受付|受理|作成|記入|承認|決裁|入力|点検|起案|対応|審査)(?:者|担当者?)"
    r"[ \t]*[:：][ \t\u3000]*[^\s\d:：]{1,8}(?:[ \u3000][^\s\d:：]{1,6})?[ \t\u3000]+$"
)


def other_date_label(folded: str, start: int, _end: int) -> bool:
    """The date at ``start`` stands under a key or label of another event, or closes a staff line.

    >>> other_date_label('{"dob": "1990-01-02", "onset": "2024-05-06"}', 32, 42)
    True
    >>> other_date_label('{"dob": "1990-01-02", "onset": "2024-05-06"}', 9, 19)
    False
    >>> other_date_label("処理者：山田太郎　令和7年1月6日", 9, 17)
    True
    """
    line_start, line = line_text(folded, start)
    head = line[max(0, start - line_start - 60) : start - line_start]
    m = _JSON_KEY.search(head) or _LABEL.search(head)
    if m is not None:
        key = m["k"]
        return _OTHER_EVENT.search(key) is not None and _BIRTH_WORD.search(key) is None
    return _STAFF_LINE.search(head) is not None and _BIRTH_WORD.search(head) is None


#: another number's or code's label right before the value (a qualifier before 番号 / コード / No.)
_CODE_LABEL = lazy_compile(
    r"(?P<q>[^\s:：\d]{1,14}?)(?:番号|コード|No\.?|ID|(?i:code))[ \t\u3000]*[:：]?[ \t\u3000]*$"
)
#: labels of the value's own type, per entity type (keep the value)
_OWN_LABEL = {
    "JP_POSTAL_CODE": lazy_compile(r"〒|郵便|ユウビン|ゆうびん|ﾕｳﾋﾞﾝ|(?i:zip|post|yubin)"),
    "JP_MY_NUMBER": lazy_compile(r"個人|本人|マイナンバー|(?i:my ?number|kojin)|通知カード"),
    "PHONE_NUMBER": lazy_compile(r"電話|携帯|連絡先|(?i:tel|fax|phone|mobile)|☎"),
}

#: labels of a form's or record's code (the only labels that veto a 個人番号)
_FORM_CODE = lazy_compile(r"コード|(?i:code)|(?:様式|帳票|文書|伝票|注文|受付|整理)番号")


def code_label_number(folded: str, kind: str, start: int) -> bool:
    """The ``kind`` value at ``start`` right after a qualified number / code label of another kind.

    >>> code_label_number("印鑑カード番号 1234567", "JP_POSTAL_CODE", 8)
    True
    >>> code_label_number("郵便番号 1234567", "JP_POSTAL_CODE", 5)
    False
    """
    line_start = folded.rfind("\n", 0, start) + 1
    m = _CODE_LABEL.search(folded, max(line_start, start - 24), start)
    if m is None or m.end() != start or _OWN_LABEL[kind].search(m[0]) is not None:
        return False
    # a 個人番号 only after a code / form label (保険証の番号：… stays a 個人番号: fail closed)
    return kind != "JP_MY_NUMBER" or _FORM_CODE.search(m[0]) is not None


def numbered_document(folded: str, kind: str, start: int, end: int) -> bool:
    """The ``kind`` value wrapped in 第 … 号 (a document number) with no label of its own type in the
    16 characters before.

    >>> numbered_document("保健所発 第03-1234-5678号", "PHONE_NUMBER", 6, 18)
    True
    >>> numbered_document("電話 第03-1234-5678号", "PHONE_NUMBER", 4, 16)
    False
    """
    head = folded[max(0, start - 3) : start].rstrip(" \u3000")
    if not head.endswith("第") or not folded[end : end + 3].lstrip(" \u3000").startswith("号"):
        return False
    return _OWN_LABEL[kind].search(folded, max(0, start - 16), start) is None


#: a bare phone number alone on its line (ten or eleven digits, maybe hyphenated)
_PHONE_LINE = lazy_compile(r"(?m)^[ \t\u3000]*(?P<v>0\d{9,10}|0\d{1,4}-\d{1,4}-\d{4})[ \t\u3000\r]*$")
_MAIL_LINE = lazy_compile(r"[ \t\u3000]*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[ \t\u3000\r]*")
_POSTAL_LINE = lazy_compile(r"[ \t\u3000]*〒")


def _signature_line(lines: list[str], k: int) -> bool:
    """Line ``k`` stands next to a bare e-mail line, or under a 〒 line of the same block."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(lines) and _MAIL_LINE.fullmatch(lines[j]):
            return True
    for j in range(k - 1, max(-1, k - 4), -1):
        if not lines[j].strip():
            return False
        if _POSTAL_LINE.match(lines[j]):
            return True
    return False


def record_bx_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the bare signature phones in ``folded`` (``text``: the original)."""
    if len(text) != len(folded) or "\n" not in folded or ("@" not in folded and "〒" not in folded):
        return []
    lines = folded.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    pairs: list[Pair] = []
    for k, line in enumerate(lines):
        m = _PHONE_LINE.match(line)
        if m is not None and _signature_line(lines, k):
            pairs.append(exact_pair("電話番号", starts[k] + m.start("v"), m["v"]))
    return offset_forms(pairs)
