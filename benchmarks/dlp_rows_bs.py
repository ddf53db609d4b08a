"""Round BS labelled rows (written 2026-12-05, before any rule change of round BS; every value invented).

Same format as ``dlp_rows_bl.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbs.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbs.jsonl``.

Round BS covers five miss categories in new wordings and layouts: (1) month-day birth dates in plain
or hiragana prose (うまれ, a corrected 誕生日, お誕生日が…の M月D日); (2) births after romanized
Nepali ``janma`` and Vietnamese ``sinh``; (3) a fixed-width record with a glued upper-case romaji
name, a yyyy/mm/dd birth date glued to an eleven-digit mobile and a code; (4) phones in send logs
(``to:0…``) and at the end of a slash-separated contact line (``+254-7NN-NNNNNN``); (5) a
``記号・番号：NNN・NNNNN`` pair. Negatives: 誕生日会 / プレゼント発送日 / 記念日 / 締切 dates,
slash-separated lines with order numbers, fixed-width rows of stock codes.

    python benchmarks/dlp_rows_bs.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BS", "is_holdout_bs"]


def is_holdout_bs(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. month-day births in plain / hiragana prose
    "+ れんらくちょう：ゆうとくんは [[DATE_OF_BIRTH:9月14日]] うまれなので、もうすぐ4さいですね。",
    "+ 先日お送りした書類で、誕生日を [[DATE_OF_BIRTH:3月8日]] と書いてしまいましたが、正しくは [[DATE_OF_BIRTH:3月18日]] です。申し訳ありません。",
    "+ お誕生日が夏休み中の [[DATE_OF_BIRTH:8月2日]] なんですね、園でもお祝いします。",
    "+ うちの子は [[DATE_OF_BIRTH:11月27日]]うまれで、早生まれではありません。",
    "+ むすめの おたんじょうびは [[DATE_OF_BIRTH:1月30日]] です。",
    "+ 申込書の生まれた日を [[DATE_OF_BIRTH:6月1日]] としていましたが、正しくは [[DATE_OF_BIRTH:6月11日]] でした。",
    "- 誕生日会は 5月20日 に遊戯室で行います。",
    "- 誕生日プレゼントの発送日 12月3日 をお知らせします。",
    "- 結婚記念日は 4月29日 なので、その日はお休みします。",
    "- 提出の締切は 10月31日 です。誕生日の欄も忘れずに。",
    # 2. romanized Nepali janma / Vietnamese sinh
    "+ Mero chhora Bikash ko janma [[DATE_OF_BIRTH:2019-07-03]] ho.",
    "+ Chori Anisha ko janma [[DATE_OF_BIRTH:22 March 2021]] ho, kripaya register garnus.",
    "+ Con tôi là Minh Anh, sinh [[DATE_OF_BIRTH:05/11/2020]], đang học lớp mầm.",
    "+ Bé Gia Huy, sinh [[DATE_OF_BIRTH:2018-12-09]] – xin đăng ký nhập học.",
    "+ Em bé Thảo Vy, sinh [[DATE_OF_BIRTH:17/02/2022]].",
    "- Hamro karyakram ko miti 2025-04-12 ho.",
    "- Hạn nộp hồ sơ 15/01/2026, vui lòng nộp sớm.",
    # 3. fixed-width record: glued romaji name, date+mobile+code
    "+ 0412[[PERSON:SATO HARUKA]]        [[DATE_OF_BIRTH:2017/05/22]][[PHONE_NUMBER:08031427765]]M37T",
    "+ 0098[[PERSON:NGUYEN VAN AN]]      [[DATE_OF_BIRTH:2016/10/04]][[PHONE_NUMBER:09077120483]]F11Q",
    "+ 1203[[PERSON:TAKEDA RIO]]         [[DATE_OF_BIRTH:2018/01/15]][[PHONE_NUMBER:07055219038]]F08A",
    "- 0412SHELF UNIT A      2017/05/22 08031427765M37T",
    "- 7781BOLT M6 ZINC      2024/11/30 12345678901X99Z",
    # 4. phones in logs and contact lists
    "+ 2026-11-02 09:14:55 SMS sent to:[[PHONE_NUMBER:09061238854]] status=OK",
    "+ [send] id=88 to:[[PHONE_NUMBER:08012349090]] body=明日の集合時間のお知らせ",
    "+ 現地責任者 / Grace Wanjiru / [[EMAIL_ADDRESS:grace.w@example.org]] / [[PHONE_NUMBER:+254-722-418390]]",
    "+ Branch manager / Otieno / [[EMAIL_ADDRESS:otieno@example.net]] / [[PHONE_NUMBER:+254-711-205673]]",
    "- 2026-11-02 09:14:55 job sent to:queue-7 status=OK id=09061238854",
    "- 担当 / 受注 / 第二倉庫 / 注文番号 254-722-418",
    # 5. 記号・番号 with a middle dot between the values
    "+ 保険証の記号・番号：[[JP_HEALTH_INSURANCE:312]]・[[JP_HEALTH_INSURANCE:40877]]",
    "+ 被保険者証 記号・番号： [[JP_HEALTH_INSURANCE:7021]]・[[JP_HEALTH_INSURANCE:115]]",
    "+ 健康保険 記号・番号:[[JP_HEALTH_INSURANCE:58]]・[[JP_HEALTH_INSURANCE:3306]]（本人）",
    "- 部品の記号・番号：M6・40877",
    "- 議案の記号・番号：A・115",
)
ROWS_BS = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BS, seed=20261235, held_out=is_holdout_bs, tag="rbs")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
