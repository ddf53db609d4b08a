"""Round AH: fixed-width records without separators (record code + 個人番号, 基礎年金番号 glued to a
kana name, era-coded birth dates, 全銀 data records, a sex letter + YYYYMMDD + postal code), era-coded
birth-date labels, romanised column names, ゆうちょ accounts in foreign text, OCR-spaced and Korean
phones, passports / licences / pension numbers / birth dates in foreign running text, header-less
licence lists; barcode digit runs, receipt references, filing-date elements and test-data blocks
as negatives. Every value is invented."""

from __future__ import annotations

import pytest

from govrag.dlp.recognizers.records import era_coded

from .conftest import scan_values

MN = "JP_MY_NUMBER"
CN = "JP_CORPORATE_NUMBER"
DOB = "DATE_OF_BIRTH"
HI = "JP_HEALTH_INSURANCE"
BA = "JP_BANK_ACCOUNT"
PP = "JP_PASSPORT"
TEL = "PHONE_NUMBER"
PN = "JP_PENSION_NUMBER"
DL = "JP_DRIVER_LICENSE"
ZIP = "JP_POSTAL_CODE"
CARD = "CREDIT_CARD"

_PAYROLL = "源泉徴収データ⏎3204188331070ﾌｼﾞｲ ﾘｮｳ         3470918⏎3551029374615ﾌｼﾞｲ ｻｴ           3500402"
_PENSION = "年金振込データ⏎6610240087ﾖｼﾀﾞ ｼﾝｲﾁ        3310207011⏎7712305518ﾖｼﾀﾞ ﾄﾐｺ         3350611011"
_ZENGIN = (
    "振込データ⏎20001ﾐｽﾞﾎ          220ｼﾝｼﾞｭｸ       000016044120ﾎﾘ ﾏｻﾄ      0000030000⏎"
    "20017ｻｲﾀﾏﾘｿﾅ      105ｳﾗﾜ           000027720019ｲｼﾀﾞ ｱｲ     0000004000"
)
_REGISTRY = "受診者抽出⏎P1001ｶﾜｸﾞﾁ ﾕｳ      M198404175300011012⏎P1002ｶﾜｸﾞﾁ ﾚﾅ      F198611305300011012"


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        (_PAYROLL, MN, ["204188331070", "551029374615"]),
        (_PAYROLL, CN, []),
        (_PAYROLL, DOB, ["3470918", "3500402"]),
        (_PENSION, PN, ["6610240087", "7712305518"]),
        (_PENSION, DOB, ["3310207", "3350611"]),
        (_ZENGIN, BA, ["6044120", "7720019"]),
        (_REGISTRY, DOB, ["19840417", "19861130"]),
        (_REGISTRY, ZIP, ["5300011", "5300011"]),
        ("部品在庫⏎000412ﾌﾞﾋﾝ C    0000120⏎000413ﾌﾞﾋﾝ D    0000130", DOB, []),
        ("生年月日（元号区分付き） 4121224", DOB, ["4121224"]),
        ("整理番号（7桁） 4121224", DOB, []),
        ("hokenja_bangou,kigou,bangou⏎27130099,33,1208", HI, ["27130099", "33", "1208"]),
        ("<HoujinBangou>2401122093381</HoujinBangou>", CN, ["2401122093381"]),
        ("<KojinBangou>712033488521</KojinBangou>", MN, ["712033488521"]),
        ("shohin_kigo,shohin_bango⏎ZX,5520", HI, []),
        ("Favor de depositar en la cuenta Yucho 11420-70031281.", BA, ["11420-70031281"]),
        ("TEL：06 - 6941 - 03 51", TEL, ["06 - 6941 - 03 51"]),
        ("受付 2025 - 01 - 15 から", TEL, []),
        ("휴대폰 번호: 010-7712-3308", TEL, ["010-7712-3308"]),
        ("여권번호는 M55012874 입니다.", PP, ["M55012874"]),
        ("Pasaporte de Ecuador número 120448731, vigente.", PP, ["120448731"]),
        ("Ito po ang passport ko, P5520114C.", PP, ["P5520114C"]),
        ("Nawala ang passport ko kahapon, flight PR431 pa naman.", PP, []),
        ("passport number ko ay P5520114C", PP, ["P5520114C"]),
        ("mero rahadani number 20481177 ho.", PP, ["20481177"]),
        ("07A LOPEZ/ANA MRS P9903341", PP, ["P9903341"]),
        ("07A LOPEZ/ANA MRS BAG 2PC", PP, []),
        ("Ipinanganak siya noong Oktubre 9, 1979.", DOB, ["Oktubre 9, 1979"]),
        ("Nagbayad siya noong Oktubre 9, 2024.", DOB, []),
        ("Minha mãe é nascida em 1º de maio de 1961.", DOB, ["1º de maio de 1961"]),
        ("जन्म मिति: १९८४-११-०२", DOB, ["१९८४-११-०२"]),
        ("生年月日：1975(S50)年 9月 1日", DOB, ["1975(S50)年 9月 1日"]),
        ("設立 1975(S50)年 9月 1日", DOB, []),
        ("ｾｲﾈﾝｶﾞｯﾋﾟ H.8.2.29", DOB, ["H.8.2.29"]),
        ("Número de licencia de conducir: 551208834470", DL, ["551208834470"]),
        ("免許証を見せてもらい、番号は 302219048810 と確認した。", DL, ["302219048810"]),
        ("免許 更新予定者⏎451102933120,ｵｶﾀﾞ ｼﾞﾝ,19690704", DL, ["451102933120"]),
        ("免許 更新予定者⏎451102933120,ｵｶﾀﾞ ｼﾞﾝ,19690704", DOB, ["19690704"]),
        ("연금번호: 5530-118204", PN, ["5530-118204"]),
        ("Mã số lương hưu cơ bản là 4410-229031.", PN, ["4410-229031"]),
        ("邮编 060-0001", ZIP, ["060-0001"]),
        ("계좌번호는 4408127 입니다.", BA, ["4408127"]),
        ("払込票 バーコード 91912304412210020883310045123400812", CARD, []),
        ("Receipt No. 2041 8833 1070", MN, []),
        ("<Uketsuke><Shimei>森田 圭</Shimei><TodokedeYmd>2025-02-03</TodokedeYmd></Uketsuke>", DOB, []),
        ("【テストデータ・本番使用禁止】⏎個人番号 204188331070⏎電話 090-2281-4470", MN, []),
        ("【テストデータ・本番使用禁止】⏎個人番号 204188331070⏎電話 090-2281-4470", TEL, []),
        ("テストデータ⏎個人番号 204188331070", MN, ["204188331070"]),
        ("電話番号は「090-1122-3344」のような形式で入力", TEL, []),
        ("電話は 06-2210-4471 のように入力してください", TEL, []),
        ("申請書には 06-2210-4471 のように記入されていた", TEL, ["06-2210-4471"]),
        ("この番号はダミーです。06-2210-4471", TEL, []),
        ("この番号はダミーではありません。06-2210-4471", TEL, ["06-2210-4471"]),
        ("El embargo recae sobre la cuenta 13310-55012291 de Yucho.", BA, ["13310-55012291"]),
        ("Kaarawan ng lungsod: 2031-05-02", DOB, []),
        ("Ipinanganak: 1994-10-03", DOB, ["1994-10-03"]),
        ("1977(S52)年 3月 8日生", DOB, ["1977(S52)年 3月 8日"]),
        (
            "年金受給者⏎5530118204ﾆｲﾂﾞﾏ ﾖｼｵ      195204140001⏎5530118212ﾆｲﾂﾞﾏ ｶｽﾞｴ     195509300001",
            PN,
            ["5530118204", "5530118212"],
        ),
        ("確認書類 運転免許証＋通知カード（番号 204188331070）", DL, []),
        ("여권(M55012874)을 분실했습니다", PP, ["M55012874"]),
        ("02 31A KIM/JIWOO MS KOR M44120876", PP, ["M44120876"]),
    ],
)
def test_round_ah(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("3470918", "昭和47年09月18日"), ("5030101", "令和03年01月01日"), ("4000101", None), ("3471318", None)],
)
def test_era_coded(value: str, expected: str | None) -> None:
    assert era_coded(value) == expected
