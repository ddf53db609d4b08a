r"""Round AT: one multilingual label lexicon per value type and three generic readers over it.

Rounds AO–AS each closed one layout; the misses they left are the same idea in new clothes. This
module names each type once, in Japanese, English, Chinese, Korean, Vietnamese, Portuguese,
Spanish, Tagalog, Indonesian and Nepali (Devanagari and romanised), and reads it three ways:

1. **question → answer**: a speaker line asking for a type (a ``?`` or a request word) and the
   next speaker line answering with a value of that type's shape (:func:`_answers`);
2. **label → value**: a label, a short gap without digits, then the value (:func:`_labelled`);
3. **column header → cells**: a tab / comma / semicolon table or a space-aligned export (cells
   matched to the header by display column) whose header cell names the type (:func:`_columns`).

Each reader only proposes values of the type's own shape; they are rewritten as a Japanese form
line (``生年月日：2019年5月8日``, dates normalised, a missing year as 2000) so that the type's own
recognizer validates them (check digits, passport and residence shapes) and the engine maps the
finding back onto the original value. Special cases of these readers in older rounds (kept):
forms_as Tagalog / Portuguese birth labels and NENKIN columns (2, 3), forms_ar / forms_aq
interpreter lines (1).

Round AV widened the lexicon and its readers: a ``licence`` type (운전면허, giấy phép lái xe, 驾驶证, …;
a number under such a label is no 個人番号: :func:`licence_labelled`) and a licence card's ``第 … 号``
line; call-log words (着信, 発信, 折り返し) as phone labels, an international number read without its
spaces; 振込先 with a bank name in the gap; kin words in the gap (của mẹ tôi); Vietnamese date words,
era year + month, month-day birthdays; spaced ``…年月日`` labels of other days (:func:`other_date_label`).

>>> [f.text for f in ml_forms("Staff: Data de nascimento?\nMãe: 24 de março de 2017")]
['生年月日：2017年3月24日']
>>> [f.text for f in ml_forms("Passaporte dele: GA296747")]
['旅券番号：GA296747']
>>> ml_forms("Staff: Data da mudança?\nMãe: 24 de março de 2017")
[]
"""

from __future__ import annotations

import datetime
import itertools
import re
import unicodedata
from collections.abc import Iterator

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import value_windows
from govrag.dlp.recognizers.columns import ColumnForm, offset_forms, whole_pair
from govrag.dlp.recognizers.rows import block_top
from govrag.text.eras import ERA_INITIALS, era_base_year, past_date_text
from govrag.text.normalization import display_width

__all__ = [
    "LABELS",
    "TYPE_LABEL",
    "birth_values",
    "licence_labelled",
    "ml_forms",
    "normal_date",
    "other_date_label",
]

