"""Build corpora/eval/pii_ja.jsonl from the hand-written sentences below.

Sentences are written by hand with inline labels ``[[TYPE:value]]``; values of types with a check
digit come from ``{MN}``-style slots filled with FAKE numbers whose check digits are valid
(``{BADMN}`` is a twelve-digit number whose check digit is wrong: a hard negative unless it is
directly labelled 個人番号, where it is a positive since round D: a mistyped 個人番号 fails closed). Deterministic
(seeded), so the file is reproducible:

    python benchmarks/dlp_make_evalset.py   # writes corpora/eval/pii_ja.jsonl
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from dlp_rows_f import ROWS_F, is_holdout
from dlp_rows_g import ROWS_G
from dlp_rows_h import ROWS_H
from dlp_rows_i import ROWS_I, is_holdout_i

from govrag.dlp.recognizers.corporate_number import corporate_check_digit
from govrag.dlp.recognizers.credit_card import luhn_ok
from govrag.dlp.recognizers.my_number import my_number_check_digit

OUT = Path(__file__).resolve().parents[1] / "corpora" / "eval" / "pii_ja.jsonl"
#: round F's dev-holdout (40 % of its batch, not tuned on)
HOLDOUT_OUT = OUT.with_name("pii_devholdout.jsonl")
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")

POSITIVE = r"""
申請者[[PERSON:山田太郎]]様の個人番号は[[JP_MY_NUMBER:{MN}]]です。
個人番号：[[JP_MY_NUMBER:{MN_S}]]（番号確認済み）
マイナンバー[[JP_MY_NUMBER:{MN_H}]]を記載した申請書を受理した。
本人の個人番号（[[JP_MY_NUMBER:{MN_FW}]]）は特定個人情報として管理すること。
転入届に記載された個人番号[[JP_MY_NUMBER:{MN}]]と住民票の記載が一致しない。
扶養親族[[PERSON:佐藤花子]]さんの個人番号は[[JP_MY_NUMBER:{MN}]]である。
法人番号[[JP_CORPORATE_NUMBER:{CN}]]の事業者から届出があった。
株式会社みらい商事（法人番号：[[JP_CORPORATE_NUMBER:{CN}]]）との契約を締結した。
入札参加者の法人番号は[[JP_CORPORATE_NUMBER:{CN_FW}]]と記載されている。
委託先の法人番号[[JP_CORPORATE_NUMBER:{CN}]]を公表する。
お問い合わせは電話[[PHONE_NUMBER:03-1234-5678]]までお願いします。
担当の[[PERSON:鈴木]]（内線なし、直通[[PHONE_NUMBER:06-6123-4567]]）に連絡してください。
携帯電話[[PHONE_NUMBER:090-1234-5678]]に折り返し連絡がほしいとのこと。
連絡先：[[PHONE_NUMBER:080‐9876‐5432]]
電話番号は[[PHONE_NUMBER:０３－５２５３－２１１１]]です。
フリーダイヤル[[PHONE_NUMBER:0120-123-456]]で受け付けています。
IP電話[[PHONE_NUMBER:050-3123-4567]]から着信があった。
海外からは[[PHONE_NUMBER:+81-3-1234-5678]]へおかけください。
TEL：[[PHONE_NUMBER:(045)671-2121]]　FAX：[[PHONE_NUMBER:(045)671-2122]]
申請者の電話番号[[PHONE_NUMBER:07012345678]]に確認の電話をした。
代表電話[[PHONE_NUMBER:０４２―５２４―１１１１]]にお問合せください。
携帯（[[PHONE_NUMBER:090ー2222ー3333]]）へショートメッセージを送付した。
通話料無料の[[PHONE_NUMBER:0800-123-4567]]をご利用ください。
連絡先は[[EMAIL_ADDRESS:taro.yamada@example.co.jp]]です。
回答は[[EMAIL_ADDRESS:hanako_sato@example.org]]宛てに送付した。
メールアドレス：[[EMAIL_ADDRESS:info-soudan@city.example.lg.jp]]
[[PERSON:高橋]]様から[[EMAIL_ADDRESS:takahashi.k@example.ne.jp]]でご意見をいただきました。
問合せ先ｍａｉｌ：[[EMAIL_ADDRESS:ｋｏｕｈｏｕ＠ｅｘａｍｐｌｅ．ｊｐ]]
手数料はクレジットカード[[CREDIT_CARD:{CARD}]]で決済された。
カード番号[[CREDIT_CARD:{CARD_H}]]の利用停止を依頼した。
申込者のカード番号は[[CREDIT_CARD:{CARD_S}]]（有効期限12/28）である。
〒[[JP_POSTAL_CODE:100-8926]] [[JP_ADDRESS:東京都千代田区霞が関2丁目1番2号]]
郵便番号[[JP_POSTAL_CODE:530-0001]]、住所[[JP_ADDRESS:大阪府大阪市北区梅田一丁目三番一号]]
送付先は〒[[JP_POSTAL_CODE:９８０－８６７１]][[JP_ADDRESS:宮城県仙台市青葉区本町3-8-1]]です。
郵便番号：[[JP_POSTAL_CODE:0600001]]
住所：[[JP_POSTAL_CODE:812-8577]] [[JP_ADDRESS:福岡県福岡市博多区東公園7番7号]]
申請者の住所は[[JP_ADDRESS:北海道札幌市中央区北3条西6丁目1番地]]である。
[[JP_ADDRESS:神奈川県横浜市中区日本大通1]]に所在する事務所で面談した。
現住所：[[JP_ADDRESS:愛知県名古屋市中区三の丸3-1-2]]
[[PERSON:田中一郎]]（[[JP_ADDRESS:京都府京都市上京区下立売通新町西入薮ノ内町85番地]]在住）
本籍は[[JP_ADDRESS:広島県広島市中区基町10番52号]]とされている。
転居先の住所は[[JP_ADDRESS:埼玉県さいたま市浦和区高砂3-15-1]]です。
所在地：[[JP_ADDRESS:兵庫県神戸市中央区下山手通5丁目10番1号]]
住所は[[JP_ADDRESS:千代田区霞が関1-2-3]]と届け出られている。
[[JP_ADDRESS:静岡県静岡市葵区追手町9番6号]]の[[PERSON:渡辺]]様宛てに通知書を送付した。
居所として[[JP_ADDRESS:沖縄県那覇市泉崎一丁目2番2号]]を届け出た。
[[JP_ADDRESS:東京都新宿区西新宿２－８－１]]に提出してください。
住所　[[JP_ADDRESS:長野県長野市大字南長野字幅下692番地2]]
住所：[[JP_ADDRESS:福島県郡山市朝日一丁目23番7号]]　氏名：[[PERSON:伊藤 誠]]
氏名：[[PERSON:中村 美咲]]
申請者氏名：[[PERSON:小林健太]]
[[PERSON:加藤]]課長から説明があった。
担当：[[PERSON:吉田]]
審査請求人[[PERSON:山本和也]]は、処分の取消しを求めた。
[[PERSON:松本]]氏は委員会に出席した。
[[PERSON:井上恵子]]さんから相談を受けた。
届出人[[PERSON:木村 拓也]]の署名を確認した。
[[PERSON:林]]主査が窓口で対応した。
[[PERSON:清水]]様、ご来庁ありがとうございました。
代理人弁護士[[PERSON:山口達也]]が意見書を提出した。
[[PERSON:グエン・ヴァン・アン]]様の在留カード番号は[[JP_RESIDENCE_CARD:AB12345678CD]]です。
在留カード番号：[[JP_RESIDENCE_CARD:XY98765432ZA]]
外国人住民の在留カード（[[JP_RESIDENCE_CARD:ＡＢ１２３４５６７８ＣＤ]]）を確認した。
旅券番号[[JP_PASSPORT:TK1234567]]で本人確認を行った。
パスポート番号：[[JP_PASSPORT:TR7654321]]
申請者の旅券（[[JP_PASSPORT:MZ0012345]]）の有効期限を確認した。
運転免許証番号[[JP_DRIVER_LICENSE:301234567890]]により本人確認を行った。
免許証の番号は[[JP_DRIVER_LICENSE:{MN}]]である。
運転免許証（番号[[JP_DRIVER_LICENSE:4412 3456 7801]]）の写しを添付する。
振込先：みずほ銀行 霞が関支店 普通 [[JP_BANK_ACCOUNT:1234567]]
口座番号[[JP_BANK_ACCOUNT:7654321]]に還付金を振り込む。
三井住友銀行本店営業部 当座預金 口座番号：[[JP_BANK_ACCOUNT:0123456]]
ゆうちょ銀行 記号番号[[JP_BANK_ACCOUNT:12340-56789012]]への振替を依頼した。
給付金の振込口座（普通預金[[JP_BANK_ACCOUNT:１２３４５６７]]）を変更した。
基礎年金番号[[JP_PENSION_NUMBER:1234-567890]]を届け出た。
年金手帳に記載の基礎年金番号は[[JP_PENSION_NUMBER:4321-098765]]です。
年金番号：[[JP_PENSION_NUMBER:５５５５－１２３４５６]]
被保険者証の記号[[JP_HEALTH_INSURANCE:1234]] 番号 [[JP_HEALTH_INSURANCE:567]]で資格を確認した。
健康保険証 記号・番号：[[JP_HEALTH_INSURANCE:12345678・901]]
保険者番号[[JP_HEALTH_INSURANCE:06139999]]の健康保険組合に照会した。
国民健康保険被保険者証の記号：[[JP_HEALTH_INSURANCE:練馬区]] 番号 [[JP_HEALTH_INSURANCE:123456]]を控えた。
生年月日：[[DATE_OF_BIRTH:昭和60年4月1日]]
[[PERSON:森]]様（[[DATE_OF_BIRTH:平成2年12月25日]]生）から申請があった。
生年月日は[[DATE_OF_BIRTH:1988年7月7日]]です。
[[DATE_OF_BIRTH:1975/03/15]]生まれの申請者について審査する。
生年月日 [[DATE_OF_BIRTH:令和元年5月1日]]
誕生日：[[DATE_OF_BIRTH:平成十年八月十日]]
[[DATE_OF_BIRTH:S45.11.3]]生の被保険者から届出があった。
生年月日（西暦）：[[DATE_OF_BIRTH:2001-09-30]]
[[PERSON:斎藤]]さんは[[DATE_OF_BIRTH:昭和52年6月3日]]生まれで、[[JP_ADDRESS:千葉県千葉市中央区市場町1番1号]]に住む。
申請者[[PERSON:池田真一]]（電話[[PHONE_NUMBER:090-8765-4321]]、メール[[EMAIL_ADDRESS:ikeda@example.com]]）
[[PERSON:橋本]]様の口座（ゆうちょ銀行 普通 [[JP_BANK_ACCOUNT:8765432]]）に返金した。
相談者[[PERSON:阿部]]さんの連絡先は[[PHONE_NUMBER:048-830-1234]]です。
[[PERSON:石川 直樹]]殿
[[PERSON:前田]]係長が起案した文書を確認した。
利用者[[PERSON:藤田 優子]]の個人番号[[JP_MY_NUMBER:{MN}]]を取得した。
世帯主：[[PERSON:岡田 浩]]、生年月日：[[DATE_OF_BIRTH:昭和38年2月14日]]
[[PERSON:長谷川]]様より、住所変更（新住所：[[JP_ADDRESS:栃木県宇都宮市塙田1丁目1番20号]]）の届出。
被保険者[[PERSON:村上 翔太]]の保険者番号は[[JP_HEALTH_INSURANCE:39131234]]である。
[[PERSON:近藤]]さんの法人（法人番号[[JP_CORPORATE_NUMBER:{CN}]]）について照会した。
[[PERSON:坂本]]氏の携帯番号[[PHONE_NUMBER:080-1111-2222]]を名簿から削除した。
[[PERSON:遠藤]]君は[[DATE_OF_BIRTH:平成17年4月2日]]生まれの中学生である。
申請人[[PERSON:青木 大輔]]の旅券番号は[[JP_PASSPORT:TZ1122334]]です。
[[PERSON:西村]]様　口座番号[[JP_BANK_ACCOUNT:2345678]]（りそな銀行 新宿支店）
個人番号カードの番号（[[JP_MY_NUMBER:{MN}]]）を窓口で確認しました。
連絡先は[[PHONE_NUMBER:092-711-4111]]または[[EMAIL_ADDRESS:fukuoka.taro@example.jp]]です。
[[PERSON:福田]]様のクレジットカード[[CREDIT_CARD:{CARD}]]の請求について。
担当者[[PERSON:太田]]、電話[[PHONE_NUMBER:011-231-4111]]
届出人[[PERSON:三浦 春香]]（[[DATE_OF_BIRTH:1992年11月8日]]生）
[[PERSON:藤井]]様の住所：〒[[JP_POSTAL_CODE:460-8501]] [[JP_ADDRESS:愛知県名古屋市中区三の丸三丁目1番2号]]
[[PERSON:岡本]]さん（基礎年金番号[[JP_PENSION_NUMBER:9876-543210]]）の記録を訂正する。
在留カード番号[[JP_RESIDENCE_CARD:CD87654321EF]]の[[PERSON:ワン・ウェイ]]さんに通知した。
マイナンバーは[[JP_MY_NUMBER:{MN}]]、電話は[[PHONE_NUMBER:03-3581-4111]]です。
教育委員会の[[PERSON:松田]]主任から連絡があった。
[[PERSON:中島 由美]]さんの新しいメールアドレスは[[EMAIL_ADDRESS:yumi.n@example.net]]です。
納税者[[PERSON:原田]]様の振込口座：普通預金 [[JP_BANK_ACCOUNT:3456789]]
[[PERSON:小川]]様の運転免許証番号は[[JP_DRIVER_LICENSE:501234567891]]です。
児童[[PERSON:後藤 陽菜]]の保護者[[PERSON:後藤 健]]から申出があった。
[[PERSON:金子]]様、[[PHONE_NUMBER:0570-000-123]]までご連絡ください。
問合せ：[[PERSON:野口]]（[[EMAIL_ADDRESS:noguchi-a@example.lg.jp]]）
個人番号[[JP_MY_NUMBER:{MN_FW}]]、基礎年金番号[[JP_PENSION_NUMBER:1111-222333]]
[[PERSON:菅原]]様（[[DATE_OF_BIRTH:H3.5.20]]生）の申請書を受理した。
郵便番号[[JP_POSTAL_CODE:〒150-8010]]は誤記のため訂正した。
[[PERSON:杉山 恵]]さんは[[JP_ADDRESS:大阪府堺市堺区南瓦町3番1号]]に住んでいる。
連絡先　[[PHONE_NUMBER:０９０－１２１２－３４３４]]（[[PERSON:今井]]）
[[PERSON:高木]]殿の健康保険被保険者証 記号・番号：[[JP_HEALTH_INSURANCE:4567・89]]
[[PERSON:丸山]]氏（法人番号[[JP_CORPORATE_NUMBER:{CN}]]の代表者）から意見が提出された。
[[PERSON:山下]]さんの生年月日は[[DATE_OF_BIRTH:平成8年3月3日]]です。
対象者[[PERSON:石井 陽子]]の電話番号：[[PHONE_NUMBER:042-123-4567]]
"""

NEGATIVE = r"""
行政手続法第十二条第三項の規定により、審査基準を公にしておかなければならない。
平成五年法律第八十八号による改正後の規定を適用する。
地方自治法第二百五十二条の十九第一項の指定都市の区域内においては、この限りでない。
令和6年4月1日から施行する。
令和五年度の予算額は12,345,678円である。
申請の件数は1234567件に達した。
受付番号{BADMN}の申請について審査中である。
文書番号：総行政第1234号（令和6年3月29日）
資料3-1の23ページを参照のこと。
図表1-2-3に示すとおり、相談件数は前年比5.2%増加した。
会議は午後1時30分から3時まで第1会議室で開催する。
参加者は120名であった。
個人情報の保護に関する法律第二十七条第一項の規定による。
行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならない。
各大臣は、その所掌事務について、命令を発することができる。
内閣総理大臣は、前条の規定により届出があったときは、その旨を公示しなければならない。
番号法第十九条各号のいずれかに該当する場合を除き、特定個人情報を提供してはならない。
注文番号{CN}の商品を出荷した。
管理番号{BADMN}の備品を廃棄した。
令和6年度補正予算として3,000,000,000円を計上した。
昭和二十二年法律第六十七号の一部を次のように改正する。
第一条中「市町村長」を「市町村の長」に改める。
都道府県知事は、毎年度、その結果を公表するものとする。
平成二十五年法律第二十七号附則第一条第四号に掲げる規定の施行の日
令和7年1月15日付けで通知した。
この法律は、公布の日から起算して六月を経過した日から施行する。
面積は1,234.56平方メートルである。
整理番号2024-000123の案件について回答した。
職員は、職務上知ることのできた秘密を漏らしてはならない。
本件に関する問い合わせは、平日午前9時から午後5時まで受け付ける。
行政不服審査法第四条の規定により審査請求をすることができる。
第3四半期の執行率は87.5%であった。
ISBN978-4-00-000000-0の資料を購入した。
受付期間は2025年4月1日から2025年4月30日までとする。
東京都の区の存する区域においては、特別区を一の市とみなす。
審査会は、委員十五人以上二十人以内で組織する。
昭和60年4月1日以降に締結された契約に適用する。
当該処分の日から三月以内にしなければならない。
住民基本台帳法第七条第十三号に規定する事項を記載する。
会計年度は、毎年四月一日に始まり、翌年三月三十一日に終わる。
予定価格は98,765,432円（税込）とする。
第12345678号の許可を受けた者は、その旨を標識に表示しなければならない。
申請書の様式第3号を用いること。
令和6年12月1日現在の人口は1,402,345人である。
この省令は、令和八年一月一日から施行する。
平成十一年法律第四十二号第五条第一号に該当する情報は不開示とする。
国家行政組織法第三条第二項の規定に基づき設置する。
補助金の交付額は1件当たり上限500,000円とする。
議事録の保存期間は10年とし、令和16年3月31日まで保存する。
問合せ番号{BADMN}を入力してください。
"""

#: Dev items added for issue 11 (written by hand for the weaknesses a blind run showed: Latin and
#: katakana names, attendee lists, family/role words, glued labels, English DOB and licence labels,
#: 記号/番号 variants). They continue the ids of the blocks above (pos-130…, neg-051…).
POSITIVE_DLP11 = r"""
氏名：[[PERSON:NGUYEN VAN TOAN]]　国籍：ベトナム
申請人 [[PERSON:TRAN THI NGOC]] の在留期間更新許可申請を受理した。
Name: [[PERSON:Olivia Bennett]]
口座名義：[[PERSON:KUDO HARUKA]]
申請者：[[PERSON:ZHANG YUFEI]]（中国籍）から問い合わせがあった。
名義人 [[PERSON:Daniel Lee Morgan]] の口座への振込を確認した。
旅券番号[[JP_PASSPORT:TR4455667]] [[PERSON:PHAM QUOC HUY]] について照会があった。
[[PERSON:LE THI THANH]]（在留カード番号 [[JP_RESIDENCE_CARD:AB12345678CD]]）が来所した。
Name : [[PERSON:Lucia Fernandez Gomez]]
申請者 [[PERSON:Siddharth Rao]] は英語での説明を希望している。
技能実習生[[PERSON:ファム・ヴァン・ドゥク]]（23歳）が相談に来た。
留学生[[PERSON:ホアン ティ マイ]]が在留カードを提示した。
振込先は名義 [[PERSON:ヒラノ ユウスケ]]（普通預金）の口座とする。
口座名義：[[PERSON:モリシタ アヤカ]]
申請者：[[PERSON:ゴンザレス・マリア]]
氏名 [[PERSON:キム ソヨン]]　国籍 韓国
出席者　[[PERSON:石原]]（座長）、[[PERSON:木村]]、[[PERSON:内藤]]、[[PERSON:杉浦]]
出席者：[[PERSON:広瀬]]、[[PERSON:大久保]]、[[PERSON:小山]]（事務局）
代表取締役 [[PERSON:川辺 誠一]] の名で契約書が提出された。
長女 [[PERSON:美咲]]（12歳）は市内の小学校に在籍している。
長男 [[PERSON:悠真]] の保育所入所を申請した。
妻 [[PERSON:由美子]] と二人で来庁した。
夫 [[PERSON:中島 浩司]] の勤務先を確認した。
確認者：窓口 [[PERSON:小池]]
担当 [[PERSON:森本]] が折り返し連絡する。
氏名[[PERSON:藤沢 健太郎]]、生年月日は別紙のとおり。
申請者名[[PERSON:村瀬 彩乃]]の書類に不備があった。
相談に来られた方（[[PERSON:吉川 直人]]）は転居予定とのこと。
対象者（[[PERSON:松尾 陽菜]]）の世帯状況を確認した。
Name: [[PERSON:WANG LEI]]
申請人：[[PERSON:Nguyen Thi Thu Hang]]
名義人：[[PERSON:カトウ ユウキ]]
DOB: [[DATE_OF_BIRTH:03/14/1985]]
Date of birth: [[DATE_OF_BIRTH:1990-07-22]]
The applicant was born [[DATE_OF_BIRTH:11/02/1978]] in Manila.
DOB [[DATE_OF_BIRTH:1988-01-30]]
Date of Birth：[[DATE_OF_BIRTH:12/25/1992]]
born: [[DATE_OF_BIRTH:04/05/1995]]
被保険者証の記号[[JP_HEALTH_INSURANCE:47-25]]番号[[JP_HEALTH_INSURANCE:318]]を確認した。
保険証の記号番号は[[JP_HEALTH_INSURANCE:2906-4172]]です。
健康保険証（記号[[JP_HEALTH_INSURANCE:56-78]]番号[[JP_HEALTH_INSURANCE:1234]]）の写しを添付する。
被保険者証記号番号：[[JP_HEALTH_INSURANCE:4412-76]]
Driver's licence No. [[JP_DRIVER_LICENSE:301234567891]]
Driver's license number: [[JP_DRIVER_LICENSE:4412 3456 7890]]
DL No. [[JP_DRIVER_LICENSE:551234567890]]
Driver License No.: [[JP_DRIVER_LICENSE:123456789013]]
"""

NEGATIVE_DLP11 = r"""
口座の名義変更の手続をしてください。
件名：システム更新のお知らせ
品名：プリンター トナー
氏名（フリガナ）欄は必ず記入すること。
名義 カード会社の規約による。
技能実習生サポートセンターに相談した。
留学生アドバイザーが同席した。
担当 システム管理者
The meeting will be held on 05/12/2025 in Tokyo.
Please submit the application by 2025-03-31.
Invoice No. 123456789012 was issued.
Order No. 987654321098
Policy No. 4455-6677-8899
申請者：ABC TRADING CO., LTD.
名義人：SAKURA SYSTEMS INC.
The Ministry of Health, Labour and Welfare published the Basic Plan.
Project Review Board met in Tokyo on Monday.
記号の意味は凡例を参照すること。
化学記号と原子番号の対応表を作成した。
記号番号欄は空欄のままとする。
Date of issue: 2024-04-01
Expiry date 03/31/2030
出席者 10名、欠席者 2名
長女の学校行事に参加した。
代表取締役社長の選任について審議した。
Name: Tokyo Metropolitan Government
"""

#: Dev items added for issue 11 (second round, written by hand from general descriptions of the
#: weaknesses of a blind run, no blind text seen): birth dates right after a name with no label,
#: passport-style DD MON YYYY, 西暦 with 和暦 in brackets, 記号 with a place prefix, quoted
#: 記号番号/保険者番号 and 枝番, ゆうちょ 記号番号 (an account, not insurance), foreign passports,
#: loose 在留カード forms, pension numbers in lists, T + 法人番号 (登録番号), unlabelled addresses.
#: Convention: a 記号 and a 番号 with their own labels are two values (the 枝番 goes with its 番号);
#: 記号・番号 under one label written as one run is one value; an office's 振替口座
#: (0xxx0-x-xxxxxx) is not labelled.
#: They continue the ids of the blocks above.
POSITIVE_DLP11B = r"""
申込者　[[PERSON:山内 達也]]（[[DATE_OF_BIRTH:昭和45年9月21日]]）　住所は別紙のとおり
名簿：[[PERSON:大野 千春]]　[[DATE_OF_BIRTH:平成3年4月5日]]　女
[[PERSON:宮本 和夫]]（[[DATE_OF_BIRTH:S47.2.8]]）から申請があった。
受講者名簿 [[PERSON:桜井 美穂]]　[[DATE_OF_BIRTH:H5.10.12]]　市内在住
申請児童 [[PERSON:野村 蓮]]（[[DATE_OF_BIRTH:R2.3.15]]）の入所を承諾した。
参加者 [[PERSON:高田 聡]]　[[DATE_OF_BIRTH:1979.04.26]]
申請者[[PERSON:平野 由紀]]（[[DATE_OF_BIRTH:1990/6/30]]）の書類を受理した。
申込者：[[PERSON:菊地 里奈]]、[[DATE_OF_BIRTH:平成9年1月20日]]、会社員
[[PERSON:中川 翼]]（[[DATE_OF_BIRTH:令和元年11月3日]]）の保護者から相談があった。
氏名 [[PERSON:石田 亮]]（[[DATE_OF_BIRTH:昭和44年7月2日]]）　続柄 世帯主
生年月日：[[DATE_OF_BIRTH:21 JUN 1987]]
DOB: [[DATE_OF_BIRTH:21 JUN 1988]]
生年月日 / Date of birth　[[DATE_OF_BIRTH:17 OCT 1979]]
生年月日は[[DATE_OF_BIRTH:1981(昭和56)年8月2日]]です。
[[PERSON:吉村 修]]様（[[DATE_OF_BIRTH:1969（昭和44）年7月2日]]生）
生年月日：[[DATE_OF_BIRTH:昭和58(1983)年8月8日]]
被保険者証の記号番号：[[JP_HEALTH_INSURANCE:杉並12 34567]]
国保の記号・番号は[[JP_HEALTH_INSURANCE:北見01－40327]]です。
記号番号は「[[JP_HEALTH_INSURANCE:2468-135]]」と記載されている。
保険者番号「[[JP_HEALTH_INSURANCE:01130012]]」の組合に照会した。
被保険者証 記号・番号 [[JP_HEALTH_INSURANCE:123-4567]]・[[JP_HEALTH_INSURANCE:89]]
資格確認書の記号・番号：[[JP_HEALTH_INSURANCE:7788・12・03]]
保険証の記号番号は「[[JP_HEALTH_INSURANCE:あさひ5 2020]]」です。
ゆうちょ銀行の記号番号 [[JP_BANK_ACCOUNT:13570-24681357]] に振り込む。
振込先：ゆうちょ銀行　記号[[JP_BANK_ACCOUNT:10180]]　番号[[JP_BANK_ACCOUNT:36102857]]
貯金口座の記号番号は[[JP_BANK_ACCOUNT:１４２３０　５５６６７７８８]]です。
保険料の口座振替（ゆうちょ 記号番号[[JP_BANK_ACCOUNT:11110-22223333]]）を申し込んだ。
還付金は口座 [[JP_BANK_ACCOUNT:12000 87654321]]（ゆうちょ）へ振り込む。
旅券番号：[[JP_PASSPORT:E12345678]]（フィリピン）
国籍 中国　パスポート番号 [[JP_PASSPORT:EA7654321]]
Passport No.: [[JP_PASSPORT:L4KX09R21]] (Germany)
旅券番号 [[JP_PASSPORT:N1234567]]　国籍 インド
Passport Number: [[JP_PASSPORT:B98765432]]　Nationality: Viet Nam
ドイツ旅券（番号[[JP_PASSPORT:CF4K2P9R1]]）を確認した。
在留カード番号：[[JP_RESIDENCE_CARD:ｋｐ７３５１９０２４ｗｘ]]
在留カード番号 [[JP_RESIDENCE_CARD:AB 12345678 CD]]
在留カード（番号 [[JP_RESIDENCE_CARD:kl87654321mn]]）を提示した。
特別永住者証明書の番号は[[JP_RESIDENCE_CARD:ＸＹ　１１２２３３４４　ＺＷ]]です。
国民年金保険料未納者一覧　[[PERSON:岩崎 俊介]] [[JP_PENSION_NUMBER:2345-678901]]、[[PERSON:片山 理恵]] [[JP_PENSION_NUMBER:3456-789012]]、[[PERSON:秋山 浩二]] [[JP_PENSION_NUMBER:4567-890123]]
被保険者名簿：[[PERSON:本田 茂]]　[[JP_PENSION_NUMBER:5678-901234]]　[[PERSON:永井 久美]]　[[JP_PENSION_NUMBER:6789-012345]]　[[PERSON:安藤 純一]]　[[JP_PENSION_NUMBER:7890-123456]]
適格請求書発行事業者の登録番号：T[[JP_CORPORATE_NUMBER:{CN}]]
登録番号 T[[JP_CORPORATE_NUMBER:{CN}]] の事業者から請求書を受領した。
請求書に記載された登録番号（T[[JP_CORPORATE_NUMBER:{CN_FW}]]）を確認した。
[[JP_ADDRESS:群馬県前橋市大手町1丁目1番1号]]所在の建物について調査した。
申請に係る土地は[[JP_ADDRESS:岐阜県大垣市丸の内2丁目29番地]]にある。
[[JP_ADDRESS:長崎県佐世保市八幡町1-10]]所在の事務所を訪問した。
当該物件は[[JP_ADDRESS:新潟県長岡市大手通1丁目4番地10]]にある店舗である。
"""

NEGATIVE_DLP11B = r"""
市民課（令和6年4月1日）から通知があった。
申請日 令和6年5月10日　受付 市民課
総務部長　令和7年2月3日付けで決裁
交付日：R6.4.1　有効期限：R11.4.1
この規則は、R7.4.1から施行する。
納期限 2025.05.31　納付書番号 12345-67890123
文書番号：総務第2024-118号（令和6年9月30日）
管理番号 AB12345C の備品を移管した。
製品コード XZ20240517 の在庫を確認した。
型番 L4KX09R21Z の部品を発注した。
郵便振替口座 00120-3-456789（市社会福祉協議会）にお振込みください。
記号番号欄に記入してください。
保険者番号欄は空欄のままとする。
旅券番号欄は英数字で記入すること。
Passport No.欄に番号を記入してください。
在留カード番号の記載例：（英字2桁＋数字8桁＋英字2桁）
国民年金の未納者数は1,234人であった。
年金記録の照会件数 2023-2024年度 45,678件
登録番号の欄にTから始まる番号を記載すること。
群馬県前橋市の区域内にある施設について調査した。
第2会議室（令和6年6月1日）で説明会を開催した。
市長 2025.3.31 決裁済
"""


#: Dev items added for issue 11 (third round, generality; invented values, no blind text seen):
#: each structured type with label synonyms and English labels, labels after the value, values a
#: few characters from their label, table rows, spaces/hyphens inside the value, 和暦 abbreviations
#: (S/H/R, 昭/平), 元年 and 漢数字 dates, 記号 … 番号 … 枝番 as one value; PERSON after roles, in
#: ・/／ lists, in hiragana and romaji before 様, given names before 君/ちゃん.
POSITIVE_DLP11C = r"""
受付票　氏名 [[PERSON:村田 誠一]]　生年月日 [[DATE_OF_BIRTH:昭和五十二年七月十五日]]　性別 男
相談記録：相談者は[[PERSON:松井 陽子]]さん（[[DATE_OF_BIRTH:昭52.11.3]]生）、世帯主は夫。
生年月日（西暦）：[[DATE_OF_BIRTH:19760918]]　年齢：48歳
本人確認書類の生年月日 [[DATE_OF_BIRTH:H2.12.25]] と申請書の記載が一致した。
[[DATE_OF_BIRTH:1983年（昭和58年）6月9日]]生まれの申請者から照会があった。
児童の生年月日は[[DATE_OF_BIRTH:令和元年十月一日]]です。
Date of birth / 生年月日: [[DATE_OF_BIRTH:07/22/1979]]
誕生日 [[DATE_OF_BIRTH:S63年2月29日]]（うるう年）
旅券番号 ／ Passport No. : [[JP_PASSPORT:TR 2468097]]
申請者が提示したパスポート（番号 [[JP_PASSPORT:MU-3579135]]）の写しを保存した。
[[JP_PASSPORT:TZ8642097]]（日本国旅券）を本人に返却した。
外国人住民票の在留カード番号欄：[[JP_RESIDENCE_CARD:UV 4680 2468 WX]]
[[JP_RESIDENCE_CARD:ST97531086QR]]（在留カード）の有効期間を確認した。
Residence Card Number [[JP_RESIDENCE_CARD:gh-24680135-jk]]
基礎年金番号は、年金手帳に記載の[[JP_PENSION_NUMBER:2468 135790]]です。
年金番号 [[JP_PENSION_NUMBER:97-5310-8642]]（照会中）
[[JP_PENSION_NUMBER:8642-097531]]（基礎年金番号）の方から電話があった。
振込先口座：北浜信用金庫 本店営業部 普通預金 [[JP_BANK_ACCOUNT:0246813]]
口座番号 [[JP_BANK_ACCOUNT:135 7924]]（当座）
払戻金は[[JP_BANK_ACCOUNT:9753102]]（普通）の口座へ送金する。
店番 415　口座番号：[[JP_BANK_ACCOUNT:8024613]]　名義 [[PERSON:ナカムラ ユウキ]]
ゆうちょ銀行　記号 [[JP_BANK_ACCOUNT:14680]] 番号 [[JP_BANK_ACCOUNT:97531024]]
Bank account No.: [[JP_BANK_ACCOUNT:3692581]]
運転免許証番号　第[[JP_DRIVER_LICENSE:472305819364]]号
免許証の番号は[[JP_DRIVER_LICENSE:4402-1357-9086]]で、有効期限は令和9年です。
本人確認は運転免許証（[[JP_DRIVER_LICENSE:62 10 987654 30]]）で行った。
[[JP_DRIVER_LICENSE:531908642170]]（運転免許証番号）を控えた。
被保険者証の記号は[[JP_HEALTH_INSURANCE:8531]]、番号は[[JP_HEALTH_INSURANCE:2046]]、保険者番号は[[JP_HEALTH_INSURANCE:06271185]]です。
記号：[[JP_HEALTH_INSURANCE:中央7]]　番号：[[JP_HEALTH_INSURANCE:30852]]　枝番：[[JP_HEALTH_INSURANCE:00]]
国民健康保険証（記号番号 [[JP_HEALTH_INSURANCE:246-80135・02]]）を回収した。
後期高齢者医療被保険者番号：[[JP_HEALTH_INSURANCE:35792468]]
介護保険被保険者証の番号は[[JP_HEALTH_INSURANCE:0001357924]]である。
出席者：[[PERSON:石原]]委員長、[[PERSON:福田]]委員、[[PERSON:増田]]委員
担当者：[[PERSON:吉川]]／[[PERSON:杉本]]
参加者 [[PERSON:松本裕子]]・[[PERSON:井上健太]]・[[PERSON:木村雅子]]
[[PERSON:Kenji Sato]]様より英語で問い合わせがあった。
申込者　[[PERSON:まつした ゆうこ]] さま
[[PERSON:健太]]くんの保護者から欠席の連絡があった。
連絡者：妻 [[PERSON:石原 真由美]]（携帯 [[PHONE_NUMBER:090-2468-1357]]）
世帯員 [[PERSON:岡田 浩]]（夫）、[[PERSON:岡田 彩]]（妻）
年金事務所（電話[[PHONE_NUMBER:0276-24-6813]]）に基礎年金番号の照会をした。
記録者：[[PERSON:中島]]　対応者：福祉課 [[PERSON:西村 さとみ]]
入所者 [[PERSON:加藤 みのり]]（[[DATE_OF_BIRTH:昭和9年1月8日]]生）、身元引受人は長男。
免許証（[[JP_DRIVER_LICENSE:2907 1836 4520]]）は令和9年まで有効。
| 被保険者証 | 記号 | [[JP_HEALTH_INSURANCE:5521]] | 番号 | [[JP_HEALTH_INSURANCE:73]] |
扶養親族の個人番号（[[JP_MY_NUMBER:{MN_ODD}]]）を確認した。
委託先（法人番号 [[JP_CORPORATE_NUMBER:{CN_ODD}]]）との契約書
送付先 〒 [[JP_POSTAL_CODE:812 - 8577]] [[JP_ADDRESS:福岡県福岡市博多区東公園7番7号]]
"""

NEGATIVE_DLP11C = r"""
この省令は、公布の日から施行し、令和元年五月一日から適用する。
作成日：R6.4.1　作成者欄は空欄
昭和60年4月1日現在の世帯数を集計した。
受付番号 19850401 の案件を処理した。
旅券申請の受付番号 AB1234567 を発行した。
型番 MU-3579135 の部品を交換した。
在留カード番号欄は英字2字と数字8字で記入する。
年金受給者数 1357924680人（推計）
口座振替の申込件数は2468135件であった。
口座開設の受付番号 9753102 を通知した。
運転免許センターの交付件数 1,234,567件
免許証番号欄は12桁で記入してください。
記号番号の欄は空欄とする。
化学記号と原子番号の対応表を作成した。
株式会社サンライズ様から見積書が届いた。
関係課：総務課・財政課・企画課
担当課 市民課（内線2468）
田中 他2名が来庁した。
免許の更新手続について説明した。
"""

# Round D (after the pii_test4 first run; its misses described generally, every value invented):
# a labelled 個人番号 with a wrong check digit fails closed; English passports; English health card;
# romaji addresses; 4-digit area phones beside a 基礎年金番号; a child's bracketed birth date.
POSITIVE_DLP12 = r"""
届出書の個人番号欄：[[JP_MY_NUMBER:{BADMN}]]（検査用数字の誤りを確認中）
| マイナンバー | [[JP_MY_NUMBER:{BADMN_H}]] | 運転免許証番号 | [[JP_DRIVER_LICENSE:5803 6619 2471]] |
Applicant's My Number: [[JP_MY_NUMBER:{BADMN_H}]]
扶養親族の個人番号[[JP_MY_NUMBER:{BADMN}]]、運転免許証番号[[JP_DRIVER_LICENSE:630418827153]]を記載した。
Passport No.: [[JP_PASSPORT:731590264]] (United States)
The applicant holds an Indonesian passport [[JP_PASSPORT:B7302918]].
passport number [[JP_PASSPORT:N46127730]] issued in Nepal
Philippine passport [[JP_PASSPORT:P6620418C]], valid until 2031.
配偶者の旅券（[[JP_PASSPORT:G30917724]]、中国）の写しを添付した。
Health insurance card: symbol [[JP_HEALTH_INSURANCE:3390]], number [[JP_HEALTH_INSURANCE:58]]
被保険者証 記号番号：[[JP_HEALTH_INSURANCE:足-702214]]
Address: [[JP_ADDRESS:4-15-2 Honcho, Naka-ku, Yokohama-shi, Kanagawa]] [[JP_POSTAL_CODE:231-0005]], Japan
Current address [[JP_ADDRESS:2-8-11 Tenjin, Chuo-ku, Fukuoka-shi, Fukuoka-ken, Japan]]
基礎年金番号：[[JP_PENSION_NUMBER:6128-450973]]　電話：[[PHONE_NUMBER:0266-52-8841]]
年金番号 [[JP_PENSION_NUMBER:7034-219586]] TEL [[PHONE_NUMBER:0957-22-6180]]（日中）
児童 [[PERSON:川村 颯太]]（[[DATE_OF_BIRTH:令和3年6月17日]]）は4月から入所予定。
"""

NEGATIVE_DLP12 = r"""
番号{BADMN}の照合に失敗した。
Ref. No. K4408127 for the shipment.
Two passport photos (4.5 x 3.5 cm) are required.
symbol 3390 and number 58 on the map legend
記号番号欄には漢字の略号を記入する。
Branches in Tokyo, Osaka and Fukuoka opened in 2023.
受付番号 0266-52-8841 を通知した。
交流会（令和6年11月3日）の参加者を募集する。
"""

# Round E (after the pii_test5 first run; its misses described generally, every value invented):
# a number's own bracketed label after it decides its type; English postal labels and a bare
# postal code in an address row; unlabelled phones in table rows and a mobile after a relation;
# English birth dates with 生, a birth date in a ／ or CSV person row; meeting dates are no birth
# dates; a city-first address in brackets after a name.
POSITIVE_DLP13 = r"""
提示書類：[[JP_PASSPORT:RK5518204]]（旅券番号）、[[JP_DRIVER_LICENSE:622014578390]]（免許証番号）、[[JP_MY_NUMBER:{MN_H}]]（個人番号）
確認済み [[JP_DRIVER_LICENSE:4417 2093 6618]]（運転免許証番号） [[JP_MY_NUMBER:{MN_H}]]（マイナンバー）
Postal code: [[JP_POSTAL_CODE:602-8570]], Kyoto
ZIP code [[JP_POSTAL_CODE:890-0064]]
7,[[PERSON:松本 理恵]],[[JP_POSTAL_CODE:370-0826]],[[JP_ADDRESS:群馬県高崎市連雀町14-2]]
| [[PERSON:大塚 亮介]] | [[JP_POSTAL_CODE:761-8071]] | [[JP_ADDRESS:香川県高松市伏石町2150-3]] |
緊急連絡先｜[[PERSON:西田 恭子]]｜[[PHONE_NUMBER:(06)6941-3307]]
保護者,[[PERSON:吉川 修]],[[PHONE_NUMBER:0299-82-1156]]
代理人 [[PERSON:野口 翔]]（次男）[[PHONE_NUMBER:08051237764]]
次女 [[PERSON:ゆい]] [[DATE_OF_BIRTH:3 Feb 2016]]生
長男 [[DATE_OF_BIRTH:11/09/2012]]生まれ
[[PERSON:森 健一]]／[[PERSON:モリ ケンイチ]]／[[DATE_OF_BIRTH:昭和62年9月30日]]／男
2,[[PERSON:原田 美紀]],[[PERSON:ハラダ ミキ]],[[DATE_OF_BIRTH:1991-05-14]],女
申請者 [[PERSON:上原 剛]]（[[JP_ADDRESS:宜野湾市普天間1-27-3]]）
"""

NEGATIVE_DLP13 = r"""
出席：岡田、村上　欠席：石井　次回 2027/01/20 開催
次回 令和9年2月8日 開催予定
品番,単価,出荷日
C-2201,4800,2026-10-15
D-0917,602-8570,2026/12/01
会議録／年次報告／令和8年6月2日／開催
受注番号 08051237764 の控え
"""

_LABEL = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _mn(rng: random.Random) -> str:
    base = _digits(rng, 11)
    return base + str(my_number_check_digit(base))


def _cn(rng: random.Random) -> str:
    base = _digits(rng, 12)
    return str(corporate_check_digit(base)) + base


def _card(rng: random.Random) -> str:
    while True:
        d = rng.choice(["4", "5" + str(rng.randint(1, 5)), "35"])
        d += _digits(rng, 15 - len(d))
        for last in "0123456789":
            if luhn_ok(d + last):
                return d + last


def _badmn(rng: random.Random) -> str:
    m = _mn(rng)
    return m[:11] + str((int(m[11]) + 1 + rng.randrange(8)) % 10)


def _fill(line: str, rng: random.Random) -> str:
    def g(name: str) -> str:
        if name == "MN":
            return _mn(rng)
        if name == "MN_S":
            m = _mn(rng)
            return f"{m[:4]} {m[4:8]} {m[8:]}"
        if name == "MN_H":
            m = _mn(rng)
            return f"{m[:4]}-{m[4:8]}-{m[8:]}"
        if name == "MN_FW":
            return _mn(rng).translate(FW)
        if name == "MN_ODD":
            m = _mn(rng)
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if name == "CN_ODD":
            c = _cn(rng)
            return f"{c[0]} {c[1:]}"
        if name == "MN_FWH":
            m = _mn(rng)
            return f"{m[:4]}-{m[4:8]}-{m[8:]}".translate(FW)
        if name == "MN_DOT":
            m = _mn(rng)
            return f"{m[:4]}・{m[4:8]}・{m[8:]}"
        if name == "MN_ZS":
            m = _mn(rng)
            return f"{m[:4]}\u3000{m[4:8]}\u3000{m[8:]}"
        if name == "CN_H":
            c = _cn(rng)
            return f"{c[0]}-{c[1:5]}-{c[5:9]}-{c[9:]}"
        if name == "CARD_FW":
            c = _card(rng)
            return "\u3000".join(c[i : i + 4] for i in range(0, 16, 4)).translate(FW)
        if name == "CN":
            return _cn(rng)
        if name == "CN_FW":
            return _cn(rng).translate(FW)
        if name == "CARD":
            return _card(rng)
        if name == "CARD_H":
            c = _card(rng)
            return "-".join(c[i : i + 4] for i in range(0, 16, 4))
        if name == "CARD_S":
            c = _card(rng)
            return " ".join(c[i : i + 4] for i in range(0, 16, 4))
        if name == "BADMN":
            return _badmn(rng)
        if name == "BADMN_H":
            m = _badmn(rng)
            return f"{m[:4]}-{m[4:8]}-{m[8:]}"
        raise KeyError(name)

    return re.sub(r"\{([A-Z_]+)\}", lambda m: g(m.group(1)), line)


def _parse(line: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in _LABEL.finditer(line):
        out.append(line[pos : m.start()])
        length += m.start() - pos
        value = m.group(2)
        spans.append({"start": length, "end": length + len(value), "type": m.group(1)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), spans


def build() -> list[dict[str, object]]:
    rng = random.Random(20260401)
    rows: list[dict[str, object]] = []
    count = {"positive": 0, "negative": 0}
    blocks = (
        ("positive", POSITIVE),
        ("negative", NEGATIVE),
        ("positive", POSITIVE_DLP11),
        ("negative", NEGATIVE_DLP11),
        ("positive", POSITIVE_DLP11B),
        ("negative", NEGATIVE_DLP11B),
        ("positive", POSITIVE_DLP11C),
        ("negative", NEGATIVE_DLP11C),
        ("positive", POSITIVE_DLP12),
        ("negative", NEGATIVE_DLP12),
        ("positive", POSITIVE_DLP13),
        ("negative", NEGATIVE_DLP13),
    )
    for kind, block in blocks:
        for line in (x for x in block.strip().splitlines() if x.strip()):
            count[kind] += 1
            text, spans = _parse(_fill(line, rng))
            rows.append({"id": f"{kind[:3]}-{count[kind]:03d}", "kind": kind, "text": text, "spans": spans})
    dev_f, hold_f = build_f(start=count)
    dev_g, _ = build_f(start=_counts(rows + dev_f), held_start=_counts(hold_f), rows=ROWS_G, seed=20261204)
    dev_i, _ = build_f(
        start=_counts(rows + dev_f + dev_g + ROWS_H), rows=ROWS_I, seed=20261205, held_out=is_holdout_i
    )
    return rows + dev_f + dev_g + ROWS_H + dev_i


def build_holdout() -> list[dict[str, object]]:
    """The dev-holdout: round F's held rows, then round G's (``dlp_rows_g.ROWS_G``), then round I's."""
    _, hold_f = build_f()
    _, hold_g = build_f(held_start=_counts(hold_f), rows=ROWS_G, seed=20261204)
    _, hold_i = build_f(held_start=_counts(hold_f + hold_g), rows=ROWS_I, seed=20261205, held_out=is_holdout_i)
    return hold_f + hold_g + hold_i


