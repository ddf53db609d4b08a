"""Round BT labelled rows (written 2026-12-06, before any rule change of round BT; every value invented).

Same format as ``dlp_rows_bl.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbt.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbt.jsonl``.

Round BT covers record columns typed by their header when the rows and the header do not split the
same: (1) whitespace tables whose person name takes two fields (kanji surname + given name, romaji
FAMILY GIVEN) so the header has fewer words than the rows — 記号 / 番号, PENSION, ACCOUNT columns after
the name; (2) header words that type a column (PENSION / NENKIN, ACCT / KOZA, TEL, DOB) and words that
say a column is not personal (RCVNO / 受付番号 / REC / AMOUNT — a 7-digit 受付 number is no postal code);
(3) `` / ``-separated rows under a `` / `` header with a 被保険者番号 column; (4) a phone column whose
one cell is written as bare digits. Negatives: parts lists under 記号 / 番号, receipt tables with no
person, a PENSION amount column, slash rows of 管理番号, lot-number columns.

    python benchmarks/dlp_rows_bt.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BT", "is_holdout_bt"]


def is_holdout_bt(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. kanji names in two fields under a shorter header: 記号 / 番号 after the name
    "+ 国民健康保険 世帯票⏎保険者番号：[[JP_HEALTH_INSURANCE:139204]]⏎No 氏名 続柄 生年月日 記号 番号⏎1 [[PERSON:森川]] [[PERSON:達也]] 世帯主 [[DATE_OF_BIRTH:S31.4.9]] [[JP_HEALTH_INSURANCE:4417]] [[JP_HEALTH_INSURANCE:2093]]⏎2 [[PERSON:森川]] [[PERSON:由紀]] 妻 [[DATE_OF_BIRTH:S35.12.2]] [[JP_HEALTH_INSURANCE:4417]] [[JP_HEALTH_INSURANCE:2094]]⏎3 [[PERSON:森川]] [[PERSON:蓮]] 子 [[DATE_OF_BIRTH:H9.7.21]] [[JP_HEALTH_INSURANCE:4417]] [[JP_HEALTH_INSURANCE:518]]",
    "+ 被保険者一覧（国保）⏎番号 氏名 記号 番号 生年月日⏎01 [[PERSON:北村]] [[PERSON:浩二]] [[JP_HEALTH_INSURANCE:83]] [[JP_HEALTH_INSURANCE:60412]] [[DATE_OF_BIRTH:S44.2.17]]⏎02 [[PERSON:北村]] [[PERSON:朋美]] [[JP_HEALTH_INSURANCE:83]] [[JP_HEALTH_INSURANCE:60413]] [[DATE_OF_BIRTH:S47.8.30]]",
    "+ 健康保険 資格確認リスト⏎連番  氏名  生年月日  続柄  記号  番号⏎7  [[PERSON:石原]] [[PERSON:美咲]]  [[DATE_OF_BIRTH:H2.5.14]]  本人  [[JP_HEALTH_INSURANCE:2207]]  [[JP_HEALTH_INSURANCE:311]]⏎8  [[PERSON:石原]] [[PERSON:翔太]]  [[DATE_OF_BIRTH:H28.1.3]]  子  [[JP_HEALTH_INSURANCE:2207]]  [[JP_HEALTH_INSURANCE:312]]⏎9  [[PERSON:石原]] [[PERSON:陽菜]]  [[DATE_OF_BIRTH:R2.10.19]]  子  [[JP_HEALTH_INSURANCE:2207]]  [[JP_HEALTH_INSURANCE:313]]",
    "- 部品台帳⏎No 品名 規格 記号 番号⏎1 六角 ボルト M8 4417 2093⏎2 平 ワッシャー M8 4417 2094⏎3 ばね 座金 M10 4417 518",
    "- 会議室予約⏎No 部署 担当 開始 番号⏎1 総務 課 10:00 3301⏎2 企画 係 13:30 3302⏎3 広報 室 15:00 3303",
    # 1b. romaji FAMILY GIVEN under a shorter header: PENSION / ACCT / DOB after the name
    "+ RCPT   NAME               PENSION      ACCT     DOB⏎730214 [[PERSON:OKADA]] [[PERSON:RYOSUKE]]     [[JP_PENSION_NUMBER:5031977264]]   [[JP_BANK_ACCOUNT:3308157]]  [[DATE_OF_BIRTH:19790316]]⏎508861 [[PERSON:KUBO]] [[PERSON:ERI]]           [[JP_PENSION_NUMBER:0471220986]]   [[JP_BANK_ACCOUNT:6650412]]  [[DATE_OF_BIRTH:19920723]]",
    "+ SEQ  NAME                 DOB       NENKIN      KOZA⏎001  [[PERSON:MATSUDA]] [[PERSON:KENTA]]      [[DATE_OF_BIRTH:19660205]]  [[JP_PENSION_NUMBER:2148806531]]  [[JP_BANK_ACCOUNT:1024578]]⏎002  [[PERSON:ARAI]] [[PERSON:SAYAKA]]        [[DATE_OF_BIRTH:19850911]]  [[JP_PENSION_NUMBER:0913354072]]  [[JP_BANK_ACCOUNT:5571390]]⏎003  [[PERSON:NOMURA]] [[PERSON:JUN]]         [[DATE_OF_BIRTH:19580430]]  [[JP_PENSION_NUMBER:3702159948]]  [[JP_BANK_ACCOUNT:8830264]]",
    "+ ID     PENSION_NO   NAME⏎44120  [[JP_PENSION_NUMBER:6620418573]]   [[PERSON:HIRATA]] [[PERSON:YUMI]]⏎44121  [[JP_PENSION_NUMBER:0318867045]]   [[PERSON:SAKAMOTO]] [[PERSON:GO]]",
    "- YEAR  PLAN              PENSION   COUNT⏎2021  KIGYO NENKIN      3318205   412⏎2022  KIGYO NENKIN      3402771   398⏎2023  KOJIN GATA        1175409   87",
    "- RCPT   ITEM               CODE         LOT      DATE⏎730214 STEEL PIPE         5031977264   3308157  20240316⏎508861 COPPER WIRE        8471220986   6650412  20240723",
    # 2. header words typing columns: RCVNO / AMOUNT not personal, ACCOUNT / TEL personal
    "+ REC  RCVNO     NAME-KANA           TEL            ACCOUNT  AMOUNT⏎D01  3120457   [[PERSON:ｵｶﾀﾞ]] [[PERSON:ﾕｳﾄ]]           [[PHONE_NUMBER:09051243306]]    [[JP_BANK_ACCOUNT:2206813]]  00041250⏎D01  3120458   [[PERSON:ﾏﾂｲ]] [[PERSON:ﾁﾅﾂ]]           [[PHONE_NUMBER:08033907152]]    [[JP_BANK_ACCOUNT:7741092]]  00018800⏎D01  3120461   [[PERSON:ｻｲﾄｳ]] [[PERSON:ﾘｮｳ]]          [[PHONE_NUMBER:07062218845]]    [[JP_BANK_ACCOUNT:0398256]]  00102400",
    "+ 受付番号  フリガナ            電話番号        口座番号  金額⏎5503917  [[PERSON:ｲﾏｲ]] [[PERSON:ｼｮｳｺ]]         [[PHONE_NUMBER:09027714480]]  [[JP_BANK_ACCOUNT:4418520]]  00030000⏎5503918  [[PERSON:ﾀｶﾉ]] [[PERSON:ﾏｻｷ]]          [[PHONE_NUMBER:08061180239]]  [[JP_BANK_ACCOUNT:9120364]]  00012500⏎5503920  [[PERSON:ﾐﾅﾐ]] [[PERSON:ｱｵｲ]]          [[PHONE_NUMBER:07048872016]]  [[JP_BANK_ACCOUNT:2267741]]  00055000",
    "+ RCVNO    NAME                    ACCOUNT   TEL⏎6614502  [[PERSON:ｺﾝﾄﾞｳ]] [[PERSON:ﾀｸﾔ]]          [[JP_BANK_ACCOUNT:5530918]]   [[PHONE_NUMBER:090-6612-0457]]⏎6614503  [[PERSON:ﾓﾘ]] [[PERSON:ﾅﾂﾐ]]              [[JP_BANK_ACCOUNT:1184462]]   [[PHONE_NUMBER:080-2290-3316]]⏎6614507  [[PERSON:ﾊﾗﾀﾞ]] [[PERSON:ｹｲ]]            [[JP_BANK_ACCOUNT:7702135]]   [[PHONE_NUMBER:070-4418-9902]]",
    "- REC  RCVNO     ITEM              QTY   AMOUNT⏎D02  4410291   COPY PAPER A4      12   00013200⏎D02  4410295   TONER BLACK        3    00027600⏎D02  4410302   STAPLER LARGE      5    00008250",
    "- 受付番号  件名              担当課    金額⏎2260154  道路補修 要望     土木課    00120000⏎2260155  街灯 交換        管財課    00034000⏎2260159  側溝 清掃        環境課    00018000",
    "- REC  RCVNO     DEPT            AMOUNT⏎H11  1050032   SOMU KA         00045000⏎H11  1050037   KIKAKU KA       00038000⏎H11  1050041   ZAIMU KA        00071000",
    # 3. ' / '-separated rows under a ' / ' header
    "+ 氏名 / 生年月日 / 住所 / 電話 / 被保険者番号 / 緊急連絡先⏎[[PERSON:河野]][[PERSON:忠志]] / [[DATE_OF_BIRTH:昭和15年3月21日]] / [[JP_ADDRESS:静岡市葵区駒形通3丁目4番11号]] / [[PHONE_NUMBER:054-221-7780]] / [[JP_HEALTH_INSURANCE:4172603958]] / [[PERSON:河野]][[PERSON:真理]]（長女） [[PHONE_NUMBER:090-3318-2740]]⏎[[PERSON:平井]] [[PERSON:澄子]] / [[DATE_OF_BIRTH:昭和23年11月2日]] / [[JP_ADDRESS:岡山市北区奉還町2丁目8-5]] / [[PHONE_NUMBER:086-254-1193]] / [[JP_HEALTH_INSURANCE:0620185537]] / [[PERSON:平井]] [[PERSON:学]]（長男） [[PHONE_NUMBER:080-4402-6617]]",
    "+ 利用者名 / 被保険者番号 / 生年月日 / 連絡先⏎[[PERSON:宮本]] [[PERSON:和子]] / [[JP_HEALTH_INSURANCE:0193355012]] / [[DATE_OF_BIRTH:S9.6.30]] / [[PHONE_NUMBER:0276-41-0832]]⏎[[PERSON:原]] [[PERSON:昭二]] / [[JP_HEALTH_INSURANCE:0041187263]] / [[DATE_OF_BIRTH:S12.1.8]] / [[PHONE_NUMBER:0276-45-2916]]⏎[[PERSON:今村]] [[PERSON:フミ]] / [[JP_HEALTH_INSURANCE:7720458136]] / [[DATE_OF_BIRTH:S4.11.27]] / [[PHONE_NUMBER:0276-40-7751]]",
    "+ 名前 / 電話 / 保険証番号⏎[[PERSON:杉浦]] [[PERSON:勇]] / [[PHONE_NUMBER:011-708-3342]] / [[JP_HEALTH_INSURANCE:3305129486]]⏎[[PERSON:杉浦]] [[PERSON:淳子]] / [[PHONE_NUMBER:011-708-3342]] / [[JP_HEALTH_INSURANCE:3305129487]]",
    "- 件名 / 受付日 / 管理番号 / 担当⏎防犯灯の修理 / 2026年2月4日 / 4172603958 / 生活安全課⏎ごみ置場の移設 / 2026年2月9日 / 5620185537 / 環境課",
    "- 品名 / 規格 / 製造番号 / 数量⏎消火器 / 10型 / 7731209845 / 12⏎避難はしご / 3階用 / 7731209851 / 2",
    # 4. a phone column with one bare-digit cell
    "+ 清掃当番表⏎[[PERSON:川島]]\t[[PHONE_NUMBER:0297-44-1180]]\t月曜⏎[[PERSON:野口]]\t[[PHONE_NUMBER:0523318894]]\t水曜⏎[[PERSON:関]]\t[[PHONE_NUMBER:080-6672-0115]]\t金曜",
    "+ 当直連絡網⏎[[PERSON:堀]]   [[PHONE_NUMBER:03-5521-0967]]   夜勤⏎[[PERSON:大野]] [[PHONE_NUMBER:09038815526]]    日勤⏎[[PERSON:吉村]] [[PHONE_NUMBER:045-330-7721]]   夜勤⏎[[PERSON:菅原]] [[PHONE_NUMBER:0466-82-1903]]   日勤",
    "+ |[[PERSON:村上]]|[[PHONE_NUMBER:0742-26-5518]]|受付|⏎|[[PERSON:桑原]]|[[PHONE_NUMBER:0798254417]]|案内|⏎|[[PERSON:千田]]|[[PHONE_NUMBER:072-941-3306]]|受付|",
    "- 入荷記録⏎棚A\tLOT-2231-0045\t入荷⏎棚B\t0123458876\t入荷⏎棚C\tLOT-2231-0052\t出荷",
    "- 検針票⏎101号\t2026-01-15\t0412295530⏎102号\t2026-01-15\t0412295547⏎103号\t2026-01-16\t0412295561",
    # more variants of 1 / 2
    "+ 介護保険 負担限度額認定 世帯一覧⏎NO  氏名  続柄  記号  番号⏎1  [[PERSON:菊池]] [[PERSON:正]]  本人  [[JP_HEALTH_INSURANCE:52]]  [[JP_HEALTH_INSURANCE:11873]]⏎2  [[PERSON:菊池]] [[PERSON:良子]]  妻  [[JP_HEALTH_INSURANCE:52]]  [[JP_HEALTH_INSURANCE:11874]]",
    "+ CASE  NAME                   TEL           NENKIN_NO⏎C-11  [[PERSON:YOSHIOKA]] [[PERSON:MIHO]]       [[PHONE_NUMBER:08055120367]]   [[JP_PENSION_NUMBER:4406128395]]⏎C-12  [[PERSON:TANI]] [[PERSON:KOHEI]]          [[PHONE_NUMBER:09031174420]]   [[JP_PENSION_NUMBER:0762284019]]⏎C-13  [[PERSON:OGAWA]] [[PERSON:SHIORI]]        [[PHONE_NUMBER:07022658841]]   [[JP_PENSION_NUMBER:5128806637]]",
    "- No 地区 区分 記号 番号⏎1 東 町 内 A 2093⏎2 西 町 外 B 2094⏎3 南 町 内 C 518",
    "+ 受付番号 氏名 電話 口座⏎4901226 [[PERSON:三浦]] [[PERSON:健]] [[PHONE_NUMBER:090-2285-6610]] [[JP_BANK_ACCOUNT:3360174]]⏎4901229 [[PERSON:三浦]] [[PERSON:沙織]] [[PHONE_NUMBER:080-7713-0492]] [[JP_BANK_ACCOUNT:5048823]]",
    "- 受付番号 品目 数量 金額⏎4901226 コピー 用紙 20 12400⏎4901229 封筒 長3 500 3500⏎4901233 ボール ペン 40 4400",
)
ROWS_BT = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BT, seed=20261236, held_out=is_holdout_bt, tag="rbt")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
