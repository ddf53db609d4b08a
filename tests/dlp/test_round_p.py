"""Round P: health-insurance form fields and joint labels, birth dates in rosters, topic sentences
and dependants' lists, pension labels over lines, 通知カード brackets, passport sub-labels, and
round O's leftovers. Every value below is invented."""

from __future__ import annotations

import pytest

from govrag.dlp.recognizers.health_context import holder_pair
from govrag.dlp.recognizers.keyed import caption_label
from tests.dlp.conftest import scan_values

HI = "JP_HEALTH_INSURANCE"
DOB = "DATE_OF_BIRTH"
PEN = "JP_PENSION_NUMBER"
MN = "JP_MY_NUMBER"
DL = "JP_DRIVER_LICENSE"
PP = "JP_PASSPORT"


@pytest.mark.parametrize(
    ("text", "entity", "values"),
    [
        # 1. a form field's name, the value quoted after 欄が/欄は (a kanji prefix on the 記号)
        ("スキャン照合：保険者番号欄が「06340218」、記号欄が「協会47」", HI, ["06340218", "協会47"]),
        ("被保険者証の読取値　記号欄は「組合1209」、番号欄は「58」", HI, ["組合1209", "58"]),
        ("資格確認書OCR⏎番号欄が「3306」⏎記号欄が「健保71」", HI, ["3306", "健保71"]),
        # 2. the holder's joint label, two values joined by ・, the 保険者番号 on the next line
        ("被保険者記号・番号 5512・304⏎保険者番号 06131107", HI, ["5512", "304", "06131107"]),
        ("被保険者の記号番号は 8820・71 です", HI, ["8820", "71"]),
        ("組合員の記号・番号：42・11873", HI, ["42", "11873"]),
        # 3. a joint 記号-番号 column under a card's title
        ("国保被保険者証 一覧⏎No.\t続柄\t記号-番号⏎1\t本人\t3408-22⏎2\t子\t3408-23", HI,
         ["3408", "22", "3408", "23"]),
        ("保険証 交付簿⏎行,記号/番号⏎1,7105/66", HI, ["7105", "66"]),
        # 4. values in brackets right after each label
        ("健康保険証の記号（6018）及び番号（240）を控えた", HI, ["6018", "240"]),
        ("被保険者証 記号（横55）および番号（9031）", HI, ["横55", "9031"]),
        # 11. square brackets, a spaced hyphen, a far 4-digit 被保険者番号
        ("保険証 記号［7741］番号［19］", HI, ["7741", "19"]),
        ("被保険者証の記号番号：6607 - 45", HI, ["6607", "45"]),
        ("被保険者番号は、カードの氏名の上に書かれた数字で 4093 です", HI, ["4093"]),
        # unchanged: a bare 記号・番号 label keeps X・Y as one value, a 記号 with a place prefix too
        # round BW: 記号・番号：A・B after any insurance word is two values (docs/benchmarks/dlp.md)
        ("健康保険証 記号・番号：3318・52", HI, ["3318", "52"]),
        ("被保険者証記号番号 77・104", HI, ["77・104"]),
    ],
)
def test_health_insurance_layouts(text: str, entity: str, values: list[str]) -> None:
    assert scan_values(text, entity) == values


@pytest.mark.parametrize(
    "text",
    [
        "照合結果：受付番号欄が「20250311」、整理番号欄は「47」",
        "保険証の記号欄が「不明」、番号欄が「かすれ」（頁番号欄は「9」）",
        "記号欄は「協会08」のように書きます（記入例）",
        "被保険者記号・番号の記入例は4・5ページ⏎保険者番号の欄は任意",
        "会議資料⏎No.\t資料記号-番号\t頁⏎1\t3408-22\t4",
        "凡例：記号（△）及び番号（2〜5）は地図の地点",
        # a 記号-番号 column with no card named above the table: a road sign's or a map's code
        "案内標識の一覧⏎記号-番号\t名称⏎108-22\t方面",
        "地図記号表⏎記号/番号,意味⏎41/3,交番",
        "図表の記号（B）及び番号（31）は本文の節に対応",
        "記号［C］番号［2］の欄は任意です",
        "被保険者番号の桁数（保険者により異なる）は 8 桁",
        # another number's label between the card label and a far value
        "被保険者番号の照会は、内線 4412 まで",
        "被保険者番号を書いた書類は、3000円の手数料",
        "被保険者記号・番号の記載例：5678・12（記載例）",
    ],
)
def test_health_insurance_negatives(text: str) -> None:
    assert scan_values(text, HI) == []


