"""Round Z labelled rows (written 2026-12-04, before any rule change of round Z; every value invented).

Same format as ``dlp_rows_y.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form
``corpora/eval/pii_devholdout_rz.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rz.jsonl``.

Round Z's layout families: headerless pipe / CSV rows of a 特定健診 / 保健指導 target list (insurer
number | 記号 | 番号 | name | date); an insurer number after a bare 保険者 label in mixed
English/Japanese notes; 事業所整理記号 values (employer codes, never health insurance); a bare
7-digit postal code in a delimited record next to an address or under a postal column; ``+CC (area)``
phone numbers in English running text; foreign passports in English running text; birth dates in
chat replies, after a name with its kana reading, after an uncommon given name on 児童： lines.
Hard negatives: generic numeric tables, order / invoice numbers, other ``No.``, residence cards,
event dates, statute prose.

    python benchmarks/dlp_rows_z.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_Z", "is_holdout_z"]


def is_holdout_z(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


_LINES = (
    (
        "+ 令和7年度 特定健診 受診勧奨対象者⏎[[JP_HEALTH_INSURANCE:06271143]] | [[JP_HEALTH_INSURANCE:"
        "津山12]] | [[JP_HEALTH_INSURANCE:40871]] | [[PERSON:西川 勝]] | [[DATE_OF_BIRTH:1961/03/22]]⏎["
        "[JP_HEALTH_INSURANCE:06271143]] | [[JP_HEALTH_INSURANCE:津山12]] | [[JP_HEALTH_INSURANCE:40872"
        "]] | [[PERSON:西川 房子]] | [[DATE_OF_BIRTH:1963/11/05]]"
    ),
    (
        "+ 特定保健指導 対象者リスト⏎[[JP_HEALTH_INSURANCE:138024]],[[JP_HEALTH_INSURANCE:2207]],[[JP_H"
        "EALTH_INSURANCE:118]],[[PERSON:大塚 紀子]],[[DATE_OF_BIRTH:1970-06-14]]⏎[[JP_HEALTH_INSURANCE:"
        "138024]],[[JP_HEALTH_INSURANCE:2207]],[[JP_HEALTH_INSURANCE:231]],[[PERSON:大塚 亮]],[[DATE_OF"
        "_BIRTH:1968-01-30]]"
    ),
    (
        "+ 被保険者 健診未受診者一覧（抽出）⏎[[JP_HEALTH_INSURANCE:01130466]]|[[JP_HEALTH_INSURANCE:旭"
        "川3]]|[[JP_HEALTH_INSURANCE:7719]]|[[PERSON:佐野 浩二]]|[[DATE_OF_BIRTH:1955/09/09]]⏎[[JP_HEAL"
        "TH_INSURANCE:01130466]]|[[JP_HEALTH_INSURANCE:旭川3]]|[[JP_HEALTH_INSURANCE:7720]]|[[PERSON:佐"
        "野 文江]]|[[DATE_OF_BIRTH:1957/02/18]]"
    ),
    (
        "+ 保健指導 利用券 発行対象⏎[[JP_HEALTH_INSURANCE:273052]] | [[JP_HEALTH_INSURANCE:5104]] | [[J"
        "P_HEALTH_INSURANCE:66]] | [[PERSON:桑原 典子]] | [[DATE_OF_BIRTH:1966/12/01]]⏎[[JP_HEALTH_INSU"
        "RANCE:273052]] | [[JP_HEALTH_INSURANCE:5104]] | [[JP_HEALTH_INSURANCE:67]] | [[PERSON:桑原 実]"
        "] | [[DATE_OF_BIRTH:1964/07/27]]"
    ),
    (
        "+ レセプト点検 突合リスト⏎[[JP_HEALTH_INSURANCE:39281025]],[[JP_HEALTH_INSURANCE:高知7]],[[JP_"
        "HEALTH_INSURANCE:20314]],[[PERSON:野口 正]],[[DATE_OF_BIRTH:1949/05/03]]⏎[[JP_HEALTH_INSURANCE"
        ":39281025]],[[JP_HEALTH_INSURANCE:高知7]],[[JP_HEALTH_INSURANCE:20315]],[[PERSON:野口 和代]],["
        "[DATE_OF_BIRTH:1952/10/16]]"
    ),
    (
        "+ 特定健診 結果未提出（保険証情報）⏎[[JP_HEALTH_INSURANCE:06340021]] | [[JP_HEALTH_INSURANCE:9"
        "021]] | [[JP_HEALTH_INSURANCE:305]] | [[PERSON:今村 真一]] | [[DATE_OF_BIRTH:1975/04/19]]⏎[[JP"
        "_HEALTH_INSURANCE:06340021]] | [[JP_HEALTH_INSURANCE:9021]] | [[JP_HEALTH_INSURANCE:306]] | [["
        "PERSON:今村 香]] | [[DATE_OF_BIRTH:1977/08/08]]"
    ),
    (
        "+ 特定健診 対象者（国保）⏎[[JP_HEALTH_INSURANCE:412031]],[[JP_HEALTH_INSURANCE:唐津22]],[[JP_H"
        "EALTH_INSURANCE:1045]],[[PERSON:松尾 博]],[[DATE_OF_BIRTH:1959-12-24]]⏎[[JP_HEALTH_INSURANCE:4"
        "12031]],[[JP_HEALTH_INSURANCE:唐津22]],[[JP_HEALTH_INSURANCE:1046]],[[PERSON:松尾 恵子]],[[DAT"
        "E_OF_BIRTH:1962-03-03]]"
    ),
    (
        "+ Pt note 2025-06-02: BP 142/88. Ins: 保険者 [[JP_HEALTH_INSURANCE:06139220]] 記号 [[JP_HEALTH"
        "_INSURANCE:4410]] 番号 [[JP_HEALTH_INSURANCE:227]]"
    ),
    (
        "+ Ins: 保険者 [[JP_HEALTH_INSURANCE:32130087]] 記号 [[JP_HEALTH_INSURANCE:岡9]] 番号 [[JP_HEAL"
        "TH_INSURANCE:5061]] (family)"
    ),
    (
        "+ Insurance - 保険者 [[JP_HEALTH_INSURANCE:138073]] / 記号 [[JP_HEALTH_INSURANCE:702]] / 番号 "
        "[[JP_HEALTH_INSURANCE:41]]"
    ),
    (
        "+ F/U visit. 保険者: [[JP_HEALTH_INSURANCE:01270312]], 記号 [[JP_HEALTH_INSURANCE:1109]], 番号"
        " [[JP_HEALTH_INSURANCE:88]]. Rx refilled."
    ),
    (
        "+ Hx: DM2. 保険者 [[JP_HEALTH_INSURANCE:27310506]] 記号 [[JP_HEALTH_INSURANCE:南3]] 番号 [[JP_"
        "HEALTH_INSURANCE:1942]]"
    ),
    ("+ ER intake / 保険者 [[JP_HEALTH_INSURANCE:06450018]] / 記号・番号 [[JP_HEALTH_INSURANCE:58・306]]"),
    "+ 住所 | 郵便番号⏎[[JP_ADDRESS:東京都杉並区高円寺南4-11-2]] | [[JP_POSTAL_CODE:1660003]]",
    "+ [[PERSON:吉岡 隆]] | [[JP_POSTAL_CODE:5300047]] | [[JP_ADDRESS:大阪府大阪市北区西天満3-6-12]]",
    "+ [[PERSON:浜田 由美]],[[JP_POSTAL_CODE:8100041]],[[JP_ADDRESS:福岡県福岡市中央区大名2-4-19]]",
    (
        "+ 氏名,郵便番号,住所⏎[[PERSON:坂本 修]],[[JP_POSTAL_CODE:9800811]],[[JP_ADDRESS:宮城県仙台市青"
        "葉区一番町2-8-5]]"
    ),
    (
        "+ id | name | zip | address⏎17 | [[PERSON:村上 久美]] | [[JP_POSTAL_CODE:4600008]] | [[JP_ADDR"
        "ESS:愛知県名古屋市中区栄3-2-7]]"
    ),
    (
        "+ 1042 | [[PERSON:菅原 剛]] | [[JP_ADDRESS:北海道札幌市中央区北5条西2-1]] | [[JP_POSTAL_CODE:0"
        "600005]]"
    ),
    ("+ 宛先,〒,住所⏎[[PERSON:工藤 沙織]],[[JP_POSTAL_CODE:0300801]],[[JP_ADDRESS:青森県青森市新町1-3-9]]"),
    (
        "+ mysql> select name, zip, addr from residents;⏎| [[PERSON:平野 誠]] | [[JP_POSTAL_CODE:730001"
        "1]] | [[JP_ADDRESS:広島県広島市中区基町6-27]] |"
    ),
    "+ Call me at [[PHONE_NUMBER:+1 (415) 209-0972]] after 5pm.",
    "+ You can reach our desk at [[PHONE_NUMBER:+1 (212) 555-0187]] any weekday.",
    "+ Please call [[PHONE_NUMBER:+44 (20) 7946 0321]] if the parcel is delayed.",
    "+ My cell is [[PHONE_NUMBER:+1 (646) 830-2291]], text is fine.",
    "+ Contact: [[PERSON:Emily Carter]], [[PHONE_NUMBER:+61 (2) 9374 4000]]",
    "+ call me back on [[PHONE_NUMBER:+1 (303) 441-7702]] please",
    "+ Hi, my passport is [[JP_PASSPORT:54920318]] and it expires next year.",
    "+ my passport is [[JP_PASSPORT:483017265]], issued in Chicago.",
    "+ Her US passport is [[JP_PASSPORT:561204937]].",
    "+ I lost my passport (No. [[JP_PASSPORT:X4402178Y]]) at the station.",
    "+ His passport (No. [[JP_PASSPORT:K7730512A]]) was renewed in May.",
    "+ The traveller's passport number is [[JP_PASSPORT:C03318846]].",
    "+ My Canadian passport is [[JP_PASSPORT:HM481920]].",
    (
        "+ 職員：お名前と生年月日をお願いします。⏎住民：[[PERSON:石川 智子]]です、[[DATE_OF_BIRTH:1975."
        "8.26]]です"
    ),
    (
        "+ 窓口：ご本人確認のため、お名前と生年月日を教えてください⏎相談者：[[PERSON:堀 大輔]]です。[[D"
        "ATE_OF_BIRTH:1983.12.4]]です"
    ),
    (
        "+ スタッフ：氏名と生年月日を伺えますか⏎お客様：[[PERSON:菊池 陽子]]です、[[DATE_OF_BIRTH:1969."
        "1.17]]生まれです"
    ),
    "+ 職員：お名前と生年月日は？⏎市民：[[PERSON:関 昌平]]、[[DATE_OF_BIRTH:1991.10.3]]です",
    "+ 児童：[[PERSON:中野 結翔]]（ゆいと） [[DATE_OF_BIRTH:令和3年8月25日]]",
    "+ 児童：[[PERSON:中野 咲良]]（さくら）　[[DATE_OF_BIRTH:平成31年2月9日]]",
    "+ 子：[[PERSON:長尾 玲央]]（れお） [[DATE_OF_BIRTH:令和2年11月30日]]",
    "+ 児童：[[PERSON:宮下 煌雅]]（こうが） [[DATE_OF_BIRTH:2020年5月6日]]",
    "+ 児童：[[PERSON:木下 乃蒼]]　[[DATE_OF_BIRTH:令和4年1月12日]]",
    "+ 児童：[[PERSON:藤本 碧葉]] [[DATE_OF_BIRTH:令和元年9月28日]]",
    "+ 児童：[[PERSON:榎本 瑠唯]]　[[DATE_OF_BIRTH:平成29年7月4日]]",
    "+ 児童：[[PERSON:小島 叶芽]] [[DATE_OF_BIRTH:2021/03/15]]",
    (
        "+ 特定健診 受診者⏎[[JP_HEALTH_INSURANCE:06271150]] | [[JP_HEALTH_INSURANCE:倉敷4]] | [[JP_HEAL"
        "TH_INSURANCE:3312]] | [[PERSON:岩田 勉]] | [[DATE_OF_BIRTH:1958/06/30]]⏎[[JP_HEALTH_INSURANCE:"
        "06271150]] | [[JP_HEALTH_INSURANCE:倉敷4]] | [[JP_HEALTH_INSURANCE:3313]] | [[PERSON:岩田 幸江"
        "]] | [[DATE_OF_BIRTH:1960/01/21]]"
    ),
    (
        "+ 保険者 [[JP_HEALTH_INSURANCE:06139311]] 記号 [[JP_HEALTH_INSURANCE:2280]] 番号 [[JP_HEALTH_I"
        "NSURANCE:49]] / dx: HTN"
    ),
    ("+ [[PERSON:杉山 亜紀]] | [[JP_POSTAL_CODE:3300063]] | [[JP_ADDRESS:埼玉県さいたま市浦和区高砂2-9-1]]"),
    "+ Call me at [[PHONE_NUMBER:+1 (617) 382-4410]] tomorrow.",
    "+ my passport is [[JP_PASSPORT:77215048]], thanks.",
    (
        "+ 職員：お名前と生年月日をお願いします⏎利用者：[[PERSON:渡部 直子]]です、[[DATE_OF_BIRTH:1988."
        "5.2]]です"
    ),
    (
        "- 令和7年度 事業所別 集計表⏎06271143 | 12 | 40871 | 総務課 | 2025/03/22⏎06271144 | 13 | 40872 "
        "| 企画課 | 2025/03/23"
    ),
    "- 在庫一覧⏎138024,2207,118,部品A,2025-06-14⏎138025,2207,231,部品B,2025-06-15",
    "- 売上集計⏎01130466|3|7719|札幌店|2025/09/09⏎01130467|3|7720|旭川店|2025/09/10",
    "- 特定健診の受診率 令和6年度⏎40.2 | 38.7 | 41.5 | 2025/03/31",
    "- 特定健診 実施計画⏎第4期 | 2024 | 2029 | 受診率目標 60%",
    "- 保健指導 実施件数⏎1203 | 982 | 81.6 | 2025/04/01",
    "- 事業所整理記号 01-アイウ-4421",
    "- 事業所整理記号：23-カキク-1087　事業所番号 40771",
    "- 健康保険・厚生年金保険 被保険者資格取得届 事業所整理記号 12-サシ-305",
    "- 算定基礎届 事業所整理記号 35-ナニヌ-0912 提出済",
    "- 事業所整理記号：51-ハヒフ-77 / 事業所名 株式会社サンプル",
    "- 保険者 負担割合 3割 2025年度",
    "- 保険者の変更手続きについて（2025年4月1日から）",
    "- Ins: self-pay. 保険者 なし",
    "- 注文番号 | 1660003 | 2025/08/01 | 発送済",
    "- 伝票,5300047,3,1200",
    "- 在庫 | 8100041 | 棚番 A-12",
    "- id | qty | price⏎4600008 | 12 | 3300",
    "- 受付番号 0600005 令和7年4月1日",
    "- Call me at the front desk after 5pm.",
    "- The meeting room is (415) on the 2nd floor, opened 2019.",
    "- Order total was 1,209,097 yen (+1 (fee) included).",
    "- Send the file by 5pm, version 2.0.972.",
    "- My passport is at home, I will bring it tomorrow.",
    "- The passport office (No. 3 window) opens at 9am.",
    "+ Residence card No. [[JP_RESIDENCE_CARD:AB12345678CD]] was shown.",
    "- Invoice No. X4402178 was paid.",
    "- passport photo size is 45 x 35 mm",
    "- 職員：お名前と生年月日をお願いします。⏎住民：確認します、少々お待ちください",
    "- 職員：次回の予約日は？⏎住民：2025.8.26です",
    "- 職員：生年月日を伺えますか⏎住民：保険証を忘れました",
    "- 児童：運動会（うんどうかい） 令和7年10月12日",
    "- 児童：発表会 2025年12月20日",
    "- 児童：3名（内訳） 令和7年4月1日現在",
    "- 児童：入所（にゅうしょ） 令和6年4月1日",
    "- 第15条 保険者は、被保険者の資格を確認するものとする。",
    "- 第3条 保険者 番号の付番は、令和2年4月1日から施行する。",
    "- 郵便番号は7桁で記入してください",
    "- Version 1.0.3 released on 2025.8.26.",
)
ROWS_Z = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_Z, seed=20261222, held_out=is_holdout_z, tag="rz", wrapped_values=True)
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
