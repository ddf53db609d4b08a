"""Round CH (issue 11): a phone-shaped cell under another column of an aligned table, family members'
dates, passports in persons' rows, spaced Zengin rows, rosters titled by another day, round CF's
spread from three rows, and the shared additions — passports closed by a check letter, era-initial
births with 年 / 月, call-log and SMS phone words, cards OCR'd with spaced hyphens, `` / `` tables, a
birth cell no reader parses, ゆうちょ 記号番号 joined by a blank, birth hours and more birth labels.
Every value is invented; ⏎ is a line break."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine

CASES = [
    # a passport number closed by a check letter, after a passport label in any language
    ("passport-check-letter-en", "Passport No.: TK4471902Q", [("JP_PASSPORT", "TK4471902Q")]),
    ("passport-check-letter-es", "Pasaporte: EC1029384D⏎Maraming salamat.", [("JP_PASSPORT", "EC1029384D")]),
    ("passport-check-letter-ja", "旅券番号：PB7730152K", [("JP_PASSPORT", "PB7730152K")]),
    ("check-letter-no-label", "Order: KQ3062195R shipped", []),
    # an era initial, year and month with 年 / 月, then 生
    ("era-initial-nen-born", "面談：宮下さん（H29年3月生）の件", [("DATE_OF_BIRTH", "H29年3月")]),
    ("era-initial-nen-born-invalid", "面談：宮下さん（H40年3月生）の件", []),
    # a call log's verbs name the number a phone
    ("call-log-kaden", "10:05 09012345678 へ架電→応答なし", [("PHONE_NUMBER", "09012345678")]),
    ("call-log-chakushin", "着信 0471234567（折り返し不要）", [("PHONE_NUMBER", "0471234567")]),
    # a text message's number; a send log's rows dated in Japanese
    ("sms-word", "SMSで 08074419203 に再送", [("PHONE_NUMBER", "08074419203")]),
    (
        "send-log-japanese-date",
        "送信ログ⏎2025年3月1日 10:00\t09033018842\t【市役所】ご案内⏎"
        "2025年3月2日 09:30\t07011920384\t送信失敗",
        [("PHONE_NUMBER", "09033018842"), ("PHONE_NUMBER", "07011920384")],
    ),
    # a card number OCR'd with a blank either side of each hyphen
    (
        "card-spaced-hyphens",
        "カ ー ド 番 号 5358 - 1204 - 6677 - 1006",
        [("CREDIT_CARD", "5358 - 1204 - 6677 - 1006")],
    ),
    ("card-spaced-hyphens-luhn-fails", "伝票 1234 - 5678 - 9012 - 3456", []),
    # a table whose cells are separated by a slash with blanks around it
    (
        "slash-table-birth",
        "氏名 / 生年月 / 備考⏎宮下 次郎 / 1963年4月 / 初回⏎野口 愛 / 1991年3月 / 再訪",
        [("DATE_OF_BIRTH", "1963年4月"), ("DATE_OF_BIRTH", "1991年3月")],
    ),
    (
        "slash-table-other-dates",
        "項目 / 期限 / 担当⏎更新申請 / 2025年4月 / 総務課⏎実地調査 / 2025年6月 / 建築課",
        [],
    ),
    # a birth cell in a shape no label reader parses keeps its label from the next cell's date
    (
        "tsv-date-after-unparsed-birth",
        "guest\tdate_of_birth\tcheck_in\tcheck_out⏎Anna Berg\t3 APR 1980\t2025-02-11\t2025-02-13",
        [("DATE_OF_BIRTH", "3 APR 1980")],
    ),
    # a ゆうちょ 記号番号 joined by a blank under a bank heading; under an insurance heading it is a card's
    (
        "yucho-spaced-bank-heading",
        "ゆうちょ銀行 自動払込申込書⏎記号番号：13570 24681011⏎加入者：ミヤケ ジロウ",
        [("JP_BANK_ACCOUNT", "13570 24681011")],
    ),
    (
        "spaced-kigo-bango-insurance",
        "国民健康保険 資格確認⏎記号番号：13570 482913",
        [("JP_HEALTH_INSURANCE", "13570 482913")],
    ),
    # a zero-padded record number under an aligned header's other column is no phone
    (
        "aligned-id-column",
        "REC NO    NAME         TEL⏎012 905371 ﾐﾔｹ ｼﾞﾛｳ    09044418820⏎027 640928 ﾉｸﾞﾁ ｱｲ     08071163300",
        [("PHONE_NUMBER", "09044418820"), ("PHONE_NUMBER", "08071163300")],
    ),
    # a spaced Zengin detail row: the seven digits after the deposit type are the account
    (
        "zengin-spaced-row",
        "ｿｳｷﾝ ﾒｲｻｲ⏎2 0123 ﾐﾄﾞﾘ ｷﾞﾝｺｳ  045 1 2718281 ﾐﾔｹ ｼﾞﾛｳ          0000047300",
        [("JP_BANK_ACCOUNT", "2718281")],
    ),
    ("zengin-spaced-row-no-amount", "2 0123 ﾐﾄﾞﾘ ｷﾞﾝｺｳ  045 1 2718281 ﾐﾔｹ ｼﾞﾛｳ", []),
    # a relation word, a member's name, then a date alone in its clause
    (
        "family-member-dates",
        "世帯状況⏎世帯主 宮下 千晶 19850704⏎配偶者 宮下 次郎 S58.10.2",
        [("DATE_OF_BIRTH", "19850704"), ("DATE_OF_BIRTH", "S58.10.2")],
    ),
    ("family-member-reading", "児童：野口 湊（のぐち みなと） 2018/11/23", [("DATE_OF_BIRTH", "2018/11/23")]),
    ("family-member-event-after", "子 宮下 湊 2025/04/01 来所予定", []),
    ("family-event-in-name-place", "児童：音楽会 2025年11月8日", []),
    ("family-event-change", "世帯主 変更 2025/04/01", []),
    # a roster's dates a few years apart (three rows or more) are its people's births
    (
        "roster-spread-few-years",
        "学童名簿⏎1 ﾐﾔｼﾀ ﾐﾅﾄ H28.6.2⏎2 ﾉｸﾞﾁ ｱｵｲ H30.1.15⏎3 ｲｼﾀﾞ ﾚﾝ R2.9.8",
        [("DATE_OF_BIRTH", "H28.6.2"), ("DATE_OF_BIRTH", "H30.1.15"), ("DATE_OF_BIRTH", "R2.9.8")],
    ),
    ("roster-within-a-year", "支給記録⏎ﾐﾔｹ ｼﾞﾛｳ 2024.12.20⏎ﾉｸﾞﾁ ｱｲ 2024.12.20⏎ｲｼﾊﾗ ﾐﾅﾄ 2025.01.10", []),
    ("roster-join-dates", "入会記録⏎ﾐﾔｹ ｼﾞﾛｳ 2019.04.01⏎ﾉｸﾞﾁ ｱｲ 2021.10.01⏎ｲｼﾊﾗ ﾐﾅﾄ 2023.06.01", []),
    # two letters and seven digits after a person's name on a row holding a date: a roster's passport
    (
        "roster-row-passport",
        "0001 MIYAKE JIRO        TK4471902  19800102  JP⏎0002 NOGUCHI AI          TZ1103958  19910302  JP⏎"
        "0003 ISHIHARA MINATO    MU2208417  20050611  JP",
        [
            ("JP_PASSPORT", "TK4471902"),
            ("DATE_OF_BIRTH", "19800102"),
            ("JP_PASSPORT", "TZ1103958"),
            ("DATE_OF_BIRTH", "19910302"),
            ("JP_PASSPORT", "MU2208417"),
            ("DATE_OF_BIRTH", "20050611"),
        ],
    ),
    ("roster-row-voucher", "1. MIYAKE JIRO / Voucher QN4407126 / 2025-03-01", []),
    # a roster whose title names another day: its dates are that day's
    ("roster-titled-join-day", "会員名簿（入会日）⏎宮下 次郎 2019.04.01⏎野口 愛 2021.10.01", []),
    (
        "roster-titled-birth-day",
        "会員名簿（生年月日）⏎宮下 次郎 1969.04.01⏎野口 愛 1981.10.01",
        [("DATE_OF_BIRTH", "1969.04.01"), ("DATE_OF_BIRTH", "1981.10.01")],
    ),
    # a birth notice's day and hour; a form's receipt time stays an event
    ("birth-date-and-hour", "児：宮下 紬　出生日時：2024年3月9日 18:25", [("DATE_OF_BIRTH", "2024年3月9日")]),
    ("receipt-date-and-hour", "受付日時：2024年3月9日 18:25", []),
    # labels of the lexicon: Thai, a Tagalog sentence, a German qualifier, a long aside in brackets
    ("thai-birth-label", "วันเกิด: 1988-02-14", [("DATE_OF_BIRTH", "1988-02-14")]),
    ("tagalog-born-sentence", "Ipinanganak po ako noong Mar 3, 1979.", [("DATE_OF_BIRTH", "Mar 3, 1979")]),
    ("german-child-birth", "Geburtsdatum Kind: 04.09.2019", [("DATE_OF_BIRTH", "04.09.2019")]),
    (
        "label-long-aside",
        "Data de nascimento (conforme o passaporte): 21/07/1983",
        [("DATE_OF_BIRTH", "21/07/1983")],
    ),
    (
        "aligned-tel-first-column",
        "TEL          NAME      MEMO⏎0471234567   ﾐﾔｹ ｼﾞﾛｳ  不在",
        [("PHONE_NUMBER", "0471234567")],
    ),
]

STRUCTURED = {
    "DATE_OF_BIRTH",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "JP_PASSPORT",
    "JP_HEALTH_INSURANCE",
    "JP_BANK_ACCOUNT",
}


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round_ch(engine: DLPEngine, text: str, expected: list[tuple[str, str]]) -> None:
    t = text.replace("⏎", "\n")
    found = [(f.entity_type, t[f.start : f.end]) for f in engine.scan(t) if f.entity_type in STRUCTURED]
    assert found == expected