@pytest.mark.parametrize(
    ("text", "start_word", "expected"),
    [
        ("被保険者記号・番号 5512・304", "5512", True),
        ("組合員の記号番号：42・11873", "42", True),
        ("保険証 記号・番号：3318・52", "3318", False),
        # a line holding only a joint label and X・Y (a table row read as a form): two values
        ("記号・番号：3318・52", "3318", True),
        ("被保険者記号・番号 5512・304・01", "5512", False),
    ],
)
def test_holder_pair(text: str, start_word: str, expected: bool) -> None:
    s = text.index(start_word)
    e = s + len(start_word)
    while e < len(text) and (text[e].isdigit() or text[e] == "・"):
        e += 1
    assert holder_pair(text, s, e) is expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # 5. a 生年月日 column, the Western year with its era in brackets, dotted
        ("受診者名簿⏎番号\t区分\t生年月日⏎1\t新規\t2009(H21).06.15", ["2009(H21).06.15"]),
        ("番号,性別,生年月日⏎1,男,1971(S46).12.01", ["1971(S46).12.01"]),
        ("生年月日：1996（平成8）.3.27", ["1996（平成8）.3.27"]),
        # 6. a sentence whose topic is a birth label: every date in it
        (
            "生年月日の食い違い：住民票では平成2年7月4日、届出書では平成2年7月14日",
            ["平成2年7月4日", "平成2年7月14日"],
        ),
        (
            "誕生日について、本人申告は1983年5月2日、台帳は1983年5月20日でした",
            ["1983年5月2日", "1983年5月20日"],
        ),
        # 7. a dependants' list: ・name（relation）date
        (
            "扶養家族⏎・山岸 千夏（妻）平成1年9月30日⏎・山岸 蓮（長男）令和3年2月8日",
            ["平成1年9月30日", "令和3年2月8日"],
        ),
        ("【世帯員】⏎・大西 トメ（祖母）S8.4.12", ["S8.4.12"]),
    ],
)
def test_birth_dates(text: str, values: list[str]) -> None:
    assert scan_values(text, DOB) == values


@pytest.mark.parametrize(
    "text",
    [
        "講習日程⏎回\t実施日⏎1\t2023(R5).09.14",
        "交付台帳⏎番号\t交付日⏎1\t2021(R3).11.02",
        "生年月日の取扱い：改正規則の施行日は令和7年4月1日、様式の交付は令和7年5月1日から",
        "誕生日の記載方法は令和6年12月3日開催の研修で説明",
        "生年月日の記入漏れについて、令和7年2月10日に照会した",
        "生年月日欄の記入について：2024年4月1日以降の申請分から",
        "生年月日の確認：2024年4月1日現在の年齢で判定",
        "扶養親族の異動⏎・配偶者（妻）令和5年6月1日 認定",
        "世帯員の届出⏎・転出（子）令和4年8月19日届出",
        "家族の予定⏎・母（受診）2025年3月3日予約",
        "生年月日の記載例：1990(H2).01.01（記載例）",
    ],
)
def test_birth_date_negatives(text: str) -> None:
    assert scan_values(text, DOB) == []


@pytest.mark.parametrize(
    ("text", "entity", "values"),
    [
        # 8. pension: a label over two lines, a value in ［］ below, 番号は on its own line
        ("基礎年金⏎番号⏎7730-118452", PEN, ["7730-118452"]),
        ("基礎年金番号⏎［5019-224730］", PEN, ["5019-224730"]),
        ("年金手帳を確認しました。番号は⏎4128-660715⏎です。", PEN, ["4128-660715"]),
        # 9. My Number: the bracket after 通知カード is the card's; 個人番号又は法人番号 (12 digits)
        ("確認書類：通知カード（記載番号 1234-5678-9018）＋ 運転免許証", MN, ["1234-5678-9018"]),
        ("確認書類：通知カード（記載番号 1234-5678-9018）＋ 運転免許証", DL, []),
        ("個人番号又は法人番号：123456789018", MN, ["123456789018"]),
        # 10. passport: sub-labels after a passport-number topic
        ("旅券番号の不一致。原本：TK5530217、控え：TK5530271", PP, ["TK5530217", "TK5530271"]),
        ("パスポート番号が二つあります（券面 RA4402119／台帳 RA4402191）", PP, ["RA4402119", "RA4402191"]),
        # 11. a licence number under 証明書番号 after 運転経歴証明書 is named
        ("運転経歴証明書を確認した。証明書番号：620911473385", DL, ["620911473385"]),
    ],
)
def test_other_structured_layouts(text: str, entity: str, values: list[str]) -> None:
    assert scan_values(text, entity) == values


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("年金相談の受付票を受け取った。番号は⏎6610-203947⏎です。", PEN),
        ("基礎年金⏎番号の記入例⏎［1111-222333］（記入例）", PEN),
        ("個人番号又は法人番号欄は空欄（受付番号 123456789018）", MN),
        ("旅券番号の照合。原本は未提出、申請書の受付番号 TK1234567", PP),
        ("運転経歴証明書の件数。証明書番号の付番は別表（受付番号 551204）", DL),
        ("口座振替の受付番号（再送分、前回とは別です）は 5521093 です", "JP_BANK_ACCOUNT"),
        ("住居表示の実施区域：緑町一丁目〜四丁目", "JP_ADDRESS"),
        ("区域は札幌市中央区南町二丁目から五丁目まで", "JP_ADDRESS"),
    ],
)
def test_other_negatives(text: str, entity: str) -> None:
    assert scan_values(text, entity) == []


def test_address_still_found_without_a_range() -> None:
    t = "住所：札幌市中央区南町二丁目3番5号"
    assert scan_values(t, "JP_ADDRESS") == ["札幌市中央区南町二丁目3番5号"]


@pytest.mark.parametrize(
    ("header", "caption", "label"),
    [
        ("記号-番号", "国民健康保険被保険者証 交付名簿", "保険証の記号-番号"),
        ("記号/番号", "組合員証の発行リスト", "保険証の記号/番号"),
        ("記号-番号", "道路標識一覧", None),
        ("番号", "被保険者証 交付名簿", None),
    ],
)
def test_caption_label(header: str, caption: str, label: str | None) -> None:
    assert caption_label(header, caption) == label
