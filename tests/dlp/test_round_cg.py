"""Round CG (issue 11): fixed-width rows cut by a declared layout, postal-code columns known by their
region, insurance-card identifiers of clinical-document XML, half-width kana 保険者 / 枝番 labels,
PENS-NO / KANA-NAME headers and 欄 after a birth label. Every value is invented; ⏎ is a line break."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine

CASES = [
    # a declared layout cuts glued rows; the fields it names go to their recognizers
    (
        "layout-slash-kanji",
        "会員台帳 レイアウト：ID4/氏名12/生年月日8/区分1/電話11/残高7⏎"
        + "0001"
        + "ﾐﾔｹ ｼﾞﾛｳ".ljust(12)
        + "19630419"
        + "1"
        + "09044418820"
        + "0012000⏎"
        + "0002"
        + "ﾉｸﾞﾁ ｱｲ".ljust(12)
        + "19910302"
        + "2"
        + "08071163300"
        + "0000500",
        [
            ("DATE_OF_BIRTH", "19630419"),
            ("PHONE_NUMBER", "09044418820"),
            ("DATE_OF_BIRTH", "19910302"),
            ("PHONE_NUMBER", "08071163300"),
        ],
    ),
    (
        "layout-comma-romaji",
        "layout: seq3,kana12,zip7,tel11,flag1⏎"
        + "001"
        + "ﾐﾔｹ ｼﾞﾛｳ".ljust(12)
        + "5691234"
        + "09044418820"
        + "1⏎"
        + "002"
        + "ﾉｸﾞﾁ ｱｲ".ljust(12)
        + "5691120"
        + "08071163300"
        + "0",
        [
            ("JP_POSTAL_CODE", "5691234"),
            ("PHONE_NUMBER", "09044418820"),
            ("JP_POSTAL_CODE", "5691120"),
            ("PHONE_NUMBER", "08071163300"),
        ],
    ),
    # widths in display columns (a wide character takes two), fields separated by ・
    (
        "layout-display-columns",
        "レイアウト：氏名(16)・生年月日(8)・性別(1)・郵便番号(7)⏎"
        + "宮下　次郎　　　19630419"
        + "1"
        + "5691234⏎"
        + "野口　愛　　　　19910302"
        + "2"
        + "5691120",
        [
            ("DATE_OF_BIRTH", "19630419"),
            ("JP_POSTAL_CODE", "5691234"),
            ("DATE_OF_BIRTH", "19910302"),
            ("JP_POSTAL_CODE", "5691120"),
        ],
    ),
    # a declared birth field that is no past calendar date stays unread
    (
        "layout-not-a-date",
        "(No4/氏名12/生年月日8/TEL11)⏎0001" + "ﾐﾔｹ ｼﾞﾛｳ".ljust(12) + "19631419" + "09044418820",
        [("PHONE_NUMBER", "09044418820")],
    ),
    # a count list is no layout (no field it names is known)
    ("layout-count-list", "内訳 (相談12/訪問8/電話23/来所4)⏎合計 47件", []),
    # headerless rows: bare seven-digit cells of one region are postal codes
    (
        "postal-two-rows",
        "一覧(出力)⏎01 ﾐﾔｹ ｼﾞﾛｳ 1963.04.19 9391234⏎02 ﾉｸﾞﾁ ｱｲ 1991.03.02 9391560",
        [
            ("DATE_OF_BIRTH", "1963.04.19"),
            ("JP_POSTAL_CODE", "9391234"),
            ("DATE_OF_BIRTH", "1991.03.02"),
            ("JP_POSTAL_CODE", "9391560"),
        ],
    ),
    (
        "postal-four-rows",
        "01 宮下 次郎 7450011⏎02 野口 愛 7461203⏎03 石倉 実 7440087⏎04 浜田 恵 7470120",
        [
            ("JP_POSTAL_CODE", "7450011"),
            ("JP_POSTAL_CODE", "7461203"),
            ("JP_POSTAL_CODE", "7440087"),
            ("JP_POSTAL_CODE", "7470120"),
        ],
    ),
    # seven digits of no one region, or next to an account word, are something else
    ("postal-scattered", "01 宮下 次郎 2450011⏎02 野口 愛 8461203⏎03 石倉 実 5440087", []),
    ("postal-two-rows-apart", "01 宮下 次郎 7450011⏎02 野口 愛 7561203", []),
    ("postal-bank-text", "振込先一覧⏎01 宮下 次郎 7450011⏎02 野口 愛 7451203⏎03 石倉 実 7450087", []),
    # insurance-card field OIDs in a clinical document
    (
        "cda-oids",
        '<patientRole>⏎  <id root="1.2.392.200119.6.101" extension="06139925"/>⏎'
        '  <id root="1.2.392.200119.6.204" extension="3021"/>⏎'
        '  <id root="1.2.392.200119.6.205" extension="4417"/>⏎'
        '  <id root="1.2.392.200119.6.211" extension="02"/>',
        [
            ("JP_HEALTH_INSURANCE", "06139925"),
            ("JP_HEALTH_INSURANCE", "3021"),
            ("JP_HEALTH_INSURANCE", "4417"),
            ("JP_HEALTH_INSURANCE", "02"),
        ],
    ),
    # transfer detail lines: type, account and zero-padded amount glued after the payee's name
    (
        "payee-rows",
        "2031180ﾐﾔｹ ｼﾞﾛｳ          140821170000031500⏎2051180ﾉｸﾞﾁ ｱｲ           261100430000008800",
        [("JP_BANK_ACCOUNT", "4082117"), ("JP_BANK_ACCOUNT", "6110043")],
    ),
    ("payee-amount-not-padded", "2031180ﾐﾔｹ ｼﾞﾛｳ          140821171200031500", []),
    # birth notes: 元号コード after a spaced label, an era initial before 生, a birthday table
    (
        "spaced-label-era-code",
        "氏 名 宮下 次郎⏎生 年 月 日 3380412  性 別 男",
        [("DATE_OF_BIRTH", "3380412")],
    ),
    ("spaced-label-era-code-invalid", "生 年 月 日 3381342", []),
    ("era-initial-born", "相談者 宮下　次郎　S41.7生（独居）", [("DATE_OF_BIRTH", "S41.7")]),
    ("era-initial-cohort", "H28.4生まれ以降の児童が対象です", []),
    (
        "birthday-table",
        "さくら組 お誕生日表⏎4月12日　そうたくん⏎11月3日　ゆいちゃん",
        [("DATE_OF_BIRTH", "4月12日"), ("DATE_OF_BIRTH", "11月3日")],
    ),
    ("birthday-party", "誕生日会の日程⏎4月12日　午前⏎11月3日　午後", []),
    # a record's birth date after a sentence saying the form's differs
    (
        "record-says",
        "届出の生年月日は1971/5/2とありますが、住民票では「1971/5/20」でした。",
        [("DATE_OF_BIRTH", "1971/5/2"), ("DATE_OF_BIRTH", "1971/5/20")],
    ),
    # a 4-6 value after a bare 番号 with a 年金 word earlier on its line
    (
        "pension-named-earlier",
        "窓口メモ：ねんきん定期便を持参。番号は 3105-228741 と本人申告",
        [("JP_PENSION_NUMBER", "3105-228741")],
    ),
    (
        "pension-ten-digits",
        "ねんきんネットの件。番号が 3105228741 で登録済み",
        [("JP_PENSION_NUMBER", "3105228741")],
    ),
    ("pension-word-absent", "会員証をなくしました。番号は 3105-228741 です", []),
    # a record naming its insurer: its card keys are the card's fields
    (
        "insurer-record-json",
        '{"id":"R-0192","insurer":"138227","cardNo":"5502","branch":"03","tel":"09055501234"}',
        [
            ("JP_HEALTH_INSURANCE", "138227"),
            ("JP_HEALTH_INSURANCE", "5502"),
            ("JP_HEALTH_INSURANCE", "03"),
            ("PHONE_NUMBER", "09055501234"),
        ],
    ),
    ("card-keys-no-insurer", '{"order":"A-77","cardNo":"5502","branch":"03"}', []),
    # a facility's own patient number (1.2.392.200119.6.102.…) is no card field
    ("cda-facility-oid", '<id root="1.2.392.200119.6.102.11234567890" extension="3021"/>', []),
    # half-width kana 保険者 / 被保険者 / 枝番 labels
    (
        "kana-insurer-branch",
        "ｼﾞｭｼﾝｼｬ ﾎｹﾝｼｬ 06271104 ｷｺﾞｳ 5120 ﾊﾞﾝｺﾞｳ 33017 ｴﾀﾞﾊﾞﾝ 01",
        [
            ("JP_HEALTH_INSURANCE", "06271104"),
            ("JP_HEALTH_INSURANCE", "5120"),
            ("JP_HEALTH_INSURANCE", "33017"),
            ("JP_HEALTH_INSURANCE", "01"),
        ],
    ),
    # PENS-NO and KANA-NAME headers type their columns
    (
        "pens-no-header",
        "REC  KANA-NAME      BIRTH    PENS-NO⏎"
        "0001 ﾐﾔｹ ｼﾞﾛｳ      19630419 4410227718⏎"
        "0002 ﾉｸﾞﾁ ｱｲ        19910302 5520338829",
        [
            ("DATE_OF_BIRTH", "19630419"),
            ("JP_PENSION_NUMBER", "4410227718"),
            ("DATE_OF_BIRTH", "19910302"),
            ("JP_PENSION_NUMBER", "5520338829"),
        ],
    ),
    # 欄 after a birth label names its field
    ("birth-field-ran", "生年月日欄：1977年6月（日は判読不能）", [("DATE_OF_BIRTH", "1977年6月")]),
    ("birth-field-ran-topic", "生年月日欄の記入漏れがありました。2025年6月2日", []),
]

STRUCTURED = {
    "DATE_OF_BIRTH",
    "PHONE_NUMBER",
    "JP_POSTAL_CODE",
    "JP_HEALTH_INSURANCE",
    "JP_PENSION_NUMBER",
    "JP_BANK_ACCOUNT",
}


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round_cg(engine: DLPEngine, text: str, expected: list[tuple[str, str]]) -> None:
    t = text.replace("⏎", "\n")
    found = [(f.entity_type, t[f.start : f.end]) for f in engine.scan(t) if f.entity_type in STRUCTURED]
    assert found == expected
