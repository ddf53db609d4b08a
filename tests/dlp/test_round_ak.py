"""Round AK (PERSON): Latin-script names after self-introductions in many languages, values of
name-like keys (JSON, key=value logs, SQL, form dumps), ALL-CAPS card holders, half-width-kana
holders, fixed-width records, Chinese / Korean introductions, office surnames (staff lists, chat
lines, a caller's closing), family members after relation labels; and the non-names beside them
(product tables, works' titles, company names, masked values). Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values

P = "PERSON"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # self-introductions in many languages
        ("Hello, my name is Tomas Novak and I moved to Chiba.", ["Tomas Novak"]),
        ("Dear staff, I am Aye Chan Thu from Yangon.", ["Aye Chan Thu"]),
        ("Xin chào, tôi là Lê Thị Thu Trang, tôi ở Kobe.", ["Lê Thị Thu Trang"]),
        ("toi ten la Vo Minh Quan, xin cam on.", ["Vo Minh Quan"]),
        ("Olá, sou Fernanda Alves e moro em Gunma.", ["Fernanda Alves"]),
        ("Meu nome é Paulo Henrique Sato.", ["Paulo Henrique Sato"]),
        ("Bonjour, je suis Hélène Moreau.", ["Hélène Moreau"]),
        ("Ako si Jocelyn Bautista, taga Chiba.", ["Jocelyn Bautista"]),
        ("Mein Name ist Jonas Weber.", ["Jonas Weber"]),
        ("Меня зовут Анна Кузнецова.", ["Анна Кузнецова"]),
        ("mero naam Kamala Rai ho.", ["Kamala Rai"]),
        ("I am Declan O'Connor, a teacher.", ["Declan O'Connor"]),
        ("MY NAME IS DEEPAK ADHIKARI", ["DEEPAK ADHIKARI"]),
        ("Resident Marco Rossi (DOB unknown) visited.", ["Marco Rossi"]),
        ("Correct name: Yusuf Demir", ["Yusuf Demir"]),
        ("Elena Popescu said: I will come tomorrow.", ["Elena Popescu"]),
        ('From: "Grace Mbeki" <grace@example.net>', ["Grace Mbeki"]),
        # non-names after the same words
        ("Dear Sir/Madam, I am writing about the Housing Division.", []),
        ("I am sorry, I am late in April.", []),
        ("MY NAME IS REQUIRED FIELD", []),
        ("Customer Service said: closed on Monday.", []),
    ],
)
def test_latin_intro(text: str, expected: list[str]) -> None:
    assert scan_values(text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"applicant": {"name": "Sandeep Lama", "age": 31}}', ["Sandeep Lama"]),
        ('{"guardian": "Rosa Villanueva"}', ["Rosa Villanueva"]),
        ('{"holder": "AKIRA MORITA"}', ["AKIRA MORITA"]),
        ('ts=2025-03-01 name="Hannah Schulz" result=ok', ["Hannah Schulz"]),
        ("event=move tenant=Lucas Moreira unit=8", ["Lucas Moreira"]),
        ("UPDATE contracts SET holder='滝沢 直樹' WHERE id=7;", ["滝沢 直樹"]),
        ("last_name=Okafor&first_name=Chidi&ward=kita", ["Okafor", "Chidi"]),
        ("level=warn holder=ｶﾜｼﾏ ﾘｴ branch=101", ["ｶﾜｼﾏ ﾘｴ"]),
        # things' names
        ('{"product": {"name": "Matcha Roll Cake"}}', []),
        ("UPDATE goods SET name='Blue Notebook' WHERE id=3;", []),
        ("id,name,price⏎1,Rice Ball Set,420", []),
        ('<item code="B01" name="受付件数">120</item>', []),
        ("applicant=XXXX XXXX ward=kita", []),
        ("bank:⏎  name: 東北中央銀行", []),
    ],
)
def test_keyed_values(text: str, expected: list[str]) -> None:
    assert scan_values(text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cardholder: LIU YANG / exp 11/29", ["LIU YANG"]),
        ("口座名義 ｵｶﾍﾞ ﾂﾄﾑ 普通", ["ｵｶﾍﾞ ﾂﾄﾑ"]),
        ("預金者名 ｽｷﾞﾀ ﾁｴ", ["ｽｷﾞﾀ ﾁｴ"]),
        ("0004410  ﾀｹｳﾁ ﾏｺﾄ          0000021000", ["ﾀｹｳﾁ ﾏｺﾄ"]),
        ("C20415 NAOKI HAYASHI        19820203 0005", ["NAOKI HAYASHI"]),
        ("0004411  ﾆﾕｳｷﾝ ﾃｽｳﾘﾖｳ       0000000330", []),
        ("C20416 OSAKA BRANCH          20240401 0031", []),
    ],
)
def test_holders_and_fixed_width(text: str, expected: list[str]) -> None:
    assert scan_values(text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你好，我叫黄晓明，想问一下。", ["黄晓明"]),
        ("我是周婷，住在横滨。", ["周婷"]),
        ("我是学生，想问一下。", []),
        ("안녕하세요, 저는 최유진입니다.", ["최유진"]),
        ("성명 한지호 / 국적 대한민국", ["한지호"]),
        ("저는 회사원입니다.", []),
    ],
)
def test_chinese_korean(text: str, expected: list[str]) -> None:
    assert scan_values(text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("面接官：小松、荒木（総務課）", ["小松", "荒木"]),
        ("受付 水野", ["水野"]),
        ("年金係 藤田 10:05⏎確認します", ["藤田"]),
        ("書類の件で折り返しお願いします。竹内です。", ["竹内"]),
        ("認定を受ける者：大槻 智也", ["大槻 智也"]),
        ("受付 8:30〜17:15", []),
        ("図書館だより：『ドリトル先生航海記』を紹介します。", []),
        ("映画上映会「トム・ソーヤーの冒険」を開きます。", []),
        ("発注先：有限会社岡崎塗装", []),
    ],
)
def test_office_and_vetoes(text: str, expected: list[str]) -> None:
    assert scan_values(text, P) == expected
