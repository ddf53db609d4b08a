r"""Specimen values: a value marked as an example is nobody's personal data (round Q, shared).

One rule for every structured type (the engine drops such findings, :func:`is_specimen_value`),
and the vocabulary behind :mod:`.health_context`'s card rules (:func:`has_marker`). A value is a
specimen when an example marker that is not denied (「記載例ではありません」「見本ではなく」 veto
nothing) stands

* in the value's sentence on its line (``記載例：…``, ``…（見本）``, ``入力例）…``, ``e.g. …``);
* on the line right above it when that line is a heading, not a sentence (``郵便番号の入力例``,
  ``【記載例】``), or on a heading line that starts with the marker higher up in the same block
  (no blank line between: ``【記載例】⏎個人番号：…⏎電話番号：…``);
* in a note on the line right after it (``※上記は記載例です``, ``（以上は見本）``).

>>> t = "【記載例】⏎個人番号：123456789018⏎電話：03-1234-5678".replace("⏎", "\n")
>>> is_specimen_value(t, t.index("03"), len(t))
True
>>> t = "以下は見本ではなく実際の内容です。⏎電話：03-1234-5678".replace("⏎", "\n")
>>> is_specimen_value(t, t.index("03"), len(t))
False
>>> is_specimen_value("個人番号：123456789018（記載例ではありません）", 5, 17)
False
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.my_number import my_number_valid

__all__ = ["SPECIMEN_WORDS", "has_marker", "is_specimen_value"]

#: the words that mark an example, a form's instruction or a specimen
SPECIMEN_WORDS: tuple[str, ...] = ("記載例", "記入例", "入力例", "作成例", "見本", "サンプル", "ダミー")
_WORDS = "|".join(SPECIMEN_WORDS)
#: a marker: one of the words, 例 alone in brackets or before a colon/closing bracket (「例）」
#: 「（例：…）」, not 条例/事例/例外), or English ``e.g.``/``example``/``sample``/``dummy``
_MARKER = lazy_compile(
    "(?:" + _WORDS + ")"
    r"|(?<![一-龥ぁ-んァ-ヴー])例\s*[:：）)】］\]]|[（(【［\[〔]\s*例(?![一-龥ぁ-ん])"
    # round U: 例 and a blank right before a number (「12桁で記入する　例 123456789012」)
    r"|(?<![一-龥ぁ-んァ-ヴー])例[ \u3000]+(?=[0-9０-９])"
    # a label's example (口座番号例 1234567, the rule bank_account had on its own before round T)
    r"|(?<=番号)例(?![一-龥ぁ-ん])"
    # English words, not a part of an address or a domain (taro@example.jp, sample.city.jp)
    r"|(?<![A-Za-z0-9@./_-])(?i:e\.g\.|example|sample|dummy)(?![A-Za-z0-9.@_-])"
    # round R: a test environment's value (テスト用, 決済テスト, 本番では使用不可, test card); not
    # テストデータ / test data: copies of real records end up there, so they stay masked (fail closed)
    r"|テスト(?:用|環境|カード|番号)|(?:決済|動作|接続)テスト|本番(?:環境)?では使用(?:不可|でき|しな)"
    # round AH: test data marked as not for production (本番使用禁止, 本番での使用不可)
    r"|本番(?:環境)?(?:での|への)?(?:使用|利用|投入)(?:禁止|不可)"
    # round AH: an English format example (enter it in a form like …)
    r"|(?i:in\s+(?:a|the)\s+form(?:at)?\s+(?:like|of)|format\s+like)"
    r"|(?<![A-Za-z])(?i:test)\s+(?i:card|number|environment)(?![A-Za-z])"
    # round AG: invented data (架空のデータ, 架空の人物)
    r"|架空(?:の)?(?:データ|人物|情報|値)"
)
#: a marker denied: 「見本ではありません」「サンプル扱いではない」「記載例とは別」
_DENIED = lazy_compile(
    r"(?:様式\s*)?(?:" + _WORDS + r"|様式)\s*(?:扱い|用|として)?\s*(?:では|じゃ|で)(?:な|あり(?:ません|ませ))"
    r"|(?:様式\s*)?(?:" + _WORDS + r"|様式)\s*と(?:は|も)?\s*(?:別|違|異な|関係な)"
)
#: a heading line that starts with the marker (「【記載例】」「入力例」「見本：」「例）」)
_MARKER_HEADING = lazy_compile(
    r"[\s【［\[（(〔<＜■□◆◇●○・※]*(?:"
    + _WORDS
    + r"|例(?![一-龥ぁ-ん])|(?i:example|sample)(?![A-Za-z0-9.@_-])|テスト用|架空"
    # round AH: a test-data heading that says its data is not for production
    + r"|(?:テスト|検証|試験)(?:用)?データ(?=[^\n]{0,12}本番))"
)
#: round AG: a sentence announcing that what follows is a specimen (以下は架空のデータです。…)
_BELOW_MARKED = lazy_compile(
    r"(?:以下|次)(?:は|の)[^。\n]{0,16}?(?:架空|ダミー|テスト用|見本|サンプル|記載例)")
#: a note after the value's line that points back at it (※上記は記載例です, （以上は見本）)
_NOTE_AFTER = lazy_compile(r"[\s（(【]*(?:※|＊|\*|注|上記|以上|前記|この|これ)")
_HEADING_MAX = 30
_BLOCK_LINES = 8


#: round AS: a company's name holding a specimen word (株式会社サンプル商事, サンプル物産株式会社) names
#: a company, it marks nothing
_COMPANY = lazy_compile(
    r"(?:株式会社|有限会社|合同会社|[（(]株[）)]|㈱|㈲)[ \u3000]?(?:サンプル|ダミー)[ァ-ヴー一-龥々]*"
    r"|(?:サンプル|ダミー)(?:商事|物産|工業|産業|商会|商店|企画|興業|建設|電機)"
    r"[ァ-ヴー一-龥々]*?(?:株式会社|有限会社|合同会社|[（(]株[）)]|㈱)?"
)


def has_marker(snippet: str, *, extra: tuple[str, ...] = ()) -> bool:
    """An example marker (or one of ``extra``) in ``snippet`` that is not denied."""
    rest = _COMPANY.sub("＿", _DENIED.sub("＿", snippet))
    return _MARKER.search(rest) is not None or any(w in rest for w in extra)


def _lines(text: str, start: int, end: int) -> tuple[str, list[str], str]:
    """The value's sentence on its line, the block's lines above it (nearest first), the next line."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    s = text.rfind("。", a, start) + 1 or a
    e = text.find("。", end, b)
    own = text[max(a, s) : (b if e < 0 else e)]
    above: list[str] = []
    top = a
    while top > 0 and len(above) < _BLOCK_LINES:
        pa = text.rfind("\n", 0, top - 1) + 1
        line = text[pa : top - 1]
        if not line.strip():
            break
        above.append(line)
        top = pa
    nb = text.find("\n", b + 1)
    after = text[b + 1 : (len(text) if nb < 0 else nb)] if b < len(text) else ""
    return own, above, after