def _counts(rows: list[dict[str, object]]) -> dict[str, int]:
    return {k: sum(r["kind"] == k for r in rows) for k in ("positive", "negative")}


def build_f(
    *,
    start: dict[str, int] | None = None,
    held_start: dict[str, int] | None = None,
    rows: str = ROWS_F,
    seed: int = 20261203,
    held_out: Callable[[int], bool] = is_holdout,
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """A round's batch (``ROWS_F`` by default): (dev rows numbered on from ``start``, holdout rows)."""
    rng = random.Random(seed)
    count = dict(start or {"positive": 0, "negative": 0})
    held = dict(held_start or {"positive": 0, "negative": 0})
    dev: list[dict[str, object]] = []
    holdout: list[dict[str, object]] = []
    lines = [x.strip() for x in rows.strip().splitlines() if x.strip()]
    for i, line in enumerate(lines):
        kind = {"+": "positive", "-": "negative"}[line[0]]
        text, spans = _parse(_fill(line[1:].strip(), rng).replace("⏎", "\n").replace("\\t", "\t"))
        if held_out(i):
            held[kind] += 1
            holdout.append(
                {"id": f"dho-{kind[:3]}-{held[kind]:03d}", "kind": kind, "text": text, "spans": spans}
            )
        else:
            count[kind] += 1
            dev.append({"id": f"{kind[:3]}-{count[kind]:03d}", "kind": kind, "text": text, "spans": spans})
    return dev, holdout


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    _write(OUT, rows)
    _write(HOLDOUT_OUT, build_holdout())
    n_pos = sum(r["kind"] == "positive" for r in rows)
    print(f"wrote {len(rows)} sentences ({n_pos} positive, {len(rows) - n_pos} negative) to {OUT}")
