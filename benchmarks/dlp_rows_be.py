"""Round BE labelled rows (written 2026-12-05, before any rule change of round BE; every value invented).

Same format as ``dlp_rows_bd.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbe.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbe.jsonl``.

Round BE covers five miss categories in new wordings and layouts: (1) headerless space-separated person
rows ``id <half-width kana name> YYYYMMDD postal phone code`` (postal with or without hyphen, an 11-digit
mobile or a 10-digit landline without hyphens); (2) the same rows with postal code and mobile glued into
one digit run after the name (no 個人番号 cut out of it); (3) 13-digit JAN / EAN product codes, no
個人番号 in their last 12 digits; (4) fixed-width REC rows with a 個人番号, an era-coded birth date
(1 era digit + YYMMDD), a zero-padded amount and a 10-digit 基礎年金番号 at the end; (5) tab-separated
payment records under a combined 法人番号/個人番号 column (12 digits in a person's row: a 個人番号).
Negatives: inventories, meter readings, product lists and corporate-only payment lists in the same shapes.

    python benchmarks/dlp_rows_be.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BE", "is_holdout_be"]


def is_holdout_be(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. headerless space-separated person rows
    "+ 見守り対象者 抽出 2026/01/14⏎30418 [[PERSON:ﾅｶﾉ ｼｹﾞﾙ]]      [[DATE_OF_BIRTH:19440618]] [[JP_POSTAL_CODE:2806614]] [[PHONE_NUMBER:08041477639]] A1⏎30419 [[PERSON:ﾅｶﾉ ﾌｻｴ]]       [[DATE_OF_BIRTH:19470302]] [[JP_POSTAL_CODE:2806614]] [[PHONE_NUMBER:0249575128]] A2",
    "+ 0552[[PERSON:ｺﾊﾞﾔｼ ﾐﾁﾙ]]     [[DATE_OF_BIRTH:19780911]]  [[JP_POSTAL_CODE:442-8369]]  [[PHONE_NUMBER:09036427938]]  S⏎0553[[PERSON:ｺﾊﾞﾔｼ ﾘﾝ]]      [[DATE_OF_BIRTH:20080124]]  [[JP_POSTAL_CODE:442-8369]]  [[PHONE_NUMBER:07033414741]]  S",
    "+ 00071203 [[PERSON:ｳｴﾉ ﾀｶﾋﾛ]]  M [[DATE_OF_BIRTH:19591130]] [[JP_POSTAL_CODE:3820673]] [[PHONE_NUMBER:0306676303]] 02",
    "+ 受診券発送リスト⏎K0091 [[PERSON:ｴﾝﾄﾞｳ ﾏｻﾐ]]    [[DATE_OF_BIRTH:19650507]] [[JP_POSTAL_CODE:640-2234]] [[PHONE_NUMBER:08016420453]] 1⏎K0092 [[PERSON:ｻｶｲ ﾋﾛｼ]]      [[DATE_OF_BIRTH:19521219]] [[JP_POSTAL_CODE:600-7712]] [[PHONE_NUMBER:0494114656]] 3",
    "+ 771 [[PERSON:ﾏﾂｲ ｱﾂｺ]]  [[DATE_OF_BIRTH:19830405]]  [[JP_POSTAL_CODE:5142611]]  [[PHONE_NUMBER:09098485028]]",
    "+ 緊急連絡先未登録者⏎12007 [[PERSON:ﾌｼﾞﾀ ｹﾝｼﾞ]]      [[JP_POSTAL_CODE:584-5065]] [[PHONE_NUMBER:0647160255]] Z9⏎12008 [[PERSON:ﾌｼﾞﾀ ﾖｼｺ]]       [[JP_POSTAL_CODE:584-5065]] [[PHONE_NUMBER:08003776104]] Z9",
    "- 部品在庫 2026/01/14⏎30418 ﾎﾞﾙﾄ M8      20260114 2806614 0800 A1⏎30419 ﾅｯﾄ M8       20260115 2806615 0900 A2",
    "- 検針記録⏎0552 ﾒｰﾀｰ 17         20251130  4428369  0903642  S",
    "- 売上集計 0071 0203 19591130 3820673 0306676303 (伝票番号の列)",
    # 2. the same rows glued: postal code + mobile (+ further digits) in one run after the name
    "+ 敬老祝金 対象者⏎51870021[[PERSON:ﾊﾔｼ ﾄﾐｵ]]        [[JP_POSTAL_CODE:5187662]][[PHONE_NUMBER:08087710081]]045897⏎51870022[[PERSON:ﾊﾔｼ ｷﾐｴ]]        [[JP_POSTAL_CODE:9322698]][[PHONE_NUMBER:09094647736]]935186",
    "+ 7730045 [[PERSON:ｲﾜｻｷ ﾉﾌﾞｵ]]      [[JP_POSTAL_CODE:3456273]][[PHONE_NUMBER:09067484349]]014871",
    "+ 20931188[[PERSON:ｵｶﾞﾜ ﾕﾐ]]         [[JP_POSTAL_CODE:2364946]][[PHONE_NUMBER:08018777986]]175602⏎20931189[[PERSON:ｵｶﾞﾜ ｼﾝｽｹ]]       [[JP_POSTAL_CODE:2527376]][[PHONE_NUMBER:07016725009]]158177",
    "+ 転入者連絡票データ⏎000318[[PERSON:ｷﾑﾗ ｱｷｺ]]    [[JP_POSTAL_CODE:2117743]][[PHONE_NUMBER:08002597561]]094416",
    "- 出荷ロット⏎51870021ｾｯｹﾝ ｾｯﾄ        518766208087710081045897⏎51870022ｾﾝｻﾞｲ          932269809094647736935186",
    "- 在庫照合 2523068ﾀﾞﾝﾎﾞｰﾙ 0701028478130197",
    "- 検体番号 144125809091229787098795 (分析機の出力)",
    # 3. 13-digit JAN / EAN product codes (a record code + 個人番号 glued to a kana name stays)
    "- 取扱商品一覧⏎4953821810210 しょうゆ 1L⏎4961169373175 みりん 500ml⏎4988106070232 だし 10袋",
    "- バーコード 4927599951420 / 4959893754674 （棚卸）",
    "- 商品マスタ⏎4980736154948 ｾﾝﾀｸﾊﾞｻﾐ 20P⏎4921370849593 ﾊﾝｶﾞｰ 5P",
    "- 入荷予定 4925728993204 12ケース",
    "+ 源泉徴収票データ⏎1[[JP_MY_NUMBER:169006792183]][[PERSON:ﾐﾔｻﾞｷ ｹｲ]]       [[DATE_OF_BIRTH:3480721]]⏎1[[JP_MY_NUMBER:451034589382]][[PERSON:ﾐﾔｻﾞｷ ｼﾞｭﾝ]]     [[DATE_OF_BIRTH:4020915]]",
    # 4. fixed-width REC rows: 個人番号, era-coded birth, zero-padded amount, 基礎年金番号
    "+ HDR20260105 年金受給者 扶養親族等申告⏎REC00041 [[PERSON:ﾓﾄｷ ﾖｳｽｹ]]        [[JP_MY_NUMBER:717619908599]] [[DATE_OF_BIRTH:3480721]]  0001250000  [[JP_PENSION_NUMBER:1046526840]]⏎TRL000001",
    "+ REC00102  [[PERSON:ｵｵﾉ ｻﾄﾐ]]           [[JP_MY_NUMBER:998731057606]] [[DATE_OF_BIRTH:3351103]]  0000830040  [[JP_PENSION_NUMBER:9393402250]]⏎REC00103  [[PERSON:ｵｵﾉ ﾏｻﾙ]]           [[JP_MY_NUMBER:421819533690]] [[DATE_OF_BIRTH:3320228]]  0001102500  [[JP_PENSION_NUMBER:3317533765]]",
    "+ R0007 [[PERSON:ﾜﾀﾞ ｴﾐｺ]]    [[JP_MY_NUMBER:573372873191]]  [[DATE_OF_BIRTH:4020915]] 0000412300 [[JP_PENSION_NUMBER:2257685102]]",
    "+ 取込ファイル⏎REC900 [[PERSON:ﾀｹﾀﾞ ｺｳｼﾞ]]      [[JP_MY_NUMBER:335639004556]] [[DATE_OF_BIRTH:3430810]]  0000000000  [[JP_PENSION_NUMBER:1998432025]]⏎END000001",
    "- REC00041 ﾄｸﾍﾞﾂ ｼｭｳｹｲ        000000000000 3480721  0001250000  0000000000⏎END000001",
    "- REC77 ｼﾖｳﾘｮｳ        000041250000  0002583221  0001803589",
    # 5. tab-separated payment records under a combined 法人番号/個人番号 column
    "+ 報酬等支払調書 作成用⏎支払を受ける者\t個人番号・法人番号\t種類\t支払金額\t源泉徴収税額⏎株式会社北斗設計\t[[JP_CORPORATE_NUMBER:4453331478932]]\t設計料\t880000\t0⏎[[PERSON:高木 陽介]]\t[[JP_MY_NUMBER:510813988222]]\t講演料\t150000\t15315",
    "+ 氏名又は名称\t法人番号又は個人番号\t区分\t金額⏎[[PERSON:大西 早苗]]\t[[JP_MY_NUMBER:764336870097]]\t原稿料\t42000⏎[[PERSON:森本 淳]]\t[[JP_MY_NUMBER:223742436640]]\t翻訳料\t96000",
    "+ 支払先\t個人番号/法人番号\t内容\t支払額\t源泉⏎有限会社みなと企画\t[[JP_CORPORATE_NUMBER:8880407238625]]\t委託料\t300000\t0⏎[[PERSON:石原 さゆり]]\t[[JP_MY_NUMBER:614366200310]]\t謝金\t20000\t2042",
    "+ 支払先名\t法人番号/個人番号\t支払区分\t金額\t税額⏎[[PERSON:村井 恭平]]\t[[JP_MY_NUMBER:991717751937]]\t報酬\t330000\t33693⏎一般財団法人文化交流会\t[[JP_CORPORATE_NUMBER:6511848733311]]\t協賛\t500000\t0",
    "- 支払先\t法人番号/個人番号\t内容\t金額⏎株式会社東和印刷\t[[JP_CORPORATE_NUMBER:9387981135119]]\t印刷費\t215000⏎合同会社あおば\t[[JP_CORPORATE_NUMBER:2718147815806]]\t委託料\t88000",
    "+ 支払先\t法人番号/個人番号\t金額⏎[[PERSON:高木 陽介]]\t(未提出)\t150000⏎[[PERSON:大西 早苗]]\t提出済\t42000",
    "- 伝票番号\t取引先\t金額⏎805571405537\t株式会社ひかり\t5500⏎122980788766\t北陸物産株式会社\t7700",
)
ROWS_BE = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BE, seed=20261226, held_out=is_holdout_be, tag="rbe")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
