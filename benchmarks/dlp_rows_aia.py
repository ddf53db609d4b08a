"""Round AI-A labelled rows (written 2026-12-05, before any rule change of round AI-A; every value invented).

Same format as ``dlp_rows_ah.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a tab. Rows with ``i % 3 == 1`` (0-based, one third) form
``corpora/eval/pii_devholdout_raia.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_raia.jsonl``.

Round AI-A's families (from the lead's categories, no eval row seen): partial birth dates (year and
month, era year, 出生, 民國), foreign birth labels (German, Spanish, Vietnamese, Arabic, romanised
Nepali, a Bikram Sambat date with its Western date, ``born <era> <n> (<year>), <Month> <day>``),
easy-Japanese hiragana dates, a birthday M/D with its year in brackets, an import-error message,
household lists, chat corrections, unlabelled roster rows, a JSON key ``b``, fixed-width records;
postal codes in unlabelled rows, return-address lists, fixed-width records and after CEP; North
American phones and digit-spaced phones. Negatives: letter date lines, payment-date columns, log
timestamps, salary amounts, look-alike dates and codes.

    python benchmarks/dlp_rows_aia.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AIA", "is_holdout_aia"]


def is_holdout_aia(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. partial birth dates
    "+ 相談者は[[DATE_OF_BIRTH:昭和48年7月]]生まれの女性で、市内在住とのこと。",
    "+ 本人（[[DATE_OF_BIRTH:平成3年]]生）は現在求職中である。",
    "+ 保護された男性は[[DATE_OF_BIRTH:昭和30年]]頃生と推定される。",
    "+ 亡父は[[DATE_OF_BIRTH:大正12年5月]]出生と除籍謄本に記載がある。",
    "+ 生年月日：[[DATE_OF_BIRTH:昭和22年4月]]（日不詳）",
    "+ 生年月日　[[DATE_OF_BIRTH:明治44年]]（月日不詳）",
    "+ 申请人于[[DATE_OF_BIRTH:1987年9月]]出生于福建省。",
    "+ 我[[DATE_OF_BIRTH:1992年3月]]出生，现在在东京工作。",
    "+ 出生日期：[[DATE_OF_BIRTH:民國78年4月15日]]",
    "+ 本人係[[DATE_OF_BIRTH:民國80年2月3日]]生，籍貫臺北市。",
    "+ 我是[[DATE_OF_BIRTH:民国85年10月]]出生的。",
    "+ 長女は[[DATE_OF_BIRTH:2016年11月]]生まれで、来年小学校に入学する。",
    "- 平成3年生産終了の機種のため部品がありません。",
    "- 昭和30年頃建築の木造住宅は耐震診断の対象です。",
    "- 民國112年1月1日起施行。",
    "- 令和6年4月生活保護基準の改定について",
    "- 2016年11月出荷分の製品を回収します。",
    # 2. foreign labels and formats
    "+ Geburtsdatum: [[DATE_OF_BIRTH:14.03.1979]]",
    "+ Herr [[PERSON:Klaus Becker]], geboren am [[DATE_OF_BIRTH:3. Februar 1968]], wohnt in Yokohama.",
    "+ Ich bin am [[DATE_OF_BIRTH:7. Mai 1985]] in Hamburg geboren.",
    "+ Geburtsdatum des Kindes: [[DATE_OF_BIRTH:22.11.2014]]",
    "+ Fecha de nacimiento: [[DATE_OF_BIRTH:9 de octubre de 1983]]",
    "+ Mi fecha de nacimiento es el [[DATE_OF_BIRTH:2 de julio de 1975]].",
    "+ Ngày sinh: [[DATE_OF_BIRTH:ngày 12 tháng 8 năm 1995]]",
    "+ Tôi sinh [[DATE_OF_BIRTH:ngày 3 tháng 11 năm 1998]] tại Hà Nội.",
    "+ تاريخ الميلاد: [[DATE_OF_BIRTH:1988/05/17]]",
    "+ تاريخ الميلاد [[DATE_OF_BIRTH:12/03/1990]]",
    "+ mero janma miti [[DATE_OF_BIRTH:1993-07-21]] ho.",
    "+ Janma Miti: [[DATE_OF_BIRTH:1996/02/09]]",
    "+ janma miti 2049-03-12 B.S. = [[DATE_OF_BIRTH:1992-06-25]] A.D.",
    "+ 生年月日：2052/08/15（ビクラム暦）= [[DATE_OF_BIRTH:1995/11/30]]",
    "+ The applicant was born [[DATE_OF_BIRTH:Showa 58 (1983), April 9]].",
    "+ He was born [[DATE_OF_BIRTH:Heisei 4 (1992), October 21]] in Sendai.",
    "- Lieferdatum: 14.03.2024",
    "- Die Sitzung findet am 7. Mai 2025 in Hamburg statt.",
    "- Fecha de emisión: 9 de octubre de 2023",
    "- Ngày cấp: ngày 12 tháng 8 năm 2022",
    "- تاريخ الإصدار: 2023/05/17",
    "- The office opened in Showa 58 (1983), April 9.",
    "- Bikram Sambat 2081-03-15 = 2024-06-29 (public holiday)",
    # 3. easy Japanese, a birthday M/D (year), an import error
    "+ たんじょうび：[[DATE_OF_BIRTH:2010ねん 5がつ 18にち]]",
    "+ わたしの たんじょうびは [[DATE_OF_BIRTH:2001ねん 11がつ 3にち]] です。",
    "+ こどもの たんじょうび　[[DATE_OF_BIRTH:へいせい30ねん 2がつ 14にち]]",
    "+ 誕生日は[[DATE_OF_BIRTH:4/12（1986年）]]です。",
    "+ 娘の誕生日は[[DATE_OF_BIRTH:9/30(2015)]]なので、その前に手続きしたい。",
    "+ [ERROR] 行218: 項目「生年月日」の値「[[DATE_OF_BIRTH:19840723]]」を日付に変換できません",
    "+ インポート失敗 行 45 生年月日: '[[DATE_OF_BIRTH:1990-02-31]]' は存在しない日付です",
    "- しけんの ひは 2025ねん 2がつ 9にち です。",
    "- 受付日は4/12（2024年）です。",
    "- [ERROR] 行218: 項目「申請日」の値「20240723」を日付に変換できません",
    "- たんじょうびかいは 12がつ 24にち です。",
    # 4. household lists, chat corrections, unlabelled rows, JSON, fixed width
    (
        "+ 世帯構成：[[PERSON:松本 健一]]（[[DATE_OF_BIRTH:S45.6.2]]）、妻 [[PERSON:恵]]（[[DATE_OF_BIRTH:"
        "S48.1.19]]）、長男 [[PERSON:翔]]（[[DATE_OF_BIRTH:H15.9.8]]）"
    ),
    "+ 同居家族：[[PERSON:川口 里美]]（[[DATE_OF_BIRTH:昭和52年8月3日]]）、[[PERSON:川口 蓮]]（[[DATE_OF_BIRTH:平成21年1月30日]]）",
    "+ [14:02] 中野：名簿No.12 [[PERSON:小野]]さん、[[DATE_OF_BIRTH:S.58.2.14]]に修正お願いします",
    "+ 田村 10:15⏎名簿の[[PERSON:平井]]さん、誤 H.7.10.2 → 正 [[DATE_OF_BIRTH:H.7.2.10]] です",
    "+ 1 [[PERSON:青木 陽子]] 42 [[DATE_OF_BIRTH:1982/03/15]]⏎2 [[PERSON:青木 拓海]] 13 [[DATE_OF_BIRTH:2011/07/02]]",
    (
        "+ [[PERSON:林 大輔]] [[DATE_OF_BIRTH:1975/08/30]] [[JP_POSTAL_CODE:2310023]] "
        "[[JP_ADDRESS:神奈川県横浜市中区山下町12-3]]"
    ),
    '+ {"name": "[[PERSON:森田 かおり]]", "mn": "[[JP_MY_NUMBER:{MN}]]", "b": "[[DATE_OF_BIRTH:1990-04-22]]"}',
    '+ {"n":"[[PERSON:西川 透]]","my_number":"[[JP_MY_NUMBER:{MN}]]","b":"[[DATE_OF_BIRTH:19661105]]"}',
    "+ 00123[[PERSON:ﾅｶﾑﾗ ﾀｸﾔ]]       [[DATE_OF_BIRTH:19880514]]01⏎00124[[PERSON:ｲｼｲ ﾘｴ]]         [[DATE_OF_BIRTH:19910227]]02",
    "+ 000531[[PERSON:ｶﾄｳ ｼﾝｲﾁ]]      M[[DATE_OF_BIRTH:19790809]]⏎000532[[PERSON:ｶﾄｳ ｱｷｺ]]       F[[DATE_OF_BIRTH:19810116]]",
    "+ 000045[[PERSON:山口　美咲]]　　　　　　[[DATE_OF_BIRTH:19870611]]２⏎000046[[PERSON:山口　大地]]　　　　　　[[DATE_OF_BIRTH:19850302]]１",
    "- 1 会議室A 12 2024/03/15⏎2 会議室B 30 2024/03/16",
    '- {"n": "ボールペン", "id": "A-1203", "b": "2024-04-22"}',
    "- 00123ﾎﾞｰﾙﾍﾟﾝ ｸﾛ      2024051401⏎00124ﾎﾞｰﾙﾍﾟﾝ ｱｶ      2024051402",
    "- [14:02] 中野：次の打合せはR.6.5.14に変更お願いします",
    # 5. look-alikes to veto
    "+ [[PERSON:山田 花子]] 様⏎⏎　　　　　　　　　　　　　　　　令和6年5月20日⏎⏎　　　　　　　　　　　市長　[[PERSON:佐藤 一郎]]",
    "+ [[PERSON:石原 正人]] 殿⏎　　　　　　　　　　　　　　　　2024年6月3日⏎　　　　　　　　　　　福祉課長",
    "+ 氏名　支給日　金額⏎[[PERSON:佐々木 亮]]　2024/06/14　45,000⏎[[PERSON:吉田 茜]]　2024/06/14　52,000",
    "+ 氏名,支給日,支給額⏎[[PERSON:藤井 聡]],2024-07-15,38000⏎[[PERSON:岡田 愛]],2024-07-15,41000",
    '+ {"ts": "2024-05-20T09:14:33+09:00", "user": "[[PERSON:中島 拓]]", "event": "login"}',
    '+ {"timestamp":"2025-01-08T17:02:11Z","name":"[[PERSON:大西 美穂]]","action":"update"}',
    # 6. postal codes
    "+ [[PERSON:林 大輔]],[[DATE_OF_BIRTH:1975/08/30]],[[JP_POSTAL_CODE:2310023]],[[JP_ADDRESS:横浜市中区山下町12-3]]",
    "+ [[PERSON:村上 智子]]　[[DATE_OF_BIRTH:S54.2.9]]　[[JP_POSTAL_CODE:4600002]]　[[JP_ADDRESS:名古屋市中区丸の内3-5-1]]",
    "+ 差出人一覧⏎[[JP_POSTAL_CODE:980-0811]] [[JP_ADDRESS:仙台市青葉区一番町4-1-3]] [[PERSON:菅原 誠]]",
    "+ [[JP_POSTAL_CODE:7000824]] [[JP_ADDRESS:岡山県岡山市北区内山下1-6-20]]⏎[[JP_POSTAL_CODE:7100055]] [[JP_ADDRESS:岡山県倉敷市阿知2-1-3]]",
    "+ 返送先：⏎[[JP_POSTAL_CODE:8120011]]　[[JP_ADDRESS:福岡市博多区博多駅前2-9-1]]",
    "+ [[PERSON:ｻｻｷ ﾕｳｺ]]    F[[DATE_OF_BIRTH:19800311]][[JP_POSTAL_CODE:0600042]][[JP_ADDRESS:札幌市中央区大通西10丁目]]",
    "+ 0071[[PERSON:ﾉｸﾞﾁ ｹﾝ]]     [[DATE_OF_BIRTH:19720930]][[JP_POSTAL_CODE:3300063]][[JP_ADDRESS:さいたま市浦和区高砂3-15-1]]",
    "+ Meu endereço: CEP [[JP_POSTAL_CODE:432-8021]] [[JP_ADDRESS:Shizuoka-ken Hamamatsu-shi Naka-ku Saiwai 2-3-1]]",
    "+ Endereço no Japão (CEP [[JP_POSTAL_CODE:3700073]]): [[JP_ADDRESS:Gunma-ken Ota-shi Higashihoncho 16-20]]",
    "- 商品コード 2310023 在庫 12",
    "- 1000234 ボールペン 黒 120円⏎1000235 ボールペン 赤 120円",
    "- 受付番号 4600002 の処理状況：完了",
    '- {"emp": "E0012", "salary": 4120000, "dept": "総務"}',
    '+ {"name": "[[PERSON:小林 誠]]", "salary": 3250000, "bonus": 1200000}',
    '+ {"shimei":"[[PERSON:上田 梨花]]","kyuyo":"5480000","nenrei":"34"}',
    # 8. phones
    "+ My number in Canada is [[PHONE_NUMBER:+1 604 555 0182]].",
    "+ You can reach me at my number in the US: [[PHONE_NUMBER:+1 (415) 555-2671]]",
    "+ 帰国中は my number in Canada [[PHONE_NUMBER:+1-416-555-0139]] に連絡ください。",
    "+ 電話 [[PHONE_NUMBER:0 9 0 1 2 3 4 5 6 7 8]]",
    "+ TEL：[[PHONE_NUMBER:0 3 5 5 5 5 1 2 3 4]]",
    "+ 連絡先 [[PHONE_NUMBER:0 8 0 - 4 4 1 2 - 9 0 3 3]]（携帯）",
    "- 抽選番号は 0 1 2 3 4 5 6 7 8 9 の中から選んでください。",
    "- The US population is about 335 000 000 and Canada's 40 000 000.",
    "- Order +1 604 units by Friday.",
)
ROWS_AIA = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AIA, seed=20261205, held_out=is_holdout_aia, tag="raia")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
