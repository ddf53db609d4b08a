"""Round M labelled rows (written 2026-12-04, before any rule change; every value invented).

Same format as ``dlp_rows_f.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break inside the row, ``\\t`` a tab. Rows ``i % 3 == 1`` (0-based, a third of the batch) form
``corpora/eval/pii_devholdout_rm.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rm.jsonl``.

The six types short on the round-6 blind sets (driver licence, health insurance, bank account,
postal code, phone, date of birth) in the layouts civil servants paste: OCR lines with a space
between every digit, values wrapped onto the next line, dates under other-date labels with 生年月日
in an aside, negated specimen words, CSV/TSV/｜-tables, key: value lines, label lines above
values, English/Japanese mixed, chat, e-mail signatures, 全角 digits, unusual grouping, the label
in brackets after the value, several values on one line; and hard negatives of the same shapes.

    python benchmarks/dlp_rows_m.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

from pathlib import Path

__all__ = ["ROWS_M", "ROWS_M2", "is_holdout_m"]


def is_holdout_m(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): a third of the batch, spread over every topic."""
    return index % 3 == 1


ROWS_M = r"""
+ 電話番号⏎[[PHONE_NUMBER:0 3 - 5 8 2 1 - 4 4 7 0]]
+ 運転免許証番号　[[JP_DRIVER_LICENSE:4 4 1 2 0 3 5 6 7 8 9 1]]
+ 口座番号：[[JP_BANK_ACCOUNT:3 0 1 7 7 2 4]]
+ 携帯 [[PHONE_NUMBER:0 9 0 - 3 3 1 2 - 8 8 0 4]]
+ 被保険者番号　[[JP_HEALTH_INSURANCE:1 2 0 4 5 5 6 7]]
+ 郵便番号 [[JP_POSTAL_CODE:1 6 0 - 0 0 2 3]]
+ 免許証の番号⏎[[JP_DRIVER_LICENSE:6 2 1 9 0 4 4 7 1 8 2 3]]
+ ＴＥＬ　[[PHONE_NUMBER:０ ４ ５ － ６ ７ １ － ２ ２ ３ ０]]
+ 保険証　記号 [[JP_HEALTH_INSURANCE:7 7 0 3]]　番号 [[JP_HEALTH_INSURANCE:1 5]]
+ 生年月日　[[DATE_OF_BIRTH:1 9 8 2 年 5 月 1 4 日]]
+ 〒 [[JP_POSTAL_CODE:9 8 0 - 8 5 7 0]]
+ 口座番号⏎[[JP_BANK_ACCOUNT:0 4 5 5 1 2 8]]
- 免許取得日 2015年6月3日（生年月日は記載なし）
- 交付日：令和5年4月10日　※生年月日欄は空欄のまま
- 資格取得日 平成28年4月1日（生年月日の記入は不要です）
- 入庁日 2010/04/01（誕生日ではありません）
- 有効期限 2029年08月21日まで（生年月日ではない）
- 申請日：令和6年11月5日（生年月日の欄は別紙）
- 更新日 2024-03-18 ※誕生日の前後1か月で更新
- 登録日　昭和62年9月30日（注：生年月日ではなく登録日です）
+ 運転免許証番号：⏎[[JP_DRIVER_LICENSE:5301 2244 8907]]
+ 運転免許証番号：[[JP_DRIVER_LICENSE:5301⏎2244 8908]]
+ 振込先口座番号：普通 [[JP_BANK_ACCOUNT:12345⏎67]]
+ 電話：[[PHONE_NUMBER:03-5521-⏎4478]]
+ 保険者番号 [[JP_HEALTH_INSURANCE:0613⏎9012]]
+ 連絡先電話番号⏎（日中つながる番号）⏎[[PHONE_NUMBER:080-4471-2093]]
+ 郵便番号：[[JP_POSTAL_CODE:530-⏎0001]]
+ 生年月日：[[DATE_OF_BIRTH:昭和58年⏎3月2日]]
+ 被保険者証の記号：⏎[[JP_HEALTH_INSURANCE:3321]]　番号：⏎[[JP_HEALTH_INSURANCE:48]]
+ 保険証の写し（見本ではありません）記号 [[JP_HEALTH_INSURANCE:2201]] 番号 [[JP_HEALTH_INSURANCE:34]]
+ これはサンプルではない実データです：被保険者番号 [[JP_HEALTH_INSURANCE:00412378]]
+ 記載例ではなく本人の保険証です。記号[[JP_HEALTH_INSURANCE:5518]]、番号[[JP_HEALTH_INSURANCE:207]]
+ 国保の資格確認書（様式見本とは別物）保険者番号 [[JP_HEALTH_INSURANCE:138222]]
- 記載例（見本）：記号 1234 番号 56
- 保険証の見本：記号 0000 番号 00（この値は記入例です）
+ No,免許証番号,交付公安委員会⏎1,[[JP_DRIVER_LICENSE:441203567892]],愛知県⏎2,[[JP_DRIVER_LICENSE:301188450217]],東京都
+ ｜区分｜番号｜備考｜⏎｜運転免許証｜[[JP_DRIVER_LICENSE:623190457814]]｜原本確認｜
+ DL number: [[JP_DRIVER_LICENSE:551907334219]]
+ 免許証の番号⏎第 [[JP_DRIVER_LICENSE:623190457815]] 号
+ driver's license (menkyo) #[[JP_DRIVER_LICENSE:440398127766]]
+ 免許の番号送ります→ [[JP_DRIVER_LICENSE:530122448902]]
+ 運転免許証番号：[[JP_DRIVER_LICENSE:５３０１２２４４８９０３]]
+ 免許証 No. [[JP_DRIVER_LICENSE:53-01-224489-04]]
+ [[JP_DRIVER_LICENSE:530122448905]]（運転免許証）
+ 免許証番号 [[JP_DRIVER_LICENSE:301234567893]]、電話 [[PHONE_NUMBER:092-711-4120]]
+ 本人確認：運転免許証　番号は [[JP_DRIVER_LICENSE:3012 345 67894]] で照合済み
+ 運転経歴証明書を提示。証明書番号 [[JP_DRIVER_LICENSE:622004118936]]
+ 免許証番号\t有効期限⏎[[JP_DRIVER_LICENSE:441203567890]]\t2027/05/14
+ 免許：[[JP_DRIVER_LICENSE:6219 0447 1824]]（普通・中型）
+ menkyo bango: [[JP_DRIVER_LICENSE:501177228833]]
+ 免許証番号　　[[JP_DRIVER_LICENSE:3 0 1 2 - 3 4 5 6 - 7 8 9 5]]
+ 確認書類　運転免許証⏎No.　[[JP_DRIVER_LICENSE:551907334220]]
+ 免許証の番号 下4桁ではなく全部お願いします。[[JP_DRIVER_LICENSE:440398127767]] です
- 免許更新手続の受付番号：5301-2244-8901
- 運転免許の保有者数は 623190457 人（令和5年末）
- 道路交通法第九十三条第一項第三号の規定による免許証の記載事項
- 免許証の有効期限は誕生日から1か月後の2027年6月14日です
+ 保険者番号\t記号\t番号⏎[[JP_HEALTH_INSURANCE:06271147]]\t[[JP_HEALTH_INSURANCE:4402]]\t[[JP_HEALTH_INSURANCE:118]]
+ ｜保険者番号｜記号｜番号｜枝番｜⏎｜[[JP_HEALTH_INSURANCE:39132015]]｜[[JP_HEALTH_INSURANCE:杉12]]｜[[JP_HEALTH_INSURANCE:3456]]｜[[JP_HEALTH_INSURANCE:01]]｜
+ 保険証 記号: [[JP_HEALTH_INSURANCE:8010]] / 番号: [[JP_HEALTH_INSURANCE:92]]
+ 被保険者証⏎記号　番号⏎[[JP_HEALTH_INSURANCE:3018]]　[[JP_HEALTH_INSURANCE:77]]
+ Health insurance: insurer [[JP_HEALTH_INSURANCE:01130012]], symbol [[JP_HEALTH_INSURANCE:2104]], no. [[JP_HEALTH_INSURANCE:51]]
+ 保険証の記号は[[JP_HEALTH_INSURANCE:4471]]です。番号は[[JP_HEALTH_INSURANCE:309]]です。
+ 被保険者番号：[[JP_HEALTH_INSURANCE:０１２３４５６７]]
+ 被保険者番号 [[JP_HEALTH_INSURANCE:0012-3456-78]]
+ [[JP_HEALTH_INSURANCE:5521]]（記号）[[JP_HEALTH_INSURANCE:66]]（番号）／協会けんぽ
+ 介護保険被保険者番号 [[JP_HEALTH_INSURANCE:0001234568]]、電話 [[PHONE_NUMBER:03-3581-2211]]
+ 後期高齢者医療被保険者証⏎被保険者番号⏎[[JP_HEALTH_INSURANCE:12345678]]
+ 国民健康保険　記号[[JP_HEALTH_INSURANCE:練41]]　番号[[JP_HEALTH_INSURANCE:2207]]　枝番[[JP_HEALTH_INSURANCE:00]]
+ 保険証の保険者番号は[[JP_HEALTH_INSURANCE:06139013]]、記号は[[JP_HEALTH_INSURANCE:1100]]、番号は[[JP_HEALTH_INSURANCE:23]]です
+ 保険者番号,被保険者番号,資格取得日⏎[[JP_HEALTH_INSURANCE:138065]],[[JP_HEALTH_INSURANCE:00098712]],2019/04/01
+ 組合員証の記号 [[JP_HEALTH_INSURANCE:本2]] 番号 [[JP_HEALTH_INSURANCE:1047]] で照会
+ 健保の記号番号: [[JP_HEALTH_INSURANCE:2201]] - [[JP_HEALTH_INSURANCE:35]]
+ 資格確認書　保険者番号 [[JP_HEALTH_INSURANCE:3 9 1 3 2 0 1 5]]
- 保険料 12,345円（記号なし）
- 健康保険法第三条第二項に規定する被保険者
- 保険証の交付件数 1234件、再交付 56件
- 被保険者数 1,204,556人（令和6年3月末）
- 保険証の記号・番号欄の書き方（記入例を参照）
- 雇用保険被保険者番号 1234-567890-1
+ 振込先：〇〇銀行 △△支店 普通 [[JP_BANK_ACCOUNT:1234568]]
+ 金融機関,支店,種別,口座番号⏎〇〇銀行,本店営業部,普通,[[JP_BANK_ACCOUNT:2345671]]
+ 口座 No. [[JP_BANK_ACCOUNT:7712034]]
+ Bank account number: [[JP_BANK_ACCOUNT:4401298]]
+ 口座番号（7桁）⏎[[JP_BANK_ACCOUNT:5530127]]
+ 普通預金　口座番号　[[JP_BANK_ACCOUNT:０１２３４５６]]
+ [[JP_BANK_ACCOUNT:6620185]]（普通口座）
+ 口座番号：[[JP_BANK_ACCOUNT:123 4567]]
+ ゆうちょ銀行　記号 [[JP_BANK_ACCOUNT:14010]]　番号 [[JP_BANK_ACCOUNT:12345671]]
+ ｜銀行｜支店｜口座番号｜⏎｜〇〇信用金庫｜駅前支店｜[[JP_BANK_ACCOUNT:0067123]]｜
+ 振込口座：当座[[JP_BANK_ACCOUNT:0098765]]
+ 口座番号\t口座名義⏎[[JP_BANK_ACCOUNT:3301928]]\tｶ)ｻﾝﾌﾟﾙｼｮｳｼﾞ
+ 還付金の振込先は△△銀行の普通口座、番号は[[JP_BANK_ACCOUNT:7004412]]です。
+ acct: [[JP_BANK_ACCOUNT:8812034]]（〇〇銀行 本店）
+ 口座番号 [[JP_BANK_ACCOUNT:55-30128]]
+ 受取口座⏎普通⏎[[JP_BANK_ACCOUNT:4420917]]
- 口座振替の件数 1234567件
- 口座数は全国で 2,345,678 口座
- 管理番号 1234567（口座振替依頼書）
- 銀行コード 0001、支店コード 123
- 振込手数料 1,234,567円の内訳
+ 郵便番号,住所⏎[[JP_POSTAL_CODE:160-0023]],[[JP_ADDRESS:東京都新宿区西新宿2-8-1]]
+ 〒[[JP_POSTAL_CODE:１６０－００２３]]
+ ZIP [[JP_POSTAL_CODE:1600023]]
+ 郵便番号⏎[[JP_POSTAL_CODE:160 0023]]
+ [[JP_POSTAL_CODE:530-0001]]（郵便番号）
+ Postcode: [[JP_POSTAL_CODE:900-8570]]
+ 〒 [[JP_POSTAL_CODE:０６０-８５８８]]
+ yubin: [[JP_POSTAL_CODE:730-8586]]
+ 郵便番号\t電話⏎[[JP_POSTAL_CODE:812-8577]]\t[[PHONE_NUMBER:092-651-1111]]
+ ｜郵便番号｜[[JP_POSTAL_CODE:460-8508]]｜
+ 送付先の郵便番号は [[JP_POSTAL_CODE:650-8567]] です（住所は後ほど）
+ 郵便番号：[[JP_POSTAL_CODE:100 8914]]
+ 〒：[[JP_POSTAL_CODE:8908577]]
+ 郵便番号と電話番号：[[JP_POSTAL_CODE:939-8202]]、[[PHONE_NUMBER:076-421-3301]]
- 郵便番号の7桁化は1998年に実施
- 注文番号 160-0023 の商品
- 規格 JIS X 0208-1997 に準拠
- 郵便番号 100-0000〜100-9999 は千代田区
+ TEL：[[PHONE_NUMBER:03-5253-4111]]（代表）　内線 3456
+ ―――――⏎総務部 総務課⏎Tel. [[PHONE_NUMBER:+81-3-5253-4112]]⏎Mail: [[EMAIL_ADDRESS:soumu@example.lg.jp]]
+ 電話 [[PHONE_NUMBER:(03)5253-4113]]
+ ℡ [[PHONE_NUMBER:0120-123-456]]
+ 携帯：[[PHONE_NUMBER:090.1234.5678]]
+ 連絡先 [[PHONE_NUMBER:０９０－１２３４－５６７９]]
+ [[PHONE_NUMBER:080 1234 5678]]（携帯）
+ 緊急連絡先⏎[[PHONE_NUMBER:0467-22-3311]]
+ 電話番号,メール⏎[[PHONE_NUMBER:06-6941-0351]],[[EMAIL_ADDRESS:info@example.jp]]
+ 電話：[[PHONE_NUMBER:0312-34-5678]]
+ 折り返しは [[PHONE_NUMBER:03-52534114]] までお願いします
+ FAX [[PHONE_NUMBER:03-5253-4115]]／TEL [[PHONE_NUMBER:03-5253-4116]]
+ 自宅 [[PHONE_NUMBER:042 123 4567]]
+ Phone: [[PHONE_NUMBER:0 8 0 1 2 3 4 5 6 7 8]]
+ 今日中に [[PHONE_NUMBER:070-2288-4410]] に電話ください
+ ｜連絡先｜[[PHONE_NUMBER:011-231-4111]]｜
- 内線 4471 へ転送
- 資料番号 090-1234-5678 を参照
- 受付件数 0312345678 件
- 令和6年度予算 03-5253 千円
+ 生年月日：[[DATE_OF_BIRTH:昭和58年3月2日]]
+ 生年月日⏎[[DATE_OF_BIRTH:1983/03/02]]
+ DOB: [[DATE_OF_BIRTH:02/03/1983]]
+ 誕生日は[[DATE_OF_BIRTH:1990年12月24日]]です
+ [[DATE_OF_BIRTH:H2.12.24]]生
+ [[DATE_OF_BIRTH:平成2年12月24日]]（生年月日）
+ 生年月日 [[DATE_OF_BIRTH:１９９０年１２月２４日]]
+ Birth date: [[DATE_OF_BIRTH:24 Dec 1990]]
+ 年齢・生年月日：34歳（[[DATE_OF_BIRTH:1990年4月5日]]生）
+ 生年月日,性別⏎[[DATE_OF_BIRTH:1975-11-30]],男
+ ｜生年月日｜[[DATE_OF_BIRTH:S50.11.30]]｜
+ 生年月日：[[DATE_OF_BIRTH:昭和50年 11月 30日]]
+ 生年月日　[[DATE_OF_BIRTH:平成 9 年 2 月 8 日]]
+ 生まれ：[[DATE_OF_BIRTH:令和2年7月7日]]
+ date of birth [[DATE_OF_BIRTH:1988-07-07]]
+ 誕生日→ [[DATE_OF_BIRTH:2001/9/30]]
+ 生年月日（西暦）⏎[[DATE_OF_BIRTH:19850401]]
+ 免許取得日 2015年6月3日、生年月日 [[DATE_OF_BIRTH:1995年1月20日]]
+ 交付日 令和5年4月10日／生年月日 [[DATE_OF_BIRTH:平成7年1月20日]]
- 次回面談日：令和7年1月15日（誕生日の翌日）
- 生年月日の記入欄は令和6年4月1日から任意になりました
- 1990年12月24日に開催された会議
- 施行日 令和6年4月1日
+ 運転免許証　[[JP_DRIVER_LICENSE:301234567896]]　生年月日 [[DATE_OF_BIRTH:昭和60年4月1日]]
+ 保険証 記号 [[JP_HEALTH_INSURANCE:4471]] 番号 [[JP_HEALTH_INSURANCE:12]]／口座 普通 [[JP_BANK_ACCOUNT:1122334]]
+ 〒[[JP_POSTAL_CODE:060-8611]] TEL [[PHONE_NUMBER:011-231-4112]]
+ 申請者情報⏎生年月日⏎[[DATE_OF_BIRTH:昭和45年10月1日]]⏎電話⏎[[PHONE_NUMBER:048-824-2111]]
+ 【連絡先】郵便番号 [[JP_POSTAL_CODE:330-9301]]／電話 [[PHONE_NUMBER:048-824-2112]]
+ 免許No [[JP_DRIVER_LICENSE:441203567893]] / DOB [[DATE_OF_BIRTH:1979-02-11]] / Tel [[PHONE_NUMBER:052-961-2111]]
+ 口座番号と電話番号：[[JP_BANK_ACCOUNT:6611234]]、[[PHONE_NUMBER:03-3501-1511]]
+ 免許証番号⏎[[JP_DRIVER_LICENSE:5519 0733 4221]]⏎有効期限⏎2028年3月1日
+ ﾒﾝｷｮ番号 [[JP_DRIVER_LICENSE:622004118937]]
+ 口座（ゆうちょ）[[JP_BANK_ACCOUNT:10180-12345681]]
+ 被保険者証　記号［[[JP_HEALTH_INSURANCE:3301]]］番号［[[JP_HEALTH_INSURANCE:21]]］
+ 保険証 No.[[JP_HEALTH_INSURANCE:00412379]]
+ お客様番号ではなく口座番号（[[JP_BANK_ACCOUNT:3344556]]）を記入
+ 口座番号: [[JP_BANK_ACCOUNT:0 0 1 2 3 4 5]]
- 番号 530122448906 は部品の型番です
- 文書番号 総第1234号（令和6年4月1日付）
- 事業所番号 1301-234567-8
- ISBN 978-4-12-345678-9
- 版数 1.2.3 / 改訂 2024-05-01
- 平成2年生まれの職員数 12人
- 記号 A の区分、番号 3 の欄
- 第12345号議案
- 電話相談は 9時から17時まで
- 研修日 2024年7月7日（七夕）
- 会議室 301、定員 1234567 名ではなく 12 名
- 予約番号 0120-0000-11 は使えません
- 統計表 表3-12-5
- 地番 123-4567
- 保険料率 10.00％（令和6年3月分から）
- 口座振替日 毎月27日
- 郵便物 1,600,023 通
- 運転免許の取得は 18 歳から
- 年金の支給額 1,234,567円（令和6年度）
"""

