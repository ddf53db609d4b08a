"""Round BH labelled rows (written 2026-12-05, before any rule change of round BH; every value invented).

Same format as ``dlp_rows_bd.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbh.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbh.jsonl``.

Round BH covers seven miss categories in new wordings and layouts: (1) a year + month (or full date)
followed by 生まれ in an aside of a note about a person (…生まれと聞いている, …生まれと記憶); (2) a
document date alone on the line after a 生年月日 line that already holds a value (no second birth
date), while a label alone on its line still takes the next line's date; (3) a 法人番号 under a
combined label (法人番号・登録番号, 法人番号/適格請求書登録番号), plain or spaced 1-4-4-4; (4) Chinese
year + month birth labels (出生年月, 出生日期); (5) Vietnamese birth labels with a qualifier before the
colon (Ngày sinh của …:, ngày sinh (dd/mm/yyyy):); (6) English sentences about a person's date of
birth carrying a day-month-name-year date in brackets or later in the sentence; (7) a number read
digit by digit after a bare 番号 label with its type named in brackets (個人番号), and a phone read
digit by digit after 電話. Negatives: cohorts (…生まれの方), other labels and dates, invalid check
digits, other types in the brackets.

    python benchmarks/dlp_rows_bh.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BH", "is_holdout_bh"]


def is_holdout_bh(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. a year + month (or a full date) followed by 生まれ in an aside about a person
    "+ 相談記録⏎相談者の叔父（氏名不詳、[[DATE_OF_BIRTH:1956年2月]]生まれと聞いている）の住所を調べたいとのこと。",
    "+ 照会対象：北原（下の名前は不明、[[DATE_OF_BIRTH:昭和41年9月]]生まれと記憶）⏎依頼者：次男",
    "+ 亡父は[[DATE_OF_BIRTH:1932年8月14日]]生まれと聞いていますが、戸籍で確認したいです。",
    "+ 被相続人：大叔母（[[DATE_OF_BIRTH:大正13年5月]]生まれとのこと、詳細不明）",
    "- 対象：1950年代生まれの方（昭和25年4月生まれの方を含む）。",
    "- 2019年4月2日生まれ以降の児童は今回の給付の対象外です。",
    "- このブランドは2018年10月生まれで、今年で7年目を迎えます。",
    # 2. a document date right after a 生年月日 line that already holds a value
    "+ 委　任　状⏎委任者　氏名　[[PERSON:河合 芳子]]⏎　　　　生年月日　[[DATE_OF_BIRTH:昭和30年12月2日]]⏎令和6年10月3日",
    "+ 同意書⏎本人　氏名　[[PERSON:宇野 哲也]]　生年月日：[[DATE_OF_BIRTH:1961年7月15日]]⏎2025年3月18日⏎上記のとおり同意します。",
    "+ 届出人⏎生年月日⏎[[DATE_OF_BIRTH:平成3年6月19日]]⏎続柄　長男",
    "+ 申立人　生年月日 [[DATE_OF_BIRTH:S48.04.22]]⏎令和7年1月9日　提出",
    "- 委任状⏎受任者　登録番号　第2271号⏎　　　　登録年月日　平成30年4月1日⏎令和6年12月20日",
    # 3. a 法人番号 under a combined label
    "+ 法人番号・登録番号：[[JP_CORPORATE_NUMBER:9446988590649]]⏎所在地　別紙のとおり",
    "+ 法人番号/適格請求書登録番号　[[JP_CORPORATE_NUMBER:7 3428 1471 2314]]",
    "+ 登録番号（法人番号）　[[JP_CORPORATE_NUMBER:9335978518912]]　受付日 令和6年5月7日",
    "+ 法人番号又は登録番号 [[JP_CORPORATE_NUMBER:9520-5564-0365-0]]",
    "- 法人番号／登録番号　9520556403651（桁誤りのため再確認）",
    "- 登録番号／受付番号　5824409858768",
    # 4. Chinese year + month birth labels
    "+ 担保人信息⏎姓名：[[PERSON:刘建国]]⏎出生年月：[[DATE_OF_BIRTH:1968年7月]]⏎职业：教师",
    "+ 出生日期：[[DATE_OF_BIRTH:1990年3月]]　籍贯：江苏",
    "+ 母亲 出生年月: [[DATE_OF_BIRTH:1971年11月]]，现居上海。",
    "- 入学年月：2019年9月⏎毕业年月：2023年6月",
    "- 签证有效期：2026年8月　入境年月：2024年4月",
    # 5. Vietnamese birth labels with a qualifier before the colon
    "+ Họ tên người bảo lãnh: [[PERSON:Phạm Văn Hùng]]⏎Ngày sinh của người bảo lãnh: [[DATE_OF_BIRTH:12/08/1975]]",
    "+ ngày sinh (dd/mm/yyyy): [[DATE_OF_BIRTH:27/04/1999]]",
    "+ Ngày sinh của con gái: [[DATE_OF_BIRTH:05/10/2018]]⏎Trường: Tiểu học Minami",
    "- Ngày nộp hồ sơ của sinh viên: 03/01/2025",
    "- Ngày cấp (dd/mm/yyyy): 14/02/2022",
    # 6. English sentences about a person's date of birth
    "+ The date of birth on your certificate ([[DATE_OF_BIRTH:14 March 2001]]) differs from the one on your visa.",
    "+ We noticed that the date of birth you entered does not match your residence card, which shows [[DATE_OF_BIRTH:21 NOV 1998]].",
    "+ Please check the date of birth in section 2 ([[DATE_OF_BIRTH:9 January 2005]]); the photo page reads [[DATE_OF_BIRTH:09 JAN 2006]].",
    "- The deadline in the form (7 September 2025) has passed; please apply again.",
    "- The date of issue in the form (12 May 2023) does not match your passport, which shows 12 MAY 2024.",
    # 7. a number read digit by digit after a bare 番号 label, its type in brackets
    "+ 電話受付⏎番号：[[JP_MY_NUMBER:9 7 7 3 3 8 5 7 0 8 4 1]]（聞き取り・個人番号）",
    "+ 番号 [[JP_MY_NUMBER:6 3 0 9 3 6 9 5 5 3 9 1]]（マイナンバー、本人読み上げ）⏎電話 [[PHONE_NUMBER:0 8 0 4 4 1 2 7 3 9 6]]",
    "+ 窓口メモ⏎番号：[[JP_MY_NUMBER:2 7 2 7 9 1 0 0 4 8 3 7]]（口述、マイナンバー）⏎電話：[[PHONE_NUMBER:0 7 0 3 9 1 8 2 2 4 5]]",
    "- 番号：1 2 3 4 5 6 7 8 9 0 1 2（口頭、個人番号）※桁誤り",
    "- 番号：4 5 7 8 6 4 4 8 1 4 6 9（口頭、受付番号）",
)
ROWS_BH = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BH, seed=20270102, held_out=is_holdout_bh, tag="rbh")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
