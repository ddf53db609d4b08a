r"""Own labels written as English or snake_case keys, a document-type cell, and OCR spacing.

Three layouts whose label the recognizers' Japanese label rules do not read are rewritten as
form lines (:class:`~govrag.dlp.recognizers.columns.ColumnForm`) and scanned again by the engine,
like a table's column header (:mod:`govrag.dlp.recognizers.columns`, which builds the forms):

* **keys** — log and ``key=value`` lines and CSV headers name a value with an English or
  abbreviated key (``dl_no=…``, ``zip,addr``, ``insurer_no``). :data:`KEY_LABELS` maps a key to
  the Japanese label it stands for; the value's own key then decides its type (a 12-digit
  licence number whose digits happen to pass the 個人番号 check stays a licence).
* **document type** — a row whose cell names a document (運転免許証, 運転経歴証明書, 旅券 …) and
  whose column header is a bare 番号: the document names the number (:func:`document_label`).
* **OCR spacing** — a line with a space between every character (``電 話 0 3 - …``) is scanned
  with those spaces removed; offsets map back character by character.

>>> key_label("dl_no"), key_label("applicant.driver_license"), key_label("qty")
('運転免許証番号', '運転免許証番号', None)
>>> key_label("dateOfBirth"), key_label("home_phone"), key_label("driverLicenseNumber")
('生年月日', '電話番号', '運転免許証番号')
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile

__all__ = ["KEY_LABELS", "caption_label", "document_label", "key_label", "typed_number_label"]

#: an English / snake_case key (lower case, ``_`` for any space, dot or hyphen) → the Japanese
#: label it stands for. Only keys that name personal data; anything else is left alone.
KEY_LABELS: dict[str, str] = {
    **dict.fromkeys(
        (
            "dl",
            "dl_no",
            "dl_number",
            "dl_num",
            "driver_license_no",
            "drivers_license_no",
            "driving_license_no",
            "driver_licence_no",
            "driver_license",
            "drivers_license",
            "driver_licence",
            "drivers_licence",
            "driving_licence",
            "driving_license",
            "license_no",
            "license",
            "licence",
            "lic_no",
            "license_number",
            "licence_number",
            "menkyo_no",
            "menkyo_bango",
            "menkyosho_bango",
            "licence_no",
            "menkyo",
            "menkyosho",
            "unten_menkyo",
        ),
        "運転免許証番号",
    ),
    **dict.fromkeys(
        ("rc", "rc_no", "rc_number", "residence_card", "residence_card_no", "zairyu_no"), "在留カード番号"
    ),
    **dict.fromkeys(("passport", "passport_no", "passport_number"), "旅券番号"),
    **dict.fromkeys(
        ("zip", "zip_code", "zipcode", "postal", "postal_code", "postcode", "post_code", "yubin",
         "yubin_bango", "yuubin_bangou", "yubin_bangou"),
        "郵便番号"
    ),
    **dict.fromkeys(("addr", "address", "address1", "home_address", "jusho", "juusho", "jyusho"), "住所"),
    # a person's name (not a bare ``name``: file, product and role names use it too)
    **dict.fromkeys(
        (
            "full_name",
            "applicant_name",
            "contact_name",
            "person_name",
            "name_kanji",
            "name_kana",
            "kana_name",
            "shimei",
            "simei",
            "furigana",
            "family_name",
            "given_name",
            "last_name",
            "first_name",
        ),
        "氏名",
    ),
    **dict.fromkeys(
        (
            *("dob", "birth_date", "birthdate", "birthday", "birth_day", "date_of_birth", "birth", "born"),
            *("seinengappi", "seinen_gappi", "tanjobi", "tanjoubi"),
        ),
        "生年月日",
    ),
    **dict.fromkeys(
        (
            *("insurer_no", "insurer_number", "insurer", "hokensha_no", "hokensha_bango", "hokensha_number"),
            # round AH: other romanisations of 保険者番号 (保険者 read hokenja, 番号 bangou)
            *("hokenja_no", "hokenja_bango", "hokenja_bangou", "hokensha_bangou", "hokenjya_bango"),
        ),
        "保険者番号",
    ),
    **dict.fromkeys(
        (
            *("symbol", "insurance_symbol", "kigo", "hokensho_kigo", "hihokensha_kigo", "card_symbol"),
            *("hiho_kigo", "kigou", "hihokensha_kigou", "hokensho_kigou"),
        ),
        "記号",
    ),
    **dict.fromkeys(
        (
            "insured_no",
            "insured_number",
            "insurance_no",
            "insurance_number",
            "hihokensha_no",
            "hihokensha_bango",
            "hihokensyasho_no",
            # round W: short health-insurance keys of logs
            *("hi_no", "hi_number", "kenpo_no", "kenpo_number", "kenpo_bango"),
            # round AC: abbreviated romaji keys of logs and rosters (被保 = 被保険者)
            *("hiho_no", "hihokensha_bangou", "hokensho_no", "hokensho_bango"),
        ),
        "被保険者番号",
    ),
    # 介護保険 / 後期高齢者医療 被保険者番号 (10 digits)
    **dict.fromkeys(
        (
            "kaigo_hihokensha_no",
            "kaigo_no",
            "kaigo_hokenshasho_no",
            "koki_hihokensha_no",
            "kouki_hihokensha_no",
        ),
        "介護保険被保険者番号",
    ),
    **dict.fromkeys(
        (
            *("pension_no", "pension_number", "pension", "nenkin_no", "basic_pension_no", "basic_pension"),
            *("nenkin_bango", "nenkin_bangou", "kiso_nenkin", "kiso_nenkin_bango", "kiso_nenkin_no"),
            *("kiso", "kiso_no", "kiso_bango"),  # round AF: a pipe export's declared field order
        ),
        "基礎年金番号",
    ),
    **dict.fromkeys(
        (
            "mynumber",
            "my_number",
            "mynumber_no",
            "individual_number",
            "kojin_bango",
            *("kojin_no", "kojin_bangou"),  # round AC
            "notification_card_no",
            "notification_card_number",
            "tsuchi_card_no",
        ),
        "個人番号",
    ),
    **dict.fromkeys(
        (
            *("corporate_no", "corporate_number", "houjin_bango", "corp_no"),
            *("hojin_bango", "hojin_bangou", "houjin_bangou", "hojin_no", "houjin_no"),  # round AH
        ),
        "法人番号",
    ),
    **dict.fromkeys(
        (
            *("tel", "phone", "phone_no", "phone_number", "mobile", "cell", "telephone", "fax"),
            *("denwa", "denwa_bango", "keitai", "keitai_bango"),
        ),
        "電話番号",
    ),
    **dict.fromkeys(("email", "e_mail", "mail", "email_address"), "メールアドレス"),
    **dict.fromkeys(
        ("account_no", "account_number", "bank_account", "bank_account_no", "bank_acct", "bank_acct_no",
         "acct", "acct_no", "koza", "koza_no", "kouza", "kouza_no", "koza_bango", "kouza_bangou",
         "koza_bangou", "kouza_bango"),
        "口座番号",
    ),
    # round Q: a ゆうちょ passbook's 記号 and 番号 as keys
    **dict.fromkeys(("yucho_kigo", "yuucho_kigo", "yucho_kigou", "yucho_symbol"), "ゆうちょ記号"),
    **dict.fromkeys(
        ("yucho_bango", "yuucho_bango", "yucho_bangou", "yucho_number", "yucho_no"), "ゆうちょ番号"
    ),
    **dict.fromkeys(("card_no", "card_number", "credit_card", "credit_card_no"), "クレジットカード番号"),
}
#: keys that are that label only right after a key of the same document (``symbol=… number=…``)
_NEXT_KEYS: dict[tuple[str, str], str] = {
    **{("記号", k): "番号" for k in ("number", "no", "num", "bango", "bangou", "hiho_bango", "hiho_no")},
    # round AF: a card's 番号 right after the insurer's number (``insurer_no=… number=…``)
    **{("保険者番号", k): "番号" for k in ("number", "num", "bango", "bangou", "hiho_bango", "hiho_no")},
    # a card's 枝番 after its 番号 (``kigo=… bango=… edaban=…``)
    **{("番号", k): "枝番" for k in ("edaban", "eda_ban", "eda", "branch", "branch_no", "branch_number")},
}


#: words before a key that say whose or which value it is (``user_birthday``, ``home_phone``,
#: ``emergency_contact_tel``): the key without them names the same data
_QUALIFIERS = frozenset(
    (
        *("user", "customer", "client", "applicant", "member", "holder", "owner", "person", "patient"),
        *("resident", "citizen", "employee", "staff", "contact", "emergency", "home", "work", "office"),
        *("mobile", "cell", "primary", "main", "secondary", "alt", "spouse", "guardian", "parent"),
        *("registered", "personal", "current", "new", "old"),
    )
)
#: ``…_number`` spelled out after a key that already names a number (``driver_license_number``,
#: ``bank_account_no``, ``fax_no``): only for labels ending in 番号
_NUMBER_SUFFIXES = ("_number", "_num", "_nbr", "_no", "_bangou", "_bango")
#: camelCase word boundary (``dateOfBirth`` → ``date_Of_Birth``)
_CAMEL = lazy_compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _normal(key: str) -> str:
    return re.sub(r"[\s.\-]+", "_", _CAMEL.sub("_", key.strip()).lower()).strip("_")


def _lookup(norm: str) -> str | None:
    """``KEY_LABELS`` of ``norm``, of ``norm`` without qualifier words in front, and of a number
    key without a spelled-out ``_number`` suffix."""
    parts = norm.split("_")
    i = 0
    while i < len(parts) - 1 and parts[i] in _QUALIFIERS:
        i += 1
    for base in dict.fromkeys((norm, "_".join(parts[i:]))):
        label = KEY_LABELS.get(base)
        if label is not None:
            return label
        for suffix in _NUMBER_SUFFIXES:
            stem = KEY_LABELS.get(base.removesuffix(suffix)) if base.endswith(suffix) else None
            if stem is not None and stem.endswith("番号"):
                return stem
    return None


def key_label(key: str, *, previous: str | None = None) -> str | None:
    """The Japanese label an English / snake_case / camelCase ``key`` stands for (its last dotted
    part too; qualifier words in front and a spelled-out ``_number`` ignored); ``previous`` is the
    label of the key before it (``symbol=… number=…``)."""
    norm = _normal(key)
    if not norm:
        return None
    label = KEY_LABELS.get(norm) or _NEXT_KEYS.get((previous or "", norm)) or _lookup(norm)
    if label is None and "." in key:
        label = _lookup(_normal(key.rsplit(".", 1)[1]))
    return label


#: a document named by a table cell → the label of its number (the column header a bare 番号)
_DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("運転経歴証明書", "運転経歴証明書番号"),
    ("運転免許証", "運転免許証番号"),
    ("免許証", "運転免許証番号"),
    ("個人番号カード", "個人番号"),
    ("マイナンバーカード", "個人番号"),
    ("在留カード", "在留カード番号"),
    ("特別永住者証明書", "特別永住者証明書番号"),
    ("パスポート", "旅券番号"),
    ("旅券", "旅券番号"),
    ("保険証", "保険証番号"),
    ("基礎年金番号通知書", "基礎年金番号"),
    ("年金手帳", "基礎年金番号"),
)
_BARE_NUMBER = lazy_compile(r"(?:書類|証明書)?(?:の)?(?:番号|No\.?|(?i:number|id))")

#: round P: a joint 記号-番号 column header and a caption above the table naming a health-insurance
#: card (「国民健康保険被保険者証　交付名簿」): the column holds the card's 記号 and 番号
_JOINT_CARD_HEADER = lazy_compile(r"記号\s*[-・･/／]\s*番号")
_CARD_CAPTION = lazy_compile(r"保険証|被保険者証|組合員証|資格確認書|国保|健康保険|けんぽ")


#: round T: a payroll slip's number columns (受給者番号, 支払者番号) under a caption naming the slip
_PAYROLL_HEADER = lazy_compile(r"(?:受給者|支払者)(?:の)?(?:番号|個人番号|法人番号)")
_PAYROLL_CAPTION = lazy_compile(r"給与支払報告書|源泉徴収票|源泉徴収簿|給与所得|支払調書")


def caption_label(header: str, caption: str) -> str | None:
    """The label of a joint 記号-番号 column under a caption naming a health-insurance card, or of
    a payroll slip's 受給者番号 / 支払者番号 column under a caption naming the slip (the slip's
    name then stands before the label, as on the slip)."""
    if _JOINT_CARD_HEADER.fullmatch(header.strip()) and _CARD_CAPTION.search(caption):
        return "保険証の" + header.strip()
    slip = _PAYROLL_CAPTION.search(caption)
    if slip and _PAYROLL_HEADER.fullmatch(header.strip()):
        return slip.group(0) + "の" + header.strip()
    return None


def document_label(header: str, row: list[str]) -> str | None:
    """The label of a bare 番号 column from a cell of the same row that names a document."""
    if not _BARE_NUMBER.fullmatch(header.strip()):
        return None
    for cell in row:
        for doc, label in _DOCUMENTS:
            if cell.strip() == doc or (cell.startswith(doc) and len(cell) <= len(doc) + 4):
                return label
    return None


#: round AA: a log line's document-type key (doc_type=, document_type=, id_type=, doc=) and its
#: number key (doc_no=, document_no=, id_no=): the type's value names the number
_TYPE_KEY = lazy_compile(r"(?i:doc(?:ument)?(?:_?(?:type|kind))?|id_?(?:type|kind))")
_NUMBER_KEY = lazy_compile(r"(?i:doc(?:ument)?|id)_?(?:no|num|number)")
_TYPE_VALUES: tuple[tuple[re.Pattern[str], str], ...] = (
    (lazy_compile(r"(?i:driv(?:er|ing)s?_?licen[cs]e|dl)"), "運転免許証番号"),
    (lazy_compile(r"(?i:my_?number(?:_?card)?|individual_?number(?:_?card)?|kojin_?bango)"), "個人番号"),
    (lazy_compile(r"(?i:passport)"), "旅券番号"),
    (lazy_compile(r"(?i:residen(?:ce|t)_?card|zairyu(?:_?card)?)"), "在留カード番号"),
)


def typed_number_label(key: str, pairs: list[tuple[str, str]]) -> str | None:
    """The label of a ``doc_no``-style key from the ``doc_type``-style key of the same line: the
    document's number label (運転免許証番号, 個人番号 …), 文書番号 for any other document (invoice,
    receipt), or None (no such keys)."""
    if not _NUMBER_KEY.fullmatch(key):
        return None
    for k, v in pairs:
        if k != key and _TYPE_KEY.fullmatch(k):
            v = v.strip()
            for rx, label in _TYPE_VALUES:
                if rx.fullmatch(v):
                    return label
            for doc, label in _DOCUMENTS:
                if v == doc:
                    return label
            return "文書番号"
    return None
