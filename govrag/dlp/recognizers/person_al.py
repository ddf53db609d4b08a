"""Round AL person finders: Latin-script names inside Japanese documents and kanji surnames alone
in office notes.

Latin names (2-4 capitalised words of the Latin alphabet with its diacritics, an initial ``A.``,
a lowercase particle ``dela`` / ``van`` / ``bin`` between words, or ``Surname, Given`` with a comma)
are taken after a Japanese role label (入居者, 申請者, 目撃者, 子, 妻, 通訳 …), on a numbered list line,
before 君 / くん / ちゃん, before their katakana reading in brackets (the reading is a name too),
after English labels (Contact person:, Guardian:, Patient:, Interpreter:), in a quote header
(``> … wrote:``) and alone on a dash signature line. Thai and Devanagari names after ชื่อ / नाम.
A kanji surname alone (UniDic 人名-姓, or one UniDic reads as a noun but the project lists as a
surname) is taken after a section or role word (福祉課, 担当, 二係, CW：, 通訳, 担任, 顧問), on either
side of a hand-over arrow, after 旧姓 and as a chat speaker (``山田：…``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.person_forms import NOT_NAME_WORDS, surname_at
from govrag.text.tokenizer import Token as JaToken

__all__ = [
    "english_label_latin",
    "latin_after_role",
    "latin_before_reading",
    "latin_before_small_honorific",
    "latin_numbered_item",
    "latin_quote_or_dash",
    "latin_thing",
    "script_name_after_label",
    "surname_after_section",
    "surname_arrow_or_speaker",
]

# --- Latin-script names ---------------------------------------------------------------------------
_L = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff"
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff\u0391-\u03a9\u0400-\u042f"
#: a capitalised word (Title Case or ALL CAPS, apostrophe or hyphen inside) or an initial (A.)
_WORD = lazy_compile(rf"[A-Z]\.(?=[ 　][{_UP}])|[{_UP}][{_L}]*(?:['’-][{_L}]+)*(?![{_L}])")
_PARTICLES = frozenset(
    "de da das do dos del dela della di du la le van von der den ter ten bin binti bint al el ibn y e".split()
)
_PARTICLE = lazy_compile(rf"([a-z]+)[ 　](?=[{_UP}])")
#: words that end a place or a product, never a person (Ueno Park, Kyoto Tower, Green Hills)
_PLACE_TAIL = frozenset(
    "PARK STATION TOWER HILLS COURT GARDEN GARDENS AVENUE STREET ROAD BRIDGE PLAZA MALL HOUSE "
    "HEIGHTS RESIDENCE MANSION BUILDING TERRACE VILLAGE SQUARE LAKE RIVER BEACH CASTLE TEMPLE SHRINE "
    "AIRPORT PORT LAND WORLD CAFE MARKET CLUB ARENA STADIUM MUSEUM LIBRARY".split()
)
#: capitalised words of forms, products and offices that are no part of a person's name
_NOT_NAME = frozenset(
    "MICROSOFT GOOGLE AMAZON APPLE WINDOWS TEAMS WORKSPACE ZOOM MEETING UPDATE LINE CHROME EXCEL WORD "
    "DEAR SIR MADAM HELLO KITTY BLOCK LETTERS CAPITAL READ WRITE PLEASE SEE ATTACHED SHEET TBD NA N/A "
    "AVAILABLE TUESDAYS MONDAYS NEW RESIDENTS RESIDENT CUSTOMER TEAM RECEPTION CARD HEALTH INSURANCE "
    "CERTIFICATE FORM APPLICATION NOTICE TAX WARD TRANSLATE TRANSLATION LOGISTICS CO LTD FOODS OCEAN "
    "SUNRISE MARCH APRIL MAY JUNE JULY AUGUST MONDAY FRIDAY JAPAN KYOTO OSAKA YOKOHAMA SHINJUKU UENO "
    "NOT APPLICABLE UNKNOWN NONE YES NO OK THANK THANKS YOU BEST REGARDS HI".split()
)


#: calendar, courtesy and form words that end a name before them (Ana Lopez Monday; REQUIRED FIELD)
_STOP_WORDS = frozenset(
    "JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER MONDAY TUESDAY "
    "WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY SIR MADAM DEAR THANK THANKS YOU REQUIRED FIELD OPTIONAL "
    "SEE ATTACHED FORM VACANT HALL CIVIC STREET AVENUE ROAD ARENA AM IS ARE WAS HELLO HI BEST REGARDS "
    "WRITING SORRY NOT SURE RESIDENT RESIDENTS TENANT TAX HOUSING WARD CITIZEN".split()
)
#: a masked word (XXXX, ＊＊): one letter repeated
_MASKED = lazy_compile(r"(\w)\1{2,}")
#: brand and product words (a Latin phrase holding one is a product or a service, never a person)
_PRODUCT = frozenset("MICROSOFT GOOGLE AMAZON APPLE WINDOWS TEAMS WORKSPACE ZOOM CHROME EXCEL".split())


def latin_thing(value: str) -> bool:
    """A Latin-script phrase naming a product or a place (Microsoft Teams, Ueno Park), no person."""
    words = [w.strip(".,'’-").upper() for w in value.split()]
    return len(words) >= 2 and value.isascii() and (
        any(w in _PRODUCT for w in words) or words[-1] in _PLACE_TAIL
    )


def _bad_word(word: str) -> bool:
    w = word.strip(".,'’-").upper()
    return w in NOT_NAME_WORDS or w in _NOT_NAME


def latin_name(text: str, pos: int, *, min_words: int = 2) -> tuple[int, int] | None:
    """The span of a Latin-script (or Cyrillic / Greek) person name starting at ``pos``: 2-4
    (``min_words``-4) capitalised words (an initial ``A.`` or a lowercase particle between words
    allowed), or ``Surname, Given…``. A calendar or courtesy word (April, Thanks, Required) ends the
    name before it; None when it holds an organisation / form / product word, a masked word (XXXX),
    five or more capitalised words (a heading), or ends in a place word (Park, Station). The one
    Latin-name matcher of the person finders (rounds AK, AL and AP use it)."""
    words: list[tuple[int, int]] = []
    while len(words) < 5:
        m = _WORD.match(text, pos)
        if m is None:
            p = _PARTICLE.match(text, pos) if words else None
            if p is None or p.group(1) not in _PARTICLES:
                break
            pos = p.end()
            continue
        if m.group(0).strip(".").upper() in _STOP_WORDS:
            break
        words.append(m.span())
        nxt = text[m.end() : m.end() + 2]
        if nxt[:1] in (" ", "\u3000"):
            pos = m.end() + 1
        elif nxt == ", " and len(words) == 1 and m.group(0)[-1] != ".":
            pos = m.end() + 2  # Okonkwo, Chinedu / HUSSAIN, IMRAN
        else:
            break
    if not min_words <= len(words) <= 4:
        return None
    values = [text[a:b] for a, b in words]
    if any(_bad_word(v) or _MASKED.fullmatch(v) for v in values) or values[-1].upper() in _PLACE_TAIL:
        return None
    if values[-1].endswith(".") or (len(values) > 1 and all(len(v.rstrip(".")) == 1 for v in values)):
        return None
    return words[0][0], words[-1][1]


#: after the name: the end, a blank, a bracket, punctuation or Japanese text (not an English sentence)
_NAME_END = lazy_compile(rf"$|[ 　]*(?:[（(、。,，/／|\n\t]|[ぁ-ゖァ-ヺ一-龥々]|$)|[ 　]+(?![{_L}])")


def _ends_well(text: str, end: int) -> bool:
    return _NAME_END.match(text, end) is not None


#: a bracketed note, then a list separator before the next name (Mei Tan（8歳）、Wei Tan)
_NEXT_ITEM = lazy_compile(r"(?:[ 　]*[（(][^）)\n]{0,12}[）)])?[ 　]*[、，,・／/][ 　]*")


def _names_at(text: str, positions: Iterator[int]) -> Iterator[tuple[int, int]]:
    """The Latin name at each position that ends well, and the names listed after it."""
    for pos in positions:
        span = latin_name(text, pos)
        while span is not None and _ends_well(text, span[1]):
            yield span
            nxt = _NEXT_ITEM.match(text, span[1])
            span = latin_name(text, nxt.end()) if nxt is not None and nxt.end() > span[1] else None


_ROLE_JA = lazy_compile(
    r"(?:(?:入居者|申請者|対象者|相手方?|目撃者|児童名?|生徒名?|保護者|同僚|通訳者?|受付者|世帯員|世帯主|"
    r"相談者|配偶者|同居人|利用者|患者|被保険者|本人|担当者?|担任|講師|代理人|通報者|来所者|来庁者)"
    r"|(?<![一-龥々ァ-ヴー])(?:子|妻|夫|父|母|長男|長女|次男|次女|兄|弟|姉|妹|孫))"
    r"(?:の|[ 　]*[:：])?[ 　]*(?=[A-Z\u00c0-\u00de])"
)


def latin_after_role(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Latin name right after a Japanese role label (入居者：…, 子：…, 同僚の…, 通訳 …)."""
    return _names_at(text, (m.end() for m in _ROLE_JA.finditer(text)))


