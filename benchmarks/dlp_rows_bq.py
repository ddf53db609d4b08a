"""Round BQ labelled rows (written 2026-12-05, before any rule change of round BQ; every value invented).

Same format as ``dlp_rows_bl.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbq.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbq.jsonl``.

Round BQ covers record layouts: (1) fixed-width transfer data lines (a record number, a half-width kana
name, a 15-digit run = bank 4 + branch 3 + account type 1 + account 7, a zero-padded amount; trailer
lines of record types 8 / 9); (2) headerless person rows split by full-width spaces or commas: name,
kana name, birth date (era, dotted or an English month-name date), 〒 postal code, address, phone;
(3) bare 7-digit postal-code columns beside an address column in person rows, and half-width kana
names split into family / given columns. Negatives: parts lists, statistics, ledgers, schedules.

    python benchmarks/dlp_rows_bq.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BQ", "is_holdout_bq"]


def is_holdout_bq(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. fixed-width transfer data lines with trailers 8 / 9
    "+ 00001  [[PERSON:ｵｶﾞﾜ ｹｲｽｹ]]            00052181[[JP_BANK_ACCOUNT:4471203]]    00000085000⏎8          00000085000  ⏎9",
    "+ 2 [[PERSON:ﾏﾂﾀﾞ ﾕｳｺ]]          01384022[[JP_BANK_ACCOUNT:0917735]]   000012500⏎2 [[PERSON:ﾋﾗﾉ ｼﾞﾛｳ]]          01384021[[JP_BANK_ACCOUNT:3308146]]   000047300⏎8 000002 000059800⏎9",
    "+ 00007[[PERSON:ｲｼｲ ｱｹﾐ]]       09001124[[JP_BANK_ACCOUNT:6620918]]  0000003300⏎00008[[PERSON:ｺｳﾉ ﾀｹｼ]]       01577021[[JP_BANK_ACCOUNT:5018824]]  0000019800⏎00009[[PERSON:ﾌｼﾞﾀ ﾅﾂﾐ]]      04432111[[JP_BANK_ACCOUNT:2209371]]  0000006400⏎8     00000029500⏎9",
    "+ 00031   [[PERSON:ﾖｺﾔﾏ ﾏｻﾙ]]             01492341[[JP_BANK_ACCOUNT:7713024]]      000000128000⏎8           000000128000⏎9  END",
    "+ 1 21 0 ﾌﾘｺﾐ ｲﾗｲﾆﾝ⏎2 00101 [[PERSON:ｻｶｲ ﾐﾎ]]        00330151[[JP_BANK_ACCOUNT:8842107]]  0000022000⏎2 00102 [[PERSON:ﾀｹﾀﾞ ﾂﾖｼ]]      00330152[[JP_BANK_ACCOUNT:1936650]]  0000018000⏎8 00002 0000040000⏎9",
    "+ 00015 [[PERSON:ｱﾍﾞ ｼｮｳｺﾞ]]    03107431[[JP_BANK_ACCOUNT:3021759]] 0000076500⏎8 00001 0000076500⏎9",
    "+ 給付金振込データ(抜粋)⏎00003  [[PERSON:ﾊﾏﾀﾞ ﾁｴｺ]]           00172011[[JP_BANK_ACCOUNT:4309186]]    00000100000⏎00004  [[PERSON:ﾐﾔｹ ﾕｳﾀ]]            00172012[[JP_BANK_ACCOUNT:0074512]]    00000100000⏎8          00000200000⏎9",
    "+ 00201 [[PERSON:ｷｸﾁ ﾘｮｳ]]         16841001[[JP_BANK_ACCOUNT:6135407]]   000004800⏎00202 [[PERSON:ﾉﾑﾗ ｻﾅｴ]]         16841004[[JP_BANK_ACCOUNT:2257810]]   000004800⏎8 000002 000009600",
    "- 00001  ﾎﾞﾙﾄ M6             000521814471203    00000000300⏎00002  ﾅｯﾄ M6              000521814471210    00000000300⏎00003  ﾜｯｼｬｰ               000521814471227    00000001200",
    "- 00001  ﾄｳｷｮｳﾄ              131000002345617    00000085000⏎00002  ｶﾅｶﾞﾜｹﾝ            140000001203114    00000047300",
    "- 00011  ｼｮｳﾓｳﾋﾝ ﾋ          000000000012000    00000012000⏎8          00000012000⏎9",
    "- 00005  ｶｲｷﾞ ﾖﾃｲ          202612051300001    00000000060⏎8          00000000060⏎9",
    # 2. headerless person rows split by full-width spaces or commas
    "+ [[PERSON:岡本 直樹]]　[[PERSON:オカモト ナオキ]]　[[DATE_OF_BIRTH:昭和49年2月11日]]　〒[[JP_POSTAL_CODE:581-0034]]　[[JP_ADDRESS:大阪府八尾市旭ケ丘2丁目7-3]]　[[PHONE_NUMBER:072-991-4410]]",
    "+ [[PERSON:村井 彩]],[[PERSON:ムライ アヤ]],[[DATE_OF_BIRTH:March 14, 1988]],〒[[JP_POSTAL_CODE:921-8025]],[[JP_ADDRESS:石川県金沢市増泉3-12-6]],[[PHONE_NUMBER:076-244-5170]]",
    "+ [[PERSON:川口 勇]]　[[PERSON:カワグチ イサム]]　[[DATE_OF_BIRTH:1975.11.28]]　〒[[JP_POSTAL_CODE:370-0841]]　[[JP_ADDRESS:群馬県高崎市栄町9-2]]　TEL [[PHONE_NUMBER:027-321-0968]]",
    "+ [[PERSON:堀 麻衣]]　[[PERSON:ホリ マイ]]　[[DATE_OF_BIRTH:平成3年7月19日]]　〒[[JP_POSTAL_CODE:990-0042]]　[[JP_ADDRESS:山形県山形市七日町1-4-10]]⏎[[PERSON:堀 健吾]]　[[PERSON:ホリ ケンゴ]]　[[DATE_OF_BIRTH:昭和63年1月5日]]　〒[[JP_POSTAL_CODE:990-0042]]　[[JP_ADDRESS:山形県山形市七日町1-4-10]]",
    "+ [[PERSON:西岡 美月]],[[PERSON:ニシオカ ミツキ]],[[DATE_OF_BIRTH:January 9, 2001]],〒[[JP_POSTAL_CODE:760-0066]],[[JP_ADDRESS:香川県高松市福岡町4-8-1]],[[PHONE_NUMBER:090-6612-3087]]",
    "+ No.3　[[PERSON:宮下 透]]　[[PERSON:ミヤシタ トオル]]　[[DATE_OF_BIRTH:1969.04.02]]　〒[[JP_POSTAL_CODE:400-0032]]　[[JP_ADDRESS:山梨県甲府市中央5-1-9]]",
    "+ [[PERSON:今井 紗希]]、[[PERSON:イマイ サキ]]、[[DATE_OF_BIRTH:平成12年11月23日]]、〒[[JP_POSTAL_CODE:850-0853]]、[[JP_ADDRESS:長崎県長崎市浜町6-15]]、[[PHONE_NUMBER:095-823-7741]]",
    "- 第2会議室　ダイニカイギシツ　令和8年10月3日　〒100-0005　東京都千代田区丸の内1-1　03-3211-0000",
    "- 新製品発表会,シンセイヒンハッピョウカイ,October 6, 2026,〒530-0001,大阪府大阪市北区梅田2-4,06-6345-0000",
    "- 山田商店　ヤマダショウテン　2019.04.01　〒380-0823　長野県長野市南千歳1-3　026-226-0000",
    "- 議題　ギダイ　昭和52年度決算　〒000-0000　未定",
    # 3. bare 7-digit postal columns in person rows; half-width kana names in two columns
    "+ [[PERSON:ﾀﾅｶ ﾊﾙｶ]]\t[[DATE_OF_BIRTH:19850412]]\t[[JP_POSTAL_CODE:5300001]]\t[[JP_ADDRESS:大阪府大阪市北区梅田1-2-3]]\t[[PHONE_NUMBER:09011112222]]⏎[[PERSON:ｻﾄｳ ｹﾝｼﾞ]]\t[[DATE_OF_BIRTH:19790830]]\t[[JP_POSTAL_CODE:5420076]]\t[[JP_ADDRESS:大阪府大阪市中央区難波4-7]]\t[[PHONE_NUMBER:09033334444]]⏎[[PERSON:ｲﾄｳ ﾕｷ]]\t[[DATE_OF_BIRTH:19920115]]\t[[JP_POSTAL_CODE:5560011]]\t[[JP_ADDRESS:大阪府大阪市浪速区難波中2-10]]\t[[PHONE_NUMBER:08055556666]]",
    "+ [[PERSON:ﾔﾏﾓﾄ]],[[PERSON:ｼﾝｲﾁ]],[[DATE_OF_BIRTH:1966/03/21]],[[JP_POSTAL_CODE:9800811]],[[JP_ADDRESS:宮城県仙台市青葉区一番町2-5]]⏎[[PERSON:ｶﾄｳ]],[[PERSON:ﾐﾄﾞﾘ]],[[DATE_OF_BIRTH:1983/12/07]],[[JP_POSTAL_CODE:9800014]],[[JP_ADDRESS:宮城県仙台市青葉区本町3-8]]⏎[[PERSON:ﾜﾀﾞ]],[[PERSON:ﾀｲﾁ]],[[DATE_OF_BIRTH:1990/06/30]],[[JP_POSTAL_CODE:9830852]],[[JP_ADDRESS:宮城県仙台市宮城野区榴岡4-1]]",
    "+ [[PERSON:ﾏｴﾀﾞ]] [[PERSON:ｱﾔ]]   [[JP_POSTAL_CODE:8120011]]  [[JP_ADDRESS:福岡県福岡市博多区博多駅前3-2]]  [[PHONE_NUMBER:09071238456]]⏎[[PERSON:ﾓﾘ]] [[PERSON:ｺｳﾍｲ]]   [[JP_POSTAL_CODE:8100001]]  [[JP_ADDRESS:福岡県福岡市中央区天神1-8]]  [[PHONE_NUMBER:08029904175]]⏎[[PERSON:ﾊﾗ]] [[PERSON:ｴﾘ]]   [[JP_POSTAL_CODE:8130044]]  [[JP_ADDRESS:福岡県福岡市東区千早5-3]]  [[PHONE_NUMBER:09046617302]]",
    "+ 氏カナ\t名カナ\t郵便\t住所⏎[[PERSON:ﾉｸﾞﾁ]]\t[[PERSON:ﾋﾛﾐ]]\t[[JP_POSTAL_CODE:0600042]]\t[[JP_ADDRESS:北海道札幌市中央区大通西6-2]]⏎[[PERSON:ｽｷﾞﾔﾏ]]\t[[PERSON:ﾂﾄﾑ]]\t[[JP_POSTAL_CODE:0640804]]\t[[JP_ADDRESS:北海道札幌市中央区南4条西1-5]]",
    "- 大阪府\t8837685\t4135879⏎京都府\t2578087\t1191353⏎兵庫県\t5465002\t2402484",
    "- ﾎﾞﾙﾄ\tM6\t5300001\t倉庫A-2\t120⏎ﾅｯﾄ\tM6\t5300002\t倉庫A-3\t80⏎ﾜｯｼｬｰ\tM8\t5300003\t倉庫B-1\t240",
    "- 2026/04\t北区\t1234567\t大阪府大阪市北区\t3120⏎2026/05\t北区\t1240981\t大阪府大阪市北区\t2987⏎2026/06\t北区\t1251009\t大阪府大阪市北区\t3311",
    "- ﾆｭｳｷﾝ\tｶﾞｽﾀﾞｲ\t1200500\t東京都港区芝公園1-1⏎ﾆｭｳｷﾝ\tｽｲﾄﾞｳﾀﾞｲ\t0980300\t東京都港区芝公園1-1⏎ｼｭｯｷﾝ\tﾃﾞﾝｷﾀﾞｲ\t1450000\t東京都港区芝公園1-1",
)
ROWS_BQ = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BQ, seed=20261227, held_out=is_holdout_bq, tag="rbq")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
