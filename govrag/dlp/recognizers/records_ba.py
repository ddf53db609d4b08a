r"""Round BA: person records, household lists and foreign account labels read generically.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_ay`):

1. **coded glued records** (:func:`_coded_rows`): a record number, a kanji name and its half-width
   kana reading, then one digit run ``YYYYMMDD`` + one code digit + an 11-digit mobile number (a
   tail of at most 4 digits allowed); and record-type-led pension rows ``[A-Z]\d`` + 10 digits + a
   kana name + ``YYYYMMDD`` + a code digit, a blank and a 7-digit postal code ending the line.
2. **compact era rows**: a record number, a kana name, an era-letter date ``S510115`` and an
   11-digit mobile number, separated by blanks.
3. **household lists** (:func:`_household_rows`): ``1. 名前（妻）日付`` or ``配偶者　名前　日付``
   — the date right after a relation word and a name is a birth date, when the block has a
   household heading (同居 / 世帯 / 家族 / 続柄 / 扶養 / 親族) or two such rows; a name that is a
   status word (なし, 変更 …) or a date followed by a time or another event is never read.
4. **headerless pipe records** (:func:`_pipe_rows`): ``no|10 digits|surname|given|YYYYMMDD|zip|
   address`` in a pension context (年金 / ﾈﾝｷﾝ / NENKIN in the text, or ``KN`` in a ``*`` / ``#``
   header line): the 10 digits are a pension number, only when the row holds a birth date, a
   postal code and an address.
5. **kana transfer lines**: ``ｺｳｻﾞ nnnnnnn`` on a line naming ``ｷﾝﾕｳｷｶﾝ`` / ``ｼﾃﾝ`` / ``ﾖｷﾝ`` is an
   account number, ``ﾒｲｷﾞ <kana>`` its holder.
6. **foreign account labels**: Chinese 账号 / 帐号 / 账户 and Korean 계좌번호 before a digit run;
   the holder after 户名 / 收款人.
7. **double-spaced cards**: ``Card:`` / カード番号 before four Luhn-valid groups split by two blanks.
8. **spaced-hyphen mobiles** (``090 - 1234 - 5678``) ending a line that holds a 〒 postal code.

>>> row = "ｷﾝﾕｳｷｶﾝ 0009 ｼﾃﾝ 412 ﾖｷﾝ 1 ｺｳｻﾞ 6651029 ﾒｲｷﾞ ｵｶﾞﾜ ｼﾝｲﾁ"
>>> [f.text for f in record_ba_forms(row, row)]
['口座番号：6651029\n氏名：ｵｶﾞﾜ ｼﾝｲﾁ']
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.credit_card import luhn_ok
from govrag.dlp.recognizers.fragments import HW_KANA_NAME
from govrag.text.eras import ERA_NAMES, era_code_date, past_text, past_ymd_text

__all__ = ["record_ba_forms"]


_KANJI = "一-龥々ヶ"
_CODED = lazy_compile(
    rf"(?m)^\d{{2,6}}(?P<name>[{_KANJI}]{{1,5}}[ ][{_KANJI}]{{1,5}})[ ]*(?P<kana>{HW_KANA_NAME})[ ]+"
    r"(?P<dob>(?:19|20)\d{6})\d(?P<tel>0[6-9]0\d{8})\d{0,4}[ ]*$"
)
_PENSION_ROW = lazy_compile(
    rf"(?m)^(?P<kind>[A-Z0-9])\d(?P<pen>\d{{10}})(?P<kana>{HW_KANA_NAME})[ ]{{2,}}"
    r"(?P<dob>(?:19|20)\d{6})\d[ ](?P<zip>\d{7})[ ]*$"
)
_ERA_ROW = lazy_compile(
    rf"(?m)^\d{{4,10}}(?P<kana>{HW_KANA_NAME})[ \t]+(?P<dob>[MTSHR]\d{{6}})[ \t]+"
    r"(?P<tel>0[6-9]0\d{8})(?!\d)"
)
_REL = r"世帯主|配偶者|本人|妻|夫|[長次二三四]男|[長次二三四]女|子|父|母|祖父|祖母|義父|義母|兄|姉|弟|妹|孫"
_NAME = rf"[{_KANJI}]{{1,4}}(?:[ ][{_KANJI}ぁ-ゖァ-ヺ]{{1,5}})?|[{_KANJI}ぁ-ゖァ-ヺ]{{1,5}}"
_DATE = (
    rf"(?:{'|'.join(ERA_NAMES)}|[MTSHR])(?:\d{{1,2}}|元)(?:年\d{{1,2}}月\d{{1,2}}日|\.\d{{1,2}}\.\d{{1,2}})"
    r"|(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|-\d{1,2}-\d{1,2})"
)
_REL_NAME = lazy_compile(
    rf"(?m)^[ \t]*(?:[・･]|\(?\d{{1,2}}[.)．][ \t]*|\(\d{{1,2}}\)[ \t]*)?"
    rf"(?P<name>{_NAME})\((?:{_REL})\)(?P<d>{_DATE})(?![\d.])(?P<rest>[^\n]*)$"
)
_REL_FIRST = lazy_compile(
    rf"(?m)^(?:{_REL})[ ]+(?P<name>{_NAME})[ ]+(?P<d>{_DATE})(?![\d.])(?P<rest>[^\n]*)$"
)
_NOT_NAME = lazy_compile(
    rf"なし|無し|変更|死亡|転出|同上|不明|未定|予定|該当|届出|扶養|^[有無]$|^(?:{_REL})$"
)
_REST_VETO = lazy_compile(
    r"\d{1,2}:\d{2}|着任|発行|来所|来庁|予定|届|死亡|転出|転入|入居|交付|受付|提出|認定|削除|異動|取得|喪失|変更|開始|終了"
)
_HOUSEHOLD = lazy_compile(r"同居|世帯|家族|続柄|扶養|親族")
_PENSION_CONTEXT = lazy_compile(
    r"年金|ﾈﾝｷﾝ|(?<![A-Za-z])NENKIN(?![A-Za-z])|(?m:^[*#][^\n]*(?<![A-Za-z])KN(?![A-Za-z]))", re.IGNORECASE
)
_ADDRESS_FIELD = lazy_compile(r"^(?:[^\d|]{2,4}[都道府県])?[^\d|]{1,8}[市区町村郡][^|]*\d")
_KANA_LINE = lazy_compile(r"(?m)^[^\n]*(?:ｷﾝﾕｳｷｶﾝ|ｼﾃﾝ|ﾖｷﾝ)[^\n]*$")
_KOUZA = lazy_compile(r"ｺｳｻﾞ[ :]*(?P<v>\d{7})(?![\d])")
_MEIGI = lazy_compile(rf"ﾒｲｷﾞ[ :]*(?P<v>{HW_KANA_NAME})")
_HOLDER = lazy_compile(r"(?:户名|戶名|收款人)[ ]*[:：]?[ ]*(?P<v>[一-龥]{2,4})(?![一-龥])")
_FOREIGN_ACCOUNT = lazy_compile(
    r"(?:账号|帐号|账户|賬號|계좌번호|계좌)[ ]*[:：]?[ ]*"
    r"(?P<v>\d{10,19}|\d{2,6}(?:-\d{2,6}){1,3})(?![\d-])"
)
_CARD = lazy_compile(
    r"(?i)(?:card(?:[ ]*no\.?)?|カード番号|カード)[ ]*[:：][ ]*"
    r"(?P<v>\d{4}(?:[ ]{2}\d{4}){3}|\d{4}[ ]{2}\d{6}[ ]{2}\d{5})(?![\d])"
)
_SPACED_MOBILE = lazy_compile(r"(?m)^[^\n]*〒[ ]?\d{3}-?\d{4}[^\n]*?[ ](?P<v>0[6-9]0 - \d{4} - \d{4})[ ]*$")


def _era(value: str) -> str | None:
    return past_text(era_code_date(value[0], int(value[1:3]), int(value[3:5]), int(value[5:7])))


def _pair(label: str, m: re.Match[str], group: str, value: str | None = None) -> Pair:
    if value is None:
        return exact_pair(label, m.start(group), m.group(group))
    return whole_pair(label, m.start(group), m.end(group), value)


def _coded_rows(folded: str, text: str) -> list[Pair]:
    """Glued coded records, pension rows ending in a postal code (their record-type letter taken
    from ``text``: folding may read it as a digit), and compact era rows."""
    pairs: list[Pair] = []
    for m in _CODED.finditer(folded):
        born = past_ymd_text(m.group("dob"))
        if born:
            pairs += [_pair("氏名", m, "name"), _pair("氏名", m, "kana"), _pair("生年月日", m, "dob", born)]
            pairs.append(_pair("電話番号", m, "tel"))
    for m in _PENSION_ROW.finditer(folded):
        born = past_ymd_text(m.group("dob"))
        if born and m.group("zip")[:3] != "000" and text[m.start("kind")].isupper():
            pairs += [
                _pair("基礎年金番号", m, "pen"),
                _pair("氏名", m, "kana"),
                _pair("生年月日", m, "dob", born),
            ]
            pairs.append(_pair("郵便番号", m, "zip"))
    for m in _ERA_ROW.finditer(folded):
        born = _era(m.group("dob"))
        if born:
            pairs += [
                _pair("氏名", m, "kana"),
                _pair("生年月日", m, "dob", born),
                _pair("電話番号", m, "tel"),
            ]
    return pairs


def _household_rows(folded: str) -> list[Pair]:
    """Names and birth dates of household member lists."""
    pairs: list[Pair] = []
    for blk in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", folded):
        block, at = blk.group(0), blk.start()
        rows = [
            m
            for rx in (_REL_NAME, _REL_FIRST)
            for m in rx.finditer(block)
            if not _NOT_NAME.search(m.group("name")) and not _REST_VETO.search(m.group("rest"))
        ]
        if not rows or (len(rows) < 2 and not _HOUSEHOLD.search(block[: rows[0].start()])):
            continue
        for m in rows:
            pairs.append(exact_pair("氏名", at + m.start("name"), m.group("name")))
            pairs.append(exact_pair("生年月日", at + m.start("d"), m.group("d")))
    return pairs


def _pipe_rows(folded: str) -> list[list[Pair]]:
    """Values of headerless pipe-delimited person records in a pension context, a list a row (the
    address last, closed by a 。 mapped onto its last character: the address recognizer may take
    the line break after it, which a form maps onto the next value or out of the form)."""
    if "|" not in folded or not _PENSION_CONTEXT.search(folded):
        return []
    rows: list[list[Pair]] = []
    for line in re.finditer(r"(?m)^\d{1,6}\|[^\n]*$", folded):
        cells: list[tuple[str, int]] = []
        pos = line.start()
        for cell in line.group(0).split("|"):
            cells.append((cell, pos))
            pos += len(cell) + 1
        if len(cells) < 7:
            continue
        (pen, p0), (sur, p1), (given, p2), (dob, p3), (zip_, p4), (addr, p5) = cells[1:7]
        names_ok = all(re.fullmatch(rf"[{_KANJI}ぁ-ゖァ-ヺ]{{1,5}}", n) for n in (sur, given))
        born = past_ymd_text(dob) if re.fullmatch(r"(?:19|20)\d{6}", dob) else None
        if not (
            re.fullmatch(r"\d{10}", pen) and names_ok and born and re.fullmatch(r"\d{7}|\d{3}-\d{4}", zip_)
        ):
            continue
        if not _ADDRESS_FIELD.search(addr.strip()):
            continue
        pairs = [exact_pair("基礎年金番号", p0, pen), exact_pair("氏名", p1, sur)]
        pairs += [exact_pair("氏名", p2, given), whole_pair("生年月日", p3, p3 + 8, born)]
        pairs += [exact_pair("郵便番号", p4, zip_)]
        label, value, at = exact_pair("住所", p5, addr.rstrip())
        rows.append([*pairs, (label, value + "。", [*at, at[-1]])])
    return rows


def _labelled(folded: str) -> list[Pair]:
    """Kana transfer lines, foreign account labels, double-spaced cards, spaced-hyphen mobiles."""
    pairs: list[Pair] = []
    for line in _KANA_LINE.finditer(folded):
        at, text = line.start(), line.group(0)
        for m in _KOUZA.finditer(text):
            pairs.append(exact_pair("口座番号", at + m.start("v"), m.group("v")))
            for n in _MEIGI.finditer(text, m.end()):
                pairs.append(exact_pair("氏名", at + n.start("v"), n.group("v")))
    # the account's last seven digits stand for it: the label's own recognizer reads 7-digit accounts
    pairs += [
        _pair("口座番号", m, "v", re.sub(r"\D", "", m.group("v"))[-7:])
        for m in _FOREIGN_ACCOUNT.finditer(folded)
    ]
    pairs += [_pair("氏名", m, "v") for m in _HOLDER.finditer(folded)]
    for m in _CARD.finditer(folded):
        if luhn_ok(m.group("v").replace(" ", "")):
            pairs.append(_pair("カード番号", m, "v", re.sub(r"[ ]{2}", " ", m.group("v"))))
    pairs += [
        _pair("電話番号", m, "v", m.group("v").replace(" ", "")) for m in _SPACED_MOBILE.finditer(folded)
    ]
    return pairs


def record_ba_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BA readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    pairs = _coded_rows(folded, text) + _household_rows(folded) + _labelled(folded)
    return offset_forms(pairs) + [f for row in _pipe_rows(folded) for f in offset_forms(row)]
