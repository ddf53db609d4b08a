"""Round AK: person names after self-introductions in many languages, as values of name-like keys,
in fixed-width records, and Chinese / Korean names after their introduction words.

Each finder takes the text and its UniDic tokens and yields ``(start, end)`` spans, like those of
:mod:`govrag.dlp.recognizers.person_forms`; the person recognizer lists them in ``SPAN_RULES``.
Latin-script names (any alphabet with capitals: Vietnamese diacritics, Cyrillic) are two to four
capitalised words (Title Case or ALL CAPS, apostrophes and hyphens inside); a word that is an
organisation, form or calendar word (Division, Service, REQUIRED, April) stops them.

>>> list(intro_latin("Hello, my name is Ana Lopez and I live here.", []))
[(18, 27)]
>>> list(intro_latin("Dear Sir/Madam, I am writing about the Housing Division.", []))
[]
>>> list(chinese_korean("我叫王小红，想咨询。", []))
[(2, 5)]
>>> list(chinese_korean("我是学生，想咨询。", []))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.person_al import latin_name
from govrag.dlp.recognizers.person_forms import surname_at
from govrag.text.tokenizer import Token as JaToken

__all__ = [
    "KO_SURNAMES",
    "ZH_SURNAMES",
    "caller_surname",
    "chinese_korean",
    "fixed_width_name",
    "intro_latin",
    "kana_after_holder",
    "keyed_name",
    "said_or_quoted_sender",
    "staff_chat_line",
    "thing_record",
    "title_or_company_part",
]

# --- Latin-script names ---------------------------------------------------------------------------
#: Phrases after which a name follows (case-insensitive; accents optional where people drop them).
_INTRO = lazy_compile(
    r"(?:(?i:(?<![^\W\d_])(?:my\s+name\s+is|i\s+am|i'm|i’m|t[ôo]i\s+t[êe]n\s+l[àa]|t[ôo]i\s+l[àa]|"
    r"(?:ol[áa],?\s+|eu\s+)sou|meu\s+nome\s+[ée]|je\s+suis|je\s+m'appelle|(?:le|la)\s+locataire|"
    r"ako\s+si|mein\s+name\s+ist|ich\s+bin|me\s+llamo|mi\s+nombre\s+es|меня\s+зовут|mero\s+naam|"
    r"resident|tenant|applicant|correct\s+name|cardholder|card\s+holder))"
    r"(?:\s*[:：])?[ \t]+|我叫[ 　]*|我是[ 　]*)"
)
def intro_latin(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Latin-script name after a self-introduction (my name is, tôi là, sou, je suis, меня зовут …),
    a role word (Resident, Tenant:) or a corrected-name label."""
    for m in _INTRO.finditer(text):
        span = latin_name(text, m.end())
        if span is not None:
            yield span


_SAID = lazy_compile(r"(?m)^(?=[^\W\d_])(?=.{3,60}?\s+said\s*:)")
_FROM_QUOTED = lazy_compile(r"(?im)^(?:from|差出人|送信者)\s*[:：]\s*[\"“](?=[^\"”\n]{3,60}[\"”]\s*<)")


