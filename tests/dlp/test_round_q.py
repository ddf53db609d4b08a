"""Round Q: ゆうちょ 記号/番号 in bank form blocks, abbreviated My Number labels, record keys and
product-code columns, specimen markers for every type, dates of other events under birth words,
a hyphenated health-insurance 記号, phone shapes under untyped labels, a postal code above its
address line. Every value below is invented (My Numbers and corporate numbers computed to pass or
fail their check digit as stated)."""

from __future__ import annotations

import pytest

from govrag.dlp.recognizers.bank_account import bank_block
from govrag.dlp.recognizers.codes import record_code
from govrag.dlp.recognizers.my_number import my_number_check_digit
from govrag.dlp.recognizers.rows import column_header
from govrag.dlp.recognizers.specimen import has_marker, is_specimen_value
from tests.dlp.conftest import newlines, scan_types, scan_values

BA = "JP_BANK_ACCOUNT"
HI = "JP_HEALTH_INSURANCE"
MN = "JP_MY_NUMBER"
CN = "JP_CORPORATE_NUMBER"
DOB = "DATE_OF_BIRTH"
TEL = "PHONE_NUMBER"
PC = "JP_POSTAL_CODE"
CC = "CREDIT_CARD"

#: a valid 個人番号 and one failing its check digit; a valid 法人番号 (check digit first)
MN_OK = "60214839170" + str(my_number_check_digit("60214839170"))
MN_BAD = MN_OK[:11] + str((int(MN_OK[11]) + 3) % 10)
CN_OK = "1" + "027441937015"


def test_fixtures_hold() -> None:
    from govrag.dlp.recognizers.corporate_number import corporate_check_digit

    assert corporate_check_digit(CN_OK[1:]) == int(CN_OK[0])
    assert my_number_check_digit(MN_BAD[:11]) != int(MN_BAD[11])


# 1. ゆうちょ 記号 and 番号 on their own lines (or as keys) under a bank heading: two account values
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("還付金の受取口座（ゆうちょ銀行）⏎記号：16720⏎番号：31150871", ["16720", "31150871"]),
        ("【振込先】⏎ゆうちょ銀行⏎記号　11980⏎番号　4400127", ["11980", "4400127"]),
        ("返金先⏎通帳記号 １４４６０⏎通帳番号 ２２０９８１", ["１４４６０", "２２０９８１"]),
        ("yucho_kigo=18830;yucho_bango=52071141", ["18830", "52071141"]),
        ("bank: yucho⏎kigo: 10260⏎bango: 7781204", ["10260", "7781204"]),
    ],
)
def test_yucho_block_is_bank(text: str, values: list[str]) -> None:
    assert scan_values(text, BA) == values
    assert scan_values(text, HI) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the card word is nearer than an earlier bank word: the card's values
        ("口座振替のご案内⏎国民健康保険被保険者証⏎記号：2240⏎番号：17", ["2240", "17"]),
        ("協会けんぽ 保険証⏎記号 5012⏎番号 33⏎（保険料は口座振替）", ["5012", "33"]),
        # a blank line ends the bank block
        ("振込先：ゆうちょ銀行⏎⏎被保険者証⏎記号 6130⏎番号 42", ["6130", "42"]),
    ],
)
def test_card_block_stays_health_insurance(text: str, values: list[str]) -> None:
    assert scan_values(text, HI) == values
    assert scan_values(text, BA) == []


@pytest.mark.parametrize(
    "text",
    [
        "ゆうちょ銀行の記号は5桁、番号は8桁までです",
        "振込先（ゆうちょ）⏎記号：（未記入）⏎番号：（未記入）",
        "返金先口座の記号と番号は通帳の表紙で確認できます",
        "ゆうちょ銀行⏎記号：第3条⏎番号：別表2",
    ],
)
def test_yucho_block_negatives(text: str) -> None:
    assert scan_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("返金先（ゆうちょ）⏎記号：1", True),
        ("保険証⏎記号：1", False),
        ("ゆうちょ 保険証⏎記号：1", False),
        ("口座⏎⏎保険証以外⏎記号：1", False),
    ],
)
def test_bank_block(text: str, expected: bool) -> None:
    t = newlines(text)
    assert bank_block(t, len(t) - 1) is expected


