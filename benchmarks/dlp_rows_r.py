"""Round R labelled rows (written 2026-12-04, before any rule change of round R; every value invented).

Same format as ``dlp_rows_f.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break inside the row, ``\\t`` a tab, ``{MN}``/``{CN}``/``{CARD_S}`` … a generated number with
a valid check digit. Rows with ``i % 5`` in (1, 3) (0-based, two fifths of the batch) form
``corpora/eval/pii_devholdout_rr.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rr.jsonl``.

Round R's layout families: birth dates in rosters without a birth label on the line; birth labels in
other languages and notations (Vietnamese, Portuguese, Spanish, Chinese, hiragana, a label broken or
spaced by OCR, a passport data page, the 元号コード-YYMMDD form notation); foreign passport numbers;
health-insurance 記号・番号 pairs, place-name 記号, two 被保険者番号 values and keys; a pension number
broken over lines or at the head of a 年金 row; an OCR-spaced My Number label and Chinese labels;
spaced licence numbers; gift/prepaid/test/corporate 13–16-digit values that are not cards; a bare
postal code before an address in a roster; a phone right after an address; ゆうちょ inline; an
address after 住所 starting with a non-designated city; hard negatives of the same shapes.

    python benchmarks/dlp_rows_r.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

__all__ = ["ROWS_R", "is_holdout_r"]


def is_holdout_r(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


ROWS_R = r"""
+ 参加者名簿⏎[[PERSON:大島 健太]]　[[DATE_OF_BIRTH:1987/04/22]]⏎[[PERSON:林 美咲]]　[[DATE_OF_BIRTH:1992/11/03]]
+ "[[PERSON:上田 直樹]]","[[DATE_OF_BIRTH:S51.09.14]]","男"
+ 入居者一覧⏎1　[[PERSON:工藤 ハル]]　[[DATE_OF_BIRTH:昭和12年3月8日]]⏎2　[[PERSON:宮本 トメ]]　[[DATE_OF_BIRTH:昭和9年12月1日]]
+ 児童名簿⏎[[PERSON:石川 ゆい]] [[DATE_OF_BIRTH:H30.05.17]] ひまわり組
+ 受付簿⏎No. 氏名 旅券番号 ⏎3 NGUYEN VAN AN [[JP_PASSPORT:C4418203]] [[DATE_OF_BIRTH:1995/08/30]]
+ TRAN THI MAI〈[[DATE_OF_BIRTH:1998年2月14日]]〉は技能実習生として在籍
+ 研修生 SILVA JOAO（[[DATE_OF_BIRTH:1990.06.25]]）の在留期間を確認した
+ 利用者台帳⏎[[PERSON:森田 清]],[[DATE_OF_BIRTH:1948-01-19]],要介護2
- 予約者一覧⏎[[PERSON:大島 健太]]　予約日 2025/04/22⏎[[PERSON:林 美咲]]　予約日 2025/05/03
- 来庁者名簿⏎[[PERSON:上田 直樹]] 来庁 2025.09.14 10:30
- 説明会の開催一覧⏎第1回 2025/06/12（木）⏎第2回 2025/07/10（木）
- "[[PERSON:森田 清]]","提出期限","2025-01-19"
- 受付簿⏎1 [[PERSON:工藤 ハル]] 受付 2025年3月8日 完了
- 研修日程（2025年6月25日）の変更について
+ Ngày sinh: [[DATE_OF_BIRTH:12/03/1994]]
+ Data de nascimento: [[DATE_OF_BIRTH:27/10/1989]]
+ Fecha de nacimiento：[[DATE_OF_BIRTH:05/01/2001]]
+ 出生日期：[[DATE_OF_BIRTH:1993年7月9日]]
+ 出生 [[DATE_OF_BIRTH:1986-02-11]]　性别 女
+ うまれたひ　[[DATE_OF_BIRTH:へいせい29ねん4がつ2にち]]
+ うまれた日：[[DATE_OF_BIRTH:令和2年8月19日]]
+ 生年⏎月日　[[DATE_OF_BIRTH:昭和63年5月30日]]
+ 生 年 月 日　[[DATE_OF_BIRTH:平成4年10月7日]]
+ PASSPORT⏎Surname⏎LE⏎Given names⏎VAN HUNG⏎[[DATE_OF_BIRTH:05 JUN 1991]]⏎Date of issue 14 MAR 2019⏎Date of expiry 14 MAR 2029
+ 生年月日⏎[[DATE_OF_BIRTH:7-070915]]
+ 生年月日　[[DATE_OF_BIRTH:5-520311]]
- Ngày cấp: 12/03/2020
- Data de emissão: 27/10/2022
- 出生地：上海市
- PASSPORT⏎Date of issue 02 FEB 2020⏎Date of expiry 02 FEB 2030
- 整理番号⏎7-070915
- 生年月日の欄は和暦で記入してください（例示なし）
+ 旅券番号（Passport No.）：[[JP_PASSPORT:512839406]]
+ Số hộ chiếu: [[JP_PASSPORT:C7730155]]
+ 护照号码：[[JP_PASSPORT:E58213406]]
+ 申请人的護照號碼為[[JP_PASSPORT:G30715982]]，请核对
+ 旅券番号（Passport No.） [[JP_PASSPORT:830214557]]
- 旅券番号（Passport No.）欄は9桁の場合もあります
- 护照号码请填写在第3栏
- 受付番号：512839406
+ 保険証の記号・番号：[[JP_HEALTH_INSURANCE:30124578]]・[[JP_HEALTH_INSURANCE:1021]]
+ けんぽの記号・番号は[[JP_HEALTH_INSURANCE:41203366]]・[[JP_HEALTH_INSURANCE:87]]です
+ 記号　[[JP_HEALTH_INSURANCE:愛知 ３２]]　番号　[[JP_HEALTH_INSURANCE:１５０４]]
+ 記号：[[JP_HEALTH_INSURANCE:静岡 108]]　番号：[[JP_HEALTH_INSURANCE:56]]
+ 被保険者番号：[[JP_HEALTH_INSURANCE:0012345678]]（介護）／[[JP_HEALTH_INSURANCE:01234567]]（後期）
+ ins_no=[[JP_HEALTH_INSURANCE:06131558]]&name=x
+ hokensha_no: [[JP_HEALTH_INSURANCE:01130012]]
+ 保険証登録⏎[[PERSON:藤井 雅人]],[[DATE_OF_BIRTH:1979-03-15]],[[JP_HEALTH_INSURANCE:3301928475]],[[PHONE_NUMBER:090-2231-8876]]
- 商品の記号・番号：30124578・1021（型式）
- 記号　愛知 32 の路線バス
+ 売上⏎[[PERSON:藤井 雅人]],[[DATE_OF_BIRTH:1979-03-15]],3301928475,[[PHONE_NUMBER:090-2231-8876]]
- job: ins_no=3 retry
+ 基礎年金⏎番号　[[JP_PENSION_NUMBER:2718 - 503661]]
+ 基礎年金番号⏎[[JP_PENSION_NUMBER:4102 - 881234]]
+ [[JP_PENSION_NUMBER:5520 772104]]　[[PERSON:村上 幸子]]　老齢基礎年金生活者支援給付金　請求
+ [[JP_PENSION_NUMBER:6031 118826]]　年金生活者支援給付金　請求書受付
- 5520 772104　在庫数　入荷予定
- 受付番号⏎2718 - 503661
+ 個 人 番 号⏎[[JP_MY_NUMBER:4533  3147  8932]]
+ 个人编号：[[JP_MY_NUMBER:{MN}]]
+ 個人編號 [[JP_MY_NUMBER:{MN_S}]]
+ 個 人 番 号　[[JP_MY_NUMBER:{MN_S}]]
- 個 人 番 号 カード 交付 窓口
- 个人编号请勿告诉他人
+ 運転免許証 第[[JP_DRIVER_LICENSE:　３０　２１４５　８８１０　４２　]]号
+ 免許証番号　第　[[JP_DRIVER_LICENSE:５５　１９０３　６６７２　１０]]　号
+ 運転免許証⏎氏名 [[PERSON:平田 直子]]　昭和60年2月3日生⏎住所 ○○県○○市⏎第 [[JP_DRIVER_LICENSE:6210 4478 3015]] 号
+ 氏名　[[PERSON:小林 智]]　[[DATE_OF_BIRTH:平成2年9月1日]]生⏎住所　ＸＸ県ＸＸ市⏎交付　令和5年⏎第 [[JP_DRIVER_LICENSE:4401 2281 9930]] 号
- 第 30 2145 8810 42 回定期演奏会
- 第 6210 4478 3015 号議案
+ クレジットカード：[[CREDIT_CARD:{CARD_S}]]
+ カード番号 [[CREDIT_CARD:{CARD_H}]]（VISA）でお支払い
- ギフトカード番号 {CARD_S} の残高照会
- プリペイドカード {CARD_H} にチャージしました
- ポイントカード番号：{CARD}
- 商品券 {CARD_S} を受領
- テスト用カード番号 4111 1111 1111 1111（本番では使用不可）
- 決済テスト：カード番号 {CARD_S}
- test card {CARD_H} only
+ 代行会社（[[JP_CORPORATE_NUMBER:{CN}]]）に業務を委託した
+ 当該法人 [[JP_CORPORATE_NUMBER:{CN}]] の登記を確認した
+ 在籍者⏎[[PERSON:中川 学]]　[[JP_POSTAL_CODE:933-0023]]　[[JP_ADDRESS:富山県高岡市末広町1番8号]]
+ [[PERSON:野口 恵]]　[[JP_POSTAL_CODE:399-0004]]　[[JP_ADDRESS:長野県松本市市場2番4号]]　会員
- 品番　933-0023　富山県産
- 第3表　399-0004　長野県の集計
+ [[PERSON:坂本 亮]]　[[JP_ADDRESS:新潟県長岡市城内町2丁目3番地]]　[[PHONE_NUMBER:0258-31-4470]]
+ [[PERSON:酒井 瞳]] [[JP_ADDRESS:茨城県水戸市三の丸1丁目5番38号]] [[PHONE_NUMBER:029-224-8801]]
- 新潟県長岡市城内町の人口 0258 人（第31表）
- 茨城県水戸市の施設 029-224 区画
+ ゆうちょ 記号[[JP_BANK_ACCOUNT:12150]]-番号[[JP_BANK_ACCOUNT:31874521]]
+ 振込先はゆうちょ銀行 記号[[JP_BANK_ACCOUNT:14470]]-番号[[JP_BANK_ACCOUNT:2208153]]です
- ゆうちょ 記号-番号 の欄に記入
+ 住所：[[JP_ADDRESS:高岡市御旅屋町101番地]]
+ 住所は[[JP_ADDRESS:北佐久郡軽井沢町大字長倉2140番地]]です
+ 所在地　[[JP_ADDRESS:土浦市大和町9番2号]]
+ 住所　[[JP_ADDRESS:西村山郡河北町谷地甲17番地]]
- 住所は市区町村から記入してください
- 所在地の市町村名（高岡市など）を記入
+ 名簿⏎No.1　[[PERSON:木下 洋一]]　[[DATE_OF_BIRTH:1965.12.02]]　理事
+ "[[PERSON:荒井 沙織]]","[[DATE_OF_BIRTH:H11.01.28]]","090"
+ PHAM VAN DUC（[[DATE_OF_BIRTH:1996/03/21]]）⏎在留資格：技能実習
+ Ngày sinh [[DATE_OF_BIRTH:03/09/1999]]⏎Số hộ chiếu [[JP_PASSPORT:B9120446]]
+ 出生日期 [[DATE_OF_BIRTH:1988/12/30]]⏎护照号码 [[JP_PASSPORT:E77104523]]
+ 保険証　記号・番号：[[JP_HEALTH_INSURANCE:71200334]]・[[JP_HEALTH_INSURANCE:15]]
+ 個人番号⏎[[JP_MY_NUMBER:2880  4072  3866]]
+ 返金先：ゆうちょ 記号[[JP_BANK_ACCOUNT:16630]]-番号[[JP_BANK_ACCOUNT:40091122]]
+ 住所：[[JP_ADDRESS:秩父郡長瀞町大字本野上1024番地]]
- 在庫表⏎"りんご","S22.07.15","出荷"
- 開催日 2025年2月14日〈金〉
- 期限（2025/03/21）までに提出
- ポイントカード {CARD_H} を作成
- 商品券番号 {CARD} で購入
- 運転免許証の番号は第○○号の形式です
- 被保険者番号（介護）／（後期）の欄
- 年金生活者支援給付金の請求方法について
- 住所は高岡市内であること
"""


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_R, seed=20261214, held_out=is_holdout_r, tag="rr")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
