"""Round BZ labelled rows (written 2026-12-06, before any rule change of round BZ; every value invented).

Same format as ``dlp_rows_bs.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbz.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbz.jsonl``.

Round BZ covers labels and phrases of six kinds: (1) births after a bare Vietnamese ``sinh`` (no name
before), compact era codes (``H080818``) under a 生年月日 label or on the line after it, ``<name>：YYYY年M月
生まれ（…歳）``, Nepali ``<year> saal <Month> <day> ma janma``, English ``birthday on the form: <date>``;
(2) a second passport number after ``and mine is`` / ``and his is`` / ``mine:``; (3) phones written
``0A(BBBB)CCCC``, ``+977 98…`` after ``number``, a bare mobile in a numbered list of hyphenated phones;
(4) a postal code right after an address in an English sentence; (5) pension numbers in a list titled
基礎年金番号 and under a ``NENKIN-NO`` header; (6) 個人番号 in romaji XML elements. Negatives: protocol /
受付 numbers shaped like phones, other sentences of ``and mine is``, other era-code fields, arrival dates.

    python benchmarks/dlp_rows_bz.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BZ", "is_holdout_bz"]


def is_holdout_bz(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. births
    "+ Dạ em gửi hồ sơ 児童手当. Bé nhà em sinh [[DATE_OF_BIRTH:04/09/2016]], hiện học lớp 3.",
    "+ Cháu sinh ngày [[DATE_OF_BIRTH:12/06/2019]] ạ, em cần giấy xác nhận.",
    "+ Xin hỏi thủ tục cho con. Con trai tôi sinh [[DATE_OF_BIRTH:2015-03-21]] tại Osaka.",
    "- Buổi sinh hoạt phụ huynh vào 14/09/2025, mời các bạn tham gia.",
    "+ 窓口確認票⏎確認書類：健康保険証⏎氏名：[[PERSON:小西　悠斗]]⏎生年月日：[[DATE_OF_BIRTH:S590312]]⏎確認者：窓口係",
    "+ 届出人氏名⏎[[PERSON:原田　美紀]]⏎⏎生年月日⏎[[DATE_OF_BIRTH:H120704]]⏎⏎メール⏎[[EMAIL_ADDRESS:miki.h@example.jp]]",
    "+ 生年月日　：　[[DATE_OF_BIRTH:T140205]]（本人申告）",
    "- 文書番号：H081205⏎有効期限：R080331⏎交付日：H300401",
    "+ 奨励金 要件確認表⏎申請者 [[PERSON:中川　涼]]：[[DATE_OF_BIRTH:1994年11月]]生まれ（申請時30歳）→ 対象",
    "+ 応募者 [[PERSON:森本 彩花]]：[[DATE_OF_BIRTH:2001年2月]]生まれ（応募時23歳）",
    "- 対象：1985年4月以降に生まれた方（申請時39歳以下）",
    "+ Namaste, ma Hari Thapa ho. Mero [[DATE_OF_BIRTH:1991 saal March 5]] ma janma bhayeko ho.",
    "+ Meri chhori ko [[DATE_OF_BIRTH:2016 saal December 12]] ma janma bhaeko thiyo.",
    "- Mero 2019 saal April 10 ma Japan aayeko ho.",
    "+ Sorry, I left out my wife's birthday on the form: [[DATE_OF_BIRTH:March 3, 1985]]. Her name is [[PERSON:Keiko Sato]].",
    "+ I did not fill in my son's birthday on the application: [[DATE_OF_BIRTH:July 19, 2012]].",
    "- I forgot to write the deadline on the form: November 27, 2026.",
    # 2. passports
    "+ My wife's passport number is [[JP_PASSPORT:TZ4417082]] and mine is [[JP_PASSPORT:TR9035521]].",
    "+ Our passports: her passport no. is [[JP_PASSPORT:MU2281640]] and his is [[JP_PASSPORT:MU2281655]].",
    "+ Passport numbers – my son: [[JP_PASSPORT:TK5530917]], mine: [[JP_PASSPORT:TK1048826]].",
    "+ Copies attached. My husband's passport number is [[JP_PASSPORT:G41207736]] and mine is [[JP_PASSPORT:E52093318]].⏎Regards,",
    "+ The passport number of my daughter is [[JP_PASSPORT:E30917254]], and his is [[JP_PASSPORT:G77120493]].",
    "- The booking reference is EK4820077 and mine is EK4820078.",
    "- His ticket number is TK8812034 and mine is TK8812035.",
    # 3. phones
    "+ 物件番号\t共有者氏名\t連絡先⏎5512090311\t[[PERSON:安田　亮]]\t[[PHONE_NUMBER:03(5512)8841]]⏎5512090312\t[[PERSON:安田　由美]]\t[[PHONE_NUMBER:09031247765]]",
    "+ 不在のときは [[PHONE_NUMBER:0798(22)4561]] までお電話ください。",
    "+ Mero number [[PHONE_NUMBER:+977 9812345670]]. Kripaya phone garnus.",
    "+ Mero phone [[PHONE_NUMBER:+977-9801234567]] ho.",
    "+ Ma [[PERSON:Hari Thapa]] ho.⏎Mero number [[PHONE_NUMBER:+977 9812345670]]. Japan ma mero bhai ko number [[PHONE_NUMBER:080-1234-8449]].",
    "+ 番号\t氏名\t住所\t連絡先⏎2208173301\t[[PERSON:安田　亮]]\t[[JP_ADDRESS:京都府京都市北区紫野東藤ノ森町3番地]]\t[[PHONE_NUMBER:06(2231)4457]]⏎2208173301\t[[PERSON:安田　由美]]\t[[JP_ADDRESS:埼玉県川口市本町4-1-2]]\t[[PHONE_NUMBER:090-3124-7760]]",
    "+ 更新状況⏎1. [[PERSON:河野　実]]　継続　[[PHONE_NUMBER:090-4412-5678]]　書類完備⏎2. [[PERSON:西田　優]]　新規　[[PHONE_NUMBER:08055512345]]　書類未提出⏎3. [[PERSON:北村　彰]]　継続　[[PHONE_NUMBER:070-3318-2290]]　確認中",
    "- Número do protocolo: 031-552-0817. Aguarde o contato.",
    "- 受付番号：045-221-3390（お問い合わせの際にお伝えください）",
    "+ Telefone: [[PHONE_NUMBER:031-552-0817]] (celular do responsável).",
    "- Case No. 012-345-6789 has been closed.",
    # 4. postal codes after an address
    "+ Please send the papers to [[JP_ADDRESS:札幌市中央区北三条西4-1-7]], [[JP_POSTAL_CODE:060-0003]]. Thank you.",
    "+ Kindly mail the certificate to [[JP_ADDRESS:神戸市灘区六甲台町2-8 ハイツ六甲205]], [[JP_POSTAL_CODE:657-0013]].",
    "- Kindly return the papers by 2026-01-15, reference 417-2093.",
    # 5. pension numbers under a title / header
    "+ 基礎年金番号照会リスト⏎[[PERSON:ｱｵｷ ﾐﾉﾙ]], [[JP_PENSION_NUMBER:5012345678]]⏎[[PERSON:ﾀｶﾉ ｴﾐ]], [[JP_PENSION_NUMBER:6120987345]]",
    "+ ■年金番号 確認対象者⏎[[PERSON:ﾓﾘ ｶｽﾞｵ]]　[[JP_PENSION_NUMBER:4401928374]]⏎[[PERSON:ｲﾏｲ ﾖｳｺ]]　[[JP_PENSION_NUMBER:3317465092]]",
    "- 受付番号照会リスト⏎ｱｵｷ ﾐﾉﾙ, 5012345678⏎ﾀｶﾉ ｴﾐ, 6120987345",
    "+ TOKUCHO-IF  NENKIN-NO   SHIMEI⏎0001  [[JP_PENSION_NUMBER:2281734650]]  [[PERSON:ﾅｶﾉ ｼｹﾞﾙ]]⏎0002  [[JP_PENSION_NUMBER:7740192853]]  [[PERSON:ｵｶﾞﾜ ﾐﾁｺ]]",
    "+ SEQ   NENKIN_NO    KANA⏎0010  [[JP_PENSION_NUMBER:1928374650]]  [[PERSON:ﾊﾔｼ ﾏｻﾙ]]",
    "- TOKUCHO-IF  SEIRI-NO   SHIMEI⏎0001  2234567890  ｶｲｷﾞｼﾂ ｱ⏎0002  2234567891  ｶｲｷﾞｼﾂ ｲ",
    # 6. 個人番号 in romaji XML elements
    "+ <person>⏎  <name>[[PERSON:松田 航]]</name>⏎  <kojin_no>[[JP_MY_NUMBER:418730256196]]</kojin_no>⏎</person>",
    "+ <rec><my_number>[[JP_MY_NUMBER:520963147825]]</my_number><kbn>1</kbn></rec>",
    "+ <applicant>⏎  <kojin_bango>[[JP_MY_NUMBER:306172489534]]</kojin_bango>⏎</applicant>",
    "+ <individual_number>[[JP_MY_NUMBER:762401853917]]</individual_number>",
    "- <item>⏎  <shohin_code>183059726402</shohin_code>⏎</item>",
)
ROWS_BZ = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BZ, seed=20261260, held_out=is_holdout_bz, tag="rbz")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
