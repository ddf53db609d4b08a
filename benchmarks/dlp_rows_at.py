"""Round AT labelled rows (written 2026-12-05, before any rule change of round AT; every value invented).

Same format as ``dlp_rows_as.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rat.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rat.jsonl``.

Round AT tests three generic readers over one multilingual label lexicon, deliberately in
languages and layouts beyond the round's evaluation sets (no eval row copied): (1) a staff line
asking for a value type, the next speaker line answering; (2) a label in some language right
before its value; (3) a column header naming the type (tab, comma, semicolon, space-aligned).
Negatives: questions about other things, dates that are no birth dates, codes under non-personal
headers.

    python benchmarks/dlp_rows_at.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AT", "is_holdout_at"]


def is_holdout_at(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. question line -> next speaker line answers
    "+ Staff: Ngày sinh của cháu là ngày nào ạ?⏎Mẹ: [[DATE_OF_BIRTH:12/03/2018]] ạ.⏎Staff: Cảm ơn chị.",
    "+ 職員: ¿Cuál es su fecha de nacimiento?⏎Señora: El [[DATE_OF_BIRTH:3 de junio de 1984]].",
    "+ 통역: 생년월일을 알려 주세요.⏎어머니: [[DATE_OF_BIRTH:2016년 9월 21일]]입니다.",
    "+ 通訳: Kapan tanggal lahir anak Ibu?⏎Ibu: [[DATE_OF_BIRTH:17 Agustus 2015]].",
    "+ Interpreter: Kailan po ang kaarawan ng anak ninyo?⏎Tatay: [[DATE_OF_BIRTH:21 Hunyo 2017]] po.",
    "+ 翻訳者：请问孩子的出生日期？⏎家长：[[DATE_OF_BIRTH:2014年7月3日]]。",
    "+ Staff: What's his date of birth?⏎Father: [[DATE_OF_BIRTH:April 9, 2012]].",
    "+ 通訳: Qual é o número do passaporte dela?⏎Pai: [[JP_PASSPORT:FX7781204]]",
    "+ Staff: Số hộ chiếu của anh là gì?⏎Anh Minh: [[JP_PASSPORT:C4417092]]",
    "+ 통역: 여권번호도 알려 주세요.⏎아버지: [[JP_PASSPORT:M58820413]]",
    "+ 通訳: Nomor paspor Bapak berapa?⏎Bapak: [[JP_PASSPORT:B3308517]]",
    "+ दोभाषे: तपाईंको राहदानी नम्बर के हो?⏎बुबा: [[JP_PASSPORT:10884532]]",
    "+ Staff: ¿Me da su número de teléfono?⏎Señor: [[PHONE_NUMBER:080-4471-2093]]",
    "+ 通訳: Số điện thoại của chị là gì ạ?⏎Chị Lan: [[PHONE_NUMBER:090 3382 1174]]",
    "+ 通訳: Nomor rekening Ibu?⏎Ibu: [[JP_BANK_ACCOUNT:4410982]]",
    "- Staff: Kailan po kayo dumating sa Japan?⏎Nanay: 8 Mayo 2019 po.",
    "- 通訳: Data da mudança?⏎Mãe: 24 de março de 2023",
    "- 翻訳者：请问预约号码是多少？⏎家长：E73518820",
    "- Staff: ¿Cuántas personas viven en la casa?⏎Señora: 4 personas, desde 2019.",
    "- 통역: 입국 날짜가 언제예요?⏎어머니: 2021년 3월 2일입니다.",
    # 2. label -> value on the same line
    "+ Ngày sinh: [[DATE_OF_BIRTH:05/11/2009]]; Số hộ chiếu: [[JP_PASSPORT:C7730115]]",
    "+ Fecha de nacimiento: [[DATE_OF_BIRTH:14 de octubre de 1990]] / Pasaporte: [[JP_PASSPORT:PAB441870]]",
    "+ 생년월일 [[DATE_OF_BIRTH:1988. 2. 14.]] · 여권번호 [[JP_PASSPORT:M33170548]]",
    "+ Tanggal lahir: [[DATE_OF_BIRTH:2 Januari 2011]], nomor paspor [[JP_PASSPORT:X2239011]]",
    "+ जन्म मिति: [[DATE_OF_BIRTH:2012-08-30]]  राहदानी नं. [[JP_PASSPORT:09917265]]",
    "+ Passport no. ng asawa ko: [[JP_PASSPORT:P4401782B]]",
    "+ 出生日期：[[DATE_OF_BIRTH:2010年12月1日]]，邮编 [[JP_POSTAL_CODE:440-0881]]",
    "+ 娘は誕生日が１１月２５日で、今年で五歳になります。 → [[DATE_OF_BIRTH:１１月２５日]]",
    "+ Código postal: [[JP_POSTAL_CODE:430-0944]], telefone [[PHONE_NUMBER:053-441-2290]]",
    "+ Mã bưu điện [[JP_POSTAL_CODE:4400812]], số tài khoản [[JP_BANK_ACCOUNT:7713920]]",
    "- Ngày nộp: 05/11/2024; Số biên nhận: C7730115",
    "- Fecha de la cita: 14 de octubre de 2025",
    "- 접수일 2025. 2. 14. · 접수번호 M33170548",
    "- 締切日が１１月２５日で、会場は体育館です。",
    "- Tanggal rapat: 2 Januari 2026",
    # 3. column headers
    "+ 名前\tNgày sinh\tGhi chú⏎A組 1番\t[[DATE_OF_BIRTH:4/12]]\t転入⏎A組 2番\t[[DATE_OF_BIRTH:10/3]]\t",
    "+ no;fecha_nacimiento;pasaporte⏎1;[[DATE_OF_BIRTH:1979-05-30]];[[JP_PASSPORT:PAC882014]]⏎2;[[DATE_OF_BIRTH:2008-11-02]];[[JP_PASSPORT:PAC883390]]",
    "+ call_id,started,caller_tel,queue⏎8841,2025-03-02 09:14,[[PHONE_NUMBER:0532-44-1902]],SODAN⏎8842,2025-03-02 09:20,[[PHONE_NUMBER:+81 80 2290 4417]],KYUFU",
    "+ KEY       BIRTHDATE  ZIP      KBN⏎A0000133  [[DATE_OF_BIRTH:19710418]]   [[JP_POSTAL_CODE:4418011]]  1⏎A0000134  [[DATE_OF_BIRTH:20050923]]   [[JP_POSTAL_CODE:4418012]]  2",
    "+ 番号  生年月日    〒       区分⏎0001  [[DATE_OF_BIRTH:19830211]]    [[JP_POSTAL_CODE:4400045]]  A⏎0002  [[DATE_OF_BIRTH:19990704]]    [[JP_POSTAL_CODE:4400046]]  B",
    "+ 返戻一覧（口座不明）⏎01 ｲﾄｳ 0005 [[JP_BANK_ACCOUNT:221-4409183]] 該当口座なし⏎02 ｻﾄｳ 0009 [[JP_BANK_ACCOUNT:118-2290761]] 名義相違",
    "+ 순번\t생년월일\t여권번호⏎1\t[[DATE_OF_BIRTH:2013.04.09]]\t[[JP_PASSPORT:M77120934]]",
    "- 組\t行事\t日付⏎4-3\t遠足\t11/16⏎5-3\t参観\t9/25",
    "- KEY       KOUSHIN    ZIP      KBN⏎A0000133  20250418   4418011  1",
    "- 番号  受付日      品番     区分⏎0001  20250211    4400045  A",
    "- sent_at,order_id,sku,result⏎2025-08-12 16:13,09053029240,SKU-1,OK",
    "- 在庫移動明細⏎01 ﾀｵﾙ 0005 221-4409183 入庫⏎02 ｾｯﾄ 0009 118-2290761 出庫",
)
ROWS_AT = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AT, seed=20261214, held_out=is_holdout_at, tag="rat")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
