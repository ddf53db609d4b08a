"""Round CC labelled rows (written 2026-12-06 by the lead, before any rule change of round CC; every
value invented).

Same format as ``dlp_rows_bs.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rcc.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rcc.jsonl``.

Round CC reads phrases, not layouts: (1) the English abbreviation ``b.`` (born) before a date in a
list of people; (2) a phone number used as the speaker of a message log (``<number>: text``); (3) a
bank name straight before a joined branch-account number; calling verbs and account words in other
languages as labels; (4) a call-log row ``HH:MM <name> <number>``; (5) 「<date>が誕生日なので」;
(6) a block that says its numbers are not phone numbers; (7) twelve digits in a list headed by
another number's name; (8) a person line ``<name>　昭和N年M月`` on an identity card.

    python benchmarks/dlp_rows_cc.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_CC", "is_holdout_cc"]


def is_holdout_cc(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. b. <date> in lists of people
    "+ Participants:⏎- [[PERSON:Kenta MORI]], b. [[DATE_OF_BIRTH:1979/04/22]]⏎- [[PERSON:Aiko SANO]], b. [[DATE_OF_BIRTH:1984/11/05]]",
    "+ Guests (1) [[PERSON:HARADA Sho]] (b. [[DATE_OF_BIRTH:12 March 1991]]) (2) [[PERSON:HARADA Mei]] (b. [[DATE_OF_BIRTH:2016-07-30]])",
    "+ [[PERSON:Lucas Pereira]] / b. [[DATE_OF_BIRTH:1969.02.17]] / Brazil",
    "- Steps: a. fill in the form b. 2025/04/01 deadline c. submit to the desk",
    "- Section b. 2024-10-15 revision of the schedule",
    # 2. a phone as the speaker of a message log
    "+ SMS履歴⏎[[PHONE_NUMBER:08036154420]]: 駅に着いたよ⏎[[PHONE_NUMBER:09071208835]]: わかった、迎えに行く",
    "+ 受信ログ⏎[[PHONE_NUMBER:070-2291-6650]]：明日の集合は8時で大丈夫ですか",
    "- 受付ログ⏎20250412: 申請受付⏎20250415: 審査完了",
    "- 伝票⏎00512-7788: 出荷済み⏎00512-7789: 未出荷",
    # 3. a bank name right before a joined account; account words / calling verbs in other languages
    "+ 返金先：かもめ信用金庫 [[JP_BANK_ACCOUNT:208-5531907]]（普通）",
    "+ 振替口座の控え：みなと銀行 [[JP_BANK_ACCOUNT:047-1190326]] 名義 [[PERSON:ｵｶﾀﾞ ﾕｳｷ]]",
    "+ Pode depositar na minha conta [[JP_BANK_ACCOUNT:6620813]], por favor.",
    "+ Mi cuenta es [[JP_BANK_ACCOUNT:3108842]] del banco local.",
    "+ Se precisar, me ligue no [[PHONE_NUMBER:0474318820]] depois das 18h.",
    "+ Kung may tanong, tawagan sa [[PHONE_NUMBER:09017482263]] po.",
    "+ Please call me at [[PHONE_NUMBER:0529904417]] after 6 pm.",
    "- 銀行 営業時間 9時〜15時、手数料 1100000円以上は別途",
    "- Pagamento por conta do município: 2025 parcelas",
    # 4. call-log rows
    "+ 架電記録⏎10:05 [[PERSON:ナカタ サトシ]]さん [[PHONE_NUMBER:0436621178]] 不在⏎10:12 [[PERSON:ヨシノ ミカ]]さん [[PHONE_NUMBER:09063317720]] 本人応答",
    "+ 14:40 [[PERSON:宮下 千春]] 様 [[PHONE_NUMBER:0762314590]] 留守電",
    "- 09:30 第2会議室 0512345678 予約番号",
    # 5. <date>が誕生日
    "+ アンケート：[[PERSON:大川菜摘]]「[[DATE_OF_BIRTH:8月3日]]が誕生日なので、その日に来ます」",
    "+ [[DATE_OF_BIRTH:1月27日]]が誕生日で、毎年その頃に参加しています（[[PERSON:宮原]]）",
    "- 4月1日が締切なので、それまでに提出してください",
    # 6. numbers declared not to be phones
    "- 部品リスト⏎03-5512-8830　青　20個⏎06-6630-2241　白　15個⏎※品番です（電話番号ではありません）",
    "- 在庫表⏎045-331-2208　黒　3箱⏎※左列は商品コード。電話番号ではない。",
    "+ 連絡先：[[PHONE_NUMBER:03-6652-1187]]⏎※下記の品番は電話番号ではありません⏎048-220-1930　赤",
    # 7. twelve digits under another number's header
    "- 旧会員番号（12桁）→新会員番号⏎318604227518 → M2207731⏎502019884460 → M2207732",
    "- 整理番号一覧⏎730115662242⏎664812307733",
    "+ 個人番号の訂正⏎誤：[[JP_MY_NUMBER:123456789018]]",
    # 8. a person line with a Showa date on an identity card
    "+ 通知カード拾得⏎[[PERSON:村瀬 義男]]　[[DATE_OF_BIRTH:昭和41年6月]]⏎住所　[[JP_ADDRESS:静岡県沼津市大手町2丁目4番7号]]",
    "+ 健康保険証拾得⏎[[PERSON:松永 加代]]　[[DATE_OF_BIRTH:昭和29年12月3日]]",
    "+ 受付担当⏎[[PERSON:北村 亮]]　令和7年3月4日",
)
ROWS_CC = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_CC, seed=20261260, held_out=is_holdout_cc, tag="rcc")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
