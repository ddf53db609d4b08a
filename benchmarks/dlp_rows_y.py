"""Round Y labelled rows (written 2026-12-04, before any rule change of round Y; every value invented).

Same format as ``dlp_rows_x.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form
``corpora/eval/pii_devholdout_ry.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_ry.jsonl``.

Round Y's layout families: a birth date right after a name on a labelled line (児童 / 子女 / 対象者),
slash-separated roster rows, English running text, Korean 생년월일, OCR-spaced era dates; 記号番号
with a place kanji and digit, 記号・番号 with kanji+digits, kigo= / bango= / hokensha= / edaban=
logs; a pension number on a chat reply line; ゆうちょ 記号/番号 without a space and with unusual
lengths; a My Number after 例： in a record about a real person. Hard negatives: specimen words,
dates on their own labelled line under 生年月日, event dates, statute prose, order numbers.

    python benchmarks/dlp_rows_y.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_Y", "is_holdout_y"]


def is_holdout_y(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


ROWS_Y = r"""
+ 児童：[[PERSON:森田 悠真]]　[[DATE_OF_BIRTH:令和2年6月14日]]
+ 児童：[[PERSON:森田 杏]]　[[DATE_OF_BIRTH:平成30年1月23日]]（保育園在籍）
+ 子女 / 児童：[[PERSON:原 陽菜]] [[DATE_OF_BIRTH:2019年9月3日]]
+ 子女 / 児童：[[PERSON:原 大和]] [[DATE_OF_BIRTH:2016/04/27]]
+ 対象者 [[PERSON:岡本 幸子]] [[DATE_OF_BIRTH:昭和38年12月1日]]
+ 対象者 [[PERSON:岡本 誠一]] [[DATE_OF_BIRTH:1958年3月30日]] 要支援1
+ 児童 [[PERSON:石田 蒼]]（[[DATE_OF_BIRTH:R3.5.12]]）
+ 児童 [[PERSON:石田 芽生]]（[[DATE_OF_BIRTH:H28.11.7]]）小3
+ [[PERSON:TRAN THI HOA]] / 在留カード / 旅券 [[JP_PASSPORT:C4471920]] / [[DATE_OF_BIRTH:1994/08/19]]
+ [[PERSON:LE MINH DUC]] / residence card / 旅券 [[JP_PASSPORT:N2093318]] / [[DATE_OF_BIRTH:1989-02-05]]
+ [[PERSON:SANTOS MARIA]] / 在留カード / 旅券 [[JP_PASSPORT:P7731046]] / [[DATE_OF_BIRTH:2000年7月11日]]
+ Hello, my date of birth is [[DATE_OF_BIRTH:April 2, 1991]] and I live in Tokyo.
+ For the record, my date of birth is [[DATE_OF_BIRTH:November 18, 1985]].
+ my date of birth is [[DATE_OF_BIRTH:March 9, 2002]], please check.
+ 생년월일: [[DATE_OF_BIRTH:1993년 6월 18일]]
+ 생년월일：[[DATE_OF_BIRTH:1987년 12월 2일]] 국적: 한국
+ 성명: [[PERSON:김 민준]]⏎생년월일: [[DATE_OF_BIRTH:2001년 1월 30일]]
+ 生年月日 [[DATE_OF_BIRTH:昭和 4 1年 ８月 2 7日]]
+ 生年月日：[[DATE_OF_BIRTH:平成 ３年 1 1月 ５日]]
+ 生年月日　[[DATE_OF_BIRTH:昭和５ 2年 3 月 1 4日]] 性別 女
+ 生年月日 [[DATE_OF_BIRTH:平成 1 2年 ６月 ３ 0日]]
+ 記号番号：[[JP_HEALTH_INSURANCE:北4-88102]]
+ 保険証 記号番号：[[JP_HEALTH_INSURANCE:南2-40917]] 本人
+ 記号番号：[[JP_HEALTH_INSURANCE:東11-3306]]（国保）
+ 記号・番号 [[JP_HEALTH_INSURANCE:群01・4478213]]
+ 記号・番号 [[JP_HEALTH_INSURANCE:埼12・0093751]] 家族
+ 被保険者証 記号・番号 [[JP_HEALTH_INSURANCE:千05・2214806]]
"""
ROWS_Y += (
    "+ [INFO] kigo=[[JP_HEALTH_INSURANCE:7041022]] bango=[[JP_HEALTH_INSURANCE:185]] "
    "hokensha=[[JP_HEALTH_INSURANCE:06139847]] edaban=[[JP_HEALTH_INSURANCE:02]]\n"
    "+ verify kigo=[[JP_HEALTH_INSURANCE:3320]] bango=[[JP_HEALTH_INSURANCE:40772]] "
    "hokensha=[[JP_HEALTH_INSURANCE:01130012]] edaban=[[JP_HEALTH_INSURANCE:01]] ok\n"
    "+ hokensha=[[JP_HEALTH_INSURANCE:39271044]] kigo=[[JP_HEALTH_INSURANCE:1207]] "
    "bango=[[JP_HEALTH_INSURANCE:5518]] edaban=[[JP_HEALTH_INSURANCE:00]]\n"
)
ROWS_Y += r"""+ 職員：年金番号を教えてください。⏎利用者：[[JP_PENSION_NUMBER:4417-203958]]
+ 担当 年金番号をお願いします⏎[[JP_PENSION_NUMBER:6028-551740]] です
+ オペレーター：基礎年金番号を伺えますか⏎お客様：[[JP_PENSION_NUMBER:1309-887214]]
+ Q 年金番号は？⏎A [[JP_PENSION_NUMBER:2275-640391]]
+ ゆうちょ 記号[[JP_BANK_ACCOUNT:14520]] 番号[[JP_BANK_ACCOUNT:38820741]]
+ ゆうちょ銀行 記号[[JP_BANK_ACCOUNT:10380]] 番号[[JP_BANK_ACCOUNT:5521094]]
+ 振込先 ゆうちょ 記号 [[JP_BANK_ACCOUNT:187402]] 番号 [[JP_BANK_ACCOUNT:9930615]]
+ ゆうちょ 記号[[JP_BANK_ACCOUNT:54660]] 番号[[JP_BANK_ACCOUNT:12093381]]
+ ゆうちょ 記号 [[JP_BANK_ACCOUNT:13160]] 番号 [[JP_BANK_ACCOUNT:44108207]]
+ 監査記録 例：[[PERSON:佐々木 健]]（個人番号 [[JP_MY_NUMBER:407182359060]]）の通知カードを誤送付
+ 事故報告 例：[[PERSON:山口 理恵]]（個人番号 [[JP_MY_NUMBER:719304625818]]）の情報を別人に交付した。
+ 誤登録の例：[[PERSON:小池 大輔]]（個人番号 [[JP_MY_NUMBER:258460139772]]）の世帯に別人を登録
+ 生年月日：[[DATE_OF_BIRTH:昭和55年4月3日]]⏎採用 平成15年4月1日
+ 生年月日 [[DATE_OF_BIRTH:1979/10/21]]⏎採用：2004/04/01
+ 児童：[[PERSON:森 蓮]]　[[DATE_OF_BIRTH:令和元年5月20日]]
+ 対象者 [[PERSON:藤井 朋子]] [[DATE_OF_BIRTH:1966/07/08]]
- 記載例：山田 太郎（個人番号 123456789018）
- 記入例 個人番号 123456789018
- 見本 個人番号：123456789018
- 入力例：個人番号 123456789018 のように12桁で入力
- サンプル（個人番号 123456789018）
- 12桁で記入する　例 123456789018
- 生年月日 未記入⏎採用 平成15年4月1日
- 生年月日欄⏎採用 令和2年4月1日
- 採用 平成20年4月1日 配属 総務課
- 児童：4名 2025年4月1日現在
- 児童数 32人 令和6年5月1日時点
- 対象者 12名 2025年6月30日締切
- 対象者 全員 令和7年3月31日まで
- 児童：運動会 2025年10月12日
- 子女 / 児童：該当なし 2025/04/01更新
- 注文 / 配送 / 伝票 4471-2093 / 2025/08/19
- The deadline is April 2, 2026 for all applicants.
- We opened the office on March 9, 2012.
- 신청 마감일: 2025년 6월 18일
- 접수일: 2024년 12월 2일
- 令和 6年 ８月 2 7日 開催
- 作成日 平成 ３年 1 1月 ５日
- 記号番号の記載方法について
- 記号・番号欄は左詰めで記入してください（例：○○・○○○）
- 北4条西6丁目 会議室
- 第2-401号議案 北4-88 地区
- [INFO] order=7041022 qty=185 price=06139847
- kigo=none bango=none
- 年金番号を教えてください。⏎受付は平日9時から17時までです
- 年金番号は別途郵送します⏎受付番号 2025-001234
- ゆうちょ 記号の見方
- ゆうちょ 記号番号の確認方法（窓口案内）
- ゆうちょ銀行 営業時間 9:00-16:00
- 記号54660 番号はお問い合わせ番号とは異なります
- 事例：個人番号の誤送付（令和6年度）
- 条例第12条 例外規定
- 例：2025年4月1日から施行
- 受付番号 例：A-2025-0012
- 対象者 数 152 令和6年度
- 児童 手当 の 支給 2025年6月
- 採用年月日 2010年4月1日
- 児童：未登録（2025年5月1日登録予定）
"""


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_Y, seed=20261221, held_out=is_holdout_y, tag="ry", wrapped_values=True)
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
