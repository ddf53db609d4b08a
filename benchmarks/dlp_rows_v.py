"""Round V labelled rows (written 2026-12-04, before any rule change of round V; every value invented).

Same format as ``dlp_rows_u.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\t`` a tab. Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form
``corpora/eval/pii_devholdout_rv.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rv.jsonl``.

Round V's layout families: foreign passport numbers of other shapes after a Japanese passport word
(旅券, パスポート, 失効旅券, 旅券（…）, 「パスポートは …」, a ☑ checklist item, an XML/JSON passport key);
several pension numbers after one 基礎年金番号 label; a 7-digit postal code without hyphen at the
start of an address row; a bare fixed-line phone below a signature's address line and foreign
numbers with a country code after Phone/Tel/電話; birth dates in a chat reply to a 生年月日 question
and in a headerless CSV/log row holding a name and a My Number; romanized Japanese addresses after
"Address in Japan:" / "Address:". Hard negatives: product/model codes and order numbers, 旅券 in
statute-like prose, 7-digit amounts and IDs at row starts, statistics lines, event dates in chats
and CSV rows of events.

    python benchmarks/dlp_rows_v.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

__all__ = ["ROWS_V", "is_holdout_v"]


def is_holdout_v(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


ROWS_V = r"""
+ 旅券 [[JP_PASSPORT:E48219307]]（中国籍）を提示した
+ パスポート：[[JP_PASSPORT:K3391047]]
+ 失効旅券 [[JP_PASSPORT:G20558193]] は返納済み
+ 旅券（[[JP_PASSPORT:M7730418]]）の写しを添付
+ パスポートは [[JP_PASSPORT:PB1182635]] です。
+ ☑ 旅券（[[JP_PASSPORT:X55107329]]）
+ <passport>[[JP_PASSPORT:LK820391]]</passport>
+ {"name": "LE VAN AN", "passport": "[[JP_PASSPORT:C2207461]]"}
+ パスポート [[JP_PASSPORT:508812774]] の有効期限は2030年
+ 旅券：[[JP_PASSPORT:4J8821053]]
+ 本人確認書類：パスポート [[JP_PASSPORT:N04417722]]
+ 失効したパスポート [[JP_PASSPORT:AB904412]] について
+ ☐ 住民票⏎☑ パスポート（[[JP_PASSPORT:H33019846]]）
+ "passport_no": "[[JP_PASSPORT:YA6604128]]",
+ 旅券は[[JP_PASSPORT:S7712903]]、在留カードは未提出
+ パスポート　[[JP_PASSPORT:RT55012937]]
+ 旅券 [[JP_PASSPORT:771203358]]（韓国）
+ <Passport>[[JP_PASSPORT:F0912T447]]</Passport>
+ 「パスポートは [[JP_PASSPORT:D3340981]] ですか」と確認した
+ 旅券（[[JP_PASSPORT:ZK9901223]]）を窓口で確認
- 型番 KX3391047（パスポートケース）
- 注文番号 508812774 のパスポートカバー
- 旅券の発給を受けようとする者は、外務省令で定めるところにより申請しなければならない。
- 旅券法第十九条の規定により旅券の返納を命ずることができる。
- 品番 E48219307 数量 3
- パスポートサイズの写真を2枚（商品コード P2203918）
- 失効旅券の取扱いについては、別に定める。
- {"order_id": "C2207461", "item": "passport holder"}
- 伝票番号 K3391047 出荷済
- ☑ 旅券（原本）⏎☑ 写真 2枚
- <model>LK820391</model>
- パスポート申請窓口は 9 時から 17 時まで
- 旅券（一般旅券）の申請件数は 1234567 件
+ 基礎年金番号 [[JP_PENSION_NUMBER:1234-567890]] と 旧番号 [[JP_PENSION_NUMBER:4410-229315]] を統合
+ 基礎年金番号：[[JP_PENSION_NUMBER:5203-118847]]・[[JP_PENSION_NUMBER:5203-119902]]
+ 基礎年金番号は[[JP_PENSION_NUMBER:2917305566]]、旧手帳番号[[JP_PENSION_NUMBER:8830142276]]です
+ 基礎年金番号 [[JP_PENSION_NUMBER:7701-334158]]、[[JP_PENSION_NUMBER:7701-334166]] の2件
+ 基礎年金番号（[[JP_PENSION_NUMBER:3345-901277]] 及び [[JP_PENSION_NUMBER:3345-901285]]）
+ 基礎年金番号 [[JP_PENSION_NUMBER:6620-118305]] と 重複番号 [[JP_PENSION_NUMBER:6620-440917]]
+ 基礎年金番号 [[JP_PENSION_NUMBER:1234-567890]] と 電話 [[PHONE_NUMBER:03-5512-8804]]
- 基礎年金番号の統合件数 1234567 件と 2345678 件
- 基礎年金番号 制度の概要（平成9年1月導入）と 2025 年度の改正
+ [[JP_POSTAL_CODE:1600023]]｜[[JP_ADDRESS:東京都新宿区西新宿7丁目5番1号]]
+ [[JP_POSTAL_CODE:5300012]]\t[[JP_ADDRESS:大阪府大阪市北区芝田1丁目3番2号]]
+ [[JP_POSTAL_CODE:8120011]],[[JP_ADDRESS:福岡県福岡市博多区博多駅前2丁目4番6号]]
+ 宛名ラベル⏎[[JP_POSTAL_CODE:0600806]]｜[[JP_ADDRESS:北海道札幌市北区北6条西4丁目2番1号]]｜[[PERSON:佐藤 一郎]] 様⏎[[JP_POSTAL_CODE:9800021]]｜[[JP_ADDRESS:宮城県仙台市青葉区中央3丁目2番1号]]｜[[PERSON:高橋 美和]] 様
+ [[JP_POSTAL_CODE:4500002]]\t[[JP_ADDRESS:愛知県名古屋市中村区名駅4丁目1番3号]]\t[[PERSON:伊藤 健]]
+ [[JP_POSTAL_CODE:7300011]],[[JP_ADDRESS:広島県広島市中区基町5番44号]],[[PERSON:村上 直子]]
+ [[JP_POSTAL_CODE:２２０００１２]]｜[[JP_ADDRESS:神奈川県横浜市西区みなとみらい2丁目3番5号]]
+ [[JP_POSTAL_CODE:6008216]] [[JP_ADDRESS:京都府京都市下京区東塩小路町721番地]]
- 1234567｜売上高（円）
- 3456789\t東京都の人口（推計）
- 2025001,東京都,新宿区,12345
- 1600023｜在庫数 120
- 7654321,研修会,2025/04/01
- 会員ID 1600023｜登録日 2024/05/01
- 1000001\t前年比 3.2%
- 4500002,商品A,1200円
- 8120011｜受付済
+ 株式会社みどり商事 総務部⏎[[PERSON:山田 太郎]]⏎[[JP_ADDRESS:東京都千代田区神田須田町1丁目8番4号]]⏎[[PHONE_NUMBER:03-5298-1174]]
+ よろしくお願いいたします。⏎[[PERSON:中村 聡]]⏎[[JP_ADDRESS:大阪府大阪市中央区本町2丁目5番7号]]⏎[[PHONE_NUMBER:06-6241-0387]]
+ --⏎[[JP_ADDRESS:札幌市中央区北1条西2丁目1番地]]⏎[[PHONE_NUMBER:011-231-4470]]
+ Phone: [[PHONE_NUMBER:+44 20 7946 0321]]
+ Tel: [[PHONE_NUMBER:+1 212 555 0187]]
+ 電話 [[PHONE_NUMBER:+82 2 3145 7789]]
+ Tel. [[PHONE_NUMBER:+33 1 42 68 53 00]]
+ 電話番号：[[PHONE_NUMBER:+49 30 2084 3317]]
+ 以上⏎[[JP_ADDRESS:福岡県福岡市中央区天神1丁目11番17号]]⏎[[PHONE_NUMBER:092-711-4528]]
+ Phone: [[PHONE_NUMBER:+61 2 9374 4000]]
- 以上⏎東京都千代田区の統計⏎2025-118-4470
- 受注番号 +44 2079 460321
+ [[JP_ADDRESS:東京都千代田区神田須田町1丁目8番4号]]⏎2025.04.01 発行
- Score: +12 20 7946 (final)
- 資料番号⏎大阪府大阪市中央区本町⏎第06-6241-0387号
- 人口 +1 212 555 人の増加
+ オペレーター：ご本人確認のため生年月日を教えてください。⏎お客様：[[DATE_OF_BIRTH:1985年7月14日]]です。
+ Q: 生年月日をお願いします⏎A: [[DATE_OF_BIRTH:昭和58年3月2日]]
+ 担当：生年月日をご入力ください⏎利用者：[[DATE_OF_BIRTH:1990/11/23]]
+ [10:02] 窓口: 確認のため生年月日を伺えますか？⏎[10:03] 本人: [[DATE_OF_BIRTH:平成4年8月30日]]
+ [[PERSON:田中 次郎]],[[JP_MY_NUMBER:123456789018]],[[DATE_OF_BIRTH:1978-04-12]]
+ ERROR 2025-06-01 row 14: [[PERSON:鈴木 花子]],[[JP_MY_NUMBER:987654321000]],[[DATE_OF_BIRTH:1992/02/29]]
+ 問：生年月日は？⏎答：[[DATE_OF_BIRTH:1969年12月1日]]
+ [[PERSON:佐々木 恵]]\t[[JP_MY_NUMBER:234567890121]]\t[[DATE_OF_BIRTH:1988/09/05]]
- 担当：イベントの開催日をご確認ください⏎利用者：2025年7月14日です。
- Q: 次回の面談日は？⏎A: 2025/11/23
- 2025/04/01,研修会,参加者 35 名
- [10:02] 窓口: 予約日はいつですか？⏎[10:03] 本人: 令和7年8月30日
- 会議,2025-06-01,第3会議室
- ERROR 2025-06-01 row 14: invalid date 1992/02/30
- 受付日：2025年7月14日⏎処理日：2025年7月15日
- Q: 生年月日の書き方は？⏎A: 和暦でも西暦でも構いません
- 申請番号,受付日,処理状況⏎A-1182,2025-05-12,完了
+ Address in Japan: [[JP_ADDRESS:2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo-to]]
+ Address: [[JP_ADDRESS:Room 402, 3-5-12 Umeda, Kita-ku, Osaka-fu]]
+ Address in Japan: [[JP_ADDRESS:1-1 Tenjin 2-chome, Chuo-ku, Fukuoka-shi, Fukuoka]]
+ Address: [[JP_ADDRESS:#305, 4-21-7 Sakae, Naka-ku, Nagoya-shi, Aichi]]
+ Address in Japan: [[JP_ADDRESS:5-3-10 Minatomirai, Nishi-ku, Yokohama-shi, Kanagawa-ken]]
+ Address: [[JP_ADDRESS:Apt. 12, 7-2 Kita 3-jo Nishi, Chuo-ku, Sapporo-shi, Hokkaido]]
- Address: see the attached form
- Office address: Tokyo (head office), Osaka branch
- Address in Japan: not yet decided
- The seminar is in Shinjuku-ku, Tokyo-to on 3 May.
+ 旅券番号 [[JP_PASSPORT:TR4410927]]、旅券 [[JP_PASSPORT:E77120934]]（旧）
+ パスポート（[[JP_PASSPORT:BN7720461]]）を提示
+ {"passportNumber": "[[JP_PASSPORT:P8801233]]"}
+ 基礎年金番号 [[JP_PENSION_NUMBER:4112-907735]]・[[JP_PENSION_NUMBER:4112-907743]]
+ [[JP_POSTAL_CODE:3300063]]｜[[JP_ADDRESS:埼玉県さいたま市浦和区高砂3丁目15番1号]]
+ 敬具⏎[[JP_ADDRESS:愛知県名古屋市中区三の丸3丁目1番2号]]⏎[[PHONE_NUMBER:052-961-2111]]
+ Tel: [[PHONE_NUMBER:+852 2523 1187]]
+ Q：生年月日をお知らせください⏎A：[[DATE_OF_BIRTH:S52.6.18]]
+ Address: [[JP_ADDRESS:3-14-2 Hakata-eki-mae, Hakata-ku, Fukuoka-shi]]
- 旅券 の 記載事項 に 変更 が 生じた 場合
- 型式 PB1182635 の旅券読取装置
- 2200012\t売上（千円）
- Q: 開催日は？⏎A: 2025年3月2日
- Tel: 内線 2204
- 本日 2025/11/23 に受付,山田,処理済
- 旅券（数次往復用）の手数料 16000 円
- 基礎年金番号 と 旧番号 の統合手続
"""


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_V, seed=20261218, held_out=is_holdout_v, tag="rv")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
