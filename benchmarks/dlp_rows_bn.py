"""Round BN labelled rows (written 2026-12-05, before any rule change of round BN; every value invented).

Same format as ``dlp_rows_bl.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbn.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbn.jsonl``.

Round BN covers labels and phrases in other languages and partial births: (1) an OCR-spaced Chinese
个人番号 / 个人编号 label before twelve digits spaced one by one; (2) Korean / Chinese labels of the basic
pension number before ``NNNN NNNNNN``; (3) Portuguese ``Data de nascimento …:`` and English ``DOB as
<Mon dd, yyyy>`` birth dates; (4) international phones after a calling phrase or a messenger label
(+1, +977, +63, +84, +55); (5) a ゆうちょ 記号-番号 pair answering a question about a post-office
account in a chat; (6) a health-insurance triple ``記号-番号：NNNN-NNN-NN``; (7) era-coded births glued
to 生 (``S600314生``) and partial births in a 生年月日 … まで一致 check. Negatives: checksums and hashes
of twelve digits, the same labels before other numbers, phrases before order numbers, chats about
other accounts, part numbers, 期日 … まで.

    python benchmarks/dlp_rows_bn.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BN", "is_holdout_bn"]


def is_holdout_bn(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. OCR-spaced Chinese My Number label
    "+ 扫描件（申请表）⏎个 人 番 号  [[JP_MY_NUMBER:4 0 2 7 3 1 5 8 9 2 0 9]]⏎姓 名  [[PERSON:王 丽华]]",
    "+ OCR结果⏎个 人 编 号：[[JP_MY_NUMBER:7 1 5 3 8 2 6 0 4 1 7 1]]⏎住 址  [[JP_ADDRESS:大阪府堺市北区中百舌鳥町2-11]]",
    "+ 個 人 番 号   [[JP_MY_NUMBER:3 0 9 2 8 4 1 7 5 5 6 6]]⏎（読取結果・修正前）",
    "- 个 人 编 号 说 明⏎订单号  5 2 6 1 4 0 9 3 3 8 7 5",
    # 2. Korean / Chinese basic pension number labels
    "+ 성명: [[PERSON:김 민서]]⏎기초연금번호: [[JP_PENSION_NUMBER:5208 314697]]",
    "+ 연금 정보⏎기초연금 번호 [[JP_PENSION_NUMBER:6631 027485]]⏎연락처: [[PHONE_NUMBER:092-771-3040]]",
    "+ 姓名：[[PERSON:陈 志明]]⏎基础年金号码：[[JP_PENSION_NUMBER:4170 552893]]",
    "- 기초연금 신청 안내⏎접수번호: 2024 118830 (센터 문의)",
    # 3. Portuguese / English birth dates after a label or phrase
    "+ Prezado(a), confirmamos o cadastro. Data de nascimento informada: [[DATE_OF_BIRTH:03/11/1958]].",
    "+ Ficha de atendimento⏎Data de nascimento registrada: [[DATE_OF_BIRTH:22/07/1949]]⏎Nacionalidade: brasileira",
    "+ The caller verified her mother's DOB as [[DATE_OF_BIRTH:Mar 9, 1951]] before we discussed the application.",
    "+ Note: the applicant's nephew confirmed his uncle's date of birth as [[DATE_OF_BIRTH:September 14, 1946]] by phone.",
    "- Data de emissão registrada: 14/05/2024. Validade: 13/05/2029.",
    "- The clerk confirmed the deadline as Mar 9, 2026 and closed the call.",
    # 4. international phones after a calling phrase or a messenger label
    "+ The daughter called us from Canada at [[PHONE_NUMBER:+1 604-318-2275]] on Monday.",
    "+ Contato⏎WhatsApp: [[PHONE_NUMBER:+977 9813042217]]⏎धन्यवाद",
    "+ Her cousin reached the office at [[PHONE_NUMBER:+63 917 402 6638]] to ask about the form.",
    "+ Liên hệ qua Zalo: [[PHONE_NUMBER:+84 912 336 071]]",
    "+ O filho ligou de São Paulo pelo número [[PHONE_NUMBER:+55 11 98142-3307]] ontem.",
    "- The parcel was shipped at 14:05 with tracking 1 604-318-2275-A.",
    "- Call reference: case +1 of 3, 604 pages scanned.",
    # 5. ゆうちょ pair answering a post-office account question
    "+ [10:02] [[PERSON:田村]]：振込先はゆうちょ銀行ですか？⏎[10:05] [[PERSON:大野]]：はい、[[JP_BANK_ACCOUNT:14280-27730561]] です",
    "+ 職員：受取口座は郵便局の口座でよろしいですか。⏎申請者：そうです。記号番号は [[JP_BANK_ACCOUNT:10370-48812291]] です。",
    "+ [16:20] [[PERSON:窪田]]：年金の受取口座、郵便局でしたっけ？⏎[16:21] [[PERSON:岩井]]：ええ ⏎[16:24] [[PERSON:岩井]]：[[JP_BANK_ACCOUNT:18640-10995271]]",
    "- [11:00] 職員：郵便局の窓口は何時までですか？⏎[11:03] 相談者：受付票は 14280-27730 でした",
    "- [9:10] 職員：受取口座は郵便局ですか？⏎[9:12] 相談者：いいえ、市の銀行です。整理番号は 20481-3320 です",
    # 6. health-insurance triple
    "+ 被保険者：[[PERSON:森田 悟]]　記号-番号：[[JP_HEALTH_INSURANCE:6127]]-[[JP_HEALTH_INSURANCE:388]]-[[JP_HEALTH_INSURANCE:01]]",
    "+ 【保険証】⏎記号－番号：[[JP_HEALTH_INSURANCE:2045]]－[[JP_HEALTH_INSURANCE:71]]－[[JP_HEALTH_INSURANCE:02]]⏎保険者番号：[[JP_HEALTH_INSURANCE:06139012]]",
    "+ 家族（長女）　記号-番号-枝番：[[JP_HEALTH_INSURANCE:901]]-[[JP_HEALTH_INSURANCE:5520]]-[[JP_HEALTH_INSURANCE:03]]",
    "- 部品の記号-番号：6127-388-01（在庫あり）",
    # 7. era-coded births glued to 生, partial births in a check phrase
    "+ 服薬メモ⏎[[PERSON:小川 昌代]]さん（[[DATE_OF_BIRTH:S230817]]生）⏎血圧の薬 朝1錠",
    "+ 個人番号カード（写し）⏎氏名  [[PERSON:今村 誠]]⏎[[DATE_OF_BIRTH:H040229]] 生",
    "+ 本人確認：生年月日 [[DATE_OF_BIRTH:1987年3月]] まで一致。住所は不一致。",
    "+ 照会記録⏎確認事項：生年月日 [[DATE_OF_BIRTH:7月4日]] まで一致したため回答。",
    "+ 電話メモ　生年月日は [[DATE_OF_BIRTH:昭和52年11月]] まで一致、以降は聞き取れず",
    "- 本人確認：申請期日 3月31日 まで受付。番地は不一致。",
    "- 在庫コード（S230817入荷）⏎棚番 4",
    # 8. hash-like fields of twelve digits
    '- {"batch": "2025-10", "rows": 412, "checksum": "860123749510", "ok": true}',
    '- {"file": "export.csv", "hash": "648190273350", "size": 20431}',
    "- digest=715382604171 sha=ok rows=88",
)
ROWS_BN = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BN, seed=20261228, held_out=is_holdout_bn, tag="rbn")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
