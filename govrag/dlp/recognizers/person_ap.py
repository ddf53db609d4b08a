"""Round AP person finders: names in the layouts of round AP's PERSON misses.

* a Latin name after a foreign-language name label (Nome:, Pasyente:, Nombre:, Name on card:) or a
  Japanese person noun (実習生：), in brackets after a kanji name (大久保 美咲（OKUBO MISAKI）), and a
  one-word nickname in brackets after a Latin name (LE VAN TUAN（Tuan）);
* English closings: ``Thank you. Given Family,``, a name alone under ``Thanks,`` or a ``--`` line;
* foreign self-introductions (Ako po si, Saya, em là, This is …, मेरो नाम, 我叫李 娜, …입니다);
* half-width kana glued to a lettered record id in a fixed-width record (D00001ﾔﾏﾀﾞ ﾀﾛｳ   1948…);
* the values of a カナ / フリガナ column in CSV rows and of a JSON ``kana`` key;
* a kana reading in （…） after a kanji name (鈴木 孝（スズキ）, 三浦太郎（ミウラ　タロウ）);
* a surname speaking on a timestamped chat line (``[10:02] 木村（医事）: …``);
* a surname (or 姓 名) signing a mail before （address@…）;
* 「…した中野です」 and 「いつもお世話になっております。杉浦です。」 self-introductions;
* a staff surname after 確認者 / 受： / 作業者 / 入力者 / 担当 or before へ after an arrow.

Plus :func:`spaced_title`, the veto of a letter-spaced heading (国 民 健 康 保 険 …, 領　収　書).

>>> list(kana_column_or_reading("A000153ﾊﾗﾀﾞ ｹｲｽｹ      19870611 2200", []))
[(7, 16)]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.forms_an import json_object
from govrag.dlp.recognizers.fragments import HW_KANA_LETTER
from govrag.dlp.recognizers.person_al import latin_name
from govrag.dlp.recognizers.person_forms import surname_at
from govrag.dlp.recognizers.person_intro import KO_SURNAMES, ZH_SURNAMES
from govrag.text.tokenizer import Token as JaToken

__all__ = [
    "chat_or_label_surname",
    "kana_column_or_reading",
    "latin_label_or_closing",
    "spaced_title",
]

_Span = tuple[int, int]


# --- Latin names --------------------------------------------------------------------------------
_LATIN_LABEL = lazy_compile(
    r"(?:(?<![A-Za-z])(?i:nome|nombre|pasyente|paciente|pangalan|name\s+on\s+card|cardholder\s+name|"
    r"nama|họ\s+tên|t[êe]n)[ \t]*[:：]|(?:技能実習生|実習生|研修生|留学生)[ \t]*[:：])[ \t　]*"
)
_KANJI_BEFORE = lazy_compile(r"[一-龥々]{1,4}(?:[ 　][一-龥々ぁ-ゖァ-ヺ]{1,4})?[ 　]*[（(]$")
_NICKNAME = lazy_compile(r"[（(](?P<v>[A-Z][a-z]{1,12})[）)]")
_CLOSING = lazy_compile(
    r"(?<![A-Za-z])(?:Thank\s+you|Thanks)[.!]?[ \t]+(?=[A-Z])|"
    r"(?m:^[ \t]*(?:Thanks|Thank\s+you|Regards|Best|Cheers|Sincerely)[ \t]*[,.!]?[ \t]*\n(?:[ \t]*\n)?)[ \t]*"
    r"|(?m:^[ \t]*--+[ \t]*\n)[ \t]*"
)
_INTRO = lazy_compile(
    r"(?:(?<![A-Za-z])(?i:ako\s+po\s+si|ako\s+si|saya|nama\s+saya|em\s+l[àa]|anh\s+l[àa]|ch[ịi]\s+l[àa]|"
    r"this\s+is|i\s+am|my\s+name\s+is)|मेरो\s+नाम)[ \t]+"
)

#: 我叫李 娜 (a blank between family and given name), 안녕하세요. 박서연입니다.
_ZH_KO = lazy_compile(
    r"我叫[ 　]*(?P<z>[" + ZH_SURNAMES + r"][ 　][一-龥]{1,2})(?=[，,。、！!\s]|$)"
    r"|(?:^|(?<=[.。!！?？][ ]))(?P<k>[" + KO_SURNAMES + r"][가-힣]{1,3})(?=입니다)"
)


def _latin_after(text: str, pos: int, *, alone: bool = False) -> Iterator[_Span]:
    span = latin_name(text, pos)
    if span is None:
        return
    rest = text[span[1] : span[1] + 2]
    if alone and not (rest == "" or rest[0] == "\n" or rest[0] == "," or rest.startswith(" (")):
        return
    yield span
    nick = _NICKNAME.match(text, span[1])
    if nick is not None:
        yield nick.span("v")


def latin_label_or_closing(text: str, tokens: Sequence[JaToken]) -> Iterator[_Span]:
    """Latin names after foreign labels, in brackets after a kanji name, after English closings and
    foreign self-introductions."""
    for m in _LATIN_LABEL.finditer(text):
        yield from _latin_after(text, m.end())
    for m in re.finditer(r"[（(](?=[A-Z])", text):
        head = _KANJI_BEFORE.search(text, max(0, m.start() - 10), m.end())
        if head is None:
            continue
        span = latin_name(text, m.end())
        name_start = head.start()
        if span is not None and text[span[1] : span[1] + 1] in "）)" and surname_at(
            tokens, name_start, name_start + _first_run(text, name_start)
        ):
            yield span
    for m in _CLOSING.finditer(text):
        yield from _latin_after(text, m.end(), alone=True)
    for m in _INTRO.finditer(text):
        span = latin_name(text, m.end())
        if span is not None and text[span[1] : span[1] + 1] in ("", ",", ".", " ", "\n", "，", "。"):
            yield span
    for m in _ZH_KO.finditer(text):
        yield m.span("z") if m.group("z") else m.span("k")


def _first_run(text: str, start: int) -> int:
    """Length of the kanji run at ``start``."""
    m = re.match(r"[一-龥々]+", text[start:])
    return len(m.group(0)) if m else 0


# --- kana -----------------------------------------------------------------------------------------
_HW = HW_KANA_LETTER
_RECORD = lazy_compile(
    r"(?m)^[A-Z]{1,3}\d{4,16}(?P<v>" + _HW + r"{2,10} " + _HW + r"{1,10})(?!" + _HW + r")[ ]{2,}\d{4,}"
)
#: half-width kana of ledgers and of organisations (a company or a foundation holds the account)
_LEDGER = lazy_compile(
    r"ﾆﾕｳｷﾝ|ﾃｽｳﾘﾖｳ|ﾌﾘｺﾐ|ﾌﾘｶｴ|ｼﾕﾂｷﾝ|ﾘｿｸ|ｺﾞｳｹｲ|ｼｭｳｹｲ|ｶﾌﾞｼｷ|ｶﾌﾞ|ﾕｳｹﾞﾝ|ｶﾞｲｼ|ｺﾞｳﾄﾞｳ|ｻﾞｲﾀﾞﾝ|ｼﾔﾀﾞﾝ|"
    r"ｼｬﾀﾞﾝ|ｷﾖｳｶｲ|ｷｮｳｶｲ|ｸﾐｱｲ|ｼﾔｶｲ|ｼｬｶｲ|ﾌｸｼ|ﾎｲｸ|ｼﾞﾑｼﾖ|ｼﾞﾑｼｮ|ｼﾖｳｶｲ|ｼｮｳｶｲ|ｾﾝﾀｰ|ｸﾘﾆﾂｸ|ｸﾘﾆｯｸ|ﾋﾞﾖｳｲﾝ|ﾋﾞｮｳｲﾝ"
)
_KANA_VALUE = lazy_compile(
    r"(?:" + _HW + r"{2,10}(?: " + _HW + r"{1,10})?|[ァ-ヴ][ァ-ヴー]{1,9}(?:[ 　・][ァ-ヴ][ァ-ヴー]{0,9})?"
    r"|[ぁ-ゖ][ぁ-ゖー]{1,7}[ 　][ぁ-ゖ][ぁ-ゖー]{0,7})"
)
_KANA_HEADER = lazy_compile(r"(?:氏名)?(?:カナ|ｶﾅ|フリガナ|ﾌﾘｶﾞﾅ|ふりがな)(?:氏名)?")
_PERSON_HEADER = lazy_compile(r"氏名|名前|世帯主|受給者|患者|届出人|申請者|組合員|受取人|名義")
_JSON_KANA = lazy_compile(
    r"[\"'](?:kana|kana_?name|furigana|yomi|ふりがな|フリガナ|カナ)[\"'][ \t]*:[ \t]*"
    r"[\"'](?P<v>[^\"'\n]{2,24})[\"']"
)
_HOLDER = lazy_compile(
    r"(?:口座名義人?|名義人?|預金者名?)[ 　]*[（(](?:カナ|ｶﾅ|フリガナ|ﾌﾘｶﾞﾅ)[）)][ 　]*[:：]?[ 　]*"
    r"(?P<v>" + _HW + r"{2,10} " + _HW + r"{1,10})(?!" + _HW + r")"
)
#: a kana name after a label that names a person's reading or a check of the person
_KANA_AFTER = lazy_compile(
    r"[（(](?:ふりがな|フリガナ)[）)][ 　]*(?P<h>[ぁ-ゖ][ぁ-ゖー]{1,7}[ 　][ぁ-ゖ][ぁ-ゖー]{0,7})(?![ぁ-ゖ])"
    r"|名義[ 　]*[:：]?[ 　]*(?P<k>[ァ-ヴ][ァ-ヴー]{3,11})(?![ァ-ヴー・])"
    r"|(?:患者|本人)(?:照合|確認)[ 　]*[:：][ 　]*"
    r"(?P<t>[ァ-ヴ][ァ-ヴー]{1,9}[ 　][ァ-ヴ][ァ-ヴー]{0,9})(?![ァ-ヴー])"
    r"|氏名[ 　]*[:：]?[ 　]*(?P<w>" + _HW + r"{2,10} " + _HW + r"{1,10})(?!" + _HW + r")"
)
_JSON_NAME = lazy_compile(r"[\"'](?:name|氏名|full_?name)[\"'][ \t]*:[ \t]*[\"'](?P<v>[^\"'\n]{2,24})[\"']")
#: a JSON 氏名 key (the Latin ``name`` key is round AK's ``keyed_name``)
_JSON_PERSON = lazy_compile(r"[\"']氏名[\"'][ \t]*:[ \t]*[\"'](?P<v>[^\"'\n]{2,12})[\"']")
_NAME_VALUE = lazy_compile(r"[一-龥々]{1,4}[ 　]?[一-龥々ぁ-ゖァ-ヺ]{1,4}|[A-Z]{2,}(?: [A-Z]{2,}){1,2}")
#: an office, not a person (surnames end in 部, 村, 町, 所, 室, 市: 服部, 木村, 田所, 小室, 高市)
_OFFICE = lazy_compile(r"会社|銀行|組合|センター|課$|局$|庁$|係$|班$")
_READING = lazy_compile(r"[（(](?P<v>" + _KANA_VALUE.pattern + r")[）)]")
_BEFORE_READING = lazy_compile(
    r"(?:(?<=[\s:：,、】」』])|^)(?P<n>[一-龥々]{1,4}(?:[ 　][一-龥々ぁ-ゖァ-ヺ]{1,4})?)"
    r"(?:[ 　]?(?:様|さん|氏))?[ 　]*$"
)


def _person_value(value: str) -> bool:
    """A JSON name value shaped like a person's: 姓 名 with a blank, or ALL-CAPS romaji words (a
    room or an office, 第二会議室, has no blank)."""
    return _NAME_VALUE.fullmatch(value) is not None and (" " in value or "\u3000" in value) and not (
        _OFFICE.search(value)
    )


def _plain_kana(kana: str) -> str:
    """Full-width katakana without voicing marks or blanks (ｶﾞ, が, カ → カ)."""
    full = unicodedata.normalize("NFKC", kana)
    kata = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in full if not c.isspace())
    return "".join(c for c in unicodedata.normalize("NFD", kata) if not unicodedata.combining(c))


def _reads_as(tokens: Sequence[JaToken], start: int, kana: str) -> bool:
    """The bracketed kana starts like the UniDic reading of the name's first word (菅原（スガワラ）;
    佐藤（ケアマネ） is a role, no reading)."""
    head = next((t for t in tokens if t.start == start), None)
    if head is None or not head.reading:
        return False
    return _plain_kana(kana)[:2] == _plain_kana(head.reading)[:2]


def _csv_kana(text: str) -> Iterator[_Span]:
    """Kana values under a カナ / フリガナ header of a comma- or tab-separated table of people."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    column: int | None = None
    sep = ","
    for i, line in enumerate(lines):
        sep_here = "\t" if "\t" in line else ","
        cells = line.split(sep_here)
        heads = [j for j, c in enumerate(cells) if _KANA_HEADER.fullmatch(c.strip())]
        if heads and len(cells) >= 2:
            person = any(_PERSON_HEADER.search(c) for c in cells)
            column, sep = (heads[0] if person else None), sep_here
            continue
        if column is None or column >= len(cells) or sep_here != sep:
            continue
        pos = offsets[i] + sum(len(c) + 1 for c in cells[:column])
        value = cells[column]
        if _KANA_VALUE.fullmatch(value) and not _LEDGER.search(value):
            yield pos, pos + len(value)