#: a second batch (written after the first rule changes, before any further one; same protocol)
ROWS_M2 = r"""
+ 【申請者】⏎郵便番号　　電話番号⏎[[JP_POSTAL_CODE:812-8577]]　　[[PHONE_NUMBER:092-643-3111]]
+ 口座情報⏎銀行名：〇〇銀行　支店名：中央支店⏎種別：普通　番号：[[JP_BANK_ACCOUNT:3381205]]
+ 免No [[JP_DRIVER_LICENSE:301288450271]]
+ 受取口座 〇〇銀行 駅前支店 普通預金 [[JP_BANK_ACCOUNT:0 7 7 1 2 3 4]]
+ 〇〇市役所 福祉課⏎〒[[JP_POSTAL_CODE:420-8601]] [[JP_ADDRESS:静岡県静岡市葵区追手町5-1]]⏎TEL [[PHONE_NUMBER:054-221-1111]] / FAX [[PHONE_NUMBER:054-221-1112]]
+ 【チャット】担当A: 保険証の記号と番号を教えてください⏎申請者: [[JP_HEALTH_INSURANCE:1204]]の[[JP_HEALTH_INSURANCE:38]]です
+ user_dob=[[DATE_OF_BIRTH:1975-11-30]]&tel=[[PHONE_NUMBER:0312345678]]
+ 生年月日 [[DATE_OF_BIRTH:昭和５０年１１月３０日]]生
+ 生年月日：[[DATE_OF_BIRTH:1975年（昭和50年）11月30日]]
+ 生年月日　[[DATE_OF_BIRTH:平成十年三月五日]]
+ DOB [[DATE_OF_BIRTH:1975/11/30]] (49)
+ 生年月日 [[DATE_OF_BIRTH:2000.1.5]]
+ 氏名カナ,生年月日,電話⏎[[PERSON:ヤマダ タロウ]],[[DATE_OF_BIRTH:S50/11/30]],[[PHONE_NUMBER:090-1111-2222]]
+ 携帯電話番号（本人）⏎[[PHONE_NUMBER:090 - 4455 - 6677]]
+ 連絡先（日中）：[[PHONE_NUMBER:03‐5800‐1234]]
+ TEL/FAX：[[PHONE_NUMBER:0566-77-1234]]
+ [[PHONE_NUMBER:0120-987-654]]（フリーダイヤル）
+ 電話番号 [[PHONE_NUMBER:03 5253 4117]]
+ Tel：[[PHONE_NUMBER:+81 90 1234 5678]]
+ ご連絡は携帯（[[PHONE_NUMBER:08012345678]]）へ
+ 郵便番号　[[JP_POSTAL_CODE:１６０　００２３]]
+ 〒[[JP_POSTAL_CODE:160-0023]]⏎[[JP_ADDRESS:東京都新宿区西新宿2-8-1]]
+ 住所：〒[[JP_POSTAL_CODE:460‐8508]]　[[JP_ADDRESS:名古屋市中区三の丸3-1-1]]
+ zip code [[JP_POSTAL_CODE:650-8567]]
+ 郵便番号（ハイフンなし）：[[JP_POSTAL_CODE:9800811]]
+ 新住所の郵便番号は⏎[[JP_POSTAL_CODE:730-8586]]です
+ 振込先⏎金融機関コード 0001⏎支店コード 123⏎口座番号 [[JP_BANK_ACCOUNT:4455667]]
+ 口座#: [[JP_BANK_ACCOUNT:2233445]]
+ Account No. [[JP_BANK_ACCOUNT:1 2 3 4 5 6 7]] (Futsu)
+ 普通　[[JP_BANK_ACCOUNT:７７８８９９０]]
+ 口座番号を送ります。[[JP_BANK_ACCOUNT:5566778]]です。
+ 口座：[[JP_BANK_ACCOUNT:1234-567]]
+ 通帳の記号 [[JP_BANK_ACCOUNT:13150]] 番号 [[JP_BANK_ACCOUNT:21234561]]（ゆうちょ）
+ 運転免許証⏎番号　[[JP_DRIVER_LICENSE:4412 0356 7897]]⏎交付　令和4年5月1日
+ 免許証番号（12桁）：[[JP_DRIVER_LICENSE:44-12-035678-98]]
+ 運転免許証の番号を控えました → [[JP_DRIVER_LICENSE:５５１９０７３３４２２２]]
+ 氏名,運転免許証番号⏎[[PERSON:佐藤 一郎]],[[JP_DRIVER_LICENSE:552019384472]]
+ licence no: [[JP_DRIVER_LICENSE:301234567899]]
+ 免許証番号を入力してください：[[JP_DRIVER_LICENSE:6219 0447 18 25]]
+ [[JP_DRIVER_LICENSE:530122448909]]（免許証番号）
+ 保険証（本人）⏎記号：[[JP_HEALTH_INSURANCE:12-34]]⏎番号：[[JP_HEALTH_INSURANCE:567]]
+ 国民健康保険被保険者証　記号番号　[[JP_HEALTH_INSURANCE:杉並]]　[[JP_HEALTH_INSURANCE:12345]]
+ 保険者番号：[[JP_HEALTH_INSURANCE:０６１３９０１２]]
+ 被保険者証番号 [[JP_HEALTH_INSURANCE:87654321]]（国保）
+ 保険証 記号 [[JP_HEALTH_INSURANCE:4471]]、番号 [[JP_HEALTH_INSURANCE:12]]、生年月日 [[DATE_OF_BIRTH:昭和60年4月1日]]
+ 保険証の番号（記号：[[JP_HEALTH_INSURANCE:3010]]、番号：[[JP_HEALTH_INSURANCE:55]]）を確認しました
+ 記号　番号　枝番⏎[[JP_HEALTH_INSURANCE:2204]]　[[JP_HEALTH_INSURANCE:19]]　[[JP_HEALTH_INSURANCE:00]]⏎（協会けんぽ）
+ 介護保険　被保険者番号⏎[[JP_HEALTH_INSURANCE:0 0 0 1 2 3 4 5 6 9]]
+ 後期高齢者の被保険者番号：[[JP_HEALTH_INSURANCE:1234⏎5678]]
+ symbol [[JP_HEALTH_INSURANCE:4402]] / number [[JP_HEALTH_INSURANCE:118]] (health insurance card)
+ 保険証コピー添付（サンプル扱いではない）記号[[JP_HEALTH_INSURANCE:8801]]番号[[JP_HEALTH_INSURANCE:44]]
+ 免許証 [[JP_DRIVER_LICENSE:301234567801]] ／ 保険証 記号 [[JP_HEALTH_INSURANCE:5501]] 番号 [[JP_HEALTH_INSURANCE:9]]
+ 〒[[JP_POSTAL_CODE:100-8914]]、電話[[PHONE_NUMBER:03-3581-2212]]、口座 普通[[JP_BANK_ACCOUNT:1239876]]
+ 生年月日・電話番号：[[DATE_OF_BIRTH:1985年4月1日]]・[[PHONE_NUMBER:090-2222-3333]]
- 口座開設日 2024/04/01
- 電話番号の桁数は10桁または11桁
- 郵便番号検索 API v2.1.0 リリース
- 記号 4471 は都道府県コード表の区分です
- 免許の種類は普通・中型・大型の3区分
- 保険証の記号番号の記載位置（見本参照）：記号 0000 番号 000
- 口座番号は7桁の数字です（例：1234567）
- 電話受付時間 8:30〜17:15
- 郵便料金 110円、速達 300円
- 会議資料 No.1234567
- 受付番号：0312-345-678
- 誕生日会の開催日 2025年1月20日
- 生年月日欄の記入例：昭和60年4月1日
- 令和6年4月1日から令和7年3月31日まで
- 予算額 123,456,789円
- 被保険者数 12,345人、保険者数 1,234
- 法令番号 平成11年法律第127号
- 第3条第2項第1号
- 車両番号 品川 300 あ 12-34
- 職員番号 1234567 の異動
- 整理番号 123-4567
- 請求書番号 INV-2024-000123
- 内線番号 2345、2346
- 図書番号 090-123-4567 の貸出
- 保険証の記号番号は個人情報なので送らないでください
- 免許証番号は送らないでください（写しのみ）
"""


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_M, seed=20261207, held_out=is_holdout_m, tag="rm", wrapped_values=True)
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
    dev2, held2 = write_round(rows=ROWS_M2, seed=20261208, held_out=is_holdout_m, tag="rm2", wrapped_values=True)
    print(f"second batch: dev {len(dev2)} rows, holdout {len(held2)} rows")
