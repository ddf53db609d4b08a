"""Round I labelled rows (written 2026-12-05, before any rule change; every value invented).

Same format as ``dlp_rows_f.py``: ``+`` positive, ``-`` negative, ``⏎`` a line break inside the
row, ``\\t`` a tab, slots such as ``{MN}`` filled with valid check digits by
``benchmarks/dlp_make_evalset.py``. Rows ``i % 3 == 1`` (0-based, a third of the batch) form the
dev-holdout addition (not tuned on); the rest are appended to the dev set.

Weighted to the layouts the last blind sets missed, described generally: a 通知カード番号 (a My
Number, not a payment card), health-insurance 記号/番号/枝番 in prose (番号 before 記号, 記号 alone,
が instead of は), forms split over lines, tables whose card words are only in a header, keys in
JSON/YAML, OCR spacing; postal codes in headerless CSV/TSV rows; camelCase JSON keys; full-width
digits and values before their labels; and hard negatives (通知カード with no number, point-card
and 診察券 numbers, land lots, document 枝番, counts, statute text, non-birth dates).
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

__all__ = ["ROWS_I", "is_holdout_i"]


def is_holdout_i(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): a third of the batch, spread over every topic."""
    return index % 3 == 1


ROWS_I = r"""
+ 通知カード番号：[[JP_MY_NUMBER:{MN}]]
+ 通知カードの番号は[[JP_MY_NUMBER:{MN_H}]]です。
+ 通知カード 番号 [[JP_MY_NUMBER:{MN_S}]]（再交付前）
+ 個人番号通知カード記載の番号 [[JP_MY_NUMBER:{MN}]]
+ 本人確認書類：通知カード（番号 [[JP_MY_NUMBER:{MN_H}]]）
+ 通知カードNo. [[JP_MY_NUMBER:{MN_FW}]]
+ notification_card_no=[[JP_MY_NUMBER:{MN}]]
+ クレジットカード番号：[[CREDIT_CARD:{CARD_H}]]
+ カード番号（VISA）[[CREDIT_CARD:{CARD}]]
+ 在留カード番号：[[JP_RESIDENCE_CARD:ＡＢ１２３４５６７８ＣＤ]]
+ 被保険者証の番号は[[JP_HEALTH_INSURANCE:27]]で、記号は[[JP_HEALTH_INSURANCE:6620]]です。
+ 番号 [[JP_HEALTH_INSURANCE:318]]、記号 [[JP_HEALTH_INSURANCE:1155]]（協会けんぽの保険証）
+ 保険証の記号を教えてください。記号は[[JP_HEALTH_INSURANCE:4417]]です。
+ 保険証は記号が[[JP_HEALTH_INSURANCE:7702]]、番号が[[JP_HEALTH_INSURANCE:15]]です。
+ 保険証 記号番号：[[JP_HEALTH_INSURANCE:練12・3456]]
+ 国民健康保険証の記号・番号は[[JP_HEALTH_INSURANCE:国保さ203-5518]]です。
+ 被保険者記号・番号 [[JP_HEALTH_INSURANCE:名古屋4-20871]]
+ 【健康保険証】⏎記号：[[JP_HEALTH_INSURANCE:8812]]⏎番号：[[JP_HEALTH_INSURANCE:406]]⏎枝番：[[JP_HEALTH_INSURANCE:01]]
+ 保険証\t記号\t番号\t枝番⏎本人\t[[JP_HEALTH_INSURANCE:7012]]\t[[JP_HEALTH_INSURANCE:15]]\t[[JP_HEALTH_INSURANCE:02]]
+ 氏名,保険者番号,記号,番号,枝番⏎[[PERSON:岩田 陽子]],[[JP_HEALTH_INSURANCE:06139012]],[[JP_HEALTH_INSURANCE:1203]],[[JP_HEALTH_INSURANCE:45]],[[JP_HEALTH_INSURANCE:00]]
+ 協会けんぽ 被保険者証 記号 [[JP_HEALTH_INSURANCE:51020314]] 番号 [[JP_HEALTH_INSURANCE:12]]
+ 後期高齢者医療被保険者証　被保険者番号　[[JP_HEALTH_INSURANCE:１２０４５６７８]]
+ 介護保険被保険者証の番号：[[JP_HEALTH_INSURANCE:0000381129]]
+ 保険者番号 [[JP_HEALTH_INSURANCE:138123]]（国民健康保険）
+ {"insurance": {"kigo": "[[JP_HEALTH_INSURANCE:2210]]", "bango": "[[JP_HEALTH_INSURANCE:83]]", "edaban": "[[JP_HEALTH_INSURANCE:01]]"}}
+ hokensha_bango: [[JP_HEALTH_INSURANCE:39131057]]⏎hihokensha_kigo: [[JP_HEALTH_INSURANCE:12]]⏎hihokensha_bango: [[JP_HEALTH_INSURANCE:3456]]
+ Insurance card symbol: [[JP_HEALTH_INSURANCE:3308]] / number: [[JP_HEALTH_INSURANCE:41]]
+ 記 号 [[JP_HEALTH_INSURANCE:4 4 0 2]] 番 号 [[JP_HEALTH_INSURANCE:9 1]]
+ 保険証の番号って[[JP_HEALTH_INSURANCE:12]]でいいですか？記号は[[JP_HEALTH_INSURANCE:3380]]です
+ 記号 [[JP_HEALTH_INSURANCE:国保12]] 番号 [[JP_HEALTH_INSURANCE:0345]] 枝番 [[JP_HEALTH_INSURANCE:03]]
+ 組合員証（記号 [[JP_HEALTH_INSURANCE:3-41]]　番号 [[JP_HEALTH_INSURANCE:207]]）を提示
+ 保険証番号：[[JP_HEALTH_INSURANCE:5521 4408]]
+ [[PERSON:佐藤 健]],[[JP_POSTAL_CODE:330-0063]],[[PHONE_NUMBER:090-1234-5678]]
+ [[PERSON:高木 亮]]\t[[JP_ADDRESS:札幌市中央区北1条西2丁目1]]\t[[JP_POSTAL_CODE:060-0001]]
+ 氏名\t電話\t郵便番号⏎[[PERSON:小野 真由]]\t[[PHONE_NUMBER:03-3581-4412]]\t[[JP_POSTAL_CODE:100-0013]]
+ [[PERSON:村上 翔]]，[[JP_ADDRESS:山口県下関市南部町1-1]]，[[JP_POSTAL_CODE:750-0006]]
+ [[JP_POSTAL_CODE:100-8977]]（郵便番号）
+ 〒 [[JP_POSTAL_CODE:530－0001]] 大阪市北区
+ Postcode: [[JP_POSTAL_CODE:980-8570]]
+ 生年月日⏎[[DATE_OF_BIRTH:昭和58年3月9日]]
+ [[DATE_OF_BIRTH:平成２年５月３０日]]生（３５歳）
+ {"name": "[[PERSON:Aiko Mori]]", "dateOfBirth": "[[DATE_OF_BIRTH:1990-05-06]]"}
+ {"birthDate": "[[DATE_OF_BIRTH:1978-11-23]]", "zipCode": "[[JP_POSTAL_CODE:812-0011]]"}
+ {"phoneNumber": "[[PHONE_NUMBER:09012345678]]", "emailAddress": "[[EMAIL_ADDRESS:k.sato@example.jp]]"}
+ 2026-12-01T09:14:02Z user=u77 myNumber=[[JP_MY_NUMBER:{MN}]] action=view
+ 総務課 [[PERSON:田中 一郎]]⏎E-mail: [[EMAIL_ADDRESS:tanaka-i@city.example.lg.jp]]⏎TEL: [[PHONE_NUMBER:0120-123-456]]
+ 基礎年金番号⏎[[JP_PENSION_NUMBER:4120-337815]]
+ 免許証番号 第[[JP_DRIVER_LICENSE:３０１２３４５６７８９０]]号
+ 法人番号（13桁）：[[JP_CORPORATE_NUMBER:{CN}]]
+ [[JP_MY_NUMBER:{MN}]]（マイナンバー）を記入済み
+ Passport number [[JP_PASSPORT:TK1234567]]
+ 電話 [[PHONE_NUMBER:03 5253 2111]]（代表）
+ 振込先：○○銀行 本店 普通 [[JP_BANK_ACCOUNT:１２３４５６７]]
- 通知カードは令和2年5月25日に廃止されました。
- 通知カードの再交付申請は受け付けておりません。
- 受付番号 2026-001234 の通知カード返戻について
- ポイントカード番号：6011 2233 4455 6678
- 診察券番号 0012-3456-7788
- 文書番号 総行住第123号
- 登記簿 地番：345番 枝番：07
- 合計 1,234,567円（うち保険料 123,456円）
- 記号・番号欄は空欄のまま提出してください。
- 被保険者数 12,345人（令和7年3月末）
- 保険者番号は都道府県ごとに異なります。
- 第3号被保険者の届出（様式第12号）
- 商品コード,数量,状態⏎110-2233,12,出荷済
- 110-2233,12,出荷済
- 開催日 2026/05/14（木） 会場 第2会議室
- 交付年月日 平成30年4月1日 有効期限 令和9年4月1日
- 記号の意味は別表のとおり（番号順）
- 在留カードの番号を確認しました。
- 枝番 01〜05 の文書を綴る
- 健康保険法第三条第一項第八号に規定する被保険者
- マイナンバーカード交付数 12,345,678枚
- TEL受付 9:00-17:00（土日祝休）
- 会員カード番号 2468 1357 9024
- 記号 A 番号 3 の様式を使用する（別表第二）
"""