#: the Japanese form label each type's own recognizer reads
TYPE_LABEL = {
    "birth": "生年月日",
    "passport": "旅券番号",
    "phone": "電話番号",
    "postal": "郵便番号",
    "account": "口座番号",
    "insurance": "被保険者番号",
    "pension": "基礎年金番号",
    "residence": "在留カード番号",
    "licence": "運転免許証番号",
}
#: the shared lexicon: every language's labels of one type (lower case; Latin words whole)
LABELS: dict[str, tuple[str, ...]] = {
    "birth": (
        "生年月日",
        "誕生日",
        "出生日期",
        "出生年月日",
        "出生日時",  # round CH: a birth notice's day and hour (出生日時：2024年3月9日 06:40)
        "出生日",
        "生日",
        "생년월일",
        "생일",
        "출생일",
        "ngày sinh",
        "ngày tháng năm sinh",
        "sinh ngày",
        # round BF: a month and year of birth (sinh tháng 4/1957, sinh vào tháng 11/1998)
        "sinh tháng",
        "sinh vào tháng",
        "sinh vào ngày",
        "data de nascimento",
        "data nasc",
        "nascido em",
        "nascida em",
        # round BF: birth verbs of Portuguese, Spanish, Tagalog and English sentences
        "nascido(a)",
        "nascida(o)",
        "nasceu em",
        "nasci em",
        "nacido",
        "nacida",
        "nació en",
        "isinilang",
        "born in",
        "was born",
        "fecha de nacimiento",
        "fecha nac",
        "nació el",
        "petsa ng kapanganakan",
        "kapanganakan",
        "kaarawan",
        "ipinanganak",
        "tanggal lahir",
        "tgl lahir",
        "lahir pada",
        "lahir",  # round CF: Indonesian / Malay "born" alone as a label (Lahir: 17 Maret 1990)
        "जन्म मिति",
        "जन्ममिति",
        "जन्म दिन",
        "janma miti",
        "janmamiti",
        "date of birth",
        "birth date",
        "birthdate",
        "birthday",
        "birth",
        "dob",
        "born on",
        "nacimiento",
        "nascimento",
        "fecha_nacimiento",
        "data_nascimento",
        "sinh nhật",
        "aniversário",
        "cumpleaños",
        "ulang tahun",
        "セイネンガッピ",
        "セイネンガツピ",
        "seinengappi",
        "seinen_gappi",
        "タンジョウビ",
        # round CC: German birth phrases with any date shape (geboren am 2003-04-15)
        "geboren am",
        "geboren",
        "geburtsdatum",
        "วันเกิด",  # round CH: the Thai label (วันเกิด: 1988-02-14)
    ),
    "passport": (
        "旅券番号",
        "旅券",
        "パスポート",
        "护照",
        "護照",
        "여권",
        "hộ chiếu",
        "passaporte",
        "pasaporte",
        "passport",
        "paspor",
        "राहदानी",
        "पासपोर्ट",  # round BJ: the Nepali loanword (नेपाली पासपोर्ट:)
        "राहादानी",
        "rahadani",
        "rahdani",
    ),
    "phone": (
        "電話番号",
        "電話",
        "携帯",
        "連絡先",
        "电话",
        "手机",
        "手機",
        "전화",
        "휴대폰",
        "연락처",
        "điện thoại",
        "sđt",
        "telefone",
        "celular",
        "teléfono",
        "telefono",
        "móvil",
        "numero ng telepono",
        "cellphone",
        "phone",
        "tel",
        "mobile",
        "nomor hp",
        "no hp",
        "telepon",
        "फोन",
        "मोबाइल",
        "sampark",
        "着信",
        "発信",
        "不在着信",
        "折り返し",
        "折返し",
        "통화",
        "デンワ",
        "ケイタイ",
        "denwa",
        "keitai",
        # round CC: calling verbs (me ligue no …, tawagan sa …, call me at …, llame al …)
        "ligue",
        "ligar para",
        "llame al",
        "llámame al",
        "call me at",
        "call me on",
        "tawagan",
        "tumawag sa",
        "gọi cho",
        "gọi số",
    ),
    "postal": (
        "郵便番号",
        "郵便",
        "〒",
        "邮编",
        "邮政编码",
        "우편번호",
        "mã bưu điện",
        "mã bưu chính",
        "código postal",
        "codigo postal",
        "cep",
        "zip",
        "zipcode",
        "postal code",
        "postcode",
        "kode pos",
        "हुलाक कोड",
        "ユウビン",
        "yubin",
        "yuubin",
    ),
    "account": (
        "口座番号",
        "口座",
        "银行账号",
        "账号",
        "账户",
        "계좌번호",
        "계좌",
        "số tài khoản",
        "tài khoản",
        "número da conta",
        "número de cuenta",
        "account number",
        "account no",
        "bank account",
        "nomor rekening",
        "rekening",
        "खाता नम्बर",
        "khata number",
        "振込先",
        "振込口座",
        "입금 계좌",
        "コウザ",
        "koza",
        "kouza",
        "acct",
    ),
    "insurance": (
        "被保険者番号",
        "保険証番号",
        "保険者番号",
        "被保番号",  # round AZ: abbreviated labels (介護保険 被保番号, 後期高齢 被保険者No.)
        "被保険者no",
        "被保no",
        "医保卡号",
        "보험증번호",
        "số bảo hiểm",
        "número do seguro",
        "número de seguro",
        "insurance number",
        "insurance card",
        "nomor asuransi",
        "बीमा नम्बर",
    ),
    "pension": (
        "基礎年金番号",
        "年金番号",
        "养老金号码",
        "연금번호",
        "số lương hưu",
        "número da pensão",
        "número de pensión",
        "pension number",
        "nomor pensiun",
    ),
    "residence": (
        "在留カード番号",
        "在留カード",
        "在留卡",
        "재류카드",
        "thẻ cư trú",
        "cartão de residência",
        "tarjeta de residencia",
        "residence card",
        "kartu izin tinggal",
        "zairyu card",
    ),
    "licence": (
        "운전면허",
        "면허번호",
        "면허증",
        "giấy phép lái xe",
        "bằng lái",
        "驾驶证",
        "驾照",
        "駕照",
        "carteira de motorista",
        "carteira de habilitação",
        "licencia de conducir",
        "licencia de manejo",
        "lisensya sa pagmamaneho",
        "nomor sim",
        "driving licence",
        "driving license",
        "driver's licence",
        "driver's license",
    ),
}


