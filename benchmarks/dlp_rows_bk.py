"""Round BK labelled rows (written 2026-12-05, before any rule change of round BK; every value invented).

Same format as ``dlp_rows_bd.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbk.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbk.jsonl``.

Round BK covers three miss categories in new wordings and layouts: (1) e-mail addresses whose local
part ends with a dot or holds two dots in a row (old Japanese mobile carriers issued them), after a
label, a colon or a bracket; (2) fixed-width rows under a romaji header whose insurance columns are
hyphenated (HIHO-KIGO, KOKUHO-BANGO …) or short (EDA, KIGO, BANGO); (3) CSV rows under a header naming
a number column whose later amount cell holds an unquoted thousands separator (more cells than the
header). Negatives: the same shapes where nothing is personal.

    python benchmarks/dlp_rows_bk.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BK", "is_holdout_bk"]


def is_holdout_bk(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. e-mail addresses with a trailing dot or two dots in a row in the local part
    "+ 返信先：[[EMAIL_ADDRESS:haruka.@docomo.ne.jp]] までお願いします。",
    "+ 携帯メール（[[EMAIL_ADDRESS:kenji..s@ezweb.ne.jp]]）に送付済み。",
    "+ E-mail: [[EMAIL_ADDRESS:yuu..chan.@softbank.ne.jp]]⏎TEL: [[PHONE_NUMBER:080-3317-5402]]",
    "+ 保護者連絡先 <[[EMAIL_ADDRESS:mama.nao.@i.softbank.jp]]>",
    "+ 本人のアドレスは[[EMAIL_ADDRESS:t.k..1977@docomo.ne.jp]]とのこと。",
    "+ To: [[EMAIL_ADDRESS:sora.@au.com]]⏎Cc: [[EMAIL_ADDRESS:hina..m@example.org]]",
    "+ mail=[[EMAIL_ADDRESS:aki..ra.@pdx.ne.jp]] status=bounced",
    "+ 連絡先メール:[[EMAIL_ADDRESS:reiko_.@ybb.ne.jp]]",
    "- 書式エラー：「abc..@」はドメインがありません。",
    "- ローカル部が「name.」で終わるアドレス（例: name.@localhost）は社内でのみ使用。",
    "- ログ: user..x@host 接続拒否（ドメイン不正）",
    "- 参照：第3章...@記号の使い方",
    # 2. fixed-width rows under a romaji header with hyphenated or short insurance columns
    "+ 国保 資格者抽出⏎SEQ   SHIMEI             HIHO-KIGO  HIHO-BANGO  EDA⏎0012  [[PERSON:ｷﾉｼﾀ ﾕｳｼﾞ]]         [[JP_HEALTH_INSURANCE:57]]         [[JP_HEALTH_INSURANCE:204318]]      [[JP_HEALTH_INSURANCE:02]]⏎0013  [[PERSON:ﾂﾁﾔ ﾐﾎ]]            [[JP_HEALTH_INSURANCE:57]]         [[JP_HEALTH_INSURANCE:388061]]      [[JP_HEALTH_INSURANCE:00]]",
    "+ NO   NAME-KANA        KIGO   BANGO    EDA   DOB⏎01   [[PERSON:ﾏﾂｵ ｹｲｺ]]          [[JP_HEALTH_INSURANCE:112]]    [[JP_HEALTH_INSURANCE:7730]]     [[JP_HEALTH_INSURANCE:01]]    [[DATE_OF_BIRTH:19710830]]⏎02   [[PERSON:ｵｶﾞﾜ ﾀﾞｲｷ]]        [[JP_HEALTH_INSURANCE:112]]    [[JP_HEALTH_INSURANCE:9154]]     [[JP_HEALTH_INSURANCE:03]]    [[DATE_OF_BIRTH:20030214]]",
    "+ KNO  SEIMEI            KOKUHO-KIGO  KOKUHO-BANGO  EDA⏎301  [[PERSON:ﾊﾔｼ ﾄﾓｺ]]          [[JP_HEALTH_INSURANCE:88]]           [[JP_HEALTH_INSURANCE:610927]]        [[JP_HEALTH_INSURANCE:00]]",
    "+ 限度額認定 対象者⏎ID    SHIMEI            HOKEN-KIGO  HOKEN-BANGO  EDA⏎7001  [[PERSON:ﾔｽﾀﾞ ｺｳｼﾞ]]        [[JP_HEALTH_INSURANCE:23]]          [[JP_HEALTH_INSURANCE:550381]]       [[JP_HEALTH_INSURANCE:01]]",
    "+ SEQ  NAME             HIHOKENSHA-BANGO  EDA⏎1    [[PERSON:ﾜﾀﾞ ﾏﾘｴ]]         [[JP_HEALTH_INSURANCE:40017725]]          [[JP_HEALTH_INSURANCE:00]]⏎2    [[PERSON:ｽｽﾞｷ ﾘｮｳﾀ]]       [[JP_HEALTH_INSURANCE:40031186]]          [[JP_HEALTH_INSURANCE:01]]",
    "+ REC  SHIMEI          KENPO-KIGO  KENPO-BANGO  EDA  BIRTH⏎08   [[PERSON:ﾅｶﾞｲ ｼﾞｭﾝ]]      [[JP_HEALTH_INSURANCE:3102]]        [[JP_HEALTH_INSURANCE:4471]]         [[JP_HEALTH_INSURANCE:02]]   [[DATE_OF_BIRTH:19880109]]",
    "+ NO  NAME-KANA       HIHO-KIGO  BANGO   EDA⏎5   [[PERSON:ﾀｹｳﾁ ｱﾕﾐ]]       [[JP_HEALTH_INSURANCE:61]]         [[JP_HEALTH_INSURANCE:902214]]  [[JP_HEALTH_INSURANCE:00]]",
    "+ 被扶養者一覧⏎NO   SHIMEI          KIGO   BANGO   EDA⏎1    [[PERSON:ｻｲﾄｳ ﾐﾅﾐ]]       [[JP_HEALTH_INSURANCE:402]]    [[JP_HEALTH_INSURANCE:1185]]    [[JP_HEALTH_INSURANCE:03]]",
    "- 在庫表⏎LOT   ITEM-NAME        EDA   QTY   TANA-BANGO⏎A12   ﾎﾞﾙﾄ M8          02    150   3301",
    "- NO   HINMEI           TANA-BANGO  EDA  QTY⏎01   ﾅｯﾄ M6           4412        03   200",
    "- 図面管理⏎DWG-NO  TITLE            REV  EDA⏎1042    ﾌﾗﾝｼﾞ A          03   01",
    "- SEQ  CODE  BANGO-KUBUN  QTY⏎001  A10   22           140",
    # 3. CSV rows whose amount cell holds an unquoted thousands separator
    "+ 受給者,基礎年金番号,年金額(年)⏎[[PERSON:大野 美穂]],[[JP_PENSION_NUMBER:4120-558193]],812,300⏎[[PERSON:石井 健太]],[[JP_PENSION_NUMBER:2071338460]],1,024,800",
    "+ 氏名,年金番号,振込額⏎[[PERSON:森本 信也]],[[JP_PENSION_NUMBER:3319874025]],154,200",
    "+ 基礎年金番号,氏名,支給額,備考⏎[[JP_PENSION_NUMBER:6602145937]],[[PERSON:田村 里美]],97,500,未着⏎[[JP_PENSION_NUMBER:1859027743]],[[PERSON:原 直人]],103,000,",
    "+ 番号区分:年金⏎氏名,基礎年金番号,月額⏎[[PERSON:杉本 陽介]],[[JP_PENSION_NUMBER:5027391166]],61,750⏎[[PERSON:岡田 千里]],[[JP_PENSION_NUMBER:7740218853]],88,020",
    "+ 被保険者番号,氏名,保険料(年)⏎[[JP_HEALTH_INSURANCE:00429918]],[[PERSON:北村 拓]],142,600",
    "+ No,氏名,基礎年金番号,未払額⏎1,[[PERSON:小松 恵]],[[JP_PENSION_NUMBER:2284-906157]],36,900⏎2,[[PERSON:堀 俊介]],[[JP_PENSION_NUMBER:8810337245]],210,000",
    "+ 氏名,年金番号,受給額(月),受給額(年)⏎[[PERSON:今井 久美子]],[[JP_PENSION_NUMBER:9043116620]],68,500,822,000",
    "+ 年金受給者一覧⏎名前,基礎年金番号,支払額⏎[[PERSON:安藤 誠]],[[JP_PENSION_NUMBER:3175509284]],1,120,000",
    "- 区分,件数,受給額(月)⏎老齢,1840,68,000⏎障害,212,119,000",
    "- 品名,品番,金額⏎ボルト,4120558193,812,300",
    "- 年度,件数,金額⏎2025,3319874025,154,200",
    "- 店番号,支店名,売上⏎001,本店,1,250,000⏎002,駅前,980,000",
)
ROWS_BK = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BK, seed=20261231, held_out=is_holdout_bk, tag="rbk")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