def _heading(line: str) -> bool:
    body = line.strip()
    return 0 < len(body) <= _HEADING_MAX and not body.endswith("。")


#: round Y: a bare 例： before a named person's record (「例：氏名（個人番号 …）の…」) cites a case,
#: not a specimen, when the value is a check-digit-valid My Number and the sentence goes on
_INSTANCE_BEFORE = lazy_compile(
    r"(?<![一-龥ぁ-んァ-ヴー])例[:：][ \u3000]*"
    r"(?P<name>[一-龥々ァ-ヴー]{1,6}[ \u3000]?[一-龥々ぁ-んァ-ヴー]{1,6})"
    r"[ \u3000]*[（(][ \u3000]*(?:個人番号|マイナンバー)[ \u3000]*[:：]?[ \u3000]*\Z"
)
_INSTANCE_AFTER = lazy_compile(r"[ \u3000]*[）)][ \u3000]*[のをがにへ]")
_PLACEHOLDER_NAMES = ("山田", "〇〇", "○○", "氏名", "名前", "個人")


def _cited_instance(text: str, start: int, end: int) -> str:
    """The 「例：氏名（個人番号」 before a real My Number (see ``_INSTANCE_BEFORE``), or ''."""
    digits = text[start:end]
    if not my_number_valid(digits) or not _INSTANCE_AFTER.match(text, end):
        return ""
    m = _INSTANCE_BEFORE.search(text[max(0, start - 40) : start])
    if m is None or any(w in m.group("name") for w in _PLACEHOLDER_NAMES):
        return ""
    return m.group(0)


#: round AC: a value right before の形式 / 形式で (「123-4567」の形式で入力): an input rule's format
_FORMAT_AFTER = lazy_compile(
    r"[」』\"'）)]?[ \u3000]*(?:(?:の|という|のような|などの)?[ \u3000]*形式"
    # round AH: 「…」のような形で / のように入力・記入 (a format example of a form's field)
    r"|のような形で|のように[ \u3000]*(?:ご)?(?:入力|記入|記載)(?!され|済|して(?:い|あ)))"
)
#: round AH: a sentence before the value on its line saying the number is a dummy (この番号はダミーです。…)
_DUMMY_BEFORE = lazy_compile(
    r"(?:この|次の|下記の|以下の)(?:番号|値|データ|情報)は[^。\n]{0,8}?(?:ダミー|架空|見本|サンプル|テスト用)"
)


def is_specimen_value(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is marked as an example (see the module docstring)."""
    if _FORMAT_AFTER.match(text, end):
        return True
    own, above, after = _lines(text, start, end)
    cited = _cited_instance(text, start, end)
    if cited:
        own = own.replace(cited, "＿", 1)
    if has_marker(own):
        return True
    if above and _heading(above[0]) and has_marker(above[0]):
        return True
    for line in above[1:]:
        if _heading(line) and _MARKER_HEADING.match(line) and has_marker(line):
            return True
    line_start = text.rfind("\n", 0, start) + 1
    if _DUMMY_BEFORE.search(text, line_start, start) and has_marker(text[line_start:start]):
        return True
    if any(_BELOW_MARKED.search(x) and has_marker(x) for x in (text[line_start:start], *above)):
        return True
    return bool(after) and _NOTE_AFTER.match(after) is not None and has_marker(after)