# 2. My Number under abbreviated labels (a failing check digit too: the label fails closed)
@pytest.mark.parametrize(
    "label",
    [
        *("マイNo.：", "マイＮｏ．", "マイナンバーNo ", "マイナンバーＮｏ："),
        *("マイナ番号　", "My No. ", "個人番号No：", "個人番号№"),
    ],
)
@pytest.mark.parametrize("value", [MN_OK, MN_BAD])
def test_abbreviated_my_number_labels(label: str, value: str) -> None:
    t = label + value
    assert scan_values(t, MN) == [value]


@pytest.mark.parametrize(
    "value",
    [
        "".join(chr(ord(c) + 0xFEE0) for c in MN_OK),
        "\u3000".join((MN_OK[:4], MN_OK[4:8], MN_OK[8:])),
        "\u3000".join((MN_OK[:4], MN_OK[4:8], MN_OK[8:])).translate(
            str.maketrans("0123456789", "０１２３４５６７８９")
        ),
    ],
)
def test_abbreviated_label_full_width(value: str) -> None:
    assert scan_values("扶養親族のマイNo：" + value, MN) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "マイNo.カードの受取りは3月12日以降",
        "マイナ番号の欄は12桁を左詰めで",
        "my note 1234 and more",
        f"マイナポイント申込番号 {MN_OK}",
    ],
)
def test_abbreviated_label_negatives(text: str) -> None:
    assert scan_values(text, MN) == []


# 3. record keys and product codes are no My Number / corporate number
@pytest.mark.parametrize(
    "text",
    [
        f"2026-01-09T08:15:02 job_id={MN_OK} state=queued",
        f"WARN request_id: {MN_OK} retry=2",
        f"POST /api/orders order_id={CN_OK} status=201",
        f'{{"id": "{MN_OK}", "kind": "batch"}}',
        f"checksum code={CN_OK}",
        f"trace {MN_OK} parent=77",
        f"session_id={MN_OK}; path=/",
        f"商品コード：{CN_OK}（A4用紙）",
        f"型番 {MN_OK} の交換部品",
        f"JANコード {CN_OK}",
        f"商品コード,名称⏎{CN_OK},蛍光ペン⏎{CN_OK},定規",
        f"品番\t品名\t在庫⏎{MN_OK}\t封筒\t40",
        f"| SKU | 数量 |⏎| {CN_OK} | 2 |",
        f"伝票番号,金額⏎{MN_OK},3300",
        f"ISBN,タイトル⏎{CN_OK},地方自治法逐条解説",
        f"バーコード：{CN_OK}",
    ],
)
def test_record_keys_and_product_codes_are_not_ids(text: str) -> None:
    assert scan_values(text, MN) == [] and scan_values(text, CN) == []


@pytest.mark.parametrize(
    ("text", "entity", "values"),
    [
        (f"user=k0921 mynumber={MN_OK} step=verify", MN, [MN_OK]),
        (f"受付No,個人番号,商品コード⏎B-07,{MN_OK},{CN_OK}", MN, [MN_OK]),
        (f"受付No,個人番号,商品コード⏎B-07,{MN_OK},{CN_OK}", CN, []),
        (f"発注先の法人番号：{CN_OK}（order_id=55012）", CN, [CN_OK]),
        (f"個人番号：{MN_OK}", MN, [MN_OK]),
    ],
)
def test_record_code_keeps_labelled_ids(text: str, entity: str, values: list[str]) -> None:
    assert scan_values(text, entity) == values


