"""Round AM labelled rows (written 2026-12-05, before any rule change of round AM; every value invented).

Same format as ``dlp_rows_aj.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_ram.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_ram.jsonl``.

Round AM's families (from the lead's categories, no eval row seen): space-aligned fixed-width records
and zengin-like transfer lines, HL7 v2 PID segments, half-width-kana labels, foreign-language birth
dates (Korean, Indonesian, Vietnamese, Thai Buddhist era, Nepali Bikram Sambat), birthday lists and
partial birth dates, bank accounts in TSV / Indonesian / Chinese, foreign passport wordings, phones in
many wordings, pension numbers named earlier in the sentence, digit-spaced postal codes. Negatives:
品番 product numbers, incident dates after a birth date, school codes, other aligned numbers.

    python benchmarks/dlp_rows_am.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AM", "is_holdout_am"]


def is_holdout_am(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. space-aligned fixed-width records and transfer lines
    "+ 000341  [[PERSON:大川 修一]]      [[PERSON:ｵｵｶﾜ ｼｭｳｲﾁ]]      [[DATE_OF_BIRTH:19580714]]  [[JP_POSTAL_CODE:3320015]]  [[PHONE_NUMBER:0482219034]]",
    "+ 受給者番号  氏名          ﾌﾘｶﾞﾅ            生年月日  郵便番号  電話⏎A102931  [[PERSON:森田 佳代]]    [[PERSON:ﾓﾘﾀ ｶﾖ]]          [[DATE_OF_BIRTH:19730221]]  [[JP_POSTAL_CODE:5600034]]  [[PHONE_NUMBER:09061227750]]",
    "+ 10045  [[PERSON:新井 隆]]    [[PERSON:ｱﾗｲ ﾀｶｼ]]    [[DATE_OF_BIRTH:19490930]]  [[JP_POSTAL_CODE:9800811]]  [[PHONE_NUMBER:0222650419]]⏎10046  [[PERSON:新井 春江]]  [[PERSON:ｱﾗｲ ﾊﾙｴ]]    [[DATE_OF_BIRTH:19520108]]  [[JP_POSTAL_CODE:9800811]]  [[PHONE_NUMBER:08033419920]]",
    "+ 2024-0087   [[PERSON:ｺﾝﾄﾞｳ ﾐﾉﾙ]]       [[PHONE_NUMBER:07044128830]]   [[DATE_OF_BIRTH:19660312]]",
    "+ K00712  [[PERSON:ﾀﾑﾗ ｴﾘｺ]]     [[PHONE_NUMBER:09012883014]]  [[DATE_OF_BIRTH:19911125]]  一般",
    "+ 00215   [[PERSON:石井 雅人]]   [[PERSON:ｲｼｲ ﾏｻﾄ]]   [[DATE_OF_BIRTH:20011003]]   [[JP_POSTAL_CODE:0600042]]   [[PHONE_NUMBER:0112318847]]   非課税",
    "+ 見舞金振込データ⏎D00091230[[JP_BANK_ACCOUNT:4417820]][[PERSON:ﾖｼﾀﾞ ｹｲｺ]]   30000",
    "+ 振込依頼明細（災害見舞金）⏎D01380024[[JP_BANK_ACCOUNT:0923318]][[PERSON:ﾊﾗﾀﾞ ﾉﾎﾞﾙ]]    50000⏎D01380061[[JP_BANK_ACCOUNT:1150472]][[PERSON:ﾊﾗﾀﾞ ﾐﾂｺ]]     50000",
    "+ 総合振込 2024/10/01⏎D05170312[[JP_BANK_ACCOUNT:3306915]][[PERSON:ｷﾀﾑﾗ ｱｷﾗ]]     120000",
    "+ R3-0551   [[PERSON:ﾋｶﾞｼ ﾕｳｺ]]     [[PHONE_NUMBER:08091172260]]    [[DATE_OF_BIRTH:19840519]]",
    "+ 77801  [[PERSON:上野 真理]]  [[PERSON:ｳｴﾉ ﾏﾘ]]  [[DATE_OF_BIRTH:19950627]]  [[JP_POSTAL_CODE:7300013]]  [[PHONE_NUMBER:08051230948]]",
    "- 商品CD   品名            入荷日    数量     単価⏎100234   ｺﾋﾟｰﾖｳｼ A4     20240518  0000120  0000450",
    "- 集計番号  区分          基準日    件数      金額⏎S0031    ｺﾞｳｹｲ          20241001  0000053  1250000",
    "- 振込データ作成件数  3件  合計金額  230000  作成日  20241001",
    "- T001   ﾃｽﾄ ﾃﾞｰﾀ      20240101  0000000  0000000000",
    "- ロット  製造日    数量     出荷先CD⏎L0412   20240311  0003300  4411820",
    # 2. HL7 v2 PID segments
    "+ MSH|^~\\&|HIS|CLINIC|LAB|LAB|202410011230||ADT^A04|0001|P|2.5⏎PID|1||00451230^^^HIS||[[PERSON:ヤマダ^ハナコ]]||[[DATE_OF_BIRTH:19790412]]|F|||中央区築地1-2-3^^東京都^^[[JP_POSTAL_CODE:104-0045]]^JPN||[[PHONE_NUMBER:03-3541-2207]]",
    "+ PID|1||77120^^^HOSP||[[PERSON:SATO^KENTA]]||[[DATE_OF_BIRTH:19880103]]|M|||^^大阪市北区^大阪府^[[JP_POSTAL_CODE:530-0001]]^JPN||[[PHONE_NUMBER:06-6341-8820]]",
    "+ PID|1||A00981^^^MED||[[PERSON:タナカ^ジロウ]]||[[DATE_OF_BIRTH:19501127]]|M|||札幌市中央区^^札幌市^北海道^[[JP_POSTAL_CODE:060-0001]]^JPN||[[PHONE_NUMBER:090-2231-4470]]",
    "+ PID|1||300412^^^CL||[[PERSON:スズキ^ミホ]]||[[DATE_OF_BIRTH:20030605]]|F|||^^横浜市西区^神奈川県^[[JP_POSTAL_CODE:220-0011]]^JPN||[[PHONE_NUMBER:045-311-0921]]|||||",
    "+ PID|1||88123^^^H||[[PERSON:KONO^SAYAKA]]||[[DATE_OF_BIRTH:19691231]]|F|||天神1-1^^福岡市中央区^福岡県^[[JP_POSTAL_CODE:810-0001]]^JPN||[[PHONE_NUMBER:080-4419-2230]]",
    "- MSH|^~\\&|HIS|CLINIC|LAB|LAB|202410011230||ORU^R01|0002|P|2.5",
    "- OBX|1|NM|GLU^Glucose||104|mg/dL|70-109||||F|||20241001",
    "- ORC|NW|10045|||||^^^20241001080000",
    # 3. half-width-kana labels
    "+ ｼﾒｲ: [[PERSON:ｲﾄｳ ｼﾞｭﾝ]]  ﾕｳﾋﾞﾝ: [[JP_POSTAL_CODE:4600008]]  TEL: [[PHONE_NUMBER:0522318840]]",
    "+ ｷﾞﾝｺｳ: ﾐﾂﾋﾞｼUFJ  ｼﾃﾝ: ｼﾝｼﾞｭｸ  ｺｳｻﾞ: [[JP_BANK_ACCOUNT:3307714]]",
    "+ ﾕｳﾋﾞﾝ:[[JP_POSTAL_CODE:8120011]] ｼﾞｭｳｼｮ:ﾌｸｵｶｼ ﾊｶﾀｸ",
    "+ ｼﾒｲ:[[PERSON:ﾏﾂｲ ﾕｶ]] TEL:[[PHONE_NUMBER:09077320415]]",
    "+ ｷﾞﾝｺｳ:ﾕｳﾁｮ ｺｳｻﾞ:[[JP_BANK_ACCOUNT:12140-33058811]]",
    "+ ｺｳｻﾞ: ﾌﾂｳ [[JP_BANK_ACCOUNT:0551873]]  ﾒｲｷﾞ: [[PERSON:ﾉｸﾞﾁ ｻﾄｼ]]",
    "- ﾕｳﾋﾞﾝ: ﾄｸﾃｲｷﾛｸ  ﾂｲｾｷ ﾊﾞﾝｺﾞｳ ｱﾘ",
    "- ｺｳｻﾞ: ﾐﾄｳﾛｸ  ｷﾞﾝｺｳ: ﾐﾃｲ",
    "- ﾋﾝﾒｲ: ﾎﾞｰﾙﾍﾟﾝ  ｽｳﾘｮｳ: 1200000",
    # 4. foreign-language birth dates
    "+ 어머니는 [[DATE_OF_BIRTH:1948년 5월 11일]]생이며 현재 혼자 살고 있습니다.",
    "+ 신청인 [[PERSON:김민지]], [[DATE_OF_BIRTH:1990년 2월 3일]]생",
    "+ Saya lahir di Surabaya, tanggal lahir [[DATE_OF_BIRTH:10 Desember 1976]].",
    "+ Tanggal lahir: [[DATE_OF_BIRTH:5 Agustus 1988]]",
    "+ Tôi tên là [[PERSON:Nguyễn Văn Hùng]], sinh [[DATE_OF_BIRTH:14/07/1992]] tại Hà Nội.",
    "+ Con gái tôi sinh ngày [[DATE_OF_BIRTH:03/11/2015]].",
    "+ วันเกิด [[DATE_OF_BIRTH:12/11/2516]] สัญชาติไทย",
    "+ ชื่อ [[PERSON:สมชาย ใจดี]] วันเกิด: [[DATE_OF_BIRTH:3/4/2530]]",
    "+ जन्म मिति (वि.सं.) [[DATE_OF_BIRTH:2052/11/16]]",
    "+ नाम: [[PERSON:राम बहादुर थापा]]  जन्म मिति (वि.सं.): [[DATE_OF_BIRTH:2045/03/02]]",
    "- 회의는 2024년 5월 11일에 열립니다.",
    "- Rapat diadakan tanggal 10 Desember 2024.",
    "- Hạn nộp hồ sơ là 14/07/2024.",
    "- วันที่ประชุม 12/11/2567",
    "- मिति (वि.सं.) 2081/06/15 मा बैठक बस्यो।",
    # 5. birthday lists and partial birth dates
    "+ ひよこ組 おたんじょうび表⏎[[PERSON:はると]]くん　[[DATE_OF_BIRTH:4月12日]]⏎[[PERSON:ゆい]]ちゃん　[[DATE_OF_BIRTH:6月30日]]⏎[[PERSON:そうた]]くん　[[DATE_OF_BIRTH:9月3日]]",
    "+ おたんじょうび表（りす組）⏎・[[PERSON:こはる]]　[[DATE_OF_BIRTH:1月25日]]⏎・[[PERSON:れん]]　[[DATE_OF_BIRTH:11月8日]]",
    "+ 誕生日：[[DATE_OF_BIRTH:11月10日]]　血液型：A",
    "+ 利用者の誕生日： [[DATE_OF_BIRTH:2月14日]]",
    "+ 面談で「母は[[DATE_OF_BIRTH:3月8日]]生まれ」と話した。",
    "+ 父は[[DATE_OF_BIRTH:12月1日]]生まれで、今年で80歳になる。",
    "+ 出生届記載事項⏎子の氏名：[[PERSON:佐々木 陽葵]]⏎出生日時：[[DATE_OF_BIRTH:令和6年9月14日]]午前3時12分⏎出生場所：市立病院",
    "+ 出生日時 [[DATE_OF_BIRTH:2024年3月2日]] 14時05分　体重 3,012g",
    "+ ご本人の誕生日（[[DATE_OF_BIRTH:7月17日]]）に合わせて訪問する予定。",
    "+ 本人の誕生日（[[DATE_OF_BIRTH:10月5日]]）前に更新手続きを行う。",
    "- 行事予定表⏎運動会　10月12日⏎芋ほり　11月8日",
    "- 締切日：11月10日　提出先：総務課",
    "- 母は3月8日に来庁予定。",
    "- 受付日時：令和6年9月14日午前10時",
    "- 会議日（7月17日）に合わせて資料を準備する。",
    "- 開庁記念日（5月3日）は休館です。",
    # 6. bank accounts
    "+ 氏名\t金融機関\t記号番号⏎[[PERSON:岡本 聡]]\tゆうちょ銀行\t[[JP_BANK_ACCOUNT:102-4471820]]⏎[[PERSON:岡本 恵]]\tゆうちょ銀行\t[[JP_BANK_ACCOUNT:102-3309154]]",
    "+ No\t受給者\t金融機関\t口座番号⏎1\t[[PERSON:西田 勉]]\t静岡銀行\t[[JP_BANK_ACCOUNT:311-0928471]]",
    "+ 金融機関\t支店\t口座番号\t名義⏎しずおか信金\t本店\t[[JP_BANK_ACCOUNT:001-5532108]]\t[[PERSON:ﾆｼﾀﾞ ﾂﾄﾑ]]",
    "+ Mohon transfer ke rekening [[JP_BANK_ACCOUNT:4418203]] (Bank Mizuho) atas nama saya.",
    "+ Nomor rekening saya [[JP_BANK_ACCOUNT:1093377]] di Japan Post Bank.",
    "+ 我的银行账号是[[JP_BANK_ACCOUNT:5520914]]，三井住友银行。",
    "+ 银行账号是[[JP_BANK_ACCOUNT:0831276]]，瑞穗银行新宿支店。",
    "+ 氏名\t保険者番号\t記号番号⏎[[PERSON:岡本 聡]]\t[[JP_HEALTH_INSURANCE:06130012]]\t[[JP_HEALTH_INSURANCE:102-4471820]]",
    "- 金融機関\t件数\t金額⏎静岡銀行\t12\t311-0928",
    "- Rekening koran bulan Oktober sudah dikirim.",
    "- 我的工号是5520914，总务部。",
    # 7. passports
    "+ Passaporte brasileiro: [[JP_PASSPORT:FX482193]]",
    "+ Apresentou o passaporte brasileiro nº [[JP_PASSPORT:GA109837]].",
    "+ Presentó su pasaporte (n.º [[JP_PASSPORT:PAB482017]]) en ventanilla.",
    "+ pasaporte (n.º [[JP_PASSPORT:XDA331029]])",
    "+ Pasaporte Blg.: [[JP_PASSPORT:P4471820A]]",
    "+ Ang aking Pasaporte Blg.: [[JP_PASSPORT:P1093377B]]",
    "+ Passport No.: [[JP_PASSPORT:0931427]] (Nepal)",
    "+ Name: [[PERSON:Sita Gurung]] / Passport No.: [[JP_PASSPORT:1187350]]",
    "- Passport No.: （未提出）",
    "- Pasaporte Blg.: pakiusap isulat",
    "- pasaporte (n.º de trámite 2024-11)",
    # 8. phones
    "+ SMS受信 [[PHONE_NUMBER:08055320418]] 「認証コードは123456」",
    "+ 14:02 SMS受信 [[PHONE_NUMBER:09012230947]]",
    "+ 携帯 [[PHONE_NUMBER:080(530)6808]] まで連絡",
    "+ 連絡先：[[PHONE_NUMBER:090(4418)2207]]",
    "+ Numero ko po: [[PHONE_NUMBER:09171234567]]",
    "+ Numero ko po ay [[PHONE_NUMBER:080-3312-5590]]",
    "+ Móvil: [[PHONE_NUMBER:070-1183-2049]]",
    "+ Móvil: [[PHONE_NUMBER:+81 90 4471 2206]]",
    "+ โทร: [[PHONE_NUMBER:090-2281-3364]]",
    "+ โทร [[PHONE_NUMBER:08011294530]] (ติดต่อได้ตลอด)",
    "+ 台湾の実家 [[PHONE_NUMBER:+886 2 2718 3390]]",
    "+ 緊急連絡先 [[PHONE_NUMBER:+886-912-345-678]]",
    "+ Số điện thoại của tôi là [[PHONE_NUMBER:090-5521-0374]].",
    "+ Số điện thoại liên lạc là [[PHONE_NUMBER:08066127731]]",
    "+ 架電番号（犯人側）[[PHONE_NUMBER:080-4471-9902]]",
    "+ 架電番号（犯人側）：[[PHONE_NUMBER:03-5210-4418]]",
    "+ 連絡窓口：[[PERSON:北野]]（mail / [[PHONE_NUMBER:0465-22-1930]]）",
    "+ 連絡窓口 [[PERSON:杉山]] mail / [[PHONE_NUMBER:09022813015]]",
    "- SMS受信件数 1203 件",
    "- 品番 080(530)6808 の在庫",
    "- Numero ko po ng kaso: 2024-0112",
    "- Móvil: no tiene",
    "- 架電番号（犯人側）不明",
    "- 連絡窓口：情報政策課（mail / 内線 3301）",
    # 9. pension numbers named earlier
    "+ 電話で基礎年金番号を聞かれ、[[PERSON:長谷川]]さんが [[JP_PENSION_NUMBER:4417-820931]] を伝えてしまった。",
    "+ 不審電話で基礎年金番号を尋ねられた。⏎相談者は [[JP_PENSION_NUMBER:1093-377215]] と答えたという。",
    "+ 基礎年金番号の確認として、本人が [[JP_PENSION_NUMBER:5520 914830]] を読み上げた。",
    "+ 基礎年金番号を照会。回答 [[JP_PENSION_NUMBER:0831 276604]]",
    "+ 基礎年金番号を求められ、[[PERSON:森]]さんは [[JP_PENSION_NUMBER:3307-714120]] と回答。",
    "- 基礎年金番号の問い合わせ件数は 1203-4 件でした。",
    "- 基礎年金番号を聞かれたが、答えなかった。受付番号 2024-110231",
    # 10. digit-spaced postal codes
    "+ 郵便番号 [[JP_POSTAL_CODE:5 4 2 - 4 0 9 2]]",
    "+ 郵便番号：[[JP_POSTAL_CODE:3 3 2 - 0 0 1 5]]　住所：川口市",
    "+ 〒 [[JP_POSTAL_CODE:9 8 0 - 0 8 1 1]]",
    "- 郵便番号欄　（ 　 　 - 　 　 　 　 ）",
    "- 図 3 4 2 - 1 参照",
    # 11. false positives
    "- 品番 037-117-6226 ブラック",
    "- 品番：090-4471-2230（替刃）",
    "- 品番 0120-33-8841 を10個注文",
    "- 品番 08011294530",
    "- 品番037-221-0094 ホワイト 在庫2",
    "- 品番 045-311-0921 の在庫確認",
    "+ 児童：[[PERSON:藤井 蒼]]　生年月日：[[DATE_OF_BIRTH:平成29年4月2日]]⏎発生日時：令和6年10月3日 午後2時ごろ",
    "+ 対象児童 生年月日 [[DATE_OF_BIRTH:2018年7月21日]]⏎発生日時 2024年11月5日 16:30",
    "+ 生年月日：[[DATE_OF_BIRTH:H28.12.9]]　発生日時：R6.9.30 10:15",
    "- 事故報告書⏎発生日時：令和6年6月12日 午前10時　場所：園庭",
    "- 学校コード一覧⏎B507529170342 第一中学校⏎S366712768426 第二中学校",
    "- 施設コード：B650201462016（市立図書館）",
    "- 学校コード S251678008374 / B701687731322",
    "+ 法人番号 [[JP_CORPORATE_NUMBER:{CN}]] の事業者",
    "- 学校コード一覧（令和6年度）⏎S248611148936　北小学校",
    "- 品番：037-117-6226　担当 内線 2207",
    "+ 品番 037-117-6226 担当 [[PERSON:小松]] 携帯 [[PHONE_NUMBER:090-2217-3304]]",
)
ROWS_AM = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AM, seed=20261207, held_out=is_holdout_am, tag="ram")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
