"""Round AH labelled rows (written 2026-12-05, before any rule change of round AH; every value invented).

Same format as ``dlp_rows_ag.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a tab. Rows with ``i % 4 == 1`` (0-based, one quarter) form
``corpora/eval/pii_devholdout_rah.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rah.jsonl``.

Round AH's layout families (from the lead's categories, no eval row seen): fixed-width records
without separators (a record-type digit glued to a 個人番号, a 基礎年金番号 glued to a half-width-kana
name, 7-digit era-coded birth dates, 全銀 data records, registry exports with a sex letter and a
postal code glued to further digits); era-coded birth-date labels; romanised CSV/XML column names;
ゆうちょ 記号番号 as a bank destination; OCR-spaced phones and Korean mobiles; passports in Korean,
Spanish, Taglish, romanised Nepali and passenger manifests; birth dates in Tagalog, Portuguese,
Devanagari digits, a Western year with its era in brackets, half-width-kana labels and header-less
CSV rows; licence numbers in Spanish / running Japanese / header-less lists; 基礎年金番号 in Korean
and Vietnamese; a Chinese postcode word and a Korean account word. Negatives: barcode digit runs,
receipt references, filing dates in XML, test-data blocks and format examples.

    python benchmarks/dlp_rows_ah.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_AH", "is_holdout_ah"]


def is_holdout_ah(index: int) -> bool:
    """Rows 1, 5, 9, … (0-based): one quarter of the batch, spread over every topic."""
    return index % 4 == 1


_LINES = (
    # 1. fixed-width records without separators
    (
        "+ 給与支払報告書 個人別明細 固定長⏎1[[JP_MY_NUMBER:{MN}]][[PERSON:ｻﾄｳ ｹﾝｼﾞ]]          "
        "[[DATE_OF_BIRTH:3580412]]0003500000⏎1[[JP_MY_NUMBER:{MN}]][[PERSON:ｲﾄｳ ﾏｷ]]            "
        "[[DATE_OF_BIRTH:4020915]]0002800000"
    ),
    (
        "+ 源泉徴収票データ（提出用）⏎2[[JP_MY_NUMBER:{MN}]][[PERSON:ﾀｶﾊｼ ﾕｳｽｹ]]        [[DATE_OF_BIRTH:"
        "3620101]]01⏎2[[JP_MY_NUMBER:{MN}]][[PERSON:ｵｶﾞﾜ ｴﾐ]]           [[DATE_OF_BIRTH:4100228]]02"
    ),
    (
        "+ 年金支払データ⏎[[JP_PENSION_NUMBER:4312087765]][[PERSON:ﾔﾏﾓﾄ ﾊﾙｵ]]           "
        "[[DATE_OF_BIRTH:3250614]]000182400⏎[[JP_PENSION_NUMBER:5120334981]][[PERSON:ﾔﾏﾓﾄ ｷﾖｺ]]          "
        "[[DATE_OF_BIRTH:3280903]]000096000"
    ),
    (
        "+ 00012[[JP_PENSION_NUMBER:1098223457]][[PERSON:ｷﾑﾗ ｻﾄｼ]]            [[DATE_OF_BIRTH:3400720]]1⏎"
        "00013[[JP_PENSION_NUMBER:2207765431]][[PERSON:ﾊﾗﾀﾞ ﾉﾘｺ]]           [[DATE_OF_BIRTH:3421130]]2"
    ),
    (
        "+ 総合振込 全銀フォーマット⏎10210000000000ｼﾔ)ﾐﾗｲｼﾖｳｼﾞ          1205⏎20009ﾐﾂｲｽﾐﾄﾓ       "
        "123ｼﾌﾞﾔ          00001[[JP_BANK_ACCOUNT:4412087]][[PERSON:ﾆｼﾑﾗ ｱｷﾗ]]                    "
        "0000150000⏎20005ﾐﾂﾋﾞｼUFJ       251ｲｹﾌﾞｸﾛ         00002[[JP_BANK_ACCOUNT:0938812]]"
        "[[PERSON:ﾏﾂﾀﾞ ｶｵﾘ]]                    0000082000"
    ),
    (
        "+ 口座振替データ⏎20001ﾐｽﾞﾎ          110ｳﾒﾀﾞ           00001[[JP_BANK_ACCOUNT:2230451]]"
        "[[PERSON:ｺﾊﾞﾔｼ ﾀｹｼ]]                   0000012000⏎20010ﾘｿﾅ           302ｻｶｲ            "
        "00001[[JP_BANK_ACCOUNT:7781209]][[PERSON:ｺﾊﾞﾔｼ ﾐﾅ]]                     0000012000"
    ),
    (
        "+ 住民記録 異動者抽出（固定長）⏎000731[[PERSON:ﾀｶﾊｼ ﾐﾎ]]        F[[DATE_OF_BIRTH:19850322]]"
        "[[JP_POSTAL_CODE:1500041]]0131⏎000732[[PERSON:ﾀｶﾊｼ ｼﾞｭﾝ]]      M[[DATE_OF_BIRTH:19830907]]"
        "[[JP_POSTAL_CODE:1500041]]0131"
    ),
    (
        "+ 受診者マスタ出力⏎K00481[[PERSON:ﾓﾘ ﾕｷ]]           F[[DATE_OF_BIRTH:19720115]]"
        "[[JP_POSTAL_CODE:4600008]]2204⏎K00482[[PERSON:ｱｵｷ ﾀﾞｲｽｹ]]       M[[DATE_OF_BIRTH:19981001]]"
        "[[JP_POSTAL_CODE:4600011]]2204"
    ),
    ("- 商品マスタ 固定長⏎1000234512345ﾎﾞｰﾙﾍﾟﾝ ｸﾛ       0000120⏎1000234512346ﾎﾞｰﾙﾍﾟﾝ ｱｶ       0000120"),
    "- 在庫データ⏎000731ﾌﾞﾋﾝ A    F202403150012345⏎000732ﾌﾞﾋﾝ B    M202403160012346",
    "- 全銀 ヘッダ 10210000000000ｼﾔ)ﾐﾗｲｼﾖｳｼﾞ          1205 トレーラ 8000002000000232000",
    # 2. era-coded birth-date labels
    "+ 生年月日（元号コード付き）：[[DATE_OF_BIRTH:3590412]]",
    "+ 生年月日(元号区分+年月日) [[DATE_OF_BIRTH:4070321]]",
    "+ 生年月日（和暦・元号ｺｰﾄﾞ7桁）[[DATE_OF_BIRTH:5030818]]",
    "+ 本人の生年月日は元号コード形式で [[DATE_OF_BIRTH:3451102]] と登録されています。",
    "- 受付番号（7桁）：3590412",
    "- 元号コード：1=明治 2=大正 3=昭和 4=平成 5=令和",
    # 3. romanised column / element names
    (
        "+ hokensha_no,hihokensha_kigo,hihokensha_bango,edaban⏎[[JP_HEALTH_INSURANCE:06130012]],"
        "[[JP_HEALTH_INSURANCE:7702]],[[JP_HEALTH_INSURANCE:118]],[[JP_HEALTH_INSURANCE:01]]"
    ),
    (
        "+ HokenjaBango,Kigou,Bangou,Edaban⏎[[JP_HEALTH_INSURANCE:39221041]],[[JP_HEALTH_INSURANCE:"
        "12]],[[JP_HEALTH_INSURANCE:3304]],[[JP_HEALTH_INSURANCE:00]]"
    ),
    (
        "+ <Hoken><HokenshaBango>[[JP_HEALTH_INSURANCE:01270018]]</HokenshaBango><Kigo>[[JP_HEALTH_"
        "INSURANCE:5581]]</Kigo><Bango>[[JP_HEALTH_INSURANCE:27]]</Bango><Edaban>[[JP_HEALTH_"
        "INSURANCE:02]]</Edaban></Hoken>"
    ),
    "+ HOJIN_BANGO,HOJIN_MEI⏎[[JP_CORPORATE_NUMBER:{CN}]],株式会社あおば技研",
    "+ <HojinBango>[[JP_CORPORATE_NUMBER:{CN}]]</HojinBango><HojinMei>有限会社みどり</HojinMei>",
    "+ kojin_bango,shimei⏎[[JP_MY_NUMBER:{MN}]],[[PERSON:中川 綾]]",
    "+ <KojinBangou>[[JP_MY_NUMBER:{MN}]]</KojinBangou><Shimei>[[PERSON:大野 亮太]]</Shimei>",
    "+ kojinNo,hojinNo⏎[[JP_MY_NUMBER:{MN}]],[[JP_CORPORATE_NUMBER:{CN}]]",
    "- shohin_kigo,shohin_bango,edaban⏎AB,1203,01",
    "- <Buhin><Kigo>M6</Kigo><Bango>2041</Bango></Buhin>",
    # 4. ゆうちょ 記号番号 as a bank destination
    "+ 還付金の振込先：ゆうちょ銀行 [[JP_BANK_ACCOUNT:10180-45123381]]",
    "+ 差押対象口座 ゆうちょ 記号番号 [[JP_BANK_ACCOUNT:14070-22013341]]",
    "+ 口座（ゆうちょ）：[[JP_BANK_ACCOUNT:13920-61187201]] 名義 [[PERSON:ﾊﾔｼ ﾖｳｺ]]",
    "+ Por favor, deposite el reembolso en mi cuenta de Yucho [[JP_BANK_ACCOUNT:10230-88120451]].",
    "+ O depósito deve ser feito na conta da Yucho Bank [[JP_BANK_ACCOUNT:12140-30982211]].",
    "+ 保険証 記号 [[JP_HEALTH_INSURANCE:12345]] 番号 [[JP_HEALTH_INSURANCE:67890123]]",
    "- 荷物の問い合わせ番号 10180-45123381 で追跡できます。",
    # 5. phones: OCR spacing, Korean mobiles
    "+ 電話：[[PHONE_NUMBER:03 - 5321 - 18 90]]",
    "+ TEL [[PHONE_NUMBER:090 - 12 34 - 5678]]",
    "+ 電話番号　[[PHONE_NUMBER:045 - 67 1 - 2121]]（自宅）",
    "+ 연락처: [[PHONE_NUMBER:010-5937-2064]]",
    "+ 제 휴대폰 번호는 [[PHONE_NUMBER:010 9876 5432]]입니다.",
    "+ 급한 일이 있으면 [[PHONE_NUMBER:010-2345-6789]]로 전화 주세요.",
    "- 受付期間 2024 - 05 - 12 から 2024 - 06 - 30 まで",
    "- 주문번호 2024-0512-7731 로 조회하세요.",
    # 6. passports in foreign running text, manifests
    "+ 제 여권번호는 [[JP_PASSPORT:M12345678]]입니다.",
    "+ 여권 번호: [[JP_PASSPORT:M70412283]]",
    "+ Mi pasaporte nacional de Colombia es el número [[JP_PASSPORT:402118734]].",
    "+ Tengo pasaporte peruano N° [[JP_PASSPORT:118204576]] vigente.",
    "+ Ang passport number ko po ay [[JP_PASSPORT:P3120876A]].",
    "+ Yung passport ko, [[JP_PASSPORT:P7788120B]] po, expired na next month.",
    "+ mero passport number [[JP_PASSPORT:09871234]] ho.",
    "+ rahadani number chai [[JP_PASSPORT:10452231]] ho, kripaya check garnuhos.",
    (
        "+ PAX LIST JL061⏎14C [[PERSON:SANTOS/MARIA]] MRS [[JP_PASSPORT:P4412087C]]⏎"
        "14D [[PERSON:SANTOS/JOSE]] MR [[JP_PASSPORT:P4412095C]]"
    ),
    (
        "+ 22F [[PERSON:NGUYEN/VAN AN]] MR [[JP_PASSPORT:C2281940]]⏎"
        "22E [[PERSON:TRAN/THI HOA]] MRS [[JP_PASSPORT:C3390127]]"
    ),
    "- 여권 사진 규격은 35x45mm입니다.",
    "- 14C BAG TAG 0205123456 2PC 23KG",
    # 7. birth dates in other languages and layouts
    "+ Ipinanganak ako noong [[DATE_OF_BIRTH:Marso 5, 1990]].",
    "+ Kaarawan ko: [[DATE_OF_BIRTH:Agosto 12, 1985]]",
    "+ Ipinanganak siya noong [[DATE_OF_BIRTH:ika-3 ng Hunyo 1992]] sa Cebu.",
    "+ birthday ng anak ko ay [[DATE_OF_BIRTH:Setyembre 21, 2016]]",
    "+ Meu marido é nascido em [[DATE_OF_BIRTH:05/09/1987]].",
    "+ Ela é nascida em [[DATE_OF_BIRTH:1º de março de 1990]], em Curitiba.",
    "+ मेरो जन्म मिति [[DATE_OF_BIRTH:१९९०-०५-१२]] हो।",
    "+ छोराको जन्म मिति: [[DATE_OF_BIRTH:२०१५/०८/२०]]",
    "+ 生年月日 [[DATE_OF_BIRTH:1968(S43)年 5月 7日]]",
    "+ 生年月日：[[DATE_OF_BIRTH:1991(H3)年 11月 30日]]（申請者）",
    "+ ｾｲﾈﾝｶﾞｯﾋﾟ [[DATE_OF_BIRTH:S.55.3.12]]",
    "+ ｾｲﾈﾝｶﾞﾂﾋﾟ：[[DATE_OF_BIRTH:H.2.11.30]]",
    (
        "+ 免許更新 対象者リスト⏎[[JP_DRIVER_LICENSE:301204518830]],[[PERSON:ﾏｴﾀﾞ ｹｲｺ]],"
        "[[DATE_OF_BIRTH:19750815]]⏎[[JP_DRIVER_LICENSE:302211074410]],[[PERSON:ﾑﾗｲ ｼｮｳ]],"
        "[[DATE_OF_BIRTH:19880203]]"
    ),
    "- Ang kontrata ay pinirmahan noong Marso 5, 2024.",
    "- O pedido foi feito em 05/09/2024.",
    "- संवत् २०८१ साल असार १५ गते बैठक बस्यो।",
    "- 創立 1968(S43)年 5月 7日",
    # 8. licence numbers
    "+ Mi número de licencia de conducir japonesa es [[JP_DRIVER_LICENSE:441503227810]].",
    "+ El número de mi permiso de conducir es [[JP_DRIVER_LICENSE:621910443320]].",
    "+ 免許証をなくしました。番号はたしか [[JP_DRIVER_LICENSE:301108827440]] だったと思います。",
    "+ 運転免許証を提示し、記載の番号 [[JP_DRIVER_LICENSE:541822019910]] を控えた。",
    (
        "+ 免許証番号 照合一覧⏎[[JP_DRIVER_LICENSE:302007714420]],[[PERSON:ﾀﾅｶ ｼﾞﾛｳ]]⏎"
        "[[JP_DRIVER_LICENSE:302107728810]],[[PERSON:ｽｽﾞｷ ｱﾔ]]"
    ),
    "- Mi licencia de conducir vence en 2027 y el pedido es 441503227810.",
    "- 免許証の更新手続きは 301108827440 番の窓口ではなく 2 階です。",
    # 9. 基礎年金番号 in Korean / Vietnamese
    "+ 제 기초연금번호는 [[JP_PENSION_NUMBER:4521-108837]]입니다.",
    "+ 일본 연금번호: [[JP_PENSION_NUMBER:6012-447810]]",
    "+ Số lương hưu cơ bản của tôi là [[JP_PENSION_NUMBER:3318-220194]].",
    "+ Mã số lương hưu cơ bản (基礎年金番号): [[JP_PENSION_NUMBER:2207-918340]]",
    "- 주문번호 4521-108837 배송 완료",
    "- Mã đơn hàng 3318-220194 đã giao.",
    # 10. Chinese postcode word, Korean account word
    "+ 邮编：[[JP_POSTAL_CODE:150-0002]]",
    "+ 我的地址邮政编码是[[JP_POSTAL_CODE:530-0001]]。",
    "+ 계좌번호: [[JP_BANK_ACCOUNT:3307741]]",
    "+ 환급금은 미즈호은행 계좌번호 [[JP_BANK_ACCOUNT:1120458]]로 입금해 주세요.",
    "- 订单编号 150-0002",
    "- 회원번호: 3307741",
    # 11. long digit runs (barcodes)
    "- 払込票バーコード 9191230456789012345678901234567890123456789012",
    "- コンビニ収納用 バーコード番号：91912042201830044123400005500034181010100",
    "+ カード番号 [[CREDIT_CARD:{CARD}]] 有効期限 08/27",
    # 12. English receipt / reference labels
    "- Receipt No. {MN_S}",
    "- Reference: {MN_H} (online payment)",
    "- Ref No {MN_S} を控えてください",
    "+ My Number: [[JP_MY_NUMBER:{MN_S}]]",
    # 13. filing dates in XML records with a person
    ("+ <Shinsei><Shimei>[[PERSON:松井 慶子]]</Shimei><TodokedeBi>2024-04-01</TodokedeBi></Shinsei>"),
    (
        "+ <record><shimei>[[PERSON:坂本 一輝]]</shimei><todokede_ymd>20240612</todokede_ymd>"
        "<teishutsu_ymd>20240615</teishutsu_ymd></record>"
    ),
    (
        "+ <Kojin><Shimei>[[PERSON:岡本 涼]]</Shimei><SeinenGappi>[[DATE_OF_BIRTH:1979-02-14]]"
        "</SeinenGappi><ShinkokuYmd>2025-03-10</ShinkokuYmd></Kojin>"
    ),
    # 14. specimen / dummy values
    "- 【テストデータ（本番使用禁止）】⏎個人番号 {MN}⏎電話 090-4418-2201⏎生年月日 1990年1月1日",
    "- ※検証用データ・本番環境では使用しないこと⏎氏名 テスト 太郎⏎口座番号 1234567",
    "- 個人番号は「{MN_H}」のような形式でご記入ください。",
    "- 記入例：電話番号 03-1234-5678 のように入力してください。",
    "- この番号はダミーです：{MN}",
    "+ 個人番号 [[JP_MY_NUMBER:{MN}]]（本番データ、取扱注意）",
    "+ テスト結果を送ります。電話 [[PHONE_NUMBER:090-3381-7720]]（[[PERSON:野村]]）",
)
ROWS_AH = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AH, seed=20261205, held_out=is_holdout_ah, tag="rah")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
