"""Round U labelled rows (written 2026-12-04, before any rule change of round U; every value invented).

Same format as ``dlp_rows_t.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break (kept inside a labelled value), ``\t`` a tab. Rows with ``i % 5`` in (1, 3) (0-based, two
fifths) form ``corpora/eval/pii_devholdout_ru.jsonl`` (never tuned on); the rest
``corpora/eval/pii_dev_ru.jsonl``.

Round U's layout families: short 健保番号 / 保険証番号 cells in TSV/CSV rosters and a joint 記号・番号
label with two 4-digit values; dates of birth under OCR-misread labels (生年月目 …) with full-width
era initials, DDMMMYY after DOB, in 生年月日 columns of rosters set apart by full-width spaces, after
Vietnamese "sinh ngày", and as 雇用保険/年金 era codes (1 明治 … 5 令和 + YYMMDD, often with the date
again in brackets); 免許番号 columns in full-width-space rosters; OCR addresses wrapped mid-value;
foreign-language passport labels (Pasaporte, numéro de passeport, Reisepass …); Diners 14-digit
numbers grouped 2-4-4-4; a bare postal code on its own line after an address, Vietnamese "mã bưu
điện"; hard negatives: carrier tracking IDs, amount tables, era-code-looking document numbers,
flight dates, wrapped non-address text, amount columns.

    python benchmarks/dlp_rows_u.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

__all__ = ["ROWS_U", "is_holdout_u"]


def is_holdout_u(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


ROWS_U = r"""
+ No.\t健保番号\t部署⏎1\t[[JP_HEALTH_INSURANCE:214]]\t総務課⏎2\t[[JP_HEALTH_INSURANCE:387]]\t経理課
+ 社員ID,保険証番号,入社日⏎A102,[[JP_HEALTH_INSURANCE:519]],2019/04/01⏎A118,[[JP_HEALTH_INSURANCE:602]],2021/10/01
+ 職員番号\t健康保険番号\t等級⏎30012\t[[JP_HEALTH_INSURANCE:45]]\t12⏎30027\t[[JP_HEALTH_INSURANCE:1093]]\t15
+ 整理番号,健保番号,備考⏎7,[[JP_HEALTH_INSURANCE:731]],扶養あり⏎8,[[JP_HEALTH_INSURANCE:736]],
+ 部署\t保険証番号⏎営業部\t[[JP_HEALTH_INSURANCE:288]]⏎製造部\t[[JP_HEALTH_INSURANCE:290]]⏎品質管理\t[[JP_HEALTH_INSURANCE:301]]
+ 被保険者証の記号・番号　[[JP_HEALTH_INSURANCE:4107]]・[[JP_HEALTH_INSURANCE:2236]]
+ 記号・番号：[[JP_HEALTH_INSURANCE:8830]]・[[JP_HEALTH_INSURANCE:1174]]（本人）
+ 保険証（記号・番号）[[JP_HEALTH_INSURANCE:６２１５]]・[[JP_HEALTH_INSURANCE:０４８９]]
+ 資格確認書⏎記号・番号 [[JP_HEALTH_INSURANCE:1502]]・[[JP_HEALTH_INSURANCE:3318]]
+ 組合員証　記号・番号は[[JP_HEALTH_INSURANCE:7093]]・[[JP_HEALTH_INSURANCE:5521]]です
+ 被扶養者　記号・番号「[[JP_HEALTH_INSURANCE:2664]]・[[JP_HEALTH_INSURANCE:0907]]」
- 部品記号・番号 4107・2236（第2版図面）
- 品番\t数量\t単価⏎214\t3\t1,200⏎387\t10\t450
- 記号・番号の記入例：1234・5678
- 区分,件数,健保組合数⏎加入,214,12⏎脱退,37,3
+ 生年月目　[[DATE_OF_BIRTH:Ｈ１２．３．１５]]
+ 生年月曰：[[DATE_OF_BIRTH:Ｓ５８．１１．２]]
+ 牛年月日 [[DATE_OF_BIRTH:Ｈ０３．０９．２８]]
+ 生年月日⏎[[DATE_OF_BIRTH:Ｒ２．７．４]]
+ 生年目日　[[DATE_OF_BIRTH:Ｓ４５．１．３０]]　男
+ 生午月日：[[DATE_OF_BIRTH:Ｈ９．１２．１]]
+ 生年月目 [[DATE_OF_BIRTH:平成6年8月19日]]
+ DOB [[DATE_OF_BIRTH:05MAR90]]
+ Date of birth: [[DATE_OF_BIRTH:17NOV84]]
+ NAME/TANAKA SHIRO DOB/[[DATE_OF_BIRTH:22JUL76]] SEX/M
+ Date of Birth [[DATE_OF_BIRTH:03 FEB 01]]
+ D.O.B. [[DATE_OF_BIRTH:29AUG95]]
+ DOB:[[DATE_OF_BIRTH:11DEC68]]　Nationality: JPN
+ 受講者一覧⏎番号　性別　生年月日　所属⏎1　男　[[DATE_OF_BIRTH:1988/05/14]]　企画課⏎2　女　[[DATE_OF_BIRTH:1993/10/02]]　人事課
+ 職員ID　生年月日　採用日⏎E031　[[DATE_OF_BIRTH:昭和61年2月7日]]　平成20年4月1日⏎E044　[[DATE_OF_BIRTH:平成2年9月30日]]　平成25年4月1日
+ 区分　生年月日　備考⏎本人　[[DATE_OF_BIRTH:S55.4.23]]　⏎配偶者　[[DATE_OF_BIRTH:S57.12.9]]　扶養
+ 受付　生年月日　性別⏎0101　[[DATE_OF_BIRTH:2001-03-11]]　女⏎0102　[[DATE_OF_BIRTH:1999-07-27]]　男⏎0103　[[DATE_OF_BIRTH:1975-01-05]]　男
+ Anh ấy sinh ngày [[DATE_OF_BIRTH:14/02/1996]] tại Hà Nội.
+ Chị ấy sinh ngày [[DATE_OF_BIRTH:03/09/2000]] và đến Nhật năm 2022.
+ Học viên sinh ngày [[DATE_OF_BIRTH:21-06-1998]], quê ở Nghệ An.
+ Em sinh ngày [[DATE_OF_BIRTH:7/1/2003]] ở Đà Nẵng
+ 生年月日　[[DATE_OF_BIRTH:4-120315]]（[[DATE_OF_BIRTH:平成12年3月15日]]）
+ 生年月日⏎[[DATE_OF_BIRTH:3-541109]]
+ 生年月日：[[DATE_OF_BIRTH:5-020418]]（[[DATE_OF_BIRTH:令和2年4月18日]]）
+ 被保険者の生年月日 [[DATE_OF_BIRTH:3-480227]]
+ 生年月日　[[DATE_OF_BIRTH:4-071031]] ([[DATE_OF_BIRTH:H7.10.31]])
+ ⑤生年月日⏎[[DATE_OF_BIRTH:3-600101]]（[[DATE_OF_BIRTH:昭和60年1月1日]]）
+ 生年月日（元号コード）[[DATE_OF_BIRTH:2-140805]]
- 文書番号 4-110621
- 整理番号：3-541109（令和6年度）
- 様式第4-120315号
- 受付番号 5-020418　処理済
- 便名 NH203 05MAR25 成田発
- Flight JL407 17NOV24 HND-FRA
- Booking ref XK3Q9M issued 22JUL23
- 出発日 29AUG25 到着日 30AUG25
- 生年月日欄は和暦で記入（例：4-120315）
- 議事録番号 3-480227 第2回委員会
- Hôm nay ngày 14/02/2024 chúng tôi họp.
- 生年月日を確認した日：令和6年3月15日
+ 氏名　免許番号　交付日⏎[[PERSON:田中 一郎]]　[[JP_DRIVER_LICENSE:302108441160]]　R3.5.1⏎[[PERSON:鈴木 花子]]　[[JP_DRIVER_LICENSE:451907723380]]　R4.2.10
+ 番号　免許番号　有効期限⏎1　[[JP_DRIVER_LICENSE:620415087730]]　2027/06/15⏎2　[[JP_DRIVER_LICENSE:620502114490]]　2026/11/20
+ 運転者台帳⏎社員番号　免許証番号　種別⏎K-11　[[JP_DRIVER_LICENSE:281203559810]]　普通⏎K-12　[[JP_DRIVER_LICENSE:280911668020]]　中型
+ 運転者　免許番号⏎A班　[[JP_DRIVER_LICENSE:５１０３１２７７６５４０]]
- 番号　車両番号　走行距離⏎1　302108441160　12,300
- 免許番号の欄は12桁で記入する　例 123456789012
+ スキャン結果⏎住所 [[JP_ADDRESS:東京都練馬区豊玉北⏎5丁目12番3号]]⏎電話 [[PHONE_NUMBER:03-3992-1180]]
+ 住所：[[JP_ADDRESS:埼玉県さいたま市浦和区常盤⏎6丁目4番21号]]
+ OCR⏎現住所　[[JP_ADDRESS:大阪府堺市堺区南瓦町⏎3番1号]]
+ 住所 [[JP_ADDRESS:愛知県名古屋市中村区名駅⏎4丁目7番1号]]⏎氏名欄判読不能
+ 住所⏎[[JP_ADDRESS:福岡県北九州市小倉北区城内⏎1番1号]]
+ 申請者住所：[[JP_ADDRESS:静岡県浜松市中央区元城町⏎103番地の2]]
- 議題は道路整備事業の進め方について⏎3番目の論点から再開する
- 会場は市民会館⏎2番と1号の会議室を使用
- 東京都の人口動態について⏎5丁目の再開発計画と併せて報告した
- 資料は第4条の規定により⏎12番の様式を用いる
+ Pasaporte: [[JP_PASSPORT:PAA482917]]
+ Su número de pasaporte es [[JP_PASSPORT:XDB730155]] y vence en 2029.
+ Pasaporte n.º [[JP_PASSPORT:ZRT118406]]
+ Son numéro de passeport est [[JP_PASSPORT:19AB48213]].
+ numéro de passeport : [[JP_PASSPORT:07KF33901]]
+ Le numéro de passeport [[JP_PASSPORT:22CH70614]] a été vérifié.
+ Reisepassnummer: [[JP_PASSPORT:C01X00T47]]
+ Número do passaporte: [[JP_PASSPORT:FZ520117]]
+ Số hộ chiếu: [[JP_PASSPORT:C7720418]]
+ Passport No. [[JP_PASSPORT:TK3305871]]
- Pasaporte vigente por 10 años (trámite 2025)
- Le passeport coûte 86 euros depuis 2024.
- Référence dossier 19AB48213 (carte grise)
- Número de pedido ABC123456
+ Diners Club カード番号 [[CREDIT_CARD:36 0166 1318 6091]]
+ クレジットカード：[[CREDIT_CARD:30 5617 4833 8014]]
+ カード番号⏎[[CREDIT_CARD:38 6544 4463 4786]]
+ お支払いカード（ダイナース）[[CREDIT_CARD:36-2486-1114-8936]]
+ Card number: [[CREDIT_CARD:36 8383 0640 0376]]
+ 決済カード　[[CREDIT_CARD:30 2935 5759 1836]]
- カード番号 36 0166 1318 6092（Luhn不一致）
- 会員番号 36 0166 1318 6095
- 管理番号 30 5617 4833 8011
+ 電話 [[PHONE_NUMBER:03 5617 4833]] ext 8014
+ [[JP_ADDRESS:京都府京都市下京区烏丸通七条下る東塩小路町721番地]]⏎[[JP_POSTAL_CODE:600-8216]]⏎電話 [[PHONE_NUMBER:075-361-4401]]
+ 送付先⏎[[JP_ADDRESS:宮城県仙台市青葉区本町3丁目8番1号]]⏎[[JP_POSTAL_CODE:980-8570]]⏎TEL [[PHONE_NUMBER:022-211-2111]]
+ [[JP_ADDRESS:広島県広島市中区基町10番52号]]⏎[[JP_POSTAL_CODE:730-8511]]⏎℡ [[PHONE_NUMBER:082-228-2111]]
+ [[JP_ADDRESS:新潟県新潟市中央区新光町4番地1]]⏎[[JP_POSTAL_CODE:９５０－８５７０]]⏎電話：[[PHONE_NUMBER:025-285-5511]]
+ Địa chỉ: Tokyo, mã bưu điện [[JP_POSTAL_CODE:160-0023]]
+ Tôi ở Osaka, mã bưu điện là [[JP_POSTAL_CODE:530-0012]].
+ mã bưu điện: [[JP_POSTAL_CODE:812-0011]]
- 会議資料⏎160-0023⏎担当 企画課
- 部品番号⏎530-0012⏎数量 4
- 在庫コード 812-0011 から 812-0019 まで
- トラッキングID：1Z 999 AA1 01 2345 6784
- 追跡番号 1Z 8V7 E43 03 1190 2257
- Tracking: 1Z 4F2 X19 66 0321 4410
- 追跡番号：4438-0912-7715（ヤマト運輸）
- トラッキング番号 0312 5560 7781 配達完了
- Tracking no. 9400 1000 0000 0000 0000 00
- お問い合わせ伝票番号 5120-3345-8861
- 区分,件数,金額⏎口座振替,128,3456789⏎現金,42,1234500⏎合計,170,4691289
- 区分,件数,金額⏎口座振替,12,1287000⏎振込,5,502300
- 区分\t件数\t金額⏎口座振替\t310\t12450600⏎コンビニ\t88\t3301200
- 支払方法,件数,金額（円）⏎口座振替,54,2208100⏎クレジット,21,860400
- 口座振替 件数 51 金額 4409800
- 科目,予算額,執行額⏎普通預金利息,1200,1185⏎当座預金,0,0
+ 口座番号 [[JP_BANK_ACCOUNT:3071842]] の口座振替を開始
- 請求書⏎品名\t数量\t金額⏎コピー用紙\t10\t4,500⏎トナー\t2\t18,000
- 見積番号 2025-118 金額 1,234,567円
- 平成12年3月15日付けで通知した
- 印刷日 05MAR24　作成者 総務課
- 報告日：Ｈ１２．３．１５　件名：道路占用
- 生年月日及び住所の確認方法について
- 免許番号　⏎（未記入）
- 様式番号　様式第3号⏎第3号の2　3番1号の規定
- 道路台帳⏎市道3号線⏎1番から12番まで
- 宛先⏎総務課 御中⏎担当　3番窓口
- numéro de dossier 22CH70614
- Pasaporte, visado y billete de avión
- Diners Club 会員数 36 万人
- ダイナースクラブ 30周年記念 2024 1118 キャンペーン
- 郵便物⏎到着件数 123-4567 は誤記
- 会員番号 1Z 999 AA1
- 出荷 12件⏎追跡 03-1190-2257 は無効
- Ngày 05MAR90 là ngày lễ
- 記号・番号 2025・0401 改訂版
+ DOB：[[DATE_OF_BIRTH:08APR79]]（旅券記載）
+ 生年月日 Date of birth⏎[[DATE_OF_BIRTH:16 SEP 88]]
+ 生年月目：[[DATE_OF_BIRTH:Ｈ１．１．８]]
+ 主年月日　[[DATE_OF_BIRTH:Ｓ６２．６．６]]
+ 氏名　生年月日⏎[[PERSON:青木 誠]]　[[DATE_OF_BIRTH:昭和50年3月3日]]⏎[[PERSON:松井 里美]]　[[DATE_OF_BIRTH:昭和53年11月20日]]
+ Bạn tôi sinh ngày [[DATE_OF_BIRTH:30/04/1997]].
+ 生年月日　[[DATE_OF_BIRTH:1-431120]]
+ 生年月日：[[DATE_OF_BIRTH:4-100707]]（[[DATE_OF_BIRTH:平成10年7月7日]]）
+ 区分　免許番号⏎正　[[JP_DRIVER_LICENSE:440210338820]]⏎副　[[JP_DRIVER_LICENSE:440311229970]]
+ 住所　[[JP_ADDRESS:北海道旭川市六条通⏎9丁目46番地]]
+ Passeport n° [[JP_PASSPORT:15DE22894]]
+ Reisepass-Nr. [[JP_PASSPORT:C4F9KL2X1]]
+ ダイナース　[[CREDIT_CARD:36 0166 1318 6091]]
+ [[JP_ADDRESS:長野県長野市大字南長野字幅下692番地2]]⏎[[JP_POSTAL_CODE:380-8570]]⏎電話番号 [[PHONE_NUMBER:026-232-0111]]
+ mã bưu điện [[JP_POSTAL_CODE:060-0806]]
+ No.,健保番号⏎1,[[JP_HEALTH_INSURANCE:88]]⏎2,[[JP_HEALTH_INSURANCE:121]]
+ 記号・番号　[[JP_HEALTH_INSURANCE:3301]]・[[JP_HEALTH_INSURANCE:4452]]　（家族）
- 伝票区分,件数,金額⏎口座振替,9,88000
- 追跡番号 1Z 2E5 W77 42 0098 3315 お届け予定 12/5
- 決裁番号 4-071031
- Flight NH9 08APR25 departure
- 住所録の整備について⏎6丁目の町内会長に依頼
- Passport photo requirements 2025
- Le numéro de vol AF276 part à 10h.
- 口座振替　金額 1234567 円
- トラッキングID 1Z9999AA10123456784
- 連番　保険料　金額⏎1　214　5000⏎2　387　7000
- 記号・番号 12・34 の部品
- 生年月日の記載例 3-541109
+ 被保険者 生年月日⏎[[DATE_OF_BIRTH:3-391212]]（[[DATE_OF_BIRTH:昭和39年12月12日]]）
+ 生年月曰　[[DATE_OF_BIRTH:Ｈ２５．４．１]]
- 登録番号 2-140805 の商品
"""


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_U, seed=20261217, held_out=is_holdout_u, tag="ru", wrapped_values=True)
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
