"""Round X labelled rows (written 2026-12-04, before any rule change of round X; every value invented).

Same format as ``dlp_rows_w.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\t`` a tab. Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form
``corpora/eval/pii_devholdout_rx.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rx.jsonl``.

Round X's layout families: 基礎年金番号 with a full-width dash after a full-width space, a number
after 年金手帳 in a checklist; a family member's birth date after their name and relation on a
roster line (支給対象児童, 同居親族, 子, 被扶養者, 異動事由 出産), an abbreviated era date in brackets
after an age, ``YYYY Mon DD``; foreign numbers after 电话 / 電話 / 手机, an 11-digit mobile in a
key=value log; municipality-first addresses after 所在 / 施設 / 工事場所 / 防火対象物 / 設置場所 /
Endereço / Address, in a numbered roster line, before の in running text, in a quoted log value.
Hard negatives: statute prose naming towns, facility names without numbers, event dates after names
in schedules, CSV tracking and order numbers, 11-digit order IDs in logs, ages without dates.

    python benchmarks/dlp_rows_x.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_X", "is_holdout_x"]


def is_holdout_x(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


ROWS_X = r"""
+ 申請者　基礎年金番号　[[JP_PENSION_NUMBER:4102－338157]]
+ 被保険者情報　基礎年金番号　[[JP_PENSION_NUMBER:２２０３－６６１４０８]]（本人）
+ 配偶者　基礎年金番号　[[JP_PENSION_NUMBER:7715－204389]]
+ 基礎年金番号：　[[JP_PENSION_NUMBER:3390－771250]] 照会済
+ 提出書類チェック⏎□ 年金手帳：[[JP_PENSION_NUMBER:5521-093317]]⏎□ 印鑑
+ ☑ 年金手帳：[[JP_PENSION_NUMBER:6034208915]] 写し添付
+ 確認書類 年金手帳： [[JP_PENSION_NUMBER:1187-540226]]（旧様式）
+ ・年金手帳：[[JP_PENSION_NUMBER:2950-118463]]
+ 支給対象児童　[[PERSON:中村 颯太]]（長男）[[DATE_OF_BIRTH:平成31年3月8日]]
+ 支給対象児童 1 [[PERSON:中村 葵]]（長女）[[DATE_OF_BIRTH:令和3年11月20日]]
+ 同居親族 [[PERSON:井上 和子]]（母）[[DATE_OF_BIRTH:昭和24年7月2日]]
+ 同居親族：[[PERSON:井上 修]]（父）[[DATE_OF_BIRTH:1946/01/17]]
+ 子 [[PERSON:高田 凛]]（次女）[[DATE_OF_BIRTH:2021年5月9日]]
+ 被扶養者 [[PERSON:小野 美咲]]（妻）[[DATE_OF_BIRTH:1990年12月4日]]
+ 被扶養者② [[PERSON:小野 蓮]]（子）[[DATE_OF_BIRTH:H29.8.15]]
+ 異動事由：出産による追加　[[PERSON:松本 結菜]]（子）[[DATE_OF_BIRTH:令和6年2月11日]]
+ 異動事由 出産による追加 [[PERSON:松本 湊]]（子）[[DATE_OF_BIRTH:2025年10月1日]]
+ 利用者 [[PERSON:前田 トメ]] ７８歳（[[DATE_OF_BIRTH:昭２１・３・１５]]）要介護２
+ 本人 [[PERSON:西村 清]] 81歳（[[DATE_OF_BIRTH:昭18・11・2]]）
+ 相談者 ８２歳（[[DATE_OF_BIRTH:昭１７・６・３０]]）独居
+ Date of birth: [[DATE_OF_BIRTH:1988 Oct 05]]
+ Date of Birth: [[DATE_OF_BIRTH:1975 Mar 21]] / Nationality: VNM
+ date of birth: [[DATE_OF_BIRTH:2001 Jan 9]]
+ Name: [[PERSON:NGUYEN VAN AN]]⏎Date of birth: [[DATE_OF_BIRTH:1992 Jul 30]]
+ 联系人 [[PERSON:王 芳]] 电话 [[PHONE_NUMBER:+86 138 1234 5678]]
+ 电话：[[PHONE_NUMBER:+86-139-8765-4321]]
+ 手机 [[PHONE_NUMBER:+86 186 0021 7734]]
+ 手机：[[PHONE_NUMBER:+8615902213378]]
+ 電話 [[PHONE_NUMBER:+82 10-4412-7730]]（韓国）
+ 緊急連絡先 電話：[[PHONE_NUMBER:+63 917 552 0198]]
+ 電話 [[PHONE_NUMBER:+84 90 331 2784]]
+ 2026-05-12T10:03 event=cb callback=[[PHONE_NUMBER:09033128845]] status=queued
+ req=submit tel=[[PHONE_NUMBER:08055120937]] ok
+ phone=[[PHONE_NUMBER:07012908861]] src=web
+ callback=[[PHONE_NUMBER:08041176620]]
+ user=3391 phone=[[PHONE_NUMBER:09076553012]] retry=2
+ 所在 [[JP_ADDRESS:高崎市八幡町1123-4]]
+ 所在：[[JP_ADDRESS:松本市中央2-7-15 サンビル302]]
+ 施設 [[JP_ADDRESS:豊橋市牛川町字東郷12-3]]
+ 工事場所 [[JP_ADDRESS:久喜市菖蒲町三箇1450番地]]
+ 工事場所：[[JP_ADDRESS:西尾市吉良町白浜新田84-2]] 地内
+ 防火対象物 [[JP_ADDRESS:沼津市大手町3-9-1 駅前ビル4階]]
+ 防火対象物の所在地　[[JP_ADDRESS:富士市吉原2丁目5-20]]
+ 設置場所 [[JP_ADDRESS:伊勢崎市宮子町3412-1]]
+ 設置場所：[[JP_ADDRESS:上田市常田1-3-28 常田ハイツ105号室]]
+ Endereço: [[JP_ADDRESS:浜松市中央区高塚町4210-3 パークハイム201]]
+ Endereço [[JP_ADDRESS:大泉町西小泉2-14-7]]
+ Address: [[JP_ADDRESS:太田市飯塚町880-12 グリーンコート3-B]]
+ Address [[JP_ADDRESS:可児市下恵土1205-6]]
+ 1 [[PERSON:佐々木 一郎]] [[JP_ADDRESS:長岡市城内町2-4-11]]
+ 2 [[PERSON:佐々木 花]] [[JP_ADDRESS:長岡市殿町1丁目7番地3]]
+ 3　[[PERSON:岡本 誠]]　[[JP_ADDRESS:秩父郡横瀬町横瀬2210]]
+ 水道局への連絡：[[JP_ADDRESS:札幌市北区屯田5条3-12-8]] の水道で漏水が発生
+ 通報内容 [[JP_ADDRESS:鹿沼市石橋町1742-6]] の空き家で倒木
+ 昨夜、[[JP_ADDRESS:岡谷市長地権現町4-2-19]] の住宅で停電がありました
+ level=info loc="[[JP_ADDRESS:甲府市丸の内1-11-3]]" kind=leak
+ ts=2026-06-01 loc="[[JP_ADDRESS:糸島市前原東2-8-4 コーポ前原203]]" op=visit
+ loc='[[JP_ADDRESS:安曇野市豊科4960-1]]' status=open
+ 伝票番号,氏名,個人番号⏎A-20331,[[PERSON:藤井 聡]],[[JP_MY_NUMBER:520193447184]]
+ 個人番号：[[JP_MY_NUMBER:6033 8127 4590]]
- 第二条　この条例において「市」とは、高崎市をいい、「町」とは八幡町をいう。
- 第五条　松本市及び塩尻市の区域内における工事場所の指定は、規則で定める。
- 附則　この法律は、久喜市菖蒲町の区域については、政令で定める日から施行する。
- 第十二条第一項中「沼津市」を「沼津市及び富士市」に改める。
- 施設 豊橋市民文化会館 大ホール
- 設置場所 上田市役所 本庁舎玄関前
- 所在 伊勢崎市内各所（別紙参照）
- 工事場所 西尾市吉良町地内 ほか
- 防火対象物 沼津市立病院 本館
- Endereço: consulte o formulário anexo
- Address: see the attached sheet
- 会議室 浜松市中央区役所 3階 第2会議室
- 日程 中村 颯太（講師）2026年3月8日 開催
- 講演 井上 和子（理事長）令和8年7月2日
- 表彰式 高田 凛（受賞者）2026/05/09 授与
- 面談予定 小野 美咲（担当）2026年12月4日 14時
- 研修会 西村 清（講師） 令和8年11月2日
- 利用者 前田 トメ ７８歳 要介護２
- 相談者 ８２歳 独居、夫 ８４歳
- 参加者 78歳（男性） 1名
- Date of issue: 2024 Oct 05
- Expiry date: 2031 Mar 21
- Meeting date: 2026 Jan 9
- tracking_no,carrier,status⏎491277883052,ヤマト,配達済
- 伝票番号,配送業者,受付日⏎4912 7788 3051,佐川,2026/04/02
- Tracking,Carrier⏎6033 8127 4590,JP Post
- 追跡番号,運送会社⏎718502633947,日本郵便
- 送り状番号,伝票,備考⏎3884 2017 7562,ゆうパック,不在
- order_id=20260512883 status=paid
- event=checkout order=31204958812 amount=4980
- callback=https://example.jp/cb?id=09033128845
- invoice=40233109871 tel=内線2204
- txn=19283746501 user=5521
- 電話受付時間 9:00-17:00（土日祝休）
- 电话咨询 工作日 9:00-18:00
- 手机号码格式：+86 加 11 位数字
- 人口 138,123,456 人（電話調査による）
- 年金手帳の再交付申請について（案内）
- 年金手帳：紛失のため再発行手続中
- 基礎年金番号　未記入
- 子 3人 同居
- 同居親族なし
- 被扶養者の認定基準（令和6年4月改正）
- 出産による追加の手続は14日以内に行うこと。
- loc="会議室B" status=booked
- 平成30年度 高崎市 八幡町 地区計画
"""


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_X, seed=20261220, held_out=is_holdout_x, tag="rx", wrapped_values=True)
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
