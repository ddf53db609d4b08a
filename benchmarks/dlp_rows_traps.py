"""Trap rows for the learned classifier's birth dates and passports (written 2026-12-05; every value
and sentence invented, none taken from a test or eval row).

Negatives: codes shaped like a Japanese passport number (two letters + seven digits) that are order,
booking, product, ticket, membership or serial codes, also next to the word passport in other senses
(photo size, stamp-rally passports, a renewal appointment); dates of events, deadlines, eligibility
conditions, contracts and validity next to people's names or to "birth" in other senses (a town's
founding, a birthday sale, a birth-registration deadline) — in Japanese, English, Korean, Chinese,
Vietnamese, Spanish, Portuguese and Tagalog. Positives: real passport numbers and birth dates of the
same surface shapes. Each template is filled twice from a seeded generator (so the file regenerates
byte-identically); both fills of a template go to the same side, one template in six (``t % 6 == 1``)
to ``corpora/eval/pii_traps_devholdout.jsonl``, the rest to ``corpora/eval/pii_traps_dev.jsonl``
(named outside the classifier fit's ``pii_dev_*`` / ``pii_devholdout*`` globs: a measurement, not
training data).

    python benchmarks/dlp_rows_traps.py   # writes both files
"""

from __future__ import annotations

import random

__all__ = ["NEGATIVE", "POSITIVE", "is_holdout_traps", "rows_traps"]

#: fills per template
FILLS = 2