def _alternation(words: tuple[str, ...]) -> str:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        body = re.escape(w).replace(r"\ ", r"[ _]")
        parts.append(rf"(?<![a-z]){body}(?![a-z])" if w[0].isascii() and w[0].isalpha() else body)
    return "(?:" + "|".join(parts) + ")"


_LABEL_RE = {kind: lazy_compile(_alternation(words), re.IGNORECASE) for kind, words in LABELS.items()}
_MONTHS = {
    **dict.fromkeys(("january", "jan", "enero", "janeiro", "januari", "ene"), 1),
    **dict.fromkeys(("february", "feb", "febrero", "fevereiro", "pebrero", "februari", "fev"), 2),
    **dict.fromkeys(("march", "mar", "marzo", "março", "marco", "marso", "maret"), 3),
    **dict.fromkeys(("april", "apr", "abril", "abr"), 4),
    **dict.fromkeys(("may", "mayo", "maio", "mei"), 5),
    **dict.fromkeys(("june", "jun", "junio", "junho", "hunyo", "juni"), 6),
    **dict.fromkeys(("july", "jul", "julio", "julho", "hulyo", "juli"), 7),
    **dict.fromkeys(("august", "aug", "agosto", "agustus", "ago"), 8),
    **dict.fromkeys(
        ("september", "sep", "sept", "septiembre", "setiembre", "setembro", "setyembre", "set"), 9
    ),
    **dict.fromkeys(("october", "oct", "octubre", "outubro", "oktubre", "oktober", "out"), 10),
    **dict.fromkeys(("november", "nov", "noviembre", "novembro", "nobyembre"), 11),
    **dict.fromkeys(("december", "dec", "diciembre", "dezembro", "disyembre", "desember", "dez", "dic"), 12),
}
_MONTH_NAME = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_MONTH = _MONTH_NAME + r"\.?"
_Y = r"(?:19|20)\d{2}"
_DATE = lazy_compile(
    rf"(?<![\d.])(?P<y1>{_Y})\s*[-/.年년]\s*(?P<m1>\d{{1,2}})\s*[-/.月월]\s*(?P<d1>\d{{1,2}})(?:\s*[日일])?(?![\d])"
    # round CE: also spaced alike (OCR'd cards: DATE OF BIRTH 1983 11 02)
    rf"|(?<!\d)(?P<y2>{_Y})(?P<s2>[ \u3000]?)(?P<m2>[01]\d)(?P=s2)(?P<d2>[0-3]\d)(?!\d)"
    rf"|(?<![\d/.])(?P<a3>\d{{1,2}})[/.-](?P<b3>\d{{1,2}})[/.-](?P<y3>{_Y})(?!\d)"
    rf"|(?<![\d])(?P<d4>\d{{1,2}})(?:\s+de|\s*[-.])?\s+(?P<m4>{_MONTH})(?:\s+de[l]?|\s*[-.,])?\s+(?P<y4>{_Y})(?!\d)"
    rf"|(?<![a-z])(?P<m5>{_MONTH})\s+(?P<d5>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y5>{_Y})(?!\d)"
    rf"|(?<![\d])(?:ngày\s+)?(?P<d8>\d{{1,2}})\s+tháng\s+(?P<m8>\d{{1,2}}),?\s+năm\s+(?P<y8>{_Y})(?!\d)"
    r"|(?P<era>昭和|平成|令和|大正)\s*(?P<ey>\d{1,2}|元)\s*年\s*(?P<em>\d{1,2})\s*月(?:\s*(?P<ed>\d{1,2})\s*日)?(?!\d)"
    # round CF: an era's first character and blank-separated numbers, as a form is filled in (昭 48 7 19)
    r"|(?<![\w])(?P<ea>[明大昭平令])[ \u3000]?(?P<eay>\d{1,2}|元)"
    r"[ \u3000](?P<eam>\d{1,2})[ \u3000](?P<ead>\d{1,2})(?!\d)"
    rf"|(?<![a-z])(?P<m9>{_MONTH})\s+(?P<d9>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|\s*,?\s*\d)"
    rf"|(?<![\d])(?P<d10>\d{{1,2}})\s+de\s+(?P<m10>{_MONTH_NAME})(?![a-zà-ÿ]|\.?\s*(?:de[l]?\s*)?\d)"
    rf"|(?<![\d/])(?P<m6>\d{{1,2}})\s*[月월]\s*(?P<d6>\d{{1,2}})\s*[日일](?!\d)"
    rf"|(?<![\d/.:-])(?P<m7>\d{{1,2}})/(?P<d7>\d{{1,2}})(?![\d/:])"
    # round BF: a month and year only (sinh tháng 4/1957, born in 06/1975, tháng 4 năm 1957)
    rf"|(?<![\d/.])(?P<m11>0?[1-9]|1[0-2])[/.-](?P<y11>{_Y})(?![\d/.])"
    rf"|(?<![\d])(?P<m12>\d{{1,2}}),?\s+năm\s+(?P<y12>{_Y})(?!\d)",
    re.IGNORECASE,
)
#: the value shapes of the other types (their own recognizers check digits and letters)
_SHAPES = {
    "passport": lazy_compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,3}\d{6,8}[A-Z]?|\d{8,9})(?![A-Za-z0-9])"),
    "phone": lazy_compile(r"(?<![\d+])(?:\+\d{1,3}[ -]?\d{1,4}|0\d{1,4})(?:[ -]?\d{1,4}){1,3}(?!\d)"),
    "postal": lazy_compile(r"(?<![\d-])\d{3}-?\d{4}(?![\d-])"),
    "account": lazy_compile(r"(?<![\d-])(?:\d{3}-)?\d{7}(?![\d-])"),
    "insurance": lazy_compile(r"(?<![\d-])\d{6,10}(?![\d-])"),
    "pension": lazy_compile(r"(?<![\d-])\d{4}-?\d{6}(?![\d-])"),
    "residence": lazy_compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{8}[A-Z]{2}(?![A-Za-z0-9])"),
    "licence": lazy_compile(r"(?<![\d-])\d(?:[ -]?\d){11}(?![\d-])"),
}


