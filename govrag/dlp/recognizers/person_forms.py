"""人名 in the shapes forms and case notes use besides kanji + honorific: Latin letters, katakana,
attendee lists, a name in brackets after 方/対象者, a name glued to its label.

Each finder takes the text and its UniDic tokens and yields ``(start, end)`` spans; the person
recognizer lists them in its ``SPAN_RULES`` table. Latin names are two to four capitalised words
(``TRAN THI HOA``, ``Maria Lopez``) after a name label or next to a passport / residence card
number, never when a word is an organisation word (CO., LTD, SYSTEMS, GOVERNMENT ...). Katakana
names need a name label or a person noun (技能実習生, 留学生, 名義) before them and either two parts
(・ or a space between) or a UniDic 人名 tag, so loanwords (センター, カード) stay out.

>>> list(latin_after_label("氏名：TRAN VAN BINH", []))
[(3, 16)]
>>> list(latin_after_label("申請者：ABC TRADING CO., LTD.", []))
[]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from govrag._lazy import lazy_compile
from govrag.text.tokenizer import Token as JaToken

__all__ = [
    "NOT_NAME_WORDS",
    "attendee_list",
    "bracket_after_person_noun",
    "given_name_before_birth",
    "given_name_before_kun",
    "glued_label",
    "hiragana_name",
    "kana_reading_column",
    "katakana_after_context",
    "katakana_before_nationality",
    "latin_after_label",
    "latin_before_honorific",
    "latin_before_mailbox",
    "latin_by_document",
    "surname_at",
]

# --- Latin letters ------------------------------------------------------------------------------
_WORD = r"(?:[A-Z][a-z]+(?:['-][A-Za-z][a-z]+)?|[A-Z]{2,}(?:['-][A-Z]{2,})?)"
_LATIN_NAME = _WORD + r"(?:[ 　]" + _WORD + r"){1,3}(?![A-Za-z0-9&])"
#: Words that make a capitalised phrase an organisation, place or form text, not a person.
_NOT_NAME_WORDS = frozenset(
    "CO LTD INC CORP CORPORATION COMPANY GROUP HOLDINGS LLC LLP KK GK LIMITED BANK SYSTEM SYSTEMS "
    "TRADING JAPAN TOKYO OSAKA METROPOLITAN GOVERNMENT CITY PREFECTURE MINISTRY AGENCY UNIVERSITY "
    "COLLEGE SCHOOL HOSPITAL CLINIC OFFICE CENTER CENTRE ASSOCIATION FOUNDATION INTERNATIONAL "
    "SERVICE SERVICES TECHNOLOGY TECHNOLOGIES SOLUTIONS INDUSTRIES INDUSTRY ENTERPRISE ENTERPRISES "
    "PARTNERS CONSULTING DEPARTMENT DIVISION BOARD COMMITTEE COUNCIL NPO NGO PROJECT TEAM STORE SHOP "
    "HOTEL MOTOR MOTORS ELECTRIC FOODS STUDIO NETWORK DESIGN REVIEW MANAGER APPLICANT NAME NONE "
    "UNKNOWN SAMPLE TEST ACCOUNT HOLDER THE OF AND FOR NOT APPLICABLE SURNAME GIVEN FAMILY FIRST LAST "
    "MIDDLE DATE BIRTH NUMBER ADDRESS PHONE EMAIL NATIONALITY MALE FEMALE MR MRS MS DR SUPPORT DESK HELP "
    "SECTION UNIT STAFF SALES ADMIN INFO IS".split()
)
#: the same words for other modules of the person recognizer
NOT_NAME_WORDS = _NOT_NAME_WORDS
_NAME_LABEL_JA = (
    r"(?:氏名|お名前|名前|口座名義人?|名義人?|申請人|申請者名?|届出人|受取人|請求人|相談者|本人|被保険者|"
    r"契約者|世帯主|代表者|差出人|フリガナ|ふりがな)"
)
_NAME_LABEL_EN = (
    r"(?<![A-Za-z])(?i:full\s+name|name|applicant|account\s+holder|account\s+name|holder|contact"
    r"|attn\.?|attention)"
)
#: Japanese fields naming a person that take a Latin name too (担当：Kenji SATO, 宛先：…)
_PERSON_LABEL_JA = r"(?:担当者?|宛先|宛名|連絡者|申込者|面談者|受診者|来庁者|相手方|記入者|作成者)"
# an optional bracketed note after the label (氏名（ローマ字）：), then a colon or spaces
_LABEL_TAIL = r"\s*(?:[（(][^）)\n]{1,10}[）)])?\s*[:：]?[ 　]*"
_LATIN_AFTER_LABEL = lazy_compile(
    r"(?:" + _NAME_LABEL_JA + "|" + _PERSON_LABEL_JA + "|" + _NAME_LABEL_EN + ")" + _LABEL_TAIL
    + r"(?P<v>" + _LATIN_NAME + ")"
)
# passport (TK1234567) and residence card (AB12345678CD) numbers, and the labels naming them
_DOC_NUMBER = r"(?<![0-9A-Za-z])[A-Z]{2}\d{7}(?:\d[A-Z]{2})?(?![0-9A-Za-z])"
_DOC_LABEL = r"(?:旅券|パスポート|在留カード|特別永住者証明書|(?i:passport|residence\s+card))"
_LATIN_BY_DOCUMENT = (
    lazy_compile(_DOC_LABEL + r"[^。\n]{0,8}?" + _DOC_NUMBER + r"[)）]?[ 　、,/]+(?P<v>" + _LATIN_NAME + ")"),
    lazy_compile(r"(?P<v>" + _LATIN_NAME + r")[ 　]*[（(]?[ 　]*" + _DOC_LABEL),
)


def _latin_ok(value: str) -> bool:
    return not any(w.strip(".,'-").upper() in _NOT_NAME_WORDS for w in value.split())


def latin_after_label(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Latin-letter name after a name label (氏名, 名義, 申請人, Name …)."""
    for m in _LATIN_AFTER_LABEL.finditer(text):
        if _latin_ok(m.group("v")):
            yield m.span("v")


