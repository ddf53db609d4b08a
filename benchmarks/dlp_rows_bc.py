"""Round BC labelled rows (written 2026-12-05, before any rule change of round BC; every value invented).

Same format as ``dlp_rows_az.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbc.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbc.jsonl``.

Round BC covers seven miss categories in new wordings and layouts: (1) fixed-width person rows
(record number, half-width kana name, ``YYYYMMDD``, a 7-digit postal code without hyphen, an
11-digit mobile); (2) glued 介護保険 records under a KAIGO / 介護 / ｶｲｺﾞ header (record type glued to
the 10-digit 被保険者番号, birth date glued to a sex digit, an insurer number 39…); (3) 国保
記号・番号・枝番 as three values; (4) a 個人番号 written as six spaced pairs after a spaced label;
(5) dialogue answers in the next turn (被保険者番号, 基礎年金番号 after 書きます, a birth date);
(6) English "insured number is" and foreign phone numbers with a country code; (7) a compact era
birth date after a name on a 本人 line and a partial birth date in quoted speech. Negatives: the
same shapes in product, booking and reference contexts.

    python benchmarks/dlp_rows_bc.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BC", "is_holdout_bc"]


def is_holdout_bc(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. fixed-width person rows: record number, kana name, birth date, postal code, mobile
    "+ 000101[[PERSON:ｱｻｲ ﾐﾂｺ]]        [[DATE_OF_BIRTH:19620814]]    [[JP_POSTAL_CODE:4610023]]    [[PHONE_NUMBER:09031187724]]⏎000102[[PERSON:ﾓﾘﾓﾄ ﾀｸﾔ]]       [[DATE_OF_BIRTH:19890302]]    [[JP_POSTAL_CODE:8120044]]    [[PHONE_NUMBER:08052296613]]",
    "+ 投票所入場券 再発行リスト（固定長）⏎00031[[PERSON:ﾊｾｶﾞﾜ ｼｽﾞｴ]]    [[DATE_OF_BIRTH:19450119]]  [[JP_POSTAL_CODE:3300856]]  [[PHONE_NUMBER:07011928834]]",
    "+ 0201[[PERSON:ｷﾀﾑﾗ ｹｲｺ]]           [[DATE_OF_BIRTH:19771130]] [[JP_POSTAL_CODE:6028011]] [[PHONE_NUMBER:08093317205]]⏎0202[[PERSON:ﾂﾂﾞｷ ﾏｻﾙ]]           [[DATE_OF_BIRTH:20010607]] [[JP_POSTAL_CODE:9800811]] [[PHONE_NUMBER:09044870162]]⏎0203[[PERSON:ｵｵﾀｹ ﾕｳｼﾞ]]          [[DATE_OF_BIRTH:19580925]] [[JP_POSTAL_CODE:0600042]] [[PHONE_NUMBER:07062215098]]",
    "+ 1[[PERSON:ﾖｺﾔﾏ ﾁｴ]]   [[DATE_OF_BIRTH:19830417]]   [[JP_POSTAL_CODE:7300013]]   [[PHONE_NUMBER:08021746630]]",
    "+ 連絡先データ抽出 2025-11⏎000007[[PERSON:ﾏﾂｼﾀ ｱｷﾗ]]       [[DATE_OF_BIRTH:19390212]]   [[JP_POSTAL_CODE:5400008]]   [[PHONE_NUMBER:09058843317]]⏎000008[[PERSON:ﾀﾞｲﾓﾝ ﾘｶ]]       [[DATE_OF_BIRTH:19960828]]   [[JP_POSTAL_CODE:2310062]]   [[PHONE_NUMBER:07039952481]]",
    "+ 0099[[PERSON:ｺﾞﾄｳ ﾋﾛﾐ]]         [[DATE_OF_BIRTH:19701003]]  [[JP_POSTAL_CODE:9200961]]  [[PHONE_NUMBER:08077120938]]",
    "+ 00412[[PERSON:ｲｼﾞﾏ ｾｲｼﾞ]]     [[DATE_OF_BIRTH:19520506]]     [[JP_POSTAL_CODE:8700021]]     [[PHONE_NUMBER:09012664408]]⏎00413[[PERSON:ｳｴﾉ ﾐﾄﾞﾘ]]      [[DATE_OF_BIRTH:19640721]]     [[JP_POSTAL_CODE:8700035]]     [[PHONE_NUMBER:07044318826]]",
    "- 000101ﾊﾟﾝ ｼｮｸﾊﾟﾝ        20251201    4610023    00000012800⏎000102ｷﾞｭｳﾆｭｳ       20251201    8120044    00000002480",
    "- 0201ｶｲｷﾞｼﾂ A           20251114 1300000 00000017000",
    "- 00031ﾄﾞｳﾛ ﾎｼｭｳ    20240419  3300856  00120045000⏎00032ｽｲﾄﾞｳ ｺｳｼﾞ    20240502  3300857  00098000000",
    "- 1ｺﾋﾟｰﾖｳｼ   20251020   7300013   00000003300",
    # 2. glued 介護保険 records under a KAIGO header
    "+ H0001202510KAIGO⏎31[[JP_HEALTH_INSURANCE:0087921742]] [[PERSON:ﾔﾏｻﾞｷ ﾄｼｵ]]        [[DATE_OF_BIRTH:19431107]]1 [[JP_HEALTH_INSURANCE:39214418]] 041230",
    "+ H0003202511介護⏎11[[JP_HEALTH_INSURANCE:0090757938]] [[PERSON:ﾅｶﾉ ｷﾐｴ]]          [[DATE_OF_BIRTH:19360219]]2 [[JP_HEALTH_INSURANCE:39088127]] 770415⏎22[[JP_HEALTH_INSURANCE:0004940326]] [[PERSON:ｱﾘﾏ ｼｹﾞｵ]]          [[DATE_OF_BIRTH:19470830]]1 [[JP_HEALTH_INSURANCE:39088127]] 120907",
    "+ H0012202509ｶｲｺﾞ  ⏎31[[JP_HEALTH_INSURANCE:0001467300]] [[PERSON:ﾎﾝﾀﾞ ﾐﾖｺ]]     [[DATE_OF_BIRTH:19410504]]2 [[JP_HEALTH_INSURANCE:39301562]] 330128",
    "+ H0001202512KAIGO01⏎12[[JP_HEALTH_INSURANCE:0027589290]] [[PERSON:ｶﾜｸﾞﾁ ｲｻﾑ]]       [[DATE_OF_BIRTH:19380611]]1 [[JP_HEALTH_INSURANCE:39460213]] 508816⏎21[[JP_HEALTH_INSURANCE:0090495490]] [[PERSON:ﾐﾅﾐ ﾄﾖｺ]]         [[DATE_OF_BIRTH:19500123]]2 [[JP_HEALTH_INSURANCE:39460213]] 671042",
    "+ 介護保険 受給者異動連絡票データ⏎H0002202510KAIGO⏎31[[JP_HEALTH_INSURANCE:0026730432]] [[PERSON:ｸﾛｷ ﾏｻｴ]]       [[DATE_OF_BIRTH:19330917]]2 [[JP_HEALTH_INSURANCE:39172208]] 004519",
    "- H0001202510URIAGE⏎31002673043 ﾊﾟｲﾌﾟｲｽ       202510071 20251031 041230",
    "- 売上明細 H0003202511⏎11000171851 ｺﾋﾟｰﾖｳｼ A4       202511052 39088127 770415",
    "- H0005202510KAIGO⏎SUMMARY 0000000031 00000000 ｹﾝｽｳ 000012",
    # 3. 国保 記号・番号・枝番 as three values
    "+ 国民健康保険 記号・番号・枝番　[[JP_HEALTH_INSURANCE:12]]-[[JP_HEALTH_INSURANCE:804417]]-[[JP_HEALTH_INSURANCE:01]]　世帯主 [[PERSON:石川 和夫]]",
    "+ 国保（記号・番号・枝番）: [[JP_HEALTH_INSURANCE:31]]-[[JP_HEALTH_INSURANCE:220158]]-[[JP_HEALTH_INSURANCE:02]]",
    "+ 高額療養費の申請⏎国保 記号/番号/枝番：[[JP_HEALTH_INSURANCE:05]]-[[JP_HEALTH_INSURANCE:671903]]-[[JP_HEALTH_INSURANCE:03]]⏎申請者 [[PERSON:坂口 美和]]",
    "+ 国民健康保険被保険者証 記号・番号・枝番 [[JP_HEALTH_INSURANCE:88]]-[[JP_HEALTH_INSURANCE:100342]]-[[JP_HEALTH_INSURANCE:00]] の方へ通知",
    "+ 国保 記号-番号-枝番＝[[JP_HEALTH_INSURANCE:7]]-[[JP_HEALTH_INSURANCE:3350127]]-[[JP_HEALTH_INSURANCE:01]]（[[PERSON:長尾 貴子]]）",
    "- 書類管理 記号・番号・枝番：05-221930-04（文書庫 第3棚）",
    "- 図面 記号・番号・枝番 A2-10044-03 改訂",
    "- 部材リスト 記号・番号・枝番 12-804417-01 / 12-804417-02",
    # 4. a 個人番号 as six spaced pairs after a spaced label
    "+ 氏　名 [[PERSON:森 智 美]]⏎個 人 番 号 [[JP_MY_NUMBER:52 60 18 15 90 84]]",
    "+ 個人 番号　[[JP_MY_NUMBER:30 16 61 31 86 00]]　（通知カードで確認）",
    "+ 宣誓者 [[PERSON:岡 本 勇]]⏎個 人　番 号：[[JP_MY_NUMBER:91 39 09 96 03 00]]",
    "+ 不在者投票 請求書⏎個人 番号 [[JP_MY_NUMBER:82 46 28 19 48 26]]⏎住 所 [[JP_ADDRESS:千葉県船橋市本町4丁目2番8号]]",
    "+ 個 人 番 号　[[JP_MY_NUMBER:23 19 48 75 74 96]]　本人確認書類：運転免許証",
    "- 個人 番号 52 60 18 15 90 85（誤記のため再提出）",
    "- 受 付 番 号 19 93 51 81 90 90",
    "- 得点 37 86 57 97 54 38 （6種目の合計）",
    "- 個 人 番 号 欄は空欄のままで可 11 86 25 27 60 14",
    # 5. dialogue answers in the next turn
    "+ LINE問い合わせ⏎[[PERSON:美咲]]：祖母の介護保険の更新について⏎窓口：被保険者番号も教えていただけますか⏎[[PERSON:美咲]]：[[JP_HEALTH_INSURANCE:0071193845]]",
    "+ 職員: お父様の被保険者番号も必要です⏎[[PERSON:大川]]: [[JP_HEALTH_INSURANCE:0008846215]]",
    "+ 窓口：ご本人の被保険者番号をお願いします⏎[[PERSON:のぞみ]]：[[JP_HEALTH_INSURANCE:0040027718]] です",
    "+ [[PERSON:谷口]]: 基礎年金番号ってどこに書けば？⏎係: 右上の欄です⏎[[PERSON:谷口]]: 書きます [[JP_PENSION_NUMBER:4401882016]]",
    "+ 臨時職員[[PERSON:三浦]]: 年金の番号も要りますか？⏎人事: はい、基礎年金番号をお願いします⏎臨時職員[[PERSON:三浦]]: じゃあ書きます [[JP_PENSION_NUMBER:2193004758]]",
    "+ 相談者: 年金手帳が見つからなくて⏎窓口: 基礎年金番号がわかれば大丈夫です⏎相談者: 書きます [[JP_PENSION_NUMBER:6018823049]]",
    "+ [10:02] 介護保険課: 生年月日もお願いします⏎[10:03] 相談者: [[DATE_OF_BIRTH:昭和18.05.03]]",
    "+ [15:40] 窓口: お名前をお願いします⏎[15:41] 相談者: [[PERSON:小池トメ]]です⏎[15:41] 窓口: 生年月日もお願いします⏎[15:42] 相談者: [[DATE_OF_BIRTH:大正15.11.20]]",
    "+ [09:10] 担当: ご本人の生年月日もお願いします⏎[09:12] ご家族: [[DATE_OF_BIRTH:平成3.2.19]]",
    "- 窓口：受付番号も必要です⏎相談者：0012345678",
    "- 係: 申請書の控え番号をメモしてください⏎相談者: じゃあ書きます 4401882017",
    "- [10:02] 窓口: 予約日もお願いします⏎[10:03] 相談者: 令和7.12.10",
    "- [11:20] 窓口: 面談の希望日もお願いします⏎[11:22] 相談者: 令和8.01.15",
    "- 窓口：お問い合わせ番号も必要です⏎相談者：0008846215",
    # 6. English insured numbers and foreign phone numbers
    "+ My mother is [[PERSON:Sachiko Ueda]]. Her insured number is [[JP_HEALTH_INSURANCE:0051187342]] (long-term care).",
    "+ His insured number is [[JP_HEALTH_INSURANCE:0092213378]], and you can call me on [[PHONE_NUMBER:+44 7700 912345]].",
    "+ This is [[PERSON:Ken Morita]]. I'm in Sydney ([[PHONE_NUMBER:+61 412 558 903]]) until March.",
    "+ Please call me on [[PHONE_NUMBER:+1 415 829 3370]] after 6pm Tokyo time. — [[PERSON:Aya Fujii]]",
    "+ I'm in Paris ([[PHONE_NUMBER:+33 6 41 27 88 15]]); my father's insured number is [[JP_HEALTH_INSURANCE:0003319826]].",
    "+ Her insured number is [[JP_HEALTH_INSURANCE:0066120497]] — the card came last week.",
    "- Her order number is 0051187342 and it shipped today.",
    "- I'm in London (GMT +0) until 12 March.",
    "- The reference number is 4481 845433, call me on Monday.",
    "- His tracking number is 0092213378.",
    # 7. compact era birth dates after a name, partial birth dates in quoted speech
    "+ 相談者：[[PERSON:中野 愛]]（長女）⏎本人：[[PERSON:中野 キヨ]]　[[DATE_OF_BIRTH:T150620]]",
    "+ 本人：[[PERSON:高木 勇]] [[DATE_OF_BIRTH:S090315]]⏎要介護2、デイサービス週3回",
    "+ 本人：[[PERSON:今井 ハル]]　[[DATE_OF_BIRTH:S120828]]（独居）",
    "+ ・[[PERSON:吉田]]さん本人は「[[DATE_OF_BIRTH:昭和15年8月]]の生まれ」と話す",
    "+ 訪問時、[[PERSON:浅野]]さんは「[[DATE_OF_BIRTH:大正14年12月]]の生まれです」と答えた。",
    "+ 娘さんによれば本人は「[[DATE_OF_BIRTH:昭和8年3月]]生まれ」とのこと（[[PERSON:村井]]様）",
    "- 本人：確認済　R071104",
    "- 本人：来庁　S041104 受付",
    "- 店主は「昭和22年4月の開店」と話していた。",
    "- 「令和7年4月の開始」と案内した。",
)
ROWS_BC = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BC, seed=20261216, held_out=is_holdout_bc, tag="rbc")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
