"""Round G labelled rows (written 2026-12-04 night, before any rule change; every value invented).

Same format as ``dlp_rows_f.py``: ``+`` positive, ``-`` negative, ``⏎`` a line break inside the
row, ``\\t`` a tab, slots such as ``{MN}`` filled with valid check digits by
``benchmarks/dlp_make_evalset.py``. Rows ``i % 5 in (1, 3)`` (0-based) form the dev-holdout
addition (not tuned on); the rest are appended to the dev set.

Weighted to the forms two blind sets missed after round F, described generally: log / key=value
lines and CSV headers with English or snake_case keys (the key decides the type, even when a
12-digit value passes the 個人番号 check), OCR text with spaces between characters, postal codes
without 〒 at the start of a field or in brackets after 転出先/送付先, birth dates in roster rows
and 8-digit dates with 生, health-insurance 記号/番号 variants, hyphenated licence numbers and a
document-type column, 11-digit mobiles, a phone followed by ／ and an e-mail address; and hard
negatives (postal-zone ranges, log ids, counts, event dates in rows about no person).
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

__all__ = ["ROWS_G", "is_holdout"]

ROWS_G = r"""
+ 2026-11-02 10:14:07 INFO verify user_id=u4471 dl=[[JP_DRIVER_LICENSE:{MN}]] result=ok
+ dl_no=[[JP_DRIVER_LICENSE:{MN}]] status=matched
+ applicant.driver_license="[[JP_DRIVER_LICENSE:551902338104]]"
+ [WARN] rc=[[JP_RESIDENCE_CARD:QK40918273ZT]] expired
+ rc_no: [[JP_RESIDENCE_CARD:MB22048816SN]]
+ passport=[[JP_PASSPORT:TZ5512093]] nationality=JP
+ zip=[[JP_POSTAL_CODE:371-0024]] addr=[[JP_ADDRESS:群馬県前橋市表町2-18-5]]
+ birth_date=[[DATE_OF_BIRTH:1987-04-22]] gender=F
+ dob: [[DATE_OF_BIRTH:1975/09/03]]
+ insurer_no=[[JP_HEALTH_INSURANCE:06271058]] symbol=[[JP_HEALTH_INSURANCE:3308]] number=[[JP_HEALTH_INSURANCE:41]]
+ pension_no=[[JP_PENSION_NUMBER:6618-203947]]
+ mynumber=[[JP_MY_NUMBER:{MN}]]
+ id,name,dob,zip,tel⏎1042,[[PERSON:堀内 沙織]],[[DATE_OF_BIRTH:1992-12-08]],[[JP_POSTAL_CODE:520-0044]],[[PHONE_NUMBER:077-522-3391]]
+ member_id,dl_no,expires⏎M-0921,[[JP_DRIVER_LICENSE:{MN}]],2029-03-15
+ case_id,rc_no,status⏎C-55,[[JP_RESIDENCE_CARD:HT77120394PL]],審査中
+ user,insurer_no,symbol,number⏎u201,[[JP_HEALTH_INSURANCE:31140017]],[[JP_HEALTH_INSURANCE:5521]],[[JP_HEALTH_INSURANCE:208]]
+ user,pension_no⏎u330,[[JP_PENSION_NUMBER:2290-551804]]
+ name,birth_date⏎[[PERSON:Kenta Arai]],[[DATE_OF_BIRTH:19890617]]
+ record: passport=[[JP_PASSPORT:RK0923341]]; mynumber=[[JP_MY_NUMBER:{MN_H}]]
+ dl=[[JP_DRIVER_LICENSE:{MN_S}]] checked_by=staff01
- request_id=118204455670 latency=42ms
- order_no=330218847105 qty=3
- 2026-11-02 10:14:07 INFO batch=20261102 rows=1204 status=ok
- session=9c1f2e rc=0 elapsed=12.4s
- zip_code_range=1000000-1999999 region=関東
- ts,level,msg⏎2026-11-02T10:14:07,INFO,index rebuilt in 3120ms
+ 在 留 カ ー ド 番 号 [[JP_RESIDENCE_CARD:A B 1 2 3 4 5 6 7 8 C D]]
+ 電 話 [[PHONE_NUMBER:0 7 0 - 2 8 1 4 - 6 6 0 3]]
+ 電 話 番 号 ： [[PHONE_NUMBER:0 3 - 3 5 8 1 - 2 2 4 9]]
+ 郵 便 番 号 [[JP_POSTAL_CODE:5 3 0 - 0 0 0 1]]
+ 生 年 月 日 [[DATE_OF_BIRTH:昭 和 6 2 年 3 月 1 4 日]]
+ 個 人 番 号 [[JP_MY_NUMBER:{MN}]]
+ 運 転 免 許 証 番 号 [[JP_DRIVER_LICENSE:4 2 1 8 0 7 7 3 0 1 5 5]]
+ 旅 券 番 号 [[JP_PASSPORT:M Z 4 4 1 0 2 8 7]]
- 受 付 番 号 2 0 2 6 - 0 4 5 1
- 令 和 8 年 度 事 業 計 画
+ [[JP_POSTAL_CODE:９８０－８６７１]][[JP_ADDRESS:宮城県仙台市青葉区国分町三丁目7番1号]]
+ [[JP_POSTAL_CODE:060ー0042]] [[JP_ADDRESS:北海道札幌市中央区大通西5丁目11]]
+ 送付先,[[JP_POSTAL_CODE:７３０‐００１１]] [[JP_ADDRESS:広島県広島市中区基町10-52]]
+ 転出先（[[JP_POSTAL_CODE:2200012]]）[[JP_ADDRESS:神奈川県横浜市西区みなとみらい2-3-1]]
+ 送付先住所（[[JP_POSTAL_CODE:8100001]]）へ書類を郵送する。
+ 住所：[[JP_POSTAL_CODE:400-0031]] [[JP_ADDRESS:山梨県甲府市丸の内1-6-1]]
+ 転居先（[[JP_POSTAL_CODE:６５０－００２１]]）[[JP_ADDRESS:兵庫県神戸市中央区三宮町1-5-1]]
+ [[PERSON:石原 詩織]]／[[JP_POSTAL_CODE:761-0301]]／[[JP_ADDRESS:香川県高松市林町2217-15]]
- 郵便番号1000000から1999999までは東京都内の区域に割り当てられている。
- 郵便区番号 5300000～5399999 の範囲は大阪市内です。
- 集配区域は 0600000 から 0699999 までとする。
- 部品番号 220-0012 を発注した。
- 整理番号（2200012）で管理する。
+ [[PERSON:吉岡 翼]]（[[DATE_OF_BIRTH:19910305]]生）は申請者の長男である。
+ [[PERSON:今井 玲奈]]（[[DATE_OF_BIRTH:20020714]]生まれ）
+ 生 [[DATE_OF_BIRTH:H3.5.21]]
+ 生：[[DATE_OF_BIRTH:S.58.11.2]]
+ 生　[[DATE_OF_BIRTH:R.2.4.18]]
+ [[PERSON:大塚 誠]] ／ [[DATE_OF_BIRTH:1968年2月9日]] ／ [[JP_ADDRESS:茨城県水戸市三の丸1-5-38]] ／ [[PHONE_NUMBER:029-221-4467]]
+ [[PERSON:松下 葵]]／[[DATE_OF_BIRTH:1999-08-30]]／[[JP_ADDRESS:栃木県宇都宮市本町3-9]]／[[PHONE_NUMBER:090-1187-2043]]
+ [[JP_RESIDENCE_CARD:PL55019283QA]]｜留学｜[[DATE_OF_BIRTH:2001/03/17]]
+ [[JP_RESIDENCE_CARD:UY20384471GR]] ｜ 技術・人文知識・国際業務 ｜ [[DATE_OF_BIRTH:19940512]]
+ [[PERSON:西田 陽菜]]｜[[DATE_OF_BIRTH:平成12年6月3日]]｜[[PHONE_NUMBER:080-4420-1185]]
+ [[PERSON:坂口 亮介]] ／ [[DATE_OF_BIRTH:20000125]] ／ [[JP_ADDRESS:静岡県浜松市中央区元城町103-2]]
- 第3回 ／ 2026年11月20日 ／ 市役所本庁舎 ／ 受付終了
- 更新日｜2026/11/30｜担当課｜総務課
- 改訂履歴 ／ 20261015 ／ 第2版
- 令和8年4月1日生の制度改正について説明した。
- 施行日（20270401）から適用する。
+ 保険証番号 [[JP_HEALTH_INSURANCE:1203・4478]]
+ 保険証番号：[[JP_HEALTH_INSURANCE:０５１２・３３８０]]
+ 記号 [[JP_HEALTH_INSURANCE:21ミナ3]]・番号 [[JP_HEALTH_INSURANCE:1042]]
+ 被保険者証 記号：[[JP_HEALTH_INSURANCE:47アオ1]]・番号：[[JP_HEALTH_INSURANCE:55]]
+ Insurer No.,Symbol,Number⏎[[JP_HEALTH_INSURANCE:01130022]],[[JP_HEALTH_INSURANCE:8812]],[[JP_HEALTH_INSURANCE:3]]
+ insurer number: [[JP_HEALTH_INSURANCE:39271045]]
+ 保険者番号 [[JP_HEALTH_INSURANCE:138057]] 記号 [[JP_HEALTH_INSURANCE:ひ33]] 番号 [[JP_HEALTH_INSURANCE:907]]
- 保険料額 1203・4478円（年額）
- 記号の説明・番号の付け方は別紙のとおり。
- insurer_count=12 symbol_table=v2
+ 運転免許証 [[JP_DRIVER_LICENSE:30-18-204411-05]]
+ 免許証番号：[[JP_DRIVER_LICENSE:62-04-118830-71]]
+ 書類種別,番号⏎運転免許証,[[JP_DRIVER_LICENSE:441900228716]]⏎運転経歴証明書,[[JP_DRIVER_LICENSE:302211408853]]
+ 氏名,確認書類,番号⏎[[PERSON:森本 浩]],運転免許証,[[JP_DRIVER_LICENSE:{MN}]]
+ 確認書類｜番号⏎運転経歴証明書｜[[JP_DRIVER_LICENSE:551203448019]]
+ 本人確認：運転免許証（番号 [[JP_DRIVER_LICENSE:22-10-551804-33]]）
+ 確認書類,番号⏎個人番号カード,[[JP_MY_NUMBER:{MN}]]⏎パスポート,[[JP_PASSPORT:TN8830412]]
- 書類種別,件数⏎運転免許証,1204⏎運転経歴証明書,88
- 図面番号 30-18-204411-05 改訂
- 免許の更新手続は 2026-12-01 から受け付ける。
+ 折り返し[[PHONE_NUMBER:09043318270]]までご連絡ください。
+ 連絡先 [[PHONE_NUMBER:08011229034]]
+ 折り返しのお電話は[[PHONE_NUMBER:07055182264]]へお願いします。
+ 連絡は携帯[[PHONE_NUMBER:09022834417]]に
+ TEL [[PHONE_NUMBER:+81-80-3349-2210]]／[[EMAIL_ADDRESS:k.sato@example.jp]]
+ 電話 [[PHONE_NUMBER:03-3581-0072]]／[[EMAIL_ADDRESS:info-desk@example.org]]
+ Tel: [[PHONE_NUMBER:090-2214-8830]] / Mail: [[EMAIL_ADDRESS:m_tanaka@example.co.jp]]
+ [[PHONE_NUMBER:06-6110-2348]]｜[[EMAIL_ADDRESS:office@example.ne.jp]]
- 受付件数 09043318270 件ではなく、管理番号です。
- 折り返し運転は 2026年12月1日から開始する。
- 連絡会議は 20261201 に開催した。
+ 氏名 [[PERSON:小松 直樹]]　個人番号 [[JP_MY_NUMBER:{MN}]]
+ マイナンバー：[[JP_MY_NUMBER:{MN_S}]]（本人確認済）
+ 運転免許証番号 [[JP_DRIVER_LICENSE:{MN}]] を確認した。
+ 免許証：[[JP_DRIVER_LICENSE:{MN_H}]]
- 問合せ番号 {MN} の回答
- 受付ID {MN_H} を発行した。
- 統計表番号 {MN} （人口動態）
+ 郵便番号：[[JP_POSTAL_CODE:〒１００ー８９２６]]
+ 〒[[JP_POSTAL_CODE:5300001]][[JP_ADDRESS:大阪府大阪市北区梅田]]
+ [[JP_POSTAL_CODE:104-0061]]　[[JP_ADDRESS:東京都中央区銀座4-6-1]]
- 郵便番号の範囲（100-0000〜100-9999）は千代田区である。
- 令和8年度予算額 371,024千円
- 口座数 520-0044 件ではない
+ 生年月日,氏名⏎[[DATE_OF_BIRTH:S52.7.13]],[[PERSON:野口 雅人]]
+ DOB [[DATE_OF_BIRTH:2003.02.28]]
+ 生年月日 [[DATE_OF_BIRTH:１９７９年１２月３日]]生
- 作成日：2026年11月30日
- 開催日,会場⏎2026/12/10,第1会議室
+ 運転免許証の番号：[[JP_DRIVER_LICENSE:５１２２ ０３３８ ４４１０]]
+ Driver license: [[JP_DRIVER_LICENSE:33-02-871045-12]]
+ 在留カード番号,在留資格,生年月日⏎[[JP_RESIDENCE_CARD:EG11038462YK]],特定技能,[[DATE_OF_BIRTH:1996-10-02]]
+ 基礎年金番号：[[JP_PENSION_NUMBER:1190 884210]]
+ pension_number="[[JP_PENSION_NUMBER:4002-117336]]"
+ passport_no,expiry⏎[[JP_PASSPORT:TK4418802]],2031-05-30
+ email=[[EMAIL_ADDRESS:r.kimura@example.com]] tel=[[PHONE_NUMBER:080-5562-1093]]
+ card=[[CREDIT_CARD:{CARD}]] exp=12/29
+ corporate_no=[[JP_CORPORATE_NUMBER:{CN}]]
+ 振込先 口座番号=[[JP_BANK_ACCOUNT:3304417]]
- card_type=VISA exp=12/29 count=4
- 検査値 4.12 / 3.98 / 5.01（基準値内）
- 官報 令和8年11月30日 第1234号
"""


def is_holdout(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): 40 % of the batch, spread over every topic."""
    return index % 5 in (1, 3)
