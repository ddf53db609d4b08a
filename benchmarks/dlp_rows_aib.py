"""Round AI-B labelled rows (written 2026-12-05, before any rule change of round AI-B; every value invented).

Same format as ``dlp_rows_ah.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a tab. Rows with ``i % 3 == 1`` (0-based, one third) form
``corpora/eval/pii_devholdout_raib.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_raib.jsonl``.

Round AI-B's families (from the lead's categories, no eval row seen): 全銀 transfer data as CSV
and as fixed-width lines (type code glued to the account, then the kana holder), a 振込口座(店-口座)
column, nested JSON account objects with short keys, English and Vietnamese account sentences,
ゆうちょ 記号－番号 with a full-width dash; foreign passports (German, Russian spaced, a 旅券番号
TSV column, a passenger list, Portuguese, Nepali); licence numbers after 番号は in a 運転免許証
message, ``id_doc`` keys, Vietnamese; health insurance in Chinese, Vietnamese, Portuguese (kaigo),
chat replies, 記号 values in kanji + half-width kana, ``hihoken_no=`` logs, fixed-width kokuho
records; pension numbers spaced round the hyphen and at the end of a fixed-width line.
Negatives: JSON amounts, dates in pipe records, order and product codes, look-alike dates.

    python benchmarks/dlp_rows_aib.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_AIB", "is_holdout_aib"]


def is_holdout_aib(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. 全銀 transfer data: CSV and fixed-width
    (
        "+ 総合振込データ（CSV）⏎1,21,0,1234567890,ｶ)ｱｵﾊﾞｹﾝｾﾂ⏎2,0009,ﾐﾂｲｽﾐﾄﾓ,215,ｼﾝｼﾞﾕｸ,1,"
        "[[JP_BANK_ACCOUNT:3318204]],[[PERSON:ｻｶﾓﾄ ﾕｳｷ]],128000⏎2,0005,ﾐﾂﾋﾞｼUFJ,402,ｳｴﾉ,2,"
        "[[JP_BANK_ACCOUNT:0457712]],[[PERSON:ﾖｼﾀﾞ ﾁﾊﾙ]],64500"
    ),
    (
        "+ 2,0001,ﾐｽﾞﾎ,110,ﾄｳｷﾖｳ,1,[[JP_BANK_ACCOUNT:8120447]],[[PERSON:ﾏﾂﾓﾄ ｹｲ]],30000,0⏎"
        "2,0010,ﾘｿﾅ,331,ﾅﾝﾊﾞ,1,[[JP_BANK_ACCOUNT:2290158]],[[PERSON:ｲｼｲ ｼﾞﾕﾝ]],45000,0"
    ),
    (
        "+ 給与振込 固定長⏎10110000012345ｶ)ﾐﾄﾞﾘｼｮｳｶｲ                  0625⏎20005ﾐﾂﾋﾞｼUFJ       "
        "517ﾔｴｽ           1[[JP_BANK_ACCOUNT:6641208]][[PERSON:ｵｵﾀ ｼﾝｲﾁ]]                     "
        "0000241000⏎20009ﾐﾂｲｽﾐﾄﾓ       840ｻｶｴ           1[[JP_BANK_ACCOUNT:1172093]]"
        "[[PERSON:ﾉｸﾞﾁ ｱﾔﾈ]]                    0000198500"
    ),
    (
        "+ 20001ﾐｽﾞﾎ          051ﾏﾙﾉｳﾁ         2[[JP_BANK_ACCOUNT:5503819]][[PERSON:ﾌｸﾀﾞ ﾏｻﾙ]]"
        "                    0000070000⏎20033ﾗｸﾃﾝ          203ｼﾞﾔｽﾞ         1[[JP_BANK_ACCOUNT:"
        "7742016]][[PERSON:ｸﾎﾞ ﾘｴ]]                       0000033000"
    ),
    "- 全銀 トレーラ 80000020000000310000 エンド 9",
    "- 2,0009,ﾐﾂｲｽﾐﾄﾓ,215,ｼﾝｼﾞﾕｸ,店舗コード一覧,20240615,更新",
    # 2. a 振込口座(店-口座) column
    (
        "+ 氏名\\t支給日\\t支給額\\t振込口座(店-口座)⏎[[PERSON:三浦 健太]]\\t2024/06/20\\t35,000\\t"
        "[[JP_BANK_ACCOUNT:218-4471093]]⏎[[PERSON:小池 美紀]]\\t2024/06/20\\t28,000\\t"
        "[[JP_BANK_ACCOUNT:305-1208846]]"
    ),
    (
        "+ 受給者,決定日,金額,振込口座（店-口座）⏎[[PERSON:西田 亮]],2024-07-01,120000,"
        "[[JP_BANK_ACCOUNT:044-3391720]]"
    ),
    "- 品名\\t納品日\\t数量\\t型番(系列-品番)⏎ボルト\\t2024/06/20\\t300\\t218-4471093",
    # 3. nested JSON account objects with short keys
    (
        '+ {"payee": {"name": "[[PERSON:高田 舞]]", "account": {"bank": "0005", "branch": "412", '
        '"type": "futsu", "no": "[[JP_BANK_ACCOUNT:2081736]]"}}}'
    ),
    '+ {"refund":{"bank":"りそな","branch":"駅前","kind":"普通","no":"[[JP_BANK_ACCOUNT:6029184]]"}}',
    (
        '+ {"kouza": {"bank": "みずほ", "branch": "新橋", "no": "[[JP_BANK_ACCOUNT:4410827]]"}, '
        '"holder": "[[PERSON:ｵｶﾉ ｼｮｳ]]"}'
    ),
    '- {"payment": {"bank": "0005", "branch": "412", "amount": 1350000, "date": "2024-06-30"}}',
    '- {"transfer": {"bank": "みずほ", "amount": "2480000", "fee": "440"}}',
    '- {"item": {"no": "4410827", "name": "A4 コピー用紙", "qty": 20}}',
    # 4. English and Vietnamese
    (
        "+ Please send the refund to Mizuho Bank (Kanda branch), ordinary, No. [[JP_BANK_ACCOUNT:3306415]],"
        " holder [[PERSON:Maria Santos]]."
    ),
    (
        "+ Bank: Resona, branch [Ikebukuro], ordinary No. [[JP_BANK_ACCOUNT:1190472]], "
        "holder [[PERSON:LE VAN HUNG]]"
    ),
    "+ Số tài khoản của tôi là [[JP_BANK_ACCOUNT:5128036]], ngân hàng Yucho chi nhánh 018.",
    "+ Vui lòng chuyển tiền vào số tài khoản [[JP_BANK_ACCOUNT:7013392]] (ngân hàng MUFG).",
    "- Order No. 3306415, ordinary shipping, holder of the coupon gets 5% off.",
    "- Số đơn hàng của tôi là 5128036.",
    # 5. ゆうちょ 記号－番号 with a full-width dash
    "+ ゆうちょ銀行 記号－番号：[[JP_BANK_ACCOUNT:12160－31887201]]",
    "+ 返金はゆうちょでお願いします。記号番号は[[JP_BANK_ACCOUNT:10470－22913381]]です。",
    "+ 振込先（ゆうちょ）⏎記号－番号 [[JP_BANK_ACCOUNT:13350－40128861]]⏎名義 [[PERSON:ﾐﾔｹ ｿｳﾀ]]",
    "+ ゆうちょ口座の記号番号は[[JP_BANK_ACCOUNT:14080－5512093]]で登録済みです。",
    "- 部品の記号－番号 12160－31887201 は在庫切れです。",
    "- 保険証の記号－番号 1216－3188 を記入してください。",
    # 6. false-positive shapes
    "+ 口座振替結果 ACC|0005|412|[[JP_BANK_ACCOUNT:2081736]]|20240615|OK",
    "- 振替結果ファイル：BANK|0009|215|20240705|000128000|済",
    "- 口座情報 {\"bank\": \"りそな\", \"amount\": 2750000, \"count\": 3}",
    "+ ゆうちょ 記号番号 [[JP_BANK_ACCOUNT:1 0 2 3 0 - 8 8 1 2 0 4 5 1]]",
    # 7. foreign passports
    "+ Meine Pass-Nr. ist [[JP_PASSPORT:C7T2LX94R]], gültig bis 2031.",
    "+ Reisepass: Pass-Nr. [[JP_PASSPORT:L01X83G2K]]",
    "+ My Russian passport number is [[JP_PASSPORT:72 4418093]], issued in Kazan.",
    "+ Номер паспорта: [[JP_PASSPORT:75 3301287]]",
    (
        "+ 氏名\\t国籍\\t旅券番号⏎[[PERSON:NGUYEN THI LAN]]\\tベトナム\\t[[JP_PASSPORT:C3318204]]⏎"
        "[[PERSON:KIM MINJUN]]\\t韓国\\t[[JP_PASSPORT:M12047735]]⏎[[PERSON:IVANOV PAVEL]]\\tロシア\\t"
        "[[JP_PASSPORT:4412093]]"
    ),
    "+ 氏名\\t旅券番号\\t入国日⏎[[PERSON:BAKER JOHN]]\\t[[JP_PASSPORT:5530128]]\\t2024/04/02",
    (
        "+ Participants:⏎1. [[PERSON:Ahmed Karim]] - Passport [[JP_PASSPORT:20481377]]⏎"
        "2. [[PERSON:Priya Sharma]] - Passport [[JP_PASSPORT:Z4417208]]"
    ),
    "+ O número do meu passaporte brasileiro é nº [[JP_PASSPORT:FX118204]].",
    "+ passaporte nº [[JP_PASSPORT:GA330912]], validade 2030",
    "+ मेरो राहदानी नं. [[JP_PASSPORT:10234871]] हो।",
    "+ राहदानी नं.: [[JP_PASSPORT:09918234]]",
    "- Die Pass-Nr. steht auf Seite 2 Ihres Reisepasses.",
    "- Russian passport number format: 2 digits, a space, 7 digits.",
    "- 氏名\\t国籍\\t受付番号⏎山田\\t日本\\t4412093",
    "- Participants: 12 persons - Passport photo size 35x45mm",
    # 8. licence numbers
    "+ 運転免許証のコピーを添付します。番号は[[JP_DRIVER_LICENSE:301204518830]]です。",
    (
        "+ 本人確認のため運転免許証の画像を送ります。"
        "番号は[[JP_DRIVER_LICENSE:６２１９１０４４３３２０]]となっています。"
    ),
    "+ 免許証（運転免許証）を添付しました。番号は [[JP_DRIVER_LICENSE:541822019910]] です。",
    "+ applicant:⏎  id_doc: driver_license⏎  id_doc_no: \"[[JP_DRIVER_LICENSE:302211074410]]\"",
    '+ {"id_doc": "driver_license", "id_doc_no": "[[JP_DRIVER_LICENSE:441503227810]]"}',
    "+ Bằng lái xe Nhật của tôi số [[JP_DRIVER_LICENSE:301108827440]].",
    "+ Số bằng lái xe: [[JP_DRIVER_LICENSE:621004433120]]",
    "+ 個人番号カードを添付します。番号は[[JP_MY_NUMBER:{MN}]]です。",
    "- 運転免許証の更新は警察署で。受付窓口は 2 階の 301 番です。",
    '- {"id_doc": "driver_license", "id_doc_no": null}',
    # 9. health insurance in other languages, chat replies
    "+ 保险证 记号：[[JP_HEALTH_INSURANCE:2207]] 号码：[[JP_HEALTH_INSURANCE:118]]",
    "+ 保险者号码：[[JP_HEALTH_INSURANCE:06130012]]",
    "+ 我的健康保险证记号是[[JP_HEALTH_INSURANCE:5581]]，号码是[[JP_HEALTH_INSURANCE:27]]。",
    "+ Thẻ bảo hiểm: Ký hiệu [[JP_HEALTH_INSURANCE:3304]], Số [[JP_HEALTH_INSURANCE:12]]",
    "+ Mã số bảo hiểm: [[JP_HEALTH_INSURANCE:39221041]]",
    "+ Número de segurado do seguro de cuidados (kaigo): [[JP_HEALTH_INSURANCE:0001234598]]",
    "+ 母の介護保険番号わかりました → [[JP_HEALTH_INSURANCE:0012045781]] です",
    "+ 父の介護保険番号わかりました！[[JP_HEALTH_INSURANCE:0003318207]]です",
    "- 订单号码：2207118",
    "- Phí bảo hiểm tháng này: 2207 yên, mã 118",
    "- 介護保険番号わかりました、あとで送ります",
    # 10. kanji + half-width kana 記号, hihoken_no logs, fixed-width kokuho
    "+ 保険証 記号 [[JP_HEALTH_INSURANCE:港ｲ12]] 番号 [[JP_HEALTH_INSURANCE:3408]]",
    "+ 被保険者証 記号：[[JP_HEALTH_INSURANCE:中央ﾛ]] 番号：[[JP_HEALTH_INSURANCE:20418]]",
    "+ 記号 [[JP_HEALTH_INSURANCE:北ﾊ3]]　番号 [[JP_HEALTH_INSURANCE:118]]（国民健康保険）",
    "+ 2024-06-12 10:22:41 INFO check hihoken_no=[[JP_HEALTH_INSURANCE:00412087]] ok",
    (
        "+ level=warn user=u1203 hihoken_kigo=[[JP_HEALTH_INSURANCE:7702]] "
        "hihoken_no=[[JP_HEALTH_INSURANCE:118]]"
    ),
    (
        "+ H1131016国保資格異動202406⏎D1[[JP_HEALTH_INSURANCE:0312]][[JP_HEALTH_INSURANCE:00457]]"
        "[[PERSON:ｻｻｷ ﾀｹｼ]]      [[DATE_OF_BIRTH:19720415]]⏎D1[[JP_HEALTH_INSURANCE:0312]]"
        "[[JP_HEALTH_INSURANCE:00458]][[PERSON:ｻｻｷ ﾐﾕｷ]]      [[DATE_OF_BIRTH:19750901]]"
    ),
    "- 2024-06-12 10:22:41 INFO request_no=00412087 ok",
    "- 部品 記号 港ｲ12 番号 3408（倉庫B）",
    "- H1131016在庫異動202406⏎D10312004571200ﾎﾞﾙﾄ M6    20240415",
    # 11. pension numbers
    "+ ねんきん定期便に書いてある番号は [[JP_PENSION_NUMBER:4521 - 108837]] です。",
    "+ ねんきん定期便が届きました。基礎年金番号 [[JP_PENSION_NUMBER:6012 - 447810]]",
    (
        "+ 被保険者記録 固定長⏎0001[[PERSON:ﾀﾅｶ ﾖｼｵ]]      [[PHONE_NUMBER:0312345678]]"
        "[[JP_PENSION_NUMBER:4312087765]]⏎0002[[PERSON:ﾏｴﾀﾞ ﾕｷ]]       [[PHONE_NUMBER:0455678901]]"
        "[[JP_PENSION_NUMBER:5120334981]]"
    ),
    "- ねんきん定期便の発送は 2024 - 06 から順次です。",
    "- ねんきん定期便 照会番号 0570 - 058555 （文書番号）",
    # look-alike dates and codes
    "- 受付日 20240615 口座振替開始月 202407",
    "- 伝票番号 1216-31887201 の件",
    "- 記号 A 番号 3（書式見本）",
)
ROWS_AIB = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AIB, seed=20261205, held_out=is_holdout_aib, tag="raib")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