NEGATIVE: tuple[str, ...] = (
    # passport-shaped order / booking / product / ticket / membership / serial codes
    "ご注文番号：{P}（{N}様）発送済みです。",
    "注文No {P} お届け予定日 {DJ}",
    "Order #{P} for {E} has shipped.",
    "Your booking reference is {P}. Check-in opens on {DS}.",
    "予約番号 {P} ／ 代表者 {N} ／ 宿泊日 {DJ}",
    "品番 {P} 証明写真用 台紙（パスポートサイズ対応）",
    "パスポート用写真プリント 35×45mm 商品コード {P}",
    "Passport photo kit, item {P}, 4 prints per sheet.",
    "Passport wallet (leather, navy) SKU {P} — price 2,980 yen",
    "パスポートケース 型番 {P} 在庫あり",
    "観光スタンプラリー「ぐるっとパスポート」 台紙番号 {P}",
    "Museum passport card no. {P} valid until {DS}",
    "ワインパスポート会員番号 {P}（{N}）",
    "チケット番号 {P} 座席 1階 12列 8番",
    "E-ticket {P} / seat 23C / gate opens 18:00",
    "整理券番号 {P} をお持ちのうえ、{DJ}にご来場ください。",
    "会員ID {P} の {N} 様、ポイントが失効します。",
    "Membership ID {P} renews on {DS}.",
    "製造番号 {P} の製品に不具合があり、無償交換します。",
    "Serial number: {P} (warranty until {DS})",
    "問い合わせ番号 {P} の件、{N}が回答します。",
    "Case ref {P} — passport office queue ticket, not the passport number.",
    "受付票 {P}　窓口 3番　{N} 様",
    "Tracking no. {P} — parcel for {E}",
    "車台番号の下7桁と記号 {P} を確認してください。",
    "クーポンコード {P} は {DJ} まで有効です。",
    "Voucher {P} expires {DS}; one per customer.",
    "請求書番号 {P}　支払期限 {DJ}",
    "Invoice {P} due {DS}",
    "部品番号 {P} 入荷予定 {DS}",
    "주문번호 {P} 배송 준비 중입니다.",
    "예약번호: {P} / 체크인 {DS}",
    "订单号：{P}，预计{DS}送达。",
    "航班预订编号 {P}（{E}）",
    "Mã đơn hàng {P} đã được giao cho {E}.",
    "Mã vé {P}, khởi hành ngày {DS}.",
    "Número de pedido {P}, entrega el {DS}.",
    "Código de reserva {P} a nombre de {E}.",
    "Número do pedido {P} enviado em {DS}.",
    "Ang order number mo ay {P}, darating sa {DS}.",
    # 8-digit / written dates after the word passport that are no passport number and no birth date
    "パスポート更新の予約日：{D8}",
    "旅券の有効期限 {D8} まで（{N}）",
    "passport renewal appointment {D8} at 10:30",
    "My passport expires {D8}, so I must renew it first.",
    "Passport issued on {DS} in Tokyo; the visa interview is next week.",
    "旅券発給日 {DJ}　申請窓口 第2庁舎",
    "パスポート申請の受付は{DJ}から始まります。",
    "여권 만료일 {DS}",
    "护照有效期至{DS}。",
    "Hộ chiếu hết hạn ngày {DS}.",
    "Mi pasaporte vence el {DS}.",
    # eligibility conditions on birth dates (not a person's birth date)
    "対象：{DJE}以前に生まれた方に限ります。",
    "受給資格（{DJE}以降に生まれた方）",
    "生年月日が{DJE}以前の方は窓口で手続きしてください。",
    "応募資格：{DJE}以降生まれの方",
    "昭和生まれ（{DJE}以前生まれ）の方は対象外です。",
    "Applicants born on or before {DSE} are eligible.",
    "Only residents born after {DSE} may apply.",
    "{DSE} 以前に出生した者に限る。",
    "지원 대상: {DSE} 이후 출생자",
    "仅限{DSE}以前出生者申请。",
    "Dành cho người sinh trước ngày {DSE}.",
    "Pueden solicitarlo los nacidos antes del {DSE}.",
    # event / deadline / contract / validity dates near people's names
    "{N}様　契約日 {DJ}　更新日 {DJ}",
    "担当：{N}　申込締切 {DJ}",
    "{N}さんの退職日は{DJ}です。",
    "{N}　入社年月日 {DJ}",
    "面談日時 {DJ} 14:00　相談員 {N}",
    "{N}の送別会は{DJ}に行います。",
    "講師 {N}（{DJ}開催の研修会）",
    "{E}, contract start {DS}, end {D8}",
    "Meeting with {E} on {DS} at the ward office.",
    "{E} joined the team on {DS}.",
    "Lease signed by {E} on {D8}.",
    "{N}　転入届出日 {DJ}",
    "{N}様の次回受診予定日：{DJ}",
    "{N}　資格取得日 {DJ}　有効期限 {DJ}",
    "{N}　登録日 {D8}　最終更新 {D8}",
    "{N},{D8},契約更新",
    "{N}\t{DS}\t面談済",
    "{E}\t{D8}\tcompleted",
    "회의 일정: {DS} ({E})",
    "{E} 于{DS}入职。",
    "Ngày ký hợp đồng của {E}: {DS}",
    "Fecha del contrato de {E}: {DS}",
    "Data da reunião com {E}: {DS}",
    "Petsa ng pulong kasama si {E}: {DS}",
    # birth in other senses: a town's founding, birthday sales, registrations, due dates of forms
    "市制施行（市の誕生）は{DJ}です。",
    "当社の創業（誕生）：{DJ}",
    "The birth of the new city: merged on {DS}.",
    "Birthday sale runs until {DS}!",
    "誕生日キャンペーン 期間 {DJ}〜{DJ}",
    "お誕生日会は{DJ}に保育室で行います。",
    "出生届の提出期限は{DJ}です（{N}担当）。",
    "Birth registration must be filed by {DS}.",
    "新しい図書館の誕生を祝う式典 {DJ}",
    "誕生石フェア {DJ} 開催",
    "생일 이벤트 기간: {DS}까지",
    "生日优惠活动截止{DS}。",
    "Sinh nhật công ty: {DS}",
    "Aniversario de la fundación: {DS}",
    "Kaarawan ng paaralan: {DS}",
    # generic dates in forms without a birth label
    "作成日 {DJ}　作成者 {N}",
    "受付日：{D8}　受付者：{N}",
    "交付年月日 {DJ}",
    "有効期間満了日 {DJ}",
    "届出年月日 {D8}",
    "Date of issue: {DS}",
    "Date of expiry {D8}",
    "Valid from {DS} to {DS}",
    "Last login {D8} 09:12",
    "支払日 {DS}　金額 12,000円",
)

POSITIVE: tuple[str, ...] = (
    "旅券番号：[[JP_PASSPORT:{P}]]（{N}）",
    "パスポート番号 [[JP_PASSPORT:{P}]] 有効期限 {DJ}",
    "Passport No.: [[JP_PASSPORT:{P}]]",
    "My passport number is [[JP_PASSPORT:{P}]].",
    "{E}, passport [[JP_PASSPORT:{P}]], nationality Japan",
    "여권번호: [[JP_PASSPORT:{P}]]",
    "护照号码：[[JP_PASSPORT:{P}]]",
    "Số hộ chiếu: [[JP_PASSPORT:{P}]]",
    "Número de pasaporte: [[JP_PASSPORT:{P}]]",
    "{N},[[JP_PASSPORT:{P}]],[[DATE_OF_BIRTH:{DB8}]]",
    "旅券 [[JP_PASSPORT:{P}]]　発行日 {DS}",
    "生年月日：[[DATE_OF_BIRTH:{DBJ}]]（{N}）",
    "{N}　生年月日 [[DATE_OF_BIRTH:{DB8}]]",
    "{N}様（[[DATE_OF_BIRTH:{DBJ}]]生）",
    "Date of birth: [[DATE_OF_BIRTH:{DBS}]]",
    "DOB [[DATE_OF_BIRTH:{DB8}]]",
    "{E} was born on [[DATE_OF_BIRTH:{DBS}]].",
    "생년월일: [[DATE_OF_BIRTH:{DBS}]]",
    "出生日期：[[DATE_OF_BIRTH:{DBS}]]",
    "Ngày sinh: [[DATE_OF_BIRTH:{DBS}]]",
    "Fecha de nacimiento: [[DATE_OF_BIRTH:{DBS}]]",
    "氏名 {N}\t生年月日 [[DATE_OF_BIRTH:{DBJ}]]\t旅券番号 [[JP_PASSPORT:{P}]]",
)

