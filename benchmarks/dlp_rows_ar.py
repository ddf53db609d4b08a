"""Round AR labelled rows (written 2026-12-05, before any rule change of round AR; every value invented).

Same format as ``dlp_rows_aq.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rar.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rar.jsonl``.

Round AR's families (from the lead's categories; no eval row copied): fixed-width 給与支払報告書
records (an era-coded birth date glued to a 12-digit 個人番号 and amounts); fixed-width insurance
records under a 保険者番号 / 記号 / 番号 / 枝番 header; 国保記号番号 NNN-NNNNN; a Vietnamese
年金手帳 question and answer; birthday questions and answers (Japanese, Korean, Nepali), a Korean
date under a 生年月日 line, 誕生日は M月D日 と本人談; a ZIP column of a space-aligned table; and a
文書管理簿 whose ledger codes look like phone numbers. Negatives: the same shapes without the
context (amount runs, 12-digit codes, other columns, other questions, register codes).

    python benchmarks/dlp_rows_ar.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AR", "is_holdout_ar"]


def is_holdout_ar(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. salary reports: era date + 個人番号 glued, then amounts
    "+ H給与支払報告書            20250131⏎D0001[[PERSON:ﾀｶﾊｼ ﾕｳｷ]]          [[PERSON:高橋　勇気]]　　　　　[[DATE_OF_BIRTH:3580619]][[JP_MY_NUMBER:453331478932]]38200004120000⏎D0002[[PERSON:ﾖｼﾀﾞ ｱﾔ]]           [[PERSON:吉田　彩]]　　　　　　[[DATE_OF_BIRTH:4020311]][[JP_MY_NUMBER:288040723866]]29500002210000⏎T0002",
    "+ H給与支払報告書（個人別明細）  20250131⏎D0101[[PERSON:ﾅｶﾑﾗ ｹﾝｼﾞ]]        [[PERSON:中村　健二]]　　　　　[[DATE_OF_BIRTH:4071122]][[JP_MY_NUMBER:255118487336]]51000009870000",
    "+ H給与支払報告書            20250131⏎D0007[[PERSON:ｲﾉｳｴ ﾏｻﾄ]]          [[PERSON:井上　正人]]　　　　　[[DATE_OF_BIRTH:3450812]][[JP_MY_NUMBER:311387981131]]44100005520000⏎D0008[[PERSON:ｲﾉｳｴ ﾐﾎ]]           [[PERSON:井上　美保]]　　　　　[[DATE_OF_BIRTH:3480105]][[JP_MY_NUMBER:511971814785]]12000000000000⏎T0002",
    "+ D0011[[PERSON:ｺﾝﾄﾞｳ ｼﾞｭﾝ]]         [[PERSON:近藤　純]]　　　　　　[[DATE_OF_BIRTH:3610930]][[JP_MY_NUMBER:158069983394]]33000003310000",
    "+ H給与支払報告書            20250131⏎D0003[[PERSON:ｻｲﾄｳ ﾘｮｳ]]           [[PERSON:斎藤　亮]]　　　　　　358061945333147893538200004120000",
    "+ H給与支払報告書            20250131⏎D0004[[PERSON:ﾏﾂﾓﾄ ｹｲ]]            [[PERSON:松本　圭]]　　　　　　000412000000038200000221000000",
    "- 管理番号 311387981134 の帳票を再出力しました。",
    "- 伝票番号 511971814785（再発行）",
    "- 振替データ H20250131 D0001 0000412000000382000002210000 T0001",
    # 2. insurance records under a 保険者番号 / 記号 / 番号 / 枝番 header
    "+ REC保険者番号  記号    番号    枝番氏名カナ            生年月日⏎D  [[JP_HEALTH_INSURANCE:138214]]  [[JP_HEALTH_INSURANCE:15-207]]  [[JP_HEALTH_INSURANCE:330418]]  [[JP_HEALTH_INSURANCE:02]]  [[PERSON:ﾜﾀﾅﾍﾞ ｼｮｳ]]           [[DATE_OF_BIRTH:19890117]]⏎D  [[JP_HEALTH_INSURANCE:138214]]  [[JP_HEALTH_INSURANCE:15-207]]  [[JP_HEALTH_INSURANCE:330418]]  [[JP_HEALTH_INSURANCE:03]]  [[PERSON:ﾜﾀﾅﾍﾞ ﾋﾅ]]            [[DATE_OF_BIRTH:20150604]]",
    "+ SEQ 保険者番号 記号  番号     枝番 カナ氏名        生年月日⏎01  [[JP_HEALTH_INSURANCE:06271143]] [[JP_HEALTH_INSURANCE:81-44]] [[JP_HEALTH_INSURANCE:2209157]] [[JP_HEALTH_INSURANCE:01]]   [[PERSON:ﾊﾗﾀﾞ ﾐﾂﾙ]]        [[DATE_OF_BIRTH:19720228]]",
    "+ REC保険者番号  記号    番号    枝番氏名カナ⏎D  [[JP_HEALTH_INSURANCE:270603]]  [[JP_HEALTH_INSURANCE:33-518]]  [[JP_HEALTH_INSURANCE:604471]]  [[JP_HEALTH_INSURANCE:01]]  [[PERSON:ﾖｺﾔﾏ ﾀﾞｲｷ]]",
    "+ REC事業所番号  部署    社員番号  区分氏名カナ⏎D  270603  33-518  604471  01  [[PERSON:ﾖｺﾔﾏ ﾀﾞｲｷ]]",
    "+ REC店舗番号  棚番    商品番号  数量担当カナ⏎D  138214  15-207  330418  02  [[PERSON:ｱｵｷ ｼﾝ]]",
    # 3. 国保記号番号 NNN-NNNNN
    "+ 国保記号番号：[[JP_HEALTH_INSURANCE:412]]-[[JP_HEALTH_INSURANCE:30877]]⏎年金番号：[[JP_PENSION_NUMBER:5510-204416]]",
    "+ ■加入状況■⏎国保記号番号：[[JP_HEALTH_INSURANCE:208]]-[[JP_HEALTH_INSURANCE:11463]]（世帯主）",
    "- 受付記号番号：412-30877",
    # 4. Vietnamese 年金手帳 question and answer
    "+ Nhân viên: Anh có sổ tay lương hưu không? (年金手帳)⏎Khách: Có, số là [[JP_PENSION_NUMBER:4410-327815]].⏎Nhân viên: Cảm ơn anh.",
    "+ Cán bộ: Chị có mang sổ tay lương hưu không?⏎Khách: Có, số là [[JP_PENSION_NUMBER:1208-556093]] ạ.",
    "- Nhân viên: Anh có sổ tay lương hưu không?⏎Khách: Không có. Mã hồ sơ 4410-327815.",
    "+ Nhân viên: Anh có 年金手帳 không?⏎Khách: Có, số là [[JP_PENSION_NUMBER:7302-118840]].",
    # 5. birth dates: questions and answers, a Korean date under 生年月日, 誕生日は … と本人談
    "+ 本人確認：「お誕生日は？」→「[[DATE_OF_BIRTH:3月18日]]です」一致。",
    "+ 確認事項：お誕生日は？ → [[DATE_OF_BIRTH:11月2日]]とのこと",
    "- 確認事項：「申請日は？」→「3月18日です」",
    "+ 직원: 생년월일은요?⏎방문자: [[DATE_OF_BIRTH:1987년 3월 22일]]⏎직원: 감사합니다.",
    "+ 직원: 생년월일이 어떻게 되세요?⏎방문자: [[DATE_OF_BIRTH:2001년 9월 4일]]입니다",
    "- 직원: 입국일은요?⏎방문자: 2019년 4월 1일",
    "+ 生年月日⏎[[DATE_OF_BIRTH:1968년 7월 30일]]⏎電話⏎[[PHONE_NUMBER:09033187720]]",
    "+ 氏名⏎[[PERSON:李　美英]]⏎生年月日⏎[[DATE_OF_BIRTH:1990년 1월 9일]]",
    "- 申請日⏎2024년 7월 30일",
    "+ Staff: जन्म मिति?⏎Visitor: [[DATE_OF_BIRTH:1989-11-03]]⏎Staff: धन्यवाद।",
    "+ Staff: तपाईंको जन्म मिति के हो?⏎Visitor: [[DATE_OF_BIRTH:1993-02-17]]",
    "- Staff: जापान आगमन मिति?⏎Visitor: 2019-04-01",
    "+ [[PERSON:岡田]]さん（誕生日は[[DATE_OF_BIRTH:4月11日]]と本人談）と面談。",
    "+ 相手方の[[PERSON:森]]（誕生日は[[DATE_OF_BIRTH:12月3日]]だと話していた）",
    "- 面談は4月11日と本人談。",
    "- 誕生日会は12月3日に開催予定。",
    # 6. a ZIP column of a space-aligned table
    "+ ID    NAME                PHONE          ZIP      BIRTH⏎310552  [[PERSON:ISHII Kenta]]         [[PHONE_NUMBER:090-4418-2276]]  [[JP_POSTAL_CODE:231-0012]] [[DATE_OF_BIRTH:19770812]]⏎310553  [[PERSON:ISHII Yumi]]          [[PHONE_NUMBER:080-2206-7731]]  [[JP_POSTAL_CODE:231-0012]] [[DATE_OF_BIRTH:19790403]]",
    "+ NO   NAME              TEL            POST     DOB⏎0012 [[PERSON:ONO Riku]]          [[PHONE_NUMBER:070-5512-0963]]  [[JP_POSTAL_CODE:460-0008]] [[DATE_OF_BIRTH:19950129]]",
    "+ ID    NAME                PHONE          ZIP⏎880214  [[PERSON:SATO Mei]]            [[PHONE_NUMBER:090-3310-4487]]  [[JP_POSTAL_CODE:812-0011]]",
    "- ID    ITEM                EXT            LOT      DATE⏎310552  ENVELOPE A4         2201           231-0012 20241105",
    # 7. a document register: ledger codes shaped like phone numbers
    "- 文書管理簿⏎2024-3318-0071　住民税 賦課決定資料⏎03-5521-7740　課税台帳 修正分（保存年限5年）⏎簿冊番号 512-604-3318",
    "- 簿冊一覧（総務課）⏎0120-448-217　例規集 追録⏎045-330-1187　議会資料（保存年限30年）",
    "- 簿冊番号：06-4417-2290",
    "+ 文書管理簿の照会先⏎総務課 [[PHONE_NUMBER:045-330-1187]]",
    "+ 担当：[[PERSON:山下]]⏎連絡先 [[PHONE_NUMBER:03-5521-7740]]（文書管理簿の件）",
)
ROWS_AR = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AR, seed=20261212, held_out=is_holdout_ar, tag="rar")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
