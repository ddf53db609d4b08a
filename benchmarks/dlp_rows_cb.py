"""Round CB labelled rows (written 2026-12-06, before any rule change of round CB; every value invented).

Same format as ``dlp_rows_ca.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rcb.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rcb.jsonl``.

Round CB: (1) CSV / TSV / fixed-width tables whose header names a birth field in a short or other
form (生年月, 生年, 誕生年月, half-width kana, romaji) holding partial (year-month) or era-coded dates;
(2) dates under event headers (found / acquired / received / registered) in person tables — not
births; (3) mobile numbers glued after 1–3 letter codes in fixed-width rows; (4) driving licence
numbers spaced inside ``第 … 号`` on a card. Hard negatives: amounts / counts / codes under other
headers, event dates, product codes, 第…号 document numbers without card words.

    python benchmarks/dlp_rows_cb.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_CB", "is_holdout_cb"]


def is_holdout_cb(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. header-typed birth columns in short / other forms, partial and era-coded cells
    "+ 氏名,生年月,電話⏎[[PERSON:森田千尋]],[[DATE_OF_BIRTH:1987/06]],[[PHONE_NUMBER:090-2231-7785]]⏎[[PERSON:岡本大輝]],[[DATE_OF_BIRTH:1992/11]],[[PHONE_NUMBER:080-6604-1298]]",
    "+ ｼﾒｲ\tｾｲﾈﾝｶﾞｯﾋﾟ\tｾｲﾍﾞﾂ⏎[[PERSON:ｳﾁﾀﾞ ｻｵﾘ]]\t[[DATE_OF_BIRTH:S550312]]\t2⏎[[PERSON:ﾊﾏﾉ ｺｳｼﾞ]]\t[[DATE_OF_BIRTH:S470928]]\t1",
    "+ NO,NAME,SEINENGAPPI,KUBUN⏎001,[[PERSON:ﾏﾂｵｶ ﾕｷ]],[[DATE_OF_BIRTH:H030415]],A⏎002,[[PERSON:ﾏﾂｵｶ ｿｳﾀ]],[[DATE_OF_BIRTH:H060222]],A",
    "+ 番号\t氏名\t誕生年月\t性別⏎1\t[[PERSON:西川葵]]\t[[DATE_OF_BIRTH:2001年4月]]\t女⏎2\t[[PERSON:西川湊]]\t[[DATE_OF_BIRTH:2004年10月]]\t男",
    "+ id,kana,birth_ym,zip⏎71,[[PERSON:ｻｸﾗｲ ﾒｸﾞﾐ]],[[DATE_OF_BIRTH:1979-08]],[[JP_POSTAL_CODE:2310017]]⏎72,[[PERSON:ｻｸﾗｲ ｼｭﾝ]],[[DATE_OF_BIRTH:1981-01]],[[JP_POSTAL_CODE:2310017]]",
    "+ 世帯員\t続柄\t生年⏎[[PERSON:北村 剛]]\t世帯主\t[[DATE_OF_BIRTH:1962年5月]]⏎[[PERSON:北村 雅子]]\t妻\t[[DATE_OF_BIRTH:1965年12月]]",
    "+ ｼﾒｲ,ｾｲﾈﾝ,TEL⏎[[PERSON:ﾜﾀﾅﾍﾞ ｱｵｲ]],[[DATE_OF_BIRTH:R02.03.09]],[[PHONE_NUMBER:07055126630]]⏎[[PERSON:ﾜﾀﾅﾍﾞ ﾀｸﾐ]],[[DATE_OF_BIRTH:H29.07.21]],[[PHONE_NUMBER:07055126630]]",
    "+ 受給者名,生年月日,区分⏎[[PERSON:荒木ハル]],[[DATE_OF_BIRTH:T15.02.11]],1⏎[[PERSON:荒木ミツ]],[[DATE_OF_BIRTH:S03.09.30]],1",
    "+ 会員番号|氏名|生年月|ランク⏎40215|[[PERSON:今井 優斗]]|[[DATE_OF_BIRTH:2003-02]]|B⏎40216|[[PERSON:今井 彩花]]|[[DATE_OF_BIRTH:2005-09]]|C",
    "- 品番,入荷年月,数量⏎A-220,2025/04,30⏎A-221,2025/05,12⏎B-007,2024/11,8",
    "- 生年\t人数⏎1980\t14⏎1981\t9⏎1982\t17",
    "- 部品コード\t棚番\t在庫⏎S550312\t3-2\t40⏎H030415\t1-7\t12⏎M120601\t5-1\t6",
    "- 年度,件数,金額⏎2023,412,5580000⏎2024,398,5120000",
    # 2. dates under event headers in person tables (not births)
    "+ 氏名,電話,拾得日,品名⏎[[PERSON:佐藤一郎]],[[PHONE_NUMBER:090-4418-2260]],20250412,財布⏎[[PERSON:吉田舞]],[[PHONE_NUMBER:080-3372-9015]],20250415,傘",
    "+ NAME\tTEL\tSHUTOKU\t資格⏎[[PERSON:ﾅｶﾉ ﾘｮｳ]]\t[[PHONE_NUMBER:09061238804]]\t20190301\t普通⏎[[PERSON:ｲｹﾀﾞ ﾐｻｷ]]\t[[PHONE_NUMBER:08027751340]]\t20210915\t中型",
    "+ 受付日    氏名          電話番号⏎20251103  [[PERSON:堀 真由美]]    [[PHONE_NUMBER:070-2291-6637]]⏎20251104  [[PERSON:平田 啓太]]    [[PHONE_NUMBER:090-5530-1872]]",
    "+ Name,Phone,Registered⏎[[PERSON:Kenta Ogawa]],[[PHONE_NUMBER:080-1204-5519]],20240620⏎[[PERSON:Rina Sato]],[[PHONE_NUMBER:090-8845-3301]],20240702",
    "+ 登録日,氏名,携帯⏎20230118,[[PERSON:野口修]],[[PHONE_NUMBER:09077014428]]⏎20230125,[[PERSON:野口千夏]],[[PHONE_NUMBER:08033960172]]",
    "+ kana,tel,uketsuke_bi⏎[[PERSON:ﾖｼｵｶ ｹﾝ]],[[PHONE_NUMBER:07030228816]],20250930⏎[[PERSON:ﾖｼｵｶ ﾅﾅ]],[[PHONE_NUMBER:07030228817]],20251001",
    "+ 氏名,電話,取得年月日,備考⏎[[PERSON:松下 悠]],[[PHONE_NUMBER:090-6652-7013]],20180404,生年月日 [[DATE_OF_BIRTH:19991130]] 本人申告",
    "- 登録日,件数,担当課⏎20250106,41,市民課⏎20250107,38,市民課",
    "- TOROKU_YMD  SHOHIN      KINGAKU⏎20250210    BOX-A       4800⏎20250211    BOX-B       5200",
    "- 受付日\t受付番号\t区分⏎20251201\t090118\t転入⏎20251202\t090119\t転出",
    # 3. mobile numbers glued after letter codes in fixed-width rows
    "+ 0001[[PERSON:ﾔｽﾀﾞ ｴﾘｶ]]      FA[[PHONE_NUMBER:09014426083]][[DATE_OF_BIRTH:19840223]]⏎0002[[PERSON:ﾔｽﾀﾞ ｼﾝｼﾞ]]     MO[[PHONE_NUMBER:08066013925]][[DATE_OF_BIRTH:19800917]]",
    "+ 31774 [[PERSON:ﾀｶｷﾞ ﾏｺﾄ]]       MAB[[PHONE_NUMBER:07081190347]] 3300072⏎31775 [[PERSON:ﾀｶｷﾞ ﾕｲ]]        FB[[PHONE_NUMBER:09023317650]] 3300072",
    "+ K[[PHONE_NUMBER:08044712936]] [[PERSON:ｱｷﾔﾏ ﾐﾉﾘ]]⏎K[[PHONE_NUMBER:09098120574]] [[PERSON:ｱｷﾔﾏ ﾀﾞｲｽｹ]]",
    "+ 会員ID  氏名            区分電話⏎A1042   [[PERSON:原田 聡子]]     FO[[PHONE_NUMBER:07066204418]]⏎A1043   [[PERSON:原田 勇]]       MAB[[PHONE_NUMBER:09050137726]]",
    "- PRD  XB0801234567890  12⏎PRD  XB0801234567891  30⏎PRD  XC0801234567892  7",
    "- LOT  MA1904881206  OK⏎LOT  MA1904881207  NG⏎LOT  FB2207330451  OK",
    "- SKU-AB06012345678 在庫 40⏎SKU-AB06012345679 在庫 15",
    # 4. spaced driving licence numbers inside 第 … 号 on a card
    "+ 運転免許証⏎氏名 [[PERSON:宮本 亜紀]]⏎令和11年08月17日まで有効⏎第 [[JP_DRIVER_LICENSE:30 18 45 27 96 03]] 号⏎埼玉県公安委員会",
    "+ 免許の条件等 眼鏡等⏎番号 第 [[JP_DRIVER_LICENSE:5207 1183 4406]] 号⏎交付 令和6年04月02日⏎愛知県公安委員会",
    "+ 公安委員会 交付の運転免許証（第　[[JP_DRIVER_LICENSE:62　0347　2198　15]]　号）を提示した。",
    "+ 免許証番号は 第 [[JP_DRIVER_LICENSE:44 01 92 57 30 86]] 号 です（有効期限 2028年3月）。",
    "- 文書番号 第 2025 0401 0017 号⏎令和7年4月1日⏎各課長 様",
    "- 告示 第 12 34 56 78 90 12 号 の一部を改正する件",
    "- 契約番号 第 4410 2287 3305 号（委託契約書）",
)
ROWS_CB = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_CB, seed=20261251, held_out=is_holdout_cb, tag="rcb")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
