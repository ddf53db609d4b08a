"""Round AO labelled rows (written 2026-12-05, before any rule change of round AO; every value invented).

Same format as ``dlp_rows_aj.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a TAB. Rows with ``i % 3 == 1`` (0-based, one third) form
``corpora/eval/pii_devholdout_rao.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rao.jsonl``.

Round AO's families (from the lead's categories; no eval row copied): phone-shaped product codes in
titled 品番 tables, after ``Part No.`` labels and in supplies tables; an 11-digit mobile in a
redaction worksheet; Nepali / all-digit passports; OCR'd licence copies (``第 N 号``); birth dates in
Chinese, Bikram Sambat, corrections, heard answers, ``（昭和N年M月生）``, a label with a blank line,
semicolon CSV and compact era forms; fixed-width transfer records and semicolon CSV accounts; a
7-digit postal code before an address; fixed-width claim records and foreign-language insurance
symbols. Negatives: product codes, dates that are no birth dates, digit runs in invoices.

    python benchmarks/dlp_rows_ao.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AO", "is_holdout_ao"]


def is_holdout_ao(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. phone-shaped product codes (negatives) and real phones in tables
    "- 消耗品 発注リスト⏎品番\\t品名\\t単価\\t数量⏎080-3391-2207\\t手指消毒液 500ml\\t680\\t12⏎03-7712-0954\\tマスク 50枚\\t420\\t40",
    "- 庁舎用品 発注一覧⏎品名\\t品番\\t数量⏎コピー用紙 A4\\t090-1184-3376\\t20⏎クリアファイル\\t0466-81-2093\\t100",
    "- 検査試薬 見積依頼⏎型番\\t名称\\t数量\\t備考⏎070-5538-1206\\t試薬キットB\\t3\\t至急⏎045-902-3371\\t校正液\\t1\\t",
    "- 令和6年度 備品台帳⏎⏎型式\\t品名\\t設置場所⏎090-7725-0418\\t複合機\\t2階総務⏎06-4419-8820\\tシュレッダー\\t3階会議室",
    "- INVOICE⏎Item: Toner cartridge (black)⏎Part No. 080-4431-7725⏎Qty: 6⏎Unit price: JPY 8,200",
    "- Packing list⏎Part No.: 03-6617-2209  Qty 12⏎Part No.: 090-2284-1173  Qty 4",
    "- Quotation QT-1187⏎Item No. 045-338-7710 Label printer ribbon x 10⏎Total JPY 14,300",
    "- Order confirmation: Part number 0120-447-903, LED panel, qty 2",
    "- 診療材料 在庫表⏎品名\\tコード\\t数量⏎縫合糸 4-0\\t080-6623-1190\\t25⏎サージカルテープ\\t03-2291-7754\\t60",
    "- 物品\\t管理番号\\t在庫⏎電池 単3\\t090-3310-2284\\t48⏎ガムテープ\\t042-559-1186\\t15",
    "- 品名\\t規格\\t数量\\t単価⏎点滴スタンド\\t070-2219-8843\\t2\\t12000⏎吸引カテーテル\\t03-5531-0027\\t50\\t90",
    "+ 消耗品 発注リスト⏎品番\\t品名\\t業者\\t連絡先⏎A-2207\\tマスク\\t[[PERSON:石井]]\\t[[PHONE_NUMBER:090-3317-5526]]",
    "+ 納入業者一覧⏎品名\\t業者名\\t電話⏎紙おむつ\\t丸山商店\\t[[PHONE_NUMBER:0288-21-4406]]⏎手袋\\t中央医材\\t[[PHONE_NUMBER:03-4471-2290]]",
    "+ 物品\\t数量\\t担当\\t携帯⏎防災毛布\\t30\\t[[PERSON:岡田]]\\t[[PHONE_NUMBER:080-5512-7734]]",
    # 2. an 11-digit mobile in a redaction worksheet
    "+ 不開示箇所一覧（作業用）⏎頁\\t行\\t該当記載\\t不開示理由⏎2\\t5\\t[[PERSON:森本美咲]]\\t個人に関する情報⏎2\\t8\\t[[PHONE_NUMBER:09044172268]]\\t同上",
    "+ 黒塗り作業表⏎頁\\t行\\t記載内容\\t理由⏎4\\t3\\t[[PHONE_NUMBER:08033196650]]\\t個人に関する情報",
    "+ 頁\\t行\\t該当記載\\t不開示理由⏎1\\t12\\t[[PHONE_NUMBER:07021183349]]\\t同上（個人の連絡先）",
    "+ 不開示部分一覧⏎頁\\t行\\t該当記載\\t不開示理由⏎6\\t2\\t[[PHONE_NUMBER:09066028815]]\\t同上⏎6\\t4\\t[[PERSON:藤井]]印影\\t同上",
    "- 頁\\t行\\t該当記載\\t不開示理由⏎3\\t7\\t20240615001\\t同上（受付番号）",
    "- 頁\\t行\\t該当記載\\t開示⏎5\\t1\\t令和6年度予算額\\t全部開示",
    # 3. passports
    "+ नमस्कार, मेरो पासपोर्ट नम्बर [[JP_PASSPORT:PA4418820]] हो।",
    "+ पासपोर्ट नम्बर: [[JP_PASSPORT:PA0933172]]⏎फोन: [[PHONE_NUMBER:090-4412-7781]]",
    "+ मेरो नाम [[PERSON:Hari Shrestha]] हो। पासपोर्ट नम्बर [[JP_PASSPORT:10229384]] हो।",
    "+ Residence card: [[JP_RESIDENCE_CARD:KT44128807FE]]⏎Passport No. [[JP_PASSPORT:11830472]]",
    "+ Passport No. [[JP_PASSPORT:09772315]] (Nepal)",
    "+ Name: [[PERSON:Bishnu Rai]]⏎Passport No. [[JP_PASSPORT:07361924]]⏎Phone: [[PHONE_NUMBER:080-2294-6613]]",
    "- पासपोर्ट नम्बर (पछि पठाउँछु)",
    "- Passport No. pending (renewal)",
    "- Part No. 11830472 / Qty 4",
    "- Invoice No. 20241107 Passport photo service JPY 1,500",
    # 4. OCR'd licence copies
    "+ 免許証の写し（OCR）⏎[[PERSON:石原　直樹]]⏎第 [[JP_DRIVER_LICENSE:452218830164]] 号⏎一般",
    "+ 運転免許証（写）⏎[[PERSON:小松　由香]]⏎第 [[JP_DRIVER_LICENSE:307711942258]] 号⏎平成元年3月生",
    "+ 免許証⏎[[PERSON:中川　亮介]]⏎第[[JP_DRIVER_LICENSE:621094437701]]号",
    "+ 免許証の写し⏎氏名 [[PERSON:川口 里美]]⏎第 [[JP_DRIVER_LICENSE:118830274496]] 号⏎優良",
    "- 公文書⏎総務課長⏎第 202411070012 号",
    "- 通知書⏎令和6年11月7日⏎第 2024110700 号",
    "- 免許証の写しを添付してください。⏎受付⏎第 1187 号",
    # 5. birth dates
    "+ 「我叫[[PERSON:陈静]]，出生于[[DATE_OF_BIRTH:1972年4月11日]]，现住在横浜市。」",
    "+ 申告内容：[[PERSON:赵磊]]，出生于[[DATE_OF_BIRTH:1988年10月3日]]。",
    "+ 本人申告 जन्म मिति (वि.सं.): [[DATE_OF_BIRTH:२०३८-०९-१४]]",
    "+ जन्म मिति: [[DATE_OF_BIRTH:२०५२-०१-२७]] (वि.सं.)",
    "+ 訂正を求める内容：住民票の生年月日の誤り。⏎正しくは [[DATE_OF_BIRTH:昭和44年2月8日]] です。",
    "+ 生年月日の記載が違います。正しくは[[DATE_OF_BIRTH:平成2年12月20日]]です。",
    "+ 聞き取り：氏名 [[PERSON:原田 亜希]]、誕生日は [[DATE_OF_BIRTH:3月27日]] と回答。",
    "+ 本人確認：誕生日は [[DATE_OF_BIRTH:11月4日]] と回答（記録と一致）",
    "+ 対象者：[[PERSON:千田 キヨ]]（[[DATE_OF_BIRTH:昭和9年7月]]生）",
    "+ 利用者 [[PERSON:本間 勇]]（[[DATE_OF_BIRTH:大正14年3月]]生）要介護3",
    "+ 氏名⏎[[PERSON:北村 聡子]]⏎⏎生年月日⏎⏎[[DATE_OF_BIRTH:1956年10月]]",
    "+ 生年月日⏎⏎[[DATE_OF_BIRTH:昭和31年5月22日]]⏎⏎電話⏎[[PHONE_NUMBER:090-6671-2043]]",
    "+ 番号;氏名;生年月日;備考⏎1;[[PERSON:吉川誠]];[[DATE_OF_BIRTH:1947.11.02]];⏎2;[[PERSON:吉川和枝]];[[DATE_OF_BIRTH:1950/01/19]];",
    "+ ID;氏名;生年月日⏎B1102;[[PERSON:大西貞夫]];[[DATE_OF_BIRTH:1936-05-30]]",
    "+ 世帯員⏎世帯主 [[PERSON:佐久間 清]] [[DATE_OF_BIRTH:S22.10.5]] 専従⏎長女 [[PERSON:恵]] [[DATE_OF_BIRTH:H4.7.1]] 学生",
    "+ 続柄 氏名 生年月日⏎子 [[PERSON:健二]] [[DATE_OF_BIRTH:H9.11.23]]",
    "+ 氏名\\t生年月日\\t電話⏎[[PERSON:大野久雄]]\\t[[DATE_OF_BIRTH:S120305]]\\t[[PHONE_NUMBER:0238-41-0092]]⏎[[PERSON:大野シズ]]\\t[[DATE_OF_BIRTH:S150917]]\\t[[PHONE_NUMBER:0238-41-0092]]",
    "+ 生年月日：[[DATE_OF_BIRTH:H050214]]",
    "+ 生年月日 [[DATE_OF_BIRTH:S340801]]　性別 女",
    "- 「我们于2019年4月11日到达日本。」",
    "- 申請日 जन्म मिति नभएको फारम २०८१-०७-१५",
    "- 正しくは 令和6年11月1日 です（申請日の訂正）。",
    "- 説明会は 3月27日 と回答があった。",
    "- 事業開始（昭和40年4月）",
    "+ 受付番号;氏名;受付日⏎R1102;[[PERSON:大西貞夫]];2024.11.02",
    "- 区分\\t取得日\\t数量⏎H050214\\t2024-11-02\\t3",
    "- 機器番号 S120305 の点検",
    "- 作付計画 H3.5.10 以降に田植え",
    # 6. bank accounts
    "+ HDR20241101KYOSAI-FURIKOMI⏎D01330187[[JP_BANK_ACCOUNT:2205518]][[PERSON:ﾐﾔｹ ﾖｼﾉﾌﾞ]]         0000125000",
    "+ HDR20241015JISEDAI-SHIEN⏎D0005231[[JP_BANK_ACCOUNT:4419027]][[PERSON:ｵｵｼﾏ ｶﾅ]]       0000030000⏎D0158022[[JP_BANK_ACCOUNT:0087712]][[PERSON:ﾂﾁﾔ ｹﾝｼﾞ]]      0000030000⏎T00002",
    "+ HDR20241201⏎D9900412[[JP_BANK_ACCOUNT:6630125]][[PERSON:ﾖｺﾔﾏ ﾐﾂｺ]]   0000008800",
    "+ 申請番号;氏名;振込口座⏎N0221;[[PERSON:片山武]];[[JP_BANK_ACCOUNT:118-2290437]]⏎N0222;[[PERSON:片山京子]];[[JP_BANK_ACCOUNT:204-5531108]]",
    "+ 受給者;口座番号;金額⏎[[PERSON:野口修]];[[JP_BANK_ACCOUNT:331-0072814]];12000",
    "- HDR20241101⏎D000000000000000ｺﾞｳｹｲ          0000125000",
    "- 品番;品名;数量⏎118-2290437;ケーブル;3",
    "- 注文番号;日付;金額⏎204-5531108;2024-11-02;5800",
    # 7. postal codes
    "+ 新住所 [[JP_POSTAL_CODE:3300844]] [[JP_ADDRESS:埼玉県さいたま市大宮区下町2丁目5番]]",
    "+ 転居先 [[JP_POSTAL_CODE:9200961]] [[JP_ADDRESS:石川県金沢市香林坊1丁目2番3号]]",
    "+ 新住居地 [[JP_POSTAL_CODE:8900053]] [[JP_ADDRESS:鹿児島県鹿児島市中央町10番地]] 201号",
    "- 受付番号 2024118 千葉県庁で受付",
    "- 件数 1200341 北海道全体の世帯数",
    # 8. health insurance
    "+ HDR2024110198765432KITA-CLINIC⏎D00001[[PERSON:ｽｽﾞｷ ﾐﾁｺ]]      [[DATE_OF_BIRTH:19520314]] [[JP_HEALTH_INSURANCE:138204]] [[JP_HEALTH_INSURANCE:0221987]] 0034410⏎D00002[[PERSON:ﾀﾑﾗ ｹﾝ]]        [[DATE_OF_BIRTH:19781102]] [[JP_HEALTH_INSURANCE:227019]] [[JP_HEALTH_INSURANCE:1108273]] 0019920⏎TRL00002",
    "+ HDR2024100155512345SAKURA-HOSP⏎D00001[[PERSON:ﾊﾗ ﾄｼｵ]]         [[DATE_OF_BIRTH:19410725]] [[JP_HEALTH_INSURANCE:139918]] [[JP_HEALTH_INSURANCE:0712204]] 0051137",
    "+ HDR2024090112340000MINAMI-HOSP⏎D00007[[PERSON:ｺﾝﾄﾞｳ ﾏｻﾐ]]     [[DATE_OF_BIRTH:19660808]] [[JP_HEALTH_INSURANCE:106044]] [[JP_HEALTH_INSURANCE:3310582]] 0028841⏎TRL00001",
    "+ 您的保险证号码？⏎[[PERSON:王芳]]：记号 [[JP_HEALTH_INSURANCE:5518]]，番号 [[JP_HEALTH_INSURANCE:20417]]。",
    "+ 保险证：记号 [[JP_HEALTH_INSURANCE:7702]]，番号 [[JP_HEALTH_INSURANCE:331]]",
    "+ Meu cartão do seguro (保険証): número [[JP_HEALTH_INSURANCE:80215]], símbolo [[JP_HEALTH_INSURANCE:6617]].",
    "+ 保険証 — número [[JP_HEALTH_INSURANCE:44019]], símbolo [[JP_HEALTH_INSURANCE:3208]]",
    "- HDR2024110198765432KITA-CLINIC⏎T00000 000000 0000000 0000000",
    "- 记号 A，番号 B（示例）",
    "- Pedido número 80215, símbolo do produto 6617.",
    "- 问题编号 5518，番号 20417（系统日志）",
    # 9. invoices and other digit runs
    "- INVOICE No. 20241107⏎Item: Copier toner⏎Qty: 4⏎Amount: JPY 33,600⏎Bank ref 0005-221-3310927",
    "- 請求書⏎品名\\t数量\\t金額⏎コピー用紙\\t20\\t8800⏎請求番号 09011842271",
    "- 見積番号 080-2241-0017 の件、ご確認ください。",
    "+ 見積の件は担当 [[PERSON:島田]] 携帯 [[PHONE_NUMBER:080-2241-0017]] まで。",
)
ROWS_AO = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AO, seed=20261209, held_out=is_holdout_ao, tag="rao")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
