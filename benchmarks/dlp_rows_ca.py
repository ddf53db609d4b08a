"""Round CA labelled rows (written 2026-12-06, before any rule change of round CA; every value invented).

Same format as ``dlp_rows_bs.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rca.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rca.jsonl``.

Round CA is the second try of round BX: (1) dates under other event keys / labels (symptom onset,
arrival, landing permission, expiry, 発症日, 入国日, 上陸許可日) in other orders, a staff line's date,
cohort counts (``2016年生まれ：23人``); (2) 7- / 12-digit values after another number's label
(印鑑カード番号, 帳票コード, 整理番号) beside labels that keep a 個人番号 (保険証の番号, 本人確認書類の番号);
phones / 個人番号 inside 第…号; (3) bare phones in signature blocks (under a 〒 / address block, before
or after a bare e-mail line).

    python benchmarks/dlp_rows_ca.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_CA", "is_holdout_ca"]


def is_holdout_ca(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. dates under other event keys / labels, staff lines, cohort counts
    '+ {"patient_id": "P-5512", "name": "[[PERSON:高野美咲]]", "birthdate": "[[DATE_OF_BIRTH:1983-02-11]]", "symptom_onset": "2025-06-03"}',
    '+ {"onset_date": "2025/07/21", "dob": "[[DATE_OF_BIRTH:1974/09/08]]", "ward": "内科"}',
    '+ {"発症日":"2025-03-30","生年月日":"[[DATE_OF_BIRTH:1958-12-01]]","性別":"女"}',
    '+ {"入国日": "2024-08-19", "在留期限": "2027-08-18", "生年月日": "[[DATE_OF_BIRTH:2000-05-27]]"}',
    "+ Name: [[PERSON:RAJESH GURUNG]]⏎Birth date: [[DATE_OF_BIRTH:1993-10-02]]⏎Arrival in Japan: 2022-03-14⏎Residence card expiry: 2026-09-26",
    "+ Date of birth: [[DATE_OF_BIRTH:April 22, 1989]]⏎Landing permission issued: 2020-02-03⏎Admission date: 2024-11-18",
    "+ Visitor: my date of birth is [[DATE_OF_BIRTH:1991-07-14]] and I moved here last spring.",
    "+ 生年月日：[[DATE_OF_BIRTH:平成3年4月12日]]⏎上陸許可日：令和5年11月2日⏎在留カード有効期限：令和8年11月1日",
    "+ 氏名：[[PERSON:村上 陽介]]　生年月日：[[DATE_OF_BIRTH:1969年1月23日]]　発症日：2025年2月8日",
    "+ 書類に押印漏れがあったため差し戻し。⏎処理者：[[PERSON:川村恵子]]　2025年5月19日",
    "+ 確認者：[[PERSON:石田 健]]　令和7年4月3日⏎備考：特になし",
    "+ 来庁者 生年月日：[[DATE_OF_BIRTH:昭和61年8月30日]]⏎受付担当者：[[PERSON:中島由美]]　令和7年6月10日",
    "- 2016年生まれ：23人、2017年生まれ：19人（令和7年5月1日現在）",
    "- 年齢別在籍数⏎平成30年生まれ　8名⏎令和元年生まれ　5名",
    "- 転入世帯のうち 2012年生まれ：4世帯",
    "+ 生年月日 [[DATE_OF_BIRTH:2016年3月3日]]（参考：2016年生まれ：23人）",
    # 2. numbers after another number's label, and inside 第…号
    "+ 郵便番号：[[JP_POSTAL_CODE:3300063]]⏎印鑑カード番号：5820147⏎必要通数：3通",
    "- 印鑑カード番号 2048613 で照会してください。",
    "- 旧様式コード：4502-9937-1186",
    "+ マイナンバー [[JP_MY_NUMBER:7310 5826 4916]]⏎帳票コード 4028 3917 5060",
    "+ 保険証の番号：[[JP_MY_NUMBER:619472058380]]",
    "+ 本人確認書類の番号：[[JP_MY_NUMBER:285036149722]]（個人番号カード）",
    "- 整理番号 9517-0362-8413 の書類は保存期間満了につき廃棄。",
    "- 道路占用許可 第072-455-1903号により工事を行います。",
    "- 市長決裁 第 06-6942-1180 号",
    "+ 文書番号 第045-210-3377号⏎担当 電話：[[PHONE_NUMBER:045-210-3378]]",
    "- 登録 第731058264916号を交付済み",
    # 3. bare phones in signature blocks
    "+ 公園のベンチが壊れています。⏎⏎[[PERSON:吉川　智子]]⏎〒[[JP_POSTAL_CODE:330-0846]]⏎[[JP_ADDRESS:埼玉県さいたま市大宮区大門町1-12-5]]⏎[[PHONE_NUMBER:048-641-2093]]",
    "+ ゴミ収集日について質問です。⏎[[PERSON:松井 蓮]]⏎[[PHONE_NUMBER:09027731846]]⏎[[EMAIL_ADDRESS:ren.matsui@example.org]]",
    "+ 折り返しをお願いします。⏎[[PERSON:藤原 結衣]]⏎[[EMAIL_ADDRESS:yui-f@example.ne.jp]]⏎[[PHONE_NUMBER:0752316604]]",
    "+ 〒[[JP_POSTAL_CODE:060-0042]]⏎[[JP_ADDRESS:北海道札幌市中央区大通西5-8-2]]⏎[[PHONE_NUMBER:011-221-4578]]⏎[[PERSON:小山 陸]]",
    "- 商品コード一覧⏎0120000451⏎0120000452⏎備考なし",
    "- 問い合わせ窓口：info@example.go.jp⏎受付番号⏎0312345678",
    "+ [[PERSON:上田 翼]]⏎[[JP_ADDRESS:大阪府堺市堺区南瓦町3-1]]⏎[[PHONE_NUMBER:072-228-7104]]",
)
ROWS_CA = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_CA, seed=20261250, held_out=is_holdout_ca, tag="rca")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
