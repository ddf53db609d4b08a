"""Round AG: arrow-written 記号 / 番号, XML insurer elements, a care-insurance number in English,
a joined ゆうちょ 記号番号, birth dates in Spanish / Portuguese / Nepali text, a marked era choice, an
identity-check line, specimen blocks, example ranges, short number lists, passports in foreign
running text and YAML. Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values

MN = "JP_MY_NUMBER"
DOB = "DATE_OF_BIRTH"
HI = "JP_HEALTH_INSURANCE"
BA = "JP_BANK_ACCOUNT"
PP = "JP_PASSPORT"
TEL = "PHONE_NUMBER"


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("被保険者証 記号→5521、番号→308", HI, ["5521", "308"]),
        ("保険証の 記号 → 71 ／ 番号 → 4410", HI, ["71", "4410"]),
        ("図面 記号→C7、番号→22（ナット）", HI, []),
        ("<insurer>27130045</insurer><symbol>う4</symbol><number>61</number>", HI, ["27130045", "う4", "61"]),
        ("<item><symbol>K9</symbol><number>301</number></item>", HI, []),
        ("His long-term care insurance number is 0000552013.", HI, ["0000552013"]),
        ("Tracking number is 0000552013 (long-term storage).", HI, []),
        ("記号番号 12260-4410873 名義 タナカ", BA, ["12260-4410873"]),
        ("記号番号 12260-4410873 名義 タナカ", HI, []),
        ("保険証 記号番号 12260-4410873", HI, ["12260-4410873"]),
        ("商品記号番号 40110-22018831 入荷", HI, []),
        ("Mi fecha de nacimiento es el 5 de abril de 1984.", DOB, ["5 de abril de 1984"]),
        ("O contrato foi assinado em 5 de abril de 2024.", DOB, []),
        ("Meu pai nasceu em 21/09/1958.", DOB, ["21/09/1958"]),
        ("Ele chegou em 21/09/2024.", DOB, []),
        ("जन्म मिति 1979-11-30", DOB, ["1979-11-30"]),
        ("生年月日（配偶者）07-Oct-1981", DOB, ["07-Oct-1981"]),
        ("生年月日 明・大・昭・(平) 6年 2月 14日", DOB, ["6年 2月 14日"]),
        ("明・大・昭・平　年　月　日", DOB, []),
        ("本人確認: 氏名・生年月日 → Ito Rina / 1990-02-17", DOB, ["1990-02-17"]),
        ("例えば2014年4月2日～2015年4月1日生まれの方", DOB, []),
        ("架空データ⏎電話 06-4410-2281⏎生年月日 1988/03/03", TEL, []),
        ("架空データ⏎電話 06-4410-2281⏎生年月日 1988/03/03", DOB, []),
        ("以下は架空の人物です。口座 5512093", BA, []),
        ("合格者：2210 3341 1002 9120", MN, []),
        ("個人番号 2210 3341 1002", MN, ["2210 3341 1002"]),
        ("O meu passaporte japonês é TR4410882.", PP, ["TR4410882"]),
        ("Mi pasaporte peruano es 118822301.", PP, ["118822301"]),
        ("Passport (VN): C7720114", PP, ["C7720114"]),
        ("applicant:⏎  passport: 55120931", PP, ["55120931"]),
        ("passport: 19910305", PP, []),
        ("Mi pasaporte es azul.", PP, []),
    ],
)
def test_round_ag(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected
