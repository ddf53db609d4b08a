"""Round Q labelled rows (written 2026-12-04, before any rule change of round Q; every value invented).

Same format as ``dlp_rows_f.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break inside the row, ``\\t`` a tab, ``{MN}``/``{MN_H}``/``{CN}``/``{CARD_S}`` … a generated
number with a valid check digit. Rows with ``i % 5`` in (1, 3) (0-based, two fifths of the batch)
form ``corpora/eval/pii_devholdout_rq.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rq.jsonl``.

Round Q's layouts: ゆうちょ 記号 and 番号 on separate lines or as keys under a bank heading;
abbreviated My Number labels (マイNo., マイナ番号, My No. …) with full-width digits; 12/13-digit
log keys and product-code columns that pass a check digit; specimen markers of every notation
for every structured type (and their denials); dates of other events under a birth word; a
health-insurance 記号 with a hyphen inside; phone-shaped values under another number's label; a
postal code alone above an address line; hard negatives of the same shapes.

    python benchmarks/dlp_rows_q.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

__all__ = ["ROWS_Q", "is_holdout_q"]


def is_holdout_q(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


ROWS_Q = r"""
+ 返金先口座（ゆうちょ銀行）⏎記号：[[JP_BANK_ACCOUNT:14350]]⏎番号：[[JP_BANK_ACCOUNT:28814761]]
+ 【振込先】ゆうちょ銀行⏎記号　[[JP_BANK_ACCOUNT:10920]]⏎番号　[[JP_BANK_ACCOUNT:5532081]]
+ yucho_kigo=[[JP_BANK_ACCOUNT:13170]];yucho_bango=[[JP_BANK_ACCOUNT:40219931]];status=ok
+ 還付金の振込先は次のとおりです。⏎ゆうちょ銀行⏎記号[[JP_BANK_ACCOUNT:12080]]⏎番号[[JP_BANK_ACCOUNT:39920151]]
+ 給付金受取口座（ゆうちょ）⏎記号 ： [[JP_BANK_ACCOUNT:１６２３０]]⏎番号 ： [[JP_BANK_ACCOUNT:８８１４０２１]]
+ account: yucho⏎kigo: [[JP_BANK_ACCOUNT:11470]]⏎bango: [[JP_BANK_ACCOUNT:60023381]]
+ 返金先 ゆうちょ銀行⏎　記号 [[JP_BANK_ACCOUNT:15530]]⏎　番号 [[JP_BANK_ACCOUNT:2214871]]
+ 口座⏎金融機関：ゆうちょ銀行⏎記号：[[JP_BANK_ACCOUNT:17720]]⏎番号：[[JP_BANK_ACCOUNT:3008812]]
+ 健康保険被保険者証⏎記号：[[JP_HEALTH_INSURANCE:1435]]⏎番号：[[JP_HEALTH_INSURANCE:288]]
+ yucho_kigo: [[JP_BANK_ACCOUNT:16610]], yucho_bango: [[JP_BANK_ACCOUNT:7730451]]
- ゆうちょ銀行の記号・番号は通帳の表紙に記載されています（記号は5桁、番号は最大8桁）
- 振込先（ゆうちょ銀行）⏎記号：未記入⏎番号：未記入
- 返金先口座の記号欄と番号欄は、通帳の見開きで確認してください
+ マイNo.：[[JP_MY_NUMBER:{MN}]]
+ 本人確認（マイナンバーNo [[JP_MY_NUMBER:{MN_H}]]）済み
+ マイナ番号　[[JP_MY_NUMBER:{MN_FW}]]
+ My No. [[JP_MY_NUMBER:{MN_S}]] を照合しました
+ 個人番号No：[[JP_MY_NUMBER:{MN_ZS}]]
+ 申請者のマイNo ＝ [[JP_MY_NUMBER:５２６０　１８１５　９０８４]]
+ マイナンバーNo.[[JP_MY_NUMBER:{MN_FWH}]]（通知カードで確認）
+ 扶養者　マイナ番号：[[JP_MY_NUMBER:３０１６　６１３１　８６００]]
+ マイＮｏ．[[JP_MY_NUMBER:{MN_FW}]]
- マイNo.カードの交付予定は2025年6月2日です
- マイナ番号の欄には12桁の数字を左詰めで記入します
- マイナポイント申込番号 {MN} の処理状況
- [2025-03-04 10:12:33] job_id={MN} status=done elapsed=3.2s
- INFO request_id: {MN} path=/api/v1/forms
- GET /orders?order_id={CN}&qty=2 200
- id:{MN} created_at=2025-02-01T09:00:00
- result code={CN} OK
- trace {MN} span=42 service=intake
- Set-Cookie: session={MN}; Max-Age=3600
- 商品コード,品名,数量⏎{CN},ボールペン,10⏎{CN},ノート,5
- JANコード\t品名⏎{CN}\tクリアファイル⏎{CN}\t付箋
- 品番|品名|単価⏎{MN}|封筒|120⏎{MN}|便箋|240
- 型番：{MN}（複合機）の保守契約
- ISBN\t書名⏎9780937865797\t行政法入門
- 注文番号,商品番号,数量⏎{MN},{CN},1
- 伝票番号\tSKU\t数量⏎{MN}\t{CN}\t3
- 備品台帳 バーコード：{CN}
+ user=u1203 mynumber=[[JP_MY_NUMBER:{MN}]] action=verify
+ 受付No,個人番号,商品コード⏎A-12,[[JP_MY_NUMBER:{MN}]],{CN}
+ 取引先の法人番号：[[JP_CORPORATE_NUMBER:{CN}]]（order_id=20991）
- 【記載例】⏎個人番号：{MN}⏎電話番号：03-6812-4470
- （記載例）クレジットカード番号 {CARD_H}
- 記載例：基礎年金番号 4417-205183
- 見本⏎〒104-0061
- サンプル：TEL 0766-21-3380
- 入力例）個人番号 {MN_H}
- 電話番号：0852-31-7740⏎※上記は記載例です
- 個人番号の記載例：{MN}
- カード番号 4111 1111 1111 1111（見本）
- 郵便番号の入力例：〒330-0063
- 生年月日の記載例：昭和51年9月14日
- 携帯電話（例）080-5521-3309
- 入力例⏎マイNo.：{MN_S}
+ 個人番号：[[JP_MY_NUMBER:{MN}]]（記載例ではありません）
+ 以下は見本ではなく実際の申請内容です。⏎電話：[[PHONE_NUMBER:080-4471-2290]]
+ 記載例は別紙のとおり。⏎申請者の電話：[[PHONE_NUMBER:042-335-1187]]
+ クレジットカード番号：[[CREDIT_CARD:{CARD_S}]]
- 昭和30年4月2日以降に生まれた方⏎申込期間：2025年6月1日〜6月30日
- 生年月日の確認が必要です⏎チェックイン：2025年8月10日
- 平成元年生まれの方が対象⏎受付期間 令和7年4月1日～4月30日
- 誕生日特典のご案内⏎予約日：2025/03/14
- 生年月日欄⏎有効期限：2029年3月31日
- 生まれた日が確認できる書類⏎来庁日 2025.4.8
- 出生届の提出⏎提出日：令和7年5月9日
- 生年月日：未記入⏎チェックアウト 2025-08-12
+ 生年月日：[[DATE_OF_BIRTH:昭和52年3月18日]]⏎来庁日：令和7年4月8日
+ 誕生日 [[DATE_OF_BIRTH:1990/11/02]]⏎チェックイン 2025/08/10
+ 記号・番号：[[JP_HEALTH_INSURANCE:30-669]]・[[JP_HEALTH_INSURANCE:726]]（枝番 [[JP_HEALTH_INSURANCE:03]]）
+ 保険証 記号・番号 [[JP_HEALTH_INSURANCE:85125]]・[[JP_HEALTH_INSURANCE:487876]]
+ 被保険者証の記号・番号：[[JP_HEALTH_INSURANCE:12-804]]・[[JP_HEALTH_INSURANCE:55]]
+ 記号・番号　[[JP_HEALTH_INSURANCE:41-2207]]・[[JP_HEALTH_INSURANCE:1380]]（枝番：[[JP_HEALTH_INSURANCE:01]]）
+ 国保の記号・番号は[[JP_HEALTH_INSURANCE:7-331]]・[[JP_HEALTH_INSURANCE:90]]です
+ 資格確認書⏎記号・番号：[[JP_HEALTH_INSURANCE:66042]]・[[JP_HEALTH_INSURANCE:118]]
- 記号・番号：30-669・726 の規格表（JIS 部品）
- 記号・番号の欄は「12-3・45」のように記入（記載例）
+ 付与番号：[[PHONE_NUMBER:090-3318-5527]]
+ 連絡用番号 [[PHONE_NUMBER:080-6621-0945]]
+ 登録番号（携帯）：[[PHONE_NUMBER:070-2284-1163]]
+ 連絡用番号：[[PHONE_NUMBER:0476-22-8810]]
+ 付与番号 [[PHONE_NUMBER:080-1193-4472]] に折り返し
+ 登録番号 [[PHONE_NUMBER:090-7745-2031]]（SMS認証用）
- 受付番号：2025-0418-3321
- 登録番号：T4-2231-0098
- 付与番号 0001-2345-6789
- 登録番号 12-3456 の事業所
- 受付番号 090-1234（窓口）
+ [[JP_POSTAL_CODE:231-0023]]⏎[[JP_ADDRESS:神奈川県横浜市中区山下町12番地3]]
+ 差出人⏎[[JP_POSTAL_CODE:920-0961]]⏎[[JP_ADDRESS:石川県金沢市香林坊2丁目4番30号]]
+ 宛名ラベル⏎[[JP_POSTAL_CODE:060-0042]]⏎[[JP_ADDRESS:北海道札幌市中央区大通西5丁目11番地]]
+ [[JP_POSTAL_CODE:８１０－０００１]]⏎[[JP_ADDRESS:福岡県福岡市中央区天神1丁目8番1号]]
+ 送付先⏎[[JP_POSTAL_CODE:700-0024]]⏎[[JP_ADDRESS:岡山県岡山市北区駅元町3番7号]]
+ [[JP_POSTAL_CODE:370-0849]]⏎[[JP_ADDRESS:群馬県高崎市八島町20番地1]] 201号室
+ 【返金先】通帳⏎ゆうちょ銀行⏎記号：[[JP_BANK_ACCOUNT:10340]]⏎番号：[[JP_BANK_ACCOUNT:6627701]]
+ 個人番号No.[[JP_MY_NUMBER:{MN_DOT}]]
+ マイナンバーＮｏ：[[JP_MY_NUMBER:{MN}]]
+ 生年月日⏎[[DATE_OF_BIRTH:平成8年7月21日]]⏎予約日：2025年2月3日
+ [[JP_POSTAL_CODE:530-0001]]⏎[[JP_ADDRESS:大阪府大阪市北区梅田3丁目1番1号]]
+ 付与番号（連絡先）：[[PHONE_NUMBER:0463-21-5540]]
- 品番⏎231-0023⏎神奈川県産の原料を使用
- 123-4567⏎都道府県別の集計表（第3表）
- 資料番号 700-0024⏎岡山県の統計資料
"""


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_Q, seed=20261213, held_out=is_holdout_q, tag="rq")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
