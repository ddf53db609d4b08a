"""Round BF labelled rows (written 2026-12-05, before any rule change of round BF; every value invented).

Same format as ``dlp_rows_bd.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbf.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbf.jsonl``.

Round BF covers five miss categories in new wordings and layouts: (1) birth dates in Portuguese,
Vietnamese, Spanish, Tagalog and English sentences (nasceu em, nascida(o) em, sinh tháng M/YYYY,
nació en, isinilang noong, born in MM/YYYY); (2) a partial birth date quoted right after a 生年月日
field mention (生年月日欄が「平成2年7月」…); (3) a seven-digit era-coded date (era digit + YYMMDD)
after a 生年月日 label; (4) a 枝番 under an English ``branch`` key of a JSON insurance object followed
by more keys; (5) OCR'd cards with a spaced label line (基 礎 年 金 番 号, 個 人 番 号, 被 保 険 者 番 号)
and the digits spaced one by one on the next line. Negatives: the same shapes for founding days,
contracts, clubs, other fields, parts and 整理番号 lines.

    python benchmarks/dlp_rows_bf.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BF", "is_holdout_bf"]


def is_holdout_bf(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. birth dates in other languages
    "+ Olá! Meu filho nasceu em [[DATE_OF_BIRTH:03/07/2016]] em Nagoia e precisamos do registro.",
    "+ Declaro que sou nascida(o) em [[DATE_OF_BIRTH:21/02/1979]], natural de Curitiba.",
    "+ Chào anh, bố tôi sinh tháng [[DATE_OF_BIRTH:4/1957]] tại Huế, hiện sống cùng chúng tôi.",
    "+ Con gái tôi sinh ngày [[DATE_OF_BIRTH:15/09/2019]], cần đăng ký bảo hiểm.",
    "+ Mi esposo nació en [[DATE_OF_BIRTH:11/06/1983]] y trabaja en Hamamatsu.",
    "+ Soy Lucía, nacida el [[DATE_OF_BIRTH:27/01/1991]]; vivo en Toyohashi.",
    "+ Ang anak ko ay ipinanganak noong [[DATE_OF_BIRTH:08/30/2014]] sa Manila.",
    "+ Isinilang si nanay noong [[DATE_OF_BIRTH:12/05/1960]], ayon sa kanyang pasaporte.",
    "+ My wife was born on [[DATE_OF_BIRTH:09/14/1987]] in Cebu.",
    "+ He was born in [[DATE_OF_BIRTH:06/1975]] in Lima, according to his residence card.",
    "+ Em trai tôi sinh vào tháng [[DATE_OF_BIRTH:11/1998]], đang học ở Osaka.",
    "+ Nascido(a) em: [[DATE_OF_BIRTH:30/10/1972]]⏎Nacionalidade: brasileira",
    "- Chegou ao Japão em 03/07/2016 e mudou de endereço em 21/02/2019.",
    "- Công ty thành lập tháng 4/2005, có 30 nhân viên.",
    "- El contrato se firmó el 11/06/2023 en Hamamatsu.",
    "- The project was born in 2019; the first release shipped on 09/14/2021.",
    "- Sinh hoạt câu lạc bộ vào tháng 10/2024 tại nhà văn hóa.",
    "- Data de emissão: 03/07/2016 — validade 10 anos.",
    # 2. a partial birth date quoted after a 生年月日 field mention
    "+ 届出書の生年月日欄が「[[DATE_OF_BIRTH:平成2年7月]]」のみで日の記載なし。本人へ照会予定。",
    "+ 受付メモ：生年月日欄には「[[DATE_OF_BIRTH:昭和47年11月]]」とだけ書かれていた。",
    "+ 確認事項：申請書の生年月日の欄が「[[DATE_OF_BIRTH:1968年3月]]」までで、日が空欄です。",
    "- 申請書の提出日欄が「令和6年4月」までしか記載がなく、日が未記入。",
    "- 生年月日欄が空欄のため、「令和7年1月」までに再提出を依頼。",
    # 3. a seven-digit era-coded date after a 生年月日 label
    "+ 源泉徴収票（写）⏎受給者生年月日　[[DATE_OF_BIRTH:4071102]]⏎支払金額　1,204,000",
    "+ 扶養控除等申告書 電子データ⏎氏名カナ [[PERSON:ヤマザキ ハルト]]⏎生年月日 [[DATE_OF_BIRTH:5020615]]⏎続柄 子",
    "+ 生年月日:[[DATE_OF_BIRTH:3450923]] 性別:2 区分:01",
    "- 受給者番号　4071102⏎支払金額　1,204,000",
    "- 照会番号 5020615（生年月日の照合は完了）",
    # 4. a 枝番 under an English branch key of a JSON insurance object
    '+ {"member": {"sex": "F"}, "coverage": {"insurer": "[[JP_HEALTH_INSURANCE:272104]]", "symbol": "[[JP_HEALTH_INSURANCE:12-34]]", "number": "[[JP_HEALTH_INSURANCE:5078]]", "branch": "[[JP_HEALTH_INSURANCE:01]]"}, "visit": {"date": "2025-03-04"}}',
    '+ {"hoken": {"insurer_no": "[[JP_HEALTH_INSURANCE:138305]]", "symbol": "[[JP_HEALTH_INSURANCE:7-2]]", "number": "[[JP_HEALTH_INSURANCE:40918]]", "branch": "[[JP_HEALTH_INSURANCE:02]]"}, "note": "checked"}',
    '+ [{"insurer": "[[JP_HEALTH_INSURANCE:231407]]", "symbol": "[[JP_HEALTH_INSURANCE:55-6]]", "number": "[[JP_HEALTH_INSURANCE:1192]]", "branch": "[[JP_HEALTH_INSURANCE:03]]"}, {"status": "active"}]',
    '- {"part": {"symbol": "M6", "number": "2208", "branch": "02"}, "stock": {"qty": 40}}',
    '- {"shop": {"branch": "03", "number": "118"}, "insurance": "fire"}',
    # 5. OCR'd cards: a spaced label line, the digits spaced one by one on the next line
    "+ 年 金 手 帳⏎基 礎 年 金 番 号⏎[[JP_PENSION_NUMBER:3 1 0 7  2 2 8 5 0 4]]⏎交 付 平成10年4月1日",
    "+ 個 人 番 号 カ ー ド (写)⏎個 人 番 号⏎[[JP_MY_NUMBER:5 2 0 7  1 9 3 8  4 6 6 1]]⏎有 効 期 限 2030年",
    "+ 国 民 健 康 保 険 被 保 険 者 証⏎被 保 険 者 番 号⏎[[JP_HEALTH_INSURANCE:0 6 1 3 8 8 2 5]]⏎有 効 期 限 令和8年7月31日",
    "+ 基　礎　年　金　番　号⏎[[JP_PENSION_NUMBER:2 9 4 8   6 6 1 0 3 7]]",
    "+ 【OCR結果】⏎個 人 番 号⏎[[JP_MY_NUMBER:3 0 4 1  8 8 2 6  1 5 3 0]]⏎氏 名  [[PERSON:岡 本 直 人]]",
    "- 受 付 番 号⏎3 1 0 7  2 2 8 5 0 4",
    "- 整 理 番 号⏎7 1 9 4  0 3 6 2  0 8 5 2",
)
ROWS_BF = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BF, seed=20261231, held_out=is_holdout_bf, tag="rbf")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
