"""住所 (JP_ADDRESS): 都道府県 + 市区町村 + 町域 + 番地 (kanji or arabic numerals, 丁目・番・号, hyphens).

Source: 住居表示に関する法律 (昭和三十七年法律第百十九号) 第二条 (街区方式: 街区符号・住居番号) and
地方自治法第二百六十条 (町・字の区域); 都道府県 names per 地方自治法第五条/別表 (47 団体);
政令指定都市 per 地方自治法第二百五十二条の十九 (20 市), 特別区 per 同法第二百八十一条 (23 区).

>>> r = JpAddressRecognizer()
>>> t = "住所は東京都千代田区霞が関1丁目2番3号です"
>>> max((t[x.start:x.end] for x in r.analyze(t, [])), key=len)  # the engine merges overlaps
'東京都千代田区霞が関1丁目2番3号'
>>> r.analyze("東京都の区の存する区域においては、第二百八十一条第二項の規定による。", [])
[]
>>> t = "3-12-5 Minamiazabu, Minato-ku, Tokyo 106-0047, Japan"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['3-12-5 Minamiazabu, Minato-ku, Tokyo']

Addresses in romaji (foreign residents' forms) run the other way: 番地 first, then 町域, 区/市,
都道府県 and maybe "Japan": matched when a 市区町村 suffix (-ku, -shi, City …) and a prefecture
(or Japan) close it.
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer
from govrag.dlp.recognizers.date_of_birth import after_person_name
from govrag.dlp.recognizers.places import DESIGNATED_CITIES, PREFECTURES, SPECIAL_WARDS
from govrag.text.numerals import KANJI_NUMERAL_CHARS, NUMERAL

__all__ = ["PREFECTURES", "PREFECTURE_ROMAJI", "JpAddressRecognizer"]

_ROMAJI_NAMES = (
    *("Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima", "Ibaraki"),
    *("Tochigi", "Gunma", "Saitama", "Chiba", "Tokyo", "Kanagawa", "Niigata", "Toyama", "Ishikawa"),
    *("Fukui", "Yamanashi", "Nagano", "Gifu", "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto", "Osaka"),
    *("Hyogo", "Nara", "Wakayama", "Tottori", "Shimane", "Okayama", "Hiroshima", "Yamaguchi"),
    *("Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka", "Saga", "Nagasaki", "Kumamoto", "Oita"),
    *("Miyazaki", "Kagoshima", "Okinawa"),
)
#: The 47 都道府県 in romaji (Hepburn, long vowels as o, ō or ou; any case), with an optional
#: -to/-fu/-ken or "Prefecture".
PREFECTURE_ROMAJI = (
    r"(?<![A-Za-z])(?i:(?:"
    + "|".join(n.replace("o", "[oō]u?").replace("O", "[OŌ]u?") for n in _ROMAJI_NAMES)
    + r")(?:-(?:to|fu|ken)|\s+Pref(?:ecture|\.))?)(?![A-Za-z])"
)
_RW = r"[A-Za-zāīūēōÂâÎîÛûÊêÔô]"
_RWORD = _RW + r"{2,20}(?:[- ]" + _RW + r"{2,20})?"
_RBLOCK = r"(?<![0-9A-Za-z-])\d{1,4}(?:\s?-\s?\d{1,4}){1,3}(?![0-9])"
_RTOWN = _RWORD + r"(?:-(?i:cho|machi|chome))?"
_RMUNI = (
    r"(?:" + _RW + r"{2,20}-(?i:ku|shi|cho|machi|mura|gun)(?![A-Za-z])"
    r"|" + _RW + r"{2,20}\s+(?i:Ward|City|Town|Village|County)(?![A-Za-z]))"
)
_RSEP = r"(?:\s*,\s*|\s+)"
# 1-2-3 Kasumigaseki, Chiyoda-ku, Tokyo(, Japan) or Kasumigaseki 1-2-3, Chiyoda-ku, …
_ROMAJI_HEAD = (
    r"(?:" + _RBLOCK + _RSEP + _RTOWN + r"|(?<![A-Za-zāīūēō])(?=[A-Z])" + _RTOWN + r"\s+" + _RBLOCK + r")"
)
_ROMAJI_FULL = (
    _ROMAJI_HEAD
    + r"(?:"
    + _RSEP
    + _RMUNI
    + r"){1,3}"
    + _RSEP
    + r"(?:"
    + PREFECTURE_ROMAJI
    + r"(?:\s*,\s*(?i:Japan)(?![A-Za-z]))?|(?i:Japan)(?![A-Za-z]))"
)
_ROMAJI_NO_PREF = _ROMAJI_HEAD + r"(?:" + _RSEP + _RMUNI + r"){1,3}"
#: round V: after "Address:" / "Address in Japan:", a romanized address with a room or flat number
#: first (Room 402, Apt. 12, #305), a town of any form (Kita 3-jo Nishi, Tenjin 2-chome,
#: Hakata-eki-mae), then -ku/-shi … and maybe the prefecture; a digit required in it
_RUNIT = r"(?:(?i:room|apt\.?|apartment|unit|flat)\s*\d{1,5}|#\s?\d{1,5})\s*,?\s*"
_ROMAJI_LABELLED = (
    r"(?<![A-Za-z])(?i:address)(?:\s+in\s+Japan)?[ \t]*[:：][ \t]*(?P<v>(?=[^\n]{0,60}\d-\d)(?:"
    + _RUNIT + r")?[0-9A-Za-z#][^\n,]{0,40}(?:,[ \t]*[^\n,]{1,40}){0,2}?,[ \t]*" + _RMUNI
    + r"(?:[ \t]*,[ \t]*(?:" + _RMUNI + "|" + PREFECTURE_ROMAJI + r"|(?i:Japan)(?![A-Za-z])))*)"
)

_CH = r"[一-龥々〆ヶケぁ-んァ-ヴーノ]"
_MUNI = r"(?:" + _CH + r"{1,8}?[市区町村郡])"
_N = rf"(?:[0-9]{{1,5}}|[{KANJI_NUMERAL_CHARS}]{{1,4}})"
_UNIT = r"(?:丁目|番地の|番地|番|号|-|の|条|線|地割)"
#: round R: a space before a phone-shaped value ends the address (「…2丁目3番地　0258-31-4470」: the
#: roster's next field is the phone); round BA: so does a mobile number with spaced hyphens
#: (「…5番8号　080 - 1234 - 5678」); round BZ: and one with the exchange in brackets (0A(BBBB)CCCC)
_NOT_PHONE = (
    r"(?![0-9]{2,5}-[0-9]{1,4}-[0-9]{3,4}(?![0-9])|0[5-9]0 - [0-9]{4} - [0-9]{4}(?![0-9])"
    r"|0[0-9]{1,4}[(（][0-9]{1,4}[)）][0-9]{4}(?![0-9]))"
)
#: round U: nor does a postal code on the next line continue it (「…721番地⏎600-8216」)
_NOT_POSTAL = r"(?![0-9]{3}-[0-9]{4}(?![0-9]))"
_NUM = (
    r"(?:"
    + _N
    + r"\s?"
    + _UNIT
    + r"(?:\s" + _NOT_PHONE + _NOT_POSTAL + r")?(?:[東西南北]\s?)?)*"
    # round W: a kanji numeral that starts a katakana town name (六ツ川, 三ツ沢) is no block number
    + rf"(?:[0-9]{{1,5}}|[{KANJI_NUMERAL_CHARS}]{{1,4}}(?![ァ-ヴー]))"
    + r"(?:丁目|番地|番|号|(?![一-龥々〆ヶ0-9]))"
)
_TOWN = r"(?:" + _CH + r"|[0-9]){0,14}?"
_BUILDING = (
    r"(?:\s?[ァ-ヴー一-龥A-Za-z]{1,14}(?:ビル|マンション|ハイツ|荘|アパート|コーポ|レジデンス|タワー|"
    r"ハウス|コート|パレス|ヒルズ|団地|住宅)\s?(?:[0-9]{1,4}\s?(?:階|F|号室|号)?)?(?:[0-9]{1,4}号室)?)?"
)
_PREF = "(?:" + "|".join(PREFECTURES) + ")"
#: round X: labels of a site's or a facility's location before a municipality-first address, and a
#: log's quoted loc= value; a katakana building name with its room (パークハイム201, グリーンコート3-B)
_SITE_LABEL = (
    r"(?:所在地?|施設(?:所在地|住所)?|工事場所|防火対象物(?:の所在地)?|設置場所|Endereço"
    r"|(?<![A-Za-z])(?i:address)|(?<![A-Za-z_])loc)"
)
_BUILDING_KANA = r"(?:\s?[ァ-ヴー]{2,12}\s?[0-9]{1,4}(?:-[0-9A-Za-z]{1,3})?(?:号室|号|階|F)?(?![0-9A-Za-z]))"
_MUNI_ADDRESS = _MUNI + r"{1,3}" + _TOWN + _NUM + r"(?:" + _BUILDING_KANA + "|" + _BUILDING + r")"
#: round X: a municipality-first address in running text, its hyphenated block number before 「の」
_MUNI_BEFORE_NO = (
    r"(?:^|(?<=[\s、。，,：:「（(]))(?P<v>" + _MUNI + r"{1,3}" + _TOWN
    + r"(?<![0-9])\d{1,5}(?:-\d{1,4}){1,3})(?=[ \t\u3000]?の)"
)
#: round X: a numbered roster line 「N 氏名 市…番地」 (the name checked by :func:`after_person_name`)
_NUMBERED_ROSTER = (
    r"(?m)^[ \t\u3000]*\d{1,3}[.．)）]?[ \t\u3000]+[^\s\d]{1,6}[ \t\u3000]?[^\s\d]{0,6}[ \t\u3000]+"
    r"(?P<v>" + _MUNI_ADDRESS + r")"
)
#: round U: an OCR line break inside the address, between the town and its number (「…町⏎3番1号」):
#: the next line must reach a 番, 号 or a hyphenated number
_WRAP = r"[ \u3000]*\n[ \u3000]*" + _NOT_POSTAL + _NOT_PHONE + r"(?=[^\n]{0,12}?(?:番|号|\d-\d))"
_WRAP_TOWN = _CH + r"{0,14}?"
#: round W: a line break right after a municipality, the next line a ward (区) reaching a number
_MUNI_WRAP = (
    r"[ \u3000]*\n[ \u3000]*" + _NOT_POSTAL + _NOT_PHONE
    + r"(?=[^\n]{0,14}?(?:番|号|\d[-－ー‐]\d))(?![^\n]{0,14}?[はをにでがも])"
)
_START = "(?:" + "|".join(DESIGNATED_CITIES + SPECIAL_WARDS) + ")"
_STATUTE = lazy_compile(rf"第{NUMERAL}[条項号章節款]|法律|政令|省令|規則|条例|附則")
#: a venue's address is an event's place, not a person's (会場：…, 開催場所 …)
_VENUE_LABEL = lazy_compile(r"(?:会場|開催場所|開催地|実施場所|集合場所|試験場)\s*[:：は]?\s*$")

#: 「東京都内の区域」「県外の市町村」「県下の」: a prefecture as a region, not the start of an address
#: (「山口県下関市」: 下 starts a municipality's name)
_PREF_REGION = lazy_compile(_PREF + r"(?:内|外|全域|全体|以外|下(?![一-龥々ヶ]{1,4}[市町村郡]))")


#: the other end of a range of 丁目 right after an address's number (〜三丁目, から4丁目まで)
_AREA_RANGE = lazy_compile(r"\s*(?:[〜～~-]|から)\s*" + _N + r"\s*丁目")


class JpAddressRecognizer(JaPatternRecognizer):
    """Addresses from a 都道府県 (or a 政令市/特別区, or after 住所-style words) down to the 番地."""

    ENTITY = "JP_ADDRESS"
    SOURCE = "住居表示に関する法律第二条; 地方自治法第五条・第二百五十二条の十九・第二百八十一条"
    PATTERNS = (
        JaPattern("pref_full", r"(?P<v>" + _PREF + _MUNI + r"{1,3}" + _TOWN + _NUM + _BUILDING + r")", 0.85),
        JaPattern("city_full", r"(?P<v>" + _START + _MUNI + r"{0,2}" + _TOWN + _NUM + _BUILDING + r")", 0.6),
        JaPattern(
            "muni_full",
            r"(?P<v>(?![はがをにのでともへや])" + _MUNI + r"{1,3}" + _TOWN + _NUM + _BUILDING + r")",
            0.3,
            needs_context=True,
        ),
        # 「氏名（高松市番町4-1-10）」: a city-first address in brackets right after a person's name
        JaPattern(
            "muni_after_name",
            r"[（(](?P<v>" + _MUNI + r"{1,3}" + _TOWN + _NUM + _BUILDING + r")[)）]",
            0.6,
            where=after_person_name,
        ),
        # round T: a municipality-first address (郡 + 町/村 + 大字 … 番地) right after 住所は / 住所が
        # in a sentence: the kana particle would otherwise join the label to the 郡's name
        JaPattern(
            "muni_after_topic",
            r"(?:住所|現住所|居所|所在地|住まい)\s*(?:は|が|を|も)\s*[、,，]?\s*(?P<v>"
            + _MUNI + r"{1,3}" + _TOWN + _NUM + _BUILDING + r")",
            0.6,
        ),
        JaPattern(
            "pref_wrapped",
            r"(?P<v>" + _PREF + _MUNI + r"{1,3}" + _WRAP_TOWN + _WRAP + _NUM + _BUILDING + r")",
            0.85,
        ),
        # round W: a line break between the city and its ward (「…横浜市⏎南区六ツ川１－３３－８」)
        JaPattern(
            "pref_muni_wrapped",
            r"(?P<v>" + _PREF + _MUNI + r"{1,2}" + _MUNI_WRAP + _MUNI + r"{1,2}" + _TOWN + _NUM + _BUILDING
            + r")",
            0.85,
        ),
        JaPattern(
            "city_wrapped",
            r"(?P<v>" + _START + _MUNI + r"{0,2}" + _WRAP_TOWN + _WRAP + _NUM + _BUILDING + r")",
            0.6,
        ),
        JaPattern(
            "muni_site_label",
            _SITE_LABEL + r"[ \t\u3000]*[:：=]?[ \t\u3000]*[\"'「]?(?P<v>" + _MUNI_ADDRESS + r")",
            0.6,
        ),
        JaPattern("muni_before_no", _MUNI_BEFORE_NO, 0.6),
        JaPattern("muni_numbered_roster", _NUMBERED_ROSTER, 0.6, where=after_person_name),
        JaPattern("romaji_full", r"(?P<v>" + _ROMAJI_FULL + r")", 0.85),
        JaPattern("romaji_labelled", _ROMAJI_LABELLED, 0.9),
        JaPattern(
            "romaji_no_pref", r"(?P<v>" + _ROMAJI_NO_PREF + r")", 0.3, needs_context=True, fallback=True
        ),
        JaPattern("pref_muni", r"(?P<v>" + _PREF + _MUNI + r"{1,2}" + r")", 0.3, needs_context=True),
    )
    CONTEXT = (
        "住所",
        "所在地",
        "居所",
        "住居",
        "現住所",
        "本籍",
        "送付先",
        "届け先",
        "在住",
        "居住",
        "転居",
        "に住む",
        "住まい",
        "連絡先",
        "〒",
        "郵便番号",
        *("Address", "address", "ADDRESS", "Resident", "resident", "lives", "living"),
    )
    CONTEXT_BEFORE = 24
    CONTEXT_AFTER = 6

    def accept(self, text: str, start: int, end: int) -> bool:
        span = text[start:end]
        if _PREF_REGION.match(span):
            return False
        if _STATUTE.search(span) or _VENUE_LABEL.search(text[max(0, start - 10) : start]):
            return False
        # round P: one end of a range of 丁目 (本町一丁目〜三丁目: a 住居表示 area, not an address)
        if _AREA_RANGE.match(text, end):
            return False
        # the number part must not continue into more digits (amounts, phone numbers)
        return not (end < len(text) and text[end].isdigit())