def kana_column_or_reading(text: str, tokens: Sequence[JaToken]) -> Iterator[_Span]:
    """Half-width kana in lettered fixed-width records, カナ columns, JSON kana keys, and a kana
    reading in brackets after a kanji name (the surname UniDic tags)."""
    for m in _RECORD.finditer(text):
        if not _LEDGER.search(m.group("v")):
            yield m.span("v")
    yield from _csv_kana(text)
    for m in _HOLDER.finditer(text):
        if not _LEDGER.search(m.group("v")):
            yield m.span("v")
    for m in _KANA_AFTER.finditer(text):
        yield m.span(next(g for g in "hktw" if m.group(g)))
    for m in _JSON_PERSON.finditer(text):
        if _person_value(m.group("v")):
            yield m.span("v")
    for m in _JSON_KANA.finditer(text):
        if not _KANA_VALUE.fullmatch(m.group("v")):
            continue
        names = _JSON_NAME.findall(json_object(text, m.start(), m.end()))
        if any(_person_value(n) for n in names):
            yield m.span("v")
    for m in _READING.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        head = _BEFORE_READING.search(text, max(line_start, m.start() - 14), m.start())
        if head is None or _OFFICE.search(head.group("n")):
            continue
        n_start, n_end = head.span("n")
        # the name may start after a label the window also took (氏名　三浦太郎（ミウラ　タロウ）)
        starts = [n_start] + [n_start + i + 1 for i, c in enumerate(head.group("n")) if c in " 　"]
        if any(
            (surname_at(tokens, s, s + _first_run(text, s), places=True) or surname_at(tokens, s, n_end))
            and _reads_as(tokens, s, m.group("v"))
            for s in starts
        ):
            yield m.span("v")