def normal_date(m: re.Match[str]) -> str | None:
    """``YYYY年M月D日`` for a valid date match of ``_DATE`` (a missing year as 2000), else None."""
    g = m.groupdict()
    if g["y1"]:
        y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
    elif g["y2"]:
        y, mo, d = int(g["y2"]), int(g["m2"]), int(g["d2"])
    elif g["y3"]:
        a, b, y = int(g["a3"]), int(g["b3"]), int(g["y3"])
        mo, d = (b, a) if a > 12 or b <= 12 else (a, b)
    elif g["y8"]:
        y, mo, d = int(g["y8"]), int(g["m8"]), int(g["d8"])
    elif g["y11"] or g["y12"]:
        y, mo, d = int(g["y11"] or g["y12"]), int(g["m11"] or g["m12"]), 1
    elif g["era"]:
        y = era_base_year(g["era"]) + (1 if g["ey"] == "元" else int(g["ey"]))
        mo, d = int(g["em"]), int(g["ed"] or 1)
    elif g["ea"]:
        era = next(name for name in ("明治", "大正", "昭和", "平成", "令和") if name[0] == g["ea"])
        y = era_base_year(era) + (1 if g["eay"] == "元" else int(g["eay"]))
        mo, d = int(g["eam"]), int(g["ead"])
    elif g["m9"] or g["m10"]:
        y, mo, d = 2000, _MONTHS[(g["m9"] or g["m10"]).lower().rstrip(".")], int(g["d9"] or g["d10"])
    elif g["y4"] or g["y5"]:
        y = int(g["y4"] or g["y5"])
        mo = _MONTHS[(g["m4"] or g["m5"]).lower().rstrip(".")]
        d = int(g["d4"] or g["d5"])
    else:
        y, mo, d = 2000, int(g["m6"] or g["m7"]), int(g["d6"] or g["d7"])
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return None
    return f"{y}年{mo}月{d}日"


def _values(kind: str, text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, form value) of every value of ``kind``'s shape in ``text[start:end]``."""
    if kind == "birth":
        for m in _DATE.finditer(text, start, end):
            value = normal_date(m)
            if value:
                yield m.start(), m.end(), value
        return
    for m in _SHAPES[kind].finditer(text, start, end):
        value = m.group()
        if kind == "phone" and not _phone_digits(value):
            value = re.sub(r"[ -]\d{1,4}$", "", value)  # a count after the number (… 09027731148 3分)
        digits = sum(c.isdigit() for c in value)
        if kind == "licence" and digits != 12:
            continue
        if kind != "phone" or _phone_digits(value):
            # an international number is read without its spaces (``+977 9836…`` is one group)
            yield m.start(), m.start() + len(value), re.sub(r"[ -]", "", value) if value[0] == "+" else value