def said_or_quoted_sender(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Latin name at a line start before ``said:``, or quoted in a ``From: "…" <mail>`` header."""
    for m in _SAID.finditer(text):
        span = latin_name(text, m.end())
        if span is not None and re.match(r"\s+said\s*:", text[span[1] :]):
            yield span
    for m in _FROM_QUOTED.finditer(text):
        span = latin_name(text, m.end())
        if span is not None and text[span[1] : span[1] + 1] in "\"”":
            yield span


# --- values of name-like keys ----------------------------------------------------------------------
_PERSON_KEYS = (
    r"(?:full_?name|name|holder|card_?holder|account_?holder|tenant|applicant|guardian|resident|"
    r"last_?name|first_?name|family_?name|given_?name|surname|shimei|kana_?name|contact_?name)"
)
_KEY_VALUE = lazy_compile(
    r"(?i:(?<![\w.-])[\"']?(?P<k>" + _PERSON_KEYS + r")[\"']?)\s*(?:[:=]\s*)"
    r"(?:\"(?P<d>[^\"\n]{1,40})\"|'(?P<q>[^'\n]{1,40})'|(?P<b>[^\s&,;\"'=}]+(?:[ 　][^\s&,;\"'=}]+)?))"
)
#: a parent object or table that makes ``name`` a thing's name ({"product": {"name": …}})
_THING_OWNER = lazy_compile(
    r"(?i)(?:product|item|goods|venue|facility|place|shop|store|company|org\w*|dept|department|event|"
    r"file|project|service|plan|course|room|building|menu|batch|job|task|app|category)s?[\"']?\s*"
    r"(?::\s*\{|SET\b|\()[^{}\n]{0,40}$"
)
_KANJI_NAME = lazy_compile(r"[一-龥々]{1,4}[ 　]?[一-龥々]{1,4}")
_KANA_NAME = lazy_compile(r"[ｦ-ﾟァ-ヴー]{2,8}[ 　][ｦ-ﾟァ-ヴー]{1,8}|[ァ-ヴー]{2,8}[ 　・][ァ-ヴー]{1,8}")
_HANGUL_NAME = lazy_compile(r"[가-힣]{2,4}")
_KANJI_NOT_NAME = lazy_compile(
    r"会社|課|局|部$|市|区|町|村|県|庁|所|館|係|室|株式|有限|銀行|金庫|組合|支店|本店|営業"
)
_SINGLE_WORD_KEYS = lazy_compile(r"(?i)(?:last|first|family|given|sur)_?name")


def _name_shaped(value: str, key: str, tagged: bool) -> bool:
    """The key's value looks like a person's name in one of the scripts forms use (kanji: with a
    blank between 姓 and 名, or UniDic tags its head 人名; ``tagged`` says which)."""
    if _KANJI_NAME.fullmatch(value):
        return _KANJI_NOT_NAME.search(value) is None and (tagged or " " in value or "\u3000" in value)
    if _KANA_NAME.fullmatch(value) or _HANGUL_NAME.fullmatch(value):
        return True
    least = 1 if _SINGLE_WORD_KEYS.fullmatch(key) else 2
    return latin_name(value, 0, min_words=least) == (0, len(value))


def keyed_name(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """The value of a name-like key in JSON, ``key=value`` logs, SQL literals and form dumps, when
    it is name-shaped and ``name`` is not the name of a product, venue or other thing."""
    for m in _KEY_VALUE.finditer(text):
        group = next(g for g in ("d", "q", "b") if m.group(g) is not None)
        value = m.group(group)
        if not _name_shaped(value, m.group("k"), surname_at(tokens, *m.span(group), any_name=True)):
            continue
        if m.group("k").lower() == "name" and _THING_OWNER.search(text, max(0, m.start() - 60), m.start()):
            continue
        yield m.span(group)


# --- half-width kana after holder labels, fixed-width records -------------------------------------
_HOLDER_KANA = lazy_compile(
    r"(?:口座名義人?|名義人?|預金者名?|受取人名?|ﾌﾘｶﾞﾅ|フリガナ|カナ氏名|ｶﾅ氏名|ｶﾅｼﾒｲ)[ 　]*[:：]?[ 　]*"
    r"(?P<v>[ｦ-ﾟ]{2,8}[ 　][ｦ-ﾟ]{1,8})(?![ｦ-ﾟ])"
)
#: half-width kana words of bank and ledger records (入金, 手数料, 振込 …) that are no names
_KANA_LEDGER_WORDS = lazy_compile(r"ﾆﾕｳｷﾝ|ﾃｽｳﾘﾖｳ|ﾌﾘｺﾐ|ﾌﾘｶｴ|ｼﾕﾂｷﾝ|ﾘｿｸ|ｶ\)|ｼﾔ\)|ﾕ\)|ｺﾋﾟｰ|ｺｳｻﾞ|ｼﾞﾄﾞｳ")


def kana_after_holder(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A half-width-kana name after 口座名義 / 預金者 / フリガナ (ﾔﾏﾀﾞ ﾀﾛｳ)."""
    for m in _HOLDER_KANA.finditer(text):
        if _KANA_LEDGER_WORDS.search(m.group("v")) is None:
            yield m.span("v")


_FIXED_WIDTH = lazy_compile(
    r"(?m)^[ \t]*[A-Z]?\d{4,12}[ \t]+(?P<v>[ｦ-ﾟァ-ヴー]{2,8}[ \u3000][ｦ-ﾟァ-ヴー]{1,8}|"
    r"[A-Z]{2,12} [A-Z]{2,12}(?: [A-Z]{2,12})?)[ \t]{2,}\d{4,}"
)


def fixed_width_name(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A kana or ALL-CAPS romaji name padded with blanks between an ID field and a digit run."""
    for m in _FIXED_WIDTH.finditer(text):
        value = m.group("v")
        if _KANA_LEDGER_WORDS.search(value):
            continue
        if value.isascii() and latin_name(value, 0) != (0, len(value)):
            continue
        yield m.span("v")


# --- Chinese and Korean -----------------------------------------------------------------------------
#: common Chinese family names (simplified and traditional), one character
ZH_SURNAMES = (
    "王李张張刘劉陈陳杨楊赵趙黄黃周吴吳徐孙孫胡朱高林何郭马馬罗羅梁宋郑鄭谢謝韩韓唐冯馮于董萧蕭程曹袁"
    "邓鄧许許傅沈曾彭吕呂苏蘇卢盧蒋蔣蔡贾賈丁魏薛叶葉阎閻余潘杜戴夏钟鍾汪田任姜范方石姚谭譚廖邹鄒熊金陆陸"
    "郝孔白崔康毛邱秦江史顾顧侯邵孟龙龍万萬段钱錢汤湯尹黎易常武乔喬贺賀赖賴龚龔文"
)
_ZH_INTRO = lazy_compile(
    r"(?:我叫|我是|我的名字是|姓名[:：]?)[ 　]*(?P<v>[" + ZH_SURNAMES + r"][一-龥]{1,2})(?=[，,。、！!\s]|$)"
)
KO_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공"
    "현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국은편용예경봉"
)
_KO_INTRO = lazy_compile(
    r"(?:저는[ ]*(?P<a>[" + KO_SURNAMES + r"][가-힣]{1,3})(?=입니다|이라고|라고)|"
    r"(?:이름|성명)[ ]*[:：]?[ ]*(?P<b>[" + KO_SURNAMES + r"][가-힣]{1,3})(?=[\s,/.]|$))"
)


def chinese_korean(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Chinese name after 我叫 / 我是 / 姓名 and a Korean name in 저는 …입니다 or after 이름 / 성명,
    when it starts with a common family name."""
    for m in _ZH_INTRO.finditer(text):
        yield m.span("v")
    for m in _KO_INTRO.finditer(text):
        yield m.span("a") if m.group("a") else m.span("b")


# --- Japanese surnames in office chat lines and phone calls -----------------------------------------
_CHAT_LINE = lazy_compile(r"(?m)^[一-龥]{1,6}係[ 　]+(?P<v>[一-龥々]{1,4})[ 　]+\d{1,2}:\d{2}[ \t]*$")
_CALLER = lazy_compile(r"(?:^|(?<=[。！!？?\n]))[ 　]*(?P<v>[一-龥々]{1,4})です。?[ 　]*$")


def staff_chat_line(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A staff member's surname between a 係 name and a time on a chat line (給与係 山田 15:30)."""
    for m in _CHAT_LINE.finditer(text):
        if surname_at(tokens, *m.span("v"), any_name=True):
            yield m.span("v")


def caller_surname(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A surname alone closing a message as its own sentence (…お願いします。山田です。)."""
    m = _CALLER.search(text)
    if m is not None and surname_at(tokens, *m.span("v"), any_name=True):
        yield m.span("v")


# --- vetoes -------------------------------------------------------------------------------------------
_TITLE_BRACKETS = {"『": "』", "「": "」"}
#: words before a 「…」 that make it a work's title (映画上映会「…」, 読書会テーマ「…」)
_TITLE_CUE = lazy_compile(
    r"(?:映画|上映会?|読書会?|テーマ|図書|書籍|小説|作品|番組|公演|劇|絵本|おすすめ|朗読)[^\n「」]{0,6}$"
)
_COMPANY_HEAD = lazy_compile(r"(?:株式会社|有限会社|合同会社|合資会社|合名会社|[（(][株有][)）])$")


def title_or_company_part(text: str, start: int, end: int) -> bool:
    """A span inside a work's title (『…』, or 「…」 after 映画/読書会 …) or glued after 有限会社
    / 株式会社 (有限会社松岡建装: a company, not its founder)."""
    if _COMPANY_HEAD.search(text, max(0, start - 5), start):
        return True
    for open_, close in _TITLE_BRACKETS.items():
        left = text.rfind(open_, max(0, start - 30), start + 1)
        if left < 0 or text.find(close, left, start) >= 0 or text.find(close, end) < 0:
            continue
        if open_ == "『" or _TITLE_CUE.search(text, max(0, left - 12), left):
            return True
    return False


_NAME_KEY_BEFORE = lazy_compile(r"(?i)(?:^|[\s,{])[\"']?name[\"']?\s*[:：=]\s*[\"']?$")
#: keys of a record about goods, not people (a table's price / stock columns)
_THING_KEY = lazy_compile(
    r"(?im)^[ \t]*(?:price|unit_?price|qty|quantity|sku|stock|jan|product_?(?:id|code))[ \t]*[:：=]"
)


def thing_record(text: str, start: int) -> bool:
    """A value of a bare ``name`` key in a record that also has price / stock keys (a product
    table row read as ``name：…⏎price：…``)."""
    if _NAME_KEY_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    a = text.rfind("\n\n", 0, start) + 1
    b = text.find("\n\n", start)
    return _THING_KEY.search(text, a, len(text) if b < 0 else b) is not None
