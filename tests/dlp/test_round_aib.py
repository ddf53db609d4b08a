"""Round AI-B: 全銀 CSV data records, JSON ``no`` keys under bank keys, English 「ordinary No.」,
Vietnamese 「số tài khoản」, spaced ゆうちょ 記号-番号, date-shaped and JSON-amount non-accounts;
German / Russian / Nepali passport labels, 7 digits in a 旅券番号 column, ``Passport`` + 8 digits;
a licence after 番号は in a message attaching a 運転免許証, ``id_doc`` keys, Vietnamese licences;
Chinese / Vietnamese / Portuguese insurance labels, 介護保険 chat replies, ``hihoken_*`` log keys,
kanji + half-width-kana 記号, 国保 fixed-width records; pension numbers after a ねんきん定期便
mention and after a phone at the end of a fixed-width record. Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values

BA = "JP_BANK_ACCOUNT"
PP = "JP_PASSPORT"
DL = "JP_DRIVER_LICENSE"
MN = "JP_MY_NUMBER"
HI = "JP_HEALTH_INSURANCE"
PEN = "JP_PENSION_NUMBER"
PH = "PHONE_NUMBER"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,0017,ｻｲﾀﾏﾘｿﾅ,330,ｳﾗﾜ,1,6620418,ｱﾗｲ ｹﾝ,52000", ["6620418"]),
        ("振込データ⏎2,0005,ﾐﾂﾋﾞｼUFJ,118,ｵｵﾃﾏﾁ,2,1047735,ﾊﾏﾀﾞ ﾕｲ,8800,0", ["1047735"]),
        ('{"dest": {"bank": "0001", "branch": "220", "no": "3815502"}}', ["3815502"]),
        ("Please pay into Resona Bank (Umeda branch), ordinary No. 4408127, holder Ana Lima", ["4408127"]),
        ("Số tài khoản của tôi là 2094417 (ngân hàng Mizuho).", ["2094417"]),
        ("ゆうちょ 記号番号：1 2 4 4 0 - 3 0 1 8 7 7 2 1", ["1 2 4 4 0 - 3 0 1 8 7 7 2 1"]),
        ("ゆうちょ銀行 記号－番号 11830－20477311", ["11830－20477311"]),
        # a date column of a pipe record, a JSON amount, an item's no, a 受付日 before 口座振替
        ("振替結果 ACC|0001|220|3815502|20240531|OK", ["3815502"]),
        ('口座情報 {"bank": "りそな", "amount": 3304500}', []),
        ('{"item": {"no": "3815502", "qty": 4}}', []),
        ("受付日 20240531 口座振替開始 202406", []),
        ("Order No. 4408127, ordinary mail", []),
    ],
)
def test_bank_account(text: str, expected: list[str]) -> None:
    assert scan_values(text, BA) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meine Pass-Nr. lautet C2RX81T4K.", ["C2RX81T4K"]),
        ("My passport number is 45 2290183, Russian Federation.", ["45 2290183"]),
        ("Номер паспорта: 71 1184026", ["71 1184026"]),
        ("氏名\t国籍\t旅券番号⏎PETROV IVAN\tロシア\t6620931", ["6620931"]),
        ("Members: Omar Haddad - Passport 71180442", ["71180442"]),
        ("O meu passaporte é nº GB204417.", ["GB204417"]),
        ("राहदानी नं. 11880234", ["11880234"]),
        ("Die Pass-Nr. finden Sie auf Seite 2.", []),
        ("氏名\t国籍\t受付番号⏎PETROV IVAN\tロシア\t6620931", []),
        ("Passport 20240531 renewal deadline", []),
    ],
)
def test_passport(text: str, expected: list[str]) -> None:
    assert scan_values(text, PP) == expected


_MN_VALID = "301204518831"  # a valid 個人番号 check digit: read as a licence in a licence message


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        (f"本人確認のため運転免許証を添付いたします。⏎番号は{_MN_VALID}です。", DL, [_MN_VALID]),
        (f"運転免許証の写しをお送りします。お願いします。⏎なお番号は {_MN_VALID} です", DL, [_MN_VALID]),
        (f"本人確認のため運転免許証を添付いたします。⏎番号は{_MN_VALID}です。", MN, []),
        ("id_doc: driver_license⏎id_doc_no: 512209874410", DL, ["512209874410"]),
        ('{"id_doc": "driver_license", "id_doc_no": "512209874410"}', DL, ["512209874410"]),
        ("Số bằng lái xe của tôi: 512209874410", DL, ["512209874410"]),
        # another card named after the licence: no licence
        (f"運転免許証を添付します。個人番号カードも送ります。番号は{_MN_VALID}です。", DL, []),
        ('{"id_doc": "passport", "id_doc_no": "512209874410"}', DL, []),
    ],
)
def test_licence(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("保险证 记号：4410 号码：27", ["4410", "27"]),
        ("保险者号码：01130025", ["01130025"]),
        ("Thẻ bảo hiểm của tôi: Ký hiệu 5120, Số 33", ["5120", "33"]),
        ("Mã số bảo hiểm: 06271104", ["06271104"]),
        ("Número de segurado do seguro de cuidados (kaigo): 0002204518", ["0002204518"]),
        ("祖母の介護保険番号わかりました → 0004418203 です", ["0004418203"]),
        ("保険証 記号 練ﾛ7 番号 2215", ["練ﾛ7", "2215"]),
        ("ts=2024-05-02T09:12:00 hihoken_no=01183302 result=ok", ["01183302"]),
        ("H1国民健康保険 資格異動⏎D1世ﾊ20418ﾏﾂｲ ｹﾝ     19810212", ["世ﾊ", "20418"]),
        # an employment insurance key, a product code, a chat line without a number
        ("koyo_hihokensha_no=5512-301184-2", []),
        ("部品 記号 練ﾛ7 番号 2215（倉庫）", []),
        ("介護保険番号わかりました、あとで送ります", []),
        ("订单号码：4410270", []),
    ],
)
def test_health_insurance(text: str, expected: list[str]) -> None:
    assert scan_values(text, HI) == expected


_PENSION_RECORD = (
    "被保険者記録⏎0007ﾔｽﾀﾞ ｹｲ       04822018836630118204⏎0008ﾔｽﾀﾞ ﾐｷ       090118322077718302245"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ねんきん定期便を確認しました。番号は 6630 - 118204 です", ["6630 - 118204"]),
        (_PENSION_RECORD, ["6630118204", "7718302245"]),
        ("ねんきん定期便の照会番号 6630 - 118204", []),
        ("ねんきん定期便の発送は 2024 - 06 から", []),
        # a 国保 file: the run glued after the record code is no pension number
        ("H1国保資格異動⏎D1011803302ﾏﾂｲ ｹﾝ      19810212", []),
    ],
)
def test_pension(text: str, expected: list[str]) -> None:
    assert scan_values(text, PEN) == expected


def test_pension_record_phone() -> None:
    """The phone before the pension number in the record's tail is read as a phone."""
    assert scan_values(_PENSION_RECORD, PH) == ["0482201883", "09011832207"]