def birth_values(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, ``YYYY年M月D日``) of every date in ``text[start:end]`` in any shape the
    lexicon's readers accept.

    >>> next(birth_values("b. 12 March 1991", 0, 16))
    (3, 16, '1991年3月12日')
    """
    return _values("birth", text, start, end)


def _phone_digits(value: str) -> bool:
    """10–11 digits for a domestic number, 9–14 for an international one."""
    digits = sum(c.isdigit() for c in value)
    return 10 <= digits <= 11 if value[0] == "0" else 9 <= digits <= 14


def _pair(kind: str, start: int, end: int, value: str) -> tuple[str, str, list[int]]:
    """A form pair whose value characters map back onto ``[start, end)`` as a whole."""
    return whole_pair(TYPE_LABEL[kind], start, end, value)


_SPEAKER = lazy_compile(r"(?:\[[\d:\- /]+\][ \t]*)?(?P<who>[^:：\n\d]{1,24}?)[ \t]*[:：][ \t]*")
_ASKING = lazy_compile(
    r"[?？]|please|por favor|pakibigay|paki|请|請|告诉|주세요|알려|xin |cho biết|tolong|mohon|कृपया|दिनुहोस्|"
    r"教えて|お願い|ください",
    re.IGNORECASE,
)


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _answers(text: str) -> list[tuple[str, str, list[int]]]:
    """Reader 1: a speaker line asking for a type; the next speaker line's value of that shape."""
    pairs: list[tuple[str, str, list[int]]] = []
    lines = [(s, e) for s, e in _lines(text) if e > s]
    for (qs, qe), (as_, ae) in itertools.pairwise(lines):
        ask, answer = _SPEAKER.match(text, qs, qe), _SPEAKER.match(text, as_, ae)
        if not ask or not answer or ae - answer.end() > 80:
            continue
        if ask.group("who").strip() == answer.group("who").strip() or not _ASKING.search(text, ask.end(), qe):
            continue
        kinds = [k for k, r in _LABEL_RE.items() if r.search(text, ask.end(), qe)]
        if len(kinds) != 1 or next(_values(kinds[0], text, ask.end(), qe), None):
            continue
        found = next(_values(kinds[0], text, answer.end(), ae), None)
        if found:
            pairs.append(_pair(kinds[0], *found))
    return pairs


_GAP = lazy_compile(r"[^\d\n。?？!！;；]{0,20}")
#: what may stand between a label and its value: separators, particles, possessives, kin words —
#: any other word (型番, 有効期限, 受付番号, card, until, before, …) names another field
_GAP_CJK = set("はがのも是为為的号码碼番号번호는은이가을를：:")
_GAP_WORDS = frozenset(
    "de do da dos das del dele dela deles delas ng ni niya ko mo nya po ang sa of my his her the your "
    "their is was no nº nr n° number numero número num số của là anak ibu bapak saya mi su tu hijo hija "
    "filho filha bé cháu con child son daughter mother father asawa nanay tatay mãe pai madre padre "
    "in em en on am dia tiene ay siya sya niya noong nung na नं नम्बर को ako kind "
    "chồng vợ chị anh em bố mẹ cha má ba ông bà tôi ấy cô chú bác meu minha é es el".split()
)
#: round BJ: a nationality between a passport label and its value (Hộ chiếu Việt Nam của em:,
#: Pasaporte ko (Pilipinas):, meu passaporte brasileiro é …) names whose passport it is
_NATION_WORDS = frozenset(
    "việt nam viet brasileiro brasileira brasil peruano peruana perú peru mexicano mexicana boliviano "
    "boliviana colombiano colombiana filipino filipina pilipinas nepali nepalese नेपाली vietnamese "
    "chinese korean philippine indonesia indonesian 한국 대한민국 中国 中國 韓国 越南 ベトナム "
    "フィリピン ネパール".split()
)
#: a value that opens a range or bounds a condition is no one's value (8100000から…, …以前に限る)
_RANGE_AFTER = lazy_compile(
    r"\s*(?:から|まで|[〜~～]|以前|以降|以後|現在|時点|until|before|after|to\b)", re.IGNORECASE
)
#: round AZ: a bracketed qualifier right after the label (誕生日（月日のみ）, Phone (daytime))
#: (no digit in it but a digit count: 生年月日（昭和58年11月） is the value itself)
_QUALIFIER = lazy_compile(r"[ \t]*[（(【\[](?:[^（()）【】\[\]\n\d]{1,24}|\d{1,2}桁)[）)】\]]")
#: round BH: a possessive qualifier between a label and its colon (Ngày sinh của sinh viên:,
#: Date of birth of the applicant:) — a few words naming whose value it is, no digit, no label;
#: round CD: the owner's name may follow in brackets (Date of birth of my son (Ken):)
_OWNER = lazy_compile(
    r"[ \t]+(?:của|of|de|do|da|del|dos|das)[ \t]+[^\W\d_][^\d\n:：。?？!！;；()（）]{0,24}?[ \t]*"
    r"(?:[(（][^\W\d_][^\d\n:：。?？!！;；()（）]{0,30}[)）][ \t]*)?(?=[:：])",
    re.IGNORECASE,
)
#: asking verbs of a record line (生年月日を聴取：…)
_GAP_VERBS = lazy_compile(r"を(?:聴取|確認|伺い|お聞き|聞き)(?:した)?")
_GAP_TOKEN = lazy_compile(r"[^\W\d_]+", re.UNICODE)


