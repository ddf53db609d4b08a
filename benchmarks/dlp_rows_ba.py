"""Round BA labelled rows (written 2026-12-05, before any rule change of round BA; every value invented).

Same format as ``dlp_rows_at.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rba.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rba.jsonl``.

Round BA covers eight miss categories in new wordings and layouts: (1) glued fixed-width person
records whose digit run holds a one-digit code between the birth date and the mobile number, and
record-type-led pension rows ending in a 7-digit postal code; (2) compact era dates (``S480921``)
between a kana name and a mobile number; (3) household member lists (``1. 名前（妻）日付``,
``配偶者　名前　S40.2.5``); (4) pipe-delimited person records without a column header in a pension
context; (5) Zengin-like half-width-kana transfer lines (``ｺｳｻﾞ`` account, ``ﾒｲｷﾞ`` holder);
(6) Chinese and Korean bank-account labels before a long digit run; (7) card numbers grouped with
double spaces; (8) a mobile number with spaced hyphens ending a family member's address line.
Negatives: the same shapes holding codes, amounts, processing dates, staff or non-mobile numbers.

    python benchmarks/dlp_rows_ba.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BA", "is_holdout_ba"]


def is_holdout_ba(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. glued fixed-width records: date + one code digit + mobile; pension rows ending in a postal code
    "+ 0012[[PERSON:川端　聡美]]　[[PERSON:ｶﾜﾊﾞﾀ ｻﾄﾐ]]    [[DATE_OF_BIRTH:19830612]]2[[PHONE_NUMBER:08031427756]]⏎0013[[PERSON:杉浦　隆]]　　[[PERSON:ｽｷﾞｳﾗ ﾀｶｼ]]     [[DATE_OF_BIRTH:19760203]]1[[PHONE_NUMBER:09055120843]]",
    "+ 00201[[PERSON:大塚　美穂子]][[PERSON:ｵｵﾂｶ ﾐﾎｺ]]      [[DATE_OF_BIRTH:19681129]]2[[PHONE_NUMBER:07012984467]]",
    "+ 送付対象者一覧（固定長）⏎0101[[PERSON:野村　健]]　　[[PERSON:ﾉﾑﾗ ｹﾝ]]        [[DATE_OF_BIRTH:20010925]]1[[PHONE_NUMBER:09087734012]]⏎0102[[PERSON:野村　早苗]]　[[PERSON:ﾉﾑﾗ ｻﾅｴ]]       [[DATE_OF_BIRTH:19740418]]2[[PHONE_NUMBER:08066201395]]⏎0103[[PERSON:今井　翼]]　　[[PERSON:ｲﾏｲ ﾂﾊﾞｻ]]      [[DATE_OF_BIRTH:19990101]]1[[PHONE_NUMBER:07039185520]]",
    "+ 0044[[PERSON:森田　和子]]　[[PERSON:ﾓﾘﾀ ｶｽﾞｺ]]     [[DATE_OF_BIRTH:19450807]]2[[PHONE_NUMBER:09011846630]]",
    "+ C3[[JP_PENSION_NUMBER:5182037749]][[PERSON:ﾐﾔﾀ ｹﾝｼﾞ]]             [[DATE_OF_BIRTH:19650330]]1 [[JP_POSTAL_CODE:8120044]]⏎C3[[JP_PENSION_NUMBER:2903318456]][[PERSON:ｱﾗｲ ﾕｷｴ]]              [[DATE_OF_BIRTH:19721114]]2 [[JP_POSTAL_CODE:3300063]]",
    "+ D1[[JP_PENSION_NUMBER:7720451138]][[PERSON:ｺﾝﾄﾞｳ ﾋﾃﾞｵ]]          [[DATE_OF_BIRTH:19580219]]1 [[JP_POSTAL_CODE:9800811]]",
    "+ B2[[JP_PENSION_NUMBER:4410983326]][[PERSON:ｽｷﾞﾔﾏ ﾉﾘｺ]]           [[DATE_OF_BIRTH:19810706]]2 [[JP_POSTAL_CODE:4600008]]⏎B2[[JP_PENSION_NUMBER:6038127795]][[PERSON:ﾎﾝﾀﾞ ﾄｵﾙ]]            [[DATE_OF_BIRTH:19930330]]1 [[JP_POSTAL_CODE:7300031]]⏎B2[[JP_PENSION_NUMBER:1187442630]][[PERSON:ｳﾁﾀﾞ ｼｮｳｺ]]           [[DATE_OF_BIRTH:19500512]]2 [[JP_POSTAL_CODE:0600042]]",
    "- 0005事務用品　ｺﾋﾟｰﾖｳｼ       20250401300000125000⏎0006事務用品　ﾄﾅｰ           20250401300000098000",
    "- 0031在庫　ﾎﾞﾙﾄM8        20250312101200000450",
    "- C3 集計件数 0000001204 合計 202504011 1500000",
    "- Z9 ﾃﾞｰﾀｹﾝｽｳ 0000000312 ｼｮﾘﾋﾞ 202503311 0000000",
    "- 支払明細⏎0001ｺﾞｳｹｲ ｷﾝｶﾞｸ       202503311 1250000",
    # 2. compact era dates between a kana name and a mobile number
    "+ 0230418836[[PERSON:ﾌｼﾞｲ ﾏｻﾙ]]            [[DATE_OF_BIRTH:S480921]]  [[PHONE_NUMBER:09061138825]]  0000052000",
    "+ 0230552117[[PERSON:ﾀｶﾊｼ ﾐﾂｺ]]            [[DATE_OF_BIRTH:S390606]]  [[PHONE_NUMBER:08044217308]]  0000000000⏎0230552118[[PERSON:ﾀｶﾊｼ ﾕｳﾄ]]            [[DATE_OF_BIRTH:H150811]]  [[PHONE_NUMBER:07052260914]]  0000000000",
    "+ 家賃納付者データ⏎0411[[PERSON:ｲｼｶﾜ ｼﾞｭﾝ]] [[DATE_OF_BIRTH:H020417]] [[PHONE_NUMBER:09033098172]] 0045000",
    "+ 0017006549[[PERSON:ｴﾝﾄﾞｳ ｷﾖｼ]]\t[[DATE_OF_BIRTH:S261203]]\t[[PHONE_NUMBER:08079921145]]\t0038200",
    "+ 0120071234[[PERSON:ﾅｶﾞｲ ｱｻﾐ]]             [[DATE_OF_BIRTH:R020115]]  [[PHONE_NUMBER:09028817764]]  0000000000",
    "+ 0550193382[[PERSON:ｸﾎﾞ ﾀﾂﾔ]]              [[DATE_OF_BIRTH:T150304]]  [[PHONE_NUMBER:08091126603]]  0000012000",
    "- ｼｮﾘﾋﾞ R070415  ｹﾝｽｳ 000123  ｷﾝｶﾞｸ 0004560000",
    "- 0230418836ｼﾞﾑｼｮ ｺｰﾄﾞ        R070401  0120556677  0000052000",
    "- 0230418837ｹｲﾔｸ ｺｳｼﾝ         H310331  0000000000  0000052000",
    "- ｿｳｹｲ ﾃﾞｰﾀ  R061231  ﾊﾞﾝｺﾞｳ 09000000001",
    # 3. household member lists: relation word + name + birth date
    "+ 同居予定者⏎ 1. [[PERSON:杉本 和彦]]（夫）[[DATE_OF_BIRTH:昭和52年3月8日]]⏎ 2. [[PERSON:結衣]]（長女）[[DATE_OF_BIRTH:2014年10月2日]]",
    "+ 世帯員⏎1．[[PERSON:石原 道子]]（母）[[DATE_OF_BIRTH:S22.11.30]]⏎2．[[PERSON:健太]]（長男）[[DATE_OF_BIRTH:H30.6.14]]⏎3．[[PERSON:凛]]（次女）[[DATE_OF_BIRTH:令和3年2月9日]]",
    "+ 申込者 [[PERSON:宇野 真一]]⏎同居予定者⏎ 1. [[PERSON:宇野 恵]]（妻）[[DATE_OF_BIRTH:1984/05/21]]",
    "+ 世帯状況⏎世帯主　[[PERSON:小西　浩二]]　[[DATE_OF_BIRTH:S49.8.12]]⏎配偶者　[[PERSON:佳代]]　[[DATE_OF_BIRTH:S51.1.27]]⏎子　　　[[PERSON:大翔]]　[[DATE_OF_BIRTH:H27.4.5]]",
    "+ 世帯の状況⏎世帯主　[[PERSON:堀　清]]　[[DATE_OF_BIRTH:昭和33年9月1日]]⏎配偶者　[[PERSON:堀　節子]]　[[DATE_OF_BIRTH:昭和36年12月18日]]",
    "+ 家族構成：⏎・[[PERSON:柴田 敏夫]]（父）[[DATE_OF_BIRTH:1950年6月3日]]⏎・[[PERSON:柴田 ゆかり]]（姉）[[DATE_OF_BIRTH:1979年2月25日]]",
    "+ 同居者⏎(1) [[PERSON:松井　麻衣]]（妻）[[DATE_OF_BIRTH:平成2年7月30日]]⏎(2) [[PERSON:悠真]]（長男）[[DATE_OF_BIRTH:2019年12月11日]]",
    "+ 世帯員の状況⏎配偶者　[[PERSON:高野　美紀]]　[[DATE_OF_BIRTH:1982.9.14]]⏎子　[[PERSON:高野　蒼]]　[[DATE_OF_BIRTH:2016.3.2]]",
    "- 担当者⏎ 1. 田村（主任）2025年4月1日着任⏎ 2. 岡本（係長）2025年4月1日着任",
    "- 同居予定者⏎ 1. なし⏎入居予定日 2026年4月1日",
    "- 世帯状況⏎世帯主　変更なし　2025.4.1 届出⏎配偶者　なし",
    "- 面談記録⏎ 1. 杉本 和彦（夫）来所 2025年9月12日⏎ 2. 同席なし",
    "- 提出書類⏎ 1. 住民票（世帯全員）2025年10月1日発行⏎ 2. 課税証明書（本人）令和7年6月1日発行",
    # 4. pipe-delimited person records without a column header, pension context
    "+ #BEGIN 年金受給者データ⏎000101|[[JP_PENSION_NUMBER:4418203957]]|[[PERSON:坂本]]|[[PERSON:理恵]]|[[DATE_OF_BIRTH:19580704]]|[[JP_POSTAL_CODE:6500011]]|[[JP_ADDRESS:兵庫県神戸市中央区下山手通二丁目3番5号]]⏎#END",
    "+ 国民年金 被保険者 連携ファイル⏎1|[[JP_PENSION_NUMBER:3309185521]]|[[PERSON:小松]]|[[PERSON:直人]]|[[DATE_OF_BIRTH:19771030]]|[[JP_POSTAL_CODE:2310023]]|[[JP_ADDRESS:神奈川県横浜市中区山下町12番地4 ベイハイツ201]]⏎2|[[JP_PENSION_NUMBER:8852017734]]|[[PERSON:小松]]|[[PERSON:彩]]|[[DATE_OF_BIRTH:19800215]]|[[JP_POSTAL_CODE:2310023]]|[[JP_ADDRESS:神奈川県横浜市中区山下町12番地4 ベイハイツ201]]",
    "+ *HDR NENKIN-LIST 2026⏎0001|[[JP_PENSION_NUMBER:6120774409]]|[[PERSON:永井]]|[[PERSON:敏]]|[[DATE_OF_BIRTH:19490512]]|[[JP_POSTAL_CODE:9200961]]|[[JP_ADDRESS:石川県金沢市香林坊一丁目4番7号]]⏎*TRL 0001",
    "+ 年金相談 予約者連携（パイプ区切り）⏎0007|[[JP_PENSION_NUMBER:2274910586]]|[[PERSON:西田]]|[[PERSON:晴美]]|[[DATE_OF_BIRTH:19631122]]|[[JP_POSTAL_CODE:7700852]]|[[JP_ADDRESS:徳島県徳島市徳島町三丁目9番地]]",
    "+ #年金データ⏎0002|[[JP_PENSION_NUMBER:9051367420]]|[[PERSON:川村]]|[[PERSON:翔]]|[[DATE_OF_BIRTH:19950908]]|[[JP_POSTAL_CODE:8700021]]|[[JP_ADDRESS:大分県大分市府内町2丁目6番1号]]⏎0003|[[JP_PENSION_NUMBER:1184620397]]|[[PERSON:大野]]|[[PERSON:千秋]]|[[DATE_OF_BIRTH:19690101]]|[[JP_POSTAL_CODE:8700022]]|[[JP_ADDRESS:大分県大分市大手町1丁目3番2号]]",
    "- #BEGIN 物品データ⏎0001|4418203957|ボルト|M8|20250401|1200000|倉庫A⏎#END",
    "- 年金事務所 経費集計⏎0001|2025040100|事務費|消耗品|20250401|0150000|本所⏎0002|2025040101|旅費|出張|20250402|0082000|本所",
    "- *HEADER 年金 件数集計⏎0001|0000001234|受付|合計|20250331|0000012|全体",
    "- 年金相談 会場一覧⏎01|0120998877|相談会場|市民会館|20260115|4600001|大ホール",
    # 5. Zengin-like half-width-kana transfer lines
    "+ ﾌﾘｺﾐ ｲﾗｲ⏎ｷﾝﾕｳｷｶﾝ 0173 ｼﾃﾝ 215 ﾖｷﾝ 2 ｺｳｻﾞ [[JP_BANK_ACCOUNT:3308154]] ﾒｲｷﾞ [[PERSON:ﾏﾂｼﾏ ﾁｴｺ]]",
    "+ ｷﾝﾕｳｷｶﾝ 0009 ｼﾃﾝ 412 ﾖｷﾝ 1 ｺｳｻﾞ [[JP_BANK_ACCOUNT:6651029]] ﾒｲｷﾞ [[PERSON:ｵｶﾞﾜ ｼﾝｲﾁ]]⏎ｷﾝｶﾞｸ 45000",
    "+ ｷﾝﾕｳｷｶﾝ:0150 ｼﾃﾝ:031 ﾖｷﾝ:1 ｺｳｻﾞ:[[JP_BANK_ACCOUNT:0917736]] ﾒｲｷﾞ:[[PERSON:ﾖｺﾔﾏ ｱｷﾗ]]",
    "+ ｼﾞｭｳﾀｸ ﾋｷｵﾄｼ⏎ｷﾝﾕｳｷｶﾝ 1360 ｼﾃﾝ 008 ﾖｷﾝ 1 ｺｳｻﾞ [[JP_BANK_ACCOUNT:2480063]] ﾒｲｷﾞ [[PERSON:ｻｲﾄｳ ﾏｻﾐ]]⏎ｷﾝﾕｳｷｶﾝ 1360 ｼﾃﾝ 011 ﾖｷﾝ 2 ｺｳｻﾞ [[JP_BANK_ACCOUNT:5519270]] ﾒｲｷﾞ [[PERSON:ｻｲﾄｳ ｶｽﾞｵ]]",
    "+ ｷﾝﾕｳｷｶﾝ 0005 ｼﾃﾝ 623 ﾖｷﾝ 1 ｺｳｻﾞ [[JP_BANK_ACCOUNT:7004418]] ﾒｲｷﾞ [[PERSON:ﾀﾆｸﾞﾁ ﾒｸﾞﾐ]]",
    "- ｷﾝﾕｳｷｶﾝ 0173 ｼﾃﾝ 215 ﾃｽｳﾘｮｳ 0000440 ｹﾝｽｳ 0000012",
    "- ｺｳｻﾞﾌﾘｶｴ ｹﾝｽｳ 0001250 ｷﾝｶﾞｸ 0004560000",
    "- ｷﾝﾕｳｷｶﾝ ｺｰﾄﾞ 0173 ｼﾃﾝ ｺｰﾄﾞ 215 ﾊ ﾋｯｽ ｺｳﾓｸ ﾃﾞｽ",
    # 6. Chinese and Korean bank-account labels
    "+ 您好，我是[[PERSON:陈静]]。⏎收款银行账号：[[JP_BANK_ACCOUNT:6217003810029461523]]⏎开户行：中国建设银行",
    "+ 银行账号：[[JP_BANK_ACCOUNT:6231755009123845664]]（请汇入此账户）",
    "+ 申请人：[[PERSON:刘洋]]⏎账号：[[JP_BANK_ACCOUNT:6228480402564890018]]⏎户名：[[PERSON:刘洋]]",
    "+ 收款账号: [[JP_BANK_ACCOUNT:4367421234567890]]",
    "+ 수령 은행: 신한은행 계좌번호 [[JP_BANK_ACCOUNT:110-432-918273]]⏎예금주: [[PERSON:김민준]]",
    "+ 송금처: 우리은행 계좌번호: [[JP_BANK_ACCOUNT:1002-845-331902]]",
    "+ 受取口座: 하나은행 계좌번호 [[JP_BANK_ACCOUNT:391-910387-44107]]",
    "+ 국민은행 계좌번호 [[JP_BANK_ACCOUNT:620418-04-551273]] (예금주 [[PERSON:이서연]])",
    "- 订单号：62338818978861280⏎客服电话：400-820-8820",
    "- 请填写您的银行账号（不含空格），例如 16–19 位数字。",
    "- 계좌번호를 정확히 입력해 주세요. 문의: 1588-9955",
    "- 주문번호 2025-0412-339102 (배송 완료)",
    # 7. card numbers grouped with double spaces
    "+ Cardholder: [[PERSON:OTA Shinji]]⏎Card: [[CREDIT_CARD:5127  3440  6618  8227]]⏎Amount: JPY 8,800",
    "+ Card No.: [[CREDIT_CARD:4543  1192  0877  0630]]  Exp 11/28",
    "+ カード番号： [[CREDIT_CARD:3566  0048  1127  3947]]⏎名義：[[PERSON:MORI AYAKA]]",
    "+ Payment⏎Card: [[CREDIT_CARD:4543  1192  0877  0630]]⏎Ref: PX-20931",
    "- Ref:  4543  1192  0877  0631⏎Amount: JPY 12,000",
    "- Tel:  0120  33  4455  (受付 9:00-17:00)",
    "- Order: 2025  0412  3391  0028",
    # 8. a mobile with spaced hyphens ending a family member's line
    "+ 親族連絡先⏎次女：[[PERSON:増田　咲]]　〒[[JP_POSTAL_CODE:460-0012]] [[JP_ADDRESS:愛知県名古屋市中区千代田2丁目5番8号]]　[[PHONE_NUMBER:080 - 6612 - 3390]]",
    "+ 緊急連絡先⏎兄：[[PERSON:村井 達也]] 〒[[JP_POSTAL_CODE:530-0047]] [[JP_ADDRESS:大阪府大阪市北区西天満4丁目11番3号]] [[PHONE_NUMBER:090 - 2255 - 8104]]",
    "+ 扶養義務者⏎長男：[[PERSON:上田　修]]　〒[[JP_POSTAL_CODE:862-0950]]　[[JP_ADDRESS:熊本県熊本市中央区水前寺6丁目18番1号]]　[[PHONE_NUMBER:070 - 4418 - 2296]]⏎長女：[[PERSON:上田　綾]]　〒[[JP_POSTAL_CODE:861-8001]]　[[JP_ADDRESS:熊本県熊本市北区武蔵ヶ丘2丁目3番9号]]　[[PHONE_NUMBER:090-6120-7735]]",
    "+ 妹：[[PERSON:北川 奈々]] 〒[[JP_POSTAL_CODE:150-0002]] [[JP_ADDRESS:東京都渋谷区渋谷3丁目7番4号]]　[[PHONE_NUMBER:090 - 8871 - 5502]]",
    "- 会場：〒460-0001 愛知県名古屋市中区三の丸1丁目 受付 10 - 12 - 14番窓口",
    "- 期間：2025 - 2026 - 2027 年度⏎配点 090 - 100 - 1000",
    "+ 0301[[PERSON:香川　瞳]]　[[PERSON:ｶｶﾞﾜ ﾋﾄﾐ]]     [[DATE_OF_BIRTH:19910308]]2[[PHONE_NUMBER:08052917744]]01",
    "+ 0302[[PERSON:原　大輔]]　　[[PERSON:ﾊﾗ ﾀﾞｲｽｹ]]      [[DATE_OF_BIRTH:19850122]]1[[PHONE_NUMBER:09044310926]]⏎0303[[PERSON:原　瑞穂]]　　[[PERSON:ﾊﾗ ﾐｽﾞﾎ]]      [[DATE_OF_BIRTH:19870614]]2[[PHONE_NUMBER:08019057731]]",
    "- 0301商品　ｶﾞｲﾄﾞﾌﾞｯｸ     20250308208052917744",
    "+ 0088112233[[PERSON:ﾏｴｶﾜ ﾅｵﾐ]]  [[DATE_OF_BIRTH:S551030]]  [[PHONE_NUMBER:09017723348]]",
    "- 0088112233ﾃｽｳﾘｮｳ ｺｰﾄﾞ  R070930  0120112233",
    "+ 同居予定者⏎ 1. [[PERSON:藤田 聡]]（夫）[[DATE_OF_BIRTH:S60.4.22]]⏎ 2. [[PERSON:颯太]]（長男）[[DATE_OF_BIRTH:令和2年8月1日]]⏎ 3. [[PERSON:藤田 トメ]]（祖母）[[DATE_OF_BIRTH:昭和10年3月3日]]",
    "+ 世帯員⏎ 1. [[PERSON:中島 亮]]（本人）[[DATE_OF_BIRTH:1990/02/17]]⏎ 2. [[PERSON:中島 彩花]]（妻）[[DATE_OF_BIRTH:1992/11/05]]",
    "+ 世帯状況⏎世帯主　[[PERSON:青木　勝]]　[[DATE_OF_BIRTH:S44.3.30]]⏎配偶者　[[PERSON:恵美]]　[[DATE_OF_BIRTH:S47.10.8]]",
    "- 世帯状況⏎世帯主　変更　R7.4.1⏎配偶者　死亡　R6.12.3",
    "- 来庁者⏎ 1. 中島（本人）2025年11月4日 10:30⏎ 2. 中島（妻）2025年11月4日 10:30",
    "+ 年金受給権者 名簿⏎0001|[[JP_PENSION_NUMBER:5501928374]]|[[PERSON:岩田]]|[[PERSON:和夫]]|[[DATE_OF_BIRTH:19440816]]|[[JP_POSTAL_CODE:5400008]]|[[JP_ADDRESS:大阪府大阪市中央区大手前3丁目1番9号]]",
    "- 年金 支払データ⏎0001|0000045000|振込|合計|20251015|0000321|件数",
    "+ ｷﾝﾕｳｷｶﾝ 0310 ｼﾃﾝ 105 ﾖｷﾝ 1 ｺｳｻﾞ [[JP_BANK_ACCOUNT:1208846]] ﾒｲｷﾞ [[PERSON:ﾀｹｳﾁ ﾕｳｺ]]",
    "- ｼﾃﾝ 105 ﾖｷﾝ 1 ｹﾝｽｳ 1208846",
    "+ 退款账号：[[JP_BANK_ACCOUNT:6216610200016587423]]（中国银行）⏎联系人：[[PERSON:张伟]]",
    "+ 농협은행 계좌번호: [[JP_BANK_ACCOUNT:302-1184-5520-71]]",
    "- 카드 승인번호 30211845 (결제 완료)",
    "+ Card:  [[CREDIT_CARD:3566  0048  1127  3947]]⏎Name: [[PERSON:KATO Rie]]",
    "- Card:  1234  5678  9012  3456 (sample)",
    "+ 三男：[[PERSON:森下　航]]　〒[[JP_POSTAL_CODE:980-0021]]　[[JP_ADDRESS:宮城県仙台市青葉区中央2丁目9番10号]]　[[PHONE_NUMBER:080 - 7702 - 4169]]",
    "- 窓口：〒980-0021 宮城県仙台市青葉区中央 整理券 01 - 22 - 0453",
)
ROWS_BA = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BA, seed=20261216, held_out=is_holdout_ba, tag="rba")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
