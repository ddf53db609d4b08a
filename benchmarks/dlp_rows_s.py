"""Round S labelled rows (written 2026-12-04, before any rule change of round S; every value invented).

Same format as ``dlp_rows_f.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break (kept inside a labelled value: ``wrapped_values``), ``{MN}`` … a generated number with a
valid check digit. Rows with ``i % 5`` in (1, 3) (0-based, two fifths of the batch) form
``corpora/eval/pii_devholdout_rs.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rs.jsonl``.

Round S's layout families: a fixed-line phone in brackets after a name in a 年金 sentence; memo-style
abbreviated labels (基年, 被保, 口番, 個番); an OCR-spaced 基礎年金番号 label with the value on the
next line; birth dates after record keys, Korean and Portuguese labels, a child's given name under a
児童/子 label, household rosters of given names; Portuguese, Korean, Vietnamese and bare 旅券
passport labels; a 被保険者証 number with a bracketed card kind; a card number wrapped over two
lines; hard negatives of the same shapes.

    python benchmarks/dlp_rows_s.py   # writes both files
"""


from __future__ import annotations

__all__ = ["ROWS_S", "is_holdout_s"]


def is_holdout_s(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


ROWS_S = r"""
+ 年金記録の照会があった[[PERSON:西田 和夫]]（[[PHONE_NUMBER:082-731-5520]]）さんへ折り返し連絡する
+ 被保険者番号の確認で[[PERSON:松田 恵子]]（[[PHONE_NUMBER:086-231-5607]]）から電話あり
+ 基礎年金番号の件、[[PERSON:岡本 修]]（[[PHONE_NUMBER:03-6812-4490]]）に確認済み
+ 年金相談の予約　[[PERSON:堀 由美]]（[[PHONE_NUMBER:0748-62-1185]]）
+ 年金の手続で来所した[[PERSON:大野 誠]]（[[JP_PENSION_NUMBER:4417-902385]]）
- 年金額（2024-2025年度）の改定について
- 被保険者番号の欄（082-731）は記入不要
+ 基年：[[JP_PENSION_NUMBER:3312-448106]]
+ 基年: [[JP_PENSION_NUMBER:5108990213]]　本人確認済
+ 被保：[[JP_HEALTH_INSURANCE:20417733]]
+ 被保: [[JP_HEALTH_INSURANCE:00128854]]（国保）
+ 口番 [[JP_BANK_ACCOUNT:4471902]]（普）
+ 口番：[[JP_BANK_ACCOUNT:1208834]]（当）
+ 個番：[[JP_MY_NUMBER:{MN}]]
+ 振込先　○○銀行 本店　口番[[JP_BANK_ACCOUNT:3306117]]（普）
- 基年度 2019 と比較した増減率
- 被保護世帯数 20417 世帯
- 窓口番号 12 番でお待ちください
- 口番の欄は7桁で記入（例：なし）
+ 基 礎 年 金⏎番 号　[[JP_PENSION_NUMBER:１２０４５６７８９３]]
+ 基 礎 年 金⏎番 号　[[JP_PENSION_NUMBER:４４０２９９１８６３]]
- 基 礎 年 金⏎番 号　の欄は10桁で記入
- 基 礎 年 金⏎額 計　１２０４５６７８９３ 円
+ 生年月日=[[DATE_OF_BIRTH:19910317]]&sex=1
+ dob=[[DATE_OF_BIRTH:19870625]]
+ birth=[[DATE_OF_BIRTH:20011104]];zip=123
+ 생년월일: [[DATE_OF_BIRTH:1990.05.12]]
+ 생년월일 [[DATE_OF_BIRTH:1985-03-09]]
+ nascimento: [[DATE_OF_BIRTH:14/02/1993]]
+ Data de nascimento [[DATE_OF_BIRTH:03/11/1988]]
+ 児童　[[PERSON:はると]]（[[DATE_OF_BIRTH:H27.3.4]]）
+ 子　[[PERSON:ゆうま]]（[[DATE_OF_BIRTH:R2.11.20]]）
+ 世帯員⏎1 [[PERSON:花子]] [[DATE_OF_BIRTH:S45.7.3]]⏎2 [[PERSON:翔太]] [[DATE_OF_BIRTH:H10.2.14]]
+ 同一世帯の者⏎1 [[PERSON:洋子]] [[DATE_OF_BIRTH:1972/08/19]]
- updated=20231104
- date=20240208&page=2
- 발급일: 2020.05.12
- data de chegada: 03/11/2023
- 児童　さくら組（R6.4.1）入園
- 世帯員⏎1 世帯主 2024/04/01 転入
+ passaporte nº [[JP_PASSPORT:FX482913]]
+ Passaporte n.º: [[JP_PASSPORT:GB305712]]
+ 여권번호: [[JP_PASSPORT:M48120937]]
+ 여권번호 [[JP_PASSPORT:M70221583]]
+ Hộ chiếu (旅券番号): [[JP_PASSPORT:C3308741]]
+ 氏名 [[PERSON:SANTOS MARIA]]　旅券　[[JP_PASSPORT:N4471208]]　国籍 ブラジル
- processo nº 48291304
- 여권번호를 입력하세요
- 旅券　申請窓口　3番
- 品番　N4471208　在庫 4
+ 被保険者証 [[JP_HEALTH_INSURANCE:39104417]]（後期）
+ 被保険者証　[[JP_HEALTH_INSURANCE:01338207]]（国保）
- 被保険者証 再交付 3件（後期）
+ カード番号（折返し）⏎[[CREDIT_CARD:4539 1488⏎0343 6467]]
+ カード番号（折り返し）⏎[[CREDIT_CARD:5200 8241⏎6630 1978]]
- カード番号（折返し）⏎1234 5678⏎9012 3456
- 受付番号（折返し）⏎3566 7710⏎4219 8503
"""


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_S, seed=20261215, held_out=is_holdout_s, tag="rs", wrapped_values=True)
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
