"""Round AW person finders: names in messages and forms of other languages.

* a Latin name after a relation or self-introduction word of Tagalog / Portuguese / Spanish /
  Vietnamese (``tatay ni``, ``si``, ``sou a``, ``pai do aluno``, ``của bé``), before an English
  ``'s father`` / ``'s birthday``; a Chinese / Korean / Devanagari name before 的妈妈, 엄마입니다, हुँ;
* a name after a person label of any language (``Nome do responsável:``, ``Họ tên học sinh:``,
  ``Pangalan:``, ``受給者：``) or answering such a question on the next line (``A. …``);
* a name alone on the line after a closing (``Obrigado,``, ``Salamat po,``, ``Trân trọng,``); a
  UniDic surname alone on the last line of a memo;
* half-width kana names of a fixed-width / transfer record and after ｼﾒｲ(ｶﾅ) / 口座名義（カナ）;
* an unknown katakana word introducing itself (…バウティスタマリセルです。).

:func:`repeated_names` then adds, for the names already found, a Latin name in brackets right
after one (李娜（Li Na）).

>>> list(foreign_person_name("Salamat po,\\nGloria Santiago", []))
[(12, 27)]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.person_al import latin_name
from govrag.dlp.recognizers.person_forms import surname_at
from govrag.dlp.recognizers.person_intro import KO_SURNAMES, ZH_SURNAMES
from govrag.text.tokenizer import Token as JaToken

__all__ = ["foreign_person_name", "repeated_names"]

_Span = tuple[int, int]

#: words after which a Latin name follows (min_words 1: a given name alone is a name there)
_TRIGGER = lazy_compile(
    r"(?:(?<![A-Za-zÀ-ỹ])(?:ako po si|ako si|si|ni|kay|tatay ni|nanay ni|anak ni)"
    r"|(?<![A-Za-zÀ-ỹ])(?:[Ss]ou|[Aa]qui é|[Ss]oy)(?: [ao])?"
    r"|(?<![A-Za-zÀ-ỹ])(?:pai|mãe|m[ãa]e|filh[oa]|irm[ãa]o?|av[óô]|mam[áa]|pap[áa]|hij[oa])"
    r" d[eoa]l?(?: alun[oa]| niñ[oa]| alumn[oa])?"
    r"|(?<![A-Za-zÀ-ỹ])(?:của bé|bé|cháu|tên là|của bà|của ông|mẹ của|bố của)"
    r"|(?<![A-Za-z])(?:[Mm]eu|[Mm]inha) (?:pai|mãe|filh[oa]|marido|esposa|av[óô]),?"
    r"|(?<![A-Za-z])(?:son|daughter|wife|husband|father|mother|guardian)(?:-in-law)? of)[ \t]+"
)
_DEAR = lazy_compile(r"(?<![A-Za-z])Dear (?P<v>[A-Z][a-z]+|[A-Z]+)(?=[ -](?:san|sama)\b)")
_ARTICLE = lazy_compile(r"(?m)(?:^|(?<=[.!?] ))[OA] (?=[A-Z])")
_POSSESSIVE = lazy_compile(
    r"['’]s (?:father|mother|dad|mom|mum|parents?|birthday|brother|sister|son|daughter|teacher|"
    r"class|grandmother|grandfather|guardian|homeroom|wife|husband|school)\b"
)
_POSS_START = lazy_compile(r"(?:[A-Z][a-zà-ỹ]+ ){0,3}[A-Z][a-zà-ỹ]+$")
_CJK = lazy_compile(
    r"(?:(?<=我是)|(?<=我叫)|(?<=家属)|(?<=申请人：)|(?<![一-龥]))(?P<z>[" + ZH_SURNAMES + r"][一-龥]{1,2})"
    r"的(?:妈妈|爸爸|母亲|父亲|家长|孩子|儿子|女儿|出生日期|生日)"
    r"|(?:我是|我叫|家属|父亲|母亲|爸爸|妈妈|丈夫|妻子|儿子|女儿)(?P<y>["
    + ZH_SURNAMES
    + r"][一-龥]{1,2})(?=[（(，,。、！!]|$)"
    r"|(?P<k>["
    + KO_SURNAMES
    + r"][가-힣]{1,2}) ?(?=(?:엄마|아빠|어머니|아버지|보호자)(?:입니다|예요|이에요))"
    r"|(?P<m>[" + KO_SURNAMES + r"][가-힣]{1,2})(?= (?:엄마|아빠|어머니|아버지) )"
    r"|(?:엄마|아빠|어머니|아버지) (?P<n>[" + KO_SURNAMES + r"][가-힣]{1,2})(?=입니다|[(（])"
    r"|저는 (?P<j>[" + KO_SURNAMES + r"][가-힣]{1,2})(?=[(（]|의 |입니다)"
    r"|(?:^|\n|[।,] ?)म (?P<d>[\u0900-\u097f]+(?: [\u0900-\u097f]+){1,3}) (?=हुँ)"
)
_NAME_WORDS = (
    r"(?:nome(?: completo)?(?: d[oa] (?:alun[oa]|responsável|pai|mãe|criança|estudante|titular|requerente))?"
    r"|nombre(?: completo)?(?: del? (?:alumn[oa]|padre|madre|tutor|niñ[oa]))?"
    r"|full name|name in (?:katakana|full|english)"
    r"|name of (?:the )?(?:child|student|parent|guardian|applicant|pupil)"
    r"|(?:child|student|parent|guardian|applicant)['’]?s? name"
    r"|pangalan(?: ng (?:bata|magulang|estudyante|anak|aplikante))?"
    r"|họ(?: và)? tên(?: (?:học sinh|phụ huynh|người giám hộ|con|bố|mẹ|người nộp đơn))?"
    r"|tên (?:học sinh|phụ huynh|con)|申告者|申请人|申請人|受給者|相手|児童生徒名|保護者名|児童名|生徒名"
    r"|保護者氏名|名義人|フリガナ|ふりがな|フ リ ガ ナ"
    r"|お子さんの名前)"
)
_LABEL = lazy_compile(r"(?im)(?:^|(?<=[\t ;|,/]))" + _NAME_WORDS + r"[ \t]*[:：][ \t　]*")
#: a role label whose value may be a kana or Latin name only (児童：未登録 is no name)
_ROLE_LABEL = lazy_compile(r"(?m)(?:^|(?<=[\t ]))(?:本人|児童|生徒)[ \t]*[:：][ \t　]*(?=[ァ-ヺA-Z])")
_QUESTION = lazy_compile(
    r"(?im)^[ \t]*(?:Q|P|Tanong ?)?\d{1,2}[.)．]?[^\n]*?" + _NAME_WORDS + r"[^\n]*\n"
    r"[ \t]*(?:A|R|Sagot|Resposta|Answer|Trả lời|答)[ \t]*[.:：)][ \t]*"
)
_CLOSING = lazy_compile(
    r"(?m)(?:^|(?<=[.!?] ))(?:Thanks|Thank you|(?:Best |Kind |Warm )?[Rr]egards|Best(?: wishes)?|Sincerely|"
    r"Cheers|Obrigad[oa]|Atenciosamente|Abraços|(?:Maraming )?[Ss]alamat(?: po)?|Trân trọng|Xin cảm ơn|"
    r"Gracias|Saludos|Terima kasih|Hormat saya)[ \t]*[,.!]?[ \t]*(?:\n[ \t]*)?"
)
_KATAKANA = lazy_compile(r"[ァ-ヺ][ァ-ヺー-]*(?:[ 　・][ァ-ヺ][ァ-ヺー-]*){0,3}")
_HW = lazy_compile(r"[ｦ-ﾟ][ｦ-ﾟ-]*(?: [ｦ-ﾟ][ｦ-ﾟ-]*){0,3}")
_HAN = lazy_compile(r"[一-龥々]{1,4}[ 　][一-龥々ぁ-ゖ]{1,4}|[一-龥々]{2,4}")
_VALUE_END = lazy_compile(r"　| (?=[一-龥])| /|[ \t]*(?:$|\n|[（(,，、;；\"'}]|\t| {2})")
_KEYED = lazy_compile(
    r"(?i)(?<![A-Za-z_])[\"']?(?:child|guardian|parent|mother|father|holder|nm)[\"']?"
    r"[ \t]*[:=][ \t]*[\"']?"
)
_CAPS_RECORD = lazy_compile(r"(?<=\d )[A-Z]{2,}(?: [A-Z]{2,}){1,3}(?= {2,}\d{6,})")
#: a transfer record (… 1 8307010 ｷﾑ ｳﾝｼﾞ      0000033000) or the reading after a kanji name
_HW_RECORD = lazy_compile(
    r"(?:(?<= \d \d{7} )|(?<=[一-龥々][ 　]))[ 　]*(?P<v>[ｦ-ﾟ][ｦ-ﾟ-]+(?: [ｦ-ﾟ][ｦ-ﾟ-]*){1,3})(?= {2,}\d{6,})"
)
_HW_LABEL = lazy_compile(r"(?:ｼﾒｲ\(ｶﾅ\)|口座名義[（(](?:カナ|ｶﾅ)[）)])[ \t]*[:：][ \t]*")
_LAST_LINE = lazy_compile(
    r"\n[ \t　]*(?P<v>[一-龥々]{1,3}(?:[ 　](?:[一-龥々]{1,3}|[ァ-ヺー]{2,4}))?)[ \t　]*$"
)
_KANA_INTRO = lazy_compile(
    r"(?:^|(?<=[。\n「])|(?<=\) ))"
    r"(?P<v>[ァ-ヺ][ァ-ヺー-]{3,13}|[ァ-ヺ][ァ-ヺー-]{1,9}[ 　][ァ-ヺ][ァ-ヺー-]{1,9})(?=です[。」]|です$)"
)


def _value(text: str, pos: int) -> _Span | None:
    """A name value starting at ``pos`` (Latin, katakana, half-width kana or kanji) that ends the
    field (line end, bracket, comma, a tab or two blanks)."""
    span = latin_name(text, pos, min_words=1)
    if span is None:
        for pattern in (_KATAKANA, _HW, _HAN):
            m = pattern.match(text, pos)
            if m is not None:
                span = m.span()
                break
    if span is None or span[1] - span[0] < 2 or _VALUE_END.match(text, span[1]) is None:
        return None
    return span


_LINE_REST = lazy_compile(r"[ \t]*[.!]?[ \t]*(?:\n|$)")
_ORG = lazy_compile(
    r"(?i)\b(?:equipe|equipo|team|staff|office|escola|escuela|school|association|associação|center|centre|"
    r"centro|group|grupo|department|secretaria|coordenação|koponan|phòng|trường|admin|support)\b"
)


def _latin_alone(text: str, pos: int) -> _Span | None:
    """A Latin name (one word allowed) filling the rest of its line, no team or office word."""
    span = latin_name(text, pos, min_words=1)
    if span is None or _ORG.search(text, span[0], span[1]) or not _LINE_REST.match(text, span[1]):
        return None
    return span


def _latin_names(text: str) -> Iterator[_Span]:
    for m in _TRIGGER.finditer(text):
        span = latin_name(text, m.end(), min_words=1)
        if span is not None:
            yield span
    for m in _ARTICLE.finditer(text):
        span = latin_name(text, m.end())
        if span is not None:
            yield span
    for m in _POSSESSIVE.finditer(text):
        head = _POSS_START.search(text, max(0, m.start() - 60), m.start())
        span = latin_name(text[: m.start()], head.start(), min_words=1) if head is not None else None
        if span is not None and span[1] == m.start():
            yield span


def _labelled(text: str) -> Iterator[_Span]:
    for pattern in (_LABEL, _QUESTION, _KEYED, _ROLE_LABEL):
        for m in pattern.finditer(text):
            span = _value(text, m.end())
            if span is not None:
                yield span


def _closings(text: str) -> Iterator[_Span]:
    for m in _CLOSING.finditer(text):
        span = _latin_alone(text, m.end())
        if span is None:
            k = _KATAKANA.match(text, m.end())
            span = k.span() if k is not None and _VALUE_END.match(text, k.end()) else None
        if span is not None:
            yield span


def _kana(text: str, tokens: Sequence[JaToken]) -> Iterator[_Span]:
    yield from (m.span("v") for m in _HW_RECORD.finditer(text))
    for m in _HW_LABEL.finditer(text):
        k = _HW.match(text, m.end())
        if k is not None and _VALUE_END.match(text, k.end()):
            yield k.span()
    for m in _KANA_INTRO.finditer(text):
        inside = [t for t in tokens if m.start() <= t.start and t.end <= m.end()]
        if (
            " " in m.group("v")
            or "　" in m.group("v")
            or any(not t.reading or "人名" in t.pos for t in inside)
        ):
            yield m.span("v")


def _signature(text: str, tokens: Sequence[JaToken]) -> Iterator[_Span]:
    m = _LAST_LINE.search(text.rstrip())
    if m is None:
        return
    start, end = m.span("v")
    if _HONORIFIC.search(text, start, end):
        return
    head = start + len(text[start:end].replace("\u3000", " ").split(" ")[0])
    if surname_at(tokens, start, head):
        yield start, end


def foreign_person_name(text: str, tokens: Sequence[JaToken]) -> Iterator[_Span]:
    """Every name of the round AW layouts (see the module docstring)."""
    yield from _latin_names(text)
    for m in _CJK.finditer(text):
        yield next(m.span(g) for g in "zykmnjd" if m.group(g))
    yield from (m.span("v") for m in _DEAR.finditer(text))
    yield from (m.span() for m in _CAPS_RECORD.finditer(text) if latin_name(text, m.start()) == m.span())
    yield from _labelled(text)
    yield from _closings(text)
    yield from _kana(text, tokens)
    yield from _signature(text, tokens)


_BRACKET = lazy_compile(r"(?:입니다)? ?[（(]")
_HONORIFIC = lazy_compile(r"様|さん|殿|氏|君|\s$")


def repeated_names(text: str, found: Iterable[_Span]) -> Iterator[_Span]:
    """A Latin name in brackets right after a found name (李娜（Li Na）, 박지영(PARK JIYOUNG))."""
    spans = sorted(found)
    taken = list(spans)

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    for _, e in spans:
        b = _BRACKET.match(text, e)
        span = latin_name(text, b.end(), min_words=1) if b is not None else None
        if span is not None and text[span[1] : span[1] + 1] in (")", "）") and free(*span):
            taken.append(span)
            yield span