def test_record_code_and_column_header() -> None:
    t = "品番,品名\n123456789018,封筒"
    assert column_header(t, 10, 22) == "品番"
    assert record_code(t, 10, 22)
    assert not record_code("個人番号：123456789018", 5, 17)
    assert column_header("a,b", 0, 1) is None
    # a label on the line above is not the value's own (a space-aligned header row)
    assert not record_code("型番\n123456789018", 3, 15)


# 4. specimens, for every structured type; a denied marker vetoes nothing
@pytest.mark.parametrize(
    "text",
    [
        f"【記載例】⏎個人番号：{MN_OK}⏎電話番号：0495-22-6071",
        "（記載例）クレジットカード番号 4111-1111-1111-1111",
        "記載例：基礎年金番号 5120-337104",
        "見本⏎〒921-8002",
        "サンプル：TEL 0957-21-4406",
        f"入力例）マイナンバー {MN_OK}",
        "連絡先：090-2217-6630⏎※上記は記載例です",
        f"個人番号の記載例：{MN_OK}",
        "カード番号 5555 5555 5555 4444（見本）",
        "郵便番号の入力例：〒060-0808",
        "生年月日の記載例：平成2年11月30日",
        "携帯電話（例）070-4418-2093",
        f"入力例⏎マイNo.：{MN_OK}",
        "e.g. 03-5872-1104",
        "記入例⏎口座番号 3318204",
    ],
)
def test_specimens_are_not_pii(text: str) -> None:
    assert scan_types(text) == []


@pytest.mark.parametrize(
    ("text", "entity", "values"),
    [
        (f"個人番号：{MN_OK}（記載例ではありません）", MN, [MN_OK]),
        ("以下は見本ではなく本人の届出内容です。⏎電話：080-6105-2247", TEL, ["080-6105-2247"]),
        # a sentence on the line above that mentions a specimen elsewhere is no heading
        ("記入例は別紙をご覧ください。⏎申請者の電話：0268-41-7735", TEL, ["0268-41-7735"]),
        ("カード番号：4111 1111 1111 1111", CC, ["4111 1111 1111 1111"]),
        # a blank line ends the specimen block; 条例/事例 are no markers
        ("【記入例】⏎⏎電話：03-6630-2158", TEL, ["03-6630-2158"]),
        ("事例：電話 045-671-2290", TEL, ["045-671-2290"]),
        # an e-mail domain named example is no marker
        ("連絡先 092-711-4450 / info@example.jp", TEL, ["092-711-4450"]),
    ],
)
def test_specimen_negatives_keep_values(text: str, entity: str, values: list[str]) -> None:
    assert scan_values(text, entity) == values


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("記載例", True),
        ("見本ではありません", False),
        ("（例）", True),
        ("条例", False),
        ("taro@example.jp", False),
    ],
)
def test_has_marker(snippet: str, expected: bool) -> None:
    assert has_marker(snippet) is expected


def test_is_specimen_value_note_after() -> None:
    t = "電話 03-1111-2222\n※以上は入力例"
    assert is_specimen_value(t, 3, 15)
    t2 = "電話 03-1111-2222\n受付は平日のみ。見本は窓口にあります"
    assert not is_specimen_value(t2, 3, 15)


# 5. dates of other events are no birth dates, whatever birth word stands above
@pytest.mark.parametrize(
    "text",
    [
        "昭和35年4月2日以降に生まれた方⏎申込期間：2026年7月1日〜7月31日",
        "生年月日の確認書類をご持参ください⏎チェックイン：2026年9月20日",
        "平成元年生まれの方が対象です⏎受付期間 令和8年5月1日～5月29日",
        "誕生日特典⏎予約日：2026/02/11",
        "生年月日欄⏎有効期限：2031年1月31日",
        "生まれた日が分かる書類⏎来庁日 2026.3.9",
        "生年月日：空欄⏎チェックアウト 2026-09-22",
        "生年月日⏎面談日時 2026/04/08 14:00",
    ],
)
def test_other_event_dates_are_not_birth_dates(text: str) -> None:
    assert scan_values(text, DOB) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("生年月日：昭和49年8月2日⏎来庁日：令和8年1月19日", ["昭和49年8月2日"]),
        ("誕生日 1993/05/27⏎チェックイン 2026/08/10", ["1993/05/27"]),
        ("生年月日⏎1986年12月4日", ["1986年12月4日"]),
    ],
)
def test_birth_dates_beside_event_dates(text: str, values: list[str]) -> None:
    assert scan_values(text, DOB) == values


