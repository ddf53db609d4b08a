"""Round BV labelled rows (written 2026-12-06, before any rule change of round BV; every value invented).

Same format as ``dlp_rows_bs.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbv.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbv.jsonl``.

Round BV covers four miss categories: (1) Zengin-style transfer files — a ``1`` header, ``2`` data
lines (bank code, a half-width kana bank name or blanks, a run of branch 3 + type 1 + account 7 glued
to or spaced from the payee's kana name, a 10-digit amount), an ``8`` trailer and maybe a ``9`` end
record; (2) a corrected account in a chat (正しくは / 正しい番号は / 訂正後 after a 口座 exchange);
(3) Portuguese / Spanish / English payee blocks (``Conta`` / ``Cuenta`` / ``Account`` after a bank
line); (4) half-width kana labels of pension, account, phone and insurance numbers. Negatives: stock
and order files shaped like transfer lines, corrected dates / amounts / other numbers, ``Conta`` /
``Cuenta`` lines that are no account, half-width kana labels of order numbers and amounts.

    python benchmarks/dlp_rows_bv.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BV", "is_holdout_bv"]


def is_holdout_bv(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. Zengin-style transfer files
    "+ 1210000000000ｺﾄﾞﾓﾃｱﾃｼｷﾕｳ⏎20158ﾐﾄﾞﾘｷﾞﾝｺｳ      3121[[JP_BANK_ACCOUNT:4417208]][[PERSON:ｵｵﾀ ｹﾝｼﾞ]]             0000045300⏎20158ﾐﾄﾞﾘｷﾞﾝｺｳ      0472[[JP_BANK_ACCOUNT:0093615]][[PERSON:ﾀﾅｶ ﾕｷｴ]]             0000012800⏎8000002⏎9",
    "+ 1210000000000ｼﾕｳｶﾞｸｴﾝｼﾞﾖ⏎20733       5521[[JP_BANK_ACCOUNT:6120974]][[PERSON:ﾋﾗﾉｱﾔｶ]]              0000030000⏎20981       1091[[JP_BANK_ACCOUNT:2458330]][[PERSON:ﾑﾗｶﾐｼﾝｺﾞ]]            0000030000⏎20733       7274[[JP_BANK_ACCOUNT:0716652]][[PERSON:ｲｼﾀﾞﾏｲ]]              0000015000⏎8000003",
    "+ 1110000000000ｷﾕｳﾖｼｷﾕｳ⏎21490ｱｵﾊﾞｼﾝｷﾝ       266 1 [[JP_BANK_ACCOUNT:3380157]] [[PERSON:ｺﾝﾄﾞｳ ﾐｷ]]         0000218400⏎21490ｱｵﾊﾞｼﾝｷﾝ       048 1 [[JP_BANK_ACCOUNT:9012876]] [[PERSON:ｻｸﾗｲ ﾘｮｳ]]         0000196200⏎8000002⏎9000",
    "+ 1210000000000ﾎｲｸｼｴﾝｷﾝ⏎23307ﾅﾐｷｼﾝﾖｳｸﾐｱｲ    0182[[JP_BANK_ACCOUNT:5536091]] [[PERSON:ｵｶﾞﾜ ﾊﾙﾄ]]          0000088000⏎8000001⏎9000000",
    "+ 1210000000000ｼｾﾂｼﾖｳﾘﾖｳ⏎20005ﾃｽﾄｷﾞﾝｺｳ       7012[[JP_BANK_ACCOUNT:1849920]][[PERSON:ﾖｺﾔﾏ ｶｽﾞｷ]]          0000004200⏎20005ﾃｽﾄｷﾞﾝｺｳ       3092[[JP_BANK_ACCOUNT:0651738]][[PERSON:ﾏｴﾀﾞ ｻﾄﾐ]]           0000009100⏎20311ﾋｶﾘｷﾞﾝｺｳ       2501[[JP_BANK_ACCOUNT:7204416]][[PERSON:ﾉﾑﾗ ｼﾝﾔ]]            0000011700⏎8000003",
    "+ 1210000000000ｶｲｺﾞｷﾕｳﾌ⏎28812       6044[[JP_BANK_ACCOUNT:8870135]][[PERSON:ﾌｸﾀﾞ ｴﾐ]]             0000052000⏎8000001",
    "- 1990000000000ｻﾞｲｺｼﾖｳｶｲ⏎20158ﾈｼﾞｾｯﾄ       31254417208ﾀﾞﾝﾎﾞｰﾙ            0000045300⏎8000001⏎ただし上記は在庫照会の控え（品番・数量）です。",
    "- 21490ｱｵﾊﾞｼﾝｷﾝ       26653380157ｺﾝﾄﾞｳ ﾐｷ         0000218400",
    "- 1210000000000ﾃｽﾄ⏎20000       00000000000ﾀﾞﾐｰ                0000000000⏎8000001",
    # 2. corrected accounts in chats
    "+ #給付担当⏎sasaki: [[PERSON:中村]]さんの児童手当、口座番号[[JP_BANK_ACCOUNT:1620483]]で振込不能でした⏎ueda: 確認します⏎ueda: 正しくは[[JP_BANK_ACCOUNT:1620438]]だそうです。再登録します",
    "+ 口座の件、ご本人に電話しました。先日の届出は[[JP_BANK_ACCOUNT:7051129]]でしたが、正しい番号は[[JP_BANK_ACCOUNT:7051192]]とのことです。",
    "+ [窓口メモ] 振込先口座を訂正。訂正前 [[JP_BANK_ACCOUNT:3318840]] → 訂正後 [[JP_BANK_ACCOUNT:3318804]]（普通）",
    "+ [[PERSON:森田]]: 還付金の振込口座、番号が1桁違っていたようです⏎[[PERSON:森田]]: 正しくは [[JP_BANK_ACCOUNT:0294417]] です",
    "- 口座振替の開始日ですが、正しくは2027年1月27日からです。",
    "- 口座の件で、振込額が誤っていました。正しくは1250000円です。",
    "+ 口座の登録とは別件で、郵便番号[[JP_POSTAL_CODE:1500041]]と書きましたが、正しくは郵便番号[[JP_POSTAL_CODE:1500042]]でした。",
    "- 受付番号の件、正しくは受付番号3021177です（口座とは関係ありません）。",
    # 3. Portuguese / Spanish / English payee blocks
    "+ Dados bancários do beneficiário:⏎Banco: 中央みらい銀行 / agência 214⏎Conta: [[JP_BANK_ACCOUNT:5093318]]",
    "+ Banco: 北海共栄信用金庫 (agência 087)⏎Tipo: poupança⏎Número da conta: [[JP_BANK_ACCOUNT:2718450]]",
    "+ Datos para el depósito⏎Banco: 西日本銀行 / sucursal 305⏎Cuenta: [[JP_BANK_ACCOUNT:6631079]]",
    "+ Banco: 湖南信用組合, sucursal 12⏎Número de cuenta: [[JP_BANK_ACCOUNT:4409921]]",
    "+ Bank: Sakura Coast Bank / Branch 118⏎Account No.: [[JP_BANK_ACCOUNT:8125564]]",
    "+ Bank: 東和銀行 (branch 062)⏎Account: [[JP_BANK_ACCOUNT:3370816]]",
    "- Banco de alimentos / agência de voluntários⏎Conta: 3 pessoas na fila",
    "- Banco: 中央みらい銀行 / agência 214⏎Protocolo: 5093318",
    "- Cuenta de luz⏎Cuenta: 2027 (año fiscal)",
    # 4. half-width kana labels
    "+ ｼﾒｲ: [[PERSON:ﾏﾂﾀﾞ ﾁｶ]]⏎ｷｿﾈﾝｷﾝﾊﾞﾝｺﾞｳ: [[JP_PENSION_NUMBER:3308-214457]]⏎ｼﾞﾕｳｼﾖ: ﾐﾄﾞﾘﾁﾖｳ",
    "+ ﾈﾝｷﾝﾊﾞﾝｺﾞｳ=[[JP_PENSION_NUMBER:7120-338604]] ﾕｳﾋﾞﾝ ﾍﾝﾚｲ",
    "+ ｺｳｻﾞﾊﾞﾝｺﾞｳ:[[JP_BANK_ACCOUNT:6021947]]  ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ:[[PHONE_NUMBER:045-771-3308]]",
    "+ ﾎｹﾝｼｬﾊﾞﾝｺﾞｳ [[JP_HEALTH_INSURANCE:06270118]]⏎ﾋﾎｹﾝｼｬﾊﾞﾝｺﾞｳ [[JP_HEALTH_INSURANCE:22041]]",
    "+ ｷｺﾞｳ: [[JP_HEALTH_INSURANCE:4130]] ﾊﾞﾝｺﾞｳ: [[JP_HEALTH_INSURANCE:88]]",
    "+ ｷｿ ﾈﾝｷﾝ ﾊﾞﾝｺﾞｳ: [[JP_PENSION_NUMBER:5521-090713]]",
    "- ﾁﾕｳﾓﾝﾊﾞﾝｺﾞｳ: 4417-208115",
    "- ﾈﾝｷﾝｶﾞｸ: 1234-567890ｴﾝ ﾉ ｼｻﾝ ﾊ ﾍﾞﾂｼ",
    "- ｷｺﾞｳ: ★ ﾊﾞﾝｺﾞｳ: ﾐﾃｲ",
)
ROWS_BV = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BV, seed=20261236, held_out=is_holdout_bv, tag="rbv")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