_LATIN_BEFORE_HONORIFIC = (
    lazy_compile(r"(?P<v>" + _LATIN_NAME + r")[ 　]?(?:様|さま|さん|氏|殿)"),
    lazy_compile(r"(?<![A-Za-z])(?:Mr|Ms|Mrs|Miss|Dr)\.?[ 　]+(?P<v>" + _LATIN_NAME + ")"),
    # a title and a surname alone (Dear Ms. Tanaka,)
    lazy_compile(r"(?<![A-Za-z])(?:Mr|Ms|Mrs|Miss|Dr)\.?[ 　]+(?P<v>" + _WORD + r")(?![ 　]?[A-Za-z'-])"),
)


def latin_before_honorific(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Latin-letter name before 様/さん/氏/殿 or after Mr./Ms./Dr. (Taro Yamada様, Ms. Anna Berg)."""
    for rx in _LATIN_BEFORE_HONORIFIC:
        for m in rx.finditer(text):
            if _latin_ok(m.group("v")):
                yield m.span("v")


def latin_by_document(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Latin-letter name right after a passport / residence card number or before its label."""
    for rx in _LATIN_BY_DOCUMENT:
        for m in rx.finditer(text):
            if _latin_ok(m.group("v")):
                yield m.span("v")


#: a display name before its bracketed e-mail address (a mail header or signature:
#: ``From: Kenji Sato <k.sato@example.jp>``)
_LATIN_BEFORE_MAILBOX = lazy_compile(r"(?P<v>" + _LATIN_NAME + r")[ 　]*[<＜][ 　]*[A-Za-z0-9._%+-]+@")
#: a signature: the name alone on the line after a letter's closing (Best regards,⏎Yuki Tanaka)
_LATIN_SIGNATURE = lazy_compile(
    r"(?<![A-Za-z])(?i:best\s+regards|kind\s+regards|regards|sincerely|yours\s+sincerely|yours\s+truly"
    r"|best\s+wishes|many\s+thanks|thank\s+you)[ 　]*[,.!]?[ 　]*\n[ 　]*"
    r"(?P<v>" + _LATIN_NAME + r")[ 　]*(?=\n|$)"
)


def latin_before_mailbox(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A Latin-letter name right before ``<address@…>``, or alone on the line after a letter's
    closing (a mail signature)."""
    for rx in (_LATIN_BEFORE_MAILBOX, _LATIN_SIGNATURE):
        for m in rx.finditer(text):
            if _latin_ok(m.group("v")):
                yield m.span("v")


# --- katakana -----------------------------------------------------------------------------------
_KANA_PART = r"[ァ-ヴ][ァ-ヴー]{0,11}"
_KANA_NAME = (
    r"(?=[ァ-ヴ・･＝= 　ー]{2})" + _KANA_PART + r"(?:[・･＝= 　]" + _KANA_PART + r"){0,3}(?![ァ-ヴー一-龥々])"
)
# a person noun written right before a name: 技能実習生グエン, 留学生 ホアン, 名義 ヤマダ タロウ
_PERSON_NOUN = (
    r"(?:技能実習生|実習生|研修生|留学生|就学生|外国人労働者|従業員|社員|児童|生徒|利用者|患者|相談者|"
    r"被保険者|受給者|扶養親族|代表取締役|取締役|長男|長女|次男|次女|妻|夫|父|母)"
)
_KANA_AFTER_CONTEXT = lazy_compile(
    r"(?:" + _NAME_LABEL_JA + r"|カナ氏名|氏名カナ)" + _LABEL_TAIL + r"(?P<v>" + _KANA_NAME + ")"
    r"|" + _PERSON_NOUN + r"[ 　]?(?P<w>" + _KANA_NAME + ")"
)
_KANA_SEPARATORS = lazy_compile(r"[・･＝= 　]")
#: a foreign name in katakana, its parts joined by ・/＝, before its nationality in brackets:
#: グエン・ヴァン・アン（ベトナム国籍）, マリア＝ロペス（ペルー出身）
_KANA_BEFORE_NATIONALITY = lazy_compile(
    r"(?<![ァ-ヴー・･＝=])(?P<v>" + _KANA_PART + r"(?:[・･＝=]" + _KANA_PART + r"){1,3})"
    r"[ 　]*[（(][^）)\n]{0,10}(?:国籍|出身)[^）)\n]{0,4}[)）]"
)
_KANA_ONLY = lazy_compile(r"[ァ-ヴー・･＝= 　]+")


def _tagged_name(tokens: Sequence[JaToken], start: int, end: int) -> bool:
    return any("人名" in t.pos for t in tokens if start <= t.start and t.end <= end)


def katakana_after_context(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A katakana name after a name label or a person noun: two parts, or one UniDic 人名."""
    for m in _KANA_AFTER_CONTEXT.finditer(text):
        group = "v" if m.group("v") is not None else "w"
        start, end = m.span(group)
        if _KANA_SEPARATORS.search(m.group(group)) or _tagged_name(tokens, start, end):
            yield start, end


def katakana_before_nationality(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A ・-joined katakana name before （…国籍） / （…出身）."""
    for m in _KANA_BEFORE_NATIONALITY.finditer(text):
        yield m.span("v")


# a two-part katakana field of a delimited row right after a name field: the name's reading
# (「2,<姓 名>,<セイ メイ>,…」, 「<姓 名>／<セイ メイ>／…」)
_KANA_COLUMN = lazy_compile(
    r"(?:^|(?<=[,\t|/]))[ 　]*(?P<v>[ァ-ヴ][ァ-ヴー]{0,11}[ 　][ァ-ヴ][ァ-ヴー]{0,11})[ 　]*(?=$|[,\t|/])",
    re.MULTILINE,
)


def kana_reading_column(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A two-part katakana field right after a field holding a person's name (UniDic 人名)."""
    from govrag.dlp.recognizers.date_of_birth import after_person_name  # tokenizes a window

    for m in _KANA_COLUMN.finditer(text):
        start, end = m.span("v")
        if after_person_name(text, start, end):
            yield start, end
            # the reading confirms a 姓 + 名 field before it that UniDic only half knows (川口 誠)
            before = _KANJI_NAME_FIELD.search(text, max(0, m.start() - 12), m.start())
            if before is not None:
                yield before.span("v")


_KANJI_NAME_FIELD = lazy_compile(
    r"(?:^|(?<=[,\t|/]))[ 　]*(?P<v>[一-龥々]{1,4}[ 　][一-龥々]{1,4})[ 　]*[,\t|/]$", re.MULTILINE
)


# --- kanji names in lists, brackets and glued labels ---------------------------------------------
_LIST_LABEL = lazy_compile(
    r"(?:出席者|参加者|欠席者|出席委員|同席者|立会人|立会者|構成員|担当者|世帯員|同居人|同居者|"
    r"共同申請者|同行者|"
    # round AK: staff lists of an office (面接官：…、…, 出席職員 …・…, 受付 …)
    r"面接官|出席職員|同席職員|職員|受付)\s*[:：]?[ 　]*"
)
_LIST_ITEM = lazy_compile(
    r"(?P<v>" + _LATIN_NAME + r"|[一-龥々]{1,5}(?:[ 　][一-龥々]{1,3})?|" + _KANA_NAME + r")"
    r"(?P<title>委員長|副委員長|座長|副座長|会長|委員|議長|課長|係長|部長|主査|室長)?"
    r"(?:[（(][^）)\n]{1,10}[）)])?"
)
#: What may follow a list item: a separator, bracket, sentence end, honorific or particle.
_ITEM_END = lazy_compile(r"$|[\s、，,／/・（()）。:：]|様|さん|氏|殿|君|くん|ちゃん|[がはのをにともら]")
_LIST_SEPARATOR = lazy_compile(r"[ 　]*[、，,／/・][ 　]*")
#: Words a list item may be that are no names (出席者：委員長、事務局).
_LIST_NOT_NAME = frozenset(
    "委員長 副委員長 委員 座長 会長 議長 事務局 事務局長 各委員 全員 関係者 職員 担当者 担当課 "
    "代理 代理人 本人 家族 保護者 市長 町長 村長 知事 課長 係長 部長 欠席 出席 なし 無し".split()
)


_ORG_END = tuple("課局部室係省庁会所班校院")


_LATIN_ONLY = lazy_compile(_LATIN_NAME)


def _name_item(tokens: Sequence[JaToken], start: int, end: int, value: str, *, in_named_list: bool) -> bool:
    """A list item is a name when UniDic tags a proper noun in it, when it is a two-part katakana
    name, or (in a list with two or more tagged names) when it is 2-4 kanji and no office word."""
    if value in _LIST_NOT_NAME or value.endswith(_ORG_END):
        return False
    if _LATIN_ONLY.fullmatch(value):  # 出席者：John Smith、佐藤
        return _latin_ok(value)
    if _KANA_SEPARATORS.search(value) and _KANA_ONLY.fullmatch(value):
        return True
    if any("固有名詞" in t.pos for t in tokens if start <= t.start and t.end <= end):
        return True
    return in_named_list and 2 <= len(value.replace(" ", "").replace("　", "")) <= 6


def attendee_list(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """Each name of a list after 出席者/参加者 (高橋（座長）、木下、内田), separated by 、."""
    for label in _LIST_LABEL.finditer(text):
        items: list[tuple[int, int, str]] = []
        pos = label.end()
        while (item := _LIST_ITEM.match(text, pos)) is not None:
            if _ITEM_END.match(text, item.end()) is None:
                break  # the item is cut out of a longer word (日本銀行総|裁): no list of names
            items.append((*item.span("v"), item.group("v")))
            sep = _LIST_SEPARATOR.match(text, item.end())
            if sep is None:
                break
            pos = sep.end()
        named = sum(_tagged_name(tokens, s, e) for s, e, _ in items) >= 2
        for start, end, value in items:
            if _name_item(tokens, start, end, value, in_named_list=named):
                yield start, end


# round T: a roster of names on one line, each name 姓 + a blank + 名, the names set apart by blanks
# too (出席者：山本 一郎　佐々木 涼子; the engine folds the full-width blank to a space, so the parts
# are paired by UniDic's tags), after a roster label at the line start (…者, …員, …人, 担当,
# …名簿, メンバー) on the line or the line above
_ROSTER_LABEL = lazy_compile(
    r"(?m)^[ \t\u3000]*[一-龥ァ-ヴー]{0,6}(?:者|員|人|担当|名簿|メンバー)(?:[（(][^）)\n]{0,8}[)）])?"
    r"(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]*\n[ \t\u3000]*|[ \t\u3000]+)"
)
_ROSTER_PART = lazy_compile(r"[一-龥々ぁ-ゖァ-ヴー]{1,4}(?![一-龥々ぁ-ゖァ-ヴー])")
_ROSTER_BLANK = lazy_compile(r"[ \t\u3000]+")


def _roster_parts(text: str, pos: int) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    while (part := _ROSTER_PART.match(text, pos)) is not None:
        parts.append(part.span())
        blank = _ROSTER_BLANK.match(text, part.end())
        if blank is None:
            break
        pos = blank.end()
    return parts


def _tokens_within(tokens: Sequence[JaToken], start: int, end: int) -> list[JaToken]:
    """The tokens inside ``[start, end)`` — tokens are in text order, so a binary search finds the
    first (a scan of every token per call made long texts quadratic)."""
    i = bisect.bisect_left(tokens, start, key=lambda t: t.start)
    inside: list[JaToken] = []
    while i < len(tokens) and tokens[i].start < end:
        if tokens[i].end <= end:
            inside.append(tokens[i])
        i += 1
    return inside


def surname_at(
    tokens: Sequence[JaToken], start: int, end: int, *, places: bool = False, any_name: bool = False,
    noun_surnames: frozenset[str] = frozenset(),
) -> bool:
    """The span is a surname by UniDic — the one surname test of the person finders: its tokens
    cover it exactly, all proper nouns, the first tagged 人名-姓 (any 人名 when ``any_name``: a
    key's value or a caller may be a given name; 地名 too when ``places``, two or more characters:
    千葉, 宮崎 are both); or it is one token of ``noun_surnames`` of two or more kanji (平野 read as a
    noun; a single 西 or 森 is too often a direction or a noun)."""
    inside = _tokens_within(tokens, start, end)
    if not inside or inside[0].start != start or inside[-1].end != end:
        return False
    if len(inside) == 1 and end - start >= 2 and inside[0].surface in noun_surnames:
        return True
    pos = inside[0].pos
    head = (
        pos.endswith("人名-姓")
        or (any_name and "人名" in pos)
        or (places and "地名" in pos and end - start >= 2)
    )
    return head and all("固有名詞" in t.pos for t in inside)


def spaced_roster(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """Each 姓 名 pair of a roster line of two or more names: the line's blank-separated parts,
    paired, when UniDic tags a 姓 at the head of most pairs and fewer 姓 in the pairs' second
    parts (由美 may be tagged 姓), and no part is an office or role word."""
    for label in _ROSTER_LABEL.finditer(text):
        parts = _roster_parts(text, label.end())
        if len(parts) < 4 or len(parts) % 2:
            continue
        words = [text[s:e] for s, e in parts]
        heads = sum(surname_at(tokens, *parts[i]) for i in range(0, len(parts), 2))
        tails = sum(surname_at(tokens, *parts[i]) for i in range(1, len(parts), 2))
        if (
            heads * 3 < len(parts)  # a 姓 at the head of at least two thirds of the pairs …
            or tails >= heads  # … and fewer in second place (山本 佐々木 中川 石井: four surnames)
            or any(
                w in _LIST_NOT_NAME or (w.endswith(_ORG_END) and not _tagged_name(tokens, *p))
                for w, p in zip(words, parts, strict=True)
            )  # (渡部, 服部: a 姓 ending in 部)
        ):
            continue
        for i in range(0, len(parts), 2):
            yield parts[i][0], parts[i + 1][1]


# a space-separated kanji name in brackets after a person noun: 来られた方（山川 一郎）, 対象者（…）
_BRACKET_AFTER_NOUN = lazy_compile(
    r"(?:方|者|本人|児童|生徒)[（(](?P<v>[一-龥々]{1,4}[ 　][一-龥々ぁ-ゖ]{1,4}|" + _KANA_NAME + r")[）)]"
)


def bracket_after_person_noun(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A name (surname, space, given name) alone in brackets right after 方/対象者/本人."""
    for m in _BRACKET_AFTER_NOUN.finditer(text):
        yield m.span("v")


# a label with the name written right after it, no colon or space: 氏名山川 一郎
_GLUED_LABEL = lazy_compile(
    r"(?:氏名|申請者名|代表者名|届出人名|世帯主名|名義人)"
    r"(?P<v>[一-龥々]{1,4}[ 　][一-龥々]{1,4})(?![一-龥々])"
)


def glued_label(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A surname + given name glued to its label, when UniDic tags a name in it."""
    for m in _GLUED_LABEL.finditer(text):
        start, end = m.span("v")
        if _tagged_name(tokens, start, end):
            yield start, end


# --- hiragana names and given names before 君/ちゃん ------------------------------------------------
_HIRA_PART = r"[ぁ-ゖ]{2,5}"
_HIRAGANA_NAME = lazy_compile(
    r"(?<![ぁ-ゖ])(?P<v>" + _HIRA_PART + r"[ 　]" + _HIRA_PART + r"?)[ 　]?(?=様|さま|さん|殿|氏|くん|ちゃん)"
    r"|(?:ふりがな|フリガナ|よみがな|ヨミガナ|カナ氏名)" + _LABEL_TAIL + r"(?P<w>" + _HIRA_PART + r"[ 　]"
    + _HIRA_PART + r")(?![ぁ-ゖ])"
)


def hiragana_name(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A two-part hiragana name (姓 space 名) before 様/さん/殿 or after a ふりがな label."""
    for m in _HIRAGANA_NAME.finditer(text):
        yield m.span("v" if m.group("v") is not None else "w")


# a given name UniDic reads as a common noun (太郎, 健太) before 君/くん/ちゃん, by its last kanji
_GIVEN_BEFORE_KUN = lazy_compile(
    r"(?<![一-龥々])(?P<v>[一-龥々]{1,2}[郎介助太斗哉翔輝樹彦奈菜香美子])(?:君|くん|ちゃん)"
)
_NOT_GIVEN = frozenset(
    "息子 弟子 様子 男子 女子 王子 母子 父子 親子 双子 菓子 帽子 調子 利子 原子 電子 分子 太子 "
    "皇太子 相棒 香子".split()
)


def given_name_before_kun(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A given name with a name-final kanji (郎, 介, 太, 子 …) right before 君/くん/ちゃん."""
    for m in _GIVEN_BEFORE_KUN.finditer(text):
        if m.group("v") not in _NOT_GIVEN:
            yield m.span("v")


# --- round S: a given name alone before its birth date (児童/子 label, household roster) ----------
_SHORT_DATE = r"(?:[MTSHR明大昭平令]\.?\s?\d{1,2}|(?:19|20)\d{2})[./-]\d{1,2}[./-]\d{1,2}(?![0-9])"
_NOT_NAME_END = r"(?<![組班級園室課係校簿覧帳表会館数書料費票当])"
_CHILD_GIVEN = lazy_compile(
    r"(?:^|(?<=[\s:：、,|/]))(?:児童|子ども|子供|子)(?:氏?名)?[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<v>[一-龥々ぁ-んァ-ヴー]{1,6})" + _NOT_NAME_END + r"[ \t\u3000]*[（(〈]\s*" + _SHORT_DATE
)
_HOUSEHOLD_GIVEN = lazy_compile(
    r"(?m)^[ \t\u3000]*\d{1,2}[.．)）]?[ \t\u3000]+(?P<v>[一-龥々ぁ-んァ-ヴー]{1,6})[ \t\u3000]+"
    + _SHORT_DATE + r"[ \t\u3000]*$"
)
_HOUSEHOLD_HEAD = lazy_compile(r"世帯員|同一世帯")
_ROLE_WORDS = frozenset("本人 世帯主 配偶者 夫 妻 父 母 子 長男 長女 次男 次女 祖父 祖母 孫 同居人".split())


def _under_household_heading(text: str, line_start: int) -> bool:
    """Only numbered lines between a 世帯員/同一世帯 heading and the line at ``line_start``."""
    for line in reversed(text[max(0, line_start - 400) : max(0, line_start - 1)].split("\n")):
        if _HOUSEHOLD_HEAD.search(line) is not None:
            return True
        if re.match(r"[ \t\u3000]*\d{1,2}[.．)）]?[ \t\u3000]", line) is None:
            return False
    return False


def given_name_before_birth(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A given name alone before its birth date: after a 児童/子 label with the date in brackets
    (児童　ゆい（H28.1.5）), or on a numbered line 「N 名 date」 under a 世帯員/同一世帯 heading."""
    for m in _CHILD_GIVEN.finditer(text):
        yield m.span("v")
    for m in _HOUSEHOLD_GIVEN.finditer(text):
        if m.group("v") not in _ROLE_WORDS and _under_household_heading(text, m.start()):
            yield m.span("v")
