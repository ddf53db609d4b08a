"""Round AL (PERSON in Japanese documents): Latin-script names after Japanese role labels, on
numbered list lines, before 君/くん/ちゃん and their katakana readings, after English labels, in
quote headers and dash signatures, Thai / Devanagari names after ชื่อ / नाम, kanji surnames alone
after section words, around hand-over arrows, after 旧姓 and as chat speakers; and the non-names
beside them (products, places, rooms, empty labels). Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values

P = "PERSON"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("入居者：Radoslav Petkov（102号室）から水漏れの連絡。", ["Radoslav Petkov"]),
        ("目撃者 Margarethe Vogel の話では、自転車は東へ走った。", ["Margarethe Vogel"]),
        ("子：Amara Obi（6歳）、Chike Obi（3歳）", ["Amara Obi", "Chike Obi"]),
        ("妻 Marisol dela Paz が来所した。", ["Marisol dela Paz"]),
        ("通訳：Trần Thị Bích Ngọc（ベトナム語）", ["Trần Thị Bích Ngọc"]),
        ("申請者：Adebayo, Folake", ["Adebayo, Folake"]),
        ("入居者 K. Mahmud 様宛の郵便物", ["K. Mahmud"]),
        ("対象者：TSEVEEN OYUNAA（モンゴル国籍）", ["TSEVEEN OYUNAA"]),
        ("同僚のEmre Aksoyが同席した。", ["Emre Aksoy"]),
        ("1. Zanele Dube（転入）", ["Zanele Dube"]),
        ("① Farid Haddad　② Leilani Kahale", ["Farid Haddad", "Leilani Kahale"]),
        # non-names after the same labels and numbers
        ("入居者：Sunny Court 2F の住人向け説明会", []),
        ("1. Shibuya Station 集合", []),
        ("2. Nara Park 見学", []),
        ("対象者：なし", []),
    ],
)
def test_latin_after_japanese_labels(text: str, expected: list[str]) -> None:
    assert scan_values(text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Noah Fitzgeraldくんの欠席連絡", ["Noah Fitzgerald"]),
        ("Aria Kapoorちゃんのお迎えは父親です。", ["Aria Kapoor"]),
        ("Tevita Fifita（テヴィタ・フィフィタ）さん", ["Tevita Fifita", "テヴィタ・フィフィタ"]),
        ("Jomo Kariuki（ジョモ・カリウキ）", ["Jomo Kariuki", "ジョモ・カリウキ"]),
        ("Zoom Meeting（ズーム・ミーティング）で説明します。", []),
        ("Google Workspace（グーグル・ワークスペース）", []),
        ("| 名前 | 数量 |\n|---|---|\n| Microsoft Teams | 5 |", []),
    ],
)
def test_latin_honorifics_and_readings(text: str, expected: list[str]) -> None:
    assert scan_values(text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contact person: Bilal Qureshi", ["Bilal Qureshi"]),
        ("Guardian: Rosa Mabini (aunt)", ["Rosa Mabini"]),
        ("Patient: Milan Novotny, 52", ["Milan Novotny"]),
        ("Interpreter: Parisa Ahmadi / ペルシャ語", ["Parisa Ahmadi"]),
        ("> Kwame Boateng wrote:\n> 納税証明書は何通必要ですか？", ["Kwame Boateng"]),
        ("来週伺います。\n– Astrid Nyberg", ["Astrid Nyberg"]),
        ("ชื่อ วิชัย ศรีสุข อายุ 41 ปี", ["วิชัย ศรีสุข"]),
        ("नाम: सीता कुमारी श्रेष्ठ", ["सीता कुमारी श्रेष्ठ"]),
        ("Contact person: Front Desk", []),
        ("> Help Desk wrote:\n> ありがとうございます。", []),
        ("ชื่อ บริษัท ญี่ปุ่น", []),
    ],
)
def test_latin_english_labels_and_scripts(text: str, expected: list[str]) -> None:
    assert scan_values(text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("介護保険課 松尾より折り返し予定", ["松尾"]),
        ("三係 吉村 対応済", ["吉村"]),
        ("CW：野口　家庭訪問 7/3", ["野口"]),
        ("担任 木下から連絡済み。", ["木下"]),
        ("旧姓：桜井", ["桜井"]),
        ("藤本→大西 引継", ["藤本", "大西"]),
        ("横山：資料を共有しました\n望月：ありがとうございます", ["横山", "望月"]),
        ("保健師 福田が同行する。", ["福田"]),
        ("担当 今村・安藤", ["今村", "安藤"]),
        # non-names after the same words
        ("会場　東 会議室　西 会議室", []),
        ("担当 未定", []),
        ("二係 会議室", []),
        ("受付→審査→交付 の順", []),
        ("旧姓 併記の申出", []),
    ],
)
def test_surnames_alone(text: str, expected: list[str]) -> None:
    assert scan_values(text, P) == expected