_NUMBERED = lazy_compile(
    r"(?m)(?:^[ \t　]*(?:\d{1,2}[.)．]|[（(]\d{1,2}[)）])|[①-⑳])[ 　]*(?=[A-Z\u00c0-\u00de])"
)


def latin_numbered_item(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Latin name as the item of a numbered list line (1. …, ① …) in a Japanese document."""
    if re.search(r"[ぁ-ゖァ-ヺ一-龥①-⑳\u3000]", text) is None:
        return iter(())
    return _names_at(text, (m.end() for m in _NUMBERED.finditer(text)))


_LATIN_RUN = lazy_compile(rf"(?<![{_L}])[{_UP}][{_L}'’ .,-]*[{_L}.]")


def _latin_runs(text: str) -> Iterator[tuple[int, int]]:
    """Each Latin-script name in ``text`` found by scanning capitalised runs."""
    for m in _LATIN_RUN.finditer(text):
        span = latin_name(text, m.start())
        if span is not None:
            yield span


_SMALL_HONORIFIC = lazy_compile(r"[ 　]?(?:君|くん|ちゃん)")


def latin_before_small_honorific(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Latin name right before 君 / くん / ちゃん (a child's name)."""
    for s, e in _latin_runs(text):
        if _SMALL_HONORIFIC.match(text, e):
            yield s, e


_READING = lazy_compile(
    r"(?:[ 　]?(?:様|さま|さん|氏|殿))?[ 　]*[（(]"
    r"(?P<r>[ァ-ヴ][ァ-ヴー]*(?:[・･ 　=＝][ァ-ヴ][ァ-ヴー]*){1,3})[）)]"
)


def latin_before_reading(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Latin name before its katakana reading in brackets (Joseph Reyes（ジョセフ・レイエス）): both."""
    for s, e in _latin_runs(text):
        m = _READING.match(text, e)
        if m is not None:
            yield s, e
            yield m.span("r")


_EN_LABEL = lazy_compile(
    r"(?<![A-Za-z])(?i:contact\s+person|emergency\s+contact|guardian|patient|interpreter|applicant|"
    r"parent|spouse|child|witness|tenant|resident)(?:\s+name)?\s*[:：][ \t]*"
)


def english_label_latin(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Latin name after an English label naming a person (Contact person:, Guardian:, Patient:)."""
    return _names_at(text, (m.end() for m in _EN_LABEL.finditer(text)))


_QUOTE_HEADER = lazy_compile(r"(?m)^(?:>[ \t]*)?(?:On [^\n]{1,40}?,[ \t]*)?(?=[A-Z\u00c0-\u00de])")
_DASH_SIGNATURE = lazy_compile(r"(?m)^[ \t]*(?:–|—|--?|―)[ \t]*(?=[A-Z\u00c0-\u00de][^\n]*$)")


def latin_quote_or_dash(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Latin name in a quote header (``> Name wrote:`` / ``On 3 May, Name wrote:``) or alone on
    a dash signature line (``– Name``, ``-- Name``) at the end of a message."""
    for m in _QUOTE_HEADER.finditer(text):
        span = latin_name(text, m.end())
        if span is not None and re.match(r"[ \t]+wrote[ \t]*:", text[span[1] :]):
            yield span
    for m in _DASH_SIGNATURE.finditer(text):
        span = latin_name(text, m.end())
        if span is not None and not text[span[1] :].split("\n", 1)[0].strip():
            yield span


_THAI = "\u0e01-\u0e4e"
_DEVA = "\u0900-\u0963\u0966-\u097f"
_SCRIPT_LABEL = lazy_compile(
    rf"(?:(?<![{_THAI}])ชื่อ[ \t]*[:：]?[ \t]*(?P<t>[{_THAI}]{{2,}}[ \t][{_THAI}]{{2,}})(?![{_THAI}])"
    rf"|(?<![{_DEVA}])नाम[ \t]*[:：]?[ \t]*"
    rf"(?P<d>[{_DEVA}]{{2,}}(?:[ \t][{_DEVA}]{{2,}}){{1,3}})(?![{_DEVA}]))"
)
#: Thai words that start an organisation or place (school, company, hospital, shop, temple …)
_THAI_NOT_NAME = ("โรงเรียน", "บริษัท", "โรงพยาบาล", "ร้าน", "วัด", "มหาวิทยาลัย", "ธนาคาร", "จังหวัด", "เมือง")


def script_name_after_label(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Thai name after ชื่อ or a Devanagari name after नाम (two or more words)."""
    for m in _SCRIPT_LABEL.finditer(text):
        group = "t" if m.group("t") else "d"
        if group == "t" and m.group("t").startswith(_THAI_NOT_NAME):
            continue
        yield m.span(group)


# --- kanji surnames alone --------------------------------------------------------------------------
_SURNAME = r"[一-龥々]{1,3}"
_SECTION = lazy_compile(
    r"(?:(?<![一-龥々])(?![一-龥]*(?:会議|応接|和|教|待合|相談)室)[一-龥]{1,6}(?:課|係|室|班|センター)|担当|担任|顧問|通訳|保健師|相談員|支援員|"
    r"指導員|CW|SW|ケースワーカー|旧姓)[ 　]*[:：]?[ 　]*(?P<v>" + _SURNAME + r"(?:[・、]" + _SURNAME + r")*)"
    r"(?:(?![一-龥々ぁ-ゖァ-ヺ])|(?=より|から|が|は|の|です|に|へ|と))"
)
_ARROW = lazy_compile(
    r"(?<![一-龥々])(?P<a>" + _SURNAME + r")[ 　]*[→⇒][ 　]*(?P<b>" + _SURNAME + r")(?![一-龥々])"
)
_HANDOVER = lazy_compile(r"引継|引き継")
_SPEAKER = lazy_compile(r"(?m)^[ \t　]*(?P<v>" + _SURNAME + r")[ \t]*[:：][ \t　]*(?=\S)")


def _parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"[^・、]+", text[start:end]):
        yield start + m.start(), start + m.end()


def surname_after_section(
    text: str, tokens: Sequence[JaToken], noun_surnames: frozenset[str] = frozenset()
) -> Iterator[tuple[int, int]]:
    """A surname (or ・-joined surnames) alone after a section or role word (福祉課 山田, 担当 山田・
    佐藤, CW：山田, 旧姓 山田, 担任 山田より …)."""
    for m in _SECTION.finditer(text):
        for s, e in _parts(text, *m.span("v")):
            if surname_at(tokens, s, e, noun_surnames=noun_surnames):
                yield s, e


def surname_arrow_or_speaker(
    text: str, tokens: Sequence[JaToken], noun_surnames: frozenset[str] = frozenset()
) -> Iterator[tuple[int, int]]:
    """Surnames on both sides of a hand-over arrow (山田→佐藤 引継) and a chat speaker (山田：…)."""
    for m in _ARROW.finditer(text):
        spans = [m.span("a"), m.span("b")]
        known = sum(surname_at(tokens, s, e, noun_surnames=noun_surnames) for s, e in spans)
        line_end = text.find("\n", m.end())
        handover = _HANDOVER.search(text[m.end() : len(text) if line_end < 0 else line_end]) is not None
        if known == 2 or (known == 1 and handover and min(e - s for s, e in spans) >= 2):
            yield from spans
    for m in _SPEAKER.finditer(text):
        if surname_at(tokens, *m.span("v"), noun_surnames=noun_surnames):
            yield m.span("v")