# --- kanji surnames --------------------------------------------------------------------------------
_SURNAME = r"[一-龥々]{1,3}"
_CHAT = lazy_compile(
    r"(?m)^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}:\d{2})[ \t]*(?P<v>" + _SURNAME + r")[ \t]*"
    r"(?P<d>[（(][^）)\n]{1,10}[）)])?[ \t]*[:：]"
)
_MAIL_SIGN = lazy_compile(
    r"(?m)^[ \t　]*(?P<v>[一-龥々]{1,4}(?:[ 　][一-龥々]{1,3})?)[ 　]*"
    r"[（(][ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*[）)]"
    r"[ \t]*$"
)
_SELF_INTRO = lazy_compile(
    r"(?:(?<=した)|(?<=ました)|(?<=おります。)|(?<=しております。)|(?<=様です。)|(?:^|(?<=[。！\n]))[ 　]*)"
    r"(?P<v>" + _SURNAME + r")です(?=[。、！\n]|$)"
)
_STAFF = lazy_compile(
    r"(?:確認者|作業者|入力者|点検者|記入者|処理者|承認者|受付者|担当者?|(?:^|(?<=[\s（(]))受)"
    r"[ 　]*[:：]?[ 　]*"
    r"(?P<v>" + _SURNAME + r")(?=$|[\s）)、。]|へ)"
    r"|[→⇒][ 　]*(?P<a>" + _SURNAME + r")へ",
    re.M,
)

