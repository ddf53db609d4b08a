r"""Round AH: values named in foreign running text, OCR-spaced phones and header-less licence lists.

Each phrase names its value in its own language; the value is rewritten as a Japanese
``label：value`` form line and scanned again (the value's own format and check digit still decide):

* **Korean**: 연락처 / 전화번호 / 휴대폰 번호 before a mobile, or a mobile before 로 전화 / 연락;
  여권번호; 기초연금번호 / 연금번호; 계좌번호;
* **Chinese**: 邮编 / 邮政编码 before a postal code;
* **Vietnamese**: số lương hưu cơ bản … (基礎年金番号);
* **passports**: Spanish ``pasaporte … número / N°``, Taglish ``passport (number) ko …``, romanised
  Nepali ``passport / rahadani number … ho``, a passenger manifest's ``SEAT SURNAME/GIVEN MR DOC``;
* **licences**: Spanish ``licencia / permiso de conducir … número … es``, Japanese ``免許証 … 番号は
  …`` a few words on, a header-less CSV row under a title naming 免許 (its YYYYMMDD cell is the
  birth date);
* **birth dates**: Tagalog (ipinanganak / kaarawan / birthday + a Tagalog or Spanish month),
  Portuguese (nascido/a em dd/mm/yyyy, 1º de março de 1990), Devanagari digits after जन्म मिति,
  a Western year with its era in brackets after a birth label (``1968(S43)年``), the half-width
  kana label ｾｲﾈﾝｶﾞｯﾋﾟ;
* **phones** after 電話 / TEL written with blanks around hyphens and inside a group (OCR).

>>> [f.text for f in phrase_forms("연락처: 010-5937-2064")]
['電話番号：010-5937-2064']
>>> [f.text for f in phrase_forms("Ipinanganak ako noong Marso 5, 1990.")]
['生年月日：1990年3月5日']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, offset_forms
from govrag.dlp.recognizers.fragments import BLANKS
from govrag.text.eras import ERA_NAMES

__all__ = ["after_reference_label", "phrase_forms"]

_Pair = tuple[str, str, list[int]]
_S = BLANKS


def _plain(label: str) -> Callable[[re.Match[str]], _Pair | None]:
    def read(m: re.Match[str]) -> _Pair:
        return label, m.group("v"), list(range(m.start("v"), m.end("v")))

    return read


def _either(label: str) -> Callable[[re.Match[str]], _Pair | None]:
    """The value of group ``v`` or, when that did not take part, of group ``w``."""

    def read(m: re.Match[str]) -> _Pair:
        g = "v" if m.group("v") is not None else "w"
        return label, m.group(g), list(range(m.start(g), m.end(g)))

    return read


def _compact(label: str) -> Callable[[re.Match[str]], _Pair | None]:
    """The value without its blanks (an OCR-spaced phone)."""

    def read(m: re.Match[str]) -> _Pair:
        kept = [(ch, m.start("v") + i) for i, ch in enumerate(m.group("v")) if ch not in " \t\u3000"]
        return label, "".join(ch for ch, _ in kept), [o for _, o in kept]

    return read


_TL_MONTHS = {
    **dict.fromkeys(("enero",), 1),
    **dict.fromkeys(("pebrero", "febrero"), 2),
    **dict.fromkeys(("marso", "marzo"), 3),
    **dict.fromkeys(("abril",), 4),
    **dict.fromkeys(("mayo",), 5),
    **dict.fromkeys(("hunyo", "junio"), 6),
    **dict.fromkeys(("hulyo", "julio"), 7),
    **dict.fromkeys(("agosto",), 8),
    **dict.fromkeys(("setyembre", "septiyembre", "septiembre", "setiembre"), 9),
    **dict.fromkeys(("oktubre", "octubre"), 10),
    **dict.fromkeys(("nobyembre", "noviembre"), 11),
    **dict.fromkeys(("disyembre", "diciembre"), 12),
}
_PT_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
         "outubro", "novembro", "dezembro")
    )
}  # fmt: skip


def _span_pair(value: str, first: int, last: int) -> _Pair:
    """(生年月日, value, offsets): the value's first character maps to ``first``, the rest to
    ``last`` (the original date's last character), so a finding of the whole value maps back to
    the whole original date."""
    return "生年月日", value, [first] + [last] * (len(value) - 1)


_TL_MONTH = "(?P<m>" + "|".join(_TL_MONTHS) + ")"
_TL_BIRTH = lazy_compile(
    r"(?i:ipinanganak|isinilang|kaarawan|kapanganakan|birthday|bertdey)[^\n0-9]{0,30}?"
    r"(?:(?i:" + _TL_MONTH + r")[ \t]+(?P<d>\d{1,2}),?[ \t]+(?P<y>(?:19|20)\d{2})"
    r"|(?:ika-?)?(?P<d2>\d{1,2})[ \t]+(?:ng[ \t]+|de[ \t]+)?(?i:(?P<m2>" + "|".join(_TL_MONTHS) + r"))"
    r",?[ \t]+(?:ng[ \t]+|de[ \t]+)?(?P<y2>(?:19|20)\d{2})"
    r"|(?P<n>\d{1,2}/\d{1,2}/(?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}))(?![0-9])"
)


#: a place's or body's 「birthday」 (its founding anniversary), not a person's
_NOT_PERSON_BIRTHDAY = lazy_compile(
    r"(?i:kaarawan|birthday)[ \t]+(?i:ng|of)[ \t]+(?i:bayan|lungsod|lalawigan|kumpanya|kompanya|paaralan"
    r"|simbahan|bansa|barangay|the\s+(?:town|city|company|school))"
)


def _tagalog(m: re.Match[str]) -> _Pair | None:
    if _NOT_PERSON_BIRTHDAY.match(m.group(0)):
        return None
    if m.group("n") is not None:
        return "生年月日", m.group("n"), list(range(m.start("n"), m.end("n")))
    if m.group("m") is not None:
        month, day, year = _TL_MONTHS.get(m.group("m").lower()), m.group("d"), m.group("y")
        first, last = m.start("m"), m.end("y") - 1
    else:
        month, day, year = _TL_MONTHS.get(m.group("m2").lower()), m.group("d2"), m.group("y2")
        first, last = m.start("d2"), m.end("y2") - 1
        for lead in ("ika-", "ika"):
            if m.string[max(0, first - len(lead)) : first].lower() == lead:
                first -= len(lead)
                break
    if month is None:
        return None
    return _span_pair(f"{year}年{month}月{day}日", first, last)


_PT_BIRTH = lazy_compile(
    r"(?:(?i:nascid[oa]|nasceu)[ \t]+(?i:em|no dia)|(?i:data de nascimento)[ \t]*:?)[ \t]+"
    r"(?:(?P<v>\d{1,2}/\d{1,2}/(?:19|20)\d{2})"
    r"|(?P<d>\d{1,2})(?:º|°|o)?[ \t]+de[ \t]+(?P<m>(?i:" + "|".join(_PT_MONTHS) + r"))[ \t]+de[ \t]+"
    r"(?P<y>(?:19|20)\d{2}))(?![0-9])"
)


def _portuguese(m: re.Match[str]) -> _Pair | None:
    if m.group("v") is not None:
        return "生年月日", m.group("v"), list(range(m.start("v"), m.end("v")))
    month = _PT_MONTHS.get(m.group("m").lower())
    if month is None:
        return None
    return _span_pair(f"{m.group('y')}年{month}月{m.group('d')}日", m.start("d"), m.end("y") - 1)


_DEVANAGARI = str.maketrans("०१२३४५६७८९", "0123456789")
_NE_BIRTH = lazy_compile(
    # round AO: the Bikram Sambat mark (वि.सं.) between the label and the date
    r"जन्म(?:[ \t]*मिति)?(?:[ \t]*\(वि\.[ ]?सं\.\))?[^\n०-९0-9]{0,6}"
    r"(?P<v>[०-९]{4}[-/.][०-९]{1,2}[-/.][०-९]{1,2}|[०-९]{1,2}[-/.][०-९]{1,2}[-/.][०-९]{4})(?![०-९])"
)


def _nepali(m: re.Match[str]) -> _Pair:
    return "生年月日", m.group("v").translate(_DEVANAGARI), list(range(m.start("v"), m.end("v")))


#: a birth label, then a Western year with its era in brackets: 1968(S43)年 5月 7日
_ERA_BRACKET = lazy_compile(
    r"(?P<y>(?:19|20)\d{2})[ \t]*[(（][ \t]*(?:[MTSHR]|" + "|".join(ERA_NAMES) + ")"
    r"[ \t]*\d{1,2}[ \t]*[)）][ \t]*年"
    r"(?P<r>[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日)"
)
#: the birth label before the date, or 生 / 生まれ right after it
_BIRTH_BEFORE = lazy_compile(r"(?:生年月日|誕生日|生まれ)[^\n0-9]{0,6}$")
_BIRTH_AFTER = lazy_compile(r"[ \t\u3000]*生")


def _era_bracket(m: re.Match[str]) -> _Pair | None:
    before = m.string[max(0, m.start() - 16) : m.start()]
    if _BIRTH_BEFORE.search(before) is None and _BIRTH_AFTER.match(m.string, m.end()) is None:
        return None
    return _span_pair(m.group("y") + "年" + m.group("r"), m.start("y"), m.end("r") - 1)


#: the half-width-kana reading of 生年月日 as a label: the date after it (its own format decides)
_KANA_BIRTH = lazy_compile(r"ｾｲﾈﾝｶﾞ[ｯﾂ]ﾋﾟ[ \t]*[:：]?[ \t]*(?P<v>[^\s,，、|]{5,16}?)(?=[\s,，、|]|$)")

#: Korean: contact words before a mobile (연락처: 010-…), or the mobile before 로 전화 / 연락
_KO_MOBILE = r"(?P<v>01[016789][- ]?\d{3,4}[- ]?\d{4})(?![0-9])"
_KO_PHONE_BEFORE = lazy_compile(
    r"(?:연락처|전화\s*번호|전화|휴대폰(?:\s*번호)?|핸드폰(?:\s*번호)?|휴대\s*전화(?:\s*번호)?|(?:제|내|저의)\s*번호)"
    r"(?:는|은|이|:)?[^\n0-9]{0,6}?" + _KO_MOBILE
)
_KO_PHONE_AFTER = lazy_compile(_KO_MOBILE + r"(?:번)?(?:으로|로|에)?\s*(?:전화|연락|문자|카톡)")
_KO_PASSPORT = lazy_compile(
    r"여권(?:\s*번호)?(?:는|은|이|:)?[ \t:(（]*(?P<v>[A-Z]{1,2}\d{7,8})(?![0-9A-Za-z])")
_KO_PENSION = lazy_compile(
    r"(?:기초\s*연금\s*번호|연금\s*번호)(?:는|은|:)?[ \t:]*(?P<v>\d{4}-?\d{6})(?![0-9])")
_KO_ACCOUNT = lazy_compile(r"계좌(?:\s*번호)?(?:는|은|:)?[ \t:]*(?P<v>(?:\d{3}-)?\d{7})(?![0-9-])")
_ZH_POSTAL = lazy_compile(r"(?:邮编|邮政编码|郵遞區號|郵政編碼)[^\n0-9]{0,4}?(?P<v>\d{3}-?\d{4})(?![0-9])")
_VI_PENSION = lazy_compile(
    r"(?i:(?:số|mã số|mã)[ \t]+(?:hiệu[ \t]+)?(?:lương hưu|hưu trí)(?:[ \t]+cơ bản)?)[^\n0-9]{0,30}?"
    r"(?P<v>\d{4}-?\d{6})(?![0-9])"
)
_PASSPORT_VALUE = r"(?P<v>[A-Z]{0,2}\d{6,9}[A-Z]?)(?![0-9A-Za-z])"
_ES_PASSPORT = lazy_compile(
    r"(?i:pasaporte)[^\n.]{0,40}?(?i:n[.º°]+|n[úu]mero|no\.)[ \t:]*(?:es[ \t]+)?(?:el[ \t]+)?"
    + _PASSPORT_VALUE
    # a named country's passport, then its nine digits (pasaporte nacional de Paraguay 123456789)
    + r"|(?i:pasaporte)(?:[ \t]+[^\s\d.,;:]{2,20}){1,4}[ \t]*[:：]?[ \t]+(?:(?i:es|era)[ \t]+)?"
    r"(?P<w>\d{9}|[A-Z]{1,2}\d{7,8})(?![0-9A-Za-z])"
)
_TL_PASSPORT = lazy_compile(
    r"(?i:passport)(?:[ \t]+(?i:number|no\.?))?[ \t]+(?i:ko|niya|nya|mo)\b[ \t,:]*"
    r"(?:(?i:po|ay|is)[ \t,:]+){0,2}" + _PASSPORT_VALUE
)
_NE_PASSPORT = lazy_compile(
    r"(?i:passport|rahadani)(?:[ \t]+(?i:ko))?(?:[ \t]+(?i:number|no\.?|nambar))?"
    r"(?:[ \t]+(?i:chai|ko))?[ \t:]+"
    r"(?P<v>[A-Z]{0,2}\d{7,9})[ \t]+(?i:ho)\b"
)
_MANIFEST = lazy_compile(
    r"(?m)^[ \t]*(?:\d{1,3}[ \t.]+)?\d{1,2}[A-K][ \t]+[A-Z][A-Z'-]+/[A-Z][A-Z '-]*?[ \t]+"
    r"(?:MR|MRS|MS|MISS|MSTR|CHD)[ \t]+(?:[A-Z]{3}[ \t]+)?" + _PASSPORT_VALUE
)
_ES_LICENCE = lazy_compile(
    r"(?i:licencia|permiso|carn[eé]t?)[ \t]+(?i:de)[ \t]+(?i:conducir|manejar|conducción)[^\n.]{0,30}?"
    r"(?<![A-Za-z])(?:(?i:n[úu]mero)|(?i:n)[º°])[^\n.0-9]{0,30}?(?P<v>\d{12})(?![0-9])"
    r"|(?:(?i:n[úu]mero)[^\n.0-9]{0,12})?(?i:licencia|permiso)[ \t]+(?i:de)[ \t]+(?i:conducir|manejar)"
    r"[^\n.0-9:(（]{0,24}?[:(（]?[ \t]*(?P<w>\d{12})(?![0-9])"
)
_JA_LICENCE = lazy_compile(
    r"(?:運転)?免許証(?P<gap>[^\n0-9]{0,24}?)番号(?:は|が|：|:)?[^\n0-9。]{0,8}?(?P<v>\d{12})(?![0-9])"
)
#: another number named between 免許証 and 番号 (免許証と個人番号カードの番号 …)
_OTHER_NUMBER = lazy_compile(
    r"個人|マイナンバー|法人|保険|口座|電話|受付|整理|管理|お客様|通知|カード|在留|旅券|パスポート|年金|資格|住民"
    r"|証明書|[＋+]"
)


#: a line naming a 個人番号 (or another card's number) anywhere: its 12 digits are not read as a licence
_OTHER_ON_LINE = lazy_compile(r"個人番号|マイナンバー|通知カード|法人番号|住民票コード")


def _ja_licence(m: re.Match[str]) -> _Pair | None:
    if _OTHER_NUMBER.search(m.group("gap")):
        return None
    a = m.string.rfind("\n", 0, m.start()) + 1
    b = m.string.find("\n", m.end())
    if _OTHER_ON_LINE.search(m.string, a, len(m.string) if b < 0 else b):
        return None
    return "運転免許証番号", m.group("v"), list(range(m.start("v"), m.end("v")))


def _spaced_phone(m: re.Match[str]) -> _Pair | None:
    """An OCR-spaced phone only (a plain one is read without help)."""
    return _compact("電話番号")(m) if re.search(r"\d[ \t]\d", m.group("v")) else None


_PHONE_LABEL = r"(?:電話(?:番号)?|TEL|Tel|tel|携帯(?:電話)?)"
_SPACED_PHONE = lazy_compile(
    _PHONE_LABEL + r"[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<v>0\d{1,4}[ \t]*-[ \t]*\d(?:[ \t]?\d){1,3}[ \t]*-[ \t]*\d(?:[ \t]?\d){2,3})(?![0-9])"
)

#: round AH: a ゆうちょ 記号番号 (1xxxx-xxxxxxxx) named as a Yucho account in Spanish / Portuguese /
#: English text (cuenta de Yucho …, conta da Yucho Bank …)
_YUCHO = lazy_compile(
    r"(?i:cuenta|conta)[^\n0-9.]{0,30}?(?P<w>1\d{4}-\d{6,8})(?![0-9])|"
    r"(?i:yu+cho|japan\s+post\s+bank)(?:\s+(?i:bank|ginko))?[^\n0-9]{0,12}?(?P<v>1\d{4}[- ]?\d{6,8})(?![0-9])"
)

_SIMPLE: tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], _Pair | None]], ...] = (
    ("0", _KO_PHONE_BEFORE, _plain("電話番号")),
    ("0", _KO_PHONE_AFTER, _plain("電話番号")),
    ("여권", _KO_PASSPORT, _plain("旅券番号")),
    ("연금", _KO_PENSION, _plain("基礎年金番号")),
    ("계좌", _KO_ACCOUNT, _plain("口座番号")),
    ("邮|郵", _ZH_POSTAL, _plain("郵便番号")),
    ("hưu", _VI_PENSION, _plain("基礎年金番号")),
    ("pasaporte", _ES_PASSPORT, _either("旅券番号")),
    ("passport", _TL_PASSPORT, _plain("旅券番号")),
    ("passport|rahadani", _NE_PASSPORT, _plain("旅券番号")),
    ("/", _MANIFEST, _plain("旅券番号")),
    ("免許", _JA_LICENCE, _ja_licence),
    ("cho|post bank|cuenta|conta", _YUCHO, _either("ゆうちょ銀行 記号番号")),
    ("ipinanganak|isinilang|kaarawan|kapanganakan|birthday|bertdey", _TL_BIRTH, _tagalog),
    ("nasc", _PT_BIRTH, _portuguese),
    ("जन्म", _NE_BIRTH, _nepali),
    ("(|（", _ERA_BRACKET, _era_bracket),
    ("ｾｲﾈﾝ", _KANA_BIRTH, _plain("生年月日")),
    ("-", _SPACED_PHONE, _spaced_phone),
)


def _es_licence(text: str) -> Iterator[_Pair]:
    for m in _ES_LICENCE.finditer(text):
        g = "v" if m.group("v") is not None else "w"
        yield "運転免許証番号", m.group(g), list(range(m.start(g), m.end(g)))


#: a header-less CSV list under a title naming 免許: a 12-digit cell and a YYYYMMDD cell
_LICENCE_TITLE = lazy_compile(r"^[^\n,]*免許[^\n,]*$", re.M)
_CSV_ROW = lazy_compile(r"^(?P<v>\d{12}),[^\n]*$", re.M)
_CSV_DATE = lazy_compile(r",(?P<d>(?:19|20)\d{6})(?=,|$)", re.M)


def _licence_list(text: str) -> Iterator[_Pair]:
    for title in _LICENCE_TITLE.finditer(text):
        pos = title.end() + 1
        while True:
            row = _CSV_ROW.match(text, pos)
            if row is None:
                break
            yield "運転免許証番号", row.group("v"), list(range(row.start("v"), row.end("v")))
            for d in _CSV_DATE.finditer(text, row.start(), row.end()):
                yield "生年月日", d.group("d"), list(range(d.start("d"), d.end("d")))
            pos = row.end() + 1


def phrase_forms(text: str) -> list[ColumnForm]:
    """Form lines for the values the phrases above name (folded ``text``)."""
    pairs: list[_Pair] = []
    low = text.lower()
    for word, pattern, read in _SIMPLE:
        if not any(w in low for w in word.split("|")):
            continue
        for m in pattern.finditer(text):
            pair = read(m)
            if pair is not None:
                pairs.append(pair)
    if "conduc" in low or "manejar" in low:
        pairs.extend(_es_licence(text))
    if "免許" in text and "," in text:
        pairs.extend(_licence_list(text))
    return offset_forms(pairs)


#: round AH: an English receipt / reference label right before a 4-4-4 value (Receipt No. …,
#: Reference: …, Ref No …): the document's number, not a 個人番号
_REFERENCE_LABEL = lazy_compile(
    r"(?<![A-Za-z])(?i:receipt|reference|ref|order|invoice|transaction|confirmation|booking|tracking"
    r"|ticket|payment|voucher)[ \t]*(?i:no\.?|number|num\.?|#|id)?[ \t]*[:：#.]?[ \t]*$"
)


def after_reference_label(text: str, start: int) -> bool:
    """The value right after an English receipt / reference label (on its line)."""
    line_start = text.rfind("\n", 0, start) + 1
    return _REFERENCE_LABEL.search(text[max(line_start, start - 40) : start]) is not None
