"""Round BZ: births after a bare Vietnamese sinh, era codes under a 生年月日 label, YYYY年M月生まれ
before an age note, Nepali ``saal … ma janma``, English ``birthday …: <date>``; a second passport
after ``and mine is``; phones as ``0A(BBBB)CCCC`` and ``+977`` after ``number``; a postal code after an
address; lists titled 基礎年金番号; a NENKIN-NO header; 個人番号 in romaji XML elements
(records_bz.py). Negatives: other sinh / saal sentences, other era-code fields, booking references,
protocol numbers (the veto keeps a labelled phone). Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. births
        ("Bé gái nhà tôi sinh 21/07/2018, đang đi nhà trẻ.", "DATE_OF_BIRTH", ["21/07/2018"]),
        ("Giờ sinh hoạt câu lạc bộ là 21/07/2026.", "DATE_OF_BIRTH", []),
        ("本人確認⏎氏名：白石　奏⏎生年月日：H050412⏎確認者：係員", "DATE_OF_BIRTH", ["H050412"]),
        ("申込者⏎生年月日⏎S571130⏎⏎電話番号⏎（略）", "DATE_OF_BIRTH", ["S571130"]),
        ("整理番号：H050412⏎有効期限：R090930", "DATE_OF_BIRTH", []),
        ("申請者 大野　翼：1999年8月生まれ（申請時25歳）→ 該当", "DATE_OF_BIRTH", ["1999年8月"]),
        ("対象は1990年4月以降に生まれた方です。", "DATE_OF_BIRTH", []),
        ("Mero 1986 saal June 9 ma janma bhayeko ho.", "DATE_OF_BIRTH", ["1986 saal June 9"]),
        ("Mero 2020 saal June 9 ma Japan aayeko ho.", "DATE_OF_BIRTH", []),
        ("I forgot my daughter's birthday on the form: May 14, 2011.", "DATE_OF_BIRTH", ["May 14, 2011"]),
        ("I forgot the due date on the form: May 14, 2026.", "DATE_OF_BIRTH", []),
        # 2. a second passport number
        (
            "My son's passport number is E60318842 and mine is G29174405.",
            "JP_PASSPORT",
            ["E60318842", "G29174405"],
        ),
        ("The order number is G29174405 and mine is G29174406.", "JP_PASSPORT", []),
        # 3. phones; a protocol number is no phone, a labelled phone stays one
        (
            "番号\t氏名\t住所\t連絡先⏎1\t今井　純\t大阪府堺市堺区大町東2番地\t072(238)1190",
            "PHONE_NUMBER",
            ["072(238)1190"],
        ),
        (
            "Ma Gopal ho.⏎Mero number +977 9845012376. Sathi ko number 090-2231-0098.",
            "PHONE_NUMBER",
            ["+977 9845012376", "090-2231-0098"],
        ),
        ("Número do protocolo: 041-207-3356. Aguarde.", "PHONE_NUMBER", []),
        ("受付番号：048-220-1173", "PHONE_NUMBER", []),
        ("Telefone: 041-207-3356", "PHONE_NUMBER", ["041-207-3356"]),
        ("電話（受付番号と同じ）：048-220-1173", "PHONE_NUMBER", ["048-220-1173"]),
        ("受付番号：070-5512-3308　連絡先（本人携帯）", "PHONE_NUMBER", ["070-5512-3308"]),
        ("参照：起案番号 047(331)2905。", "PHONE_NUMBER", []),
        # 4. a postal code after an address in an English sentence
        ("Please mail it to 仙台市青葉区一番町2-4-6, 980-0811. Thanks.", "JP_POSTAL_CODE", ["980-0811"]),
        ("Please reply by 2026-02-01, ticket 980-0811.", "JP_POSTAL_CODE", []),
        # 5. lists titled by the number type, a NENKIN-NO header
        (
            "基礎年金番号照会リスト⏎ｽｽﾞｷ ｱﾕﾐ, 7302918465⏎ﾏﾂｲ ﾀｸﾐ, 2049381756",
            "JP_PENSION_NUMBER",
            ["7302918465", "2049381756"],
        ),
        ("照会番号リスト⏎ｽｽﾞｷ ｱﾕﾐ, 7302918465", "JP_PENSION_NUMBER", []),
        (
            "TOKUCHO-IF  NENKIN-NO   SHIMEI⏎0001  6629103847  ｻｶｲ ﾉﾘｵ⏎0002  1187340295  ﾑﾗｲ ｶﾅ",
            "JP_PENSION_NUMBER",
            ["6629103847", "1187340295"],
        ),
        ("年金番号は後日お知らせします⏎受付番号 2026-004417", "JP_PENSION_NUMBER", []),
        # 6. 個人番号 in romaji XML elements / keys
        ("<owner>⏎  <kojin_no>273640195823</kojin_no>⏎</owner>", "JP_MY_NUMBER", ["273640195823"]),
        ('{"kojin_bango": "610293847560"}', "JP_MY_NUMBER", ["610293847560"]),
        ("保管一覧（個人番号カード・番号のみ）⏎管理番号 273640195823　棚 A-3", "JP_MY_NUMBER", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