#: an addressee alone on a letter's line, 姓 and 名 set apart by wide blanks (杉田  正人  様)
_ADDRESSEE = lazy_compile(
    r"(?m)^[ \t　]*(?P<v>[一-龥々]{1,4}[ 　]{1,3}[一-龥々ぁ-ゖァ-ヺ]{1,4})[ 　]+(?:様|殿)[ \t　]*$"
)


def chat_or_label_surname(text: str, tokens: Sequence[JaToken]) -> Iterator[_Span]:
    """Timestamped chat speakers, mail signatures before （address）, self-introductions and staff
    surnames after check / entry labels."""
    for m in _CHAT.finditer(text):
        s, e = m.span("v")
        # a place after a bare time is a schedule line (14:00 渋谷：集合), not a speaker
        chat = m.group("d") is not None or m.group(0).lstrip().startswith("[")
        if surname_at(tokens, s, e, places=chat):
            yield s, e
    for m in _MAIL_SIGN.finditer(text):
        s = m.start("v")
        if surname_at(tokens, s, s + _first_run(text, s), places=True) and not _OFFICE.search(m.group("v")):
            yield m.span("v")
    for m in _ADDRESSEE.finditer(text):
        s = m.start("v")
        if surname_at(tokens, s, s + _first_run(text, s)):
            yield m.span("v")
    for rx in (_SELF_INTRO, _STAFF):
        for m in rx.finditer(text):
            group = "a" if "a" in rx.groupindex and m.group("a") else "v"
            s, e = m.span(group)
            if surname_at(tokens, s, e, places=True) and not _OFFICE.search(m.group(group)):
                yield s, e


# --- veto --------------------------------------------------------------------------------------------
def spaced_title(text: str, start: int, end: int) -> bool:
    """The finding lies on a letter-spaced line (国 民 健 康 保 険 …, 領　収　書) that holds no
    氏名 label: every blank-separated part is one character, three or more parts."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a : len(text) if b < 0 else b]
    parts = line.split()
    if len(parts) < 3 or any(len(p) != 1 for p in parts):
        return False
    return "氏名" not in "".join(parts)
