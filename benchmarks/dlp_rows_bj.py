"""Round BJ labelled rows (written 2026-12-05, before any rule change of round BJ; every value invented).

Same format as ``dlp_rows_bd.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbj.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbj.jsonl``.

Round BJ covers six miss categories in new wordings and layouts: (1) foreign passports under labels
with a nationality qualifier (Nepali, Vietnamese, Portuguese, Spanish, Tagalog, Korean, Chinese);
(2) birth dates as Korean 생년월 year+month, Vietnamese ``sinh năm`` with an era date, a month-day or
an era-abbreviated year.month before 生 in brackets, 生まれ年は; (3) mutual-aid card 記号・番号 pairs
without 枝番 and English ``Member card no.`` in a kyosai context; (4) branch-account joined values
after 届出 / 通帳 labels in a salary-account message; (5) an OCR'd licence number spaced digit by digit
after a bare 番号 label with the licence named on a nearby line; (6) the end date of a cohort range
(… 〜 …生) is no birth date. Negatives: the same shapes in catalogues, notices and schedules.

    python benchmarks/dlp_rows_bj.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BJ", "is_holdout_bj"]


def is_holdout_bj(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. foreign passports under qualified labels
    "+ नमस्ते, म नयाँ ठेगाना दर्ता गर्न चाहन्छु।⏎नेपाली पासपोर्ट नं: [[JP_PASSPORT:PA5120874]]⏎धन्यवाद।",
    "+ Chào anh, em gửi thông tin.⏎Hộ chiếu Việt Nam của tôi: [[JP_PASSPORT:C4410973]]⏎Cảm ơn anh.",
    "+ Bom dia. O meu passaporte brasileiro é [[JP_PASSPORT:FY305218]], vence em 2030.",
    "+ Hola, mi pasaporte peruano: [[JP_PASSPORT:PE7731046]] (renovado este año).",
    "+ Magandang araw po. Pasaporte ko (Pilipinas): [[JP_PASSPORT:P3308215B]]⏎Salamat po.",
    "+ 안녕하세요. 제 한국 여권: [[JP_PASSPORT:M20471836]] 입니다.",
    "+ 您好，我的中国护照：[[JP_PASSPORT:E80631247]]，请查收。",
    "+ Hộ chiếu Việt Nam của chồng em: [[JP_PASSPORT:B7026614]]",
    "- नेपाली पासपोर्ट बनाउने शुल्क: 5000 रुपैयाँ (फारम PA2024)",
    "- Hộ chiếu Việt Nam của em sắp hết hạn, mã hồ sơ HS20251104.",
    "- O meu passaporte brasileiro é novo, protocolo BR2025A11.",
    "- 中国护照办理须知：表格编号 E2025117 请下载。",
    # 2. birth dates
    "+ [상담] 체류 연장⏎성명: 박서준⏎생년월: [[DATE_OF_BIRTH:1988년 4월]]⏎연락처: 이메일",
    "+ Em muốn hỏi về mẹ chồng (người Nhật, sinh năm [[DATE_OF_BIRTH:昭和31年2月]]) về thẻ bảo hiểm.",
    "+ 面談記録：長男（[[DATE_OF_BIRTH:7月15日]]生、3歳）の保育所入所について相談あり。",
    "+ 児童手当 額の確認⏎第1子（[[DATE_OF_BIRTH:H26.9]]生）10,000円⏎第2子（[[DATE_OF_BIRTH:R3.12]]生）15,000円",
    "+ 生まれ年は[[DATE_OF_BIRTH:昭和62年10月]]と本人から聞きました。",
    "+ 次女の生まれ年は[[DATE_OF_BIRTH:平成30年1月]]とのこと、学年の確認に使用。",
    "- 생년월 입력 방법: 1988년 4월 형식으로 입력하세요.",
    "- 書類の提出は（7月15日締切、必着）でお願いします。",
    "- 制度開始（H26.9施行）以降の改正履歴を参照。",
    "- 生まれ年は記入不要です（令和7年4月改正）。",
    # 3. mutual-aid card pairs
    "+ 共済組合 給付金請求書⏎組合員証の記号・番号　公立204・[[JP_HEALTH_INSURANCE:31876]]⏎請求者　[[PERSON:森本和也]]",
    "+ 記号・番号：[[JP_HEALTH_INSURANCE:042]]・[[JP_HEALTH_INSURANCE:57013]]（共済組合員証）",
    "+ Mutual aid association (kyosai) — Member card no.: [[JP_HEALTH_INSURANCE:公立318]]-[[JP_HEALTH_INSURANCE:20945]]",
    "+ Kyosai member card no. [[JP_HEALTH_INSURANCE:77120]]-[[JP_HEALTH_INSURANCE:40318]] (re-issue request)",
    "- 共済組合 規程の条・項　第204条・第3項",
    "- Member card no.: not yet issued (kyosai office will post it).",
    # 4. branch-account joined values
    "+ 給与振込口座の変更について⏎店番と口座番号をご確認ください。⏎届出：[[JP_BANK_ACCOUNT:318-4470251]]⏎通帳：[[JP_BANK_ACCOUNT:318-4470215]]",
    "+ 振込先口座の照合結果（給与）⏎通帳：[[JP_BANK_ACCOUNT:062-1193058]]　名義一致",
    "+ 口座振込エラー：届出：[[JP_BANK_ACCOUNT:507-6620014]]（店番・口座番号）",
    "- 届出：2025-1104（受付番号）⏎通帳：持参済み",
    "- 振込手数料一覧 届出：110-0000 円",
    # 5. OCR'd licence number after a bare 番号 label
    "+ 申請者 [[PERSON:小野 清]]⏎番号　第 [[JP_DRIVER_LICENSE:5 0 1 4 8 8 2 3 6 0 1 9]] 号⏎（運転免許証の写し・添付）",
    "+ 番号 第 [[JP_DRIVER_LICENSE:3 2 7 7 0 1 9 4 5 8 6 3]] 号⏎運転免許証（OCR読取結果）",
    "- 番号　第 1 2 号⏎（議案書の写し）",
    "- 番号　第 5 0 1 4 8 8 号⏎（受付票の写し）",
    # 6. cohort range end dates
    "- 対象：令和7年度に70歳になる方（昭和30年4月2日〜昭和31年4月1日生）に受給者証を送付します。",
    "- 平成27年4月2日～平成28年4月1日生まれの児童が対象です。",
    "+ 生年月日：[[DATE_OF_BIRTH:昭和31年3月9日]]生（対象期間 昭和30年4月2日〜昭和31年4月1日）",
)
ROWS_BJ = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BJ, seed=20261226, held_out=is_holdout_bj, tag="rbj")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
