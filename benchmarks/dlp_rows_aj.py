"""Round AJ labelled rows (written 2026-12-05, before any rule change of round AJ; every value invented).

Same format as ``dlp_rows_aia.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_raj.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_raj.jsonl``.

Round AJ's families (from the lead's categories, no eval row seen): fixed-width records (a name padded
with spaces, then an 8-digit or era-letter birth date packed with a postal code and/or a phone and
trailing amounts/codes), JSON whose document type is a sibling key, partial birth dates after 生年月 /
生まれ年月, household member lists with abbreviated era dates, passport-style "DD MON YYYY" birth dates,
特別永住者証明書 numbers, Vietnamese passport wording with and without diacritics, bank accounts in chat
replies / English notes / refunds / full-width digits, foreign phones after emergency-contact labels.
Negatives: product records, other JSON documents, lot numbers, budget codes, XML non-birth dates.

    python benchmarks/dlp_rows_aj.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AJ", "is_holdout_aj"]


def is_holdout_aj(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. fixed-width records
    "+ name16,dob8,zip8,tel11,amt9,code4⏎[[PERSON:ﾔﾏﾓﾄ ｹｲｺ]]        [[DATE_OF_BIRTH:19610725]][[JP_POSTAL_CODE:332-0012]][[PHONE_NUMBER:09031427785]]0001250000417",
    "+ [[PERSON:ﾀｶﾊｼ ﾏｻﾙ]]        [[DATE_OF_BIRTH:S480212]][[JP_POSTAL_CODE:560-0021]][[PHONE_NUMBER:0668412230]]00003800002",
    "+ [[PERSON:SUZUKI HARUTO]]   [[DATE_OF_BIRTH:20010918]][[JP_POSTAL_CODE:901-2131]][[PHONE_NUMBER:08055120394]]000154000",
    "+ [[PERSON:ｻｲﾄｳ ﾐﾕｷ]]        [[DATE_OF_BIRTH:H070403]][[PHONE_NUMBER:07012885531]]0000420001203",
    "+ [[PERSON:いのうえ　ゆうた]]　　　　[[DATE_OF_BIRTH:19990102]][[JP_POSTAL_CODE:812-0016]]00001980000",
    "+ 氏名(16)生年月日(8)郵便番号(8)電話(11)金額(9)⏎[[PERSON:ｺﾊﾞﾔｼ ﾂﾖｼ]]       [[DATE_OF_BIRTH:19730530]][[JP_POSTAL_CODE:060-0807]][[PHONE_NUMBER:0117063318]]1000045000⏎[[PERSON:ｺﾊﾞﾔｼ ﾅｵﾐ]]       [[DATE_OF_BIRTH:19760811]][[JP_POSTAL_CODE:060-0807]][[PHONE_NUMBER:09077413306]]000032000",
    "+ [[PERSON:NAKAMURA AOI]]    [[DATE_OF_BIRTH:R020516]][[JP_POSTAL_CODE:214-0014]][[PHONE_NUMBER:0449237115]]00000000001",
    "+ 0042[[PERSON:ｵｶﾞﾜ ｼｮｳｺ]]       [[DATE_OF_BIRTH:S550227]][[JP_POSTAL_CODE:730-0011]][[PHONE_NUMBER:08022915047]]202406150003",
    "+ rec: [[PERSON:ﾏﾂﾀﾞ ﾘｮｳ]]         [[DATE_OF_BIRTH:19880430]][[PHONE_NUMBER:09061128874]]1234500",
    "+ [[PERSON:KIMURA YUKI]]     [[DATE_OF_BIRTH:H120809]][[JP_POSTAL_CODE:460-0008]]000560000120",
    "+ 001 [[PERSON:ﾋﾗﾉ ﾀﾂﾔ]]         [[DATE_OF_BIRTH:19650101]][[JP_POSTAL_CODE:980-0021]][[PHONE_NUMBER:0222613340]]⏎002 [[PERSON:ﾋﾗﾉ ｻﾁｺ]]         [[DATE_OF_BIRTH:19680219]][[JP_POSTAL_CODE:980-0021]][[PHONE_NUMBER:09038812276]]",
    "+ layout=name:20 birth:8 post:8 phone:11 pay:8⏎[[PERSON:ﾌｸｼﾏ ｹﾝｼﾞ]]           [[DATE_OF_BIRTH:19540613]][[JP_POSTAL_CODE:420-0853]][[PHONE_NUMBER:0542884001]]00098000",
    "+ [[PERSON:ﾊｼﾓﾄ ｴﾐ]]          [[DATE_OF_BIRTH:S610920]][[PHONE_NUMBER:08017762230]]0150000000",
    "+ [[PERSON:MORI DAICHI]]     [[DATE_OF_BIRTH:19930407]][[JP_POSTAL_CODE:700-0026]][[PHONE_NUMBER:0862324410]]00000870000012",
    "+ [[PERSON:ｱﾍﾞ ﾁﾋﾛ]]          [[DATE_OF_BIRTH:H050111]][[JP_POSTAL_CODE:370-0841]]0000230000",
    "+ [[PERSON:OGAWA REN]]       [[DATE_OF_BIRTH:19820214]][[PHONE_NUMBER:07055038812]]00000450000001",
    "+ 名前16桁,生年月日8桁,〒8桁,TEL11桁⏎[[PERSON:ﾅｶﾉ ﾋﾛｼ]]         [[DATE_OF_BIRTH:S430730]][[JP_POSTAL_CODE:890-0053]][[PHONE_NUMBER:0992245813]]",
    "+ 0117[[PERSON:ﾀﾆｸﾞﾁ ﾕｲ]]        [[DATE_OF_BIRTH:20050326]][[JP_POSTAL_CODE:152-0035]][[PHONE_NUMBER:09014458826]]000012000009",
    "- ﾎﾞｰﾙﾍﾟﾝ ｸﾛ        20240518A1020033000120",
    "- ITEM CODE LIST⏎ﾌｧｲﾙ ｹｰｽ A4       2023110200001250000000045",
    "- name16,issue8,amt11⏎ｼﾞﾑﾖｳﾋﾝ ｾｯﾄ      2024040100000123400",
    "- ｺﾋﾟｰﾖｳｼ A4 500     R06041500001200000030",
    "- TOTAL          20240630000045812000000012",
    "- ｺﾞｳｹｲ            0000125000000034500",
    "- ﾄﾅｰ ｶｰﾄﾘｯｼﾞ     H31032800000450000120",
    "- FOLDER BLUE     2024112000003300000018",
    # 2. JSON with the document type as a sibling key
    '+ {"doc": "driver_license", "number": "[[JP_DRIVER_LICENSE:412305871926]]"}',
    '+ {"type":"passport","no":"[[JP_PASSPORT:TK4418203]]","name":"[[PERSON:原田 光]]"}',
    '+ {"kind": "residence_card", "value": "[[JP_RESIDENCE_CARD:RX73018842BD]]"}',
    '+ {"doc":"my_number","number":"[[JP_MY_NUMBER:{MN}]]"}',
    '+ [{"doc": "passport", "number": "[[JP_PASSPORT:MZ2290174]]"}, {"doc": "driver_license", "number": "[[JP_DRIVER_LICENSE:305912640018]]"}]',
    '+ {"id_type": "drivers_license", "id_value": "[[JP_DRIVER_LICENSE:620417395522]]", "verified": true}',
    '+ {"document": {"type": "residence_card", "number": "[[JP_RESIDENCE_CARD:UH51842270KS]]"}}',
    '+ {⏎  "kind": "driver_license",⏎  "number": "[[JP_DRIVER_LICENSE:218806447310]]"⏎}',
    '+ {"number": "[[JP_DRIVER_LICENSE:531029488106]]", "doc": "driver_license"}',
    '+ {"doc":"passport","number":"[[JP_PASSPORT:AR8861730]]","expires":"2031-02-14"}',
    '+ {"type": "driver_license", "number": "[[JP_DRIVER_LICENSE:440917263801]]", "issued": "2022-08-01"}',
    '+ {"kind":"my_number","value":"[[JP_MY_NUMBER:{MN}]]","checked":true}',
    '- {"doc": "invoice", "number": "202405180012"}',
    '- {"type": "order", "no": "TK4418203"}',
    '- {"kind": "receipt", "value": "531029488106"}',
    '- {"doc": "meeting_minutes", "number": "000123456789"}',
    '- {"type": "parcel", "number": "412305871926", "carrier": "yamato"}',
    '- {"doc":"driver_license","number":"","note":"not submitted"}',
    # 3. partial birth dates after 生年月 / 生まれ年月
    "+ 生年月は[[DATE_OF_BIRTH:昭和39年11月]]で、日は不明とのことです。",
    "+ 本人の生まれ年月：[[DATE_OF_BIRTH:1958年3月]]（日は不明）",
    "+ 生年月 [[DATE_OF_BIRTH:平成2年8月]]、日は本人も覚えていない。",
    "+ 生まれ年月は[[DATE_OF_BIRTH:1947年12月]]と聞いているが、日は不明。",
    "+ 母親の生年月は[[DATE_OF_BIRTH:大正15年4月]]（日は不明）。",
    "+ 生年月：[[DATE_OF_BIRTH:S37.5]]（日不明）",
    "+ 相談者の生まれ年月　[[DATE_OF_BIRTH:昭和28年9月]]　日は不明",
    "+ 生年月は[[DATE_OF_BIRTH:2011年6月]]です（日は不明です）。",
    "- 開設年月は昭和39年11月で、日は不明とのことです。",
    "- 竣工年月：1958年3月（日は不明）",
    "- 生年月日欄は空欄で、日付は不明とのことです。",
    "- 採用年月 平成2年8月、日は記録がない。",
    # 4. household member lists
    "+ 世帯員：世帯主 [[DATE_OF_BIRTH:S52.9.14]]、妻 [[DATE_OF_BIRTH:S55.2.3]]、子 [[DATE_OF_BIRTH:H18.11.27]]",
    "+ 住民異動届（転入）⏎続柄 生年月日⏎世帯主 [[DATE_OF_BIRTH:H1.7.8]]⏎妻 [[DATE_OF_BIRTH:H3.12.30]]⏎子 [[DATE_OF_BIRTH:R3.4.5]]",
    "+ 世帯員一覧 世帯主 [[PERSON:高木 修]] [[DATE_OF_BIRTH:S49.10.2]] / 妻 [[PERSON:高木 由美]] [[DATE_OF_BIRTH:S51.3.18]] / 長女 [[PERSON:高木 葵]] [[DATE_OF_BIRTH:H22.8.9]]",
    "+ 異動者：世帯主 [[DATE_OF_BIRTH:S35.1.25]]、母 [[DATE_OF_BIRTH:S8.6.1]]",
    "+ 世帯員　子 [[DATE_OF_BIRTH:R5.2.17]]（出生による異動）",
    "+ 住民異動届 世帯員⏎1 世帯主 [[DATE_OF_BIRTH:H9.5.21]]⏎2 妻 [[DATE_OF_BIRTH:H10.10.10]]",
    "+ 世帯主　[[DATE_OF_BIRTH:S63.12.1]]　妻　[[DATE_OF_BIRTH:H2.4.29]]　子　[[DATE_OF_BIRTH:R4.9.3]]",
    "+ 世帯員（2名）：世帯主 [[DATE_OF_BIRTH:S44.3.9]]／夫 [[DATE_OF_BIRTH:S41.11.20]]",
    "+ 住民異動届 世帯主 [[DATE_OF_BIRTH:H6.8.16]] 子 [[DATE_OF_BIRTH:R1.5.7]] 子 [[DATE_OF_BIRTH:R6.1.30]]",
    "+ 世帯員⏎妻 [[DATE_OF_BIRTH:S59.7.4]]⏎子 [[DATE_OF_BIRTH:H25.2.28]]",
    "- 住民異動届 異動日 R6.4.1 届出日 R6.4.3",
    "- 世帯主変更届 受付 R6.5.10 処理 R6.5.13",
    "- 子ども会 R6.7.20 開催（世帯主の参加は任意）",
    "- 世帯員数の集計 R5.3.31 現在 12,408世帯",
    # 5. passport-style birth dates
    "+ 生年月日 / Date of birth⏎[[DATE_OF_BIRTH:03 MAR 1977]]",
    "+ Date of birth: [[DATE_OF_BIRTH:21 JUL 1989]]",
    "+ 生年月日 [[DATE_OF_BIRTH:09 SEP 1965]]",
    "+ Date of Birth [[DATE_OF_BIRTH:AUG 27 1994]]",
    "+ 生年月日：[[DATE_OF_BIRTH:DEC 02 1958]]",
    "+ 生年月日/Date of birth　[[DATE_OF_BIRTH:30 JAN 2003]]　性別/Sex　F",
    "+ Surname / 姓 [[PERSON:NGUYEN]]⏎Date of birth / 生年月日 [[DATE_OF_BIRTH:11 APR 1996]]",
    "+ 生年月日 [[DATE_OF_BIRTH:17 OCT 1950]] 国籍 PHILIPPINES",
    "+ DATE OF BIRTH: [[DATE_OF_BIRTH:JUN 05 1971]]",
    "- Date of issue / 発行年月日 14 MAY 2021",
    "- Date of expiry: 13 MAY 2031",
    "- 有効期限満了日 OCT 05 2030",
    "- 入国年月日 22 FEB 2024",
    # 6. 特別永住者証明書
    "+ 特別永住者証明書 証明書番号 [[JP_RESIDENCE_CARD:SP48201937TK]]",
    "+ 特別永住者証明書の番号：[[JP_RESIDENCE_CARD:KT30518426PA]]",
    "+ 本人確認書類：特別永住者証明書（証明書番号 [[JP_RESIDENCE_CARD:MN72016483CJ]]）",
    "+ 特別永住者証明書⏎番号　[[JP_RESIDENCE_CARD:HB50932871RS]]",
    "+ 証明書番号：[[JP_RESIDENCE_CARD:EA19384027DK]]（特別永住者証明書）",
    "+ 特別永住者証明書番号 [[JP_RESIDENCE_CARD:WG86120394NL]] を確認した。",
    "+ 特別永住者証明書（写）⏎証明書番号 [[JP_RESIDENCE_CARD:PD 30571846 RA]]",
    "- 証明書番号 KZ20240518JP（印鑑登録証明書）",
    "- 特別永住者証明書の有効期間更新申請について（案内文）",
    "- 証明書番号 TC00012345AB の修了証を再発行した。",
    # 7. Vietnamese passport wording
    "+ Ho chieu so: [[JP_PASSPORT:C4417320]]",
    "+ So ho chieu [[JP_PASSPORT:N2280916]], ngay cap 12/05/2020",
    "+ Toi ten [[PERSON:Tran Van Minh]], so ho chieu cua toi la [[JP_PASSPORT:C9052184]].",
    "+ Số hộ chiếu của tôi là [[JP_PASSPORT:C6630581]].",
    "+ Hộ chiếu số: [[JP_PASSPORT:B2719403]]",
    "+ ho chieu so [[JP_PASSPORT:C1847762]] (het han 2029)",
    "+ SO HO CHIEU: [[JP_PASSPORT:C3095518]]",
    "+ Ho chieu: [[JP_PASSPORT:C7741026]] - noi cap: Ha Noi",
    "- So ho so: C2024051",
    "- So don hang: C4417320",
    "- Ma so thue: 0312847761",
    # 8. bank accounts
    "+ A: ゆうちょの記号番号を教えてください⏎B: [[JP_BANK_ACCOUNT:14160-20874451]]です",
    "+ [10:21] 窓口：記号番号をお願いします⏎[10:23] 本人：[[JP_BANK_ACCOUNT:10350-38817421]]",
    "+ entered [[JP_BANK_ACCOUNT:305-2281904]] (MUFG, futsu) for the refund",
    "+ Note: entered [[JP_BANK_ACCOUNT:041-7730218]] (SMBC, futsu) as the payee account.",
    "+ 残額12,400円を[[JP_BANK_ACCOUNT:152-0938471]]（みずほ銀行）へ返還します。",
    "+ 過払い分の残額は [[JP_BANK_ACCOUNT:620-1184035]]（りそな銀行）へ返還済み",
    "+ 口座振替先：[[JP_BANK_ACCOUNT:０８３－５５２１９０４]]",
    "+ 振込先は[[JP_BANK_ACCOUNT:４１２－０７７３８１６]]（普通）でお願いします。",
    "+ 担当：記号番号わかりますか？⏎利用者：はい、[[JP_BANK_ACCOUNT:17420-41128831]] です",
    "+ entered [[JP_BANK_ACCOUNT:128-0553917]] (Mizuho, futsu) per the applicant's form",
    "+ 返還金の残額を [[JP_BANK_ACCOUNT:207-3318460]]（三井住友銀行）へ返還してください。",
    "- A: 受付番号を教えてください⏎B: 10350-38817421 です",
    "- 残額12,400円を令和6年度予算へ返還します。",
    "- 文書番号 ３０１－２２４５８１０ の回答について",
    "- entered 305-2281904 as the case ID in the tracker",
    "- 口座振替の開始は ２０２５－０４ からです。",
    # 9. foreign phones
    "+ Emergency contact: [[PHONE_NUMBER:+63 917 482 3391]] (mother)",
    "+ 緊急連絡先（母国）[[PHONE_NUMBER:+84 912 334 871]]",
    "+ Emergency contact [[PHONE_NUMBER:+55 11 98845 2207]]",
    "+ 連絡先：[[PHONE_NUMBER:+977 9841 223 047]]",
    "+ Emergency Contact Number: [[PHONE_NUMBER:+84 903 118 462]]",
    "+ 本国の連絡先 [[PHONE_NUMBER:+63-928-551-0736]]",
    "+ Emergency contact (brother, Nepal): [[PHONE_NUMBER:+977-9812345670]]",
    "+ 連絡先（フィリピンの家族）[[PHONE_NUMBER:+63 2 8812 4406]]",
    "+ Emergency contact: wife [[PHONE_NUMBER:+55 21 99712 3380]]",
    "+ 緊急連絡先：[[PHONE_NUMBER:+84-28-3822-1190]]（ホーチミン）",
    "- 連絡先：総務課（内線 2207）",
    "- Emergency contact drill scheduled for 11/05, room 917.",
    "- 為替 +0.63% 前日比 917 482",
    "- 連絡先の変更届 受付件数 +84 件（前年比）",
    # 10. phone-shaped codes and XML non-birth dates
    "- 製造ロット 03-2215-0817 の製品を回収します。",
    "- ロット番号：090-4418-2203",
    "- ロットNo.0120-44-1829 は出荷停止",
    "- 予算科目 03-0415-0218 需用費",
    "- 予算科目：02-0310-0522（委託料）",
    "- 款項目節 01-0203-0411 に組み替える",
    "- <TenshutsuYoteiBi>1985-04-12</TenshutsuYoteiBi>",
    "- <TodokedeBi>19900311</TodokedeBi>",
    "- <IdoBi>2024-05-01</IdoBi><IdoJiyu>転入</IdoJiyu>",
    "- <TennyuYoteiBi>H2.3.4</TennyuYoteiBi>",
    "- 製造ロット番号 0466-21-3008（ラベル右下）",
    "- 予算科目（款項目節）04-0112-0306",
    "- <KofuBi>1979-08-30</KofuBi>",
    "+ <Shimei>[[PERSON:大野 隆]]</Shimei><SeinenGappi>[[DATE_OF_BIRTH:1985-04-12]]</SeinenGappi><TenshutsuYoteiBi>2024-06-01</TenshutsuYoteiBi>",
    "+ 製造ロット 0321-A 担当 [[PERSON:松井]] 携帯 [[PHONE_NUMBER:090-3315-2248]]",
    "+ 予算科目 03-0415-0218 担当：会計課（TEL [[PHONE_NUMBER:03-5321-1140]]）",
    "+ <SeinenGappi>[[DATE_OF_BIRTH:19720615]]</SeinenGappi><TodokedeBi>20240510</TodokedeBi>",
)
ROWS_AJ = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AJ, seed=20261206, held_out=is_holdout_aj, tag="raj")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