_SEI = ("山本", "中川", "石田", "松岡", "小池", "藤原", "川口", "森下", "大野", "水野", "平田", "岡田")
_MEI = ("陽子", "健太", "美咲", "誠", "由紀", "翔", "千尋", "大輔", "玲奈", "浩二", "彩", "拓也")
_EN = (
    "Mika Hoshino",
    "Daniel Reyes",
    "Anna Kowalski",
    "Kenji Arai",
    "Maria Santos",
    "Tom Becker",
    "Linh Tran",
    "Jisoo Park",
    "Wei Zhang",
    "Rosa Delgado",
)
_ERAS = (("昭和", 1925), ("平成", 1988), ("令和", 2018))


def _fill(template: str, rng: random.Random) -> str:
    def code() -> str:
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        return letters + f"{rng.randrange(10**6, 10**7):07d}"

    def ymd(lo: int, hi: int) -> tuple[int, int, int]:
        return rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29)

    def jp(y: int, m: int, d: int) -> str:
        if rng.random() < 0.5:
            return f"{y}年{m}月{d}日"
        era, base = next((e, b) for e, b in reversed(_ERAS) if y > b)
        return f"{era}{y - base}年{m}月{d}日"

    def slash(y: int, m: int, d: int) -> str:
        return rng.choice((f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}"))

    makers = {
        "{P}": code,
        "{N}": lambda: f"{rng.choice(_SEI)} {rng.choice(_MEI)}",
        "{E}": lambda: rng.choice(_EN),
        "{DJ}": lambda: jp(*ymd(2019, 2031)),
        "{DS}": lambda: slash(*ymd(2019, 2031)),
        "{D8}": lambda: "{:04d}{:02d}{:02d}".format(*ymd(2019, 2031)),
        "{DJE}": lambda: jp(*ymd(1940, 2012)),
        "{DSE}": lambda: slash(*ymd(1940, 2012)),
        "{DBJ}": lambda: jp(*ymd(1940, 2012)),
        "{DBS}": lambda: slash(*ymd(1940, 2012)),
        "{DB8}": lambda: "{:04d}{:02d}{:02d}".format(*ymd(1940, 2012)),
    }
    out = template
    while "{" in out:
        start = out.index("{")
        key = out[start : out.index("}", start) + 1]
        out = out[:start] + makers[key]() + out[start + len(key) :]
    return out


def rows_traps(seed: int = 20261205) -> str:
    """The batch in the ``dlp_make_evalset.build_f`` row format (negatives, then positives)."""
    rng = random.Random(seed)
    lines = [
        f"{sign} {_fill(t, rng)}"
        for sign, group in (("-", NEGATIVE), ("+", POSITIVE))
        for t in group
        for _ in range(FILLS)
    ]
    return "\n" + "\n".join(lines) + "\n"


def is_holdout_traps(index: int) -> bool:
    """Both fills of one template in six go to the holdout."""
    return (index // FILLS) % 6 == 1


if __name__ == "__main__":
    import shutil
    import sys
    import tempfile
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import EVAL_DIR, write_round

    with tempfile.TemporaryDirectory() as tmp:
        dev, held = write_round(rows=rows_traps(), seed=20261205, held_out=is_holdout_traps,
                                tag="traps", eval_dir=Path(tmp))
        for part in ("dev", "devholdout"):
            shutil.move(Path(tmp) / f"pii_{part}_traps.jsonl", EVAL_DIR / f"pii_traps_{part}.jsonl")
    for name, part in (("dev", dev), ("holdout", held)):
        neg = sum(r["kind"] == "negative" for r in part)
        print(f"{name}: {len(part)} rows ({neg} negative, {len(part) - neg} positive)")
