"""Round BG labelled rows (written 2026-12-05, before any rule change of round BG; every value invented).

Same format as ``dlp_rows_bd.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbg.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbg.jsonl``.

Round BG covers five miss categories in new wordings and layouts: (1) glued licence records — a 2-digit
record code, a 12-digit 運転免許証番号 and a half-width kana name glued together, then one digit run of
birth ``YYYYMMDD`` + postal code (7) + a 10-digit landline or an 11-digit mobile, then a processing
date — in documents about licences (the run is split wherever the split is unambiguous); (2) fixed-width
rows under a romaji / English header line (KIGO BANGO EDABAN, DOB ZIP TEL, BIRTHDT ZIPCODE …), each
value typed by its column's header word; (3) pipe tables with a 枝番 column in a health-insurance text;
(4) a 記号・番号 pair written with a middle dot and a short 番号, then （枝番 NN）; (5) key=value log
lines where a ``record=`` / ``id=`` value is no passport although a ``passport=`` key follows.
Negatives: goods lists, timetables, statistics, land registers, document registers and masked logs in
the same shapes.

    python benchmarks/dlp_rows_bg.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BG", "is_holdout_bg"]


def is_holdout_bg(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. glued licence records: code(2) + licence(12) + kana name, then birth+postal+phone glued
    "+ 運転免許 更新連絡用データ（令和7年度）⏎02[[JP_DRIVER_LICENSE:451204738816]][[PERSON:ﾐﾖｼ ｶｽﾞﾋｺ]]     [[DATE_OF_BIRTH:19680912]][[JP_POSTAL_CODE:4530015]][[PHONE_NUMBER:0524418807]]  20251104⏎02[[JP_DRIVER_LICENSE:451187320495]][[PERSON:ﾎﾘｴ ﾏﾕﾐ]]       [[DATE_OF_BIRTH:19830227]][[JP_POSTAL_CODE:4660802]][[PHONE_NUMBER:09027714436]]  20251104",
    "+ 免許証 再交付申請 取込ファイル⏎11[[JP_DRIVER_LICENSE:620915034471]][[PERSON:ｵｸﾑﾗ ﾃﾂﾔ]]    [[DATE_OF_BIRTH:19771030]][[JP_POSTAL_CODE:9800811]][[PHONE_NUMBER:0222964150]]  20260113",
    "+ 県公安委員会 送付分（高齢者講習）⏎07[[JP_DRIVER_LICENSE:290518847302]][[PERSON:ｽｷﾞﾓﾄ ﾄｼｴ]]   [[DATE_OF_BIRTH:19490705]][[JP_POSTAL_CODE:6310043]][[PHONE_NUMBER:0742230981]]  20251218⏎07[[JP_DRIVER_LICENSE:290671125508]][[PERSON:ｱﾗｷ ｼｹﾞﾙ]]     [[DATE_OF_BIRTH:19510122]][[JP_POSTAL_CODE:6360002]][[PHONE_NUMBER:08061150327]]  20251218",
    "+ DRIVER LICENSE RENEWAL EXPORT 2026-01⏎03[[JP_DRIVER_LICENSE:553017729184]][[PERSON:ﾉｸﾞﾁ ｱｷｺ]]     [[DATE_OF_BIRTH:19900618]][[JP_POSTAL_CODE:8120011]][[PHONE_NUMBER:0924417730]]  20260107",
    "+ 更新時講習 受講予定者 一括登録⏎05[[JP_DRIVER_LICENSE:381102957746]][[PERSON:ｶﾜｸﾞﾁ ﾕｳｼﾞ]]  [[DATE_OF_BIRTH:19851111]][[JP_POSTAL_CODE:7900003]][[PHONE_NUMBER:07055201946]]  20260120",
    "+ 転入者 連絡先データ⏎0418 [[PERSON:ﾊｾｶﾞﾜ ｼﾞｭﾝ]]   [[DATE_OF_BIRTH:19730409]][[JP_POSTAL_CODE:3300063]][[PHONE_NUMBER:0488231570]]  20251201",
    "- 商品マスタ 出力（部品）⏎02451204738816ﾎﾞﾙﾄ ｾｯﾄ     1968091245300150524418807  20251104",
    "- 運転免許センター 設備点検ログ⏎02451204738816ﾃﾝｹﾝ ｺｳﾓｸ     8812004199001234567891234  20251130",
    "- 免許更新 手数料 集計 2025-11⏎02 451204738816 合計 0003300 20251104",
    # 2. fixed-width rows under a romaji / English header line
    "+ KOKUHO SHIKAKU EXPORT⏎SEQ   NAME-KANA         KIGO   BANGO    EDABAN  BIRTH⏎0001  [[PERSON:ﾏﾂｲ ﾀｹｼ]]          [[JP_HEALTH_INSURANCE:4127]]   [[JP_HEALTH_INSURANCE:00318]]    [[JP_HEALTH_INSURANCE:01]]      [[DATE_OF_BIRTH:19590723]]⏎0002  [[PERSON:ﾏﾂｲ ﾖｼｴ]]          [[JP_HEALTH_INSURANCE:4127]]   [[JP_HEALTH_INSURANCE:00318]]    [[JP_HEALTH_INSURANCE:02]]      [[DATE_OF_BIRTH:19620130]]",
    "+ NO  NAME                 DOB       ZIP      TEL⏎01  [[PERSON:SUZUKI HANAKO]]        [[DATE_OF_BIRTH:19900314]]  [[JP_POSTAL_CODE:5300041]]  [[PHONE_NUMBER:0663124478]]⏎02  [[PERSON:OKADA RYO]]            [[DATE_OF_BIRTH:20010826]]  [[JP_POSTAL_CODE:5410053]]  [[PHONE_NUMBER:09051127730]]",
    "+ MEMBER  NAME-ROMAJI        BIRTHDT   ZIPCODE⏎M0771   [[PERSON:KIMURA SAYAKA]]      [[DATE_OF_BIRTH:19941202]]  [[JP_POSTAL_CODE:2200012]]⏎M0772   [[PERSON:ISHII TORU]]         [[DATE_OF_BIRTH:19880517]]  [[JP_POSTAL_CODE:2310023]]",
    "+ RECNO  SHIMEI-KANA       HOKEN   BANGO    BIRTHDAY⏎10031  [[PERSON:ｻｲﾄｳ ﾐﾂﾙ]]         [[JP_HEALTH_INSURANCE:503316]]  [[JP_HEALTH_INSURANCE:220417]]   [[DATE_OF_BIRTH:19700915]]",
    "+ ID    KANA-NAME        POST      TELNO⏎A12   [[PERSON:ﾀｶﾉ ｴﾐ]]          [[JP_POSTAL_CODE:060-0042]]  [[PHONE_NUMBER:0112318846]]⏎A13   [[PERSON:ﾓﾘﾔ ｹﾝﾀ]]         [[JP_POSTAL_CODE:064-0809]]  [[PHONE_NUMBER:08033019925]]",
    "- ITEM-CODE  ITEM-NAME   LOT       QTY   PRICE⏎A001       BOLT M8     20250314  120   3500⏎A002       NUT M8      20250315  300   1200",
    "- SEQ  ROUTE  BANGO  DEPART  ARRIVE⏎01   KITA   1203   0715    0748⏎02   MINAMI 1207   0731    0809",
    "- PERIOD  BIRTHS  DEATHS  NET⏎2024    10231   11420   -1189⏎2025    10012   11655   -1643",
    # 3. pipe tables with a 枝番 column in a health-insurance text
    "+ 国保 世帯員一覧（記号 [[JP_HEALTH_INSURANCE:2718]] 番号 [[JP_HEALTH_INSURANCE:44106]]）⏎| 氏名 | 続柄 | 枝番 |⏎|---|---|---|⏎| [[PERSON:佐野 恒夫]] | 世帯主 | [[JP_HEALTH_INSURANCE:01]] |⏎| [[PERSON:佐野 良江]] | 妻 | [[JP_HEALTH_INSURANCE:02]] |",
    "+ 被扶養者の異動届（被保険者 [[PERSON:金子 聡]]）⏎| 枝番 | 氏名 | 生年月日 |⏎|---|---|---|⏎| [[JP_HEALTH_INSURANCE:03]] | [[PERSON:金子 陽太]] | [[DATE_OF_BIRTH:2016年4月12日]] |",
    "+ 高額療養費 合算対象（保険証 記号 [[JP_HEALTH_INSURANCE:882]] 番号 [[JP_HEALTH_INSURANCE:1573]]）⏎| 枝番 | 続柄 | 受診月 |⏎| --- | --- | --- |⏎| [[JP_HEALTH_INSURANCE:00]] | 本人 | 2025年9月 |⏎| [[JP_HEALTH_INSURANCE:01]] | 長女 | 2025年10月 |",
    "+ 組合員証 家族欄の確認⏎| 続柄 | 枝番 | 氏名 |⏎|:--|:--|:--|⏎| 夫 | [[JP_HEALTH_INSURANCE:02]] | [[PERSON:堀 一樹]] |",
    "- 土地 地番一覧（字北原）⏎| 地番 | 枝番 | 地目 |⏎|---|---|---|⏎| 1203 | 02 | 宅地 |⏎| 1204 | 01 | 畑 |",
    "- 文書管理簿 令和7年度⏎| 文書番号 | 枝番 | 件名 |⏎|---|---|---|⏎| 総第118号 | 03 | 契約書 |",
    # 4. 記号・番号 with a middle dot and a short 番号, then （枝番 NN）
    "+ 療養費支給申請書⏎被保険者等記号・番号 市[[JP_HEALTH_INSURANCE:204]]・[[JP_HEALTH_INSURANCE:37]]（枝番 [[JP_HEALTH_INSURANCE:01]]）⏎氏名 [[PERSON:横山 沙織]]",
    "+ 国保 資格確認書 再交付申請⏎記号・番号 [[JP_HEALTH_INSURANCE:町55]]・[[JP_HEALTH_INSURANCE:8]]（枝番 [[JP_HEALTH_INSURANCE:02]]）",
    "+ 限度額適用 申請（世帯主 [[PERSON:大野 勝]]）⏎被保険者記号・番号：[[JP_HEALTH_INSURANCE:3308152]]・[[JP_HEALTH_INSURANCE:64]]（枝番 [[JP_HEALTH_INSURANCE:00]]）",
    "+ 保険証の記号・番号 [[JP_HEALTH_INSURANCE:組71]]・[[JP_HEALTH_INSURANCE:306]]（枝番 [[JP_HEALTH_INSURANCE:03]]）を記入してください。",
    "- 資料の記号・番号 総A・3（枝番 02）を参照のこと。",
    "- 議案の記号・番号 議12・4（枝番 01）は次回に回す。",
    # 5. key=value log lines: a record= / id= value is no passport
    '+ 2025-11-20T09:14:02+09:00 INFO user=ops12 action=VIEW record=KR7730418 name="[[PERSON:HO VAN AN]]" passport=[[JP_PASSPORT:TZ5538120]]',
    "+ 2026-01-08 10:02:55 AUDIT id=PX4410327 op=UPDATE passport=[[JP_PASSPORT:MB2217046]] nationality=VN",
    '+ level=info msg="doc uploaded" record=JA8800152 kind=passport passport_no=[[JP_PASSPORT:RK6630914]]',
    "+ ts=2025-12-02T16:40:11Z event=match applicant_id=QL3390271 passport=[[JP_PASSPORT:XN4471209]] result=ok",
    "- 2025-11-21T11:02:40+09:00 INFO user=ops12 action=VIEW record=KR7730592 passport=REDACTED",
    '- level=warn msg="missing" id=PX4410388 passport= status=pending',
    "- ts=2025-12-03T08:00:00Z event=batch record=JA8800201 count=14 passport_checked=true",
)
ROWS_BG = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BG, seed=20261227, held_out=is_holdout_bg, tag="rbg")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