# 6. a 記号 with a hyphen inside under one 記号・番号 label: two values
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("記号・番号：41-508・913（枝番 02）", ["41-508", "913", "02"]),
        ("被保険者証の記号・番号：7-2204・61", ["7-2204", "61"]),
        ("国保の記号・番号は22-17・305です", ["22-17", "305"]),
        # a 記号 of 4+ digits and a 番号 of 5+ digits: two fields
        ("保険証 記号・番号 60421・330918", ["60421", "330918"]),
        # round BW (these were one value): 記号・番号：A・B after an insurance word is two values
        # (docs/benchmarks/dlp.md, Round BW); an X・Y・Z triple stays one value
        ("健康保険証 記号・番号：20481733・415", ["20481733", "415"]),
        ("保険証 記号・番号 5520・20871・03", ["5520・20871・03"]),
        # round T: a 3-digit head, a hyphen, 4 digits, then a 1-2 digit 番号: two values
        ("被保険者証 記号・番号 318-2207・44", ["318-2207", "44"]),
        ("健康保険証 記号・番号：5106・38", ["5106", "38"]),  # round BW: two values
    ],
)
def test_hyphenated_kigo_pair(text: str, values: list[str]) -> None:
    assert scan_values(text, HI) == values


@pytest.mark.parametrize(
    "text",
    ["記号・番号の欄は「12-3・45」のように書く（記載例）", "部品の記号・番号：30-669・726 の規格表は別冊"],
)
def test_hyphenated_kigo_pair_negatives(text: str) -> None:
    assert scan_values(text, HI) == []


# 7. a hyphenated phone shape under a label that names no known number type
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("付与番号：080-2271-9034", ["080-2271-9034"]),
        ("登録番号 090-5532-1178（SMS用）", ["090-5532-1178"]),
        ("付与番号 0285-22-7413 へ折り返し", ["0285-22-7413"]),
        ("連絡用番号：070-3309-8812", ["070-3309-8812"]),
    ],
)
def test_phone_under_untyped_label(text: str, values: list[str]) -> None:
    assert scan_values(text, TEL) == values


@pytest.mark.parametrize(
    "text",
    [
        "受付番号：090-1234-5678",
        "整理番号 080-4417-2093",
        "資料番号 03-3581-0101",
        "部品番号 090-4471-2231",
        "付与番号 0001-2345-6789",
        "登録番号 12-3456 の事業所",
        "受付番号 090-1234（窓口）",
        "付与番号：080-2271-9034（記載例）",
        "在留カード番号 06-9921-8616",
        "旅券番号：03-1058-5991",
    ],
)
def test_phone_under_typed_label_negatives(text: str) -> None:
    assert scan_values(text, TEL) == []


# 8. a postal code alone on its line right above an address line
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("980-0811⏎宮城県仙台市青葉区一番町3丁目7番1号", ["980-0811"]),
        ("宛先⏎７６０－００２３⏎香川県高松市寿町1丁目2番5号", ["７６０－００２３"]),
        ("3300063⏎埼玉県さいたま市浦和区高砂3丁目15番1号", ["3300063"]),
    ],
)
def test_postal_code_above_address(text: str, values: list[str]) -> None:
    assert scan_values(text, PC) == values


@pytest.mark.parametrize(
    "text",
    [
        "品番⏎231-0023⏎神奈川県産の原料を使用",
        "123-4567⏎都道府県別の集計（第3表）",
        "資料番号 700-0024⏎岡山県の統計資料",
    ],
)
def test_postal_code_above_address_negatives(text: str) -> None:
    assert scan_values(text, PC) == []
