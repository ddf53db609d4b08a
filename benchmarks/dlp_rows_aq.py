"""Round AQ labelled rows (written 2026-12-05, before any rule change of round AQ; every value invented).

Same format as ``dlp_rows_ao.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a TAB. Rows with ``i % 3 == 1`` (0-based, one third) form
``corpora/eval/pii_devholdout_raq.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_raq.jsonl``.

Round AQ's families (from the lead's categories; no eval row copied): a ゆうちょ 記号-番号 pair
answered in a chat after a line saying only a ゆうちょ account is held; Korean 계좌번호 with a bank
name; fixed-width records under a KISONENKIN header; a 4+6 pension number answered after a line
saying the 年金手帳 was shown; Vietnamese Mã bưu chính; a postal code after an address in English
lines; Portuguese / Spanish / English "born on" dates; a 西暦換算 after a Bikram Sambat birth date;
生年月日（role）; fixed-width records with a BIRTH column; ``Passport (country):``; a Tagalog
question and answer for a passport; a letter-spaced 在留カード heading with a spaced number.
Negatives: the same shapes without the context (reference numbers, arrival dates, invoices).

    python benchmarks/dlp_rows_aq.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AQ", "is_holdout_aq"]


def is_holdout_aq(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. bank accounts: ゆうちょ 記号-番号 in a chat, Korean 계좌번호 + bank name
    "+ [[PERSON:真理子]]：口座はゆうちょだけなんです⏎[[PERSON:真理子]]：[[JP_BANK_ACCOUNT:10480-27731904]]⏎相談員：承知しました。",
    "+ 相談員：振込先の口座を教えてください⏎[[PERSON:宏]]：ゆうちょ銀行しかありません⏎[[PERSON:宏]]：[[JP_BANK_ACCOUNT:14170-5520381]]",
    "+ 利用者：銀行口座はなくて、ゆうちょのみです。⏎利用者：記号番号は [[JP_BANK_ACCOUNT:11260-33098172]] です",
    "+ A：ゆうちょ口座しか持っていません⏎A：[[JP_BANK_ACCOUNT:12990-40218836]]⏎B：名義はご本人ですね？",
    "+ 안녕하세요. 환급금 입금 계좌입니다.⏎계좌번호: 西武信用金庫 [[JP_BANK_ACCOUNT:2218450]]⏎연락처: [[PHONE_NUMBER:080-3318-2207]]",
    "+ 계좌번호: 東和銀行 本店 [[JP_BANK_ACCOUNT:0614427]]",
    "+ 계좌번호 : 横浜銀行 [[JP_BANK_ACCOUNT:6630871]] (보통)",
    "- 相談員：ゆうちょの窓口は9時からです⏎相談員：整理番号 10480-2024110701 でお待ちください",
    "- 問い合わせ番号：14170-55203810（システム自動採番）",
    "- 접수번호: 西武信用金庫 2218450 건",
    "- 계좌번호는 다음에 알려드릴게요. 西武信用金庫 지점 번호 2218450 은 사무실 전화 내선입니다.",
    # 2. pension numbers: KISONENKIN records, a 4+6 answer after the 年金手帳 was shown
    "+ SEQ    KANA-NAME        BIRTH    KISONENKIN  KBN⏎000101 [[PERSON:ｺﾊﾞﾔｼ ｱｷﾗ]]       [[DATE_OF_BIRTH:19580412]] [[JP_PENSION_NUMBER:4120338176]] 01⏎000102 [[PERSON:ｲﾄｳ ﾐﾅﾐ]]         [[DATE_OF_BIRTH:19620930]] [[JP_PENSION_NUMBER:5301172249]] 02",
    "+ NO     SHIMEI-KANA      SEINENGAPPI KISONENKIN-NO⏎3301   [[PERSON:ﾀﾅｶ ﾖｼｵ]]         [[DATE_OF_BIRTH:19490715]]    [[JP_PENSION_NUMBER:2208841570]]",
    "+ REC NAME            BIRTH    KISONENKIN ST⏎77 [[PERSON:ﾏﾂｲ ｹｲｺ]]     [[DATE_OF_BIRTH:19710203]] [[JP_PENSION_NUMBER:6612039947]] A⏎78 [[PERSON:ﾏﾂｲ ﾀｸﾔ]]     [[DATE_OF_BIRTH:19700118]] [[JP_PENSION_NUMBER:6612039955]] A",
    "+ 相談員：年金手帳を見せてもらいました⏎相談員：[[JP_PENSION_NUMBER:3370 418825]]です、確認済み",
    "+ 支援員：ご本人の年金手帳を確認しました。⏎支援員：番号は [[JP_PENSION_NUMBER:5102 336614]] です",
    "+ 年金手帳を提示してもらった⏎[[JP_PENSION_NUMBER:2291 770310]]です",
    "- SEQ    KANA-NAME        BIRTH    AMOUNT      KBN⏎000101 ｺﾊﾞﾔｼ ｱｷﾗ       19580412 0000120000 01",
    "- NO     ITEM             DATE     SERIAL      ST⏎3301   ﾄﾅｰ ｶｰﾄﾘｯｼﾞ      20241105 4410223376 A",
    "- 相談員：年金手帳は見せてもらえませんでした⏎相談員：受付 2024 110801 です",
    "- 相談員：本日の受付件数は 3370 件、累計 418825 件です",
    # 3. postal codes: Vietnamese label, a code after an address in English lines
    "+ [[PERSON:NGUYEN THI LAN]]: Địa chỉ mới: [[JP_ADDRESS:愛知県豊橋市向山町2-14-8]]⏎[[PERSON:NGUYEN THI LAN]]: Mã bưu chính [[JP_POSTAL_CODE:440-0864]]",
    "+ Mã bưu chính: [[JP_POSTAL_CODE:921-8043]]⏎Số điện thoại: [[PHONE_NUMBER:090-7710-3384]]",
    "+ Em chuyển nhà rồi. Mã bưu chính [[JP_POSTAL_CODE:350-1124]], địa chỉ [[JP_ADDRESS:埼玉県川越市新宿町3-7-2]]",
    "+ I moved last month.⏎New address: [[JP_ADDRESS:静岡県浜松市中央区富塚町1825-4 コーポ富塚201]] [[JP_POSTAL_CODE:432-8002]]⏎Phone: [[PHONE_NUMBER:080-5527-1140]]",
    "+ Current address: [[JP_ADDRESS:群馬県前橋市大手町2-1-9]] [[JP_POSTAL_CODE:371-0026]]",
    "+ Address: [[JP_ADDRESS:三重県四日市市浜田町5-12]]　[[JP_POSTAL_CODE:510-0067]]⏎Email: [[EMAIL_ADDRESS:tran.v@example.com]]",
    "- Mã hồ sơ 440-0864 (số tiếp nhận)",
    "- Order No.: 432-8002⏎Delivered to the city office.",
    "- New address will be sent later. Ref 371-0026",
    # 4. birth dates: pt / es / en born, 西暦換算 after a B.S. date, 生年月日（role）, BIRTH records
    "+ 相談者：Meu nome é [[PERSON:Renata Oliveira Kato]], nasci em [[DATE_OF_BIRTH:14 de março de 1985]].",
    "+ Eu nasci em [[DATE_OF_BIRTH:2 de dezembro de 1969]] em Londrina.",
    "+ Me llamo [[PERSON:Rosa Quispe]] y nací el [[DATE_OF_BIRTH:21 de junio de 1990]].",
    "+ I was born on [[DATE_OF_BIRTH:7 November 1983]] in Manila.",
    "+ My name is [[PERSON:Joy Santos]], born on [[DATE_OF_BIRTH:March 4, 1992]].",
    "+ जन्म मिति: [[DATE_OF_BIRTH:२०४५-०३-१२]] B.S.（西暦換算 [[DATE_OF_BIRTH:1988年6月]]頃）",
    "+ DOB / जन्म मिति: [[DATE_OF_BIRTH:2048-11-05]] B.S. (西暦換算 [[DATE_OF_BIRTH:1992年2月]]頃)",
    "+ 生年月日（義務者）[[DATE_OF_BIRTH:1963年8月]]。",
    "+ 生年月日（申請者本人）：[[DATE_OF_BIRTH:昭和52年10月3日]]",
    "+ 生年月日（世帯主） [[DATE_OF_BIRTH:1948年1月]]",
    "+ REC  KEY        NAME            ZIP     ADDRESS                     BIRTH⏎1 0042118830 [[PERSON:ｻﾄｳ ﾕｷ]]         [[JP_POSTAL_CODE:3700073]] [[JP_ADDRESS:群馬県高崎市緑町3-2-8]]             [[DATE_OF_BIRTH:19700419]]",
    "+ ID         KANA            POST    ADDR                        DOB⏎5512093310 [[PERSON:ﾉﾑﾗ ﾀｹｼ]]        [[JP_POSTAL_CODE:3100851]] [[JP_ADDRESS:茨城県水戸市千波町1120-3]]          [[DATE_OF_BIRTH:19551230]]⏎5512093311 [[PERSON:ﾉﾑﾗ ｻﾁｺ]]        [[JP_POSTAL_CODE:3100851]] [[JP_ADDRESS:茨城県水戸市千波町1120-3]]          [[DATE_OF_BIRTH:19580707]]",
    "+ KEY        NAME            ZIP     ADDRESS                    BIRTH⏎8830114521 [[PERSON:ｴﾝﾄﾞｳ ﾘｮｳ]]      [[JP_POSTAL_CODE:3290214]] [[JP_ADDRESS:栃木県小山市乙女2-18-5]]             [[DATE_OF_BIRTH:19811111]]",
    "- Nós chegamos em 5 de agosto de 2019 ao Japão.",
    "- Llegué el 4 de mayo de 2018 a Hamamatsu.",
    "- The office opened on 7 November 1983.",
    "- 申請日 २०८१-०७-१५ B.S.（西暦換算 2024年10月頃）",
    "- 納付期限（義務者）2024年5月。",
    "+ KEY        NAME            ZIP     ADDRESS                     PAYDATE⏎0042118830 [[PERSON:ｻﾄｳ ﾕｷ]]         [[JP_POSTAL_CODE:3700073]] [[JP_ADDRESS:群馬県高崎市緑町3-2-8]]             20241025",
    # 5. passports: a parenthesised country, a Tagalog question and answer
    "+ Name: [[PERSON:Sabina Gurung]]⏎Passport (Nepal): [[JP_PASSPORT:10442871]]⏎Phone: [[PHONE_NUMBER:090-2231-7704]]",
    "+ Passport (Nepal) : [[JP_PASSPORT:09917736]]",
    "+ Passport (Philippines): [[JP_PASSPORT:P3318205B]]",
    "+ 支援員: Ano po ang passport number ninyo?⏎[[PERSON:Ligaya Ramos]]: [[JP_PASSPORT:P6620418A]] po",
    "+ Staff: Passport number din po?⏎[[PERSON:Marites Lim]]: [[JP_PASSPORT:P1194073C]] po, salamat",
    "+ 支援員: Passport number po?⏎[[PERSON:Rodel Cruz]]: ito po [[JP_PASSPORT:P5503127D]]",
    "- Passport (Nepal): renewal pending",
    "- Invoice (Nepal): 10442871",
    "+ 支援員: Phone number din po?⏎[[PERSON:Ligaya Ramos]]: [[PHONE_NUMBER:09017734420]] po",
    "+ 支援員: Passport number din po?⏎[[PERSON:Rodel Cruz]]: wala pa po, nasa embassy pa",
    # 6. residence cards: a letter-spaced heading, a spaced number
    "+ 在 留 カ ー ド⏎番号 [[JP_RESIDENCE_CARD:AB 12704418 CD]]⏎氏名 [[PERSON:ANA REYES]]",
    "+ 在　留　カ　ー　ド⏎番 号　[[JP_RESIDENCE_CARD:TM 55021836 FK]]⏎国籍・地域 ベトナム",
    "+ 在 留 カ ー ド（写）⏎番号：[[JP_RESIDENCE_CARD:RQ 40917720 HL]]⏎生年月日 [[DATE_OF_BIRTH:1994年08月17日]]",
    "- 受 付 票⏎番号 AB 12704418 CD⏎窓口 2番",
    "- 在 留 カ ー ド の 申 請 案 内⏎番号 1 窓口へお越しください",
    # 7. shared office mailboxes stay masked (policy), written as labelled e-mail
    "+ 問い合わせ先：[[EMAIL_ADDRESS:fukushi-team@city.example.lg.jp]]（代表）",
)
ROWS_AQ = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AQ, seed=20261211, held_out=is_holdout_aq, tag="raq")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
