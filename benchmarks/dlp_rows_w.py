"""Round W labelled rows (written 2026-12-04, before any rule change of round W; every value invented).

Same format as ``dlp_rows_v.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\t`` a tab. Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form
``corpora/eval/pii_devholdout_rw.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rw.jsonl``.

Round W's layout families: joint health-insurance 記号・番号 values of more shapes (short hyphenated
記号, 4-digit 記号 + 3-digit 番号 + 枝番, place-name 記号, kanji+digit 記号 and a number split by a
blank), a ｜ table column headed with a blank inside (健保 番号), key=value logs (hi_no, kenpo_no);
店番-口座番号 after 口座 in a 口座振替 line; birth dates after a family member's name, after Tagalog
labels and in a quoted chat reply; space-separated and OCR-spaced postal codes; a bare fixed-line
phone in a letter signature and foreign mobiles; a previous passport number in brackets; romanized
addresses after Former/Current/Permanent address; an address wrapped over two lines after 住所.
Hard negatives: product codes and order numbers, other *_no keys, 記号・番号 in road-sign and
document contexts, amounts, event dates after names in schedules, tracking numbers.

    python benchmarks/dlp_rows_w.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

__all__ = ["ROWS_W", "is_holdout_w"]


def is_holdout_w(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


ROWS_W = r"""
+ 保険証 記号・番号：[[JP_HEALTH_INSURANCE:3-7]]・[[JP_HEALTH_INSURANCE:2051]]
+ 被保険者証 記号・番号 [[JP_HEALTH_INSURANCE:12-4]]・[[JP_HEALTH_INSURANCE:8830]] を確認
+ 記号・番号 [[JP_HEALTH_INSURANCE:6120]]・[[JP_HEALTH_INSURANCE:334]]（枝番[[JP_HEALTH_INSURANCE:01]]）
+ 保険証の記号・番号は[[JP_HEALTH_INSURANCE:8415]]・[[JP_HEALTH_INSURANCE:207]]（枝番[[JP_HEALTH_INSURANCE:03]]）です
+ 被保険者証記号・番号 [[JP_HEALTH_INSURANCE:浜松]]・[[JP_HEALTH_INSURANCE:4418]]
+ 被保険者証記号・番号：[[JP_HEALTH_INSURANCE:札幌]]・[[JP_HEALTH_INSURANCE:30921]]
+ 被保険者証記号・番号 [[JP_HEALTH_INSURANCE:北九州]]・[[JP_HEALTH_INSURANCE:7702]] 本人
+ 保険証記号番号 [[JP_HEALTH_INSURANCE:練馬12]] [[JP_HEALTH_INSURANCE:4471]]
+ 保険証記号番号 [[JP_HEALTH_INSURANCE:世田3]] [[JP_HEALTH_INSURANCE:90215]]
+ 保険証記号番号 [[JP_HEALTH_INSURANCE:港20]] [[JP_HEALTH_INSURANCE:1183]] で受付
+ 氏名｜健保 番号｜受付日⏎[[PERSON:岡田 澄子]]｜[[JP_HEALTH_INSURANCE:50213]]｜2026/03/02
+ No｜健保 番号｜区分⏎1｜[[JP_HEALTH_INSURANCE:7781-22]]｜本人
+ 健保 番号 ｜ 備考⏎[[JP_HEALTH_INSURANCE:330418]] ｜ 再発行
+ user=1042 hi_no=[[JP_HEALTH_INSURANCE:2281-415]] status=ok
+ hi_number=[[JP_HEALTH_INSURANCE:60173]] plan=kokuho
+ kenpo_no=[[JP_HEALTH_INSURANCE:9024-18]] ts=2026-02-11
+ ts=2026-04-01T09:12 kenpo_no=[[JP_HEALTH_INSURANCE:44120]] op=update
+ hi_no: [[JP_HEALTH_INSURANCE:1507-63]]
+ 記号・番号：[[JP_HEALTH_INSURANCE:2-15]]・[[JP_HEALTH_INSURANCE:604]]
+ 被保険者証記号・番号 [[JP_HEALTH_INSURANCE:浦安]]・[[JP_HEALTH_INSURANCE:1209]]（家族）
+ 口座振替：[[PERSON:杉本 亮]] 様 みなと銀行 口座 [[JP_BANK_ACCOUNT:0412-3308157]] より引落
+ 口座振替のお知らせ 北斗信金 口座 [[JP_BANK_ACCOUNT:1105-7720461]] 毎月27日
+ 口座振替依頼 ひかり銀行 普通 口座[[JP_BANK_ACCOUNT:0230-5541907]]
+ 口座振替日 5/27 口座 [[JP_BANK_ACCOUNT:3318-0092756]]（普通）
+ 子 [[PERSON:村井 陽菜]] [[DATE_OF_BIRTH:2019年8月14日]] 保育園入所申込
+ 長男 [[PERSON:北川 蒼]] [[DATE_OF_BIRTH:平成30年2月3日]]
+ 妻 [[PERSON:森田 恵]] [[DATE_OF_BIRTH:1988/11/02]] 扶養
+ 子 [[PERSON:石田 結衣]] [[DATE_OF_BIRTH:令和2年6月30日]]
+ 母 [[PERSON:堀 千代子]] [[DATE_OF_BIRTH:昭和22年4月9日]] 同居
+ Kaarawan: [[DATE_OF_BIRTH:1991-07-22]]
+ Petsa ng kapanganakan: [[DATE_OF_BIRTH:March 5, 1986]]
+ Kaarawan: [[DATE_OF_BIRTH:12/09/1979]]
+ Petsa ng kapanganakan: [[DATE_OF_BIRTH:1994年1月18日]]
+ 相談員「生年月日を教えてください」⏎相談者「[[DATE_OF_BIRTH:1985年3月12日]]です」
+ 職員「念のため生年月日をお願いします」⏎利用者「[[DATE_OF_BIRTH:平成9年10月1日]]です」
+ スタッフ「生年月日は？」⏎本人「[[DATE_OF_BIRTH:昭和55年7月7日]]です」
+ 送付先 [[JP_POSTAL_CODE:231 0023]] [[JP_ADDRESS:神奈川県横浜市中区山下町1番地]]
+ 返送先：[[JP_POSTAL_CODE:812 0011]] [[JP_ADDRESS:福岡県福岡市博多区博多駅前2丁目9番28号]]
+ 〒[[JP_POSTAL_CODE:0 5 3 - 0 0 2 2]] [[JP_ADDRESS:北海道苫小牧市表町4丁目2番5号]]
+ 〒 [[JP_POSTAL_CODE:9 8 0 - 8 5 7 0]] [[JP_ADDRESS:宮城県仙台市青葉区本町3丁目8番1号]]
+ 送付先　[[JP_POSTAL_CODE:650 0011]]　[[JP_ADDRESS:兵庫県神戸市中央区下山手通5丁目10番1号]]
+ 以上、改善を求めます。⏎[[PERSON:高野 誠]]⏎[[JP_ADDRESS:静岡県静岡市葵区追手町9番6号]]⏎[[PHONE_NUMBER:054-221-3308]]⏎[[EMAIL_ADDRESS:takano.m@example.jp]]
+ よろしくお願いいたします。⏎[[PERSON:内田 里美]]⏎[[JP_ADDRESS:千葉県船橋市湊町2丁目10番25号]]⏎[[PHONE_NUMBER:047-436-2291]]⏎[[EMAIL_ADDRESS:uchida@example.ne.jp]]
+ mobile [[PHONE_NUMBER:+44 7700 900418]]
+ Tel: [[PHONE_NUMBER:+49 151 2384 9076]]
+ mobile: [[PHONE_NUMBER:+33 6 12 44 87 09]]
+ Mobile [[PHONE_NUMBER:+61 412 559 803]]
+ Passport No: [[JP_PASSPORT:512209874]] (prev. [[JP_PASSPORT:488120937]])
+ Passport No.: [[JP_PASSPORT:C0912447]] (prev. [[JP_PASSPORT:B7720193]])
+ Passport No: [[JP_PASSPORT:TZ4410982]] (previous [[JP_PASSPORT:TZ1108374]])
+ Former Address: [[JP_ADDRESS:2-11-5 Nishiki, Naka-ku, Nagoya-shi, Aichi-ken]]
+ Current Address: [[JP_ADDRESS:4-3-18 Honcho, Aoba-ku, Sendai-shi, Miyagi-ken]]
+ Permanent address: [[JP_ADDRESS:1-9-2 Higashi, Shibuya-ku, Tokyo-to]]
+ Former Address: [[JP_ADDRESS:3-2-7 Shijo, Shimogyo-ku, Kyoto-shi, Kyoto-fu]]
+ Current Address: [[JP_ADDRESS:5-14-1 Chuo, Kawaguchi-shi, Saitama-ken]]
+ 住所 [[JP_ADDRESS:神奈川県横浜市⏎南区六ツ川１－３３－８]]
+ 住所：[[JP_ADDRESS:大阪府大阪市⏎北区中之島１－３－２０]]
+ 住所 [[JP_ADDRESS:愛知県名古屋市⏎東区泉２－１４－５]]
+ 住所：[[JP_ADDRESS:福岡県北九州市⏎小倉北区城内１－１]]
+ 保険証 記号・番号 [[JP_HEALTH_INSURANCE:4-2]]・[[JP_HEALTH_INSURANCE:9915]] 本人
+ 被保険者証記号・番号 [[JP_HEALTH_INSURANCE:豊橋]]・[[JP_HEALTH_INSURANCE:6603]]
+ 保険証記号番号 [[JP_HEALTH_INSURANCE:杉並4]] [[JP_HEALTH_INSURANCE:30882]]
+ kenpo_no=[[JP_HEALTH_INSURANCE:7730-41]]
- 道路標識の記号・番号 3-7・2051 は別表のとおり
- 文書記号・番号 総務-1・2207 の通知
- 記号・番号 12-4・8830（様式第3号）の書類
- 標識令の記号・番号は 319-A とする
- 発番規程 記号・番号 浜松・4418 号文書
- 型番 6120-334（枝番01）
- 商品コード 8415・207（色番03）
- order_no=2281-415 status=ok
- ticket_no=60173 plan=basic
- item_no=9024-18 ts=2026-02-11
- invoice_no: 1507-63
- ship_no=44120 op=update
- room_no=330418
- 注文番号 0412-3308157 の返金
- 追跡番号 1105-7720461（ゆうパック）
- 問合せ番号 0230-5541907 配達済
- お問い合わせ伝票番号 3318-0092756
- 口座振替の金額 12,800円（4月分）
- 振替日 2026年5月27日 口座振替件数 1204-3308157 件ではありません
- 講演 村井 陽菜 2026年8月14日 14:00〜
- 登壇 北川 蒼 令和8年2月3日 会場A
- 研修日程：森田 恵 2026/11/02
- 子育て支援講座 2026年6月30日 開催
- Kaarawan ng bayan: 2026-07-22 festival
- 担当「次回の面談日は？」⏎本人「2026年3月12日です」
- 職員「開催日を教えてください」⏎市民「令和8年10月1日です」
- 送付先 部数 231 件 0023 号
- 返送先 事業所数 812 0011 箇所
- 〒マーク 0 5 3 個
- 品番 053-0022 数量 5
- 電話受付 平日 9時〜17時⏎株式会社サンプル⏎統計課⏎内線 2204
- 来場者数⏎054 221 3308 人（累計）
- mobile data 44 7700 900418 bytes
- Tel: 内線 151-2384
- Passport size photo (prev. 2 copies)
- Order No: 512209874 (prev. 488120937)
- Invoice No: C0912447 (prev. B7720193)
- Former Address field is required.
- Current Address: see attached sheet
- 住所変更届の提出期限⏎南区役所 窓口
- 住所 の 欄 は 楷書 で 記入⏎１－３３－８ は 条項番号
- 金額 1,104,220 円（税込）
- 受付番号 2026-004417
- 記号・番号の記入例：記号「○○・1234」
- 第3-7・2051号通達
- 保険証記号番号の確認方法について（案内）
"""


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_W, seed=20261219, held_out=is_holdout_w, tag="rw", wrapped_values=True)
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
