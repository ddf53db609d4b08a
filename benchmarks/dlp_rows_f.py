"""Round F labelled rows (written 2026-12-03 night; every value and name invented).

One line per row: ``+`` positive, ``-`` negative; ``⏎`` is a line break inside the row (table and
CSV layouts: a header row naming the column, values in later rows). Slots such as ``{MN}`` are
filled by ``benchmarks/dlp_make_evalset.py`` with fake numbers whose check digits are valid.
Rows ``i % 5 in (1, 3)`` (0-based, over the whole list) form the dev-holdout
(``corpora/eval/pii_devholdout.jsonl``, not tuned on); the rest are appended to the dev set.

Weighted to the forms the blind runs missed, described generally: a label far from its value or
after it, table/CSV headers, English-mixed labels, unusual separators and full-width digits,
abbreviated-era / eight-digit birth dates and dates next to event words, phones with unusual
grouping, licence-shaped numbers that are no licences, katakana/romaji names and list layouts
with honorifics; and hard negatives (法令番号, 文書番号, amounts, event dates, case numbers,
product codes).
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

__all__ = ["ROWS_F", "is_holdout"]

ROWS_F = r"""
+ 個人番号については、本人確認書類により確認した番号 [[JP_MY_NUMBER:{MN}]] を使用する。
- 個人番号の利用目的は、令和8年1月15日付けの通知のとおりである。
+ [[JP_MY_NUMBER:{MN_H}]] は申請者本人の個人番号です。
- 122033344456 は問合せ受付の管理用の番号です。
+ 番号：[[JP_MY_NUMBER:{MN}]]（種別：個人番号）
+ My Number（個人番号）：[[JP_MY_NUMBER:{MN_S}]]
+ 個人番号　[[JP_MY_NUMBER:{MN_FWH}]]
+ 個人番号：[[JP_MY_NUMBER:{MN_DOT}]]
+ マイナンバー／[[JP_MY_NUMBER:{MN_ZS}]]
- マイナンバーカードの交付申請は令和9年3月31日まで受け付ける。
+ No.,氏名,個人番号⏎1,[[PERSON:村田 健二]],[[JP_MY_NUMBER:{MN}]]⏎2,[[PERSON:河野 真由美]],[[JP_MY_NUMBER:{MN}]]
+ 氏名\t個人番号⏎[[PERSON:内田 拓也]]\t[[JP_MY_NUMBER:{MN_H}]]
- 文書番号,件名⏎総企第0412-118号,個人番号の取扱いについて
+ 法人番号は登記簿とあわせて確認し、[[JP_CORPORATE_NUMBER:{CN}]] と記載した。
+ [[JP_CORPORATE_NUMBER:{CN}]]（法人番号）　株式会社ひので工業
+ Corporate No. [[JP_CORPORATE_NUMBER:{CN_H}]]
+ 事業者名,法人番号,所在地⏎有限会社あおば,[[JP_CORPORATE_NUMBER:{CN}]],長野市
- JANコード 4901234567894 の商品を返品した。
- 商品コード,数量,単価⏎4512345678901,12,1980
+ 〒[[JP_POSTAL_CODE:１５０ー０００２]] [[JP_ADDRESS:東京都渋谷区渋谷二丁目3番4号]]
+ 郵便番号　[[JP_POSTAL_CODE:460−0008]]
+ 〒[[JP_POSTAL_CODE:812‐0011]] [[JP_ADDRESS:福岡県福岡市博多区博多駅前1-2-3]]
+ [[JP_POSTAL_CODE:330-0063]] は申請者の現住所の郵便番号です。
+ 郵便番号,住所⏎[[JP_POSTAL_CODE:980-0811]],[[JP_ADDRESS:宮城県仙台市青葉区一番町4-5-6]]
+ 氏名｜郵便番号｜住所⏎[[PERSON:小池 恵]]｜[[JP_POSTAL_CODE:420-0853]]｜[[JP_ADDRESS:静岡県静岡市葵区追手町9-6]]
+ Postal Code 〒[[JP_POSTAL_CODE:063-0812]]
+ 〒[[JP_POSTAL_CODE:7000024]] [[JP_ADDRESS:岡山県岡山市北区駅元町1-4]]
+ 〒 [[JP_POSTAL_CODE:９００－００１５]]　[[JP_ADDRESS:沖縄県那覇市久茂地1-2-20]]
- 品番 150-0002 の部品を30個発注した。
- 規格番号 420-0853 に適合する。
- 文書番号 330-0063 の回答書を送付した。
+ 電話 [[PHONE_NUMBER:03‐5412‐7789]]
+ TEL [[PHONE_NUMBER:０４５（６７１）２２３３]]
+ 携帯 [[PHONE_NUMBER:０９０ー４４１２ー９０８７]]
+ Tel（携帯）：[[PHONE_NUMBER:080 3321 6654]]
+ Mobile: [[PHONE_NUMBER:+81-90-5521-3380]]
+ 連絡先 [[PHONE_NUMBER:+81 6 6312 4455]]
+ 電話番号 [[PHONE_NUMBER:0466 23 4571]]
+ 自宅 [[PHONE_NUMBER:(0466)23-4571]]　勤務先 [[PHONE_NUMBER:03 (5555) 1234]]
+ TEL.[[PHONE_NUMBER:0312345678]]
+ 問合せ先：市民課 [[PHONE_NUMBER:0570-012-345]]
+ [[PHONE_NUMBER:06-6941-0351]]（代表）までお電話ください。
+ 氏名,電話番号⏎[[PERSON:前田 理沙]],[[PHONE_NUMBER:092-711-4020]]
+ 担当｜[[PERSON:辻 和也]]｜内線なし｜[[PHONE_NUMBER:0859-22-8817]]
+ 緊急連絡先：妻 [[PHONE_NUMBER:090.1185.4420]]
- 事件番号 令和7年（ワ）第1234号
- 令和6年（行ウ）第15号事件の口頭弁論期日は令和8年2月10日である。
- 金額 3,123,456千円（前年度比 12.3%増）
- 規則第03-12-45号により改正した。
- 資料番号 0120-45-6789 を参照のこと。
- 電話相談は平日9時から17時まで（内線2210）。
+ 運転免許証：第[[JP_DRIVER_LICENSE:304512678901]]号
+ 免許証の番号は[[JP_DRIVER_LICENSE:４５２２０８１１３４６０]]です。
+ Driver's License No. [[JP_DRIVER_LICENSE:62 1903 5548 20]]
+ 運転免許証番号⏎[[JP_DRIVER_LICENSE:5510-2234-8861]]
+ 氏名,運転免許証番号⏎[[PERSON:松井 亮]],[[JP_DRIVER_LICENSE:301577204412]]
+ [[JP_DRIVER_LICENSE:441803992150]] は本人の運転免許証の番号である。
- 注文番号 123456789012 の商品を発送した。
- お客様番号 301234567890 について、運転免許証での本人確認を行った。
- 免許証の更新手続は令和8年5月12日までに行うこと。
- 宅地建物取引業者免許番号 東京都知事（3）第102345号
- 医師免許 登録番号第456789号
- 受付番号：4401-2345-6789（免許証の写し添付）
- 証券番号 204512347788 の保険契約（運転者限定あり）
- 供給地点特定番号 0300123456789012345600 の電気料金
- 管理番号 2026 0001 0023 を付した免許関係書類
+ 旅券番号は査証欄ではなく身分事項頁に記載された [[JP_PASSPORT:TR4418230]] です。
+ Passport No: [[JP_PASSPORT:MZ 7720154]]
+ [[JP_PASSPORT:ＴＫ２２０５８８１]]（旅券）
+ 氏名,国籍,旅券番号⏎[[PERSON:Nguyen Thi Lan]],ベトナム,[[JP_PASSPORT:C4481029]]
- 型式番号 TK2205881 の機器を設置した。
+ 在留カード番号は [[JP_RESIDENCE_CARD:EH48291037KA]] です（表面右上）。
+ Residence card no.: [[JP_RESIDENCE_CARD:UX 2210 4587 GT]]
+ 在留カード　[[JP_RESIDENCE_CARD:ＲＰ５５１０２９３３ＷＭ]]
+ 氏名,在留カード番号⏎[[PERSON:Park Minjun]],[[JP_RESIDENCE_CARD:KL73920418AB]]
- 部品番号 AB12345678CD の在庫を確認した。
+ 基礎年金番号通知書に記載された番号（[[JP_PENSION_NUMBER:2460-118375]]）
+ Pension No. [[JP_PENSION_NUMBER:7012 445891]]
+ 基礎年金番号　[[JP_PENSION_NUMBER:３１０５２２８４７６]]
+ 氏名,基礎年金番号⏎[[PERSON:大西 典子]],[[JP_PENSION_NUMBER:5127-004318]]
- 年金額 1,234,567円（令和8年度）
- 厚生年金保険法（昭和二十九年法律第百十五号）第四十三条
+ 保険証の記号は[[JP_HEALTH_INSURANCE:2041]]、番号は[[JP_HEALTH_INSURANCE:88]]です。
+ Health insurance card: 記号 [[JP_HEALTH_INSURANCE:1107]] 番号 [[JP_HEALTH_INSURANCE:2345]]
+ 被保険者番号 [[JP_HEALTH_INSURANCE:０１２３４５６７]]（後期高齢者医療）
+ 記号,番号,氏名⏎[[JP_HEALTH_INSURANCE:3301]],[[JP_HEALTH_INSURANCE:17]],[[PERSON:松尾 千秋]]
- 記号及び番号の記載方法は、別表第二のとおりとする。
+ 振込先：さくら銀行 中央支店 普通預金 [[JP_BANK_ACCOUNT:4412087]]
+ 口座番号は、通帳の表紙裏に記載の [[JP_BANK_ACCOUNT:0933214]] です。
+ Bank A/C No. [[JP_BANK_ACCOUNT:5520198]]
+ 金融機関,支店,種別,口座番号⏎みどり信用金庫,本店,普通,[[JP_BANK_ACCOUNT:1023384]]
- 振込金額 4,412,087円を令和8年4月30日に支払った。
- 口座振替日は毎月27日です。
+ カード番号：[[CREDIT_CARD:{CARD_FW}]]
+ Card No. [[CREDIT_CARD:{CARD_S}]]（VISA）
+ 決済に使用したカード（[[CREDIT_CARD:{CARD_H}]]）を停止した。
- 契約番号 4000-1234-5678-9010 の更新案内
+ 連絡は [[EMAIL_ADDRESS:m.kojima@example.jp]] まで。
+ E-mail：[[EMAIL_ADDRESS:ｓｈｉｎｓｅｉ＠ｅｘａｍｐｌｅ．ｌｇ．ｊｐ]]
+ 氏名,メール⏎[[PERSON:岩田 葵]],[[EMAIL_ADDRESS:aoi.iwata@example.ne.jp]]
+ 生年月日 [[DATE_OF_BIRTH:S55.10.3]]
+ 生年月日：[[DATE_OF_BIRTH:H3/2/14]]
+ [[DATE_OF_BIRTH:R2.5.1]]生
+ [[DATE_OF_BIRTH:昭55・10・3]]生
+ 生年月日　[[DATE_OF_BIRTH:昭和五十五年十月三日]]
+ [[PERSON:石川 翼]]（[[DATE_OF_BIRTH:平成十二年一月二十日]]生）
+ 生年月日[[DATE_OF_BIRTH:19850623]]
+ DOB [[DATE_OF_BIRTH:20010917]]
+ 生年月日：[[DATE_OF_BIRTH:１９９２０３０５]]
+ Date of Birth（生年月日）：[[DATE_OF_BIRTH:平成2年3月4日]]
+ DOB: [[DATE_OF_BIRTH:12.03.1990]]
+ 令和7年1月10日受付　本人生年月日 [[DATE_OF_BIRTH:平成元年8月8日]]
+ 生年月日（西暦）[[DATE_OF_BIRTH:1975年11月30日]]
+ （[[DATE_OF_BIRTH:昭和49年7月7日]]生、52歳）
+ [[DATE_OF_BIRTH:H1.1.8]]生まれ
+ 氏名,生年月日,電話番号⏎[[PERSON:田中 一郎]],[[DATE_OF_BIRTH:1978/04/12]],[[PHONE_NUMBER:045-321-7788]]
+ Name,DOB,Phone⏎[[PERSON:Sato Kenji]],[[DATE_OF_BIRTH:1985-07-03]],[[PHONE_NUMBER:03-5555-0123]]
+ 氏名｜生年月日｜性別⏎[[PERSON:中川 結衣]]｜[[DATE_OF_BIRTH:H14.6.21]]｜女
+ 入庁日 平成30年4月1日、生年月日 [[DATE_OF_BIRTH:平成7年9月15日]]
+ 生年月日は[[DATE_OF_BIRTH:昭和６３年２月２９日]]、届出日は令和8年1月5日である。
- 生年月日の記入漏れについて、令和7年1月10日に本人へ照会した。
- 誕生日会は12月5日に開催します。
- 生誕百年記念式典（令和8年3月1日）を挙行した。
- 創立記念日：昭和48年4月1日
- 設立年月日 2001年6月1日
- 入庁年月日 平成20年4月1日
- 施行日 20260401
- 受付日,件名⏎2026/11/05,住民票の写しの交付請求
- 出生届の受理件数は令和7年度に412件であった。
- 令和7年度 生年月日別 受診者数 集計表（令和8年3月31日現在）
- 有効期限 2029.10.03
- 交付年月日 H30.4.1
- 昭和五十五年十月三日法律第八十八号
+ 出席者：[[PERSON:タナカ ハナコ]]様、[[PERSON:スズキ イチロウ]]様
+ 宛先：[[PERSON:YAMADA Taro]] 様
+ 担当：[[PERSON:Kenji SATO]]
+ ・[[PERSON:山本]]様⏎・[[PERSON:小川]]様⏎・Ms. [[PERSON:Emily Clark]]
+ 参加者一覧⏎1. [[PERSON:高橋 美咲]] さん⏎2. [[PERSON:石田 陽向]] さん
+ CC: [[PERSON:中島]]課長、[[PERSON:森田]]係長
+ フリガナ：[[PERSON:ヤマモト ユウキ]]
+ 氏名（ローマ字）：[[PERSON:NAKAMURA HARUTO]]
+ 受診者：[[PERSON:ファン・ティ・ラン]]様
+ Applicant: [[PERSON:Maria Santos]]
+ 連絡者 [[PERSON:鈴木]]先生
+ 氏名,フリガナ⏎[[PERSON:西村 大輔]],[[PERSON:ニシムラ ダイスケ]]
+ 申請者 [[PERSON:Lee Seo-yeon]] 様（韓国籍）
+ 回覧：[[PERSON:佐々木]]、[[PERSON:平田]]、[[PERSON:吉村]]
+ 面談者：[[PERSON:アンドレ・シルバ]]さん（通訳同席）
+ 主治医 [[PERSON:上野 聡]] 医師
+ 【出席】[[PERSON:荒木]]委員長、[[PERSON:杉本]]委員、[[PERSON:福田]]委員
+ Dear Ms. [[PERSON:Tanaka]],
- ご担当者様
- カスタマーサポート様
- 各位
- サクラ電機株式会社 御中
- 総務課 御中
- 利用者の皆様へ
- 出席者：総務部長、財務課長、企画係長
- Dear Sir or Madam,
- 担当：情報政策課 システム係
- 宛先：アオバ・ソリューションズ株式会社 様
+ 住所：[[JP_ADDRESS:北海道旭川市7条通9丁目48番地]]
+ Address: [[JP_ADDRESS:2-3-4 Minami-Aoyama, Minato-ku, Tokyo]]
+ 氏名,住所⏎[[PERSON:坂本 剛]],[[JP_ADDRESS:兵庫県神戸市中央区加納町6-5-1]]
+ [[JP_ADDRESS:広島県広島市中区基町10-52]] 在住の[[PERSON:堀 奈々]]さん
- 会場：広島市中区基町10-52 市民会館
- 平成三十年法律第七十一号
- 令和8年総務省令第12号
- 告示第345号（令和7年11月1日）
- 発行番号：2026-0417-3391
- 請求金額 1,234,567,890円
- 受付番号 A2026-11-0058
- 契約書番号 第20261203-01号
- 図番 DWG-4512-0033-R2
+ 本人確認書類：運転免許証（[[JP_DRIVER_LICENSE:2208 4417 3390]]）、個人番号カード（[[JP_MY_NUMBER:{MN_H}]]）
+ 申請者 [[PERSON:井上 遥]]　[[DATE_OF_BIRTH:平成9年11月2日]]生　[[PHONE_NUMBER:090-6612-0038]]
+ 世帯員⏎[[PERSON:岡本 一樹]]（世帯主）[[DATE_OF_BIRTH:S48.3.9]]⏎[[PERSON:岡本 由美]]（妻）[[DATE_OF_BIRTH:S50.12.1]]
+ 緊急連絡先　母　[[PERSON:中野 久美子]]　[[PHONE_NUMBER:0568-31-4402]]
+ 【本人】[[PERSON:菅原 悠斗]]　〒[[JP_POSTAL_CODE:010-0951]]　[[JP_ADDRESS:秋田県秋田市山王4-1-1]]
+ 被保険者：[[PERSON:野村 修一]]、基礎年金番号 [[JP_PENSION_NUMBER:4201-330912]]、電話 [[PHONE_NUMBER:011-231-4550]]
- 令和8年度第2回審議会（令和8年7月14日開催）議事録
- 資料3 交付件数（平成30年度〜令和6年度）
- 定員 120名、申込期限 2026年12月20日
- 法人税法施行令第百三十三条の二第一項
- 第12345678号 認可書
- 番号 1234 5678 9012 は見本の番号です。
"""


def is_holdout(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): 40 % of the batch, spread over every topic."""
    return index % 5 in (1, 3)