#: a bank (and branch) name between a transfer label and its account (振込先 青葉銀行 258-…)
_BANK_NAME = lazy_compile(
    r"\S*?(?:銀行|信用金庫|信金|信用組合|信組|労働金庫|労金|農協|ゆうちょ)(?:\S*?支店)?"
)


def _plain_gap(gap: str, kind: str = "", value: str = "") -> bool:
    """True when ``gap`` holds only separators, particles and the small words of :data:`_GAP_WORDS`
    (an account's gap may name its bank; an international number's may hold two more words)."""
    gap = _GAP_VERBS.sub("", gap)
    if kind == "account":
        gap = _BANK_NAME.sub(" ", gap)
    spare = 2 if kind == "phone" and value.startswith("+") else 0
    for token in _GAP_TOKEN.findall(gap):
        if kind == "passport" and token.lower() in _NATION_WORDS:
            plain = True
        elif token.isascii() or not any(unicodedata.east_asian_width(c) in "WF" for c in token):
            plain = token.lower() in _GAP_WORDS
        else:
            plain = all(c in _GAP_CJK for c in token)
        if not plain:
            if spare == 0:
                return False
            spare -= 1
    return True


#: a line holding a digit: every value does, and a value starts on its label's line
_DIGIT_LINE = lazy_compile(r"^[^\n\d]*\d", re.MULTILINE)


def _owner(text: str, at: int) -> re.Match[str] | None:
    """:data:`_OWNER` right after a label at ``at`` when it names no type of its own."""
    m = _OWNER.match(text, at)
    return m if m is not None and not any(r.search(m.group()) for r in _LABEL_RE.values()) else None


def _labelled(text: str) -> list[tuple[str, str, list[int]]]:
    """Reader 2: a label, a short plain gap (no digits, sentence ends or other nouns), the value."""
    pairs: list[tuple[str, str, list[int]]] = []
    windows = value_windows(text, _DIGIT_LINE)  # labels far from any digit pair with nothing
    for kind, label in _LABEL_RE.items():
        for m in (m for a, b in windows for m in label.finditer(text, a, b)):
            qualifier = _QUALIFIER.match(text, m.end()) or _owner(text, m.end())  # 被保番号（10桁）
            after = qualifier.end() if qualifier else m.end()
            gap = _GAP.match(text, after)
            if gap is None:
                continue
            limit = min(len(text), gap.end() + 24)
            found = next(_values(kind, text, after, limit), None)
            if not found or found[0] > gap.end():
                continue
            between = text[after : found[0]]
            if not _plain_gap(between, kind, found[2]) or any(r.search(between) for r in _LABEL_RE.values()):
                continue
            if _RANGE_AFTER.match(text, found[1]):
                continue
            pairs.append(_pair(kind, *found))
    return pairs


#: round CB: header cells naming a birth field in a short form (生年月, 生年, 誕生年月, ｾｲﾈﾝ, SEINEN):
#: header-only words (a whole cell), too short to be labels in running text (学生年金)
_BIRTH_HEADER = lazy_compile(
    r"(?i)[ \t\"']*(?:生年月?|誕生年月?|生まれ年月?|セイネン(?:ガツ)?|seinen(?:_?(?:ym|ymd|tsuki))?"
    r"|umare(?:_?ym)?)[ \t\"']*"
)
#: round CB: the date shapes a birth column's cell may hold beyond :data:`_DATE`: a year and month
#: (1987/06, 1987-06, 1987年6月) and an era-coded date (S550312, H01.10.15)
_CELL_DATE = lazy_compile(
    rf"(?P<y>{_Y})[-/.年](?P<m>0?[1-9]|1[0-2])月?"
    r"|(?P<e>[MTSHR])(?P<ey>\d{2})(?P<s>[./]?)(?P<em>\d{2})(?P=s)(?P<ed>\d{2})",
    re.IGNORECASE,
)


