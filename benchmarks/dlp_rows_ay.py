"""Round AY labelled rows (written 2026-12-05, before any rule change of round AY; every value invented).

Same format as ``dlp_rows_at.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_ray.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_ray.jsonl``.

Round AY tests two generic readers in layouts beyond the round's evaluation sets (no eval row
copied): (1) fixed-width person records whose fields are glued into one digit run after the name
(era-letter / ``YYYYMMDD`` birth date, postal code, mobile number, My Number, in varying orders);
(2) name-led lists of children (vaccination / check-up) whose only date after the name is an
era-abbreviated birth date. Negatives: product and amount records, appointment lists, visit dates
with a time, labelled due dates.

    python benchmarks/dlp_rows_ay.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AY", "is_holdout_ay"]


def is_holdout_ay(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. glued fixed-width records
    "+ 000412[[PERSON:山本　和也]]　　[[JP_MY_NUMBER:453331478932]][[PHONE_NUMBER:07012220038]]20251101⏎000413[[PERSON:石井　真理]]　　[[JP_MY_NUMBER:288040723866]][[PHONE_NUMBER:08099678491]]20251101",
    "+ 給付対象者ファイル（固定長）⏎K0098[[PERSON:ﾀｶﾊｼ ﾐﾕｷ]]        [[DATE_OF_BIRTH:S481103]][[JP_POSTAL_CODE:2768160]][[PHONE_NUMBER:08096484473]]  1⏎K0099[[PERSON:ﾓﾘ ｹﾝﾀ]]           [[DATE_OF_BIRTH:H060219]][[JP_POSTAL_CODE:1062049]][[PHONE_NUMBER:07097100201]]  2",
    "+ 22017 [[PERSON:ﾉｸﾞﾁ ｱﾔﾉ]]      [[DATE_OF_BIRTH:19790825]][[PHONE_NUMBER:09018316216]][[JP_MY_NUMBER:255118487336]]⏎22018 [[PERSON:ｲﾏｲ ｼｮｳﾀ]]      [[DATE_OF_BIRTH:20010314]][[PHONE_NUMBER:08077863644]][[JP_MY_NUMBER:311387981131]]",
    "+ 03[[PERSON:小川　美紀]]　　　[[DATE_OF_BIRTH:H090630]][[PHONE_NUMBER:07085534578]]⏎04[[PERSON:原　直人]]　　　　[[DATE_OF_BIRTH:S550102]][[PHONE_NUMBER:08088646841]]",
    "+ RCV 転入者一覧 固定長⏎A00731[[PERSON:ｻｶｲ ﾘｮｳｺ]]       [[JP_MY_NUMBER:511971814785]][[DATE_OF_BIRTH:S390916]][[JP_POSTAL_CODE:4281108]]⏎A00732[[PERSON:ｷﾉｼﾀ ﾏｻﾄ]]      [[JP_MY_NUMBER:158069983394]][[DATE_OF_BIRTH:H111208]][[JP_POSTAL_CODE:6812738]]⏎END",
    "+ 7710[[PERSON:ﾆｯﾀ ﾄﾓﾐ]]          [[DATE_OF_BIRTH:R020409]][[JP_POSTAL_CODE:9557337]][[PHONE_NUMBER:08012250399]]0003⏎7711[[PERSON:ｱｻﾉ ﾕｲ]]           [[DATE_OF_BIRTH:R030721]][[JP_POSTAL_CODE:9696836]][[PHONE_NUMBER:09099080912]]0003",
    "+ 0005[[PERSON:村田　浩二]]　[[JP_MY_NUMBER:762600070565]][[PHONE_NUMBER:08025089961]]20260930⏎0006　　　　　　　                20260930",
    "+ 照会結果⏎551207[[PERSON:ﾊｯﾄﾘ ｼﾞｭﾝ]]     [[DATE_OF_BIRTH:T140505]][[JP_POSTAL_CODE:1394556]][[PHONE_NUMBER:09041579007]]  05",
    "+ 1102[[PERSON:今井　奈央]]　　[[DATE_OF_BIRTH:19940117]][[JP_POSTAL_CODE:3885345]][[PHONE_NUMBER:07093316620]]⏎1103[[PERSON:北村　亮]]　　　[[DATE_OF_BIRTH:19881229]][[JP_POSTAL_CODE:3252487]][[PHONE_NUMBER:08051442098]]",
    "- 在庫ファイル⏎0001ﾀｵﾙ ｾｯﾄ        49012345678940000120000000450⏎0002ﾏｸﾞ ｶｯﾌﾟ       49098765432100000060000000300",
    "- 0001山田　太郎　　000001200000000450000000000⏎0002川口　花子　　000000850000000120000000000",
    "- 第12条 ｺﾄﾞｳ 2024040100000000000120000 (令和6年4月1日施行)",
    "- 1201ｻﾄｳ ﾋﾃﾞｵ        00000000345000000000120000000000000",
    "- 請求明細⏎00021ｶﾄｳ ｼｮｳｼﾞ     2025083100001234500000987650001",
    "+ ID  NAME               DATA⏎8801 [[PERSON:ﾔｽﾀﾞ ｷｮｳｺ]]     [[DATE_OF_BIRTH:S620811]][[PHONE_NUMBER:09012873340]][[JP_POSTAL_CODE:8120044]]⏎8802 [[PERSON:ﾏﾙﾔﾏ ﾀｶｼ]]      [[DATE_OF_BIRTH:S590326]][[PHONE_NUMBER:08034412276]][[JP_POSTAL_CODE:8120045]]",
    "+ 0101[[PERSON:森下　和子]]　　[[DATE_OF_BIRTH:S300101]][[JP_MY_NUMBER:148970712485]][[PHONE_NUMBER:07066120934]]⏎0102[[PERSON:森下　修]]　　　[[DATE_OF_BIRTH:S281224]][[JP_MY_NUMBER:107569007207]][[PHONE_NUMBER:07066120935]]",
    "- 0031ﾔﾏﾀﾞ ﾀﾛｳ        12345678901234567890123456⏎0032ｽｽﾞｷ ﾊﾅｺ        98765432109876543210987654",
    "- 振込結果⏎0007ｵｶﾞﾜ ﾐｷ         00094120000015000000000000",
    # 2. name-led child lists
    "+ ｹﾝｼﾝ ﾐｼﾞｭｼﾝｼｬ⏎[[PERSON:ﾀﾆｸﾞﾁ ｿｳﾀ]]\t[[DATE_OF_BIRTH:H30.12.1]]\t3歳児健診未受診⏎[[PERSON:ﾏﾂﾀﾞ ﾘﾝ]]\t[[DATE_OF_BIRTH:R1.6.22]]\t3歳児健診未受診",
    "+ 予防接種 勧奨対象⏎[[PERSON:ﾆｼｵ ﾊﾙﾄ]]　[[DATE_OF_BIRTH:R8.2.14]]　BCG未接種⏎[[PERSON:ｶﾜﾊﾗ ｻｸﾗ]]　[[DATE_OF_BIRTH:R7.11.30]]　4種混合2回目未",
    "+ [[PERSON:ﾐﾔｹ ｺﾊﾙ]]  [[DATE_OF_BIRTH:R6.8.3]]  1歳6か月健診 未⏎[[PERSON:ﾂﾁﾔ ｴｲﾀ]]  [[DATE_OF_BIRTH:R6.9.27]]  1歳6か月健診 未",
    "+ 高齢者肺炎球菌 未接種者⏎[[PERSON:ｵｵﾂｶ ｼｹﾞﾙ]] [[DATE_OF_BIRTH:S21.07.07]] 通知済⏎[[PERSON:ﾖｺﾔﾏ ﾁﾖ]] [[DATE_OF_BIRTH:S16.03.19]] 未通知",
    "+ 保育園 園児名簿（抜粋）⏎[[PERSON:井上 ゆい]]　[[DATE_OF_BIRTH:R3.4.18]]　ひよこ組⏎[[PERSON:杉本 そら]]　[[DATE_OF_BIRTH:R3.10.2]]　ひよこ組",
    "+ 4か月児健診 対象⏎[[PERSON:ﾌｼﾞﾀ ﾐｵ]],[[DATE_OF_BIRTH:R8.7.11]],第2子⏎[[PERSON:ｺﾝﾄﾞｳ ﾕｳﾄ]],[[DATE_OF_BIRTH:R8.7.25]],",
    "+ ﾋﾌﾞ ﾐｾｯｼｭ⏎[[PERSON:ｱｵｷ ﾚｲ]] [[DATE_OF_BIRTH:H31.4.2]] 転入後未確認",
    "+ 就学時健診 欠席者⏎[[PERSON:平田 陽斗]]　[[DATE_OF_BIRTH:H31.1.9]]　再案内⏎[[PERSON:岡 芽依]]　[[DATE_OF_BIRTH:R1.5.30]]　再案内",
    "+ ﾖﾎﾞｳｾｯｼｭ ﾘｽﾄ⏎[[PERSON:ｼﾊﾞﾀ ｶﾅﾀ]]\t[[DATE_OF_BIRTH:R7.12.24]]\t[[PERSON:ｼﾊﾞﾀ ｱﾕﾐ]](母)⏎[[PERSON:ｸﾘﾀ ｲﾂｷ]]\t[[DATE_OF_BIRTH:R8.1.8]]\t転出予定",
    "- 健診 予約一覧⏎ﾆｼｵ ﾊﾙﾄ　R8.12.10　10:30　4か月健診⏎ｶﾜﾊﾗ ｻｸﾗ　R8.12.10　11:00　4か月健診",
    "- 来所記録⏎ﾐﾔｹ ｺﾊﾙ  R8.11.4 14:20  相談⏎ﾂﾁﾔ ｴｲﾀ  R8.11.5 9:40  相談",
    "- 接種期限一覧⏎ｵｵﾂｶ ｼｹﾞﾙ 期限 R9.3.31 通知済⏎ﾖｺﾔﾏ ﾁﾖ 期限 R9.3.31 未通知",
    "- 面談予定⏎井上 ゆい　R8.12.15　保護者面談⏎杉本 そら　R8.12.16　保護者面談",
    "- 書類提出状況⏎ﾌｼﾞﾀ ﾐｵ 提出日 R8.11.20 受理⏎ｺﾝﾄﾞｳ ﾕｳﾄ 提出日 R8.11.22 受理",
    "- 訪問予定表⏎ｱｵｷ ﾚｲ R8.12.3 午前 新生児訪問⏎ｼﾊﾞﾀ ｶﾅﾀ R8.12.4 午後 新生児訪問",
    "+ ﾆｭｳｼﾞ ｹﾝｼﾝ ﾀｲｼｮｳ⏎[[PERSON:ﾎﾘ ﾕｽﾞｷ]]　[[DATE_OF_BIRTH:R8.4.1]]　ﾐｼﾞｭｼﾝ⏎[[PERSON:ﾏﾁﾀﾞ ｺｳ]]　[[DATE_OF_BIRTH:R8.4.19]]　ﾐｼﾞｭｼﾝ",
    "+ MR2期 未接種（年長）⏎[[PERSON:ｲﾜｻｷ ｱｵﾄ]] [[DATE_OF_BIRTH:R2.5.5]] 督促1回⏎[[PERSON:ｽｶﾞﾜﾗ ﾉｱ]] [[DATE_OF_BIRTH:R2.8.20]] 督促2回",
    "- 乳幼児健診 日程⏎ﾎﾘ ﾕｽﾞｷ　R8.12.22　13:15受付⏎ﾏﾁﾀﾞ ｺｳ　R8.12.22　13:30受付",
    "- 督促状送付日⏎ｲﾜｻｷ ｱｵﾄ 送付 R8.10.1⏎ｽｶﾞﾜﾗ ﾉｱ 送付 R8.10.1",
)
ROWS_AY = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AY, seed=20261215, held_out=is_holdout_ay, tag="ray")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