def _cell_date(folded: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A birth column's cell ``folded[start:end]`` holding a year-month or an era-coded date."""
    value = folded[start:end].strip(" \t\u3000\"'")  # a CSV cell's quotes are its frame
    m = _CELL_DATE.fullmatch(value)
    if m is None:
        return None
    at = start + folded[start:end].index(value)
    if m["y"]:
        date = past_date_text(int(m["y"]), int(m["m"]), 1)
    else:
        year = era_base_year(ERA_INITIALS[m["e"].upper()]) + int(m["ey"])
        date = past_date_text(year, int(m["em"]), int(m["ed"]))
    return (at, at + len(value), date) if date else None


def _header_kind(cell: str) -> str | None:
    cell = unicodedata.normalize("NFKC", cell)  # round AU: half-width katakana headers (ﾃﾞﾝﾜ)
    if _BIRTH_HEADER.fullmatch(cell):
        return "birth"
    kinds = [k for k, r in _LABEL_RE.items() if r.search(cell)]
    return kinds[0] if len(kinds) == 1 else None


def _full(kind: str, folded: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The cell ``folded[start:end]`` (stripped) when it is exactly one value of ``kind``."""
    found = next(_values(kind, folded, start, end), None)
    if found is None or folded[start : found[0]].strip() or folded[found[1] : end].strip():
        return _cell_date(folded, start, end) if kind == "birth" else None
    return found


_SEPARATORS = ("\t", ";", ",", "|")  # round CB: ``|`` tables too


def _separated(
    folded: str, lines: list[tuple[int, int]], i: int, sep: str
) -> list[tuple[str, str, list[int]]]:
    """Cells under a ``sep``-separated header line ``i`` naming a type; rows of as many
    cells (trailing empty ones may be cut)."""
    hs, he = lines[i]
    header = folded[hs:he].split(sep)
    kinds = [_header_kind(c) if not re.search(r"\d{2}", c) else None for c in header]
    if len(header) < 2 or not any(kinds):
        return []
    pairs: list[tuple[str, str, list[int]]] = []
    for rs, re_ in lines[i + 1 :]:
        cells = folded[rs:re_].split(sep)
        if not 2 <= len(cells) <= len(header):
            break
        pos = rs
        for cell, kind in zip(cells, kinds, strict=False):
            found = _full(kind, folded, pos, pos + len(cell)) if kind else None
            if found:
                pairs.append(_pair(kind or "", *found))
            pos += len(cell) + 1
    return pairs


_TOKEN = lazy_compile(r"\S+")


def _aligned(
    text: str, folded: str, lines: list[tuple[int, int]], i: int
) -> list[tuple[str, str, list[int]]]:
    """Tokens of the rows below a space-aligned header line ``i``, matched to a typed header cell
    by display column (widths read from ``text``: folding turns wide spaces narrow)."""
    hs, he = lines[i]
    cells = [
        (display_width(text[hs : m.start()]), display_width(text[hs : m.end()]), m.group())
        for m in _TOKEN.finditer(folded, hs, he)
    ]
    typed = [(a, b, _header_kind(c)) for a, b, c in cells if not re.search(r"\d", c)]
    if len(cells) < 3 or len(typed) != len(cells) or not any(k for _, _, k in typed):
        return []
    pairs: list[tuple[str, str, list[int]]] = []
    for rs, re_ in lines[i + 1 :]:
        if re_ - rs < 8 or not re.search(r"\d", folded[rs:re_]):
            break
        for m in _TOKEN.finditer(folded, rs, re_):
            a, b = display_width(text[rs : m.start()]), display_width(text[rs : m.end()])
            near = [(min(b, hb) - max(a, ha), -abs(a - ha), k) for ha, hb, k in typed]
            overlap, _, kind = max(near, key=lambda t: (t[0], t[1]))
            found = _full(kind, folded, m.start(), m.end()) if kind and overlap > 0 else None
            if found:
                pairs.append(_pair(kind or "", *found))
    return pairs


def _columns(text: str, folded: str) -> list[tuple[str, str, list[int]]]:
    """Reader 3: values in the column of a header cell naming their type."""
    lines = [(s, e) for s, e in _lines(folded) if e > s]
    pairs: list[tuple[str, str, list[int]]] = []
    for i, (s, e) in enumerate(lines[:-1]):
        line = folded[s:e]
        sep = next((c for c in _SEPARATORS if c in line), None)
        if sep:
            pairs += _separated(folded, lines, i, sep)
        elif "  " in line or "\u3000" in text[s:e]:
            pairs += _aligned(text, folded, lines, i)
    return pairs


_BANK_LIST = lazy_compile(r"(?m)^[ \t]*\d{1,3}[ \t]+\S[^\n]*?[ \t](?:\d{4})[ \t]+(?P<v>\d{3}-\d{7})(?![\d-])")


def _bank_list(folded: str) -> list[tuple[str, str, list[int]]]:
    """A list titled with an account word: ``NNN-NNNNNNN`` after a 4-digit bank code on its rows."""
    pairs: list[tuple[str, str, list[int]]] = []
    for m in _BANK_LIST.finditer(folded):
        title = block_top(folded, m.start("v"), m.end("v")) or ""
        if re.search(r"口座|振込|振替|account|conta|cuenta|rekening", title, re.IGNORECASE):
            pairs.append(_pair("account", m.start("v"), m.end("v"), m.group("v")))
    return pairs


#: an OCR'd licence card: the number on its own line as ``第 NNNNNNNNNNNN 号``
_CARD_NUMBER = lazy_compile(r"(?m)^[ \t\u3000]*第[ \t\u3000]*(?P<v>\d{12})[ \t\u3000]*号[ \t\u3000]*$")
_CARD_WORDS = lazy_compile(r"免許|公安委員会|まで有効|交付|中型|大型|普通")


#: round CB: the twelve digits spaced in pairs / groups (``第 30 18 45 27 96 03 号``), maybe after 番号
_SPACED_CARD_NUMBER = lazy_compile(
    r"(?m)^[ \t\u3000]*(?:番号[ \t\u3000:：]*)?第[ \t\u3000]*"
    r"(?P<v>\d(?:[ \t\u3000]{0,2}\d){11})[ \t\u3000]*号[ \t\u3000]*$"
)
#: a spaced number needs a licence word (交付 alone also closes many a notice)
_SPACED_CARD_WORDS = lazy_compile(r"免許|公安委員会|有効")


def _licence_card(folded: str) -> list[tuple[str, str, list[int]]]:
    """A ``第 … 号`` line of twelve digits on a card that names a licence field (交付, 有効, 免許)."""
    if not _CARD_WORDS.search(folded):
        return []
    found = [_pair("licence", m.start("v"), m.end("v"), m.group("v")) for m in _CARD_NUMBER.finditer(folded)]
    if _SPACED_CARD_WORDS.search(folded):
        found += [
            _pair("licence", m.start("v"), m.end("v"), re.sub(r"\D", "", m.group("v")))
            for m in _SPACED_CARD_NUMBER.finditer(folded)
            if not m.group("v").isdigit()
        ]
    return found


def licence_labelled(folded: str, start: int) -> bool:
    """True when a licence label of the lexicon stands right before the value at ``start`` (or the
    value is a licence card's ``第 … 号`` line): such a number is no 個人番号, whatever its digits."""
    line = folded.rfind("\n", 0, start) + 1
    if _CARD_NUMBER.match(folded, line) and _CARD_WORDS.search(folded):
        return True
    window = folded[max(line, start - 40) : start]
    labels = list(_LABEL_RE["licence"].finditer(window))
    gap = window[labels[-1].end() :] if labels else ""
    return bool(labels) and _plain_gap(gap) and not re.search(r"\d", gap)


_OTHER_DATE_LABEL = lazy_compile(
    r"(?:離職|退職|入社|入職|採用|就職|資格取得|取得|資格喪失|喪失|交付|発行|受付|申請|届出|提出|異動|転入|転出|"
    r"作成|記入|契約|登録|変更)年月日[:：]?$"
)


def other_date_label(folded: str, start: int) -> bool:
    """True when the line before ``start``, read without its spaces (``離 職 年 月 日`` →
    離職年月日), ends with a ``…年月日`` label of another day than a birth (離職, 入社, 交付; an OCR'd
    牛年月日 stays a birth label)."""
    line = folded[folded.rfind("\n", 0, start) + 1 : start]
    return _OTHER_DATE_LABEL.search(re.sub(r"\s", "", line)) is not None


def ml_forms(folded: str, text: str | None = None) -> list[ColumnForm]:
    """Forms of the values the three readers (a titled bank list, a licence card) find in ``folded``."""
    raw = folded if text is None or len(text) != len(folded) else text
    pairs = _answers(folded) + _labelled(folded) + _columns(raw, folded) + _bank_list(folded)
    pairs += _licence_card(folded)
    seen: set[tuple[int, int]] = set()
    unique = []
    for p in sorted(pairs, key=lambda p: p[2][0]):
        key = (p[2][0], p[2][-1])
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return offset_forms(unique)
